"""Cover-page numbers, names and type codes of real filings first read after release (sets h, i).

Each filing (public SEC filings, in ``tests/fixtures/filings/cover/``) prints its cover in a
way that was not read before: a footnote mark typeset as a superscript after a number (HTML),
numbers between dashes ("-3,416,000-"), a footnote digit glued onto a number ("1,353,4681"),
the aggregate's value on the first line of a two-line label, a footnote under the cover naming
"S.A." companies, and a trustee's name wrapped onto a second line. The values asserted are the
ones the filings print.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers import html_superscripts as sup
from graphkit.parsers import schedule13_cover as cover
from graphkit.parsers import schedule13_cover_patterns as patterns
from graphkit.parsers import schedule13_reporting as reporting
from graphkit.parsers.html_text import html_to_text, html_to_text_mapped
from graphkit import ocr
from graphkit.source import SourceText

FILINGS = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "cover"


def _fixture(name: str) -> Path:
    """One unseen filing: in cover/, or where another area's tests keep it (one copy each)."""
    own = FILINGS / name
    return own if own.exists() else next(FILINGS.parent.glob(f"*/{name}"))


def _parse(name: str):
    report = parse_path(_fixture(name))
    [rec] = report.records
    names = {p.id: p for p in rec.parties}
    holdings = {names[c.source].name: c.facts() for c in rec.claims
                if c.relation.value == "beneficial_owner_of"}
    return report, rec, names, holdings


# --- superscript footnote marks in HTML --------------------------------------------------------

def test_superscript_marks_on_a_typeset_cover():
    # 2013 SC 13D/A No. 7: "36,832,408" then <font style="FONT-SIZE: 70%; VERTICAL-ALIGN:
    # text-top">1</font> in the voting row of TI, TII (mark 2) and Sofora (mark 3)
    _, rec, names, holdings = _parse("2013_SC_13DA_932470.txt")
    ti, tii = holdings["Telecom Italia S.p.A."], holdings["Telecom Italia International N.V."]
    sofora, nortel = holdings["Sofora Telecomunicaciones S.A."], holdings["Nortel Inversora S.A."]
    for h in (ti, tii):
        assert (h["shares"], h["shared_voting"], h["shared_dispositive"], h["percent"]) == (
            36832408, 36832408, 36832408, 7.64)
        assert h.get("sole_voting") is None
    for h in (sofora, nortel):
        assert (h["shares"], h["sole_voting"], h["sole_dispositive"]) == (
            36832408, 36832408, 36832408)
    # "HC, CO" on every cover; the footnotes below name "S.A." companies, no code "SA"
    assert {p.name: p.type_codes for p in rec.parties if p.type_codes} == {
        "Sofora Telecomunicaciones S.A.": ["HC", "CO"], "Telecom Italia S.p.A.": ["HC", "CO"],
        "Telecom Italia International N.V.": ["HC", "CO"], "Nortel Inversora S.A.": ["HC", "CO"]}


def test_superscript_written_as_a_bracketed_mark_and_mapped_to_its_digit():
    html = ('<div><font><b>36,832,408</b><font style="FONT-SIZE: 70%; VERTICAL-ALIGN: text-top">'
            '1</font></font></div>\n<p>Acme Fund<sup>2</sup>, on the 1<sup>st</sup></p>\n'
            '<table><tr><td style="vertical-align: top">5</td><td>Sole Voting Power</td></tr>'
            '</table>')
    m = html_to_text_mapped(html)
    assert m.text == "36,832,408(1)\n\nAcme Fund(2), on the 1st\n\n5 | Sole Voting Power"
    for digit, at in (("1", m.text.index("(1)") + 1), ("2", m.text.index("(2)") + 1)):
        offset, _ = m.origin.locate(at)
        assert html[offset] == digit
    offset, line = m.origin.locate(m.text.index("36,832"))
    assert html.startswith("36,832,408", offset) and line == 1
    # a footnote mark glued as "(1)" is blanked before the row is read
    assert cover.clean_cover_text("Shared Voting Power 36,832,408(1)").split() == [
        "Shared", "Voting", "Power", "36,832,408"]


@pytest.mark.parametrize("html, text", [
    ("<p>5,000<sup>12</sup></p>", "5,000(12)"),
    ('<p>5,000<span style="vertical-align:super">3</span></p>', "5,000(3)"),
    ('<p>5,000<span style="vertical-align: top; font-size: 6pt">3</span></p>', "5,000(3)"),
    # not marks: an ordinal, a raised number of three digits, body-sized text aligned to the top
    ("<p>May 1<sup>st</sup></p>", "May 1st"),
    ("<p>10<sup>123</sup></p>", "10123"),
    ('<p>5,000<span style="vertical-align: top; font-size: 10pt">3</span></p>', "5,0003"),
])
def test_which_raised_digits_are_marks(html, text):
    assert html_to_text(html) == text


def test_superscript_patterns():
    assert sup.RAISED_STYLE.search("FONT-SIZE: 70%; VERTICAL-ALIGN: text-top")["align"] == \
        "text-top"
    assert sup.RAISED_STYLE.search("vertical-align: bottom") is None
    assert sup.SMALL_FONT.search("font-size: 70%")["pct"] == "70"
    assert sup.is_small_font("font-size:.8em") and sup.is_small_font("font-size: smaller")
    assert not sup.is_small_font("font-size: 100%") and not sup.is_small_font("font-size: 12px")


# --- numbers in plain text ---------------------------------------------------------------------

def test_numbers_between_dashes():
    # 2002 SC 13G: every holding printed "-3,416,000-", "-1,978,903-", "-1,870,203-"
    _, _, _, holdings = _parse("2002_SC_13G_1095348.txt")
    for name, n in (("RS Investment Management Co. LLC", 3416000),
                    ("RS Investment Management, Inc.", 1978903),
                    ("RS Emerging Growth Fund", 1870203)):
        h = holdings[name]
        assert (h["shares"], h["shared_voting"], h["shared_dispositive"]) == (n, n, n)
        assert (h["sole_voting"], h["sole_dispositive"]) == (0, 0)


def test_glued_footnote_digit_and_value_inside_a_wrapped_label():
    # 1994 SC 13D/A: "SOLE VOTING POWER:       1,353,4681" and "AGGREGATE AMOUNT BENEFICIALLY
    # 1,353,468" / "OWNED BY REPORTING PERSON:"
    report, _, _, holdings = _parse("1994_SC_13DA_3499.txt")
    bank, parent = holdings["Citibank, N.A."], holdings["Citicorp"]
    assert (bank["shares"], bank["sole_voting"], bank["sole_dispositive"], bank["percent"]) == (
        1353468, 1353468, 1353468, 27.1)
    assert (bank["shared_voting"], bank["shared_dispositive"]) == (0, 0)
    assert (parent["shares"], parent["shared_voting"], parent["shared_dispositive"]) == (
        1353468, 1353468, 1353468)
    assert not [w for w in report.warnings if w.code == "missing-value"]


def test_quantity_forms():
    assert ocr.read_quantity("-3,416,000-").value == 3416000
    r = ocr.read_quantity("1,353,4681")
    assert (r.value, r.repaired, r.method) == (1353468, True, "footnote-mark")
    assert ocr.GLUED_FOOTNOTE.fullmatch("1,353,4681")["mark"] == "1"
    assert ocr.GLUED_FOOTNOTE.fullmatch("1,353,468") is None
    assert ocr.DASHED_NUMBER.fullmatch("-1,978,903-")["num"] == "1,978,903"
    # a page number between dashes is no share count
    assert ocr.quantity_tokens("  -3-  ") == []


def test_row_aggregate_wrapped_with_its_value():
    t = "11     AGGREGATE AMOUNT BENEFICIALLY       1,353,468\n       OWNED BY REPORTING PERSON:"
    m = patterns.ROW_AGGREGATE.search(t)
    assert m and m.group(0) == "AGGREGATE AMOUNT BENEFICIALLY"
    # the label with nothing between its lines is read whole, as before
    t = "9  AGGREGATE AMOUNT BENEFICIALLY\n   OWNED BY EACH REPORTING PERSON\n   1,000"
    assert patterns.ROW_AGGREGATE.search(t).group(0).endswith("REPORTING PERSON")


def test_unread_number_in_a_power_row_warns():
    text = ("1. Names of Reporting Persons.  Acme Fund, L.P.\n"
            "4. Citizenship or Place of Organization   Delaware\n"
            "5. Sole Voting Power  1,000,00\n6. Shared Voting Power  0\n"
            "9. Aggregate Amount Beneficially Owned by Each Reporting Person 100,000\n"
            "11. Percent of Class Represented by Amount in Row (9)  5.1%\n"
            "12. Type of Reporting Person (See Instructions)  PN\n")
    [cp] = cover.find_cover_pages(SourceText(path="x.txt", text=text))
    assert "sole_voting" not in cp.values
    [w] = cp.warnings
    assert w.code == "unread-cover-number" and "sole voting row holds '1,000,00'" in w.message
    assert patterns.NUMBER_LIKE.search("Rule 13d-3 (see Item 5)") is None


# --- type codes and names ----------------------------------------------------------------------

def test_type_code_line():
    assert patterns.TYPE_CODE_LINE.match("   HC, CO")
    assert patterns.TYPE_CODE_LINE.match("H.C. / OO(LLC)")
    assert patterns.TYPE_CODE_LINE.match("(1) Acme S.A. holds the shares") is None
    assert cover.type_cell(" HC, CO\n\n(3) Acme S.A. acts through Beta S.A.\n") == " HC, CO"


def test_cover_name_wrapped_after_a_capacity():
    # 1994 SC 13D/A: "Wachovia Bank of North Carolina, N.A., as Trustee for the M.A." /
    # "Hanna Company Associates Ownership Trust"
    _, rec, names, holdings = _parse("1994_SC_13DA_45370.txt")
    bank = "Wachovia Bank of North Carolina, N.A."
    trust = "M.A. Hanna Company Associates Ownership Trust"
    assert holdings[bank]["shares"] == 3114570 and holdings[bank]["shared_voting"] == 3114570
    assert [(names[c.source].name, names[c.target].name) for c in rec.claims
            if c.relation.value == "trustee_of"] == [(bank, trust)]


def test_capacity_patterns():
    name = "Acme Bank of North Carolina, N.A., as Trustee for the M.A."
    assert patterns.OPEN_CAPACITY.search(name)
    assert patterns.OPEN_CAPACITY.search("Acme Bank, as Trustee for the Roe Trust, dated 1990") \
        is None
    # joined, the name is split into the trustee and the whole trust
    assert reporting.as_trustee(name + " Roe Company Associates Ownership Trust") == (
        "Acme Bank of North Carolina, N.A.", "M.A. Roe Company Associates Ownership Trust")


# --- front page --------------------------------------------------------------------------------

@pytest.mark.parametrize("name, klass, cusip", [
    # "Common Stock, par value $1.00                    01475210" over "(Title of class of
    # securities)                (CUSIP number)": the CUSIP column is no part of the class
    ("1994_SC_13DA_3499.txt", "Common Stock, par value $1.00", "014752109"),
    # "(Title and Class of Securities)"
    ("2000_SC_13GA_1065246.txt", "COMMON STOCK, $.001 PAR VALUE PER SHARE", "428358105"),
])
def test_front_page_class(name, klass, cusip):
    _, rec, _, _ = _parse(name)
    assert rec.security_class == klass and rec.issuer.cusip == cusip


def test_front_page_patterns():
    from graphkit.parsers import schedule13_front as front
    assert front.CLASS_CAPTION.search("(Title and Class of Securities)")
    assert front.CLASS_CAPTION.search("(Title of Class of Securities)")
    m = front.CUSIP_COLUMN.search("Common Stock, par value $1.00                    01475210")
    assert m and m["cusip"] == "01475210"
    assert front.CUSIP_COLUMN.search("Common Stock, $1.00 par value per share") is None
