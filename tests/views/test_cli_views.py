"""``graphkit view`` and ``graphkit export``: thin commands over the library."""

from __future__ import annotations

import json

import pytest

from graphkit.cli import main, make_parser
from graphkit.exports import FORMATS
from graphkit.graph import write_graph


@pytest.fixture
def graph_file(gold, tmp_path):
    return str(write_graph(gold, tmp_path / "graph.json"))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_every_format(fmt, graph_file, tmp_path, capsys):
    out = tmp_path / f"out.{fmt}"
    assert main(["export", fmt, "--graph", graph_file, "-o", str(out)]) == 0
    assert out.exists()
    assert f"({fmt}: 18 parties, 27 claims)" in capsys.readouterr().out
    if fmt == "neo4j":
        assert (out / "nodes.csv").exists() and (out / "relationships.csv").exists()


def test_view_whole_and_focused(graph_file, tmp_path, capsys):
    assert main(["view", "--graph", graph_file, "-o", str(tmp_path / "a.html")]) == 0
    assert "18 parties, 27 claims" in capsys.readouterr().out
    assert main(["view", "--graph", graph_file, "-o", str(tmp_path / "c.html"),
                 "--controllers", "Qualys, Inc."]) == 0
    assert "15 parties, 21 claims" in capsys.readouterr().out
    page = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert "<title>Controllers of Qualys, Inc.</title>" in page
    assert main(["view", "--graph", graph_file, "-o", str(tmp_path / "e.html"),
                 "--ego", "TCVAQ", "--depth", "1"]) == 0
    assert "3 parties, 4 claims" in capsys.readouterr().out


def test_errors_are_clean(graph_file, tmp_path, capsys):
    assert main(["view", "--graph", str(tmp_path / "nope.json"), "-o",
                 str(tmp_path / "x.html")]) == 2
    assert "graph file not found" in capsys.readouterr().err
    assert main(["view", "--graph", graph_file, "-o", str(tmp_path / "x.html"),
                 "--controllers", "Nobody Holdings Ltd"]) == 2
    assert "Nobody Holdings Ltd" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "xlsx", "--graph", graph_file, "-o", str(tmp_path / "x")])


def test_help_has_examples():
    parser = make_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in ("view", "export"):
        text = sub.choices[name].format_help()
        assert "example:" in text and f"graphkit {name}" in text
    assert "neo4j" in sub.choices["export"].format_help()


def test_export_reads_back(graph_file, tmp_path):
    out = tmp_path / "g.json"
    assert main(["export", "nodelink", "--graph", graph_file, "-o", str(out)]) == 0
    assert len(json.loads(out.read_text())["edges"]) == 27
