"""A cover's place of organization printed with the words of a charter before it
("INCORPORATED IN THE STATE OF NEW YORK", a real 2008 13G/A's cell): the known place alone is
the jurisdiction (:data:`graphkit.parsers.place_of_organization.PLACE_WITH_CHARTER`); a cell
without such words, or whose rest is no known place whole, is kept as written. Made-up covers."""

from __future__ import annotations

import pytest

from graphkit.parsers.place_of_organization import CHARTER_CUT, PLACE_WITH_CHARTER, read_place
from tests.short_13g import short_13g


@pytest.mark.parametrize("cell, place", [
    ("INCORPORATED IN THE STATE OF NEW YORK", "New York"),
    ("Incorporated in the State of New York.", "New York"),
    ("Incorporated in Delaware", "Delaware"),
    ("organized under the laws of the State of Delaware", "Delaware"),
    ("Organized under the laws of the Commonwealth of Massachusetts", "Massachusetts"),
    ("a corporation organized under the laws of Ontario", "Ontario"),
    ("Under the laws of the Cayman Islands", "Cayman Islands"),
    ("Incorporated in England and Wales", "England and Wales"),
    ("Formed in the State of New Jersey", "New Jersey"),
])
def test_place_after_the_words_of_a_charter(cell, place):
    r = read_place(cell)
    assert (r.value, r.raw, r.method) == (place, cell, CHARTER_CUT)


@pytest.mark.parametrize("cell", [
    "State of Delaware",                 # no charter's words: as before
    "Commonwealth of Massachusetts",
    "District of Columbia", "United States of America", "New York",   # real places, whole
    "incorporated in Kansas City",       # no known place
    "Organized under the laws of the Republic of Freedonia",
    "Incorporated in Delaware Corporation",
])
def test_place_kept_as_written(cell):
    assert read_place(cell).value == cell


def test_cover_jurisdiction():
    rec = short_13g(place="INCORPORATED IN THE STATE OF NEW YORK")
    assert [p.jurisdiction for p in rec.parties if p.name == "Roe Capital Advisors, Inc."] == \
        ["New York"]


def test_pattern():
    assert PLACE_WITH_CHARTER.fullmatch("incorporated in the state of new york")["place"] == \
        "new york"
    assert PLACE_WITH_CHARTER.fullmatch("State of New York") is None
    assert PLACE_WITH_CHARTER.fullmatch("Incorporated in") is None
