"""Signature blocks of real Schedule 13D/13G filings (tests/fixtures/filings/sigs/) in layouts
first met on unseen filings: a "By:" entity's capacity on the line under it with no "its",
the printed name, title and party of an HTML table cell joined on one line, a date cell before
the party's name, the block printed under a "/s/" line, and "By: NAME TITLE" cells."""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path
from graphkit.parsers import signature_lines as sl
from graphkit.parsers import signature_roles as roles
from graphkit.parsers import signatures as sig

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


def _record(name: str):
    report = parse_path(FILINGS / name)
    assert report.records, report.reason
    return report.records[0]


def _sigs(rec):
    return [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures]


def _claims(rec):
    names = {p.id: p.name for p in rec.parties}
    return {(c.relation.value, names[c.source], names[c.target], c.facts().get("title"))
            for c in rec.claims}


def test_role_line_under_by_entity_general_partner():
    # "WATER STREET ... / By: GOLDMAN, SACHS & CO. / General Partner" (no "its")
    rec = _record("sigs/1994_SC_13DA_757011.txt")
    assert ("Richard A. Friedman", "General Partner",
            ["WATER STREET CORPORATE RECOVERY FUND I, L.P."]) in _sigs(rec)
    gp = [(c.relation.value, c.target) for c in rec.claims
          if c.relation.value == "general_partner_of"]
    names = {p.id: p.name for p in rec.parties}
    assert ("general_partner_of", "Water Street Corporate Recovery Fund I, L.P.") in \
        [(r, names[t]) for r, t in gp]


def test_role_line_under_by_entity_investment_adviser():
    # "RS EMERGING GROWTH FUND / By: RS Investment Management, Inc. / Investment Adviser"
    rec = _record("sigs/2002_SC_13G_1095348.txt")
    assert _sigs(rec)[-1] == ("G. Randall Hecht", "Chief Executive Officer",
                              ["RS EMERGING GROWTH FUND"])
    assert ("investment_manager_of", "RS Investment Management, Inc.", "RS Emerging Growth Fund",
            None) in _claims(rec)
    # the role line is no party's name
    assert not [w for w in rec.warnings if w.code == "unmatched-signature-name"]


def test_html_cell_run_of_name_title_and_party():
    # "/s/ X" / "Signature" / "Name Title ENTITY" (three lines of one cell, joined)
    rec = _record("sigs/2013_SC_13DA_932470.txt")
    assert _sigs(rec) == [
        ("Riccardo Amerigo Pettazzi", "Head of Corporate Affairs", ["TELECOM ITALIA S.P.A."]),
        ("Francesco Saverio Lobianco", "Chief Executive Officer",
         ["TELECOM ITALIA INTERNATIONAL N.V."]),
        ("Patrizio Graziani", "Chairman of the Board of Directors",
         ["SOFORA TELECOMUNICACIONES S.A."]),
        ("Patrizio Graziani", "Chairman of the Board of Directors", ["NORTEL INVERSORA S.A"])]
    claims = _claims(rec)
    assert ("officer_of", "Francesco Saverio Lobianco", "Telecom Italia International N.V.",
            "Chief Executive Officer") in claims
    for company in ("Sofora Telecomunicaciones S.A.", "Nortel Inversora S.A."):
        assert ("officer_of", "Patrizio Graziani", company, "Chairman of the Board") in claims
        assert ("director_of", "Patrizio Graziani", company, None) in claims
    assert not [w for w in rec.warnings if w.code == "unmatched-signature-name"]


def test_date_cell_before_party_and_cfo_title():
    # "Date: September 23, 2010 | Calix, Inc." / "/s/ Kelyn Brannon" / name / title
    rec = _record("roster/2010_SC_13D_1406666.txt")  # also a roster fixture
    assert _sigs(rec) == [("Kelyn Brannon", "Executive Vice President and Chief Financial Officer",
                           ["Calix, Inc."])]


def test_html_two_column_table_without_slash_s():
    # "Willow Creek ... By: Aaron H. Braun President | WC Capital Management, LLC By: Willow
    # Creek Capital Management, Manager By: Aaron H. Braun President"
    rec = _record("sigs/2002_SC_13GA_887733.txt")
    assert _sigs(rec) == [
        ("Aaron H. Braun", "President", ["Willow Creek Capital Management"]),
        ("Aaron H. Braun", "President", ["WC Capital Management, LLC"])]
    claims = _claims(rec)
    assert ("officer_of", "Aaron Braun", "Willow Creek Capital Management", "President") in claims
    assert ("managing_member_of", "Willow Creek Capital Management", "WC Capital Management, LLC",
            "Manager") in claims
    assert str(rec.signature_date) == "2002-02-14"


def test_block_printed_under_the_signature():
    # "/s/ Monica R. Landry" / rule / "FARALLON PARTNERS, L.L.C., On its own behalf and as the
    # General Partner of" / funds / "and TINICUM PARTNERS, L.P." / "By Monica R. Landry," /
    # "Managing Member"; then her own signature, individually and as attorney-in-fact
    rec = _record("sigs/2006_SC_13GA_1277406.txt")
    assert _sigs(rec) == [
        ("Monica R. Landry", "Managing Member",
         ["FARALLON PARTNERS, L.L.C.", "FARALLON CAPITAL PARTNERS, L.P.",
          "FARALLON CAPITAL INSTITUTIONAL PARTNERS, L.P.",
          "FARALLON CAPITAL INSTITUTIONAL PARTNERS II, L.P.",
          "FARALLON CAPITAL INSTITUTIONAL PARTNERS III, L.P.", "TINICUM PARTNERS, L.P."]),
        ("Monica R. Landry", None, [])]
    claims = _claims(rec)
    assert ("general_partner_of", "Farallon Partners, L.L.C.", "Tinicum Partners, L.P.", None) \
        in claims
    assert any(c[:3] == ("managing_member_of", "Monica R. Landry", "Farallon Partners, L.L.C.")
               for c in claims)


def test_typed_signer_with_cfo_title():
    # "Michael T. Scardina" / "Vice President and Chief Financial Officer", no "/s/"
    rec = _record("2001_SC_13G_880804.txt")
    assert _sigs(rec) == [("Michael T. Scardina", "Vice President and Chief Financial Officer",
                           ["Dimensional Fund Advisors Inc."])]  # the only filer


# -- the named patterns and helpers ---------------------------------------------------------

def test_date_cell_table_row():
    assert sig.DATE_CELL.sub("", "Date: May 1, 2010 | Acme, Inc.").strip() == "Acme, Inc."
    assert sig.DATE_CELL.sub("", "Dated:  July 2, 2007      ACME, LLC").strip() == "ACME, LLC"
    assert sig.DATE_CELL.match("Date: May 1, 2010") is None


def test_officer_phrase_and_run_title():
    assert sl.OFFICER_PHRASE.search("Executive Vice President and Chief Financial Officer")
    assert sl.OFFICER_PHRASE.search("Chief Investment Officer")
    assert sl.OFFICER_PHRASE.search("Chief of Staff") is None
    assert roles.RUN_TITLE.match("Chairman of the Board of Directors")
    assert roles.RUN_TITLE.match("Signed pursuant to Rule 13d-1(k)") is None
    assert roles.TITLE_OPENER.match("Vice") and roles.TITLE_OPENER.match("Roe") is None
