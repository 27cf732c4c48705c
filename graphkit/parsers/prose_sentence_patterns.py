"""The named patterns that cut filing prose into sentences and tidy it: where a sentence ends,
which article a listed name drops, which layout whitespace is squeezed.

A stop ends a sentence only where it ends no initial, legal form or title ("Jane Q. Roe",
"Acme Inc. Fund", "Messrs. Roe and Doe"); after a legal form it ends one only before a word
that opens a sentence. :mod:`graphkit.parsers.prose_sentences` applies these patterns,
:mod:`graphkit.parsers.prose_lists` splits lists with :data:`LISTED_ARTICLE`; the relationship
patterns that are then run on each sentence are those of :mod:`graphkit.parsers.prose_patterns`.

Examples
--------
>>> t = "Acme Fund is held by Acme GP, Inc. The fund's manager is Jane Q. Roe. Mr. Roe is a member."
>>> [t[:m.start() + 1][-8:] for m in SENTENCE_END.finditer(t)]
['GP, Inc.', ' Q. Roe.']
>>> LISTED_ARTICLE.sub(r"\\g<sep>", "the Acme Trust, the Beta Trust and the Gamma Trust")
'the Acme Trust, Beta Trust and Gamma Trust'
>>> LAYOUT_SPACE_RUN.sub(" ", "general\\n   partner of Acme  Fund")
'general partner of Acme Fund'
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.numbered_names import NUMBER_LEAD
from graphkit.parsers.prose_sentence_subjects import NEW_SENTENCE_AFTER_LEGAL

_F = re.VERBOSE

# --- sentences -----------------------------------------------------------------------------

#: Words that open a sentence, never continue a name: after a legal form's stop they end
#: the sentence ("... Acme Investments Ltd. Mr. Roe is the sole general partner ...").
_OPENER_WORDS = ("The Reference Each Such As In This These Those Pursuant Accordingly Except "
                 "All None Neither Both He She It They His Her Its Their Based See").split()
#: A word that opens a sentence after a legal form's stop, as printed or in capitals ("THE"),
#: or a one-word subject before its verb ("... The Acme Group, Inc. CIL is a wholly owned ..."),
#: unless that word is a second legal form of the name ("Acme International Inc. SPC has ...")
_SENTENCE_OPENER = rf"""(?:(?:Mr|Mrs|Ms|Dr|Messrs|MR|MRS|MS|DR|MESSRS)\.\s
    |(?:{"|".join(_OPENER_WORDS + [w.upper() for w in _OPENER_WORDS])})\b
    |(?!(?:SPC|SICAV|PLC|plc|LP|LLC|LLP|AG|SA|NV|BV|KG|GmbH|Limited|LIMITED|Ltd|LTD|Company
         |COMPANY|Corporation|CORPORATION|Trust|TRUST|Fund|FUND)\b)
     [A-Z][A-Za-z0-9&\-]*\s+(?:is|was|are|were|has|have|owns|holds|serves|acts)\b)"""

#: The words and marks before a title in capitals that put a person's name after it: a title
#: there ends no sentence ("EACH OF ACME GP AND MR." / "ROE MAY BE ...", "GROUP MEMBERS: DR.
#: JAMES ROE", "IS DR. JANE DOE", "(MR. ROE", a title opening a line or a sentence). Elsewhere
#: "DR." and "MS." are a street or a state, and end one ("IS 1000 CORPORATE DR." / "JOHN ROE IS
#: ...", "JACKSON, MS." / "ACME GP IS ..."); so does "MS." after a comma. Each look-behind holds
#: alternatives of one width, as Python requires.
_BEFORE_CAPS_TITLE = ("^", r"[(\n\t]", r"\s\s", r"[.:;]\s", r",\s", r"\b(?:OF|BY|TO|IS|OR|AS)\s",
                      r"\b(?:AND|ARE|WAS|FOR|NOR)\s", r"\b(?:WITH|FROM|THAT|BOTH|WERE)\s")
_CAPS_TITLE_KEPT = "".join(
    rf"(?<!{before}(?:{titles})\.)" for before in _BEFORE_CAPS_TITLE
    for titles in (("MR|DR" if before == r",\s" else "MR|MS|DR"), "MRS", "MESSRS"))
#: A stop that ends no title in capitals before a name (:data:`_BEFORE_CAPS_TITLE`): one test
#: of the stop's letter ("R." / "S.") before the look-behinds of every title
CAPS_TITLE_STOP = rf"(?:(?<![RS]\.)|{_CAPS_TITLE_KEPT})"

#: Sentence boundary: ". " before a capital or a company's name that opens with a number
#: (:data:`~graphkit.parsers.numbered_names.NUMBER_LEAD`: "... ACFCV. 1867 Acme Corporation
#: is"), where the dot does not end an initial, a legal form or a title ("... ACFCV. The
#: members of ACM ..."; not "Jane Q. Roe", "Acme Inc. Fund", "Mrs. Roe", "Messrs. Roe and
#: Doe", nor a title in capitals before a name, :data:`CAPS_TITLE_STOP`), or a blank line.
#: After a legal form ("Inc.", "Ltd.", "L.P.") a sentence ends only before a word that opens
#: one ("Acme Inc. The fund", "Acme Ltd. Mr. Roe", "Acme, Inc.  Reference is") or before the
#: next sentence's subject (:data:`~graphkit.parsers.prose_sentence_subjects.
#: NEW_SENTENCE_AFTER_LEGAL`: "Acme, L.P. Jane Q. Roe is", "Acme Fund V, L.P. Jane Roe, John Doe
#: and Mary Major are", "Acme Fund, L.P. Acme GP, LLC, the general partner"), and the stop
#: stays with the name (the empty group ``legal`` marks where it ends). A blank line before a
#: word in lower case ("strued as", not the "a)" or "ii." of a list) ends no sentence: the text
#: is double-spaced. The look-behinds sit after the stop so the scan jumps from stop to stop:
#: the pattern opens with the one class of its first characters (a stop or a line break),
#: which the engine scans for, and each branch then checks which it was. What follows the
#: spaces after a stop opens with no space (a capital, "(", a digit), so the spaces are taken
#: whole (``\s++``): going back over them could find no match.
SENTENCE_END = regex_cache.compile(rf"""
    [.;\n]
    (?:(?<=[.;])(?=\s)(?<=[A-Za-z0-9)"”%][.;])
      (?:(?<!\b[A-Z][.;])(?<!\b[A-Z][a-z][.;])(?<!\bInc[.;])(?<!\bCorp[.;])(?<!\bLtd[.;])
          (?<!\bINC[.;])(?<!\bCORP[.;])(?<!\bLTD[.;])(?<!\bCO[.;])
          (?<!\bMrs\.)(?<!\bMessrs\.)(?<!\bMses\.)(?<!\bMmes\.)(?<!\bDrs\.)
          {CAPS_TITLE_STOP}
          \s++(?=[A-Z(]|{NUMBER_LEAD})
        | (?:(?<=\bInc\.)|(?<=\bCorp\.)|(?<=\bLtd\.)|(?<=\bCo\.)|(?<=\bL\.P\.)|(?<=\bL\.L\.C\.)
            |(?<=\bINC\.)|(?<=\bCORP\.)|(?<=\bLTD\.)|(?<=\bCO\.))
          (?P<legal>)(?:\s++(?={_SENTENCE_OPENER})|{NEW_SENTENCE_AFTER_LEGAL})
        | (?:(?<=\bSchedule\s[A-Z]\.)|(?<=\bSCHEDULE\s[A-Z]\.)|(?<=\bExhibit\s[A-Z]\.)
            |(?<=\bEXHIBIT\s[A-Z]\.)|(?<=\bAnnex\s[A-Z]\.)|(?<=\bAppendix\s[A-Z]\.))
          \s++(?=[A-Z(]))  # "... set forth on Schedule A. Acme Group plc is": no initial
    | (?<=\n)\s*\n(?![ \t]*[a-z]+[ \t,;:-]))  # a blank line (not one in a double-spaced
""", _F)                                    # text, inside a sentence: "con-" / "" / "strued")

#: An outline letter or numeral opening a sentence, skipped: the "C." of "C.   Mr. Roe is the
#: President of Acme Corp." or of "B.\tAcme Corp. is ..." (after a tab or two spaces), or of
#: "D. The Reporting Person is ..." (before a title or "The"); never the initial of a name: "J.
#: Gary Roe is ...", "J. The" is no name
OUTLINE_MARKER = regex_cache.compile(r"""
    [ \t]*(?:[A-Z]|[IVX]{2,4})\.                              # "C." / "IV."
    (?:[ ]*\t[ \t]*|[ ]{2,}|[ ](?=(?:Mr|Mrs|Ms|Dr|Messrs)\.\s|The\s))   # "\t" / "   " / " Mr."
    (?=[A-Z])
""", _F)

# --- lists and layout ----------------------------------------------------------------------

#: The article before a later name of a list, dropped when the list is split: ", the " of "the
#: Acme Trust, the Beta Trust" and " and the " of "... and the Gamma Trust", "... and the 2015
#: Doe Trust" (a year opening a trust's name)
LISTED_ARTICLE = regex_cache.compile(r"""
    (?P<sep>,\s*(?:and\s+)?|\s+and\s+)   # ", " / ", and " / " and "
    the\s+(?=[A-Z]|(?:19|20)[0-9]{2}\s)    # "the Beta Trust", "the 2015 Doe Trust"
""", _F)

#: "as well as" joining two names, read as "and" (:func:`graphkit.parsers.prose_sentences.
#: flat_sentence`): "President of Acme Holding LLC as well as AM and AO" lists three held
#: parties. Only before an abbreviation in capitals ("AM") or a name ending in a legal form or
#: a fund's word ("Acme Capital LLC", "Beta Fund"): not before a word in lower case ("held by Acme Fund as well as for the
#: accounts of ...") nor a title or a kind of account ("as well as General Counsel of Acme
#: Corp.", "as well as Separately Managed Accounts").
AS_WELL_AS = regex_cache.compile(r"""(?<=[A-Za-z0-9.)"”])
    \s+as\s+well\s+as\s+
    (?=[A-Z]{2,}(?![A-Za-z])
      |(?:[A-Z][A-Za-z0-9&'’\-]*,?\s+){1,6}(?:Inc|LLC|L\.L\.C|L\.P|LP|Ltd|Limited|Corp
        |Corporation|Company|Co|N\.A|S\.A|AG|GmbH|plc|Fund|Trust|Partners|Holdings)\b)""", _F)
#: "as well as" set off by commas after the sentence's bare subject and before its verb, any
#: name, read as "and" (group ``subject``, with any item mark before it, then " and "): "Acme GP LLC, as well as Jane Q. Roe,
#: is the general partner of Acme Fund" (both are). Only after a subject of names alone (each
#: word capitalised, or "&", "and", "of", "de"), from the sentence's start (or its item mark
#: "(a)") or after ";" or ":", maybe after an opening phrase ("In addition, ", "As of May 1,
#: 2024, ") and with its defined term ('Acme Capital LLC ("Acme"), as well as Jane Q. Roe, is'):
#: after an appositive the name is the verb's second subject, no party of the appositive's list
#: ("Jane Q. Roe, the managing member of Acme GP LLC, as well as Acme Capital LLC, may").
AS_WELL_AS_SUBJECT = regex_cache.compile(r"""
    (?P<subject>(?:^\s*(?:\((?:[a-z]|[0-9]{1,2}|[ivx]{1,4})\)\s+)?|(?<=[;:]\ ))   # "(a) " kept
    (?:(?:In\s+addition|Additionally|Accordingly|Furthermore|Moreover|Further|Similarly
        |(?:As\s+of|On|Since)\s+[^,;]{1,40}?(?:,\s+[0-9]{4})?),\s+)?    # "In addition, " kept
    [A-Z][A-Za-z0-9.&'’\-]*(?:,?\s+(?:[A-Z0-9][A-Za-z0-9.&'’\-]*|&|and|of|de))*
    (?:\s+\(["“][^)"”]{1,40}["”]\))?)                          # its term: ("Acme")
    ,\s+as\s+well\s+as\s+                                     # ", as well as Jane Q. Roe, is"
    (?=(?:[A-Z][A-Za-z0-9.&'’\-]*,?\s+){0,6}?[A-Z][A-Za-z0-9.&'’\-]*,\s+
      (?:is|are|was|were|serves?|acts?|may|has|have|holds?|owns?|shares?)\s)""", _F)

#: Layout whitespace squeezed inside a sentence: "general\n   partner" -> "general partner"
LAYOUT_SPACE = regex_cache.compile(r"""[ \t\r\n]+""", _F)
#: The runs of layout whitespace that squeezing changes: any run holding a tab or line break,
#: and runs of two or more spaces ("general\n   partner", "Acme  Fund"). Replacing these with
#: one space gives what replacing every :data:`LAYOUT_SPACE` run does, with far fewer
#: replacements: a lone space, the most common run, is left alone.
LAYOUT_SPACE_RUN = regex_cache.compile(r"""[\t\r\n][ \t\r\n]*|\ [ \t\r\n]+""", _F)
#: A word broken by a hyphen at the end of a line: "First Inter-" / "state Bank" is read as
#: "First Inter-state Bank" (one word, as a name is compared without its hyphens), not as
#: "Inter- state"; "wholly-" / "owned" as "wholly-owned"; in a double-spaced text a blank line
#: may come between, when the word goes on in lower case. The hyphen opens the pattern (the
#: letter before it is looked behind from it), so the engine scans for hyphens.
LINE_END_HYPHEN = regex_cache.compile(r"""
    -(?<=[A-Za-z]-)[ \t]*\r?\n[ \t]*(?:(?=[A-Za-z])|\r?\n[ \t]*(?=[a-z]))
""", _F)
