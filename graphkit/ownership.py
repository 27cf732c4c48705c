"""Effective ownership of an issuer through chains of holders, by a method the caller names.

Two methods (:class:`~graphkit.answers.OwnershipMethod`), shown in every answer:

``multiplicative`` (EU anti-money-laundering rules)
    Percentages are multiplied along each chain and added across chains. A chain never passes
    twice through the same party, so cross-holdings (A holds B, B holds A) end without loops and
    each chain is counted once. A general partner, managing member, member, investment manager
    or other control relation states no percentage: a chain through one gives *control, ownership
    not stated*; it adds nothing to the stated ownership, and the percentage it controls (the
    control method's figure) is shown beside it for reference. So does a 13D/13G holding an
    organization disclaims in full (an adviser reporting its clients' shares): *control
    (voting/dispositive power), ownership disclaimed* (:mod:`graphkit.ownership_chains`); a
    disclaimer of part of the holding (the pecuniary interest kept, another filer's shares)
    leaves its ownership counted. A party meets the threshold by stated ownership, or by
    control of at least the threshold.

``control`` (SEC beneficial ownership)
    Each party is attributed, in full, every holding of the parties it controls: through a
    general partnership, managing membership, membership, investment management, trusteeship,
    sole shareholding, parenthood, or beneficial ownership of more than half (:data:`MAJORITY`).
    Several controllers may each be attributed the same holding.

Domain caveat, joint filers: *joint filers report overlapping ownership: aggregate with max,
never sum.* A fund, its general partner and the general partner's members often file together
and each reports *the same shares* (the general partner's row 9 is the sum of its funds'). Those
rows are one holding seen from several levels, never a sum. So both methods first reduce each
issuer's holders to :func:`holding_atoms`: a holder's stated holding less the holdings of the
holders it controls (its *residual*, usually zero for a general partner). A party's figure never
counts one atom twice, however many chains lead to it. The issuer's total adds the atoms by the
joint-filer rule of :mod:`graphkit.totals` (:func:`~graphkit.totals.total_held`).

Printed percents are shown as printed. A figure computed from them (a residual, a product along
a chain, a sum no filing prints) is rounded to the filing's precision (:data:`PERCENT_DECIMALS`)
and marked ``derived`` (shown with "≈").

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n, kind in [("gp", "organization"), ("f1", "organization"), ("f2", "organization"),
...                 ("i", "organization"), ("p", "person")]:
...     G.add_node(n, name=n.upper(), kind=kind)
>>> def claim(u, v, rel, **kw):
...     return G.add_edge(u, v, key=f"{u}-{v}", relation=rel, filing="a.txt", form="SC 13G",
...                       as_of="2013-12-31", **kw)
>>> _ = claim("f1", "i", "beneficial_owner_of", shares=60, percent=6.0)
>>> _ = claim("f2", "i", "beneficial_owner_of", shares=40, percent=4.0)
>>> _ = claim("gp", "i", "beneficial_owner_of", shares=100, percent=10.0)   # joint filer
>>> _ = claim("gp", "f1", "general_partner_of"); _ = claim("gp", "f2", "general_partner_of")
>>> _ = claim("p", "gp", "member_of")
>>> ans = effective_ownership(G, "i", method="control")
>>> ans.total_percent, [(o.party.id, o.percent) for o in ans.owners]
(10.0, [('gp', 10.0), ('p', 10.0), ('f1', 6.0), ('f2', 4.0)])
>>> ans = effective_ownership(G, "i", method="multiplicative", threshold=5)
>>> [(o.party.id, o.percent, o.basis, o.controlled_percent) for o in ans.owners]
[('f1', 6.0, 'ownership', 6.0), ('gp', None, 'control, ownership not stated', 10.0),
 ('p', None, 'control, ownership not stated', 10.0)]
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Iterable, Optional

import networkx as nx

from graphkit.answers import (
    Attribution, ClaimRef, EffectiveOwnership, HoldingAtom, OwnershipMethod, OwnershipShare,
    PartyRef,
)
from graphkit.asof import graph_as_of, to_date
from graphkit.controllers import (  # noqa: F401  (controls, controllers_of: their old home)
    MAJORITY, controlled_by, controllers_of, controls,
)
from graphkit.graph import find_node
from graphkit.holder_claims import (  # noqa: F401  (stated_holdings, left_out: their old home)
    holder_claims, left_out, read_holdings, stated_holdings,
)
from graphkit.ownership_chains import MAX_CHAINS, basis, ownership_chains  # noqa: F401
from graphkit.spouse_lines import spouse_record, with_spouses
from graphkit.table_lines import held_lines, line_atom, parts
from graphkit.totals import capped_sum, other_securities, total_held

log = logging.getLogger(__name__)

#: Percent residuals below this are rounding (printed percentages carry two decimals at most).
PERCENT_ROUNDING = 0.011
#: Decimals of a percent of class on a cover page (row 11/13): derived figures are rounded to it.
PERCENT_DECIMALS = 2
#: A computed figure this close to a printed one is that printed figure (half a last decimal).
PRINTED_TOLERANCE = 0.005

MULTIPLICATIVE_RULE = (
    "multiplicative (EU AML): percentages multiplied along each chain, added across chains; a "
    "chain never passes twice through a party; general partner / managing member / member / "
    "investment manager links give control but no stated ownership ('control, ownership not "
    "stated', controlled percent shown for reference); a 13D/13G holding an organization "
    "disclaims in full (an adviser's clients' shares; not 'except to the extent of its "
    "pecuniary interest') gives control by voting/dispositive power, not ownership; "
    "joint filers' overlapping reports counted once (unlinked joint filers of one filing: the "
    "largest, never the sum)")
CONTROL_RULE = (
    "control (SEC beneficial ownership): each party attributed in full every holding of the "
    "parties it controls (general partner, managing member, member, investment manager, trustee, "
    f"sole shareholder, parent, or more than {MAJORITY:g}% owner), each holding counted once "
    "(unlinked joint filers of one filing: the largest, never the sum)")


def _sum(values: list) -> Optional[float]:
    return None if any(v is None for v in values) else sum(values)


def holding_atoms(G: nx.MultiDiGraph, target: str, security_class: Optional[str] = None
                  ) -> list[HoldingAtom]:
    """The holdings of ``target``, each counted once (see the joint-filer caveat above).

    With ``security_class``, only the claims of that class count (see
    :func:`~graphkit.holder_claims.stated_holdings`); a Class A holding and a Class B holding
    are never added into one holder's atom.

    Each holder's newest claim stating a number, of common stock first
    (:mod:`graphkit.holder_claims`), is its holding (a Form 3/4/5 owner's: the sum
    of its Table I lines, whose record holders are ``part_of`` it or left out of it:
    :mod:`graphkit.table_lines`). A holder that controls other
    holders of ``target`` keeps only its residual: its holding less the atoms of those holders
    (shares and percent each subtracted when all are stated, so the residual and the parts add up
    to the printed aggregate; rounding is not a residual; with percents missing below, the percent
    is prorated by shares). A residual percent is ``derived``: rounded to
    :data:`PERCENT_DECIMALS`. Holders controlling each other (a cycle) report overlapping
    holdings: their atom is the largest (max, never sum).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("f", "i", relation="beneficial_owner_of", filing="a", form="SC 13G",
    ...                shares=70, percent=7.0)
    >>> _ = G.add_edge("gp", "i", relation="beneficial_owner_of", filing="a", form="SC 13G",
    ...                shares=100, percent=10.0)
    >>> _ = G.add_edge("gp", "f", relation="general_partner_of", filing="a", form="SC 13G")
    >>> [(a.holder.id, a.shares, a.percent, a.residual, a.derived)
    ...  for a in holding_atoms(G, "i")]
    [('f', 70, 7.0, False, False), ('gp', 30, 3.0, True, True)]

    Notes
    -----
    A ``target`` not in ``G`` gives an empty result, never an error: the public queries
    check names first (:func:`graphkit.graph.find_node`).

    See also
    --------
    effective_ownership
    """
    claims = holder_claims(G, target, security_class)
    record, own = read_holdings(G, claims)[:2]
    H = nx.DiGraph()
    H.add_nodes_from(own)
    for h in own:
        H.add_edges_from((h, h2) for h2 in controlled_by(G, h) if h2 in own)
    lines = {h: held_lines(claims[h], d) for h, (_, d) in own.items()}
    # a "By Spouse" line is held of record by the spouse filing its own report
    record = with_spouses(record, spouse_record(G, claims, lines, record))
    # a record holder no holder controls is part of the owners reporting its line indirectly
    part_of = {h: owners for h, owners in parts({h: v for h, v in lines.items() if v}).items()
               if not H.in_degree(h)}
    cond = nx.condensation(H)
    atoms: dict[int, HoldingAtom] = {}
    for c in reversed(list(nx.topological_sort(cond))):
        below = [atoms[x] for x in nx.descendants(cond, c)]
        best: Optional[HoldingAtom] = None
        for h in sorted(cond.nodes[c]["members"]):
            key, d = own[h]
            atom = (line_atom(G, H, h, key, d, claims[h], lines, record, part_of, below)
                    if lines[h] else _residual(G, h, key, d, below))
            if h in part_of:
                atom = atom.model_copy(update={"part_of": [PartyRef.of(G, o)
                                                           for o in part_of[h]]})
            if best is None or (atom.percent or 0, atom.shares or 0) > (best.percent or 0,
                                                                          best.shares or 0):
                best = atom
        atoms[c] = best
    return sorted(atoms.values(), key=lambda a: (a.residual, a.holder.name, a.holder.id))


def _residual(G: nx.MultiDiGraph, h: str, key: str, d: dict, below: list[HoldingAtom]
              ) -> HoldingAtom:
    ref = ClaimRef.of(key, d)
    shares, pct = ref.shares, ref.percent
    if not below:
        return HoldingAtom(holder=PartyRef.of(G, h), shares=shares, percent=pct, claim=ref)
    sub_sh, sub_pct = _sum([a.shares for a in below]), _sum([a.percent for a in below])
    r_sh = (max(shares - int(sub_sh), 0) if shares is not None and sub_sh is not None
            else None)
    r_pct: Optional[float]
    if pct is None:
        r_pct = None
    elif r_sh == 0:
        r_pct = 0.0
    elif sub_pct is not None:  # printed less printed: the parts add up to the printed aggregate
        r_pct = pct - sub_pct
        r_pct = 0.0 if r_pct < PERCENT_ROUNDING * (len(below) + 1) else r_pct
    elif r_sh is not None and shares:  # some part states no percent: prorate by shares
        r_pct = pct * r_sh / shares
    else:
        r_pct = None
    derived = False
    if r_pct is not None and pct is not None and r_pct != 0.0 and abs(r_pct - pct) > 1e-9:
        derived, r_pct = True, round(r_pct, PERCENT_DECIMALS)
    return HoldingAtom(holder=PartyRef.of(G, h), shares=r_sh, percent=r_pct, residual=True,
                       derived=derived, claim=ref)


def _shown(value: Optional[float], printed: Iterable[Optional[float]]
           ) -> tuple[Optional[float], bool]:
    """``(figure, derived)``: the printed figure ``value`` matches, else ``value`` rounded to
    :data:`PERCENT_DECIMALS` and marked derived.

    >>> _shown(6.1000000001, [5.2, 6.1]), _shown(6.19021, [5.2, 6.1]), _shown(None, [])
    ((6.1, False), (6.19, True), (None, False))
    """
    if value is None:
        return None, False
    match = [p for p in printed if p is not None and abs(p - value) < PRINTED_TOLERANCE]
    if match:
        return min(match, key=lambda p: abs(p - value)), False
    return round(value, PERCENT_DECIMALS), True


def _printed_by(G: nx.MultiDiGraph, party: str, atoms: list[HoldingAtom]) -> list[float]:
    """Percents printed by ``party`` and the holders it controls (their counted claims)."""
    mine = {party} | controlled_by(G, party)
    return [a.claim.percent for a in atoms
            if a.holder.id in mine and a.claim is not None and a.claim.percent is not None]


def effective_ownership(G: nx.MultiDiGraph, issuer: str,
                        method: OwnershipMethod | str = OwnershipMethod.MULTIPLICATIVE,
                        threshold: float | None = None, as_of: dt.date | str | None = None
                        ) -> EffectiveOwnership:
    """Each party's effective ownership of ``issuer`` under ``method`` (see the module notes).

    With ``threshold`` only parties meeting it are listed (``meets_threshold``); with ``as_of``
    the graph is first taken as of that date (:func:`graphkit.asof.graph_as_of`). ``total_*``
    is the issuer's total held by all holders (:func:`graphkit.totals.total_held`: every
    atom once, unlinked
    joint filers of one filing by the largest report, never the sum); ``complete`` is False when
    some holding states no number (the total is then a lower bound). A percent no filing prints
    (a product along a chain, a residual, a sum) is ``derived``: rounded to
    :data:`PERCENT_DECIMALS`.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", relation="beneficial_owner_of", filing="x", form="SC 13D",
    ...                percent=50.0)
    >>> _ = G.add_edge("b", "i", relation="beneficial_owner_of", filing="x", form="SC 13D",
    ...                percent=20.0)
    >>> _ = G.add_edge("a", "i", relation="beneficial_owner_of", filing="x", form="SC 13D",
    ...                percent=5.0)
    >>> [(o.party.id, o.percent, o.derived) for o in effective_ownership(G, "i").owners]
    [('b', 20.0, False), ('a', 15.0, True)]

    Raises
    ------
    graphkit.errors.NodeNotFound
        If ``issuer`` names no node.
    graphkit.errors.GraphError
        If the graph has more chains than :data:`MAX_CHAINS`, or ``as_of`` is not a date.
    ValueError
        If ``method`` is not a known method.

    See also
    --------
    holding_atoms, graphkit.control.find_controllers
    """
    method = OwnershipMethod(method)
    node = find_node(G, issuer)
    date = to_date(as_of)
    H = graph_as_of(G, date) if date else G
    cache: dict[str, list[HoldingAtom]] = {}

    def atoms_of(v: str) -> list[HoldingAtom]:
        if v not in cache:
            cache[v] = holding_atoms(H, v)
        return cache[v]

    atoms = atoms_of(node)
    attributed = control_attribution(H, node, atoms)
    owners: list[OwnershipShare] = []
    if method is OwnershipMethod.CONTROL:
        for p, at in attributed.items():
            owners.append(OwnershipShare(
                party=PartyRef.of(H, p), percent=at.percent, shares=at.shares, basis="control",
                derived=at.derived, controlled_percent=at.percent,
                controlled_derived=at.derived, meets_threshold=_meets(at.percent, threshold)))
    else:
        for p, chains in ownership_chains(H, node, atoms_of).items():
            stated = [c for c in chains if c.percent is not None]
            raw = sum(c.percent for c in stated) if stated else None
            pct, derived = _shown(raw, _printed_by(H, p, atoms))
            sh_vals = [c.shares for c in stated]
            sh = round(sum(sh_vals)) if stated and None not in sh_vals else None
            n_ctl = len(chains) - len(stated)
            ctl = attributed.get(p, Attribution())
            meets = None if threshold is None else bool(
                _meets(raw, threshold) or (n_ctl and _meets(ctl.percent, threshold)))
            owners.append(OwnershipShare(party=PartyRef.of(H, p), percent=pct, shares=sh,
                                         basis=basis(chains), derived=derived,
                                         paths=len(stated),
                                         control_paths=n_ctl, controlled_percent=ctl.percent,
                                         controlled_derived=ctl.derived, meets_threshold=meets))
    owners.sort(key=lambda o: (-(o.percent if o.percent is not None else -1),
                               -(o.controlled_percent or 0), o.party.name, o.party.id))
    notes = []
    if threshold is not None:
        below = [o for o in owners if not o.meets_threshold]
        owners = [o for o in owners if o.meets_threshold]
        if below:
            notes.append(f"{len(below)} parties below the {threshold:g}% threshold not listed")
    unstated = [a.holder.name for a in atoms if a.percent is None and not a.empty]
    total = total_held(H, node, atoms)
    if unstated and not total.percent_complete:  # no aggregate covers them
        notes.append("holding not stated for: " + ", ".join(unstated))
    return EffectiveOwnership(
        issuer=PartyRef.of(H, node), method=method, threshold=threshold, as_of=date,
        rule=MULTIPLICATIVE_RULE if method is OwnershipMethod.MULTIPLICATIVE else CONTROL_RULE,
        owners=owners, atoms=atoms, total_shares=total.shares, total_percent=total.percent,
        complete=total.percent_complete and all(a.shares is not None for a in atoms),
        overlaps=total.overlaps, notes=notes + total.notes)


def _meets(value: Optional[float], threshold: Optional[float]) -> Optional[bool]:
    if threshold is None:
        return None
    return value is not None and value >= threshold - 1e-9


def control_attribution(G: nx.MultiDiGraph, issuer: str,
                        atoms: list[HoldingAtom] | None = None) -> dict[str, Attribution]:
    """``party → Attribution`` (shares, percent) of each party by the control method.

    A party is attributed every atom held by itself or by a party it controls, each atom once
    (capped by the printed aggregate of a holder controlling all the others: overlapping parts
    are not added); an atom of preferred stock or warrants beside those of common stock is no
    part of it (:func:`~graphkit.totals.other_securities`). Parties with no attributed atom are
    left out; a figure is None when no atom states it. The percent is the one printed by the
    party or a holder it controls when it matches one (a general partner's aggregate row);
    otherwise it is ``derived``, rounded to :data:`PERCENT_DECIMALS`.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("f", "i", relation="beneficial_owner_of", filing="a", form="SC 13G",
    ...                shares=70, percent=7.0)
    >>> _ = G.add_edge("p", "f", relation="investment_manager_of", filing="a", form="SC 13G")
    >>> {p: (a.shares, a.percent, a.derived) for p, a in control_attribution(G, "i").items()}
    {'f': (70, 7.0, False), 'p': (70, 7.0, False)}

    Notes
    -----
    A ``issuer`` not in ``G`` gives an empty result, never an error: the public queries
    check names first (:func:`graphkit.graph.find_node`).

    See also
    --------
    holding_atoms, controlled_by, graphkit.totals.capped_sum
    """
    atoms = holding_atoms(G, issuer) if atoms is None else atoms
    apart = other_securities(atoms)  # preferred stock beside common stock: never added to it
    atoms = [a for a in atoms if a not in apart]
    by_holder = {a.holder.id: a for a in atoms}
    parties = set(by_holder)
    for h in by_holder:
        parties |= nx.ancestors(G, h) - {issuer}
    out: dict[str, Attribution] = {}
    for p in sorted(parties):
        mine = [by_holder[h] for h in ({p} | controlled_by(G, p)) if h in by_holder]
        ids = {a.holder.id for a in mine}  # a record holder's part is in its owner's holding
        mine = [a for a in mine if not any(o.id in ids for o in a.part_of)]
        if not mine:
            continue
        sh, pct, _ = capped_sum(G, mine)
        shown, derived = _shown(pct, [a.claim.percent for a in mine if a.claim is not None])
        out[p] = Attribution(shares=sh, percent=shown, derived=derived)
    return out
