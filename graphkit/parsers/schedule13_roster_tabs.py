"""Rosters printed as tab-separated columns: one tab between cells, positions wrapped onto the
following lines.

Some filers typed Instruction C tables with one tab between columns, so no character column
lines up and a position that wraps goes on in the next line's first cells:

    NAME<TAB>ACME CORP.<TAB>OCCUPATION        (under "POSITION WITH" / "PRINCIPAL")
    Jane Q. Roe<TAB>President,<TAB>Chairman of the
    Director, CEO<TAB>Board and CEO, Acme
    John A. Doe<TAB>Director,<TAB>Director, Acme
    <TAB>Sr. V.P.

:func:`tab_table_labels` reads such a header (a "Name" cell first, the labels stacked above it
joined to the column after the name when they say "position" or "title"), and
:func:`tab_cells` splits a line into its name cell and the cells of the columns after it
(:func:`tab_width`: columns aligned with two tabs). Only a header the text tables do not read
("ACME CORP." is no label) opens such a table, and the table ends at a blank line followed by a
line that is no row (prose, a signature block, another company's lead).

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

from graphkit import regex_cache
from graphkit.parsers.tab_stops import TAB_STOP

#: The name label opening a tab-separated header: "NAME", "Name", "Name and Address"
TAB_NAME_LABEL = regex_cache.compile(r"""[ ]*names?\b[^\t]{0,30}""", re.VERBOSE | re.IGNORECASE)

#: A stacked label above a tab-separated header that names the position column: "POSITION
#: WITH", "Title with", "Office Held" (its organization or the rest in the cell below)
POSITION_LABEL = regex_cache.compile(r"""\b(?:position|title|office)s?\b""", re.VERBOSE | re.IGNORECASE)

#: A label stacked above a header: at most four words, no sentence punctuation: "POSITION
#: WITH", "Title with Acme" (not the prose line "Each person is a U.S. citizen; positions are
#: shown.")
STACKED_LABEL = regex_cache.compile(r"""[^.;:\s]+(?:[ \t]+[^.;:\s]+){0,3}\.?""", re.VERBOSE)

#: A footnote mark or a professional suffix after a name in a roster's name cell, not part of
#: the name: "John A. Doe, Esq.", "Mary Major (1)", "Jane Roe*", "Al Roe, M.D.", "Jo Roe, Ph.D."
NAME_MARK = regex_cache.compile(r"""
    (?:,?[ ]+(?:Esq|M\.[ ]?D|Ph\.[ ]?D|CPA|C\.P\.A)\.?|[ ]*\((?:\d{1,2}|[a-z]|\*{1,3})\)|[ ]*\*{1,3})
    [ ]*$
""", re.VERBOSE)

#: A word of an officer's title, never of the name opening a roster row: "Chief Financial"
#: (a wrapped "Chief Financial<TAB>Financial Officer, Acme"), "Senior Managing"
TITLE_WORD = regex_cache.compile(r"""\b(?:Chief|Financial|Executive|Operating|Investment|Senior|General
    |Managing|Vice|Deputy|Assistant|Principal|Accounting|Management|Resources|Board)\b""",
                                 re.VERBOSE)

#: The end of a title that wants its head word on the next line: "Chief Executive", "and Chief",
#: "Senior Vice" (not "Chairman of the Board", "Principal": titles of their own)
OPEN_TITLE = regex_cache.compile(r"""\b(?:Chief|Vice|Senior|Executive|Financial|Operating|Accounting
    |Managing|Deputy|Assistant|Investment)[ \t]*$""", re.VERBOSE)

#: The head word that ends such a title at the start of the next line's cell: "Officer and",
#: "Financial Officer", "President" (not "Acme Corp.", the employer after a whole title)
TITLE_HEAD = regex_cache.compile(r"""(?:Officer|President|Executive|Financial|Operating|Accounting
    |Investment|Vice|Counsel|Director|Partner|Managing)\b""", re.VERBOSE)



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
        stacked = " ".join(a.strip() for a in above
                           if POSITION_LABEL.search(a) and STACKED_LABEL.fullmatch(a.strip()))
        if stacked:
            cells[1] = f"{stacked} {cells[1]}"
    return cells


def tab_width(line: str) -> int:
    """How many tabs stand between two cells of the header ``line``: 2 when its columns are
    aligned with two tabs ("NAME<TAB><TAB>ACME CORP."), else 1.

    >>> tab_width("NAME\\t\\tACME CORP.\\t\\tOCCUPATION"), tab_width("NAME\\tACME CORP.")
    (2, 1)
    """
    return 2 if "\t\t" in line.strip() else 1


def tab_margin(line: str) -> int:
    """How many tabs indent the header ``line`` (after any spaces): rows typed under a header
    "<TAB>Name<TAB>Position" may open with the same tab and still start in the name column.

    >>> tab_margin("\\tName\\tPosition"), tab_margin("Name\\tPosition")
    (1, 0)
    """
    body = line.lstrip(" ")
    return len(body) - len(body.lstrip("\t"))


def tab_note(line: str) -> bool:
    """True for a note under a tab-separated roster's header, every cell in parentheses (a
    note left open goes on to its ")": the address it gives).

    >>> tab_note("(all business addresses are:\\t(all with Acme Corp.)"), tab_note("Jane\\t(1)")
    (True, False)
    """
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    return bool(cells) and all(c.startswith("(") for c in cells)


def title_goes_on(position: str, cell: str) -> bool:
    """True when ``cell`` (a lone cell wrapped under a tab-separated row) ends the title left
    open at the end of ``position`` (:data:`OPEN_TITLE`, :data:`TITLE_HEAD`): it goes on in the
    position column, not the last one.

    >>> title_goes_on("Director, Chief Executive", "Officer and")
    True
    >>> title_goes_on("Chief Executive", "Acme Corp."), title_goes_on("Director", "Officer")
    (False, False)
    """
    return OPEN_TITLE.search(position) is not None and TITLE_HEAD.match(cell) is not None


def tab_cells(line: str, width: int = 1, margin: int = 0) -> tuple[str, list[str]]:
    """(first cell, cells after it) of a tab-separated line whose header puts ``width`` tabs
    between cells and ``margin`` tabs before its first (:func:`tab_margin`). A line opening
    with more tabs than the margin, or with spaces reaching the first tab stop
    (:data:`~graphkit.parsers.tab_stops.TAB_STOP`: no tab can put a cell after the first
    one nearer), has an empty first cell (it goes on with the row above), and each
    further ``width`` tabs it opens with is an empty cell (a wrapped occupation under
    "<TAB><TAB>"); a line opening with a space or two starts in the first cell. Runs of tabs
    between cells are one gap.

    >>> tab_cells("Director, CEO\\tBoard and CEO, Acme")
    ('Director, CEO', ['Board and CEO, Acme'])
    >>> tab_cells("\\t\\tChief Executive Officer"), tab_cells("Jane Roe\\t\\tDirector", 2)
    (('', ['', 'Chief Executive Officer']), ('Jane Roe', ['Director']))
    >>> tab_cells(" Jane Roe\\tDirector"), tab_cells("\\tJane Roe\\tDirector", margin=1)
    (('Jane Roe', ['Director']), ('Jane Roe', ['Director']))
    """
    body = line.lstrip(" ")
    lead = len(body) - len(body.lstrip("\t")) - margin
    cells = [c.strip() for c in re.split(r"\t+", body.strip()) if c.strip()]
    if lead > 0 or not cells or len(line) - len(body) >= TAB_STOP:
        empty = max(lead // width, 1) - 1
        return "", [""] * empty + cells
    return cells[0], cells[1:]
