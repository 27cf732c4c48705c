"""The named patterns of a name in filing prose, and of a list of names.

"Acme Capital Fund-V Affiliates Fund (Q), L.P.", "Jane Q. Roe", 'Acme Management LP, ("AM")';
"ACF, ACFA, ACFAQ and ACFP", "each of Acme Fund, L.P. and Acme GP, L.L.C.". Every relationship
pattern of :mod:`graphkit.parsers.prose_patterns` (which re-exports these) starts with one.

Examples
--------
>>> re.fullmatch(NAMES, "Acme Fund, L.P., Beta Fund LP and Gamma Fund LP", re.VERBOSE) is not None
True
>>> re.fullmatch(LISTED, "Acme Fund LP", re.VERBOSE) is None   # a list has two names or more
True
>>> re.fullmatch(LISTED, "Acme Trust, the Beta Trust and the Gamma Trust", re.VERBOSE) is None
False
>>> re.match(NAME, "Acme Fund (Cayman) L.P. is the general partner", re.VERBOSE).group()
'Acme Fund (Cayman) L.P.'
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.names import ORGANIZATION_WORDS
from graphkit.parsers.numbered_names import NUMBER_LEAD
from graphkit.parsers.prose_aside_patterns import BUILDING_LINE, DEFINITION_ASIDE
from graphkit.parsers.prose_guards import KIN

#: Legal-form suffixes that follow a comma inside a name: ", L.P.", ", L.L.C.", ", Inc.", ", C.V.",
#: ", N.A." (a national bank: "Acme Bank of Ohio, N.A.", also "Acme Trust Company, NA," before a
#: comma), and a person's ", Jr." (", JR." in a name typed in capitals)
_LEGAL = r"""(?:L\.?\s?L\.?\s?L\.?\s?P\.?|L\.?\s?L\.?\s?C\.?|L\.?\s?L\.?\s?P\.?|L\.?\s?P\.?|Inc\.?
    |Ltd\.?|Limited|Corp\.?|Co\.|C\.?\s?V\.?|N\.?\s?V\.?|N\.\s?A\.|B\.?\s?V\.?|S\.?\s?A\.?|GmbH|AG|plc|PLC
    |LLC|LP|LLP|INC\.?|LTD\.?|CORP\.?|Jr\.?|Sr\.?|JR\.?|SR\.?|III|II|G\.\s?P\.|GP|NA(?=\s*[,;)]))
    (?![A-Za-z])"""
#: A comma that belongs to a name, before its legal form (in the form's own case, also inside a
#: pattern that ignores case): the "," of "Acme Fund, L.P." (a pattern string)
LEGAL_COMMA = rf""",(?=\s*(?-i:{_LEGAL}))"""
#: An organization's legal form that may follow a place in parentheses on the same line, and
#: that ends the name: the "L.P." of "Acme Fund (Cayman) L.P.", "Ltd.", "LLC", "Limited",
#: "Limited Partnership". Not a
#: person's suffix ("Jr.", "II") nor "GP"; not a word that opens the next name or a title
#: ("LP Holdings LLC", "Limited Partner"): a form with no dot is never followed by a
#: capitalised word.
_PLACE_FORM = r"""(?:L\.?[ ]?L\.?[ ]?L\.?[ ]?P\.?|L\.?[ ]?L\.?[ ]?C\.?|L\.?[ ]?L\.?[ ]?P\.?|L\.?[ ]?P\.?
    |Inc\.?|INC\.?|Ltd\.?|LTD\.?|Limited[ ]Partnership|LIMITED[ ]PARTNERSHIP|Limited|LIMITED|plc|PLC
    |GmbH|Corp\.?|CORP\.?|Corporation|CORPORATION|S\.[ ]?A\.|N\.[ ]?V\.|B\.[ ]?V\.)(?![A-Za-z])
    (?![ ]+[A-Z][a-z])"""
#: Words of an organization's kind that may stand between a place in parentheses and the legal
#: form: "Investment Management Co." of "Acme (Shanghai) Investment Management Co., Ltd.",
#: "Master Fund" of "Acme Partners (Offshore) Master Fund, Ltd.", "Technology Co." of "Acme
#: (Beijing) Technology Co., Ltd."; the organization words of :data:`~graphkit.names.
#: ORGANIZATION_WORDS` that are no legal form, and a few trades (review places16 H3). Only such
#: words: "Jane Roe (United States) Acme Capital LLC" is a person and then a company.
_KIND_WORDS = sorted(
    {w for w in ORGANIZATION_WORDS if w.isalpha() and len(w) > 2}
    - set("""inc ltd llc lllp llp limited corp corporation incorporated plc gmbh pllc pte pty
             spa srl sarl ulc rsc spc sicav""".split())
    | set("""co technology technologies trading consulting development industrial enterprise
             information medical science sciences biotech health healthcare energy resources
             properties realty""".split()),
    key=lambda w: (-len(w), w))
#: One of :data:`_KIND_WORDS`, capitalised or in capitals ("Co." with its stop)
KIND_WORD = (r"(?:" + "|".join(w.capitalize() for w in _KIND_WORDS) + "|"
              + "|".join(w.upper() for w in _KIND_WORDS) + r")(?![A-Za-z])\.?")
#: The words a place in parentheses never follows: a complete name's legal form ("Acme Capital
#: LLC (Delaware)", "Acme Ltd (Bermuda)"; a dotted one, "L.P. (Delaware)", ends in a dot) or a
#: person's suffix ("Jane Roe Jr (U.S.)").
_NAME_ENDS = ("LLC", "LLP", "LP", "Inc", "INC", "Ltd", "LTD", "Corp", "CORP", "Limited", "LIMITED",
              "plc", "PLC", "GmbH", "AG", "SA", "NV", "BV", "Jr", "Sr")
#: A place or a fund's kind in parentheses, one to three capitalised words or "U.S.":
#: "(Cayman)", "(Cayman Islands)", "(British Virgin Islands)", "(CAYMAN)", "(Cayman-Islands)",
#: "(U.S.)", "(Offshore)"; not "(Series A)", "(St. Kitts)". Only the marks:
#: where one belongs to a name is :data:`PLACE_MARK`'s to say.
PLACE_IN_PARENS = r"""\((?:[A-Z](?:[a-z]+|[A-Z]+)(?:[ \-][A-Z](?:[a-z]+|[A-Z]+)){0,2}|U\.S\.)\)"""
#: A place or a fund's kind in parentheses inside an organization's name, before its legal form: the
#: "(Jersey)" of "SVF II Aggregator (Jersey) L.P.", "(Cayman)" of "Acme GP (Cayman) Ltd.", "(Cayman
#: Islands)", "(Offshore)", "(Parallel)", "(U.S.)", in capitals "ACME FUND (CAYMAN) L.P.", and
#: before a comma: "Acme Master Fund (Cayman), Ltd."; kind words or a fund's number may come
#: between: "Acme Associates (Cayman) VII L.P.". Only right after a word of the name on the same
#: line (one space before it, a letter or digit before that, never a legal form:
#: :data:`_NAME_ENDS`), and only when the legal form (:data:`_PLACE_FORM`) comes right after it on
#: that line: a "(Delaware)" after a complete name or a person's ("Acme Fund, L.P. (Delaware)",
#: "Jane Roe (United States) Acme Capital LLC ...") ends the name. The sentence patterns read a
#: sentence squeezed onto one line (:func:`~graphkit.parsers.prose_sentences.one_line`), so there a
#: name wrapped at its place ("Acme Fund\n(Cayman) L.P.") is read whole: the legal form right after
#: the place still decides, and no line of a list opens with one.
PLACE_MARK = (r"""(?:(?<=[A-Za-z0-9][ ])""" + "".join(rf"(?<!\b{w}[ ])" for w in _NAME_ENDS)
              + PLACE_IN_PARENS + r"""(?=(?:[ ](?:""" + KIND_WORD + r"""|[IVX]{1,4}(?![A-Za-z])))"""
              + r"""{0,4},?[ ]""" + _PLACE_FORM
              + "))")
#: What follows a name word's first character: letters and digits, "." "'" "-" ("cme" of "Acme",
#: "und-V" of "Fund-V", ".P." of "L.P."). A run of letters and digits is taken whole, never given
#: back a letter at a time when what follows fails: past its first character a word ends at a
#: mark, before a space or where its letters end, never between two letters. The patterns in
#: which what follows a name could match inside a glued word ("Acme Fundhas been appointed")
#: keep the word that gives letters back: :func:`giving_back`.
_WORD_TAIL = r"""(?:[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]++|[.'\-])*"""
#: :data:`_WORD_TAIL` able to end between any two of its characters
_WORD_TAIL_GIVING = r"""[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f.'\-]*"""
#: A lower-case particle that opens a surname, before a capitalised word or another particle:
#: the "da" of "Jose da Silva", "van der" of "Jan van der Berg", "de la" of "Ana de la Cruz"
_PARTICLE = r"""(?:da|das|dos|de|del|della|der|den|di|du|la|le|van|von)
    (?=(?:\s+(?:de|der|den|la|le))?\s+[A-Z])"""
#: What follows a company's "and" in its name: a company word ("Co.", "Company"), or one word
#: and a company word ("Ross Partners")
_COMPANY_AFTER_AND = r"""\s+(?:[A-Z][a-z]+\s+(?:Co|Company|Partners)\b|Co\.|Company\b(?!\s+[A-Z]))"""
#: "and" as a word of a company's name, only before a company word: "Roe and Co.", "Roe Ross and
#: Company", "Roe and Ross Partners"
_COMPANY_AND = rf"""and(?={_COMPANY_AFTER_AND})"""
#: The "UAD", "DTD" or "DATED" of a trust's date that no word of a name is: "UAD 1/1/2000",
#: "DATED JANUARY 1, 2000"
_DATE_MARK = r"""(?:UAD|DTD|DATED|Dated)\.?\s+(?:[0-9]|[A-Z][A-Za-z]{2,8}\.?\s+[0-9])"""
#: One word of a name: capitalised or numeral word, "&", a "(Q)" series mark, a "(Cayman)"
#: place before the legal form (:data:`PLACE_MARK`), or a connector
#: ("and" only before a company word: "Roe and Co.", "Roe Ross and Company"); not the "UAD" or
#: "DTD" or "DATED" of a trust's date ("the Roe Trust UAD 1/1/2000", "THE ROE TRUST DATED
#: JANUARY 1, 2000": see :data:`~graphkit.parsers.prose_aside_patterns.TRUST_DATE_ASIDE`).
_WORD = r"""(?:(?!""" + _DATE_MARK + r""")
    [A-Z0-9]""" + _WORD_TAIL + r"""|&|\([A-Z]{1,4}\)|""" + PLACE_MARK + r"""
    |of(?=\s+[A-Z])|""" + _PARTICLE + r"""
    |for(?=\s+[A-Z])|""" + _COMPANY_AND + ")"
#: Where a name may open: a capital or a digit (the first character :data:`NUMBER_LEAD` reads
#: is a digit). Said first, it fails at once elsewhere; without it, every other position of a
#: sentence runs :data:`NUMBER_LEAD`'s lookbehinds first (a quarter of a pattern's time).
_NAME_START = r"""(?=[0-9A-Z])"""
#: A second name closed by a comma and its legal form, after a first one's dotted form and a
#: space: the "Acme GP, LLC" of "held by Acme Fund, L.P. Acme GP, LLC, the general partner";
#: (or "ACME FUND, INC. ACME GP, INC."); not words that go on with the first name ("Acme, L.P.
#: Fund II, LLC", "Acme Inc. Class C")
_SECOND_NAME = r"""\s+(?!(?:Fund|Trust|Plan|Class|Series|[IVX]+)\b)[A-Z][A-Za-z0-9&'\-]*
    (?:\s+[A-Z0-9][A-Za-z0-9&'\-]*){0,4},\s*(?:L\.?\s?L\.?\s?C\.?|L\.?\s?P\.?|LLP|Inc\.?|Ltd\.?
    |Corp\.?|Limited|Corporation|INC\.?|LTD\.?|CORP\.?|LIMITED|CORPORATION)(?![A-Za-z])"""
#: The space between two words of a name, never after a complete dotted legal form ("L.P.",
#: "Inc.", "Ltd.", "Corp.", "L.L.C.", not "Co.": "Roe & Co. Europe Ltd.") before a second name
#: (:data:`_SECOND_NAME`): a name never runs on into the next sentence's subject. The checks
#: sit in one look-ahead, tried once (no second reading of the same space); the first, no stop
#: before the space, passes nearly every space at once.
_NAME_SPACE = rf"""(?=(?<![.])|(?<!\bL\.P\.)(?<!\bInc\.)(?<!\bLtd\.)(?<!\bCorp\.)(?<!\bL\.L\.C\.)
    (?<!\bINC\.)(?<!\bLTD\.)(?<!\bCORP\.)|(?!{_SECOND_NAME}))\s+"""
#: A name as printed in prose: "Acme Capital Fund-V Affiliates Fund (Q), L.P.", "ACM",
#: "Jane Q. Roe", "Roe Ross & Co., Incorporated", "1867 Acme Financial Corporation" (a number
#: opens a company's name: :data:`~graphkit.parsers.numbered_names.NUMBER_LEAD`). For finding
#: names on their own (a legal form is read as one first: "Acme Holdings GP." gives "Acme
#: Holdings GP").
NAME = rf"""(?:{_NAME_START}
    {NUMBER_LEAD}?[A-Z]{_WORD_TAIL}(?:(?:{_NAME_SPACE}|,\s*(?={_LEGAL}))(?:{_LEGAL}|{_WORD}))*
    (?:\s*{DEFINITION_ASIDE})?)"""
#: :data:`NAME` inside the sentence patterns: the same names (the definition may follow a
#: comma: 'Acme LP, ("AM")'; a group's ends a list: 'Acme Fund LP and Beta Fund LP (together, the
#: "Funds")', see :data:`~graphkit.parsers.prose_aside_patterns.DEFINITION_ASIDE`), a legal form
#: only as a word (but "plc"). Read both ways, a name
#: with k forms has 2^k readings; a failing match in capitals tried them all.
_NAME = rf"""(?:{_NAME_START}
    {NUMBER_LEAD}?[A-Z]{_WORD_TAIL}
    (?:(?:{_NAME_SPACE}|,\s*(?={_LEGAL}))(?:{_WORD}|plc(?![A-Za-z])))*
    (?:(?:,\s*|\s*){DEFINITION_ASIDE})?)"""
#: :data:`_NAME` as an item of a list that takes a name after ", " (no legal form barred) and
#: after " and ", the list captured whole: a legal form after a comma ("L.P." of "Acme Fund,
#: L.P.") and a company's "and" (:data:`_COMPANY_AND`) are read as the list's next item only
#: ("plc" stays the name's: no item opens in lower case). The list covers the same text either
#: way and goes on the same from there, so it finds what it found; read both ways, a list of k
#: such names had 2^k readings, and a failing match tried them all.
LIST_ITEM_NAME = _NAME.replace(rf",\s*(?={_LEGAL})", r",\s*(?=plc(?![A-Za-z]))").replace(
    "|" + _COMPANY_AND, "")
#: A list's " and " before its next :data:`_NAME`, in a list read on after it (:data:`NAMES`),
#: never where the name before it reads the "and" as its own word (:data:`_COMPANY_AND`) and the
#: word after it too: "Roe and Co." is one name, and read also as "Roe" and "Co." it covered the
#: same text and went on the same from there, so it found nothing more; a list of k such names
#: had 2^k readings, and a failing match tried them all. It stays the list's after a definition
#: (its '")' ends the name: 'Roe ("R") and Co.') and before a trust's date the name does not
#: read (:data:`_DATE_MARK`: "Roe and Dated Partners 1, 2000").
LIST_AND = rf"""(?:(?<=["”]\))|(?!\s+and{_COMPANY_AFTER_AND})|(?=\s+and\s+{_DATE_MARK}))\s+and\s+"""
#: A list of names: "ACF, ACFA, ACFAQ and ACFP", "A and B", "each of X and Y". A comma before a
#: legal form belongs to the name ("Acme Fund, L.P., Acme GP, L.L.C."), never to the list, so
#: each list has one reading (and a company's "and" too: :data:`LIST_AND`); nor is a building's
#: name before a street number listed ("Acme Corp., The Acme Tower, 1101 Main Street": see
#: :mod:`graphkit.parsers.prose_aside_patterns`).
NAMES = rf"""(?:(?:each\s+of\s+|both\s+)?{_NAME}
    (?:\s*,\s*(?:and\s+)?(?!{_LEGAL})(?!{BUILDING_LINE}){_NAME}|{LIST_AND}{_NAME})*)"""
#: :data:`NAMES` with an article before each later name: "the Acme Trust, the Beta Trust and
#: the Gamma Trust" (the first "the" stays outside: it is no part of the list).
THE_NAMES = rf"""(?:(?:each\s+of\s+|both\s+)?{_NAME}
    (?:\s*,\s*(?:and\s+)?(?!{_LEGAL})(?:the\s+)?{_NAME}|{LIST_AND}(?:the\s+)?{_NAME})*)"""

#: A person named after a kinship phrase, the phrase skipped when the list is split
#: (:data:`~graphkit.parsers.prose_possessives.KIN_PHRASE_BEFORE`; the kinship word never
#: capitalised): "her spouse, John Doe" of "Jane Roe
#: and her spouse, John Doe, are general partners", "his wife Mary Doe", "Mr. Roe's son, John
#: Roe". Never the kinship phrase alone: "and her spouse are" names no one.
_KIN_NAMED = rf"""(?:(?:[Hh]is|[Hh]er|[Tt]heir|{_NAME}['’]s)\s+(?![A-Z][a-z]){KIN}\s*,?\s+{_NAME})"""
#: A person's degree after a comma: ", Ph.D." of "John Doe, Ph.D."
DEGREE = r"""(?:\s*,\s*(?:Ph\.?\s?D\.?|M\.?\s?D\.?|Esq\.?|J\.?\s?D\.?|CPA)(?![A-Za-z]))"""
#: The comma closing a kinship apposition (:data:`_KIN_NAMED`) before the verb, after the
#: person's degree if any: ", Ph.D.," of "her spouse, John Doe, Ph.D., are" (no other comma:
#: "Jane Roe, Chief Executive Officer, is" lists no two names)
_KIN_CLOSE = rf"""(?:{DEGREE}?\s*,(?=\s+(?:is|are|was|were|serves?\s+as|acts?\s+as)\s))"""
#: :data:`NAMES` whose items may be persons named after a kinship phrase (:data:`_KIN_NAMED`):
#: "Jane Roe and her spouse, John Doe", "his wife, Mary Doe, and John Roe"
KIN_NAMES = rf"""(?:(?:each\s+of\s+|both\s+)?(?:{_KIN_NAMED}{_KIN_CLOSE}?|{_NAME})
    (?:\s*,\s*(?:and\s+)?(?!{_LEGAL})(?!{BUILDING_LINE})(?:{_KIN_NAMED}{_KIN_CLOSE}?|{_NAME})
      |{LIST_AND}(?:{_KIN_NAMED}{_KIN_CLOSE}?|{_NAME}))*)"""

#: A list of two names or more, the last joined by "and": "Acme Fund LP, Gamma Fund LP and Beta
#: Fund LP (collectively, the "Funds")", "Acme, Inc., Beta Holdings, L.P. and Gamma, LLC" (a
#: comma before a legal form is the name's); an article before a later name: "the Acme Trust
#: and the Beta Trust" (the first's is before the list)
LISTED = rf"""(?:{_NAME}(?:\s*,\s*(?:and\s+)?(?:the\s+)?(?!{_LEGAL}){_NAME})*
    \s*,?\s+and\s+(?:the\s+)?{_NAME})"""

#: A legal form written out, in any case: "Limited Partnership", "Limited Liability Company",
#: "LIMITED LIABILITY PARTNERSHIP" (the tail of "Acme Holdings (Cayman) Limited Partnership")
_LONG_FORM = r"""(?i:limited\s+(?:liability\s+)?(?:partnership|company))(?![A-Za-z])"""
#: A name that is only a legal form, or a few: "L.P.", "LP", "Ltd.", "L.L.C.", "Inc., Ltd.",
#: "Limited Partnership" (:data:`_LONG_FORM`) (the
#: tail of a name whose words before it were not read, or a defined term the filing never
#: defined). See :func:`legal_form_only`.
LEGAL_FORM_ONLY = regex_cache.compile(rf"""(?:(?:{_LONG_FORM}|{_LEGAL})[\s,]*)+""", re.VERBOSE)


def legal_form_only(name: str) -> bool:
    """True when ``name`` is only a legal form ("L.P.", "LP", "Ltd."): no party's name on its
    own. A filing may define one as a term ('Acme GP, LLC ("GP")'); the term is looked up
    first, and only a name no term or party binds is tested here.

    >>> legal_form_only("L.P."), legal_form_only(" Ltd. "), legal_form_only("LLC")
    (True, True, True)
    >>> legal_form_only("Limited Partnership"), legal_form_only("Limited Partners")
    (True, False)
    >>> legal_form_only("Acme L.P."), legal_form_only("Limited Brands, Inc."), legal_form_only("")
    (False, False, False)

    See also
    --------
    graphkit.parsers.xml_prose.add_prose_claims, graphkit.parsers.schedule13_claims.plausible_new_party
    """
    return LEGAL_FORM_ONLY.fullmatch(name.strip()) is not None


def giving_back(pattern: str) -> str:
    """``pattern``, built from these names, with each name word able to end between two of its
    letters (:data:`_WORD_TAIL_GIVING`), as every name word could before :data:`_WORD_TAIL`: for
    the patterns in which what follows a name may match inside a glued word, "XYZhas been
    appointed" read as "XYZ" and "has".

    >>> re.match(giving_back(_NAME) + "has", "XYZhas", re.VERBOSE).group()
    'XYZhas'
    >>> re.match(_NAME + "has", "XYZhas", re.VERBOSE) is None
    True
    """
    return pattern.replace(_WORD_TAIL, _WORD_TAIL_GIVING)
