"""Review of the items15 branch (review items15): the regressions it found in the dates, the
Item 2(b) addresses and Item 4, on its made-up filings.

The small made-up 13Gs (one filer, Wexford Lane Capital LLC, parties invented) are in
``tests/fixtures/filings/items15/review/``; the others are rebuilt here from the real fixture
``2005_SC_13G_50957.txt`` (:func:`_fixture_with`) or review D14's joint 13G
(``tests/parsers/test_items15._joint_item2b``) with one line changed, as the reviewer did.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graphkit.dates import DUE_LEAD, find_dates, month_number, parse_date
from graphkit.parse import parse_path, parse_source
from graphkit.source import SourceText

FILINGS = Path(__file__).resolve().parent.parent / "fixtures" / "filings"
REVIEW = FILINGS / "items15" / "review"
D = dt.date


def _fixture_with(old: str, new: str):
    """The real 13G ``2005_SC_13G_50957.txt`` with ``old`` replaced by ``new``; its record."""
    text = (FILINGS / "2005_SC_13G_50957.txt").read_text()
    assert old in text, old
    [rec] = parse_source(SourceText(path="probe.txt", text=text.replace(old, new)))
    return rec


_SIGNED = "Date:          February 11, 2005"


# H1: a US dotted signature date beyond the front page, where the filing's order is not settled
@pytest.mark.parametrize("signed, expected", [
    ("Date:          2.14.2005", D(2005, 2, 14)),     # review r02: was the power of attorney's
    ("Date:          02.14.2005", D(2005, 2, 14)),
    ("Date:          11.02.2005", D(2005, 2, 11)),    # ambiguous: day first, as main read it
])
def test_dotted_signature_date_outside_the_front_page(signed, expected):
    rec = _fixture_with(_SIGNED, signed)
    assert rec.signature_date == expected
    assert [s.date for s in rec.signatures] == [expected, expected]


@pytest.mark.parametrize("text, day_first, expected", [
    ("Date: 2.14.2005", None, [D(2005, 2, 14)]),       # only month first makes a date
    ("Date: 2.14.2005", True, [D(2005, 2, 14)]),
    ("Date: 2.11.2005", None, [D(2005, 11, 2)]),       # ambiguous: day first
    ("Date: 2.11.2005", False, [D(2005, 2, 11)]),      # the filing writes month first
    ("5.25% Notes due 2.15.2020", None, []),           # a security's term, not a date
    ("Notes maturing 2.15.2020", None, []),
    ("Section 2.1.2008", None, []),
])
def test_dotted_dates(text, day_first, expected):
    assert find_dates(text, day_first) == expected


@pytest.mark.parametrize("text", ["5.25% Notes due ", "due ", "maturing: ", "expiring ", "6% "])
def test_due_lead(text):
    assert DUE_LEAD.search(text)


@pytest.mark.parametrize("text", ["Date: ", "Dated as of ", "Signed ", "duly "])
def test_due_lead_negative(text):
    assert not DUE_LEAD.search(text)


def test_form_d_and_period_dotted_dates_read_as_main():
    """The callers that pass no order (Form D, Form 4 text, schedule13_period) read a dotted
    date as main did."""
    assert parse_date("2.14.2005") == D(2005, 2, 14)
    assert parse_date("14.2.2005") == D(2005, 2, 14)


# H2: month names OCR damaged twice, or cut short, that main read
@pytest.mark.parametrize("word, month", [
    ("Decernbcr", 12), ("Novernbcr", 11), ("Febniary", 2), ("Marcli", 3), ("Septernbcr", 9),
    ("Febr", 2), ("Decem", 12), ("Novem", 11), ("Decemb", 12), ("Janu", 1), ("Febru", 2),
    ("Septemb", 9), ("Octob", 10), ("Juli", 7), ("Juni", 6), ("Decernber", 12),
    ("Mayfair", None), ("Marathon", None), ("Marcus", None), ("Julie", None),
    ("Marketing", None), ("Junior", None), ("Maryland", None), ("Decline", None),
])
def test_month_number(word, month):
    assert month_number(word) == month


@pytest.mark.parametrize("text, expected", [
    ("Febr. 14, 2007", D(2007, 2, 14)), ("Decem. 31, 2006", D(2006, 12, 31)),
    ("Novem 14, 2007", D(2007, 11, 14)), ("17 Juli 2007", D(2007, 7, 17)),
    ("Decernbcr 31, 2004", D(2004, 12, 31)), ("Marcli 31, 2006", D(2006, 3, 31)),
    ("4 Mayfair 2007", None), ("Marcus 3, 2007", None), ("Julie 4, 2007", None),
])
def test_damaged_month_name_dates(text, expected):
    assert parse_date(text) == expected


def test_ocr_damaged_signature_date():
    """Review r05: 'Date: Febniary 11, 2005' gave the power of attorney's 2003-01-30."""
    rec = _fixture_with(_SIGNED, "Date:          Febniary 11, 2005")
    assert rec.signature_date == D(2005, 2, 11)
    assert [s.date for s in rec.signatures] == [D(2005, 2, 11)] * 2


def test_ocr_damaged_event_date():
    """Review r06: 'Decernbcr 31, 2004' on the front page gave no event date."""
    rec = _fixture_with("                            December 31, 2004\n",
                        "                            Decernbcr 31, 2004\n")
    assert rec.event_date == D(2004, 12, 31)
    assert "no-event-date" not in [w.code for w in rec.warnings]
    base = _fixture_with("December 31, 2004", "December 31, 2004")
    assert [c.as_of for c in rec.claims] == [c.as_of for c in base.claims]
    assert D(2004, 12, 31) in [c.as_of for c in rec.claims]
