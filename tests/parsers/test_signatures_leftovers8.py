"""Signature blocks, leftovers 8: an attorney-in-fact signing in a note for the signers marked
above it ("By /s/ Jane Roe*" ... "*By: /s/ John Doe" / "John Doe, pursuant to a Power of
Attorney"), a statement of a power of attorney under the attorney's name ("Duly authorized under
Power of Attorney dated ..., by and on behalf of Jane Q. Roe 3d"), a capacity line that lists
several titles before its company, a company line under a signature that names no reporting
person (no title is then held in the one reporting organization), and "By:" typed before a
person's name with the title under it."""

from __future__ import annotations

import pytest

from graphkit.models import Evidence, Party, Signature
from graphkit.names import PartyKind
from graphkit.parsers import signature_attorney as att
from graphkit.parsers.signature_capacity import (TITLE_PARTY_GAP, read_capacity,
                                                 split_title_party)
from graphkit.parsers.signature_findings import SignatureSection, sole_filer_findings
from graphkit.parsers.signature_lines import BY_NAME_ROLE, looks_like_person_name
from graphkit.parsers.signature_section import SLASH_S
from graphkit.parsers.signatures import INNER_CELL, read_signatures
from graphkit.source import SourceText
from tests.holdout import fixture_record


def _sigs(rec):
    return [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures]


def _read(text: str):
    return read_signatures(SourceText(path="x.txt", text=text))


# --- 1. an attorney-in-fact signing in a note for the marked signers --------------------------

@pytest.mark.parametrize("name", ["holdout/2015_SC_13G_730263.txt", "2015_SC_13GA_1579471.txt"])
def test_attorney_in_a_note_signs_for_the_marked_signer(name):
    # 2015_SC_13G_730263.txt l.613-630: "By /s/ F. William McNabb III*" / "F. William McNabb
    # III" / "President and Chief Executive Officer" / "*By: /s/ Glenn Booraem" / "Glenn
    # Booraem, pursuant to a Power of Attorney filed September 9, 2013, see File Number ..."
    rec = fixture_record(name)
    assert _sigs(rec) == [
        ("F. William McNabb III", "President and Chief Executive Officer",
         ["The Vanguard Group"]),  # the only filer (session 41)
        ("Glenn Booraem", "Attorney-in-Fact", ["F. William McNabb III"])]
    names = {p.id: p.name for p in rec.parties}
    # the principal keeps his title in the one reporting organization
    assert [(names[c.source], names[c.target], c.title) for c in rec.claims
            if c.relation.value == "officer_of"] == [
        ("F. William McNabb III", "The Vanguard Group", "President, Chief Executive Officer")]


def test_attorney_in_a_note_after_a_conformed_signature():
    # 2005_SC_13G_50957.txt l.363-371: "Signature:     *David I. Fisher" / "Name/Title:
    # David I. Fisher, Chairman" / ... / "*By    /s/ Kenneth R. Gorvetzian" / "Kenneth R.
    # Gorvetzian" / "Attorney-in-fact"
    rec = fixture_record("2005_SC_13G_50957.txt")
    assert _sigs(rec) == [
        ("David I. Fisher", "Chairman", ["Capital Group International, Inc."]),
        ("Kenneth R. Gorvetzian", "Attorney-in-fact", ["David I. Fisher"])]


def test_made_up_note_attorney_for_two_marked_signers():
    sec = _read("SIGNATURE\n\nDated: May 1, 2010\n\nACME CAPITAL, INC.\n\nBy: /s/ Jane Q. Roe*\n"
                "Jane Q. Roe, President\n\n/s/ Jim Poe, Jr.*\nJim Poe, Jr.\n\n"
                "* By: /s/ John Doe\nJohn Doe\nAttorney-in-Fact\n")
    assert [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures] == [
        ("Jane Q. Roe", "President", ["ACME CAPITAL, INC."]),
        ("Jim Poe, Jr.", None, []),
        ("John Doe", "Attorney-in-Fact", ["Jane Q. Roe", "Jim Poe, Jr."])]


def test_made_up_note_with_no_marked_signer_signs_for_no_one():
    sec = _read("SIGNATURE\n\nDated: May 1, 2010\n\n/s/ Jane Q. Roe\nJane Q. Roe\nPresident\n\n"
                "*By: /s/ John Doe\nJohn Doe\nVice President\n")
    assert [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures] == [
        ("Jane Q. Roe", "President", []), ("John Doe", "Vice President", [])]


@pytest.mark.parametrize("line, ok", [
    ("*By: /s/ Glenn Roe", True),
    ("* By: /s/ John Doe", True),
    ("*By    /s/ John Doe", True),
    ("** /s/ John Doe", True),
    ("By /s/ Jane Roe*", False),  # the marked signer, not the attorney
    ("* This power of attorney is incorporated by reference", False),
    ("*Jane Roe", False),
])
def test_note_mark_open_pattern(line, ok):
    assert (att.NOTE_MARK_OPEN.match(line) is not None) is ok


@pytest.mark.parametrize("line, name", [
    ("*By: /s/ Glenn Roe", "Glenn Roe"),
    ("By /s/ Jane Q. Roe III*", "Jane Q. Roe III*"),
    ("* Signed by Jane Roe", None),
])
def test_slash_s_after_a_note_mark(line, name):
    m = SLASH_S.match(line)
    assert (m["name"] if m else None) == name


@pytest.mark.parametrize("line, cells", [
    ("* By: /s/ John Doe", ["* By: /s/ John Doe"]),  # a note mark is no cell of its own
    ("Acme Fund, L.P. By: /s/ John Doe", ["Acme Fund, L.P.", "By: /s/ John Doe"]),
])
def test_inner_cell_not_after_a_note_mark(line, cells):
    out, pos = [], 0
    for m in INNER_CELL.finditer(line):
        out.append(line[pos:m.start()])
        pos = m.end()
    assert out + [line[pos:]] == cells


# --- 2. a statement of a power of attorney under the attorney's name ----------------------------

def test_power_of_attorney_by_and_on_behalf_of_a_person_with_a_suffix():
    # 2008_SC_13G_712034.txt l.240-247: "/s/Eric D. Roiter" / "Signature" / "Eric D. Roiter" /
    # "Duly authorized under Power of Attorney" / "dated December 30, 1997 by and on behalf of
    # FMR Corp." / "(now known as FMR LLC) and its direct and indirect" / "subsidiaries";
    # l.330-336: "Edward C. Johnson 3d" / "By /s/ Eric D. Roiter" / "Eric D. Roiter" / "Duly
    # authorized under Power of Attorney dated" / "December 30, 1997, by and on behalf of
    # Edward C. Johnson" / "3d"
    rec = fixture_record("holdout/2008_SC_13G_712034.txt")
    assert _sigs(rec) == [
        ("Eric D. Roiter", "Attorney-in-Fact", ["FMR LLC"]),
        ("Eric D. Roiter", "Attorney-in-Fact", ["FMR LLC"]),
        ("Eric D. Roiter", "Attorney-in-Fact", ["Edward C. Johnson 3d"]),
        ("Eric D. Roiter", "Senior V.P. and General Counsel",
         ["Fidelity Management & Research Company"]),
        ("Eric D. Roiter", "Secretary", ["Fidelity Value Fund"])]
    # the statement's "dated December 30, 1997" is no date of the signature
    assert str(rec.signature_date) == "2008-02-13"


def test_power_of_attorney_for_each_reporting_person():
    # 2005_SC_13GA_873044.txt l.297-311: "Edward C. Johnson 3d" / "By /s/ Eric D. Roiter" /
    # ... "of Edward C. Johnson 3d" / "Abigail P. Johnson" / "By /s/ Eric D. Roiter" / ...
    # "of Abigail P. Johnson"
    rec = fixture_record("2005_SC_13GA_873044.txt")
    assert _sigs(rec)[2:] == [
        ("Eric D. Roiter", "Attorney-in-Fact", ["Edward C. Johnson 3d"]),
        ("Eric D. Roiter", "Attorney-in-Fact", ["Abigail P. Johnson"])]
    assert str(rec.signature_date) == "2005-07-11"


def test_power_of_attorney_for_a_company_and_its_subsidiaries():
    # 2017_SC_13G_1273801.txt l.221-226: "/s/ Marc R. Bryant" / "Signature" / "Marc R. Bryant"
    # / "Duly authorized under Power of Attorney effective as of September 23," / "2015, by
    # and on behalf of FMR LLC and its direct and indirect subsidiaries*"
    rec = fixture_record("2017_SC_13G_1273801.txt")
    assert _sigs(rec) == [("Marc R. Bryant", "Attorney-in-Fact", ["FMR LLC"])]


def test_made_up_power_of_attorney_under_a_party_and_the_next_block():
    sec = _read("SIGNATURE\n\nDated: May 1, 2010\n\nACME FUND, L.P.\n\nBy /s/ John Doe\nJohn Doe\n"
                "Duly authorized under Power of Attorney dated May 1, 2000,\n"
                "by and on behalf of Acme Fund, L.P. and its affiliates\nACME CAPITAL, INC.\n"
                "By /s/ John Doe\nJohn Doe\nSecretary\n")
    assert [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures] == [
        ("John Doe", "Attorney-in-Fact", ["Acme Fund, L.P."]),
        ("John Doe", "Secretary", ["ACME CAPITAL, INC."])]
    assert sec.date.isoformat() == "2010-05-01"


@pytest.mark.parametrize("text, principal", [
    ("Duly authorized under Power of Attorney dated May 1, 2000, by and on behalf of Jane Q. "
     "Roe 3d", "Jane Q. Roe 3d"),
    ("pursuant to a Power of Attorney filed September 9, 2013, see File Number 005-00000", None),
    ("Signed pursuant to a Power of Attorney dated January 30, 2003", None),
    ("under power of attorney, on behalf of Acme Fund, L.P.", "Acme Fund, L.P."),
    ("by Power of Attorney", None),
])
def test_power_of_attorney_pattern(text, principal):
    m = att.POWER_OF_ATTORNEY.match(text)
    assert m is not None and m["principal"] == principal


@pytest.mark.parametrize("text", [
    "Power of Attorney",  # a caption
    "Attorney-in-Fact",  # a title, read as one
    "Exhibit 24: Power of Attorney",
    "the power of attorney is incorporated herein by reference",
])
def test_power_of_attorney_pattern_negative(text):
    assert att.POWER_OF_ATTORNEY.match(text) is None


@pytest.mark.parametrize("text, names", [
    ("Edward Q. Roe 3d", ["Edward Q. Roe 3d"]),
    ("Jane Roe, Jr.", ["Jane Roe, Jr."]),
    ("Jim Poe III*", ["Jim Poe III"]),
    ("Acme Corp. (now known as Acme LLC) and its direct and indirect subsidiaries", ["Acme LLC"]),
    ("Acme LLC (f/k/a Acme Corp.)", ["Acme LLC"]),
    ("Acme LLC and its direct and indirect subsidiaries*", ["Acme LLC"]),
    ("Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
])
def test_principals_of(text, names):
    assert att.principals_of(text) == names


@pytest.mark.parametrize("text, kept", [
    ("Acme LLC and its subsidiaries", "Acme LLC"),
    ("Acme LLC, and each of its affiliates", "Acme LLC"),
    ("Acme and Beta Holdings LLC", "Acme and Beta Holdings LLC"),  # a name's own "and"
])
def test_affiliates_tail_pattern(text, kept):
    assert att.AFFILIATES_TAIL.sub("", text) == kept


@pytest.mark.parametrize("text, now, name", [
    ("Acme Corp. (now known as Acme LLC)", True, "Acme LLC"),
    ("Acme LLC (formerly known as Acme Corp.)", False, "Acme Corp."),
    ("Acme LLC (n/k/a Acme Holdings LLC)", True, "Acme Holdings LLC"),
])
def test_name_aside_pattern(text, now, name):
    m = att.NAME_ASIDE.search(text)
    assert (bool(m["now"]), m["name"]) == (now, name)


def test_name_aside_pattern_negative():
    assert att.NAME_ASIDE.search("Acme Fund (Offshore), Ltd.") is None


# --- 3. a capacity line with several titles before its company -----------------------------------

def test_made_up_capacity_line_with_a_list_of_titles():
    sec = _read("SIGNATURE\n\nDated: May 1, 2010\n\n/s/ Jane Roe\nJane Roe\n"
                "Vice President, Secretary and Treasurer, Acme Co.\n")
    assert [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures] == [
        ("Jane Roe", "Vice President, Secretary and Treasurer", ["Acme Co."])]


@pytest.mark.parametrize("line, parts", [
    ("Vice President, Secretary and Treasurer, Acme Co.",
     ("Vice President, Secretary and Treasurer", "Acme Co.")),
    ("President, Chief Executive Officer, Acme Holdings, Inc.",
     ("President, Chief Executive Officer", "Acme Holdings, Inc.")),
    ("Senior Vice President, Acme Holdings, Inc.",
     ("Senior Vice President", "Acme Holdings, Inc.")),
    ("Vice President, Acme, Inc.", ("Vice President", "Acme, Inc.")),
    ("Vice President of Acme Advisers, LLC", ("Vice President", "Acme Advisers, LLC")),
    ("Chairman of the Board, Acme Inc.", ("Chairman of the Board", "Acme Inc.")),
    ("Senior Vice President, Secretary and General Counsel", None),  # no company
    ("Member of Acme GP, LLC, its General Partner", None),  # a chain, read apart
    ("Chairman of the Board", None),
])
def test_split_title_party(line, parts):
    assert split_title_party(line) == parts
    cap = read_capacity(line)
    assert ((cap.title, cap.party) if cap else None) == parts


@pytest.mark.parametrize("line, gaps", [
    ("Vice President, Secretary, Acme Co.", [", ", ", "]),
    ("Vice President of Acme LLC", [" of "]),
    ("Officer", []),
    ("Chief Officer Acme", []),  # "of" only as a word
])
def test_title_party_gap_pattern(line, gaps):
    assert [m[0] for m in TITLE_PARTY_GAP.finditer(line)] == gaps


# --- 4. a company line under a signature that names no reporting person -------------------------

_ACME = Party(id="p1", name="Acme Holdings Inc.", kind=PartyKind.ORGANIZATION)


def _sole(text: str, lookup=lambda name: None):
    return [(f.relation.value, f.holder, f.held)
            for f in sole_filer_findings(_read(text), [_ACME], lookup)]


def test_company_line_of_another_company_stops_the_sole_filer_rule():
    # "By: /s/ Jane Roe" / "President" / "Acme Subsidiary LLC": Jane Roe is President of the
    # subsidiary, not of the one reporting person
    text = "SIGNATURE\n\nDated: May 1, 2010\n\nBy: /s/ Jane Roe\nPresident\nAcme Subsidiary LLC\n"
    assert _read(text).unsigned == ["Acme Subsidiary LLC"]
    assert _sole(text) == []


def test_company_line_naming_the_reporting_person_keeps_the_sole_filer_rule():
    text = "SIGNATURE\n\nDated: May 1, 2010\n\nBy: /s/ Jane Roe\nPresident\nACME HOLDINGS INC.\n"
    assert _sole(text) == [("officer_of", "Jane Roe", "Acme Holdings Inc.")]
    text = "SIGNATURE\n\nDated: May 1, 2010\n\nBy: /s/ Jane Roe\nPresident\nAcme Holdings\n"
    assert _sole(text, lambda name: _ACME if name == "Acme Holdings" else None) == [
        ("officer_of", "Jane Roe", "Acme Holdings Inc.")]


def test_no_company_line_keeps_the_sole_filer_rule():
    text = "SIGNATURE\n\nDated: May 1, 2010\n\nBy: /s/ Jane Roe\nPresident\n"
    assert _read(text).unsigned == []
    assert _sole(text) == [("officer_of", "Jane Roe", "Acme Holdings Inc.")]


def test_stacked_blocks_leave_no_unsigned_company():
    sec = _read("SIGNATURE\n\nDated: May 1, 2010\n\nACME FUND I, L.P.\nBy: /s/ Jane Roe\n"
                "Title: President\nACME FUND II, L.P.\nBy: /s/ Jane Roe\nTitle: President\n")
    assert sec.unsigned == []
    assert [s.on_behalf_of for s in sec.signatures] == [["ACME FUND I, L.P."],
                                                          ["ACME FUND II, L.P."]]


def test_signature_for_a_signer_by_attorney_keeps_the_sole_filer_rule():
    ev = Evidence(source="x.txt")
    sec = SignatureSection(start=0, end=1, signatures=[
        Signature(signer="Jane Roe", title="President", evidence=ev),
        Signature(signer="John Doe", title="Attorney-in-Fact", on_behalf_of=["Jane Roe"],
                  evidence=ev)])
    assert [(f.holder, f.held) for f in sole_filer_findings(sec, [_ACME])] == [
        ("Jane Roe", "Acme Holdings Inc.")]
    sec.signatures[1] = sec.signatures[1].model_copy(update={"on_behalf_of": ["Beta LLC"]})
    assert sole_filer_findings(sec, [_ACME]) == []


# --- 5. "By:" typed before a person's name, the title under it ----------------------------------

def test_by_and_a_typed_name_in_an_html_table_is_a_signature():
    # 2002_SC_13GA_887733.txt l.642-643: "<P>By:&#9;Aaron H. Braun</P>" / "<P>&#9;President</TD>"
    rec = fixture_record("sigs/2002_SC_13GA_887733.txt")
    assert _sigs(rec) == [
        ("Aaron H. Braun", "President", ["Willow Creek Capital Management"]),
        ("Aaron H. Braun", "President", ["WC Capital Management, LLC"])]


@pytest.mark.parametrize("text, sig", [
    ("ACME CAPITAL MANAGEMENT\n\nBy:\tJane Q. Roe\n\tPresident\n",
     ("Jane Q. Roe", "President", ["ACME CAPITAL MANAGEMENT"])),
    ("Acme Capital, Inc.\n\nBy:     Jane Q. Roe\n        Chief Executive Officer\n",
     ("Jane Q. Roe", "Chief Executive Officer", ["Acme Capital, Inc."])),
])
def test_made_up_by_and_a_typed_name(text, sig):
    sec = _read("SIGNATURE\n\nAfter reasonable inquiry ..., I certify that the information set "
                "forth in this statement is true.\n\nDated: May 1, 2010\n\n" + text)
    assert [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures] == [sig]


@pytest.mark.parametrize("text", [
    "ACME CAPITAL\n\nBy: ____________________\nPresident\n",  # a line to sign on
    "ACME CAPITAL\n\nBy:\n\nPresident\n",
    "ACME CAPITAL\n\nBy: Acme\nPresident\n",  # one word: no person's name
])
def test_made_up_by_without_a_name_is_no_signature(text):
    assert _read("SIGNATURE\n\nDated: May 1, 2010\n\n" + text).signatures == []


@pytest.mark.parametrize("line, name", [
    ("By:\tJane Q. Roe", "Jane Q. Roe"),
    ("By: Jane Q. Roe, Vice President", "Jane Q. Roe"),
    ("By: ________", None),
    ("By:", None),
])
def test_by_name_role_pattern_reads_a_person(line, name):
    m = BY_NAME_ROLE.match(line)
    got = m["name"] if m and looks_like_person_name(m["name"]) else None
    assert got == name


@pytest.mark.parametrize("heading", [
    "POSITION WITH\n\t\t\tPRINCIPAL\nNAME\tACME CORP.\tOCCUPATION",
    "NAME AND ADDRESS\nCITIZENSHIP",
    "PRINCIPAL OCCUPATION OR EMPLOYMENT\nNAME",
])
def test_officer_table_heading_after_a_signature_is_no_signer(heading: str) -> None:
    # 1994_SC_13DA_830134 (holdout s), l.278-294: the unsigned "By:" of a second block, then
    # Schedule A's table of officers headed "POSITION WITH" / "PRINCIPAL" / "NAME ... OCCUPATION"
    # was read as the signer "POSITION WITH", title "PRINCIPAL"
    text = ("SIGNATURE\n\nDATE:\tAugust 2, 1994\tBy:\t/s/Jane Q. Roe\n\tJane Q. Roe\n"
            "\tVice President-Legal\n\n\n\tAcme Ventures Limited\n\tBy:\n\tJohn A. Doe\n\n\n"
            "SCHEDULE A\n\n\tThe name and present principal occupation of each executive "
            "officer and director of Acme Corp. are set forth below.\n\n" + heading + "\n\n"
            "Jane Q. Roe\tDirector\tPresident\n")
    assert [(s.signer, s.title) for s in _read(text).signatures] == [
        ("Jane Q. Roe", "Vice President-Legal")]
    assert not looks_like_person_name("POSITION WITH")
    assert looks_like_person_name("Jane Q. Roe")


@pytest.mark.parametrize("date_line, expected", [
    # 1994_SC_13DA_757523 (holdout s), l.373-375: "Date: December 30, 1993   Joseph Neubauer"
    # / "-----" / "Joseph Neubauer": the typed signature shares the date's line
    ("Date: December 30, 1993            Jane Q. Roe\n"
     "                                   ---------------------------\n"
     "                                   Jane Q. Roe\n", [("Jane Q. Roe", None)]),
    ("Dated: May 1, 1994      JANE Q. ROE\n                        VICE PRESIDENT\n",
     [("JANE Q. ROE", "VICE PRESIDENT")]),
    # a company on the date line is no typed signer
    ("Dated: January 11, 1994           ACME CORPORATION\n                  ACME CORPORATION\n", []),
    # a date alone
    ("Date: December 30, 1993\n\nJane Q. Roe was appointed.\n", []),
])
def test_typed_signer_on_the_date_line(date_line: str, expected) -> None:
    text = "SIGNATURE\n\nAfter reasonable inquiry, I certify that the information is true.\n\n" + \
        date_line
    assert [(s.signer, s.title) for s in _read(text).signatures] == expected


def test_power_of_attorney_naming_the_signer_as_principal_makes_no_attorney() -> None:
    # review: a statement under the principal's own signature that names her attorney must not
    # make her an attorney-in-fact signing for herself
    text = ("SIGNATURE\n\nAfter reasonable inquiry, I certify that the information is true.\n\n"
            "/s/ Jane Q. Roe\nJane Q. Roe\nExecuted under a Power of Attorney granted to John Doe "
            "on behalf of Jane Q. Roe\n")
    sigs = [(s.signer, s.title, s.on_behalf_of) for s in _read(text).signatures]
    assert sigs and all(t != "Attorney-in-Fact" and "Jane Q. Roe" not in (f or [])
                        for _, t, f in sigs)
