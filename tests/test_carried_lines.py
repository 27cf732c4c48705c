"""A Form 4's lines that a later Form 4 leaves out: a 4/A's original's still count, others are
said in a note (graphkit.carried_lines).

The Forms 4 are made (tests/fixtures/filings/own15, SOURCES.tsv), from the session 29 review
(M2) and the session 30 review: Jane Roe's three Forms 4 of June 2024 on Widget Therapeutics,
and a 4/A. The unit tests use the claims as the graph stores them (edge key, edge attributes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.asof import graph_as_of, stake_history, superseded_claims
from graphkit.carried_lines import REMOVES_LINES, carried_lines, left_out_lines
from graphkit.control import find_controllers
from graphkit.graph import find_node
from graphkit.ownership import holding_atoms, stated_holdings
from graphkit.pipeline import build
from graphkit.table_lines import TABLE_I
from graphkit.totals import total_held

FILINGS = Path(__file__).resolve().parent / "fixtures" / "filings"
OWN15 = FILINGS / "own15"
JUNE = ("r29_c1_jun03.xml", "r29_c2_jun20.xml", "r29_c3_jun25_spouse.xml")


def _graph(*names: str):
    G = build([OWN15 / n for n in names]).graph
    return G, find_node(G, "Widget Therapeutics, Inc.")


@pytest.mark.parametrize("names, total, said", [
    (JUNE[:1], 15_000, None),
    # the spouse's 2,000 is left out by June 20's form: unchanged, or given away unreported
    (JUNE[:2], 12_000, "By Spouse 2,000 shares (r29_c1_jun03.xml, 2024-06-03)"),
    (JUNE, 4_500, "direct 9,000 shares (r29_c2_jun20.xml, 2024-06-20)"),
    # the 4/A restates the direct line only: its original's spouse line stands (was 13,500)
    (("r29_h1_orig.xml", "r29_h2_amend_one_line.xml"), 15_500, None),
    # a 4/A filed "to remove the line ... which was reported in error": nothing of the
    # original is carried nor said (review s30 L5: 12,000)
    (("r31_c18a_orig.xml", "r31_c18b_amend_removes_spouse.xml"), 10_000, None),
    # a 4/A correcting a price or saying a director was removed from the board removes no
    # line (review s31 H2: 15,000 and 10,000); one removing the spouse line keeps the 401(k)
    # line (M1: 10,000)
    (("r31_c4_orig.xml", "r31_c4a_amend_price.xml"), 17_000, None),
    (("r31_c4_orig.xml", "r31_c4b_amend_board.xml"), 17_000, None),
    (("r31_c4_orig.xml", "r31_c4g_amend_price_mistake.xml"), 17_000, None),
    (("r31_c4f_orig.xml", "r31_c4f_amend_removes_spouse_only.xml"), 13_000, None),
    # "By Wife" 2,000 on June 20 may be June 3's "By Spouse" 2,000: never said as left out
    (("r29_c1_jun03.xml", "r30_c2_jun20_wife.xml"), 14_000, None),
])
def test_lines_left_out_are_said_not_counted(names, total, said):
    G, node = _graph(*names)
    t = total_held(G, node)
    assert t.shares == total
    notes = [n for n in t.notes if "leaves out lines of older forms" in n]
    assert (said in notes[0]) if said else not notes


def test_the_4a_sum_cites_the_original_line_and_says_so():
    G, node = _graph("r29_h1_orig.xml", "r29_h2_amend_one_line.xml")
    jane = next(a for a in holding_atoms(G, node) if a.holder.name == "Roe Jane")
    assert jane.shares == 12_500  # the trust's 3,000 is the trust's own atom (it holds the line)
    assert [e.source.rsplit("/", 1)[-1] for e in jane.claim.evidence] == [
        "r29_h1_orig.xml", "r29_h2_amend_one_line.xml"]
    _, d = stated_holdings(G, node)[jane.holder.id]
    assert "1 of them from older filings (r29_h1_orig.xml)" in d["note"]


@pytest.mark.parametrize("names, day, total", [
    (JUNE, "2024-06-05", 15_000), (JUNE, "2024-06-21", 12_000), (JUNE, "2024-06-30", 4_500),
    (("r29_h1_orig.xml", "r29_h2_amend_one_line.xml"), "2024-06-30", 15_500)])
def test_graph_as_of_agrees_with_the_whole_graph(names, day, total):
    G, node = _graph(*names)
    assert total_held(graph_as_of(G, day), node).shares == total


def test_a_line_another_holder_claims_is_not_carried():
    """A made joint Form 4 (rev17/own17_x6: Roe Jane "By Acme Fund LP" 5,000,000, the fund
    holding it) and Jane's later own Form 4 (own15/f10: 500 direct): the fund's line is the
    fund's, not added again to Jane's (10,000,500 would count it twice)."""
    G = build([FILINGS / "rev17" / "own17_x6.xml", OWN15 / "f10_tx_order.xml"]).graph
    node = find_node(G, "374Water Inc.")
    assert total_held(G, node).shares == 5_000_500


def _line(key, filing, day, shares, direct, nature=None, form="4"):
    ev = {"source": filing, "start": shares, "end": shares + 4, "section": TABLE_I}
    return key, {"filing": filing, "form": form, "as_of": day, "shares": shares,
                 "direct": direct, "note": nature, "security_class": "Common Stock",
                 "evidence": [ev]}


OLD = [_line("a#c1", "a", "2024-06-03", 10_000, True),
       _line("a#c2", "a", "2024-06-03", 2_000, False, "By Spouse - F1: Held by her husband."),
       _line("a#c3", "a", "2024-06-03", 1_000, False, "By IRA")]


@pytest.mark.parametrize("newer, carried", [
    ([_line("b#c1", "b", "2024-06-20", 9_000, True)], ["a#c2", "a#c3"]),
    # a nature that ends: a line of 0 shares
    ([_line("b#c1", "b", "2024-06-20", 9_000, True),
      _line("b#c2", "b", "2024-06-20", 0, False, "By Spouse")], ["a#c3"]),
    # the same holding maybe renamed: a word in common, or the same shares
    ([_line("b#c1", "b", "2024-06-20", 9_000, True),
      _line("b#c2", "b", "2024-06-20", 1_200, False, "By Roth IRA")], ["a#c2"]),
    ([_line("b#c2", "b", "2024-06-20", 2_000, False, "By Husband")], ["a#c1", "a#c3"]),
    # a Form 3 states every line: nothing before it is carried
    ([_line("f3#c1", "f3", "2024-06-10", 500, True, form="3"),
      _line("b#c1", "b", "2024-06-20", 9_000, False, "By LLC")], ["f3#c1"]),
])
def test_left_out_lines(newer, carried):
    items = OLD + newer
    assert [k for k, _ in left_out_lines(items, newer[-1])] == carried
    assert carried_lines(items, newer[-1]) == []  # no 4/A


def test_carried_lines_of_a_4a():
    amended = ("a4#c1", dict(OLD[0][1], filing="a4", form="4/A", shares=10_500,
                            evidence=[dict(OLD[0][1]["evidence"][0], source="a4")]))
    assert [k for k, _ in carried_lines(OLD + [amended], amended)] == ["a#c2", "a#c3"]
    later = _line("b#c1", "b", "2024-06-20", 9_000, True)  # a later Form 4 carries nothing
    assert carried_lines(OLD + [amended, later], later) == []


@pytest.mark.parametrize("text, removes", [
    ("This amendment is filed solely to remove the line for 2,000 shares", True),
    ("The indirect holding was reported in error.", True),
    ("Shares held by the trust were erroneously included in the original Form 4.", True),
    ("This amendment is filed to correct the transaction date.", False),
    ("The price per share, which was inadvertently reported as $10.50", False),
    ("The original Form 4 erroneously reported the price per share as $10.50.", False),
    ("The reporting person was removed from the board of directors on June 10.", False),
    ("The reporting person disclaims beneficial ownership of the shares.", False),
])
def test_removes_lines(text, removes):
    assert (REMOVES_LINES.search(text) is not None) is removes


def test_a_13g_ends_what_was_carried():
    g13 = ("g#c1", {"filing": "g", "form": "SC 13G", "as_of": "2024-06-10", "shares": 12_000})
    new = _line("b#c1", "b", "2024-06-20", 9_000, True)
    assert left_out_lines(OLD + [g13, new], new) == []
    assert left_out_lines(OLD + [g13, new], g13) == []  # a 13G is no Table I line


def test_superseded_claims_spares_the_lines_a_4a_leaves_standing():
    G, _ = _graph("r29_h1_orig.xml", "r29_h2_amend_one_line.xml")
    gone = {k for (_, _, k) in superseded_claims(G)}
    assert "r29_h1_orig.xml#c2" in gone  # the 10,000 direct: the 4/A's 10,500 replaces it
    assert "r29_h1_orig.xml#c3" not in gone  # the spouse line stands


def test_stake_history_reads_a_4a_with_its_original():
    G, _ = _graph("r29_h1_orig.xml", "r29_h2_amend_one_line.xml")
    entries = stake_history(G, "Roe Jane", "Widget Therapeutics, Inc.").entries
    # was 15,000 then 10,500 (-4,500): the amendment's one line
    assert [(e.claim.shares, e.change_shares) for e in entries] == [(15_000, None),
                                                                    (15_500, 500)]


def test_stake_history_changes_within_one_class():
    """Class A and Class B lines of two Forms 4: each change is against the same class (was
    Class A 1,500 -> Class B 10,000: +8,500)."""
    G, _ = _graph("r29_g1_two_classes.xml", "r29_g2_two_classes_later.xml")
    entries = stake_history(G, "Roe Jane", "Widget Therapeutics, Inc.").entries
    assert [(e.claim.security_class, e.claim.shares, e.change_shares) for e in entries] == [
        ("Class A Common Stock", 1_500, None), ("Class B Common Stock", 10_000, None),
        ("Class A Common Stock", 1_700, 200), ("Class B Common Stock", 9_000, -1_000)]


def test_amount_pattern():
    from graphkit.carried_lines import AMOUNT
    assert AMOUNT.findall("F12: remove the line for 2,000 shares, 12000 and 1.5 and 12,000.") == [
        "2,000", "12000", "12,000"]


@pytest.mark.parametrize("names, exited", [
    # June 3's "By Spouse" 2,000 is left out by June 28's form, which sells her last direct
    # shares: she has not shown she holds none (was listed as exited, "holds none")
    (("r29_c1_jun03.xml", "r29_c2_jun20.xml", "r42_jun28_direct_sold_out.xml"), []),
    # with no older line left out, the sale of her last shares is her exit
    (("r29_c2_jun20.xml", "r42_jun28_direct_sold_out.xml"), [("Roe Jane", "holds none")]),
])
def test_selling_the_direct_line_out_is_no_exit_while_lines_left_out_stand(names, exited):
    G, node = _graph(*names)
    ans = find_controllers(G, node)
    assert [(u.party.name, u.exit) for u in ans.exited] == exited
    jane = [u.party.name for u in ans.ultimate if u.party.name == "Roe Jane"]
    assert jane == ([] if exited else ["Roe Jane"])
    notes = [n for n in ans.notes if "leaves out lines of older forms" in n]
    if exited:
        assert notes == []
    else:
        assert "By Spouse 2,000 shares (r29_c1_jun03.xml, 2024-06-03)" in notes[0]


@pytest.mark.parametrize("names, left_out", [
    (("r29_c1_jun03.xml", "r29_c2_jun20.xml", "r43_jun28_sold_out_section16_box.xml"),
     "By Spouse 2,000 shares (r29_c1_jun03.xml, 2024-06-03)"),
    (("r29_c2_jun20.xml", "r43_jun28_sold_out_section16_box.xml"), None),
])
def test_an_exit_the_form_states_stands_though_older_lines_are_left_out(names, left_out):
    """June 28's form with its box "no longer subject to Section 16" checked (review rv42 M7):
    she is listed as exited either way; the lines it leaves out are still said."""
    G, node = _graph(*names)
    ans = find_controllers(G, node)
    assert [(u.party.name, u.exit) for u in ans.exited] == [("Roe Jane", "holds none")]
    assert "Roe Jane" not in [u.party.name for u in ans.ultimate]
    notes = [n for n in ans.notes if "leaves out lines of older forms" in n]
    assert (left_out in notes[0]) if left_out else not notes
