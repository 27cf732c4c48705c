"""Instruction C rosters: occupations held elsewhere, future boards, non-director officers,
digits in employers' names and long tables (made-up rosters of a review)."""

from __future__ import annotations

import pytest

from graphkit.parsers import schedule13_roster as roster
from graphkit.parsers import schedule13_roster_rows as rows
from graphkit.parsers import schedule13_roster_titles as titles
from graphkit.parsers.partybook import PartyBook
from graphkit.source import SourceText
from tests.cpu_time import cpu_seconds
from tests.roster_claims import roster_claims

ACME = "Acme Widget Corporation"
LEAD = f"Directors and Executive Officers of {ACME}\n\n"
OCCUPATION = "Name | Business Address | Present Principal Occupation\n"


def _claims(text: str, *orgs: str):
    return roster_claims(text, *orgs)


# -- 1. an occupation at another employer is no title at the roster's company ---------------

@pytest.mark.parametrize("cell", [
    "President, Zeta University",
    "Chief Executive Officer, Zetasoft",
    "Managing Director of Roe Sachs",
    "Chairman and Chief Executive Officer of Zetalco",
    "CEO of Mount Zeta Hospital",
    "Chief Executive Officer Zetasoft",
])
def test_occupation_at_another_employer_is_not_the_rosters(cell):
    text = LEAD + OCCUPATION + f"Jane Q. Roe | 1 Main Street | {cell}\n"
    assert _claims(text, ACME) == []


def test_occupation_at_another_employer_that_is_a_party_goes_to_it():
    text = LEAD + OCCUPATION + ("Jane Q. Roe | 1 Main Street | Chief Executive Officer, Zetasoft, "
                                "Springfield, Ohio\n")
    assert _claims(text, ACME, "Zetasoft") == [
        ("Jane Q. Roe", "officer_of", "Zetasoft", "Chief Executive Officer")]


@pytest.mark.parametrize("cell,expected", [
    ("Director", [("Jane Q. Roe", "director_of", ACME, None)]),
    ("Chief Financial Officer", [("Jane Q. Roe", "officer_of", ACME, "Chief Financial Officer")]),
    (f"President of {ACME}", [("Jane Q. Roe", "officer_of", ACME, "President")]),
    # a department of the company, not an employer
    ("Vice President of Sales", [("Jane Q. Roe", "officer_of", ACME, "Vice President")]),
])
def test_occupation_with_no_other_employer_stays_the_rosters(cell, expected):
    text = LEAD + OCCUPATION + f"Jane Q. Roe | 1 Main Street | {cell}\n"
    assert _claims(text, ACME) == expected


def test_position_column_keeps_its_department():
    text = LEAD + "Name | Position\nJane Q. Roe | Vice President of Investor Relations\n"
    assert _claims(text, ACME) == [("Jane Q. Roe", "officer_of", ACME, "Vice President")]


@pytest.mark.parametrize("rest,any_name,expected", [
    ("Zeta University", True, True),
    ("Zetasoft", True, True),
    ("Zetasoft", False, False),
    # an institution's word names an employer even in a position column (session 23)
    ("Zeta University", False, True),
    ("Acme Bank", False, True),
    ("North American Field Operations", True, False),
    ("Treasurer and Secretary", True, False),
])
def test_names_employer(rest, any_name, expected):
    assert titles.names_employer(rest, any_name) is expected


@pytest.mark.parametrize("text", ["Sales", "Manufacturing Operations",
                                  "North American Field Operations", "Investor Relations",
                                  "the Finance Department"])
def test_department_pattern(text):
    assert titles.DEPARTMENT.fullmatch(text)


@pytest.mark.parametrize("text", ["Zetasoft", "Zeta University", "Mount Zeta Hospital"])
def test_department_pattern_rejects_employers(text):
    assert titles.DEPARTMENT.fullmatch(text) is None


# -- 2. a future or proposed board is no roster -----------------------------------------------

@pytest.mark.parametrize("lead", [
    "Upon consummation of the Merger, the persons set forth below will become the directors "
    "and officers of Acme Widget Corporation:",
    "The Reporting Person intends to nominate the following individuals for election as "
    "directors and officers of Acme Widget Corporation:",
    "The proposed directors and officers of Acme Widget Corporation are:",
    "Zeta has the right to designate the following persons as directors and officers of "
    "Acme Widget Corporation:",
])
def test_future_board_is_no_roster(lead):
    text = lead + "\n\nName | Position\nJane Q. Roe | President and Director\n"
    assert roster.read_rosters(SourceText("x", text), 0, len(text)) == []
    assert _claims(text, ACME) == []


def test_future_words_of_an_earlier_sentence_do_not_stop_a_roster():
    text = ("The Merger will become effective on May 1. The directors and executive officers of "
            f"{ACME} are as follows:\n\nName | Position\nJane Q. Roe | President\n")
    assert _claims(text, ACME) == [("Jane Q. Roe", "officer_of", ACME, "President")]


@pytest.mark.parametrize("text", ["will become the", "upon consummation of the Merger",
                                  "to nominate", "for election as", "proposed"])
def test_future_before_pattern(text):
    assert roster.FUTURE_BEFORE.search(text)


# -- 3. officers who are no directors ---------------------------------------------------------

@pytest.mark.parametrize("heading", [
    "EXECUTIVE OFFICERS (NON-DIRECTORS)", "Executive Officers (who are not Directors):",
    "Non-Director Executive Officers", "EXECUTIVE OFFICERS WHO ARE NOT DIRECTORS",
])
def test_non_director_officers_heading(heading):
    m = rows.SECTION_LINE.fullmatch(heading)
    assert m is not None and m["officer"] and not m["director"]
    text = (LEAD + "DIRECTORS\n\n" + OCCUPATION + "Jane Q. Roe | 1 Main Street | Retired\n\n"
            + heading + "\n\n" + OCCUPATION + "John A. Doe | 1 Main Street | Vice President\n")
    assert _claims(text, ACME) == [("Jane Q. Roe", "director_of", ACME, None),
                                   ("John A. Doe", "officer_of", ACME, "Vice President")]


def test_non_director_officers_heading_in_a_text_table():
    text = (LEAD + "DIRECTORS\n\n"
            "Name                Principal Occupation\n"
            "----------          --------------------\n"
            "Jane Q. Roe         Retired\n\n"
            "EXECUTIVE OFFICERS WHO ARE NOT DIRECTORS\n\n"
            "John A. Doe         Vice President\n")
    assert _claims(text, ACME) == [("Jane Q. Roe", "director_of", ACME, None),
                                   ("John A. Doe", "officer_of", ACME, "Vice President")]


# -- 4. a digit inside an employer's name is no address ----------------------------------------

@pytest.mark.parametrize("cell,employer", [
    ("Chief Executive Officer of 3Z Company", "3Z Company"),
    ("President of Alpha 1 Holdings LLC", "Alpha 1 Holdings LLC"),
    ("Managing Director, 40 North Management LLC", "40 North Management LLC"),
])
def test_digit_in_employer_name(cell, employer):
    assert roster.OCCUPATION_ADDRESS.search(cell) is None
    text = LEAD + OCCUPATION + f"Jane Q. Roe | 1 Main Street | {cell}\n"
    claims = _claims(text, ACME, employer)
    assert [(rel, org) for _, rel, org, _ in claims] == [("officer_of", employer)]


@pytest.mark.parametrize("cell,address", [
    ("President Acme Widget, Inc. 10 Main Street Springfield", " 10 Main Street"),
    ("President Acme Widget, Inc. 1585 Broadway New York", " 1585 Broadway"),
    ("President Acme Widget, Inc. P.O. Box 12", " P.O. Box"),
])
def test_occupation_address_finds_a_street_number(cell, address):
    m = roster.OCCUPATION_ADDRESS.search(cell)
    assert m is not None and cell[m.start():].startswith(address)


# -- 5. long tables and long cells ----------------------------------------------------------

def test_partybook_add_without_fuzzy_match():
    book = PartyBook()
    jane = book.add("Jane Quincy Roe")
    assert book.add("Jane Q. Roe", fuzzy=False) is not jane
    assert book.add("JANE QUINCY ROE", fuzzy=False) is jane
    fuzzy = PartyBook()
    assert fuzzy.add("Jane Q. Roe") is fuzzy.add("Jane Quincy Roe")


def test_prose_cell_is_no_position():
    text = LEAD + "Name | Position\nJane Q. Roe | " + "President of the Company. " * 40 + "\n"
    assert _claims(text, ACME) == []


def test_long_roster_is_fast():
    names = [f"Jane {chr(65 + i % 26)}. Roe{chr(97 + i // 26 % 26)}{chr(97 + i % 26)}"
             for i in range(600)]
    text = LEAD + "Name | Position\n" + "".join(f"{n} | Vice President\n" for n in names)
    with cpu_seconds() as spent:
        claims = _claims(text, ACME)
    assert len(claims) == 600
    assert spent() < 3


# -- 6. a wrapped name line continues its row ------------------------------------------------

def test_wrapped_name_line_continues_the_row():
    text = (LEAD + "Name                Position\n"
            "----------          --------------------\n"
            "Maria Fernanda      President and\n"
            "Garcia Lopez        Chief Executive Officer\n"
            "Jane Q. Roe         Vice President of\n"
            "                    investor relations\n"
            "John A. Doe         Secretary\n")
    assert _claims(text, ACME) == [
        ("Maria Fernanda Garcia Lopez", "officer_of", ACME, "President, Chief Executive Officer"),
        ("Jane Q. Roe", "officer_of", ACME, "Vice President"),
        ("John A. Doe", "officer_of", ACME, "Secretary")]


@pytest.mark.parametrize("roles,cell,expected", [
    (["President and"], "Chief Executive Officer", True),
    (["Vice President"], "of sales", True),
    (["Vice President"], "Secretary", False),
    (["President and"], "", False),
])
def test_continues(roles, cell, expected):
    assert rows._continues(roles, cell) is expected
    assert bool(rows.OPEN_END.search(roles[0])) is roles[0].endswith("and")
