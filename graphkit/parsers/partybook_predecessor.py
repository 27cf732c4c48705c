"""Defined terms that call a party a former one: 'Acme Corp. ("Old Acme")'.

A company merged into a party of the filing may have borne the same name as that party: "Acme
Corp. merged into Beta Inc., which then changed its name to Acme Corp. ... Before the merger,
Acme Corp. ("Old Acme") was a wholly-owned subsidiary of Acme Holdings, Inc." The filing keeps
the two apart only by the term: "Old Acme" is not the Acme Corp. that files. Bound like any
other term, it would give the filer the predecessor's history ("Acme Holdings, Inc. parent_of
Acme Corp.": a false control chain).

A term says predecessor when it puts "Old", "Former" or "Predecessor" before a short form of the
name ("Old Acme", "Former AC", "Predecessor Acme"), "(Old)" after it ("Acme (Old)"), or is "the
Predecessor" itself (:data:`PREDECESSOR_TERM`, :func:`is_predecessor_term`). Only a term says so,
never a name: "Old Harbor Bancorp" is a company's name, and "Old Harbor" its term. Nor does a
term for a role ("Former Trustee": the same bank, no longer trustee) or a thing ("Old Notes").

Such a term gets a party of its own only where the filing also defines the same name by another
term in another sentence (:func:`predecessor_terms`): the name then names two parties, the
current one and the former. Its party is named after the antecedent with the term as a
qualifier (:func:`predecessor_name`, "Acme Corp. (Old Acme)"), which the resolver keeps apart
from "Acme Corp." (a parenthesized qualifier on one side only). Where no other definition
names it, the term is bound as any other (the former company may well be the only one of that
name in the filing, or the filer itself).

Examples
--------
>>> is_predecessor_term("Old Acme", "Acme Corp.")
True
>>> is_predecessor_term("Old Harbor", "Old Harbor Bancorp")  # a company's name
False
>>> predecessor_name("Acme Corp.", "Old Acme")
'Acme Corp. (Old Acme)'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from graphkit import regex_cache
from graphkit.models import PartyKind
from graphkit.names import guess_kind
from graphkit.parsers.partybook_acronyms import acronym_cost
from graphkit.parsers.partybook_names import squeeze

if TYPE_CHECKING:  # (the party book reads no prose: the terms come from the caller)
    from graphkit.parsers.prose_terms import DefinedTerm

#: A term that calls its party a former one: "the Predecessor", "Predecessor Company", "Old
#: Acme", "Former AC", "Predecessor Acme Bank", "Acme (Old)". The short form (``short`` or
#: ``short_after``) is one to four words; whether it shortens the name is read apart
#: (:func:`is_predecessor_term`).
PREDECESSOR_TERM = regex_cache.compile(r"""
    ^(?:the\s+)?
    (?:
        (?P<bare>Predecessor)
        (?:\s+(?:Company|Corporation|Partnership|Fund|Entity|Trust|Bank|Registrant|Issuer))?
      | (?P<marker>Old|Former|Predecessor)\s+
        (?P<short>[A-Za-z0-9][A-Za-z0-9.&'\-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.&'\-]*){0,3})
      | (?P<short_after>[A-Za-z0-9][A-Za-z0-9.&'\-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.&'\-]*){0,3})
        \s*\(\s*(?P<marker_after>Old|Former|Predecessor)\s*\)
    )$
""", re.VERBOSE | re.IGNORECASE)

#: A word of a name or term, letters and digits: "Acme", "AC" in "Former AC"
WORD = regex_cache.compile(r"""[A-Za-z0-9]+""", re.VERBOSE)


def is_predecessor_term(term: str, name: str) -> bool:
    """True when ``term``, defined for the organization ``name``, calls it a former company.

    The term's short form must shorten ``name`` (its words are words of the name, or it is an
    acronym of it), and the marker word must be no word of the name: a company named "Old
    Harbor Bancorp" is not a former "Harbor".

    >>> [is_predecessor_term(t, "Acme Corp.") for t in ("Old AC", "the Predecessor", "Acme (Old)")]
    [True, True, True]
    >>> [is_predecessor_term(t, "Acme Corp.") for t in ("New Acme", "Old Notes", "Old Beta")]
    [False, False, False]
    >>> is_predecessor_term("Former Trustee", "Acme Bank"), is_predecessor_term("Old Roe", "Jane Roe")
    (False, False)
    """
    m = PREDECESSOR_TERM.match(" ".join(term.split()))
    if m is None or guess_kind(name) is PartyKind.PERSON:
        return False
    marker = (m["bare"] or m["marker"] or m["marker_after"]).lower()
    words = [w.lower() for w in WORD.findall(name)]
    if marker in words:
        return False  # "Old Harbor Bancorp" ("Old Harbor"): the company's own name
    if m["bare"]:
        return True
    return _shortens(m["short"] or m["short_after"], words, name)


def _shortens(short: str, words: list[str], name: str) -> bool:
    """True when ``short`` is words of ``name`` ("Acme") or an acronym of it ("AC").

    >>> _shortens("AC", ["acme", "corp"], "Acme Corp.")
    True
    >>> _shortens("Trustee", ["acme", "bank"], "Acme Bank")
    False
    """
    own = [w.lower() for w in WORD.findall(short)]
    if own and all(w in words for w in own):
        return True
    return len(own) == 1 and len(short) > 1 and short.isupper() and \
        acronym_cost(short, name) is not None


def predecessor_name(name: str, term: str) -> str:
    """The name of the former company ``term`` defines for ``name``: the name qualified by
    the term ("(Old)" alone where the term ends so).

    >>> predecessor_name("Acme Corp.", "the Predecessor")
    'Acme Corp. (Predecessor)'
    >>> predecessor_name("Acme Corp.", "Acme (Old)")
    'Acme Corp. (Old)'
    """
    term = " ".join(term.split())
    m = PREDECESSOR_TERM.match(term)
    if m is not None and m["marker_after"]:
        qualifier = m["marker_after"]
    else:
        qualifier = term[4:] if term.lower().startswith("the ") else term
    return f"{name} ({qualifier})"


def predecessor_terms(defined: Sequence[DefinedTerm]) -> list[DefinedTerm]:
    """The terms of ``defined`` that name a former company apart from a current one: a
    predecessor term (:func:`is_predecessor_term`) for a name that another definition, in
    another sentence, gives a term that is not one.

    >>> from graphkit.models import Evidence
    >>> from graphkit.parsers.prose_terms import DefinedTerm
    >>> ev = lambda n: Evidence(source="x.txt", line=n, start=n, end=n + 1)
    >>> filer = DefinedTerm(term="Reporting Person", name="Acme Corp.", evidence=ev(1))
    >>> old = DefinedTerm(term="Old Acme", name="Acme Corp.", evidence=ev(9))
    >>> [t.term for t in predecessor_terms([filer, old])], predecessor_terms([old])
    (['Old Acme'], [])
    """
    found: list[DefinedTerm] = []
    for t in defined:
        if not is_predecessor_term(t.term, t.name):
            continue
        key = squeeze(t.name)
        if any(o is not t and squeeze(o.name) == key and _sentence(o) != _sentence(t)
               and not is_predecessor_term(o.term, o.name) for o in defined):
            found.append(t)
    return found


def _sentence(t: DefinedTerm) -> tuple[str, int | None, int | None]:
    """Where the sentence defining ``t`` is (two terms of one sentence name one party)."""
    return t.evidence.source, t.evidence.start, t.evidence.end
