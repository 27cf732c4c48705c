"""Names read in prose that bind to no party: the words a relationship pattern reads where a
party's name stands that are no name at all (a piece of an address, a document's title, a
participle opening the sentence), and the warning for a name that binds to no party.

A pattern reads the capitalised words next to a role as its holder or held party. Most are
names; some are not, and binding them fails (the filing has no party "Suite 2700"):

- an address between a name and its relative clause: "Acme Advisers LP, Suite 2700, 200 Main
  Street, Toronto, Ontario, Canada M5J 2J1, which serves as manager of the Trust" gives the
  holder "Canada M5J 2J1" and the held parties "Suite 2700", "200 Main Street";
- a document: "Pursuant to the Merger Agreement, a wholly-owned subsidiary of Acme (the
  "Merger Sub")" gives the subsidiary "Merger Agreement";
- a participle: "Acting through its general partner, Roe GP, and in its capacity as the
  general partner of Acme Fund, Roe Partners has ..." gives the general partner "Acting".

:func:`not_a_name` tells them; :func:`~graphkit.parsers.prose.find_relationships` gives no
finding with such a name (a misread, not a relation the filing states). A name that is a name
but binds to no party of the filing, nor is made one, gets :func:`unbound_message`'s warning.

Examples
--------
>>> [not_a_name(n) for n in ("Suite 2700", "Canada M5J 2J1", "200 Bay Street",
...                          "Merger Agreement")]
[True, True, True, True]
>>> [not_a_name(n) for n in ("Acme Capital LLC", "Roe Trust Agreement", "Sterling")]
[False, False, False]
>>> not_a_name("Acting", "Acting through its general partner, Roe GP, Acme is ...")
True
"""

from __future__ import annotations

import re

from graphkit import regex_cache

_F = re.VERBOSE

#: A piece of an address that is a whole name read: a suite, floor or room ("Suite 2700",
#: "Floor 12", "12th Floor", "P.O. Box 17"), a street by its number ("200 Bay Street", "1 Main
#: St."), a place ending in a postal code, Canadian or British ("Canada M5J 2J1", "London EC2V
#: 7NQ") or a U.S. ZIP code after a state's code, alone or after a comma ("NY 10022", "Boston, MA
#: 02110-1234"; not "Acme Fund LP 12345")
ADDRESS_PART = regex_cache.compile(r"""
    ^(?:Suite|Ste\.?|Floor|Room|Unit|(?:P\.?\s?O\.?\s+)?Box)\s+[0-9][0-9A-Za-z-]*$
  | ^[0-9]+(?:st|nd|rd|th)\s+Floor$
  | ^[0-9][0-9-]*\s+(?:[A-Z][a-z]+\s+){1,3}
     (?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Place|Plaza)$
  | (?:^|\s)(?:[A-Z][0-9][A-Z]\s?[0-9][A-Z][0-9]|[A-Z]{1,2}[0-9][A-Z0-9]?\s[0-9][A-Z]{2})$
  | (?:^|,\s*)[A-Z]{2}\s+[0-9]{5}(?:-[0-9]{4})?$
""", _F)

#: A document's title, by its last word, never a party's name: "Merger Agreement", "the
#: Stockholders Agreement", "Indenture", "Commitment Letter" (not a trust named by its
#: instrument: "Roe Trust Agreement", "Roe Trust under Agreement dated ...")
DOCUMENT_TITLE = regex_cache.compile(r"""
    ^(?!.*\bTrust\b).*
    \b(?:Agreements?|Contracts?|Indentures?|Amendments?|Letters?|Memorand(?:um|a)|Prospectus)$
""", _F)

#: A participle opening a sentence, then a preposition no name is followed by: "Acting
#: through", "Operating under", "Acting solely" (the participle is read alone as a name:
#: "Acting"); not "as", "in", "for": "Sterling as general partner", "Sterling in its capacity"
OPENING_PARTICIPLE = regex_cache.compile(r"""
    ^\W*(?P<word>[A-Z][a-z]+ing)\s+(?:through|under|upon|pursuant|solely|jointly)\b
""", _F)


def not_a_name(name: str, sentence: str = "") -> bool:
    """True when ``name``, read in prose where a party's name stands, is no name: a piece of
    an address (:data:`ADDRESS_PART`), a document (:data:`DOCUMENT_TITLE`), or the participle
    that opens ``sentence`` (:data:`OPENING_PARTICIPLE`; a surname ending in "-ing" is a
    name: "Sterling is the general partner").

    >>> not_a_name("Suite 2700"), not_a_name("Acme Suite Holdings LLC")
    (True, False)
    >>> not_a_name("Stockholders Agreement"), not_a_name("Roe Trust Agreement")
    (True, False)
    >>> not_a_name("Operating", "Operating under its charter, ..."), not_a_name("Sterling",
    ...     "Sterling is the general partner of Acme Fund.")
    (True, False)
    """
    name = name.strip()
    if ADDRESS_PART.search(name) or DOCUMENT_TITLE.match(name):
        return True
    m = OPENING_PARTICIPLE.match(sentence) if name.endswith("ing") else None
    return m is not None and m["word"] == name


#: The warning codes of a name of a prose finding that binds to no party of the filing and is
#: not made one: its holder's, its held party's ("Roe" of a filing that names no person Roe,
#: "Acme" of a filing that defines no term for "Acme Partners Limited Partnership", "the Roe
#: GRATs" of a filing that lists no GRAT)
UNBOUND_HOLDER, UNBOUND_HELD = "prose-holder-unbound", "prose-held-unbound"


#: Why a name binds to no party, as the warning says by default
NO_SUCH_NAME = "no name, spelling, defined term or person of that surname"


def unbound_message(name: str, relation: str, holder: bool, why: str = NO_SUCH_NAME) -> str:
    """What the warning says of ``name``, the holder (or with ``holder`` False the held
    party) of a ``relation`` that binds to no party (``why``): the relation is not read.

    >>> unbound_message("Roe", "managing_member_of", True)  # doctest: +NORMALIZE_WHITESPACE
    "'Roe', the holder of the relation managing_member_of, binds to no party of the filing (no
    name, spelling, defined term or person of that surname) and is not made one; the relation
    is not read"
    """
    return (f"{name!r}, the {'holder' if holder else 'held party'} of the relation {relation}, "
            f"binds to no party of the filing ({why}) and is not made one; the relation is not "
            "read")
