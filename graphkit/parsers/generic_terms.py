"""Defined terms that are generic words, not names: '(the "Issuer")', '(the "Company")', '(the
"Fund")', '(the "General Partner")', '(the "Reporting Person")'.

A filing binds such a term to one of its parties, and its own sentences mean that party by it
("the Issuer's Common Stock", "The Master Fund - Cayman Islands"): while the filing is read the
term stays bound, an alias of the party in its party book. But the word is no name of the
party: left on the parsed record, it would show every issuer as "Issuer" in a search by alias
and in the exports' alternate names, and it names nothing outside its filing (the resolver
scopes a defined term to its filing). :func:`drop_generic_terms` takes it off the finished
record. A term is
generic when it is only a role word (:data:`~graphkit.parsers.partybook_predecessor.ROLE_TERM`:
"General Partner", "Investment Manager", "GP", "Parent", "Purchaser"), the filer's role
(:data:`~graphkit.parsers.filer_terms.FILER_TERM`: "Reporting Persons"), a party's standing in
the statement (:data:`STANDING_TERM`: "Issuer", "Registrant", "Filer"), or a few organization
words and nothing else (:data:`~graphkit.names.ORGANIZATION_WORDS`: "Company", "Fund",
"Holdings", "Master Fund", "Management Company"). A short form with a word of its own ("Acme",
"Roe Fund", "Fund II"), an acronym ("ACF"), the first word of the party's own name ("Global"
of "Global Widget Network, Inc.") and a person's term (a surname: "Holder") are names, and stay
aliases.

Examples
--------
>>> [generic_term(t) for t in ("Issuer", "the Company", "Reporting Persons", "General Partner")]
[True, True, True, True]
>>> [generic_term(t) for t in ("ACF", "Acme", "Roe Fund", "Fund II")]
[False, False, False, False]

See also
--------
resolvers.resolve.name_key : a defined term's key is scoped to its filing.
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.models import AliasKind, FilingRecord
from graphkit.names import ORGANIZATION_WORDS
from graphkit.parsers.filer_terms import FILER_TERM
from graphkit.parsers.partybook_names import discriminators
from graphkit.parsers.partybook_predecessor import ROLE_TERM

#: A party named by its standing in the statement, not by a name: "Issuer", "the Registrant",
#: "Filers", "Subject Company" (any case: '(the "issuer")')
STANDING_TERM = regex_cache.compile(r"""
    ^(?:the\s+)?(?:issuer|registrant|filers?|subject\s+company)$
""", re.VERBOSE | re.IGNORECASE)

#: What a term may carry around its words, taken off before it is judged: the quotes, the
#: leading "the" and a stray comma of '(the "Fund,")'
_TERM_EDGES = regex_cache.compile(r"""
    ^[\s"'“”‘’]*(?:the\s+)?|[\s"'“”‘’,.;:]+$
""", re.VERBOSE | re.IGNORECASE)

#: The most organization words a generic term holds: "Management Holdings GP" (a longer run of
#: such words is read as a name)
MAX_GENERIC_WORDS = 3


#: A role's or a legal form's acronym, generic although it is written in capitals: "GP",
#: "IM", "MM", '(the "PLC")'
ROLE_ACRONYMS = frozenset({"GP", "GPS", "LP", "LPS", "IM", "MM", "RIA", "PLC", "LLC", "LLP",
                           "INC", "CORP", "LTD"})


def generic_term(term: str, name: str = "", person: bool = False) -> bool:
    """Whether the defined term ``term`` of the party named ``name`` is a generic word rather
    than a name (see the module docstring): the filing may bind it, but it is no alias of its
    party.

    A term is a name, never generic, when its party is a ``person`` (a surname may be any word:
    "Holder", "Bank", "Parent") unless it is the party's standing ("the Reporting Person"), when
    it opens with the first word of the party's own name ("Global" of "Global Widget Network,
    Inc.", "Capital Group" of "Capital Group Partners, LLC"), or when it is one word in capitals
    other than a role's acronym ("AB", "ACF"; not "GP").

    >>> generic_term("issuer"), generic_term("Fund,"), generic_term("Investment Manager")
    (True, True, True)
    >>> generic_term("Acme Manager"), generic_term("Offshore II"), generic_term("ACF")
    (False, False, False)
    >>> generic_term("Global", "Global Widget Network, Inc."), generic_term("GP")
    (False, True)
    >>> generic_term("Holder", "Andrew M. Holder", person=True), generic_term(
    ...     "Reporting Person", "Jane Roe", person=True)
    (False, True)
    """
    bare = _TERM_EDGES.sub("", term)
    if not bare:
        return False
    if STANDING_TERM.match(bare) or FILER_TERM.match(bare):
        return True
    words = bare.lower().replace(".", "").split()
    if person or (name.split() and words[0] == name.split()[0].lower().strip(",.")):
        return False
    if len(words) == 1 and bare.isupper() and len(bare) > 1 and bare not in ROLE_ACRONYMS:
        return False
    if ROLE_TERM.fullmatch(bare):
        return True
    return len(words) <= MAX_GENERIC_WORDS and all(w in ORGANIZATION_WORDS for w in words)


def generic_name(name: str) -> bool:
    """Whether a name read in prose is a generic word that names no party by itself: a
    :func:`generic_term` with no legal form ("the Fund", "General Partner", "Trust"). A name
    with one is a party's, whatever its words ("AG Capital LLC", "Capital Partners, L.P.").

    >>> generic_name("the Fund"), generic_name("General Partner")
    (True, True)
    >>> generic_name("AG Capital LLC"), generic_name("Capital Partners, L.P.")
    (False, False)
    """
    return generic_term(name) and not discriminators(name)["legal"]


def drop_generic_terms(rec: FilingRecord) -> int:
    """Take the generic defined terms (:func:`generic_term`) off the aliases of the parties of
    the parsed record ``rec``; return how many were taken off. A term that is a name ("ACF",
    "Acme") and every other alias stay.

    >>> from graphkit.models import Alias, Party
    >>> acme = Party(id="p1", name="Acme Widgets, Inc.", kind="organization", aliases=[
    ...     Alias(name="Issuer", how="defined_term"), Alias(name="Acme", how="defined_term"),
    ...     Alias(name="ACME WIDGETS INC", how="spelling")])
    >>> rec = FilingRecord(source="x.txt", form="SC 13D", family="schedule_13d", parties=[acme])
    >>> drop_generic_terms(rec), [a.name for a in rec.parties[0].aliases]
    (1, ['Acme', 'ACME WIDGETS INC'])
    """
    dropped = 0
    for party in rec.parties:
        person = party.kind == "person"
        kept = [a for a in party.aliases if a.how is not AliasKind.DEFINED_TERM
                or not generic_term(a.name, party.name, person)]
        dropped += len(party.aliases) - len(kept)
        if len(kept) != len(party.aliases):
            party.aliases = kept
    return dropped
