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
from typing import Optional

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
AMENDMENT = re.compile(rf"""
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
THIS_AMENDMENT = re.compile(rf"""
    \bThis\s+Amendment\s+(?:No\.?|Number|\#)\s*:?\s*(?P<num>{_NUMBER})
    \s+to\s+(?:the\s+|this\s+)?(?:(?:original\s+)?statement\s+on\s+)?Schedule\s+13\s?[DG]\b
""", _F)


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
    m = AMENDMENT.search(text, start, end)
    number = amendment_number(m["num"]) if m else None
    if number is None:
        body = THIS_AMENDMENT.search(text, start)
        number = amendment_number(body["num"]) if body else None
    return number
