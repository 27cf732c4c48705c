"""Each query command: exit 0 with key values; --json; unknown names exit 2 naming them."""

from __future__ import annotations

import json

import pytest

COMMANDS = ["controllers", "holdings", "paths", "common", "ownership", "history", "findings"]


def test_controllers(run_cli, sample_file):
    code, out, _ = run_cli("controllers", "Qualys, Inc.", "--graph", str(sample_file),
                           "--as-of", "2013-12-31")
    assert code == 0
    assert "Peter T. Meekin" in out and "6,288,626" in out and "19.42%" in out
    assert "38.84" not in out
    assert "000_ef32b5b89d46cac3.txt:239" in out  # the member sentence is cited


def test_controllers_json(run_cli, sample_file):
    code, out, _ = run_cli("controllers", "qualys", "--graph", str(sample_file), "--as-of",
                           "2003-11-28", "--json")
    assert code == 0
    data = json.loads(out)
    assert {u["party"]["name"] for u in data["ultimate"]} >= {"Philippe Courtot", "GRP Partners"}


def test_holdings(run_cli, sample_file):
    code, out, _ = run_cli("holdings", "TCMV", "--graph", str(sample_file), "--as-of",
                           "2013-12-31")
    assert code == 0 and "Trident Capital Fund-V, L.P." in out and "6,288,626" in out


def test_paths(run_cli, sample_file):
    code, out, _ = run_cli("paths", "Philippe Courtot", "Peter T. Meekin", "--undirected",
                           "--cutoff", "3", "--graph", str(sample_file))
    assert code == 0 and "member of" in out and "Qualys, Inc." in out
    code, out, _ = run_cli("paths", "Philippe Courtot", "Peter T. Meekin", "--graph",
                           str(sample_file))
    assert code == 0 and "no path" in out


def test_common(run_cli, sample_file):
    code, out, _ = run_cli("common", "Qualys, Inc.", "Qualys, Inc.", "--graph",
                           str(sample_file), "--json")
    assert code == 0 and "tcmv" in {c["party"]["id"] for c in json.loads(out)["common"]}


def test_ownership(run_cli, sample_file):
    code, out, _ = run_cli("ownership", "Qualys, Inc.", "--method", "multiplicative",
                           "--threshold", "10", "--as-of", "2013-12-31", "--graph",
                           str(sample_file))
    assert code == 0
    assert "multiplicative" in out and "17.42%" in out and "control, ownership not stated" in out
    code, out, _ = run_cli("ownership", "Qualys, Inc.", "--method", "control", "--json",
                           "--graph", str(sample_file), "--as-of", "2013-12-31")
    data = json.loads(out)
    assert data["method"] == "control" and data["total_percent"] == 19.42


def test_history(run_cli, sample_file):
    code, out, _ = run_cli("history", "TCV", "Qualys", "--graph", str(sample_file))
    assert code == 0 and "5,639,301" in out and "17.42%" in out


def test_findings(run_cli, sample_file):
    code, out, _ = run_cli("findings", "--graph", str(sample_file), "--code", "weak-merge")
    assert code == 0 and "brand-at-address" in out and "no-identifier" not in out


@pytest.mark.parametrize("argv", [
    ["controllers", "Nonexistent Holdings"], ["holdings", "Nonexistent Holdings"],
    ["paths", "Nonexistent Holdings", "Qualys"], ["common", "Qualys", "Nonexistent Holdings"],
    ["ownership", "Nonexistent Holdings"], ["history", "Nonexistent Holdings", "Qualys"],
])
def test_unknown_name_exits_2_naming_it(run_cli, sample_file, argv):
    code, out, err = run_cli(*argv, "--graph", str(sample_file))
    assert code == 2 and "Nonexistent Holdings" in err and not out


def test_bad_date_and_missing_graph(run_cli, sample_file, tmp_path):
    code, _, err = run_cli("controllers", "Qualys", "--as-of", "31/12/2013", "--graph",
                           str(sample_file))
    assert code == 2 and "31/12/2013" in err
    code, _, err = run_cli("findings", "--graph", str(tmp_path / "missing.json"))
    assert code == 2 and "missing.json" in err


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_an_example(command, capsys):
    from graphkit.cli import make_parser
    with pytest.raises(SystemExit):
        make_parser().parse_args([command, "--help"])
    out = capsys.readouterr().out
    assert "example:" in out and f"graphkit {command}" in out
