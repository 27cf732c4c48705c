"""What a filing says of a person's sex, so a title ("Mr. Roe") can tell two Roes apart.

Titles state a sex ("Mr." a man; "Mrs.", "Ms.", "Miss" a woman; "Dr." none), and so do the
words that introduce a spouse ("his wife, Jane Q. Roe"). Nothing is guessed from given names.
:class:`~graphkit.parsers.partybook.PartyBook` binds "Mr. Roe" to the one person named Roe whom
the filing does not state to be a woman, when it states that of every other person named Roe.

Examples
--------
>>> stated_sexes("John Roe co-owns 10 Units with his wife, Jane Q. Roe, as co-owners.")
[('Jane Q. Roe', False)]
>>> stated_sexes("Mr. John Roe and Ms. Jane Roe are partners.")
[('John Roe', True), ('Jane Roe', False)]
"""

from __future__ import annotations

import re

from graphkit import regex_cache

#: A spouse introduced by the words that state the spouse's sex: "his wife, Jane Q. Roe",
#: "her husband John Roe", "and his wife Jane Roe"
SPOUSE = regex_cache.compile(r"""
    \b(?:his|her)\s+(?P<rel>wife|husband)\s*,?\s+
    (?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][a-z'\-]+)+)     # Jane Q. Roe
""", re.VERBOSE)

#: A title before a person's full name: "Mr. John Roe", "Ms. Jane Q. Roe" (two or more words)
TITLED_FULL_NAME = regex_cache.compile(r"""
    (?P<title>M(?<!\wM)(?:r|rs|s|iss))\.?\s+    # "M" first (no word before it): a fast scan
    (?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][a-z'\-]+)+)     # Mr. John Roe
""", re.VERBOSE)

#: A couple titled by the husband's name, just before a title: the "Mr. and " of "Mr. and Mrs.
#: John Roe" (the name is his: "Mrs." there states nothing of John Roe)
COUPLE_TITLE = regex_cache.compile(r"""\bMr\.?\s+(?:and|&)\s+\Z""", re.VERBOSE)

#: Titles that state a man; the others of :data:`TITLED_FULL_NAME` state a woman.
MALE_TITLES = frozenset({"mr"})
#: Spouse words that state a man.
MALE_SPOUSES = frozenset({"husband"})


def stated_sexes(text: str) -> list[tuple[str, bool]]:
    """Every (full name, is a man) the text states, in order.

    >>> stated_sexes("Roe and her husband, John Doe, own it."), stated_sexes("Mr. Roe owns it.")
    ([('John Doe', True)], [])
    >>> stated_sexes("held by Mr. and Mrs. John Roe")   # his name: nothing stated of him
    []
    """
    found: list[tuple[int, str, bool]] = []
    if "wife" in text or "husband" in text:
        found += [(m.start(), m["name"], m["rel"] in MALE_SPOUSES) for m in SPOUSE.finditer(text)]
    if "M" in text:
        found += [(m.start(), m["name"], m["title"].lower() in MALE_TITLES)
                  for m in TITLED_FULL_NAME.finditer(text)
                  if not COUPLE_TITLE.search(text, max(0, m.start() - 12), m.start())]
    return [(name, male) for _, name, male in sorted(found)]
