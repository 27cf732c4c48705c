"""Which name a defined term is: the name it abbreviates when two names stand before it.

A definition reads the name right before it: 'Acme Management, L.L.C. ("AM")'. When a
descriptor ending in another name stands between the name and its term, the term may be
either's: 'Acme Bank, a subsidiary of Acme Holdings Inc. ("Holdings")' defines the parent,
'Roe Capital LLC, the general partner of Acme Fund LP ("Roe Capital")' the general partner.
The term goes to the name it abbreviates (:func:`abbreviates`).

Examples
--------
>>> flat = 'Roe Capital LLC, the general partner of Acme Fund LP ("Roe Capital")'
>>> holder_of_role_before(flat, flat.index("Acme"), "Roe Capital", "Acme Fund LP")
'Roe Capital LLC'
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.organization_words import ORGANIZATION_WORDS
from graphkit.parsers.prose_lists import entity_kind, trim_name
from graphkit.parsers.prose_name_patterns import giving_back
from graphkit.parsers.prose_patterns import _LEGAL, _WORD
from graphkit.parsers.prose_role_patterns import ROLE
from graphkit.parsers.prose_sentences import one_line
from graphkit.parsers.prose_term_patterns import (
    RELATED_NAME_TAIL, RELATIVE_OF_TAIL, THE_ROLE_BEFORE_NAME)

#: A word of a name or term, letters and digits: "Acme", "II", "2006" in "Acme II 2006 Trust"
ALNUM_WORD = regex_cache.compile(r"""[A-Za-z0-9]+""", re.VERBOSE)

#: The name of a role's holder, right before the role: "Acme Bank, N.A., as " (a comma and a
#: dotted abbreviation or legal form go on with the name), "Jane Q. Roe, the " (searched back
#: from the role: it ends there). Its words give letters back
#: (:func:`~graphkit.parsers.prose_name_patterns.giving_back`): "as" or "the" may follow a word
#: with no space between.
HOLDER_BEFORE_ROLE = regex_cache.compile(giving_back(rf"""
    (?<![A-Za-z0-9.'\-])(?P<holder>[A-Z][A-Za-z0-9.'\-]*
      (?:(?:\s+|,\s*(?=[A-Z][A-Za-z]?\.|{_LEGAL}))(?:{_WORD}))*)
    \s*,?\s*(?:(?:as|the|its|a|an)\s+)*$
"""), re.VERBOSE)

#: The verb a descriptor relates a name "by", right before the name, its stem apart from "ed"
#: or "d": "advis" of "a Cayman fund advised by ", "manag" of "managed by the " (searched back
#: from the name: it ends there). A term that is the verb's role ("Adviser", "Manager") names
#: the one it is done by.
VERB_BY_BEFORE_NAME = regex_cache.compile(r"""
    (?<![A-Za-z\-])(?P<stem>[a-z]{3,}?)e?d\s+by\s+(?:the\s+)?$
""", re.VERBOSE)

#: A term that names a role, not the entity: the role vocabulary's "General Partner",
#: "Investment Manager", "Trustee", plus "Parent" and "GP" (a general partner's initials). Such
#: a term after a descriptor relating another name by/of/to/for is that name's: 'Acme Fund L.P.
#: a limited partnership managed by Roe LLC (the "General Partner")' defines Roe LLC.
ROLE_TERM_WORDS = regex_cache.compile(rf"""
    (?:{ROLE}|(?i:(?:the\s+)?(?:parent|gp)))
""", re.VERBOSE)

#: The word relating the name a descriptor ends in, right before the name: "by " of "managed by
#: the ", "of " of "a subsidiary of " (searched back from the name: it ends there)
RELATED_PREPOSITION = regex_cache.compile(r"""
    (?<![A-Za-z])(?:by|of|to|for)\s+(?:the\s+)?$
""", re.VERBOSE)


def is_role_of_related(term: str, head: str) -> bool:
    """True when ``term`` is a role the descriptor ``head`` gives the name that follows it
    (by/of/to/for), not one it states of the first name: "General Partner" after "managed by ",
    "Parent" after "controlled by ", but not "Manager" after "the manager of ".

    >>> is_role_of_related("General Partner", "a limited partnership managed by ")
    True
    >>> is_role_of_related("Parent", "a Cayman company controlled by ")
    True
    >>> is_role_of_related("Manager", "a Delaware LLC and the manager of ")
    False
    >>> is_role_of_related("Partnership", "a limited partnership managed by ")
    False
    """
    prep = RELATED_PREPOSITION.search(head)
    if prep is None or not ROLE_TERM_WORDS.fullmatch(term.strip()):
        return False
    head_words = set(ALNUM_WORD.findall(head.lower()))
    return not set(ALNUM_WORD.findall(term.lower())) <= head_words


def names_verb_role(term: str, head: str) -> bool:
    """True when ``term`` is the role of the verb ``head`` ends in: "Adviser" after "advised
    by ", "Investment Manager" after "managed by the ".

    >>> names_verb_role("Adviser", "a Cayman fund advised by ")
    True
    >>> names_verb_role("Partnership", "a limited partnership managed by ")
    False

    An entity's noun that is the verb's stem names the entity, no role: "Fund" after "funded
    by " (but "Sponsor" after "sponsored by " is the role).

    >>> names_verb_role("Fund", "a trust funded by "), names_verb_role("Sponsor", "sponsored by ")
    (False, True)
    """
    verb = VERB_BY_BEFORE_NAME.search(head)
    words = ALNUM_WORD.findall(term.lower())
    if verb is None or not words or not words[-1].startswith(verb["stem"]):
        return False
    return words[-1] != verb["stem"] or words[-1] not in ORGANIZATION_WORDS  # "Fund": an entity


def abbreviates(term: str, name: str) -> bool:
    """True when ``term`` reads as a short form of ``name``: a word of it, or its initials.

    >>> abbreviates("Holdings", "Acme Holdings Inc."), abbreviates("AHI", "Acme Holdings Inc.")
    (True, True)
    >>> abbreviates("Acme Tier II", "Acme Parent")
    False
    """
    words = ALNUM_WORD.findall(name.lower())
    t = term.lower()
    initials = "".join(w[0] for w in words)
    return (all(w in words for w in ALNUM_WORD.findall(t))
            or (len(t) > 1 and t.isalnum() and initials.startswith(t)))


def owner_of_term(term: str, name: str, descriptor: Optional[str]) -> str:
    """The name a term defines when a descriptor ending in another name stands between them.

    'Acme Bank, a subsidiary of Acme Holdings Inc. ("Holdings")' defines Acme Holdings Inc.;
    'Acme Tier II Corp., a wholly-owned subsidiary of Acme Parent ("Acme Tier II")' defines
    Acme Tier II Corp.: the term goes to the name it abbreviates.

    >>> owner_of_term("Holdings", "Acme Bank", ", a subsidiary of Acme Holdings Inc. ")
    'Acme Holdings Inc.'
    >>> owner_of_term("Acme Tier II", "Acme Tier II Corp.", ", a subsidiary of Acme Parent ")
    'Acme Tier II Corp.'

    So of a name the descriptor relates by another word: 'Roe Fund Ltd., a fund managed by
    Doe Advisors LLC ("Doe")' defines Doe Advisors LLC. A descriptor opened without a comma
    (after a legal form's stop) that ends in another entity's name leaves the term to that
    nearest name when it abbreviates that name or is the role its verb names ('Roe Fund Ltd. a
    Cayman fund advised by Doe Capital LLC (the "Adviser")'); any other term stays the first
    name's ('Acme Fund L.P. a Delaware limited partnership managed by Roe LLC (the
    "Partnership")').

    >>> owner_of_term("Doe", "Roe Fund Ltd.", ", a fund managed by Doe Advisors LLC ")
    'Doe Advisors LLC'
    >>> owner_of_term("Adviser", "Roe Fund Ltd.", " a Cayman fund advised by Doe Capital LLC ")
    'Doe Capital LLC'
    >>> owner_of_term("Roe", "Roe Fund Ltd.", " a Cayman fund advised by Doe Capital LLC ")
    'Roe Fund Ltd.'
    >>> owner_of_term("Partnership", "Acme Fund L.P.", " a limited partnership managed by Roe LLC ")
    'Acme Fund L.P.'

    A role term ("General Partner", "Parent") is the related name's:

    >>> owner_of_term("General Partner", "Acme Fund L.P.", " a partnership managed by Roe LLC ")
    'Roe LLC'
    """
    if not descriptor:
        return name
    flat = one_line(descriptor)
    related = RELATED_NAME_TAIL.search(flat)
    other = trim_name(related["name"]) if related is not None else ""
    if other and not descriptor.startswith(",") and entity_kind(other) is not None:
        head = flat[:related.start("name")]
        if (abbreviates(term, other) or names_verb_role(term, head)
                or is_role_of_related(term, head)):
            return other  # no comma: the descriptor may have run over the term's own name
    elif other and abbreviates(term, other) and not abbreviates(term, name):
        return other  # 'Roe Fund Ltd., a fund managed by Doe Advisors LLC ("Doe")'
    tail = RELATIVE_OF_TAIL.search(one_line(descriptor))
    if tail is None:
        return name
    other = trim_name(tail["name"])
    if other and abbreviates(term, other) and not abbreviates(term, name):
        return other
    return name


def holder_of_role_before(flat: str, at: int, term: str, name: str) -> str:
    """The name before a lower-case role of ``name`` (", the general partner of ") when the
    term abbreviates it and not ``name``, which the definition read at ``at``; else ``name``.

    >>> flat = 'Acme Fund LP, the owner of Roe Capital LLC ("Acme")'
    >>> holder_of_role_before(flat, flat.index("Roe"), "Acme", "Roe Capital LLC")
    'Acme Fund LP'

    A term that abbreviates ``name``, or not the holder, stays ``name``'s:

    >>> flat = 'Acme Bank, the sole member of Acme Holdings Inc. ("Holdings")'
    >>> holder_of_role_before(flat, flat.index("Acme Hold"), "Holdings", "Acme Holdings Inc.")
    'Acme Holdings Inc.'
    >>> flat = 'Roe Capital LLC, the general partner of Acme Fund LP ("Fund")'
    >>> holder_of_role_before(flat, flat.index("Acme"), "Fund", "Acme Fund LP")
    'Acme Fund LP'
    """
    if abbreviates(term, name):
        return name
    role = THE_ROLE_BEFORE_NAME.search(flat, max(0, at - 80), at)
    if role is None:
        return name
    m = HOLDER_BEFORE_ROLE.search(flat, max(0, role.start() - 160), role.start("role"))
    holder = trim_name(m["holder"]) if m is not None else ""
    return holder if holder and abbreviates(term, holder) else name
