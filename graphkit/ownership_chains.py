"""The chains the multiplicative method multiplies along: each party's links down to an issuer.

A chain runs from a party down through the holdings it states (each a fraction of the next
party) and the control relations it holds (a general partner, managing member, member,
investment manager...) to the issuer. It carries a percent and shares only while every link
states one: a control relation states none ("control, ownership not stated"), nor does a
holding whose holder, an organization, disclaims beneficial ownership of all of it (an
adviser's clients' shares: :data:`graphkit.claim_marks.DISCLAIMED`), which gives control by
voting or dispositive power ("control (voting/dispositive power), ownership disclaimed"). A
residual (what is left of a holder's report after the holdings of the parties it controls: a
general partner's, a couple's co-owned shares beside their partnership's) stays owned: a
disclaimer by a holder that controls other holders is read as of their shares, each counted
as their own, not of the rest (the disclaimed flag is one per claim, the disclaimer often of
part of it). A chain never passes twice through a party, and stops at a natural person.

Examples
--------
>>> import networkx as nx
>>> from graphkit.ownership import holding_atoms
>>> G = nx.MultiDiGraph()
>>> G.add_nodes_from([("a", {"kind": "organization"}), ("i", {"kind": "organization"})])
>>> _ = G.add_edge("a", "i", relation="beneficial_owner_of", filing="x", form="SC 13G",
...                shares=100, percent=7.5, disclaims=True)
>>> chains = ownership_chains(G, "i", lambda v: holding_atoms(G, v))
>>> chains["a"]
[ChainShare(percent=None, shares=None, disclaimed=True)]
>>> basis(chains["a"])
'control (voting/dispositive power), ownership disclaimed'
"""

from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterator, Optional

import networkx as nx
from pydantic import BaseModel, ConfigDict

from graphkit.answers import HoldingAtom
from graphkit.claim_marks import disclaimer_mark
from graphkit.controllers import _CONTROL_ONLY
from graphkit.errors import GraphError

#: Safety cap on enumerated chains; beyond it ask the caller for a smaller graph or depth.
MAX_CHAINS = 200_000
#: The basis of a party whose own holding is disclaimed and that states no ownership otherwise
DISCLAIMED_BASIS = "control (voting/dispositive power), ownership disclaimed"


class ChainShare(BaseModel):
    """One chain from a party down to the issuer: the percent (of the class) and shares it
    carries, None when a link states none; ``disclaimed`` when the link at its foot is the
    party's own holding of the issuer, disclaimed."""

    model_config = ConfigDict(frozen=True)

    percent: Optional[float] = None
    shares: Optional[float] = None
    disclaimed: bool = False


def _disclaimed(atom: HoldingAtom) -> bool:
    """Whether ``atom`` is a holding disclaimed in full (:func:`~graphkit.claim_marks.
    disclaimer_mark`), not a residual (see the module notes)."""
    c = atom.claim
    return not atom.residual and c is not None and disclaimer_mark(
        c.form, disclaims=c.disclaims, in_part=c.disclaims_in_part,
        person=atom.holder.is_person) is not None


def ownership_chains(G: nx.MultiDiGraph, issuer: str,
                     atoms_of: Callable[[str], list[HoldingAtom]]) -> dict[str, list[ChainShare]]:
    """Each party above ``issuer`` and its chains down to it; ``atoms_of(v)`` gives the holding
    atoms of ``v`` (:func:`graphkit.ownership.holding_atoms`).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("gp", "f", {"relation": "general_partner_of"})])
    >>> atoms = {"i": [HoldingAtom(holder={"id": "f", "name": "F"}, percent=7.0, shares=70)]}
    >>> ownership_chains(G, "i", lambda v: atoms.get(v, []))["gp"]
    [ChainShare(percent=None, shares=None, disclaimed=False)]

    Raises
    ------
    graphkit.errors.GraphError
        If there are more than :data:`MAX_CHAINS` chains.

    See also
    --------
    basis, graphkit.ownership.effective_ownership
    """
    out: dict[str, list[ChainShare]] = defaultdict(list)
    count = 0

    def ins(v: str) -> Iterator[tuple[str, Optional[float], Optional[int], bool]]:
        for a in atoms_of(v):
            if not a.empty:
                off = _disclaimed(a)
                yield (a.holder.id, None if a.percent is None or off else a.percent / 100.0,
                       a.shares, off)
        seen = set()
        for u, _, d in G.in_edges(v, data=True):
            if d.get("relation") in _CONTROL_ONLY and u not in seen:
                seen.add(u)
                yield u, None, None, False

    stack = [(issuer, frozenset([issuer]), 1.0, None, True)]
    while stack:
        v, on_path, frac, shares, stated = stack.pop()
        for u, w, sh, off in ins(v):
            if u in on_path:
                continue
            count += 1
            if count > MAX_CHAINS:
                raise GraphError(f"more than {MAX_CHAINS} ownership chains above {issuer!r}")
            first = v == issuer
            ok = stated and w is not None
            nfrac = frac * w if ok else None
            nsh = (sh if first else (shares * w if shares is not None and ok else None))
            out[u].append(ChainShare(percent=nfrac * 100 if ok else None,
                                     shares=nsh if ok else None, disclaimed=first and off))
            if G.nodes[u].get("kind") != "person":
                stack.append((u, on_path | {u}, nfrac if ok else 1.0, nsh, ok))
    return out


def basis(chains: list[ChainShare]) -> str:
    """What a party's figure rests on: "ownership", "ownership and control", "control,
    ownership not stated" or :data:`DISCLAIMED_BASIS` (its own holding disclaimed, no
    ownership stated).

    >>> basis([ChainShare(percent=6.0), ChainShare()])
    'ownership and control'
    """
    stated = any(c.percent is not None for c in chains)
    control = any(c.percent is None for c in chains)
    if stated:
        return "ownership and control" if control else "ownership"
    if any(c.disclaimed for c in chains):
        return DISCLAIMED_BASIS
    return "control, ownership not stated"
