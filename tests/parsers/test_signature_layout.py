"""Signature blocks that print the party signed for under the signer's name and title
(session 34 review rvA H1), and a "Name:" label before "/s/" (rvA M1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.signature_layout import OPEN_END, entities_below
from graphkit.parsers.signature_section import SLASH_S
from graphkit.parsers.signatures import _is_party_line

RV35 = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "rv35"


def _lines(*texts: str) -> list[tuple[int, int, str]]:
    return [(0, 0, t) for t in texts]


def test_slash_s_after_a_name_label():
    assert SLASH_S.match("Name: | /s/ James A. Seurer")["name"] == "James A. Seurer"
    assert SLASH_S.match("Name:   /s/ Jane Roe")["name"] == "Jane Roe"


@pytest.mark.parametrize("line, open_", [
    ("managing member of", True), ("Jane Roe, individually, and as", True),
    ("Vice President,", True), ("Tontine Management, L.L.C., and as", True),
    ("Chief Executive Officer", False), ("Acme Energy, LLC", False),
])
def test_open_end(line, open_):
    assert (OPEN_END.search(line) is not None) is open_


@pytest.mark.parametrize("lines, below", [
    (_lines("/s/ Jane Roe", "Jane Roe, President", "Acme Energy, LLC"), True),
    (_lines("Dated: May 1, 2009", "", "Name: | /s/ Jane Roe", "", "Jane Roe, Chief Executive "
            "Officer, Interim Chief Financial Officer", "", "Acme Energy, LLC", "",
            "Name: | /s/ Jane Roe", "", "Jane Roe, Chief Executive Officer", "",
            "Beta Energy, LLC", "", "6"), True),
    # the usual layout: the party above its signature
    (_lines("ACME ENERGY, LLC", "/s/ Jane Roe", "Jane Roe, President"), False),
    (_lines("ACME ENERGY, LLC", "By: /s/ Jane Roe", "Name: Jane Roe", "Title: President",
            "BETA ENERGY, LLC"), False),
    # a capacity the printed name goes on to (the 2004 Tontine 13D/A's layout)
    (_lines("/s/ JEFFREY L. ROE", "---------", "Jeffrey L. Roe, individually, and as",
            "managing member of", "Acme Management, L.L.C., and as", "general partner of",
            "Acme Financial Partners, L.P."), False),
    # a page break and an exhibit's heading after the only signature (a 1994 13D/A)
    (_lines("/s/ Paul R. Roe", "Vice President", "Page 2 of 4", "<PAGE>",
            "FOR IMMEDIATE RELEASE"), False),
    # a capacity line names the party with the titles: read with the signature
    (_lines("/s/ Jane Roe", "Jane Roe", "Vice President, Secretary and Treasurer, Acme Co."),
     False),
    # review rvC H1: the usual layout with an individual first, and a heading after the last
    # signature (the table of the persons follows it)
    (_lines("/s/ Jane Roe", "Jane Roe", "ACME ENERGY, LLC", "/s/ John Doe", "John Doe, President",
            "BETA ENERGY, LLC", "/s/ Mary Major", "Mary Major, Chief Executive Officer",
            "DIRECTORS AND EXECUTIVE OFFICERS OF BETA ENERGY, LLC",
            "The following table sets forth the name and principal occupation of each person."),
     False),
    # an individual first, whose printed name alone gives no capacity to sign for a party in
    (_lines("/s/ Jane Roe", "Jane Roe", "ACME ENERGY, LLC", "/s/ John Doe", "John Doe, President",
            "Acme Energy, LLC"), False),
    # one signer signing for herself
    (_lines("/s/ John Doe", "John Doe, individually", "ACME CAPITAL MANAGEMENT, LLC"), False),
    # the party under the last block, then a page number: still the party signed for
    (_lines("/s/ Jane Roe", "Jane Roe", "President", "Acme Energy, LLC", "- 6 -"), True),
    # no party printed under the first signature, one under the second
    (_lines("/s/ John Doe", "John Doe", "/s/ Jane Roe", "Jane Roe, President",
            "Acme Energy, LLC"), False),
])
def test_entities_below(lines, below):
    assert entities_below(lines, _is_party_line) is below


def _signed(name: str) -> tuple[list[tuple[str, str | None, list[str]]], set[tuple[str, str, str]]]:
    rec = parse_path(RV35 / name).records[0]
    names = {p.id: p.name for p in rec.parties}
    sigs = [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures]
    officers = {(names[c.source], names[c.target], c.title) for c in rec.claims
                if c.relation.value == "officer_of"}
    return sigs, officers


def test_real_filing_entity_under_each_block():
    sigs, officers = _signed("glaciallakes_granitefalls_2009_sc13da_doc1.txt")
    title = "Chief Executive Officer, Interim Chief Financial Officer"
    assert sigs == [("James A. Seurer", title, ["Glacial Lakes Energy, LLC"]),
                    ("James A. Seurer", title, ["Madison Energy, LLC"])]
    assert officers == {("James A. Seurer", "Glacial Lakes Energy, LLC", title),
                        ("James A. Seurer", "Madison Energy, LLC", title)}


@pytest.mark.parametrize("name", ["sig_entity_below_two_signers.txt",
                                  "sig_two_signers_entity_after.htm"])
def test_two_signers_each_for_the_party_under_them(name):
    _, officers = _signed(name)
    assert {(s, h) for s, h, _ in officers} == {("John Doe", "Acme Energy, LLC"),
                                                ("Jane Roe", "Beta Energy, LLC")}
