"""Acronyms of fund and firm names, for the per-filing party book: whether an abbreviation such
as "ACFA" abbreviates "Acme Capital Fund Affiliates, L.P." and at what cost.

:func:`may_abbreviate` is the cheap first test; :func:`acronym_cost` aligns the letters with the
name's words (a word may give its first letter, or a number or series mark whole; filler words
such as "Fund" and legal forms may give nothing).

Examples
--------
>>> acronym_cost("ACFA", "Acme Capital Fund Affiliates, L.P.")
0
>>> acronym_cost("XYZ", "Acme Capital Fund Affiliates, L.P.") is None
True
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Optional

from graphkit.parsers.partybook_names import (
    ACRONYM_FREE_WORDS, NAME_CACHE_SIZE, _ROMAN, _tokens, discriminators)

if TYPE_CHECKING:
    from graphkit.models import Party


@lru_cache(maxsize=NAME_CACHE_SIZE)
def acronym_cost(abbr: str, name: str) -> Optional[int]:
    """How well ``abbr`` abbreviates ``name``: 0 is a clean acronym, None is no acronym.

    An acronym takes initials of words in order, numerals and series marks whole ("V", "Q")
    and legal forms whole ("CV"). Dropping "Fund", "Partners" or a legal form is free; dropping
    another word costs 1, a numeral or series mark 2, the first word 5.

    >>> acronym_cost("ACVA", "Acme Capital Fund-V Affiliates Fund, L.P.")
    0
    >>> acronym_cost("ACVA", "Acme Capital Fund-V Affiliates Fund (Q), L.P.")
    2
    >>> acronym_cost("ACVCV", "Acme Capital Parallel Fund-V, C.V.")
    1
    >>> acronym_cost("XYZ", "Acme Capital Fund-V, L.P.") is None
    True
    >>> acronym_cost("ACM", "Acme Capital Management, Limited Partnership")
    0
    """
    if not may_abbreviate(abbr, name):
        return None  # a letter no initial or whole word gives: no acronym (cheap test first)
    parts = _acronym_parts(name)[0]
    a = abbr.upper()
    m = len(a)
    inf = 10 ** 6
    # best[j]: the least cost of spelling a[:j] with the words read so far (one row of the
    # table of words x letters, the next row made from it)
    best = [0] + [inf] * m
    for initial, skip, whole in parts:
        nxt = [c + skip for c in best]
        for j, c in enumerate(best):
            if c >= inf:
                continue
            if j < m and initial == a[j] and c < nxt[j + 1]:
                nxt[j + 1] = c
            if whole and a.startswith(whole, j) and c < nxt[j + len(whole)]:
                nxt[j + len(whole)] = c
        best = nxt
    cost = best[m]
    return None if cost >= inf else cost


def may_abbreviate(abbr: str, name: str) -> bool:
    """False when no acronym of ``name`` holds every letter of ``abbr``, so that
    :func:`acronym_cost` is None (a cheap first test, read from the words of ``name`` alone).

    >>> may_abbreviate("ACVA", "Acme Capital Fund-V Affiliates Fund, L.P."), may_abbreviate("XYZ", "Acme")
    (True, False)
    """
    return _acronym_parts(name)[1].issuperset(abbr.upper())


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _acronym_parts(name: str) -> tuple[tuple[tuple[str, int, Optional[str]], ...], frozenset[str]]:
    """What :func:`acronym_cost` reads of each word of ``name`` (its initial, the cost of
    skipping it, the word itself when an acronym may take it whole), and every letter an
    acronym of ``name`` can hold (cached: a filing tries each abbreviation on every name).

    >>> parts, letters = _acronym_parts("Acme Fund-V, C.V.")
    >>> parts, sorted(letters)
    ((('A', 5, None), ('F', 0, None), ('V', 2, None), ('C', 0, 'CV')), ['A', 'C', 'F', 'V'])
    """
    series = discriminators(name)["series"]
    parts = []
    letters = set()
    for i, tok in enumerate(_tokens(name)):
        low = tok.lower()
        if i == 0:
            skip = 5
        elif low in ACRONYM_FREE_WORDS:
            skip = 0
        elif (low.isdigit() or _ROMAN.match(low)) or low in series:
            skip = 2
        else:
            skip = 1
        whole = tok.upper() if (len(tok) <= 4 and (tok.isupper() or tok.isdigit()
                                                   or low in series)) else None
        whole = whole if whole and len(whole) > 1 else None  # one letter: its initial
        parts.append((tok[0].upper(), skip, whole))
        letters.add(tok[0].upper())
        letters.update(whole or "")
    return tuple(parts), frozenset(letters)


def names_another(abbr: str, party: "Party", parties: Iterable["Party"]) -> bool:
    """Whether ``abbr``, guessed to abbreviate ``party``'s name, is a word another party goes
    by as well as ``party``: a whole name or spelling of another ("AFP" beside a party
    called "AFP"), or the first word of another's name or spelling when it is the first word
    of ``party``'s too ("FMR" of "FMR LLC" beside "FMR Co"). The guess is then no link: the
    filing may mean the other party by it.

    An abbreviation that only leads another's name is still linked ("HCM" of "Highland Capital
    Management, L.P." beside "HCM GP, LLC", its general partner, named after it).

    >>> from graphkit.models import Party
    >>> fund = Party(id="p1", name="FMR LLC", kind="organization")
    >>> corp = Party(id="p2", name="FMR Co", kind="organization")
    >>> names_another("FMR", fund, [fund, corp]), names_another("FMR", fund, [fund])
    (True, False)
    >>> hcm = Party(id="p3", name="Highland Capital Management, L.P.", kind="organization")
    >>> gp = Party(id="p4", name="HCM GP, LLC", kind="organization")
    >>> names_another("HCM", hcm, [hcm, gp])
    False
    """
    key = abbr.upper().strip(".")
    leads = any(_first_word(n) == key for n in party.all_names())
    for other in parties:
        if other.id == party.id:
            continue
        for name in other.all_names():
            if name.upper().replace(".", "") == key or (leads and _first_word(name) == key):
                return True
    return False


def _first_word(name: str) -> str:
    """The first word of ``name``, in capitals, without dots and commas: "FMR" of "FMR LLC"."""
    words = name.split()
    return words[0].upper().strip(".,") if words else ""
