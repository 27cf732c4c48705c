"""A signer's title chain that names a party other than the one its block's chain acts for
(graphkit.parsers.signature_printed): "Managing Member of Roe Capital LLC, the General Partner
of Acme Fund LP" printed under a block signed for Roe Capital LLC itself, for another fund, or
for no party. Before, the whole chain was kept as the title and none of its links read; now the
title is the signer's own and the chain gives its two links, and no title of the signer's in
the party signed for.

Made from a real filing: fixtures/filings/ch44/accipiter_bthcvi_2007__title_names_other_party.txt
(see its SOURCES.tsv line): the CANDENS CAPITAL, LLC block titled "Gabe Hoffman, Managing
Member, Candens Capital, LLC, General Partner of Accipiter Life Sciences Fund II (QP), LP".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "ch44" / \
    "accipiter_bthcvi_2007__title_names_other_party.txt"
HEAD = "SIGNATURE\n\nAfter reasonable inquiry, I certify.\n\nDate: May 1, 2020\n\n"
CHAIN = "Managing Member of Roe Capital LLC, the General Partner of Acme Fund LP"


def test_real_block_signed_for_the_entity_of_a_chain_naming_its_fund():
    [rec] = parse_path(FIXTURE).records
    names = {p.id: p.name for p in rec.parties}
    assert ("Gabe Hoffman", "Managing Member", ["CANDENS CAPITAL, LLC"]) in [
        (s.signer, s.title, s.on_behalf_of) for s in rec.signatures]
    [gp] = [c for c in rec.claims if c.relation.value == "general_partner_of" and
            names[c.target] == "Accipiter Life Sciences Fund II (QP), LP"]
    assert names[gp.source] == "Candens Capital, LLC"
    assert any(e.section == "signature" and "General Partner of Accipiter Life Sciences Fund II "
               "(QP), LP" in (e.text or "") for e in gp.evidence)


@pytest.mark.parametrize("block, signed_for", [
    (f"ROE CAPITAL LLC\n\nBy: /s/ Jane Roe\nName: Jane Roe\nTitle: {CHAIN}\n",
     ["ROE CAPITAL LLC"]),  # the chain's entity signs: its fund is signed for by no one here
    (f"BETA FUND LP\n\nBy: /s/ Jane Roe\nName: Jane Roe\nTitle: {CHAIN}\n",
     ["BETA FUND LP"]),  # another party: Jane Roe is no managing member of Beta Fund LP
    (f"/s/ Jane Roe\nJane Roe, {CHAIN}\n", []),  # no party signed for
])
def test_title_chain_naming_another_party_gives_its_links(block, signed_for):
    sec = read_signatures(SourceText(path="x.txt", text=HEAD + block), 0)
    assert [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures] == [
        ("Jane Roe", "Managing Member", signed_for)]
    found = {(f.relation.value, f.holder, f.held) for f in sec.findings}
    assert found == {("general_partner_of", "Roe Capital LLC", "Acme Fund LP"),
                     ("managing_member_of", "Jane Roe", "Roe Capital LLC")}


def test_title_restating_the_by_line_above_gives_the_signer_her_title_in_the_entity():
    block = ("ACME FUND LP\n\nBy: Roe Capital LLC, its general partner\n\nBy: /s/ Jane Roe\n"
             f"Name: Jane Roe\nTitle: {CHAIN}\n")
    sec = read_signatures(SourceText(path="x.txt", text=HEAD + block), 0)
    assert [s.title for s in sec.signatures] == ["Managing Member"]
    found = {(f.relation.value, f.holder, f.held) for f in sec.findings}
    assert ("managing_member_of", "Jane Roe", "Roe Capital LLC") in found
    assert ("general_partner_of", "Roe Capital LLC", "ACME FUND LP") in found
