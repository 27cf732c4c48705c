"""Reading dates as filings print them.

Examples
--------
>>> parse_date("December 31, 2013")
datetime.date(2013, 12, 31)
>>> parse_date("11/26/2025")
datetime.date(2025, 11, 26)
>>> parse_date("2024-01-11")
datetime.date(2024, 1, 11)
>>> parse_date("20240111")
datetime.date(2024, 1, 11)
>>> parse_date("Date: February 4, 2014")
datetime.date(2014, 2, 4)
>>> parse_date("31-Dec-2006"), parse_date("31st December, 2006")
(datetime.date(2006, 12, 31), datetime.date(2006, 12, 31))
>>> parse_date("31/12/2008"), parse_date("11/02/2009"), parse_date("11/02/2009", day_first=True)
(datetime.date(2008, 12, 31), datetime.date(2009, 11, 2), datetime.date(2009, 2, 11))
>>> parse_date("no date here") is None
True

Numeric dates are read month first, as on SEC forms, unless the month cannot be (a first
number past 12: "31/12/2008" is day first), or the caller knows the filing writes them day
first (:func:`numeric_order`: a filing that prints "31/12/2008" and no "12/31/2008" means
"11/02/2009" as 11 February). Dotted dates ("31.12.2006") are read day first, as written in
the countries that write them.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}

#: "December 31, 2013", "Dec. 31 2013", "31 December 2013" (OCR may drop the comma), day first
#: also "31st December, 2006" and "31-Dec-2006"
MONTH_NAME_DATE = re.compile(r"""
    (?:
      (?P<mon>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?P<year>(?:19|20)\d\d)
    |
      (?P<day2>\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)(?P<mon2>[A-Za-z]{3,9})\.?,?(?:\s+|-)
      (?P<year2>(?:19|20)\d\d)
    )
""", re.VERBOSE)

#: "11/26/2025", "1/3/99", "11-26-2025" (US month-first order, as on SEC forms)
NUMERIC_US_DATE = re.compile(r"""
    (?<!\d)(?P<mon>\d{1,2})[/-](?P<day>\d{1,2})[/-](?P<year>(?:19|20)?\d\d)(?!\d)
""", re.VERBOSE)

#: "31.12.2006" (day first, with a four-digit year; "1.250.000" is no date)
DOTTED_DATE = re.compile(r"""
    (?<![\d.])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>(?:19|20)\d\d)(?![\d.]\d)
""", re.VERBOSE)

#: "2024-01-11" (ISO, XML forms) or "20240111" (EDGAR headers)
ISO_DATE = re.compile(r"""
    (?<!\d)(?P<year>(?:19|20)\d\d)-?(?P<mon>[01]\d)-?(?P<day>[0-3]\d)(?!\d)
""", re.VERBOSE)


def _make(year: int, month: int, day: int) -> dt.date | None:
    if year < 100:
        year += 2000 if year < 50 else 1900
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric(year: int, first: int, second: int, day_first: bool) -> dt.date | None:
    """A numeric date with its two leading numbers in the order given, or else in the only
    order that makes a date ("31/12/2008" read month first has no month 31).

    >>> _numeric(2008, 31, 12, False), _numeric(2009, 11, 2, True)
    (datetime.date(2008, 12, 31), datetime.date(2009, 2, 11))
    """
    mon, day = (second, first) if day_first else (first, second)
    if mon > 12 and day <= 12:
        mon, day = day, mon
    return _make(year, mon, day)


def parse_date(text: str | None, day_first: bool = False) -> dt.date | None:
    """The first date found in ``text``, or None.

    Tries ISO, then month names, then numeric order (month/day/year, or day/month/year when
    ``day_first``; see the module's notes).

    See also
    --------
    find_dates, numeric_order
    """
    found = find_dates(text or "", day_first)
    return found[0] if found else None


def find_dates(text: str, day_first: bool = False) -> list[dt.date]:
    """Every date in ``text`` in order of position.

    >>> find_dates("filed 2003-11-28, amended December 1, 2003")
    [datetime.date(2003, 11, 28), datetime.date(2003, 12, 1)]
    """
    if len(text) > CACHED_DATE_TEXT:
        return list(_dates_in(text, day_first))
    return list(_cached_dates_in(text, day_first))


def numeric_order(text: str) -> str | None:
    """"dmy" when ``text`` writes its numeric dates day first (one of them can only be read so,
    "31/12/2008", and none can only be read month first), "mdy" for the converse, else None
    (no numeric date settles it, or they disagree).

    >>> numeric_order("Event: 31/12/2008 ... Date: 11/02/2009")
    'dmy'
    >>> numeric_order("Event: 12/31/2008 ... Date: 11/02/2009"), numeric_order("11/02/2009")
    ('mdy', None)
    >>> numeric_order("Tel. +352-26-12-34-1")  # no date

    """
    if "/" not in text and "-" not in text:
        return None
    day_first = month_first = False
    for m in NUMERIC_US_DATE.finditer(text):
        after, before = text[m.end():m.end() + 1], text[max(m.start() - 1, 0):m.start()]
        if (after and after in "-/") or (before and before in "-/+"):
            continue  # part of a longer run of numbers: a telephone number "+352-26-12-34-1"
        first, second = int(m["mon"]), int(m["day"])
        if 12 < first <= 31 and 1 <= second <= 12:
            day_first = True
        elif 12 < second <= 31 and 1 <= first <= 12:
            month_first = True
    if day_first == month_first:
        return None
    return "dmy" if day_first else "mdy"


#: Texts up to this length are date fields and date lines, cached (filings print the same
#: dates, and a filing reads its own date lines more than once); longer ones are stretches of
#: a filing, never asked again, that would only fill the cache.
CACHED_DATE_TEXT = 200


def _dates_in(text: str, day_first: bool = False) -> tuple[dt.date, ...]:
    """:func:`find_dates` as a tuple."""
    hits: list[tuple[int, dt.date]] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, d: dt.date | None) -> None:
        if d is None or any(s < m.end() and m.start() < e for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        hits.append((m.start(), d))

    for m in ISO_DATE.finditer(text):
        add(m, _make(int(m["year"]), int(m["mon"]), int(m["day"])))
    for m in MONTH_NAME_DATE.finditer(text):
        mon = (m["mon"] or m["mon2"] or "")[:3].lower()
        if mon in _MONTHS:
            add(m, _make(int(m["year"] or m["year2"]), _MONTHS[mon], int(m["day"] or m["day2"])))
    for m in NUMERIC_US_DATE.finditer(text):
        add(m, _numeric(int(m["year"]), int(m["mon"]), int(m["day"]), day_first))
    if "." in text:
        for m in DOTTED_DATE.finditer(text):
            add(m, _numeric(int(m["year"]), int(m["day"]), int(m["mon"]), True))
    return tuple(d for _, d in sorted(hits, key=lambda h: h[0]))


_cached_dates_in = lru_cache(maxsize=4096)(_dates_in)
