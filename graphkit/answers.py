"""Typed answers of the query functions (controllers, holdings, paths, ownership, findings).

Every query in :mod:`graphkit.control`, :mod:`graphkit.connections`, :mod:`graphkit.asof`,
:mod:`graphkit.ownership` and :mod:`graphkit.findings` returns one of these frozen pydantic
models; :mod:`graphkit.render` turns them into terminal tables and ``--json`` prints
``model_dump_json``. Each step of a path carries the claims behind it (:class:`ClaimRef`), so an
answer can always be cited down to the filing, line and text.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("f", name="Acme Fund, L.P.", kind="organization")
>>> G.add_node("i", name="Widget, Inc.", kind="organization")
>>> G.add_edge("f", "i", key="c1", relation="beneficial_owner_of", filing="a.txt",
...            form="SC 13G", shares=100, percent=1.5, as_of="2013-12-31",
...            evidence=[{"source": "a.txt", "line": 40, "text": "100"}])
'c1'
>>> step = Step.between(G, "f", "i", "beneficial_owner_of", ["c1"])
>>> step.percent, step.claims[0].cite()
(1.5, 'a.txt:40')
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Iterable, Optional

import networkx as nx
from pydantic import BaseModel, ConfigDict, Field

from graphkit.graph import edge_data
from graphkit.models import Evidence
from graphkit.relations import RELATIONS, Relation


class _Answer(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PartyRef(_Answer):
    """A node of the graph as shown in an answer: its id, display name and kind."""

    id: str
    name: str
    kind: str = "organization"

    @classmethod
    def of(cls, G: nx.MultiDiGraph, node: str) -> "PartyRef":
        """The reference of ``node`` (its name, or the id when the node has no name)."""
        d = G.nodes[node]
        return cls(id=str(node), name=str(d.get("name") or node), kind=str(d.get("kind") or
                                                                           "organization"))

    @property
    def is_person(self) -> bool:
        """True for natural persons."""
        return self.kind == "person"


class ClaimRef(_Answer):
    """One claim (edge) behind a step: the filing, its date, the numbers and the evidence."""

    claim: str
    filing: str
    form: str
    as_of: Optional[dt.date] = None
    filed: Optional[dt.date] = None
    shares: Optional[int] = None
    percent: Optional[float] = None
    sole_voting: Optional[int] = None
    shared_voting: Optional[int] = None
    sole_dispositive: Optional[int] = None
    shared_dispositive: Optional[int] = None
    security_class: Optional[str] = None
    disclaims: Optional[bool] = None
    ceased_five_percent: Optional[bool] = None  # an exit filing: the holder fell to 5% or less
    #: a Form 3/4/5 by an insider no longer subject to Section 16: the office had ended
    ended: Optional[bool] = None
    title: Optional[str] = None
    #: a Form 3/4/5 line: held directly (True) or through another (False: "By Acme Fund I")
    direct: Optional[bool] = None
    evidence: list[Evidence] = Field(default_factory=list)

    @classmethod
    def of(cls, key: str, attrs: dict) -> "ClaimRef":
        """Build from an edge key and its attribute dict."""
        ed = edge_data(attrs)
        return cls(claim=str(key), filing=ed.filing, form=ed.form, as_of=ed.as_of,
                   filed=ed.filed, shares=ed.shares, percent=ed.percent,
                   sole_voting=ed.sole_voting, shared_voting=ed.shared_voting,
                   sole_dispositive=ed.sole_dispositive,
                   shared_dispositive=ed.shared_dispositive, security_class=ed.security_class,
                   disclaims=ed.disclaims, ceased_five_percent=ed.ceased_five_percent,
                   ended=ed.ended, title=ed.title, direct=ed.direct, evidence=list(ed.evidence))

    def cite(self) -> str:
        """Short citation: the first evidence location, else the filing."""
        return self.evidence[0].cite() if self.evidence else self.filing

    @property
    def date(self) -> Optional[dt.date]:
        """The date the claim speaks for (``as_of``, else ``filed``)."""
        return self.as_of or self.filed


def _latest(claims: Iterable[ClaimRef]) -> list[ClaimRef]:
    return sorted(claims, key=lambda c: (c.date or dt.date.min, c.filing, c.claim), reverse=True)


class Step(_Answer):
    """One edge-group of a path: ``source`` --relation--> ``target``, with every claim for it.

    Several filings may state the same relation between the same two parties; they are kept
    side by side in ``claims`` (newest first). ``shares``/``percent`` are those of the newest
    claim that states them.
    """

    source: PartyRef
    target: PartyRef
    relation: Relation
    claims: list[ClaimRef]

    @classmethod
    def between(cls, G: nx.MultiDiGraph, source: str, target: str, relation: Relation | str,
                keys: Iterable[str]) -> "Step":
        """The step for edges ``keys`` from ``source`` to ``target``."""
        data = G.get_edge_data(source, target)
        claims = [ClaimRef.of(k, data[k]) for k in keys]
        return cls(source=PartyRef.of(G, source), target=PartyRef.of(G, target),
                   relation=Relation(relation), claims=_latest(claims))

    @property
    def shares(self) -> Optional[int]:
        """Shares stated by the newest claim that states them."""
        return next((c.shares for c in self.claims if c.shares is not None), None)

    @property
    def percent(self) -> Optional[float]:
        """Percent of class stated by the newest claim that states it."""
        return next((c.percent for c in self.claims if c.percent is not None), None)

    @property
    def label(self) -> str:
        """The relation as words ("general partner of")."""
        return RELATIONS[self.relation].label


class ControlPath(_Answer):
    """A chain of steps from a controller (first step's source) down to what it controls.

    ``truncated`` marks a chain cut by ``max_depth``; ``cycle`` marks a chain that stopped
    because the only parties above it were already on it (cross-holdings).
    """

    steps: list[Step]
    truncated: bool = False
    cycle: bool = False

    @property
    def top(self) -> PartyRef:
        """The party at the top of the chain."""
        return self.steps[0].source

    @property
    def parties(self) -> list[PartyRef]:
        """Every party on the chain, top first."""
        return [self.steps[0].source, *(s.target for s in self.steps)]

    def describe(self) -> str:
        """One line: ``A -[general partner of]-> B -[beneficial owner of 19.42%]-> C``."""
        out = self.steps[0].source.name
        for s in self.steps:
            pct = f" {s.percent:g}%" if s.percent is not None else ""
            out += f" -[{s.label}{pct}]-> {s.target.name}"
        return out


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


class Holding(_Answer):
    """Something a party controls or holds, with every chain that leads to it."""

    target: PartyRef
    direct: bool
    paths: list[ControlPath]
    shares: Optional[int] = None  # as stated by the party's own newest claim on the target
    percent: Optional[float] = None


class Holdings(_Answer):
    """Answer of :func:`graphkit.control.find_holdings`."""

    party: PartyRef
    as_of: Optional[dt.date] = None
    holdings: list[Holding]


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
