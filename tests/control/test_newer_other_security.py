"""A holder's newer Form 4 of preferred stock only never displaces its common stock holding.

Review rv38 MEDIUM-4 (session 38), made Forms 4 in tests/fixtures/filings/rv39 (invented
names): Acme Capital LLC holds 1,000 Common Stock of Widget Corp (2024-03-01); its later Form 4
(2024-05-01) reports only 50 Series A Preferred Stock; Roe Jane holds 300 common. Each holder
kept one claim, the newest of any security, so Acme Capital LLC's holding was the 50 preferred:
``ownership --method control`` set it apart and dropped Acme Capital LLC entirely (300 in all),
and before that it counted the 50 preferred shares as common. Its holding is its newest common
stock, 1,000 (1,300 in all); the 50 preferred are said apart, never added
(graphkit.holder_claims).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.control import find_controllers, find_holdings
from graphkit.graph import find_node
from graphkit.holder_claims import newer_other_securities, stated_holdings
from graphkit.ownership import effective_ownership, holding_atoms
from graphkit.pipeline import build

RV39 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv39"
COMMON = RV39 / "pf_acme_common_2024-03.xml"  # Acme Capital LLC, 1,000 Common Stock
PREFERRED = RV39 / "pf_acme_preferred_only_2024-05.xml"  # its 50 Series A Preferred Stock only
ROE = RV39 / "pf_roe_common_2024-03.xml"  # Roe Jane, 300 Common Stock
APART = ("holdings of another security than the common stock are not added to its total: "
         "Acme Capital LLC: Series A Preferred Stock 50 shares")


@pytest.fixture(scope="module")
def widget():
    return build([COMMON, PREFERRED, ROE]).graph


def _owners(answer):
    return [(o.party.name, o.shares) for o in answer.owners]


def test_the_control_method_keeps_the_common_stock_of_a_holder_reporting_preferred_later(
        widget):
    ans = effective_ownership(widget, "Widget Corp", method="control")
    assert _owners(ans) == [("Acme Capital LLC", 1_000), ("Roe Jane", 300)]
    assert ans.total_shares == 1_300  # was 300 (Acme Capital LLC dropped)
    assert APART in ans.notes  # the 50 preferred: said, not added
    assert not [n for n in ans.notes if "leaves out lines" in n]  # its common is counted


def test_the_holding_is_the_newest_common_stock_and_the_preferred_is_apart(widget):
    acme = find_node(widget, "Acme Capital LLC")
    key, d = stated_holdings(widget, find_node(widget, "Widget Corp"))[acme]
    assert (d["filing"].endswith(COMMON.name), d["security_class"], d["shares"]) == (
        True, "Common Stock", 1_000)
    atoms = {a.holder.name: (a.shares, a.claim.security_class)
             for a in holding_atoms(widget, find_node(widget, "Widget Corp"))}
    assert atoms == {"Acme Capital LLC": (1_000, "Common Stock"),
                     "Roe Jane": (300, "Common Stock")}
    [apart] = newer_other_securities(widget, find_node(widget, "Widget Corp"))
    assert (apart.holder.name, apart.shares, apart.claim.security_class) == (
        "Acme Capital LLC", 50, "Series A Preferred Stock")
    assert apart.claim.filing.endswith(PREFERRED.name)


def test_the_other_queries_agree(widget):
    multiplicative = effective_ownership(widget, "Widget Corp", method="multiplicative")
    assert multiplicative.total_shares == 1_300 and APART in multiplicative.notes
    top = find_controllers(widget, "Widget Corp")
    assert top.total_shares == 1_300  # was 300
    assert sorted((u.party.name, u.shares) for u in top.ultimate) == [
        ("Acme Capital LLC", 1_000), ("Roe Jane", 300)]  # was None for Acme Capital LLC
    held = find_holdings(widget, "Acme Capital LLC").holdings
    assert [(h.target.name, h.shares) for h in held] == [("Widget Corp", 1_000)]  # was 50


def test_before_the_preferred_report_nothing_is_apart(widget):
    ans = effective_ownership(widget, "Widget Corp", method="control", as_of="2024-04-01")
    assert _owners(ans) == [("Acme Capital LLC", 1_000), ("Roe Jane", 300)]
    assert ans.total_shares == 1_300 and APART not in ans.notes


def test_a_holder_of_preferred_stock_only_is_still_set_apart():
    G = build([PREFERRED, ROE]).graph  # Acme Capital LLC reports no common stock at all
    ans = effective_ownership(G, "Widget Corp", method="control")
    assert _owners(ans) == [("Roe Jane", 300)] and ans.total_shares == 300
    assert APART in ans.notes  # once: its holding is the preferred, no newer report beside it
    assert newer_other_securities(G, find_node(G, "Widget Corp")) == []
