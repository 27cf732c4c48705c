"""Paths, common controllers and ego networks on the sample."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.connections import all_paths, common_controllers, ego_network, shortest_path
from graphkit.errors import GraphError, NodeNotFound


def test_shortest_path_directed_and_undirected(sample):
    assert shortest_path(sample, "Philippe Courtot", "Peter T. Meekin").paths == []
    ans = shortest_path(sample, "Philippe Courtot", "Peter T. Meekin", undirected=True)
    path = ans.paths[0]
    assert [p.id for p in path.parties] == ["courtot", "qualys", "tcmv", "meekin"]
    assert [h.forward for h in path.hops] == [True, False, False]
    first = {s.relation.value for s in path.hops[0].steps}
    assert first == {"beneficial_owner_of", "officer_of", "director_of"}
    assert path.hops[0].steps[0].claims[0].evidence[0].source == "002_28a909641369b00a.txt"


def test_all_paths_member_to_issuer(sample):
    ans = all_paths(sample, "meekin", "qualys", cutoff=3)
    assert len(ans.paths) == 6
    assert len(ans.paths[0].hops) == 2  # shortest first: through TCMV's own report
    assert all_paths(sample, "meekin", "qualys", cutoff=2).paths[0].parties[1].id == "tcmv"
    with pytest.raises(GraphError, match="cutoff 0"):
        all_paths(sample, "meekin", "qualys", cutoff=0)


def test_common_controllers(sample, claim):
    sample.add_node("other", name="Other Issuer, Inc.", kind="organization")
    claim(sample, "x.txt#1", "tcv", "other", "beneficial_owner_of", filing="x.txt",
          shares=10, percent=1.0)
    ans = common_controllers(sample, "Qualys, Inc.", "Other Issuer, Inc.",
                             as_of=dt.date(2013, 12, 31))
    ids = [c.party.id for c in ans.common]
    assert set(ids) == {"dixon", "meekin", "moragne", "mccormack", "tcmv", "tcv"}
    tcmv = next(c for c in ans.common if c.party.id == "tcmv")
    assert all(p.top.id == "tcmv" for p in tcmv.paths_a + tcmv.paths_b)
    assert len(tcmv.paths_b) == 1 and len(tcmv.paths_a) == 6


def test_ego_network(sample):
    H = ego_network(sample, "TCMV", depth=1)
    assert set(H) == {"tcmv", "qualys", "tcv", "tcva", "tcvaq", "tcvp", "tcvcv",
                      "dixon", "meekin", "moragne", "mccormack"}
    assert H.graph["ego"] == "tcmv"
    assert H.number_of_edges("tcmv", "qualys") == 2  # the 13G and the Form D claims
    with pytest.raises(NodeNotFound, match="Nobody"):
        ego_network(sample, "Nobody")
