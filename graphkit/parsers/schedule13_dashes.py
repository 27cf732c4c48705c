"""Cover cells printed as a lone dash ("-"): zero, when the page's other numbers say so.

Some filers print "-" in a power or aggregate row for "none", the way others print "-0-" or
"None": a page with "Sole Dispositive Power 1,000", "Shared Dispositive Power -" and
"Aggregate 1,000" means no shared power, and one with a dash in every power row, "Aggregate -"
and "Percent of Class 0.00%" holds nothing at all. But a dash is also punctuation, a rule line
or "not stated", so it is read as zero only on a cover page whose other numbers agree:

* an aggregate dash, when the page's percent is 0 (or itself a dash) and every power read is 0;
* a dispositive dash, when sole + shared dispositive (the dash as 0) make the aggregate;
* a voting dash, when sole + shared voting (the dash as 0) stay within the aggregate;
* any power dash, when the aggregate is 0.

A power row left blank beside a dash, or an aggregate not read, leaves the dash unread (and
a missing aggregate is still reported by :func:`~graphkit.parsers.schedule13_reconcile.
choose_holding`). Prose never comes here: a bare "-" is no share count
(:data:`graphkit.ocr.QUANTITY_TOKEN`).

Examples
--------
>>> from graphkit.models import Reading
>>> def r(f, v):
...     return [Reading(field=f, raw=str(v), value=v)]
>>> dashes = {f: dash_reading(f) for f in ("shared_voting", "shared_dispositive")}
>>> values = {"sole_voting": r("sole_voting", 600), "sole_dispositive": r("sole_dispositive",
...           800), "aggregate": r("aggregate", 800), "percent": r("percent", 0.6)}
>>> sorted((f, x.value) for f, x in dash_zeros(values, dashes).items())
[('shared_dispositive', 0), ('shared_voting', 0)]
>>> sorted(dash_zeros({"aggregate": r("aggregate", 900), **{k: values[k] for k in (
...     "sole_voting", "sole_dispositive")}}, dashes))   # 800 + "-" is not 900: dispositive unread
['shared_voting']
"""

from __future__ import annotations

from typing import Mapping, Optional

from graphkit.models import Evidence, Reading
from graphkit.ocr import read_quantity

#: Why a dash cell was read as zero, kept on its reading.
DASH_NOTE = "a lone dash, read as none: the cover page's other numbers agree"

#: The power rows in pairs (sole, shared), with whether their sum must equal the aggregate
#: (dispositive power) or only stay within it (voting power: shares held with no vote count).
_PAIRS = ((("sole_dispositive", "shared_dispositive"), True),
          (("sole_voting", "shared_voting"), False))


def dash_reading(field: str, evidence: Optional[Evidence] = None) -> Reading:
    """The reading of a dash cell as zero, should the page agree.

    >>> dash_reading("aggregate").value, dash_reading("aggregate").method
    (0, 'zero-word')
    """
    r = read_quantity("-", field, evidence)
    assert r is not None  # "-" is a zero word of ZERO_WORD
    return r.model_copy(update={"note": DASH_NOTE})


def dash_zeros(values: Mapping[str, list[Reading]], dashes: Mapping[str, Reading],
               percent_dash: bool = False) -> dict[str, Reading]:
    """The dash cells of one cover page that read as zero, by field (see the module notes).

    ``values`` are the page's readings by field (the first is each row's own cell), ``dashes``
    its rows printed as a lone dash, and ``percent_dash`` whether the percent row is one too.

    >>> from graphkit.models import Reading
    >>> dashes = {f: dash_reading(f) for f in ("sole_voting", "sole_dispositive", "aggregate")}
    >>> pct = {"percent": [Reading(field="percent", raw="0.00%", value=0.0)]}
    >>> sorted(dash_zeros(pct, dashes))
    ['aggregate', 'sole_dispositive', 'sole_voting']
    >>> dash_zeros({"percent": [Reading(field="percent", raw="5.2%", value=5.2)]}, dashes)
    {}
    """
    def first(f: str) -> Optional[int | float]:
        rs = values.get(f) or []
        v = rs[0].value if rs else None
        return v if isinstance(v, (int, float)) else None

    out: dict[str, Reading] = {}
    agg = first("aggregate")
    if "aggregate" in dashes:
        pct = [r.value for r in values.get("percent") or []]
        powers = [first(f) for pair, _ in _PAIRS for f in pair if f not in dashes]
        if ((pct and all(p == 0 for p in pct)) or (not pct and percent_dash)) and \
                all(p in (None, 0) for p in powers):
            out["aggregate"] = dashes["aggregate"]
            agg = 0
        else:
            return {}
    if agg is None:
        return {}
    for pair, must_equal in _PAIRS:
        if not any(f in dashes for f in pair):
            continue
        if agg == 0:
            out.update({f: dashes[f] for f in pair if f in dashes})
            continue
        nums = [0 if f in dashes else first(f) for f in pair]
        if None in nums:
            continue
        total = sum(n for n in nums if n is not None)
        if total == agg or (not must_equal and total <= agg):
            out.update({f: dashes[f] for f in pair if f in dashes})
    return out
