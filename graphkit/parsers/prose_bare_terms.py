"""Defined terms written without quotes: "Acme Fund, L.P. (the Fund)", "Acme Fund I, L.P. and
Acme Fund II, L.P. (collectively, the Funds)".

Most filings quote the term they define ('Acme Fund, L.P. (the "Fund")'); some leave the
quotes out, and then say "the general partner of the Fund". Read as prose, "(the Fund)" is an
aside, and "the Fund" a new party of that name. :func:`quote_bare_terms` gives such a
definition its quotes in the sentence the patterns read, so that the readers of terms
(:func:`graphkit.parsers.prose_terms.find_defined_terms`) and of relationships
(:func:`graphkit.parsers.prose.find_relationships`) read it as they read the quoted form. Only
the sentence read changes: the evidence quotes the filing as printed.

Only a generic noun phrase is a term without quotes (:func:`~graphkit.parsers.generic_terms.
generic_term`: "Fund", "Partnership", "Company", "General Partner", "Issuer"), one to three
capitalised words after "the", in parentheses; so "(the Act)", "(as defined below)" and "(see
Item 5)" stay asides. Whether a full entity's name stands right before it is checked by the
reader, which reads that name (:func:`unfounded_bare_term`).

Examples
--------
>>> quote_bare_terms("held by Acme Fund, L.P. (the Fund). Acme GP, LLC is its GP.")[0]
'held by Acme Fund, L.P. (the "Fund"). Acme GP, LLC is its GP.'
>>> quote_bare_terms("under the Securities Exchange Act of 1934 (the Act)")[0]
'under the Securities Exchange Act of 1934 (the Act)'
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.generic_terms import generic_term
from graphkit.parsers.prose_lists import entity_kind
from graphkit.parsers.prose_term_patterns import DEFINED_TERM_CUE

#: A definition in parentheses without quotes: "the" and one to three capitalised words, a
#: group's opening before it: "(the Fund)", "(the General Partner)", "(collectively, the
#: Funds)", "(together, the Partnerships)" (group ``term``: the words). Not "(the Fund's
#: general partner)", "(see Item 5)", "(the fund)".
BARE_TERM = regex_cache.compile(r"""
    \(\s*(?:(?:collectively|together)\s*,?\s+)?the\s+
    (?P<term>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})\s*\)
""", re.VERBOSE)
#: Cue of :data:`BARE_TERM`: "(the F", "(collectively, the F" (a line may break in it)
BARE_TERM_CUE = regex_cache.compile(r"""
    \((?:(?:collectively|together),?\s)?the\s[A-Z]
""", re.VERBOSE)

#: Cue of a definition with quotes or without (:data:`~graphkit.parsers.prose_term_patterns.
#: DEFINED_TERM_CUE`, :data:`BARE_TERM_CUE`): ' (the "', ' ("', ' (the F'
ANY_TERM_CUE = regex_cache.compile(
    rf"""(?:{DEFINED_TERM_CUE.pattern})|(?:{BARE_TERM_CUE.pattern})""", re.VERBOSE)


def quote_bare_terms(flat: str) -> tuple[str, frozenset[int]]:
    """``flat`` (one sentence) with each definition of a generic term written without quotes
    (:data:`BARE_TERM`) put in quotes, as the readers of quoted terms read it, and the places
    of the quotes opened (in the sentence returned, two characters longer for each).

    >>> quote_bare_terms("Acme I, L.P. and Acme II, L.P. (collectively, the Funds) hold")
    ('Acme I, L.P. and Acme II, L.P. (collectively, the "Funds") hold', frozenset({50}))
    >>> quote_bare_terms("Acme Corp. (the Acme Group)")  # a name's word: no generic term
    ('Acme Corp. (the Acme Group)', frozenset())
    """
    if "(" not in flat or BARE_TERM_CUE.search(flat) is None:
        return flat, frozenset()
    out: list[str] = []
    opened: set[int] = set()
    last = 0
    for m in BARE_TERM.finditer(flat):
        if not generic_term(m["term"]):
            continue
        a, b = m.span("term")
        out += [flat[last:a], '"', flat[a:b], '"']
        opened.add(a + 2 * len(opened))  # each term quoted before it moved this one on by 2
        last = b
    if not opened:
        return flat, frozenset()
    out.append(flat[last:])
    return "".join(out), frozenset(opened)


def unfounded_bare_term(opened: frozenset[int], quote: int, name: str) -> bool:
    """Whether the definition whose opening quote is at ``quote`` was written without quotes
    (``opened``, from :func:`quote_bare_terms`) and yet may not stand: no full entity's name
    (one with a legal form or an entity noun, :func:`~graphkit.parsers.prose_lists.
    entity_kind`) stands before it. "Jane Roe (the General Partner)" and "the Issuer (the
    Company)" define nothing without quotes.

    >>> unfounded_bare_term(frozenset({20}), 20, "Acme Fund, L.P.")
    False
    >>> unfounded_bare_term(frozenset({20}), 20, "Jane Roe")
    True
    """
    return quote in opened and entity_kind(name) is None
