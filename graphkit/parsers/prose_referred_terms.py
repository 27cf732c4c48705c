"""Terms defined by "referred to as": one name's ("Acme Partners Ltd. is referred to as "APL"")
or a list's, paired in order ("Roe Family Trust, Jane Roe, Trustee, are referred to as "RFT" and
"JR," respectively").

A filing that amends an earlier one restates its terms so: "As defined in the previous filing,
Acme Partners Ltd. is referred to as "APL", Roe Family Trust, Jane Roe, Trustee, are referred to
as "RFT" and "JR," respectively, and John Doe is referred to as "JD"." A group's term ('A, B and
C are together referred to as the "Funds"') is read by :func:`graphkit.parsers.prose_terms.
find_collective_terms`; here each term is one party's. A term is read only when it is the
name's short form (:func:`~graphkit.parsers.prose_term_owner.abbreviates`: a word or the
initials of it), so a list that pairs out of order, or a subject misread, defines nothing.

Examples
--------
>>> flat = ('Acme Partners Ltd. is referred to as "APL", Roe Family Trust, Jane Roe, Trustee, '
...         'are referred to as "RFT" and "JR," respectively.')
>>> referred_terms(flat)
[('Acme Partners Ltd.', 'APL'), ('Roe Family Trust', 'RFT'), ('Jane Roe', 'JR')]
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_lists import split_listed, trim_name
from graphkit.parsers.prose_patterns import NAMES
from graphkit.parsers.prose_role_patterns import ROLE
from graphkit.parsers.prose_term_owner import abbreviates

#: One quoted term, its closing comma or stop inside the quotes or not: '"DFT"', '"JR,"'
_TERM = r"""["“][^"“”]{1,60}["”]"""

#: Names, "is/are referred to as", then one term or a list of terms, with "respectively" after
#: a list (groups ``names``, ``verb``, ``terms``, ``resp``): 'Acme Partners Ltd. is referred to as
#: "APL"', 'Roe Family Trust, Jane Roe, Trustee, are referred to as "RFT" and "JR,"
#: respectively' (no "together"/"collectively": a group's term is read elsewhere)
REFERRED_TO_EACH = regex_cache.compile(rf"""
    (?P<names>{NAMES})\s*,?\s+(?P<verb>is|are)\s+(?:hereinafter\s+|herein\s+)?referred\s+to\s+
    (?:herein\s+)?as\s+(?:the\s+)?
    (?P<terms>{_TERM}(?:\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?{_TERM})*)
    (?P<resp>\s*,?\s*respectively\b)?
""", re.VERBOSE)
#: Cue of :data:`REFERRED_TO_EACH`: ' referred to as "'
REFERRED_TO_EACH_CUE = regex_cache.compile(r"""\sreferred\s+to\s+(?:herein\s+)?as\s""",
                                           re.VERBOSE)
#: The word every match of :data:`REFERRED_TO_EACH_CUE` holds, one character after its start:
#: the cue is tried only there (:func:`~graphkit.parsers.prose_sentences.cue_positions`)
REFERRED_TO_EACH_ANCHOR = ("referred", 1)

#: A quoted term of a list of them: group ``term``, its stop or comma left out ('"JR,"': JR)
QUOTED_TERM = regex_cache.compile(r"""["“](?P<term>[^"“”]{1,60}?)[.,]?["”]""", re.VERBOSE)

#: A role alone, a title after a person's name in a list: "Trustee" of "Jane Roe, Trustee"
_BARE_ROLE = regex_cache.compile(rf"""^(?:{ROLE})$""", re.VERBOSE)


def referred_terms(flat: str) -> list[tuple[str, str]]:
    """The (name, term) pairs that "referred to as" defines in ``flat`` (a sentence on one
    line), in order (:data:`REFERRED_TO_EACH`): one name's term, or a list's paired in order
    with "respectively" (a role after a name is its title, not a name). A term that is not the
    short form of its name, or lists of different lengths, give nothing.

    >>> referred_terms('Jane Roe and John Doe are referred to as "JR" and "JD," respectively')
    [('Jane Roe', 'JR'), ('John Doe', 'JD')]
    >>> referred_terms('Jane Roe and John Doe are referred to as "JD" and "JR," respectively')
    []
    >>> referred_terms('Acme Fund LP and Beta Fund LP are referred to as the "Funds"')
    []
    >>> referred_terms('Acme Capital Fund, L.P. and Acme Capital Offshore Ltd. are referred to '
    ...                'as "Acme Capital"')
    []
    """
    out: list[tuple[str, str]] = []
    if REFERRED_TO_EACH_CUE.search(flat) is None:
        return out
    for m in REFERRED_TO_EACH.finditer(flat):
        terms = [t["term"].strip() for t in QUOTED_TERM.finditer(m["terms"])]
        names = [n for n in (trim_name(x) for x in split_listed(m["names"]))
                 if n and not _BARE_ROLE.match(n)]
        if len(terms) > 1 and not m["resp"]:
            continue  # 'A and B are referred to as "X" and "Y"': which is whose is not told
        if m["verb"] == "are" and len(terms) == 1:
            continue  # 'A, B and C are referred to as the "Roe Partners"': a group's term
        names = names[-len(terms):]  # "As defined before, Acme Ltd. is": the subject ends it
        if len(names) != len(terms):
            continue  # 'A and B are referred to as the "Funds"': a group's term
        pairs = list(zip(names, terms))
        if all(abbreviates(t, n) for n, t in pairs):
            out += pairs
    return out
