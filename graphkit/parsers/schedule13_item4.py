"""Schedule 13G Item 4 (a 13D's Item 5 states the same): the values of its sub-items, "(a)
Amount beneficially owned" to "(iv) Shared power to dispose", as one answer for the lone
reporting person or as per-person lines ("ACVA<tab>32,770") and per-holder blocks (a name
heading its own "(a)" to "(iv)").

>>> t = "Item 4. Ownership\\n(a) Amount beneficially owned: 2,000,000\\n(b) Percent of class: 5.1%"
>>> [(v.who, v.field, v.reading.value) for v in read_item4_values(SourceText(path="x", text=t),
...                                                                0, len(t))]
[(None, 'aggregate', 2000000), (None, 'percent', 5.1)]
"""

from __future__ import annotations

import re
from typing import Optional

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.dates import ISO_DATE, MONTH_NAME_DATE, NUMERIC_US_DATE
from graphkit.models import Reading
from graphkit.ocr import quantity_tokens, read_quantity
from graphkit.parsers.cue_search import fold_case
from graphkit.parsers.schedule13_front import RULE_LINE
from graphkit.parsers.voting_power import find_class_percents
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

#: Item 4 table line: "ACVAQ<tab>31,269", "ACMV    19.42%", the value followed by the word
#: "shares" ("Fund I: 4,210,339 shares", "Acme: 1,500,000 shares of Common Stock") or a
#: footnote mark ("Acme: 1,500,000(1)", "Acme: 9.9%*"), nothing else ("Acme: 1,600,000 shares
#: (of which 100,000 ...)", a page heading "CUSIP  360921100     Page 3 of 5"). Its "who" may
#: be a caption of the answer instead (:data:`CAPTION_WHO`). The "who" ends in a character
#: that is no space, and the gap before the value ends in a tab or two spaces: the gap is then
#: read one way only (a "who" that could end anywhere in a long run of spaces, followed by a
#: gap that could too, took milliseconds per line of a cover page's layout).
TABLE_LINE = regex_cache.compile(r"""
    ^[ \t\-•*]*(?P<who>[A-Z](?:[^\t\n]{0,79}?[^ \t\n])??)[ \t]*(?:\t|[ ]{2}|:[ \t]*)
    (?P<val>[0-9lIoO][0-9lIoO,. ]*[0-9](?:\s*%)?|[0-9](?:\s*%)?
      |(?i:nil|none|non[ce]|iil|nii|n1l|zero)|-+[ ]?[0oO][ ]?-+)    # zero, as OCR reads it
    (?:[ \t]+(?:shares|Shares|SHARES)                      # "4,210,339 shares"
       (?:[ \t]+of[ \t]+(?P<cls>(?:[A-Z][\w$.,\-]*[ \t]*){1,6}))?)?   # "... of Class A Common Stock"
    [ \t]*(?P<mark>\(\d{1,2}\)|\[\d{1,2}\]|\*{1,3})?        # "(1)", "[2]", "*"
    [ \t]*;?$
""", re.M | re.VERBOSE)
#: The word of a line that states the class's count, never a holder's answer: "Shares
#: outstanding:  11,686,959" after the last sub-item
OUTSTANDING_WORD = regex_cache.compile(r"""\boutstanding\b""", re.VERBOSE | re.IGNORECASE)
#: A table line's "who" that captions the answer instead of naming a holder: "Total",
#: "Common Stock", "Class A Common Stock", "Shares beneficially owned", "Aggregate amount",
#: "The Reporting Person", "As of December 31, 2006" (a date anywhere, :func:`_is_caption`)
CAPTION_WHO = regex_cache.compile(r"""
    ^(?:(?:the|each)[ \t]+)?(?:
        as[ \t]+of | total | aggregate | amount | number | percent(?:age)? | shares?
      | beneficial(?:ly)? | sole | shared | common | ordinary | preferred
      | (?:class|series)[ \t]+[A-Z0-9]{1,2} | reporting[ \t]+persons?
    )\b
""", _F)

#: The name heading a per-holder block of Item 4, on a line of its own: "   ACM", "Acme Fund, L.P.",
#: "Acme Master Fund (Offshore), Ltd.", after an outline mark ("A.  Acme Fund, L.P.", "1. Acme
#: LLC" give the name alone); not an item heading, a sub-item ("(a) ..."), a page heading, a
#: sentence, a line with digits ("Page 5", "Common Stock (1)") or page furniture
HOLDER_HEADING = regex_cache.compile(r"""
    ^[ \t#*>]*(?:(?:[A-Z]|\d{1,2})\.[ \t]+)?(?!Items?\b|ITEMS?\b|Page\b|PAGE\b|\()
    (?P<who>[A-Z][A-Za-z.,&'()\- ]{1,90}?)[ \t*:]*$
""", re.VERBOSE)
#: A word in small letters, three of which make a :data:`HOLDER_HEADING` a sentence ("The
#: Reporting Persons own shares of the Issuer"), not a name ("Acme Fund of the Americas")
LOWER_WORD = regex_cache.compile(r"""\b[a-z]{3,}\b""", re.VERBOSE)

#: Item 4 sub-items: "(a) Amount beneficially owned", "(ii) Shared power to vote or to direct"
#: (the "(" every one opens with stands first, so that a search skips ahead to each "(": a
#: case-insensitive alternation is otherwise tried at every position)
ITEM4_PART = regex_cache.compile(r"""
    \( (?:
      (?P<aggregate>a\)\s*Amount\s+beneficially\s+owned)
    | (?P<percent>b\)\s*Percent\s+of\s+class)
    | (?P<sole_voting>i\)\s*Sole\s+power\s+to\s+vote)
    | (?P<shared_voting>ii\)\s*Shared\s+power\s+to\s+vote)
    | (?P<sole_dispositive>iii\)\s*Sole\s+power\s+to\s+dispose)
    | (?P<shared_dispositive>iv\)\s*Shared\s+power\s+to\s+dispose) )
""", _F)


#: Two letters: a table line's "who" that names something ("ACVA"), not "(a)" alone
TWO_LETTERS = regex_cache.compile(r"""[A-Za-z]{2}""", re.VERBOSE)
#: The rest of a sub-item's caption before its answer: "... power to vote or direct the vote:"
SUB_ITEM_CAPTION = regex_cache.compile(r"""^[^\n:]*?(?:vote|disposition\s+of|owned|class)\s*[:.]?""",
                                       re.IGNORECASE)


class TableValue(BaseModel):
    """One value from an Item 4 table or sentence: who (as written), which field, the reading."""

    model_config = ConfigDict(extra="forbid")

    who: Optional[str] = None  # None: the single reporting person of the filing
    field: str
    reading: Reading
    #: the value is the sub-item's whole answer (:func:`states_alone`; a per-person line
    #: without a footnote mark): a cover page stating another disagrees with the text
    alone: bool = False
    #: which sub-item of Item 4 the value was read from (its order)
    sub_item: int = 0
    #: the sub-item's own answer beside its per-person lines ("800,000 shares, held as
    #: follows:", or its one line "Wexford Lane: 800,000 shares"): taken only when no line of
    #: the sub-item names a reporting person
    fallback: bool = False


def read_item4_values(src: SourceText, start: int, end: int,
                      security_class: Optional[str] = None) -> list[TableValue]:
    """Item 4 values: per-person table lines, and single values after each sub-item.

    Table lines ("ACVA<tab>32,770") carry who; a sub-item answered by one bare value
    ("(a) Amount beneficially owned: 2,000,000") gives ``who=None``. A line of another class
    than ``security_class`` (the filing's: "50,000 shares of Series B Preferred Stock") is left
    out (:func:`other_class`).
    """
    parts = list(ITEM4_PART.finditer(src.text, start, end))
    out: list[TableValue] = []
    holder: Optional[str] = None  # the heading of a per-holder block ("ACM", then "(a) ...")
    for i, m in enumerate(parts):
        fld = m.lastgroup or ""
        if fld == "aggregate":
            holder = _holder_heading(src.text, m.start(), start)
        s = m.end()
        e = parts[i + 1].start() if i + 1 < len(parts) else min(end, s + 1500)
        section = f"Item 4 {m.group(0)[:4]}"
        found = list(TABLE_LINE.finditer(src.text, s, e))
        lines = [t for t in found if not _is_caption(t["who"])]
        if not lines and len(found) > 1:
            continue  # captions alone: parts and a total, whose is not said
        for t in lines:
            who = t["who"].strip(" :")
            r = _read_cell(t["val"], fld)
            if other_class(t["cls"], security_class):
                continue  # a holding of another class: no answer of this one
            if r is not None and TWO_LETTERS.search(who):
                out.append(TableValue(who=who, field=fld, alone=t["mark"] is None, sub_item=i,
                                      reading=r.model_copy(update={"evidence": src.evidence(
                                          t.start(), t.end(), section=section)})))
        own = _answer(src, s, found[0].start() if lines else e, fld, section)
        if own is None and len(found) == 1 and lines and not OUTSTANDING_WORD.search(
                found[0]["who"]):  # its one line, of a holder not named: the lone filer's?
            own = _answer(src, found[0].start("val"), found[0].end(), fld, section)
            own = own and own.model_copy(update={"alone": False})  # never checked against
        if own is not None:
            out.append(own.model_copy(update={"who": holder, "sub_item": i,
                                              "fallback": bool(lines)}))
    return out


#: A word of a class's name that tells a security of another kind than common stock
#: ("Series B Preferred Stock", "Warrants", "6% Convertible Notes")
OTHER_KIND = regex_cache.compile(r"""
    \b(?:preferred|preference|series|warrants?|options?|notes?|debentures?|units?|rights
      |convertible|bonds?)\b
""", re.VERBOSE | re.IGNORECASE)
#: A class's letter: "Class A Common Stock", "Class B Ordinary Shares"
CLASS_LETTER = regex_cache.compile(r"""\bclass[ \t]+(?P<letter>[A-Z0-9]{1,2})\b""", re.VERBOSE | re.IGNORECASE)


def other_class(named: Optional[str], security_class: Optional[str]) -> bool:
    """Whether the class an Item 4 line names ("... shares of Series B Preferred Stock") is
    another than the filing's: a security of another kind (:data:`OTHER_KIND`) the filing's
    class does not name, or another class letter (:data:`CLASS_LETTER`) than the filing's.

    >>> other_class("Series B Preferred Stock", "Common Stock, $1.00 par value")
    True
    >>> other_class("Common Stock", "Common Stock, $1.00 par value"), other_class(None, "Common Stock")
    (False, False)
    >>> other_class("Class B Common Stock", "Class A Common Stock"), other_class("Class A Ordinary Shares", "Ordinary Shares")
    (True, False)
    """
    if not named:
        return False
    kind = OTHER_KIND.search(named)
    if kind and not (security_class and OTHER_KIND.search(security_class)):
        return True
    letter, filing = CLASS_LETTER.search(named), CLASS_LETTER.search(security_class or "")
    return bool(letter and filing and letter["letter"].upper() != filing["letter"].upper())


def _answer(src: SourceText, s: int, e: int, fld: str, section: str) -> Optional[TableValue]:
    """The value a sub-item's answer ``src.text[s:e]`` states (its caption, page furniture
    and dates passed over), unless it refers elsewhere ("See Item 5")."""
    head = src.text[s:e]
    nxt = NEXT_ITEM_HEADING.search(head)
    head = SUB_ITEM_CAPTION.sub("", head[:nxt.start()] if nxt else head, count=1)
    cut = _value_end(head)
    head = head[:cut] if cut is not None else head[:200]
    if _refers_elsewhere(head):
        return None
    if "\n" in head:  # a page may break between the caption and the answer
        head = PAGE_FURNITURE.sub(lambda m: " " * len(m.group(0)), head)
    found_at = _first_value_at(head, fld)
    if found_at is None:
        return None
    r, vs, ve = found_at
    return TableValue(field=fld, alone=states_alone(head, vs, ve), reading=r.model_copy(
        update={"evidence": src.evidence(s, s + len(head), section=section)}))


#: What a sub-item's answer may hold beside a value it states alone, in small letters: its
#: unit and class ("2,316,455 shares of Common Stock", "Class A Ordinary Shares"),
#: "approximately" (a class's letter is a word of one letter); no footnote mark
#: (:data:`FOOTNOTE_MARK`: "600,000(1)" and "(1) Excludes 57,000 shares ...")
ALONE_WORDS = frozenset(("shares", "share", "of", "the", "common", "stock", "ordinary", "class",
                         "outstanding", "approximately", "issuer", "issuer's", "percent", "per",
                         "cent"))
#: A word of an answer (:data:`ALONE_WORDS`), and a footnote mark: "(1)", "[2]", "*"
ANSWER_WORD = regex_cache.compile(r"""[A-Za-z][A-Za-z']*""", re.VERBOSE)
FOOTNOTE_MARK = regex_cache.compile(r"""\(\d{1,2}\)|\[\d{1,2}\]|\*""", re.VERBOSE)
#: The rest of a sub-item's caption wrapped over lines, without a ":" before its answer: "or
#: to direct the\n     disposition of" (:data:`SUB_ITEM_CAPTION` reads one line)
CAPTION_REST = regex_cache.compile(r"""^[^\d:]*?\b(?:vote|disposition\s+of|owned|class)\b""", _F)
#: A blank line, where the paragraph of an answer ends
BLANK_LINE = regex_cache.compile(r"""\n[ \t]*\n""", re.VERBOSE)


def states_alone(head: str, start: int, end: int) -> bool:
    """Whether the value at ``head[start:end]`` is the whole answer of its sub-item: beside it
    (after the caption's last ":", up to the paragraph's end) only its unit, class or
    "approximately" (:data:`ALONE_WORDS`); no other figure, no date, no footnote mark (its note
    may say what the value leaves out), no word saying it is a part ("held directly", "Less
    than", "Warrants to purchase").

    >>> h = ":                     2,316,455 shares\\n\\nThe percentage is based on 27,413,000"
    >>> states_alone(h, 22, 31), states_alone(": 600,000 shares held directly", 2, 9)
    (True, False)
    >>> states_alone(": 600,000(1)", 2, 9), states_alone(": 600,000*", 2, 9)
    (False, False)
    >>> states_alone(": Less than 1%", 12, 14), states_alone(": 5.3%; 5.6% assuming exercise", 2, 6)
    (False, False)
    >>> states_alone(" or to direct the\\n      disposition of      265,000", 44, 51)
    True
    """
    before, after = head[:start], head[end:]
    before = before[before.rfind(":") + 1:] if ":" in before else \
        CAPTION_REST.sub("", before, count=1)  # "... direct the\n  disposition of   265,000"
    stop = BLANK_LINE.search(after)
    rest = before + " " + (after[:stop.start()] if stop else after)
    if any(ch.isdigit() for ch in rest) or FOOTNOTE_MARK.search(rest):
        return False  # another figure (a part, a base, a date), a note
    return all(w.lower() in ALONE_WORDS or len(w) == 1 for w in ANSWER_WORD.findall(rest))


#: A line of page furniture between a sub-item's caption and its answer, where a page breaks:
#: "<PAGE>", "SCHEDULE 13G", "Page 5 of 7", "CUSIP NO. 230215 10 5     PAGE 5 OF 7 PAGES" (its
#: CUSIP is no number of the answer)
PAGE_FURNITURE = regex_cache.compile(r"""
    ^[ \t]*(?: <PAGE> | (?:SCHEDULE|SC)[ \t]+13[ \t]?[DG](?:/A)?
      | CUSIP[ \t]+(?:No\.?|Number|\#)[ \t]*:?[ \t]*[0-9A-Z][0-9A-Z \t-]{5,14}
        (?:[ \t]{2,}.*)?
      | Page[ \t]+\d+[ \t]+of[ \t]+\d+(?:[ \t]+Pages)?
    )[ \t]*$
""", re.VERBOSE | re.IGNORECASE | re.MULTILINE)

#: Where a sub-item's answer ends: two blank lines, or the next sub-item "(b) Percent"; each
#: opens with its own literal, so that a search skips ahead to it fast (a search of both in one
#: pattern tries every position)
VALUE_END = (regex_cache.compile(r"""\n\s*\n\s*\n""", re.VERBOSE),
             regex_cache.compile(r"""\(\w{1,3}\)\s+[A-Z]""", re.VERBOSE))
#: The next item's heading, wherever it stands, where the last sub-item's answer ends (before
#: its caption is taken off: "... direct disposition  0  Item 5. Ownership of Five Percent or
#: Less of a Class", a page whose line breaks are lost, would lose the "0" with a caption read
#: up to "Class"); "Item 5.", "ITEM 6:" before a capital, never "see Item 9 of the cover"
NEXT_ITEM_HEADING = regex_cache.compile(r"""(?:Item|ITEM)\s*\d{1,2}\s*[.:]\s+[A-Z]""", re.VERBOSE)
#: An answer that refers to another part of the filing ("See Item 5", "see the cover page",
#: "Row 9"): "row" or "item" anywhere (any case), or these two
SEE_WORD = regex_cache.compile(r"""\bsee\b""", _F)
COVER_PAGE = regex_cache.compile(r"""cover\s+page""", _F)


def _value_end(head: str) -> Optional[int]:
    """Where the first of :data:`VALUE_END` starts in ``head`` (None when neither is there).

    >>> _value_end("  1,000\\n\\n\\n Notes"), _value_end("  1,000 (b) Percent"), _value_end("5")
    (7, 8, None)
    """
    found = [m.start() for m in (pat.search(head) for pat in VALUE_END) if m]
    return min(found) if found else None


def _refers_elsewhere(head: str) -> bool:
    """Whether a sub-item's answer refers elsewhere instead of stating a value (the words
    looked for by ``in`` in the answer lower-cased, the others only when their first word is
    there: a case-insensitive search of them all tries every position).

    >>> _refers_elsewhere("See Item 5"), _refers_elsewhere("Seen: 1,000"), _refers_elsewhere("0")
    (True, False, False)
    """
    low = fold_case(head)
    return ("row" in low or "item" in low or ("see" in low and SEE_WORD.search(head) is not None)
            or ("cover" in low and COVER_PAGE.search(head) is not None))


def _holder_heading(text: str, pos: int, floor: int) -> Optional[str]:
    """The name heading a per-holder block of Item 4, printed on the line(s) above its "(a)".

    >>> t = "Item 4. Ownership\\n  ACME FUND\\n  ---------\\n  (a) Amount Beneficially Owned: 5"
    >>> _holder_heading(t, t.index("(a)"), 0)
    'ACME FUND'
    >>> _holder_heading(t, t.index("ACME"), 0) is None
    True
    """
    line_end = text.rfind("\n", floor, pos)
    if line_end < 0 or text[line_end:pos].strip():
        return None  # "(a)" does not open its line
    while line_end > floor:
        line_start = text.rfind("\n", floor, line_end) + 1
        line = text[line_start:line_end]
        line_end = line_start - 1
        if RULE_LINE.match(line):
            continue
        m = HOLDER_HEADING.match(line)
        if m is None or PAGE_FURNITURE.match(line) or len(LOWER_WORD.findall(m["who"])) > 2:
            return None  # a sentence, "SCHEDULE 13G"
        return m["who"].strip()
    return None


def _is_caption(who: str) -> bool:
    """Whether a table line's "who" captions the answer (:data:`CAPTION_WHO`, a date, or a
    sentence: three words in small letters) instead of naming a holder: the line is then the
    answer of the sub-item, as if it had no "who".

    >>> _is_caption("As of December 31, 2006"), _is_caption("Total"), _is_caption("Fund I")
    (True, True, False)
    >>> _is_caption("Mr. Roe may be deemed to beneficially own"), _is_caption("Acme Fund of the Americas")
    (True, False)
    >>> _is_caption("Shares outstanding"), _is_caption("Total shares outstanding")
    (False, False)
    """
    if OUTSTANDING_WORD.search(who):
        return False  # "Shares outstanding:  11,686,959": the class's count, no one's answer
    if CAPTION_WHO.match(who) or len(LOWER_WORD.findall(who)) > 2:
        return True
    return any(any(mark in who for mark in marks) and pat.search(who) for pat, marks in _DATES)


def _read_cell(raw: str, fld: str) -> Optional[Reading]:
    if fld == "percent":
        ps = find_class_percents(raw)
        return ps[0][2] if ps else None
    if "%" in raw:
        return None
    r = read_quantity(raw, field=fld)
    return r if r is not None and isinstance(r.value, int) else None


#: The dates blanked before a sub-item's value is read ("As of December 31, 2013:"), each with
#: the marks one of which every match holds: a year's "19" or "20", or a "/" or "-" between
#: numbers. A text without them is not searched (most sub-items print no date).
_DATES = ((MONTH_NAME_DATE, ("19", "20")), (NUMERIC_US_DATE, ("/", "-")),
          (ISO_DATE, ("19", "20")))


def _first_value(text: str, fld: str) -> Optional[Reading]:
    found = _first_value_at(text, fld)
    return found[0] if found else None


def _first_value_at(text: str, fld: str) -> Optional[tuple[Reading, int, int]]:
    """The first value of ``fld`` in ``text`` (its dates blanked) and where it stands.

    >>> r, s, e = _first_value_at("As of December 31, 2006:  657,000 shares", "aggregate")
    >>> r.value, s, e
    (657000, 26, 33)
    """
    for pat, marks in _DATES:
        if any(mark in text for mark in marks):
            text = pat.sub(lambda m: " " * len(m.group(0)), text)
    if fld == "percent":
        ps = find_class_percents(text)
        return (ps[0][2], ps[0][0], ps[0][1]) if ps else None
    # the first of find_quantities(text) that passes, read as ``fld``: the cells after it are
    # not read (read_quantity is what find_quantities calls for each token)
    for s, e, tok in quantity_tokens(text):
        r = read_quantity(tok, field=fld)
        if r is not None and not (r.value == 0 and r.raw.isdigit() is False
                                  and r.raw.lower() not in {"nil", "-0-", "none"}):
            return r, s, e
    return None


