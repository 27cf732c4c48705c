"""Co-owners: joint filers linked only by a party they both control, whose reports overlap.

Two joint filers who both control one company (spouses who own it together, two managing members
of one general partner) and neither of whom controls the other are one family in
:func:`graphkit.totals.total_held`: the company's holding is a slice of theirs. What each reports
beyond it (its *residual*) is partly its own, held with **sole** power, and partly held with
**shared** power, often together with the other co-owner (a joint account, a spouse's shares, a
second company they share). Sole power is one person's alone, so the sole parts add up; the shared
parts may be the same shares, so only the largest is counted (joint filers: aggregate with max,
never sum). :func:`co_owner_overlaps` applies that rule and says what it left out.

Examples
--------
Two spouses each report 10,752,585 shares: 1,071,082 and 1,040,110 with sole power, the rest
shared; the company they own reports none. Held in all: both sole parts and the shared part once.

>>> import networkx as nx
>>> from graphkit.answers import ClaimRef
>>> G = nx.MultiDiGraph([("jane", "co", {"relation": "shareholder_of"}),
...                      ("john", "co", {"relation": "shareholder_of"})])
>>> def atom(h, sh, sole):
...     ref = ClaimRef(claim=h, filing="x", form="SC 13D", shares=sh, sole_voting=sole,
...                    sole_dispositive=sole)
...     return HoldingAtom(holder=PartyRef(id=h, name=h, kind="person" if h != "co"
...                                         else "organization"), shares=sh, claim=ref)
>>> kept, [o] = co_owner_overlaps(G, [atom("co", 0, 0), atom("jane", 10_721_613, 1_040_110),
...                                   atom("john", 10_752_585, 1_071_082)], "i")
>>> sum(a.shares for a in kept), [p.id for p in o.counted], o.sole_counted
(11792695, ['john'], 1040110)
"""

from __future__ import annotations

from collections import defaultdict
from typing import Optional

import networkx as nx

from graphkit.answers import HoldingAtom, OverlappingReports, PartyRef
from graphkit.controllers import controlled_by, controllers_of
from graphkit.table_lines import lines_apart

#: Decimals of a co-owner's percent cut to its sole part (a figure no filing prints)
PERCENT_DECIMALS = 2


def co_owner_overlaps(G: nx.MultiDiGraph, atoms: list[HoldingAtom], issuer: str
                      ) -> tuple[list[HoldingAtom], list[OverlappingReports]]:
    """``atoms`` of one family with the overlapping reports of co-owners counted once, and
    the overlaps found.

    The *tops* of the family are the holders no other holder of it controls. Two tops that are
    persons and report in one filing are co-owners when a holder is controlled by both and no
    party controls both (tops with a common controller are sibling funds: their holdings add).
    Companies are never co-owners here: what a fund holds with shared power beyond a vehicle it
    co-owns is most often shared with its own adviser, not with the other owner. Nor are two
    Form 4 owners whose holdings beyond what they co-own are lines of Table I apart
    (:func:`graphkit.table_lines.lines_apart`: "held directly by Jane Roe", "... by John Roe"):
    those are different shares. Of each group of
    co-owners, the one whose shared part is largest keeps its whole residual; each other keeps
    only what it holds with sole power (:func:`split_residual`). Co-owners of different filings,
    and co-owners with nothing shared beyond what they co-own, are left as they are.

    >>> import networkx as nx
    >>> from graphkit.answers import ClaimRef
    >>> G = nx.MultiDiGraph([("a", "gp", {"relation": "managing_member_of"}),
    ...                      ("b", "gp", {"relation": "managing_member_of"})])
    >>> def atom(h, sh):
    ...     ref = ClaimRef(claim=h, filing="x", form="SC 13G", shares=sh)
    ...     return HoldingAtom(holder=PartyRef(id=h, name=h, kind="person"), shares=sh, claim=ref)
    >>> kept, found = co_owner_overlaps(G, [atom("gp", 900), atom("a", 0), atom("b", 0)], "i")
    >>> [a.shares for a in kept], found      # nothing beyond their fund's shares: unchanged
    ([900, 0, 0], [])
    """
    ids = {a.holder.id for a in atoms}
    above = {a.holder.id: controllers_of(G, a.holder.id, issuer) for a in atoms}
    below = {a.holder.id: controlled_by(G, a.holder.id) & ids for a in atoms}
    managed = {a.holder.id: {h for h in below[a.holder.id] if _manages(G, a.holder.id, h)}
               for a in atoms if a.holder.is_person}
    by_filing: dict[str, list[HoldingAtom]] = defaultdict(list)
    for a in atoms:  # persons only: a company's shared power is shared with its own managers
        if a.claim is not None and a.holder.is_person and not above[a.holder.id] & ids:
            by_filing[a.claim.filing].append(a)
    changed: dict[str, HoldingAtom] = {}
    overlaps: list[OverlappingReports] = []
    for _, tops in sorted(by_filing.items()):
        co = nx.Graph()
        co.add_nodes_from(a.holder.id for a in tops)
        co.add_edges_from((x.holder.id, y.holder.id) for i, x in enumerate(tops)
                          for y in tops[i + 1:] if below[x.holder.id] & below[y.holder.id]
                          and not above[x.holder.id] & above[y.holder.id]
                          and not lines_apart(G, issuer, x, y, below))
        for ids_of_group in nx.connected_components(co):
            group = sorted((a for a in tops if a.holder.id in ids_of_group),
                           key=lambda a: (a.holder.name, a.holder.id))
            if len(group) > 1:
                found = _count_once(group, atoms, below, managed, changed)
                overlaps += [found] if found else []
    return [changed.get(a.holder.id, a) for a in atoms], overlaps


def _count_once(group: list[HoldingAtom], atoms: list[HoldingAtom],
                below: dict[str, set[str]], managed: dict[str, set[str]],
                changed: dict[str, HoldingAtom]) -> Optional[OverlappingReports]:
    """Count the co-owners of ``group`` once (see :func:`co_owner_overlaps`): the cut atoms go
    to ``changed``; the overlap, if any shared part is left out. ``managed``: the holdings each
    person manages (:data:`MANAGING`)."""
    shares_of = {a.holder.id: a.shares for a in atoms}
    parts = {}
    for a in group:  # what they control together is under shared power: sole power is one's
        others = set().union(*(below[b.holder.id] for b in group if b is not a))
        others_manage = set().union(*(managed[b.holder.id] for b in group if b is not a))
        part = split_residual(a, [shares_of[h] for h in below[a.holder.id] - others])
        # ... unless only this one manages it, the others holding its equity, and his sole
        # power left is exactly such holdings' shares: then it is theirs, not his own
        if part[0] and _sums_to([shares_of[h] for h in (managed[a.holder.id] & others)
                                 - others_manage], part[0]):
            part = (0, True)
        parts[a.holder.id] = part
    by_shares = all(a.shares is not None for a in group)  # else by percent, for all alike
    ranked = sorted(group, key=lambda a: (*_shared_key(a, parts[a.holder.id][0], by_shares),
                                          _printed(a)), reverse=True)
    kept, rest = ranked[0], ranked[1:]
    kept_pct = _percent_of(kept, group)
    # without the counted report's percent (shares), the others' stand for the shared part
    cut = {a.holder.id: _cut(a, parts[a.holder.id][0], kept_pct is not None,
                             kept.shares is not None) for a in rest}
    left_out = [a for a in rest if cut[a.holder.id] != a]
    if not left_out:
        return None
    changed.update(cut)
    if kept_pct is not None and kept.percent is None:
        changed[kept.holder.id] = kept.model_copy(update={"percent": kept_pct, "derived": True})
    owned = below[kept.holder.id] & set().union(*(below[a.holder.id] for a in left_out))
    known = [parts[a.holder.id] for a in left_out if parts[a.holder.id][1]]
    return OverlappingReports(
        filings=[kept.claim.filing if kept.claim else ""], counted=[kept.holder],
        not_added=[a.holder for a in left_out],
        shares=kept.claim.shares if kept.claim else None,
        percent=kept.claim.percent if kept.claim else None,
        co_owned=[next(a.holder for a in atoms if a.holder.id == h) for h in sorted(owned)],
        sole_counted=sum(sole for sole, _ in known) if known else None)


#: The relations by which a person manages a holding (its general partner, managing member,
#: trustee or investment manager), as against holding its equity (shareholder, member)
MANAGING = frozenset({"general_partner_of", "managing_member_of", "trustee_of",
                      "investment_manager_of"})


def _manages(G: nx.MultiDiGraph, person: str, holding: str) -> bool:
    """Whether ``person`` manages ``holding`` by a direct relation of :data:`MANAGING`.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("don", "b", {"relation": "shareholder_of"}),
    ...                      ("don", "b", {"relation": "general_partner_of"})])
    >>> _manages(G, "don", "b"), _manages(G, "b", "don")
    (True, False)
    """
    edges = G.get_edge_data(person, holding) or {}
    return any(d.get("relation") in MANAGING for d in edges.values())


def _sums_to(values: list[Optional[int]], total: int) -> bool:
    """Whether some of ``values`` (each stated) add up to exactly ``total``.

    >>> _sums_to([320_000, 5_000], 320_000), _sums_to([320_000], 400_000)
    (True, False)
    """
    return _largest_sum_within([v for v in values if v], total) == total


def _percent_of(atom: HoldingAtom, group: list[HoldingAtom]) -> Optional[float]:
    """``atom``'s percent; when not stated, its shares over the class size that another report
    of ``group`` implies (shares and percent both printed), rounded; else None."""
    if atom.percent is not None or atom.shares is None:
        return atom.percent
    for a in group:
        c = a.claim
        if c is not None and c.shares and c.percent:
            return round(atom.shares * c.percent / c.shares, PERCENT_DECIMALS)
    return None


def split_residual(atom: HoldingAtom, below: list[Optional[int]]) -> tuple[int, bool]:
    """``(sole, known)``: the shares of ``atom``'s residual held with sole power, and whether its
    report states its powers. ``below`` is the shares of the holdings it controls (out of its
    residual; its sole power may cover some of them).

    The sole part is the smaller of the sole voting and sole dispositive powers, less the largest
    sum of those holdings that fits in it (a fund reported under sole power; the least sole part
    the report allows), never above the residual. Holdings it controls with another co-owner are
    not among them (sole power is one holder's alone); :func:`_count_once` takes them too when
    it alone manages them (general partner, managing member, trustee, manager) while the others
    hold their equity, and its sole power left is exactly their shares. It is 0 when the powers or the residual's
    shares are not stated: the residual is then all shared, counted at most once.

    >>> from graphkit.answers import ClaimRef
    >>> ref = ClaimRef(claim="c", filing="x", form="SC 13G", shares=1_766_100,
    ...                sole_voting=688_600, sole_dispositive=688_600)
    >>> partner = HoldingAtom(holder=PartyRef(id="w", name="Jane Roe"), shares=863_500, claim=ref)
    >>> split_residual(partner, [902_600])    # the adviser's shares are under shared power
    (688600, True)
    >>> split_residual(partner, [600_000])    # they may be under sole power: the least
    (88600, True)
    >>> split_residual(partner.model_copy(update={"claim": None}), [])
    (0, False)
    """
    claim = atom.claim
    powers = [p for p in (claim.sole_voting, claim.sole_dispositive) if p is not None] \
        if claim else []
    if atom.shares is None or not powers:
        return 0, False
    sole = min(powers)
    return max(0, min(sole - _largest_sum_within([b or 0 for b in below], sole),
                      atom.shares)), True


#: Holdings below a co-owner searched exactly for the sum that fits its sole power (beyond, the
#: largest first)
EXACT_SUM_MOST = 12


def _largest_sum_within(values: list[int], cap: int) -> int:
    """The largest sum of some of ``values`` that is at most ``cap``.

    >>> _largest_sum_within([1_000, 500], 1_100), _largest_sum_within([1_000, 500], 400)
    (1000, 0)
    """
    values = sorted((v for v in values if 0 < v <= cap), reverse=True)
    if len(values) > EXACT_SUM_MOST:
        total = 0
        for v in values:
            total += v if total + v <= cap else 0
        return total
    sums = {0}
    for v in values:
        sums |= {t + v for t in sums if t + v <= cap}
    return max(sums)


def _shared_key(atom: HoldingAtom, sole: Optional[int], by_shares: bool = True
                ) -> tuple[float, ...]:
    """How much ``atom`` holds beyond its sole part: in shares, then percent (-1 when not
    stated); only by percent unless ``by_shares`` (some co-owner's shares are not stated)."""
    pct = atom.percent if atom.percent is not None else -1.0
    if atom.shares is None:
        return (pct,) if not by_shares else (-1, pct)
    shared = atom.shares - (sole or 0)
    shared_pct = pct * shared / atom.shares if atom.shares and pct > 0 else pct
    return (shared, shared_pct) if by_shares else (shared_pct,)


def _printed(atom: HoldingAtom) -> tuple[int, float]:
    """The report behind ``atom`` as printed (shares, percent; -1 when not stated)."""
    claim = atom.claim
    return ((claim.shares if claim and claim.shares is not None else -1),
            (claim.percent if claim and claim.percent is not None else -1.0))


def _cut(atom: HoldingAtom, sole: Optional[int], percent_too: bool = True,
         shares_too: bool = True) -> HoldingAtom:
    """``atom`` cut to its sole part ``sole``: its shares (unless not ``shares_too``) and its
    percent, prorated by shares and derived (unless not ``percent_too``)."""
    sole = sole or 0
    if atom.shares is not None and sole >= atom.shares:
        return atom
    update: dict[str, object] = {}
    if shares_too and atom.shares is not None:
        update["shares"] = sole
    if percent_too and atom.percent is not None:
        pct = round(atom.percent * sole / atom.shares, PERCENT_DECIMALS) if atom.shares else 0.0
        update.update(percent=pct, derived=bool(pct))
    return atom.model_copy(update=update) if update else atom
