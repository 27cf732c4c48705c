"""Dates as filings print them (graphkit.dates), and the order of a filing's numeric dates:
"31/12/2008" can only be read day first, so the same filing's "05/02/2004" is 5 February
(review W, H7 and M10: a day-first signature date was read month first and became the as-of
date of every claim; "31-Dec-2006", "31st December, 2006", "31.12.2006" and a date printed
under its caption were not read).

The whole-filing cases edit the real holdout 2004_SC_13G_866368.txt (event date "12/31/2003"
under the CUSIP, signature "Date:    February 13, 2004").
"""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.dates import (_DOTTED_SCAN, _NUMERIC_US_SCAN, DATE_TEXT, DOTTED_DATE,
                            LEAD_BEFORE_ASIDE, MONTH_NAME_DATE, NUMERIC_US_DATE, find_dates,
                            leading_date, month_number, numeric_order, parse_date)
from graphkit.parse import parse_path
from graphkit.parsers.prose_aside_patterns import TRUST_DATE
from graphkit.parsers.schedule13_front import DATE_UNDER_CAPTION
from graphkit.parsers.schedule13_period import TITLE_DATE
from tests.holdout import HOLDOUT

D = dt.date


@pytest.mark.parametrize("text, expected", [
    ("December 31, 2013", D(2013, 12, 31)),
    ("Dec. 31 2013", D(2013, 12, 31)),
    ("31 December 2013", D(2013, 12, 31)),
    ("31st December, 2006", D(2006, 12, 31)),
    ("31-Dec-2006", D(2006, 12, 31)),
    ("1-Mar-2007", D(2007, 3, 1)),
    ("2nd March 2007", D(2007, 3, 2)),
])
def test_month_name_date(text, expected):
    assert MONTH_NAME_DATE.fullmatch(text)
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31-December", "December-2006", "Item 31 December"])
def test_month_name_date_negative(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("text, expected", [
    ("31.12.2006", D(2006, 12, 31)),
    ("1.3.2007", D(2007, 3, 1)),       # day first, as the countries that write dots do
    ("Dated: 05.02.2009", D(2009, 2, 5)),
])
def test_dotted_date(text, expected):
    assert DOTTED_DATE.search(text)
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "1.250.000 shares",        # a European share count
    "5.2% of the class",
    "Rule 13d-1(b)",
    "version 1.2.3",
    "31.12.06",                # two-digit year: too close to numbers of other kinds
    "101.12.2006",
])
def test_dotted_date_negative(text):
    assert DOTTED_DATE.search(text) is None
    assert parse_date(text) is None


@pytest.mark.parametrize("text, day_first, expected", [
    ("11/02/2009", False, D(2009, 11, 2)),    # SEC forms: month first
    ("11/02/2009", True, D(2009, 2, 11)),
    ("31/12/2008", False, D(2008, 12, 31)),   # only day first makes a date
    ("12/31/2008", True, D(2008, 12, 31)),    # only month first makes a date
    ("13/13/2008", False, None),
    ("2/30/2008", False, None),
])
def test_numeric_date_order(text, day_first, expected):
    assert NUMERIC_US_DATE.search(text)
    assert parse_date(text, day_first) == expected


@pytest.mark.parametrize("text, expected", [
    ("Event: 31/12/2008 ... Date: 11/02/2009", "dmy"),
    ("Event: 12/31/2008 ... Date: 11/02/2009", "mdy"),
    ("Date: 11/02/2009", None),                      # nothing settles it
    ("31/12/2008 and 12/31/2008", None),             # they disagree: read as printed
    ("No numeric date, December 31, 2008", None),
])
def test_numeric_order(text, expected):
    assert numeric_order(text) == expected


def test_find_dates_keeps_order_and_reads_day_first():
    assert find_dates("as of 31/12/2008, signed 05/02/2009", day_first=True) == \
        [D(2008, 12, 31), D(2009, 2, 5)]
    assert find_dates("as of 31/12/2008, signed 05/02/2009") == [D(2008, 12, 31), D(2009, 5, 2)]


@pytest.mark.parametrize("text, value", [
    ("\n                                  December 31, 2006\n", "December 31, 2006"),
    ("  \n   12/31/2006   \nCheck the appropriate box", "12/31/2006"),
])
def test_date_under_caption(text, value):
    assert DATE_UNDER_CAPTION.match(text)["v"] == value


def test_date_under_caption_negative():
    assert DATE_UNDER_CAPTION.match("\n\nDecember 31, 2006\n") is None  # not right under it
    assert DATE_UNDER_CAPTION.match("\nCheck the appropriate box to designate the rule "
                                    "pursuant to which this Schedule is filed:\n") is None


_REAL = HOLDOUT / "2004_SC_13G_866368.txt"


def _edited(tmp_path, *edits: tuple[str, str]):
    text = _REAL.read_text(encoding="latin-1")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / _REAL.name
    path.write_text(text, encoding="latin-1")
    (rec,) = parse_path(path).records
    return rec


@pytest.mark.parametrize("text", [
    "12/31/2008", "1/3/99", "x11-26-2025y", "112/31/2008", "12/31/20081", "0012/31/2008",
    "+352-26-12-34-1", "a1/2/2003 and 31/12/2008", "1-12-32 Akasaka", "٣/١٢/٢٠٠٨ 3/12/2008",
    "31.12.2006", "1.250.000", "$1.10.2005", "€1.10.2005", "2.1.2008.5", "1.2.2008", "11.2.20088",
    ".31.12.2006", "131.12.2006", "Section 2.1.2008 and 5.11.1999.",
])
def test_scan_patterns_match_as_the_date_patterns(text):
    """numeric_order's scans find what the date patterns find, at the same places."""
    def found(pattern):
        return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert found(_NUMERIC_US_SCAN) == found(NUMERIC_US_DATE)
    assert found(_DOTTED_SCAN) == found(DOTTED_DATE)


def test_real_filing_as_printed():
    (rec,) = parse_path(_REAL).records
    assert (rec.event_date, rec.signature_date) == (D(2003, 12, 31), D(2004, 2, 13))


def test_real_filing_day_first_signature_date(tmp_path):
    rec = _edited(tmp_path, ("12/31/2003", "31/12/2003"),
                  ("Date:    February 13, 2004", "Date:    05/02/2004"))
    assert (rec.event_date, rec.signature_date) == (D(2003, 12, 31), D(2004, 2, 5))
    assert {c.as_of for c in rec.claims if c.shares is not None} == {D(2003, 12, 31)}


def test_real_filing_month_first_stays(tmp_path):
    rec = _edited(tmp_path, ("Date:    February 13, 2004", "Date:    05/02/2004"))
    assert (rec.event_date, rec.signature_date) == (D(2003, 12, 31), D(2004, 5, 2))


def test_real_filing_caption_above_its_date(tmp_path):
    before = ("                                    12/31/2003\n"
              "- --------------------------------------------------------------------------------\n"
              "             (Date of Event Which Requires Filing of this Statement)\n")
    after = ("- --------------------------------------------------------------------------------\n"
             "             (Date of Event Which Requires Filing of this Statement)\n"
             "                                    31-Dec-2003\n")
    rec = _edited(tmp_path, (before, after))
    assert rec.event_date == D(2003, 12, 31)
    assert not [w for w in rec.warnings if w.code == "no-event-date"]


# --- date styles (session 47 sweep dt47: every date a 13D/13G states in any common style) ---

@pytest.mark.parametrize("text, expected", [
    ("5th day of March, 2013", D(2013, 3, 5)),      # a signature's "this 5th day of ..."
    ("10TH DAY OF FEBRUARY, 2000", D(2000, 2, 10)),
    ("1st day of May 2000", D(2000, 5, 1)),
    ("March 5. 2013", D(2013, 3, 5)),               # OCR read the comma as a period
    ("MARCH 5TH, 2013", D(2013, 3, 5)),
    ("Apri1 18, 1996", D(1996, 4, 18)),             # OCR: 1 for l
])
def test_month_name_date_styles(text, expected):
    assert MONTH_NAME_DATE.fullmatch(text)
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["Item 5. 2013", "the 5th day of the month 2013", "A1 5, 2013",
                                  "Juno 5, 2013", "Mxy 5, 2013"])
def test_month_name_date_styles_negative(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("word, month", [("Juiy", 7), ("Apri1", 4), ("Junc", 6), ("JUIY", 7)])
def test_month_number_ocr_lookalikes(word, month):
    assert month_number(word) == month


@pytest.mark.parametrize("word", ["Julie", "Juno", "Mare", "Dee", "Jnly"])
def test_month_number_ocr_lookalikes_negative(word):
    assert month_number(word) is None


@pytest.mark.parametrize("text", [
    "March 5, 2013", "MARCH 5, 2013", "March 5 , 2013", "March 5th, 2013", "Mar. 5, 2013",
    "Mar 5, 2013", "5 March 2013", "03/05/2013", "3/5/13", "03-05-2013", "2013-03-05",
    "March 05, 2013", "Sept. 5, 2013", "5th day of March, 2013", "March 5,2013", "March 5. 2013",
    "Marcb 5, 2013",
])
def test_date_text_every_style(text):
    assert DATE_TEXT.fullmatch(text)
    assert parse_date(text).day == 5 and parse_date(text).year == 2013


@pytest.mark.parametrize("text", ["Item 5", "13d-1(b)", "page 2 of 12", "12,345,678 shares"])
def test_date_text_negative(text):
    assert DATE_TEXT.search(text) is None


@pytest.mark.parametrize("text", [
    "2013/03/05", "Date: 2001/02/10", "12005-07-11", "315 March 2013"])
def test_date_text_not_inside_a_longer_run_of_digits(text):
    # review rv47d: "2013/03/05" held "13/03/05" (leading_date gave 2005-03-13), "Date:
    # 2001/02/10" gave 2010-01-02
    assert DATE_TEXT.search(text) is None
    assert leading_date(text) is None


def test_ambiguous_numeric_date_is_us_month_first():
    # SEC filings write numeric dates month first: "03/05/2013" is March 5, not 3 May
    assert parse_date("03/05/2013") == D(2013, 3, 5)
    assert parse_date("3/5/13") == D(2013, 3, 5)
    assert parse_date("03-05-2013") == D(2013, 3, 5)
    assert parse_date("03/05/2013", day_first=True) == D(2013, 5, 3)  # a day-first filing


@pytest.mark.parametrize("text, expected", [
    ("July 9, 1998 (For the period ended December 31, 1997)", D(1998, 7, 9)),
    ("Jnly 9, 1998 (For the period ended December 31, 1997)", None),  # never the period
    ("Aqril 18, 1996 - Appointment ... since December 31, 1990", None),
    ("as of February 4, 2014", D(2014, 2, 4)),
    ("31.12.2006", D(2006, 12, 31)),
    # review rv47d: the first date in a style DATE_TEXT does not cover, never the later one
    ("5.3.2013 (For the period ended December 31, 2012)", D(2013, 3, 5)),
    ("20000210 (For the period ended December 31, 1999)", D(2000, 2, 10)),
    ("03.05.2013 (event 12/31/2012)", D(2013, 5, 3)),
    # a first date in a style no rule reads, before an aside: none, never the aside's date
    ("11-Jul-05 (For the period ended June 30, 2005)", None),
    ("March 2013 (period ended December 31, 2012)", None),
    ("Not applicable (see Item 4: June 30, 2005)", D(2005, 6, 30)),
    # a street number read where it stands, not cut out of its address (review rv47d)
    ("1-12-32 Akasaka, Minato-ku", None),
    ("2013/03/05 (period 12/31/2012)", None),
])
def test_leading_date(text, expected):
    assert leading_date(text) == expected


@pytest.mark.parametrize("head, aside", [
    ("11-Jul-05 (For the period ended ", True), ("Mar. 5, '13 (period ended ", True),
    ("Not applicable (see Item 4: ", False), ("(1) ", False), ("5 (a) and (b) as of ", False),
    ("5-Mar-13 (for the period) and ", False),
])
def test_lead_before_aside(head, aside):
    # the text before a field's first date read: digits, then an aside still open
    assert bool(LEAD_BEFORE_ASIDE.search(head)) is aside


@pytest.mark.parametrize("text, value", [
    ("\n (12/31/2000)", "12/31/2000"), ("\n (2000-12-31)", "2000-12-31"),
    (" (31 December 2000)", "31 December 2000"),
    ("\n(as of December 31st, 2000)", "December 31st, 2000"),
])
def test_title_date_any_style(text, value):
    assert TITLE_DATE.match(text)["v"] == value


@pytest.mark.parametrize("text", ["\n(Rule 13d-102)", "\n(Amendment No. 2)", " (Page 1 of 12)"])
def test_title_date_negative(text):
    assert TITLE_DATE.match(text) is None


@pytest.mark.parametrize("text", [
    " dated June 1, 1995", " dated June 1st, 1995", " dated June 1 , 1995", " dated 1 June 1995",
    " dated 1995-06-01", " dated the 1st day of June, 1995", " dtd June 1,1995",
    " u/a/d 06/01/1995", " DATED JUNE 1, 1995",
])
def test_trust_date_any_style(text):
    assert TRUST_DATE.fullmatch(text)


@pytest.mark.parametrize("text", [" dated June", " dated 1995", " dated the first of June"])
def test_trust_date_negative(text):
    assert TRUST_DATE.match(text) is None
