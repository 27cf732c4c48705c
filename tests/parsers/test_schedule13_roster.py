"""Instruction C rosters: the named patterns and readers of schedule13_roster(_titles)."""

from __future__ import annotations

import pytest

from graphkit.models import PartyRole
from graphkit.parsers import schedule13_roster as roster
from graphkit.parsers import schedule13_roster_titles as titles
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.schedule13_roster import add_roster_claims, read_rosters
from graphkit.source import SourceText


# -- named patterns: each matches a real line of a roster (file and line in the comment) --

@pytest.mark.parametrize("pattern,text,group", [
    # roster/1994_SC_13DA_3000.txt, lines 675-676: the lead sentence with its defined term
    (roster.ROSTER_LEAD, 'officers\nand directors of Mitsui & Co., Ltd. ("Mitsui-Japan") are '
                         'as follows:', ("Mitsui & Co., Ltd.", "Mitsui-Japan")),
    # roster/1994_SC_13DA_3000.txt, lines 670-671: the heading, organization on the next line
    (roster.ROSTER_LEAD, "Executive Officers and Directors of\n"
                         "                               Mitsui & Co., Ltd.        \n",
     ("Mitsui & Co., Ltd.", None)),
    # roster/2005_SC_13D_1333324.txt (HTML), line 343
    (roster.ROSTER_LEAD, "Board of Directors and Executive Officers of Snyder Associated "
                         "Companies, Inc.\n", ("Snyder Associated Companies, Inc.", None)),
    # roster/centerbridge_civitas_2018_sc13d.txt: "each director and executive officer of X are"
    (roster.ROSTER_LEAD, "director and executive officer of Celtic Intermediate Corp. are set "
                         "forth below.", ("Celtic Intermediate Corp.", None)),
    # roster/icahn_bausch_2021_sc13d.txt: a sentence ends after the group
    (roster.ROSTER_LEAD, "director and executive officer of each of the Reporting Persons. Each "
                         "such person is", ("each of the Reporting Persons", None)),
])
def test_roster_lead(pattern, text, group):
    m = pattern.search(text)
    assert m is not None and (m["org"].strip(), m["term"]) == group


@pytest.mark.parametrize("pattern,line", [
    # roster/2000_SC_13D_1029688.txt, line 666
    (roster.BARE_HEADING, "                       DIRECTORS AND EXECUTIVE OFFICERS"),
    (roster.STOP_HEADING, "                                                  Appendix B"),
    (roster.STOP_HEADING, "SCHEUDLE II"),  # roster/centerbridge_civitas_2018_sc13d.txt
    (roster.STOP_HEADING, "</TEXT>"),
    (roster.MARKUP_LINE, " <S>                                          <C>"),
    (roster.MARKUP_LINE, "<PAGE>   15"),
    (roster.MARKUP_LINE, "                                       13"),
    (roster.DASHES_LINE, "       ----                                   ---------------------------"),
    (roster.HEADER_CELL, "Positions with Mitsui-Japan"),
    (roster.HEADER_CELL, "(Principal Occupation)"),
    (roster.HEADER_CELL, "Present Principal Occupation or Employment"),
    (roster.HEADER_CELL, "Name and Title"),
    (roster.SECTION_LINE, "a. DIRECTORS"),
    (roster.SECTION_LINE, "b. EXECUTIVE OFFICERS"),
    (roster.SECTION_LINE, "                                 CONTROL PERSON"),
    (roster.PERSON_NAME, "E.A. Snyder"),
    (roster.PERSON_NAME, "C. H. Snyder Jr."),
    (roster.PERSON_NAME, "Arthur M. de Graffenried"),
    (roster.PERSON_NAME, "Rowella Asuncion-Gumabong"),
])
def test_named_pattern_matches_real_line(pattern, line):
    assert pattern.fullmatch(line) or pattern.match(line)


@pytest.mark.parametrize("pattern,text", [
    (roster.ADDRESS_WORD, "Soldiers Field"),
    (roster.ADDRESS_WORD, "Vice President"),
    (roster.PROSE_WORD, "Centerbridge Capital Partners III, L.P. does not have any officers"),
    (roster.ADDRESS_DIGITS, "10825 Financial Centre Parkway, Suite 100"),
    (roster.TITLE_AFTER_NAME, "Vice President, Secretary and Treasurer"),
    (roster.ENUMERATOR, "1. | CELTIC INTERMEDIATE CORP."),
    (roster.CELL_GAP, "Koichiro Ejiri      Chairman"),
    (roster.DASH_RUN, "----"),
    (roster.ROLE_COLUMN, "Positions with Mitsui-Japan (Principal Occupation)"),
    (roster.OCCUPATION_COLUMN, "Present Principal Occupation or Employment"),
    (roster.HEADER_KEY, "Name"),
    (roster.EACH_BEFORE, "of each "),
])
def test_helper_pattern_finds(pattern, text):
    assert pattern.search(text)


@pytest.mark.parametrize("text", [
    "Purchase, New York",     # a place, comma not before a suffix
    "Citicorp Director only.",
    "Stockholder",
    "NYFS11...:\\88\\35888",
])
def test_person_name_rejects_non_names(text):
    assert not roster._is_person(text)


@pytest.mark.parametrize("cell,expected", [
    ("Jeremy Gelber, President", ("Jeremy Gelber", "President")),
    ("Miriam Tawil, Vice President, Secretary and Treasurer",
     ("Miriam Tawil", "Vice President, Secretary and Treasurer")),
    ("Edgar S. Woolard, Jr.", ("Edgar S. Woolard, Jr.", "")),
])
def test_split_name(cell, expected):
    assert roster._split_name(cell) == expected


# -- titles: the documented rule of director and officer roles ------------------------------

@pytest.mark.parametrize("pattern,text", [
    (titles.OFFICER_TITLE, "Senior Executive Managing Director"),
    (titles.OFFICER_TITLE, "Principal Accounting Officer"),
    (titles.OFFICER_TITLE, "Executive Vice President"),
    (titles.BOARD_SEAT, "Chairman of the Board of Directors"),
    (titles.BOARD_SEAT, "Representative Director"),
    (titles.ROLE_SEPARATOR, "Secretary & Director"),
    (titles.EMPLOYER_LINK, "Chairman of Bangkok"),
    (titles.ROLE_NOUN, "General Manager of Beijing Office"),
    (titles.ROLE_NOISE, "Director*"),
])
def test_title_pattern(pattern, text):
    assert pattern.search(text)


@pytest.mark.parametrize("text,expected", [
    ("President & Director", (True, ["President"])),
    ("Executive Managing Director and Representative Director",
     (True, ["Executive Managing Director"])),
    ("Chairman of the Board; President", (True, ["President"])),
    ("Chairman of the Board", (True, [])),
    ("Director SEC Reporting", (False, [])),          # a department, not a board seat
    ("Director of Research", (False, [])),
    ("Managing Director", (False, ["Managing Director"])),  # an officer title
    ("Vice President of Tax Administration", (False, ["Vice President"])),
    ("Authorized Signatory", (False, [])),
    ("Director*", (True, [])),
])
def test_read_roles(text, expected):
    assert titles.read_roles(text) == expected


@pytest.mark.parametrize("position,expected", [
    # roster/1994_SC_13DA_3000.txt, lines 735-738
    ("Executive Managing Director and Representative Director, Chairman & Managing Director of "
     "Mitsui & Co., (Australia) Ltd., Chairman of Mitsui & Co., (N.Z.) Ltd.",
     [("Executive Managing Director and Representative Director", None),
      ("Chairman & Managing Director", "Mitsui & Co., (Australia) Ltd."),
      ("Chairman", "Mitsui & Co., (N.Z.) Ltd.")]),
    # a department is no employer: the roles stay the roster's
    ("Senior Managing Director, Chief Operating Officer of Finance and Administration Division",
     [("Senior Managing Director, Chief Operating Officer of Finance and Administration "
       "Division", None)]),
    ("Director, General Manager of Beijing Office",
     [("Director, General Manager of Beijing Office", None)]),
    ("Director*, Senior Counselor, Acme Group, Inc.",
     [("Director*", None), ("Senior Counselor", "Acme Group, Inc.")]),
    ("President and Chief Executive Officer of the Issuer",
     [("President and Chief Executive Officer", "the Issuer")]),
    ("Partner, Roe & Co.", [("Partner", "Roe & Co.")]),
])
def test_split_employers(position, expected):
    assert titles.split_employers(position) == expected


# -- reading and claims on made-up rosters --------------------------------------------------

def _claims(text: str, *orgs: str):
    book = PartyBook()
    filers = [book.add(o, role=PartyRole.REPORTING_PERSON) for o in orgs]
    claims: list = []
    warnings = add_roster_claims(SourceText("x", text), book, claims, 0, len(text), filers)
    return ([(book.get(c.source).name, c.relation.value, book.get(c.target).name, c.title)
             for c in claims], [w.code for w in warnings])


def test_other_employer_known_gets_the_claim():
    text = ("The names of the executive officers and directors of Acme Holdings, Inc. are as "
            "follows:\n\nName | Position\n"
            "Jane Q. Roe | Director; President of Acme Bank, N.A.\n")
    claims, warnings = _claims(text, "Acme Holdings, Inc.", "Acme Bank, N.A.")
    assert claims == [("Jane Q. Roe", "director_of", "Acme Holdings, Inc.", None),
                      ("Jane Q. Roe", "officer_of", "Acme Bank, N.A.", "President")]
    assert warnings == []


def test_other_employer_unknown_is_not_read():
    text = ("Directors and Executive Officers of Acme Holdings, Inc.\n\n"
            "Name | Present Principal Occupation\n"
            "Jane Q. Roe | Partner, Roe & Co.\n"
            "John A. Doe | Chairman and Chief Executive Officer of Beta Widget Corporation\n")
    assert _claims(text, "Acme Holdings, Inc.") == ([], [])


def test_roster_of_unknown_organization_gives_no_claim():
    text = ("Directors and Executive Officers of Zeta Widget Corporation\n\n"
            "Name | Position\nJane Q. Roe | President\n")
    claims, warnings = _claims(text, "Acme Holdings, Inc.")
    assert claims == [] and warnings == ["roster-unbound"]


def test_headers_and_footnotes_are_no_persons():
    text = ("Directors and Executive Officers of Acme Holdings, Inc.\n\n"
            "Principal Occupation/\n\n"
            "Name | Business Address | Position | Employment\n\n"
            "Jane Q. Roe | * | President & Director | **\n\n"
            "* | The business address of the executive officers and directors listed above is "
            "1 Main Street.\n")
    rosters = read_rosters(SourceText("x", text), 0, len(text))
    assert [(r.orgs, [(w.name, w.roles) for w in r.rows]) for r in rosters] == [
        (["Acme Holdings, Inc."], [("Jane Q. Roe", "President & Director")])]


def test_prose_mention_is_no_roster():
    text = ("Jane Q. Roe is the Chief Executive Officer and Director of Acme Holdings, Inc.\n"
            "Name | Position\nJohn A. Doe | President\n")
    assert read_rosters(SourceText("x", text), 0, len(text)) == []


def test_name_and_title_column_reads_titles_not_occupation():
    # the layout of roster/1994_SC_13DA_3000.txt, lines 984-1000: titles under the names, the
    # principal occupation (held at another company) in the second column
    text = ("Executive Officers and Directors of Acme Terminal Inc.\n\n"
            "<TABLE>\n"
            "    Name and Title                      Principal Occupation\n"
            " ------------------               ------------------------------\n"
            " Jane Q. Roe                       Vice President and General Manager,\n"
            " President and Director            (Acme U.S.A.)\n\n"
            " John A. Doe\n"
            " Vice President and Secretary\n"
            "</TABLE>\n")
    claims, _ = _claims(text, "Acme Terminal Inc.")
    assert claims == [("Jane Q. Roe", "officer_of", "Acme Terminal Inc.", "President"),
                      ("Jane Q. Roe", "director_of", "Acme Terminal Inc.", None),
                      ("John A. Doe", "officer_of", "Acme Terminal Inc.",
                       "Vice President, Secretary")]


def test_sections_give_the_role():
    text = ("each director and executive officer of Acme Holdings, Inc. are set forth below.\n\n"
            "a. DIRECTORS\n\nName | Present Principal Occupation or Employment\n\n"
            "Jane Q. Roe | Managing Director, Roe Partners, L.P.\n\n"
            "b. EXECUTIVE OFFICERS\n\nName | Present Principal Occupation or Employment\n\n"
            "John A. Doe | Managing Director, Roe Partners, L.P.\n")
    claims, _ = _claims(text, "Acme Holdings, Inc.")
    assert claims == [("Jane Q. Roe", "director_of", "Acme Holdings, Inc.", None),
                      ("John A. Doe", "officer_of", "Acme Holdings, Inc.", "Executive Officer")]

