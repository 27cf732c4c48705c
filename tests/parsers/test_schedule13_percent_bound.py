"""Cover pages whose percent row states a bound, "Less than 0.1%" (review s35 rvA M2): no
percent, the bound kept as a reading, and no false "no value read" warning. "<0.1%" was read
as 0.1, a wrong number."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_percent_bound import BOUND_NOTE, PERCENT_BOUND, states_bound
from tests.conftest import corpus_file

RV36 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv36"
BERKSHIRE = RV36 / "berkshire_apple_2022_sc13ga_trimmed.htm"

#: the holders of the Berkshire/Apple 13G/A, with shares and percent as their covers print them
BERKSHIRE_COVERS = {
    "Warren E. Buffett": (915560382, 5.8, "5.8%"),
    "Berkshire Hathaway Inc.": (915560382, 5.8, "5.8%"),
    "National Indemnity Company": (759667785, 4.8, "4.8%"),
    "GEICO Corporation": (65178619, 0.4, "0.4%"),
    "Central States Indemnity Company of Omaha": (692000, None, "Less than 0.1%"),
    "Alleghany Corporation": (333856, None, "Less than 0.1%"),
    "Transatlantic Reinsurance Company": (252298, None, "Less than 0.1%"),
}


def _holdings(rec) -> dict[str, tuple]:
    names = {p.id: p.name for p in rec.parties}
    return {names[c.source]: (c.shares, c.percent, next(r.raw for r in c.readings
                                                         if r.field == "percent"))
            for c in rec.claims if c.relation.value == "beneficial_owner_of"}


def test_real_bounds_are_kept_without_a_value():
    rep = parse_path(BERKSHIRE)
    rec = rep.records[0]
    assert _holdings(rec) == BERKSHIRE_COVERS
    assert rep.status == "parsed" and rec.warnings == []
    bound = next(r for c in rec.claims for r in c.readings if r.raw == "Less than 0.1%")
    assert (bound.value, bound.note, bound.evidence.text) == (None, BOUND_NOTE,
                                                              "Less than 0.1%")


def test_angle_bracket_bound_is_no_percent(tmp_path):
    copy = tmp_path / BERKSHIRE.name  # the same filing, its bounds printed "<0.1%"
    copy.write_text(BERKSHIRE.read_text(encoding="utf-8").replace("Less than 0.1%", "&lt;0.1%"),
                    encoding="utf-8")
    rec = parse_path(copy).records[0]
    assert {k: v[:2] for k, v in _holdings(rec).items()} == {
        k: v[:2] for k, v in BERKSHIRE_COVERS.items()}   # not 0.1


def test_corpus_less_than_one_percent_gives_no_missing_value_warning():
    # oneliberty_brt_1996_sc13d.txt line 349: row 13 of One Liberty Properties "Less than 1%"
    rec = parse_path(corpus_file("13d/oneliberty_brt_1996_sc13d.txt")).records[0]
    assert _holdings(rec)["One Liberty Properties, Inc."] == (30048, None, "Less than 1%")
    assert not [w for w in rec.warnings if w.code == "missing-value"]


@pytest.mark.parametrize("text, bound", [
    ("Less than 0.1%", "Less than 0.1%"), ("less than one percent", "less than one percent"),
    ("<1 %", "<1 %"), ("LESS THAN 5 PER CENT", "LESS THAN 5 PER CENT"),
    ("5.1%", None), ("less than all of the shares", None),
])
def test_percent_bound_pattern(text, bound):
    m = PERCENT_BOUND.search(text)
    assert (m and m[0]) == bound


@pytest.mark.parametrize("region, says", [
    ("  Less than 1/10th of 1%", True), ("  <0.1%", True), ("  5.1%", False), ("  0%", False)])
def test_states_bound(region, says):
    assert states_bound(region) is says
