"""The nouns a holding stated in prose may end with (graphkit.parsers.prose_holding_patterns):
"shares", "Units", and a filing's defined term for its class, "Shares", "Common Shares",
"Ordinary Shares"; never another class ("Preferred Shares")."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_holding_patterns import HOLDING_PERCENT, RECORD_HOLDER
from graphkit.source import SourceText


def holdings(text):
    return [(f.holder, f.shares) for f in find_relationships(SourceText(path="t.txt", text=text))
            if f.relation.value == "beneficial_owner_of"]


@pytest.mark.parametrize("text, expected", [
    # the 2014 Park West 13G/A (harvest s27), a fund held by no reporting person
    ("As of December 31, 2013, PWIMF holds 527,194 Common Shares and PWPI holds 112,466 Common "
     "Shares.", [("PWIMF", 527194), ("PWPI", 112466)]),
    ("Acme Fund LP holds 500 Shares.", [("Acme Fund LP", 500)]),
    ("Acme Fund Ltd. directly owns 2,000 Ordinary Shares.", [("Acme Fund Ltd.", 2000)]),
    ("Acme Partners beneficially owns 1,570,000 Units.", [("Acme Partners", 1570000)]),
    ("Acme Bank is the beneficial owner of 1,000 Common Shares.", [("Acme Bank", 1000)]),
    ("Acme Fund LP was the record holder of 32,770 shares of Common Stock.",
     [("Acme Fund LP", 32770)]),
    # "is (currently) the owner of": a plain holding, as "owns" (session 33: review s32 rv1 M3)
    ("Acme Insurance Company is currently the owner of 4,084,160 shares of Common Stock.",
     [("Acme Insurance Company", 4084160)]),
    ("Acme Fund LP was the owner of 1,000 shares.", [("Acme Fund LP", 1000)]),
])
def test_holding_nouns(text, expected):
    assert holdings(text) == expected


@pytest.mark.parametrize("text", [
    "Acme Fund LP is the owner of 100% of the outstanding shares of Acme Sub Inc.",
    "Acme Fund LP is the beneficial owner of the shares held by Acme Sub Inc.",
    "Acme Fund LP holds 1,000 Preferred Shares.",
    "Acme Fund LP holds 1,000 Class B Shares.",
    "Acme Fund LP holds 1,000 Warrants.",
])
def test_other_classes_are_no_holding_of_the_class(text):
    assert holdings(text) == []


def test_record_holder_groups():
    m = RECORD_HOLDER.search("Acme Fund LP holds 527,194 Common Shares")
    assert (m["holder2"], m["shares2"]) == ("Acme Fund LP", "527,194")


@pytest.mark.parametrize("text, expected", [
    # a scan's space for a comma (session 33; the 1998 Celtics 13D/A, Item 5, damaged)
    ("Walcott beneficially owns 1,570 000 Units, representing approximately 28.1%.",
     [("Walcott", 1570000)]),
    ("Brookwood Investments Ltd. owns 320 000 Units.", [("Brookwood Investments Ltd.", 320000)]),
    # a year before a count is no group of it
    ("As of December 31, 1998 500 shares were held by Acme Fund LP.", [("Acme Fund LP", 500)]),
    # a letter for a digit: the whole count, never "1,700" nor "700" (session 45)
    ("Roe Capital LP owns 2l1,700 shares of Common Stock.", [("Roe Capital LP", 211700)]),
    # session 46: a space then a comma, a letter for a digit anywhere, a count glued to its verb
    ("Roe Capital LP owns 1 570,000 Units.", [("Roe Capital LP", 1570000)]),
    ("Roe Capital LP owns 1,57O 000 Units.", [("Roe Capital LP", 1570000)]),
    ("Roe Capital LP beneficially owns l,570,000 Units.", [("Roe Capital LP", 1570000)]),
    ("Roe Capital LP beneficially owns l,570 000 Units.", [("Roe Capital LP", 1570000)]),
    ("Roe Capital LP owns 1,S70,000 Units.", [("Roe Capital LP", 1570000)]),
    ("Roe Capital LP owns1,000 shares of Common Stock.", [("Roe Capital LP", 1000)]),
    ("Roe Capital LP beneficially owns2,500,000 shares.", [("Roe Capital LP", 2500000)]),
    # ... never a part of a count torn by a letter, nor a count after a letter read for a digit
    ("Roe Capital LP owns ll1,700 shares of Common Stock.", []),
    ("Roe Capital LP ownsl,700 shares of Common Stock.", []),
    ("Acme Capital1,000 shares held by Roe Fund LP.", []),
    ("Roe Capital LP holds I 000 shares.", []),
    # where any text may come before the count, a number before it is never its first group
    # (review of session 46): a day, a footnote's number glued to a word
    ("On May 15 250,000 shares were held by Acme Fund LP.", [("Acme Fund LP", 250000)]),
    ("Includes Note2 100 shares held by Jane Roe.", [("Jane Roe", 100)]),
    ("Includes Trust12 500 shares held by Jane Roe.", [("Jane Roe", 500)]),
])
def test_counts_as_a_scan_prints_them(text, expected):
    assert holdings(text) == expected


@pytest.mark.parametrize("text, pct", [
    (", representing approximately 6.0% of the outstanding Units", "6.0"),
    # a decimal comma (OCR, or a European hand; session 46): one or two digits after it
    (", representing approximately 6,0% of the outstanding Units", "6,0"),
    (" or 5,25%", "5,25"),
    (" or 5,250%", None),   # three digits after the comma: no decimal comma
])
def test_holding_percent_with_a_decimal_comma(text, pct):
    m = HOLDING_PERCENT.match(text)
    assert (m["pct"] if m else None) == pct
