"""FollowTheMoney entities (JSON lines), as used by Aleph and OpenSanctions.

Parties become ``Person``, ``Company`` or ``Organization``; claims become interval entities
linking them: ``Ownership`` (owner → asset, with ``sharesCount``, ``percentage``, ``sharesType``),
``Directorship``, ``Membership``, ``Representation`` or ``UnknownLink``, with ``role`` (the
officer's title, else the relation's label from :data:`graphkit.relations.RELATIONS`), ``date``
(the event date), ``recordId`` (the claim id), ``publisher`` (form and filing), ``summary``
(where it was read) and ``description`` (the quoted evidence). An organization is a ``Company``
when it is the asset of an ownership (FtM requires an ``Asset`` there) or has a company
identifier (CIK, IRS number, LEI); otherwise an ``Organization``.

Entity ids are stable: ``gk-`` and a SHA-1 of the graph's node id or claim id. The
``followthemoney`` package is not needed to write; tests validate with it when installed.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("p", name="Jane Roe", kind="person")
>>> G.add_node("i", name="Widget, Inc.", kind="organization")
>>> G.add_edge("p", "i", key="c1", relation="beneficial_owner_of", filing="a.txt",
...            form="SC 13G", shares=10, percent=1.5, as_of="2020-01-02")
'c1'
>>> [(e["schema"], sorted(e["properties"])) for e in ftm_entities(G)]
... # doctest: +NORMALIZE_WHITESPACE
[('Person', ['name']), ('Company', ['name']),
 ('Ownership', ['asset', 'date', 'owner', 'percentage', 'publisher', 'recordId', 'role',
                'sharesCount'])]
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterator

import networkx as nx
from pydantic import BaseModel, ConfigDict

from graphkit.errors import ExportError
from graphkit.exports.contract import validated_nodes_edges
from graphkit.models import IdentifierScheme, PartyKind
from graphkit.relations import RELATIONS, Relation


class LinkSchema(BaseModel):
    """How one relation becomes a FollowTheMoney interval: schema and its two entity props."""

    model_config = ConfigDict(frozen=True)

    schema_name: str
    source_prop: str
    target_prop: str


_OWNERSHIP = LinkSchema(schema_name="Ownership", source_prop="owner", target_prop="asset")
_DIRECTORSHIP = LinkSchema(schema_name="Directorship", source_prop="director",
                           target_prop="organization")
_UNKNOWN = LinkSchema(schema_name="UnknownLink", source_prop="subject", target_prop="object")

#: Relation -> FtM link; relations not listed use Ownership when they carry holdings
#: (RelationSpec.holding), else UnknownLink.
LINKS: dict[Relation, LinkSchema] = {
    Relation.GENERAL_PARTNER_OF: _DIRECTORSHIP,
    Relation.MANAGING_MEMBER_OF: _DIRECTORSHIP,
    Relation.DIRECTOR_OF: _DIRECTORSHIP,
    Relation.OFFICER_OF: _DIRECTORSHIP,
    Relation.TRUSTEE_OF: _DIRECTORSHIP,
    Relation.MEMBER_OF: LinkSchema(schema_name="Membership", source_prop="member",
                                   target_prop="organization"),
    Relation.INVESTMENT_MANAGER_OF: LinkSchema(schema_name="Representation",
                                               source_prop="agent", target_prop="client"),
    Relation.SHAREHOLDER_OF: _OWNERSHIP,
    Relation.PARENT_OF: _OWNERSHIP,
}

#: Identifier scheme -> FtM property on Company (others go to ``notes``).
COMPANY_ID_PROPS = {IdentifierScheme.CIK: "cikCode", IdentifierScheme.IRS_EIN: "irsCode",
                    IdentifierScheme.LEI: "leiCode"}


def link_schema(relation: Relation | str) -> LinkSchema:
    """The FtM link a relation becomes.

    >>> link_schema("member_of").schema_name, link_schema("beneficial_owner_of").schema_name
    ('Membership', 'Ownership')
    """
    rel = Relation(relation)
    if rel in LINKS:
        return LINKS[rel]
    return _OWNERSHIP if RELATIONS[rel].holding else _UNKNOWN


def ftm_id(kind: str, key: object) -> str:
    """A stable FtM id for a node (``kind="node"``) or claim (``kind="claim"``).

    >>> ftm_id("node", "a")
    'gk-16e68543d927a2386e34e9f93ff1727db39cabcc'
    """
    return "gk-" + hashlib.sha1(f"{kind}:{key}".encode("utf-8")).hexdigest()


def _add(props: dict, name: str, *values) -> None:
    vals = [" ".join(str(v).split()) for v in values if v is not None and str(v).strip()]
    if vals:
        props.setdefault(name, [])
        props[name].extend(v for v in vals if v not in props[name])


def ftm_entities(G: nx.MultiDiGraph) -> Iterator[dict]:
    """Every node and claim of ``G`` as FtM entity dicts (``id``, ``schema``, ``properties``).

    Raises
    ------
    graphkit.errors.ExportError
        If a node or edge breaks the graph contract.

    See also
    --------
    write_ftm
    """
    nodes, edges = validated_nodes_edges(G)
    assets = {v for _, v, _, ed in edges if link_schema(ed.relation).target_prop == "asset"}
    for n, nd in nodes:
        props: dict[str, list[str]] = {}
        if nd.kind == PartyKind.PERSON:
            schema = "Person"
        elif n in assets or any(i.scheme in COMPANY_ID_PROPS for i in nd.identifiers):
            schema = "Company"
        else:
            schema = "Organization"
        _add(props, "name", nd.name)
        _add(props, "alias", *[a for a in nd.aliases if a != nd.name])
        _add(props, "address", *nd.addresses)
        for ident in nd.identifiers:
            prop = COMPANY_ID_PROPS.get(ident.scheme) if schema == "Company" else None
            if prop:
                _add(props, prop, ident.value)
            else:
                _add(props, "notes", f"{ident.scheme.value.upper()} {ident.value}")
        if nd.jurisdiction_code:  # FtM's countries are ISO 3166-1 codes, in lower case
            _add(props, "nationality" if schema == "Person" else "jurisdiction",
                 nd.jurisdiction_code[:2].lower())
            if "-" in nd.jurisdiction_code:  # a state or province: FtM has no place for it
                _add(props, "notes", f"jurisdiction: {nd.jurisdiction} ({nd.jurisdiction_code})")
        elif nd.jurisdiction:
            _add(props, "notes", f"jurisdiction as stated: {nd.jurisdiction}")
        yield {"id": ftm_id("node", n), "schema": schema, "properties": props}
    for u, v, k, ed in edges:
        link = link_schema(ed.relation)
        props = {link.source_prop: [ftm_id("node", u)], link.target_prop: [ftm_id("node", v)]}
        _add(props, "role", ed.title or RELATIONS[ed.relation].label)
        _add(props, "date", ed.as_of.isoformat() if ed.as_of else None)
        _add(props, "endDate", ed.as_of.isoformat() if ed.as_of and ed.ended else None)
        _add(props, "recordId", ed.claim or k)
        _add(props, "publisher", f"{ed.form} {ed.filing}")
        if link.schema_name == "Ownership":
            _add(props, "sharesCount", ed.shares)
            _add(props, "percentage", ed.percent)
            _add(props, "sharesType", ed.security_class)
        cites = [ev.cite() + (f" ({ev.section})" if ev.section else "") for ev in ed.evidence]
        _add(props, "summary", "; ".join(cites) if cites else None)
        _add(props, "description", *[ev.text for ev in ed.evidence if ev.text])
        yield {"id": ftm_id("claim", ed.claim or f"{u}->{v}#{k}"), "schema": link.schema_name,
               "properties": props}


def write_ftm(G: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``G`` as FollowTheMoney entities, one JSON object per line.

    Raises
    ------
    graphkit.errors.ExportError
        If the graph breaks the contract or the file cannot be written.

    See also
    --------
    ftm_entities, graphkit.exports.export_graph
    """
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in ftm_entities(G)]
    try:
        Path(path).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write FtM entities ({exc.strerror})", source=str(path)
                          ) from None
