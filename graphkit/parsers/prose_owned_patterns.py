"""The named pattern of a party owned by others: "Acme GP LLC is owned jointly by Jane Q. Roe and
John Doe", "Acme Bank is wholly owned by Acme Holdings Inc." (each owner is a shareholder of
the party owned). A security is no party owned: "All of the Shares are owned jointly by Mr. Roe
and his wife" states how the shares are held, not who owns a company; nor is a name after "by"
("The Shares held by Acme Fund LP are owned jointly by ...": :data:`BY_BEFORE_OWNED`).
:func:`graphkit.parsers.prose.find_relationships` applies the pattern only on the sentences
holding its cue.

Examples
--------
>>> m = OWNED_BY.search("Acme GP LLC is owned equally by Jane Q. Roe and John Doe.")
>>> m["held"], m["holder"]
('Acme GP LLC', 'Jane Q. Roe and John Doe.')
>>> OWNED_BY.search("The Warrants are owned equally by Acme Fund LP and Beta Fund LP.") is None
True
>>> BY_BEFORE_OWNED.search("The Subject Shares held by ") is not None
True
"""

from __future__ import annotations

import re
from typing import Iterator

from graphkit import regex_cache
from graphkit.parsers.prose_patterns import _DESCRIPTOR, _NAME, LISTED, NAMES

_F = re.VERBOSE

#: "X is wholly owned by Y" (Y is the shareholder of X), "X is owned jointly by A and B", "X
#: ("XC"), a corporation incorporated under the laws of Malaysia, is wholly owned by Y"; also
#: with a description of X: "X is a corporation wholly owned by Y", and as an aside, with one
#: owner (a list there runs on into the sentence's next name): "X, a Delaware corporation
#: wholly-owned indirectly by Y, ..." (group ``holder2``); "owned equally by", "owned wholly by";
#: in a relative clause: "X, which is owned jointly by A and B, is ..." (group ``holder3``); a
#: list owned, each by the owners: "Acme, Inc., Beta Holdings, L.P. and Gamma, LLC (collectively,
#: the "Companies") are wholly owned by Jane Roe" (group ``listed``), "Each of Acme Inc. and Beta
#: LLC is wholly owned by ..." (group ``each``)
_WHOLLY_OWNED_BY = r"""(?:(?:directly|indirectly)\s+)?(?:(?:wholly|majority|jointly)[\s-]+owned|owned\s+(?:jointly|equally|wholly))\s+
    (?:(?:directly|indirectly)\s+)?(?:and\s+controlled\s+)?by\s+"""
#: A held name of :data:`OWNED_BY` that ends in a security, which no one holds a relation to:
#: "Shares" of "All of the Shares are owned jointly by Mr. Roe and his wife", "Such Shares",
#: "Issuer's Series A Preferred Stock", "The Warrants are owned equally by", "Partnership
#: Interests" (not "Securities": "Acme Securities is wholly owned by" names a broker). A whole
#: word only: "Woodstock", "ProShares" and "Comstock" are names. A plural security word before
#: "is"/"was" or a descriptor names a company: "Roe Family Interests is owned equally by".
_NOT_A_SECURITY = r"""(?<!\b(?i:stock))(?<!\b(?i:preferred))
    (?:(?<!\b(?i:shares))(?<!\b(?i:warrants))(?<!\b(?i:units))(?<!\b(?i:notes))
       (?<!\b(?i:options))(?<!\b(?i:debentures))(?<!\b(?i:interests))
     |(?=\s+(?:is|was)\s|\s*,\s+(?:a|an)\s))"""
#: A plain "owned by", only right after "is" (a present fact of one company: "are owned by" is
#: most often said of shares, "was owned by" of the past) and never with a share of it ("is
#: 60% owned by" does not match): "X is owned by Y", "X is owned indirectly by Y", "X is
#: directly owned by Y" (not "directly or indirectly": a hedge)
_PLAIN_OWNED_BY = r"""is\s+(?:(?:directly|indirectly)\s+)?owned\s+(?:(?:directly|indirectly)\s+)?by\s+"""
OWNED_BY = regex_cache.compile(rf"""
    (?:(?:[Ee]ach\s+of|[Bb]oth)\s+(?P<each>{LISTED})(?=\s+(?:is|was)\s)   # "Each of A and B is"
      |(?P<listed>{LISTED})(?=\s+(?:are|were)\s)                          # "A and B are"
      |(?P<held>{_NAME})){_NOT_A_SECURITY}
    (?:(?:{_DESCRIPTOR}(?=\s*,))?\s*,?\s+
       (?:(?:is|was|are)\s+(?:(?:a|an)\s+[^.;,()"“”]{{1,80}}?\s+)?{_WHOLLY_OWNED_BY}   # " is (a corporation)"
         |{_PLAIN_OWNED_BY})                                                # " is owned by"
       (?P<holder>{NAMES})
     | \s*,\s+(?:a|an)\s+[^.;,()"“”]{{1,80}}?\s+                           # ", a Delaware corporation"
       {_WHOLLY_OWNED_BY}(?P<holder2>{_NAME})
     | \s*,\s+which\s+(?:is|was)\s+{_WHOLLY_OWNED_BY}(?P<holder3>{NAMES}))   # ", which is"
""", _F)
#: Cue of :data:`OWNED_BY`: "wholly owned and controlled by ", "wholly-owned indirectly by "
#: (with the word before "owned": "beneficially owned by", in most sentences of a filing, is
#: no cue)
OWNED_BY_CUE = regex_cache.compile(r"""
    (?:(?:wholly|majority|jointly)[\s-]+owned|owned\s+(?:jointly|equally|wholly))\s+
    (?:(?:directly|indirectly)\s+)?(?:and\s+controlled\s+)?by\s
    |is\s+(?:(?:directly|indirectly)\s+)?owned\s+(?:(?:directly|indirectly)\s+)?by\s
""", _F)
#: "by" right before the held name of :data:`OWNED_BY`, which makes the name the agent of a
#: phrase about something else, not what is owned: "held by " of "The Subject Shares held by
#: Acme Fund LP are owned jointly by John Doe and Jane Roe" (the shares are, not the fund);
#: "through the " (searched back from the held name: it ends there)
BY_BEFORE_OWNED = regex_cache.compile(r"""(?<![A-Za-z])(?:by|through)\s+(?:the\s+)?$""", _F)

#: A role or a part "of" or "in" right before the held name of :data:`OWNED_BY`, which makes the
#: name the object of what is owned, not the company owned: "general partner of " of "The
#: general partner of Acme Fund LP is wholly owned by Jane Roe", "95% of " of "No less than 95%
#: of Acme Fund LP is owned by", "interest in the " of "A 10% interest in the Acme Fund is owned
#: by"; not all of the company: "membership interests of " of "All of the membership interests
#: of Acme GP LLC are owned jointly by" (searched back from the held name: it ends there)
OF_BEFORE_OWNED = regex_cache.compile(r"""
    (?:[0-9]\s*%|\b(?i:percent|majority|minority|portion|part|half|interest|stake
       |(?:general\s+|limited\s+)?partners?|(?:managing\s+)?members?|managers?|advis[eo]rs?
       |officers?|directors?|trustees?|president|chairman|secretary|treasurer|shareholders?
       |stockholders?|owners?))
    \s+(?:of|in)\s+(?:the\s+)?$
""", _F)
#: A name that ends in a possessive: "Jane Roe's" of "is owned by Jane Roe's family trust" (the
#: owner is the trust, not named)
_POSSESSIVE_END = regex_cache.compile(r"""['’]s$""", _F)
#: The " and " or ", and " between two names of a holder list of :data:`OWNED_BY`, where the
#: name after it may open a clause of its own (:data:`_OWN_CLAUSE`): " and " of "Acme Sub Inc.
#: is owned by Acme Holdings Inc. and Acme Holdings Inc. is owned indirectly by Acme Group plc"
_LIST_JOIN = regex_cache.compile(r""",?\s+and\s+(?=[A-Z0-9])""", _F)
#: A name that opens a clause of its own, the subject of the verb after it: "Acme Holdings Inc.
#: is owned", "Acme GP LLC is the general partner of", "Acme GP LLC, a Delaware limited
#: liability company, serves as" (no owner of the clause before); not a name with a bare comma
#: before its verb ("Jane Roe, is" of "Acme GP LLC, which is owned by John Doe and Jane Roe, is
#: the general partner": the verb is the subject's before the relative clause)
_OWN_CLAUSE = regex_cache.compile(rf"""
    {_NAME}(?:{_DESCRIPTOR}\s*,)?\s+
    (?:is|are|was|were|serves|acts|has|have|owns|holds|controls|manages|may|will|shall)\s
""", _F)

#: Strings one of which every match of :data:`OWNED_BY_CUE` holds
OWNED_BY_LITERALS = ("wholly", "majority", "jointly", "equally", "is owned", "is directly owned",
                     "is indirectly owned")


def owned_by_matches(flat: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`OWNED_BY` in the sentence ``flat``, left to right, each holder list
    ended where a clause of its own opens (:data:`_OWN_CLAUSE`: "A is owned by B and B is
    owned indirectly by C" gives two matches), and without those whose held name is the object of a phrase about something
    else (:data:`BY_BEFORE_OWNED`, :data:`OF_BEFORE_OWNED`) or whose owner is a possessor
    ("owned by Jane Roe's family trust": :data:`_POSSESSIVE_END`).

    >>> flat = ("Acme Sub Inc. is owned by Acme Holdings Inc. and Acme Holdings Inc. is owned "
    ...         "indirectly by Acme Group plc.")
    >>> [(m["held"], m["holder"]) for m in owned_by_matches(flat)]
    [('Acme Sub Inc.', 'Acme Holdings Inc.'), ('Acme Holdings Inc.', 'Acme Group plc')]
    >>> flat = "Acme Fund LP is owned by Jane Roe, and Acme GP LLC is its general partner."
    >>> [(m["held"], m["holder"]) for m in owned_by_matches(flat)]
    [('Acme Fund LP', 'Jane Roe')]
    >>> list(owned_by_matches("The general partner of Acme Fund LP is owned by Jane Roe."))
    []
    """
    pos = 0
    while (m := OWNED_BY.search(flat, pos)) is not None:
        pos = m.end()
        if m["holder"]:  # not in a relative clause: "which is owned by A and B is" is unclear
            for j in _LIST_JOIN.finditer(flat, m.start("holder"), m.end("holder")):
                if _OWN_CLAUSE.match(flat, j.end()) is not None:  # "and B is owned by C"
                    m, pos = OWNED_BY.match(flat, m.start(), j.start()), j.end()
                    break
        if m is None:
            continue
        holder = m["holder"] or m["holder2"] or m["holder3"]
        if m["holder"] and BY_BEFORE_OWNED.search(flat, max(0, m.start() - 20), m.start()):
            continue  # "The Shares held by Acme Fund LP are owned jointly by": not the fund
        if m["held"] and m["holder"] and \
                OF_BEFORE_OWNED.search(flat, max(0, m.start() - 40), m.start()):
            continue  # "The general partner of Acme Fund LP is owned by": not the fund
        if _POSSESSIVE_END.search(holder.rstrip(" .,")):
            continue
        yield m
