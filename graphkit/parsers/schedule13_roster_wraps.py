"""When a line of a roster's text table goes on with the employer the row above left open.

A "Name and Business Address" table prints a person's position beside the address lines, and
an employer's name may wrap onto the next line, beside an address line that reads like a
person's name::

     Jane Q. Roe                     U.S.A.    Director; Chairman of Acme Lung
     Acme Lung Development                     Development Group
        Company Limited

     John A. Doe                     U.K.      Director; Leader of the Houses of
     Old Roeford                               Commons and Lords

The line goes on with the row (:func:`employer_goes_on`) only where no row can start there:
the line names no person, or its name is not surely a person's (no initial, suffix, courtesy
title or known given name: "Old Roeford", see
:func:`~graphkit.parsers.schedule13_roster_names.is_named_person`) and the table prints its
rows apart (a blank line between two rows above, or below the line before the next row:
:func:`rows_apart_below`). "Jane Q. Roe ... Chairman of Acme Lung" over "John A. Doe ...
Private Investor" is always two rows.

Examples
--------
>>> employer_goes_on(["Director; Chairman of Acme Lung"], "Development Group", True)
True
>>> employer_goes_on(["Director; Chairman of Acme Lung"], "Vice President", True)
False
"""

from __future__ import annotations

import re
from typing import Callable

from graphkit import regex_cache
from graphkit.names import org_words
from graphkit.parsers.schedule13_roster_names import is_title_cell
from graphkit.parsers.schedule13_roster_titles import DEPARTMENT

#: The end of a position whose employer's name goes on onto the next line: a link left open,
#: "Leader of the Houses of" (over "Commons and Lords"), or "Chairman of Acme Lung" (over
#: "Development Group"), the words after the link capitalised (``name``)
EMPLOYER_END = regex_cache.compile(r"""
    \s(?:of|at|with|for)(?:\s+(?P<name>[A-Z][\w&'.-]*(?:[ \t]+[A-Z][\w&'.-]*){0,3}))?[ \t]*$
""", re.VERBOSE)

#: A word of a title, a label or a section's heading, never a surname wrapped under a given
#: name: "Director", "Chairman", "Executive", "Officers", "Directors"
NOT_A_SURNAME = regex_cache.compile(r"""
    \b(?:citizen|president|director|officer|secretary|treasurer|chairman|manager|counsel|name
    |position|address|occupation|executive|trustee|partner|member|employee)s?\b
""", re.VERBOSE | re.IGNORECASE)

#: How many lines below a row :func:`rows_apart_below` reads for the blank line that ends it
MAX_ROW_LINES = 12


def employer_goes_on(roles: list[str], cell: str, name_has_address: bool) -> bool:
    """True when ``cell`` (the position column of the line right under a row's position
    ``roles``) goes on with an employer's name the position left open: after a bare link
    ("Leader of the Houses of"), or, in a "Name and Business Address" table
    (``name_has_address``), after "of <Name>" with no company word or department ("Chairman
    of Acme Lung"), the line no title ("Treasurer") and no company ("Acme Corp."). The caller
    checks that the line starts no row.

    >>> employer_goes_on(["Leader of the Houses of"], "Commons and Lords", False)
    True
    >>> employer_goes_on(["Vice President of Sales"], "Marketing Group", True)
    False
    """
    m = EMPLOYER_END.search(roles[-1]) if roles and cell[:1].isupper() else None
    if m is None:
        return False
    if m["name"] is None:  # "Leader of the Houses of"
        return True
    return name_has_address and not org_words(m["name"]) \
        and not DEPARTMENT.fullmatch(m["name"]) and not is_title_cell(cell) \
        and not org_words(cell.split()[0])


def rows_apart_below(lines: list[str], starts_row: Callable[[str], bool]) -> bool:
    """True when, in ``lines`` (those under a line that may go on with a row), a blank line
    ends the row before any line that starts a row (``starts_row``: a person's name with a
    position), and the next line after the blank lines starts one: the table prints its rows
    apart. A blank line that ends the table (``</TABLE>``, the page) proves nothing.

    >>> rows_apart_below(["   Company Limited", "", "John A. Doe   Director"],
    ...                  lambda line: line.startswith("John"))
    True
    >>> rows_apart_below(["John A. Doe   Director", ""], lambda line: line.startswith("John"))
    False
    >>> rows_apart_below(["   Company Limited", "", "</TABLE>"], lambda line: False)
    False
    """
    for i, line in enumerate(lines[:MAX_ROW_LINES]):
        if not line.strip():
            after = next((x for x in lines[i + 1:] if x.strip()), None)
            return after is not None and starts_row(after)
        if starts_row(line):
            return False
    return False


#: A tab beside a space: a table typed to screen columns, with tabs to 8-column stops and
#: spaces after them ("Jane Q. Roe<TAB><TAB>  Director"), not one tab between cells
SCREEN_TABS = regex_cache.compile(r"""\t[ ] | [ ]\t""", re.VERBOSE)


def next_lines(text: str, pos: int, stop: int, count: int = MAX_ROW_LINES + 4,
               screen: bool = False) -> list[str]:
    """Up to ``count`` lines of ``text`` from ``pos`` (a line's start) to ``stop``; with
    ``screen``, their tabs expanded to 8-column stops (:data:`SCREEN_TABS`).

    >>> next_lines("a\\nb\\nc", 2, 5), next_lines("Jane Q. Roe\\t  Director", 0, 23, screen=True)
    (['b', 'c'], ['Jane Q. Roe       Director'])
    """
    out: list[str] = []
    while pos < stop and len(out) < count:
        nl = text.find("\n", pos, stop)
        end = stop if nl == -1 else nl
        out.append(text[pos:end].expandtabs() if screen else text[pos:end])
        pos = end + 1
    return out


#: A name cell of a given name and initials only, its surname wrapped onto the next line:
#: "Jane Q." over "Roeberger", "Mary A. C." (not "Jane Q. Roe", "Roe, Jane Q.")
GIVEN_AND_INITIALS = regex_cache.compile(r"""[A-Z][a-z]+(?:[ ]+[A-Z]\.)+""", re.VERBOSE)
#: A surname alone in the name column of the line below: "Roeberger", "Van Dyke", "O'Neil",
#: "Smith-Jones", "McDonald", "Roe, Jr." (a capitalised word or two, no initial, no company
#: word)
SURNAME_ALONE = regex_cache.compile(r"""
    (?:(?:Van|Von|De|Del|La|Le|Mac|Mc|St\.)[ ]+)?(?:[A-Z]['’]|Ma?c)?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?
    (?:,?[ ]+(?:Jr\.|Sr\.|II|III|IV))?
""", re.VERBOSE)


def wrapped_surname(first: str, below: str) -> bool:
    """Whether the name cell ``first`` of a roster row is a given name and initials whose
    surname is the name cell ``below`` it, alone ("Jane Q." / "Roeberger": one name).

    >>> wrapped_surname("Jane Q.", "Roeberger"), wrapped_surname("Jane Q. Roe", "Smith")
    (True, False)
    >>> wrapped_surname("John A.", "Doeman, Jr."), wrapped_surname("John A.", "Acme Corp.")
    (True, False)
    >>> wrapped_surname("John A.", "Director"), wrapped_surname("John A.", "Officers")
    (False, False)
    """
    return bool(GIVEN_AND_INITIALS.fullmatch(first)) and bool(SURNAME_ALONE.fullmatch(below)) \
        and not org_words(below) and NOT_A_SURNAME.search(below) is None

