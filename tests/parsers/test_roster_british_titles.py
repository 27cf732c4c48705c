"""British officers' titles in a Schedule A roster (graphkit.parsers.schedule13_roster_titles;
session 32 review M2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_roster_titles import read_roles

RV32 = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "rv32"


def test_thorn_emi_schedule_a():
    # 1995 SC 13D on Advantage Companies, Schedule A "DIRECTORS AND EXECUTIVE OFFICERS OF PLC":
    # line 767 "Peter Ingram Walters  Nonexecutive Deputy Chairman-PLC/ ...", line 789 "Simon
    # Patrick Duffy  Group Finance Director-PLC", line 829 "Robin Charlton  Company
    # Secretary-PLC" (none of the three was read)
    rec = parse_path(RV32 / "1995_SC_13D_718451_cut.txt").records[0]
    names = {p.id: p.name for p in rec.parties}
    got = {(c.relation.value, names[c.source], c.title) for c in rec.claims
           if names[c.target] == "THORN EMI plc"}
    assert {("director_of", "Peter Ingram Walters", None),
            ("officer_of", "Simon Patrick Duffy", "Group Finance Director"),
            ("officer_of", "Robin Charlton", "Company Secretary")} <= got


@pytest.mark.parametrize("text, roles", [
    ("Nonexecutive Deputy Chairman", (True, [])),
    ("Non-Executive Chairman", (True, [])),
    ("Chief Executive", (False, ["Chief Executive"])),
    ("Group Chief Executive", (False, ["Group Chief Executive"])),
    ("Finance Director", (False, ["Finance Director"])),
    ("Company Secretary", (False, ["Company Secretary"])),
    # a bare chair is the board's (session 33: review s32 rv1 L2)
    ("Chairman", (True, ["Chairman"])),
    ("Executive Chairman", (True, ["Executive Chairman"])),
    ("Vice Chairman", (False, ["Vice Chairman"])),  # no seat by the title (review rv5 L2)
    ("Chairman of the Executive Committee", (False, ["Chairman"])),
    # unchanged
    ("Director of Finance", (False, [])),
    ("Chief Executive Officer", (False, ["Chief Executive Officer"])),
])
def test_read_roles(text, roles):
    assert read_roles(text) == roles


@pytest.mark.parametrize("text, roles", [
    # review s32 rv5 M6
    ("Independent Non-Executive Director", (True, [])),
    ("Senior Independent Non-Executive Director", (True, [])),
    ("Deputy Chief Executive", (False, ["Deputy Chief Executive"])),
])
def test_read_roles_more(text, roles):
    assert read_roles(text) == roles


def test_thorn_emi_chairman_sits_on_the_board():
    # line 774 "Sir Colin Southgate    Chairman-PLC": the chairman of a plc is on its board
    rec = parse_path(RV32 / "1995_SC_13D_718451_cut.txt").records[0]
    names = {p.id: p.name for p in rec.parties}
    got = {(c.relation.value, c.title) for c in rec.claims
           if names[c.source] == "Sir Colin Southgate" and names[c.target] == "THORN EMI plc"}
    assert got == {("officer_of", "Chairman"), ("director_of", None)}
