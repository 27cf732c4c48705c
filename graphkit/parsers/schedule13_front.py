"""The front page of a Schedule 13D/13G: form, amendment, issuer, class, CUSIP, event date.

Most front pages print each value *above* its caption ("Acme, Inc." over "(Name of Issuer)");
others write it after a label on one line ("NAME OF ISSUER:   Acme, Inc.", "CUSIP Number:
12345A105", "Cusip #12345A105", "Date of Event Which Requires Filing of this Statement:
December 31, 2014"). The caption is read first; the label only where no caption gives a value.

A CUSIP is kept in one form, its letters and digits run together ("247368 10 3",
"724-081-104" and "67572P\\n101" become "247368103", "724081104", "67572P101"), the way the
XML forms print it (:mod:`graphkit.parsers.schedule13_cusip` reads it). A CUSIP whose check
digit fails, one printed with eight characters (no check digit, as older filings do), or a
CUSIP field that holds no CUSIP (a file number, a telephone number, the issuer's six
characters alone) gives a warning; only the last is left empty. "N/A" ends the search; a
CUSIP label is looked for on the front page and the cover pages only, never in the items
after them, which name other securities' CUSIPs.

Examples
--------
>>> from graphkit.source import SourceText
>>> src = SourceText(path="x.txt", text="SCHEDULE 13G\\n(Amendment No. 2)\\nAcme, Inc.\\n"
...     "(Name of Issuer)\\nCommon Stock\\n(Title of Class of Securities)\\n12345A 10 5\\n"
...     "(CUSIP Number)\\nDecember 31, 2013\\n(Date of Event which Requires Filing of this "
...     "Statement)\\n")
>>> fp = read_front_page(src)
>>> fp.form, fp.amendment_number, fp.issuer_name, fp.security_class, fp.cusip, fp.event_date
('SC 13G/A', 2, 'Acme, Inc.', 'Common Stock', '12345A105', datetime.date(2013, 12, 31))
>>> src = SourceText(path="x.txt", text="SCHEDULE 13D\\nNAME OF ISSUER:   Acme, Inc.\\n"
...     "CUSIP NO:  12345A 10 5\\nDATE OF EVENT WHICH REQUIRES FILING:  February 18, 1997\\n")
>>> fp = read_front_page(src)
>>> fp.issuer_name, fp.cusip, fp.event_date
('Acme, Inc.', '12345A105', datetime.date(1997, 2, 18))
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from graphkit import regex_cache
from graphkit.dates import leading_date, parse_date
from graphkit.models import Evidence, FilingWarning
from graphkit.parsers.cue_search import finditer_lines, fold_text, search_lines
from graphkit.parsers.schedule13_amendment import (AMENDMENT, front_head,  # noqa: F401
                                                   read_amendment)
from graphkit.parsers.schedule13_cover_patterns import FIRST_ITEM
from graphkit.parsers.schedule13_period import read_title_date
from graphkit.parsers.schedule13_cusip import (  # noqa: F401  (re-exported)
    COVER_ROW_CELL, CUSIP_CANDIDATE, CUSIP_OPEN, CUSIP_PIECE, CUSIP_SPLITS, HEADING_PIECES, ISIN,
    THREE_DIGITS, CusipReading, cusip_check_digit, cusip_checks, find_cusip, read_cusip,
    repair_cusip, scan_cusip)
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

#: "SCHEDULE 13G", "SCHEDULE 13D/A*", "# **SCHEDULE 13G**"
FORM_TITLE = regex_cache.compile(r"""SCHEDULE\s+13\s?(?P<kind>[DG])\b(?P<amend>\s*/\s*A\b)?""", _F)
#: "(Name of Issuer)"
ISSUER_CAPTION = regex_cache.compile(r"""\(\s*Name\s+of\s+(?:the\s+)?Issuer\s*\)""", _F)
#: "(Title of Class of Securities)", "(Title and Class of Securities)", "(Title of Class of
#: Security)", "(Title of Class and Securities)"
CLASS_CAPTION = regex_cache.compile(r"""
    \(\s*Title\s+(?:of|and)\s+Class\s+(?:of|and)\s+Securit(?:ies|y)\s*\)""", _F)
#: A CUSIP printed in its own column at the end of the class's line, its caption beside the
#: class's: "Common Stock, par value $1.00                    01475210" over "(Title of class
#: of securities)      (CUSIP number)"; the cell is cut from the class when it reads as a CUSIP
CUSIP_COLUMN = regex_cache.compile(r"""[ \t]{3,}(?P<cusip>[0-9A-Z][0-9A-Z \-]{5,13}[0-9A-Z])[ \t]*$""",
                                   re.VERBOSE | re.MULTILINE)
#: "(CUSIP Number)", "(CUSIP Number of Class of Securities)", "(CUSIP No.)", "(CUSIP Numbers)"
#: (one a class: the first is the issuer's)
CUSIP_CAPTION = regex_cache.compile(r"""
    \(\s*CUSIP\s+(?:Numbers?|Nos?\.?)(?:\s+of\s+(?:the\s+)?Class\s+of\s+Securities)?\s*\)
""", _F)
#: "(Date of Event which Requires Filing of this Statement)", wrapped over two lines with a
#: deep indent ("(Date of Event which Requires Filing\n        of this Statement)"), the
#: misspelling "Requires Filling", and the past "Which Required Filing"
EVENT_CAPTION = regex_cache.compile(r"""
    \(\s*Date\s+of\s+Event\s+which\s+Require[sd]\s+Fill?ing(?:\s+of\s+th(?:is|e)\s+Statement)?
    [^)]{0,40}\)
""", _F)

#: A date alone on the line right under the event caption, where the caption is printed above
#: its value: "(Date of Event Which Requires Filing of this Statement)" / "   December 31, 2006"
DATE_UNDER_CAPTION = regex_cache.compile(r"""
    [ \t]*\n[ \t*]*(?P<v>[A-Za-z0-9][\w.,/ \t-]{4,30}?)[ \t*]*$
""", re.VERBOSE | re.MULTILINE)

# --- the same fields written after a label on one line (each label opens its line) ----------

#: The lead before a label opening its line: spaces, markdown marks, a table's "|"
_LEAD = r"^[ \t*#>|]*"
#: "NAME OF ISSUER:   Acme, Inc.", "Name of issuer: Acme Trust" (never "Item 1(a) Name of
#: Issuer:", whose label does not open its line: Item 1 is read elsewhere)
ISSUER_LABEL = regex_cache.compile(_LEAD + r"""Name[ \t]+of[ \t]+(?:the[ \t]+)?Issuer[ \t]*:""",
                                   re.M | _F)
#: "TITLE OF CLASS OF SECURITIES:   Common Stock"
CLASS_LABEL = regex_cache.compile(_LEAD + r"""Title[ \t]+of[ \t]+(?:the[ \t]+)?Class[ \t]+of[ \t]+
                         Securities[ \t]*:""", re.M | _F)
#: "DATE OF EVENT WHICH REQUIRES FILING:  February 18, 1997", "Date of  Event Which Requires
#: Filing of this Statement: December 31, 2014"
EVENT_LABEL = regex_cache.compile(_LEAD + r"""Date\s+of\s+(?:the\s+)?Event\s+which\s+Requires\s+Fill?ing
                         (?:\s+of\s+th(?:is|e)\s+Statement)?[ \t]*:""", re.M | _F)
#: Item 2(d)'s caption, where the class is stated again: "Item 2(d).\tTitle of Class of
#: Securities:", "(d) Title of Class of Securities" (the value after it, or on a line below)
CLASS_ITEM = regex_cache.compile(r"""\(d\)\.?[ \t]*Title[ \t]+of[ \t]+(?:the[ \t]+)?Class[ \t]+of[ \t]+
                        Securit(?:ies|y)[ \t]*[:.]?""", _F)
#: A CUSIP label and what may follow it before the value: "CUSIP NO:", "CUSIP Number:",
#: "Cusip #", "CUSIP No.:", "CUSIP\nNumber:" (a wrapped HTML cell), "CUSIP NUMBER"
CUSIP_LABEL = regex_cache.compile(r"""CUSIP(?:\s+(?:Number|No\.?)|[ \t]*\#)?[ \t]*[:.]?[ \t]*""", _F)
#: Where a value written after a label ends: two spaces or a tab (the next column), or its line
VALUE_END = regex_cache.compile(r"""[ \t]{2,}|\t|\n""", re.VERBOSE)
#: A label inside a value's line, where that value ends: "NAME OF ISSUER: Acme Corp. CUSIP
#: NO: 037833100", "Title of Class of Securities: Common Stock Date of Event ...: May 1, 2001"
INLINE_LABEL = regex_cache.compile(r"""
    \b(?:CUSIP\b|Name[ \t]+of[ \t]+(?:the[ \t]+)?Issuer\b|Title[ \t]+of[ \t]+(?:the[ \t]+)?Class\b
    |Date[ \t]+of[ \t]+(?:the[ \t]+)?Event\b)
""", _F)
#: A line that is a label of its own, never the value of a label ending the line above:
#: "TITLE OF CLASS OF SECURITIES: Common Stock" (up to nine words and a colon), "CUSIP #1234"
LABEL_LINE = regex_cache.compile(r"""
    [ \t*#>|]*(?:CUSIP\b|(?:[A-Za-z][\w.,'&/()\#-]*[ \t]+){0,8}[A-Za-z][\w.()\#]*[ \t]*:(?!\S))
""", _F)
#: A value that only points elsewhere: "(see Item 1)", "See Item 2(e)"
SEE_ELSEWHERE = regex_cache.compile(r"""^\(?\s*see\b""", _F)
#: A CUSIP label's cell that is the page heading beside it, not a CUSIP field ("CUSIP No.
#: 13G   Page 2 of 9", "CUSIP No.        Schedule 13D"): no warning for these
PAGE_HEADING = regex_cache.compile(r"""^(?:(?:Schedule|SC)\s+)?13\s?[DG]\b|^Page\b""", _F)
#: Cells that state no CUSIP: "N/A", "None", "Not applicable" (no warning for these)
NO_CUSIP = regex_cache.compile(r"""^(?:n/?a|none|not\s+applicable|-+)\b""", _F)

# --- small patterns of the readers below ----------------------------------------------------

#: Rule lines and markdown debris above captions: "-----", "____", "**", "> "
RULE_LINE = regex_cache.compile(r"""^[\s\-_=*#>]*$""", re.VERBOSE)
#: A letter or digit before a caption on its line: "Acme, Inc. (Name of Issuer)"
LETTER_OR_DIGIT = regex_cache.compile(r"""[A-Za-z0-9]""", re.VERBOSE)
#: Markdown marks around front-page values: "**", "#", ">"
MARKDOWN_MARK = regex_cache.compile(r"""[*#>]""", re.VERBOSE)
#: A line ending with ")", and one opening a caption "(Name", of the caption above a value
CLOSING_PAREN = regex_cache.compile(r"""\)\s*$""", re.VERBOSE)
CAPTION_OPEN = regex_cache.compile(r"""\(\s*[A-Z][a-z]+""", re.VERBOSE)

#: The form's own heading, printed above the issuer's name, never part of it: "SECURITIES AND
#: EXCHANGE COMMISSION" (or without "AND"), "Washington, D.C. 20549", "Under the Securities
#: Exchange Act of 1934", "(Amendment No. 0 )", "SCHEDULE 13G", "(Rule 13d-102)" (runs of
#: blanks, digits and stars are taken whole: neighbours sharing a run tried each split of it)
FORM_HEADING = regex_cache.compile(r"""
    (?:United\s+States\s+)?Securities\s+(?:and\s+|&\s+)?Exchange\s+Commission
  | Washington,?\s+D\.?\s?C\.?(?:\s+\d{5}(?:-\d{4})?)?
  | Under\s+the\s+Securities\s+Exchange\s+Act\s+of\s+1934
  | \(?\s*+Amendment\s++No\.?\s*+(?::\s*+)?(?:\d++\s*+)?\)?\**+
  | Schedule\s++13\s?-?\s?[DG](?:\s*+/\s*+A)?\b\**+
  | \(\s*Rule\s+13d-\d+\s*\)
""", _F)
#: A line of the form's heading alone: :data:`FORM_HEADING` phrases, or "UNITED STATES" (a
#: line of its own only: "United States Lime & Minerals, Inc." is an issuer)
HEADING_LINE = regex_cache.compile(r"""
    [ \t*#>]*+(?:United\s+States|(?:(?:{0})[ \t]*+)+)[ \t*#>]*
""".format(FORM_HEADING.pattern), _F)

#: The marks stripped from both ends of a value written after a label
_VALUE_MARKS = " \t*#>|:"


class FrontPage(BaseModel):
    """The facts of the first page of a Schedule 13D/13G, and the oddities met reading it."""

    model_config = ConfigDict(extra="forbid")

    form: Optional[str] = None
    amendment_number: Optional[int] = None
    issuer_name: Optional[str] = None
    issuer_evidence: Optional[Evidence] = None
    security_class: Optional[str] = None
    cusip: Optional[str] = None
    event_date: Optional[dt.date] = None
    event_evidence: Optional[Evidence] = None
    #: the date of event is the one under the title (:func:`read_title_date`), which the
    #: signature and filed dates may yet overrule
    event_from_title: bool = False
    warnings: list[FilingWarning] = Field(default_factory=list)


def _value_above(src: SourceText, caption: re.Match[str], floor: int) -> tuple[str, int, int]:
    """The text printed just above (or before, on the same line) a front-page caption, after
    ``floor`` (the end of the caption or title above): the nearest block of up to three lines,
    never the form's own heading (:data:`HEADING_LINE`) above it.

    >>> t = "SECURITIES EXCHANGE COMMISSION\\nWashington, DC 20549\\n(Amendment No. 0 )\\n"
    >>> src = SourceText(path="x.txt", text=t + "ACME, INC.\\n(Name of Issuer)")
    >>> _value_above(src, ISSUER_CAPTION.search(src.text), 0)[0]
    'ACME, INC.'
    >>> src = SourceText(path="x.txt", text=" ".join(t.split()) + " ACME, INC. (Name of Issuer)")
    >>> _value_above(src, ISSUER_CAPTION.search(src.text), 0)[0]
    'ACME, INC.'
    >>> src = SourceText(path="x.txt", text=t + "\\nClass A Stock\\nClass B Stock (Title of\\nClass"
    ...                  " of Securities)")
    >>> _value_above(src, CLASS_CAPTION.search(src.text), 0)[0]
    'Class A Stock Class B Stock'
    """
    text = src.text
    own_line = text.rfind("\n", 0, caption.start()) + 1
    line_start = max(own_line, floor)
    same = text[line_start:caption.start()]
    lines: list[tuple[int, int]] = []
    if LETTER_OR_DIGIT.search(MARKDOWN_MARK.sub("", same)):
        # a heading run into the value's line (a page with its line breaks lost) is cut off
        cut = max((h.end() for h in FORM_HEADING.finditer(same)), default=0)
        line_start += cut
        same = text[line_start:caption.start()]
        s = line_start + len(same) - len(same.lstrip(" \t*#>"))
        if cut or line_start != own_line or "\n" not in caption.group():
            return " ".join(same.strip(" \t*#>").split()), s, caption.start()
        # the caption run into the value's last line and wrapped ("Class B Stock (Title of"
        # over "Class of Securities)", re-wrapped): the value's lines right above it are the
        # value's too (a caption whole on the value's line keeps the value to that line)
        lines.append((s, caption.start()))
    pos = line_start - 1
    while pos > floor and len(lines) < 3:
        prev = text.rfind("\n", 0, pos) + 1
        line = text[prev:pos]
        if RULE_LINE.match(line):
            if lines and not line.strip():
                break
            pos = prev - 1
            continue
        if CLOSING_PAREN.search(line.strip()) and CAPTION_OPEN.search(line) and lines:
            break
        if HEADING_LINE.fullmatch(line):
            break  # "(Amendment No. 3   )*", "Washington, D.C. 20549": the form's own heading
        lines.insert(0, (prev, pos))
        pos = prev - 1
    if not lines:
        return "", caption.start(), caption.start()
    val = " ".join(" ".join(text[s:e].strip(" \t*#>") for s, e in lines).split())
    return val, lines[0][0], lines[-1][1]


def _value_after(text: str, pos: int, stop: int | None = None) -> tuple[str, int, int]:
    """The value written after a label ending at ``pos``: the rest of its line up to two
    spaces, a tab (:data:`VALUE_END`) or another label (:data:`INLINE_LABEL`); when that is
    empty, the next line that is not blank (one blank line at most between) unless it is a
    label of its own (:data:`LABEL_LINE`). A value pointing elsewhere ("(see Item 1)") is none.
    Nothing at or after ``stop`` is read.

    >>> t = "NAME OF ISSUER:   Acme, Inc.\\nNext"
    >>> _value_after(t, t.index(":") + 1)
    ('Acme, Inc.', 18, 28)
    >>> _value_after("Name of Issuer:\\n\\n  Acme Trust\\n", 15)
    ('Acme Trust', 19, 29)
    >>> t = "NAME OF ISSUER: Acme Corp.        CUSIP NO: 037833100"
    >>> _value_after(t, 15)[0], _value_after("NAME OF ISSUER:\\nTITLE OF CLASS: Common", 15)[0]
    ('Acme Corp.', '')
    """
    stop = len(text) if stop is None else stop
    for i in range(3):
        nl = text.find("\n", pos, stop)
        nl = stop if nl == -1 else nl
        if i and LABEL_LINE.match(text, pos, nl):
            break
        line = text[pos:nl]
        lead = len(line) - len(line.lstrip(_VALUE_MARKS))
        ends = (VALUE_END.search(line, lead), INLINE_LABEL.search(line, lead))
        cut = min((m.start() for m in ends if m is not None), default=len(line))
        val = line[lead:cut].rstrip(_VALUE_MARKS + "(")
        if val:
            if SEE_ELSEWHERE.match(val):
                break
            return " ".join(val.split()), pos + lead, pos + lead + len(val)
        if line.strip(_VALUE_MARKS):
            break  # the line holds another label, not this one's value
        pos = nl + 1
        if pos >= stop:
            break
    return "", pos, pos


def _labelled(src: SourceText, pattern: re.Pattern[str], cue: str, start: int
              ) -> tuple[str, int, int]:
    """The value after the first label ``pattern`` (a line-start pattern whose line holds
    ``cue``) from ``start`` on, or ``("", -1, -1)``."""
    m = search_lines(pattern, src.text, fold_text(src.text), (cue,), start)
    if m is None:
        return "", -1, -1
    return _value_after(src.text, m.end())


#: How far after a CUSIP label its value is looked for (the label's line, or a blank line and
#: the next): a CUSIP field is short, and a bound keeps a long line from being read at each
#: "CUSIP" of it
_CUSIP_VALUE_REACH = 200


def _cusip_after_label(text: str, start: int, end: int) -> tuple[str, int]:
    """The value after the first CUSIP label of ``text[start:end]`` that holds a CUSIP
    ("CUSIP No. 12345A105", "Cusip #12345A105") or states there is none ("CUSIP No.: N/A"),
    and where it starts; else the first value with a digit in it that holds neither (for a
    warning); else ``("", at)`` when a label's field is blank, the value read after it being
    the cover's first row (:data:`COVER_ROW_CELL`), ``at`` where that label is; or ``("", -1)``.
    A value that is the page heading ("13G   Page 2 of 9") is none.

    >>> _cusip_after_label("CUSIP No.\\n\\n1 | Names of Reporting Persons Acme LLC", 0, 60)
    ('', 0)
    >>> _cusip_after_label("CUSIP No.\\n1. NAMES OF REPORTING PERSONS 45678A103", 0, 60)[0]
    '1. NAMES OF REPORTING PERSONS 45678A103'
    """
    fold = fold_text(text)
    pos = start
    unread, blank = ("", -1), -1
    while True:
        c = fold.find("cusip", pos, end)
        if c == -1:
            return unread if unread[0] else ("", blank)
        m = CUSIP_LABEL.match(text, c, end)
        if m is not None:
            value, s, _ = _value_after(text, m.end(), min(end, m.end() + _CUSIP_VALUE_REACH))
            if value and (NO_CUSIP.match(value) or read_cusip(value)):
                return value, s
            if COVER_ROW_CELL.match(value) and scan_cusip(value) is None:
                # "CUSIP No." over "1 | Names of Reporting Persons" and no CUSIP in that row
                blank = c if blank == -1 else blank
            elif (not unread[0] and any(ch.isdigit() for ch in value)
                    and not PAGE_HEADING.match(value)):
                unread = (value, s)
        pos = c + 5


def _set_cusip(src: SourceText, fp: FrontPage, val: str, pos: int) -> None:
    """Read ``val`` (a CUSIP field as printed, at ``pos``) into ``fp.cusip``, warning when it
    holds no CUSIP, or one whose check digit fails (kept as printed). A CUSIP printed without
    its check digit (eight characters, as many 1990s filings print it) gets it
    (:func:`cusip_check_digit`): the digit follows from the eight, and the nine characters
    are the identifier other filings (and the XML forms) give the same security."""
    if not val or NO_CUSIP.match(val):
        return
    found = scan_cusip(val)
    if found is None:
        if any(ch.isdigit() for ch in val):
            fp.warnings.append(src.warn("cusip-unreadable", f"{src.path}: the CUSIP field "
                                        f"{val[:40]!r} on the front page holds no CUSIP that "
                                        f"can be read", pos))
        return
    if len(found.cusip) == 8:
        fp.cusip = found.cusip + str(cusip_check_digit(found.cusip))
        return
    fp.cusip = found.cusip
    repaired = repair_cusip(found.cusip) if found.problem == "fails its check digit" else None
    if repaired is not None:  # "387541lO5": the letters an OCR reads for 1 and 0
        fp.cusip = repaired
        fp.warnings.append(src.warn("cusip-repaired", f"{src.path}: CUSIP "
                                    f"{val[found.start:].strip()[:20]!r} on the front page "
                                    f"fails its check digit; read as {repaired}, the one "
                                    f"reading of its letters as digits that passes", pos))
    elif found.problem is not None:
        printed = val[found.start:].strip()[:20]
        fp.warnings.append(src.warn("cusip-check-digit", f"{src.path}: CUSIP {printed!r} on the "
                                    f"front page {found.problem} (kept as printed, "
                                    f"{found.cusip})", pos))


def _without_cusip_column(text: str, s: int, e: int) -> Optional[str]:
    """The class value at ``text[s:e]`` without a CUSIP in a column of its own at the end of
    a line (:data:`CUSIP_COLUMN`); None when it has none.

    >>> t = "   Common Stock, par value $1.00                    01475210"
    >>> _without_cusip_column(t, 3, len(t))
    'Common Stock, par value $1.00'
    >>> _without_cusip_column("Class A Common Stock", 0, 20) is None
    True
    """
    value = text[s:e]
    cut = [m.span() for m in CUSIP_COLUMN.finditer(value) if read_cusip(m["cusip"])]
    if not cut:
        return None
    for a, b in reversed(cut):
        value = value[:a] + value[b:]
    return " ".join(value.strip(" \t*#>").split()) or None


#: An item heading where a value should be: "Item 2(e).", "ITEM 3", "(e) CUSIP"
ITEM_WORD = regex_cache.compile(r"""(?:Item\b|\([a-e]\)\s)""", re.IGNORECASE)


def read_item2_class(src: SourceText, start: int, end: int,
                     issuer: Optional[str] = None) -> Optional[str]:
    """The class of securities Item 2(d) (``src.text[start:end]``) names, or None: the value
    after its caption (:data:`CLASS_ITEM`), on its line or a line below, the way a label's
    value is read. For a front page that prints the class with no caption. The issuer's name
    (``issuer``) in its place names no class ("TITLE OF CLASS OF SECURITIES: Acme Corp.").

    >>> t = "Item 2(d).\\tTitle of Class of Securities:\\n\\n\\t\\tCommon Stock\\n\\nItem 2(e)."
    >>> read_item2_class(SourceText(path="x.txt", text=t), 0, len(t))
    'Common Stock'
    >>> t = "(d) TITLE OF CLASS OF SECURITIES:\\n    Acme Corp.\\n"
    >>> read_item2_class(SourceText(path="x.txt", text=t), 0, len(t), issuer="Acme Corp.") is None
    True
    >>> t = "Item 2(d).\\tTitle of Class of Securities:\\n\\nItem 2(e).\\tCUSIP Number: 123"
    >>> read_item2_class(SourceText(path="x.txt", text=t), 0, len(t)) is None
    True
    """
    m = CLASS_ITEM.search(src.text, start, end)
    value = _value_after(src.text, m.end(), end)[0] if m else ""
    if ITEM_WORD.match(value):
        return None  # an empty answer: the next sub-item's heading, "Item 2(e)."
    return value if value and value != issuer else None


def _floor(caption: re.Match[str], ends: list[int], start: int) -> int:
    """Where the value above ``caption`` may begin: the end of the nearest title or caption
    above it (``ends``, where those read end), else ``start``. The captions follow no one
    order: an event date's may stand above the CUSIP's, or below it.

    >>> cap = EVENT_CAPTION.search("x" * 30 + "(Date of Event Which Requires Filing)")
    >>> _floor(cap, [12, 25, 80], 0), _floor(cap, [], 5)
    (25, 5)
    """
    return max((e for e in ends if e <= caption.start()), default=start)


def read_front_page(src: SourceText, start: int = 0, end: int | None = None,
                    day_first: Optional[bool] = None) -> FrontPage:
    """Read form, amendment, issuer, class, CUSIP and event date from the first page.

    Each field is read above its caption ("(Name of Issuer)"); where no caption gives one,
    after its label on one line ("NAME OF ISSUER:  Acme, Inc."). Oddities (a CUSIP that fails
    its check digit or cannot be read) are in ``warnings``. ``day_first``: the filing writes
    numeric dates day first, or (False) month first, or None: not known
    (:func:`graphkit.dates.parse_date`).

    See also
    --------
    graphkit.parsers.schedule13_items.find_items
    """
    end = len(src.text) if end is None else end
    text = src.text
    fp = FrontPage()
    m = title = FORM_TITLE.search(text, start, end)
    cap = ISSUER_CAPTION.search(text, m.end(), end) if m else None  # the head ends there
    head = front_head(m.span(), cap.start() if cap else None, end) if m else None
    fp.amendment_number = read_amendment(text, start, min(end, (m.end() + 3000) if m else end),
                                         head)
    if m:
        amended = bool(m["amend"]) or fp.amendment_number is not None
        fp.form = f"SC 13{m['kind'].upper()}" + ("/A" if amended else "")
    ends = [m.end()] if m else []  # where the title and each caption read end
    cap = ISSUER_CAPTION.search(text, start, end)
    val, s, e = _value_above(src, cap, _floor(cap, ends, start)) if cap else ("", -1, -1)
    if not val:
        val, s, e = _labelled(src, ISSUER_LABEL, "issuer", start)
    if val and s < end:
        fp.issuer_name = val
        fp.issuer_evidence = src.evidence(s, e, section="front page")
    ends += [cap.end()] if cap else []
    cap = CLASS_CAPTION.search(text, start, end)
    val, s, e = _value_above(src, cap, _floor(cap, ends, start)) if cap else ("", -1, -1)
    if not val:
        val, s, e = _labelled(src, CLASS_LABEL, "class", start)
    if val and s < end and val != fp.issuer_name:  # "TITLE OF CLASS ...: Acme Fund" names no class
        fp.security_class = _without_cusip_column(text, s, e) or val
    ends += [cap.end()] if cap else []
    cap = CUSIP_CAPTION.search(text, start, end)
    val, s, e = _value_above(src, cap, _floor(cap, ends, start)) if cap else ("", -1, -1)
    if not NO_CUSIP.match(val) and scan_cusip(val) is None:
        # the label ("CUSIP No. 12345A105") on the front page and the cover pages, never in the
        # items after them, where other securities' CUSIPs are named
        item = next(finditer_lines(FIRST_ITEM, text, fold_text(text), "item", start, end), None)
        label_val, label_s = _cusip_after_label(text, start, item.start() if item else end)
        if label_val and (not val or NO_CUSIP.match(label_val) or read_cusip(label_val)):
            val, s = label_val, label_s
        elif not val and label_s >= 0:  # the field is blank: no CUSIP, said so
            fp.warnings.append(src.warn("cusip-blank", f"{src.path}: the CUSIP field is "
                                        "blank: no CUSIP read", label_s))
    _set_cusip(src, fp, val, s)
    ends += [cap.end()] if cap else []
    cap = EVENT_CAPTION.search(text, start, end)
    val, s, e = _value_above(src, cap, _floor(cap, ends, start)) if cap else ("", -1, -1)
    date = leading_date(val, day_first) if val else None
    if date is None:
        val, s, e = _labelled(src, EVENT_LABEL, "event", start)
        date = leading_date(val, day_first) if val and s < end else None
    if date is None and cap:  # the caption above the date
        m = DATE_UNDER_CAPTION.match(text, cap.end())
        date = parse_date(m["v"], day_first) if m else None
        s, e = (m.start("v"), m.end("v")) if m else (s, e)
    if date is not None:
        fp.event_date = date
        fp.event_evidence = src.evidence(s, e, section="front page")
    elif title is not None:  # "SCHEDULE 13G" over " (12/31/97)": no caption, no label
        fp.event_date, fp.event_evidence = read_title_date(src, title.end(), day_first) \
            or (None, None)
        fp.event_from_title = fp.event_date is not None
    return fp
