"""The period a Schedule 13G reports on, stated next to its signature date or its title.

Some filers leave the cover's "Date of Event Which Requires Filing of this Statement" out and
write the period instead after the date they sign: "Date: April 8, 2000 (For the period ended
March 31, 2000)". That period's end is the date of the event the filing reports (a 13G filed
for a calendar year speaks of the holdings on its last day). It is read only when the cover
states no date of event: a date the cover states always wins.

Others print the date alone in parentheses right under the schedule's title, where the cover
has no "Date of Event" caption at all: "SCHEDULE 13G" over " (12/31/97)"
(:func:`read_title_date`). It too is read only when no caption or label gives the date, and
never when it is not earlier than the filing's signature and filed dates, or years older
(:func:`settle_event_date`): "(February 14, 2001)" or "(February 2, 2001)" under the title of
a filing signed and filed on February 2, 2001 is no date of its holdings.

Examples
--------
>>> from graphkit.source import SourceText
>>> t = "SIGNATURE\\n\\nDate:   April 8, 2000 (For the period ended March\\n        31, 2000)\\n"
>>> found = read_period_ended(SourceText(path="x.txt", text=t), 0, len(t))
>>> found[0].isoformat(), found[1].text
('2000-03-31', '(For the period ended March 31, 2000)')
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Optional

from graphkit import regex_cache
from graphkit.dates import DATE_TEXT, parse_date
from graphkit.models import Evidence, FilingWarning
from graphkit.source import SourceText

if TYPE_CHECKING:  # both import this module
    from graphkit.parsers.schedule13_front import FrontPage
    from graphkit.parsers.signature_findings import SignatureSection

#: The period a filing reports on, in parentheses after the signature date, wrapped over lines
#: or not: "(For the period ended March 31, 1999)", "(for the period ending\n December 31,
#: 1997)", "(For the year ended December 31, 2001)", "(for the calendar year ended 12/31/2003)"
PERIOD_ENDED = regex_cache.compile(r"""
    \(\s*for\s+(?:the\s+)?(?:calendar\s+|fiscal\s+)?(?:period|year|quarter)\s+
    end(?:ed|ing)\s+(?P<v>[^()]{6,40}?)\s*\)
""", re.I | re.VERBOSE)

#: A date alone in parentheses right after the schedule's title, on its line or the next (a
#: cover with no "Date of Event" caption): "SCHEDULE 13G\n (12/31/97)", "SCHEDULE 13G
#: (December 31, 2004)", "SCHEDULE 13G/A\n(as of 12/31/2000)", the date in any style of
#: :data:`graphkit.dates.DATE_TEXT` ("(2000-12-31)", "(31 December 2000)"); never "(Rule
#: 13d-102)" or "(Amendment No. 2)", which hold no date, nor a date with other words beside it
TITLE_DATE = regex_cache.compile(r"""
    [ \t*]*(?:\n[ \t*]*)?\([ \t]*(?:as[ \t]+of[ \t]+)?
    (?P<v>""" + DATE_TEXT.pattern + r""")
    [ \t]*\)
""", re.I | re.VERBOSE)


def read_title_date(src: SourceText, title_end: int, day_first: Optional[bool] = None
                    ) -> Optional[tuple[dt.date, Evidence]]:
    """The date in parentheses right after the schedule's title ending at ``title_end``
    (:data:`TITLE_DATE`) and its evidence, or None. For a cover that states no date of event
    otherwise: the filer prints there the date its holdings are reported as of.

    >>> t = "SCHEDULE 13G\\n (12/31/97)\\n\\nACME CORP\\n"
    >>> found = read_title_date(SourceText(path="x.txt", text=t), 12)
    >>> found[0].isoformat(), found[1].text
    ('1997-12-31', '12/31/97')
    >>> t = "SCHEDULE 13G\\n(Rule 13d-102)\\n(12/31/97)\\n"
    >>> read_title_date(SourceText(path="x.txt", text=t), 12) is None
    True

    See also
    --------
    graphkit.parsers.schedule13_front.read_front_page : the caption's and label's date win
    """
    m = TITLE_DATE.match(src.text, title_end)
    date = parse_date(m["v"], day_first) if m else None
    if m is None or date is None:
        return None
    return date, src.evidence(m.start("v"), m.end("v"), section="front page")

#: How many days before the filed date a signature date may lie and still bound a title's
#: date; one further back is a slip of the year ("February 6, 1997" on a filing of February
#: 10, 1998, whose title reads "(12/31/97)"), and only the filed date bounds it
SIGNED_BEFORE_FILED_DAYS = 120

#: How many years before the filed date (or, with none, the signature date) a title's date
#: may lie: one older ("(12/31/1990)" on a filing of February 2001) is a stale template or a
#: slip, no date of this filing's holdings
TITLE_DATE_MAX_YEARS = 2


def _years_before(day: dt.date, years: int) -> dt.date:
    """``day`` ``years`` years earlier (February 29 gives February 28)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def title_date_in_time(date: dt.date, signed: Optional[dt.date], filed: Optional[dt.date]
                       ) -> bool:
    """Whether ``date``, read under the schedule's title, can be the date of event: it is
    earlier than the filed date, and than the signature date unless that date lies more than
    :data:`SIGNED_BEFORE_FILED_DAYS` before the filed date (a year mistyped). A date equal to
    either is the date of the filing, not of its event. Nor is a date more than
    :data:`TITLE_DATE_MAX_YEARS` before the filed date (or, with none, the signature date).

    >>> d = dt.date
    >>> title_date_in_time(d(2001, 2, 14), d(2001, 2, 2), d(2001, 2, 2))
    False
    >>> title_date_in_time(d(2001, 2, 2), d(2001, 2, 2), d(2001, 2, 2))
    False
    >>> title_date_in_time(d(1997, 12, 31), d(1997, 2, 6), d(1998, 2, 10))
    True
    >>> title_date_in_time(d(2000, 12, 31), d(2001, 2, 2), None)
    True
    >>> title_date_in_time(d(1990, 12, 31), d(2001, 2, 2), d(2001, 2, 2))
    False
    """
    if filed is not None and date >= filed:
        return False
    latest = filed if filed is not None else signed
    if latest is not None and date < _years_before(latest, TITLE_DATE_MAX_YEARS):
        return False
    slipped = signed is not None and filed is not None and \
        (filed - signed).days > SIGNED_BEFORE_FILED_DAYS
    return signed is None or slipped or date < signed


def settle_event_date(src: SourceText, front: "FrontPage", sigs: "SignatureSection",
                      filed: Optional[dt.date]) -> list[FilingWarning]:
    """Settle the date of event of ``front`` once the signatures ``sigs`` are read: drop a
    title's date not earlier than the filing is signed or filed, or years older
    (:func:`title_date_in_time`), with a warning; where none is left, read the period stated beside the signature date
    (:func:`read_period_ended`).

    >>> from graphkit.parsers.schedule13_front import FrontPage
    >>> from graphkit.parsers.signature_findings import SignatureSection
    >>> t = "SCHEDULE 13G\\n(February 14, 2001)\\n"
    >>> src = SourceText(path="x.txt", text=t)
    >>> date, ev = read_title_date(src, 12)
    >>> front = FrontPage(event_date=date, event_evidence=ev, event_from_title=True)
    >>> sigs = SignatureSection(start=len(t), end=len(t), date=dt.date(2001, 2, 2))
    >>> [w.code for w in settle_event_date(src, front, sigs, dt.date(2001, 2, 2))]
    ['title-date-late']
    >>> front.event_date is None
    True
    """
    out: list[FilingWarning] = []
    signed = sigs.date if sigs.signatures and isinstance(sigs.date, dt.date) else None
    if front.event_from_title and front.event_date is not None and \
            not title_date_in_time(front.event_date, signed, filed):
        ev = front.event_evidence
        out.append(FilingWarning(
            code="title-date-late", source=src.path, line=ev.line if ev else None,
            message=f"{src.path}: the date under the schedule's title "
                    f"({front.event_date.isoformat()}) is not before the filing is signed and "
                    f"filed, or over {TITLE_DATE_MAX_YEARS} years before: not taken as the "
                    "date of event"))
        front.event_date, front.event_evidence, front.event_from_title = None, None, False
    if front.event_date is None and sigs.signatures:  # "(For the period ended ...)" instead
        front.event_date, front.event_evidence = read_period_ended(src, sigs.start, sigs.end) \
            or (None, None)
    return out


def read_period_ended(src: SourceText, start: int, end: int
                      ) -> Optional[tuple[dt.date, Evidence]]:
    """The end of the period stated in parentheses in ``src.text[start:end]`` (a signature
    section) and its evidence, or None when there is none or its date does not read.

    >>> t = "Date: May 1, 2000 (for the period ending December 31, 1999)"
    >>> read_period_ended(SourceText(path="x.txt", text=t), 0, len(t))[0].isoformat()
    '1999-12-31'
    >>> t = "Date: May 1, 2000\\n/s/ Jane Q. Roe\\n(for the period of her service)"
    >>> read_period_ended(SourceText(path="x.txt", text=t), 0, len(t)) is None
    True

    See also
    --------
    graphkit.parsers.schedule13_front.read_front_page : the cover's date of event, which wins
    """
    text = src.text
    low = text[start:end].lower()
    if "ended" not in low and "ending" not in low:  # a cheap test before the pattern
        return None
    for m in PERIOD_ENDED.finditer(text, start, end):
        date = parse_date(m["v"])
        if date is not None:
            return date, src.evidence(m.start(), m.end(), section="signature")
    return None
