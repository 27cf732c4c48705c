"""The table rows that list the holders of a role a sentence names before them: "The following
individuals are the directors of Acme GP Ltd." and then "Jane Q. Roe | Managing Principal".

:func:`graphkit.parsers.prose.find_relationships` reads the sentence
(:data:`graphkit.parsers.prose_patterns.FOLLOWING_ARE_ROLE_OF`) and takes its holders from the
first cells of the rows after it (:func:`following_rows`).
"""

from __future__ import annotations

import re

from graphkit import regex_cache


#: A table row of converted text: "Jane Q. Roe | Managing Principal of Acme Partners, L.P." (the
#: first cell opens after the blanks before it, or on the last of them right before a "|"; it is
#: one character or ends on a non-blank: the shortest cell that reaches the "|" is one of those,
#: and ending inside a run of blanks it only tried the rest of the run again)
_ROW = regex_cache.compile(r"""
    (?:[ \t]*+(?!\|)|[ \t]*(?=[ \t]\|))(?P<first>[^|\n](?:[^|\n]{0,78}?[^|\n \t])??)[ \t]*+\|[^\n]*
""", re.VERBOSE)
#: The heading cell of a table of persons: "Name", "Name of Director"
_ROW_HEADING = regex_cache.compile(r"""(?i:name\b.*|directors?|officers?)$""")
#: The first cell of a row that names a person, two to six capitalised words: "Jane Q. Roe"
LISTED_PERSON_ROW = regex_cache.compile(r"""
    [A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){1,5}$
""", re.VERBOSE)


def following_rows(text: str, pos: int, end: int) -> tuple[int, list[str]]:
    """The names in the first cells of the table rows after ``pos`` (until a line that is not a
    row), and where the rows end. Rest of the paragraph of ``pos`` is skipped.

    >>> text = "Its directors are listed below.\\n\\nName | Occupation\\n\\nJane Q. Roe | Partner"
    >>> following_rows(text, 31, len(text))
    (73, ['Jane Q. Roe'])
    """
    para = text.find("\n\n", pos, end)
    if para < 0:
        return pos, []
    out: list[str] = []
    i, last = para, pos
    while len(out) < 40:
        while i < end and text[i] in " \t\r\n":
            i += 1
        m = _ROW.match(text, i, end)
        if i >= end or m is None:
            break
        first = m["first"].strip()
        if not _ROW_HEADING.match(first):
            if not LISTED_PERSON_ROW.match(first):
                break
            out.append(first)
        i = last = m.end()
    return last, out
