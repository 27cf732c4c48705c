"""A Form 4/5 that ends an owner's holding marks it as an exit, as a 13D/13G exit is marked
(graphkit.parsers.ceased_claims.add_insider_exits): the Section 16 box, or every line at 0.

Review rv39 M1 (session 39): Exxon Mobil's real Form 4 on ProPetro (period 2026-05-20) sells
16,600,000 shares to 0 with ``<notSubjectToSection16>true``, yet no claim was marked, and
``controllers`` kept Exxon at the top of the chains. A Form 4 with one line at 0 and another
above it (Lam Research's real Form 4/A of Sohail U. Ahmed) is no exit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.claim_marks import LEFT_SECTION_16, NONE_HELD, exit_mark
from graphkit.models import Claim, Evidence, FilingRecord, FormFamily
from graphkit.parse import parse_path
from graphkit.parsers.ceased_claims import NO_SHARES_LEFT, SECTION_16_BOX, add_insider_exits
from graphkit.relations import Relation

FILINGS = Path(__file__).resolve().parent.parent / "fixtures" / "filings"
EXXON = FILINGS / "rv39" / "exxon_propetro_2026_form4.xml"  # real
AHMED = FILINGS / "ahmed_lam_2025_form4a.txt"  # real
BOX_TEXT = FILINGS / "rv36" / "t02_text_form4_exit_box.txt"  # made: a text Form 4, box checked
TRUSTS = FILINGS / "own15" / "r29_x1b_trusts_sell_out_interleaved.xml"  # made


def _record(path: Path) -> FilingRecord:
    [rec] = parse_path(path).records
    return rec


def _held(rec: FilingRecord) -> list[tuple]:
    return [(rec.party(c.source).name, c.shares, c.ended, c.ceased_five_percent)
            for c in rec.claims if c.relation is Relation.BENEFICIAL_OWNER_OF]


def _exits(rec: FilingRecord) -> list[tuple]:
    return [(c.method, [rec.party(i).name for i in c.party_ids]) for c in rec.ceased]


def test_exxon_sold_to_zero_and_left_section_16_is_an_exit():
    rec = _record(EXXON)
    assert _held(rec) == [
        ("EXXON MOBIL CORP", None, True, True),  # its "ten percent owner" box
        ("EXXON MOBIL CORP", 0, None, True),  # Table I: sharesOwnedFollowingTransaction 0, "I"
        ("Pioneer Natural Resources Pumping Services LLC", 0, None, True)]  # its record holder
    assert _exits(rec) == [
        (SECTION_16_BOX, ["EXXON MOBIL CORP", "Pioneer Natural Resources Pumping Services LLC"]),
        (NO_SHARES_LEFT, ["EXXON MOBIL CORP"]),
        (NO_SHARES_LEFT, ["Pioneer Natural Resources Pumping Services LLC"])]
    box = rec.ceased[0].evidence
    assert (box.line, box.section, box.text) == (10, "Section 16 box", "true")
    assert rec.ceased[1].evidence.line == 69  # <value>0</value>
    assert rec.warnings == []


def test_ahmed_zero_direct_line_beside_a_trust_line_is_no_exit():
    # Form 4/A, LAM RESEARCH CORP, 2024-11-04: direct 0 (3,690 shares moved to the Sohail
    # Family Trust), "by trust" 30,630
    rec = _record(AHMED)
    assert _held(rec) == [("Ahmed Sohail U", 0, None, None), ("Ahmed Sohail U", 30630, None, None)]
    assert rec.ceased == []


def test_text_form4_section_16_box_ends_lines_above_zero():
    rec = _record(BOX_TEXT)
    assert _held(rec) == [("Foster, Alan H.", None, True, True),
                          ("Foster, Alan H.", 250000, None, True),
                          ("Acme Partners, L.P.", 250000, None, True),
                          ("Foster, Alan H.", 40000, None, True)]
    assert _exits(rec) == [(SECTION_16_BOX, ["Foster, Alan H.", "Acme Partners, L.P."])]
    assert rec.ceased[0].evidence.section == "Section 16 box"


def test_trusts_sold_out_exit_but_not_the_owner_keeping_a_line():
    rec = _record(TRUSTS)  # two trusts 10,000 -> 0 each; Jane Roe keeps 5,000 direct
    assert _exits(rec) == [(NO_SHARES_LEFT, ["Roe 2012 Irrevocable Trust"]),
                           (NO_SHARES_LEFT, ["Roe 2015 Irrevocable Trust"])]
    assert [c for c in _held(rec) if c[0] == "Roe Jane"] == [
        ("Roe Jane", 0, None, None), ("Roe Jane", 0, None, None), ("Roe Jane", 5000, None, None)]


def _line(cid: str, holder: str, shares, start: int, section: str = "Table I") -> Claim:
    return Claim(id=cid, source=holder, target="w", shares=shares,
                 relation=Relation.BENEFICIAL_OWNER_OF,
                 evidence=[Evidence(source="f4.xml", start=start, end=start + 1, section=section)])


@pytest.mark.parametrize("family, claims, holders", [
    (FormFamily.FORM_4, [_line("c1", "roe", 0, 10)], ["roe"]),
    (FormFamily.FORM_5, [_line("c1", "roe", 0, 10), _line("c2", "roe", 0, 20)], ["roe"]),
    (FormFamily.FORM_4, [_line("c1", "roe", 0, 10), _line("c2", "roe", 1, 20)], []),
    (FormFamily.FORM_4, [_line("c1", "roe", 0, 10), _line("c2", "roe", None, 20)], []),  # unread
    (FormFamily.FORM_4, [_line("c1", "roe", None, 10, "reporting owner 1")], []),  # no line
    (FormFamily.FORM_4, [_line("c1", "roe", 0, 10, "Table II")], []),  # derivatives only
    (FormFamily.FORM_3, [_line("c1", "roe", 0, 10)], []),  # an initial statement: no exit
    (FormFamily.SCHEDULE_13G, [_line("c1", "roe", 0, 10)], []),
])
def test_no_shares_left_needs_every_line_read_and_at_zero(family, claims, holders):
    rec = FilingRecord(source="f4.xml", form="4", family=family, claims=claims)
    assert [c.party_ids[0] for c in add_insider_exits(rec)] == holders


def test_section_16_box_adds_the_record_holders():
    from graphkit.models import Cessation
    rec = FilingRecord(source="f4.xml", form="4", family=FormFamily.FORM_4,
                       claims=[_line("c1", "roe", 250, 10), _line("c2", "trust", 250, 10)],
                       ceased=[Cessation(party_ids=["roe"], method=SECTION_16_BOX)])
    assert add_insider_exits(rec) == []
    assert rec.ceased[0].party_ids == ["roe", "trust"]


@pytest.mark.parametrize("form, shares, ceased, ended, mark", [
    ("4", 0, None, None, None),  # one line of 0 shares: its other lines may stand
    ("4", 0, True, None, NONE_HELD),  # every line at 0
    ("4", None, True, None, NONE_HELD),  # the ten percent owner box of an owner holding none
    ("4", None, True, True, LEFT_SECTION_16),  # that box, the Section 16 box checked
    ("4", 250000, True, None, LEFT_SECTION_16),  # a line above 0, the Section 16 box checked
    ("5", 0, True, True, NONE_HELD),
    ("4/A", 40000, True, None, LEFT_SECTION_16),
])
def test_insider_exit_marks(form, shares, ceased, ended, mark):
    assert exit_mark(form, shares=shares, percent=None, ceased=ceased, ended=ended) == mark
