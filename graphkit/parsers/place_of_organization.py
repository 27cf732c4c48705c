"""A cover's place of organization written with the holder's legal form or charter around it.

The cover's row asks for a "Citizenship or Place of Organization"; some filers answer with
the whole phrase of their charter: "Delaware Corporation", "a Delaware limited partnership",
"Cayman Islands exempted company". The place is the known place (:data:`~graphkit.ocr.PLACES`)
that phrase names; the legal form is the holder's, not part of the place. Only a known place
is taken out of such a phrase: "a Maltese corporation" (an adjective, no place of the list)
is kept as written, and a place whose own name holds no legal form ("New York", "British
Virgin Islands") is never cut.

Examples
--------
>>> r = read_place("A Delaware Corporation")
>>> r.value, r.raw, r.method
('Delaware', 'A Delaware Corporation', 'place-without-form')
>>> read_place("Cayman Islands exempted company").value
'Cayman Islands'
>>> read_place("New York").value, read_place("a Maltese corporation").value
('New York', 'a Maltese corporation')

The words of a charter around a known place are cut too (:data:`PLACE_WITH_CHARTER`):

>>> read_place("INCORPORATED IN THE STATE OF NEW YORK").value
'New York'
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.demonyms import LEGAL_FORM_WORDS
from graphkit.models import Evidence, Reading
from graphkit.ocr import PLACES, repair_place

#: A place (up to five words) and the legal form after it, the whole cell: "Delaware
#: Corporation", "a Delaware limited partnership", "an Ontario corporation", "Cayman Islands
#: exempted company", "New York limited liability company", "Delaware LLC", "a Delaware
#: statutory trust", "England and Wales private limited company" (the place is checked
#: against the known places by :func:`read_place`)
PLACE_WITH_FORM = regex_cache.compile(rf"""
    (?:an?[ ])?
    (?P<place>[A-Za-z][A-Za-z.]*(?:[ ][A-Za-z][A-Za-z.]*){{0,4}}?)[ ]
    {LEGAL_FORM_WORDS}                               # "limited partnership" (demonyms' words)
    \.?
""", re.VERBOSE | re.IGNORECASE)

#: The words of a charter before a place, the whole cell: "INCORPORATED IN THE STATE OF NEW
#: YORK", "organized under the laws of the State of Delaware", "a corporation organized under
#: the laws of Ontario", "Under the laws of the Commonwealth of Massachusetts" (group
#: ``place``: what follows them, taken only when it is a known place whole; after the charter's
#: words "the State of", "the Commonwealth of" or "the Province of" is cut too, never a
#: country's "Republic of"). A cell with no charter's words ("State of Delaware") is kept.
PLACE_WITH_CHARTER = regex_cache.compile(r"""
    (?:an?[ ](?:corporation|company|limited[ ]partnership|partnership
               |limited[ ]liability[ ]company|trust|bank)[ ])?
    (?:(?:incorporated|organized|organised|formed|registered|chartered|domiciled|existing)[ ]
       (?:in|under[ ]the[ ]laws[ ]of)[ ]
     |under[ ]the[ ]laws[ ]of[ ])
    (?:(?:the[ ])?(?:state|commonwealth|province)[ ]of[ ]|the[ ])?     # "the Cayman Islands"
    (?P<place>[A-Za-z][A-Za-z.]*(?:[ ][A-Za-z][A-Za-z.]*){0,4})
""", re.VERBOSE | re.IGNORECASE)

#: The method of a reading whose legal form was cut from the place: its raw cell is "Delaware
#: limited partnership", its value "Delaware"
FORM_CUT = "place-without-form"

#: The method of a reading whose charter's words were cut from the place: its raw cell is
#: "INCORPORATED IN THE STATE OF NEW YORK", its value "New York"
CHARTER_CUT = "place-without-charter"

#: Each known place by its lower-cased name ("british virgin islands")
_PLACE_BY_LOWER = {p.lower(): p for p in PLACES}


def read_place(raw: str, evidence: Optional[Evidence] = None) -> Optional[Reading]:
    """The place of organization a cover's cell ``raw`` states, as a jurisdiction
    :class:`~graphkit.models.Reading`: the known place of a phrase naming it with a legal
    form (:data:`PLACE_WITH_FORM`), else what :func:`graphkit.ocr.repair_place` reads.

    >>> read_place("Delaware Limited Liability Company").value
    'Delaware'
    >>> read_place("Delawa re").value, read_place("  ") is None
    ('Delaware', True)

    See also
    --------
    graphkit.ocr.repair_place : places torn or misspelt by OCR
    """
    text = " ".join(raw.split()).strip(" ,;:")
    m = PLACE_WITH_FORM.fullmatch(text)
    place = _PLACE_BY_LOWER.get(m["place"].lower()) if m else None
    if place is not None:
        return Reading(field="jurisdiction", raw=raw, value=place, method=FORM_CUT,
                       evidence=evidence)
    text = text.rstrip(".")  # "State of New Jersey."
    c = PLACE_WITH_CHARTER.fullmatch(text) if text.lower() not in _PLACE_BY_LOWER else None
    place = _PLACE_BY_LOWER.get(c["place"].lower()) if c and len(c["place"]) < len(text) else None
    if place is not None:  # "INCORPORATED IN THE STATE OF NEW YORK": "New York"
        return Reading(field="jurisdiction", raw=raw, value=place, method=CHARTER_CUT,
                       evidence=evidence)
    return repair_place(raw, evidence=evidence)
