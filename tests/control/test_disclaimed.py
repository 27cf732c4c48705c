"""A holding whose holder disclaims all of it: control by its powers, not ownership.

Review rvE MEDIUM-2 (session 37): Dimensional Fund Advisors' Ashworth 13G/A reports 1,046,400
shares (7.87%) with sole voting and dispositive power, and says (Note 1, Item 6) that the
Funds, its advisory clients, own them and that it disclaims beneficial ownership of all such
securities. `ownership` (multiplicative, EU AML) printed "basis ownership 7.87%", and
`controllers` showed the chain with no mark. A disclaimer that keeps the holder's pecuniary
interest (the Trident funds' "except to the extent of their pecuniary interest") still leaves
a fund owning its own record shares.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from graphkit.claim_marks import DISCLAIMED
from graphkit.control import find_controllers, find_holdings
from graphkit.ownership import effective_ownership
from graphkit.ownership_chains import DISCLAIMED_BASIS
from graphkit.pipeline import build, samples
from tests.conftest import corpus_file

RV38 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv38"
DFA = "Dimensional Fund Advisors Inc."


@pytest.fixture(scope="module")
def ashworth():
    return build([RV38 / "dfa_ashworth_2003_sc13ga.txt"]).graph


def test_multiplicative_counts_the_disclaimed_holding_as_control(ashworth):
    ans = effective_ownership(ashworth, "ASHWORTH INC", method="multiplicative")
    got = [(o.party.name, o.percent, o.shares, o.basis, o.control_paths, o.controlled_percent)
           for o in ans.owners]
    assert got == [(DFA, None, None, DISCLAIMED_BASIS, 1, 7.87)]
    assert (ans.total_shares, ans.total_percent) == (1046400, 7.87)  # still held, by someone
    assert "disclaims" in ans.rule
    # a screening threshold is met by the control
    assert [o.meets_threshold for o in effective_ownership(
        ashworth, "ASHWORTH INC", threshold=5).owners] == [True]
    assert effective_ownership(ashworth, "ASHWORTH INC", threshold=10).owners == []


def test_control_method_attributes_it_in_full(ashworth):
    # SEC beneficial ownership: voting and dispositive power, disclaimer or not
    ans = effective_ownership(ashworth, "ASHWORTH INC", method="control")
    assert [(o.party.name, o.shares, o.percent) for o in ans.owners] == [(DFA, 1046400, 7.87)]


def test_controllers_and_holdings_mark_the_disclaimer(ashworth):
    ans = find_controllers(ashworth, "ASHWORTH INC", as_of="2003-01-31")
    assert [(u.party.name, u.shares, u.percent, u.disclaimer) for u in ans.ultimate] == [
        (DFA, 1046400, 7.87, DISCLAIMED)]
    assert [p.describe() for p in ans.paths] == [
        f"{DFA} -[beneficial owner of 7.87%]-> ASHWORTH INC [ownership disclaimed]"]
    step = json.loads(ans.model_dump_json())["paths"][0]["steps"][0]
    assert step["disclaimer"] == DISCLAIMED
    assert (step["claims"][0]["disclaims"], step["claims"][0]["disclaims_in_part"]) == (
        True, None)
    held = find_holdings(ashworth, DFA).holdings
    assert [(h.target.name, h.shares, h.disclaimer) for h in held] == [
        ("ASHWORTH INC", 1046400, DISCLAIMED)]


def test_a_parent_above_the_adviser_controls_without_stated_ownership(ashworth, claim):
    G = ashworth.copy()
    G.add_node("acme", name="Acme Holdings Inc.", kind="organization")
    adviser = next(n for n, d in G.nodes(data=True) if d["name"] == DFA)
    claim(G, "p.txt#c1", "acme", adviser, "parent_of", filing="p.txt", form="SC 13G/A",
          as_of=dt.date(2002, 12, 31), filed=None)
    got = {o.party.name: (o.percent, o.basis, o.controlled_percent)
           for o in effective_ownership(G, "ASHWORTH INC").owners}
    assert got == {DFA: (None, DISCLAIMED_BASIS, 7.87),
                   "Acme Holdings Inc.": (None, "control, ownership not stated", 7.87)}


def test_funds_keeping_their_pecuniary_interest_still_own():
    # the Trident 13G: "Each reporting person ... disclaims beneficial ownership of such shares
    # except to the extent of their pecuniary interest, if any"
    G = build(samples()).graph
    ans = effective_ownership(G, "Qualys, Inc.", as_of="2013-12-31")
    got = {o.party.name: (o.percent, o.basis) for o in ans.owners}
    assert got["Trident Capital Fund-V, L.P."] == (17.42, "ownership")
    assert not any(o.basis == DISCLAIMED_BASIS for o in ans.owners)
    ctl = find_controllers(G, "Qualys, Inc.", as_of="2013-12-31")
    assert "disclaimed" not in " ".join(p.describe() for p in ctl.paths)


def test_capital_research_cover_disclaimer():
    # corpus: Capital Research's cover row 9 "6,940,200 Beneficial ownership disclaimed
    # pursuant to Rule 13d-4"; The Capital Group, its parent, reports 6,941,000 the same way:
    # the 800 beyond its subsidiary's are a residual, read as its own
    G = build([corpus_file("13g/capitalgroup_warnerlambert_1994_sc13g.txt")]).graph
    got = {o.party.name: (o.shares, o.basis, o.controlled_percent)
           for o in effective_ownership(G, "WARNER LAMBERT CO.").owners}
    assert got == {"Capital Research and Management Company": (None, DISCLAIMED_BASIS, 5.16),
                   "The Capital Group, Inc.": (800, "ownership and control", 5.16)}


def test_cli_shows_the_disclaimer(run_cli, tmp_path, ashworth):
    from graphkit.graph import write_graph
    path = write_graph(ashworth, tmp_path / "graph.json")
    code, out, _ = run_cli("ownership", "ASHWORTH INC", "--graph", str(path))
    assert code == 0 and "ownership disclaimed" in out and "7.87%" in out
    code, out, _ = run_cli("controllers", "ASHWORTH INC", "--graph", str(path))
    assert code == 0 and "[ownership disclaimed]" in out and "1,046,400" in out


def test_a_person_disclaiming_keeps_ownership():
    # corpus: R. Scott Asen's 13G reports 657,000 shares (5.6%), of which 57,000 "owned by the
    # Managed Accounts ... The Reporting Person disclaims beneficial ownership of such shares":
    # one flag on the claim for all of it; a person's disclaimer is read as of part
    G = build([corpus_file("13g/asen_culp_2006_sc13g.txt")]).graph
    got = {o.party.name: (o.percent, o.basis) for o in effective_ownership(G, "Culp").owners}
    assert got["R. Scott Asen"] == (5.6, "ownership")
    assert all(p.steps[-1].disclaimer is None for p in find_controllers(G, "Culp").paths)


def test_a_couples_co_owned_residual_stays_owned():
    # corpus: the Gastons' 13D/A on Boston Celtics LP: they disclaim the Units of Walcott and
    # Brookwood (counted as those partnerships' own), not the 403,900 they co-own
    G = build([corpus_file("13d/celtics_gaston_1998_sc13da.txt")]).graph
    got = {o.party.name: (o.percent, o.basis) for o in effective_ownership(
        G, "Boston Celtics Limited Partnership").owners}
    assert got["Don F. Gaston"] == (7.5, "ownership and control")


def test_a_fund_disclaiming_another_filers_shares_still_owns():
    # rv35 fixture, Enron/Costilla 13D: "JEDI II disclaims beneficial ownership of the shares of
    # Preferred Stock issued to ECT" (another filer's); its own 21.6% stays ownership
    G = build([RV38.parent / "rv35" / "enron_costilla_1998_sc13d_doc1.txt"]).graph
    got = {o.party.name: (o.percent, o.basis) for o in effective_ownership(
        G, "Costilla").owners}
    assert got["Joint Energy Development Investments II Limited Partnership"] == (
        21.6, "ownership")
