"""What a match of a pattern that names the held party first states: its holders and held
parties. "The general partner of Acme Fund LP is Acme GP LLC"
(:data:`~graphkit.parsers.prose_patterns.ROLE_OF_HELD_IS`: :func:`read_role_of_held_is`), "Acme
Fund LP and Beta Fund LP are Delaware limited partnerships whose general partner is Acme GP LLC"
(:data:`~graphkit.parsers.prose_patterns.WHOSE_ROLE_IS`: :func:`whose_held`).

``ROLE_OF_HELD_IS`` opens with its role, so it may match inside a clause of another subject,
where "the general partner of" is a predicate: in "Acme GP LLC is the general partner of Acme
Fund LP, and Beta Fund LP and Gamma Fund LP are Cayman Islands exempted companies" no one is
the general partner of the three funds. A held *list* ("The general partner of each of A and B
is X") is read only where the role opens the sentence or a clause after ";" (after an opening
phrase: "Finally, the general partner of ..."; see :mod:`graphkit.parsers.prose_openings`), and
only when its holders end where a list ends: not "Delaware" of "The general partner of A and B
are Delaware limited partnerships". The holders end where a list of names ends: "The general
partner of Acme Fund LP is Acme GP LLC and Jane Roe is its managing member" names one general
partner, and Jane Roe is the managing member of Acme GP LLC (:data:`AND_ITS_ROLE`).

A list before "whose" is read from where its clause opens, as a list subject is
(:func:`~graphkit.parsers.prose_openings.subject_list`): in "Acme GP LLC is the general partner
of Acme Fund LP, and Beta Fund LP and Gamma Fund LP are Delaware limited partnerships whose
general partner is Delta GP LLC" Acme Fund LP is not Delta GP LLC's.

Examples
--------
>>> from graphkit.parsers.prose_patterns import ROLE_OF_HELD_IS
>>> flat = ("The general partner of Acme Fund LP and Beta Fund LP is Acme GP LLC and Jane Roe is "
...         "its managing member.")
>>> read_role_of_held_is(flat, ROLE_OF_HELD_IS.search(flat))  # doctest: +NORMALIZE_WHITESPACE
HeldIs(holders=['Acme GP LLC'], helds=['Acme Fund LP', 'Beta Fund LP'], end=67,
       its=(['Jane Roe'], 'managing member'))
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from graphkit import regex_cache
from graphkit.parsers.prose_lists import entity_kind, held_names, split_names
from graphkit.parsers.prose_offices import after_titled_department, offices_held
from graphkit.parsers.prose_openings import opens_a_clause, subject_list
from graphkit.parsers.prose_patterns import _LIST_END, _NAME, NAMES, ROLES
from graphkit.parsers.prose_possessives import listed_persons
from graphkit.parsers.prose_role_fit import held_fit, no_party
from graphkit.parsers.prose_roles import role_relations

_F = re.VERBOSE

#: A description of the name before "whose" in the past tense (matched right after the name):
#: " was " of "Acme Fund LP was a Delaware limited partnership whose general partner was Acme GP
#: LLC", " were " (what the party was, and so who its general partner was then: no current fact)
PAST_DESCRIPTION = regex_cache.compile(r"""(?:\s*+,\s++|\s++)(?:was|were)\s""", _F)

#: A predicate that ends in a party it relates the subject to (matched in the predicate before
#: "whose", group ``inner``): "Beta Partners LP" of " is a limited partner of Beta Partners LP,"
#: (a relative clause right after it is about it, not the subject), "Acme Capital LLC" of " is
#: an affiliate of Acme Capital LLC"
PREDICATE_OBJECT = regex_cache.compile(rf"""
    \s(?:of|to|in|by)\s+(?P<the>the\s+)?(?P<inner>{_NAME})\s*,?\s*\Z
""", _F)

#: The subject of a predicate that ends right before the held name of "whose" (matched at the
#: end of the text before it, group ``subject``): "Acme GP LLC" of "Acme GP LLC is the general
#: partner of " and of "Acme GP LLC, the general partner of " (in "..., whose managing member
#: is John Doe": when the role cannot be the held name's, an LP's managing member, it is the
#: subject's, the link above in a chain of control; review main16b); only a predicate of
#: control (a partner, a member, a manager, an adviser), never "a stockholder of"
SUBJECT_OF_PREDICATE = regex_cache.compile(rf"""
    (?<![A-Za-z0-9])(?P<subject>{_NAME})(?:\s+(?:is|serves\s+as|acts\s+as)\s+|\s*,\s*)
    (?:the|a|an|its)\s+(?:sole\s+|managing\s+|general\s+|investment\s+)?
    (?:partner|member|manager|adviser|advisor)\s+(?:of|to|for)\s+(?:the\s+)?\Z
""", _F)
#: How far before the held name :data:`SUBJECT_OF_PREDICATE` is looked for
SUBJECT_WINDOW = 160

#: A list of holders that ends where a list ends (matched at the holders' start): "Acme GP LLC"
#: of "Acme GP LLC and Jane Roe is its managing member" (the longest list so ended), "Jane Roe
#: and John Doe" of "Jane Roe and John Doe." (not "Delaware" of "Delaware limited partnerships")
HOLDERS_ENDED = regex_cache.compile(rf"""{NAMES}{_LIST_END}""", _F)

#: Where a list of holders is cut, a later name left out: ", " or " and " ("Acme GP LLC" of "Acme GP
#: LLC and Jane Roe is its managing member"), never inside a name
LIST_GOES_ON = regex_cache.compile(r"""\s*,|\s+and\s""", _F)

#: A second clause about the holder just named, by "its": " and Jane Roe is its managing member"
#: of "The general partner of Acme Fund LP is Acme GP LLC and Jane Roe is its managing member"
#: (matched right after the holder)
AND_ITS_ROLE = regex_cache.compile(rf"""
    (?:\s*+,\s++|\s++)and\s++(?P<holder>{NAMES})\s+(?:is|are|serves?\s+as|acts?\s+as)\s+(?:also\s+)?its\s+
    (?P<role>{ROLES}){_LIST_END}
""", _F)


class HeldIs(NamedTuple):
    """The holders and held parties of a match of ``ROLE_OF_HELD_IS``, where its holders end in
    the sentence, and the (holder, role) of a clause after them about their one holder by
    "its" (None if none)."""

    holders: list[str]
    helds: list[str]
    end: int
    its: Optional[tuple[list[str], str]]


def read_role_of_held_is(flat: str, m: re.Match[str]) -> Optional[HeldIs]:
    """The holders and held parties the match ``m`` of ``ROLE_OF_HELD_IS`` in ``flat`` (a
    sentence on one line) states; None when it states none: its held list is no one group ("The
    President of Acme Corp. and Jane Roe is"), or a held list does not open a clause or its
    holders end nowhere a list ends.

    >>> from graphkit.parsers.prose_patterns import ROLE_OF_HELD_IS
    >>> flat = ("Acme GP LLC is the general partner of Acme Fund LP, and Beta Fund LP and Gamma "
    ...         "Fund LP are Cayman Islands exempted companies.")
    >>> read_role_of_held_is(flat, ROLE_OF_HELD_IS.search(flat)) is None
    True
    >>> flat = "The general partner of Acme Fund LP and Beta Fund LP are Delaware partnerships."
    >>> read_role_of_held_is(flat, ROLE_OF_HELD_IS.search(flat)) is None
    True
    """
    listed = len(split_names(m["held"]))
    helds = held_names(m["held"])
    if len(helds) < listed:
        return None  # "The President of Acme Corp. and Jane Roe is": no one group held
    if listed > 1 and not opens_a_clause(flat, m.start(), after_and=False):
        return None  # "is the general partner of A, and B and C are ...": a predicate
    end = _holders_end(flat, m)
    if end is None and listed > 1:
        return None  # "... are Delaware limited partnerships": no holder named
    end = m.end("holder") if end is None else end
    holders = listed_persons(flat, m.start("holder"), end)  # "are Mr. Roe's son, John Roe"
    its = AND_ITS_ROLE.match(flat, end)
    if its is None or len(holders) != 1:
        return HeldIs(holders, helds, end, None)
    return HeldIs(holders, helds, end, (split_names(its["holder"]), its["role"]))


def whose_held(flat: str, m: re.Match[str]) -> Optional[list[str]]:
    """The held parties of the match ``m`` of ``WHOSE_ROLE_IS`` in ``flat`` (a sentence on one
    line): of a list (group ``listed``), the names of its own clause
    (:func:`~graphkit.parsers.prose_openings.subject_list`) that are one group
    (:func:`~graphkit.parsers.prose_lists.held_names`); None when a list said to be of a kind
    (group ``kind``: "are Delaware limited partnerships") is no clause's subject, or when the
    name or list is described in the past tense ("was a Delaware limited partnership whose ..."). A list right
    before ", whose" that is not its clause's subject is read as the relative clause after its
    last name reads.

    >>> from graphkit.parsers.prose_patterns import WHOSE_ROLE_IS
    >>> flat = ("Acme GP LLC is the general partner of Acme Fund LP, and Beta Fund LP and Gamma "
    ...         "Fund LP are Delaware limited partnerships whose general partner is Delta GP LLC.")
    >>> whose_held(flat, WHOSE_ROLE_IS.search(flat))
    ['Beta Fund LP', 'Gamma Fund LP']
    >>> flat = "Jane Roe is a member of Acme GP LLC and Beta Corp., whose director is John Doe."
    >>> whose_held(flat, WHOSE_ROLE_IS.search(flat))
    ['Beta Corp.']

    A predicate that relates the name to an entity ends with that entity, which the relative
    clause is about (:data:`PREDICATE_OBJECT`):

    >>> flat = ("Acme Fund LP is a limited partner of Beta Partners LP, whose general partner is "
    ...         "Acme GP LLC.")
    >>> whose_held(flat, WHOSE_ROLE_IS.search(flat))
    ['Beta Partners LP']
    >>> flat = ("Acme Fund LP is a limited partnership organized under the laws of the State of "
    ...         "Delaware, whose general partner is Acme GP LLC.")
    >>> whose_held(flat, WHOSE_ROLE_IS.search(flat))
    ['Acme Fund LP']

    A name read with the offices that open it is the company after them
    (:func:`~graphkit.parsers.prose_offices.offices_held`): an office has no general partner:

    >>> flat = ("Jane Roe is the President and Director of Acme Partners LP, whose general "
    ...         "partner is Acme GP LLC.")
    >>> whose_held(flat, WHOSE_ROLE_IS.search(flat))
    ['Acme Partners LP']

    A name described in the past tense (:data:`PAST_DESCRIPTION`) states no current relation:

    >>> flat = ("Acme Fund LP was a Delaware limited partnership whose general partner was Acme "
    ...         "GP LLC.")
    >>> whose_held(flat, WHOSE_ROLE_IS.search(flat)) is None
    True
    """
    if PAST_DESCRIPTION.match(flat, m.end("held")):
        return None  # "Acme Fund LP was a Delaware limited partnership whose ...": then, not now
    office = offices_held(m["held"])
    if office is not None:  # "the President (and Director) of Acme Ventures, whose ...": the
        return _fitting(office, m["role"])  # company's (an office has no general partner)
    if m["listed"] is None:
        held = after_titled_department(flat, m.start("held"), m["held"])
        if held != m["held"]:  # "Vice President - Finance of Acme Partners LP, whose ..."
            return _fitting(held_names(held), m["role"])
        if m["pred"] is not None:  # "A is a limited partner of C, whose ...": C's, when C is
            inner = PREDICATE_OBJECT.search(m["pred"])  # a party the role fits
            if inner is not None and _object_holds(inner, m["role"]):  # not "Finance of C" of
                return held_names(after_titled_department(  # "a Vice President of Finance of C"
                    m["pred"], inner.start("inner"), inner["inner"]))
            if inner is not None and entity_kind(m["held"]) is None:
                return None  # "Jane Roe is a limited partner of Acme Fund LP, whose managing
                # member is": neither the LP's nor a person's
        return _fitting(held_names(m["held"]), m["role"]) or _subject_holds(flat, m)
    held = subject_list(flat, *m.span("held"))
    if held is None:
        return None if m["kind"] else _fitting(held_names(m["held"])[-1:], m["role"])
    return _fitting(held_names(held), m["role"])


def _fitting(names: list[str], role: str) -> Optional[list[str]]:
    """``names`` but those the ``role`` cannot be held in (a corporation's general partner, a
    partnership's managing member: :func:`~graphkit.parsers.prose_role_fit.held_fit`); None
    when none is left (a misreading: "a shareholder of Beta Corp., whose general partner is X"
    is not about Beta Corp.).

    >>> _fitting(["Beta Corp."], "general partner"), _fitting(["Acme Fund LP"], "general partner")
    (None, ['Acme Fund LP'])
    """
    relations = [rel.value for rel, _ in role_relations(role)]
    kept = [n for n in names if all(held_fit(rel, n) or entity_kind(n) is None
                                    for rel in relations)]
    return kept or None


def _subject_holds(flat: str, m: re.Match[str]) -> Optional[list[str]]:
    """The subject of the predicate before the held name of the "whose" match ``m`` (see
    :data:`SUBJECT_OF_PREDICATE`), when the role is surely its kind's (an LLC's managing
    member, a partnership's general partner: :func:`~graphkit.parsers.prose_role_fit.held_fit`
    2) and not the held name's; else None.

    >>> from graphkit.parsers.prose_patterns import WHOSE_ROLE_IS
    >>> flat = "Acme GP LLC is the general partner of Acme Fund LP, whose managing member is Jo Roe."
    >>> _subject_holds(flat, WHOSE_ROLE_IS.search(flat))
    ['Acme GP LLC']
    """
    start = m.start("held")
    before = SUBJECT_OF_PREDICATE.search(flat, max(0, start - SUBJECT_WINDOW), start)
    if before is None or before.end() != start:
        return None
    relations = [rel.value for rel, _ in role_relations(m["role"])]
    name = before["subject"]
    if not relations or no_party(name) or min(held_fit(rel, name) for rel in relations) < 2:
        return None
    return held_names(name)


def _object_holds(inner: re.Match[str], role: str) -> bool:
    """Whether the party a predicate ends with (a match of :data:`PREDICATE_OBJECT`) is the one
    the "whose ``role``" clause after it is about, rather than the sentence's subject: an
    entity (not "the State of Delaware"), a party (not an agreement, a law, a regulator or "the
    Company": :func:`~graphkit.parsers.prose_role_fit.no_party`, nor a lone word after "the"),
    which the role can fit (:func:`~graphkit.parsers.prose_role_fit.held_fit`: an LP has no
    managing member; the nearer name is taken when both could be: "a limited partner of Acme
    Master Fund, whose general partner is").

    >>> m = PREDICATE_OBJECT.search(" is the general partner of Acme Fund LP,")
    >>> _object_holds(m, "managing member"), _object_holds(m, "investment manager")
    (False, True)
    """
    name = inner["inner"]
    if entity_kind(name) is None or no_party(name) or inner["the"] and len(name.split()) == 1:
        return False
    relations = [rel.value for rel, _ in role_relations(role)]
    if not relations:
        return False

    return min(held_fit(rel, name) for rel in relations) >= 1


def _holders_end(flat: str, m: re.Match[str]) -> Optional[int]:
    """Where the holders of the match ``m`` of ``ROLE_OF_HELD_IS`` in ``flat`` end: after the
    longest list of them that ends where a list ends (:data:`HOLDERS_ENDED`), a later name cut
    off at ", " or " and " (:data:`LIST_GOES_ON`); None when no list so ends. A list ending in a
    possessor ends where it does ("are Jane Roe and Mr. Roe's", of "... son, John Roe": see
    :func:`~graphkit.parsers.prose_possessives.listed_persons`).

    >>> from graphkit.parsers.prose_patterns import ROLE_OF_HELD_IS
    >>> flat = "The general partner of Acme Fund LP is Acme GP LLC and Jane Roe is its member."
    >>> flat[:_holders_end(flat, ROLE_OF_HELD_IS.search(flat))]
    'The general partner of Acme Fund LP is Acme GP LLC'
    """
    if m["holder"].endswith(("'s", "’s")):
        return m.end("holder")
    ended = HOLDERS_ENDED.match(flat, m.start("holder"))
    if ended is None or ended.end() == m.end("holder") or LIST_GOES_ON.match(flat, ended.end()):
        return None if ended is None else ended.end()
    return None  # "ACME PARTNERS, L.P" of "ACME PARTNERS, L.P. (c) the ...": inside a name
