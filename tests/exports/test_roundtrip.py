"""GraphML, GEXF and node-link exports read back with networkx: same nodes, edges, values."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.exports import export_graph
from graphkit.exports.flat import EDGE_TYPES, NODE_TYPES
from graphkit.graph import EdgeData, NodeData, graph_to_json
from tests.fixtures.view_graphs import HOSTILE

GML = "{http://graphml.graphdrawing.org/xmlns}"


def _edge_keys(G):
    return sorted((str(u), str(v), str(k)) for u, v, k in G.edges(keys=True))


def _check_values(G, H):
    """Key attributes of every node and edge of G survive in H (flat types)."""
    for n, d in G.nodes(data=True):
        assert H.nodes[n]["name"] == d["name"] and H.nodes[n]["kind"] == d["kind"]
        if d["aliases"]:
            assert H.nodes[n]["aliases"] == "; ".join(" ".join(a.split()) for a in d["aliases"])
    for u, v, k, d in G.edges(keys=True, data=True):
        h = H.edges[u, v, k]
        assert h["relation"] == d["relation"] and h["filing"] == d["filing"]
        for name in ("shares", "percent", "as_of", "disclaims"):
            if d.get(name) is None:
                assert name not in h
            else:
                assert h[name] == d[name]
                assert type(h[name]) is {"long": int, "double": float, "string": str,
                                         "boolean": bool}[EDGE_TYPES[name]]


def test_graphml_round_trip(gold, tmp_path):
    path = export_graph(gold, "graphml", tmp_path / "g.graphml")
    H = nx.read_graphml(path, force_multigraph=True)
    assert isinstance(H, nx.MultiDiGraph)
    assert sorted(H) == sorted(gold) and _edge_keys(H) == _edge_keys(gold)
    _check_values(gold, H)
    assert H.edges["tcmv", "qualys", "000_ef32b5b89d46cac3.txt#bo-tcmv"]["shares"] == 6288626
    assert H.nodes["qualys"]["identifiers"] == "cusip:74758T303"


def test_graphml_is_gephi_friendly(gold, tmp_path):
    """One declared type per attribute, no empty or 'None' values, 64-bit share counts."""
    path = export_graph(gold, "graphml", tmp_path / "g.graphml")
    root = ET.parse(path).getroot()
    keys = {k.get("id"): (k.get("for"), k.get("attr.name"), k.get("attr.type"))
            for k in root.iter(f"{GML}key")}
    names = [(f, n) for f, n, _ in keys.values()]
    assert len(names) == len(set(names))  # one key (so one type) per attribute
    assert keys["e_shares"][2] == "long" and keys["e_percent"][2] == "double"
    assert keys["e_disclaims"][2] == "boolean" and keys["e_as_of"][2] == "string"
    for data in root.iter(f"{GML}data"):
        assert data.text and data.text.strip() and data.text != "None"
        if keys[data.get("key")][2] in ("long", "double"):
            float(data.text)
    text = path.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text and "<script>" not in text


def test_graphml_keeps_hostile_text(tiny, tmp_path):
    H = nx.read_graphml(export_graph(tiny, "graphml", tmp_path / "t.graphml"),
                        force_multigraph=True)
    assert HOSTILE in H.edges["f", "i", "c2"]["evidence"]
    assert H.edges["f", "i", "c2"]["shares"] == 5_000_000_000  # past 2**31
    assert H.edges["f", "i", "c2"]["percent"] == 7.0


def test_gexf_round_trip(gold, tmp_path):
    path = export_graph(gold, "gexf", tmp_path / "g.gexf")
    H = nx.read_gexf(path)
    assert isinstance(H, nx.MultiDiGraph)
    assert sorted(H) == sorted(gold)
    assert sorted((u, v, d["claim"]) for u, v, d in H.edges(data=True)) == _edge_keys(gold)
    by_claim = {d["claim"]: d for _, _, d in H.edges(data=True)}
    for u, v, k, d in gold.edges(keys=True, data=True):
        h = by_claim[k]
        assert h["relation"] == d["relation"]
        for name in ("shares", "percent", "as_of"):
            assert h.get(name) == d.get(name)
    assert H.nodes["tcmv"]["label"] == "Trident Capital Management-V, L.L.C."
    text = path.read_text(encoding="utf-8")
    assert 'title="shares" type="long"' in text and 'title="percent" type="double"' in text
    assert ">None<" not in text and '"None"' not in text


def test_nodelink_round_trip(gold, tmp_path):
    path = export_graph(gold, "nodelink", tmp_path / "g.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == json.loads(json.dumps(graph_to_json(gold)))
    H = nx.node_link_graph(data, edges="edges")
    assert _edge_keys(H) == _edge_keys(gold)
    for u, v, k, d in gold.edges(keys=True, data=True):
        assert EdgeData.model_validate(H.edges[u, v, k]) == EdgeData.model_validate(d)


# --- property: any contract-valid graph round-trips through GraphML and node-link ---------

_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20
                ).filter(lambda s: s.strip())


@st.composite
def graphs(draw):
    G = nx.MultiDiGraph()
    n = draw(st.integers(1, 5))
    for i in range(n):
        G.add_node(f"n{i}", **NodeData(
            name=" ".join(draw(_text).split()), kind=draw(st.sampled_from(["person",
                                                                            "organization"])),
            aliases=[" ".join(a.split()) for a in draw(st.lists(_text, max_size=2))]
        ).model_dump(mode="json"))
    for j in range(draw(st.integers(0, 6))):
        u, v = draw(st.integers(0, n - 1)), draw(st.integers(0, n - 1))
        G.add_edge(f"n{u}", f"n{v}", key=f"c{j}", **EdgeData(
            relation=draw(st.sampled_from(["beneficial_owner_of", "member_of", "officer_of"])),
            filing="f.txt", form="SC 13D", claim=f"c{j}",
            shares=draw(st.none() | st.integers(0, 10**12)),
            percent=draw(st.none() | st.floats(0, 100, allow_nan=False)),
            disclaims=draw(st.none() | st.booleans()),
            evidence=[{"source": "f.txt", "line": 1, "text": draw(_text)}],
        ).model_dump(mode="json"))
    return G


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(G=graphs())
def test_exports_round_trip_property(G, tmp_path):
    H = nx.read_graphml(export_graph(G, "graphml", tmp_path / "p.graphml"),
                        force_multigraph=True)
    assert sorted(H) == sorted(G) and _edge_keys(H) == _edge_keys(G)
    _check_values(G, H)
    J = nx.node_link_graph(json.loads(export_graph(G, "nodelink", tmp_path / "p.json")
                                      .read_text(encoding="utf-8")), edges="edges")
    assert _edge_keys(J) == _edge_keys(G)


def test_unknown_format_is_an_export_error(gold, tmp_path):
    from graphkit.errors import ExportError
    with pytest.raises(ExportError, match="unknown export format 'xlsx'"):
        export_graph(gold, "xlsx", tmp_path / "x")


def test_flat_types_cover_the_contract():
    assert set(NODE_TYPES) >= {"name", "kind", "aliases", "identifiers"}
    assert {"shares", "percent", "as_of", "evidence"} <= set(EDGE_TYPES)
