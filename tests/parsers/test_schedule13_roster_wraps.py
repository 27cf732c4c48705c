"""A roster row's surname wrapped onto the next line of the name column
(:func:`graphkit.parsers.schedule13_roster_wraps.wrapped_surname`).

A real 1994 Schedule 13D/A printed its Annex A roster with surnames wrapped under given names
("Lawrence B." over "Buttenwieser"); the roster stopped at the first such row (a blank line, then
a line naming no person), and 20 of its 22 officers and directors were lost.
"""

from __future__ import annotations

import pytest

from graphkit.parsers.schedule13_roster import read_rosters
from graphkit.parsers.schedule13_roster_wraps import wrapped_surname
from graphkit.source import SourceText


WRAPPED = """ANNEX A

          The following is a list of the directors and executive officers
of Acme Media Inc. ("Acme"), setting forth the business address
and present principal occupation or employment of each such person.

                                                Principal Occupation or
Name                  Office                    Employment and Address

Jane Q. Roe           Director                  Chairman,
                                                Roe Capital Associates

Lawrence B.           Director                  Partner,
Doeberger                                       Doe & Poe

Hugh F.               Senior Vice               Senior Vice President,
Culverbridge, Jr.     President                 Acme*

John A. Doe           Director                  Private investor
"""


def test_wrapped_surname_joins_the_name_and_the_roster_goes_on():
    rosters = read_rosters(SourceText("x.txt", WRAPPED), 0, len(WRAPPED))
    assert [(r.name, r.roles) for r in rosters[0].rows] == [
        ("Jane Q. Roe", "Director"), ("Lawrence B. Doeberger", "Director"),
        ("Hugh F. Culverbridge, Jr.", "Senior Vice President"), ("John A. Doe", "Director")]


@pytest.mark.parametrize("first, below, joined", [
    ("Lawrence B.", "Buttenwieser", True),
    ("Mary A. C.", "Van Dyke", True),
    ("Hugh F.", "O'Neil", True),
    ("Hugh F.", "Smith-Jones", True),
    ("Hugh F.", "McDonald", True),
    ("Jane Q. Roe", "Smith", False),       # a whole name already
    ("Hugh F.", "Acme Corp.", False),      # a company
    ("Hugh F.", "", False),
    ("Hugh F.", "New York, NY", False),
    ("Director", "Smith", False),
])
def test_wrapped_surname(first, below, joined):
    assert wrapped_surname(first, below) is joined


@pytest.mark.parametrize("below, wrapped", [
    ("Buttenwieser", True), ("House", True), ("Doeman, Jr.", True),
    # a title, a label or a section's heading under a given name is none of its surname
    # (review of session 46)
    ("Director", False), ("Chairman", False), ("Executive", False), ("Officers", False),
    ("Directors", False), ("Trustee", False),
])
def test_no_title_or_heading_is_a_wrapped_surname(below, wrapped):
    assert wrapped_surname("John A.", below) is wrapped
