"""Schedule 13D/13G cover pages read from text: one :class:`CoverPage` per reporting person.

A cover page is a table of numbered rows (13G: 1-12, 13D: 1-14): name of reporting person,
citizenship or place of organization, sole/shared voting and dispositive power, aggregate
amount, percent of class, type of reporting person. In text renderings the rows come in every
layout: one row per line, value on the next line, tab-split cells, left-margin words
("Number of Shares Beneficially Owned by Each Reporting Person With") interleaved, and in OCR'd
paper two cover pages run together with repeated fragments. This module therefore reads by
*labels*, not by line: each row label opens a region that runs to the next label, and every
value found in a region is kept as a candidate :class:`~graphkit.models.Reading`. Choosing among
candidates (by the filing's own arithmetic) is done by
:mod:`graphkit.parsers.schedule13_reconcile`.

Examples
--------
>>> from graphkit.source import SourceText
>>> text = ("1. Names of Reporting Persons.  Acme Fund, L.P.\\n"
...         "4. Citizenship or Place of Organization   Delawa re\\n"
...         "5. Sole Voting Power  5.639,301 6. Shared Voting Power  iil\\n"
...         "9. Aggregate Amount Beneficially Owned by Each Reporting Person 5,639,301\\n"
...         "11. Percent of Class Represented by Amount in Row (9)  17.42%\\n"
...         "12. Type of Reporting Person (See Instructions)  PN\\n")
>>> [cp] = find_cover_pages(SourceText(path="x.txt", text=text))
>>> cp.names[0].value, cp.jurisdiction[0].value, cp.first("sole_voting"), cp.first("aggregate")
('Acme Fund, L.P.', 'Delaware', 5639301, 5639301)
>>> cp.first("shared_voting"), cp.first("percent"), cp.type_codes.value
(0, 17.42, 'PN')
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from itertools import islice
from typing import Iterable, Iterator, Optional

from pydantic import BaseModel, ConfigDict, Field

from graphkit.models import Evidence, Identifier, IdentifierScheme, Party, Reading
from graphkit.names import guess_kind, org_words, PartyKind
from graphkit.ocr import (find_percents, quantity_tokens, read_quantity, read_type_codes,
                          repair_place)
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

# --- row labels (each opens a region that runs to the next label) ---------------------------

#: "1. Names of Reporting Persons.", "(1) NAME OF REPORTING PERSON"
ROW_NAME = re.compile(r"""\bNames?\s+of\s+(?:the\s+)?Reporting\s+Persons?\b\.?""", _F)
#: "I.R.S. Identification Nos. of above persons (entities only)", "S.S. OR I.R.S.
#: IDENTIFICATION NO. OF ABOVE PERSON"
ROW_IRS = re.compile(r"""
    (?:S\.?\s?S\.?\s+or\s+)?I\.?\s?R\.?\s?S\.?\s+Identification\s+Nos?\.?
    (?:\s+of\s+(?:the\s+)?above\s+persons?)?(?:\s*\(\s*entities\s+only\s*\))?\.?
  | \(\s*entities\s+only\s*\)\.?
""", _F)
#: "2. Check the Appropriate Box if a Member of a Group (See Instructions)"
ROW_GROUP = re.compile(r"""
    Appropriate\s+Box\s+if\s+a\s+Member\s+of\s+a\s+Group\**(?:\s*\(See\s+Instructions\))?\**
""", _F)
#: "3. SEC Use Only", OCR "SEC Us e OĪ nly"
ROW_SEC_USE = re.compile(r"""\bSEC\s+U\s*s\s*e\b(?:\s+O\S*(?:\s+\S*ly\b)?)?""", _F)
#: 13D row 4: "SOURCE OF FUNDS (See Instructions)"
ROW_SOURCE = re.compile(r"""\bSource\s+of\s+Funds\**(?:\s*\(See\s+Instructions\))?\**""", _F)
#: 13D row 5: "CHECK BOX IF DISCLOSURE OF LEGAL PROCEEDINGS IS REQUIRED PURSUANT TO ITEMS 2(d)
#: OR 2(e)"
ROW_LEGAL = re.compile(r"""
    Disclosure\s+of\s+Legal\s+Proceedings(?:\s+is\s+Required\s+Pursuant\s+to\s+Items?\s+
    2\s*\(\s*d\s*\)\s+or\s+2\s*\(\s*e\s*\))?\**
""", _F)
#: "4. Citizenship or Place of Organization", OCR "Citizens hip or Place of Organization",
#: "Citizens ш y of Frace of Organization"
#: "Citizenship or Place\n     of Organization" (wrapped in a narrow column)
ROW_CITIZENSHIP = re.compile(r"""
    (?:Citizen\S*(?:[ \t]+\S+){0,3}?[ \t]+)?(?:or[ \t]+)?\S+(?:[ \t]+|[ \t]*\n[ \t]*)of[ \t]+Organi[sz]ation
""", _F)
#: What every :data:`ROW_CITIZENSHIP` match ends with: "of Organization", "of\tOrganisation".
#: The label holds at most one line break, so only the line of each of these and the line
#: before are searched for it (:func:`_citizenship_rows`): trying the whole pattern at every
#: position of a cover page cost more than all other labels together.
ORGANIZATION_END = re.compile(r"""of[ \t]+Organi[sz]ation""", _F)
#: A word (a run of non-space characters), where a :data:`ROW_CITIZENSHIP` match may open:
#: "Place" of "Place of Organization"
NON_SPACE_RUN = re.compile(r"""\S+""", re.VERBOSE)
#: "5. Sole Voting Power", "(7) SOLE VOTING POWER"
ROW_SOLE_VOTING = re.compile(r"""\bSole\s+Voting(?:\s+\w?ower)?""", _F)
#: "6. Shared Voting Power", OCR "Shared voling Fower", "Shared voting rower"
ROW_SHARED_VOTING = re.compile(r"""\bShared\s+vo\w*(?:\s+\w?ower)?""", _F)
#: "7. Sole Dispositive Power", "9. SOLE DISPOSITION POWER"
ROW_SOLE_DISPOSITIVE = re.compile(r"""\bSole\s+Disposi(?:tive|tion)(?:\s+\w?ower)?""", _F)
#: "8. Shared Dispositive Power", OCR "Shared Dispositive Fower", "SHARED DISPOSITION POWER"
ROW_SHARED_DISPOSITIVE = re.compile(r"""\bShared\s+Disposi(?:tive|tion)(?:\s+\w?ower)?""", _F)
#: "9. Aggregate Amount Beneficially Owned by Each Reporting Person", OCR "miount Beneficiary
#: Owned by Each Reporting Person", or cut short to "(9) Aggregate" alone on its line
ROW_AGGREGATE = re.compile(r"""
    (?:Aggregate\s+)?\w*m\w?ount\s+Benefici\w*\s+Owned(?:\s+by\s+Each\s+Reporting\s+Person)?
  | (?m:^[ \t]*(?:\(9\)|\(11\)|9\.|11\.)?[ \t]*Aggregate[ \t]*$)     # (9) Aggregate
""", _F)
#: "10. Check if the Aggregate Amount in Row (9) Excludes Certain Shares (see Instructions)"
ROW_EXCLUDES = re.compile(r"""Excludes\s+Certain\s+Shares\**(?:\s*\(See\s+Instructions\))?\**""", _F)
#: "11. Percent of Class Represented by Amount in Row (9)", OCR "Percent of C Class"
ROW_PERCENT = re.compile(r"""
    Percent\s+of\s+(?:C\s+)?Class(?:\s+Represented\s+by\s+Amount\s+in\s+Row\s*\(\s*\d+\s*\))?
""", _F)
#: "12. Type of Reporting Person (see Instructions)"
ROW_TYPE = re.compile(r"""Type\s+of\s+Reporting\s+Person\**(?:\s*\(See\s+Instructions\))?\**""", _F)

#: Row labels in the order of the form, with the field each fills.
ROW_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("name", ROW_NAME), ("irs", ROW_IRS), ("group", ROW_GROUP), ("sec_use", ROW_SEC_USE),
    ("source", ROW_SOURCE), ("legal", ROW_LEGAL), ("citizenship", ROW_CITIZENSHIP),
    ("sole_voting", ROW_SOLE_VOTING), ("shared_voting", ROW_SHARED_VOTING),
    ("sole_dispositive", ROW_SOLE_DISPOSITIVE), ("shared_dispositive", ROW_SHARED_DISPOSITIVE),
    ("aggregate", ROW_AGGREGATE), ("excludes", ROW_EXCLUDES), ("percent", ROW_PERCENT),
    ("type", ROW_TYPE),
)

QUANTITY_FIELDS = ("sole_voting", "shared_voting", "sole_dispositive", "shared_dispositive",
                   "aggregate")

# --- layout debris, blanked (offsets kept) before values are read ---------------------------

#: "CUSIP No. 74758T 303", OCR "CUSII SIP No. 74758T 303", "CUSIP 292758109"
CUSIP_REF = re.compile(r"""
    CUS\w*(?:\s+SIP)?\s*(?:No\.?|NO\.?|Number|NUMBER|\#)?\s*:?\s*[0-9][0-9A-Z]{2,8}(?:[ \t-](?:[0-9][0-9A-Z]{0,5}|[A-Z](?![a-z]))){0,2}
""", re.VERBOSE)
#: "Page 4 of 13", "(Page 2 of 9 Pages)"
PAGE_REF = re.compile(r"""\bPa(?:ge?)?\s*\d+(?:\s+of\s+\d+)?(?:\s+Pages)?""", _F)
#: Row numbers: "5.", "(7)", "[6]", "11." before a label (a cell that is only a row number)
ROW_NUMBER = re.compile(r"""
    (?<![\w.,(/$\[])(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}\s?\.)(?=[\s]|$)
""", re.VERBOSE)
#: A bare row number ending a region, printed just before the next label: "6    SHARED VOTING",
#: "9 | SOLE DISPOSITIVE POWER" (a table cell)
TRAILING_ROW_NUMBER = re.compile(r"""(?<![\w,.])\d{1,2}[ \t|]*\Z""", re.VERBOSE)
#: A bare row number on a line of its own (or among left-margin words) printed *after* its
#: label: "SOLE VOTING POWER\n      5\n  NUMBER OF   -0-", "BENEFICIALLY   6\n  NONE". (Spaces
#: and words before the number are taken possessively, "*+": giving some back could never let
#: a digit match, and trying it at every space of a deep indent cost more than all else here.)
_LINE_ROW_NUMBER = r"""
    (?P<pre>[ \t|]*+(?:(?:number|of|shares|beneficially|owned|by|each|reporting|person|with)
      [ \t|]++)*+)
    (?P<num>\d{1,2})
    (?=[ \t|]*(?:(?:number|of|shares|beneficially|owned|by|each|reporting|person|with)[ \t|]*)*$)
"""
LINE_ROW_NUMBER = re.compile(r"^" + _LINE_ROW_NUMBER, re.VERBOSE | re.IGNORECASE | re.MULTILINE)
#: :data:`LINE_ROW_NUMBER` with the line break before it, "\n      5": a literal first, so that a
#: search skips ahead fast (searched in "\n" + the text, so that its first line counts too)
BROKEN_LINE_ROW_NUMBER = re.compile(r"\n" + _LINE_ROW_NUMBER,
                                    re.VERBOSE | re.IGNORECASE | re.MULTILINE)
#: A footnote marker glued to a value: the "(1)" of "81,061,550(1)", "[2]" of "5,000[2]" (each
#: branch opens with its bracket, then looks back for the digit)
FOOTNOTE_MARK = re.compile(r"""
    \( (?<=\d\() \d{1,2} \)
  | \[ (?<=\d\[) \d{1,2} \]
""", re.VERBOSE)
#: A row number opening a table row, before its cell separator or its label words:
#: "12 | CHECK BOX IF ...", "7 | SOLE VOTING POWER", "12  CHECK BOX IF THE AGGREGATE AMOUNT"
_ROW_CELL_NUMBER = r"""
    [ \t]*+\d{1,2}(?=[ \t]*\||[ \t]+(?:check|sec[ \t]|source|citizen|sole|shared|aggregate
                                     |percent|type|names?\b|i\.?r\.?s\.?\b))
"""
ROW_CELL_NUMBER = re.compile(r"^" + _ROW_CELL_NUMBER, re.VERBOSE | re.IGNORECASE | re.MULTILINE)
#: :data:`ROW_CELL_NUMBER` with the line break before it, "\n12 | CHECK BOX" (a literal first, as
#: :data:`BROKEN_LINE_ROW_NUMBER`)
BROKEN_ROW_CELL_NUMBER = re.compile(r"\n" + _ROW_CELL_NUMBER,
                                    re.VERBOSE | re.IGNORECASE | re.MULTILINE)
#: Where a :data:`ROW_NUMBER` may end, each opening with a literal so the search skips ahead fast:
#: the "." of "5." or "11 .", the ")" of "(7)", the "]" of "[6]"; each with how many characters
#: before that last character a row number ending there may start.
ROW_NUMBER_ENDS: tuple[tuple[re.Pattern[str], tuple[int, ...]], ...] = (
    (re.compile(r"""\. (?:(?<=\d\.)|(?<=\d\s\.)) (?=\s|$)""", re.VERBOSE), (1, 2, 3)),
    (re.compile(r"""\) (?<=\d\)) (?=\s|$)""", re.VERBOSE), (2, 3)),
    (re.compile(r"""\] (?<=\d\]) (?=\s|$)""", re.VERBOSE), (2, 3)),
)
#: References to other rows and items: "Row (9)", "Rows 5 and 7", "Items 2(d)"
ROW_REF = re.compile(r"""
    Rows?\s*\(\s*\d+\s*\)(?:\s*(?:and|&|-)\s*\(\s*\d+\s*\))? | Rows?\s+\d+(?:\s*(?:and|&|-|,)\s*\d+)*
  | Items?\s+\d+(?:\s*\(\s*[a-z]\s*\))?
""", _F)
#: A name of reporting person followed by an I.R.S. number on the cover: "13-3470777" (no digit
#: before it: looked at after its first digit, so that a search skips ahead fast)
IRS_NUMBER = re.compile(r"""(?P<ein>\d (?<!\d\d) \d-\d{7})(?!\d)""", re.VERBOSE)

#: The first item heading after the cover pages ends them: "Item 1(a).", "ITEM 1.", and in an
#: amendment that restates only some items "Item 3.  Source and Amount of Funds"
FIRST_ITEM = re.compile(r"""^[\s#*>]*Item\s*(?:1\s*[.:(]|[2-9]\s*[.:(]?[ \t]+[A-Z])""", re.M | re.I)

#: "NONE" in capitals as a power cell (read as zero, like "None" and "-0-"); the word before is
#: looked at after "NONE", so that a search skips ahead fast to each "NONE"
NONE_WORD = re.compile(r"""NONE (?<!\wNONE) (?!\w)""", re.VERBOSE)
#: A percent printed without its leading zero: " .7%", " .02%" (read as "0.7%", "0.02%"; the
#: space before it gives way to the zero, so offsets are kept; the blank before that space is
#: looked at after " .", so that a search skips ahead fast)
LEADING_DOT_PERCENT = re.compile(r"""[ ](?P<p>\.(?<=[ \t][ ]\.)\d{1,3}[ ]?%)""", re.VERBOSE)
#: A number standing free in a row region (not glued to a rule line: "____14." is no number)
NUMBER_TOKEN = re.compile(r"""(?<![\w.])\d[\d.,]*""", re.VERBOSE)
#: "Less than 1%", "less than one percent" in a percent row
LESS_THAN = re.compile(r"""\bless\s+than\b""", _F)
#: A percent row answered by a bare number without "%": "24.05"
BARE_PERCENT = re.compile(r"""^[ \t]*(?P<num>\d{1,2}(?:\.\d{1,4})?|100(?:\.0+)?)[ \t]*$""", re.M | re.VERBOSE)
#: A name of reporting person followed by a masked or printed taxpayer number:
#: "Jane Q. Doe - ###-##-####", "Acme Investors L.P. - 11-276-3164"
NAME_ID_SUFFIX = re.compile(r"""[ \t]+-[ \t]+[0-9#]{2,3}-[0-9#]{2,3}-[0-9#]{4}[ \t]*$""", re.VERBOSE)
#: A place of organization written as dotted initials: "U.S.A.", "U.K.", "U.S."
DOTTED_PLACE = re.compile(r"""^(?:[A-Z]\.){2,3}$""", re.VERBOSE)

#: Left-margin words of the power rows, never a party name.
MARGIN_WORDS = re.compile(r"""
    ^(?:number|n\S*mber|of|shares|beneficially|owned|by|each|reporting|person|with|:|\s)+$
""", _F)


class CoverPage(BaseModel):
    """What one cover page (or one torn fragment of one) says, as candidate readings.

    ``values`` maps each quantity field (:data:`QUANTITY_FIELDS`) and ``"percent"`` to every
    reading found in that row's region, in order of position (the first is the row's own
    cell; later ones may be debris of a neighbouring layout).
    """

    model_config = ConfigDict(extra="forbid")

    index: int
    start: int
    end: int
    names: list[Reading] = Field(default_factory=list)
    irs_number: Optional[str] = None
    jurisdiction: list[Reading] = Field(default_factory=list)
    values: dict[str, list[Reading]] = Field(default_factory=dict)
    type_codes: Optional[Reading] = None
    evidence: Optional[Evidence] = None

    def first(self, field: str) -> Optional[int | float]:
        """The value of the first reading of ``field``, or None."""
        rs = self.values.get(field) or []
        return rs[0].value if rs else None  # type: ignore[return-value]


#: The row numbers of each field on the 13G and the 13D cover (13G 5 = 13D 7, ...).
FIELD_ROWS: dict[str, tuple[int, int]] = {
    "citizenship": (4, 6), "sole_voting": (5, 7), "shared_voting": (6, 8),
    "sole_dispositive": (7, 9), "shared_dispositive": (8, 10), "aggregate": (9, 11),
    "excludes": (10, 12), "percent": (11, 13), "type": (12, 14),
}

#: Labels that only a real cover page has (a "Name of Reporting Person" column heading of a
#: transactions table has none of them after it); the citizenship row is looked for with
#: :func:`_citizenship_rows`.
_COVER_BODY = ("sole_voting", "aggregate", "percent", "type")


#: The row numbers of each field's row and its neighbours, on either form.
_NEAR_ROWS = {fld: frozenset(n + d for n in rows for d in (-1, 0, 1))
              for fld, rows in FIELD_ROWS.items()}


def blank_row_numbers(region: str, field: str) -> str:
    """Blank bare row numbers of ``field`` or its neighbours standing alone on a line.

    >>> blank_row_numbers("\\n      5\\n  NUMBER OF   -0-", "sole_voting").split()
    ['NUMBER', 'OF', '-0-']
    >>> blank_row_numbers("\\n  BENEFICIALLY   6\\n  NONE", "shared_voting").split()
    ['BENEFICIALLY', 'NONE']
    >>> blank_row_numbers("\\n  25\\n", "sole_voting").split()
    ['25']
    """
    near = _NEAR_ROWS.get(field)
    if near is None:
        return region
    parts: list[str] = []
    last = 0
    for m in BROKEN_LINE_ROW_NUMBER.finditer("\n" + region):  # as LINE_ROW_NUMBER.sub would
        if int(m["num"]) in near:
            parts += [region[last:m.start()], m["pre"], " " * len(m["num"])]
            last = m.end() - 1
    if not parts:
        return region
    parts.append(region[last:])
    return "".join(parts)


# --- finding labels and debris fast ----------------------------------------------------------
#
# Most patterns here are case-insensitive or open with a lookbehind, ``\b`` or an optional group,
# and then the regex engine tries them at every position of a cover page. Instead, each is tried
# only where it can start: at a literal cue found with ``str.find`` in a lower-cased copy of the
# text (:func:`fold_case`), or found by a cue pattern that opens with a literal. Every match of a
# pattern starts at one of its cue positions, so :func:`_finditer_at` gives exactly what
# ``finditer`` gives.

#: Characters that ``re.IGNORECASE`` matches to an ASCII letter but ``str.lower`` does not turn
#: into that letter ("İ" would even become two characters).
_FOLD_ODD = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))


def fold_case(text: str) -> str:
    """``text`` lower-cased character for character (offsets kept), for finding literal cues.

    Every character that a case-insensitive pattern matches to an ASCII letter becomes that
    letter, so a cue found in the folded text is found wherever the pattern can match.

    >>> fold_case("SEC Use Only: ſole İtem")
    'sec use only: sole item'
    """
    if not text.isascii():
        for odd, letter in _FOLD_ODD:
            if odd in text:
                text = text.replace(odd, letter)
    return text.lower()


def _find_all(text: str, cue: str, start: int, end: int) -> Iterator[int]:
    """Every position of ``cue`` in ``text[start:end]``, overlapping ones included."""
    i = text.find(cue, start, end)
    while i != -1:
        yield i
        i = text.find(cue, i + 1, end)


def _finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int], pos: int,
                 endpos: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``, trying only ``starts`` (ascending).

    ``starts`` must hold every position where ``pattern`` can match (it may hold more), and
    ``pattern`` must never match the empty string.

    >>> [m.span() for m in _finditer_at(ROW_TYPE, "Type of Reporting Person", [0, 5], 0, 24)]
    [(0, 24)]
    """
    for i in starts:
        if i < pos:
            continue
        m = pattern.match(text, i, endpos)
        if m:
            yield m
            pos = m.end()


def _space_back(text: str, i: int, start: int) -> int:
    """Where the run of whitespace (``\\s``) ending at ``i`` starts, not going below ``start``."""
    while i > start and text[i - 1].isspace():
        i -= 1
    return i


def _irs_starts(text: str, fold: str, start: int, end: int) -> list[int]:
    """Where a :data:`ROW_IRS` match may start: found back from its "identification" or
    "entities" (the match opens with "S.S. or", "I.R.S." or "(").

    >>> t = "S.S. OR I.R.S. IDENTIFICATION NO."
    >>> 0 in _irs_starts(t, fold_case(t), 0, len(t)), 8 in _irs_starts(t, fold_case(t), 0, len(t))
    (True, True)
    """
    out: set[int] = set()
    for c in _find_all(fold, "identification", start, end):
        q = _space_back(text, c, start)
        if q == c:
            continue
        for p in range(max(q - 8, start), q - 2):  # "I.R.S." in 3 to 8 characters
            if fold[p] != "i":
                continue
            out.add(p)
            r = _space_back(text, p, start)
            if r < p and fold.startswith("or", r - 2) and r - 2 >= start:
                r2 = _space_back(text, r - 2, start)
                if r2 < r - 2:
                    out.update(range(max(r2 - 5, start), r2 - 1))  # "S.S." in 2 to 5 characters
    for c in _find_all(fold, "entities", start, end):
        p = _space_back(text, c, start) - 1
        if p >= start and text[p] == "(":
            out.add(p)
    return sorted(out)


def _aggregate_starts(text: str, fold: str, start: int, end: int) -> list[int]:
    """Where a :data:`ROW_AGGREGATE` match may start: found back from its "ount" (the match
    opens at "Aggregate" or anywhere in the word holding "m?ount"), and the start of each line
    holding an "Aggregate" (the label cut short to "(9) Aggregate" opens its line).

    >>> t = "9. Aggregate Amount Beneficially Owned"
    >>> _aggregate_starts(t, fold_case(t), 0, len(t))
    [0, 3, 13, 14]
    """
    out: set[int] = set()
    for c in _find_all(fold, "aggregate", start, end):
        out.add(max(text.rfind("\n", start, c) + 1, start))
    for c in _find_all(fold, "ount", start, end):
        for m in (c - 1, c - 2):
            if m < start or fold[m] != "m":
                continue
            w = m
            while w > start and (text[w - 1].isalnum() or text[w - 1] == "_"):  # \w
                w -= 1
            out.update(range(w, m + 1))
            q = _space_back(text, w, start)
            if q < w and q - 9 >= start and fold.startswith("aggregate", q - 9):
                out.add(q - 9)
    return sorted(out)


#: The literal (lower-cased) that opens every match of a row label, for the labels that have
#: one; the others are found by :func:`_irs_starts`, :func:`_aggregate_starts` and
#: :func:`_citizenship_rows`.
LABEL_CUES: dict[str, str] = {
    "name": "name", "group": "appropriate", "sec_use": "sec", "source": "source",
    "legal": "disclosure", "sole_voting": "sole", "shared_voting": "shared",
    "sole_dispositive": "sole", "shared_dispositive": "shared", "excludes": "excludes",
    "percent": "percent", "type": "type",
}

_LABEL_PATTERNS = dict(ROW_LABELS)


class _LabelFinder:
    """The row labels of one text, found from literal cues in its folded copy.

    :meth:`finditer` gives what ``pattern.finditer(text, start, end)`` gives, from where each
    label may start in ``text[start:end]`` (:meth:`starts`, worked out once per label);
    :meth:`search` gives what ``pattern.search`` gives, looking for cues only in the part
    searched.
    """

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        self.text = text
        self.fold = fold_case(text)
        self.start, self.end = start, len(text) if end is None else end
        self._starts: dict[str, list[int]] = {}

    def _find_starts(self, fld: str, start: int, end: int) -> list[int]:
        if fld == "irs":
            return _irs_starts(self.text, self.fold, start, end)
        if fld == "aggregate":
            return _aggregate_starts(self.text, self.fold, start, end)
        return list(_find_all(self.fold, LABEL_CUES[fld], start, end))

    def starts(self, fld: str) -> list[int]:
        """Every position where the label of ``fld`` may start, ascending."""
        key = LABEL_CUES.get(fld, fld)  # labels with the same cue ("sole") share its positions
        if key not in self._starts:
            self._starts[key] = self._find_starts(fld, self.start, self.end)
        return self._starts[key]

    def finditer(self, fld: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """The matches of the label of ``fld`` in ``text[start:end]``, as ``finditer`` gives."""
        if fld == "citizenship":
            return _citizenship_rows(self.text, start, end, self.fold)
        starts = self.starts(fld)
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        return _finditer_at(_LABEL_PATTERNS[fld], self.text, starts[lo:hi], start, end)

    def search(self, fld: str, start: int, end: int) -> Optional[re.Match[str]]:
        """The first match of the label of ``fld`` in ``text[start:end]``, as ``search`` gives."""
        if fld == "citizenship":
            return next(_citizenship_rows(self.text, start, end, self.fold), None)
        return next(_finditer_at(_LABEL_PATTERNS[fld], self.text,
                                 self._find_starts(fld, start, end), start, end), None)


#: The rows whose cells are read (the others only end the region before them).
_READ_FIELDS = frozenset(("name", "irs", "citizenship", "percent", "type") + QUANTITY_FIELDS)


def _blank_trailing_row_number(region: str) -> str:
    """Blank the :data:`TRAILING_ROW_NUMBER` of ``region``, if any.

    It ends the region but for ``[ \\t|]``, so its digits end where those begin and only the
    two positions before are tried (instead of every position of the region).

    >>> _blank_trailing_row_number("  5,000\\n 6 | ")
    '  5,000\\n     '
    """
    t = len(region.rstrip(" \t|"))
    m = TRAILING_ROW_NUMBER.search(region, max(t - 2, 0))
    if m is None:
        return region
    return region[:m.start()] + " " * (m.end() - m.start())


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _blank_at(text: str, pattern: re.Pattern[str], starts: Iterable[int]) -> str:
    """``_blank(text, pattern)``, trying ``pattern`` only at ``starts`` (:func:`_finditer_at`)."""
    parts = []
    last = 0
    for m in _finditer_at(pattern, text, starts, 0, len(text)):
        parts += [text[last:m.start()], " " * (m.end() - m.start())]
        last = m.end()
    parts.append(text[last:])
    return "".join(parts)


def _blank_broken(text: str, pattern: re.Pattern[str]) -> str:
    """Blank what ``pattern`` (a line-start pattern with the line break before it) finds in
    ``"\\n" + text``, but not that line break: as blanking its ``^`` twin would.

    >>> _blank_broken("12 | CHECK BOX\\n 7 | SOLE", BROKEN_ROW_CELL_NUMBER)
    '   | CHECK BOX\\n   | SOLE'
    """
    parts = []
    last = 0
    for m in pattern.finditer("\n" + text):
        parts += [text[last:m.start()], " " * (m.end() - m.start() - 1)]
        last = m.end() - 1
    parts.append(text[last:])
    return "".join(parts)


def _row_number_starts(text: str) -> list[int]:
    """Where a :data:`ROW_NUMBER` may start: a few characters before each of its ends."""
    return sorted({m.start() - k for cue, back in ROW_NUMBER_ENDS for m in cue.finditer(text)
                   for k in back if m.start() >= k})


def _merged(*positions: Iterable[int]) -> list[int]:
    return sorted(set().union(*positions))


def clean_cover_text(text: str) -> str:
    """Blank out layout debris (CUSIP/page references, row numbers), keeping every offset.

    Each kind of debris is blanked in turn, as ``pattern.sub`` would, but tried only where it
    can start (:func:`_finditer_at`).

    >>> clean_cover_text("9. Aggregate (see Row (9)) CUSIP No. 74758T 303 Page 2 of 13").split()
    ['Aggregate', '(see', ')']
    >>> clean_cover_text("POWER 81,061,550(1)\\n\\n12 | CHECK BOX").split()
    ['POWER', '81,061,550', '|', 'CHECK', 'BOX']
    """
    n = len(text)
    fold = fold_case(text)
    text = _blank(text, CUSIP_REF)  # opens with the literal "CUS": fast as it is
    text = _blank_at(text, PAGE_REF, _find_all(fold, "pa", 0, n))
    text = _blank_at(text, ROW_REF, _merged(_find_all(fold, "row", 0, n),
                                            _find_all(fold, "item", 0, n)))
    text = _blank_at(text, ROW_NUMBER, _row_number_starts(text))
    text = _blank_at(text, FOOTNOTE_MARK, _merged(_find_all(text, "(", 0, n),
                                                  _find_all(text, "[", 0, n)))
    return _blank_broken(text, BROKEN_ROW_CELL_NUMBER)  # as _blank(text, ROW_CELL_NUMBER)


def _organization_ends(text: str, fold: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of :data:`ORGANIZATION_END` in ``text[start:end]``, found from "organi"."""
    pos = start
    for c in _find_all(fold, "organi", start, end):
        p = c
        while p > start and text[p - 1] in " \t":
            p -= 1
        if p == c or p - 2 < pos:
            continue
        m = ORGANIZATION_END.match(text, p - 2, end)
        if m:
            yield m
            pos = m.end()


def _citizenship_rows(text: str, start: int, end: int, fold: str | None = None
                      ) -> Iterator[re.Match[str]]:
    """The matches of :data:`ROW_CITIZENSHIP` in ``text[start:end]``, as ``finditer`` gives them.

    A match ends with :data:`ORGANIZATION_END` and holds at most one line break (before its
    "of"), so it starts on the line of an "of Organization" or the line before. It opens with
    "Citizen", with "or", or anywhere in the word before the "of"; but where it could open
    inside that word it opens at the word's start too, so the first match of those lines
    starts at a word (or at the part of a word where the search resumes) or at a "citizen"
    or "or": only those positions are tried, in order, each with the whole pattern. ``fold``
    is ``fold_case(text)``, when the caller has it.

    >>> t = "x\\n4. Citizenship or Place\\n  of Organization  Delaware"
    >>> [m.group(0) for m in _citizenship_rows(t, 0, len(t))]
    ['Citizenship or Place\\n  of Organization']
    """
    pos = start
    fold = fold_case(text) if fold is None else fold
    for anchor in _organization_ends(text, fold, start, end):
        at = anchor.start()
        line = text.rfind("\n", start, at)  # -1 when none: then the region starts the line
        lo = max(pos, text.rfind("\n", start, line) + 1 if line != -1 else start)
        if lo > at:
            continue
        tries = {*(w.start() for w in NON_SPACE_RUN.finditer(text, lo, at + 1)),  # from lo on
                 *_find_all(fold, "citizen", lo, at + 7), *_find_all(fold, "or", lo, at + 2)}
        for i in sorted(tries):
            m = ROW_CITIZENSHIP.match(text, i, end)
            if m:
                yield m
                pos = m.end()
                break


def _labels(finder: _LabelFinder, pages: list[tuple[int, int]]
            ) -> list[list[tuple[int, int, str]]]:
    """The row labels of each page ``(start, end)`` of ``finder.text`` as ``(start, end, field)``,
    in order; a label overlapping one of an earlier row of :data:`ROW_LABELS` is dropped.

    Pages follow each other without gaps. Each label is searched in all pages in one go, as
    ``pattern.finditer(text, start, end)`` would search each page.
    """
    text = finder.text
    found: list[list[tuple[int, int, str]]] = [[] for _ in pages]  # disjoint, sorted by start

    def keep(k: int, m: re.Match[str], fld: str) -> None:
        s, e = m.span()
        page = found[k]
        i = bisect_left(page, (e,))  # the labels starting before e
        if not (i and page[i - 1][1] > s):
            insort(page, (s, e, fld))

    firsts = [s for s, _ in pages]
    for fld, pat in ROW_LABELS:
        if fld == "citizenship":
            for k, (s, e) in enumerate(pages):
                for m in _citizenship_rows(text, s, e, finder.fold):
                    keep(k, m, fld)
            continue
        k, pos, end = -1, 0, 0
        for i in finder.starts(fld):
            if i >= end:  # the first try in a page: finditer starts at the page's start
                k = bisect_right(firsts, i) - 1
                if k < 0:
                    continue
                pos, end = pages[k]
                if i >= end:
                    break  # past the last page
            if i < pos:
                continue
            hit = pat.match(text, i, end)
            if hit:
                keep(k, hit, fld)
                pos = hit.end()
    return found


#: Cell boundaries: a line break, two or more tabs or spaces. A single tab is OCR tearing a
#: word or name apart ("Delawa\tre", "Tridont\tCan\toital Fund-V") and is read as a space.
_CELL_SPLIT = re.compile(r"""\t{2,}|\t(?=[ ])|(?<=[ ])\t|[ ]{2,}|\s*\n\s*""", re.VERBOSE)


def _cells(text: str, offset: int) -> Iterator[tuple[int, int, str]]:
    """The cells of ``text`` as ``(start, end, cell)``, placed at ``offset``; made as they are
    asked for (readers stop at the first cell they can use)."""
    pos = 0
    for m in _CELL_SPLIT.finditer(text + "\n"):
        cell = text[pos:m.start()]
        s = len(cell) - len(cell.lstrip())
        cell = cell.strip().replace("\t", " ")
        if cell:
            yield offset + pos + s, offset + pos + s + len(cell), cell
        pos = m.end()


#: What is not a letter, dropped to count a cell's letters: the "1." and "," of "1. Acme, Inc."
NOT_LETTER = re.compile(r"""[^A-Za-z]""", re.VERBOSE)
#: A checkbox letter opening a cell: "(a)", "b)"
BOX_LETTER = re.compile(r"""^\(?[a-z]\)""", re.VERBOSE)
#: Words of the cover's own instructions in a cell, never a name: "(See Instructions)"
INSTRUCTION_WORDS = re.compile(r"""
    instructions | entities\ only | identification | check | appropriate
""", re.VERBOSE | re.IGNORECASE)


def _looks_like_name(cell: str) -> bool:
    # the cheapest test first: most cells that are no name open with a digit or a mark
    if not cell or not (cell[0].isalpha() or cell[0] in "(&"):
        return False
    if len(NOT_LETTER.sub("", cell)) < 3 or MARGIN_WORDS.match(cell):
        return False
    if BOX_LETTER.match(cell) or cell.startswith("["):
        return False
    return not INSTRUCTION_WORDS.search(cell)


_CONTINUATION = re.compile(r"""^(?:\(|L\.?\s?[LP]|Inc|Ltd|Limited|LLC|Corp|&|[a-z])""", re.VERBOSE)


def _name_from(src: SourceText, clean: str, start: int, end: int) -> Optional[Reading]:
    """The first name-like cell of a region (joined with a wrapped second line)."""
    cells = list(islice((c for c in _cells(clean[start:end], start) if _looks_like_name(c[2])), 2))
    if not cells:
        return None
    s, e, name = cells[0]
    name = src.text[s:e].replace("\t", " ")
    for s2, e2, nxt in cells[1:2]:
        between = src.text[e:s2]
        line_start = src.text.rfind("\n", 0, s2)
        first_of_line = not clean[line_start + 1:s2].strip()
        joined_line = between.count("\n") == 1 and first_of_line
        if joined_line and (_CONTINUATION.match(nxt) or name.rstrip().endswith((",", "&", " of",
                                                                                 " and"))):
            name, e = f"{name} {src.text[s2:e2]}", e2
    name = NAME_ID_SUFFIX.sub("", " ".join(name.split())).strip(" ;:,")
    if not _looks_like_name(name):
        return None
    return Reading(field="name", raw=src.text[s:e], value=name,
                   evidence=src.evidence(s, e, section="cover page"))


def find_cover_pages(src: SourceText, start: int = 0, end: int | None = None
                     ) -> list[CoverPage]:
    """Every cover page in ``src.text[start:end]``, in order, with all candidate readings.

    A cover page starts at each "Name of Reporting Person" row label; a fragment whose name
    row is empty (a torn repeat) is still returned, with no names, for the caller to merge.

    See also
    --------
    graphkit.parsers.schedule13_reconcile.choose_values
    """
    end = len(src.text) if end is None else end
    text = src.text
    in_text = _LabelFinder(text, start, end)
    found = [m.start() for m in in_text.finditer("name", start, end)]
    starts: list[int] = []
    for i, s in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else min(end, s + 6000)
        if not starts or any(in_text.search(fld, s, nxt) is not None
                             for fld in _COVER_BODY + ("citizenship",)):
            starts.append(s)
    if not starts:
        return []
    m1 = FIRST_ITEM.search(text, starts[-1], end)
    area_end = m1.start() if m1 else end
    clean = clean_cover_text(text[:area_end])
    bounds = list(zip(starts, starts[1:] + [area_end]))
    page_labels = _labels(_LabelFinder(clean, starts[0], area_end), bounds)
    pages: list[CoverPage] = []
    for (s, e), labels in zip(bounds, page_labels):
        cp = CoverPage(index=len(pages) + 1, start=s, end=e,
                       evidence=src.evidence(s, min(e, s + 300), section=f"cover page {len(pages) + 1}"))
        name_regions: list[tuple[int, int]] = []
        for k, (ls, le, fld) in enumerate(labels):
            rs, re_ = le, labels[k + 1][0] if k + 1 < len(labels) else e
            section = f"cover page {cp.index}"
            if fld == "group" and not cp.names and name_regions:
                name_regions.append((rs, re_))
            if fld not in _READ_FIELDS:
                continue  # a row whose cell is never read
            region = blank_row_numbers(_blank_trailing_row_number(clean[rs:re_]), fld)
            if fld in ("name", "irs"):
                name_regions.append((rs, re_))
                m = IRS_NUMBER.search(region)
                if m and not cp.irs_number:
                    cp.irs_number = m["ein"]
            elif fld == "citizenship":
                for cs, ce, cell in _cells(region, rs):
                    if DOTTED_PLACE.match(cell):  # "U.S.A.", kept as printed
                        cp.jurisdiction.append(Reading(field="jurisdiction", raw=cell, value=cell,
                                                       evidence=src.evidence(cs, ce, section)))
                        break
                    if re.search(r"[A-Za-z]{3}", cell) and not MARGIN_WORDS.match(cell):
                        r = repair_place(text[cs:ce], evidence=src.evidence(cs, ce, section))
                        if r is not None:
                            cp.jurisdiction.append(r)
                        break
            elif fld in QUANTITY_FIELDS:
                region = NONE_WORD.sub("None", region)  # same length: offsets kept
                for qs, qe, tok in quantity_tokens(region):
                    r = read_quantity(tok, fld, src.evidence(rs + qs, rs + qe, section))
                    if r is not None:
                        cp.values.setdefault(fld, []).append(r)
            elif fld == "percent":
                last = 0
                region = LEADING_DOT_PERCENT.sub(r"0\g<p>", region)  # same length
                if LESS_THAN.search(region):
                    continue  # "Less than 1%" states no percent; 1.0 would be a wrong value
                found_pct = find_percents(region)
                if not found_pct:
                    found_pct = _bare_percent(region)
                for ps, pe, r in found_pct:
                    ev = src.evidence(rs + ps, rs + pe, section)
                    cp.values.setdefault("percent", []).append(r.model_copy(update={"evidence": ev}))
                    last = pe
                if cp.type_codes is None and last:
                    tc = read_type_codes(region[last:])
                    if tc is not None:
                        cp.type_codes = tc.model_copy(update={
                            "evidence": src.evidence(rs + last, re_, section)})
            elif fld == "type":
                tc = read_type_codes(region)
                if tc is not None:
                    cp.type_codes = tc.model_copy(update={"evidence": src.evidence(rs, re_, section)})
        for rs, re_ in name_regions:
            r = _name_from(src, clean, rs, re_)
            if r is not None:
                cp.names.append(r)
                break
        pages.append(cp)
    return pages


def _bare_percent(region: str) -> list[tuple[int, int, Reading]]:
    """A percent row's value printed without "%" ("24.05"), when it is the row's only cell.

    >>> [(r.value, r.note) for _, _, r in _bare_percent("\\n24.05\\n")]
    [(24.05, 'printed without %')]
    """
    cells = [m for m in BARE_PERCENT.finditer(region)]
    numbers = NUMBER_TOKEN.findall(region)
    if len(cells) != 1 or len(numbers) != 1:
        return []
    m = cells[0]
    return [(m.start("num"), m.end("num"), Reading(field="percent", raw=m["num"],
                                                 value=float(m["num"]), note="printed without %"))]


def is_party_name(name: str) -> bool:
    """True when a cover-page name cell reads as a party name (not debris).

    >>> is_party_name("Acme Capital Fund-V, L.P."), is_party_name("(a) [ ]")
    (True, False)
    """
    return _looks_like_name(name) and (bool(org_words(name)) or
                                       guess_kind(name) is PartyKind.PERSON or len(name) > 6)


def cover_rows_end(cp: CoverPage, src: SourceText) -> int:
    """Where the rows of a cover page end: after its type-of-reporting-person cell if read."""
    ev = cp.type_codes.evidence if cp.type_codes is not None else None
    if ev is not None and ev.start is not None:
        return min(cp.end, src.text_pos(ev.start) + 200)
    return cp.end


def merge_fragments(covers: list[CoverPage]) -> list[list[CoverPage]]:
    """Group cover fragments: a fragment without a usable name continues the page before it.

    >>> a = CoverPage(index=1, start=0, end=5, names=[Reading(field="name", raw="Acme Fund, L.P.",
    ...                                                        value="Acme Fund, L.P.")])
    >>> b = CoverPage(index=2, start=5, end=9)
    >>> [[cp.index for cp in g] for g in merge_fragments([a, b])]
    [[1, 2]]
    """
    groups: list[list[CoverPage]] = []
    for cp in covers:
        named = [n for n in cp.names if is_party_name(str(n.value))]
        cp = cp.model_copy(update={"names": named})
        if named or not groups:
            if named:
                groups.append([cp])
        else:
            groups[-1].append(cp)
    return groups


def apply_cover_facts(party: Party, cps: list[CoverPage]) -> None:
    """Give ``party`` what its cover pages state: jurisdiction, type codes, I.R.S. number.

    The jurisdiction is the one most pages agree on; repaired readings are kept on the party.
    """
    places = [r for cp in cps for r in cp.jurisdiction if r.value]
    if places and party.jurisdiction is None:
        party.jurisdiction = str(Counter(str(r.value) for r in places).most_common(1)[0][0])
    for r in places:
        if r.repaired and r not in party.readings:
            party.readings.append(r)
    for cp in cps:
        if cp.type_codes is not None:
            for code in str(cp.type_codes.value).split():
                if code not in party.type_codes:
                    party.type_codes.append(code)
            if cp.type_codes.repaired:
                party.readings.append(cp.type_codes)
        if cp.irs_number:
            ident = Identifier(scheme=IdentifierScheme.IRS_EIN, value=cp.irs_number)
            if ident not in party.identifiers:
                party.identifiers.append(ident)
