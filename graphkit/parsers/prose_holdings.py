"""Holdings of shares stated in prose, read from the matches of
:data:`~graphkit.parsers.prose_holding_patterns.RECORD_HOLDER`: who holds how many shares
(and the percent of class stated with them), for :func:`graphkit.parsers.prose.find_relationships`.

Shares held by two persons together ("1,000 shares held by John Q. Doe and Mary R. Doe", "...
held jointly by ...", "... as joint tenants") are a holding of each: both get the same count,
each with a note naming the other, so that a reader never adds them up. The filing states no
voting or dispositive power for them, and none is guessed. Of two organizations named so
without a joint word ("held by Acme Fund and Beta Fund"), the shares may be split between them
in a way the sentence does not state: only the first is read, as before.

Examples
--------
>>> from graphkit.parsers.prose_holding_patterns import RECORD_HOLDER
>>> t = "Includes 1,000 shares held by John Q. Doe and Mary R. Doe, as joint tenants."
>>> found = []
>>> read_holdings(t, RECORD_HOLDER.finditer(t), lambda *a, **k: found.append((a[1], k["note"])))
>>> found   # doctest: +NORMALIZE_WHITESPACE
[('John Q. Doe', 'held jointly with Mary R. Doe (the same shares: not to be added)'),
 ('Mary R. Doe', 'held jointly with John Q. Doe (the same shares: not to be added)')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Optional

from graphkit import regex_cache
from graphkit.models import Relation
from graphkit.names import PartyKind, guess_kind
from graphkit.ocr import read_quantity
from graphkit.parsers.prose_guards import after_preposition, not_asserted
from graphkit.parsers.prose_holding_patterns import (DAMAGED_HOLDING_PERCENT, DEALING_BEFORE,
                                                     DOCUMENT_NAME, FILER_TERM,
                                                     HOLDER_AS_OBJECT, HOLDING_PERCENT)
from graphkit.parsers.prose_lists import trim_name
from graphkit.parsers.prose_respective_holdings import respective_holdings

#: Words that say two holders hold the same shares together, looked for in the holding's
#: clause: "held jointly by", "as joint tenants", "as joint tenants with right of
#: survivorship", "as tenants in common", "as tenants by the entirety", "JTWROS", "in a joint
#: account"
JOINT_HOLDING = regex_cache.compile(r"""
    \bjointly\b | \bjoint\s+(?:tenants?|tenancy|account)\b
  | \btenants\s+(?:in\s+common|by\s+the\s+entirety)\b | \bJTWROS\b | \bJT\s?TEN\b
""", re.VERBOSE | re.IGNORECASE)
#: How far after a holding its joint words are looked for (characters)
JOINT_WORDS_REACH = 80

#: The group suffixes of :data:`RECORD_HOLDER`'s branches: "holder", "holder2", ...
HOLDER_GROUPS = ("", "2", "3", "4", "5", "6")


def read_holdings(flat: str, matches: Iterable[re.Match[str]], emit: Callable[..., None]
                  ) -> None:
    """Call ``emit(relation, holder, held, pattern=..., shares=..., percent=..., note=...)``
    for each holding stated by ``matches`` (of RECORD_HOLDER in the sentence ``flat``): not a
    filer's own (its cover pages state it), a dealing ("purchased 250,000 shares owned by X")
    or a denial.

    Holdings that "respectively" pairs with their holders ("A and B hold 100 and 200 shares,
    respectively": :func:`~graphkit.parsers.prose_respective_holdings.respective_holdings`)
    are each holder's; a match of ``matches`` inside one ("B hold 100 shares") is not read.

    See also
    --------
    joint_holders : the holders of shares held by two
    """
    spans = []
    for r in respective_holdings(flat):
        spans.append((r.start, r.end))
        if not not_asserted(flat, r.start, r.holder):
            emit(Relation.BENEFICIAL_OWNER_OF, r.holder, "", shares=r.shares, percent=None,
                 pattern="beneficial_holder" if r.beneficial else "record_holder", note=None)
    for m in matches:
        if any(a <= m.start() < b for a, b in spans):
            continue  # one holder's part of a respective holding, read above
        g = next(g for g in HOLDER_GROUPS if m[f"holder{g}"])
        if g in ("4", "6") and FILER_TERM.fullmatch(m[f"holder{g}"]) or \
                g == "4" and after_preposition(flat, m.start("holder4")):
            continue  # the cover pages' holding; "... advised by Acme ("Acme"), is the ..."
        at = m.start(f"holder{g}")
        if g in ("", "2", "3") and HOLDER_AS_OBJECT.search(flat, max(0, at - 40), at) or \
                DOCUMENT_NAME.search(trim_name(m[f"holder{g}"])):
            continue  # "... entered into the Irrevocable Proxy owned 1,000 shares": no holder
        if g == "6" and DEALING_BEFORE.search(flat, max(0, m.start() - 60), m.start()):
            continue  # "purchased 250,000 shares owned by X": a dealing, no holding
        if g in ("3", "4", "5", "6") and not_asserted(flat, m.start(f"holder{g}"),
                                                      m[f"holder{g}"]):
            continue  # "Neither A nor B is the beneficial owner of 5,000 shares"
        r = read_quantity(m[f"shares{g}"])
        shares = r.value if r is not None and isinstance(r.value, int) else None
        pct = HOLDING_PERCENT.match(flat, m.end())
        percent = float(pct["pct"].replace(",", ".")) if pct else None  # "6,0%": 6.0
        damaged = DAMAGED_HOLDING_PERCENT.match(flat, m.end()) if pct is None else None
        holders = joint_holders(flat, m) if g == "6" else [(m[f"holder{g}"], None)]
        for holder, note in holders:
            emit(Relation.BENEFICIAL_OWNER_OF, holder, "",
                 pattern="record_holder" if g in ("", "2") else "beneficial_holder",
                 shares=shares, percent=percent, note=note,
                 unread=damaged["pct"] if damaged else None)  # "6.0 7.": warned, not read


def joint_holders(flat: str, m: re.Match[str]) -> list[tuple[str, Optional[str]]]:
    """The holders of "N shares held by X and Y" (``m``, RECORD_HOLDER's branch 6), each with
    its note: both when a joint word is in the clause (:data:`JOINT_HOLDING`) or both are
    persons, else the first alone.

    >>> from graphkit.parsers.prose_holding_patterns import RECORD_HOLDER
    >>> t = "Includes 1,000 shares held by Acme Fund, LLC and Beta Fund, LLC."
    >>> joint_holders(t, RECORD_HOLDER.search(t))
    [('Acme Fund, LLC', None)]
    >>> t = "Includes 1,000 shares held by John Q. Doe and Mary R. Doe."
    >>> [n for _, n in joint_holders(t, RECORD_HOLDER.search(t))]   # doctest: +NORMALIZE_WHITESPACE
    ['held together with Mary R. Doe (the same shares: not to be added)',
     'held together with John Q. Doe (the same shares: not to be added)']
    """
    first, second = m["holder6"], m["joint6"]
    if not second or FILER_TERM.fullmatch(second):
        return [(first, None)]
    clause_end = min(len(flat), m.end() + JOINT_WORDS_REACH)
    stop = flat.find(";", m.end(), clause_end)
    joint = JOINT_HOLDING.search(flat, m.start(), clause_end if stop < 0 else stop) is not None
    if not joint and not all(guess_kind(trim_name(n)) is PartyKind.PERSON
                             for n in (first, second)):
        return [(first, None)]
    how = "jointly" if joint else "together"
    return [(a, f"held {how} with {trim_name(b)} (the same shares: not to be added)")
            for a, b in ((first, second), (second, first))]
