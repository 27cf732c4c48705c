"""A party's own defined term is not a second party of its filing
(resolvers.resolve._Resolver._same_filing).

Session 45, one graph of all inputs: Commodore Capital's 2026 SC 13G on AN2 Therapeutics names
"Commodore Capital Master LP" and defines it as "Commodore Master". Read with two copies of the
filing (the corpus XML and fixtures made from it), the fund came out as three nodes of one name:
the check for two parties of one filing ("capital" inserted in one name) compared the fund's
name with its own defined term of the other copy, and refused the same-name merge.
"""

from __future__ import annotations

from graphkit.graph import build_graph
from graphkit.parse import parse_path
from resolvers import resolve
from resolvers.models import Mention
from tests.conftest import ROOT, corpus_file

FILINGS = ROOT / "tests" / "fixtures" / "filings"
FUND = "Commodore Capital Master LP"


def _fund_nodes(*paths):
    G = build_graph(r for p in paths for r in parse_path(p).records)
    return [d for _, d in G.nodes(data=True) if d["name"] == FUND]


def test_fund_with_defined_term_in_two_filings_is_one_node():
    nodes = _fund_nodes(corpus_file("13g/commodore_an2_2026_schedule13g.xml"),
                        FILINGS / "sg43" / "commodore_an2_2026__title_names_gp.xml",
                        FILINGS / "own15" / "s04_type_code_mismatch.xml")
    assert len(nodes) == 1
    assert "Commodore Master" in nodes[0]["aliases"]
    assert any("[same-name, 1.00]" in m for m in nodes[0]["merges"])


def _fund(filing: str) -> Mention:
    return Mention(id=f"{filing}#p3", name=FUND, kind="organization",
                   terms=("Commodore Master",), filing=filing)


def test_resolve_joins_the_fund_of_two_filings():
    r = resolve([_fund("a"), _fund("b")])
    assert r.entity_of["a#p3"] == r.entity_of["b#p3"]


def test_a_second_party_of_the_filing_still_stays_apart():
    # the same filing naming "Commodore Master" as a party of its own: two parties there
    other = Mention(id="b#p9", name="Commodore Master LP", kind="organization", filing="b")
    r = resolve([_fund("a"), _fund("b"), other])
    assert r.entity_of["a#p3"] == r.entity_of["b#p3"] != r.entity_of["b#p9"]
