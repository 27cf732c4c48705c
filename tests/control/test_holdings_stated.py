"""`holdings` shows a party's stated holding: of a Form 4, the sum of its lines of the filing.

Review rvF HIGH-1 (session 37): find_holdings took the first line of the newest filing, so
Zuckerberg's Meta holding read 242,340 (the CZI Holdings line, which he disclaims) "direct",
not 351,712,856.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.control import find_holdings
from graphkit.pipeline import build

RV37 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv37"


@pytest.mark.parametrize("filing, party, issuer, shares", [
    # 351,470,516 direct + 242,340 by CZI Holdings, LLC
    ("zuckerberg_meta_2025_form4.xml", "Zuckerberg Mark", "Meta Platforms, Inc.", 351_712_856),
    # 256,255 by his revocable trust + 55,046 by the Cox-Vadakan trust
    ("cox_meta_2026_form4.xml", "Christopher K. Cox", "Meta Platforms, Inc.", 311_301),
    # 423,743,904 direct + 413,152,109 "By Trust"
    ("musk_tesla_2026_form4.xml", "Elon Musk", "Tesla, Inc.", 836_896_013),
    # 902,564 Class C direct + three trusts; not the 67,586 Google Stock Units
    ("porat_alphabet_2026_form4.xml", "Ruth M. Porat", "Alphabet Inc.", 2_080_209),
])
def test_holding_is_the_sum_of_the_filings_lines(filing, party, issuer, shares):
    G = build([RV37 / filing]).graph
    held = {h.target.name: (h.direct, h.shares) for h in find_holdings(G, party).holdings}
    assert held[issuer] == (True, shares)
