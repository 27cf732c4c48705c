"""The amendment number of a Schedule 13D/13G, read from its front page or, where the heading
leaves it blank, from the statement's own words ("This Amendment No. 4 to Schedule 13G ...").

Headings are written many ways: "(Amendment No. 3)*", "(Amendment No.: 9)", "(Amendment
No. 03)", "(Amendment #2)", "(Amendment No. Two)", "(Amendment No. 6 - Final Amendment)",
"Amendment No. 3 to Schedule 13G" on a line of its own. "(Amendment No. )*" is the blank of an
initial statement.

Examples
--------
>>> read_amendment("SCHEDULE 13G\\n  (Amendment No. 6 - Final Amendment)*\\n", 0, 80)
6
>>> read_amendment("SCHEDULE 13G\\n  (Amendment No.  )*\\nThis Amendment No. 4 to Schedule 13G", 0, 40)
4
>>> read_amendment("SCHEDULE 13G\\n  (Amendment No.  )*\\n", 0, 40) is None
True
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from graphkit import regex_cache
from graphkit.parsers.cue_search import find_all, fold_text, search_at, space_back

_F = re.VERBOSE | re.IGNORECASE

#: Amendment numbers written as words: "(Amendment No. Two)"
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen", "twenty")

#: The number of an amendment after its "No.": "3", "03", "Two"
_NUMBER = rf"""(?:\d{{1,3}}|{'|'.join(NUMBER_WORDS)})\b"""

#: An amendment heading: "(Amendment No. 3)*", "(Amendment No. )*" (no number: an initial
#: statement), "(AMENDMENT NO. 1)", "(Amendment No.: 9)", "(Amendment #2)", "(Amendment No.
#: Two)", "(Amendment No. 6 - Final Amendment)", "(Amendment No. 3 to Schedule 13D)", and
#: "Amendment No. 3 to Schedule 13G" alone on its line (never in a sentence: "as amended by
#: Amendment No. 2 to Schedule 13G filed on ..." names an earlier one)
AMENDMENT = regex_cache.compile(rf"""
    (?: (?P<open>\() | ^[ \t*#>]* )
    \s*Amendment\s+(?:No\.?|Number|\#)\s*:?\s*(?P<num>{_NUMBER})?
    (?(open)
        \s*(?:[-\u2013\u2014,:;]\s*(?:Final|Exit)\b[^)\n]{{0,20}}
             | to\s+(?:the\s+)?Schedule\s+13\s?[DG](?:/A)?)?\s*\)
      | \s+to\s+(?:the\s+)?Schedule\s+13\s?[DG](?:/A)?[ \t*]*$)
""", _F | re.MULTILINE)

#: The statement naming its own amendment number in its text: "This Amendment No. 4 to
#: Schedule 13G amends ...", "this Amendment No. 3 to the Schedule 13D", "This Amendment No. 2
#: to the statement on Schedule 13D"; never "Amendment No. 2" after other words ("as amended
#: by Amendment No. 2", an earlier amendment) nor of another document ("This Amendment No. 2
#: to the Credit Agreement", an exhibit's)
THIS_AMENDMENT = regex_cache.compile(rf"""
    \bThis\s+Amendment\s+(?:No\.?|Number|\#)\s*:?\s*(?P<num>{_NUMBER})
    \s+to\s+(?:the\s+|this\s+)?(?:(?:original\s+)?statement\s+on\s+)?Schedule\s+13\s?[DG]\b
""", _F)

#: What may stand between where an :data:`AMENDMENT` heading begins and its word "Amendment":
#: its "(" or the ``[ \t*#>]`` that open its line (and any white space, tested apart)
_HEADING_LEAD = frozenset(" \t*#>(")

#: The word both patterns hold (in any case), found in the filing's case fold: under IGNORECASE
#: its letters match only their two ASCII cases, which the fold makes small letters
_WORD = "amendment"


def amendment_number(num: Optional[str]) -> Optional[int]:
    """The amendment number a heading's ``num`` group holds ("3", "03", "Two"), or None.

    >>> amendment_number("03"), amendment_number("Two"), amendment_number(None)
    (3, 2, None)
    """
    if not num:
        return None
    return int(num) if num.isdigit() else NUMBER_WORDS.index(num.lower()) + 1


def read_amendment(text: str, start: int, end: int) -> Optional[int]:
    """The amendment number of the statement in ``text``, or None: the number of the first
    heading (:data:`AMENDMENT`) in ``text[start:end]``, else (a heading without a number, or
    none) that of the first "This Amendment No. N" (:data:`THIS_AMENDMENT`) after ``start``.

    >>> read_amendment("  Amendment No. 3 to Schedule 13G\\n", 0, 40)
    3
    >>> read_amendment("as amended by Amendment No. 3 to Schedule 13G filed", 0, 60) is None
    True
    >>> read_amendment("(Amendment No. )\\nThis Amendment No. 2 to the Credit Agreement", 0, 20)
    """
    m = _heading(text, start, end)
    number = amendment_number(m["num"]) if m else None
    if number is None:
        body = _this_amendment(text, start)
        number = amendment_number(body["num"]) if body else None
    return number


def _heading(text: str, start: int, end: int) -> Optional[re.Match[str]]:
    """``AMENDMENT.search(text, start, end)``, tried only where a heading may begin: at an
    opening "(" or a line's start in the lead (``(``, ``[ \\t*#>]``, white space) before a word
    "amendment" in ``text[start:end]``.

    >>> _heading("Schedule 13G\\n(Amendment No. 2)*", 0, 40)["num"]
    '2'
    >>> _heading("Schedule 13G\\n(Amendment No. 2)*", 0, 20) is None
    True
    """
    return search_at(AMENDMENT, text, _heading_starts(text, start, end), start, end)


def _heading_starts(text: str, start: int, end: int) -> Iterator[int]:
    """Where in ``text[start:end]`` an :data:`AMENDMENT` match may begin, ascending: each "("
    and line start in the lead before a word "amendment" (the word's own start included)."""
    fold = fold_text(text)
    at = fold.find(_WORD, start, end)
    while at != -1:
        lead = at
        while lead > start and (text[lead - 1] in _HEADING_LEAD or text[lead - 1].isspace()):
            lead -= 1
        for i in range(lead, at + 1):
            if text[i] == "(" or i == 0 or text[i - 1] == "\n":
                yield i
        at = fold.find(_WORD, at + 1, end)


def _this_amendment(text: str, start: int) -> Optional[re.Match[str]]:
    """``THIS_AMENDMENT.search(text, start)``, tried only where it may begin: four letters
    ("This") before the white space before a word "amendment".

    >>> _this_amendment("as amended by Amendment No. 1; This  Amendment No. 3 to Schedule 13D",
    ...                 0)["num"]
    '3'
    >>> _this_amendment("This Amendment No. 3 to Schedule 13D", 1) is None
    True
    """
    fold = fold_text(text)
    words = find_all(fold, _WORD, start, len(text))
    starts = (space_back(text, at, start) - 4 for at in words
              if at > start and text[at - 1].isspace())
    return search_at(THIS_AMENDMENT, text, starts, start, len(text))
