"""Trustees named in a sentence of their own: "The two co-trustees are Mr. Roe's son, John A.
Roe, and Mr. Roe's daughter, Mary R. Roe."

Such a sentence names the trustees by their role alone; it says which trust they hold only
when it names the trust ("The co-trustees of the Roe Trust are ...") or follows right after a
sentence naming the (co-)trustees of one trust: "Mr. Roe shares voting and investment powers
as to 500 shares with two co-trustees of The Roe Family Foundation. The two co-trustees are
...". After a sentence naming two trusts, or none, it stays unread: a missing edge is better
than a wrong one. A kinship phrase or a title before a name ("Mr. Roe's son, ", "Acme
Corp.'s President, ") is no part of the name.

Examples
--------
>>> before = "Mr. Roe shares voting power with two co-trustees of The Roe Family Foundation."
>>> m = CO_TRUSTEES_ARE.search("The two co-trustees are Mr. Roe's son, John A. Roe, and "
...                            "Mr. Roe's daughter, Mary R. Roe.")
>>> named_co_trustees(m, before)
[('John A. Roe', 'Roe Family Foundation'), ('Mary R. Roe', 'Roe Family Foundation')]
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_lists import split_listed, trim_name
from graphkit.parsers.prose_openings import SENTENCE_ADVERB
from graphkit.parsers.prose_patterns import _NAME, THE_NAMES
from graphkit.parsers.prose_possessives import (  # noqa: F401  (KIN_BEFORE re-exported)
    _POSSESSIVE_BEFORE, KIN_BEFORE, person_names)

_F = re.VERBOSE

#: A sentence adverb before the trustees' sentence proper: "In addition, ", "Currently, ",
#: "Also ", "At present, " (of "In addition, the two co-trustees are ..."): the adverbs that
#: open any sentence (:data:`~graphkit.parsers.prose_openings.SENTENCE_ADVERB`) and two phrases
OPENING_ADVERB = rf"""(?:(?:In\s+addition|At\s+present|{SENTENCE_ADVERB})\s*,?\s+)"""

#: "The two co-trustees are Mr. Roe's son, John A. Roe, and Mr. Roe's daughter, Mary R. Roe";
#: "The other trustees are Jane Q. Roe and John A. Doe"; "The co-trustees of the Roe Trust are
#: Jane Q. Roe and John A. Doe"; "Its other trustee is Jane Q. Roe": the sentence opens with the
#: trustees (group ``held``: the trust, when named) and ends with their names, each maybe after
#: a kinship phrase or a possessor's title ("Acme Corp.'s President, John A. Doe": see
#: :mod:`graphkit.parsers.prose_possessives`); nothing else follows ("The co-trustees are
#: students", "The trustees are Jane Q. Roe and John A. Doe, who ..." are not read), but an
#: adverb may open it (:data:`OPENING_ADVERB`: "In addition, the two co-trustees are ...").
CO_TRUSTEES_ARE = regex_cache.compile(rf"""
    ^\s*{OPENING_ADVERB}?(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+
    (?:(?:two|three|four|five|other|remaining)\s+){{0,2}}(?P<role>(?:[Cc]o-)?[Tt]rustees?)
    (?:\s+(?:of|for)\s+(?:the\s+)?(?P<held>{_NAME}))?\s*,?\s+(?:are|is)\s+
    (?P<holder>{_POSSESSIVE_BEFORE}?{_NAME}
      (?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_POSSESSIVE_BEFORE}?{_NAME})*)\s*\.?\s*$
""", _F)
#: Cue of :data:`CO_TRUSTEES_ARE`: "The two co-trustees are ", "The trustees of ", "Also, the
#: trustees "
CO_TRUSTEES_ARE_CUE = regex_cache.compile(rf"""
    ^\s*{OPENING_ADVERB}?(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+
    (?:[a-z]+\s+){{0,2}}(?:[Cc]o-)?[Tt]rustees?\s
""", _F)

#: The trust of the (co-)trustees a sentence names: "The Roe Family Foundation" of "... with
#: two co-trustees of The Roe Family Foundation", "Roe Trust" of "Mr. Roe is a trustee of the
#: Roe Trust", "Roe Trust and Doe Trust" of "... trustee of the Roe Trust and the Doe Trust"
#: (group ``held``: a list, of two trusts)
TRUSTEES_OF = regex_cache.compile(rf"""
    (?<![A-Za-z])[Tt]rustees?\s+(?:of|for)\s+(?:the\s+)?(?P<held>{THE_NAMES})
""", _F)

#: A further trust after the one :data:`TRUSTEES_OF` reads: " and of the Doe Trust" of "Mr. Roe
#: is a trustee of the Roe Trust and of the Doe Trust", ", and of the Doe Foundation" after ",
#: which owns 500,000 Shares" (not " and a director of Acme Corp.": no "of" right after "and")
FURTHER_TRUST = regex_cache.compile(r"""
    ,?\s+and\s+of\s+(?:the\s+)?[A-Z]
""", _F)


def named_co_trustees(m: re.Match[str], before: str) -> list[tuple[str, str]]:
    """The (trustee, trust) pairs of the :data:`CO_TRUSTEES_ARE` match ``m``: its trust when it
    names one, else the one trust whose (co-)trustees ``before`` (the sentence right before it,
    or "") names (:data:`TRUSTEES_OF`); none when there is no trust or more than one.

    >>> m = CO_TRUSTEES_ARE.search("The other trustees are Jane Q. Roe and John A. Doe.")
    >>> named_co_trustees(m, "Mr. Roe is a trustee of the Roe Trust and the Doe Trust.")
    []
    >>> named_co_trustees(m, "Mr. Roe is a trustee of the Roe Trust.")
    [('Jane Q. Roe', 'Roe Trust'), ('John A. Doe', 'Roe Trust')]
    >>> named_co_trustees(m, "Mr. Roe is a trustee of the Roe Trust. Mr. Doe is a trustee of "
    ...                      "the Doe Trust.")
    []
    >>> named_co_trustees(m, "Mr. Roe is a trustee of the Roe Trust and of the Doe Trust.")
    []
    >>> m = CO_TRUSTEES_ARE.search("The co-trustees of the Roe Trust are his son, John A. Roe, "
    ...                            "and Jane Q. Doe.")
    >>> named_co_trustees(m, "")
    [('John A. Roe', 'Roe Trust'), ('Jane Q. Doe', 'Roe Trust')]
    """
    if m["held"]:
        trusts = {trim_name(m["held"])}
    else:
        found = list(TRUSTEES_OF.finditer(before))
        trusts = {trim_name(t) for f in found for t in split_listed(f["held"])}
        if found and FURTHER_TRUST.search(before, found[-1].end()):
            return []  # "... trustee of the Roe Trust and of the Doe Trust": two trusts
    if len(trusts) != 1:
        return []
    trust = trusts.pop()
    if trust.endswith(("'s", "’s")):
        return []  # "a trustee of Acme Corp.'s pension plan": not the trust's name
    return [(trim_name(h), trust) for h in person_names(m["holder"])]
