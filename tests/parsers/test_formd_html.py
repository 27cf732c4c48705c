"""SEC-rendered HTML Form D (graphkit.parsers.formd_html): the golden record, the same filing's
XML record, evidence lines, and the page's patterns.

The golden file ``tests/golden/formd_hashnote_rendered_html.json`` was written by the parser and
reviewed against the page (and against ``formd_hashnote_stablecoin_2023.json``, the XML of the
same filing). Rewrite after a deliberate change with ``GRAPHKIT_WRITE_GOLDEN=1`` and review.
"""

from __future__ import annotations

import json
import os
import re

import pytest

from graphkit.errors import ParseError
from graphkit.models import HeaderCompany, SubmissionHeader
from graphkit.parsers import formd_html as fh
from graphkit.parsers.formd_html import looks_like_formd_html, parse_formd_html
from graphkit.parsers.formd_xml import parse_formd_xml
from graphkit.source import SourceText
from tests.conftest import SEED_FORMD, corpus_file
from tests.parsers.test_formd_golden import GOLDEN, stable_view, xml_source

HTML = "formd_xml/hashnote_stablecoin_2023_d_rendered.html"
XML = "formd_xml/hashnote_stablecoin_2023_d.txt"


def html_text() -> str:
    return corpus_file(HTML).read_text(encoding="utf-8")


def set_box(text: str, label: str, checked: bool) -> str:
    """The page with the box before ``label`` (a FormText cell) checked or not."""
    box = r'<td class="CheckBox">(?:\s*|<span class="FormData">X</span>)</td>'
    mark = '<span class="FormData">X</span>' if checked else "  "
    new, n = re.subn(box + rf'(\n<td class="FormText">{re.escape(label)}</td>)',
                     lambda m: f'<td class="CheckBox">{mark}</td>' + m.group(1), text, count=1)
    assert n == 1, label
    return new


def parse(text: str | None = None, header: SubmissionHeader | None = None):
    return parse_formd_html(SourceText(path="page.html", text=text or html_text()), header)


@pytest.fixture(scope="module")
def rec():
    return parse()


@pytest.fixture(scope="module")
def xml_rec():
    return parse_formd_xml(xml_source(corpus_file(XML)))


def test_golden(rec):
    got = stable_view(rec)
    path = GOLDEN / "formd_hashnote_rendered_html.json"
    if os.environ.get("GRAPHKIT_WRITE_GOLDEN"):
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert got == json.loads(path.read_text(encoding="utf-8"))


def test_set_box_helper():
    assert set_box(html_text(), "Amendment", True).count('<span class="FormData">X</span>') \
        == html_text().count('<span class="FormData">X</span>') + 1


def test_same_record_as_the_xml(rec, xml_rec):
    assert stable_view(rec) == stable_view(xml_rec)
    assert rec.issuer == xml_rec.issuer  # name, CIK and address ("FLORIDA" put back as "FL")
    for h, x in zip(rec.parties, xml_rec.parties, strict=True):
        assert (h.id, h.addresses, h.identifiers, h.jurisdiction) == \
            (x.id, x.addresses, x.identifiers, x.jurisdiction)
        assert [(r.field, r.value, r.note) for r in h.readings] == \
            [(r.field, r.value, r.note) for r in x.readings]
    assert [(c.relation, c.source, c.target, c.note, c.as_of) for c in rec.claims] == \
        [(c.relation, c.source, c.target, c.note, c.as_of) for c in xml_rec.claims]
    assert [s.on_behalf_of for s in rec.signatures] == [s.on_behalf_of for s in xml_rec.signatures]
    assert rec.offering.phone == xml_rec.offering.phone == "3123712652"
    xml_readings = {r.field: (r.raw.replace(",", ""), r.value, r.note)
                    for r in xml_rec.offering.readings}
    html_readings = {r.field: (r.raw.replace(",", ""), r.value, r.note)
                     for r in rec.offering.readings}
    assert {k: html_readings[k] for k in xml_readings} == xml_readings
    assert [w.code for w in rec.warnings] == [w.code for w in xml_rec.warnings]


def test_amounts_beyond_the_xml_parser(rec):
    got = {r.field: (r.value, r.note) for r in rec.offering.readings}
    assert got["sales_commissions"] == (50000.0, "estimate")
    assert got["finders_fees"] == (0.0, None)
    assert got["gross_proceeds_used"] == (0.0, None)
    assert got["total_offering_amount"] == (None, "not a number")  # "Indefinite" box


def test_evidence_cites_html_lines(rec):
    issuer = rec.party("issuer")
    assert (issuer.evidence[0].line, issuer.evidence[0].text) == (105, issuer.name)
    claim = rec.claims[0]
    assert [(e.line, e.end_line) for e in claim.evidence] == [(151, 184), (187, 187)]
    assert "☒ Director" in claim.evidence[0].text
    assert claim.evidence[1].text == "Director of general partner"
    assert rec.signatures[0].evidence.line == 881
    assert rec.warnings[0].line == 187
    offering = {r.field: r.evidence for r in rec.offering.readings}
    assert offering["total_amount_sold"].line == 772
    assert offering["jurisdiction"].text == "DELAWARE"
    lines = html_text().split("\n")
    assert "Mizuhara" in lines[158 - 1] and "100,000" in lines[774 - 1]


def test_header_gives_form_accession_and_cik():
    hdr = SubmissionHeader(accession_number="0001968399-23-000002", form_type="D",
                           companies=[HeaderCompany(role="filer", name="Other Name",
                                                    cik="1968399")])
    r = parse(header=hdr)
    assert (r.form, r.accession_number, r.issuer.cik) == ("D", "0001968399-23-000002",
                                                          "0001968399")


def test_amendment_and_arithmetic_warning():
    text = set_box(set_box(html_text(), "New Notice", False), "Amendment", True)
    for label, amount in (("Total Offering Amount", "300,000"),
                          ("Total Remaining to be Sold", "100,000")):
        text = text.replace(f'<td class="FormText">{label}</td>\n<td></td>',
                            f'<td class="FormText">{label}</td>\n<td align="right"><span '
                            f'class="FormData">{amount}</span></td>')
    r = parse(text)
    assert (r.form, r.offering.is_amendment) == ("D/A", True)
    assert r.offering.total_offering_amount == 300000.0
    w = [w for w in r.warnings if w.code == "sum-mismatch"]
    assert [(x.line, x.message) for x in w] == [
        (759, "offered 300,000 less sold 100,000 is not the remaining 100,000")]


def test_non_accredited_investors_and_empty_person():
    text = html_text().replace(
        '<td valign="middle"><table border="0" summary="Table with single CheckBox"><tr>'
        '<td class="CheckBox">  </td></tr></table></td>',
        '<td valign="middle"><table border="0" summary="Table with single CheckBox"><tr>'
        '<td class="CheckBox"><span class="FormData">X</span></td></tr></table></td>')
    assert text.count('<span class="FormData">X</span></td></tr></table></td>') == 1
    text = text.replace('summary="Investors, Number Non Accredited Investors"><tbody><tr></tr>',
                        'summary="Investors, Number Non Accredited Investors"><tbody><tr>'
                        '<td class="FormData">1</td></tr>')
    text = text.replace('<td class="FormData">Mizuhara</td>\n<td class="FormData">Leo</td>',
                        '<td class="FormData">N/A</td>\n<td class="FormData"></td>')
    r = parse(text)
    assert (r.offering.accredited_investors, r.offering.non_accredited_investors) == (0, 1)
    assert [(w.code, w.line) for w in r.warnings] == [("empty-related-person", 151)]
    assert r.claims == []


def test_not_a_form_d_raises():
    with pytest.raises(ParseError, match="x.html"):
        parse_formd_html(SourceText(path="x.html", text="<html><body>hello</body></html>"))
    with pytest.raises(ParseError, match="y.html"):
        parse_formd_html(SourceText(path="y.html", text=""))


def test_looks_like_formd_html():
    assert looks_like_formd_html(html_text())
    assert not looks_like_formd_html(corpus_file(XML).read_text(encoding="utf-8"))
    assert not looks_like_formd_html(SEED_FORMD.read_text(encoding="utf-8"))
    assert not looks_like_formd_html("<html><body>Notice of Exempt Offering of Securities"
                                      "</body></html>")  # no rendered check boxes


# --- patterns and helpers --------------------------------------------------------------------

def test_page_patterns():
    assert fh.FORMD_HTML_TITLE.search("FORM D<br><br>Notice of Exempt Offering of Securities")
    assert fh.CHECKBOX_CELL.search('<td class="CheckBox"><span class="FormData">X</span>')
    assert not fh.CHECKBOX_CELL.search('<td class="FormText">CheckBox</td>')
    assert fh.HTML_START.search('\n<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">')
    assert not fh.HTML_START.search("<?xml version='1.0'?><edgarSubmission>")
    m = fh.SECTION_TITLE.match("13. Offering and Sales Amounts")
    assert (m["number"], m["title"]) == ("13", "Offering and Sales Amounts")
    m = fh.SECTION_TITLE.match("Signature and Submission")
    assert (m["number"], m["title"]) == (None, "Signature and Submission")


def test_class_patterns():
    assert all(fh.LABEL_CLASS.match(c) for c in ("FormText", "FormTextR", "SmallFormTextC",
                                                  "MedSmallFormText"))
    assert not fh.LABEL_CLASS.match("FormTitle") and not fh.LABEL_CLASS.match("FormData")
    assert all(fh.DATA_CLASS.match(c) for c in ("FormData", "FormDataR", "SmallFormData"))
    assert not fh.DATA_CLASS.match("FootnoteData")


def test_investor_row_patterns():
    assert fh.NON_ACCREDITED_ROW.match("Select if securities in the offering have been or may "
                                       "be sold to persons who do not qualify")
    total = ("Regardless of whether securities in the offering have been or may be sold to "
             "persons who do not qualify as accredited investors, enter the total number of "
             "investors who already have invested in the offering:")
    assert fh.TOTAL_INVESTORS_ROW.search(total) and not fh.NON_ACCREDITED_ROW.match(total)


@pytest.mark.parametrize("label, name", [
    ("Rule 506(c)", "Rule 506(c)"),
    ("Rule 504 (b)(1)(iii)", "Rule 504(b)(1)(iii)"),
    ("Rule 504(b)(1) (not (i), (ii) or (iii))", "Rule 504"),
    ("Investment Company Act Section 3(c)", "Investment Company Act Section 3(c)"),
    ("Section 3(c)(9)  ", "Section 3(c)(9)"),
    ("Securities Act Section 4(a)(5)", "Securities Act Section 4(a)(5)"),
    ("Rule 999", "Rule 999"),
])
def test_exemption_labels(label, name):
    assert fh._exemption(label) == name


def test_address_puts_state_codes_back():
    assert fh._address({"Street Address 1": "1 Main St", "Street Address 2": "None",
                        "City": "Georgetown", "State/Province/Country": "CAYMAN ISLANDS",
                        "ZIP/PostalCode": "KY1"}) == "1 Main St, Georgetown, E9 KY1"
