"""Company names that open with a number: "1867 Western Financial Corporation", "21st Century
Holding Company", "3 Acme Partners, L.P.", "3G Acme Partners Ltd", "683 Acme Management, LLC".

Names are read from a capital letter on (the prose patterns' ``NAME``, a cover page's name
cell), which keeps counts ("1,000 Shares"), row numbers ("1 NAME OF REPORTING PERSON"), page
numbers and street addresses ("1867 Western Avenue") out of names. A number is read as the first
word of a name only when capitalised words follow it on the same line and end in a company word
(:data:`NUMBERED_COMPANY_WORDS`) that no other capitalised word follows: a company's name. The
number may have up to three capitals glued to it ("22AB", "5AM"), and a comma may follow a word
only before those company words ("683 Acme Management, LLC", "1838 Acme Partners II, L.P.").

A number of four digits from 1900 to 2099 is most often a year that opens a sentence or ends a
date ("In 1999 Acme Corp. became ...", "On March 3, 2021 Acme Fund LP ...", "2021 Jane Roe
..."). It opens a name only where a date cannot stand (:data:`YEAR_LEAD`): where the text or a
sentence opens, after a role word's "of" ("member of", not "as of", "each of", "months of"),
"by", "the", "and" (not "2019 and") or a comma (not "March 3, "), before two words or more that end in a company word:
"2020 Partners LP", "of 2012 Ventures GP, LLC"; and before a trust's name after "the"
(:data:`YEAR_TRUST_LEAD`).

Examples
--------
>>> bool(NUMBERED_NAME.match("1867 Western Financial Corporation, a California corporation"))
True
>>> bool(NUMBERED_NAME.match("1867 Western Avenue, Merced")), bool(NUMBERED_NAME.match("1,000 Shares"))
(False, False)
>>> bool(NUMBERED_NAME.search("of the 2012 Roe Family Trust")), bool(NUMBERED_NAME.match("2012 Roe"))
(True, False)
>>> bool(NUMBERED_NAME.match("2020 Partners LP")), bool(NUMBERED_NAME.search("In 2020 Acme Partners LP"))
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

#: Words a numbered part of a text follows, in any case: "Item 2b", "Row 1a", "Rule 3a",
#: "Section 4c", "under clause 2b", "Article 1a", "Footnote 2b", "See Appendix 1a"
_PART_WORDS = ("Item", "Items", "Row", "Rows", "Rule", "Rules", "Section", "Sections",
               "Subsection", "Form", "Schedule", "Exhibit", "Note", "Notes", "Part", "Box", "Line",
               "Annex", "Question", "Page", "No", "Article", "Articles", "Paragraph",
               "Paragraphs", "Subparagraph", "Clause", "Clauses", "Footnote", "Appendix")


def _not_after(words: tuple[str, ...], tail: str, flags: str = "") -> str:
    """Negative look-behinds: none of ``words`` (a word of its own, in any case if ``flags`` is
    "i") then ``tail`` before here; one look-behind per width, as Python requires.

    >>> _not_after(("as", "by", "end"), "[ ]of[ ]")
    '(?<!(?<![A-Za-z])(?:as|by)[ ]of[ ])(?<!(?<![A-Za-z])(?:end)[ ]of[ ])'
    >>> _not_after(("No",), "[ ]", "i")
    '(?<!(?<![A-Za-z])(?i:No)[ ])'
    """
    widths = sorted({len(w) for w in words})
    return "".join(f"(?<!(?<![A-Za-z])(?{flags}:{'|'.join(w for w in words if len(w) == n)}){tail})"
                   for n in widths)


def _after(words: tuple[str, ...], tail: str) -> str:
    """One of ``words`` (a word of its own, any case) then ``tail`` before here: look-behinds
    one per width, as Python requires, as alternatives.

    >>> _after(("owner", "member"), "[ ]of[ ]")
    '(?:(?<=(?<![A-Za-z])(?i:owner)[ ]of[ ])|(?<=(?<![A-Za-z])(?i:member)[ ]of[ ]))'
    """
    widths = sorted({len(w) for w in words})
    return "(?:" + "|".join(
        f"(?<=(?<![A-Za-z])(?i:{'|'.join(w for w in words if len(w) == n)}){tail})"
        for n in widths) + ")"


#: One digit glued to one small letter that opens a company's name ("2b " of "2b Holdings
#: LLC"), never a part's number ("Item 2b", "Row 1a", "under clause 2b": :data:`_PART_WORDS`)
LETTERED_DIGIT = _not_after(_PART_WORDS, r"[ \t]", "i") + r"[0-9][a-z](?![A-Za-z0-9])"

#: A year that opens a trust's name after "the" or where the text opens (a name read from a
#: list): "2012 " of "the 2012 Roe Family Trust" (a trust is often named for the year it was
#: made; capitalised words and "Trust" follow on the line)
YEAR_TRUST_LEAD = r"""(?:(?:(?<=(?<![A-Za-z])(?i:the)[ \t])|^)(?:19|20)[0-9]{2}[ \t]+
    (?=(?:[A-Z][A-Za-z'\-]*[ \t]+){0,4}(?i:trust)(?![A-Za-z])))"""

#: What follows the number of a company's name: capitalised words on the line that end in
#: company words no capitalised word nor "(" follows ("Western Financial Corporation", "Acme
#: Partners II, L.P."), but for a definition's ('Acme Partners LP ("Acme")', 'Acme Corp. (the
#: "Fund")'); never a cover row's label ("NAME OF REPORTING PERSON")
_COMPANY_AHEAD = rf"""(?!(?i:names?|check|sec|source|citizenship|sole|shared|aggregate|percent|type
      |number|item|page|row)\b)
    (?=(?:[A-Z][A-Za-z0-9'\-]*\.?(?:[ \t]+|(?=,[ \t]*{NUMBERED_COMPANY_WORDS}))|&[ \t]+){{0,5}}?
      (?:,?[ \t]*{NUMBERED_COMPANY_WORDS}(?![A-Za-z])[ \t]*)+
      (?![ \t]*(?:[A-Z0-9&]|\((?![ \t]*(?:the[ \t]+)?["“]))))"""



#: The number that opens a numbered name: digits ("1867", "21st"), digits glued to one to
#: three capitals ("3G", "22AB", "5AM") or a digit to a small letter ("2b":
#: :data:`LETTERED_DIGIT`), never a form's number ("13G", "13D", "10-K", "8K")
_NUMBER_WORD = r"""(?:[0-9]{1,4}(?:st|nd|rd|th)?
    |(?!13[DG]\b|10K\b|8K\b)[0-9]{1,4}[A-Z]{1,3}(?![A-Za-z0-9])
    |""" + LETTERED_DIGIT + ")"

#: The months ("June of 2020", "March, 2021")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
#: The words cut short before a year, whose stop ends no sentence: the months ("Sept. 2020")
#: and "No." ("Amendment No. 2020")
_CUT_WORDS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
              "Dec", "No")
#: The role words "of" a year's name follows: "the managing member of 2012 Ventures GP, LLC",
#: "the general partner of 2020 Partners LP", "a wholly owned subsidiary of 2020 Holdings LLC";
#: never a word of time ("the first six months of 2020", "the remainder of 2020", "each of
#: 2020", "December 31 of 2020", "as of 2020": a year of a date)
_ROLE_OF = ("member", "members", "partner", "partners", "trustee", "trustees", "manager",
            "managers", "director", "directors", "officer", "officers", "adviser", "advisers",
            "advisor", "advisors", "owner", "owners", "holder", "holders", "shareholder",
            "shareholders", "stockholder", "stockholders", "parent", "subsidiary", "subsidiaries",
            "affiliate", "affiliates", "control", "president", "chairman", "sponsor", "sponsors")
#: A year that opens a company's name, where a date cannot stand: where the text or sentence
#: opens ("2020 " of "2020 Partners LP is the general partner"), after a stop ("Acme GP, LLC.
#: 2020 Partners LP is", not "Sept. 2020") or an item mark ("(a) ", "(ii) ", "(12) " of "filed
#: by (i) 2020 Partners LP"), after "of" ("the managing member of 2012 Ventures
#: GP, LLC": a role word's "of", :data:`_ROLE_OF`, never "as of", "the remainder of",
#: "December 31 of"; never "is": "which is 2021 Acme ..."), "by", "the", "and" ("Acme Corp. and
#: 2021 Partners LP", not "between 2019 and 2020") or a comma ("Acme Corp., 2021 Partners LP", not
#: "On March 3, 2021", "March 3rd, 2021", "June, 2021"); never after "In", "On", "Since",
#: "During", "in" and the like ("In 2020 Acme Partners LP became ..."). Two words or more
#: follow it, capitalised, and end in company words (:data:`_COMPANY_AHEAD`): "2020 Partners LP",
#: "2012 Ventures GP, LLC", never "2021 Jane Roe", "2020 Annual Report" or "of 2020 Trust".
_NOT_A_CUT_WORD = (_not_after(_CUT_WORDS, r"\.[ \t]"), _not_after(_CUT_WORDS, r"\.[ \t]{2}"))
_AFTER_A_ROLE_OF = _after(_ROLE_OF, r"[ \t]of[ \t]")
_NOT_A_MONTH_COMMA = _not_after(_MONTHS, r",[ \t]")
YEAR_LEAD = rf"""(?:(?=(?:19|20)[0-9]{{2}}[ \t]+[A-Z][^ \t]*[ \t]+[A-Z&])
    (?:^
      |(?:(?<=[.;:][ \t])|(?<=[.;:][ \t]{{2}})){_NOT_A_CUT_WORD[0]}{_NOT_A_CUT_WORD[1]}
      |(?<=(?<![A-Za-z])by[ \t])|{_AFTER_A_ROLE_OF}
      |(?<=(?<![A-Za-z])(?:and|the|The|THE)[ \t])(?<![0-9][ \t]and[ \t])
      |(?<=\([a-z0-9]\)[ \t])|(?<=\((?:[ivx]{{2}}|[0-9]{{2}})\)[ \t])|(?<=\([ivx]{{3}}\)[ \t])
      |(?<=\([ivx]{{4}}\)[ \t])
      |(?<=,[ \t])(?<![0-9],[ \t])(?<![0-9](?:st|nd|rd|th),[ \t]){_NOT_A_MONTH_COMMA})
    (?:19|20)[0-9]{{2}}[ \t]+{_COMPANY_AHEAD})"""

#: A number that opens a company's name, checked ahead: "1867 " of "1867 Western Financial
#: Corporation", "21st " of "21st Century Holding Company", "3 " of "3 Acme Partners, L.P.",
#: "1867 " of "1867 WESTERN FINANCIAL CORPORATION, CONSOLIDATED", "3G " of "3G Acme
#: Partners Ltd", "683 " of "683 Acme Management, LLC" and "1838 " of "1838 Acme Partners II,
#: L.P." (a comma after a word only before the company words that end the name); never of
#: "1,000 Shares", "100 Shares, Acme Fund", "1 NAME OF REPORTING PERSON ACME CORP" (a cover
#: row's number and label), "In 1999 Acme Corp." (a year), "1867 Western Avenue" or "1 Acme
#: Corp. Plaza" (addresses), "500 Acme Inc. Class A Units"; a year only where a date cannot
#: stand (:data:`YEAR_LEAD`) or before a trust's name (:data:`YEAR_TRUST_LEAD`). Spliced into
#: the name patterns of prose.
NUMBER_LEAD = rf"""(?:{YEAR_TRUST_LEAD}|{YEAR_LEAD}
    |(?<![\w,.$/-])(?!(?:19|20)[0-9]{{2}}\b){_NUMBER_WORD}[ \t]+{_COMPANY_AHEAD})"""

#: :data:`NUMBER_LEAD` compiled, to test where a name cell or a name opens
NUMBERED_NAME = regex_cache.compile(NUMBER_LEAD, re.VERBOSE)
