"""Cover cells that count depositary shares and the shares they stand for, in one cell.

A holder of American Depositary Shares may print both counts in a cover cell: "625,000 ADSs
representing 1,250,000 Ordinary Shares", or "1,250,000 Ordinary Shares (represented by 625,000
ADSs)". The cover reports one class, the one its title of class of securities names: the
count of that class is the cell's value, whichever comes first (:func:`depositary_count`);
the other is of another unit and is dropped. When the title names no class, which count is
the class's cannot be told: the cell is read as before, with a warning.

Domain caveat: an ADS may stand for several shares (or a fraction of one), so the two counts
differ by the ratio and a percent of class fits only one of them.

>>> region = "  625,000 ADSs representing 1,250,000 Ordinary Shares"
>>> depositary_count(region, "Ordinary Shares, par value $0.01")
('1,250,000', '625,000', True)
>>> depositary_count(region, None)
('625,000', '1,250,000', False)
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.models import Reading
from graphkit.ocr import read_quantity
from graphkit.parsers.schedule13_cover_page import CoverPage
from graphkit.source import SourceText

#: A unit of depositary shares or receipts: "ADSs", "American Depositary Shares", "ADRs",
#: "Global Depositary Receipts", "depositary shares"
_DEPOSITARY = r"""(?:(?i:American|Global)\s+(?i:Depositary|Depository)\s+(?i:Shares?|Receipts?)
    |(?i:depositary|depository)\s+(?i:shares|receipts)|(?:ADS|ADR|GDS|GDR)s?\b)"""
#: A unit of shares: "Ordinary Shares", "Class A Ordinary Shares", "shares of Common Stock",
#: "Common Stock", "shares"
_SHARES = r"""(?:(?:(?i:Class)\s+[A-Z0-9]{1,2}\s+)?(?i:ordinary|common|preferred|preference)
    \s+(?i:shares?|stock)|(?i:shares)(?:\s+of\s+(?:(?i:Class)\s+[A-Z0-9]{1,2}\s+)?(?i:common
    |ordinary)\s+(?i:stock|shares))?)"""
#: A count of shares, never a ratio: thousands separated ("625,000", "1 250 000") or four
#: digits or more ("625000"); not the "2" of "each representing 2 Ordinary Shares". As OCR
#: prints it, a group may hold a letter read for a digit after its first digit ("625,O00",
#: "62S,000"): the cell's pair is still found, its other count never taken for the class's
_BIG_COUNT = r"""(?:[0-9][0-9lIoOSB]{0,2}(?:[,.'][0-9lIoOSB]{3}|[\ ][0-9lIoO]{3})+|[0-9]{4,})
    (?![0-9A-Za-z])"""
#: How the second count of a cell is tied to the first: " representing ", " (represented by ",
#: ", representing an aggregate of ", " equivalent to "; never after "each" (a ratio follows:
#: "625,000 ADSs, each representing 2 Ordinary Shares")
_LINK = r"""[ \t]*,?[ \t]*\(?[ \t]*(?:(?:which|in\s+total)\s+)?(?i:representing|represented
    \s+by|equivalent\s+to|equal\s+to|evidencing|evidenced\s+by|underlying)\s+
    (?:(?i:an?\s+(?:aggregate|total)\s+of)\s+)?"""

#: What makes a count after the link a ratio, not a count (:data:`DEPOSITARY_PAIR` refuses
#: it): "each" or "apiece" ending the clause after its unit ("625,000 ADSs, representing 1,000
#: Ordinary Shares each", "(... each)"), "per ADS", "for each ADS", "for every ADS"; not an
#: "each" that opens a clause of its own (", each ADS representing two Ordinary Shares", ",
#: each Ordinary Share carrying one vote", "each held of record by the Fund") nor a "per" or
#: "for each" of anything but a depositary unit ("per the deposit agreement", "for each
#: Reporting Person"; review covers17 H2)
_RATIO_AFTER = rf"""[ \t]*,?[ \t]*(?:(?i:each|apiece)(?![ \t]*[A-Za-z0-9])
    |(?i:per|for\s+(?:each|every))\s+(?:(?i:one)\s+)?{_DEPOSITARY})"""

#: Two counts of one cell, one of depositary shares and one of shares, tied by "representing"
#: or "represented by": "625,000 ADSs representing 1,250,000 Ordinary Shares", "1,250,000
#: Ordinary Shares (represented by 625,000 ADSs)"; never "each representing two Ordinary
#: Shares" nor "each representing 2 Ordinary Shares" (a ratio, no count): both counts are
#: counts of shares (:data:`_BIG_COUNT`), and the second no ratio ("representing 1,000
#: Ordinary Shares each", "1,000 Ordinary Shares per ADS": :data:`_RATIO_AFTER`)
DEPOSITARY_PAIR = regex_cache.compile(rf"""
    (?<![0-9,.])(?P<n1>{_BIG_COUNT})\s+(?P<u1>{_DEPOSITARY}|{_SHARES}){_LINK}
    (?P<n2>{_BIG_COUNT})\s+(?P<u2>{_DEPOSITARY}|{_SHARES})(?![A-Za-z])(?!{_RATIO_AFTER})
""", re.VERBOSE)
#: A unit of depositary shares alone, as :data:`DEPOSITARY_PAIR` reads it
DEPOSITARY_UNIT = regex_cache.compile(rf"""^{_DEPOSITARY}$""", re.VERBOSE)
#: A unit of depositary shares in a title of class: "American Depositary Shares, each
#: representing one Class B Ordinary Share"
DEPOSITARY_IN_TITLE = regex_cache.compile(_DEPOSITARY, re.VERBOSE)
#: A unit of shares in a title of class: "Ordinary Shares", "Common Stock"
SHARES_IN_TITLE = regex_cache.compile(_SHARES, re.VERBOSE)


def class_is_depositary(title: Optional[str]) -> Optional[bool]:
    """Whether the title of class of securities is of depositary shares (named first, before
    any share they stand for); None when there is no title.

    >>> class_is_depositary("American Depositary Shares, each representing one Ordinary Share")
    True
    >>> class_is_depositary("Ordinary Shares, par value $0.01"), class_is_depositary(None)
    (False, None)
    """
    if not title:
        return None
    dep = DEPOSITARY_IN_TITLE.search(title)
    shares = SHARES_IN_TITLE.search(title)
    return dep is not None and (shares is None or dep.start() < shares.start())


#: The most ADSs that stand for one share in a real program: an ADS may be a tenth or a
#: twentieth of a share ("8,000,000 ADSs representing 800,000 Class A Ordinary Shares"; review
#: covers17 H1), never a thousandth ("625,000 ADSs representing 2,019 Ordinary Shares" is a
#: misprint or a ratio)
MOST_ADS_PER_SHARE = 100

#: Words of which one stands in every :data:`DEPOSITARY_PAIR` (a cheap test before it)
PAIR_CUES = ("epresent", "quivalent", "qual to", "videnc", "nderlying")


def depositary_count(region: str, title: Optional[str]) -> Optional[tuple[str, str, bool]]:
    """The two counts of a cover cell (``region``) holding a count of depositary shares and
    one of the shares they stand for (:data:`DEPOSITARY_PAIR`), as printed: the one of the
    class ``title`` names, the other, and True; or the first, the second and False when no
    title tells (warn). None for any other cell.

    >>> depositary_count("1,250,000 Ordinary Shares (represented by 625,000 ADSs)",
    ...                  "American Depositary Shares")
    ('625,000', '1,250,000', True)
    >>> depositary_count("800,000", "Common Stock") is None
    True
    """
    if not any(cue in region for cue in PAIR_CUES):
        return None
    m = DEPOSITARY_PAIR.search(region)
    if m is None:
        return None
    dep1 = DEPOSITARY_UNIT.match(m["u1"]) is not None
    if dep1 == (DEPOSITARY_UNIT.match(m["u2"]) is not None):
        return None  # two counts of one unit: not this cell
    n1, n2 = m["n1"].strip(), m["n2"].strip()
    ads, shares = (n1, n2) if dep1 else (n2, n1)
    n_shares, n_ads = _count(shares), _count(ads)
    if n_shares is None or n_ads is None:
        return None  # a count no reading makes sure of: no pair to choose from
    if n_shares * MOST_ADS_PER_SHARE < n_ads:
        return None  # far fewer shares than ADSs: a ratio or a misprint, no pair to choose from
    depositary = class_is_depositary(title)
    if depositary is None:
        return n1, n2, False
    return (n1, n2, True) if dep1 == depositary else (n2, n1, True)


def _count(printed: str) -> Optional[int]:
    """A count as :data:`_BIG_COUNT` prints it, or None when it cannot be read for sure.

    >>> [_count(c) for c in ("1,250,000", "1.250.000", "1 250 000", "1,25O,000")]
    [1250000, 1250000, 1250000, 1250000]
    """
    read = read_quantity(printed)
    return None if read is None or not isinstance(read.value, int) else read.value


def keep_class_count(readings: list[Reading], count: str, other: str) -> list[Reading]:
    """The ``readings`` of a row with the reading of ``count`` (the class's, as printed) first
    and none of ``other`` (the other unit's count).

    >>> rs = [Reading(field="aggregate", raw=raw, value=v)
    ...       for raw, v in (("625,000", 625000), ("1,250,000", 1250000))]
    >>> [r.value for r in keep_class_count(rs, "1,250,000", "625,000")]
    [1250000]
    """
    if count == other:
        return readings
    return [r for r in readings if r.raw.strip() == count] + \
        [r for r in readings if r.raw.strip() not in (count, other)]


def read_depositary_cell(src: SourceText, cp: CoverPage, fld: str, region: str, rs: int,
                         title: Optional[str]) -> None:
    """Keep of the readings of ``cp``'s row ``fld`` (its ``region``, at ``rs`` of the text)
    the count of the class ``title`` names, when the cell counts depositary shares and the
    shares they stand for (:func:`depositary_count`); warn ("depositary-count") once a page
    when no title tells which is the class's (the first count is kept).
    """
    pair = depositary_count(region, title)
    if pair is None or fld not in cp.values:
        return
    count, other, sure = pair
    cp.values[fld] = keep_class_count(cp.values[fld], count, other)
    if not sure and not any(w.code == "depositary-count" for w in cp.warnings):
        cp.warnings.append(src.warn(
            "depositary-count", f"{src.path}: cover page {cp.index}: the "
            f"{fld.replace('_', ' ')} row counts depositary shares and the shares they stand "
            f"for ({count} and {other}), and no title of class says which is the class's; "
            f"{count} is kept", rs))
