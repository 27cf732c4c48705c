"""Tab stops of typed text: a tab moves the next character to the next multiple of
:data:`TAB_STOP` columns, as a typewriter, an editor and a browser's ``<pre>`` show it. A text
whose tabs were expanded to spaces keeps that trace: a run of spaces ending at a tab stop.

Examples
--------
>>> at_tab_stop("Item 1: Acme", 8), at_tab_stop("Item 4:  Ownership", 9)
(True, False)
"""

from __future__ import annotations

#: Screen columns between two tab stops
TAB_STOP = 8


def at_tab_stop(text: str, pos: int, column: int = 0) -> bool:
    """Whether ``text[pos]`` (on a line without tabs) starts at a tab stop, ``text`` opening at
    screen column ``column`` (its first line only: a later line opens at column 0).

    >>> at_tab_stop("Roe  x", 5, column=3), at_tab_stop("a\\n        b", 10)
    (True, True)
    """
    line = text.rfind("\n", 0, pos) + 1
    return ((column if line == 0 else 0) + pos - line) % TAB_STOP == 0
