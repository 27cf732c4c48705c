"""Forms 3/4/5 first seen after the parsers were written (tests/fixtures/filings/).

Each test asserts what the filing itself prints: an entity named as the nature of ownership holds the line's shares of record, footnotes on the
D/I mark belong to the line, attorney-in-fact signatures, owner name spellings and fractional
amounts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.ownership_holdings import (FRACTIONAL_AMOUNT, HOLDER_WORD, JOINED_HOLDERS,
                                                 NATURE_LEAD, NATURE_MARK, POSSESSIVE, ROMAN,
                                                 named_holder)
from graphkit.parsers.ownership_owners import (ATTORNEY_SIGNATURE, BARE_INITIAL, natural_order,
                                               owner_spellings, read_signature)
from graphkit.parsers.ownership_text import SHARE_AMOUNT
from graphkit.models import PartyKind

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


def _record(name):
    return parse_path(FILINGS / name).records[0]


def _claims(rec, relation=None):
    return [(rec.party(c.source).name, c.relation.value, rec.party(c.target).name, c.shares,
             c.direct) for c in rec.claims if relation is None or c.relation.value == relation]


# -- C: an entity named as the nature of ownership ---------------------------------------------

def test_entity_nature_holds_the_line_of_record():
    rec = _record("schaufeld_telos_2023_form4.xml")
    holdings = _claims(rec, "beneficial_owner_of")
    assert ("Schaufeld Fredrick", "beneficial_owner_of", "TELOS CORP", 181498, False) in holdings
    assert ("River Farm Investments, LLC", "beneficial_owner_of", "TELOS CORP", 181498,
            True) in holdings
    assert ("FDS New River Farm 2017 Irrevocable Trust", "beneficial_owner_of", "TELOS CORP",
            250000, True) in holdings
    assert ("Schaufeld Fredrick", "beneficial_owner_of", "TELOS CORP", 91297, True) in holdings
    trust = next(p for p in rec.parties if p.name == "FDS New River Farm 2017 Irrevocable Trust")
    assert trust.kind is PartyKind.ORGANIZATION and [r.value for r in trust.roles] == ["named"]


def test_entity_nature_dutch_llc():
    rec = _record("boersma_dutchbros_2025_form4.xml")
    holdings = _claims(rec, "beneficial_owner_of")
    assert ("DM Trust Aggregator, LLC", "beneficial_owner_of", "Dutch Bros Inc.", 3674455,
            True) in holdings
    assert ("Boersma Travis", "beneficial_owner_of", "Dutch Bros Inc.", 3674455,
            False) in holdings
    assert ("DM Individual Aggregator, LLC", "beneficial_owner_of", "Dutch Bros Inc.", 2310834,
            True) in holdings


def test_kinds_of_holder_make_no_party():
    rec = _record("mcguirk_isabella_2024_form4.txt")  # "Held by minor child", "Held by LLC"
    assert [p.name for p in rec.parties] == ["ISABELLA BANK Corp", "McGuirk Richard L"]
    rec = _record("ahmed_lam_2025_form4a.txt")  # "by trust"
    assert [p.name for p in rec.parties] == ["LAM RESEARCH CORP", "Ahmed Sohail U"]


def test_nature_naming_a_reporting_owner_is_its_direct_holding():
    rec = _record("farnam_prodex_2025_form4.txt")
    assert _claims(rec, "beneficial_owner_of")[-2:] == [
        ("CABILLOT RAYMOND E", "beneficial_owner_of", "PRO DEX INC", 333210, False),
        ("FARNAM STREET PARTNERS LP /MN", "beneficial_owner_of", "PRO DEX INC", 333210, True)]
    assert len(rec.parties) == 3  # no third party for "Farnam Street Partners, L.P."


@pytest.mark.parametrize("nature, name", [
    ("By DM Trust Aggregator, LLC", "DM Trust Aggregator, LLC"),
    ("By FDS New River Farm 2017 Irrevocable Trust", "FDS New River Farm 2017 Irrevocable Trust"),
    ("River Farm Investments, LLC", "River Farm Investments, LLC"),
    ("Held by the Roe Family Foundation (2)", "Roe Family Foundation"),
    ("Through Acme Partners II, L.P.", "Acme Partners II, L.P."),
    ("by spouse", None), ("Held by minor child", None), ("Held by LLC", None),
    ("by trust", None), ("Trust", None), ("By 401(k)", None), ("By LP", None),
    ("Limited Partnership", None), ("See Footnotes", None), ("By Family Trust", None),
    ("By Trust II", None), ("By Spouse's IRA", None), ("By trust for children", None),
    ("By Acme Fund, L.P. and Beta Fund, L.P.", None), ("By Revocable Living Trust", None),
])
def test_named_holder(nature, name):
    assert named_holder(nature) == name


def test_nature_patterns():
    assert NATURE_LEAD.match("Held of record by the Acme Trust").group(0) == \
        "Held of record by the "
    assert NATURE_LEAD.match("Through Acme LLC") and not NATURE_LEAD.match("Bystander LLC")
    assert NATURE_MARK.search("By Acme Trust (1)").group(0) == " (1)"
    assert NATURE_MARK.search("By Acme Trust*") and not NATURE_MARK.search("By Acme Trust")
    assert HOLDER_WORD.findall("Acme Co-Invest, L.P. 2017") == ["Acme", "Co-Invest", "L.P.",
                                                                "2017"]
    assert POSSESSIVE.search("Spouse's Trust") and POSSESSIVE.search("person’s IRA")
    assert not POSSESSIVE.search("Acme Holdings LLC")
    assert len(JOINED_HOLDERS.split("Acme LLC and Beta LLC; Gamma LP")) == 3
    assert ROMAN.match("XIV") and not ROMAN.match("Xeno")


# -- F: footnotes on the D/I mark --------------------------------------------------------------

def test_footnote_on_direct_or_indirect_mark_is_in_the_note():
    rec = _record("ahmed_lam_2025_form4a.txt")
    indirect = next(c for c in rec.claims if c.direct is False)
    assert indirect.shares == 30630
    assert indirect.note.startswith("by trust - F1: On November 04, 2024, the reporting person "
                                    "transferred 3,690 shares of LRCX common stock to the "
                                    "Sohail Family Trust")


# -- B: signatures by an attorney-in-fact ------------------------------------------------------

@pytest.mark.parametrize("name, signer, behalf", [
    ("farnam_prodex_2025_form4.txt", "Alisha Charlton", ["Raymond E. Cabillot",
                                                         "Farnam Street Partners, L.P."]),
    ("boersma_dutchbros_2025_form4.xml", "Thomas P. Conaghan", ["Travis Boersma"]),
    ("ahmed_lam_2025_form4a.txt", "Marta Woods", ["Ahmed Sohail U"]),
    ("mcguirk_isabella_2024_form4.txt", "Jennifer L. Gill", ["McGuirk Richard L"]),
    ("garascia_aar_2025_form4.txt", "Katherine Kwiat", ["Garascia Jessica A."]),
    ("sze_turtlebeach_2023_form4.xml", "John T. Hanson", ["Julia Sze"]),
    ("hegde_sunpower_2022_form3.xml", "Lauren Walz", ["Vinayak Hegde"]),
])
def test_attorney_in_fact_signatures(name, signer, behalf):
    rec = _record(name)
    assert {s.signer for s in rec.signatures} == {signer}
    assert {s.title for s in rec.signatures} == {"Attorney-in-Fact"}
    assert [n for s in rec.signatures for n in s.on_behalf_of] == behalf


def test_attorney_signature_pattern():
    m = ATTORNEY_SIGNATURE.match("/s/ Jane Roe as attorney-in-fact for Acme Partners, L.P.")
    assert (m["signer"], m["principal"]) == ("Jane Roe", "Acme Partners, L.P.")
    m = ATTORNEY_SIGNATURE.match("John Q. Doe (Attorney in Fact) on behalf of Acme LLC")
    assert (m["signer"], m["principal"]) == ("John Q. Doe", "Acme LLC")
    m = ATTORNEY_SIGNATURE.match("Jane Roe, pursuant to power of attorney")
    assert (m["signer"], m["principal"]) == ("Jane Roe", None)
    assert ATTORNEY_SIGNATURE.match("Jane Roe, Attorney-in-Fact.")["signer"] == "Jane Roe"
    assert not ATTORNEY_SIGNATURE.match("Jane Roe, Managing Member")
    assert not ATTORNEY_SIGNATURE.match("/s/ Jane Roe")


def test_signature_of_several_owners_names_none_unless_printed():
    s = read_signature("Jane Roe, attorney-in-fact", ["DOE JOHN", "Acme LLC"])
    assert (s.signer, s.on_behalf_of) == ("Jane Roe", [])


# -- J: owner name spellings -------------------------------------------------------------------

def test_owner_aliases_in_natural_order():
    aliases = {p.name: [a.name for a in p.aliases] for p in
               _record("farnam_prodex_2025_form4.txt").parties}
    assert aliases["CABILLOT RAYMOND E"][0] == "RAYMOND E. CABILLOT"
    assert "Raymond E. Cabillot" in aliases["CABILLOT RAYMOND E"]  # printed in the signature
    assert aliases["FARNAM STREET PARTNERS LP /MN"][:2] == ["FARNAM STREET PARTNERS LP",
                                                            "Farnam Street Partners, L.P."]
    assert [a.name for a in _record("boersma_dutchbros_2025_form4.xml").party("p2").aliases] \
        == ["Travis Boersma"]
    assert [a.name for a in _record("mcmahon_snowflake_2022_form5.xml").party("p2").aliases] \
        == ["John Dennis McMahon"]


def test_natural_order():
    assert natural_order("Ahmed Sohail U") == "Sohail U. Ahmed"
    assert natural_order("Garascia Jessica A.") == "Jessica A. Garascia"
    assert natural_order("de la Cruz Maria") == "Maria de la Cruz"
    assert natural_order("J. Roe") is None and natural_order("Roe") is None
    assert owner_spellings("Acme Capital LLC", PartyKind.PERSON) == []
    assert owner_spellings("ACME BANCORP INC /DE/", PartyKind.ORGANIZATION) == [
        "ACME BANCORP INC"]
    assert BARE_INITIAL.match("Q") and not BARE_INITIAL.match("Q.")


# -- G: fractional amounts ---------------------------------------------------------------------

def test_fractional_amounts_are_rounded_with_a_warning():
    rec = _record("mcguirk_isabella_2024_form4.txt")
    assert [c.shares for c in rec.claims if c.shares is not None] == [15712, 2170, 383263]
    warns = [w for w in rec.warnings if w.code == "fractional-shares"]
    assert len(warns) == 1 and warns[0].line == 135
    assert "15711.8844" in warns[0].message and "3 amount(s)" in warns[0].message
    assert not [w for w in _record("sze_turtlebeach_2023_form4.xml").warnings
                if w.code == "fractional-shares"]


def test_fraction_patterns():
    assert FRACTIONAL_AMOUNT.search("15711.8844") and FRACTIONAL_AMOUNT.search("1,000.5")
    assert not FRACTIONAL_AMOUNT.search("100.00") and not FRACTIONAL_AMOUNT.search("1,500")
    assert SHARE_AMOUNT.match("2,170.3157") and SHARE_AMOUNT.match("1500")
    assert not SHARE_AMOUNT.match("12,00") and not SHARE_AMOUNT.match("$5")
