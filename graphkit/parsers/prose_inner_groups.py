"""Group terms whose members are listed inside the definition's own parentheses.

A filing that has just defined a term for each party may define the group of them with the
terms listed in the group's parentheses: 'Acme Corp., a Delaware corporation ("Acme"), Roe
LLC ("Roe") and Jane Doe ("Doe") (Acme, Roe and Doe, collectively, the "Reporting Persons")'.
The group is read only where its members are certain: each listed name is a term the same
sentence defines before the list (its parenthesis then names no other party), and the
members are those terms as written, which the filing binds to their parties.

Examples
--------
>>> inner_list_groups('Acme Corp. ("Acme"), Roe LLC ("Roe") and Jane Doe ("Doe") (Acme, '
...     'Roe and Doe, collectively, the "Reporting Persons") own shares.')
[('Reporting Persons', ['Acme', 'Roe', 'Doe'])]
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_lists import split_listed, trim_name
from graphkit.parsers.prose_patterns import NAMES
from graphkit.parsers.prose_term_patterns import THING_WORD

#: A list of names, then "collectively" or "together" and a quoted term, all inside one
#: parenthesis (groups ``names``, ``term``): '(Acme, Roe and Doe, collectively, the
#: "Reporting Persons")', '(Acme and Roe together, "Holders")'
INNER_LIST_TERM = regex_cache.compile(rf"""
    \(\s*(?P<names>{NAMES})\s*,?\s+(?:collectively|together)\s*,?\s+(?:the\s+)?
    ["“](?P<term>[^"“”()]{{2,60}})["”]\s*\)
""", re.VERBOSE)

#: A term a sentence defines in parentheses, quoted: '("Acme")', '(the "Fund")' (group
#: ``term``; no group's: its opening has no "together" or "collectively")
DEFINED_IN_PARENS = regex_cache.compile(r"""
    \(\s*(?:the\s+)?["“](?P<term>[^"“”()]{1,60})["”]\s*\)
""", re.VERBOSE)


def inner_list_groups(flat: str) -> list[tuple[str, list[str]]]:
    """The group terms of ``flat`` (one sentence) whose members the definition lists inside
    its own parentheses (:data:`INNER_LIST_TERM`), each member a term defined before it in the
    sentence (:data:`DEFINED_IN_PARENS`); a list naming anything else defines no group here,
    nor one of terms defined for securities or documents (the last word before a term's
    parenthesis a :data:`~graphkit.parsers.prose_term_patterns.THING_WORD`).

    >>> inner_list_groups('Acme Corp. ("Acme") and Roe LLC (Acme and Beta, together, the '
    ...     '"Holders")')
    []
    >>> inner_list_groups('Series A Preferred Stock ("Series A") and Series B Preferred Stock '
    ...     '("Series B") (Series A and Series B, collectively, the "Preferred")')
    []
    """
    out: list[tuple[str, list[str]]] = []
    for m in INNER_LIST_TERM.finditer(flat):
        defined = {d["term"].strip() for d in DEFINED_IN_PARENS.finditer(flat, 0, m.start())
                   if not THING_WORD.search(flat[:d.start()].rstrip().rpartition(" ")[2])}
        members = [n for n in (trim_name(x) for x in split_listed(m["names"])) if n]
        if len(members) >= 2 and all(n in defined for n in members):
            out.append((m["term"], members))
    return out
