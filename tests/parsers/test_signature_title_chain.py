"""A signer's title that names the entity acting for the party signed for ("Jane Roe, Managing
Member of Acme GP, LLC, its general partner") gives the links of the stacked block "By: Acme GP,
LLC, its general partner" / "By: /s/ Jane Roe" / "Title: Managing Member" (session 39 review
rv39, LOW: signature of repro r9 gave no GP link).

No text filing of the corpus prints such a title; two XML SC 13Ds do, in their signature title
field (read as a record there, with no relation): Mill Road Capital III, L.P. on Landsea Homes
(2024) and Affinity Partners Fund I LP on QXO (2025). The made fixture (invented names) is
tests/fixtures/filings/rv39/l3_13d_one_line_signature_gp.txt.

The title and the entity may be parted by a comma, not "of": "Title: Authorized Signatory, Acme
GP, LLC, its general partner" (session 41, branch sg41: was the whole line as the title, no GP
link). Affinity's XML title prints it so ("Ian Brekke / Authorized Signatory, Affinity Partners
GP LP, its general partner"); the made fixture is
tests/fixtures/filings/sg41/l4_13d_title_comma_signatory_gp.txt.
"""

from __future__ import annotations

import re

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.signature_capacity import (TITLE_COMMA_CHAIN, TITLE_OF_CHAIN, TitleChain,
                                                 read_title_chain)
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText
from tests.conftest import ROOT, corpus_file, record_links

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
    # the comma form: the first comma with a title before it and an entity's name after it
    ("Authorized Signatory, Acme GP, LLC, its general partner",
     TitleChain("Authorized Signatory", "Acme GP, LLC", "general partner")),
    ("Managing Member, Acme GP, LLC, its general partner",
     TitleChain("Managing Member", "Acme GP, LLC", "general partner")),
    ("Chief Executive Officer, Acme Management LLC, its investment manager",
     TitleChain("Chief Executive Officer", "Acme Management LLC", "investment manager")),
    ("Vice President, Secretary and Treasurer, Acme GP, LLC, its general partner",
     TitleChain("Vice President, Secretary and Treasurer", "Acme GP, LLC", "general partner")),
    ("Managing Director, Acme Capital LLC", None),        # no capacity: the party of the title
    ("Managing Director, Acme Capital, LLC", None),
    ("Managing Member, Jane Roe, its general partner", None),  # no entity's name
    ("Acme GP, LLC, its general partner", None),          # no title
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


def test_real_xml_comma_title_reads_as_a_chain():
    # Affinity Partners Fund I LP's signature title on QXO (2025): the comma form
    text = corpus_file("13d/affinity_qxo_2025_schedule13d.xml").read_text()
    titles = set(t for t in re.findall(r"<title>([^<]*)</title>", text) if "its general" in t)
    assert titles == {"Ian Brekke / Authorized Signatory, Affinity Partners GP LP, its general "
                      "partner"}
    assert read_title_chain(titles.pop().partition(" / ")[2]) == TitleChain(
        "Authorized Signatory", "Affinity Partners GP LP", "general partner")


def test_title_comma_chain_pattern_groups():
    m = TITLE_COMMA_CHAIN.match("Authorized Signatory, Acme GP, LLC, its general partner")
    assert (m["head"], m["role"]) == ("Authorized Signatory, Acme GP, LLC", "general partner")
    assert TITLE_COMMA_CHAIN.match("Managing Director, Acme Capital, LLC") is None


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
    # wrapped (session 43, sg43: tests/parsers/test_signature_wrapped_chain.py)
    "By: Acme GP, LLC, its general\n    partner\n\nBy: /s/ Jane Roe\nTitle: Managing Member",
    "By: /s/ Jane Roe\nName: Jane Roe\nTitle: Managing Member, Acme GP, LLC,\n"
    "       General Partner of Acme Fund I, L.P.",
    "By: /s/ Jane Roe\nName: Jane Roe\nTitle: Managing Member of Acme GP, LLC, its general\n"
    "       partner",
    "By: /s/ Jane Roe\n  Jane Roe\n  Managing Member of Acme GP, LLC, the general partner of\n"
    "  Acme Fund I, L.P.",
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


def _links(lines):
    sec = read_signatures(SourceText(path="x.txt", text=BLOCK.format(lines)))
    return ([(s.signer, s.title, s.on_behalf_of) for s in sec.signatures],
            {(f.relation.value, f.holder, f.held, f.title) for f in sec.findings})


@pytest.mark.parametrize("title, signed_as, links", [
    # an office that controls nothing: the entity's link only
    ("Authorized Signatory, Acme GP, LLC, its general partner", "Authorized Signatory",
     {("general_partner_of", "Acme GP, LLC", "ACME FUND I, L.P.", None)}),
    ("Attorney-in-Fact, Acme GP, LLC, its general partner", "Attorney-in-Fact",
     {("general_partner_of", "Acme GP, LLC", "ACME FUND I, L.P.", None)}),
    # the offices the "of" form reads, read alike
    ("Managing Member, Acme GP, LLC, its general partner", "Managing Member",
     {("general_partner_of", "Acme GP, LLC", "ACME FUND I, L.P.", None),
      ("managing_member_of", "Jane Roe", "Acme GP, LLC", None)}),
    ("Chief Financial Officer, Acme GP, LLC, its general partner", "Chief Financial Officer",
     {("general_partner_of", "Acme GP, LLC", "ACME FUND I, L.P.", None),
      ("officer_of", "Jane Roe", "Acme GP, LLC", "Chief Financial Officer")}),
    ("Chief Executive Officer of Acme Management LLC, its investment manager",
     "Chief Executive Officer",
     {("investment_manager_of", "Acme Management LLC", "ACME FUND I, L.P.", None),
      ("officer_of", "Jane Roe", "Acme Management LLC", "Chief Executive Officer")}),
    # no "its ...": the title as printed, no link (as before)
    ("Managing Director, Acme Capital LLC", "Managing Director, Acme Capital LLC", set()),
])
def test_title_field_comma_chain(title, signed_as, links):
    sigs, found = _links(f"By: /s/ Jane Roe\nName: Jane Roe\nTitle: {title}")
    assert sigs == [("Jane Roe", signed_as, ["ACME FUND I, L.P."])]
    assert {f for f in found if f[0] != "signer_for"} == links


def _fixture(folder, name):
    """The control links and the one signature of a made fixture."""
    [rec] = parse_path(ROOT / "tests" / "fixtures" / "filings" / folder / name).records
    [sig] = rec.signatures
    return record_links(rec), (sig.signer, sig.title, sig.on_behalf_of)


def test_13d_title_comma_signatory_gives_the_general_partner():
    links, sig = _fixture("sg41", "l4_13d_title_comma_signatory_gp.txt")
    assert links == {("Acme GP, LLC", "general_partner_of", "Acme Fund I, L.P.")}
    assert sig == ("Jane Roe", "Authorized Signatory", ["ACME FUND I, L.P."])


def test_unlabelled_title_chain_reads_as_the_labelled_one():
    # session 42 (sg42): "Jane Roe" / "Managing Member of Acme GP, LLC, its general partner"
    # with no "Title:" label (was: no title, no link); the made fixture
    # tests/fixtures/filings/sg42/l5_13d_unlabelled_title_chain_gp.txt
    links, sig = _fixture("sg42", "l5_13d_unlabelled_title_chain_gp.txt")
    assert links == {("Acme GP, LLC", "general_partner_of", "Acme Fund I, L.P."),
                     ("Jane Roe", "managing_member_of", "Acme GP, LLC")}
    assert sig == ("Jane Roe", "Managing Member", ["ACME FUND I, L.P."])


@pytest.mark.parametrize("lines, signed_as, links", [
    ("By: /s/ Jane Roe\n    Jane Roe\n    Managing Member of Acme GP, LLC, its general partner",
     "Managing Member", {("general_partner_of", "Acme GP, LLC", "ACME FUND I, L.P.", None),
                         ("managing_member_of", "Jane Roe", "Acme GP, LLC", None)}),
    ("By: /s/ Jane Roe\n    Jane Roe\n    Managing Member", "Managing Member",
     {("managing_member_of", "Jane Roe", "ACME FUND I, L.P.", None)}),
])
def test_unlabelled_title_chain_under_the_name(lines, signed_as, links):
    sigs, found = _links(lines)
    assert sigs == [("Jane Roe", signed_as, ["ACME FUND I, L.P."])]
    assert {f for f in found if f[0] != "signer_for"} == links
