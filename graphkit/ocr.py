"""Repairing values damaged by OCR, keeping the raw text beside each repaired value.

Scanned paper filings come back from OCR with dots for commas (``5.639,301``), spaces inside
numbers (``428 430``), letters for digits (``l,027,300``), ``iil`` for ``nil``, percent signs read
as ``9/`` (``0.109/`` is 0.10%) and place names torn apart (``Delawa re``). Each reader here
returns a :class:`~graphkit.models.Reading`: the value, the raw text, whether it was repaired and
how. Choosing between readings by the filing's own arithmetic is the parser's job
(:func:`quantity_candidates` offers the alternatives).

Examples
--------
>>> read_quantity("5.639,301").value
5639301
>>> read_quantity("5.639,301").repaired
True
>>> read_quantity("iil").value
0
>>> read_quantity("428 430").value
428430
>>> read_quantity("l,027,300").value
1027300
>>> read_percent("0.109/").value
0.1
>>> read_percent("19.42%").value
19.42
>>> repair_place("Delawa re").value
'Delaware'
>>> read_quantity("1.02/0") is None      # a damaged percent, not a share count
True
>>> read_quantity("-3,416,000-").value, read_quantity("1,353,4681").value
(3416000, 1353468)
>>> r = read_quantity("31,797.5"); r.value, r.method
(31798, 'fraction-rounded')
>>> [r.value for _, _, r in find_quantities("Sole Voting Power 5.639,301 Shared iil")]
[5639301, 0]
>>> read_type_codes("PN, OO").value
'PN OO'
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from rapidfuzz import fuzz

from graphkit import regex_cache
from graphkit.models import Evidence, Reading
from graphkit.ocr_places import (  # noqa: F401  (re-exported)
    NOT_A_LETTER, PLACE_MIN_SCORE, PLACES, TWO_LETTERS, repair_place)
from graphkit.ocr_reading import make_reading as _reading

#: Words meaning zero in a share-count cell, with their OCR damage: "nil", "iil", "nii", "-0-",
#: "None", "N0ne", "0", "O" (a zero read as the letter), "—".
ZERO_WORD = regex_cache.compile(r"""
    ^\s*(?: [niIl1|][iIl1|][lIi1|]   # nil, iil, nii, Nil, n1l
          | n[o0]n[ec] | zero | n/?a\s*\(?0?\)? | o
          | -+\s*[0o]\s*-+ | -+ | —+ | –+ | 0 )\s*\.?\s*$       # "-O-": a letter O
""", re.VERBOSE | re.IGNORECASE)

#: A share count as printed, possibly damaged: digit groups split by ",", "." or a space, with
#: letters that OCR confuses for digits, or by an apostrophe (Swiss style). "5,639,301",
#: "5.639,301", "428 430", "l,027,300", "1'250'000", "1,S00,000" and "4,B62,532" ("S" for
#: 5 and "B" for 8 after a first digit, in groups split by marks, never by a space: "Class
#: S 500"); never a part of "1'25'000".
QUANTITY = regex_cache.compile(r"""
    (?<![\w.,])(?<![0-9]['’])
    (?P<num>[0-9lIoO][0-9lIoOSB]{0,2}(?:(?:,\s?|\.|['’])[0-9lIoOSB]{3} | \s[0-9lIoO]{3})+
           | [0-9][0-9lIoO]*)
    (?![\w%]|[.,'’]\d|,[A-Za-z])
""", re.VERBOSE)

#: A percent of class: "19.42%", "0.10 %", "0.109/" (the % sign read as "9/"), "5.2 percent",
#: "6.2 per cent".
#: (One to three digits written as a digit and up to two more, so that the pattern opens with
#: one digit and a search skips ahead fast to each.)
PERCENT = regex_cache.compile(r"""
    (?P<num>\d\d{0,2}(?:[.,]\d{1,4})?)\s*
    (?P<sign>%|per[ ]?cent|9/0|9/o|°/o|o/o|/0|9/|0/0|\s?pct)
""", re.VERBOSE | re.IGNORECASE)

#: A share count printed cleanly, read without the repairs below: "5,639,301", "32770"
PLAIN_QUANTITY = regex_cache.compile(r"""[0-9]{1,3}(?:,[0-9]{3})+ | [0-9]+""", re.VERBOSE)

#: Letters OCR reads for digits in a number: "l,OOO" (read as "1,000"), "1,S00" (1,500)
LETTER_DIGIT = regex_cache.compile(r"""[lIoOSB]""", re.VERBOSE)
#: A dot grouping thousands, as a comma would: "5.639" of "5.639,301"
DOT_AS_COMMA = regex_cache.compile(r"""\d\.\d{3}""", re.VERBOSE)
#: A space torn into a number: "5 639", "5, 639"
SPACE_IN_NUMBER = regex_cache.compile(r"""\d\s\d | ,\s\d""", re.VERBOSE)
#: An apostrophe grouping thousands, as a comma would: the "'" of "1'250'000"
APOSTROPHE_AS_COMMA = regex_cache.compile(r"""\d['’]\d{3}""", re.VERBOSE)
#: Group marks and spaces dropped from a number once read: the "," and " " of "5, 639,301"
NUMBER_MARKS = regex_cache.compile(r"""[,.\s'’]""", re.VERBOSE)

#: A number grouped by commas with a footnote digit glued on, its last group one digit too
#: long: "1,353,4681" (1,353,468 and the mark "1"); read as the number without the mark
GLUED_FOOTNOTE = regex_cache.compile(r"""(?P<num>[0-9]{1,3}(?:,[0-9]{3})+)(?P<mark>[0-9])""", re.VERBOSE)

#: A count with a fraction, as limited partnership units are often printed: "31,797.3",
#: "19,310.65", "15711.8844"; the whole part grouped by commas with a fraction of one or two
#: digits, or of four digits or more with a fraction of one, two or four (three, "5,639.301",
#: is a dot grouping thousands, the OCR damage :data:`DOT_AS_COMMA` repairs; "1,353.4681" is
#: that damage with a footnote digit glued on, never a fraction); read rounded half up. A
#: fraction of three after two comma groups or more, "19,240,406.894", is one (the XML era
#: prints fractional shares so; a count of billions torn at its last comma is far rarer)
_FRACTION = r"""
    [0-9]{1,3}(?:,[0-9]{3})+ \. [0-9]{1,2} | [0-9]{4,} \. (?:[0-9]{1,2} | [0-9]{4})
    | [0-9]{1,3}(?:,[0-9]{3}){2,} \. [0-9]{3}
"""
FRACTIONAL_QUANTITY = regex_cache.compile(_FRACTION, re.VERBOSE)
#: A :data:`FRACTIONAL_QUANTITY` opening a cell, a unit or a mark after it: "19,240,406.894
#: shares", "19,240,406.894(1)", "31,797.3 units" (read as the count alone is; not the
#: "5,639.301" of "5,639.301 shares", a dot grouping thousands)
LEADING_FRACTION = regex_cache.compile(rf"""(?P<num>{_FRACTION})(?![\w.,%/])""", re.VERBOSE)

#: A number printed between dashes, as "-0-" is: "-3,416,000-" (read as 3,416,000)
DASHED_NUMBER = regex_cache.compile(r"""-(?P<num>[0-9]{1,3}(?:,[0-9]{3})+)-""", re.VERBOSE)

#: Where a cell may hold two numbers: a comma or space before more space, or any space, e.g.
#: the ", " of "420, 420"
CELL_PARTS = regex_cache.compile(r"""[,\s]\s+ | \s+""", re.VERBOSE)

_DIGIT_FOR = str.maketrans({"l": "1", "I": "1", "i": "1", "|": "1", "o": "0", "O": "0",
                            "S": "5", "B": "8"})


def read_quantity(raw: str, field: str = "shares", evidence: Evidence | None = None
                  ) -> Reading | None:
    """Read a share count from ``raw``; None when it holds no number.

    The repair is recorded in ``method`` ("zero-word", "dot-as-comma", "space-in-number",
    "letter-as-digit") and ``repaired`` is set when the text was not a clean number.
    """
    read = _quantity_reading(raw)
    return None if read is None else _reading(field, raw, evidence, read)


@lru_cache(maxsize=4096)
def _quantity_reading(raw: str) -> Mapping[str, object] | None:
    """The value (and repair) :func:`read_quantity` reads in ``raw``, as the fields of its
    :class:`Reading` (cached: a filing reads the same cells several times, and counts such as
    "0", "-0-" or "None" fill the cells of every filing)."""
    text = raw.strip()
    if not text:
        return None
    if PLAIN_QUANTITY.fullmatch(text) and not ZERO_WORD.match(text):
        # what the steps below come to for a number printed cleanly (no percent sign, no repair)
        return MappingProxyType({"value": int(text.replace(",", ""))})
    if PERCENT.search(text) and not QUANTITY.fullmatch(text):
        return None  # "1.02/0", "0.109/": a percent of class, never a share count
    if ZERO_WORD.match(text):
        clean = text.strip().lower() in {"0", "none", "zero", "nil", "-0-"}
        return MappingProxyType({"value": 0, "repaired": not clean,
                                 "method": None if clean else "zero-word"})
    if text[0] == "-":
        m = DASHED_NUMBER.fullmatch(text)
        if m:  # "-3,416,000-", as "-0-": a clean number
            return MappingProxyType({"value": int(m["num"].replace(",", ""))})
    m = GLUED_FOOTNOTE.fullmatch(text)
    if m:
        return MappingProxyType({
            "value": int(m["num"].replace(",", "")), "repaired": True, "method": "footnote-mark",
            "note": f"footnote mark {m['mark']!r} glued on: {m['num']} read"})
    m = FRACTIONAL_QUANTITY.fullmatch(text) or LEADING_FRACTION.match(text)
    if m:
        num = m.group(0) if m.re is FRACTIONAL_QUANTITY else m["num"]
        value = round_half_up(Decimal(num.replace(",", "")))
        return MappingProxyType({
            "value": value, "repaired": True, "method": "fraction-rounded",
            "note": f"fractional amount {num} rounded half up to {value:,}"})
    m = QUANTITY.search(text)
    if not m:
        return None
    num = m["num"]
    methods = []
    if LETTER_DIGIT.search(num):
        methods.append("letter-as-digit")
    if DOT_AS_COMMA.search(num):
        methods.append("dot-as-comma")
    if SPACE_IN_NUMBER.search(num):
        methods.append("space-in-number")
    if APOSTROPHE_AS_COMMA.search(num):
        methods.append("apostrophe-as-comma")
    digits = NUMBER_MARKS.sub("", num.translate(_DIGIT_FOR))
    if not digits.isdigit():
        return None
    return MappingProxyType({"value": int(digits), "repaired": bool(methods),
                             "method": "+".join(methods) or None})


def round_half_up(value: Decimal) -> int:
    """``value`` rounded to a whole count, a half up (not to the even number, as ``round``
    does): the one rounding of fractional share and unit amounts, on covers and in Forms 3/4/5.

    >>> [round_half_up(Decimal(v)) for v in ("31797.5", "0.5", "2.4")]
    [31798, 1, 2]
    """
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def quantity_candidates(raw: str) -> list[int]:
    """Every plausible share count in ``raw``, best reading first.

    A cell such as ``420, 420`` may be one number or two; the parser picks by arithmetic.

    >>> quantity_candidates("420, 420")
    [420420, 420]
    >>> quantity_candidates("5,639,301")
    [5639301]
    """
    out: list[int] = []
    # the values alone (always ints), as read_quantity reads them: no Reading is needed
    first = _quantity_reading(raw)
    if first is not None:
        out.append(first["value"])
    for part in CELL_PARTS.split(raw.strip()):
        r = _quantity_reading(part)
        if r is not None and r["value"] not in out and part != raw:
            out.append(r["value"])
    return out


def read_percent(raw: str, field: str = "percent", evidence: Evidence | None = None
                 ) -> Reading | None:
    """Read a percent of class (as a number, 19.42 for 19.42%); None when absent."""
    read = _percent_reading(raw)
    return None if read is None else _reading(field, raw, evidence, read)


@lru_cache(maxsize=4096)
def _percent_reading(raw: str) -> Mapping[str, object] | None:
    """What :func:`read_percent` reads in ``raw``, as the fields of its :class:`Reading`
    (cached: "5.0%" and its like fill the cover pages of every filing)."""
    m = PERCENT.search(raw)
    if not m:
        return None
    num = m["num"].replace(",", ".")
    try:
        value = float(num)
    except ValueError:
        return None
    sign = m["sign"].lower()
    repaired = sign not in {"%", "percent", "per cent"} or "," in m["num"]
    if value > 100:
        return None
    return MappingProxyType({"value": round(value, 4), "repaired": repaired,
                             "method": "percent-sign" if repaired else None})


#: One share-count cell inside running text: a zero word or a (possibly damaged) number.
#: "nil", "iil", "NIL", "-0-", "None", "NONE", "zero", "Zero", "5.639,301", "428 430",
#: "l,027,300", a number between dashes as "-0-" is ("-3,416,000-": grouped by commas, never
#: a page number "-3-"), a number with a footnote digit glued on ("1,353,4681", see
#: :data:`GLUED_FOOTNOTE`), a count with a fraction ("31,797.3", see
#: :data:`FRACTIONAL_QUANTITY`), groups split by apostrophes ("1'250'000"; no part of
#: "1'25'000" is a count), "S" for 5 and "B" for 8 in a group ("1,S00,000"; the "1" of a
#: number torn by another letter, "1,A00,000", is no count). It opens
#: with one class of every first character, so that a search skips ahead fast; the character
#: before that one is looked at after it (no word character, ".", ",", "$", "/", "-", a junk
#: mark as "#" of "2,914,2#0" whose "0" is a fragment, or a digit's apostrophe), and each form
#: goes on from its own first character, in this order:
QUANTITY_TOKEN = regex_cache.compile(r"""
    (?P<tok>
        [-niIl1|N0-9oOzZ] (?<![\w.,$/#-].) (?<![0-9]['’].)
        (?: (?<=[niIl1|]) [iIl1|][lIi1|] (?![\w])                        # zero words: nil, iil
          | (?<=N) IL (?![\w])                                          # NIL
          | (?<=[zZ]) ero (?![\w]) | (?<=Z) ERO (?![\w])                 # zero, Zero, ZERO
          | (?<=[Nn]) [o0]n[ec] (?![\w]) | (?<=N) [O0]NE (?![\w])        # None, NONE, N0ne
          | (?<=-) -*\s*[0oO]\s*-+ (?![\w])                             # -0-, -O-
          | (?<=-) [0-9]{1,3}(?:,[0-9]{3})+ - (?![\w])                  # -3,416,000-
          | (?<=[0-9]) [0-9]{0,2}(?:,[0-9]{3})+[0-9] (?![\w%]|[.,'’]\d)  # 1,353,4681
          | (?<=[0-9]) (?:[0-9]{0,2}(?:,[0-9]{3})+\.[0-9]{1,2}            # 31,797.3 (a
                        |[0-9]{3,}\.(?:[0-9]{4}|[0-9]{1,2})) (?![\w%/]|[.,]\d)  # fraction)
          | (?<=[0-9lIoO]) [0-9lIoOSB]{0,2}(?:(?:,\s?|\.|['’])[0-9lIoOSB]{3}  # 5,639,301,
            |\s(?=[lIoO]{0,2}[0-9])[0-9lIoO]{3})+    # 1'250'000, 1,399,O96, 1,S00,000 (whole)
            (?![\w%]|[.,'’][0-9lIoOSB])
          | (?<=[0-9]) [0-9]*(?![\w%]|[.,'’]\d|,[A-Za-z])       # 32770, 0; not the 1 of 1,A00
          | (?<=[oO]) (?![\w%.'’]|,\S)            # O: a lone zero read as a letter (not "O.")
        )
    )
""", re.VERBOSE)


def find_quantities(text: str) -> list[tuple[int, int, Reading]]:
    """Every share-count cell in ``text`` as ``(start, end, reading)``, in order.

    Spans that are part of a percent ("19.42%", "0.109/") are skipped; a number group split by
    a single space ("428 430") is read as one number, the caller may split it again with
    :func:`quantity_candidates`.

    >>> [(r.raw, r.value) for _, _, r in find_quantities("nil 9. Aggregate 0.109/ 428 430")]
    [('nil', 0), ('9', 9), ('428 430', 428430)]

    See also
    --------
    read_quantity, quantity_candidates
    """
    out: list[tuple[int, int, Reading]] = []
    for s, e, tok in quantity_tokens(text):
        r = read_quantity(tok)
        if r is not None:
            out.append((s, e, r))
    return out


def quantity_tokens(text: str) -> list[tuple[int, int, str]]:
    """The share-count cells of ``text`` as ``(start, end, raw)``: what :func:`find_quantities`
    reads, before reading (a caller giving each reading its own field and evidence reads them
    with :func:`read_quantity`).

    >>> quantity_tokens("nil 9. Aggregate 0.109/ 428 430")
    [(0, 3, 'nil'), (4, 5, '9'), (24, 31, '428 430')]
    """
    percent_spans = [m.span() for m in PERCENT.finditer(text)] if may_hold_percent(text) else []
    if not percent_spans:  # no percent to keep out: every token is a cell (most rows)
        return [(m.start(), m.end(), m[0]) for m in QUANTITY_TOKEN.finditer(text)]
    out: list[tuple[int, int, str]] = []
    for m in QUANTITY_TOKEN.finditer(text):
        s, e = m.span("tok")
        if any(ps < e and s < pe for ps, pe in percent_spans):
            continue
        out.append((s, e, m["tok"]))
    return out


def may_hold_percent(text: str) -> bool:
    """False when ``text`` holds none of the signs a :data:`PERCENT` ends with ("%", "/",
    "percent", "per cent", "pct"), so that it need not be searched.

    >>> may_hold_percent("5,639,301"), may_hold_percent("0.109/"), may_hold_percent("5 PCT")
    (False, True, True)
    """
    if "%" in text or "/" in text:
        return True
    low = text.lower()
    return "pct" in low or "percent" in low or "per cent" in low


def find_percents(text: str) -> list[tuple[int, int, Reading]]:
    """Every percent of class in ``text`` as ``(start, end, reading)``, in order.

    >>> [r.value for _, _, r in find_percents("1.32%  1 1.02/0")]
    [1.32, 1.02]
    """
    out: list[tuple[int, int, Reading]] = []
    for m in PERCENT.finditer(text):
        r = read_percent(m.group(0))
        if r is not None:
            out.append((m.start(), m.end(), r))
    return out


#: SEC "type of reporting person" codes, with "00" (OCR of "OO") accepted: "PN", "IN, HC",
#: "OO(LLC)". Tried in this order: IN PN OO 00 O0 0O CO IA HC BD BK IC IV EP SA CP FI OO(LLC).
#: It opens with one class of every first letter, so that a search skips ahead fast; the
#: character before is looked at after that letter (no letter or digit), and each code goes on
#: from its own first letter.
TYPE_CODE = regex_cache.compile(r"""
    (?P<code>
        [IPO0CHBESF] (?<![A-Za-z0-9].)
        (?: (?<=I)N | (?<=P)N | (?<=O)O | (?<=0)0 | (?<=O)0 | (?<=0)O | (?<=C)O | (?<=I)A
          | (?<=H)C | (?<=B)D | (?<=B)K | (?<=I)C | (?<=I)V | (?<=E)P | (?<=S)A | (?<=C)P
          | (?<=F)I | (?<=O)O\(?LLC\)? )
    )
    (?![A-Za-z0-9])
""", re.VERBOSE)

_TYPE_FIX = {"00": "OO", "O0": "OO", "0O": "OO"}

#: A two-letter code printed with dots, read without them: "H.C." -> "HC", "I. A." -> "IA"
DOTTED_CODE = regex_cache.compile(r"""(?<![A-Za-z0-9])([A-Z])\.\s?([A-Z])\.?(?![A-Za-z0-9])""",
                                  re.VERBOSE)


def read_type_codes(raw: str, field: str = "type_codes", evidence: Evidence | None = None
                    ) -> Reading | None:
    """Read "type of reporting person" codes ("PN", "IN, HC", OCR "00" for "OO").

    The value is the codes joined by one space, in order, without repeats; None when there is
    no code. ``repaired`` is set when a code had to be repaired ("00" → "OO").

    >>> r = read_type_codes("00")
    >>> (r.value, r.repaired)
    ('OO', True)
    >>> read_type_codes("H.C.").value, read_type_codes("I.A., C.O.").value
    ('HC', 'IA CO')
    """
    read = _type_code_reading(raw)
    return None if read is None else _reading(field, raw, evidence, read)


@lru_cache(maxsize=4096)
def _type_code_reading(raw: str) -> Mapping[str, object] | None:
    """What :func:`read_type_codes` reads in ``raw``, as the fields of its :class:`Reading`
    (cached: "PN", "IN" and "OO" end the cover pages of every filing)."""
    codes: list[str] = []
    repaired = False
    if "." in raw:
        raw = DOTTED_CODE.sub(r"\1\2", raw)
    for m in TYPE_CODE.finditer(raw):
        code = m["code"].upper()
        if code.startswith("OO("):
            code = "OO"
        if code in _TYPE_FIX:
            code, repaired = _TYPE_FIX[code], True
        if code not in codes:
            codes.append(code)
    if not codes:
        return None
    return MappingProxyType({"value": " ".join(codes), "repaired": repaired,
                             "method": "zero-as-letter" if repaired else None})


def digit_similarity(a: int, b: int) -> float:
    """How alike two numbers look as printed digits, 0-100 (OCR confusions score high).

    >>> digit_similarity(420420, 428430) > 60
    True
    >>> digit_similarity(5639301, 5639301)
    100.0
    """
    return float(fuzz.ratio(str(a), str(b)))
