"""Schedule 13G XML: Item 4's numbers for a reporting person whose cover page states none.

Fixtures in tests/fixtures/filings/rv38/ (SOURCES.tsv says where each came from): the real,
source-trimmed 13G/A of The Vanguard Group on SLM Corp, whose cover page gives a name and a
type only and whose Item 4 states 0 shares and 0 % (session 37 review rvE, MEDIUM-1), and made
variants with invented names; in tests/fixtures/filings/rv39/, made answers "-0-" and
"1,234,567 shares of Common Stock" (session 38 review rv38, LOW-4).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_xml_item4 import (ITEM4_NOTE, ITEM4_STATED, read_item4_answer,
                                                   read_item4_number)
from graphkit.parsers.xmldoc import XmlDoc
from graphkit.reading import read_source
from tests.conftest import corpus_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv38"

POWERS = ("sole_voting", "shared_voting", "sole_dispositive", "shared_dispositive")


def _record(name):
    [rec] = parse_path(FIXTURES / name).records
    return rec


def _codes(rec):
    return [w.code for w in rec.warnings]


def test_sole_filer_exit_takes_item4_zero_shares_and_percent():
    rec = _record("vanguard_slm_2024_schedule13ga_exit.xml")
    [claim] = rec.claims
    assert (rec.party(claim.source).name, claim.shares, claim.percent) == (
        "The Vanguard Group", 0, 0.0)
    # the readings say where the numbers came from; the cover page gave none
    assert [(r.field, r.raw, r.note, r.evidence.section, r.evidence.line)
            for r in claim.readings] == [("shares", "0", ITEM4_NOTE, "Item 4 (a)", 18),
                                         ("percent", "0", ITEM4_NOTE, "Item 4 (b)", 19)]
    assert [e.section for e in claim.evidence] == ["reporting person 1", "Item 4", "Item 5"]
    assert claim.evidence[0].text == "The Vanguard Group: no number on the cover page"
    assert "missing-value" not in _codes(rec)  # the values are stated, in Item 4
    assert claim.ceased_five_percent is True  # Item 5 "Y", as before


def test_sole_filer_takes_item4_powers_too():
    rec = _record("t01_item4_only_sole_filer.xml")
    [claim] = rec.claims
    assert (claim.shares, claim.percent) == (1234567, 6.1)
    assert [getattr(claim, f) for f in POWERS] == [1234567, 0, 1234567, 0]
    assert {r.note for r in claim.readings} == {ITEM4_NOTE} and len(claim.readings) == 6
    assert rec.warnings == []


def test_item4_answered_in_words_gives_no_number():
    rec = _record("t03_item4_words_only.xml")
    [claim] = rec.claims
    assert (claim.shares, claim.percent) == (None, None)
    assert [getattr(claim, f) for f in POWERS] == [1234567, 0, 1234567, 0]
    # rows 9 and 11: neither the cover page nor Item 4 gives them
    assert [w.message for w in rec.warnings] == [
        "Roe Capital LP: no value read for row 9 (aggregate amount beneficially owned)",
        "Roe Capital LP: no value read for row 11 (percent of class)"]


def test_several_filers_item4_is_given_to_none_and_warned():
    rec = _record("t02_item4_two_filers_empty_covers.xml")
    assert [(rec.party(c.source).name, c.shares, c.percent, c.sole_voting) for c in rec.claims] \
        == [("Roe Capital LP", None, None, None), ("Roe Capital GP LLC", None, None, None)]
    assert _codes(rec) == ["missing-value"] * 4
    assert rec.warnings[0].message == (
        "Roe Capital LP: no value read for row 9 (aggregate amount beneficially owned); Item 4 "
        "states 1,234,567 shares and 6.1% for the filing as a whole, not which of its 2 "
        "reporting persons holds them: given to none")


def test_cover_numbers_win_over_item4():
    # two joint filers with their own cover pages: Item 4's 5.08 is not read over the covers'
    # 5.1 (Marex/Jushi, the corpus's real 13G whose Item 4 states bare numbers)
    path = corpus_file("13g/marex_jushi_2025_schedule13g.xml")
    [rec] = parse_path(path).records
    assert [(c.shares, c.percent) for c in rec.claims[:2]] == [(10000000, 5.1)] * 2
    assert all(r.note != ITEM4_NOTE for c in rec.claims for r in c.readings)
    answer = read_item4_answer(XmlDoc(read_source(path)))
    assert answer.values == {"shares": 10000000, "percent": 5.08, "sole_voting": 10000000,
                             "shared_voting": 0, "sole_dispositive": 10000000,
                             "shared_dispositive": 0}
    assert answer.stated() == "10,000,000 shares and 5.08%"


def test_item4_in_words_gives_no_number():
    # Pentwater/Avis: (a) "The information required by Item 4(a) is set forth in Row 9 ...",
    # (b) a bare "22.2%"
    path = corpus_file("13g/pentwater_avis_schedule13ga.xml")
    answer = read_item4_answer(XmlDoc(read_source(path)))
    assert (answer.values, answer.stated(), answer.evidence.line) == ({"percent": 22.2}, "22.2%",
                                                                      101)


def test_cover_with_numbers_keeps_them():
    rec = _record("vanguard_intel_2026_schedule13ga_exit.xml")
    [claim] = rec.claims
    assert (claim.shares, claim.percent) == (0, 0.0)
    assert [r.evidence.section for r in claim.readings] == ["reporting person 1"] * 2


# -- review rv38 LOW-4 (session 39): "-0-" and "1,234,567 shares" (tests/fixtures/filings/rv39) --

RV39 = FIXTURES.parent / "rv39"


def test_dashed_zero_is_read_and_the_zero_holding_exit_fires():
    # the rv38 repro with its powers at "-0-" too: a 13G/A whose one person's cover page has no
    # number and whose Item 4 says "-0-" shares and 0%: it was None with a missing-value warning
    [rec] = parse_path(RV39 / "i4_dash_zero_exit.xml").records
    [claim] = rec.claims
    assert (claim.shares, claim.percent) == (0, 0.0)
    assert [getattr(claim, f) for f in POWERS] == [0, 0, 0, 0]
    assert [(r.field, r.raw) for r in claim.readings][:2] == [("shares", "-0-"),
                                                              ("percent", "0%")]
    assert [c.method for c in rec.ceased] == ["zero holding"] and claim.ceased_five_percent
    assert rec.warnings == []


def test_shares_stated_in_words_are_read():
    [rec] = parse_path(RV39 / "i4_shares_in_words.xml").records
    [claim] = rec.claims
    assert (claim.shares, claim.percent, claim.sole_voting) == (1234567, 6.1, 1234567)
    assert claim.readings[0].raw == "1,234,567 shares of Common Stock"
    assert claim.readings[0].note == ITEM4_NOTE  # a whole number: nothing rounded
    assert rec.warnings == []


@pytest.mark.parametrize("raw, percent, value", [
    ("-0-", False, 0), ("- 0 -", False, 0), ("-0-", True, 0.0), ("-0-%", True, 0.0),
    ("1234567 shares", False, 1234567), ("1,234,567 Shares of Common Stock.", False, 1234567),
    ("0 shares of the Issuer's Class A Common Stock", False, 0),
    ("1,234,567", False, 1234567), ("6.1%", True, 6.1),  # bare numbers, as before
    ("1,234,567 (1)", False, None),  # a footnote mark: what it says is not known
    ("See Row 9 of the cover page.", False, None),  # words, as before
    ("1,234,567 shares", True, None), ("6.1%", False, 6),  # a percent as shares, as before
    ("1,000 shares of Common Stock plus warrants", False, None),
])
def test_read_item4_number(raw, percent, value):
    got = read_item4_number(raw, percent=percent)
    assert got == value and type(got) is type(value)


def test_item4_stated_pattern():
    assert ITEM4_STATED.match("-0-")["zero"] == "-0-"
    assert ITEM4_STATED.match("1,234,567 shares of Common Stock")["num"] == "1,234,567"
    assert ITEM4_STATED.match("Less than 1%") is None
