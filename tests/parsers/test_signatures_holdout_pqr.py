"""Signature blocks of the holdout filings of evaluations p-r (tests/fixtures/filings/holdout/)
and of the corpus filing evaluated with them: the title of a signer for the one reporting
organization, and the "Manager" of a limited liability company."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.models import Evidence, Party, Signature
from graphkit.names import PartyKind
from graphkit.parse import parse_path
from graphkit.parsers.signature_findings import SignatureSection, sole_filer_findings
from graphkit.parsers.signature_roles import title_relations

HOLDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "holdout"


def _record(path: Path):
    report = parse_path(path)
    assert report.records, report.reason
    return report.records[0]


def _sigs(rec):
    return [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures]


def _claims(rec, relation: str):
    names = {p.id: p for p in rec.parties}
    return [(names[c.source].name, names[c.target], c.title) for c in rec.claims
            if c.relation.value == relation]


# --- real filings --------------------------------------------------------------------------

def test_controlling_title_for_the_one_reporting_organization():
    # 2015_SC_13G_730263.txt l.613-622: "By /s/ F. William McNabb III*" / "F. William McNabb
    # III" / "President and Chief Executive Officer", no company line above the block
    rec = _record(HOLDOUT / "2015_SC_13G_730263.txt")
    assert _sigs(rec)[0] == ("F. William McNabb III", "President and Chief Executive Officer",
                             [])
    assert [(h, t.name, title) for h, t, title in _claims(rec, "officer_of")] == [
        ("F. William McNabb III", "The Vanguard Group", "President, Chief Executive Officer")]


def test_manager_of_a_limited_liability_company():
    # 2022_SC_13G_85961.txt l.559-571: "HG VORA CAPITAL MANAGEMENT, LLC" / "By: | /s/ | Parag
    # Vora" / "Name: | Parag Vora" / "Title: | Manager"
    rec = _record(HOLDOUT / "2022_SC_13G_85961.txt")
    assert _sigs(rec) == [("Parag Vora", "Manager", ["HG VORA CAPITAL MANAGEMENT, LLC"])]
    assert [(h, t.name, title) for h, t, title in _claims(rec, "managing_member_of")] == [
        ("Parag Vora", "HG Vora Capital Management, LLC", "Manager")]


# --- patterns ------------------------------------------------------------------------------

@pytest.mark.parametrize("title, held, relations", [
    ("Manager", "Acme Capital, LLC", [("managing_member_of", "Manager")]),
    ("Sole Manager", "Acme Capital, L.L.C.", [("managing_member_of", "Manager")]),
    ("Manager", "Acme Fund, L.P.", []),  # of a partnership: an officer's title as often
    ("Portfolio Manager", "Acme Capital, LLC", []),
    ("President", "Acme Inc.", [("officer_of", "President")]),
    ("Vice President", "Acme Inc.", []),
    ("Attorney-in-Fact", "Jane Roe", []),
])
def test_title_relations(title, held, relations):
    assert [(r.value, t) for r, t in title_relations(title, held)] == relations


def _section(*sigs: Signature) -> SignatureSection:
    return SignatureSection(start=0, end=1, signatures=list(sigs))


def test_sole_filer_findings():
    ev = Evidence(source="x.txt", start=0, end=1, text="/s/ Jane Roe")
    org = Party(id="p1", name="Acme Holdings, Inc.", kind=PartyKind.ORGANIZATION)
    person = Party(id="p2", name="John Doe", kind=PartyKind.PERSON)
    ceo = Signature(signer="Jane Roe", title="Chief Executive Officer", evidence=ev)
    found = sole_filer_findings(_section(ceo), [org])
    assert [(f.relation.value, f.holder, f.held, f.title) for f in found] == [
        ("officer_of", "Jane Roe", "Acme Holdings, Inc.", "Chief Executive Officer")]
    # a person filing, two filers, or a signature naming its party: no guess
    assert sole_filer_findings(_section(ceo), [person]) == []
    assert sole_filer_findings(_section(ceo), [org, person]) == []
    named = ceo.model_copy(update={"on_behalf_of": ["Beta LLC"]})
    assert sole_filer_findings(_section(named, ceo), [org]) == []
    vp = ceo.model_copy(update={"title": "Vice President"})
    assert sole_filer_findings(_section(vp), [org]) == []
