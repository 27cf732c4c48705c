"""An unnamed party of a named one is no party (graphkit.parsers.prose_openings.
UNNAMED_OF_BEFORE): "An affiliate of Acme Corp. is the general partner" makes no general partner
of Acme Corp.; nor, since session 28, when the unnamed party ends a list ("Jane Roe and certain
subsidiaries of Acme Corp. are the general partners", left over from the s27 re-review)."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_openings import UNNAMED_OF_BEFORE
from graphkit.source import SourceText


def rels(text):
    return sorted((f.relation.value, f.holder, f.held)
                  for f in find_relationships(SourceText(path="t.txt", text=text)))


@pytest.mark.parametrize("text, expected", [
    ("An affiliate of Acme Corp. is the general partner of Acme Fund LP.", []),
    ("Subsidiaries of Acme Corp. are the general partners of Acme Fund LP.", []),
    # the unnamed party last in a list: Acme Corp. is no general partner (Jane Roe is missed:
    # the list's reading starts after the group)
    ("Jane Roe and certain subsidiaries of Acme Corp. are the general partners of Acme Fund "
     "LP.", []),
    ("Jane Roe and an affiliate of Acme Corp. are the general partners of Acme Fund LP.", []),
    # named parties stay
    ("Acme GP LLC and Jane Roe are the general partners of Acme Fund LP.",
     [("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
      ("general_partner_of", "Jane Roe", "Acme Fund LP")]),
    ("A subsidiary of Acme Corp., Beta GP LLC, is the general partner of Acme Fund LP.",
     [("general_partner_of", "Beta GP LLC", "Acme Fund LP")]),
])
def test_unnamed_parties(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("before, unnamed", [
    ("An affiliate of ", True),
    ("Jane Roe and certain subsidiaries of ", True),
    ("Jane Roe and an affiliate of the ", True),
    ("Jane Roe and two members of ", True),
    ("The general partner of ", False),
    ("Jane Roe and the general partner of ", False),
    ("Jane Roe and ", False),
])
def test_unnamed_of_before(before, unnamed):
    assert (UNNAMED_OF_BEFORE.search(before) is not None) is unnamed
