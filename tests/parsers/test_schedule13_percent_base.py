"""A percent of class taken on a larger base: the outstanding shares plus the holder's own
acquirable shares, as Rule 13d-3(d)(1) asks. Such a percent is noted, not reported as a
mismatch, when the filing says its holders may acquire shares (convertibles, warrants).
"""

from __future__ import annotations

import pytest

from graphkit.models import Reading
from graphkit.parse import parse_path
from graphkit.parsers.schedule13_reconcile import (ACQUIRABLE_SHARES, Candidate, choose_holding,
                                                   larger_base)
from tests.conftest import corpus_file
from tests.holdout import holdout_record


def _codes(rec) -> list[str]:
    return [w.code for w in rec.warnings]


def test_as_converted_base_of_a_real_13d_is_noted_not_a_mismatch():
    # lines 428-433: "34.6% of the 63,667,797 shares ... giving effect to the vote on an
    # as-converted basis of the 996,171 shares of Preferred Stock"; cover row 11: 26,940,499
    rec = holdout_record("2001_SC_13D_913665.txt")
    codes = _codes(rec)
    assert "percent-mismatch" not in codes
    note = next(w for w in rec.warnings if w.code == "percent-larger-base")
    assert "34.6% printed is 26,940,499 of about 77,862,714" in note.message
    assert "the 63,667,797 outstanding plus 14,194,917 shares" in note.message


def test_group_members_with_convertibles_each_get_their_own_base():
    # mmcap_cybergy: 49,148,217 outstanding; each member's percent counts its own notes
    # and warrants ("Vikram P. Grover ... 15,546,600 ... 24.0%"), while a percent above the
    # holding's share ("Talari Industries LLC ... 250,000 ... 1.0%") stays a mismatch
    rec = parse_path(corpus_file("13d/mmcap_cybergy_sc13d.html")).records[0]
    by_name = {w.message.split(":")[0]: w.code for w in rec.warnings
               if w.code.startswith("percent-")}
    assert by_name["Vikram P. Grover"] == "percent-larger-base"
    assert by_name["MMCAP International Inc. SPC"] == "percent-larger-base"
    assert by_name["Talari Industries LLC"] == "percent-mismatch"
    assert by_name["Gary S. Definis"] == "percent-mismatch"


@pytest.mark.parametrize("percent, shares, outstanding, base", [
    (34.6, 26940499, 63667797, 77862714),   # between outstanding and outstanding + shares
    (4.4, 2278400, 49148217, 51426617),     # just past the end, within rounding: the end
    (20.0, 1000, 100000, None),             # a base below the outstanding count
    (5.05, 349708, 6518469, None),          # 5.09% of the most it can be: not 5.05%
    (1.0, 250000, 49148217, None),          # above shares / outstanding
    (2.0, 1000, 1000000, None),             # 0.1% of any base up to 1,001,000
    (0.0, 1000, 1000000, None),
])
def test_larger_base(percent, shares, outstanding, base):
    assert larger_base(percent, shares, outstanding) == base


@pytest.mark.parametrize("text", [
    "includes 1,000,000 shares issuable upon conversion of the Notes",
    "on an as-converted basis", "on an as converted basis",
    "Warrants to purchase 500,000 shares", "options exercisable within 60 days",
    "the right to acquire 10,000 shares", "pursuant to Rule 13d-3(d)(1)(i)",
    "shares of Series A Convertible Preferred Stock",
])
def test_acquirable_shares_found(text):
    assert ACQUIRABLE_SHARES.search(text)


@pytest.mark.parametrize("text", [
    "after a conversation with management", "stock options held by the Issuer's employees",
    "the Shares were acquired in open market purchases", "exercised its judgment",
])
def test_acquirable_shares_refused(text):
    assert not ACQUIRABLE_SHARES.search(text)


def _cands(agg: int, pct: float) -> list[Candidate]:
    return [Candidate(field=f, weight=1.0, reading=Reading(field=f, raw=str(v), value=v))
            for f, v in (("aggregate", agg), ("percent", pct))]


def test_acquirable_is_asked_only_when_the_percent_does_not_fit():
    asked = []
    def acquirable() -> bool:
        asked.append(True)
        return True
    h = choose_holding(_cands(1000, 10.0), 10000, acquirable=acquirable)
    assert not h.problems and not asked
    h = choose_holding(_cands(1000, 2.0), 10000, acquirable=acquirable)  # 50,000: too large
    assert [c for c, _ in h.problems] == ["percent-mismatch"] and not asked
    h = choose_holding(_cands(1000, 9.5), 10000, acquirable=acquirable)  # 10,526: fits
    assert [c for c, _ in h.problems] == ["percent-larger-base"] and asked
    h = choose_holding(_cands(1000, 9.5), 10000, acquirable=lambda: False)
    assert [c for c, _ in h.problems] == ["percent-mismatch"]
