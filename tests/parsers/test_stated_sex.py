"""What a filing states of a person's sex, and titles bound by it."""

from __future__ import annotations

import pytest

from graphkit.parsers import stated_sex
from graphkit.parsers.partybook import PartyBook


@pytest.mark.parametrize("pattern,line", [
    # 13d/celtics_gaston_1998_sc13da.txt, line 422
    (stated_sex.SPOUSE, "Don F. Gaston co-owns 403,900 Units with his wife, Paula B. Gaston,"),
    (stated_sex.TITLED_FULL_NAME, "Mr. Jeffrey L. Gendell"),  # tontine_homestead_2004
])
def test_named_pattern_matches_real_line(pattern, line):
    assert pattern.search(line)


def test_titled_surname_pattern_is_no_full_name():
    assert stated_sex.stated_sexes("Mr. and Ms. Roe own it. Mr. Roe and Ms. Roe vote.") == []


def test_title_binds_only_when_every_other_namesake_is_stated_of_the_other_sex():
    book = PartyBook()
    john, jane = book.add("John Roe"), book.add("Jane Roe")
    book.note_honorifics("John Roe owns it with his wife, Jane Roe. Mr. Roe and Mrs. Roe vote.")
    assert book.lookup("Mr. Roe").id == john.id and not book.is_ambiguous("Mr. Roe")
    # John's sex is unstated, but the filing titles both sexes and "Mr. Roe" is he: of the two
    # Roes, "Mrs. Roe" is Jane (prose11; before, it was left unsure)
    assert book.lookup("Mrs. Roe").id == jane.id and not book.is_ambiguous("Mrs. Roe")
    book.add("Paul Roe")  # a third Roe of unstated sex: "Mr. Roe" may be him
    assert book.lookup("Mr. Roe") is None and book.is_ambiguous("Mr. Roe")
    assert jane.id != john.id
