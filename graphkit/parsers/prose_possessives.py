"""Possessive phrases before a person's name in a list: "Mr. Roe's son, John A. Roe", "Acme
Corp.'s President, John A. Doe".

Such a phrase says who the person is to someone else; it is no part of the name, and never a
party itself. A list read by a pattern ("The members of Acme GP are Jane Q. Roe and Mr. Roe's
son, John A. Roe"; "The other trustees are Acme Corp.'s President, John A. Doe, and ...") keeps
the names, without their phrases; a name that is only a possessor ("Mr. Roe's" of "... and Mr.
Roe's estate") or a possessor's title ("Acme Corp.'s Treasurer") is dropped, and the names
before it stay.

Examples
--------
>>> person_names("Mr. Roe's son, John A. Roe, and Acme Corp.'s President, Jane Q. Doe")
['John A. Roe', 'Jane Q. Doe']
>>> t = "The directors of Acme Corp. are Jane Q. Roe, John A. Doe and Mr. Roe's wife."
>>> listed_persons(t, t.index("Jane"), t.index(" wife"))
['Jane Q. Roe', 'John A. Doe']
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.parsers.prose_guards import KIN
from graphkit.parsers.prose_lists import entity_kind, split_names
from graphkit.parsers.prose_name_patterns import DEGREE, legal_form_only
from graphkit.parsers.prose_patterns import _NAME, NAMES, ROLES

_F = re.VERBOSE

#: A kinship phrase before a person's name, skipped: "Mr. Roe's son, ", "his daughter ", "Jane
#: Q. Roe's husband, " (a possessive and a kinship word)
_KIN_BEFORE = rf"""(?:(?:[Hh]is|[Hh]er|[Tt]heir)|{_NAME}['’]s)\s+{KIN}\s*,?\s+"""
#: :data:`_KIN_BEFORE` as a pattern, to take the kinship phrases out of a list of names
KIN_BEFORE = regex_cache.compile(_KIN_BEFORE, _F)
#: A kinship phrase in the lists of :data:`~graphkit.parsers.prose_name_patterns.KIN_NAMES`,
#: with the name after it (group ``after``): "her spouse, " before "John Doe"; its kinship word
#: never capitalised ("Roe's Sons, Inc.", "His Wife" are no kinship phrases there: review
#: s25-ofwhich-2; :func:`drop_kin` keeps the phrase before an organization's name)
KIN_PHRASE_BEFORE = regex_cache.compile(rf"""
    (?:(?:[Hh]is|[Hh]er|[Tt]heir)|{_NAME}['’]s)\s+(?![A-Z][a-z]){KIN}\s*,?\s+(?=(?P<after>{_NAME}))
""", _F)
#: A possessor's title before a person's name, skipped: "Acme Corp.'s President, "
_TITLE_BEFORE = regex_cache.compile(rf"""{_NAME}['’]s\s+{ROLES}\s*,\s+(?=(?P<after>{_NAME}))""", _F)

#: A possessive phrase before a person's name, skipped: a kinship phrase (:data:`_KIN_BEFORE`)
#: or a possessor's title set off by a comma: "Acme Corp.'s President, ", "ARA's Treasurer, ",
#: "the Roe Trust's trustee, " (not "Acme's Fund" of a name: the title is a role word)
_POSSESSIVE_BEFORE = rf"""(?:{_KIN_BEFORE}|{_NAME}['’]s\s+{ROLES}\s*,\s+)"""
#: :data:`_POSSESSIVE_BEFORE` as a pattern, to take the phrases out of a list of names
POSSESSIVE_BEFORE = regex_cache.compile(_POSSESSIVE_BEFORE, _F)
#: The name right after a possessive phrase: "Inc." after "Roe's Sons, " (group ``after``)
_NAME_AFTER = regex_cache.compile(rf"""(?P<after>{_NAME})""", _F)

#: A listed "name" that is a possessor or its title, never a party: "Mr. Roe's" (of "Mr. Roe's
#: estate"), "Acme Corp.'s President", "ARA's Treasurer John Doe"; not "Acme's Fund LLC" nor
#: "McDonald's Corporation"
POSSESSIVE_NAME = regex_cache.compile(rf"""['’]s(?:\s+{ROLES}(?![A-Za-z\-])|\s*$)""", _F)

#: What follows a list ending in a possessor: the possessed person, after a kinship word or a
#: title, and the names listed after it: " son, John A. Roe" of "... and Mr. Roe's son, John A.
#: Roe"; " President, Jane Q. Doe, and John A. Doe"
POSSESSED_AFTER = regex_cache.compile(rf"""
    \s+(?:{KIN}\s*,?|{ROLES}\s*,)\s+
    {NAMES}
""", _F)


#: The end of a list that closes a kinship apposition before its verb, with the person's degree
#: if any: ", Ph.D.," of "Jane Roe and her spouse, John Doe, Ph.D.,"
#: (:data:`~graphkit.parsers.prose_name_patterns.KIN_NAMES`)
_CLOSED = regex_cache.compile(rf"""{DEGREE}?\s*,\s*$""", _F)


def person_names(listed: str) -> list[str]:
    """The names of the list ``listed`` (:func:`~graphkit.parsers.prose_lists.split_names`),
    each without a possessive phrase before it (:data:`POSSESSIVE_BEFORE`); a possessor or
    its title (:data:`POSSESSIVE_NAME`) is no name.

    >>> person_names("Jane Q. Roe and Mr. Roe's")
    ['Jane Q. Roe']
    >>> person_names("his wife, Jane Q. Roe, and McDonald's Corporation")
    ['Jane Q. Roe', "McDonald's Corporation"]
    """
    if "'" not in listed and "’" not in listed:
        return split_names(listed)
    return [n for n in split_names(POSSESSIVE_BEFORE.sub(_dropped_phrase, listed))
            if POSSESSIVE_NAME.search(n) is None]


def _dropped_phrase(m: re.Match[str]) -> str:
    """What stays of the :data:`POSSESSIVE_BEFORE` match ``m``: nothing, or all of it when its
    last word is capitalised and opens an organization's name: "Roe's Sons, " before a legal
    form only ("Roe's Sons, Inc."), "Roe's Brothers " before an organization's name with no
    comma between ("Roe's Brothers Holdings, LLC"). "Jane Roe's son, " before "John Roe", and
    "Roe's Son, " before "Acme Trust" (a comma, then a name of its own), are dropped.

    >>> [_dropped_phrase(m) for m in POSSESSIVE_BEFORE.finditer("Roe's Sons, Inc. and Roe's Son, Acme LLC")]
    ["Roe's Sons, ", '']
    """
    if not m[0].rstrip(" ,").split()[-1][:1].isupper():
        return ""  # "Mr. Roe's son, John Roe"
    after = _NAME_AFTER.match(m.string, m.end())
    if after is None:
        return ""
    if m[0].rstrip().endswith(","):  # "Roe's Sons, Inc.": the comma before the legal form
        return m[0] if legal_form_only(after["after"]) else ""
    return m[0] if entity_kind(after["after"]) is not None else ""  # "Roe's Sons Holdings LLC"


def drop_kin(listed: str) -> Optional[str]:
    """``listed`` without the kinship phrases (:data:`KIN_PHRASE_BEFORE`) that precede a person's name
    (:func:`~graphkit.parsers.prose_lists.entity_kind` None); before an organization's name
    words in capitals are the name's own ("ROE'S SONS, INC."), and a lower-case kinship word
    makes the list unreadable: None ("her son, Acme GP LLC" names no person).

    >>> drop_kin("Jane Roe and her spouse, John Doe")
    'Jane Roe and John Doe'
    >>> drop_kin("JANE ROE'S SONS, INC. and his wife, MARY DOE")
    "JANE ROE'S SONS, INC. and MARY DOE"
    >>> drop_kin("Jane Roe's husband, Acme GP LLC") is None
    True
    """
    kept = [m for m in KIN_PHRASE_BEFORE.finditer(listed) if entity_kind(m["after"]) is not None]
    if any(not m[0].rstrip(" ,").split()[-1].isupper() for m in kept):
        return None
    starts = {m.start() for m in kept}
    return KIN_PHRASE_BEFORE.sub(lambda m: m[0] if m.start() in starts else "", listed)


def kin_named(listed: str) -> list[str]:
    """The names of the list ``listed`` (:func:`~graphkit.parsers.prose_lists.split_names`),
    each without a kinship phrase or a possessor's title before it (:data:`KIN_PHRASE_BEFORE`):
    the person it names is the item, never the phrase nor the title.

    >>> kin_named("Jane Roe and her spouse, John Doe")
    ['Jane Roe', 'John Doe']
    >>> kin_named("Jane Roe and her spouse, John Doe, Ph.D.,")
    ['Jane Roe', 'John Doe']
    >>> kin_named("his wife Mary Doe, Mr. Roe's son, John Roe, and Acme GP LLC")
    ['Mary Doe', 'John Roe', 'Acme GP LLC']
    >>> kin_named("Wendy's and Acme GP LLC")  # no kinship phrase nor title: as split
    ["Wendy's", 'Acme GP LLC']
    """
    if KIN_PHRASE_BEFORE.search(listed) is None and not _titles(listed):
        return split_names(_CLOSED.sub("", listed))  # "Wendy's and Acme GP LLC": as they stand
    dropped = drop_kin(listed)
    if dropped is None:
        return []
    dropped = _CLOSED.sub("", dropped)
    for m in reversed(_titles(dropped)):  # "Acme Corp.'s President, John Doe": John Doe only
        dropped = dropped[:m.start()] + dropped[m.end():]
    return [n for n in split_names(dropped) if POSSESSIVE_NAME.search(n) is None]


def _titles(listed: str) -> list[re.Match[str]]:
    """The possessors' titles of ``listed`` before a person's name ("Acme Corp.'s President, "
    before "John Doe"; not "Acme's President, " of the company "Acme's President, Inc.")."""
    return [m for m in _TITLE_BEFORE.finditer(listed) if entity_kind(m["after"]) is None]


def listed_persons(text: str, start: int, end: int) -> list[str]:
    """:func:`person_names` of the list ``text[start:end]``; when the list ends in a possessor
    ("... and Mr. Roe's"), with the person it names after it (:data:`POSSESSED_AFTER`: "son,
    John A. Roe").

    >>> t = "The sole shareholder of Acme Corp. is Mr. Roe's wife, Jane Q. Roe"
    >>> listed_persons(t, t.index("Mr."), t.index(" wife"))
    ['Jane Q. Roe']
    """
    listed = text[start:end]
    if listed.endswith(("'s", "’s")):
        after = POSSESSED_AFTER.match(text, end)
        if after is not None:
            listed += after.group()
    return person_names(listed)
