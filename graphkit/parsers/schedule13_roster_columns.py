"""The columns of a roster's text table: its header, underline and cells.

A text table of an Instruction C roster (read by :mod:`graphkit.parsers.schedule13_roster_rows`)
has a header of labels (:data:`HEADER_CELL`), perhaps underlined with runs of dashes
(:data:`DASHES_LINE`), and rows whose cells are parted by two spaces or a tab
(:data:`CELL_GAP`). :func:`text_table` finds the columns' bounds from the underline (or the
header's labels) and which column holds the roles; :class:`Table` maps a cell's offset to its
column.

Examples
--------
>>> t = text_table(["Name          Position"], "----          --------")
>>> t.ncols, t.role, t.column(0), t.column(14)
(2, 1, 0, 1)
>>> text_cells("Jane Q. Roe     President")
[(0, 'Jane Q. Roe'), (16, 'President')]
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache

_F = re.VERBOSE | re.IGNORECASE

#: The underline of a text table's header: runs of dashes under each column label, the first
#: perhaps printed "- ---" (a line of an old EDGAR submission that opens with a dash is
#: escaped with "- ": "- ----------------        ----------")
DASHES_LINE = regex_cache.compile(r"""[ \t]*(?:-[ ](?=-))?-{3,}(?:[ \t]+-{3,})*[ \t]*$""",
                                  re.VERBOSE)
#: One run of dashes (a column) in DASHES_LINE
DASH_RUN = regex_cache.compile(r"""-{3,}""", re.VERBOSE)

#: One cell of a table header: "Name", "Name:", "Name and Title", "Present Business Address",
#: "Positions with Acme-Japan", "(Principal Occupation)", "Principal Occupation/", "Employment",
#: "Age" (a column of ages between the name and the position, or after it: never read),
#: Instruction C's own words "Present Principal Occupation or Employment and Name and Principal
#: Address of Corporation for which Employment is Conducted", or short for them "Present
#: Principal Occupation Including Name and Address of Employer"; a column of each person's own
#: shares: "No. of Shares Beneficially Owned", "Number of Shares", "Percent of Class"
HEADER_CELL = regex_cache.compile(r"""
    (?:(?:name|names|title|titles|position|positions|office|offices|held|present|principal
    |business|residence|address|addresses|occupation|occupations|employment|citizenship
    |no\.|number|shares|beneficially|owned|amount|percent|class
    |organi[sz]ation|corporation|employer|including|age|ages|any|other|and|or|of|[/&(),:])[ \t]*)+
    (?:with[ \t]+[^\n|]{1,40})?[ \t]*\)?
    (?:(?:for|in)[ \t]+which[ \t]+(?:such[ \t]+)?(?:employment|occupation)[ \t]+is
       [ \t]+conducted)?
""", _F)
#: A word a header must hold (a cell of "and" or "of" alone is none)
HEADER_KEY = regex_cache.compile(
    r"""name|title|position|occupation|address|employment|citizenship""", re.IGNORECASE)

#: Which column holds the roles: a position or title column, else the occupation
ROLE_COLUMN = regex_cache.compile(r"""position|title|office""", re.IGNORECASE)
OCCUPATION_COLUMN = regex_cache.compile(r"""occupation|employment""", re.IGNORECASE)

#: A gap between cells of a text table: two spaces or more, or a tab
CELL_GAP = regex_cache.compile(r"""[ \t]*(?:\t|[ ]{2,})[ \t]*""", re.VERBOSE)


class Table:
    """The columns of the table being read: cell index (HTML) or character spans (text)."""

    def __init__(self, labels: list[str], bounds: Optional[list[int]] = None) -> None:
        self.bounds = bounds  # text tables: where each column after the first begins
        self.tabs = 0  # tabs between cells of a tab-separated table (schedule13_roster_tabs)
        self.margin = 0  # tabs before a tab-separated header's first cell
        self.rows_read = 0  # the persons' rows read under this table
        self.spaced = False  # a blank line parted two of them: the table prints rows apart
        self.ncols = len(labels)
        # "Name and Title | Principal Occupation": the titles stand under the names
        self.name_has_title = bool(labels) and "title" in labels[0].lower()
        # "Name and Business Address | ...": the lines under a name are its address
        self.name_has_address = bool(labels) and "address" in labels[0].lower()
        position = next((i for i, x in enumerate(labels) if i and ROLE_COLUMN.search(x)), None)
        occupation = next((i for i, x in enumerate(labels)
                           if i and OCCUPATION_COLUMN.search(x)), None)
        # the column whose roles are read: a position column, else the occupation column
        # (a principal occupation, which may be held elsewhere), unless the titles stand by
        # the names
        self.occupation_only = position is None
        self.role = position if position is not None or self.name_has_title else occupation

    def column(self, at: int) -> int:
        return sum(1 for b in self.bounds or [] if at >= b)


def text_cells(line: str) -> list[tuple[int, str]]:
    """The cells of a text table line with their columns (offsets in the line).

    >>> text_cells("  Jane Q. Roe\\tDirector")
    [(2, 'Jane Q. Roe'), (14, 'Director')]
    """
    out, pos = [], 0
    for m in CELL_GAP.finditer(line):
        if m.start() > pos:
            out.append((pos, line[pos:m.start()]))
        pos = m.end()
    if pos < len(line):
        out.append((pos, line[pos:]))
    return [(at, c.strip()) for at, c in out if c.strip()]


def text_table(header: list[str], dashes: Optional[str]) -> Optional[Table]:
    """A text table's columns from its header lines and their underline (or, without one, the
    header line of the most cells).

    >>> text_table(["Name   Title"], None).bounds, text_table(["Name"], None) is None
    ([5], True)
    """
    if dashes is not None:
        spans = [(m.start(), m.end()) for m in DASH_RUN.finditer(dashes)]
    else:
        best = max(header, key=lambda h: len(text_cells(h)), default="")
        spans = [(at, at + len(c)) for at, c in text_cells(best)]
    if len(spans) < 2:
        return None
    bounds = [(spans[i][1] + spans[i + 1][0]) // 2 for i in range(len(spans) - 1)]
    labels = [""] * len(spans)
    probe = Table([], bounds)
    for h in header:
        for at, c in text_cells(h):
            k = min(probe.column(at), len(spans) - 1)
            labels[k] = f"{labels[k]} {c}".strip()
    return Table(labels, bounds)


def header_note(line: str) -> bool:
    """True for a note under a text table's header, every cell in parentheses: "(all business
    addresses are:      (all with Acme Corp.)" (a note left open goes on to its ")").

    >>> header_note("(all business addresses are:      (all with Acme Corp.)")
    True
    """
    cells = text_cells(line)
    return bool(cells) and all(c.startswith("(") for _, c in cells)


#: The most lines a header note left open ("(all business addresses are:") runs on: the address
#: it gives
MAX_NOTE_LINES = 6


def header_line(line: str) -> bool:
    """True when every cell of a text table ``line`` (or of an HTML row, cells joined by
    " | ") is a header label and one names a column (:data:`HEADER_KEY`).

    >>> header_line("Name       Present Principal Occupation"), header_line("Jane Roe   Director")
    (True, False)
    """
    cells = [c.strip() for c in (line.split(" | ") if " | " in line else
                                 [c for _, c in text_cells(line)])]
    return any(HEADER_KEY.search(c) for c in cells) and all(
        not c or HEADER_CELL.fullmatch(c) for c in cells)

