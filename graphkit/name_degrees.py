"""Academic and professional degrees printed after a person's name: "Jane Q. Roe, Ph.D.".

A degree ("Ph.D.", "M.D.", "Esq.", "J.D.", "CPA", "CFA", "D.D.S.") is no part of the name: it
is no given name of a "Last, First" inversion ("Roe, Ph.D." is not "Ph. D. Roe") and no word
to compare ("Jane Q. Roe, Ph.D." is "Jane Q. Roe", and "ROE JANE Q" of the EDGAR header). A
generation ("Jr.", "Sr.", "III") is part of the name and stays (John Roe Jr. is not John Roe
Sr.): it is no degree.

Only a degree at the end of a name is dropped, and only when a person's name of two words at
least is left: an organization keeps its words ("Acme MD, Inc.", "Roe CPA Group LLC", "Roe
Kaplan CPA", "Roe Family Office, CFA"), initials
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
from graphkit.organization_words import ORGANIZATION_WORDS

#: A degree ending a name after a comma (", Ph.D." of "Jane Roe, Ph.D.", ", Ph. D.", ", PhD",
#: ", M.D.", ", Esq.", ", J.D.", ", CPA", ", C.P.A.", ", CFA", ", D.D.S."), or after a space
#: only a dotted "Ph.D." or "Esq." ("Jane Roe Ph.D.", "Jane Roe Esq."): a bare "CPA" or "CFA"
#: ends a firm's name ("Roe Kaplan CPA", "Roe Wealth CPA"), "M.D." a middle name's initials
#: ("Roe, Jane M.D."). Never the dotless "MD" (a state: "Baltimore, MD"; a managing
#: director), "JD" or "DDS".
TRAILING_DEGREE = regex_cache.compile(r"""
    (?: ,\s* (?: Ph\.?\s?D | M\.\s?D | J\.\s?D | D\.\s?D\.\s?S | Esq(?:uire)? | CPA | C\.P\.A
              | CFA | C\.F\.A )\.?
      | \s+ (?: Ph\.\s?D\. | Esq\. )
    )\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A degree opening a signer's title, before the words of the title: "Esq. " of "Esq.
#: Attorney-in-Fact", "Ph.D., " of "Ph.D., President" (read after "/s/ Jane Roe, "); matched
#: (``match``) where the title or the degree before opens
LEADING_DEGREE = regex_cache.compile(r"""
    \s*(?: Ph\.?\s?D | M\.\s?D | J\.\s?D | D\.\s?D\.\s?S | Esq(?:uire)? | CPA | C\.P\.A | CFA
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

#: Words of a firm's name that a name left before a degree may not hold, beside
#: :data:`~graphkit.organization_words.ORGANIZATION_WORDS`: "Roe Family Office, CFA", "Roe
#: Wealth, CPA", "Roe Tax Advisory, CPA" are no persons' names
_FIRM_WORDS = frozenset("""
    office family wealth advisory accounting accountants consulting consultants planning tax
    medical dental clinic practice firm pa
""".split())
#: The words no person's name left before a degree holds
_NOT_A_PERSON = ORGANIZATION_WORDS | _FIRM_WORDS


@lru_cache(maxsize=16384)
def strip_degrees(name: str) -> str:
    """``name`` without the degrees at its end, when a person's name is left; else ``name``.

    >>> strip_degrees("JoAnn Roe, Ph. D."), strip_degrees("Jane Roe, PhD"), strip_degrees("Jane Roe Esq.")
    ('JoAnn Roe', 'Jane Roe', 'Jane Roe')
    >>> strip_degrees("Jane Roe, CPA"), strip_degrees("Roe CPA Group LLC"), strip_degrees("ROE JANE MD")
    ('Jane Roe', 'Roe CPA Group LLC', 'ROE JANE MD')

    A firm keeps its last word: a degree without a comma is one only as "Ph.D." or "Esq."
    with their dots, and a name with a firm's word is no person's:

    >>> strip_degrees("Roe Kaplan CPA"), strip_degrees("Jane Roe PhD")
    ('Roe Kaplan CPA', 'Jane Roe PhD')
    >>> strip_degrees("Roe Family Office, CFA"), strip_degrees("Roe Wealth, CPA")
    ('Roe Family Office, CFA', 'Roe Wealth, CPA')
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
    return name if words & _NOT_A_PERSON else left


def strip_leading_degree(title: str) -> str:
    """A signer's title without the degrees that open it, as a signature printed after her
    name ("/s/ Jane Roe, Esq. Attorney-in-Fact"); the title as it is when a firm's legal form
    follows a degree ("M.D., P.A.").

    >>> strip_leading_degree("Esq. Attorney-in-Fact"), strip_leading_degree("Ph.D., President")
    ('Attorney-in-Fact', 'President')
    >>> strip_leading_degree("M.D., Ph.D., President"), strip_leading_degree("M.D., P.A.")
    ('President', 'M.D., P.A.')
    >>> strip_leading_degree("CFO")
    'CFO'
    """
    at = 0
    while (m := LEADING_DEGREE.match(title, at)) is not None:
        if _PROFESSIONAL_FIRM.match(title, m.end()):
            return title
        at = m.end()
    return title[at:]


def has_degree(name: str) -> bool:
    """True when :func:`strip_degrees` drops a degree from ``name``.

    >>> has_degree("Jane Roe, Esq."), has_degree("Jane Roe")
    (True, False)
    """
    return strip_degrees(name) != name
