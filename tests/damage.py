"""Damaged copies of real filings, for robustness tests and ``bench/damaged_inputs.py``.

Each kind imitates what happens to files in the wild: a download cut short, a lost block, bytes
overwritten, a block written twice.

>>> data = b"0123456789" * 10
>>> cut = damage(data, "cut", seed=1)
>>> data.startswith(cut) and len(cut) < len(data)
True
"""

from __future__ import annotations

import random

#: The kinds of damage :func:`damage` does.
DAMAGE_KINDS = ("cut", "hole", "overwrite", "repeat")


def damage(data: bytes, kind: str, seed: int) -> bytes:
    """A copy of ``data`` damaged by ``kind`` at a place chosen by ``seed`` (reproducible).

    ``cut`` ends it early; ``hole`` drops up to 3,000 bytes; ``overwrite`` puts 20 printable
    random bytes over some; ``repeat`` writes a block twice.

    >>> damage(b"abcdef", "overwrite", seed=3) != b"abcdef"
    True
    """
    rng = random.Random(seed)
    i = rng.randrange(len(data))
    j = min(len(data), i + rng.randrange(1, 3000))
    if kind == "cut":
        return data[:i]
    if kind == "hole":
        return data[:i] + data[j:]
    if kind == "overwrite":
        return data[:i] + bytes(rng.randrange(32, 127) for _ in range(20)) + data[i + 20:]
    if kind == "repeat":
        return data[:j] + data[i:]
    raise ValueError(f"unknown damage kind {kind!r}; one of {DAMAGE_KINDS}")
