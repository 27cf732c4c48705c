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
from graphkit.parsers.prose_term_patterns import COLLECTIVE_TAIL, GROUP_TERM_TAIL, THING_WORD

#: A list of names, then "collectively" or "together" and a quoted term, all inside one
#: parenthesis (groups ``names``, ``term``): '(Acme, Roe and Doe, collectively, the
#: "Reporting Persons")', '(Acme and Roe together, "Holders")'
INNER_LIST_TERM = regex_cache.compile(rf"""
    \(\s*(?P<names>{NAMES})\s*,?\s+(?:collectively|together)\s*,?\s+(?:the\s+)?
    ["“](?P<term>[^"“”()]{{2,60}})["”]\s*\)
""", re.VERBOSE)

#: A name ending in "Securities" right before a term's parenthesis, its words before it
#: capitalized (group ``lead``): "Roe Securities", "ROE SECURITIES"; a broker's name, or a class
#: of securities ("Series B Securities": see :data:`SECURITY_CLASS_WORDS`)
SECURITIES_NAME_END = regex_cache.compile(r"""
    (?<![A-Za-z&'\-])(?P<lead>(?:[A-Z][A-Za-z&'\-]*\s+){1,4})(?i:securities)\s*$
""", re.VERBOSE)

#: Words that make a name ending in "Securities" a class of securities, not a firm: "Series B
#: Securities", "Convertible Securities", "the Registrable Securities"
SECURITY_CLASS_WORDS = frozenset("""
    series class common preferred convertible senior subordinated junior secured unsecured
    exchangeable ordinary restricted registrable underlying subject purchased acquired such
    other additional new existing the equity debt voting
""".split())

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
    parenthesis a :data:`~graphkit.parsers.prose_term_patterns.THING_WORD`), but for a firm
    named "... Securities" in a group of parties (:func:`firm_named_securities`).

    >>> inner_list_groups('Acme Corp. ("Acme") and Roe LLC (Acme and Beta, together, the '
    ...     '"Holders")')
    []
    >>> inner_list_groups('Series A Preferred Stock ("Series A") and Series B Preferred Stock '
    ...     '("Series B") (Series A and Series B, collectively, the "Preferred")')
    []
    >>> inner_list_groups('Acme Fund, L.P. ("Acme") and Roe Securities ("Roe") (Acme and Roe, '
    ...     'together, the "Reporting Persons")')
    [('Reporting Persons', ['Acme', 'Roe'])]
    """
    out: list[tuple[str, list[str]]] = []
    for m in INNER_LIST_TERM.finditer(flat):
        of_parties = names_parties(m["term"])
        defined = {d["term"].strip() for d in DEFINED_IN_PARENS.finditer(flat, 0, m.start())
                   if not THING_WORD.search(flat[:d.start()].rstrip().rpartition(" ")[2])
                   or of_parties and firm_named_securities(flat[:d.start()], d["term"])}
        members = [n for n in (trim_name(x) for x in split_listed(m["names"])) if n]
        if len(members) >= 2 and all(n in defined for n in members):
            out.append((m["term"], members))
    return out


def names_parties(term: str) -> bool:
    """Whether a group's ``term`` reads as a group of parties, not of things: its last word
    names several parties (:data:`~graphkit.parsers.prose_term_patterns.COLLECTIVE_TAIL`,
    :data:`~graphkit.parsers.prose_term_patterns.GROUP_TERM_TAIL`).

    >>> names_parties("Reporting Persons"), names_parties("Filers"), names_parties("Preferred")
    (True, True, False)
    >>> names_parties("Shares")
    False
    """
    term = " ".join(term.split()).strip(" .,")
    return COLLECTIVE_TAIL.search(term) is not None or GROUP_TERM_TAIL.search(term) is not None


def firm_named_securities(before: str, term: str) -> bool:
    """Whether the name ending ``before`` (the text before the parenthesis of ``term``) is a
    firm's named "... Securities" (:data:`SECURITIES_NAME_END`): none of its words a
    :data:`SECURITY_CLASS_WORDS`, and a term that is no class of securities itself.

    >>> firm_named_securities('filed by Acme LP ("Acme") and Roe Securities ', "Roe")
    True
    >>> firm_named_securities("bought the Series B Securities ", "Series B")
    False
    >>> firm_named_securities("a dealer in securities ", "Roe")
    False
    """
    m = SECURITIES_NAME_END.search(before.rstrip() + " ")
    if m is None or THING_WORD.search(term):
        return False
    return not SECURITY_CLASS_WORDS.intersection(w.lower() for w in m["lead"].split())
