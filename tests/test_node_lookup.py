"""Finding a node by some of its name (review s35 rvA M3): "Vanguard" and "Khosla" were
refused although the graph held one party of that name."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.errors import NodeNotFound
from graphkit.graph import find_node
from graphkit.node_lookup import NAME_WORD, word_matches
from graphkit.pipeline import build

RV35 = Path(__file__).resolve().parent / "fixtures" / "filings" / "rv35"


@pytest.fixture(scope="module")
def vanguard_graph():
    # real Schedule 13G (The Vanguard Group on HeartWare International, 2014): three Vanguard
    # entities, the issuer and two signers
    return build([RV35 / "vanguard_heartware_2014_sc13g.txt"]).graph


@pytest.mark.parametrize("query, node", [
    ("HeartWare", "org:heartware-international-inc"),        # a word of one name
    ("Vanguard Fiduciary", "org:vanguard-fiduciary-trust-company"),
    ("VFTC", "org:vanguard-fiduciary-trust-company"),         # an alias
    ("Booraem", "person:glenn-booraem"),                      # a surname
    ("Vangard Group", "org:the-vanguard-group"),              # the resolver forgives a typo
    ("the vanguard group", "org:the-vanguard-group"),
])
def test_found(vanguard_graph, query, node):
    assert find_node(vanguard_graph, query) == node


def test_a_word_of_several_names_lists_them(vanguard_graph):
    with pytest.raises(NodeNotFound) as err:
        find_node(vanguard_graph, "Vanguard")
    msg = str(err.value)
    assert "it is a word of 3" in msg and "Give more of the name" in msg
    for name in ("The Vanguard Group", "Vanguard Fiduciary Trust Company",
                 "Vanguard Investments Australia, Ltd."):
        assert name in msg


def test_nothing_found_names_the_nearest(vanguard_graph):
    with pytest.raises(NodeNotFound, match=r"no node named 'Heartwear Intl' in graph; nearest: "
                                           r"HeartWare International Inc"):
        find_node(vanguard_graph, "Heartwear Intl")


def test_word_matches_need_whole_words(vanguard_graph):
    assert word_matches(vanguard_graph, "Heart") == []
    assert word_matches(vanguard_graph, "McNabb") == ["person:f-william-mcnabb-iii"]


@pytest.mark.parametrize("text, words", [
    ("Coeur d'Alene Mines", ["coeur", "d", "alene", "mines"]),
    ("ACME GP, L.L.C.", ["acme", "gp", "l", "l", "c"]),   # read in folded text
])
def test_name_word_pattern(text, words):
    assert NAME_WORD.findall(text.casefold()) == words
