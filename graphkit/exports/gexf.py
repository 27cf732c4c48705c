"""GEXF 1.2 for Gephi: one typed attribute column per field, claim keys as edge ids.

Attributes are the flat rows of :mod:`graphkit.exports.flat` (integers ``long``, percentages
``double``, flags ``boolean``, dates ISO strings, lists joined with ``"; "``, evidence as text);
node labels are the entity names. Written with :func:`networkx.write_gexf` from a flattened copy.

Examples
--------
>>> import io, networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("a", name="Acme", kind="organization")
>>> G.add_node("f", name="Acme Fund", kind="organization")
>>> G.add_edge("f", "a", key="c1", relation="beneficial_owner_of", filing="x.txt",
...            form="SC 13G", shares=3_000_000_000, percent=12)
'c1'
>>> buf = io.BytesIO(); write_gexf(G, buf)
>>> H = nx.read_gexf(io.BytesIO(buf.getvalue()))
>>> [(d["claim"], d["shares"], d["percent"]) for _, _, d in H.edges(data=True)]
[('c1', 3000000000, 12.0)]
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import networkx as nx

from graphkit.exports.contract import validated_nodes_edges
from graphkit.exports.flat import flat_edge, flat_node


def flat_copy(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` whose attributes are flat, typed rows (no lists, dicts or ``None``).

    Raises
    ------
    graphkit.errors.ExportError
        If a node or edge breaks the graph contract.
    """
    nodes, edges = validated_nodes_edges(G)
    H = nx.MultiDiGraph()
    for n, nd in nodes:
        H.add_node(str(n), **flat_node(n, nd))
    for u, v, k, ed in edges:
        H.add_edge(str(u), str(v), key=str(k), id=str(k), **flat_edge(k, ed))
    return H


def write_gexf(G: nx.MultiDiGraph, path: str | Path | BinaryIO) -> None:
    """Write ``G`` as GEXF 1.2 to ``path`` (a file name or a binary file object).

    Raises
    ------
    graphkit.errors.ExportError
        If a node or edge breaks the graph contract.

    See also
    --------
    graphkit.exports.graphml.write_graphml, graphkit.exports.export_graph
    """
    nx.write_gexf(flat_copy(G), path, version="1.2draft")
