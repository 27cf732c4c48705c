"""Why does one entity hold two names? The chain of merge steps between them.

Backs ``graphkit explain NAME_A NAME_B --graph graph.json``: each name (or mention id, or
entity id) is found among the mentions, and the merge steps of their common entity are walked
from one to the other (breadth-first, so the shortest chain is shown).

Examples
--------
>>> from resolvers import Mention, resolve
>>> ms = [Mention(id="1", name="Pellwood, Arden R.", kind="person", filing="d"),
...       Mention(id="2", name="Arden R. Pellwood", kind="person", filing="g"),
...       Mention(id="3", name="ARDEN PELLWOOD", kind="person", filing="h")]
>>> ex = explain_pair(resolve(ms), ms, "Arden R. Pellwood", "ARDEN PELLWOOD")
>>> ex.same_entity, [s.rule for s in ex.path]
(True, ['score'])
"""

from __future__ import annotations

from collections import defaultdict, deque
from typing import Sequence

from resolvers.compare import compare
from resolvers.models import Mention, MergeStep, PairExplanation, Resolution
from resolvers.normalize import normalize_name


def find_mentions(resolution: Resolution, mentions: Sequence[Mention], what: str) -> list[str]:
    """Mention ids meant by ``what``: a mention id, an entity id, or a name as written.

    >>> find_mentions(Resolution(entity_of={"m1": "org:x"}), [], "m1")
    ['m1']
    """
    if what in resolution.entity_of:
        return [what]
    for e in resolution.entities:
        if e.id == what:
            return list(e.mention_ids)
    key = normalize_name(what)
    return [m.id for m in mentions
            if any(normalize_name(n) == key for n in (*m.all_names(), *(f.name for f in m.former)))]


def merge_path(steps: Sequence[MergeStep], start: set[str], goal: set[str]) -> list[MergeStep]:
    """Shortest chain of merge steps from any mention in ``start`` to any in ``goal``.

    >>> s = [MergeStep(a="1", b="2", rule="score", score=0.9), MergeStep(a="3", b="2", rule="alias", score=1)]
    >>> [x.rule for x in merge_path(s, {"1"}, {"3"})]
    ['score', 'alias']
    """
    adj: dict[str, list[tuple[str, MergeStep]]] = defaultdict(list)
    for s in steps:
        adj[s.a].append((s.b, s))
        adj[s.b].append((s.a, s))
    prev: dict[str, tuple[str, MergeStep] | None] = {x: None for x in start}
    queue = deque(start)
    while queue:
        x = queue.popleft()
        if x in goal:
            path = []
            while prev[x] is not None:
                x0, step = prev[x]
                path.append(step)
                x = x0
            return path[::-1]
        for y, step in adj[x]:
            if y not in prev:
                prev[y] = (x, step)
                queue.append(y)
    return []


def explain_pair(resolution: Resolution, mentions: Sequence[Mention], a: str, b: str) -> PairExplanation:
    """Explain whether and why ``a`` and ``b`` ended up in one entity.

    Parameters
    ----------
    resolution : Resolution
        The result of :func:`resolvers.resolve` on ``mentions``.
    mentions : sequence of Mention
        The mentions that were resolved.
    a, b : str
        Names as written (matched after normalization), mention ids, or entity ids.

    Returns
    -------
    PairExplanation
        ``same_entity``, the entity id, and ``path``: the merge steps linking them.

    Raises
    ------
    KeyError
        If either name matches no mention.

    See also
    --------
    resolvers.compare : the direct comparison of the two names.
    """
    ma, mb = find_mentions(resolution, mentions, a), find_mentions(resolution, mentions, b)
    if not ma:
        raise KeyError(f"name {a!r} matches no mention")
    if not mb:
        raise KeyError(f"name {b!r} matches no mention")
    by_id = {m.id: m for m in mentions}
    comparison = compare(by_id[ma[0]].name if a in by_id else a, by_id[mb[0]].name if b in by_id else b)
    ea = {resolution.entity_of[x] for x in ma}
    eb = {resolution.entity_of[x] for x in mb}
    common = sorted(ea & eb)
    if not common:
        return PairExplanation(a=a, b=b, same_entity=False, entity_a=sorted(ea)[0],
                               entity_b=sorted(eb)[0], comparison=comparison)
    eid = common[0]
    entity = resolution.entity(eid)
    start = {x for x in ma if resolution.entity_of[x] == eid}
    goal = {x for x in mb if resolution.entity_of[x] == eid}
    path = merge_path(entity.merges, start, goal) if not start & goal else []
    return PairExplanation(a=a, b=b, same_entity=True, entity_id=eid, entity_a=eid, entity_b=eid,
                           path=tuple(path), comparison=comparison)
