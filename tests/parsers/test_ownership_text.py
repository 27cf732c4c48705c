"""Named patterns of :mod:`graphkit.parsers.ownership_text`."""

from __future__ import annotations

from graphkit.parsers.ownership_text import COLUMN_MARK, COLUMN_MARKS, TABLE_I_TITLE


def test_column_mark_and_table_i_title():
    marks = COLUMN_MARKS.search("<S>  <C>   <C>\n")
    assert [m.start() for m in COLUMN_MARK.finditer(marks.group(0))] == [0, 5, 11]
    assert TABLE_I_TITLE.search("Table I - Non-Derivative Securities")
    assert not TABLE_I_TITLE.search("Table II - Derivative Securities")
