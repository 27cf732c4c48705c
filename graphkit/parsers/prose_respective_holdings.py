"""Holdings of several holders stated in one clause, paired in order by "respectively":
"through Acme Mineral Corp., Acme Cement Corp. and Acme Sand Co., each of which directly owns
846,208 shares, 719,277 shares and 528,880 shares, respectively", "Acme Fund LP and Beta Fund
LP hold 100,000 and 50,000 Shares, respectively".

Each holder gets its own count (the i-th name, the i-th count), only when the list and the
counts are as many; read by :func:`graphkit.parsers.prose_holdings.read_holdings`, which emits
them as it does a single holder's "X directly owns 1,000 shares" (a holding of record: the
cover pages state the beneficial owners' holdings; "beneficially own" is a beneficial holding).

Examples
--------
>>> flat = ("Acme Fund LP and Beta Fund LP hold 100,000 and 50,000 Shares, respectively, "
...         "of the Issuer.")
>>> [(h.holder, h.shares, h.beneficial) for h in respective_holdings(flat)]
[('Acme Fund LP', 100000, False), ('Beta Fund LP', 50000, False)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from graphkit import regex_cache
from graphkit.ocr import read_quantity
from graphkit.parsers.prose_holding_patterns import _COUNT, _SHARES_NOUN
from graphkit.parsers.prose_lists import split_names, trim_name
from graphkit.parsers.prose_name_patterns import LISTED

_F = re.VERBOSE

#: The verb and the counts of a respective holding, after the list of holders: ", each of
#: which directly owns 846,208 shares, 719,277 shares and 528,880 shares, respectively", " hold
#: 100,000 and 50,000 Shares of Common Stock, respectively", " beneficially own 1,000 and 2,000
#: shares, respectively" (group ``ben``: beneficially)
RESPECTIVE_COUNTS = regex_cache.compile(rf"""
    (?:\s*,\s*(?:each\s+of\s+(?:which|whom)|which|who)\s+|\s+)
    (?:(?:directly|currently|presently|(?P<ben>beneficially))\s+)?
    (?:owns?|owned|holds?|held)\s+(?:directly\s+)?(?:of\s+record\s+)?(?:an\s+aggregate\s+of\s+)?
    (?P<counts>{_COUNT}(?:\s+{_SHARES_NOUN})?
       (?:\s*,\s*(?!and\b){_COUNT}(?:\s+{_SHARES_NOUN})?)*\s*,?\s+and\s+{_COUNT})
    \s+{_SHARES_NOUN}(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+){{0,3}}?(?:Stock|Shares|Units))?
    \s*,?\s*respectively\b
""", _F)
#: The list of holders right before :data:`RESPECTIVE_COUNTS` (searched in the text before it,
#: to its end): "Acme Mineral Corp., Acme Cement Corp. and Acme Sand Co."
HOLDER_LIST_BEFORE = regex_cache.compile(rf"""(?P<listed>{LISTED})\Z""", _F)
#: One count of :data:`RESPECTIVE_COUNTS`' group ``counts``: "846,208", "1,570 000"
ONE_COUNT = regex_cache.compile(_COUNT, _F)
#: How far before the counts the list of holders is looked for (characters)
LIST_REACH = 400


class RespectiveHolding(NamedTuple):
    """One holder's count of a respective holding, and where the clause is in the sentence."""

    holder: str
    shares: int
    #: "beneficially own": a beneficial holding, not one of record
    beneficial: bool
    start: int
    end: int


def respective_holdings(flat: str) -> Iterator[RespectiveHolding]:
    """The holdings that "respectively" pairs with their holders in the sentence ``flat``: the
    i-th name of the list before the verb holds the i-th count; none when the list and the
    counts are not as many, or a count is not read whole.

    >>> flat = ("Jane Roe may be deemed to own the Shares through Acme Mineral Corp., Acme "
    ...         "Cement Corp. and Acme Sand Co., each of which directly owns 846,208 shares, "
    ...         "719,277 shares and 528,880 shares, respectively.")
    >>> [(h.holder, h.shares) for h in respective_holdings(flat)]
    [('Acme Mineral Corp.', 846208), ('Acme Cement Corp.', 719277), ('Acme Sand Co.', 528880)]
    >>> list(respective_holdings("Acme Fund LP and Beta Fund LP hold 100,000 Shares."))
    []
    """
    if "respectively" not in flat:
        return
    for m in RESPECTIVE_COUNTS.finditer(flat):
        before = HOLDER_LIST_BEFORE.search(flat[max(0, m.start() - LIST_REACH):m.start()])
        if before is None:
            continue
        names = [trim_name(n) for n in split_names(before["listed"])]
        counts = [read_quantity(c[0]) for c in ONE_COUNT.finditer(m["counts"])]
        shares = [r.value for r in counts if r is not None and isinstance(r.value, int)]
        if len(names) < 2 or len(shares) != len(names) or len(counts) != len(names):
            continue
        start = m.start() - len(before["listed"])
        for name, n in zip(names, shares):
            yield RespectiveHolding(name, n, bool(m["ben"]), start, m.end())
