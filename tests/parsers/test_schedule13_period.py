"""The date a Schedule 13G reports on where its cover has no "Date of Event" caption: a date
in parentheses right under the schedule's title ("SCHEDULE 13G" / " (12/31/97)"), read only
when no caption or label gives the date of event, and never when it is not earlier than the
filing is signed and filed, or more than two years older. Made-up front pages, and the fixture
2001_SC_13G_880804 retitled (review s23-front2 d01, d02, d08, d13, d16, d17)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graphkit.parse import parse_source
from graphkit.parsers.schedule13_front import read_front_page
from graphkit.parsers.schedule13_period import TITLE_DATE, read_title_date, title_date_in_time
from graphkit.source import SourceText
from tests.short_13g import short_13g

FRONT = "{title}\n\nAcme Widgets, Inc.\n(Name of Issuer)\nCommon Stock\n" \
        "(Title of Class of Securities)\n037833100\n(CUSIP Number)\n{rest}"


def _event(title: str, rest: str = "") -> dt.date | None:
    src = SourceText(path="x.txt", text=FRONT.format(title=title, rest=rest))
    return read_front_page(src).event_date


@pytest.mark.parametrize("title, date", [
    ("SCHEDULE 13G\n (12/31/97)", "1997-12-31"),            # a terse layout, on the next line
    ("SCHEDULE 13G (12/31/2000)", "2000-12-31"),            # on the title's line
    ("SCHEDULE 13G/A\n(December 31, 2004)", "2004-12-31"),  # the month by name
    ("Schedule 13G\n  (as of 6/30/2003)", "2003-06-30"),
    ("SCHEDULE 13D\n(Dec. 31, 1998)", "1998-12-31"),
])
def test_title_date_is_the_event_date(title, date):
    assert str(_event(title)) == date


@pytest.mark.parametrize("title", [
    "SCHEDULE 13G\n(Rule 13d-102)",                    # the rule, no date
    "SCHEDULE 13G\n(Amendment No. 2)",                 # the amendment, no date
    "SCHEDULE 13G\n(Filed February 14, 1998)",         # a date with other words: not this one
    "SCHEDULE 13G\n\n(12/31/97)",                      # a blank line between: not under the title
    "SCHEDULE 13G\n(Rule 13d-102)\n(12/31/97)",        # not right after the title
    "SCHEDULE 13G\n(12/31)",                           # no year
])
def test_no_title_date(title):
    assert _event(title) is None


def test_caption_date_wins_over_title_date():
    rest = "March 1, 1998\n(Date of Event which Requires Filing of this Statement)\n"
    assert str(_event("SCHEDULE 13G\n (12/31/97)", rest)) == "1998-03-01"


def test_label_date_wins_over_title_date():
    rest = "Date of Event Which Requires Filing of this Statement: March 1, 1998\n"
    assert str(_event("SCHEDULE 13G\n (12/31/97)", rest)) == "1998-03-01"


def test_title_date_pattern_and_evidence():
    m = TITLE_DATE.match("SCHEDULE 13G\n (12/31/97)\n", 12)
    assert m["v"] == "12/31/97"
    text = "SCHEDULE 13G\n (12/31/97)\n"
    date, ev = read_title_date(SourceText(path="x.txt", text=text), 12)
    assert (date, ev.text, ev.line, ev.section) == (dt.date(1997, 12, 31), "12/31/97", 2,
                                                   "front page")
    # "(13/45/97)" reads as no date
    assert read_title_date(SourceText(path="x.txt", text="SCHEDULE 13G (13/45/97)"), 12) is None


def test_title_date_dates_the_holding():
    rec = short_13g(under_title=" (12/31/04)")  # signed February 10, 2005
    assert rec.event_date == dt.date(2004, 12, 31)
    assert [c.as_of for c in rec.claims if c.relation.value == "beneficial_owner_of"] == \
        [dt.date(2004, 12, 31)]
    assert "no-event-date" not in [w.code for w in rec.warnings]


def test_no_title_date_keeps_the_warning():
    rec = short_13g(under_title="(Rule 13d-102)")
    assert rec.event_date is None
    assert "no-event-date" in [w.code for w in rec.warnings]


D = dt.date


@pytest.mark.parametrize("date, signed, filed, ok", [
    (D(2001, 2, 14), D(2001, 2, 2), D(2001, 2, 2), False),    # the filing's date, not the event's
    (D(2001, 2, 14), D(2001, 2, 2), None, False),             # after the signature
    (D(2001, 2, 14), None, D(2001, 2, 2), False),             # after the filing
    (D(2001, 2, 14), D(2001, 2, 20), D(2001, 2, 10), False),  # signed late, filed before it
    (D(2000, 12, 31), D(2001, 2, 2), D(2001, 2, 14), True),
    (D(2001, 2, 2), D(2001, 2, 2), D(2001, 2, 2), False),     # the same day: the filing's date
    (D(2001, 2, 2), D(2001, 1, 20), D(2001, 2, 2), False),    # the filed day
    (D(2001, 1, 20), D(2001, 1, 20), D(2001, 2, 2), False),   # the signature day
    (D(2001, 2, 1), D(2001, 2, 2), D(2001, 2, 2), True),      # a day before both
    (D(2001, 1, 31), D(2001, 2, 2), D(2001, 3, 1), True),
    (D(1990, 12, 31), D(2001, 2, 2), D(2001, 2, 2), False),   # ten years stale
    (D(1999, 2, 1), D(2001, 2, 2), D(2001, 2, 2), False),     # a day over two years
    (D(1999, 2, 2), D(2001, 2, 2), D(2001, 2, 2), True),      # two years to the day
    (D(1990, 12, 31), D(2001, 2, 2), None, False),            # stale against the signature
    (D(2002, 2, 28), None, D(2004, 2, 29), True),             # two years before a February 29
    (D(2000, 12, 31), D(2001, 2, 2), D(2002, 2, 2), True),    # filed a year late
    (D(2000, 12, 31), None, None, True),
    # "February 6, 1997" on a filing of February 10, 1998: a year mistyped; the filed date bounds
    (D(1997, 12, 31), D(1997, 2, 6), D(1998, 2, 10), True),
    (D(1998, 3, 1), D(1997, 2, 6), D(1998, 2, 10), False),
])
def test_title_date_in_time(date, signed, filed, ok):
    assert title_date_in_time(date, signed, filed) is ok


def test_title_date_after_the_signature_is_no_event_date():
    rec = short_13g(under_title="(February 14, 2005)")  # signed February 10, 2005
    assert rec.event_date is None
    assert [c.as_of for c in rec.claims if c.relation.value == "beneficial_owner_of"] == [None]
    codes = [w.code for w in rec.warnings]
    assert "title-date-late" in codes and "no-event-date" in codes


@pytest.mark.parametrize("title", ["(February 10, 2005)", "(2/10/2005)", "(12/31/1995)"])
def test_title_date_on_the_signature_day_or_stale_is_no_event_date(title):
    rec = short_13g(under_title=title)  # signed February 10, 2005
    assert rec.event_date is None
    codes = [w.code for w in rec.warnings]
    assert "title-date-late" in codes and "no-event-date" in codes


#: the fixture signed and filed February 2, 2001, titled "SCHEDULE 13G" / " (12/31/2000)"
FIXTURE = Path(__file__).parents[1] / "fixtures" / "filings" / "2001_SC_13G_880804.txt"


@pytest.mark.parametrize("title, filed, event", [
    ("(February 2, 2001)", "20010202", None),            # d01: the signed and filed day
    ("(2/2/2001)", "20010202", None),                    # d16
    ("(12/31/1990)", "20010202", None),                  # d08: ten years stale
    ("(February 1, 2001)", "20010202", D(2001, 2, 1)),   # d02: a day before
    ("(01/31/2001)", "20010301", D(2001, 1, 31)),        # d13: before both
    ("(12/31/2000)", "20020202", D(2000, 12, 31)),       # d17: filed a year after signing
])
def test_title_date_of_a_filing_with_its_filed_date(title, filed, event):
    text = FIXTURE.read_text()
    assert "SCHEDULE 13G\n (12/31/2000)\n" in text and "FILED AS OF DATE:\t\t20010202" in text
    text = text.replace("SCHEDULE 13G\n (12/31/2000)\n", f"SCHEDULE 13G\n {title}\n").replace(
        "FILED AS OF DATE:\t\t20010202", f"FILED AS OF DATE:\t\t{filed}")
    rec = parse_source(SourceText(path="x.txt", text=text))[0]
    assert rec.event_date == event
    codes = [w.code for w in rec.warnings]
    assert ("title-date-late" in codes and "no-event-date" in codes) is (event is None)


def test_title_date_too_late_leaves_the_period_ended_to_be_read():
    sig = "Date: February 10, 2005 (For the period ended December 31, 2004)\n\n" \
          "/s/ Jane Q. Roe\nJane Q. Roe, President"
    rec = short_13g(under_title="(February 14, 2005)", signature=sig)
    assert rec.event_date == D(2004, 12, 31)
    assert "title-date-late" in [w.code for w in rec.warnings]
