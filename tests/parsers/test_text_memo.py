"""per_text: one value per text object, computed once per parse, never crossing to another."""

from __future__ import annotations

from graphkit.parsers.cue_search import fold_case, fold_text
from graphkit.parsers.text_memo import per_text
from tests.conftest import SEED_13G


def test_the_same_text_is_computed_once_and_an_equal_new_text_afresh():
    calls = []

    @per_text
    def count_words(text: str) -> int:
        calls.append(text)
        return len(text.split())

    text = SEED_13G.read_text(encoding="utf-8")
    words = count_words(text)
    assert count_words(text) == words and len(calls) == 1
    again = SEED_13G.read_text(encoding="utf-8")  # the same file read again: a new parse
    assert again is not text and count_words(again) == words
    assert len(calls) == 2
    assert count_words("Acme Fund, L.P.") == 3 and count_words(again) == words
    assert len(calls) == 4  # only the text asked last is kept


def test_fold_text_is_kept_per_text():
    text = SEED_13G.read_text(encoding="utf-8")
    assert fold_text(text) is fold_text(text)
    assert fold_text(text) == fold_case(text)  # its OCR "ı" folded to "i" as ignoring case does
