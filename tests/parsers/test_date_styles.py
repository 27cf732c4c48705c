"""Dates of real filings in other styles (session 47 date-style sweep, dt47): the same dates.

Each fixture under tests/fixtures/filings/dt47/ is a real filing with one date typed in another
style that filings in the wild use ("16 March 1994", "July 11th, 2005", "10th day of February,
2000", "1997-02-18"), or as OCR reads it ("Apri1 18, 1996"); its SOURCES.tsv line names the
original and the edit. The parse must give the original's dates. A date damaged past reading
("Aqril", "Jnly") must be lost, never replaced by another date of the text (a wrong date is
worse than none).
"""

from __future__ import annotations

import datetime as dt

from graphkit.parse import parse_path
from tests.conftest import ROOT

DT47 = ROOT / "tests" / "fixtures" / "filings" / "dt47"
D = dt.date


def _record(name: str):
    (rec,) = parse_path(DT47 / name).records
    return rec


def test_event_date_with_an_ocr_damaged_month():
    # "Apri1 18, 1996 - Appointment as successor trustee ... since" / "December 31, 1990"
    # over the event caption: before, 1990-12-31 was read
    rec = _record("1997_SC_13D_1019830_ocr_month.txt")
    assert rec.event_date == D(1996, 4, 18)
    assert {c.as_of for c in rec.claims} == {D(1996, 4, 18), None}


def test_event_date_damaged_past_reading_is_lost_not_replaced():
    # "Aqril 18, 1996 - ... since December 31, 1990": the event date is the first one, which
    # cannot be read; 1990-12-31 is no date of this event
    rec = _record("1997_SC_13D_1019830_unreadable_month.txt")
    assert rec.event_date is None
    assert "no-event-date" in {w.code for w in rec.warnings}
    assert D(1990, 12, 31) not in {c.as_of for c in rec.claims}


def test_cessation_dated_in_iso_style():
    # "(e)  On 1997-02-18, Messrs. Kanarellis and Kecseg as a group ceased to be ..."
    rec = _record("1997_SC_13DA_1026797_iso_ceased.txt")
    assert [(c.method, c.date) for c in rec.ceased] == [("statement", D(1997, 2, 18))]
