"""A signer's title that names the entity acting for the party signed for ("Jane Roe, Managing
Member of Acme GP, LLC, its general partner") gives the links of the stacked block "By: Acme GP,
LLC, its general partner" / "By: /s/ Jane Roe" / "Title: Managing Member" (session 39 review
rv39, LOW: signature of repro r9 gave no GP link).

No text filing of the corpus prints such a title; two XML SC 13Ds do, in their signature title
field (read as a record there, with no relation): Mill Road Capital III, L.P. on Landsea Homes
(2024) and Affinity Partners Fund I LP on QXO (2025). The made fixture (invented names) is
tests/fixtures/filings/rv39/l3_13d_one_line_signature_gp.txt.
"""

from __future__ import annotations

import re

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.signature_capacity import TITLE_OF_CHAIN, TitleChain, read_title_chain
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText
from tests.conftest import ROOT, corpus_file

RV39 = ROOT / "tests" / "fixtures" / "filings" / "rv39"


@pytest.mark.parametrize("title, chain", [
    ("Managing Member of Acme GP, LLC, its general partner",
     TitleChain("Managing Member", "Acme GP, LLC", "general partner")),
    ("Vice President of Acme Advisers, Inc., its investment manager",
     TitleChain("Vice President", "Acme Advisers, Inc.", "investment manager")),
    ("Managing Member of the Acme GP LLC, its sole general partner.",
     TitleChain("Managing Member", "Acme GP LLC", "sole general partner")),
    ("Managing Member of Acme GP, LLC", None),            # no capacity: the entity signed for
    ("Trustee of the Roe Trust, its sole beneficiary", None),  # a capacity stating nothing
    ("Managing Member of Jane Roe, its general partner", None),  # no entity's name
])
def test_read_title_chain(title, chain):
    assert read_title_chain(title) == chain


def test_real_xml_title_field_reads_as_a_chain():
    # Mill Road Capital III, L.P.'s signature title (signatureReportingPerson "Mill Road
    # Capital III, L.P."), read by the pattern as it is printed
    text = corpus_file("13d/millroad_landsea_2024_schedule13d.txt").read_text()
    titles = [t for t in re.findall(r"<title>([^<]*)</title>", text) if "its General" in t]
    assert titles == ["Thomas E. Lynch, Chairman and Management Committee Director of Mill Road "
                      "Capital III GP LLC, its General Partner"]
    assert read_title_chain(titles[0].partition(", ")[2]) == TitleChain(
        "Chairman and Management Committee Director", "Mill Road Capital III GP LLC",
        "General Partner")


def test_title_of_chain_pattern_groups():
    m = TITLE_OF_CHAIN.match("Managing Member of Acme GP, LLC, its general partner")
    assert (m["title"], m["entity"], m["role"]) == (
        "Managing Member", "Acme GP, LLC", "general partner")


BLOCK = "SIGNATURE\n\nDated: May 1, 2001\n\nACME FUND I, L.P.\n\n{}\n"


@pytest.mark.parametrize("lines", [
    "By: /s/ Jane Roe\nJane Roe, Managing Member of\nAcme GP, LLC, its general partner",
    "By: /s/ Jane Roe\nJane Roe, Managing Member of Acme GP, LLC, its general partner",
    "By: /s/ Jane Roe, Managing Member of Acme GP, LLC, its general partner",
    "By: Acme GP, LLC, its general partner\nBy: /s/ Jane Roe\nTitle: Managing Member",
])
def test_one_line_title_gives_the_stacked_links(lines):
    sec = read_signatures(SourceText(path="x.txt", text=BLOCK.format(lines)))
    assert [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures] == [
        ("Jane Roe", "Managing Member", ["ACME FUND I, L.P."])]
    assert {(f.relation.value, f.holder, f.held) for f in sec.findings} == {
        ("general_partner_of", "Acme GP, LLC", "ACME FUND I, L.P."),
        ("managing_member_of", "Jane Roe", "Acme GP, LLC")}


def test_title_chain_below_a_by_link_is_the_next_link():
    lines = ("By: Acme GP, L.P., its general partner\n\nBy: /s/ Jane Roe\n"
             "Jane Roe, Managing Member of\nAcme GP GP, LLC, its general partner")
    sec = read_signatures(SourceText(path="x.txt", text=BLOCK.format(lines)))
    assert {(f.relation.value, f.holder, f.held) for f in sec.findings} == {
        ("general_partner_of", "Acme GP, L.P.", "ACME FUND I, L.P."),
        ("general_partner_of", "Acme GP GP, LLC", "Acme GP, L.P."),
        ("managing_member_of", "Jane Roe", "Acme GP GP, LLC")}


def test_13d_one_line_signature_gives_the_general_partner():
    [rec] = parse_path(RV39 / "l3_13d_one_line_signature_gp.txt").records
    names = {p.id: p.name for p in rec.parties}
    links = {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims
             if c.relation.value != "beneficial_owner_of"}
    assert links == {("Acme GP, LLC", "general_partner_of", "Acme Fund I, L.P."),
                     ("Jane Roe", "managing_member_of", "Acme GP, LLC")}
    [sig] = rec.signatures
    assert (sig.signer, sig.title, sig.on_behalf_of) == (
        "Jane Roe", "Managing Member", ["ACME FUND I, L.P."])
