"""Item 5(a)'s percent of a cover aggregate checked against the cover page
(:func:`graphkit.parsers.schedule13_item5.check_item5_percent`).

A real 2014 Schedule 13D/A (Amendment No. 2 on mktg, inc.) prints 15.5% in row 13 of its cover
page while Item 5(a) says "the 1,477,570 shares of Common Stock of the Issuer beneficially owned
by the Reporting Person constitute 15.3% of the Issuer's outstanding shares". Both counts
agree, so :func:`check_item5_total` has nothing to say; graphkit kept 15.5% with no warning
(review rv41b LOW-3).
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_item5 import (COUNT_PERCENT, PERCENT_LINK, _same_percent,
                                               check_item5_percent)
from graphkit.relations import Relation
from graphkit.source import SourceText
from tests.conftest import ROOT, corpus_file

MKTG = ROOT / "tests" / "fixtures" / "filings" / "2014_SC_13DA_886475.txt"


def _warnings(path, code="item5-percent-mismatch"):
    rec = parse_path(path).records[0]
    return rec, [w for w in rec.warnings if w.code == code]


def test_a_percent_that_disagrees_with_the_cover_is_warned_and_the_cover_kept():
    rec, found = _warnings(MKTG)
    assert [w.message for w in found] == [
        "Item 5(a) states 1,477,570 shares as 15.3% of the class; the cover page, 15.5%"]
    assert found[0].source.endswith("2014_SC_13DA_886475.txt") and found[0].line is not None
    held = [c for c in rec.claims if c.relation is Relation.BENEFICIAL_OWNER_OF]
    assert [(c.shares, c.percent) for c in held] == [(1477570, 15.5)]


def test_an_agreeing_percent_is_not_warned():
    # Centerbridge 2018: "19,605,379 shares ... (54.0%)" as on its three cover pages
    rec, found = _warnings(corpus_file("13d/centerbridge_civitas_2018_sc13d.txt"))
    assert found == []
    assert {c.percent for c in rec.claims if c.shares == 19605379} == {54.0}


@pytest.mark.parametrize("text, pair", [
    ("owns 1,000,000 Shares (7.1%) of", ("1,000,000", "7.1")),
    ("owns 1,000,000 Shares, or approximately 7.1% of the class", ("1,000,000", "7.1")),
    ("the 1,477,570 shares of Common Stock of the Issuer beneficially owned by the Reporting "
     "Person constitute 15.3% of the Issuer's outstanding shares", ("1,477,570", "15.3")),
    ("25,000 units representing 12.50 percent", ("25,000", "12.50")),
])
def test_count_percent_pairs(text, pair):
    m = COUNT_PERCENT.search(text)
    assert (m["num"], m["pct"]) == pair and PERCENT_LINK.search(m["gap"])


@pytest.mark.parametrize("text", [
    "1,000,000 shares bearing interest at 5.5% a year",  # no word links the percent
    "1,000,000 shares. Acme owns 7.1%",  # another sentence
    # review rv42 H1: an "or" further back links nothing
    "Acme Fund holds 1,000,000 Shares, and Acme GP or Jane Roe may be deemed to own 9.9% of",
])
def test_no_pair_without_a_link(text):
    m = COUNT_PERCENT.search(text)
    assert m is None or not PERCENT_LINK.search(m["gap"])


def test_rounded_percents_are_one():
    assert _same_percent(15.0, 15.3) and _same_percent(7.08, 7.1) and _same_percent(8.0, 7.5)
    assert not _same_percent(15.3, 15.5) and not _same_percent(15.0, 16.2)
    assert not _same_percent(7.0, 7.9)  # review rv42 H2: "7%" is no rounding of 7.9%


def test_a_count_no_cover_states_is_left_to_the_total_check():
    src = SourceText(path="x.txt", text="(a) Acme owns 322,000 Shares (7.1%).\n(b) sole")
    assert check_item5_percent(src, 0, len(src.text), [(387000, 8.5)]) == []
