"""A chain step shows the holding that ``holdings`` counts, and ``history`` names each security.

Session 40 review rv40 M2, on the real Form 4 tests/fixtures/filings/rv40b/
walker_alphabet_2026_form4.xml (Alphabet Inc., 2026-05-25). Its Table I holds Class C Capital
Stock, 8,140 direct and 84,288 "By Arete Trust" (the holding: 92,428), beside Class C Google
Stock Units (unvested GSUs, rights to receive shares as they vest): 67,586, 28,578 and 59,820.
``holdings`` and ``controllers`` gave 92,428, but the step "John Kent Walker → beneficial owner
of → Alphabet Inc." showed 59,820 (its first claim stating shares: the last GSU line), and
``history`` printed 155,984 (the GSU lines added up) beside 92,428, neither naming its security.
The step now shows the holder's holding (graphkit.holder_claims.holding_of), citing its lines
first and naming the security of every other line; history rows name their security.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from graphkit.asof import stake_history
from graphkit.connections import all_paths
from graphkit.control import find_controllers, find_holdings
from graphkit.pipeline import build
from graphkit.render import render
from tests.conftest import corpus_file

FILINGS = Path(__file__).resolve().parent.parent / "fixtures" / "filings"
WALKER = FILINGS / "rv40b" / "walker_alphabet_2026_form4.xml"
PORAT = FILINGS / "rv37" / "porat_alphabet_2026_form4.xml"  # real: GSUs beside three trusts
OXY = FILINGS / "rv37" / "berkshire_oxy_2022_form4.xml"  # real: Common and Series A Preferred
COX = FILINGS / "rv37" / "cox_meta_2026_form4.xml"  # real: Class A Common Stock only
STOCK, UNITS = "Class C Capital Stock", "Class C Google Stock Units"


def _text(answer) -> str:
    """The terminal view of ``answer`` as one line of words (a cell's wrapped lines joined)."""
    console = Console(width=400, record=True, file=open("/dev/null", "w"))
    console.print(render(answer))
    return " ".join(console.export_text().replace("│", " ").split())


@pytest.fixture(scope="module")
def walker():
    return build([WALKER]).graph


def _step(answer, source: str):
    return next(s for p in answer.paths for s in p.steps
                if s.source.name == source and s.relation.value == "beneficial_owner_of")


def test_the_step_shows_the_class_c_stock_holding_not_the_last_stock_unit_line(walker):
    ans = find_controllers(walker, "Alphabet Inc.")
    step = _step(ans, "John Kent Walker")
    assert step.shares == 92_428  # was 59,820: the last GSU line
    assert (step.held.security_class, step.held.shares) == (STOCK, 92_428)
    assert ans.total_shares == 92_428  # the figure holdings and controllers count
    [holding] = [h for h in find_holdings(walker, "WALKER JOHN KENT").holdings
                 if h.target.name == "Alphabet Inc."]
    assert holding.shares == step.shares
    assert _step(ans, "Arete Trust").shares == 84_288  # the trust's own line, unchanged
    [direct] = all_paths(walker, "WALKER JOHN KENT", "Alphabet Inc.", cutoff=1).paths
    assert [s.shares for s in direct.hops[0].steps if s.held] == [92_428]  # paths: the same


def test_the_step_cites_its_stock_lines_first_and_names_the_stock_units(walker):
    row = _text(find_controllers(walker, "Alphabet Inc.")).split("John Kent Walker → beneficial owner of → Alphabet Inc.", 1)[1]
    row = row.split("John Kent Walker → trustee of", 1)[0]
    assert row.index(":156 (4, 2026-05-25);") < row.index(f"(4, 2026-05-25, {UNITS})")
    assert row.count(f", {UNITS})") == 3  # the three GSU lines, each named as such
    assert "92,428" in row and "59,820" not in row


def test_history_names_each_security_and_never_adds_units_to_the_stock(walker):
    entries = stake_history(walker, "WALKER JOHN KENT", "Alphabet Inc.").entries
    assert [(e.security, e.claim.shares) for e in entries] == [
        (STOCK, 92_428),  # 8,140 + 84,288, the holding first
        (UNITS, 155_984)]  # 67,586 + 28,578 + 59,820: units of one title, said as such
    text = _text(stake_history(walker, "WALKER JOHN KENT", "Alphabet Inc."))
    assert "shares or units" in text and UNITS in text


def test_a_real_filing_with_three_trusts_and_stock_units_shows_the_holding_on_its_step():
    G = build([PORAT]).graph
    ans = find_controllers(G, "Alphabet Inc.")
    assert _step(ans, "Ruth M. Porat").shares == 2_080_209 == ans.total_shares  # was 921,695
    assert [(e.security, e.claim.shares) for e in stake_history(
        G, "Ruth M. Porat", "Alphabet Inc.").entries] == [(STOCK, 2_080_209), (UNITS, 155_984)]


def test_history_of_common_and_preferred_stock_names_each():
    G = build([OXY]).graph
    rows = [(e.security, e.claim.shares) for e in stake_history(
        G, "BERKSHIRE HATHAWAY INC", "OCCIDENTAL PETROLEUM CORP /DE/").entries]
    assert rows == [(None, None),  # its ten percent owner box: no number, no security
                    ("Series A Preferred Stock", 100_000), ("Common Stock", 136_373_000)]


def test_history_of_one_class_of_common_stock_names_none():
    G = build([COX]).graph
    entries = stake_history(G, "Christopher K. Cox", "Meta Platforms, Inc.").entries
    assert entries and all(e.security is None for e in entries)
    assert "security" not in _text(stake_history(G, "Christopher K. Cox",
                                                 "Meta Platforms, Inc."))


def test_a_13d_of_two_classes_of_common_stock_names_each_row():
    G = build([corpus_file("13d/fitzgerald_suburban_1994_sc13d.txt")]).graph
    rows = [(e.security, e.claim.shares, e.claim.percent) for e in stake_history(
        G, "Gerald F. Fitzgerald", "Suburban Bancorp, Inc.").entries]
    assert rows == [("Class A Common", 7_950, 0.4), ("Class B Common", 110_872, 8.8)]


def test_a_later_filing_of_the_stock_alone_supersedes_the_stock_not_the_units(walker):
    """A later Form 4 stating only the Class C Capital Stock restates the stock, not the stock
    units: the units' entry stays unsuperseded (it named the stock's later filing before)."""
    G = walker.copy()
    holder = next(n for n, d in G.nodes(data=True) if d.get("name") == "John Kent Walker")
    issuer = next(n for n, d in G.nodes(data=True) if d.get("name") == "Alphabet Inc.")
    G.add_edge(holder, issuer, key="later.xml#c1", relation="beneficial_owner_of",
               filing="later.xml", form="4", as_of="2026-06-25", shares=90_000, direct=True,
               security_class=STOCK)
    rows = [(e.security, e.claim.shares, e.superseded_by) for e in stake_history(
        G, "WALKER JOHN KENT", "Alphabet Inc.").entries]
    assert rows == [(STOCK, 92_428, "later.xml#c1"), (UNITS, 155_984, None),
                    (STOCK, 90_000, None)]
