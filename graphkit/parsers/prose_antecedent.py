"""The party an "Its" opening a sentence stands for: the one its previous sentence introduced.

Item 2 of a Schedule 13D often describes each reporting person in two sentences: the first
names it with an appositive, the second says what it does through "Its":

    (2) AIMCO-GP, Inc., a Delaware corporation, with principal office at ... Its principal
    business is to act as the sole general partner of AIMCO Properties and AIMCO.

:func:`antecedent_name` finds that name, and only when the previous sentence opens with it
(after a list marker such as "(2)") followed by ", a/an ...": a sentence about anything else
gives no antecedent, so a stray "Its" is never bound to a guess.

Examples
--------
>>> text = "(2) Acme GP, Inc., a Delaware corporation. Its principal business is to act..."
>>> antecedent_name(text, text.index("Its"))
'Acme GP, Inc.'
>>> text = "The Fund bought 10 shares. Its principal business is investing."
>>> antecedent_name(text, text.index("Its")) is None
True
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.parsers.prose_patterns import NAME
from graphkit.parsers.prose_sentences import flat_sentence, sentence_spans

#: How far back the previous sentence is looked for (characters): an Item 2 paragraph
LOOK_BACK = 1500

#: The opening of a sentence that introduces a party by an appositive: an optional list marker
#: ("(2)", "(b)", "2.", "B."), the name, then ", a" or ", an": "(2) Acme GP, Inc., a Delaware
#: corporation, with principal office at ..."
INTRODUCES = regex_cache.compile(rf"""
    ^(?:\(?(?:[0-9]{{1,2}}|[a-zA-Z]|[ivx]{{1,4}})[.)]\s+)?
    (?P<name>{NAME}),\s+(?:a|an)\s+(?=[A-Za-z])
""", re.VERBOSE)


def antecedent_name(text: str, pos: int) -> Optional[str]:
    """The name the sentence before ``pos`` (where a sentence opening with "Its" starts) opens
    with, when it introduces that party by an appositive (:data:`INTRODUCES`); else None.

    >>> t = "Roe Holdings LLC, a Delaware limited liability company. Its sole business is X."
    >>> antecedent_name(t, t.index("Its"))
    'Roe Holdings LLC'
    """
    before = previous_sentence(text, pos)
    m = INTRODUCES.match(flat_sentence(text, *before).lstrip()) if before else None
    return m["name"].rstrip(",") if m else None


def previous_sentence(text: str, pos: int) -> Optional[tuple[int, int]]:
    """The span of the sentence before ``pos`` (where a sentence starts), or None when there is
    none or it may begin before the :data:`LOOK_BACK` looked at.

    >>> t = "The shares are held by Acme Fund LP. Acme GP LLC is its general partner."
    >>> t[slice(*previous_sentence(t, t.index("Acme GP")))].strip()
    'The shares are held by Acme Fund LP.'
    """
    begin = max(0, pos - LOOK_BACK)
    spans = sentence_spans(text, begin, pos)
    while spans and not text[spans[-1][0]:spans[-1][1]].strip():
        spans.pop()
    if not spans or 0 < begin == spans[-1][0]:
        return None  # no sentence before, or one that may begin before the stretch looked at
    return spans[-1]
