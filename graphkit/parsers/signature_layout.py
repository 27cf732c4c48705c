"""How a signature section lays out its blocks: the party signed for above each signature (the
usual way), or printed under the signer's name and title.

Most filings print the party first and sign under it::

    ACME ENERGY, LLC
    By: /s/ Jane Roe
    Jane Roe, Chief Executive Officer

Some print the party last, under the signer's printed name and title, block after block::

    /s/ Jane Roe
    Jane Roe, Chief Executive Officer
    Acme Energy, LLC

    /s/ John Doe
    John Doe, President
    Beta Energy, LLC

Read the usual way, each party would go to the block *below* it (Beta's president would sign for
Acme) and the last party to none. :func:`entities_below` tells the second layout by what only it
has: no party above the first signature, and under every signature exactly one party, printed
after the signer's name or title and before the next signature.

Examples
--------
>>> from graphkit.parsers.signatures import _is_party_line
>>> text = ("/s/ Jane Roe\\nJane Roe, Chief Executive Officer\\nAcme Energy, LLC\\n\\n"
...         "/s/ John Doe\\nJohn Doe, President\\nBeta Energy, LLC\\n")
>>> lines = [(0, 0, t) for t in text.split("\\n")]
>>> entities_below(lines, _is_party_line)
True
>>> entities_below([(0, 0, "ACME ENERGY, LLC")] + lines, _is_party_line)
False
"""

from __future__ import annotations

import re
from typing import Callable

from graphkit import regex_cache
from graphkit.names import org_words
from graphkit.parsers.signature_capacity import read_capacity
from graphkit.parsers.signature_lines import is_title_line
from graphkit.parsers.signature_section import DATE_LINE, SLASH_S

#: A line opening with "By": "By: /s/ Jane Roe", "| By /s/ Jane Roe", "*By: Acme GP, LLC"
BY_OPEN = regex_cache.compile(r"""^[ \t|*]*By\b:?""", re.I | re.VERBOSE)

#: The end of a line that a title or capacity goes on from: "managing member of", "Jane Roe,
#: individually, and as", "Vice President,"
OPEN_END = regex_cache.compile(r"""(?:\b(?:of|for|as|and|by)|,)\s*$""", re.I | re.VERBOSE)

#: A page number alone on its line: "6", "- 6 -", "Page 6"
PAGE_NUMBER = regex_cache.compile(r"""^[ \t|]*(?:Page\s+)?[-\s]*\d{1,3}[-\s]*$""",
                                  re.I | re.VERBOSE)

#: A signer signing for herself: "Jane Roe, individually"
INDIVIDUALLY = regex_cache.compile(r"""\bindividually\b""", re.I | re.VERBOSE)

#: A labelled line of the printed block: "Name: Jane Roe", "Title: President"
LABELLED = regex_cache.compile(r"""^[ \t|]*(?P<label>Name|Title)\s*:""", re.I | re.VERBOSE)


def _by_line(line: str) -> bool:
    """Whether a line opens with "By" ("By: Acme GP, LLC", "By: /s/ Jane Roe"): a signature
    under the party it signs for, the usual layout's.

    >>> _by_line("  By: /s/ Jane Roe"), _by_line("*By /s/ J. Roe"), _by_line("Byron Roe")
    (True, True, False)
    """
    return BY_OPEN.match(line) is not None


def _content(line: str) -> bool:
    """Whether a line of a block holds anything read: not blank, not a rule, not a date."""
    n = line.strip()
    return bool(n.strip("-_ \t|")) and DATE_LINE.match(line) is None


def entities_below(lines: list[tuple[int, int, str]], party_line: Callable[[str], bool]) -> bool:
    """Whether the signature section of ``lines`` (``(start, end, text)``) prints each party
    signed for under its signer's name and title (see the module docstring).

    Every signature is a "/s/" line; no line opens with "By" (a chain of "By:" lines is the
    usual layout's); no party stands above the first signature; between two signatures the
    only party is the last line; under the last, the party is the first line after the
    printed ones and the last of the section but a page number. The party has a word of a
    business's name ("LLC"); the printed lines give the signer's title (the capacity she signs
    the party's name in), and none says she signs "individually". The printed lines (at least
    one) are the signer's name ("Jane Roe, Chief Financial Officer") and titles; a party that
    one of them goes on to ("managing member of" / "Acme GP, LLC") is a capacity, read with
    the signature.

    >>> from graphkit.parsers.signatures import _is_party_line
    >>> one = [(0, 0, t) for t in ("/s/ Jane Roe", "Jane Roe, President", "Acme Energy, LLC")]
    >>> entities_below(one, _is_party_line), entities_below(one[:2], _is_party_line)
    (True, False)
    """
    anchors = [k for k, (_, _, t) in enumerate(lines) if "/s/" in t and SLASH_S.match(t)]
    if not anchors or any(_by_line(t) for _, _, t in lines):
        return False
    if any(_content(t) and party_line(t) for _, _, t in lines[:anchors[0]]):
        return False  # a party above the first signature: the usual layout
    for a, b in zip(anchors, anchors[1:] + [len(lines)]):
        signer = " ".join(SLASH_S.match(lines[a][2])["name"].lower().split())
        under = [t for _, _, t in lines[a + 1:b] if _content(t)]
        # the lines printed under the signature before its party: the signer's name ("Jane
        # Roe, Chief Financial Officer") and titles, none left open ("managing member of")
        at = next((k for k, t in enumerate(under) if not _printed(t, signer)), len(under))
        if at == 0 or at == len(under) or not party_line(under[at]) or \
                OPEN_END.search(under[at - 1]) or OPEN_END.search(under[at]) or \
                read_capacity(under[at].strip()) is not None:
            return False  # no party under the name, one a title goes on to, or a capacity
            # ("Vice President and Treasurer, Acme Co.": read with the signature)
        if at != len(under) - 1 and (b < len(lines) or not all(
                PAGE_NUMBER.match(t) for t in under[at + 1:])):
            return False  # more under it than the party: before the next signature, or at the
            # section's end but a page number (a heading, a table of the persons after it)
        if not org_words(under[at]) or any(INDIVIDUALLY.search(t) for t in under[:at]):
            return False  # a heading in capitals, or a signer signing for herself
        if not any(_titled(t, signer) for t in under[:at]):
            return False  # "/s/ Jane Roe" / "Jane Roe" / "ACME LLC": no capacity to sign for
            # it in; the usual layout's individual, the party heading the next block
    return True


def _titled(line: str, signer: str) -> bool:
    """Whether a printed line gives the signer's title: "Jane Roe, President", "President",
    "Title: President" (not her name alone).

    >>> _titled("Jane Roe, President", "jane roe"), _titled("Jane Roe", "jane roe")
    (True, False)
    """
    flat = " ".join(line.lower().split())
    return is_title_line(line) or \
        (label := LABELLED.match(line)) is not None and label["label"].lower() == "title" or \
        bool(signer) and flat.startswith(signer + ",") and len(flat) > len(signer) + 2


def _printed(line: str, signer: str) -> bool:
    """Whether ``line``, under the signature of ``signer`` (lower-cased), prints the signer's
    name or title: "Jane Roe, President", "Chief Financial Officer", "Title: President".

    >>> _printed("Jane Roe, President", "jane roe"), _printed("Acme Energy, LLC", "jane roe")
    (True, False)
    """
    flat = " ".join(line.lower().split())
    return bool(signer) and flat.startswith(signer) or LABELLED.match(line) is not None \
        or is_title_line(line)
