"""Building the :class:`~graphkit.models.Reading` an OCR reader (:mod:`graphkit.ocr`,
:mod:`graphkit.ocr_places`) makes of a raw text, without validating again what it made.

>>> r = make_reading("shares", "5.639,301", None, {"value": 5639301, "repaired": True})
>>> r.value, r.repaired, r.method
(5639301, True, None)
"""

from __future__ import annotations

from typing import Mapping

from graphkit.models import Evidence, Reading, unchecked


def make_reading(field: str, raw: str, evidence: Evidence | None, read: Mapping[str, object]
                 ) -> Reading:
    """``Reading(field=field, raw=raw, evidence=evidence, **read)``, where ``read`` holds what
    a reader here made of ``raw`` (a value and its repair, of their exact types): those are
    not validated again (see :func:`~graphkit.models.unchecked`), the caller's values are when
    they are not of their exact types."""
    if type(raw) is not str or type(field) is not str or \
            (evidence is not None and type(evidence) is not Evidence):
        return Reading(field=field, raw=raw, evidence=evidence, **read)
    given = _GIVEN.get(tuple(read))
    if given is None:
        given = _GIVEN[tuple(read)] = frozenset({"field", "raw", "evidence", *read})
    return unchecked(Reading, {"field": field, "raw": raw, "value": read["value"],
                               "repaired": read.get("repaired", False),
                               "method": read.get("method"), "note": read.get("note"),
                               "evidence": evidence}, given)


#: The fields a reading is given, by the fields a reader here made of its raw text
_GIVEN: dict[tuple[str, ...], frozenset[str]] = {}
