"""The filer named by its role in the form's words ("the Reporting Person"), not by a name.

Statements and ownership forms call their filers "the Reporting Person(s)" or "the Filing
Person"; such a term is no party of its own. The singular is the one filer of the form: of
several filers it names none of them (the relation it states is not read, never given to a
guess). The plural, and "each Reporting Person", names every filer.

>>> from graphkit.models import Party
>>> roe = Party(id="p1", name="Jane Q. Roe", kind="person")
>>> [p.name for p in filer_parties("such reporting person", [roe])]
['Jane Q. Roe']
>>> names_a_filer_role("Neither Reporting Person"), names_a_filer_role("Acme Fund, L.P.")
(True, False)
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from graphkit import regex_cache
from graphkit.models import Party

#: The filer named by its role on the form, not by its name: "Reporting Person", "the
#: Reporting Persons", "such reporting person", "the Filing Person"; the plural and "each
#: Reporting Person" (group ``every``) name every filer
FILER_TERM = regex_cache.compile(r"""
    ^(?:(?P<every>each|every|all)\s+|(?:the|such|said|that)\s+)?
    (?P<term>(?:Reporting|Filing)\s+Person(?P<plural>s)?)$
""", re.VERBOSE | re.IGNORECASE)

#: "Each" before the role term in the sentence a relationship was read from, which prose
#: drops from the name: "Each Reporting Person is a member of Acme GP, LLC", "each of the
#: Reporting Persons"
EACH_FILER = regex_cache.compile(r"""
    \b(?:each|every)\s+(?:of\s+the\s+)?(?:Reporting|Filing)\s+Persons?\b
""", re.VERBOSE | re.IGNORECASE)

#: The role term anywhere in a name, which makes it no party's name: "No Reporting Person",
#: "Neither Reporting Person", "the Reporting Person's spouse"
FILER_WORDS = regex_cache.compile(r"""
    \b(?:Reporting|Filing)\s+Persons?\b
""", re.VERBOSE | re.IGNORECASE)


def filer_parties(name: str, filers: Sequence[Party]) -> Optional[list[Party]]:
    """The filers a role term names ("the Reporting Person"), or None for any other name.

    The singular is the one filer of the form; of several it is ambiguous and names none
    (never a party called "Reporting Person"). The plural names every filer.

    >>> jane = Party(id="p2", name="Roe Jane", kind="person")
    >>> acme = Party(id="p3", name="Acme Fund, L.P.", kind="organization")
    >>> [p.name for p in filer_parties("the Reporting Person", [jane])]
    ['Roe Jane']
    >>> filer_parties("Reporting Person", [jane, acme]), filer_parties("Acme", [jane])
    ([], None)
    >>> [p.name for p in filer_parties("Reporting Persons", [jane, acme])]
    ['Roe Jane', 'Acme Fund, L.P.']
    >>> [p.name for p in filer_parties("Each Reporting Person", [jane, acme])]
    ['Roe Jane', 'Acme Fund, L.P.']
    """
    m = FILER_TERM.match(name.strip())
    if m is None:
        return None
    if m["plural"] or m["every"] or len(filers) == 1:
        return list(filers)
    return []


def names_a_filer_role(name: str) -> bool:
    """Whether ``name`` speaks of the filers by their role ("No Reporting Person"): never a
    new party's name.

    >>> names_a_filer_role("the Filing Persons"), names_a_filer_role("Acme Reporting Corp")
    (True, False)
    """
    return FILER_WORDS.search(name) is not None
