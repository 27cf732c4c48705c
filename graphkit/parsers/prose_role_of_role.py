"""A role held in the holder of another role: "Roe GP Inc., the general partner of the manager
of the Trust".

Filings name a party by a role it holds ("the manager of the Trust", "the general partner of
Acme Fund LP") where they state who holds another role in it: Item 2(c) of a Schedule 13D
answers "Chief Executive Officer of Roe Asset Management LP, which serves as manager of the
Trust, and Chief Executive Officer of Roe GP Inc., the general partner of the manager of the
Trust". :func:`find_role_of_roles` reads such a statement with the held party as written, a
role reference; :func:`role_reference` parts it into the role and the party it is held in.
Which party holds that role is the filing's to say elsewhere ("Roe Asset Management LP, which
serves as manager of the Trust"): the binder takes the one party the claims read give that
role in that party (:meth:`~graphkit.parsers.schedule13_prose_claims.ProseClaims.add`), and
none when they give none or several.

Only a role in lower case is read as a reference ("the manager of the Trust"); "the General
Partner of Acme Fund LP" in capitals is a defined term's, read where terms are.

Examples
--------
>>> src = SourceText(path="x.txt", text="Jane Roe is Chief Executive Officer of Roe GP Inc., "
...     "the general partner of the manager of the Trust.")
>>> [(f.relation.value, f.holder, f.held) for f in find_role_of_roles(src)]
[('general_partner_of', 'Roe GP Inc.', 'the manager of the Trust')]
>>> role_reference("the manager of the Trust")
RoleReference(role='manager', name='Trust')
"""

from __future__ import annotations

import re
from typing import Optional

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.models import PartyKind
from graphkit.parsers.prose import ProseFinding
from graphkit.parsers.prose_lists import trim_name
from graphkit.parsers.prose_name_patterns import _NAME
from graphkit.parsers.prose_offices import company_after_offices
from graphkit.parsers.prose_guards import KIN
from graphkit.parsers.prose_role_patterns import ROLE, ROLES
from graphkit.parsers.prose_roles import role_relations
from graphkit.parsers.prose_sentences import cue_positions, flat_sentence, sentences_at
from graphkit.parsers.prose_unbound import not_a_name
from graphkit.source import SourceText

#: The pattern name of the findings read here
ROLE_OF_ROLE = "role_of_role"

#: A role reference: "the manager of the Trust", "the general partner of Acme Fund LP" (the
#: role in lower case; groups ``role`` and ``name``)
_REFERENCE = rf"""the\s+(?=[a-z])(?P<inner>{ROLE})\s+(?:of|to|for)\s+(?:the\s+)?(?P<name>{_NAME})"""

#: Where a role reference may follow a role: " of the manager of " of "the general partner of
#: the manager of the Trust" (the cue of :data:`HOLDER_ROLE_OF_ROLE`)
ROLE_OF_ROLE_CUE = regex_cache.compile(rf"""
    \s(?:of|to|for)\s+the\s+(?=[a-z]){ROLE}\s+(?:of|to|for)\s
""", re.VERBOSE)

#: A kinship aside after a holder, set off by commas: ", the son of Mr. and Ms. Roe," of "John
#: Roe, the son of Mr. and Ms. Roe, is the sole stockholder of ..." (up to its closing comma)
_KIN_SET_OFF = rf"""\s*,\s+(?:the\s+|his\s+|her\s+|their\s+)?{KIN}\s+of\s+[^,;()]{{1,60}}?\s*,"""

#: The verbs before a role: "is", "serves as", "acts as"
_VERB = r"""(?:is|serves\s+as|acts\s+as)"""

#: A holder, then its role in a party named by a role reference, set off by a comma or after
#: "is" / "serves as": "Roe GP Inc., the general partner of the manager of the Trust", "Roe GP
#: Inc. is the general partner of the manager of the Trust", "Jane Roe, the managing member of
#: the general partner of Acme Fund LP, ..." (the reference ends its clause); a list of roles
#: ("John Roe, the son of Mr. and Ms. Roe, is the sole stockholder, officer and director of the
#: general partner of Roe Partners", a kinship aside skipped: :data:`_KIN_SET_OFF`)
HOLDER_ROLE_OF_ROLE = regex_cache.compile(rf"""
    (?P<holder>{_NAME})(?:{_KIN_SET_OFF}\s*(?:{_VERB}\s+)?|\s*,\s*|\s+{_VERB}\s+)
    (?P<role>{ROLES})\s+(?:of|to|for)\s+
    (?P<held>{_REFERENCE})
    (?=\s*(?:[,;:)]|\.?$))
""", re.VERBOSE)

#: A role reference alone, read whole: "the manager of the Trust"
ROLE_REFERENCE = regex_cache.compile(rf"""^{_REFERENCE}$""", re.VERBOSE)


#: A word of a role that tells what its holder is: "corporate" (an organization: "the
#: corporate managing general partner of GLP"), "individual" (a person: "an individual
#: general partner")
HOLDER_KIND_WORD = regex_cache.compile(r"""\b(?P<org>corporate)\b|\b(?P<person>individual)\b""",
                                       re.VERBOSE | re.IGNORECASE)


def holder_kind(role: str) -> Optional[PartyKind]:
    """The kind of party a ``role`` says its holder is (:data:`HOLDER_KIND_WORD`), or None.

    >>> holder_kind("corporate managing general partner").value, holder_kind("manager")
    ('organization', None)
    """
    m = HOLDER_KIND_WORD.search(role)
    return None if m is None else PartyKind.ORGANIZATION if m["org"] else PartyKind.PERSON


class RoleReference(BaseModel):
    """A party named by a role it holds in another: ``role`` of ``name`` (as written)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    role: str
    name: str


def role_reference(name: str) -> Optional[RoleReference]:
    """The role and party of ``name`` when it names a party by a role it holds
    (:data:`ROLE_REFERENCE`), else None.

    >>> role_reference("the general partner of Acme Fund LP")
    RoleReference(role='general partner', name='Acme Fund LP')
    >>> role_reference("Acme Fund LP") is None, role_reference("the Manager") is None
    (True, True)
    """
    m = ROLE_REFERENCE.match(name) if name.startswith("the ") else None
    if m is None or not role_relations(m["inner"]):
        return None
    return RoleReference(role=m["inner"], name=trim_name(m["name"]))


def find_role_of_roles(src: SourceText, start: int = 0, end: Optional[int] = None
                       ) -> list[ProseFinding]:
    """The roles held in a party named by a role reference in ``src.text[start:end]``
    (:data:`HOLDER_ROLE_OF_ROLE`), each with the reference as its held name (pattern
    :data:`ROLE_OF_ROLE`). A holder read with the offices before it is the company after them
    ("Chief Executive Officer of Roe GP Inc., the general partner of ...": Roe GP Inc.).

    >>> src = SourceText(path="x.txt", text="Jane Roe, the managing member of the general "
    ...     "partner of Acme Fund LP, may be deemed to own the Shares.")
    >>> [(f.relation.value, f.holder, f.held) for f in find_role_of_roles(src)]
    [('managing_member_of', 'Jane Roe', 'the general partner of Acme Fund LP')]
    >>> find_role_of_roles(SourceText(path="x.txt", text="Jane Roe is the manager of the Trust."))
    []
    """
    end = len(src.text) if end is None else end
    out: list[ProseFinding] = []
    positions = cue_positions(ROLE_OF_ROLE_CUE, src.text, start, end)
    for s, e in sentences_at(positions, src.text, start, end) if positions else []:
        flat = flat_sentence(src.text, s, e)
        for m in HOLDER_ROLE_OF_ROLE.finditer(flat):
            holder = company_after_offices(trim_name(m["holder"]))
            held = trim_name(m["held"])
            if role_reference(held) is None or holder == held or not_a_name(holder, flat):
                continue  # "..., Canada M5J 2J1, the general partner of": an address
            evidence = src.evidence(s, e, section="prose")
            out += [ProseFinding(relation=rel, holder=holder, held=held, evidence=evidence,
                                 title=title, pattern=ROLE_OF_ROLE, role=m["role"])
                    for rel, title in role_relations(m["role"])]
    return out
