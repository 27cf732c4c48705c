"""Place names damaged by OCR ("Delawa re", "Netherla ands") read as the known places filings
name (split from :mod:`graphkit.ocr`, which re-exports them).

>>> repair_place("Delawa re").value
'Delaware'
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from rapidfuzz import fuzz, process

from graphkit import regex_cache
from graphkit.models import Evidence, Reading
from graphkit.ocr_reading import make_reading as _reading


#: Places of organization that filings name; the target list for OCR repair of place names.
PLACES: tuple[str, ...] = tuple(p.replace("_", " ") for p in """
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey
    New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania
    Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington
    West_Virginia Wisconsin Wyoming District_of_Columbia Puerto_Rico United_States
    United_States_of_America Cayman_Islands British_Virgin_Islands Bermuda Netherlands
    Netherlands_Antilles Curacao Luxembourg Ireland United_Kingdom England England_and_Wales
    Scotland Jersey Guernsey Canada Ontario Quebec British_Columbia Germany France Switzerland
    Israel Japan Singapore Hong_Kong China Australia Abu_Dhabi United_Arab_Emirates Bahamas
    Panama Marshall_Islands Liberia Cyprus Malta
""".split())

#: Least similarity (0-100) for a damaged place name to be read as a known place.
PLACE_MIN_SCORE = 85

#: Each place by its lower-cased name ("cayman islands"), and squeezed to lower-case letters
#: ("caymanislands", what a torn OCR reading is compared with); made once, not per reading.
_PLACE_BY_LOWER = {p.lower(): p for p in PLACES}
_SQUEEZED_PLACES = {p: p.replace(" ", "").lower() for p in PLACES}

#: Two letters in a row, the least a place name holds: "NY", "Delawa re"
TWO_LETTERS = regex_cache.compile(r"""[A-Za-z]{2}""", re.VERBOSE)
#: What is not an ASCII letter, dropped to compare a torn place: the " " and "·" of "Delawa·e"
NOT_A_LETTER = regex_cache.compile(r"""[^A-Za-z]""", re.VERBOSE)


def repair_place(raw: str, field: str = "jurisdiction", evidence: Evidence | None = None
                 ) -> Reading | None:
    """Read a place of organization, joining torn words and matching known places.

    ``Delawa re``, ``Delawai re`` and ``Delawa·e`` read as Delaware; an unknown but clean
    place is kept as written (not repaired); None when ``raw`` holds no letters.

    >>> repair_place("Netherla ands").value
    'Netherlands'
    >>> repair_place("Cayman Islands").repaired
    False
    """
    read = _place_reading(raw)
    return None if read is None else _reading(field, raw, evidence, read)


@lru_cache(maxsize=4096)
def _place_reading(raw: str) -> Mapping[str, object] | None:
    """What :func:`repair_place` reads in ``raw``, as the fields of its :class:`Reading`
    (cached: the same few places are named by every filing)."""
    text = " ".join(raw.split()).strip(" .,;:")
    if not TWO_LETTERS.search(text):
        return None
    if text.lower() in _PLACE_BY_LOWER:
        return MappingProxyType({"value": _PLACE_BY_LOWER[text.lower()]})
    squeezed = NOT_A_LETTER.sub("", text).lower()
    best = process.extractOne(squeezed, _SQUEEZED_PLACES, scorer=fuzz.ratio)
    if best and best[1] >= PLACE_MIN_SCORE:
        return MappingProxyType({"value": best[2], "repaired": True, "method": "place-name",
                                 "note": f"closest known place ({best[1]:.0f}/100)"})
    return MappingProxyType({"value": text})
