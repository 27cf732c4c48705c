"""An issuer's total held: joint filers without control links, totals over 100%, derived percents.

Joint filers report overlapping ownership: aggregate with max, never sum. Holders linked by
control hold slices of one family's holding (they add up, capped by the family's printed
aggregate); holdings of different filings by unrelated holders add up. A figure no filing prints
is rounded to two decimals and marked derived ("≈").
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from rich.console import Console

from graphkit.control import find_controllers
from graphkit.findings import find_data_quality_issues
from graphkit.graph import find_node
from graphkit.controllers import controllers_of
from graphkit.ownership import control_attribution, effective_ownership, holding_atoms
from graphkit.pipeline import build
from graphkit.render import render
from graphkit.totals import total_held
from tests.conftest import corpus_file


def _text(answer) -> str:
    console = Console(width=200, record=True, file=open("/dev/null", "w"))
    console.print(render(answer))
    return console.export_text()


def _graph(*claims) -> nx.MultiDiGraph:
    """``(holder, target, relation, filing, shares, percent)`` claims on issuer ``i``."""
    G = nx.MultiDiGraph()
    G.add_node("i", name="Issuer Inc.", kind="organization")
    for n, (u, v, rel, filing, shares, percent) in enumerate(claims):
        for x in (u, v):
            if x not in G:
                G.add_node(x, name=x.upper(), kind="organization")
        G.add_edge(u, v, key=f"k{n}", relation=rel, filing=filing, form="SC 13D",
                   as_of="2018-12-18", shares=shares, percent=percent)
    return G


# -- joint filers with no control link ------------------------------------------------------

def test_unlinked_joint_filers_of_one_filing_count_once_by_the_largest():
    G = _graph(*[(h, "i", "beneficial_owner_of", "x.txt", 19_605_379, 54.0)
                 for h in ("a", "b", "c", "d", "e", "f", "g")])
    ans = find_controllers(G, "i")
    assert (ans.total_shares, ans.total_percent) == (19_605_379, 54.0)  # never 378%
    [o] = ans.overlaps
    assert o.filings == ["x.txt"] and len(o.counted) == 1 and len(o.not_added) == 6
    assert any("aggregate with max, never sum" in n and "6 other reports" in n
               for n in ans.notes)
    eff = effective_ownership(G, "i", method="control")
    assert (eff.total_shares, eff.total_percent) == (19_605_379, 54.0)
    assert "54%" in _text(ans) and "378" not in _text(ans)


def test_unequal_joint_filers_take_the_largest_report_with_its_shares():
    G = _graph(("a", "i", "beneficial_owner_of", "x.txt", 902_600, 5.2),
               ("b", "i", "beneficial_owner_of", "x.txt", 1_766_100, 10.1),
               ("c", "i", "beneficial_owner_of", "x.txt", 1_077_500, 6.1))
    t = total_held(G, "i")
    assert (t.shares, t.percent) == (1_766_100, 10.1)
    assert [p.id for p in t.overlaps[0].counted] == ["b"]
    assert [p.id for p in t.overlaps[0].not_added] == ["c", "a"]  # largest report first


def test_unrelated_holders_of_different_filings_add_up():
    G = _graph(("a", "i", "beneficial_owner_of", "x.txt", 100, 5.0),
               ("b", "i", "beneficial_owner_of", "x.txt", 100, 5.0),
               ("c", "i", "beneficial_owner_of", "y.txt", 60, 3.0))
    t = total_held(G, "i")
    assert (t.shares, t.percent) == (160, 8.0)  # max(x.txt) + y.txt
    assert len(t.overlaps) == 1 and t.overlaps[0].filings == ["x.txt"]


def test_a_holder_counted_inside_a_control_cycle_still_joins_its_filing():
    # found by the property test: c1 and c2 are each other's general partner and both report
    # f0's shares; the cycle counts once (by c1), but c2 also reports in x.txt beside the
    # unlinked f1 and f2, so all of x.txt and y.txt overlap: the largest report, never a sum
    G = _graph(("f0", "i", "beneficial_owner_of", "y.txt", 1000, 1.0),
               ("f1", "i", "beneficial_owner_of", "x.txt", 1000, 1.0),
               ("f2", "i", "beneficial_owner_of", "x.txt", 1000, 1.0),
               ("c1", "f0", "general_partner_of", "x.txt", None, None),
               ("c1", "c2", "general_partner_of", "x.txt", None, None),
               ("c2", "c1", "general_partner_of", "x.txt", None, None),
               ("c1", "i", "beneficial_owner_of", "y.txt", 1000, 1.0),
               ("c2", "i", "beneficial_owner_of", "x.txt", 1000, 1.0))
    t = total_held(G, "i")
    assert (t.shares, t.percent) == (1000, 1.0)  # was 2000: c2's x.txt report was lost
    [o] = t.overlaps
    assert o.filings == ["x.txt", "y.txt"]


def test_holders_linked_by_a_common_controller_add_up(sample):
    """The sample's five funds share their general partner: separate slices, one family."""
    t = total_held(sample, "qualys", holding_atoms(sample, "qualys"))
    assert (t.shares, t.percent) == (6288626, 19.42) and not t.overlaps


def test_siblings_reporting_the_same_shares_are_capped_by_their_aggregate():
    """Two funds under one general partner each report the GP's 1,337,185 shares (both hold
    through a master fund the graph lacks): the GP's aggregate caps the family."""
    G = _graph(("a", "i", "beneficial_owner_of", "x.txt", 1_337_185, 7.4),
               ("b", "i", "beneficial_owner_of", "x.txt", 1_337_185, 7.4),
               ("gp", "i", "beneficial_owner_of", "x.txt", 1_337_185, 7.4),
               ("gp", "a", "general_partner_of", "x.txt", None, None),
               ("gp", "b", "general_partner_of", "x.txt", None, None))
    ans = find_controllers(G, "i")
    assert (ans.total_shares, ans.total_percent) == (1_337_185, 7.4)
    assert any("GP reports an aggregate" in n for n in ans.notes)
    assert control_attribution(G, "i")["gp"].percent == 7.4  # as printed, not 14.8


def test_siblings_printing_different_rows_are_capped_by_their_aggregate():
    """Two funds under one general partner report 800,000 and 700,000 shares, more than the
    GP's aggregate of 1,000,000 (both hold through a master fund): the aggregate caps them."""
    G = _graph(("a", "i", "beneficial_owner_of", "x.txt", 800_000, 4.4),
               ("b", "i", "beneficial_owner_of", "x.txt", 700_000, 3.9),
               ("gp", "i", "beneficial_owner_of", "x.txt", 1_000_000, 5.5),
               ("gp", "a", "general_partner_of", "x.txt", None, None),
               ("gp", "b", "general_partner_of", "x.txt", None, None))
    ans = find_controllers(G, "i")
    assert (ans.total_shares, ans.total_percent) == (1_000_000, 5.5)
    assert any("GP reports an aggregate" in n for n in ans.notes)
    assert control_attribution(G, "i")["gp"].shares == 1_000_000


def test_civitas_joint_filers_built_from_the_real_filing():
    """Seven Centerbridge filers each report 19,605,379 shares (54%) on one Schedule 13D."""
    G = build([corpus_file("13d/centerbridge_civitas_2018_sc13d.txt")]).graph
    ans = find_controllers(G, "Civitas Solutions, Inc.")
    issuer = find_node(G, "Civitas Solutions, Inc.")
    reports = [(d["shares"], d["percent"]) for _, _, d in G.in_edges(issuer, data=True)
               if d.get("relation") == "beneficial_owner_of"]
    assert len(reports) == 7 and set(reports) == {(19_605_379, 54.0)}
    assert ans.total_percent <= 100
    # the largest single report, whether or not a chain links the filers (if one does, the
    # controllers' residuals are nil; if none does, the max rule applies)
    assert (ans.total_shares, ans.total_percent) == max(reports) == (19_605_379, 54.0)
    holders = {u for u, _, d in G.edges(data=True) if d.get("relation") == "beneficial_owner_of"}
    if not any(controllers_of(G, h) & holders for h in holders):  # no chain links them
        assert len(ans.overlaps) == 1 and len(ans.overlaps[0].not_added) == 6
        assert any("never sum" in n for n in ans.notes)
    eff = effective_ownership(G, "Civitas Solutions, Inc.", method="multiplicative")
    assert (eff.total_shares, eff.total_percent) == (19_605_379, 54.0)


# -- co-owners: persons linked only by a party they both control ----------------------------

def _persons(G: nx.MultiDiGraph, *ids: str, **powers: tuple[int, int]) -> nx.MultiDiGraph:
    """``G`` with ``ids`` made persons; ``powers``: a holder's (sole, shared) voting and
    dispositive power on its holding of ``i``."""
    for x in ids:
        G.nodes[x]["kind"] = "person"
    for x, (sole, shared) in powers.items():
        for _, v, d in G.out_edges(x, data=True):
            if v == "i":
                d.update(sole_voting=sole, sole_dispositive=sole, shared_voting=shared,
                         shared_dispositive=shared)
    return G


def test_co_owners_of_a_joint_filer_count_their_shared_shares_once():
    """Two spouses both own a company that files with them; each reports about 10.7 million
    shares, all with shared power (the real 2006 Vitria 13D's cover pages). They are linked only
    by co-owning it: never 21 million."""
    G = _persons(_graph(("jane", "i", "beneficial_owner_of", "x.txt", 10_721_613, 30.3),
                        ("john", "i", "beneficial_owner_of", "x.txt", 10_752_585, 30.4),
                        ("itg", "i", "beneficial_owner_of", "x.txt", 0, 0.0),
                        ("jane", "itg", "shareholder_of", "x.txt", None, None),
                        ("john", "itg", "shareholder_of", "x.txt", None, None)),
                 "jane", "john", jane=(0, 10_721_613), john=(0, 10_752_585))
    ans = find_controllers(G, "i")
    assert (ans.total_shares, ans.total_percent) == (10_752_585, 30.4)
    [o] = ans.overlaps
    assert ([p.id for p in o.counted], [p.id for p in o.not_added],
            [p.id for p in o.co_owned], o.shares, o.sole_counted) == (
        ["john"], ["jane"], ["itg"], 10_752_585, 0)
    assert any("linked only by controlling ITG together" in n and "never sum" in n
               for n in ans.notes)
    eff = effective_ownership(G, "i", method="control")
    assert (eff.total_shares, eff.total_percent) == (10_752_585, 30.4)


def test_co_owners_sole_shares_add_and_their_shared_shares_count_once():
    """Each spouse also holds shares alone (sole power): those add up; the shared ones, which
    each reports, count once: the company's 100, Jane's 1,150 other shared (John's 1,020 among
    them) and their own 50 and 80."""
    G = _persons(_graph(("jane", "i", "beneficial_owner_of", "x.txt", 1_300, 13.0),
                        ("john", "i", "beneficial_owner_of", "x.txt", 1_200, 12.0),
                        ("co", "i", "beneficial_owner_of", "x.txt", 100, 1.0),
                        ("jane", "co", "shareholder_of", "x.txt", None, None),
                        ("john", "co", "shareholder_of", "x.txt", None, None)),
                 "jane", "john", jane=(50, 1_250), john=(80, 1_120))
    t = total_held(G, "i")
    assert (t.shares, t.percent) == (1_380, 13.8)
    [o] = t.overlaps
    assert ([p.id for p in o.counted], [p.id for p in o.not_added], o.sole_counted) == (
        ["jane"], ["john"], 80)


def test_the_company_co_owners_control_together_is_under_their_shared_power():
    """Two founders each hold shares alone (5,000 and 3,000, sole power) and manage an LLC
    together (1,000, shared power): sole power is one holder's alone, so the LLC's shares are
    never taken out of it; nothing overlaps, 9,000 in all."""
    G = _persons(_graph(("a", "i", "beneficial_owner_of", "x.txt", 6_000, 6.0),
                        ("b", "i", "beneficial_owner_of", "x.txt", 4_000, 4.0),
                        ("llc", "i", "beneficial_owner_of", "x.txt", 1_000, 1.0),
                        ("a", "llc", "managing_member_of", "x.txt", None, None),
                        ("b", "llc", "managing_member_of", "x.txt", None, None)),
                 "a", "b", a=(5_000, 1_000), b=(3_000, 1_000))
    t = total_held(G, "i")
    assert (t.shares, t.percent) == (9_000, 9.0) and not t.overlaps


def test_the_company_one_co_owner_manages_may_be_under_his_sole_power():
    """John is the company's general partner and Jane only holds its shares (a Celtics 1998
    13D/A variant): his sole power of 320 is the company's 320 shares, not shares of his own, so
    nothing is counted twice: 724 in all, as each reports."""
    G = _persons(_graph(("jane", "i", "beneficial_owner_of", "x.txt", 724, 7.24),
                        ("john", "i", "beneficial_owner_of", "x.txt", 724, 7.24),
                        ("co", "i", "beneficial_owner_of", "x.txt", 320, 3.2),
                        ("jane", "co", "shareholder_of", "x.txt", None, None),
                        ("john", "co", "shareholder_of", "x.txt", None, None),
                        ("john", "co", "general_partner_of", "x.txt", None, None)),
                 "jane", "john", jane=(0, 724), john=(320, 404))
    assert (total_held(G, "i").shares, total_held(G, "i").percent) == (724, 7.24)


def test_a_manager_with_shares_of_his_own_keeps_them():
    """Review s26-coown: John manages the company (320, under shared power) and holds 400 alone
    (sole power); Jane's 1,224 shared include a trust of 500. His sole power is not the
    company's (400 is no sum of its holdings): 320 + 400 + Jane's 904 beyond it = 1,624."""
    G = _persons(_graph(("jane", "i", "beneficial_owner_of", "x.txt", 1_224, 12.24),
                        ("john", "i", "beneficial_owner_of", "x.txt", 724, 7.24),
                        ("co", "i", "beneficial_owner_of", "x.txt", 320, 3.2),
                        ("jane", "co", "shareholder_of", "x.txt", None, None),
                        ("john", "co", "general_partner_of", "x.txt", None, None)),
                 "jane", "john", jane=(0, 1_224), john=(400, 324))
    assert total_held(G, "i").shares == 1_624


def test_a_co_owners_percent_not_read_is_taken_from_the_others_class_size():
    """The counted co-owner's cover gives 1,500 shares and no percent: its percent comes from
    the class size another cover implies (100 shares a percent), so the total neither drops
    the shared part's percent nor counts it twice."""
    G = _persons(_graph(("jane", "i", "beneficial_owner_of", "x.txt", 1_500, None),
                        ("john", "i", "beneficial_owner_of", "x.txt", 1_300, 13.0),
                        ("co", "i", "beneficial_owner_of", "x.txt", 100, 1.0),
                        ("jane", "co", "shareholder_of", "x.txt", None, None),
                        ("john", "co", "shareholder_of", "x.txt", None, None)),
                 "jane", "john", jane=(0, 1_500), john=(300, 1_000))
    t = total_held(G, "i")
    assert (t.shares, t.percent) == (1_800, 18.0)  # co 100, Jane's 1,400, John's own 300


def test_co_owners_with_nothing_beyond_what_they_co_own_change_nothing():
    """Two managing members report exactly their fund's shares: residuals nil, no overlap."""
    G = _persons(_graph(("f", "i", "beneficial_owner_of", "x.txt", 900, 9.0),
                        ("m1", "i", "beneficial_owner_of", "x.txt", 900, 9.0),
                        ("m2", "i", "beneficial_owner_of", "x.txt", 900, 9.0),
                        ("m1", "f", "managing_member_of", "x.txt", None, None),
                        ("m2", "f", "managing_member_of", "x.txt", None, None)), "m1", "m2")
    t = total_held(G, "i")
    assert (t.shares, t.percent) == (900, 9.0) and not t.overlaps


def test_co_owners_of_different_filings_and_companies_that_co_own_still_add():
    # each co-owner files its own report: different filings by holders add up
    G = _persons(_graph(("jane", "i", "beneficial_owner_of", "x.txt", 300, 3.0),
                        ("john", "i", "beneficial_owner_of", "y.txt", 200, 2.0),
                        ("co", "i", "beneficial_owner_of", "z.txt", 100, 1.0),
                        ("jane", "co", "shareholder_of", "z.txt", None, None),
                        ("john", "co", "shareholder_of", "z.txt", None, None)), "jane", "john")
    assert total_held(G, "i").percent == 4.0  # residuals 2 and 1, and the company's 1
    # two funds that both manage a joint vehicle: a fund's shared power is its adviser's
    G = _graph(("a", "i", "beneficial_owner_of", "x.txt", 150, 1.5),
               ("b", "i", "beneficial_owner_of", "x.txt", 250, 2.5),
               ("v", "i", "beneficial_owner_of", "x.txt", 50, 0.5),
               ("a", "v", "managing_member_of", "x.txt", None, None),
               ("b", "v", "managing_member_of", "x.txt", None, None))
    t = total_held(G, "i")
    assert (t.shares, t.percent) == (350, 3.5) and not t.overlaps


def test_co_owners_are_ranked_by_shares_when_a_percent_is_not_read():
    """A percent missed on one cover ("See Item 5") never makes the total fall below the
    largest printed report, and co-owners stating no number at all give a note, no error."""
    G = _persons(_graph(("jane", "i", "beneficial_owner_of", "x.txt", 300, 3.0),
                        ("john", "i", "beneficial_owner_of", "x.txt", 700, None),
                        ("co", "i", "beneficial_owner_of", "x.txt", 100, 1.0),
                        ("jane", "co", "shareholder_of", "x.txt", None, None),
                        ("john", "co", "shareholder_of", "x.txt", None, None)), "jane", "john")
    t = total_held(G, "i")
    assert t.shares == 700 and [p.id for p in t.overlaps[0].counted] == ["john"]
    assert t.percent == 7.0  # John's 600 beyond the company at Jane's 100 shares a percent
    G = _persons(_graph(("jane", "i", "beneficial_owner_of", "x.txt", None, None),
                        ("john", "i", "beneficial_owner_of", "x.txt", None, None),
                        ("jane", "co", "shareholder_of", "x.txt", None, None),
                        ("john", "co", "shareholder_of", "x.txt", None, None)), "jane", "john")
    assert total_held(G, "i").shares is None


def test_carl_marks_general_partners_shared_shares_count_once():
    """Real 1996 Schedule 13G: the adviser CMMC reports 902,600 shares; its three general
    partners Boas and Ruocco 1,077,500 each (all shared) and Whitman 1,766,100 (688,600 sole
    plus the same 1,077,500 shared). Held in all is Whitman's 1,766,100 (10.1%): main added
    Boas's and Ruocco's 174,900 beyond CMMC to Whitman's and gave 2,115,900 (11.9%)."""
    G = build([corpus_file("13g/carlmarks_piperjaffray_1996_sc13g.txt")]).graph
    ans = find_controllers(G, "Piper Jaffray Companies, Inc.")
    assert (ans.total_shares, ans.total_percent) == (1_766_100, 10.1)
    [o] = ans.overlaps
    assert [p.name for p in o.counted] == ["Martin J. Whitman"]
    assert sorted(p.name for p in o.not_added) == ["Andrew M. Boas", "Robert C. Ruocco"]
    assert [p.name for p in o.co_owned] == ["Carl Marks Management Company, L.P."]
    assert (o.shares, o.percent) == (1_766_100, 10.1)  # Whitman's report as printed


def test_brt_general_partners_sole_shares_add_and_shared_count_once():
    """Real 1996 Schedule 13D on BRT: Gould (2,110,933, 24.05%) and Rose (1,967,429, 22.42%)
    are both general partners of GLP (1,512,241). Main added both residuals (29.24%), counting
    their other shared holdings twice; now Rose's sole shares add to Gould's whole report."""
    G = build([corpus_file("13d/oneliberty_brt_1996_sc13d.txt")]).graph
    ans = find_controllers(G, "BRT Realty Trust")
    assert (ans.total_shares, ans.total_percent) == (2_385_212, 27.18)
    o = next(o for o in ans.overlaps if o.co_owned)
    assert ([p.name for p in o.counted], [p.name for p in o.not_added]) == (
        ["Fredric H. Gould"], ["Marshall Rose"])


# -- totals over 100% -----------------------------------------------------------------------

def test_total_over_100_is_a_finding_and_a_warning_note():
    G = _graph(("a", "i", "beneficial_owner_of", "x.txt", 600, 60.0),
               ("b", "i", "beneficial_owner_of", "y.txt", 550, 55.0))
    G.nodes["i"]["identifiers"] = [{"scheme": "cusip", "value": "000000000"}]
    [f] = [f for f in find_data_quality_issues(G) if f.code == "total-over-100"]
    assert f.severity.value == "warning" and f.nodes[0] == "i"
    assert f.filings == ["x.txt", "y.txt"] and "115% of the class" in f.message
    ans = find_controllers(G, "i")
    assert ans.total_percent == 115.0
    assert any(n.startswith("warning: the total, 115%") for n in ans.notes)
    text = _text(ans)
    assert "over 100% of the class: see the warning below" in text
    eff = effective_ownership(G, "i")
    assert any(n.startswith("warning:") for n in eff.notes)
    assert "over 100% of the class" in _text(eff)


def test_no_total_over_100_finding_under_100(sample):
    assert "total-over-100" not in {f.code for f in find_data_quality_issues(sample)}


# -- derived percents -----------------------------------------------------------------------

def _boas() -> nx.MultiDiGraph:
    """A manager reports 1,077,500 shares (6.1%) including the 902,600 (5.2%) of the
    investment adviser it controls (a 13G's cover pages)."""
    return _graph(("adviser", "i", "beneficial_owner_of", "x.txt", 902_600, 5.2),
                  ("boas", "i", "beneficial_owner_of", "x.txt", 1_077_500, 6.1),
                  ("boas", "adviser", "investment_manager_of", "x.txt", None, None))


def test_residual_percent_is_printed_less_parts_rounded_and_derived():
    atoms = {a.holder.id: a for a in holding_atoms(_boas(), "i")}
    assert (atoms["adviser"].percent, atoms["adviser"].derived) == (5.2, False)
    res = atoms["boas"]
    assert (res.shares, res.percent, res.residual, res.derived) == (174_900, 0.9, True, True)


def test_a_printed_percent_is_shown_as_printed_not_prorated():
    G = _boas()
    ans = find_controllers(G, "i")
    [boas] = [u for u in ans.ultimate if u.party.id == "boas"]
    assert (boas.shares, boas.percent, boas.derived) == (1_077_500, 6.1, False)  # not 6.1902
    assert "6.19" not in _text(ans)
    eff = effective_ownership(G, "i", method="multiplicative")
    got = {o.party.id: o for o in eff.owners}
    assert (got["boas"].percent, got["boas"].derived) == (0.9, True)
    assert (got["boas"].controlled_percent, got["boas"].controlled_derived) == (6.1, False)
    assert "≈ 0.9%" in _text(eff)


def test_prorated_residual_is_rounded_to_two_decimals():
    """A part states shares but no percent: the residual percent is prorated by shares."""
    G = _graph(("f", "i", "beneficial_owner_of", "x.txt", 333_333, None),
               ("gp", "i", "beneficial_owner_of", "x.txt", 1_000_000, 6.1),
               ("gp", "f", "general_partner_of", "x.txt", None, None))
    res = {a.holder.id: a for a in holding_atoms(G, "i")}["gp"]
    assert (res.shares, res.percent, res.derived) == (666_667, 4.07, True)  # 4.0667 rounded


def test_multiplicative_products_are_rounded_and_derived():
    G = _graph(("a", "b", "beneficial_owner_of", "x.txt", None, 35.0),
               ("b", "i", "beneficial_owner_of", "x.txt", None, 12.35))
    got = {o.party.id: o for o in effective_ownership(G, "i").owners}
    assert (got["b"].percent, got["b"].derived) == (12.35, False)
    assert got["a"].derived and got["a"].percent == pytest.approx(4.32)  # 4.3225


def test_classes_reported_apart_are_never_added():
    # 13d/fitzgerald_suburban_1994_sc13d.txt: each family member reports a Class A and a Class B
    # holding (invented names and numbers below); percents are of their own class
    import networkx as nx
    from graphkit.ownership import holding_atoms
    from graphkit.totals import classes_reported_apart, total_held
    G = nx.MultiDiGraph()
    for h, a, b in [("roe", 2.4, 9.6), ("doe", 0.4, 14.7)]:
        for cls, pct, sh in [("Class A Common", a, int(a * 1000)), ("Class B Common", b,
                                                                     int(b * 1000))]:
            G.add_edge(h, "i", relation="beneficial_owner_of", filing="x.txt", form="SC 13D",
                       security_class=cls, percent=pct, shares=sh)
    assert classes_reported_apart(G, "i") == ["Class A Common", "Class B Common"]
    assert sorted(a.holder.id for a in holding_atoms(G, "i")) == ["doe", "roe"]  # all shown
    assert [a.percent for a in holding_atoms(G, "i", security_class="Class B Common")] == \
        [14.7, 9.6]
    t = total_held(G, "i")
    assert (t.shares, t.percent) == (None, None)  # no figure adds Class A to Class B
    assert "Class A Common: 2,400 shares; 2.4% of the class" in t.notes
    assert "Class B Common: 14,700 shares; 14.7% of the class" in t.notes


def test_classes_reported_apart_hide_no_holder():
    # a holder reporting Class A and B side by side must not hide the holders of one class
    # only, nor those whose filing words the class otherwise (found in review)
    import networkx as nx
    from graphkit.ownership import holding_atoms
    G = nx.MultiDiGraph()
    for cls, pct in [("Class A Common", 0.4), ("Class B Common", 8.8)]:
        G.add_edge("jane", "i", relation="beneficial_owner_of", filing="x.txt", form="SC 13D",
                   security_class=cls, percent=pct)
    G.add_edge("big", "i", relation="beneficial_owner_of", filing="y.txt", form="SC 13G",
               security_class="Class A Common Stock, par value $0.01", percent=35.0)
    G.add_edge("bee", "i", relation="beneficial_owner_of", filing="z.txt", form="SC 13G",
               security_class="Class B Common", percent=52.0)
    assert sorted(a.holder.id for a in holding_atoms(G, "i")) == ["bee", "big", "jane"]
    assert find_controllers(G, "i").total_percent is None  # never Class A + Class B
    a = {x.holder.id: x.percent for x in holding_atoms(G, "i", security_class="Class A Common")}
    b = {x.holder.id: x.percent for x in holding_atoms(G, "i", security_class="Class B Common")}
    assert a == {"jane": 0.4, "big": 35.0} and b == {"jane": 8.8, "bee": 52.0}
    t = total_held(G, "i")
    assert "Class A Common: 35.4% of the class" in t.notes
    assert "Class B Common: 60.8% of the class" in t.notes


def test_one_class_per_filing_is_unchanged():
    import networkx as nx
    from graphkit.totals import classes_reported_apart, total_held
    G = nx.MultiDiGraph()
    G.add_edge("a", "i", relation="beneficial_owner_of", filing="x.txt", form="SC 13G",
               security_class="Common Stock", percent=6.0)
    G.add_edge("b", "i", relation="beneficial_owner_of", filing="y.txt", form="SC 13G",
               security_class="Class A Common Stock", percent=3.0)
    assert classes_reported_apart(G, "i") == []
    assert total_held(G, "i").percent == 9.0


def test_an_aggregate_covering_a_fund_without_percent_gives_the_family_percent():
    """A manager prints 639,660 shares (3.0%); its two funds hold 527,194 (2.5%) and 112,466
    (a prose holding, no percent). The funds' shares are exactly the aggregate: the family
    holds 3.0%, not the lower bound 2.5%."""
    G = _graph(("f1", "i", "beneficial_owner_of", "x.txt", 527_194, 2.5),
               ("f2", "i", "beneficial_owner_of", "x.txt", 112_466, None),
               ("im", "i", "beneficial_owner_of", "x.txt", 639_660, 3.0),
               ("im", "f1", "investment_manager_of", "x.txt", None, None),
               ("im", "f2", "investment_manager_of", "x.txt", None, None))
    t = total_held(G, "i")
    assert (t.shares, t.percent, t.percent_complete) == (639_660, 3.0, True)
    assert control_attribution(G, "i")["im"].percent == 3.0
    ans = find_controllers(G, "i")
    assert not any("lower bound" in n for n in ans.notes)


def test_without_an_aggregate_a_fund_without_percent_leaves_a_lower_bound():
    """The manager prints no aggregate: the percent of the fund stating none is unknown, and
    the total says it is a lower bound."""
    G = _graph(("f1", "i", "beneficial_owner_of", "x.txt", 527_194, 2.5),
               ("f2", "i", "beneficial_owner_of", "x.txt", 112_466, None),
               ("im", "f1", "investment_manager_of", "x.txt", None, None),
               ("im", "f2", "investment_manager_of", "x.txt", None, None))
    t = total_held(G, "i")
    assert (t.shares, t.percent, t.percent_complete) == (639_660, 2.5, False)
    assert any("lower bound" in n for n in find_controllers(G, "i").notes)


def test_form4_indirect_lines_are_parts_not_an_aggregate():
    """Real 2025 Form 4 (Travis Boersma, Dutch Bros Inc., tests/fixtures/filings): Class A held
    "By DM Trust Aggregator, LLC" 3,674,455 and "By DM Individual Aggregator, LLC" 2,310,834,
    footnote F3: he is the manager of each. His two indirect lines are two holdings, not an
    aggregate capping both (review s28 P: was 3,674,455)."""
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / \
        "boersma_dutchbros_2025_form4.xml"
    G = build([path]).graph
    ans = find_controllers(G, "Dutch Bros Inc.")
    assert ans.total_shares == 3_674_455 + 2_310_834
    assert [(u.party.name, u.shares) for u in ans.ultimate] == [("Travis Boersma", 5_985_289)]
    assert not any("reports an aggregate" in n for n in ans.notes)


@pytest.mark.parametrize("names", [
    ("r31_v13_two_classes.xml",),  # one joint Form 4: Fund I's common, Fund II's preferred
    ("r31_v13c_fund1_common_alone.xml", "r31_v13d_fund2_pref_alone.xml"),  # two Forms 4
])
def test_preferred_stock_is_never_added_to_the_common_stock_total(names):
    # review s30 M3: 1,000,000 common + 400,000 Series A Preferred were totalled 1,400,000
    own15 = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "own15"
    G = build([own15 / n for n in names]).graph
    t = total_held(G, find_node(G, "Widget Therapeutics, Inc."))
    assert t.shares == 1_000_000
    assert ("holdings of another security than the common stock are not added to its total: "
            "Acme Fund II, L.P.: Series A Preferred Stock 400,000 shares") in t.notes
    # a holder of the preferred stock alone: its holding is the total, as before
    G = build([own15 / "r31_v13d_fund2_pref_alone.xml"]).graph
    assert total_held(G, find_node(G, "Widget Therapeutics, Inc.")).shares == 400_000


def test_a_direct_line_as_large_as_the_funds_may_be_their_aggregate():
    # the GP's Form 4 marks its fund's 1,000,000 "D": the family counts them once, as the GP's
    # aggregate (a GP's direct line smaller than its fund's is its own, added: see
    # tests/parsers/test_ownership_joint_held_by.py, r30_v24_gp_direct.xml)
    own15 = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "own15"
    G = build([own15 / "r31_gp_D_aggregate.xml", own15 / "r31_fund_D.xml"]).graph
    node = find_node(G, "Widget Therapeutics, Inc.")
    t = total_held(G, node)
    assert t.shares == 1_000_000
    assert t.notes[0].startswith("Acme GP LLC reports an aggregate that covers the holders")
    att = {G.nodes[p]["name"]: a.shares for p, a in control_attribution(G, node).items()}
    assert att == {"Acme Fund I, L.P.": 1_000_000, "Acme GP LLC": 1_000_000}


def test_common_units_are_common_stock_of_a_partnership():
    # review s31 H4: "Common Units" beside "Limited Partner Interests" were read as another
    # security and dropped (500,000 for 1,500,000)
    own15 = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "own15"
    G = build([own15 / "r31_o3d_units_A.xml", own15 / "r31_o3d_lpint_B.xml"]).graph
    t = total_held(G, find_node(G, "Widget Therapeutics, Inc."))
    assert (t.shares, t.notes) == (1_500_000, [])


def test_a_direct_line_of_a_funds_very_amount_still_caps():
    # review s31 M2: the GP marks Fund I's 1,000,000 "D" beside Fund II's 2,000,000: the line
    # may be Fund I's shares, so the GP's family is capped by the largest report, as before
    # (2,000,000 with the note; the new rule gave 4,000,000; 3,000,000 is right, a lower bound)
    own15 = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "own15"
    G = build([own15 / f"r31_p5_{n}.xml" for n in ("fund1_D", "fund2_D", "gp_D_fund1")]).graph
    t = total_held(G, find_node(G, "Widget Therapeutics, Inc."))
    assert t.shares == 2_000_000
    assert t.notes[0].startswith("Acme GP LLC reports an aggregate that covers the holders")
