"""A qualifier in parentheses inside one name only keeps two companies apart.

Review rvD HIGH-1 (session 37): the real Park Hotels 13D/A (2018) has cover pages for "HNA
Tourism Group Co., Ltd." and "HNA Tourism (HK) Group Co., Ltd."; the graph made them one node,
with the first one's CIK and both holdings.
"""

from __future__ import annotations

from pathlib import Path

from graphkit.pipeline import build
from resolvers import compare
from resolvers.vetoes import INNER_QUALIFIER

FILING = (Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv37"
          / "hna_parkhotels_2018_sc13da.txt")


def test_inner_qualifier_pattern():
    assert INNER_QUALIFIER.search("HNA Tourism (HK) Group Co., Ltd.")
    assert not INNER_QUALIFIER.search("Acme Holdings (Cayman) Ltd.")
    assert not INNER_QUALIFIER.search("Acme Capital (UK) LLP")


def test_veto():
    c = compare("HNA Tourism Group Co., Ltd.", "HNA Tourism (HK) Group Co., Ltd.")
    assert not c.same and [v.name for v in c.vetoes] == ["inner_qualifier"]


def test_real_filing_keeps_both_reporting_persons():
    G = build([FILING]).graph
    names = sorted(d["name"] for _, d in G.nodes(data=True) if "Tourism" in d["name"])
    assert names == ["HNA Tourism (HK) Group Co., Ltd.", "HNA Tourism Group Co., Ltd."]
