"""Cover cells printed as a lone dash: read as zero only when the page's other numbers agree."""

from __future__ import annotations

import pytest

from graphkit.models import Reading
from graphkit.parsers.schedule13_cover import DASH_CELL, _dash_cell
from graphkit.parsers.schedule13_dashes import DASH_NOTE, dash_reading, dash_zeros


def vals(**kw):
    return {f: [Reading(field=f, raw=str(v), value=v)] for f, v in kw.items()}


def dashed(*fields):
    return {f: dash_reading(f) for f in fields}


@pytest.mark.parametrize("line", ["\t\t\t\t\t\t\t-", "      -", "| - |", "  —  ", "-"])
def test_dash_cell_matches(line):
    # 13g/barclays_unionbancal_2008_sc13g.txt lines 151, 297: a power cell, an aggregate cell
    assert DASH_CELL.search(line)


@pytest.mark.parametrize("line", ["- ------------------------------", "------", "--",
                                  "-0-", "- 30,048", "SHARED VOTING POWER -", "1998 - 1999"])
def test_dash_cell_does_not_match(line):
    assert not DASH_CELL.search(line)


def test_dash_cell_only_on_a_line_of_its_own():
    # 13d/oneliberty_brt_1996_sc13d.txt line 333: "8.   SHARED VOTING POWER -          " (the
    # dash after the label is its punctuation, the cell is blank)
    assert _dash_cell(" -          \n NUMBER OF   ____\n") is None
    assert _dash_cell("\n\t\t\t-\n\t\t----------\n\t\t") == 4
    assert _dash_cell("\n  -\n  -\n") is None            # two dashes: which is the cell?


def test_power_dashes_agree_with_the_aggregate():
    # barclays cover page 1: sole voting 6,687,104, shared voting -, sole dispositive
    # 8,017,641, shared dispositive -, aggregate 8,017,641, 5.79%
    page = vals(sole_voting=6687104, sole_dispositive=8017641, aggregate=8017641, percent=5.79)
    got = dash_zeros(page, dashed("shared_voting", "shared_dispositive"))
    assert {f: (r.value, r.note) for f, r in got.items()} == {
        "shared_voting": (0, DASH_NOTE), "shared_dispositive": (0, DASH_NOTE)}


def test_all_dashes_with_a_zero_percent():
    # barclays cover page 4: sole voting blank, every other power "-", aggregate "-", 0.00%
    got = dash_zeros(vals(percent=0.0), dashed("shared_voting", "sole_dispositive",
                                               "shared_dispositive", "aggregate"))
    assert sorted(got) == ["aggregate", "shared_dispositive", "shared_voting", "sole_dispositive"]
    assert dash_zeros({}, dashed("aggregate"), percent_dash=True) == {
        "aggregate": dash_reading("aggregate")}


@pytest.mark.parametrize("page,dashes", [
    # an aggregate dash beside a percent that is not zero: "-" is not "none" here
    (vals(percent=5.2), ("aggregate",)),
    # ... or beside a power that is not zero
    (vals(percent=0.0, sole_voting=1000), ("aggregate",)),
    # an aggregate dash with no percent read at all
    ({}, ("aggregate",)),
    # dispositive: 800 + "-" does not make 900
    (vals(sole_dispositive=800, aggregate=900), ("shared_dispositive",)),
    # voting: 1,000 + "-" would pass the aggregate of 900
    (vals(sole_voting=1000, aggregate=900), ("shared_voting",)),
    # the other power cell blank: the sum cannot be checked
    (vals(aggregate=900), ("shared_voting",)),
    # no aggregate read
    (vals(sole_dispositive=900), ("shared_dispositive",)),
])
def test_dashes_left_unread_when_the_page_disagrees(page, dashes):
    assert dash_zeros(page, dashed(*dashes)) == {}
