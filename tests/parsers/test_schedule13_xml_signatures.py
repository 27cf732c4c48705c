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

from graphkit.parse import parse_path
from tests.conftest import corpus_file


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
