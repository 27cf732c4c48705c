"""The graph contract, checked once before a graph is written out (exports and the HTML view).

Every node's attributes must validate as :class:`~graphkit.graph.NodeData` and every edge's as
:class:`~graphkit.graph.EdgeData`. A writer checks the whole graph first, so a graph that breaks
the contract fails with one :class:`~graphkit.errors.ExportError` naming the node or edge, before
anything is written.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from pydantic import ValidationError

from graphkit.errors import ExportError
from graphkit.graph import EdgeData, NodeData


def _reason(exc: ValidationError) -> str:
    """The first thing wrong, with the attribute it concerns when pydantic names one."""
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first.get("loc", ()))
    return f"{where}: {first['msg']}" if where else first["msg"]


def validated_nodes_edges(G: nx.MultiDiGraph
                          ) -> tuple[list[tuple[Any, NodeData]],
                                     list[tuple[Any, Any, Any, EdgeData]]]:
    """Every node of ``G`` as ``(node, NodeData)`` and every edge as ``(u, v, key, EdgeData)``.

    Nodes and edges keep the graph's order. Nodes are checked first, then edges.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("f", "i", "c1", {"relation": "shareholder_of", "filing": "a.txt",
    ...                                         "form": "SC 13D"})])
    >>> G.nodes["f"].update(name="Acme Fund", kind="organization")
    >>> G.nodes["i"].update(name="Widget, Inc.", kind="organization")
    >>> nodes, edges = validated_nodes_edges(G)
    >>> [nd.name for _, nd in nodes], [(k, ed.relation.value) for _, _, k, ed in edges]
    (['Acme Fund', 'Widget, Inc.'], [('c1', 'shareholder_of')])
    >>> G.nodes["i"]["kind"] = "planet"
    >>> validated_nodes_edges(G)
    Traceback (most recent call last):
    ...
    graphkit.errors.ExportError: node 'i' breaks the graph contract: kind: Input should be ...

    Raises
    ------
    graphkit.errors.ExportError
        If a node or edge breaks the graph contract; the message names it.

    See also
    --------
    graphkit.graph.NodeData, graphkit.graph.EdgeData, graphkit.exports.export_graph
    """
    nodes: list[tuple[Any, NodeData]] = []
    for n, attrs in G.nodes(data=True):
        try:
            nodes.append((n, NodeData.model_validate(attrs)))
        except ValidationError as exc:
            raise ExportError(f"node {n!r} breaks the graph contract: {_reason(exc)}") from None
    edges: list[tuple[Any, Any, Any, EdgeData]] = []
    for u, v, k, attrs in G.edges(keys=True, data=True):
        try:
            edges.append((u, v, k, EdgeData.model_validate(attrs)))
        except ValidationError as exc:
            raise ExportError(f"edge {u!r} -> {v!r} ({k!r}) breaks the graph contract: "
                              f"{_reason(exc)}") from None
    return nodes, edges
