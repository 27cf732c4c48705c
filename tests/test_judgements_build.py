"""Judgements applied on a build: "not same" splits a merge, stale judgements are reported."""

from __future__ import annotations

import json

from graphkit.cli import main
from graphkit.pipeline import build, samples
from resolvers.judgements import load_judgements

JUDGEMENTS = """a,b,verdict,note
Trident Capital,"Trident Capital Management-V, L.L.C.",not_same,the brand may mean the firm
Nobody Such Fund LP,Nobody Such Fund L.P.,same,names that no filing uses any more
"""


def _nodes_named(graph, name):
    return [n for n, d in graph.nodes(data=True) if name in d["aliases"]]


def test_not_same_judgement_splits_the_brand_merge(tmp_path):
    path = tmp_path / "judgements.csv"
    path.write_text(JUDGEMENTS)
    merged = build(samples()).graph
    (brand_node,) = _nodes_named(merged, "Trident Capital")
    assert "TCMV" in merged.nodes[brand_node]["aliases"]  # the brand-at-address rule merged
    split = build(samples(), path).graph
    (brand,) = _nodes_named(split, "Trident Capital")
    (company,) = _nodes_named(split, "TCMV")
    assert brand != company
    stale = split.graph["stale_judgements"]
    assert [(j["a"], j["verdict"]) for j in stale] == [("Nobody Such Fund LP", "same")]


def test_build_command_applies_judgements_and_reports_stale_ones(tmp_path, capsys):
    path = tmp_path / "judgements.csv"
    path.write_text(JUDGEMENTS)
    out = tmp_path / "graph.json"
    samples_dir = str(samples()[0].parent)
    assert main(["build", samples_dir, "-o", str(out), "--judgements", str(path)]) == 0
    printed = capsys.readouterr().out
    assert "1 judgement(s) match no name any more" in printed
    assert "'Nobody Such Fund LP'" in printed
    nodes = json.loads(out.read_text())["nodes"]
    assert sum("Trident Capital" in n["aliases"] for n in nodes) == 1
    assert not any("Trident Capital" in n["aliases"] and "TCMV" in n["aliases"] for n in nodes)


def test_bad_judgements_file_exits_2_naming_it(tmp_path, capsys):
    path = tmp_path / "judgements.csv"
    path.write_text("a,b,verdict,note\nX,Y,perhaps,\n")
    assert load_judgements  # the loader is public
    code = main(["build", str(samples()[0]), "-o", str(tmp_path / "g.json"),
                 "--judgements", str(path)])
    assert code == 2
    err = capsys.readouterr().err
    assert "judgements.csv" in err and "perhaps" in err
