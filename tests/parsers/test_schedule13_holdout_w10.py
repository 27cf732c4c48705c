"""Readings fixed after the holdout evaluation w (tenth session): a real 2022 Schedule 13D in
Donnelley HTML, in tests/fixtures/filings/holdout/, whose title is typeset "SCHEDULE&nbsp;13D".

Before, form detection did not decode the entity, found no form in the document, and the
submission failed with "no primary document of a supported form".
"""

from __future__ import annotations

from graphkit.detect import InputKind, detect
from graphkit.parse import parse_path, primary_documents
from graphkit.parsers.sgml import split_submission
from graphkit.reading import read_source
from graphkit.source import SourceText
from tests.holdout import HOLDOUT, holdout_record, relation_pairs

HOLLY = "2022_SC_13D_1283140.txt"


def test_title_with_a_no_break_space_is_read():
    # line 84: <P STYLE=...><B>SCHEDULE&nbsp;13D </B></P>, under line 68: <TYPE>SC 13D
    report = parse_path(HOLDOUT / HOLLY)
    assert report.status.value == "parsed" and len(report.records) == 1
    rec = report.records[0]
    assert rec.form == "SC 13D" and rec.document == "d335058dsc13d.htm"
    assert rec.issuer is not None and rec.issuer.name == "Holly Energy Partners, L.P."
    assert rec.issuer.cusip == "435763107"


def test_both_reporting_persons_and_their_cover_numbers():
    # cover rows: "The Sinclair Companies" / "Carol Orme Holding": 8 shared voting 21,000,000;
    # 10 shared dispositive 15,710,000; 11 21,000,000; 13 16.6%
    rec = holdout_record(HOLLY)
    names = {p.id: p.name for p in rec.parties}
    held = {names[c.source]: (c.shares, c.percent, c.shared_voting, c.shared_dispositive)
            for c in rec.claims if c.relation.value == "beneficial_owner_of"}
    assert held == {"The Sinclair Companies": (21000000, 16.6, 21000000, 15710000),
                    "Carol Orme Holding": (21000000, 16.6, 21000000, 15710000)}
    assert ("Navajo Pipeline Co., L.P.", "Holly Logistic Services, L.L.C.") in \
        relation_pairs(rec, "member_of")


def test_the_document_is_detected_from_its_title():
    sub = split_submission(read_source(HOLDOUT / HOLLY))
    chosen = primary_documents(sub)
    assert [(d.filename, det.kind, det.form) for d, det in chosen] == \
        [("d335058dsc13d.htm", InputKind.HTML, "SC 13D")]


def test_a_document_whose_content_names_no_form_falls_back_on_its_type():
    # a made-up HTML document whose title is an image: <TYPE>SC 13G decides
    page = ("<html><body><p><img src='title.gif'></p><p>CUSIP No. 123456789</p>"
            "<p>Item 1(a) Name of Issuer: Acme Corp.</p></body></html>")
    text = ("<SEC-DOCUMENT>0000000000-22-000001.txt : 20220101\n<SEC-HEADER>\n"
            "CONFORMED SUBMISSION TYPE:\tSC 13G\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>SC 13G\n"
            "<SEQUENCE>1\n<FILENAME>a.htm\n<TEXT>\n" + page + "\n</TEXT>\n</DOCUMENT>\n"
            "</SEC-DOCUMENT>\n")
    assert detect(SourceText(path="a.htm", text=page)).form is None
    chosen = primary_documents(split_submission(SourceText(path="s.txt", text=text)))
    assert [(d.filename, det.kind, det.form) for d, det in chosen] == \
        [("a.htm", InputKind.HTML, "SC 13G")]


def test_a_role_held_between_the_years_is_past():
    # 2002_SC_13D_1177328.txt l.1434-1436: "Between the years 1990 and 1999, Mr. Friedman
    # served as vice president of Baran Project Construction Ltd., where he currently serves as
    # chief executive officer." The 1990-1999 title is no current officer_of.
    rec = holdout_record("2002_SC_13D_1177328.txt")
    names = {p.id: p.name for p in rec.parties}
    assert not [c for c in rec.claims if c.relation.value == "officer_of"
                and names[c.target] == "Baran Project Construction Ltd."]
    assert ("Isaac Friedman", "Baran Group Ltd.") in relation_pairs(rec, "officer_of")
