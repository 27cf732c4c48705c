"""What a filing states of a party's kind, for the party book: a person is never linked with
the firm named after her.

A firm is often named after its founder: "Jane Roe" signs for "Jane Roe, Inc." or "Jane Roe
LLC", and reports beside it. The two names are equal but for the legal form, so
:class:`~graphkit.parsers.partybook.PartyBook` would link them as one party; it keeps them
apart when the filing states that the name without the legal form is a person's (a hand
signature, or the cover's type code "IN"). Only that pattern is vetoed: "John A. Smith" and
"John Smith" are alike, not equal but for a legal form, and stay linked whatever their covers
say ("Filers copy cover pages, codes and all", :mod:`~graphkit.parsers.type_codes`).

What states a kind, strongest first: a hand signature (a natural person's); a legal form where
one stands in the party's own name (:data:`STATED_LEGAL_FORM`: at the end, after a comma or a
company word, never initials "A.G." or a surname "Co"); the cover's type codes. A name alone
that only reads like a person's ("Celtic Intermediate" beside "Celtic Intermediate Corp.")
states nothing, and is still linked.

Examples
--------
>>> from graphkit.models import PartyKind
>>> spelling_kind("Jane Roe, Inc.").value, spelling_kind("Robert A.G. Monks") is None
('organization', True)
>>> party = new_party("p1", "Jane Roe", PartyKind.PERSON); party.type_codes.append("IN")
>>> kinds_clash("Jane Roe LLC", None, party, {}), kinds_clash("Jane Q. Roe LLC", None, party, {})
(True, False)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping, NamedTuple, Optional

from graphkit.models import Party, PartyKind, unchecked
from graphkit.names import NAME_CACHE_SIZE, ORGANIZATION_WORDS
from graphkit.parsers.partybook_names import squeeze
from graphkit.parsers.type_codes import kind_from_type_codes

#: The fields a new party is given; the others start empty
_PARTY_GIVEN = frozenset({"id", "name", "kind"})

#: A legal form no person's name ends with ("LLC", "L.P.", "Inc.", "Limited Partnership")
_SURE_FORMS = r"""
    l\.?\s?l\.?\s?l\.?\s?p | l\.?\s?l\.?\s?[cp] | l\.?\s?p | p\.?\s?l\.?\s?l\.?\s?c
    | inc | incorporated | corp | corporation | company | ltd | limited | plc | gmbh | pte
    | pty | s\.?\s?[aà]\.?\s?r\.?\s?l | limited\s+partnership | limited\s+liability\s+company
"""
#: A legal form that is also initials or a surname ("Co", "S.A.", "A.G.", "B.V.", "Sa")
_SHORT_FORMS = r"""
    co | s\.?\s?a | a\.?\s?g | [nbc]\.?\s?v | k\.?\s?g | n\.?\s?a | s\.?\s?e | a\.?\s?[bs]
    | oy | s\.?\s?p\.?\s?a | s\.?\s?r\.?\s?l | [pl]\.?\s?c | spc
"""
#: A legal form ending a name, where one stands: after a comma ("Acme, S.A.", "Jane Roe,
#: Inc."), as "& Co." / "and Company" ("Roe & Co."), a form no person's name ends with after
#: any word ("Jane Roe LLC"), or a short form after a word (``short``, a form only after a
#: company word: "Acme Holding Co.", not "Lucio L. Co" or "John Sa"). Initials inside a name
#: ("Robert A.G. Monks") are no legal form: the form ends the name.
STATED_LEGAL_FORM = re.compile(rf"""
    ^(?P<stem>.*?\S)
    (?: \s*,\s*(?:{_SURE_FORMS}|{_SHORT_FORMS})   # "Jane Roe, Inc.", "Acme, S.A."
      | \s+(?:&|and)\s+(?:co|company)              # "Roe & Co."
      | \s+(?:{_SURE_FORMS})                       # "Jane Roe LLC"
      | \s+(?P<short>{_SHORT_FORMS}) )             # "Acme Holding Co." (checked by the caller)
    \.?\s*$
""", re.VERBOSE | re.IGNORECASE)
#: The last word before a short legal form, dots dropped: "Holding" of "Acme Holding Co."
_LAST_WORD = re.compile(r"""(?P<word>[A-Za-z][A-Za-z.]*)\W*$""", re.VERBOSE)


class StatedKind(NamedTuple):
    """A kind the filing states for a party; ``signed`` when a hand signature states it, which
    outweighs a legal form in its name and its cover's type codes."""

    kind: PartyKind
    signed: bool = False


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


@lru_cache(maxsize=NAME_CACHE_SIZE)
def legal_stem(name: str) -> Optional[str]:
    """The :func:`~graphkit.parsers.partybook_names.squeeze` key of ``name`` without the legal
    forms ending it (:data:`STATED_LEGAL_FORM`), or None when no legal form ends it.

    >>> legal_stem("Jane Roe, Inc."), legal_stem("JANE ROE & CO."), legal_stem("Roe & Co., Inc.")
    ('janeroe', 'janeroe', 'roe')
    >>> legal_stem("Acme Holding Co."), legal_stem("Lucio L. Co"), legal_stem("Robert A.G. Monks")
    ('acmeholding', None, None)
    """
    stem, found = name, False
    while (m := STATED_LEGAL_FORM.match(stem)) is not None:
        if m["short"] is not None:
            last = _LAST_WORD.search(m["stem"])
            if last is None or last["word"].replace(".", "").lower() not in ORGANIZATION_WORDS:
                break  # "Lucio L. Co", "John Sa": a surname, not a legal form
        stem, found = m["stem"].rstrip(" ,"), True
    return squeeze(stem) if found else None


def spelling_kind(name: str, stated: Optional[PartyKind] = None) -> Optional[PartyKind]:
    """The kind of a spelling the filing states: an organization's for a name that ends in a
    legal form (:func:`legal_stem`; it outweighs a cover's type code), else ``stated`` (by the
    caller), else None.

    >>> spelling_kind("Jane Roe LLC", PartyKind.PERSON).value, spelling_kind("Jane Roe") is None
    ('organization', True)
    >>> spelling_kind("Celtic Intermediate") is None, spelling_kind("Lucio L. Co") is None
    (True, True)
    """
    return PartyKind.ORGANIZATION if legal_stem(name) is not None else stated


def party_kind(party: Party, stated: Mapping[str, StatedKind]) -> Optional[PartyKind]:
    """The kind the filing states for ``party``: the kind a hand signature states
    (``stated``, by party id), else an organization's when its name ends in a legal form,
    else the kind stated when it was named or by its cover's type codes; None when nothing
    states one.

    >>> party_kind(new_party("p1", "Acme Fund, L.P.", PartyKind.ORGANIZATION), {}).value
    'organization'
    >>> fund = new_party("p2", "Acme Fund, L.P.", PartyKind.PERSON); fund.type_codes.append("IN")
    >>> party_kind(fund, {}).value  # a copied cover's code: the legal form wins
    'organization'
    >>> party_kind(fund, {"p2": StatedKind(PartyKind.PERSON, signed=True)}).value
    'person'
    """
    said = stated.get(party.id)
    if said is not None and said.signed:
        return said.kind
    if legal_stem(party.name) is not None:
        return PartyKind.ORGANIZATION
    if said is not None:
        return said.kind
    return kind_from_type_codes(party.type_codes) if party.type_codes else None


def kinds_clash(name: str, kind: Optional[PartyKind], party: Party,
                stated: Mapping[str, StatedKind]) -> bool:
    """True when the spelling ``name`` (of the ``kind`` the filing states for it, or None)
    cannot name ``party``: one is a person's name the filing states (:func:`spelling_kind`,
    :func:`party_kind`) and the other the same name with a legal form. "Jane Roe" signing by
    hand is not "Jane Roe LLC"; "Jane Roe, Inc." is not the reporting person "Jane Roe" (type
    code "IN"). Names alike in another way ("Jane Q. Roe") never clash.

    >>> llc = new_party("p1", "Jane Roe LLC", PartyKind.ORGANIZATION)
    >>> kinds_clash("Jane Roe", PartyKind.PERSON, llc, {}), kinds_clash("Jane Roe", None, llc, {})
    (True, False)
    >>> kinds_clash("Jane Q. Roe", PartyKind.PERSON, llc, {})
    False
    """
    stem = legal_stem(name)
    if stem is None:  # "Jane Roe": a person's name, stated, against "Jane Roe LLC"
        if kind is not PartyKind.PERSON:
            return False
        key = squeeze(name)
        if not any(legal_stem(n) == key for n in party.all_names()):
            return False
        said = stated.get(party.id)
        return not (said is not None and said.signed and said.kind is PartyKind.PERSON)
    # "Jane Roe LLC" against "Jane Roe", stated a person
    if not any(squeeze(n) == stem for n in party.all_names()):
        return False
    return party_kind(party, stated) is PartyKind.PERSON
