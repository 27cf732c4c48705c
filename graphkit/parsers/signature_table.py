"""Signature blocks printed in an HTML table: the text of an HTML filing prints one table row
a line, its cells joined by " | ".

Two blocks side by side make rows whose cells are the same field of each block ("ACME FUND I,
L.P. | ACME FUND II, L.P." / "By: Acme GP I, LLC, its General Partner | By: Acme GP II, LLC,
its General Partner" / "By: /s/ Jane Roe | By: /s/ John Doe"): column k of every row is block
k, read one column after the other. A row alone may hold a whole block in each cell ("Acme
Capital By: Jane Roe President | Acme Fund, LLC By: Acme Capital, Manager") or one block's
fields ("Jane Roe | Director"): its cells are read one after the other. Any other row ("(a) |
Not Applicable.") stays whole.

Examples
--------
>>> t = "ACME FUND I | ACME FUND II\\nBy: /s/ Jane Roe | By: /s/ John Doe"
>>> [t[a:b] for a, b in table_segments(t, [(0, 26), (27, 62)])]
['ACME FUND I', 'By: /s/ Jane Roe', 'ACME FUND II', 'By: /s/ John Doe']
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.names import clean_name, org_words
from graphkit.parsers.signature_lines import is_title_line, looks_like_person_name

#: Where the cells of a table row part: " | " before a capital, not after a label ("By: | /s/
#: Jane Roe", "Its: | General Partner" are one field), or " |" ending the row (an empty cell):
#: "ACME FUND I, L.P. | ACME FUND II, L.P.", "Title: Managing Member |"
PIPE_CELL = regex_cache.compile(r"""
    (?<=[A-Za-z.,)])(?<!\bBy)(?<!\bBY)(?<!\bIts)(?<!\bITS)[ \t]+\|(?:[ \t]+(?=[A-Z/])|[ \t]*$)
""", re.VERBOSE)
#: A cell that opens with a field of a signature block: "By: Acme GP, LLC", "By /s/ Jane Roe",
#: "/s/ Jane Roe", "Name: Jane Roe", "Title: President"
FIELD_CELL = regex_cache.compile(r"""^[ \t]*(?:By\b|/s/|Name:|Title:)""", re.I | re.VERBOSE)
#: A party's name and a field of its block in one cell (the lines of a cell joined): "Acme
#: Capital By: Jane Roe President", "Acme Gold Corporation /s/ Jane Roe"
BLOCK_CELL = regex_cache.compile(r"""\S[ \t]+(?:By:|BY:|/[sS]/)""", re.VERBOSE)


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of the row ``text[a:b]`` as (start, end) spans; one span when it has none."""
    out: list[tuple[int, int]] = []
    for m in PIPE_CELL.finditer(text, a, b):
        out.append((a, m.start()))
        a = m.end()
    out.append((a, b))
    return out


def _block_cell(cell: str) -> bool:
    """True when ``cell`` is a field, a printed name or title, a party, or a whole block."""
    c = clean_name(cell)
    return not c or bool(FIELD_CELL.match(c) or BLOCK_CELL.search(c) or looks_like_person_name(c)
                         or is_title_line(c) or org_words(c) or (c.isupper() and " " in c))


def table_segments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (the lines of ``text``) with the rows of a signature table parted into their
    cells: a run of rows with the same number of cells (blank lines between them dropped), one
    of them all fields ("By: ... | By: ..."), read one column after the other; another row
    whose every cell belongs to a block read one cell after the other; other rows kept whole.

    >>> t = "Jane Roe | Director\\n(a) | Not Applicable."
    >>> [t[a:b] for a, b in table_segments(t, [(0, 19), (20, 41)])]
    ['Jane Roe', 'Director', '(a) | Not Applicable.']
    """
    if "|" not in text:
        return list(spans)  # no row of cells (most sections): each line is kept whole
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        a, b = spans[k]
        cells = _cells(text, a, b) if "|" in text[a:b] else []
        if len(cells) < 2:
            out.append((a, b))
            k += 1
            continue
        rows, j, m = [cells], k + 1, k + 1
        while j < len(spans):
            s, e = spans[j]
            j += 1
            if text[s:e].strip():
                row = _cells(text, s, e) if "|" in text[s:e] else []
                if len(row) != len(cells):
                    break
                rows.append(row)
                m = j
        if len(rows) > 1 and any(all(FIELD_CELL.match(text[s:e]) or not text[s:e].strip()
                                     for s, e in row) for row in rows):
            for col in range(len(cells)):  # column k of every row is block k
                out.extend(row[col] for row in rows if text[row[col][0]:row[col][1]].strip())
            k = m
            continue
        if all(_block_cell(text[s:e]) for s, e in cells):
            out.extend(c for c in cells if text[c[0]:c[1]].strip())
        else:
            out.append((a, b))
        k += 1
    return out
