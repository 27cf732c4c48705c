"""The named patterns of Schedule 13D/13G cover pages: row labels and layout debris.

Each row label (:data:`ROW_LABELS`) opens a region of a cover page that runs to the next label;
the debris patterns (CUSIP and page references, row numbers, footnote marks) are blanked out,
offsets kept, before values are read. :mod:`graphkit.parsers.schedule13_cover` reads the pages;
:mod:`graphkit.parsers.schedule13_cover_search` finds these patterns fast, trying each only where
it can start. Tests pin every pattern: ``tests/parsers/test_schedule13_patterns.py``.

>>> bool(ROW_SOLE_VOTING.search("5. Sole Voting Power  1,000"))
True
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_aside_patterns import TRUST_DATE_ASIDE

_F = re.VERBOSE | re.IGNORECASE

# --- row labels (each opens a region that runs to the next label) ---------------------------

#: "1. Names of Reporting Persons.", "(1) NAME OF REPORTING PERSON"
ROW_NAME = regex_cache.compile(r"""\bNames?\s+of\s+(?:the\s+)?Reporting\s+Persons?\b\.?""", _F)
#: "I.R.S. Identification Nos. of above persons (entities only)", "S.S. OR I.R.S.
#: IDENTIFICATION NO. OF ABOVE PERSON"
ROW_IRS = regex_cache.compile(r"""
    (?:S\.?\s?S\.?\s+or\s+)?I\.?\s?R\.?\s?S\.?\s+Identification\s+Nos?\.?
    (?:\s+of\s+(?:the\s+)?above\s+persons?)?(?:\s*\(\s*entities\s+only\s*\))?\.?
  | \(\s*entities\s+only\s*\)\.?
""", _F)
#: "2. Check the Appropriate Box if a Member of a Group (See Instructions)"
ROW_GROUP = regex_cache.compile(r"""
    Appropriate\s+Box\s+if\s+a\s+Member\s+of\s+a\s+Group\**(?:\s*\(See\s+Instructions\))?\**
""", _F)
#: "3. SEC Use Only", OCR "SEC Us e OĪ nly"
ROW_SEC_USE = regex_cache.compile(r"""\bSEC\s+U\s*s\s*e\b(?:\s+O\S*(?:\s+\S*ly\b)?)?""", _F)
#: 13D row 4: "SOURCE OF FUNDS (See Instructions)"
ROW_SOURCE = regex_cache.compile(r"""\bSource\s+of\s+Funds\**(?:\s*\(See\s+Instructions\))?\**""", _F)
#: 13D row 5: "CHECK BOX IF DISCLOSURE OF LEGAL PROCEEDINGS IS REQUIRED PURSUANT TO ITEMS 2(d)
#: OR 2(e)"
ROW_LEGAL = regex_cache.compile(r"""
    Disclosure\s+of\s+Legal\s+Proceedings(?:\s+is\s+Required\s+Pursuant\s+to\s+Items?\s+
    2\s*\(\s*d\s*\)\s+or\s+2\s*\(\s*e\s*\))?\**
""", _F)
#: "4. Citizenship or Place of Organization", OCR "Citizens hip or Place of Organization",
#: "Citizens ш y of Frace of Organization"
#: "Citizenship or Place\n     of Organization" (wrapped in a narrow column)
ROW_CITIZENSHIP = regex_cache.compile(r"""
    (?:Citizen\S*(?:[ \t]+\S+){0,3}?[ \t]+)?(?:or[ \t]+)?\S+(?:[ \t]+|[ \t]*\n[ \t]*)of[ \t]+Organi[sz]ation
""", _F)
#: What every :data:`ROW_CITIZENSHIP` match ends with: "of Organization", "of\tOrganisation".
#: The label holds at most one line break, so only the line of each of these and the line
#: before are searched for it (:func:`_citizenship_rows`): trying the whole pattern at every
#: position of a cover page cost more than all other labels together.
ORGANIZATION_END = regex_cache.compile(r"""of[ \t]+Organi[sz]ation""", _F)
#: A word (a run of non-space characters), where a :data:`ROW_CITIZENSHIP` match may open:
#: "Place" of "Place of Organization"
NON_SPACE_RUN = regex_cache.compile(r"""\S+""", re.VERBOSE)
#: "5. Sole Voting Power", "(7) SOLE VOTING POWER"
ROW_SOLE_VOTING = regex_cache.compile(r"""\bSole\s+Voting(?:\s+\w?ower)?""", _F)
#: "6. Shared Voting Power", OCR "Shared voling Fower", "Shared voting rower"
ROW_SHARED_VOTING = regex_cache.compile(r"""\bShared\s+vo\w*(?:\s+\w?ower)?""", _F)
#: "7. Sole Dispositive Power", "9. SOLE DISPOSITION POWER", misspelt "SOLE DISPOSITVE POWER"
#: or "SOLE DISPOTIVE POWER": any word opening with "Dispo" (no voting label has one)
ROW_SOLE_DISPOSITIVE = regex_cache.compile(r"""\bSole\s+Dispo\w*(?:\s+\w?ower)?""", _F)
#: "8. Shared Dispositive Power", OCR "Shared Dispositive Fower", "SHARED DISPOSITION POWER",
#: misspelt "SHARED DISPOSITVE POWER" or "SHARED DISPOTIVE POWER"
ROW_SHARED_DISPOSITIVE = regex_cache.compile(r"""\bShared\s+Dispo\w*(?:\s+\w?ower)?""", _F)
#: "9. Aggregate Amount Beneficially Owned by Each Reporting Person", OCR "miount Beneficiary
#: Owned by Each Reporting Person", with a stray small word "11. Aggregate Amount of
#: Beneficially Owned by Each Reporting Person", or cut short to "(9) Aggregate" alone on its line, or
#: wrapped onto two lines with the value printed on the first: "AGGREGATE AMOUNT BENEFICIALLY
#: 1,000" / "OWNED BY REPORTING PERSON:" (the label ends before the value)
ROW_AGGREGATE = regex_cache.compile(r"""
    (?:Aggregate\s+)?\w*m\w?ount\s+(?:\w{1,3}\s+)?Benefici\w*\s+Owned  # "Amount of Beneficially"
    (?:\s+by\s+Each\s+Reporting\s+Person)?
  | Aggregate\s+Amount\s+Benefici\w*(?=[ \t]+\S[^\n]*\n[ \t|]*Owned\b)  # wrapped, value between
  | (?m:^[ \t]*(?:\(9\)|\(11\)|9\.|11\.)?[ \t]*Aggregate[ \t]*$)     # (9) Aggregate
""", _F)
#: "10. Check if the Aggregate Amount in Row (9) Excludes Certain Shares (see Instructions)"
ROW_EXCLUDES = regex_cache.compile(r"""Excludes\s+Certain\s+Shares\**(?:\s*\(See\s+Instructions\))?\**""", _F)
#: "11. Percent of Class Represented by Amount in Row (9)", OCR "Percent of C Class"
ROW_PERCENT = regex_cache.compile(r"""
    Percent\s+of\s+(?:C\s+)?Class(?:\s+Represented\s+by\s+Amount\s+in\s+Row\s*\(\s*\d+\s*\))?
""", _F)
#: "12. Type of Reporting Person (see Instructions)"
ROW_TYPE = regex_cache.compile(r"""Type\s+of\s+Reporting\s+Person\**(?:\s*\(See\s+Instructions\))?\**""", _F)

#: Row labels in the order of the form, with the field each fills.
ROW_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("name", ROW_NAME), ("irs", ROW_IRS), ("group", ROW_GROUP), ("sec_use", ROW_SEC_USE),
    ("source", ROW_SOURCE), ("legal", ROW_LEGAL), ("citizenship", ROW_CITIZENSHIP),
    ("sole_voting", ROW_SOLE_VOTING), ("shared_voting", ROW_SHARED_VOTING),
    ("sole_dispositive", ROW_SOLE_DISPOSITIVE), ("shared_dispositive", ROW_SHARED_DISPOSITIVE),
    ("aggregate", ROW_AGGREGATE), ("excludes", ROW_EXCLUDES), ("percent", ROW_PERCENT),
    ("type", ROW_TYPE),
)

QUANTITY_FIELDS = ("sole_voting", "shared_voting", "sole_dispositive", "shared_dispositive",
                   "aggregate")

# --- layout debris, blanked (offsets kept) before values are read ---------------------------

#: "CUSIP No. 74758T 303", OCR "CUSII SIP No. 74758T 303", "CUSIP 292758109"
CUSIP_REF = regex_cache.compile(r"""
    CUS\w*(?:\s+SIP)?\s*(?:No\.?|NO\.?|Number|NUMBER|\#)?\s*:?\s*[0-9][0-9A-Z]{2,8}(?:[ \t-](?:[0-9][0-9A-Z]{0,5}|[A-Z](?![a-z]))){0,2}
""", re.VERBOSE)
#: "Page 4 of 13", "(Page 2 of 9 Pages)"
PAGE_REF = regex_cache.compile(r"""\bPa(?:ge?)?\s*\d+(?:\s+of\s+\d+)?(?:\s+Pages)?""", _F)
#: Where a :data:`PAGE_REF` may start, in the text lower-cased: "page 4", "pa 3" (its opening
#: literal first, so that a search skips ahead fast; a case-insensitive search cannot)
PAGE_REF_CUE = regex_cache.compile(r"""pa(?:ge?)?\s*\d""", re.VERBOSE)
#: Row numbers: "5.", "(7)", "[6]", "11." before a label (a cell that is only a row number),
#: and "8)" ("8)  Shared Dispositive Power. . .  18.3%"); "7)" and "7." glued to their label
#: as an HTML cell flattens them ("7)SOLE DISPOSITIVE POWER", "7.SOLE DISPOSITIVE POWER": "7."
#: only before two letters, so "7.5" and "Fund 2.A" stay)
ROW_NUMBER = regex_cache.compile(r"""
    (?<![\w.,(/$\[])(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}\s?\.|\d{1,2}\))
    (?=[\s]|$|(?<=\))[A-Z]|(?<=\d\.)[A-Z][A-Za-z])
""", re.VERBOSE)
#: A bare row number ending a region, printed just before the next label: "6    SHARED VOTING",
#: "9 | SOLE DISPOSITIVE POWER" (a table cell)
TRAILING_ROW_NUMBER = regex_cache.compile(r"""(?<![\w,.])\d{1,2}[ \t|]*\Z""", re.VERBOSE)
#: A bare row number on a line of its own (or among left-margin words) printed *after* its
#: label: "SOLE VOTING POWER\n      5\n  NUMBER OF   -0-", "BENEFICIALLY   6\n  NONE". (Spaces
#: and words before the number are taken possessively, "*+": giving some back could never let
#: a digit match, and trying it at every space of a deep indent cost more than all else here.)
_LINE_ROW_NUMBER = r"""
    (?P<pre>[ \t|]*+(?:(?:number|of|shares|beneficially|owned|by|each|reporting|person|with)
      [ \t|]++)*+)
    (?P<num>\d{1,2})
    (?=[ \t|]*(?:(?:number|of|shares|beneficially|owned|by|each|reporting|person|with)[ \t|]*)*$)
"""
LINE_ROW_NUMBER = regex_cache.compile(r"^" + _LINE_ROW_NUMBER, re.VERBOSE | re.IGNORECASE | re.MULTILINE)
#: :data:`LINE_ROW_NUMBER` with the line break before it, "\n      5": a literal first, so that a
#: search skips ahead fast (searched in "\n" + the text, so that its first line counts too)
BROKEN_LINE_ROW_NUMBER = regex_cache.compile(r"\n" + _LINE_ROW_NUMBER,
                                             re.VERBOSE | re.IGNORECASE | re.MULTILINE)
#: A row number opening a line, before its label's words: the "10" of "    10      CERTAIN SHARES
#: (See Instructions)" (a label not read as one, "ROW (9)" of its first line blanked): no cell
#: of the row above. Two spaces or more, or a tab (a column gap: "\t10\tCERTAIN SHARES"), then
#: a capital, not "Shares" ("10  Shares": a count)
LABEL_ROW_NUMBER = regex_cache.compile(r"""
    ^[ \t|]*(?P<num>\d{1,2})(?:[ ]{2,}|[ ]*\t[ \t]*)(?!(?i:shares|units)\b)[A-Z][A-Za-z]
""", re.VERBOSE | re.MULTILINE)
#: A field's own row number printed after its label and before its value, on one line, as a
#: cover run together into paragraphs reads: the "5" of "SOLE VOTING POWER 5 NUMBER OF 800",
#: the "9" of "... BY EACH REPORTING PERSON 9 6,941,000"; left-margin words may stand around
#: it, and a value follows (a digit, "-0-", "None", "Nil", or dashes: "WITH 8 ----")
OPENING_ROW_NUMBER = regex_cache.compile(r"""
    \A [ \t|:]*+ (?:(?:number|of|shares|beneficially|owned|by|each|reporting|person|with)
                  [ \t|:]++)*+
    (?P<num>\d{1,2}) [ \t|:]++
    (?:(?:number|of|shares|beneficially|owned|by|each|reporting|person|with) [ \t|:]++)*+
    (?= [-(]?\d | -+ (?:[ \t|]|$) | none\b | nil\b )
""", re.VERBOSE | re.IGNORECASE | re.MULTILINE)
#: A footnote marker glued to a value: the "(1)" of "81,061,550(1)", "[2]" of "5,000[2]" (each
#: branch opens with its bracket, then looks back for the digit)
FOOTNOTE_MARK = regex_cache.compile(r"""
    \( (?<=\d\() \d{1,2} \)
  | \[ (?<=\d\[) \d{1,2} \]
""", re.VERBOSE)
#: Where a :data:`FOOTNOTE_MARK` may start: the "(" or the "[" of each branch, with a digit
#: before and after (each a pattern of its own that opens with its bracket, so that a search
#: skips ahead to it fast; a class of both brackets is tried at every position)
FOOTNOTE_CUES = (regex_cache.compile(r"""\( (?<=\d\() \d""", re.VERBOSE),
                 regex_cache.compile(r"""\[ (?<=\d\[) \d""", re.VERBOSE))
#: A row number opening a table row, before its cell separator or its label words:
#: "12 | CHECK BOX IF ...", "7 | SOLE VOTING POWER", "12  CHECK BOX IF THE AGGREGATE AMOUNT",
#: "13  PERCENT OF CLASS"; never the value of a percent row written in words, "20 percent"
_ROW_CELL_NUMBER = r"""
    [ \t]*+\d{1,2}(?=[ \t]*\||[ \t]+(?:check|sec[ \t]|source|citizen|sole|shared|aggregate
                                     |percent\s+of\s+(?:c\s+)?class|type|names?\b
                                     |i\.?r\.?s\.?\b))
"""
ROW_CELL_NUMBER = regex_cache.compile(r"^" + _ROW_CELL_NUMBER, re.VERBOSE | re.IGNORECASE | re.MULTILINE)
#: :data:`ROW_CELL_NUMBER` with the line break before it, "\n12 | CHECK BOX" (a literal first, as
#: :data:`BROKEN_LINE_ROW_NUMBER`)
BROKEN_ROW_CELL_NUMBER = regex_cache.compile(r"\n" + _ROW_CELL_NUMBER,
                                             re.VERBOSE | re.IGNORECASE | re.MULTILINE)
#: Where a :data:`ROW_NUMBER` may end, each opening with a literal so the search skips ahead fast:
#: the "." of "5." or "11 .", the ")" of "(7)" or "8)", the "]" of "[6]"; each with how many characters
#: before that last character a row number ending there may start.
ROW_NUMBER_ENDS: tuple[tuple[re.Pattern[str], tuple[int, ...]], ...] = (
    (regex_cache.compile(r"""\. (?:(?<=\d\.)(?=\s|$|[A-Z][A-Za-z])|(?<=\d\s\.)(?=\s|$))""",
                         re.VERBOSE), (1, 2, 3)),
    (regex_cache.compile(r"""\) (?<=\d\)) (?=\s|$|[A-Z])""", re.VERBOSE), (1, 2, 3)),
    (regex_cache.compile(r"""\] (?<=\d\]) (?=\s|$)""", re.VERBOSE), (2, 3)),
)
#: References to other rows and items: "Row (9)", "Rows 5 and 7", "Rows 5 - 8", "Items 2(d)";
#: a number after "Row 9 -" with a decimal point, thousands or a "%" is the row's value, no
#: row of a range: "Row 9" of "Amount in Row 9 - 6.2%" (or "- 5%", "- 16.2%", "- 1,250,000")
ROW_REF = regex_cache.compile(r"""
    Rows?\s*\(\s*\d+\s*\)(?:\s*(?:and|&|-)\s*\(\s*\d+\s*\))?
  | Rows?\s+\d+(?:\s*(?:and|&|-|,)\s*\d+(?!\d|[.,]\d|\s*%))*
  | Items?\s+\d+(?:\s*\(\s*[a-z]\s*\))?
""", _F)
#: A name of reporting person followed by an I.R.S. number on the cover: "13-3470777" (no digit
#: before it: looked at after its first digit, so that a search skips ahead fast)
IRS_NUMBER = regex_cache.compile(r"""(?P<ein>\d (?<!\d\d) \d-\d{7})(?!\d)""", re.VERBOSE)
#: The same number printed without its dash, nine digits alone: "943112180" (not a part of a
#: longer number or word, nor of a dashed number "123-45-6789"; never one digit nine times, a
#: placeholder "000000000")
UNDASHED_IRS_NUMBER = regex_cache.compile(r"""(?<![\w\-.,])(?!(\d)\1{8})(?P<ein>\d{9})(?![\w\-]|[.,]\d)""",
                                          re.VERBOSE)

#: The first item heading after the cover pages ends them: "Item 1(a).", "ITEM 1.", and in an
#: amendment that restates only some items "Item 3.  Source and Amount of Funds"; in an HTML
#: table its cells are parted by "|": "Item 1 | (a). | Name of Issuer:"; or its number followed
#: by a dash: "ITEM 1 - SECURITY AND ISSUER", "Item 2 – Identity and Background"
FIRST_ITEM = regex_cache.compile(r"""
    ^[\s#*>]*Item\s*(?:1[\s|]*(?:[.:(]|[-–—](?=\s))|[2-9]\s*(?:[.:(]|[-–—])?[ \t|]+[A-Z])
""", re.M | re.I | re.VERBOSE)

#: "NONE" in capitals as a power cell (read as zero, like "None" and "-0-"); the word before is
#: looked at after "NONE", so that a search skips ahead fast to each "NONE"
NONE_WORD = regex_cache.compile(r"""NONE (?<!\wNONE) (?!\w)""", re.VERBOSE)
#: "Nil" or "NIL" as a share cell (read as zero, as "nil" is; the same length, offsets kept)
NIL_WORD = regex_cache.compile(r"""(?<![A-Za-z])(?:Nil|NIL)(?![A-Za-z])""", re.VERBOSE)
#: A percent printed without its leading zero after a column's blank: "   .7%", "\t.02%" (read
#: as "0.7%", "0.02%"; the space or tab before it gives way to the zero, so offsets are kept;
#: the blank before that space is looked at after " .", so that a search skips ahead fast). A
#: lone tab is a column break: "Row (11)\t.7%" of a typed cover is 0.7%, never 7%; and so is
#: one space after a label's colon or a table cell's mark: "(11): .75%", "Row (11) | .75%"
LEADING_DOT_PERCENT = regex_cache.compile(r"""
    [ \t] (?P<p> \. (?: (?<=[ \t:|][ ]\.) | (?<=\t\.) ) \d{1,3} [ ]? % )
""", re.VERBOSE)
#: The table-cell mark between a percent's number and its "%" typeset in a cell of its own:
#: the " | " of "9.1 | %" (an HTML row "<td>9.1</td><td>%</td>"; blanked, so that "9.1   %" is
#: read and offsets are kept); never before a "%" that opens more than a sign ("9.1 | %s")
PERCENT_SIGN_CELL = regex_cache.compile(r"""(?<=\d)[ \t]*\|[ \t]*(?=%(?![\w]))""", re.VERBOSE)
#: A zero percent printed between dashes, as "-0-" is in the share rows: "-0-%", "- 0 - %"
#: (read as "0%": the dashes give way to spaces, so offsets are kept)
DASHED_ZERO_PERCENT = regex_cache.compile(r"""-+[ \t]*0[ \t]*-+(?=[ \t]*%)""", re.VERBOSE)
#: What every :data:`DASHED_ZERO_PERCENT` match holds from its "0" on, with its look-ahead: "0-%",
#: "0 - %". Searched for first, from its "0" (that pattern, opening with "-+", is tried at each
#: dash of a rule line and gives back its dashes one by one)
ZERO_DASH_PERCENT = regex_cache.compile(r"""0[ \t]*-+[ \t]*%""", re.VERBOSE)
#: Nine digits in a row, which every :data:`UNDASHED_IRS_NUMBER` holds: searched for first, from
#: a digit (that pattern, opening with look-arounds, is tried at every position of a name row)
NINE_DIGITS = regex_cache.compile(r"""\d{9}""", re.VERBOSE)
#: A cell printed as a lone dash, one mark alone on its line ("\t\t\t-", "| - |") or after
#: the words of the cover's left margin, two spaces or a "|" apart ("BENEFICIALLY        -",
#: "OWNED BY | —"): on some covers "none", the way "-0-" is, but only the page's other numbers
#: can say so (see :mod:`graphkit.parsers.schedule13_dashes`). Never a rule line ("-----", "-
#: -----") nor a dash beside other words ("Sole Voting Power - see Item 4", "SHARED VOTING
#: POWER -").
DASH_CELL = regex_cache.compile(r"""
    ^[ \t|]*
    (?:(?i:number|of|shares|beneficially|owned|by|each|reporting|person|with)
       (?:[ \t]+(?i:of|shares|beneficially|owned|by|each|reporting|person|with))*
       (?:[ \t]{2,}|[ \t]*\|[ \t|]*))?
    (?P<dash>[-–—])[ \t|]*$""", re.M | re.VERBOSE)
#: The last dash of a line that ends with it, but for spaces, tabs and "|": where every line
#: :data:`DASH_CELL` matches ends (a match is one whole line), found with a literal class first
#: so that a search skips ahead fast; :data:`DASH_CELL` is tried only on those lines (tried at
#: every line start, its lead of blanks gave back one by one on each deep indent)
DASH_LINE_END = regex_cache.compile(r"""[-–—][ \t|]*$""", re.M | re.VERBOSE)
#: A lone dash after the label's colon or "|", or an em dash, alone to the end of the label's
#: line: the cell of "6)SHARED VOTING POWER: -", "SOLE VOTING POWER | -" and of "SOLE VOTING
#: POWER —" (an HTML cell "SOLE VOTING POWER<br/><br/>&#8212;" flattened onto one line);
#: without them the dash is the label's punctuation ("SHARED VOTING POWER -")
COLON_DASH_CELL = regex_cache.compile(r"""
    [ \t]*(?:[:|][ \t|:]*|(?=—))(?P<dash>[-–—])[ \t|]*(?:\n|\Z)""", re.VERBOSE)
#: A number standing free in a row region (not glued to a rule line: "____14." is no number)
NUMBER_TOKEN = regex_cache.compile(r"""(?<![\w.])\d[\d.,]*""", re.VERBOSE)
#: What a reader takes for a number of shares in a power or aggregate cell: digits grouped
#: by commas, dots or apostrophes, or four digits or more, standing free of letters and "%":
#: "1,000,00", "36,832,4081", "12.345.6", "1'25'000"; not "13d" of "Rule 13d-3" nor a row
#: number "7". When a row holds one and no share count is read from it, the cover page warns.
NUMBER_LIKE = regex_cache.compile(r"""
    (?<![A-Za-z0-9]) \d (?: \d{3,} | \d{0,2}[,.'’]\d ) [\d.,'’]* (?![A-Za-z0-9%])
""", re.VERBOSE)
#: A percent of class whose sign OCR read as a letter or as " 7.": "4.3X", "4.3 7." (the
#: number is sure, the sign is not: a cell holding one is left empty, never given another
#: percent of the row); not "4.3% 7. Sole Voting Power" nor "Item 7."
DAMAGED_PERCENT = regex_cache.compile(r"""
    (?<![\w.,]) \d{1,3}[.,]\d{1,4} (?: [xX](?!\w) | [ ]7\.(?![\w.]) )
""", re.VERBOSE)
#: A number of shares as OCR may tear it: digit groups split by commas, dots or apostrophes,
#: each group holding a digit: "1,A00,000", "S00,000", "4,B62,532" (and "1,000,000": the
#: caller looks for a letter in it); not "1.Jan" (a group of letters only), "Co.,Ltd",
#: "Rule 13d-1(c)" nor "Rule 240.13d-3(d)(1)" (a rule's number goes on after a dash).
DAMAGED_NUMBER = regex_cache.compile(r"""
    (?<![\w.,'’]) (?=[A-Za-z]{0,2}[0-9]) [0-9A-Za-z]{1,3}
    (?: [,.'’] (?=[A-Za-z]{0,2}[0-9]) [0-9A-Za-z]{3} )+ (?![\w%-]|[.,'’]\w)
""", re.VERBOSE)
#: "Less than 1%", "less than one percent" in a percent row
LESS_THAN = regex_cache.compile(r"""\bless\s+than\b""", _F)
#: A percent row answered by a bare number without "%": "24.05"
BARE_PERCENT = regex_cache.compile(r"""^[ \t]*(?P<num>\d{1,2}(?:\.\d{1,4})?|100(?:\.0+)?)[ \t]*$""", re.M | re.VERBOSE)
#: A name of reporting person followed by a masked or printed taxpayer number, after a dash,
#: a comma or a space, with or without its label: "Jane Q. Doe - ###-##-####", "Jane Q. Doe,
#: ###-##-####", "Acme Investors L.P. - 11-276-3164", "Acme Advisors LP 12-3456789", "Acme
#: Group - 12-3456789", "Acme Fund, L.P., I.R.S. No. 12-3456789", "Acme Group, LLC  TIN
#: 12-3456789", "Acme Advisors Inc. (Tax ID: 12-3456789)", "Acme Oil Company of Texas-I.D. No.
#: 12-3456789" (the number itself is read
#: by :data:`IRS_NUMBER`; a masked or social security number is no identifier kept)
NAME_ID_SUFFIX = regex_cache.compile(r"""
    (?:[ \t]*+[,;][ \t]*+|[ \t]++[-–][ \t]++|[ \t]++                 # ", ", " - ", " "
      |[-–](?=I\.?R\.?S|I\.D\.|EIN|TIN|Tax))                          # "-I.D. No." (glued)
    \(?                                                               # "(Tax ID: 12-3456789)"
    (?:(?:I\.?R\.?S\.?|EIN|TIN|SSN|S\.S\.|Tax[ \t]*+I\.?D\.?|I\.D\.)[ \t]*+(?:(?:No\.?|Number|\#)[ \t]*+)?(?::[ \t]*+)?)?
    (?:[0-9#]{3}-[0-9#]{2}-[0-9#]{4}      # "###-##-####" (a social security number)
      |[0-9#]{2}-[0-9#]{3}-[0-9#]{4}      # "11-276-3164" (an employer number, misprinted)
      |[0-9#]{2}-[0-9#]{7})               # "12-3456789" (an employer number)
    \)?[ \t]*$
""", re.VERBOSE | re.IGNORECASE)
#: An I.R.S. number printed as nine bare digits after a comma at the end of a cover name, the
#: cell's second column met by a tab that expanded to one space: ", 123456789" of "ACME BANK,
#: NA., 123456789" (never a name's own number: "Acme CLO 2006-1, Ltd.", "Acme Fund 1999")
NAME_NINE_DIGIT_ID = regex_cache.compile(r"""[ \t]*,[ \t]*[0-9]{9}[ \t]*$""", re.VERBOSE)
#: A stop after a legal form printed without dots, at the end of a cover name: the cell's
#: punctuation, not the name's (group ``stop``): the "." of "ACME BANK, NA." (of a cell "ACME
#: BANK, NA.,  123456789") and of "ACME FUND LLC."; never the stop of an abbreviation ("N.A.",
#: "L.P.", "Inc.", "Co.", "Ltd."), which is the name's own
DOTLESS_FORM_STOP = regex_cache.compile(r"""(?<=[\s,])(?:NA|LLC|LLLP|LLP|LP|PLC)(?P<stop>\.)$""",
                                        re.VERBOSE)
#: A qualifier after a company's name saying that its figures are its group's, cut from the
#: name: ", CONSOLIDATED" of "ACME FINANCIAL CORPORATION, CONSOLIDATED" (the filing adds that
#: the reporting person "includes wholly owned subsidiaries")
CONSOLIDATED_SUFFIX = regex_cache.compile(r"""[ \t]*,[ \t]*consolidated[ \t]*$""", re.VERBOSE | re.IGNORECASE)
#: The rest of a name cell's line when the name's words are spaced by two spaces throughout
#: ("JANE  Q.  ROE", "EPHRAIM  FIELDS"): single words split by exactly two spaces, each opening
#: with a letter, and nothing else. A second cell of several words ("Acme Capital LP  Delaware
#: Corp", "JANE ROE  JOHN DOE", "Jane Roe  Not Applicable") is another column, not this; the
#: name's own first cell must be one word too (see ``schedule13_cover_names.read_name_cell``).
DOUBLE_SPACED_REST = regex_cache.compile(r"""
    (?:[ ]{2}[A-Za-z&][A-Za-z&.,'\-]*)+[ \t]*$   # one word per cell, no digits
""", re.VERBOSE)
#: An answer to the I.R.S. number row run on after a cover name (an HTML cell's line break is
#: read as a space): " Not Applicable" of "Jane Q. Roe<br>Not Applicable", " N/A",
#: " Intentionally Omitted", " Not Required"
NAME_ID_ANSWER = regex_cache.compile(r"""
    [ \t]+(?:not[ \t]+applicable|n/a|intentionally[ \t]+omitted|not[ \t]+required)[ \t.]*$
""", _F)
#: A taxpayer number's label and an answer that gives none, after a name: " S.S. No. Not
#: Applicable" of "Roe Family Trust S.S. No. Not Applicable", " I.R.S. No.: N/A"
NAME_ID_NOT_GIVEN = regex_cache.compile(r"""
    [ \t,]+(?:I\.?R\.?S\.?|EIN|TIN|SSN|S\.S\.|Tax[ \t]*I\.?D\.?)[ \t]*(?:No\.?|Number|\#)?[ \t]*:?
    [ \t]*(?:not[ \t]+applicable|n/a|intentionally[ \t]+omitted|not[ \t]+required)[ \t.]*$
""", _F)
#: A former name run on after a cover name, to its end: " F/K/A Acme GP, LLC" of "Acme GP I,
#: L.L.C.<br>F/K/A Acme GP, LLC", " (formerly known as Acme GP, LLC)", ", formerly Acme GP"
FORMER_NAME_TAIL = regex_cache.compile(r"""
    [ \t]*+(?:[,(][ \t]*+)?(?:f/k/a|formerly(?:[ \t]+known[ \t]+as)?)[ \t]+\S.*$
""", _F)
#: A capacity a person's cover name may run on into: "Managing Member" of "Jane Q. Roe<br>
#: Managing Member" (an officer's title is read as
#: :data:`~graphkit.parsers.officer_titles.WHOLE_OFFICER_TITLE`); a fiduciary's is not one:
#: it says whose holding the cover is
PERSON_CAPACITY = regex_cache.compile(r"""
    ^(?:managing[ \t]+member|general[ \t]+partner|managing[ \t]+partner|member|manager
      |managing[ \t]+director|principal|partner|sole[ \t]+member)$
""", _F)
#: A term defined for a cover name in a cell of its own after it, on its line, the rest of the
#: line: '  (the "Partnership")' of 'ACME FAMILY PARTNERS, L.P.  (the "Partnership")'; never a
#: note ("(See Item 2)") nor a term of two lines
NAME_TERM_CELL = regex_cache.compile(r"""
    ^[ \t]+\((?:the[ \t]+)?["“][^"“”()\n]{1,40}["”]\)[ \t]*$
""", re.VERBOSE | re.IGNORECASE)
#: A name cell's line ending inside a capacity phrase whose object may wrap onto the next line:
#: "Acme Bank, N.A., as Trustee for the M.A." (/ "Roe Family Associates Trust"), "Acme Trust
#: Company, as trustee under the Jane Q." (no comma after the phrase's object: it is open);
#: "Acme Bank, N.A., as Trustee for" (group ``bare``: the object is all on the next line)
OPEN_CAPACITY = regex_cache.compile(r"""
    ,?[ \t]+as[ \t]+(?:[\w-]+[ \t]+){1,3}?(?:for|of|under)(?P<bare>[ \t]*$|[ \t]+[^,;()]*$)
""", re.VERBOSE | re.IGNORECASE)
#: The wrapped second line of a trustee's cover name that ends the trust's name, its last word
#: "Trust" (the date of its agreement may follow): "Family Trust dated June 1, 1995" under
#: "Jane Q. Roe, as Trustee of the Roe", "Trust u/a/d 1/1/2000", "FAMILY TRUST"; never "Jane
#: Q. Roe" nor "Trust Company"
TRUST_NAME_LINE = regex_cache.compile(rf"""
    ^(?=[A-Z])[^,;()]*?\b(?i:trust)(?:{TRUST_DATE_ASIDE})?[ \t.]*$
""", re.VERBOSE)
#: Least length of a name cell's line that wrapped onto the next line at the right margin
#: ("Acme Bank, N.A., as Trustee for the M.A." runs on to the margin; a short line ends a name)
WRAPPED_LINE_MIN = 50
#: Punctuation opening a name cell after a label: the ": " of "Name of Reporting Person:
#: Acme Corp.", the "| " of a table cell
NAME_CELL_LEAD = regex_cache.compile(r"""[:|][ \t:|]*""", re.VERBOSE)
#: A sub-label opening a row's value, before a capital: the "(a) " of "(entities only)
#: (a) Jane Q. Roe" and "(See Instructions) (a) IN" (a form written for several persons, of
#: which one is named); never a checkbox "(a) [ ]" or "(a) o"
SUB_LABEL = regex_cache.compile(r"""(?<![\w)])\([a-z]\)[ \t]+(?=[A-Z])""", re.VERBOSE)
#: A cell that refers elsewhere instead of stating a value: "See Item 2(c)", "(See Item 4)",
#: "see Appendix A", "Refer to Item 2", "As set forth in Item 2(c)" (in a citizenship row: no
#: place "See"; the Item 2(c) places then apply)
SEE_REFERENCE = regex_cache.compile(r"""
    ^[(\[\s]*(?:see|refer\s+to|reference\s+is\s+made|as\s+(?:set\s+forth|stated|described)\s+in)\b
""", _F)
#: A place stated after a leading reference, to the end of the cell (group ``place``): "Cayman
#: Islands" of "See Item 2(c) - Cayman Islands", "See Item 2; Delaware", "As set forth in
#: Item 2(c), Delaware"; never "See Item 2(c)" alone
PLACE_AFTER_REFERENCE = regex_cache.compile(r"""
    [(\[\s]*(?:see|refer\s+to|as\s+(?:set\s+forth|stated|described)\s+in)\s+
    (?:items?|rows?|appendix|annex|schedule|exhibit)\s+[0-9A-Z]{1,3}(?:\([a-z]\))?
    (?:\s*(?:and|&|,)\s*[0-9A-Z]{1,3}(?:\([a-z]\))?)*[)\]]?
    [ \t]*(?:[-–—:;,]|[ \t]of[ \t]|[ \t])[ \t]*(?P<place>[A-Z][A-Za-z .,'&()-]*?)[ \t.]*$
""", _F)
#: A reference after a place, cut from it: " (see Item 2(c))" of "Delaware (see Item 2(c))",
#: "; see Item 2"
REFERENCE_AFTER_PLACE = regex_cache.compile(r"""[ \t]*[(\[;,][ \t]*(?:see|refer\s+to)\b.*$""", _F)
#: A place of organization written as dotted initials: "U.S.A.", "U.K.", "U.S."
DOTTED_PLACE = regex_cache.compile(r"""^(?:[A-Z]\.){2,3}$""", re.VERBOSE)

#: A line of type-of-reporting-person codes and nothing else: "CO", "  HC, CO", "IA; PN",
#: "H.C. / CO", "OO(LLC)". Lines of it after the row's first line of codes are read with it;
#: the first other line (a footnote below the cover, "(1) Acme S.A. holds ...") ends the cell.
TYPE_CODE_LINE = regex_cache.compile(r"""
    ^[ \t|,;/&*()-]*(?:(?:[A-Z]{2}|[A-Z]\.[ ]?[A-Z]\.?)(?:\(LLC\))?[ \t|,;/&*()-]*)+$
""", re.VERBOSE)

#: Left-margin words of the power rows, never a party name.
MARGIN_WORDS = regex_cache.compile(r"""
    ^(?:number|n\S*mber|of|shares|beneficially|owned|by|each|reporting|person|with|:|\s)+$
""", _F)


#: A name printed on a line of its own just above row 1's caption, the row itself left empty:
#: "Acme Investments, Ltd. and Jane Q. Roe" over "00-000000", a rule and "1. NAME OF REPORTING
#: PERSONS": words each opening with a capital, a digit or "&" (or a joining word: "and",
#: "of"), one space apart, nothing else on the line
NAME_LINE_ABOVE = regex_cache.compile(r"""
    ^[ \t]*(?P<name>[A-Z][A-Za-z0-9.,'&\-]*
      (?:[ ](?:[A-Z0-9&(][A-Za-z0-9.,'&\-()]*|and|of|the|de|for))*)[ \t]*$
""", re.VERBOSE)

#: An I.R.S. number printed alone under a name above row 1's caption, a placeholder's six
#: digits too: "00-000000", "13-2682544"
_IRS_ALONE = r"""\d{2}-\d{6,7}"""

#: A line passed over between that name and the caption, or above the name: blank, a rule
#: ("_____", "-----", "====="), an I.R.S. number (:data:`_IRS_ALONE`)
SKIPPED_LINE_ABOVE = regex_cache.compile(rf"""
    ^[ \t|]*(?:[_\-=*][ \t_\-=*|]*|{_IRS_ALONE})?[ \t|]*$
""", re.VERBOSE)

#: An I.R.S. number on a line of its own, under a name printed above row 1's caption: the mark
#: of a cover laid out that way; a page heading above the caption (the issuer's name, "Common
#: Stock") has none
IRS_NUMBER_LINE = regex_cache.compile(rf"""^[ \t|]*{_IRS_ALONE}[ \t|]*$""", re.VERBOSE)

#: What may precede the caption "NAME OF REPORTING PERSONS" on its line: its row number
#: ("1.", "(1)", blanked or not) and a rule's edge
CAPTION_LEAD = regex_cache.compile(r"""^[ \t|]*(?:\(?1[.)]?)?[ \t|.]*$""", re.VERBOSE)

#: Words of a heading, never of a name above the caption: "SCHEDULE 13G", "CUSIP No.", "Page 2"
HEADING_WORD = regex_cache.compile(r"""\b(?:SCHEDULE|Schedule|CUSIP|Page|PAGE|13[DG]|Amendment|AMENDMENT)\b""",
                                   re.VERBOSE)
