"""Form D relationship clarifications: what the free-text "Clarification of Response"
(``relationshipClarification``) of a related person states.

A clarification names roles at the issuer ("General Partner of the Issuer", "General Partner
and Investment Manager", "Managing Member" of an LLC issuer, "Director and Executive Officer"),
roles at a related entity that holds one of them ("Managing Member of the General Partner",
"CEO of the Investment Manager", "Manager of the Managing Member", "Managing Member of the
General Partner and of the Investment Manager"), an officer's title ("Chief Financial
Officer"), or a role at the issuer's adviser stated in a sentence ("Jane Roe is an executive
officer of Acme Securities Inc., the Investment Advisor to the Issuer"); anything else is kept
as a note. A clarification that names several roles reads as its first, the others in
``also``. :func:`~graphkit.parsers.formd_roles.relate_persons` turns the reading into claims.

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

from graphkit import regex_cache
from graphkit.parsers.formd_clarify_entity import (  # noqa: F401  (re-exported)
    ENTITY_TITLE, LIST_SEPARATOR, OFFICER_OF_ADVISER, RANKED_ROLE, ROLE_AT_NAMED_ENTITY,
    entity_roles)
from graphkit.parsers.formd_titles import (DEPARTMENT, OFFICER_TITLE,  # noqa: F401
                                           TITLE_AT_ENTITY, issuer_officer_title,
                                           officer_title_at)
from graphkit.relations import Relation


class ClarificationKind(str, Enum):
    """What a relationship clarification states."""

    ROLE_AT_ISSUER = "role_at_issuer"  # "General Partner of the Issuer", "Investment Manager"
    BOX = "box"  # "Director", "Executive Officer": a role one of the boxes names
    ROLE_AT_GENERAL_PARTNER = "role_at_general_partner"  # "Manager of the general partner"
    ROLE_AT_ADVISER = "role_at_adviser"  # "Managing Member of the Investment Manager"
    ROLE_AT_MANAGING_MEMBER = "role_at_managing_member"  # "Manager of the Managing Member"
    ROLE_AT_MANAGER = "role_at_manager"  # "Executive Officer of the Manager": an LLC's managing
    #                                      member, else its investment manager (for_issuer)
    ROLE_AT_NAMED_ENTITY = "role_at_named_entity"  # "Managing Member, Acme Management LLC, its
    #                                                Manager": the entity named, ``via`` its role
    ROLE_ELSEWHERE = "role_elsewhere"  # "Director of the General Partner of the General
    #                                    Partner": a role at a party named through another
    TITLE = "title"  # "Chief Financial Officer": an officer's title
    OFFICER_OF_ADVISER = "officer_of_adviser"  # "... an executive officer of X, the Investment
    #                                            Advisor to the Issuer"
    NOTE = "note"  # anything else: kept as a note

    def __str__(self) -> str:
        return self.value


#: The relation to the issuer of the related entity a role of each kind is held at: the one
#: the issuer's general partner, investment manager or managing member holds
HELD_AT: dict[ClarificationKind, Relation] = {
    ClarificationKind.ROLE_AT_GENERAL_PARTNER: Relation.GENERAL_PARTNER_OF,
    ClarificationKind.ROLE_AT_ADVISER: Relation.INVESTMENT_MANAGER_OF,
    ClarificationKind.ROLE_AT_MANAGING_MEMBER: Relation.MANAGING_MEMBER_OF,
}
#: What a role at the issuer names an entity by, as :data:`ENTITY_KIND` reads it
ENTITY_KINDS: dict[str, ClarificationKind] = {
    "gp": ClarificationKind.ROLE_AT_GENERAL_PARTNER, "adviser": ClarificationKind.ROLE_AT_ADVISER,
    "mm": ClarificationKind.ROLE_AT_MANAGING_MEMBER, "manager": ClarificationKind.ROLE_AT_MANAGER,
}


class Clarification(BaseModel):
    """The reading of one clarification text: the role it states first, the others in
    ``also`` (each a Clarification of the same text).

    ``relation`` is the relation from the related person to the issuer (ROLE_AT_ISSUER, BOX),
    to the related entity a role of :data:`HELD_AT` is held at, or to a party named through
    such an entity (ROLE_ELSEWHERE: "the General Partner of the General Partner"; ``via`` the
    kind it would be were ``through``, the party as written, the issuer); ``title`` an
    officer's title; ``adviser`` the adviser named by an OFFICER_OF_ADVISER clarification.
    ``all_issuers``: the role is stated at every issuer ("General Partner of the Issuers");
    ``if_llc``: the role is the issuer's only when the issuer is a limited liability company
    (a "Managing Member", "Manager" or "Sole Member": an LLC's; of a partnership issuer
    "Managing Member" means its general partner's). ``named``: a party the text names by its
    name, for the caller to check, who knows the parties: the issuer a role or title is
    stated of ("General Partner of Acme Fund II-A, L.P.", "CEO of Acme Biotech, Inc."), or the
    related entity a role is held at, named after it ("Managing Member of the General Partner,
    Acme GP, LLC").
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    kind: ClarificationKind
    relation: Optional[Relation] = None
    title: Optional[str] = None
    adviser: Optional[str] = None
    through: Optional[str] = None
    via: Optional[ClarificationKind] = None
    all_issuers: bool = False
    if_llc: bool = False
    named: Optional[str] = None
    lp_relation: Optional[Relation] = None
    also: tuple[Clarification, ...] = ()

    def for_issuer(self, form: Optional[str]) -> Clarification:
        """This reading at an issuer of legal ``form`` (:func:`~graphkit.parsers.
        formd_issuers.issuer_form`): a "Manager" is an LLC's managing member, and any other
        issuer's (a partnership's, a trust's) investment manager (``lp_relation``); the
        manager a role is held at is the one holding either.

        >>> c = read_clarification("Manager of the Issuer")
        >>> c.for_issuer("lp").relation.value, c.for_issuer("llc").relation.value
        ('investment_manager_of', 'managing_member_of')
        >>> read_clarification("CFO of the Manager").for_issuer("lp").kind.value
        'role_at_adviser'
        """
        manager = (ClarificationKind.ROLE_AT_MANAGING_MEMBER if form == "llc"
                   else ClarificationKind.ROLE_AT_ADVISER)
        update: dict = {"also": tuple(a.for_issuer(form) for a in self.also)}
        if self.lp_relation is not None and form != "llc":  # a trust's, a corporation's too
            update.update(relation=self.lp_relation, if_llc=False)
        if self.kind == ClarificationKind.ROLE_AT_MANAGER:
            update["kind"] = manager
        if self.via == ClarificationKind.ROLE_AT_MANAGER:
            update["via"] = manager
        return self.model_copy(update=update)

    def roles(self) -> tuple[Clarification, ...]:
        """Every role the text states, the first one first.

        >>> [c.relation.value for c in read_clarification("General Partner and Investment "
        ...                                               "Manager").roles()]
        ['general_partner_of', 'investment_manager_of']
        """
        return (self, *self.also)


#: A related entity that holds a role at the issuer, named by that role: "the General
#: Partner", "GP", "the Issuer's general partner", "the Investment Manager", "the Investment
#: Adviser", "the Adviser", "the Managing Member" (read by :data:`ENTITY_KIND`)
_ENTITY = r"""(?:the\s+|its\s+)?(?:(?:issuer|fund|company|partnership|registrant)['’]?s\s+)?
    (?:general\s+partner|GP|(?:investment|fund)\s+(?:manager|advis[oe]r)|advis[oe]r
      |managing\s+member|manager)\b"""
#: The kind of a role held at an entity of :data:`_ENTITY`, by the entity's role
ENTITY_KIND = regex_cache.compile(r"""
    ^(?:the\s+|its\s+)?(?:(?:issuer|fund|company|partnership|registrant)['’]?s\s+)?
    (?:(?P<gp>general\s+partner|GP)|(?P<adviser>(?:investment|fund)\s+(?:manager|advis[oe]r)
      |advis[oe]r)|(?P<mm>managing\s+member)|(?P<manager>manager))$
""", re.VERBOSE | re.IGNORECASE)

#: An entity of a list after the first (:data:`ROLE_AT_ENTITY`), unless it is a role held
#: at another party: "Managing Member" of "... of the General Partner and Managing Member of
#: the Investment Manager" (or "of the Manager", "of Acme Holdings, LLC": any "of" but the
#: issuer's) is a role, and what follows "of" the party it is held at; a general partner or
#: an investment manager is one only before "of <an entity>" ("... and Investment Manager of
#: Acme Parallel Fund II, L.P.": the fund is the whole list's, review formd17 H1); none a
#: party is named through ("'s")
_LIST_ENTITY = rf"""(?:(?=(?:the\s+|its\s+)?managing\s+member\b){_ENTITY}
      (?!\s*(?:['’]s\b|(?:of|to|at)\s+(?!(?:the\s+)?
        (?:issuer|fund|partnership|company|issuers|funds|partnerships|companies)\b)))
    |(?!(?:the\s+|its\s+)?managing\s+member\b){_ENTITY}
      (?!\s*(?:['’]s\b|(?:of|to|at)\s+{_ENTITY})))"""

#: Roles held at related entities, each named by its role at the issuer: "Managing Member of
#: the General Partner", "Manager of the general partner of the Issuer", "Director of general
#: partner", "CEO of the General Partner", "Managing Member of the Investment Manager",
#: "Manager of the Managing Member", "Managing Member of the General Partner and of the
#: Investment Manager"; a comma stands for "of the" in "Managing Member, General Partner" and
#: "Executive Officer, Investment Manager" (group ``comma``). Groups ``role``, read by
#: :func:`entity_roles`; ``at``, the entities (after the first, none that a party is named
#: through: :data:`_LIST_ENTITY`); ``rest``, what follows (:func:`_entity_roles`)
ROLE_AT_ENTITY = regex_cache.compile(rf"""
    ^\s*(?:the\s+|a\s+|an\s+|sole\s+)?(?P<role>\S.*?)
    (?:\s+(?:of|to|at|for)\s+|\s*(?P<comma>,)\s*)
    (?P<at>{_ENTITY}(?:\s*(?:,|&|\band\b)\s*(?:(?:of|to|at)\s+)?{_LIST_ENTITY})*)
    (?P<rest>.*)$
""", re.VERBOSE | re.IGNORECASE)

#: The issuer, after a role: "of the Issuer", "to the Fund", "of Registrant", "of the Issuers",
#: "of each of the Funds" (group ``plural``: a role stated at every issuer)
_ISSUER = r"""(?:of|to|for)\s+(?:(?:the|each\s+of\s+the|each)\s+)?
    (?:issuer|fund|partnership|company|registrant
      |(?P<plural>issuers|funds|partnerships|companies))\b"""
#: What may follow a role when the role is the issuer's or is held at the issuer's own
#: entity: nothing, the issuer (:data:`_ISSUER`), a defined term in brackets, a full stop (not
#: "of the General Partner" again: the general partner's own general partner; nor "'s parent")
ROLE_END = regex_cache.compile(rf"""
    ^\s*(?:{_ISSUER})?\s*(?:\(.*\))?\s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A word that opens an entity's role, not a name: "General Partner", "GP", "Investment
#: Manager", "Manager", "Managing Member" ("Officer of General Partner", "Managing Member of
#: Manager")
_ROLE_WORD = r"""(?:general\s+partner|GP|investment|fund\s+(?:manager|advis)|advis[oe]r
    |managing\s+member|manager|members?|sole\s+member)\b"""

#: Roles at the issuer, alone or in a list, then what may end them (:data:`ROLE_END`):
#: "General Partner", "General partner of the Issuer", "General Partner of Issuer ("General
#: Partner")", "Investment Manager", "investment adviser to the Fund", "Fund Manager",
#: "General Partner and Investment Manager", "General Partner of the Issuers", "Managing
#: Member", "Director and Executive Officer" (group ``roles``, each read by
#: :data:`ISSUER_ROLE`); or of an issuer named by its name: "General Partner of Acme Fund
#: II-A, L.P." (group ``name``, which the caller checks against the issuers)
ISSUER_ROLES = regex_cache.compile(rf"""
    ^\s*(?P<roles>[A-Za-z][A-Za-z\s,&\-]*?)
    (?:\s+(?P<issuer>{_ISSUER})
      |\s+(?:of|to|for)\s+(?!the\s|{_ROLE_WORD})(?P<name>(?-i:[A-Z0-9])[^()]*[^()\s]))?
    \s*(?:\(.*\))?\s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: What may follow the entity of :data:`ROLE_AT_ENTITY` when the role is held at a party
#: named through that entity, not at it: "of" or "'s" ("Director of the General Partner of
#: the General Partner", "CFO of the General Partner's parent"); the "of" is group ``of``
ROLE_THROUGH = regex_cache.compile(r"""
    ^\s*(?:(?P<of>(?:of|to)\s+(?:the\s+)?)|['’]s\b)
""", re.VERBOSE | re.IGNORECASE)

#: More after a role at an entity, after a separator or as a date: another role ("and
#: Director of the Investment Manager", "; Director of the Issuer", ", Chief Investment
#: Officer") or what is not a role (" since 2015", ", since 2015", " until 2023", " through
#: March 2021": the role is still held at the entity), group ``more``; not a word that goes
#: on with the entity's name (" Holdings LLC" of "... of GP Holdings LLC"), nor "through" a
#: party (" through Acme Holdings LLC", " through its managing member": the role is held
#: through it, review formd17 M3)
ROLE_MORE = regex_cache.compile(r"""
    ^\s*(?:[,;]\s*(?:and\s+)?|and\s+|&\s*
      |(?=(?:since|from|as\s+of|effective|until|till)\b)
      |(?=(?:through|thru)\s+(?:(?:the\s+)?(?:end|date|present|today)\b|[0-9]
          |(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s
          |Q[1-4]\b|(?:year|fiscal|mid|early|late)\b|(?:first|second|third|fourth)\s+quarter)))
    (?P<more>.*?)\s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: An organization's name after an entity, in apposition: ", Acme Growth GP II, LLC" of
#: "Managing Member of the General Partner, Acme Growth GP II, LLC" (group ``name``, ending
#: with its legal form; a defined term in brackets may follow)
APPOSITION_NAME = regex_cache.compile(r"""
    ^\s*,\s*(?P<name>(?-i:[A-Z0-9])[^;()]*?,?\s
      (?:L\.?\s?L\.?\s?C|L\.?\s?P|LLLP|Inc|Corp|Ltd|Limited|Co)\b\.?)
    \s*(?:\(.*\))?\s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: One role at the issuer in :data:`ISSUER_ROLES`, by its group: ``gp`` "General Partner",
#: "GP"; ``adviser`` "Investment Manager", "Investment Advisor", "Fund Manager"; ``mm``
#: "Managing Member", "Sole Managing Member", "Manager"; ``member`` "Sole Member"; ``box`` a
#: box's role ("Director", "Executive Officer", "Officer", "Promoter")
ISSUER_ROLE = regex_cache.compile(r"""
    ^(?:the\s+)?(?:
        (?:sole\s+)?(?P<gp>general\s+partner|GP)
      | (?P<adviser>(?:investment|fund)\s+(?:manager|advis[oe]r))
      | (?:sole\s+)?(?P<mm>managing\s+member)
      | (?:sole\s+)?(?P<manager>manager)
      | (?P<member>sole\s+member)
      | (?P<box>director|(?:executive\s+)?officer|promoter))$
""", re.VERBOSE | re.IGNORECASE)

#: The relation each group of :data:`ISSUER_ROLE` states (``box``: :data:`BOX_ROLES`)
ISSUER_ROLE_RELATIONS: dict[str, Relation] = {
    "gp": Relation.GENERAL_PARTNER_OF, "adviser": Relation.INVESTMENT_MANAGER_OF,
    "mm": Relation.MANAGING_MEMBER_OF, "member": Relation.MEMBER_OF,
    "manager": Relation.MANAGING_MEMBER_OF,
}
#: The relation of a box's role named in a clarification
BOX_ROLES: dict[str, Relation] = {
    "director": Relation.DIRECTOR_OF, "officer": Relation.OFFICER_OF,
    "executive officer": Relation.OFFICER_OF, "promoter": Relation.PROMOTER_OF,
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
    >>> c = read_clarification("Managing Member of the General Partner and of the Investment "
    ...                        "Manager")
    >>> [(r.kind.value, r.relation.value) for r in c.roles()]
    [('role_at_general_partner', 'managing_member_of'), ('role_at_adviser', 'managing_member_of')]

    See also
    --------
    graphkit.parsers.formd_roles.relate_persons
    """
    if text is None or not text.strip():
        return None
    t = " ".join(text.split())
    m = ROLE_AT_NAMED_ENTITY.match(t)
    roles_there = entity_roles(m["role"]) if m else None
    at = ENTITY_KIND.match(m["entity"]) if m and roles_there else None
    if m and roles_there and at:
        via = ENTITY_KINDS[next(g for g, v in at.groupdict().items() if v)]
        read = [Clarification(text=t, kind=ClarificationKind.ROLE_AT_NAMED_ENTITY, relation=rel,
                              title=title, adviser=m["name"].strip(" ,"), via=via)
                for rel, title in roles_there]
        return read[0].model_copy(update={"also": tuple(read[1:])})
    roles = _issuer_roles(t) or _entity_roles(t)
    if roles:
        return roles[0].model_copy(update={"also": tuple(roles[1:])})
    m = OFFICER_OF_ADVISER.search(t)
    if m:
        return Clarification(text=t, kind=ClarificationKind.OFFICER_OF_ADVISER,
                             relation=Relation.OFFICER_OF, title=m["title"],
                             adviser=m["adviser"].strip())
    title = officer_title_at(t)
    if title is not None:
        return Clarification(text=t, kind=ClarificationKind.TITLE, title=title[0],
                             named=title[1])
    return Clarification(text=t, kind=ClarificationKind.NOTE)


def _issuer_roles(t: str) -> list[Clarification]:
    """The roles at the issuer of :data:`ISSUER_ROLES`, each part read by
    :data:`ISSUER_ROLE`; none unless every part reads. Only "and" and "&" part roles at the
    issuer: a comma parts a list of boxes' roles alone ("Director, Executive Officer"), for in
    "Managing Member, General Partner" it stands for "of the" (:data:`ROLE_AT_ENTITY`), and
    "Director, Manager" says of which party neither.

    >>> [(c.kind.value, c.relation.value) for c in _issuer_roles("Director and Executive Officer")]
    [('box', 'director_of'), ('box', 'officer_of')]
    >>> [c.all_issuers for c in _issuer_roles("General Partner of the Issuers")]
    [True]
    >>> [c.if_llc for c in _issuer_roles("Managing Member of the Issuer")], _issuer_roles("Member")
    ([True], [])
    >>> _issuer_roles("Managing Member, General Partner"), _issuer_roles("Director, Manager")
    ([], [])
    >>> [c.named for c in _issuer_roles("General Partner of Acme Fund II-A, L.P.")]
    ['Acme Fund II-A, L.P.']
    """
    m = ISSUER_ROLES.match(t)
    if m is None:
        return []
    listed = m["roles"].strip()
    read = [ISSUER_ROLE.match(p.strip()) for p in LIST_SEPARATOR.split(listed)]
    if not all(read):
        return []
    groups = [next(g for g, v in r.groupdict().items() if v) for r in read if r is not None]
    commas = any(sep.strip() == "," for sep in LIST_SEPARATOR.findall(listed))
    if commas and any(g != "box" for g in groups):
        return []
    named = m["name"].strip(" ,") if m["name"] else None
    out = []
    for r, group in zip(read, groups):
        if group == "box":
            out.append(Clarification(text=t, kind=ClarificationKind.BOX, named=named,
                                     relation=BOX_ROLES[" ".join(r["box"].lower().split())]))
            continue
        out.append(Clarification(
            text=t, kind=ClarificationKind.ROLE_AT_ISSUER, relation=ISSUER_ROLE_RELATIONS[group],
            all_issuers=bool(m["plural"]), if_llc=group in ("mm", "member", "manager"),
            named=named, lp_relation=Relation.INVESTMENT_MANAGER_OF if group == "manager"
            else None))
    return out


#: The kinds of role that another role after a role at an entity may add ("Director of the
#: General Partner and Director of the Investment Manager"): roles at entities, or a box's
MORE_KINDS = frozenset({*HELD_AT, ClarificationKind.ROLE_AT_MANAGER,
                        ClarificationKind.ROLE_ELSEWHERE, ClarificationKind.BOX})


def _entity_roles(t: str) -> list[Clarification]:
    """The roles of :data:`ROLE_AT_ENTITY`: each role (:func:`entity_roles`) at each entity
    (:data:`ENTITY_KIND`). What follows the entities decides:

    - nothing, the issuer, a defined term (:data:`ROLE_END`): those roles;
    - "of ..." or "'s ..." (:data:`ROLE_THROUGH`): a role at a party named through the entity,
      one ROLE_ELSEWHERE role per role, of a single entity only;
    - an organization's name (:data:`APPOSITION_NAME`): those roles, ``named`` that name;
    - a separator and more, or a date (:data:`ROLE_MORE`): those roles, and the roles at
      entities the rest states ("and Director of the Investment Manager");
    - anything else ("Managing Member of GP Holdings LLC"): a ROLE_ELSEWHERE role.

    "<role>, <entity>" is read only when the role is not itself the general partner's or the
    investment manager's ("General Partner, Investment Manager" lists two roles).

    >>> [(c.kind.value, c.relation.value, c.title) for c in _entity_roles("Director and CEO of "
    ...                                                                   "the General Partner")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('role_at_general_partner', 'director_of', None),
     ('role_at_general_partner', 'officer_of', 'CEO')]
    >>> [(c.kind.value, c.relation.value) for c in _entity_roles("Managing Member, General "
    ...                                                          "Partner")]
    [('role_at_general_partner', 'managing_member_of')]
    >>> [c.kind.value for c in _entity_roles("Managing Member of the General Partner and "
    ...                                      "Director of the Investment Manager")]
    ['role_at_general_partner', 'role_at_adviser']
    """
    m = ROLE_AT_ENTITY.match(t)
    roles = entity_roles(m["role"]) if m else None
    if m is None or roles is None:
        return []
    role_kind = ENTITY_KIND.match(m["role"].strip())
    if m["comma"] and role_kind is not None and not (role_kind["mm"] or role_kind["manager"]):
        return []
    kinds = [_entity_kind(e) for e in LIST_SEPARATOR.split(m["at"].strip())]
    if m["comma"] and ClarificationKind.ROLE_AT_MANAGER in kinds:
        return []  # "Director, Manager": of which party neither is, unsaid
    plain = [Clarification(text=t, kind=k, relation=rel, title=title)
             for k in kinds for rel, title in roles]
    rest = m["rest"]
    if ROLE_END.match(rest):
        return plain
    app = APPOSITION_NAME.match(rest)
    if app is not None:
        return [c.model_copy(update={"named": app["name"].strip(" ,")}) for c in plain]
    through = ROLE_THROUGH.match(rest)
    more = ROLE_MORE.match(rest) if through is None else None
    if more is not None:
        then = read_clarification(more["more"])
        return plain + [r.model_copy(update={"text": t, "also": ()})
                        for r in (then.roles() if then is not None else ())
                        if r.kind in MORE_KINDS]
    if len(kinds) > 1:
        return []
    party = rest[through.end():] if through is not None and through["of"] else rest
    return [Clarification(text=t, kind=ClarificationKind.ROLE_ELSEWHERE, relation=rel,
                          title=title, through=party.strip(" ."), via=kinds[0])
            for rel, title in roles]


def _entity_kind(entity: str) -> ClarificationKind:
    """The kind of a role held at ``entity`` (one of :data:`ENTITY_KIND`)."""
    m = ENTITY_KIND.match(entity.strip())
    assert m is not None, entity  # ROLE_AT_ENTITY matched it
    return ENTITY_KINDS[next(g for g, v in m.groupdict().items() if v)]
