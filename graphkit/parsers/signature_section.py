"""Where a filing's signature section is, and the date it was signed.

The section opens at its heading ("SIGNATURE", "### **SIGNATURES**"), or, with no heading, a
little above the first ``/s/`` line, or at the certification ("After reasonable inquiry ...")
over typed signatures; it ends at an exhibit, an appendix or a joint filing agreement. Its date
is the first block's own ("Dated: May 1, 2000", or a date alone on a line of that block), not a
date of the certification sentence or of an exhibit after it. :mod:`graphkit.parsers.signatures`
reads the signatures inside the section.

Examples
--------
>>> from graphkit.source import SourceText
>>> t = ("Item 10. Certification\\n\\nSIGNATURE\\n\\nDate: May 1, 2020\\n\\nACME FUND, L.P.\\n"
...      "/s/ Jane Q. Roe\\n\\nEXHIBIT A\\nJOINT FILING AGREEMENT\\n")
>>> s, e = find_signature_section(SourceText(path="x.txt", text=t))
>>> t[s:e].split()
['Date:', 'May', '1,', '2020', 'ACME', 'FUND,', 'L.P.', '/s/', 'Jane', 'Q.', 'Roe']
>>> _section_date(t, s, e, e).isoformat()
'2020-05-01'
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.dates import DATE_TEXT, leading_date, parse_date
from graphkit.parsers.cue_search import fold_text, search_lines
from graphkit.parsers.signature_lines import DATE_ONLY_LINE
from graphkit.source import SourceText

#: The signature heading: "SIGNATURE", "### **SIGNATURE**", "Signatures"
SIGNATURE_HEADING = regex_cache.compile(r"""^[ \t#*>]*SIGNATURES?[ \t*.:]*$""", re.M | re.I | re.VERBOSE)
#: Where the first signature section ends: an exhibit, an appendix, a schedule or a joint filing
#: agreement ("EXHIBIT A", 'EXHIBIT "A"', "APPENDIX A", "Annex I", "SCHEDULE A" in capitals alone
#: on its line, not "Schedule I." ending a footnote's line nor a page header "SCHEDULE 13D", "JOINT FILING AGREEMENT", a bare
#: "AGREEMENT" heading), or the close of a letter printed after a signature with no exhibit
#: heading (group ``closing``: "Very truly yours,", "Sincerely,"): its signers are the
#: letter's, not the filing's. A closing before any "/s/" may be the filing's own sign-off
#: over typed signatures, and ends nothing.
SECTION_END = regex_cache.compile(r"""
    ^[ \t#*>]*(?:INDEX\s+TO\s+EXHIBITS|EXHIBIT\s+INDEX|EXHIBIT\s+["“']?[A-Z0-9]+\b
    |(?:APPENDIX|ANNEX)\s+[A-Z0-9]+[ \t*.:]*$|JOINT\s+FILING
    |(?-i:SCHEDULE)\s+(?:[A-Z]|[IVX]{1,4}|\d)[ \t*.:]*$
    |AGREEMENT\s+(?:OF|REGARDING)\s+JOINT|AGREEMENT[ \t]*$
    |(?P<closing>Very[ \t]+truly[ \t]+yours|Yours[ \t]+(?:very[ \t]+)?truly|Sincerely(?:[ \t]+yours)?
      )[ \t,:.]*$)
""", re.M | re.I | re.VERBOSE)
#: "/s/ Donald R. Doe", "By: /s/ Jane Doe", "By:/s/ Jane Doe", "By: | /s/ Jane Doe" (a table
#: cell of an HTML filing), "April 7, 2000     By:  /s/ Jane Q. Doe" (a date cell before it),
#: "Date:  May 1, 1997     /s/ Jane Q. Doe", "Signature:       /s/ Jane Q. Doe", "Name: | /s/
#: Jane Q. Doe" (a label in the cell before the signature), or after a
#: note mark: "*By: /s/ John Doe" (an attorney-in-fact signing for the signers marked above)
SLASH_S = regex_cache.compile(r"""
    ^[ \t|]*(?:\*+[ \t]*)?(?:(?:Dated?:?[ \t]*)?(?:""" + DATE_TEXT.pattern + r""")[ \t|]+)?
    (?:(?:By|Signature|Name):?[ \t|]*)?/s/\s*(?P<name>[^\n]*?)\s*$
""", re.M | re.I | re.VERBOSE)
#: "Date: February 4, 2014", "Dated: 2/14/2013"
DATE_LINE = regex_cache.compile(r"""^[ \t*]*Dated?:?\s*(?P<v>[^\n]+)$""", re.M | re.I | re.VERBOSE)
#: A date under its label, the colon written: "Dated:  January 21, 1994.", "DATE: May 1, 2000"
#: (not "Date of Event", nor "Dated" without a colon, which may open a sentence)
LABELLED_DATE = regex_cache.compile(r"""
    ^[ \t*]*Dated?[ \t]*:[ \t]*(?P<v>[^\n]+)$
""", re.M | re.I | re.VERBOSE)
#: How many characters from the start of a signature section with no signature read a
#: :data:`LABELLED_DATE` may stand: the date line under the certification, not one of an
#: exhibit or a letter further down
LABELLED_DATE_REACH = 1500

#: A line of prose, never a signing party's name: a lower-case word no name holds ("the
#: Securities and Exchange Commission under the Securities Exchange Act of": "under"), or a
#: line that stops on a joining word ("... Act of"), cut from a sentence that runs on. Name
#: particles ("Bank of the West", "Philip de Toledo", "José da Silva"), mixed-case words
#: ("eBay") and the letters after an accented one ("Søren") pass.
PROSE_LINE = regex_cache.compile(r"""
    (?<![^\W\d_])(?<!['’.\-])                                # a word's start: "under"
    (?!(?:of|the|and|da|das|dos|de|del|della|den|di|du|van|von|der|la|le|y)\b)
    [a-z]+\b(?![.'’\-])
  | \b(?:of|the|and|for|to|by|under|with|in|or|a|an)\s*$                       # "... Act of"
""", re.VERBOSE)

#: The words (lower-cased) that the line of a :data:`SIGNATURE_HEADING` match holds, and those
#: that the line of a :data:`SECTION_END` match holds: each opens its line after the marks.
HEADING_CUES = ("signature",)
#: The words of the certification over every signature of a Schedule 13D/G ("After reasonable
#: inquiry and to the best of my knowledge and belief, I certify that ..."), lower-cased
CERTIFICATION_CUE = "reasonable inquiry"
SECTION_END_CUES = ("index", "exhibit", "joint", "agreement", "appendix", "annex", "schedule",
                    "truly", "sincerely")


def find_signature_section(src: SourceText, start: int = 0) -> Optional[tuple[int, int]]:
    """Span of the first signature section at or after ``start`` (None when absent)."""
    fold = fold_text(src.text)
    head = search_lines(SIGNATURE_HEADING, src.text, fold, HEADING_CUES, start)
    if head:
        s = head.end()
    else:
        m = SLASH_S.search(src.text, start)
        if not m:
            # no heading and no "/s/": typed signatures after the certification
            c = fold.find(CERTIFICATION_CUE, start)
            if c == -1:
                return None
            s = src.text.rfind("\n", 0, c) + 1
        else:
            s = max(start, src.text.rfind("\n\n", 0, max(0, m.start() - 600)) + 1)
    m = search_lines(SECTION_END, src.text, fold, SECTION_END_CUES, s)
    while m is not None and m["closing"] and fold.find("/s/", s, m.start()) == -1:
        # "Sincerely," over the filing's own typed signature: no letter after a signature
        m = search_lines(SECTION_END, src.text, fold, SECTION_END_CUES, m.end())
    e = m.start() if m else len(src.text)
    # a SLASH_S match holds "/s/": where the folded text has none, no search is needed
    if fold.find("/s/", s, e) == -1 or not SLASH_S.search(src.text, s, e):
        m2 = SLASH_S.search(src.text, s) if fold.find("/s/", s) != -1 else None
        if m2:
            nxt = search_lines(SECTION_END, src.text, fold, SECTION_END_CUES, m2.end())
            e = nxt.start() if nxt else len(src.text)
    return s, e


def _section_date(text: str, s: int, e: int, first: int, day_first: Optional[bool] = None
                  ) -> Optional[object]:
    """The date of a signature section: a labelled date ("Dated: May 1, 2000") in the first
    block (``s`` to ``first``, or on the line right under it), else a line of a date alone
    ("May 1, 2000" over a "Date" caption) in the first block, else a labelled date anywhere in
    the section, else its first date. A date in a sentence of the certification ("... at June
    30, 2005 is true", or "... as of" / "December 31, 2019" wrapped onto a line of its own) or
    in an exhibit after the block loses to the block's own; none is taken when the block's
    labelled date is there but unreadable (OCR damage), nor a "dated ..." line that goes on a
    sentence ("... under Power of Attorney" / "dated December 30, 1997 by and on behalf").
    ``day_first``: the filing writes numeric dates day first, or (False) month first, or None:
    not known (:func:`graphkit.dates.parse_date`).

    >>> t = "I certify ... holdings as of\\nDecember 31, 2019\\n\\nACME LP\\nDate: May 1, 2020\\n"
    >>> _section_date(t, 0, len(t), t.index("ACME LP") + 7).isoformat()
    '2020-05-01'
    """
    nxt = text.find("\n", first) + 1  # the line right under the block
    under = text[nxt:text.find("\n", nxt) if text.find("\n", nxt) != -1 else e] if nxt else ""
    m = DATE_LINE.match(under) if under[:12].lstrip(" \t*")[:4].lower() == "date" else None
    block_dates = [m] if m and nxt < e else []
    damaged = False  # the block's own date is there, damaged past reading
    for m in [*DATE_LINE.finditer(text, s, first), *block_dates]:
        if _dated_sentence(text, m):
            continue  # "Signed under a Power of Attorney" / "dated December 30, 1997, filed as"
        d = leading_date(m["v"], day_first)
        if d is not None:
            return d
        damaged = damaged or DATE_TEXT.search(m["v"]) is not None  # "Date: Jnly 9, 1998 (..."
    for m in DATE_ONLY_LINE.finditer(text, s, first):
        if not _continues_sentence(text, m.start(), m.end()):
            d = parse_date(m["v"], day_first)
            if d is not None:
                return d
            damaged = True  # "Jnly 11, 2005" over a "Date" caption
    for m in DATE_LINE.finditer(text, s, e):
        if not _dated_sentence(text, m):  # "Duly authorized under Power of Attorney" / "dated
            d = leading_date(m["v"], day_first)  # December 30, 1997 by"
            if d is not None:
                return d
    return None if damaged else _unlabelled_date(text, s, e, day_first)


def _dated_sentence(text: str, m: re.Match) -> bool:
    """Whether the :data:`DATE_LINE` match ``m`` is a "dated ..." line (no colon) that goes on a
    sentence ("Signed under a Power of Attorney" / "dated December 30, 1997, filed as ...").

    >>> t = "Signed under a Power of Attorney\\ndated May 1, 1997, filed as Exhibit 1.\\n"
    >>> _dated_sentence(t, DATE_LINE.search(t)), _dated_sentence("Dated May 1, 1997\\n",
    ...     DATE_LINE.search("Dated May 1, 1997\\n"))
    (True, False)
    """
    return ":" not in text[m.start():m.start("v")] and \
        _continues_sentence(text, m.start(), m.end(), words=1)


#: A blank line, which ends a paragraph: the certification's ("After reasonable inquiry ...
#: is true, complete and correct.")
PARAGRAPH_END = regex_cache.compile(r"""\n[ \t]*\n""", re.VERBOSE)


def _unlabelled_date(text: str, s: int, e: int, day_first: Optional[bool] = None
                     ) -> Optional[object]:
    """The first date of a signature section with no date under a label or alone on a line of
    its first block (``s`` to ``e``): one on a line of its own, out of the certification's
    paragraph ("... at June 30, 2005 is true, complete and correct."), of a "Date" line (tried
    already) and of a sentence wrapped onto several lines ("Duly authorized under Power of
    Attorney" / "dated December 30, 1997 by and on behalf"); None when there is none.

    >>> t = ("After reasonable inquiry ... at June 30, 2005 is\\ntrue.\\n\\n11.07.2005\\nDate\\n"
    ...      "/s/ Jane Roe\\n")
    >>> _unlabelled_date(t, 0, len(t)).isoformat()
    '2005-07-11'
    >>> t = "After reasonable inquiry ... at June 30, 2005 is\\ntrue.\\n\\n/s/ Jane Roe\\n"
    >>> _unlabelled_date(t, 0, len(t)) is None
    True
    """
    c = fold_text(text).find(CERTIFICATION_CUE, s, e)
    cert = (text.rfind("\n", s, c) + 1, m.start() if (m := PARAGRAPH_END.search(text, c, e))
            else e) if c != -1 else (e, e)
    ls = s
    while ls < e:
        le = text.find("\n", ls, e)
        le = e if le == -1 else le
        if not (cert[0] <= ls < cert[1] or DATE_LINE.match(text, ls, le)
                or _continues_sentence(text, ls, le)):
            d = parse_date(text[ls:le], day_first)
            if d is not None:
                return d
        ls = le + 1
    return None


#: Where a signing block starts: a rule to sign on ("_______", "-------"), a "/s/" mark or a
#: "By" line. The section's own date line comes before it ("Dated: January 21, 1994." over
#: the rule and the typed name); a "Dated:" after it belongs to whatever follows the signature
#: (a power of attorney, a consent, a letter: review s24-sig H3 and its second round)
SIGNING_BLOCK_START = regex_cache.compile(r"""
    ^[ \t]*(?:[_=-]{5,}|/[sS]/|[sS]/|By\b(?![ \t]+signing\b))
""", re.VERBOSE | re.MULTILINE)
#: A document after the signatures with dates of its own, where no signing block was found
#: before it: a power of attorney ("POWER OF ATTORNEY", "Durable Power of Attorney", "KNOW ALL
#: MEN BY THESE PRESENTS"), a consent (review s24-sig rounds 2 and 3)
OTHER_DOCUMENT_START = regex_cache.compile(r"""
    ^[ \t]*(?:(?:(?:limited|special|general|durable)[ \t]+)?power[ \t]+of[ \t]+attorney\b
    |know[ \t]+all[ \t]+(?:men|persons|people)[ \t]+by[ \t]+these[ \t]+presents\b
    |consent\b[ \t]*$)
""", re.VERBOSE | re.IGNORECASE | re.MULTILINE)


def labelled_date(text: str, s: int, e: int, day_first: Optional[bool] = None
                  ) -> Optional[object]:
    """The date of a signature section in which no signature is read (a typed name under a
    blank rule, the paper copy signed by hand): the first date printed under its label
    (:data:`LABELLED_DATE`, "Dated: January 21, 1994.") within
    :data:`LABELLED_DATE_REACH` characters of the section's start ``s`` (and before its end
    ``e``); None when there is none. A date in the sentences of the section is no signature's.

    >>> t = "I certify that ... is true.\\n\\nDated:  January 21, 1994.\\n\\n______\\nJANE ROE\\n"
    >>> labelled_date(t, 0, len(t)).isoformat()
    '1994-01-21'
    >>> labelled_date("as of May 1, 2000 is true and correct.\\n", 0, 40) is None
    True
    >>> t = "is true.\\n\\nMay 1, 1996\\n______\\nJANE ROE\\n\\nPOWER OF ATTORNEY\\nDated: June 1, 1989\\n"
    >>> labelled_date(t, 0, len(t)) is None
    True
    >>> t = "is true.\\n\\nMay 1, 1996\\nJANE ROE\\n\\nPOWER OF ATTORNEY\\nDated: June 1, 1989\\n"
    >>> labelled_date(t, 0, len(t)) is None
    True
    """
    stop = min(e, s + LABELLED_DATE_REACH)
    for pattern in (SIGNING_BLOCK_START, OTHER_DOCUMENT_START):  # a date after either is
        found = pattern.search(text, s, stop)  # another document's
        stop = found.start() if found else stop
    for m in LABELLED_DATE.finditer(text, s, stop):
        d = leading_date(m["v"], day_first)
        if d is not None:
            return d
    return None


#: A line of a signing block, never a sentence run on: a rule to sign on, a "/s/" mark, a
#: "By", "Name", "Title" or "Its" field ("By: /s/ Jane Roe, attorney-in-fact", "Title: Chief
#: executive officer")
SIGNING_LINE = regex_cache.compile(r"""
    ^[ \t]*(?:[_=-]{5,}|/[sS]/|[sS]/|(?:By|BY|Name|NAME|Title|TITLE|Its|ITS)\b)
""", re.VERBOSE)

#: A line that stops on a joining word, cut from a sentence that runs on: "... Act of"
JOINING_END = regex_cache.compile(r"""
    \b(?:of|the|and|for|to|by|under|with|in|or|a|an)\s*$
""", re.VERBOSE)


def _running_prose(line: str, words: int = 2) -> bool:
    """Whether ``line`` is prose that a sentence runs on from: no signing line
    (:data:`SIGNING_LINE`), and stopping on a joining word ("... Act of") or holding ``words``
    lower-case words of three letters or more (:data:`PROSE_LINE`); a signer's name with a
    capacity ("Jane Roe, individually", "Jane Roe, as trustee") is none of two words. Over a
    "dated ..." line, which reads as a sentence's, one word will do ("Signed under a Power").

    >>> _running_prose("Duly authorized under Power of Attorney"), _running_prose("/s/ Jane Roe")
    (True, False)
    >>> _running_prose("Jane Roe, individually"), _running_prose("the Securities Act of")
    (False, True)
    """
    if SIGNING_LINE.match(line):
        return False
    return JOINING_END.search(line) is not None or \
        sum(len(m.group()) >= 3 for m in PROSE_LINE.finditer(line)) >= words


def _continues_sentence(text: str, ls: int, le: int, words: int = 2) -> bool:
    """True when the line at ``ls``-``le`` of ``text`` is part of a sentence wrapped onto it:
    the line over it runs on (a line of prose, ``words`` words of it at least, that does not
    end a sentence: "... holdings as of": :func:`_running_prose`), or the line under it goes
    on in lower case ("and is true").

    >>> t = "reports holdings as of\\nDecember 31, 2019\\nACME LP"
    >>> _continues_sentence(t, 23, 40), _continues_sentence("true.\\nMay 1, 2000", 6, 17)
    (True, False)

    A signing line over it is no sentence: "/s/ Jane Roe" / "February 14, 2001".

    >>> _continues_sentence("/s/ Jane Roe\\nFebruary 14, 2001", 13, 30)
    False
    """
    prev = text[text.rfind("\n", 0, max(ls - 1, 0)) + 1:max(ls - 1, 0)].strip() if ls else ""
    if prev and prev[-1] not in ".:;!?" and _running_prose(prev, words):
        return True
    end = text.find("\n", le + 1)
    nxt = text[le + 1:end if end != -1 else len(text)].strip()
    return nxt[:1].islower()
