"""Flat, typed attribute rows for the table-like exports (GraphML, GEXF, Neo4j CSV).

Graph tools want one scalar per attribute and one type per attribute across all elements. The
types come from the graph contract (:class:`~graphkit.graph.NodeData`,
:class:`~graphkit.graph.EdgeData`): integers stay integers (``long``: share counts pass 2**31),
numbers are doubles, flags booleans, dates ISO strings, and lists are joined with ``"; "``.
Missing values are left out of the row, never written as ``None``. Evidence becomes one text:
``file:line [section] "text"`` per quote, joined with ``" | "``.

Examples
--------
>>> EDGE_TYPES["shares"], EDGE_TYPES["percent"], EDGE_TYPES["as_of"], EDGE_TYPES["disclaims"]
('long', 'double', 'string', 'boolean')
>>> flat_edge("c1", {"relation": "beneficial_owner_of", "filing": "a.txt", "form": "SC 13G",
...                  "percent": 5, "evidence": [{"source": "a.txt", "line": 3, "text": "5%"}]})
... # doctest: +NORMALIZE_WHITESPACE
{'claim': 'c1', 'relation': 'beneficial_owner_of', 'label': 'beneficial owner of',
 'percent': 5.0, 'filing': 'a.txt', 'form': 'SC 13G', 'evidence': 'a.txt:3 "5%"'}
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from typing import Any

from pydantic import BaseModel

from graphkit.graph import EdgeData, NodeData
from graphkit.models import Evidence, Identifier
from graphkit.relations import RELATIONS

#: How lists are joined into one text value.
LIST_SEPARATOR = "; "
#: How several evidence quotes are joined.
EVIDENCE_SEPARATOR = " | "


def _base_type(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _base_type(args[0]) if len(args) == 1 else str
    return annotation


def _xml_type(annotation: Any) -> str:
    t = _base_type(annotation)
    if t is bool:
        return "boolean"
    if t is int:
        return "long"
    if t is float:
        return "double"
    return "string"


def _is_list(annotation: Any) -> bool:
    return typing.get_origin(_base_type(annotation)) is list


def _types(model: type[BaseModel], skip: set[str]) -> dict[str, str]:
    return {name: _xml_type(f.annotation) for name, f in model.model_fields.items()
            if name not in skip}


#: Attribute name -> type ("string", "long", "double", "boolean") of flat node rows.
NODE_TYPES: dict[str, str] = {"label": "string",
                              **_types(NodeData, {"mentions"}), "identifiers": "string"}
#: Node attributes that hold lists (joined with :data:`LIST_SEPARATOR` unless asked not to).
NODE_LIST_FIELDS: tuple[str, ...] = tuple(
    name for name, f in NodeData.model_fields.items() if name in NODE_TYPES and _is_list(f.annotation))
#: Attribute name -> type of flat edge rows (``claim`` is the edge key).
EDGE_TYPES: dict[str, str] = {"claim": "string", "relation": "string", "label": "string",
                              **_types(EdgeData, {"claim", "relation", "readings"}),
                              "evidence": "string"}


def format_identifier(ident: Identifier) -> str:
    """``"cik:0000000042"``.

    >>> format_identifier(Identifier(scheme="cusip", value="123456789"))
    'cusip:123456789'
    """
    return f"{ident.scheme.value}:{ident.value}"


def format_evidence(evidence: list[Evidence]) -> str:
    """Quotes with their places, as one line of text.

    >>> format_evidence([Evidence(source="a.txt", line=2, text="x\\ny", section="Item 4")])
    'a.txt:2 [Item 4] "x y"'
    """
    out = []
    for ev in evidence:
        where = ev.cite() + (f" [{ev.section}]" if ev.section else "")
        out.append(f'{where} "{" ".join(ev.text.split())}"' if ev.text else where)
    return EVIDENCE_SEPARATOR.join(out)


def _scalar(value: Any, kind: str) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if kind == "double":
        return float(value)
    if kind == "long":
        return int(value)
    if hasattr(value, "value"):  # enums
        return value.value
    return value


def _item(value: Any) -> str:
    if isinstance(value, BaseModel):
        return value.model_dump_json(exclude_none=True)
    return str(value.value if hasattr(value, "value") else value)


def flat_node(node: Any, attrs: dict | NodeData, *, join: bool = True) -> dict[str, Any]:
    """One node's attributes (a dict, or a validated :class:`NodeData`) as a flat row (typed
    by :data:`NODE_TYPES`; no ``None``).

    With ``join=False`` list attributes stay lists of strings (for formats with arrays).

    >>> flat_node("n1", {"name": "Jane Roe", "kind": "person", "aliases": ["Jane Roe", "J. Roe"]})
    {'label': 'Jane Roe', 'name': 'Jane Roe', 'kind': 'person', 'aliases': 'Jane Roe; J. Roe'}
    """
    nd = NodeData.model_validate(attrs)
    row: dict[str, Any] = {"label": nd.name}
    for name, kind in NODE_TYPES.items():
        if name == "label":
            continue
        value = getattr(nd, name)
        if name == "identifiers":
            value = [format_identifier(i) for i in value]
        if isinstance(value, list):
            items = [" ".join(_item(v).split()) for v in value]
            if not items:
                continue
            row[name] = LIST_SEPARATOR.join(items) if join else items
            continue
        if value is None:
            continue
        row[name] = _scalar(value, kind)
    return row


def flat_edge(key: Any, attrs: dict | EdgeData) -> dict[str, Any]:
    """One edge's attributes (a dict, or a validated :class:`EdgeData`) as a flat row (typed
    by :data:`EDGE_TYPES`; no ``None``).

    Raises
    ------
    pydantic.ValidationError
        If ``attrs`` breaks the graph contract.
    """
    ed = EdgeData.model_validate(attrs)
    row: dict[str, Any] = {"claim": ed.claim or str(key), "relation": ed.relation.value,
                           "label": RELATIONS[ed.relation].label}
    for name, kind in EDGE_TYPES.items():
        if name in row:
            continue
        value = getattr(ed, name)
        if name == "evidence":
            value = format_evidence(value) or None
        if value is None:
            continue
        row[name] = _scalar(value, kind)
    return row
