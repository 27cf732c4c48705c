"""A group's holding as its filing states it, checked against the cover pages.

Joint filers of one Schedule 13D/13G with no control link between them may report the same
shares, so :func:`graphkit.totals.total_held` counts the largest report and adds none of the
others: a lower bound when their holdings are in fact separate. Many such filings say what
the reporting persons hold together ("The Holders ... collectively own 239,700 shares",
"The Reporting Group, which collectively holds 74.69%":
:mod:`graphkit.parsers.schedule13_group_holding`). That statement is the filing's own answer,
and :func:`group_total` uses it when the numbers agree: **some of the filing's reports add up
to it exactly** (the count of shares; or, when only a percent is stated, the percents to within
their rounding, every set of reports that does so coming to one count of shares). The reports
are then separate holdings as far as the stated total goes, and the filing's total is counted
when it is more than the reports alone give, never more than it: a statement no one set of
reports adds up to (other shares, another date, a misread, a rounded percent several sets come
to) changes nothing but a note. A stated percent outside the rounding of the adding reports'
sum is not the count's: the sum is taken.

Examples
--------
Four holders of a 2000 13D, each printing its own shares; Item 5 says they own 239,700 together.

>>> from graphkit.answers import ClaimRef
>>> from graphkit.models import GroupHolding
>>> reports = [ClaimRef(claim=c, filing="x", form="SC 13D", shares=sh, percent=pct)
...            for c, sh, pct in [("kcf", 194_500, 4.6), ("lti", 29_200, 0.7),
...                               ("ps", 1_000, 0.02), ("arl", 15_000, 0.4)]]
>>> said = GroupHolding(shares=239_700, percent=5.6)
>>> g = group_total([said], reports)
>>> g.holding.shares, g.holding.percent, sorted(g.adding)
(239700, 5.6, ['arl', 'kcf', 'lti', 'ps'])
>>> group_total([GroupHolding(shares=250_000)], reports) is None
True
"""

from __future__ import annotations

from itertools import combinations
from pathlib import PurePath
from typing import Iterable, Optional, Sequence

import networkx as nx
from pydantic import BaseModel, ConfigDict

from graphkit.answers import ClaimRef, HoldingAtom
from graphkit.models import GroupHolding

#: At most this many reports are tried in sums (2 ** 14 subsets; a filing of more joint filers
#: than that is not checked)
MAX_REPORTS = 14


class GroupTotal(BaseModel):
    """A group holding that some reports add up to: the statement, and those reports' claims."""

    model_config = ConfigDict(frozen=True)

    holding: GroupHolding
    adding: list[str]  # the claims (edge keys) of the reports that add up to it


def stated_holdings(G: nx.MultiDiGraph, issuer: str, filing: str) -> list[GroupHolding]:
    """The group holdings ``filing`` states for ``issuer`` (kept on the graph by
    :func:`graphkit.graph.build_graph`), in the filing's order."""
    said = (G.graph.get("group_holdings") or {}).get(filing) or []
    return [GroupHolding.model_validate({k: v for k, v in d.items() if k != "issuer"})
            for d in said if d.get("issuer") == issuer]


def _decimals(value: float) -> int:
    """The decimals a percent was printed with, as far as a float tells: 74.69 -> 2, 5.6 -> 1."""
    text = f"{value:g}"
    return len(text.split(".")[1]) if "." in text else 0


def _half_unit(value: float) -> float:
    """Half the last unit a percent was printed with: 74.69 -> 0.005, 5.6 -> 0.05."""
    return 0.5 * 10 ** -_decimals(value)


def _within_rounding(stated: float, parts: Sequence[float]) -> bool:
    """Whether ``parts`` add up to ``stated`` within the rounding of every figure printed.

    >>> _within_rounding(5.6, [4.6, 0.7, 0.02, 0.4]), _within_rounding(74.69, [63.49, 11.2])
    (True, True)
    >>> _within_rounding(74.69, [63.49, 31.74])
    False
    """
    slack = _half_unit(stated) + sum(_half_unit(p) for p in parts)
    return abs(sum(parts) - stated) <= slack + 1e-9


def _adding(said: GroupHolding, reports: Sequence[ClaimRef]) -> Optional[list[ClaimRef]]:
    """The reports whose shares add up to ``said.shares`` exactly (the fewest such), or, when
    it states only a percent, whose percents add up to it within the rounding of every figure;
    None when none do, or when reports adding up to a percent differ in their count of shares
    ("approximately 5.6%" is three reports' 5.7 and four reports' 5.72: which, unsaid)."""
    if said.shares is not None:
        for k in range(1, len(reports) + 1):
            for subset in combinations(reports, k):
                if all(r.shares for r in subset) and sum(r.shares or 0 for r in subset) \
                        == said.shares:
                    return list(subset)
        return None
    if said.percent is None:
        return None
    best: list[tuple[float, tuple[ClaimRef, ...]]] = []
    for k in range(1, len(reports) + 1):
        for subset in combinations(reports, k):
            pcts = [r.percent for r in subset]
            if None in pcts:
                continue
            parts = [p or 0.0 for p in pcts]
            if _within_rounding(said.percent, parts):
                best.append((abs(sum(parts) - said.percent), subset))
    if not best:
        return None
    counts = {sum(r.shares or 0 for r in s) if all(r.shares for r in s) else None
              for _, s in best}
    return list(min(best, key=lambda b: b[0])[1]) if len(counts) == 1 else None


def group_total(holdings: Sequence[GroupHolding], reports: Sequence[ClaimRef]
                ) -> Optional[GroupTotal]:
    """The first of ``holdings`` (what a filing states its reporting persons hold together)
    that some of ``reports`` (the claims of that filing's reports, one per holder) add up to,
    with its missing number (shares or percent) filled in from those reports; None when there
    is none, or too many reports to try (:data:`MAX_REPORTS`)."""
    reports = [r for r in reports if r.shares or r.percent]
    if not reports or len(reports) > MAX_REPORTS:
        return None
    for said in holdings:
        subset = _adding(said, reports)
        if subset is None:
            continue
        shares = said.shares
        if shares is None and all(r.shares for r in subset):
            shares = sum(r.shares or 0 for r in subset)
        pct = said.percent
        parts = [r.percent for r in subset if r.percent is not None]
        if len(parts) == len(subset) and (pct is None or not _within_rounding(pct, parts)):
            pct = round(sum(parts), 4)  # none stated, or not the count's: the reports' sum
        return GroupTotal(holding=said.model_copy(update={"shares": shares, "percent": pct}),
                          adding=[r.claim for r in subset])
    return None


def raises(g: GroupTotal, shares: Optional[int], percent: Optional[float]) -> bool:
    """True when the stated group holding is more than the total counted (``shares``,
    ``percent``) by the figure both state: the reports are separate holdings, as stated."""
    h = g.holding
    if h.shares is not None and shares is not None:
        return h.shares > shares
    if h.percent is not None and percent is not None:
        return h.percent > percent + 1e-9
    return False


def counted_group(G: nx.MultiDiGraph, issuer: str, comp: Iterable[tuple[str, str]],
                  atoms: Sequence[HoldingAtom], shares: Optional[int], percent: Optional[float]
                  ) -> tuple[Optional[int], Optional[float], str, bool]:
    """``(shares, percent, note)`` of a part of an issuer's total (``comp``: the families and
    filings of :func:`graphkit.totals.total_held` counted together, ``atoms`` their holdings,
    ``shares`` and ``percent`` what they count): the group holding its one filing states, when
    its reports add up to it and it is more (:func:`group_total`, :func:`raises`), with a note,
    and True; else the figures given, a note when the filing states one no reports add up to
    (or none: ""), and False."""
    filings = [f for kind, f in comp if kind == "filing"]
    said = stated_holdings(G, issuer, filings[0]) if len(filings) == 1 else []
    g = group_total(said, [a.claim for a in atoms if a.claim is not None
                           and a.claim.filing == filings[0]]) if said else None
    if g is None and said:  # stated, but no reports add up to it: shown, never counted
        return shares, percent, _unmatched_note(said[0]), False
    if g is None or not raises(g, shares, percent):
        return shares, percent, "", False
    before = (f"{percent:g}%" if percent is not None else f"{shares:,} shares"
              if shares is not None else "no number")
    names = [a.holder.name for a in atoms if a.claim and a.claim.claim in g.adding]
    h = g.holding
    return (h.shares if h.shares is not None else shares,
            h.percent if h.percent is not None else percent, group_note(g, names, before), True)


def group_note(g: GroupTotal, names: Sequence[str], counted: str) -> str:
    """The note on a total that counts a group's stated holding (``names``: the holders whose
    reports add up to it; ``counted``: what the reports alone gave)."""
    size, where = _size(g.holding), _where(g.holding)
    return (f"the filing states what its reporting persons hold together, {size}{where}, and "
            f"the reports of {_listed(names)} add up to it: their holdings are separate, so the "
            f"total counts the stated {size}, more than the reports alone give ({counted})")


def _size(h: GroupHolding) -> str:
    """ "239,700 shares (5.6%)", "239,700 shares", "74.69%" """
    if h.shares is not None:
        return f"{h.shares:,} shares" + (f" ({h.percent:g}%)" if h.percent is not None else "")
    return f"{h.percent:g}%"


def _where(h: GroupHolding) -> str:
    ev = h.evidence
    return (f" ({PurePath(ev.source).name}, line {ev.line}: \"{ev.text}\")"
            if ev is not None else "")


def _unmatched_note(h: GroupHolding) -> str:
    """The note on a group holding the filing states that none of its reports add up to."""
    return (f"the filing states what its reporting persons hold together, {_size(h)}"
            f"{_where(h)}, but no one set of the filing's reports adds up to it (it may count "
            "other shares, speak of another date, or round a percent several sets come to): "
            "not counted")


def _listed(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C" """
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
