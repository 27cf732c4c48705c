"""Context rules: links that come from where names appear, not from how alike they are.

* :func:`acronym_links` — a bare abbreviation used as a party's name in one filing ("WCVA")
  joins the one full name *in the same filing* it abbreviates most cheaply; never across filings.
* :func:`truncated_links` — a name cut off at its start ("pital Fund-V Principals Fund, L.P.")
  joins the one name in its filing that it ends, when the cut falls inside a word.
* :func:`brand_links` — a bare brand name ("Acme Capital") at the same business address as a
  family's management company (the party that controls others, or whose name says Management or
  Advisors) joins that company, never a single fund.

Each rule yields :class:`Link` proposals; the resolver still checks every union against vetoes
and judgements.

Examples
--------
>>> from resolvers.models import Mention
>>> ms = [Mention(id="a", name="Acme Fund II, L.P.", filing="f"),
...       Mention(id="b", name="Acme Fund II Affiliates Fund, L.P.", filing="f"),
...       Mention(id="c", name="AFIIA", filing="f")]
>>> [(l.a, l.b, l.rule) for l in acronym_links(ms)]
[('c', 'b', 'acronym')]
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from graphkit.models import PartyKind
from resolvers.acronyms import acronym_cost
from resolvers.addresses import address_key
from resolvers.models import Mention
from resolvers.names import NameInfo, analyze
from resolvers.ocr import ocr_fold
from resolvers.tuning import TRUNCATED_MIN_CHARS
from resolvers.vetoes import find_vetoes, is_generic

# Role words that mark a family's management company (besides controlling other parties).
MANAGER_ROLES = frozenset({"management", "manager", "advisors"})


@dataclass(frozen=True)
class Link:
    """A proposed union of two mentions, with the rule and the reasons behind it."""

    a: str
    b: str
    rule: str
    score: float
    reasons: tuple[str, ...] = field(default=())


def _info(m: Mention, name: str) -> NameInfo:
    return analyze(name, m.kind)


def _by_filing(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.filing:
            out[m.filing].append(m)
    return out


def acronym_links(mentions: Sequence[Mention]) -> list[Link]:
    """Join each bare-acronym mention to the single full name it abbreviates in its filing."""
    links: list[Link] = []
    for filing, group in _by_filing(mentions).items():
        acronyms = [m for m in group if _info(m, m.name).acronym]
        if not acronyms:
            continue
        full = [(m, n) for m in group for n in m.all_names() if not _info(m, n).acronym]
        bound = {_info(m, n).norm for m in group for n in m.aliases if _info(m, n).acronym}
        for ac in acronyms:
            if _info(ac, ac.name).norm in bound:
                continue  # a defined term of this filing: joined by the same-name rule
            costs: dict[str, tuple[int, Mention, str]] = {}
            for m, n in full:
                if m.id == ac.id:
                    continue
                info = _info(m, n)
                if info.kind != PartyKind.ORGANIZATION:
                    continue
                cost = acronym_cost(ac.name, info)
                if cost is not None and (info.norm not in costs or cost < costs[info.norm][0]):
                    costs[info.norm] = (cost, m, n)
            if not costs:
                continue
            best = min(c for c, _, _ in costs.values())
            winners = [(m, n) for c, m, n in costs.values() if c == best]
            if len(winners) != 1:
                continue  # ambiguous inside the filing: leave it unresolved
            m, n = winners[0]
            links.append(Link(ac.id, m.id, "acronym", 1.0 if best == 0 else 0.9, (
                f"{ac.name!r} abbreviates {n!r} in filing {filing}",
                f"skipped words cost {best}; no other name in the filing fits as well")))
    return links


def _cut_inside_word(full: NameInfo, cut: int) -> bool:
    pos = 0
    for t in full.core:
        if pos == cut:
            return False
        pos += len(t)
    return True


def truncated_links(mentions: Sequence[Mention]) -> list[Link]:
    """Join a name cut off mid-word at its start to the one name of its filing it ends."""
    links: list[Link] = []
    for filing, group in _by_filing(mentions).items():
        names = [(m, n, _info(m, n)) for m in group for n in m.all_names()]
        for m, n, info in names:
            if info.acronym or info.kind != PartyKind.ORGANIZATION:
                continue
            if len(info.compact) < TRUNCATED_MIN_CHARS:
                continue
            hits = {}
            for m2, n2, full in names:
                if m2.id == m.id or full.kind != PartyKind.ORGANIZATION:
                    continue
                extra = len(full.compact) - len(info.compact)
                if (extra > 0 and full.compact.endswith(info.compact)
                        and _cut_inside_word(full, extra) and full.forms == info.forms
                        and not find_vetoes(full, info)):
                    hits[full.norm] = (m2, n2)
            if len(hits) == 1:
                m2, n2 = next(iter(hits.values()))
                links.append(Link(m.id, m2.id, "truncated-name", 0.9, (
                    f"{n!r} is the end of {n2!r}, cut inside a word, in filing {filing}",
                    "no other name in the filing ends the same way")))
    return links


def _is_manager(m: Mention, info: NameInfo) -> bool:
    return m.controls > 0 or bool(info.roles & MANAGER_ROLES)


def brand_links(mentions: Sequence[Mention], root_of: Callable[[str], str]) -> list[Link]:
    """Join each bare brand name to the management company at its address (if exactly one).

    ``root_of`` maps a mention id to its current cluster, so several mentions of one company
    count once; the company that controls most parties wins a tie between clusters.
    """
    managers: dict[str, list[tuple[Mention, NameInfo]]] = defaultdict(list)
    for m in mentions:
        info = _info(m, m.name)
        if info.kind == PartyKind.ORGANIZATION and not is_generic(info) and _is_manager(m, info):
            for addr in m.addresses:
                managers[address_key(addr)].append((m, info))
    links: list[Link] = []
    for m in mentions:
        info = _info(m, m.name)
        if info.kind != PartyKind.ORGANIZATION or info.acronym or not is_generic(info):
            continue
        brand = tuple(ocr_fold(t) for t in info.core)
        found: dict[str, tuple[int, Mention, NameInfo, str]] = {}
        for addr in m.addresses:
            key = address_key(addr)
            for cm, cinfo in managers.get(key, ()):
                words = tuple(ocr_fold(t) for t in cinfo.core)
                if words[: len(brand)] != brand or len(words) == len(brand):
                    continue
                root = root_of(cm.id)
                if root not in found or cm.controls > found[root][0]:
                    found[root] = (cm.controls, cm, cinfo, key)
        if not found:
            continue
        ranked = sorted(found.values(), key=lambda x: -x[0])
        if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
            continue  # two management companies at one address: ambiguous
        controls, cm, cinfo, key = ranked[0]
        reasons = [f"shared address {key!r}",
                   f"brand {m.name!r} is the beginning of {cm.name!r}"]
        if controls:
            reasons.append(f"{cm.name!r} controls {controls} parties")
        else:
            reasons.append(f"{cm.name!r} is a management company ({', '.join(sorted(cinfo.roles & MANAGER_ROLES))})")
        links.append(Link(m.id, cm.id, "brand-at-address", 0.85, tuple(reasons)))
    return links
