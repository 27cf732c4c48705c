"""The front page of a Schedule 13D/13G: form, amendment, issuer, class, CUSIP, event date.

Most front pages print each value *above* its caption ("Acme, Inc." over "(Name of Issuer)");
others write it after a label on one line ("NAME OF ISSUER:   Acme, Inc.", "CUSIP Number:
12345A105", "Cusip #12345A105", "Date of Event Which Requires Filing of this Statement:
December 31, 2014"). The caption is read first; the label only where no caption gives a value.

A CUSIP is kept in one form, its letters and digits run together ("247368 10 3",
"724-081-104" and "67572P\\n101" become "247368103", "724081104", "67572P101"), the way the
XML forms print it, so that the issuer's identifier is the same whichever form was read. A
CUSIP whose check digit fails, or a CUSIP field that cannot be read, gives a warning.

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

from graphkit.dates import parse_date
from graphkit.models import Evidence, FilingWarning
from graphkit.parsers.cue_search import fold_text, search_lines
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

#: "SCHEDULE 13G", "SCHEDULE 13D/A*", "# **SCHEDULE 13G**"
FORM_TITLE = re.compile(r"""SCHEDULE\s+13\s?(?P<kind>[DG])\b(?P<amend>\s*/\s*A\b)?""", _F)
#: "(Amendment No. 3)*", "(Amendment No. )*", "(AMENDMENT NO. 1)*"
AMENDMENT = re.compile(r"""\(\s*Amendment\s+No\.?\s*:?\s*(?P<num>\d+)?\s*\)""", _F)
#: "(Name of Issuer)"
ISSUER_CAPTION = re.compile(r"""\(\s*Name\s+of\s+(?:the\s+)?Issuer\s*\)""", _F)
#: "(Title of Class of Securities)"
CLASS_CAPTION = re.compile(r"""\(\s*Title\s+of\s+Class\s+of\s+Securities\s*\)""", _F)
#: "(CUSIP Number)", "(CUSIP Number of Class of Securities)", "(CUSIP No.)"
CUSIP_CAPTION = re.compile(r"""
    \(\s*CUSIP\s+(?:Number|No\.?)(?:\s+of\s+(?:the\s+)?Class\s+of\s+Securities)?\s*\)
""", _F)
#: "(Date of Event which Requires Filing of this Statement)", wrapped over two lines with a
#: deep indent ("(Date of Event which Requires Filing\n        of this Statement)"), and the
#: misspelling "Requires Filling"
EVENT_CAPTION = re.compile(r"""
    \(\s*Date\s+of\s+Event\s+which\s+Requires\s+Fill?ing(?:\s+of\s+th(?:is|e)\s+Statement)?
    [^)]{0,40}\)
""", _F)

# --- the same fields written after a label on one line (each label opens its line) ----------

#: The lead before a label opening its line: spaces, markdown marks, a table's "|"
_LEAD = r"^[ \t*#>|]*"
#: "NAME OF ISSUER:   Acme, Inc.", "Name of issuer: Acme Trust" (never "Item 1(a) Name of
#: Issuer:", whose label does not open its line: Item 1 is read elsewhere)
ISSUER_LABEL = re.compile(_LEAD + r"""Name[ \t]+of[ \t]+(?:the[ \t]+)?Issuer[ \t]*:""",
                          re.M | _F)
#: "TITLE OF CLASS OF SECURITIES:   Common Stock"
CLASS_LABEL = re.compile(_LEAD + r"""Title[ \t]+of[ \t]+(?:the[ \t]+)?Class[ \t]+of[ \t]+
                         Securities[ \t]*:""", re.M | _F)
#: "DATE OF EVENT WHICH REQUIRES FILING:  February 18, 1997", "Date of  Event Which Requires
#: Filing of this Statement: December 31, 2014"
EVENT_LABEL = re.compile(_LEAD + r"""Date\s+of\s+(?:the\s+)?Event\s+which\s+Requires\s+Fill?ing
                         (?:\s+of\s+th(?:is|e)\s+Statement)?[ \t]*:""", re.M | _F)
#: A CUSIP label and what may follow it before the value: "CUSIP NO:", "CUSIP Number:",
#: "Cusip #", "CUSIP No.:", "CUSIP\nNumber:" (a wrapped HTML cell), "CUSIP NUMBER"
CUSIP_LABEL = re.compile(r"""CUSIP(?:\s+(?:Number|No\.?)|[ \t]*\#)?[ \t]*[:.]?[ \t]*""", _F)
#: Where a value written after a label ends: two spaces or a tab (the next column), or its line
VALUE_END = re.compile(r"""[ \t]{2,}|\t|\n""", re.VERBOSE)
#: One piece of a CUSIP as printed, after the single space or hyphen before it: the "247368",
#: "10", "3" of "247368 10 3", the "724", "081", "104" of "724-081-104"
CUSIP_PIECE = re.compile(r"""[ ]?-[ ]?|[ ]""", re.VERBOSE)
#: A piece of a CUSIP: capitals and digits ("G4617B", "105")
CUSIP_CHARS = re.compile(r"""[0-9A-Z]+""", re.VERBOSE)
#: Where a CUSIP may open in a value: a capital or digit after no letter, digit or hyphen
#: ("Class A Common Stock: 864346200" opens one at "864346200")
CUSIP_OPEN = re.compile(r"""(?<![\w-])[0-9A-Z]""", re.VERBOSE)
#: Cells that state no CUSIP: "N/A", "None", "Not applicable" (no warning for these)
NO_CUSIP = re.compile(r"""^(?:n/?a|none|not\s+applicable|-+)\b""", _F)

# --- small patterns of the readers below ----------------------------------------------------

#: Rule lines and markdown debris above captions: "-----", "____", "**", "> "
RULE_LINE = re.compile(r"""^[\s\-_=*#>]*$""", re.VERBOSE)
#: A letter or digit before a caption on its line: "Acme, Inc. (Name of Issuer)"
LETTER_OR_DIGIT = re.compile(r"""[A-Za-z0-9]""", re.VERBOSE)
#: Markdown marks around front-page values: "**", "#", ">"
MARKDOWN_MARK = re.compile(r"""[*#>]""", re.VERBOSE)
#: A line ending with ")", and one opening a caption "(Name", of the caption above a value
CLOSING_PAREN = re.compile(r"""\)\s*$""", re.VERBOSE)
CAPTION_OPEN = re.compile(r"""\(\s*[A-Z][a-z]+""", re.VERBOSE)

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
    warnings: list[FilingWarning] = Field(default_factory=list)


def cusip_check_digit(first8: str) -> int:
    """The check digit of a CUSIP from its first eight characters (the standard modulus-10
    "double add double" sum; letters count 10-35).

    >>> cusip_check_digit("03783310"), cusip_check_digit("G4617B10")
    (0, 5)
    """
    total = 0
    for i, ch in enumerate(first8):
        v = int(ch) if ch.isdigit() else (ord(ch) - ord("A") + 10 if ch.isalpha()
                                          else 36 + "*@#".find(ch))
        if i % 2:
            v *= 2
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def read_cusip(value: str) -> Optional[str]:
    """The CUSIP that ``value`` opens with, its pieces run together, or None.

    A CUSIP is six to nine capitals and digits (nine with its check digit; older filings print
    eight, or only the issuer's six), at least three of them digits, printed whole or in pieces
    split by one space or a hyphen. It ends at two spaces, a tab or the line's end, or where one
    more piece would make it longer than nine.

    >>> [read_cusip(v) for v in ("247368 10 3", "724-081-104", "G4617B 105", "91382810",
    ...                          "74758T 303   13G   Page 2", "N/A", "COMMON STOCK")]
    ['247368103', '724081104', 'G4617B105', '91382810', '74758T303', None, None]
    """
    head = value.strip(" \t")
    cut = VALUE_END.search(head)
    if cut:
        head = head[:cut.start()]
    compact = ""
    for piece in CUSIP_PIECE.split(head):
        if not CUSIP_CHARS.fullmatch(piece) or len(compact) + len(piece) > 9:
            break
        compact += piece
    if not 6 <= len(compact) <= 9 or sum(ch.isdigit() for ch in compact) < 3:
        return None
    return compact


def find_cusip(value: str) -> Optional[str]:
    """The first CUSIP in ``value`` (:func:`read_cusip` at each place one may open), or None.

    >>> find_cusip("Class A Common Stock: 864346200 Class B Common Stock: 864346900")
    '864346200'
    >>> find_cusip("CUSIP No. 12345A 10 5"), find_cusip("none assigned")
    ('12345A105', None)
    """
    for m in CUSIP_OPEN.finditer(value):
        found = read_cusip(value[m.start():])
        if found:
            return found
    return None


def _value_above(src: SourceText, caption: re.Match[str], floor: int) -> tuple[str, int, int]:
    """The text printed just above (or before, on the same line) a front-page caption."""
    text = src.text
    line_start = text.rfind("\n", 0, caption.start()) + 1
    same = text[line_start:caption.start()]
    if LETTER_OR_DIGIT.search(MARKDOWN_MARK.sub("", same)):
        s = line_start + len(same) - len(same.lstrip(" \t*#>"))
        return " ".join(same.strip(" \t*#>").split()), s, caption.start()
    lines: list[tuple[int, int]] = []
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
        if AMENDMENT.search(line) and lines:
            break  # "(Amendment No. 3   )*" heads the page, above the issuer's name
        lines.insert(0, (prev, pos))
        pos = prev - 1
    if not lines:
        return "", caption.start(), caption.start()
    val = " ".join(" ".join(text[s:e].strip(" \t*#>") for s, e in lines).split())
    return val, lines[0][0], lines[-1][1]


def _value_after(text: str, pos: int) -> tuple[str, int, int]:
    """The value written after a label ending at ``pos``: the rest of its line, or, when that
    is empty, the next line that is not blank (one blank line at most between).

    >>> t = "NAME OF ISSUER:   Acme, Inc.\\nNext"
    >>> _value_after(t, t.index(":") + 1)
    ('Acme, Inc.', 18, 28)
    >>> _value_after("Name of Issuer:\\n\\n  Acme Trust\\n", 15)
    ('Acme Trust', 19, 29)
    """
    for _ in range(3):
        nl = text.find("\n", pos)
        nl = len(text) if nl == -1 else nl
        line = text[pos:nl]
        val = line.strip(_VALUE_MARKS)
        if val:
            s = pos + line.index(val)
            return " ".join(val.split()), s, s + len(val)
        pos = nl + 1
        if pos >= len(text):
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


def _cusip_after_label(text: str, start: int, end: int) -> tuple[str, int]:
    """The value after the first CUSIP label of ``text[start:end]`` holding one ("CUSIP No.
    12345A105", "Cusip #12345A105"), and where it starts; ``("", -1)`` if none."""
    fold = fold_text(text)
    pos = start
    while True:
        c = fold.find("cusip", pos, end)
        if c == -1:
            return "", -1
        m = CUSIP_LABEL.match(text, c, end)
        if m is not None:
            nl = text.find("\n", m.end(), end)
            value = text[m.end():nl if nl != -1 else end]
            if read_cusip(value):
                return value, m.end()
        pos = c + 5


def _set_cusip(src: SourceText, fp: FrontPage, val: str, pos: int) -> None:
    """Read ``val`` (a CUSIP field as printed, at ``pos``) into ``fp.cusip``, warning when it is
    no CUSIP or its check digit fails."""
    if not val or NO_CUSIP.match(val):
        return
    cusip = find_cusip(val)
    if cusip is None:
        if any(ch.isdigit() for ch in val):
            fp.warnings.append(src.warn("cusip-unreadable", f"{src.path}: the CUSIP field "
                                        f"{val[:40]!r} holds no CUSIP that can be read", pos))
        return
    fp.cusip = cusip
    if len(cusip) == 9 and not (cusip[8].isdigit()
                                and int(cusip[8]) == cusip_check_digit(cusip[:8])):
        fp.warnings.append(src.warn("cusip-check-digit", f"{src.path}: CUSIP {val.strip()[:20]!r} "
                                    f"fails its check digit (kept as printed, {cusip})", pos))


def read_front_page(src: SourceText, start: int = 0, end: int | None = None) -> FrontPage:
    """Read form, amendment, issuer, class, CUSIP and event date from the first page.

    Each field is read above its caption ("(Name of Issuer)"); where no caption gives one,
    after its label on one line ("NAME OF ISSUER:  Acme, Inc."). Oddities (a CUSIP that fails
    its check digit or cannot be read) are in ``warnings``.

    See also
    --------
    graphkit.parsers.schedule13_items.find_items
    """
    end = len(src.text) if end is None else end
    text = src.text
    fp = FrontPage()
    m = FORM_TITLE.search(text, start, end)
    am = AMENDMENT.search(text, start, min(end, (m.end() + 3000) if m else end))
    if am and am["num"]:
        fp.amendment_number = int(am["num"])
    if m:
        amended = bool(m["amend"]) or fp.amendment_number is not None
        fp.form = f"SC 13{m['kind'].upper()}" + ("/A" if amended else "")
    floor = m.end() if m else start
    cap = ISSUER_CAPTION.search(text, start, end)
    val, s, e = _value_above(src, cap, floor) if cap else ("", -1, -1)
    if not val:
        val, s, e = _labelled(src, ISSUER_LABEL, "issuer", start)
    if val and s < end:
        fp.issuer_name = val
        fp.issuer_evidence = src.evidence(s, e, section="front page")
    floor = cap.end() if cap else floor
    cap = CLASS_CAPTION.search(text, start, end)
    val, s, e = _value_above(src, cap, floor) if cap else ("", -1, -1)
    if not val:
        val, s, e = _labelled(src, CLASS_LABEL, "class", start)
    if val and s < end and val != fp.issuer_name:  # "TITLE OF CLASS ...: Acme Fund" names no class
        fp.security_class = val
    floor = cap.end() if cap else floor
    cap = CUSIP_CAPTION.search(text, start, end)
    val, s, e = _value_above(src, cap, floor) if cap else ("", -1, -1)
    if not val or not find_cusip(val):
        label_val, label_s = _cusip_after_label(text, start, end)
        if label_val:
            val, s = label_val, label_s
    _set_cusip(src, fp, val, s)
    floor = cap.end() if cap else floor
    cap = EVENT_CAPTION.search(text, start, end)
    val, s, e = _value_above(src, cap, floor) if cap else ("", -1, -1)
    date = parse_date(val) if val else None
    if date is None:
        val, s, e = _labelled(src, EVENT_LABEL, "event", start)
        date = parse_date(val) if val and s < end else None
    if date is not None:
        fp.event_date = date
        fp.event_evidence = src.evidence(s, e, section="front page")
    return fp
