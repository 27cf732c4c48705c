"""Defined terms whose quotation marks a conversion lost: ``(?Acme?)`` read as ``("Acme")``,
and apostrophes lost the same way: ``Acme?s`` read as ``Acme's``.

A filing typed with curly quotes and saved as plain ASCII often has each quote replaced by "?":
"Austin W. Marxe (?Marxe?) and David M. Greenhouse (?Greenhouse?)". The readers of defined
terms look for quotation marks, so such a filing defines no term and its prose binds none of
its short names. :func:`restore_lost_quotes` puts the quotes back where a "?" stands on both
sides of a capitalised term in brackets (the only place a question mark never stands in a
filing's prose), keeping the text's length, so every offset and line stays the file's.

Examples
--------
>>> restore_lost_quotes("Acme Fund, L.P. (?Acme?), and (the ?Fund?).")
('Acme Fund, L.P. ("Acme"), and (the "Fund").', 2)
>>> restore_lost_quotes("Is it held (?) by Acme? Yes (see Item 5?), ?A or B?")
('Is it held (?) by Acme? Yes (see Item 5?), ?A or B?', 0)
>>> restore_lost_apostrophes("The Issuer?s principal office; Roe?s son")
("The Issuer's principal office; Roe's son", 2)
"""

from __future__ import annotations

import re

from graphkit import regex_cache

#: A defined term whose quotation marks were each lost as "?": "(?Acme?)", "(the ?Fund?)",
#: "(?AWM Investment?)", "referred to as, the ?Funds?)": an opening "?" after a bracket or a
#: space, a capitalised term of at most 60 characters (no bracket, quote or question mark) not
#: ending in a space, a closing "?" before a bracket, a stop or a space (not "Acme?" of a
#: question, nor a lost check box and section sign: "(e) ?An adviser in accordance with ? 240")
LOST_QUOTE_TERM = regex_cache.compile(r"""
    (?: (?<=\() | (?<=\s) )
    \? (?P<term> [A-Z0-9] (?:[^()"?\n]{0,58}?[^()"?\s])? ) \?
    (?= [),;.:\s] )
""", re.VERBOSE)


def restore_lost_quotes(text: str) -> tuple[str, int]:
    """``text`` with the quotation marks of its :data:`LOST_QUOTE_TERM` terms put back, and
    how many terms were mended; the length of the text is kept.

    >>> restore_lost_quotes("(collectively, the ?Reporting Persons?)")[0]
    '(collectively, the "Reporting Persons")'
    >>> restore_lost_quotes("will be referred to as, the ?Funds?).")[0]
    'will be referred to as, the "Funds").'
    """
    if "?" not in text or "(?" not in text and " ?" not in text:  # most filings hold no
        return text, 0  # "?" at all: one character's scan is far faster than a pair's
    count = 0

    def mend(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f'"{m["term"]}"'

    return LOST_QUOTE_TERM.sub(mend, text), count


#: An apostrophe lost as "?" between a word and its possessive "s": the "?" of "The Issuer?s
#: principal executive officers", "Acme?s President is Jane Roe" (a question mark is never
#: glued to the word after it); not the "?" of a web address ("index.htm?s=1", "?s&x"), nor
#: of a question ("Acme? so"), nor one after a digit or a space ("5?s", " ?s")
LOST_APOSTROPHE = regex_cache.compile(r"""
    (?<=[A-Za-z]) \? (?= s (?![\w=&%/?]) )
""", re.VERBOSE)


def restore_lost_apostrophes(text: str) -> tuple[str, int]:
    """``text`` with each :data:`LOST_APOSTROPHE` put back as "'", and how many were mended;
    the length of the text is kept, so every offset stays the file's. A possessive read with
    its "?" would make "Acme?s" a name and hide the relation it states ("Acme?s President is
    Jane Roe").

    >>> restore_lost_apostrophes("Acme?s President is Jane Roe. Is it Acme? see index.htm?s=1")
    ("Acme's President is Jane Roe. Is it Acme? see index.htm?s=1", 1)
    """
    if "?" not in text or "?s" not in text:  # most filings hold no "?" at all: one
        return text, 0  # character's scan is far faster than a pair's
    return LOST_APOSTROPHE.subn("'", text)
