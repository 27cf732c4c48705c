"""Resolve mentions into entities: normalize → block → score → cluster (+ judgements).

Links are applied strongest first — human "same" judgements, shared identifiers, one name
written the same (or a defined term of the same filing), acronyms and truncated names inside a
filing, scored name pairs from best to worst, and last the brand rule — and every union is
checked against the whole of both clusters (vetoes, different identifiers, "not same"
judgements), so no chain of merges can join two names that must stay apart.

Examples
--------
>>> from resolvers.models import Mention
>>> ms = [Mention(id="f1#1", name="Acme Capital Fund II, L.P.", filing="f1"),
...       Mention(id="f2#1", name="ACME CAPITAL FUND II LP", filing="f2"),
...       Mention(id="f2#2", name="Acme Capital Fund III, L.P.", filing="f2")]
>>> r = resolve(ms)
>>> sorted(r.entity_of.items())
[('f1#1', 'org:acme-capital-fund-ii-lp'), ('f2#1', 'org:acme-capital-fund-ii-lp'), ('f2#2', 'org:acme-capital-fund-iii-lp')]
>>> r.entity("org:acme-capital-fund-ii-lp").merges[0].rule
'same-name'
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from typing import Hashable, Iterable, Optional, Sequence

from rapidfuzz.distance import Indel

from graphkit.errors import GraphkitError
from graphkit.jurisdictions import places_apart
from graphkit.models import IdentifierScheme, PartyKind
from resolvers.block import candidate_pairs
from resolvers.cluster import ConstrainedUnionFind
from resolvers.compare import DECISIVE_SCHEMES, score_pair, threshold_for
from resolvers.compare import PERSON_FEATURES as _PERSON_FEATURES
from resolvers.context import Link, acronym_links, brand_links, truncated_links
from resolvers.entities import canonical_name, entity_id
from resolvers.features import FEATURES, person_whole_name
from resolvers.judgements import judgement_key
from resolvers.models import Entity, Judgement, Mention, MergeStep, Resolution, Verdict
from resolvers.names import NameInfo, analyze
from resolvers.tuning import FEATURE_WEIGHTS, PREFILTER_SIMILARITY
from resolvers.vetoes import SAME_FILING_VETOES, VETOES, cluster_vetoes

log = logging.getLogger(__name__)

# All pairs of names inside one filing are scored when it has at most this many names
# (co-filed names are few, and OCR damage can hide them from the block keys).
FILING_ALL_PAIRS_MAX = 80

CIK = IdentifierScheme.CIK.value
NameKey = tuple  # ("person"|"organization", norm) or ("acronym", norm, filing) or ("id", scheme, value)


class ResolveError(GraphkitError):
    """Mentions handed to the resolver are inconsistent (e.g. two mentions share an id)."""


def name_key(info: NameInfo, filing: str, scoped: bool = False) -> NameKey:
    """The cluster key of a name: acronyms and defined terms (``scoped``) belong to their
    filing ("the Issuer" of one filing is not "the Issuer" of another); other names are
    global."""
    if info.acronym or scoped:
        return ("acronym", info.norm, filing)
    return (info.kind.value, info.norm)


def _id_keys(m: Mention) -> list[NameKey]:
    """The cluster keys of a mention's decisive identifiers: ``("id", scheme, value)``."""
    return [("id", i.scheme.value, i.value.lstrip("0")) for i in m.identifiers
            if i.scheme in DECISIVE_SCHEMES]


def _score_value(a: NameInfo, b: NameInfo) -> float:
    """Score of a pair without building explanation objects (the hot loop)."""
    if a.raw > b.raw:
        a, b = b, a
    person = a.person is not None and b.person is not None
    total = 0.0
    for fn in FEATURES:
        w = FEATURE_WEIGHTS.get(fn.__name__, 0.0)
        if w and (fn.__name__ in _PERSON_FEATURES) == person:
            total += w * fn(a, b)
    if person:
        total = max(total, person_whole_name(a, b))
    return min(1.0, max(0.0, total))



class _Resolver:
    def __init__(self, mentions: Sequence[Mention], judgements: Sequence[Judgement]):
        self.mentions = list(mentions)
        self.by_id: dict[str, Mention] = {}
        for m in self.mentions:
            if m.id in self.by_id:
                raise ResolveError(f"mention id {m.id!r} given twice")
            self.by_id[m.id] = m
        self.judgements = list(judgements)
        self.infos: dict[NameKey, NameInfo] = {}
        self.key_mentions: dict[NameKey, list[str]] = defaultdict(list)
        self.alias_keys: dict[str, set[NameKey]] = defaultdict(set)
        self.bound: dict[NameKey, set[NameKey]] = {}
        self.ids_of: dict[NameKey, set[tuple[str, str]]] = {}  # name → identifiers it carried  # names one mention carries together
        self.places_of: dict[NameKey, set[str]] = {}  # name → where it was formed (ISO codes)
        self.ciks_with: dict[NameKey, set[NameKey]] = {}  # identifier → CIKs on its mentions
        self.steps: list[MergeStep] = []
        self.split: list[tuple[str, str]] = []
        self.not_same: set[frozenset[str]] = set()
        self.same: set[frozenset[str]] = set()
        self._index()
        self.uf = ConstrainedUnionFind(self._blocker)
        for m in self.mentions:
            keys = [k for k in self.mention_keys[m.id]]
            keys += _id_keys(m)
            self.uf.add(m.id, *keys)

    # -- indexing -----------------------------------------------------------------------------
    def _index(self) -> None:
        self.mention_keys: dict[str, list[NameKey]] = {}
        for m in self.mentions:
            keys = []
            for i, n in enumerate(m.all_names()):
                info = analyze(n, m.kind)
                k = name_key(info, m.filing, scoped=n in m.terms and n != m.name)
                self.infos.setdefault(k, info)
                if k not in keys:
                    keys.append(k)
                    self.key_mentions[k].append(m.id)
                if i > 0:
                    self.alias_keys[m.id].add(k)
            self.mention_keys[m.id] = keys
            for i in m.identifiers:
                if i.scheme in DECISIVE_SCHEMES:
                    for k in keys:
                        self.ids_of.setdefault(k, set()).add((i.scheme.value, i.value.lstrip("0")))
            ids = _id_keys(m)
            for k in ids:  # the SEC filer numbers each identifier was read beside
                self.ciks_with.setdefault(k, set()).update(c for c in ids if c[1] == CIK)
            if m.place:
                for k in keys:
                    self.places_of.setdefault(k, set()).add(m.place)
            if len(keys) > 1:
                for k in keys:
                    self.bound.setdefault(k, set()).update(keys)
        for j in self.judgements:
            pair = frozenset({judgement_key(j.a), judgement_key(j.b)})
            if j.verdict == Verdict.NOT_SAME:
                self.not_same.add(pair)
            elif j.verdict == Verdict.SAME:
                self.same.add(pair)

    def _blocker(self, x: Hashable, y: Hashable) -> Optional[str]:
        if x[0] == "id" or y[0] == "id":
            if x[0] == y[0] == "id" and x[1] == y[1] and x[2] != y[2]:
                if x[1] != CIK and self.ciks_with.get(x, set()) & self.ciks_with.get(y, set()):
                    return None  # one SEC filer, two tax numbers: an Inc. converted to an LP
                return f"identifier: different {x[1]} {x[2]} / {y[2]}"
            return None
        pair = frozenset({x[1], y[1]})
        if pair in self.not_same:
            return "judgement: not_same"
        if pair in self.same:
            return None
        if self.ids_of.get(x, set()) & self.ids_of.get(y, set()):
            return None  # one identifier on both names: the names are spellings of one party
        px, py = self.places_of.get(x, set()), self.places_of.get(y, set())
        if places_apart(px, py):  # "Acme PLC" (England) and "Acme, Inc." (Delaware)
            return f"place: formed in {', '.join(sorted(px))} / {', '.join(sorted(py))}"
        if self._same_filing(x, y):
            for same_filing_veto in SAME_FILING_VETOES:
                why = same_filing_veto(self.infos[x], self.infos[y])
                if why:
                    return f"veto: {same_filing_veto.__name__} ({why})"
        v = cluster_vetoes(self.infos[x], self.infos[y])
        if v and (x in self.bound or y in self.bound):
            # A name its own filing binds to another (a damaged cover name with its clean
            # defined name) is judged by the best of its bound names.
            for x2 in self.bound.get(x, {x}) | {x}:
                for y2 in self.bound.get(y, {y}) | {y}:
                    if x2[0] != "id" and y2[0] != "id" and not cluster_vetoes(self.infos[x2], self.infos[y2]):
                        return None
        return f"veto: {v[0][0]} ({v[0][2]})" if v else None

    def _same_filing(self, x: NameKey, y: NameKey) -> bool:
        """Whether some filing names both as two of its parties: a mention of the one name
        without the other, and one of the other without the one. A mention carrying both (a
        name and the defined term or spelling one party carries in its filing: "Acme Capital
        Master LP", "Acme Master") is its filing's word that they are one party: its keys are
        bound together when it is added, and it makes no filing one of two parties. It does
        not undo a filing that names the two as two other parties as well: joining the names
        there would fold three parties of one filing into one."""
        mx, my = set(self.key_mentions.get(x, ())), set(self.key_mentions.get(y, ()))
        fx = {self.by_id[m].filing for m in mx - my}
        fy = {self.by_id[m].filing for m in my - mx}
        return bool((fx & fy) - {""})

    # -- applying links -----------------------------------------------------------------------
    def link(self, a: str, b: str, rule: str, score: float, reasons: Iterable[str]) -> bool:
        if self.uf.same(a, b):
            return False
        why = self.uf.union(a, b)
        if why:
            if why.startswith("judgement"):
                self.split.append((self.by_id[a].name, self.by_id[b].name))
            log.debug("refused %s %s (%s): %s", a, b, rule, why)
            return False
        self.steps.append(MergeStep(a=a, b=b, rule=rule, score=round(score, 4),
                                    reasons=tuple(reasons)))
        return True

    def apply(self, links: Iterable[Link]) -> None:
        for ln in links:
            self.link(ln.a, ln.b, ln.rule, ln.score, ln.reasons)

    def judgement_links(self) -> None:
        by_norm: dict[str, list[str]] = defaultdict(list)
        for k, mids in self.key_mentions.items():
            by_norm[k[1]].extend(mids)
        for j in self.judgements:
            if j.verdict != Verdict.SAME:
                continue
            ma, mb = by_norm.get(judgement_key(j.a)), by_norm.get(judgement_key(j.b))
            if ma and mb:
                self.link(ma[0], mb[0], "judgement", 1.0,
                          [f"judged same: {j.a!r} / {j.b!r}"] + ([j.note] if j.note else []))

    def identifier_links(self) -> None:
        holders: dict[tuple[str, str], list[str]] = defaultdict(list)
        for m in self.mentions:
            for i in m.identifiers:
                if i.scheme in DECISIVE_SCHEMES:
                    holders[(i.scheme.value, i.value.lstrip("0"))].append(m.id)
        for (scheme, value), mids in holders.items():
            for other in mids[1:]:
                self.link(mids[0], other, f"identifier:{scheme}", 1.0,
                          [f"both carry {scheme.upper()} {value}"])

    def same_name_links(self) -> None:
        for k, mids in self.key_mentions.items():
            first = mids[0]
            for other in mids[1:]:
                aliased = k in self.alias_keys[first] or k in self.alias_keys[other]
                written = self.infos[k].raw
                kinds = {self.by_id[first].kind, self.by_id[other].kind}
                if (k[0] == "acronym" or aliased) and len(kinds) == 2 and None not in kinds:
                    continue  # a term one filing binds to a person and to a company (a misread
                    # antecedent): never a reason to make a person and a company one party
                if k[0] == "acronym":
                    rule, why = "defined-term", f"defined term {written!r} bound in filing {k[2]}"
                elif aliased:
                    rule, why = "alias", f"both named {written!r} (a name bound by the filing)"
                else:
                    rule, why = "same-name", f"same name after normalization: {k[1]!r}"
                self.link(first, other, rule, 1.0, [why])

    def former_name_links(self) -> None:
        """Join a party to the mentions of its former name in filings dated before the name
        changed (EDGAR's DATE OF NAME CHANGE, else the date of the filing that calls the name
        former). A later filing using the old name speaks of someone else: EDGAR's former
        names are sometimes another party's (a fund's name left on its general partner's CIK)."""
        for m in self.mentions:
            for former in m.former:
                until = former.until or m.date
                info = analyze(former.name, m.kind)
                key = name_key(info, m.filing)
                users = [self.by_id[i] for i in self.key_mentions.get(key, ())]
                for o in users:
                    if o.filing == m.filing or not (o.date and until and o.date < until):
                        continue
                    group = [u for u in users if self.uf.same(u.id, o.id)]
                    if any(u.filing == m.filing or not u.date or u.date >= until for u in group):
                        continue  # the old name also names a party of later filings: whose?
                    own = self.mention_keys[m.id]
                    for k in (*own, key):  # the holder's filing binds the old name to it
                        self.bound.setdefault(k, set()).update((*own, key))
                    self.infos.setdefault(key, info)
                    self.uf.forget_objections()
                    self.link(m.id, o.id, "former-name", 1.0, [
                        f"{former.name!r} was the name of {m.name!r} until {until} ({m.filing}); "
                        f"{o.filing} is dated {o.date}"])

    def scored_links(self) -> None:
        keys = [k for k in self.infos if k[0] != "acronym"]
        index = {k: i for i, k in enumerate(keys)}
        infos = [self.infos[k] for k in keys]
        pairs = candidate_pairs(infos)
        by_filing: dict[str, set[int]] = defaultdict(set)
        for m in self.mentions:
            for k in self.mention_keys[m.id]:
                if k in index:
                    by_filing[m.filing].add(index[k])
        for filing, idx in by_filing.items():
            if filing and 1 < len(idx) <= FILING_ALL_PAIRS_MAX:
                s = sorted(idx)
                pairs.update((s[x], j) for x in range(len(s)) for j in s[x + 1:])
        edges = []
        for i, j in pairs:
            a, b = infos[i], infos[j]
            if a.kind != b.kind:
                continue
            if a.person is None and Indel.normalized_similarity(a.folded, b.folded) < PREFILTER_SIMILARITY:
                if a.core != b.core:
                    continue
            if any(fn(a, b) for fn in VETOES):
                continue
            s = _score_value(a, b)
            if s >= threshold_for(a, b):
                edges.append((s, keys[i], keys[j]))
        edges.sort(key=lambda e: (-e[0], e[1], e[2]))
        for s, ka, kb in edges:
            ma, mb = self.key_mentions[ka][0], self.key_mentions[kb][0]
            if self.uf.same(ma, mb):
                continue
            _, parts = score_pair(self.infos[ka], self.infos[kb])
            top = sorted((p for p in parts if p.contribution), key=lambda p: -abs(p.contribution))[:3]
            reasons = [f"{self.infos[ka].raw!r} ~ {self.infos[kb].raw!r}: score {s:.2f}"]
            reasons += [f"{p.contribution:+.2f} {p.doc}" for p in top]
            self.link(ma, mb, "score", s, reasons)

    # -- output -------------------------------------------------------------------------------
    def build(self) -> Resolution:
        clusters = self.uf.clusters()
        steps_by_root: dict[str, list[MergeStep]] = defaultdict(list)
        for s in self.steps:
            steps_by_root[self.uf.find(s.a)].append(s)
        drafts = []
        for root, mids in clusters.items():
            ms = [self.by_id[i] for i in mids]
            counts: Counter = Counter(n for m in ms for n in m.all_names())
            kinds = Counter(m.kind for m in ms if m.kind is not None)
            kind = kinds.most_common(1)[0][0] if kinds else None
            if kind is None:
                kind = Counter(self.infos[k].kind for m in ms
                               for k in self.mention_keys[m.id][:1]).most_common(1)[0][0]
            name = canonical_name(counts, kind, signed=[n for m in ms for n in m.signed],
                                  natural=[n for m in ms for n in m.natural])
            drafts.append((entity_id(name, kind), min(mids), name, kind, ms, root))
        drafts.sort(key=lambda d: (d[0], d[1]))
        used: Counter = Counter()
        entities, entity_of = [], {}
        for eid, _, name, kind, ms, root in drafts:
            used[eid] += 1
            if used[eid] > 1:
                eid = f"{eid}-{used[eid]}"
            ids, addrs, idents = [], [], []
            for m in ms:
                entity_of[m.id] = eid
                ids.append(m.id)
                addrs += [a for a in m.addresses if a not in addrs]
                idents += [i for i in m.identifiers if i not in idents]
            aliases = list(dict.fromkeys([n for m in ms for n in m.all_names()]
                                         + [f.name for m in ms for f in m.former]))
            entities.append(Entity(id=eid, name=name, kind=kind, mention_ids=tuple(ids),
                                   aliases=tuple(aliases), identifiers=tuple(idents),
                                   addresses=tuple(addrs), merges=tuple(steps_by_root[root])))
        known = {k[1] for k in self.infos}
        stale = [j for j in self.judgements
                 if judgement_key(j.a) not in known or judgement_key(j.b) not in known]
        return Resolution(entities=entities, entity_of=entity_of, stale_judgements=stale,
                          split_by_judgement=list(dict.fromkeys(self.split)))


def resolve(mentions: Sequence[Mention], judgements: Sequence[Judgement] = ()) -> Resolution:
    """Cluster mentions into entities, explaining every merge.

    Parameters
    ----------
    mentions : sequence of Mention
        Parties as found in filings (ids unique).
    judgements : sequence of Judgement
        Human verdicts: "same" forces a merge, "not_same" forbids one (always wins, also
        transitively), "unsure" is recorded only.

    Returns
    -------
    Resolution
        Entities (canonical name, kind, aliases, identifiers, addresses, merge steps), the
        mention → entity map, judgements that match no name any more, and the pairs a
        "not_same" judgement kept apart.

    Raises
    ------
    ResolveError
        If two mentions share an id.

    See also
    --------
    resolvers.compare : the pairwise decision used for scored links.
    resolvers.explain.explain_pair : the chain of merges joining two names.
    """
    r = _Resolver(mentions, judgements)
    r.judgement_links()
    r.identifier_links()
    r.same_name_links()
    r.former_name_links()
    r.apply(acronym_links(r.mentions))
    r.apply(truncated_links(r.mentions))
    r.scored_links()
    r.apply(brand_links(r.mentions, r.uf.find))
    return r.build()
