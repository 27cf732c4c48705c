"""Schedule 13D XML signature titles that name the entity acting for the party signed for are
read as the text reader reads them (session 42, branch sg42: the whole title was kept and no
relation read): the signer's own title, and the entity's capacity for the party signed for.

- 13d/affinity_qxo_2025_schedule13d.xml: "Ian Brekke / Authorized Signatory, Affinity
  Partners GP LP, its general partner" for Affinity Partners Fund I LP and for Affinity
  Partners Parallel Fund I LP.
- 13d/millroad_landsea_2024_schedule13d.txt: "Thomas E. Lynch, Chairman and Management
  Committee Director of Mill Road Capital III GP LLC, its General Partner" for Mill Road
  Capital III, L.P.
"""

from __future__ import annotations

import pytest

from graphkit.models import Evidence, Signature
from graphkit.parse import parse_path
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.schedule13_xml_signatures import add_title_chains, chain_party
from tests.conftest import ROOT, corpus_file


def _read(name):
    [rec] = parse_path(corpus_file(name)).records
    names = {p.id: p.name for p in rec.parties}
    signed = [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures]
    gp = {(names[c.source], names[c.target]): c for c in rec.claims
          if c.relation.value == "general_partner_of"}
    return signed, gp


def _cites_signature(claim):
    return any(e.section == "signature" for e in claim.evidence)


def test_comma_title_chain():
    signed, gp = _read("13d/affinity_qxo_2025_schedule13d.xml")
    assert signed[:2] == [
        ("Ian Brekke", "Authorized Signatory", ["Affinity Partners Fund I LP"]),
        ("Ian Brekke", "Authorized Signatory", ["Affinity Partners Parallel Fund I LP"])]
    for fund in ("Affinity Partners Fund I LP", "Affinity Partners Parallel Fund I LP"):
        assert _cites_signature(gp[("Affinity Partners GP LP", fund)])


def test_of_title_chain():
    signed, gp = _read("13d/millroad_landsea_2024_schedule13d.txt")
    assert signed[0] == ("Thomas E. Lynch", "Chairman and Management Committee Director",
                         ["Mill Road Capital III, L.P."])
    assert _cites_signature(gp[("Mill Road Capital III GP LLC", "Mill Road Capital III, L.P.")])


# Session 43 (sg43): a title naming a general partner that is no other party of the filing.
# tests/fixtures/filings/sg43/commodore_an2_2026__title_names_gp.xml is the real 13G XML of
# Commodore Capital on AN2 Therapeutics (2026) with Commodore Capital Master LP's signature
# title "Director of Commodore GP Ltd., the general partner of Commodore Capital Master LP"
# (the GP invented). Before: that whole title, no party Commodore GP Ltd., no link.
SG43 = ROOT / "tests" / "fixtures" / "filings" / "sg43"


def test_title_naming_an_unknown_gp_adds_it_and_its_link():
    [rec] = parse_path(SG43 / "commodore_an2_2026__title_names_gp.xml").records
    names = {p.id: p.name for p in rec.parties}
    gp = {p.name: [str(r) for r in p.roles] for p in rec.parties}.get("Commodore GP Ltd.")
    assert gp == ["named"]
    links = {(names[c.source], c.relation.value, names[c.target]): c for c in rec.claims}
    assert _cites_signature(links[("Commodore GP Ltd.", "general_partner_of",
                                   "Commodore Capital Master LP")])
    assert ("Michael Kramarz", "director_of", "Commodore GP Ltd.") in links
    assert ("Michael Kramarz", "Director", ["Commodore Capital Master LP"]) in [
        (s.signer, s.title, s.on_behalf_of) for s in rec.signatures]


def _chain_links(title, known=("Acme Fund LP",)):
    book = PartyBook()
    for name in known:
        book.add(name, role="reporting_person")
    claims = []
    sig = Signature(signer="Jane Roe", on_behalf_of=["Acme Fund LP"], title=title,
                    evidence=Evidence(source="x.xml", section="signature"))
    [out] = add_title_chains([sig], book, claims, None)
    return out.title, {(book.get(c.source).name, c.relation.value, book.get(c.target).name)
                       for c in claims}


@pytest.mark.parametrize("title, own, links", [
    ("Managing Member of Roe GP LLC, its general partner", "Managing Member",
     {("Roe GP LLC", "general_partner_of", "Acme Fund LP")}),
    ("Authorized Signatory, Roe GP, L.P., the general partner of Acme Fund, L.P.",
     "Authorized Signatory", {("Roe GP, L.P.", "general_partner_of", "Acme Fund LP")}),
    # the party the capacity names, not the one signed for: it is a party too
    ("Managing Member of Roe GP LLC, the general partner of Acme Master Fund LP",
     "Managing Member", {("Roe GP LLC", "general_partner_of", "Acme Master Fund LP")}),
    # no legal form: no party, no link
    ("Managing Member of Roe Partners, its general partner", "Managing Member", set()),
])
def test_title_chain_parties(title, own, links):
    assert _chain_links(title) == (own, links)


def test_chain_party_needs_a_legal_form():
    book = PartyBook()
    assert chain_party(book, "Roe Partners", Evidence(source="x.xml")) is None
    assert chain_party(book, "Roe Partners Ltd.", Evidence(source="x.xml")).name == \
        "Roe Partners Ltd."
    assert [p.name for p in book.parties] == ["Roe Partners Ltd."]


def test_by_chain_typed_whole_in_the_title():
    # 13g/pentwater_avis_schedule13ga.xml signs for Pentwater Capital Management LP with the
    # title "By: MCH PWCM Holdings Inc., General Partner, By: Matthew Halbower, Chief Executive
    # Officer": before, the whole chain was kept as the title and no link of it read
    [rec] = parse_path(corpus_file("13g/pentwater_avis_schedule13ga.xml")).records
    names = {p.id: p.name for p in rec.parties}
    assert [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures] == [
        ("Matthew Halbower", "Chief Executive Officer", ["Pentwater Capital Management LP"]),
        ("Matthew Halbower", "Individually", ["Matthew Halbower"])]
    links = {(names[c.source], c.relation.value, names[c.target], c.title): c
             for c in rec.claims}
    ceo = links[("Matthew Halbower", "officer_of", "MCH PWCM Holdings Inc.",
                 "Chief Executive Officer")]
    assert _cites_signature(ceo)
    gp = links[("MCH PWCM Holdings Inc.", "general_partner_of",
                "Pentwater Capital Management LP", None)]
    assert _cites_signature(gp)  # also stated in Item 2 ("the general partner of the ...")
