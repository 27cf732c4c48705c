"""Why two names are one node of a built graph, or why they are not.

For two names in one node, :func:`explain_names` walks the merge steps the resolver recorded
from a mention of the first name to a mention of the second, so the user sees the chain of
decisions that holds the cluster together. For names in different nodes it shows the resolver's
comparison (feature contributions and vetoes).
"""

from __future__ import annotations

import re
from collections import deque
from typing import Optional

import networkx as nx
from pydantic import BaseModel

from graphkit import regex_cache
import resolvers
from graphkit.graph import NodeData, find_node
from graphkit.node_lookup import lookup_key
from resolvers.models import Comparison

#: A merge line as written by graphkit.graph.build_graph: "a#p1 = b#p2 [rule, 0.93]: reasons"
MERGE_LINE = regex_cache.compile(r"""
    ^(?P<a>\S+)\s=\s(?P<b>\S+)\s\[(?P<rule>[^,\]]+),\s(?P<score>[\d.]+)\](?::\s(?P<why>.*))?$
""", re.VERBOSE)


class Explanation(BaseModel):
    """The answer of :func:`explain_names`."""

    name_a: str
    name_b: str
    node_a: str
    node_b: str
    node_name_a: str
    node_name_b: str
    same_node: bool
    comparison: Comparison
    chain: list[str] = []  # merge steps linking the two names inside one node

    def __str__(self) -> str:
        if self.same_node:
            head = (f"{self.name_a!r} and {self.name_b!r} are one node: "
                    f"{self.node_name_a!r} ({self.node_a})")
        else:
            head = (f"{self.name_a!r} is node {self.node_name_a!r} ({self.node_a}); "
                    f"{self.name_b!r} is node {self.node_name_b!r} ({self.node_b}): "
                    "kept apart")
        lines = [head, "", "direct comparison:", self.comparison.explain()]
        if self.chain:
            lines += ["", "merge steps that hold them in one cluster:"]
            lines += [f"  {c}" for c in self.chain]
        return "\n".join(lines)


def _merge_chain(nd: NodeData, name_a: str, name_b: str) -> list[str]:
    names = dict(zip(nd.mentions, nd.mention_names))
    adj: dict[str, list[tuple[str, str]]] = {}
    for line in nd.merges:
        m = MERGE_LINE.match(line)
        if not m:
            continue
        adj.setdefault(m["a"], []).append((m["b"], line))
        adj.setdefault(m["b"], []).append((m["a"], line))
    starts = [m for m, n in names.items() if lookup_key(n) == lookup_key(name_a)] or \
        list(names)[:1]
    goals = {m for m, n in names.items() if lookup_key(n) == lookup_key(name_b)}
    prev: dict[str, Optional[tuple[str, str]]] = {s: None for s in starts}
    queue = deque(starts)
    while queue:
        cur = queue.popleft()
        if cur in goals:
            out = []
            while prev[cur] is not None:
                before, line = prev[cur]
                out.append(f"{line}   ({names.get(before, '?')!r} ~ {names.get(cur, '?')!r})")
                cur = before
            return out[::-1]
        for nxt, line in adj.get(cur, []):
            if nxt not in prev:
                prev[nxt] = (cur, line)
                queue.append(nxt)
    return list(nd.merges)


def explain_names(G: nx.MultiDiGraph, name_a: str, name_b: str) -> Explanation:
    """Explain how ``name_a`` and ``name_b`` were resolved in ``G``.

    Raises
    ------
    graphkit.errors.NodeNotFound
        If either name matches no node.

    See also
    --------
    resolvers.compare
    """
    a, b = find_node(G, name_a), find_node(G, name_b)
    nda, ndb = NodeData.model_validate(G.nodes[a]), NodeData.model_validate(G.nodes[b])
    cmp = resolvers.compare(name_a, name_b)
    chain = _merge_chain(nda, name_a, name_b) if a == b else []
    return Explanation(name_a=name_a, name_b=name_b, node_a=a, node_b=b,
                       node_name_a=nda.name, node_name_b=ndb.name, same_node=a == b,
                       comparison=cmp, chain=chain)
