"""Roster rows whose offices are held at another employer (session 23).

A Schedule I row "Director; Chairman, President and Chief Executive Officer, Zeta Oil & Gas
Corp." gives a director's principal occupation at an outside employer: the list of titles
before the employer is that employer's, never the roster's company's. A row whose every office
is elsewhere ("Chairman and Chief Executive Officer, Acme Pipeline Group") in a table that marks
its directors is still one of the company's executive officers. Made-up names throughout.
"""

from __future__ import annotations

import pytest

from graphkit.parsers import schedule13_roster_titles as titles
from graphkit.parsers.schedule13_roster import read_rosters
from graphkit.parsers.schedule13_roster_rows import OPEN_END
from graphkit.parsers.schedule13_roster_wraps import EMPLOYER_END
from graphkit.source import SourceText
from tests.roster_claims import roster_claims

ACME = "Acme Widget Corporation"


def _claims(text: str, *orgs: str):
    return sorted(roster_claims(text, *orgs))


def _table(*rows: str) -> str:
    return (f"DIRECTORS AND EXECUTIVE OFFICERS OF {ACME}\n\n"
            "Name | Citizenship | Position and Occupation\n" + "".join(f"{r}\n" for r in rows))


# -- split_employers: a list of titles ending at an employer ----------------------------------

@pytest.mark.parametrize("position,expected", [
    # "A, B and C, Employer": the list's head may be the employer's too: no one's
    ("Director; Chairman, President and Chief Executive Officer, Zeta Oil & Gas Corp.",
     [("Director", None), ("Chairman", ""),
      ("President and Chief Executive Officer", "Zeta Oil & Gas Corp.")]),
    ("Chairman, Chief Executive Officer and President, Zeta Ventures Corp.",
     [("Chairman", ""), ("Chief Executive Officer and President", "Zeta Ventures Corp.")]),
    # a comma before the employer: "President, Chief Executive Officer, Acme Bank"
    ("President, Chief Executive Officer, Acme Bank",
     [("President", ""), ("Chief Executive Officer", "Acme Bank")]),
    # one title "of" the employer after another: the first stays the roster's
    ("Executive Vice President, President of Acme Bank",
     [("Executive Vice President", None), ("President", "Acme Bank")]),
    # a board seat or offices joined by "and" before the list stay the roster's
    ("Director, Chairman and Chief Executive Officer of Acme Bank",
     [("Director", None), ("Chairman and Chief Executive Officer", "Acme Bank")]),
    ("Chairman of the Board, President and Chief Executive Officer, Acme Bank",
     [("Chairman of the Board", None), ("President and Chief Executive Officer", "Acme Bank")]),
    ("Executive Managing Director and Representative Director, Chairman & Managing Director of "
     "Acme (Europe) Ltd.",
     [("Executive Managing Director and Representative Director", None),
      ("Chairman & Managing Director", "Acme (Europe) Ltd.")]),
    # no employer: all the roster's
    ("Vice President, Treasurer and Director", [("Vice President, Treasurer and Director", None)]),
    ("Senior Vice President, Corporate Development",
     [("Senior Vice President, Corporate Development", None)]),
    # an institution with no company word is an employer
    ("Director; President (Emeritus), University of Zeta Cancer Center",
     [("Director", None), ("President (Emeritus)", "University of Zeta Cancer Center")]),
    ("Director; President and Chief Operating Officer, Zeta Savings of America",
     [("Director", None), ("President and Chief Operating Officer", "Zeta Savings of America")]),
])
def test_split_employers_list_of_titles(position, expected):
    assert titles.split_employers(position) == expected


@pytest.mark.parametrize("rest,expected", [
    ("Zeta Savings of America", True), ("University of Zeta", True),
    ("Federal Zeta Commission", True), ("Roe Institute", True),
    ("Sales", False), ("Exploration and Production", False), ("Treasurer", False),
])
def test_names_employer_institutions(rest, expected):
    assert titles.names_employer(rest) is expected


@pytest.mark.parametrize("text,ok", [
    ("Zeta State University", True), ("University of Zeta Cancer Center", True),
    ("Acme Savings of America", True), ("the University of Zeta", True),
    ("Federal Zeta Commission", True),
    # the institution word no name's head: a department, or the roster's own "Association"
    ("Vice President of Schooling", False), ("Savings Operations", False),
    ("Hospital Division", False), ("Commission Sales", False), ("the Association", False),
    ("the School District", False), ("Savings", False),
])
def test_institution_name_pattern(text, ok):
    assert (titles.INSTITUTION_NAME.match(text) is not None) is ok


# -- the roster's claims -----------------------------------------------------------------------

def test_outside_offices_are_not_the_rosters():
    text = _table(
        "Jane Q. Roe | U.S.A. | Director; Chairman, President and Chief Executive Officer, "
        "Zeta Oil & Gas Corp.",
        "John A. Doe | U.S.A. | Director; Chairman of Zeta Lung Development Group",
        "Mary B. Major | U.S.A. | Director; President (Emeritus), University of Zeta",
        "Paul C. Minor | U.S.A. | Director; President and Chief Operating Officer, "
        "Zeta Savings of America",
        "Ann D. Moe | U.S.A. | Director; Chairman and Chief Executive Officer")
    assert _claims(text, ACME) == [
        ("Ann D. Moe", "director_of", ACME, None),
        ("Ann D. Moe", "officer_of", ACME, "Chairman, Chief Executive Officer"),
        ("Jane Q. Roe", "director_of", ACME, None),
        ("John A. Doe", "director_of", ACME, None),
        ("Mary B. Major", "director_of", ACME, None),
        ("Paul C. Minor", "director_of", ACME, None)]


def test_outside_employer_that_is_a_party_gets_the_whole_list():
    # the head of the list ("Chairman,") goes with the list's employer when it is a party
    text = _table("Jane Q. Roe | U.S.A. | Director; Chairman, President and Chief Executive "
                  "Officer, Acme Bank")
    # (her chair is Acme Bank's board: a seat there too, session 33)
    assert _claims(text, ACME, "Acme Bank") == [
        ("Jane Q. Roe", "director_of", "Acme Bank", None),
        ("Jane Q. Roe", "director_of", ACME, None),
        ("Jane Q. Roe", "officer_of", "Acme Bank", "Chairman, President, Chief Executive Officer")]


def test_row_with_offices_only_elsewhere_is_an_executive_officer():
    # the table marks its directors: a row with no seat is one of the executive officers
    text = _table(
        "Jane Q. Roe | U.S.A. | Director; Chairman and Chief Executive Officer",
        "John A. Doe | U.S.A. | Chairman and Chief Executive Officer, Acme Pipeline Group",
        "Mary B. Major | U.S.A. | Vice Chairman; Chairman and Chief Executive Officer, "
        "Acme International Inc.")
    assert _claims(text, ACME) == [
        ("Jane Q. Roe", "director_of", ACME, None),
        ("Jane Q. Roe", "officer_of", ACME, "Chairman, Chief Executive Officer"),
        ("John A. Doe", "officer_of", ACME, "Executive Officer"),
        ("Mary B. Major", "officer_of", ACME, "Vice Chairman")]


def test_no_executive_officer_when_the_table_marks_no_seat():
    # nothing says the table lists its directors apart: the row may be a director's
    text = _table("John A. Doe | U.S.A. | Chairman and Chief Executive Officer, "
                  "Acme Pipeline Group",
                  "Jane Q. Roe | U.S.A. | Vice President")
    assert _claims(text, ACME) == [("Jane Q. Roe", "officer_of", ACME, "Vice President")]


def test_no_executive_officer_in_an_occupation_column():
    # a principal occupation elsewhere may be a director's: nothing read
    text = (f"DIRECTORS AND EXECUTIVE OFFICERS OF {ACME}\n\n"
            "Name | Present Principal Occupation\n"
            "Jane Q. Roe | Director\n"
            "John A. Doe | Chairman and Chief Executive Officer, Acme Pipeline Group\n")
    assert _claims(text, ACME) == [("Jane Q. Roe", "director_of", ACME, None)]


# -- a text table whose name column holds the business address -------------------------------

TEXT_TABLE = f"""\
                        DIRECTORS AND EXECUTIVE OFFICERS
                        {ACME.upper()}

Name and Business Address                 Citizenship      Position and Occupation
-------------------------                 -----------      -----------------------
 Jane Q. Roe                              U.S.A.           Director; Chairman of Zeta Lung
 Zeta Lung Development                                     Development Group
    Company Limited
 4 Harbour Road

 John A. Doe                              U.K.             Director; Former Secretary of
 Old Roeford                                               Energy Trade
 United Kingdom

 Mary B. Major                            U.S.A.           Vice President of Sales
 Susan E. Moe                             U.S.A.           Treasurer
"""


def test_address_line_under_a_name_goes_on_with_the_employer():
    (roster,) = read_rosters(SourceText("x", TEXT_TABLE), 0, len(TEXT_TABLE))
    assert [(r.name, r.roles) for r in roster.rows] == [
        ("Jane Q. Roe", "Director; Chairman of Zeta Lung Development Group"),
        ("John A. Doe", "Director; Former Secretary of Energy Trade"),
        ("United Kingdom", ""),
        ("Mary B. Major", "Vice President of Sales"),
        ("Susan E. Moe", "Treasurer")]
    assert _claims(TEXT_TABLE, ACME) == [
        ("Jane Q. Roe", "director_of", ACME, None),
        ("John A. Doe", "director_of", ACME, None),
        ("Mary B. Major", "officer_of", ACME, "Vice President"),
        ("Susan E. Moe", "officer_of", ACME, "Treasurer")]


def test_a_new_person_under_a_department_starts_a_row():
    # "of Sales" is a department, and "Treasurer" a title: no employer goes on
    text = TEXT_TABLE.replace(" Susan E. Moe                             U.S.A.           "
                              "Treasurer", " Susan E. Moe                             U.S.A."
                              "           Private Investor")
    (roster,) = read_rosters(SourceText("x", text), 0, len(text))
    assert [r.name for r in roster.rows][-2:] == ["Mary B. Major", "Susan E. Moe"]


@pytest.mark.parametrize("roles,matched", [
    ("Director; Chairman of Zeta Lung", "Zeta Lung"),
    ("President of Acme", "Acme"),
    ("Leader of the Houses of", ""),
    ("Vice President", None),
    ("Chairman of the Board", None),
])
def test_employer_end_pattern(roles, matched):
    m = EMPLOYER_END.search(roles)
    assert (None if m is None else m["name"] or "") == matched


@pytest.mark.parametrize("roles,open_", [
    ("President and", True), ("Director /", True),
    ("Leader of the Houses of", False),  # open for an employer only (EMPLOYER_END)
    ("Vice President", False), ("Professor", False),
])
def test_open_end_pattern(roles, open_):
    assert (OPEN_END.search(roles) is not None) is open_
