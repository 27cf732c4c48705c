"""A person's honorific term defined right after a company's short name goes to the person
(harvest s27: a real 2014 13G/A, 'Peter S. Park, as the sole member and manager of PWAM ("Mr.
Park")', gave the term to the company, and the build merged the person into it). Names made up."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_defined_terms
from resolvers.names import BARE_ACRONYM
from graphkit.source import SourceText


def terms(text):
    return [(t.term, t.name) for t in find_defined_terms(SourceText(path="x.txt", text=text))]


@pytest.mark.parametrize("text, expected", [
    ('Jane Q. Roe, as the sole member and manager of ACM ("Ms. Roe"), may be deemed to own the '
     "shares.", [("Ms. Roe", "Jane Q. Roe")]),
    ('Jane Doe ("Mrs. Roe") is a director.', [("Mrs. Roe", "Jane Doe")]),  # after a person
    ('Jane Q. Roe, President of Roe Corp. ("Ms. Roe"), is a director.', [("Ms. Roe", "Jane Q. Roe")]),
    ('The shares are held by ACM ("Mr. Roe").', []),  # no person of that surname: no owner
])
def test_honorific_term_goes_to_the_person(text, expected):
    assert [t for t in terms(text) if t[0].startswith(("Mr", "Ms"))] == expected


def test_acronym_term():
    assert BARE_ACRONYM.fullmatch("PWAM") and not BARE_ACRONYM.fullmatch("Jane Doe")
