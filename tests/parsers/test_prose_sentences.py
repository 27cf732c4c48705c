"""Sentences of filing prose: the split, the sentences holding words, squeezed sentences."""

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.parsers import prose_sentences as ps
from graphkit.parsers.prose_patterns import (
    LAYOUT_SPACE, LAYOUT_SPACE_RUN, RELATION_KEYWORD, RELATION_WORDS)
from graphkit.parsers.prose_referred_terms import REFERRED_TO_EACH_ANCHOR, REFERRED_TO_EACH_CUE
from graphkit.parsers.prose_term_patterns import COLLECTIVE_KEYWORD, COLLECTIVE_WORDS_CUE
from graphkit.reading import read_source
from tests.conftest import corpus_file

CORPUS = Path("/work/shared/corpus")

_TOKENS = st.sampled_from([
    "Acme", "GP", "is", "the", "General", "Partner", "partner", "member", "owns", "Inc.", "L.P.",
    "Mr.", "together", "referred", "Stra\u017fse", "\u0130stanbul", "\u212aelvin", ".", ";", ",",
    " ", "  ", "\n", "\n\n", "\t", " \r\n ", "\xa0", "(", ")"])


def _by_positions(words, pattern, text, start, end, ignore_case):
    positions = ps.word_positions(words, pattern, text, start, end, ignore_case)
    return ps.sentences_at(positions, text, start, end)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TOKENS, max_size=40), st.integers(0, 60), st.integers(0, 60),
       st.booleans())
def test_sentences_with_is_sentences_at_word_positions(tokens, a, b, ignore_case):
    text = " ".join(tokens)
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    for words, pattern in ((RELATION_WORDS, RELATION_KEYWORD),
                           (COLLECTIVE_WORDS_CUE, COLLECTIVE_KEYWORD)):
        if not ignore_case and pattern is RELATION_KEYWORD:
            continue
        want = _by_positions(words, pattern, text, start, end, ignore_case)
        assert ps.sentences_with(words, pattern, text, start, end, ignore_case) == want


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not present")
def test_sentences_with_is_sentences_at_word_positions_on_corpus():
    for path in sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "MANIFEST.tsv"):
        text = read_source(path).text
        third = len(text) // 3
        for start, end in ((0, len(text)), (third, 2 * third)):
            for words, pattern, ignore_case in ((RELATION_WORDS, RELATION_KEYWORD, True),
                                                (COLLECTIVE_WORDS_CUE, COLLECTIVE_KEYWORD, False)):
                want = _by_positions(words, pattern, text, start, end, ignore_case)
                got = ps.sentences_with(words, pattern, text, start, end, ignore_case)
                assert got == want, path


def test_a_fold_to_ascii_is_found_by_the_pattern():
    text = "Acme is a Stra\u017fse member. Beta is a PARTNER. None here."
    got = ps.sentences_with(RELATION_WORDS, RELATION_KEYWORD, text, 0, len(text), True)
    assert [text[s:e] for s, e in got] == ["Acme is a Stra\u017fse member", "Beta is a PARTNER"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\r\n\xa0ab", max_size=30))
def test_squeezing_the_runs_that_change_is_squeezing_every_run(text):
    assert LAYOUT_SPACE_RUN.sub(" ", text) == LAYOUT_SPACE.sub(" ", text)
    assert ps.one_line(text) == LAYOUT_SPACE.sub(" ", text)


@pytest.mark.parametrize("text", ["general\n   partner", "Acme  Fund", "a\tb", "x \r\n y"])
def test_layout_space_run_examples(text):
    assert LAYOUT_SPACE_RUN.search(text)
    assert not LAYOUT_SPACE_RUN.search("general partner of Acme Fund")


def test_the_cache_tells_texts_apart_by_identity():
    one = "Acme GP is the general partner of Acme Fund. Beta owns it."
    two = "".join(list(one))  # equal, not the same object
    assert one == two and one is not two
    assert ps.sentence_spans(one) == ps.sentence_spans(two)
    assert ps._text_cache(one) is not ps._text_cache(two)
    assert ps._text_cache(one) is ps._text_cache(one)


def test_the_cache_keeps_a_bounded_number_of_texts():
    texts = [f"Text {i}. It is a member." for i in range(ps._TEXTS_KEPT + 10)]
    for t in texts:
        ps.sentence_spans(t)
    assert len(ps._TEXTS) <= ps._TEXTS_KEPT
    assert ps.flat_sentence(texts[0], 0, 7) == "Text 0."


def test_sentence_spans_skip_blank_stretches():
    text = "Acme is a member.  \n\n   \n\nBeta owns it.   "
    assert [text[s:e] for s, e in ps.sentence_spans(text)] == ["Acme is a member", "Beta owns it.   "]


# --- a cue tried only at its anchor: the positions of the whole scan --------------------------

_REFERRED_TOKENS = st.sampled_from([
    "referred", "to", "as", "herein", "is", "are", "referred to as", "Acme", '"AF"', " ", "  ",
    "\n", "\t", ".", ","])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_REFERRED_TOKENS, max_size=40), st.integers(0, 80), st.integers(0, 80))
def test_anchored_cue_positions_are_the_scan_positions(tokens, a, b):
    text = "".join(tokens)
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    want = ps.cue_positions(REFERRED_TO_EACH_CUE, text, start, end)
    assert ps.cue_positions(REFERRED_TO_EACH_CUE, text, start, end,
                            *REFERRED_TO_EACH_ANCHOR) == want


def test_anchored_cue_positions_in_a_match_after_a_match():
    # the space before the second "referred" ends the first match: the scan skips it
    text = "Acme is referred to as referred to as AF"
    assert ps.cue_positions(REFERRED_TO_EACH_CUE, text, 0, len(text)) == [7]
    assert ps.cue_positions(REFERRED_TO_EACH_CUE, text, 0, len(text),
                            *REFERRED_TO_EACH_ANCHOR) == [7]


def test_anchored_cue_positions_on_a_filing():
    # idanta_hifn_2000_sc13ga.txt, lines 316-318: 'Idanta Partners Ltd. is referred to as
    # "IPL", ... are referred to as "DFT" and "DJD," respectively, and Jonathan Huberman is
    # referred to as "JH".'
    text = read_source(corpus_file("13g/idanta_hifn_2000_sc13ga.txt")).text
    got = ps.cue_positions(REFERRED_TO_EACH_CUE, text, 0, len(text), *REFERRED_TO_EACH_ANCHOR)
    assert got == ps.cue_positions(REFERRED_TO_EACH_CUE, text, 0, len(text))
    assert [text[p:p + 16] for p in got] == [" referred to as "] * 3
