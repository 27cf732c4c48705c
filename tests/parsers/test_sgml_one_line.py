"""EDGAR submissions whose SGML tags run together on one line (graphkit.parsers.sgml_lines).

Copies that lost their line breaks set a ``.nc`` header and each document's metadata on one line
("<ACCESSION-NUMBER>...<TYPE>4<PERIOD>...<DOCUMENT><TYPE>4<SEQUENCE>1<TEXT><XML>..."). They were
read as holding no document at all; they are now read with a ``one-line-tags`` warning, their
evidence citing the file's own lines. Made-up filings (Acme, Jane Roe) and one real one:
tests/fixtures/filings/badin/arrow_2025_form4_one_line.nc (see SOURCES.tsv there).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.detect import SGML_MARKER, InputKind, detect
from graphkit.parse import parse_path, parse_source
from graphkit.parsers.sgml import split_submission
from graphkit.parsers.sgml_lines import (SGML_TAG, TAG_AFTER_VALUE, break_tag_lines,
                                         one_line_layout)
from graphkit.reading import read_source
from graphkit.source import SourceText
from tests.conftest import corpus_file
from tests.short_13g import DEFAULTS, FILING

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "badin"

FORM4_XML = (
    '<?xml version="1.0"?><ownershipDocument>    <schemaVersion>X0508</schemaVersion>'
    "    <documentType>4</documentType>    <periodOfReport>2025-03-03</periodOfReport>"
    "    <issuer><issuerCik>0000000011</issuerCik><issuerName>Acme Widgets, Inc.</issuerName>"
    "<issuerTradingSymbol>ACME</issuerTradingSymbol></issuer>    <reportingOwner>"
    "<reportingOwnerId><rptOwnerCik>0000000022</rptOwnerCik><rptOwnerName>Roe Jane Q"
    "</rptOwnerName></reportingOwnerId><reportingOwnerRelationship><isOfficer>1</isOfficer>"
    "<officerTitle>EVP &amp; General Counsel</officerTitle></reportingOwnerRelationship>"
    "</reportingOwner>    <nonDerivativeTable><nonDerivativeHolding><securityTitle>"
    "<value>Common Stock</value></securityTitle><postTransactionAmounts>"
    "<sharesOwnedFollowingTransaction><value>12345</value></sharesOwnedFollowingTransaction>"
    "</postTransactionAmounts><ownershipNature><directOrIndirectOwnership><value>D</value>"
    "</directOrIndirectOwnership></ownershipNature></nonDerivativeHolding>"
    "</nonDerivativeTable>    <ownerSignature><signatureName>/s/ Jane Q. Roe</signatureName>"
    "<signatureDate>2025-03-04</signatureDate></ownerSignature></ownershipDocument>")

#: A made-up Form 4 .nc, its tags run together on line 2
FORM4_NC = (
    "<SUBMISSION>\n<ACCESSION-NUMBER>0000000022-25-000007<TYPE>4<PUBLIC-DOCUMENT-COUNT>1"
    "<PERIOD>20250303<FILING-DATE>20250304<REPORTING-OWNER><OWNER-DATA><CONFORMED-NAME>Roe "
    "Jane Q<CIK>0000000022</OWNER-DATA></REPORTING-OWNER><ISSUER><COMPANY-DATA>"
    "<CONFORMED-NAME>ACME WIDGETS, INC.<CIK>0000000011</COMPANY-DATA></ISSUER><DOCUMENT>"
    "<TYPE>4<SEQUENCE>1<FILENAME>form4.xml<DESCRIPTION>PRIMARY DOCUMENT<TEXT><XML>"
    + FORM4_XML + "</XML></TEXT></DOCUMENT></SUBMISSION>")


def _one_line_13g() -> str:
    """A made-up Schedule 13G .nc: header and document tags on line 2, then the text document
    (its own lines, with "<PAGE>" marks) and the closing tags after its last line."""
    body = FILING.format(**DEFAULTS).replace("Item 4.", "<PAGE>\nItem 4.")
    return ("<SUBMISSION>\n<ACCESSION-NUMBER>0000000033-05-000001<TYPE>SC 13G"
            "<FILING-DATE>20050211<SUBJECT-COMPANY><COMPANY-DATA><CONFORMED-NAME>ACME WIDGETS "
            "INC<CIK>0000000011</COMPANY-DATA></SUBJECT-COMPANY><FILED-BY><COMPANY-DATA>"
            "<CONFORMED-NAME>ROE CAPITAL ADVISORS INC<CIK>0000000033</COMPANY-DATA></FILED-BY>"
            "<DOCUMENT><TYPE>SC 13G<SEQUENCE>1<FILENAME>acme13g.txt<TEXT>\n"
            + body + "</TEXT></DOCUMENT></SUBMISSION>\n")


FORMD_XML = (
    '<?xml version="1.0"?><edgarSubmission><schemaVersion>X0708</schemaVersion>'
    "<submissionType>D</submissionType><primaryIssuer><cik>0000000044</cik>"
    "<entityName>Acme Growth Fund LP</entityName><entityType>Limited Partnership</entityType>"
    "</primaryIssuer><relatedPersonsList><relatedPersonInfo><relatedPersonName>"
    "<firstName>Jane</firstName><lastName>Roe</lastName></relatedPersonName>"
    "<relatedPersonRelationshipList><relationship>Executive Officer</relationship>"
    "</relatedPersonRelationshipList></relatedPersonInfo></relatedPersonsList><offeringData>"
    "<offeringSalesAmounts><totalOfferingAmount>5000000</totalOfferingAmount>"
    "<totalAmountSold>1250000</totalAmountSold></offeringSalesAmounts></offeringData>"
    "</edgarSubmission>")

#: A made-up Form D .nc with no line break at all after <SUBMISSION>
FORMD_NC = ("<SUBMISSION><ACCESSION-NUMBER>0000000044-24-000002<TYPE>D<FILING-DATE>20240115"
            "<FILER><COMPANY-DATA><CONFORMED-NAME>Acme Growth Fund LP<CIK>0000000044"
            "</COMPANY-DATA></FILER><DOCUMENT><TYPE>D<SEQUENCE>1<FILENAME>primary_doc.xml"
            "<TEXT><XML>" + FORMD_XML + "</XML></TEXT></DOCUMENT></SUBMISSION>")


def _names(rec):
    return {p.id: p.name for p in rec.parties}


def _claims(rec):
    names = _names(rec)
    return {(c.relation.value, names[c.source], names[c.target], c.shares, c.title)
            for c in rec.claims}


def test_one_line_form4_is_read_with_its_values():
    rec, = parse_source(SourceText("f4.nc", FORM4_NC))
    assert (rec.form, rec.accession_number, str(rec.filed_date)) == (
        "4", "0000000022-25-000007", "2025-03-04")
    assert _claims(rec) == {("officer_of", "Roe Jane Q", "Acme Widgets, Inc.", None,
                             "EVP & General Counsel"),
                            ("beneficial_owner_of", "Roe Jane Q", "Acme Widgets, Inc.", 12345,
                             None)}
    assert [s.signer for s in rec.signatures] == ["Jane Q. Roe"]
    w = rec.warnings[0]
    assert (w.code, w.line) == ("one-line-tags", 2) and "f4.nc" in w.message
    assert "first on line 2" in w.message


def test_one_line_evidence_cites_the_files_own_line_and_offsets():
    rec, = parse_source(SourceText("f4.nc", FORM4_NC))
    ev = [e for c in rec.claims for e in c.evidence]
    assert ev and {e.line for e in ev} == {2}
    held = next(c for c in rec.claims if c.shares == 12345).evidence[0]
    assert FORM4_NC[held.start:held.end] == "12345"


def test_one_line_13g_text_keeps_its_lines_and_marks():
    text = _one_line_13g()
    rec, = parse_source(SourceText("g.nc", text))
    assert (rec.form, rec.accession_number) == ("SC 13G", "0000000033-05-000001")
    held = next(c for c in rec.claims if c.relation.value == "beneficial_owner_of")
    names = _names(rec)
    assert (names[held.source], names[held.target], held.shares, held.percent) == (
        "Roe Capital Advisors, Inc.", "Acme Widgets, Inc.", 600000, 6.1)
    # the text document is untouched: its "<PAGE>" stays, and lines are the file's own
    doc = split_submission(SourceText("g.nc", text)).documents[0]
    assert "<PAGE>\nItem 4." in doc.source.text
    assert doc.source.line_of(0) == 3  # its first line, "SCHEDULE 13G", is the file's line 3
    assert held.evidence[0].line == text[:held.evidence[0].start].count("\n") + 1


def test_one_line_form_d_without_any_line_break():
    rec, = parse_source(SourceText("d.nc", FORMD_NC))
    assert (rec.form, rec.accession_number, rec.issuer.name) == (
        "D", "0000000044-24-000002", "Acme Growth Fund LP")
    assert (rec.offering.total_offering_amount, rec.offering.total_amount_sold) == (
        5000000, 1250000)
    assert _claims(rec) == {("officer_of", "Jane Roe", "Acme Growth Fund LP", None, None)}
    assert rec.warnings[0].code == "one-line-tags" and rec.warnings[0].line == 1


def test_detect_reads_the_form_of_a_one_line_submission():
    d = detect(SourceText("f4.nc", FORM4_NC))
    assert (d.kind, d.form) == (InputKind.SGML_SUBMISSION, "4")
    bare = "<DOCUMENT><TYPE>SC 13G<SEQUENCE>1<TEXT>\nSCHEDULE 13G\n</TEXT></DOCUMENT>"
    assert (detect(SourceText("b.txt", bare)).kind, detect(SourceText("b.txt", bare)).form) == (
        InputKind.SGML_SUBMISSION, "SC 13G")


def test_real_one_line_form4():
    """The real Arrow Electronics 2025 Form 4 .nc, all after line 1 on line 2."""
    report = parse_path(str(FIXTURES / "arrow_2025_form4_one_line.nc"))
    rec, = report.records
    assert rec.accession_number == "0001127602-25-004598"
    assert _claims(rec) == {
        ("officer_of", "Jean-Claude Carine Lamercie", "ARROW ELECTRONICS, INC.", None,
         "SVP, CLO & Secretary"),
        ("beneficial_owner_of", "Jean-Claude Carine Lamercie", "ARROW ELECTRONICS, INC.",
         20869, None)}
    assert [s.signer for s in rec.signatures] == ["Nicholas De La Cruz"]
    assert rec.warnings[0].code == "one-line-tags"
    assert {e.line for c in rec.claims for e in c.evidence} == {2}


@pytest.mark.parametrize("name", ["13g/glazer_avid_2024_sc13g.nc",
                                  "formd_xml/vepf_viii_coinvest_2024_d.nc",
                                  "form4/foster_productivity_2000_form4.txt"])
def test_ordinary_submissions_are_not_rebuilt(name):
    src = read_source(corpus_file(name))
    assert not one_line_layout(src.text) and break_tag_lines(src) is None
    assert not split_submission(src).warnings


def test_a_text_document_quoting_tags_is_no_one_line_layout():
    text = ("<SUBMISSION>\n<TYPE>SC 13G\n<DOCUMENT>\n<TYPE>SC 13G\n<TEXT>\n"
            "See <TABLE> and <S> <C> in 12,000<PAGE> and Acme<DOCUMENT> here\n"
            "</TEXT>\n</DOCUMENT>\n")
    assert not one_line_layout(text)
    assert split_submission(SourceText("t.nc", text)).documents[0].source.text.startswith("See")


def test_patterns_match_their_examples():
    assert SGML_TAG.fullmatch("<ACCESSION-NUMBER>") and SGML_TAG.fullmatch("</FILER>")
    assert not SGML_TAG.fullmatch("<p>")
    hits = [m.group() for m in TAG_AFTER_VALUE.finditer(
        "<ACCESSION-NUMBER>0000000000-25-000001<TYPE>4</ISSUER><DOCUMENT>\n<CIK>1")]
    assert hits == ["<TYPE>", "</ISSUER>", "<DOCUMENT>"]
    assert not list(TAG_AFTER_VALUE.finditer("ITEM INFORMATION:\t\t<ITEMS>"))
    assert SGML_MARKER.match("<DOCUMENT><TYPE>4<SEQUENCE>1")
    assert SGML_MARKER.match("<DOCUMENT>\n<TYPE>4")


def test_documents_without_text_end_at_the_next_document():
    """Junk: one-line <DOCUMENT> tags and no <TEXT>. Each document's region ends at the next
    document (review s26-badin: the search for <TEXT> ran to the end of the file for each one,
    17 s for 40,000 such tags)."""
    from graphkit.parsers.sgml_lines import _tag_regions

    text = "<SUBMISSION>\n<TYPE>4" + "<DOCUMENT><TYPE>EX-99<SEQUENCE>1" * 3 + "<DOCUMENT><TEXT>x"
    regions = _tag_regions(text)
    starts = [m.start() for m in __import__("re").finditer("<DOCUMENT>", text)]
    assert regions[0] == (0, starts[0], True)
    assert [r[:2] for r in regions[1:4]] == list(zip(starts[:3], starts[1:4]))
    assert regions[4] == (starts[3], text.index("<TEXT>") + len("<TEXT>"), False)
