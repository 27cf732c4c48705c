"""All of a company's equity, ownership or partnership interests or capital stock (session 40,
prose gaps 1): "Acme Holdings, Inc. owns all of the outstanding equity interests of Acme Sub
LLC" gives the shareholder edge of 100% that "owns 100% of the outstanding membership interests
of" gives, a control link the controllers walk through.

No filing of the corpus or the fixtures states a holding this way; the one real sentence near
it, all of a partnership's limited partner interests (2005 SC 13D, CIK 1333324), stays unread.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.controllers import controls
from graphkit.parse import parse_path
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_stock_patterns import (ALL_INTERESTS, PERCENT_OF_STOCK,
                                                   PERCENT_OF_STOCK_CUE)
from graphkit.source import SourceText

FILINGS = Path(__file__).resolve().parent.parent / "fixtures" / "filings"


def _found(text: str) -> set[tuple[str, str, str, float | None]]:
    return {(f.relation.value, f.holder, f.held, f.percent)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


@pytest.mark.parametrize("text", [
    "outstanding equity interests of", "issued and outstanding ownership interests in Acme LLC",
    "partnership interests of", "general partnership interests of", "capital stock of",
    "equity interest in Acme Sub, Inc.",
])
def test_all_interests(text):
    assert ALL_INTERESTS.match(text) is not None


@pytest.mark.parametrize("text", [
    "limited partnership interests of", "limited partner interests in Acme Resources, Ltd.",
    "equity interests in March 2020", "shares of", "equity interests in Delaware entities",
])
def test_all_interests_not(text):
    assert ALL_INTERESTS.match(text) is None


@pytest.mark.parametrize("text, held", [
    ("Acme Holdings, Inc. owns all of the outstanding equity interests of Acme Sub LLC.",
     "Acme Sub LLC."),
    ("Acme Holdings, Inc. holds all of the issued and outstanding ownership interests in Acme "
     "Sub LLC.", "Acme Sub LLC."),
    ("Jane Roe owns all of the partnership interests of Acme Sub LP.", "Acme Sub LP."),
    ("Acme Holdings, Inc. owns all of the capital stock of Acme Sub, Inc.", "Acme Sub, Inc."),
])
def test_pattern_all_of(text, held):
    m = PERCENT_OF_STOCK.search(text)
    assert PERCENT_OF_STOCK_CUE.search(text) is not None
    assert (m["all"], m["held"]) == ("all", held)


@pytest.mark.parametrize("text", [
    # a part of these interests may be an investor's: only all of them is read
    "Acme Holdings, Inc. owns 30% of the outstanding equity interests of Acme Sub LLC.",
    "Acme Holdings, Inc. owns all of the outstanding limited partnership interests of Acme LP.",
    "Acme Holdings, Inc. owns all of the shares reported herein.",
    "Acme Holdings, Inc. owns all of its shares of the Issuer.",
    "Jane Roe owns all of the equity interests of the Company.",
    "Jane Roe owns all of the equity interests in March 2020.",
])
def test_pattern_not(text):
    assert PERCENT_OF_STOCK.search(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Acme Holdings, Inc. owns all of the outstanding equity interests of Acme Sub LLC.",
     {("shareholder_of", "Acme Holdings, Inc.", "Acme Sub LLC", 100.0)}),
    ("Acme Holdings, Inc. holds all of the outstanding equity interests in Acme Sub, Inc.",
     {("shareholder_of", "Acme Holdings, Inc.", "Acme Sub, Inc.", 100.0)}),
    ("Acme Holdings LLC owns all of the outstanding partnership interests of Acme Sub LP.",
     {("shareholder_of", "Acme Holdings LLC", "Acme Sub LP", 100.0)}),
    # the same edge as "100% of the outstanding membership interests of"
    ("Acme Holdings, Inc. owns 100% of the outstanding membership interests of Acme GP, LLC.",
     {("shareholder_of", "Acme Holdings, Inc.", "Acme GP, LLC", 100.0)}),
    ("Acme Holdings, Inc. owns all of the shares reported herein.", set()),
])
def test_edges(text, expected):
    assert _found(text) == expected
    assert all(controls({"relation": r, "percent": p}) for r, _, _, p in expected)


def test_limited_partner_interests_of_a_real_filing_unread():
    # 2005 SC 13D (CIK 1333324), Item 2: "Three wholly owned subsidiaries of Snyder Associated
    # Companies, Inc. owned all of the limited partner interests in Bradford Resources, Ltd.
    # prior to the closing": an investor's interests, and in the past
    res = parse_path(FILINGS / "2005_SC_13D_1333324.txt")
    for rec in res.records:
        names = {p.id: p.name for p in rec.parties}
        assert not [c for c in rec.claims if c.relation.value == "shareholder_of"
                    and "Bradford" in names[c.target]]


@pytest.mark.parametrize("mark, note", [
    ("*", True), ("***", True), (" (1)", True), ("(12)", True),
    ("****", False), (" (123)", False), (" (a)", False),
])
def test_percent_note_fragment(mark, note):
    """PERCENT_NOTE, the footnote mark after a stake's percent sign, alone."""
    import re
    from graphkit.parsers.prose_stock_patterns import PERCENT_NOTE
    assert (re.fullmatch(PERCENT_NOTE, mark, re.VERBOSE) is not None) is note
    assert PERCENT_OF_STOCK_CUE.search(f"owns 24.9%{mark} of the outstanding ") is not None \
        or not note
