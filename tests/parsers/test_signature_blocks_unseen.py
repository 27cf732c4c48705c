"""Signature blocks of real Schedule 13D/13G filings (tests/fixtures/filings/sigs/) in layouts
first met on unseen filings: a "By:" entity's capacity on the line under it with no "its",
the printed name, title and party of an HTML table cell joined on one line, a date cell before
the party's name, the block printed under a "/s/" line, and "By: NAME TITLE" cells."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    assert ("officer_of", "Patrizio Graziani", "Sofora Telecomunicaciones S.A.", "Chairman") in claims
    assert ("officer_of", "Patrizio Graziani", "Nortel Inversora S.A.", "Chairman") in claims
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
    assert _sigs(rec) == [("Michael T. Scardina", "Vice President and Chief Financial Officer", [])]


# -- the named patterns and helpers ---------------------------------------------------------

def test_role_next_and_entity_role_next():
    assert sig.ROLE_NEXT.match("\t\t\t\tGeneral Partner")["role"] == "General Partner"
    assert sig.ROLE_NEXT.match("   its general partner") is None
    assert sig.BY_PARTY.match("By:\tAcme Capital Management,")["name"] == "Acme Capital Management"
    assert sig.entity_role_next("By:\tACME, SMITH & CO.", "\t\tGeneral Partner") == "General Partner"
    assert sig.entity_role_next("By: Acme Capital, LLC,", "  Manager") == "Manager"
    # a person over a title, an officer title under an entity, a line that is no role
    assert sig.entity_role_next("By: Jane Q. Roe", "Managing Member") is None
    assert sig.entity_role_next("By: Acme Capital, Inc.", "Chief Executive Officer") is None
    assert sig.entity_role_next("By: Acme Capital, Inc.", "Acme Fund, L.P.") is None


def test_date_cell_table_row():
    assert sig.DATE_CELL.sub("", "Date: May 1, 2010 | Acme, Inc.").strip() == "Acme, Inc."
    assert sig.DATE_CELL.sub("", "Dated:  July 2, 2007      ACME, LLC").strip() == "ACME, LLC"
    assert sig.DATE_CELL.match("Date: May 1, 2010") is None


def test_inner_cell_splits_table_cells_of_two_blocks():
    parts = [t for _, _, t in sig._split_lines(
        "Acme Capital By: Jane Roe President | Acme Fund, LLC By: Acme Capital, Manager")]
    assert parts == ["Acme Capital", "By: Jane Roe President", "Acme Fund, LLC",
                     "By: Acme Capital, Manager"]
    # a label cell keeps its value
    assert [t for _, _, t in sig._split_lines("By: | /s/ Jane Roe")] == ["By: | /s/ Jane Roe"]


def test_as_role_of_and_list_and():
    assert sig.AS_ROLE_OF.match("   as the General Partner of")["role"] == "General Partner"
    assert sig.AS_ROLE_OF.match("On its own behalf and as the Managing Member of:")["role"] == \
        "Managing Member"
    assert sig.AS_ROLE_OF.match("as attorney-in-fact for each of Jane Roe") is None
    assert sig.LIST_AND.sub("", "   and ACME FUND III, L.P.") == "ACME FUND III, L.P."
    assert sig.LIST_AND.match("ANDOVER FUND, L.P.") is None


def test_control_title_lists():
    assert sig.is_control_title("President and Chief Executive Officer")
    assert sig.is_control_title("Chairman of the Board")
    assert not sig.is_control_title("Vice President and Treasurer")
    assert not sig.is_control_title("Head of Corporate Affairs")
    assert sig.TITLE_SEPARATOR.split("Chairman, President & CEO") == ["Chairman", "President", "CEO"]


def test_officer_phrase_and_run_title():
    assert sl.OFFICER_PHRASE.search("Executive Vice President and Chief Financial Officer")
    assert sl.OFFICER_PHRASE.search("Chief Investment Officer")
    assert sl.OFFICER_PHRASE.search("Chief of Staff") is None
    assert roles.RUN_TITLE.match("Chairman of the Board of Directors")
    assert roles.RUN_TITLE.match("Signed pursuant to Rule 13d-1(k)") is None
    assert roles.TITLE_OPENER.match("Vice") and roles.TITLE_OPENER.match("Roe") is None


@pytest.mark.parametrize("text, signer, want", [
    ("Jane Quinn Roe Head of Sales ACME S.P.A.", "Jane Roe",
     ("Jane Quinn Roe", "Head of Sales", "ACME S.P.A.")),
    ("Jane Roe Chief Executive Officer ACME HOLDINGS N.V.", "Jane Roe",
     ("Jane Roe", "Chief Executive Officer", "ACME HOLDINGS N.V.")),
    ("Jane Q. Roe Vice President", "", ("Jane Q. Roe", "Vice President", "")),
    ("John Doe Head of Sales ACME S.P.A.", "Jane Roe", None),  # another person
    ("Jane Roe Acme Fund, L.P.", "Jane Roe", None),  # a party, no title
    ("Jane Roe", "Jane Roe", None),  # the name alone
])
def test_split_printed_run(text, signer, want):
    assert roles.split_printed_run(text, signer) == want
