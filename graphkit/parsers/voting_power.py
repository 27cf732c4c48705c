"""Percents of the voting power, told apart from percents of the class.

A holder of a class with more votes per share (or of several classes) often states its share
of all the votes: "1,000,000 shares of Class B Common Stock, or 62.5% of the combined voting
power of the Issuer". That is another measure than the percent of class a claim carries (row
11/13 of a cover page): stored there it would be a plausible wrong value. The readers of
percents (the prose holdings' :data:`~graphkit.parsers.prose_holding_patterns.HOLDING_PERCENT`
and the cover pages' percent row) leave a percent out when this pattern follows it; the
sentence or the row stays in the evidence.

Examples
--------
>>> bool(VOTING_POWER_AFTER.match(" of the combined voting power of the Issuer"))
True
>>> bool(VOTING_POWER_AFTER.match(" of the Class B Common Stock"))
False
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.models import Reading
from graphkit.ocr import find_percents

#: What follows a percent of the votes, not of the class: " of the combined voting power",
#: ") of the total voting power", " (of the total voting power)", " of the voting power of all
#: classes", " of the aggregate votes", " of the outstanding voting power", " of the votes
#: entitled to be cast", " of combined voting power" (a cover row); never " of the Class B
#: Common Stock" or " of the outstanding voting securities" (the class, when it is the
#: issuer's one voting class). Written for splicing into other patterns (no braces).
VOTING_POWER_AFTER_PATTERN = r"""
    [ \t]*(?:[()]\s*)?(?:of\s+)?(?:the\s+)?(?:(?:combined|total|aggregate|outstanding|issuer's)\s+)?
    (?:voting\s+(?:power|rights)|votes)\b"""

#: :data:`VOTING_POWER_AFTER_PATTERN` compiled (any case), matched right after a percent sign
VOTING_POWER_AFTER = regex_cache.compile(VOTING_POWER_AFTER_PATTERN, re.VERBOSE | re.IGNORECASE)


def of_voting_power(text: str, end: int) -> bool:
    """True when the percent ending at ``end`` of ``text`` is a percent of the voting power.

    >>> t = "9.8%  (62.5% of combined voting power)"
    >>> of_voting_power(t, t.index("%") + 1), of_voting_power(t, t.rindex("%") + 1)
    (False, True)

    See also
    --------
    VOTING_POWER_AFTER : the words looked for
    """
    return VOTING_POWER_AFTER.match(text, end) is not None


def find_class_percents(text: str) -> list[tuple[int, int, Reading]]:
    """:func:`~graphkit.ocr.find_percents` of ``text`` but those of the voting power.

    >>> [r.value for _, _, r in find_class_percents("62.5% of the total voting power; 9.8%")]
    [9.8]
    """
    return [f for f in find_percents(text) if not of_voting_power(text, f[1])]
