"""Second review of the spouse holdings (s23-spouse2): "Mr. Doe" of the one Doe stated a woman
is another person; a spouse holding is read only in a sentence whose subject is a reporting
person, and not past another person named by role ("another director"); surrendered,
cancelled, separated ... shares are no holding; "his wife and 200 shares" is a second holding.
Made-up names throughout (the filing of tests/parsers/spouse_filing.py, filer John Q. Roe).
"""

from __future__ import annotations

import re

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose_spouse_holdings import (KIN_HOLDING, NO_PRESENT_HOLDING,
                                                    OTHER_PERSON, ROLE_NOUN, spouse_holdings)
from graphkit.regex_cache import compile as compile_re
from graphkit.source import SourceText

WIFE = "Jane Roe, the wife of Mr. Roe, received shares from the Company. "
ROE = ("JOHN Q. ROE", "beneficial_owner_of", "ACME WIDGETS, INC.", 3000, None)


def _filing(tmp_path, item3, item5):
    from tests.parsers.spouse_filing import COVER
    path = tmp_path / "roe_13da.txt"
    path.write_text(COVER.format(ROW="", ITEM3=item3, ITEM5=item5))
    rec = parse_path(str(path)).records[0]
    names = {p.id: p.name for p in rec.parties}
    return sorted((names[c.source], c.relation.value, names[c.target], c.shares, c.disclaims)
                  for c in rec.claims)


def _found(text):
    return [(f.holder, f.shares) for f in spouse_holdings(SourceText("x", text))]


# -- R1: "Mr. Doe" of the one Doe, stated a woman, is nobody -----------------------------------

def test_a_sexed_title_skips_the_one_person_of_the_other_stated_sex():
    book = PartyBook()
    jane = book.add("Jane Doe")
    book.note_honorifics("Jane Doe, the wife of Mr. Doe, received shares.")
    assert book.lookup("Mr. Doe") is None
    assert book.lookup("Mrs. Doe") is jane and book.lookup("Ms. Doe") is jane
    kay = book.add("Kay Poe")  # no sex stated: the one Poe, as before
    assert book.lookup("Mr. Poe") is kay and book.lookup("Mrs. Poe") is kay


def test_the_husband_by_title_is_not_his_named_wife(tmp_path):
    # main made the wife the husband's officer ("Mr. Doe is the President" -> Jane Doe)
    claims = _filing(tmp_path, "     Jane Doe, the wife of Mr. Doe, is a director of Beta Labs "
                     "Inc. Mr. Doe is the President of Gamma Corp.",
                     "     (a) Mr. Roe beneficially owns 3,000 shares.")
    assert claims == sorted([
        ("Jane Doe", "director_of", "Beta Labs Inc.", None, None), ROE,
        ("Mr. Doe", "officer_of", "Gamma Corp.", None, None),
    ])


@pytest.mark.parametrize("item3, item5, doe, beta", [
    ("Jane Doe, the wife of Mr. Doe, received shares. Mr. Doe is the President of Beta Labs "
     "Inc.", "Mr. Doe beneficially owns 2,000 shares, including 1,100 shares held by his wife.",
     "Mr. Doe", "officer_of"),
    ("Jane Doe, the wife of Mr. Doe, received shares.", "Mr. Doe beneficially owns 2,000 "
     "shares, including 1,100 shares held by his wife. Mr. Doe is the President of Beta Labs "
     "Inc.", "Mr. Doe", "officer_of"),
    ("Richard Doe, the husband of Mrs. Doe, received shares. Mrs. Doe is a director of Beta "
     "Labs Inc.", "Mrs. Doe beneficially owns 2,000 shares, including 1,100 shares held by her "
     "husband.", "Mrs. Doe", "director_of"),
])
def test_another_mans_wife_is_read_as_main_did(tmp_path, item3, item5, doe, beta):
    # the subject is no reporting person: no spouse holding, the husband keeps his own
    claims = _filing(tmp_path, "     " + item3,
                     "     (a) Mr. Roe beneficially owns 3,000 shares. " + item5)
    assert claims == sorted([ROE, (doe, "beneficial_owner_of", "ACME WIDGETS, INC.", 2000, None),
                             (doe, beta, "Beta Labs Inc.", None, None)])


def test_the_reporting_persons_wife_still_holds_hers(tmp_path):
    claims = _filing(tmp_path, "     " + WIFE, "     (a) Mr. Roe beneficially owns 3,000 "
                     "shares, including 1,100 shares held by his wife.")
    assert ("Jane Roe", "beneficial_owner_of", "ACME WIDGETS, INC.", 1100, None) in claims


# -- H2: another person named by role before "his wife" -----------------------------------------

@pytest.mark.parametrize("clause", [
    "and another director holds 1,100 shares held by his wife",
    "and each other officer of the Company disclaims 1,100 shares held by his wife",
    "and the chief executive officer of the Company, who is not a reporting person, holds "
    "1,100 shares held by his wife",
    "and his attorney, who lives nearby, holds 1,100 shares held by his wife",
    "and the trustee of the voting trust, who is not affiliated with him, holds 1,100 shares "
    "held by his wife",
])
def test_a_person_named_by_role_makes_his_wife_another_mans(clause):
    assert _found(WIFE + "(a) Mr. Roe beneficially owns 3,000 shares, " + clause + ".") == []


@pytest.mark.parametrize("text, word", [
    (" and another director holds", "director"),
    (", and the Chief Financial Officer holds", "Officer"),
    (" and his attorney holds", "attorney"),
    (", and any other person holds", "person"),
])
def test_role_noun_reads_a_role(text, word):
    m = compile_re(ROLE_NOUN, re.VERBOSE).search(text)
    assert m is not None and m.group(0) == word
    assert OTHER_PERSON.search(text) is not None


@pytest.mark.parametrize("text", [
    ", the Reporting Person, beneficially owns 3,000 shares, including ",
    " beneficially owns 3,000 shares of Common Stock, including ",
])
def test_role_noun_leaves_the_reporting_person_and_a_plain_holding(text):
    assert compile_re(ROLE_NOUN, re.VERBOSE).search(text) is None


# -- H1: surrendered, cancelled, separated ... ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Mr. Roe owns 1,900 shares, and 1,100 shares owned by his wife were surrendered to the "
    "Company on March 2, 2003.",
    "Mr. Roe owns 1,900 shares, and 1,100 shares owned by his wife were cancelled in the merger.",
    "Mr. Roe owns 1,900 shares, and 1,100 shares owned by his wife were canceled in the merger.",
    "Mr. Roe owns 1,900 shares, and 1,100 shares owned by his wife were redeemed.",
    "Mr. Roe owns 1,900 shares, and 1,100 shares owned by his wife were forfeited.",
    "Mr. Roe owns 1,900 shares, and 1,100 shares owned by his wife were exchanged for units.",
    "Mr. Roe owns 3,000 shares, including 1,100 shares held by his wife before their separation.",
    "Mr. Roe owns 3,000 shares, including 1,100 shares held by his wife, from whom he is "
    "separated.",
    "Mr. Roe owns 3,000 shares, including 1,100 shares held by his estranged wife.",
])
def test_a_surrendered_or_separated_holding_gives_nothing(sentence):
    assert NO_PRESENT_HOLDING.search(sentence) is not None
    assert _found(WIFE + sentence) == []


# -- M1: "his wife and 200 shares" -------------------------------------------------------------

def test_his_wife_and_a_number_is_a_second_holding_not_children():
    m = KIN_HOLDING.search("1,100 shares held by his wife and 200 shares owned by his wife")
    assert m is not None and m["shares"] == "1,100"
    assert KIN_HOLDING.search("1,100 shares held by his wife and children") is None


def test_two_holdings_of_the_wife_in_one_sentence_give_none():
    # parts of one holding or two to add? not guessed (the branch gave the second alone)
    assert _found(WIFE + "(a) Mr. Roe beneficially owns 3,000 shares, including 1,100 shares "
                  "held by his wife and 200 shares owned directly by his wife.") == []
    assert _found(WIFE + "(a) Mr. Roe beneficially owns 3,000 shares, including 1,100 shares "
                  "held by his wife and 200 shares held by Acme Fund LP.") == [("Jane Roe", 1100)]


def test_a_subject_is_a_filer_when_every_person_it_may_name_reports():
    from graphkit.models import PartyRole
    from graphkit.parsers.prose_spouse_holdings import _is_filer
    book = PartyBook()
    book.add("John Q. Roe", role=PartyRole.REPORTING_PERSON)
    assert _is_filer(book, "Mr. Roe") and _is_filer(book, "John Q. Roe")
    assert not _is_filer(book, "Mr. Doe") and not _is_filer(book, "Mr. Roe, Jr.")
    book.add("Richard Roe", role=PartyRole.REPORTING_PERSON)  # two brothers report
    assert book.lookup("Mr. Roe") is None and _is_filer(book, "Mr. Roe")
    book.add("Mary Roe")  # not reporting, sex not stated: may be "Mr. Roe"
    assert not _is_filer(book, "Mr. Roe")
    book.note_honorifics("Mary Roe, the wife of Mr. Roe, owns shares.")
    assert _is_filer(book, "Mr. Roe") and not _is_filer(book, "Mrs. Roe")
