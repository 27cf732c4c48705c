"""Form D officers' titles: the title a related person's clarification (or a signer's title)
opens with, and the party it is held at.

An officer's title is the issuer's unless what follows it places it at another party: a
related entity named by its role ("CEO of the General Partner", "Vice President, Investment
Manager", "CFO of the Company's subsidiary"), or a party named by its name ("CEO of Acme
Capital LLC"), which is the issuer's title only when that name is the issuer's (the caller
knows the issuer: :func:`officer_title_at` returns the name, :func:`issuer_officer_title`
takes a test for it). Words for the issuer itself ("of the Corporation", "of the Registrant",
"of the Bank"), a department ("Vice President for Business Development") and a second title
("Managing Director and Head of Research") leave the title the issuer's.

Examples
--------
>>> officer_title_at("Chief Executive Officer of the Corporation")
('Chief Executive Officer', None)
>>> officer_title_at("CEO of Acme Biotech, Inc.")
('CEO', 'Acme Biotech, Inc.')
>>> officer_title_at("CEO of the General Partner") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Optional

from graphkit import regex_cache
from graphkit.parsers.officer_titles import DEPARTMENT_SUFFIX

#: One officer's title of :data:`OFFICER_TITLE`
_ONE_TITLE = r"""(?:(?:(?:co-?|senior\s+|executive\s+)?vice\s+)?president
      | chief\s+[a-z]+(?:\s+[a-z]+)?\s+officer
      | C[EFO]O | treasurer | (?:corporate\s+)?secretary | general\s+counsel
      | managing\s+director | (?:executive\s+)?chairman)\b"""
#: An officer's title, or a list of them held together: "Chief Financial Officer", "CEO",
#: "President and CEO", "CEO and President", "President, CEO" of "President, CEO, and
#: Director" (a director's seat is the form's box); "Chief Executive Officer and Member of the
#: Board of Managers" (title part kept).
OFFICER_TITLE = regex_cache.compile(rf"""
    ^\s*(?P<title>{_ONE_TITLE}(?:(?:\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+){_ONE_TITLE})*)
""", re.VERBOSE | re.IGNORECASE)

#: A department after an officer's title: " of Finance" of "Vice President of Finance"
DEPARTMENT = regex_cache.compile(DEPARTMENT_SUFFIX, re.VERBOSE | re.IGNORECASE)

#: A related entity named by its role, or a party beside the issuer: "general partner",
#: "GP", "investment manager", "adviser", "manager", "managing member", "sponsor", "parent",
#: "subsidiary", "affiliate"
_ENTITY_WORD = r"""(?:general\s+partner|GP|(?:investment\s+|fund\s+)?(?:manager|advis[oe]r)
    |managing\s+member|sponsor|parent|subsidiar(?:y|ies)|affiliates?)"""

#: What places an officer's title at a party other than the issuer, anywhere after the title
#: (and its department, :data:`DEPARTMENT`): "of the General Partner", "at the Investment
#: Manager", "to its Manager", "of the Company's subsidiary", ", General Partner" (not "of the
#: Issuer", "of the Corporation", "for Business Development", "and its Manager")
TITLE_AT_ENTITY = regex_cache.compile(rf"""
    \b(?:of|at|to|for|with)\s+(?:(?:the|its|an?)\s+)?
      (?:(?:issuer|company|fund|partnership|corporation|trust|bank|registrant)['’]s\s+\w|{_ENTITY_WORD}\b)
  | ,\s*(?:the\s+)?{_ENTITY_WORD}\b
""", re.VERBOSE | re.IGNORECASE)

#: The issuer named by a word for it, not by its name: "Issuer", "Company", "Corporation",
#: "LLC", "Trust", "REIT", "Registrant", "Bank", "Board" (of "Secretary of Board")
_ISSUER_WORD = r"""(?:issuer|company|fund|partnership|corporation|corp|LLC|trust|REIT
    |registrant|bank|board|firm|partnerships|funds|companies)\b"""

#: A region an officer's title is held for, not a party: "North America", "U.S.", "Europe"
_REGION = r"""(?:(?:north|south|east|west)(?:east|west|ern)?|central|latin|U\.?S\.?A?\b
    |united\s+states|americas?|europe|EMEA|asia|APAC|international|global|worldwide)\b"""

#: A party named by its name right after the title: "of Acme Biotech" of "CEO of Acme Biotech
#: since 2015", "at Acme Capital" (group ``name``, up to a comma, "and" or a date; a name with
#: its legal form is read first, by :data:`NAMED_ENTITY_AFTER`); not "of the Registrant", "of
#: Issuer", "of North America" (:data:`_REGION`), nor "for Business Development" ("for" names
#: a department or a region). No "^": it is matched at the title's end (``.match(text, end)``),
#: where "^" would never match
TITLE_OF_NAME = regex_cache.compile(rf"""
    \s+(?:of|at)\s+(?!(?:the\s+)?(?:{_ISSUER_WORD}|{_REGION}))
    (?P<name>(?-i:[A-Z0-9])[^;()]*?)
    \s*(?:$|[;,(]|\s(?:and|since|from|until|through|as\s+of|effective)\b)
""", re.VERBOSE | re.IGNORECASE)

#: The words of a department, a function or a region, of which a name after a title made
#: only of them is no party: "of Clinical Operations", "of Private Equity", "of Regulatory
#: Affairs", "of Asset Management", "of Investor Relations" (the issuer's title; review formd17
#: M1). Any other word makes the name a company's: "of Beta Ventura", "of Beta Asset Management",
#: "of Beta Realty" (no title at the issuer: review s17b H1)
DEPARTMENT_WORDS = frozenset("""
    clinical operations operation regulatory affairs private public equity asset assets
    management investor investors relations real estate capital markets corporate finance
    financial commercial lending banking product products development medical information
    technology technologies engineering manufacturing acquisitions acquisition business sales
    marketing human resources research legal compliance accounting tax treasury strategy
    strategic planning administration global international domestic north south east west
    america americas europe asia credit risk investments investment portfolio fixed income
    trading quantitative digital data science sciences communications government policy
    portfolios infrastructure funds fund new ventures venture growth special projects and of
    the & retail wholesale consumer institutional wealth client clients services service
    """.split())
#: A party named by a name with a legal form anywhere after the title: "of Acme Capital LLC"
#: of "CFO and Secretary of Acme Capital LLC" (group ``name``)
NAMED_ENTITY_AFTER = regex_cache.compile(r"""
    \b(?:of|at)\s+(?P<name>(?-i:[A-Z0-9])[^;()]*?,?\s
      (?:L\.?\s?L\.?\s?C|L\.?\s?P|LLLP|Inc|Corp|Ltd|Limited|Co)\b\.?)
""", re.VERBOSE | re.IGNORECASE)


def officer_title_at(text: str) -> Optional[tuple[str, Optional[str]]]:
    """The officer's title that opens ``text`` (:data:`OFFICER_TITLE`) and the name of the
    party it is stated at (:data:`NAMED_ENTITY_AFTER`, else :data:`TITLE_OF_NAME`; None: the
    issuer, or no party named); None when no title opens the text, or when what follows places
    it at a related entity named by its role (:data:`TITLE_AT_ENTITY`).

    >>> officer_title_at("Vice President for Business Development")
    ('Vice President', None)
    >>> officer_title_at("CFO and Secretary of Acme Capital LLC")
    ('CFO and Secretary', 'Acme Capital LLC')
    >>> officer_title_at("President of Acme Holdings"), officer_title_at("CEO of North America")
    (('President', 'Acme Holdings'), ('CEO', None))
    >>> officer_title_at("President of the Company's subsidiary") is None
    True
    >>> officer_title_at("Vice President of Clinical Operations")
    ('Vice President', None)
    >>> officer_title_at("President, CEO, and Director"), officer_title_at("CEO and President")
    (('President, CEO', None), ('CEO and President', None))
    """
    m = OFFICER_TITLE.match(text)
    if m is None:
        return None
    dept = DEPARTMENT.match(text, m.end())
    end = dept.end() if dept else m.end()
    if TITLE_AT_ENTITY.search(text, end):
        return None
    named = NAMED_ENTITY_AFTER.search(text, end)
    if named is None:
        named = TITLE_OF_NAME.match(text, end)
        if named is not None and all(w.lower().strip(",.") in DEPARTMENT_WORDS
                                     for w in named["name"].split()):
            named = None  # "of Clinical Operations", "of Private Equity": a department's
    return m["title"], (named["name"].strip(" ,") if named else None)


def issuer_officer_title(text: str, is_issuer: Optional[Callable[[str], bool]] = None
                         ) -> Optional[str]:
    """The officer's title that opens ``text`` when it is the issuer's (:func:`
    officer_title_at`): no party named but the issuer, or a party whose name ``is_issuer``
    accepts; None for a title "of the General Partner" or "of Acme Capital LLC".

    >>> issuer_officer_title("CEO of the Issuer"), issuer_officer_title("Vice President of Finance")
    ('CEO', 'Vice President')
    >>> issuer_officer_title("CEO of the General Partner") is None
    True
    >>> issuer_officer_title("CEO of Acme Inc.", lambda n: n == "Acme Inc.")
    'CEO'
    """
    read = officer_title_at(text)
    if read is None:
        return None
    title, name = read
    if name is None or (is_issuer is not None and is_issuer(name)):
        return title
    return None
