"""Signatures made under a power of attorney, as a statement under the attorney's printed
name says it ("Duly authorized under Power of Attorney dated May 1, 2000, by and on behalf of
Jane Q. Roe 3d") or as a note mark ties them to the block's signers ("By /s/ Jane Q. Roe*" ...
"*By: /s/ John Doe" / "John Doe, pursuant to a Power of Attorney filed May 1, 2000").

:mod:`graphkit.parsers.signature_printed` reads a signature's lines; this module reads the
statement of authority among them and says which parties the attorney signs for. A signature by
power of attorney is recorded as :mod:`graphkit.parsers.signature_capacity` records "/s/ Jane
Roe, by John Doe, Attorney-in-Fact": the attorney as the signer, the title "Attorney-in-Fact",
and the parties signed for; the signature of a marked signer keeps its own title.

Examples
--------
>>> lines = [(0, 0, "Duly authorized under Power of Attorney dated"),
...          (0, 0, "May 1, 2000, by and on behalf of Jane Q. Roe"), (0, 0, "3d"), (0, 0, "")]
>>> read_power_of_attorney(lines, 0, "John Doe", lambda line: False)
(['Jane Q. Roe 3d'], 3)
>>> principals_of("Acme Corp. (now known as Acme LLC) and its direct and indirect subsidiaries")
['Acme LLC']
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from graphkit import regex_cache
from graphkit.parsers.ownership_owners import signed_for
from graphkit.parsers.signature_lines import FIELD_LINE, printed_title
from graphkit.parsers.signature_roles import BY_LINE
from graphkit.parsers.signature_section import SLASH_S

#: A statement that a signature is made under a power of attorney, printed under the attorney's
#: name, with the party signed for after "on behalf of" (group ``principal``, when named):
#: "Duly authorized under Power of Attorney dated December 30, 2000, by and on behalf of Jane Q.
#: Roe 3d", "pursuant to a Power of Attorney filed May 1, 2013, see File Number 005-00000",
#: "Signed pursuant to a Power of Attorney dated January 30, 2003" (not "Power of Attorney"
#: alone, a caption, nor "Attorney-in-Fact", a title)
POWER_OF_ATTORNEY = regex_cache.compile(r"""
    ^[ \t]*(?:(?:duly[ \t]+)?authorized[ \t]+|signed[ \t]+|executed[ \t]+)?
    (?:under|pursuant[ \t]+to|by)[ \t]+(?:(?:a|an|the|its|his|her|their)[ \t]+)?
    (?:(?:limited|special|general)[ \t]+)?power[ \t]+of[ \t]+attorney\b
    (?:.*?\b(?:by[ \t]+and[ \t]+)?on[ \t]+behalf[ \t]+of[ \t]+(?P<principal>.+?)|.*?)[ \t,;]*$
""", re.I | re.VERBOSE)
#: The affiliates a power of attorney also covers, after the party signed for: "Acme LLC and
#: its direct and indirect subsidiaries", "Acme LLC, and each of its affiliates"
AFFILIATES_TAIL = regex_cache.compile(r"""
    (?:[ \t]*+,[ \t]++|[ \t]++)and[ \t]++(?:each[ \t]++of[ \t]++)?(?:its|their|his|her)[ \t]++
    (?:[a-z\-]+[ \t]++){0,4}(?:subsidiaries|affiliates)\b.*$
""", re.VERBOSE)
#: Another name of the party signed for, in brackets after it: "Acme Corp. (now known as Acme
#: LLC)" (group ``now``: the party's name today, read instead), "Acme LLC (formerly known as
#: Acme Corp.)", "Acme LLC (f/k/a Acme Corp.)" (dropped)
NAME_ASIDE = regex_cache.compile(r"""
    [ \t]*\([ \t]*(?:(?P<now>now[ \t]+known[ \t]+as|n/k/a)|formerly[ \t]+known[ \t]+as|f/k/a)
    [ \t]+(?P<name>[^()]+?)[ \t]*\)
""", re.I | re.VERBOSE)
#: A signature line opening with a note mark: the signature of the attorney for the signers
#: marked with it above ("By /s/ Jane Q. Roe*" ... "*By: /s/ John Doe", "* /s/ John Doe")
NOTE_MARK_OPEN = regex_cache.compile(r"""^[ \t|]*\*+[ \t]*(?:By\b|/s/)""", re.I | re.VERBOSE)

#: A note mark: "*", "**", "***"
NOTE_MARK = regex_cache.compile(r"""\*+""", re.VERBOSE)

#: How many lines a statement of a power of attorney may run on over
STATEMENT_LINES = 4


def principals_of(text: str) -> list[str]:
    """The parties a power of attorney is signed for, from the text after "on behalf of":
    the affiliates it also covers dropped (:data:`AFFILIATES_TAIL`), a party's name today read
    for an old one (:data:`NAME_ASIDE`), two persons joined by "and" parted.

    >>> principals_of("Jane Q. Roe 3d"), principals_of("Jane Roe and John Doe*")
    (['Jane Q. Roe 3d'], ['Jane Roe', 'John Doe'])
    >>> principals_of("Acme LLC (formerly known as Acme Corp.)")
    ['Acme LLC']
    """
    text = AFFILIATES_TAIL.sub("", text)
    aside = NAME_ASIDE.search(text) if "(" in text else None
    if aside is not None:
        text = aside["name"] if aside["now"] else text[:aside.start()] + text[aside.end():]
    return signed_for(text, [])


def mark_count(line: str) -> int:
    """The number of marks of the longest note mark (:data:`NOTE_MARK`) on ``line``: 2 for
    "/s/ Jane Q. Roe**" and "**By: /s/ John Doe", 0 for none.

    >>> mark_count("/s/ Jane Q. Roe*"), mark_count("**By: /s/ John Doe"), mark_count("Jane Roe")
    (1, 2, 0)
    """
    return max((len(m) for m in NOTE_MARK.findall(line)), default=0)


def marked_for(marked: list[tuple[str, int]], count: int) -> list[str]:
    """The signers of ``marked`` (each with the number of marks on its signature) that a note
    of ``count`` marks signs for: those marked the same ("*By: /s/ John Doe" for "Jane Roe*",
    "**By: /s/ Mary Major" for "Richard Roe**"); all of them when none is marked so (the
    marks do not match as printed).

    >>> marked_for([("Jane Roe", 1), ("Richard Roe", 2)], 2), marked_for([("Jane Roe", 1)], 2)
    (['Richard Roe'], ['Jane Roe'])
    """
    same = [name for name, n in marked if n == count]
    return same or [name for name, _ in marked]


def read_power_of_attorney(lines: list[tuple[int, int, str]], k: int, signer: str,
                           party_line: Callable[[str], bool]) -> Optional[tuple[list[str], int]]:
    """The parties signed for by the statement of a power of attorney (:data:`POWER_OF_ATTORNEY`)
    that opens on ``lines[k]`` (after the signer's printed name and a comma, or alone) and runs
    on over the lines under it up to a blank line, a signature, a field or a party's name
    (``party_line``); and the index of the line after it. None when ``lines[k]`` opens no such
    statement. The parties are [] when the statement names none.

    >>> read_power_of_attorney([(0, 0, "John Doe, pursuant to a Power of Attorney filed May 1,"),
    ...                         (0, 0, "2013, see File Number 005-00000")], 0, "John Doe",
    ...                        lambda line: False)
    ([], 2)
    >>> read_power_of_attorney([(0, 0, "Power of Attorney")], 0, "", lambda line: False) is None
    True
    """
    text = lines[k][2].strip()
    if signer and (rest := printed_title(text, signer)) is not None:
        text = rest  # "John Doe, pursuant to a Power of Attorney ..."
    if POWER_OF_ATTORNEY.match(text) is None:
        return None
    n = k + 1
    while n < len(lines) and n < k + STATEMENT_LINES:
        nxt = lines[n][2]
        more = nxt.strip()
        runs_on = more.startswith("by ")  # "by and on behalf of Jane Roe" (not "By: ...")
        if not more or more[0] == "*" or SLASH_S.match(nxt) or party_line(nxt) or \
                not runs_on and (FIELD_LINE.match(more) or BY_LINE.match(nxt)):
            break  # a blank line, a note ("* This power of attorney ..."), the next block
        text, n = f"{text} {more}", n + 1
    m = POWER_OF_ATTORNEY.match(text)
    return (principals_of(m["principal"]) if m and m["principal"] else []), n
