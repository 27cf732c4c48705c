"""Typed answers of the query functions (controllers, holdings, paths, ownership, findings).

Every query in :mod:`graphkit.control`, :mod:`graphkit.connections`, :mod:`graphkit.asof`,
:mod:`graphkit.ownership` and :mod:`graphkit.findings` returns one of these frozen pydantic
models; :mod:`graphkit.render` turns them into terminal tables and ``--json`` prints
``model_dump_json``. They are built of the parts in :mod:`graphkit.answer_parts` (a party, a
claim, a step, a chain), re-exported here. Each step of a path carries the claims behind it
(:class:`ClaimRef`), so an answer can always be cited down to the filing, line and text.

Examples
--------
>>> ans = Holdings(party=PartyRef(id="p1", name="Jane Roe", kind="person"), holdings=[])
>>> ans.party.is_person, ans.exited, ans.model_dump_json()[:30]
(True, [], '{"party":{"id":"p1","name":"Ja')
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Optional

from pydantic import Field

from graphkit.answer_parts import (  # noqa: F401  (re-exported: their old home)
    ClaimRef, ControlPath, PartyRef, Step, _Answer,
)
from graphkit.models import Evidence


class UltimateController(_Answer):
    """A party at the top of at least one control chain, and what it is attributed.

    ``shares``/``percent`` are control-based (SEC style): every holding it controls, each holding
    counted once however many chains lead to it. None when no holding below it states a number.
    """

    party: PartyRef
    paths: int
    shares: Optional[int] = None
    percent: Optional[float] = None
    derived: bool = False  # percent computed, not printed (see Attribution)
    truncated: bool = False
    #: at the top only by titles signed under in signature blocks ("General Partner"), which
    #: may name one of several partners: weaker than a statement of the filing's text
    signed_only: bool = False
    #: the exit mark of its chains when the newest report on each is an exit
    #: (:mod:`graphkit.claim_marks`): listed in ``Controllers.exited``, not ranked
    exit: Optional[str] = None
    #: "ownership disclaimed" when it holds the issuer itself and disclaims all of that holding
    disclaimer: Optional[str] = None


class OverlappingReports(_Answer):
    """Joint filers of one filing with no control link between them, or linked only by a party
    they both control (``co_owned``): reports that overlap; or joint filers printing the very
    same holding (``identical``), which may overlap.

    Joint filers report overlapping ownership (each may report the same shares), so an issuer's
    total takes the largest of their families' holdings, never the sum. ``counted`` holds the
    holders whose holding is counted, ``not_added`` those whose reports are left out.
    """

    filings: list[str]
    counted: list[PartyRef]
    not_added: list[PartyRef]
    shares: Optional[int] = None  # of the counted family (co-owners: the counted report)
    percent: Optional[float] = None
    #: when the holders are linked only by co-owning these parties (two persons who both
    #: control one company, neither controlling the other): their own reports overlap too
    co_owned: list[PartyRef] = Field(default_factory=list)
    #: co-owners: the shares of ``not_added`` still counted, held with sole power (theirs
    #: alone; ``not_added`` are then counted by that part only); None when no power is stated.
    #: Form 4 joint filers: the shares on Table I lines one of ``not_added`` alone holds
    #: directly (:func:`graphkit.table_lines.lines_of_their_own`), counted too
    sole_counted: Optional[int] = None
    #: joint filers of a 13D/13G: the persons among ``not_added`` whose every share is held
    #: with sole voting and dispositive power and no shared power, counted too (their
    #: ``sole_counted`` shares; :mod:`graphkit.sole_holders`)
    sole_holders: list[PartyRef] = Field(default_factory=list)
    #: joint filers of a 13D/13G whose filing states their holding together, which some of
    #: their reports add up to: the stated holding is counted (:mod:`graphkit.group_holdings`)
    group: bool = False
    #: when each report prints the very same holding and powers and no printed aggregate
    #: covers them: perhaps one block seen from several filers, perhaps equal holdings
    #: (:mod:`graphkit.repeated_reports`); all are counted (``not_added`` is empty)
    identical: bool = False


class TotalHeld(_Answer):
    """An issuer's total held by all its holders, each holding counted once.

    Holders linked by control (one controls the other, or a party controls both) hold separate
    slices of one family's holding: their atoms add up. Families that file together without a
    control link overlap, and so do the own reports of co-owners linked only by a party they
    both control: only the largest is counted (``overlaps``). Holdings of different
    filings by unrelated holders add up.
    """

    shares: Optional[int] = None
    percent: Optional[float] = None
    overlaps: list[OverlappingReports] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    #: False when some counted holding states no percent and no aggregate covers it: the
    #: percent is then a lower bound
    percent_complete: bool = True

    @property
    def over_100(self) -> bool:
        """True when the total is more than the whole class (something is counted twice)."""
        return self.percent is not None and self.percent > 100.0 + 1e-9


class Controllers(_Answer):
    """Answer of :func:`graphkit.control.find_controllers`."""

    issuer: PartyRef
    as_of: Optional[dt.date] = None
    paths: list[ControlPath]
    ultimate: list[UltimateController]
    controllers: list[PartyRef]
    related: list[Step] = Field(default_factory=list)  # directors, officers, promoters
    total_shares: Optional[int] = None
    total_percent: Optional[float] = None
    overlaps: list[OverlappingReports] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    #: parties at the top of chains only through holdings whose newest report is an exit
    #: ("exit (5% or less)", "holds none", "exit (no longer subject to Section 16)"): not
    #: controllers, each with its mark
    exited: list[UltimateController] = Field(default_factory=list)


class Holding(_Answer):
    """Something a party controls or holds, with every chain that leads to it."""

    target: PartyRef
    direct: bool
    paths: list[ControlPath]
    shares: Optional[int] = None  # as stated by the party's own newest claim on the target
    percent: Optional[float] = None
    exit: Optional[str] = None  # each chain's newest report an exit: its mark
    disclaimer: Optional[str] = None  # its own holding of the target, disclaimed: the mark


class Holdings(_Answer):
    """Answer of :func:`graphkit.control.find_holdings`."""

    party: PartyRef
    as_of: Optional[dt.date] = None
    holdings: list[Holding]
    #: what it reached only through holdings whose newest report is an exit, with the mark
    exited: list[Holding] = Field(default_factory=list)


class Hop(_Answer):
    """One hop of a connection path, walked from ``source`` to ``target``.

    ``forward`` is False when the hop runs against the edges (undirected search); ``steps``
    holds every relation between the two parties in the walked direction(s).
    """

    source: PartyRef
    target: PartyRef
    forward: bool
    steps: list[Step]


class ConnectionPath(_Answer):
    """A path between two parties, hop by hop."""

    parties: list[PartyRef]
    hops: list[Hop]

    def describe(self) -> str:
        """One line: ``A -[general partner of]-> B <-[member of]- C``."""
        out = self.parties[0].name
        for h in self.hops:
            label = "/".join(sorted({s.label for s in h.steps}))
            out += (f" -[{label}]-> " if h.forward else f" <-[{label}]- ") + h.target.name
        return out


class Connections(_Answer):
    """Answer of :func:`graphkit.connections.shortest_path` / ``all_paths``."""

    source: PartyRef
    target: PartyRef
    undirected: bool
    cutoff: Optional[int] = None
    paths: list[ConnectionPath]


class CommonController(_Answer):
    """A party above both issuers, with its chains to each."""

    party: PartyRef
    paths_a: list[ControlPath]
    paths_b: list[ControlPath]


class CommonControllers(_Answer):
    """Answer of :func:`graphkit.connections.common_controllers`."""

    issuer_a: PartyRef
    issuer_b: PartyRef
    as_of: Optional[dt.date] = None
    common: list[CommonController]


class StakeEntry(_Answer):
    """One filing's statement of a stake, and what changed since the previous one."""

    claim: ClaimRef
    superseded_by: Optional[str] = None  # claim id of the later filing of the same family
    #: the security's title as filed ("Class C Stock Units"), when the history is of several
    #: securities or of one that is no common stock (:func:`graphkit.asof.stake_history`)
    security: Optional[str] = None
    change_shares: Optional[int] = None
    change_percent: Optional[float] = None


class StakeHistory(_Answer):
    """Answer of :func:`graphkit.asof.stake_history`: oldest first."""

    holder: PartyRef
    issuer: PartyRef
    entries: list[StakeEntry]


class OwnershipMethod(str, Enum):
    """How effective ownership is computed (named by the caller, shown in the output)."""

    MULTIPLICATIVE = "multiplicative"  # EU AML: multiply along chains, add across chains
    CONTROL = "control"  # SEC beneficial ownership: a controller is attributed what it controls

    def __str__(self) -> str:
        return self.value


class HoldingAtom(_Answer):
    """A holding counted once: a holder's stated holding less what its controlled holders show.

    ``residual`` is True when the atom is what is left of an aggregate report (a general partner
    reporting its funds' shares) after the holdings of those funds are taken out. ``derived`` is
    True when that residual's percent is computed (printed percent less the parts', or prorated
    by shares), not printed: it is rounded to the filing's precision and shown with "≈".
    """

    holder: PartyRef
    shares: Optional[int] = None
    percent: Optional[float] = None
    residual: bool = False
    derived: bool = False
    claim: Optional[ClaimRef] = None
    #: the owners whose holding counts this one: a Form 4's record holder ("By Acme Family
    #: Trust"), whose line is in the owner's sum (:mod:`graphkit.table_lines`); never added
    #: to the total again
    part_of: list[PartyRef] = Field(default_factory=list)

    @property
    def empty(self) -> bool:
        """A residual with nothing left (shares decide when stated; else the percent): a
        general partner's aggregate, all of it its funds'."""
        if not self.residual:
            return False
        return self.shares == 0 if self.shares is not None else self.percent == 0.0


class Attribution(_Answer):
    """What the control method attributes to one party: every holding it controls, once.

    ``derived`` is True when ``percent`` is printed by no filing of the party or of a holder it
    controls (it adds up a computed residual): rounded to the filing's precision, shown with "≈".
    """

    shares: Optional[int] = None
    percent: Optional[float] = None
    derived: bool = False


class OwnershipShare(_Answer):
    """One party's effective ownership of the issuer under the chosen method."""

    party: PartyRef
    percent: Optional[float] = None
    shares: Optional[int] = None
    basis: str  # "ownership", "control, ownership not stated", "ownership and control", ...
    derived: bool = False  # percent computed (product, sum, residual), not printed
    paths: int = 0
    control_paths: int = 0
    controlled_percent: Optional[float] = None
    controlled_derived: bool = False
    meets_threshold: Optional[bool] = None


class EffectiveOwnership(_Answer):
    """Answer of :func:`graphkit.ownership.effective_ownership`."""

    issuer: PartyRef
    method: OwnershipMethod
    rule: str
    threshold: Optional[float] = None
    as_of: Optional[dt.date] = None
    owners: list[OwnershipShare]
    atoms: list[HoldingAtom]
    total_shares: Optional[int] = None
    total_percent: Optional[float] = None
    complete: bool = True
    overlaps: list[OverlappingReports] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class Severity(str, Enum):
    """How much a finding matters to someone citing the graph."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __str__(self) -> str:
        return self.value


class Finding(_Answer):
    """A data-quality issue, citing the filings (and places) it comes from."""

    code: str
    severity: Severity
    message: str
    filings: list[str] = Field(default_factory=list)
    nodes: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class FindingsReport(_Answer):
    """Every finding of a graph (the ``graphkit findings`` answer)."""

    findings: list[Finding]

    @property
    def counts(self) -> dict[str, int]:
        """Number of findings per code."""
        out: dict[str, int] = {}
        for f in self.findings:
            out[f.code] = out.get(f.code, 0) + 1
        return out
