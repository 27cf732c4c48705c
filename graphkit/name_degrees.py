"""Academic and professional degrees printed after a person's name: "Jane Q. Roe, Ph.D.".

A degree ("Ph.D.", "M.D.", "Esq.", "J.D.", "CPA", "CFA", "D.D.S.") is no part of the name: it
is no given name of a "Last, First" inversion ("Roe, Ph.D." is not "Ph. D. Roe") and no word
to compare ("Jane Q. Roe, Ph.D." is "Jane Q. Roe", and "ROE JANE Q" of the EDGAR header). A
generation ("Jr.", "Sr.", "III") is part of the name and stays (John Roe Jr. is not John Roe
Sr.): it is no degree.

Only a degree at the end of a name is dropped, and only when a person's name of two words at
least is left: an organization keeps its words ("Acme MD, Inc.", "Roe CPA Group LLC"), initials
stay initials ("M.D. Roe", "Roe, M.D." of a surname and two initials), and a professional
association keeps its degree ("John Roe, M.D., P.A." ends in no degree).

>>> strip_degrees("Jane Q. Roe, Ph.D.")
'Jane Q. Roe'
>>> strip_degrees("JOHN ROE, JR., M.D."), strip_degrees("Jane Roe, M.D., Ph.D.")
('JOHN ROE, JR.', 'Jane Roe')
>>> strip_degrees("Acme MD, Inc."), strip_degrees("Roe, M.D."), strip_degrees("M.D. Roe")
('Acme MD, Inc.', 'Roe, M.D.', 'M.D. Roe')
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphkit import regex_cache

#: A degree ending a name, after a comma or a space: ", Ph.D." of "Jane Roe, Ph.D.", " PhD",
#: ", Ph. D.", ", M.D.", " Esq.", ", J.D.", ", C.P.A.", " CPA", ", CFA", ", D.D.S.". "M.D.",
#: "J.D.", "D.D.S." and "CFA" only after a comma: without one they may be a middle name's
#: initials ("Roe, Jane M.D."). Never the dotless "MD" (a state: "Baltimore, MD"; a managing
#: director), "JD" or "DDS".
TRAILING_DEGREE = regex_cache.compile(r"""
    (?: ,\s* (?: M\.\s?D | J\.\s?D | D\.\s?D\.\s?S | CFA | C\.F\.A )\.?
      | (?:,\s*|\s+) (?: Ph\.?\s?D | Esq(?:uire)? | CPA | C\.P\.A )\.?
    )\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A degree opening a signer's title, before the words of the title: "Esq. " of "Esq.
#: Attorney-in-Fact", "Ph.D., " of "Ph.D., President" (read after "/s/ Jane Roe, ")
LEADING_DEGREE = regex_cache.compile(r"""
    ^\s*(?: Ph\.?\s?D | M\.\s?D | J\.\s?D | D\.\s?D\.\s?S | Esq(?:uire)? | CPA | C\.P\.A | CFA
          | C\.F\.A )\.?(?:\s*,\s*|\s+)(?=[A-Za-z])
""", re.VERBOSE | re.IGNORECASE)

#: A legal form that may follow a degree: a professional association or corporation ("M.D.,
#: P.A." of "John Roe, M.D., P.A."), a firm, never a title
_PROFESSIONAL_FIRM = regex_cache.compile(r"""
    (?:P\.?\s?A|P\.?\s?C|P\.?\s?L\.?\s?L\.?\s?C|L\.?\s?L\.?\s?[CP]|Inc|Ltd|Chartered)\b\.?
""", re.VERBOSE | re.IGNORECASE)

#: What a person's name left before a degree must look like: two words at least, each a
#: capitalised word or an initial, with no digit nor "&" (not "Acme MD, Inc." nor "Roe")
_PERSON_LEFT = regex_cache.compile(r"""
    ^[A-Z][A-Za-z'\-.]*(?:,?\s+[A-Z][A-Za-z'\-.]*){1,5}\.?$     # Jane Q. Roe, John Roe, Jr.
""", re.VERBOSE)

#: Words of an organization's name (lower case, dots dropped) that a name left before a
#: degree may not hold: "Acme Partners, M.D." is no person's name. (A short list: the full one
#: lives in :mod:`graphkit.names`, which imports this module.)
_ORGANIZATION_WORDS = frozenset("""
    lp llc llp lllp ltd limited inc incorporated corp corporation co company plc pa pc pllc
    fund partners group trust associates holdings capital management bank foundation
""".split())


@lru_cache(maxsize=16384)
def strip_degrees(name: str) -> str:
    """``name`` without the degrees at its end, when a person's name is left; else ``name``.

    >>> strip_degrees("JoAnn Roe, Ph. D."), strip_degrees("Jane Roe PhD"), strip_degrees("Jane Roe Esq.")
    ('JoAnn Roe', 'Jane Roe', 'Jane Roe')
    >>> strip_degrees("Jane Roe, CPA"), strip_degrees("Roe CPA Group LLC"), strip_degrees("ROE JANE MD")
    ('Jane Roe', 'Roe CPA Group LLC', 'ROE JANE MD')
    >>> strip_degrees("John Roe, M.D., P.A."), strip_degrees("John Roe Jr.")
    ('John Roe, M.D., P.A.', 'John Roe Jr.')
    """
    if "," not in name and " " not in name.rstrip():
        return name
    left = name
    while (m := TRAILING_DEGREE.search(left)) is not None and m.start() > 0:
        left = left[:m.start()].rstrip(" ,")
    if left == name or not _PERSON_LEFT.match(left):
        return name
    words = {w.strip(".,").lower().replace(".", "") for w in left.split()}
    return name if words & _ORGANIZATION_WORDS else left


def strip_leading_degree(title: str) -> str:
    """A signer's title without the degree that opens it, as a signature printed after her
    name ("/s/ Jane Roe, Esq. Attorney-in-Fact"); the title as it is when a firm's legal form
    follows the degree ("M.D., P.A.").

    >>> strip_leading_degree("Esq. Attorney-in-Fact"), strip_leading_degree("Ph.D., President")
    ('Attorney-in-Fact', 'President')
    >>> strip_leading_degree("M.D., P.A."), strip_leading_degree("CFO")
    ('M.D., P.A.', 'CFO')
    """
    m = LEADING_DEGREE.match(title)
    if m is None or _PROFESSIONAL_FIRM.match(title, m.end()):
        return title
    return title[m.end():]


def has_degree(name: str) -> bool:
    """True when :func:`strip_degrees` drops a degree from ``name``.

    >>> has_degree("Jane Roe, Esq."), has_degree("Jane Roe")
    (True, False)
    """
    return strip_degrees(name) != name
