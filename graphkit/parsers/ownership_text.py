"""Forms 3/4/5 filed as ASCII text (before the 2003 XML mandate).

Old text Form 4s are typed replicas of the paper form: numbered boxes ("1. Name and Address of
Reporting Person", "2. Issuer Name and Ticker or Trading Symbol", "6. Relationship of Reporting
Person(s) to Issuer") followed by the transaction tables. The relationship is often *only*
reliable in the EDGAR SGML header (``<RELATIONSHIP>DIRECTOR``), so both are read: a box checked
in the text or a relationship named in the header gives ``director_of``, ``officer_of`` or
``beneficial_owner_of`` (noted "ten percent owner"). Names come from the form text where printed
(the header's conformed name, "FOSTER ALAN H", is kept as a spelling), CIKs from the header.

The transaction tables of text forms are free-hand ASCII; their amounts are not read (a
``holdings-not-read`` warning says so when a table is present).

Examples
--------
>>> text = ("FORM 4\\nSTATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\\n"
...         "1. Name and Address of Reporting Person\\n   Doe, Jane Q.\\n   1 Main St\\n"
...         "2. Issuer Name and Ticker or Trading Symbol\\n   Widget Corp.\\n   WDG\\n"
...         "6. Relationship of Reporting Person(s) to Issuer\\n"
...         "   (X) Director ( ) 10% Owner ( ) Officer (give title below) ( ) Other\\n")
>>> rec = parse_ownership_text(SourceText("f4.txt", text))
>>> [(rec.party(c.source).name, c.relation.value, rec.party(c.target).name) for c in rec.claims]
[('Doe, Jane Q.', 'director_of', 'Widget Corp.')]
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit.dates import parse_date
from graphkit.detect import form_family
from graphkit.errors import ParseError
from graphkit.models import Claim, FilingRecord, FormFamily, Issuer, Signature, SubmissionHeader
from graphkit.parsers.xmldoc import PartyList, cik, next_claim_id
from graphkit.source import SourceText

#: Box 1 and the first line under it, e.g. "1. Name and Address of Reporting Person\n  Foster, Alan H."
REPORTING_PERSON_BOX = re.compile(r"""
    ^\s*1\.?\s+Name\s+and\s+Address\s+of\s+Reporting\s+Person[^\n]*\n
    (?:[ \t]*\n)*[ \t]*(?P<name>[^\n]+?)[ \t]*$
""", re.VERBOSE | re.MULTILINE | re.IGNORECASE)

#: Box 2 and the issuer name under it, e.g. "2. Issuer Name and Ticker or Trading Symbol\n  Acme Corp."
ISSUER_BOX = re.compile(r"""
    ^\s*2\.?\s+Issuer\s+Name[^\n]*\n(?:[ \t]*\n)*[ \t]*(?P<name>[^\n]+?)[ \t]*$
""", re.VERBOSE | re.MULTILINE | re.IGNORECASE)

#: A checked relationship box, e.g. "(X) Director", "[x] 10% Owner", "(X) Officer (give title"
CHECKED_RELATIONSHIP = re.compile(r"""
    [(\[]\s*[Xx]\s*[)\]]\s*(?P<box>Director|10\s*%\s*Owner|Officer|Other)
""", re.VERBOSE)

#: The signature block, e.g. "SIGNATURE OF REPORTING PERSON\n  /s/  Alan H. Foster\nDATE\nMarch 13, 2000"
SIGNATURE_BLOCK = re.compile(r"""
    SIGNATURE\s+OF\s+REPORTING\s+PERSON[^\n]*\n\s*(?:/s/)?\s*(?P<signer>[^\n]+?)\s*\n
    (?:\s*DATE\s*\n\s*(?P<date>[^\n]+))?
""", re.VERBOSE | re.IGNORECASE)

_HEADER_RELATIONS = {"DIRECTOR": "director", "OFFICER": "officer", "10% OWNER": "ten",
                     "10 PERCENT OWNER": "ten", "TEN PERCENT OWNER": "ten", "OTHER": "other"}


def _box_kind(box: str) -> str:
    b = box.lower()
    return "director" if b.startswith("director") else "officer" if b.startswith(
        "officer") else "other" if b.startswith("other") else "ten"


def parse_ownership_text(src: SourceText, header: Optional[SubmissionHeader] = None
                         ) -> FilingRecord:
    """Read a text Form 3/4/5 (with its SGML header when there is one) into a record.

    Raises
    ------
    ParseError
        If neither the text nor the header names the issuer and a reporting person.

    See also
    --------
    graphkit.parsers.ownership_xml.parse_ownership_xml
    """
    text = src.text
    companies = header.companies if header else []
    subject = next((c for c in companies if c.role in ("issuer", "subject_company")), None)
    owners_hdr = [c for c in companies if c.role == "reporting_owner"]
    m_iss = ISSUER_BOX.search(text)
    issuer_name = m_iss["name"] if m_iss else (subject.name if subject else None)
    m_rp = REPORTING_PERSON_BOX.search(text)
    if not issuer_name or not (m_rp or owners_hdr):
        raise ParseError("text ownership form without issuer or reporting person boxes",
                         source=src.path)
    book = PartyList()
    ip = book.add(issuer_name, roles=["issuer"], identifiers=cik(subject.cik if subject else None),
                  evidence=src.evidence(m_iss.start("name"), m_iss.end("name"), "box 2")
                  if m_iss else header.evidence)
    if subject is not None and subject.name != ip.name:
        book.alias(ip, subject.name, "spelling", header.evidence)
    owners = []
    if m_rp:
        owners.append(book.add(m_rp["name"], roles=["reporting_owner"], evidence=src.evidence(
            m_rp.start("name"), m_rp.end("name"), "box 1")))
    kinds: dict[str, set[str]] = {}
    for h in owners_hdr:
        p = book.add(h.name, roles=["reporting_owner"], identifiers=cik(h.cik),
                     addresses=[h.business_address] if h.business_address else [],
                     evidence=header.evidence if header else None)
        if p not in owners:
            owners.append(p)
        for rel in (h.relationship or "").upper().split(","):
            if rel.strip() in _HEADER_RELATIONS:
                kinds.setdefault(p.id, set()).add(_HEADER_RELATIONS[rel.strip()])
    boxes = [(_box_kind(m["box"]), m) for m in CHECKED_RELATIONSHIP.finditer(text)]
    if len(owners) == 1:
        for k, _ in boxes:
            kinds.setdefault(owners[0].id, set()).add(k)
    period = header.period if header and header.period else None
    claims: list[Claim] = []
    for p in owners:
        for k in ("director", "officer", "ten"):
            if k not in kinds.get(p.id, ()):
                continue
            box = next((m for kk, m in boxes if kk == k), None)
            ev = [src.evidence(box.start(), box.end(), "box 6")] if box else (
                [header.evidence] if header and header.evidence else [])
            claims.append(Claim(
                id=next_claim_id(claims), source=p.id, target=ip.id, as_of=period, evidence=ev,
                relation={"director": "director_of", "officer": "officer_of",
                          "ten": "beneficial_owner_of"}[k],
                note="ten percent owner" if k == "ten" else None))
    sigs = []
    m_sig = SIGNATURE_BLOCK.search(text)
    if m_sig:
        sigs.append(Signature(signer=m_sig["signer"].strip(), date=parse_date(m_sig["date"]),
                              evidence=src.evidence(m_sig.start(), m_sig.end(), "signature")))
    warnings = list(src.warnings)
    if re.search(r"Table\s+I\b", text):
        warnings.append(src.warn("holdings-not-read", f"{src.path}: amounts in the text "
                                 "transaction tables are not read"))
    form = (header.form_type if header and header.form_type else None) or "4"
    return FilingRecord(
        source=src.path, form=form, family=form_family(form) or FormFamily.FORM_4,
        accession_number=header.accession_number if header else None,
        issuer=Issuer(party_id=ip.id, name=ip.name, cik=subject.cik if subject else None),
        event_date=period, signature_date=sigs[0].date if sigs else None,
        filed_date=header.filed_date if header else None, parties=book.parties, claims=claims,
        signatures=sigs, warnings=warnings)
