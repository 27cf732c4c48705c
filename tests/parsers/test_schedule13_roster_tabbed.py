"""A roster typed with tabs that keep its screen columns (8-column stops) reads as its spaced
original (session 44, tb44: Schedule I of a real 13D with its spaces, lines 581-645 only,
turned into tabs and spaces that print the same)."""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_roster_wraps import SCREEN_TABS, next_lines

FILINGS = Path(__file__).parent.parent / "fixtures" / "filings"


def _roles(path: Path) -> set[tuple[str, str, str]]:
    rec = parse_path(str(path)).records[0]
    names = {p.id: p.name for p in rec.parties}
    return {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims
            if c.relation.value in ("director_of", "officer_of")}


def test_next_lines_are_screen_columns():
    text = "Jane Q. Roe\t\t  Director\nAcme Corp.\t\t  Acme Corp."
    assert next_lines(text, 0, len(text), screen=True) == ["Jane Q. Roe" + " " * 15 + "Director",
                                                           "Acme Corp." + " " * 16 + "Acme Corp."]
    assert next_lines(text, 0, len(text))[0] == "Jane Q. Roe\t\t  Director"  # one-tab tables
    assert SCREEN_TABS.search(text) and not SCREEN_TABS.search("Jane Q. Roe\tDirector\t\tCEO")


def test_roster_typed_with_tabs_reads_as_spaced():
    # "Billy J. Parrott<TAB><TAB><TAB>  President and Chief Executive Officer,"
    tabbed = _roles(FILINGS / "tb44" / "2001_SC_13D_913665_tab_roster.txt")
    assert tabbed == _roles(FILINGS / "holdout" / "2001_SC_13D_913665.txt")
    assert {("Billy J. Parrott", "director_of", "Motient Corporation"),
            ("Jonelle St. John", "director_of", "Motient Corporation"),
            ("Dennis W. Matheson", "officer_of", "Motient Corporation"),
            ("W. Bartlett Snell", "officer_of", "Motient Corporation")} <= tabbed
    assert len(tabbed) == 11


def test_roster_one_tab_per_cell_under_an_underlined_header():
    # session 45, tb45: "Name and Business Address<TAB>Occupation or Employment" / "- ----...
    # <TAB>-----..." / "Billy J. Parrott<TAB>President and Chief Executive Officer,": the
    # header opens at the margin as its rows do, so its tabs part cells, not screen columns
    tabbed = FILINGS / "tb45" / "2001_SC_13D_913665_tab_cells.txt"
    directors = {n for n, rel, _ in _roles(tabbed) if rel == "director_of"}
    assert directors == {"Billy J. Parrott", "Gary M. Parsons", "Walter V. Purnell, Jr.",
                         "Andrew A. Quartner", "Jack A. Shaw", "Jonelle St. John"}
    assert _roles(tabbed) == _roles(FILINGS / "holdout" / "2001_SC_13D_913665.txt")
