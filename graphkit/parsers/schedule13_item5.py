"""Item 5(a) of a Schedule 13D checked against the cover pages.

Item 5(a) restates the aggregate and percent of the cover pages in words: "(a) This statement
relates to 1,000,000 Shares beneficially owned by the Reporting Persons, which constitute
approximately 7.1% of the outstanding Shares." An amendment that restates the cover pages
but leaves a stale Item 5 behind (or the reverse) states two holdings; the cover's is read,
and :func:`check_item5_total` warns when Item 5(a) clearly says another.

"Clearly" is kept narrow, so that ordinary Item 5 text never warns: only an "(a)" answer that
states one count of shares (one holder's or the group's, not a split among persons) is read,
and it contradicts only when its count is none of the cover aggregates nor their sum, and its
percent (if any) none of the cover percents nor their sum.

Examples
--------
>>> from graphkit.source import SourceText
>>> src = SourceText(path="x.txt", text="Item 5.\\n(a) This statement relates to 322,000 "
...     "Shares beneficially owned by the Reporting Persons, which constitute approximately "
...     "7.1% of the outstanding Shares.\\n(b) The Manager has sole power.\\n")
>>> [w.message for w in check_item5_total(src, 0, len(src.text), [387000], [8.5])]
... # doctest: +NORMALIZE_WHITESPACE
['Item 5(a) states 322,000 shares (7.1%); the cover pages state 387,000 shares (8.5%)']
>>> check_item5_total(src, 0, len(src.text), [322000], [7.1])
[]
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.models import FilingWarning
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

#: The "(a)" answer of Item 5, opening within its first lines: "(a) This statement relates
#: to ...", "(a)-(b) The Reporting Person owns ..." (not the "5(a)" of "Items 5(a) and 5(b)
#: are amended")
ITEM5_A = regex_cache.compile(r"""(?<![\w)])\(a\)""", re.VERBOSE)
#: Where the "(a)" answer ends: the "(b)" or "(c)" answer (not "Rule 13d-3(b)")
ITEM5_A_END = regex_cache.compile(r"""(?<![\w)-])\((?:b|c)\)""", re.VERBOSE)
#: A count of shares: "322,100 Shares", "1,000,000 shares of Common Stock", "25,000 Units"
SHARE_COUNT = regex_cache.compile(r"""
    (?<![\d,.$])(?P<num>\d{1,3}(?:,\d{3})+|\d{4,})\s+(?:shares|units)\b
""", _F)
#: A count of the shares outstanding, the base of a percent, never a holding: "based upon
#: 20,000,000 Shares", "20,000,000 Shares outstanding", "of the 20,000,000 shares of Common
#: Stock issued and outstanding", "there were 4,236,438 shares of Common Stock and 14,000 shares
#: of Preferred Stock issued and outstanding" (not "1,000,000 Shares of the outstanding Common
#: Stock")
BASE_COUNT = regex_cache.compile(r"""
    (?:based\s+(?:up)?on|calculated\s+(?:on|using))\s+(?:an?\s+(?:aggregate\s+)?(?:total\s+)?of\s+)?
    (?:the\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d{4,})\s+
  | there\s+(?:were|are|was)\s+(?:approximately\s+)?(?P<num3>\d{1,3}(?:,\d{3})+|\d{4,})\s+
  | (?P<num2>\d{1,3}(?:,\d{3})+|\d{4,})\s+(?:shares|units)\s+
    (?!of\s+(?:the\s+)?(?:issued\s+and\s+)?outstanding)
    (?:of\s+(?:[\w'’$.,]+\s+){1,6}?)?(?:issued\s+and\s+)?outstanding\b
""", _F)
#: A percent: "7.1%", "approximately 7.1 %", "7.1 percent"
PERCENT = regex_cache.compile(r"""
    (?<![\d.])(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)
""", _F)
#: What a count of shares ("10,000 shares") or a percent ("71.4 percent") is of, when it is
#: preferred stock: " of Preferred Stock", " of the outstanding Series A Preferred Stock",
#: " of\nthe Issuer's Convertible Preferred Stock" (read right after the count or percent; a
#: holding of another class than the cover's is no restatement of the cover)
OF_PREFERRED = regex_cache.compile(r"""
    \s*(?:%|percent\b|shares\b|units\b)?\s*of\s+(?:the\s+)?(?:Issuer['’]s\s+|Company['’]s\s+)?
    (?:(?:issued\s+and\s+)?outstanding\s+)?(?:shares\s+of\s+)?
    (?:(?:series|class)\s+\S+\s+|[A-Z][\w$.,-]*\s+){0,3}?preferred\b
""", _F)

#: A count of shares and the percent said of it in the same sentence: "1,000,000 Shares (7.1%)",
#: "the 1,477,570 shares of Common Stock ... constitute 15.3% of the ... outstanding shares",
#: "1,000,000 Shares, or approximately 7.1%", "representing 7.1 percent" (nothing between them
#: ends a sentence or states a percent; what links them is checked by :data:`PERCENT_LINK`)
COUNT_PERCENT = regex_cache.compile(r"""
    (?<![\d,.$])(?P<num>\d{1,3}(?:,\d{3})+|\d{4,})\s+(?:shares|units)\b
    (?P<gap>[^.;%]{0,200}?)
    (?<![\d.])(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)
""", _F)
#: Words saying the percent is of the count before it, right before the percent (searched at
#: the end of what is between them): "(", ", or (approximately)", "constitute(s)",
#: "representing", "comprising", "equal to", "amounting to" (not an "or" further back: "1,000
#: Shares, and Acme GP or Jane Roe may be deemed to own 9.9%" pairs nothing)
PERCENT_LINK = regex_cache.compile(r"""
    (?:\(\s*|(?:^|,)\s*or\s+|\b(?:constitut\w*|represent\w*|compris\w*)\s+
      |\b(?:equal|amount)\w*\s+to\s+)(?:approximately\s+|about\s+)?$
""", _F)

#: Words saying the count is owned: "beneficially owned", "owns", "relates to" (not "the
#: beneficial owner of", which a side sentence on another holder uses too: review s24-last)
OWNED_WORDS = regex_cache.compile(r"""\b(?:own(?:s|ed|ership)?|relates\s+to)\b""", _F)

#: How far into Item 5 its "(a)" may open, how long an "(a)" answer is read for its one count,
#: and how long for its counts with their percents (characters)
ITEM5_A_REACH, ITEM5_A_LENGTH, ITEM5_PAIRS_LENGTH = 800, 1200, 2400
#: How far apart two percents may be and still be one (rounding in the text: "7.1%", "7.08%")
PERCENT_SLACK = 0.15


def _a_answer(src: SourceText, start: int, end: int, length: int
              ) -> tuple[int, int, str] | None:
    """Where the "(a)" answer of Item 5 (``src.text[start:end]``) opens, where its text starts
    and that text (up to the "(b)" or "(c)" answer, at most ``length`` characters); None when
    there is none."""
    a = ITEM5_A.search(src.text, start, min(end, start + ITEM5_A_REACH))
    if a is None:
        return None
    stop = ITEM5_A_END.search(src.text, a.end(), min(end, a.end() + length))
    stop_at = stop.start() if stop else min(end, a.end() + length)
    return a.start(), a.end(), src.text[a.end():stop_at]


def _base_starts(segment: str) -> set[int]:
    """Where the counts of the shares outstanding (the base of a percent) start."""
    return {b.start(next(g for g in ("num", "num2", "num3") if b[g]))
            for b in BASE_COUNT.finditer(segment)}


def check_item5_total(src: SourceText, start: int, end: int, aggregates: list[int],
                      percents: list[float], security_class: str = "") -> list[FilingWarning]:
    """A warning when the "(a)" answer of Item 5 (``src.text[start:end]``) states one count of
    shares that contradicts every cover aggregate (``aggregates``, with ``percents``), naming
    both; none otherwise (see the module docstring for what counts as a contradiction). Counts
    and percents of preferred stock are left out when the cover's ``security_class`` was read
    and is not preferred stock.

    >>> src = SourceText(path="x.txt", text="(a) Acme Fund owns 300,000 Shares (6.0%) and Acme "
    ...                  "GP owns 200,000 Shares (4.0%).")
    >>> check_item5_total(src, 0, len(src.text), [300000, 200000], [6.0, 4.0])
    []
    >>> src = SourceText(path="x.txt", text="(a) The Reporting Persons own 500,000 Shares (10.0%).")
    >>> check_item5_total(src, 0, len(src.text), [300000, 200000], [6.0, 4.0])
    []
    >>> src = SourceText(path="x.txt", text="(a) There were 4,000,000 shares of Common Stock "
    ...     "and 14,000 shares of Preferred Stock outstanding. Acme may be deemed to own "
    ...     "3,000,000 shares of Common Stock (75.0 percent of the Common Stock) and 10,000 shares "
    ...     "of Preferred Stock (71.4 percent of the outstanding Preferred Stock).")
    >>> [w.message for w in check_item5_total(src, 0, len(src.text), [3500000], [77.8],
    ...                                        "Common Stock")]
    ['Item 5(a) states 3,000,000 shares (75%); the cover pages state 3,500,000 shares (77.8%)']
    """
    aggregates = [a for a in aggregates if a]
    if not aggregates:
        return []
    answer = _a_answer(src, start, end, ITEM5_A_LENGTH)
    if answer is None:
        return []
    a_start, _, segment = answer
    bases = _base_starts(segment)
    # preferred stock is another class than a cover's that was read and is not preferred
    other = bool(security_class) and "preferred" not in security_class.lower()
    counts = {int(m["num"].replace(",", "")) for m in SHARE_COUNT.finditer(segment)
              if m.start("num") not in bases and not (
                  other and OF_PREFERRED.match(segment, m.end("num")))}
    pcts = {float(m["pct"]) for m in PERCENT.finditer(segment)
            if not (other and OF_PREFERRED.match(segment, m.end("pct")))}
    if len(counts) != 1 or len(pcts) > 1 or not OWNED_WORDS.search(segment):
        return []  # no count, or a split among holders: no one statement to compare
    count = next(iter(counts))
    # the sum of all: holdings of the same size are separate holdings (300,000 and 300,000);
    # the sum of the distinct: covers that repeat the one holding of the group
    if count in aggregates or count in (sum(aggregates), sum(set(aggregates))):
        return []
    pct = next(iter(pcts)) if pcts else None
    cover_pcts = [p for p in percents if p is not None]
    if pct is not None and any(abs(pct - p) <= PERCENT_SLACK for p in
                               cover_pcts + [sum(cover_pcts), sum(set(cover_pcts))]):
        return []
    stated = f"{count:,} shares" + (f" ({pct:g}%)" if pct is not None else "")
    covers = ", ".join(sorted({f"{n:,} shares" for n in aggregates}))
    if len(set(cover_pcts)) == 1:
        covers += f" ({cover_pcts[0]:g}%)"
    return [src.warn("item5-cover-mismatch", f"Item 5(a) states {stated}; the cover pages "
                     f"state {covers}", a_start)]


def _same_percent(a: float, b: float) -> bool:
    """Two percents that are one, rounded: within :data:`PERCENT_SLACK`, or a whole percent
    and a finer one that rounds to it ("15%" and "15.3%"; not "7%" and "7.9%")."""
    if abs(a - b) <= PERCENT_SLACK:
        return True
    return (a == int(a) or b == int(b)) and abs(a - b) <= 0.5


def check_item5_percent(src: SourceText, start: int, end: int,
                        holdings: list[tuple[int, float]], security_class: str = ""
                        ) -> list[FilingWarning]:
    """A warning when the "(a)" answer of Item 5 (``src.text[start:end]``) says a cover
    aggregate is another percent of the class than its cover page does: "the 1,477,570 shares
    ... constitute 15.3% of the Issuer's outstanding shares" against a cover's 15.5%.
    ``holdings`` are the cover pages' (aggregate, percent) pairs. The cover's percent is kept;
    a count no cover states is :func:`check_item5_total`'s to compare, and counts and
    percents of preferred stock are left out as there.

    >>> src = SourceText(path="x.txt", text="Item 5.\\n(a) The 1,477,570 shares beneficially "
    ...     "owned by the Reporting Person constitute 15.3% of the outstanding shares.\\n(b) ...")
    >>> [w.message for w in check_item5_percent(src, 0, len(src.text), [(1477570, 15.5)])]
    ['Item 5(a) states 1,477,570 shares as 15.3% of the class; the cover page, 15.5%']
    >>> check_item5_percent(src, 0, len(src.text), [(1477570, 15.3)])
    []
    """
    answer = _a_answer(src, start, end, ITEM5_PAIRS_LENGTH)
    if answer is None or not holdings:
        return []
    _, text_start, segment = answer
    bases = _base_starts(segment)
    other = bool(security_class) and "preferred" not in security_class.lower()
    out: list[FilingWarning] = []
    for m in COUNT_PERCENT.finditer(segment):
        if m.start("num") in bases or SHARE_COUNT.search(m["gap"]) \
                or not PERCENT_LINK.search(m["gap"]) or (other and (
                    OF_PREFERRED.match(segment, m.end("num"))
                    or OF_PREFERRED.match(segment, m.end("pct")))):
            continue
        count, pct = int(m["num"].replace(",", "")), float(m["pct"])
        cover = [p for n, p in holdings if n == count]
        if cover and not any(_same_percent(pct, p) for p in cover):
            out.append(src.warn("item5-percent-mismatch", f"Item 5(a) states {count:,} shares "
                                f"as {pct:g}% of the class; the cover page, {cover[0]:g}%",
                                text_start + m.start()))
    return out
