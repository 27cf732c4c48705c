"""Abbreviations a statement uses without defining them, bound to the party they shorten.

Filings often write "ACVA" for "Acme Capital Venture Associates, L.P." with no ``("ACVA")``
definition: each capitalised word of the items that no party's name or term is, and that is no
form word (:data:`FORM_WORDS`), is bound to the one organization whose name it abbreviates
(:meth:`~graphkit.parsers.partybook.PartyBook.abbreviated_party`), with the place it was used
as evidence.

>>> from graphkit.parsers.partybook import PartyBook
>>> from graphkit.source import SourceText
>>> book = PartyBook(); _ = book.add("Acme Capital Venture Associates, L.P.")
>>> src = SourceText(path="a.txt", text="Item 4. ACVA bought the shares under the SEC rule.")
>>> bind_undefined_abbreviations(src, book, 0, len(src.text))
>>> book.lookup("ACVA", fuzzy=False).name
'Acme Capital Venture Associates, L.P.'
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.partybook import PartyBook
from graphkit.source import SourceText

#: Capitalised words that look like abbreviations but are form words: never linked by acronym.
FORM_WORDS = frozenset("""
    CUSIP SEC IRS LLC INC LTD USA THE AND NOT FOR ITEM SCHEDULE NOTE NOTES EXHIBIT SIGNATURE
    SIGNATURES CERTIFICATION AMENDMENT RULE PAGE ACT COMMON STOCK JOINT FILING AGREEMENT PURSUANT
    SECURITIES EXCHANGE COMMISSION UNITED STATES NAME TITLE DATE SOLE SHARED VOTING POWER
    DISPOSITIVE REPORTING PERSON PERSONS AGGREGATE AMOUNT PERCENT CLASS TYPE CHECK SOURCE FUNDS
    ONLY USE NONE INDEX EDGAR GAAP LLP NYSE NASDAQ
""".split())

#: An undefined abbreviation used in the items: "ACVA", "SVP VI" is not one (two words).
#: The capital comes first and the look-behind (no word character or "-" before it) after it,
#: so that a search skips ahead fast to each capital letter of the text.
ABBREVIATION = regex_cache.compile(r"""
    (?P<abbr>[A-Z](?<![\w-][A-Z])[A-Z0-9]{2,7})(?![\w-])   # ACVA
""", re.VERBOSE)


def bind_undefined_abbreviations(src: SourceText, book: PartyBook, start: int, end: int) -> None:
    """Bind each abbreviation used in ``src.text[start:end]`` that names no party of ``book``
    yet to the organization it shortens, if exactly one (see the module's example)."""
    seen_abbr: set[str] = set()
    known_abbr: set[str] = set()  # keys of the book ("ACM", used 100s of times) till it changes
    for m in ABBREVIATION.finditer(src.text, start, end):
        a = m["abbr"]
        if a in seen_abbr or a in known_abbr or a in FORM_WORDS:
            continue
        if book.lookup(a, fuzzy=False) is not None:
            known_abbr.add(a)
            continue
        seen_abbr.add(a)
        party = book.abbreviated_party(a)  # as link_abbreviation: its name is no key (above)
        if party is not None:  # evidence for the abbreviations that name a party only
            book.bind_abbreviation(a, party, evidence=src.evidence(m.start(), m.end(),
                                                                  section="abbreviation"))
            known_abbr.clear()
