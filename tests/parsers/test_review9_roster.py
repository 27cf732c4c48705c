"""Tab-separated Instruction C rosters after a review with made-up rosters (review9).

The tab roster ends at a blank line followed by a line that is no row (prose, a signature
block, a lead naming another company's directors); one-tab tables the text tables already
read (a header of known labels: "Name<TAB>Position<TAB>Principal Occupation") are read as
before; wrapped occupations under "<TAB><TAB>" stay in their column; "Vice Pres." and
"Sr. V.P." keep their periods; "Esq." and footnote marks after a name; a full row after a
position ending with a comma starts a new row.
"""

from __future__ import annotations

import pytest

from graphkit.models import PartyRole
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.schedule13_roster import add_roster_claims
from graphkit.parsers.schedule13_roster_tabs import (
    NAME_MARK, STACKED_LABEL, TITLE_WORD, tab_cells, tab_table_labels, tab_width)
from graphkit.parsers.schedule13_roster_titles import ROLE_END_DOT, read_roles
from graphkit.source import SourceText
from tests.holdout import holdout_record, relation_pairs

ACME = "Acme Widget Corporation"
# a lead whose paragraph goes on with prose, as the FMR filing's does
LEAD = ("SCHEDULE A\n\n\tThe name and present principal occupation or employment of each\n"
        f"executive officer and director of {ACME} are set forth below.  The business\n"
        "address of each person is 1 Main Street, Springfield, Ohio 45501, and all of the\n"
        "persons listed below are U.S. citizens.\n\n")
SHORT_LEAD = ("SCHEDULE A\n\nThe name and present principal occupation of each executive "
              f"officer and director of {ACME} are set forth below.\n\n")
# the FMR layout: a position label stacked above a header naming the company
TAB_HEADER = "POSITION WITH\n\t\t\t\tPRINCIPAL\nNAME\tACME WIDGET CORPORATION\tOCCUPATION\n\n"


def _claims(text: str) -> set[tuple]:
    book = PartyBook()
    filers = [book.add(ACME, role=PartyRole.REPORTING_PERSON)]
    claims: list = []
    add_roster_claims(SourceText("x", text), book, claims, 0, len(text), filers)
    return {(book.get(c.source).name, c.relation.value, c.title) for c in claims}


# -- the real filing ---------------------------------------------------------------------------

def test_fmr_tab_roster_titles_keep_their_periods():
    # 1994_SC_13DA_830134.txt l.305-306: "James C. Curvey\tDirector, \tSr. V.P., FMR" /
    # "\tSr. V.P."; l.312-313: "Robert C. Pozen\tSr. V.P. & Gen'l\tSr. V.P. & Gen'l" /
    # "\tCounsel\tCounsel, FMR" (the whole table: test_leftovers9_prose.test_fmr_tab_roster)
    rec = holdout_record("1994_SC_13DA_830134.txt")
    names = {p.id: p.name for p in rec.parties}
    titles = {names[c.source]: c.title for c in rec.claims if c.relation.value == "officer_of"}
    assert (titles["James C. Curvey"], titles["Robert C. Pozen"]) == (
        "Sr. V.P.", "Sr. V.P., Gen'l Counsel")
    # 8: the 7 of the roster and the signer "Arthur Loring" / "Vice President-Legal" of FMR
    # Corp. (l.263-269, leftovers 11)
    assert len(relation_pairs(rec, "director_of")) == 4 and len(titles) == 8


# -- D4: a tab roster ends -----------------------------------------------------------------------

ROWS = ("Jane Q. Roe\tDirector\tPresident, Beta Corp.\n\n"
        "John A. Doe\tTreasurer\tTreasurer, Acme\n\n")
READ = {("Jane Q. Roe", "director_of", None), ("John A. Doe", "officer_of", "Treasurer")}


@pytest.mark.parametrize("after", [
    # a signature block
    "IN WITNESS WHEREOF, the undersigned have signed.\n\nRichard Roe\nPeter Poe\n",
    "Each of the foregoing persons is a citizen of the United States.\n\nRichard Roe\tDate\n",
    # another company's directors
    "The following persons are directors of Beta Trust Company, a subsidiary of Acme:\n\n"
    "Mary Major\tDirector\tRetired\n",
    "BETA TRUST COMPANY\n\nMary Major\tDirector\tRetired\n",
])
def test_tab_roster_ends(after):
    assert _claims(LEAD + TAB_HEADER + ROWS + after) == READ


def test_tab_roster_under_a_section_ends_before_the_signatures():
    # x/r15t: names of a signature block are no directors of the roster's company
    text = LEAD + TAB_HEADER + ("DIRECTORS\n\nJane Q. Roe\tDirector\tPresident, Beta Corp.\n\n"
                                "IN WITNESS WHEREOF, the undersigned have signed.\n\n"
                                "Richard Roe\tPresident\nPeter Poe\n")
    assert _claims(text) == {("Jane Q. Roe", "director_of", None)}


def test_tab_roster_ends_at_prose_without_a_blank_line():
    text = LEAD + TAB_HEADER + ROWS.rstrip("\n") + (
        "\nAll of the persons named above are officers of Beta Trust Company.\n"
        "Mary Major\tDirector\tRetired\n")
    assert _claims(text) == READ


def test_text_table_after_a_prose_lead_ends():
    # x/r15: a header the text tables read, under a lead paragraph of prose
    text = LEAD + ("DIRECTORS\n\nName\tPrincipal Occupation\n\n"
                   "Jane Q. Roe\tPresident, Beta Corp.\nJohn A. Doe\tPartner, Gamma LLP\n\n"
                   "Each of the foregoing is a citizen of the United States.\n\n"
                   "IN WITNESS WHEREOF, the undersigned have signed.\n\n"
                   "Richard Roe\nPeter Poe\t\tDate: June 1, 1994\n")
    assert {c[0] for c in _claims(text)} <= {"Jane Q. Roe", "John A. Doe"}


# -- D3: one-tab tables the text tables read give the same reading --------------------------------

@pytest.mark.parametrize("table", [
    # a header underlined with dashes
    "Name\tPosition\tPrincipal Occupation\n----\t--------\t--------------------\n"
    "Jane Q. Roe\tDirector\tPresident, Beta Corp.\nJohn A. Doe\tTreasurer\tTreasurer, FMR\n",
    # columns aligned with two tabs
    "NAME\t\tPOSITION\t\tPRINCIPAL OCCUPATION\n\n"
    "Jane Q. Roe\tDirector\t\tPresident, Beta Corp.\nJohn A. Doe\t\tTreasurer\t\tRetired\n",
])
def test_text_read_tab_tables(table):
    assert _claims(SHORT_LEAD + table) == READ


def test_wrapped_occupation_under_two_tabs():
    # x/q1: the occupation wraps onto "<TAB><TAB>Chief Executive Officer": no title at Acme
    table = ("NAME\tPOSITION\tPRINCIPAL OCCUPATION\n\nJane Q. Roe\tDirector\tPresident and\n"
             "\t\tChief Executive Officer\n\nJohn A. Doe\tDirector\tPartner, Gamma LLP\n")
    expected = {("Jane Q. Roe", "director_of", None), ("John A. Doe", "director_of", None)}
    assert _claims(SHORT_LEAD + table) == expected
    # the same in the tab layout (x/r13)
    assert _claims(LEAD + TAB_HEADER + table.split("\n\n", 1)[1]) == expected


def test_tab_layout_aligned_with_two_tabs():
    header = "POSITION WITH\nNAME\t\tACME WIDGET CORPORATION\t\tOCCUPATION\n\n"
    rows = ("Jane Q. Roe\t\tDirector\t\tPresident, Beta Corp.\n\n"
            "John A. Doe\t\tTreasurer\t\tTreasurer, Acme\n\t\tAsst. Secretary\n")
    assert _claims(LEAD + header + rows) == READ


# -- D11: names with marks; a full row after an open position -----------------------------------

def test_tab_rows_with_marks_and_after_an_open_position():
    rows = ("John A. Doe, Esq.\tDirector\tAttorney\n"
            "Mary Major (1)\tTreasurer\tTreasurer, Acme\n"
            "Jane Q. Roe\tPresident,\tChief Executive Officer, Acme\n"
            "Al Roe\tSecretary\tSecretary, Acme\n")
    assert _claims(LEAD + TAB_HEADER + rows) == {
        ("John A. Doe", "director_of", None), ("Mary Major", "officer_of", "Treasurer"),
        ("Jane Q. Roe", "officer_of", "President"), ("Al Roe", "officer_of", "Secretary")}


def test_text_row_after_an_open_position():
    # x/q3: "John A. Doe<TAB>President," / "Mary Major<TAB>Treasurer<TAB>Treasurer, FMR"
    table = ("NAME\tPOSITION\tPRINCIPAL OCCUPATION\n\nJane Q. Roe\tDirector\tPresident, Beta\n"
             "John A. Doe\tPresident,\tChief Executive Officer, FMR\n"
             "Mary Major\tTreasurer\tTreasurer, FMR\n")
    assert _claims(SHORT_LEAD + table) == {
        ("Jane Q. Roe", "director_of", None), ("John A. Doe", "officer_of", "President"),
        ("Mary Major", "officer_of", "Treasurer")}


def test_wrapped_title_after_an_open_position_starts_no_row():
    rows = ("Jane Q. Roe\tSr. Vice Pres.,\tVice Pres., Chief\n"
            "Chief Financial\tFinancial Officer,\n"
            "Officer\tAcme\n")
    claims = _claims(LEAD + TAB_HEADER + rows)
    assert {c[0] for c in claims} == {"Jane Q. Roe"}


def test_name_alone_starts_no_tab_row():
    # D15: "DIRECTORS" / ... / "Garcia Lopez" (a name line without cells) gives no director
    rows = "DIRECTORS\n\nJane Q. Roe\tDirector\tPresident, Beta Corp.\nGarcia Lopez\n"
    assert _claims(LEAD + TAB_HEADER + rows) == {("Jane Q. Roe", "director_of", None)}


# -- D10: abbreviated titles keep their periods --------------------------------------------------

@pytest.mark.parametrize("text, titles", [
    ("Vice Pres.", ["Vice Pres."]), ("Sr. Vice Pres.", ["Sr. Vice Pres."]),
    ("Sr. Vice Pres., FMR", ["Sr. Vice Pres."]), ("Sr. V.P.", ["Sr. V.P."]),
    ("Exec. V.P.", ["Exec. V.P."]), ("President.", ["President"]), ("Treasurer.", ["Treasurer"]),
])
def test_read_roles_keeps_abbreviation_periods(text, titles):
    assert read_roles(text)[1] == titles


def test_read_roles_full_stop_of_a_board_seat():
    assert read_roles("Director.") == (True, [])


@pytest.mark.parametrize("text, out", [
    ("President.", "President"), ("Director.", "Director"),
    ("Sr. V.P.", "Sr. V.P."), ("Vice Pres.", "Vice Pres."), ("Jr.", "Jr."),
])
def test_role_end_dot(text, out):
    assert ROLE_END_DOT.sub("", text) == out


# -- the named patterns and helpers -------------------------------------------------------------

@pytest.mark.parametrize("cell, name", [
    ("John A. Doe, Esq.", "John A. Doe"), ("Mary Major (1)", "Mary Major"),
    ("Jane Roe*", "Jane Roe"), ("Al Roe, M.D.", "Al Roe"), ("Jo Roe, Ph.D.", "Jo Roe"),
    ("Jane Roe (a)", "Jane Roe"),
])
def test_name_mark(cell, name):
    assert NAME_MARK.sub("", cell) == name


@pytest.mark.parametrize("cell", ["Caleb Loring, Jr.", "Edward C. Johnson 3d", "Esquivel Roe",
                                  "Jane Roe (Chair)"])
def test_name_mark_negative(cell):
    assert NAME_MARK.sub("", cell) == cell


@pytest.mark.parametrize("text", ["Chief Financial", "Senior Managing", "Vice Chairman"])
def test_title_word(text):
    assert TITLE_WORD.search(text)


@pytest.mark.parametrize("text", ["Mary Major", "Jane Q. Roe", "Chiefly Roe"])
def test_title_word_negative(text):
    assert TITLE_WORD.search(text) is None


@pytest.mark.parametrize("line", ["POSITION WITH", "Title with Acme", "PRINCIPAL", "Office Held."])
def test_stacked_label(line):
    assert STACKED_LABEL.fullmatch(line)


@pytest.mark.parametrize("line", ["Each person is a U.S. citizen; positions are shown.",
                                  "The positions of the persons listed below are shown"])
def test_stacked_label_negative(line):
    assert STACKED_LABEL.fullmatch(line) is None


def test_prose_above_a_tab_header_is_no_label():
    # D12 (x/r12): a sentence with "positions" above the header is not a stacked label
    above = ["Each person is a U.S. citizen; positions are shown."]
    assert tab_table_labels("Name\tBusiness Address\tOccupation", above) == [
        "Name", "Business Address", "Occupation"]


def test_tab_cells_keep_leading_empty_cells():
    assert tab_cells("\t\tChief Executive Officer") == ("", ["", "Chief Executive Officer"])
    assert tab_cells("\tMng. Director") == ("", ["Mng. Director"])
    assert tab_cells("Jane Roe\t\tDirector\t\tRetired", 2) == ("Jane Roe", ["Director", "Retired"])
    assert tab_cells("\t\tAsst. Secretary", 2) == ("", ["Asst. Secretary"])
    assert (tab_width("NAME\t\tACME\t\tOCCUPATION"), tab_width("NAME\tACME")) == (2, 1)
