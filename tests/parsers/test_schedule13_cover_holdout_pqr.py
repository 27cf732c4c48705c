"""Cover pages, front pages and Item 4 read again after the holdout evaluations p, q and r
(seventh session): real Schedule 13D/13G filings graphkit had never seen, in
tests/fixtures/filings/holdout/.

Misspelt dispositive row labels; a text document whose "<PAGE>" tags were taken for HTML;
the form's own heading above the issuer's name; an event date printed above the CUSIP; the
last Item 4 sub-item running into the next item's heading; a cover row's value after a
lone sub-label "(a)"; the count of shares outstanding stated after the word; the class named
in Item 2(d) under a front page without captions.
"""

from __future__ import annotations

import pytest

from graphkit.detect import HTML_MARKER
from graphkit.models import FilingRecord
from graphkit.parse import parse_path
from graphkit.parsers.schedule13_cover_names import read_name_cell
from graphkit.parsers.schedule13_cover_patterns import (ROW_SHARED_DISPOSITIVE,
                                                        ROW_SHARED_VOTING, ROW_SOLE_DISPOSITIVE,
                                                        ROW_SOLE_VOTING, SUB_LABEL)
from graphkit.parsers.schedule13_front import (FORM_HEADING, HEADING_LINE, read_front_page,
                                               read_item2_class)
from graphkit.parsers.schedule13_items import NEXT_ITEM_HEADING, read_item4_values
from graphkit.parsers.schedule13_outstanding import read_outstanding
from graphkit.source import SourceText
from tests.conftest import corpus_file
from tests.holdout import HOLDOUT, holdout_record as _record


def _holding(rec: FilingRecord, who: str) -> dict:
    names = {p.id: p.name for p in rec.parties}
    [claim] = [c for c in rec.claims if c.relation.value == "beneficial_owner_of"
               and names[c.source] == who]
    return {k: v for k, v in claim.facts().items() if v is not None}


# --- 1. misspelt dispositive row labels ------------------------------------------------------

def test_misspelt_dispositive_rows_are_not_shared_voting():
    # lines 170-176: "6.   SHARED VOTING POWER" / "1,096,400" ... "7.   SOLE DISPOTIVE POWER"
    # / "0" ... "8.   SHARED DISPOTIVE POWER" / "1,457,700"
    rec = _record("2004_SC_13G_866368.txt")
    h = _holding(rec, "Wellington Management Company, LLP")
    assert (h["sole_voting"], h["shared_voting"], h["sole_dispositive"],
            h["shared_dispositive"], h["shares"]) == (0, 1096400, 0, 1457700, 1457700)
    assert not [w for w in rec.warnings if w.code == "value-conflict"]


@pytest.mark.parametrize("pattern, text, found", [
    (ROW_SHARED_DISPOSITIVE, "8.   SHARED DISPOTIVE POWER", "SHARED DISPOTIVE POWER"),
    (ROW_SHARED_DISPOSITIVE, "10  SHARED DISPOSITVE POWER", "SHARED DISPOSITVE POWER"),
    (ROW_SHARED_DISPOSITIVE, "(8)  Shared Disposi-   0", "Shared Disposi"),
    (ROW_SHARED_DISPOSITIVE, "8. Shared Dispositive Power", "Shared Dispositive Power"),
    (ROW_SOLE_DISPOSITIVE, "7.   SOLE DISPOTIVE POWER", "SOLE DISPOTIVE POWER"),
    (ROW_SOLE_DISPOSITIVE, "9. SOLE DISPOSITION POWER", "SOLE DISPOSITION POWER"),
    (ROW_SHARED_DISPOSITIVE, "6. SHARED VOTING POWER", None),
    (ROW_SOLE_DISPOSITIVE, "5. SOLE VOTING POWER", None),
    (ROW_SHARED_DISPOSITIVE, "the shared power to dispose", None),
    (ROW_SHARED_VOTING, "8.   SHARED DISPOTIVE POWER", None),
    (ROW_SOLE_VOTING, "7.   SOLE DISPOTIVE POWER", None),
])
def test_dispositive_row_labels(pattern, text, found):
    m = pattern.search(text)
    assert (m.group(0) if m else None) == found


# --- 2. a text document with "<PAGE>" tags and no "SCHEDULE 13G" title -----------------------

def test_text_filing_with_page_tags_and_no_title_is_read_as_text():
    # lines 75-85: "SECURITIES EXCHANGE COMMISSION" / "Washington, DC 20549" / "Under the
    # Securities Exchange Act of 1934" / "(Amendment No. 0 )" / "TOWER AUTOMOTIVE, INC." /
    # "(Name of Issuer)" / "Common" / "(Title of Class of Securities)"; line 89 "January 25,
    # 2002" above "(Date of Event ...)", the CUSIP's caption below it; lines 224-226 "(iv)
    # shared power to dispose or to direct disposition     0" / "" / "Item 5.  Ownership ..."
    rec = _record("2002_SC_13G_925548.txt")
    assert rec.issuer.name == "TOWER AUTOMOTIVE, INC."
    assert rec.security_class == "Common"
    assert str(rec.event_date) == "2002-01-25"
    h = _holding(rec, "PIONEER GLOBAL ASSET MANAGEMENT SPA")
    assert (h["shares"], h["sole_voting"], h["shared_voting"], h["sole_dispositive"],
            h["shared_dispositive"]) == (2956810, 2956810, 0, 2956810, 0)


@pytest.mark.parametrize("text, html", [
    ("<PAGE>\n\nItem 4.  Ownership", False),
    ("<TABLE>\n<CAPTION>", False),
    ("<p align=center>SCHEDULE 13G</p>", True),
    ("<P>Item 1", True),
    ("<html><body>", True),
])
def test_html_marker_is_not_a_page_tag(text, html):
    assert bool(HTML_MARKER.search(text)) is html


@pytest.mark.parametrize("text, issuer", [
    # the heading lines above the name, with no title line
    ("SECURITIES EXCHANGE COMMISSION\n\nWashington, DC 20549\n\nUnder the Securities Exchange "
     "Act of 1934\n\n(Amendment No. 0 )\n\n\nACME, INC.\n(Name of Issuer)\n", "ACME, INC."),
    # no blank line between the heading and the name
    ("UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\nAcme Corp.\n"
     "(Name of Issuer)\n", "Acme Corp."),
    # a page whose line breaks were lost: the heading runs into the name's line
    ("SECURITIES EXCHANGE COMMISSION Washington, DC 20549 Under the Securities Exchange Act "
     "of 1934 (Amendment No. 0 ) ACME, INC. (Name of Issuer) Common (Title of Class of "
     "Securities)", "ACME, INC."),
    # an issuer named "United States ..." keeps its name
    ("SCHEDULE 13G\n\nUnited States Acme Corp.\n(Name of Issuer)\n", "United States Acme Corp."),
    # a name over two lines is still read whole
    ("SCHEDULE 13D\n(Amendment No. 2)*\n\nAcme Holdings\nCorporation\n(Name of Issuer)\n",
     "Acme Holdings Corporation"),
])
def test_issuer_name_is_never_the_form_heading(text, issuer):
    assert read_front_page(SourceText(path="x.txt", text=text)).issuer_name == issuer


def test_class_after_a_heading_run_into_one_line():
    src = SourceText(path="x.txt", text="SECURITIES EXCHANGE COMMISSION (Amendment No. 0 ) "
                     "ACME, INC. (Name of Issuer) Common (Title of Class of Securities)")
    assert read_front_page(src).security_class == "Common"


def test_event_date_above_the_cusip_caption():
    src = SourceText(path="x.txt", text="Acme Corp.\n(Name of Issuer)\n\nCommon\n(Title of "
                     "Class of Securities)\n\nJanuary 25, 2002\n\n(Date of Event Which Requires "
                     "Filing of this Statement)\n\n[x] Rule 13d-1(c)\n\n  123456109\n(CUSIP "
                     "NUMBER)\n")
    fp = read_front_page(src)
    assert (str(fp.event_date), fp.cusip) == ("2002-01-25", "123456109")


@pytest.mark.parametrize("text, found", [
    ("Washington, DC 20549", "Washington, DC 20549"),
    ("SECURITIES AND EXCHANGE COMMISSION", "SECURITIES AND EXCHANGE COMMISSION"),
    ("Under the Securities Exchange Act of 1934", "Under the Securities Exchange Act of 1934"),
    ("(Amendment No. 0 )", "(Amendment No. 0 )"),
    ("SCHEDULE 13G", "SCHEDULE 13G"),
    ("(Rule 13d-102)", "(Rule 13d-102)"),
    ("Acme Exchange Corp.", None),
    ("Washington Acme Trust", None),
    ("United States Acme Corp.", None),
])
def test_form_heading_pattern(text, found):
    m = FORM_HEADING.search(text)
    assert (m.group(0) if m else None) == found


@pytest.mark.parametrize("line, heading", [
    ("                         SECURITIES EXCHANGE COMMISSION", True),
    ("  UNITED STATES", True),
    ("Washington, D.C. 20549", True),
    ("SCHEDULE 13D  (Amendment No. 3)*", True),
    ("  ACME, INC.", False),
    ("United States Acme Corp.", False),
    ("Acme Washington, D.C. 20549 Inc.", False),
])
def test_heading_line_pattern(line, heading):
    assert bool(HEADING_LINE.fullmatch(line)) is heading


# --- 3. the last Item 4 sub-item ends at the next item's heading -----------------------------

def test_last_sub_item_ends_at_the_next_item_heading_on_its_line():
    text = ("Item 4. Ownership. (a) Amount Beneficially Owned: 1000 (b) Percent of Class: 6.1% "
            "(c) Number of shares as to which such person has (i) sole power to vote or to "
            "direct the vote 1000 (ii) shared power to vote or to direct vote 0 (iii) sole "
            "power to dispose or to direct disposition of 1000 (iv) shared power to dispose or "
            "to direct disposition 0 Item 5. Ownership of Five Percent or Less of a Class. If "
            "this statement is being filed")
    read = {v.field: v.reading.value
            for v in read_item4_values(SourceText(path="x.txt", text=text), 0, len(text))}
    assert read == {"aggregate": 1000, "percent": 6.1, "sole_voting": 1000, "shared_voting": 0,
                    "sole_dispositive": 1000, "shared_dispositive": 0}


@pytest.mark.parametrize("text, found", [
    (" 0  Item 5. Ownership of Five Percent", "Item 5. O"),
    (" 0\n\nITEM 6: OWNERSHIP OF MORE", "ITEM 6: O"),
    (" See Item 9 of the cover page", None),
    (" See Items 5-9 of the cover pages", None),
    (" item 5. ownership", None),
])
def test_next_item_heading_pattern(text, found):
    m = NEXT_ITEM_HEADING.search(text)
    assert (m.group(0) if m else None) == found


# --- 4. a cover row's value after a lone sub-label "(a)" -------------------------------------

def test_name_and_type_after_a_lone_sub_label():
    # line 260 "(a)&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Jeffrey
    # Klausner" (row 1); line 481 "(a)&nbsp;...&nbsp; IN" (row 12)
    report = parse_path(HOLDOUT / "2006_SC_13G_1274032.txt")
    assert not [w for w in report.warnings if w.code == "reporting-person-from-header"]
    [rec] = report.records
    [klausner] = [p for p in rec.parties if p.name == "Jeffrey Klausner"]
    assert klausner.type_codes == ["IN"]
    assert _holding(rec, "Jeffrey Klausner")["shares"] == 413056


@pytest.mark.parametrize("region, name", [
    (" (a) Jane Q. Roe\n", "Jane Q. Roe"),
    ("\n  (a)   Acme Capital Partners, L.P.\n", "Acme Capital Partners, L.P."),
    (" (a) Acme Fund, L.P.\n (b) Acme GP LLC\n", None),     # two persons: no one's page
    (" (a) [ ]\n (b) [x]\n  Acme Fund, L.P.\n", "Acme Fund, L.P."),
])
def test_name_cell_after_a_sub_label(region, name):
    text = "1. Names of Reporting Persons." + region
    r = read_name_cell(SourceText(path="x.txt", text=text), text, 30, len(text))
    assert (r.value if r else None) == name


@pytest.mark.parametrize("text, found", [
    (" (a) Jane Q. Roe", "(a) "),
    ("(See Instructions) (a)   IN", "(a)   "),
    (" (a) [ ]", None),
    (" (a) o", None),
    ("Roe(a) Jane", None),
])
def test_sub_label_pattern(text, found):
    m = SUB_LABEL.search(text)
    assert (m.group(0) if m else None) == found


# --- 5. the count of shares outstanding after the word ---------------------------------------

def test_outstanding_count_after_the_word():
    # lines 366-368: "in which the Issuer stated that the / number of shares of its common
    # stock, $0.001 par value, outstanding as of / June 21, 2007 was 22,203,256 shares."
    rec = parse_path(corpus_file("13g/enable_enerjex_2007_sc13g.txt")).records[0]
    assert rec.outstanding_shares.value == 22203256


@pytest.mark.parametrize("text, count", [
    ("the number of shares of its common stock, $0.001 par value, outstanding as of\n"
     "June 21, 2007 was 22,203,256 shares.", 22203256),
    ("As of June 21, 2007, 22,203,256 shares of common stock were outstanding.", 22203256),
    ("the aggregate number of shares outstanding on March 3, 2006 was 7,170,000", 7170000),
    ("Common Stock outstanding at 12/31/2006 totaled 1,500,000.", 1500000),
    ("options outstanding as of May 1, 2007 were 1,000,000", None),
    ("shares of common stock and warrants outstanding as of May 1, 2007 were 1,000,000", None),
    ("Acme held 50,000 shares. Its warrants outstanding as of May 1, 2007 totaled 120,000", None),
    ("the percent of the shares outstanding as of May 1, 2007 was 5.2%", None),
    ("the shares outstanding as of May 1, 2007 was 120,000%", None),
])
def test_outstanding_pattern_with_the_count_after_the_word(text, count):
    r = read_outstanding(SourceText(path="x.txt", text=text))
    assert (r.value if r else None) == count


# --- 6. the class named in Item 2(d) when the front page has no class caption ----------------

def test_class_from_item_2d_under_a_front_page_without_captions():
    # lines 92-93 "ACCO Brands Corporation" / "Common Stock" (no captions); lines 154-156
    # "Item 2(d).\tTitle of Class of Securities:" / "" / "\t\tCommon Stock"
    assert _record("2008_SC_13G_712034.txt").security_class == "Common Stock"


@pytest.mark.parametrize("text, found", [
    ("Item 2(d).\tTitle of Class of Securities:\n\n\t\tCommon Stock\n\nItem 2(e).", "Common Stock"),
    ("(d) Title of Class of Securities: Class A Common Stock\n(e) CUSIP", "Class A Common Stock"),
    ("(d)  Title of Class of Securities\n      Common Shares\n", "Common Shares"),
    ("(d) Title of Class of Securities: See the cover page\n", None),
    ("(d) Citizenship: Delaware\n", None),
    ("ITEM 2  (d)  TITLE OF CLASS OF SECURITIES:\n          Acme II Corp.\n", None),  # the issuer
])
def test_item_2d_class(text, found):
    src = SourceText(path="x.txt", text=text)
    assert read_item2_class(src, 0, len(text), issuer="Acme II Corp.") == found


def test_header_fallback_warning_says_no_cover_page_names_the_filer():
    # 925548 lines 119-121: a two-column cover ("1)  Name of Reporting   Pioneer" / "Person
    # Global Asset"), not read; line 178 Item 2(a) names the filer, so the warning must not
    # say the form names no one
    report = parse_path(HOLDOUT / "2002_SC_13G_925548.txt")
    [w] = [w for w in report.warnings if w.code == "reporting-person-from-header"]
    assert w.message.startswith("no cover page names a reporting person readably")
