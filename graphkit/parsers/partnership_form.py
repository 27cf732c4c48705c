"""Whether a partnership filer has officers of its own: a general or a limited partnership.

A limited partnership acts through its general partner: "/s/ Jane Roe" / "Vice President"
under a limited partnership's name is an officer of the general partner, whom the block may
not name, and no officer_of the partnership is read. A general partnership ("Roe, Doe & Co.")
or a limited liability partnership ("Acme Management Company, LLP") has no general partner
above it: its officers' titles are its own (:func:`own_officers`).

The name alone does not settle it: "& Co." ends the names of many limited partnerships too
("Acme Partners & Co.", a Delaware limited partnership). A partnership named so is taken to
have officers of its own only where nothing read about it says "limited partnership": the raw
cell of its cover's place of organization ("Delaware limited partnership", kept on the party
as a jurisdiction :class:`~graphkit.models.Reading`), its Item 2 citizenship, or a phrase of
the text after its name ("Acme & Co., a New York limited partnership", which
:func:`note_limited_partnerships` keeps on the party as a "legal_form" reading).

Examples
--------
>>> from graphkit.models import Party, PartyKind, Reading
>>> roe = Party(id="p1", name="Roe, Doe & Co.", kind=PartyKind.ORGANIZATION, type_codes=["PN"])
>>> own_officers(roe)
True
>>> roe.readings.append(Reading(field="jurisdiction", raw="New York limited partnership",
...                             value="New York"))
>>> own_officers(roe)
False
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.models import Party, Reading
from graphkit.source import SourceText

#: The name of a partnership with no general partner above it, whose officers' titles are its
#: own: a limited liability partnership ("Acme Management Company, LLP", "Acme L.L.P.") or a
#: general partnership ("Roe, Doe & Co.", "Roe and Company"). A limited partnership's name
#: says so ("L.P.", :data:`~graphkit.parsers.signature_roles.PARTNERSHIP_NAME`)
GENERAL_PARTNERSHIP_NAME = regex_cache.compile(r"""
    (?:,?\s+L\.?\s?L\.?\s?P\.?|\bLimited\s+Liability\s+Partnership|\s(?:&|and)\s+Co(?:\.|mpany))\s*$
""", re.IGNORECASE | re.VERBOSE)

#: Words naming a limited partnership in a place cell or a phrase: "Delaware limited
#: partnership", "Delaware LP", "a Cayman Islands exempted limited partnership", "L.P."
#: (not a limited liability partnership: "LLP", "L.L.P.", "limited liability partnership")
LIMITED_PARTNERSHIP_WORDS = regex_cache.compile(r"""
    \blimited\s+partnership\b | (?<![\w.])L\.?\s?P\b\.?
""", re.IGNORECASE | re.VERBOSE)

#: What follows a party's name to say it is a limited partnership: ', a New York limited
#: partnership', ' ("Acme"), a Delaware limited partnership', ' is a limited partnership',
#: ' was an exempted limited partnership' (up to five words between the article and the form,
#: none of them "of": ', a Delaware corporation and the general partner of ...', ' is a
#: general partner of a limited partnership' are not one)
LIMITED_PARTNERSHIP_AFTER_NAME = regex_cache.compile(r"""
    (?:\s*\(\s*(?:the\s+)?["\u201c][^"\u201d()]{1,40}["\u201d]\s*\))?
    \s*,?\s+(?:is\s+|was\s+)?an?\s+
    (?:(?!of\b)[A-Za-z.]+\s+){0,5}?
    limited\s+partnership\b
""", re.IGNORECASE | re.VERBOSE)


def says_limited_partnership(party: Party) -> bool:
    """Whether the jurisdiction of ``party`` or the raw text of a place or legal-form reading
    of it names a limited partnership (:data:`LIMITED_PARTNERSHIP_WORDS`).

    >>> from graphkit.models import PartyKind
    >>> p = Party(id="p1", name="Acme & Co.", kind=PartyKind.ORGANIZATION, readings=[
    ...     Reading(field="jurisdiction", raw="Delaware LLP", value="Delaware")])
    >>> says_limited_partnership(p)
    False
    >>> p.readings.append(Reading(field="jurisdiction", raw="a Delaware limited partnership",
    ...                           value="Delaware"))
    >>> says_limited_partnership(p)
    True
    """
    places = [party.jurisdiction or ""] + [r.raw for r in party.readings
                                           if r.field in ("jurisdiction", "legal_form")]
    return any(LIMITED_PARTNERSHIP_WORDS.search(p) for p in places)


def own_officers(party: Party) -> bool:
    """Whether ``party``, a partnership, holds its signers' titles itself: its name is a
    general partnership's or a limited liability partnership's
    (:data:`GENERAL_PARTNERSHIP_NAME`) and nothing read says it is a limited partnership
    (:func:`says_limited_partnership`).

    >>> from graphkit.models import PartyKind
    >>> own_officers(Party(id="p1", name="Acme Capital, L.P.", kind=PartyKind.ORGANIZATION))
    False
    >>> own_officers(Party(id="p1", name="Acme Management Company, LLP",
    ...                    kind=PartyKind.ORGANIZATION))
    True
    """
    return bool(GENERAL_PARTNERSHIP_NAME.search(party.name)) and not says_limited_partnership(party)


def note_limited_partnerships(src: SourceText, parties: list[Party]) -> None:
    """Keep on each of ``parties`` whose name is a general partnership's
    (:data:`GENERAL_PARTNERSHIP_NAME`) the phrase of the text that calls it a limited
    partnership, as a "legal_form" reading (:data:`LIMITED_PARTNERSHIP_AFTER_NAME` right
    after one of its names).

    >>> from graphkit.models import PartyKind
    >>> src = SourceText(path="x.txt", text="Item 2. Acme & Co. (\\"Acme\\"), a New York\\n"
    ...                  "limited partnership, is the filer.")
    >>> acme = Party(id="p1", name="Acme & Co.", kind=PartyKind.ORGANIZATION)
    >>> note_limited_partnerships(src, [acme])
    >>> [(r.field, r.raw) for r in acme.readings], own_officers(acme)
    ([('legal_form', '("Acme"), a New York limited partnership')], False)
    """
    low = src.text.lower()
    if len(low) != len(src.text):  # a letter lower-cased to two ("İ"): offsets would move
        low = src.text
    for party in parties:
        if GENERAL_PARTNERSHIP_NAME.search(party.name):
            stated = next(filter(None, (_stated_form(src, low, n) for n in party.all_names())),
                          None)
            if stated is not None:
                party.readings.append(stated)


def _stated_form(src: SourceText, low: str, name: str) -> Optional[Reading]:
    """The "legal_form" reading of the first place of ``name`` in ``src`` (``low``: its text
    lower-cased) followed by a phrase calling it a limited partnership."""
    key = name.lower()
    at = low.find(key) if key.strip() else -1
    while at >= 0:
        m = LIMITED_PARTNERSHIP_AFTER_NAME.match(src.text, at + len(key))
        if m:
            return Reading(field="legal_form", raw=" ".join(m[0].split()).strip(" ,"),
                           value="limited partnership",
                           evidence=src.evidence(at, m.end(), section="legal form"))
        at = low.find(key, at + 1)
    return None
