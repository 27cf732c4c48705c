"""graphkit.parsers.signature_field on Form 3/4/5 signature fields: a party's name, then "By:"
and the hand's conformed signature (review x15 L4), on real filings and variants."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.signature_field import (BY_LINK, CHAIN_CAPACITY, SIGNED_BY_HAND,
                                              read_signature_field)

OWN15 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "own15"


def _sigs(name):
    (rec,) = parse_path(OWN15 / name).records
    return [(s.signer, s.title, s.on_behalf_of, str(s.date)) for s in rec.signatures]


def test_softbank_entity_signatures():
    # the real SoftBank/Better Home Form 4: eight "Entity, By : /s/ Name, Title" fields, one of
    # them a chain through the manager; each was kept as one string
    got = _sigs("softbank_betr_2025_form4.txt")
    assert got[0] == ("Yuko Yamamoto", "Head of Corporate Legal Department",
                      ["SoftBank Group Corp."], "2025-03-07")
    assert got[2] == ("Stephen Lam", "General Counsel",
                      ["SoftBank Vision Fund II-2 L.P.", "SB Global Advisers Limited"],
                      "2025-03-07")
    assert got[7] == ("Stephen Lam", "Director", ["SB Northstar LP"], "2025-03-07")
    assert len(got) == 8


def test_barbarick_attorney_in_fact():
    # the real Tractor Supply Form 4: "Steve K. Barbarick by: /s/ Benjamin F. Parrish, as
    # Attorney-in-fact"
    assert _sigs("barbarick_tsco_2012_form4.xml") == [
        ("Benjamin F. Parrish", "Attorney-in-Fact", ["Steve K. Barbarick"], "2012-11-16")]


@pytest.mark.parametrize("field, expected", [
    ("Acme Fund LP, By: Acme GP LLC, its general partner, By: /s/ John Doe, Managing Member",
     ("John Doe", "Managing Member", ["Acme Fund LP", "Acme GP LLC"])),
    ("Acme Fund LP, By: Acme GP LLC, General Partner, By: /s/ John Doe, Manager",
     ("John Doe", "Manager", ["Acme Fund LP", "Acme GP LLC"])),
    ("Acme Partners, L.P. By: /s/ Jane Q. Roe", ("Jane Q. Roe", None, ["Acme Partners, L.P."])),
    # unchanged: no party before the hand's signature
    ("By: /s/ Jane Roe", ("Jane Roe", None, [])),
    ("/s/ Benjamin F. Parrish, as Attorney-in-fact for Steve K. Barbarick",
     ("Benjamin F. Parrish", "Attorney-in-Fact", ["Steve K. Barbarick"])),
    ("/s/ Jane Q. Roe, as Trustee, Acme Family Trust",
     ("Jane Q. Roe", "Trustee", ["Acme Family Trust"])),
])
def test_signed_by_hand_fields(field, expected):
    s = read_signature_field(field, [])
    assert (s.signer, s.title, s.on_behalf_of) == expected


def test_patterns():
    m = SIGNED_BY_HAND.match("SB Northstar LP By : /s/ Stephen Lam, Director")
    assert (m["parties"], m["hand"]) == ("SB Northstar LP", "/s/ Stephen Lam, Director")
    assert SIGNED_BY_HAND.match("/s/ Jane Roe, by power of attorney") is None
    assert BY_LINK.split("Acme Fund LP, By: Acme GP LLC") == ["Acme Fund LP", "Acme GP LLC"]
    assert CHAIN_CAPACITY.search("Acme GP LLC, its general partner").start() == 11
    assert CHAIN_CAPACITY.search("Acme Partners, L.P.") is None
