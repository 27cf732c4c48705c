"""An offline, self-contained HTML view of a graphkit graph (vis-network via pyvis).

:func:`write_html` writes one HTML file that needs no network: the vis-network script that ships
inside the ``pyvis`` package is inlined (its licence header kept without links), the page data is
embedded as JSON, and a Content-Security-Policy forbids every network request. The page offers a
top-down hierarchical layout (controllers above what they control), colours and shapes by kind
and relation with a legend read from :data:`graphkit.relations.RELATIONS`, edge labels (relation
and percent of class), tooltips and a details panel that cite the filing and quote the evidence
as plain text, a search box, filters by relation and kind, and a focus on the control path of an
issuer or the ego network of a party.

Text read from filings never becomes markup: the page builds every tooltip and panel with
``textContent``, and the embedded JSON escapes ``<``, ``>`` and ``&``.

Examples
--------
>>> import tempfile, networkx as nx
>>> from graphkit.graph import NodeData, EdgeData
>>> G = nx.MultiDiGraph()
>>> G.add_node("f", **NodeData(name="Acme Fund, L.P.", kind="organization").model_dump(mode="json"))
>>> G.add_node("i", **NodeData(name="Widget, Inc.", kind="organization").model_dump(mode="json"))
>>> G.add_edge("f", "i", key="c1", **EdgeData(relation="beneficial_owner_of", filing="a.txt",
...            form="SC 13G", percent=5.1).model_dump(mode="json"))
'c1'
>>> page = render_html(G, title="Widget")
>>> "vis.Network" in page and "http://" not in page and "https://" not in page
True
"""

from __future__ import annotations

import functools
import html
import json
import logging
import re
from collections import Counter, deque
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

import networkx as nx

from graphkit import regex_cache
from graphkit.claim_marks import CEASED, exit_mark
from graphkit.connections import ego_network
from graphkit.errors import ExportError
from graphkit.exports.contract import validated_nodes_edges
from graphkit.graph import EdgeData, NodeData, find_node
from graphkit.models import PartyKind
from graphkit.relations import CONTROL_RELATIONS, HOLDING_RELATIONS, RELATIONS

log = logging.getLogger(__name__)

#: Colours of the relations, in the order of :data:`RELATIONS` (the legend order).
RELATION_PALETTE = ("#c0392b", "#2471a3", "#7d3c98", "#a569bd", "#117a65", "#ca6f1e",
                    "#b7950b", "#5d6d7e", "#1e8449", "#922b21", "#2e4053", "#d35400")

#: How each kind of party is drawn: vis-network shape, fill colour, legend label.
KIND_STYLES: dict[PartyKind, dict[str, str]] = {
    PartyKind.PERSON: {"shape": "ellipse", "color": "#f9e79f", "border": "#b7950b",
                       "label": "person"},
    PartyKind.ORGANIZATION: {"shape": "box", "color": "#aed6f1", "border": "#2471a3",
                             "label": "organization"},
}

#: Issuers (targets of holding relations) get their own fill so the chains' ends stand out.
ISSUER_STYLE = {"shape": "box", "color": "#f5b7b1", "border": "#922b21", "label": "issuer"}

#: vis-network options: top-down hierarchy, edges from controller (above) to controlled (below).
VIEW_OPTIONS: dict = {
    "layout": {"hierarchical": {"enabled": True, "direction": "UD", "sortMethod": "directed",
                                "shakeTowards": "roots", "levelSeparation": 210,
                                "nodeSpacing": 165, "treeSpacing": 200}},
    "physics": {"enabled": False},
    "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1,
              "widthConstraint": {"maximum": 150}, "margin": 8},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
              "font": {"size": 11, "align": "middle", "strokeWidth": 3},
              "smooth": {"enabled": True, "type": "cubicBezier", "forceDirection": "vertical",
                         "roundness": 0.4}},
    "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False,
                    "keyboard": False, "multiselect": False},
}

#: Content-Security-Policy of the page: inline script and style only, no request of any kind.
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
       "img-src data:; font-src data:")

_VIS_JS = ("templates", "lib", "vis-9.1.2", "vis-network.min.js")
# The vis-network licence header (a /** ... */ block at the top naming the project's links).
_LEADING_COMMENT = regex_cache.compile(r"""\A\s*/\*.*?\*/\s*""", re.DOTALL)
# A URL scheme such as "https://", to be written with an escaped colon ("https\u003a//").
_URL_SCHEME = regex_cache.compile(r"""\b(https?):(?=//)""", re.IGNORECASE)
# Sequences that would end or confuse an inline <script> element: "</script", "<script", "<!--".
_SCRIPT_BREAK = regex_cache.compile(r"""<(?=/?script|!--)""", re.IGNORECASE)
_PLACEHOLDER = regex_cache.compile(r"""\{\{(TITLE|CSP|CSS|VIS_JS|VIEW_JS|DATA)\}\}""")

_VIS_NOTICE = ("/* vis-network 9.1.2 (bundled with the pyvis package). Copyright (c) 2011-2017 "
               "Almende B.V., (c) 2017-2019 visjs contributors. Dual licensed under the Apache "
               "License 2.0 and the MIT License; it may be distributed under either licence. */\n")


def _escape_script(text: str) -> str:
    """Make ``text`` safe to inline in a ``<script>`` element and free of URL schemes.

    Only escapes that keep JavaScript semantics are used: ``\\u003c`` for ``<`` and
    ``\\u003a`` for the colon of a URL scheme are the same characters inside string, template
    and regular-expression literals (where every such sequence of the inlined scripts sits).

    >>> _escape_script('a="http://x</script>"')
    'a="http\\\\u003a//x\\\\u003c/script>"'
    """
    text = _URL_SCHEME.sub(lambda m: m.group(1) + "\\u003a", text)
    return _SCRIPT_BREAK.sub("\\\\u003c", text)


@functools.lru_cache(maxsize=1)
def vis_script() -> str:
    """The vis-network script shipped in pyvis, ready to inline offline.

    The licence header is replaced by a notice without links; URL strings inside the code
    (an SVG namespace, core-js metadata, an error message) get an escaped colon.

    >>> s = vis_script()
    >>> "vis-network 9.1.2" in s and "http://" not in s and "https://" not in s
    True

    Raises
    ------
    graphkit.errors.ExportError
        If the script is missing from the installed pyvis.
    """
    try:
        import pyvis
        path = Path(pyvis.__file__).parent.joinpath(*_VIS_JS)
        text = path.read_text(encoding="utf-8")
    except (ImportError, OSError) as exc:
        raise ExportError(f"cannot read the vis-network script bundled with pyvis ({exc})"
                          ) from None
    return _VIS_NOTICE + _escape_script(_LEADING_COMMENT.sub("", text, count=1))


def _asset(name: str) -> str:
    return (resources.files("graphkit") / "html_assets" / name).read_text(encoding="utf-8")


def embed_json(data: object) -> str:
    """``data`` as JSON safe inside ``<script type="application/json">``.

    ``<``, ``>`` and ``&`` become ``\\u003c``..., so text from a filing can never close the
    element or become markup; URL schemes get an escaped colon so the page holds no link.

    >>> embed_json({"t": "<b>x</b> & http://a"})
    '{"t": "\\\\u003cb\\\\u003ex\\\\u003c/b\\\\u003e \\\\u0026 http\\\\u003a//a"}'
    """
    text = json.dumps(data, ensure_ascii=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return _URL_SCHEME.sub(lambda m: m.group(1) + "\\u003a", text)


# --------------------------------------------------------------------------- sub-graphs

def _resolve(G: nx.MultiDiGraph, party: str) -> str:
    if party in G:
        return party
    return find_node(G, party)


def controllers_subgraph(G: nx.MultiDiGraph, party: str) -> nx.MultiDiGraph:
    """``party`` and every party above it through control relations, with those edges.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graphkit graph.
    party : str
        Node id or name of the party (usually an issuer).

    Returns
    -------
    networkx.MultiDiGraph
        A copy holding ``party``, its upstream controllers, and the control edges among them.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("gp", "fund", relation="general_partner_of")
    0
    >>> G.add_edge("fund", "co", relation="beneficial_owner_of")
    0
    >>> G.add_edge("x", "co", relation="director_of")
    0
    >>> sorted(controllers_subgraph(G, "co"))
    ['co', 'fund', 'gp']

    Raises
    ------
    graphkit.errors.NodeNotFound
        If ``party`` names no node.

    See also
    --------
    ego_subgraph, graphkit.control.find_controllers
    """
    start = _resolve(G, party)
    keep, edges, todo = {start}, [], deque([start])
    while todo:
        v = todo.popleft()
        for u, _, k, d in G.in_edges(v, keys=True, data=True):
            if d.get("relation") in CONTROL_RELATIONS:
                edges.append((u, v, k))
                if u not in keep:
                    keep.add(u)
                    todo.append(u)
    H = G.edge_subgraph(edges).copy() if edges else G.subgraph([start]).copy()
    H.graph.update(G.graph)
    return H


def ego_subgraph(G: nx.MultiDiGraph, party: str, depth: int = 1) -> nx.MultiDiGraph:
    """The parties within ``depth`` links of ``party`` (either direction) and all their edges.

    :func:`graphkit.connections.ego_network` of the resolved party (``H.graph["ego"]`` names
    it), with a negative ``depth`` refused as a ``ValueError``.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> sorted(ego_subgraph(G, "b", 1))
    ['a', 'b', 'c']

    Raises
    ------
    graphkit.errors.NodeNotFound
        If ``party`` names no node.
    ValueError
        If ``depth`` is negative.

    See also
    --------
    controllers_subgraph, graphkit.connections.ego_network
    """
    if depth < 0:
        raise ValueError(f"depth {depth} must be 0 or more")
    return ego_network(G, _resolve(G, party), depth)


# --------------------------------------------------------------------------- page data

def _fmt_number(x: Optional[float]) -> str:
    if x is None:
        return ""
    return f"{x:,}" if isinstance(x, int) else f"{x:g}"


def _node_tip(nd: NodeData, issuer: bool) -> dict:
    lines = [f"{nd.kind.value}" + (" · issuer" if issuer else "")]
    others = [a for a in nd.aliases if a != nd.name]
    if others:
        lines.append("also written: " + "; ".join(others))
    if nd.identifiers:
        lines.append("identifiers: " + "; ".join(f"{i.scheme.value.upper()} {i.value}"
                                                  for i in nd.identifiers))
    if nd.jurisdiction:
        code = f" ({nd.jurisdiction_code})" if nd.jurisdiction_code else ""
        lines.append(f"jurisdiction: {nd.jurisdiction}{code}")
    for a in nd.addresses[:2]:
        lines.append(f"address: {a}")
    if nd.filings:
        lines.append("filings: " + "; ".join(nd.filings))
    if nd.merges:
        lines.append(f"merged from {len(nd.merges) + 1} mentions")
    return {"title": nd.name, "lines": lines, "quotes": [],
            "details": [f"merge: {m}" for m in nd.merges]}


def _edge_label(ed: EdgeData) -> str:
    label = RELATIONS[ed.relation].label
    if ed.percent is not None:
        label += f"\n{ed.percent:g}%"
    return label


def _edge_tip(ed: EdgeData, src: str, dst: str) -> dict:
    lines = []
    if ed.shares is not None or ed.percent is not None:
        parts = []
        if ed.shares is not None:
            parts.append(f"{_fmt_number(ed.shares)} shares")
        if ed.percent is not None:
            parts.append(f"{ed.percent:g}% of class")
        lines.append(" · ".join(parts))
    powers = [(n, getattr(ed, n)) for n in ("sole_voting", "shared_voting", "sole_dispositive",
                                             "shared_dispositive") if getattr(ed, n) is not None]
    if powers:
        lines.append("powers: " + "; ".join(f"{n.replace('_', ' ')} {_fmt_number(v)}"
                                             for n, v in powers))
    if ed.security_class:
        lines.append(f"class: {ed.security_class}")
    if ed.title:
        lines.append(f"title: {ed.title}")
    if ed.as_of:
        lines.append(f"as of {ed.as_of.isoformat()}")
    if ed.disclaims:
        lines.append("the holder disclaims beneficial ownership" + (
            " of part of the holding" if ed.disclaims_in_part else ""))
    mark = exit_mark(ed.form, shares=ed.shares, percent=ed.percent,
                     ceased=ed.ceased_five_percent, ended=ed.ended)
    if mark == CEASED:
        lines.append("exit filing: the holder ceased to own more than 5% of the class")
    elif mark and ed.ceased_five_percent:  # a Form 4/5 ending the holding
        lines.append(f"exit filing: {mark}")
    if ed.ended:
        lines.append("ended: the insider is no longer subject to Section 16")
    if ed.note:
        lines.append(f"note: {ed.note}")
    lines.append(f"source: {ed.form}, {ed.filing}" + (f" (filed {ed.filed.isoformat()})"
                                                       if ed.filed else ""))
    quotes = [{"cite": ev.cite() + (f", {ev.section}" if ev.section else ""), "text": ev.text}
              for ev in ed.evidence if ev.text]
    details = [f"read: {r.field} = {r.value!r} from “{r.raw}”"
               + (f" ({r.method})" if r.repaired else "") for r in ed.readings]
    return {"title": f"{src} → {RELATIONS[ed.relation].label} → {dst}", "lines": lines,
            "quotes": quotes, "details": details + ([f"claim {ed.claim}"] if ed.claim else [])}


def _issuers(G: nx.MultiDiGraph) -> set[str]:
    return {v for _, v, d in G.edges(data=True) if d.get("relation") in HOLDING_RELATIONS}


def view_data(G: nx.MultiDiGraph, *, title: Optional[str] = None,
              highlight_issuer: Optional[str] = None) -> dict:
    """The data the page renders: vis nodes, edges and options (made with pyvis), legend rows.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p", **NodeData(name="Jane Roe", kind="person").model_dump(mode="json"))
    >>> G.add_node("c", **NodeData(name="Widget, Inc.", kind="organization").model_dump(mode="json"))
    >>> G.add_edge("p", "c", **EdgeData(relation="director_of", filing="d.txt", form="D"
    ...            ).model_dump(mode="json"))
    0
    >>> d = view_data(G)
    >>> [n["label"] for n in d["nodes"]], d["edges"][0]["label"]
    (['Jane Roe', 'Widget, Inc.'], 'director of')
    >>> [r["label"] for r in d["relations"]]
    ['director of']

    Raises
    ------
    graphkit.errors.ExportError
        If a node or edge breaks the graph contract.
    graphkit.errors.NodeNotFound
        If ``highlight_issuer`` names no node.

    See also
    --------
    render_html, write_html
    """
    from pyvis.network import Network

    net = Network(directed=True, height="100%", width="100%")
    issuers = _issuers(G)
    names: dict[str, str] = {}
    kind_count: Counter = Counter()
    parties, claims = validated_nodes_edges(G)
    for n, nd in parties:
        names[n] = nd.name
        group = "issuer" if n in issuers and nd.kind == PartyKind.ORGANIZATION else nd.kind.value
        style = ISSUER_STYLE if group == "issuer" else KIND_STYLES[nd.kind]
        kind_count[group] += 1
        net.add_node(str(n), label=nd.name, shape=style["shape"],
                     color={"background": style["color"], "border": style["border"]},
                     kind=nd.kind.value, group_name=group, search=[nd.name, *nd.aliases],
                     tip=_node_tip(nd, n in issuers))
    colours = dict(zip(RELATIONS, RELATION_PALETTE))
    rel_count: Counter = Counter()
    pair_seen: Counter = Counter()
    for i, (u, v, k, ed) in enumerate(claims):
        rel_count[ed.relation] += 1
        pair = tuple(sorted((str(u), str(v))))
        nth = pair_seen[pair]
        pair_seen[pair] += 1
        extra = {}
        if nth:  # parallel claims between one pair: bend each a little more
            extra["smooth"] = {"enabled": True, "type": "curvedCW" if nth % 2 else "curvedCCW",
                               "roundness": 0.12 * ((nth + 1) // 2)}
        net.add_edge(str(u), str(v), id=f"e{i}", label=_edge_label(ed),
                     color={"color": colours.get(ed.relation, "#555555")},
                     relation=ed.relation.value, claim=str(k),
                     control=ed.relation in CONTROL_RELATIONS,
                     tip=_edge_tip(ed, names[u], names[v]), **extra)
    net.options = VIEW_OPTIONS
    nodes, edges, _, _, _, options = net.get_network_data()
    highlight = _resolve(G, highlight_issuer) if highlight_issuer else None
    kinds = [{"id": k, "label": s["label"], "shape": s["shape"], "color": s["color"],
              "border": s["border"], "count": kind_count[k]}
             for k, s in [(k.value, KIND_STYLES[k]) for k in PartyKind] + [("issuer", ISSUER_STYLE)]
             if kind_count[k]]
    relations = [{"id": r.value, "label": s.label, "description": s.description,
                  "color": colours[r], "control": s.control, "count": rel_count[r]}
                 for r, s in RELATIONS.items() if rel_count[r]]
    return {"title": title or "graphkit graph", "nodes": nodes, "edges": edges,
            "options": json.loads(options), "kinds": kinds, "relations": relations,
            "controlRelations": sorted(r.value for r in CONTROL_RELATIONS),
            "highlight": str(highlight) if highlight is not None else None,
            "counts": {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}}


def render_html(G: nx.MultiDiGraph, *, title: Optional[str] = None,
                highlight_issuer: Optional[str] = None) -> str:
    """The complete offline HTML page for ``G`` as a string (see :func:`write_html`).

    >>> page = render_html(nx.MultiDiGraph(), title="<empty>")
    >>> "<title>&lt;empty&gt;</title>" in page
    True

    Raises
    ------
    graphkit.errors.ExportError
        If a node or edge breaks the graph contract.

    See also
    --------
    write_html, view_data
    """
    data = view_data(G, title=title, highlight_issuer=highlight_issuer)
    parts = {"TITLE": html.escape(data["title"]), "CSP": html.escape(CSP),
             "CSS": _asset("view.css"), "VIS_JS": vis_script(),
             "VIEW_JS": _escape_script(_asset("view.js")), "DATA": embed_json(data)}
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _asset("view.html"))


def write_html(G: nx.MultiDiGraph, path: str | Path, *, title: Optional[str] = None,
               highlight_issuer: Optional[str] = None) -> Path:
    """Write an offline, interactive HTML view of ``G`` to ``path`` and return the path.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graphkit graph (nodes with :class:`~graphkit.graph.NodeData`, edges with
        :class:`~graphkit.graph.EdgeData` attributes).
    path : str or Path
        The HTML file to write.
    title : str, optional
        Page title (default "graphkit graph").
    highlight_issuer : str, optional
        Node id or name whose control path is highlighted when the page opens.

    Examples
    --------
    >>> import tempfile, os
    >>> out = write_html(nx.MultiDiGraph(), os.path.join(tempfile.mkdtemp(), "g.html"))
    >>> out.name, out.stat().st_size > 100_000
    ('g.html', True)

    Raises
    ------
    graphkit.errors.ExportError
        If the graph breaks the contract or the file cannot be written.
    graphkit.errors.NodeNotFound
        If ``highlight_issuer`` names no node.

    See also
    --------
    controllers_subgraph, ego_subgraph, graphkit.exports.export_graph
    """
    page = render_html(G, title=title, highlight_issuer=highlight_issuer)
    p = Path(path)
    try:
        p.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write the HTML view ({exc.strerror})", source=str(p)) from None
    log.info("wrote %s (%d nodes, %d edges)", p, G.number_of_nodes(), G.number_of_edges())
    return p


__all__: Iterable[str] = ["write_html", "render_html", "view_data", "controllers_subgraph",
                          "ego_subgraph", "vis_script", "embed_json"]
