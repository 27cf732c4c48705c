"""The holders listed before the last one of a plural role clause: "A and B, who are the trustees
of C", "A and B, in their capacities as ..." (the words that make the clause plural are
:data:`~graphkit.parsers.prose_roles.PLURAL_HOLDERS`).

The clause's pattern reads its last holder only; :func:`holders_before` finds the names listed
before it. A list is read only from where a list of holders may start: the sentence's start,
after ";", ":" or "(", after a verb or a preposition that opens a list of parties ("held by",
"purchased from", "are"), or after a role stated of a party ("is the investment manager of A
and B, which are ..."). Never from inside an appositive: in "Jane Q. Roe, the wife of John Doe,
and Richard Roe, who are the trustees of ..." John Doe holds nothing; the appositive is skipped
and Jane Q. Roe is read. When unsure, nothing is read: a missed holder is better than a wrong
one.

Examples
--------
>>> text = "Jane Q. Roe, the wife of John Doe, and Richard Roe, who are the trustees of the Trust"
>>> holders_before(text, text.index("Richard"))
['Jane Q. Roe']
>>> text = "Jane Q. Roe is the sister of John Doe and Richard Roe, who are the trustees of the Trust"
>>> holders_before(text, text.index("Richard"))
[]
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_clause_patterns import _NOT_A_HOLDER
from graphkit.parsers.prose_lists import split_names
from graphkit.parsers.prose_openings import OPENING_PHRASE  # noqa: F401  (re-exported)
from graphkit.parsers.prose_patterns import _LEGAL, _NAME, ROLES

_F = re.VERBOSE

#: An appositive after a listed holder, skipped: ", the wife of John Doe", ", a citizen of
#: Canada", ", a Delaware limited partnership" (an article, then a word in lower case that no
#: name holds; it ends at a comma, or where the list ends). Not ", the Roe Family Trust": a
#: name listed.
_HOLDER_APPOSITIVE = r"""\s*,\s+(?:the|a|an|his|her|its|their)\s+
    (?=[^,;:()"“”]{0,80}?(?<![A-Za-z])(?!(?:of|and|for|the|de|du|la|van|von)\b)[a-z])
    [A-Za-z][^,;:()"“”]{0,80}?(?=\s*,|$)"""
#: The names listed before the last holder, searched back from it (it ends there): "John A. Doe
#: and " of "John A. Doe and Jane Q. Roe, in their capacities as"; "Jane Q. Roe, the wife of
#: John Doe, and " of "..., and Richard Roe, who are" (the appositive is read with the name);
#: not a sentence's adverb: "Accordingly, " is none
HOLDERS_BEFORE = regex_cache.compile(rf"""
    (?<![A-Za-z0-9.'\-])(?!{_NOT_A_HOLDER})(?P<names>{_NAME}(?:{_HOLDER_APPOSITIVE})?
      (?:\s*,\s*(?!{_LEGAL}){_NAME}(?:{_HOLDER_APPOSITIVE})?)*)\s*,?\s+and\s+$
""", _F)
#: :data:`_HOLDER_APPOSITIVE` alone, to drop it from the names read
HOLDER_APPOSITIVE = regex_cache.compile(_HOLDER_APPOSITIVE, _F)

#: What may stand right before a list of holders (searched at its start): the sentence's start
#: (or its item mark "(a)"), ";", ":", "(", the comma after an opening phrase ("In addition, ",
#: "On June 1, 2001, "), a verb or preposition that opens a list of parties
#: ("held by", "purchased from", "The Reporting Persons are", "between", "by virtue of", "with
#: respect to"), or a role of a party
#: stated by a verb ("Acme Capital LLC is the investment manager of "). Not "the wife of ", "a
#: citizen of ", "to ", "in ": a name there is no holder.
LIST_OPENS_AFTER = regex_cache.compile(rf"""
    (?:^\s*(?:\((?:[a-z]|[0-9]{{1,2}}|[ivx]{{1,4}})\)\s*)?|[;:(]\s*|(?<=[a-z0-9]),\s+
      |(?<![A-Za-z])(?:by|from|are|were|is|was|and|include|includes|including|between|among
        |namely|(?:virtue|reason|each|both)\s+of|(?:respect|regard|reference)\s+to|as\s+to)\s+
      |(?<![A-Za-z])(?:is|are|was|were|serves\s+as|serve\s+as|acts\s+as|act\s+as)\s+
        (?:the\s+|its\s+|an?\s+)?{ROLES}\s+(?:of|to|for)\s+(?:the\s+)?)$
""", _F)


def holders_before(flat: str, end: int) -> list[str]:
    """The holders listed before the last one, which starts at ``end`` of ``flat`` (a sentence
    on one line); none when the list does not start where a list of holders may
    (:data:`LIST_OPENS_AFTER`).

    >>> text = "The Shares are held by Acme Fund LP and by Jane Roe and John Doe, who are ..."
    >>> holders_before(text, text.index("John"))
    ['Jane Roe']
    >>> text = "Acme Fund LP, a Delaware limited partnership, and Beta Fund LP, which are ..."
    >>> holders_before(text, text.index("Beta"))
    ['Acme Fund LP']
    >>> text = "Jane Roe, a citizen of Canada, and John Doe, who are the managing members of X"
    >>> holders_before(text, text.index("John"))
    ['Jane Roe']
    >>> text = "Pursuant to the Agreement, John Doe and Jane Roe, who are the managing members of X"
    >>> holders_before(text, text.index("Jane"))
    ['John Doe']
    """
    before = HOLDERS_BEFORE.search(flat, max(0, end - 200), end)
    if before is None:
        return []
    start = before.start()
    opening = OPENING_PHRASE.match(flat) if start < 80 else None
    if opening is not None and start < opening.end() < end:
        # "Pursuant to the Agreement, John Doe and", "Through Acme Holdings LLC, John Doe and",
        # "Finally, Acme GP LLC and": the list starts after the opening phrase
        before = HOLDERS_BEFORE.match(flat, opening.end(), end)
        if before is None:
            return []
    elif LIST_OPENS_AFTER.search(flat, max(0, start - 160), start) is None:
        return []  # "the sister of John Doe, and ...": John Doe is no holder
    return split_names(HOLDER_APPOSITIVE.sub("", before["names"]))
