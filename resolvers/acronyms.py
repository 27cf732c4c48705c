"""Acronyms of party names: does "WCVA" abbreviate "Wrenfield Capital Fund-V Affiliates Fund"?

Filings abbreviate each party by the initials of its distinctive words, keeping numbers and
short marks whole ("V", "Q", "C.V.") and usually leaving out generic words (Fund, the, of) and
the legal form. :func:`acronym_cost` aligns an abbreviation with a name and returns the cost of
the best alignment: 0 when only generic words were skipped, more for each skipped vehicle word
("Parallel") or other word; ``None`` when the abbreviation cannot be read from the name. The
resolver uses it only inside one filing, choosing the single cheapest name.

Examples
--------
>>> from resolvers.names import analyze
>>> acronym_cost("WCVA", analyze("Wrenfield Capital Fund-V Affiliates Fund, L.P."))
0
>>> acronym_cost("WCVA", analyze("Wrenfield Capital Fund-V Affiliates Fund (Q), L.P."))
1
>>> acronym_cost("WCVCV", analyze("Wrenfield Capital Parallel Fund-V, C.V."))
1
>>> acronym_cost("WCMV", analyze("Wrenfield Capital Fund-V, L.P.")) is None
True
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from resolvers.legal_forms import FORM_TOKENS
from resolvers.names import ROLE_WORDS, NameInfo
from resolvers.normalize import normalize_name

# Words an abbreviation leaves out at no cost.
GENERIC_WORDS: frozenset[str] = frozenset({"fund", "funds", "the", "of", "and", "for", "de"})
# Cost of leaving out a vehicle word (Parallel, Affiliates) or a series mark, and any other word.
SKIP_ROLE_COST = 1
SKIP_OTHER_COST = 3
# Tokens this short are also read whole ("v", "ii", "q", "cv", "lp").
WHOLE_TOKEN_MAX = 3


def _skip_cost(token: str) -> int:
    if token in GENERIC_WORDS or token in FORM_TOKENS:
        return 0
    if token in ROLE_WORDS or len(token) == 1:
        return SKIP_ROLE_COST
    return SKIP_OTHER_COST


@lru_cache(maxsize=50_000)
def _align(abbrev: str, tokens: tuple[str, ...]) -> Optional[int]:
    inf = 10**6
    n, m = len(tokens), len(abbrev)
    # best[i][j]: min cost to read abbrev[j:] from tokens[i:]
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    best[n][m] = 0
    for i in range(n - 1, -1, -1):
        t = tokens[i]
        for j in range(m, -1, -1):
            cost = inf
            if i > 0 or j == m:  # the first word must be read
                cost = _skip_cost(t) + best[i + 1][j]
            if j < m and abbrev[j] == t[0]:
                cost = min(cost, best[i + 1][j + 1])
            if len(t) <= WHOLE_TOKEN_MAX and abbrev.startswith(t, j) and len(t) > 1:
                cost = min(cost, best[i + 1][j + len(t)])
            best[i][j] = cost
    return best[0][0] if best[0][0] < inf else None


def acronym_cost(abbrev: str, info: NameInfo) -> Optional[int]:
    """Cost of reading ``abbrev`` as the initials of ``info``'s name, or None if it cannot be.

    Parameters
    ----------
    abbrev : str
        The abbreviation as written ("WCVA", "W.C.V.A.").
    info : NameInfo
        The analyzed full name.
    """
    key = normalize_name(abbrev).replace(" ", "")
    if not key or len(info.tokens) < 2:
        return None
    return _align(key, info.tokens)
