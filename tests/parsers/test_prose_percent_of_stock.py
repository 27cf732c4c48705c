"""A party's part of a company's stock or of an LLC's membership interests, stated as a
percent or as "all of": "Acme Holdings, Inc. owns all of the outstanding membership interests
of Acme GP, LLC" gives a shareholder edge of 100%."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_patterns import PERCENT_OF_STOCK, PERCENT_OF_STOCK_CUE
from graphkit.source import SourceText


def _found(text: str) -> set[tuple[str, str, str, float | None]]:
    return {(f.relation.value, f.holder, f.held, f.percent)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


@pytest.mark.parametrize("text, held, pct, all_", [
    ("Acme Holdings, Inc. owns 100% of the membership interests of Acme GP, LLC.",
     "Acme GP, LLC.", "100", None),
    ("Acme Holdings, Inc. owns all of the outstanding membership interests of Acme GP, LLC.",
     "Acme GP, LLC.", None, "all"),
    ("Jane Roe holds all of the issued and outstanding shares of Acme Corp.", "Acme Corp.",
     None, "all"),
    ("Jane Roe owns 30% of the limited liability company interests of Acme GP LLC",
     "Acme GP LLC", "30", None),
])
def test_pattern(text, held, pct, all_):
    m = PERCENT_OF_STOCK.search(text)
    assert PERCENT_OF_STOCK_CUE.search(text) is not None
    assert (m["held"], m["pct"], m["all"]) == (held, pct, all_)


@pytest.mark.parametrize("text", [
    # a partnership's interests are its investors': not read here
    "Acme Holdings, Inc. holds 60% of the outstanding limited partnership interests of Acme "
    "Fund, L.P.",
    # the filing's own issuer: left to the cover page's rows
    "Acme Holdings owns 10% of the outstanding Shares of the Issuer.",
    "Jane Roe owns all of the membership interests of the Company.",
])
def test_not_read(text):
    assert PERCENT_OF_STOCK.search(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Acme Holdings, Inc. owns all of the outstanding membership interests of Acme GP, LLC.",
     {("shareholder_of", "Acme Holdings, Inc.", "Acme GP, LLC", 100.0)}),
    ("Acme Holdings, Inc. owns 55.5% of the membership interests of Acme GP, LLC.",
     {("shareholder_of", "Acme Holdings, Inc.", "Acme GP, LLC", 55.5)}),
    ("Jane Roe owns all of the outstanding shares of Acme Corp.",
     {("shareholder_of", "Jane Roe", "Acme Corp.", 100.0)}),
    # review rvC H2: several owners of all of it, no "each": each one's part is not known
    ("Jane Roe and John Doe own all of the membership interests of Acme GP, LLC.",
     {("shareholder_of", "Jane Roe", "Acme GP, LLC", None),
      ("shareholder_of", "John Doe", "Acme GP, LLC", None)}),
    ("Jane Roe and John Doe each own 50% of the membership interests of Acme GP, LLC.",
     {("shareholder_of", "Jane Roe", "Acme GP, LLC", 50.0),
      ("shareholder_of", "John Doe", "Acme GP, LLC", 50.0)}),
    # a part left out: not all of it
    ("Jane Roe owns all of the membership interests of Acme GP, LLC, except for a 1% interest "
     "held by John Doe.", {("shareholder_of", "Jane Roe", "Acme GP, LLC", None)}),
])
def test_edges(text, expected):
    assert _found(text) == expected


# review rvC M5 (session 35): "membership interests in" read nothing
@pytest.mark.parametrize("text, expected", [
    ("Jane Roe owns 60% of the membership interests in Acme GP, LLC.",
     {("shareholder_of", "Jane Roe", "Acme GP, LLC", 60.0)}),
    ("Acme Holdings, Inc. owns all of the membership interests in Acme GP, LLC.",
     {("shareholder_of", "Acme Holdings, Inc.", "Acme GP, LLC", 100.0)}),
    # still not the issuer's own, nor shares "in" a company (stock is "of" it)
    ("Jane Roe owns all of the membership interests in the Company.", set()),
    ("Jane Roe owns 60% of the outstanding shares in Acme Corp.", set()),
])
def test_membership_interests_in(text, expected):
    assert _found(text) == expected


# review rv37 H3 (session 37): after "in", only a name with an LLC's legal form
@pytest.mark.parametrize("text", [
    "Jane Roe owned 50% of the membership interests in March 2020.",
    "Jane Roe owns 60% of the membership interests in Delaware entities that hold LLC interests.",
    "Jane Roe holds 50% of the membership interests in New York.",
])
def test_membership_interests_in_no_company(text):
    assert _found(text) == set()
