"""Defined terms for a predecessor company: 'a corporation known as Acme, Inc. ("Old Acme")'.

A filing about a merger or a renaming may name two companies alike: the party as it is now and
the company it succeeded, which bore the same name before ('Prior to the merger, Beta was a
subsidiary of a corporation known as Acme, Inc. ("Old Acme")', filed by the renamed successor
Acme, Inc.). The term the filing gives the older one says so: a predecessor word ("Old",
"Former", "Predecessor", "Prior") before a short form of the name. Bound as an alias, such a
term would merge the predecessor into the current party of that name and give it the older
company's parent; :meth:`graphkit.parsers.partybook.PartyBook.bind_term` refuses it instead.

Examples
--------
>>> names_a_predecessor("Old Acme", "Acme, Inc."), names_a_predecessor("Old ABC", "Acme Beta Corp.")
(True, True)
>>> names_a_predecessor("Acme", "Acme, Inc.")
False
"""

from __future__ import annotations

import re

from graphkit import regex_cache

#: A term made of a predecessor word and a short form of a name: "Old Acme", "Former ABC",
#: "Predecessor Acme" (groups ``word``: "Old", and ``short``: "Acme", "ABC")
PREDECESSOR_TERM = regex_cache.compile(r"""
    ^(?:the\s+)?(?P<word>old|former|predecessor|prior)\s+(?P<short>[A-Za-z0-9&][A-Za-z0-9&.\s]{0,40})$
""", re.VERBOSE | re.IGNORECASE)

#: A word of a name or term, letters and digits: "Acme", "II" of "Acme II, Inc."
NAME_WORD = regex_cache.compile(r"""[A-Za-z0-9]+""", re.VERBOSE)


def names_a_predecessor(term: str, name: str) -> bool:
    """True when ``term`` reads as the defined term of a predecessor of ``name``: a
    predecessor word that is no word of the name, then the name's words or initials.

    A company whose own name opens with such a word keeps its term: "Old Acme Bancorp ("Old
    Acme")" is that company's, and a role such as "Former Parent" is no short form of a name.

    >>> names_a_predecessor("Old PCo", "Acme Parent Co.")   # "PCo": no short form of it
    False
    >>> names_a_predecessor("Old Acme", "Old Acme Bancorp")
    False
    >>> names_a_predecessor("Former Parent", "Acme Holdings, Inc.")
    False
    >>> names_a_predecessor("Predecessor Acme Trust", "Acme Trust Company")
    True
    """
    m = PREDECESSOR_TERM.match(term.strip())
    if m is None:
        return False
    words = [w.lower() for w in NAME_WORD.findall(name)]
    if m["word"].lower() in words:
        return False  # "Old" is a word of the name itself
    short = [w.lower() for w in NAME_WORD.findall(m["short"])]
    if not short:
        return False
    if all(w in words for w in short):
        return True  # "Old Acme" of "Acme, Inc."
    initials = "".join(w[0] for w in words)
    joined = "".join(short)
    return len(short) == 1 and len(joined) > 1 and initials.startswith(joined)
