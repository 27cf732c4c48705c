"""Places stated of named parties in sentences: "Acme Ltd. is a Maltese corporation and Mr.
Roe is a Canadian citizen", "The Partnership is a Georgia limited partnership", "A, B and C are
organized under the laws of the State of Delaware", "Jane Roe is a citizen of the United
States" — as a cover page's citizenship row or a statement's Item 2(c) answers for several
parties at once.

Each clause is a subject, then "is" or "are" and a place in one of three ways
(:data:`PLACE_PREDICATE`): "a citizen of P", "organized under the laws of P", or P's name or
adjective before what the party is ("a Maltese corporation"). The place must be one
:func:`graphkit.jurisdictions.read_jurisdiction` knows; a clause naming none is skipped. A
subject runs from the end of the clause before it (or the start of the text, or a sentence's
end) to its verb: "and Mr. Roe" after "... is a Maltese corporation" is "Mr. Roe".

Examples
--------
>>> src = SourceText(path="x", text="Acme Investments, Ltd. is a Maltese corporation and\\n"
...                  "Mr. Roe is a Canadian citizen.")
>>> [(p.who, p.place.name) for p in read_stated_places(src, 0, len(src.text), "cover page")]
[('Acme Investments, Ltd.', 'Malta'), ('Mr. Roe', 'Canada')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.demonyms import LEGAL_FORM_WORDS
from graphkit.jurisdictions import Jurisdiction, read_jurisdiction
from graphkit.models import Evidence
from graphkit.source import SourceText

#: A capitalised word of a place's name: "Delaware", "U.S.A" (a stop only inside it: one
#: after it may end the sentence)
_WORD = r"""(?:[A-Z](?:[\w'’]|\.(?=\w))*)"""
#: A place's name as a sentence states it: capitalised words, "of"/"and" between them, up to
#: six ("United States of America", "Cayman Islands", "England and Wales")
_PLACE = rf"""(?:{_WORD}(?:[ \t\n]+(?:of[ \t\n]+|and[ \t\n]+)?{_WORD}){{0,5}})"""

#: The predicate of a clause stating a party's place, after its subject: " is a citizen of the
#: United States" (group ``of``), " are organized under the laws of the State of Delaware",
#: " is a limited partnership organized under the laws of the State of Delaware" (group
#: ``laws``), " is a Maltese corporation", " is a Canadian citizen", " are Delaware limited
#: partnerships", " is a U.S.A. citizen" (group ``named``: the place's name or adjective,
#: before what the party is)
PLACE_PREDICATE = regex_cache.compile(rf"""
    \s*,?\s+(?i:is|are|was|were)\s+(?i:each\s+|both\s+|all\s+)?(?i:an?\s+)?
    (?:
        (?i:citizens?|nationals?)\s+of\s+(?i:the\s+)?(?P<of>{_PLACE})      # a citizen of P
      | (?:(?i:[a-z]+)\s+){{0,4}}?                                          # a limited partnership
        (?i:organized|organised|incorporated|formed|registered|existing)\s+
        (?i:in|under\s+the\s+laws\s+of)\s+(?i:the\s+)?
        (?i:(?:state|commonwealth|province)\s+of\s+)?(?P<laws>{_PLACE})     # ... laws of P
      | (?P<named>{_WORD}(?:[ \t]+{_WORD}){{0,2}})\.?                       # Maltese, New York
        [ \t\n]+(?:(?i:citizens?|nationals?)|{LEGAL_FORM_WORDS})
    )(?![\w-])
""", re.VERBOSE)

#: Where a :data:`PLACE_PREDICATE` may be: the verb "is", "are", "was" or "were" (any case), a
#: word after a space, e.g. the "is" of "Acme Ltd. is a Maltese corporation". Its first letter is
#: a set of letters so that the regex engine skips fast to candidates (an "as" too, which the
#: predicate then refuses); the predicate itself, which opens with spaces, is tried at each of
#: them only (tried at every place, it took a quarter of a second on a 75 KB filing whose cover
#: pages have long runs of spaces: each space of a run starts a new try of the whole run)
PREDICATE_VERB = regex_cache.compile(r"""
    [iawIAW](?<=\s[iawIAW])(?:[sS]|[rR][eE]|[aA][sS]|[eE][rR][eE])(?=\s)
""", re.VERBOSE)

#: Where a sentence ends inside the text before a predicate, so that the subject starts after
#: it: a stop after a word of three lower-case letters or more ("citizen. Mr. Roe"; not "Mr."
#: nor "Ltd." nor "Corp."), a semicolon or a colon, before a capital
SENTENCE_END = regex_cache.compile(r"""
    (?:(?<=[a-z]{3})(?<!Corp)\.|[;:])\s+(?=[A-Z"“(])
""", re.VERBOSE)

#: What opens a subject and is no part of it: "and", a comma, a stop, a label's colon, spaces
SUBJECT_LEAD = regex_cache.compile(r"""
    ^(?:[\s,.;:)\-—–_]|(?i:and|citizenship)\b)*
""", re.VERBOSE)

#: The longest subject read, in characters: a list of names ("A, B, C and D are organized")
MAX_SUBJECT = 160


class StatedPlace(BaseModel):
    """A place a sentence states of a subject: ``who`` as written ("Mr. Roe", "A, B and C",
    "The Partnership"), the place read, and the clause it was read from."""

    model_config = ConfigDict(frozen=True)

    who: str
    place: Jurisdiction
    evidence: Evidence


def read_stated_places(src: SourceText, start: int, end: int, section: str,
                       text: str | None = None) -> list[StatedPlace]:
    """Every subject's place the clauses of ``src.text[start:end]`` state, in order.

    ``text`` is read instead of ``src.text`` when given (a copy with the same offsets, row
    numbers blanked); evidence is always of ``src``.

    >>> t = "D.E. Acme is a limited partnership organized under the laws of the State of\\n"
    >>> t += "Delaware. Jane Roe is a citizen of the United States."
    >>> [(p.who, p.place.code) for p in read_stated_places(SourceText(path="x", text=t),
    ...                                                     0, len(t), "Item 2(c)")]
    [('D.E. Acme', 'US-DE'), ('Jane Roe', 'US')]
    """
    text = src.text if text is None else text
    out: list[StatedPlace] = []
    pos = start
    for m in _predicates(text, start, end):
        gap_start = pos
        pos = m.end()
        ends = [e.end() for e in SENTENCE_END.finditer(text, gap_start, m.start())]
        s = ends[-1] if ends else gap_start
        s += SUBJECT_LEAD.match(text[s:m.start()]).end()
        who = " ".join(text[s:m.start()].split())
        if not who or not who[0].isupper() or len(who) > MAX_SUBJECT:
            continue
        stated = m["of"] or m["laws"] or m["named"]
        place = read_jurisdiction(" ".join(stated.split()))
        if place is not None:
            out.append(StatedPlace(who=who, place=place,
                                   evidence=src.evidence(s, m.end(), section)))
    return out


def _predicates(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of :data:`PLACE_PREDICATE` in ``text[start:end]``, in order and apart, as its
    ``finditer`` gives them: each tried from the start of the spaces (and comma) before a
    :data:`PREDICATE_VERB`, the leftmost place it can match from.

    >>> t = "Acme Ltd.   is a Maltese corporation; Roe Fund, is a Delaware limited partnership."
    >>> [t[m.start():m.end()] for m in _predicates(t, 0, len(t))]
    ['   is a Maltese corporation', ', is a Delaware limited partnership']
    """
    done = start
    for v in PREDICATE_VERB.finditer(text, start, end):
        at = v.start()
        while at > done and text[at - 1].isspace():
            at -= 1
        if at > done and text[at - 1] == ",":
            at -= 1
            while at > done and text[at - 1].isspace():
                at -= 1
        m = PLACE_PREDICATE.match(text, at, end) if at < v.start() else None
        if m is not None:
            done = m.end()
            yield m
