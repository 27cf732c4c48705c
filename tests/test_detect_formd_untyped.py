"""An ``<edgarSubmission>`` that states no ``<submissionType>`` (a trimmed copy): its form is
told from its namespace or content when only one form fits, with a ``form-inferred`` warning;
else the clear refusal stays. Made-up filings (Acme, Jane Roe), trimmed copies of corpus filings
and one real trimmed Form D (tests/fixtures/filings/badin/astranis_2021_d_no_type.xml).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphkit.detect import AMENDMENT_ELEMENT, CONTENT_ELEMENT, InputKind, detect
from graphkit.errors import UnsupportedFormError
from graphkit.parse import parse_path, parse_source
from graphkit.reading import read_source
from graphkit.source import SourceText
from tests.conftest import corpus_file

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "filings" / "badin"

FORMD_UNTYPED = (
    '<?xml version="1.0"?>\n<edgarSubmission>\n<primaryIssuer><entityName>Acme Growth Fund LP'
    "</entityName><entityType>Limited Partnership</entityType></primaryIssuer>\n"
    "<relatedPersonsList><relatedPersonInfo><relatedPersonName><firstName>Jane</firstName>"
    "<lastName>Roe</lastName></relatedPersonName><relatedPersonRelationshipList>"
    "<relationship>Director</relationship><relationship>Promoter</relationship>"
    "</relatedPersonRelationshipList></relatedPersonInfo></relatedPersonsList>\n<offeringData>"
    "<offeringSalesAmounts><totalOfferingAmount>7500000</totalOfferingAmount>"
    "<totalAmountSold>3000000</totalAmountSold></offeringSalesAmounts></offeringData>\n"
    "</edgarSubmission>\n")


def _claims(rec):
    names = {p.id: p.name for p in rec.parties}
    return {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}


def _untyped(name: str, drop_namespace: bool = False) -> str:
    """A corpus Schedule 13D/G XML without its submissionType (and default namespace)."""
    text = re.sub(r"<submissionType>[^<]*</submissionType>", "",
                  read_source(corpus_file(name)).text)
    return re.sub(r'<edgarSubmission xmlns="[^"]*"', "<edgarSubmission", text) \
        if drop_namespace else text


def test_made_up_form_d_without_submission_type():
    rec, = parse_source(SourceText("d.xml", FORMD_UNTYPED))
    assert (rec.form, rec.issuer.name) == ("D", "Acme Growth Fund LP")
    assert (rec.offering.total_offering_amount, rec.offering.total_amount_sold) == (
        7500000, 3000000)
    assert _claims(rec) == {("director_of", "Jane Roe", "Acme Growth Fund LP"),
                            ("promoter_of", "Jane Roe", "Acme Growth Fund LP")}
    w = rec.warnings[0]
    assert w.code == "form-inferred" and "d.xml" in w.message
    assert "<primaryIssuer> with <relatedPersonsList>" in w.message


def test_real_trimmed_form_d_without_submission_type():
    rec, = parse_path(str(FIXTURES / "astranis_2021_d_no_type.xml")).records
    assert (rec.form, rec.issuer.name) == ("D", "Astranis Space Technologies Corp.")
    assert _claims(rec) == {
        ("officer_of", "John Gedmark", "Astranis Space Technologies Corp."),
        ("director_of", "John Gedmark", "Astranis Space Technologies Corp."),
        ("director_of", "Ryan McLinko", "Astranis Space Technologies Corp.")}
    assert (rec.offering.total_offering_amount, rec.offering.total_amount_sold) == (
        280821725, 280821725)
    assert rec.warnings[0].code == "form-inferred"


@pytest.mark.parametrize("name,drop,form", [
    ("13g/pentwater_avis_schedule13ga.xml", False, "SCHEDULE 13G/A"),
    ("13g/pentwater_avis_schedule13ga.xml", True, "SCHEDULE 13G/A"),
    ("13g/citadel_spirit_2025_schedule13g.xml", True, "SCHEDULE 13G"),
    ("13d/bml_aadi_2025_schedule13d.xml", True, "SCHEDULE 13D"),
    ("13d/adia_overland_2025_schedule13da.xml", True, "SCHEDULE 13D/A"),
])
def test_trimmed_schedule13_xml_is_told_and_parsed_as_that_form(name, drop, form):
    text = _untyped(name, drop)
    d = detect(SourceText("s.xml", text))
    assert (d.kind, d.form) == (InputKind.SCHEDULE13_XML, form)
    rec, = parse_source(SourceText("s.xml", text))
    assert rec.form == form and rec.warnings[0].code == "form-inferred"
    typed, = parse_path(str(corpus_file(name))).records  # the same holdings as the original
    assert sorted((c.relation.value, c.shares) for c in rec.claims) == sorted(
        (c.relation.value, c.shares) for c in typed.claims)


@pytest.mark.parametrize("xml", [
    "<edgarSubmission><primaryIssuer/></edgarSubmission>",  # an issuer alone: no Form D told
    "<edgarSubmission><primaryIssuer/><offeringData/><items1To7/></edgarSubmission>",  # mixed
    "<edgarSubmission><items1To7/><coverPageHeaderReportingPersonDetails/></edgarSubmission>",
    "<edgarSubmission><formData><coverPageHeader/></formData></edgarSubmission>",
])
def test_untold_content_keeps_the_refusal(xml):
    with pytest.raises(UnsupportedFormError, match="not a supported form"):
        detect(SourceText("odd.xml", '<?xml version="1.0"?>' + xml))


def test_a_stated_type_still_wins():
    xml = ('<?xml version="1.0"?><edgarSubmission><submissionType>D/A</submissionType>'
           "<primaryIssuer/><offeringData/></edgarSubmission>")
    d = detect(SourceText("d.xml", xml))
    assert (d.form, d.inferred_from) == ("D/A", None)


def test_patterns_match_their_examples():
    found = {m.lastgroup for m in CONTENT_ELEMENT.finditer(
        "<primaryIssuer><ns1:offeringData><items1To7/><eventDateRequiresFilingThisStatement>")}
    assert found == {"issuer", "formd", "s13d", "s13g"}
    assert not CONTENT_ELEMENT.search("<primaryIssuerName><offeringDataX>")
    assert AMENDMENT_ELEMENT.search("<amendmentNo>3</amendmentNo>")["no"] == "3"


# -- review s26-badin ------------------------------------------------------------------------

def test_an_untyped_form_d_amendment_is_read_as_d_a():
    """The corpus Form D/A (isAmendment true) without its submissionType: D/A, never D."""
    text = re.sub(r"<submissionType>[^<]*</submissionType>", "",
                  read_source(corpus_file("formd_xml/shepherds_finance_2023_d.xml")).text)
    assert "<isAmendment>true</isAmendment>" in text
    det = detect(SourceText("d.xml", text))
    assert (det.kind, det.form) == (InputKind.FORMD_XML, "D/A")
    [rec] = parse_source(SourceText("d.xml", text))
    assert rec.form == "D/A" and rec.warnings[0].code == "form-inferred"


def test_another_forms_namespace_is_no_guess_and_comments_are_not_content():
    other = ('<?xml version="1.0"?><edgarSubmission xmlns="http://www.sec.gov/edgar/ownership">'
             "<reportingPersonInfo/><items1To7/></edgarSubmission>")
    with pytest.raises(UnsupportedFormError):
        detect(SourceText("o.xml", other))
    commented = ('<?xml version="1.0"?><edgarSubmission><!-- <items1To7/> -->'
                 "<coverPageHeaderReportingPersonDetails/></edgarSubmission>")
    assert detect(SourceText("c.xml", commented)).form == "SCHEDULE 13G"
