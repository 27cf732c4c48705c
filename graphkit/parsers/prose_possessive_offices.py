"""Offices stated with a possessive after "is": "Jane Roe is the Issuer's Treasurer and
Secretary and is a member of its Board of Directors", "Acme GP LLC is the Partnership's general
partner", or before it ("The Partnership's general partner is Acme GP LLC"), and a seat on a
board: "Jane Roe is a member of the Issuer's Board of Directors", "... a member of the Board of
Directors of Acme Corp." (a director of the company).

The appositive form ("Jane Roe, the Issuer's President") is
:data:`~graphkit.parsers.prose_patterns.POSSESSIVE_ROLE`'s; "is a member of the Issuer's Board"
read as a role "of" a party names no party (the board is none). The possessor is a company: a
person's ("Jane Roe is Mr. Roe's trustee") is not read. A holder denied, supposed or the object
of a kinship phrase ("The husband of Jane Roe is the Issuer's President") gives nothing
(:mod:`graphkit.parsers.prose_guards`), nor does a past or former office (only "is" is read;
"the Issuer's former President" is no role).

Examples
--------
>>> [(r.relation.value, r.holder, r.held, r.title) for r in possessive_offices(
...     "Mr. Roe is the Issuer's Treasurer and Secretary and is a member of its Board of Directors.")]
... # doctest: +NORMALIZE_WHITESPACE
[('officer_of', 'Mr. Roe', 'Issuer', 'Treasurer, Secretary'),
 ('director_of', 'Mr. Roe', 'Issuer', None)]
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.models import PartyKind
from graphkit.names import guess_kind
from graphkit.parsers.prose_guards import OPENER, not_asserted, subject_denied, supposed_before
from graphkit.parsers.prose_lists import trim_name
from graphkit.parsers.prose_patterns import _LIST_END, _NAME, ROLES
from graphkit.parsers.prose_roles import role_relations
from graphkit.relations import Relation

_F = re.VERBOSE

#: A company's board: "Board of Directors", "board of directors", "Board"; not a bare "Board"
#: before another board's name ("Board of Managers of Acme LLC", "Board of Trustees of"), no
#: board of directors
_BOARD = r"""[Bb]oard(?:\s+of\s+[Dd]irectors)?(?![A-Za-z])
    (?!\s+of\s+(?![Dd]irectors)[A-Za-z]\w*\s+of\b)"""

#: "Jane Roe is the Issuer's Treasurer and Secretary", "Acme GP LLC is the Partnership's general
#: partner", "Mr. Roe is also Acme Corp.'s President"; with a seat on the possessor's board in a
#: second predicate: "... and is a member of its Board of Directors" (group ``board``). Not a
#: role that is itself a possessor ("the Issuer's President's wife") nor one with a word before
#: it that no role takes ("the Issuer's former President", "largest shareholder").
HOLDER_IS_POSSESSIVE_ROLE = regex_cache.compile(rf"""
    (?P<holder>{_NAME})\s+is\s+(?:also\s+)?(?:the\s+)?(?P<held>{_NAME})['’‘]s\s+
    (?P<role>{ROLES})(?![A-Za-z'’‘\-])
    (?P<board>\s*,?\s+and\s+(?:is\s+)?(?:also\s+)?a\s+member\s+of\s+its\s+{_BOARD})?
    {_LIST_END}
""", _F)

#: The same office stated from the possessor: "The Fund's general partner is Acme GP, LLC",
#: "Acme Fund, L.P.'s sole general partner is Acme GP, LLC", "The Partnership's investment
#: manager is Acme Capital LP" (a name after "is", never "is a Delaware limited liability
#: company" nor "is responsible for")
POSSESSIVE_ROLE_IS = regex_cache.compile(rf"""
    (?:[Tt]he\s+)?(?P<held>{_NAME})['’‘]s\s+(?P<role>{ROLES})\s+is\s+(?:also\s+)?
    (?P<holder>{_NAME}){_LIST_END}
""", _F)

#: A degree or credential a comma sets off after a person's name: ", Ph.D.," of "Jane Roe,
#: Ph.D., is"
DEGREE_ASIDE = r"""\s*,\s*(?:Ph\.\s?D\.|M\.\s?D\.|J\.\s?D\.|Esq\.|CPA|CFA)\s*,"""

#: "Jane Roe is a member of the Issuer's Board of Directors", "Jane Roe is also a member of the
#: Board of Directors of Acme Corp." (group ``held2``): a director of the company; after a
#: degree ("Jane Roe, Ph.D., is a member of") and as a second predicate after what the holder
#: is: "Jane Roe is a citizen of the United States and is a member of the Board of Directors of
#: the Issuer" (no comma, stop or semicolon between)
MEMBER_OF_BOARD = regex_cache.compile(rf"""
    (?P<holder>{_NAME})(?:{DEGREE_ASIDE})?\s+is\s+(?:also\s+)?
    (?:(?:a|an)\s+(?:[^.;,]|(?<=\b[A-Z])\.){{1,160}}?\s+and\s+(?:is\s+)?(?:also\s+)?)?  # "a U.S. citizen and is"
    a\s+member\s+of\s+(?:the\s+)?
    (?:(?P<held>{_NAME})['’‘]s\s+{_BOARD}|{_BOARD}\s+of\s+(?:the\s+)?(?![Dd]irectors\b)(?P<held2>{_NAME})
       (?!\.?\s*,?\s+and\s+[A-Z])                # not one of a list: "of Acme Corp. and Beta Corp."
       (?!\.?['’‘]s(?![A-Za-z])))                 # nor a possessor: "of Acme Corp.'s parent"
    {_LIST_END}
""", _F)

#: A board named after a member's role, before its company: " of the Board of Directors of "
#: of "a member of the Board of Directors of Acme Corp." and "Board of " before a capital ("the
#: Board of Acme Corp.", "the Board of Bank of America Corporation"): its director; a board
#: named after its members, plural (group ``other``: "Board of Managers of Acme LLC", "Board of
#: Trustees of", "Board of Governors of", "Board of Regents of"), or a board of directors with
#: no company after it names no party the member is a member of
BOARD_OF = regex_cache.compile(r"""
    \s*(?:(?:of|OF)\s+)?(?:the\s+|THE\s+)?(?:[Bb]oard|BOARD)\s+(?:of|OF)\s+
    (?:(?P<directors>(?:[Dd]irectors|DIRECTORS)\s+(?:of|OF)\s)
      |(?P<other>(?:[A-Z][a-z]+(?:ors|ers|ees|ents)|[A-Z]+(?:ORS|ERS|EES|ENTS)  # "Managers of"
          |(?i:Management|Review|Elections|Fellows|Associates|Statutory\s+Auditors|Trade
               |Education|Health|Supervision|Visitors))\s+(?:of|OF)\s  # "Board of Management of"
        |(?:[Dd]irectors|DIRECTORS)(?![A-Za-z]))           # "Directors," (no company after)
      |(?:the\s+)?(?=[A-Z]))                               # "Acme Corp."
""", _F)

#: What every match of the two patterns holds: a possessive before a word, or "Board of"
_CUE_LITERALS = ("'s ", "’s ", "‘s ", "Board of", "board of")


class PossessiveOffice(BaseModel):
    """An office read by :func:`possessive_offices`: ``holder`` holds ``relation`` of ``held``
    (``title`` for an officer), as ``role`` (the role words as written, "" for a board seat)."""

    model_config = ConfigDict(frozen=True)

    relation: Relation
    holder: str
    held: str
    title: Optional[str] = None
    role: str = ""


def possessive_offices(flat: str) -> Iterator[PossessiveOffice]:
    """The offices the sentence ``flat`` (on one line) states with a possessive after "is"
    (:data:`HOLDER_IS_POSSESSIVE_ROLE`), before it (:data:`POSSESSIVE_ROLE_IS`) or as a seat on
    a board (:data:`MEMBER_OF_BOARD`).

    >>> [(r.relation.value, r.holder, r.held) for r in possessive_offices(
    ...     "Jane Roe is a member of the Board of Directors of Acme Corp.")]
    [('director_of', 'Jane Roe', 'Acme Corp.')]
    >>> [(r.relation.value, r.holder, r.held) for r in possessive_offices(
    ...     "Acme Fund, L.P.'s general partner is Acme GP, LLC, as stated")]
    [('general_partner_of', 'Acme GP, LLC', 'Acme Fund, L.P.')]
    >>> list(possessive_offices("John Doe is Jane Roe's trustee."))
    []
    >>> list(possessive_offices("No Reporting Person is the Issuer's President."))
    []
    """
    if not any(w in flat for w in _CUE_LITERALS):
        return
    for m in _opened(HOLDER_IS_POSSESSIVE_ROLE, flat):
        if not _company(m["held"]) or _denied(flat, m):
            continue
        for rel, title in role_relations(m["role"]):
            yield PossessiveOffice(relation=rel, holder=m["holder"], held=m["held"], title=title,
                                   role=m["role"])
        if m["board"]:
            yield PossessiveOffice(relation=Relation.DIRECTOR_OF, holder=m["holder"],
                                   held=m["held"])
    for m in POSSESSIVE_ROLE_IS.finditer(flat):
        if _company(m["held"]) and not subject_denied(flat, m.start()) \
                and not supposed_before(flat, m.start()):  # not "If the Fund's manager is"
            for rel, title in role_relations(m["role"]):
                yield PossessiveOffice(relation=rel, holder=m["holder"], held=m["held"],
                                       title=title, role=m["role"])
    for m in _opened(MEMBER_OF_BOARD, flat):
        held = m["held"] or m["held2"]
        if _company(held) and not _denied(flat, m):
            yield PossessiveOffice(relation=Relation.DIRECTOR_OF, holder=m["holder"], held=held)


def possessor_before(stretch: str) -> Optional[str]:
    """The company whose office the clause ending ``stretch`` states from it
    (:data:`POSSESSIVE_ROLE_IS`): "Acme Fund LP" of "Acme Fund LP's general partner is Acme GP
    LLC" (", and its investment manager is ..." goes on about it). None when the stretch ends in
    no such clause, or the possessor is a person's name.

    >>> possessor_before("Acme Fund LP's general partner is Acme GP LLC")
    'Acme Fund LP'
    >>> possessor_before("Acme Fund LP's general partner is Acme GP LLC, which holds the Shares")
    >>> possessor_before("Jane Roe's trustee is Acme Trust Company")
    """
    end = len(stretch.rstrip(" ,;"))
    for m in POSSESSIVE_ROLE_IS.finditer(stretch):
        if m.end("holder") == end and _company(m["held"]) \
                and not subject_denied(stretch, m.start()):
            return trim_name(m["held"])
    return None


def board_relation(rel: Relation, text: str, pos: int = 0) -> Optional[Relation]:
    """The relation a member's role (``rel``, read as :attr:`Relation.MEMBER_OF`) ending at
    ``pos`` of ``text`` states when a board follows it (:data:`BOARD_OF`): a member of the board
    of directors of a company is its director; of any other board, None (no relation read).
    ``rel`` itself for any other relation, or with no board after the role.

    >>> text = "Jane Roe is a member of the Board of Directors of Acme Corp."
    >>> board_relation(Relation.MEMBER_OF, text, text.index(" of the")).value
    'director_of'
    >>> text = "Jane Roe is a member of the Board of Managers of Acme LLC."
    >>> board_relation(Relation.MEMBER_OF, text, text.index(" of the")) is None
    True
    >>> text = "Jane Roe is a member of Acme GP LLC."
    >>> board_relation(Relation.MEMBER_OF, text, text.index(" of")).value
    'member_of'
    """
    if rel is not Relation.MEMBER_OF or (m := BOARD_OF.match(text, pos)) is None:
        return rel
    return None if m["other"] else Relation.DIRECTOR_OF


def _opened(pattern: re.Pattern[str], flat: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``flat``, each without a sentence opener in its holder
    (:data:`~graphkit.parsers.prose_guards.OPENER`: "Because Mr. Roe is" is read from "Mr. Roe"),
    none whose opener supposes it ("When Mr. Roe is", "So long as Jane Roe is")."""
    for m in pattern.finditer(flat):
        opener = OPENER.match(flat, m.start("holder"))
        if opener is None:
            yield m
        elif not opener["cond"] and (m := pattern.match(flat, opener.end(), m.end())) is not None:
            yield m


def _company(name: str) -> bool:
    """False for a person's name ("Jane Roe", "Mr. Roe"), whose possessive names no office."""
    return guess_kind(trim_name(name)) is not PartyKind.PERSON


#: Holders that name no party: "He" of "He is the Issuer's President" (the party is in the
#: sentence before, not read here)
_PRONOUNS = frozenset({"he", "she", "it", "this", "that", "there", "they", "we", "i", "who",
                       "which"})


def _denied(flat: str, m: re.Match[str]) -> bool:
    """True when the holder of ``m`` is a pronoun, denied, supposed ("It is expected that
    Jane Roe is": :func:`~graphkit.parsers.prose_guards.supposed_before`) or the object of a
    kinship phrase."""
    start = m.start("holder")
    return (m["holder"].lower() in _PRONOUNS or not_asserted(flat, start, m["holder"])
            or subject_denied(flat, start) or supposed_before(flat, start))
