"""The form element of an XML filing (graphkit.xml_form_value), and the whole-file look for it
when it is not near the top: only the root's own element counts (review rv47f M2)."""

from __future__ import annotations

import pytest

from graphkit.detect import HEAD_CHARS, detect
from graphkit.errors import UnsupportedFormError
from graphkit.source import SourceText
from graphkit.xml_form_value import XML_HEADER_OPEN, own_form_value
from tests.cpu_time import cpu_seconds

FAR = "x" * (HEAD_CHARS + 5000)  # puts what follows past the head detect reads first


def form(text: str):
    found = detect(SourceText("a.xml", text))
    return found.kind.value, found.form


def test_header_pattern():
    assert XML_HEADER_OPEN.match("<ns1:headerData >") and XML_HEADER_OPEN.match("<headerData>")
    assert not XML_HEADER_OPEN.match("<headerDataX>")


def test_form_quoted_in_a_remark_or_footnote_is_not_the_documents():
    """Review rv47f M2: these gave form '5' and '3'; base and now None."""
    assert form("<ownershipDocument><issuer/>" + FAR + "<remarks><![CDATA[see <documentType>5"
                "</documentType>]]></remarks></ownershipDocument>") == ("ownership_xml", None)
    assert form("<ownershipDocument><documentType/>" + FAR + "<footnote>Amends <documentType>3"
                "</documentType></footnote></ownershipDocument>") == ("ownership_xml", None)
    assert form("<ownershipDocument><issuer/>" + FAR + "<!-- <documentType>4</documentType> -->"
                "</ownershipDocument>") == ("ownership_xml", None)


def test_another_familys_form_falls_through_to_the_content():
    """Review rv47f M2: a Form D with '<submissionType>4</submissionType>' late raised
    UnsupportedFormError; base and now Form D told by its elements."""
    assert form("<edgarSubmission><primaryIssuer/><offeringData/>" + FAR +
                "<submissionType>4</submissionType></edgarSubmission>") == ("formd_xml", "D")
    with pytest.raises(UnsupportedFormError):
        detect(SourceText("a.xml", "<edgarSubmission>" + FAR +
                          "<submissionType>4</submissionType></edgarSubmission>"))


def test_the_roots_own_element_late_still_states_the_form():
    assert form("<ownershipDocument><issuer/>" + FAR + "<documentType>4</documentType>"
                "</ownershipDocument>") == ("ownership_xml", "4")
    assert form("<edgarSubmission><formData><a><b/></a>" + FAR + "</formData><ns1:headerData "
                "x='1'><!-- h --><submissionType>D</submissionType></ns1:headerData>"
                "</edgarSubmission>") == ("formd_xml", "D")


def test_own_element_depth():
    assert own_form_value("submissionType", "<edgarSubmission><formData><submissionType>D"
                          "</submissionType></formData></edgarSubmission>") == (False, None)
    assert own_form_value("submissionType", "<edgarSubmission><headerData/><x><submissionType>"
                          "D</submissionType></x></edgarSubmission>") == (False, None)
    assert own_form_value("documentType", "<?xml version='1.0'?><!DOCTYPE x><ownershipDocument>"
                          "<a/><b></b><![CDATA[<c>]]><documentType>4</documentType>") == (True, "4")


def test_a_large_file_without_its_form_is_read_in_linear_time():
    """A 5 MB ownership document, its only form element at the end under a footnote."""
    text = ("<ownershipDocument><issuer>" + "<a>x</a>\n" * 600000 +
            "<footnote><documentType>3</documentType></footnote></issuer></ownershipDocument>")
    with cpu_seconds() as spent:
        found = form(text)
    assert found == ("ownership_xml", None)
    assert spent() < 2.0
