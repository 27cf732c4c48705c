"""Instruction C rosters: the named patterns and readers of schedule13_roster(_titles)."""

from __future__ import annotations

import pytest

from graphkit.models import PartyRole
from graphkit.parsers import schedule13_roster as roster
from graphkit.parsers import schedule13_roster_rows as rows
from graphkit.parsers import schedule13_roster_titles as titles
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.schedule13_roster import add_roster_claims, read_rosters
from graphkit.source import SourceText


# -- named patterns: each matches a real line of a roster (file and line in the comment) --

@pytest.mark.parametrize("pattern,text,group", [
    # 1994_SC_13DA_3000.txt, lines 675-676: the lead sentence with its defined term
    (roster.ROSTER_LEAD, 'officers\nand directors of Mitsui & Co., Ltd. ("Mitsui-Japan") are '
                         'as follows:', ("Mitsui & Co., Ltd.", "Mitsui-Japan")),
    # 1994_SC_13DA_3000.txt, lines 670-671: the heading, organization on the next line
    (roster.ROSTER_LEAD, "Executive Officers and Directors of\n"
                         "                               Mitsui & Co., Ltd.        \n",
     ("Mitsui & Co., Ltd.", None)),
    # 2005_SC_13D_1333324.txt (HTML), line 343
    (roster.ROSTER_LEAD, "Board of Directors and Executive Officers of Snyder Associated "
                         "Companies, Inc.\n", ("Snyder Associated Companies, Inc.", None)),
    # corpus 13d/centerbridge_civitas_2018_sc13d.txt: "each director and executive officer of X are"
    (roster.ROSTER_LEAD, "director and executive officer of Celtic Intermediate Corp. are set "
                         "forth below.", ("Celtic Intermediate Corp.", None)),
    # corpus 13d/icahn_bausch_2021_sc13d.txt: a sentence ends after the group
    (roster.ROSTER_LEAD, "director and executive officer of each of the Reporting Persons. Each "
                         "such person is", ("each of the Reporting Persons", None)),
    # roster/2010_SC_13D_1406666.txt (HTML): the organization is the next paragraph
    (roster.ROSTER_LEAD, "employment of the directors and executive officers of\n\nCalix, Inc.\n",
     ("Calix, Inc.", None)),
])
def test_roster_lead(pattern, text, group):
    m = pattern.search(text)
    assert m is not None and (m["org"].strip(), m["term"]) == group


@pytest.mark.parametrize("pattern,line", [
    # roster/2000_SC_13D_1029688.txt, line 666
    (roster.BARE_HEADING, "                       DIRECTORS AND EXECUTIVE OFFICERS"),
    (rows.STOP_HEADING, "                                                  Appendix B"),
    (rows.STOP_HEADING, "SCHEUDLE II"),  # corpus 13d/centerbridge_civitas_2018_sc13d.txt
    (rows.STOP_HEADING, "</TEXT>"),
    (rows.MARKUP_LINE, " <S>                                          <C>"),
    (rows.MARKUP_LINE, "<PAGE>   15"),
    (rows.MARKUP_LINE, "                                       13"),
    (rows.DASHES_LINE, "       ----                                   ---------------------------"),
    (rows.HEADER_CELL, "Positions with Mitsui-Japan"),
    (rows.HEADER_CELL, "(Principal Occupation)"),
    (rows.HEADER_CELL, "Present Principal Occupation or Employment"),
    (rows.HEADER_CELL, "Name and Title"),
    # roster/2010_SC_13D_1406666.txt (HTML): Instruction C's own words as a column label
    (rows.HEADER_CELL, "Present Principal Occupation or Employment and Name and Principal "
                       "Address of Corporation for which Employment is Conducted"),
    # roster/2017_SC_13DA_1561566.txt (HTML): "Name: | Title/Principal Occupation or Employment"
    (rows.HEADER_CELL, "Name:"),
    (rows.HEADER_CELL, "Title/Principal Occupation or Employment"),
    (roster.SCHEDULE_HEADING, "SCHEDULE A"),  # roster/2017_SC_13DA_1561566.txt
    (roster.SCHEDULE_HEADING, "Schedule I"),
    (rows.SECTION_LINE, "a. DIRECTORS"),
    (rows.SECTION_LINE, "b. EXECUTIVE OFFICERS"),
    (rows.SECTION_LINE, "                                 CONTROL PERSON"),
    (rows.PERSON_NAME, "E.A. Snyder"),
    (rows.PERSON_NAME, "C. H. Snyder Jr."),
    (rows.PERSON_NAME, "Arthur M. de Graffenried"),
    (rows.PERSON_NAME, "Rowella Asuncion-Gumabong"),
])
def test_named_pattern_matches_real_line(pattern, line):
    assert pattern.fullmatch(line) or pattern.match(line)


@pytest.mark.parametrize("pattern,text", [
    (rows.ADDRESS_WORD, "Soldiers Field"),
    (rows.ADDRESS_WORD, "Vice President"),
    (rows.PROSE_WORD, "Centerbridge Capital Partners III, L.P. does not have any officers"),
    (rows.ADDRESS_DIGITS, "10825 Financial Centre Parkway, Suite 100"),
    (rows.TITLE_AFTER_NAME, "Vice President, Secretary and Treasurer"),
    (rows.ENUMERATOR, "1. | CELTIC INTERMEDIATE CORP."),
    (rows.CELL_GAP, "Koichiro Ejiri      Chairman"),
    (rows.DASH_RUN, "----"),
    (rows.ROLE_COLUMN, "Positions with Mitsui-Japan (Principal Occupation)"),
    (rows.OCCUPATION_COLUMN, "Present Principal Occupation or Employment"),
    (rows.HEADER_KEY, "Name"),
    (roster.EACH_BEFORE, "of each "),
    # roster/2010_SC_13D_1406666.txt: the occupation cell's address, the employer's name
    (roster.OCCUPATION_ADDRESS, "Chairman Canary Foundation c/o Calix, Inc."),
    (roster.OCCUPATION_ADDRESS, "Senior Vice President Calix, Inc. 1035 North McDowell"),
    (roster.WORD_AFTER_SPACE, "President Calix, Inc."),
    (roster.ROLES_BEFORE_EMPLOYER, "Vice President of "),
])
def test_helper_pattern_finds(pattern, text):
    assert pattern.search(text)


def test_schedule_heading_is_no_heading_inside_a_line():
    assert not roster.SCHEDULE_HEADING.match("Schedule A to the Support Agreement lists")
    assert not roster.SCHEDULE_HEADING.match("Schedule 13D")


@pytest.mark.parametrize("cell,expected", [
    # title, employer, address in one cell (the lines joined by spaces)
    ("President and Chief Executive Officer Acme Widget, Inc. 10 Main Street Springfield",
     ("President and Chief Executive Officer", "Acme Widget, Inc.")),
    ("Vice President of Sales Acme Widget, Inc. c/o Acme Widget, Inc.",
     ("Vice President of Sales", "Acme Widget, Inc.")),
    # a title at an employer that is no party: not the roster's
    ("Chairman Roe Family Foundation c/o Acme Widget, Inc.", ("", None)),
    # no employer: the roster's own
    ("Chief Investment Officer", ("Chief Investment Officer", None)),
    ("Vice President of Accounting", ("Vice President of Accounting", None)),
])
def test_occupation_roles(cell, expected):
    book = PartyBook()
    book.add("Acme Widget, Inc.")
    roles, party = roster._occupation_roles(cell, book)
    assert (roles, party.name if party else None) == expected


def test_schedule_heading_reads_only_roles_at_a_named_party():
    text = ("SCHEDULE A\n\nName | Title | Citizenship\n"
            "Jane Q. Roe | Member of the Board of Directors of Acme Bank PLC | United Kingdom\n"
            "John A. Doe | President of Roe Holdings Ltd. | United Kingdom\n"
            "Mary B. Poe | Chief Executive Officer | United Kingdom\n")
    book = PartyBook()
    book.add("Acme Bank PLC")
    claims: list = []
    assert add_roster_claims(SourceText("x", text), book, claims, 0, len(text), []) == []
    assert [(book.get(c.source).name, c.relation.value, book.get(c.target).name)
            for c in claims] == [("Jane Q. Roe", "director_of", "Acme Bank PLC")]


@pytest.mark.parametrize("text", [
    "Purchase, New York",     # a place, comma not before a suffix
    "Citicorp Director only.",
    "Stockholder",
    "NYFS11...:\\88\\35888",
])
def test_person_name_rejects_non_names(text):
    assert not rows._is_person(text)


@pytest.mark.parametrize("cell,expected", [
    ("Jeremy Gelber, President", ("Jeremy Gelber", "President")),
    ("Miriam Tawil, Vice President, Secretary and Treasurer",
     ("Miriam Tawil", "Vice President, Secretary and Treasurer")),
    ("Edgar S. Woolard, Jr.", ("Edgar S. Woolard, Jr.", "")),
])
def test_split_name(cell, expected):
    assert rows._split_name(cell) == expected


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
    # 1994_SC_13DA_3000.txt, lines 735-738
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
    # the layout of 1994_SC_13DA_3000.txt, lines 984-1000: titles under the names, the
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

