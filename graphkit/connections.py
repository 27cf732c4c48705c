"""How two parties are connected: paths with evidence per hop, shared controllers, ego networks.

Paths here use every relation (directors and officers too), not only control; each hop lists
every claim between its two parties, so a path can be cited hop by hop. With ``undirected`` a
path may run against the edges (``Hop.forward`` is False): "A and B are both general partners of
C" is a path A → C ← B.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n in ["a", "b", "c"]:
...     G.add_node(n, name=n.upper(), kind="organization")
>>> _ = G.add_edge("a", "c", relation="general_partner_of", filing="x.txt", form="SC 13G")
>>> _ = G.add_edge("b", "c", relation="general_partner_of", filing="y.txt", form="SC 13G")
>>> shortest_path(G, "A", "B").paths
[]
>>> shortest_path(G, "A", "B", undirected=True).paths[0].describe()
'A -[general partner of]-> C <-[general partner of]- B'
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections import defaultdict
from typing import Optional

import networkx as nx

from graphkit.answers import (
    CommonController, CommonControllers, ConnectionPath, Connections, ControlPath, Hop,
    PartyRef, Step,
)
from graphkit.control import ChainSteps, find_controllers
from graphkit.errors import GraphError
from graphkit.graph import find_node

log = logging.getLogger(__name__)

#: Safety cap on paths returned by :func:`all_paths`.
MAX_PATHS = 10_000


def _steps(steps: ChainSteps, u: str, v: str) -> list[Step]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for k, d in (steps.G.get_edge_data(u, v) or {}).items():
        grouped[d["relation"]].append(k)
    return [steps[(u, v, r, tuple(ks))] for r, ks in sorted(grouped.items())]


def _connection(G: nx.MultiDiGraph, nodes: list[str], undirected: bool,
                steps: Optional[ChainSteps] = None) -> ConnectionPath:
    steps = ChainSteps(G) if steps is None else steps
    hops = []
    for a, b in zip(nodes, nodes[1:]):
        fwd = _steps(steps, a, b)
        back = _steps(steps, b, a) if undirected else []
        hops.append(Hop(source=PartyRef.of(G, a), target=PartyRef.of(G, b),
                        forward=bool(fwd), steps=fwd + back))
    return ConnectionPath(parties=[PartyRef.of(G, n) for n in nodes], hops=hops)


def _simple(G: nx.MultiDiGraph, undirected: bool) -> nx.Graph:
    S = nx.DiGraph()
    S.add_nodes_from(G)
    S.add_edges_from((u, v) for u, v in G.edges() if u != v)
    return S.to_undirected(as_view=True) if undirected else S


def shortest_path(G: nx.MultiDiGraph, source: str, target: str, undirected: bool = False
                  ) -> Connections:
    """One shortest path from ``source`` to ``target`` (fewest hops), with evidence per hop.

    ``paths`` is empty when no path exists. Names or node ids are accepted.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("p", "i", relation="director_of", filing="d.txt", form="D")
    >>> shortest_path(G, "p", "i").paths[0].describe()
    'p -[director of]-> i'

    Raises
    ------
    graphkit.errors.NodeNotFound
        If ``source`` or ``target`` names no node.

    See also
    --------
    all_paths, common_controllers
    """
    s, t = find_node(G, source), find_node(G, target)
    try:
        nodes = nx.shortest_path(_simple(G, undirected), s, t)
    except nx.NetworkXNoPath:
        nodes = None
    paths = [_connection(G, nodes, undirected)] if nodes and len(nodes) > 1 else []
    return Connections(source=PartyRef.of(G, s), target=PartyRef.of(G, t),
                       undirected=undirected, paths=paths)


def all_paths(G: nx.MultiDiGraph, source: str, target: str, cutoff: int = 4,
              undirected: bool = False) -> Connections:
    """Every simple path of at most ``cutoff`` hops from ``source`` to ``target``, shortest first.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "i", relation="beneficial_owner_of", filing="x", form="SC 13G")
    >>> _ = G.add_edge("a", "f", relation="general_partner_of", filing="x", form="SC 13G")
    >>> _ = G.add_edge("f", "i", relation="beneficial_owner_of", filing="x", form="SC 13G")
    >>> [p.describe() for p in all_paths(G, "a", "i").paths]
    ['a -[beneficial owner of]-> i', 'a -[general partner of]-> f -[beneficial owner of]-> i']

    Raises
    ------
    graphkit.errors.NodeNotFound
        If ``source`` or ``target`` names no node.
    graphkit.errors.GraphError
        If ``cutoff`` is below 1 or more than :data:`MAX_PATHS` paths are found.

    See also
    --------
    shortest_path
    """
    if cutoff < 1:
        raise GraphError(f"cutoff {cutoff!r} must be at least 1")
    s, t = find_node(G, source), find_node(G, target)
    found = list(itertools.islice(nx.all_simple_paths(_simple(G, undirected), s, t,
                                                      cutoff=cutoff), MAX_PATHS + 1))
    if len(found) > MAX_PATHS:
        raise GraphError(f"more than {MAX_PATHS} paths from {source!r} to {target!r}; "
                         "lower the cutoff")
    found.sort(key=lambda nodes: (len(nodes), [G.nodes[n].get("name", n) for n in nodes]))
    steps = ChainSteps(G)
    return Connections(source=PartyRef.of(G, s), target=PartyRef.of(G, t),
                       undirected=undirected, cutoff=cutoff,
                       paths=[_connection(G, nodes, undirected, steps) for nodes in found])


def _from(path: ControlPath, party: str) -> ControlPath | None:
    for i, s in enumerate(path.steps):
        if s.source.id == party:
            return ControlPath(steps=path.steps[i:], truncated=path.truncated,
                               cycle=path.cycle)
    return None


def common_controllers(G: nx.MultiDiGraph, issuer_a: str, issuer_b: str, *,
                       as_of: dt.date | str | None = None, max_depth: int | None = None
                       ) -> CommonControllers:
    """Parties that sit above both issuers, each with its chains down to either.

    Natural persons come first, then by name.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("gp", "a", relation="beneficial_owner_of", filing="x", form="SC 13G")
    >>> _ = G.add_edge("gp", "b", relation="beneficial_owner_of", filing="y", form="SC 13G")
    >>> [c.party.id for c in common_controllers(G, "a", "b").common]
    ['gp']

    Raises
    ------
    graphkit.errors.NodeNotFound
        If either issuer names no node.

    See also
    --------
    graphkit.control.find_controllers
    """
    ca = find_controllers(G, issuer_a, as_of=as_of, max_depth=max_depth)
    cb = find_controllers(G, issuer_b, as_of=as_of, max_depth=max_depth)
    ids_b = {p.id: p for p in cb.controllers}
    common = []
    for party in ca.controllers:
        if party.id not in ids_b:
            continue
        pa = _unique(_from(p, party.id) for p in ca.paths)
        pb = _unique(_from(p, party.id) for p in cb.paths)
        common.append(CommonController(party=party, paths_a=pa, paths_b=pb))
    return CommonControllers(issuer_a=ca.issuer, issuer_b=cb.issuer, as_of=ca.as_of,
                             common=common)


def _unique(paths) -> list[ControlPath]:
    out, seen = [], set()
    for p in paths:
        if p is None:
            continue
        sig = tuple((s.source.id, s.target.id, s.relation) for s in p.steps)
        if sig not in seen:
            seen.add(sig)
            out.append(p)
    return out


def ego_network(G: nx.MultiDiGraph, party: str, depth: int = 2) -> nx.MultiDiGraph:
    """The subgraph of every party within ``depth`` hops of ``party`` (either direction).

    All claims among those parties are kept, with their attributes; ``H.graph["ego"]`` names
    the centre. Useful for export and viewing.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> sorted(ego_network(G, "b", depth=1))
    ['a', 'b', 'c']

    Raises
    ------
    graphkit.errors.NodeNotFound
        If ``party`` names no node.
    graphkit.errors.GraphError
        If ``depth`` is negative.

    See also
    --------
    all_paths
    """
    if depth < 0:
        raise GraphError(f"depth {depth!r} must be 0 or more")
    node = find_node(G, party)
    H = nx.ego_graph(G, node, radius=depth, undirected=True)
    H.graph["ego"] = node
    return H
