"""The parts every answer is made of: a party, a claim, a step of a chain, a chain.

:mod:`graphkit.answers` builds its answers from these frozen pydantic models (and re-exports
them). Each step of a chain carries the claims behind it (:class:`ClaimRef`), so an answer can
always be cited down to the filing, line and text; a claim, a step and a chain carry the exit
mark of :mod:`graphkit.claim_marks` where the holder's newest report is an exit.

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
>>> step.percent, step.claims[0].cite(), step.exit
(1.5, 'a.txt:40', None)
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Mapping, Optional

import networkx as nx
from pydantic import BaseModel, ConfigDict, Field, computed_field

from graphkit.claim_marks import INSIDER_FORMS, disclaimer_mark, exit_mark
from graphkit.detect import form_family
from graphkit.graph import edge_data
from graphkit.models import Evidence, StatedFacts
from graphkit.relations import HOLDING_RELATIONS, RELATIONS, Relation

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


class ClaimRef(_Answer, StatedFacts):
    """One claim (edge) behind a step: the filing, its date, the numbers and the evidence (the
    facts the filing states: :class:`graphkit.models.StatedFacts`)."""

    claim: str
    filing: str
    form: str
    as_of: Optional[dt.date] = None
    filed: Optional[dt.date] = None
    evidence: list[Evidence] = Field(default_factory=list)

    @classmethod
    def of(cls, key: str, attrs: dict) -> "ClaimRef":
        """Build from an edge key and its attribute dict."""
        ed = edge_data(attrs)  # its facts (models.ClaimFacts) but the note, under their names
        facts = {k: v for k, v in ed.facts().items() if k in cls.model_fields}
        return cls(claim=str(key), filing=ed.filing, form=ed.form, as_of=ed.as_of,
                   filed=ed.filed, evidence=list(ed.evidence), **facts)

    def cite(self) -> str:
        """Short citation: the first evidence location, else the filing."""
        return self.evidence[0].cite() if self.evidence else self.filing

    @property
    def date(self) -> Optional[dt.date]:
        """The date the claim speaks for (``as_of``, else ``filed``)."""
        return self.as_of or self.filed

    @computed_field  # type: ignore[prop-decorator]
    @property
    def exit(self) -> Optional[str]:
        """The claim's exit mark ("exit (5% or less)", "holds none":
        :func:`graphkit.claim_marks.exit_mark`), or None."""
        return exit_mark(self.form, shares=self.shares, percent=self.percent,
                         ceased=self.ceased_five_percent, ended=self.ended)


def _latest(claims: Iterable[ClaimRef]) -> list[ClaimRef]:
    return sorted(claims, key=lambda c: (c.date or dt.date.min, c.filing, c.claim), reverse=True)


class Step(_Answer):
    """One edge-group of a path: ``source`` --relation--> ``target``, with every claim for it.

    Several filings may state the same relation between the same two parties; they are kept
    side by side in ``claims`` (newest first). ``shares``/``percent`` are those of ``held``, the
    holder's holding that ``holdings`` and ``controllers`` count
    (:func:`graphkit.holder_claims.holding_of`: of common stock first, a Form 4's lines of one
    security added up, never a line of stock units beside its stock); of a step that is no
    holding, those of the newest claim stating them. When the newest filing is an exit
    (``exit``), they are its own (an exit's silence is not the older holding).
    """

    source: PartyRef
    target: PartyRef
    relation: Relation
    claims: list[ClaimRef]
    #: the holder's holding, for a holding relation (:func:`graphkit.holder_claims.holding_of`)
    held: Optional[ClaimRef] = None

    @classmethod
    def between(cls, G: nx.MultiDiGraph, source: str, target: str, relation: Relation | str,
                keys: Iterable[str], holdings: Optional[Mapping[str, tuple[str, dict]]] = None
                ) -> "Step":
        """The step for edges ``keys`` from ``source`` to ``target``; of a holding relation,
        with the holder's holding (``held``) found in ``holdings`` (each holder's holding of
        ``target``: :func:`graphkit.holder_claims.read_holdings`) or, without, read here."""
        data = G.get_edge_data(source, target)
        claims = [ClaimRef.of(k, data[k]) for k in keys]
        held = None
        if Relation(relation) in HOLDING_RELATIONS:
            if holdings is None:
                # (holder_claims builds on these models: imported here, not above)
                from graphkit.holder_claims import holding_of
                kd = holding_of(G, source, target)
            else:
                kd = holdings.get(source)
            if kd is not None and kd[1].get("relation") == Relation(relation).value:
                held = ClaimRef.of(*kd)
        return cls(source=PartyRef.of(G, source), target=PartyRef.of(G, target),
                   relation=Relation(relation), claims=_latest(claims), held=held)

    def _newest(self) -> list[ClaimRef]:
        """The claims of the newest filing."""
        first = self.claims[0] if self.claims else None
        return [c for c in self.claims if (c.date, c.filing) == (first.date, first.filing)]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def exit(self) -> Optional[str]:
        """The exit mark of the newest filing when each of its claims is an exit
        (:mod:`graphkit.claim_marks`), else None: the holder's latest word is that it holds
        five percent or less, or none, or that it left Section 16. Of marks that differ, that
        of a claim stating shares (a Form 4 owner's line at 0 "holds none", its ten percent
        owner box "exit (no longer subject to Section 16)")."""
        newest = self._newest()
        marks = [c.exit for c in newest]
        if not marks or not all(marks):
            return None
        held = self.held
        if held is not None and held.filing == newest[0].filing and held.exit is None \
                and form_family(held.form) in INSIDER_FORMS:
            return None  # lines of older forms it leaves out stand (holder_claims.unsure_exit)
        return next((m for c, m in zip(newest, marks) if c.shares is not None), marks[0])

    @computed_field  # type: ignore[prop-decorator]
    @property
    def disclaimer(self) -> Optional[str]:
        """The disclaimer mark ("ownership disclaimed") when each claim of the newest filing is
        a 13D/13G holding its holder, an organization, disclaims in full
        (:func:`graphkit.claim_marks.disclaimer_mark`), else None."""
        marks = [disclaimer_mark(c.form, disclaims=c.disclaims,
                                 in_part=c.disclaims_in_part,
                                 person=self.source.is_person) for c in self._newest()]
        return marks[0] if marks and all(marks) else None

    @property
    def marks(self) -> list[str]:
        """The step's exit and disclaimer marks, as shown beside it."""
        return [m for m in (self.exit, self.disclaimer) if m]

    def _stating(self) -> list[ClaimRef]:
        """The claims whose numbers the step shows, newest first (class notes)."""
        if self.exit:
            return self._newest()
        return [self.held] if self.held is not None else self.claims

    @property
    def shares(self) -> Optional[int]:
        """Shares of the holder's holding (``held``), else stated by the newest claim that
        states them (of an exit: its own)."""
        return next((c.shares for c in self._stating() if c.shares is not None), None)

    @property
    def percent(self) -> Optional[float]:
        """Percent of class of the holder's holding (``held``), else stated by the newest
        claim that states it (of an exit: its own)."""
        return next((c.percent for c in self._stating() if c.percent is not None), None)

    @property
    def label(self) -> str:
        """The relation as words ("general partner of")."""
        return RELATIONS[self.relation].label


class ControlPath(_Answer):
    """A chain of steps from a controller (first step's source) down to what it controls.

    ``truncated`` marks a chain cut by ``max_depth``; ``cycle`` marks a chain that stopped
    because the only parties above it were already on it (cross-holdings); ``exit`` is the mark
    of a step whose holder's newest report is an exit (:attr:`Step.exit`): the chain is no
    longer one of control.
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

    @computed_field  # type: ignore[prop-decorator]
    @property
    def exit(self) -> Optional[str]:
        """The exit mark of the step nearest the end that has one, else None."""
        return next((s.exit for s in reversed(self.steps) if s.exit), None)

    def describe(self) -> str:
        """One line: ``A -[general partner of]-> B -[beneficial owner of 19.42%]-> C``; a
        step's marks follow its target: ``-[beneficial owner of 0%]-> C [holds none]``."""
        out = self.steps[0].source.name
        for s in self.steps:
            pct = f" {s.percent:g}%" if s.percent is not None else ""
            out += f" -[{s.label}{pct}]-> {s.target.name}" + "".join(f" [{m}]" for m in s.marks)
        return out
