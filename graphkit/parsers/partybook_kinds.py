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
one stands in the party's own name (:func:`legal_stem`: at the end, after a comma or a
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

After parsing, :func:`settle_kinds` gives each party the kind its cover's codes state, in the
same order of strength:

>>> p = Party(id="p1", name="Acme Beta", kind="person", type_codes=["HC", "CO"])
>>> settle_kinds([p]), p.kind.value, p.readings[0].raw
(1, 'organization', 'HC CO')
>>> q = Party(id="p2", name="Jane Roe", kind="person", type_codes=["PN"])
>>> settle_kinds([q], signers=["JANE ROE"]), q.kind.value
(0, 'person')
>>> r = Party(id="p3", name="Acme Capital LP", kind="organization", type_codes=["IN"])
>>> settle_kinds([r]), r.kind.value, r.readings[0].method
(0, 'organization', 'legal-form')
>>> t = Party(id="p4", name="Roe Family Trust", kind="organization", type_codes=["IN"])
>>> settle_kinds([t]), t.kind.value, t.readings[0].method
(0, 'organization', 'entity-word')
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping, NamedTuple, Optional

from collections.abc import Iterable

from graphkit import regex_cache
from graphkit.models import Party, PartyKind, Reading, unchecked
from graphkit.names import NAME_CACHE_SIZE, ORGANIZATION_WORDS
from graphkit.parsers.partybook_names import squeeze
from graphkit.parsers.type_codes import kind_from_type_codes
from resolvers.legal_forms import (MAX_STACKED_FORMS, PERSON_NAME_FORMS, form_family,
                                   match_form_at_end)
from resolvers.normalize import normalize_name

#: The fields a new party is given; the others start empty
_PARTY_GIVEN = frozenset({"id", "name", "kind"})

#: The families of legal forms that name a firm (:data:`resolvers.legal_forms.LEGAL_FORM_TABLE`);
#: a trust is named after its settlor as a rule, and "Jane Roe Trust" is read by its own rules
_FIRM_FAMILIES = frozenset({"partnership", "llc", "corporate", "fund-company", "bank"})

#: A word naming what is never a natural person, though its cover may be typed "IN" (the
#: trustee's code, or a code copied from the next cover): "Roe Family Trust", "Roe Trust dated
#: May 5, 2001", "Estate of John Roe", "Acme Corp. Retirement Plan", "Roe Foundation" (not
#: "Trustee", "Trustman")
NEVER_A_PERSON = regex_cache.compile(r"""
    \b(?:trust|unitrust|foundation|estate|endowment|plan)\b
""", re.VERBOSE | re.IGNORECASE)


def _form_at_end(tokens: list[str]) -> Optional[int]:
    """How many of the normalized ``tokens`` a firm's legal form ending them spans
    (:func:`~resolvers.legal_forms.match_form_at_end`), or None.

    >>> _form_at_end("jane roe l l c".split()), _form_at_end("roe family trust".split())
    (3, None)
    """
    hit = match_form_at_end(tokens)
    return hit[0] if hit is not None and form_family(hit[1]) in _FIRM_FAMILIES else None


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
    """The :func:`name_key` of ``name`` without the legal forms ending it, or None when no legal
    form ends it where it stands.

    The forms are those of :data:`resolvers.legal_forms.LEGAL_FORM_TABLE` (firms' forms, not a
    trust's), at most :data:`~resolvers.legal_forms.MAX_STACKED_FORMS` of them. A form that also
    ends persons' names (:data:`~resolvers.legal_forms.PERSON_NAME_FORMS`: initials, a surname
    "Co" or "Sa") counts only where the name shows it is one: after a comma ("Acme, S.A."), as
    "& Co.", or after a company word ("Acme Holding Co.", not "Lucio L. Co"). Initials inside a
    name ("Robert A.G. Monks") are no legal form: the form ends the name.

    >>> legal_stem("Jane Roe, Inc."), legal_stem("JANE ROE & CO."), legal_stem("Roe & Co., Inc.")
    ('janeroe', 'janeroe', 'roe')
    >>> legal_stem("Acme Holding Co."), legal_stem("Lucio L. Co"), legal_stem("Robert A.G. Monks")
    ('acmeholding', None, None)
    """
    segments = name.split(",")
    found = 0
    while len(segments) > 1 and found < MAX_STACKED_FORMS:  # "Acme, S.A.": after a comma
        tokens = normalize_name(segments[-1]).split()
        if not tokens:  # a trailing comma
            segments.pop()
            continue
        if _form_at_end(["x", *tokens]) != len(tokens):
            break
        segments.pop()
        found += 1
    tokens = normalize_name(",".join(segments)).split()
    while found < MAX_STACKED_FORMS and (size := _form_at_end(tokens)) is not None:
        if " ".join(tokens[-size:]) in PERSON_NAME_FORMS:
            before = tokens[-size - 1]
            if before not in ORGANIZATION_WORDS and not (before == "and" and size == 1):
                break  # "Lucio L. Co", "John Sa": a surname, not a legal form
        del tokens[-size:]
        found += 1
        while len(tokens) > 1 and tokens[-1] == "and":  # "Roe & Co."
            tokens.pop()
    return "".join(tokens) if found else None


@lru_cache(maxsize=NAME_CACHE_SIZE)
def name_key(name: str) -> str:
    """``name`` normalized (:func:`~resolvers.normalize.normalize_name`) without its spaces:
    the key :func:`legal_stem` gives, to compare a name without legal form with it.

    >>> name_key("JANE ROE"), name_key("Roe & Jones")
    ('janeroe', 'roeandjones')
    """
    return "".join(normalize_name(name).split())


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
        key = name_key(name)
        # (every name of the party: the name, then each alias, as in Party.all_names())
        if legal_stem(party.name) != key and not any(legal_stem(a.name) == key
                                                    for a in party.aliases):
            return False
        said = stated.get(party.id)
        return not (said is not None and said.signed and said.kind is PartyKind.PERSON)
    # "Jane Roe LLC" against "Jane Roe", stated a person
    if name_key(party.name) != stem and not any(name_key(a.name) == stem for a in party.aliases):
        return False
    return party_kind(party, stated) is PartyKind.PERSON


def may_clash(name: str, kind: Optional[PartyKind]) -> bool:
    """False when the spelling ``name`` of ``kind`` clashes with no party (:func:`kinds_clash`):
    it ends in no legal form, and the filing does not state it a person's. A look-up then
    skips the test party by party.

    >>> may_clash("Jane Roe", None), may_clash("Jane Roe", PartyKind.PERSON), may_clash("Roe LLC", None)
    (False, True, True)
    """
    return kind is PartyKind.PERSON or legal_stem(name) is not None


def settle_kinds(parties: Iterable[Party], signers: Iterable[str] = ()) -> int:
    """Give each party whose type codes state its kind
    (:func:`~graphkit.parsers.type_codes.kind_from_type_codes`) that kind, with a ``kind``
    reading recording the codes it was taken from. What states a kind more strongly wins (see
    the module docstring): a party named among the ``signers`` (who sign in their own name)
    stays a person, and a party whose name ends in a legal form (:func:`legal_stem`: "Acme
    Capital LP" typed "IN", a code copied from the next cover) stays an organization, with a
    reading of the code set aside; so does a party named a trust, estate, plan or foundation
    (:data:`NEVER_A_PERSON`: "Roe Family Trust" typed "IN", its trustee's code). Returns how
    many parties changed kind."""
    signed = {squeeze(s) for s in signers}
    changed = 0
    for party in parties:
        if not party.type_codes:
            continue
        kind = kind_from_type_codes(party.type_codes)
        if kind is None or kind is party.kind:
            continue
        if party.kind is PartyKind.PERSON and signed & {squeeze(n) for n in party.all_names()}:
            continue
        codes = " ".join(party.type_codes)
        if kind is PartyKind.PERSON and legal_stem(party.name) is not None:
            party.readings.append(Reading(
                field="kind", raw=codes, value=PartyKind.ORGANIZATION.value, method="legal-form",
                note="the cover's type of reporting person says an individual; the legal form "
                     "ending the name says an organization"))
            continue
        if kind is PartyKind.PERSON and NEVER_A_PERSON.search(party.name):
            party.readings.append(Reading(
                field="kind", raw=codes, value=PartyKind.ORGANIZATION.value, method="entity-word",
                note="the cover's type of reporting person says an individual (its trustee's); "
                     "the name says a trust, estate, plan or foundation"))
            continue
        party.kind = kind
        party.readings.append(Reading(field="kind", raw=codes, value=kind.value,
                                      method="type-code",
                                      note="the cover's type of reporting person"))
        changed += 1
    return changed
