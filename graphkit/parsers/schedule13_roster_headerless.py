"""Roster tables printed with no header: the columns read from the first row.

Some Instruction C schedules print their rows under the lead with no "Name | Position" header,
a person's name (its business address on the lines below) on the left and the position in a
fixed column on the right::

    DIRECTORS AND EXECUTIVE OFFICERS OF ACME

    Jane Q. Roe                                Chief Executive Officer/
    Acme Widget Corporation                    President/Director
    1 Main Street

:func:`headerless_bound` reads such a first row (two cells: a person's name, a gap, a title)
and gives where the position column begins; the rows are then read as a "Name and Address |
Position" table (:mod:`graphkit.parsers.schedule13_roster_rows`). Any other first line (a
header, prose, an address, a name alone) gives no table.

Examples
--------
>>> headerless_bound([(0, "Jane Q. Roe"), (43, "Chief Executive Officer/")])
41
>>> headerless_bound([(0, "Jane Q. Roe"), (43, "1 Main Street")]) is None
True
"""

from __future__ import annotations

from typing import Optional, Sequence

from graphkit.parsers.schedule13_roster_names import is_person_cell, is_title_cell, split_name_cell

#: The leftmost start of a headerless table's position column (characters): a name and a
#: title closer together are a sentence or a signature line, not two columns
MIN_POSITION_COLUMN = 20

#: How far left of the first row's title a wrapped line's title may begin and stay in the
#: position column (characters)
POSITION_SLACK = 2

#: The labels a headerless table is read with: the lines under a name are its address
HEADERLESS_LABELS = ("Name and Address", "Position")


def headerless_bound(cells: Sequence[tuple[int, str]]) -> Optional[int]:
    """Where the position column of a headerless roster begins, from its first row's cells
    ((offset, text) of a text table line), or None when the line is no such row.

    The row is two cells: a person's name alone (no title after a comma: "Jane Q. Roe") and,
    at least :data:`MIN_POSITION_COLUMN` characters in, a title (:func:`opens_with_title`).

    >>> headerless_bound([(0, "Jane Q. Roe"), (12, "President")]) is None
    True
    """
    if len(cells) != 2 or cells[1][0] < MIN_POSITION_COLUMN:
        return None
    (at, first), (pos, second) = cells
    if not first_row(first, second):
        return None
    return max(at + len(first) + 1, pos - POSITION_SLACK)


def first_row(name_cell: str, position_cell: str) -> bool:
    """True when two cells open a headerless roster: a person's name alone (no title after a
    comma: "Jane Q. Roe") and a cell that opens with a title (:func:`opens_with_title`). A
    line typed "Jane Q. Roe<TAB>Chief Executive Officer/" is such a row wherever its tab ends,
    as a tab parts two cells (:mod:`graphkit.parsers.schedule13_roster_tabs`).

    >>> first_row("Jane Q. Roe", "Chief Executive Officer/"), first_row("Jane Q. Roe", "Wichita")
    (True, False)
    """
    name, title = split_name_cell(name_cell)
    return not title and is_person_cell(name) and opens_with_title(position_cell)


#: How many words may qualify a title at the start of a position cell: "Nonexecutive
#: Director", "Group Finance Director", "Company Secretary"
MAX_TITLE_QUALIFIERS = 2


def opens_with_title(cell: str) -> bool:
    """True when a position cell opens with a title, perhaps after a word or two that qualify
    it: "President/Director", "Nonexecutive Director-Acme", "Group Finance Director" (not an
    address: "1 Main Street", "Wichita, Kansas").

    >>> opens_with_title("Nonexecutive Director-Acme"), opens_with_title("Wichita, Kansas")
    (True, False)
    """
    words = cell.split()
    if not words or not words[0][:1].isupper():
        return False
    return any(all(w[:1].isupper() for w in words[:i + 1]) and is_title_cell(" ".join(words[i:]))
               for i in range(min(MAX_TITLE_QUALIFIERS + 1, len(words))))
