"""Candidate generation: which distinct names are worth comparing, without all pairs.

Three cheap nets, each near-linear in the number of distinct names:

* **rare-token keys** — each name's rarest words (by how many names use them), so a family
  "Acme Capital Fund II / Acme Capital Partners" meets on "acme" while "capital" is ignored;
* **prefix keys** — the first letters of the OCR-folded compact name (catches damaged words);
  person names key on surname prefix plus first initial under each reading of their order;
* **sorted neighbourhood** — names sorted by compact form, and by its reverse, are compared
  with their nearest neighbours (catches words split or joined, and damaged first words).

Blocks larger than ``MAX_BLOCK_SIZE`` are dropped for that key: a key shared by that many names
says nothing about identity, and the other nets still cover those names.

Examples
--------
>>> from resolvers.names import analyze
>>> names = [analyze(n) for n in ["Acme Capital Fund II, L.P.", "ACME CAPITAL FUND II LP",
...                               "Zenith Partners", "Wronfield Can oital Fund-V", "Wrenfield Capital Fund-V"]]
>>> pairs = candidate_pairs(names, window=1)
>>> (0, 1) in pairs, (3, 4) in pairs, (0, 2) in pairs
(True, True, False)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Sequence

from graphkit.models import PartyKind
from resolvers.names import NameInfo
from resolvers.tuning import MAX_BLOCK_SIZE, RARE_TOKENS_PER_NAME, SORTED_WINDOW

PREFIX_CHARS = 5  # letters of the folded compact name in a prefix key
MIN_KEY_TOKEN = 3  # words shorter than this are not rare-token keys ("of", "v", "ii")


def block_keys(info: NameInfo, df: Counter) -> set[str]:
    """The block keys of one analyzed name (``df``: how many names use each word).

    >>> from resolvers.names import analyze
    >>> sorted(block_keys(analyze("Pellwood, Arden R.", PartyKind.PERSON), Counter()))
    ['pn:pellw:a']
    """
    keys: set[str] = set()
    if info.person is not None:
        for r in info.person.readings:
            surname = "".join(r.surname)[:PREFIX_CHARS]
            initial = r.given[0][0] if r.given else "_"
            keys.add(f"pn:{surname}:{initial}")
        return keys
    keys.add("p:" + info.folded[:PREFIX_CHARS])
    words = sorted({t for t in info.core if len(t) >= MIN_KEY_TOKEN}, key=lambda t: (df[t], t))
    keys.update("t:" + t for t in words[:RARE_TOKENS_PER_NAME])
    return keys


def _sorted_neighbours(order: list[int], window: int) -> Iterable[tuple[int, int]]:
    for pos, i in enumerate(order):
        for j in order[pos + 1: pos + 1 + window]:
            yield (i, j) if i < j else (j, i)


def candidate_pairs(names: Sequence[NameInfo], window: int = SORTED_WINDOW,
                    max_block: int = MAX_BLOCK_SIZE) -> set[tuple[int, int]]:
    """Index pairs (i < j) of names that should be compared; persons only meet persons.

    Parameters
    ----------
    names : sequence of NameInfo
        Distinct analyzed names.
    window : int
        Neighbours compared in each sorted order.
    max_block : int
        Blocks larger than this are skipped.

    Returns
    -------
    set of (int, int)

    See also
    --------
    resolvers.resolve : scores these pairs with :func:`resolvers.compare.score_pair`.
    """
    df: Counter = Counter()
    for info in names:
        if info.person is None:
            df.update(set(info.core))
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, info in enumerate(names):
        for k in block_keys(info, df):
            blocks[k].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if 1 < len(members) <= max_block:
            for x, i in enumerate(members):
                for j in members[x + 1:]:
                    pairs.add((i, j) if i < j else (j, i))
    for kind in (PartyKind.PERSON, PartyKind.ORGANIZATION):
        idx = [i for i, n in enumerate(names) if n.kind == kind]
        pairs.update(_sorted_neighbours(sorted(idx, key=lambda i: names[i].folded), window))
        pairs.update(_sorted_neighbours(sorted(idx, key=lambda i: names[i].folded[::-1]), window))
    return pairs
