"""Helpers of :mod:`graphkit.parsers.xmldoc`: the named patterns and line positions."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.parsers.xmldoc import NAME_WORD, line_starts, same_person_name


def test_name_word():
    assert NAME_WORD.findall("mary o'neil-smith, jr.") == ["mary", "o'neil", "smith", "jr"]
    assert same_person_name("Mary O'Neil", "O'NEIL MARY")


@given(st.text(alphabet="ab\n\r ", max_size=30))
@settings(max_examples=200, deadline=None)
def test_line_starts_agree_with_a_pattern(text):
    assert line_starts(text) == [0] + [m.end() for m in re.finditer("\n", text)]
