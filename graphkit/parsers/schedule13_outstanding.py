"""The number of shares outstanding that a Schedule 13D/13G's percentages are based on.

Item 4 (or a cover page's note) states it in a sentence: "calculated based on 32,375,299 shares
of Common Stock ... outstanding", "22,281,000 shares of Common Stock outstanding". The pattern
is long and case-insensitive, so it is tried only near each "outstanding" of the text
(:func:`_search_outstanding`), and there only where it can open (:func:`_search_window`).

>>> from graphkit.source import SourceText
>>> read_outstanding(SourceText(path="x", text="based upon 21,976,000 shares outstanding")).value
21976000
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.models import Evidence, Reading
from graphkit.ocr import read_quantity
from graphkit.parsers.cue_search import find_all, fold_text, search_at
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

#: "calculated based on 32,375,299 shares of Common Stock ... outstanding";
#: "based upon 21,976,000 shares outstanding"; "22,281,000 shares of Common Stock outstanding";
#: "based on an aggregate total of 106,130,396 issued and outstanding"; "Based upon 34,723,185
#: issued and outstanding shares"; "based upon (i) the 710,915,093 Depositary Units stated to be
#: outstanding". No "%" between the number and "outstanding": "a total of 2,398,434 shares ...
#: or 27.8% of the outstanding shares" states a holding, never the outstanding count; nor a
#: holder's shares ("based on 1,000 shares held by the Reporting Person and 9,000 shares
#: outstanding"), nor other securities ("based on 12,345 outstanding options"). The count may
#: follow the word, after the date it is stated at: "the number of shares of its common stock
#: ... outstanding as of June 21, 2007 was 22,203,256 shares"; or a verb may stand before it:
#: "22,203,256 shares of common stock were outstanding" (not "options to purchase 500,000 shares
#: ... were outstanding", nor a holder's "beneficial ownership ... outstanding as of May 1, 2007
#: was 1,500,000 shares, or 7.5%"). A percent's sum may give the count as its divisor: "determined
#: by dividing 1,337,185 by 17,990,904, the number of shares of Common Stock issued and
#: outstanding as of" (never the dividend: "dividing 1,000 shares owned by the 20,000 shares
#: held of record" states no count outstanding).
OUTSTANDING = regex_cache.compile(r"""
    (?:based\s+(?:up)?on|calculated\s+(?:on|using)|of\s+the|total\s+of)\s+
    (?:an?\s+(?:aggregate\s+)?(?:total\s+)?of\s+)?(?:\(i\)\s+)?(?:the\s+)?
    (?P<num>[0-9lIoO][0-9lIoO,.\s]{2,14}[0-9])\s+
    (?:[A-Za-z]+\s+){0,2}?(?:shares|units|ordinary)\b
    (?!\s+(?:of\s+(?:[\w']+\s+){1,3})?(?:held|owned|beneficially|purchased|acquired|sold
    |issuable|underlying|subject)\b)
    [^;%]{0,200}?\b(?:issued\s+and\s+)?outstanding
  | (?:based\s+(?:up)?on|calculated\s+(?:on|using)|total\s+of)\s+  # no noun: a base only
    (?:an?\s+(?:aggregate\s+)?(?:total\s+)?of\s+)?
    (?P<num3>[0-9][0-9,]{2,14}[0-9])\s+(?:issued\s+and\s+)?outstanding\b
    (?!\s+(?:[A-Za-z-]+\s+){0,2}?(?:options?|warrants?|rights|notes|debentures|awards|units
    |RSUs?|held|owned)\b)
  | (?<!purchase\s)(?<!acquire\s)(?<!for\s)(?P<num2>[0-9][0-9,]{4,14})\s+shares\s+of\s+(?:the\s+Issuer['’]s\s+)?(?:common\s+stock|Class\s+\w\s+common\s+stock)
    \s+(?:(?:were|are)\s+)?(?:issued\s+and\s+)?outstanding       # "... were outstanding"
  | (?<!purchase\s)(?<!acquire\s)(?:shares|stock|units)\b         # the count after the word
    (?:(?!option|warrant|right|own|held|beneficial)[^;%.]|\.(?=\d)){0,80}?
    (?<!options\s)(?<!warrants\s)\boutstanding\s+(?:as\s+of|at|on)\s+
    (?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}/\d{1,2}/(?:19|20)?\d\d)
    \s+(?:was|were|is|totall?ed)\s+   # a scan's "22.203,256", "22 203,256" read too
    (?P<num4>[0-9]{1,3}(?:(?:[,.][ ]?|[ ])[0-9]{3}){1,4}(?![0-9]|[.,]?\s*(?:million|billion|thousand))
      |[0-9][0-9,]{4,14}[0-9])
    (?![0-9,.]*\s*(?:shares\s*)?(?:,\s*or\s+(?:approximately\s+)?[0-9.]+\s*)?%)
  | dividing\s+(?:the\s+)?[0-9][0-9,]{2,14}\s+(?:shares\s+)?by\s+(?:the\s+)?    # the divisor
    (?P<num5>[0-9][0-9,]{2,14}[0-9])\b,?\s+(?:the\s+(?:total\s+|aggregate\s+)?number\s+of\s+)?
    (?:(?!held|owned|beneficial)[\w'’]+\s+){0,8}?(?:issued\s+and\s+)?outstanding\b
""", _F)

#: A percentage's base stated without the word "outstanding", right after the percent, as the
#: whole of its statement: "9.66% at 5/19/03 based on 8,460,187 common shares" closing a cover
#: row, or after a sentence saying the percent is of the outstanding shares ("9.66% of the
#: outstanding shares based on 8,460,187 common shares reported in the 10-Q": the caller
#: checks, :data:`OUTSTANDING_WORD`). Never a base the sentence says is held, bought or
#: acquired ("based on 500,000 shares of common stock held by him", "based on 250,000 shares
#: acquired on March 1": the words after the shares go on). Tried only at each "based" that a
#: "%" stands shortly before: :data:`PERCENT_BASE_REACH`.
PERCENT_BASE = regex_cache.compile(r"""
    based\s+(?:up)?on\s+(?P<num>[0-9][0-9,]{4,14}[0-9])\s+(?:(?:common|ordinary)\s+)?shares\b
    (?:(?P<end>[ \t]*(?:[.;][ \t]*)?(?:\r?\n|<|$))
      | (?P<more>(?!\s+(?:of\s+(?:[\w']+\s+){1,3})?(?:held|owned|beneficially|purchased|acquired|sold|bought
        |issuable|underlying|subject|by|which|that|of\s+which)\b)))
""", _F)
#: How far before its "based on" the percent of a :data:`PERCENT_BASE` stands (characters)
PERCENT_BASE_REACH = 40
#: The words that say a percent's base is the class outstanding: "of the outstanding shares"
OUTSTANDING_WORD = regex_cache.compile(r"""\b(?:outstanding|issued)\b""", _F)

#: A figure added to the outstanding count with "plus", right after it in the same sentence:
#: "85,237,621 outstanding common shares as of December 31, 2008, plus 4,400,000 common shares
#: ... underlying warrants"; "... outstanding as of August 4, 2026 plus (ii) the 40,531,194
#: Depositary Units issued"; further figures each after their own "plus"; the source of the
#: count may be told between ("outstanding as of November 8, 2022, as reported in the Issuer's
#: Quarterly Report on Form 10-Q (the "Form 10-Q") for the quarter ended September 30, 2022
#: filed with the Securities and Exchange Commission on November 10, 2022, plus 1,750,000
#: additional shares of the Common Stock issued by the Issuer")
PLUS_FIGURE = regex_cache.compile(r"""
    [^;.%]{0,240}?\bplus\s+(?:\((?:ii|iii|iv|[2-4b-d])\)\s+)?(?:the\s+)?(?:an?\s+(?:additional\s+)?)?
    (?:(?P<num>[0-9][0-9,]{2,14}[0-9])\s+(?:[A-Za-z]+\s+){0,2}?(?:shares|units|warrants|ordinary))?
""", _F)
#: What a "plus" figure is, in the words after it up to the end of its clause: shares of one
#: holder's Rule 13d-3(d)(1) base (it may acquire them: "issuable upon exercise of the
#: warrants held by the Reporting Person", "underlying warrants", "that the Reporting Person
#: may acquire"), never further shares of the issuer outstanding
HOLDER_ONLY = regex_cache.compile(r"""
    \b(?:issuable|underlying|exercis\w*|conver\w*|may\s+acquire|right\s+to\s+acquire
    |13d-3|deemed|options?|warrants?|held\s+by|owned\s+by|beneficially)\b
""", _F)
#: What a "plus" figure must be to join the count: shares the issuer issued, or outstanding:
#: "plus 4,400,000 shares issued in the offering", "plus (ii) the 40,531,194 Depositary Units
#: issued to the Reporting Persons by the Issuer"
ISSUER_SHARES = regex_cache.compile(r"""\b(?:issued|outstanding)\b""", _F)
#: How far after a "plus" figure its clause is read for :data:`HOLDER_ONLY` (characters)
PLUS_CLAUSE_REACH = 200
#: How a reading notes a "plus" whose figure could not be read (the caller warns)
PLUS_UNREAD = "a figure added with 'plus' could not be read; the first figure is taken"

#: One class's count in a statement of the counts of several classes: "2,113,514 shares of
#: Class A Common Stock", "1,256,486 shares of the Issuer's Class B Common Stock"
CLASS_COUNT = regex_cache.compile(r"""
    (?P<num>[0-9][0-9,]{2,14}[0-9])\s+shares\s+of\s+(?:the\s+Issuer['’]s\s+|its\s+)?
    Class\s+(?P<cls>[A-Z0-9]{1,2})\b
""", re.VERBOSE)
#: What stands between two counts of one statement of counts per class: the rest of the first
#: class's name and "and" or a comma ("2,113,514 shares of Class A Common Stock and 1,256,486
#: shares of Class B ..."), never a percent, a semicolon or a sentence's end: "100,000 shares
#: of Class A Common Stock, representing 5% of the 2,000,000 shares of Class A ..." joins a
#: holding to the count outstanding, which is no count of another class
CLASS_COUNT_JOIN = regex_cache.compile(r"""
    (?:[^;%.]|\.(?=\d)){0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)  # a "." only in "$1.00"
""", re.VERBOSE)
#: The class letter of a security class: "Class A Common Stock, $1.00 par value" -> "A"
CLASS_LETTER = regex_cache.compile(r"""\bClass\s+(?P<cls>[A-Z0-9]{1,2})\b""", re.VERBOSE)
#: How far before an :data:`OUTSTANDING` match the counts of other classes of its statement
#: are looked for (characters, within its sentence)
CLASS_COUNT_REACH = 300
#: How a reading notes counts stated per class, none of the class reported (the caller warns)
PER_CLASS = "shares outstanding stated per class"

#: Other securities named right before a count stated after "outstanding": "options to
#: purchase", "warrants" (the count is theirs, not the class's)
OTHER_SECURITY_BEFORE = regex_cache.compile(r"""\b(?:options?|warrants?|rights|notes|debentures)\b""", _F)
#: The words an :data:`OUTSTANDING` match may open with (any case; the alternative with the
#: count after the word opens with the noun it counts), the third alternative with its
#: number's first digit (:data:`ASCII_DIGIT`): only there is it tried in a window, not at
#: every position
OUTSTANDING_WORDS = ("based", "calculated", "of", "total", "shares", "stock", "units",
                     "dividing")
#: A digit "0" to "9" (the ``[0-9]`` of a number), where an :data:`OUTSTANDING` match may open
ASCII_DIGIT = regex_cache.compile(r"""[0-9]""", re.VERBOSE)
#: The word every :data:`OUTSTANDING` match holds, in any case: "... shares ... outstanding"
#: (looked for with ``str.find`` in the text lower-cased: a case-insensitive search for it
#: tries every position and costs ten times more)
OUTSTANDING_CUE = "outstanding"
#: How far before its "outstanding" an :data:`OUTSTANDING` match may start (characters): its
#: lead words, number and "shares" take well under 100 and the gap before "outstanding" at most
#: 200; the rest is slack for runs of spaces
OUTSTANDING_REACH = 1000
#: How far after its "outstanding" an :data:`OUTSTANDING` match may look ahead (characters):
#: the words that tell "12,345 outstanding options" from a count of shares, and the date and
#: count after the word ("outstanding as of September 30, 2007 was 122,203,256")
OUTSTANDING_LOOKAHEAD = 80


def read_outstanding(src: SourceText, start: int = 0, end: int | None = None,
                     security_class: Optional[str] = None) -> Optional[Reading]:
    """The number of shares outstanding that percentages are based on, or None.

    A statement of the counts of several classes ("2,000 shares of Class A Common Stock and
    1,000 shares of Class B Common Stock outstanding") gives the count of the class reported
    (``security_class``); when that is not one class of them, the reading has no value and its
    note starts with :data:`PER_CLASS` (the caller warns): one class's count is no base of
    another's percent.

    Figures added with "plus" right after it (:func:`_plus_figures`) are added when each is
    further shares of the issuer ("plus 4,000 shares issued in the offering"); shares that
    one holder may acquire ("plus 4,000 shares issuable upon exercise of the warrants held by
    the Reporting Person") are that holder's Rule 13d-3 base, not the issuer's count: the
    first figure stays, and the note gives the holder's sum. A "plus" whose figure cannot be
    read leaves the first figure, noted :data:`PLUS_UNREAD`.

    >>> t = "calculated based on 32,375,299 shares of Common Stock of X outstanding as of"
    >>> read_outstanding(SourceText(path="x", text=t)).value
    32375299
    >>> t = "the number of shares of its common stock outstanding as of\\nJune 1, 2007 was 2,203,256"
    >>> read_outstanding(SourceText(path="x", text=t)).value
    2203256
    >>> r = read_outstanding(SourceText(path="x", text="based upon 85,000 outstanding shares "
    ...                                 "as of May 1, plus 4,000 shares issued in the offering"))
    >>> r.value, r.note
    (89000, 'the sum of 85,000 and 4,000')
    >>> r = read_outstanding(SourceText(path="x", text="based upon 85,000 outstanding shares "
    ...                                 "as of May 1, plus 4,000 shares underlying warrants"))
    >>> r.value, r.note
    (85000, "plus 4,000 of a holder's own Rule 13d-3 base, not shares outstanding: 89,000 in all")
    """
    end = len(src.text) if end is None else end
    m = _search_outstanding(src.text, start, end) or _search_percent_base(src.text, start, end)
    if not m:
        return None
    g = _count_group(m)
    if g == "num4" and OTHER_SECURITY_BEFORE.search(src.text, max(start, m.start() - 60),
                                                   m.start()):
        return None  # "the number of options to purchase shares ... outstanding ... was N"
    r = read_quantity(m[g])
    if r is None or not isinstance(r.value, int) or r.value < 100:
        return None
    update: dict[str, object] = {"field": "outstanding_shares"}
    stop = m.end()
    figures, holder_only, plus_end = _plus_figures(src.text, m.end(), end)
    if figures is None:
        update["note"] = PLUS_UNREAD
    elif figures and holder_only:
        added = ", ".join(f"{f:,}" for f in figures)
        update["note"] = (f"plus {added} of a holder's own Rule 13d-3 base, not shares "
                          f"outstanding: {r.value + sum(figures):,} in all")
    elif figures:
        update |= {"value": r.value + sum(figures),
                   "note": f"the sum of {r.value:,} and {' and '.join(f'{f:,}' for f in figures)}"}
        stop = plus_end
    at, counts = _class_counts(src.text, m, start)
    if len(counts) > 1:
        return _per_class(r, counts, security_class,
                          src.evidence(at, m.end(), section="Item 4"))
    update["evidence"] = src.evidence(m.start(), stop, section="Item 4")
    return r.model_copy(update=update)


def _class_counts(text: str, m: re.Match[str], start: int) -> tuple[int, dict[str, int]]:
    """Where the first count stands and the counts by class of the statement
    :data:`OUTSTANDING` matched in ``m``, when it states one per class: the count it matched
    and the counts joined to it by "and" or a comma (:data:`CLASS_COUNT_JOIN`), from its
    sentence's start up to the match's end. A holding stated before it in the sentence is no
    count of its statement.

    >>> t = ("there were 2,113,514 shares of Class A Common Stock and 1,256,486 shares of "
    ...      "Class B Common Stock issued and outstanding")
    >>> _class_counts(t, OUTSTANDING.search(t), 0)
    (11, {'A': 2113514, 'B': 1256486})
    >>> t = ("X owns 100,000 shares of Class A Common Stock and 50,000 shares of Class B "
    ...      "Common Stock, representing 5% of the 2,000,000 shares of Class A Common Stock "
    ...      "outstanding")
    >>> _class_counts(t, OUTSTANDING.search(t), 0)
    (112, {'A': 2000000})
    """
    lo = max(start, m.start() - CLASS_COUNT_REACH)
    stop = max(text.rfind(". ", lo, m.start()), text.rfind(".\n", lo, m.start()))
    lo = stop + 1 if stop >= 0 else lo
    at = m.start(_count_group(m))
    found = list(CLASS_COUNT.finditer(text, lo, m.end()))
    anchor = next((i for i, c in enumerate(found) if c.start() == at), None)
    if anchor is None:
        return m.start(), {}
    first = last = anchor
    while first > 0 and CLASS_COUNT_JOIN.fullmatch(text, found[first - 1].end(),
                                                   found[first].start()):
        first -= 1
    while last + 1 < len(found) and CLASS_COUNT_JOIN.fullmatch(text, found[last].end(),
                                                               found[last + 1].start()):
        last += 1
    out: dict[str, int] = {}
    for c in found[first:last + 1]:
        r = read_quantity(c["num"])
        if r is not None and isinstance(r.value, int):
            out.setdefault(c["cls"].upper(), r.value)
    return found[first].start(), out


def _per_class(r: Reading, counts: dict[str, int], security_class: Optional[str],
               ev: Evidence) -> Reading:
    """The reading of the count of the class reported, of counts stated per class.

    >>> src = SourceText(path="x", text="2,000 shares of Class A Common Stock and 1,000 shares "
    ...                  "of Class B Common Stock outstanding")
    >>> r = read_outstanding(src, security_class="Class A Common Stock")
    >>> r.value, r.note
    (2000, 'of Class A (the class reported); also stated: 1,000 of Class B')
    >>> r = read_outstanding(src, security_class="Class A and Class B Common Stock")
    >>> r.value, r.note  # doctest: +NORMALIZE_WHITESPACE
    (None, 'shares outstanding stated per class: 2,000 of Class A, 1,000 of Class B; the class
     reported is not one of them alone, so no count is taken')
    """
    reported = {c["cls"].upper() for c in CLASS_LETTER.finditer(security_class or "")}
    if len(reported) == 1 and (cls := next(iter(reported))) in counts:
        others = ", ".join(f"{n:,} of Class {c}" for c, n in counts.items() if c != cls)
        return r.model_copy(update={"field": "outstanding_shares", "value": counts[cls],
                                    "evidence": ev, "note": f"of Class {cls} (the class "
                                    f"reported); also stated: {others}"})
    stated = ", ".join(f"{n:,} of Class {c}" for c, n in counts.items())
    return r.model_copy(update={"field": "outstanding_shares", "value": None, "evidence": ev,
                                "note": f"{PER_CLASS}: {stated}; the class reported is not "
                                        "one of them alone, so no count is taken"})


def _plus_figures(text: str, at: int, end: int) -> tuple[Optional[list[int]], bool, int]:
    """The figures added with "plus" after the outstanding count ending at ``at``, whether
    any of them is a holder's only (:data:`HOLDER_ONLY`: then none joins the count), and where
    the last ends. The figures are None when a "plus" of further issuer shares has no figure
    that can be read; a "plus" of a holder's shares without a figure is no count at all.

    >>> _plus_figures(", plus 4,000 shares issued, plus 1,000 shares issued", 0, 52)[:2]
    ([4000, 1000], False)
    >>> _plus_figures(", plus 4,000 shares issued, plus 1,000 shares issuable", 0, 54)[:2]
    ([4000, 1000], True)
    >>> _plus_figures(". Roe holds options plus 10,000 shares", 0, 38)
    ([], False, 0)
    """
    figures: list[int] = []
    holder_only = False
    pos = last = at
    while "plus" in text[pos:pos + 280].lower():
        plus = PLUS_FIGURE.match(text, pos, end)
        if plus is None:
            break
        clause = text[plus.end():min(end, plus.end() + PLUS_CLAUSE_REACH)]
        clause = re.split(r";|\.\s|\bplus\b", clause, maxsplit=1)[0]
        holder = HOLDER_ONLY.search(clause) is not None or not ISSUER_SHARES.search(clause)
        added = read_quantity(plus["num"]) if plus["num"] else None
        if added is None or not isinstance(added.value, int):
            if holder:
                holder_only = True
                pos = last = plus.end()
                continue
            return None, holder_only, last
        figures.append(added.value)
        holder_only = holder_only or holder
        pos = last = plus.end()
    return figures, holder_only, last


def _search_percent_base(text: str, start: int, end: int) -> Optional[re.Match[str]]:
    """The first :data:`PERCENT_BASE` match in ``text[start:end]`` with a "%" at most
    :data:`PERCENT_BASE_REACH` characters before it, tried only at each "based": a base that
    closes its statement, or one after words saying the percent is of the class outstanding.

    >>> _search_percent_base("9.66% at 5/19/03 based on 8,460,187 common shares", 0, 49)["num"]
    '8,460,187'
    >>> _search_percent_base("Fees based on 8,460,187 common shares", 0, 37) is None
    True
    >>> _search_percent_base("The 7.5% is based on 1,000,000 shares purchased", 0, 47) is None
    True
    """
    fold = fold_text(text)
    for at in find_all(fold, "based", start, end):
        lead = text[max(start, at - PERCENT_BASE_REACH):at]
        if "%" in lead:
            m = PERCENT_BASE.match(text, at, end)
            if m and (m["end"] is not None or
                      OUTSTANDING_WORD.search(lead[lead.rfind("%"):])):
                return m
    return None


#: The groups of an :data:`OUTSTANDING` or :data:`PERCENT_BASE` match that hold the count, one
#: for each alternative
COUNT_GROUPS = ("num", "num2", "num3", "num4", "num5")


def _count_group(m: re.Match[str]) -> str:
    """The group of ``m`` that holds the count (:data:`COUNT_GROUPS`)."""
    return next(k for k in COUNT_GROUPS if m.re.groupindex.get(k) and m[k])


def _search_outstanding(text: str, start: int, end: int) -> Optional[re.Match[str]]:
    """The first :data:`OUTSTANDING` match in ``text[start:end]``, as ``search`` finds it.

    The pattern is only tried in the windows reaching :data:`OUTSTANDING_REACH` characters back
    from each "outstanding" (merged where they overlap, in order), not at every position of a
    long filing.

    >>> t = "x " * 900 + "based on 1,000 shares outstanding; based on 2,000 shares outstanding"
    >>> _search_outstanding(t, 0, len(t))["num"]
    '1,000'
    """
    lo = hi = -1
    fold = fold_text(text)  # the word has no overlapping repeats: finds are matches
    c = fold.find(OUTSTANDING_CUE, start, end)
    while c != -1:
        w_lo = max(start, c - OUTSTANDING_REACH)
        if lo != -1 and w_lo > hi:  # a gap: the window so far is searched first
            m = _search_window(text, fold, lo, min(end, hi + OUTSTANDING_LOOKAHEAD))
            if m:
                return m
            lo = -1
        if lo == -1:
            lo = w_lo
        hi = c + len(OUTSTANDING_CUE)
        c = fold.find(OUTSTANDING_CUE, hi, end)
    return _search_window(text, fold, lo, min(end, hi + OUTSTANDING_LOOKAHEAD)) \
        if lo != -1 else None


def _search_window(text: str, fold: str, lo: int, hi: int) -> Optional[re.Match[str]]:
    """``OUTSTANDING.search(text, lo, hi)``, tried only where a match can open
    (:data:`OUTSTANDING_WORDS` and :data:`ASCII_DIGIT` in ``fold``, :func:`fold_case` of
    ``text``).

    >>> t = "of the 1,000 shares outstanding"
    >>> _search_window(t, t, 0, len(t)).span()
    (0, 31)
    """
    opens = sorted({i for word in OUTSTANDING_WORDS for i in find_all(fold, word, lo, hi)}
                   | {m.start() for m in ASCII_DIGIT.finditer(fold, lo, hi)})
    return search_at(OUTSTANDING, text, opens, lo, hi)
