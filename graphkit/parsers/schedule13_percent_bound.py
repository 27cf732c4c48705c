"""A cover page's percent row that states a bound instead of a value: "Less than 0.1%".

Subsidiaries on a conglomerate's or a bank's Schedule 13G often hold a sliver of the class, and
their row 11 (13G) or 13 (13D) says "Less than 0.1%", "less than one percent" or "<1%". The
percent in it is no value of the row (0.1 would be a wrong number), so no percent is read; the
bound is kept as a reading without a value (:func:`percent_bound`), cited to the row, and the
holding's missing percent is then no "no value read" problem
(:func:`graphkit.parsers.schedule13_reconcile.choose_holding`).

Examples
--------
>>> [m[0] for m in PERCENT_BOUND.finditer("Less than 0.1%; less than one percent; <1 %")]
['Less than 0.1%', 'less than one percent', '<1 %']
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.models import Reading
from graphkit.parsers.schedule13_cover_patterns import LESS_THAN
from graphkit.source import SourceText

#: A percent row's bound instead of its value: "Less than 0.1%", "less than one percent",
#: "<1%", "less than 5 per cent"
PERCENT_BOUND = regex_cache.compile(r"""
    (?:\bless\s+than|<)\s*
    (?:\d{1,3}(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)|one\s+(?:percent|per\s+cent)\b)
""", re.VERBOSE | re.IGNORECASE)

#: The note of a percent row's bound (:func:`percent_bound`)
BOUND_NOTE = "a bound, not a value: the row states no exact percent"


def states_bound(region: str) -> bool:
    """Whether a percent row's ``region`` states a bound instead of a value: "less than" in
    it (a bound even when :data:`PERCENT_BOUND` does not read it: "less than 1/10th of 1%"), or
    a :data:`PERCENT_BOUND` ("<1%").

    >>> states_bound("  Less than 1/10th of 1%"), states_bound(" <0.1%"), states_bound(" 5.1%")
    (True, True, False)
    """
    return LESS_THAN.search(region) is not None or "<" in region and \
        PERCENT_BOUND.search(region) is not None


def percent_bound(src: SourceText, region: str, rs: int, section: str) -> Optional[Reading]:
    """The bound a percent row's ``region`` (at ``rs`` of the text) states instead of a value
    (:data:`PERCENT_BOUND`), as a reading without a value, or None.

    >>> src = SourceText(path="x.txt", text="11. PERCENT OF CLASS  Less than 0.1%")
    >>> r = percent_bound(src, src.text[21:], 21, "cover page 1")
    >>> r.raw, r.value, r.evidence.text
    ('Less than 0.1%', None, 'Less than 0.1%')
    """
    bound = PERCENT_BOUND.search(region)
    if bound is None:
        return None
    return Reading(field="percent", raw=" ".join(bound[0].split()), note=BOUND_NOTE,
                   evidence=src.evidence(rs + bound.start(), rs + bound.end(), section))
