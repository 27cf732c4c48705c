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
OWNED_BY = regex_cache.compile(rf"""
    (?:(?:[Ee]ach\s+of|[Bb]oth)\s+(?P<each>{LISTED})(?=\s+(?:is|was)\s)   # "Each of A and B is"
      |(?P<listed>{LISTED})(?=\s+(?:are|were)\s)                          # "A and B are"
      |(?P<held>{_NAME})){_NOT_A_SECURITY}
    (?:(?:{_DESCRIPTOR}(?=\s*,))?\s*,?\s+(?:is|was|are)\s+(?:(?:a|an)\s+[^.;,()"“”]{{1,80}}?\s+)?   # " is (a corporation)"
       {_WHOLLY_OWNED_BY}(?P<holder>{NAMES})
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
""", _F)
#: "by" right before the held name of :data:`OWNED_BY`, which makes the name the agent of a
#: phrase about something else, not what is owned: "held by " of "The Subject Shares held by
#: Acme Fund LP are owned jointly by John Doe and Jane Roe" (the shares are, not the fund);
#: "through the " (searched back from the held name: it ends there)
BY_BEFORE_OWNED = regex_cache.compile(r"""(?<![A-Za-z])(?:by|through)\s+(?:the\s+)?$""", _F)

#: Strings one of which every match of :data:`OWNED_BY_CUE` holds
OWNED_BY_LITERALS = ("wholly", "majority", "jointly", "equally")

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
    (?P<pct>[0-9]{{1,3}}(?:\.[0-9]{{1,4}})?)\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+)?
    (?!(?:Issuer|Company|Partnership|Trust)\b)(?P<held>{_NAME})
    (?=\s*(?:[,;:)]|\.?\s*$)|\.\s+[A-Z"“(]|\s+(?:and|which|whose|who)\s+(?![A-Z]))
""", _F)
#: Cue of :data:`OWNS_PERCENT_OF`: "owns approximately 99.6% of "
OWNS_PERCENT_OF_CUE = regex_cache.compile(r"""
    (?:owns|holds)\s+(?:(?:in\s+excess\s+of|more\s+than|over|approximately|about|roughly)\s+)?
    [0-9]{1,3}(?:\.[0-9]{1,4})?\s*(?:%|percent|per\s+cent)\s+of\s
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
