"""Control stated through an entity the filing leaves unnamed.

rvB M1 (session 35): a Form 4 footnote "CZI Holdings is controlled by an entity that is
controlled by the reporting person and the reporting person's spouse" gave no edge, so the
record holder stood at the top of its own chain beside the insider who controls it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.control import find_controllers
from graphkit.parse import parse_path
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_control_patterns import (CONTROL_NOTE, CONTROLLED_BY,
                                                     ENTITY_CONTROLLED_BY,
                                                     INDIRECT_CONTROL_NOTE)
from graphkit.pipeline import build
from graphkit.source import SourceText

RV37 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv37"
META_FORM4 = RV37 / "zuckerberg_meta_2025_form4.xml"


def _control(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.holder, f.held, f.note) for f in find_relationships(SourceText("s.txt", text))
            if f.relation.value == "control_person_of"]


@pytest.mark.parametrize("text, expected", [
    ("Acme Holdings, LLC is controlled by an entity that is controlled by Jane Roe.",
     [("Jane Roe", "Acme Holdings, LLC", INDIRECT_CONTROL_NOTE)]),
    ("Acme Holdings, LLC is indirectly controlled by one or more entities controlled by "
     "Jane Roe and John Doe.",
     [("Jane Roe", "Acme Holdings, LLC", INDIRECT_CONTROL_NOTE),
      ("John Doe", "Acme Holdings, LLC", INDIRECT_CONTROL_NOTE)]),
    ("The shares are held by Acme Holdings, LLC, an entity controlled by an entity "
     "controlled by Jane Roe.",
     [("Jane Roe", "Acme Holdings, LLC", INDIRECT_CONTROL_NOTE)]),
    ("Acme Holdings, LLC is controlled by a trust which is itself controlled by Jane Roe.",
     [("Jane Roe", "Acme Holdings, LLC", INDIRECT_CONTROL_NOTE)]),
    # control stated directly keeps its plain note
    ("Acme Holdings, LLC is controlled by Jane Roe.",
     [("Jane Roe", "Acme Holdings, LLC", CONTROL_NOTE)]),
    ("The shares are held by Acme Holdings, LLC, an entity controlled by Jane Roe.",
     [("Jane Roe", "Acme Holdings, LLC", CONTROL_NOTE)]),
    # an entity named between them is its own link, read by the other patterns
    ("Acme Holdings, LLC is controlled by a trust of which Jane Roe is trustee.", []),
])
def test_control_through_an_unnamed_entity(text, expected):
    assert _control(text) == expected


def test_patterns_mark_the_unnamed_entity():
    m = CONTROLLED_BY.search("Acme LLC is controlled by an entity that is controlled by Jane Roe.")
    assert (m["held"], m["via"], m["holder"]) == (
        "Acme LLC", "an entity that is controlled by ", "Jane Roe.")
    m = ENTITY_CONTROLLED_BY.search("held by Acme LLC, an entity controlled by Jane Roe, and")
    assert (m["held"], m["via"], m["holder"]) == ("Acme LLC", None, "Jane Roe")


def test_real_form4_footnote_puts_the_record_holder_under_the_insider():
    rec = parse_path(META_FORM4).records[0]
    names = {p.id: p.name for p in rec.parties}
    control = [(names[c.source], names[c.target], c.note) for c in rec.claims
               if c.relation.value == "control_person_of"]
    assert control == [("Zuckerberg Mark", "CZI Holdings, LLC", INDIRECT_CONTROL_NOTE)]
    # the spouse, unnamed, is no party
    assert sorted(names.values()) == ["CZI Holdings, LLC", "Meta Platforms, Inc.",
                                      "Zuckerberg Mark"]


def test_real_form4_controllers_have_one_top():
    G = build([META_FORM4]).graph
    answer = find_controllers(G, "Meta Platforms, Inc.")
    # 351,470,516 held directly and 242,340 by CZI Holdings, which he controls
    assert [(u.party.name, u.shares) for u in answer.ultimate] == [
        ("Mark Zuckerberg", 351_712_856)]


# -- review rv37 M2 (session 37): "which is itself controlled by", "which, in turn, is" -------


@pytest.mark.parametrize("between", [
    "which is itself", "which, in turn, is", "which in turn is", "which is in turn",
])
def test_a_chain_link_in_a_relative_clause(between):
    text = (f"Acme Fund LP is controlled by Acme GP LLC, {between} controlled by Jane Roe.")
    found = {(f.relation.value, f.holder, f.held)
             for f in find_relationships(SourceText("s.txt", text))}
    assert found == {("control_person_of", "Acme GP LLC", "Acme Fund LP"),
                     ("control_person_of", "Jane Roe", "Acme GP LLC")}
