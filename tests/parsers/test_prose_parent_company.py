"""'X is the parent company of Y' states that X is Y's parent, as 'Y is a subsidiary of X' does.

Session 41: "the parent company of", "the ultimate parent company of", "as the parent holding
company of" gave nothing (no role word, and the role cue wanted "of" right after the role word),
while "Y's parent company is X" and "Y, whose parent company is X" were read. A bare "parent"
is no role: "the parent of Jane Roe" is kin.
"""

from __future__ import annotations

import re

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_role_patterns import ROLE, ROLE_OF_TAIL
from graphkit.source import SourceText


def _found(text: str) -> list[tuple[str, str, str]]:
    src = SourceText(path="x.txt", text=text)
    return [(f.relation.value, f.holder, f.held) for f in find_relationships(src)]


@pytest.mark.parametrize("text, found", [
    ("Acme Holdings Inc. is the parent company of Acme Advisors LLC.",
     [("parent_of", "Acme Holdings Inc.", "Acme Advisors LLC")]),
    ("Acme Holdings Inc., the ultimate parent company of Acme Advisors LLC, may be deemed to "
     "own the shares.", [("parent_of", "Acme Holdings Inc.", "Acme Advisors LLC")]),
    ("Acme Holdings Inc., as the parent holding company of Acme Bank, N.A. and Acme Advisors "
     "LLC, may be deemed to own the shares.",
     [("parent_of", "Acme Holdings Inc.", "Acme Bank, N.A."),
      ("parent_of", "Acme Holdings Inc.", "Acme Advisors LLC")]),
    ("Acme Group plc is the indirect parent corporation of Acme Advisors LLC and the sole "
     "shareholder of Acme GP Ltd.", [("parent_of", "Acme Group plc", "Acme Advisors LLC"),
                                     ("shareholder_of", "Acme Group plc", "Acme GP Ltd.")]),
    ("Jane Roe is the parent of John Roe.", []),  # kin, not a company
    ("Acme Holdings Inc. is a parent company.", []),  # of nobody named
])
def test_parent_company_of(text, found):
    assert _found(text) == found


@pytest.mark.parametrize("text, matched", [
    ("parent company", True), ("ultimate parent holding company", True),
    ("direct parent entities", True), ("parent", False), ("parents", False),
])
def test_role_takes_a_parent_company_not_a_parent(text, matched):
    assert (re.fullmatch(ROLE, text, re.VERBOSE) is not None) is matched


@pytest.mark.parametrize("tail, matched", [
    (" company of ", True), (" holding company of ", True), (" of ", True), ("s to ", True),
    (" company is ", False), (" companies ", False),
])
def test_role_of_tail_after_parent(tail, matched):
    assert (ROLE_OF_TAIL.match(tail) is not None) is matched
