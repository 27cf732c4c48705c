"""Joint filers whose every share is theirs alone are counted beside the largest report
(graphkit.sole_holders, graphkit.totals.total_held)."""

from __future__ import annotations

from pathlib import Path

from graphkit.graph import find_node
from graphkit.pipeline import build
from graphkit.totals import total_held
from tests.conftest import corpus_file

TOTALS31 = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "totals31"


def _total(path: Path, issuer: str):
    G = build([path]).graph
    return total_held(G, find_node(G, issuer))


def test_a_group_member_holding_alone_is_added():
    # 1999 SC 13D/A on Happy Kids Inc.: Jack M. Benun 6,587,500 (63.49%; rows 7 and 11, with
    # Mark's 3,293,750 he votes), Mark J. Benun 3,293,750 (row 9 only: sole dispositive),
    # Isaac Levy 1,162,500 (11.20%) with sole voting and dispositive power (lines 335-355);
    # line 434: "The Reporting Group, which collectively holds 74.69%"
    t = _total(TOTALS31 / "1999_SC_13DA_1052262_primary.txt", "Happy Kids Inc.")
    assert (t.shares, t.percent) == (7_750_000, 74.69)  # was 6,587,500 (63.49%)
    [o] = t.overlaps
    assert (o.counted[0].name, o.shares, o.percent) == ("Jack M. Benun", 6_587_500, 63.49)
    assert ([p.name for p in o.sole_holders], o.sole_counted) == (["Isaac Levy"], 1_162_500)
    assert "but for the 1,162,500 shares of Isaac Levy, every one held with sole voting" \
        in t.notes[0]


def test_key_colony_paul_spann_holds_his_1000_shares_alone():
    # Item 5(a): Key Colony Fund 194,500 (4.60%), Lieblong Transport 29,200, Paul Spann 1,000
    # (.02%), Alex R. Lieblong 15,000; "collectively own 239,700 shares": the stated group
    # holding is counted (graphkit.group_holdings, tests/control/test_group_holdings.py)
    # before Spann alone would be (195,500)
    t = _total(corpus_file("13d/keycolony_intlaircraft_2000_sc13d.txt"),
               "International Aircraft Investors")
    assert (t.shares, t.percent) == (239_700, 5.6)  # was 194,500 (4.6%), then 195,500
    assert [p.name for p in t.overlaps[0].sole_holders] == ["Paul Spann"]


def test_sole_holders_whose_percents_add_past_the_class_are_not_added():
    # the 42-page Cybergy group: every member prints "sole" power and a percent of its own
    # base (convertible notes); adding the persons' would give 131.6%: none is added
    t = _total(corpus_file("13d/mmcap_cybergy_sc13d.html"), "Cybergy Holdings, Inc.")
    assert (t.shares, t.percent) == (154_512_580, 75.9)
    assert all(not o.sole_holders for o in t.overlaps)


def test_a_lead_member_printing_the_group_total_holds_the_others_already():
    # review s31 M3: Jack's row 11 prints the group's 7,750,000 (74.69%), more than the
    # 6,587,500 he has power over: Levy's 1,162,500 are in it (was 8,912,500, 85.89%)
    t = _total(TOTALS31 / "r31_g7a_lead_prints_group_total.txt", "Happy Kids Inc.")
    assert (t.shares, t.percent) == (7_750_000, 74.69)
    assert not t.overlaps[0].sole_holders
