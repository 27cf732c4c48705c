"""Form detection from content, never from file names."""

from __future__ import annotations

import pytest

from graphkit.detect import (AMENDMENT_NO, FORM_TITLE, HTML_MARKER, SGML_FORM, SGML_MARKER,
                             XML_NAMESPACE, XML_ROOT, InputKind, classify_text, detect,
                             form_family)
from graphkit.errors import UnsupportedFormError
from graphkit.reading import read_source
from graphkit.source import SourceText
from tests.conftest import corpus_file


@pytest.mark.parametrize("name,kind,form", [
    ("13g/pentwater_avis_schedule13ga.xml", "schedule13_xml", "SCHEDULE 13G/A"),
    ("13d/bml_aadi_2025_schedule13d.xml", "schedule13_xml", "SCHEDULE 13D"),
    ("formd_xml/diffusion_pharma_d.xml", "formd_xml", "D"),
    ("form4/berkshire_snowflake_2020_form3.xml", "ownership_xml", "3"),
    ("13g/glazer_avid_2024_sc13g.nc", "sgml_submission", "SC 13G"),
    ("form4/foster_productivity_2000_form4.txt", "sgml_submission", "4"),
    ("13d/mmcap_cybergy_sc13d.html", "html", "SC 13D"),
    ("formd_xml/hashnote_stablecoin_2023_d_rendered.html", "formd_html", "D"),
    ("13g/blackrock_trinity_2024_sc13ga.html", "sgml_submission", "SC 13G/A"),
])
def test_detect_corpus(name, kind, form):
    d = detect(read_source(corpus_file(name)))
    assert (d.kind.value, d.form) == (kind, form)


def test_file_name_is_ignored():
    d = detect(SourceText("filing.xml", "SCHEDULE 13D\n(Amendment No. 4)\nAcme Corp"))
    assert (d.kind, d.form) == (InputKind.SCHEDULE13_TEXT, "SC 13D/A")


def test_seed_13g_text(seed_13g):
    assert detect(read_source(seed_13g)).kind is InputKind.SCHEDULE13_TEXT


def test_seed_formd_text(seed_formd):
    assert detect(read_source(seed_formd)).kind is InputKind.FORMD_TEXT


def test_old_text_form4_with_sgml_tables_is_text_not_html():
    text = ("FORM 4\nSTATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n<TABLE>\n<CAPTION>\n<S> <C>\n")
    assert detect(SourceText("f", text)).kind is InputKind.OWNERSHIP_TEXT


@pytest.mark.parametrize("text", ["ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)\nFORM 10-K",
                                  '<?xml version="1.0"?><informationTable xmlns="x"/>',
                                  '<edgarSubmission xmlns="http://www.sec.gov/edgar/thirteenffiler">'
                                  '<submissionType>13F-HR</submissionType></edgarSubmission>'])
def test_unsupported_names_the_file(text):
    with pytest.raises(UnsupportedFormError) as exc:
        detect(SourceText("odd.txt", text))
    assert "odd.txt" in str(exc.value)


def test_patterns_match_their_examples():
    assert SGML_MARKER.match("<SEC-DOCUMENT>0001420506-24-002350.txt : 20241113")
    assert SGML_FORM.search("CONFORMED SUBMISSION TYPE:\tSC 13G\n")["form"] == "SC 13G"
    assert SGML_FORM.search("<TYPE>D/A\n")["form"] == "D/A"
    m = XML_ROOT.search('<edgarSubmission xmlns="http://www.sec.gov/edgar/schedule13g">')
    assert m["name"] == "edgarSubmission"
    assert XML_NAMESPACE.search(m["attrs"])["ns"].endswith("schedule13g")
    assert HTML_MARKER.search("<p align=center>") and not HTML_MARKER.search("<TABLE>")
    assert FORM_TITLE.search("Schedule 13-D")["dg"] == "D"
    assert FORM_TITLE.search("NOTICE OF SALE OF SECURITIES")["formd"]
    assert AMENDMENT_NO.search("(Amendment No:  3)")["no"] == "3"


def test_form_family():
    assert form_family("SC 13D/A").value == "schedule_13d"
    assert form_family("4/A").value == "form_4"
    assert form_family("10-K") is None and form_family(None) is None


def test_classify_earliest_title_wins():
    text = "SCHEDULE 13D\nIf the filing person has previously filed a statement on Schedule 13G"
    assert classify_text(text)[1] == "SC 13D"


def test_xml_patterns_and_no_amendment():
    from graphkit.detect import NO_AMENDMENT, XML_DECLARATION, XML_FORM_ROOT, XML_NON_ELEMENTS
    from graphkit.xml_form_value import XML_FORM_CLOSE, XML_FORM_OPEN
    from graphkit.xml_form_value import xml_value as _xml_value

    assert _xml_value("documentType", "<ns:documentType> 4 </ns:documentType>") == "4"
    assert _xml_value("submissionType",
                      "<submissionType>SCHEDULE 13G</submissionType>") == "SCHEDULE 13G"
    assert XML_FORM_OPEN["documentType"].match("<ns1:documentType >")
    assert not XML_FORM_OPEN["documentType"].match("<documentTypes>")
    assert XML_FORM_CLOSE["submissionType"].match("</submissionType\n>")
    assert XML_NON_ELEMENTS.sub(" ", '<?xml version="1.0"?><!-- c --><!DOCTYPE x><a/>') == \
        "   <a/>"
    assert XML_DECLARATION.sub("", '<?xml version="1.0"?>\n <html>') == "<html>"
    assert XML_FORM_ROOT.match("<ownershipDocument>")
    assert not XML_FORM_ROOT.match("<ownershipDocuments>")
    assert NO_AMENDMENT.search("(Amendment No. 0)") and NO_AMENDMENT.search("(Amendment No. )")
    assert not NO_AMENDMENT.search("(Amendment No. 2)")


@pytest.mark.parametrize("title", ["SCHEDULE&nbsp;13D", "SCHEDULE&#160;13D", "SCHEDULE&#xA0;13D",
                                   "SCHEDULE\u00a013D", "<b>SCHEDULE</b>&nbsp;<b>13D</b>"])
def test_html_titles_with_no_break_spaces_are_detected(title):
    from graphkit.detect import html_head_text

    page = f"<html><body><p>{title}</p><p>Under the Securities Exchange Act of 1934</p>"
    assert "SCHEDULE 13D" in " ".join(html_head_text(page).split())
    assert detect(SourceText(path="t.htm", text=page)).form == "SC 13D"

