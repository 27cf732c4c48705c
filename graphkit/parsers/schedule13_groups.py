"""Group names of a Schedule 13D/13G text ("the Acme Funds", "each of the Reporting Persons")
and the parties they stand for, so that no relationship ever ends at a group.

Examples
--------
>>> EACH_OF_THE.sub("", "each of the Acme Funds")
'Acme Funds'
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from graphkit import regex_cache
from graphkit.models import Party
from graphkit.parsers.partybook import PartyBook, squeeze
from graphkit.parsers.prose import DefinedTerm, find_collective_terms, is_collective_name

#: "each of the" before a collective term: "each of the Acme Funds" is the "Acme Funds"
EACH_OF_THE = regex_cache.compile(r"""^(?:each\s+of\s+)?(?:the\s+)?""", re.IGNORECASE)


def expand_collective(name: str, groups: list[DefinedTerm], book: PartyBook,
                      resolve: Optional[Callable[[str], Optional[Party]]] = None
                      ) -> Optional[list[Party]]:
    """The parties a group name stands for; None when ``name`` is not a group name.

    A group the filing defines ("the Acme Funds") expands to the members it lists (as far
    as they are known parties); an undefined group ("the Managing Members") expands to nothing,
    so no relationship ever ends at a group. With ``resolve``, a member the book does not know
    is what ``resolve`` makes of its name: a relationship stated of "each of the Funds" is each
    fund's, also of a fund named only in the group's definition ('held by Acme Fund I, L.P. and
    Acme Fund II, L.P. (collectively, the "Funds"). Acme GP, LLC is the general partner of each
    of the Funds.').

    >>> from graphkit.source import SourceText
    >>> book = PartyBook(); a = book.add("Acme I, L.P."); b = book.add("Acme II, L.P.")
    >>> groups = find_collective_terms(SourceText(path="x", text='Acme I, L.P. and Acme II, '
    ...     'L.P. are together referred to herein as the "Acme Funds."'))
    >>> [p.name for p in expand_collective("the Acme Funds", groups, book)]
    ['Acme I, L.P.', 'Acme II, L.P.']
    >>> expand_collective("the Managing Members", groups, book), expand_collective("Acme I", [], book)
    ([], None)
    >>> groups = find_collective_terms(SourceText(path="x", text='held by Acme I, L.P. and Acme '
    ...     'III, L.P. (collectively, the "Acme Funds").'))
    >>> [p.name for p in expand_collective("each of the Acme Funds", groups, book)]
    ['Acme I, L.P.']
    >>> [p.name for p in expand_collective("each of the Acme Funds", groups, book, book.add)]
    ['Acme I, L.P.', 'Acme III, L.P.']
    """
    key = squeeze(EACH_OF_THE.sub("", name.strip()))
    if not key:
        return None
    match = [g for g in groups if squeeze(g.term) == key]
    if not match and len(key) >= 8:
        match = [g for g in groups if squeeze(g.term).endswith(key)]
    if len({g.term for g in match}) == 1:
        out: list[Party] = []
        for m in match[0].members:
            p = book.lookup(m)
            if p is None and resolve is not None:
                p = resolve(m)
            if p is not None and p not in out:
                out.append(p)
        return out
    if match or (is_collective_name(name) and book.lookup(name, fuzzy=False) is None):
        return []
    return None
