"""Table I amounts that run on from one nature of ownership to the next: one running total.

Each transaction row of Table I prints the amount owned after it, and each row has its own
direct/indirect mark and nature of ownership ("By 401(k) Plan for self", "By spouse"). The
form asks for the amount of that nature, so the last row of each (security, nature) is its
holding. Some filers print instead the running total of *all* their shares of the security
on every row, whatever its nature: a purchase of 500 shares "By 401(k) for spouse" then shows
5,409 (the 4,909 of the row before, of another nature, plus 500), not the spouse's 500.

:func:`runs_on` detects that: every row whose nature differs from the row before starts from
the row before's amount (its own shares added or taken away), at least
:data:`MIN_NATURE_CHANGES` times, and none continues its own nature's amount instead. Two
independent holdings meet that by chance once, hardly twice. The rows of such a security then hold one amount, the last row's: the total of
all natures, not any one nature's (:mod:`graphkit.parsers.ownership_xml` keeps only it, with a
``running-total`` warning).

Examples
--------
>>> rows = [TransactionRow(nature="self", shares=100, acquired=True, owned_after=1100),
...         TransactionRow(nature="spouse", shares=500, acquired=True, owned_after=1600),
...         TransactionRow(nature="self", shares=50, acquired=False, owned_after=1550)]
>>> runs_on(rows)
True
"""

from __future__ import annotations

from typing import Optional, Sequence

from pydantic import BaseModel, ConfigDict

#: Least number of changes of nature, each continuing the amount of the row before, that make
#: the rows one running total: one such change can be chance (a spouse's 1,000 shares next to
#: the owner's own 1,000), two hardly.
MIN_NATURE_CHANGES = 2


class TransactionRow(BaseModel):
    """What :func:`runs_on` compares of one transaction row of Table I."""

    model_config = ConfigDict(frozen=True)

    nature: object  # what tells the row's holding apart: D/I mark, nature, footnotes
    shares: Optional[int]  # the shares of the transaction
    acquired: Optional[bool]  # A (True) or D (False)
    owned_after: int


def continues(before: TransactionRow, row: TransactionRow) -> bool:
    """Whether ``row``'s amount owned after is ``before``'s with ``row``'s shares added (A) or
    taken away (D)."""
    if row.shares is None or row.acquired is None:
        return False
    step = row.shares if row.acquired else -row.shares
    return before.owned_after + step == row.owned_after


def runs_on(rows: Sequence[TransactionRow]) -> bool:
    """Whether the transaction rows of one security (in file order) print one running total
    across their natures of ownership (see the module docstring).

    A row whose nature differs from the row before's counts *for* a running total when it
    continues that row's amount exactly, *against* when it continues the last amount of its
    own nature. At least :data:`MIN_NATURE_CHANGES` rows for and none against make a running
    total. A row after one left at 0 counts for nothing: a nature sold out and another begun
    from nothing continue each other by chance. (Rows of one nature need not chain: approximate plan amounts, "approximately 3,888
    shares held in a 401(k) account", drift by a few shares.)

    >>> a = TransactionRow(nature="self", shares=100, acquired=True, owned_after=1100)
    >>> b = TransactionRow(nature="spouse", shares=500, acquired=True, owned_after=500)
    >>> runs_on([a, b, a]), runs_on([a, a])
    (False, False)
    """
    seen: dict[tuple, TransactionRow] = {}  # the last row of each nature so far
    for_, against = 0, 0
    for k, row in enumerate(rows):
        before = rows[k - 1] if k else None
        if before is not None and row.nature != before.nature:
            own = seen.get(row.nature)
            if own is not None and continues(own, row):
                against += 1
            elif before.owned_after and continues(before, row):
                for_ += 1  # (a nature left at 0 and another begun from 0 prove nothing)
        seen[row.nature] = row
    return for_ >= MIN_NATURE_CHANGES and not against
