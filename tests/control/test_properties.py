"""Property tests: control chains and effective ownership against brute-force enumeration.

Brute force enumerates every sequence of distinct parties (itertools.permutations) instead of
walking the graph, on random acyclic graphs and on graphs with cycles (cross-holdings).
"""

from __future__ import annotations

import itertools
import math

import networkx as nx
from hypothesis import HealthCheck, given, settings, strategies as st

from graphkit.control import find_controllers
from graphkit.controllers import controls
from graphkit.ownership import PERCENT_DECIMALS, effective_ownership

RELS = ["beneficial_owner_of", "general_partner_of", "member_of", "investment_manager_of"]
SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@st.composite
def graphs(draw, acyclic: bool, relations=RELS, percents=(None, 5.0, 20.0, 35.0, 50.0)):
    """A random graph of 2-6 parties; ``i`` (an organization) is the issuer."""
    n = draw(st.integers(2, 6))
    nodes = ["i"] + [f"n{k}" for k in range(1, n)]
    G = nx.MultiDiGraph()
    for k, v in enumerate(nodes):
        person = k > 0 and draw(st.booleans()) and draw(st.booleans())
        G.add_node(v, name=v.upper(), kind="person" if person else "organization")
    pairs = [(u, v) for u in nodes for v in nodes if u != v
             and (not acyclic or nodes.index(u) > nodes.index(v))]
    chosen = draw(st.lists(st.sampled_from(pairs), max_size=10)) if pairs else []
    for c, (u, v) in enumerate(chosen):
        rel = draw(st.sampled_from(relations))
        pct = draw(st.sampled_from(percents)) if rel == "beneficial_owner_of" else None
        G.add_edge(u, v, key=f"c{c}", relation=rel, percent=pct, filing=f"f{c}.txt",
                   form="SC 13D", as_of="2020-01-01")
    return G


def brute_force_chains(G: nx.MultiDiGraph, issuer: str) -> set:
    """Every maximal upward chain as (parties top-first, relations), by enumeration."""
    others = [n for n in G if n != issuer]
    out = set()
    for k in range(1, len(others) + 1):
        for seq in itertools.permutations(others, k):
            nodes = [*seq, issuer]
            if any(G.nodes[x]["kind"] == "person" for x in nodes[1:]):
                continue  # chains stop at natural persons
            options = [sorted({d["relation"] for d in (G.get_edge_data(a, b) or {}).values()})
                       for a, b in zip(nodes, nodes[1:])]
            if not all(options):
                continue
            top = nodes[0]
            extendable = G.nodes[top]["kind"] != "person" and any(
                u not in nodes for u, _ in G.in_edges(top))
            if extendable:
                continue
            for rels in itertools.product(*options):
                out.add((tuple(nodes), rels))
    return out


def brute_force_multiplicative(G: nx.MultiDiGraph, issuer: str) -> dict[str, float]:
    """Sum over simple chains of the product of percentages (BO-only graphs)."""
    others = [n for n in G if n != issuer]
    out: dict[str, float] = {}
    for k in range(1, len(others) + 1):
        for seq in itertools.permutations(others, k):
            nodes = [*seq, issuer]
            if any(G.nodes[x]["kind"] == "person" for x in nodes[1:]):
                continue
            pcts = [[d["percent"] for d in (G.get_edge_data(a, b) or {}).values()]
                    for a, b in zip(nodes, nodes[1:])]
            if not all(pcts):
                continue
            # a holder's newest claim with a number is its holding (all claims tie here: max)
            total = math.prod(max(p) / 100 for p in pcts) * 100
            out[seq[0]] = out.get(seq[0], 0.0) + total
    return out


def _paths(ans) -> list:
    return [(tuple(p.id for p in path.parties), tuple(s.relation.value for s in path.steps))
            for path in ans.paths]


def _assert_chains_match_brute_force(G):
    got = _paths(find_controllers(G, "i"))
    assert len(got) == len(set(got))
    assert set(got) == brute_force_chains(G, "i")


@SETTINGS
@given(graphs(acyclic=True))
def test_controllers_match_brute_force_acyclic(G):
    _assert_chains_match_brute_force(G)


@SETTINGS
@given(graphs(acyclic=False))
def test_controllers_match_brute_force_with_cycles(G):
    _assert_chains_match_brute_force(G)


@SETTINGS
@given(graphs(acyclic=False), st.integers(1, 3))
def test_max_depth_bounds_every_chain(G, depth):
    for p in find_controllers(G, "i", max_depth=depth).paths:
        assert len(p.steps) <= depth


@SETTINGS
@given(st.booleans().flatmap(lambda acyclic: graphs(
    acyclic=acyclic, relations=["beneficial_owner_of"], percents=(5.0, 20.0, 35.0, 50.0))))
def test_multiplicative_matches_brute_force(G):
    """BO-only graphs of minority stakes (nobody controls): the pure EU rule.

    A figure no filing prints (a product, a sum) is shown rounded to the filing's precision
    (two decimals) and marked derived; a printed one is shown exactly."""
    ans = effective_ownership(G, "i", method="multiplicative")
    got = {o.party.id: o for o in ans.owners}
    want = brute_force_multiplicative(G, "i")
    assert set(got) == set(want)
    for p, v in want.items():
        o = got[p]
        own = [d["percent"] for d in (G.get_edge_data(p, "i") or {}).values()]
        printed = [x for x in own if abs(x - v) < 0.5 * 10 ** -PERCENT_DECIMALS]
        if printed:  # agrees with the holder's own report at the printed precision
            assert (o.percent, o.derived) == (printed[0], False)
        else:  # rounded (a half-way value may round either way after float sums)
            assert o.derived and o.percent == round(o.percent, PERCENT_DECIMALS)
            assert abs(o.percent - v) <= 0.5 * 10 ** -PERCENT_DECIMALS + 1e-9


@st.composite
def fund_families(draw, acyclic: bool, filings=("a.txt",)):
    """Funds hold the issuer; controllers above them (GP, member...) may report, as joint
    filers, exactly the sum of the funds they control. Each report is in one of ``filings``.
    Funds may hold the same number of shares: their rows state no powers, so they are never
    taken as one block reported twice (tests/control/test_repeated_reports.py)."""
    n_funds = draw(st.integers(1, 3))
    n_ctl = draw(st.integers(0, 3))
    funds = [f"f{k}" for k in range(n_funds)]
    ctls = [f"c{k}" for k in range(n_ctl)]
    G = nx.MultiDiGraph()
    G.add_node("i", name="I", kind="organization")
    shares = {}
    for f in funds:
        shares[f] = draw(st.integers(1, 50)) * 1000
        G.add_node(f, name=f.upper(), kind="organization")
        G.add_edge(f, "i", relation="beneficial_owner_of", shares=shares[f],
                   percent=shares[f] / 1000, filing=draw(st.sampled_from(filings)),
                   form="SC 13G")
    for c in ctls:
        G.add_node(c, name=c.upper(), kind=draw(st.sampled_from(["person", "organization"])))
    for k, c in enumerate(ctls):
        for t in draw(st.lists(st.sampled_from(funds + ctls), max_size=3)):
            if t == c or G.nodes[t]["kind"] == "person":
                continue
            if acyclic and t in ctls and ctls.index(t) >= k:
                continue
            G.add_edge(c, t, relation=draw(st.sampled_from(RELS[1:])), filing="a.txt",
                       form="SC 13G")
    for c in ctls:
        below = [f for f in funds if _reaches(G, c, f)]
        if below and draw(st.booleans()):
            total = sum(shares[f] for f in below)
            G.add_edge(c, "i", relation="beneficial_owner_of", shares=total,
                       percent=total / 1000, filing=draw(st.sampled_from(filings)),
                       form="SC 13G")
    return G, shares


def _reaches(G: nx.MultiDiGraph, a: str, b: str) -> bool:
    """Brute force: some sequence of distinct parties joins a to b by control edges."""
    middle = [n for n in G if n not in (a, b)]
    for k in range(len(middle) + 1):
        for seq in itertools.permutations(middle, k):
            nodes = [a, *seq, b]
            if all(any(controls(d) for d in (G.get_edge_data(x, y) or {}).values())
                   for x, y in zip(nodes, nodes[1:])):
                return True
    return False


def brute_force_total(G: nx.MultiDiGraph, shares: dict[str, int]) -> int:
    """The issuer's total by the joint-filer rule, by enumeration.

    Rule: holders are in one family when one controls the other or a party controls both
    (transitively); a family holds the sum of its funds' shares (its controllers' reports are
    those same shares). Families that report in a common filing (joint filers with no control
    link) overlap: that group counts its largest family, never the sum. Groups (no filing in
    common) add up. (A holder controlling every other holder of its family caps the family at
    its printed aggregate; here every aggregate is exactly the sum, so the cap never bites.)
    """
    holders = [u for u, _ in G.in_edges("i")]
    filing = {u: d["filing"] for u, _, d in G.in_edges("i", data=True)}
    above = {h: {p for p in G if p != "i" and (p == h or _reaches(G, p, h))} for h in holders}
    family = {h: {h} for h in holders}
    changed = True
    while changed:  # close "shares a controller" under transitivity
        changed = False
        for a, b in itertools.combinations(holders, 2):
            if family[a] != family[b] and (above[a] & above[b] or family[a] & family[b]):
                family[a] = family[b] = family[a] | family[b]
                changed = True
    families = {frozenset(f) for f in family.values()}
    groups = [{f} for f in families]
    changed = True
    while changed:  # families sharing a filing are one group
        changed = False
        for g1, g2 in itertools.combinations(groups, 2):
            if {filing[h] for f in g1 for h in f} & {filing[h] for f in g2 for h in f}:
                groups.remove(g2)
                g1 |= g2
                changed = True
                break
    return sum(max(sum(shares.get(h, 0) for h in f) for f in g) for g in groups)


def _check_family(G, shares):
    ans = effective_ownership(G, "i", method="control")
    want_total = brute_force_total(G, shares)
    assert ans.total_shares == want_total  # joint filers never double count
    assert want_total <= sum(shares.values())
    got = {o.party.id: o.shares for o in ans.owners}
    for p in G:
        if p == "i":
            continue
        want = sum(s for f, s in shares.items() if f == p or _reaches(G, p, f))
        if want:
            assert got.get(p) == want, p
    mult = effective_ownership(G, "i", method="multiplicative")
    assert mult.total_shares == want_total
    for o in mult.owners:
        if o.party.id in shares:
            assert o.shares == shares[o.party.id]


@SETTINGS
@given(fund_families(acyclic=True))
def test_joint_filers_counted_once_acyclic(family):
    _check_family(*family)


@SETTINGS
@given(fund_families(acyclic=False))
def test_joint_filers_counted_once_with_cycles(family):
    _check_family(*family)


@SETTINGS
@given(st.booleans().flatmap(lambda acyclic: fund_families(acyclic, filings=("a.txt", "b.txt",
                                                                             "c.txt"))))
def test_joint_filers_across_filings(family):
    """Unrelated holders of different filings add up; joint filers of one filing never do."""
    _check_family(*family)
