"""The citizenship or place of organization of a Schedule 13D/13G's reporting persons: the
row of its cover page (row 4 of a 13G, row 6 of a 13D), and Item 2(c).

A cover row names a place in its first cell; a row or an Item 2(c) may instead state each
person's place in sentences ("Acme Ltd. is a Maltese corporation and Mr. Roe is a Canadian
citizen": :mod:`graphkit.parsers.stated_places`), each given to the party it names
(:func:`give_stated_places`). An Item 2(c) may also list "ACMV—Delaware" pairs
(:func:`read_citizenships`).

A cell is cut where the row's text is (a table's "|", a wide gap), so a typist who put two
spaces between all words ("UNITED  STATES") has the place torn into cells; the line is read
whole when it names a place its first cell does not
(:func:`graphkit.jurisdictions.read_jurisdiction`).

Examples
--------
>>> t = "                 UNITED  STATES\\n"
>>> read_citizenship_cell(SourceText(path="x", text=t), t, 0, "cover page").value
'United States'
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.jurisdictions import read_jurisdiction
from graphkit.models import Evidence, Party, PartyRole, Reading
from graphkit.ocr import PLACES, repair_place
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.place_of_organization import read_place
from graphkit.parsers.prose_lists import split_names
from graphkit.parsers.schedule13_cover_names import split_cells, without_lead
from graphkit.parsers.schedule13_cover_patterns import (DOTTED_PLACE, MARGIN_WORDS,
                                                        PLACE_AFTER_REFERENCE,
                                                        REFERENCE_AFTER_PLACE, SEE_REFERENCE)
from graphkit.parsers.stated_places import StatedPlace, read_stated_places
from graphkit.source import SourceText

_F = re.VERBOSE

#: Three letters in a row: a citizenship cell that names a place ("Delaware", "U.S.A." is read
#: as dotted initials), not a footnote mark or a row number
LETTER_RUN = regex_cache.compile(r"""[A-Za-z]{3}""", re.VERBOSE)

#: Item 2(c) citizenship list: "ACMV—Delaware", "ACVCV - Netherlands"
TERM_PLACE = regex_cache.compile(r"""
    (?P<who>[A-Z][A-Za-z0-9.,&()' \-]{0,80}?)\s*(?:—|–|\s-\s|:)\s*
    (?P<place>(?:[A-Z][a-z]+|of)(?:[ ](?:[A-Z][a-z]+|of))*)
""", re.VERBOSE)
#: Item 2(c): "(c) Citizenship", "Item 2(c).   Citizenship:", "ITEM 2(C). CITIZENSHIP:", and
#: the "(d)" or "Item 2(d)." opening a line after it
CITIZENSHIP_ITEM = regex_cache.compile(r"""\([cC]\)[.:]?\s*(?i:citizenship)""", _F)
ITEM_D = regex_cache.compile(r"""\n\s*(?:(?i:item)\s*2\s*)?\([dD]\)""", _F)
#: A subject that is every reporting person: "The Reporting Persons", "Each of the Reporting
#: Persons", "Each Reporting Person", "The Reporting Person" (the one there is)
ALL_REPORTING = regex_cache.compile(r"""
    (?i:(?:the|each(?:\s+of\s+the)?)\s+reporting\s+persons?|each\s+of\s+them)
""", _F)


def read_citizenship_cell(src: SourceText, region: str, rs: int, section: str
                          ) -> Optional[Reading]:
    """The place of the citizenship row's ``region`` (at ``rs`` of the text): its first cell
    that names one, without a table's "|" before it or a reference after it ("Delaware (see
    Item 2(c))"). A cell that refers elsewhere ("See Item 2(c)") states none, unless a known
    place follows the reference, spelled as known ("See Item 2(c) - Cayman Islands"; never a
    word near one).

    >>> t = "  See Item 2(c) - Cayman Islands\\n"
    >>> read_citizenship_cell(SourceText(path="x", text=t), t, 0, "cover page").value
    'Cayman Islands'
    >>> t = "  See Item 2(c)\\n  Delaware\\n"
    >>> read_citizenship_cell(SourceText(path="x", text=t), t, 0, "cover page") is None
    True
    """
    for cs, ce, cell in map(without_lead, split_cells(region, rs)):
        if SEE_REFERENCE.match(cell):  # "See Item 2(c)": the place is stated there, not here
            end = src.text.find("\n", cs)  # the line as printed (references are blanked)
            m = PLACE_AFTER_REFERENCE.match(src.text, cs, len(src.text) if end < 0 else end)
            r = repair_place(m["place"], evidence=src.evidence(
                m.start("place"), m.end("place"), section)) if m else None
            return r if r is not None and r.value in PLACES and not r.repaired else None
        if DOTTED_PLACE.match(cell):  # "U.S.A.", kept as printed
            return Reading(field="jurisdiction", raw=cell, value=cell,
                           evidence=src.evidence(cs, ce, section))
        if LETTER_RUN.search(cell) and not MARGIN_WORDS.match(cell):
            m = REFERENCE_AFTER_PLACE.search(cell) if "ee" in cell or "efer" in cell else None
            ce = cs + m.start() if m else _whole_place(src.text, cs, ce)  # "Delaware (see ...)"
            # "Delaware Corporation": the place is Delaware (:func:`read_place`)
            return read_place(src.text[cs:ce], evidence=src.evidence(cs, ce, section))
    return None


def citizenship_span(src: SourceText, start: int, end: int) -> tuple[int, int] | None:
    """Where the answer of Item 2(c) is, in Item 2 at ``start:end``: after "Citizenship", up to
    "(d)" (or 600 characters); None without an Item 2(c).

    >>> t = "Item 2(c).   Citizenship:  Cayman Islands\\nItem 2(d).   Title of Class"
    >>> s, e = citizenship_span(SourceText(path="x", text=t), 0, len(t)); t[s:e]
    ':  Cayman Islands'
    """
    m = CITIZENSHIP_ITEM.search(src.text, start, end)
    if not m:
        return None
    stop = ITEM_D.search(src.text, m.end(), end)
    return m.end(), stop.start() if stop else min(end, m.end() + 600)


def read_citizenships(src: SourceText, start: int, end: int) -> list[tuple[str, str, Evidence]]:
    """Item 2(c) pairs (who as written, place) such as "ACMV—Delaware"; a known place
    (:data:`~graphkit.ocr.PLACES`) alone as the item's answer ("Citizenship:  Delaware") is
    given with ``who`` empty: every reporting person's, when there is one.

    >>> t = "Item 2(c).   Citizenship:  Cayman Islands\\nItem 2(d).   Title of Class"
    >>> [(w, p) for w, p, _ in read_citizenships(SourceText(path="x", text=t), 0, len(t))]
    [('', 'Cayman Islands')]
    """
    span = citizenship_span(src, start, end)
    if span is None:
        return []
    s, e = span
    out = []
    for t in TERM_PLACE.finditer(src.text, s, e):
        who = t["who"].strip(" :")
        if who:
            out.append((who, t["place"].strip(),
                        src.evidence(t.start(), t.end(), section="Item 2(c)")))
    bare = " ".join(src.text[s:e].split()).strip(" :.")
    if not out and bare.lower() in _KNOWN_PLACES:
        at = src.text.index(bare.split()[0], s)
        out.append(("", _KNOWN_PLACES[bare.lower()],
                    src.evidence(at, at + len(bare), section="Item 2(c)")))
    return out


#: The places an Item 2(c) may state alone, by their lower-cased names
_KNOWN_PLACES = {p.lower(): p for p in PLACES}


def give_stated_places(book: PartyBook, reporting: list[Party], stated: list[StatedPlace]
                       ) -> None:
    """Give each reporting person the place a sentence states of it (``stated``: of a cover's
    row, then of Item 2(c)): its jurisdiction when it has none yet, and the reading as
    evidence. A subject is looked up as a whole name, else as a list of names ("A, B and C");
    "the Reporting Persons" is every reporting person, "the Reporting Person" the one there
    is. A subject that names no reporting person (the issuer, a party not reporting) is
    passed over.

    >>> book = PartyBook(); acme = book.add("Acme Investments, Ltd."); roe = book.add("Jane Roe")
    >>> t = "Acme Investments, Ltd. is a Maltese corporation and Ms. Roe is a Canadian citizen."
    >>> give_stated_places(book, [acme, roe], read_stated_places(
    ...     SourceText(path="x", text=t), 0, len(t), "cover page"))
    >>> acme.jurisdiction, roe.jurisdiction
    ('Malta', 'Canada')
    """
    ids = {p.id for p in reporting}
    for sp in stated:
        if ALL_REPORTING.fullmatch(sp.who):
            named = reporting if sp.who.lower().endswith("s") or len(reporting) == 1 else []
        else:
            whole = book.lookup(sp.who)
            named = [whole] if whole is not None else [
                p for p in map(book.lookup, split_names(sp.who)) if p is not None]
        for party in named:
            if party.id not in ids or PartyRole.ISSUER in party.roles:
                continue
            if party.jurisdiction is None:
                party.jurisdiction = sp.place.name
            party.readings.append(stated_reading(sp))


def stated_reading(sp: StatedPlace) -> Reading:
    """The jurisdiction reading of a place stated in a sentence: the place's name, the clause
    as printed.

    >>> t = "Jane Roe is a citizen of the U.S.A."
    >>> r = stated_reading(read_stated_places(SourceText(path="x", text=t), 0, len(t), "x")[0])
    >>> r.value, r.raw
    ('United States', 'Jane Roe is a citizen of the U.S.A')
    """
    return Reading(field="jurisdiction", raw=sp.evidence.text or sp.who, value=sp.place.name,
                   evidence=sp.evidence)


def _whole_place(text: str, cs: int, ce: int) -> int:
    """Where the place of the cell ``text[cs:ce]`` ends: the end of its line when the line
    names a place the cell does not ("UNITED" of "UNITED  STATES"), else ``ce``.

    >>> t = "UNITED  STATES\\nDelaware      Delaware\\n"
    >>> _whole_place(t, 0, 6), _whole_place(t, 15, 23)
    (14, 23)
    """
    end = text.find("\n", ce)
    line_end = len(text[:len(text) if end < 0 else end].rstrip())
    if line_end <= ce or read_jurisdiction(text[cs:ce]) is not None \
            or read_jurisdiction(text[cs:line_end]) is None:
        return ce
    return line_end
