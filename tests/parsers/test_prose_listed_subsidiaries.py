"""Subsidiaries listed as the subject (session 41, prose gaps): "Roe Fund LP and Roe Fund II LP
are wholly owned subsidiaries of Acme Holdings Inc." gave nothing, and "Each of A and B is a
wholly owned subsidiary of Y" gave B alone; each listed name is now Y's subsidiary, as the
singular "Roe Fund LP is a wholly owned subsidiary of Acme Holdings Inc." (parent_of) gives.
A real filing words it so: 13d/centerbridge_civitas_2018_sc13d.txt, Item 4: "Celtic
Intermediate and Celtic Tier II are wholly-owned subsidiaries of CCP III." """

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_patterns import LISTED_SUBSIDIARIES_OF, LISTED_SUBSIDIARIES_OF_CUE
from graphkit.source import SourceText
from tests.conftest import corpus_file


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


@pytest.mark.parametrize("text, each, held, holder", [
    ("Roe Fund LP and Roe Fund II LP are wholly owned subsidiaries of Acme Holdings Inc.", None,
     "Roe Fund LP and Roe Fund II LP", "Acme Holdings Inc."),
    ("Roe Sub Inc., Roe Sub II Inc. and Roe Sub III Inc. are each a direct subsidiary of Acme "
     "Corp.", None, "Roe Sub Inc., Roe Sub II Inc. and Roe Sub III Inc.", "Acme Corp."),
    ("Each of Roe Sub Inc. and Roe Sub II Inc. is an indirect, majority-owned subsidiary of the "
     "Acme Corp.", "Each of", "Roe Sub Inc. and Roe Sub II Inc.", "Acme Corp."),
])
def test_pattern(text, each, held, holder):
    m = LISTED_SUBSIDIARIES_OF.search(text)
    assert LISTED_SUBSIDIARIES_OF_CUE.search(text) is not None
    assert (m["each"], m["held"], m["holder"]) == (each, held, holder)


@pytest.mark.parametrize("text", [
    "Roe Sub Inc. and Roe Sub II Inc. are 40%-owned subsidiaries of Acme Corp.",  # a minority
    "Roe Sub Inc. and Roe Sub II Inc. are affiliates of Acme Corp.",
    "Roe Sub Inc. is a subsidiary of Acme Corp.",                                # one name
])
def test_pattern_not(text):
    assert LISTED_SUBSIDIARIES_OF.search(text) is None


def _parent(holder: str, *held: str) -> set[tuple[str, str, str]]:
    return {("parent_of", holder, h) for h in held}


@pytest.mark.parametrize("text, expected", [
    ("Roe Fund LP and Roe Fund II LP are wholly owned subsidiaries of Acme Holdings Inc.",
     _parent("Acme Holdings Inc.", "Roe Fund LP", "Roe Fund II LP")),
    ("Roe Fund LP is a wholly owned subsidiary of Acme Holdings Inc.",  # the singular, as before
     _parent("Acme Holdings Inc.", "Roe Fund LP")),
    ("Each of Roe Fund LP and Roe Fund II LP is a wholly owned subsidiary of Acme Holdings Inc.",
     _parent("Acme Holdings Inc.", "Roe Fund LP", "Roe Fund II LP")),
    ("Roe Fund LP and Roe Fund II LP are each a wholly owned subsidiary of Acme Holdings Inc.",
     _parent("Acme Holdings Inc.", "Roe Fund LP", "Roe Fund II LP")),
    ("Roe Sub Inc. and Roe Sub II Inc. are subsidiaries of Jane Roe.",  # a person's: read
     _parent("Jane Roe", "Roe Sub Inc.", "Roe Sub II Inc.")),
    ("Acme GP LLC votes the Shares, and Roe Sub Inc. and Roe Sub II Inc. are subsidiaries of "
     "Acme Holdings Inc.",   # the list of the clause's own, not "Acme GP LLC"
     _parent("Acme Holdings Inc.", "Roe Sub Inc.", "Roe Sub II Inc.")),
    # near misses: no subject list, denied, past, a minority stake
    ("The shares owned by Roe Fund LP and Roe Fund II LP are held by wholly owned subsidiaries of "
     "Acme Holdings Inc.", set()),
    ("The Shares held by Roe Fund LP and Roe Fund II LP are wholly owned subsidiaries of Acme "
     "Holdings Inc.", set()),
    ("Neither Roe Sub Inc. nor Roe Sub II Inc. are subsidiaries of Acme Holdings Inc.", set()),
    ("Roe Sub Inc. and Roe Sub II Inc. were subsidiaries of Acme Holdings Inc. until 2001.", set()),
    ("Roe Sub Inc. and Roe Sub II Inc. are 40%-owned subsidiaries of Acme Holdings Inc.", set()),
])
def test_edges(text, expected):
    assert _found(text) == expected


def test_real_filing_centerbridge():
    # Item 2 says Celtic Tier II is Celtic Intermediate's subsidiary, Item 4 both CCP III's
    rep = parse_path(corpus_file("13d/centerbridge_civitas_2018_sc13d.txt"))
    (rec,) = rep.records
    names = {p.id: p.name for p in rec.parties}
    parents = {(names[c.source], names[c.target]) for c in rec.claims
               if c.relation.value == "parent_of"}
    ccp = "Centerbridge Capital Partners III, L.P."
    assert parents == {(ccp, "Celtic Intermediate Corp."), (ccp, "Celtic Tier II Corp."),
                       ("Celtic Intermediate Corp.", "Celtic Tier II Corp.")}
