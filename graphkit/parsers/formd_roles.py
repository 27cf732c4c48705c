"""Form D vocabulary shared by the paper, XML and HTML parsers.

Declared once here: the related-person boxes and the relation each stands for, the reading of the
free-text "Clarification of Response" (``relationshipClarification``), the federal exemption
codes, and the EDGAR state/country codes used for jurisdictions; and, read through that
vocabulary, a related person's name fields (:func:`related_person_name`) and the claims its
boxes and clarification state (:func:`relate_persons`, which the XML and HTML parsers share).

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
>>> read_clarification("General Partner of Issuer (\\"General Partner\\")").relation.value
'general_partner_of'
>>> exemption_name("06b")
'Rule 506(b)'
>>> jurisdiction_name("D E").value
'Delaware'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING, Optional

from pydantic import BaseModel, ConfigDict

from graphkit.models import AliasKind, Evidence, PartyKind, PartyRole, Reading
from graphkit.names import clean_name, guess_kind, org_words
from graphkit.ocr import repair_place
from graphkit.parsers.formd_terms import (CLARIFICATION_TERM, clarification_terms,
                                          names_unknown_party, resolve_role_targets, term_key)
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


class ClarificationKind(str, Enum):
    """What a relationship clarification states."""

    ROLE_AT_ISSUER = "role_at_issuer"  # "General Partner of the Issuer", "Investment Manager"
    ROLE_AT_GENERAL_PARTNER = "role_at_general_partner"  # "Manager of the general partner"
    TITLE = "title"  # "Chief Financial Officer": an officer's title
    OFFICER_OF_ADVISER = "officer_of_adviser"  # "... an executive officer of X, the Investment
    #                                            Advisor to the Issuer"
    NOTE = "note"  # anything else: kept as a note

    def __str__(self) -> str:
        return self.value


class Clarification(BaseModel):
    """The reading of one clarification text.

    ``relation`` is the relation from the related person to the issuer (ROLE_AT_ISSUER) or to
    the issuer's general partner (ROLE_AT_GENERAL_PARTNER); ``title`` an officer's title;
    ``adviser`` the adviser named by an OFFICER_OF_ADVISER clarification.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    kind: ClarificationKind
    relation: Optional[Relation] = None
    title: Optional[str] = None
    adviser: Optional[str] = None


#: A role held at the issuer's general partner: "Managing Member of the General Partner",
#: "Manager of the general partner of the Issuer", "Director of general partner",
#: "Managing Member of GP".
ROLE_AT_GP = re.compile(r"""
    ^\s*(?:the\s+|a\s+|sole\s+)?
    (?P<role>managing\s+member|manager|member|director|general\s+partner|president
            |chief\s+\w+\s+officer|(?:executive\s+)?officer|principal)
    \s+(?:of|to)\s+(?:the\s+|its\s+)?(?:issuer'?s\s+)?
    (?:general\s+partner|GP)\b
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
    if m:
        role = " ".join(m["role"].lower().split())
        rel = _GP_ROLE_RELATIONS.get(role, Relation.OFFICER_OF)
        title = None if role in _GP_ROLE_RELATIONS else m["role"]
        return Clarification(text=t, kind=ClarificationKind.ROLE_AT_GENERAL_PARTNER,
                             relation=rel, title=title)
    m = OFFICER_OF_ADVISER.search(t)
    if m:
        return Clarification(text=t, kind=ClarificationKind.OFFICER_OF_ADVISER,
                             relation=Relation.OFFICER_OF, title=m["title"],
                             adviser=m["adviser"].strip())
    m = OFFICER_TITLE.match(t)
    if m:
        return Clarification(text=t, kind=ClarificationKind.TITLE, title=m["title"])
    return Clarification(text=t, kind=ClarificationKind.NOTE)


#: Federal exemption and exclusion codes of the XML Form D (``federalExemptionsExclusions``).
EXEMPTIONS: dict[str, str] = {
    "04": "Rule 504", "04.1": "Rule 504(b)(1)(i)", "04.2": "Rule 504(b)(1)(ii)",
    "04.3": "Rule 504(b)(1)(iii)", "05": "Rule 505", "06": "Rule 506",
    "06b": "Rule 506(b)", "06c": "Rule 506(c)", "4a5": "Securities Act Section 4(a)(5)",
    "3C": "Investment Company Act Section 3(c)",
    **{f"3C.{n}": f"Section 3(c)({n})" for n in range(1, 15)},
}


def exemption_name(code: str) -> str:
    """The exemption an XML code stands for; unknown codes are kept as written.

    >>> exemption_name("3C.1"), exemption_name("zz")
    ('Section 3(c)(1)', 'zz')
    """
    return EXEMPTIONS.get(code.strip(), code.strip())


#: Two-letter U.S. Postal Service codes (paper Form D jurisdiction box; "CN" Canada) and the
#: EDGAR codes of foreign places seen in Form D XML ("D0" Bermuda, "E9" Cayman Islands).
STATE_CODES: dict[str, str] = {
    k: v.replace("_", " ") for k, v in (p.split("=") for p in """
    AL=Alabama AK=Alaska AZ=Arizona AR=Arkansas CA=California CO=Colorado CT=Connecticut
    DE=Delaware DC=District_of_Columbia FL=Florida GA=Georgia HI=Hawaii ID=Idaho IL=Illinois
    IN=Indiana IA=Iowa KS=Kansas KY=Kentucky LA=Louisiana ME=Maine MD=Maryland
    MA=Massachusetts MI=Michigan MN=Minnesota MS=Mississippi MO=Missouri MT=Montana
    NE=Nebraska NV=Nevada NH=New_Hampshire NJ=New_Jersey NM=New_Mexico NY=New_York
    NC=North_Carolina ND=North_Dakota OH=Ohio OK=Oklahoma OR=Oregon PA=Pennsylvania
    RI=Rhode_Island SC=South_Carolina SD=South_Dakota TN=Tennessee TX=Texas UT=Utah VT=Vermont
    VA=Virginia WA=Washington WV=West_Virginia WI=Wisconsin WY=Wyoming PR=Puerto_Rico
    CN=Canada Z4=Canada A6=Ontario D0=Bermuda D8=British_Virgin_Islands E9=Cayman_Islands
    X0=United_Kingdom K3=Hong_Kong U0=Singapore L2=Ireland L3=Israel N4=Luxembourg
""".split())
}

#: A jurisdiction code printed in boxes, possibly spaced apart by OCR: "DE", "D E", "D0".
STATE_CODE = re.compile(r"""
    ^\s*(?P<a>[A-Z])\s?(?P<b>[A-Z0-9])\s*$     # "D E" -> DE
""", re.VERBOSE)


def jurisdiction_name(raw: str, field: str = "jurisdiction") -> Reading | None:
    """Read a jurisdiction: a postal or EDGAR code ("DE", "D E", "D0") or a place name.

    Codes become the place name (``repaired`` when the code was torn apart); names go through
    :func:`graphkit.ocr.repair_place` ("DELAWARE" -> "Delaware"). "FN" (any foreign
    jurisdiction) and unknown codes are kept as written. None when ``raw`` is empty.

    >>> jurisdiction_name("DELAWARE").value, jurisdiction_name("D0").value
    ('Delaware', 'Bermuda')
    >>> jurisdiction_name("D E").repaired
    True
    """
    if not raw or not raw.strip():
        return None
    m = STATE_CODE.match(raw)
    if m:
        code = m["a"] + m["b"]
        if code in STATE_CODES:
            torn = raw.strip() != code
            return Reading(field=field, raw=raw, value=STATE_CODES[code], repaired=torn,
                           method="code-letters-joined" if torn else None,
                           note=f"code {code}")
        return Reading(field=field, raw=raw, value=code, note="unknown jurisdiction code")
    return repair_place(raw, field=field)


# --- related persons: names, boxes and clarifications -----------------------------------------

#: Values of a name field that mean "left empty": "N/A", "NA", "None", "NONE.", "-", "n/a".
EMPTY_FIELD = re.compile(r"""
    ^\s*(?:n\.?\s?/?\s?a\.?|none\.?|not\s+applicable\.?|-+|\.)?\s*$     # N/A
""", re.VERBOSE | re.IGNORECASE)

#: A legal-form word typed alone in a name field: "Ltd.", "LLC", "L.P.", "Inc.", "LP".
LEGAL_FORM_ONLY = re.compile(r"""
    ^\s*(?:ltd|l\.?l\.?c|l\.?p|inc|corp|co|l\.?l\.?p|plc|gmbh|s\.?a|n\.?v|b\.?v)\.?\s*$   # LLC
""", re.VERBOSE | re.IGNORECASE)


def related_person_name(first: Optional[str], middle: Optional[str], last: Optional[str]
                        ) -> tuple[str, PartyKind, bool]:
    """Name, kind and whether it was reassembled, from the three name fields of a related
    person.

    Form D caveat: filers often type an entity into the person name fields (firstName "Ltd."
    lastName "Acme Fund Group", or firstName "N/A" lastName "Acme Fund II GP, LLC"); the name is
    reassembled as last name, then the legal-form word typed as first name, "N/A" dropped.

    >>> related_person_name("Ltd.", None, "Acme Fund Group")
    ('Acme Fund Group Ltd.', <PartyKind.ORGANIZATION: 'organization'>, True)
    >>> related_person_name("LLC", None, "Fund GP,")
    ('Fund GP, LLC', <PartyKind.ORGANIZATION: 'organization'>, True)
    >>> related_person_name("N/A", "N/A", "Acme, LLC")
    ('Acme, LLC', <PartyKind.ORGANIZATION: 'organization'>, True)
    >>> related_person_name("Xiaoming (Sam)", None, "Li")
    ('Xiaoming (Sam) Li', <PartyKind.PERSON: 'person'>, False)
    """
    f, m, la = (None if x is None or EMPTY_FIELD.match(x) else x.strip()
                for x in (first, middle, last))
    if f and LEGAL_FORM_ONLY.match(f):  # entity typed across the fields
        name = clean_name(" ".join(x for x in (la, m, f) if x)) if la else f
        return name, PartyKind.ORGANIZATION, True
    if not f and la:
        return clean_name(" ".join(x for x in (m, la) if x)), guess_kind(la) \
            if not org_words(la) else PartyKind.ORGANIZATION, first is not None
    name = clean_name(" ".join(x for x in (f, m, la) if x))
    if org_words(name) or "&" in name:
        return name, PartyKind.ORGANIZATION, False
    if not la or not f:
        return name, guess_kind(name), False
    return name, PartyKind.PERSON, False


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
        elif clar is not None and clar.kind == ClarificationKind.ROLE_AT_GENERAL_PARTNER:
            targets = [g for g in gps if g != pid]
            if len(targets) == 1:
                b.add_claim(clar.relation, pid, targets[0], clar_ev or ev, title=clar.title,
                            note=f"clarification: {clar.text}")
                replaced = True
            else:
                b.warn("unresolved-clarification", f"{p.name}: {clar.text!r} names the "
                       f"general partner, but {len(targets)} related entities are stated to "
                       "be it; kept as a note", evidence=clar_ev or ev)
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
        ClarificationKind.NOTE, ClarificationKind.TITLE, ClarificationKind.ROLE_AT_GENERAL_PARTNER)
    note = f"Form D box: {box}" + (f"; clarification: {clar.text}" if noted else "")
    c = b.add_claim(rel, p.id, "issuer", ev, title=title, note=note)
    extra = person.clarification_evidence
    if ev is not None and extra is not None and extra not in c.evidence:
        c.evidence.append(extra)
