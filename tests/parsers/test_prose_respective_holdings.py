"""Holdings of several holders paired by "respectively"
(:mod:`graphkit.parsers.prose_respective_holdings`).

Real filing: the Snyder Associated Companies 13D of 2005 (``fixtures/filings/
2005_SC_13D_1333324.txt``), cover footnote (1) and Item 5(b): "... through Allegheny Mineral
Corp., Armstrong Cement & Supply Corp. and Glacial Sand & Gravel Co., each of which directly
owns 846,208 shares, 719,277 shares and 528,880 shares, respectively". graphkit read the three
subsidiaries but none of their holdings, so ``holdings`` could not show the record holders nor
the split of the 2,094,365 shares (review rv41 MEDIUM-5).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.control import find_controllers
from graphkit.graph import find_node
from graphkit.parse import parse_path
from graphkit.parsers.prose_respective_holdings import (RESPECTIVE_COUNTS, HOLDER_LIST_BEFORE,
                                                        respective_holdings)
from graphkit.pipeline import build
from graphkit.relations import Relation

SNYDER = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "2005_SC_13D_1333324.txt"
SPLIT = {"Allegheny Mineral Corp.": 846208, "Armstrong Cement & Supply Corp.": 719277,
         "Glacial Sand & Gravel Co.": 528880}


def test_each_subsidiary_holds_its_own_count():
    rec = parse_path(SNYDER).records[0]
    names = {p.id: p.name for p in rec.parties}
    held = {names[c.source]: c.shares for c in rec.claims
            if c.relation is Relation.BENEFICIAL_OWNER_OF and names[c.source] in SPLIT}
    assert held == SPLIT and sum(held.values()) == 2094365


def test_the_total_stays_the_group_aggregate():
    G = build([SNYDER]).graph
    ans = find_controllers(G, find_node(G, "SUPERIOR WELL SERVICES, INC."))
    assert (ans.total_shares, ans.total_percent) == (2094365, 11.0)


@pytest.mark.parametrize("text, expected", [
    ("Acme Fund LP and Beta Fund LP hold 100,000 and 50,000 Shares, respectively.",
     [("Acme Fund LP", 100000, False), ("Beta Fund LP", 50000, False)]),
    ("Acme Fund LP, Beta Fund LP and Gamma Fund LP beneficially own 1,000 shares, 2,000 shares "
     "and 3,000 shares of Common Stock, respectively.",
     [("Acme Fund LP", 1000, True), ("Beta Fund LP", 2000, True), ("Gamma Fund LP", 3000, True)]),
    # as many counts as names, or nothing
    ("Acme Fund LP and Beta Fund LP hold 100,000, 20,000 and 50,000 Shares, respectively.", []),
    ("Acme Fund LP and Beta Fund LP hold 100,000 Shares.", []),
])
def test_respective_holdings(text, expected):
    assert [(h.holder, h.shares, h.beneficial) for h in respective_holdings(text)] == expected


def test_one_holder_of_the_list_is_not_read_alone():
    # RECORD_HOLDER reads "Beta Fund LP held 100,000 shares": the first count, not its own
    from graphkit.parsers.prose import find_relationships
    from graphkit.source import SourceText
    src = SourceText(path="x.txt", text="Acme Fund LP and Beta Fund LP held 100,000 shares and "
                     "50,000 shares, respectively.")
    assert sorted((f.holder, f.shares) for f in find_relationships(src)) == [
        ("Acme Fund LP", 100000), ("Beta Fund LP", 50000)]


def test_patterns():
    text = ("through Acme Mineral Corp. and Acme Sand Co., each of which directly owns 846,208 "
            "shares and 528,880 shares, respectively")
    m = RESPECTIVE_COUNTS.search(text)
    assert m["counts"] == "846,208 shares and 528,880"
    assert HOLDER_LIST_BEFORE.search(text[:m.start()])["listed"] == (
        "Acme Mineral Corp. and Acme Sand Co.")
