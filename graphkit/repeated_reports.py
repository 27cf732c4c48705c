"""One block reported twice? Joint filers of one filing that print the very same holding.

Joint filers report overlapping ownership: aggregate with max, never sum. Two filers of one
filing that print the same row — the same number of shares, the same percent and the same
voting and dispositive powers — may be one block seen from two places (a parent and the
subsidiary that bought the shares, whose link the graph lacks), or two equal holdings (parallel
funds with equal commitments). Nothing in the rows tells which, so :func:`identical_reports`
only finds them; the issuer's total (:func:`graphkit.totals.total_held`) counts both and says
so in a note, never silently halving nor silently doubling. Not reported:

* reports that differ in any printed figure, and identical reports of different filings;
* identical reports another holder's printed aggregate covers (a manager printing 2,000,000
  over two funds of 1,000,000 each: equal parts of its holding, which add up);
* rows stating no power at all (a Form 4's "By Fund I" rows; a damaged cover page).

The parent link that settles the first case is read from Item 7
(:mod:`graphkit.parsers.schedule13_subsidiaries`).

Examples
--------
>>> from graphkit.answers import ClaimRef, PartyRef
>>> def atom(h, sh, pct, filing="x.txt"):
...     ref = ClaimRef(claim=h, filing=filing, form="SC 13G", shares=sh, percent=pct,
...                    shared_voting=sh, shared_dispositive=sh)
...     return HoldingAtom(holder=PartyRef(id=h, name=h.upper()), shares=sh, percent=pct,
...                        claim=ref)
>>> [o] = identical_reports([atom("co", 19_851_448, 5.5), atom("group", 19_851_448, 5.5),
...                          atom("fund", 1_000, 0.1)])
>>> [p.id for p in o.counted], o.shares
(['co', 'group'], 19851448)
>>> identical_reports([atom("a", 500, 1.0), atom("b", 500, 1.0, filing="y.txt")])
[]
"""

from __future__ import annotations

from collections import defaultdict
from typing import Optional

from graphkit.answers import HoldingAtom, OverlappingReports

#: What a report must repeat to be the same block: its filing and every figure it prints
_Key = tuple[str, int, Optional[float], Optional[int], Optional[int], Optional[int],
             Optional[int]]


def _block_key(atom: HoldingAtom) -> Optional[_Key]:
    """The filing and printed figures of ``atom``'s report, or None when it can be no repeat:
    a residual (a figure computed, not printed), a report with no claim, or one stating no
    shares or nil."""
    c = atom.claim
    if atom.residual or c is None or not atom.shares or atom.shares != c.shares:
        return None
    powers = (c.sole_voting, c.shared_voting, c.sole_dispositive, c.shared_dispositive)
    if all(p is None for p in powers):
        return None  # a Form 4 row, a damaged cover page: too little to call it the same block
    return (c.filing, c.shares, c.percent, *powers)


def _covered(atoms: list[HoldingAtom], same: list[HoldingAtom], filing: str, total: int
             ) -> bool:
    """True when another holder of ``atoms`` prints, in ``filing``, an aggregate of at least
    ``total`` (the sum of the identical reports ``same``): the reports are then its separate
    parts (sibling funds with equal holdings under a manager printing their sum), not one
    block. Its printed claim counts even where its atom is a residual."""
    ids = {id(a) for a in same}
    return any(id(a) not in ids and a.claim is not None and a.claim.filing == filing
               and a.claim.shares is not None and a.claim.shares >= total for a in atoms)


def identical_reports(atoms: list[HoldingAtom]) -> list[OverlappingReports]:
    """The groups of ``atoms`` that joint filers of one filing print alike, no printed
    aggregate covering them (``identical`` overlaps: ``counted`` holds them all, by name).

    >>> identical_reports([])
    []

    Raises
    ------
    Nothing.

    See also
    --------
    graphkit.totals.total_held
    """
    groups: dict[_Key, list[HoldingAtom]] = defaultdict(list)
    for a in atoms:
        key = _block_key(a)
        if key is not None:
            groups[key].append(a)
    found: list[OverlappingReports] = []
    for (filing, shares, percent, *_), same in groups.items():
        if len(same) < 2 or _covered(atoms, same, filing, shares * len(same)):
            continue
        same.sort(key=lambda a: (a.holder.name, a.holder.id))
        found.append(OverlappingReports(filings=[filing], counted=[a.holder for a in same],
                                        not_added=[], shares=shares, percent=percent,
                                        identical=True))
    return found
