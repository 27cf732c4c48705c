"""One SEC filer (CIK) with two tax numbers is one party: a corporation converted to a
partnership keeps its CIK and takes a new EIN (resolvers.resolve._Resolver._blocker).

Session 45, one graph of all inputs: Dimensional Fund Advisors files its 2003 SC 13G/A on
Ashworth as "Dimensional Fund Advisors Inc. (Tax ID: 22-2370029)" under CIK 0000354204, and its
2021 SC 13G/A on Safety Insurance as "Dimensional Fund Advisors LP" (EIN 30-0447847) under the
same CIK, whose EDGAR header gives "DIMENSIONAL FUND ADVISORS INC" as its former name. The two
EINs refused the union, so the 2003 filer stood apart from itself as a node of its own.
"""

from __future__ import annotations

import pytest

from graphkit.graph import build_graph
from graphkit.models import Identifier, IdentifierScheme
from graphkit.parse import parse_path
from resolvers import resolve
from resolvers.models import Mention
from tests.conftest import ROOT

FILINGS = ROOT / "tests" / "fixtures" / "filings"


def test_inc_and_converted_lp_of_one_cik_are_one_node():
    G = build_graph(r for p in (FILINGS / "rv38" / "dfa_ashworth_2003_sc13ga.txt",
                                FILINGS / "2021_SC_13GA_1172052.txt")
                    for r in parse_path(p).records)
    nodes = [d for _, d in G.nodes(data=True) if d["name"].startswith("Dimensional Fund")]
    assert len(nodes) == 1
    assert {"Dimensional Fund Advisors Inc.", "Dimensional Fund Advisors LP"} <= set(
        nodes[0]["mention_names"])
    ids = {(i["scheme"], i["value"]) for i in nodes[0]["identifiers"]}
    assert {("irs_ein", "22-2370029"), ("irs_ein", "30-0447847")} <= ids
    assert any("both carry CIK 354204" in m for m in nodes[0]["merges"])


def _ids(*pairs):
    return tuple(Identifier(scheme=IdentifierScheme(s), value=v) for s, v in pairs)


@pytest.mark.parametrize("ids_a, ids_b", [
    ((("irs_ein", "22-2370029"),), (("irs_ein", "30-0447847"),)),  # no CIK to join them
    ((("cik", "354204"), ("irs_ein", "22-2370029")),
     (("cik", "354205"), ("irs_ein", "22-2370029"))),  # two CIKs still two filers
])
def test_different_identifiers_without_a_shared_cik_stay_apart(ids_a, ids_b):
    a = Mention(id="a#1", name="Acme Advisors Inc.", filing="a", identifiers=_ids(*ids_a))
    b = Mention(id="b#1", name="Acme Advisors Inc.", filing="b", identifiers=_ids(*ids_b))
    r = resolve([a, b])
    assert r.entity_of["a#1"] != r.entity_of["b#1"]


def test_shared_cik_joins_two_eins_in_any_order():
    a = Mention(id="a#1", name="Acme Advisors Inc.", filing="a",
                identifiers=_ids(("cik", "354204"), ("irs_ein", "22-2370029")))
    b = Mention(id="b#1", name="Acme Advisors LP", filing="b",
                identifiers=_ids(("cik", "354204"), ("irs_ein", "30-0447847")))
    c = Mention(id="c#1", name="Acme Advisors Inc.", filing="c",
                identifiers=_ids(("cik", "354204")))
    for order in ([a, b, c], [c, b, a], [b, c, a]):
        r = resolve(order)
        assert len({r.entity_of[m.id] for m in order}) == 1
