"""Signature blocks printed side by side with one tab between their cells.

Some filers typed two blocks side by side with a tab between them, so no character column lines
up and :func:`~graphkit.parsers.signature_lines.column_segments` (which splits at screen
columns) finds none::

    ACME FUND, INC.<TAB>ACME ADVISERS, INC.
    By: /s/ Jane Roe<TAB>By: /s/ John Doe
    <TAB>Jane Roe,<TAB>John Doe,
    <TAB>Treasurer<TAB>Vice President

:func:`tab_column_segments` reads such a block one column after the other: a line of two or more
"/s/" cells opens it, the lines above it up to a line of more cells (or a paragraph) and the
lines under it up to a blank line join it, and the k-th cell of each line goes to block k (a
line of one cell to the block whose "/s/" cell is typed after as many tabs as it, or fewer).

Examples
--------
>>> t = "ACME FUND\\tACME GP\\nBy: /s/ Jane Roe\\tBy: /s/ John Doe\\n\\tTreasurer\\tPresident"
>>> [t[a:b] for a, b in tab_column_segments(t, _lines(t))]
['ACME FUND', 'By: /s/ Jane Roe', 'Treasurer', 'ACME GP', 'By: /s/ John Doe', 'President']
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache

#: A cell of a tab-separated line: the text between two tabs ("By: /s/ Jane Roe" in
#: "By: /s/ Jane Roe<TAB>By: /s/ John Doe"), its spaces stripped by the caller
TAB_CELL = regex_cache.compile(r"""[^\t\n]+""", re.VERBOSE)

#: The most words of a line of one cell read above a block of signatures: a longer one is
#: the paragraph before it ("I certify that the information set forth ...")
MAX_ABOVE_WORDS = 7


def _lines(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` as (start, end) spans."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The non-blank tab cells of ``text[a:b]`` as (start, end) spans, spaces stripped.

    >>> t = "\\tJane Roe, \\tJohn Doe"
    >>> [t[s:e] for s, e in _cells(t, 0, len(t))]
    ['Jane Roe,', 'John Doe']
    """
    out = []
    for m in TAB_CELL.finditer(text, a, b):
        cell = m.group()
        if cell.strip():
            s = m.start() + len(cell) - len(cell.lstrip())
            out.append((s, s + len(cell.strip())))
    return out


def _whole_line(text: str, a: int, b: int) -> bool:
    """True when the span ``a:b`` is a whole line of ``text`` (not a cell read already)."""
    return (a == 0 or text[a - 1] == "\n") and (b == len(text) or text[b] == "\n")


def tab_column_segments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (the lines of ``text``, or their cells read already) with each block of
    signatures typed side by side with tabs between cells read one column after the other.

    >>> t = "Dated: May 1\\tDated: May 1\\n\\nBy: /s/ Jane Roe\\tBy: /s/ John Doe\\n\\nNote:\\tx"
    >>> [t[a:b] for a, b in tab_column_segments(t, _lines(t))]
    ['Dated: May 1', '', 'By: /s/ Jane Roe', 'Dated: May 1', 'By: /s/ John Doe', '', 'Note:\\tx']
    """
    if "\t" not in text or text.lower().count("/s/") < 2:
        return list(spans)
    out: list[tuple[int, int]] = []
    i = done = 0  # spans[:done] are read already
    while i < len(spans):
        a, b = spans[i]
        cells = _cells(text, a, b) if "\t" in text[a:b] and _whole_line(text, a, b) else []
        k = len(cells)
        if k < 2 or not all("/s/" in text[s:e].lower() for s, e in cells):
            out.append((a, b))
            i += 1
            continue
        lo = i
        while lo > done and _whole_line(text, *spans[lo - 1]):
            above = _cells(text, *spans[lo - 1])
            words = len(text[spans[lo - 1][0]:spans[lo - 1][1]].split())
            if len(above) > k or (len(above) == 1 and words > MAX_ABOVE_WORDS):
                break
            lo -= 1
        hi = i + 1
        while hi < len(spans) and _whole_line(text, *spans[hi]) \
                and 1 <= len(_cells(text, *spans[hi])) <= k:
            hi += 1
        stops = [text.count("\t", a, c) for c, _ in cells]  # tabs before each "/s/" cell
        rows = [(spans[j], _placed(text, spans[j][0], _cells(text, *spans[j]), stops))
                for j in range(lo, hi)]
        del out[len(out) - (i - lo):]
        out.extend(row[0] or span for span, row in rows if row[0] or not any(row))
        for col in range(1, k):  # block k: the k-th cell of each line
            out.extend(cell for _, row in rows if (cell := row[col]))
        i = done = hi
    return out


def _placed(text: str, start: int, cells: list[tuple[int, int]], stops: list[int]
            ) -> list[Optional[tuple[int, int]]]:
    """The cells of the line at ``start`` by block: the k-th cell to block k, a line's one
    cell to the block of the "/s/" cell typed after as many tabs as it or fewer (``stops``,
    the tabs before each "/s/" cell), not always to the first.

    >>> t = "By: /s/ Jane Roe\\tBy: /s/ John Doe\\n\\t\\tand Secretary"
    >>> _placed(t, 34, _cells(t, 34, len(t)), [0, 1])   # under John Doe's cell
    [None, (36, 49)]
    >>> _placed(t, 0, _cells(t, 0, 33), [0, 1])
    [(0, 16), (17, 33)]
    """
    out: list[Optional[tuple[int, int]]] = [None] * len(stops)
    if len(cells) == 1:
        tabs = text.count("\t", start, cells[0][0])
        out[max((j for j, n in enumerate(stops) if n <= tabs), default=0)] = cells[0]
        return out
    for j, cell in enumerate(cells[:len(stops)]):
        out[j] = cell
    return out
