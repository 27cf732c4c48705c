"""Which "X owns N% of Y" statements of filing prose make X a shareholder of Y.

:data:`~graphkit.parsers.prose_owned_patterns.OWNS_PERCENT_OF` finds "Acme Holdings LLC owns
approximately 99.6% of Beta Corp." and "Acme LLC, which owns approximately 99.6% of Beta Corp.";
:func:`percent_owned` decides what it gives. ``shareholder_of`` is a control relation (a holder
of all or a controlling part of a company), so only a majority is read: "owns 30% of Beta Corp."
gives nothing (a missing edge, never a wrong controller). Nor is a majority of a partnership or
a fund read: most of its interests are often a limited partner's or an investor's, and the
general partner or manager controls it.

Examples
--------
>>> from graphkit.parsers.prose_owned_patterns import OWNS_PERCENT_OF
>>> flat = 'Acme LLC ("Acme"), which owns approximately 99.6% of Beta Corp. and whose member'
>>> percent_owned(flat, OWNS_PERCENT_OF.search(flat))
PercentOwned(holder='Acme LLC ("Acme")', held='Beta Corp.', percent=99.6)
>>> flat = "Acme LLC owns 30% of Beta Corp."
>>> percent_owned(flat, OWNS_PERCENT_OF.search(flat)) is None
True
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from graphkit.parsers.prose_guards import after_preposition
from graphkit.parsers.prose_lists import entity_kind, trim_name
from graphkit.parsers.prose_owned_patterns import SECURITY_NAME

#: A part above this percent of a company is a majority, which controls it (as
#: :data:`graphkit.controllers.MAJORITY` reads a holding)
MAJORITY = 50.0

#: Kinds of a held name (:func:`~graphkit.parsers.prose_lists.entity_kind`) whose majority owner
#: may not control it: a partnership's limited partner, a fund's investor
_NOT_CONTROLLED_BY_OWNERS = frozenset({"lp", "llp", "lllp", "partnership", "partners", "fund"})


class PercentOwned(NamedTuple):
    """A holder's stated part of a held company: ``percent`` is None for "more than 50%"."""

    holder: str
    held: str
    percent: Optional[float]


def percent_owned(flat: str, m: re.Match[str]) -> Optional[PercentOwned]:
    """What the :data:`~graphkit.parsers.prose_owned_patterns.OWNS_PERCENT_OF` match ``m`` in
    ``flat`` states, or None when it gives no shareholder: a part that is no majority (see
    :data:`MAJORITY`; "more than 50%" is one, its percent unknown), a held security
    (:data:`~graphkit.parsers.prose_owned_patterns.SECURITY_NAME`), partnership or fund, or a
    subject that is the object of a preposition ("the general partner of Acme LP owns ...":
    not Acme LP).

    >>> from graphkit.parsers.prose_owned_patterns import OWNS_PERCENT_OF as P
    >>> percent_owned("Acme LLC holds more than 50% of Beta Corp.", P.search(
    ...     "Acme LLC holds more than 50% of Beta Corp."))
    PercentOwned(holder='Acme LLC', held='Beta Corp.', percent=None)
    >>> [percent_owned(f, P.search(f)) for f in ("Acme LLC owns 60% of Beta Fund LP.",
    ...  "Acme LLC owns 60% of Common Stock.", "The manager of Acme LLC owns 60% of Beta Inc.")]
    [None, None, None]
    """
    pct = float(m["pct"])
    if pct > 100 or pct < MAJORITY or (pct == MAJORITY and not m["over"]):
        return None
    held = trim_name(m["held"])
    if SECURITY_NAME.search(held) or entity_kind(held) in _NOT_CONTROLLED_BY_OWNERS:
        return None
    if m["holder"] is not None and after_preposition(flat, m.start("holder")):
        return None
    return PercentOwned(holder=m["holder"] or m["holder2"], held=m["held"],
                        percent=None if m["over"] else pct)
