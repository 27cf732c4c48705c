"""Names typed in capitals, as most EDGAR filers print them (session 46, cp46).

Real filings: the 2011 SC 13G/A of BlackRock, Inc. on Chindex International
(``fixtures/filings/2011_SC_13GA_1364742.txt``) with its cover's name typed in capitals, as most
EDGAR filers print it (``fixtures/filings/cp46/2011_SC_13GA_1364742_caps_name.txt``, line 148
only): the power of attorney's term ("The undersigned, BLACKROCK, INC., a corporation ... (the
"Company")") was read first and kept without its final dot, "BLACKROCK, INC".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose_lists import trim_name

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


def _read(*parts: str) -> tuple:
    """The one record of the fixture ``parts`` and its claims by the parties' names, each
    with its numbers."""
    [rec] = parse_path(FIXTURES.joinpath(*parts)).records
    names = {p.id: p.name for p in rec.parties}
    return rec, {(names[c.source], c.relation.value, names[c.target], c.shares, c.percent,
                  c.sole_voting, c.shared_voting, c.sole_dispositive, c.shared_dispositive)
                 for c in rec.claims}


@pytest.mark.parametrize("name, trimmed", [
    ("ACME HOLDINGS, INC.", "ACME HOLDINGS, INC."),
    ("ACME HOLDINGS CORP.", "ACME HOLDINGS CORP."),
    ("ACME PARTNERS LTD.", "ACME PARTNERS LTD."),
    ("ROE & CO.", "ROE & CO."),
    ("JOHN A. ROE, JR.", "JOHN A. ROE, JR."),
    ("Acme Holdings, Inc.", "Acme Holdings, Inc."),
    ("ACFCO.", "ACFCO"),          # a sentence's stop after a word ending in "CO"
    ("ACME FUND.", "ACME FUND"),
    ("Each ACFCV.", "ACFCV"),
])
def test_trim_name_keeps_the_dot_of_an_abbreviation_in_capitals(name, trimmed):
    assert trim_name(name) == trimmed


def test_cover_name_in_capitals_keeps_its_final_dot():
    rec, claims = _read("cp46", "2011_SC_13GA_1364742_caps_name.txt")
    reporting = [p.name for p in rec.parties if "reporting_person" in {r.value for r in p.roles}]
    assert reporting == ["BLACKROCK, INC."]  # before: "BLACKROCK, INC"
    assert ("BLACKROCK, INC.", "beneficial_owner_of", "CHINDEX INTERNATIONAL INC", 784680, 5.25,
            784680, 0, 784680, 0) in claims
    assert ("BLACKROCK, INC.", "parent_of", "BlackRock Fund Advisors", None, None, None, None,
            None, None) in claims


def test_joint_cover_name_in_capitals_names_two_parties():
    # the 1999 SC 13G of Eurocredit Investments, Ltd. and Richard C.W. Mauran on SoftNet
    # Systems (fixtures/filings/holdout/1999_SC_13G_97196.txt), its one cover's name typed in
    # capitals: before, one party "EUROCREDIT INVESTMENTS, LTD. AND RICHARD C.W. MAURAN"
    rec, claims = _read("cp46", "1999_SC_13G_97196_caps_joint_name.txt")
    kinds = {p.name: p.kind.value for p in rec.parties
             if "reporting_person" in {r.value for r in p.roles}}
    assert kinds == {"EUROCREDIT INVESTMENTS, LTD.": "organization",
                     "RICHARD C.W. MAURAN": "person"}
    held = {c for c in claims if c[1] == "beneficial_owner_of"}
    assert held == {(n, "beneficial_owner_of", "SoftNet Systems, Inc.", 709128, 8.2, 709128, None,
                     709128, None) for n in kinds}


def test_trustee_cover_name_in_capitals_names_the_foundation():
    # the made-up covers15/rv17_m02_own_foundation_inc.txt, its second cover's name typed in
    # capitals: before, the foundation's 700,000 shares were lost ("trust-not-named")
    rec, claims = _read("cp46", "rv17_m02_own_foundation_inc_caps.txt")
    held = {c for c in claims if c[1] == "beneficial_owner_of"}
    assert ("ROE FAMILY FOUNDATION, INC.", "beneficial_owner_of", "Granite Harbor Bancorp",
            700000, 6.2, 0, 700000, 0, 700000) in held
    assert ("Jane Q. Roe", "trustee_of", "ROE FAMILY FOUNDATION, INC.", None, None, None, None,
            None, None) in claims


def test_two_trusts_in_capitals_name_no_one_trust():
    # rev17/t10_II_and_III.txt typed in capitals: "ROE FAMILY TRUST II AND THE ROE FAMILY
    # TRUST III" is no one trust's name; its cover stays unread, with the warning, as in
    # mixed case
    rec, _ = _read("cp46", "t10_II_and_III_caps.txt")
    assert not [p.name for p in rec.parties if "TRUST" in p.name]
    assert "trust-not-named" in {w.code for w in rec.warnings}


def test_person_in_capitals_with_jr_is_a_person():
    # the 1998 SC 13G of Franklin Resources, Inc. on Humana (corpus 13g/franklin_humana_1998_
    # sc13g.txt), one cover's "Rupert H. Johnson, Jr." typed in capitals: before, read as an
    # organization, and the three Templeton subsidiaries' parent_of links were lost with it
    rec, claims = _read("cp46", "franklin_humana_1998_sc13g_caps_person.txt")
    kinds = {p.name: p.kind.value for p in rec.parties}
    assert kinds["RUPERT H. JOHNSON, JR."] == "person"
    assert ("RUPERT H. JOHNSON, JR.", "beneficial_owner_of", "Humana Inc.", 10287268) in \
        {c[:4] for c in claims}
    parents = {c[2] for c in claims if c[:2] == ("Franklin Resources, Inc.", "parent_of")}
    assert parents == {"Templeton Global Advisors Limited",
                       "Templeton Investment Management Limited", "Templeton Management Limited"}


def test_estate_in_capitals_is_an_organization():
    # covers15/rv17_m03_own_estate_jr.txt typed in capitals: "ESTATE OF JOHN A. ROE, JR." is
    # the estate, an organization (never a person for its "JR." nor its words in capitals)
    rec, claims = _read("cp46", "rv17_m03_own_estate_jr_caps.txt")
    kinds = {p.name: p.kind.value for p in rec.parties}
    assert kinds["ESTATE OF JOHN A. ROE, JR."] == "organization"
    assert ("ESTATE OF JOHN A. ROE, JR.", "beneficial_owner_of", "Granite Harbor Bancorp",
            700000, 6.2) in {c[:5] for c in claims}


def test_signer_in_capitals_keeps_jr_in_the_name():
    # the 2024 SC 13G/A of the Harraden Circle funds on JVSPAC Acquisition (corpus 13g/
    # harraden_jvspac_2024_sc13ga.txt), Frederick V. Fortmiller, Jr.'s own "/s/" line typed in
    # capitals: before, a second signer "FREDERICK V. FORTMILLER" with the title "JR."
    rec, _ = _read("cp46", "harraden_jvspac_2024_sc13ga_caps_signer.txt")
    assert [p.name for p in rec.parties if "ORTMILLER" in p.name.upper()] == \
        ["Frederick V. Fortmiller, Jr."]
    assert ("FREDERICK V. FORTMILLER, JR.", None) in {(s.signer, s.title)
                                                       for s in rec.signatures}
    assert "JR." not in {s.title for s in rec.signatures}


def test_trustee_in_capitals_with_jr_is_the_son():
    # the 1994 SC 13D of the Fitzgerald family on Suburban Bancorp (corpus 13d/fitzgerald_
    # suburban_1994_sc13d.txt), note (1)'s "of which Gerald F. Fitzgerald, Jr. is trustee"
    # typed in capitals: before, his father Gerald F. Fitzgerald was made trustee of both trusts
    _, claims = _read("cp46", "fitzgerald_suburban_1994_sc13d_caps_trustee.txt")
    trustees = {(c[0], c[2]) for c in claims if c[1] == "trustee_of" and "Gerald" in c[0]}
    assert trustees == {("Gerald F. Fitzgerald, Jr.", "Celine McMahon Fitzgerald Trust"),
                        ("Gerald F. Fitzgerald, Jr.", "Marguerite G. Schauer Trust")}
