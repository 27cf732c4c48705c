"""Organizations formed in places apart are two parties (resolvers.resolve, Mention.place);
two short words differing in every letter are two firms (resolvers.vetoes.distinct_words).

Session 39: over all inputs, "INVESCO PLC" (England) and "INVESCO, Inc." (State of Delaware),
two reporting persons of one 1997 SC 13G, were one node (score 0.88); "DG Capital Management,
LLC" (Delaware, a 2013 SC 13G/A of the corpus) and "WC Capital Management, LLC" (California, a
2002 SC 13G/A) were one node (score 0.94).
"""

from __future__ import annotations

import pytest

from graphkit.graph import build_graph, find_node, node_data
from graphkit.models import Identifier, IdentifierScheme, PartyKind
from graphkit.parse import parse_path
from resolvers import compare, resolve
from resolvers.models import Mention
from resolvers.vetoes import _initials_apart
from tests.conftest import ROOT, corpus_file

FILINGS = ROOT / "tests" / "fixtures" / "filings"
INVESCO = FILINGS / "1997_SC_13G_864047.txt"
WC_CAPITAL = FILINGS / "sigs" / "2002_SC_13GA_887733.txt"
ORG = PartyKind.ORGANIZATION


def _graph(*paths):
    return build_graph(r for p in paths for r in parse_path(p).records)


def test_parent_plc_and_us_inc_of_one_filing_stay_two():
    G = _graph(INVESCO)
    plc, inc = find_node(G, "INVESCO PLC"), find_node(G, "INVESCO, Inc.")
    assert plc != inc
    assert (node_data(G, plc).jurisdiction_code, node_data(G, inc).jurisdiction_code) == \
        ("GB-ENG", "US-DE")
    assert node_data(G, inc).mention_names == ["INVESCO, Inc."]


def test_two_firms_of_two_letters_stay_two():
    G = _graph(WC_CAPITAL, corpus_file("13g/dgcapital_salem_2013_sc13ga.txt"))
    dg, wc = find_node(G, "DG Capital Management, LLC"), find_node(G, "WC Capital Management, LLC")
    assert dg != wc
    assert (node_data(G, dg).jurisdiction, node_data(G, wc).jurisdiction) == \
        ("Delaware", "California")


def _mention(mid, name, place=None, cik=None):
    ids = (Identifier(scheme=IdentifierScheme.CIK, value=cik),) if cik else ()
    return Mention(id=mid, name=name, kind=ORG, filing=f"{mid}.txt", place=place,
                   identifiers=ids)


def test_places_apart_block_a_name_merge():
    res = resolve([_mention("a", "Acme Holdings PLC", "GB-ENG"),
                   _mention("b", "Acme Holdings, Inc.", "US-DE")])
    assert len(res.entities) == 2


@pytest.mark.parametrize("pa, pb", [("US-DE", "US"), ("US-DE", None), ("KY", "KY")])
def test_places_that_agree_or_are_unknown_leave_the_merge(pa, pb):
    res = resolve([_mention("a", "Acme Capital Partners, L.P.", pa),
                   _mention("b", "ACME CAPITAL PARTNERS LP", pb)])
    assert len(res.entities) == 1


def test_one_identifier_outweighs_places():
    """A CIK names one party whatever places its filings state (a party that moved)."""
    res = resolve([_mention("a", "Acme Capital Partners, L.P.", "US-DE", "0000012345"),
                   _mention("b", "ACME CAPITAL PARTNERS LP", "KY", "12345")])
    assert len(res.entities) == 1


@pytest.mark.parametrize("x, y, apart", [
    ("dg", "wc", True), ("mk", "tr", True),
    ("ab", "cd", False),  # "a" and "c" may be one smudged letter (both read "o")
    ("jp", "ip", False),  # one letter: a scan's slip
    ("a", "b", False),  # a single letter: series have their own veto
    ("dg", "dgc", False), ("d2", "w3", False),
])
def test_initials_apart(x, y, apart):
    assert _initials_apart(x, y) is apart


@pytest.mark.parametrize("a, b, same", [
    ("DG Capital Management, LLC", "WC Capital Management, LLC", False),
    ("JP Capital LLC", "JP CAPITAL, L.L.C.", True),
    ("GS Capital Partners", "G.S. Capital Partners", True),
])
def test_two_letter_names(a, b, same):
    assert compare(a, b, "organization").same is same
