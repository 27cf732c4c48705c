"""What a filing states of a party's kind, for the party book: a person is never linked with
an organization by a name that is alike.

A firm is often named after its founder: "Jane Roe" signs for "Jane Roe, Inc." or "Jane Roe
LLC", and reports beside it. The two names are alike (the same words but for the legal form),
so :class:`~graphkit.parsers.partybook.PartyBook` would link them as one party; the book
links them only when no kind is stated for one of them, or the same kind for both. A kind is
stated by a legal form in the name (an organization's), by the type codes of a cover page
("IN": a person; "CO", "PN": an organization) or by the caller (a hand signature is a
natural person's). A name alone that only reads like a person's ("Celtic Intermediate" beside
"Celtic Intermediate Corp.") states nothing, and is still linked.

Examples
--------
>>> from graphkit.models import PartyKind
>>> spelling_kind("Jane Roe, Inc.").value, spelling_kind("Jane Roe") is None
('organization', True)
>>> party = new_party("p1", "Jane Roe", PartyKind.PERSON); party.type_codes.append("IN")
>>> kinds_clash(PartyKind.ORGANIZATION, party, {})
True
"""

from __future__ import annotations

from typing import Mapping, Optional

from graphkit.models import Party, PartyKind, unchecked
from graphkit.parsers.partybook_names import discriminators
from graphkit.parsers.type_codes import kind_from_type_codes

#: The fields a new party is given; the others start empty
_PARTY_GIVEN = frozenset({"id", "name", "kind"})


def new_party(party_id: str, name: str, kind: PartyKind) -> Party:
    """``Party(id=party_id, name=name, kind=kind)`` for values the book made itself (an id, a
    cleaned name, a kind), without validating them again (see :func:`~graphkit.models.unchecked`;
    each list field gets a list of its own).

    >>> new_party("p1", "Jane Roe", PartyKind.PERSON).kind.value
    'person'
    """
    return unchecked(Party, {"id": party_id, "name": name, "kind": kind, "aliases": [],
                             "roles": [], "jurisdiction": None, "addresses": [],
                             "identifiers": [], "type_codes": [], "readings": [],
                             "evidence": []}, _PARTY_GIVEN)


def spelling_kind(name: str, stated: Optional[PartyKind] = None) -> Optional[PartyKind]:
    """The kind of a spelling the filing states: ``stated`` (by the caller), else an
    organization's for a name that ends in a legal form ("Jane Roe, Inc.", "Jane Roe & Co."),
    else None.

    >>> spelling_kind("Jane Roe LLC").value, spelling_kind("Jane Roe", PartyKind.PERSON).value
    ('organization', 'person')
    >>> spelling_kind("Celtic Intermediate") is None
    True
    """
    if stated is not None:
        return stated
    return PartyKind.ORGANIZATION if discriminators(name)["legal"] else None


def party_kind(party: Party, stated: Mapping[str, PartyKind]) -> Optional[PartyKind]:
    """The kind the filing states for ``party``: the kind stated when it was named
    (``stated``, by party id), else the kind its cover's type codes state, else an
    organization's when its name ends in a legal form; None when nothing states one.

    >>> party_kind(new_party("p1", "Acme Fund, L.P.", PartyKind.ORGANIZATION), {}).value
    'organization'
    >>> party_kind(new_party("p2", "Jane Roe", PartyKind.PERSON), {}) is None
    True
    """
    kind = stated.get(party.id)
    if kind is None and party.type_codes:
        kind = kind_from_type_codes(party.type_codes)
    if kind is None and discriminators(party.name)["legal"]:
        kind = PartyKind.ORGANIZATION
    return kind


def kinds_clash(kind: Optional[PartyKind], party: Party, stated: Mapping[str, PartyKind]) -> bool:
    """True when a spelling of the stated ``kind`` (:func:`spelling_kind`) cannot name
    ``party``, whose stated kind (:func:`party_kind`) is the other: "Jane Roe" signing by hand
    is not "Jane Roe LLC", "Jane Roe, Inc." is not the reporting person "Jane Roe" (type code
    "IN").

    >>> llc = new_party("p1", "Jane Roe LLC", PartyKind.ORGANIZATION)
    >>> kinds_clash(PartyKind.PERSON, llc, {}), kinds_clash(None, llc, {})
    (True, False)
    """
    if kind is None:
        return False
    other = party_kind(party, stated)
    return other is not None and other is not kind
