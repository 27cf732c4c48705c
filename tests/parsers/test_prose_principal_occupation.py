"""Item 2(c) principal occupations and seats on a board read from prose (made-up names)."""

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_occupation import (ONE_SUBJECT, PRINCIPAL_OCCUPATION, SEXED_PRONOUN,
                                               TITLED_PERSON, pronoun_person)
from graphkit.parsers.prose_possessive_offices import BOARD_OF, MEMBER_OF_BOARD
from graphkit.source import SourceText


def _found(text):
    return [(f.holder, f.relation.value, f.held, f.title)
            for f in find_relationships(SourceText(path="x.txt", text=text))]


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe's present principal occupation is President of Acme Corp.",
     [("Jane Roe", "officer_of", "Acme Corp.", "President")]),
    ("Mr. Roe's principal occupation is serving as Managing Member of Acme Capital LLC.",
     [("Mr. Roe", "managing_member_of", "Acme Capital LLC", None)]),
    ("Jane Roe's principal occupation is as the Chief Executive Officer of Acme Corp.",
     [("Jane Roe", "officer_of", "Acme Corp.", "Chief Executive Officer")]),
    ("Jane Roe's principal occupation is Managing Director at Acme Capital LLC.",
     [("Jane Roe", "officer_of", "Acme Capital LLC", "Managing Director")]),
    ("The principal occupation of Jane Roe is Chief Executive Officer of Acme Capital LLC.",
     [("Jane Roe", "officer_of", "Acme Capital LLC", "Chief Executive Officer")]),
    # the Issuer as main reads "of the Issuer" elsewhere
    ("Jane Roe's principal occupation is Chief Executive Officer of the Issuer.",
     [("Jane Roe", "officer_of", "Issuer", "Chief Executive Officer")]),
])
def test_possessive_principal_occupation(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe's principal occupation was President of Acme Corp.",  # past
    "Jane Roe is a citizen of Canada. Prior to 2005, her principal occupation was President of "
    "Acme Corp.",
    "Jane Roe is retired. Her principal occupation prior to retirement was President of Acme Corp.",
    "Jane Roe's principal occupation is private investor.",  # no organization
    "Jane Roe's principal occupation is investing in Acme Corp.",
    "Jane Roe is not employed. Her principal occupation is none.",
    "Jane Roe's principal occupation is Director of Research at Acme Corp.",  # a department
    "Jane Roe's principal occupation is President of Acme Corp. and Beta Corp.",  # not one name
    "Acme Capital LLC's principal occupation is general partner of Acme Fund LP.",
])
def test_no_principal_occupation(text):
    assert _found(text) == []


def test_her_after_one_person_subject():
    text = ("Jane Roe, Ph.D., is a citizen of the United States of America and is a member of "
            "the Board of Directors of the Issuer. Her principal occupation is Chief Executive "
            "Officer of Acme Soft LLC, a software reseller and an affiliate of the Issuer.")
    assert _found(text) == [("Jane Roe", "director_of", "Issuer", None),
                            ("Jane Roe", "officer_of", "Acme Soft LLC", "Chief Executive Officer")]


def test_his_after_initial_and_degree():
    text = ("M. John Doe, Ph.D., is a citizen of the United States of America and is a member of "
            "the Board of Directors of the Issuer. His principal occupation is Chief Executive "
            "Officer and Chief Technology Officer of the Issuer.")
    assert _found(text) == [
        ("M. John Doe", "director_of", "Issuer", None),
        ("M. John Doe", "officer_of", "Issuer", "Chief Executive Officer, Chief Technology Officer")]


@pytest.mark.parametrize("text", [
    # the filing gives the person the other sex
    "Mr. Roe is a citizen of Canada. Her principal occupation is President of Acme Corp.",
    "Jane Roe is a citizen of Canada. His principal occupation is President of Acme Corp. "
    "Ms. Roe owns 10 shares.",
    # two persons, or none, before
    "Jane Roe and John Doe are citizens of Canada. His principal occupation is President of "
    "Acme Corp.",
    "Jane Roe is married to Mr. Doe. His principal occupation is President of Acme Corp.",
    "The Fund owns 10 shares. Her principal occupation is President of Acme Corp.",
    "Acme Holdings LLC is a Delaware company. Its principal occupation is President of Acme Corp.",
    # spouses with one surname: "Her" may be either
    "Jane Roe is a citizen of Canada. Her principal occupation is President of Acme Corp. Mr. "
    "Roe and Mrs. Roe own 10 shares.",
])
def test_pronoun_not_bound(text):
    assert [f for f in _found(text) if f[1] == "officer_of"] == []


def test_pronoun_person_agrees_with_title():
    text = "Ms. Jane Roe is a citizen of Canada. Her principal occupation is ..."
    assert pronoun_person(text, text.index("Her"), "Her") == "Ms. Jane Roe"
    assert pronoun_person(text, text.index("Her"), "His") is None


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe is a citizen of the United States of America and is a member of the Board of "
     "Directors of the Issuer.", [("Jane Roe", "director_of", "Issuer", None)]),
    ("Jane Roe is a U.S. citizen and is a member of the Board of Directors of Acme Corp.",
     [("Jane Roe", "director_of", "Acme Corp.", None)]),
    ("Jane Roe is a member of the Board of Directors of Acme Corp.",
     [("Jane Roe", "director_of", "Acme Corp.", None)]),
    ("Jane Roe, a member of the Board of Directors of Acme Corp., owns no shares.",
     [("Jane Roe", "director_of", "Acme Corp.", None)]),
    ("Jane Roe and John Doe are members of the Board of Directors of Acme Corp.",
     [("Jane Roe", "director_of", "Acme Corp.", None), ("John Doe", "director_of", "Acme Corp.", None)]),
    ("Jane Roe is a member of Acme GP LLC.", [("Jane Roe", "member_of", "Acme GP LLC", None)]),
    # no member_of a board, nor of a company through a board that is not its board of directors
    ("Jane Roe is a member of the Board of Managers of Acme LLC.", []),
    ("Jane Roe is a member of the board of trustees of Acme College.", []),
    ("Acme Corp., of which Jane Roe is a member of the Board of Directors, owns no shares.", []),
    ("Jane Roe is a citizen of the United States and was a member of the Board of Directors of "
     "the Issuer.", []),
])
def test_member_of_board(text, expected):
    assert [f for f in _found(text) if f[1] != "beneficial_owner_of"] == expected


def test_patterns_match_their_examples():
    m = PRINCIPAL_OCCUPATION.search("Mr. Roe's principal occupation is serving as Managing "
                                    "Member of Acme Capital LLC.")
    assert (m["holder"], m["role"], m["held"]) == ("Mr. Roe", "Managing Member", "Acme Capital LLC.")
    m = PRINCIPAL_OCCUPATION.search("Her principal occupation is President of Acme Corp.")
    assert (m["pron"], m["held"]) == ("Her", "Acme Corp.")
    assert PRINCIPAL_OCCUPATION.search("Prior to 2005, her principal occupation is President "
                                       "of Acme Corp.") is None
    assert ONE_SUBJECT.match("(a) Jane Roe, Ph.D., is a citizen")["name"] == "Jane Roe"
    assert ONE_SUBJECT.match("M. John Doe is a citizen")["name"] == "M. John Doe"
    assert ONE_SUBJECT.match("Jane Roe and John Doe are citizens") is None
    t = TITLED_PERSON.search("shares held by Ms. Jane Roe.")
    assert (t["title"], t["name"]) == ("Ms", "Jane Roe")
    assert [bool(p["he"]) for p in SEXED_PRONOUN.finditer("she and his")] == [False, True]
    assert BOARD_OF.match(" of the Board of Directors of Acme")["other"] is None
    assert BOARD_OF.match(" of the Board of Managers of Acme")["other"] == "Managers of "
    m = MEMBER_OF_BOARD.search("Jane Roe, Ph.D., is a member of the Board of Directors of the Issuer.")
    assert (m["holder"], m["held2"]) == ("Jane Roe", "Issuer.")
