r"""Searching long texts fast from literal cues, with exactly the matches of ``re``.

A case-insensitive pattern, or one that opens with ``^`` under ``re.M``, an optional group or a
class of letters, gets no help from the regex engine's literal scan: a search tries it at every
position of the text, and 13D/13G filings are long. Each such pattern here is tried only where
it can start, found from a literal *cue* that every match holds: with ``str.find`` in a
lower-cased copy of the text (:func:`fold_case`). The readers that use these helpers say, for
each pattern, why every match starts at a position tried; their tests compare the results with
the plain search on real filings and generated text.

>>> import re
>>> t = "Item 3.\n\n  Item 4. Ownership"
>>> pat = re.compile(r"^[\s#*>]*Item\s*(?P<num>\d)", re.M | re.I)
>>> [m.span() for m in finditer_lines(pat, t, fold_case(t), "item", 0, len(t))]
[(0, 6), (8, 17)]
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator, Optional

from graphkit.parsers.text_memo import per_text

#: Characters that ``re.IGNORECASE`` matches to an ASCII letter but ``str.lower`` does not turn
#: into that letter ("İ" would even become two characters).
_FOLD_ODD = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))


def fold_case(text: str) -> str:
    """``text`` lower-cased character for character (offsets kept), for finding literal cues.

    Every character that a case-insensitive pattern matches to an ASCII letter becomes that
    letter, so a cue found in the folded text is found wherever the pattern can match.

    >>> fold_case("SEC Use Only: ſole İtem")
    'sec use only: sole item'
    """
    if not text.isascii():
        for odd, letter in _FOLD_ODD:
            if odd in text:
                text = text.replace(odd, letter)
    return text.lower()


@per_text
def fold_text(text: str) -> str:
    """:func:`fold_case` of a filing's whole text, shared by its readers.

    The cover pages, the items, the signatures and Item 2 each look for cues in the whole text
    of one filing: its fold is computed once per parse
    (:func:`~graphkit.parsers.text_memo.per_text`).

    >>> t = "Item 4"
    >>> fold_text(t) is fold_text(t)
    True
    """
    return fold_case(text)


def find_all(text: str, cue: str, start: int, end: int) -> list[int]:
    """Every position of ``cue`` in ``text[start:end]``, overlapping ones included, ascending.

    >>> find_all("a pa pa", "pa", 0, 7), find_all("aaa", "aa", 0, 3)
    ([2, 5], [0, 1])
    """
    out = []
    i = text.find(cue, start, end)
    while i != -1:
        out.append(i)
        i = text.find(cue, i + 1, end)
    return out


def space_back(text: str, i: int, start: int) -> int:
    """Where the run of whitespace (``\\s``) ending at ``i`` starts, not going below ``start``.

    >>> space_back("a  b", 3, 0), space_back("a  b", 3, 2)
    (1, 2)
    """
    while i > start and text[i - 1].isspace():
        i -= 1
    return i


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int], pos: int,
                endpos: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``, trying only ``starts`` (ascending).

    ``starts`` must hold every position where ``pattern`` can match (it may hold more), and
    ``pattern`` must never match the empty string.

    >>> pat = re.compile(r"Type\\s+of", re.I)
    >>> [m.span() for m in finditer_at(pat, "Type of / TYPE OF", [0, 5, 10], 0, 17)]
    [(0, 7), (10, 17)]
    """
    for i in starts:
        if i < pos:
            continue
        m = pattern.match(text, i, endpos)
        if m:
            yield m
            pos = m.end()


def search_at(pattern: re.Pattern[str], text: str, starts: Iterable[int], pos: int,
              endpos: int) -> Optional[re.Match[str]]:
    """``pattern.search(text, pos, endpos)``, trying only ``starts`` (as :func:`finditer_at`)."""
    return next(finditer_at(pattern, text, starts, pos, endpos), None)


#: What may stand before a heading on its lines: white space (``\s``, which also ends lines)
#: and markdown marks, as in the ``^[\s#*>]*`` that opens heading patterns.
_LEAD = frozenset("#*>")


def finditer_lines(pattern: re.Pattern[str], text: str, fold: str, cue: str, start: int,
                   end: int) -> Iterator[re.Match[str]]:
    r"""``pattern.finditer(text, start, end)`` for a pattern opening with ``^[\s#*>]*``
    (``re.M``) and then ``cue`` (any case; ``fold`` is :func:`fold_case` of ``text``).

    A match reaching a find of ``cue`` starts at a line start in the run of white space and
    marks before it: the greedy lead takes the run whole, so from every line start in it the
    pattern goes on at the same cue, and a search meets the first one (not before where it
    resumes) first. So that one is tried for each find, in order; a find with words before it
    on its line has none and cannot match.

    >>> t = "x\n\n  # Item 4\nsee Item 5\nItem 6"
    >>> pat = re.compile(r"^[\s#*>]*Item\s*(?P<num>\d)", re.M | re.I)
    >>> [m.span() for m in finditer_lines(pat, t, fold_case(t), "item", 0, len(t))]
    [(2, 13), (25, 31)]
    """
    pos = start
    for c in find_all(fold, cue, start, end):
        if c < pos:
            continue  # inside the match before
        p = c
        while p > pos and (text[p - 1].isspace() or text[p - 1] in _LEAD):
            p -= 1
        if not (p == 0 or text[p - 1] == "\n"):  # the first line start after p, if any
            nl = text.find("\n", p, c)
            if nl == -1:
                continue
            p = nl + 1
        m = pattern.match(text, p, end)
        if m:
            yield m
            pos = m.end()


def search_lines(pattern: re.Pattern[str], text: str, fold: str, cues: tuple[str, ...],
                  start: int) -> Optional[re.Match[str]]:
    """``pattern.search(text, start)`` for a pattern that matches only at a line start
    (``^`` under ``re.M``) and only on a line holding one of ``cues`` in ``fold``
    (:func:`fold_case` of ``text``), such as ``^[ \\t]*EXHIBIT``, whose lead never crosses a
    line break: only the starts of such lines are tried, in order. (A search tries every
    position of the text, and most filings are long.)

    >>> t = "Exhibits\\nSee Exhibit A\\nEXHIBIT A\\n"
    >>> search_lines(re.compile(r"^[ \\t]*EXHIBIT\\s+[A-Z]\\b", re.M | re.I), t, fold_case(t),
    ...              ("exhibit",), 0).start()
    23
    """
    pos = start
    while True:
        hits = [i for i in (fold.find(cue, pos) for cue in cues) if i != -1]
        if not hits:
            return None
        c = min(hits)
        line = text.rfind("\n", 0, c) + 1
        if line >= start:
            m = pattern.match(text, line)
            if m:
                return m
        nxt = text.find("\n", c)  # the other cues of this line: its start is tried already
        if nxt == -1:
            return None
        pos = nxt + 1
