"""Standard exports of a graphkit graph: one module per format, one entry point.

=========  ==============================================================  ==========
format     what                                                            writes
=========  ==============================================================  ==========
graphml    GraphML with typed keys (Gephi, yEd, Cytoscape)                 file
gexf       GEXF 1.2 (Gephi)                                                file
nodelink   node-link JSON (networkx, D3), same layout as graph.json        file
neo4j      CSV for ``neo4j-admin database import full``                    folder
ftm        FollowTheMoney entities, JSON lines (Aleph, OpenSanctions)      file
bods       Beneficial Ownership Data Standard 0.4 statements, JSON array   file
=========  ==============================================================  ==========

Examples
--------
>>> import tempfile, os, networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("p", name="Jane Roe", kind="person")
>>> G.add_node("i", name="Widget, Inc.", kind="organization")
>>> G.add_edge("p", "i", key="c1", relation="director_of", filing="d.txt", form="D")
'c1'
>>> d = tempfile.mkdtemp()
>>> export_graph(G, "graphml", os.path.join(d, "g.graphml")).name
'g.graphml'
>>> sorted(FORMATS)
['bods', 'ftm', 'gexf', 'graphml', 'neo4j', 'nodelink']
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

import networkx as nx

from graphkit.errors import ExportError

log = logging.getLogger(__name__)


def _writer(module: str, name: str) -> Callable:
    def write(G: nx.MultiDiGraph, path: Path):
        mod = __import__(f"graphkit.exports.{module}", fromlist=[name])
        return getattr(mod, name)(G, path)
    write.__name__ = name
    return write


#: format name -> (writer, one-line description, default file suffix or "/" for a folder)
FORMATS: dict[str, tuple[Callable, str, str]] = {
    "graphml": (_writer("graphml", "write_graphml"), "GraphML for Gephi, yEd, Cytoscape",
                ".graphml"),
    "gexf": (_writer("gexf", "write_gexf"), "GEXF 1.2 for Gephi", ".gexf"),
    "nodelink": (_writer("nodelink", "write_nodelink"), "node-link JSON (networkx, D3)",
                 ".json"),
    "neo4j": (_writer("neo4j", "write_neo4j"), "Neo4j bulk-import CSV (a folder)", "/"),
    "ftm": (_writer("ftm", "write_ftm"), "FollowTheMoney entities (JSON lines)", ".ftm.json"),
    "bods": (_writer("bods", "write_bods"), "BODS 0.4 statements (JSON)", ".bods.json"),
}


def export_graph(G: nx.MultiDiGraph, format: str, path: str | Path) -> Path:
    """Write ``G`` in ``format`` to ``path`` (a folder for ``neo4j``) and return the path.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graphkit graph.
    format : str
        One of :data:`FORMATS`: graphml, gexf, nodelink, neo4j, ftm, bods.
    path : str or Path
        Output file, or output folder for ``neo4j``.

    Raises
    ------
    graphkit.errors.ExportError
        If the format is unknown, the graph breaks the contract, or the output cannot be
        written.

    See also
    --------
    graphkit.html_view.write_html, graphkit.graph.write_graph
    """
    key = format.lower()
    if key not in FORMATS:
        raise ExportError(f"unknown export format {format!r}; choose from "
                          f"{', '.join(sorted(FORMATS))}")
    p = Path(path)
    if key != "neo4j" and p.is_dir():
        raise ExportError(f"{key} writes a file, but this is a folder", source=str(p))
    try:
        FORMATS[key][0](G, p)
    except OSError as exc:
        raise ExportError(f"cannot write {key} ({exc.strerror})", source=str(p)) from None
    log.info("exported %s: %d nodes, %d edges to %s", key, G.number_of_nodes(),
             G.number_of_edges(), p)
    return p
