"""The date a Schedule 13G reports on where its cover has no "Date of Event" caption: a date
in parentheses right under the schedule's title ("SCHEDULE 13G" / " (12/31/97)"), read only
when no caption or label gives the date of event. Made-up front pages."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.parsers.schedule13_front import read_front_page
from graphkit.parsers.schedule13_period import TITLE_DATE, read_title_date
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
    rec = short_13g(under_title=" (12/31/97)")
    assert rec.event_date == dt.date(1997, 12, 31)
    assert [c.as_of for c in rec.claims if c.relation.value == "beneficial_owner_of"] == \
        [dt.date(1997, 12, 31)]
    assert "no-event-date" not in [w.code for w in rec.warnings]


def test_no_title_date_keeps_the_warning():
    rec = short_13g(under_title="(Rule 13d-102)")
    assert rec.event_date is None
    assert "no-event-date" in [w.code for w in rec.warnings]
