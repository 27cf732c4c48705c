"""What ends a sentence after a legal form's stop besides an opening word: a person's name
before its verb, or the two spaces typists put between sentences.

After "Inc.", "Ltd." or "L.P." the next capitalised word may go on with the name ("Acme
Partners, L.P. Fund II", "Acme Inc. Retirement Plan") or open a new sentence ("... and Acme
Partners, L.P. Jane Q. Roe is the President ..."). :data:`SENTENCE_END
<graphkit.parsers.prose_sentence_patterns.SENTENCE_END>` ends one there only before a word
that opens a sentence; these two patterns add a person's name before its verb and a stop
followed by two spaces (a non-breaking pair in HTML). Neither ends one before a word that only
names carry ("Fund", "Trust", "Plan", "Holdings", a legal form), before a roman numeral ("II"),
nor before a parenthesis (the defined term of the name: 'Acme, L.P.  ("Acme")').

Examples
--------
>>> import re
>>> bool(re.match(PERSON_SUBJECT, "Jane Q. Roe is the President", re.VERBOSE))
True
>>> bool(re.match(PERSON_SUBJECT, "Liquidating Trust is the holder", re.VERBOSE))
False
>>> bool(re.match(ORG_SUBJECT, "Acme GP (Cayman) Ltd. is the general partner", re.VERBOSE))
True
>>> bool(re.match(SPACED_AFTER_LEGAL, "\\u00a0\\u00a0Jane Roe", re.VERBOSE))
True
"""

from __future__ import annotations

from graphkit.names import ORGANIZATION_WORDS
from graphkit.parsers.prose_name_patterns import KIND_WORD, PLACE_IN_PARENS

#: Words that go on with a name after its legal form, never open a sentence: the organization
#: words of :data:`~graphkit.names.ORGANIZATION_WORDS` ("Acme, L.P. Fund II", "Acme Inc.
#: Employee Trust") and the nouns of plans, accounts and classes ("Acme Inc. Retirement Plan",
#: "Acme, Inc. Common Stock", "Acme, L.P. Series A")
_NAME_WORDS = sorted(
    {w for w in ORGANIZATION_WORDS if w.isalpha()}
    | set("plan plans account accounts estate series class common stock shares preferred "
          "program committee sub subsidiary".split()),
    key=lambda w: (-len(w), w))
#: :data:`_NAME_WORDS` as a set, for a word found by other means ("fund", lower-cased)
NAME_WORDS = frozenset(_NAME_WORDS)
#: Any of :data:`_NAME_WORDS`, in any case, as a whole word
NAME_WORD = rf"""(?i:{"|".join(_NAME_WORDS)})\b"""

#: A person's name opening a sentence, before its verb: "Jane Q. Roe is", "J. Gary Roe has",
#: "Jane McRoe serves" (after "... and Acme Partners, L.P."); not "Liquidating Trust is",
#: "Retirement Plan has" (:data:`NAME_WORD`), nor three words or more ("Acme Capital Group is")
PERSON_SUBJECT = rf"""(?:(?:[A-Z]\.\s+)?(?!{NAME_WORD})[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?
    (?!{NAME_WORD})[A-Z][A-Za-z'\-]*[a-z]
    \s+(?:is|was|has|had|owns|holds|serves|served|acts|may|shares|controls)\b)"""

#: An entity's name opening a sentence, before its verb: "Acme GP LLC is", "Acme GP, L.L.C.
#: serves" (after "The shares are held by Acme Fund, L.P."), "Acme GP (Cayman) Ltd. is", "SVF II
#: Holdings (DE) LLC is", in capitals "ACME GP (CAYMAN) LTD. IS": up to six words, the first no
#: word that goes on with a name (:data:`NAME_WORD`, a roman numeral: "Acme, L.P. Fund II, LLC
#: is" is one name), maybe a place or a series mark in parentheses before the legal form
#: (:data:`~graphkit.parsers.prose_name_patterns.PLACE_IN_PARENS`, "(Q)"; after a place, words of
#: the organization's kind: "Acme (Shanghai) Investment Co., Ltd. is"), the last word a legal
#: form that ends a name (never "Trust" or "Plan": "Acme Inc. Employee Stock Ownership Plan
#: Trust is" is one name)
ORG_SUBJECT = rf"""(?:(?!{NAME_WORD}|[IVX]+\b)[A-Z][A-Za-z0-9&'\-]*
    (?:\s+(?!{NAME_WORD}\s+(?:is|was|has|serves|acts)\b)[A-Z0-9][A-Za-z0-9&'\-]*){{0,4}}?
    (?:\s+(?:{PLACE_IN_PARENS}(?:\s+{KIND_WORD}){{0,4}}|\([A-Z]{{1,4}}\)))?
    ,?\s+(?:L\.?\s?L\.?\s?C\.?|L\.?\s?P\.?|LLP|Inc\.?|Ltd\.?|Corp\.?|Limited|Corporation
          |INC\.?|LTD\.?|CORP\.?|LIMITED|CORPORATION)
    \s+(?:is|was|has|serves|acts|IS|WAS|HAS|SERVES|ACTS)\b)"""

#: Two spaces or more (no line break; spaces or no-break spaces) after a legal form's stop,
#: before a capitalised word that is no part of a name: "Acme, L.P.  Jane Roe",
#: "Acme, Inc.\u00a0\u00a0Acme GP is"; not "Acme, L.P.  Fund II", "Acme, L.P.  II",
#: 'Acme, L.P.  ("Acme")'
SPACED_AFTER_LEGAL = rf"""(?:[ \u00a0]{{2,}}(?=[A-Z])(?!{NAME_WORD}|[IVX]+\b))"""

#: What ends a sentence after a legal form's stop besides a word that opens one: a person's
#: or an entity's name before its verb (:data:`PERSON_SUBJECT`, :data:`ORG_SUBJECT`) on the
#: same or the next line (a blank line
#: ends the sentence anyway, with its own branch). Two spaces alone
#: (:data:`SPACED_AFTER_LEGAL`) end none: justified text pads spaces anywhere, as in "Acme
#: Holdings, Inc.  Employees' Savings Plan". Both names open with a capital, checked first (the
#: checks of their words are slow), so only the end of the spaces can be their start: the
#: spaces are taken whole (``\s++``), with no going back over them.
NEW_SENTENCE_AFTER_LEGAL = rf"""(?:(?![ \t]*\n[ \t]*\n)\s++(?=[A-Z])
    (?={PERSON_SUBJECT}|{ORG_SUBJECT}))"""
