"""A subsidiary chain written as relative clauses, read from real and made filings.

Review rv39 H1: Exxon Mobil's Form 4 on ProPetro (2026-05-20,
tests/fixtures/filings/rv39/exxon_propetro_2026_form4.xml) says in footnote F1 "The reported
securities are owned directly by Pioneer Natural Resources Pumping Services LLC, which is a
wholly owned subsidiary of Pioneer Natural Resources USA, Inc., which is a wholly owned
subsidiary of Pioneer Natural Resources Company, which is a wholly owned subsidiary of Exxon
Mobil Corporation." No parent_of was read and the two middle companies were missing. The same
chain in a 13D's Item 2 (h1_13d_relative_subsidiary_chain.txt, invented names) gave nothing too.
"""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path

RV39 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv39"
EXXON = RV39 / "exxon_propetro_2026_form4.xml"
ITEM2 = RV39 / "h1_13d_relative_subsidiary_chain.txt"


def _claims(path, relation):
    [rec] = parse_path(path).records
    names = {p.id: p.name for p in rec.parties}
    return [(names[c.source], names[c.target], c.shares) for c in rec.claims
            if c.relation.value == relation]


def test_the_form4_footnote_gives_the_three_parent_links():
    """Exxon Mobil Corporation is the reporting owner (EXXON MOBIL CORP, CIK 0000034088)."""
    assert _claims(EXXON, "parent_of") == [
        ("Pioneer Natural Resources USA, Inc.", "Pioneer Natural Resources Pumping Services LLC",
         None),
        ("Pioneer Natural Resources Company", "Pioneer Natural Resources USA, Inc.", None),
        ("EXXON MOBIL CORP", "Pioneer Natural Resources Company", None)]


def test_the_holding_stays_with_the_direct_owner():
    """The line's holder is the subsidiary named "owned directly by" (0 after the sale)."""
    held = [(h, t, s) for h, t, s in _claims(EXXON, "beneficial_owner_of") if s is not None]
    assert ("Pioneer Natural Resources Pumping Services LLC", "ProPetro Holding Corp.", 0) in held


def test_the_13d_item2_gives_the_three_parent_links():
    assert _claims(ITEM2, "parent_of") == [
        ("Acme USA, Inc.", "Acme Pumping Services LLC", None),
        ("Acme Resources Company", "Acme USA, Inc.", None),
        ("Acme Industries Corporation", "Acme Resources Company", None)]
