"""The README's Quickstart is what CI runs: two lines, the second one exactly in .ci/run."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def quickstart_lines() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quickstart", 1)[1]
    block = re.search(r"```[a-z]*\n(.*?)```", section, re.S)
    assert block, "Quickstart has no code block"
    return [ln for ln in block.group(1).splitlines() if ln.strip()]


def test_quickstart_has_exactly_two_commands():
    lines = quickstart_lines()
    assert len(lines) == 2
    assert "graphkit demo" in lines[0]
    assert "pytest" in lines[1] and ".[test]" in lines[1]


def test_ci_runs_the_readme_test_command_exactly():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert quickstart_lines()[1] in ci
