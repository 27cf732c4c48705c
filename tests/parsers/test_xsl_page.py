"""Pages rendered by the SEC's XSL stylesheets (graphkit.parsers.xsl_page): real values read
from the rendered Form D of Hashnote Stablecoin Fund LP, and the module's patterns."""

from __future__ import annotations

import re

import lxml.html
import pytest

from graphkit.errors import ParseError
from graphkit.parsers import xsl_page as xp
from graphkit.parsers.xsl_page import (CellKind, Field, FlatText, XslPage, find_row,
                                       group_fields, read_fields)
from graphkit.source import SourceText
from tests.conftest import corpus_file

HTML = "formd_xml/hashnote_stablecoin_2023_d_rendered.html"


@pytest.fixture(scope="module")
def page() -> XslPage:
    return XslPage(SourceText(path="page.html",
                              text=corpus_file(HTML).read_text(encoding="utf-8")))


def fragment(html: str) -> list:
    return lxml.html.fragments_fromstring(html)


def test_sections_in_page_order(page):
    assert [k for k, _ in page.sections] == [
        "", *(str(n) for n in range(1, 17)), "Signature and Submission"]
    title = page.section("3")[0]
    assert title.get("class") == "SectionTitle" and title.sourceline == 150
    assert page.section("99") == [] and page.section("3", 1) == []
    assert page.sections_named("3") == [page.section("3")]


def test_fields_pair_labels_with_values_by_column(page):
    got = [(f.label, f.text, f.el.sourceline) for f in read_fields(page.section("3")[1])]
    assert got == [("Last Name", "Mizuhara", 158), ("First Name", "Leo", 159),
                   ("Street Address 1", "540 West Ave, Apt 1711", 165),
                   ("City", "Miami Beach", 172), ("State/Province/Country", "FLORIDA", 173),
                   ("ZIP/PostalCode", "33139", 174)]


def test_flat_text_writes_boxes_before_their_labels(page):
    flat = FlatText(page.section("3")[1:])
    assert flat.text.endswith("Relationship:\t☐ Executive Officer\t☒ Director\t☐ Promoter\t"
                              "Clarification of Response (if Necessary):\t"
                              "Director of general partner")
    assert [b.label for b in flat.checked()] == ["Director"]
    boxes = flat.boxes(["Promoter", "Director", "Executive Officer"])
    assert {o: b.checked for o, b in boxes.items()} == {
        "Promoter": False, "Director": True, "Executive Officer": False}
    box = flat.cell_at(boxes["Director"].start)
    assert (box.kind, box.text, box.el.tag) == (CellKind.BOX, "☒", "td")
    assert flat.after("clarification of response").text == "Director of general partner"
    assert flat.after("Clarification", start=len(flat.text)) is None


def test_rows_and_find_row(page):
    sums = page.rows(page.section("13"), "Offering and Sales Amounts")
    assert [r.text for r in sums] == ["Total Offering Amount\tUSD\tor\t☒ Indefinite",
                                      "Total Amount Sold\t$\t100,000\tUSD",
                                      "Total Remaining to be Sold\tUSD\tor\t☒ Indefinite"]
    assert find_row(sums, "total amount sold").first_value() == "100,000"
    assert find_row(sums, "Total Offering Amount").first_value() is None
    investors = page.rows(page.section("14"), "Investors")
    total = find_row(investors, re.compile(r"total\s+number\s+of\s+investors"))
    assert total is investors[1] and total.first_value() == "1"
    assert find_row(investors, "Minimum") is None


def test_group_fields_cuts_repeated_blocks(page):
    fields = [f for t in page.tables(page.section("Signature and Submission"),
                                     "Signature Block") for f in read_fields(t)]
    (block,) = group_fields(fields, "Issuer")
    assert {k: f.text for k, f in block.items()} == {
        "Issuer": "Hashnote Stablecoin Fund LP", "Signature": "Andrew Ridenour",
        "Name of Signer": "Andrew Ridenour", "Title": "Advisor", "Date": "2023-03-10"}
    two = group_fields([Field("Recipient", "A", None), Field("CRD", "1", None),
                        Field("Recipient", "B", None)], "Recipient")
    assert [list(b) for b in two] == [["Recipient", "CRD"], ["Recipient"]]
    assert group_fields([Field("CRD", "1", None)], "Recipient")[0]["CRD"].text == "1"


def test_evidence_cites_whole_html_lines(page):
    name = next(f for t in page.section("1") if t.tag == "table" for f in read_fields(t)
                if f.label == "Name of Issuer")
    ev = page.evidence([name.el], "issuer", name.text)
    assert (ev.line, ev.end_line, ev.text, ev.section) == (
        105, 105, "Hashnote Stablecoin Fund LP", "issuer")
    block = [el for el in page.section("3") if el.tag == "table"]
    ev = page.evidence(block, "related person 1")
    assert (ev.line, ev.end_line) == (151, 184) and "☒ Director" in ev.text
    assert page.src.line_of(page.pos(page.section("3")[0])) == 150
    assert page.evidence([], "none") is None


def test_evidence_lines_count_from_the_original_file():
    src = SourceText(path="sub.txt", text='<html><body>\n<p class="FormData">x</p></body></html>',
                     offset=1000, line_offset=40)
    page = XslPage(src)
    ev = page.evidence(page.section(""), "s")
    assert (ev.line, ev.start, ev.text) == (42, 1013, "x")


def test_cells_of_every_kind():
    flat = FlatText(fragment('<div><span class="SmallFormText">Label</span>'
                             '<a href="x">Link</a><td class="CheckBox"></td>'
                             '<span class="FormDataR">1</span><!-- note --></div>'))
    assert [(c.kind.value, c.text, c.start) for c in flat.cells] == [
        ("label", "Label", 0), ("data", "Link", 6), ("box", "☐", 11), ("data", "1", 13)]
    assert flat.text == "Label\tLink\t☐ 1"
    assert flat.has_label("label") and not flat.has_label("Link")
    assert flat.has_label(re.compile("ab")) and not flat.has_label(re.compile("^b"))
    with pytest.raises(IndexError, match="no cell at 0"):
        FlatText([]).cell_at(0)


def test_not_html_raises_naming_the_file():
    with pytest.raises(ParseError, match="empty.html"):
        XslPage(SourceText(path="empty.html", text=""))


@pytest.mark.parametrize("title, number, name", [
    ("13. Offering and Sales Amounts", "13", "Offering and Sales Amounts"),
    ("  3. Related Persons ", "3", "Related Persons"),
    ("Signature and Submission", None, "Signature and Submission"),
    ("2023. A year", None, "2023. A year"),
])
def test_section_title_pattern(title, number, name):
    m = xp.SECTION_TITLE.match(title)
    assert (m["number"], m["title"]) == (number, name)


@pytest.mark.parametrize("cls, label, data", [
    ("FormText", True, False), ("FormTextR", True, False), ("SmallFormTextC", True, False),
    ("MedSmallFormText", True, False), ("FormData", False, True), ("FormDataR", False, True),
    ("SmallFormData", False, True), ("FormTitle", False, False), ("FootnoteData", False, False),
    ("MedSmallFormData", False, False),
])
def test_class_patterns(cls, label, data):
    assert (bool(xp.LABEL_CLASS.match(cls)), bool(xp.DATA_CLASS.match(cls))) == (label, data)
