"""The named patterns of filing prose: names, roles, relationship sentences and their cues.

Every relationship pattern starts with a name (``NAME``/``NAMES``), and a regular expression
that starts with a name is slow: the engine tries a match at every capitalised word and lets
the name run over whole capitalised headings before giving up. So each pattern has a *cue*: a
short regular expression for a stretch of text that every match of the pattern contains (its
verb and role words: "is the general partner of", ", as trustee of", "subsidiary of"). A
sentence without the cue cannot match, and the pattern is not run on it. The cues are
necessary conditions only, so skipping on them never changes what is found; the keywords of
:data:`RELATION_KEYWORD` in turn appear in every cue, so sentences without one are not even
flattened. :mod:`graphkit.parsers.prose` applies them; the tests check each cue against the
example of its pattern. Where sentences end and how layout space is squeezed are the patterns
of :mod:`graphkit.parsers.prose_sentence_patterns` (re-exported here).

Examples
--------
>>> bool(HOLDER_IS_ROLE_OF_CUE.search("Acme GP, LLC is the general partner of Acme Fund, L.P."))
True
>>> bool(HOLDER_IS_ROLE_OF_CUE.search("ACME GP, LLC / ACME FUND, L.P. / ACME HOLDINGS INC."))
False
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_aside_patterns import (
    BUILDING_LINE, NAMED_KIND, TRUST_DATE_ASIDE, IN_TURN as _IN_TURN,
    KIND_DESCRIPTOR as _KIND_DESCRIPTOR)
from graphkit.parsers.prose_guards import KIN
from graphkit.parsers.prose_name_patterns import (  # noqa: F401  (re-exported)
    _LEGAL, _NAME, _WORD, KIN_NAMES, LIST_AND, LISTED, NAME, NAMES, THE_NAMES)
from graphkit.parsers.prose_role_patterns import (  # noqa: F401  (re-exported)
    _ONE_OF, BARE_PLURAL_ROLE, OFFICER_ABBREVIATIONS, ROLE, ROLE_OF_TAIL, ROLE_WORDS, ROLES)
from graphkit.parsers.prose_sentence_patterns import (  # noqa: F401  (re-exported)
    _OPENER_WORDS, _SENTENCE_OPENER, LAYOUT_SPACE, LAYOUT_SPACE_RUN, LISTED_ARTICLE, SENTENCE_END)
from graphkit.parsers.prose_stock_patterns import (  # noqa: F401  (re-exported)
    PART_EXCEPTED, PERCENT_OF_STOCK, PERCENT_OF_STOCK_CUE, PERCENT_OF_STOCK_LITERALS)
from graphkit.parsers.prose_subsidiary_patterns import (  # noqa: F401  (re-exported)
    AND_SUBSIDIARY_OF, AND_SUBSIDIARY_OF_CUE, EACH_OF_WHICH_SUBSIDIARY_OF,
    EACH_OF_WHICH_SUBSIDIARY_OF_CUE, LISTED_SUBSIDIARIES_OF, LISTED_SUBSIDIARIES_OF_CUE,
    SUBSIDIARY_OF, SUBSIDIARY_OF_CUE)

_F = re.VERBOSE


#: "as" or "in its capacity as" before a role: "in his capacities as", "in her capacity as"
_AS_CAPACITY = r"""(?:(?:individually\s+and\s+)?as|in\s+(?:its|his|her|their)\s+capacit(?:y|ies)\s+as)"""

#: What a role aside may hold that refers back to a list just read, not to a party of its own:
#: "the Funds", "the Acme Partnerships", "its affiliates", "the entities" (a plural: no
#: capitalised word after it), "those entities", "such entities", "each of them", "which",
#: "both" ("as general partner of the Funds, may"; "in her capacity as managing member of those
#: entities, may"). Not "the Roe Trust", "Acme GP LLC", "the General Partner".
#: A plural that ends names of their own, never a reference back to a list: "the Acme
#: Partners", "the Roe Holdings", "Beta Associates"
_NAME_PLURAL = r"""(?:Partners|Holdings|Associates|Investors|Advisors|Advisers|Enterprises
    |Industries|Brothers|Ventures|Properties|Resources|Securities|Services|Systems)\b"""
#: Trusts named after someone, never a reference back: "the Roe Trusts", "the Roe Family Trusts"
#: ("the Trusts" is one)
_NAMED_TRUSTS = r"""(?:[A-Z][A-Za-z\-]*\s+){1,2}Trusts\b"""
_LIST_REFERENCE = rf"""(?:(?:those|these|such|each|all|both|either|any|which|them)(?![A-Za-z])
    |(?:the|its|their)\s+(?!{_NAMED_TRUSTS})(?:[A-Za-z][A-Za-z\-]*\s+){{0,2}}(?!{_NAME_PLURAL})
      [A-Za-z][A-Za-z\-]*s
      (?![A-Za-z'’\-])(?!\s+[A-Z]))"""

#: A role's party that refers back to a list just read: " of the Funds" of "the general partner
#: of Acme Fund LP and Beta Fund LP, as general partner of the Funds, Acme GP LLC may" (searched
#: after the role)
OF_LIST_REFERENCE = regex_cache.compile(rf"""\s+(?:of|to|for)\s+{_LIST_REFERENCE}""", _F)

#: A later name of a held list that is the next clause's subject: after "and", a name, its role
#: aside of a party named (not of the list: :data:`_LIST_REFERENCE`), the clause's verb (",
#: and Jane Q. Roe" of "general partner of Acme Fund LP, and Jane Q. Roe, as managing member of
#: Acme GP LLC, may be deemed"). Not a last fund before the holder's own aside ("of Acme Fund
#: LP and Beta Fund LP, as general partner of the Funds, Acme GP LLC may"; "Acme GP LLC, the
#: general partner of Acme Fund LP and Beta Fund LP, in its capacity as general partner of the
#: Funds, may"; "..., as general partner of which it has") nor a list before ", as applicable"
#: (no role)
_ASIDE_SUBJECT = rf"""(?!{_NAME}\s*,\s*{_AS_CAPACITY}\s+(?:the\s+|its\s+|an?\s+)?{ROLES}\s+(?:of|to|for)\s
    (?!{_LIST_REFERENCE})(?:[^;.]|\.(?!\s+[A-Z"“])){{1,160}}?
    ,\s+(?:also\s+|therefore\s+|each\s+)?(?:may|might|could
      |would|will|can|is|are|was|were|has|have|had|shares?|holds?|owns?|controls?|directs?)\b)"""
#: The subject of a clause stating a role with "its" or "their", after "and" (no comma between):
#: "Jane Roe and John Doe are its managing members" of "general partner of Acme Fund LP and Jane
#: Roe and John Doe are its managing members" (:mod:`graphkit.parsers.prose_its` reads it)
_ITS_SUBJECT = r"""[^,;]{1,80}?\s(?:is|are)\s+(?:also\s+)?(?:its|their)\s"""
#: A regulator, no client nor party held: "the Securities and Exchange Commission" of "Acme LP,
#: a registered investment adviser of the Securities and Exchange Commission, manages Acme
#: Fund", "the SEC", "the Commission", "the CFTC", "FINRA"
_REGULATOR = r"""(?:(?i:securities\s+and\s+exchange|commodity\s+futures\s+trading)\s+(?i:commission)
    |(?:SEC|CFTC|FINRA|NFA|Commission)(?![A-Za-z0-9'\-]|\s+[A-Z]))"""
#: :data:`NAMES` of held parties: not a regulator (:data:`_REGULATOR`); a list that runs on into
#: the next clause's subject stops before it (:data:`_ASIDE_SUBJECT`); a company's "and" is read
#: one way (:data:`~graphkit.parsers.prose_name_patterns.LIST_AND`: the list's reading only checks
#: more than the name's); a group term after "each of the" ("of each of the Funds") is held;
#: names after "and" that are the subject of an "its" clause are not (:data:`_ITS_SUBJECT`)
HELD_NAMES = rf"""(?:(?:each\s+of\s+(?:the\s+)?|both\s+)?(?!{_REGULATOR}){_NAME}
    (?:\s*,\s*(?:and\s+{_ASIDE_SUBJECT}|(?!and\s))(?!{_LEGAL})(?!{BUILDING_LINE}){_NAME}
      |{LIST_AND}{_ASIDE_SUBJECT}(?!{_ITS_SUBJECT}){_NAME})*)"""

#: Where a list of held names may end: punctuation, the end, or a joining word, never a verb
#: ("general partner of Alpha Fund and Jane Q. Roe is ..." holds only "Alpha Fund"), or a
#: word of time ("the manager of Acme Fund, LLC until 2005"). A comma before a legal form ends
#: no list: the form is the name's (not "Acme Fund" of "Acme Fund, LLC until 2005").
#: A stop after a lone capital or a title ends no list when a capitalised word follows:
#: "Director of Acme Corp. and Jane Q. Roe is ..." holds "Acme Corp.", not "Acme Corp. and Jane
#: Q"; "whose sole member is Mr. Roe, and Mr. Roe (by ..." holds no "Mr". A trust's date ends
#: the list: "trustee of the John Doe Trust u/a/d 1/1/2000, which owns" holds "John Doe Trust".
#: A parenthesis after a dotted legal form ends the list with the form's stop: "member of Acme
#: Advisers L.L.C. (a Delaware company)" holds "Acme Advisers L.L.C.", not "... L.L.C"; so
#: after "Inc.", "Corp.", "Ltd.", "Co.".
_LIST_END = rf"""(?=\s*(?:,(?!\s*{_LEGAL})|[;:)]|$)|{TRUST_DATE_ASIDE}
    |(?:(?<=[A-Z]\.)|(?<=\bInc\.)|(?<=\bCorp\.)|(?<=\bLtd\.)|(?<=\bCo\.))\s+\(
    |\s*\.(?!(?:(?<=\s[A-Z]\.)|(?<=\bM[rs]\.)|(?<=\bMrs\.)|(?<=\bDr\.))\s+[A-Z])
    |\s+(?:and|as|which|who|with|in|to|for|by|may|that|each|has|have
      |until|since|from|through|prior|during|at|upon|following)\b)"""

#: The title of a trust's trustee after its name: "Trustee", "Co-Trustees", "Sole Trustee",
#: "Successor Trustee"
_TRUSTEE_WORD = r"""(?:[Cc]o-|[Ss]ole\s+|[Ss]uccessor\s+)?[Tt]rustees?"""

#: A group defined in passing after a name, skipped: ' (together with Acme GP, the "Filers")'
_TOGETHER_ASIDE = r"""\s*\((?:together|collectively)\s+with\s[^()]{0,160}\)"""

#: A descriptor after a name, skipped: ", a Cayman Islands exempted company ("Acme GP")"
_DESCRIPTOR = r"""\s*,\s+(?:a|an)\s+[^,.;()"“”]{1,80}?(?:\s*\((?:the\s+)?["“][^"“”()]{1,40}["”]\))?"""

#: An aside after "of", skipped: "the Member of, and may be deemed to own securities owned by, Y"
_OF_ASIDE = r"""(?:\s*,\s+and\s+[^,.;()]{1,120}?,)?"""

#: A relative clause after a name, skipped: ", which is owned jointly by John Doe and Jane Roe" of
#: "Acme GP LLC, which is owned jointly by John Doe and Jane Roe, is the general partner of Acme
#: Fund LP", ", whose sole member is Jane Roe", ", the sole member of which is Jane Roe", ", the
#: sole member and manager of which is Jane Roe" (no comma in it: the comma after it comes
#: before the verb)
_WHICH_ASIDE = r"""\s*,\s+(?:(?:which|who)\s+(?:is|was|are|were)|whose
    |the\s+(?:[a-z]+\s+){1,5}of\s+which\s+(?:is|are|was|were))\s+[^,.;:()"“”]{1,120}?"""

#: A kinship appositive after a name, skipped: ", husband of Jane Q. Roe" of "John A. Doe,
#: husband of Jane Q. Roe, is an officer" (the one named first is the subject)
_KIN_ASIDE = rf"""\s*,\s+(?:the\s+|her\s+|his\s+|their\s+)?{KIN}\s+of\s+{_NAME}"""

#: A last name with its article that ends a list and its clause: " and the Management
#: Company." of "Chairman of the GP and the Management Company." (not " and the Reporting
#: Persons may ...": a clause of its own); trusts with their dates: " dated January 1, 2000 and
#: the Doe Family Trust dated June 1, 2001." (the dates are taken out when the list is split),
#: or named for a year: " and the 2015 Doe Trust."
_AND_THE_LAST = rf"""(?:{TRUST_DATE_ASIDE}?\s*,?\s+and\s+the\s+(?:(?:19|20)[0-9]{{2}}\s+)?[A-Z][A-Za-z0-9.'\-]*
    (?:\s+[A-Z][A-Za-z0-9.'\-]*)*{TRUST_DATE_ASIDE}?(?=\s*(?:[,;:)]|\.?$)))?"""


#: The verbs of "X is/serves as the ROLE of Y", also "is also", "also is" ("Acme GP also is the
#: general partner of Roe Fund"), "has been" (a role held since some time and still held: "Mr.
#: Roe has been the President of Acme Corp. since 1998")
_IS = r"""(?:(?:also\s+)?(?:(?:is|are)(?:\s+also)?|was|were|serves|serve|served|acts|act|acted)
    |(?:has|have)(?:\s+also)?\s+been)"""

# --- relationship sentences ----------------------------------------------------------------

#: "ACM serves as the sole general partner of ACF, ACFA, ACFAQ and ACFP, and as the sole
#: investment general partner of ACFCV"; "A and B are the managing members of X";
#: "X is the investment manager to Y"; "X is the sole shareholder and president of Y";
#: "Acme GP Ltd., a Cayman Islands exempted company, is the general partner of Acme Fund, L.P.";
#: "Mr. Roe is the Member of, and may be deemed to beneficially own securities owned by, Acme";
#: "Jane Q. Roe serves as Chairman of the GP and the Management Company"; "Jane Q. Roe is one
#: of three trustees of the Acme Employees' Stock Ownership Plan"; "Mr. Roe is the sole
#: shareholder of Acme Advisers, and a member and the controlling owner of Acme Capital, LLC"
#: (a second role without "as" opens with "a"/"an": "and the members of Y are" is a clause);
#: "Jane Q. Roe is the managing partner of Acme Partners and the president of Acme, Inc." (a
#: second role with "the" is one holder's, "the president", and its party ends the clause; a list
#: of parties after "each of" or "both": "Acme Capital LLC is the managing member of Acme GP LLC
#: and the general partner of each of Roe Fund LP and Roe Fund II LP");
#: "Acme GP is the general partner of a partnership called Acme Partners" (the words before a
#: held name: :mod:`graphkit.parsers.prose_aside_patterns`); "Acme GP LLC, which is owned by
#: Jane Roe, is the general partner of Acme Fund LP" (a relative clause skipped).
#: "respectively" between the roles of :data:`HOLDER_IS_ROLE_OF` and their party, group
#: ``resp``: ", respectively," of "Roe and Doe are President and Chairman, respectively, of Acme
#: Corp." (the holders and roles pair in order)
_RESPECTIVELY_ASIDE = r"""(?P<resp>\s*,\s*respectively\s*,)"""
HOLDER_IS_ROLE_OF = regex_cache.compile(rf"""
    (?P<holder>{NAMES})(?:{_TOGETHER_ASIDE}|(?:{_DESCRIPTOR}|{_KIN_ASIDE}|{_WHICH_ASIDE})(?=\s*,))?\s*,?\s+
    {_IS}\s+(?:(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)as\s+)?  # not "each Manager is as a"
    {_ONE_OF}?(?P<role>{ROLES}){_RESPECTIVELY_ASIDE}?\s+(?:of|to|for){_OF_ASIDE}\s+(?:the\s+|{NAMED_KIND})?
    (?P<held>{HELD_NAMES}{_AND_THE_LAST}){_LIST_END}
    (?:\s*,?\s*and\s+(?:as\s+|(?=an?\s))(?P<role2>{ROLES})\s+(?:of|to|for)\s+(?:the\s+)?(?P<held2>{HELD_NAMES}){_LIST_END}
      |\s*,?\s*and\s+(?P<role3>the\s+{ROLE})(?<![sS])\s+(?:of|to|for)\s+(?:the\s+)?
       (?P<held3>{_NAME}|(?:each\s+of|both)\s+(?:the\s+)?{LISTED})(?=\s*(?:[,;:)]|\.?$)))?
""", _F)
#: Cue of :data:`HOLDER_IS_ROLE_OF`: "serves as the sole general partner of "
HOLDER_IS_ROLE_OF_CUE = regex_cache.compile(rf"""
    {_IS}\s+(?:as\s+)?{_ONE_OF}?{ROLES}(?:\s*,\s*respectively\s*,)?\s+(?:of|to|for)[\s,]
""", _F)

#: "ACM, as sole general partner of ACF, ACFA, ACFAQ and ACFP, and as sole investment general
#: partner of ACFCV, may also be deemed"; "X, in its capacity as investment manager of Y";
#: "Jane Q. Roe, in her capacities as the President and sole stockholder of Acme Corp."
HOLDER_AS_ROLE_OF = regex_cache.compile(rf"""
    (?P<holder>{_NAME})\s*,\s*{_AS_CAPACITY}\s+
    (?P<role>{ROLES})\s+(?:of|to|for)\s+(?:the\s+)?(?P<held>{HELD_NAMES})
    (?:\s*,?\s*and\s+as\s+(?P<role2>{ROLES})\s+(?:of|to|for)\s+(?:the\s+)?(?P<held2>{HELD_NAMES}))?
""", _F)
#: Cue of :data:`HOLDER_AS_ROLE_OF`: ", as sole general partner of "
HOLDER_AS_ROLE_OF_CUE = regex_cache.compile(rf"""
    ,\s*{_AS_CAPACITY}\s+{ROLES}\s+(?:of|to|for)\s
""", _F)

#: "Acme Management, L.L.C., the general partner of AFP, ..." (appositive)
#: "Acme GP, LLC, the general partner of Acme Fund I, Acme Fund II and Acme Fund KG, may be
#: deemed" (every listed name is held); after the kind of entity the holder is (group
#: ``kind``): 'Acme GP LP, a Delaware limited partnership and the general partner of Acme Fund
#: ("AGP"), ...' (one name held: :func:`~graphkit.parsers.prose_appositives.appositive_held`);
#: "Jane Roe and John Doe, members of Acme GP LLC, ..." (a plural role with no article, group
#: ``bare``: read only after a list of persons, :mod:`graphkit.parsers.prose_bare_roles`);
#: one role each of a list: "Jane Roe and John Doe, each a managing member of Acme GP LLC, ..."
#: (every listed holder holds it: "each" is in :data:`~graphkit.parsers.prose_roles.PLURAL_HOLDERS`)
HOLDER_THE_ROLE_OF = regex_cache.compile(rf"""
    (?P<holder>{_NAME})(?:(?P<kind>{_KIND_DESCRIPTOR})\s+and\s+|\s*,\s*(?:each\s+(?=a\s))?)
    (?P<role>(?:the|its|a)\s+{ROLES}|(?P<bare>{BARE_PLURAL_ROLE}))\s+(?:of|to|for)\s+(?:the\s+)?
    (?:(?P<held>{HELD_NAMES}){_LIST_END}|(?!{_REGULATOR})(?P<held1>{_NAME}))
""", _F)
#: Cue of :data:`HOLDER_THE_ROLE_OF`: ", the general partner of ", " and the general partner
#: of ", ", members of ", ", each a managing member of "
HOLDER_THE_ROLE_OF_CUE = regex_cache.compile(rf"""
    (?:(?:,(?:\s*each(?=\s+a\s))?|\sand)\s*(?:the|its|a)\s+{ROLES}|,\s*{BARE_PLURAL_ROLE})
    \s+(?:of|to|for)\s
""", _F)

#: "Acme Holdings is the sole member of AGP, which is the general partner of Acme Capital"
#: (a relative clause: AGP is the general partner of Acme Capital); "Acme GP Ltd., a Cayman
#: Islands exempted company ("AGP"), which serves as the general partner of Acme Associates";
#: "Acme GP LLC, which, in turn, is the managing member of Acme Sub LLC" (also "which in turn");
#: "which services as investment manager to" (a filer's typo for "serves": "services as" is
#: no verb of its own)
WHICH_IS_ROLE_OF = regex_cache.compile(rf"""
    (?P<holder>{_NAME})(?:{_DESCRIPTOR})?\s*,\s*(?:which|who){_IN_TURN}(?:is|are|was|serv(?:es|ices)\s+as|acts\s+as)
    \s+(?:also\s+)?(?P<role>{ROLES})\s+(?:of|to|for)\s+(?:the\s+)?(?P<held>{HELD_NAMES}){_LIST_END}
""", _F)
#: Cue of :data:`WHICH_IS_ROLE_OF`: ", which is the general partner of ", ", which, in turn, is "
WHICH_IS_ROLE_OF_CUE = regex_cache.compile(rf"""
    ,\s*(?:which|who){_IN_TURN}(?:is|are|was|serv(?:es|ices)\s+as|acts\s+as)\s+(?:also\s+)?{ROLES}
    \s+(?:of|to|for)\s
""", _F)

#: The last part of a list that is the plural head its part before shares: "Profit Sharing
#: Trusts" of "Acme Corp. Pension and Profit Sharing Trusts" (the Pension Trust and the Profit
#: Sharing Trust: one name, not two parties)
SHARED_HEAD = regex_cache.compile(r"""
    (?<![A-Za-z])(?:Trusts|Plans)\.?$      # Profit Sharing Trusts
""", _F)

#: A title of several persons (a pattern string): "Messrs.", "Mses.", "Mmes.", "Drs."
PLURAL_TITLES = r"""(?:Messrs|Mses|Mmes|Drs)"""
#: Persons titled together: "Messrs. Roe and Doe", "Mses. Roe and Major", "Drs. Roe and Doe"
#: (each is "Mr. Roe"...)
PLURAL_TITLE = regex_cache.compile(rf"""^(?P<title>{PLURAL_TITLES})\.?\s+(?=[A-Z])""", _F)

#: "the three individual general partners of ACM, Messrs. Jane Q. Roe ("Roe"), John R. Doe
#: ("Doe") and Richard T. Miles ("Miles")": the role of the held party, then its holders by
#: their titles. The plural title is required: "the general partner of ACF, ACFA and ACFP"
#: lists held parties, not holders.
ROLE_OF_HELD_TITLED = regex_cache.compile(rf"""
    (?<![A-Za-z])(?P<role>[Tt]he\s+(?:(?:two|three|four|five|six|several)\s+)?{ROLES})\s+of\s+
    (?P<held>{_NAME})\s*,\s*(?P<holder>{PLURAL_TITLES}\.?\s+{NAMES})
""", _F)
#: Cue of :data:`ROLE_OF_HELD_TITLED`: ", Messrs. "
ROLE_OF_HELD_TITLED_CUE = regex_cache.compile(rf""",\s*{PLURAL_TITLES}\.?\s""", _F)

#: "Each of Messrs. Roe and Doe, as a managing member of each of Acme Management and Acme
#: Advisors, may be deemed": every holder of the list holds every held party.
EACH_AS_ROLE_OF = regex_cache.compile(rf"""
    (?<![A-Za-z])(?:[Ee]ach\s+of|[Bb]oth)\s+(?P<holder>(?:{PLURAL_TITLES}\.?\s+)?{NAMES})
    \s*,\s*as\s+(?P<role>{ROLES})\s+(?:of|to|for)\s+(?:the\s+)?(?P<held>{HELD_NAMES}){_LIST_END}
""", _F)
#: Cue of :data:`EACH_AS_ROLE_OF`: "Each of Messrs. R"
EACH_AS_ROLE_OF_CUE = regex_cache.compile(rf"""
    (?:[Ee]ach\s+of|[Bb]oth)\s+(?:{PLURAL_TITLES}\.?\s+)?[A-Z]
""", _F)

#: "The members of ACM are Jane Q. Roe, John R. Doe and Mary S. Major"; "the general partner of
#: Y is X"; "The general partner to Y is X" (for "are Mr. Roe's son, John Roe": listed_persons);
#: "The general partner of each of Acme Fund LP and Beta Fund LP (together, the "Funds") is X"
#: (which of a held list's names: :func:`graphkit.parsers.prose_lists.held_names`)
ROLE_OF_HELD_IS = regex_cache.compile(rf"""
    (?<![A-Za-z])(?P<role>(?:[Tt]he|[Ii]ts)\s+{ROLES})\s+(?:of|to|for)\s+
    (?P<held>(?:each\s+of\s+)?{LISTED}|{_NAME})\s+
    (?:is|are|was|were|include|includes)\s+(?P<holder>{NAMES})
""", _F)
#: Cue of :data:`ROLE_OF_HELD_IS`: "The members of " (opens with the class of its first
#: letters, which the engine scans for; an opening alternation is tried at every position)
ROLE_OF_HELD_IS_CUE = regex_cache.compile(rf"""[TtIi](?:(?<=[Tt])he|(?<=[Ii])ts)\s+{ROLES}\s+(?:of|to|for)\s""",
                                          _F)

#: "Acme Fund LLC, of which Acme Capital LLC is the managing member"; "Acme Master Fund LP
#: (the "Master Fund") for which Acme Advisers LLC ("AA") serves as investment adviser"; "the
#: Acme Trust and the Beta Trust, of which Jane Q. Roe is trustee" (which of a list's names the
#: clause is about: :func:`graphkit.parsers.prose_lists.held_names`). Without a comma before
#: "of which" (group ``bare``) the clause is read only after an entity's name ("held by Acme
#: Capital, LLC of which Jane Q. Roe is the sole managing member"): in "co-owned by Jane Q. Roe
#: of which ..." the clause is not about the name before it; nor a kinship phrase: "her spouse, " of
#: "of which Jane Roe and her spouse, John Doe, are general partners" (:data:`KIN_NAMES`).
OF_WHICH_HOLDER_IS = regex_cache.compile(rf"""
    (?P<held>{THE_NAMES})(?:{TRUST_DATE_ASIDE})?
    (?:\s*,\s*of|\s*,?\s+for|(?P<bare>\s+of)|{_KIND_DESCRIPTOR}\s+of)\s+which\s+
    (?:the\s+)?(?P<holder>{KIN_NAMES})\s+
    (?:is|are|was|were|serves\s+as|serve\s+as|acts\s+as|act\s+as)\s+(?P<role>{ROLES})
    (?=\s*(?:[,.;:)]|$)|\s+(?:and|with|that|which|who)\b)
""", _F)
#: Cue of :data:`OF_WHICH_HOLDER_IS`: " of which Jane Q. Roe is the sole managing member" (a
#: name, a verb and a role after "of which": a bare "each of which" is no cue; "his wife, ...")
OF_WHICH_HOLDER_IS_CUE = regex_cache.compile(rf"""
    (?:,\s*|\s+)(?:of|for)\s+which\s+(?:the\s+)?(?:(?:each\s+of\s+|both\s+)?[A-Z]|(?:his|her|their)\s)
    [^;]{{0,400}}?\s
    (?:is|are|was|were|serves\s+as|serve\s+as|acts\s+as|act\s+as)\s+{ROLES}
""", _F)

#: What a list of names is, between it and "whose", in words that name no other party and deny
#: nothing: "are Delaware limited partnerships " (no preposition: not "are limited partners of
#: Gamma Partners LP, " nor "are parties to the Agreement ": "whose" is then about the party
#: named; not "are not partnerships ")
_LIST_KIND = r"""(?:(?!(?<![A-Za-z])(?:of|to|for|with|by|from|in|under|at|on|not|no|never|neither
    |nor)(?![A-Za-z]))[^,.;()"“”]){1,80}?"""

#: "Acme Partners, L.P. is a Delaware limited partnership whose sole general partner is Acme
#: Capital Management, LLC"; "Acme Fund, whose managers are Jane Q. Roe and John Doe"; "Acme
#: LLC, which owns approximately 99% of Beta and whose sole member is Jane Q. Roe"; a list (group
#: ``listed`` set) that is the head of the relative clause (or "..., the general partner of which
#: is Acme GP LLC", right after the name: after an aside "a subsidiary of Acme Holdings LLC, the
#: sole member of which is" is of the aside's party): "Each of Acme Fund LP and Beta Fund
#: LP (the "Funds") is a Delaware limited partnership whose general partner is Acme GP LLC", "A
#: and B are Delaware partnerships whose ..." (group ``kind``), "A and B, whose ..." (which of
#: its names: :func:`graphkit.parsers.prose_held_first.whose_held`); not "A and B are members of
#: C, whose" (C's), nor "A is a limited partner of C, whose" (group ``pred``, the predicate:
#: C's, see :func:`~graphkit.parsers.prose_held_first.whose_held`)
WHOSE_ROLE_IS = regex_cache.compile(rf"""
    (?P<held>(?:[Ee]ach\s+of\s+)?{LISTED}(?P<listed>)|{_NAME})
    (?(listed)(?:\s*,?\s+(?P<kind>(?:(?:is|was)\s+(?:a|an)|are|were)\s+{_LIST_KIND})\s*,?|\s*,)?
     |(?:(?P<pred>\s*,?\s+(?:is|was)\s+(?:a|an)\s+[^,.;()"“”]{{1,80}}?\s*,?)
       |\s*,\s+(?:a|an)\s+[^,.;()"“”]{{1,80}}?\s*,?(?P<aside>)
       |\s*,\s+which\s+[^,;()"“”]{{1,120}}?\s+and(?P<which>)|\s*,)?)
    \s+(?:whose\s+|(?(pred)(?!)|(?(aside)(?!)|(?(which)(?!)|(?(kind)(?!)|(?P<the>the\s+))))))
    (?P<role>{ROLES})(?(the)\s+of\s+which)
    \s+(?:is|are|was|were)\s+(?P<holder>{NAMES}){_LIST_END}
""", _F)
#: Cue of :data:`WHOSE_ROLE_IS`: "whose sole general partner is ", "the general partner of which
#: is " (its "the" stands first, as in the pattern: a role alternation first is tried at every
#: position of the sentence)
WHOSE_ROLE_IS_CUE = regex_cache.compile(rf"""
    (?:whose\s+{ROLES}|the\s+{ROLES}\s+of\s+which)\s+(?:is|are|was|were)\s
""", _F)

#: "By virtue of Jane Q. Roe's positions as President and sole shareholder of Acme Co., Inc."
POSITION_AS_ROLE_OF = regex_cache.compile(rf"""
    (?P<holder>{_NAME})['’]s\s+(?:positions?|capacity|capacities|roles?)\s+as\s+(?:the\s+)?
    (?P<role>{ROLES})\s+(?:of|to|for)\s+(?:the\s+)?(?P<held>{HELD_NAMES}){_LIST_END}
""", _F)
#: Cue of :data:`POSITION_AS_ROLE_OF`: "'s positions as President"
POSITION_AS_ROLE_OF_CUE = regex_cache.compile(rf"""
    ['’]s\s+(?:positions?|capacity|capacities|roles?)\s+as\s+(?:the\s+)?{ROLES}\s+(?:of|to|for)\s
""", _F)

#: "Y's investment manager, X" / "X, Y's general partner" / "Jane Q. Roe, the Issuer's
#: President, John R. Doe, the Issuer's Secretary" (in a list of such appositions each title
#: is the name's before it: "the Issuer's President, John R. Doe" is not read as Doe's; nor is
#: a possessive after the comma a holder: "Acme Bank's officers, Beta Fund's and Gamma's
#: employees" lists employers; nor is a legal form after a name's comma a name: "Acme Fund,
#: L.P.'s general partner is" holds no "L.P.")
POSSESSIVE_ROLE = regex_cache.compile(rf"""
    (?P<holder>{_NAME})\s*,\s*(?:the\s+)?(?!{_LEGAL}['’]s)       # not "L.P." of "Acme, L.P.'s"
    (?P<held>{_NAME})['’]s\s+(?P<role>{ROLES})
  | (?P<held2>{_NAME})['’]s\s+(?P<role2>{ROLES})\s*,\s*(?P<holder2>{_NAME})(?![A-Za-z0-9.'\-])(?<!['’]s)   # a whole name, no possessive:
    (?!(?:\s+[A-Z][A-Za-z0-9.'\-]*)*['’]s\b)                # not "Acme" of "Acme Company's"
    (?!\s*,\s*(?:the\s+)?{_NAME}['’]s\s)
""", _F)
#: Cue of :data:`POSSESSIVE_ROLE`: "'s investment manager"
POSSESSIVE_ROLE_CUE = regex_cache.compile(rf"""['’]s\s+{ROLES}""", _F)

#: A title before a name, dropped from a subsidiary's name: "Chief Executive Officer of Acme
#: Capital LP, a wholly owned subsidiary of Acme Holdings" names Acme Capital LP.
TITLE_OF = regex_cache.compile(r"""
    ^(?:[A-Z][a-z]+\s+){0,3}(?:Officer|President|Chairman|Director|Partner|Member|Manager|Trustee)
    \s+of\s+(?:the\s+)?(?=[A-Z])
""", _F)

#: A later name of a held list that is a role of a party: "President of Beta Inc." of "Vice
#: President and Treasurer of Acme Corp. and President of Beta Inc." (a second statement), or a
#: holder that is no name: "The Director of Acme Corp."
ROLE_OF_NAME = regex_cache.compile(rf"""
    ^(?P<role>{ROLES})\s+(?:of|to|for)\s+(?:the\s+)?(?P<name>[A-Z].*)$
""", _F)

#: "Acme GP is a private partnership whose principal business is acting as the general partner
#: of Acme Fund"; "The principal business of the Manager is to serve as a general partner and
#: investment manager of the Funds"; "Its principal business is to act as the sole general
#: partner of Acme Properties" (the holder is the party the sentence before introduced: see
#: :mod:`graphkit.parsers.prose_antecedent`)
PRINCIPAL_BUSINESS_ROLE = regex_cache.compile(rf"""
    (?:(?P<holder>{_NAME})\s+(?:is|was)\s+(?:a|an)\s+[^,.;()"“”]{{1,80}}?\s+whose\s+
      |(?<![A-Za-z])[Tt]he\s+principal\s+business\s+of\s+(?:the\s+)?(?P<holder2>{_NAME})\s+
      |^(?P<its>Its)\s+(?=principal\s+business\s))
    (?:principal\s+business\s+)?(?:is|was)\s+(?:acting|to\s+act|serving|to\s+serve)\s+as\s+
    (?P<role>{ROLES})\s+(?:of|to|for)\s+(?:the\s+)?(?P<held>{HELD_NAMES}){_LIST_END}
""", _F)
#: Cue of :data:`PRINCIPAL_BUSINESS_ROLE`: "principal business is acting as the general partner of "
PRINCIPAL_BUSINESS_ROLE_CUE = regex_cache.compile(rf"""
    principal\s+business\s+(?:of\s.{{1,80}}?\s)?(?:is|was)\s+(?:acting|to\s+act|serving|to\s+serve)
    \s+as\s+{ROLES}\s+(?:of|to|for)\s
""", _F)

#: "Mr. Roe owns a controlling interest in AGP and AHGP"; "Mr. Roe is the President of AGP, and
#: owns a controlling interest in AGP"; "Mr. Roe controls a majority of the ownership of AGP and
#: Acme Co-Invest GP" (the holder is a shareholder of each)
CONTROLLING_INTEREST = regex_cache.compile(rf"""
    (?P<holder>{_NAME})(?:\s+(?:is|was)\s+[^.;]{{1,200}}?\s*,?\s+and)?\s+
    (?:owns|holds|has|controls)\s+(?:a\s+)?(?:controlling\s+interest\s+in
      |majority\s+(?:interest\s+in|of\s+the\s+(?:ownership|equity|voting)(?:\s+interests?)?\s+(?:of|in)))
    \s+(?:the\s+)?(?P<held>{HELD_NAMES}){_LIST_END}
""", _F)
#: Cue of :data:`CONTROLLING_INTEREST`: "owns a controlling interest in "
CONTROLLING_INTEREST_CUE = regex_cache.compile(r"""
    (?:owns|holds|has|controls)\s+(?:a\s+)?(?:controlling\s+interest\s+in
      |majority\s+(?:interest\s+in|of\s+the\s+(?:ownership|equity|voting)))\s
""", _F)

#: "The following individuals are the directors of, and have the authority to bind, Acme GP
#: Ltd." with the holders in the table rows after it ("Jane Q. Roe | Managing Principal")
FOLLOWING_ARE_ROLE_OF = regex_cache.compile(rf"""
    (?<![A-Za-z])[Tt]he\s+following\s+(?:individuals|persons|entities)\s+(?:are|were)\s+
    (?P<role>{ROLES})\s+(?:of|to|for){_OF_ASIDE}\s+(?:the\s+)?(?P<held>{_NAME})
""", _F)
#: Cue of :data:`FOLLOWING_ARE_ROLE_OF`: "following individuals are "
FOLLOWING_ARE_ROLE_OF_CUE = regex_cache.compile(r"""following\s+(?:individuals|persons|entities)\s+(?:are|were)\s""",
                                                _F)

#: Strings one of which every match of a cue contains (exact case, as the cues are read): a
#: sentence holding none of them is not searched for the cue. A substring test skips text far
#: faster than a scan for a pattern that opens with an alternation ("[Ee]ach of|[Bb]oth"),
#: which the engine must try at every position. Cues not listed are always searched (most open
#: with a string, which the engine finds as fast); the tests check that every match of each cue
#: holds one of its strings.
CUE_LITERALS: dict[re.Pattern[str], tuple[str, ...]] = {
    EACH_AS_ROLE_OF_CUE: ("Each", "each", "Both", "both"),
    OF_WHICH_HOLDER_IS_CUE: ("which",),
    # "whose general partner is", "the managing member of which is" (in small letters, as the
    # pattern reads them; without this test the cue ran on every sentence holding a role word)
    WHOSE_ROLE_IS_CUE: ("whose", "which"),
    POSITION_AS_ROLE_OF_CUE: ("'s", "\u2019s"),
    POSSESSIVE_ROLE_CUE: ("'s", "\u2019s"),
    CONTROLLING_INTEREST_CUE: ("controlling", "majority"),
    PERCENT_OF_STOCK_CUE: PERCENT_OF_STOCK_LITERALS,
    SUBSIDIARY_OF_CUE: ("subsidiary",),  # also AND_SUBSIDIARY_OF_CUE: the same pattern
    EACH_OF_WHICH_SUBSIDIARY_OF_CUE: ("subsidiar",),
    LISTED_SUBSIDIARIES_OF_CUE: ("subsidiar",),
}

#: Words one of which every relationship cue above contains (any case): a sentence without one
#: is not read. None holds another ("record holder" is found by "hold"); "control" is one word, as
#: its phrases break across lines ("deemed to" / "control Acme Fund", "(by virtue of their" /
#: "control of X)"): they are tested on the sentence squeezed onto one line, by their cues.
RELATION_WORDS: tuple[str, ...] = (
    "partner", "member", "manager", "adviser", "advisor", "trustee", "president", "officer",
    "director", "subsidiar", "own", "hold", "held", "control", "majority", "chair", "secretar",
    "treasurer", "advised", "managed", "agreement", "parent", "services",
    "power",  # "... power pursuant to management
    # agreements with A and B" (prose_agreement_patterns.POWER_UNDER_AGREEMENT_WITH)
    *OFFICER_ABBREVIATIONS)  # "the CEO of Acme Corp."
#: :data:`RELATION_WORDS` as a pattern: "General Partner", "owned by", "record holder"
RELATION_KEYWORD = regex_cache.compile("(?i:" + "|".join(RELATION_WORDS) + ")")

# --- lists ---------------------------------------------------------------------------------

#: Separators in a list of names: ", ", ", and ", " and " (not the comma before ", L.P.": the
#: legal form is read as :data:`NAMES` reads it, so the pattern stays beside them; nor one in
#: the definition after a name: '(each, a "Fund" and together, the "Funds")').
LIST_SEPARATOR = regex_cache.compile(rf"""
    (?:\s*,(?!\s*{_LEGAL})\s*(?:and\s+)?   # "ACF, ACFA" / "ACFAQ, and ACFP"
      | \s+and\s+(?!Co\.|Company\b(?!\s+[A-Z])))  # "ACFAQ and ACFP" (not "Roe and Co.": one name)
    (?![^()]*\))                            # not inside parentheses
""", _F)
