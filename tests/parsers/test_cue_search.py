"""The searches from literal cues find exactly what a plain ``re`` search finds: on every text
filing of the corpus and on generated text built from the pieces that the patterns look for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.parsers import cue_search as cs
from graphkit.parsers.business_address import ADDRESS_OF_EACH, _addresses_of_each, _names_wrap
from graphkit.parsers.schedule13_cover_patterns import FIRST_ITEM
from graphkit.parsers.schedule13_items import ITEM_HEADING
from tests.conftest import check_text_13_filings

#: Pieces of Item headings and Item 2(b) sentences, and characters that a case-insensitive
#: search matches to an ASCII letter.
PIECES = [
    "Item 1.", "ITEM 2(a)", "#### Item 4. Ownership", "> **Item 3", "item", "İtem 5:", "ıtem",
    "Item\n1.", "Item 11", "Items 2(d)", "see Item 5", "Item 3  Source", "The", "the",
    "business", "BUSINESS", "ADDRESS", "addreſs", "Address of the principal office of AB is: ",
    "address of the principal business office of each of A, B and C are", "bathe", "of",
    "\n", "\n\n", " ", "  ", "\t", "#", "*", ">", "x", "1", ".", "\u00a0", "\u2028",
]


def _spans(matches):
    return [m.span() for m in matches]


def _assert_cue_searches_agree(text: str) -> None:
    fold = cs.fold_case(text)
    n = len(text)
    for start in sorted({0, min(1, n), n // 3, n}):
        for pat in (ITEM_HEADING, FIRST_ITEM):
            assert _spans(cs.finditer_lines(pat, text, fold, "item", start, n)) == \
                _spans(pat.finditer(text, start, n)), (pat.pattern, start)
        # (both keep only names that may wrap onto a second line: business_address._names_wrap)
        assert _spans(_addresses_of_each(text, start, n)) == _spans(
            m for m in ADDRESS_OF_EACH.finditer(text, start, n) if _names_wrap(m["names"])), start
        for cue in ("item", "pa", "(", "aa", "the"):
            want = [i for i in range(start, n) if fold.startswith(cue, i) and i + len(cue) <= n]
            assert cs.find_all(fold, cue, start, n) == want, cue


@given(st.lists(st.sampled_from(PIECES), max_size=25))
@settings(max_examples=400, deadline=None)
def test_cue_searches_agree_on_generated_text(pieces):
    _assert_cue_searches_agree("".join(pieces))


def test_cue_searches_agree_on_corpus():
    check_text_13_filings(_assert_cue_searches_agree)


def test_find_all_finds_overlapping_repeats():
    assert cs.find_all("aaaa", "aa", 0, 4) == [0, 1, 2]
    assert cs.find_all("xpapa", "pa", 1, 5) == [1, 3]
    assert cs.find_all("xpapa", "pa", 1, 4) == [1]  # a find must end by ``end``


def test_search_lines_tries_only_line_starts_with_a_cue():
    pat = re.compile(r"^[ \t]*EXHIBIT\s+[A-Z]\b", re.M | re.I)
    t = "Exhibits\nSee Exhibit A\n  exhibit b\n"
    m = cs.search_lines(pat, t, cs.fold_case(t), ("exhibit",), 0)
    assert m.span() == pat.search(t).span() == (23, 34)
    assert cs.search_lines(pat, t, cs.fold_case(t), ("exhibit",), 24) is None


def test_fold_text_is_the_fold_of_the_text_asked_for():
    a, b = "ITEM 4", "".join(["SEC ", "Use"])
    assert cs.fold_text(a) == "item 4" and cs.fold_text(b) == "sec use"
    assert cs.fold_text(a) == "item 4"  # kept for the last text only, never mixed up
