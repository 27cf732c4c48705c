"""The patterns of graphkit.parsers.prose_role_of_role on their own: :data:`HOLDER_ROLE_OF_ROLE`
(a holder, then its role in a party named by a role reference) and :data:`HOLDER_KIND_WORD`
(the word of a role that says what its holder is), with real sentences that match and near
misses that must not.

Real filings: the 1996 13D/A of One Liberty Properties on BRT Realty Trust (corpus
``13d/oneliberty_brt_1996_sc13d.txt``, lines 364-366 and 521); the 2011 13D/A of Sprott on
Sprott Physical Gold Trust (``fixtures/filings/filing/2011_SC_13DA_1491714.txt``, Item 2(c));
the 1994 13D/A of Joseph Neubauer (``fixtures/filings/holdout/1994_SC_13DA_757523.txt``, line
319); the 1996 13G of Carl Marks Management on Piper Jaffray
(``fixtures/filings/1996_SC_13G_942826.txt``, lines 381 and 643); the 2011 13G/A of
``fixtures/filings/2011_SC_13GA_1364742.txt`` (Item 3's boxes).
"""

from __future__ import annotations

import pytest

from graphkit.parsers.prose_role_of_role import HOLDER_KIND_WORD, HOLDER_ROLE_OF_ROLE


@pytest.mark.parametrize("sentence, holder, held", [
    # One Liberty, line 366
    ("Gould is the sole shareholder of the corporate managing general partner of GLP.",
     "Gould", "the corporate managing general partner of GLP"),
    # Sprott, Item 2(c): the pattern takes the address before the reference for its holder
    # (find_role_of_roles drops it: not a name); the reference is the Trust's manager
    ("Chief Executive Officer of Sprott Asset Management GP Inc., Suite 2700, South Tower, "
     "Royal Bank Plaza, 200 Bay Street, Toronto, Ontario, Canada M5J 2J1, the general partner "
     "of the manager of the Trust", "Canada M5J 2J1", "the manager of the Trust"),
])
def test_holder_role_of_role_matches(sentence, holder, held):
    m = HOLDER_ROLE_OF_ROLE.search(sentence)
    assert m is not None
    assert (m["holder"], m["held"].rstrip(".")) == (holder, held)


@pytest.mark.parametrize("sentence", [
    # One Liberty, line 521: a role in a party named, no role reference
    "Gould is the sole shareholder of Georgetown Partners, Inc.",
    # Neubauer, line 319: "one of" is no role
    "Mr. Neubauer is one of the trustees of the trust and shares voting and investment power "
    "for the shares",
    # Item 3 of a 13G: no holder, no role
    "A listing of the shareholders of an investment company registered under the Investment "
    "Company Act of 1940",
    # line 366 run on: the reference does not end its clause ("and its affiliates")
    "Gould is the sole shareholder of the corporate managing general partner of GLP and its "
    "affiliates",
])
def test_holder_role_of_role_near_misses(sentence):
    assert HOLDER_ROLE_OF_ROLE.search(sentence) is None


@pytest.mark.parametrize("text, kind", [
    ("the corporate managing general partner of GLP", "org"),          # One Liberty, l. 366
    ("Gould and Rose are individual general partners", "person"),     # One Liberty, l. 364
    ("the three individual general partners of CMMC", "person"),      # Carl Marks, l. 381
    ("Individual General Partner", "person"),
])
def test_holder_kind_word_matches(text, kind):
    m = HOLDER_KIND_WORD.search(text)
    assert m is not None and m.lastgroup == kind


@pytest.mark.parametrize("text", [
    '("Ruocco") and Martin J. Whitman ("Whitman"), individually.',    # Carl Marks, l. 643
    "Georgetown Partners, Inc., a Delaware corporation",
    "incorporated in the State of Delaware",
    "the individuals named in Schedule I",
])
def test_holder_kind_word_near_misses(text):
    assert HOLDER_KIND_WORD.search(text) is None
