"""Sentences of filing prose, and the sentences where a cue falls.

:mod:`graphkit.parsers.prose` reads relationships sentence by sentence, but a filing is mostly
tables, headings and boilerplate. So the whole text is scanned once for the cue words of the
patterns (:mod:`graphkit.parsers.prose_patterns`), and only the sentences holding one are
squeezed onto one line and searched. The split and the squeezed sentences are kept while the
text is read: one parse splits the same text for relationships, defined terms, groups and
disclaimers. They are kept by the identity of the text, never its value, so a parse of the
same filing again starts afresh.

Examples
--------
>>> t = "Acme GP, LLC is the general partner of Acme Fund. The fund invests. Jane Q. Roe owns it."
>>> [t[s:e] for s, e in sentences_with(("partner",), re.compile("partner"), t, 0, len(t),
...                                    ignore_case=False)]
['Acme GP, LLC is the general partner of Acme Fund']
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right

from graphkit.parsers.prose_list_lines import list_line_breaks
from graphkit.parsers.prose_patterns import LAYOUT_SPACE_RUN, SENTENCE_END
from graphkit.parsers.prose_sentence_patterns import (
    AS_WELL_AS, AS_WELL_AS_SUBJECT, LINE_END_HYPHEN, OUTLINE_MARKER)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text[start:end]``.

    >>> t = "ACM serves as GP of ACF. The members of ACM are A B."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['ACM serves as GP of ACF', 'The members of ACM are A B.']
    """
    end = len(text) if end is None else end
    return list(_split(text, start, end).spans)


class _Split:
    """The sentences of one stretch of a text: their spans, the ends of the spans (sorted, for
    :func:`bisect.bisect_right`) and the stretch lower-cased (``None`` until asked for, ``False``
    when lower-casing does not do: see :func:`_lower`)."""

    __slots__ = ("spans", "ends", "lower")

    def __init__(self, spans: tuple[tuple[int, int], ...]) -> None:
        self.spans = spans
        self.ends = [e for _, e in spans]
        self.lower: str | bool | None = None


class _TextCache:
    """What one parse reads more than once of one text: its splits and squeezed sentences."""

    __slots__ = ("text", "splits", "flats", "cued")

    def __init__(self, text: str) -> None:
        self.text = text
        self.splits: dict[tuple[int, int], _Split] = {}
        self.flats: dict[tuple[int, int], str] = {}
        self.cued: dict[tuple[int, int, int], list[tuple[int, int]]] = {}


#: Texts whose splits and squeezed sentences are kept: an XML filing's prose blocks are each
#: read for terms, then all for groups, then each for relationships, so this holds every block
#: of one. Texts are told apart by identity, not value: the cache shares work between the
#: readers of one parse, and a parse of the same file again (a new text) starts afresh.
_TEXTS_KEPT = 64
_TEXTS: dict[int, _TextCache] = {}


#: Guards :data:`_TEXTS` for callers parsing in threads (finding, evicting and adding a text
#: are one step; a thread could otherwise evict the entry another is reading)
_TEXTS_LOCK = threading.Lock()


def _text_cache(text: str) -> _TextCache:
    with _TEXTS_LOCK:
        cache = _TEXTS.get(id(text))
        if cache is None or cache.text is not text:
            if len(_TEXTS) >= _TEXTS_KEPT:
                del _TEXTS[next(iter(_TEXTS))]  # the oldest
            cache = _TEXTS[id(text)] = _TextCache(text)  # holds the text: its id stays its own
        return cache


def _split(text: str, start: int, end: int) -> _Split:
    splits = _text_cache(text).splits
    split = splits.get((start, end))
    if split is None:
        split = splits[(start, end)] = _Split(_sentence_spans(text, start, end))
    return split


def _lower(split: _Split, text: str, start: int, end: int) -> str | None:
    """``text[start:end]`` lower-cased, kept with its split; None when lower-casing would not
    find what ignoring case finds (a character changes length or folds to an ASCII letter)."""
    if split.lower is None:
        part = text[start:end]
        low = part.lower()
        folds = len(low) != len(part) or any(c in part for c in _FOLDS_TO_ASCII)
        split.lower = False if folds else low
    return None if split.lower is False else split.lower


def _sentence_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans of the sentences of ``text[start:end]``, each after its outline letter ("C."
    of "C.   Mr. Roe is ...": :data:`OUTLINE_MARKER`). Each line of a list of names, one a line,
    is a sentence of its own (:func:`~graphkit.parsers.prose_list_lines.list_line_breaks`).

    >>> t = ("Item 2.\\n\\n  C.   Mr. Roe is the President of Acme Corp.\\n\\n"
    ...      "  J. Gary Roe is a director.")
    >>> [t[s:e] for s, e in _sentence_spans(t, 0, len(t))][1:]
    ['Mr. Roe is the President of Acme Corp.', '  J. Gary Roe is a director.']
    """
    spans = []
    pos = start
    marker = OUTLINE_MARKER.match
    ends = [(m.start(1) if m.lastindex else m.start(), m.end())  # group "legal": "Inc." keeps its stop
            for m in SENTENCE_END.finditer(text, start, end)]
    if lines := list_line_breaks(text, start, end):  # a list of names, one a line
        ends = sorted(ends + lines)
    for stop, resume in ends:
        if stop < pos:  # the same end found twice ("L.P." / "Acme GP LLC is" on the next line)
            pos = max(pos, resume)
            continue
        if pos < stop and not _blank(text, pos, stop):
            if (lead := marker(text, pos, stop)) is not None:
                pos = lead.end()
            spans.append((pos, stop))
        pos = resume
    if pos < end and not _blank(text, pos, end):
        if (lead := marker(text, pos, end)) is not None:
            pos = lead.end()
        spans.append((pos, end))
    return tuple(spans)


def _blank(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (not empty) is all spaces; most sentences open with a
    letter, and need not be copied to be told apart."""
    return text[start].isspace() and text[start:end].isspace()


def sentences_at(positions: list[int], text: str, start: int, end: int
                 ) -> list[tuple[int, int]]:
    """The sentence spans of ``text[start:end]`` holding one of the sorted ``positions``.

    >>> t = "ACM is a member. See Item 4. ACF is a partner."
    >>> [t[s:e] for s, e in sentences_at([9, 38], t, 0, len(t))]
    ['ACM is a member', 'ACF is a partner.']
    """
    spans = _split(text, start, end).spans
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


def cued_sentences(cue: re.Pattern[str], text: str, start: int, end: int
                   ) -> list[tuple[int, int]]:
    """:func:`sentences_at` the matches of ``cue`` in ``text[start:end]``, kept for the parse:
    two readers of one stretch (its defined terms, then its groups) find them once. The list
    is shared: not to be changed.

    >>> t = 'Acme Fund ("AF") is a fund. It invests. Beta LP (the "Manager") manages it.'
    >>> [t[s:e] for s, e in cued_sentences(re.compile(r'\\('), t, 0, len(t))]
    ['Acme Fund ("AF") is a fund', 'Beta LP (the "Manager") manages it.']
    """
    cued = _text_cache(text).cued
    spans = cued.get((id(cue), start, end))
    if spans is None:
        spans = cued[(id(cue), start, end)] = sentences_at(cue_positions(cue, text, start, end),
                                                           text, start, end)
    return spans


def sentences_with(words: tuple[str, ...], pattern: re.Pattern[str], text: str, start: int,
                   end: int, ignore_case: bool) -> list[tuple[int, int]]:
    """The sentence spans of ``text[start:end]`` holding one of ``words``, in order: the same as
    :func:`sentences_at` of :func:`word_positions`, without listing every place of a word.

    Each word is found by plain string search, and once found in a sentence it is looked for
    again only after that sentence.

    >>> t = "ACM is a member. See Item 4. ACF is a partner and a member."
    >>> [t[s:e] for s, e in sentences_with(("member", "partner"), re.compile("member|partner"),
    ...                                    t, 0, len(t), ignore_case=False)]
    ['ACM is a member', 'ACF is a partner and a member.']
    """
    split = _split(text, start, end)
    spans, ends = split.spans, split.ends
    if not spans:
        return []
    if ignore_case:
        hay, offset = _lower(split, text, start, end), start
        if hay is None:  # a character that folds to an ASCII letter: the pattern finds words
            return sentences_at(cue_positions(pattern, text, start, end), text, start, end)
    else:
        hay, offset = text, 0
    n = len(spans)
    hit = [False] * n
    for w in words:
        pos = start
        while (i := hay.find(w, pos - offset, end - offset)) != -1:
            i += offset
            k = bisect_right(ends, i)  # the first sentence ending after the word's start
            if k == n:
                break
            s, e = spans[k]
            if s <= i:
                hit[k] = True
                pos = e
            else:
                pos = s  # between sentences: go on from the next one
    return [spans[k] for k in range(n) if hit[k]]


def cue_positions(cue: re.Pattern[str], text: str, start: int, end: int, anchor: str = "",
                  lead: int = 0) -> list[int]:
    """Where matches of ``cue`` start in ``text[start:end]``: one scan of the whole text.

    >>> cue_positions(re.compile(r"\\("), "Acme (AC) and Beta (BF)", 0, 23)
    [5, 19]

    Given an ``anchor``, a string every match holds ``lead`` characters after its start, the
    cue is tried only there, found by plain string search: a cue opening with a space (a
    class of characters) is otherwise tried at every space of the text. The positions are
    those of the scan, each match starting after the one before:

    >>> t = "Acme Fund, L.P. is referred to as AF; Roe LP is referred to  as RLP"
    >>> cue = re.compile(r"\\sreferred\\s+to\\s+as\\s")
    >>> cue_positions(cue, t, 0, len(t), "referred", 1) == cue_positions(cue, t, 0, len(t))
    True
    >>> cue_positions(cue, t, 0, len(t), "referred", 1)
    [18, 47]
    """
    if not anchor:
        return [m.start() for m in cue.finditer(text, start, end)]
    out: list[int] = []
    after = start  # where the match before ends: the next starts there or later
    at = text.find(anchor, start + lead, end)
    while at != -1:
        pos = at - lead
        if pos >= after and (m := cue.match(text, pos, end)) is not None:
            out.append(pos)
            after = m.end()
        at = text.find(anchor, at + 1, end)
    return out


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


def flat_sentence(text: str, start: int, end: int) -> str:
    """``text[start:end]`` squeezed onto one line (:func:`one_line`), kept for the parse: the
    terms, groups and relationships of one text read many of the same sentences. Names joined
    by "as well as" are read as joined by "and" (:data:`AS_WELL_AS`).

    >>> flat_sentence("Acme GP is the\\n   general partner. Next", 0, 34)
    'Acme GP is the general partner.'
    >>> flat_sentence("Jane Roe is President of Acme Inc. as well as AM and AO", 0, 55)
    'Jane Roe is President of Acme Inc. and AM and AO'
    """
    flats = _text_cache(text).flats
    flat = flats.get((start, end))
    if flat is None:
        flat = one_line(text[start:end])
        if "as well as" in flat:
            flat = AS_WELL_AS_SUBJECT.sub(r"\g<subject> and ", AS_WELL_AS.sub(" and ", flat))
        flats[(start, end)] = flat
    return flat


def one_line(text: str) -> str:
    """Squeeze layout whitespace (line breaks, tabs) so patterns see one line.

    >>> one_line("Acme  GP is the\\n   general\\tpartner ")
    'Acme GP is the general partner '
    >>> one_line("First Inter-\\n   state Bank")
    'First Inter-state Bank'
    """
    if "\n" not in text and "\t" not in text and "\r" not in text and "  " not in text:
        return text  # every run is a lone space, left alone: nothing to squeeze
    if "-" in text:
        text = LINE_END_HYPHEN.sub("-", text)
    return LAYOUT_SPACE_RUN.sub(" ", text)
