"""EDGAR's "???" for a character of three UTF-8 bytes between two words is read as a space
(graphkit.names.EDGAR_LOST_SPACE); fewer question marks are kept."""

from __future__ import annotations

import pytest

from graphkit.names import EDGAR_LOST_SPACE, clean_name


@pytest.mark.parametrize("raw, expected", [
    ("Acme Partners???Fund I Co-Invest???GP LP", "Acme Partners Fund I Co-Invest GP LP"),
    ("Acme Capital Management???V, L.L.C.", "Acme Capital Management V, L.L.C."),
    ("Soci??t?? Acme", "Soci??t?? Acme"),  # an accented letter: which one cannot be told
    ("Acme Fund?", "Acme Fund?"),
    ("Acme ??? Fund", "Acme ??? Fund"),  # not between two words
    # review s27-power M3: an apostrophe or a dash is kept as one
    ("O???Brien Capital LLC", "O'Brien Capital LLC"),
    ("Roe???s Family Trust", "Roe's Family Trust"),
    ("Acme 2020???2021 Trust", "Acme 2020-2021 Trust"),
    ("Acme Fund I???GP", "Acme Fund I GP"),  # "I" of a name, then a word: a space
])
def test_clean_name(raw, expected):
    assert clean_name(raw) == expected


def test_pattern_needs_three_between_word_characters():
    assert EDGAR_LOST_SPACE.search("A????B") is None  # four: no one character's three bytes
    assert EDGAR_LOST_SPACE.search("Fund I???GP")["apostrophe"] is None
