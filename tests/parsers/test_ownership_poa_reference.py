"""Form 3/4/5 signatures by an attorney that say where the power of attorney is (review s35
rvB M3): "/s/ Sean McGrath by power of Attorney filed on 01/25/2026" gave the whole line as the
signer and no capacity."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.ownership_owners import read_signature

RV36 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv36"


def test_real_form4_attorney_signature_with_filing_date():
    # line 126: <signatureName>/s/ Sean McGrath by power of Attorney filed on 01/25/2026
    rec = parse_path(RV36 / "christenson_ptc_2026_form4.xml").records[0]
    assert [(s.signer, s.title, s.on_behalf_of, s.date) for s in rec.signatures] == [
        ("Sean McGrath", "Attorney-in-Fact", ["CHRISTENSON ALICE"], dt.date(2026, 5, 8))]


@pytest.mark.parametrize("raw, signer, behalf", [
    ("/s/Sean McGrath by power of attorney filed 01/25/2024", "Sean McGrath", ["DOE JOHN"]),
    ("/s/ Jane Roe, Attorney-in-Fact pursuant to Power of Attorney filed herewith", "Jane Roe",
     ["DOE JOHN"]),
    ("/s/ Jane Roe, attorney-in-fact, pursuant to a power of attorney dated May 1, 2020, for "
     "John Doe", "Jane Roe", ["John Doe"]),
    ("Jane Roe, as attorney-in-fact, previously filed", "Jane Roe", ["DOE JOHN"]),
    ("/s/ Jane Roe, attorney-in-fact, pursuant to power of attorney on file with the "
     "Commission", "Jane Roe", ["DOE JOHN"]),
])
def test_attorney_signature_with_where_the_power_is(raw, signer, behalf):
    s = read_signature(raw, ["DOE JOHN"])
    assert (s.signer, s.title, s.on_behalf_of) == (signer, "Attorney-in-Fact", behalf)


@pytest.mark.parametrize("raw", [
    "Jane Roe, Chief Financial Officer",        # no attorney: kept as printed
    "Jane Roe, Director, filed on 01/25/2026",
])
def test_no_attorney_no_capacity(raw):
    s = read_signature(raw, ["DOE JOHN"])
    assert (s.signer, s.title) == (raw, None)
