"""The amendment number of a Schedule 13D/13G, read from its front page or, where the heading
leaves it blank, from the statement's own words ("This Amendment No. 4 to Schedule 13G ...").

Headings are written many ways: "(Amendment No. 3)*", "(Amendment No.: 9)", "(Amendment
No. 03)", "(Amendment #2)", "(Amendment No. Two)", "(Amendment No. 6 - Final Amendment)",
"Amendment No. 3 to Schedule 13G" on a line of its own, or "Amendment No. 1" alone on a line
between the form's title and the issuer's name. "(Amendment No. )*" is the blank of an
initial statement, and so is "(Amendment No. 0)": an initial statement has no amendment number
(None), whether it prints the line blank, with a 0, or not at all, as an XML filing's has none.

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

#: An amendment number alone on its line, without "to Schedule 13G" or brackets: "Amendment No.
#: 1" of "SCHEDULE 13G\nAmendment No. 1\n(Rule 13d-102)", "AMENDMENT NO. 2*", "Amendment No.: 3".
#: Read only in the head of the front page (see :func:`read_amendment`): elsewhere such a line
#: may be an exhibit's title or a heading of another document ("Amendment No. 1" to a credit
#: agreement).
BARE_AMENDMENT = regex_cache.compile(rf"""
    ^[ \t*]*Amendment[ \t]+(?:No\.?|Number|\#)[ \t]*:?[ \t]*(?P<num>{_NUMBER})[ \t*]*$
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

    "0" ("(Amendment No. 0)", "(Amendment No.:0)") is an initial statement's, as a blank is:
    None.

    >>> amendment_number("0"), amendment_number("00")
    (None, None)
    """
    if not num:
        return None
    number = int(num) if num.isdigit() else NUMBER_WORDS.index(num.lower()) + 1
    return number or None


def read_amendment(text: str, start: int, end: int,
                   head: Optional[tuple[int, int]] = None) -> Optional[int]:
    """The amendment number of the statement in ``text``, or None: the number of the first
    heading (:data:`AMENDMENT`) in ``text[start:end]``, else (a heading without a number, or
    none) that of a line "Amendment No. N" (:data:`BARE_AMENDMENT`) in ``text[slice(*head)]``
    (the front page's head: its form title to its issuer's name), else that of the first
    "This Amendment No. N" (:data:`THIS_AMENDMENT`) after ``start``.

    >>> read_amendment("  Amendment No. 3 to Schedule 13G\\n", 0, 40)
    3
    >>> read_amendment("as amended by Amendment No. 3 to Schedule 13G filed", 0, 60) is None
    True
    >>> read_amendment("(Amendment No. )\\nThis Amendment No. 2 to the Credit Agreement", 0, 20)
    >>> text = "SCHEDULE 13G\\nAmendment No. 1\\n\\nACME, INC.\\n(Name of Issuer)\\n"
    >>> read_amendment(text, 0, len(text), head=(0, 40)), read_amendment(text, 0, len(text))
    (1, None)
    """
    m = _heading(text, start, end)
    number = amendment_number(m["num"]) if m else None
    if number is None and head is not None and head[0] < head[1]:
        bare = BARE_AMENDMENT.search(text, *head)
        number = amendment_number(bare["num"]) if bare else None
    if number is None:
        body = _this_amendment(text, start)
        number = amendment_number(body["num"]) if body else None
    return number


def front_head(title: tuple[int, int], caption: Optional[int], end: int) -> tuple[int, int]:
    """Where the head of a front page is, whose lines may print its amendment number bare
    (:data:`BARE_AMENDMENT`: "SCHEDULE 13G\\nAmendment No. 1"): from a line or two before the
    form's ``title`` (its span) to its issuer's ``caption`` ("(Name of Issuer)", where it
    starts, or None), at most :data:`_HEAD_AFTER_TITLE` characters after the title, and
    :data:`_HEAD_NO_CAPTION` when no caption follows (a label "Name of Issuer:"), never past
    ``end``.

    >>> front_head((200, 212), 260, 9000), front_head((50, 62), None, 9000)
    ((80, 260), (0, 462))
    >>> front_head((200, 212), 5000, 9000)
    (80, 1712)
    """
    stop = title[1] + (_HEAD_AFTER_TITLE if caption is not None else _HEAD_NO_CAPTION)
    if caption is not None and caption >= title[1]:
        stop = min(stop, caption)
    return max(0, title[0] - _HEAD_BEFORE_TITLE), min(stop, end)


#: How far the head of a front page (:func:`front_head`) reaches, in characters: before the
#: form's title (a line or two: "Amendment No. 1" above "SCHEDULE 13G"), after it up to the
#: issuer's caption, and after it when no caption follows
_HEAD_BEFORE_TITLE = 120
_HEAD_AFTER_TITLE = 1500
_HEAD_NO_CAPTION = 400


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
