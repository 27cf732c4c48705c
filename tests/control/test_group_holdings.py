"""A group's holding as its filing states it, counted when its reports add up to it
(graphkit.group_holdings, graphkit.totals.total_held)."""

from __future__ import annotations

from pathlib import Path

from graphkit.answers import ClaimRef
from graphkit.graph import find_node
from graphkit.group_holdings import group_total, raises
from graphkit.models import GroupHolding
from graphkit.pipeline import build
from graphkit.totals import total_held
from tests.conftest import corpus_file

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"
KEY_COLONY = "International Aircraft Investors"


def _total(path: Path, issuer: str):
    G = build([path]).graph
    return total_held(G, find_node(G, issuer))


def _report(claim: str, shares: int | None, pct: float | None) -> ClaimRef:
    return ClaimRef(claim=claim, filing="x.txt", form="SC 13D", shares=shares, percent=pct)


def test_key_colony_counts_the_holders_stated_239700_shares():
    # 2000 SC 13D: Key Colony Fund 194,500 (4.60%), Lieblong Transport 29,200 (.7%), Paul
    # Spann 1,000 (.02%), Alex R. Lieblong 15,000 (.4%); Item 5(c), line 476: "The Holders,
    # at the present time, collectively own 239,700 shares ... (constituting approximately
    # 5.6 % ...)": their sum
    t = _total(FILINGS / "roster" / "2000_SC_13D_1029688.txt", KEY_COLONY)
    assert (t.shares, t.percent) == (239_700, 5.6)  # was 195,500 (4.62%)
    assert t.notes[0].startswith("the filing states what its reporting persons hold together, "
                                 "239,700 shares (5.6%) (2000_SC_13D_1029688.txt, line 476: ")
    assert "the reports of Key Colony Fund, L.P., Alex R. Lieblong, Lieblong Transport, Inc. " \
        "and Paul Spann add up to it" in t.notes[0]
    [o] = t.overlaps
    assert o.group and "counted together, as the filing states" in t.notes[1]


def test_a_stated_holding_no_reports_add_up_to_is_only_noted():
    # made: the same filing stating 250,000 shares together, which no reports add up to
    t = _total(FILINGS / "group32" / "r32_keycolony_stated_other_total.txt", KEY_COLONY)
    assert (t.shares, t.percent) == (195_500, 4.62)  # the reports' own figure, as before
    assert "250,000 shares (5.6%)" in t.notes[0] and t.notes[0].endswith(
        "but no one set of the filing's reports adds up to it (it may count other shares, "
        "speak of another date, or round a percent several sets come to): not counted")
    assert not t.overlaps[0].group and "does not add 2 other reports" in t.notes[1]


def test_a_stated_percent_several_sets_of_reports_come_to_counts_nothing():
    # made: Item 5(c) states "collectively own 5.72%" (4.60 + .70 + .02 + .4), no count; but
    # 4.6 + .7 + .4 = 5.7 is as near within the rounding of one-decimal figures (review s32
    # H1: "approximately 5.6 %" gave 238,700 shares): which reports it adds, unsaid
    t = _total(FILINGS / "group32" / "r32_keycolony_stated_percent_only.txt", KEY_COLONY)
    assert (t.shares, t.percent) == (195_500, 4.62)
    assert "5.72%" in t.notes[0] and "no one set of the filing's reports" in t.notes[0]


def test_happy_kids_stated_percent_agrees_with_the_sole_holder_rule():
    # 1999 SC 13D/A: "collectively holds 74.69%" = Jack 63.49% + Isaac 11.20%; the total
    # already counts both (graphkit.sole_holders): no group note
    t = _total(FILINGS / "totals31" / "1999_SC_13DA_1052262_primary.txt", "Happy Kids Inc.")
    assert (t.shares, t.percent) == (7_750_000, 74.69)
    assert not any("hold together" in n for n in t.notes)


def test_icahn_stated_aggregate_is_the_total_already():
    # 2021 SC 13D on Bausch Health: "in the aggregate, 27,807,410 Shares ... 7.83%"
    t = _total(corpus_file("13d/icahn_bausch_2021_sc13d.txt"), "Bausch Health Companies Inc.")
    assert (t.shares, t.percent) == (27_807_410, 7.83)
    assert not any("hold together" in n for n in t.notes)


def test_group_total_needs_reports_adding_up_exactly():
    reports = [_report("a", 600_000, 6.0), _report("b", 400_000, 4.0), _report("c", 50, 0.0)]
    g = group_total([GroupHolding(shares=1_000_000)], reports)
    assert g is not None and sorted(g.adding) == ["a", "b"] and g.holding.percent == 10.0
    assert group_total([GroupHolding(shares=1_000_001)], reports) is None
    # the first statement some reports add up to
    g = group_total([GroupHolding(shares=7), GroupHolding(shares=600_050)], reports)
    assert g is not None and g.holding.shares == 600_050


def test_percent_only_needs_one_count_of_shares():
    # 5.72 = 4.6 + .7 + .02 + .4, but 4.6 + .7 + .4 = 5.7 is within the rounding too
    reports = [_report("kcf", 194_500, 4.6), _report("lti", 29_200, 0.7),
               _report("ps", 1_000, 0.02), _report("arl", 15_000, 0.4)]
    assert group_total([GroupHolding(percent=5.72)], reports) is None
    assert group_total([GroupHolding(percent=5.6)], reports) is None
    # two-decimal figures: 63.49 + 11.20 = 74.69 alone (Happy Kids)
    kids = [_report("jack", 6_587_500, 63.49), _report("mark", 3_293_750, 31.74),
            _report("isaac", 1_162_500, 11.2)]
    g = group_total([GroupHolding(percent=74.69)], kids)
    assert g is not None and g.holding.shares == 7_750_000
    # two reports of 5.0% of different counts: which one the 10% adds is not told
    tie = [_report("a", 100, 5.0), _report("b", 200, 5.0), _report("c", 300, 5.0)]
    assert group_total([GroupHolding(percent=10.0)], tie) is None


def test_a_stated_percent_that_is_not_the_counts_gives_way_to_the_reports_sum():
    # review s32 H2: "... 239,700 shares ..., representing 100% of the Class B": the count's
    # percent is the reports' sum, not a figure the sentence states of something else
    reports = [_report("a", 194_500, 4.6), _report("b", 45_200, 1.1)]
    g = group_total([GroupHolding(shares=239_700, percent=100.0)], reports)
    assert g is not None and g.holding.percent == 5.7
    g = group_total([GroupHolding(shares=239_700, percent=5.6)], reports)
    assert g is not None and g.holding.percent == 5.6  # within the rounding: as stated


def test_a_lower_stated_holding_never_lowers_the_total():
    g = group_total([GroupHolding(shares=600_000)], [_report("a", 600_000, 6.0)])
    assert g is not None and not raises(g, 1_000_000, 10.0) and raises(g, 500_000, 5.0)


def test_joint_13g_item4_answered_once_for_all_filers():
    # 2009 SC 13G, seven Barclays filers each with a cover page: Barclays Global Investors, NA
    # 230,691 (3.38%), Barclays Global Fund Advisors 182,305 (2.67%), the others "-"; Item 4,
    # once: "(a) Amount Beneficially Owned: 412996" / "(b) Percent of Class: 6.06%", the sum
    # of the two (session 33 review H1: the total was 230,691, 3.38%, under the 5% line)
    t = _total(FILINGS / "rv33" / "2009_SC_13G_19745.txt", "Chesapeake Utilities Corp")
    assert (t.shares, t.percent) == (412_996, 6.06)
    assert "the reports of BARCLAYS GLOBAL INVESTORS, NA and BARCLAYS GLOBAL FUND ADVISORS " \
        "add up to it" in t.notes[0]


def test_corpus_barclays_unionbancal_item4_total():
    # corpus 2008 SC 13G (line 867): Item 4 "(a) Amount Beneficially Owned: 10,597,451",
    # "(b) Percent of Class: 7.65%": the five Barclays filers' separate holdings together
    t = _total(corpus_file("13g/barclays_unionbancal_2008_sc13g.txt"), "UNION BANCAL CORP")
    assert (t.shares, t.percent) == (10_597_451, 7.65)  # was 8,017,641 (5.79%), the largest
