"""A cover page disclaiming part of its holding by count
(:func:`graphkit.parsers.schedule13_disclaiming.cover_disclaims_in_part`).

Review rv39 H4: Sanjay S. Mody's 2001 SC 13D/A states on rows 7, 9 and 11 "2,050,000 shares
(with disclaimer of beneficial ownership as to 1,100,000 shares)": his wife's 1,100,000
(Item 5(a)); he owns the other 950,000. The claim was read as disclaimed in full.
"""

from __future__ import annotations

import pytest

from graphkit.graph import build_graph, find_node
from graphkit.ownership import effective_ownership
from graphkit.parse import parse_path
from graphkit.parsers.schedule13_disclaiming import (DISCLAIMED_COUNT, REFERS_BACK,
                                                     cover_disclaims_in_part)
from graphkit.source import SourceText
from tests.conftest import ROOT

RV39 = ROOT / "tests" / "fixtures" / "filings" / "rv39"
MODY = RV39 / "mody_distinctive_2001_sc13da.txt"
ROE_LLC = RV39 / "r5_partial_disclaimer_llc.txt"


def _claim(path, holder):
    [rec] = parse_path(path).records
    names = {p.id: p.name for p in rec.parties}
    [claim] = [c for c in rec.claims if names[c.source] == holder
               and c.relation.value == "beneficial_owner_of"]
    return claim


def test_the_real_cover_disclaims_part_of_the_holding():
    c = _claim(MODY, "SANJAY S. MODY")
    assert (c.shares, c.percent, c.sole_voting, c.disclaims, c.disclaims_in_part) == \
        (2_050_000, 10.7, 2_050_000, True, True)


def test_an_organization_keeps_its_ownership():
    """Filed by an LLC, the holding is owned (10.7%), not "ownership disclaimed"."""
    G = build_graph(parse_path(ROE_LLC).records)
    answer = effective_ownership(G, find_node(G, "WIDGET DEVICES, INC."))
    [row] = [r for r in answer.owners if r.party.name == "Roe Holdings LLC"]
    assert (row.shares, row.percent, row.basis) == (2_050_000, 10.7, "ownership")


@pytest.mark.parametrize("text, shares, in_part", [
    ("2,050,000 shares (with disclaimer of beneficial ownership as to 1,100,000 shares)",
     2_050_000, True),
    ("2,050,000 shares (with disclaimer of beneficial ownership as to 2,050,000 shares)",
     2_050_000, False),
    ("6,941,000 Beneficial ownership disclaimed pursuant to Rule 13d-4", 6_941_000, False),
    ("5,000 (1). (1) Includes 1,000 shares held by his wife. The Reporting Person disclaims "
     "beneficial ownership of such shares.", 5_000, True),
    ("5,000. The Reporting Person disclaims beneficial ownership of all 5,000 shares.",
     5_000, False),
    ("2,050,000 shares (with disclaimer of beneficial ownership as to 1,100,000 shares)",
     None, False),  # no holding read: not known to be a part
])
def test_cover_disclaims_in_part(text, shares, in_part):
    src = SourceText(path="x.txt", text=text)
    assert cover_disclaims_in_part(src, [(0, len(text))], shares) is in_part


def test_each_cover_is_read_and_its_disclaimer_found_in_any_case():
    # the first cover disclaims nothing: only the second's words are read, in capitals too
    plain = "2,050,000 shares\n"
    part = "2,050,000 SHARES (WITH DISCLAIMER OF BENEFICIAL OWNERSHIP AS TO 1,100,000 SHARES)"
    whole = "2,050,000 shares (with disclaimer of beneficial ownership as to 2,050,000 shares)"
    for second, in_part in ((part, True), (whole, False)):
        text = plain + second
        src = SourceText(path="x.txt", text=text)
        covers = [(0, len(plain)), (len(plain), len(text))]
        assert cover_disclaims_in_part(src, covers, 2_050_000) is in_part
        assert cover_disclaims_in_part(src, covers[:1], 2_050_000) is False


@pytest.mark.parametrize("text, count", [
    ("as to 1,100,000 shares)", "1,100,000"), ("of 25,000 of such shares", "25,000"),
    ("1100000 shares", "1100000"), ("10.7% of the shares", None), ("Item 11 shares", None),
])
def test_disclaimed_count_pattern(text, count):
    m = DISCLAIMED_COUNT.search(text)
    assert (m and m["count"]) == count


@pytest.mark.parametrize("text, back", [
    (" of such shares.", True), (" as to these shares", True),
    (" with respect to the foregoing shares", True), (" of the shares", False),
])
def test_refers_back_pattern(text, back):
    assert bool(REFERS_BACK.match(text)) is back
