"""Form D amounts (graphkit.parsers.formd_amounts): patterns, money readers, the paper form's
section C on the 2003 seed, and the electronic form's offered − sold = remaining check."""

from __future__ import annotations

import pytest

from graphkit.models import Offering
from graphkit.parsers import formd_amounts as fa
from graphkit.parsers.formd_amounts import (OfferingAmounts, amounts_agree, read_dollars,
                                            read_electronic_amounts, read_money,
                                            read_paper_amounts)
from graphkit.parsers.formd_text import _lines, _sections, _starts_with_row_label
from graphkit.source import SourceText
from tests.conftest import SEED_FORMD

SEED = SourceText(path="seed.txt", text=SEED_FORMD.read_text(encoding="utf-8"))


def paper(src: SourceText = SEED) -> OfferingAmounts:
    return read_paper_amounts(src, _lines(src.text), _sections(src.text), _starts_with_row_label)


# --- patterns --------------------------------------------------------------------------------

def test_money_pattern():
    assert fa.MONEY.search("Total.....\t\\$ 28,684,072.04\t")["num"] == "28,684,072.04"
    assert fa.MONEY.search("$ l,000.00")["num"] == "l,000.00"
    assert fa.MONEY.search("$ 1 000")["num"] == "1 000"
    assert fa.MONEY.search("no dollars 1,000") is None


def test_investor_row_pattern():
    rows = fa.INVESTOR_ROW.findall("Accredited investors\t20\t\\$ 1.00\n"
                                   "Non-accredited Investors.....\t0\t\\$ 0.00\n")
    assert rows == [("", "20"), ("Non-", "0")]


def test_plain_dollars_pattern():
    assert [fa.PLAIN_DOLLARS.match(x)["num"] for x in ("100000", "$ 25,000", "1,250.50")] == \
        ["100000", "25,000", "1,250.50"]
    assert fa.PLAIN_DOLLARS.match("Indefinite") is None
    assert fa.PLAIN_DOLLARS.match("25,000 USD") is None


def test_minimum_investment_pattern():
    m = fa.MINIMUM_INVESTMENT.search("What is the minimum investment that will be accepted "
                                     "from any individual?\t$ 0.00\n")
    assert m["v"] == "0.00"


def test_small_patterns():
    assert fa._CENTS.search("28684072.04").group(1) == "04"
    assert fa._DOT_FOR_COMMA.search("5.639,301") and not fa._DOT_FOR_COMMA.search("5.63")
    assert fa._TOTAL_LINE.match("  Column Totals") and fa._TOTAL_LINE.match("Total Payments")
    assert not fa._TOTAL_LINE.match("Salaries and fees")


# --- readers ---------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, value, repaired", [
    ("$ 28,684,072.04", 28684072.04, False),
    ("\\$ 0.00", 0.0, False),
    ("$ 2l,000.00", 21000.0, True),
    ("$ 5.639,301", 5639301.0, True),
    ("$ 50,000", 50000.0, False),
])
def test_read_money(raw, value, repaired):
    r = read_money(raw, "x")
    assert (r.value, r.repaired, r.method) == (value, repaired, "ocr-money" if repaired else None)


def test_read_money_nothing_printed():
    assert read_money("$ N/A", "x") is None and read_money("", "x") is None


def test_read_dollars():
    assert read_dollars("100,000", "sold").value == 100000.0
    assert read_dollars("$ 25,000", "min", note="estimate").note == "estimate"
    r = read_dollars("Indefinite", "offered")
    assert (r.raw, r.value, r.note) == ("Indefinite", None, "not a number")
    assert read_dollars(None, "x") is None and read_dollars(" ", "x") is None


def test_amounts_agree():
    assert amounts_agree(10.0, 10.004) and not amounts_agree(10.0, 10.01)
    assert amounts_agree(10.0, 10.4, fa.DOLLAR_TOLERANCE)
    assert amounts_agree(None, 1.0) and amounts_agree(1.0, None)


# --- the paper form --------------------------------------------------------------------------

def test_paper_seed():
    a = paper()
    assert (a.total_offering_amount, a.total_amount_sold) == (28684072.04, 27701668.92)
    assert (a.accredited_investors, a.non_accredited_investors) == (20, 0)
    assert a.minimum_investment is None  # the seed prints "\$ N/A"
    got = {r.field: r.value for r in a.readings}
    assert got == {"total_offering_amount": 28684072.04, "total_amount_sold": 27701668.92,
                   "total_expenses": 50000.0, "adjusted_gross_proceeds": 28634072.04,
                   "total_payments_listed": 27701668.92}
    # the form prints the amount sold as "Total Payments Listed": the one real mismatch
    assert [(w.code, w.line) for w in a.warnings] == [("sum-mismatch", 336)]
    assert all(r.evidence is not None and r.evidence.section == "C" for r in a.readings)


def test_paper_without_section_c():
    src = SourceText(path="d.txt", text="FORM D\nB. INFORMATION ABOUT OFFERING\n"
                                       "minimum investment accepted? $ 1,000.00\n")
    a = paper(src)
    assert a.minimum_investment == 1000.0
    assert [w.code for w in a.warnings] == ["no-section-c"]


def test_paper_row_mismatch():
    text = SEED.text.replace("28,684,072.04", "28,684,072.05", 1)
    a = paper(SourceText(path="d.txt", text=text))
    assert any("aggregate offering price" in w.message for w in a.warnings)


# --- the electronic form ---------------------------------------------------------------------

def test_electronic_amounts_check_remaining():
    src = SourceText(path="d.html", text="one\ntwo\nthree\n")
    a = read_electronic_amounts(src, offered=read_dollars("1,000", "total_offering_amount"),
                                sold=read_dollars("400", "total_amount_sold"),
                                remaining=read_dollars("600", "total_remaining"))
    assert a.warnings == []
    a = read_electronic_amounts(src, offered=read_dollars("1,000", "total_offering_amount"),
                                sold=read_dollars("400", "total_amount_sold"),
                                remaining=read_dollars("500", "total_remaining"), pos=4)
    assert [(w.code, w.line) for w in a.warnings] == [("sum-mismatch", 2)]
    a = read_electronic_amounts(src, offered=read_dollars("Indefinite", "total_offering_amount"),
                                sold=read_dollars("400", "total_amount_sold"),
                                remaining=read_dollars("Indefinite", "total_remaining"))
    assert a.warnings == [] and a.total_offering_amount is None
    assert [r.field for r in a.readings] == ["total_offering_amount", "total_amount_sold",
                                             "total_remaining"]


@pytest.mark.parametrize("non, has_non, want", [
    (None, False, (10, 0)),
    (3, True, (7, 3)),
    (None, True, (None, None)),  # box checked, number missing: accredited count unknown
    (None, None, (None, None)),
])
def test_electronic_investors(non, has_non, want):
    a = read_electronic_amounts(SourceText(path="d", text=""),
                                total_investors=read_dollars("10", "total_investors"),
                                non_accredited=non, has_non_accredited=has_non)
    assert (a.accredited_investors, a.non_accredited_investors) == want
    assert a.readings[-1].value == 10 and a.readings[-1].field == "total_investors"


def test_apply_to_sets_only_amount_fields():
    off = Offering(offering_name="Series A", total_amount_sold=1.0)
    OfferingAmounts(minimum_investment=5.0).apply_to(off)
    assert (off.offering_name, off.minimum_investment, off.total_amount_sold) == \
        ("Series A", 5.0, None)


def test_thousands_mark():
    from graphkit.parsers.formd_amounts import THOUSANDS_MARK

    assert THOUSANDS_MARK.sub("", "1,000.000") == "1000000"
