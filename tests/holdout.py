"""Shared helpers of the holdout tests: the filings in tests/fixtures/filings/holdout/ (real
Schedule 13D/13G filings graphkit had never seen when they were evaluated) read whole."""

from __future__ import annotations

from pathlib import Path

from graphkit.models import FilingRecord
from graphkit.parse import parse_path

FILINGS = Path(__file__).resolve().parent / "fixtures" / "filings"
HOLDOUT = FILINGS / "holdout"


def holdout_record(name: str) -> FilingRecord:
    """The one record of the holdout filing ``name`` (e.g. "2004_SC_13G_866368.txt")."""
    report = parse_path(HOLDOUT / name)
    assert len(report.records) == 1, report.reason
    return report.records[0]


def fixture_record(name: str) -> FilingRecord:
    """The first record of the filing ``name`` under tests/fixtures/filings/ (e.g.
    "sigs/2002_SC_13GA_887733.txt", "holdout/2015_SC_13G_730263.txt")."""
    report = parse_path(FILINGS / name)
    assert report.records, report.reason
    return report.records[0]


def party_names(rec: FilingRecord) -> dict[str, str]:
    """Each party's name by its id."""
    return {p.id: p.name for p in rec.parties}


def relation_pairs(rec: FilingRecord, relation: str) -> set[tuple[str, str]]:
    """(source name, target name) of every claim of ``relation``."""
    names = party_names(rec)
    return {(names[c.source], names[c.target]) for c in rec.claims
            if c.relation.value == relation}
