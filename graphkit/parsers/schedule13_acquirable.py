"""Share counts a filing says a holder may acquire, and the larger base of a percent they make.

Rule 13d-3(d)(1) counts the shares a person may acquire within sixty days (on conversion of
notes or preferred stock, on exercise of warrants or options) as outstanding when that
person's percent of class is computed. Such a percent is below shares / outstanding: a
"34.6%" of 26,940,499 shares with 63,667,797 outstanding is right on 63,667,797 plus the
14,231,001 shares the holder's preferred stock votes as converted. :func:`acquirable_base` finds the
counts the filing states (:func:`acquirable_counts`) that make such a base, so the percent is
explained by the filing's own numbers, never by a guess.

Examples
--------
>>> text = ("Of this amount, 14,231,001 shares relate to voting power over the Series A "
...         "convertible preferred stock, which votes on an as-converted basis.")
>>> acquirable_counts(text)
[14231001]
>>> acquirable_base(34.6, 26940499, 63667797, acquirable_counts(text))
(77898798, [14231001])
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import combinations
from typing import Optional

from graphkit import regex_cache
from graphkit.parsers.cue_search import find_all, fold_text

_F = re.VERBOSE | re.IGNORECASE

#: A share count (with thousands separators, or of five or more digits)
_COUNT = r"""((?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d,.])\d{5,}(?![\d,.]))"""
#: Words saying shares may be acquired: "issuable upon conversion", "subject to the Warrant",
#: "underlying", "as-converted", "convertible", "upon (the) exercise"
_ACQUIRE_WORDS = r"""(?:issuable|subject\s+to\s+(?:the\s+)?(?:warrants?|options?)|underlying
    |as[- ]converted|convertible|upon\s+(?:the\s+)?(?:conversion|exercise))"""

#: A count followed in its clause by words saying its shares may be acquired: "22,784,000
#: shares of common stock issuable upon conversion of convertible preferred stock", "14,231,001
#: shares relate to ... Series A convertible preferred stock", "the 5,559,610 shares subject to
#: the Warrant" (not "1,000 shares. The warrants ...": no "." or ";" between; nor the 100,000
#: of "the 100,000 shares include 50,000 shares issuable ...": no other figure between)
COUNT_THEN_ACQUIRABLE = regex_cache.compile(_COUNT + r"""\s+(?:shares|units)\b[^.;0-9]{0,120}?"""
                                            + _ACQUIRE_WORDS, _F)
#: Words of acquiring followed by the count they give: "warrants to purchase 500,000 shares",
#: "upon conversion of the Notes into 1,000,000 shares", "options to acquire 10,000 shares"
ACQUIRABLE_THEN_COUNT = regex_cache.compile(r"""(?:warrants?|options?|rights?)\s+to\s+(?:purchase|acquire)
    \s+(?:up\s+to\s+|an\s+aggregate\s+of\s+)?""" + _COUNT + r"""\s+(?:shares|units)\b
    |upon\s+(?:the\s+)?conversion\s+of\s[^.;]{0,60}?\binto\s+""" + _COUNT + r"""\s+(?:shares|units)\b
""", _F)

#: At most this many distinct counts are tried, and at most this many added together
MAX_COUNTS = 40
MAX_ADDED = 3


#: Words one of which every match of the two patterns holds (lower case), and how far before
#: and after such a word a match may start and end: the patterns run only there, as an
#: ignore-case pattern searched over a whole filing takes milliseconds
ANCHORS = ("issuable", "subject", "underlying", "conver", "exercise", "warrant", "option",
           "right")
REACH = 240


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` within :data:`REACH` of one of :data:`ANCHORS`, merged.

    >>> _windows("x" * 600 + " warrants " + "y" * 600)
    [(361, 841)]
    """
    low = fold_text(text)  # offsets kept
    starts = sorted(at for word in ANCHORS for at in find_all(low, word, 0, len(low)))
    out: list[tuple[int, int]] = []
    for at in starts:
        lo, hi = max(0, at - REACH), min(len(text), at + REACH)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def acquirable_counts(text: str) -> list[int]:
    """The distinct share counts ``text`` says may be acquired (:data:`COUNT_THEN_ACQUIRABLE`,
    :data:`ACQUIRABLE_THEN_COUNT`), in the order they first appear. The patterns are run
    only near their words (:func:`_windows`).

    >>> acquirable_counts("warrants to purchase 500,000 shares; 1,000 shares were sold")
    [500000]
    >>> acquirable_counts("identify those shares which there is a right to acquire")
    []
    """
    found: dict[int, int] = {}
    for lo, hi in _windows(text):
        for pattern in (COUNT_THEN_ACQUIRABLE, ACQUIRABLE_THEN_COUNT):
            for m in pattern.finditer(text, lo, hi):
                raw = next(g for g in m.groups() if g)
                found.setdefault(int(raw.replace(",", "")), m.start())
    return [n for n, _ in sorted(found.items(), key=lambda kv: kv[1])][:MAX_COUNTS]


class AcquirableCounts:
    """The acquirable counts of one filing's text, read once and only when first asked for,
    and the larger bases they give (:meth:`base`, a ``larger_base`` for
    :func:`graphkit.parsers.schedule13_reconcile.choose_holding`).

    >>> acq = AcquirableCounts("including 14,231,001 shares issuable upon conversion")
    >>> acq.base(34.6, 26940499, 63667797)
    (77898798, [14231001])
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._counts: Optional[list[int]] = None

    def base(self, percent: float, shares: int, outstanding: int
             ) -> Optional[tuple[int, list[int]]]:
        """:func:`acquirable_base` on the counts of the text."""
        return acquirable_base(percent, shares, outstanding, self.counts())

    def counts(self) -> list[int]:
        """:func:`acquirable_counts` of the text, read at the first call."""
        if self._counts is None:
            self._counts = acquirable_counts(self.text)
        return self._counts

    def explains(self, gap: int) -> bool:
        """Whether ``gap`` shares are up to :data:`MAX_ADDED` of the counts the text says may
        be acquired together: the part one statement of a holding counts and another not.

        >>> acq = AcquirableCounts("warrants to purchase 57,000 shares; 9,000 shares "
        ...                        "issuable upon conversion of the Notes")
        >>> acq.explains(57000), acq.explains(66000), acq.explains(43000)
        (True, True, False)
        """
        usable = sorted({n for n in self.counts() if 0 < n <= gap})
        return any(sum(c) == gap for k in range(1, MAX_ADDED + 1)
                   for c in combinations(usable, k))


def _rounding(percent: float) -> float:
    """Half a unit of the last digit a percent was printed with: 5.05 → 0.005, 62.9 → 0.05
    (and a hair more, for the float's own error)."""
    return 0.5 * 10.0 ** -len(repr(float(percent)).partition(".")[2]) + 1e-9


def acquirable_base(percent: float, shares: int, outstanding: int, counts: list[int]
                    ) -> Optional[tuple[int, list[int]]]:
    """The base of ``percent`` as ``outstanding`` plus up to :data:`MAX_ADDED` of ``counts``
    (each at most ``shares``, together at most ``shares``), and the counts added; None when no
    such sum gives the percent as printed, rounded to its last digit.

    >>> acquirable_base(53.88, 19717461, 30442101, [594098, 5559610, 13942451])
    (36595809, [594098, 5559610])
    >>> acquirable_base(5.5, 265010, 4500000, [100000]) is None  # 5.76% on 4,600,000
    True
    """
    if percent <= 0 or outstanding <= 0:
        return None
    tolerance = _rounding(percent)
    # the sums that give the percent lie in [lo, hi]: shares / (outstanding + sum) = percent
    lo = shares * 100.0 / (percent + tolerance) - outstanding
    hi = min(float(shares), shares * 100.0 / max(percent - tolerance, 1e-9) - outstanding)
    usable = sorted({n for n in counts if 0 < n <= hi})
    if hi < max(lo, 1.0) or not usable:
        return None
    for k in range(1, MAX_ADDED + 1):
        for head in combinations(usable, k - 1):  # the others, then the last by bisection
            rest = sum(head)
            i = bisect_left(usable, lo - rest, bisect_right(usable, head[-1]) if head else 0)
            if i < len(usable) and usable[i] + rest <= hi:
                added = sorted([*head, usable[i]], key=counts.index)  # as the filing has them
                return outstanding + sum(added), added
    return None
