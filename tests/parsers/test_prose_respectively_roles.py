"""'respectively' between the roles and their party ("Roe and Doe are President and Chairman,
respectively, of Acme Corp.": HOLDER_IS_ROLE_OF group ``resp``) pairs holders and roles in
order, as it does at the end of the sentence; and "Vice Chairman" is a role (an officer's
title, as "Chairman" is)."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_patterns import HOLDER_IS_ROLE_OF, HOLDER_IS_ROLE_OF_CUE
from graphkit.parsers.prose_role_patterns import ROLE_OF_TAIL
from graphkit.parsers.prose_roles import role_relations
from graphkit.source import SourceText


def rels(text):
    return [(f.relation.value, f.holder, f.held, f.title)
            for f in find_relationships(SourceText(path="t.txt", text=text))]


@pytest.mark.parametrize("text,hit", [
    ("man, respectively, of ", True), ("man of ", True), ("ent ,respectively, to ", True),
    ("man, respectively of ", False), ("man respectively of ", False)])
def test_role_of_tail(text, hit):
    assert (ROLE_OF_TAIL.match(text) is not None) is hit


def test_pattern_group():
    flat = "Jane Roe and John Doe are President and Chairman, respectively, of Acme Corp."
    m = HOLDER_IS_ROLE_OF.search(flat)
    assert (m["role"], m["resp"], m["held"]) == ("President and Chairman", ", respectively,",
                                                 "Acme Corp.")
    assert HOLDER_IS_ROLE_OF_CUE.search(flat) is not None


@pytest.mark.parametrize("text,expected", [
    ("Jane Roe and John Doe are President and Chairman, respectively, of Acme Corp.",
     [("officer_of", "Jane Roe", "Acme Corp.", "President"),
      ("officer_of", "John Doe", "Acme Corp.", "Chairman")]),
    ("Jane Roe and John Doe are Chairman and Vice Chairman, respectively, of Acme Corp.",
     [("officer_of", "Jane Roe", "Acme Corp.", "Chairman"),
      ("officer_of", "John Doe", "Acme Corp.", "Vice Chairman")]),
    ("Jane Roe and John Doe are an officer and director, respectively, of Acme Corp.",
     [("officer_of", "Jane Roe", "Acme Corp.", "Officer"),
      ("director_of", "John Doe", "Acme Corp.", None)]),
    # one holder, two roles, two parties: in order
    ("Jane Roe is President and Chairman, respectively, of Acme Corp. and Beta Inc.",
     [("officer_of", "Jane Roe", "Acme Corp.", "President"),
      ("officer_of", "Jane Roe", "Beta Inc.", "Chairman")]),
    ("Acme GP LLC and Beta GP LLC are the general partners, respectively, of Acme Fund LP and "
     "Beta Fund LP.",
     [("general_partner_of", "Acme GP LLC", "Acme Fund LP", None),
      ("general_partner_of", "Beta GP LLC", "Beta Fund LP", None)]),
    # a second subject after "and"
    ("Acme LP owns 35.7% of the voting stock of Beta Corp. and Jane Roe and John Doe are "
     "Chairman and Vice Chairman, respectively, of Beta Corp.",
     [("officer_of", "Jane Roe", "Beta Corp.", "Chairman"),
      ("officer_of", "John Doe", "Beta Corp.", "Vice Chairman")]),
])
def test_respectively_before_the_party(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text", [
    # three holders, two roles: which holds which is not known
    "Jane Roe, John Doe and Richard Miles are President and Chairman, respectively, of Acme Corp.",
    # a second clause after the paired one: the pairing of the whole is not known
    # review s24-round3 H2/H3: a plural holder, one name split in two
    "Roe & Doe are President and Chairman, respectively, of Acme Corp. and Beta Inc.",
    "The Reporting Persons are President and Chairman, respectively, of Acme Corp. and Beta Inc.",
    "Jane and John Roe are President and Chairman, respectively, of Acme Corp.",
    "Smith, Jones & Co. are the investment manager and general partner, respectively, of Acme "
    "Fund LP and Beta Fund LP.",
    "Jane Roe and John Doe are President and Chairman, respectively, of Acme Corp. and the "
    "managing member of Beta LLC.",
    # "respectively" twice
    "Jane Roe and John Doe are President and Chairman, respectively, of Acme Corp. and Beta "
    "Inc., respectively.",
    "Neither Jane Roe nor John Doe is President or Chairman, respectively, of Acme Corp.",
    # review s24-ctl H2: an aside leaves one holder of the list read; which role is whose is
    # not known
    "Spann and Lieblong, both citizens of the United States, are President and Chairman, "
    "respectively, of Acme Transport, Inc.",
    "Mary Jones and her husband, Bob Jones, are President and Vice Chairman, respectively, of "
    "Acme Transport, Inc.",
    # review s24-ctl round 2: the same with two parties (one kept holder is no list)
    "Mary Jones and her husband, Bob Jones, are President and Vice Chairman, respectively, of "
    "Acme Air Corp. and Beta Rail Inc.",
    "Acme Management, LLC and Beta Advisors LLC, both affiliates of John Doe, are the general "
    "partner and investment manager, respectively, of Acme Fund, L.P. and Beta Fund LP.",
])
def test_respectively_unpaired_gives_nothing(text):
    assert rels(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Jane Roe is Vice Chairman of Acme Corp.",
     [("officer_of", "Jane Roe", "Acme Corp.", "Vice Chairman")]),
    ("Jane Roe is the Vice Chairman of the Board of Acme Corp.",  # of the board: a seat on it
     [("officer_of", "Jane Roe", "Acme Corp.", "Vice Chairman of the Board"),
      ("director_of", "Jane Roe", "Acme Corp.", None)]),
    ("Jane Roe and John Doe are Chairman and Vice Chairman of Acme Corp., respectively.",
     [("officer_of", "Jane Roe", "Acme Corp.", "Chairman"),
      ("officer_of", "John Doe", "Acme Corp.", "Vice Chairman")]),
    ("Jane Roe is Chairman and Vice President of Acme Corp.",
     [("officer_of", "Jane Roe", "Acme Corp.", "Chairman, Vice President")]),
])
def test_vice_chairman(text, expected):
    assert rels(text) == expected


def test_vice_chairman_title():
    assert [(r.value, t) for r, t in role_relations("Vice Chairman")] == [
        ("officer_of", "Vice Chairman")]


def test_respectively_with_a_role_aside_in_the_list():
    # review s24-ctl round 2 M1: "the President of Gamma Inc." is no holder; one holder left
    # pairs nothing (the aside's own office is still read)
    text = ("Jane Roe, the President of Gamma Inc., and John Doe are Chairman and Vice Chairman, "
            "respectively, of Acme Transport, Inc.")
    assert rels(text) == [("officer_of", "Jane Roe", "Gamma Inc.", "President")]
