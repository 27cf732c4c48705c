"""The graph contract: building from records, graph.json round trip, loading errors."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from graphkit.errors import GraphError, NodeNotFound
from graphkit.graph import (
    EdgeData, NodeData, build_graph, find_node, iter_edges, read_graph, write_graph,
)
from graphkit.parse import parse_path
from tests.conftest import SEED_13G


@pytest.fixture(scope="module")
def seed_graph():
    return build_graph(parse_path(SEED_13G).records)


def test_nodes_and_edges_follow_the_contract(seed_graph):
    G = seed_graph
    assert isinstance(G, nx.MultiDiGraph)
    for n in G.nodes:
        nd = NodeData.model_validate(G.nodes[n])
        assert nd.name and nd.aliases and nd.kind.value in {"person", "organization"}
        assert len(nd.mentions) == len(nd.mention_names)
    for u, v, key, ed in iter_edges(G):
        assert u in G and v in G and key == ed.claim
        assert ed.filing == str(SEED_13G) and ed.form == "SC 13G"
        assert ed.evidence and all(ev.source == str(SEED_13G) for ev in ed.evidence)


def test_thirteen_g_edges_carry_numbers_from_the_filing(seed_graph):
    G = seed_graph
    fund = find_node(G, "Trident Capital Fund-V, L.P.")
    issuer = find_node(G, "Qualys, Inc.")
    (data,) = [d for d in G.get_edge_data(fund, issuer).values()]
    assert (data["shares"], data["percent"], data["as_of"]) == (5639301, 17.42, "2013-12-31")
    assert (data["sole_voting"], data["shared_voting"]) == (5639301, 0)
    raws = {r["raw"].strip() for r in data["readings"]}
    assert "5.639,301" in raws  # the OCR-damaged cell is kept beside the repaired value


def test_defined_terms_find_their_node(seed_graph):
    assert find_node(seed_graph, "TCMV") == find_node(seed_graph,
                                                       "Trident Capital Management-V, L.L.C.")
    with pytest.raises(NodeNotFound, match="Nobody Such"):
        find_node(seed_graph, "Nobody Such Holdings Ltd")


def test_graph_json_round_trip(seed_graph, tmp_path):
    path = write_graph(seed_graph, tmp_path / "graph.json")
    data = json.loads(path.read_text())
    assert set(data) >= {"nodes", "edges", "graph", "directed", "multigraph"}
    edge = data["edges"][0]
    assert edge["source"] in seed_graph and edge["target"] in seed_graph  # node ids, not files
    G2 = read_graph(path)
    assert sorted(G2.nodes) == sorted(seed_graph.nodes)
    assert sorted(k for *_, k in G2.edges(keys=True)) == sorted(
        k for *_, k in seed_graph.edges(keys=True))
    for u, v, k, d in G2.edges(keys=True, data=True):
        assert EdgeData.model_validate(d) == EdgeData.model_validate(seed_graph.edges[u, v, k])


@pytest.mark.parametrize("content, message", [
    (None, "graph file not found"),
    ("{not json", "not a readable JSON graph"),
    ('{"nodes": []}', "not a node-link graph"),
    ('{"directed": true, "multigraph": true, "graph": {}, "nodes": [{"id": "a"}], '
     '"edges": []}', "break the graph.json contract"),
])
def test_read_graph_errors_name_the_file(tmp_path, content, message):
    path = tmp_path / "g.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(GraphError, match=message) as info:
        read_graph(path)
    assert str(path) in str(info.value)


def test_files_with_the_same_name_in_different_folders_build_together(tmp_path):
    """EDGAR downloads are often all primary_doc.xml: ids must not collide."""
    from graphkit.pipeline import build
    from tests.conftest import corpus_file

    for sub, name in (("a", "13g/pentwater_avis_schedule13ga.xml"),
                      ("b", "13d/bml_aadi_2025_schedule13d.xml")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "primary_doc.xml").write_bytes(corpus_file(name).read_bytes())
    result = build([tmp_path])
    assert len(result.records) == 2
    claims = {k for *_, k in result.graph.edges(keys=True)}
    assert any(k.startswith("a/primary_doc.xml#") for k in claims)
    assert any(k.startswith("b/primary_doc.xml#") for k in claims)
    issuers = {result.graph.nodes[n]["name"] for n in result.graph.graph["issuers"]}
    assert issuers == {"AVIS BUDGET GROUP, INC.", "Aadi Bioscience, Inc."}


def test_the_same_file_given_twice_is_read_once():
    from graphkit.pipeline import build

    result = build([SEED_13G, SEED_13G])
    G = result.graph
    assert G.number_of_edges() == build([SEED_13G]).graph.number_of_edges()
    assert any(w["code"] == "duplicate-input" for w in G.graph["warnings"])


def test_every_edge_says_what_its_date_is(seed_graph):
    for *_, ed in iter_edges(seed_graph):
        assert ed.as_of is not None and ed.as_of_basis in {"stated", "event"}


def test_defined_terms_never_join_parties_of_different_filings():
    """'the Issuer' of one filing is not 'the Issuer' of another (a reviewer found two issuers
    merged that way, and a director pinned on the wrong company)."""
    from graphkit.models import Alias, FilingRecord, Issuer, Party

    def record(source: str, issuer: str) -> FilingRecord:
        party = Party(id="i", name=issuer, kind="organization",
                      aliases=[Alias(name="Issuer", how="defined_term")])
        return FilingRecord(source=source, form="SC 13D", family="schedule_13d",
                            issuer=Issuer(party_id="i", name=issuer), parties=[party])

    G = build_graph([record("a.txt", "Alder Robotics, Inc."),
                     record("b.txt", "Birch Foods Corp.")])
    assert G.number_of_nodes() == 2
    for n in G.nodes:
        assert "Issuer" in G.nodes[n]["aliases"]  # kept as an alias, as written
