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
the countries that write them, unless the caller knows the filing writes its dates month
first (``day_first=False``: a filing that prints "12/31/2008" means "2.11.2009" as 11
February); a dotted date that cannot be read day first ("2.14.2005") is read month first
unless the filing is known to write day first or it is a security's term ("Notes due
2.15.2020").
"""

from __future__ import annotations

import datetime as dt
import re
from difflib import SequenceMatcher
from functools import lru_cache

from graphkit import regex_cache

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}

#: "December 31, 2013", "Dec. 31 2013", "31 December 2013" (OCR may drop the comma, or read it
#: as a period: "December 31. 2013"), day first also "31st December, 2006", "31-Dec-2006" and
#: "31st day of December, 2006"; the month a whole word, read as one by :func:`month_number`
#: ("4 Mayfair 2007" is no date), the day a whole number ("214 May 2007")
MONTH_NAME_DATE = regex_cache.compile(r"""
    (?:
      (?<![A-Za-z])(?P<mon>[A-Za-z][A-Za-z1]{2,10})\.?\s+(?P<day>\d{1,2})(?i:st|nd|rd|th)?
      \s*[,.]?\s*(?P<year>(?:19|20)\d\d)
    |
      (?<!\d)(?P<day2>\d{1,2})(?i:st|nd|rd|th)?(?:\s+(?i:day)\s+(?i:of)\s+|\s+|-)
      (?P<mon2>[A-Za-z]{3,11})\.?,?(?:\s+|-)(?P<year2>(?:19|20)\d\d)
    )
""", re.VERBOSE)
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
#: How like a month's name a word OCR damaged must be (difflib's ratio): "Decernber" is
#: December (0.82), "Marathon" no March (0.62)
MONTH_LIKENESS = 0.8
#: Letters OCR reads for others in month names, undone before the likeness is measured:
#: "Decernbcr" (rn for m), "Marcli" (li for h), "Febniary" (ni for ru)
OCR_LETTER_SWAPS = (("rn", "m"), ("li", "h"), ("ni", "ru"), ("cl", "d"), ("vv", "w"))
#: Letters OCR reads for one another, folded to one before a month's name of four letters or
#: more is compared whole, where one letter off is too much for :data:`MONTH_LIKENESS` in so
#: short a word: "Juiy" (i for l), "Apri1" (1 for l), "Junc" (c for e)
OCR_LOOKALIKES = str.maketrans("i1c", "lle")
#: Each month's name with its :data:`OCR_LOOKALIKES` folded, and its number
_FOLDED_NAMES = {n.translate(OCR_LOOKALIKES): i for i, n in enumerate(_MONTH_NAMES, 1)}
#: A month's name in the other languages filers write that no rule above reads ("17 Juli 2007")
OTHER_LANGUAGE_MONTHS = {"juni": 6, "juli": 7}
#: How short a cut month name may be ("Febr.", "Decem", "Septemb"; "Mar" is the abbreviation)
SHORTEST_CUT = 4

#: "11/26/2025", "1/3/99", "11-26-2025" (US month-first order, as on SEC forms: an ambiguous
#: "03/05/2013" is March 5, never 3 May, unless the filing is shown to write day first,
#: :func:`numeric_order`)
NUMERIC_US_DATE = regex_cache.compile(r"""
    (?<!\d)(?P<mon>\d{1,2})[/-](?P<day>\d{1,2})[/-](?P<year>(?:19|20)?\d\d)(?!\d)
""", re.VERBOSE)

#: "31.12.2006" (day first, with a four-digit year; "1.250.000" is no date, nor "$1.10.2005";
#: see :data:`NUMBERED_LEAD` for "Section 2.1.2008")
DOTTED_DATE = regex_cache.compile(r"""
    (?<![\d.$€£])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>(?:19|20)\d\d)(?![\d.]\d)
""", re.VERBOSE)
#: :data:`NUMERIC_US_DATE` and :data:`DOTTED_DATE` as :func:`numeric_order` scans a front page
#: for them: the same matches, the look-behind moved after the first digit (no digit before it
#: is no two digits ending with it), so that the scan skips to each digit instead of trying the
#: look-behind at every character (three times faster)
_NUMERIC_US_SCAN = regex_cache.compile(r"""
    (?P<mon>\d(?<!\d\d)\d?)[/-](?P<day>\d{1,2})[/-](?P<year>(?:19|20)?\d\d)(?!\d)
""", re.VERBOSE)
_DOTTED_SCAN = regex_cache.compile(r"""
    (?P<day>\d(?<![\d.$€£]\d)\d?)\.(?P<mon>\d{1,2})\.(?P<year>(?:19|20)\d\d)(?![\d.]\d)
""", re.VERBOSE)
#: A word that numbers what follows it, ending the text before a dotted "date": "Section
#: 2.1.2008", "Version 1.2.2008", "Exhibit 10.1.2008" are numbers of a part, not dates
NUMBERED_LEAD = regex_cache.compile(r"""
    (?:section|sections|§|article|rule|item|paragraph|clause|exhibit|annex|schedule|version
    |no\.|number|page|pages)[ \t]*$
""", re.VERBOSE | re.IGNORECASE)
#: How far before a dotted date :data:`NUMBERED_LEAD` is looked for
LEAD_REACH = 12
#: A rate or a maturity just before a dotted "date" that reads only month first: "5.25% Notes
#: due 2.15.2020", "maturing 2.15.2020" (a term of a security, not a date of the filing)
DUE_LEAD = regex_cache.compile(r"""
    (?:%|\bdue|\bmatur(?:ing|es|ity)|\bexpir(?:ing|es|ation))[ \t]*:?[ \t]*$
""", re.VERBOSE | re.IGNORECASE)
#: How far before a dotted date :data:`DUE_LEAD` is looked for
DUE_REACH = 30

#: After a numeric date with dashes and a two-digit year, one space and the place it is the
#: street number of, ending its line or followed by a comma or a dash: "1-12-32 Akasaka,
#: Minato-ku", "3-7-12 Nishi-Shinjuku", "1-12-32 Akasaka" (a Japanese address, no date; a
#: table's "12-31-06   Purchase   1,000" is a date)...
ADDRESS_AFTER = regex_cache.compile(r"""[ ][A-Z][a-z]+(?:,|-[A-Za-z]|[ \t]*$)""", re.VERBOSE | re.MULTILINE)
#: ... and a mark of a Japanese address follows within :data:`ADDRESS_REACH` characters: a
#: ward, city or prefecture ("Minato-ku", "Chiyoda-ku", "-shi", "-ken"), "Chome", "Tokyo",
#: "Japan" ("2-14-07 Boston" ending a signature's line, "Signed 2-14-07 Boston, MA", "12-31-06
#: Sale, 1,000 shares" and "2-11-05 Winston-Salem, NC" are dates)
JAPANESE_ADDRESS = regex_cache.compile(r"""
    -(?:ku|shi|ken|gun|cho|machi|mura|chome)\b | \bchome\b | \btokyo\b | \bjapan\b
""", re.VERBOSE | re.IGNORECASE)
#: How far after a dashed "date" :data:`JAPANESE_ADDRESS` is looked for
ADDRESS_REACH = 80
#: ... unless a date's caption opens its line: "Dated: 2-14-07 Boston, Massachusetts"
DATE_LABEL_BEFORE = regex_cache.compile(r"""
    (?:date[ds]?|as[ \t]+of|on)[ \t]*:?[ \t]*$
""", re.VERBOSE | re.IGNORECASE)

#: A date in any style filers print, within one line, its groups unnamed, for the patterns of
#: lines that hold a date ("Dated: ...", a date cell before a name) to stand in for the date
#: (:func:`parse_date` then reads it, and checks its month's name): "March 5, 2013", "MARCH 5TH,
#: 2013", "Mar. 5 , 2013", "March 5,2013", "March 5. 2013", "5 March 2013", "5th day of March,
#: 2013", "03/05/2013", "3/5/13", "03-05-2013", "2013-03-05"; never the end of a longer run of
#: digits ("2013/03/05" holds no "13/03/05")
DATE_TEXT = regex_cache.compile(r"""
    (?:(?<![A-Za-z])[A-Za-z][A-Za-z1]{2,10}\.?[ \t]+\d{1,2}(?i:st|nd|rd|th)?[ \t]*[,.]?[ \t]*
     (?:19|20)\d\d
    |(?<!\d)\d{1,2}(?i:st|nd|rd|th)?(?:[ \t]+(?i:day[ \t]+of)[ \t]+|[ \t]+|-)[A-Za-z]{3,11}\.?,?
     (?:[ \t]+|-)(?:19|20)\d\d
    |(?<!\d)\d{1,2}[/-]\d{1,2}[/-](?:19|20)?\d\d
    |(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d)(?!\d)
""", re.VERBOSE)

#: A value that opens with digits before an aside still open where its first date read stands:
#: "11-Jul-05 (For the period ended June 30, 2005" (a date in a style no rule reads, then the
#: aside's date), not "Not applicable (see Item 4: June 30, 2005" (its first digit and its
#: first "(" found once each: linear in the text)
LEAD_BEFORE_ASIDE = regex_cache.compile(r"""
    \A[^(\n\d]*\d[^(\n]*\([^()]*\Z
""", re.VERBOSE)

#: "2024-01-11" (ISO, XML forms) or "20240111" (EDGAR headers)
ISO_DATE = regex_cache.compile(r"""
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


def parse_date(text: str | None, day_first: bool | None = None) -> dt.date | None:
    """The first date found in ``text``, or None.

    Tries ISO, then month names, then numeric order (month/day/year, or day/month/year when
    ``day_first``; dotted dates day first unless ``day_first`` is False, the filing shown to
    write month first; see the module's notes).

    >>> parse_date("2.11.2009"), parse_date("2.11.2009", day_first=False)
    (datetime.date(2009, 11, 2), datetime.date(2009, 2, 11))
    >>> parse_date("5.25% Notes due 2.15.2020"), parse_date("Section 2.1.2008")
    (None, None)

    See also
    --------
    find_dates, numeric_order
    """
    found = find_dates(text or "", day_first)
    return found[0] if found else None


def leading_date(text: str | None, day_first: bool | None = None) -> dt.date | None:
    """The date a field's value states: the one that starts first, of those :func:`find_dates`
    reads and the date-shaped texts (:data:`DATE_TEXT`); None when OCR damaged that one past
    reading, or it is no date where it stands (a street number "1-12-32 Akasaka, Minato-ku"),
    or in a style no rule reads, before an aside (:data:`LEAD_BEFORE_ASIDE`); never a later
    date of the value ("Date: Juiy 9, 1998 (For the period ended December 31, 1997)" is no
    date of 1997, nor "5.3.2013 (For the period ended December 31, 2012)").

    >>> leading_date("May 1, 2000 (For the period ended March 31, 2000)")
    datetime.date(2000, 5, 1)
    >>> leading_date("Mxy 1, 2000 (For the period ended March 31, 2000)") is None
    True
    >>> leading_date("31.12.2006"), leading_date("20000210 (For the period ended May 1, 1999)")
    (datetime.date(2006, 12, 31), datetime.date(2000, 2, 10))
    >>> leading_date("11-Jul-05 (For the period ended June 30, 2005)") is None
    True
    """
    text = text or ""
    hits, shaped = _date_hits(text, day_first), DATE_TEXT.search(text)
    if not hits:
        return None
    start, _, d = hits[0]
    if shaped is not None and start >= shaped.end():
        return None  # the date-shaped text first, and no date where it stands
    return None if LEAD_BEFORE_ASIDE.search(text, 0, start) else d


def find_dates(text: str, day_first: bool | None = None) -> list[dt.date]:
    """Every date in ``text`` in order of position.

    >>> find_dates("filed 2003-11-28, amended December 1, 2003")
    [datetime.date(2003, 11, 28), datetime.date(2003, 12, 1)]
    """
    return [d for _, _, d in _date_hits(text, day_first)]


def numeric_order(text: str) -> str | None:
    """"dmy" when ``text`` writes its numeric dates day first (one of them can only be read so,
    "31/12/2008", and none can only be read month first), "mdy" for the converse, else None
    (no numeric date settles it, or they disagree).

    >>> numeric_order("Event: 31/12/2008 ... Date: 11/02/2009")
    'dmy'
    >>> numeric_order("Event: 12/31/2008 ... Date: 11/02/2009"), numeric_order("11/02/2009")
    ('mdy', None)
    >>> numeric_order("Tel. +352-26-12-34-1")  # no date

    >>> numeric_order("Event: 31.12.2008 ... Date: 11/02/2009")  # dotted dates count too
    'dmy'
    """
    if "/" not in text and "-" not in text and "." not in text:
        return None
    day_first = month_first = False
    pairs = []
    for m in _NUMERIC_US_SCAN.finditer(text):
        after, before = text[m.end():m.end() + 1], text[max(m.start() - 1, 0):m.start()]
        if (after and after in "-/") or (before and before in "-/+") or _street_number(text, m):
            continue  # part of a longer run of numbers: a telephone number "+352-26-12-34-1"
        pairs.append((int(m["mon"]), int(m["day"])))
    if "." in text:
        pairs += [(int(m["day"]), int(m["mon"])) for m in _DOTTED_SCAN.finditer(text)
                  if not _numbered(text, m)]
    for first, second in pairs:
        if 12 < first <= 31 and 1 <= second <= 12:
            day_first = True
        elif 12 < second <= 31 and 1 <= first <= 12:
            month_first = True
    if day_first == month_first:
        return None
    return "dmy" if day_first else "mdy"


#: The ``day_first`` of :func:`parse_date` that an order :func:`numeric_order` found means
DAY_FIRST = {"dmy": True, "mdy": False}


#: Texts up to this length are date fields and date lines, cached (filings print the same
#: dates, and a filing reads its own date lines more than once); longer ones are stretches of
#: a filing, never asked again, that would only fill the cache.
CACHED_DATE_TEXT = 200


@lru_cache(maxsize=1024)
def month_number(word: str) -> int | None:
    """The month a word names: its name or abbreviation ("Dec", "Sept"), its name cut short
    ("Febr", "Septemb": :data:`SHORTEST_CUT`), or its name as OCR damaged it (its first three
    letters right, its length one off at most, and :data:`MONTH_LIKENESS`, measured also with
    :data:`OCR_LETTER_SWAPS` undone); None for any other word that opens with an abbreviation.

    >>> month_number("December"), month_number("SEPT"), month_number("Decernber")
    (12, 9, 12)
    >>> month_number("Decernbcr"), month_number("Febniary"), month_number("Febr"), month_number("Juli")
    (12, 2, 2, 7)
    >>> month_number("Juiy"), month_number("Apri1"), month_number("Junc")
    (7, 4, 6)
    >>> month_number("Mayfair"), month_number("Marathon"), month_number("Marcus"), month_number("Julie")
    (None, None, None, None)
    """
    w = word.lower()
    if w in _MONTHS:
        return _MONTHS[w]
    if w == "sept":
        return 9
    if w in OTHER_LANGUAGE_MONTHS:
        return OTHER_LANGUAGE_MONTHS[w]
    if len(w) >= SHORTEST_CUT and w.translate(OCR_LOOKALIKES) in _FOLDED_NAMES:
        return _FOLDED_NAMES[w.translate(OCR_LOOKALIKES)]
    mended = w
    for seen, meant in OCR_LETTER_SWAPS:
        mended = mended.replace(seen, meant)
    for i, name in enumerate(_MONTH_NAMES, 1):
        if name.startswith(w) and len(w) >= SHORTEST_CUT:
            return i
        if any(v[:3] == name[:3] and len(v) >= 5 and abs(len(v) - len(name)) <= 1
               and SequenceMatcher(None, v, name).ratio() >= MONTH_LIKENESS for v in {w, mended}):
            return i
    return None


def _numbered(text: str, m: re.Match) -> bool:
    """Whether the dotted "date" ``m`` numbers a part (:data:`NUMBERED_LEAD`: "Section 2.1.2008").

    >>> t = "Section 2.1.2008"; _numbered(t, DOTTED_DATE.search(t))
    True
    """
    return NUMBERED_LEAD.search(text, max(0, m.start() - LEAD_REACH), m.start()) is not None


def _street_number(text: str, m: re.Match) -> bool:
    """Whether the numeric "date" ``m`` (dashes, a two-digit year) is the number of a street
    address (:data:`ADDRESS_AFTER`, :data:`JAPANESE_ADDRESS`), not a date (no
    :data:`DATE_LABEL_BEFORE` on its line).

    >>> t = "Akasaka Center, 1-12-32 Akasaka, Minato-ku"; _street_number(t, NUMERIC_US_DATE.search(t))
    True
    >>> t = "Dated: 2-14-07 Boston, Massachusetts"; _street_number(t, NUMERIC_US_DATE.search(t))
    False
    """
    if len(m["year"]) != 2 or "/" in m.group(0) or not ADDRESS_AFTER.match(text, m.end()):
        return False
    if not JAPANESE_ADDRESS.search(text[m.end():m.end() + ADDRESS_REACH]):
        return False  # "2-14-07 Boston": a signature's date and its place
    line = text.rfind("\n", 0, m.start()) + 1
    return DATE_LABEL_BEFORE.search(text, line, m.start()) is None


def _dotted(text: str, m: re.Match, day_first: bool | None) -> dt.date | None:
    """The date a :data:`DOTTED_DATE` match ``m`` reads: month first where the filing is shown
    to write so (``day_first`` False), else day first, or month first when only that makes a
    date (a signature's "Date: 2.14.2005"), except a term of a security (:data:`DUE_LEAD`).

    >>> t = "Date: 2.14.2005"; _dotted(t, DOTTED_DATE.search(t), None)
    datetime.date(2005, 2, 14)
    >>> t = "Notes due 2.15.2020"; _dotted(t, DOTTED_DATE.search(t), None)
    """
    year, first, second = int(m["year"]), int(m["day"]), int(m["mon"])
    if day_first is False:
        return _numeric(year, first, second, False)
    read = _make(year, second, first)
    if read is not None:
        return read
    if DUE_LEAD.search(text, max(0, m.start() - DUE_REACH), m.start()):
        return None
    return _numeric(year, first, second, True)


def _date_hits(text: str, day_first: bool | None = None
               ) -> tuple[tuple[int, int, dt.date], ...]:
    """Every date in ``text`` with its span (start, end), in order of position."""
    if len(text) > CACHED_DATE_TEXT:
        return _hits_in(text, day_first)
    return _cached_hits_in(text, day_first)


def _hits_in(text: str, day_first: bool | None = None) -> tuple[tuple[int, int, dt.date], ...]:
    """:func:`_date_hits`, uncached."""
    hits: list[tuple[int, int, dt.date]] = []

    def add(m: re.Match, d: dt.date | None) -> None:
        if d is None or any(s < m.end() and m.start() < e for s, e, _ in hits):
            return
        hits.append((m.start(), m.end(), d))

    for m in ISO_DATE.finditer(text):
        add(m, _make(int(m["year"]), int(m["mon"]), int(m["day"])))
    for m in MONTH_NAME_DATE.finditer(text):
        mon = month_number(m["mon"] or m["mon2"] or "")
        if mon is not None:
            add(m, _make(int(m["year"] or m["year2"]), mon, int(m["day"] or m["day2"])))
    for m in NUMERIC_US_DATE.finditer(text):
        if not _street_number(text, m):
            add(m, _numeric(int(m["year"]), int(m["mon"]), int(m["day"]), bool(day_first)))
    if "." in text:
        for m in DOTTED_DATE.finditer(text):
            if _numbered(text, m):
                continue
            add(m, _dotted(text, m, day_first))
    return tuple(sorted(hits, key=lambda h: h[0]))


_cached_hits_in = lru_cache(maxsize=4096)(_hits_in)
