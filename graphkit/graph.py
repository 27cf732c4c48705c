"""The resolved graph: records and a resolution in, a networkx ``MultiDiGraph`` out.

Nodes are resolved entities (keyed by the resolver's entity id); edges are claims, keyed by a
claim id that is unique across the build, so two filings that state the same relationship sit
side by side instead of overwriting each other. Node and edge attributes follow the contract in
DESIGN.md and are described by :class:`NodeData` and :class:`EdgeData`; read them back typed with
:func:`node_data` and :func:`edge_data`.

On disk (``graph.json``) the graph is networkx node-link JSON
(``networkx.node_link_data(G, edges="edges")``). In that format ``source`` and ``target`` of an
edge are the node ids of its two ends, so the filing an edge was read from is kept in ``filing``
(and in every ``evidence[].source``).

Examples
--------
>>> from graphkit.models import FilingRecord, Party, Claim, Issuer
>>> rec = FilingRecord(source="a.txt", form="SC 13G", family="schedule_13g",
...     issuer=Issuer(party_id="i", name="Widget, Inc."),
...     parties=[Party(id="i", name="Widget, Inc.", kind="organization"),
...              Party(id="f", name="Acme Fund, L.P.", kind="organization")],
...     claims=[Claim(id="c1", relation="beneficial_owner_of", source="f", target="i",
...                   shares=100, percent=1.5)])
>>> G = build_graph([rec])
>>> [(G.nodes[u]["name"], d["relation"], G.nodes[v]["name"], d["shares"])
...  for u, v, d in G.edges(data=True)]
[('Acme Fund, L.P.', 'beneficial_owner_of', 'Widget, Inc.', 100)]
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

import networkx as nx
from pydantic import BaseModel, ConfigDict, Field, ValidationError

import resolvers
from graphkit.errors import GraphError
from graphkit.jurisdictions import places_apart_warning, read_jurisdiction, settle_jurisdiction
from graphkit.node_lookup import find_node  # noqa: F401  (re-exported: queries find nodes here)
from graphkit.models import (
    AliasKind, Claim, ClaimFacts, Evidence, FilingRecord, FilingWarning, Identifier, Party,
    PartyKind, Reading,
)
from graphkit.relations import CONTROL_RELATIONS, Relation
from resolvers.models import FormerName, Judgement, Mention, Resolution

log = logging.getLogger(__name__)

#: Version of the graph.json layout written by :func:`write_graph`.
GRAPH_FORMAT = "graphkit-graph/1"


class NodeData(BaseModel):
    """Attributes of one node (a resolved entity)."""

    model_config = ConfigDict(extra="ignore")

    name: str
    kind: PartyKind
    aliases: list[str] = Field(default_factory=list)
    jurisdiction: Optional[str] = None  # where formed, or whose citizen: the place's name
    jurisdiction_code: Optional[str] = None  # its ISO 3166 code ("US-DE", "KY"), when known
    addresses: list[str] = Field(default_factory=list)
    identifiers: list[Identifier] = Field(default_factory=list)
    filings: list[str] = Field(default_factory=list)
    mentions: list[str] = Field(default_factory=list)
    mention_names: list[str] = Field(default_factory=list)  # name of each mention, same order
    merges: list[str] = Field(default_factory=list)  # one readable line per merge step


class EdgeData(ClaimFacts):
    """Attributes of one edge (a claim from one filing): its facts, the filing, and dates."""

    model_config = ConfigDict(extra="ignore")

    relation: Relation
    filing: str
    form: str
    as_of: Optional[dt.date] = None
    # what as_of is: "stated" for the claim itself, else the filing's "event" date (13D/13G),
    # "signature" date (Form D, Forms 3/4/5) or "filed" date; never left unsaid
    as_of_basis: Optional[str] = None
    filed: Optional[dt.date] = None
    claim: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
    readings: list[Reading] = Field(default_factory=list)


def _attrs(model: BaseModel) -> dict:
    return model.model_dump(mode="json", exclude_none=False)


def node_data(G: nx.MultiDiGraph, node: str) -> NodeData:
    """The typed attributes of ``node``.

    Raises
    ------
    graphkit.errors.NodeNotFound
        If ``node`` is not in ``G``.
    """
    from graphkit.errors import NodeNotFound

    if node not in G:
        raise NodeNotFound(f"node {node!r} not in graph")
    return NodeData.model_validate(G.nodes[node])


def edge_data(attrs: dict) -> EdgeData:
    """The typed attributes of one edge's attribute dict (as in ``G.edges(data=True)``)."""
    return EdgeData.model_validate(attrs)


def mention_id(key: str, party_id: str) -> str:
    """Build-wide id of a party: the record's key (see :func:`record_keys`) and the party id.

    >>> mention_id("a.txt", "p1")
    'a.txt#p1'
    """
    return f"{key}#{party_id}"


def unique_records(records: Sequence[FilingRecord]
                   ) -> tuple[list[FilingRecord], list[FilingWarning]]:
    """``records`` without repeats of the same document of the same file (given twice, or
    reached through two paths), with a warning for each one left out."""
    seen: set[tuple[str, Optional[str]]] = set()
    out: list[FilingRecord] = []
    warnings: list[FilingWarning] = []
    for rec in records:
        ident = (str(Path(rec.source).resolve()), rec.document)
        if ident in seen:
            warnings.append(FilingWarning(code="duplicate-input", source=rec.source,
                                          message="the same filing was given twice; read once"))
            continue
        seen.add(ident)
        out.append(rec)
    return out, warnings


def record_keys(records: Sequence[FilingRecord]) -> list[str]:
    """A short key per record, unique in the build, for mention and claim ids.

    The file's name where it is unique; where files share a name (EDGAR downloads are often
    all ``primary_doc.xml``) the path from their common folder; plus ``/document`` for a
    document of a multi-document submission.

    >>> from graphkit.models import FilingRecord
    >>> recs = [FilingRecord(source=p, form="D", family="form_d")
    ...         for p in ("x/a/primary_doc.xml", "x/b/primary_doc.xml", "x/c.txt")]
    >>> record_keys(recs)
    ['a/primary_doc.xml', 'b/primary_doc.xml', 'c.txt']
    """
    names = [Path(r.source).name for r in records]
    counts = Counter(names)
    clashing = [Path(r.source).resolve() for r, n in zip(records, names) if counts[n] > 1]
    root = os.path.commonpath([str(p.parent) for p in clashing]) if clashing else ""
    keys = []
    for rec, name in zip(records, names):
        if counts[name] > 1:
            name = Path(os.path.relpath(Path(rec.source).resolve(), root)).as_posix()
        keys.append(name + (f"/{rec.document}" if rec.document else ""))
    return keys


#: Alias kinds that name a party only inside its own filing (never matched across filings)
_FILING_SCOPED = frozenset({AliasKind.DEFINED_TERM, AliasKind.ABBREVIATION})


def _formed_in(party: Party) -> Optional[str]:
    """The ISO code of where the organization ``party`` was formed, when its filing states a
    place known (a person's citizenship is no such fact: None)."""
    if party.kind is not PartyKind.ORGANIZATION or not party.jurisdiction:
        return None
    place = read_jurisdiction(party.jurisdiction)
    return place.code if place is not None else None


def mentions_from_records(records: Sequence[FilingRecord],
                          keys: Optional[Sequence[str]] = None) -> list[Mention]:
    """One resolver :class:`~resolvers.models.Mention` per party of every record.

    A party's ``controls`` counts the control claims (general partner, managing member,
    investment manager...) it is the source of in its own filing. ``keys`` are the records'
    keys (default: :func:`record_keys`).
    """
    keys = record_keys(records) if keys is None else keys
    out: list[Mention] = []
    for key, rec in zip(keys, records):
        controls: dict[str, int] = {}
        for c in rec.claims:
            if c.relation in CONTROL_RELATIONS and c.relation != Relation.BENEFICIAL_OWNER_OF:
                controls[c.source] = controls.get(c.source, 0) + 1
        for p in rec.parties:
            out.append(Mention(
                id=mention_id(key, p.id), name=p.name, kind=p.kind,
                aliases=tuple(a.name for a in p.aliases if a.name != p.name
                              and a.how not in _FILING_SCOPED | {AliasKind.FORMER_NAME}),
                former=tuple(FormerName(name=a.name, until=a.until) for a in p.aliases
                             if a.name != p.name and a.how is AliasKind.FORMER_NAME),
                date=rec.as_of,
                terms=tuple(a.name for a in p.aliases if a.name != p.name
                            and a.how in _FILING_SCOPED),
                filing=rec.source, addresses=tuple(p.addresses),
                identifiers=tuple(p.identifiers), controls=controls.get(p.id, 0),
                signed=tuple(a.name for a in p.aliases if a.how is AliasKind.SIGNATURE),
                natural=tuple(a.name for a in p.aliases if a.how is AliasKind.NATURAL_ORDER),
                place=_formed_in(p)))
    return out


def _as_of(rec: FilingRecord, claim: Claim) -> tuple[Optional[dt.date], Optional[str]]:
    """The date a claim speaks for, and what that date is (see EdgeData.as_of_basis)."""
    for basis, day in (("stated", claim.as_of), ("event", rec.event_date),
                       ("signature", rec.signature_date), ("filed", rec.filed_date)):
        if day is not None:
            return day, basis
    return None, None


def _edge_from_claim(key: str, rec: FilingRecord, claim: Claim) -> EdgeData:
    as_of, basis = _as_of(rec, claim)
    facts = claim.facts()
    facts["security_class"] = claim.security_class or rec.security_class
    return EdgeData(relation=claim.relation, filing=rec.source, form=rec.form, as_of=as_of,
                    as_of_basis=basis, filed=rec.filed_date, claim=mention_id(key, claim.id),
                    evidence=list(claim.evidence), readings=list(claim.readings), **facts)


def build_graph(records: Iterable[FilingRecord], judgements: Sequence[Judgement] = (),
                resolution: Resolution | None = None) -> nx.MultiDiGraph:
    """Resolve the parties of ``records`` and build the graph of their claims.

    Parameters
    ----------
    records : iterable of FilingRecord
        Parsed filings.
    judgements : sequence of Judgement, optional
        Human judgements applied by the resolver ("not same" always wins).
    resolution : Resolution, optional
        A resolution computed beforehand (skips resolving).

    Returns
    -------
    networkx.MultiDiGraph
        Nodes keyed by entity id with :class:`NodeData` attributes; edges keyed by claim id with
        :class:`EdgeData` attributes. ``G.graph`` holds the build's sources, warnings and stale
        judgements.

    See also
    --------
    write_graph, read_graph
    """
    records, warnings = unique_records(list(records))
    keys = record_keys(records)
    mentions = mentions_from_records(records, keys)
    if resolution is None:
        resolution = resolvers.resolve(mentions, judgements)
    G = nx.MultiDiGraph()
    by_id = {m.id: m for m in mentions}
    party_facts: dict[str, list] = {}
    for key, rec in zip(keys, records):
        for p in rec.parties:
            party_facts[mention_id(key, p.id)] = [rec, p]
    for ent in resolution.entities:
        stated = [(party_facts[m][1].jurisdiction, by_id[m].filing) for m in ent.mention_ids
                  if m in party_facts and m in by_id and party_facts[m][1].jurisdiction]
        place, place_code = settle_jurisdiction(text for text, _ in stated)
        apart = places_apart_warning(ent.name, stated, place)
        if apart is not None:  # a merge of two parties, or a place misread: an investigator
            warnings.append(apart)  # sees it among the findings
        filings = sorted({by_id[m].filing for m in ent.mention_ids if m in by_id})
        merges = [f"{s.a} = {s.b} [{s.rule}, {s.score:.2f}]"
                  + (f": {'; '.join(s.reasons)}" if s.reasons else "") for s in ent.merges]
        nd = NodeData(name=ent.name, kind=ent.kind, aliases=list(ent.aliases),
                      jurisdiction=place, jurisdiction_code=place_code,
                      addresses=list(ent.addresses), identifiers=list(ent.identifiers),
                      filings=filings, mentions=list(ent.mention_ids),
                      mention_names=[by_id[m].name if m in by_id else "" for m in ent.mention_ids],
                      merges=merges)
        G.add_node(ent.id, **_attrs(nd))
    issuers: dict[str, set[str]] = {}
    groups: dict[str, list[dict]] = {}  # filing -> its group holdings (GroupHolding, issuer)
    for key, rec in zip(keys, records):
        warnings.extend(rec.warnings)
        if rec.issuer is not None:
            node = resolution.entity_of.get(mention_id(key, rec.issuer.party_id))
            if node is not None:
                issuers.setdefault(node, set())
                if rec.as_of:
                    issuers[node].add(rec.as_of.isoformat())
                groups.setdefault(rec.source, []).extend(  # "collectively own 239,700 shares"
                    {"issuer": node, **g.model_dump(mode="json")} for g in rec.group_holdings)
        for c in rec.claims:
            u = resolution.entity_of.get(mention_id(key, c.source))
            v = resolution.entity_of.get(mention_id(key, c.target))
            if u is None or v is None:
                warnings.append(FilingWarning(code="dangling-claim", source=rec.source,
                                              message=f"claim {c.id} names an unknown party"))
                continue
            if u == v:
                warnings.append(FilingWarning(
                    code="self-claim", source=rec.source,
                    message=f"claim {c.id} ({c.relation.value}) joins a party to itself "
                            f"after resolution ({G.nodes[u]['name']}); left out"))
                continue
            ed = _edge_from_claim(key, rec, c)
            G.add_edge(u, v, key=ed.claim, **_attrs(ed))
    G.graph.update({
        "format": GRAPH_FORMAT,
        "filings": sorted({r.source for r in records}),
        # issuer node -> the dates its filings speak for (newest first)
        "issuers": {n: sorted(d, reverse=True) for n, d in sorted(issuers.items())},
        # filing -> what its reporting persons hold together, as it states (graphkit.group_holdings)
        "group_holdings": {f: g for f, g in sorted(groups.items()) if g},
        "warnings": [w.model_dump(mode="json") for w in warnings],
        "stale_judgements": [j.model_dump(mode="json") for j in resolution.stale_judgements],
    })
    return G


def graph_to_json(G: nx.MultiDiGraph) -> dict:
    """``G`` as node-link JSON data (``edges="edges"``), ready for :func:`json.dump`."""
    return nx.node_link_data(G, edges="edges")


def write_graph(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``G`` to ``path`` as node-link JSON and return the path.

    See also
    --------
    read_graph
    """
    p = Path(path)
    p.write_text(json.dumps(graph_to_json(G), indent=1, ensure_ascii=False), encoding="utf-8")
    return p


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """Load a graph written by :func:`write_graph`.

    Raises
    ------
    graphkit.errors.GraphError
        If the file is missing, not JSON, or not a graphkit node-link graph.
    """
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GraphError("graph file not found; build one with 'graphkit build'",
                         source=str(p)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GraphError(f"not a readable JSON graph ({exc})", source=str(p)) from None
    if not isinstance(data, dict) or "nodes" not in data or "edges" not in data:
        raise GraphError("not a node-link graph (needs 'nodes' and 'edges')", source=str(p))
    G = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    try:
        for n in G.nodes:
            NodeData.model_validate(G.nodes[n])
        for _, _, d in G.edges(data=True):
            EdgeData.model_validate(d)
    except ValidationError as exc:
        raise GraphError(f"graph attributes break the graph.json contract: {exc.errors()[0]}",
                         source=str(p)) from None
    return G


def iter_edges(G: nx.MultiDiGraph) -> Iterator[tuple[str, str, str, EdgeData]]:
    """Every edge as ``(u, v, key, EdgeData)``."""
    for u, v, k, d in G.edges(keys=True, data=True):
        yield u, v, k, EdgeData.model_validate(d)
