"""A cover's type of reporting person settles the party's kind (graphkit.parsers.type_codes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.models import Party, PartyKind
from graphkit.parse import parse_path
from graphkit.parsers.partybook_kinds import NEVER_A_PERSON, settle_kinds
from graphkit.parsers.type_codes import kind_from_type_codes
from tests.conftest import corpus_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings"


@pytest.mark.parametrize("codes,kind", [
    (["CO"], PartyKind.ORGANIZATION), (["HC", "CO"], PartyKind.ORGANIZATION),
    (["PN"], PartyKind.ORGANIZATION), (["bk"], PartyKind.ORGANIZATION),
    (["IN"], PartyKind.PERSON), (["HC", "IN"], PartyKind.PERSON),
    (["HC"], None), (["IA"], None), (["OO"], None), ([], None),
    (["IN", "PN"], None),  # contradictory: the name's shape decides
])
def test_kind_from_type_codes(codes, kind):
    assert kind_from_type_codes(codes) is kind


def test_a_corporate_name_shaped_like_a_person_is_an_organization():
    # Morgan Stanley 2018 13G/A: "12. TYPE OF REPORTING PERSON: HC, CO"
    rec = parse_path(FIXTURES / "2018_SC_13GA_1499620.txt").records[0]
    ms = next(p for p in rec.parties if p.name == "Morgan Stanley")
    assert ms.kind is PartyKind.ORGANIZATION
    assert [(r.field, r.raw, r.method) for r in ms.readings] == [("kind", "HC CO", "type-code")]


def test_a_person_who_signs_stays_a_person_whatever_the_copied_cover_says():
    # AMH Equity 2020 13G/A: Adam Hutt's cover copies the partnership's "Delaware, USA" and "PN";
    # he signs "/s/ Adam Hutt" in his own name
    rec = parse_path(corpus_file("13g/amhequity_cvd_2020_sc13ga.txt")).records[0]
    hutt = next(p for p in rec.parties if p.name == "Adam Hutt")
    assert (hutt.kind, hutt.type_codes) == (PartyKind.PERSON, ["PN"])


def test_settle_kinds_counts_and_keeps_agreeing_kinds():
    a = Party(id="p1", name="Acme Beta", kind="person", type_codes=["CO"])
    b = Party(id="p2", name="Jane Roe", kind="person", type_codes=["IN"])
    assert settle_kinds([a, b]) == 1 and b.readings == []


@pytest.mark.parametrize("name, never", [
    ("Roe Family Trust", True), ("ROE TRUST DATED MAY 5, 2001", True),
    ("Estate of John Roe", True), ("Acme Corp. Retirement Plan", True),
    ("Roe Charitable Remainder Unitrust No. 1", True), ("The Roe Foundation", True),
    ("Jane Roe, Trustee", False), ("John Trustman", False), ("Mary Planck", False),
])
def test_never_a_person_words(name, never):
    assert (NEVER_A_PERSON.search(name) is not None) is never


def test_a_trust_typed_in_keeps_its_kind_and_the_code_set_aside():
    trust = Party(id="p1", name="Roe Family Trust", kind="organization", type_codes=["IN"])
    jane = Party(id="p2", name="Jane Roe", kind="organization", type_codes=["IN"])
    assert settle_kinds([trust, jane]) == 1
    assert (trust.kind, jane.kind) == (PartyKind.ORGANIZATION, PartyKind.PERSON)
    assert [(r.raw, r.method) for r in trust.readings] == [("IN", "entity-word")]
