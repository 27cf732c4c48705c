"""A party named after "on behalf of" in the party lines over a signature, wrapped over lines.

A company signing for itself and for another prints both over one signature::

    ACME LIFE INSURANCE COMPANY
    and on behalf of Acme Security Insurance
    Company of Louisiana (formerly known as Beta
    Security Life Insurance Company (Louisiana))

    By: /s/ Jane Q. Roe

Each line under the first is a piece of the second name; read one by one they give parties
that start inside a name ("Company of Louisiana") or carry half a parenthesis. The lines from
"on behalf of" to the next blank line, "/s/" or "By" line are one name
(:func:`behalf_party`); a former name in parentheses after it ("(formerly known as ...)",
"(f/k/a ...)") is dropped, as no party signs under it.

Examples
--------
>>> rows = [(0, 0, "and on behalf of Acme Security Insurance"), (0, 0, "Company of Louisiana"),
...         (0, 0, "")]
>>> behalf_party(rows, 0, lambda line: True)
('Acme Security Insurance Company of Louisiana', 2)
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from graphkit import regex_cache
from graphkit.names import clean_name
from graphkit.parsers.signature_roles import BY_LINE

#: A party line opening with "on behalf of": "and on behalf of Acme Security Insurance",
#: "For itself and on behalf of Acme Fund II, L.P." (group ``rest``: what follows)
BEHALF_LINE = regex_cache.compile(r"""
    ^[ \t|]*(?:(?:and|&)[ \t]+)?(?:(?:for[ \t]+)?itself[ \t]+and[ \t]+)?on[ \t]+behalf[ \t]+of
    [ \t]+(?P<rest>\S[^\n]*?)[ \t]*$
""", re.I | re.VERBOSE)
#: A former name in parentheses, one level of parentheses inside: "(formerly known as Beta
#: Security Life Insurance Company (Louisiana))", "(f/k/a Beta Corp.)", "(formerly Beta Inc.)"
FORMER_NAME_ASIDE = regex_cache.compile(r"""
    [ \t]*\([ \t]*(?:formerly|f/k/a|fka|previously)\b(?:[^()]|\([^()]*\))*\)
""", re.I | re.VERBOSE)
#: How many lines the name after "on behalf of" may run over, its first included
BEHALF_LINES = 5


def behalf_party(lines: list[tuple[int, int, str]], i: int,
                 party_line: Callable[[str], bool]) -> Optional[tuple[str, int]]:
    """The party named from ``lines[i]`` on when it opens with "on behalf of"
    (:data:`BEHALF_LINE`), and the index of the first line after the name: the name runs on
    to a blank line, a "/s/" or "By" line (:data:`BEHALF_LINES` lines at most), a former name
    in parentheses dropped. None when ``lines[i]`` does not open so.

    The name is "" when what is read is no party's name (``party_line``: "on behalf of each
    of the persons named above") or its parentheses do not close: its lines are read, and
    give no party, never a piece of a name.

    >>> rows = [(0, 0, "on behalf of Acme Fund II, L.P. (formerly Acme"), (0, 0, "Partners)"),
    ...         (0, 0, "By: /s/ Jane Roe")]
    >>> behalf_party(rows, 0, lambda line: True)
    ('Acme Fund II, L.P.', 2)
    >>> behalf_party([(0, 0, "on behalf of each of the persons named above")], 0,
    ...              lambda line: "each" not in line)
    ('', 1)
    """
    m = BEHALF_LINE.match(lines[i][2])
    if m is None:
        return None
    parts = [m["rest"]]
    j = i + 1
    while j < len(lines) and j - i < BEHALF_LINES:
        nxt = lines[j][2]
        if not nxt.strip() or "/s/" in nxt.lower() or BY_LINE.match(nxt):
            break
        parts.append(nxt.strip(" \t|"))
        j += 1
    name = clean_name(FORMER_NAME_ASIDE.sub("", " ".join(parts)))
    if name.count("(") != name.count(")") or not party_line(name):
        return "", j
    return name, j
