"""A graph that breaks the contract: every checked export fails naming the node or edge."""

from __future__ import annotations

import pytest

from graphkit.errors import ExportError
from graphkit.exports import export_graph
from graphkit.exports.contract import validated_nodes_edges

#: Formats that check the graph contract before writing (node-link writes graph.json as is).
CHECKED = ("graphml", "gexf", "neo4j", "ftm", "bods")


@pytest.mark.parametrize("fmt", CHECKED)
def test_bad_node_is_named_and_nothing_is_written(tiny, tmp_path, fmt):
    tiny.nodes["f"]["kind"] = "planet"
    out = tmp_path / "out"
    with pytest.raises(ExportError, match=r"^node 'f' breaks the graph contract: kind: "):
        export_graph(tiny, fmt, out)
    assert not out.exists()


@pytest.mark.parametrize("fmt", CHECKED)
def test_bad_edge_is_named(tiny, tmp_path, fmt):
    del tiny.edges["f", "i", "c2"]["filing"]
    with pytest.raises(ExportError,
                       match=r"^edge 'f' -> 'i' \('c2'\) breaks the graph contract: filing: "):
        export_graph(tiny, fmt, tmp_path / "out")


def test_validated_models_keep_graph_order(tiny):
    nodes, edges = validated_nodes_edges(tiny)
    assert [n for n, _ in nodes] == list(tiny.nodes)
    assert [(u, v, k) for u, v, k, _ in edges] == list(tiny.edges(keys=True))
    assert {k: ed.shares for _, _, k, ed in edges}["c2"] == 5_000_000_000
