"""Leftovers of the session 46 sweeps (lf47): real filings with one edit, the original's facts.

Each fixture under tests/fixtures/filings/lf47/ is a real filing with one edit in a style that
real filings use and that the session 46 sweeps found misread; its SOURCES.tsv line names the
original and the edit. The parse must give the original's numbers, parties and relations.
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.page_breaks import drop_page_furniture
from graphkit.parsers.prose_holding_patterns import record_holders
from graphkit.parsers.schedule13_cover_compact import COMPACT_ROW, find_compact_cover_pages
from graphkit.parsers.schedule13_table_lines import VALUE_CELL, VALUE_CELLS, read_cell
from graphkit.source import SourceText
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


#: Gerald F. Fitzgerald's and Gerald F. Fitzgerald, Jr.'s holdings in filing/1994_SC_13D_356981
#: (the Fitzgerald family on Suburban Bancorp, one cover for all)
FITZGERALD = {
    "Gerald F. Fitzgerald": {
        ("Gerald F. Fitzgerald", "SUBURBAN BANCORP, INC.", 7950, 0.4, 0, 7950, 7950, 0),
        ("Gerald F. Fitzgerald", "SUBURBAN BANCORP, INC.", 110872, 8.8, 0, 110872, 110872, 0)},
    "Gerald F. Fitzgerald, Jr.": {
        ("Gerald F. Fitzgerald, Jr.", "SUBURBAN BANCORP, INC.", 46063, 2.2, 0, 46063, 46063, 0),
        ("Gerald F. Fitzgerald, Jr.", "SUBURBAN BANCORP, INC.", 156677, 12.5, 0, 156677, 156677,
         0)}}


@pytest.mark.parametrize("person, variant", [
    # his percent cells typed "8.8 percent": the line was no table line and his 0.4% of Class A
    # and 8.8% of Class B were lost
    ("Gerald F. Fitzgerald", "1994_SC_13D_356981_percent_word.txt"),
    # his footnote mark moved from his name to his cells of the shared voting table,
    # "46,063(1)  156,677(1)": his shared voting power over both classes was lost
    ("Gerald F. Fitzgerald, Jr.", "1994_SC_13D_356981_cell_notes.txt")])
def test_per_person_table_cells_in_other_styles(person, variant):
    for path in (FILINGS / "filing" / "1994_SC_13D_356981.txt", LF47 / variant):
        assert {h for h in _holdings(path) if h[0] == person} == FITZGERALD[person], path.name


@pytest.mark.parametrize("line, cells", [
    ("Jane Q. Roe  . . .   .4    8.8 percent", [".4", "8.8 percent"]),
    ("Jane Q. Roe  . . .   .4    8.8 per cent", [".4", "8.8 per cent"]),
    ("Jane Q. Roe  . . .   .4 PERCENT  8.8 Percent", [".4 PERCENT", "8.8 Percent"]),
    # a footnote mark glued to a cell is matched, out of the cell
    ("Jane Q. Roe  . . .   46,063(1)  156,677(1)", ["46,063", "156,677"]),
    ("Jane Q. Roe  . . .   .4*    8.8%**", [".4", "8.8%"]),
    ("Jane Q. Roe  . . .   None(2)   8.8 percent(3)", ["None", "8.8 percent"]),
    ("Jane Q. Roe  . . .   8.8percent", None),  # glued: no cell
    ("Jane Q. Roe owns 8.8 percentage", None),
    ("Jane Q. Roe  . . .   46,063 (1)", None),  # a mark after a space
    ("Jane Q. Roe  . . .   46,063(123)", None)])
def test_value_cells_in_other_styles(line, cells):
    m = VALUE_CELLS.search(line)
    assert (m and [c["cell"] for c in VALUE_CELL.finditer(m.group())]) == cells


def test_a_cell_with_the_word_percent_is_a_percent_and_no_count():
    assert read_cell("8.8 percent", "percent") == 8.8
    assert read_cell(".4 per cent", "percent") == 0.4
    assert read_cell("110 percent", "aggregate") is None
    assert read_cell("110", "aggregate") == 110


def test_a_count_with_a_footnote_mark_wrapped_before_its_noun():
    # holdout/1994_SC_13DA_884219 (First Interstate Bank of Arizona, N.A., trustee of The Dial
    # Corp Employee Equity Trust, SC 13D/A on The Dial Corp) with Item 5's "the Trust held
    # 3,923,933(1)" over "shares of Common Stock": the Trust's holding was lost
    trust = ("Dial Corp Employee Equity Trust", "The Dial Corp", 3923933, None, None, None, None,
             None)
    bank = ("First Interstate Bank of Arizona, N.A.", "The Dial Corp", 3923933, 8.5, 3923933, 0,
            3923933, 0)
    for path in (FILINGS / "holdout" / "1994_SC_13DA_884219.txt",
                 LF47 / "1994_SC_13DA_884219_count_note.txt"):
        assert _holdings(path) == {trust, bank}


def test_holding_patterns_skip_a_footnote_mark_glued_to_the_count():
    for text in ("Acme Fund LP held 1,000(1) shares", "Acme Fund LP owns 1,000* shares",
                 "Acme Fund LP held 1,000(12)\n  shares",
                 "1,000(1) shares are held by Acme Fund LP"):
        flat = " ".join(text.split())
        found = [(m["holder2"] or m["holder6"], m["shares2"] or m["shares6"])
                 for m in record_holders(flat)]
        assert found == [("Acme Fund LP", "1,000")], text
    assert not list(record_holders("Acme Fund LP held 1,000 (1) shares"))  # a mark after a space
    assert not list(record_holders("Acme Fund LP held 1,000(123) shares"))


def _issuer(path) -> str:
    [rec] = parse_path(path).records
    return next(p.name for p in rec.parties if "issuer" in [r.value for r in p.roles])


def test_compact_cover_rows_typed_item_dash():
    # filing 2001_SC_13G_880804 (Dimensional Fund Advisors Inc. on PTEK Holdings) with its
    # compact cover rows "Item  9:    AGGREGATE AMOUNT BENEFICIALLY OWNED --" typed "ITEM 9 -
    # AGGREGATE ...": no cover page was found and the holding was lost
    want = {("Dimensional Fund Advisors Inc.", "PTEK HLDGS INC", 2542287, 5.3, 2542287, 0,
             2542287, 0)}
    for path in (FILINGS / "2001_SC_13G_880804.txt", LF47 / "2001_SC_13G_880804_item_dash.txt",
                 LF47 / "2001_SC_13G_880804_item_colon.txt"):
        assert _holdings(path) == want, path.name
        assert _issuer(path) == "PTEK HLDGS INC", path.name


def test_statement_items_typed_with_a_colon_are_no_compact_cover_rows():
    # the same filing with the statement's "ITEM 4.     OWNERSHIP" ... typed "Item 4:
    # OWNERSHIP":
    # they were read as rows of the cover before them (its "citizenship" "Ownership"), the
    # cover ran on over the statement's Item 1(a), and the issuer took the EDGAR header's
    # "PTEK HOLDINGS INC" for the statement's "PTEK HLDGS INC"
    src = SourceText(path="x.txt", text=(
        "Item 1: Reporting Person - Acme Capital LLC\nItem 4: Delaware\nItem 5: 0\n"
        "Item 6: 1,200,000\nItem 9: 1,200,000\nItem 12: IA\n\n"
        "Item 4: Ownership\nItem 5: 10,000 shares held in the Roe account\nItem 9: 0\n"))
    [cp] = find_compact_cover_pages(src)
    assert [j.value for j in cp.jurisdiction] == ["Delaware"]
    assert {f: [r.value for r in rs] for f, rs in cp.values.items()} == {
        "sole_voting": [0], "shared_voting": [1200000], "aggregate": [1200000]}


@pytest.mark.parametrize("line, num, stop", [
    ("ITEM 9 -    AGGREGATE AMOUNT BENEFICIALLY OWNED --\n            2,542,287", "9", " -"),
    ("ITEM 11 \u2013    PERCENT OF CLASS --\n             5.30", "11", " \u2013"),
    ("Item 9: \t15,008,699", "9", ":"),
    ("ITEM 9-AGGREGATE AMOUNT\n            2,542,287", None, None),  # no blank around the dash
    ("ITEM 9 -5\n", None, None),
    ("Item 1 - Name of Issuer: Acme Corp.", None, None),  # no tab, no label in capitals
])
def test_compact_row_takes_a_dash_after_a_blank(line, num, stop):
    m = COMPACT_ROW.search(line)
    assert (m and m["num"], m and m["stop"]) == (num, stop)


def test_a_count_at_a_page_foot_before_what_it_counts():
    # holdout/2008_SC_13G_712034 (FMR LLC on ACCO Brands) with the page broken inside "FMR LLC's
    # beneficial ownership includes 479 shares, or 0.001%": "includes" / "479" / blank /
    # "<PAGE>" / blank / "shares, or 0.001%, of the": the break was dropped with the 479
    path = LF47 / "2008_SC_13G_712034_count_at_page_foot.txt"
    out = drop_page_furniture(SourceText(str(path), path.read_text(encoding="latin-1"))).text
    assert "beneficial ownership includes\n479\nshares, or 0.001%, of the\n" in out
    assert _holdings(path) == _holdings(FILINGS / "holdout" / "2008_SC_13G_712034.txt")
