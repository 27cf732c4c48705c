"""Company names that open with a number: "1867 Western Financial Corporation", "21st Century
Holding Company", "3 Acme Partners, L.P.", "3G Acme Partners Ltd", "683 Acme Management, LLC".

Names are read from a capital letter on (the prose patterns' ``NAME``, a cover page's name
cell), which keeps counts ("1,000 Shares"), row numbers ("1 NAME OF REPORTING PERSON"), page
numbers and street addresses ("1867 Western Avenue") out of names. A number is read as the first
word of a name only when capitalised words follow it on the same line and end in a company word
(:data:`NUMBERED_COMPANY_WORDS`) that no other capitalised word follows: a company's name. The
number may have up to three capitals glued to it ("22AB", "5AM"), and a comma may follow a word
only before those company words ("683 Acme Management, LLC", "1838 Acme Partners II, L.P."). A
number of four digits from 1900 to 2099 is a year ("In 1999 Acme Corp. became ..."), never read
so.

Examples
--------
>>> bool(NUMBERED_NAME.match("1867 Western Financial Corporation, a California corporation"))
True
>>> bool(NUMBERED_NAME.match("1867 Western Avenue, Merced")), bool(NUMBERED_NAME.match("1,000 Shares"))
(False, False)
>>> bool(NUMBERED_NAME.search("of the 2012 Roe Family Trust")), bool(NUMBERED_NAME.match("2012 Roe"))
(True, False)
"""

from __future__ import annotations

import re

from graphkit import regex_cache

#: The company words that end a numbered name (any case): legal forms and the nouns a
#: company's name ends with, never "Bank" or "Capital" ("1 Acme Bank Plaza" is an address).
#: Atomic: "Corp." is never read as "Corp" to end "1 Acme Corp. Plaza" before its dot.
NUMBERED_COMPANY_WORDS = r"""(?>(?i:corporation|corp\.?|incorporated|inc\.?|company|co\.|companies
    |l\.?\s?l\.?\s?c\.?|l\.?\s?l\.?\s?p\.?|l\.\s?p\.|lp|ltd\.?|limited|plc|n\.\s?a\.
    |funds?|trust|partners|partnership|holdings|bancorp|bancshares|group))"""

#: The number that opens a numbered name: digits ("1867", "21st") or digits glued to one to
#: three capitals ("3G", "22AB", "5AM"), never a form's number ("13G", "13D", "10-K", "8K")
_NUMBER_WORD = r"""(?:[0-9]{1,4}(?:st|nd|rd|th)?
    |(?!13[DG]\b|10K\b|8K\b)[0-9]{1,4}[A-Z]{1,3}(?![A-Za-z0-9]))"""

#: A year that opens a trust's name after "the" or where the text opens (a name read from a
#: list): "2012 " of "the 2012 Roe Family Trust" (a trust is often named for the year it was
#: made; capitalised words and "Trust" follow on the line)
YEAR_TRUST_LEAD = r"""(?:(?:(?<=(?<![A-Za-z])(?i:the)[ \t])|^)(?:19|20)[0-9]{2}[ \t]+
    (?=(?:[A-Z][A-Za-z'\-]*[ \t]+){0,4}(?i:trust)(?![A-Za-z])))"""

#: A number that opens a company's name, checked ahead: "1867 " of "1867 Western Financial
#: Corporation", "21st " of "21st Century Holding Company", "3 " of "3 Acme Partners, L.P.",
#: "1867 " of "1867 WESTERN FINANCIAL CORPORATION, CONSOLIDATED", "3G " of "3G Acme
#: Partners Ltd", "683 " of "683 Acme Management, LLC" and "1838 " of "1838 Acme Partners II,
#: L.P." (a comma after a word only before the company words that end the name); never of
#: "1,000 Shares", "100 Shares, Acme Fund", "1 NAME OF REPORTING PERSON ACME CORP" (a cover
#: row's number and label), "In 1999 Acme Corp." (a year), "1867 Western Avenue" or "1 Acme
#: Corp. Plaza" (addresses), "500 Acme Inc. Class A Units"; a year only before a trust's name
#: (:data:`YEAR_TRUST_LEAD`). Spliced into the name patterns of prose.
NUMBER_LEAD = rf"""(?:{YEAR_TRUST_LEAD}|(?<![\w,.$/-])(?!(?:19|20)[0-9]{{2}}\b){_NUMBER_WORD}[ \t]+
    (?!(?i:names?|check|sec|source|citizenship|sole|shared|aggregate|percent|type|number|item
      |page|row)\b)
    (?=(?:[A-Z][A-Za-z0-9'\-]*\.?(?:[ \t]+|(?=,[ \t]*{NUMBERED_COMPANY_WORDS}))|&[ \t]+){{0,5}}?
      (?:,?[ \t]*{NUMBERED_COMPANY_WORDS}(?![A-Za-z])[ \t]*)+(?![ \t]*[A-Z0-9&(])))"""

#: :data:`NUMBER_LEAD` compiled, to test where a name cell or a name opens
NUMBERED_NAME = regex_cache.compile(NUMBER_LEAD, re.VERBOSE)
