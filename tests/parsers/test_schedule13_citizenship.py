"""The citizenship row of a cover page (:mod:`graphkit.parsers.schedule13_citizenship`)."""

from __future__ import annotations

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_citizenship import read_citizenship_cell
from graphkit.source import SourceText
from tests.conftest import ROOT

#: A 2007 SC 13D (Supertel Hospitality) typed with two spaces between all words: its third
#: cover page's row 6 reads "UNITED  STATES" (Ephraim Fields)
DOUBLE_SPACED = ROOT / "tests" / "fixtures" / "filings" / "2007_SC_13D_929545.txt"


def test_place_typed_with_wide_gaps_read_whole():
    [rec] = parse_path(DOUBLE_SPACED).records
    places = {p.name: p.jurisdiction for p in rec.parties if p.jurisdiction}
    assert places == {"EPHRAIM FIELDS": "United States",
                      "Clarus Capital Group Management LP": "Delaware"}
    text = DOUBLE_SPACED.read_text()
    row = "    6            CITIZENSHIP  OR  PLACE  OF  ORGANIZATION\n"
    start = text.index(row + "                 UNITED") + len(row)  # Fields's page
    region = text[start:text.index("\n", start) + 1]
    r = read_citizenship_cell(SourceText(path=str(DOUBLE_SPACED), text=text), region, start,
                              "cover page")
    assert (r.value, r.evidence.text) == ("United States", "UNITED STATES")  # both words


def test_cells_of_two_places_stay_apart():
    """Two columns that each name a place are two cells: the first is the place."""
    t = "   Delaware          Cayman Islands\n"
    r = read_citizenship_cell(SourceText(path="x.txt", text=t), t, 0, "cover page")
    assert (r.value, r.evidence.text) == ("Delaware", "Delaware")


def test_place_with_a_word_after_it_not_widened():
    """"Delaware  Corporation": the cell names a place, so the line is not read whole."""
    t = "   Delaware  Corporation\n"
    r = read_citizenship_cell(SourceText(path="x.txt", text=t), t, 0, "cover page")
    assert r.value == "Delaware"
