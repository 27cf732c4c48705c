"""Signature blocks of real Schedule 13D/13G filings in layouts first met on unseen filings
(tests/fixtures/filings/): titles under the printed name, "Name/Title" fields, typed
signatures without "/s/", stacked and side-by-side blocks, and the date of the block."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graphkit.parse import parse_path

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


def _record(name: str):
    report = parse_path(FILINGS / name)
    assert report.records, report.reason
    return report.records[0]


def _sigs(name: str):
    return [(s.signer, s.title, s.on_behalf_of) for s in _record(name).signatures]


def _claims(name: str):
    rec = _record(name)
    names = {p.id: p.name for p in rec.parties}
    return {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}


@pytest.mark.parametrize("name, signatures", [
    # "Signature: /s/ ..." / "Name/Title: name, title" / the company under the value column
    ("1994_SC_13G_732812.txt", [
        ("Philip de Toledo", "Vice President and Treasurer", ["The Capital Group, Inc."]),
        ("Paul G. Haaga, Jr.", "Senior Vice President",
         ["Capital Research and Management Company"])]),
    # stacked "/s/ NAME" / rule / "NAME" blocks: each individual signs for no one above him
    ("1996_SC_13G_942826.txt", [
        ("ANDREW M. BOAS", "General Partner", ["CARL MARKS MANAGEMENT COMPANY, L.P."]),
        ("ANDREW M. BOAS", None, []), ("ROBERT C. RUOCCO", None, []),
        ("MARTIN J. WHITMAN", None, [])]),
    # typed names over rules, no "/s/"
    ("1997_SC_13DA_1026797.txt", [("Michael T. Kanarellis", None, []),
                                  ("Robert J. Kecseg", None, [])]),
    # "Date:  February 14, 1997        /s/ Yvan Dupuy"
    ("1997_SC_13D_1019830.txt", [("Yvan Dupuy", None, [])]),
    # "Herb D. Vest/Chairman & CEO" over a "Name/Title" caption
    ("1997_SC_13GA_900640.txt", [("Herb D. Vest", "Chairman & CEO", [])]),
    # no SIGNATURE heading, no "/s/": a typed name and title after the certification
    ("1995_SC_13GA_866817.txt", [("KATHLEEN H. TRIPP", "VICE PRESIDENT",
                                  ["J. P. MORGAN & CO., INCORPORATED"])]),  # the only filer
    # the party's name wrapped onto a second line
    ("1999_SC_13G_858461.txt", [("Judith A. Murphy", "Authorized Signatory",
                                 ["PRESIDENT AND FELLOWS OF HARVARD COLLEGE"])]),
    # "Signature:     *David I. Fisher", then the attorney-in-fact typed under "*By"
    ("2000_SC_13G_949308.txt", [
        ("David I. Fisher", "Chairman", ["Capital Group International, Inc."]),
        ("Michael J. Downer", "Attorney-in-fact", [])]),
    # "/s/ J. Ellwood Towle <HR> J. Ellwood Towle" in one HTML cell
    ("2003_SC_13D_1224014.txt", [("J. Ellwood Towle", "President", ["Towle & Co."])]),
    # the title under the printed name, no "Title:" label; the printed name's spelling
    ("2003_SC_13G_874691.txt", [
        ("Stephen E. Cavan", "Senior Vice President, Secretary and General Counsel",
         ["Massachusetts Financial Services Company"])]),
    # "Jeffrey L. Gendell, individually, and as" / "managing member of ...": no title
    ("2004_SC_13DA_948904.txt", [("JEFFREY L. GENDELL", None, [])]),
    # two blocks side by side
    ("2004_SC_13GA_80255.txt", [
        ("Joseph A. Carrier", "Treasurer", ["T. ROWE PRICE SMALL-CAP VALUE FUND, INC."]),
        ("Henry H. Hopkins", "Vice President", ["T. ROWE PRICE ASSOCIATES, INC."])]),
    # "By: W. Whitney George, Vice President" typed on one line
    ("2007_SC_13GA_906304.txt", [("W. Whitney George", "Vice President",
                                  ["Royce & Associates, LLC"])]),
    # the block repeated after "APPENDIX A" is not read again, nor the heading as a party
    ("2007_SC_13G_102909.txt", [("Amy B. Cooper", "Assistant Secretary",
                                 ["THE VANGUARD GROUP, INC."])]),
    # "Signature:     Timothy D. Armour^" / "Name/Title:    Timothy D. Armour - Senior ..."
    ("2008_SC_13G_1422848.txt", [
        ("Timothy D. Armour", "Senior Vice President", ["Capital Research Global Investors"]),
        ("James P. Ryan", "Attorney-in-fact", [])]),
    # one HTML cell: "Eldorado Gold Corporation /s/ Dawn Moss Dawn Moss Vice President - ..."
    ("2009_SC_13GA_908177.txt", [
        ("Dawn Moss", "Vice President - Administration & Corporate Secretary",
         ["Eldorado Gold Corporation"])]),
    # "Dated: ..." / "BlackRock, Inc." / "Signature:  Matthew J. Fitzgerald" / "Name/Title  ..."
    ("2011_SC_13GA_1364742.txt", [("Matthew J. Fitzgerald", "Attorney-In-Fact",
                                   ["BlackRock, Inc."])]),
    ("2016_SC_13G_1469372.txt", [("Wendy D. Fox", "Vice President/Chief Compliance Officer",
                                  ["Ariel Investments, LLC"])]),
    ("2020_SC_13D_1299393.txt", [("MAURY FERTIG", "MANAGING MEMBER",
                                  ["Relative Value Partners, LLC"])]),
    # "Title:" three lines under "/s/", after "Date:" and "Name:" (blank lines between)
    ("2021_SC_13GA_1172052.txt", [("Selwyn Notelovitz", "Global Chief Compliance Officer",
                                   ["Dimensional Fund Advisors LP"])]),
])
def test_signatures_of_unseen_layouts(name, signatures):
    assert _sigs(name) == signatures


@pytest.mark.parametrize("name, date", [
    # "March 16, 1994        BANKAMERICA CORPORATION": not the exhibit's "Dated: March 14"
    ("1994_SC_13DA_24058.txt", dt.date(1994, 3, 16)),
    # "July 11, 2005" / "Date", not "at June 30, 2005 is true, complete and correct"
    ("2005_SC_13GA_873044.txt", dt.date(2005, 7, 11)),
    ("1997_SC_13D_1019830.txt", dt.date(1997, 2, 14)),
    # "Date:          February 10, 2000 (For the period ended"
    ("2000_SC_13G_949308.txt", dt.date(2000, 2, 10)),
    # "March 24, 2009 (Date)"
    ("2009_SC_13GA_908177.txt", dt.date(2009, 3, 24)),
    ("2011_SC_13GA_1364742.txt", dt.date(2011, 1, 21)),
])
def test_signature_date_of_the_block(name, date):
    assert _record(name).signature_date == date


def test_sgml_table_tags_are_no_party():
    # 1994_SC_13DA_24058.txt line 325: "<S> <C>" of the attached resolution's table
    rec = _record("1994_SC_13DA_24058.txt")
    assert rec.signatures[0].on_behalf_of == ["BANKAMERICA CORPORATION"]
    assert rec.signatures[0].title == "Executive Vice President and Secretary"
    assert not any("<S>" in w.message for w in rec.warnings)


def test_entity_signing_as_general_partner():
    # "Dimensional Fund Advisors LP  By: Dimensional Holdings Inc., General Partner"
    assert ("general_partner_of", "Dimensional Holdings Inc.", "Dimensional Fund Advisors LP") \
        in _claims("2021_SC_13GA_1172052.txt")


def test_name_slash_title_gives_the_control_relation():
    # "MAURY FERTIG/MANAGING MEMBER" under "Relative Value Partners, LLC"
    assert ("managing_member_of", "MAURY FERTIG", "Relative Value Partners, LLC") \
        in _claims("2020_SC_13D_1299393.txt")


def test_metlife_1994_on_behalf_of_and_wrapped_title():
    # 1994 SC 13D/A No. 23 (rv33), lines 178-189: "METROPOLITAN LIFE INSURANCE COMPANY" / "and
    # on behalf of MetLife Security" / "Insurance Company of Louisiana" / "(formerly known as
    # ...)" ... "John C. Kelsh" / "Vice President and" / "Investment Counsel"
    rec = _record("rv33/1994_SC_13DA_50104.txt")
    assert [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures] == [
        ("John C. Kelsh", "Vice President and Investment Counsel",
         ["METROPOLITAN LIFE INSURANCE COMPANY",
          "MetLife Security Insurance Company of Louisiana"])]
    names = {p.id: p.name for p in rec.parties}
    assert {(c.relation.value, names[c.source], names[c.target], c.title) for c in rec.claims} \
        == {("officer_of", "John C. Kelsh", "Metropolitan Life Insurance Company",
             "Vice President and Investment Counsel")}
