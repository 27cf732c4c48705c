"""Helpers of :mod:`graphkit.parsers.xmldoc`: the named patterns, line positions, and "the
Reporting Person" of prose read as the filer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.models import Party
from graphkit.parse import parse_path
from graphkit.parsers.ownership_xml import parse_ownership_xml
from graphkit.parsers.xmldoc import (ABBREVIATION_END, FILER_TERM, NAME_WORD, XmlDoc,
                                     filer_parties, line_starts, same_person_name)
from graphkit.source import SourceText
from tests.conftest import corpus_file

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


def _claims(rec, relation):
    return [(rec.party(c.source).name, c.relation.value, rec.party(c.target).name)
            for c in rec.claims if c.relation.value == relation]


def test_name_word():
    assert NAME_WORD.findall("mary o'neil-smith, jr.") == ["mary", "o'neil", "smith", "jr"]
    assert same_person_name("Mary O'Neil", "O'NEIL MARY")


@given(st.text(alphabet="ab\n\r ", max_size=30))
@settings(max_examples=200, deadline=None)
def test_line_starts_agree_with_a_pattern(text):
    assert line_starts(text) == [0] + [m.end() for m in re.finditer("\n", text)]


# -- A: "the Reporting Person" is the reporting owner ------------------------------------------

def test_reporting_person_is_the_one_owner():
    rec = parse_path(FILINGS / "boersma_dutchbros_2025_form4.xml").records[0]
    assert "Reporting Person" not in [p.name for p in rec.parties]
    # F3: "The Reporting Person is the manager of DM Trust Aggregator, LLC and DM Individual
    # Aggregator, LLC" (the relation kind is read by graphkit.parsers.prose)
    held = {rec.party(c.target).name for c in rec.claims
            if rec.party(c.source).name == "Boersma Travis"
            and c.target != rec.issuer.party_id}
    assert held == {"DM Trust Aggregator, LLC", "DM Individual Aggregator, LLC"}


_TWO_OWNERS = """<ownershipDocument><documentType>4</documentType>
<periodOfReport>2024-01-02</periodOfReport>
<issuer><issuerCik>0000000002</issuerCik><issuerName>Widget Inc.</issuerName></issuer>
<reportingOwner><reportingOwnerId><rptOwnerCik>0000000003</rptOwnerCik>
<rptOwnerName>Roe Jane</rptOwnerName></reportingOwnerId></reportingOwner>
<reportingOwner><reportingOwnerId><rptOwnerCik>0000000004</rptOwnerCik>
<rptOwnerName>Acme Capital LLC</rptOwnerName></reportingOwnerId></reportingOwner>
<footnotes><footnote id="F1">The Reporting Person is the general partner of Acme Fund, L.P.
The Reporting Persons are the members of Beta Holdings, LLC.</footnote></footnotes>
</ownershipDocument>"""


def test_reporting_person_of_two_owners_is_ambiguous():
    rec = parse_ownership_xml(SourceText("f4.xml", _TWO_OWNERS))
    assert "Reporting Person" not in [p.name for p in rec.parties]
    assert not [c for c in rec.claims if rec.party(c.target).name == "Acme Fund, L.P."]
    assert [w.code for w in rec.warnings] == ["reporting-person-ambiguous"]
    # the plural names both owners
    assert sorted(s for s, _, _ in _claims(rec, "member_of")) == [
        "Acme Capital LLC", "Roe Jane"]


def test_filer_term():
    assert FILER_TERM.match("the Reporting Person")["plural"] is None
    assert FILER_TERM.match("Reporting Persons")["plural"] == "s"
    assert FILER_TERM.match("such reporting person")
    assert not FILER_TERM.match("Reporting Person's spouse")
    assert not FILER_TERM.match("Acme Reporting Person LLC")
    jane = Party(id="p1", name="Jane Roe", kind="person")
    assert filer_parties("The Reporting Person", [jane]) == [jane]
    assert filer_parties("The Reporting Person", []) == []


def test_abbreviation_end():
    assert ABBREVIATION_END.search("Acme Partners, L.P.")
    assert ABBREVIATION_END.search("Acme Holdings Inc.") and ABBREVIATION_END.search("Jane Q.")
    assert not ABBREVIATION_END.search("Acme Holdings.")


def test_reporting_person_the_filing_defines():
    from graphkit.parsers.partybook import PartyBook
    from graphkit.parsers.xmldoc import add_party, add_prose_claims
    book = PartyBook()
    issuer = add_party(book, "Widget Inc.", roles=["issuer"])
    filers = [add_party(book, n, roles=["reporting_person"]) for n in ("Jane Roe", "Acme LLC")]
    block = SourceText("x.xml", 'Jane Roe (the "Reporting Person") files this statement. '
                                "The Reporting Person is the general partner of Acme Fund, L.P.")
    claims = []
    assert add_prose_claims([block], book, claims, issuer.id, filers=filers) == []
    assert [(book.get(c.source).name, c.relation.value, book.get(c.target).name)
            for c in claims] == [("Jane Roe", "general_partner_of", "Acme Fund, L.P.")]


@pytest.mark.parametrize("name", ["13g/marex_jushi_2025_schedule13g.xml",
                                  "formd_xml/apfund_iv_belltower_2023_d.xml",
                                  "formd_xml/shepherds_finance_2023_d.xml"])
def test_evidence_lines_when_the_file_opens_with_a_blank_line(name):
    # these files open with "\n<?xml version=...?>": the blanked declaration keeps its line
    # break, so every element is cited on its own line (they were cited one line early)
    path = corpus_file(name)
    text = path.read_text()
    assert text.startswith("\n<?xml")
    lines = text.split("\n")
    doc = XmlDoc(SourceText(str(path), text))
    leaves = [e for e in doc.root.iter() if isinstance(e.tag, str) and len(e) == 0
              and (e.text or "").strip()]
    assert len(leaves) > 60
    for e in leaves:
        assert e.text.strip()[:10] in lines[doc.evidence(e).line - 1], e.tag
