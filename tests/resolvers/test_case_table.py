"""Case table: must-merge / must-not-merge name pairs, each with its reason (cases.csv).

Names are drawn from the corpus filings (fund families, GP and manager entities, EDGAR
conformed names, signature capitals, persons in several orders) and from OCR damage seen in
the seed filings. ``kind`` is given when a parser would know it (persons listed as such).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from resolvers import compare

CASES = list(csv.DictReader(open(Path(__file__).with_name("cases.csv"), encoding="utf-8")))


def test_table_is_large_and_balanced():
    assert len(CASES) >= 150
    verdicts = {c["expected"] for c in CASES}
    assert verdicts == {"same", "different"}
    assert all(c["reason"].strip() for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['a']} | {c['b']}" for c in CASES])
def test_case(case):
    kind = case["kind"] or None
    got = compare(case["a"], case["b"], kind=kind)
    back = compare(case["b"], case["a"], kind=kind)
    assert (got.same, got.score) == (back.same, back.score), "compare must be symmetric"
    assert got.same == (case["expected"] == "same"), f"{case['reason']}\n{got.explain()}"
