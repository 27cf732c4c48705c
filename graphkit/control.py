"""Who controls an issuer, and what a party controls: chains of control with their evidence.

Control runs along the relations declared ``control`` in :mod:`graphkit.relations` (beneficial
ownership, general partnership, managing membership, membership, investment management, and
trustee / shareholder / parent). :func:`find_controllers` walks those edges upward from an
issuer; :func:`find_holdings` walks them downward from a party. Every chain is reported step by
step, each step with every claim behind it (filing, form, date, numbers, evidence lines).

A chain stops at a natural person (people are not controlled), at a party nothing controls (the
top of the chain), at ``max_depth``, or where the only parties above are already on the chain
(a cross-holding; the chain is marked ``cycle``). Chains never pass twice through a party.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n, kind in [("p", "person"), ("gp", "organization"), ("f", "organization"),
...                 ("i", "organization")]:
...     G.add_node(n, name=n.upper(), kind=kind)
>>> _ = G.add_edge("f", "i", key="c1", relation="beneficial_owner_of", filing="a.txt",
...                form="SC 13G", shares=70, percent=7.0, as_of="2013-12-31")
>>> _ = G.add_edge("gp", "f", key="c2", relation="general_partner_of", filing="a.txt",
...                form="SC 13G", as_of="2013-12-31")
>>> _ = G.add_edge("p", "gp", key="c3", relation="member_of", filing="a.txt", form="SC 13G",
...                as_of="2013-12-31")
>>> ans = find_controllers(G, "I")
>>> [p.describe() for p in ans.paths]
['P -[member of]-> GP -[general partner of]-> F -[beneficial owner of 7%]-> I']
>>> [(u.party.name, u.percent) for u in ans.ultimate]
[('P', 7.0)]
>>> [(h.target.name, h.direct) for h in find_holdings(G, "P").holdings]
[('GP', True), ('F', False), ('I', False)]
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from typing import Optional

import networkx as nx

from graphkit.answers import (
    Attribution, ControlPath, Controllers, Holding, Holdings, PartyRef, Step,
    UltimateController,
)
from graphkit.asof import graph_as_of, to_date
from graphkit.errors import GraphError
from graphkit.graph import find_node
from graphkit.holder_claims import holder_claims, read_holdings, stated_holdings
from graphkit.ownership import control_attribution, holding_atoms
from graphkit.relations import CONTROL_RELATIONS, HOLDING_RELATIONS, Relation
from graphkit.totals import total_held

log = logging.getLogger(__name__)

#: Safety cap on enumerated chains; past it the caller is asked for a ``max_depth``.
MAX_PATHS = 50_000

_CONTROL = {r.value for r in CONTROL_RELATIONS}
#: Relations to an issuer shown beside its controllers (insiders, not control chains).
RELATED_RELATIONS = (Relation.DIRECTOR_OF, Relation.OFFICER_OF, Relation.PROMOTER_OF)

Link = tuple[str, str, str, tuple[str, ...]]  # (source, target, relation, claim keys)


def _links(G: nx.MultiDiGraph, node: str, upward: bool) -> list[Link]:
    """Control links into (upward) or out of ``node``, parallel claims grouped by relation."""
    grouped: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    edges = G.in_edges(node, keys=True, data=True) if upward else G.out_edges(
        node, keys=True, data=True)
    for u, v, k, d in edges:
        if d.get("relation") in _CONTROL and u != v:
            grouped[(u, v, d["relation"])].append(k)
    return [(u, v, r, tuple(sorted(ks))) for (u, v, r), ks in sorted(grouped.items())]


def _is_person(G: nx.MultiDiGraph, node: str) -> bool:
    return G.nodes[node].get("kind") == "person"


class ChainSteps(dict):
    """The steps of one query's chains on ``G``, by link ``(source, target, relation, claim
    keys)``, each read once (chains share links), and the holdings of each holding's target
    once (a holding's step shows its holder's holding: :attr:`graphkit.answers.Step.held`).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("f", "i", key="c1", relation="beneficial_owner_of", filing="a.txt",
    ...                form="SC 13G", shares=70, as_of="2020-12-31")
    >>> steps = ChainSteps(G)
    >>> steps[("f", "i", "beneficial_owner_of", ("c1",))].shares, list(steps.holdings)
    (70, ['i'])
    """

    def __init__(self, G: nx.MultiDiGraph) -> None:
        super().__init__()
        self.G = G
        self.holdings: dict[str, dict] = {}

    def __missing__(self, link: Link) -> Step:
        u, v, r, ks = link
        if Relation(r) in HOLDING_RELATIONS and v not in self.holdings:
            self.holdings[v] = read_holdings(self.G, holder_claims(self.G, v)).holdings
        step = self[link] = Step.between(self.G, u, v, r, ks, self.holdings.get(v))
        return step


def _to_path(steps: ChainSteps, links: list[Link], truncated=False, cycle=False) -> ControlPath:
    return ControlPath(steps=[steps[link] for link in links], truncated=truncated,
                       cycle=cycle)


def control_chains(G: nx.MultiDiGraph, node: str, *, upward: bool = True,
                   max_depth: int | None = None, maximal: bool = True
                   ) -> list[tuple[list[Link], bool, bool]]:
    """Raw control chains from ``node``: ``(links top-first, truncated, cycle)``.

    Upward chains are maximal (they end at a person, the top, ``max_depth`` or a cycle) unless
    ``maximal`` is False, in which case every chain prefix is returned too (as for downward).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b", "k1", {"relation": "beneficial_owner_of"}),
    ...                      ("b", "a", "k2", {"relation": "beneficial_owner_of"})])
    >>> control_chains(G, "b")
    [([('a', 'b', 'beneficial_owner_of', ('k1',))], False, True)]

    Raises
    ------
    graphkit.errors.GraphError
        If there are more than :data:`MAX_PATHS` chains.

    See also
    --------
    find_controllers, find_holdings
    """
    out: list[tuple[list[Link], bool, bool]] = []
    stack: list[tuple[str, frozenset, list[Link]]] = [(node, frozenset([node]), [])]
    while stack:
        cur, on_path, chain = stack.pop()
        nexts = []
        if not (upward and chain and _is_person(G, cur)):
            nexts = _links(G, cur, upward)
        fresh = [ln for ln in nexts if (ln[0] if upward else ln[1]) not in on_path]
        cut = max_depth is not None and len(chain) >= max_depth and bool(fresh)
        if chain and (not maximal or not upward or cut or not fresh):
            out.append((chain[::-1] if upward else chain, cut, len(fresh) < len(nexts)))
            if len(out) > MAX_PATHS:
                raise GraphError(f"more than {MAX_PATHS} control chains from {node!r}; "
                                 "pass max_depth")
        if cut:
            continue
        for ln in reversed(fresh):
            nxt = ln[0] if upward else ln[1]
            stack.append((nxt, on_path | {nxt}, chain + [ln]))
    return out


def _signed_only(G: nx.MultiDiGraph, link: Link) -> bool:
    """True when every claim of the step ``link`` is read from a signature block only (the
    signer's title under a company's name), none from the filing's text or cover pages.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("p", "f", key="k", relation="general_partner_of",
    ...                evidence=[{"source": "a.txt", "section": "signature"}])
    >>> _signed_only(G, ("p", "f", "general_partner_of", ("k",)))
    True
    """
    u, v, _, keys = link
    data = G.get_edge_data(u, v) or {}
    sections = [(e.get("section") if isinstance(e, dict) else getattr(e, "section", None))
                for k in keys for e in data.get(k, {}).get("evidence") or [None]]
    return bool(sections) and all(s == "signature" for s in sections)


def find_controllers(G: nx.MultiDiGraph, issuer: str, *, as_of: dt.date | str | None = None,
                     max_depth: int | None = None) -> Controllers:
    """Every chain of control above ``issuer``, and the parties at the top of them.

    ``issuer`` is a node id or a name (matched by :func:`graphkit.graph.find_node`). With
    ``as_of`` only the claims valid on that date count (:func:`graphkit.asof.graph_as_of`).
    ``ultimate`` lists the parties at the top of the chains (natural persons where the chains
    reach them), each with the holding it is attributed under the control method, counted once
    however many chains lead to it (``derived`` when no filing prints that percent).
    ``total_shares``/``total_percent`` is the issuer's total held by all its holders
    (:func:`graphkit.totals.total_held`): joint filers' reports of the same shares (a fund,
    its general partner, the partner's members) are one holding, never a sum; joint filers of
    one filing with no control link between them count once, by the largest report (listed in
    ``overlaps``, with a note); a total over 100% of the class comes with a warning note.
    ``related`` lists the issuer's directors, officers and promoters. A party at the top only
    of chains whose holding's newest report is an exit (:mod:`graphkit.claim_marks`: "exit (5%
    or less)", "holds none", or a Form 4/5's "exit (no longer subject to Section 16)") is no
    controller: it is listed in ``exited`` with its mark, its chains stay in ``paths`` (each
    with ``exit``), and its stated holding, if any, still counts in the total.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("f", {"name": "Acme Fund", "kind": "organization"}),
    ...                   ("i", {"name": "Widget", "kind": "organization"})])
    >>> _ = G.add_edge("f", "i", key="c1", relation="beneficial_owner_of", filing="a.txt",
    ...                form="SC 13G", percent=7.0, as_of="2013-12-31")
    >>> ans = find_controllers(G, "Widget", as_of="2014-01-01")
    >>> [u.party.name for u in ans.ultimate], ans.total_percent
    (['Acme Fund'], 7.0)
    >>> _ = G.add_edge("f", "i", key="c2", relation="beneficial_owner_of", filing="b.txt",
    ...                form="SC 13G/A", percent=3.1, as_of="2014-12-31", ceased_five_percent=True)
    >>> ans = find_controllers(G, "Widget", as_of="2015-01-01")
    >>> ans.ultimate, [(u.party.name, u.percent, u.exit) for u in ans.exited]
    ([], [('Acme Fund', 3.1, 'exit (5% or less)')])

    Raises
    ------
    graphkit.errors.NodeNotFound
        If ``issuer`` names no node.
    graphkit.errors.GraphError
        If ``as_of`` is not a date, or the chains exceed :data:`MAX_PATHS`.

    See also
    --------
    find_holdings, graphkit.ownership.effective_ownership, graphkit.connections.common_controllers
    """
    node = find_node(G, issuer)
    date = to_date(as_of)
    H = graph_as_of(G, date) if date else G
    chains = control_chains(H, node, max_depth=max_depth)
    chains.sort(key=lambda c: (not _is_person(H, c[0][0][0]),
                               [(H.nodes[u].get("name", u), r) for u, _, r, _ in c[0]]))
    steps = ChainSteps(H)
    paths = [_to_path(steps, links, cut, cyc) for links, cut, cyc in chains]
    atoms = holding_atoms(H, node)
    attributed = control_attribution(H, node, atoms)
    # top -> (opens with a signature's title only, chain) of each chain from it
    tops: dict[str, list[tuple[bool, ControlPath]]] = defaultdict(list)
    for (links, _, _), path in zip(chains, paths):
        tops[links[0][0]].append((_signed_only(H, links[0]), path))
    none = Attribution()

    def top(t: str, its: list[tuple[bool, ControlPath]]) -> UltimateController:
        at = attributed.get(t, none)
        own = [p.steps[0].disclaimer for _, p in its if len(p.steps) == 1]  # its own holding
        return UltimateController(party=PartyRef.of(H, t), paths=len(its), shares=at.shares,
                                  percent=at.percent, derived=at.derived,
                                  truncated=all(p.truncated for _, p in its),
                                  signed_only=all(s for s, _ in its), exit=its[0][1].exit,
                                  disclaimer=own[0] if own and all(own) else None)

    current = {t: [c for c in its if c[1].exit is None] for t, its in tops.items()}
    ultimate = [top(t, its) for t, its in current.items() if its]
    exited = [top(t, tops[t]) for t, its in current.items() if not its]
    for answer in (ultimate, exited):
        answer.sort(key=lambda u: (not u.party.is_person, -(u.percent or 0), u.party.name))
    seen: dict[str, PartyRef] = {}
    for p in paths:
        for party in p.parties[:-1] if p.exit is None else []:
            seen.setdefault(party.id, party)
    related = [Step.between(H, u, node, r, ks) for u, r, ks in _related(H, node)]
    total = total_held(H, node, atoms)
    notes = []
    if not total.percent_complete:
        notes.append("some holdings state no percent; the total is a lower bound")
    by_title = [u.party.name for u in ultimate if u.signed_only]
    if by_title:
        notes.append(f"{', '.join(by_title)} {'is' if len(by_title) == 1 else 'are'} at the "
                     "top only by the title signed under for a holder in a signature block "
                     "(\"General Partner\", \"Managing Member\"); the filing's text does not "
                     "state it, and a signer may be one of several partners or managers")
    if any(p.cycle for p in paths):
        notes.append("cross-holdings: some chains stop where they would loop")
    return Controllers(
        issuer=PartyRef.of(H, node), as_of=date, paths=paths, ultimate=ultimate,
        controllers=sorted(seen.values(), key=lambda p: (not p.is_person, p.name)),
        related=related, total_shares=total.shares, total_percent=total.percent,
        overlaps=total.overlaps, notes=notes + total.notes, exited=exited)


def _related(G: nx.MultiDiGraph, node: str) -> list[tuple[str, str, list[str]]]:
    grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
    wanted = {r.value for r in RELATED_RELATIONS}
    for u, _, k, d in G.in_edges(node, keys=True, data=True):
        if d.get("relation") in wanted:
            grouped[(u, d["relation"])].append(k)
    return [(u, r, ks) for (u, r), ks in sorted(
        grouped.items(), key=lambda kv: (G.nodes[kv[0][0]].get("name", ""), kv[0][1]))]


def find_holdings(G: nx.MultiDiGraph, party: str, *, as_of: dt.date | str | None = None,
                  max_depth: int | None = None) -> Holdings:
    """Everything ``party`` controls or holds, directly or through others, with every chain.

    A holding is direct when one chain to it is a single step; ``shares``/``percent`` are
    ``party``'s own stated holding of the target: its newest claim stating a number, or of a
    Form 3/4/5 the sum of its lines in that filing, direct and indirect
    (:func:`graphkit.holder_claims.stated_holdings`); None for indirect holdings: use
    :func:`graphkit.ownership.effective_ownership` for what reaches through a chain. What it
    reaches only through holdings whose newest report is an exit (:mod:`graphkit.claim_marks`)
    is listed in ``exited``, with the mark, not among its holdings.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("gp", {"name": "Acme GP", "kind": "organization"}),
    ...                   ("f", {"name": "Acme Fund", "kind": "organization"}),
    ...                   ("i", {"name": "Widget", "kind": "organization"})])
    >>> _ = G.add_edge("gp", "f", relation="general_partner_of", filing="a", form="SC 13G")
    >>> _ = G.add_edge("f", "i", relation="beneficial_owner_of", filing="a", form="SC 13G",
    ...                shares=10)
    >>> [(h.target.name, h.direct, len(h.paths)) for h in find_holdings(G, "Acme GP").holdings]
    [('Acme Fund', True, 1), ('Widget', False, 1)]
    >>> _ = G.add_edge("f", "i", relation="beneficial_owner_of", filing="b", form="SC 13G/A",
    ...                shares=0)
    >>> [(h.target.name, h.exit) for h in find_holdings(G, "Acme GP").exited]
    [('Widget', 'holds none')]

    Raises
    ------
    graphkit.errors.NodeNotFound
        If ``party`` names no node.
    graphkit.errors.GraphError
        If ``as_of`` is not a date, or the chains exceed :data:`MAX_PATHS`.

    See also
    --------
    find_controllers
    """
    node = find_node(G, party)
    date = to_date(as_of)
    H = graph_as_of(G, date) if date else G
    by_target: dict[str, list[ControlPath]] = defaultdict(list)
    steps = ChainSteps(H)
    for links, cut, cyc in control_chains(H, node, upward=False, max_depth=max_depth):
        by_target[links[-1][1]].append(_to_path(steps, links, cut, cyc))
    holdings: list[Holding] = []
    exited: list[Holding] = []
    for t, paths in by_target.items():
        live = [p for p in paths if p.exit is None]
        direct = any(len(p.steps) == 1 for p in live or paths)
        _, own = stated_holdings(H, t).get(node, ("", {}))  # all its lines of a Form 4
        mine = [p.steps[0].disclaimer for p in paths if len(p.steps) == 1]
        (holdings if live else exited).append(Holding(
            target=PartyRef.of(H, t), direct=direct, paths=paths, shares=own.get("shares"),
            percent=own.get("percent"), exit=None if live else paths[0].exit,
            disclaimer=mine[0] if mine and all(mine) else None))
    for answer in (holdings, exited):
        answer.sort(key=lambda h: (not h.direct, min(len(p.steps) for p in h.paths),
                                   h.target.name))
    return Holdings(party=PartyRef.of(H, node), as_of=date, holdings=holdings, exited=exited)
