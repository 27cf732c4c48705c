"""Whitespace-tolerant searches for words known only while a filing is read.

A pattern built for each defined term, signer or listed name ("``["“]Acme\\s+Fund``") costs a
regular-expression compile for every filing: over millions of different filings the ``re``
module's cache never holds them. These functions find the same text with string searches,
giving exactly what the pattern they replace finds (each says which; the tests compare them on
the corpus and on generated text).

Examples
--------
>>> text = 'Acme Fund, L.P. (the "Acme\\n  Fund") owns'
>>> find_quoted_words(text, ["Acme", "Fund"], 0, len(text))
21
>>> skip_spaces("a  b", 1)
3
"""

from __future__ import annotations

import re

from graphkit import regex_cache

#: The quote marks that open a defined term: '"AF"', '“AF”', "'AF'".
QUOTE_MARKS = "\"“”'"

#: The end of a list before its last name: "Jane Roe and ", "Acme Fund & " (at the end of the
#: text searched).
LIST_JOIN_END = regex_cache.compile(r"""\s(?:and|&)\s+\Z""", re.VERBOSE)


def skip_spaces(text: str, i: int, end: int | None = None) -> int:
    """The first position at or after ``i`` (before ``end``) that is not whitespace (``\\s``:
    ``str.isspace`` is the same test, character by character).

    >>> skip_spaces(" \\t\\nx", 0), skip_spaces("ab", 2)
    (3, 2)
    """
    end = len(text) if end is None else end
    while i < end and text[i].isspace():
        i += 1
    return i


def words_follow(text: str, i: int, words: list[str], end: int) -> int:
    """Where the ``words`` read in ``text[i:end]``, each after at least one whitespace character,
    end; -1 when they do not (``re.match(r"\\s+w1\\s+w2")``: the whitespace run before a word is
    all taken, since a word never begins with whitespace).

    >>> words_follow("Acme  Fund\\nII x", 4, ["Fund", "II"], 15), words_follow("AcmeFund", 4, ["Fund"], 8)
    (13, -1)
    """
    for w in words:
        k = skip_spaces(text, i, end)
        if k == i or not text.startswith(w, k, end):
            return -1
        i = k + len(w)
    return i


def find_quoted_words(text: str, words: list[str], start: int, end: int) -> int:
    """Where in ``text[start:end]`` the first quote mark (:data:`QUOTE_MARKS`) directly followed
    by ``words`` (separated by whitespace) stands; -1 when there is none.

    The same as ``re.search('["“”\\']' + r"\\s+".join(map(re.escape, words)), text[start:end])``
    (offset by ``start``) for words without whitespace.

    >>> find_quoted_words('Acme Fund ("AF") and "AF"', ["AF"], 0, 25)
    11
    >>> find_quoted_words('the "Acme Fund"', ["Acme", "Fund"], 0, 10)
    -1
    """
    if not words:
        found = [p for p in (text.find(q, start, end) for q in QUOTE_MARKS) if p >= 0]
        return min(found, default=-1)
    first, rest = words[0], words[1:]
    i = text.find(first, start + 1, end)
    while i >= 0:
        if text[i - 1] in QUOTE_MARKS and (not rest or
                                          words_follow(text, i + len(first), rest, end) >= 0):
            return i - 1
        i = text.find(first, i + 1, end)
    return -1


def ends_with_listed(text: str, name: str) -> bool:
    """True when ``name`` ends ``text`` as the last of a list ("... and NAME", "... & NAME"),
    with only non-word characters after it.

    The same as ``re.search(r"\\s(?:and|&)\\s+" + re.escape(name) + r"\\W*$", text)``.

    >>> ends_with_listed("Acme Pension and Profit Sharing Trusts.", "Profit Sharing Trusts")
    True
    >>> ends_with_listed("Acme Pension, Profit Sharing Trusts", "Profit Sharing Trusts")
    False
    """
    i = text.find(name)
    while i >= 0:
        if _non_word_tail(text, i + len(name)) and LIST_JOIN_END.search(text, 0, i):
            return True
        i = text.find(name, i + 1)
    return False


def _non_word_tail(text: str, i: int) -> bool:
    """True when ``text[i:]`` holds no word character (``\\W*$``: ``\\w`` is ``str.isalnum`` or
    "_")."""
    return not any(c.isalnum() or c == "_" for c in text[i:])
