"""Raw stream to lines: rows joined, spaces squeezed, runs back to the stream."""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path
from graphkit.parsers.html_rows import (CELL_MARK, MAX_ROW_CHARS, OTHER_SPACE, SOFT_BREAK, SPACES,
                                        blank_page_furniture, join_rows, squeeze_spaces)
from graphkit.parsers.html_text import html_to_text_mapped

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"
#: 2005_SC_13D_1333324.txt with the footer "Page 2" inside the cell of cover footnote (1)
CELL_FOOTER = FILINGS / "hp46" / "2005_SC_13D_1333324_cell_page_footer.txt"
#: filing/2011_SC_13DA_1491714.txt with the footer "Page 3 of 6" ending the cell of Item 2(c)
CELL_END_FOOTER = FILINGS / "hp46" / "2011_SC_13DA_1491714_cell_end_footer.txt"


def test_patterns():
    assert OTHER_SPACE.search("a\u00a0\tb")[0] == "\t" and not OTHER_SPACE.search("a \u00a0b")
    assert SPACES.sub(" ", "a \u00a0\t b") == "a b"


def test_squeeze_spaces_no_break_spaces():
    assert squeeze_spaces("\u00a0\u201cAcme\u201d\u00a0 Co.") == " \u201cAcme\u201d Co."
    # two no-break spaces are typed layout: as wide as shown (see test_html_laid_out)
    assert squeeze_spaces("\u00a0\u201cAcme\u201d\u00a0\u00a0 Co.") == " \u201cAcme\u201d   Co."
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


def test_page_furniture_inside_a_cell():
    # cover footnote (1) of 2005_SC_13D_1333324, with a page footer between two of its lines
    row = (f"{CELL_MARK}(1){CELL_MARK}{CELL_MARK} {CELL_MARK}{CELL_MARK}Mr. C.H. Snyder, Jr.,"
           f"{SOFT_BREAK} Page 2{SOFT_BREAK} Mr. Dennis C. Snyder are all shareholders{CELL_MARK}")
    blank = blank_page_furniture(row)
    assert len(blank) == len(row) and "Page 2" not in blank
    text, runs = join_rows(blank)
    assert text == "(1) | Mr. C.H. Snyder, Jr., Mr. Dennis C. Snyder are all shareholders"
    assert [blank[r:r + n] for _, r, n in runs] == [text[p:p + n] for p, _, n in runs]
    # a footer that ends the cell's prose goes too, after a blank line of the cell or not (the
    # cell's lines are joined into one all the same)
    for row in (f"{CELL_MARK}held by the Fund{SOFT_BREAK}Page 2 of 9{CELL_MARK}{CELL_MARK}x"
                f"{CELL_MARK}", f"{CELL_MARK}held by the Fund{SOFT_BREAK} {SOFT_BREAK}Page 2 of 9"
                f"{CELL_MARK}{CELL_MARK}x{CELL_MARK}"):
        assert join_rows(blank_page_furniture(row))[0] == "held by the Fund | x"
    # kept: one in a cell of its own, one among a cover's cells
    for kept in (f"{CELL_MARK}held by the Fund{CELL_MARK}{SOFT_BREAK}Page 2{SOFT_BREAK}"
                 f"{CELL_MARK}Roe Fund{CELL_MARK}",
                 f"{CELL_MARK}CUSIP No. 123{SOFT_BREAK}Page 2 of 9{SOFT_BREAK}13D{CELL_MARK}"):
        assert blank_page_furniture(kept) == kept, kept


def test_html_cell_page_footer_keeps_the_claims():
    rec = parse_path(CELL_FOOTER).records[0]
    names = {p.id: p.name for p in rec.parties}
    claims = {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims}
    # the unedited original's claim: "Mr. C.H. Snyder, Jr., Mr. Dennis C. Snyder, ... are all
    # shareholders, officers and directors of Snyder Associated Companies, Inc."
    for relation in ("shareholder_of", "officer_of", "director_of"):
        for person in ("Dennis C. Snyder", "C.H. Snyder, Jr."):
            assert (person, relation, "Snyder Associated Companies, Inc.") in claims
    html = CELL_FOOTER.read_bytes().decode("latin-1")
    mapped = html_to_text_mapped(html)
    at = mapped.text.index("Mr. Dennis C. Snyder, Mr. Richard")
    assert mapped.text[at - 22:at] == "Mr. C.H. Snyder, Jr., "
    offset, line = mapped.origin.locate(at)
    assert line == 288 and html[offset:].startswith("Mr.&nbsp;Dennis C. Snyder")


def test_html_page_footer_ending_a_cell_keeps_the_claims():
    # Item 2(c): "Chief Executive Officer of Sprott Asset Management LP, ... the general partner
    # of the manager of the Trust<br>Page 3 of 6</td>": read "... of the Trust Page 3 of 6",
    # the sentence's four claims were lost
    rec = parse_path(CELL_END_FOOTER).records[0]
    names = {p.id: p.name for p in rec.parties}
    claims = {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims}
    assert {("Eric S. Sprott", "officer_of", "Sprott Asset Management GP Inc."),
            ("Eric S. Sprott", "officer_of", "Sprott Asset Management LP"),
            ("Sprott Asset Management GP Inc.", "general_partner_of", "Sprott Asset Management LP"),
            ("Sprott Asset Management LP", "investment_manager_of", "Sprott Physical Gold Trust")
            } <= claims
    text = html_to_text_mapped(CELL_END_FOOTER.read_bytes().decode("latin-1")).text
    assert "the general partner of the manager of the Trust\n" in text
    assert "Page 3 of 6" not in text
