"""Form D clarifications that name the related entity a person's role is held at, with that
entity's own role at the issuer: the entity need not be a related person of the filing.

* "Managing Member, Acme Venture Management LLC, its Manager." (the person is managing member
  of Acme Venture Management LLC, which is the issuer's manager);
* "Director of Acme Capital GP, LLC, the General Partner of the Issuer";
* "Jane Q. Roe is an executive officer of Acme Securities Inc., the Investment Advisor to the
  Issuer." (a sentence: :data:`OFFICER_OF_ADVISER`).

:func:`graphkit.parsers.formd_clarify.read_clarification` reads them into its
``ROLE_AT_NAMED_ENTITY`` and ``OFFICER_OF_ADVISER`` kinds, and
:func:`graphkit.parsers.formd_roles.relate_persons` makes the entity a party with its role at
the issuer, and the person's role at the entity a claim. The entity is read only with its
legal form ("LLC", "L.P.", "Inc.") and a role at the issuer after it, so that a title "of"
another company ("Chief Financial Officer of Acme Capital LLC") is never taken for one.

Examples
--------
>>> m = ROLE_AT_NAMED_ENTITY.match("Managing Member, Acme Venture Management LLC, its Manager.")
>>> m["role"], m["name"], m["entity"]
('Managing Member', 'Acme Venture Management LLC', 'Manager')
>>> m = ROLE_AT_NAMED_ENTITY.match("Director of Acme Capital GP, LLC, the General Partner of "
...                                "the Issuer")
>>> m["role"], m["name"], m["entity"]
('Director', 'Acme Capital GP, LLC', 'General Partner')
>>> ROLE_AT_NAMED_ENTITY.match("Chief Financial Officer of Acme Capital LLC") is None
True
"""

from __future__ import annotations

import re

from typing import Optional

from graphkit import regex_cache
from graphkit.parsers.officer_titles import DEPARTMENT_SUFFIX, OFFICE
from graphkit.relations import Relation

#: Where a list of roles or of entities parts: ",", "&", "and", "and of", "and to"
LIST_SEPARATOR = regex_cache.compile(r"""
    \s*(?:,|&|\band\b)\s*(?:(?:of|to|at)\s+)?     # " and of " of "... Partner and of the ..."
""", re.VERBOSE | re.IGNORECASE)


#: A person who is an officer of the issuer's adviser: "Jane Q. Roe is an executive
#: officer of Acme Securities Inc., the Investment Advisor to the Issuer."
OFFICER_OF_ADVISER = regex_cache.compile(r"""
    \bis\s+(?:an?\s+|the\s+)?(?P<title>(?:executive\s+)?officer|president|director
                                   |managing\s+member|principal|chief\s+\w+\s+officer)
    \s+of\s+(?P<adviser>[^,]+?(?:,\s*(?:Inc|LLC|L\.?P|Ltd|Corp)\.?)?)
    ,\s+(?:the\s+)?(?:investment|fund)\s+(?:manager|advis[oe]r)\s+(?:of|to)\s+the\s+(?:issuer|fund)
""", re.VERBOSE | re.IGNORECASE)

#: A role held at an organization named by its name, then that organization's role at the
#: issuer in apposition: "Managing Member, Acme Venture Management LLC, its Manager.",
#: "Director of Acme Capital GP, LLC, the General Partner of the Issuer", "Manager of Acme GP,
#: L.P., the Issuer's general partner" (groups ``role``, read by the caller; ``name``, ending
#: with its legal form; ``entity``, the organization's role at the issuer)
ROLE_AT_NAMED_ENTITY = regex_cache.compile(r"""
    ^\s*(?:the\s+|a\s+|an\s+)?(?P<role>[A-Za-z][A-Za-z\s,&-]*?)
    (?:\s+(?:of|at)\s+|\s*,\s*)(?:the\s+)?
    (?P<name>(?-i:[A-Z0-9])[^;()]*?,?\s
      (?:L\.?\s?L\.?\s?C|L\.?\s?P|LLLP|Inc|Corp|Corporation|Ltd|Limited|Co)\.?)
    \s*,\s*(?:its\s+|the\s+(?:(?:issuer|fund|company|partnership)['’]s\s+)?)
    (?P<entity>(?:general\s+partner|GP|(?:investment|fund)\s+(?:manager|advis[oe]r)
      |advis[oe]r|managing\s+member|manager))
    (?:\s+(?:of|to)\s+(?:the\s+)?(?:issuer|fund|company|partnership))?
    \s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A role of :data:`_GP_ROLE_RELATIONS` with a rank that leaves the role as it is: "Senior
#: Managing Member", "Co-Managing Member", "Founding Managing Member", "Principal General
#: Partner", "Co-Manager", "Sole Member" (group ``role`` or ``plain``; not "Senior Manager" nor
#: "Senior Director": an employee's rank)
RANKED_ROLE = regex_cache.compile(r"""
    ^(?:(?:senior|founding|principal|lead|co-?|sole)[\s-]*)+
     (?P<role>managing\s+member|general\s+partner)$
  | ^(?:co-?|sole)[\s-]*(?P<plain>manager|member)$
""", re.VERBOSE | re.IGNORECASE)

#: One office of :data:`ENTITY_TITLE`: an office of :data:`~graphkit.parsers.officer_titles.
#: OFFICE` with its department, or a fund manager's rank
_ONE_TITLE = rf"""(?:(?:{OFFICE})(?:{DEPARTMENT_SUFFIX})?
    |(?:managing\s+)?partner|principal|M\.?D\.?|(?:executive\s+)?officer)"""
#: An officer's title held at an entity, the whole role of "<title> of the General Partner":
#: "CEO", "Managing Director", "Chief Executive Officer", "Vice President of Finance", a fund
#: manager's ranks ("Managing Partner", "Partner", "Principal", "MD"), "Officer"; several
#: joined by "and", "&" or a comma make one title ("President and CEO")
ENTITY_TITLE = regex_cache.compile(rf"""
    ^{_ONE_TITLE}(?:\s*(?:,|&|\band\b)\s*{_ONE_TITLE})*$
""", re.VERBOSE | re.IGNORECASE)

_GP_ROLE_RELATIONS: dict[str, Relation] = {
    "managing member": Relation.MANAGING_MEMBER_OF,
    "manager": Relation.MANAGING_MEMBER_OF,
    "member": Relation.MEMBER_OF,
    "director": Relation.DIRECTOR_OF,
    "general partner": Relation.GENERAL_PARTNER_OF,
}


def entity_roles(role: str) -> Optional[list[tuple[Relation, Optional[str]]]]:
    """The relations and titles that the roles held at an entity state, or None when one of
    them is not read: the whole, or each of its parts between "and", "&" and commas, is a role
    of :data:`_GP_ROLE_RELATIONS` ("Managing Member", "Senior Managing Member": no title) or an
    officer's title (:data:`ENTITY_TITLE`: ``officer_of`` with the title as written; the titles
    of several parts are joined with "and").

    >>> entity_roles("Co-Managing Member")
    [(<Relation.MANAGING_MEMBER_OF: 'managing_member_of'>, None)]
    >>> entity_roles("President and CEO")
    [(<Relation.OFFICER_OF: 'officer_of'>, 'President and CEO')]
    >>> [(r.value, t) for r, t in entity_roles("Director, CFO and Secretary")]
    [('director_of', None), ('officer_of', 'CFO and Secretary')]
    >>> entity_roles("Limited Partner") is None, entity_roles("Director and Limited Partner")
    (True, None)
    """
    one = _one_entity_role(role)
    if one is not None:
        return [one]
    parts = [_one_entity_role(p) for p in LIST_SEPARATOR.split(role.strip()) if p]
    if len(parts) < 2 or not all(parts):
        return None
    roles = [p for p in parts if p is not None and p[1] is None]
    titles = [p[1] for p in parts if p is not None and p[1] is not None]
    return roles + ([(Relation.OFFICER_OF, " and ".join(titles))] if titles else [])


def _one_entity_role(role: str) -> Optional[tuple[Relation, Optional[str]]]:
    """One role of :func:`entity_roles`, or None."""
    key = " ".join(role.lower().split())
    ranked = RANKED_ROLE.match(key)
    if ranked:
        key = " ".join((ranked["role"] or ranked["plain"]).split())
    if key in _GP_ROLE_RELATIONS:
        return _GP_ROLE_RELATIONS[key], None
    if ENTITY_TITLE.match(role):
        return Relation.OFFICER_OF, role.strip()
    return None
