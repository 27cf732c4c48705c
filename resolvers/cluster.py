"""Constrained union-find: merges that would put a vetoed pair into one cluster are refused.

Every cluster keeps the distinct names of its mentions. Before two clusters are joined, every
name of one is checked against every name of the other with a caller-given ``blocker``; any
objection refuses the whole union, so transitive chains can never carry two vetoed names (or a
pair a person judged "not same") into one cluster.

Examples
--------
>>> uf = ConstrainedUnionFind(lambda x, y: "different" if {x, y} == {"A", "C"} else None)
>>> for m, name in [("m1", "A"), ("m2", "B"), ("m3", "C")]:
...     uf.add(m, name)
>>> uf.union("m1", "m2")
>>> uf.union("m2", "m3")
'different'
>>> sorted(map(sorted, uf.clusters().values()))
[['m1', 'm2'], ['m3']]
"""

from __future__ import annotations

from collections import defaultdict
from typing import Callable, Hashable, Optional

Blocker = Callable[[Hashable, Hashable], Optional[str]]


class ConstrainedUnionFind:
    """Union-find over mention ids whose unions are checked against every cross pair of names.

    Parameters
    ----------
    blocker : callable
        ``blocker(name_key_a, name_key_b)`` returns a reason the two names may not share a
        cluster, or None. It is called once per distinct pair and its answer cached.
    """

    def __init__(self, blocker: Blocker):
        self._blocker = blocker
        self._parent: dict[str, str] = {}
        self._names: dict[str, set[Hashable]] = {}
        self._size: dict[str, int] = {}
        self._cache: dict[tuple[Hashable, Hashable], Optional[str]] = {}

    def add(self, item: str, *name_keys: Hashable) -> None:
        """Add a mention with the keys of its names (name and aliases); repeat to add names."""
        if item not in self._parent:
            self._parent[item] = item
            self._names[item] = set()
            self._size[item] = 1
        self._names[self.find(item)].update(name_keys)

    def find(self, item: str) -> str:
        """The root of ``item``'s cluster (with path halving)."""
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def names(self, item: str) -> set[Hashable]:
        """Distinct name keys of ``item``'s cluster."""
        return self._names[self.find(item)]

    def _blocked(self, x: Hashable, y: Hashable) -> Optional[str]:
        key = (x, y) if repr(x) <= repr(y) else (y, x)
        if key not in self._cache:
            self._cache[key] = self._blocker(*key)
        return self._cache[key]

    def objection(self, a: str, b: str) -> Optional[str]:
        """Why ``a``'s and ``b``'s clusters may not be joined, or None (also None if joined)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        na, nb = self._names[ra], self._names[rb]
        for x in na:
            for y in nb:
                if x == y:
                    continue
                why = self._blocked(x, y)
                if why:
                    return why
        return None

    def forget_objections(self) -> None:
        """Drop the cached blocker answers (after the blocker's grounds changed)."""
        self._cache.clear()

    def union(self, a: str, b: str) -> Optional[str]:
        """Join the clusters of ``a`` and ``b`` unless refused; returns the refusal reason or None."""
        why = self.objection(a, b)
        if why:
            return why
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        if self._size[ra] < self._size[rb]:
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._size[ra] += self._size[rb]
        self._names[ra] |= self._names.pop(rb)
        return None

    def same(self, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` are in one cluster."""
        return self.find(a) == self.find(b)

    def clusters(self) -> dict[str, list[str]]:
        """Root → member ids, members in insertion order."""
        out: dict[str, list[str]] = defaultdict(list)
        for item in self._parent:
            out[self.find(item)].append(item)
        return dict(out)
