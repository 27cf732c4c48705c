"""A person's name printed surname first in a signature block ("Name: Roe, Jane", "/s/ Roe,
Jane", "attorney-in-fact for Roe, Jane"), put in natural order ("Jane Roe") as the signer or
the principal of an attorney-in-fact: one person, written one way across the filing's claims.

Only a given name is put first: one the table of given names knows
(:mod:`resolvers.given_names`), an initial, or a name with a middle initial ("Roe, Jane Q.").
A suffix, a degree, an office or its abbreviation ("Roe, Jr.", "Doe, Esq.", "Roe, VP") and a
firm of two surnames ("Goldman, Sachs") stay as written.

Examples
--------
>>> first_name_first("Roe, Jane"), first_name_first("ROE, JANE Q.")
('Jane Roe', 'JANE Q. ROE')
>>> first_name_first("Acme, Inc."), first_name_first("Roe, President"), first_name_first("Roe, VP")
('Acme, Inc.', 'Roe, President', 'Roe, VP')
>>> first_name_first("Roe, Jane, Trustee")
'Jane Roe, Trustee'
"""

from __future__ import annotations

import re

from graphkit.names import org_words
from graphkit.parsers.partybook_names import TRAILING_CAPACITY
from graphkit.parsers.signature_lines import is_title_line
from graphkit.parsers.signature_names import LEGAL_END
from resolvers.given_names import known_given_name

#: A person's name printed surname first, a given name alone (and an initial) after the
#: comma: "Roe, Jane", "ROE, JANE Q." (not "Jane Roe, Richard Poe": two persons' names)
SURNAME_FIRST = re.compile(r"""
    ^[ \t]*[A-Za-z'\-]+,[ \t]*[A-Z][A-Za-z'\-]*\.?(?:[ \t]+[A-Z]\.?)?[ \t]*$
""", re.VERBOSE)
#: A name printed surname first (group ``name``) with a title after a second comma (group
#: ``title``): "Roe, Jane, Trustee", "ROE, JANE Q., CO-TRUSTEE"
SURNAME_FIRST_TITLED = re.compile(r"""
    ^(?P<name>[ \t]*[A-Za-z'\-]+,[ \t]*[A-Z][A-Za-z'\-]*\.?(?:[ \t]+[A-Z]\.?)?)
    [ \t]*,[ \t]*(?P<title>[^,]+?)[ \t]*$
""", re.VERBOSE)


def _given_name(given: str) -> bool:
    """True when ``given``, the words after the comma, read as a given name: one the table
    knows, or with an initial ("J.", "Jane Q."); not "VP", "Jr.", "Esq.", "Sachs".

    >>> _given_name("Jane"), _given_name("J."), _given_name("Kay Q."), _given_name("CPA")
    (True, True, True, False)
    """
    words = given.split()
    if any(len(w.rstrip(".")) == 1 for w in words):
        return True
    return bool(words) and known_given_name(words[0].rstrip(".").lower())


def first_name_first(name: str) -> str:
    """``name`` in natural order when it is a person's printed surname first
    (:data:`SURNAME_FIRST`) and a given name after the comma (:func:`_given_name`): "Roe, Jane
    Q." is "Jane Q. Roe", "Roe, Jane, Trustee" "Jane Roe, Trustee" (a title after a second
    comma, :data:`SURNAME_FIRST_TITLED`); any other name as it is (a firm's "Acme, Inc.",
    "Goldman, Sachs", a name and title "Roe, Director", "Roe, VP", "Jane Roe, Jr.").

    >>> first_name_first("O'Roe, Jane"), first_name_first("Jane Roe, Jr."), first_name_first("Roe, J.")
    ("Jane O'Roe", 'Jane Roe, Jr.', 'J. Roe')
    """
    titled = SURNAME_FIRST_TITLED.match(name)
    if titled is not None and (is_title_line(titled["title"]) or
                               TRAILING_CAPACITY.match(" " + titled["title"])) and \
            (natural := first_name_first(titled["name"])) != titled["name"]:
        return f"{natural}, {titled['title']}"  # "Roe, Jane, Trustee"
    if not SURNAME_FIRST.match(name) or org_words(name) or LEGAL_END.search(name):
        return name
    last, _, given = name.partition(",")
    if is_title_line(given.strip()) or not _given_name(given):
        return name  # "Roe, Director", "Roe, Jr.", "Goldman, Sachs": as printed
    return f"{given.strip()} {last.strip()}"
