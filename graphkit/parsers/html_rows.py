"""The raw stream of an HTML conversion joined into lines of text, table rows kept together.

:func:`~graphkit.parsers.html_text.html_to_text_mapped` walks the parsed HTML into a *raw
stream*: the texts as read (spaces squeezed by :func:`squeeze_spaces`), line breaks where
blocks start and end, :data:`CELL_MARK` around each table cell and :data:`SOFT_BREAK` for a
block's break inside a cell. :func:`join_rows` makes the final text of it: each row one line,
its non-empty cells joined by ``" | "``, runs of blank lines squeezed; and the runs (text
position, raw position, length) that map the text back to the stream.

Examples
--------
>>> join_rows("Name of Issuer\\n\\n\\n\\x1f 5. \\x1f \\x1fSole\\x1e Power\\x1f\\n")
('Name of Issuer\\n\\n5. | Sole Power', [(0, 0, 14), (16, 19, 2), (21, 25, 4), (26, 31, 5)])
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.html_marks import DOUBLE_SPACES
from graphkit.parsers.page_breaks import PAGE_LINE, in_paragraph

#: Marks a table-cell boundary in the raw stream until rows are joined
CELL_MARK = "\x1f"
#: A line break inside a table cell: a space unless the row is a layout block
SOFT_BREAK = "\x1e"

#: A table row longer than this (characters) is a layout block, not a form row: its inner line
#: breaks are kept instead of being joined into one line.
MAX_ROW_CHARS = 1200

#: Horizontal whitespace runs (outside <pre>), including no-break and zero-width spaces
SPACES = regex_cache.compile(r"""[ \t\r\f\v\u00a0\u2000-\u200b\u3000]+""", re.VERBOSE)

#: A :data:`SPACES` character other than " " and the no-break space, e.g. the tab of "a\tb"
OTHER_SPACE = regex_cache.compile(r"""[\t\r\f\v\u2000-\u200b\u3000]""", re.VERBOSE)


#: A run of spaces holding two no-break spaces or more: typed layout, as a page saved from a
#: typed text writes its columns ("Word save as HTML", ``<font face=Courier>``), e.g. the
#: "&nbsp;&nbsp;&nbsp;" of "Sole Voting Power&nbsp;&nbsp;&nbsp;1,000" or "&nbsp; &nbsp;"
#: (from its first no-break space: other spaces before it show as one, as squeezed)
LAID_OUT = regex_cache.compile(r"""
    \u00a0 [ \t\r\f\v\u2000-\u200b\u3000]*+ (?: \u00a0 [ \t\r\f\v\u2000-\u200b\u3000]*+ )++
""", re.VERBOSE)

#: The spaces a browser shows a run of as one (not the no-break space)
COLLAPSING = " \t\r\f\v" + "".join(map(chr, range(0x2000, 0x200c))) + "\u3000"

#: A run of spaces a browser shows as one (none of them a no-break space), e.g. " \t"
COLLAPSED = regex_cache.compile(r"""[ \t\r\f\v\u2000-\u200b\u3000]+""", re.VERBOSE)


def _as_shown(run: re.Match[str]) -> str:
    """A :data:`LAID_OUT` run as wide as a browser shows it: each no-break space one space,
    each run of other spaces one.

    >>> _as_shown(LAID_OUT.match("\\u00a0 \\u00a0\\u00a0  "))
    '     '
    """
    return " " * len(COLLAPSED.sub(" ", run.group(0)))


def _keep_layout(text: str) -> str:
    """``text`` squeezed, its :data:`LAID_OUT` runs kept as wide as shown.

    >>> _keep_layout("a  b\\u00a0\\u00a0c"), _keep_layout("a \\u00a0\\u00a0 c")
    ('a b  c', 'a    c')
    """
    out: list[str] = []
    at = 0
    for run in LAID_OUT.finditer(text):
        out.append(squeeze_spaces(text[at:run.start()]))
        out.append(_as_shown(run))
        at = run.end()
    out.append(squeeze_spaces(text[at:]))
    return "".join(out)


def squeeze_spaces(text: str) -> str:
    """``SPACES.sub(" ", text)``, faster for printable ASCII (the most common text) and text
    whose only other spaces are no-break spaces; a run holding two no-break spaces or more
    (:data:`LAID_OUT`) is kept as wide as a browser shows it, so the columns of a typed text
    saved as HTML stay columns.

    >>> squeeze_spaces("Item 4.  Purpose"), squeeze_spaces("a\\u00a0\\tb")
    ('Item 4. Purpose', 'a b')
    >>> squeeze_spaces("\\u00a0\\u201cA\\u201d\\u00a0 b")
    ' \u201cA\u201d b'
    >>> squeeze_spaces("Sole Voting Power\\u00a0\\u00a0\\u00a0 1,000")
    'Sole Voting Power    1,000'
    """
    if not text.isascii():  # a no-break space is the most common other space: as " "
        if text.count("\u00a0") > 1 and LAID_OUT.search(text) is not None:
            return _keep_layout(text)
        text = text.replace("\u00a0", " ")
        if OTHER_SPACE.search(text) is None:
            return DOUBLE_SPACES.sub(" ", text) if "  " in text else text
    elif text.isprintable():  # no space in it but " "
        return DOUBLE_SPACES.sub(" ", text) if "  " in text else text
    return SPACES.sub(" ", text)


#: Non-space runs of a table cell, as :data:`SPACES` leaves them, e.g. "1,000" of " 1,000 "
_WORD = regex_cache.compile(r"""[^ \t\r\f\v\u00a0\u2000-\u200b\u3000]+""", re.VERBOSE)


def join_rows(raw: str) -> tuple[str, list[tuple[int, int, int]]]:
    """The final text, and runs (text position, raw position, length) copied from ``raw``.

    Rows become lines (a long row's soft breaks become line breaks; a short row's, spaces,
    after :func:`blank_page_furniture`), runs of blank lines become one, and leading and
    trailing ones go.
    """
    texts: list[str] = []
    runs: list[tuple[int, int, int]] = []
    at = 0  # where the next kept line starts in the text
    keep_blank = False  # the last line kept is not blank
    row_start = 0
    for row in raw.split("\n"):
        start = row_start
        row_start += len(row) + 1
        if not row or row.isspace():  # no text (CELL_MARK and SOFT_BREAK are spaces too): at
            if keep_blank:  # most one blank line, as the general case below gives
                texts.append("")
                at += 1
                keep_blank = False
            continue
        if SOFT_BREAK in row:
            if len(row) > MAX_ROW_CHARS:  # its lines are kept (the text's reader drops them)
                row_lines = row.replace(SOFT_BREAK, "\n").split("\n")
            else:
                row_lines = [blank_page_furniture(row).replace(SOFT_BREAK, " ")]
        else:
            row_lines = [row]
        for line in row_lines:
            if CELL_MARK in line:
                text = _cells(line, start, at, runs)
            else:
                text = line.rstrip()
                if text:
                    runs.append((at, start, len(text)))
            if text:
                texts.append(text)
                at += len(text) + 1
                keep_blank = True
            elif keep_blank:
                texts.append("")
                at += 1
                keep_blank = False
            start += len(line) + 1
    if texts and not texts[-1]:
        texts.pop()
    return "\n".join(texts), runs


def blank_page_furniture(row: str) -> str:
    """``row`` with each line of page furniture that a page break put in the prose of a cell
    (after one of its :data:`SOFT_BREAK` lines, inside the cell's prose or ending it, as
    :func:`~graphkit.parsers.page_breaks.in_paragraph` says) made spaces, as long as it was:
    joined into one line, it would read as part of the sentence ("... Roe Fund L.P. Page 7 of
    12 Jane Roe is ..."). Lines stay where they are, so the raw positions after them do too.

    >>> blank_page_furniture("\\x1fheld by\\x1ePage 7 of 12\\x1eRoe Fund\\x1f").split("\\x1e")
    ['\\x1fheld by', '            ', 'Roe Fund\\x1f']
    >>> row = "\\x1fCUSIP No. 123\\x1ePage 2 of 9\\x1f"  # no prose before it: kept
    >>> blank_page_furniture(row) == row
    True
    """
    pieces = row.split(SOFT_BREAK)
    changed = False
    for i in range(1, len(pieces)):
        piece = pieces[i]
        line = piece.split(CELL_MARK, 1)[0]  # up to the cell's end
        if line and PAGE_LINE.match(line) is not None and in_paragraph(
                _cell_neighbour(pieces, i, -1),
                "" if len(line) < len(piece) else _cell_neighbour(pieces, i, 1)):
            pieces[i] = " " * len(line) + piece[len(line):]
            changed = True
    return SOFT_BREAK.join(pieces) if changed else row


def _cell_neighbour(pieces: list[str], i: int, step: int) -> str:
    """The nearest line of text before (``step`` -1) or after (1) line ``i`` of a row, in the
    same cell ("" at the cell's edge)."""
    j = i + step
    while 0 <= j < len(pieces):
        cut = pieces[j].split(CELL_MARK)
        part = cut[-1] if step < 0 else cut[0]
        if len(cut) > 1 or part.strip():
            return part
        j += step
    return ""


def _cells(line: str, start: int, at: int, runs: list[tuple[int, int, int]]) -> str:
    """A table row's line: its non-empty cells joined by " | ", adding their runs to ``runs``.

    ``start`` is the line's raw position, ``at`` its position in the text.

    >>> runs = []
    >>> _cells("\\x1f 5.\\x1f\\x1f Sole  Power\\x1f", 10, 100, runs), runs
    ('5. | Sole Power', [(100, 12, 2), (105, 17, 4), (110, 23, 5)])
    """
    parts: list[str] = []
    col = at
    cell_at = start
    for c in line.split(CELL_MARK):
        if c and not c.isspace():  # else it is blank, as SPACES.sub(" ", c).strip() says
            if c.isascii() and c.isprintable():  # no space in it but " ": words split on " "
                clean = c.strip()
                first = cell_at + len(c) - len(c.lstrip())
                if parts:
                    col += 3  # " | "
                if " " not in clean:  # one word
                    runs.append((col, first, len(clean)))
                else:  # each word where the cell has it: the words as _WORD finds them are
                    # the pieces between spaces, but the empty ones where spaces are squeezed
                    pieces = clean.split(" ")
                    wcol, wat = col, first
                    for piece in pieces:
                        n = len(piece)
                        if n:
                            runs.append((wcol, wat, n))
                            wcol += n + 1
                        wat += n + 1
                    if "  " in clean:
                        clean = " ".join(filter(None, pieces))  # as DOUBLE_SPACES.sub(" ", clean)
                parts.append(clean)
                col += len(clean)
                cell_at += len(c) + 1
                continue
            clean = squeeze_spaces(c).strip()
            if clean:
                if parts:
                    col += 3  # " | "
                words = list(_WORD.finditer(c))
                if " ".join([w.group(0) for w in words]) == clean:
                    wcol = col
                    for w in words:
                        s, e = w.span()
                        runs.append((wcol, cell_at + s, e - s))
                        wcol += e - s + 1
                else:
                    runs.append((col, cell_at + len(c) - len(c.lstrip()), len(clean)))
                parts.append(clean)
                col += len(clean)
        cell_at += len(c) + 1
    return " | ".join(parts)
