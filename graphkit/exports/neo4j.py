"""CSV files for ``neo4j-admin database import full`` (Neo4j 5), with typed headers.

:func:`write_neo4j` writes a folder with ``nodes.csv``, ``relationships.csv`` and ``README.txt``
(the import command). Nodes: ``entity_id:ID`` (the graph's entity id, kept as a property),
``name``, ``kind``, list columns typed ``string[]`` (array delimiter ``;``), and ``:LABEL``
(``Entity`` plus ``Person`` or ``Organization``, and ``Issuer`` for targets of holding relations).
Relationships: ``:START_ID``, ``:END_ID``, ``:TYPE`` (the relation in upper case, e.g.
``BENEFICIAL_OWNER_OF``), then the claim's attributes typed from the graph contract:
``shares:long``, ``percent:double``, ``as_of:date``, ``disclaims:boolean``... Missing values are
empty cells (no property). Line breaks inside text become spaces so no multi-line fields are
needed.

Examples
--------
>>> import tempfile, csv, networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("f", name="Acme Fund", kind="organization")
>>> G.add_node("i", name="Widget, Inc.", kind="organization")
>>> G.add_edge("f", "i", key="c1", relation="beneficial_owner_of", filing="a.txt",
...            form="SC 13G", shares=10, as_of="2020-01-02")
'c1'
>>> out = write_neo4j(G, tempfile.mkdtemp())
>>> rows = list(csv.reader(open(out / "relationships.csv", encoding="utf-8")))
>>> rows[0][:4], rows[1][:3]
([':START_ID', ':END_ID', ':TYPE', 'claim'], ['f', 'i', 'BENEFICIAL_OWNER_OF'])
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.errors import ExportError
from graphkit.exports.contract import validated_nodes_edges
from graphkit.exports.flat import EDGE_TYPES, NODE_LIST_FIELDS, NODE_TYPES, flat_edge, flat_node
from graphkit.models import PartyKind
from graphkit.relations import HOLDING_RELATIONS

#: Neo4j's array delimiter (neo4j-admin's default).
ARRAY_DELIMITER = ";"
#: Edge columns holding ISO dates (written as ``date``).
DATE_COLUMNS = ("as_of", "filed")

IMPORT_COMMAND = ("neo4j-admin database import full --nodes=nodes.csv "
                  "--relationships=relationships.csv --array-delimiter=';' neo4j")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return " ".join(str(value).split())


def _node_header() -> list[str]:
    cols = ["entity_id:ID"]
    for name, kind in NODE_TYPES.items():
        if name == "label":
            continue
        if name in NODE_LIST_FIELDS:
            cols.append(f"{name}:string[]")
        else:
            cols.append(name if kind == "string" else f"{name}:{kind}")
    return cols + [":LABEL"]


def _edge_header() -> list[str]:
    cols = [":START_ID", ":END_ID", ":TYPE"]
    for name, kind in EDGE_TYPES.items():
        if name in DATE_COLUMNS:
            cols.append(f"{name}:date")
        else:
            cols.append(name if kind == "string" else f"{name}:{kind}")
    return cols


def _array(items: list[str]) -> str:
    return ARRAY_DELIMITER.join(i.replace(ARRAY_DELIMITER, ",") for i in items if i)


def write_neo4j(G: nx.MultiDiGraph, folder: str | Path) -> Path:
    """Write ``G`` as Neo4j bulk-import CSV into ``folder`` (created if needed).

    Returns
    -------
    Path
        The folder.

    Raises
    ------
    graphkit.errors.ExportError
        If the graph breaks the contract or the folder cannot be written.

    See also
    --------
    graphkit.exports.export_graph
    """
    out = Path(folder)
    nodes, edges = validated_nodes_edges(G)
    issuers = {v for _, v, r in G.edges(data="relation") if r in HOLDING_RELATIONS}
    node_header, edge_header = _node_header(), _edge_header()
    try:
        out.mkdir(parents=True, exist_ok=True)
        with open(out / "nodes.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(node_header)
            for n, nd in nodes:
                row = flat_node(n, nd, join=False)
                cells = [_cell(n)]
                for col in node_header[1:-1]:
                    name = col.split(":")[0]
                    value = row.get(name)
                    cells.append(_array(value) if isinstance(value, list) else _cell(value))
                labels = ["Entity", "Person" if row["kind"] == PartyKind.PERSON.value
                          else "Organization"] + (["Issuer"] if n in issuers else [])
                w.writerow(cells + [ARRAY_DELIMITER.join(labels)])
        with open(out / "relationships.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(edge_header)
            for u, v, k, ed in edges:
                row = flat_edge(k, ed)
                w.writerow([_cell(u), _cell(v), row["relation"].upper()]
                           + [_cell(row.get(c.split(":")[0])) for c in edge_header[3:]])
        (out / "README.txt").write_text(
            "Neo4j bulk import written by graphkit.\n\nImport into an empty database with:\n"
            f"  {IMPORT_COMMAND}\n", encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write Neo4j CSV ({exc.strerror})", source=str(out)) from None
    return out
