"""The review of the session-23 roster fixes: each input the reviewer made, and what it gives.

H1  an address line goes on with the employer above only where no row can start there;
H2  "/" joins titles of one employer ("President/Chief Executive Officer of Zeta Oil Corp.");
M1  a dash after a title links an employer only when certain (a defined term, a legal form);
M2  the head of a list of titles goes with the list's employer, the roster's own included;
M3  an institution word names an employer only as a name's head ("University of Zeta").
Made-up names throughout.
"""

from __future__ import annotations

import pytest

from graphkit.models import PartyRole
from graphkit.parsers import schedule13_roster_titles as titles
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.schedule13_roster import add_roster_claims, read_rosters
from graphkit.parsers.schedule13_roster_wraps import employer_goes_on, rows_apart_below
from graphkit.source import SourceText
from tests.roster_claims import position_table, roster_claims

ACME = "Acme Widget Corporation"


def _claims(text: str, *orgs: str) -> list[tuple]:
    """The claims of ``text``'s rosters, sorted (the first of ``orgs`` the filer)."""
    return sorted(roster_claims(text, *orgs))


def _table(*rows: str) -> str:
    """A "Name | Citizenship | Position and Occupation" roster of Acme Widget Corporation."""
    return position_table(ACME, *rows)


def _text_table(*lines: str) -> str:
    return (f"                        DIRECTORS AND EXECUTIVE OFFICERS\n"
            f"                        {ACME.upper()}\n\n"
            "Name and Business Address                 Citizenship      Position and Occupation\n"
            "-------------------------                 -----------      -----------------------\n"
            + "".join(f"{line}\n" for line in lines))


def _row(name: str, position: str = "", citizenship: str = "U.S.A.") -> str:
    """A line of :func:`_text_table`: the name (or an address line), and a position."""
    return f" {name:<41}{citizenship if position and citizenship else '':<17}{position}".rstrip()


def _rows(text: str) -> list[tuple[str, str]]:
    (roster,) = read_rosters(SourceText("x", text), 0, len(text))
    return [(r.name, r.roles) for r in roster.rows]


# -- H1: a person's row under "... of Zeta Lung" in a table printing its rows together -----------

def test_compact_table_a_person_under_an_open_employer_starts_a_row():
    text = _text_table(
        _row("Robert A. Roe", "Director; Chairman of Zeta Lung"),
        _row("767 Fifth Avenue"), _row("New York, NY 10153"),
        _row("Jane Q. Roe", "Attorney; Vice President"),
        _row("1 Main Street"), _row("Houston, TX 77002"),
        _row("John H. Doe", "Director; Senior Partner of Roe Smith"),
        _row("Mary T. Poe", "Consultant and Treasurer"))
    assert _rows(text) == [
        ("Robert A. Roe", "Director; Chairman of Zeta Lung"),
        ("Jane Q. Roe", "Attorney; Vice President"),
        ("John H. Doe", "Director; Senior Partner of Roe Smith"),
        ("Mary T. Poe", "Consultant and Treasurer")]
    claims = _claims(text, ACME)
    assert ("Jane Q. Roe", "officer_of", ACME, "Vice President") in claims
    assert ("Mary T. Poe", "officer_of", ACME, "Treasurer") in claims
    assert ("John H. Doe", "director_of", ACME, None) in claims
    assert not any(c[0] == "John H. Doe" and c[1] == "officer_of" for c in claims)


def test_compact_table_private_investor_retired_and_an_open_of():
    text = _text_table(
        _row("Joe H. Foy", "Director; Vice Chairman of Acme"),
        _row("Wendy L. Moe", "Private Investor"),
        _row("Ken L. Hart", "Director; Professor of"),
        _row("Rob K. Jade", "Director"),
        _row("Carl E. Wall", "Director; Partner of Wall Roe"),
        _row("Herb S. Wino", "Retired"))
    assert [name for name, _ in _rows(text)] == [
        "Joe H. Foy", "Wendy L. Moe", "Ken L. Hart", "Rob K. Jade", "Carl E. Wall",
        "Herb S. Wino"]
    assert ("Rob K. Jade", "director_of", ACME, None) in _claims(text, ACME)


def test_rows_printed_apart_an_address_line_goes_on_with_the_employer():
    # the first row too: a blank line ends it before any other person's row
    text = _text_table(
        _row("Jane Q. Roe", "Director; Chairman of Zeta Lung"),
        _row("Zeta Lung Development", "Development Group", ""),
        _row("   Company Limited"), _row("Hong Kong"), "",
        _row("John A. Doe", "Director; Former Leader of the Houses of"),
        _row("Old Roeford", "Commons and Lords", ""), "",
        _row("Mary B. Major", "Vice President"))
    # "Hong Kong" reads as a name alone: a row with no position, and no claim
    assert [r for r in _rows(text) if r[1]] == [
        ("Jane Q. Roe", "Director; Chairman of Zeta Lung Development Group"),
        ("John A. Doe", "Director; Former Leader of the Houses of Commons and Lords"),
        ("Mary B. Major", "Vice President")]
    assert _claims(text, ACME) == [
        ("Jane Q. Roe", "director_of", ACME, None),
        ("John A. Doe", "director_of", ACME, None),
        ("Mary B. Major", "officer_of", ACME, "Vice President")]


def test_an_address_line_with_no_position_between_stops_the_employer():
    # "Development Group" is not right under "of Zeta Lung": a row of its own (main's reading)
    text = _text_table(
        _row("Ann B. Lee", "Director"), "",
        _row("Jane Q. Roe", "Director; Chairman of Zeta Lung"),
        _row("1 Main Street"),
        _row("Zeta Lung Development", "Development Group", ""), "")
    assert _rows(text)[1] == ("Jane Q. Roe", "Director; Chairman of Zeta Lung")


@pytest.mark.parametrize("roles,cell,address,expected", [
    (["Director; Chairman of Zeta Lung"], "Development Group", True, True),
    (["Director; Chairman of Zeta Lung"], "Development Group", False, False),
    (["Director; Chairman of Zeta Lung"], "Treasurer", True, False),
    (["Vice President of Sales"], "Marketing Group", True, False),
    (["Leader of the Houses of"], "Commons and Lords", False, True),
    (["Director; Chairman of Zeta Lung"], "", True, False),
])
def test_employer_goes_on(roles, cell, address, expected):
    assert employer_goes_on(roles, cell, address) is expected


def test_rows_apart_below_stops_at_a_row_or_its_limit():
    assert rows_apart_below(["x"] * 20 + [""], lambda line: False) is False


# -- H2: "/" joins titles of one employer ------------------------------------------------------

@pytest.mark.parametrize("position,expected", [
    ("Director; President/Chief Executive Officer of Zeta Oil Corp.",
     [("Director", None), ("President/Chief Executive Officer", "Zeta Oil Corp.")]),
    ("Vice President/Treasurer", [("Vice President/Treasurer", None)]),
    ("President/Chief Operating Officer-Zeta Stores",
     [("President/Chief Operating Officer-Zeta Stores", None)]),
])
def test_slash_joins_titles_of_one_employer(position, expected):
    assert titles.split_employers(position) == expected


def test_slash_titles_go_to_their_employer():
    text = _table("Carl C. Cole | U.S.A. | Director; President/Chief Executive Officer of "
                  "Zeta Oil Corp.",
                  "Ona O. Orr | U.S.A. | Vice President/Treasurer")
    assert _claims(text, ACME) == [
        ("Carl C. Cole", "director_of", ACME, None),
        ("Ona O. Orr", "officer_of", ACME, "Vice President, Treasurer")]
    assert ("Carl C. Cole", "officer_of", "Zeta Oil Corp.",
            "President, Chief Executive Officer") in _claims(text, ACME, "Zeta Oil Corp.")


# -- M1: a dash before a department ------------------------------------------------------------

@pytest.mark.parametrize("position", [
    "Vice President-Exploration", "Vice President-Refining and Marketing",
    "Senior Vice President-Real Estate", "President-Chemicals Division",
    "Vice President-Legal and Secretary",
    "Executive Vice President-Administration and Chief Financial Officer",
    "President-Energy Services", "Vice President-Government Affairs", "Vice President-Purchasing",
    "Vice President-Mergers and Acquisitions", "Vice President-Engineering and Construction",
    "President-Elect", "Chairman-Elect", "Executive Officer-Acme", "Vice President-R&D",
])
def test_dash_before_a_department_stays_the_rosters(position):
    assert titles.split_employers(position, known=lambda name: False) == [(position, None)]


def test_dash_department_titles_in_a_table_that_marks_seats():
    text = _table(
        "Jane Q. Roe | U.S.A. | Director; Chairman and Chief Executive Officer",
        "Al A. Axton | U.S.A. | Vice President-Exploration",
        "Bo B. Bister | U.S.A. | Executive Vice President-Administration and Chief Financial "
        "Officer",
        "Ed E. Eads | U.S.A. | Vice President-Legal and Secretary",
        "Fe F. Ford | U.S.A. | President-Chemicals Division",
        "Gu G. Gant | U.S.A. | Senior Vice President-Real Estate")
    assert _claims(text, ACME) == [
        ("Al A. Axton", "officer_of", ACME, "Vice President"),
        ("Bo B. Bister", "officer_of", ACME, "Executive Vice President, Chief Financial Officer"),
        ("Ed E. Eads", "officer_of", ACME, "Vice President, Secretary"),
        ("Fe F. Ford", "officer_of", ACME, "President"),
        ("Gu G. Gant", "officer_of", ACME, "Senior Vice President"),
        ("Jane Q. Roe", "director_of", ACME, None),
        ("Jane Q. Roe", "officer_of", ACME, "Chairman, Chief Executive Officer")]


def test_dash_department_before_an_occupations_employer():
    text = (f"DIRECTORS AND EXECUTIVE OFFICERS OF {ACME}\n\n"
            "Name | Citizenship | Present Principal Occupation\n"
            "Al A. Axton | U.S.A. | Vice President-Exploration, Zeta Trade Resources Corp.\n")
    assert _claims(text, ACME, "Zeta Trade Resources Corp.") == [
        ("Al A. Axton", "officer_of", "Zeta Trade Resources Corp.", "Vice President")]


@pytest.mark.parametrize("rest,known,expected", [
    ("Zeta Music Corp.", False, True), ("Zeta Holdings, Inc.", False, True),
    ("Zeta Group plc New Horizons Court", False, True),
    ("ACME", True, True), ("ACME", False, False), ("Zeta Music", False, False),
    ("Exploration, Zeta Corp.", False, False), ("Energy Services", False, False),
    ("Treasurer", True, False), ("co-Head", False, False),
])
def test_dash_employer(rest, known, expected):
    assert titles._dash_employer(rest, (lambda name: True) if known else None) is expected


def test_nonexecutive_office_at_the_roster_is_no_executive_officer():
    # the row states an office at the roster's company ("Nonexecutive Deputy Chairman-ACME"):
    # no "Executive Officer" for it, but a seat on the board (session 32 review M2: a British
    # board's non-executive chair; it was read as nothing)
    book = PartyBook()
    filer = book.add("Acme Holdings Inc.", role=PartyRole.REPORTING_PERSON)
    book.bind_term("ACME", "Acme Holdings Inc.")
    text = ("DIRECTORS AND EXECUTIVE OFFICERS OF ACME\n\n"
            "Jane Q. Roe                                Director-ACME\n\n"
            "John A. Doe                                Nonexecutive Deputy Chairman-ACME/\n"
            "                                           Chairman-Zeta Beecham plc\n")
    claims: list = []
    add_roster_claims(SourceText("x", text), book, claims, 0, len(text), [filer])
    assert sorted((book.get(c.source).name, c.relation.value, c.title) for c in claims) == [
        ("Jane Q. Roe", "director_of", None), ("John A. Doe", "director_of", None)]


# -- M2: a list of titles ending at the roster's own company -----------------------------------

def test_list_of_titles_at_the_rosters_own_company():
    text = _table(
        f"Lu L. Lund | U.S.A. | Director; Chairman, President and Chief Executive Officer, {ACME}",
        f"Mo M. Mott | U.S.A. | Vice President, Secretary and General Counsel, {ACME}",
        f"Ne N. Nash | U.S.A. | Executive Vice President, Chief Financial Officer and Treasurer, "
        f"{ACME}")
    assert _claims(text, ACME) == [
        ("Lu L. Lund", "director_of", ACME, None),
        ("Lu L. Lund", "officer_of", ACME, "Chairman, President, Chief Executive Officer"),
        ("Mo M. Mott", "officer_of", ACME, "Vice President, Secretary, General Counsel"),
        ("Ne N. Nash", "officer_of", ACME,
         "Executive Vice President, Chief Financial Officer, Treasurer")]


def test_list_of_titles_at_an_employer_that_is_no_party_goes_to_no_one():
    text = _table("Jane Q. Roe | U.S.A. | Director; Chairman, President and Chief Executive "
                  "Officer, Zeta Oil & Gas Corp.")
    assert _claims(text, ACME) == [("Jane Q. Roe", "director_of", ACME, None)]


# -- M3: institution words in departments ------------------------------------------------------

def test_institution_words_in_departments_stay_the_rosters():
    text = _table(
        "Al A. Axton | U.S.A. | Senior Vice President, Savings Operations",
        "Bo B. Bister | U.S.A. | Vice President, Hospital Division",
        "Cy C. Cole | U.S.A. | Vice President, Commission Sales",
        "Di D. Dunn | U.S.A. | Treasurer of the School District",
        "Ed E. Eads | U.S.A. | President and Chief Executive Officer of the Association",
        "Fe F. Ford | U.S.A. | Senior Vice President-Savings",
        "Gu G. Gant | U.S.A. | President (Emeritus), University of Zeta",
        "Hy H. Hoyt | U.S.A. | President and Chief Operating Officer, Home Savings of Zeta")
    assert _claims(text, ACME) == [
        ("Al A. Axton", "officer_of", ACME, "Senior Vice President"),
        ("Bo B. Bister", "officer_of", ACME, "Vice President"),
        ("Cy C. Cole", "officer_of", ACME, "Vice President"),
        ("Di D. Dunn", "officer_of", ACME, "Treasurer"),
        ("Ed E. Eads", "officer_of", ACME, "President, Chief Executive Officer"),
        ("Fe F. Ford", "officer_of", ACME, "Senior Vice President")]
