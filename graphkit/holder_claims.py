"""Which of a holder's claims on a target is its holding.

A holder may report on one target many times: Schedule 13G amendments year after year, a
Form 4 after each trade, a 4/A restating a Form 4. Its holding is its newest claim stating a
number (or an exit), and when that claim is a line of Table I of a Form 3/4/5, the sum of its
lines of that filing (:func:`graphkit.table_lines.combined`); the lines of older forms its
newest one leaves out are said, not counted (:mod:`graphkit.carried_lines`).

The newest claim is chosen among the holder's claims of common stock when it has any
(:func:`~graphkit.table_lines.other_security`, on
:func:`~graphkit.table_lines.security_key`): a later Form 4 reporting only its Series A
Preferred Stock does not displace its Common Stock holding. That newer report of another
security is kept apart (:func:`newer_other_securities`): said beside the total, never added.

:func:`holder_claims` gathers each holder's claims, :func:`read_holdings` chooses among them,
and :func:`stated_holdings` and :func:`left_out` answer for one target.
:func:`graphkit.ownership.holding_atoms` builds the holding atoms on them.

Examples
--------
A newer claim stating no number does not displace an older one that does:

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for f, n, day in [("a.txt", 70, "2020-12-31"), ("b.txt", None, "2021-12-31")]:
...     _ = G.add_edge("f", "i", relation="beneficial_owner_of", filing=f, form="SC 13G/A",
...                    shares=n, as_of=day)
>>> {h: d["filing"] for h, (_, d) in stated_holdings(G, "i").items()}
{'f': 'a.txt'}
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple, Optional

import networkx as nx

from graphkit.answers import ClaimRef, HoldingAtom, PartyRef
from graphkit.asof import _order
from graphkit.carried_lines import carried_lines, left_out_lines
from graphkit.claim_marks import INSIDER_FORMS, edge_exit
from graphkit.detect import form_family
from graphkit.relations import HOLDING_RELATIONS
from graphkit.spouse_lines import spouse_reported
from graphkit.table_lines import (TABLE_I, LineKey, class_key, combined, other_security,
                                  record_holders, vehicle_lines)

_HOLDING = {r.value for r in HOLDING_RELATIONS}

#: ``(edge key, edge attributes)`` of one claim, as the graph holds it
Claim = tuple[str, dict]


class HolderHoldings(NamedTuple):
    """What :func:`read_holdings` finds among the holders' claims on one target. The claims
    stay the graph's own edge attributes (never copied), so this is a tuple, not a model."""

    #: who claims each Table I line (:func:`~graphkit.table_lines.record_holders`)
    record: dict[LineKey, dict[str, Optional[bool]]]
    #: each holder's holding: its newest claim, or the sum of its Table I lines of that filing
    holdings: dict[str, Claim]
    #: each holder's lines of older forms its newest one leaves out (:func:`left_out`)
    left_out: dict[str, list[Claim]]
    #: a holder's newer report of another security only, its holding being of common stock
    #: (:func:`newer_other_securities`)
    apart: dict[str, Claim]


def _stated_claim(items: list[Claim]) -> Claim:
    """The newest claim that states a number or an exit, else the newest claim.

    An exit (:func:`graphkit.claim_marks.edge_exit`) states "five percent or less" even with no
    number: an older holding is not carried past it. Filings of the same date that disagree
    (a finding of their own) resolve to the larger holding: for a screening threshold,
    overstating is the safer error.
    """
    items = sorted(items, key=lambda kd: (_order(kd[1]), kd[1].get("percent") or 0,
                                          kd[1].get("shares") or 0, kd[1].get("filing", ""),
                                          kd[0]))
    stated = [kd for kd in items if _states(kd[1])]
    return (stated or items)[-1]


def _states(d: dict) -> bool:
    """True for a claim stating a number or an exit."""
    return d.get("shares") is not None or d.get("percent") is not None or edge_exit(d)


def _common_first(items: list[Claim]) -> list[Claim]:
    """A holder's claims ``items`` of common stock when one of them states a number or an
    exit, else all of them (a Form 4 owner's untitled claim of its "10% Owner" box states
    nothing: it never displaces a preferred stock holding).

    >>> flag = ("c0", {"security_class": None, "shares": None})
    >>> mine = [flag, ("c1", {"security_class": "Common Stock", "shares": 1000}),
    ...         ("c2", {"security_class": "Series A Preferred Stock", "shares": 50})]
    >>> [k for k, _ in _common_first(mine)], [k for k, _ in _common_first([flag, mine[2]])]
    (['c0', 'c1'], ['c0', 'c2'])
    """
    common = [kd for kd in items if not other_security(kd[1].get("security_class"))]
    return common if any(_states(d) for _, d in common) else items


def holder_claims(G: nx.MultiDiGraph, target: str, security_class: Optional[str] = None
                  ) -> dict[str, list[Claim]]:
    """Each holder's holding claims on ``target`` (of ``security_class`` or no class, by
    :func:`~graphkit.table_lines.class_key`; every claim without ``security_class``).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> for cls in ("Class A Common Stock", "Class B Common Stock"):
    ...     _ = G.add_edge("h", "i", key=cls[6], relation="beneficial_owner_of",
    ...                    security_class=cls)
    >>> _ = G.add_edge("h", "i", key="gp", relation="general_partner_of")
    >>> {h: [k for k, _ in c] for h, c in holder_claims(G, "i", "Class B Common").items()}
    {'h': ['B']}
    """
    claims: dict[str, list[Claim]] = defaultdict(list)
    want = class_key(security_class)
    for u, _, k, d in G.in_edges(target, keys=True, data=True):
        if d.get("relation") in _HOLDING and u != target and (
                want is None or class_key(d.get("security_class")) in (want, None)):
            claims[u].append((k, d))
    return claims


def read_holdings(G: nx.MultiDiGraph, claims: dict[str, list[Claim]]) -> HolderHoldings:
    """Who claims each Table I line, each holder's holding among its ``claims`` (from
    :func:`holder_claims`): its newest claim, of common stock first (module notes), or the
    sum of its Form 3/4/5 lines of that filing (a 4/A's with the lines of its original it
    leaves out); each holder's older lines left out (:func:`left_out`); and a newer report of
    another security only, kept apart (:func:`newer_other_securities`).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("f", "i", relation="beneficial_owner_of", filing="a.txt", shares=70,
    ...                as_of="2020-12-31")
    >>> read_holdings(G, holder_claims(G, "i")).holdings["f"][1]["shares"]
    70
    """
    record = record_holders(claims)
    replaced = spouse_reported(G, claims)  # a spouse's own newer report states those shares
    out, left, apart = {}, {}, {}
    for h, items in claims.items():
        mine, newest = vehicle_lines(items, record, h), _stated_claim(_common_first(items))
        shared = {key for key, holders in record.items() if set(holders) - {h}} | replaced
        left[h] = left_out_lines(mine, newest, shared)
        out[h] = unsure_exit(combined(mine, newest, carried_lines(mine, newest, shared)), left[h])
        other = _stated_claim(items)  # newer than the common stock, of another security only
        if other[1].get("filing") != newest[1].get("filing"):
            apart[h] = combined(mine, other)
    return HolderHoldings(record, out, left, apart)


def unsure_exit(held: Claim, left: list[Claim]) -> Claim:
    """``held`` (a holder's holding), without its exit when that exit is a Form 3/4/5's by its
    numbers alone (every line it reports at 0: "no shares left", its evidence lines of Table I
    only) while lines of older forms it leaves out, of shares, stand (``left``): a director who
    sells her direct shares need not reprint the 2,000 shares "By Spouse", so she has not
    shown she holds none. The holding stays current, at what the form states (the lines left
    out are said in the total's note). An exit the form states (the box "no longer subject to
    Section 16"), or one with no line of shares left out, stands.

    >>> sold = ("c9", {"form": "4", "shares": 0, "ceased_five_percent": True,
    ...                "evidence": [{"section": "Table I"}]})
    >>> unsure_exit(sold, [("c3", {"form": "4", "shares": 2000, "note": "By Spouse"})])[1][
    ...     "ceased_five_percent"], unsure_exit(sold, [])[1]["ceased_five_percent"]
    (None, True)
    """
    key, d = held
    if not d.get("ceased_five_percent") or not any(ld.get("shares") for _, ld in left) \
            or form_family(d.get("form")) not in INSIDER_FORMS:
        return held
    sections = {e.get("section") if isinstance(e, dict) else e.section
                for e in d.get("evidence") or []}
    return (key, {**d, "ceased_five_percent": None}) if sections == {TABLE_I} else held


def stated_holdings(G: nx.MultiDiGraph, target: str, security_class: Optional[str] = None
                    ) -> dict[str, Claim]:
    """Each holder of ``target`` and the claim that is its holding: ``(edge key, edge data)``
    of its newest claim stating a number (else its newest claim), of common stock when it has
    a claim of common stock (module notes). When that claim is a line of Table I of a Form
    3/4/5, the holding is the sum of the holder's lines of that filing
    (:func:`graphkit.table_lines.combined`: a claim of its own, citing each line).

    With ``security_class``, only the claims of that class count (by
    :func:`~graphkit.totals.class_key`: "Class A Common Stock, par value $0.01" is "Class A
    Common"), and claims that name no class (their class is unknown, so they may be of it);
    without, every holder's claims count (a holder reporting two classes is shown by one of
    them; :func:`~graphkit.totals.total_held` totals each class apart).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("f", "i", relation="beneficial_owner_of", filing="a", form="SC 13G",
    ...                shares=70, as_of="2020-01-01")
    >>> _ = G.add_edge("f", "i", relation="beneficial_owner_of", filing="b", form="SC 13G",
    ...                shares=90, as_of="2021-01-01")
    >>> {h: d["filing"] for h, (_, d) in stated_holdings(G, "i").items()}
    {'f': 'b'}
    """
    return read_holdings(G, holder_claims(G, target, security_class)).holdings


def holding_of(G: nx.MultiDiGraph, holder: str, target: str) -> Optional[Claim]:
    """The claim that is ``holder``'s holding of ``target``, as :func:`stated_holdings` reads
    it (of common stock first; a Form 4's lines of one security added up), or None when it
    states no holding of it: the figure a step of a chain shows
    (:attr:`graphkit.answer_parts.Step.shares`).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> for k, cls, n in [("c1", "Class C Capital Stock", 800),
    ...                   ("c2", "Class C Stock Units", 5900)]:
    ...     _ = G.add_edge("jane", "i", key=k, relation="beneficial_owner_of", filing="f.xml",
    ...                    form="4", as_of="2026-05-25", shares=n, security_class=cls)
    >>> key, d = holding_of(G, "jane", "i")
    >>> key, d["shares"], holding_of(G, "i", "jane")
    ('c1', 800, None)
    """
    return read_holdings(G, holder_claims(G, target)).holdings.get(holder)


def left_out(G: nx.MultiDiGraph, target: str, security_class: Optional[str] = None
             ) -> dict[str, list[Claim]]:
    """Each holder of ``target`` whose newest Form 4 leaves out lines of its older filings
    that no later statement ends, and those lines (:func:`graphkit.carried_lines.left_out_lines`):
    not counted in its holding, perhaps still held.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> for f, day, n, direct, start in [("a.xml", "2024-06-03", 10000, True, 10),
    ...                                  ("a.xml", "2024-06-03", 3000, False, 90),
    ...                                  ("b.xml", "2024-06-20", 9000, True, 10)]:
    ...     _ = G.add_edge("jane", "i", relation="beneficial_owner_of", filing=f, form="4",
    ...                    as_of=day, shares=n, direct=direct, security_class="Common Stock",
    ...                    note=None if direct else "By Roe Family Trust",
    ...                    evidence=[{"source": f, "start": start, "section": "Table I"}])
    >>> [(d["filing"], d["shares"]) for _, d in left_out(G, "i")["jane"]]
    [('a.xml', 3000)]
    """
    return {h: lines for h, lines in read_holdings(G, holder_claims(
        G, target, security_class)).left_out.items() if lines}


def newer_other_securities(G: nx.MultiDiGraph, target: str) -> list[HoldingAtom]:
    """The newer reports of another security only (a later Form 4 of its preferred stock
    alone) of holders of ``target`` whose holding is of common stock (module notes), each as
    an atom that is never counted: said beside the common stock's total
    (:func:`graphkit.totals.total_held`), as an atom of another security is
    (:func:`graphkit.totals.other_securities`).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> for f, cls, n, day in [("a.xml", "Common Stock", 1000, "2024-03-01"),
    ...                        ("b.xml", "Series A Preferred Stock", 50, "2024-05-01")]:
    ...     _ = G.add_edge("acme", "i", relation="beneficial_owner_of", filing=f, form="4",
    ...                    security_class=cls, shares=n, as_of=day)
    >>> {h: d["shares"] for h, (_, d) in stated_holdings(G, "i").items()}
    {'acme': 1000}
    >>> [(a.holder.id, a.shares, a.claim.filing) for a in newer_other_securities(G, "i")]
    [('acme', 50, 'b.xml')]
    """
    apart = read_holdings(G, holder_claims(G, target)).apart
    return [HoldingAtom(holder=PartyRef.of(G, h), shares=ref.shares, percent=ref.percent,
                        claim=ref)
            for h, (key, d) in sorted(apart.items()) for ref in [ClaimRef.of(key, d)]]
