"""Finding cover-page labels and layout debris fast, with exactly the matches of ``finditer``.

Most patterns of :mod:`graphkit.parsers.schedule13_cover_patterns` are case-insensitive or open
with a lookbehind, ``\\b`` or an optional group, and then the regex engine tries them at every
position of a cover page. Here each is tried only where it can start: at a literal cue found with
``str.find`` in a lower-cased copy of the text (:func:`fold_case`), or found by a cue pattern that
opens with a literal. Every match of a pattern starts at one of its cue positions, so
:func:`_finditer_at` gives exactly what ``finditer`` gives; the tests compare both on real and
generated cover pages.

>>> clean_cover_text("5. Sole Voting Power 1,000(1)").split()
['Sole', 'Voting', 'Power', '1,000']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from typing import Iterable, Iterator, Optional

from graphkit import regex_cache
from graphkit.parsers.cue_search import (  # noqa: F401  (fold_case re-exported)
    find_all as _find_all, finditer_at as _finditer_at, fold_case, space_back as _space_back)
from graphkit.parsers.schedule13_cover_patterns import (
    BROKEN_ROW_CELL_NUMBER, CUSIP_REF, FOOTNOTE_CUES, FOOTNOTE_MARK, NON_SPACE_RUN,
    ORGANIZATION_END, PAGE_REF, PAGE_REF_CUE, QUANTITY_FIELDS, ROW_CITIZENSHIP, ROW_LABELS,
    LABEL_ROW_NUMBER, OPENING_ROW_NUMBER, ROW_NUMBER, ROW_NUMBER_ENDS, ROW_REF,
    TRAILING_ROW_NUMBER)


def _irs_starts(text: str, fold: str, start: int, end: int) -> list[int]:
    """Where a :data:`ROW_IRS` match may start: found back from its "identification" or
    "entities" (the match opens with "S.S. or", "I.R.S." or "(").

    >>> t = "S.S. OR I.R.S. IDENTIFICATION NO."
    >>> 0 in _irs_starts(t, fold_case(t), 0, len(t)), 8 in _irs_starts(t, fold_case(t), 0, len(t))
    (True, True)
    """
    out: set[int] = set()
    for c in _find_all(fold, "identification", start, end):
        q = _space_back(text, c, start)
        if q == c:
            continue
        for p in range(max(q - 8, start), q - 2):  # "I.R.S." in 3 to 8 characters
            if fold[p] != "i":
                continue
            out.add(p)
            r = _space_back(text, p, start)
            if r < p and fold.startswith("or", r - 2) and r - 2 >= start:
                r2 = _space_back(text, r - 2, start)
                if r2 < r - 2:
                    out.update(range(max(r2 - 5, start), r2 - 1))  # "S.S." in 2 to 5 characters
    for c in _find_all(fold, "entities", start, end):
        p = _space_back(text, c, start) - 1
        if p >= start and text[p] == "(":
            out.add(p)
    return sorted(out)


def _aggregate_starts(text: str, fold: str, start: int, end: int) -> list[int]:
    """Where a :data:`ROW_AGGREGATE` match may start: found back from its "ount" (the match
    opens at "Aggregate" or anywhere in the word holding "m?ount"), and the start of each line
    holding an "Aggregate" (the label cut short to "(9) Aggregate" opens its line).

    >>> t = "9. Aggregate Amount Beneficially Owned"
    >>> _aggregate_starts(t, fold_case(t), 0, len(t))
    [0, 3, 13, 14]
    """
    out: set[int] = set()
    for c in _find_all(fold, "aggregate", start, end):
        out.add(max(text.rfind("\n", start, c) + 1, start))
    for c in _find_all(fold, "ount", start, end):
        for m in (c - 1, c - 2):
            if m < start or fold[m] != "m":
                continue
            w = m
            while w > start and (text[w - 1].isalnum() or text[w - 1] == "_"):  # \w
                w -= 1
            out.update(range(w, m + 1))
            q = _space_back(text, w, start)
            if q < w and q - 9 >= start and fold.startswith("aggregate", q - 9):
                out.add(q - 9)
    return sorted(out)


#: What every match of a row label opens with, in the text lower-cased (:func:`fold_case`),
#: for the labels that open with a literal; the others are found by :func:`_irs_starts`,
#: :func:`_aggregate_starts` and :func:`_citizenship_rows`. Each is the label's first word and
#: the words after it as the label spells them, spaced by ``\s+`` as it spaces them: searched
#: for with that literal first (a search skips ahead to it fast), they give where the label may
#: start without the first word's other uses in the page ("securities", "type" alone), each of
#: which was tried and failed before. Their matches never overlap (none holds its first letter
#: again where the first word could start), so ``finditer`` finds each.
LABEL_OPENINGS: dict[str, re.Pattern[str]] = {
    "name": regex_cache.compile(r"""name s? \s+ of \s""", re.VERBOSE),
    "group": regex_cache.compile(r"""appropriate \s+ box""", re.VERBOSE),
    "sec_use": regex_cache.compile(r"""sec \s+ u""", re.VERBOSE),
    "source": regex_cache.compile(r"""source \s+ of \s""", re.VERBOSE),
    "legal": regex_cache.compile(r"""disclosure \s+ of \s+ legal""", re.VERBOSE),
    "sole_voting": regex_cache.compile(r"""sole \s+ voting""", re.VERBOSE),
    "shared_voting": regex_cache.compile(r"""shared \s+ vo""", re.VERBOSE),
    "sole_dispositive": regex_cache.compile(r"""sole \s+ dispo""", re.VERBOSE),
    "shared_dispositive": regex_cache.compile(r"""shared \s+ dispo""", re.VERBOSE),
    "excludes": regex_cache.compile(r"""excludes \s+ certain""", re.VERBOSE),
    "percent": regex_cache.compile(r"""percent \s+ of \s""", re.VERBOSE),
    "type": regex_cache.compile(r"""type \s+ of \s+ reporting""", re.VERBOSE),
}

_LABEL_PATTERNS = dict(ROW_LABELS)


class _LabelFinder:
    """The row labels of one text, found from literal cues in its folded copy.

    :meth:`finditer` gives what ``pattern.finditer(text, start, end)`` gives, from where each
    label may start in ``text[start:end]`` (:meth:`starts`, worked out once per label);
    :meth:`search` gives what ``pattern.search`` gives, looking for cues only in the part
    searched. ``fold`` is ``fold_case(text)`` when the caller has it.
    """

    def __init__(self, text: str, start: int = 0, end: int | None = None,
                 fold: str | None = None) -> None:
        self.text = text
        self.fold = fold_case(text) if fold is None else fold
        self.start, self.end = start, len(text) if end is None else end
        self._starts: dict[str, list[int]] = {}

    def _find_starts(self, fld: str, start: int, end: int) -> list[int]:
        if fld == "irs":
            return _irs_starts(self.text, self.fold, start, end)
        if fld == "aggregate":
            return _aggregate_starts(self.text, self.fold, start, end)
        return [m.start() for m in LABEL_OPENINGS[fld].finditer(self.fold, start, end)]

    def starts(self, fld: str) -> list[int]:
        """Every position where the label of ``fld`` may start, ascending."""
        if fld not in self._starts:
            self._starts[fld] = self._find_starts(fld, self.start, self.end)
        return self._starts[fld]

    def finditer(self, fld: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """The matches of the label of ``fld`` in ``text[start:end]``, as ``finditer`` gives."""
        if fld == "citizenship":
            return _citizenship_rows(self.text, start, end, self.fold)
        starts = self.starts(fld)
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        return _finditer_at(_LABEL_PATTERNS[fld], self.text, starts[lo:hi], start, end)

    def search(self, fld: str, start: int, end: int) -> Optional[re.Match[str]]:
        """The first match of the label of ``fld`` in ``text[start:end]``, as ``search`` gives."""
        if fld == "citizenship":
            return next(_citizenship_rows(self.text, start, end, self.fold), None)
        return next(_finditer_at(_LABEL_PATTERNS[fld], self.text,
                                 self._find_starts(fld, start, end), start, end), None)


#: The rows whose cells are read (the others only end the region before them).
_READ_FIELDS = frozenset(("name", "irs", "citizenship", "percent", "type") + QUANTITY_FIELDS)


def _blank_trailing_row_number(region: str) -> str:
    """Blank the :data:`TRAILING_ROW_NUMBER` of ``region``, if any.

    It ends the region but for ``[ \\t|]``, so its digits end where those begin and only the
    two positions before are tried (instead of every position of the region).

    >>> _blank_trailing_row_number("  5,000\\n 6 | ")
    '  5,000\\n     '
    """
    t = len(region.rstrip(" \t|"))
    if t == 0 or not region[t - 1].isdecimal():
        return region  # no digit (``\d``: a decimal digit) right before those: no match
    m = TRAILING_ROW_NUMBER.search(region, max(t - 2, 0))
    if m is None:
        return region
    return region[:m.start()] + " " * (m.end() - m.start())


def blank_label_row_numbers(region: str, near: Optional[frozenset[int]]) -> str:
    """Blank each :data:`LABEL_ROW_NUMBER` of ``region`` that is one of the ``near`` row
    numbers (a field's and its neighbours'): a row's own number before its label, never a
    cell of the row above (review s32, OCR H2: "2,914,2O0" unread, then "10" taken).

    >>> blank_label_row_numbers("  2,914,2#0\\n    10      CERTAIN SHARES", {8, 9, 10}).split()
    ['2,914,2#0', 'CERTAIN', 'SHARES']
    >>> blank_label_row_numbers("\\n    10      Shares", {8, 9, 10}).split()
    ['10', 'Shares']
    """
    if not near or "  " not in region:
        return region
    spans = [m.span("num") for m in LABEL_ROW_NUMBER.finditer(region) if int(m["num"]) in near]
    return _blank_spans(region, spans)


def blank_opening_row_number(region: str, rows: Iterable[int]) -> str:
    """Blank the :data:`OPENING_ROW_NUMBER` of ``region`` (the cell after a label) when it is
    one of ``rows``, the field's own row numbers: printed after its label, before the value.

    >>> blank_opening_row_number(" 5 NUMBER OF 800", (5, 7)).split()
    ['NUMBER', 'OF', '800']
    >>> blank_opening_row_number(" 9 6,941,000", (9, 11)).split()
    ['6,941,000']
    >>> blank_opening_row_number(" 5 NUMBER OF 800", (6, 8)).split()  # a count, not its row
    ['5', 'NUMBER', 'OF', '800']
    >>> blank_opening_row_number(" 5 (see Item 4)", (5, 7)).split()[0]
    '5'
    """
    m = OPENING_ROW_NUMBER.match(region)
    if m is None or int(m["num"]) not in rows:
        return region
    return _blank_spans(region, [m.span("num")])


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` (ascending, apart) blanked with spaces."""
    if not spans:
        return text
    parts, last = [], 0
    for s, e in spans:
        parts += [text[last:s], " " * (e - s)]
        last = e
    parts.append(text[last:])
    return "".join(parts)


def _blank_at(text: str, pattern: re.Pattern[str], starts: Iterable[int]) -> str:
    """``text`` with every match of ``pattern`` blanked with spaces (as ``pattern.sub`` would
    find them), trying ``pattern`` only at ``starts`` (:func:`_finditer_at`)."""
    return _blank_spans(text, [m.span() for m in _finditer_at(pattern, text, starts, 0, len(text))])


def _blank_broken(text: str, pattern: re.Pattern[str]) -> str:
    """Blank what ``pattern`` (a line-start pattern with the line break before it) finds in
    ``"\\n" + text``, but not that line break: as blanking its ``^`` twin would.

    >>> _blank_broken("12 | CHECK BOX\\n 7 | SOLE", BROKEN_ROW_CELL_NUMBER)
    '   | CHECK BOX\\n   | SOLE'
    """
    # a match of "\n" + text at (s, e) covers text[s:e - 1] after its line break
    return _blank_spans(text, [(m.start(), m.end() - 1) for m in pattern.finditer("\n" + text)])


def _row_number_starts(text: str) -> list[int]:
    """Where a :data:`ROW_NUMBER` may start: a few characters before each of its ends."""
    return sorted({m.start() - k for cue, back in ROW_NUMBER_ENDS for m in cue.finditer(text)
                   for k in back if m.start() >= k})


def _merged(*positions: Iterable[int]) -> list[int]:
    return sorted(set().union(*positions))


def clean_cover_text(text: str, fold: str | None = None) -> str:
    """Blank out layout debris (CUSIP/page references, row numbers), keeping every offset.

    Each kind of debris is blanked in turn, as ``pattern.sub`` would, but tried only where it
    can start (:func:`_finditer_at`). ``fold`` is ``fold_case(text)``, or the fold of a longer
    text that ``text`` begins (only cues within ``len(text)`` are read), when the caller has it.

    >>> clean_cover_text("9. Aggregate (see Row (9)) CUSIP No. 74758T 303 Page 2 of 13").split()
    ['Aggregate', '(see', ')']
    >>> clean_cover_text("POWER 81,061,550(1)\\n\\n12 | CHECK BOX").split()
    ['POWER', '81,061,550', '|', 'CHECK', 'BOX']
    """
    n = len(text)
    fold = fold_case(text) if fold is None else fold
    # CUSIP references blanked in the fold too: blanking one may join a "Page" before it to
    # the numbers after it ("Page CUSIP No. 74758T303 12 34 5 of 13")
    cusips = [m.span() for m in CUSIP_REF.finditer(text)]  # opens with the literal "CUS"
    text, fold = _blank_spans(text, cusips), _blank_spans(fold[:n], cusips)
    text = _blank_at(text, PAGE_REF, [m.start() for m in PAGE_REF_CUE.finditer(fold)])
    text = _blank_at(text, ROW_REF, _merged(_find_all(fold, "row", 0, n),
                                            _find_all(fold, "item", 0, n)))
    text = _blank_at(text, ROW_NUMBER, _row_number_starts(text))
    text = _blank_at(text, FOOTNOTE_MARK, _merged(*([m.start() for m in cue.finditer(text)]
                                                    for cue in FOOTNOTE_CUES)))
    return _blank_broken(text, BROKEN_ROW_CELL_NUMBER)  # every ROW_CELL_NUMBER blanked


def _organization_ends(text: str, fold: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of :data:`ORGANIZATION_END` in ``text[start:end]``, found from "organi"."""
    pos = start
    for c in _find_all(fold, "organi", start, end):
        p = c
        while p > start and text[p - 1] in " \t":
            p -= 1
        if p == c or p - 2 < pos:
            continue
        m = ORGANIZATION_END.match(text, p - 2, end)
        if m:
            yield m
            pos = m.end()


def _citizenship_rows(text: str, start: int, end: int, fold: str | None = None
                      ) -> Iterator[re.Match[str]]:
    """The matches of :data:`ROW_CITIZENSHIP` in ``text[start:end]``, as ``finditer`` gives them.

    A match ends with :data:`ORGANIZATION_END` and holds at most one line break (before its
    "of"), so it starts on the line of an "of Organization" or the line before. It opens with
    "Citizen", with "or", or anywhere in the word before the "of"; but where it could open
    inside that word it opens at the word's start too, so the first match of those lines
    starts at a word (or at the part of a word where the search resumes) or at a "citizen"
    or "or": only those positions are tried, in order, each with the whole pattern. ``fold``
    is ``fold_case(text)``, when the caller has it.

    >>> t = "x\\n4. Citizenship or Place\\n  of Organization  Delaware"
    >>> [m.group(0) for m in _citizenship_rows(t, 0, len(t))]
    ['Citizenship or Place\\n  of Organization']
    """
    pos = start
    fold = fold_case(text) if fold is None else fold
    for anchor in _organization_ends(text, fold, start, end):
        at = anchor.start()
        line = text.rfind("\n", start, at)  # -1 when none: then the region starts the line
        lo = max(pos, text.rfind("\n", start, line) + 1 if line != -1 else start)
        if lo > at:
            continue
        tries = {*(w.start() for w in NON_SPACE_RUN.finditer(text, lo, at + 1)),  # from lo on
                 *_find_all(fold, "citizen", lo, at + 7), *_find_all(fold, "or", lo, at + 2)}
        for i in sorted(tries):
            m = ROW_CITIZENSHIP.match(text, i, end)
            if m:
                yield m
                pos = m.end()
                break


def _labels(finder: _LabelFinder, pages: list[tuple[int, int]]
            ) -> list[list[tuple[int, int, str]]]:
    """The row labels of each page ``(start, end)`` of ``finder.text`` as ``(start, end, field)``,
    in order; a label overlapping one of an earlier row of :data:`ROW_LABELS` is dropped.

    Pages follow each other without gaps. Each label is searched in all pages in one go, as
    ``pattern.finditer(text, start, end)`` would search each page.
    """
    text = finder.text
    found: list[list[tuple[int, int, str]]] = [[] for _ in pages]  # disjoint, sorted by start

    def keep(k: int, m: re.Match[str], fld: str) -> None:
        s, e = m.span()
        page = found[k]
        i = bisect_left(page, (e,))  # the labels starting before e
        if not (i and page[i - 1][1] > s):
            insort(page, (s, e, fld))

    firsts = [s for s, _ in pages]
    for fld, pat in ROW_LABELS:
        if fld == "citizenship":
            for k, (s, e) in enumerate(pages):
                for m in _citizenship_rows(text, s, e, finder.fold):
                    keep(k, m, fld)
            continue
        k, pos, end = -1, 0, 0
        for i in finder.starts(fld):
            if i >= end:  # the first try in a page: finditer starts at the page's start
                k = bisect_right(firsts, i) - 1
                if k < 0:
                    continue
                pos, end = pages[k]
                if i >= end:
                    break  # past the last page
            if i < pos:
                continue
            hit = pat.match(text, i, end)
            if hit:
                keep(k, hit, fld)
                pos = hit.end()
    return found
