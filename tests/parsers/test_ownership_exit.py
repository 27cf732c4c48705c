"""Forms 3/4/5 filed by an insider no longer subject to Section 16: the box ends the office.

rvB H1 (session 35): a real Form 4 with ``notSubjectToSection16`` = 1, whose remarks say the
reporting person resigned, left him a current officer of the issuer in every as-of answer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import io

import networkx as nx
import pytest
from rich.console import Console

from graphkit.asof import graph_as_of
from graphkit.control import find_controllers
from graphkit.exports.bods import bods_statements
from graphkit.exports.ftm import ftm_entities
from graphkit.parse import parse_path
from graphkit.parsers.ownership_text import CHECKED_EXIT
from graphkit.relations import EXIT_NOTE
from graphkit.pipeline import build
from graphkit.render import render

RV36 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv36"
OWN15 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "own15"
EXIT_FORM4 = RV36 / "graham_gaif1_2026_form4_excerpt.xml"
ISSUER = "GRAHAM ALTERNATIVE INVESTMENT FUND I LLC"


def _box_claims(path: Path) -> list[tuple]:
    rec = parse_path(path).records[0]
    return [(c.relation.value, c.title, c.as_of, c.ended, c.note) for c in rec.claims
            if c.relation.value in ("director_of", "officer_of")
            or (c.relation.value == "beneficial_owner_of" and c.shares is None)]


def test_xml_exit_box_ends_the_officer_claim():
    assert _box_claims(EXIT_FORM4) == [
        ("officer_of", "CEO of Manager", dt.date(2026, 6, 26), True, EXIT_NOTE)]


def test_xml_without_the_box_leaves_the_office_current():
    assert _box_claims(RV36 / "t03_form3_before_exit.xml") == [
        ("officer_of", "CEO of Manager", dt.date(2021, 3, 1), None, None)]


def test_text_form4_exit_box_ends_every_box_claim_but_not_the_prose():
    rec = parse_path(RV36 / "t02_text_form4_exit_box.txt").records[0]
    ended = {(c.relation.value, c.ended, c.note) for c in rec.claims if c.shares is None}
    assert ended == {
        ("director_of", True, EXIT_NOTE), ("officer_of", True, EXIT_NOTE),
        ("beneficial_owner_of", True, f"ten percent owner; {EXIT_NOTE}"),
        ("general_partner_of", None, None), ("officer_of", None, None)}  # from the footnotes


def test_text_form4_unchecked_box_ends_nothing():
    rec = parse_path(OWN15 / "t01_text_form4_roles.txt").records[0]
    assert not any(c.ended for c in rec.claims)


@pytest.mark.parametrize("line, checked", [
    ("(X) Check this box if no longer subject to Section 16.", True),
    ("[x] Check box if no longer subject to Section 16", True),
    ("_X_ Check this box if no longer subject to section 16. Form 4 or Form 5", True),
    ("( ) Check this box if no longer subject to Section 16.", False),
    ("[ ] Check box if no longer subject to Section 16", False),
])
def test_checked_exit_pattern(line, checked):
    assert (CHECKED_EXIT.search(line) is not None) is checked


def test_as_of_answers_drop_the_officer_after_the_exit():
    G = build([RV36 / "t03_form3_before_exit.xml", EXIT_FORM4]).graph
    before = find_controllers(G, ISSUER, as_of="2026-01-01")
    after = find_controllers(G, ISSUER, as_of="2026-12-31")
    assert [(s.source.name, s.relation.value) for s in before.related] == [
        ("Brian Douglas", "officer_of")]
    assert after.related == []
    everything = find_controllers(G, ISSUER)  # the whole history: the exit is shown
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(render(everything))
    assert "officer of (ended by 2026-06-26)" in console.export_text()


# --- review s36 of the exit (H1, M1, L1, M2) -------------------------------------------------

def test_exit_ends_every_insider_role_not_only_the_boxes_it_ticks():
    # the Form 3 ticks director and officer; the exit Form 4 ticks the officer box alone
    G = build([RV36 / "t04_form3_director_and_officer.xml", EXIT_FORM4]).graph
    before = find_controllers(G, ISSUER, as_of="2026-01-01")
    assert sorted(s.relation.value for s in before.related) == ["director_of", "officer_of"]
    assert find_controllers(G, ISSUER, as_of="2026-12-31").related == []


def _edges(*claims) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for key, relation, form, day, extra in claims:
        G.add_edge("p", "i", key=key, relation=relation, filing=key + ".txt", form=form,
                   as_of=day, **extra)
    return G


def test_exit_ends_the_role_read_from_another_form():
    G = _edges(("d13", "director_of", "SC 13D", "2020-01-02", {}),
               ("f3", "director_of", "3", "2020-02-01", {}),
               ("f4", "director_of", "4", "2022-06-26", {"ended": True}),
               ("h4", "beneficial_owner_of", "4", "2022-06-26", {"shares": 3000}),
               ("later", "officer_of", "4", "2024-01-02", {}))   # back in office
    assert sorted(k for *_, k in graph_as_of(G, "2022-01-01").edges(keys=True)) == ["d13", "f3"]
    assert [k for *_, k in graph_as_of(G, "2023-01-01").edges(keys=True)] == ["h4"]
    assert [k for *_, k in graph_as_of(G, "2025-01-01").edges(keys=True)] == ["h4", "later"]


def test_undated_exit_is_never_current():
    G = _edges(("f3", "officer_of", "3", "2020-02-01", {}),
               ("f4", "officer_of", "4", None, {"ended": True}))
    assert [k for *_, k in graph_as_of(G, "2023-01-01", keep_undated=True).edges(keys=True)] \
        == ["f3"]


def test_exports_date_the_end_of_the_office():
    G = build([EXIT_FORM4]).graph
    interests = [i for s in bods_statements(G) if s.get("recordType") == "relationship"
                 for i in s["recordDetails"]["interests"]]
    # the fund's manager, named in the remarks, is current (it did not resign): a start date
    # (the manager of the fund, an LLC, runs it: a managing official, session 38)
    assert sorted((i["type"], i["details"], i.get("endDate", ""), i.get("startDate", ""))
                  for i in interests) == [
        ("seniorManagingOfficial", "CEO of Manager", "2026-06-26", ""),
        ("seniorManagingOfficial", "Manager", "", "2026-06-26")]
    links = [e for e in ftm_entities(G) if e["schema"] == "Directorship"]
    assert sorted((e["properties"]["role"], e["properties"].get("endDate")) for e in links) == [
        (["CEO of Manager"], ["2026-06-26"]), (["Manager"], None)]
