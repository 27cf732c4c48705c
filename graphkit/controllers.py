"""Who controls whom: the control links between parties, and the walks along them.

An edge gives its source control of its target when it is a general partnership, managing
membership, membership, investment management, trusteeship, sole shareholding or parenthood, or a
beneficial ownership of more than half (:data:`MAJORITY`). :func:`controlled_by` and
:func:`controllers_of` follow such edges through any number of layers; cycles end. A node not in the graph gives an
empty result from either, never an error: the public queries check names first
(:func:`graphkit.graph.find_node`).

>>> import networkx as nx
>>> G = nx.MultiDiGraph([("p", "gp", {"relation": "member_of"}),
...                      ("gp", "f", {"relation": "general_partner_of"})])
>>> sorted(controlled_by(G, "p")), sorted(controllers_of(G, "f"))
(['f', 'gp'], ['gp', 'p'])
"""

from __future__ import annotations

from typing import Callable, Iterable

import networkx as nx

from graphkit.relations import CONTROL_RELATIONS, HOLDING_RELATIONS

#: Beneficial ownership above this percent of an intermediate party controls it (control method
#: and joint-filer reduction): a majority holder directs the votes of what it holds.
MAJORITY = 50.0

_HOLDING = {r.value for r in HOLDING_RELATIONS}
_CONTROL_ONLY = {r.value for r in CONTROL_RELATIONS - HOLDING_RELATIONS}


def controls(attrs: dict) -> bool:
    """True when an edge gives its source control of its target.

    >>> controls({"relation": "general_partner_of"}), controls(
    ...     {"relation": "beneficial_owner_of", "percent": 30.0})
    (True, False)

    Raises
    ------
    Nothing.

    See also
    --------
    MAJORITY
    """
    rel = attrs.get("relation")
    if rel in _CONTROL_ONLY:
        return True
    return rel in _HOLDING and attrs.get("percent") is not None and attrs["percent"] > MAJORITY


def controlled_by(G: nx.MultiDiGraph, node: str) -> set[str]:
    """Every party ``node`` controls, directly or through others (never ``node`` itself).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b", {"relation": "general_partner_of"}),
    ...                      ("b", "a", {"relation": "general_partner_of"})])
    >>> sorted(controlled_by(G, "a"))
    ['b']

    See also
    --------
    controls
    """
    return _reach(node, lambda u: (v for _, v, d in G.out_edges(u, data=True) if controls(d)))


def controllers_of(G: nx.MultiDiGraph, node: str, stop: str | None = None) -> set[str]:
    """Every party that controls ``node``, directly or through others (never ``node`` itself).

    The walk does not pass through ``stop`` (an issuer is not a link between its holders).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("p", "gp", {"relation": "member_of"}),
    ...                      ("gp", "f", {"relation": "general_partner_of"}),
    ...                      ("x", "f", {"relation": "beneficial_owner_of", "percent": 9.0})])
    >>> sorted(controllers_of(G, "f"))
    ['gp', 'p']

    See also
    --------
    controlled_by, graphkit.totals.total_held
    """
    return _reach(node, lambda v: (u for u, _, d in G.in_edges(v, data=True)
                                   if u != stop and controls(d)))


def _reach(node: str, step: Callable[[str], Iterable[str]]) -> set[str]:
    """Every party reached from ``node`` by repeating ``step`` (party -> next parties), less
    ``node`` itself; each party is stepped from once, so cycles end."""
    seen, todo = {node}, [node]
    while todo:
        for nxt in step(todo.pop()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen - {node}
