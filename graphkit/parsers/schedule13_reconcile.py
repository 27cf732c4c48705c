"""Choosing a reporting person's numbers among candidate readings, by the filing's arithmetic.

A damaged filing offers several readings of one number: the cover cell ("420, 420"), a torn
repeat of it, the Item 4 table ("428 430"), a record-holder sentence. The filing's own
arithmetic decides: sole + shared power should make the aggregate, the aggregate cannot exceed
the shares outstanding, and aggregate / outstanding should give the printed percent. Every
reading supporting the chosen value is kept (raw text beside value); a cover cell that was
overruled is kept as a repaired :class:`~graphkit.models.Reading` and reported.

Examples
--------
>>> from graphkit.models import Reading
>>> def c(field, raw, value, w=1.0):
...     return Candidate(field=field, weight=w, primary=True,
...                      reading=Reading(field=field, raw=raw, value=value))
>>> h = choose_holding([c("sole_voting", "420, 420", 420420), c("sole_voting", "428 430", 428430),
...                     c("shared_voting", "nil", 0), c("aggregate", "428,430", 428430),
...                     c("percent", "1.32%", 1.32), c("percent", "1.02/0", 1.02, 0.3)],
...                    outstanding=32375299)
>>> h.values["sole_voting"], h.values["aggregate"], h.values["percent"]
(428430, 428430, 1.32)
>>> [r.raw for r in h.readings if r.field == "sole_voting"]
['428 430', '420, 420']
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import product
from typing import Callable, Literal, Mapping, Optional

from pydantic import BaseModel, ConfigDict, Field

from graphkit import regex_cache
from graphkit.models import Reading
from graphkit.ocr import PERCENT, digit_similarity

#: Bonus for a choice that makes the filing's sums come out (sole + shared = aggregate;
#: aggregate / outstanding = percent): worth more than one stray torn reading.
AGREES_BONUS = 2.0
#: Penalty for an impossible choice (sole + shared above the aggregate; aggregate above the
#: shares outstanding).
IMPOSSIBLE_PENALTY = 5.0
#: A percent agrees with shares / outstanding within this many percentage points, or within
#: :data:`PERCENT_REL_TOLERANCE` of itself (filers round, and some count options in).
PERCENT_ABS_TOLERANCE = 0.06
PERCENT_REL_TOLERANCE = 0.05
#: Least digit similarity for an overruled cell to be recorded as a damaged reading of the
#: chosen value (rather than a conflicting value).
OVERRULED_MIN_SIMILARITY = 60.0

POWER_PAIRS = (("sole_voting", "shared_voting"), ("sole_dispositive", "shared_dispositive"))

#: The cover-page rows of the two values every reporting person must state, by form: a
#: ``missing-value`` problem names the row that gave nothing.
ROWS_13D = {"aggregate": "row 11 (aggregate amount beneficially owned)",
            "percent": "row 13 (percent of class)"}
ROWS_13G = {"aggregate": "row 9 (aggregate amount beneficially owned)",
            "percent": "row 11 (percent of class)"}


class Candidate(BaseModel):
    """One reading offered for one field, with how much to trust where it was read."""

    model_config = ConfigDict(extra="forbid")

    field: str
    weight: float
    reading: Reading
    primary: bool = False  # the row's own cell (its overruling is reported)
    #: an Item 4 answer: stating this value "alone" (a cover page's value that differs from
    #: it beyond the percent's rounding is a ``value-conflict``, :func:`answer_conflicts`), or
    #: "qualified" by other figures or words ("600,000 shares held directly and ...")
    answer: Optional[Literal["alone", "qualified"]] = None


class Holding(BaseModel):
    """The chosen numbers of one holder, the readings behind them, and what did not fit."""

    model_config = ConfigDict(extra="forbid")

    values: dict[str, Optional[float | int]] = Field(default_factory=dict)
    readings: list[Reading] = Field(default_factory=list)
    problems: list[tuple[str, str]] = Field(default_factory=list)  # (code, message)


def percent_agrees(percent: float, shares: int, outstanding: int) -> bool:
    """True when ``percent`` is what ``shares`` of ``outstanding`` comes to, up to rounding.

    >>> percent_agrees(0.10, 31269, 32375299), percent_agrees(1.02, 428430, 32375299)
    (True, False)
    """
    if outstanding <= 0:
        return True
    actual = 100.0 * shares / outstanding
    return abs(actual - percent) <= max(PERCENT_ABS_TOLERANCE, PERCENT_REL_TOLERANCE * percent)


def _options(cands: list[Candidate]) -> dict[object, float]:
    opts: dict[object, float] = defaultdict(float)
    for c in cands:
        opts[c.reading.value] += c.weight
    return dict(opts)


def choose_holding(cands: list[Candidate], outstanding: Optional[int] = None,
                   rows: Mapping[str, str] = ROWS_13G,
                   larger_base: Optional[Callable[[float, int, int],
                                                  Optional[tuple[int, list[int]]]]] = None,
                   acquirable: Optional[Callable[[int], bool]] = None,
                   percent_bound: Optional[Reading] = None) -> Holding:
    """Choose each field's value among ``cands`` so that the filing's arithmetic holds.

    Fields: ``aggregate``, ``percent``, ``sole_voting``, ``shared_voting``,
    ``sole_dispositive``, ``shared_dispositive``. Returns values (None where nothing was read),
    the supporting readings, and problems such as ``("percent-mismatch", ...)``. An aggregate
    or percent that nothing gave is a ``("missing-value", ...)`` problem naming its row of
    ``rows`` (:data:`ROWS_13D` or :data:`ROWS_13G`), never a silent None. A percent that
    ``larger_base(percent, aggregate, outstanding)`` explains as taken on the outstanding
    shares plus acquirable ones the filing states (Rule 13d-3(d)(1): see
    :func:`graphkit.parsers.schedule13_acquirable.acquirable_base`; asked only when the
    percent does not fit the outstanding count) is a ``"percent-larger-base"`` note, not a
    ``"percent-mismatch"``. An Item 4 answer the cover page's value disagrees with is a
    ``"value-conflict"`` (:func:`answer_conflicts`; ``acquirable(gap)`` says whether a gap of
    shares is what the filing says may be acquired). A percent row that states a bound
    instead (``percent_bound``, "Less than 0.1%") gives no percent and no ``missing-value``
    problem: the bound is kept among the readings.

    >>> choose_holding([], rows=ROWS_13D).problems[0]
    ('missing-value', 'no value read for row 11 (aggregate amount beneficially owned)')
    >>> from graphkit.models import Reading
    >>> cands = [Candidate(field=f, weight=1.0, reading=Reading(field=f, raw=str(v), value=v))
    ...          for f, v in (("aggregate", 26940499), ("percent", 34.6))]
    >>> choose_holding(cands, 63667797,
    ...                larger_base=lambda p, a, o: (o + 14231001, [14231001])).problems[0][0]
    'percent-larger-base'
    >>> choose_holding(cands, 63667797, larger_base=lambda p, a, o: None).problems[0][0]
    'percent-mismatch'

    A row the cover page does not give, filled from elsewhere (a record holder's sentence, an
    Item 4 line), is still a ``missing-value`` problem, which says where the value came from:

    >>> cover = [Candidate(field="percent", weight=1.0, primary=True,
    ...                    reading=Reading(field="percent", raw="4.2%", value=4.2)),
    ...          Candidate(field="aggregate", weight=0.5, reading=Reading(
    ...              field="aggregate", raw="Acme Fund owns 1,000 shares", value=1000,
    ...              note="record holder"))]
    >>> choose_holding(cover, rows=ROWS_13D).problems
    [('missing-value', 'no value read for row 11 (aggregate amount beneficially owned); 1000 taken from a record holder sentence')]

    See also
    --------
    percent_agrees
    """
    by: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        by[c.field].append(c)
    signs = _percent_sign_readings(by["percent"])  # "9.09/0": 9.09% or 9.0%
    h = Holding()
    agg_opts = _options(by["aggregate"]) or {None: 0.0}
    pct_opts = _options(by["percent"]) or {None: 0.0}
    best: tuple[float, object, object] | None = None
    for (a, wa), (p, wp) in product(agg_opts.items(), pct_opts.items()):
        score = wa + wp
        if outstanding and isinstance(a, int):
            if a > outstanding:
                score -= IMPOSSIBLE_PENALTY
            elif p is not None and percent_agrees(float(p), a, outstanding):
                # the nearer of two readings of one cell ("9.09/0") wins a tie
                score += AGREES_BONUS - (abs(100.0 * a / outstanding - float(p)) / 100.0
                                         if signs else 0.0)
        if best is None or score > best[0]:
            best = (score, a, p)
    assert best is not None
    agg, pct = best[1], best[2]
    h.values["aggregate"], h.values["percent"] = agg, pct  # type: ignore[assignment]
    for sole_f, shared_f in POWER_PAIRS:
        so = _options(by[sole_f]) or {None: 0.0}
        sh = _options(by[shared_f]) or {None: 0.0}
        pick: tuple[float, object, object] | None = None
        for (s, ws), (t, wt) in product(so.items(), sh.items()):
            score = ws + wt
            if isinstance(agg, int) and isinstance(s, int) and isinstance(t, int):
                if s + t == agg:
                    score += AGREES_BONUS
                elif s + t > agg:
                    score -= IMPOSSIBLE_PENALTY
            if pick is None or score > pick[0]:
                pick = (score, s, t)
        assert pick is not None
        h.values[sole_f], h.values[shared_f] = pick[1], pick[2]  # type: ignore[assignment]
    fractions: list[str] = []  # the rows whose count has a fraction, rounded half up
    for fld, chosen in h.values.items():
        seen: set[tuple[str, object]] = set()
        for c in sorted(by[fld], key=lambda c: (c.reading.value != chosen, -c.weight)):
            r = c.reading
            if r.value == chosen:
                if (r.raw, r.value) not in seen:
                    seen.add((r.raw, r.value))
                    # a reading is frozen: one already of this field is kept as it is, not copied
                    h.readings.append(r if r.field == fld else r.model_copy(update={"field": fld}))
                    if r.method == "fraction-rounded":  # units of a partnership: "31,797.3"
                        fractions.append(f"{fld} {r.raw!r}")
            elif fld == "percent" and any(x.raw == r.raw for x in h.readings
                                          if x.field == fld):
                continue  # the other reading of the chosen cell ("9.09/0"): said below
            elif c.primary and chosen is not None:
                similar = (isinstance(r.value, int) and isinstance(chosen, int)
                           and digit_similarity(r.value, chosen) >= OVERRULED_MIN_SIMILARITY)
                if similar and (r.raw, chosen) not in seen:
                    seen.add((r.raw, chosen))
                    h.readings.append(r.model_copy(update={
                        "field": fld, "value": chosen, "repaired": True, "method": "arithmetic",
                        "note": f"cell read as {r.value}; {chosen} agrees with the other "
                                f"readings and the filing's sums"}))
                    h.problems.append(("ocr-repair", f"{fld}: cell {r.raw!r} read as {chosen} "
                                       f"(not {r.value}) by the filing's arithmetic"))
                elif not similar:
                    h.problems.append(("value-conflict", f"{fld}: {r.raw!r} ({r.value}) "
                                       f"overruled by {chosen}"))
    h.problems += [("percent-sign", _sign_note(r, alt, pct, agg, outstanding))
                   for r, alt in signs if pct in (r.value, alt)]
    h.problems += digit_slips(h.values)
    h.problems += answer_conflicts(by, h.values, acquirable)
    if fractions:
        h.problems.append(("fractional-shares", f"fractional counts rounded half up to whole "
                           f"ones: {', '.join(fractions)}"))
    covered = any(c.primary for c in cands)  # a cover page's rows were read for the holder
    for fld in ("aggregate", "percent"):
        if h.values[fld] is None and fld == "percent" and percent_bound is not None:
            h.readings.append(percent_bound)  # "Less than 0.1%": stated, but no value
        elif h.values[fld] is None:
            h.problems.append(("missing-value", f"no value read for {rows[fld]}"))
        elif covered and not any(_on_cover(c) for c in by[fld]):  # overruled: other problems
            h.problems.append(("missing-value", f"no value read for {rows[fld]}; "
                               f"{h.values[fld]} taken from {_elsewhere(by[fld], h.values[fld])}"))
    if outstanding and isinstance(agg, int) and pct is not None and \
            not percent_agrees(float(pct), agg, outstanding):
        found = larger_base(float(pct), agg, outstanding) if larger_base else None
        if found is not None:
            base, added = found
            h.problems.append(("percent-larger-base", f"{pct}% printed is {agg:,} of "
                               f"{base:,}: the {outstanding:,} outstanding plus "
                               f"{' + '.join(f'{n:,}' for n in added)} shares the filing says "
                               f"may be acquired (Rule 13d-3(d)(1))"))
        else:
            h.problems.append(("percent-mismatch", f"{pct}% printed, but {agg:,} of "
                               f"{outstanding:,} outstanding is "
                               f"{100.0 * agg / outstanding:.2f}%"))
    return h


def percent_sign_alternative(raw: str) -> float | None:
    """The other reading of a percent whose sign OCR may have printed either as "/0" or as
    "9/0": "9.09/0" is 9.09% ("%" read as "/0") or 9.0% ("%" read as "9/0"); None when
    ``raw`` has one reading only.

    >>> percent_sign_alternative("9.09/0"), percent_sign_alternative("12.59/0")
    (9.0, 12.5)
    >>> percent_sign_alternative("99/0"), percent_sign_alternative("19/0")
    (9.0, 1.0)
    >>> [percent_sign_alternative(r) for r in ("9.0%", "1.02/0", "9/0")]
    [None, None, None]
    """
    m = PERCENT.search(raw)
    if m is None or m["sign"].lower() not in ("/0", "/o") or not m["num"].endswith("9"):
        return None
    num = m["num"][:-1].replace(",", ".").rstrip(".")
    return round(float(num), 4) if num else None  # "99/0": 99% or 9%


#: A difference small enough beside the aggregate to be a misread digit (a fraction of it)
SLIP_SHARE = 0.01


def _one_digit_apart(a: int, b: int) -> bool:
    """True when ``a`` and ``b`` (as many digits) differ in one digit: 2,000,090 and 2,000,000.

    >>> _one_digit_apart(2_000_090, 2_000_000), _one_digit_apart(32_500, 32_600)
    (True, True)
    >>> _one_digit_apart(1_500_000, 1_000_000), _one_digit_apart(1_010, 1_001)
    (True, False)
    """
    x, y = str(a), str(b)
    return len(x) == len(y) and sum(p != q for p, q in zip(x, y)) == 1


def digit_slips(values: Mapping[str, object]) -> list[tuple[str, str]]:
    """A ``digit-slip`` problem for each power pair whose sum misses the aggregate by one digit
    of one of the three numbers, when the other pair makes the aggregate exactly: "2,000,090"
    beside powers of 2,000,000 and 0 (an OCR or typing slip the sums show; the numbers are
    kept as printed). Only a small difference counts (:data:`SLIP_SHARE` of the aggregate): a
    filer may give voting power over fewer shares than it holds.

    >>> digit_slips({"aggregate": 2_000_090, "sole_voting": 2_000_000, "shared_voting": 0,
    ...              "sole_dispositive": 2_000_090, "shared_dispositive": 0})[0][0]
    'digit-slip'
    >>> digit_slips({"aggregate": 2_000_090, "sole_voting": 2_000_000, "shared_voting": 0,
    ...              "sole_dispositive": 2_000_000, "shared_dispositive": 0})[0][1][:40]
    'the aggregate, 2,000,090, is one digit o'
    >>> digit_slips({"aggregate": 1_500_000, "sole_voting": 1_500_000, "shared_voting": 0,
    ...              "sole_dispositive": 1_000_000, "shared_dispositive": 0})
    []
    """
    agg = values.get("aggregate")
    sums = {}
    for sole_f, shared_f in POWER_PAIRS:
        s, t = values.get(sole_f), values.get(shared_f)
        if isinstance(s, int) and isinstance(t, int):
            sums[(sole_f, shared_f)] = (s, t)
    if not isinstance(agg, int) or not agg or len(sums) < 2:
        return []
    both = {s + t for s, t in sums.values()}
    if len(both) == 1 and _one_digit_apart(agg, *both) and abs(agg - min(both)) <= \
            SLIP_SHARE * agg:  # "2,000,090" beside powers of 2,000,000 and 0, both pairs
        return [("digit-slip", f"the aggregate, {agg:,}, is one digit off the {min(both):,} "
                 "both pairs of powers make: a digit may be misread; kept as printed")]
    if agg not in both:
        return []
    out = []
    for (sole_f, shared_f), (s, t) in sums.items():
        gap = abs(agg - s - t)
        if not gap or gap > SLIP_SHARE * agg:
            continue
        if _one_digit_apart(s + t, agg) or _one_digit_apart(s, agg - t) or \
                _one_digit_apart(t, agg - s):
            kind = sole_f.split("_")[1]
            out.append(("digit-slip", f"{kind} power: {s:,} sole + {t:,} shared = {s + t:,}, "
                        f"but the aggregate is {agg:,} (the other powers make it): one digit "
                        "of these numbers may be misread; they are kept as printed"))
    return out


def _percent_sign_readings(cands: list[Candidate]) -> list[tuple[Reading, float]]:
    """The percent readings whose sign OCR may have printed two ways ("9.09/0": 9.09% or 9.0%),
    each with its other value, which is added to ``cands`` as a candidate of the same weight
    (the filing's arithmetic chooses, :func:`choose_holding`)."""
    out: list[tuple[Reading, float]] = []
    for c in list(cands):
        alt = percent_sign_alternative(c.reading.raw)
        if alt is not None and alt != c.reading.value:
            out.append((c.reading, alt))
            cands.append(c.model_copy(update={"reading": c.reading.model_copy(update={
                "value": alt, "repaired": True, "method": "percent-sign",
                "note": f"the % sign read as '9/0' (or {c.reading.value}%)"})}))
    return out


def _sign_note(r: Reading, alt: float, pct: object, agg: object, outstanding: Optional[int]
               ) -> str:
    """The problem on a percent cell read two ways (``r`` and ``alt``), ``pct`` chosen."""
    other = alt if pct == r.value else r.value
    why = (f"{agg:,} of {outstanding:,} outstanding is {100.0 * agg / outstanding:.2f}%"
           if outstanding and isinstance(agg, int) else "no count of shares outstanding "
           "tells which")
    return (f"percent: {r.raw!r} reads {pct}% or {other}% (OCR prints the % sign as '/0' or "
            f"as '9/0'); {pct}% taken: {why}")


def answer_conflicts(by: Mapping[str, list[Candidate]], values: Mapping[str, object],
                     acquirable: Optional[Callable[[int], bool]] = None) -> list[tuple[str, str]]:
    """The ``value-conflict`` problems of the Item 4 answers that state a value alone
    (``answer="alone"``) and disagree with the value chosen from a cover page: a count that
    differs, a percent that differs by more than a unit of the less precise one's last digit
    (5.62 and 5.6, 6 and 5.6 agree: rounded or cut; a count with a fraction and its whole
    part agree too; a value another cover page of the holder states, of another class, is
    no conflict). None when Item 4 speaks of another holding than the cover page: its
    aggregate differs, qualified ("600,000 shares held directly and ...", "600,000(1)"), or
    by shares the filing says may be acquired (``acquirable``: one statement counts them, the
    other not).

    >>> from graphkit.models import Reading
    >>> def c(f, raw, v, primary=False):
    ...     return Candidate(field=f, weight=1.0, primary=primary,
    ...                      answer=None if primary else "alone",
    ...                      reading=Reading(field=f, raw=raw, value=v))
    >>> by = {"aggregate": [c("aggregate", "1,450,000", 1450000, True),
    ...                     c("aggregate", "2,316,455", 2316455)],
    ...       "percent": [c("percent", "5.3%", 5.3, True), c("percent", "5.27%", 5.27)]}
    >>> answer_conflicts(by, {"aggregate": 1450000, "percent": 5.3})
    [('value-conflict', "aggregate: Item 4 states '2,316,455' (2316455), the cover page '1,450,000' (1450000), which is kept")]
    >>> answer_conflicts(by, {"aggregate": 1450000, "percent": 5.3}, lambda gap: gap == 866455)
    []
    """
    if any(c.answer == "qualified" and c.reading.value != values.get("aggregate")
           for c in by.get("aggregate", ())):
        return []  # "600,000(1)": its percent and powers may be of that part too
    out: list[tuple[str, str]] = []
    gaps: list[int] = []
    for fld, chosen in values.items():
        cover = next((c.reading for c in by.get(fld, ()) if c.reading.value == chosen
                      and _on_cover(c)), None)
        if chosen is None or cover is None:
            continue  # the value is not the cover page's: nothing to check it against
        said: set[str] = set()
        for c in by.get(fld, ()):
            r = c.reading
            if c.answer != "alone" or r.value == chosen or r.raw in said or r.value is None \
                    or any(o.reading.value == r.value and _on_cover(o) for o in by[fld]):
                continue  # the value of another cover page of the holder (another class)
            if fld == "percent" and percents_agree(r.raw, float(r.value), cover.raw,
                                                   float(chosen)):  # type: ignore[arg-type]
                continue
            if "fraction-rounded" in (r.method, cover.method) and \
                    abs(chosen - r.value) <= 1:  # type: ignore[operator]
                continue  # "1,657,000.894" rounded, "1,657,000" cut
            if isinstance(r.value, int) and isinstance(chosen, int):
                gaps.append(abs(chosen - r.value))
            said.add(r.raw)
            out.append(("value-conflict", f"{fld}: Item 4 states {r.raw!r} ({r.value}), the "
                        f"cover page {cover.raw!r} ({chosen}), which is kept"))
    if acquirable is not None and any(acquirable(g) for g in gaps):
        return []
    return out


#: The digits after a percent's decimal point: the "62" of "5.62%" (or of "5,62%")
DECIMALS = regex_cache.compile(r"""[.,](?P<dec>\d+)""", re.VERBOSE)


def percents_agree(raw_a: str, a: float, raw_b: str, b: float) -> bool:
    """Whether two printed percents are one up to rounding or cutting: they differ by at most
    one unit of the last digit of the less precise one.

    >>> percents_agree("5.62%", 5.62, "5.6%", 5.6), percents_agree("6%", 6.0, "5.6%", 5.6)
    (True, True)
    >>> percents_agree("8.45%", 8.45, "5.3%", 5.3), percents_agree("5.6%", 5.6, "5.8%", 5.8)
    (False, False)
    """
    places = min(len(m["dec"]) if (m := DECIMALS.search(raw)) else 0 for raw in (raw_a, raw_b))
    return abs(a - b) <= 10.0 ** -places + 1e-9


def _on_cover(c: Candidate) -> bool:
    """True for a reading of a cover page's row: its own cell (primary), or a cell of a later
    cover page of the same holder (its evidence's section "cover page 3").

    >>> from graphkit.models import Evidence, Reading
    >>> _on_cover(Candidate(field="percent", weight=1.0, reading=Reading(
    ...     field="percent", raw="4.2%", value=4.2,
    ...     evidence=Evidence(source="x", text="4.2%", section="cover page 3"))))
    True
    """
    ev = c.reading.evidence
    return c.primary or (ev is not None and (ev.section or "").startswith("cover page"))


def _elsewhere(cands: list[Candidate], value: object) -> str:
    """Where the chosen ``value`` of a field whose cover row gave nothing was read: "a record
    holder sentence" (:func:`graphkit.parsers.schedule13_claims.holder_candidates`), "Item 4"
    (its lines: the section of the reading's evidence) or "the cover page's other text".

    >>> _elsewhere([], 5)
    "the cover page's other text"
    """
    chosen = [c.reading for c in cands if c.reading.value == value]
    if any(r.note == "record holder" for r in chosen):
        return "a record holder sentence"
    if any(r.evidence and (r.evidence.section or "").startswith("Item 4") for r in chosen):
        return "Item 4"
    return "the cover page's other text"
