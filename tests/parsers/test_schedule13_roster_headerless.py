"""Rosters printed with no header under a heading that names the company by its defined term
(session 23): "DIRECTORS AND EXECUTIVE OFFICERS OF ACME" over rows "Jane Q. Roe  President/
Director" whose business address stands under the name, and positions "Director-ACME/President-
Zeta Music" that join a title to its employer with a dash. Made-up names throughout.
"""

from __future__ import annotations

import pytest

from graphkit.models import PartyRole
from graphkit.parsers import schedule13_roster_titles as titles
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.schedule13_roster import add_roster_claims, read_rosters
from graphkit.parsers.schedule13_roster_headerless import headerless_bound, opens_with_title
from graphkit.parsers.schedule13_roster_rows import STOP_HEADING
from graphkit.source import SourceText

HOLDINGS = "Acme Holdings Inc."
PARENT = "Acme Group plc"


def _claims(text: str):
    """Claims of ``text`` with the filer Acme Holdings Inc. ("ACME") and Acme Group plc
    ("PARENT") defined as the filing's prose defines them."""
    book = PartyBook()
    filer = book.add(HOLDINGS, role=PartyRole.REPORTING_PERSON)
    book.bind_term("ACME", HOLDINGS)
    book.add(PARENT)
    book.bind_term("PARENT", PARENT)
    claims: list = []
    add_roster_claims(SourceText("x", text), book, claims, 0, len(text), [filer])
    return sorted((book.get(c.source).name, c.relation.value, book.get(c.target).name,
                   c.title) for c in claims)


SCHEDULE = """\
                                   SCHEDULE A

                  DIRECTORS AND EXECUTIVE OFFICERS OF ACME


Jane Q. Roe                                Chief Executive Officer/
Acme Holdings Inc.                         President/Director
1 Main Street
Springfield, Ohio 45501
Citizenship:  United States

John  Doe                                  Vice President/Treasurer
Acme Holdings Inc.
1 Main Street
Citizenship:  United States


                   DIRECTORS AND EXECUTIVE OFFICERS OF PARENT


Mary B. Major                              Nonexecutive Director-PARENT/President-
Acme Group plc                             Zeta Foods Europe, Middle
4 High Street                              East & Africa
London                                     Zeta Foods Company
Citizenship:  British

Paul C. Minor                              Chairman-PARENT
Acme Group plc
Citizenship:  British

Ann D. Moe                                 Director-PARENT/President and
Acme Group plc                             Chief Executive Officer-Zeta Music
Citizenship:  British

                                  EXHIBIT INDEX

Exhibit 1      Agreement among Acme Holdings Inc. and Jack E. Doe      Page 9
"""


def test_headerless_rosters_under_defined_terms():
    assert _claims(SCHEDULE) == [
        ("Ann D. Moe", "director_of", PARENT, None),
        ("Jane Q. Roe", "director_of", HOLDINGS, None),
        ("Jane Q. Roe", "officer_of", HOLDINGS, "Chief Executive Officer, President"),
        ("John Doe", "officer_of", HOLDINGS, "Vice President, Treasurer"),
        ("Mary B. Major", "director_of", PARENT, None),
        ("Paul C. Minor", "director_of", PARENT, None),  # the chair sits on the board
        ("Paul C. Minor", "officer_of", PARENT, "Chairman")]


def test_headerless_rows_and_the_exhibit_index_stop():
    rosters = read_rosters(SourceText("x", SCHEDULE), 0, len(SCHEDULE))
    assert [(r.orgs, [w.name for w in r.rows]) for r in rosters] == [
        (["ACME"], ["Jane Q. Roe", "John Doe"]),
        (["PARENT"], ["Mary B. Major", "Paul C. Minor", "Ann D. Moe"])]


def test_defined_term_heading_with_a_header():
    # the heading's term is the party the filing defines, with a header row too
    text = ("DIRECTORS AND EXECUTIVE OFFICERS OF ACME\n\n"
            "Name | Position\nJane Q. Roe | President\n")
    assert _claims(text) == [("Jane Q. Roe", "officer_of", HOLDINGS, "President")]


def test_undefined_term_heading_gives_nothing():
    text = ("DIRECTORS AND EXECUTIVE OFFICERS OF ZETA\n\n"
            "Jane Q. Roe                                President/Director\n")
    assert _claims(text) == []


@pytest.mark.parametrize("text", [
    # prose under the lead, a name and an address, a signature line: no table
    "DIRECTORS AND EXECUTIVE OFFICERS OF ACME\n\nJane Q. Roe is the sole director and "
    "the President of the company and has no other occupation.\n",
    "DIRECTORS AND EXECUTIVE OFFICERS OF ACME\n\nJane Q. Roe                 1 Main Street\n",
    "DIRECTORS AND EXECUTIVE OFFICERS OF ACME\n\nJane Q. Roe  President\n",
])
def test_no_headerless_table(text):
    assert _claims(text) == []


@pytest.mark.parametrize("cells,bound", [
    ([(0, "Jane Q. Roe"), (43, "Chief Executive Officer/")], 41),
    ([(0, "Jane Q. Roe"), (43, "Nonexecutive Director-ACME")], 41),
    ([(0, "Jane Q. Roe"), (22, "Director")], 20),
    ([(0, "Jane Q. Roe"), (12, "Director")], None),           # too close: a sentence
    ([(0, "Jane Q. Roe"), (43, "1 Main Street")], None),      # an address
    ([(0, "Acme Holdings Inc."), (43, "President")], None),   # no person
    ([(0, "Jane Q. Roe, President"), (43, "Director")], None),
    ([(0, "Name"), (43, "Position")], None),                  # a header
    ([(0, "Jane Q. Roe")], None),
])
def test_headerless_bound(cells, bound):
    assert headerless_bound(cells) == bound


@pytest.mark.parametrize("cell,expected", [
    ("President/Director", True), ("Group Finance Director", True),
    ("Nonexecutive Deputy Chairman-ACME", True), ("Springfield, Ohio", False),
    ("Citizenship:  British", False), ("the President", False),
])
def test_opens_with_title(cell, expected):
    assert opens_with_title(cell) is expected


# -- dashes and slashes in a position ---------------------------------------------------------

@pytest.mark.parametrize("position,expected", [
    # a "/" joins titles of one employer
    ("Chief Executive Officer/ President/Director",
     [("Chief Executive Officer/ President/Director", None)]),
    # after a dash to a defined term, "/" starts a clause and a dash links an employer
    ("Director-ACME/President and Chief Executive Officer-Zeta Music",
     [("Director", "ACME"), ("President and Chief Executive Officer", "Zeta Music")]),
    ("Chairman-ACME", [("Chairman", "ACME")]),
    # a name with a legal form after the dash
    ("Chief Executive- Zeta Group plc", [("Chief Executive", "Zeta Group plc")]),
    # a department after the dash, a dash spaced on both sides, a hyphenated title, a term
    # the filing does not define: the roster's
    ("Chief Executive- Zeta Group", [("Chief Executive- Zeta Group", None)]),
    ("Vice President-Finance", [("Vice President-Finance", None)]),
    ("President - Energy Services", [("President - Energy Services", None)]),
    ("Non-Executive Director", [("Non-Executive Director", None)]),
    ("Director-ZETA", [("Director-ZETA", None)]),
])
def test_split_employers_dash_and_slash(position, expected):
    assert titles.split_employers(position, known=lambda name: name == "ACME") == expected


def test_read_roles_slash_and_nonexecutive():
    assert titles.read_roles("Vice President/Treasurer") == (False, ["Vice President", "Treasurer"])
    assert titles.read_roles("Nonexecutive Director") == (True, [])


@pytest.mark.parametrize("text,found", [
    ("Director-ACME", "-"), ("Chief Executive Officer-Zeta", "-"), ("Chief Executive- Zeta", "- "),
    ("Coca-Cola", None), ("Non-Executive", None), ("President - Energy", None),
])
def test_title_dash_pattern(text, found):
    m = titles.TITLE_DASH.search(text)
    assert (m.group() if m else None) == found


@pytest.mark.parametrize("text,clauses", [
    ("Director-ACME/President-Zeta Music", ["Director-ACME", "President-Zeta Music"]),
    ("President/Treasurer of Zeta Oil Corp.", ["President/Treasurer of Zeta Oil Corp."]),
    ("Director-Zeta Corp./Chairman-ACME", ["Director-Zeta Corp.", "Chairman-ACME"]),
])
def test_slash_clauses(text, clauses):
    assert titles._slash_clauses(text, lambda name: name == "ACME") == clauses


@pytest.mark.parametrize("line,stops", [
    ("                                  EXHIBIT INDEX", True), ("SCHEDULE B", True),
    ("Exhibit indexes are attached", False),
])
def test_stop_heading_exhibit_index(line, stops):
    assert (STOP_HEADING.match(line) is not None) is stops
