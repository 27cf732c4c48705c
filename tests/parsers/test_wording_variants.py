"""Wording variants of real filings (session 44, pt44): the same facts whatever the wording.

Each fixture under tests/fixtures/filings/pt44/ is a real filing with one wording edit that
real EDGAR filings of other filers show ("ITEM 1 -" for "Item 1.", ...); its SOURCES.tsv line
names the original and the edit. The parse must give the numbers, parties and relations of the
original.
"""

from __future__ import annotations

from graphkit.parse import parse_path
from graphkit.parsers.prose_holding_patterns import HOLDING_PERCENT
from tests.conftest import ROOT

PT44 = ROOT / "tests" / "fixtures" / "filings" / "pt44"


def _facts(path) -> tuple[set[tuple], set[tuple]]:
    """The claims (source, relation, target, shares, percent) and signatures (signer, title)."""
    rec = parse_path(path).records[0]
    names = {p.id: p.name for p in rec.parties}
    claims = {(names[c.source], c.relation.value, names[c.target], c.shares, c.percent)
              for c in rec.claims}
    return claims, {(s.signer, s.title) for s in rec.signatures}


def test_item_headings_with_a_dash_end_the_cover_pages():
    # 1994_SC_13D_49588 with "ITEM 1 -   Security and Issuer:" ... "ITEM 7 -": the cover area
    # ran on to the end, and the signature of Carol McCoy was lost
    claims, sigs = _facts(PT44 / "1994_SC_13D_49588_item_dash.txt")
    assert claims == {
        ("Torchmark Corporation", "beneficial_owner_of", "I.C.H. Corporation", 4677243, 9.78),
        ("Carol McCoy", "officer_of", "Torchmark Corporation", None, None)}
    assert sigs == {("Carol McCoy", "Associate Counsel and Assistant Secretary")}


def test_html_item_headings_with_an_en_dash_end_the_cover_pages():
    # 2016_SC_13D_1669540 with "<b>Item 1 &#8211;</b>" over "<b>Security and Issuer</b>"
    claims, sigs = _facts(PT44 / "2016_SC_13D_1669540_item_en_dash.txt")
    assert claims == {
        ("DENNIS MANCINO", "beneficial_owner_of", "HD VIEW 360 INC", 7200000, 77.0),
        ("DENNIS MANCINO", "officer_of", "HD VIEW 360 INC", None, None),
        ("DENNIS MANCINO", "director_of", "HD VIEW 360 INC", None, None)}
    assert sigs == {("DENNIS MANCINO", None)}


def test_holding_percent_spelled_out():
    # 1997_SC_13DA_1026797 with "...beneficial owner of 215,900 shares of Common Stock, which
    # represented approximately 4.13 percent of the issued ...": the percent was lost
    claims, _ = _facts(PT44 / "1997_SC_13DA_1026797_percent_word.txt")
    assert ("Michael T. Kanarellis", "beneficial_owner_of", "Universal Seismic Associates, Inc.",
            215900, 4.13) in claims


def test_holding_percent_pattern_spelled_out():
    text = " of Common Stock, which represented approximately 4.13 percent of the issued"
    assert HOLDING_PERCENT.match(text)["pct"] == "4.13"
    assert HOLDING_PERCENT.match(" (5.2 per cent)")["pct"] == "5.2"
    # a percent of the votes stays out, spelled out or not
    assert HOLDING_PERCENT.match(" or 62.5 percent of the combined voting power") is None
    # "percent" must be a word of its own
    assert HOLDING_PERCENT.match(" or 5 percentage points") is None
