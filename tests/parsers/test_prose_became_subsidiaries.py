"""Subsidiaries listed in an appositive ("A and B, each a wholly owned subsidiary of Y, hold")
or said to have become subsidiaries ("On March 1, 2010, A and B became wholly owned
subsidiaries of Y"), after an opening "Immediately before ...," phrase too: Y is the parent of
each. A real filing words it so: fixtures/filings/2005_SC_13D_1333324.txt, Item 3:
"Immediately before the closing of the offering on August 3, 2005, Superior Well Services, Ltd.
and Bradford Resources, Ltd. became wholly owned subsidiaries of the Issuer"."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_openings import OPENING_PHRASE
from graphkit.parsers.prose_patterns import LISTED_SUBSIDIARIES_OF, LISTED_SUBSIDIARIES_OF_CUE
from graphkit.source import SourceText

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"
PO = "parent_of"


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


@pytest.mark.parametrize("text, expected", [
    ("Acme Fund LP and Acme Fund II LP, each a wholly owned subsidiary of Acme Holdings Inc., "
     "hold 1,000 shares.",
     {(PO, "Acme Holdings Inc.", "Acme Fund LP"), (PO, "Acme Holdings Inc.", "Acme Fund II LP")}),
    ("On March 1, 2010, Acme Fund LP and Acme Fund II LP became wholly owned subsidiaries of "
     "Acme Holdings Inc.",
     {(PO, "Acme Holdings Inc.", "Acme Fund LP"), (PO, "Acme Holdings Inc.", "Acme Fund II LP")}),
    # the singular (session 43): the same relation as the listed form
    ("On March 1, 2010, Acme Fund LP became a wholly owned subsidiary of Acme Holdings Inc.",
     {(PO, "Acme Holdings Inc.", "Acme Fund LP")}),
    ("Acme Holdings LLC became a subsidiary of Roe Capital Inc.",
     {(PO, "Roe Capital Inc.", "Acme Holdings LLC")}),
    ("Acme Fund LP, a wholly owned subsidiary of Acme Holdings Inc., holds 1,000 shares.",
     {(PO, "Acme Holdings Inc.", "Acme Fund LP"),
      ("beneficial_owner_of", "Acme Fund LP", "")}),   # read before this change already
])
def test_read(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Acme Fund LP and Acme Fund II LP, each a 40%-owned subsidiary of Acme Holdings Inc., hold",
    "Acme Fund LP and Acme Fund II LP became affiliates of Acme Holdings Inc.",
    "Acme Fund LP became a 40%-owned subsidiary of Acme Holdings Inc.",
    "Neither Acme Fund LP nor Acme Fund II LP became a subsidiary of Acme Holdings Inc.",
])
def test_not_read(text):
    assert not {f for f in _found(text) if f[0] == PO}
    assert LISTED_SUBSIDIARIES_OF.search(text) is None


@pytest.mark.parametrize("text", [
    "A and B, each a wholly owned subsidiary of Y", "A and B became subsidiaries of Y",
])
def test_cue(text):
    assert LISTED_SUBSIDIARIES_OF_CUE.search(text) is not None


def test_opening_immediately_before():
    flat = "Immediately before the closing of the offering on August 3, 2005, Acme LP and B LP"
    assert OPENING_PHRASE.match(flat).end() == flat.index("Acme")


def test_real_filing_became_subsidiaries():
    rec = parse_path(FILINGS / "2005_SC_13D_1333324.txt").records[0]
    names = {p.id: p.name for p in rec.parties}
    got = {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}
    assert {(PO, "SUPERIOR WELL SERVICES, INC.", "Superior Well Services, Ltd."),
            (PO, "SUPERIOR WELL SERVICES, INC.", "Bradford Resources, Ltd.")} <= got


def test_made_filing_became_subsidiary_singular():
    # the real filing's sentence made singular (fixtures/filings/px43/SOURCES.tsv): "Superior
    # Well Services, Ltd. became a wholly owned subsidiary of the Issuer"; before, not read
    rec = parse_path(FILINGS / "px43" / "became_subsidiary_singular.txt").records[0]
    names = {p.id: p.name for p in rec.parties}
    got = {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}
    assert (PO, "SUPERIOR WELL SERVICES, INC.", "Superior Well Services, Ltd.") in got
    assert not any(t == "Bradford Resources, Ltd." for r, _, t in got if r == PO)
