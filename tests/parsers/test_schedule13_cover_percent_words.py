"""Cover rows whose percent is typed with a word or a footnote star (session 45, cv45).

Real filing: the 1994 SC 13D/A of Joseph Neubauer on The ARA Group
(``fixtures/filings/holdout/1994_SC_13DA_757523.txt``), row 13 "20%", typed "20 percent" in
``fixtures/filings/cv45/1994_SC_13DA_757523_percent_word.txt``: the "20" was blanked as a
row number before the word "percent" (:data:`ROW_CELL_NUMBER` took any "percent" for the row
13 label). Per-class percents with a star ("4.3%* of Class A"): the made-up cover of
``covers15/rv16_c13_shares_of_class.txt`` with the star the real 2007 SC 13D/A of Crestview
(``fixtures/filings/2007_SC_13DA_1303225.txt``, "25.4%*") types.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_cover_classes import VALUE_OF_CLASS
from graphkit.parsers.schedule13_cover_patterns import ROW_CELL_NUMBER
from graphkit.parsers.schedule13_cover_search import clean_cover_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


def _record(path: Path):
    [rec] = parse_path(path).records
    return rec


def _held(rec) -> list[tuple]:
    names = {p.id: p.name for p in rec.parties}
    return [(names[c.source], c.security_class, c.shares, c.percent) for c in rec.claims
            if c.relation.value == "beneficial_owner_of"]


@pytest.mark.parametrize("line, number", [
    ("13.  PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (11)", None),  # "13." a ROW_NUMBER
    ("13  PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (11)", "13"),
    ("      13         PERCENT  OF  CLASS  REPRESENTED  BY  AMOUNT  IN  ROW  (11)", "13"),
    ("11  Percent\tof C\tClass Represented by Amount in Row (9)", "11"),   # OCR "of C Class"
    ("12 | CHECK BOX IF THE AGGREGATE AMOUNT", "12"),
    ("               20 percent", None),     # the row's value, typed with the word
    ("               20 percent of the class", None),
    ("               5 per cent", None),
])
def test_row_cell_number_is_never_a_percent_typed_in_words(line, number):
    m = ROW_CELL_NUMBER.search(line)
    assert (m.group(0).strip() if m else None) == number


def test_clean_cover_text_keeps_a_percent_typed_in_words():
    text = "13.  PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (11)\n\n               20 percent\n"
    assert "20 percent" in clean_cover_text(text)


def test_a_percent_row_typed_20_percent_is_read():
    # row 13 "20 percent": before, no value read (missing-value warning); now 20.0, as "20%"
    rec = _record(FIXTURES / "cv45" / "1994_SC_13DA_757523_percent_word.txt")
    assert _held(rec) == [("Joseph Neubauer", "Common Stock, Class B, $.01 Par Value Per Share",
                           4935312, 20.0)]
    assert "missing-value" not in {w.code for w in rec.warnings}
    original = _record(FIXTURES / "holdout" / "1994_SC_13DA_757523.txt")
    assert _held(original) == _held(rec)


@pytest.mark.parametrize("cell, value, label", [
    ("4.3%* of Class A", "4.3%", "Class A"),
    ("62.5% ** of the Class B", "62.5%", "Class B"),
    ("4.3% of Class A*", "4.3%", "Class A"),
    ("1,000,000 shares of Class A Common Stock*", "1,000,000", "Class A"),
])
def test_value_of_class_leaves_a_footnote_star_out(cell, value, label):
    m = VALUE_OF_CLASS.search(cell)
    assert (m["value"], m["label"]) == (value, label)


@pytest.mark.parametrize("cell", ["4.3%*", "(1) Class A", "4.3% * see note of Class A"])
def test_value_of_class_near_misses(cell):
    assert VALUE_OF_CLASS.search(cell) is None


_CLASS_A = "Class A Common Stock, $0.01 par value"
_CLASS_B = "Class B Common Stock, $0.01 par value"


@pytest.mark.parametrize("name", ["rv16_c13_percent_star.txt", "rv16_c13_class_star.txt"])
def test_per_class_percents_with_a_footnote_star_are_read_per_class(name):
    # "4.3%* of Class A; 62.5%* of Class B": before, one holding of 4.3% and two
    # classes-in-one-cell warnings; now each class its own percent, as without the stars
    rec = _record(FIXTURES / "cv45" / name)
    assert _held(rec) == [("Sierra Crest Holdings, Inc.", _CLASS_A, 1000000, 4.3),
                          ("Sierra Crest Holdings, Inc.", _CLASS_B, 2500000, 62.5)]
    assert "classes-in-one-cell" not in {w.code for w in rec.warnings}


def test_a_single_percent_with_a_star_stays_read():
    # 2007 SC 13D/A of Crestview on Halo Technology, row 13 "25.4%*" (both covers)
    rec = _record(FIXTURES / "2007_SC_13DA_1303225.txt")
    assert {pct for *_, pct in _held(rec)} == {25.4}
