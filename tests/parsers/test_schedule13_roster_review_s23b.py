"""The second review of the session-23 roster fixes: each input the reviewer made, and what it gives.

H1  a line whose name cell is surely a person's ("Jane Q. Roe") always starts a row, whatever
    the blank lines; only an address or company line goes on with an employer left open;
M1  the dash rule works per clause: after a ";" a clause is judged on its own;
L1  a courtesy title followed by "and" ("Mr. and Mrs. John Roe") is never stripped.
Made-up names throughout.
"""

from __future__ import annotations

import pytest

from graphkit.models import PartyRole
from graphkit.parsers import schedule13_roster_titles as titles
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.schedule13_roster import add_roster_claims, read_rosters
from graphkit.parsers.schedule13_roster_names import PERSON_MARK, is_named_person
from graphkit.parsers.schedule13_roster_wraps import rows_apart_below
from graphkit.source import SourceText
from tests.roster_claims import roster_claims

ACME = "Acme Widget Corporation"


def _text_table(*lines: str, blank_first: bool = True) -> str:
    return (f"                        DIRECTORS AND EXECUTIVE OFFICERS\n"
            f"                        {ACME.upper()}\n\n"
            "<TABLE>\n"
            "Name and Business Address                 Citizenship      Position and Occupation\n"
            "-------------------------                 -----------      -----------------------\n"
            + ("\n" if blank_first else "") + "".join(f"{line}\n" for line in lines)
            + "</TABLE>\n\n\n")


def _row(name: str, position: str = "", citizenship: str = "U.S.A.") -> str:
    return f" {name:<41}{citizenship if position and citizenship else '':<17}{position}".rstrip()


def _rows(text: str) -> list[tuple[str, str]]:
    (roster,) = read_rosters(SourceText("x", text), 0, len(text))
    return [(r.name, r.roles) for r in roster.rows]


def _claims(text: str) -> list[tuple]:
    return sorted(roster_claims(text, ACME))


# -- H1 ----------------------------------------------------------------------------------------

BELFER = _row("Robert A. Roe", "Director; Chairman of Zeta Lung")
JANE = _row("Jane Q. Roe", "Attorney; Vice President")


@pytest.mark.parametrize("lines,blank_first", [
    ([BELFER, JANE], True),  # g1: a blank line before the first row, Jane the last row
    ([BELFER, JANE], False),  # g1b: no blank line before the first row
    ([BELFER, JANE, _row("1 Main Street"), "", _row("John H. Doe", "Director"), ""], True),  # g1d
])
def test_a_named_person_under_an_open_employer_starts_a_row(lines, blank_first):
    text = _text_table(*lines, blank_first=blank_first)
    assert _rows(text)[:2] == [("Robert A. Roe", "Director; Chairman of Zeta Lung"),
                               ("Jane Q. Roe", "Attorney; Vice President")]
    claims = _claims(text)
    assert ("Jane Q. Roe", "officer_of", ACME, "Vice President") in claims
    assert ("Robert A. Roe", "officer_of", ACME, "Chairman") in claims


def test_spaced_table_with_one_pair_not_apart():
    # g1h: the table prints its rows apart, but Dan D. Doe and Mary T. Poe follow each other
    text = _text_table(
        _row("John H. Duncan", "Director; Partner of Roe Smith"), _row("5851 Main Street"), "",
        _row("Dan D. Doe", "Director; Chairman of Doe Brothers"),
        _row("Mary T. Poe", "Attorney; Vice President"), _row("1400 Main Street"), "",
        _row("Ken L. Lay", "Director; Chairman"))
    claims = _claims(text)
    assert ("Mary T. Poe", "officer_of", ACME, "Vice President") in claims
    assert ("Dan D. Doe", "officer_of", ACME, "Chairman") in claims


def test_a_professor_of_economics_over_the_last_row():
    # g2b: "Professor of Economics" keeps the line open; Mary T. Poe is still a row
    text = _text_table(
        _row("Ken L. Lay", "Director; Chairman"),
        _row("Ann A. Ames", "Director; Professor of Economics"),
        _row("Mary T. Poe", "Private Investor; Director"), blank_first=False)
    assert [name for name, _ in _rows(text)] == ["Ken L. Lay", "Ann A. Ames", "Mary T. Poe"]
    assert ("Mary T. Poe", "director_of", ACME, None) in _claims(text)


def test_an_address_line_that_reads_like_a_name_still_goes_on_in_a_spaced_table():
    # the real shape: "Zeta Lung Development" (no initial, no known given name) in a table
    # printing its rows apart goes on with "Chairman of Zeta Lung"; "Old Roeford" after a bare
    # "of" too
    text = _text_table(
        _row("Ann B. Lee", "Director"), _row("1 Main Street"), "",
        _row("Jane Q. Roe", "Director; Chairman of Zeta Lung"),
        _row("Zeta Lung Development", "Development Group", ""), _row("   Company Limited"), "",
        _row("John A. Doe", "Director; Former Leader of the Houses of"),
        _row("Old Roeford", "Commons and Lords", ""), _row("Roeshire"), "",
        _row("Mary B. Major", "Vice President"))
    assert [r for r in _rows(text) if r[1]] == [
        ("Ann B. Lee", "Director"),
        ("Jane Q. Roe", "Director; Chairman of Zeta Lung Development Group"),
        ("John A. Doe", "Director; Former Leader of the Houses of Commons and Lords"),
        ("Mary B. Major", "Vice President")]


def test_a_name_like_line_in_a_compact_table_is_a_row_of_its_own():
    # a table printing its rows together, the last row: nothing shows the table prints rows
    # apart (the blank line ending the table proves nothing), so main's row split stands
    text = _text_table(
        _row("Ken L. Lay", "Director; Chairman"),
        _row("Ann Ames", "Director; Professor of Economics"),
        _row("Wendy Moe", "Private Investor; Director"))
    assert [name for name, _ in _rows(text)] == ["Ken L. Lay", "Ann Ames", "Wendy Moe"]


@pytest.mark.parametrize("cell,expected", [
    ("Jane Q. Roe", True), ("E.A. Roe", True), ("Jane Roe, Jr.", True), ("Mr. Dana Roe", True),
    ("Mary Poe", True),  # a given name the table knows
    ("Old Roeford", False), ("Zeta Lung Development", False), ("Wendy Moe", False),
    ("Park Avenue", False), ("Acme Corp.", False),
])
def test_is_named_person(cell, expected):
    assert is_named_person(cell) is expected


@pytest.mark.parametrize("text,found", [
    ("Jane Q. Roe", True), ("E.A. Roe", True), ("Jane Roe, III", True), ("Dr. Jane Roe", True),
    ("Jane St. Roe", False), ("Old Roeford", False),
])
def test_person_mark(text, found):
    assert (PERSON_MARK.search(text) is not None) is found


def test_rows_apart_below_needs_a_row_after_the_blank_line():
    def starts(line: str) -> bool:
        return line.startswith("John")
    assert rows_apart_below(["   Company Limited", "", "John A. Doe   Director"], starts)
    assert not rows_apart_below(["   Company Limited", "", "</TABLE>", "", ""], starts)
    assert not rows_apart_below(["   Company Limited", "", ""], starts)


# -- M1 ----------------------------------------------------------------------------------------

def _zeta_known(name: str) -> bool:
    return name == "ZETA"


@pytest.mark.parametrize("position,expected", [
    ("Director-ZETA; Vice President-Exploration",
     [("Director", "ZETA"), ("Vice President-Exploration", None)]),
    ("Director-ZETA; Vice President-Store Operations",
     [("Director", "ZETA"), ("Vice President-Store Operations", None)]),
    ("Vice President-Exploration; Director-ZETA",
     [("Vice President-Exploration", None), ("Director", "ZETA")]),
    # within one clause a linked dash still links: "/" after "Director-ZETA"
    ("Director-ZETA/President-Zeta Music", [("Director", "ZETA"), ("President", "Zeta Music")]),
])
def test_the_dash_rule_works_per_clause(position, expected):
    assert titles.split_employers(position, known=_zeta_known) == expected


def test_a_clause_after_a_linked_dash_keeps_its_department_in_the_roster():
    book = PartyBook()
    filer = book.add(ACME, role=PartyRole.REPORTING_PERSON)
    book.add("Zeta Holdings Inc.")
    book.bind_term("ZETA", "Zeta Holdings Inc.")
    text = ("DIRECTORS AND EXECUTIVE OFFICERS OF ACME WIDGET CORPORATION\n\n"
            "Jane Q. Roe                                Director-ZETA; Vice President-Exploration\n")
    claims: list = []
    add_roster_claims(SourceText("x", text), book, claims, 0, len(text), [filer])
    assert sorted((book.get(c.source).name, c.relation.value, book.get(c.target).name, c.title)
                  for c in claims) == [
        ("Jane Q. Roe", "director_of", "Zeta Holdings Inc.", None),
        ("Jane Q. Roe", "officer_of", ACME, "Vice President")]
