"""EDGAR full submissions: headers in both styles, documents placed in the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.sgml import (BODY_WRAPPER, DOC_META, DOC_TEXT, DOCUMENT_OPEN, HEADER_LINE,
                                   UUENCODED, _document_spans, _unwrap, split_submission)
from graphkit.reading import read_source
from tests.conftest import corpus_file


def test_txt_header_and_documents():
    path = corpus_file("13g/askeladden_fitlife_2025_schedule13g.txt")
    sub = split_submission(read_source(path))
    h = sub.header
    assert (h.accession_number, h.form_type, h.filed_date) == (
        "0001815572-25-000002", "SCHEDULE 13G", dt.date(2025, 1, 17))
    subj, filer = h.companies
    assert (subj.role, subj.name, subj.cik, subj.state_of_incorporation) == (
        "subject_company", "FITLIFE BRANDS, INC.", "0001374328", "NV")
    assert (filer.role, filer.cik, filer.irs_number) == ("filed_by", "0001815572", "810803834")
    assert filer.business_address == "1452 HUGHES ROAD, SUITE 200 #582, GRAPEVINE, TX 76051"
    assert [(d.type, d.sequence, d.filename, d.wrapper, d.binary) for d in sub.documents] == [
        ("SCHEDULE 13G", 1, "primary_doc.xml", "XML", False),
        ("EX-99.1 CHARTER", 3, "acmex99ftlf.pdf", "PDF", True),
        ("EX-99.1 CHARTER", 5, "acmex99ftlf.txt", None, False)]
    lines = path.read_text().splitlines()
    xml = sub.documents[0].source
    assert lines[xml.line_of(0) - 1].startswith("<?xml")
    assert xml.text.startswith("<?xml") and xml.text.rstrip().endswith("</edgarSubmission>")


def test_nc_header():
    sub = split_submission(read_source(corpus_file("13g/glazer_avid_2024_sc13g.nc")))
    h = sub.header
    assert (h.accession_number, h.form_type, h.filed_date) == (
        "0001076809-24-000144", "SC 13G", dt.date(2024, 12, 13))
    assert [(c.role, c.name, c.cik) for c in h.companies] == [
        ("subject_company", "Avid Bioservices, Inc.", "0000704562"),
        ("filed_by", "GLAZER CAPITAL, LLC", "0001076809")]
    assert sub.documents[0].filename == "cdmo20241209.htm"


def test_pem_wrapped_old_form4_relationship():
    sub = split_submission(read_source(corpus_file("form4/foster_productivity_2000_form4.txt")))
    assert sub.header.period == dt.date(2000, 2, 29)
    owner = next(c for c in sub.header.companies if c.role == "reporting_owner")
    assert (owner.name, owner.cik, owner.relationship) == ("FOSTER ALAN H", "0001050609",
                                                           "DIRECTOR")


def test_reporting_owner_and_issuer_blocks():
    sub = split_submission(read_source(corpus_file("form4/pleasantlake_1800flowers_2025_form4.txt")))
    roles = [(c.role, c.cik) for c in sub.header.companies]
    assert roles == [("reporting_owner", "0001580144"), ("reporting_owner", "0002052009"),
                     ("reporting_owner", "0001959730"), ("issuer", "0001084869")]


def test_bare_document_without_header():
    sub = split_submission(read_source(corpus_file("13g/blackrock_trinity_2024_sc13ga.html")))
    assert sub.header.accession_number is None
    assert [d.type for d in sub.documents] == ["SC 13G/A"]


def test_patterns_match_their_examples():
    assert HEADER_LINE.match("<CIK>0000704562")["tagval"] == "0000704562"
    assert HEADER_LINE.match("\t\tCITY:\t\tTUSTIN")["keyval"] == "TUSTIN"
    assert HEADER_LINE.match("FILED BY:\t\t")["key"] == "FILED BY"
    assert DOCUMENT_OPEN.search("x\n<DOCUMENT>\n<TYPE>4\n").end() == 13
    assert DOC_TEXT.search("<TYPE>4\n<TEXT>\nbody").end() == 15
    assert DOC_META.search("<FILENAME>primary_doc.xml")["value"] == "primary_doc.xml"
    assert BODY_WRAPPER.match("<XML>\n<a/>\n</XML>\n")["wrap"] == "XML"
    assert UUENCODED.match("begin 644 acmex99ftlf.pdf")


def test_document_ends_found_without_a_lazy_pattern():
    text = "<DOCUMENT>\n<TYPE>4\n</DOCUMENT>\n<DOCUMENT>\nB\n<DOCUMENT>\nC\n"
    spans = _document_spans(text, 0)
    assert [text[s:e] for s, e, _ in spans] == ["<TYPE>4\n", "B\n", "C\n"]
    assert [closed for _, _, closed in spans] == [True, True, False]  # the file ends inside C
    wrapped = "<XML>\n<a/>\n</XML> \n"
    wrap, s, e = _unwrap(wrapped, 0, len(wrapped))
    assert (wrap, wrapped[s:e]) == ("XML", "<a/>\n")
    # a closing tag followed by more than white space does not end the body
    torn = "<XML>\n<a/></XML>x"
    wrap, s, e = _unwrap(torn, 0, len(torn))
    assert (wrap, torn[s:e]) == ("XML", "<a/></XML>x")


def test_documents_are_placed_on_the_lines_of_the_submission():
    # each document's lines, counted on from the one before, are the submission's own
    from graphkit.parsers.sgml import split_submission
    from graphkit.source import SourceText
    text = "<SEC-HEADER>\n</SEC-HEADER>\n" + "".join(
        f"<DOCUMENT>\n<TYPE>EX-{i}\n<TEXT>\n" + "x\n" * i + f"body {i}\n</TEXT>\n</DOCUMENT>\n"
        for i in range(4))
    src = SourceText(path="x.txt", text=text, line_offset=5)
    for doc in split_submission(src).documents:
        at = text.index(doc.source.text)
        assert doc.source.line_of(0) == src.line_of(at) == text.count("\n", 0, at) + 6


# --- closing tags on one line (review s35 rvB L1) ----------------------------------------------

_RV36 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv36"


def test_document_closed_after_its_wrappers_closings_on_one_line():
    # real Form 4 (Microsoft, 2026) as trimmed by its source: "</XML></TEXT></DOCUMENT>"
    rep = parse_path(_RV36 / "numoto_msft_2026_form4_trimmed.txt")
    rec = rep.records[0]
    assert not [w for w in rec.warnings if w.code == "truncated"]
    assert [(c.relation.value, c.shares) for c in rec.claims] == [
        ("officer_of", None), ("beneficial_owner_of", 42677)]


@pytest.mark.parametrize("text, closed", [
    ("<DOCUMENT>\n<TEXT>\nA\n</TEXT></DOCUMENT>\n", True),
    ("<DOCUMENT>\n<TEXT>\n<XML>\nA\n</XML></TEXT></DOCUMENT>\n", True),
    ("<DOCUMENT>\n<TEXT>\nA </DOCUMENT>\n", False),   # words before it: not the closing tag
    ("<DOCUMENT>\n<TEXT>\n<b>A</b></DOCUMENT>\n", False),
])
def test_closing_tag_after_closings(text, closed):
    assert [s[2] for s in _document_spans(text, 0)] == [closed]
