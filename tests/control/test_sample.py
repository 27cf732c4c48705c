"""Control queries on the hand-built sample graph (13G of 2013-12-31, Form D of 2003-11-28)."""

from __future__ import annotations

import pytest

from graphkit.control import find_controllers, find_holdings
from graphkit.errors import NodeNotFound
from graphkit.ownership import effective_ownership

MEMBERS = {"dixon", "meekin", "moragne", "mccormack"}
FUNDS = {"tcv", "tcva", "tcvaq", "tcvp", "tcvcv"}


def test_controllers_2013_are_the_four_members_through_the_five_funds(sample):
    ans = find_controllers(sample, "Qualys, Inc.", as_of="2013-12-31")
    assert {u.party.id for u in ans.ultimate} == MEMBERS
    for u in ans.ultimate:
        assert (u.shares, u.percent) == (6288626, 19.42)  # the family's 19.42%, once
        assert u.paths == 6  # through TCMV's own report and through each of the five funds
    assert (ans.total_shares, ans.total_percent) == (6288626, 19.42)
    assert {p.id for p in ans.controllers} == MEMBERS | FUNDS | {"tcmv"}
    through = {p.steps[1].target.id for p in ans.paths if len(p.steps) == 3}
    assert through == FUNDS
    assert not ans.related  # the Form D of 2003 has expired by 2013
    step = next(p for p in ans.paths if p.steps[-1].source.id == "tcv").steps[-1]
    assert (step.shares, step.percent) == (5639301, 17.42)
    assert step.claims[0].evidence[0].line == 67
    assert step.claims[0].filing == "000_ef32b5b89d46cac3.txt"


def test_controllers_2003_are_the_form_d_parties(sample):
    ans = find_controllers(sample, "qualys", as_of="2003-11-28")
    assert {u.party.id for u in ans.ultimate} == {"courtot", "dixon", "tcmv", "grp", "mercury",
                                                   "abs"}
    assert all(len(p.steps) == 1 and p.steps[0].claims[0].form == "D" for p in ans.paths)
    related = {(s.source.id, s.relation.value) for s in ans.related}
    assert related == {("courtot", "officer_of"), ("courtot", "director_of"),
                       ("eschelbeck", "officer_of"), ("saltzman", "officer_of"),
                       ("dixon", "director_of"), ("vieux", "director_of")}
    assert ans.total_percent is None and ans.notes


def test_controllers_all_dates_never_double_count(sample):
    ans = find_controllers(sample, "Qualys")
    assert ans.total_percent == 19.42
    dixon = next(u for u in ans.ultimate if u.party.id == "dixon")
    assert dixon.percent == 19.42 and dixon.paths == 7  # six 13G chains + his Form D box


def test_max_depth_truncates(sample):
    ans = find_controllers(sample, "qualys", as_of="2013-12-31", max_depth=1)
    assert {u.party.id for u in ans.ultimate} == FUNDS | {"tcmv"}
    assert all(u.truncated for u in ans.ultimate)


def test_unknown_issuer_names_the_value(sample):
    with pytest.raises(NodeNotFound, match="Nonexistent Corp"):
        find_controllers(sample, "Nonexistent Corp")


def test_holdings_of_a_member(sample):
    ans = find_holdings(sample, "Peter T. Meekin", as_of="2013-12-31")
    got = {h.target.id: (h.direct, len(h.paths)) for h in ans.holdings}
    assert got == {"tcmv": (True, 1), **{f: (False, 1) for f in FUNDS}, "qualys": (False, 6)}


def test_holdings_of_the_gp_state_its_own_numbers(sample):
    ans = find_holdings(sample, "TCMV", as_of="2013-12-31")
    q = next(h for h in ans.holdings if h.target.id == "qualys")
    assert q.direct and (q.shares, q.percent) == (6288626, 19.42)


def test_effective_ownership_control_method(sample):
    ans = effective_ownership(sample, "Qualys, Inc.", method="control", as_of="2013-12-31")
    got = {o.party.id: o.percent for o in ans.owners}
    assert all(got[m] == 19.42 for m in MEMBERS) and got["tcmv"] == 19.42
    assert got["tcv"] == 17.42
    assert ans.total_percent == 19.42 and ans.total_shares == 6288626 and ans.complete
    assert ans.method.value == "control" and "SEC" in ans.rule


def test_effective_ownership_multiplicative_with_threshold(sample):
    ans = effective_ownership(sample, "Qualys, Inc.", method="multiplicative", threshold=10,
                              as_of="2013-12-31")
    got = {o.party.id: o for o in ans.owners}
    assert set(got) == MEMBERS | {"tcmv", "tcv"}
    assert got["tcv"].percent == 17.42 and got["tcv"].basis == "ownership"
    for m in MEMBERS | {"tcmv"}:
        assert got[m].percent is None
        assert got[m].basis == "control, ownership not stated"
        assert got[m].controlled_percent == 19.42
    assert ans.total_percent == 19.42  # never 38.84
    tcmv_atom = next(a for a in ans.atoms if a.holder.id == "tcmv")
    assert tcmv_atom.residual and tcmv_atom.shares == 0 and tcmv_atom.percent == 0
    assert effective_ownership(sample, "Qualys, Inc.", threshold=25,
                               as_of="2013-12-31").owners == []
