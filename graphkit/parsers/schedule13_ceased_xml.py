"""Exit reports of the 2024+ Schedule 13D/13G XML forms (see
:mod:`graphkit.parsers.schedule13_ceased`): the 13G's Item 5 flag
``classOwnership5PercentOrLess`` and the 13D's Item 5(e) answer ``date5PercentOwnership``.

Examples
--------
>>> xml_cessations("Y", None, None, {}.get)[0].method
'xml'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Optional

from graphkit import regex_cache
from graphkit.dates import find_dates
from graphkit.models import Cessation, Evidence
from graphkit.parsers.ceased_claims import resolve_holders
from graphkit.parsers.schedule13_ceased import ANY_DATE, read_statements
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

#: An XML answer that states nothing: "Not applicable.", "N/A", "None"
NOTHING_STATED = regex_cache.compile(r"""
    ^ \W* (?: not \s+ applicable | n / ?a | none | inapplicable ) \W* $
""", _F)

#: An answer that is a date and nothing else: "05/01/2024", "On May 1, 2024.", "2024-05-01"
BARE_DATE = regex_cache.compile(rf"""
    ^ \W* (?: on \s+ | as \s+ of \s+ )? (?: {ANY_DATE.pattern} | \d{{4}}-\d\d-\d\d ) \W* $
""", _F)

#: An XML yes: "Y", "yes", "true", "1"
XML_YES = frozenset({"y", "yes", "true", "1", "x"})


def xml_cessations(box: Optional[str], box_evidence: Optional[Evidence],
                   answer: Optional[SourceText],
                   lookup: Callable[[str], Optional[str]]) -> list[Cessation]:
    """The exit reports of a Schedule 13D/13G XML form: the 13G's Item 5 flag ``box``
    (``classOwnership5PercentOrLess``) when yes, and the 13D's Item 5(e) ``answer``
    (``date5PercentOwnership``, as its own text): its statements, else a bare date
    (:data:`BARE_DATE`; any other text, "Not applicable; ... as of May 2, 2025", states none).

    >>> xml_cessations("Y", None, None, {}.get)[0].method
    'xml'
    >>> xml_cessations("N", None, SourceText("x.xml", "Not applicable."), {}.get)
    []
    >>> [c.date for c in xml_cessations(None, None, SourceText("x.xml", "05/01/2024"), {}.get)]
    [datetime.date(2024, 5, 1)]
    """
    found = []
    if box is not None and box.strip().lower() in XML_YES:
        found.append(Cessation(method="xml", evidence=box_evidence))
    text = answer.text if answer is not None else ""
    if answer is None or not text.strip() or NOTHING_STATED.match(text):
        return found
    stated = resolve_holders(read_statements(answer, 0, len(text), section="Item 5(e)"), lookup)
    if stated:
        return found + stated
    dates = find_dates(text) if BARE_DATE.match(text) else []
    if dates:
        found.append(Cessation(method="xml", date=dates[0], evidence=answer.evidence(
            0, len(text), section="Item 5(e)")))
    return found
