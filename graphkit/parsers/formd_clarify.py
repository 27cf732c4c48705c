"""Form D relationship clarifications: what the free-text "Clarification of Response"
(``relationshipClarification``) of a related person states.

A clarification names a role at the issuer ("General Partner of the Issuer", "Investment
Manager"), a role at the issuer's general partner ("Managing Member of the General Partner"),
an officer's title ("Chief Financial Officer"), or a role at the issuer's adviser stated in a
sentence ("Jane Roe is an executive officer of Acme Securities Inc., the Investment Advisor to
the Issuer"); anything else is kept as a note. :func:`~graphkit.parsers.formd_roles.
relate_persons` turns the reading into claims.

Examples
--------
>>> c = read_clarification("Managing Member of the General Partner")
>>> (c.kind.value, c.relation.value)
('role_at_general_partner', 'managing_member_of')
>>> read_clarification("General Partner of Issuer (\\"General Partner\\")").relation.value
'general_partner_of'
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict

from graphkit.parsers.officer_titles import DEPARTMENT_SUFFIX, OFFICE
from graphkit.relations import Relation


class ClarificationKind(str, Enum):
    """What a relationship clarification states."""

    ROLE_AT_ISSUER = "role_at_issuer"  # "General Partner of the Issuer", "Investment Manager"
    ROLE_AT_GENERAL_PARTNER = "role_at_general_partner"  # "Manager of the general partner"
    ROLE_ELSEWHERE = "role_elsewhere"  # "Director of the General Partner of the General
    #                                    Partner": a role at a party named through another
    TITLE = "title"  # "Chief Financial Officer": an officer's title
    OFFICER_OF_ADVISER = "officer_of_adviser"  # "... an executive officer of X, the Investment
    #                                            Advisor to the Issuer"
    NOTE = "note"  # anything else: kept as a note

    def __str__(self) -> str:
        return self.value


class Clarification(BaseModel):
    """The reading of one clarification text.

    ``relation`` is the relation from the related person to the issuer (ROLE_AT_ISSUER), to
    the issuer's general partner (ROLE_AT_GENERAL_PARTNER) or to a party named through it
    (ROLE_ELSEWHERE: "the General Partner of the General Partner"); ``title`` an officer's title;
    ``adviser`` the adviser named by an OFFICER_OF_ADVISER clarification; ``through`` the party
    a ROLE_ELSEWHERE general partner is of, as written ("the General Partner", "Acme Fund II").
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    kind: ClarificationKind
    relation: Optional[Relation] = None
    title: Optional[str] = None
    adviser: Optional[str] = None
    through: Optional[str] = None


#: A role held at the issuer's general partner: "Managing Member of the General Partner",
#: "Manager of the general partner of the Issuer", "Director of general partner",
#: "Managing Member of GP", "CEO of the General Partner" (group ``role``, read by
#: :func:`_gp_role`: a role of :data:`_GP_ROLE_RELATIONS` or an officer's title)
ROLE_AT_GP = re.compile(r"""
    ^\s*(?:the\s+|a\s+|sole\s+)?
    (?P<role>\S.*?)
    \s+(?:of|to)\s+(?:the\s+|its\s+)?(?:issuer'?s\s+)?
    (?:general\s+partner|GP)\b(?P<rest>.*)$
""", re.VERBOSE | re.IGNORECASE)

#: What may follow "<role> of the General Partner" when the general partner is the issuer's:
#: nothing, "of the Issuer" / "of the Fund", a defined term in brackets, a full stop (not "of
#: the General Partner" again: the general partner's own general partner; nor "'s parent")
GP_END = re.compile(r"""
    ^\s*(?:(?:of|to)\s+(?:the\s+)?(?:issuer|fund|partnership|company)\b)?
    \s*(?:\(.*\))?\s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A role of :data:`_GP_ROLE_RELATIONS` with a rank that leaves the role as it is: "Senior
#: Managing Member", "Co-Managing Member", "Founding Managing Member", "Principal General
#: Partner", "Co-Manager", "Sole Member" (group ``role`` or ``plain``; not "Senior Manager" nor
#: "Senior Director": an employee's rank)
RANKED_ROLE = re.compile(r"""
    ^(?:(?:senior|founding|principal|lead|co-?|sole)[\s-]*)+
     (?P<role>managing\s+member|general\s+partner)$
  | ^(?:co-?|sole)[\s-]*(?P<plain>manager|member)$
""", re.VERBOSE | re.IGNORECASE)

#: The "of" before the party a general partner is of, left of ``rest`` of :data:`ROLE_AT_GP`:
#: " of the " of "Director of the General Partner of the General Partner"
THROUGH_OF = re.compile(r"""^\s*(?:of|to)\s+(?:the\s+)?""", re.VERBOSE | re.IGNORECASE)

#: One office of :data:`ENTITY_TITLE`: an office of :data:`~graphkit.parsers.officer_titles.
#: OFFICE` with its department, or a fund manager's rank
_ONE_TITLE = rf"""(?:(?:{OFFICE})(?:{DEPARTMENT_SUFFIX})?
    |(?:managing\s+)?partner|principal|M\.?D\.?|(?:executive\s+)?officer)"""
#: An officer's title held at an entity, the whole role of "<title> of the General Partner":
#: "CEO", "Managing Director", "Chief Executive Officer", "Vice President of Finance", a fund
#: manager's ranks ("Managing Partner", "Partner", "Principal", "MD"), "Officer"; several
#: joined by "and", "&" or a comma make one title ("President and CEO")
ENTITY_TITLE = re.compile(rf"""
    ^{_ONE_TITLE}(?:\s*(?:,|&|\band\b)\s*{_ONE_TITLE})*$
""", re.VERBOSE | re.IGNORECASE)

#: The general partner itself: "General Partner", "General partner of the Issuer",
#: "General Partner of Issuer ("General Partner")", "GP of the Fund".
GENERAL_PARTNER = re.compile(r"""
    ^\s*(?:the\s+|sole\s+)?(?:general\s+partner|GP)
    (?:\s+(?:of|to)\s+(?:the\s+)?(?:issuer|fund|partnership))?
    \s*(?:\(.*\))?\s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: The issuer's manager or adviser: "Investment Manager", "investment adviser to the Fund",
#: "Fund Manager", "Investment Advisor of the Issuer".
ADVISER = re.compile(r"""
    ^\s*(?:the\s+)?(?:investment|fund)\s+(?:manager|advis[oe]r)
    (?:\s+(?:of|to)\s+(?:the\s+)?(?:issuer|fund|partnership))?
    \s*(?:\(.*\))?\s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A person who is an officer of the issuer's adviser: "Jane Q. Roe is an executive
#: officer of Acme Securities Inc., the Investment Advisor to the Issuer."
OFFICER_OF_ADVISER = re.compile(r"""
    \bis\s+(?:an?\s+|the\s+)?(?P<title>(?:executive\s+)?officer|president|director
                                   |managing\s+member|principal|chief\s+\w+\s+officer)
    \s+of\s+(?P<adviser>[^,]+?(?:,\s*(?:Inc|LLC|L\.?P|Ltd|Corp)\.?)?)
    ,\s+(?:the\s+)?(?:investment|fund)\s+(?:manager|advis[oe]r)\s+(?:of|to)\s+the\s+(?:issuer|fund)
""", re.VERBOSE | re.IGNORECASE)

#: An officer's title: "Chief Financial Officer", "CEO", "President and CEO",
#: "Chief Executive Officer and Member of the Board of Managers" (title part kept).
OFFICER_TITLE = re.compile(r"""
    ^\s*(?P<title>
        (?:(?:co-?|senior\s+|executive\s+)?vice\s+)?president(?:\s+and\s+(?:CEO|COO|CFO))?
      | chief\s+[a-z]+(?:\s+[a-z]+)?\s+officer
      | C[EFO]O | treasurer | (?:corporate\s+)?secretary | general\s+counsel
      | managing\s+director | (?:executive\s+)?chairman
    )\b
""", re.VERBOSE | re.IGNORECASE)

#: What places an officer's title (:data:`OFFICER_TITLE`) at a party other than the issuer,
#: after the title (and its department, :data:`DEPARTMENT`): "of the General Partner", "of
#: Acme Capital LLC", ", General Partner", "at the Investment Manager" (not "of the Issuer",
#: "of the Company", "and Member of the Board of Managers")
TITLE_HELD_ELSEWHERE = re.compile(r"""
    (?<!board\s)\b(?:of|at|to|for)\s+(?!(?:the\s+)?(?:issuer|company|fund|partnership|board)\b)
  | \b(?:general\s+partner|GP|investment\s+(?:manager|advis[oe]r)|managing\s+member)\b
""", re.VERBOSE | re.IGNORECASE)

#: A department after an officer's title: " of Finance" of "Vice President of Finance"
DEPARTMENT = re.compile(DEPARTMENT_SUFFIX, re.VERBOSE | re.IGNORECASE)

_GP_ROLE_RELATIONS: dict[str, Relation] = {
    "managing member": Relation.MANAGING_MEMBER_OF,
    "manager": Relation.MANAGING_MEMBER_OF,
    "member": Relation.MEMBER_OF,
    "director": Relation.DIRECTOR_OF,
    "general partner": Relation.GENERAL_PARTNER_OF,
}


def read_clarification(text: str | None) -> Clarification | None:
    """Read a Form D relationship clarification; None for an empty one.

    >>> read_clarification("Chief Executive Officer and Member of the Board of Managers").title
    'Chief Executive Officer'
    >>> read_clarification("Fund Manager").relation.value
    'investment_manager_of'
    >>> read_clarification("Director of general partner").relation.value
    'director_of'
    >>> read_clarification("Member of the Board of Managers").kind.value
    'note'
    >>> read_clarification("Director of the General Partner of the General Partner").kind.value
    'role_elsewhere'

    See also
    --------
    BOX_RELATIONS
    """
    if text is None or not text.strip():
        return None
    t = " ".join(text.split())
    if GENERAL_PARTNER.match(t):
        return Clarification(text=t, kind=ClarificationKind.ROLE_AT_ISSUER,
                             relation=Relation.GENERAL_PARTNER_OF)
    if ADVISER.match(t):
        return Clarification(text=t, kind=ClarificationKind.ROLE_AT_ISSUER,
                             relation=Relation.INVESTMENT_MANAGER_OF)
    m = ROLE_AT_GP.match(t)
    role = _gp_role(m["role"]) if m else None
    if m and role is not None:
        if GP_END.match(m["rest"]):
            return Clarification(text=t, kind=ClarificationKind.ROLE_AT_GENERAL_PARTNER,
                                 relation=role[0], title=role[1])
        return Clarification(text=t, kind=ClarificationKind.ROLE_ELSEWHERE, relation=role[0],
                             title=role[1], through=THROUGH_OF.sub("", m["rest"]).strip(" ."))
    m = OFFICER_OF_ADVISER.search(t)
    if m:
        return Clarification(text=t, kind=ClarificationKind.OFFICER_OF_ADVISER,
                             relation=Relation.OFFICER_OF, title=m["title"],
                             adviser=m["adviser"].strip())
    title = issuer_officer_title(t)
    if title is not None:
        return Clarification(text=t, kind=ClarificationKind.TITLE, title=title)
    return Clarification(text=t, kind=ClarificationKind.NOTE)


def issuer_officer_title(text: str) -> Optional[str]:
    """The officer's title that opens ``text`` (:data:`OFFICER_TITLE`), unless what follows
    places it at another party than the issuer (:data:`TITLE_HELD_ELSEWHERE`, after the
    title's department): a title "of the General Partner" is the general partner's.

    >>> issuer_officer_title("CEO of the Issuer"), issuer_officer_title("Vice President of Finance")
    ('CEO', 'Vice President')
    >>> issuer_officer_title("CEO of the General Partner") is None
    True
    """
    m = OFFICER_TITLE.match(text)
    if m is None:
        return None
    dept = DEPARTMENT.match(text, m.end())
    if TITLE_HELD_ELSEWHERE.search(text, dept.end() if dept else m.end()):
        return None
    return m["title"]


def _gp_role(role: str) -> Optional[tuple[Relation, Optional[str]]]:
    """The relation and title a role held at an entity states: a role of
    :data:`_GP_ROLE_RELATIONS` ("Managing Member", "Senior Managing Member": no title), an
    officer's title
    (:data:`ENTITY_TITLE`: ``officer_of`` with the title as written), else None.

    >>> _gp_role("Co-Managing Member")
    (<Relation.MANAGING_MEMBER_OF: 'managing_member_of'>, None)
    >>> _gp_role("CEO")
    (<Relation.OFFICER_OF: 'officer_of'>, 'CEO')
    >>> _gp_role("Limited Partner") is None
    True
    """
    key = " ".join(role.lower().split())
    ranked = RANKED_ROLE.match(key)
    if ranked:
        key = " ".join((ranked["role"] or ranked["plain"]).split())
    if key in _GP_ROLE_RELATIONS:
        return _GP_ROLE_RELATIONS[key], None
    if ENTITY_TITLE.match(role):
        return Relation.OFFICER_OF, role
    return None

