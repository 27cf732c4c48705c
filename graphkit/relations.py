"""The vocabulary of relations, declared once.

Every edge in a graphkit graph carries one :class:`Relation`. Edges run from the holder or
controller to what it holds or controls. Everything else (graph building, control queries, the
HTML legend, exports) reads :data:`RELATIONS` instead of naming relations again.

Examples
--------
>>> RELATIONS[Relation.GENERAL_PARTNER_OF].label
'general partner of'
>>> Relation("member_of") in CONTROL_RELATIONS
True
>>> spec(Relation.BENEFICIAL_OWNER_OF).holding
True
"""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict


class Relation(str, Enum):
    """A kind of relationship between two parties (holder/controller → held/controlled)."""

    BENEFICIAL_OWNER_OF = "beneficial_owner_of"
    GENERAL_PARTNER_OF = "general_partner_of"
    MANAGING_MEMBER_OF = "managing_member_of"
    MEMBER_OF = "member_of"
    INVESTMENT_MANAGER_OF = "investment_manager_of"
    DIRECTOR_OF = "director_of"
    OFFICER_OF = "officer_of"
    PROMOTER_OF = "promoter_of"
    TRUSTEE_OF = "trustee_of"
    SHAREHOLDER_OF = "shareholder_of"
    PARENT_OF = "parent_of"
    CONTROL_PERSON_OF = "control_person_of"

    def __str__(self) -> str:  # print as the plain word, as in graph.json
        return self.value


class RelationSpec(BaseModel):
    """How one relation is read and shown.

    ``control`` marks relations through which a party controls another (walked by control
    queries); ``holding`` marks relations that carry share counts and percentages.
    """

    model_config = ConfigDict(frozen=True)

    relation: Relation
    label: str
    source_kinds: tuple[str, ...]
    target_kinds: tuple[str, ...]
    control: bool
    holding: bool
    description: str
    typical_text: str


def _spec(rel: Relation, label: str, src: tuple[str, ...], dst: tuple[str, ...], control: bool,
          holding: bool, description: str, typical: str) -> RelationSpec:
    return RelationSpec(relation=rel, label=label, source_kinds=src, target_kinds=dst,
                        control=control, holding=holding, description=description,
                        typical_text=typical)


_ANY = ("person", "organization")
_ORG = ("organization",)
_PERSON = ("person",)

#: The relation table (see DESIGN.md). Order is the order of the HTML legend.
RELATIONS: dict[Relation, RelationSpec] = {
    s.relation: s
    for s in (
        _spec(Relation.BENEFICIAL_OWNER_OF, "beneficial owner of", _ANY, _ORG, True, True,
              "holds, or is deemed to hold, shares of the issuer",
              "13D/13G cover rows; Form D 'Beneficial Owner'; 'is the record holder of'"),
        _spec(Relation.GENERAL_PARTNER_OF, "general partner of", _ANY, _ORG, True, False,
              "is the general partner of a partnership",
              "'X is the general partner of Y'; 'sole investment general partner'"),
        _spec(Relation.MANAGING_MEMBER_OF, "managing member of", _ANY, _ORG, True, False,
              "is a managing member of a limited liability company",
              "'the managing members of X are ...'"),
        _spec(Relation.MEMBER_OF, "member of", _ANY, _ORG, True, False,
              "is a member of a limited liability company",
              "'the members of X are ...'"),
        _spec(Relation.INVESTMENT_MANAGER_OF, "investment manager of", _ANY, _ORG, True, False,
              "manages or advises a fund or account",
              "'serves as investment manager/adviser to'"),
        _spec(Relation.DIRECTOR_OF, "director of", _ANY, _ORG, False, False,
              "sits on the board of a company", "Form D 'Director'; Form 4 isDirector"),
        _spec(Relation.OFFICER_OF, "officer of", _PERSON, _ORG, False, False,
              "is an executive officer of a company (title kept)",
              "Form D 'Executive Officer'; 'Chief Financial Officer'"),
        _spec(Relation.PROMOTER_OF, "promoter of", _ANY, _ORG, False, False,
              "promotes the issuer's offering", "Form D 'Promoter'"),
        _spec(Relation.TRUSTEE_OF, "trustee of", _ANY, _ORG, True, False,
              "is trustee of a trust", "'X, as trustee of the Y Trust'"),
        _spec(Relation.SHAREHOLDER_OF, "shareholder of", _ANY, _ORG, True, False,
              "owns (all or a controlling part of) a company",
              "'X is the sole shareholder of Y'; 'wholly owned by'"),
        _spec(Relation.PARENT_OF, "parent of", _ORG, _ORG, True, False,
              "is the parent holding company of a subsidiary",
              "'X is a wholly-owned subsidiary of Y'; HC reporting persons"),
        _spec(Relation.CONTROL_PERSON_OF, "control person of", _ANY, _ORG, True, False,
              "is stated to control a company, by no named office or holding",
              "'X is the control person of Y'; 'the controlling person of Y'"),
    )
}

#: Relations walked upward by control queries.
CONTROL_RELATIONS: frozenset[Relation] = frozenset(r for r, s in RELATIONS.items() if s.control)

#: Relations that carry shares, percentages and powers.
HOLDING_RELATIONS: frozenset[Relation] = frozenset(r for r, s in RELATIONS.items() if s.holding)


#: Relations whose held party is a partnership or a limited liability company, never a person:
#: a general partner's, a managing member's, a member's. Such a body's name nearly always shows
#: its form ("L.P.", "LLC", "Partners", "Fund"), so a held party read as a person is a misread
#: ("the general partner of Acme Fund V, L.P. Jane Roe, John Doe and ... are": the next
#: sentence's persons). Other relations are not checked: a company's name may look like a
#: person's ("director of Acme Roe"), and a trust the filing reports as an individual ("IN")
#: has its trustee.
HELD_NEVER_PERSON: frozenset[Relation] = frozenset({
    Relation.GENERAL_PARTNER_OF, Relation.MANAGING_MEMBER_OF, Relation.MEMBER_OF})


def held_kind_fits(relation: Relation | str, kind: str) -> bool:
    """False when a party of ``kind`` cannot be the held party of ``relation``: a person is no
    partnership or limited liability company (:data:`HELD_NEVER_PERSON`).

    Examples
    --------
    >>> held_kind_fits(Relation.GENERAL_PARTNER_OF, "person")
    False
    >>> held_kind_fits("general_partner_of", "organization"), held_kind_fits("trustee_of", "person")
    (True, True)

    Raises
    ------
    ValueError
        If ``relation`` is not a known relation.

    See also
    --------
    HELD_NEVER_PERSON, graphkit.parsers.xml_prose.add_prose_claims
    """
    return not (Relation(relation) in HELD_NEVER_PERSON and kind == "person")


def spec(relation: Relation | str) -> RelationSpec:
    """Return the declaration of ``relation``.

    Examples
    --------
    >>> spec("officer_of").label
    'officer of'

    Raises
    ------
    ValueError
        If ``relation`` is not a known relation.

    See also
    --------
    RELATIONS
    """
    return RELATIONS[Relation(relation)]


#: The note of a Form 3/4/5's ten percent owner box: a ``beneficial_owner_of`` claim without
#: shares (the parsers of :mod:`graphkit.parsers.ownership_xml` and ``ownership_text`` write
#: it; :mod:`graphkit.asof` ends it with the insider's other roles)
TEN_PERCENT_NOTE = "ten percent owner"

#: The note of a Form 3/4/5 box claim when the form's "no longer subject to Section 16" box is
#: checked: the insider has left the office the box names (the claim is ``ended``); a Form 4
#: or 5 may still be due for the months after
EXIT_NOTE = "no longer subject to Section 16"
