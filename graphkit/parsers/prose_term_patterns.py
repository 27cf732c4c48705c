"""The named patterns of defined terms in filing prose: ``Full Name ("ABBR")`` and groups.

'Acme Capital Fund-V, L.P. ("ACF")', 'Jane Q. Roe and John R. Doe (the "Members")', 'BF, BF II
and Gamma are together referred to herein as the "Beta Funds"'. Built from the name patterns of
:mod:`graphkit.parsers.prose_patterns`; :mod:`graphkit.parsers.prose_terms` applies them, each
only on the sentences holding its cue.

Examples
--------
>>> DEFINED_TERM.search('Acme Capital Fund-V, L.P. ("ACF") is a fund')["term"]
'ACF'
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_aside_patterns import DEFINITION_GROUP_TAIL, DEFINITION_OPENING
from graphkit.parsers.prose_patterns import _LEGAL, _NAME, _TRUSTEE_WORD, LISTED, NAMES

_F = re.VERBOSE

#: A descriptor ending in another party's name: ", a subsidiary of Acme Holdings Inc. ", " a
#: partner of Acme LP ", ", the general partner of the Acme Fund L.P. " (the definition after it
#: may be that party's: see :func:`graphkit.parsers.prose.find_defined_terms`)
RELATIVE_OF_TAIL = regex_cache.compile(rf"""
    (?<![A-Za-z])[a-z][a-z\-]*\s+of\s+(?:the\s+)?(?P<name>{_NAME})\s*$
""", _F)

#: A name a descriptor opened without a comma ends in, after a word that relates it: " a Cayman
#: fund advised by Doe Capital LLC ", " a company managed by Doe Advisors " (the name
#: before the descriptor may not be the one its definition is of: see
#: :func:`graphkit.parsers.prose_term_owner.owner_of_term`)
RELATED_NAME_TAIL = regex_cache.compile(rf"""
    (?<![A-Za-z])(?:by|of|to|for|with|from)\s+(?:the\s+)?(?P<name>{_NAME})\s*$
""", _F)

#: A role in lower case, after a comma and "the", of the name that follows it: ", the general
#: partner of ", ", the sole member of the " of 'Roe LLC, the sole member of Acme LP ("Roe")'
#: (searched back from the name: it ends there; the role's holder is the name before the comma)
THE_ROLE_BEFORE_NAME = regex_cache.compile(r"""
    ,\s+the\s+(?P<role>(?:[a-z][a-z\-]*\s+){1,6}?)of\s+(?:the\s+)?$
""", _F)

#: A thing described in lower case that a name is "of", right before the name: "a separate
#: account investment advisory client of " of 'a separate account investment advisory client of
#: ACM (the "Separate Account")', "an affiliate of " (searched back from the name: it ends there;
#: one thing, no "and", "or", "by" among its words). A term that repeats its words is the
#: thing's, not the name's (see :func:`graphkit.parsers.prose_terms.find_defined_terms`)
DESCRIBED_OF_NAME = regex_cache.compile(r"""
    (?<![A-Za-z])(?:a|an|another|one|each|the)\s+
    (?P<words>(?:(?!(?:and|or|by|with|of|in|for|to|as)\s)[a-z][a-z\-]*\s+){1,8})
    (?:of|for|to)\s+(?:the\s+)?$
""", _F)

#: Where a descriptor after a name opens: its comma, or none after a legal form's stop, in any
#: case: 'Acme Lifestyle, Inc. a Delaware corporation ("Acme")', 'ACME LIFESTYLE, INC. a Delaware
#: corporation' (a filing's typo; the stop ends the name)
_DESCRIPTOR_OPENS = r"""(?:,|(?<=\b(?i:inc)\.)|(?<=\b(?i:corp)\.)|(?<=\b(?i:ltd)\.)|(?<=\b(?i:co)\.)
    |(?<=L\.P\.)|(?<=L\.C\.))"""

#: ``Full Name ("ABBR")``, ``(the "ABBR")``, ``(hereinafter "X")``, ``("X" and together ...)``,
#: a group's ``(together, the "Funds")`` and ``(each, a "Fund" and together, the "Funds")``;
#: a trust's name with its trustee between: 'Roe 1995 Charitable Trust, Jane Q. Roe, Trustee
#: ("Trust 1")' (the term is the trust's); a comma before the parenthesis: 'Acme Management
#: LP, ("AM"), a Delaware limited partnership'
DEFINED_TERM = regex_cache.compile(rf"""
    (?P<name>{_NAME})(?:\s*,(?=\s*\())?\s*                    # 'Acme Management LP, ("AM")'
    (?:,\s+{_NAME},\s+(?:as\s+)?{_TRUSTEE_WORD}\s*)?
    (?P<descriptor>{_DESCRIPTOR_OPENS}\s+(?:then\s+)?(?:a|an)\s+[^,()"“”]{{3,160}}?
      # ', (then) a Delaware corporation'
      (?:\blaws\s+of\s+[^,()"“”]{{1,60}},\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){{0,2}})?\s*)?
      # ', a trust established under the laws of the Province of Ontario, Canada (the "Trust")'
    \(\s*(?:the\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?(?:the\s+)?
      |(?P<group>(?:collectively|together)\s*,?\s+(?:the\s+)?|each\s*,?\s+(?:an?\s+)?)
      |individually\s+)?
    ["“”'](?P<term>(?:[^"“”'()]|\([A-Za-z0-9]{{1,4}}\)){{1,60}}?)["“”']  # "Fund IV (AI) Trust"
    (?:\s*(?:,|and|or)\s*,?\s+[^)]{{0,120}})?\s*\)
""", _F)
#: Cue of :data:`DEFINED_TERM`: ' ("', ' (the "', ' (hereinafter "', ' (together, the "'
DEFINED_TERM_CUE = regex_cache.compile(r"""
    \(\s*(?i:the\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?(?:the\s+)?
    |(?:collectively|together)\s*,?\s+(?:the\s+)?|each\s*,?\s+(?:an?\s+)?|individually\s+)?["“”']
""", _F)

#: A name ending in a short form of its initials in parentheses, without quotes: "Acme Ventures,
#: Inc. (AVI)" (whether the letters are its initials: see
#: :func:`graphkit.parsers.prose_terms.find_defined_terms`; "Acme Fund (QP)" is a fund's name)
BARE_SHORT_FORM_NAME = regex_cache.compile(rf"""(?<![A-Za-z0-9.'\-]){_NAME}(?<=[A-Z]\))""", _F)
#: Cue of :data:`BARE_SHORT_FORM_NAME`: "(AVI)"
BARE_SHORT_FORM_CUE = regex_cache.compile(r"""\([A-Z]{2,6}\)""", _F)

#: A name and a short form of its initials after ", or", without quotes: "Roe Partners Limited
#: Partnership, or RPLP." (whether the letters are its initials: see
#: :func:`graphkit.parsers.prose_terms.find_defined_terms`). The capitals end a clause: not
#: ", or ABC Corp.", ", or AB and C"; nor are they a legal form: ", or LLC".
OR_SHORT_FORM_NAME = regex_cache.compile(rf"""
    (?<![A-Za-z0-9.'\-])(?P<name>{_NAME}),\s+or\s+(?!{_LEGAL})(?P<abbr>[A-Z]{{2,6}})
    (?=\s*(?:[.,;:)]|$))                                       # RPLP.
""", _F)
#: Cue of :data:`OR_SHORT_FORM_NAME`: ", or RPLP."
OR_SHORT_FORM_CUE = regex_cache.compile(r""",\s+or\s+[A-Z]{2,6}\s*(?:[.,;:)]|$)""", _F)

#: "AF, AF II and Beta are together referred to herein as the "Acme Funds.""
REFERRED_TO_AS = regex_cache.compile(rf"""
    (?P<names>{NAMES})\s+(?:are|shall\s+be|will\s+be)\s+(?:together\s+|collectively\s+)?
    (?:referred\s+to|defined)\s+(?:herein\s+)?(?:together\s+|collectively\s+)?as\s+(?:the\s+)?
    ["“](?P<term>[^"“”]{{2,60}}?)[.,]?["”]
""", _F)
#: Cue of :data:`REFERRED_TO_AS`: 'referred to herein as the "', 'referred to collectively as "'
REFERRED_TO_AS_CUE = regex_cache.compile(r"""
    (?:referred\s+to|defined)\s+(?:herein\s+)?(?:together\s+|collectively\s+)?as\s+(?:the\s+)?["“]
""", _F)

#: Two group terms for one list of names, joined by "or", right after the list: ' (collectively,
#: the "Reporting Group" or the "Management Shareholders")' (groups ``term`` and ``term2``: each
#: stands for the whole list); not ' (the "Issuer" or "Company")', no group's opening
GROUP_TERMS_OR = regex_cache.compile(r"""
    \s*\((?:together|collectively)\s*,?\s*(?:the\s+)?["“](?P<term>[^"“”()]{2,40})["”]
    \s*,?\s+or\s+(?:the\s+)?["“](?P<term2>[^"“”()]{2,40})["”]\s*\)
""", re.VERBOSE)

#: What a list names each member with before a group term that the list's names are read
#: without (:func:`graphkit.parsers.prose_group_terms.find_collective_terms`): an aside of what
#: it is, in lower-case words after at most three capitalised ones (a place), up to a comma or a
#: parenthesis (", a Delaware limited partnership", ", a Japanese corporation"), or of a
#: person's citizenship (", a citizen of the United States of America"); never ", a fund
#: managed by Roe Capital" (a name in it)
MEMBER_ASIDE = regex_cache.compile(r"""
    ,\s+an?\s+(?:[A-Z][a-z]+\s+){0,3}(?:[a-z][a-z\-]*\s+){0,4}[a-z][a-z\-]*(?=\s*[,(])
  | ,\s+a\s+citizen\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+(?:of\s+)?){0,4}[A-Z][a-z]+(?=\s*[,(])
""", re.VERBOSE)
#: A member's own term in a list before a group term: ' ("Acme")' of 'Acme Capital LP
#: ("Acme") and Jane Roe (together, the "Reporting Persons")' (before a comma, "and" or
#: the group's parenthesis)
MEMBER_TERM = regex_cache.compile(r"""
    \s*\(["“][^"“”()]{1,40}["”]\)(?=\s*(?:,|and\s|\())
""", re.VERBOSE)
#: An aside about a list's member, open right before a list read after it: ', a subsidiary of '
#: of 'Acme Corp. ("Acme"), a subsidiary of Beta Inc. ("Beta"), and Gamma LLC (collectively, the
#: "Filers")', ', which is the parent of ', ', an exempted company incorporated in the ' (after a
#: term's parenthesis or a name's legal form, a comma, then lower-case words after an article or
#: a relative word, or after a name's "a"/"an"/"who"/"which" (', a director of '), up to the end
#: searched, ending in a relation word or a comma): the list's first name is the aside's, not
#: a member. Never 'Pursuant to the Purchase Agreement, the shares were sold by ' (no member's
#: legal form or term before the comma)
ASIDE_BEFORE_LIST = regex_cache.compile(rf"""
    (?:(?:["”]\)|(?<![A-Za-z])(?-i:{_LEGAL}))\s*,\s+  # 'Acme Corp.,' or '("Acme"),'
       (?:a|an|the|its|his|her|their|which|who|whose)
     | \b[A-Z][a-z]+,\s+(?:a|an|which|who|whose))     # 'Jane Roe, a director of '
    \s+(?:[A-Z][a-z]+\s+){{0,3}}
    (?:[a-z][a-z\-]*,?\s+){{0,9}}                    # 'a subsidiary '
    (?:(?:of|by|to|for|with|in|from|under)\s+(?:the\s+)?|[a-z][a-z\-]*,\s+)\Z   # 'of '
""", re.VERBOSE)

#: A word of a security's or a document's name, never a party's: "Class A Common Stock", "the
#: Merger Agreement", "Series A Notes", "Transaction Documents" (a list of these with group
#: terms joined by "or" names no parties: :data:`GROUP_TERMS_OR`)
THING_WORD = regex_cache.compile(r"""
    \b(?:stock|shares?|notes?|warrants?|securities|debentures?|bonds?|options?|units|rights
    |agreements?|documents?|letters?|contracts?|certificates?|instruments?|amendments?|plans?
    |indentures?|act|rules?|schedules?|statements?)\b
""", re.VERBOSE | re.IGNORECASE)

#: A group's definition opening anywhere: "(together, ", "(collectively "
GROUP_OPENING = regex_cache.compile(r"""\(\s*(?:together|collectively)(?![A-Za-z])""", re.VERBOSE)

#: 'Jane Q. Roe and John R. Roe, Jr. (the "Principal Holders")': a group term defined right
#: after a list of names stands for all of them, not the last
LIST_DEFINED_AS = regex_cache.compile(rf"""(?P<names>{LISTED})""", _F)

#: An aside between a list of names and the group term it defines: ', members of Acme GP LLC,
#: who may control Acme GP LLC ("Managers")' (lower-case words, one "who"/"which" clause at
#: most; group ``term``), read right after :data:`LIST_DEFINED_AS`' list
LIST_ASIDE_TERM = regex_cache.compile(r"""
    \s*,\s+(?!(?:and|or|together|collectively|certain)\b)   # not ", and their affiliates"
    (?:the\s+|its\s+|their\s+)?[a-z][^,;()"“”]{0,80}?
    (?:,\s*(?:who|which)\s+[^,;()"“”]{1,80}?)?\s*
    \((?:together\s*,?\s*|collectively\s*,?\s*)?(?:the\s+)?["“](?P<term>[^"“”]{2,40})["”]\)
""", re.VERBOSE)

#: '("Acme Small Cap II" and, together with Acme Small Cap, the "Small Cap Funds")';
#: '("Fund," and together with the Acme Mezzanine Fund, LP, the "Funds")'
TOGETHER_WITH = regex_cache.compile(rf"""
    ["“](?P<first>[^"“”]{{1,60}})["”]\s*(?:,\s*)?and\s*,?\s+(?:together|collectively)\s+with\s+
    (?:the\s+)?(?P<names>{NAMES})\s*,?\s+(?:collectively\s+)?(?:the\s+)?["“](?P<term>[^"“”]{{2,60}})["”]
""", _F)
#: Cue of :data:`TOGETHER_WITH`: "together with "
TOGETHER_WITH_CUE = regex_cache.compile(r"""(?:together|collectively)\s+with\s""", _F)

#: Words without which a sentence defines no group (exact case): 'together referred to as'
COLLECTIVE_WORDS_CUE: tuple[str, ...] = ("together", "collectively", "referred")
#: :data:`COLLECTIVE_WORDS_CUE` as a pattern: "collectively"
COLLECTIVE_KEYWORD = regex_cache.compile("|".join(COLLECTIVE_WORDS_CUE))

#: Last words that make an undefined name a group: "the Managing Members", "Reporting Persons";
#: a plural acronym, which names a kind of party, never one: "GRATs", "the Roe IRAs", "LLCs"
#: (capitals, then a small "s"); a kind of party in the plural alone: "the Partnerships",
#: "Limited Partnerships", "Trusts" (no word of a name before it: "Acme Trusts" may be one)
COLLECTIVE_TAIL = regex_cache.compile(r"""
    \b(?:persons|funds|members|entities|managers|owners|holders|shareholders|stockholders
    |subsidiaries|principals)\.?$
    |(?<![A-Za-z])(?-i:[A-Z]{2,6}s)\.?$                                   # "the Roe GRATs"
    |^(?:the\s+)?(?:(?:limited|general|feeder|master|investment)\s+)?     # "the Partnerships"
     (?:partnerships|companies|corporations|trusts|vehicles|accounts|affiliates)\.?$
""", re.VERBOSE | re.IGNORECASE)

#: Words that make a defined term a group or a thing rather than one party ("the Parties" of
#: 'Acme Corp. and Beta LLC (the "Parties")' is both, never the last one alone).
COLLECTIVE_WORDS = frozenset("""
    members shares persons funds entities partners stock securities notes warrants act agreement
    schedule statement commission group managers owners holders units interests rule parties
    """.split())

#: A term whose last word names several parties of one standing, a kind of party in the
#: plural: "Investors" of 'Acme Fund, L.P. or Beta Capital, Inc. (the "Investors")',
#: "Partnerships" of 'Roe I, L.P. and Roe II, L.P. (together, the "Partnerships")' (with
#: :data:`COLLECTIVE_TAIL`; a group's only after a list of names and when it is no word of the
#: last name: "Acme Investors, L.P. ("Investors")" is one party's term). Things in the plural
#: are no parties: "Shares", "Securities", "Notes", "Warrants"; nor is a name that ends in "s"
#: ("Acme Systems", "Doe Labs"): only the kinds listed here make a group
GROUP_TERM_TAIL = regex_cache.compile(r"""
    \b(?:investors|co-investors|purchasers|buyers|sellers|lenders|sponsors|companies
    |corporations|partnerships|trusts|individuals|filers|signatories|stockholders|shareholders
    |unitholders|partners|vehicles|accounts|affiliates|advisers|advisors|reporters|nominees
    |grantees|grantors|trustees|beneficiaries|foundations|estates|founders|executives|officers
    |directors|employees|clients|banks|institutions|associations|lps|llcs)$
""", re.VERBOSE | re.IGNORECASE)

#: The end of a list before its last name, joined by "and", "&" or "or": "Acme Corp., Beta
#: LLC or " (at the end of the text searched)
LIST_OR_JOIN_END = regex_cache.compile(r"""\s(?:and|&|or|and/or)\s+\Z""", re.VERBOSE)

#: A definition in parentheses: '("ACM")', '(the "Fund")', a group's '(together, the "Funds")',
#: '(each, a "Fund" and together, the "Funds")' (a term of any length: see
#: :data:`~graphkit.parsers.prose_aside_patterns.DEFINITION_ASIDE`)
_DEFINITION = rf"""\({DEFINITION_OPENING}["“][^"“”()]+["”](?:{DEFINITION_GROUP_TAIL}["“][^"“”()]+["”])?\)"""

#: A definition after a name: ' ("ACM")', ' (the "Fund")', ' (together, the "Funds")'
TERM_SUFFIX = regex_cache.compile(rf"""\s*{_DEFINITION}\s*$""", _F)

#: A definition anywhere in a sentence: ' (the "Principal Holders")', ' ("ACM")' (what
#: :data:`TERM_SUFFIX` reads at the end of a name)
TERM_IN_PARENS = regex_cache.compile(_DEFINITION, _F)

#: The quoted term of a definition: "Funds" of '(together, the "Funds")' (of a definition naming
#: a member's term and a group's, the group's is the last: '(each, a "Fund" and together, the
#: "Funds")')
DEFINITION_TERM = regex_cache.compile(r"""["“](?P<term>[^"“”()]+)["”]""", _F)

#: A definition in parentheses that opens as a group's or its members': '(together, the
#: "Funds")', '(collectively "Funds")', '(each a "Fund")'
GROUP_DEFINITION = regex_cache.compile(r"""^\s*\(\s*(?:together|collectively|each)(?![A-Za-z])""", _F)

#: A term that is a person's honorific and surname: "Mr. Roe", "Ms. Roe", "Dr. Doe-Smith"
#: (group ``surname``); such a term is a person's, never a company's
HONORIFIC_TERM = regex_cache.compile(r"""
    ^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<surname>[A-Z][A-Za-z'\-]+)$
""", re.VERBOSE)

#: A person's name, searched for with a given surname after it (written in by
#: :func:`graphkit.parsers.prose_terms.person_with_surname`): one to three given names or
#: initials, "Jane Q. " of "Jane Q. Roe", "J. Gary " of "J. Gary Roe"
GIVEN_NAMES = r"""(?<![A-Za-z0-9.'\-])(?:(?:[A-Z][a-z]+|[A-Z]\.)\s+){1,3}"""
