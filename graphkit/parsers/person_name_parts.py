"""The parts of a person's name as typed under a signature: initials, capitalised words (with
accented letters: "José", "MÜLLER"), suffixes, and the lower-case particles that open a surname
("da" of "José da Silva", "van der" of "Jan van der Berg").

Examples
--------
>>> person_parts_fit("José da Silva Jr.".split()), person_parts_fit("Jan van der Berg".split())
(True, True)
>>> person_parts_fit(["da", "Silva"]), person_parts_fit(["Jane", "Roe", "van"])  # not at an end
(False, False)
"""

from __future__ import annotations

import re
from typing import Collection

from graphkit import regex_cache
from graphkit.names import FIRST_WORD_PARTICLE
from graphkit.organization_words import opens_institution_before

#: The upper-case and the lower-case letters of Latin-1 and Latin Extended-A (U+00C0-U+017F,
#: but × and ÷), which alternate in Extended-A: "Ł" opens a name word, "ł" only follows
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de" + "".join(
    c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff" + "".join(
    c for c in map(chr, range(0x100, 0x180)) if c.islower())

#: A part of a person's name: an initial ("Q."), a capitalised word ("Roe", "ROE", "O'Neil",
#: "Smith-Jones", "José", "MÜLLER", "Søren", "Łukasz"; never "łukasz") or a suffix ("Jr.",
#: "III", "3d")
NAME_PART = regex_cache.compile(rf"""
    (?:[A-Z]\.|[A-Z]['’][A-Z][a-z]+
    |[{_UPPER}][{_LOWER}]*[A-Z]?[{_LOWER}]+(?:[-'’][{_UPPER}][{_LOWER}]+)?
    |[{_UPPER}]{{2,}}(?:[-'’][{_UPPER}]+)?|Jr\.|Sr\.|3d|2d)$
""", re.VERBOSE)

#: The lower-case particles that open a surname, inside a name only: "José da Silva", "Ana de
#: la Cruz", "Jan van der Berg", "Ludwig von Roe"
NAME_PARTICLES = frozenset("da das dos de del della der den di du la le van von".split())


def person_parts_fit(parts: list[str], not_person: Collection[str] = ()) -> bool:
    """True when every part of ``parts`` is a :data:`NAME_PART` whose capitals are not in
    ``not_person``, or a particle of :data:`NAME_PARTICLES` between two such parts' places
    (never first nor last), and the first two parts do not open an institution's name
    (:func:`~graphkit.organization_words.opens_institution_before`: "Banco de", not "CASA
    JOHN", which may be John Casa in EDGAR's order).

    >>> person_parts_fit(["Jane", "Q.", "Roe"]), person_parts_fit(["Jane", "ROE", "AND"], {"AND"})
    (True, False)
    >>> person_parts_fit("Banco de Acme".split()), person_parts_fit("Cassa di Acme".split())
    (False, False)
    >>> person_parts_fit(["CASA", "JOHN"]), person_parts_fit("Casa De Paul".split())
    (True, True)
    """
    lead = FIRST_WORD_PARTICLE.match(" ".join(parts[:2]) + " ")
    if not parts or (lead and opens_institution_before(lead["first"], lead["particle"])):
        return False  # "Banco de Acme": an institution ("CASA JOHN" may be John Casa)
    for i, p in enumerate(parts):
        if p in NAME_PARTICLES and 0 < i < len(parts) - 1:
            continue
        if not NAME_PART.match(p) or p.upper() in not_person:
            return False
    return True

