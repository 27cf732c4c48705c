"""Typed inputs and outputs of entity resolution.

The resolver never reads filing text. It gets :class:`Mention` objects (a party as found in one
filing, with the names that filing itself ties to it and its context) and returns a
:class:`Resolution`: entities, each a cluster of mentions with the merge steps that formed it.

Examples
--------
>>> m = Mention(id="f1#p1", name="Acme Capital Fund II, L.P.", kind="organization", filing="f1")
>>> m.all_names()
('Acme Capital Fund II, L.P.',)
>>> Judgement(a="Acme Fund", b="Acme Fund (Q)", verdict="not_same").verdict.value
'not_same'
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from graphkit.models import Identifier, PartyKind


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FormerName(_Frozen):
    """A name a party went by before, and the day it stopped (None: not known; the date of
    the filing that calls it former is used instead)."""

    name: str
    until: Optional[dt.date] = None


class Mention(_Frozen):
    """A party as found in one filing, handed to the resolver.

    ``aliases`` are names the filing itself binds to the party (defined terms, signature-block
    spellings); ``terms`` are its defined terms, bound only within that filing. ``controls`` counts the parties this one controls in its filing (as general
    partner, managing member or investment manager): context for the brand-name rule, which
    joins a bare brand name to the management company of a family, never to a single fund.
    """

    id: str
    name: str
    kind: Optional[PartyKind] = None
    aliases: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()  # defined terms ("the Issuer", "TCV"): mean the party only
    #                              inside its own filing, so they never join across filings
    former: tuple[FormerName, ...] = ()  # names it went by before (EDGAR's former names)
    filing: str = ""
    date: Optional[dt.date] = None  # the date its filing speaks for
    addresses: tuple[str, ...] = ()
    identifiers: tuple[Identifier, ...] = ()
    controls: int = 0
    signed: tuple[str, ...] = ()  # aliases as signed ("/s/ Jane Roe"): a person's own order
    natural: tuple[str, ...] = ()  # EDGAR's conformed "ROE JANE" turned as the filing prints it
    place: Optional[str] = None  # ISO 3166 code of where an organization was formed ("US-DE")

    def all_names(self) -> tuple[str, ...]:
        """The name, its aliases and its defined terms, without repeats (not its former
        names: they name the party only in filings from before the change)."""
        out: list[str] = []
        for n in (self.name, *self.aliases, *self.terms):
            if n not in out:
                out.append(n)
        return tuple(out)


class FeatureScore(_Frozen):
    """One scoring feature's part in a comparison: its doc line, value, weight, contribution."""

    name: str
    doc: str
    value: float
    weight: float
    contribution: float


class Veto(_Frozen):
    """A discriminator that forbids a merge, with the detail that triggered it."""

    name: str
    doc: str
    detail: str


class Comparison(_Frozen):
    """Result of :func:`resolvers.compare`: same or not, a 0..1 score, and why."""

    a: str
    b: str
    same: bool
    score: float
    features: tuple[FeatureScore, ...] = ()
    vetoes: tuple[Veto, ...] = ()
    decided_by: str = ""  # e.g. "score 0.93 >= 0.80", "veto: fund-number", "judgement: not_same"

    def explain(self) -> str:
        """Readable lines: verdict, then each veto and feature contribution."""
        lines = [f"{self.a!r} vs {self.b!r}: {'SAME' if self.same else 'DIFFERENT'} "
                 f"(score {self.score:.2f}; {self.decided_by})"]
        lines += [f"  veto {v.name}: {v.doc} [{v.detail}]" for v in self.vetoes]
        lines += [f"  {f.contribution:+.3f}  {f.name} = {f.value:.2f} × {f.weight:g}: {f.doc}"
                  for f in self.features if f.weight]
        return "\n".join(lines)


class Verdict(str, Enum):
    """A person's judgement on whether two names are one party."""

    SAME = "same"
    NOT_SAME = "not_same"
    UNSURE = "unsure"

    def __str__(self) -> str:
        return self.value


class Judgement(_Frozen):
    """A human judgement about two names (as written, compared after normalization)."""

    a: str
    b: str
    verdict: Verdict
    note: str = ""


class MergeStep(_Frozen):
    """One link inside a cluster: two mentions joined, and the signals that decided it."""

    a: str  # mention id
    b: str  # mention id
    rule: str  # e.g. "identifier:cik", "defined-term", "score", "brand-at-address", "judgement"
    score: float
    reasons: tuple[str, ...] = ()


class Entity(_Frozen):
    """A resolved real-world party: a cluster of mentions."""

    id: str
    name: str
    kind: PartyKind
    mention_ids: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    identifiers: tuple[Identifier, ...] = ()
    addresses: tuple[str, ...] = ()
    merges: tuple[MergeStep, ...] = ()


class Resolution(BaseModel):
    """All entities of a build, the mention → entity map, and judgement bookkeeping."""

    model_config = ConfigDict(extra="forbid")

    entities: list[Entity] = Field(default_factory=list)
    entity_of: dict[str, str] = Field(default_factory=dict)  # mention id -> entity id
    stale_judgements: list[Judgement] = Field(default_factory=list)  # match no name any more
    split_by_judgement: list[tuple[str, str]] = Field(default_factory=list)

    def entity(self, entity_id: str) -> Entity:
        """The entity with id ``entity_id`` (KeyError if none)."""
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)


class PairExplanation(_Frozen):
    """Why two names are (or are not) in one entity: the chain of merge steps between them.

    Backs ``graphkit explain NAME_A NAME_B``. ``path`` runs from a mention of ``a`` to a
    mention of ``b``; ``comparison`` is the direct name-to-name comparison, for context.
    """

    a: str
    b: str
    same_entity: bool
    entity_id: str = ""
    entity_a: str = ""
    entity_b: str = ""
    path: tuple[MergeStep, ...] = ()
    comparison: Optional[Comparison] = None

    def explain(self) -> str:
        """Readable lines: verdict, then each merge step of the path with its reasons."""
        if not self.same_entity:
            head = (f"{self.a!r} and {self.b!r} are different entities "
                    f"({self.entity_a or '?'} / {self.entity_b or '?'})")
        else:
            head = f"{self.a!r} and {self.b!r} are one entity ({self.entity_id}):"
        lines = [head]
        for s in self.path:
            why = "; ".join(s.reasons)
            lines.append(f"  {s.a} -- {s.b}  [{s.rule}, {s.score:.2f}] {why}")
        if self.comparison is not None:
            lines.append("direct comparison: " + self.comparison.explain().replace("\n", "\n  "))
        return "\n".join(lines)
