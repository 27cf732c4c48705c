"""The graph as of a date: which claims were valid then, and a holder's stake over time.

A claim speaks from its date (``as_of``, the event date; else ``filed``) until a later filing
replaces it. The rules, declared in :data:`FORM_FAMILIES`:

* **Supersession.** A later filing of the same form family by the same holder about the same
  issuer supersedes the earlier one (an amendment SC 13G/A replaces the SC 13G; a Schedule 13D
  replaces a 13G, since a holder who stops being passive switches from 13G to 13D). Two claims
  are compared on (date, filing date, amendment or not); claims of the same filing never
  supersede each other, and two filings that tie stay side by side. Relationship claims (general
  partner, member...) are superseded the same way, by a later claim of the same relation between
  the same parties: a later filing's silence does not end them (a parser may miss a paragraph,
  and dropping a general partner link would make joint filers' reports look like new shares).
* **Expiry.** A Form D speaks for one offering, and an ongoing offering must be amended at least
  once a year (Rule 503), so a Form D's officers, directors and promoters not renewed within a
  year are no longer current. Its control relations (a fund's general partner, the managing
  members of that partner, its investment manager) last until superseded: a closed fund files
  no more amendments, and its last Form D stays the latest word on who runs it.
  Schedules 13D/13G and Forms 3/4/5 stay current until superseded.
* **End.** A Form 3/4/5 whose insider is no longer subject to Section 16 (its box checked)
  reports an office that has ended (``ended``): its claim is not current, and it ends every
  claim of an insider's relation (director, officer, ten percent owner: :func:`_insider`)
  between the same two parties dated on or before it, of any form, whichever boxes the exit
  form ticks; the insider drops out from its date (a later claim starts the office again).

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_nodes_from([("f", {"name": "Acme Fund", "kind": "organization"}),
...                   ("i", {"name": "Widget", "kind": "organization"})])
>>> for key, form, day, pct in [("c1", "SC 13G", "2012-12-31", 5.0),
...                             ("c2", "SC 13G/A", "2013-12-31", 7.5)]:
...     _ = G.add_edge("f", "i", key=key, relation="beneficial_owner_of", filing=key + ".txt",
...                    form=form, percent=pct, as_of=day)
>>> [k for _, _, k in graph_as_of(G, "2013-06-30").edges(keys=True)]
['c1']
>>> [k for _, _, k in graph_as_of(G, "2014-01-31").edges(keys=True)]
['c2']
>>> [(e.claim.percent, e.change_percent) for e in stake_history(G, "f", "i").entries]
[(5.0, None), (7.5, 2.5)]
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import defaultdict
from typing import Optional

import networkx as nx
from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.answers import ClaimRef, PartyRef, StakeEntry, StakeHistory
from graphkit.errors import GraphError
from graphkit.graph import find_node
from graphkit.relations import CONTROL_RELATIONS, HOLDING_RELATIONS, TEN_PERCENT_NOTE, Relation
from graphkit.carried_lines import carried_lines, own_line, standing_statements
from graphkit.table_lines import line_key, other_security, security_key, title_key

log = logging.getLogger(__name__)


class FormFamily(BaseModel):
    """A group of forms whose later filings replace earlier ones."""

    model_config = ConfigDict(frozen=True)

    name: str
    forms: tuple[str, ...]  # base forms without "SC " and "/A"
    valid_days: Optional[int]  # None: current until superseded
    why: str
    lasting: frozenset[str] = frozenset()  # relations ``valid_days`` does not end


#: The relations of a Form D that last until superseded: control of the issuer's structure
#: (general partner, managing member, member, investment manager, trustee, parent), not the
#: offering's officers, directors and promoters
FORM_D_LASTING = frozenset(r.value for r in CONTROL_RELATIONS - HOLDING_RELATIONS)


#: Form families, declared once (see the module docstring).
FORM_FAMILIES: tuple[FormFamily, ...] = (
    FormFamily(name="schedule_13d_13g", forms=("13D", "13G"), valid_days=None,
               why="a 13D/13G stays current until amended; a 13D replaces a passive 13G"),
    FormFamily(name="form_d", forms=("D",), valid_days=366,
               why="Rule 503: an ongoing offering is amended at least yearly",
               lasting=FORM_D_LASTING),
    FormFamily(name="forms_3_4_5", forms=("3", "4", "5"), valid_days=None,
               why="insider reports stay current until the next one"),
)

#: "SC 13G/A", "SCHEDULE 13D", "D/A", "4/A": optional prefix, base form, optional /A
FORM_NAME = regex_cache.compile(r"""
    ^\s*(?:SC|SCHEDULE|FORM)?\s*   # "SC 13G" / "SCHEDULE 13D" / "Form D"
    (?P<base>[0-9A-Z-]+?)          # 13G, D, 4
    \s*(?P<amend>/\s*A)?\s*$       # "/A" marks an amendment
""", re.VERBOSE | re.IGNORECASE)


def form_family(form: str) -> tuple[str, bool, Optional[int]]:
    """``(family name, is amendment, days valid or None)`` of a form as the SEC writes it.

    >>> form_family("SC 13G/A")
    ('schedule_13d_13g', True, None)
    >>> form_family("D")
    ('form_d', False, 366)
    >>> form_family("10-K")
    ('10-K', False, None)

    Raises
    ------
    Nothing: unknown forms are their own family.

    See also
    --------
    FORM_FAMILIES
    """
    m = FORM_NAME.match(form or "")
    base = (m.group("base") if m else (form or "")).upper()
    amend = bool(m and m.group("amend"))
    for fam in FORM_FAMILIES:
        if base in fam.forms:
            return fam.name, amend, fam.valid_days
    return base or "unknown", amend, None


def _later_form_d(G: nx.MultiDiGraph, cutoff: dt.date) -> dict[str, str]:
    """Each Form D filing of ``G`` mapped to a later Form D of the same issuer dated on or
    before ``cutoff``: that one restates the whole list of related persons, so a general
    partner the earlier one named and it does not is no longer current. A filing's issuer is
    the issuer node (``G.graph["issuers"]``) its claims point at."""
    issuers = G.graph.get("issuers") or {}
    of: dict[str, tuple[str, dt.date]] = {}  # filing -> (issuer, date)
    for _, v, d in G.edges(data=True):
        if form_family(d.get("form", ""))[0] == "form_d" and v in issuers and \
                (when := claim_date(d)) is not None and when <= cutoff:
            of.setdefault(d.get("filing", ""), (v, when))
    latest: dict[str, tuple[dt.date, str]] = {}  # issuer -> (date, filing) of its last Form D
    for filing, (issuer, when) in of.items():
        if issuer not in latest or when > latest[issuer][0]:
            latest[issuer] = (when, filing)
    return {filing: latest[issuer][1] for filing, (issuer, when) in of.items()
            if when < latest[issuer][0]}


def _lasting(form: str) -> frozenset[str]:
    """The relations of ``form``'s family that its validity does not end (:data:`FORM_D_LASTING`
    for a Form D).

    >>> "general_partner_of" in _lasting("D/A"), "director_of" in _lasting("D")
    (True, False)
    """
    name = form_family(form)[0]
    return next((f.lasting for f in FORM_FAMILIES if f.name == name), frozenset())


def to_date(value: dt.date | str | None) -> Optional[dt.date]:
    """A date from a ``date`` or an ISO string (``None`` stays ``None``).

    >>> to_date("2013-12-31")
    datetime.date(2013, 12, 31)

    Raises
    ------
    GraphError
        If ``value`` is a string that is not an ISO date.

    See also
    --------
    claim_date
    """
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise GraphError(f"date {value!r} is not an ISO date (YYYY-MM-DD)") from None


def claim_date(attrs: dict) -> Optional[dt.date]:
    """The date an edge speaks for: ``as_of``, else ``filed``.

    >>> claim_date({"as_of": None, "filed": "2014-02-14"})
    datetime.date(2014, 2, 14)

    Raises
    ------
    GraphError
        If the stored date is not ISO.

    See also
    --------
    to_date
    """
    return to_date(attrs.get("as_of")) or to_date(attrs.get("filed"))


def _order(attrs: dict) -> tuple:
    _, amend, _ = form_family(attrs.get("form", ""))
    return (claim_date(attrs) or dt.date.min, to_date(attrs.get("filed")) or dt.date.min, amend)


Edge = tuple[str, str, str]


def superseded_claims(G: nx.MultiDiGraph, date: dt.date | str | None = None
                      ) -> dict[Edge, Edge]:
    """Each superseded edge ``(u, v, key)`` mapped to the edge that supersedes it.

    Only claims dated on or before ``date`` (all claims when None) take part.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("f", "i", key="a", relation="beneficial_owner_of", filing="a.txt",
    ...                form="SC 13G", as_of="2012-12-31")
    >>> _ = G.add_edge("f", "i", key="b", relation="beneficial_owner_of", filing="b.txt",
    ...                form="SC 13G/A", as_of="2013-12-31")
    >>> superseded_claims(G)
    {('f', 'i', 'a'): ('f', 'i', 'b')}

    Raises
    ------
    GraphError
        If a stored date is not ISO.

    See also
    --------
    graph_as_of
    """
    cutoff = to_date(date)
    groups: dict[tuple, list[tuple[Edge, dict]]] = defaultdict(list)
    for u, v, k, d in G.edges(keys=True, data=True):
        when = claim_date(d)
        if cutoff is not None and when is not None and when > cutoff:
            continue
        fam, _, _ = form_family(d.get("form", ""))
        groups[(u, v, d.get("relation"), fam, d.get("security_class"))].append(((u, v, k), d))
    out: dict[Edge, Edge] = {}
    for claims in groups.values():
        if len(claims) < 2:
            continue
        claims.sort(key=lambda c: _order(c[1]))
        newest_edge, newest = claims[-1]
        # the lines of a 4/A's original that it does not restate still stand
        standing = {edge[2] for edge, _ in claims} & {k for k, _ in carried_lines(
            [(edge[2], d) for edge, d in claims], (newest_edge[2], newest))}
        for edge, d in claims[:-1]:
            # a record holder's claim to an owner's line stands while the owner's does
            if (d.get("filing") != newest.get("filing") and _order(d) < _order(newest)
                    and edge[2] not in standing and (line_key(d) is None or own_line(d))):
                out[edge] = newest_edge
    return out


_HOLDING = {r.value for r in HOLDING_RELATIONS}


def graph_as_of(G: nx.MultiDiGraph, date: dt.date | str, *, expire: bool = True,
                keep_undated: bool = False) -> nx.MultiDiGraph:
    """A copy of ``G`` keeping only the claims valid on ``date``.

    A claim is valid when it is dated on or before ``date``, is not superseded by a later filing
    of the same family (see :func:`superseded_claims`), does not report the relation's end
    (``ended``) and, with ``expire``, its family's validity (a year for Form D) has not run
    out. Undated claims are dropped unless ``keep_undated``: a claim that cannot be placed in
    time is no evidence for that date. Every node is kept; ``G.graph["as_of"]`` records the
    date.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("p", "i", key="d1", relation="director_of", filing="d.txt", form="D",
    ...                as_of="2003-11-28")
    >>> graph_as_of(G, "2004-06-30").number_of_edges(), graph_as_of(G, "2013-12-31").number_of_edges()
    (1, 0)
    >>> _ = G.add_edge("g", "i", key="d2", relation="general_partner_of", filing="d.txt",
    ...                form="D", as_of="2003-11-28")
    >>> [k for _, _, k in graph_as_of(G, "2013-12-31").edges(keys=True)]   # a GP lasts
    ['d2']
    >>> G.graph["issuers"] = {"i": ["2003-11-28", "2006-01-10"]}
    >>> _ = G.add_edge("h", "i", key="d3", relation="general_partner_of", filing="e.txt",
    ...                form="D/A", as_of="2006-01-10")   # ... until a later D/A names another
    >>> [k for _, _, k in graph_as_of(G, "2013-12-31").edges(keys=True)]
    ['d3']
    >>> H = nx.MultiDiGraph()   # an officer, then a Form 4 after leaving office
    >>> _ = H.add_edge("p", "i", key="f3", relation="officer_of", filing="a.xml", form="3",
    ...                as_of="2020-01-02")
    >>> _ = H.add_edge("p", "i", key="f4", relation="officer_of", filing="b.xml", form="4",
    ...                as_of="2026-06-26", ended=True)
    >>> [[k for _, _, k in graph_as_of(H, day).edges(keys=True)]
    ...  for day in ("2025-12-31", "2026-07-01")]
    [['f3'], []]

    Raises
    ------
    GraphError
        If ``date`` or a stored date is not ISO.

    See also
    --------
    superseded_claims, stake_history
    """
    cutoff = to_date(date)
    if cutoff is None:
        raise GraphError("graph_as_of needs a date")
    gone = superseded_claims(G, cutoff)
    exits = _exits(G, cutoff)
    restated = _later_form_d(G, cutoff) if expire else {}
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.graph["as_of"] = cutoff.isoformat()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, k, d in G.edges(keys=True, data=True):
        when = claim_date(d)
        if d.get("ended"):
            continue  # an insider's exit: no relation stands on it
        if when is None:
            if keep_undated:
                H.add_edge(u, v, key=k, **d)
            continue
        if when > cutoff or (u, v, k) in gone or (
                _insider(d) and (u, v) in exits and when <= exits[(u, v)]):
            continue  # superseded, or an insider's relation ended by a later exit
        _, _, days = form_family(d.get("form", ""))
        if expire and days is not None and (cutoff - when).days > days and (
                d.get("relation") not in _lasting(d.get("form", ""))
                or restated.get(d.get("filing")) is not None):
            continue  # a lasting relation ends too when a later Form D of its issuer is silent
        H.add_edge(u, v, key=k, **d)
    log.info("as of %s: %d of %d claims valid", cutoff, H.number_of_edges(), G.number_of_edges())
    return H


def _insider(attrs: dict) -> bool:
    """Whether an edge is an insider's relation that leaving Section 16 ends: director,
    officer, or a Form 3/4/5 ten percent owner box (a holding of shares never ends so).

    >>> _insider({"relation": "director_of"}), _insider({"relation": "beneficial_owner_of",
    ...     "note": "ten percent owner", "form": "4"}), _insider({"relation":
    ...     "beneficial_owner_of", "shares": 10, "form": "4"})
    (True, True, False)
    """
    rel = attrs.get("relation")
    if rel in ("director_of", "officer_of"):
        return True
    return rel == "beneficial_owner_of" and attrs.get("shares") is None and \
        form_family(attrs.get("form", ""))[0] == "forms_3_4_5" and \
        (attrs.get("note") or "").startswith(TEN_PERCENT_NOTE)


def _exits(G: nx.MultiDiGraph, cutoff: dt.date) -> dict[tuple[str, str], dt.date]:
    """The latest insider's exit (an ``ended`` claim dated on or before ``cutoff``) of each
    (insider, issuer) pair."""
    out: dict[tuple[str, str], dt.date] = {}
    for u, v, d in G.edges(data=True):
        if d.get("ended") and (when := claim_date(d)) is not None and when <= cutoff:
            out[(u, v)] = max(when, out.get((u, v), when))
    return out


def stake_history(G: nx.MultiDiGraph, holder: str, issuer: str) -> StakeHistory:
    """Every filing's statement of ``holder``'s stake in ``issuer``, oldest first (a Form 4's
    lines of one security as one statement, their sum: :func:`graphkit.table_lines.per_filing`).

    Each entry gives the claim (filing, form, dates, shares, percent, evidence), the change from
    the previous entry of the same security that states the same number, and the later claim of
    the same form family and security that supersedes it (a later Form 4 of the common stock
    alone leaves an earlier filing's preferred stock standing). A Form 4's entry is the sum of
    its lines of one security, never of two (a 4/A's with the lines of its original it does
    not restate: :mod:`graphkit.carried_lines`); a filing's common stock comes before its other
    securities, and each entry names its security when they are several or one is no common stock
    (:func:`several_securities`: "Class C Stock Units" are no shares held).
    ``holder`` and ``issuer`` may be node ids or names.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("f", {"name": "Acme Fund", "kind": "organization"}),
    ...                   ("i", {"name": "Widget", "kind": "organization"})])
    >>> _ = G.add_edge("f", "i", key="a", relation="beneficial_owner_of", filing="a.txt",
    ...                form="SC 13G", shares=100, as_of="2012-12-31")
    >>> _ = G.add_edge("f", "i", key="b", relation="beneficial_owner_of", filing="b.txt",
    ...                form="SC 13G/A", shares=80, as_of="2013-12-31")
    >>> [(e.claim.shares, e.change_shares, e.superseded_by) for e in stake_history(
    ...     G, "Acme Fund", "Widget").entries]
    [(100, None, 'b'), (80, -20, None)]

    Raises
    ------
    graphkit.errors.NodeNotFound
        If ``holder`` or ``issuer`` names no node.

    See also
    --------
    graph_as_of
    """
    h, i = find_node(G, holder), find_node(G, issuer)
    data = G.get_edge_data(h, i) or {}
    claims = standing_statements([(k, d) for k, d in data.items()
                                  if d.get("relation") in _HOLDING])
    claims.sort(key=lambda kd: (_order(kd[1]), kd[1].get("filing", ""),
                                other_security(kd[1].get("security_class")), kd[0]))
    labelled = several_securities([d.get("security_class") for _, d in claims])
    entries: list[StakeEntry] = []
    prev: dict[tuple, tuple] = {}  # per security: the last shares and percent stated
    for n, (k, d) in enumerate(claims):
        fam = form_family(d.get("form", ""))[0]
        security = security_key(d.get("security_class"))
        later = next((k2 for k2, d2 in claims[n + 1:]
                      if form_family(d2.get("form", ""))[0] == fam
                      and security_key(d2.get("security_class")) == security
                      and d2.get("filing") != d.get("filing") and _order(d2) > _order(d)), None)
        ref = ClaimRef.of(k, d)
        prev_shares, prev_pct = prev.get(security, (None, None))
        entries.append(StakeEntry(
            claim=ref, superseded_by=later, security=ref.security_class if labelled else None,
            change_shares=(ref.shares - prev_shares
                           if ref.shares is not None and prev_shares is not None else None),
            change_percent=(round(ref.percent - prev_pct, 4)
                            if ref.percent is not None and prev_pct is not None else None)))
        prev[security] = (ref.shares if ref.shares is not None else prev_shares,
                          ref.percent if ref.percent is not None else prev_pct)
    return StakeHistory(holder=PartyRef.of(G, h), issuer=PartyRef.of(G, i), entries=entries)


def several_securities(titles: list[Optional[str]]) -> bool:
    """Whether a holding stated under ``titles`` (security titles as filed; None when a claim
    names none) is of several securities, or of one that is no common stock
    (:func:`graphkit.table_lines.other_security`): then a stake's history names the security
    of each entry.

    >>> several_securities(["Common Stock", "COMMON STOCK (1)", None])
    False
    >>> several_securities(["Class C Capital Stock", "Class C Stock Units"])
    True
    >>> several_securities(["Series A Preferred Stock"])
    True
    """
    named = [t for t in titles if t]
    return len({title_key(t) for t in named}) > 1 or any(other_security(t) for t in named)


def relation_of(attrs: dict) -> Relation:
    """The :class:`Relation` of an edge's attributes.

    >>> relation_of({"relation": "member_of"}).value
    'member_of'

    Raises
    ------
    ValueError
        If the relation is not declared in :mod:`graphkit.relations`.

    See also
    --------
    graphkit.relations.RELATIONS
    """
    return Relation(attrs.get("relation"))
