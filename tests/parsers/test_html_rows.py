"""Raw stream to lines: rows joined, spaces squeezed, runs back to the stream."""

from __future__ import annotations

from graphkit.parsers.html_rows import (CELL_MARK, MAX_ROW_CHARS, OTHER_SPACE, SOFT_BREAK, SPACES,
                                        join_rows, squeeze_spaces)


def test_patterns():
    assert OTHER_SPACE.search("a\u00a0\tb")[0] == "\t" and not OTHER_SPACE.search("a \u00a0b")
    assert SPACES.sub(" ", "a \u00a0\t b") == "a b"


def test_squeeze_spaces_no_break_spaces():
    assert squeeze_spaces("\u00a0\u201cAcme\u201d\u00a0\u00a0 Co.") == " \u201cAcme\u201d Co."
    assert squeeze_spaces("\u00e9\u2002\u00a0x") == "\u00e9 x"


def test_blank_rows_make_one_blank_line():
    raw = f"a\n \n{CELL_MARK} {CELL_MARK}\n{SOFT_BREAK}\n\nb\n \n"
    assert join_rows(raw) == ("a\n\nb", [(0, 0, 1), (3, 11, 1)])


def test_cell_words_spaced_apart_keep_their_places():
    raw = (f"{CELL_MARK}  SOURCE  OF   FUNDS*  {CELL_MARK} {CELL_MARK}  OO {CELL_MARK}"
           f"{CELL_MARK}x{CELL_MARK}")
    text, runs = join_rows(raw)
    assert text == "SOURCE OF FUNDS* | OO | x"
    assert [raw[r:r + n] for _, r, n in runs] == ["SOURCE", "OF", "FUNDS*", "OO", "x"]
    assert [text[p:p + n] for p, _, n in runs] == ["SOURCE", "OF", "FUNDS*", "OO", "x"]


def test_long_row_keeps_its_lines():
    words = "word " * (MAX_ROW_CHARS // 5)
    raw = f"{CELL_MARK}{words}{SOFT_BREAK}{words}{CELL_MARK}"
    assert join_rows(raw)[0].count("\n") == 1
