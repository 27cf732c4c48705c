"""Rosters printed as tab-separated columns: one tab between cells, positions wrapped onto the
following lines.

Some filers typed Instruction C tables with one tab between columns, so no character column
lines up and a position that wraps goes on in the next line's first cells:

    NAME<TAB>FMR CORP.<TAB>OCCUPATION        (under "POSITION WITH" / "PRINCIPAL")
    Jane Q. Roe<TAB>President,<TAB>Chairman of the
    Director, CEO<TAB>Board and CEO, Acme
    John A. Doe<TAB>Director,<TAB>Director, Acme
    <TAB>Sr. V.P.

:func:`tab_table_labels` reads such a header (a "Name" cell first, the labels stacked above it
joined to the column after the name when they say "position" or "title"), and
:func:`tab_cells` splits a line into its name cell and the cells of the columns after it.

Examples
--------
>>> tab_table_labels("NAME\\tACME CORP.\\tOCCUPATION", ["POSITION WITH", "PRINCIPAL"])
['NAME', 'POSITION WITH ACME CORP.', 'OCCUPATION']
>>> tab_cells("Jane Q. Roe\\tPresident,\\tChairman of the"), tab_cells("\\tSr. V.P.")
(('Jane Q. Roe', ['President,', 'Chairman of the']), ('', ['Sr. V.P.']))
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

#: The name label opening a tab-separated header: "NAME", "Name", "Name and Address"
TAB_NAME_LABEL = re.compile(r"""[ ]*names?\b[^\t]{0,30}""", re.VERBOSE | re.IGNORECASE)

#: A stacked label above a tab-separated header that names the position column: "POSITION
#: WITH", "Title with", "Office Held" (its organization or the rest in the cell below)
POSITION_LABEL = re.compile(r"""\b(?:position|title|office)s?\b""", re.VERBOSE | re.IGNORECASE)


def tab_table_labels(line: str, above: Sequence[str]) -> Optional[list[str]]:
    """The column labels of a tab-separated roster header ``line`` (None for any other line),
    with a position label stacked in the lines ``above`` joined to the column after the name
    when no cell of ``line`` names a position.

    >>> tab_table_labels("Name\\tPosition\\tPrincipal Occupation", [])
    ['Name', 'Position', 'Principal Occupation']
    >>> tab_table_labels("Jane Q. Roe\\tDirector\\tPresident", []) is None
    True
    """
    if "\t" not in line:
        return None
    cells = [c.strip() for c in line.strip().split("\t") if c.strip()]
    if len(cells) < 2 or not TAB_NAME_LABEL.fullmatch(cells[0]):
        return None
    if not any(POSITION_LABEL.search(c) for c in cells[1:]):
        stacked = " ".join(a.strip() for a in above if POSITION_LABEL.search(a))
        if stacked:
            cells[1] = f"{stacked} {cells[1]}"
    return cells


def tab_cells(line: str) -> tuple[str, list[str]]:
    """(first cell, cells after it) of a tab-separated line; a line opening with a tab or a
    space has an empty first cell (it goes on with the row above).

    >>> tab_cells("Director, CEO\\tBoard and CEO, Acme")
    ('Director, CEO', ['Board and CEO, Acme'])
    """
    if line[:1].isspace():
        return "", [c.strip() for c in line.strip().split("\t")]
    first, *rest = line.split("\t")
    return first.strip(), [c.strip() for c in rest]
