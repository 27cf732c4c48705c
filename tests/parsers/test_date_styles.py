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

import pytest

from graphkit.parse import parse_path
from tests.conftest import ROOT

DT47 = ROOT / "tests" / "fixtures" / "filings" / "dt47"
D = dt.date


def _record(name: str):
    (rec,) = parse_path(DT47 / name).records
    return rec


def _signed(rec) -> set[tuple[str, dt.date | None]]:
    return {(s.signer, s.date) for s in rec.signatures}


def test_date_cell_day_first_before_the_party():
    # "16 March 1994                           BANKAMERICA CORPORATION": the exhibit's
    # "Dated:  March 14, 1994" was read, and the date kept in a party's name
    rec = _record("1994_SC_13DA_24058_date_cell_day_first.txt")
    assert rec.signature_date == D(1994, 3, 16)
    assert _signed(rec) == {("CHERYL SOROKIN", D(1994, 3, 16)), ("Cheryl Sorokin", D(1994, 3, 16))}
    assert sorted(p.name for p in rec.parties) == [
        "BankAmerica Corporation", "Cheryl Sorokin", "Continental Bank Corporation"]
    assert rec.event_date == D(1994, 3, 11)


def test_date_over_its_caption_with_an_ordinal():
    # "July 11th, 2005" over "Date": before, "dated December 30, 1997 by and on behalf" (the
    # power of attorney named under the signer) was read
    rec = _record("2005_SC_13GA_873044_date_ordinal.txt")
    assert rec.signature_date == D(2005, 7, 11)
    assert _signed(rec) == {("Eric D. Roiter", D(2005, 7, 11))}


def test_ambiguous_numeric_signature_date_is_month_first():
    # "07/11/2005": SEC filings write numeric dates US month first, 11 July (not 7 November)
    rec = _record("2005_SC_13GA_873044_date_numeric.txt")
    assert rec.signature_date == D(2005, 7, 11)


def test_day_of_month_signature_date():
    # "Date: 10th day of February, 2000 (For the period ended" / "December 31, 1999)": before,
    # the period's end was taken for the signature date
    rec = _record("2000_SC_13G_949308_day_of.txt")
    assert rec.signature_date == D(2000, 2, 10)
    assert _signed(rec) == {("David I. Fisher", D(2000, 2, 10)),
                            ("Michael J. Downer", D(2000, 2, 10))}
    assert rec.event_date == D(1999, 12, 31)


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


def test_signature_date_damaged_past_reading_is_lost_not_replaced():
    # "Date: Jnly 9, 1998 (For the period ended" / "December 31, 1997)": the period's end is
    # no signature date
    rec = _record("1998_SC_13G_732812_unreadable_date.txt")
    assert rec.signature_date is None
    assert {s.date for s in rec.signatures} == {None}
    assert rec.event_date == D(1997, 12, 31)  # the period reported on, as in the original


def test_cessation_dated_in_iso_style():
    # "(e)  On 1997-02-18, Messrs. Kanarellis and Kecseg as a group ceased to be ..."
    rec = _record("1997_SC_13DA_1026797_iso_ceased.txt")
    assert [(c.method, c.date) for c in rec.ceased] == [("statement", D(1997, 2, 18))]


def test_title_date_in_iso_style():
    # "SCHEDULE 13G" over " (2000-12-31)", the cover's only date of event: it was not read
    rec = _record("2001_SC_13G_880804_title_date_iso.txt")
    assert rec.event_date == D(2000, 12, 31)
    assert {c.as_of for c in rec.claims} == {D(2000, 12, 31), None}


def test_signer_after_a_day_first_date_cell():
    # "Date: 30 December 1993             Joseph Neubauer" over a rule and his typed name: the
    # date cell was looked for only in a line holding a comma, and the signature was lost
    rec = _record("1994_SC_13DA_757523_date_cell_day_first.txt")
    assert _signed(rec) == {("Joseph Neubauer", D(1993, 12, 30))}


def test_trust_date_with_an_ordinal():
    # "Eschenbach Family Trust dtd April 15th, 2014, Carl Eschenbach Jr and Ana Eschenbach
    # TTEE": the trust's date was read only as "4/15/2014" or "April 15, 2014", and the trust
    # and its trustees were lost
    rec = _record("eschenbach_workday_2025_form4_trust_date_ordinal.txt")
    names = {p.id: p.name for p in rec.parties}
    claims = {(names[c.source], c.relation.value, names[c.target], c.shares) for c in rec.claims}
    assert ("Eschenbach Family Trust", "beneficial_owner_of", "Workday, Inc.", 13972) in claims
    assert {("Eschenbach Carl M.", "trustee_of", "Eschenbach Family Trust", None),
            ("Ana Eschenbach", "trustee_of", "Eschenbach Family Trust", None)} <= claims


def test_date_in_capitals_is_no_party():
    # "JANUARY 28, 2002" over "Date" and "/s/Dario Frigerio": the date in capitals was read as
    # the name of the party he signed for
    rec = _record("2002_SC_13G_925548_date_in_capitals.txt")
    assert [(s.signer, s.title, s.date, s.on_behalf_of) for s in rec.signatures] == [
        ("Dario Frigerio", "Chief Executive Officer", D(2002, 1, 28),
         ["PIONEER GLOBAL ASSET MANAGEMENT SPA"])]
    names = {p.id: p.name for p in rec.parties}
    assert ("Dario Frigerio", "officer_of", "PIONEER GLOBAL ASSET MANAGEMENT SPA") in {
        (names[c.source], c.relation.value, names[c.target]) for c in rec.claims}


# review rv47d of dt47: the block's date over its "Date" caption retyped in the original
# 2005_SC_13GA_873044.txt ("July 11, 2005"); the certification above it holds "at June 30, 2005
# is true", the attorney's line below "dated December 30, 1997": neither is the signature's
@pytest.mark.parametrize("name, signed", [
    ("2005_SC_13GA_873044_date_dotted.txt", D(2005, 7, 11)),  # "11.07.2005"
    ("2005_SC_13GA_873044_date_damaged.txt", None),  # "Jnly 11, 2005"
    ("2005_SC_13GA_873044_date_blank.txt", None),  # "Date:"
    ("2005_SC_13GA_873044_date_year_first.txt", None),  # "2005/07/11"
])
def test_signature_date_never_the_certifications_period(name, signed):
    rec = _record(name)
    assert rec.signature_date == signed
    assert {s.date for s in rec.signatures} == {signed}


@pytest.mark.parametrize("name", ["2000_SC_13G_949308_date_dotted.txt",
                                  "2000_SC_13G_949308_date_compact.txt"])
def test_signature_date_before_the_period_in_another_style(name):
    # "Date: 10.2.2000 (For the period ended December 31, 1999)", "Date: 20000210 (...)": the
    # period's end was taken (review rv47d)
    rec = _record(name)
    assert rec.signature_date == D(2000, 2, 10)
    assert rec.event_date == D(1999, 12, 31)
