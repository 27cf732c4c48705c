"""A percent stated with a holding in prose whose '%' OCR read as ' 7.' ("6.0 7.") is warned of at
its line and not read: never 7 nor 6.07 (session 46, task px46; the cover pages' percent row
has the same warning: :func:`~graphkit.parsers.schedule13_cover_warnings.warn_damaged_percent`).
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose_holding_patterns import DAMAGED_HOLDING_PERCENT, RECORD_HOLDER
from tests.conftest import ROOT, corpus_file, held_claims

PX46 = ROOT / "tests" / "fixtures" / "filings" / "px46"


def test_a_prose_percent_whose_sign_ocr_read_as_7_is_warned_not_read():
    # line 433 "Brookwood Investments Ltd. owns 320,000 Units, representing approximately
    # 6.0% of the outstanding Units" printed "6.0 7.": the percent was dropped without a word
    path = PX46 / "celtics_gaston_1998__percent_sign_read_7.txt"
    held, _ = held_claims(path)
    brookwood = held["Brookwood Investments Ltd."]
    assert (brookwood.shares, brookwood.percent) == (320_000, None)
    [rec] = parse_path(path).records
    [w] = [w for w in rec.warnings if w.code == "unread-prose-number"]
    assert w.line == 433 and "'6.0 7.'" in w.message and "Brookwood Investments Ltd." in w.message


def test_the_undamaged_prose_percent_is_read_and_not_warned():
    path = corpus_file("13d/celtics_gaston_1998_sc13da.txt")
    held, _ = held_claims(path)
    assert (held["Brookwood Investments Ltd."].shares,
            held["Brookwood Investments Ltd."].percent) == (320_000, 6.0)
    [rec] = parse_path(path).records
    assert not [w for w in rec.warnings if w.code == "unread-prose-number"]


@pytest.mark.parametrize("text, pct", [
    ("Acme LP owns 320,000 Units, representing approximately 6.0 7. of the Units", "6.0 7."),
    ("Acme LP owns 1,000 shares or 5.25 7. of the class", "5.25 7."),
    ("Acme LP owns 1,000 shares (4,3 7.)", "4,3 7."),
    ("Acme LP owns 1,000 shares or 5.2 7.5% of the class", None),   # another number
    ("Acme LP owns 1,000 shares or 6.0% of the class", None),        # read whole
    ("Acme LP owns 1,000 shares or 6 7. of the class", None),        # no decimal: not sure
])
def test_damaged_holding_percent(text, pct):
    m = RECORD_HOLDER.search(text)
    d = DAMAGED_HOLDING_PERCENT.match(text, m.end())
    assert (d["pct"] if d else None) == pct
