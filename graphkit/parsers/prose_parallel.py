"""Parallel holdings before one "of which X is trustee": which trusts the clause is about.

A footnote on a person's holding lists the trusts whose shares it includes, each group with its
own number, and names the trustee once at the end: "Includes 1,000 shares owned by the Roe
Trust and the Doe Trust, and 450 shares owned by the Major Trust, of which Jane Q. Roe is
trustee." :data:`graphkit.parsers.prose_patterns.OF_WHICH_HOLDER_IS` reads the last group
(":func:`graphkit.parsers.prose_lists.held_names`); :func:`earlier_trusts` reads the groups
before it, when every name of them is a trust and the clause names a trustee: a trust's shares
are in the footnote because its trustee holds them. Any other list, or a group that is not one
of trusts, stays unread: a missing edge is better than a wrong one.

Examples
--------
>>> flat = ("Includes 1,000 shares owned by the Roe Trust and the Doe Trust, and 450 shares "
...         "owned by the Major Trust, of which Jane Q. Roe is trustee.")
>>> earlier_trusts(flat, flat.index("Major Trust"), ["Major Trust"], "trustee")
['Roe Trust', 'Doe Trust']
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_lists import entity_kind, split_listed
from graphkit.parsers.prose_patterns import THE_NAMES

_F = re.VERBOSE

#: A number of shares: "450 Class A shares", "1,000 shares", "20 Units"
_SHARES = r"""[0-9][0-9,]*\s+(?:[A-Za-z]+\s+){0,4}?(?:shares|[Uu]nits)"""

#: An earlier group of a parallel list of holdings, right before the group a clause follows:
#: "the Roe Trust and the Doe Trust, and 450 Class A shares and 10 Class B shares owned by the "
#: (the text searched ends there)
EARLIER_HOLDING = regex_cache.compile(rf"""
    (?P<held>{THE_NAMES})\s*,?\s+and\s+{_SHARES}(?:\s+and\s+{_SHARES})?
    \s+(?:of\s+[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){{0,3}}\s+)?
    (?:owned|held)\s+(?:of\s+record\s+)?by\s+(?:the\s+)?$
""", _F)

#: How far before a group an earlier one is looked for, in characters
_REACH = 400

#: Groups read before one clause at most
_MAX_GROUPS = 6


def earlier_trusts(flat: str, start: int, held: list[str], role: str) -> list[str]:
    """The trusts of the groups of holdings before the one at ``start`` in ``flat``, in order,
    when ``role`` names a trustee and ``held`` (the last group) and every earlier group are all
    trusts; else none.

    >>> flat = "1,000 shares owned by Acme Corp. and 450 shares owned by the Roe Trust, of which"
    >>> earlier_trusts(flat, flat.index("Roe Trust"), ["Roe Trust"], "trustee")
    []
    """
    if "trustee" not in role.lower() or not _all_trusts(held):
        return []
    out: list[str] = []
    for _ in range(_MAX_GROUPS):
        lo = max(0, start - _REACH)
        m = EARLIER_HOLDING.search(flat, lo, start)
        if m is None:
            break
        names = split_listed(m["held"])
        if not _all_trusts(names):
            break
        out = names + out
        start = m.start("held")
    return out


def _all_trusts(names: list[str]) -> bool:
    return bool(names) and all(entity_kind(n) == "trust" for n in names)
