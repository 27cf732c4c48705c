"""OCR repairs, each on a cell or line from the seed 13G (graphkit/samples/000_...txt)."""

from __future__ import annotations

import pytest

from graphkit.ocr import (PERCENT, QUANTITY, QUANTITY_TOKEN, TYPE_CODE, ZERO_WORD, find_percents,
                          find_quantities, quantity_candidates, read_percent, read_quantity,
                          read_type_codes, repair_place)


@pytest.mark.parametrize("raw,value,method", [
    ("5.639,301", 5639301, "dot-as-comma"),
    ("428 430", 428430, "space-in-number"),
    ("5 639 301", 5639301, "space-in-number"),
    ("l,027,300", 1027300, "letter-as-digit"),
    ("iil", 0, "zero-word"),
    ("6,288,626", 6288626, None),
    ("-0-", 0, None),
])
def test_read_quantity(raw, value, method):
    r = read_quantity(raw)
    assert (r.value, r.method, r.raw) == (value, method, raw)
    assert r.repaired is (method is not None)


def test_nil_is_clean_zero():
    r = read_quantity("nil")
    assert r.value == 0 and not r.repaired


@pytest.mark.parametrize("raw", ["1.02/0", "0.109/", "19.42%"])
def test_percent_text_is_not_a_share_count(raw):
    assert read_quantity(raw) is None


def test_quantity_candidates_offer_split_reading():
    assert quantity_candidates("420, 420") == [420420, 420]


@pytest.mark.parametrize("raw,value,repaired", [
    ("0.109/", 0.1, True), ("1.02/0", 1.02, True), ("19.42%", 19.42, False), ("4.6%", 4.6, False),
])
def test_read_percent(raw, value, repaired):
    r = read_percent(raw)
    assert (r.value, r.repaired) == (value, repaired)


@pytest.mark.parametrize("raw", ["Delawai\tre", "Delawa re", "Delawa\t·e", "Delawai\te"])
def test_repair_place_delaware(raw):
    r = repair_place(raw)
    assert r.value == "Delaware" and r.repaired and r.raw == raw


def test_repair_place_netherlands():
    assert repair_place("Netherla\tands").value == "Netherlands"


def test_find_quantities_in_torn_row():
    line = "Sole Voting Power  5.639,301 6. Shared Voting Power  iil"
    assert [r.value for _, _, r in find_quantities(line)] == [5639301, 6, 0]
    assert [r.value for _, _, r in find_quantities("\t1.32%\t\n1\t1.02/0")] == [1]


def test_find_percents_both_readings():
    assert [r.value for _, _, r in find_percents("\t1.32%\t\t\n1\t1.02/0\t")] == [1.32, 1.02]


def test_type_codes():
    r = read_type_codes("00")
    assert (r.value, r.repaired) == ("OO", True)
    assert read_type_codes("                                                 PN").value == "PN"


@pytest.mark.parametrize("pattern,text", [
    (ZERO_WORD, "iil"), (QUANTITY, "5.639,301"), (PERCENT, "0.109/"),
    (QUANTITY_TOKEN, "Beneficially Owned by\t\t\tnil"), (TYPE_CODE, "00"),
])
def test_named_patterns(pattern, text):
    assert pattern.search(text)
