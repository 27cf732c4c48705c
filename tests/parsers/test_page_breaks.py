"""Page furniture inside a paragraph (graphkit.parsers.page_breaks), on lines of real filings."""

from __future__ import annotations

from graphkit.parsers.page_breaks import PAGE_LINE, PROSE_LINE_WORDS, TABLE_GAP, drop_page_furniture
from graphkit.source import SourceText


def test_page_line():
    for line in ("Page 7 of 12", "                               Page 1 of 25 Pages", "<PAGE>",
                 "CUSIP No. 292758109   13G   Page 3", "Schedule 13D   Page 3 of 12",
                 "SC 13D/A  Page 2"):
        assert PAGE_LINE.match(line), line
    # the form's title on its front page (2006_SC_13DA_1078037), a zero cell (1998_SC_13GA_728974)
    for line in ("SCHEDULE 13D", "                -0-", "(Page l of  12 Pages) and more",
                 "CUSIP No. 75954T104", "Page 7 of 12 shares"):
        assert PAGE_LINE.match(line) is None, line


def test_prose_and_table_lines():
    assert PROSE_LINE_WORDS.search("November 1, 1993 and was joined in by Gould")
    assert PROSE_LINE_WORDS.search("    Mitchell S. Levine (United States)") is None
    assert TABLE_GAP.search("Lieblong Transport, Inc.        29,200")
    assert TABLE_GAP.search("shares of Common Stock.  Assuming") is None


def test_real_page_break_inside_a_sentence_is_dropped():
    # 1994_SC_13DA_757011 line 580: "<PAGE>" between two lines of one sentence
    text = ("shares of Common Stock.  Assuming that Water \n<PAGE>\n"
            "Street exercises all of its Warrants, but that no other Warrants \n")
    out = drop_page_furniture(SourceText("f.txt", text, offset=10, line_offset=100))
    assert "<PAGE>" not in out.text
    at = out.text.index("Street")
    ev = out.evidence(at, at + 6)
    assert (ev.line, ev.start, text[ev.start - 10:ev.end - 10]) == (103, 63, "Street")


def test_cover_page_header_is_kept():
    # a header between a cover's last cell and the next cover's rule: no paragraph around it
    text = "14. TYPE OF REPORTING PERSON     PN\nCUSIP No. 458860103   Page 3 of 9\n-----\n"
    src = SourceText("f.txt", text)
    assert drop_page_furniture(src) is src
