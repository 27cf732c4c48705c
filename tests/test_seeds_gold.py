"""End to end on the two bundled samples: the graph reproduces ../shared/gold/seeds.json.

The gold file's own scorer (../shared/tools/score_graph.py) judges the built graph: each of the
18 parties exactly one node, no false or forbidden merges, all 27 edges with their numbers, and
no wrong edge between gold entities.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from graphkit.pipeline import build, samples
from graphkit.graph import write_graph
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def seeds_graph(tmp_path_factory):
    result = build(samples())
    path = tmp_path_factory.mktemp("seeds") / "graph.json"
    write_graph(result.graph, path)
    return result, path


def test_seeds_graph_matches_gold(seeds_graph):
    _, path = seeds_graph
    gold = shared_path("gold", "seeds.json")
    scorer = shared_path("tools", "score_graph.py")
    run = subprocess.run([sys.executable, str(scorer), str(gold), str(path)],
                         capture_output=True, text=True)
    last = run.stdout.strip().splitlines()[-1]
    assert run.returncode == 0, run.stdout
    assert last.startswith("entities 18/18 clean (0 split, 0 false merges, 0 forbidden); "
                           "edges 27/27; edge precision 1.000"), last


def test_seeds_graph_numbers(seeds_graph):
    result, path = seeds_graph
    data = json.loads(path.read_text())
    names = {n["id"]: n["name"] for n in data["nodes"]}
    owned = {(names[e["source"]], e["shares"], e["percent"], e["as_of"])
             for e in data["edges"] if e["relation"] == "beneficial_owner_of" and e["shares"]}
    assert ("Trident Capital Fund-V, L.P.", 5639301, 17.42, "2013-12-31") in owned
    assert ("Trident Capital Parallel Fund-V, C.V.", 428430, 1.32, "2013-12-31") in owned
    for e in data["edges"]:
        assert e["filing"].endswith(".txt")
        assert e["evidence"] and all(ev["text"] and ev["line"] for ev in e["evidence"])
