"""Which relationship cues a sentence of filing prose holds, found for all sentences at once.

Every pattern :func:`graphkit.parsers.prose.find_relationships` runs has a cue (see
:mod:`graphkit.parsers.prose_patterns`): a short pattern every match holds. :func:`_cues_found`
tells, for each sentence, which cues it holds, so that a pattern is run only where its cue is. A
cue is searched for only where the strings it needs are: a role word, one before "of" for a role
of a party, the words of :data:`ALL_CUE_LITERALS`. Each test is a necessary condition, so
skipping on one never changes what is found.

Examples
--------
>>> found = _cues_found(["Acme GP is the general partner of Acme Fund", "is a Delaware LLC"])
>>> id(HOLDER_IS_ROLE_OF_CUE) in found[0], found[1]
(True, set())
"""

from __future__ import annotations

import re

from graphkit.parsers.prose_clause_patterns import (
    ADVISED_BY_CUE, CLAUSE_CUE_LITERALS, CONTROL_ASIDE_CUE, ELECTED_TO_ROLE_CUE,
    HOLDER_TITLE_OF_CUE, MANAGED_UNDER_AGREEMENT_CUE, OWNED_BY_CUE, OWNS_PERCENT_OF_CUE,
    CONTROLLED_BY_CUE, CONTROLS_CUE, POWER_OVER_HELD_CUE, POWER_UNDER_AGREEMENT_WITH_CUE, RELATIONSHIP_DEEMED_OWNER_CUE,
    SHARES_WITH_CO_TRUSTEES_CUE, SUBJECT_AND_AS_ROLE_OF_CUE, SUBJECT_IS_A_AND_ROLE_OF_CUE,
    SUBJECT_POSITION_AS_ROLE_OF_CUE, SUBJECT_SUBSIDIARY_NAMED_CUE, TRUST_NAMED_WITH_TRUSTEE_CUE)
from graphkit.parsers.prose_co_trustees import CO_TRUSTEES_ARE_CUE
from graphkit.parsers.prose_services_patterns import PROVIDES_SERVICES_TO_CUE
from graphkit.parsers.prose_holding_patterns import HOLDING_CUE_LITERALS, RECORD_HOLDER_CUE
from graphkit.parsers.prose_patterns import (
    AND_SUBSIDIARY_OF_CUE, CONTROLLING_INTEREST_CUE, CUE_LITERALS, EACH_AS_ROLE_OF_CUE,
    EACH_OF_WHICH_SUBSIDIARY_OF_CUE, FOLLOWING_ARE_ROLE_OF_CUE, HOLDER_AS_ROLE_OF_CUE,
    HOLDER_IS_ROLE_OF_CUE, HOLDER_THE_ROLE_OF_CUE, LISTED_SUBSIDIARIES_OF_CUE,
    OF_WHICH_HOLDER_IS_CUE, PERCENT_OF_STOCK_CUE,
    POSITION_AS_ROLE_OF_CUE, POSSESSIVE_ROLE_CUE, PRINCIPAL_BUSINESS_ROLE_CUE, ROLE_OF_HELD_IS_CUE,
    ROLE_OF_HELD_TITLED_CUE, ROLE_OF_TAIL, ROLE_WORDS, SUBSIDIARY_OF_CUE, WHICH_IS_ROLE_OF_CUE,
    WHOSE_ROLE_IS_CUE)

#: The strings one of which each cue's matches hold, of every pattern module
ALL_CUE_LITERALS = {**CUE_LITERALS, **CLAUSE_CUE_LITERALS, **HOLDING_CUE_LITERALS}

#: What the pattern of a cue reads of a role, and so needs in the sentence: nothing; a role (one
#: of :data:`ROLE_WORDS`); or a role "of" a party (a role word before :data:`ROLE_OF_TAIL`).
_ANY, _ROLE, _ROLE_OF = 0, 1, 2

#: The cues of the patterns :func:`graphkit.parsers.prose.find_relationships` runs, in the order
#: :func:`_cues_found` tries them, each with the strings one of which it needs in the
#: sentence (:data:`CUE_LITERALS`; None: no test) and what its pattern reads of a role.
_CUES: tuple[tuple[int, re.Pattern[str], tuple[str, ...] | None, int], ...] = tuple(
    (id(cue), cue, ALL_CUE_LITERALS.get(cue), role) for cue, role in (
        (HOLDER_IS_ROLE_OF_CUE, _ROLE_OF), (EACH_AS_ROLE_OF_CUE, _ROLE_OF),
        (HOLDER_AS_ROLE_OF_CUE, _ROLE_OF), (WHICH_IS_ROLE_OF_CUE, _ROLE_OF),
        (HOLDER_THE_ROLE_OF_CUE, _ROLE_OF), (POSITION_AS_ROLE_OF_CUE, _ROLE_OF),
        (SUBJECT_AND_AS_ROLE_OF_CUE, _ROLE_OF), (SUBJECT_POSITION_AS_ROLE_OF_CUE, _ROLE_OF),
        (HOLDER_TITLE_OF_CUE, _ROLE_OF), (SUBJECT_IS_A_AND_ROLE_OF_CUE, _ROLE_OF),
        (ELECTED_TO_ROLE_CUE, _ROLE_OF), (SUBJECT_SUBSIDIARY_NAMED_CUE, _ANY),
        (ROLE_OF_HELD_IS_CUE, _ROLE_OF), (OF_WHICH_HOLDER_IS_CUE, _ROLE),
        (WHOSE_ROLE_IS_CUE, _ROLE), (ROLE_OF_HELD_TITLED_CUE, _ROLE_OF),
        (POSSESSIVE_ROLE_CUE, _ROLE), (SUBSIDIARY_OF_CUE, _ANY), (AND_SUBSIDIARY_OF_CUE, _ANY),
        (EACH_OF_WHICH_SUBSIDIARY_OF_CUE, _ANY), (LISTED_SUBSIDIARIES_OF_CUE, _ANY),
        (PRINCIPAL_BUSINESS_ROLE_CUE, _ROLE_OF), (CONTROLLING_INTEREST_CUE, _ANY),
        (PERCENT_OF_STOCK_CUE, _ANY), (OWNS_PERCENT_OF_CUE, _ANY),
        (FOLLOWING_ARE_ROLE_OF_CUE, _ROLE_OF),
        (RELATIONSHIP_DEEMED_OWNER_CUE, _ANY), (SHARES_WITH_CO_TRUSTEES_CUE, _ROLE),
        (CONTROL_ASIDE_CUE, _ANY), (CO_TRUSTEES_ARE_CUE, _ROLE),
        (ADVISED_BY_CUE, _ANY), (TRUST_NAMED_WITH_TRUSTEE_CUE, _ROLE), (OWNED_BY_CUE, _ANY),
        (RECORD_HOLDER_CUE, _ANY), (MANAGED_UNDER_AGREEMENT_CUE, _ANY),
        (POWER_UNDER_AGREEMENT_WITH_CUE, _ANY), (POWER_OVER_HELD_CUE, _ANY),
        (CONTROLS_CUE, _ANY), (CONTROLLED_BY_CUE, _ANY), (PROVIDES_SERVICES_TO_CUE, _ANY)))

#: Characters that ignore-case matching takes for an ASCII letter ("ſ" for "s", the Kelvin
#: sign for "k", dotted and dotless i): where one occurs, a role word may not show lower-cased.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _cues_found(flats: list[str]) -> list[set[int]]:
    """For each sentence of ``flats``, the ids of the cues of :data:`_CUES` found in it.

    A cue is searched for only in the sentences holding one of its strings and, for a pattern
    that reads a role, one of :data:`ROLE_WORDS`: these are necessary for a match, so the sets
    are the same as searching every cue in every sentence. Most sentences holding a relation
    word hold no cue, and each test runs over all sentences at once. A sentence read twice (the
    same boilerplate on each cover page) is searched once: its set is shared, not to be changed.

    >>> found = _cues_found(["Acme GP is the general partner of Acme Fund",
    ...                      "Acme GP may be deemed to beneficially own the shares"])
    >>> found[0] == {id(HOLDER_IS_ROLE_OF_CUE), id(ROLE_OF_HELD_IS_CUE)}, found[1]
    (True, set())
    """
    unique = list(dict.fromkeys(flats))
    if len(unique) < len(flats):
        of = dict(zip(unique, _cues_found(unique)))
        return [of[f] for f in flats]
    every = range(len(flats))
    with_role = (every, *_with_role_word(flats))  # by what the pattern needs: _ANY, ...
    found: list[set[int]] = [set() for _ in every]
    searched: set[tuple[int, int]] = set()
    for key, cue, literals, needs in _CUES:
        if (key, needs) in searched:
            continue  # a cue of two patterns ("subsidiary of")
        searched.add((key, needs))
        todo = with_role[needs]
        if literals is not None:
            todo = [i for i in todo if _holds_any(flats[i], literals)]
        search = cue.search
        for i in todo:
            if search(flats[i]) is not None:
                found[i].add(key)
    return found


def _holds_any(flat: str, literals: tuple[str, ...]) -> bool:
    """True when ``flat`` holds one of ``literals``."""
    for word in literals:
        if word in flat:
            return True
    return False


def _with_role_word(flats: list[str]) -> tuple[list[int], list[int]]:
    """Where in ``flats`` the sentences holding one of :data:`ROLE_WORDS` are (any case), and
    those where one is followed by :data:`ROLE_OF_TAIL` (a role "of" a party).

    A sentence holding a character that ignore-case matching takes for an ASCII letter ("ſ"
    for "s") is always among both: lower-casing does not show what the patterns would read.

    >>> _with_role_word(["the General Partner of X", "owns 10 shares", "sole owner"])
    ([0, 2], [0])
    """
    role: list[int] = []
    role_of: list[int] = []
    tail = ROLE_OF_TAIL.match
    for i, flat in enumerate(flats):
        if flat.isascii() or not any(c in flat for c in _FOLDS_TO_ASCII):
            low = flat.lower()
            has = of = False
            for word in ROLE_WORDS:
                at = low.find(word)
                while at != -1:
                    has = True
                    if tail(low, at + len(word)):
                        of = True
                        break
                    at = low.find(word, at + 1)
                if of:
                    break
            if has:
                role.append(i)
            if of:
                role_of.append(i)
        else:
            role.append(i)
            role_of.append(i)
    return role, role_of
