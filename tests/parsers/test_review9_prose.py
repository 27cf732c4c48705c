"""Review of the prose9 readings (RELATIONSHIP_DEEMED_OWNER, SHARES_WITH_CO_TRUSTEES,
filer_by_leading_words): the defects found with made-up inputs, fixed narrowly.

A deemed holder list opens its clause and holds no sentence adverb or security word; a deemed
holding is read as control only when the sentence says the held party owns the securities
("which D owns", "held by D") and the held party is no relative or issuer; a co-trustee holder
is the subject of the very clause that shares a power; an opening phrase never ends before a
legal form ("Acme Trust Company, N.A."); a CONTROLLING_INTEREST holder is never split at
"and"; an amendment's short name goes to a filer only after the filing's own defined terms,
and never when it is a generic word ("the Fund", "the Trust").
"""

from __future__ import annotations

import pytest

from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_lists import trim_name
from graphkit.parsers.prose_clause_patterns import (
    HELD_PARTY_OWNS, RELATIONSHIP_DEEMED_OWNER, SHARES_WITH_CO_TRUSTEES, held_party_owns)
from graphkit.parsers.xml_prose import filer_by_leading_words
from graphkit.parsers.xmldoc import add_party
from graphkit.source import SourceText
from tests.holdout import holdout_record, relation_pairs


def _found(text: str, pattern: str) -> set[tuple[str, str, str]]:
    return {(f.holder, f.relation.value, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))
            if f.pattern == pattern}


# --- the real filings keep their readings -----------------------------------------------------

def test_icahn_am85_still_read():
    # l.227: "each of Little Meadow and Mr. Icahn (by virtue of their relationships to High
    # Coast) may be deemed to indirectly beneficially own the Depositary Units which High Coast
    # owns" ("High Coast" looks like a person's name: it is read all the same)
    rec = holdout_record("icahn_iep_2026_schedule13da_am85.xml")
    pairs = relation_pairs(rec, "control_person_of")
    assert ("Little Meadow Corp.", "High Coast Limited Partnership") in pairs
    assert ("Carl C. Icahn", "Gascon Partners") in pairs
    assert len(pairs) == 11 and len(rec.parties) == 10


def test_neubauer_still_read():
    # l.287-289: "Mr. Neubauer shares voting and investment powers  as to 72,780 shares / with
    # two co-trustees of The Neubauer Family Foundation."
    # (and the co-trustees the next sentence names: test_leftovers10_prose)
    rec = holdout_record("1994_SC_13DA_757523.txt")
    assert ("Joseph Neubauer", "Neubauer Family Foundation") in relation_pairs(rec, "trustee_of")


# --- RELATIONSHIP_DEEMED_OWNER ------------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Accordingly, Acme GP LLC and Mr. Roe, by virtue of their relationships to Acme Fund LP, may "
     "be deemed to beneficially own the Shares which Acme Fund LP owns.",
     {("Acme GP LLC", "control_person_of", "Acme Fund LP"),
      ("Mr. Roe", "control_person_of", "Acme Fund LP")}),
    ("For purposes of Rule 13d-3, Acme GP LLC, by virtue of its relationship to Acme Fund LP, may "
     "be deemed to beneficially own the Shares held by Acme Fund LP.",
     {("Acme GP LLC", "control_person_of", "Acme Fund LP")}),
    ("Acme Fund LP directly owns 100 Shares and Acme GP LLC and John Roe (by virtue of their "
     "relationships to Acme Fund LP) may be deemed to beneficially own the Shares which Acme "
     "Fund LP owns.", {("Acme GP LLC", "control_person_of", "Acme Fund LP"),
                       ("John Roe", "control_person_of", "Acme Fund LP")}),
    ("Acme Fund LP owns 100 shares of Common Stock, and Acme GP and Mr. Roe, by virtue of their "
     "relationships to Acme Fund LP, may be deemed to beneficially own the shares held by Acme "
     "Fund LP.", {("Acme GP", "control_person_of", "Acme Fund LP"),
                  ("Mr. Roe", "control_person_of", "Acme Fund LP")}),
    # no owner stated, a relative, the issuer, the roles reversed: nothing
    ("Acme GP LLC and Mr. Roe, by virtue of their relationships to Acme Fund LP, may be deemed "
     "to beneficially own the Shares.", set()),
    ("Mrs. Roe, by virtue of her relationship to John Roe, may be deemed to beneficially own the "
     "Shares held by John Roe.", set()),
    ("Mrs. Roe, by virtue of her relationship to Mr. Doe, may be deemed to beneficially own the "
     "Shares held by Mr. Doe.", set()),
    ("Mrs. Roe, by virtue of her relationship with the Company, may be deemed to beneficially "
     "own the shares held by the Company's profit sharing plan.", set()),
    ("Acme Fund LP, by virtue of its relationship to Acme GP LLC, may be deemed to beneficially "
     "own the Shares which Acme Fund LP owns.", set()),
])
def test_relationship_deemed_owner_cases(text, found):
    assert _found(text, "relationship_deemed_owner") == found


@pytest.mark.parametrize("text, holder", [
    ("Accordingly, Acme GP and Mr. Roe, by virtue of their relationships to Acme Fund, may be "
     "deemed to own", "Acme GP and Mr. Roe"),
    ("Therefore, Acme GP, by virtue of its relationship to Acme Fund, may be deemed to own",
     "Acme GP"),
    ("Acme Fund owns 100 Shares and Acme GP (by virtue of its relationship to Acme Fund) may be "
     "deemed to own", "Acme GP"),
])
def test_relationship_deemed_owner_holder_list(text, holder):
    assert RELATIONSHIP_DEEMED_OWNER.search(text)["holder"] == holder


@pytest.mark.parametrize("rest, owner", [
    (" the Shares which Acme Fund directly beneficially owns.", "Acme Fund"),
    (" the Units that High Coast owns", "High Coast"),
    (" the Shares held of record by Acme Fund LP.", "Acme Fund LP"),
    (" the Shares owned by the Acme Trust", "Acme Trust"),
])
def test_held_party_owns_pattern(rest, owner):
    m = HELD_PARTY_OWNS.search(rest)
    assert trim_name(m["owner"] or m["owner2"]) == owner


@pytest.mark.parametrize("rest", [" the Shares.", " the Shares for all other purposes.",
                                  " the shares held by the Company's plan.",
                                  " the Shares which it may acquire."])
def test_held_party_owns_pattern_negative(rest):
    assert not held_party_owns(rest, "Acme Fund", "Acme GP")


# --- SHARES_WITH_CO_TRUSTEES ---------------------------------------------------------------------

@pytest.mark.parametrize("text, holder, held", [
    ("Acme Trust Company, N.A. shares voting power with two co-trustees of the Roe Trust.",
     "Acme Trust Company, N.A.", "Roe Trust"),
    ("Roe Partners, L.P. has shared voting power with the co-trustees of the Doe Trust.",
     "Roe Partners, L.P.", "Doe Trust"),
    ("Mr. Roe, Jr. shares voting power with two co-trustees of the Roe Trust.",
     "Mr. Roe, Jr.", "Roe Trust"),
    ("As of the date hereof, Mr. Roe shares the power to vote 500 shares with the other "
     "co-trustee of the Roe Trust.", "Mr. Roe", "Roe Trust"),
])
def test_shares_with_co_trustees_cases(text, holder, held):
    assert _found(text, "shares_with_co_trustees") == {(holder, "trustee_of", held)}


@pytest.mark.parametrize("text", [
    "Acme Bank has entered into a voting agreement with the co-trustees of the Roe Trust.",
    "Mr. Roe has no agreement or understanding with the co-trustees of the Roe Trust.",
    "Jane Roe has sole voting power over 1,000 shares and John Roe shares voting power over 500 "
    "shares with the co-trustees of the Roe Family Trust.",
    "Mr. Roe has no voting power, and his wife shares voting power with the other co-trustee of "
    "the Roe Trust.",
    "Mr. Roe shares voting power over 100 shares and his wife shares voting power with the other "
    "co-trustee of the Roe Trust.",
    "He shares voting and dispositive power with the other co-trustee of the Roe Trust.",
    "It shares voting power with the other co-trustee of the Roe Trust.",
])
def test_shares_with_co_trustees_negative(text):
    assert SHARES_WITH_CO_TRUSTEES.search(text) is None


# --- CONTROLLING_INTEREST: one holder -----------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Smith and Jones Partners owns a controlling interest in Acme Corp.",
     {("Smith and Jones Partners", "shareholder_of", "Acme Corp.")}),
    ("Roe and Doe Partners holds a majority interest in Acme Holdings LLC.",
     {("Roe and Doe Partners", "shareholder_of", "Acme Holdings LLC")}),
    ("Mr. Roe owns a controlling interest in AGP and AHGP.",
     {("Mr. Roe", "shareholder_of", "AGP"), ("Mr. Roe", "shareholder_of", "AHGP")}),
])
def test_controlling_interest_one_holder(text, found):
    assert _found(text, "controlling_interest") == found


# --- filer_by_leading_words ------------------------------------------------------------------------

@pytest.mark.parametrize("name, filer", [
    ("Fund", "Fund 1 Investments LLC"), ("Trust", "Trust Company of the West"),
    ("Capital", "Capital Research Global Investors"), ("Partners", "Partners Group AG"),
])
def test_filer_by_leading_words_generic(name, filer):
    book = PartyBook()
    filers = [add_party(book, filer, roles=["reporting_person"]),
              add_party(book, "Jane Q. Roe", roles=["reporting_person"])]
    assert filer_by_leading_words(name, filers, book) is None


def test_filer_by_leading_words_distinctive():
    book = PartyBook()
    filers = [add_party(book, "Gamma Coast Partners", roles=["reporting_person"])]
    assert filer_by_leading_words("Gamma Coast", filers, book) is filers[0]
    assert filer_by_leading_words("Gamma", filers, book) is filers[0]


@pytest.mark.parametrize("item, holder, relation, held", [
    # the filing's own short name wins over a filer whose name opens with it
    ('Acme is the investment manager of Beta Fund LP. Acme Capital Management LLC ("Acme") is '
     "a Delaware limited liability company.", "Acme Capital Management LLC",
     "investment_manager_of", "Beta Fund LP"),
    ('Acme is the general partner of Acme Partners LP. Mrs. Roe is the managing member of Acme '
     'Management LLC ("Acme").', "Acme Management LLC", "general_partner_of", "Acme Partners LP"),
    # no term defined: the one filer opening with the short name
    ("Acme is the general partner of Beta Fund LP.", "Acme Partners LP", "general_partner_of",
     "Beta Fund LP"),
])
def test_short_name_terms_before_filers(item, holder, relation, held):
    from graphkit.parsers.xml_prose import add_prose_claims
    book = PartyBook()
    filers = [add_party(book, "Acme Partners LP", roles=["reporting_person"]),
              add_party(book, "Jane Q. Roe", roles=["reporting_person"])]
    claims: list = []
    add_prose_claims([SourceText(path="x.xml", text=item)], book, claims, None, filers=filers)
    names = {p.id: p.name for p in book.parties}
    assert (holder, held) in {(names[c.source], names[c.target]) for c in claims
                              if c.relation.value == relation}
