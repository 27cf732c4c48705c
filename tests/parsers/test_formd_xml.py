"""EDGAR XML Form D (graphkit.parsers.formd_xml): real values from the corpus filings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graphkit.errors import ParseError
from graphkit.models import HeaderCompany, SubmissionHeader
from graphkit.parsers import formd_xml as fx
from graphkit.parsers.formd_xml import parse_formd_xml
from graphkit.parsers.sgml import split_submission
from graphkit.source import SourceText
from tests.conftest import corpus_file
from tests.parsers.test_formd_golden import xml_source


def load(name: str):
    return parse_formd_xml(xml_source(corpus_file(f"formd_xml/{name}")))


def claims(rec):
    return sorted((c.relation.value, rec.party(c.source).name, rec.party(c.target).name)
                  for c in rec.claims)


def test_entity_names_split_across_fields():
    rec = load("apfund_iv_belltower_2023_d.xml")
    names = {p.name: p for p in rec.parties}
    assert "Belltower Fund Group Ltd." in names and "Fund GP, LLC" in names
    bt = names["Belltower Fund Group Ltd."]
    assert bt.kind.value == "organization"
    assert bt.readings[0].raw == "firstName='Ltd.'; lastName='Belltower Fund Group'"
    issuer = "AP Fund IV, a series of Inference Technology Partners, LP"
    co_issuer = "AP Fund IV AL Vehicle, a series of Inference Technology Partners, LP"
    assert claims(rec) == [  # the one GP listed is the co-issuer series' GP too
        ("general_partner_of", "Fund GP, LLC", co_issuer),
        ("general_partner_of", "Fund GP, LLC", issuer),
        ("managing_member_of", "Belltower Fund Group Ltd.", "Fund GP, LLC")]
    gp = next(c for c in rec.claims if c.relation.value == "general_partner_of")
    assert gp.evidence[0].text == ("<relationshipClarification>General partner of the Issuer"
                                   "</relationshipClarification>")
    co = next(p for p in rec.parties if p.name.startswith("AP Fund IV AL Vehicle"))
    assert co.identifiers[0].value == "0001963203"
    assert len(rec.signatures) == 2 and rec.signatures[0].signer == "Cathy Bui"


def test_gp_and_managing_member_of_gp():
    rec = load("investure_opportunity_2024_da.nc")
    assert rec.form == "D/A" and rec.offering.is_amendment is True
    assert rec.issuer.cik == "0001296490"
    assert claims(rec) == [
        ("general_partner_of", "Investure, LLC", "INVESTURE OPPORTUNITY FUND, LP"),
        ("managing_member_of", "Bruce A. Miller", "Investure, LLC")]
    assert rec.offering.total_offering_amount is None  # "Indefinite"
    assert rec.offering.total_amount_sold == 561224695
    assert rec.signature_date == dt.date(2024, 1, 11)


def test_evidence_lines_point_into_the_full_submission():
    rec = load("investure_opportunity_2024_da.nc")
    miller = next(p for p in rec.parties if p.name == "Bruce A. Miller")
    assert miller.evidence[0].line == 104  # <relatedPersonInfo> of the .nc file
    text = corpus_file("formd_xml/investure_opportunity_2024_da.nc").read_text()
    ev = miller.evidence[0]
    assert text[ev.start:ev.end].startswith("<relatedPersonInfo>")


def test_promoters_and_fund_manager():
    rec = load("upshot_re_fund_ii_2018_d.txt")
    iss = "Upshot Real Estate Fund II, LP"
    assert claims(rec) == [
        ("general_partner_of", "Upshot Fund II GP, LLC", iss),
        ("investment_manager_of", "Upshot Capital Advisors, LLC", iss),
        ("managing_member_of", "Raul Socarras", "Upshot Fund II GP, LLC"),
        ("promoter_of", "Upshot Capital Advisors, LLC", iss),
        ("promoter_of", "Upshot Fund II GP, LLC", iss)]


def test_gp_entity_marked_officer_and_director():
    rec = load("10h_capital_fund_ii_2024_da.txt")
    assert claims(rec) == [
        ("general_partner_of", "10H Capital II GP, LLC", "10H Capital Fund II, LP"),
        ("managing_member_of", "Jingqiu (Joseph) Mei", "10H Capital II GP, LLC")]
    mei = next(p for p in rec.parties if p.name == "Jingqiu (Joseph) Mei")
    assert mei.kind.value == "person" and "signer" in [r.value for r in mei.roles]


def test_director_of_unnamed_gp_is_kept_with_warning():
    rec = load("hashnote_stablecoin_2023_d.txt")
    (c,) = [c for c in rec.claims]
    assert (c.relation.value, rec.party(c.source).name) == ("director_of", "Leo Mizuhara")
    assert "Director of general partner" in c.note
    assert [w.code for w in rec.warnings] == ["unresolved-clarification"]
    recipient = next(p for p in rec.parties if p.name == "Christine Sandler")
    assert [r.value for r in recipient.roles] == ["named"]
    assert "CRD 1558158" in recipient.readings[0].note
    signer = next(p for p in rec.parties if p.name == "Andrew Ridenour")
    assert [r.value for r in signer.roles] == ["signer"]


def hashnote_xml_cut_by_split_submission() -> SourceText:
    path = corpus_file("formd_xml/hashnote_stablecoin_2023_d.txt")
    sub = split_submission(SourceText(path=str(path), text=path.read_text(encoding="utf-8")))
    (doc,) = [d for d in sub.documents if d.wrapper == "XML"]
    return doc.source


@pytest.mark.parametrize("cut", [
    lambda: xml_source(corpus_file("formd_xml/hashnote_stablecoin_2023_d.txt")),
    hashnote_xml_cut_by_split_submission], ids=["xml_source", "split_submission"])
def test_warning_lines_point_into_the_full_submission(cut):
    # The XML starts on line 51 of the submission; the clarification is on line 100 of the file
    # (warnings once added the document's offset twice and said line 130).
    src = cut()
    assert src.line_offset > 0
    rec = parse_formd_xml(src)
    (w,) = rec.warnings
    assert (w.code, w.line) == ("unresolved-clarification", 100)
    text = corpus_file("formd_xml/hashnote_stablecoin_2023_d.txt").read_text(encoding="utf-8")
    assert "Director of general partner" in text.split("\n")[100 - 1]
    clarification = rec.claims[0].evidence[1]
    assert clarification.line == w.line


def test_malformed_xml_warning_line_points_into_the_full_submission():
    src = xml_source(corpus_file("formd_xml/hashnote_stablecoin_2023_d.txt"))
    bad = src.text.replace("</relationshipClarification>", "</relationshipClarificatio>")
    rec = parse_formd_xml(SourceText(path=src.path, text=bad, offset=src.offset,
                                     line_offset=src.line_offset))
    assert [(w.code, w.line) for w in rec.warnings] == [("malformed-xml", 100),
                                                        ("unresolved-clarification", 100)]


def test_x0301_adviser_named_in_clarification():
    rec = load("gabelli_intl_gold_2009_d.txt")
    assert rec.issuer.name == "GABELLI INTERNATIONAL GOLD FUND LTD."
    assert rec.offering.jurisdiction == "Bermuda"  # EDGAR code D0
    assert ("investment_manager_of", "Gabelli Securities Inc.",
            "GABELLI INTERNATIONAL GOLD FUND LTD.") in claims(rec)
    assert ("officer_of", "Douglas R. Jamieson", "Gabelli Securities Inc.") in claims(rec)
    assert sum(1 for c in rec.claims if c.relation.value == "director_of") == 5
    assert rec.offering.exemptions == ["Rule 506", "Investment Company Act Section 3(c)",
                                       "Section 3(c)(1)"]


def test_x0707_operating_company_titles():
    rec = load("diffusion_pharma_d.xml")
    off = rec.offering
    assert (off.total_offering_amount, off.total_amount_sold, off.accredited_investors) == (
        1512500, 1029908, 15)
    ceo = next(c for c in rec.claims if c.relation.value == "officer_of"
               and rec.party(c.source).name == "David G. Kalergis")
    assert ceo.title == "Chief Executive Officer"
    assert rec.signature_date == dt.date(2006, 6, 21)


def test_clarification_title_and_board_note():
    rec = load("shepherds_finance_2023_d.xml")
    loftin = next(c for c in rec.claims if rec.party(c.source).name == "Catherine Loftin")
    assert (loftin.relation.value, loftin.title) == ("officer_of", "Chief Financial Officer")
    summers = next(c for c in rec.claims if rec.party(c.source).name == "Kenneth R. Summers")
    assert summers.relation.value == "director_of"
    assert "Member of the Board of Managers" in summers.note


def test_header_ciks_and_accession():
    hdr = SubmissionHeader(accession_number="0001398344-24-000491",
                           filed_date=dt.date(2024, 1, 11),
                           companies=[HeaderCompany(role="filer",
                                                    name="INVESTURE OPPORTUNITY FUND, LP",
                                                    cik="0001296490")])
    rec = parse_formd_xml(xml_source(corpus_file("formd_xml/investure_opportunity_2024_da.nc")),
                          hdr)
    assert rec.accession_number == "0001398344-24-000491"
    assert rec.filed_date == dt.date(2024, 1, 11)
    assert [i.value for i in rec.party("issuer").identifiers] == ["0001296490"]


def test_truncated_xml_keeps_what_was_read():
    text = corpus_file("formd_xml/diffusion_pharma_d.xml").read_text()
    cut = text[: text.index("<firstName>Robert</firstName>")]
    rec = parse_formd_xml(SourceText(path="cut.xml", text="\n  " + cut))
    assert rec.issuer.name == "DIFFUSION PHARMACEUTICALS LLC"
    assert [p.name for p in rec.parties][1:] == ["David G. Kalergis", "John L. Gainer",
                                                 "Thomas E. Byrne"]
    assert "malformed-xml" in [w.code for w in rec.warnings]


def test_nothing_usable_raises_naming_the_file():
    with pytest.raises(ParseError, match="cut.xml"):
        parse_formd_xml(SourceText(path="cut.xml", text='<?xml version="1.0"?>\n<edgarSubm'))


def test_namespaced_and_encoded_declaration():
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<edgarSubmission xmlns="http://www.sec.gov/'
           'edgar/formd"><submissionType>D</submissionType><primaryIssuer><entityName>Acme LP'
           '</entityName></primaryIssuer></edgarSubmission>')
    assert parse_formd_xml(SourceText(path="n.xml", text=xml)).issuer.name == "Acme LP"


@pytest.mark.parametrize("raw,want", [
    ("N/A", True), ("n/a", True), ("None", True), ("", True), ("-", True), ("Nash", False),
    ("NA", True), ("N.A.", True), ("na", True), ("N / A", True), ("Na", False), ("NA X", False)])
def test_empty_field_pattern(raw, want):
    assert bool(fx.EMPTY_FIELD.match(raw)) is want


@pytest.mark.parametrize("raw,want", [
    ("Ltd.", True), ("LLC", True), ("L.P.", True), ("Inc", True), ("Lee", False)])
def test_legal_form_only_pattern(raw, want):
    assert bool(fx.LEGAL_FORM_ONLY.match(raw)) is want


def test_xml_declaration_pattern():
    assert fx.XML_DECLARATION.match('  <?xml version="1.0" encoding="UTF-8"?><a/>')


def test_unreadable_amendment_flag_leaves_the_form_to_tell():
    """Review rv47f L3: an <isAmendment> that is no boolean ("Y", "N/A") read False, so the
    Form D/A's "/A" was never consulted; now the stated form D/A makes it an amendment."""
    path = (Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "formd32"
            / "investcorp_napef2_2026_da_transcribed.xml")
    text = path.read_text(encoding="utf-8")
    assert parse_formd_xml(SourceText(path="a.xml", text=text)).offering.is_amendment is True
    for flag in ("Y", "N/A"):
        odd = text.replace("<isAmendment>true</isAmendment>", f"<isAmendment>{flag}</isAmendment>")
        rec = parse_formd_xml(SourceText(path="a.xml", text=odd))
        assert rec.form == "D/A" and rec.offering.is_amendment is True
    stated = text.replace("<isAmendment>true</isAmendment>", "<isAmendment>false</isAmendment>")
    assert parse_formd_xml(SourceText(path="a.xml", text=stated)).offering.is_amendment is False
