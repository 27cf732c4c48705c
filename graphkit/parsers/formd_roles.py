"""Form D vocabulary shared by the paper, XML and HTML parsers.

Declared once here: the related-person boxes and the relation each stands for, the reading of the
free-text "Clarification of Response" (``relationshipClarification``), the federal exemption
codes, and the EDGAR state/country codes used for jurisdictions.

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
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict

from rapidfuzz import fuzz

from graphkit.models import (Alias, AliasKind, Claim, Evidence, FilingWarning, Identifier,
                             IdentifierScheme, Party, PartyKind, PartyRole, Reading, Signature,
                             SubmissionHeader)
from graphkit.ocr import repair_place
from graphkit.source import SourceText
from graphkit.relations import Relation

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


# --- building one Form D record (shared by the text, XML and HTML parsers) -------------------

#: Words split off a person's name before comparing a signer with a related person.
_NAME_TOKEN = re.compile(r"""
    [A-Za-z][A-Za-z'\-]+     # "Roe", "O'Hara"; single initials are left out
""", re.VERBOSE)


def name_tokens(name: str) -> frozenset[str]:
    """Lower-case words of a person's name, without initials, order-free.

    >>> sorted(name_tokens("Roe, Jane")) == sorted(name_tokens("Jane Roe"))
    True
    >>> sorted(name_tokens("/s/ John Q. Public"))
    ['john', 'public']
    """
    return frozenset(w.lower() for w in _NAME_TOKEN.findall(name.replace("/s/", " ")))


class FormDBuilder:
    """Collects the parties, claims and warnings of one Form D record.

    Party ids are ``issuer``, ``p1``, ``p2``...; claim ids ``c1``, ``c2``... Every party and
    claim is added with its evidence.

    >>> from graphkit.source import SourceText
    >>> b = FormDBuilder(SourceText(path="d.txt", text="Roe, Jane"))
    >>> pid = b.add_party("Roe, Jane", "person", ["related_person"], b.src.evidence(0, 9))
    >>> b.add_claim(Relation.OFFICER_OF, pid, "issuer", b.src.evidence(0, 9)).relation.value
    'officer_of'
    """

    def __init__(self, src: SourceText) -> None:
        self.src = src
        self.parties: list[Party] = []
        self.claims: list[Claim] = []
        self.warnings: list[FilingWarning] = []

    def add_party(self, name: str, kind: PartyKind | str, roles: list[PartyRole] | list[str],
                  evidence: Evidence | None, *, party_id: str | None = None,
                  addresses: list[str] | None = None, jurisdiction: str | None = None,
                  readings: list[Reading] | None = None,
                  identifiers: list[Identifier] | None = None) -> str:
        """Add a party and return its id."""
        pid = party_id or f"p{sum(1 for p in self.parties if p.id != 'issuer') + 1}"
        self.parties.append(Party(
            id=pid, name=name, kind=kind, roles=list(roles), jurisdiction=jurisdiction,
            addresses=[a for a in (addresses or []) if a], readings=list(readings or []),
            identifiers=list(identifiers or []),
            evidence=[evidence] if evidence is not None else []))
        return pid

    def party(self, pid: str) -> Party:
        """The party with id ``pid``."""
        return next(p for p in self.parties if p.id == pid)

    def add_claim(self, relation: Relation, source: str, target: str,
                  evidence: Evidence | None, *, title: str | None = None,
                  note: str | None = None, readings: list[Reading] | None = None) -> Claim:
        """Add a claim (``source`` → ``target``) unless the same one is already there."""
        for c in self.claims:
            if (c.relation, c.source, c.target) == (relation, source, target):
                if evidence is not None and evidence not in c.evidence:
                    c.evidence.append(evidence)
                if title and not c.title:
                    c.title = title
                return c
        c = Claim(id=f"c{len(self.claims) + 1}", relation=relation, source=source,
                  target=target, title=title, note=note, readings=list(readings or []),
                  evidence=[evidence] if evidence is not None else [])
        self.claims.append(c)
        return c

    def warn(self, code: str, message: str, pos: int | None = None) -> None:
        """Record a warning located at character ``pos`` of the source text."""
        self.warnings.append(self.src.warn(code, message, pos))

    def find_person(self, name: str) -> str | None:
        """The id of the one person whose name has the same words as ``name``, if any."""
        want = name_tokens(name)
        if not want:
            return None
        hits = [p.id for p in self.parties
                if p.kind == "person" and name_tokens(p.name) == want]
        return hits[0] if len(hits) == 1 else None

    def attach_signatures(self, signatures: list[Signature], issuer_id: str = "issuer"
                          ) -> None:
        """Tie each signer to a related person of the same name (or add the signer), put the
        signer's title on that person's officer claim when it is an officer's title
        ("Chief Financial Officer", not "Managing Member of GP of Issuer"), and date every
        claim with the first signature date."""
        for sig in signatures:
            pid = self.find_person(sig.signer)
            if pid is None:
                pid = self.add_party(sig.signer, PartyKind.PERSON, [PartyRole.SIGNER],
                                     sig.evidence)
                continue
            p = self.party(pid)
            if PartyRole.SIGNER not in p.roles:
                p.roles.append(PartyRole.SIGNER)
            if sig.signer != p.name and sig.signer not in p.all_names():
                p.aliases.append(Alias(name=sig.signer, how=AliasKind.SIGNATURE,
                                       evidence=sig.evidence))
            for c in self.claims:
                if (c.source == pid and c.target == issuer_id and c.relation ==
                        Relation.OFFICER_OF and not c.title and sig.title
                        and OFFICER_TITLE.match(sig.title)):
                    c.title = sig.title
                    if sig.evidence is not None:
                        c.evidence.append(sig.evidence)
        dated = [s.date for s in signatures if s.date]
        if dated:
            for c in self.claims:
                if c.as_of is None:
                    c.as_of = dated[0]

    def apply_header(self, header: SubmissionHeader | None, issuer_id: str = "issuer", issuer_cik: str | None = None
                     ) -> str | None:
        """Put CIKs on the issuer (``issuer_cik`` or the header's only/same-named company)
        and on parties named like a header company; return the issuer CIK."""
        def norm(s: str) -> str:
            return re.sub(r"[^a-z0-9]", "", s.lower())

        def add_cik(pid: str, cik: str) -> None:
            p = self.party(pid)
            ident = Identifier(scheme=IdentifierScheme.CIK, value=cik.zfill(10))
            if ident not in p.identifiers:
                p.identifiers.append(ident)

        issuer = self.party(issuer_id)
        companies = list(header.companies) if header is not None else []
        if issuer_cik is None:
            same = [c for c in companies if c.cik and norm(c.name) == norm(issuer.name)]
            filers = [c for c in companies if c.cik and c.role in ("filer", "issuer",
                                                                    "subject_company")]
            pick = same or (filers if len(filers) == 1 else [])
            issuer_cik = pick[0].cik if pick else None
        if issuer_cik:
            issuer_cik = issuer_cik.strip().zfill(10)
            add_cik(issuer_id, issuer_cik)
        for c in companies:
            if not c.cik or (issuer_cik and c.cik.zfill(10) == issuer_cik):
                continue
            for p in self.parties:
                if p.id != issuer_id and fuzz.ratio(norm(p.name), norm(c.name)) >= 95:
                    add_cik(p.id, c.cik)
        return issuer_cik
