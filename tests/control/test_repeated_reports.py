"""One block printed alike by two joint filers counts once (graphkit.repeated_reports).

The golden case is a real 1995 Schedule 13G on Novell, Inc. (public EDGAR filing, harvested in
session 27 from Orgron/cik-cusip-mapping form_examples): The Goldman Sachs Group, L.P. (a
parent holding company, "HC") and its broker-dealer Goldman, Sachs & Co. each print 19,851,448
shares (5.5%), all with shared voting and dispositive power, and William J. Buckley signs for
both as "General Partner". Before, `controllers` gave him 39,702,896 shares (≈11%).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from graphkit.answers import ClaimRef, HoldingAtom, PartyRef
from graphkit.control import find_controllers
from graphkit.ownership import control_attribution
from graphkit.pipeline import build
from graphkit.repeated_reports import one_per_block
from graphkit.totals import total_held

FILING = (Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "harvest28"
          / "goldman_novell_1995_sc13g.txt")
BLOCK = 19_851_448


def _atom(holder, shares, percent, filing="x.txt", sole=0, shared=None, residual=False):
    shared = shares if shared is None else shared
    ref = ClaimRef(claim=holder, filing=filing, form="SC 13G", shares=shares, percent=percent,
                   sole_voting=sole, shared_voting=shared, sole_dispositive=sole,
                   shared_dispositive=shared)
    return HoldingAtom(holder=PartyRef(id=holder, name=holder.title()), shares=shares,
                       percent=percent, residual=residual, claim=ref)


def test_identical_rows_of_one_filing_are_one_block():
    kept, [o] = one_per_block([_atom("group", BLOCK, 5.5), _atom("co", BLOCK, 5.5)])
    assert [a.holder.id for a in kept] == ["co"]  # the first by name is kept
    assert (o.identical, o.shares, o.percent, o.filings) == (True, BLOCK, 5.5, ["x.txt"])
    assert [p.id for p in o.not_added] == ["group"]


def test_rows_that_differ_in_any_figure_add():
    """Sibling funds with their own shares, a different percent, or other powers are separate
    holdings; so are identical rows of two filings."""
    for other in (_atom("b", 1_000, 0.4), _atom("b", 2_000, 0.5),
                  _atom("b", 2_000, 0.4, sole=2_000, shared=0),
                  _atom("b", 2_000, 0.4, filing="y.txt")):
        kept, found = one_per_block([_atom("a", 2_000, 0.4), other])
        assert len(kept) == 2 and found == []


def test_equal_parts_of_a_printed_aggregate_add():
    """Review s28 H1: two funds of 13,903,705 each under a manager printing 27,807,410 are
    equal parts of its holding (the real Icahn/Bausch 13D with its two funds made equal)."""
    mgr = _atom("icahn", 27_807_410, 7.83)
    mgr = mgr.model_copy(update={"shares": 0, "percent": 0.0, "residual": True})
    kept, found = one_per_block([_atom("f1", 13_903_705, 3.92), _atom("f2", 13_903_705, 3.92),
                                 mgr])
    assert len(kept) == 3 and found == []
    # an aggregate of another filing covers nothing here
    other = _atom("icahn", 27_807_410, 7.83, filing="y.txt")
    assert len(one_per_block([_atom("f1", 13_903_705, 3.92), _atom("f2", 13_903_705, 3.92),
                              other])[1]) == 1


def test_rows_without_powers_are_never_repeats():
    """Form 4 rows ("By Fund I" 500,000, "By Fund II" 500,000) state no power."""
    def row(h):
        ref = ClaimRef(claim=h, filing="f4.xml", form="4", shares=500_000)
        return HoldingAtom(holder=PartyRef(id=h, name=h), shares=500_000, claim=ref)
    assert one_per_block([row("fund1"), row("fund2")])[1] == []


def test_residuals_and_nil_rows_are_never_repeats():
    """A residual is computed, not printed; a nil row holds nothing to count twice."""
    assert one_per_block([_atom("a", 500, 1.0), _atom("b", 500, 1.0, residual=True)])[1] == []
    assert one_per_block([_atom("a", 0, 0.0), _atom("b", 0, 0.0)])[1] == []


def _node(G, name):
    return next(n for n in G if G.nodes[n]["name"] == name)


def test_goldman_parent_and_broker_dealer_real_filing():
    G = build([FILING]).graph
    # Item 7 "See Exhibit(2)"; EX-99.2 "ITEM 7 INFORMATION", line 512: "Goldman, Sachs & Co.
    # is a broker or dealer registered under Section 15 of the Act ..."
    [(u, v, d)] = [e for e in G.edges(data=True) if e[2]["relation"] == "parent_of"]
    assert (G.nodes[u]["name"], G.nodes[v]["name"]) == ("The Goldman Sachs Group, L.P.",
                                                        "Goldman, Sachs & Co.")
    assert d["evidence"][0]["line"] == 512
    ans = find_controllers(G, "Novell, Inc.")
    assert (ans.total_shares, ans.total_percent) == (BLOCK, 5.5)  # was 39,702,896, ≈11%
    att = {G.nodes[p]["name"]: (a.shares, a.percent)
           for p, a in control_attribution(G, _node(G, "Novell, Inc.")).items()}
    # he signed for both as "General Partner" (lines 378-395): at the top by that title only
    assert [(u.party.name, u.signed_only) for u in ans.ultimate] == [("William J. Buckley", True)]
    assert any(n.startswith("William J. Buckley is at the top only by the title signed under")
               for n in ans.notes)
    assert att == {"William J. Buckley": (BLOCK, 5.5),
                   "The Goldman Sachs Group, L.P.": (BLOCK, 5.5),
                   "Goldman, Sachs & Co.": (BLOCK, 5.5)}


def test_goldman_without_the_item7_exhibit_still_counts_the_block_once(tmp_path):
    """Without its Item 7 exhibit the graph has no parent link: the two filers are linked only
    through the person who signed for both, and their identical rows are one block."""
    text = FILING.read_text(encoding="latin-1")
    cut = text.index("<DOCUMENT>\n<TYPE>EX-99.2")
    end = text.index("</DOCUMENT>", cut) + len("</DOCUMENT>\n")
    path = tmp_path / "no_item7.txt"
    path.write_text(text[:cut] + text[end:], encoding="latin-1")
    G = build([path]).graph
    assert not [1 for _, _, d in G.edges(data=True) if d["relation"] == "parent_of"]
    issuer = _node(G, "Novell, Inc.")
    t = total_held(G, issuer)
    assert (t.shares, t.percent) == (BLOCK, 5.5)
    [o] = t.overlaps
    assert o.identical and {p.name for p in o.counted + o.not_added} == {
        "The Goldman Sachs Group, L.P.", "Goldman, Sachs & Co."}
    assert any("print the very same holding (5.5%, with the same powers)" in n
               and "taken as one block" in n for n in t.notes)
    assert control_attribution(G, issuer)[_node(G, "William J. Buckley")].shares == BLOCK


def test_sibling_funds_under_one_general_partner_still_add():
    """Two funds of one general partner, each with its own shares in one filing: 7 + 4 = 11%."""
    G = nx.MultiDiGraph()
    for n in ("i", "a", "b", "gp"):
        G.add_node(n, name=n.upper(), kind="organization")
    for f, sh, pct in (("a", 700, 7.0), ("b", 400, 4.0)):
        G.add_edge(f, "i", relation="beneficial_owner_of", filing="x.txt", form="SC 13G",
                   shares=sh, percent=pct, shared_voting=sh, shared_dispositive=sh)
        G.add_edge("gp", f, relation="general_partner_of", filing="x.txt", form="SC 13G")
    assert (total_held(G, "i").shares, control_attribution(G, "i")["gp"].shares) == (1100, 1100)
