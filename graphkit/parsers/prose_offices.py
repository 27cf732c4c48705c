"""Offices that open a name read in prose: "President and Director of Acme Partners LP".

The name patterns read "of" inside a name, as in "Bank of America Corp.", so a capitalised
office before a company is read with it: "the President and Director of Acme Partners LP,
whose general partner is Acme GP LLC" gives the name "President and Director of Acme Partners
LP", or, split as a list, "President" and "Director of Acme Partners LP". No office is a party.

* Before "whose" or ", of which" the clause is the company's (:func:`offices_held`): an office
  has no general partner.
* Any other finding (:func:`party_after_offices`, from
  :func:`~graphkit.parsers.prose.find_relationships`) names the company after the offices
  of an officer or a director ("Jane Roe is the President of Acme Capital LLC, which is the
  general partner of Acme Fund LP"), or no one where the office is the holder of a clause
  ("Jane Roe, the President of Acme Capital LLC, is the general partner of ...": Jane Roe is)
  or an office stands alone, one of offices joined in the sentence ("President" of the list
  above; not the defined term "Director" of 'Jane Roe (the "Director")').
* A department after a capitalised title (:data:`DEPARTMENT_OF`, :data:`TITLE_BEFORE`,
  :func:`held_after_department`): the company is an officer's ("Vice President of Finance of
  Acme Corp."); a "Director of Research" holds a title, no seat on the board. With no title
  before it, "Research of Acme LLC" is a company's name.

The offices read (:data:`OFFICES_OF`): an officer's title
(:data:`~graphkit.parsers.officer_titles.OFFICE`: "Senior Vice President", "CEO"); a director,
qualified or not ("Executive Director", "Non-Executive Director"); a title with its department,
capitalised ("Vice President of Finance", "Director of Research", "Head of Trading"); several
joined ("President, Secretary and Treasurer", "President & CEO", "Chairman and Chief Executive
Officer"). Not an office: a role written as a title ("General Partner", "Managing Member",
"Manager", "Trustee": "the General Partner of Acme Fund LP" names a party by its role, one with
partners and members of its own: "..., of which John Doe is the managing member" is about it), "Chairman of the Board" (a board seat, see
:data:`~graphkit.parsers.officer_titles.OFFICE`), "Trustees" or "Regents" (plural: "Trustees of
Acme College" names a body), a company that begins with an office word ("President Capital
LLC": no "of" after the word), an office of a public body ("Treasurer of the State of Ohio").

A department after a title is read only when the title is capitalised and the company's name
does not go on as one that begins with a department's word would: "a director of Finance of
Acme Inc." may be a board seat at a company of that name, "the Vice President of Finance of
Acme Corp." is an officer of Acme Corp., "Finance of America Inc." is a company's name.

Examples
--------
>>> company_after_offices("President and Director of Acme Partners LP")
'Acme Partners LP'
>>> company_after_offices("Director of Research of Acme Advisors LLC")
'Acme Advisors LLC'
>>> company_after_offices("President Capital LLC")
'President Capital LLC'
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from graphkit import regex_cache
from graphkit.parsers.officer_titles import (DEPARTMENT, DEPARTMENT_SUFFIX, OFFICE, OFFICE_RANK,
                                             VICE_PRESIDENT)
from graphkit.parsers.prose_guards import is_public_body
from graphkit.parsers.prose_lists import held_names, split_names
from graphkit.parsers.prose_role_patterns import ROLE
from graphkit.relations import Relation

_F = re.VERBOSE

#: A director's seat or title, qualified or not (a pattern string, any case): "Director",
#: "Executive Director", "Non-Executive Director", "Independent Director", "Senior Managing
#: Director" (singular: "Directors" is the board's)
_DIRECTOR = r"""
    \b(?:(?:executive|non[\s-]?executive|independent|non[\s-]?independent|outside|lead|senior
    |alternate|supervisory|deputy|associate|assistant|managing|mng\.)\s+){0,2}director\b(?!s)
"""
#: A title that heads a department (a pattern string, any case): "Senior Vice President",
#: "SVP", "Director", "Managing Director", "Head" (not "President", "Chief Executive Officer"
#: or "Secretary": in "the Chief Executive Officer of Finance of America Inc." the company is
#: "Finance of America Inc.")
_DEPARTMENT_HEAD = rf"""
    (?:\b(?:{OFFICE_RANK}\s+){{0,3}}{VICE_PRESIDENT}|{_DIRECTOR}|\bhead)
"""
#: What follows "of" in a company's name that begins with a department's word, not a company
#: after a department (a pattern string): "America" of "Finance of America Inc.", "the United
#: States" of "Research of the United States Inc."
_NAME_GOES_ON = r"""\s+of\s+(?:the\s+)?(?:(?:North|South|Latin|NORTH|SOUTH|LATIN)\s+)?
    (?:Americas?|AMERICAS?|United\s+States|UNITED\s+STATES|U\.S\.)"""
#: A capitalised title with its department (a pattern string): "Vice President of Finance",
#: "Director of Research", "Head of Trading", "Vice President - Legal" (not "Vice President of
#: Finance" of "Vice President of Finance of America Inc.": see :data:`_NAME_GOES_ON`)
_WITH_DEPARTMENT = rf"""
    (?=(?-i:[A-Z])){_DEPARTMENT_HEAD}(?-i:{DEPARTMENT_SUFFIX})(?!(?-i:{_NAME_GOES_ON}))
"""
#: One office (a pattern string): an officer's title or a director's, with or without its
#: department; not a role written as a title ("General Partner", "Manager", "Trustee": "the
#: General Partner of Acme Fund LP" names a party by its role, one with partners and members
#: of its own, review s19 R2)
_TITLE = rf"""(?:{_WITH_DEPARTMENT}|{OFFICE}|{_DIRECTOR})"""
#: What joins two offices held together: ", ", " and ", ", and ", " & ", "/", with an article
#: ("a Director and the President")
_JOIN = r"""(?:\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*|\s*/\s*)(?:(?:the|an?)\s+)?"""

#: One office or several, then "of", opening a name (any case; matched at its start, up to the
#: company, which opens with a capital or a digit): "President and Director of " of "President
#: and Director of Acme Partners LP", "Director of Research of " of "Director of Research of
#: Acme Advisors LLC", "President & CEO of ", "Executive Director of ", "Vice President of the "
#: of "Vice President of the General Partner" (in "John Doe is the President of the General
#: Partner of Acme Fund LP" the party is "General Partner of Acme Fund LP", named by its role)
OFFICES_OF = regex_cache.compile(rf"""
    (?:(?:the|an?)\s+)?{_TITLE}(?:{_JOIN}{_TITLE}){{0,4}}\s+of\s+(?:the\s+)?(?=(?-i:[A-Z0-9]))
""", re.I | _F)

#: An officer's title or a director, alone: "President" of the list "President and Fellows of
#: Acme College" (a name split at "and": the office is no party), "Secretary", "the Chief
#: Executive Officer" (not a role written as a title: "the General Partner" is a defined term;
#: nor in capitals: "SVP" or "CIO" may be a company's defined term)
LONE_OFFICE = regex_cache.compile(rf"""(?=(?-i:.*[a-z]))(?:(?:the|an?)\s+)?(?:{OFFICE}|{_DIRECTOR})\s*""",
                                  re.I | _F)
#: An office alone, then "and" and a capitalised word, opening a name (matched at its start):
#: "President and " of "President and Fellows of Acme College" (one body's name, or an office and
#: a body: which cannot be told); not "John Doe, President, and Acme Fund LP" (a title after a
#: person's name, then a party)
OFFICE_AND_NAME = regex_cache.compile(rf"""
    (?=(?-i:.*[a-z]))(?:(?:the|an?)\s+)?(?:{OFFICE}|{_DIRECTOR})\s+and\s+(?=(?-i:[A-Z]))
""", re.I | _F)
#: Offices joined after an office, up to "of" (matched right after it): ", Secretary and
#: Treasurer of " after "President" in "President, Secretary and Treasurer of Acme LLC", so that
#: "President", read as a name of a list, is one of the offices held, no party (not after the
#: defined term "Director" in 'The Director is the sole member of Acme GP LLC')
JOINED_OFFICES_OF = regex_cache.compile(rf"""
    {_JOIN}(?:{_TITLE}{_JOIN}){{0,3}}{_TITLE}\s+of\s
""", re.I | _F)

#: A department, capitalised or in capitals, then "of" and a company, opening a name read
#: after a title: "Finance of " of "Finance of Acme Partners LP" (in "Jane Roe is the Vice
#: President of Finance of Acme Partners LP" the role read is "Vice President" and its party
#: "Finance of Acme Partners LP"), "Human Resources of ", "RESEARCH of " (a sentence in
#: capitals is read with its small words in lower case)
DEPARTMENT_OF = regex_cache.compile(rf"""
    (?=[A-Z])(?i:{DEPARTMENT})(?!{_NAME_GOES_ON})\s+of\s+(?:the\s+)?(?=[A-Z0-9])
""", _F)

#: A capitalised title and a dash or "of", right before a name that opens with a department
#: (matched at the end of the text before it): "Vice President - " of "Jane Roe is Vice
#: President - Finance of Acme Partners LP", "VICE president of " of "JANE ROE is the VICE
#: president of FINANCE of ACME PARTNERS LP" (a sentence in capitals, as it is read)
TITLE_BEFORE = regex_cache.compile(rf"""
    (?=(?-i:[A-Z])){_DEPARTMENT_HEAD}(?:[ ]*[-\u2013][ ]*|\s+of\s+)\Z
""", re.I | _F)

#: A title that heads a department, capitalised, ending a role read before "of" (searched in
#: the role): "Vice President" of "the Vice President", "Director" of "President and Director"
DEPARTMENT_HEAD_ROLE = regex_cache.compile(rf"""(?=(?-i:[A-Z])){_DEPARTMENT_HEAD}\s*\Z""", re.I | _F)
#: How far before a name :data:`TITLE_BEFORE` is looked for
TITLE_WINDOW = 60

#: Patterns whose holder is the name right before a phrase about it, so that offices before
#: that name are not the holder, the company after them is: "Acme Capital LLC" of "Jane Roe is
#: the President of Acme Capital LLC, which is the general partner of Acme Fund LP" (and of
#: "..., the general partner of Acme Fund LP", "..., Acme Fund LP's investment manager")
NEAREST_NAME_HOLDERS = frozenset({"which_is_role_of", "holder_the_role_of", "possessive_role"})

#: A partnership role "of" a party, opening a name read whole as the holder of a pattern whose
#: holder is the name right before its phrase (:data:`NEAREST_NAME_HOLDERS`): "Managing Member
#: of " of "Managing Member of Roe Capital LLC, the General Partner of Acme Fund LP" (Roe
#: Capital LLC is the general partner; "Managing Member" is the title of the person before)
ROLE_OF_HOLDER = regex_cache.compile(rf"""
    (?:(?:the|an?)\s+)?{ROLE}\s+of\s+(?:the\s+)?(?=[A-Z0-9])
""", _F)

#: At most this many offices are taken off the front of one name ("President of the Managing
#: Member of Acme Fund LP": two)
_MAX_OFFICES = 3


def company_after_offices(name: str) -> str:
    """``name`` without the offices that open it (:data:`OFFICES_OF`); ``name`` itself when
    none does, or when a public body follows them: "Treasurer of the State of Ohio" is a public
    office, one party
    (:func:`~graphkit.parsers.prose_guards.is_public_body`).

    >>> company_after_offices("President, Secretary and Treasurer of Acme GP LLC")
    'Acme GP LLC'
    >>> company_after_offices("Executive Director of Acme Fund Ltd.")
    'Acme Fund Ltd.'
    >>> company_after_offices("Chief Executive Officer of the General Partner")
    'General Partner'
    >>> company_after_offices("Trustees of Acme College")
    'Trustees of Acme College'
    >>> company_after_offices("Treasurer of the State of Ohio")
    'Treasurer of the State of Ohio'
    """
    for _ in range(_MAX_OFFICES):
        m = OFFICES_OF.match(name)
        if m is None or is_public_body(name[m.end():]):
            break
        name = name[m.end():]
    return name


def party_after_offices(name: str, pattern: str = "", holder: bool = False,
                        text: str = "") -> Optional[str]:
    """The party a finding of ``pattern`` names by ``name``, a name read whole with the offices
    of an officer or a director that open it (:data:`OFFICES_OF`): the company after them
    (:func:`company_after_offices`), but for the holder of a pattern whose holder is not the
    name right before a phrase about it (:data:`NEAREST_NAME_HOLDERS`): None, no one ("Jane
    Roe, the President of Acme Capital LLC, is the general partner of Acme Fund LP": Jane Roe,
    or at least not Acme Capital LLC); None for an office alone that is one of offices joined
    in ``text``, the sentence read (:func:`in_joined_offices`: "President" of "the President and
    Director of Acme Capital LLC" read as a list; not the defined term "Director" of 'Jane Roe
    (the "Director")'). ``name`` itself when no office opens it.

    >>> party_after_offices("President of Acme Capital LLC", "which_is_role_of", holder=True)
    'Acme Capital LLC'
    >>> party_after_offices("President of Acme Capital LLC", "holder_is_role_of", holder=True)
    >>> party_after_offices("Vice President of Finance of Acme LLC", "owned_by")
    'Acme LLC'
    >>> text = "Jane Roe, President and Director of Acme LLC, is the sole member of Beta LLC."
    >>> party_after_offices("President", "holder_is_role_of", holder=True, text=text) is None
    True
    >>> party_after_offices("Director", "holder_is_role_of", holder=True,
    ...                     text="The Director is the sole member of Acme GP LLC.")
    'Director'
    >>> party_after_offices("General Partner of Acme Fund LP", "holder_is_role_of")
    'General Partner of Acme Fund LP'
    >>> party_after_offices("Managing Member of Roe Capital LLC", "holder_the_role_of", True)
    'Roe Capital LLC'
    """
    if lone_office(name) and in_joined_offices(text, name):
        return None
    if holder and pattern in NEAREST_NAME_HOLDERS and (m := ROLE_OF_HOLDER.match(name)):
        name = name[m.end():]  # "Managing Member of Roe Capital LLC, the General Partner of"
    company = company_after_offices(name)
    if company == name or not holder or pattern in NEAREST_NAME_HOLDERS:
        return company
    return None


def in_joined_offices(text: str, office: str) -> bool:
    """Whether ``office`` is, somewhere in ``text``, followed by other offices joined to it and
    "of" (:data:`JOINED_OFFICES_OF`).

    >>> in_joined_offices("the President, Secretary and Treasurer of Acme LLC", "President")
    True
    >>> in_joined_offices("The President is the sole member of Acme LLC", "President")
    False
    """
    return any(JOINED_OFFICES_OF.match(text, at + len(office)) for at in _places(text, office))


def titled_department(text: str, name: str) -> bool:
    """Whether ``name`` opens with a department (:data:`DEPARTMENT_OF`) that comes, somewhere in
    ``text``, right after a capitalised title that heads one (:data:`TITLE_BEFORE`): "Finance of
    Acme LLC" in "Jane Roe is the Vice President of Finance of Acme LLC"; not the company
    "Research of Acme LLC" in "Acme Fund LP is managed by Research of Acme LLC".

    >>> titled_department("Jane Roe is the Vice President of Finance of Acme LLC, a subsidiary",
    ...                   "Finance of Acme LLC")
    True
    >>> titled_department("Acme Fund LP is managed by Research of Acme LLC.",
    ...                   "Research of Acme LLC")
    False
    """
    if DEPARTMENT_OF.match(name) is None:
        return False
    return any(TITLE_BEFORE.search(text, max(0, at - TITLE_WINDOW), at)
               for at in _places(text, name))


def _places(text: str, name: str) -> Iterator[int]:
    """Where ``name`` starts in ``text``, each place in order."""
    at = text.find(name) if name else -1
    while at >= 0:
        yield at
        at = text.find(name, at + 1)


def offices_held(held: str) -> Optional[list[str]]:
    """What a relative clause right after the name or list ``held`` is about, when an office is
    in it: the company after the offices that open it, of a list after them the last name
    (:func:`company_after_offices`; "the President of A and Vice President of B, whose": B),
    of a list that ends in offices and a company, that company ("Jane Roe, President and
    Director of Acme Fund Ltd."); no one when an office alone and "and" open it
    (:data:`OFFICE_AND_NAME`: "President and Fellows of Acme College" may be one body's name);
    None when no office opens it nor its last name (a person's title in a list is no party:
    "John Doe, President, and Acme Fund LP, whose": Acme Fund LP's, as any list is read).

    >>> offices_held("President of Acme Partners LP and Vice President of Beta Partners LP")
    ['Beta Partners LP']
    >>> offices_held("President and Fellows of Acme College"), offices_held("Acme Fund LP")
    ([], None)
    >>> offices_held("John Doe, President, and Acme Fund LP") is None
    True
    """
    m = OFFICES_OF.match(held)
    if m is not None:
        return [company_after_offices(n) for n in held_names(held[m.end():])[-1:]]
    names = split_names(held)
    if len(names) > 1 and OFFICES_OF.match(names[-1]):  # "Jane Roe, President and Director of
        return [company_after_offices(names[-1])]  # Acme Fund Ltd., whose": the company's
    if OFFICE_AND_NAME.match(held):  # "President and Fellows of Acme College, whose": one
        return []  # body's name, or an office and a body
    return None


def lone_office(name: str) -> bool:
    """Whether ``name`` is an office and nothing else (:data:`LONE_OFFICE`): "President" of
    "President and Fellows of Acme College" split as a list.

    >>> lone_office("President"), lone_office("the Chief Executive Officer")
    (True, True)
    >>> lone_office("President Capital LLC"), lone_office("SVP")
    (False, False)
    """
    return LONE_OFFICE.fullmatch(name) is not None


def after_titled_department(flat: str, start: int, name: str) -> str:
    """``name``, read at ``flat[start:]``, without the department that opens it when a title
    and a dash or "of" come right before it (:data:`TITLE_BEFORE`): "Acme Partners LP" of
    "Finance of Acme Partners LP" in "Jane Roe is Vice President - Finance of Acme Partners LP".

    >>> flat = "Jane Roe is Vice President - Finance of Acme Partners LP"
    >>> after_titled_department(flat, flat.index("Finance"), "Finance of Acme Partners LP")
    'Acme Partners LP'
    """
    m = DEPARTMENT_OF.match(name)
    if m is None or TITLE_BEFORE.search(flat, max(0, start - TITLE_WINDOW), start) is None:
        return name
    return name[m.end():]


def held_after_department(relation: Relation, role: str, held: str) -> Optional[str]:
    """The party of a title read as ``role`` "of" ``held``, when ``held`` opens with a
    department (:data:`DEPARTMENT_OF`) and the role ends in a capitalised title that heads one
    (:data:`DEPARTMENT_HEAD_ROLE`): the company after it for an officer ("Vice President" of
    "Finance of Acme Partners LP": Acme Partners LP), None for a director ("Director of
    Research of Acme Corp." is a title, no seat on the board); else ``held`` itself.

    >>> held_after_department(Relation.OFFICER_OF, "Vice President", "Finance of Acme LP")
    'Acme LP'
    >>> held_after_department(Relation.DIRECTOR_OF, "Director", "Research of Acme LP") is None
    True
    >>> held_after_department(Relation.DIRECTOR_OF, "director", "Finance of America Inc.")
    'Finance of America Inc.'
    >>> held_after_department(Relation.OFFICER_OF, "President", "Finance of America Inc.")
    'Finance of America Inc.'
    """
    m = DEPARTMENT_OF.match(held)
    if m is None or DEPARTMENT_HEAD_ROLE.search(role) is None:
        return held  # "the Chief Executive Officer of Finance of America Inc.": its name
    if relation is Relation.DIRECTOR_OF:
        return None
    return held[m.end():] if relation is Relation.OFFICER_OF else held
