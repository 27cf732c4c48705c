"""Sentences of filing prose, and the sentences where a cue falls.

:mod:`graphkit.parsers.prose` reads relationships sentence by sentence, but a filing is mostly
tables, headings and boilerplate. So the whole text is scanned once for the cue words of the
patterns (:mod:`graphkit.parsers.prose_patterns`), and only the sentences holding one are
squeezed onto one line and searched. The sentence split is cached: one parse splits the same
text for relationships, defined terms, groups and disclaimers.

Examples
--------
>>> t = "Acme GP, LLC is the general partner of Acme Fund. The fund invests. Jane Q. Roe owns it."
>>> cues = word_positions(("partner",), re.compile("partner"), t, 0, len(t), ignore_case=False)
>>> [t[s:e] for s, e in sentences_at(cues, t, 0, len(t))]
['Acme GP, LLC is the general partner of Acme Fund']
"""

from __future__ import annotations

import functools
import re

from graphkit.parsers.prose_patterns import LAYOUT_SPACE, SENTENCE_END


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text[start:end]``.

    >>> t = "ACM serves as GP of ACF. The members of ACM are A B."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['ACM serves as GP of ACF', 'The members of ACM are A B.']
    """
    end = len(text) if end is None else end
    return list(_sentence_spans(text, start, end))


#: Texts whose sentence split is kept: an XML filing's prose blocks are each read for terms,
#: then all for groups, then each for relationships, so the cache holds every block of one.
_SPLIT_CACHE_SIZE = 64


@functools.lru_cache(maxsize=_SPLIT_CACHE_SIZE)
def _sentence_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    # cached: one parse splits the same text for relationships, terms, groups and disclaimers
    spans = []
    pos = start
    for m in SENTENCE_END.finditer(text, start, end):
        stop = m.start("legal") if m.start("legal") >= 0 else m.start()  # "Inc." keeps its stop
        if text[pos:stop].strip():
            spans.append((pos, stop))
        pos = m.end()
    if text[pos:end].strip():
        spans.append((pos, end))
    return tuple(spans)


def sentences_at(positions: list[int], text: str, start: int, end: int
              ) -> list[tuple[int, int]]:
    """The sentence spans of ``text[start:end]`` holding one of the sorted ``positions``.

    >>> t = "ACM is a member. See Item 4. ACF is a partner."
    >>> [t[s:e] for s, e in sentences_at([9, 38], t, 0, len(t))]
    ['ACM is a member', 'ACF is a partner.']
    """
    spans = _sentence_spans(text, start, end)
    out: list[tuple[int, int]] = []
    i, n = 0, len(spans)
    for pos in positions:
        while i < n and spans[i][1] <= pos:
            i += 1
        if i == n:
            break
        if spans[i][0] <= pos and (not out or out[-1] is not spans[i]):
            out.append(spans[i])
    return out


def cue_positions(cue: re.Pattern[str], text: str, start: int, end: int) -> list[int]:
    """Where matches of ``cue`` start in ``text[start:end]``: one scan of the whole text.

    >>> cue_positions(re.compile(r"\\("), "Acme (AC) and Beta (BF)", 0, 23)
    [5, 19]
    """
    return [m.start() for m in cue.finditer(text, start, end)]


#: Characters that ignore-case matching takes for an ASCII letter ("ſ" for "s", the Kelvin
#: sign for "k", dotted and dotless i): where one occurs, words are found by the pattern.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def word_positions(words: tuple[str, ...], pattern: re.Pattern[str], text: str, start: int,
                    end: int, ignore_case: bool) -> list[int]:
    """Where ``words`` occur in ``text[start:end]``, sorted, found by plain string search: every
    place where ``pattern`` (their alternation) finds a match is among them.

    >>> word_positions(("partner", "member"), re.compile("(?i:partner|member)"),
    ...                "Acme GP, the General Partner and a member", 0, 41, ignore_case=True)
    [21, 35]
    """
    part = text[start:end]
    if ignore_case:
        low = part.lower()
        if len(low) != len(part) or any(c in part for c in _FOLDS_TO_ASCII):
            return cue_positions(pattern, text, start, end)
        part = low
    out: list[int] = []
    for w in words:
        i = part.find(w)
        while i != -1:
            out.append(i + start)
            i = part.find(w, i + 1)
    out.sort()
    return out


#: Sentences kept squeezed: terms, groups and relationships read many of the same sentences.
_FLAT_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=_FLAT_CACHE_SIZE)
def flat_sentence(text: str, start: int, end: int) -> str:
    """``text[start:end]`` squeezed onto one line (:func:`one_line`), cached: the terms, groups
    and relationships of one text read many of the same sentences.

    >>> flat_sentence("Acme GP is the\\n   general partner. Next", 0, 34)
    'Acme GP is the general partner.'
    """
    return one_line(text[start:end])


def one_line(text: str) -> str:
    """Squeeze layout whitespace (line breaks, tabs) so patterns see one line."""
    return LAYOUT_SPACE.sub(" ", text)
