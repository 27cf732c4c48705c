"""Joint filers of one filing printing the very same row (graphkit.repeated_reports): flagged,
never dropped.

The golden case is a real 1995 Schedule 13G on Novell, Inc. (public EDGAR filing, harvested in
session 27 from Orgron/cik-cusip-mapping form_examples): The Goldman Sachs Group, L.P. (a
parent holding company, "HC") and its broker-dealer Goldman, Sachs & Co. each print 19,851,448
shares (5.5%), all with shared voting and dispositive power, and William J. Buckley signs for
both as "General Partner". Before session 28, `controllers` gave him 39,702,896 shares (~11%)
with a note claiming the reports were counted once. The parent link read from the filing's
Item 7 exhibit now makes the total 19,851,448; without that link the rows could be one block or
two equal holdings (review s28: equal sibling funds must not be halved), so the total counts
both and warns.
"""

from __future__ import annotations

from pathlib import Path

from graphkit.answers import ClaimRef, HoldingAtom, PartyRef
from graphkit.control import find_controllers
from graphkit.ownership import control_attribution
from graphkit.pipeline import build
from graphkit.repeated_reports import identical_reports
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


def _node(G, name):
    return next(n for n in G if G.nodes[n]["name"] == name)


def test_identical_rows_of_one_filing_are_found():
    [o] = identical_reports([_atom("group", BLOCK, 5.5), _atom("co", BLOCK, 5.5)])
    assert (o.identical, o.shares, o.percent, o.filings) == (True, BLOCK, 5.5, ["x.txt"])
    assert [p.id for p in o.counted] == ["co", "group"] and o.not_added == []


def test_rows_that_differ_in_any_figure_are_not():
    """Sibling funds with their own shares, a different percent, or other powers; identical
    rows of two filings."""
    for other in (_atom("b", 1_000, 0.4), _atom("b", 2_000, 0.5),
                  _atom("b", 2_000, 0.4, sole=2_000, shared=0),
                  _atom("b", 2_000, 0.4, filing="y.txt")):
        assert identical_reports([_atom("a", 2_000, 0.4), other]) == []


def test_equal_parts_of_a_printed_aggregate_are_not():
    """Review s28 H1: two funds of 13,903,705 each under a manager printing 27,807,410 are
    equal parts of its holding (the real Icahn/Bausch 13D with its two funds made equal)."""
    mgr = _atom("icahn", 27_807_410, 7.83)
    mgr = mgr.model_copy(update={"shares": 0, "percent": 0.0, "residual": True})
    funds = [_atom("f1", 13_903_705, 3.92), _atom("f2", 13_903_705, 3.92)]
    assert identical_reports(funds + [mgr]) == []
    # an aggregate of another filing covers nothing here
    other = _atom("icahn", 27_807_410, 7.83, filing="y.txt")
    assert len(identical_reports(funds + [other])) == 1


def test_rows_without_powers_residuals_and_nil_rows_are_not():
    """Form 4 rows ("By Fund I" 500,000, "By Fund II" 500,000) state no power; a residual is
    computed, not printed; a nil row holds nothing."""
    def row(h):
        ref = ClaimRef(claim=h, filing="f4.xml", form="4", shares=500_000)
        return HoldingAtom(holder=PartyRef(id=h, name=h), shares=500_000, claim=ref)
    assert identical_reports([row("fund1"), row("fund2")]) == []
    assert identical_reports([_atom("a", 500, 1.0), _atom("b", 500, 1.0, residual=True)]) == []
    assert identical_reports([_atom("a", 0, 0.0), _atom("b", 0, 0.0)]) == []


def test_goldman_parent_and_broker_dealer_real_filing():
    G = build([FILING]).graph
    # Item 7 "See Exhibit(2)"; EX-99.2 "ITEM 7 INFORMATION", line 512: "Goldman, Sachs & Co.
    # is a broker or dealer registered under Section 15 of the Act ..."
    [(u, v, d)] = [e for e in G.edges(data=True) if e[2]["relation"] == "parent_of"]
    assert (G.nodes[u]["name"], G.nodes[v]["name"]) == ("The Goldman Sachs Group, L.P.",
                                                        "Goldman, Sachs & Co.")
    assert d["evidence"][0]["line"] == 512
    ans = find_controllers(G, "Novell, Inc.")
    assert (ans.total_shares, ans.total_percent) == (BLOCK, 5.5)  # was 39,702,896, ~11%
    assert not any("very same holding" in n for n in ans.notes)  # the parent's row covers it
    # he signed for both as "General Partner" (lines 378-395): at the top by that title only
    assert [(u.party.name, u.signed_only) for u in ans.ultimate] == [("William J. Buckley", True)]
    assert any(n.startswith("William J. Buckley is at the top only by the title signed under")
               for n in ans.notes)
    att = {G.nodes[p]["name"]: (a.shares, a.percent)
           for p, a in control_attribution(G, _node(G, "Novell, Inc.")).items()}
    assert att == {"William J. Buckley": (BLOCK, 5.5),
                   "The Goldman Sachs Group, L.P.": (BLOCK, 5.5),
                   "Goldman, Sachs & Co.": (BLOCK, 5.5)}


def test_goldman_without_the_item7_exhibit_warns(tmp_path):
    """Without its Item 7 exhibit the graph has no parent link: the two filers are linked only
    through the person who signed for both. Their identical rows may be one block or two equal
    holdings: the total counts both, and a warning says it may count one block twice."""
    text = FILING.read_text(encoding="latin-1")
    cut = text.index("<DOCUMENT>\n<TYPE>EX-99.2")
    end = text.index("</DOCUMENT>", cut) + len("</DOCUMENT>\n")
    path = tmp_path / "no_item7.txt"
    path.write_text(text[:cut] + text[end:], encoding="latin-1")
    G = build([path]).graph
    assert not [1 for _, _, d in G.edges(data=True) if d["relation"] == "parent_of"]
    t = total_held(G, _node(G, "Novell, Inc."))
    assert t.shares == 2 * BLOCK and not t.overlaps
    [note] = [n for n in t.notes if "very same holding" in n]
    assert note.startswith("warning: Goldman, Sachs & Co. and The Goldman Sachs Group, L.P. "
                           "print the very same holding (5.5%, with the same powers)")
    assert "may count one block twice" in note
