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
[]
>>> book.lookup("AF").name
'Acme Fund, L.P.'
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from graphkit import regex_cache
from graphkit.models import Party
from graphkit.parsers.business_address import LEADING_THE
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.partybook_names import squeeze
from graphkit.parsers.partybook_predecessor import predecessor_terms
from graphkit.parsers.prose import DefinedTerm, find_defined_terms, is_collective_name
from graphkit.parsers.prose_joined_names import whole_joined_name, whole_name_before
from graphkit.parsers.schedule13_claims import BENEFIT_PLAN, NOT_A_PARTY, plausible_new_party
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
                    covers: Sequence[CoverPage]) -> list[DefinedTerm]:
    """Bind the terms defined in ``src.text[body:]`` to the parties of ``book`` they name;
    return the terms left for later: those whose name names no party yet, the prose may make it
    (:func:`bind_later_term`).

    A term whose name names no party of the book yet starts one only where the name reads as
    a party's (:func:`~graphkit.parsers.schedule13_claims.plausible_new_party`); a plan's term
    ('Employees' Stock Ownership Plan ("Plan")') is left for later, the plan named whole with
    its sponsor in the prose (its name alone is no party's: another sponsor's plan has it). A
    term that
    calls a party a former one, where another definition names the current party of that
    name ('Acme Corp. (the "Reporting Person")' ... 'Acme Corp. ("Old Acme")'), names a party
    of its own (:meth:`~graphkit.parsers.partybook.PartyBook.bind_former`).

    >>> src = SourceText(path="x.txt", text='Filed by Acme Corp. (the "Reporting Person"). '
    ...     'Before the merger, Acme Corp. ("Old Acme") was a subsidiary of Beta Holdings, Inc.')
    >>> book = PartyBook(); bind_item_terms(src, book, 0, [])
    []
    >>> book.lookup("Reporting Person").name, book.lookup("Old Acme").name
    ('Acme Corp.', 'Acme Corp. (Old Acme)')
    >>> src = SourceText(path="x.txt", text="The Employees' Stock Ownership Plan "
    ...     '("Plan") holds 10 shares.')
    >>> [t.term for t in bind_item_terms(src, PartyBook(), 0, [])]
    ['Plan']
    """
    found = find_defined_terms(src, body, len(src.text))
    defined = [t for t in found if not t.collective and not NOT_A_PARTY.search(t.term)
               and not DOCUMENT_TERM.search(t.term)]
    later = [t for t in found if not t.collective and NOT_A_PARTY.search(t.term)
             and BENEFIT_PLAN.search(t.name)]  # "Plan" of a plan that holds shares
    cover_rows = [(cp.start, cover_rows_end(cp, src)) for cp in covers]
    former = predecessor_terms(defined, lambda t: _clause(src, t))
    cover_names = [str(r.value or r.raw) for cp in covers for r in cp.names]  # read later
    for read in defined:
        t = _whole_name(src, read, book, cover_names)  # 'Baker and Lowe Associates ("BL")'
        at = definition_pos(src, t)
        if at is not None and any(s <= at < e for s, e in cover_rows):
            continue  # cover-page definitions are bound with the cover names below
        if is_collective_name(t.name):
            continue  # "the general partner of the Funds (the "GP")" names no party "Funds"
        existing = book.lookup(t.name)
        if existing is None and not plausible_new_party(t.name):
            later.append(t)
            continue
        if read in former:  # "Old Acme" where the filer is "Acme Corp." too
            book.bind_former(t.term, t.name, evidence=t.evidence)
            continue
        book.bind_term(t.term, t.name, evidence=t.evidence)
    return later


def _whole_name(src: SourceText, term: DefinedTerm, book: PartyBook,
                cover_names: list[str]) -> DefinedTerm:
    """``term`` with its name in full where it was read as one side of a name of ``book``
    (as it stands) or of ``cover_names`` joined by "and" (:mod:`~graphkit.parsers.
    prose_joined_names`: "Lowe Associates" of 'Baker and Lowe Associates ("BL")'); ``term``
    itself otherwise."""
    known = [n for n, _ in book.names()] + cover_names

    def resolved(name: str) -> bool:
        return book.lookup(name) is not None
    ev = term.evidence
    whole = whole_joined_name(term.name, _clause(src, term), known, resolved)
    if whole is None and ev.start is not None:
        at = src.text_pos(ev.start)
        whole = whole_name_before(term.name, src.text[max(0, at - 200):at], known, resolved)
    return term if whole is None else term.model_copy(update={"name": whole})


def _sponsored_plan(book: PartyBook, name: str) -> Optional[Party]:
    """The one party of ``book`` named ``name`` after its sponsor's name, ``name`` a plan's
    ("Employees' Stock Ownership Plan": "Acme Corp. Employees' Stock Ownership Plan"); None
    for no such party or several (two sponsors' plans). The name ends in ``name``'s whole
    words, and what comes before is the name of another party of the book (the sponsor):
    "Acme Corp. Non-Employee Stock Ownership Plan" is no "Employee Stock Ownership Plan".

    >>> book = PartyBook(); _ = book.add("Acme Corp."); _ = book.add("Roe Inc.")
    >>> plan = book.add("Acme Corp. Employees' Stock Ownership Plan")
    >>> _sponsored_plan(book, "Employees' Stock Ownership Plan") is plan
    True
    >>> _ = book.add("Roe Inc. Non-Employee Stock Ownership Plan")
    >>> _sponsored_plan(book, "Employee Stock Ownership Plan") is None
    True

    A curly apostrophe is a straight one, and the sponsor is looked up as the book looks up a
    name (near spellings too: "Beta Industries Incorporated" is the book's "BETA INDUSTRIES,
    INC.").

    >>> _ = book.add("BETA INDUSTRIES, INC.")
    >>> plan = book.add("Beta Industries Incorporated Employees’ Savings Plan")
    >>> _sponsored_plan(book, "Employees' Savings Plan") is plan
    True
    """
    if not BENEFIT_PLAN.search(name):
        return None
    words = WORD.findall(_straight(name).lower())
    plans = []
    for p in book.parties:
        ends = [m for m in WORD.finditer(_straight(p.name))][-len(words):]
        if len(ends) != len(words) or [m.group().lower() for m in ends] != words:
            continue  # not the plan's whole words: "Non-Employee Stock Ownership Plan"
        sponsor = p.name[:ends[0].start()].strip(" ,")
        if sponsor and (by := book.lookup(sponsor)) is not None and by is not p:
            plans.append(p)  # the sponsor as the book spells it or near: "ACME MFG CORP."
    return plans[0] if len(plans) == 1 else None


def bind_later_term(book: PartyBook, later: list[DefinedTerm], name: str) -> Optional[Party]:
    """Bind the term of ``later`` that ``name`` says ("the Plan") to the party its definition
    names, if the book holds it now (read in the prose after the terms were bound:
    :func:`bind_item_terms`), and drop it from ``later``; a plan's name without its sponsor
    binds the one plan of the book named so after its sponsor. None when no term of ``later``
    is ``name`` or its party is not (yet) in the book.

    >>> from graphkit.models import Evidence
    >>> book = PartyBook(); _ = book.add("Acme Corp."); _ = book.add("Roe Inc.")
    >>> plan = book.add("Acme Corp. Employees' Stock Ownership Plan")
    >>> later = [DefinedTerm(term="Plan", name="Employees' Stock Ownership Plan",
    ...                      evidence=Evidence(source="x", text=""))]
    >>> bind_later_term(book, later, "the Plan") is plan, book.lookup("Plan") is plan, later
    (True, True, [])
    >>> _ = book.add("Roe Inc. Employees' Stock Ownership Plan")   # two sponsors' plans
    >>> later = [DefinedTerm(term="ESOP", name="Employees' Stock Ownership Plan",
    ...                      evidence=Evidence(source="x", text=""))]
    >>> bind_later_term(book, later, "ESOP") is None, len(later)
    (True, 1)
    """
    key = squeeze(LEADING_THE.sub("", name.strip()))
    for t in later:
        if squeeze(t.term) != key:
            continue
        # the name exactly (no near spelling: the party was made after the definition was read)
        party = book.lookup(t.name, fuzzy=False) or _sponsored_plan(book, t.name)
        if party is None:
            return None
        later.remove(t)
        return book.bind_term(t.term, party.name, evidence=t.evidence, create=False)
    return None


def _straight(text: str) -> str:
    """``text`` with its curly apostrophes straight (the same length: positions hold).

    >>> _straight("Employees’ Plan")
    "Employees' Plan"
    """
    return text.replace("’", "'").replace("‘", "'")


#: A word of a name, its apostrophe in it: "Employees'" of "Employees' Stock Ownership Plan",
#: "Non" and "Employee" of "Non-Employee" (compared whole, in lower case, by
#: :func:`_sponsored_plan`)
WORD = regex_cache.compile(r"""[A-Za-z0-9]+(?:'[A-Za-z]*)?""", re.VERBOSE)
