"""Schedule 13D/13G XML: both schemas, both CUSIP layouts, numbers, chains, damage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graphkit.errors import ParseError
from graphkit.parse import parse_path
from graphkit.parsers.schedule13_xml import parse_schedule13_xml
from graphkit.parsers.xmldoc import TRAILING_LEGAL_FORM, XML_NUMBER, XmlDoc, to_number
from graphkit.reading import read_source
from graphkit.source import SourceText
from tests.conftest import corpus_file


def _rec(name):
    return parse_schedule13_xml(read_source(corpus_file(name)))


def _claims(rec, relation):
    return [(rec.party(c.source).name, rec.party(c.target).name) for c in rec.claims
            if c.relation.value == relation]


def test_13g_nested_cusip_and_type_codes():
    rec = _rec("13g/pentwater_avis_schedule13ga.xml")
    assert (rec.issuer.cusip, rec.issuer.cik, rec.amendment_number) == ("053774105", "0000723612", 3)
    assert [p.type_codes for p in rec.parties[1:3]] == [["IA", "PN"], ["HC", "IN"]]
    assert rec.parties[1].identifiers[0].value == "0001425851"  # from the filer pseudo-tag
    assert rec.parties[2].jurisdiction == "United States"
    assert [(s.signer, s.date) for s in rec.signatures][1] == ("Matthew Halbower",
                                                                dt.date(2026, 4, 7))


def test_13d_flat_cusip_comment_chain():
    rec = _rec("13d/bml_aadi_2025_schedule13d.xml")
    assert (rec.issuer.cusip, rec.event_date) == ("00032Q104", dt.date(2024, 12, 31))
    c = rec.claims[1]
    # the comment disclaims group status, not beneficial ownership (review x15 H3)
    assert (c.shares, c.percent, c.sole_voting, c.shared_voting, c.disclaims) == (
        2435000, 9.9, 335000, 2100000, None)
    assert ("Leonard Braden Michael", "BML Capital Management, LLC") in _claims(
        rec, "managing_member_of")


def test_gp_of_gp_through_defined_terms():
    rec = _rec("13d/arch_venture_schedule13d.xml")
    gp = _claims(rec, "general_partner_of")
    assert ("ARCH Venture Partners XII, L.P.", "ARCH Venture Fund XII, L.P.") in gp
    assert ("ARCH Venture Partners XII, LLC", "ARCH Venture Partners XII, L.P.") in gp


def test_a_footnote_mark_after_a_conformed_signature_is_no_part_of_the_name():
    # arch_venture_schedule13d.xml line 256: "<signature>/s/ Mark McDonnell*</signature>", the
    # "*" explained by a note ("*Attorney-in-fact"); his title names him again
    rec = _rec("13d/arch_venture_schedule13d.xml")
    signed = {(s.signer, s.title) for s in rec.signatures if "McDonnell" in s.signer}
    assert ("Mark McDonnell", "as Attorney-in-Fact for Robert Nelsen") in signed
    assert ("Mark McDonnell", "as Attorney-in-Fact for Keith Crandell, Managing Director") \
        in signed
    assert {signer for signer, _ in signed} == {"Mark McDonnell"}


def test_fractional_shares_are_rounded_with_a_reading():
    rec = _rec("13g/fmr_doximity_schedule13ga.xml")
    c = rec.claims[0]
    assert (c.shares, c.sole_voting) == (2164072, 2155852)
    assert c.readings[0].raw == "2164071.69" and c.readings[0].note


def test_truncated_file_is_recovered():
    rec = _rec("13d/strome_zivo_2024_schedule13da_truncated.xml")
    assert rec.warnings[0].code == "xml-damaged" and rec.warnings[0].line == 155
    assert rec.party(rec.claims[0].source).type_codes == ["IN", "HC"]


def test_no_issuer_is_a_parse_error():
    with pytest.raises(ParseError, match="x.xml"):
        parse_schedule13_xml(SourceText("x.xml", "<edgarSubmission><formData/></edgarSubmission>"))


def test_helpers():
    assert XML_NUMBER.match("7,824,100.00")["num"] == "7,824,100.00"


def test_xml_number_grouping():
    """Review rv47f L4: the Indian grouping and leading zeros read as base read them; a decimal
    comma stays no number."""
    assert to_number("12,34,567") == 1234567 and to_number("1,00,000.50") == 100000.5
    assert to_number("0001,000") == 1000 and to_number("-1,000") == -1000
    assert [to_number(s) for s in ("5,1", "0,5", "10,00", "1,2,345", "12,34,56")] == [None] * 5
    assert to_number("22.2%") == 22.2 and to_number("N/A") is None
    assert TRAILING_LEGAL_FORM.sub("", "AVF XII LP") == "AVF XII"
    doc = XmlDoc(SourceText("f.xml", "<a>\n<b>1</b></a>"))
    assert doc.evidence(doc.root.find("b")).line == 2


def test_group_term_in_prose_fans_out_to_its_members_never_a_party_named_funds():
    """Strome 13D/A: '(the "Fund," and together with the Strome Mezzanine Fund, LP, the
    "Funds")' and 'the principal business of the Manager is to serve as a general partner and
    investment manager of the Funds' give the Manager's two relations to each fund."""
    from graphkit.parse import parse_path
    from tests.conftest import corpus_file

    rec = parse_path(corpus_file("13d/strome_zivo_2024_schedule13da_truncated.xml")).records[0]
    names = {p.id: p.name for p in rec.parties}
    assert "Funds" not in names.values()
    rels = {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}
    for fund in ("Strome Mezzanine Fund, LP", "Strome Mezzanine Fund II, LP"):
        for rel in ("general_partner_of", "investment_manager_of"):
            assert (rel, "Strome Investment Management, LP", fund) in rels


# -- first seen on unseen filings (tests/fixtures/filings/) --------------------------------

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings"


def test_xml_13g_item7_statement_last_first_name_and_bad_cusip():
    # Polatov 2023 13G/A: "<reportingPersonName>Polatov Eli" (EDGAR's order) beside
    # "<filingPersonName>Eli Polatov" and the signature; Item 7: "Armon Real Estate Agency
    # Ltd., an Israeli company wholly-owned by Eli Polatov"; "<issuerCusip>1850532047"
    report = parse_path(FIXTURES / "2023_SCHEDULE_13GA_1998813.txt")
    [rec] = report.records
    eli = next(p for p in rec.parties if p.name == "Polatov Eli")
    assert [a.name for a in eli.aliases] == ["Eli Polatov"]
    assert _claims(rec, "shareholder_of") == [("Polatov Eli", "Armon Real Estate Agency Ltd.")]
    [w] = [w for w in rec.warnings if w.code == "cusip-check-digit"]
    assert "'1850532047' has 10 characters, not 9" in w.message and w.line == 86


def test_xml_member_group_boxes_are_said_plainly():
    rec = _rec("13g/marex_jushi_2025_schedule13g.xml")
    assert rec.claims[0].note == "member of a group (box a)"
    rec = _rec("13g/commodore_an2_2026_schedule13g.xml")
    assert "member of group" not in (rec.claims[0].note or "")


def test_xml_person_printed_in_natural_order_only_gets_no_reversed_alias():
    # "Michael Kramarz" as the reporting person and in each signature: no "Kramarz Michael"
    rec = _rec("13g/commodore_an2_2026_schedule13g.xml")
    kramarz = next(p for p in rec.parties if p.name == "Michael Kramarz")
    assert kramarz.aliases == []


def test_cusip_problem():
    from graphkit.parsers.schedule13_xml import cusip_problem
    assert [cusip_problem(c) for c in ("053774105", "00032Q104", "12345678", "05377410X")] == [
        None, None, "has 8 characters, not 9", "fails its check digit (X, not 5)"]


def test_group_mark_after_a_reporting_persons_name():
    # the 2025 GAMCO/Tredegar 13D/A (rv33, trimmed by its source): "GAMCO INVESTORS, INC. ET
    # AL" is GAMCO Investors, Inc.; EDGAR's group mark is no part of its name (session 33)
    path = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "rv33" / \
        "gamco_tredegar_2025_schedule13da_trimmed.xml"
    rec = parse_path(path).records[0]
    assert [p.name for p in rec.parties if "reporting_person" in [r.value for r in p.roles]] \
        == ["GAMCO INVESTORS, INC.", "GABELLI FUNDS LLC"]
