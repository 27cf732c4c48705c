"""A person's name printed surname first in a signature block ("Name: Roe, Jane", "/s/ Roe,
Jane", "attorney-in-fact for Roe, Jane"), put in natural order ("Jane Roe") as the signer or
the principal of an attorney-in-fact: one person, written one way across the filing's claims.

Examples
--------
>>> first_name_first("Roe, Jane"), first_name_first("ROE, JANE Q.")
('Jane Roe', 'JANE Q. ROE')
>>> first_name_first("Acme, Inc."), first_name_first("Roe, President")
('Acme, Inc.', 'Roe, President')
"""

from __future__ import annotations

import re

from graphkit.names import org_words
from graphkit.parsers.signature_lines import is_title_line
from graphkit.parsers.signature_names import LEGAL_END

#: A person's name printed surname first, a given name alone (and an initial) after the
#: comma: "Roe, Jane", "ROE, JANE Q." (not "Jane Roe, Richard Poe": two persons' names)
SURNAME_FIRST = re.compile(r"""
    ^[ \t]*[A-Za-z'\-]+,[ \t]*[A-Z][A-Za-z'\-]*\.?(?:[ \t]+[A-Z]\.?)?[ \t]*$
""", re.VERBOSE)


def first_name_first(name: str) -> str:
    """``name`` in natural order when it is a person's printed surname first
    (:data:`SURNAME_FIRST`): "Roe, Jane Q." is "Jane Q. Roe"; any other name as it is (a
    firm's "Acme, Inc.", a name and title "Roe, Director", "Jane Roe, Jr.").

    >>> first_name_first("O'Roe, Jane"), first_name_first("Jane Roe, Jr."), first_name_first("Roe, J.")
    ("Jane O'Roe", 'Jane Roe, Jr.', 'J. Roe')
    """
    if not SURNAME_FIRST.match(name) or org_words(name) or LEGAL_END.search(name):
        return name
    last, _, given = name.partition(",")
    if is_title_line(given.strip()):
        return name  # "Roe, Director": a name and a title
    return f"{given.strip()} {last.strip()}"
