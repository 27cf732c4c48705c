"""The lines of a combined cover page's per-person tables: a person's name, its value cells
and the class headings of the columns (read by :mod:`.schedule13_person_tables`)::

                                  Class A   Class B
                                  Common    Common
    Jane Q. Roe(1)  . . . . . . .  7,950     110,872

>>> table_name("Jane Q. Roe(1)  . . . . . . ."), read_cell("7,950", "sole_voting")
('Jane Q. Roe', 7950)
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache

_F = re.VERBOSE | re.IGNORECASE

#: The percent mark after a cell's number: "%", " %" (a space before the sign), " percent",
#: " per cent" (the word, as some filers type it: "8.8 percent")
_PERCENT_MARK = r"(?:[ ]?%|[ ]per[ ]?cent)"
#: A footnote mark glued to a cell's value: the "(1)" of "46,063(1)", the "*" of "8.8%*"
_CELL_NOTE = r"(?:\(\d{1,2}\)|\*{1,3})"
#: The value cells ending a table line, one per column: "  7,950     110,872", "  None   None",
#: "   .4     8.8%", "   .4     8.8 %", "   .4     8.8 percent" (:data:`_PERCENT_MARK`),
#: "  N0ne  -O-" (OCR damage of "None" and "-0-"), "  46,063(1)  156,677(1)" (a footnote mark
#: glued to each: :data:`_CELL_NOTE`)
VALUE_CELLS = regex_cache.compile(r"""
    (?:[ \t]+(?:N[o0]ne|Nil|-[0o]-|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)""" + _PERCENT_MARK
    + "?" + _CELL_NOTE + r"""?)+[ \t]*$
""", _F)
#: One value cell: "7,950", "None", "N0ne", ".4", "8.8%", "8.8 %", "8.8 percent", "8.8 per cent";
#: a footnote mark glued to it is matched, out of the cell ("46,063(1)": "46,063")
VALUE_CELL = regex_cache.compile(r"""(?P<cell>N[o0]ne|Nil|-[0o]-|[\d.,]+""" + _PERCENT_MARK
                                 + "?)" + _CELL_NOTE + "?", _F)
#: A footnote mark ending a line, before which a cell may end: "46,063(1)", "8.8%*"
_LINE_NOTE = regex_cache.compile(_CELL_NOTE + r"[ \t]*$", re.VERBOSE)
#: The percent mark ending a cell, blanked before its number is read: the " percent" of
#: "8.8 percent", the "%" of "8.8%"
CELL_PERCENT = regex_cache.compile(_PERCENT_MARK + r"$", _F)
#: A cell meaning zero: "None", "NONE", "Nil", "-0-", and their OCR damage "N0ne", "-O-"
ZERO_CELL = regex_cache.compile(r"""^(?:N[o0]ne|Nil|-[0o]-)$""", _F)
#: A dot leader ending a name: "Jane Q. Roe  . . . .", "John Roe.........", "Roe, Jr. ."
DOT_LEADER = regex_cache.compile(r"""(?:(?:[ \t]+\.)+|\.{2,})[ \t]*$""", re.VERBOSE)
#: A footnote mark printed after a name: the "(1)" of "John Roe, Jr.(1)", "*", "[2]"
NAME_NOTE = regex_cache.compile(r"""[ \t]*(?:\(\d{1,2}\)|\[\d{1,2}\]|\*{1,3})$""", re.VERBOSE)
#: A column heading naming a class of stock: "Class A", "CLASS B" (of "Class A   Class B");
#: the class is a capital letter or digits ("the Class of" is none)
CLASS_HEADING = regex_cache.compile(r"""\b(?:Class|CLASS)[ \t]+(?P<cls>[A-Z0-9]{1,2})\b""", re.VERBOSE)
#: A word under a class heading that belongs to the class's name: the "Common" of
#: "Class A / Common"
CLASS_WORD = regex_cache.compile(r"""(?P<word>Common|Preferred|Ordinary|Stock)\b""", _F)
#: How far (in columns) a word under a heading may stand from the heading's start.
COLUMN_SLACK = 3


def table_name(part: str) -> str:
    """The name of a table line, without its dot leader and footnote mark.

    >>> table_name("John Roe, Jr.(1)  . . . ."), table_name("Jane Q. Roe  . . ."), table_name("Acme..")
    ('John Roe, Jr.', 'Jane Q. Roe', 'Acme')
    """
    part = DOT_LEADER.sub("", part.rstrip())
    part = NAME_NOTE.sub("", part)
    return DOT_LEADER.sub("", part).strip()


def read_cell(raw: str, field: str) -> Optional[int | float]:
    """The value of one table cell: "None" is 0, a percent may lack its leading zero.

    >>> read_cell("None", "sole_voting"), read_cell("N0NE", "sole_voting")
    (0, 0)
    >>> read_cell("110,872", "aggregate")
    110872
    >>> read_cell(".4", "percent"), read_cell("8.8%", "percent"), read_cell("1.5", "aggregate")
    (0.4, 8.8, None)
    >>> read_cell("8.8 %", "percent"), read_cell("110 %", "aggregate")
    (8.8, None)
    >>> read_cell("8.8 percent", "percent"), read_cell("8.8 Per Cent", "percent")
    (8.8, 8.8)
    >>> read_cell("110 percent", "aggregate") is None
    True
    """
    if ZERO_CELL.match(raw):
        return 0.0 if field == "percent" else 0
    mark = CELL_PERCENT.search(raw)
    digits = (raw[:mark.start()] if mark else raw).replace(",", "")
    if field == "percent":
        try:
            return float(digits)
        except ValueError:
            return None
    return int(digits) if digits.isdigit() and mark is None else None


def column_classes(text: str, start: int, end: int) -> list[str]:
    """The class headings of a table's columns in ``text[start:end]``, with the class word
    printed under each ("Class A" over "Common" is "Class A Common").

    >>> column_classes("   Class A   Class B\\n   Common    Common\\n  Shares", 0, 44)
    ['Class A Common', 'Class B Common']
    >>> column_classes("  Shares\\n", 0, 9)
    []
    """
    lines = text[start:end].split("\n")
    for i, line in enumerate(lines):
        heads = list(CLASS_HEADING.finditer(line))
        if not heads:
            continue
        names = [f"Class {h['cls']}" for h in heads]
        below = next((ln for ln in lines[i + 1:] if ln.strip()), "")
        for k, h in enumerate(heads):
            for w in CLASS_WORD.finditer(below):
                if abs(w.start() - h.start()) <= COLUMN_SLACK:
                    names[k] += f" {w['word']}"
                    break
        return names
    return []


#: The last character of a :data:`VALUE_CELLS` match but for its trailing blanks: the end of
#: "None", "Nil", "-0-", a number or "%" (``\d`` is any decimal digit: ``str.isdecimal``);
#: a cell may also end with "percent" (:data:`_PERCENT_MARK`)
_CELL_ENDS = frozenset("%eElL-")
#: The last characters of a cell's "percent" (:data:`_PERCENT_MARK`) or footnote mark
#: (:data:`_CELL_NOTE`)
_RARE_CELL_ENDS = frozenset("tT)*")


def _may_end_in_cell(text: str, start: int, end: int) -> bool:
    """False when ``text[start:end]`` cannot end with :data:`VALUE_CELLS`: its last character
    before blanks ends no cell. Most lines are prose and a search of each tries every position.

    >>> _may_end_in_cell("Jane Roe . . 1,000  ", 0, 20), _may_end_in_cell("the Fund.", 0, 9)
    (True, False)
    >>> _may_end_in_cell("Jane Roe . . 8.8 percent", 0, 24), _may_end_in_cell("the event", 0, 9)
    (True, False)
    >>> _may_end_in_cell("Jane Roe . . 46,063(1)", 0, 22), _may_end_in_cell("Roe (Acme)", 0, 10)
    (True, False)
    """
    stop = len(text[start:end].rstrip(" \t"))
    if stop == 0:
        return False
    end = start + stop
    last = text[end - 1]
    if last in _CELL_ENDS or last.isdecimal():
        return True
    if last not in _RARE_CELL_ENDS:
        return False  # most lines: a letter, a full stop
    if last in "tT":
        return text[max(start, end - 4):end].lower() == "cent"
    note = _LINE_NOTE.search(text, max(start, end - 6), end)  # "46,063(1)": the "46,063"
    return note is not None and _may_end_in_cell(text, start, note.start())
