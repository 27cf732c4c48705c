"""Warnings on the power and aggregate rows of a text cover page whose number cannot be read:
a percent where shares belong, a number-like cell no reader takes, a number torn by OCR. The
row is then left empty and the warning names the file, the cover page and the line; a row is
never filled from another row, a row number or another number of its cell.

>>> from graphkit.source import SourceText
>>> cp = CoverPage(index=1, start=0, end=0)
>>> warn_unread_number(SourceText(path="x.txt", text="1,000,00"), cp, "aggregate", "1,000,00", 0)
>>> cp.warnings[0].code
'unread-cover-number'
"""

from __future__ import annotations

from graphkit.models import Reading
from graphkit.ocr import find_percents
from graphkit.parsers.schedule13_cover_page import CoverPage
from graphkit.parsers.schedule13_cover_patterns import (DAMAGED_NUMBER, DAMAGED_PERCENT,
                                                        NUMBER_LIKE)
from graphkit.source import SourceText


def warn_percent_cell(src: SourceText, cp: CoverPage, fld: str, region: str, rs: int) -> None:
    """Warn when a power or aggregate row holds a percent instead of a number of shares
    ("7)  Sole Dispositive Power. . .  11.9%"): the row is left empty, never filled from
    another row or a row number.

    >>> from graphkit.source import SourceText
    >>> cp = CoverPage(index=1, start=0, end=0)
    >>> warn_percent_cell(SourceText(path="x.txt", text=" 11.9%"), cp, "sole_dispositive",
    ...                   " 11.9%", 0)
    >>> cp.warnings[0].code
    'percent-in-share-row'
    """
    found = find_percents(region)
    if found:
        ps, _, r = found[0]
        cp.warnings.append(src.warn(
            "percent-in-share-row", f"{src.path}: cover page {cp.index}: the "
            f"{fld.replace('_', ' ')} row holds a percent ({r.raw}) instead of a number of "
            f"shares; left empty", rs + ps))


def warn_unread_number(src: SourceText, cp: CoverPage, fld: str, region: str, rs: int
                       ) -> None:
    """Warn when a power or aggregate row, read as empty, holds what looks like a number
    (:data:`NUMBER_LIKE`, "1,000,00"): the value printed there is lost, and the row says so
    rather than being silently blank.

    >>> from graphkit.source import SourceText
    >>> cp = CoverPage(index=1, start=0, end=0)
    >>> warn_unread_number(SourceText(path="x.txt", text="7"), cp, "aggregate", "7", 0)
    >>> cp.warnings   # a row number "7" is no number of shares
    []
    """
    m = NUMBER_LIKE.search(region)
    if m is not None:
        cp.warnings.append(src.warn(
            "unread-cover-number", f"{src.path}: cover page {cp.index}: the "
            f"{fld.replace('_', ' ')} row holds {m.group(0)!r}, not read as a number of "
            f"shares; left empty", rs + m.start()))


def warn_damaged_number(src: SourceText, cp: CoverPage, fld: str, region: str, rs: int,
                        read_spans: list[tuple[int, int]]) -> bool:
    """Warn, and say so, when a power or aggregate row holds a number torn by OCR
    (:data:`DAMAGED_NUMBER`, a letter in its digit groups: "1,A00,000") that was not read as a
    number of shares: the row is then left empty, never given the "1" before the letter nor
    another number of the cell ("62A,000 ADSs representing 1,000 Ordinary Shares").

    >>> from graphkit.source import SourceText
    >>> cp = CoverPage(index=1, start=0, end=0)
    >>> warn_damaged_number(SourceText(path="x.txt", text="1,A00,000"), cp, "aggregate",
    ...                      "1,A00,000", 0, [])
    True
    >>> cp.warnings[0].message
    "x.txt: cover page 1: the aggregate row holds '1,A00,000', a number torn by OCR; left empty"
    """
    if "," not in region and "." not in region and "'" not in region and "’" not in region:
        return False  # no group mark: no torn number (most rows hold "0" or "-0-")
    for m in DAMAGED_NUMBER.finditer(region):
        if any(c.isalpha() for c in m[0]) and \
                not any(s < m.end() and m.start() < e for s, e in read_spans):
            cp.warnings.append(src.warn(
                "unread-cover-number", f"{src.path}: cover page {cp.index}: the "
                f"{fld.replace('_', ' ')} row holds {m[0]!r}, a number torn by OCR; left empty",
                rs + m.start()))
            return True
    return False


def warn_damaged_percent(src: SourceText, cp: CoverPage, region: str, rs: int,
                         found: list[tuple[int, int, Reading]]) -> bool:
    """Warn, and say so, when a percent row holds a percent whose sign OCR misread
    (:data:`DAMAGED_PERCENT`, "4.3X") that is none of the percents ``found`` in it (a bare
    "4.3" of "4.3 7." alone is): the row is then left empty, never given another percent it
    holds on its line ("4.3X of Class A; 62.5% of Class B" is not 62.5% of the class); a
    percent read on another line stands, the damaged one warned of ("4.3%", then a note's
    "the Fund has 1.5x leverage").

    >>> from graphkit.source import SourceText
    >>> cp = CoverPage(index=1, start=0, end=0)
    >>> warn_damaged_percent(SourceText(path="x.txt", text=" 4.3X"), cp, " 4.3X", 0, [])
    True
    >>> cp.warnings[0].message
    "x.txt: cover page 1: the percent row holds '4.3X', its sign misread by OCR; left empty"
    >>> found = [(1, 5, Reading(field="percent", value=4.3, raw="4.3%"))]
    >>> note = " 4.3%\\n the Fund has 1.5x leverage"
    >>> warn_damaged_percent(SourceText(path="x.txt", text=note), cp, note, 0, found)
    False
    """
    m = DAMAGED_PERCENT.search(region)
    if m is None or any(s < m.end() and m.start() < e for s, e, _ in found):
        return False
    line = region.count("\n", 0, m.start())
    # a percent read on a line of its own stands: "4.3%", then a note's "1.5x leverage"
    apart = bool(found) and all(region.count("\n", 0, s) != line for s, _, _ in found)
    cp.warnings.append(src.warn(
        "unread-cover-number", f"{src.path}: cover page {cp.index}: the percent row holds "
        f"{m[0]!r}, its sign misread by OCR; " + ("not read" if apart else "left empty"),
        rs + m.start()))
    return not apart
