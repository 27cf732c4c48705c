"""Item 2(c) of a Schedule 13D: a person's "present principal occupation or employment and the
name ... of any corporation or other organization in which such employment is conducted".

Filings state it with a possessive ("Jane Roe's present principal occupation is President of
Acme Corp.", "Mr. Roe's principal occupation is serving as Managing Member of Acme Capital
LLC"), which is read here. "Her/His principal occupation is ..." in the sentence after the one
that introduces the person is not: two reviews (s25-occ, s25-occ-2) kept finding the pronoun
bound to the wrong person ("Kwame Mensah is married to Ngozi Okafor. Her principal occupation
is ..."), and a missed edge is better than a wrong one. Only the present is read ("is", not
"was"; no ended office); an occupation with no organization ("private investor", "retired"),
a part of one ("Research Department") or a body that is no company ("Member of Parliament")
gives nothing.

Examples
--------
>>> text = "Jane Roe's present principal occupation is President of Acme Corp."
>>> [(o.holder, o.role, o.held) for o in principal_occupations(text)]
[('Jane Roe', 'President', 'Acme Corp.')]
"""

from __future__ import annotations

import re
from typing import Iterator

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.models import PartyKind
from graphkit.names import guess_kind
from graphkit.parsers.prose_guards import past_role
from graphkit.parsers.prose_lists import trim_name
from graphkit.parsers.prose_patterns import _LIST_END, _NAME, ROLES
from graphkit.parsers.prose_possessive_offices import BOARD_OF
from graphkit.parsers.prose_roles import role_relations
from graphkit.relations import Relation

_F = re.VERBOSE

#: "Jane Roe's present principal occupation is President of Acme Corp."; "Mr. Roe's principal
#: occupation is serving as Managing Member of Acme Capital LLC"; "... is as the Chief
#: Executive Officer of the Issuer"; "Managing Director at Acme LLC"; the holder after "of":
#: "The principal occupation of Jane Roe is ...", "... of each Manager is ..." (group
#: ``holder2``; "each" of a term the filing defines for several persons). Not "Director of
#: Research at Acme Corp." (a department: the name after "of" is followed by "at").
PRINCIPAL_OCCUPATION = regex_cache.compile(rf"""
    (?:(?P<holder>{_NAME})['’]s\s+
       (?:present\s+|current\s+)?principal\s+(?:occupation|employment)
     |(?<![A-Za-z])(?:[Tt]he\s+)?(?:present\s+|current\s+)?principal\s+(?:occupation|employment)
       (?:\s+(?:or|and)\s+employment)?\s+of\s+(?P<each>each\s+)?(?:the\s+)?(?P<holder2>{_NAME}))
    (?:\s+(?:or|and)\s+employment)?\s+is\s+
    (?:(?:serving|acting)\s+as\s+|as\s+)?
    (?P<role>{ROLES})\s+(?:of|at|with)\s+(?:the\s+)?(?P<held>{_NAME})
    (?!\s+at\s)(?!\.?\s*,?\s+and\s+[A-Z]){_LIST_END}   # one name: not "of Acme Corp. and Beta"
""", _F)

#: An occupation's held name that is no company: a part of one ("Research Department of Acme
#: Corp.", "the Investment Banking Division of Acme Securities LLC", "Acme Bank Research
#: Department") or a possessor's ("Acme Corp.'s Research Department")
NOT_A_COMPANY = regex_cache.compile(r"""
    ['’‘]s(?![A-Za-z])
    |\b(?:Division|Department|Group|Unit|Desk|Office|DIVISION|DEPARTMENT|GROUP|UNIT|DESK|OFFICE)
      \s+(?:of|OF)\s
    |\b(?:Division|Department|DIVISION|DEPARTMENT)\.?$
""", _F)

#: The held name a bare "Member" is of: a limited liability company ("Member of Acme Capital
#: LLC"), not a board or a body ("Member of the Acme Corp. Board", "Member of Parliament of Canada")
LLC_END = regex_cache.compile(r"""\b(?:LLC|L\.\s?L\.\s?C)\.?$""", _F)

class Occupation(BaseModel):
    """A present principal occupation read by :func:`principal_occupations`: ``holder`` (a
    person's name as written) is ``role`` of ``held``."""

    model_config = ConfigDict(frozen=True)

    holder: str
    role: str
    held: str


def principal_occupations(flat: str) -> Iterator[Occupation]:
    """The principal occupations the sentence ``flat`` (on one line) states
    (:data:`PRINCIPAL_OCCUPATION`).

    >>> text = "Her principal occupation is Chief Executive Officer of Acme Capital LLC."
    >>> list(principal_occupations(text))  # whose: not read
    []
    >>> list(principal_occupations("Jane Roe's principal occupation is investing."))
    []
    >>> text = "The principal occupation of Jane Roe is serving as President of Acme Corp."
    >>> [(o.holder, o.role, o.held) for o in principal_occupations(text)]
    [('Jane Roe', 'President', 'Acme Corp.')]
    """
    if "principal" not in flat:
        return
    for m in PRINCIPAL_OCCUPATION.finditer(flat):
        holder = m["holder"] or m["holder2"]
        if m["each"]:  # "of each Manager": each of the group the filing calls "the Managers"
            holder = "the " + trim_name(holder) + ("" if holder.endswith("s") else "s")
        elif guess_kind(trim_name(holder)) is PartyKind.ORGANIZATION:
            holder = None  # a company has a principal business, not an occupation
        held = trim_name(m["held"])
        if (holder and BOARD_OF.match(flat, m.end("role")) is None  # not "a member of the
                # Board of Directors of" (read by possessive_offices)
                and not NOT_A_COMPANY.search(held)
                and (LLC_END.search(held) or all(r is not Relation.MEMBER_OF
                                                 for r, _ in role_relations(m["role"])))
                and not past_role(flat, m.start(), len(flat), past_verb=True)):  # "... from
            # 1999 to 2004", "until her retirement", "a position she held until 2004"
            yield Occupation(holder=holder, role=m["role"], held=held)
