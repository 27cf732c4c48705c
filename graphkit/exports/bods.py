"""Beneficial Ownership Data Standard 0.4 statements (a JSON array).

Each party becomes an entity or person statement (``recordId`` = the graph's entity id) and
each claim a relationship statement (``recordId`` = the claim id) whose ``subject`` is what is
held or controlled and whose ``interestedParty`` is the holder or controller. Interest types
follow :data:`INTERESTS` (e.g. beneficial ownership → ``shareholding`` with ``share.exact`` =
percent of class, plus ``votingRights`` when the filing states voting power; director →
``boardMember``; officer → ``seniorManagingOfficial``). ``beneficialOwnershipOrControl`` is
left out: an SEC filing's "beneficial owner" is not BODS's natural-person beneficial owner.

Statement dates are the claim's event date (``as_of``), else its filing date, else the
publication date; a party's statement takes the latest date of its claims. Statement ids are
SHA-256 hex digests of record id and date (64 characters, stable across runs). The output
validates against the BODS 0.4 JSON schema (see the tests).

Examples
--------
>>> import datetime as dt, networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("p", name="Jane Roe", kind="person")
>>> G.add_node("i", name="Widget, Inc.", kind="organization")
>>> G.add_edge("p", "i", key="c1", relation="beneficial_owner_of", filing="a.txt",
...            form="SC 13G", percent=7.5, as_of="2020-01-02")
'c1'
>>> st = bods_statements(G, publication_date=dt.date(2024, 1, 1))
>>> [(s["recordType"], s["statementDate"]) for s in st]
[('person', '2020-01-02'), ('entity', '2020-01-02'), ('relationship', '2020-01-02')]
>>> st[2]["recordDetails"]["interests"][0]["share"]
{'exact': 7.5}
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Optional

import networkx as nx

from graphkit.errors import ExportError
from graphkit.exports.contract import validated_nodes_edges
from graphkit.graph import EdgeData
from graphkit.models import IdentifierScheme, PartyKind
from graphkit.relations import RELATIONS, Relation

BODS_VERSION = "0.4"
PUBLISHER = {"name": "graphkit (from SEC EDGAR filings)"}

#: Relation -> BODS interest type (codelist interestType.csv).
INTERESTS: dict[Relation, str] = {
    Relation.BENEFICIAL_OWNER_OF: "shareholding",
    Relation.SHAREHOLDER_OF: "shareholding",
    Relation.PARENT_OF: "shareholding",
    Relation.GENERAL_PARTNER_OF: "otherInfluenceOrControl",
    Relation.MANAGING_MEMBER_OF: "seniorManagingOfficial",
    Relation.MEMBER_OF: "otherInfluenceOrControl",
    Relation.INVESTMENT_MANAGER_OF: "rightsGrantedByContract",
    Relation.DIRECTOR_OF: "boardMember",
    Relation.OFFICER_OF: "seniorManagingOfficial",
    Relation.PROMOTER_OF: "otherInfluenceOrControl",
    Relation.TRUSTEE_OF: "trustee",
    Relation.CONTROL_PERSON_OF: "otherInfluenceOrControl",
}

#: Identifier scheme -> BODS identifier scheme name.
SCHEME_NAMES = {IdentifierScheme.CIK: "SEC Central Index Key (CIK)",
                IdentifierScheme.CUSIP: "CUSIP", IdentifierScheme.IRS_EIN: "US IRS EIN",
                IdentifierScheme.LEI: "Legal Entity Identifier (LEI)",
                IdentifierScheme.SEC_FILE_NUMBER: "SEC file number"}


def statement_id(record_id: str, date: str) -> str:
    """A stable 64-character statement id.

    >>> len(statement_id("x", "2020-01-02"))
    64
    """
    return hashlib.sha256(f"graphkit:{record_id}:{date}".encode("utf-8")).hexdigest()


def _edge_date(ed: EdgeData) -> Optional[dt.date]:
    return ed.as_of or ed.filed


def _interests(ed: EdgeData) -> list[dict]:
    details = ed.title or RELATIONS[ed.relation].label
    base: dict = {"type": INTERESTS.get(ed.relation, "otherInfluenceOrControl"),
                  "details": details,
                  "directOrIndirect": {True: "direct", False: "indirect"}.get(ed.direct,
                                                                               "unknown")}
    if ed.percent is not None and 0 <= ed.percent <= 100:
        base["share"] = {"exact": float(ed.percent)}
    if ed.as_of:  # an insider's exit (``ended``) dates the interest's end, not its start
        base["endDate" if ed.ended else "startDate"] = ed.as_of.isoformat()
    out = [base]
    if ed.relation == Relation.BENEFICIAL_OWNER_OF and (ed.sole_voting or ed.shared_voting):
        out.append({"type": "votingRights", "details": "voting power as stated",
                    "directOrIndirect": base["directOrIndirect"],
                    **({"share": base["share"]} if "share" in base else {})})
    return out


def bods_statements(G: nx.MultiDiGraph, *, publication_date: Optional[dt.date] = None
                    ) -> list[dict]:
    """Every party and claim of ``G`` as BODS 0.4 statements, parties first.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graphkit graph.
    publication_date : datetime.date, optional
        Date of publication (default today); also the statement date of a party or claim
        with no date of its own.

    Raises
    ------
    graphkit.errors.ExportError
        If a node or edge breaks the graph contract.

    See also
    --------
    write_bods
    """
    pub = (publication_date or dt.date.today()).isoformat()
    nodes, edges = validated_nodes_edges(G)
    latest: dict = {}
    for u, v, _, ed in edges:
        d = _edge_date(ed)
        for n in (u, v):
            if d and (n not in latest or d > latest[n]):
                latest[n] = d
    publication = {"publicationDate": pub, "bodsVersion": BODS_VERSION, "publisher": PUBLISHER}
    out: list[dict] = []
    for n, nd in nodes:
        date = latest[n].isoformat() if n in latest else pub
        ids = [{"id": i.value, "schemeName": SCHEME_NAMES.get(i.scheme, i.scheme.value)}
               for i in nd.identifiers]
        if nd.kind == PartyKind.PERSON:
            rtype = "person"
            details: dict = {"isComponent": False, "personType": "knownPerson",
                             "names": [{"type": "legal", "fullName": nd.name}]
                             + [{"type": "alternative", "fullName": a}
                                for a in nd.aliases if a != nd.name]}
            if nd.jurisdiction_code and len(nd.jurisdiction_code) == 2:  # a country
                details["nationalities"] = [{"name": nd.jurisdiction,
                                             "code": nd.jurisdiction_code}]
        else:
            rtype = "entity"
            details = {"isComponent": False, "entityType": {"type": "registeredEntity"},
                       "name": nd.name}
            alt = [a for a in nd.aliases if a != nd.name]
            if alt:
                details["alternateNames"] = alt
            if nd.jurisdiction:  # ISO 3166-1 or 3166-2, when the place is read
                details["jurisdiction"] = {"name": nd.jurisdiction} | (
                    {"code": nd.jurisdiction_code} if nd.jurisdiction_code else {})
            if nd.addresses:
                details["addresses"] = [{"type": "business", "address": a}
                                        for a in nd.addresses]
        if ids:
            details["identifiers"] = ids
        st = {"statementId": statement_id(f"node:{n}", date), "declarationSubject": str(n),
              "statementDate": date, "recordId": str(n), "recordType": rtype,
              "recordStatus": "new", "recordDetails": details,
              "publicationDetails": publication}
        if nd.filings:
            st["source"] = {"type": ["selfDeclaration"],
                            "description": "SEC filings: " + "; ".join(nd.filings)}
        out.append(st)
    for u, v, k, ed in edges:
        d = _edge_date(ed)
        date = d.isoformat() if d else pub
        record = ed.claim or f"{u}->{v}#{k}"
        cites = [ev.cite() + (f" ({ev.section})" if ev.section else "")
                 + (f': "{" ".join(ev.text.split())}"' if ev.text else "") for ev in ed.evidence]
        out.append({
            "statementId": statement_id(f"claim:{record}", date), "declarationSubject": str(v),
            "statementDate": date, "recordId": record, "recordType": "relationship",
            "recordStatus": "new",
            "recordDetails": {"isComponent": False, "subject": str(v), "interestedParty": str(u),
                              "interests": _interests(ed)},
            "publicationDetails": publication,
            "source": {"type": ["selfDeclaration"],
                       "description": f"{ed.form} {ed.filing}" + (
                           ": " + " | ".join(cites) if cites else "")},
        })
    return out


def write_bods(G: nx.MultiDiGraph, path: str | Path, *,
               publication_date: Optional[dt.date] = None) -> None:
    """Write ``G`` as a JSON array of BODS 0.4 statements.

    Raises
    ------
    graphkit.errors.ExportError
        If the graph breaks the contract or the file cannot be written.

    See also
    --------
    bods_statements, graphkit.exports.export_graph
    """
    text = json.dumps(bods_statements(G, publication_date=publication_date), indent=1,
                      ensure_ascii=False)
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write BODS statements ({exc.strerror})", source=str(path)
                          ) from None
