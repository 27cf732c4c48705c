"""Front pages and cover pages of real Schedule 13D/13G filings first read after release.

Each filing (public SEC filings, in ``tests/fixtures/filings/``) shows one layout that was
not read before: front-page fields written "Label: value", captions worded or wrapped another
way, CUSIPs printed in pieces, tax numbers glued to a reporting person's name, a label ending
with a colon, power rows printed as percents, and compact "Item N:" covers. The values asserted
are the ones the filings print.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graphkit.models import PartyKind, PartyRole
from graphkit.parse import parse_path
from graphkit.parsers import schedule13_cover as cover
from graphkit.parsers import schedule13_cover_compact as compact
from graphkit.parsers import schedule13_cover_patterns as cp_patterns
from graphkit.parsers import schedule13_front as front
from graphkit.source import SourceText

FILINGS = Path(__file__).resolve().parent.parent / "fixtures" / "filings"


def _record(name: str):
    report = parse_path(FILINGS / name)
    [rec] = report.records
    return rec


def _reporting(rec) -> dict:
    names = {p.id: p for p in rec.parties}
    out = {}
    for c in rec.claims:
        if c.relation.value == "beneficial_owner_of":
            out[names[c.source].name] = c
    return out


# --- front page ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, issuer, cusip, event, klass", [
    # "NAME OF ISSUER:   ...", "CUSIP NUMBER:  91382810", "DATE OF EVENT WHICH REQUIRES FILING:"
    ("1997_SC_13DA_1026797.txt", "Universal Seismic Associates, Inc.", "913828109",
     dt.date(1997, 2, 18), "Common Stock, par value"),
    # HTML: "CUSIP Number:&nbsp;&nbsp;91359E105", "Title of Class of Securities:&nbsp;&nbsp;..."
    ("2007_SC_13G_102909.txt", "UNIVERSAL HEALTH REALTY INCOME TRUST", "91359E105",
     dt.date(2006, 12, 31), "Common Stock"),
    ("2015_SC_13GA_1579471.txt", "Starwood Waypoint Residential Trust", "85571W109",
     dt.date(2014, 12, 31), "REIT"),
    # "Date of  Event Which Requires Filing of this Statement: December 31, 2006"
    ("2007_SC_13GA_906304.txt", "Answers Corporation", "03662X100", dt.date(2006, 12, 31),
     "Common Stock"),
    # "(Date of Event which Requires Filing" / "of this Statement)" wrapped with a deep indent
    ("1994_SC_13D_49588.txt", "I.C.H. Corporation", "449264100", dt.date(1994, 2, 11),
     "Common Stock, par value $1.00"),
    # "April 18, 1996 - Appointment as successor trustee ..." over the wrapped caption
    ("1997_SC_13D_1019830.txt", "Benjamin Moore & Co.", None, dt.date(1996, 4, 18),
     "Common Stock, Par Value $10. Per Share"),
    # "(Date of Event which Requires Filling of this Statement)"
    ("2003_SC_13D_1224014.txt", "Insteel Industries, Inc.", "45774W108", dt.date(2003, 5, 19),
     "Common Shares"),
    # "517310 10 8" over "(CUSIP Number of Class of Securities)"
    ("1995_SC_13DA_789851.txt", "LARSON-DAVIS INCORPORATED", "517310108", dt.date(1995, 8, 2),
     "Common Stock, Par Value $.0001 Per Share"),
])
def test_front_page_fields(name, issuer, cusip, event, klass):
    rec = _record(name)
    assert rec.issuer is not None and rec.issuer.name == issuer
    assert rec.issuer.cusip == cusip
    assert rec.event_date == event
    assert rec.security_class == klass


@pytest.mark.parametrize("name, cusip", [
    ("1995_SC_13GA_866817.txt", "G6420H112"),     # "CUSIP NO: G6420H 11 2"
    ("2010_SC_13DA_914189.txt", "247368103"),     # "247368 10 3"
    ("2014_SC_13D_1492426.txt", "G4617B105"),     # "G4617B 105"
    ("2008_SC_13D_1336738.txt", "67572P101"),     # "67572P" / "101" over the caption
    ("1997_SC_13GA_900640.txt", "404150104"),     # "404150-10-4"
    ("2017_SC_13G_1273801.txt", "66704R803"),     # "Cusip #66704R803"
])
def test_cusip_in_one_form(name, cusip):
    rec = _record(name)
    assert rec.issuer.cusip == cusip
    assert any(i.value == cusip for p in rec.parties for i in p.identifiers)
    assert not any(w.code.startswith("cusip-") for w in rec.warnings)


def test_cusip_failing_its_check_digit_is_warned():
    rec = _record("2003_SC_13G_874691.txt")  # "68989910 A" (the issuer's CUSIP is 689899102)
    assert rec.issuer.cusip == "68989910A"
    [w] = [w for w in rec.warnings if w.code == "cusip-check-digit"]
    assert "68989910 A" in w.message and "front page" in w.message
    # where it is printed: over "(CUSIP Number)" on the front page, line 103 of the file
    assert w.line == 103 and w.source.endswith("2003_SC_13G_874691.txt")
    assert "68989910 A" in (FILINGS / "2003_SC_13G_874691.txt").read_text().splitlines()[102]


@pytest.mark.parametrize("name, cusip, printed", [
    ("1997_SC_13DA_1026797.txt", "913828109", "CUSIP NUMBER:  91382810"),
    ("1994_SC_13DA_24058.txt", "211113105", "21111310"),
])
def test_eight_character_cusip_gets_its_check_digit(name, cusip, printed):
    # 1990s filings print a CUSIP without its check digit: the digit follows from the eight
    # characters, so the identifier is the nine other filings give; the evidence keeps the print
    rec = _record(name)
    assert rec.issuer.cusip == cusip and front.cusip_check_digit(cusip[:8]) == int(cusip[8])
    assert not [w for w in rec.warnings if w.code.startswith("cusip-")]
    assert printed in (FILINGS / name).read_text(errors="replace")


def test_page_heading_beside_cusip_label_is_no_cusip_field():
    # "CUSIP No.                        Schedule 13D" on the cover page: no CUSIP, no warning
    rec = _record("1997_SC_13D_1019830.txt")
    assert rec.issuer.cusip is None
    assert not any(w.code.startswith("cusip-") for w in rec.warnings)


def test_front_labels_and_captions():
    assert front.ISSUER_LABEL.search("NAME OF ISSUER:   Acme, Inc.")
    assert front.ISSUER_LABEL.search("Item 1(a) Name of Issuer: Acme, Inc.") is None
    assert front.CLASS_LABEL.search("Title of Class of Securities: Common Stock")
    assert front.EVENT_LABEL.search("Date of  Event Which Requires Filing of this Statement: x")
    assert front.EVENT_LABEL.search("DATE OF EVENT WHICH REQUIRES FILING:  February 18, 1997")
    assert front.CUSIP_LABEL.match("Cusip #12345A105").end() == 7
    assert front.CUSIP_LABEL.match("CUSIP NO:  12345A105").end() == 11
    assert front.CUSIP_CAPTION.search("(CUSIP Number of Class of Securities)")
    assert front.EVENT_CAPTION.search("(Date of Event which Requires Filing\n"
                                      "                              of this Statement)")
    assert front.EVENT_CAPTION.search("(Date of Event which Requires Filling of this Statement)")
    assert front.CUSIP_OPEN.findall("Class A: 12") == ["C", "A", "1"]
    assert front.NO_CUSIP.match("N/A") and front.NO_CUSIP.match("Not applicable")
    assert front.VALUE_END.search("12345A105   13G").start() == 9
    assert front.CUSIP_PIECE.split("724-081-104") == ["724", "081", "104"]
    assert front.CUSIP_CANDIDATE.match("G4617B 10 5 Page 2").group() == "G4617B 10 5 Page"
    assert front.CUSIP_CANDIDATE.match("037833100.").group() == "037833100"
    assert front.CUSIP_CANDIDATE.match("n/a").group() == "n"
    assert front.RULE_LINE.match("  -------  ") and not front.RULE_LINE.match("Acme")


def test_read_cusip_and_check_digit():
    assert front.read_cusip("12345A 10 5") == "12345A105"
    assert front.read_cusip("74758T 303     13G     Page 2 of 9") == "74758T303"
    assert front.read_cusip("none") is None and front.read_cusip("ABCDEFGH1") is None
    assert front.cusip_check_digit("68989910") == 2   # printed "68989910 A"
    assert front.cusip_check_digit("91359E10") == 5


def test_unreadable_cusip_field_is_warned():
    src = SourceText(path="x.txt", text="SCHEDULE 13G\nAcme, Inc.\n(Name of Issuer)\n"
                                        "12-34\n(CUSIP Number)\n")
    fp = front.read_front_page(src)
    assert fp.cusip is None and [w.code for w in fp.warnings] == ["cusip-unreadable"]


# --- reporting-person names -------------------------------------------------------------

@pytest.mark.parametrize("name, person, kind, ein", [
    # "Dimensional Fund Advisors LP<br />\n\t30-0447847"
    ("2021_SC_13GA_1172052.txt", "Dimensional Fund Advisors LP", PartyKind.ORGANIZATION,
     "30-0447847"),
    # "The Vanguard Group - 23-1945930"
    ("2015_SC_13GA_1579471.txt", "The Vanguard Group", PartyKind.ORGANIZATION, "23-1945930"),
    # "THE VANGUARD GROUP, INC. &nbsp;&nbsp;23-1945930"
    ("2007_SC_13G_102909.txt", "THE VANGUARD GROUP, INC.", PartyKind.ORGANIZATION, "23-1945930"),
    # "Herb D. Vest, ###-##-####" (a masked social security number: no identifier)
    ("1997_SC_13GA_900640.txt", "Herb D. Vest", PartyKind.PERSON, None),
    # "EPHRAIM  FIELDS" (the whole filing spaced by two spaces)
    ("2007_SC_13D_929545.txt", "EPHRAIM FIELDS", PartyKind.PERSON, None),
    # "Name of Reporting Person:<BR>Snyder Associated\nCompanies, Inc."
    ("2005_SC_13D_1333324.txt", "Snyder Associated Companies, Inc.", PartyKind.ORGANIZATION,
     "25-1268074"),
])
def test_reporting_person_name_cell(name, person, kind, ein):
    rec = _record(name)
    [party] = [p for p in rec.parties if p.name == person]
    assert PartyRole.REPORTING_PERSON in party.roles and party.kind is kind
    assert [i.value for i in party.identifiers if i.scheme.value == "irs_ein"] == \
        ([ein] if ein else [])
    assert person in _reporting(rec)


def test_snyder_claim_numbers():
    claim = _reporting(_record("2005_SC_13D_1333324.txt"))["Snyder Associated Companies, Inc."]
    assert (claim.shares, claim.percent) == (2094365, 11.0)


def test_inline_cover_rows_give_the_claim():
    # "7.   SOLE VOTING POWER:  37,300" ... "13. PERCENT ...: .75%"
    claim = _reporting(_record("1997_SC_13DA_1026797.txt"))["Robert J. Kecseg"]
    assert (claim.shares, claim.percent, claim.sole_voting, claim.shared_voting,
            claim.sole_dispositive, claim.shared_dispositive) == (39300, 0.75, 37300, 2000,
                                                                  37300, 2000)


def test_name_patterns():
    sub = cover.NAME_ID_SUFFIX.sub
    assert sub("", "Acme Advisors LP 12-3456789") == "Acme Advisors LP"
    assert sub("", "The Acme Group - 12-3456789") == "The Acme Group"
    assert sub("", "Jane Q. Roe, ###-##-####") == "Jane Q. Roe"
    assert sub("", "Acme Fund, L.P., I.R.S. No. 12-3456789") == "Acme Fund, L.P."
    assert sub("", "Acme Fund 2010-A, L.P.") == "Acme Fund 2010-A, L.P."
    assert cover.DOUBLE_SPACED_REST.match("  Q.  ROE")
    assert cover.DOUBLE_SPACED_REST.match("  FIELDS")
    assert cover.DOUBLE_SPACED_REST.match("  Not Applicable") is None   # another column
    assert cover.DOUBLE_SPACED_REST.match("  JOHN DOE") is None
    assert cover.DOUBLE_SPACED_REST.match("  12-3456789") is None
    assert cover.DOUBLE_SPACED_REST.match("      (a) [ ]") is None
    assert cover.NAME_CELL_LEAD.match(": Acme").end() == 2


def test_colon_after_name_label():
    text = ("1. Name of Reporting Person: Acme Holdings, Inc. | I.R.S. Identification Nos. of "
            "above persons (entities only): 12-3456789\n7. Sole Voting Power: 1,000\n"
            "11. Aggregate Amount Beneficially Owned by Each Reporting Person: 1,000\n"
            "13. Percent of Class Represented by Amount in Row (11): 5%\n"
            "14. Type of Reporting Person: CO\n")
    [cp] = cover.find_cover_pages(SourceText(path="x.txt", text=text))
    assert cp.names[0].value == "Acme Holdings, Inc." and cp.irs_number == "12-3456789"


# --- a power row printed as a percent -------------------------------------------------------

def test_power_rows_holding_percents_stay_empty():
    # "7)  Sole Dispositive Power. . . .  11.9%" then "8)  Shared Dispositive Power": the "8"
    # of the next row is no value
    rec = _record("1997_SC_13GA_900640.txt")
    claim = _reporting(rec)["Herb D. Vest"]
    assert claim.sole_dispositive is None
    assert (claim.shares, claim.percent) == (2630290, 48.5)
    rows = {w.message.split("the ")[1].split(" row")[0] for w in rec.warnings
            if w.code == "percent-in-share-row"}
    assert rows == {"sole voting", "shared voting", "sole dispositive", "shared dispositive"}
    assert not any(w.code == "value-conflict" for w in rec.warnings)


def test_row_number_with_closing_paren_only():
    assert cover.ROW_NUMBER.search("  8)  Shared Dispositive Power").group(0) == "8)"
    assert cover.ROW_NUMBER.search("1,000 (1)").group(0) == "(1)"


# --- compact "Item N:" covers ---------------------------------------------------------------

def test_compact_cover_pages():
    rec = _record("2017_SC_13G_1273801.txt")
    assert rec.issuer.name == "NORTHSTAR RLTY FIN CORP"
    claims = _reporting(rec)
    fmr, apj = claims["FMR LLC"], claims["Abigail P. Johnson"]
    assert (fmr.shares, fmr.percent, fmr.sole_voting, fmr.shared_voting, fmr.sole_dispositive,
            fmr.shared_dispositive) == (15008699, 8.302, 2261276, 0, 15008699, 0)
    assert (apj.shares, apj.sole_voting, apj.sole_dispositive) == (15008699, 0, 15008699)
    codes = {p.name: p.type_codes for p in rec.parties}
    assert codes["FMR LLC"] == ["HC"] and codes["Abigail P. Johnson"] == ["IN"]
    assert not any(w.code == "no-cover-page" for w in rec.warnings)


def test_compact_cover_exit_filing():
    rec = _record("2005_SC_13GA_873044.txt")  # three persons, 0 shares each
    assert (rec.issuer.name, rec.issuer.cusip) == ("RadiSys Corporation", "750459109")
    claims = _reporting(rec)
    assert set(claims) == {"FMR Corp.", "Edward C. Johnson 3d", "Abigail P. Johnson"}
    assert all((c.shares, c.percent) == (0, 0.0) for c in claims.values())
    kinds = {p.name: p.kind for p in rec.parties}
    assert kinds["Edward C. Johnson 3d"] is PartyKind.PERSON


def test_compact_patterns():
    m = compact.COMPACT_ROW.search("Item 9: \t   \t15,008,699\n")
    assert (m["num"], m["value"]) == ("9", "15,008,699")
    assert compact.COMPACT_ROW.search("Item 1(a). \t    \tName of Issuer:") is None
    assert compact.COMPACT_ROW.search("Item 3: Not applicable") is None
    assert compact.COMPACT_NAME.match("Reporting Person - Acme LLC")["name"] == "Acme LLC"


# --- side-by-side label and value cells -----------------------------------------------------

def test_side_by_side_cover_table():
    # "Names of Reporting Persons/ ...:" in one cell, "Puroil Technology&#160;&#160;Inc." in the
    # next; "Nil" and "0%" (an exit filing)
    rec = _record("2008_SC_13D_1336738.txt")
    claim = _reporting(rec)["Puroil Technology Inc."]
    assert (claim.shares, claim.percent) == (0, 0.0)


def test_nil_word():
    assert cover.NIL_WORD.sub("nil", "| Nil |") == "| nil |"
    assert cover.NIL_WORD.search("Nile") is None


@pytest.mark.parametrize("cell, name", [
    ("JANE  Q.  ROE", "JANE Q. ROE"),              # spaced by two spaces throughout
    ("EPHRAIM  FIELDS", "EPHRAIM FIELDS"),
    ("Acme Capital LP  Delaware", "Acme Capital LP"),   # a second column: never joined
    ("JANE ROE  JOHN DOE", "JANE ROE"),
    ("Jane Roe  Not Applicable", "Jane Roe"),
])
def test_double_spaced_name_cell(cell, name):
    text = (f"1    NAME OF REPORTING PERSON\n     {cell}\n"
            "4    CITIZENSHIP OR PLACE OF ORGANIZATION\n     Delaware\n"
            "5    SOLE VOTING POWER\n     1,000\n"
            "9    AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON\n     1,000\n"
            "11   PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW 9\n     5.1%\n"
            "12   TYPE OF REPORTING PERSON\n     IN\n")
    [cp] = cover.find_cover_pages(SourceText(path="x.txt", text=text))
    assert [n.value for n in cp.names] == [name]


def test_compact_cover_with_values_under_capital_labels():
    # 2001 SC 13G (Dimensional): "Item  1:    REPORTING PERSONS" / "Dimensional Fund Advisors
    # Inc. (Tax ID: 22-2370029)", "Item  9:    AGGREGATE AMOUNT BENEFICIALLY OWNED --" /
    # "2,542,287 ** see Note 1 **", "Item 11: PERCENT OF CLASS REPRESENTED BY LINE 9 --" / "5.30"
    rec = _record("2001_SC_13G_880804.txt")
    (rp,) = [p for p in rec.parties if PartyRole.REPORTING_PERSON in p.roles]
    assert rp.name == "Dimensional Fund Advisors Inc." and rp.type_codes == ["IA"]
    assert rp.identifiers[0].value == "0000354204"          # the header's CIK
    (c,) = [c for c in rec.claims if c.relation.value == "beneficial_owner_of"]
    assert (c.shares, c.percent, c.sole_voting, c.shared_voting, c.sole_dispositive,
            c.shared_dispositive) == (2542287, 5.3, 2542287, 0, 2542287, 0)
    assert not {"no-cover-page", "reporting-person-from-header", "missing-value"} & {
        w.code for w in rec.warnings}


def test_compact_row_below_its_label_pattern():
    m = compact.COMPACT_ROW.search("Item 11:    PERCENT OF CLASS REPRESENTED BY LINE 9 --\n     5.30\n")
    assert (m["num"], m["label"], m["below"]) == ("11", "PERCENT OF CLASS REPRESENTED BY LINE 9",
                                                  "5.30")
    assert compact.COMPACT_ROW.search("Item 4:  Ownership\n  (a) Amount beneficially owned") is None
    assert compact.COMPACT_BARE_PERCENT.match("5.30")["num"] == "5.30"
    assert compact.COMPACT_BARE_PERCENT.match("2,542,287") is None
    assert cp_patterns.NAME_ID_SUFFIX.sub("", "Acme Advisors Inc. (Tax ID: 12-3456789)") == \
        "Acme Advisors Inc."
