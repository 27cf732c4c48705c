"""Names that differ in a compass point are two companies (resolvers.vetoes.compass_points).

Review of session 38: Berkshire Hathaway's Form 4 on Occidental (2022) lists "EastGUARD
Insurance Company (100)" and "WestGUARD Insurance Company (100)" among the holders of its
preferred stock. The two names scored 0.99 alike, and the filing's party book made them one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from resolvers import compare
from resolvers.vetoes import COMPASS_WORD

FILING = (Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv37"
          / "berkshire_oxy_2022_form4.xml")


@pytest.mark.parametrize("word, points, rest", [
    ("westguard", "west", "guard"), ("northeast", "northeast", ""), ("north", "north", ""),
    ("eastbridge", "east", "bridge"),
])
def test_compass_word(word, points, rest):
    m = COMPASS_WORD.match(word)
    assert (m["points"], m["rest"]) == (points, rest)


@pytest.mark.parametrize("a, b", [
    ("EastGUARD Insurance Company", "WestGUARD Insurance Company"),
    ("Northeast Capital LLC", "Northwest Capital LLC"),
    ("Eastbridge Partners LP", "Westbridge Partners LP"),
])
def test_different_points_never_merge(a, b):
    c = compare(a, b)
    assert not c.same and "compass_points" in [v.name for v in c.vetoes]


@pytest.mark.parametrize("a, b", [
    ("Northeast Capital LLC", "NORTHEAST CAPITAL, L.L.C."),
    ("WestGUARD Insurance Company", "Westguard Insurance Co."),
])
def test_the_same_point_still_merges(a, b):
    assert compare(a, b).same


def test_the_real_filing_keeps_both_holders():
    (rec,) = parse_path(FILING).records
    names = {p.name for p in rec.parties}
    assert {"EastGUARD Insurance Company", "WestGUARD Insurance Company"} <= names
