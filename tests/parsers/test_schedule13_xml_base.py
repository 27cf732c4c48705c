"""The shares outstanding of a Schedule 13D/13G XML filing, read from its Item 4 prose, and each
reporting person's percent checked against it (review W, M9: the XML path read no base, and a
"0" percent beside 2,333,001 shares passed in silence). A fraction of three digits after two
comma groups is a fraction ("19,240,406.894" shares outstanding in the ADIA 13D/A), not the
OCR damage "5,639.301".
"""

from __future__ import annotations

import pytest

from graphkit.ocr import read_quantity
from graphkit.parse import parse_path
from tests.conftest import corpus_file


def test_real_outstanding_read_from_item4():
    (rec,) = parse_path(corpus_file("13g/pentwater_avis_schedule13ga.xml")).records
    assert (rec.outstanding_shares.raw, rec.outstanding_shares.value) == ("35,324,685", 35324685)
    assert not [w for w in rec.warnings if w.code == "percent-mismatch"]


def test_real_fractional_outstanding():
    (rec,) = parse_path(corpus_file("13d/adia_overland_2025_schedule13da.xml")).records
    assert rec.outstanding_shares.value == 19240407  # "19,240,406.894", rounded half up
    assert rec.outstanding_shares.method == "fraction-rounded"
    assert not [w for w in rec.warnings if w.code == "percent-mismatch"]  # 60.4% fits


def test_real_percent_that_does_not_fit_is_warned(tmp_path):
    src = corpus_file("13g/pentwater_avis_schedule13ga.xml")
    text = src.read_text(encoding="utf-8")
    assert text.count("<classPercent>22.2</classPercent>") == 2  # Pentwater, Halbower
    path = tmp_path / src.name
    path.write_text(text.replace("<classPercent>22.2</classPercent>",
                                 "<classPercent>0</classPercent>", 1), encoding="utf-8")
    (rec,) = parse_path(path).records
    (w,) = [w for w in rec.warnings if w.code == "percent-mismatch"]
    assert w.message == ("Pentwater Capital Management LP: 0.0% printed, but 7,824,100 of "
                         "35,324,685 outstanding is 22.15%")


@pytest.mark.parametrize("raw, value, method", [
    ("19,240,406.894", 19240407, "fraction-rounded"),
    ("11,615,772.799", 11615773, "fraction-rounded"),
    ("5,639.301", 5639301, "dot-as-comma"),     # one comma group: a dot grouping thousands
    ("5.639,301", 5639301, "dot-as-comma"),
    ("31,797.3", 31797, "fraction-rounded"),
])
def test_fraction_or_dot_as_comma(raw, value, method):
    r = read_quantity(raw)
    assert (r.value, r.method) == (value, method)
