"""Places stated by their adjective (:mod:`graphkit.demonyms`)."""

from __future__ import annotations

import pytest

from graphkit.demonyms import DEMONYM_CODES, DEMONYM_PHRASE, demonym_code, stated_adjective
from graphkit.jurisdictions import read_jurisdiction


@pytest.mark.parametrize("stated, code", [
    # the 1999 SC 13G of Eurocredit Investments on SoftNet Systems (holdout fixture)
    ("a Maltese corporation", "MT"), ("Canadian citizen", "CA"),
    ("a British national", "GB"), ("Swiss", "CH"), ("DUTCH", "NL"),
    ("an English private limited company", "GB-ENG"), ("a Bermuda exempted company", "BM"),
    ("Cayman Islands exempted company", "KY"), ("Israeli citizens", "IL"),
])
def test_demonym_code(stated, code):
    assert demonym_code(stated) == code


@pytest.mark.parametrize("stated", [
    "Georgian citizen",  # the U.S. state or the country: never a guess
    "a Delaware corporation",  # a place's name, not its adjective (read_jurisdiction's)
    "Acme Investments, Ltd. is a Maltese corporation and",  # a clause, not a phrase
    "citizen",
])
def test_no_demonym(stated):
    assert demonym_code(stated) is None


def test_phrase_pattern_takes_the_words_before_the_form():
    assert DEMONYM_PHRASE.fullmatch("a maltese corporation")["adjective"] == "maltese"
    assert DEMONYM_PHRASE.fullmatch("new york limited liability company")["adjective"] == \
        "new york"
    assert stated_adjective("Canadian  citizen") == "canadian"


def test_every_code_is_a_place_read_jurisdiction_knows():
    for adjective, code in DEMONYM_CODES.items():
        j = read_jurisdiction(adjective + " corporation")
        assert j is not None and j.code == code, adjective


@pytest.mark.parametrize("stated, name, code", [
    ("a Maltese corporation", "Malta", "MT"),
    ("Canadian citizen", "Canada", "CA"),
    ("a Delaware limited partnership", "Delaware", "US-DE"),
    ("New York limited liability company", "New York", "US-NY"),
])
def test_read_jurisdiction_reads_adjectives_and_forms(stated, name, code):
    j = read_jurisdiction(stated)
    assert (j.name, j.code, j.stated) == (name, code, stated)
