"""The string searches of :mod:`graphkit.parsers.word_search` find exactly what the pattern
each replaces finds: on corpus texts and on generated text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.parsers.word_search import (LIST_JOIN_END, QUOTE_MARKS, ends_with_listed,
                                          find_quoted_words, skip_spaces, words_follow)
from tests.conftest import check_text_13_filings


def _quoted_words_pattern(text, words, start, end):
    """:func:`find_quoted_words` as first written: a pattern for each term."""
    m = re.search(r"[\"“”']" + r"\s+".join(re.escape(w) for w in words), text[start:end])
    return start + m.start() if m else -1


def _ends_with_listed_pattern(text, name):
    """:func:`ends_with_listed` as first written: a pattern for each name."""
    return re.search(r"\s(?:and|&)\s+" + re.escape(name) + r"\W*$", text) is not None


def test_list_join_end():
    assert LIST_JOIN_END.search("Jane Roe and ")
    assert LIST_JOIN_END.search("Acme Fund &\n")
    assert not LIST_JOIN_END.search("Jane Roe and Acme")
    assert not LIST_JOIN_END.search("Brand ")  # "and" must stand alone


def test_skip_spaces_and_words_follow():
    assert skip_spaces("\u00a0\t x", 0) == 3  # a no-break space is "\s" too
    assert words_follow('"Acme \n Fund II"', 5, ["Fund", "II"], 16) == 15
    assert words_follow('"Acme Fund II"', 5, ["Fund", "II"], 12) == -1  # "II" cut by the end


@pytest.mark.parametrize("text, words, want", [
    ('Acme Fund, L.P. ("AF")', ["AF"], 17),
    ("Acme (the 'Fund')", ["Fund"], 10),
    ("Acme (the “Acme\n  Fund”)", ["Acme", "Fund"], 10),
    ('Acme ("AcmeFund")', ["Acme", "Fund"], -1),
    ('x "" y', [], 2),
])
def test_find_quoted_words(text, words, want):
    assert find_quoted_words(text, words, 0, len(text)) == want


def test_ends_with_listed():
    assert ends_with_listed("Acme Pension and Profit Sharing Trusts", "Profit Sharing Trusts")
    assert ends_with_listed("Acme & Beta Trusts.)", "Beta Trusts")
    assert not ends_with_listed("Acme and Beta Trusts II", "Beta Trusts")


def _assert_agree(text):
    n = len(text)
    for window in ((0, n), (n // 3, n // 3 + 400), (n // 2, n + 5)):
        s, e = window[0], min(window[1], n)
        for q in re.finditer(r"[\"“”']", text[s:e]):
            words = text[s + q.end():s + q.end() + 60].split()[:3]
            for k in range(len(words) + 1):
                assert find_quoted_words(text, words[:k], s, e) == \
                    _quoted_words_pattern(text, words[:k], s, e), (words[:k], window)
            if q.start() > 20:
                break
    for line in text.split("\n")[:400]:
        words = line.split()
        for k in (1, 2, 3):
            if len(words) >= k:
                name = " ".join(words[-k:])
                assert ends_with_listed(line, name) == _ends_with_listed_pattern(line, name)


def test_word_searches_agree_on_corpus():
    check_text_13_filings(_assert_agree)


PIECES = ["Acme", "Fund", "and", "&", " ", "  ", "\n", "\t", "\u00a0", '"', "“", "”", "'", ",",
          ".", "(the ", ")", "AF", "Fund II", "x"]


@given(st.lists(st.sampled_from(PIECES), max_size=25),
       st.lists(st.sampled_from(["Acme", "Fund", "AF", "II", "x", "and"]), max_size=3),
       st.integers(0, 30), st.integers(0, 80))
@settings(max_examples=500, deadline=None)
def test_word_searches_agree_on_generated_text(pieces, words, start, end):
    text = "".join(pieces)
    end = min(end, len(text))
    assert find_quoted_words(text, words, start, end) == \
        _quoted_words_pattern(text, words, start, end)
    name = " ".join(words)
    assert ends_with_listed(text, name) == _ends_with_listed_pattern(text, name)
    assert QUOTE_MARKS == "\"“”'"
