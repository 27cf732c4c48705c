"""The build, demo and explain commands, end to end through ``graphkit.cli.main``."""

from __future__ import annotations

import json

import pytest

from graphkit.cli import main, make_parser
from tests.conftest import SAMPLES, SEED_13G


def test_demo_prints_the_control_answer_and_writes_both_files(tmp_path, capsys):
    assert main(["demo", "--out-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for name in ("Donald R. Dixon", "Peter T. Meekin", "John H. Moragne",
                 "Robert C. McCormack", "Trident Capital Management-V, L.L.C.",
                 "Trident Capital Fund-V, L.P.", "Trident Capital Parallel Fund-V, C.V.",
                 "19.42%", "17.42%", "1.32%"):
        assert name in out, name
    assert "Who controls Qualys, Inc. as of 2013-12-31: " in out
    assert "19.42% of the class in all, counted once" in out
    assert "as of 2003-11-28" in out
    html = (tmp_path / "graph.html").read_text()
    assert "http://" not in html and "https://" not in html
    assert json.loads((tmp_path / "graph.json").read_text())["edges"]


def test_build_writes_graph_html_and_report(tmp_path, capsys):
    out_json, out_html, report = tmp_path / "g.json", tmp_path / "g.html", tmp_path / "r.tsv"
    code = main(["build", str(SAMPLES), "-o", str(out_json), "--html", str(out_html),
                 "--report", str(report)])
    assert code == 0
    out = capsys.readouterr().out
    assert "2 files:" in out and "0 failed" in out
    assert out_json.exists() and out_html.exists()
    assert "parsed" in report.read_text()


def test_build_of_unreadable_input_exits_2_and_names_it(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code = main(["build", str(empty), "-o", str(tmp_path / "g.json")])
    captured = capsys.readouterr()
    assert code == 2
    assert "empty.txt" in captured.out + captured.err
    assert not (tmp_path / "g.json").exists()


def test_build_of_missing_path_exits_2(tmp_path, capsys):
    code = main(["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "g.json")])
    captured = capsys.readouterr()
    assert code == 2
    assert "nope.txt: file not found" in captured.out
    assert "nothing written" in captured.err


def test_explain_same_node_shows_the_merge_chain(tmp_path, capsys):
    graph = tmp_path / "g.json"
    assert main(["build", str(SEED_13G), "-o", str(graph)]) == 0
    capsys.readouterr()
    assert main(["explain", "Trident Capital Management-V, L.L.C.",
                 "TRIDENT CAPITAL MANAGEMENT V, L.L.C", "--graph", str(graph)]) == 0
    out = capsys.readouterr().out
    assert "are one node" in out


def test_explain_twins_are_kept_apart(tmp_path, capsys):
    graph = tmp_path / "g.json"
    assert main(["build", str(SEED_13G), "-o", str(graph)]) == 0
    capsys.readouterr()
    assert main(["explain", "Trident Capital Fund-V Affiliates Fund, L.P.",
                 "Trident Capital Fund-V Affiliates Fund (Q), L.P.", "--graph",
                 str(graph)]) == 0
    out = capsys.readouterr().out
    assert "kept apart" in out and "veto" in out


def test_explain_unknown_name_exits_2(tmp_path, capsys):
    graph = tmp_path / "g.json"
    assert main(["build", str(SEED_13G), "-o", str(graph)]) == 0
    capsys.readouterr()
    assert main(["explain", "Nobody Such Holdings Ltd", "TCMV", "--graph", str(graph)]) == 2
    assert "Nobody Such Holdings Ltd" in capsys.readouterr().err


def test_every_command_has_help_with_an_example():
    parser = make_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert {"build", "demo", "explain", "controllers", "export", "view"} <= set(sub.choices)
    for name, p in sub.choices.items():
        assert p.description, name
        assert "example:" in (p.epilog or ""), name


def test_build_stops_a_file_past_its_time_limit_and_reports_it(tmp_path, capsys):
    report = tmp_path / "report.tsv"
    code = main(["build", str(SEED_13G), "-o", str(tmp_path / "g.json"), "--report", str(report),
                 "--time-limit", "0.000001"])  # stopped at once, whatever the machine
    assert code == 2  # nothing read, nothing written
    line = report.read_text().splitlines()[1].split("\t")
    assert line[:2] == [str(SEED_13G), "failed"]
    assert line[-1].startswith(f"{SEED_13G}: stopped after 1e-06 s, the time limit for one file")
    assert "no filing could be read" in capsys.readouterr().err


def test_build_refuses_a_negative_time_limit(capsys):
    with pytest.raises(SystemExit) as exit_:
        make_parser().parse_args(["build", "x.txt", "--time-limit", "-5"])
    assert exit_.value.code == 2
    assert "'-5' is not a number of seconds (0 or more)" in capsys.readouterr().err


def test_build_makes_the_output_folder(tmp_path, capsys):
    # review s35 rvA L6: a missing folder in --out gave "unexpected error: FileNotFoundError"
    out_json = tmp_path / "results" / "run1" / "graph.json"
    assert main(["build", str(SEED_13G), "-o", str(out_json)]) == 0
    assert out_json.is_file()


def test_build_refuses_an_output_it_cannot_write_before_parsing(tmp_path, capsys):
    blocker = tmp_path / "taken"
    blocker.write_text("a file where the folder would go")
    code = main(["build", str(SEED_13G), "-o", str(blocker / "graph.json")])
    err = capsys.readouterr().err
    assert code == 2 and "cannot write" in err and "taken" in err
    assert main(["build", str(SEED_13G), "-o", str(tmp_path)]) == 2
    assert "it is a folder" in capsys.readouterr().err
