"""Control links and walks (graphkit.controllers) on the sample graph built from the seeds."""

from __future__ import annotations

from graphkit.controllers import MAJORITY, controlled_by, controllers_of, controls

MEMBERS = {"dixon", "meekin", "moragne", "mccormack"}
FUNDS = {"tcv", "tcva", "tcvaq", "tcvp", "tcvcv"}


def test_members_control_the_funds_through_their_general_partner(sample):
    # 13G of 2013: the four members manage TCMV, the general partner of the five funds
    assert controllers_of(sample, "tcv") == MEMBERS | {"tcmv"}
    assert controlled_by(sample, "dixon") >= FUNDS | {"tcmv"}


def test_a_holding_is_not_control_unless_a_majority(sample):
    # the funds hold 17.42% of the issuer: a beneficial owner, not a controller
    edges = [d for _, v, d in sample.out_edges("tcv", data=True)
             if d["relation"] == "beneficial_owner_of"]
    assert edges and not any(controls(d) for d in edges)
    assert all(d["percent"] < MAJORITY for d in edges if d.get("percent") is not None)


def test_the_walk_does_not_pass_through_the_issuer():
    import networkx as nx
    # a subsidiary of the issuer holds issuer shares; x holds a majority of the issuer
    G = nx.MultiDiGraph([("i", "s", {"relation": "parent_of"}),
                         ("s", "i", {"relation": "beneficial_owner_of", "percent": 2.0}),
                         ("x", "i", {"relation": "beneficial_owner_of", "percent": 60.0})])
    assert controllers_of(G, "s") == {"i", "x"}
    assert controllers_of(G, "s", stop="i") == set()
