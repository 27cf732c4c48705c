"""Reading a CUSIP as Schedule 13D/13G front pages print it, and checking its check digit.

A CUSIP is kept in one form, its letters and digits run together ("247368 10 3",
"724-081-104" and "67572P\\n101" become "247368103", "724081104", "67572P101"), the way the
XML forms print it, so that the issuer's identifier is the same whichever form was read.
:mod:`graphkit.parsers.schedule13_front` finds the CUSIP field of a front page and reads it here.

>>> read_cusip("247368 10 3"), cusip_checks("037833100")
('247368103', True)
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from graphkit import regex_cache
from graphkit.parsers.cue_search import find_all, fold_text

#: A CUSIP as printed, opening a word: up to four pieces of letters and digits split by one
#: space or a hyphen ("247368 10 3", "724-081-104", "g4617b105", "US0378331005" an ISIN).
#: Each piece ends before any other mark ("037833100." "(037833100)" "037833 10 0,"); the
#: pieces are bounded, so a try at each place a CUSIP may open costs a few characters, never
#: the rest of the line. :func:`read_cusip` judges which of the pieces make a CUSIP.
CUSIP_CANDIDATE = regex_cache.compile(r"""
    (?<![\w-])
    [0-9A-Za-z]{1,12}(?![0-9A-Za-z])                          # "247368", an ISIN's 12
    (?:(?:[ ]?-[ ]?|[ ])[0-9A-Za-z]{1,9}(?![0-9A-Za-z])){0,3}  # " 10", " 3", "-081"
""", re.VERBOSE)
#: What splits the pieces of a :data:`CUSIP_CANDIDATE`: the " " of "247368 10 3", the "-" of
#: "724-081-104"
CUSIP_PIECE = regex_cache.compile(r"""[ ]?-[ ]?|[ ]""", re.VERBOSE)
#: Where a CUSIP may open in a value: a letter or digit after no letter, digit or hyphen
#: ("Class A Common Stock: 864346200" opens one at "864346200")
CUSIP_OPEN = regex_cache.compile(r"""(?<![\w-])[0-9A-Za-z]""", re.VERBOSE)
#: Three digits, which every CUSIP holds ("G4617B105" has five; "ACME", "Page 2" have fewer)
THREE_DIGITS = regex_cache.compile(r"""[0-9][^0-9]*[0-9][^0-9]*[0-9]""", re.VERBOSE)
#: An ISIN of a US or Canadian security ("US0378331005"): its characters 3-11 are the CUSIP
ISIN = regex_cache.compile(r"""(?:US|CA)(?P<cusip>[0-9A-Z]{9})[0-9]""", re.VERBOSE)
#: The lengths of the pieces a CUSIP is printed in: nine characters (six of the issuer, two
#: of the issue and the check digit) whole, "6 2 1", "6 3", "3 3 3", "8 1"; or, in older
#: filings, the first eight without the check digit, whole or "6 2". Any other split of nine
#: is a CUSIP only when its check digit agrees; "005-12345" (3 5, a file number), "SEC 1745"
#: and "555-1234" are none.
CUSIP_SPLITS = frozenset({(9,), (6, 2, 1), (6, 3), (3, 3, 3), (8, 1), (8,), (6, 2)})
#: Words of the page heading glued to a CUSIP by one space ("CUSIP No. 037833 13D Page 2"):
#: never a piece of one
HEADING_PIECES = frozenset({"13D", "13G", "PAGE"})


#: A CUSIP label's value that is the cover page's first row, read on from a blank field:
#: "1 | Names of Reporting Persons S.S. or I.R.S. ..." after "CUSIP No." on a line of its own,
#: "(1) NAME OF REPORTING PERSON", "1. S.S. or I.R.S. Identification No." (the field is blank,
#: as for securities that have no CUSIP, such as an LLC's membership units)
COVER_ROW_CELL = regex_cache.compile(r"""
    ^\(?[0-9]{1,2}\)?[.)]?[ \t]*\|?[ \t]*
    (?:Names?\s+of\s+(?:the\s+)?Reporting\s+Persons?
      |(?:S\.?\s?S\.?\s+or\s+)?I\.?\s?R\.?\s?S\.?\s+Identification)\b
""", re.VERBOSE | re.IGNORECASE)


def cusip_check_digit(first8: str) -> int:
    """The check digit of a CUSIP from its first eight characters (the standard modulus-10
    "double add double" sum; letters count 10-35).

    >>> cusip_check_digit("03783310"), cusip_check_digit("G4617B10")
    (0, 5)
    """
    total = 0
    for i, ch in enumerate(first8):
        v = int(ch) if ch.isdigit() else (ord(ch) - ord("A") + 10 if ch.isalpha()
                                          else 36 + "*@#".find(ch))
        if i % 2:
            v *= 2
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def cusip_checks(nine: str) -> bool:
    """Whether the ninth character of ``nine`` is the check digit of its first eight.

    >>> cusip_checks("037833100"), cusip_checks("037833101"), cusip_checks("03783310X")
    (True, False, False)
    """
    return nine[8].isdigit() and int(nine[8]) == cusip_check_digit(nine[:8])


#: Letters an OCR or a typist puts for digits, and the digit each stands for ("387541lO5":
#: l for 1, O for 0)
OCR_DIGITS = {"O": "0", "I": "1", "L": "1", "S": "5", "B": "8", "Z": "2"}
#: Most such letters a CUSIP may hold for a repair to be tried: with more, several readings
#: pass the check digit by chance (one in ten does)
OCR_REPAIR_MAX = 3


def repair_cusip(nine: str) -> Optional[str]:
    """The one CUSIP whose check digit agrees that ``nine`` (nine capitals and digits whose
    check digit fails) gives when some letters of its issue number and check digit (its last
    three characters) read as the digits they look like (:data:`OCR_DIGITS`); None when no
    reading, or more than one, agrees. The issuer's six are never changed: a typo there
    that some reading happens to pass would name another issuer ("L8681T104" is no
    "18681T104").

    >>> repair_cusip("387541LO5"), repair_cusip("L8681T104"), repair_cusip("037833101")
    ('387541105', None, None)
    """
    spots = [i for i, ch in enumerate(nine) if ch in OCR_DIGITS and i >= 6]
    if not spots or len(spots) > OCR_REPAIR_MAX:
        return None
    passing = set()
    for mask in range(1, 1 << len(spots)):
        chars = list(nine)
        for bit, i in enumerate(spots):
            if mask >> bit & 1:
                chars[i] = OCR_DIGITS[chars[i]]
        candidate = "".join(chars)
        if cusip_checks(candidate):
            passing.add(candidate)
    return passing.pop() if len(passing) == 1 else None


class CusipReading(NamedTuple):
    """A CUSIP read from a value: its nine (or eight) characters, what is wrong with it if
    anything ("fails its check digit", "has no check digit"), and where in the value it opens."""

    cusip: str
    problem: Optional[str]
    start: int


def _judge_cusip(printed: str) -> Optional[tuple[str, Optional[str]]]:
    """The CUSIP that the pieces of ``printed`` (a :data:`CUSIP_CANDIDATE`) open with, and its
    problem, or None: the most pieces that make nine characters whose check digit agrees, or
    nine or eight characters split as CUSIPs are printed (:data:`CUSIP_SPLITS`)."""
    if THREE_DIGITS.search(printed) is None:
        return None  # most words tried (one regex search is cheaper than counting digits)
    pieces = CUSIP_PIECE.split(printed.upper())
    isin = ISIN.fullmatch(pieces[0])
    if isin:
        pieces = [isin["cusip"]]
    for n in range(len(pieces), 0, -1):
        head = pieces[:n]
        compact = "".join(head)
        if (len(compact) > 9 or sum(ch.isdigit() for ch in compact) < 3
                or any(p in HEADING_PIECES for p in head)):
            continue
        split = tuple(len(p) for p in head)
        if len(compact) == 9:
            if cusip_checks(compact):
                return compact, None
            if split in CUSIP_SPLITS:
                return compact, "fails its check digit"
        elif split in CUSIP_SPLITS:
            return compact, "has no check digit"
    return None


def read_cusip(value: str) -> Optional[str]:
    """The CUSIP that ``value`` opens with, its pieces run together and in capitals, or None.

    A CUSIP is nine capitals and digits (six of the issuer, two of the issue, a check digit),
    printed whole or in pieces split by one space or a hyphen; older filings print only the
    first eight. It ends at two spaces, a tab, the line's end or any other mark. Nine
    characters whose check digit fails, or eight, are read only when split as CUSIPs are
    (:data:`CUSIP_SPLITS`): a file number, a telephone number, a form number or an issuer's
    six characters alone are no CUSIP. The CUSIP of a US or Canadian ISIN is read from it.

    >>> [read_cusip(v) for v in ("247368 10 3", "724-081-104", "G4617B 105", "91382810",
    ...                          "74758T 303   13G   Page 2", "037833100.", "g4617b105",
    ...                          "US0378331005", "N/A", "COMMON STOCK")]
    ['247368103', '724081104', 'G4617B105', '91382810', '74758T303', '037833100', \
'G4617B105', '037833100', None, None]
    >>> [read_cusip(v) for v in ("037833", "005-12345", "212-555-1234", "SEC 1745 (3-98)",
    ...                          "037833 13D Page 2")]
    [None, None, None, None, None]
    """
    m = CUSIP_CANDIDATE.match(value.lstrip(" \t"))
    judged = _judge_cusip(m.group()) if m else None
    return judged[0] if judged else None


def scan_cusip(value: str) -> Optional[CusipReading]:
    """The first CUSIP in ``value``, tried at each place one may open (:data:`CUSIP_OPEN`),
    with its problem and place; None if there is none. One pass: each try reads a few
    characters (:data:`CUSIP_CANDIDATE`).

    >>> scan_cusip("(212) 555-1234"), scan_cusip("CUSIP No. 91382810 ")
    (None, CusipReading(cusip='91382810', problem='has no check digit', start=10))
    """
    for m in CUSIP_OPEN.finditer(value):
        c = CUSIP_CANDIDATE.match(value, m.start())
        judged = _judge_cusip(c.group()) if c else None
        if judged:
            return CusipReading(judged[0], judged[1], m.start())
    return None


def find_cusip(value: str) -> Optional[str]:
    """The first CUSIP in ``value`` (see :func:`scan_cusip`), or None.

    >>> find_cusip("Class A Common Stock: 864346200 Class B Common Stock: 864346900")
    '864346200'
    >>> find_cusip("CUSIP No. 12345A 10 5"), find_cusip("none assigned"), find_cusip("(037833100)")
    ('12345A105', None, '037833100')
    """
    found = scan_cusip(value)
    return found.cusip if found else None


#: A cover page's CUSIP heading, its value after the label: "CUSIP No. 969490101", "CUSIP
#: NO.: 74758T 303", "CUSIP Number 037833100", "CUSIP #037833100" (not the front page's
#: "(CUSIP Number)" caption under its value)
CUSIP_HEADING = regex_cache.compile(r"""
    (?<![A-Za-z0-9_]) CUSIP [ \t]* (?: No\.? | Number | \# )? [ \t]* :? [ \t]* (?= [0-9A-Za-z] )
""", re.VERBOSE | re.IGNORECASE)

#: Most CUSIP headings looked at in one filing (a cover page prints one each)
MAX_CUSIP_HEADINGS = 200


def heading_cusips(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The CUSIPs the headings in ``text[start:end]`` print (:data:`CUSIP_HEADING`), each with
    its position, in order.

    >>> t = "CUSIP No. 969490101   13D   Page 2 of 9\\n(CUSIP Number)\\nCUSIP NO.: 27890G 100"
    >>> heading_cusips(t, 0, len(t))
    [('969490101', 10), ('27890G100', 66)]
    """
    found = []
    for at in find_all(fold_text(text), "cusip", start, end)[:MAX_CUSIP_HEADINGS]:
        m = CUSIP_HEADING.match(text, at, end)
        if m is None:
            continue
        eol = text.find("\n", m.end(), end)
        cusip = read_cusip(text[m.end():eol if eol != -1 else end])
        if cusip is not None:
            found.append((cusip, m.end()))
    return found


def disagreeing_cusip(front: str, headings: list[tuple[str, int]], text: str, start: int
                      ) -> Optional[tuple[str, int]]:
    """The first CUSIP the headings print when none of them is the front page's ``front``
    (compared on the issuer's and issue's eight characters: older filings leave out the check
    digit) nor printed anywhere in ``text`` from ``start`` up to the first heading (a front
    page listing the CUSIPs of several series), else None: a filing copied from another one
    keeps that one's CUSIP somewhere.

    >>> t = "27890G 100\\n(CUSIP Number)\\n"
    >>> disagreeing_cusip("27890G100", [("969490101", 30), ("969490101", 900)], t, 0)
    ('969490101', 30)
    >>> disagreeing_cusip("27890G100", [("27890G10", 30), ("969490101", 900)], t, 0) is None
    True
    >>> t = "Series M: 780097796\\nSeries T: 780097713\\n(CUSIP Number)\\n"
    >>> disagreeing_cusip("780097713", [("780097796", 60)], t, 0) is None
    True
    """
    if not headings or any(c[:8] == front[:8] for c, _ in headings):
        return None
    printed = set()
    for m in CUSIP_OPEN.finditer(text, start, headings[0][1]):
        c = CUSIP_CANDIDATE.match(text, m.start(), headings[0][1])
        judged = _judge_cusip(c.group()) if c else None
        if judged:
            printed.add(judged[0][:8])
    if any(c[:8] in printed for c, _ in headings):
        return None
    return headings[0]
