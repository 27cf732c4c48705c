"""Form D related persons: the boxes of each and the claims its boxes and clarification state.

Declared once here: the related-person boxes and the relation each stands for
(:data:`BOX_RELATIONS`), and the claims a related person's boxes and clarification state
(:func:`relate_persons`, which the paper, XML and HTML parsers share). The vocabulary it reads
through lives in modules of its own and is re-exported here: the clarification
(:mod:`~graphkit.parsers.formd_clarify`), the name fields (:mod:`~graphkit.parsers.formd_names`),
the issuers' legal forms and names (:mod:`~graphkit.parsers.formd_issuers`) and the exemption
and jurisdiction codes (:mod:`~graphkit.parsers.formd_codes`).

Form D caveat: for a partnership or LLC issuer, the "Executive Officer" and "Director" boxes are
stand-ins ("executive officers and directors of ... corporate general and managing partners of
partnership issuers"), so a clarification such as "Managing Member of the General Partner" says
what the checked box really means; the parsers let such a clarification replace those two boxes
(the "Promoter" box always stands on its own).

Examples
--------
>>> BOX_RELATIONS["Director"].value
'director_of'
>>> c = read_clarification("Managing Member of the General Partner")
>>> (c.kind.value, c.relation.value)
('role_at_general_partner', 'managing_member_of')
>>> exemption_name("06b")
'Rule 506(b)'
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple, Optional

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.models import AliasKind, Evidence, PartyKind, PartyRole
from graphkit.names import clean_name
# the vocabulary of the modules below is read through this module by the parsers and tests
from graphkit.parsers.formd_clarify import (HELD_AT, ISSUER_ROLES,  # noqa: F401
                                            OFFICER_OF_ADVISER, OFFICER_TITLE, ROLE_AT_ENTITY,
                                            Clarification, ClarificationKind,
                                            issuer_officer_title, read_clarification)
from graphkit.parsers.formd_codes import (EXEMPTIONS, STATE_CODE, STATE_CODES,  # noqa: F401
                                          exemption_name, jurisdiction_name)
from graphkit.parsers.formd_issuers import (LEGAL_FORM_END, is_llc,  # noqa: F401
                                            issuer_form, issuer_of, named_issuer, names_issuer)
from graphkit.parsers.formd_named import (names_other_party, resolve_named_roles,
                                          warn_described)
from graphkit.parsers.formd_names import (EMPTY_FIELD, LEGAL_FORM_ONLY,  # noqa: F401
                                          NameCapacity, related_person_name,
                                          split_name_capacity)
from graphkit.parsers.formd_terms import (CLARIFICATION_TERM, clarification_terms,
                                          names_unknown_party, resolve_role_targets, term_key)
from graphkit.parsers.partybook_names import _bare_key, squeeze
from graphkit.parsers.xmldoc import link_alias
from graphkit.relations import Relation

if TYPE_CHECKING:  # the builder calls back into this module's vocabulary
    from graphkit.parsers.formd_builder import FormDBuilder

#: Related-person boxes (Form D section A.2 / item 3) and the relation from the person to the
#: issuer that each checked box states.
BOX_RELATIONS: dict[str, Relation] = {
    "Promoter": Relation.PROMOTER_OF,
    "Beneficial Owner": Relation.BENEFICIAL_OWNER_OF,
    "Executive Officer": Relation.OFFICER_OF,
    "Director": Relation.DIRECTOR_OF,
    "General and/or Managing Partner": Relation.GENERAL_PARTNER_OF,
}

#: The paper form's box of a general partner: an entity so marked is the one a role "of the
#: General Partner" is held at, as one a clarification states to be the general partner.
GP_BOX = "General and/or Managing Partner"

#: Boxes that a mapped clarification replaces (see the module caveat).
STAND_IN_BOXES = frozenset({"Executive Officer", "Director"})


class RelatedPerson(BaseModel):
    """One related person as a parser found it: its party, the relationship boxes checked,
    its clarification, and where the person and the clarification were read."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    party_id: str
    boxes: tuple[str, ...] = ()
    clarification: Optional[Clarification] = None
    evidence: Optional[Evidence] = None
    clarification_evidence: Optional[Evidence] = None


def relate_persons(b: FormDBuilder, persons: Sequence[RelatedPerson],
                   entity_types: Optional[Mapping[str, Optional[str]]] = None) -> None:
    """Add the claims of each related person to ``b``: one per checked box, refined by the
    clarification.

    A clarification naming a role at the issuer ("General Partner", "General Partner and
    Investment Manager") replaces the stand-in boxes (:data:`STAND_IN_BOXES`); a bare
    "Managing Member" is the issuer's only when the issuer is an LLC (:func:`is_llc`, by its
    ``entity_types`` entry, the form's entity type, else its name). A role at a related entity
    named by its role at the issuer ("Managing Member of the General Partner", "Director of the
    Investment Adviser", "Manager of the Managing Member") is a claim to the one related
    organization stated to hold that role (or, for the general partner, marked with the paper
    form's :data:`GP_BOX`; an ``unresolved-clarification`` warning when there is not exactly
    one); an officer of the adviser makes the adviser the issuer's investment
    manager; a box's role ("Director and Executive Officer") is that box's claim.

    Co-issuers (the other parties of ``b`` with the issuer role): a role stated at every
    issuer ("General Partner of the Issuers") is claimed of each; the one related entity stated
    to be the general partner is also the general partner of each co-issuer that is a
    partnership (:func:`issuer_form`; the form lists "each general and managing partner of
    partnership issuers"). Two or more general partners with co-issuers give a
    ``co-issuers-unpaired`` warning: which is whose is not stated, and each is claimed of the
    primary issuer only. A box does not say which issuer it is checked for: its claim is the
    primary issuer's.

    A role "of" a
    related person named by the term its own clarification defines ('The general partner of
    Holdings', 'of the GP of the GP') is a claim to that person, and each defined term is kept
    as its person's alias (:mod:`graphkit.parsers.formd_terms`). An organization
    with only the "Executive Officer" box gets no claim (``role-kind-mismatch``), and an
    unknown box none either (``unknown-relationship``). Warnings sit on the line the person
    (or the clarification) was read from.

    >>> from graphkit.parsers.formd_builder import FormDBuilder
    >>> from graphkit.source import SourceText
    >>> b = FormDBuilder(SourceText(path="d.xml", text="x"))
    >>> _ = b.add_party("Fund, LP", PartyKind.ORGANIZATION, [PartyRole.ISSUER], None,
    ...                 party_id="issuer")
    >>> gp = b.add_party("Fund GP, LLC", PartyKind.ORGANIZATION, [PartyRole.RELATED_PERSON], None)
    >>> roe = b.add_party("Jane Roe", PartyKind.PERSON, [PartyRole.RELATED_PERSON], None)
    >>> relate_persons(b, [
    ...     RelatedPerson(party_id=gp, boxes=("Promoter", "Director"),
    ...                   clarification=read_clarification("General Partner")),
    ...     RelatedPerson(party_id=roe, boxes=("Executive Officer",),
    ...                   clarification=read_clarification("Managing Member of GP"))])
    >>> [(c.relation.value, b.party(c.source).name, b.party(c.target).name) for c in b.claims]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('general_partner_of', 'Fund GP, LLC', 'Fund, LP'),
     ('promoter_of', 'Fund GP, LLC', 'Fund, LP'),
     ('managing_member_of', 'Jane Roe', 'Fund GP, LLC')]

    See also
    --------
    read_clarification, BOX_RELATIONS
    """
    types = entity_types or {}
    form = issuer_form(b.party("issuer").name, types.get("issuer"))
    llc = form == "llc"  # (a "Manager" is an LLC's managing member, an LP's adviser)
    roles = {p.party_id: [r for r in (x.for_issuer(form) for x in p.clarification.roles())
                          if (llc or not r.if_llc) and issuer_of(b, r) is not None]
             if p.clarification is not None else [] for p in persons}
    # related entities by the issuer (or co-issuer) and the role they are stated to hold there
    primary = _bare_key(b.party("issuer").name)  # the issuer listed again is no co-issuer
    co_issuers = [q.id for q in b.parties if PartyRole.ISSUER in q.roles and q.id != "issuer"
                  and _bare_key(q.name) != primary]
    held_by: dict[str, dict[Relation, list[str]]] = {"issuer": {}}
    every: list[tuple[str, Relation, str]] = []  # roles "of the Issuers", at each co-issuer
    for person in persons:
        pid = person.party_id
        stated = [(issuer_of(b, r) or "issuer", r.relation) for r in roles[pid]
                  if r.kind == ClarificationKind.ROLE_AT_ISSUER]
        every += [(co, r.relation, pid) for r in roles[pid] if r.all_issuers
                  and r.kind == ClarificationKind.ROLE_AT_ISSUER for co in co_issuers]
        if GP_BOX in person.boxes:  # the paper form's box
            stated.append(("issuer", Relation.GENERAL_PARTNER_OF))
        for at, rel in stated:
            held_at = held_by.setdefault(at, {})
            if b.party(pid).kind == PartyKind.ORGANIZATION and pid not in held_at.get(rel, []):
                held_at.setdefault(rel, []).append(pid)
    named = {(co, rel) for co, rels in held_by.items() for rel in rels}
    for co, rel, pid in every:  # where no one is stated of the co-issuer by its name (review
        held_at = held_by.setdefault(co, {})  # s17b M4)
        if b.party(pid).kind == PartyKind.ORGANIZATION and (co, rel) not in named and \
                pid not in held_at.get(rel, []):
            held_at.setdefault(rel, []).append(pid)
    held = held_by["issuer"]
    gps = held.get(Relation.GENERAL_PARTNER_OF, [])
    if co_issuers and len(gps) > 1:
        b.warn("co-issuers-unpaired", f"{len(gps)} general partners are listed for "
               f"{len(co_issuers) + 1} issuers; which is whose is not stated: each is claimed "
               "of the primary issuer only")
    texts = {p.party_id: p.clarification.text for p in persons if p.clarification is not None}
    forms = {c: issuer_form(b.party(c).name, types.get(c)) for c in co_issuers}
    one_gp = gps[0] if len(gps) == 1 and not other_gp_stated(b, persons, roles, gps[0]) else None
    for_all = CoIssuers(every=co_issuers, one_gp=one_gp,
                        partnerships=[c for c, f in forms.items() if f == "lp"],
                        llcs=[c for c, f in forms.items() if f == "llc"], held_by=held_by)
    persons_ids = [p.party_id for p in persons if b.party(p.party_id).kind == PartyKind.PERSON]
    by_reference = resolve_role_targets(texts, gps, persons_ids)
    b.terms = clarification_terms(texts, gps, persons_ids)
    at_named = resolve_named_roles(b, [  # roles at a party named by its name, not an issuer
        (p.party_id, p.clarification.text, p.clarification_evidence or p.evidence)
        for p in persons if p.clarification is not None and names_other_party(b, p.clarification)
        and by_reference.get(p.party_id, (None, "issuer"))[1] == "issuer"
        and not names_unknown_party(p.clarification.text, b.terms)])
    for p in persons:  # a role stated of a name that is neither an issuer nor a related
        if by_reference.get(p.party_id, (None, "issuer"))[1] != "issuer" or (  # person (by
                p.party_id in at_named):  # reference or by its name): said so
            continue
        for r in p.clarification.roles() if p.clarification is not None else ():
            if r.kind == ClarificationKind.ROLE_AT_ISSUER and issuer_of(b, r) is None:
                b.warn("unresolved-clarification", f"{b.party(p.party_id).name}: "
                       f"{p.clarification.text!r} states a role of {r.named!r}, which is no "
                       "issuer of this filing by that name; kept as a note",
                       evidence=p.clarification_evidence or p.evidence)
    for person in persons:
        pid, clar, ev = person.party_id, person.clarification, person.evidence
        clar_ev = person.clarification_evidence
        p = b.party(pid)
        replaced = False
        term = CLARIFICATION_TERM.search(clar.text) if clar is not None else None
        if term is not None and b.terms.get(term_key(term["term"])) == pid:
            link_alias(p, term["term"], AliasKind.DEFINED_TERM, clar_ev or ev)
        if clar is not None and names_unknown_party(clar.text, b.terms):
            b.warn("unresolved-clarification", f"{p.name}: {clar.text!r} names a party that "
                   "is not a related person; kept as a note", evidence=clar_ev or ev)
        elif by_reference.get(pid, (None, "issuer"))[1] != "issuer":
            rel, target = by_reference[pid]  # "general partner of Holdings": a related person
            b.add_claim(rel, pid, target, clar_ev or ev, note=f"clarification: {clar.text}")
            replaced = True
        else:
            for role in roles[pid]:
                replaced = _claim_role(b, person, role, held, for_all) or replaced
            named = at_named.get(pid)  # beside the boxes, which stay the issuer's
            for rel in named.relations if named is not None else ():
                b.add_claim(rel, pid, named.target, clar_ev or ev,
                            note=f"clarification: {clar.text}" if clar else None)
            if named is None:  # "General Partner of the Parallel Fund": which, unsaid
                warn_described(b, p.name, clar, clar_ev or ev)
        for box in person.boxes:
            _claim_box(b, person, box, replaced, roles[pid])


#: What a role of each kind of :data:`~graphkit.parsers.formd_clarify.HELD_AT` is held at,
#: in warnings
ENTITY_NOUN: dict[ClarificationKind, str] = {
    ClarificationKind.ROLE_AT_GENERAL_PARTNER: "general partner",
    ClarificationKind.ROLE_AT_ADVISER: "investment manager",
    ClarificationKind.ROLE_AT_MANAGING_MEMBER: "managing member",
}


class CoIssuers(NamedTuple):
    """The co-issuers of a Form D, for :func:`relate_persons`: all of them (``every``), the
    one related entity stated to be the general partner (``one_gp``, None unless exactly one),
    and the co-issuers that are partnerships."""

    every: Sequence[str] = ()
    one_gp: Optional[str] = None
    partnerships: Sequence[str] = ()
    llcs: Sequence[str] = ()
    held_by: Optional[Mapping[str, Mapping[Relation, Sequence[str]]]] = None

    def held(self, issuer: str) -> Mapping[Relation, Sequence[str]]:
        """The related entities stated to hold each role at the co-issuer ``issuer`` (the one
        general partner listed, claimed of a co-issuer that is a partnership, is its GP).

        >>> gp = Relation.GENERAL_PARTNER_OF
        >>> CoIssuers(every=["p1"], one_gp="p3", partnerships=["p1"]).held("p1")[gp]
        ['p3']
        >>> CoIssuers(every=["p1"], held_by={"p1": {gp: ["p4"]}}).held("p1")[gp]
        ['p4']
        """
        stated = dict((self.held_by or {}).get(issuer, {}))
        if Relation.GENERAL_PARTNER_OF not in stated and self.one_gp and (
                issuer in self.partnerships):
            stated[Relation.GENERAL_PARTNER_OF] = [self.one_gp]
        return stated

    def of(self, role: Clarification, pid: str) -> list[tuple[str, str]]:
        """The co-issuers a role at the issuer of ``pid`` is claimed of, each with a note.

        >>> c = CoIssuers(every=["p1", "p2"], one_gp="p3", partnerships=["p1"])
        >>> c.of(read_clarification("General Partner"), "p3")
        [('p1', 'the one general partner listed; co-issuer a partnership')]
        >>> [t for t, _ in c.of(read_clarification("Investment Manager of the Funds"), "p4")]
        ['p1', 'p2']
        """
        if role.all_issuers:  # an LLC's role ("Managing Member of the Funds") of the LLCs only
            return [(t, "stated of every issuer") for t in self.every
                    if not role.if_llc or t in self.llcs]
        if role.relation == Relation.GENERAL_PARTNER_OF and pid == self.one_gp:
            return [(t, "the one general partner listed; co-issuer a partnership")
                    for t in self.partnerships]
        return []


def _claim_role(b: FormDBuilder, person: RelatedPerson, role: Clarification,
                held: Mapping[Relation, Sequence[str]], co: CoIssuers = CoIssuers()) -> bool:
    """The claim of one role a clarification states (see :func:`relate_persons`); whether it
    replaces the stand-in boxes."""
    pid, p = person.party_id, b.party(person.party_id)
    at = person.clarification_evidence or person.evidence
    note = f"clarification: {role.text}"
    kind, of_whom = role.kind, ""
    through = named_issuer(b, role.through) if kind == ClarificationKind.ROLE_ELSEWHERE else None
    if through is not None and role.via is not None:
        kind = role.via  # "... of the General Partner of Acme Fund II": the issuer's
        if through != "issuer":  # a co-issuer's own general partner, if one is stated
            held, of_whom = co.held(through), f" of {b.party(through).name}"
    if kind == ClarificationKind.ROLE_AT_ISSUER:
        issuer = issuer_of(b, role) or "issuer"
        holders = [t for t in held.get(role.relation, []) if t != pid]
        if p.kind == PartyKind.PERSON and issuer == "issuer" and holders and role.relation in (
                Relation.GENERAL_PARTNER_OF, Relation.INVESTMENT_MANAGER_OF
        ) and not plain_role(person, role):
            b.warn("unresolved-clarification", f"{p.name}: {role.text!r} states a role that "
                   f"the related entity {b.party(holders[0]).name} is stated to hold; kept as "
                   "a note", evidence=at)
            return False
        b.add_claim(role.relation, pid, issuer, at, note=note)
        for target, why in (co.of(role, pid) if issuer == "issuer" else ()):
            b.add_claim(role.relation, pid, target, at, note=f"{note}; {why}")
        return True
    if kind == ClarificationKind.BOX:  # a box's role names a box; only a checked box claims
        return False
    if kind in HELD_AT:
        targets = [t for t in held.get(HELD_AT[kind], []) if t != pid]
        named = role.named is not None and len(targets) == 1 and (
            _bare_key(role.named) != _bare_key(b.party(targets[0]).name))
        if len(targets) == 1 and not named:
            b.add_claim(role.relation, pid, targets[0], at, title=role.title, note=note)
            return True
        b.warn("unresolved-clarification", f"{p.name}: {role.text!r} names the "
               f"{ENTITY_NOUN[kind]}{of_whom}, but " + (
                   f"{role.named!r} is not {b.party(targets[0]).name}, the related entity "
                   "stated to be it" if named else
                   f"{len(targets)} related entities are stated to be it") + "; kept as a note",
               evidence=at)
    elif kind == ClarificationKind.ROLE_ELSEWHERE:
        b.warn("unresolved-clarification", f"{p.name}: {role.text!r} names a party through "
               f"the {ENTITY_NOUN.get(role.via, 'general partner')} that is not a related "
               "person; kept as a note", evidence=at)
    elif kind == ClarificationKind.ROLE_AT_NAMED_ENTITY and role.via in HELD_AT:
        # "Managing Member, Acme Management LLC, its Manager.": a related person's own
        # clarification says its role (the person's sits beside the boxes, as a role at a
        # related person named by its name); else the entity is added in that role
        known = _entity_named(b, role.adviser or "", None, add=False)
        eid = known or _entity_named(b, role.adviser or "", at)
        if known is None:
            b.add_claim(HELD_AT[role.via], eid, "issuer", at, note=note)
        b.add_claim(role.relation, pid, eid, at, title=role.title, note=note)
        return known is None
    elif kind == ClarificationKind.OFFICER_OF_ADVISER:
        aid = _entity_named(b, role.adviser or "", person.clarification_evidence) or ""
        b.add_claim(Relation.INVESTMENT_MANAGER_OF, aid, "issuer",
                    person.clarification_evidence, note=note)
        rel = Relation.OFFICER_OF if p.kind == PartyKind.PERSON else Relation.DIRECTOR_OF
        b.add_claim(rel, pid, aid, person.clarification_evidence, title=role.title)
    return False


def _entity_named(b: FormDBuilder, name: str, evidence: Optional[Evidence], add: bool = True
                  ) -> Optional[str]:
    """The party of the organization a clarification names: a party of that name (but for
    case and punctuation), else a new one (None with ``add`` false)."""
    name = clean_name(name)
    found = next((q.id for q in b.parties if squeeze(q.name) == squeeze(name)), None)
    return found or (b.add_party(name, PartyKind.ORGANIZATION, [PartyRole.NAMED], evidence)
                     if add else None)


def plain_role(person: RelatedPerson, role: Clarification) -> bool:
    """Whether ``role`` is all a clarification states, unqualified ("General Partner",
    "Investment Manager of the Fund"): a person may be a general partner beside a related
    entity stated to be one (individual co-general partners), and such a role is claimed; a
    list ("General Partner and Director"), a role of the issuers or of an issuer by its name
    is not sure enough to be the person's beside that entity.

    >>> gp = read_clarification("General Partner")
    >>> plain_role(RelatedPerson(party_id="p1", clarification=gp), gp)
    True
    >>> two = read_clarification("General Partner and Director")
    >>> plain_role(RelatedPerson(party_id="p1", clarification=two), two)
    False
    """
    return (person.clarification is not None and len(person.clarification.roles()) == 1
            and role.named is None and not role.all_issuers)


def other_gp_stated(b: FormDBuilder, persons: Sequence[RelatedPerson],
                    roles: Mapping[str, Sequence[Clarification]], gp: str) -> bool:
    """Whether a related person other than ``gp`` (the one related entity read as the
    issuer's general partner) states a general partner that is not ``gp`` itself, or names a
    co-issuer: a person stated to be a general partner, a clarification that mentions a
    general partner other than as the entity a role is held at ("Offshore General Partner",
    "General Partner of <a co-issuer>"). Then which general partner is a co-issuer's is not
    known, and ``gp`` is claimed of the primary issuer only.

    >>> from graphkit.parsers.formd_builder import FormDBuilder
    >>> from graphkit.source import SourceText
    >>> b = FormDBuilder(SourceText(path="d.xml", text="x"))
    >>> _ = b.add_party("Acme Fund, L.P.", "organization", ["issuer"], None, party_id="issuer")
    >>> gp = b.add_party("Acme GP, LLC", "organization", ["related_person"], None)
    >>> off = b.add_party("Acme Offshore GP, Ltd.", "organization", ["related_person"], None)
    >>> ps = [RelatedPerson(party_id=gp, clarification=read_clarification("General Partner")),
    ...       RelatedPerson(party_id=off, clarification=read_clarification("Offshore General "
    ...                                                                    "Partner"))]
    >>> other_gp_stated(b, ps, {gp: ps[0].clarification.roles(), off: ()}, gp)
    True
    """
    co_keys = [_bare_key(q.name) for q in b.parties
               if PartyRole.ISSUER in q.roles and q.id != "issuer"]
    for person in persons:
        clar = person.clarification
        if person.party_id == gp or clar is None:
            continue
        read = roles.get(person.party_id, ())
        if any(r.relation == Relation.GENERAL_PARTNER_OF
               and r.kind == ClarificationKind.ROLE_AT_ISSUER for r in read):
            return True
        at_gp = any(r.kind == ClarificationKind.ROLE_AT_GENERAL_PARTNER for r in read)
        # a role through a co-issuer's general partner ("Managing Member of the General
        # Partner of <co-issuer>") states no general partner: it asks for one (review
        # formd17 M2)
        through_gp = bool(read) and all(r.kind == ClarificationKind.ROLE_ELSEWHERE
                                        and r.via is not None for r in read)
        if (GP_WORD.search(clar.text) and not at_gp and not through_gp) or not through_gp and any(
                k and k in squeeze(clar.text) for k in co_keys):
            return True
    return False


#: A general partner a clarification mentions other than as the party a role is "of": the
#: "General Partner" of "Offshore General Partner", "General Partner of Acme Fund II-A, L.P."
#: (not of "Member of the Investment Committee of the General Partner")
GP_WORD = regex_cache.compile(r"""
    (?<!\bof[ ])(?<!\bof[ ]the[ ])(?<!\bto[ ]the[ ])\b(?:general\s+partner|GP)\b
""", re.VERBOSE | re.IGNORECASE)


def _claim_box(b: FormDBuilder, person: RelatedPerson, box: str, replaced: bool,
               roles: Sequence[Clarification]) -> None:
    """The claim of one checked box, unless the clarification replaced it (a box whose role
    the clarification names, a BOX role, stays)."""
    p, clar, ev = b.party(person.party_id), person.clarification, person.evidence
    rel = BOX_RELATIONS.get(box)
    if rel is None:
        b.warn("unknown-relationship", f"{p.name}: relationship {box!r} not known",
               evidence=ev)
        return
    restated = any(r.kind == ClarificationKind.BOX and r.relation == rel for r in roles)
    if replaced and box in STAND_IN_BOXES and not restated:
        return
    if rel == Relation.OFFICER_OF and p.kind == PartyKind.ORGANIZATION:
        why = ("with no clarification to explain it" if clar is None else
               f"whose clarification {clar.text!r} states no role read here")
        b.warn("role-kind-mismatch", f"{p.name}: an organization marked Executive Officer "
               f"{why}; no claim", evidence=ev)
        return
    title = clar.title if (clar and clar.kind == ClarificationKind.TITLE
                           and rel == Relation.OFFICER_OF and issuer_of(b, clar) == "issuer"
                           ) else None
    noted = clar is not None and not title and not (roles and roles[0].kind in (
        ClarificationKind.ROLE_AT_ISSUER, ClarificationKind.OFFICER_OF_ADVISER,
        ClarificationKind.ROLE_AT_NAMED_ENTITY))
    note = f"Form D box: {box}" + (f"; clarification: {clar.text}" if noted else "")
    c = b.add_claim(rel, p.id, "issuer", ev, title=title, note=note)
    extra = person.clarification_evidence
    if ev is not None and extra is not None and extra not in c.evidence:
        c.evidence.append(extra)
