"""The defined terms of a Schedule 13D/13G text filing, bound to the parties they name.

A filing names a party in full once and then by the term it defines ('Acme Fund, L.P.
("AF")'): :func:`bind_item_terms` binds each term the items define to its party in the
:class:`~graphkit.parsers.partybook.PartyBook` before the cover pages and signatures are read,
so that every later mention of the term finds it. Terms for groups, securities, agreements and
documents are no party's; a term defined on a cover page is bound with the cover's names. A
term that calls a party of the filing a former company ('Acme Corp. ("Old Acme")' where the
filer is Acme Corp. too) gets a party of its own
(:mod:`~graphkit.parsers.partybook_predecessor`).

Examples
--------
>>> src = SourceText(path="x.txt", text='This statement is filed by Acme Fund, L.P. ("AF").')
>>> book = PartyBook(); bind_item_terms(src, book, 0, [])
>>> book.lookup("AF").name
'Acme Fund, L.P.'
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from graphkit import regex_cache
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.partybook_predecessor import predecessor_terms
from graphkit.parsers.prose import DefinedTerm, find_defined_terms, is_collective_name
from graphkit.parsers.schedule13_claims import NOT_A_PARTY, plausible_new_party
from graphkit.parsers.schedule13_cover import CoverPage, cover_rows_end
from graphkit.parsers.word_search import find_quoted_words
from graphkit.source import SourceText

#: A defined term naming a document, by its last word, never a party's alias: '(the
#: "Confirmation of Interest Letter")', '(the "Commitment Letter")', '(the "Term Sheet")'
DOCUMENT_TERM = regex_cache.compile(r"""
    \b(?:letter|memorandum|certificate|contract|indenture|proposal|notice|instrument|amendment
    |sheet|consent|waiver|undertaking|commitment|offer|report|resolution|letters)\s*$
""", re.VERBOSE | re.IGNORECASE)


def definition_pos(src: SourceText, term: DefinedTerm) -> Optional[int]:
    """Where in ``src.text`` the quoted term of a definition stands (its evidence cites the
    whole sentence, which may begin on a cover page and define its terms after it).

    >>> src = SourceText(path="x.txt", text='Row 14: CO. This amends the statement of Acme '
    ...     'Fund, L.P. ("AF").')
    >>> t = find_defined_terms(src)[0]
    >>> src.text_pos(t.evidence.start), definition_pos(src, t)
    (12, 58)
    """
    if term.evidence.start is None:
        return None
    s = src.text_pos(term.evidence.start)
    e = src.text_pos(term.evidence.end) if term.evidence.end is not None else len(src.text)
    # a string search: a pattern made for each term costs a compile in every filing
    at = find_quoted_words(src.text, term.term.split(), s, min(e + 1, len(src.text)))
    return at if at >= 0 else s


def _clause(src: SourceText, term: DefinedTerm) -> str:
    """The text of the clause defining ``term`` (its evidence holds the definition alone)."""
    ev = term.evidence
    if ev.start is None or ev.end is None:
        return ev.text
    return src.text[src.text_pos(ev.start):src.text_pos(ev.end)]


def bind_item_terms(src: SourceText, book: PartyBook, body: int,
                    covers: Sequence[CoverPage]) -> None:
    """Bind the terms defined in ``src.text[body:]`` to the parties of ``book`` they name.

    A term whose name names no party of the book yet starts one only where the name reads as
    a party's (:func:`~graphkit.parsers.schedule13_claims.plausible_new_party`). A term that
    calls a party a former one, where another definition names the current party of that
    name ('Acme Corp. (the "Reporting Person")' ... 'Acme Corp. ("Old Acme")'), names a party
    of its own (:meth:`~graphkit.parsers.partybook.PartyBook.bind_former`).

    >>> src = SourceText(path="x.txt", text='Filed by Acme Corp. (the "Reporting Person"). '
    ...     'Before the merger, Acme Corp. ("Old Acme") was a subsidiary of Beta Holdings, Inc.')
    >>> book = PartyBook(); bind_item_terms(src, book, 0, [])
    >>> book.lookup("Reporting Person").name, book.lookup("Old Acme").name
    ('Acme Corp.', 'Acme Corp. (Old Acme)')
    """
    defined = [t for t in find_defined_terms(src, body, len(src.text))
               if not t.collective and not NOT_A_PARTY.search(t.term)
               and not DOCUMENT_TERM.search(t.term)]
    cover_rows = [(cp.start, cover_rows_end(cp, src)) for cp in covers]
    former = predecessor_terms(defined, lambda t: _clause(src, t))
    for t in defined:
        at = definition_pos(src, t)
        if at is not None and any(s <= at < e for s, e in cover_rows):
            continue  # cover-page definitions are bound with the cover names below
        if is_collective_name(t.name):
            continue  # "the general partner of the Funds (the "GP")" names no party "Funds"
        existing = book.lookup(t.name)
        if existing is None and not plausible_new_party(t.name):
            continue
        if t in former:  # "Old Acme" where the filer is "Acme Corp." too
            book.bind_former(t.term, t.name, evidence=t.evidence)
            continue
        book.bind_term(t.term, t.name, evidence=t.evidence)
