"""A title chain wrapped onto a second line is read as the one-line chain (session 43, branch
sg43): cut inside its capacity ("By: Acme GP, LLC, its general" / "partner") or at the comma
after the entity ("Managing Member, Acme GP, LLC," / "General Partner of Acme Fund, L.P.").

No filing of the corpus wraps a chain so in its text; the made fixture
tests/fixtures/filings/sg43/accipiter_bthcvi_2007__wrapped_title_chains.txt is the real SC 13G of
the Accipiter funds on BTHC VI (2007) with its first signature page rewrapped so (see its
SOURCES.tsv). Before: the first block lost the GP link of Candens Capital, LLC (the capacity
read "general"), and the second read Gabe Hoffman as the general partner of Accipiter Life
Sciences Fund II, LP and as signing for Candens Capital, LLC as its Managing Member.
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.signature_capacity import TITLE_COMMA_CHAIN, TITLE_OF_CHAIN, read_title_chain
from graphkit.parsers.signature_neighbours import ROLE_REST, role_goes_on
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText
from tests.conftest import ROOT, corpus_file, record_links

FIXTURE = ROOT / "tests/fixtures/filings/sg43/accipiter_bthcvi_2007__wrapped_title_chains.txt"


def _record(path):
    [rec] = parse_path(path).records
    return rec


def test_wrapped_chains_give_the_links_of_the_real_filing():
    rec = _record(FIXTURE)
    links = record_links(rec)
    assert ("Candens Capital, LLC", "general_partner_of", "Accipiter Life Sciences Fund, LP") in links
    assert ("Candens Capital, LLC", "general_partner_of",
            "Accipiter Life Sciences Fund II, LP") in links
    assert ("GABE HOFFMAN", "managing_member_of", "Candens Capital, LLC") in links
    assert not any(h == "GABE HOFFMAN" and r == "general_partner_of" for h, r, _ in links)
    # the same links and signatures as the filing as printed
    assert links == record_links(_record(corpus_file("13g/accipiter_bthcvi_2007_sc13g.txt")))


def test_wrapped_chains_sign_as_managing_member_for_the_fund_only():
    signed = [(s.signer, s.title, s.on_behalf_of) for s in _record(FIXTURE).signatures][:2]
    assert signed == [
        ("Gabe Hoffman", "Managing Member", ["ACCIPITER LIFE SCIENCES FUND, LP"]),
        ("Gabe Hoffman", "Managing Member", ["ACCIPITER LIFE SCIENCES FUND II, LP"])]


BLOCK = "SIGNATURE\n\nDated: May 1, 2001\n\nACME FUND I, L.P.\n\n{}\n"
# the blocks wrapped so, read as one-line chains: test_signature_title_chain.py
# (test_one_line_title_gives_the_stacked_links)


def test_chain_naming_another_party_is_no_link_of_the_block():
    # "... General Partner of Acme Fund II, L.P." under a signature for Acme Fund I: no GP
    # link for the fund signed for
    sec = read_signatures(SourceText(path="x.txt", text=BLOCK.format(
        "By: /s/ Jane Roe\nName: Jane Roe\nTitle: Managing Member, Acme GP, LLC, General "
        "Partner of Acme Fund II, L.P.")))
    assert ("general_partner_of", "Acme GP, LLC", "ACME FUND I, L.P.") not in {
        (f.relation.value, f.holder, f.held) for f in sec.findings}


@pytest.mark.parametrize("title, named, party", [
    ("Managing Member, Acme GP, LLC, General Partner of Acme Fund, L.P.", "General Partner",
     "Acme Fund, L.P."),
    ("Authorized Signatory, Acme GP LLC, the manager of the Acme Fund LLC", "manager",
     "Acme Fund LLC"),
])
def test_title_comma_chain_named_party_groups(title, named, party):
    m = TITLE_COMMA_CHAIN.match(title)
    assert (m["named"], m["party"], m["role"]) == (named, party, None)


def test_title_of_chain_named_party_groups():
    m = TITLE_OF_CHAIN.match("Managing Member of Acme GP LLC, the general partner of Acme Fund LP")
    assert (m["title"], m["entity"], m["named"], m["party"]) == (
        "Managing Member", "Acme GP LLC", "general partner", "Acme Fund LP")


@pytest.mark.parametrize("title", [
    "Director of Acme Inc., President of Acme Holdings Inc.",  # no entity's capacity
    "Managing Member, Acme GP, LLC, General Partner of the Fund",  # no legal form
    "Managing Member, Jane Roe, General Partner of Acme Fund LP",  # no organization
])
def test_named_party_chain_needs_an_entity_capacity_and_organizations(title):
    assert read_title_chain(title) is None


@pytest.mark.parametrize("line, nxt, whole", [
    ("By: Acme GP, LLC, its general", "   partner", "By: Acme GP, LLC, its general partner"),
    ("By: Acme Advisers, Inc., its investment", "Manager.",
     "By: Acme Advisers, Inc., its investment Manager"),
    ("By: Acme GP, LLC, its sole", "general partner", "By: Acme GP, LLC, its sole general partner"),
    ("By: Acme GP, LLC, its general partner", "ACME FUND II", None),
    ("By: Acme GP, LLC, its manager", "Jane Roe", None),
    ("By: Acme GP, LLC, its general", "Acme Fund II, L.P.", None),
])
def test_role_goes_on(line, nxt, whole):
    assert role_goes_on(line, nxt) == whole


def test_role_rest_pattern():
    assert ROLE_REST.match("  partner")["rest"] == "partner"
    assert ROLE_REST.match("general partner.")["rest"] == "general partner"
    assert ROLE_REST.match("Acme Fund II, L.P.") is None
    assert ROLE_REST.match("of Acme Fund II LP") is None


def test_three_by_levels_of_a_real_block_are_all_read():
    # 13d/icahn_bausch_2021_sc13d.txt: "ICAHN CAPITAL LP" / "By: IPH GP LLC, its general
    # partner" / "By: Icahn Enterprises Holdings L.P., its sole member" / "By: Icahn
    # Enterprises G.P. Inc., its general partner" over SungHwan Cho's signature (Chief Financial
    # Officer): every level is a link citing the signature (checked in session 43: none lost)
    rec = _record(corpus_file("13d/icahn_bausch_2021_sc13d.txt"))
    names = {p.id: p.name for p in rec.parties}
    signed = {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims
              if any(e.section == "signature" for e in c.evidence)}
    assert signed >= {
        ("IPH GP LLC", "general_partner_of", "Icahn Capital LP"),
        ("Icahn Enterprises Holdings L.P.", "member_of", "IPH GP LLC"),
        ("Icahn Enterprises G.P. Inc.", "general_partner_of", "Icahn Enterprises Holdings L.P."),
        ("SungHwan Cho", "officer_of", "Icahn Enterprises G.P. Inc.")}
