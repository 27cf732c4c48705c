"""Finding the node a query names: by id, by a name or alias, or by some of its words.

A reader asks about "Vanguard", "Coeur d'Alene" or "Khosla", not about "THE VANGUARD GROUP,
INC." spelled as the filing spelled it. :func:`find_node` tries, in order:

1. the node id itself;
2. a name or alias in the same letters and digits (case, spaces and punctuation ignored);
3. the resolver's comparison (:func:`resolvers.compare`): the closest name it judges the same
   party ("Apple" for "APPLE INC.");
4. the query's words, each a whole word of one name or alias (:func:`word_matches`): "Vanguard"
   finds "THE VANGUARD GROUP, INC." when no other node's name holds that word.

Several nodes holding the words, or none, raise :class:`~graphkit.errors.NodeNotFound` with the
candidates (or the nearest names) in its message, so the reader can say more of the name or
give the node id.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_nodes_from([("n1", {"name": "THE VANGUARD GROUP, INC."}),
...                   ("n2", {"name": "Victor Khosla", "aliases": ["Mr. Khosla"]}),
...                   ("n3", {"name": "Khosla Family Trust"})])
>>> find_node(G, "vanguard"), find_node(G, "Victor Khosla")
('n1', 'n2')
>>> find_node(G, "Khosla")
Traceback (most recent call last):
...
graphkit.errors.NodeNotFound: 'Khosla' names no node alone; it is a word of 2: Khosla Family Trust (n3), Victor Khosla (n2). Give more of the name or the node id.
"""

from __future__ import annotations

import re

import networkx as nx
from rapidfuzz import fuzz, process

import resolvers
from graphkit import regex_cache
from graphkit.errors import NodeNotFound

#: A word of a name, for matching a query's words: letters and digits ("d'Alene" is "d" and
#: "alene", as in the query)
NAME_WORD = regex_cache.compile(r"""[0-9a-z]+""", re.VERBOSE)

#: How many candidates, or nearest names, an error lists
MAX_LISTED = 8


def lookup_key(s: str) -> str:
    """A name as a query matches it: its letters and digits, case folded.

    >>> lookup_key("Acme Capital Fund-V, L.P."), lookup_key("ACME CAPITAL FUND V LP")
    ('acmecapitalfundvlp', 'acmecapitalfundvlp')
    """
    return "".join(NAME_WORD.findall(s.casefold()))


def _names(d: dict) -> list[str]:
    return [d.get("name", ""), *d.get("aliases", [])]


def word_matches(G: nx.MultiDiGraph, name: str) -> list[str]:
    """The nodes one of whose names or aliases holds every word of ``name`` as a whole word
    (any case), in the order of the graph.

    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("a", {"name": "Coeur d'Alene Mines Corp"}), ("b", {"name": "Acme"})])
    >>> word_matches(G, "coeur d'alene"), word_matches(G, "Coeur Acme"), word_matches(G, "Alen")
    (['a'], [], [])
    """
    wanted = set(NAME_WORD.findall(name.casefold()))
    if not wanted:
        return []
    return [n for n, d in G.nodes(data=True)
            if any(wanted <= set(NAME_WORD.findall(c.casefold())) for c in _names(d))]


def find_node(G: nx.MultiDiGraph, name: str) -> str:
    """The node whose id, name or alias ``name`` is, or whose name holds its words (module
    notes).

    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("i", {"name": "APPLE INC."}), ("p", {"name": "Jane Q. Roe"})])
    >>> find_node(G, "p"), find_node(G, "apple inc"), find_node(G, "Roe")
    ('p', 'i', 'p')

    Raises
    ------
    graphkit.errors.NodeNotFound
        If no node matches, or the words match several (the message lists them).
    """
    if name in G:
        return name
    want = lookup_key(name)
    for n, d in G.nodes(data=True):
        if want in {lookup_key(c) for c in _names(d)}:
            return n
    best, best_score = None, 0.0
    for n, d in G.nodes(data=True):
        for cand in _names(d):
            cmp = resolvers.compare(name, cand)
            if cmp.same and cmp.score > best_score:
                best, best_score = n, cmp.score
    if best is not None:
        return best
    found = word_matches(G, name)
    if len(found) == 1:
        return found[0]
    if found:
        listed = sorted(found, key=lambda n: G.nodes[n].get("name", n))
        shown = ", ".join(f"{G.nodes[n].get('name', n)} ({n})" for n in listed[:MAX_LISTED])
        more = f" and {len(found) - MAX_LISTED} more" if len(found) > MAX_LISTED else ""
        raise NodeNotFound(f"{name!r} names no node alone; it is a word of {len(found)}: "
                           f"{shown}{more}. Give more of the name or the node id.")
    raise NodeNotFound(f"no node named {name!r} in graph" + _nearest(G, name))


def _nearest(G: nx.MultiDiGraph, name: str) -> str:
    """The names closest to ``name`` in spelling, as the end of an error message ("" when the
    graph has no names)."""
    choices = {n: G.nodes[n].get("name", "") for n in G.nodes}
    near = process.extract(name, choices, scorer=fuzz.WRatio, limit=3, score_cutoff=50)
    if not near:
        return ""
    return "; nearest: " + ", ".join(f"{label} ({n})" for label, _, n in near)
