"""The name cell of a roster row: whether it names a person, and the title printed with it.

An Instruction C roster (:mod:`graphkit.parsers.schedule13_roster_rows`) reads a row as a
person only when its first cell is a person's name (:data:`PERSON_NAME`): not an organization,
not an address line wrapped under a name ("Soldiers Field", "Park Avenue"), not a title. A
cell may carry the person's title after a comma ("Jane Q. Roe, President") or a professional
credential ("Jane Q. Roe, CFA") or a nickname in quotes ("Sylvester “Chip” Roe"), which are
no part of the name the filing uses elsewhere ("Sylvester Roe").

Examples
--------
>>> split_name_cell("Jane Q. Roe, President"), split_name_cell("John A. Roe III, CFA")
(('Jane Q. Roe', 'President'), ('John A. Roe III', ''))
>>> is_person_cell("Jane Q. Roe"), is_person_cell("Park Avenue"), is_person_cell("Bill Way")
(True, False, False)
>>> is_person_cell("Bill Way", titled=True), is_person_cell("Vice President", titled=True)
(True, False)
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.names import org_words
from graphkit.parsers.schedule13_roster_titles import OFFICER_TITLE
from resolvers.given_names import known_given_name

_F = re.VERBOSE | re.IGNORECASE

#: A person's name as a roster prints it: "Jane Q. Roe", "E.A. Roe", "C. H. Roe Jr.", "JANE
#: ROE", "Arthur M. de Roe", "Jane Roe, Jr.", "Jane St. Roe", a nickname in quotes "Sylvester
#: “Chip” Roe" (no digits, commas only before a suffix; a place "Purchase, New York" or
#: "Soldiers Field" is none, see ADDRESS_WORD; a run of initials is one word as far as it goes:
#: split at a space into more words it reaches nothing more, with fewer words left)
PERSON_NAME = regex_cache.compile(r"""
    (?:(?:Mr|Ms|Mrs|Dr|Sir)\.?\s+)?
    (?:(?:[A-Z]\.(?:[ ]?[A-Z]\.)*+|[A-Z][A-Za-z'’\-]+|(?:de|da|di|del|van|von|der|den|la|le|du)
       |(?<=\s)St\.|["“‘'][A-Z][A-Za-z\-]+["”’'])\s+){1,4}
    [A-Z][A-Za-z'’\-]+
    (?:,?\s+(?:Jr|Sr|II|III|IV|2d|3d|2nd|3rd)\.?)?
""", re.VERBOSE)
#: Words of a place, never of a person's name in a column that may hold addresses: "Soldiers
#: Field", "Acme House", "Park Avenue" (but surnames too: "Bill Way", see :func:`is_person_cell`)
PLACE_WORD = regex_cache.compile(r"""
    \b(?:street|avenue|road|drive|lane|boulevard|parkway|place|plaza|square|field|house|tower
    |building|center|centre|suite|floor|box|way|court|park)\b
""", _F)
#: Words of a title or a label, never of a person's name: "Vice President", "Name", "Citizen"
LABEL_WORD = regex_cache.compile(r"""
    \b(?:citizen|president|director|officer|secretary|treasurer|chairman|manager|counsel|name
    |position|address|occupation)\b
""", _F)
#: Place words that are also surnames, passed as a name's last word in a titled row: "Bill Way",
#: "Jane Field", "John House" (never "Park Avenue", "Main Street", "Acme Tower")
SURNAME_PLACE = regex_cache.compile(r"""\s(?:Way|Field|House|Park|Court|Lane)$""", re.VERBOSE)
#: A nickname in quotes inside a name, dropped from it: "Sylvester “Chip” Roe" is "Sylvester Roe"
NICKNAME = regex_cache.compile(r"""\s+["“‘'][A-Z][A-Za-z\-]+["”’'](?=\s)""", re.VERBOSE)
#: Words of an address or a title line: :data:`PLACE_WORD` or :data:`LABEL_WORD`
ADDRESS_WORD = regex_cache.compile(PLACE_WORD.pattern + "|" + LABEL_WORD.pattern, _F)

#: A name cell that carries the title after a comma: "Jane Q. Roe, President"
NAME_AND_TITLE = regex_cache.compile(r"""(?P<name>[^,]++(?:,\s*(?:Jr|Sr|II|III|IV)\.?)?)\s*,\s*(?=\S)""")
#: A title after a name cell's comma: "Jane Q. Roe, President", "Jane Q. Roe, Director"
TITLE_AFTER_NAME = regex_cache.compile(r"""(?:director\b|(?=""" + OFFICER_TITLE.pattern + r"""))""", _F)
#: A professional credential after a name cell's comma, no part of the name: "Jane Q. Roe,
#: CFA", "John Roe, Ph.D.", "Jane Roe, CPA, CFP", "John Roe, Esq."
CREDENTIAL = regex_cache.compile(r"""
    ,[ \t]*(?:CFA|CPA|CFP|CAIA|FRM|CIMA|MBA|Ph\.?[ ]?D\.?|M\.D\.|J\.D\.|Esq\.?)(?=[ \t]*(?:,|$))
""", re.VERBOSE)


def is_person_cell(cell: str, titled: bool = False) -> bool:
    """True for a cell that is a person's name: "Jane Q. Roe", not "ACME CAPITAL LP", "Park
    Avenue" or "Vice President".

    ``titled`` says the cell is a name column's cell of an HTML table row whose position cell
    holds a title (:func:`is_title_cell`): a surname that is a place word passes as the name's
    last word ("Bill Way | Director", :data:`SURNAME_PLACE`); other place words, titles and
    labels never do.

    >>> is_person_cell("Sylvester “Chip” Roe"), is_person_cell("ACME CAPITAL LP", titled=True)
    (True, False)
    >>> is_person_cell("Park Avenue", titled=True), is_person_cell("Jane Field", titled=True)
    (False, True)
    """
    if PERSON_NAME.fullmatch(cell) is None or org_words(cell) or LABEL_WORD.search(cell):
        return False
    if titled and SURNAME_PLACE.search(cell):
        cell = cell[:cell.rindex(" ")]
    return PLACE_WORD.search(cell) is None


#: What marks a name cell as a person's beyond its shape (an address or company line may have
#: that shape too, "Old Roeford", "Zeta Lung Development"): an initial ("Jane Q. Roe", "E.A.
#: Roe"), a suffix ("Jane Roe, Jr.") or a courtesy title ("Mr. John Roe")
PERSON_MARK = regex_cache.compile(r"""
    (?:^|\s)[A-Z]\.(?=\s|[A-Z]\.|$)          # an initial: "Q." of "Jane Q. Roe"
    | ,?\s(?:Jr|Sr|II|III|IV)\.?$              # a suffix: ", Jr."
    | ^(?:Mr|Ms|Mrs|Dr|Sir)\.?\s               # a courtesy title: "Mr. "
""", re.VERBOSE)


def is_named_person(cell: str) -> bool:
    """True when ``cell`` is surely a person's name (:func:`is_person_cell`, and an initial, a
    suffix, a courtesy title or a given name the table knows, :mod:`resolvers.given_names`):
    never an address or company line that reads like a name.

    >>> is_named_person("Jane Q. Roe"), is_named_person("Mary Poe"), is_named_person("Old Roeford")
    (True, True, False)
    >>> is_named_person("Zeta Lung Development"), is_named_person("Park Avenue")
    (False, False)
    """
    if not is_person_cell(cell):
        return False
    return PERSON_MARK.search(cell) is not None or known_given_name(cell.split()[0].lower())


def is_title_cell(cell: str) -> bool:
    """True when a roster row's position cell holds a title: "Director", "President & Chief
    Executive Officer, Director" (not an address, "New York, NY", nor a wrapped line).

    >>> is_title_cell("President & Chief Executive Officer, Director"), is_title_cell("Boston")
    (True, False)
    """
    return TITLE_AFTER_NAME.match(cell) is not None


def split_name_cell(cell: str) -> tuple[str, str]:
    """(name, title) of a name cell: "Jane Q. Roe, President" -> ("Jane Q. Roe", "President");
    a credential after the name is dropped ("Jane Q. Roe, CFA" -> ("Jane Q. Roe", "")).

    >>> split_name_cell("Jane Roe, Jr., Director"), split_name_cell("Jane Roe, CPA, Director")
    (('Jane Roe, Jr.', 'Director'), ('Jane Roe', 'Director'))
    """
    if "," in cell:
        cell = CREDENTIAL.sub("", cell)
    cell = NICKNAME.sub("", cell)
    m = NAME_AND_TITLE.match(cell)
    if m is not None and TITLE_AFTER_NAME.match(cell, m.end()):
        return m["name"].strip(), cell[m.end():].strip()
    return cell.strip(), ""
