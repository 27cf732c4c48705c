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


# -- review rvF LOW-2 / LOW-3 (session 37): two real Form 4 signature fields --------------------

RV37 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv37"


@pytest.mark.parametrize("text, others", [
    (", on behalf of himself and each other reporting person hereunder", True),
    (" individually and on behalf of all other Reporting Persons", True),
    (", on behalf of herself", False),
    # review rv38 LOW-2
    (", for herself and on behalf of each other Reporting Person", True),
    (", on behalf of herself and the other reporting persons", True),
])
def test_for_self_and_others(text, others):
    from graphkit.parsers.signature_field import FOR_SELF_AND_OTHERS
    m = FOR_SELF_AND_OTHERS.search("/s/ Jane Roe" + text)
    assert m is not None and m.start() == len("/s/ Jane Roe") and bool(m["others"]) is others


def test_for_itself_keeps_the_chains_party():
    # review rv38 LOW-1
    s = read_signature_field("Acme Capital LLC, By: /s/ Jane Roe, Managing Member, for itself", [])
    assert (s.signer, s.title, s.on_behalf_of) == ("Jane Roe", "Managing Member",
                                                   ["Acme Capital LLC"])


def test_for_a_named_party_is_no_self_signature():
    from graphkit.parsers.signature_field import FOR_SELF_AND_OTHERS
    assert FOR_SELF_AND_OTHERS.search("/s/ Jane Roe, on behalf of the Acme Trust") is None


def test_buffett_signs_for_himself_and_each_other_reporting_person():
    (rec,) = parse_path(RV37 / "berkshire_oxy_2022_form4.xml").records
    (sig,) = rec.signatures
    assert (sig.signer, sig.title, sig.on_behalf_of) == (
        "Warren E. Buffett", None, ["BERKSHIRE HATHAWAY INC", "BUFFETT WARREN E"])
    buffett = next(p for p in rec.parties if p.name == "BUFFETT WARREN E")
    assert "Warren E. Buffett" in [a.name for a in buffett.aliases]


def test_power_of_attorney_for_with_a_colon():
    (rec,) = parse_path(RV37 / "musk_tesla_2026_form4.xml").records
    (sig,) = rec.signatures
    assert (sig.signer, sig.title, sig.on_behalf_of) == (
        "Aaron Beckman", "Attorney-in-Fact", ["Elon Musk"])
