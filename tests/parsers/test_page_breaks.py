"""Page furniture inside a paragraph (graphkit.parsers.page_breaks), on lines of real filings."""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path
from graphkit.parsers.html_text import html_to_text_mapped
from graphkit.parsers.page_breaks import (ENDS_NAME, ENDS_WORD, ITEM_HEADING, JUSTIFIED_LINE,
                                         OPEN_END,
                                         OPENS_COUNT,
                                         OPENS_LOWER, OPENS_TERM, PAGE_HEADER_LINE, PAGE_LINE,
                                         PAGE_NUMBER_IN_LINE, PAGE_NUMBER_LINE, PROSE_LINE_WORDS,
                                         TABLE_GAP, _count_before_break, _page_runs,
                                         drop_page_furniture, goes_on,
                                         in_paragraph)
from graphkit.parsers.prose_terms import find_defined_terms
from graphkit.reading import read_source
from graphkit.source import SourceText

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"
#: 2012_SC_13D_1519900.txt with the footer "Page 3 of 5 Pages" inside an Item 2 sentence
FOOTER_HTML = FILINGS / "hp46" / "2012_SC_13D_1519900_page_footer.txt"
#: Motient's Schedule 13D on Rare Medium: a definition across page 4's break, line 272
MOTIENT = FILINGS / "holdout" / "2001_SC_13D_913665.txt"
#: a Schedule 13D/A whose page 5 ends inside a sentence: "per" / "5" / "<PAGE>" / "share,"
PER_SHARE_BREAK = FILINGS / "totals31" / "1999_SC_13DA_1052262_primary.txt"


def test_page_line():
    for line in ("Page 7 of 12", "                               Page 1 of 25 Pages", "<PAGE>",
                 "CUSIP No. 292758109   13G   Page 3", "Schedule 13D   Page 3 of 12",
                 "SC 13D/A  Page 2"):
        assert PAGE_LINE.match(line), line
    # the form's title on its front page (2006_SC_13DA_1078037), a zero cell (1998_SC_13GA_728974)
    for line in ("SCHEDULE 13D", "                -0-", "(Page l of  12 Pages) and more",
                 "CUSIP No. 75954T104", "Page 7 of 12 shares"):
        assert PAGE_LINE.match(line) is None, line


def test_page_number_line():
    for line in ("                                       6", "4", "- 4 -", "  4 of 9", "<PAGE>   9",
                 "\f   8"):
        assert PAGE_NUMBER_LINE.match(line), line
    for line in ("-0-", "1,000", "4.", "(4)", "Page 4 of 9 and more"):
        assert PAGE_NUMBER_LINE.match(line) is None, line


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


def test_page_header_right_after_a_paragraph_is_dropped():
    # 2004_SC_13GA_80255 lines 181-186: cover 3's header right after cover 2's last footnote
    text = ("        **Any shares reported in Items 5 and 6 are also\n"
            "                      reported in Item 7.\n"
            "CUSIP NO. 336158100             13G       Page  3   of  6  Pages\n"
            "\n"
            "1  Name of Reporting Person\n")
    out = drop_page_furniture(SourceText("f.txt", text, line_offset=180))
    header = "CUSIP NO. 336158100             13G       Page  3   of  6  Pages\n"
    assert out.text == text.replace(header, "")
    assert out.line_of(out.text.index("1  Name")) == 185


def test_cover_page_header_is_kept():
    # a header between a cover's last cell and the next cover's rule: no paragraph around it
    text = "14. TYPE OF REPORTING PERSON     PN\nCUSIP No. 458860103   Page 3 of 9\n-----\n"
    src = SourceText("f.txt", text)
    assert drop_page_furniture(src) is src


def test_in_paragraph():
    # 1994_SC_13DA_757011 line 580: the lines around its "<PAGE>"
    assert in_paragraph("shares of Common Stock.  Assuming that Water ",
                         "Street exercises all of its Warrants, but that no other Warrants ")
    # 2001_SC_13D_913665 line 218: "<PAGE>" right after a paragraph's last line, a blank after
    assert in_paragraph("an as-converted basis with the issuer's common stock.", "")
    assert not in_paragraph("", "an as-converted basis with the issuer's common stock.")
    assert not in_paragraph("               CUSIP No. 75954T104", "")
    assert not in_paragraph("Lieblong Transport, Inc.        29,200", "-----")


def _officer_claims(path: Path) -> set[tuple[str, str, str]]:
    rec = parse_path(path).records[0]
    names = {p.id: p.name for p in rec.parties}
    return {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims
            if c.relation.value in ("officer_of", "director_of")}


def test_html_page_footer_inside_a_sentence_is_dropped():
    # Item 2: "His present principal occupation is as the chief executive officer<BR>
    # Page 3 of 5 Pages<BR> and a director of the Issuer": read as one sentence with the
    # footer, the officer and director claims were lost
    want = {("Scott Feldhacker", "officer_of", "AMERICAN STANDARD ENERGY CORP."),
            ("Scott Feldhacker", "director_of", "AMERICAN STANDARD ENERGY CORP.")}
    assert _officer_claims(FILINGS / "2012_SC_13D_1519900.txt") == want  # the original
    assert _officer_claims(FOOTER_HTML) == want
    rec = parse_path(FOOTER_HTML).records[0]
    ev = next(c for c in rec.claims if c.relation.value == "director_of").evidence[0]
    html = FOOTER_HTML.read_bytes().decode("latin-1")
    assert (ev.line, ev.end_line) == (303, 306)
    assert html[ev.start:ev.end].startswith("His present principal occupation is as the chief")
    assert html[ev.start:ev.end].endswith("He is a citizen of the United States")


def test_converted_text_keeps_citing_the_html():
    html = FOOTER_HTML.read_bytes().decode("latin-1")
    mapped = html_to_text_mapped(html)
    src = SourceText(str(FOOTER_HTML), mapped.text, origin=mapped.origin)
    out = drop_page_furniture(src)
    assert "Page 3 of 5 Pages" in src.text and "Page 3 of 5 Pages" not in out.text
    assert "chief executive officer\n and a director of the Issuer" in out.text
    for words, line in (("and a director", 305), ("His present", 303), ("He is a citizen", 306)):
        at = out.text.index(words)
        assert out.line_of(at) == line
        assert html[out.file_offset(at):].startswith(words)


# A page break between blank lines inside a sentence that plainly goes on: the whole break goes

def _html_text(path: Path) -> SourceText:
    mapped = html_to_text_mapped(read_source(path).text)
    return SourceText(str(path), mapped.text, origin=mapped.origin)


def test_definition_across_a_page_is_read_as_one():
    # 2001_SC_13D_913665 lines 272-280: "... and Apollo Overseas" / "Partners IV, L.P." / blank /
    # "<PAGE>" / blanks / "4 of 9" / blanks / '("Apollo  Overseas") and Motient and ...': the term
    # was read with no name before it, and the member of "Rare Medium Stockholders" unbound
    out = drop_page_furniture(read_source(MOTIENT))
    assert 'Partners IV, L.P.\n     ("Apollo  Overseas") and Motient' in out.text
    assert out.line_of(out.text.index('("Apollo  Overseas")')) == 280
    terms = {t.term: t.name for t in find_defined_terms(out)}
    assert terms["Apollo Overseas"] == "Apollo Overseas Partners IV, L.P."
    assert terms["Apollo Fund IV"] == "Apollo Investment Fund IV, L.P."
    # and the sentence of Item 6 across the break of page 6
    assert "(legal or otherwise) between\nthe persons  named in Item 2" in out.text


def test_typed_break_with_a_page_header_is_read_as_one():
    # 1997_SC_13D_1019830 lines 340-350: "for which the" / "Page 4 of 5 Pages" / "<PAGE>" /
    # "Schedule 13D" (the next page's header), blank lines between / "trustees have received"
    path = FILINGS / "1997_SC_13D_1019830.txt"
    out = drop_page_furniture(read_source(path))
    at = out.text.index("for which the\n         trustees have received instructions")
    assert out.line_of(at) == 340
    assert out.line_of(out.text.index("trustees have received")) == 350


def test_html_break_with_a_bare_page_number_is_read_as_one():
    # rv35 glaciallakes: "... 2,000 Membership Units from" / "4" (page 4's number) / "Glacial
    # Lakes to Fagen, and deeming the transfer"; the text keeps citing the HTML
    path = FILINGS / "rv35" / "glaciallakes_granitefalls_2009_sc13da_doc1.txt"
    html = read_source(path).text
    out = drop_page_furniture(_html_text(path))
    assert "Membership Units from\nGlacial Lakes to Fagen, and deeming" in out.text
    at = out.text.index("Glacial Lakes to Fagen")
    assert html[out.file_offset(at):].startswith("Glacial Lakes to Fagen")
    for path, joined in (
            (FILINGS / "holdout" / "2002_SC_13D_1177328.txt",  # page 8
             "by reference to the full text of\nsuch documents, forms of which are attached"),
            (FILINGS / "holdout" / "2003_SC_13DA_715081.txt",  # page 5, in the form's own text
             "A listing of the shareholders of an\ninvestment company registered")):
        assert joined in drop_page_furniture(_html_text(path)).text


def test_break_with_a_numbered_page_mark_is_read_as_one():
    # 1994_SC_13DA_3000 lines 486-495: "the conversion of the stock" / blanks / "8" / "<PAGE>   9"
    # / "Page 9 of 13 Pages" / blanks / "options, represent approximately 1.3%"
    out = drop_page_furniture(read_source(FILINGS / "1994_SC_13DA_3000.txt"))
    assert "the conversion of the stock\noptions, represent approximately 1.3%" in out.text
    # wesmar (ocr32, its <PAGE> typed as a form feed): "options to" / "7" / "\f   8" / "purchase"
    path = FILINGS / "ocr32" / "wesmar_s2golf_2000__H1_inner_group_letter.txt"
    out = drop_page_furniture(read_source(path))
    at = out.text.index("currently exercisable options to\npurchase 67,500 shares")
    assert out.line_of(at) == 335
    assert out.line_of(out.text.index("purchase 67,500")) == 341
    # 2004_SC_13D_95366 (HTML): "... the 3,000,000 Units;" / the header's cells "CUSIP No.
    # 867017105 | 13D | Page 9 of 13 Pages" / "and (ii) 80% of the Company's Common Stock"
    out = drop_page_furniture(_html_text(FILINGS / "holdout" / "2004_SC_13D_95366.txt"))
    assert "the 3,000,000 Units;\nand (ii) 80% of the Company" in out.text
    assert PAGE_LINE.match("CUSIP No. 867017105 | 13D | Page 9 of 13 Pages")


def test_goes_on():
    # a name cut by a line's end: no open end, no lower-case rest, no defined term after it
    assert goes_on("and Motient and Apollo Overseas", "Partners IV") is False
    # 2008_SC_13G_921847: the form's row has no answer; Item 5 opens after the break
    assert not goes_on("(iv) Shared power to dispose or to direct the disposition of",
                       "Item 5. Ownership of Five Percent or Less of a Class")
    assert not goes_on("         to participants' accounts for which the",
                       "                                  Schedule 13D")  # a header, no prose
    assert not goes_on("14. TYPE OF REPORTING PERSON     PN", "CUSIP No. 458860103")
    assert not goes_on("the Rare Medium Stockholders will vote for the merger.",
                       "the Company shall")  # a sentence that ended


def test_break_after_a_sentence_is_kept():
    # 2001_SC_13D_913665 lines 216-224: the cover's note ends its sentence, "<PAGE>", "3 of 9",
    # then Item 1: only "<PAGE>" goes (right after prose), the page's number and blanks stay
    lines = MOTIENT.read_text(encoding="latin-1").split("\n")[215:224]
    text = "\n".join(lines)
    out = drop_page_furniture(SourceText("f.txt", text))
    assert out.text == text.replace("<PAGE>\n", "")
    assert "3 of 9\n\n     This statement on Schedule 13d" in out.text
    # lines 341-346: "the merger." / "<PAGE>" / "5 of 9" / "(iii) All shares": a list goes on
    assert not goes_on("               the merger.", "               (iii) All shares of "
                       "Preferred  Stock, at the Effective Time, will")


def _reads(regex, lines: tuple[str, ...], others: tuple[str, ...], find: str = "match") -> None:
    """``regex`` finds each of ``lines`` and none of ``others``."""
    for line in lines:
        assert getattr(regex, find)(line), line
    for line in others:
        assert getattr(regex, find)(line) is None, line


def test_page_header_line():
    # 1997_SC_13D_1019830 line 240 (the next page's header), 2001_SC_13D_913665's, and
    # 2004_SC_13D_95366's (HTML cells); never an Item's heading (r32_keycolony line 435), a
    # cover's row (1994_SC_13G_732812 line 315), prose naming the form (1019830 line 135)
    _reads(PAGE_HEADER_LINE,
           ("                                  Schedule 13D", "CUSIP No. 75954T104",
            "CUSIP No. 867017105 | 13D | Page 9 of 13 Pages"),
           ("ITEM 4. PURPOSE OF TRANSACTION.",
            "             ii)  shared power to vote or to direct the vote  None",
            "the  acquisition  which is the subject of this  Schedule 13D, and is filing this"))


def test_page_number_in_line():
    # 2004_SC_13D_95366's header (HTML cells), 1994_SC_13DA_45370's footer, 2001_SC_13D_913665's
    assert PAGE_NUMBER_IN_LINE.search("CUSIP No. 867017105 | 13D | Page 9 of 13 Pages")["page"] \
        == "9"
    assert PAGE_NUMBER_IN_LINE.search("                  PAGE 5 OF 7 PAGES")["page"] == "5"
    assert PAGE_NUMBER_IN_LINE.search("CUSIP No. 75954T104") is None


def test_open_end():
    # before a page's break: glaciallakes, 2002_SC_13D_1177328, 2001_SC_13D_913665 line 457;
    # never 913665 line 341, 2004_SC_13D_95366's line end, 913665 line 272, a name after "by"
    _reads(OPEN_END,
           ("the \u201ctransfer\u201d of 2,000 Membership Units from",
            "are qualified in their entirety by reference to the full text of",
            "are no contracts,  understandings, or relationships (legal or otherwise) between"),
           ("               the merger.", "the 3,000,000 Units;", "Partners IV, L.P.",
            "the shares of Common Stock held by Roe Fund"), find="search")


def test_item_heading():
    # enable_enerjex (oc45) line 370, r32_keycolony line 435, 2004_SC_13DA_948904 line 318;
    # never a cover's row (1994_SC_13DA_3000_tab_roster line 161), prose naming an Item (913665)
    _reads(ITEM_HEADING,
           ("Item 5.  Ownership of Five Percent or Less of a Class",
            "ITEM 4. PURPOSE OF TRANSACTION.", "Item 2.     Identity and Background."),
           ("         Items 2(d) or 2(e)  / /", "the persons  named in Item 2"))


def test_opens_lower():
    # the rest of a sentence after a page: 2002_SC_13D_1177328, 1997_SC_13D_1019830, 3000's;
    # never a list's label (1994_SC_13G_732812 line 315, a paper Form D's line 319,
    # 2001_SC_13D_913665 line 346) nor a capital (glaciallakes)
    _reads(OPENS_LOWER,
           ("such documents, forms of which are attached hereto as Exhibits 99.5, 99.6",
            "         trustees have received instructions from participants to tender and the",
            "options, represent approximately 1.3% of the sum of the 19,256,251 Common"),
           ("             ii)  shared power to vote or to direct the vote  None",
            "b. Enter the difference between the aggregate offering price",
            "               (iii) All shares of Preferred  Stock, at the Effective Time, will",
            "Glacial Lakes to Fagen, and deeming the transfer"))


def test_opens_term():
    # 2001_SC_13D_913665 line 280, r32_keycolony line 352, 2004_SC_13DA_948904 line 322; never
    # a cover's row label (2011_SC_13GA_1364742 line 148), a list label (913665 line 346) nor a
    # term inside a line (913665 line 281)
    _reads(OPENS_TERM,
           ('     ("Apollo  Overseas") and Motient and AIF IV/RRRR L.L.C.  ("AIF IV") (Apollo',
            '(the "Common Stock") of International Aircraft Investors, a California',
            '             ("TFP"), with respect to the shares of Common Stock directly owned'),
           ("(1)Names of reporting persons. BlackRock, Inc.",
            "               (iii) All shares of Preferred  Stock, at the Effective Time, will",
            'Fund IV, Apollo  Overseas and AIF IV are referred to  collectively  as the "Rare'))


def test_ends_name():
    # 2001_SC_13D_913665 lines 272 and 271, an invented "Acme Holdings, Inc."; never 913665
    # line 341, 2004_SC_13D_95366's line end, 2004_SC_13DA_948904 line 314
    _reads(ENDS_NAME,
           ("Partners IV, L.P.",
            'Investment  Fund IV,  L.P.  ("Apollo  Fund IV"),  Motient  and  Apollo  Overseas',
            "and Acme Holdings, Inc."),
           ("               the merger.", "the 3,000,000 Units;",
            'Stock") of Homestead Bancorp, Inc. (the "Company"), whose principal executive'),
           find="search")


def test_opens_count():
    # what a number before it counts; never the rest of a sentence after a page's number
    # (glaciallakes, 2002_SC_13D_1177328, 2003_SC_13DA_715081), nor a word that opens with one
    _reads(OPENS_COUNT,
           ("shares of Common Stock, or 5.1% of the class", "Units", "thousand shares",
            "   Shares", "percent of the outstanding"),
           ("Glacial Lakes to Fagen, and deeming the transfer", "such documents, forms of",
            "investment company registered under the Investment Company Act of 1940",
            "shareholders of an", "unitsold"))


# A bare number between blank lines is a page's sign only where the file's pages say so

def test_bare_number_is_kept_unless_the_pages_number_it():
    # no page numbered around it: the number is the sentence's
    for text in ("Acme Capital LLC owned an aggregate of\n\n750\n\nshares of Common Stock, or "
                 "5.1% of the class.\n", "Roe Fund held warrants to purchase\n\n- 25 -\n\n"
                 "thousand shares of Common Stock\n"):
        src = SourceText("x.txt", text)
        assert drop_page_furniture(src) is src, text
    # a number the page sequence fits (page 3 before it), followed by what it counts
    text = ("Page 3 of 9\n\nAcme Capital LLC owned an aggregate of\n\n4\n\nthousand shares of "
            "the Common Stock\n")
    src = SourceText("x.txt", text)
    assert drop_page_furniture(src) is src
    # the same, the page's number followed by the sentence's rest: the break goes
    out = drop_page_furniture(SourceText("x.txt", text.replace("thousand", "of its")))
    assert "an aggregate of\nof its shares" in out.text


def test_page_number_before_page_mark_and_a_count():
    # 1999_SC_13DA_1052262 (totals31) lines 439-445: "par  value  $.01  per" / "5" / "<PAGE>" /
    # "share,  of  the  Surviving ...": the "5" is the page's footer, "<PAGE>" stands between it
    # and what "per" counts; the run is a page's break, joined (the justified line's wide gap
    # "Surviving   Corporation" is no table's: JUSTIFIED_LINE)
    lines = PER_SHARE_BREAK.read_text(encoding="latin-1").split("\n")[438:445]
    assert [line.strip() for line in lines[1:6]] == ["", "5", "", "<PAGE>", ""]
    assert _page_runs(lines) == [(1, 5)]
    out = drop_page_furniture(SourceText("x.txt", "\n".join(lines))).text
    assert out.startswith("par  value  $.01  per\nshare,  of  the  Surviving  Corporation  (the")
    text = "Roe Fund paid $1.00 per\n\n                 5\n\n<PAGE>\n\nshare of the Common Stock\n"
    out = drop_page_furniture(SourceText("x.txt", text))
    assert "$1.00 per\nshare of the Common Stock" in out.text


def test_page_number_read_from_its_sequence():
    # glaciallakes (rv35): the "4" between "Membership Units from" and "Glacial Lakes to Fagen"
    # is page 4 as the converted text numbers pages 3 and 5 around it; the same lines alone,
    # with no page's number around them, are left as they are
    path = FILINGS / "rv35" / "glaciallakes_granitefalls_2009_sc13da_doc1.txt"
    lines = _html_text(path).text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.endswith("Membership Units from"))
    assert [line.strip() for line in lines[at + 1:at + 4]] == ["", "4", ""]
    assert lines[at + 4].startswith("Glacial Lakes to Fagen")
    alone = SourceText("x.txt", "\n".join(lines[at:at + 5]))
    assert drop_page_furniture(alone) is alone
    pages = [line.strip() for line in lines[:at] + lines[at + 5:]
             if PAGE_NUMBER_LINE.match(line)]
    assert pages == ["1", "2", "3", "5", "6"]
    out = drop_page_furniture(_html_text(path))
    assert "Membership Units from\nGlacial Lakes to Fagen" in out.text


def test_a_count_right_before_page_mark_is_kept():
    # a line of the paragraph (right under it, at its margin) before "<PAGE>" and what it
    # counts: the sentence's number, the break around it goes
    text = "Acme Fund has held\n750\n\n<PAGE>\n\nshares of Common Stock, or 5.1% of the class.\n"
    out = drop_page_furniture(SourceText("x.txt", text))
    assert "Acme Fund has held\n750\nshares of Common Stock" in out.text
    header = text.replace("<PAGE>\n", "<PAGE>\n\nCUSIP No. 123456789   13D   Page 4\n")
    assert "has held\n750\nshares of" in drop_page_furniture(SourceText("x.txt", header)).text


def test_a_number_that_may_be_the_page_s_before_page_mark_goes():
    # set off by a blank line, indented as a footer, or in the page sequence: maybe the page's
    # own number, never read as a count (the break goes with it)
    for text in ("Acme Fund has held\n\n750\n\n<PAGE>\n\nshares of Common Stock, or 5.1%.\n",
                 "Acme Fund has held\n              750\n\n<PAGE>\n\nshares of Common Stock.\n",
                 "Page 3\n\nAcme Fund has held\n4\n\n<PAGE>\n\nshares of Common Stock.\n\n5\n"):
        out = drop_page_furniture(SourceText("x.txt", text)).text
        assert "Acme Fund has held\nshares of Common Stock" in out, text


def test_ends_word():
    # a line a count may go on (holdout/2008_SC_13G_712034: "beneficial ownership includes");
    # never one ending in a count, a percent or a stop
    _reads(ENDS_WORD, ("FMR LLC's beneficial ownership includes", "an aggregate of",
                       "Acme Fund held  ", "the Fund owned, in the aggregate,",
                       "beneficially own the following:"),
           ("The Fund beneficially owns 1,000,000", "or 5.1%", "of the class.", "Item 5(a)"),
           find="search")


def test_a_count_after_a_comma_or_colon_before_page_mark_is_kept():
    # review rv47e item 4: a line ending in "," or ":" goes on with the count under it
    head = "As of December 31, 2005, the Fund owned, in the aggregate,"
    text = head + "\n750\n\n<PAGE>\n\nshares of Common Stock, or 5.1% of the class.\n"
    out = drop_page_furniture(SourceText("x.txt", text)).text
    assert head + "\n750\nshares of Common Stock" in out
    for head in (head, "The Reporting Persons beneficially own the following:"):
        lines = [head, "750", "", "<PAGE>", "", "shares of Common Stock"]
        assert _count_before_break(lines, 1, 4) == 1, head


def test_a_number_under_a_count_before_page_mark_goes():
    # review fx47: the line above ends in a count, so the bare "2" under it is the page's
    # number, not a second count; the break goes with it and the claim reads on
    text = "The Fund beneficially owns 1,000,000\n2\n<PAGE>\n\nshares of Common Stock, or 5.1%"
    out = drop_page_furniture(SourceText("x.txt", text)).text
    assert out == "The Fund beneficially owns 1,000,000\nshares of Common Stock, or 5.1%"
    # holdout/2008_SC_13G_712034 (lf47 fixture) with a count typed before its page's foot:
    # "includes 1,000" / "479" / "<PAGE>": the 479 goes as the page's
    path = FILINGS / "lf47" / "2008_SC_13G_712034_count_at_page_foot.txt"
    text = path.read_text(encoding="latin-1")
    assert "ownership includes\n479\n" in text
    out = drop_page_furniture(SourceText("x.txt", text.replace(
        "ownership includes\n479\n", "ownership includes 1,000\n479\n"))).text
    assert "beneficial ownership includes 1,000\nshares, or 0.001%, of the\n" in out


def test_justified_line_is_prose_spread_to_its_column():
    # totals31/1999_SC_13DA_1052262_primary.txt lines 445 and 431, justified to 80 columns
    under = "       Under  the  terms of the  Merger  Agreement,  each  Share  held by public"
    for line in ('share,  of  the  Surviving  Corporation  (the  "Surviving   Corporation  Stock")',
                 under):
        assert JUSTIFIED_LINE.match(line), line
    for line in ("Jane Roe     1,000",  # a table's gap
                 "Acme Fund   1,000   5.1%",  # too short to fill a column
                 "Acme Capital Partners LP\tDelaware\t1,000\t5.1% of the class of stock",
                 # tabs: cells
                 "Roe Fund   general partner   Delaware    1,000 shares    5.1% of the class"):
        assert not JUSTIFIED_LINE.match(line), line


def test_a_justified_line_is_no_table_row_but_a_wide_table_row_is():
    assert goes_on("Roe Fund paid $1.00 per", 'share,  of  the  Surviving  Corporation  (the  '
                                              '"Surviving   Corporation  Stock")')
    # capitals only, no prose words: a table's row even when it fills the column
    assert not goes_on("Roe Fund paid $1.00 per", "ACME CAPITAL   PARTNERS   LP   DELAWARE   "
                                                  "1,000   SHARES   5.1%   OF   CLASS")
