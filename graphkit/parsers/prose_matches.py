"""Which matches of a relationship pattern in a sentence state a current fact.

:func:`find_relationships <graphkit.parsers.prose.find_relationships>` runs every pattern
through :func:`current_matches`: none when the pattern's cue is not in the sentence, and of its
matches only those whose holder is asserted (not denied, supposed or the object of a kinship
phrase) and whose role is not past (:mod:`graphkit.parsers.prose_guards`). Chained patterns
("A, the general partner of B, the general partner of C") are searched so that two matches
may overlap (:func:`chain_matches`).

Examples
--------
>>> from graphkit.parsers.prose_patterns import HOLDER_IS_ROLE_OF
>>> m = HOLDER_IS_ROLE_OF.search("Jane Roe was a director of Acme Corp. until 2001.")
>>> states_fact(m.string, m)
False
"""

from __future__ import annotations

import re
from typing import Iterator

from graphkit.parsers.prose_clause_patterns import (ELECTED_TO_ROLE, OWNED_BY,
                                                    SUBJECT_AND_AS_ROLE_OF,
                                                    SUBJECT_POSITION_AS_ROLE_OF)
from graphkit.parsers.prose_guards import PAST_VERB, agent_of_a_clause, not_asserted, past_role
from graphkit.parsers.prose_holding_patterns import RECORD_HOLDER, record_holders
from graphkit.parsers.prose_owned_patterns import OWNS_PERCENT_OF, owned_by_matches
from graphkit.parsers.prose_patterns import (CONTROLLING_INTEREST, HOLDER_IS_ROLE_OF,
                                             PERCENT_OF_STOCK)


def current_matches(pattern: re.Pattern[str], cue: re.Pattern[str], flat: str, cues: set[int],
             chained: str = "") -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``flat`` that state a current fact (:func:`states_fact`);
    none, without running it, when ``cue`` is not among the ``cues`` found in it
    (:func:`graphkit.parsers.prose_cues._cues_found`).

    ``chained`` names the group of a match where the search for the next one starts, so the
    two may overlap: with "held", in "A, the general partner of B, the general partner of C"
    both links are found; with "holder", in "A, a subsidiary of B, a subsidiary of C".
    """
    if id(cue) not in cues:
        return iter(())
    found = chain_matches(pattern, flat, chained) if chained else \
        record_holders(flat) if pattern is RECORD_HOLDER else \
        owned_by_matches(flat) if pattern is OWNED_BY else pattern.finditer(flat)  # by branch
    return (m for m in found if states_fact(flat, m))


#: Patterns whose holder is the subject of the verb right after it ("X is ...", "X owns ..."):
#: a name there that is the object of a kinship phrase is not the subject
#: (their ids: hashing a compiled pattern hashes its whole program, a quarter of a millisecond
#: for these, at every match)
_SUBJECT_FIRST = frozenset(map(id, (HOLDER_IS_ROLE_OF, RECORD_HOLDER, PERCENT_OF_STOCK,
                                    OWNS_PERCENT_OF, ELECTED_TO_ROLE, SUBJECT_AND_AS_ROLE_OF,
                                    SUBJECT_POSITION_AS_ROLE_OF, CONTROLLING_INTEREST)))


def states_fact(flat: str, m: re.Match[str]) -> bool:
    """False when the match ``m`` in ``flat`` states no current fact: its holder is denied,
    supposed or the object of a kinship phrase, or its role is past
    (:mod:`graphkit.parsers.prose_guards`).

    >>> m = HOLDER_IS_ROLE_OF.search("No Reporting Person is a director of Acme Corp.")
    >>> states_fact(m.string, m)
    False
    """
    groups = m.groupdict()
    subject = id(m.re) in _SUBJECT_FIRST
    for g in ("holder", "holder2"):
        if groups.get(g) and not_asserted(flat, m.start(g), groups[g], subject):
            return False
    if m.re is HOLDER_IS_ROLE_OF and agent_of_a_clause(flat, m.start("holder"), m.end("holder")):
        return False  # "Acme GP LLC, which is owned by Jane Roe, is the general partner of"
    past_verb = PAST_VERB.search(m.group(0)) is not None
    return not past_role(flat, m.start(), m.end(), past_verb)


def chain_matches(pattern: re.Pattern[str], flat: str, group: str, other: str = ""
                  ) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``flat``, each search after the first starting at the
    ``group`` of the match before (its "held1" in an alternative, or the group ``other``
    names when ``group`` is not set), so that two may overlap.

    >>> from graphkit.parsers.prose_patterns import SUBSIDIARY_OF
    >>> t = "Acme Sub Inc. is a subsidiary of Beta Corp., a subsidiary of Gamma Inc."
    >>> [(m["held"], m["holder"]) for m in chain_matches(SUBSIDIARY_OF, t, "holder")]
    [('Acme Sub Inc.', 'Beta Corp.'), ('Beta Corp.', 'Gamma Inc.')]
    """
    pos = 0
    while (m := pattern.search(flat, pos)) is not None:
        yield m
        at = group if m[group] is not None else other or group + "1"  # "held1" of an
        # alternative, or the ``other`` group of one whose names differ
        pos = max(m.start(at), m.start() + 1)
