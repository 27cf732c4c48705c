"""GraphML that Gephi, yEd and Cytoscape open: typed keys, one type per attribute, no nulls.

Written directly (not with :func:`networkx.write_graphml`, which types Python ints as 32-bit
``int``): share counts are ``long``, percentages ``double``, flags ``boolean``, dates ISO strings,
lists joined with ``"; "``; evidence is flattened to text (see :mod:`graphkit.exports.flat`).
Each edge's ``id`` is its claim key, so parallel claims stay apart; networkx reads the file back
as a ``MultiDiGraph`` with the same keys.

Examples
--------
>>> import io, networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("a", name="Acme", kind="organization")
>>> G.add_node("b", name="Jane Roe", kind="person")
>>> G.add_edge("b", "a", key="c1", relation="director_of", filing="d.txt", form="D")
'c1'
>>> buf = io.BytesIO(); write_graphml(G, buf)
>>> H = nx.read_graphml(io.BytesIO(buf.getvalue()), force_multigraph=True)
>>> list(H.edges(keys=True, data="relation"))
[('b', 'a', 'c1', 'director_of')]
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import BinaryIO

import networkx as nx

from graphkit.exports.contract import validated_nodes_edges
from graphkit.exports.flat import EDGE_TYPES, NODE_TYPES, flat_edge, flat_node

NS = "http://graphml.graphdrawing.org/xmlns"


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_graphml(G: nx.MultiDiGraph, path: str | Path | BinaryIO) -> None:
    """Write ``G`` as GraphML to ``path`` (a file name or a binary file object).

    Raises
    ------
    graphkit.errors.ExportError
        If a node or edge breaks the graph contract.

    See also
    --------
    graphkit.exports.gexf.write_gexf, graphkit.exports.export_graph
    """
    nodes, edges = validated_nodes_edges(G)
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}graphml")
    for name, kind in NODE_TYPES.items():
        ET.SubElement(root, f"{{{NS}}}key", {"id": f"n_{name}", "for": "node",
                                              "attr.name": name, "attr.type": kind})
    for name, kind in EDGE_TYPES.items():
        ET.SubElement(root, f"{{{NS}}}key", {"id": f"e_{name}", "for": "edge",
                                              "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, f"{{{NS}}}graph", {"id": "G", "edgedefault": "directed"})
    for n, nd in nodes:
        el = ET.SubElement(graph, f"{{{NS}}}node", {"id": str(n)})
        for name, value in flat_node(n, nd).items():
            ET.SubElement(el, f"{{{NS}}}data", {"key": f"n_{name}"}).text = _text(value)
    for u, v, k, ed in edges:
        el = ET.SubElement(graph, f"{{{NS}}}edge", {"id": str(k), "source": str(u),
                                                     "target": str(v)})
        for name, value in flat_edge(k, ed).items():
            ET.SubElement(el, f"{{{NS}}}data", {"key": f"e_{name}"}).text = _text(value)
    ET.indent(root)
    tree = ET.ElementTree(root)
    if isinstance(path, (str, Path)):
        with open(path, "wb") as fh:
            tree.write(fh, encoding="utf-8", xml_declaration=True)
    else:
        tree.write(path, encoding="utf-8", xml_declaration=True)
