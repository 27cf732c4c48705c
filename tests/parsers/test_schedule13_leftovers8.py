"""Readings fixed from the leftovers of earlier evaluations (eighth session, misc8).

The date of event taken from "(For the period ended <date>)" next to the signature date when
the cover states none.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_period import PERIOD_ENDED, read_period_ended
from graphkit.source import SourceText
from tests.holdout import holdout_record as _record

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


# --- 1. the period ended, next to the signature date ------------------------------------------

@pytest.mark.parametrize("name, event, signed", [
    # l.305-306: "Date:          April 8, 1999 (For the period ended March" / "31, 1999)"
    ("1999_SC_13G_912752.txt", dt.date(1999, 3, 31), dt.date(1999, 4, 8)),
    # l.316-317: "Date:          July 9, 1998 (For the period ended" / "December 31, 1997)"
    ("1998_SC_13G_732812.txt", dt.date(1997, 12, 31), dt.date(1998, 7, 9)),
])
def test_period_ended_is_the_event_date(name, event, signed):
    rec = _record(name)
    assert (rec.event_date, rec.signature_date) == (event, signed)
    assert "no-event-date" not in {w.code for w in rec.warnings}
    assert {c.as_of for c in rec.claims if c.relation.value == "beneficial_owner_of"} == {event}


def test_period_ended_wrapped_in_a_corpus_filing():
    # l.330-331: "Date:          February 10, 2000 (For the period ended" / "December 31, 1999)"
    rec = parse_path(FIXTURES / "2000_SC_13G_949308.txt").records[0]
    assert (rec.event_date, rec.signature_date) == (dt.date(1999, 12, 31), dt.date(2000, 2, 10))


@pytest.mark.parametrize("text, value", [
    ("(For the period ended March\n                       31, 1999)", "March\n                       31, 1999"),
    ("(for the period ending December 31, 1997)", "December 31, 1997"),
    ("(For the year ended December 31, 2001)", "December 31, 2001"),
    ("(FOR THE CALENDAR YEAR ENDED 12/31/2003)", "12/31/2003"),
    ("( for period ended June 30, 2004 )", "June 30, 2004"),
    ("(for the period of her service)", None),
    ("(ended December 31, 2001)", None),
    ("for the period ended December 31, 2001", None),    # no parentheses: a sentence
    ("(for the period ended (see Item 4))", None),
])
def test_period_ended_pattern(text, value):
    m = PERIOD_ENDED.search(text)
    assert (m["v"] if m else None) == value


def test_period_ended_never_overrides_the_cover_date():
    cover = ("SCHEDULE 13G\nAcme, Inc.\n(Name of Issuer)\nCommon Stock\n(Title of Class of "
             "Securities)\n000000000\n(CUSIP Number)\nMay 3, 2001\n(Date of Event Which "
             "Requires Filing of this Statement)\n"
             "1. Names of Reporting Persons.  Acme Fund, L.P.\n"
             "9. Aggregate Amount Beneficially Owned by Each Reporting Person 1,000\n"
             "11. Percent of Class Represented by Amount in Row (9) 5.0%\n"
             "Item 1(a). Name of Issuer: Acme, Inc.\n")
    sig = ("\nSIGNATURE\n\nDate:  June 1, 2001 (For the period ended\n   April 30, 2001)\n\n"
           "ACME FUND, L.P.\nBy: /s/ Jane Q. Roe\nName: Jane Q. Roe\n")
    from graphkit.parsers.schedule13_text import parse_schedule13_text
    rec = parse_schedule13_text(SourceText(path="x.txt", text=cover + sig))
    assert rec.event_date == dt.date(2001, 5, 3)
    rec = parse_schedule13_text(SourceText(path="x.txt", text=cover.replace("May 3, 2001", "")
                                           + sig))
    assert rec.event_date == dt.date(2001, 4, 30)


def test_period_ended_read_only_in_the_range():
    t = "Item 4. (for the period ended May 1, 1999)\nSIGNATURE\nDate: June 1, 1999\n"
    src = SourceText(path="x.txt", text=t)
    assert read_period_ended(src, t.index("SIGNATURE"), len(t)) is None
    assert read_period_ended(src, 0, len(t))[0] == dt.date(1999, 5, 1)
