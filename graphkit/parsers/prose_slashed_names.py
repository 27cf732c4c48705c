"""An organization's name whose first word is two words joined by a slash: "Roe/Doe
Investments, L.P.".

The name patterns of :mod:`graphkit.parsers.prose_name_patterns` read no slash, so a match
of such a name opens after it ("Doe Investments, L.P."): a party the filing never names. Of
an organization the words before the slash are its name's; of a person they are not ("Jane
Roe/John Doe" lists two persons), so a person's name is left as read.

Examples
--------
>>> flat = "held by Roe/Doe Investments, L.P., of which John Doe is the general partner"
>>> with_slashed_lead(flat, flat.index("Doe Inv"), "Doe Investments, L.P.")
'Roe/Doe Investments, L.P.'
>>> flat = "Jane Roe/John Doe are the general partners"
>>> with_slashed_lead(flat, flat.index("John"), "John Doe")
'John Doe'
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_lists import entity_kind

#: Capitalised words, each glued to the next by a slash, right before a name: "Roe/" of "Roe/Doe
#: Investments, L.P.", "Roe/Doe/" of "Roe/Doe/Major Partners LP" (a word that opens after a
#: space, a parenthesis or a quote, or at the text's start)
SLASHED_LEAD = regex_cache.compile(r"""
    (?:(?<=[\s(“"])|^)(?:[A-Z][A-Za-z0-9.'&\-]{0,40}/){1,4}$
""", re.VERBOSE)


def with_slashed_lead(flat: str, start: int, name: str) -> str:
    """``name``, read at ``start`` in ``flat``, with the slash-joined words right before it
    (:data:`SLASHED_LEAD`) when it is an organization's
    (:func:`~graphkit.parsers.prose_lists.entity_kind`); ``name`` as it is otherwise.

    >>> with_slashed_lead("by Roe/Doe Partners LP", 7, "Doe Partners LP")
    'Roe/Doe Partners LP'
    >>> with_slashed_lead("by Acme Partners LP", 3, "Acme Partners LP")
    'Acme Partners LP'
    """
    if start <= 0 or flat[start - 1] != "/" or entity_kind(name) is None:
        return name
    lead = SLASHED_LEAD.search(flat, max(0, start - 200), start)
    return name if lead is None else lead.group() + name


def slashed_helds(flat: str, start: int, held: str, helds: list[str]) -> list[str]:
    """``helds``, the names read from the match ``held`` at ``start`` in ``flat``, the first
    with the slash-joined words before it (:func:`with_slashed_lead`) when it opens ``held``.

    >>> flat = "by Roe/Doe Partners LP and Beta LP"
    >>> slashed_helds(flat, 7, "Doe Partners LP and Beta LP", ["Doe Partners LP", "Beta LP"])
    ['Roe/Doe Partners LP', 'Beta LP']
    """
    if not helds or not held.startswith(helds[0]):
        return helds
    return [with_slashed_lead(flat, start, helds[0])] + helds[1:]
