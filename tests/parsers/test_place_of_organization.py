"""A cover's place of organization printed with the holder's legal form around it ("Delaware
Corporation"): the place alone is the jurisdiction; real place names are never cut. Made-up
cells and covers."""

from __future__ import annotations

import pytest

from graphkit.parsers.place_of_organization import PLACE_WITH_FORM, read_place
from tests.short_13g import short_13g


@pytest.mark.parametrize("cell, place", [
    ("Delaware Corporation", "Delaware"),
    ("Delaware corporation", "Delaware"),
    ("A Delaware Corporation", "Delaware"),
    ("a Delaware limited partnership", "Delaware"),
    ("Delaware Limited Liability Company", "Delaware"),
    ("Delaware LLC", "Delaware"),
    ("Delaware L.P.", "Delaware"),
    ("a Delaware statutory trust", "Delaware"),
    ("an Ontario corporation", "Ontario"),
    ("New York corporation", "New York"),
    ("New Jersey limited liability company", "New Jersey"),
    ("Cayman Islands exempted company", "Cayman Islands"),
    ("a British Virgin Islands company", "British Virgin Islands"),
    ("Delaware   Corporation", "Delaware"),      # spaces as printed in a column
])
def test_place_with_legal_form(cell, place):
    r = read_place(cell)
    assert (r.value, r.raw, r.repaired) == (place, cell, False)


@pytest.mark.parametrize("cell", [
    "Delaware", "New York", "British Virgin Islands", "Cayman Islands", "New Jersey",
    "United States", "Jersey", "Ontario, Canada", "State of Delaware",
    "a Maltese corporation",        # an adjective, no known place: kept as written
    "Acme Trust Company",           # a name, not a place with a form
    "Delaware Trust Company",       # "Delaware Trust" is no known place
    "Bermuda Limited",              # a bare "Limited" is no form read here
    "United States citizen",
])
def test_place_kept_as_written(cell):
    assert read_place(cell).value == cell


def test_repair_still_applies():
    assert (read_place("Delawa re").value, read_place("Delawa re").repaired) == ("Delaware", True)
    assert read_place(" -- ") is None


def test_pattern_needs_a_form_at_the_end():
    assert PLACE_WITH_FORM.fullmatch("Delaware Corporation")["place"] == "Delaware"
    assert PLACE_WITH_FORM.fullmatch("Delaware Corporation of America") is None
    assert PLACE_WITH_FORM.fullmatch("New York") is None


@pytest.mark.parametrize("cell, place", [
    ("Delaware Corporation", "Delaware"),
    ("A New York limited partnership", "New York"),
    ("Cayman Islands", "Cayman Islands"),
    ("British Virgin Islands", "British Virgin Islands"),
])
def test_cover_jurisdiction(cell, place):
    rec = short_13g(place=cell)
    filer = next(p for p in rec.parties if p.name == "Roe Capital Advisors, Inc.")
    assert filer.jurisdiction == place
