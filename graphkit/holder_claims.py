"""Which of a holder's claims on a target is its holding.

A holder may report on one target many times: Schedule 13G amendments year after year, a
Form 4 after each trade, a 4/A restating a Form 4. Its holding is its newest claim stating a
number (or an exit), and when that claim is a line of Table I of a Form 3/4/5, the sum of its
lines of that filing (:func:`graphkit.table_lines.combined`); the lines of older forms its
newest one leaves out are said, not counted (:mod:`graphkit.carried_lines`).

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

from graphkit.asof import _order
from graphkit.carried_lines import carried_lines, left_out_lines
from graphkit.claim_marks import edge_exit
from graphkit.relations import HOLDING_RELATIONS
from graphkit.spouse_lines import spouse_reported
from graphkit.table_lines import LineKey, class_key, combined, record_holders, vehicle_lines

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
    stated = [kd for kd in items if kd[1].get("shares") is not None
              or kd[1].get("percent") is not None or edge_exit(kd[1])]
    return (stated or items)[-1]


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
    :func:`holder_claims`): its newest claim, or the sum of its Form 3/4/5 lines of that
    filing (a 4/A's with the lines of its original it leaves out); and each holder's older
    lines left out (:func:`left_out`).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("f", "i", relation="beneficial_owner_of", filing="a.txt", shares=70,
    ...                as_of="2020-12-31")
    >>> read_holdings(G, holder_claims(G, "i")).holdings["f"][1]["shares"]
    70
    """
    record = record_holders(claims)
    replaced = spouse_reported(G, claims)  # a spouse's own newer report states those shares
    out, left = {}, {}
    for h, items in claims.items():
        mine, newest = vehicle_lines(items, record, h), _stated_claim(items)
        shared = {key for key, holders in record.items() if set(holders) - {h}} | replaced
        out[h] = combined(mine, newest, carried_lines(mine, newest, shared))
        left[h] = left_out_lines(mine, newest, shared)
    return HolderHoldings(record, out, left)


def stated_holdings(G: nx.MultiDiGraph, target: str, security_class: Optional[str] = None
                    ) -> dict[str, Claim]:
    """Each holder of ``target`` and the claim that is its holding: ``(edge key, edge data)``
    of its newest claim stating a number (else its newest claim). When that claim is a line of
    Table I of a Form 3/4/5, the holding is the sum of the holder's lines of that filing
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
