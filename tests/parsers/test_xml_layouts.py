"""An XML filing parses the same however its XML is written (session 47 XML layout sweep,
branch xv47): each fixture of ``tests/fixtures/filings/xv47`` is a real filing with one edit of
layout only, and must give the original's parties, numbers and signatures."""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path
from graphkit.parsers.xmldoc import XML_DECLARATION
from tests.cpu_time import cpu_seconds

XV47 = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "xv47"


def test_xml_declaration_pattern_takes_a_byte_order_mark_after_a_blank_line():
    text = '\n\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<a/>'
    assert XML_DECLARATION.match(text).end() == text.index("\n<a/>")
    assert XML_DECLARATION.match("\ufeff<a/>").end() == 1  # a mark alone, no declaration
    assert XML_DECLARATION.match("<a/>").end() == 0


def test_byte_order_mark_after_the_opening_blank_line_reads_as_without_it():
    rep = parse_path(XV47 / "marex_jushi_2025_13g_bom.xml")
    assert rep.status.value == "parsed"
    rec = rep.records[0]
    owners = {rec.party(c.source).name: (c.shares, c.percent, c.sole_voting, c.shared_voting)
              for c in rec.claims if c.relation.value == "beneficial_owner_of"}
    assert owners == {"Marex Securities Products Inc.": (10000000, 5.1, 10000000, 0),
                      "Marex Group plc": (10000000, 5.1, 10000000, 0)}
    assert {rec.party(c.target).name for c in rec.claims} == {"Jushi Holdings Inc."}
    assert [(s.signer, s.title) for s in rec.signatures] == [
        ("Jennifer Kaiser", "COO"), ("Scott Linsley", "Corporate Secretary")]


def test_form_value_reads_through_cdata_and_comments():
    from graphkit.xml_form_value import xml_value as _xml_value
    assert _xml_value("documentType", "<documentType><![CDATA[4]]></documentType>") == "4"
    assert _xml_value("documentType", "<documentType> <!-- form --> 4/A </documentType>") == "4/A"
    assert _xml_value("documentType", "<documentType><![CDATA[ 5 ]]>\r\n</documentType >") == "5"
    assert _xml_value("documentType", "<documentType><b>4</b></documentType>") is None
    assert _xml_value("documentType", "<documentType>\n<!-- a --> <!-- b -->\n5\n</documentType >"
                      ) == "5"
    assert _xml_value("documentType", "<documentType><![CDATA[4]]]></documentType>") is None
    # an element holding markup is passed over for the next one
    assert _xml_value("documentType", "<documentType><b/></documentType><!-- -->"
                      "<documentType>3</documentType>") == "3"
    assert _xml_value("documentType", "<documentType>4<!--x</documentType>") is None


def test_form_value_of_a_long_blank_run_takes_linear_time():
    """Review rv47f: "<documentType>" + 1,000 blanks + "x<y/>" took 10.7 s (the blank run was
    matched by two quantifiers), 4,000 blanks 516 s; 20,000 now take milliseconds."""
    from graphkit.detect import detect
    from graphkit.xml_form_value import xml_value as _xml_value
    from graphkit.source import SourceText
    text = "<ownershipDocument><documentType>" + " " * 20000 + "x<y/></ownershipDocument>"
    with cpu_seconds() as spent:
        found = detect(SourceText("a.xml", text))
        unclosed = _xml_value("documentType", "<documentType><!--" * 40000)
    assert found.form is None and unclosed is None
    assert spent() < 1.0


def test_form_value_reads_character_references():
    from graphkit.xml_form_value import xml_value as _xml_value
    assert _xml_value("documentType", "<documentType>&#x34;&#47;A</documentType>") == "4/A"
    assert _xml_value("submissionType", "<submissionType>&#68;</submissionType>") == "D"
    assert _xml_value("submissionType", "<submissionType> </submissionType>") is None


def test_form_type_in_a_cdata_section_is_still_the_form():
    rep = parse_path(XV47 / "mammen_10x_2023_form4_cdata_type.txt")
    assert rep.status.value == "parsed" and rep.form == "4"
    rec = rep.records[0]
    assert [(rec.party(c.source).name, c.relation.value, rec.party(c.target).name, c.shares)
            for c in rec.claims] == [
        ("Mammen Mathai", "director_of", "10x Genomics, Inc.", None),
        ("Mammen Mathai", "beneficial_owner_of", "10x Genomics, Inc.", 169745)]
    assert str(rec.event_date) == "2023-05-11"
    assert [(s.signer, s.title) for s in rec.signatures] == [("Eric S. Whitaker",
                                                               "Attorney-in-Fact")]


def test_header_after_a_long_form_body_still_states_the_form():
    rep = parse_path(XV47 / "arch_venture_2026_13d_header_last.xml")
    rec = rep.records[0]
    assert rep.status.value == "parsed" and rec.form == "SCHEDULE 13D"
    assert [w.code for w in rec.warnings] == []  # no "the XML states no form"
    owners = {rec.party(c.source).name: (c.shares, c.percent) for c in rec.claims
              if c.relation.value == "beneficial_owner_of"}
    assert owners["ARCH Venture Fund XII, L.P."] == (6294951, 11.9)
    assert len(owners) == 7 and set(owners.values()) == {(6294951, 11.9)}


def test_item7_see_exhibit_in_a_cdata_section_still_links_the_exhibit_list():
    rep = parse_path(XV47 / "blackrock_montrosa_2025_13g_item7_cdata.txt")
    rec = rep.records[0]
    subs = sorted(rec.party(c.target).name for c in rec.claims if c.relation.value == "parent_of")
    assert len(subs) == 9 and subs[0] == "Aperio Group, LLC"
    assert "BlackRock Institutional Trust Company, National Association" in subs
    assert {rec.party(c.source).name for c in rec.claims
            if c.relation.value == "parent_of"} == {"BlackRock, Inc."}
    assert [(rec.party(c.source).name, c.shares, c.percent) for c in rec.claims
            if c.relation.value == "beneficial_owner_of"] == [("BlackRock, Inc.", 3840165, 6.3)]


def test_form_type_written_with_a_character_reference_is_still_the_form():
    rep = parse_path(XV47 / "shepherds_finance_2023_da_charref_type.xml")
    rec = rep.records[0]
    assert rep.status.value == "parsed" and rec.form == "D/A"
    claims = [(rec.party(c.source).name, c.relation.value, c.title) for c in rec.claims]
    assert len(claims) == 8
    assert claims[0] == ("Daniel M. Wallach", "officer_of", "Chief Executive Officer")
    assert ("Catherine Loftin", "officer_of", "Chief Financial Officer") in claims
    assert {rec.party(c.target).name for c in rec.claims} == {"Shepherd's Finance, LLC"}
    assert [(s.signer, s.title) for s in rec.signatures] == [("Daniel M. Wallach",
                                                               "Chief Executive Officer")]


def test_form_d_booleans_written_1_and_0_read_as_true_and_false():
    rep = parse_path(XV47 / "shepherds_finance_2023_da_boolean_digits.xml")
    offering = rep.records[0].offering
    assert offering.is_amendment is True  # "<isAmendment>1</isAmendment>"; was read as False
    assert (offering.accredited_investors, offering.non_accredited_investors) == (13, 0)
    assert [(r.raw, r.note) for r in offering.readings if r.field == "year_of_incorporation"] \
        == [("overFiveYears", "no year given: overFiveYears")]


def test_a_decimal_comma_is_no_number_and_is_warned_never_read_as_thousands():
    rep = parse_path(XV47 / "marex_jushi_2025_13g_decimal_comma.xml")
    rec = rep.records[0]
    held = {rec.party(c.source).name: (c.shares, c.percent) for c in rec.claims
            if c.relation.value == "beneficial_owner_of"}
    # "<classPercent>5,1</classPercent>" was read as 51.0 (the comma taken for thousands)
    assert held == {"Marex Securities Products Inc.": (10000000, None),
                    "Marex Group plc": (10000000, 5.1)}
    assert [(w.code, w.line) for w in rec.warnings] == [("missing-value", 49)]


def test_xml_number_commas_only_group_thousands():
    from graphkit.parsers.xmldoc import number_text
    assert [number_text(t) for t in ("1,000", "1,000,000.25", "5,1", "10,00", "1,0000")] == [
        "1000", "1000000.25", None, None, None]
