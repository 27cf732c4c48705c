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
"""

from __future__ import annotations

import re

from graphkit.parsers.numbered_names import NUMBER_LEAD
from graphkit.parsers.prose_aside_patterns import BUILDING_LINE, DEFINITION_ASIDE

#: Legal-form suffixes that follow a comma inside a name: ", L.P.", ", L.L.C.", ", Inc.", ", C.V.",
#: ", N.A." (a national bank: "Acme Bank of Ohio, N.A.", also "Acme Trust Company, NA," before a
#: comma)
_LEGAL = r"""(?:L\.?\s?L\.?\s?L\.?\s?P\.?|L\.?\s?L\.?\s?C\.?|L\.?\s?L\.?\s?P\.?|L\.?\s?P\.?|Inc\.?
    |Ltd\.?|Limited|Corp\.?|Co\.|C\.?\s?V\.?|N\.?\s?V\.?|N\.\s?A\.|B\.?\s?V\.?|S\.?\s?A\.?|GmbH|AG|plc|PLC
    |LLC|LP|LLP|INC\.?|LTD\.?|CORP\.?|Jr\.?|Sr\.?|III|II|G\.\s?P\.|GP|NA(?=\s*[,;)]))(?![A-Za-z])"""
#: One word of a name: capitalised or numeral word, "&", a "(Q)" series mark, or a connector
#: ("and" only before a company word: "Roe and Co.", "Roe Ross and Company"); not the "UAD" or
#: "DTD" or "DATED" of a trust's date ("the Roe Trust UAD 1/1/2000", "THE ROE TRUST DATED
#: JANUARY 1, 2000": see :data:`~graphkit.parsers.prose_aside_patterns.TRUST_DATE_ASIDE`).
_WORD = r"""(?:(?!(?:UAD|DTD|DATED|Dated)\.?\s+(?:[0-9]|[A-Z][A-Za-z]{2,8}\.?\s+[0-9]))
    [A-Z0-9][A-Za-z0-9.'\-]*|&|\([A-Z]{1,4}\)|of(?=\s+[A-Z])|de(?=\s+[A-Z])
    |for(?=\s+[A-Z])|and(?=\s+(?:[A-Z][a-z]+\s+(?:Co|Company|Partners)\b|Co\.|Company\b(?!\s+[A-Z]))))"""
#: A name as printed in prose: "Acme Capital Fund-V Affiliates Fund (Q), L.P.", "ACM",
#: "Jane Q. Roe", "Roe Ross & Co., Incorporated", "1867 Acme Financial Corporation" (a number
#: opens a company's name: :data:`~graphkit.parsers.numbered_names.NUMBER_LEAD`). For finding
#: names on their own (a legal form is read as one first: "Acme Holdings GP." gives "Acme
#: Holdings GP").
NAME = rf"""(?:{NUMBER_LEAD}?[A-Z][A-Za-z0-9.'\-]*(?:(?:\s+|,\s*(?={_LEGAL}))(?:{_LEGAL}|{_WORD}))*
    (?:\s*{DEFINITION_ASIDE})?)"""
#: :data:`NAME` inside the sentence patterns: the same names (the definition may follow a
#: comma: 'Acme LP, ("AM")'; a group's ends a list: 'Acme Fund LP and Beta Fund LP (together, the
#: "Funds")', see :data:`~graphkit.parsers.prose_aside_patterns.DEFINITION_ASIDE`), a legal form
#: only as a word (but "plc"). Read both ways, a name
#: with k forms has 2^k readings; a failing match in capitals tried them all.
_NAME = rf"""(?:{NUMBER_LEAD}?[A-Z][A-Za-z0-9.'\-]*(?:(?:\s+|,\s*(?={_LEGAL}))(?:{_WORD}|plc(?![A-Za-z])))*
    (?:(?:,\s*|\s*){DEFINITION_ASIDE})?)"""
#: A list of names: "ACF, ACFA, ACFAQ and ACFP", "A and B", "each of X and Y". A comma before a
#: legal form belongs to the name ("Acme Fund, L.P., Acme GP, L.L.C."), never to the list, so
#: each list has one reading; nor is a building's name before a street number listed ("Acme
#: Corp., The Acme Tower, 1101 Main Street": see :mod:`graphkit.parsers.prose_aside_patterns`).
NAMES = rf"""(?:(?:each\s+of\s+|both\s+)?{_NAME}
    (?:\s*,\s*(?:and\s+)?(?!{_LEGAL})(?!{BUILDING_LINE}){_NAME}|\s+and\s+{_NAME})*)"""
#: :data:`NAMES` with an article before each later name: "the Acme Trust, the Beta Trust and
#: the Gamma Trust" (the first "the" stays outside: it is no part of the list).
THE_NAMES = rf"""(?:(?:each\s+of\s+|both\s+)?{_NAME}
    (?:\s*,\s*(?:and\s+)?(?!{_LEGAL})(?:the\s+)?{_NAME}|\s+and\s+(?:the\s+)?{_NAME})*)"""

#: A list of two names or more, the last joined by "and": "Acme Fund LP, Gamma Fund LP and Beta
#: Fund LP (collectively, the "Funds")", "Acme, Inc., Beta Holdings, L.P. and Gamma, LLC" (a
#: comma before a legal form is the name's)
LISTED = rf"""(?:{_NAME}(?:\s*,\s*(?:and\s+)?(?!{_LEGAL}){_NAME})*\s*,?\s+and\s+{_NAME})"""
