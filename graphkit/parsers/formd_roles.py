"""Form D related persons: the boxes of each and the claims its boxes and clarification state.

Declared once here: the related-person boxes and the relation each stands for
(:data:`BOX_RELATIONS`), and the claims a related person's boxes and clarification state
(:func:`relate_persons`, which the paper, XML and HTML parsers share). The vocabulary it reads
through lives in modules of its own and is re-exported here: the clarification
(:mod:`~graphkit.parsers.formd_clarify`), the name fields (:mod:`~graphkit.parsers.formd_names`)
and the exemption and jurisdiction codes (:mod:`~graphkit.parsers.formd_codes`).

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

from collections.abc import Sequence
from typing import TYPE_CHECKING, Optional

from pydantic import BaseModel, ConfigDict

from graphkit.models import AliasKind, Evidence, PartyKind, PartyRole
from graphkit.names import clean_name
# the vocabulary of the modules below is read through this module by the parsers and tests
from graphkit.parsers.formd_clarify import (ADVISER, GENERAL_PARTNER,  # noqa: F401
                                            OFFICER_OF_ADVISER, OFFICER_TITLE, ROLE_AT_GP,
                                            Clarification, ClarificationKind,
                                            issuer_officer_title, read_clarification)
from graphkit.parsers.formd_codes import (EXEMPTIONS, STATE_CODE, STATE_CODES,  # noqa: F401
                                          exemption_name, jurisdiction_name)
from graphkit.parsers.formd_names import (EMPTY_FIELD, LEGAL_FORM_ONLY,  # noqa: F401
                                          related_person_name)
from graphkit.parsers.formd_terms import (CLARIFICATION_TERM, clarification_terms,
                                          names_unknown_party, resolve_role_targets, term_key)
from graphkit.parsers.partybook_names import _bare_key
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


def relate_persons(b: FormDBuilder, persons: Sequence[RelatedPerson]) -> None:
    """Add the claims of each related person to ``b``: one per checked box, refined by the
    clarification.

    A clarification naming a role at the issuer ("General Partner") replaces the stand-in
    boxes (:data:`STAND_IN_BOXES`); a role at the general partner ("Managing Member of the
    General Partner") is a claim to the one related organization stated to be the general
    partner (an ``unresolved-clarification`` warning when there is not exactly one); an
    officer of the adviser makes the adviser the issuer's investment manager. A role "of" a
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
    gps = [p.party_id for p in persons
           if p.clarification is not None
           and p.clarification.kind == ClarificationKind.ROLE_AT_ISSUER
           and p.clarification.relation == Relation.GENERAL_PARTNER_OF
           and b.party(p.party_id).kind == PartyKind.ORGANIZATION]
    texts = {p.party_id: p.clarification.text for p in persons if p.clarification is not None}
    persons_ids = [p.party_id for p in persons if b.party(p.party_id).kind == PartyKind.PERSON]
    by_reference = resolve_role_targets(texts, gps, persons_ids)
    b.terms = clarification_terms(texts, gps, persons_ids)
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
        elif clar is not None and clar.kind == ClarificationKind.ROLE_AT_ISSUER:
            b.add_claim(clar.relation, pid, "issuer", clar_ev or ev,
                        note=f"clarification: {clar.text}")
            replaced = True
        elif clar is not None and (clar.kind == ClarificationKind.ROLE_AT_GENERAL_PARTNER
                                   or names_issuer(b, clar.through)):
            targets = [g for g in gps if g != pid]
            if len(targets) == 1:
                b.add_claim(clar.relation, pid, targets[0], clar_ev or ev, title=clar.title,
                            note=f"clarification: {clar.text}")
                replaced = True
            else:
                b.warn("unresolved-clarification", f"{p.name}: {clar.text!r} names the "
                       f"general partner, but {len(targets)} related entities are stated to "
                       "be it; kept as a note", evidence=clar_ev or ev)
        elif clar is not None and clar.kind == ClarificationKind.ROLE_ELSEWHERE:
            b.warn("unresolved-clarification", f"{p.name}: {clar.text!r} names a party "
                   "through the general partner that is not a related person; kept as a note",
                   evidence=clar_ev or ev)
        elif clar is not None and clar.kind == ClarificationKind.OFFICER_OF_ADVISER:
            adviser = clean_name(clar.adviser or "")
            aid = next((q.id for q in b.parties if q.name == adviser), None) or b.add_party(
                adviser, PartyKind.ORGANIZATION, [PartyRole.NAMED], clar_ev)
            b.add_claim(Relation.INVESTMENT_MANAGER_OF, aid, "issuer", clar_ev,
                        note=f"clarification: {clar.text}")
            rel = Relation.OFFICER_OF if p.kind == PartyKind.PERSON else Relation.DIRECTOR_OF
            b.add_claim(rel, pid, aid, clar_ev, title=clar.title)
        for box in person.boxes:
            _claim_box(b, person, box, replaced)


def names_issuer(b: FormDBuilder, name: Optional[str]) -> bool:
    """Whether ``name`` is the issuer's name, or a co-issuer's, but for an article, its legal
    form, case and punctuation ("Managing Member of the General Partner of Acme Fund II").

    >>> from graphkit.parsers.formd_builder import FormDBuilder
    >>> from graphkit.source import SourceText
    >>> b = FormDBuilder(SourceText(path="d.xml", text="x"))
    >>> _ = b.add_party("Acme Fund II, L.P.", "organization", ["issuer"], None, party_id="issuer")
    >>> names_issuer(b, "Acme Fund II"), names_issuer(b, "Acme Fund III"), names_issuer(b, None)
    (True, False, False)
    """
    return bool(name) and any(PartyRole.ISSUER in p.roles and _bare_key(p.name) == _bare_key(name)
                              for p in b.parties)


def _claim_box(b: FormDBuilder, person: RelatedPerson, box: str, replaced: bool) -> None:
    """The claim of one checked box, unless the clarification replaced it."""
    p, clar, ev = b.party(person.party_id), person.clarification, person.evidence
    rel = BOX_RELATIONS.get(box)
    if rel is None:
        b.warn("unknown-relationship", f"{p.name}: relationship {box!r} not known",
               evidence=ev)
        return
    if replaced and box in STAND_IN_BOXES:
        return
    if rel == Relation.OFFICER_OF and p.kind == PartyKind.ORGANIZATION:
        b.warn("role-kind-mismatch", f"{p.name}: an organization marked Executive Officer with "
               "no clarification to explain it; no claim", evidence=ev)
        return
    title = clar.title if (clar and clar.kind == ClarificationKind.TITLE
                           and rel == Relation.OFFICER_OF) else None
    noted = clar is not None and not title and clar.kind in (
        ClarificationKind.NOTE, ClarificationKind.TITLE, ClarificationKind.ROLE_AT_GENERAL_PARTNER,
        ClarificationKind.ROLE_ELSEWHERE)
    note = f"Form D box: {box}" + (f"; clarification: {clar.text}" if noted else "")
    c = b.add_claim(rel, p.id, "issuer", ev, title=title, note=note)
    extra = person.clarification_evidence
    if ev is not None and extra is not None and extra not in c.evidence:
        c.evidence.append(extra)
