"""One role each of a list, in an appositive (session 41, prose gaps): "Jane Roe and John Doe,
each a managing member of Acme GP LLC, share voting power" gave nothing; every listed holder
now holds the role, as "Jane Roe and John Doe are each a managing member of Acme GP LLC" and
"..., the managing members of Acme GP LLC" already gave. No filing of the corpus or the
fixtures words it so (checked: none has ", each a ROLE of"), hence invented names."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_patterns import HOLDER_THE_ROLE_OF, HOLDER_THE_ROLE_OF_CUE
from graphkit.source import SourceText


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


@pytest.mark.parametrize("text, holder, role, held", [
    ("Jane Roe and John Doe, each a managing member of Acme GP LLC, share voting power.",
     "John Doe", "a managing member", "Acme GP LLC"),
    ("Jane Roe, John Doe and Mary Major, each a director of Acme Corp., may be deemed",
     "Mary Major", "a director", "Acme Corp."),
])
def test_pattern(text, holder, role, held):
    m = HOLDER_THE_ROLE_OF.search(text)
    assert HOLDER_THE_ROLE_OF_CUE.search(text) is not None
    assert (m["holder"], m["role"], m["held"]) == (holder, role, held)


@pytest.mark.parametrize("text", [
    "Jane Roe and John Doe, each of whom is a citizen of Canada,",   # no role there
    "Jane Roe and John Doe, each with an office of Acme GP LLC,",
])
def test_pattern_not(text):
    assert HOLDER_THE_ROLE_OF.search(text) is None


def _mm(*holders: str) -> set[tuple[str, str, str]]:
    return {("managing_member_of", h, "Acme GP LLC") for h in holders}


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe and John Doe, each a managing member of Acme GP LLC, share voting power.",
     _mm("Jane Roe", "John Doe")),
    ("Jane Roe, John Doe and Mary Major, each a director of Acme Corp., may be deemed to share "
     "power.", {("director_of", h, "Acme Corp.") for h in ("Jane Roe", "John Doe", "Mary Major")}),
    # the same, as read before
    ("Jane Roe and John Doe are each a managing member of Acme GP LLC.", _mm("Jane Roe", "John Doe")),
    ("Jane Roe and John Doe, the managing members of Acme GP LLC, share voting power.",
     _mm("Jane Roe", "John Doe")),
    # near misses: without "each", a singular role after a list is the last holder's alone
    ("Jane Roe and John Doe, a managing member of Acme GP LLC, share voting power.",
     _mm("John Doe")),
    ("Acme Fund LP holds the Shares, and Jane Roe, a managing member of Acme GP LLC, votes them.",
     _mm("Jane Roe")),
])
def test_edges(text, expected):
    assert _found(text) == expected
