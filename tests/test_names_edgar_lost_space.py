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
])
def test_clean_name(raw, expected):
    assert clean_name(raw) == expected


def test_pattern_needs_three_between_word_characters():
    assert EDGAR_LOST_SPACE.search("A????B") is None  # four: no one character's three bytes
    assert EDGAR_LOST_SPACE.sub(" ", "Fund I???GP") == "Fund I GP"
