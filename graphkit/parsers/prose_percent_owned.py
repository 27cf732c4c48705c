"""Which "X owns N% of Y" statements of filing prose make X a shareholder of Y.

:data:`~graphkit.parsers.prose_owned_patterns.OWNS_PERCENT_OF` finds "Acme Holdings LLC owns
approximately 99.6% of Beta Corp." and "Acme LLC, which owns approximately 99.6% of Beta Corp.";
:func:`percent_owned` decides what it gives. ``shareholder_of`` is a control relation (a holder
of all or a controlling part of a company), so only a majority is read: "owns 30% of Beta Corp."
gives nothing (a missing edge, never a wrong controller). Nor is a majority of a partnership or
a fund read: most of its interests are often a limited partner's or an investor's, and the
general partner or manager controls it. The held party must be an operating company
(:func:`held_company`: a corporate legal form, no fund's, trust's or partnership's word, never a
person, a place, a security or a part of the filing), and the holder plainly the one who owns
(:func:`plain_owner`: the sentence's subject, or the name a relative clause follows); a miss is
better than a wrong controller.

Examples
--------
>>> from graphkit.parsers.prose_owned_patterns import OWNS_PERCENT_OF
>>> flat = 'Acme LLC ("Acme"), which owns approximately 99.6% of Beta Corp. and whose member'
>>> percent_owned(flat, OWNS_PERCENT_OF.search(flat))
PercentOwned(holder='Acme LLC ("Acme")', held='Beta Corp.', percent=99.6, pattern='owns_percent_of')
>>> flat = "Acme LLC owns 30% of Beta Corp."
>>> percent_owned(flat, OWNS_PERCENT_OF.search(flat)) is None
True
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple, Optional

from graphkit.models import PartyKind
from graphkit.names import guess_kind
from graphkit.ocr import PLACES
from graphkit.parsers.prose_appositives import pronoun_agrees
from graphkit.parsers.prose_guards import after_preposition
from graphkit.parsers.prose_lists import entity_kind, split_names, trim_name
from graphkit.parsers.prose_owned_patterns import (
    COMPANY_FORM_END, COMPANY_NAME_REST, NOT_AN_OPERATING_COMPANY, NOT_AN_OWNER,
    OPENING_BEFORE_OWNER, PREPOSITION_RIGHT_BEFORE, SECURITY_NAME, SHORT_COMPANY_NAME)
from graphkit.parsers.prose_stock_patterns import PART_EXCEPTED

#: A part above this percent of a company is a majority, which controls it (as
#: :data:`graphkit.controllers.MAJORITY` reads a holding)
MAJORITY = 50.0

#: Kinds of a held name (:func:`~graphkit.parsers.prose_lists.entity_kind`) whose majority owner
#: may not control it: a partnership's limited partner, a fund's investor
_NOT_CONTROLLED_BY_OWNERS = frozenset({"lp", "llp", "lllp", "partnership", "partners", "fund"})


#: Places a held name may be read as ("of Delaware", "of New York"), in lower case
_PLACES = frozenset(p.lower() for p in PLACES)


class PercentOwned(NamedTuple):
    """A holder's stated part of a held company: ``percent`` is None for "more than 50%"."""

    holder: str
    held: str
    percent: Optional[float]
    #: "owns_percent_of", or :data:`SHORT_FORM` when ``held`` is a short form the sentence's
    #: text never prints in full: the party it names is checked when it is known
    pattern: str = "owns_percent_of"


#: The pattern name of a :class:`PercentOwned` whose held name is a short form ("Beta") of no
#: full name in the text read: kept only where the party it names is an operating company
#: (:func:`held_company` of that party's name), when the filing's parties are known
SHORT_FORM = "owns_percent_of_short_form"


def percent_owned(flat: str, m: re.Match[str], text: str = "") -> Optional[PercentOwned]:
    """What the :data:`~graphkit.parsers.prose_owned_patterns.OWNS_PERCENT_OF` match ``m`` in
    ``flat`` (a sentence of the filing ``text``) states, or None when it gives no shareholder:
    a part that is no majority (see :data:`MAJORITY`; "more than 50%" is one, its percent
    unknown), a held name that is no operating company (:func:`held_company`), or a holder that
    is not plainly the one who owns (:func:`plain_owner`).

    >>> from graphkit.parsers.prose_owned_patterns import OWNS_PERCENT_OF as P
    >>> percent_owned("Acme LLC holds more than 50% of Beta Corp.", P.search(
    ...     "Acme LLC holds more than 50% of Beta Corp."))
    PercentOwned(holder='Acme LLC', held='Beta Corp.', percent=None, pattern='owns_percent_of')
    >>> [percent_owned(f, P.search(f)) for f in ("Acme LLC owns 60% of Beta Fund LP.",
    ...  "Acme LLC owns 60% of Common Stock.", "The manager of Acme LLC owns 60% of Beta Inc.",
    ...  "Acme LLC owns 60% of Beta Master Fund, Ltd.", "Acme LLC owns 60% of Jane Roe.")]
    [None, None, None, None, None]
    >>> flat = "Acme LLC owns 60% of Beta."
    >>> percent_owned(flat, P.search(flat), "Beta Holding Corporation (the Issuer's parent)")
    PercentOwned(holder='Acme LLC', held='Beta', percent=60.0, pattern='owns_percent_of')
    >>> percent_owned(flat, P.search(flat), flat).pattern   # which party: checked later
    'owns_percent_of_short_form'
    >>> percent_owned(flat, P.search(flat), "Beta Master Fund Ltd. is ...") is None
    True
    """
    pct = float(m["pct"])
    if pct > 100 or pct < MAJORITY or (pct == MAJORITY and not m["over"]):
        return None
    held = trim_name(m["held"])
    if SECURITY_NAME.search(held) or entity_kind(held) in _NOT_CONTROLLED_BY_OWNERS or \
            not plain_owner(flat, m):
        return None
    company = held_company(held, text) if not NOT_AN_OPERATING_COMPANY.search(m["held"]) \
        else False  # "Schedule A." (read "A.")
    if company is False:
        return None
    return PercentOwned(holder=m["holder"] or m["holder2"],  # "Beta Corp.", "Beta" of "Beta."
                        held=m["held"] if COMPANY_FORM_END.search(held) else held,
                        percent=None if m["over"] else pct,
                        pattern="owns_percent_of" if company else SHORT_FORM)


def held_company(held: str, text: str = "") -> Optional[bool]:
    """True when ``held`` names an operating company: its name ends in a corporate legal form
    (:data:`~graphkit.parsers.prose_owned_patterns.COMPANY_FORM_END`), or it is a short form
    of one that ``text`` (the filing) prints in full ("Beta" of "Beta Holding Corporation",
    each company ``text`` so names); never with a word of a fund, trust, partnership, security
    or a part of a filing (:data:`~graphkit.parsers.prose_owned_patterns.NOT_AN_OPERATING_COMPANY`),
    a person or a place (False). None for a short form ``text`` never prints in full (which
    party it names is not known here).

    >>> [held_company(n) for n in ("Beta Corp.", "BETA CORP", "Beta Holdings, LLC",
    ...  "Beta Offshore Fund, Ltd.", "Beta SICAV", "Beta Capital Partners, LLC", "Jane Roe",
    ...  "Mr. Doe", "Gamma Corp. Class B.", "Beta Term Loan", "Delaware", "Schedule A", "A.")]
    [True, True, True, False, False, False, False, False, False, False, False, False, False]
    >>> text = "Beta Holding Corporation and Gamma Master Fund Ltd. are ..."
    >>> held_company("Beta", text), held_company("Gamma", text), held_company("Delta", text)
    (True, False, None)
    """
    if NOT_AN_OPERATING_COMPANY.search(held) or held.lower() in _PLACES:
        return False
    if COMPANY_FORM_END.search(held):
        return guess_kind(held) is PartyKind.ORGANIZATION
    if not SHORT_COMPANY_NAME.fullmatch(held) or guess_kind(held) is PartyKind.PERSON:
        return False
    names = list(_full_names(held, text))
    if not names:
        return None
    return not any(NOT_AN_OPERATING_COMPANY.search(n) for n in names)


def _full_names(short: str, text: str) -> Iterator[str]:
    """Each company name of ``text`` that opens with the words ``short`` and ends in a legal
    form (:data:`~graphkit.parsers.prose_owned_patterns.COMPANY_NAME_REST`).

    >>> list(_full_names("Beta", "Beta, Beta Holding Corporation and Betamax Inc."))
    ['Beta Holding Corporation']
    """
    at = text.find(short)
    while at >= 0:
        end = at + len(short)
        if (at == 0 or not text[at - 1].isalnum()) and \
                (rest := COMPANY_NAME_REST.match(text, end)) is not None:
            yield text[at:rest.end()]
        at = text.find(short, end)


def plain_owner(flat: str, m: re.Match[str]) -> bool:
    """True when the holder of the match ``m`` in ``flat`` is plainly the one who owns: the
    sentence's subject (after nothing, or a source of knowledge:
    :data:`~graphkit.parsers.prose_owned_patterns.OPENING_BEFORE_OWNER`), a party's own name
    (:data:`~graphkit.parsers.prose_owned_patterns.NOT_AN_OWNER`); or the name a relative
    clause follows ("Acme LLC, which owns ..."), not the object of a preposition.

    >>> from graphkit.parsers.prose_owned_patterns import OWNS_PERCENT_OF as P
    >>> [plain_owner(f, P.search(f)) for f in (
    ...  "To the knowledge of the Reporting Persons, Acme LLC owns 60% of Beta Inc.",
    ...  "Assuming the conversion of all Notes, Acme LLC owns 60% of Beta Inc.",
    ...  "Each of Acme LLC and Beta LLC owns 60% of Gamma Inc.",
    ...  "Each Reporting Person other than Acme LLC owns 60% of Beta Inc.",
    ...  "Through Acme LLC Jane Roe owns 60% of Beta Inc.", "The Fund owns 60% of Beta Inc.",
    ...  "Each of Acme Corp., Beta LLC, which owns 60% of Gamma Inc., and Jane Roe",
    ...  "Jane Roe is the manager of Acme LLC, which owns 60% of Gamma Inc.")]
    [True, False, False, False, False, False, True, False]
    """
    if m["holder"] is None:
        start = m.start("holder2")
        return PREPOSITION_RIGHT_BEFORE.search(flat, max(0, start - 20), start) is None
    start = m.start("holder")
    before = flat[:start]
    if before.strip() and OPENING_BEFORE_OWNER.fullmatch(before) is None:
        return False
    if NOT_AN_OWNER.search(trim_name(m["holder"])):
        return False
    return not after_preposition(flat, start)


def stock_holders(flat: str, m: re.Match[str]) -> list[tuple[str, Optional[float]]]:
    """The (holder, percent) pairs a match ``m`` of
    :data:`~graphkit.parsers.prose_stock_patterns.PERCENT_OF_STOCK` in ``flat`` states: 100 for
    "all of", None for "in excess of 10%", for holders owning it together (several, without
    "each") and for a part left out ("other than the Class B interests held by"). An ownership a
    deemed holding is owed to ("by virtue of its ownership of all of", group ``pron``) is the
    holder's only when the pronoun may be the holder's and the holder is no object of a
    preposition ("the shares held by Acme Fund LP through its ownership of": "its" may be
    anyone's before).

    >>> from graphkit.parsers.prose_stock_patterns import PERCENT_OF_STOCK as P
    >>> [stock_holders(f, P.search(f)) for f in (
    ...  "Acme Inc. may be deemed to beneficially own the Shares by virtue of its direct "
    ...  "ownership of all of the outstanding capital stock of Beta Corp.",
    ...  "Jane Roe, by virtue of its ownership of all of the capital stock of Beta Corp., may",
    ...  "Acme Inc. and Beta Inc. own all of the outstanding capital stock of Gamma Corp.")]
    [[('Acme Inc.', 100.0)], [], [('Acme Inc.', None), ('Beta Inc.', None)]]
    """
    if m["pron"] and (not pronoun_agrees(m["pron"], m["holder"])
                      or after_preposition(flat, m.start("holder"))):
        return []
    pct = 100.0 if m["all"] else None if m["over"] else float(m["pct"])
    holders = split_names(m["holder"])
    if len(holders) > 1 and "each" not in flat[m.end("holder"):m.start("held")] or \
            PART_EXCEPTED.match(flat, m.end()):
        pct = None
    return [(h, pct) for h in holders]
