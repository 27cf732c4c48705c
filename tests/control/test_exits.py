"""An exit report (13G Item 5 "5% or less", or a 13D/13G holding of 0 shares) ranks no holder.

Review rvE HIGH-1 (session 37): Vanguard's SLM Corp 13G/A No. 2 checks Item 5
(``<classOwnership5PercentOrLess>Y``) and its Intel Corp 13G/A reports 0 shares and 0%, yet
``controllers`` put "The Vanguard Group" at the top of the chains of both, and ``holdings``
listed both as its direct holdings, with no mark; only ``history`` said "exit (5% or less)".
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from graphkit.asof import stake_history
from graphkit.claim_marks import CEASED, NONE_HELD, exit_mark
from graphkit.control import find_controllers, find_holdings
from graphkit.ownership import effective_ownership
from graphkit.pipeline import build
from tests.conftest import corpus_file

RV38 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv38"
SLM = RV38 / "vanguard_slm_2024_schedule13ga_exit.xml"
INTEL = RV38 / "vanguard_intel_2026_schedule13ga_exit.xml"
PRIOR = RV38 / "r1_prior_8pct.xml"  # made: Acme Capital LLC, 800,000 shares (8%), 2024-12-31
EXIT = RV38 / "r1_exit_0pct.xml"  # made: its 13G/A of 2025-12-31, 0 shares, Item 5 "Y"


@pytest.fixture(scope="module")
def vanguard():
    return build([SLM, INTEL]).graph


@pytest.fixture(scope="module")
def acme():
    return build([PRIOR, EXIT]).graph


@pytest.mark.parametrize("form, shares, percent, ceased, mark", [
    ("SCHEDULE 13G/A", None, None, True, CEASED),  # SLM: Item 5 "Y", no number read
    ("SCHEDULE 13G/A", 0, 0.0, None, NONE_HELD),  # Intel: 0 shares, 0%, no Item 5
    ("SC 13D/A", 32600, 4.6, True, CEASED),  # a 13D/A "ceased to be ... more than 5%"
    ("SC 13G", None, 0.0, None, NONE_HELD),  # no shares stated, 0%
    ("SC 13G", 1200, 0.0, None, None),  # 0.0% of a small holding is rounding, not none
    ("4", 0, None, None, None),  # a Form 4 line of 0 shares: its other lines stand
    ("SC 13G", 5639301, 17.42, None, None),
])
def test_exit_mark(form, shares, percent, ceased, mark):
    assert exit_mark(form, shares=shares, percent=percent, ceased=ceased) == mark


def test_slm_exit_is_not_a_controller(vanguard):
    ans = find_controllers(vanguard, "SLM Corp")
    assert ans.ultimate == [] and ans.controllers == []
    assert [(u.party.name, u.exit) for u in ans.exited] == [("The Vanguard Group", CEASED)]
    assert [p.exit for p in ans.paths] == [CEASED]
    assert ans.paths[0].describe() == (
        "The Vanguard Group -[beneficial owner of 0%]-> SLM Corp [exit (5% or less)]")
    data = json.loads(ans.model_dump_json())
    assert data["ultimate"] == [] and data["exited"][0]["exit"] == CEASED
    assert data["paths"][0]["steps"][0]["claims"][0]["exit"] == CEASED


def test_intel_zero_holding_is_not_a_controller(vanguard):
    ans = find_controllers(vanguard, "Intel Corp", as_of="2026-03-31")
    assert ans.ultimate == []
    got = [(u.party.name, u.shares, u.percent, u.exit) for u in ans.exited]
    # an amendment to 0 shares and 0%: an exit by its numbers (ceased_claims.add_zero_holding_exit)
    assert got == [("The Vanguard Group", 0, 0.0, CEASED)]
    assert [e.claim.exit for e in stake_history(vanguard, "Vanguard", "Intel").entries] == [
        CEASED]


def test_vanguard_holds_neither_after_its_exits(vanguard):
    ans = find_holdings(vanguard, "The Vanguard Group")
    assert ans.holdings == []
    assert [(h.target.name, h.direct, h.shares, h.exit) for h in ans.exited] == [
        ("Intel Corp", True, 0, CEASED), ("SLM Corp", True, 0, CEASED)]  # SLM's 0: Item 4


def test_holding_before_the_exit_still_shows(acme):
    before = find_controllers(acme, "Acme Widgets Inc", as_of="2025-06-30")
    assert [(u.party.name, u.shares, u.percent, u.exit) for u in before.ultimate] == [
        ("Acme Capital LLC", 800000, 8.0, None)]
    assert before.exited == [] and before.total_percent == 8.0
    after = find_controllers(acme, "Acme Widgets Inc", as_of="2026-01-15")
    assert after.ultimate == [] and after.total_percent == 0.0
    assert [(u.party.name, u.shares, u.percent, u.exit) for u in after.exited] == [
        ("Acme Capital LLC", 0, 0.0, CEASED)]
    held = find_holdings(acme, "Acme Capital LLC", as_of="2025-06-30")
    assert [(h.target.name, h.shares) for h in held.holdings] == [("Acme Widgets Inc", 800000)]
    assert find_holdings(acme, "Acme Capital LLC", as_of="2026-01-15").holdings == []


def test_all_dates_show_the_exit_not_the_older_holding(acme):
    # without --as-of both filings are in the graph: the newest (the exit) speaks
    ans = find_controllers(acme, "Acme Widgets Inc")
    assert ans.ultimate == [] and [u.exit for u in ans.exited] == [CEASED]
    step = ans.paths[0].steps[0]
    assert (step.shares, step.percent, len(step.claims)) == (0, 0.0, 2)


def test_an_exit_without_numbers_does_not_carry_the_older_holding(sample, claim):
    # like the SLM 13G/A: Item 5 checked and no number read; TCV's 17.42% of 2013 is not
    # its holding after it
    claim(sample, "exit.txt#c-tcv", "tcv", "qualys", "beneficial_owner_of", filing="exit.txt",
          form="SC 13G/A", as_of=dt.date(2014, 12, 31), filed=None, ceased_five_percent=True)
    ans = effective_ownership(sample, "Qualys, Inc.", method="control")
    tcv = next(a for a in ans.atoms if a.holder.id == "tcv")
    assert (tcv.shares, tcv.percent, tcv.claim.filing) == (None, None, "exit.txt")
    step = next(s for p in find_controllers(sample, "Qualys, Inc.").paths for s in p.steps
                if s.source.id == "tcv" and s.target.id == "qualys")
    assert (step.exit, step.percent) == (CEASED, None)


def test_a_later_report_ends_the_exit(acme, claim):
    # a 13G of 2026-06-30 after the exit: the holder is ranked again
    G = acme.copy()
    holder = next(n for n, d in G.nodes(data=True) if d["name"] == "Acme Capital LLC")
    issuer = next(n for n, d in G.nodes(data=True) if d["name"] == "Acme Widgets Inc")
    claim(G, "again.xml#c1", holder, issuer, "beneficial_owner_of", filing="again.xml",
          form="SCHEDULE 13G", as_of=dt.date(2026, 6, 30), filed=None, shares=700000,
          percent=7.0)
    ans = find_controllers(G, "Acme Widgets Inc", as_of="2026-07-01")
    assert [(u.party.name, u.percent) for u in ans.ultimate] == [("Acme Capital LLC", 7.0)]
    assert ans.exited == []


def test_harraden_jvspac_exit_of_every_filer():
    # corpus: Harraden Circle's 13G/A (2024), every reporting person at 0 shares, Item 5 checked
    G = build([corpus_file("13g/harraden_jvspac_2024_sc13ga.txt")]).graph
    ans = find_controllers(G, "JVSPAC Acquisition Corp.")
    assert ans.ultimate == [] and ans.total_shares == 0
    assert [(u.party.name, u.paths, u.exit) for u in ans.exited] == [
        ("Frederick V. Fortmiller, Jr.", 8, CEASED)]
    assert all(p.exit == CEASED for p in ans.paths)


def test_cli_marks_the_exit(run_cli, tmp_path):
    from graphkit.graph import write_graph
    path = write_graph(build([SLM, INTEL]).graph, tmp_path / "graph.json")
    code, out, _ = run_cli("controllers", "SLM Corp", "--graph", str(path))
    assert code == 0 and "no one current" in out and "exit (5% or less)" in out
    code, out, _ = run_cli("holdings", "The Vanguard Group", "--graph", str(path), "--json")
    data = json.loads(out)
    assert data["holdings"] == [] and {h["exit"] for h in data["exited"]} == {CEASED}
    code, out, _ = run_cli("holdings", "The Vanguard Group", "--graph", str(path))
    assert "none current" in out and "exit (5% or less)" in out
