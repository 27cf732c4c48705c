"""A relative clause set off by commas after one name of a list of holders, skipped to read the
whole list.

"each of Acme Corp., Beta LLC ("Beta"), which owns approximately 99% of Acme Corp. and whose
sole member is Jane Roe, and Jane Roe (by virtue of their relationships to Gamma Fund LP) may
be deemed to ..." lists three holders; the relative clause after "Beta" says who Beta is, and
the list patterns (:data:`~graphkit.parsers.prose_clause_patterns.HOLDERS_OF_LISTED`), whose
names cannot run through a clause, read only "Jane Roe" after it. :func:`list_asides` finds
such clauses and :func:`blanked` gives the sentence with each one written as spaces (every
other character where it was), so a list pattern run on it reads the whole list;
:func:`through_asides` reads a list pattern so: the matches whose holder list holds a clause,
in place of those found on the sentence as printed that read only the list's tail. The
relations the clause states ("whose sole member is Jane Roe") are still read from the sentence
as printed.

Only a clause right before the list's last name is skipped (", and Jane Roe"): in "each of Acme
Corp., Beta LLC, which is managed by Gamma LLC, Delta LLC and Jane Roe" it cannot be told
whether Delta LLC is a manager of Beta or a holder, so nothing more is read there.

Examples
--------
>>> flat = ('each of Acme Corp., Beta LLC, which is owned by Jane Roe, and Jane Roe (by virtue'
...         ' of their relationships to Gamma LP) may be deemed to own the Shares Gamma LP owns')
>>> [flat[s:e] for s, e in list_asides(flat)]
[', which is owned by Jane Roe']
>>> blanked(flat, list_asides(flat))[:61]
'each of Acme Corp., Beta LLC                           , and'
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Iterator

from graphkit import regex_cache
from graphkit.parsers.prose_name_patterns import _LEGAL, LEGAL_COMMA

#: A relative clause after a name of a list, up to the comma before the list's last name: ",
#: which owns approximately 99% of Acme Corp. and whose sole member is Jane Roe" of "Beta LLC
#: ("Beta"), which owns ... Jane Roe, and Jane Roe (by virtue"; ", who is the trustee of the Roe
#: Trust", ", of which Jane Roe is the sole member". It follows a name (a letter, digit, a legal
#: form's dot or a definition's bracket or quote before the comma); inside it stand no comma
#: (but a legal form's: ", L.P."), semicolon, colon, bracket or quote, so it ends at the first
#: comma, which must be followed by "and" and a capitalised word (the last name). Not a clause
#: before another name without "and" (", Delta LLC and Jane Roe" may continue the clause's own
#: list), nor one holding a comma of its own.
LIST_RELATIVE_ASIDE = regex_cache.compile(rf"""
    (?<=[A-Za-z0-9.)"”])
    ,\s+(?:(?:of|for|in)\s+)?(?:which|who|whose)\s+
    (?:[^,;:()"“”]|{LEGAL_COMMA}){{1,200}}
    (?=,\s+and\s+[A-Z])
""", re.VERBOSE)

#: An appositive that tells what kind of party a listed name is, set off by a comma after it:
#: ", a Delaware limited liability company" of "Acme Holdings LLC, a Delaware limited liability
#: company, and Acme LP, a Delaware limited partnership"; ", a limited partnership organized
#: and existing under the laws of Delaware" (its "and" is no list's); ', a Delaware corporation
#: ("Beta")'. An article, then no comma (but a legal form's: ", L.P."), semicolon, colon,
#: bracket or quote; it ends at a comma, a semicolon or the end of the sentence (a full stop
#: before a capital or at the end). Not ", the Roe Family Trust" (a name listed), nor ",
#: Canada" (of ", a company organized under the laws of Ontario, Canada, and"): a place after
#: the aside's comma is read as the next name, so a list reads it only as one with an aside
#: of its own (see :data:`~graphkit.parsers.prose_owned_patterns.OWNER_LIST_TAIL`).
KIND_ASIDE = rf"""\s*,\s+(?:a|an)\s+(?:[^,;:()"“”]|{LEGAL_COMMA}){{1,160}}?
    (?:\s*\((?:the\s+)?["“][^"“”()]{{1,40}}["”]\))?
    (?=\s*(?:;|,(?!\s*(?-i:{_LEGAL}))|\.?\s*$|\.\s+[A-Z"“(]))"""
#: :data:`KIND_ASIDE` alone, to find where each one is in a list it read
KIND_ASIDE_RE = regex_cache.compile(KIND_ASIDE, re.VERBOSE)

#: A denial of a list, in any case: "none of", "neither", "no one of" of "Pursuant to Rule
#: 13d-3(a), none of Acme Corp., Beta LLC, which ..., and Jane Roe (by virtue ...)"; it denies
#: the list only right before it (see :func:`denied_before`)
LIST_DENIAL = regex_cache.compile(r"""
    (?<![A-Za-z])(?:none\s+of|neither|no\s+one\s+of)(?![A-Za-z])
""", re.VERBOSE | re.IGNORECASE)

#: The head of a list between its denial and the name a list pattern reads it from, each word
#: followed by a space or comma: " Acme Corp., " of "none of Acme Corp., Beta LLC", " each of
#: Acme Corp., "; capitalised words (a definition's bracket or quote: '("Acme"),'), and the
#: small words of names ("Bank of Acme", "Banco de Acme"), nothing else: in "neither Acme
#: Corp. nor Beta LLC holds any Shares, each of ..." the denial is of something else
DENIED_LIST_HEAD = regex_cache.compile(r"""
    \s*(?:each\s+of\s+)?
    (?:(?:[A-Z0-9("“][^\s,;:]*|of|the|and|for|de|du|da|del|der|van|von|la|le|&)
       (?:\s*,\s*|\s+))*
""", re.VERBOSE)

#: The end of the clause before a list: a semicolon or colon
_CLAUSE_END = regex_cache.compile(r"""[;:]""", re.VERBOSE)


def denied_before(flat: str, start: int) -> bool:
    """True when a denial (:data:`LIST_DENIAL`) stands right before the list of ``flat`` that a
    pattern reads from ``start``, only names between them (:data:`DENIED_LIST_HEAD`):
    "Pursuant to Rule 13d-3, none of Acme Corp., Beta LLC ...", whose list a pattern reads
    from "Beta LLC" on; not "Although neither Acme Corp. nor Beta LLC holds Shares, each of".

    >>> flat = "Pursuant to Rule 13d-3, none of Acme Corp., Beta LLC and Jane Roe may"
    >>> denied_before(flat, flat.index("Beta")), denied_before(flat.replace("none", "each"), 40)
    (True, False)
    >>> denied_before("None of Acme Corp. owns; Beta LLC and Jane Roe may", 25)
    False
    >>> flat = "While neither Acme Corp. nor Beta LLC owns Shares, each of Gamma LP, Jane Roe"
    >>> denied_before(flat, flat.index("Jane"))
    False
    """
    opens = max((m.end() for m in _CLAUSE_END.finditer(flat, 0, start)), default=0)
    return any(DENIED_LIST_HEAD.fullmatch(flat, m.end(), start)
               for m in LIST_DENIAL.finditer(flat, opens, start))


def list_asides(flat: str) -> list[tuple[int, int]]:
    """Where the relative clauses of :data:`LIST_RELATIVE_ASIDE` are in ``flat`` (a sentence on
    one line), in order; none when it has no relative pronoun.

    >>> list_asides("Acme Corp., Beta LLC, who is Jane Roe, and Gamma LP own")
    [(20, 37)]
    >>> list_asides("Acme Corp., which is managed by Beta LLC, Gamma LLC and Jane Roe")
    []
    """
    if "which" not in flat and "who" not in flat:
        return []
    return [m.span() for m in LIST_RELATIVE_ASIDE.finditer(flat)]


def blanked(flat: str, spans: Iterable[tuple[int, int]]) -> str:
    """``flat`` with each of ``spans`` written as spaces: every other character stays where it
    was, so a match's positions are those of ``flat``.

    >>> blanked("Acme, which is X, and Beta", [(4, 16)])
    'Acme            , and Beta'
    """
    out = flat
    for start, end in spans:
        out = out[:start] + " " * (end - start) + out[end:]
    return out


def across_asides(matches: Iterable[re.Match[str]], spans: list[tuple[int, int]]
                  ) -> Iterator[re.Match[str]]:
    """The ``matches`` (of a list pattern, on the :func:`blanked` sentence) whose ``holder``
    list holds one of ``spans`` inside it: a name before the clause and one after it.

    >>> flat = "Acme Corp., Beta LLC, who is X, and Jane Roe own"
    >>> spans = list_asides(flat)
    >>> pat = re.compile(r"(?P<holder>[A-Z].*?)\\s+own")
    >>> [m["holder"].split() for m in across_asides(pat.finditer(blanked(flat, spans)), spans)]
    [['Acme', 'Corp.,', 'Beta', 'LLC', ',', 'and', 'Jane', 'Roe']]
    """
    for m in matches:
        start, end = m.span("holder")
        if any(start < s and e < end for s, e in spans):
            yield m


def through_asides(pattern: re.Pattern[str], flat: str, spans: list[tuple[int, int]],
                   found: Iterable[re.Match[str]],
                   stated: Callable[[str, re.Match[str]], bool]) -> Iterator[re.Match[str]]:
    """The matches of a list pattern in ``flat`` whose relative clauses at ``spans`` are
    skipped: ``found`` (its matches on ``flat`` as printed) but those whose holder list is
    the tail of a longer one read through a clause, then the longer ones, where ``stated``
    (``stated(text, match)``) says they state a fact and no denial stands before them in
    their clause (:func:`denied_before`). "None of A, B, which ..., and C (by virtue ...)",
    "Pursuant to Rule 13d-3, none of A, B, which ..., and C" give nothing, not "C" read after
    the clause, nor "B" and "C".

    >>> from graphkit.parsers.prose_clause_patterns import RELATIONSHIP_DEEMED_OWNER as pat
    >>> flat = ("None of Acme Corp., Beta LLC, who is X, and Jane Roe (by virtue of their "
    ...         "relationships to Acme LP) may be deemed to own")
    >>> [m["holder"] for m in pat.finditer(flat)]
    ['Jane Roe']
    >>> not_none = lambda text, m: not m["holder"].startswith("None")
    >>> list(through_asides(pat, flat, list_asides(flat), pat.finditer(flat), not_none))
    []
    >>> flat2 = "Pursuant to Rule 13d-3, n" + flat[1:]
    >>> list(through_asides(pat, flat2, list_asides(flat2), pat.finditer(flat2), not_none))
    []
    >>> flat = flat.replace("None of", "Each of")
    >>> [" ".join(m["holder"].split()) for m in through_asides(
    ...     pat, flat, list_asides(flat), pat.finditer(flat), not_none)]
    ['Each of Acme Corp., Beta LLC , and Jane Roe']
    """
    bare = blanked(flat, spans)
    whole = list(across_asides(pattern.finditer(bare), spans))
    for m in found:
        if not any(w.start("holder") <= m.start("holder") < w.end("holder") for w in whole):
            yield m
    for m in whole:
        if stated(bare, m) and not denied_before(bare, m.start("holder")):
            yield m
