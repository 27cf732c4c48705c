"""A Form 4/5 that ends an owner's holding ranks it no more, as a 13D/13G exit does.

Review rv39 M1 (session 39): after Exxon Mobil's real Form 4 on ProPetro (2026-05-20: 16,600,000
shares sold to 0, ``notSubjectToSection16`` true), ``controllers "ProPetro"`` still ranked
EXXON MOBIL CORP "At the top of the chains" with 0 shares, also ``--as-of 2026-06-01``, and
``holdings "EXXON MOBIL"`` listed "ProPetro 0 (direct)". ``m1_exxon_propetro_prior_form3.xml``
(made from it) gives the 16,600,000 shares held before, on 2024-05-03.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphkit.asof import stake_history
from graphkit.claim_marks import LEFT_SECTION_16, NONE_HELD
from graphkit.control import find_controllers, find_holdings
from graphkit.pipeline import build

FILINGS = Path(__file__).resolve().parent.parent / "fixtures" / "filings"
EXXON = FILINGS / "rv39" / "exxon_propetro_2026_form4.xml"  # real
PRIOR = FILINGS / "rv39" / "m1_exxon_propetro_prior_form3.xml"  # made from it: 16,600,000
AHMED = FILINGS / "ahmed_lam_2025_form4a.txt"  # real: direct 0, "by trust" 30,630
BOX_TEXT = FILINGS / "rv36" / "t02_text_form4_exit_box.txt"  # made: the box checked, 290,000
ISSUER = "ProPetro Holding Corp."


@pytest.fixture(scope="module")
def exxon():
    return build([PRIOR, EXXON]).graph


def _tops(ans) -> tuple[list, list]:
    return ([(u.party.name, u.shares, u.exit) for u in ans.ultimate],
            [(u.party.name, u.paths, u.shares, u.exit) for u in ans.exited])


def test_exxon_is_no_controller_after_its_sale_to_zero(exxon):
    for as_of in (None, "2026-06-01"):
        ans = find_controllers(exxon, ISSUER, as_of=as_of)
        assert _tops(ans) == ([], [("EXXON MOBIL CORP", 2, 0, NONE_HELD)])
        assert [p.exit for p in ans.paths] == [NONE_HELD, NONE_HELD]  # and through Pioneer
        assert ans.controllers == [] and ans.total_shares == 0


def test_exxon_before_the_sale_holds_its_shares(exxon):
    ans = find_controllers(exxon, ISSUER, as_of="2026-05-19")
    assert _tops(ans) == ([("EXXON MOBIL CORP", 16600000, None)], [])
    held = find_holdings(exxon, "EXXON MOBIL CORP", as_of="2026-05-19")
    assert [(h.target.name, h.shares, h.exit) for h in held.holdings if h.direct] == [
        ("Pioneer Natural Resources Company", None, None), (ISSUER, 16600000, None)]


def test_exxon_holds_propetro_no_more(exxon):
    for as_of in (None, "2026-06-01"):
        held = find_holdings(exxon, "EXXON MOBIL", as_of=as_of)
        assert ISSUER not in [h.target.name for h in held.holdings]
        assert [(h.target.name, h.shares, h.exit) for h in held.exited] == [
            (ISSUER, 0, NONE_HELD)]


def test_history_shows_the_holding_and_the_sale(exxon):
    entries = stake_history(exxon, "EXXON MOBIL CORP", ISSUER).entries
    assert [(str(e.claim.date), e.claim.form, e.claim.shares, e.change_shares, e.claim.exit)
            for e in entries] == [
        ("2024-05-03", "3", None, None, None),  # the ten percent owner box
        ("2024-05-03", "3", 16600000, None, None),
        ("2026-05-20", "4", None, None, LEFT_SECTION_16),  # the box, no longer subject
        ("2026-05-20", "4", 0, -16600000, NONE_HELD)]


def test_a_zero_line_beside_a_trust_line_keeps_the_holding():
    G = build([AHMED]).graph
    held = find_holdings(G, "Ahmed Sohail U")
    assert [(h.target.name, h.shares, h.exit) for h in held.holdings] == [
        ("LAM RESEARCH CORP", 30630, None)]
    assert held.exited == []
    ans = find_controllers(G, "LAM RESEARCH CORP")
    assert [(u.party.name, u.shares, u.exit) for u in ans.ultimate] == [
        ("Sohail U. Ahmed", 30630, None)]


def test_an_owner_leaving_section_16_is_listed_apart_with_its_shares():
    ans = find_controllers(build([BOX_TEXT]).graph, "Productivity Technologies Corp.")
    assert ans.ultimate == []
    assert [(u.party.name, u.shares, u.exit) for u in ans.exited] == [
        ("Alan H. Foster", 290000, LEFT_SECTION_16),  # 250,000 by Acme Partners + 40,000
        ("Acme Management, Inc.", 250000, LEFT_SECTION_16)]  # Acme Partners' general partner


def test_cli_lists_exxon_apart(run_cli, tmp_path):
    from graphkit.graph import write_graph
    path = write_graph(build([EXXON]).graph, tmp_path / "graph.json")
    code, out, _ = run_cli("controllers", "ProPetro", "--graph", str(path))
    assert code == 0 and "no one current" in out and "holds none" in out
    code, out, _ = run_cli("holdings", "EXXON MOBIL", "--graph", str(path), "--json")
    data = json.loads(out)
    assert [(h["target"]["name"], h["exit"]) for h in data["exited"]] == [(ISSUER, NONE_HELD)]
    assert ISSUER not in [h["target"]["name"] for h in data["holdings"]]
