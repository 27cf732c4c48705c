"""Whose capacity an "as ROLE of" phrase after an appositive states.

In "Jane Roe, the managing member of Acme GP LLC, as trustee of the Roe Family Trust, may be
deemed ..." the appositive ("the managing member of Acme GP LLC") and the capacity phrase ("as
trustee of ...") both set off the clause's subject: Jane Roe is the trustee, not Acme GP LLC.
An appositive about a role names the role of the name before it, but a capacity phrase right
before the clause's verb tells in which capacity the *subject* acts. So when a capacity phrase
(:data:`~graphkit.parsers.prose_patterns.HOLDER_AS_ROLE_OF`) follows an appositive and ends at
the verb, its role is the appositive's holder's (:func:`appositive_capacity`).

Only a capacity a person holds in person moves to the subject: trustee, officer, director
(:data:`PERSONAL_CAPACITIES`). In "John Doe, the sole member of Acme GP LLC, as the general
partner of Acme Fund LP, may be deemed ..." the general partner is, as such sentences mean, the
company named in the appositive (Acme GP LLC), not John Doe; so is the investment manager.

A name joined by "and" to the appositive's held name ("the managing member of Acme GP LLC and
Beta GP LLC, as trustee of ...") is held too when it names an entity of the same kind: the
subject has no verb yet, so without a comma before "and" it starts no clause of its own. A
name of another kind ("the investment manager of Acme Fund LP and Jane Roe, as managing member
of ..., may") is left as the next subject, as before.

Examples
--------
>>> from graphkit.parsers.prose_patterns import HOLDER_AS_ROLE_OF
>>> flat = ("Jane Roe, the managing member of Acme GP LLC and Beta GP LLC, as trustee of the Roe "
...         "Family Trust, may be deemed to beneficially own the shares.")
>>> appositive_capacity(flat, HOLDER_AS_ROLE_OF.search(flat))
Capacity(holder='Jane Roe', role='the managing member', joined='Beta GP LLC')
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from graphkit import regex_cache
from graphkit.parsers.prose_lists import entity_kind, split_names, trim_name
from graphkit.parsers.prose_openings import opening_phrase_at
from graphkit.parsers.prose_patterns import _LEGAL, _NAME, OF_LIST_REFERENCE, ROLES
from graphkit.parsers.prose_roles import role_relations
from graphkit.relations import Relation

_F = re.VERBOSE

#: An appositive about a role that ends right before a capacity phrase's holder (searched back
#: from that holder: it ends there): "Jane Roe, the managing member of " and "Jane Roe, the
#: managing member of Acme GP LLC and " (group ``held``: the names before "and")
APPOSITIVE_BEFORE = regex_cache.compile(rf"""
    (?<![A-Za-z0-9.'\-])(?P<holder>{_NAME})\s*,\s*(?P<role>(?:the|its|a)\s+{ROLES})\s+(?:of|to|for)\s+
    (?:the\s+)?(?:(?P<held>{_NAME}(?:\s*,\s*(?!{_LEGAL}){_NAME})*)\s+and\s+)?$
""", _F)

#: The clause's verb right after a capacity phrase: ", may" of "..., as trustee of the Roe
#: Family Trust, may be deemed" (the phrase is the last aside of the subject)
VERB_AFTER_ASIDE = regex_cache.compile(r"""
    \s*,\s*(?:also\s+|therefore\s+|each\s+)?(?:may|might|could|would|will|can|is|was|has|had
      |shares|holds|owns|controls|directs|disclaims|beneficially)\b
""", _F)

#: The relations of a capacity a person holds in person, which the subject acts in: "as trustee
#: of", "as President of", "as a director of" (not "as general partner of", "as investment
#: manager of", "as managing member of": an entity's roles, of the company named before)
PERSONAL_CAPACITIES = frozenset({Relation.TRUSTEE_OF, Relation.OFFICER_OF, Relation.DIRECTOR_OF})

#: How far before a capacity phrase's holder its appositive is searched for (characters)
_APPOSITIVE_REACH = 300


class Capacity(NamedTuple):
    """The holder of a capacity phrase set off after an appositive, the appositive's role, and
    the capacity phrase's own name when it is one more name held in that role ("" if not)."""

    holder: str
    role: str
    joined: str


def appositive_capacity(flat: str, m: re.Match[str]) -> Optional[Capacity]:
    """For a match ``m`` of "NAME, as ROLE of HELD" in ``flat`` whose NAME ends the held list
    of an appositive (:data:`APPOSITIVE_BEFORE`), whose phrase ends at the clause's verb
    (:data:`VERB_AFTER_ASIDE`) and whose ROLE a person holds in person
    (:data:`PERSONAL_CAPACITIES`), the appositive's holder, who acts in that capacity; None
    otherwise.

    >>> from graphkit.parsers.prose_patterns import HOLDER_AS_ROLE_OF
    >>> flat = ("Jane Roe, the managing member of Acme GP LLC, as trustee of the Roe Family "
    ...         "Trust, may be deemed")
    >>> appositive_capacity(flat, HOLDER_AS_ROLE_OF.search(flat))
    Capacity(holder='Jane Roe', role='the managing member', joined='')
    >>> flat = ("Acme Capital LLC, the investment manager of Acme Fund LP and Jane Roe, as managing "
    ...         "member of the Roe Holdings, may be deemed")
    >>> appositive_capacity(flat, HOLDER_AS_ROLE_OF.search(flat)) is None   # her own capacity
    True
    >>> flat = ("John Doe, the sole member of Acme GP LLC, as the general partner of Acme Fund "
    ...         "LP, may be deemed")
    >>> appositive_capacity(flat, HOLDER_AS_ROLE_OF.search(flat)) is None   # Acme GP LLC's
    True
    >>> flat = "Acme GP LLC, as general partner of Acme Fund LP, may be deemed"
    >>> appositive_capacity(flat, HOLDER_AS_ROLE_OF.search(flat)) is None   # no appositive
    True
    """
    if VERB_AFTER_ASIDE.match(flat, m.end()) is None:
        return None
    relations = {rel for rel, _ in role_relations(m["role"])}
    if not relations or not relations <= PERSONAL_CAPACITIES:
        return None  # "John Doe, the sole member of Acme GP LLC, as general partner of": the LLC
    at = m.start("holder")
    before = APPOSITIVE_BEFORE.search(flat, max(0, at - _APPOSITIVE_REACH), at)
    if before is None or opening_phrase_at(flat, before.start("holder")):
        return None  # "Additionally, the managing member of A, as trustee of B, may": no one
    joined = ""
    if before["held"]:  # "of Acme GP LLC and Beta GP LLC, as trustee of": one more name held?
        kind = entity_kind(trim_name(m["holder"]))
        if kind is None or entity_kind(trim_name(split_names(before["held"])[-1])) != kind:
            return None  # "of Acme Fund LP and Jane Roe, as ...": the next subject
        joined = trim_name(m["holder"])
    return Capacity(holder=trim_name(before["holder"]), role=before["role"], joined=joined)


#: ", and " right before a capacity phrase's holder (searched back from the holder: it ends
#: there): the holder may open a clause of its own ("..., and Jane Roe, as trustee of the Trusts,
#: may")
AND_BEFORE = regex_cache.compile(r""",\s+and\s+$""", _F)


def list_member_aside(flat: str, m: re.Match[str], held: list[tuple[int, int]]) -> bool:
    """True when the match ``m`` of "NAME, as ROLE of the Funds" in ``flat`` is no aside of its
    NAME: NAME is the last of a held list read before (one of the spans ``held``) and the role
    is of a plural that refers back to that list (:data:`OF_LIST_REFERENCE`): "the general
    partner of Acme Fund LP and Beta Fund LP, as general partner of the Funds, Acme GP LLC may"
    (Beta Fund LP is one of the Funds). A name after ", and" that is not of the list's kind
    opens a clause of its own, and its aside is its own: "Acme GP LLC is the general partner of
    Acme Fund LP, and Jane Roe, as trustee of the Trusts, may".

    >>> from graphkit.parsers.prose_patterns import HOLDER_AS_ROLE_OF
    >>> flat = ("Acme GP LLC is the general partner of Acme Fund LP, and Jane Roe, as trustee of "
    ...         "the Trusts, may be deemed")
    >>> m, held = HOLDER_AS_ROLE_OF.search(flat), [(flat.index("Acme Fund"), flat.index(", may"))]
    >>> list_member_aside(flat, m, held)
    False
    >>> flat = ("Acme GP LLC is the general partner of Acme Fund LP and Beta Fund LP, as general "
    ...         "partner of the Funds, may")
    >>> m, held = HOLDER_AS_ROLE_OF.search(flat), [(flat.index("Acme Fund"), flat.index(", as"))]
    >>> list_member_aside(flat, m, held)
    True
    """
    at = m.start("holder")
    if OF_LIST_REFERENCE.match(flat, m.end("role")) is None:
        return False
    start = next((a for a, b in held if a <= at < b), None)
    if start is None:
        return False
    joined = AND_BEFORE.search(flat, max(start, at - 8), at)
    if joined is None:
        return True  # "of A and B, as general partner of the Funds": B is one of them
    before = split_names(flat[start:joined.start()])  # "of A, B, and C, as ...": C is one
    kind = entity_kind(trim_name(m["holder"]))
    return kind is not None and bool(before) and entity_kind(trim_name(before[-1])) == kind


#: A capacity phrase right after a held list, whose holder is the list's last name: ", as " of
#: "the general partner of Acme Fund LP, and Jane Roe, as trustee of the Trusts, may", ", in her
#: capacity as " (matched at the list's end)
ASIDE_AFTER_LIST = regex_cache.compile(r"""\s*,\s*(?:as|in\s+(?:its|his|her|their)\s+capacit(?:y|ies)\s+as)\s""",
                                       _F)
#: ", and " before the last name of a held list (the last one in it: the text before the name
#: is searched)
LAST_AND = regex_cache.compile(r""",\s+and\s+(?=\S)(?!.*,\s+and\s)""", _F)
#: " and " (no comma) before the last name of a held list, the last one in it: "Acme Fund LP
#: and Jane Roe" of "the general partner of Acme Fund LP and Jane Roe, as trustee of the
#: Trusts, may" (a person's name after an entity's, with her own capacity: see
#: :func:`held_before_next_subject`)
LAST_PLAIN_AND = regex_cache.compile(r"""\s+and\s+(?=\S)(?!.*\sand\s)""", _F)
#: The plural verb of a list subject right after a held list (matched at its end): " and Ann
#: Lee are " of "the general partner of Acme Fund, L.P., and Dr. Jane Roe, Dr. John Doe and
#: Ann Lee are the managing members of" (the names after ", and" open a clause of their own);
#: also after a name's stop: ". are " of "controls Acme GP LLC, and Roe Sub Inc. and Roe Sub II
#: Inc. are wholly owned subsidiaries of", and ". is " of "controls Acme GP LLC, and Roe Sub Inc.
#: is a wholly owned subsidiary of" (without the stop the list already ends before "is")
LIST_SUBJECT_VERB = regex_cache.compile(rf"""
    (?:(?:\s+and\s+{_NAME})?\.?\s+(?:are|were)|\.\s+(?:is|was))\s
""", _F)


#: " and " between two names of a held list's tail, e.g. of "Gamma Fund LP and Jane Roe"
PLAIN_AND = regex_cache.compile(r"""\s+and\s+""", _F)


def _persons_after_entity(tail: str) -> Optional[int]:
    """Where, in the names after a held list's ", and", persons start after an entity: at the
    " and " of "Gamma Fund LP and Jane Roe" (the persons open the next clause, the entity is
    held); None when the names do not so change."""
    names = PLAIN_AND.split(tail)
    for left, sep, right in zip(names, PLAIN_AND.finditer(tail), names[1:]):
        if entity_kind(trim_name(left)) is not None and entity_kind(trim_name(right)) is None:
            return sep.start()
    return None


#: The rest of a capacity aside after a held list and the predicate of the clause it opens:
#: " trustee of the Trusts, may" (matched after the aside's "as "), e.g. ", may", ", is", ",
#: holds", ", has" (the aside's holder is a subject, not one of the held)
PREDICATE_AFTER_ASIDE = regex_cache.compile(r"""
    [^,;]{1,120},\s+(?:may|might|could|would|will|shall|is|are|was|were|has|have|had|holds?
    |owns?|shares?|disclaims?|directly|indirectly|also|therefore|thus)\b
""", _F)


def held_before_next_subject(flat: str, start: int, end: int) -> str:
    """The held list at ``flat[start:end]`` without its last name when that name is the next
    clause's subject: joined by ", and" (or " and"), set off by its own capacity phrase
    (:data:`ASIDE_AFTER_LIST`), a person's name (no entity's word: :func:`~graphkit.parsers.
    prose_lists.entity_kind`) after an entity's ("Acme GP LLC is the general partner of Acme
    Fund LP, and Jane Roe, as trustee of the Trusts, may": Jane Roe is no fund held). A last
    entity is one of the list ("of Acme Fund LP, Beta Fund LP, and Acme Offshore Fund, Ltd., as
    investment adviser to which it has").

    >>> flat = ("Acme GP LLC is the general partner of Acme Fund LP, and Jane Roe, as trustee of "
    ...         "the Trusts, may")
    >>> held_before_next_subject(flat, flat.index("Acme Fund"), flat.index(", as"))
    'Acme Fund LP'
    >>> flat = "the general partner of Acme Fund LP, and Beta Fund LP, as general partner of the"
    >>> held_before_next_subject(flat, flat.index("Acme Fund"), flat.index(", as"))
    'Acme Fund LP, and Beta Fund LP'

    Also after " and " alone, and where the names after ", and" are the subject of a plural
    verb (:data:`LIST_SUBJECT_VERB`):

    >>> flat = "the general partner of Acme Fund LP and Jane Roe, as trustee of the Trusts, may"
    >>> held_before_next_subject(flat, flat.index("Acme Fund"), flat.index(", as"))
    'Acme Fund LP'
    >>> flat = ("the general partner of Acme Fund, L.P., and Dr. Jane Roe, Dr. John Doe and Ann "
    ...         "Lee are the managing members of Acme GP")
    >>> held_before_next_subject(flat, flat.index("Acme Fund"), flat.index(" and Ann"))
    'Acme Fund, L.P.'
    >>> flat = "controls Acme GP LLC, and Roe Sub Inc. and Roe Sub II Inc. are subsidiaries of"
    >>> held_before_next_subject(flat, flat.index("Acme GP"), flat.index(". are"))
    'Acme GP LLC'
    """
    held = flat[start:end]
    joined = LAST_AND.search(held)
    if joined is not None and LIST_SUBJECT_VERB.match(flat, end):
        # "of A, and B, C and D are the members of": B, C, D's; "of A, B, and C and Jane Roe and
        # John Doe are its members": the persons' (C, an entity before them, is held)
        persons = _persons_after_entity(held[joined.end():])
        if persons is not None:
            return held[:joined.end() + persons]
        return held[:joined.start()]
    aside = ASIDE_AFTER_LIST.match(flat, end)
    if aside is None:
        return held
    if joined is None:  # "of Acme Fund LP and Jane Roe, as trustee of the Trusts, may": only
        joined = LAST_PLAIN_AND.search(held)  # where a predicate follows the aside (not
        if joined is None or not PREDICATE_AFTER_ASIDE.match(flat, aside.end()):  # "adviser to
            return held  # Acme Fund LP and Jane Roe, as custodian for her children.")
    before = split_names(held[:joined.start()])
    if entity_kind(trim_name(held[joined.end():])) is not None or not before or \
            entity_kind(trim_name(before[-1])) is None:
        return held  # "of A, B, and C, as general partner of the Funds": C is one of them
    return held[:joined.start()]
