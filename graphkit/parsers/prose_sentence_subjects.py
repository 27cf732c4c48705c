"""What ends a sentence after a legal form's stop besides an opening word: a name or a list of
names before its verb or its apposition, the next sentence's subject.

After "Inc.", "Ltd." or "L.P." the next capitalised word may go on with the name ("Acme
Partners, L.P. Fund II", "Acme Inc. Retirement Plan") or open a new sentence ("... and Acme
Partners, L.P. Jane Q. Roe is the President ..."). :data:`SENTENCE_END
<graphkit.parsers.prose_sentence_patterns.SENTENCE_END>` ends one there only before a word
that opens a sentence; these patterns add a person's or an entity's name before its verb
("Acme GP, LLC is"), a list of names before theirs ("Jane Roe, John Doe and Mary Major are"),
and a name or list before its apposition ("Acme GP, LLC, the general partner of ..."). None
ends one before a word that only names carry ("Fund", "Trust", "Plan", "Holdings", a legal
form), before a roman numeral ("II"), nor before a parenthesis (the defined term of the name:
'Acme, L.P.  ("Acme")').

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
>>> bool(re.match(LIST_SUBJECT, "Jane Roe, John Doe and Mary Major are the", re.VERBOSE))
True
>>> bool(re.match(APPOSED_SUBJECT, "Acme GP, LLC, the general partner of", re.VERBOSE))
True
"""

from __future__ import annotations

import re

from graphkit.edgar_places import EDGAR_PLACE_NAMES
from graphkit.names import ORGANIZATION_WORDS
from graphkit.ocr_places import PLACES
from graphkit.parsers.prose_name_patterns import KIND_WORD, PLACE_IN_PARENS

#: Words of a plan's or trust's name, which a company's name opens: "Acme Corp. Retirement
#: Savings Plan", "ACME INC. PENSION SCHEME", "Acme Inc. Deferred Compensation Plan" (review
#: places16b H1, rv47b 1-2); never a person's name nor a new sentence's subject
PLAN_WORDS = frozenset("""plan trust employee employees retirement pension savings profit
    sharing benefit benefits welfare compensation deferred scheme stock ownership foundation
    endowment estate esop 401(k)""".split())
#: Words that go on with a name after its legal form, never open a sentence: the organization
#: words of :data:`~graphkit.names.ORGANIZATION_WORDS` ("Acme, L.P. Fund II", "Acme Inc.
#: Employee Trust"), the words of plans (:data:`PLAN_WORDS`: "Acme Inc. Pension Scheme") and
#: the nouns of plans, accounts and classes ("Acme Inc. Retirement Plan", "Acme, Inc. Common
#: Stock", "Acme, L.P. Series A")
_NAME_WORDS = sorted(
    {w for w in ORGANIZATION_WORDS | PLAN_WORDS if w.isalpha()}
    | set("plan plans account accounts estate series class common stock shares preferred "
          "program committee sub subsidiary".split()),
    key=lambda w: (-len(w), w))
#: :data:`_NAME_WORDS` as a set, for a word found by other means ("fund", lower-cased)
NAME_WORDS = frozenset(_NAME_WORDS)
#: Any of :data:`_NAME_WORDS`, in any case, as a whole word
NAME_WORD = rf"""(?i:{"|".join(_NAME_WORDS)})\b"""

#: A place of two words or more, any case, never a person's name: "New York", "HONG KONG"
#: (after "Acme Asia Ltd."): the places filings name (:data:`~graphkit.ocr_places.PLACES`) and
#: EDGAR's (:data:`~graphkit.edgar_places.EDGAR_PLACE_NAMES`; rv47b 3)
_PLACE_NAME = "(?i:{})(?![A-Za-z])".format("|".join(
    sorted({r"\s+".join(map(re.escape, p.replace(",", "").split()))
            for p in (*PLACES, *EDGAR_PLACE_NAMES.values()) if " " in p},
           key=lambda p: (-len(p), p))))

#: A person's name of two words, maybe with initials: "Jane Roe", "Jane Q. Roe", "J. Gary Roe",
#: "Jane McRoe"; neither word one that names carry ("Liquidating Trust", "Retirement Plan":
#: :data:`NAME_WORD`)
_PERSON = rf"""(?:(?!{_PLACE_NAME})(?:[A-Z]\.\s+)?(?!{NAME_WORD})[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?
    (?!{NAME_WORD})[A-Z][A-Za-z'\-]*[a-z](?![A-Za-z'\-]))"""
#: A person's name in capitals in prose otherwise printed in lower case, of two words maybe
#: with an initial: "JANE Q. ROE", "JOHN DOE"; neither word one that names carry ("ACME
#: TRUST": :data:`NAME_WORD`). Read only before a verb, a list's "and" or an apposition in
#: lower case (:data:`PERSON_SUBJECT`, :data:`_SUBJECT_NAME`): "... Acme Fund Ltd. JANE ROE is"
_CAPS_PERSON = rf"""(?:(?!{_PLACE_NAME}|{NAME_WORD})[A-Z][A-Z'\-]*[A-Z]\s+(?:[A-Z]\.\s+)?
    (?!{NAME_WORD})[A-Z][A-Z'\-]*[A-Z](?![A-Za-z'\-]))"""
#: A name's defined term in parentheses, maybe after "the": ' ("Acme GP")', ' (the "General
#: Partner")', ' (“Roe”)'; a subject before its verb may carry one ('Acme GP, LLC (the
#: "General Partner") is the general partner of ...')
_TERM = r"""(?:\s*\((?:the\s+|THE\s+)?["“][^()"”]{1,40}["”]\))"""

#: A person's name opening a sentence, before its verb: "Jane Q. Roe is", "J. Gary Roe has",
#: "Jane McRoe serves", "JANE Q. ROE is" (after "... and Acme Partners, L.P."); not
#: "Liquidating Trust is", "Retirement Plan has" (:data:`NAME_WORD`), nor three words or more
#: ("Acme Capital Group is")
PERSON_SUBJECT = rf"""(?:(?:{_PERSON}|{_CAPS_PERSON}){_TERM}?
    \s+(?:is|was|has|had|owns|holds|serves|served|acts|may|shares|controls)\b)"""

#: An entity's name opening a sentence, before its verb: "Acme GP LLC is", "Acme GP, L.L.C.
#: serves" (after "The shares are held by Acme Fund, L.P."), "Acme GP (Cayman) Ltd. is", "SVF II
#: Holdings (DE) LLC is", in capitals "ACME GP (CAYMAN) LTD. IS": up to six words, the first no
#: word that goes on with a name (:data:`NAME_WORD`, a roman numeral: "Acme, L.P. Fund II, LLC
#: is" is one name), maybe a place or a series mark in parentheses before the legal form
#: (:data:`~graphkit.parsers.prose_name_patterns.PLACE_IN_PARENS`, "(Q)"; after a place, words of
#: the organization's kind: "Acme (Shanghai) Investment Co., Ltd. is"), the last word a legal
#: form that ends a name (never "Trust" or "Plan": "Acme Inc. Employee Stock Ownership Plan
#: Trust is" is one name). Only the name: :data:`ORG_SUBJECT` adds its verb.
_ORG = rf"""(?:(?!{NAME_WORD}|[IVX]+\b)[A-Z][A-Za-z0-9&'\-]*
    (?:\s+(?!{NAME_WORD}\s+(?:is|was|has|serves|acts)\b)[A-Z0-9][A-Za-z0-9&'\-]*){{0,4}}?
    (?:\s+(?:{PLACE_IN_PARENS}(?:\s+{KIND_WORD}){{0,4}}|\([A-Z]{{1,4}}\)))?
    ,?\s+(?:L\.?\s?L\.?\s?C\.?|L\.?\s?P\.?|LLP|Inc\.?|Ltd\.?|Corp\.?|Limited|Corporation
          |INC\.?|LTD\.?|CORP\.?|LIMITED|CORPORATION))"""
#: :data:`_ORG` before its verb, maybe with its defined term: "Acme GP, LLC is", "Acme GP, LLC
#: may be deemed", 'Acme GP (Cayman) Ltd. (the "General Partner") is'
ORG_SUBJECT = rf"""(?:{_ORG}{_TERM}?
    \s+(?:is|was|has|serves|acts|may|IS|WAS|HAS|SERVES|ACTS|MAY)\b)"""

#: A subject's name (:data:`_ORG`, :data:`_PERSON`) with its defined term, if any: 'Acme GP,
#: LLC ("Acme GP")', 'Jane Roe (“Roe”)', 'Acme GP, LLC (the "General Partner")'
_SUBJECT_NAME = rf"""(?:(?:{_ORG}|{_PERSON}|{_CAPS_PERSON}){_TERM}?)"""
#: Names listed as a sentence's subject (:data:`_SUBJECT_NAME`): "Jane Roe, John Doe and Mary
#: Major", "Jane Roe, John Doe, Mary Major", "Acme GP, LLC and Jane Roe", "Acme GP, LLC"
_SUBJECT_NAMES = rf"""(?:{_SUBJECT_NAME}(?:,\s+{_SUBJECT_NAME}){{0,8}}
    (?:,?\s+and\s+{_SUBJECT_NAME})?)"""
#: A list of names opening a sentence, before its verb: "Jane Roe, John Doe and Mary Major
#: are" (after "... is the general partner of Acme Fund V, L.P."), "Acme GP, LLC and Jane Roe
#: may"; the names persons' (:data:`_PERSON`) or entities' that end in a legal form
#: (:data:`_ORG`): not "Class A and Class B are" (:data:`NAME_WORD`)
LIST_SUBJECT = rf"""(?:{_SUBJECT_NAME}(?:,\s+{_SUBJECT_NAME}){{0,8}},?\s+and\s+{_SUBJECT_NAME}
    \s+(?:are|were|have|may|each|share|together|collectively|jointly|ARE|WERE|MAY)\b)"""
#: A name or names opening a sentence with an apposition after them: "Acme GP, LLC, the
#: general partner of Acme Fund, L.P., may be deemed" (after "... are held by Acme Fund,
#: L.P."), "Jane Roe, as the managing member, ...", 'Acme GP, LLC ("Acme GP"), a Delaware
#: ...', "Jane Roe, John Doe and Mary Major, the managing members of ...", "Jane Roe, John
#: Doe, Mary Major, each a managing member ...", "Jane Roe and John Doe, in their capacities",
#: "Acme Fund, L.P., whose general partner is Acme GP, LLC, ..."
APPOSED_SUBJECT = rf"""(?:{_SUBJECT_NAMES},\s+
    (?:the|a|an|its|their|as|in|which|who|whose|each|THE|AS|IN|WHOSE|EACH)\s)"""

#: An entity's name (:data:`_ORG`) in the possessive opening a sentence, before a word in lower
#: case: "Acme Fund, L.P.'s general partner is" (after "... the general partner of Beta Fund,
#: L.P."); not "Employees' Savings Plan" (no legal form, no "'s")
POSSESSIVE_SUBJECT = rf"""(?:{_ORG}['’]s\s+[a-z])"""

#: Two spaces or more (no line break; spaces or no-break spaces) after a legal form's stop,
#: before a capitalised word that is no part of a name: "Acme, L.P.  Jane Roe",
#: "Acme, Inc.\u00a0\u00a0Acme GP is"; not "Acme, L.P.  Fund II", "Acme, L.P.  II",
#: 'Acme, L.P.  ("Acme")'
SPACED_AFTER_LEGAL = rf"""(?:[ \u00a0]{{2,}}(?=[A-Z])(?!{NAME_WORD}|[IVX]+\b))"""

#: What ends a sentence after a legal form's stop besides a word that opens one: a person's
#: or an entity's name before its verb (:data:`PERSON_SUBJECT`, :data:`ORG_SUBJECT`), or a
#: list of names before its verb, names before their apposition or a name in the possessive
#: (:data:`LIST_SUBJECT`, :data:`APPOSED_SUBJECT`, :data:`POSSESSIVE_SUBJECT`; these three not
#: after "& Co.", which goes on with its name: "Roe & Co. Europe Ltd., a company"), on the same
#: or the next line (a blank line
#: ends the sentence anyway, with its own branch). Two spaces alone
#: (:data:`SPACED_AFTER_LEGAL`) end none: justified text pads spaces anywhere, as in "Acme
#: Holdings, Inc.  Employees' Savings Plan". All names open with a capital, checked first (the
#: checks of their words are slow), so only the end of the spaces can be their start: the
#: spaces are taken whole (``\s++``), with no going back over them.
NEW_SENTENCE_AFTER_LEGAL = rf"""(?:(?![ \t]*\n[ \t]*\n)
    (?:\s++(?=[A-Z])(?={PERSON_SUBJECT}|{ORG_SUBJECT})
      |(?<!&\sCo\.)(?<!&\sCO\.)\s++(?=[A-Z])
       (?={LIST_SUBJECT}|{APPOSED_SUBJECT}|{POSSESSIVE_SUBJECT})))"""
