"""Joint filers whose whole holding is theirs alone: counted beside the largest report.

Joint filers of one Schedule 13D/13G with no control link between them (a "group" of
individuals acting together) report overlapping holdings as far as anyone can tell from the
numbers: one may vote the shares another owns of record. So
:func:`graphkit.totals.total_held` counts the largest family's report and adds none of the
others. That loses the members whose shares nobody else can hold. A person who reports every
share with **sole** voting and **sole** dispositive power, and no shared power, holds those
shares alone: no other filer has any power over them, so no other report can include them.

:func:`sole_holders` finds such members among the reports not added, and only where the
numbers agree: the person reports shares equal to both sole powers, both shared powers are
printed as 0, and the amount is printed by no other filer of the filing (a general partner and
its fund whose link is not read may each print "sole" power over the same 1,000,000 shares),
and the counted report's aggregate is no more than the shares it has power over (one printing
the group's total holds the others' shares too). Only persons: a fund's "sole" power is often
its general partner's too.

Examples
--------
A 13D/A group of three: Jack votes Mark's 3,293,750 shares (63.49%), Mark keeps their
disposal, Isaac holds 1,162,500 (11.2%) alone; the group holds 74.69%.

>>> from graphkit.answers import ClaimRef, HoldingAtom, PartyRef
>>> def atom(name, sh, pct, sv, sd):
...     ref = ClaimRef(claim=name, filing="x", form="SC 13D/A", shares=sh, percent=pct,
...                    sole_voting=sv, shared_voting=0, sole_dispositive=sd,
...                    shared_dispositive=0)
...     return HoldingAtom(holder=PartyRef(id=name, name=name, kind="person"), shares=sh,
...                        percent=pct, claim=ref)
>>> jack = atom("Jack", 6_587_500, 63.49, 6_587_500, 3_293_750)
>>> mark = atom("Mark", 3_293_750, 31.74, 0, 3_293_750)
>>> isaac = atom("Isaac", 1_162_500, 11.2, 1_162_500, 1_162_500)
>>> [a.holder.name for a in sole_holders([[mark], [isaac]], [[jack], [mark], [isaac]])]
['Isaac']
"""

from __future__ import annotations

from typing import Optional, Sequence

from graphkit.answers import ClaimRef, HoldingAtom


def _printed(ref: ClaimRef) -> set[int]:
    """Every number of shares a report prints: the aggregate and the four powers."""
    return {n for n in (ref.shares, ref.sole_voting, ref.shared_voting, ref.sole_dispositive,
                        ref.shared_dispositive) if n}


def _alone(atom: HoldingAtom) -> Optional[int]:
    """The shares a person's report holds with sole voting and dispositive power and no shared
    power, all of its holding; None when it is no such report."""
    ref = atom.claim
    if atom.holder.kind != "person" or ref is None or not ref.shares:
        return None
    if ref.shared_voting != 0 or ref.shared_dispositive != 0:
        return None  # (None: the powers are not read)
    return ref.shares if ref.sole_voting == ref.sole_dispositive == ref.shares else None


def _beyond_powers(ref: ClaimRef) -> bool:
    """True when a report's aggregate is more than the shares it has power over (row 11 over
    rows 7 to 10): it counts shares of others, such as a group's whole holding.

    >>> _beyond_powers(ClaimRef(claim="c", filing="x", form="SC 13D", shares=7_750_000,
    ...                         sole_voting=6_587_500, shared_voting=0,
    ...                         sole_dispositive=3_293_750, shared_dispositive=0))
    True
    """
    powers = (ref.sole_voting, ref.shared_voting, ref.sole_dispositive, ref.shared_dispositive)
    if ref.shares is None or None in powers:
        return False
    sv, shv, sd, shd = powers
    return ref.shares > max(sv + shv, sd + shd)


def sole_holders(not_added: Sequence[Sequence[HoldingAtom]],
                 families: Sequence[Sequence[HoldingAtom]]) -> list[HoldingAtom]:
    """The atoms of ``not_added`` (the families whose reports the total does not add) that
    hold their shares alone (module notes); ``families`` are all the families of the filing,
    the counted one first, whose printed numbers the amount must not match. None when the
    counted report's aggregate is more than its powers (:func:`_beyond_powers`: it may be
    the group's total, holding theirs).

    Each returned family is one person's report: its shares and percent are counted besides
    the largest report.
    """
    if any(_beyond_powers(a.claim) for f in families[:1] for a in f if a.claim is not None):
        return []  # the counted report's aggregate may be the group's: it may hold them
    out: list[HoldingAtom] = []
    for family in not_added:
        if len(family) != 1 or (amount := _alone(family[0])) is None:
            continue
        others = {n for f in families for a in f if a is not family[0] and a.claim is not None
                  for n in _printed(a.claim)}
        if amount not in others:
            out.append(family[0])
    return out
