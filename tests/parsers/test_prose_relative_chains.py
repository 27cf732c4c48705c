"""Chains of relative clauses: "X, which is a wholly owned subsidiary of Y, which is a wholly
owned subsidiary of Z" (:data:`~graphkit.parsers.prose_subsidiary_patterns.WHICH_IS` in
``SUBSIDIARY_OF``) and "X, whose general partner is Y, whose sole member is Z" (``WHOSE_ROLE_IS``
searched again from each holder); "X, which is controlled by Y, which is itself controlled by Z"
(``ENTITY_CONTROLLED_BY``, the same). Review rv39 H1: Exxon Mobil's 2026 Form 4 on ProPetro
(tests/fixtures/filings/rv39/exxon_propetro_2026_form4.xml) states its chain so, and no link
was read; a "whose" chain gave its first link only. Names here are invented.
"""

from __future__ import annotations

import re

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_subsidiary_patterns import (SUBSIDIARY_OF, SUBSIDIARY_OF_CUE,
                                                        WHICH_IS)
from graphkit.source import SourceText


_WHICH_IS = re.compile(WHICH_IS, re.VERBOSE)


def rels(text):
    return [(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="t.txt", text=text))]


@pytest.mark.parametrize("text, opening", [
    (", which is a", ", which is"),
    (", which in turn is a", ", which in turn is"),
    (", which, in turn, is a", ", which, in turn, is"),
    (", which is, in turn, a", ", which is, in turn,"),
    (", which is itself a", ", which is itself"),
    (", a Delaware limited liability company, which is a",
     ", a Delaware limited liability company, which is"),
    (", a corporation, which was a", ", a corporation, which was"),
])
def test_which_is_opens_the_clause(text, opening):
    m = _WHICH_IS.match(text)
    assert m is not None and m.group(0) == opening


@pytest.mark.parametrize("text", [
    ", who is a",                         # a person, no subsidiary
    ", a member of Beta LLC, which is a",  # an aside naming another party: Beta's clause
    ", which owns a",
])
def test_which_is_needs_its_words(text):
    assert _WHICH_IS.match(text) is None


@pytest.mark.parametrize("text, held, holder", [
    ("Acme Sub LLC, which is a wholly owned subsidiary of Acme USA, Inc., which is",
     "Acme Sub LLC", "Acme USA, Inc."),
    ("Acme Sub LLC, which is an indirect wholly owned subsidiary of Acme Corp.",
     "Acme Sub LLC", "Acme Corp."),
    ("Acme Sub LLC, which in turn is a wholly-owned subsidiary of Acme Holdings, L.P.",
     "Acme Sub LLC", "Acme Holdings, L.P."),
    ("Acme Sub LLC, which is a subsidiary of Acme Corp.", "Acme Sub LLC", "Acme Corp."),
    ('Acme Sub LLC ("Reporting Person"), a Delaware limited liability company, which is a '
     "wholly owned subsidiary of Acme USA, Inc.", 'Acme Sub LLC ("Reporting Person")',
     "Acme USA, Inc."),
])
def test_subsidiary_of_reads_a_relative_clause(text, held, holder):
    m = SUBSIDIARY_OF.search(text)
    assert (m["held"], m["holder"]) == (held, holder)
    assert SUBSIDIARY_OF_CUE.search(text) is not None  # the cue every match holds


@pytest.mark.parametrize("text", [
    "Acme Sub LLC, which is a 40%-owned subsidiary of Acme Corp.",   # a minority stake
    "Acme Sub LLC, which owns a subsidiary of Acme Corp.",
    "Acme Sub LLC, which is the manager of a subsidiary of Acme Corp.",
])
def test_subsidiary_of_reads_no_other_clause(text):
    assert SUBSIDIARY_OF.search(text) is None


def test_a_chain_of_four_gives_three_links_with_exact_names():
    """Each parent exactly as written: no trailing comma, no "which"."""
    text = ("The reported securities are owned directly by Acme Pumping Services LLC, which is a "
            "wholly owned subsidiary of Acme USA, Inc., which is a wholly owned subsidiary of Acme "
            "Resources Company, which is a wholly owned subsidiary of Acme Industries Corporation.")
    assert rels(text) == [
        ("parent_of", "Acme USA, Inc.", "Acme Pumping Services LLC"),
        ("parent_of", "Acme Resources Company", "Acme USA, Inc."),
        ("parent_of", "Acme Industries Corporation", "Acme Resources Company")]


@pytest.mark.parametrize("text, expected", [
    ("The shares are held by Acme Sub LLC, which in turn is a wholly-owned subsidiary of Acme "
     "Holdings, L.P., which, in turn, is an indirect wholly owned subsidiary of Acme Group Ltd.",
     [("parent_of", "Acme Holdings, L.P.", "Acme Sub LLC"),
      ("parent_of", "Acme Group Ltd.", "Acme Holdings, L.P.")]),
    ("Acme Sub LLC, which is a subsidiary of Acme Mid Corp., which is itself a subsidiary of "
     "Acme Top Inc., holds 1,000 shares.",
     [("parent_of", "Acme Mid Corp.", "Acme Sub LLC"),
      ("parent_of", "Acme Top Inc.", "Acme Mid Corp.")]),
    # a relative clause and an appositive in one chain
    ("Acme Sub LLC, which is a wholly owned subsidiary of Acme Mid Corp., a wholly owned "
     "subsidiary of Acme Top Inc.",
     [("parent_of", "Acme Mid Corp.", "Acme Sub LLC"),
      ("parent_of", "Acme Top Inc.", "Acme Mid Corp.")]),
    # "indirect" then "direct": the second phrase describes Acme Sub again, not Beta
    ("Acme Sub LLC, which is an indirect subsidiary of Beta Corp., a direct subsidiary of Gamma "
     "Inc.", [("parent_of", "Beta Corp.", "Acme Sub LLC")]),
    ("Acme Sub LLC, which is not a subsidiary of Acme Corp.", []),
    ("Acme Sub LLC, which was a subsidiary of Acme Corp. until 2005, holds the shares.", []),
])
def test_subsidiary_chains(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The reported securities are held by Acme Fund, L.P., whose general partner is Acme GP, "
     "LLC, whose sole member is Acme Industries Corporation.",
     [("general_partner_of", "Acme GP, LLC", "Acme Fund, L.P."),
      ("member_of", "Acme Industries Corporation", "Acme GP, LLC")]),   # as "The sole member
    # of Acme GP, LLC is ..." reads it
    ("Acme Fund, L.P., whose general partner is Acme GP, LLC, whose managing member is Acme "
     "Holdings, LLC, whose sole member is Jane Roe.",
     [("general_partner_of", "Acme GP, LLC", "Acme Fund, L.P."),
      ("managing_member_of", "Acme Holdings, LLC", "Acme GP, LLC"),
      ("member_of", "Jane Roe", "Acme Holdings, LLC")]),
    # a past role in the second link is no link
    ("Acme Fund LP, whose general partner is Acme GP LLC, whose sole member was Jane Roe until "
     "2010.", [("general_partner_of", "Acme GP LLC", "Acme Fund LP")]),
])
def test_whose_chains(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The shares are held by Acme Fund LP, which is controlled by Acme GP LLC, which is itself "
     "controlled by Jane Roe.",
     [("control_person_of", "Acme GP LLC", "Acme Fund LP"),
      ("control_person_of", "Jane Roe", "Acme GP LLC")]),
    ("held by Acme Fund LP, which, in turn, is controlled by Acme GP LLC, which in turn is "
     "controlled by Acme Holdings Inc., which is controlled by Jane Roe.",
     [("control_person_of", "Acme GP LLC", "Acme Fund LP"),
      ("control_person_of", "Acme Holdings Inc.", "Acme GP LLC"),
      ("control_person_of", "Jane Roe", "Acme Holdings Inc.")]),
    ("Acme Fund LP, an entity controlled by Acme GP LLC, an entity controlled by Jane Roe, holds "
     "5 shares.",
     [("control_person_of", "Acme GP LLC", "Acme Fund LP"),
      ("control_person_of", "Jane Roe", "Acme GP LLC")]),
])
def test_controlled_by_chains(text, expected):
    """ENTITY_CONTROLLED_BY searched again from each controller: every link, not the first."""
    assert rels(text) == expected
