"""Schedule 13D/13G text outside the cover rows: Items 1, 2 and 4 (and, re-exported, the front page).

The front page (issuer, class, CUSIP, event date, amendment number) is read by
:mod:`graphkit.parsers.schedule13_front`. Item 2 names the persons filing (often with defined
terms) and their citizenship; Item 4 repeats the holdings, sometimes as per-person tables
("ACVA<tab>32,770") and record-holder sentences, and states the number of shares outstanding
the percentages are based on (read by :mod:`graphkit.parsers.schedule13_outstanding`).

Examples
--------
>>> t = "Item 1. (a) Name of Issuer\\nItem 2. (a) Name of Person Filing\\nItem 4. Ownership"
>>> sorted(find_items(SourceText(path="x", text=t)))
[1, 2, 4]
"""

from __future__ import annotations

import re
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from graphkit.dates import ISO_DATE, MONTH_NAME_DATE, NUMERIC_US_DATE
from graphkit.models import Evidence, Reading
from graphkit.ocr import PLACES, quantity_tokens, read_quantity
from graphkit.parsers.cue_search import finditer_lines, fold_case, fold_text
from graphkit.parsers.prose import NAME, sentence_spans
from graphkit.parsers.schedule13_front import (  # noqa: F401  (re-exported)
    AMENDMENT, CAPTION_OPEN, CLASS_CAPTION, CLOSING_PAREN, CUSIP_CAPTION, EVENT_CAPTION,
    FORM_TITLE, ISSUER_CAPTION, LETTER_OR_DIGIT, MARKDOWN_MARK, RULE_LINE, FrontPage,
    read_front_page)
from graphkit.parsers.schedule13_outstanding import (  # noqa: F401  (re-exported)
    OUTSTANDING, read_outstanding)
from graphkit.parsers.voting_power import find_class_percents
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

#: Item headings: "Item 1.", "#### Item 4. Ownership", "ITEM 2(a)."
ITEM_HEADING = re.compile(r"""^[\s#*>]*Item\s*(?P<num>\d{1,2})\s*(?:[.:(]|\s)""", re.M | re.I)
#: Item 1(b): "Address of Issuer's Principal Executive Offices:"
ISSUER_ADDRESS = re.compile(r"""
    Address\s+of\s+(?:the\s+)?Issuer['’]?s\s+Principal\s+Executive\s+Offices?\s*:?
""", _F)
#: Item 1(a): "Name of Issuer:"
ISSUER_NAME_ITEM = re.compile(r"""\(a\)\s*Name\s+of\s+Issuer\s*:?""", _F)
#: "disclaims beneficial ownership", "disclaims any beneficial ownership", "expressly disclaims
#: such beneficial ownership", "disclaimed all beneficial ownership", "disclaims all such
#: beneficial ownership"
DISCLAIMS = re.compile(r"""
    disclaim(?:s|ed)?\s+(?:(?:any|all|such)\s+){0,2}beneficial\s+ownership
""", _F)
#: The word every :data:`DISCLAIMS` match opens with (looked for in the text lower-cased)
DISCLAIMS_CUE = "disclaim"
#: A cover page's own disclaimer, written in a row beside the number: "6,941,000  Beneficial
#: ownership disclaimed pursuant to Rule 13d-4", "The Reporting Person disclaims beneficial
#: ownership" (the row wraps at will). A named party disclaiming in a cover's footnote ("Mr. Roe
#: disclaims ...") may be another person than the cover's: Items' disclaimers name them.
COVER_DISCLAIMED = re.compile(r"""
    beneficial\s+ownership\s+(?:is\s+)?(?:hereby\s+)?disclaimed   # "Beneficial ownership disclaimed"
  | (?:the|each)\s+reporting\s+person\s+(?:expressly\s+)?disclaims\s+(?:any\s+)?
    beneficial\s+ownership                                       # "The Reporting Person disclaims ..."
""", _F)
#: Shares left out of the reported total, whose disclaimer qualifies no holding: "The above
#: does not include 1,000 shares owned by Mr. Roe's wife, as to which he disclaims ...", "Mr.
#: Roe no longer reports other shares held in trust for his children, as to which he ..."
NOT_INCLUDED = re.compile(r"""
    \b(?:does|do)\s+not\s+include\b|\b(?:is|are)\s+not\s+included\b   # does not include
  | \bexclud(?:es|ing|ed)\b                          # "Excludes 1,000 shares held by the Trust"
  | \bno\s+longer\s+reports?\b                        # "no longer reports other shares"
""", _F)
#: Item 2(c) citizenship list: "ACMV—Delaware", "ACVCV - Netherlands"
TERM_PLACE = re.compile(r"""
    (?P<who>[A-Z][A-Za-z0-9.,&()' \-]{0,80}?)\s*(?:—|–|\s-\s|:)\s*
    (?P<place>(?:[A-Z][a-z]+|of)(?:[ ](?:[A-Z][a-z]+|of))*)
""", re.VERBOSE)
#: Item 4 table line: "ACVAQ<tab>31,269", "ACMV    19.42%"
TABLE_LINE = re.compile(r"""
    ^[ \t\-•*]*(?P<who>[A-Z][^\t\n]{0,80}?)[ \t]*(?:\t+|[ ]{2,}|:[ \t]*)
    (?P<val>[0-9lIoO][0-9lIoO,. ]*[0-9](?:\s*%)?|[0-9](?:\s*%)?|nil|none|-0-)[ \t]*;?$
""", re.M | re.VERBOSE)
#: The name heading a per-holder block of Item 4, on a line of its own: "   ACM", "Acme Fund, L.P.",
#: "Acme Master Fund (Offshore), Ltd.", after an outline mark ("A.  Acme Fund, L.P.", "1. Acme
#: LLC" give the name alone); not an item heading, a sub-item ("(a) ..."), a page heading, a
#: sentence, a line with digits ("Page 5", "Common Stock (1)") or page furniture
HOLDER_HEADING = re.compile(r"""
    ^[ \t#*>]*(?:(?:[A-Z]|\d{1,2})\.[ \t]+)?(?!Items?\b|ITEMS?\b|Page\b|PAGE\b|\()
    (?P<who>[A-Z][A-Za-z.,&'()\- ]{1,90}?)[ \t*:]*$
""", re.VERBOSE)
#: A word in small letters, three of which make a :data:`HOLDER_HEADING` a sentence ("The
#: Reporting Persons own shares of the Issuer"), not a name ("Acme Fund of the Americas")
LOWER_WORD = re.compile(r"""\b[a-z]{3,}\b""", re.VERBOSE)
#: Item 4 sub-items: "(a) Amount beneficially owned", "(ii) Shared power to vote or to direct"
#: (the "(" every one opens with stands first, so that a search skips ahead to each "(": a
#: case-insensitive alternation is otherwise tried at every position)
ITEM4_PART = re.compile(r"""
    \( (?:
      (?P<aggregate>a\)\s*Amount\s+beneficially\s+owned)
    | (?P<percent>b\)\s*Percent\s+of\s+class)
    | (?P<sole_voting>i\)\s*Sole\s+power\s+to\s+vote)
    | (?P<shared_voting>ii\)\s*Shared\s+power\s+to\s+vote)
    | (?P<sole_dispositive>iii\)\s*Sole\s+power\s+to\s+dispose)
    | (?P<shared_dispositive>iv\)\s*Shared\s+power\s+to\s+dispose) )
""", _F)


# --- small patterns of the readers below (compiled once: a filing's own patterns can push
# them out of the ``re`` module's cache) ---------------------------------------------------

#: Where Item 1(b)'s address ends: "(c)", "Item 2", a markdown heading
ISSUER_ADDRESS_END = re.compile(r"""\n\s*(?:\(c\)|Item\s*2|\#)""", _F)
#: Item 2(c): "(c) Citizenship", "Item 2(c).   Citizenship:", and the "(d)" or "Item 2(d)."
#: opening a line after it
CITIZENSHIP_ITEM = re.compile(r"""\(c\)[.:]?\s*Citizenship""", _F)
ITEM_D = re.compile(r"""\n\s*(?:Item\s*2\s*)?\(d\)""", _F)
#: Two letters: a table line's "who" that names something ("ACVA"), not "(a)" alone
TWO_LETTERS = re.compile(r"""[A-Za-z]{2}""", re.VERBOSE)
#: The rest of a sub-item's caption before its answer: "... power to vote or direct the vote:"
SUB_ITEM_CAPTION = re.compile(r"""^[^\n:]*?(?:vote|disposition\s+of|owned|class)\s*[:.]?""",
                              re.IGNORECASE)


class TableValue(BaseModel):
    """One value from an Item 4 table or sentence: who (as written), which field, the reading."""

    model_config = ConfigDict(extra="forbid")

    who: Optional[str] = None  # None: the single reporting person of the filing
    field: str
    reading: Reading


def find_items(src: SourceText, start: int = 0, end: int | None = None
               ) -> dict[int, tuple[int, int]]:
    """Spans of Items 1-10 of the statement, by item number (first heading of each wins).

    >>> t = "Item 1. (a) Name of Issuer\\nItem 2. (a) Name of Person Filing\\nItem 4. Ownership"
    >>> find_items(SourceText(path="x", text=t))
    {1: (0, 27), 2: (27, 61), 4: (61, 78)}
    """
    end = len(src.text) if end is None else end
    heads: list[tuple[int, int]] = []
    last = 0
    # the matches of ITEM_HEADING (a "^[\s#*>]*" lead, then "Item"), tried at "item" only
    for m in finditer_lines(ITEM_HEADING, src.text, fold_text(src.text), "item", start, end):
        n = int(m["num"])
        if 1 <= n <= 10 and n > last:
            heads.append((n, m.start()))
            last = n
    out: dict[int, tuple[int, int]] = {}
    for i, (n, s) in enumerate(heads):
        out[n] = (s, heads[i + 1][1] if i + 1 < len(heads) else end)
    return out


def read_issuer_address(src: SourceText, start: int, end: int) -> Optional[str]:
    """Item 1(b): the address under "Address of Issuer's Principal Executive Offices"."""
    m = ISSUER_ADDRESS.search(src.text, start, end)
    if not m:
        return None
    tail = src.text[m.end():end]
    stop = ISSUER_ADDRESS_END.search(tail)
    addr = " ".join(tail[:stop.start() if stop else 300].split())
    return addr[:200] or None


def read_citizenships(src: SourceText, start: int, end: int) -> list[tuple[str, str, Evidence]]:
    """Item 2(c) pairs (who as written, place) such as "ACMV—Delaware"; a known place
    (:data:`~graphkit.ocr.PLACES`) alone as the item's answer ("Citizenship:  Delaware") is
    given with ``who`` empty: every reporting person's, when there is one.

    >>> t = "Item 2(c).   Citizenship:  Cayman Islands\\nItem 2(d).   Title of Class"
    >>> [(w, p) for w, p, _ in read_citizenships(SourceText(path="x", text=t), 0, len(t))]
    [('', 'Cayman Islands')]
    """
    m = CITIZENSHIP_ITEM.search(src.text[start:end])
    if not m:
        return []
    s = start + m.end()
    stop = ITEM_D.search(src.text[s:end])
    e = s + stop.start() if stop else min(end, s + 600)
    out = []
    for t in TERM_PLACE.finditer(src.text, s, e):
        who = t["who"].strip(" :")
        if who:
            out.append((who, t["place"].strip(), src.evidence(t.start(), t.end(), section="Item 2(c)")))
    bare = " ".join(src.text[s:e].split()).strip(" :.")
    if not out and bare.lower() in _KNOWN_PLACES:
        at = src.text.index(bare.split()[0], s)
        out.append(("", _KNOWN_PLACES[bare.lower()],
                    src.evidence(at, at + len(bare), section="Item 2(c)")))
    return out


#: The places an Item 2(c) may state alone, by their lower-cased names
_KNOWN_PLACES = {p.lower(): p for p in PLACES}


def read_item4_values(src: SourceText, start: int, end: int) -> list[TableValue]:
    """Item 4 values: per-person table lines, and single values after each sub-item.

    Table lines ("ACVA<tab>32,770") carry who; a sub-item answered by one bare value
    ("(a) Amount beneficially owned: 2,000,000") gives ``who=None``.
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
        lines = list(TABLE_LINE.finditer(src.text, s, e))
        if lines:
            for t in lines:
                who = t["who"].strip(" :")
                r = _read_cell(t["val"], fld)
                if r is not None and TWO_LETTERS.search(who):
                    out.append(TableValue(who=who, field=fld, reading=r.model_copy(update={
                        "evidence": src.evidence(t.start(), t.end(), section=section)})))
            continue
        head = src.text[s:e]
        nxt = NEXT_ITEM_HEADING.search(head)
        head = SUB_ITEM_CAPTION.sub("", head[:nxt.start()] if nxt else head, count=1)
        cut = _value_end(head)
        head = head[:cut] if cut is not None else head[:200]
        if _refers_elsewhere(head):
            continue
        if "\n" in head:  # a page may break between the caption and the answer
            head = PAGE_FURNITURE.sub(lambda m: " " * len(m.group(0)), head)
        r = _first_value(head, fld)
        if r is not None:
            out.append(TableValue(who=holder, field=fld, reading=r.model_copy(update={
                "evidence": src.evidence(s, s + len(head), section=section)})))
    return out


#: A line of page furniture between a sub-item's caption and its answer, where a page breaks:
#: "<PAGE>", "SCHEDULE 13G", "Page 5 of 7", "CUSIP NO. 230215 10 5     PAGE 5 OF 7 PAGES" (its
#: CUSIP is no number of the answer)
PAGE_FURNITURE = re.compile(r"""
    ^[ \t]*(?: <PAGE> | (?:SCHEDULE|SC)[ \t]+13[ \t]?[DG](?:/A)?
      | CUSIP[ \t]+(?:No\.?|Number|\#)[ \t]*:?[ \t]*[0-9A-Z][0-9A-Z \t-]{5,14}
        (?:[ \t]{2,}.*)?
      | Page[ \t]+\d+[ \t]+of[ \t]+\d+(?:[ \t]+Pages)?
    )[ \t]*$
""", re.VERBOSE | re.IGNORECASE | re.MULTILINE)

#: Where a sub-item's answer ends: two blank lines, or the next sub-item "(b) Percent"; each
#: opens with its own literal, so that a search skips ahead to it fast (a search of both in one
#: pattern tries every position)
VALUE_END = (re.compile(r"""\n\s*\n\s*\n""", re.VERBOSE),
             re.compile(r"""\(\w{1,3}\)\s+[A-Z]""", re.VERBOSE))
#: The next item's heading, wherever it stands, where the last sub-item's answer ends (before
#: its caption is taken off: "... direct disposition  0  Item 5. Ownership of Five Percent or
#: Less of a Class", a page whose line breaks are lost, would lose the "0" with a caption read
#: up to "Class"); "Item 5.", "ITEM 6:" before a capital, never "see Item 9 of the cover"
NEXT_ITEM_HEADING = re.compile(r"""(?:Item|ITEM)\s*\d{1,2}\s*[.:]\s+[A-Z]""", re.VERBOSE)
#: An answer that refers to another part of the filing ("See Item 5", "see the cover page",
#: "Row 9"): "row" or "item" anywhere (any case), or these two
SEE_WORD = re.compile(r"""\bsee\b""", _F)
COVER_PAGE = re.compile(r"""cover\s+page""", _F)


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
    for pat, marks in _DATES:
        if any(mark in text for mark in marks):
            text = pat.sub(lambda m: " " * len(m.group(0)), text)
    if fld == "percent":
        ps = find_class_percents(text)
        return ps[0][2] if ps else None
    # the first of find_quantities(text) that passes, read as ``fld``: the cells after it are
    # not read (read_quantity is what find_quantities calls for each token)
    for _, _, tok in quantity_tokens(text):
        r = read_quantity(tok, field=fld)
        if r is not None and not (r.value == 0 and r.raw.isdigit() is False
                                  and r.raw.lower() not in {"nil", "-0-", "none"}):
            return r
    return None


def cover_disclaims(src: SourceText, start: int, end: int) -> bool:
    """True when the cover page at ``start:end`` disclaims its own holding in one of its rows.

    >>> src = SourceText(path="x.txt", text="9  AGGREGATE AMOUNT\\n   6,941,000  Beneficial "
    ...                  "ownership\\n disclaimed pursuant to Rule 13d-4\\n10  CHECK BOX")
    >>> cover_disclaims(src, 0, len(src.text)), cover_disclaims(src, 0, 20)
    (True, False)
    >>> src = SourceText(path="x.txt", text="(1) Excludes 10 shares held by a trust, of which he "
    ...                  "is a trustee and disclaims beneficial ownership of such shares.")
    >>> cover_disclaims(src, 0, len(src.text))
    False
    """
    fold = fold_text(src.text)
    if fold.find(DISCLAIMS_CUE, start, end) == -1:
        return False  # every match holds "disclaim" (any case)
    for m in COVER_DISCLAIMED.finditer(src.text, start, end):
        # the sentence so far: "Excludes 1,000 shares held by the Trust, of which he is a
        # trustee and disclaims ..." disclaims shares left out of the holding, not the holding
        opening = max(src.text.rfind(".", start, m.start()), src.text.rfind("\n\n", start,
                                                                          m.start()), start)
        if not NOT_INCLUDED.search(src.text, opening, m.start()):
            return True
    return False


class Disclaimer(BaseModel):
    """A sentence disclaiming beneficial ownership: by everyone filing, or by named parties."""

    model_config = ConfigDict(extra="forbid")

    everyone: bool
    #: "the Reporting Person disclaims": the filer's, when it is the only one
    sole_filer: bool = False
    names: list[str] = Field(default_factory=list)
    #: the names that stand where the clause's subject does (:data:`DISCLAIMER_LEAD`,
    #: :data:`DISCLAIMER_TAIL`), not in an object ("the Shares held by the Acme Funds")
    subjects: list[str] = Field(default_factory=list)
    evidence: Evidence


#: A name as prose writes it (:data:`graphkit.parsers.prose.NAME`), compiled once here (a
#: filing's own patterns can push it out of the ``re`` module's cache): "Acme GP, LLC"
PROSE_NAME = re.compile(NAME, re.VERBOSE)
#: "Each reporting person ... disclaims", "Each of the Reporting Persons disclaims"
EVERYONE_DISCLAIMS = re.compile(r"""
    each\s+(?:of\s+the\s+)?reporting\s+persons?|the\s+reporting\s+persons\s+disclaim
""", _F)

#: "the Reporting Person" (singular) as the subject right before "disclaims", opening its
#: clause: "Pursuant to Rule 13d-4, the Reporting Person disclaims all such beneficial
#: ownership" (the sole filer's); not an object: "Each of the directors of the Reporting Person
#: disclaims", "Roe, as the sole stockholder of the Reporting Person, disclaims"
SOLE_FILER_DISCLAIMS = re.compile(r"""
    (?:^|[,;:]\s*|\bthat\s+)the\s+reporting\s+person\s*(?:(?:hereby|expressly|specifically
    |also)\s+)*$
""", _F)

#: Where a disclaiming clause starts, after the last of these before "disclaims": "As the
#: general partner of the Acme Funds, Acme GP, LLC may be deemed ..., but Acme GP, LLC
#: disclaims" (or the sentence's start)
DISCLAIMER_CLAUSE_BREAK = re.compile(r"""
    ,\s+but\s+|;\s+|,\s+however,\s+
""", _F)
#: What may stand before a name that opens a disclaiming clause, or between the names of its
#: subject: "Each of Acme GP, LLC and the Acme Individuals disclaims"; never "held by"
DISCLAIMER_LEAD = re.compile(r"""
    [\s,]*(?:(?:and|but|each|of|the|both|all|however)[\s,]+)*
""", _F)
#: What may stand between the subject's name and its "disclaims": "The Acme Funds each
#: expressly disclaim"; no comma: "Jane Roe, as the manager of the Acme Funds, disclaims"
DISCLAIMER_TAIL = re.compile(r"""
    \s*(?:(?:each|also|hereby|expressly|specifically|further|therefore|thus
    |accordingly|individually)\s+)*
""", _F)


def disclaimer_subjects(before: str) -> list[str]:
    """The names of the subject of the disclaiming clause that ``before`` (a sentence up to
    its "disclaim") closes: the names opening its clause (:data:`DISCLAIMER_CLAUSE_BREAK`,
    :data:`DISCLAIMER_LEAD`) and the one right before "disclaim" (:data:`DISCLAIMER_TAIL`).

    >>> disclaimer_subjects("As the general partner of the Acme Funds, Acme GP, LLC may be "
    ...     "deemed to own the Shares held by the Acme Funds, but Acme GP, LLC ")
    ['Acme GP, LLC']
    >>> disclaimer_subjects("Each of Acme GP, LLC and the Acme Individuals ")
    ['Each of Acme GP, LLC', 'Acme Individuals']
    >>> disclaimer_subjects("Although Jane Roe may be deemed to own the Shares held by the "
    ...                     "other Reporting Persons, she ")
    ['Although Jane Roe']
    """
    cut = max((b.end() for b in DISCLAIMER_CLAUSE_BREAK.finditer(before)), default=0)
    out: list[str] = []
    lead = cut
    for n in PROSE_NAME.finditer(before, cut):
        if DISCLAIMER_LEAD.fullmatch(before, lead, n.start()):
            out.append(n.group(0))
            lead = n.end()
        elif DISCLAIMER_TAIL.fullmatch(before, n.end()):
            out.append(n.group(0))
    return out


def find_disclaimers(src: SourceText, start: int = 0, end: int | None = None
                     ) -> list[Disclaimer]:
    """Sentences that disclaim beneficial ownership, with who disclaims (names as written).

    A disclaimer of shares the filing says it leaves out of the total (:data:`NOT_INCLUDED`)
    is not one: the holding reported does not hold them.

    >>> src = SourceText(path="x.txt", text="Roe disclaims beneficial ownership of the Fund's "
    ...     "shares. The above does not include 10 shares of his wife, as to which Doe "
    ...     "disclaims beneficial ownership.")
    >>> [d.names for d in find_disclaimers(src)]
    [['Roe']]
    """
    end = len(src.text) if end is None else end
    out = []
    # every DISCLAIMS match opens with "disclaim" (any case): where the folded text has none,
    # there is none to search for (the sentences lie within start:end)
    fold = fold_text(src.text)
    if fold.find(DISCLAIMS_CUE, start, end) == -1 or not DISCLAIMS.search(src.text, start, end):
        return out
    for s, e in sentence_spans(src.text, start, end):
        if fold.find(DISCLAIMS_CUE, s, e) == -1 or \
                not DISCLAIMS.search(src.text, s, e):  # only spaces differ from the sentence
            continue
        sent = " ".join(src.text[s:e].split())
        m = DISCLAIMS.search(sent)
        if not m:
            continue
        before = sent[:m.start()]
        if NOT_INCLUDED.search(before):
            continue  # shares outside the total: the holding itself is not disclaimed
        everyone = bool(EVERYONE_DISCLAIMS.search(before))
        names = [n.group(0) for n in PROSE_NAME.finditer(before)]
        out.append(Disclaimer(everyone=everyone, names=names,
                              sole_filer=SOLE_FILER_DISCLAIMS.search(before) is not None,
                              subjects=disclaimer_subjects(before),
                              evidence=src.evidence(s, e, section="disclaimer")))
    return out
