"""Node-link JSON (the ``graph.json`` layout, for D3, networkx and any JSON reader).

Identical in layout to :func:`graphkit.graph.write_graph`: ``nodes`` with ``id`` and the node
attributes, ``edges`` with ``source``, ``target``, ``key`` (the claim id) and the edge attributes,
lists and evidence kept as JSON. Dates are ISO strings.

Examples
--------
>>> import io, json, networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_edge("f", "i", key="c1", relation="beneficial_owner_of", percent=5.0)
'c1'
>>> buf = io.StringIO(); write_nodelink(G, buf)
>>> H = nx.node_link_graph(json.loads(buf.getvalue()), edges="edges")
>>> list(H.edges(keys=True, data="percent"))
[('f', 'i', 'c1', 5.0)]
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TextIO

import networkx as nx

from graphkit.errors import ExportError


def _default(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def write_nodelink(G: nx.MultiDiGraph, path: str | Path | TextIO) -> None:
    """Write ``G`` as node-link JSON (``edges="edges"``) to ``path`` or a text file object.

    Raises
    ------
    graphkit.errors.ExportError
        If an attribute cannot be written as JSON.

    See also
    --------
    graphkit.graph.write_graph, graphkit.exports.export_graph
    """
    try:
        text = json.dumps(nx.node_link_data(G, edges="edges"), indent=1, ensure_ascii=False,
                          default=_default)
    except TypeError as exc:
        raise ExportError(f"graph attribute cannot be written as JSON ({exc})") from None
    if isinstance(path, (str, Path)):
        Path(path).write_text(text, encoding="utf-8")
    else:
        path.write(text)
