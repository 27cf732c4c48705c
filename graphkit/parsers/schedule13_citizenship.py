"""The citizenship or place of organization row of a Schedule 13D/13G cover page (row 4 of a
13G, row 6 of a 13D): the place its first cell names.

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
from graphkit.models import Reading
from graphkit.ocr import PLACES, repair_place
from graphkit.parsers.place_of_organization import read_place
from graphkit.parsers.schedule13_cover_names import split_cells, without_lead
from graphkit.parsers.schedule13_cover_patterns import (DOTTED_PLACE, MARGIN_WORDS,
                                                        PLACE_AFTER_REFERENCE,
                                                        REFERENCE_AFTER_PLACE, SEE_REFERENCE)
from graphkit.source import SourceText

#: Three letters in a row: a citizenship cell that names a place ("Delaware", "U.S.A." is read
#: as dotted initials), not a footnote mark or a row number
LETTER_RUN = regex_cache.compile(r"""[A-Za-z]{3}""", re.VERBOSE)


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
