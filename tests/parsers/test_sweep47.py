"""Leftovers of the session 46 sweeps (lf47): real filings with one edit, the original's facts.

Each fixture under tests/fixtures/filings/lf47/ is a real filing with one edit in a style that
real filings use and that the session 46 sweeps found misread; its SOURCES.tsv line names the
original and the edit. The parse must give the original's numbers, parties and relations.
"""

from __future__ import annotations

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_table_lines import VALUE_CELL, VALUE_CELLS, read_cell
from tests.conftest import ROOT

FILINGS = ROOT / "tests" / "fixtures" / "filings"
LF47 = FILINGS / "lf47"


def _holdings(path) -> set[tuple]:
    """(holder, issuer, shares, percent, sole/shared voting, sole/shared dispositive)."""
    rec = parse_path(path).records[0]
    names = {p.id: p.name for p in rec.parties}
    return {(names[c.source], names[c.target], c.shares, c.percent, c.sole_voting,
             c.shared_voting, c.sole_dispositive, c.shared_dispositive)
            for c in rec.claims if c.relation.value == "beneficial_owner_of"}


def test_a_percent_cell_typed_with_the_word_percent():
    # filing/1994_SC_13D_356981 (the Fitzgerald family on Suburban Bancorp, one cover for all)
    # with Gerald F. Fitzgerald's percent cells typed "8.8 percent": the line was no table line
    # and his 0.4% of Class A and 8.8% of Class B were lost
    want = {("Gerald F. Fitzgerald", "SUBURBAN BANCORP, INC.", 7950, 0.4, 0, 7950, 7950, 0),
            ("Gerald F. Fitzgerald", "SUBURBAN BANCORP, INC.", 110872, 8.8, 0, 110872, 110872, 0)}
    for path in (FILINGS / "filing" / "1994_SC_13D_356981.txt",
                 LF47 / "1994_SC_13D_356981_percent_word.txt"):
        assert {h for h in _holdings(path) if h[0] == "Gerald F. Fitzgerald"} == want


def test_value_cells_take_the_word_percent():
    for line, cells in (("Jane Q. Roe  . . .   .4    8.8 percent", [".4", "8.8 percent"]),
                        ("Jane Q. Roe  . . .   .4    8.8 per cent", [".4", "8.8 per cent"]),
                        ("Jane Q. Roe  . . .   .4 PERCENT  8.8 Percent",
                         [".4 PERCENT", "8.8 Percent"])):
        m = VALUE_CELLS.search(line)
        assert [c["cell"] for c in VALUE_CELL.finditer(m.group())] == cells, line
    assert VALUE_CELLS.search("Jane Q. Roe  . . .   8.8percent") is None  # glued: no cell
    assert VALUE_CELLS.search("Jane Q. Roe owns 8.8 percentage") is None


def test_a_cell_with_the_word_percent_is_a_percent_and_no_count():
    assert read_cell("8.8 percent", "percent") == 8.8
    assert read_cell(".4 per cent", "percent") == 0.4
    assert read_cell("110 percent", "aggregate") is None
    assert read_cell("110", "aggregate") == 110
