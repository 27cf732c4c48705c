"""Cover pages, front pages and Item 4 read again after the holdout evaluations p, q and r
(seventh session): real Schedule 13D/13G filings graphkit had never seen, in
tests/fixtures/filings/holdout/.

Misspelt dispositive row labels.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.models import FilingRecord
from graphkit.parse import parse_path
from graphkit.parsers.schedule13_cover_patterns import (ROW_SHARED_DISPOSITIVE,
                                                        ROW_SHARED_VOTING, ROW_SOLE_DISPOSITIVE,
                                                        ROW_SOLE_VOTING)

HOLDOUT = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "holdout"


def _record(name: str) -> FilingRecord:
    report = parse_path(HOLDOUT / name)
    assert len(report.records) == 1, report.reason
    return report.records[0]


def _holding(rec: FilingRecord, who: str) -> dict:
    names = {p.id: p.name for p in rec.parties}
    [claim] = [c for c in rec.claims if c.relation.value == "beneficial_owner_of"
               and names[c.source] == who]
    return {k: v for k, v in claim.facts().items() if v is not None}


# --- 1. misspelt dispositive row labels ------------------------------------------------------

def test_misspelt_dispositive_rows_are_not_shared_voting():
    # lines 170-176: "6.   SHARED VOTING POWER" / "1,096,400" ... "7.   SOLE DISPOTIVE POWER"
    # / "0" ... "8.   SHARED DISPOTIVE POWER" / "1,457,700"
    rec = _record("2004_SC_13G_866368.txt")
    h = _holding(rec, "Wellington Management Company, LLP")
    assert (h["sole_voting"], h["shared_voting"], h["sole_dispositive"],
            h["shared_dispositive"], h["shares"]) == (0, 1096400, 0, 1457700, 1457700)
    assert not [w for w in rec.warnings if w.code == "value-conflict"]


@pytest.mark.parametrize("pattern, text, found", [
    (ROW_SHARED_DISPOSITIVE, "8.   SHARED DISPOTIVE POWER", "SHARED DISPOTIVE POWER"),
    (ROW_SHARED_DISPOSITIVE, "10  SHARED DISPOSITVE POWER", "SHARED DISPOSITVE POWER"),
    (ROW_SHARED_DISPOSITIVE, "(8)  Shared Disposi-   0", "Shared Disposi"),
    (ROW_SHARED_DISPOSITIVE, "8. Shared Dispositive Power", "Shared Dispositive Power"),
    (ROW_SOLE_DISPOSITIVE, "7.   SOLE DISPOTIVE POWER", "SOLE DISPOTIVE POWER"),
    (ROW_SOLE_DISPOSITIVE, "9. SOLE DISPOSITION POWER", "SOLE DISPOSITION POWER"),
    (ROW_SHARED_DISPOSITIVE, "6. SHARED VOTING POWER", None),
    (ROW_SOLE_DISPOSITIVE, "5. SOLE VOTING POWER", None),
    (ROW_SHARED_DISPOSITIVE, "the shared power to dispose", None),
    (ROW_SHARED_VOTING, "8.   SHARED DISPOTIVE POWER", None),
    (ROW_SOLE_VOTING, "7.   SOLE DISPOTIVE POWER", None),
])
def test_dispositive_row_labels(pattern, text, found):
    m = pattern.search(text)
    assert (m.group(0) if m else None) == found
