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
>>> stated_sexes("On May 1, Jane Roe, the wife of Mr. Roe, received 10 shares.")
[('Jane Roe', False)]
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache

#: A spouse introduced by the words that state the spouse's sex: "his wife, Jane Q. Roe",
#: "her husband John Roe", "and his wife Jane Roe"
SPOUSE = regex_cache.compile(r"""
    \b(?:his|her)\s+(?P<rel>wife|husband)\s*,?\s+
    (?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][a-z'\-]+)+)     # Jane Q. Roe
""", re.VERBOSE)

#: A person's full name as a spouse's pattern reads it: two or three words, an initial before
#: the last ("Jane Roe", "Jane Q. Roe", "Mary Ann Roe", "Kim O'Hara"), whole words (not the
#: "Roe" of "Roe's"), never opening with a word that is no given name ("On May 1", "In March
#: Jane Roe": the name read is "Jane Roe")
FULL_NAME = r"""(?<![A-Za-z'\-.])(?!(?:On|In|As|At|By|Of|To|For|From|The|Each|Both|Upon
      |Trustee|Director|January|February|March|April|May|June|July|August|September|October
      |November|December)\s)
    [A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+[A-Z]\.)?\s+[A-Z](?:[A-Za-z\-]|'(?=[A-Z]))*[a-z]
    (?![A-Za-z\-])"""
#: The other spouse as the spouse's pattern reads it: title and surname ("Mr. O'Hara", not the
#: "'s" of "Mr. Roe's") or a full name
_PARTNER = rf"""(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z](?:[A-Za-z\-]|'(?=[A-Z]))+(?![A-Za-z\-])|{FULL_NAME}"""
#: A spouse named in apposition, the other spouse named after "of", or before "'s": "Jane Q.
#: Roe, the wife of Mr. Roe", "John Roe, husband of Jane Roe", "Mr. Roe's wife, Jane Roe"
SPOUSE_OF = regex_cache.compile(rf"""
    (?P<name>{FULL_NAME}),\s+(?:the\s+)?(?P<rel>wife|husband|spouse)\s+of\s+
    (?P<partner>{_PARTNER})(?!['\u2019]s\b)   # Jane Roe, the wife of Mr. Roe (not "Mr. Roe's son")
  | (?P<partner2>{_PARTNER})['\u2019]s\s+(?P<rel2>wife|husband|spouse),\s+
    (?P<name2>{FULL_NAME})(?![A-Za-z'\-])                     # Mr. Roe's wife, Jane Roe
""", re.VERBOSE)

#: The spouse word every :data:`SPOUSE_OF` match holds, found first: "wife"
SPOUSE_WORD = regex_cache.compile(r"""\b(?:wife|husband|spouse)\b""", re.VERBOSE)
#: How far either side of a :data:`SPOUSE_WORD` a :data:`SPOUSE_OF` match may reach
#: (characters): a name of three long words and its punctuation
SPOUSE_REACH = 160

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


class NamedSpouse(BaseModel):
    """A spouse the filing names in full, with the other spouse as written (:data:`SPOUSE_OF`).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    #: the other spouse as written: "Mr. Roe", "John Roe"
    partner: str
    #: "wife", "husband" or "spouse" (which states no sex)
    rel: str


def named_spouses(text: str) -> list[NamedSpouse]:
    """Every spouse ``text`` names in full beside the other spouse (:data:`SPOUSE_OF`), in order.

    >>> [(s.name, s.rel, s.partner) for s in named_spouses(
    ...     "In March Jane Q. Roe, the wife of Mr. Roe, and Mr. Doe's spouse, Kim Doe, sold.")]
    [('Jane Q. Roe', 'wife', 'Mr. Roe'), ('Kim Doe', 'spouse', 'Mr. Doe')]
    """
    return [NamedSpouse(name=" ".join((m["name"] or m["name2"]).split()),
                        partner=" ".join((m["partner"] or m["partner2"]).split()),
                        rel=m["rel"] or m["rel2"]) for m in _spouse_matches(text)]


def _spouse_matches(text: str) -> list[re.Match[str]]:
    """The :data:`SPOUSE_OF` matches of ``text``, in order, searched near each spouse word
    only (:data:`SPOUSE_WORD`, :data:`SPOUSE_REACH`): a long filing names few spouses."""
    found: dict[int, re.Match[str]] = {}
    if "wife" not in text and "husband" not in text and "spouse" not in text:
        return []
    for w in SPOUSE_WORD.finditer(text):
        lo, hi = max(0, w.start() - SPOUSE_REACH), min(len(text), w.end() + SPOUSE_REACH)
        found.update((m.start(), m) for m in SPOUSE_OF.finditer(text, lo, hi)
                     if m.start("rel") == w.start() or m.start("rel2") == w.start())
    return [found[k] for k in sorted(found)]


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
        found += [(m.start(), " ".join((m["name"] or m["name2"]).split()),
                   (m["rel"] or m["rel2"]) in MALE_SPOUSES) for m in _spouse_matches(text)
                  if (m["rel"] or m["rel2"]) != "spouse"]  # "Jane Roe, the wife of Mr. Roe"
    if "M" in text:
        found += [(m.start(), m["name"], m["title"].lower() in MALE_TITLES)
                  for m in TITLED_FULL_NAME.finditer(text)
                  if not COUPLE_TITLE.search(text, max(0, m.start() - 12), m.start())]
    return [(name, male) for _, name, male in sorted(found)]
