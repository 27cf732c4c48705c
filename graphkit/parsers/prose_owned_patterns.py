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
from graphkit.parsers.prose_guards import OPENER as _OPENER
from graphkit.parsers.prose_guards import supposed_before
from graphkit.parsers.prose_list_asides import KIND_ASIDE, KIND_ASIDE_RE, blanked
from graphkit.parsers.prose_lists import entity_kind, split_names, trim_name
from graphkit.parsers.prose_patterns import _DESCRIPTOR, _LEGAL, _NAME, LISTED, NAMES, ROLES
from graphkit.parsers.prose_stock_patterns import PERCENT_NOTE

_F = re.VERBOSE

#: "X is wholly owned by Y" (Y is the shareholder of X), "X is owned jointly by A and B", "X
#: ("XC"), a corporation incorporated under the laws of Malaysia, is wholly owned by Y"; also
#: with a description of X: "X is a corporation wholly owned by Y", and as an aside, with one
#: owner (a list there runs on into the sentence's next name): "X, a Delaware corporation
#: wholly-owned indirectly by Y, ..." (group ``holder2``); "owned equally by", "owned wholly by";
#: in a relative clause: "X, which is owned jointly by A and B, is ..." (group ``holder3``); a
#: party named by a singular term after "the" ("wholly owned by the Reporting Person", "by the
#: Roe Family Trust"; not a plural one: "by the Principal Unitholders" names a group); a
#: list owned, each by the owners: "Acme, Inc., Beta Holdings, L.P. and Gamma, LLC (collectively,
#: the "Companies") are wholly owned by Jane Roe" (group ``listed``), "Each of Acme Inc. and Beta
#: LLC is wholly owned by ..." (group ``each``)
_WHOLLY_OWNED_BY = r"""(?:(?:directly|indirectly)\s+)?(?:(?:wholly|majority|jointly)[\s-]+owned|owned\s+(?:jointly|equally|wholly))\s+
    (?:(?:directly|indirectly)\s+)?(?:and\s+controlled\s+)?by\s+
    (?:the\s+(?=[A-Z])(?![A-Z][\w-]*(?:\s+[A-Z][\w-]*)*?s(?![\w-])))?"""
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
         |(?P<plain>{_PLAIN_OWNED_BY}))                                     # " is owned by"
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
    (?:[0-9]\s*%|\b(?i:percent|majority|minority|portion|part|half|third|quarter|interest|stake
       |(?:general\s+|limited\s+)?partners?|(?:managing\s+)?members?|managers?|advis[eo]rs?
       |officers?|directors?|trustees?|president|chairman|secretary|treasurer|shareholders?
       |stockholders?|owners?|parents?|affiliates?|subsidiar(?:y|ies)|successors?|predecessors?
       |divisions?|control))
    \s+(?:of|in|to)\s+(?:the\s+)?$
""", _F)
#: A possessive right after an owner: "’s" of "is owned by Jane Roe’s spouse" (a curly
#: apostrophe ends the name; a straight one is the name's: "Jane Roe's" of "Jane Roe's family
#: trust"): the owner is the spouse or the trust, not named
_POSSESSIVE_AT = regex_cache.compile(r"""\s*['’‘]s(?![A-Za-z])""", _F)
#: The " and " or ", and " between two names of a holder list of :data:`OWNED_BY`, where the
#: name after it may open a clause of its own (:data:`_OWN_CLAUSE`): " and " of "Acme Sub Inc.
#: is owned by Acme Holdings Inc. and Acme Holdings Inc. is owned indirectly by Acme Group plc"
_LIST_JOIN = regex_cache.compile(r""",?\s+and\s+(?=[A-Z0-9])""", _F)
#: A name that opens a clause of its own, the subject of the verb after it: "Acme Holdings Inc.
#: is owned", "Acme GP LLC is the general partner of", "John Doe disclaims", "John Doe, its
#: President, is", "Acme GP LLC, a Delaware limited liability company, serves as", "John Doe
#: directly owns" (no owner of the clause before); not a name with a bare comma before its verb
#: ("Jane Roe, is" of "Acme GP LLC, which is owned by John Doe and Jane Roe, is the general
#: partner": the verb is the subject's before the relative clause), nor a name followed by how
#: it holds ("John Doe as tenants by the entirety", "Beta Corp. in equal parts")
_OWN_CLAUSE = regex_cache.compile(rf"""
    {_NAME}(?:{_DESCRIPTOR}\s*,|\s*,\s+(?:its|his|her|their|the)\s[^,.;:()]{{1,60}},)?\s+
    (?:[a-z]+ly\s+)?
    (?:is|are|was|were|serves|acts|has|have|owns|holds|controls|manages|may|will|shall|could
      |would|might|disclaims|shares|votes)\s
""", _F)
#: A relation or a part "of" that opens the held name of :data:`OWNED_BY` (read as one name
#: with its capital): "Control of " of "Control of Acme GP LLC is owned by", "One-half of "
_PART_IN_NAME = regex_cache.compile(r"""
    (?i:control|(?:one|two)[\s-](?:half|third|quarter|fourth|fifth)|half|parent|affiliate
      |subsidiary|successor|predecessor|division|portion|majority|minority|part)
    \s+(?:of|in|to)\s
""", _F)
#: The last word of a held name that is a security or an asset, which no one owns as a party:
#: "Warrant" of "The Warrant is owned by", "Convertible Note", "Subject Shares", "Property",
#: "Account" (for the plain "is owned by" only)
_ASSET_END = regex_cache.compile(r"""
    (?i:warrants?|notes?|options?|shares?|securit(?:y|ies)|stock|debentures?|units?|interests?
      |propert(?:y|ies)|accounts?|certificates?|bonds?|loans?|preferred|rights?)\W*$
""", _F)
#: A held name that is only a role, a party only where the filing defines it: "Adviser" of
#: "The Adviser is owned by Jane Roe", "General Partner", "Investment Manager" (for the plain
#: "is owned by" only; "Acme Capital Manager LLC" names a company)
_ROLE_TERM = regex_cache.compile(rf"""(?i:{ROLES})""", _F)
#: "or" after a holder list of the plain "is owned by" (group ``plain`` of :data:`OWNED_BY`),
#: which names no owner for certain: " or " of "owned by Jane Roe or John Doe", " and/or ",
#: " or her affiliates"; after "wholly owned by" only "or" and a name (:data:`_OR_NAME_AFTER`:
#: "wholly owned by Jane Roe or her affiliates" names her, as it always did)
_OR_AFTER = regex_cache.compile(r"""\s*,?\s+(?:or|and/or|and\s+or)\s""", _F)
#: "or" and a name after a holder list of :data:`OWNED_BY`: " or John Doe" of "wholly owned by
#: Jane Roe or John Doe" (either of them)
_OR_NAME_AFTER = regex_cache.compile(r"""\s*,?\s+or\s+(?=[A-Z0-9])""", _F)
#: A title or degree after an owner's name, read by the list as a name of its own: "Trustee" of
#: "is owned by Jane Roe, Trustee", "M.D." of "Jane Roe, M.D."
_TITLE_ITEM = regex_cache.compile(r"""
    (?:[Cc]o-|[Ss]ole\s+|[Ss]uccessor\s+)?(?:[Tt]rustees?|TRUSTEES?)
    |M\.?D\.?|Ph\.?D\.?|Esq\.?|CPA|J\.?D\.?|CFA|D\.?D\.?S\.?
""", _F)

#: The rest of a holder list of :data:`OWNED_BY` whose names carry an appositive of their kind
#: (:data:`~graphkit.parsers.prose_list_asides.KIND_ASIDE`), which ends the list there: ", a
#: Delaware limited liability company, and Beta LP, a Delaware limited partnership." after
#: "Acme GP LLC is owned by Acme Holdings LLC"; ", a Cayman Islands exempted company, Beta
#: Corp., a Delaware corporation, and Gamma LLC". Each name before the last carries one (not ",
#: Canada" of ", a company organized under the laws of Ontario, Canada, and Beta LLC"), the last
#: follows ", and" and ends the sentence or its clause (";"), with its own aside or none: not
#: "..., and Beta GP LLC, as its general partner, may be deemed" (a subject of its own); a stop
#: after an initial or an abbreviation ("John Q. Doe", "Gamma Co. Ltd.", "St. Regis") ends no
#: sentence, so such a name cut there is no owner (the list is then read as before)
OWNER_LIST_TAIL = regex_cache.compile(rf"""
    {KIND_ASIDE}
    (?:\s*,\s+(?!and\s)(?!{_LEGAL}){_NAME}{KIND_ASIDE})*
    \s*,\s+and\s+(?!{_LEGAL})(?P<last>{_NAME})
    (?<!\b[A-Z])(?<!\bCo)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bMt)
    (?:{KIND_ASIDE})?\s*(?:;|\.?\s*$|\.\s+[A-Z"“(])
""", _F)

#: Strings one of which every match of :data:`OWNED_BY_CUE` holds
OWNED_BY_LITERALS = ("wholly", "majority", "jointly", "equally", "is owned", "is directly owned",
                     "is indirectly owned")


def owned_by_matches(flat: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`OWNED_BY` in the sentence ``flat``, left to right. A holder list
    ends where a clause of its own opens (:data:`_OWN_CLAUSE`: "A is owned by B and B is owned
    indirectly by C" gives two matches, as do "owned by B and C disclaims" and "owned by B, C is
    owned by D"; "owned by B and C as tenants by the entirety" names both), and the search goes on from the list's last name (", which
    is wholly owned by" of "A is owned by B, which is wholly owned by C" reads B's owner). No
    match whose held name is the object of a phrase about something else
    (:data:`BY_BEFORE_OWNED`, :data:`OF_BEFORE_OWNED`, :data:`_PART_IN_NAME`), whose sentence
    supposes it ("If A is owned by B": :data:`_OPENER`,
    :func:`~graphkit.parsers.prose_guards.supposed_before`; "Because A is owned by B" is read
    without "Because"), whose owner is a possessor ("owned by Jane Roe's family trust":
    :data:`_POSSESSIVE_AT`) or one of a choice ("owned by Jane Roe or John Doe": :data:`_OR_AFTER`).

    >>> flat = ("Acme Sub Inc. is owned by Acme Holdings Inc. and Acme Holdings Inc. is owned "
    ...         "indirectly by Acme Group plc.")
    >>> [(m["held"], m["holder"]) for m in owned_by_matches(flat)]
    [('Acme Sub Inc.', 'Acme Holdings Inc.'), ('Acme Holdings Inc.', 'Acme Group plc')]
    >>> flat = ("Acme Sub Inc. is owned by Acme Holdings Inc., which is wholly owned by Acme "
    ...         "Group plc.")
    >>> [(m["held"], m["holder"] or m["holder3"]) for m in owned_by_matches(flat)]
    [('Acme Sub Inc.', 'Acme Holdings Inc.'), ('Acme Holdings Inc.', 'Acme Group plc')]
    >>> flat = "Acme Fund LP is owned by Jane Roe, and Acme GP LLC is its general partner."
    >>> [(m["held"], m["holder"]) for m in owned_by_matches(flat)]
    [('Acme Fund LP', 'Jane Roe')]
    >>> list(owned_by_matches("The general partner of Acme Fund LP is owned by Jane Roe."))
    []
    >>> list(owned_by_matches("If Acme GP LLC is owned by Jane Roe, she may be deemed to own it."))
    []
    """
    pos = 0
    while (m := OWNED_BY.search(flat, pos)) is not None:
        pos = m.end()
        opener = _OPENER.match(flat, m.start())
        if opener is not None:
            if opener["cond"] or (m := OWNED_BY.match(flat, opener.end(), m.end())) is None:
                continue  # "If Acme GP LLC is owned by": nothing stated
        group = "holder" if m["holder"] else "holder2" if m["holder2"] else "holder3"
        pos = _last_name_start(flat, *m.span(group))  # ", which is wholly owned by" after it
        if m["holder"]:  # not in a relative clause: "which is owned by A and B is" is unclear
            m, pos = _clause_ended(flat, m, pos)
        if m is None:
            continue
        if m["holder"] and (tail := OWNER_LIST_TAIL.match(flat, m.end("holder"))) is not None \
                and not _cut_at_abbreviation(tail["last"]):
            m, pos = _described_owners(flat, m, tail, pos)
        holder = m[group]
        if m["holder"] and BY_BEFORE_OWNED.search(flat, max(0, m.start() - 20), m.start()):
            continue  # "The Shares held by Acme Fund LP are owned jointly by": not the fund
        if m["held"] and m["holder"] and \
                OF_BEFORE_OWNED.search(flat, max(0, m.start() - 40), m.start()):
            continue  # "The general partner of Acme Fund LP is owned by": not the fund
        if _PART_IN_NAME.match(flat, m.start()) or supposed_before(flat, m.start()):
            continue  # "Control of Acme GP LLC is owned by", "To the extent Acme GP LLC is"
        aside = KIND_ASIDE_RE.match(flat, m.end(group))  # "or" after "B, a Delaware corporation"
        if holder.rstrip(" .,").endswith(("'s", "’s", "‘s")) or \
                _POSSESSIVE_AT.match(flat, m.end(group)) or \
                (_OR_AFTER if m["plain"] else _OR_NAME_AFTER).match(
                    flat, aside.end() if aside else m.end(group)):
            continue  # "owned by Jane Roe's family trust", "by Jane Roe’s spouse", "or John Doe"
        yield m


def _last_name_start(flat: str, start: int, end: int) -> int:
    """Where the last name of the holder list ``flat[start:end]`` starts.

    >>> flat = "owned by Jane Roe and Beta Corp., a Delaware corporation"
    >>> flat[_last_name_start(flat, 9, 32):]
    'Beta Corp., a Delaware corporation'
    """
    last = split_names(flat[start:end])[-1]
    at = flat.rfind(last, start, end)
    return at if at > start else start


def _clause_ended(flat: str, m: re.Match[str], pos: int) -> tuple[re.Match[str] | None, int]:
    """``m`` with its holder list ended before a name that opens a clause of its own, and
    where to search on: the start of that name, or ``pos``.

    >>> flat = "Acme GP LLC is owned by Jane Roe and John Doe disclaims beneficial ownership."
    >>> m, pos = _clause_ended(flat, OWNED_BY.search(flat), 0)
    >>> m["holder"], flat[pos:pos + 8]
    ('Jane Roe', 'John Doe')
    """
    for j in _LIST_JOIN.finditer(flat, m.start("holder"), m.end("holder")):
        if _OWN_CLAUSE.match(flat, j.end()) is not None:  # "and B is owned by C"
            return OWNED_BY.match(flat, m.start(), j.start()), j.end()
    if len(split_names(m["holder"])) < 2:
        return m, pos
    last = _last_name_start(flat, *m.span("holder"))  # "and John Doe disclaims": its own
    if _OWN_CLAUSE.match(flat, last) is None:  # "and John Doe as tenants by the entirety"
        return m, pos
    end = len(flat[:last].rstrip().removesuffix("and").rstrip().rstrip(","))
    return OWNED_BY.match(flat, m.start(), end), last


#: Words printed with a stop that ends no sentence, the last of an owner's name cut there:
#: "Lehman Bros." of "Lehman Bros. Holdings Inc.", "Beta Intl." of "Beta Intl. Holdings Ltd."
ABBREVIATED_WORDS = frozenset({
    "bros", "cos", "intl", "natl", "mfg", "dept", "ave", "mgmt", "assn", "assoc", "hon", "rev",
    "prof", "gen", "messrs", "mses", "mmes", "sen", "gov", "ste", "blvd", "rd", "dist", "svcs",
    "grp", "hldgs", "invs", "ins", "fin", "sys", "ptnrs", "ft", "jt", "cap", "mgt", "admin"})


def _cut_at_abbreviation(last: str) -> bool:
    """Whether the list's last owner ``last`` ends in an abbreviation (:data:`ABBREVIATED_WORDS`):
    the sentence was cut at its stop, and the name goes on ("Lehman Bros. Holdings Inc.").

    >>> _cut_at_abbreviation("Lehman Bros"), _cut_at_abbreviation("Beta Holdings")
    (True, False)
    """
    words = last.rstrip(" .").split()
    return bool(words) and words[-1].lower() in ABBREVIATED_WORDS


def _described_owners(flat: str, m: re.Match[str], tail: re.Match[str], pos: int
                      ) -> tuple[re.Match[str], int]:
    """``m`` with its holder list read on through the appositives of its names (``tail``, a
    match of :data:`OWNER_LIST_TAIL` right after it), and where to search on: ``pos``, as for
    the first owner alone, so that an owner's own aside is read too ("Beta Corp., a corporation
    wholly owned by Gamma Inc., and Delta LLC"); ``m`` when the list cannot be read so. The match is of ``flat`` with
    each appositive written as spaces (:func:`~graphkit.parsers.prose_list_asides.blanked`):
    its positions are those of ``flat``.

    >>> flat = ("Acme GP LLC is owned by Acme Holdings LLC, a Delaware limited liability "
    ...         "company, and Acme LP, a Delaware limited partnership.")
    >>> m = OWNED_BY.search(flat)
    >>> m2, pos = _described_owners(flat, m, OWNER_LIST_TAIL.match(flat, m.end("holder")), 0)
    >>> owner_names(m2["holder"]), pos
    (['Acme Holdings LLC', 'Acme LP'], 0)
    """
    spans = [a.span() for a in KIND_ASIDE_RE.finditer(flat, tail.start(), tail.start("last"))]
    whole = OWNED_BY.match(blanked(flat, spans), m.start(), tail.end("last"))
    if whole is None or whole.end("holder") != tail.end("last"):
        return m, pos  # the list read otherwise: as it was
    return whole, pos  # on from the first owner: "Beta Corp., a corporation owned by Gamma"


def owner_names(holder: str) -> list[str]:
    """The owners a holder list of :data:`OWNED_BY` names, without a title or degree read as
    a name (:data:`_TITLE_ITEM`).

    >>> owner_names("Jane Roe, Trustee"), owner_names("Jane Roe and John Doe")
    (['Jane Roe'], ['Jane Roe', 'John Doe'])
    """
    return [n for n in split_names(holder) if _TITLE_ITEM.fullmatch(n.strip(" ,.")) is None]


def owned_party(name: str, text: str) -> bool:
    """True when ``name``, owned by the plain "is owned by", names a party: an entity (an
    organization word: :func:`~graphkit.parsers.prose_lists.entity_kind`) or a term the filing
    ``text`` defines in quotes, never a security or an asset (:data:`_ASSET_END`).

    >>> owned_party("Acme GP LLC", ""), owned_party("ZETA", 'a corporation ("ZETA")')
    (True, True)
    >>> owned_party("General Partner", ""), owned_party("Note", 'the "Note"')
    (False, False)
    >>> owned_party("Adviser", ""), owned_party("Adviser", 'Acme Capital LLC (the "Adviser")')
    (False, True)
    """
    name = trim_name(name)
    if not name or _ASSET_END.search(name):
        return False
    return (entity_kind(name) is not None and _ROLE_TERM.fullmatch(name) is None) or any(
        f"{q}{name}{p}" in text for q, p in (('"', '"'), ("“", "”")))

#: "Acme Holdings LLC owns approximately 99.6% of Beta Corp."; "Acme LLC ("Acme"), which owns
#: approximately 99.6% of Beta Corp. and whose sole member is Jane Roe" (a relative clause,
#: group ``holder2``; its verb singular: one name owns): the holder owns that part of the held
#: company (see :func:`graphkit.parsers.prose_percent_owned.percent_owned`: a majority only).
#: The held name is the whole object, the clause or sentence ending after it (a full stop
#: before a capital, or "and" before a word in lower case: "and whose"): not "Beta Corp.'s outstanding Shares", nor "Beta Corp. and
#: Gamma LLC" (of both, or of each?); not a security ("the Class A Shares": see
#: :data:`SECURITY_NAME`), nor the filing's issuer by a word ("the Issuer", "the Company").
#: "beneficially owns 6% of ..." is a holding of a class, never read here.
OWNS_PERCENT_OF = regex_cache.compile(rf"""
    (?:(?P<holder>{_NAME})\s+|(?P<holder2>{_NAME})\s*,\s+which\s+)
    (?:(?:directly|indirectly|also|currently)\s+)?(?:owns|holds)\s+
    (?:(?P<over>in\s+excess\s+of|more\s+than|over)\s+|(?:approximately|about|roughly)\s+)?
    (?P<pct>[0-9]{{1,3}}(?:\.[0-9]{{1,4}})?)\s*(?:%|percent|per\s+cent){PERCENT_NOTE}\s+of\s+
    (?:the\s+)?
    (?!(?:Issuer|Company|Partnership|Trust)\b)(?P<held>{_NAME})
    (?=\s*(?:[,;:)]|\.?\s*$)|\.\s+[A-Z"“(]|\s+(?:and|which|whose|who)\s+(?![A-Z]))
""", _F)
#: Cue of :data:`OWNS_PERCENT_OF`: "owns approximately 99.6% of "
OWNS_PERCENT_OF_CUE = regex_cache.compile(rf"""
    (?:owns|holds)\s+(?:(?:in\s+excess\s+of|more\s+than|over|approximately|about|roughly)\s+)?
    [0-9]{{1,3}}(?:\.[0-9]{{1,4}})?\s*(?:%|percent|per\s+cent){PERCENT_NOTE}\s+of\s
""", _F)
#: Strings one of which every match of :data:`OWNS_PERCENT_OF_CUE` holds
OWNS_PERCENT_OF_LITERALS = ("%", "percent", "per cent")

#: A held name of :data:`OWNS_PERCENT_OF` that names a security, not a company: "Class A
#: Shares", "Common Stock", "Series B Preferred", "Units", "Voting Securities" (a whole word:
#: "Comstock Holdings LLC" is a company)
SECURITY_NAME = regex_cache.compile(r"""
    ^(?:Class|Series|Common|Preferred|Ordinary|Voting)\b
    |\b(?:Stock|Shares?|Units?|Interests?|Securities|Notes?|Warrants?|Options?|Debentures
      |Preferred|ADSs?)\.?$
""", _F)

#: The corporate legal form that ends an operating company's name, a held name of
#: :data:`OWNS_PERCENT_OF`: "Beta Corp.", "Beta Holdings, LLC", "BETA CORPORATION", "Beta S.A."
#: (a name without one, a person's, a place's or "Schedule A", is no held company)
COMPANY_FORM_END = regex_cache.compile(r"""
    (?:,\s*|\s+)(?:Inc|Incorporated|Corp|Corporation|Co|Company|LLC|L\.L\.C|Ltd|Limited|plc
      |S\.A|AG|GmbH|N\.V|B\.V|S\.p\.A)\.?$
""", re.VERBOSE | re.IGNORECASE)

#: The rest of a company's name after a short form of it as printed elsewhere in a filing:
#: " Holding Corporation" after "Beta" of "Beta Holding Corporation" (matched right after the
#: short form; its words capitalised, a legal form of :data:`COMPANY_FORM_END` last)
COMPANY_NAME_REST = regex_cache.compile(r"""
    (?:\s+[A-Z][A-Za-z0-9&'\-]*){0,3}?(?:,\s*|\s+)
    (?:Inc|Incorporated|Corp|Corporation|Co|Company|LLC|L\.L\.C|Ltd|Limited|plc
      |INC|INCORPORATED|CORP|CORPORATION|COMPANY|LTD|LIMITED|PLC)\.?(?![A-Za-z0-9])
""", re.VERBOSE)

#: Words of a name that is no operating company's, whatever its legal form: a fund, a trust, a
#: partnership, a master or feeder ("Beta Offshore Fund, Ltd.", "Beta SICAV", "Beta Capital
#: Partners, LLC"), a security or a debt ("Gamma Corp. Class B", "Beta Term Loan"), a part of
#: a filing ("Schedule A", "Item 5") or a month ("December 2020")
NOT_AN_OPERATING_COMPANY = regex_cache.compile(r"""
    (?<![A-Za-z])(?:Funds?|Trusts?|SICAV|SICAF|ICAV|OEIC|Portfolios?|Master|Feeder|Partners
      |Partnership|L\.?P|LLLP|LLP|Offshore|Onshore|Investors|Opportunit(?:y|ies)|Class|Series
      |Loans?|Notes?|Schedule|Item|Exhibit|Annex|Appendix|Rule|Section
      |January|February|March|April|May|June|July|August|September|October|November|December)
    (?![A-Za-z])
""", re.VERBOSE | re.IGNORECASE)

#: A name that may be a short form of a company's ("Beta", "ABC", "Beta Holdings"): one to three
#: capitalised words of two characters or more (not "A." of "Schedule A.", nor "5.")
SHORT_COMPANY_NAME = regex_cache.compile(r"""
    [A-Z][A-Za-z0-9&'\-]+(?:\s+[A-Z][A-Za-z0-9&'\-]+){0,2}
""", re.VERBOSE)

#: The one phrase before a holder of :data:`OWNS_PERCENT_OF` that leaves its ownership a fact:
#: a source of knowledge, "To the knowledge of the Reporting Persons, ", "To the best of its
#: knowledge, ". Any other opening may make it hypothetical or conditional ("Assuming the
#: conversion of all Notes, ", "If the Offer is completed, ", "On a pro forma basis, ",
#: "Upon exercise of the Warrants, "), or name it among others ("Each of Acme LLC and "), so
#: the holder is read only as the sentence's plain subject or after this phrase.
OPENING_BEFORE_OWNER = regex_cache.compile(r"""
    To\s+the\s+(?:best\s+of\s+)?(?:[^\s,;:()]+\s+){0,4}?knowledge
    (?:\s+of\s+[^,;:()]{1,80}?)?,\s*
""", re.VERBOSE)

#: A holder of :data:`OWNS_PERCENT_OF` that is no party's own name: an opening word glued to it
#: ("Through Acme Holdings LLC Jane Roe"), or a word of a filing for a party it names elsewhere
#: ("Reporting Person", "Fund", "Company")
NOT_AN_OWNER = regex_cache.compile(r"""
    ^(?:(?:Through|Via|By|Except|Excluding|Only|Other|Each|Both|None|Neither|No|Under|After
         |Following|With|Without)\s
      |(?:Reporting\s+Persons?|Filing\s+Persons?|Funds?|Company|Issuer|Partnership|Trust
         |Adviser|Advisor|Manager|General\s+Partner)$)
""", re.VERBOSE)

#: A preposition right before the holder of a relative clause ("the investment manager of Acme
#: Fund LP, which owns 70% of Beta Corp.": which of the two owns it?), not "each of"
PREPOSITION_RIGHT_BEFORE = regex_cache.compile(r"""
    (?<![A-Za-z])(?<!each\s)(?<!Each\s)(?<!both\s)(?<!Both\s)
    (?:of|by|to|for|with|from|at|in|on)\s+(?:the\s+)?$
""", re.VERBOSE)
