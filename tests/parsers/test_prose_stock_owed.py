"""A company's whole stock owned, stated as what a deemed holding is owed to (session 41, prose
gaps): "Acme Holdings Inc. may be deemed to beneficially own the shares by virtue of its direct
ownership of all of the outstanding capital stock of Roe Corp." gives the 100% shareholder edge
"Acme Holdings Inc. owns all of the outstanding capital stock of Roe Corp." gives. A real filing
words it so: the 1994 Schedule 13D/A of tests/fixtures/filings/roster/1994_SC_13DA_3499.txt
("Citicorp, by virtue of its direct ownership of all of the outstanding capital stock of
Citibank, N.A., may be deemed, for purposes of Rule 13d-3 ...")."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_stock_patterns import BY_ITS_OWNERSHIP, PERCENT_OF_STOCK
from graphkit.source import SourceText

FILINGS = Path(__file__).resolve().parent.parent / "fixtures" / "filings"


def _found(text: str) -> set[tuple[str, str, str, float | None]]:
    return {(f.relation.value, f.holder, f.held, f.percent)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


@pytest.mark.parametrize("text, pron", [
    (" may be deemed to beneficially own the shares by virtue of its direct ownership of", "its"),
    (", by virtue of its direct ownership of", "its"),
    (" through her ownership of", "her"),
    (" is deemed to be the beneficial owner of the Shares as a result of its ownership of", "its"),
])
def test_by_its_ownership(text, pron):
    m = BY_ITS_OWNERSHIP.fullmatch(text)
    assert m is not None and m["pron"] == pron


@pytest.mark.parametrize("text", [
    " by virtue of its indirect ownership of",            # through parties not named
    " may be deemed to share power with Beta LLC by virtue of its ownership of",  # "its": Beta's
    " by virtue of their ownership of",
    " by virtue of its ownership interest in",
])
def test_by_its_ownership_not(text):
    assert BY_ITS_OWNERSHIP.fullmatch(text) is None


def test_pattern_held():
    m = PERCENT_OF_STOCK.search("Acme Holdings Inc., by virtue of its direct ownership of all of "
                                "the outstanding capital stock of Roe Bank, N.A., may be deemed")
    assert (m["holder"], m["all"], m["held"], m["pron"]) == (
        "Acme Holdings Inc.", "all", "Roe Bank, N.A.", "its")


@pytest.mark.parametrize("text, expected", [
    ("Acme Holdings Inc. may be deemed to beneficially own the shares by virtue of its direct "
     "ownership of all of the outstanding capital stock of Roe Corp.",
     {("shareholder_of", "Acme Holdings Inc.", "Roe Corp.", 100.0)}),
    ("Acme Holdings Inc. owns all of the outstanding capital stock of Roe Corp.",  # the same
     {("shareholder_of", "Acme Holdings Inc.", "Roe Corp.", 100.0)}),
    ("Acme Holdings Inc. may be deemed to beneficially own the shares by virtue of its ownership "
     "of 100% of the membership interests of Roe LLC.",
     {("shareholder_of", "Acme Holdings Inc.", "Roe LLC", 100.0)}),
    ("Acme Holdings Inc. may be deemed to beneficially own the shares through its ownership of "
     "all of the equity interests in Roe LLC.",
     {("shareholder_of", "Acme Holdings Inc.", "Roe LLC", 100.0)}),
    ("Acme Holdings Inc., by virtue of its direct ownership of all of the outstanding capital "
     "stock of Roe Bank, N.A., may be deemed to beneficially own the Shares.",
     {("shareholder_of", "Acme Holdings Inc.", "Roe Bank, N.A.", 100.0)}),
    ("Jane Roe, through her ownership of 60% of the outstanding common stock of Roe Corp., may be "
     "deemed to control it.", {("shareholder_of", "Jane Roe", "Roe Corp.", 60.0)}),
    # near misses: the pronoun is not the holder's, the holder is the object of a preposition,
    # the ownership is indirect or of no stated part
    ("Jane Roe, by virtue of its ownership of all of the outstanding capital stock of Roe Corp., "
     "may be deemed to control it.", set()),
    ("Acme Holdings Inc. controls the shares held by Roe Fund LP through its ownership of all of "
     "the equity interests of Roe GP LLC.", set()),
    ("Acme Holdings Inc. may be deemed to beneficially own the shares by virtue of its indirect "
     "ownership of all of the outstanding capital stock of Roe Corp.", set()),
    ("Acme Holdings Inc. may be deemed to beneficially own the shares by virtue of its ownership "
     "of Roe Corp.", set()),
    ("Acme Holdings Inc. may be deemed to beneficially own the shares by virtue of its ownership "
     "of all of the limited partnership interests of Roe Fund LP.", set()),
])
def test_edges(text, expected):
    assert _found(text) == expected


def test_real_filing_citicorp():
    rep = parse_path(FILINGS / "roster" / "1994_SC_13DA_3499.txt")
    (rec,) = rep.records
    names = {p.id: p.name for p in rec.parties}
    stakes = {(names[c.source], names[c.target], c.percent) for c in rec.claims
              if c.relation.value == "shareholder_of"}
    assert stakes == {("Citicorp", "Citibank, N.A.", 100.0)}
