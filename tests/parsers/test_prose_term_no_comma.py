"""A defined term after a descriptor that follows a legal form's stop with no comma: 'Aegis
Lifestyle, Inc. a Delaware corporation ("Aegis")' (a filing's missing comma) binds "Aegis" to
the name, so that "wholly owned subsidiary of Aegis" gives the parent. Real filing:
fixtures/filings/2014_SC_13DA_886475.txt, Item 4 (the merger agreement's parties)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose_term_patterns import DEFINED_TERM

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


@pytest.mark.parametrize("text, name, term", [
    ('among Acme Lifestyle, Inc. a Delaware corporation ("Acme") and', "Acme Lifestyle, Inc.",
     "Acme"),
    ('Acme Lifestyle, Inc., a Delaware corporation ("Acme")', "Acme Lifestyle, Inc.", "Acme"),
    ('Acme Holdings Ltd. a Cayman Islands company ("Holdings")', "Acme Holdings Ltd.",
     "Holdings"),
    # the name in capitals: the stop of "INC." ends it as the stop of "Inc." does
    ('among ACME LIFESTYLE, INC. a Delaware corporation ("Acme") and', "ACME LIFESTYLE, INC.",
     "Acme"),
    ('ACME HOLDINGS CORP. a Nevada corporation ("Holdings")', "ACME HOLDINGS CORP.", "Holdings"),
    ('ACME HOLDINGS LTD. a Cayman Islands company ("Holdings")', "ACME HOLDINGS LTD.",
     "Holdings"),
])
def test_term_bound(text, name, term):
    m = DEFINED_TERM.search(text)
    assert (m["name"], m["term"]) == (name, term)


@pytest.mark.parametrize("text", [
    'Acme Lifestyle a Delaware corporation ("Acme")',   # no legal form's stop
    'ACME LIFESTYLE a Delaware corporation ("Acme")',
    'ACME LIFESTYLE INC a Delaware corporation ("Acme")',  # no stop after the form
])
def test_no_stop_no_descriptor(text):
    m = DEFINED_TERM.search(text)
    assert m is None or m["descriptor"] is None


def test_real_merger_sub_parent():
    rec = parse_path(FILINGS / "2014_SC_13DA_886475.txt").records[0]
    names = {p.id: p.name for p in rec.parties}
    got = {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}
    assert ("parent_of", "Aegis Lifestyle, Inc.", "Morgan Acquisition, Inc.") in got
    aegis = next(p for p in rec.parties if p.name == "Aegis Lifestyle, Inc.")
    assert "Aegis" in {a.name for a in aegis.aliases}


def test_real_merger_sub_parent_in_capitals():
    """The same filing with the two merger parties' names in capitals (tests/fixtures/filings/
    id47/2014_SC_13DA_886475_caps.txt, lines 389-390 and 513 only): the parent link stays."""
    rec = parse_path(FILINGS / "id47" / "2014_SC_13DA_886475_caps.txt").records[0]
    names = {p.id: p.name for p in rec.parties}
    got = {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}
    assert ("parent_of", "AEGIS LIFESTYLE, INC.", "MORGAN ACQUISITION, INC.") in got
    aegis = next(p for p in rec.parties if p.name == "AEGIS LIFESTYLE, INC.")
    assert "Aegis" in {a.name for a in aegis.aliases}
    assert "prose-holder-unbound" not in {w.code for w in rec.warnings}
