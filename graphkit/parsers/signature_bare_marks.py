"""A conformed signature mark with no name after it, the printed name on the line under it.

Old typed filings often put the mark alone on its line, or with "By" only, and print the
signer's name (and title) under it::

    ACME FUND L.P.

       By s/
         Jane Q. Roe, Partner

The mark may have lost its first slash ("s/", "By s/", "By: s/") or be whole ("/s/",
"By: /s/"). :func:`printed_under_mark` reads the printed line under such a mark as if it
followed the mark on its own line ("By: /s/ Jane Q. Roe, Partner"), so
:func:`graphkit.parsers.signatures.read_signatures` reads it as any other signature. The
line must be right under the mark (a rule line between is skipped, a blank line is not: after
one, a name may head the next block) and open with a person's name; a "Name:" field under a
bare mark is read by :func:`graphkit.parsers.signature_printed.read_signature` itself.

Examples
--------
>>> rows = [(0, 5, "By s/"), (6, 30, "  Jane Q. Roe, Partner"), (31, 31, "")]
>>> bool(BARE_MARK.match(rows[0][2])), printed_under_mark(rows, 1)
(True, ('Jane Q. Roe, Partner', 2))
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.parsers.signature_lines import looks_like_person_name
from graphkit.parsers.signature_section import SLASH_S

#: A conformed signature mark alone on its line, or after "By" / "By:" only: "s/" (its first
#: slash lost), "By s/", "By: s/", "/s/", "By: /s/", "BY /S/" (a table cell's bar may stand
#: around it: "By: | /s/")
BARE_MARK = regex_cache.compile(r"""
    ^[ \t|]*(?:By[ \t]*:?[ \t|]*)?/?s/[ \t|]*$
""", re.I | re.VERBOSE)


def printed_under_mark(lines: list[tuple[int, int, str]], i: int) -> Optional[tuple[str, int]]:
    """The printed name under a bare mark (:data:`BARE_MARK`, ``lines[i - 1]``) and the index of
    the line after it: ``lines[i]`` (after rule lines only) when it opens with a person's name,
    alone or with a title after a comma ("Jane Q. Roe", "Jane Q. Roe, President"); else None.

    Not a field ("Name: Jane Roe"), a party ("ACME FUND L.P."), nor a name with a signature of
    its own right under it ("JANE ROE" / "/s/ Jane Roe": she heads the next block).

    >>> printed_under_mark([(0, 3, "/s/"), (4, 12, "--------"), (13, 21, "Jane Roe")], 1)
    ('Jane Roe', 3)
    >>> printed_under_mark([(0, 3, "/s/"), (4, 4, ""), (5, 13, "Jane Roe")], 1) is None
    True
    >>> printed_under_mark([(0, 3, "s/"), (4, 18, "ACME FUND L.P.")], 1) is None
    True

    A name with a bare mark of its own under it prints the names over their marks, or under:
    which is whose is not known (review s24-sig H4).

    >>> printed_under_mark([(0, 8, "John Doe"), (9, 11, "s/"), (12, 20, "Jane Roe"),
    ...                     (21, 23, "s/")], 2) is None
    True
    >>> printed_under_mark([(0, 8, "ACME LP"), (9, 16, "By: /s/"), (17, 25, "Jane Roe"),
    ...                     (26, 33, "By: /s/")], 2)
    ('Jane Roe', 3)
    """
    j = i
    while j < len(lines) and lines[j][2].strip() and not lines[j][2].strip(" \t-_=|"):
        j += 1  # a rule line under the mark: "__________"
    if j >= len(lines):
        return None
    line = lines[j][2].strip(" \t|")
    if not line or ":" in line or not looks_like_person_name(line.partition(",")[0]):
        return None
    if j + 1 < len(lines) and (sm := SLASH_S.match(lines[j + 1][2])) and sm["name"].strip():
        return None  # "JANE ROE" / "/s/ Jane Roe": the party of the next block
    above = lines[i - 2][2].strip(" \t|") if i >= 2 else ""
    if j + 1 < len(lines) and BARE_MARK.match(lines[j + 1][2]) and above and ":" not in above \
            and looks_like_person_name(above.partition(",")[0]):
        return None  # "Jane Roe" / "s/" / "John Doe" / "s/": names over their marks, or under?
    return line, j + 1
