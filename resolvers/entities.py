"""From clusters to entities: canonical name, kind, stable readable id.

The canonical name is the fullest properly written legal name of the cluster: a written-out
name beats a bare acronym or defined term, mixed case beats signature-block capitals, a stated
legal form beats a bare brand, "First Last" beats "Last, First", the most frequent spelling
beats rarer (often OCR-damaged) ones, and a period before the legal form ("Fund-V. L.P.")
counts against a spelling.

Examples
--------
>>> canonical_name({"TCMV": 2, "TRIDENT CAPITAL MANAGEMENT V, L.L.C": 1,
...                 "Trident Capital Management-V, L.L.C.": 2, "Trident Capital": 1}, "organization")
'Trident Capital Management-V, L.L.C.'
>>> canonical_name({"Dixon, Donald R.": 1, "Donald R. Dixon": 1}, "person")
'Donald R. Dixon'
>>> slugify("Acme Capital Fund II, L.P.")
'acme-capital-fund-ii-lp'
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Mapping, Union

from graphkit.models import PartyKind
from resolvers.names import analyze
from resolvers.normalize import normalize_name
from resolvers.persons import SUFFIXES
from resolvers.vetoes import is_generic

# A period where a comma belongs, before the legal form: "Fund-V. L.P." (OCR or typing slip).
PERIOD_BEFORE_FORM = re.compile(
    r"""
    [^\s.]{1,}\.\s+                 # a word ending in a period, e.g. "Fund-V."
    (?:L\.?\s?P|L\.?\s?L\.?\s?C|Inc|Ltd|Corp|C\.?\s?V)\.?\s*$    # then the form at the end
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _comma_order(name: str) -> bool:
    """Written "Last, First" (a comma not followed only by a suffix)."""
    if "," not in name:
        return False
    tail = name.split(",", 1)[1]
    words = [w for w in re.split(r"[\s.,]+", tail.casefold()) if w]
    return not all(w in SUFFIXES for w in words)


def name_quality(name: str, count: int, kind: Union[PartyKind, str], spelled: int = 0) -> tuple:
    """Sort key (higher is better) for choosing the canonical name of an entity.

    ``count`` is how often this exact spelling was seen; ``spelled`` how often any spelling
    with the same normalized form was (signature capitals vote for their proper-case twin,
    while an OCR-damaged spelling seen once stays alone).
    """
    kind = PartyKind(kind)
    info = analyze(name, kind)
    written_out = not info.acronym
    proper_case = info.has_lower
    if kind == PartyKind.PERSON:
        return (written_out, proper_case, not _comma_order(name), spelled, count,
                len(info.tokens), len(name), name)
    return (written_out, not is_generic(info), proper_case, bool(info.forms), spelled,
            not PERIOD_BEFORE_FORM.search(name), count, len(info.tokens), len(name), name)


def canonical_name(counts: Mapping[str, int], kind: Union[PartyKind, str]) -> str:
    """The best name of an entity among its spellings (spelling → times seen)."""
    spelled: Counter = Counter()
    for n, c in counts.items():
        spelled[normalize_name(n)] += c
    return max(counts, key=lambda n: name_quality(n, counts[n], kind, spelled[normalize_name(n)]))


def slugify(name: str) -> str:
    """Readable id part of a name: normalized words joined by hyphens.

    >>> slugify("Dixon, Donald R.")
    'dixon-donald-r'
    """
    return normalize_name(name).replace(" ", "-") or "unnamed"


def entity_id(name: str, kind: Union[PartyKind, str]) -> str:
    """``org:<slug>`` or ``person:<slug>`` (uniqueness is the caller's job).

    >>> entity_id("Jane Q. Doe", "person")
    'person:jane-q-doe'
    """
    prefix = "person" if PartyKind(kind) == PartyKind.PERSON else "org"
    return f"{prefix}:{slugify(name)}"
