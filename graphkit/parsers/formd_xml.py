"""EDGAR XML Form D (``primary_doc.xml``, ``<edgarSubmission>``), every schema version.

The electronic Form D (mandatory since March 2009; schema versions X0301 through X0708 and
later, same element names) is read with lxml by local element names, so a namespace or a
version change does not matter. A truncated or malformed document is read in lxml's recover
mode; what was read is kept and a ``malformed-xml`` warning says so.

Related persons: each ``relatedPersonInfo`` becomes a party; its ``relationship`` boxes become
claims to the issuer (:data:`~graphkit.parsers.formd_roles.BOX_RELATIONS`), refined by the free-
text ``relationshipClarification`` (:func:`~graphkit.parsers.formd_roles.read_clarification`):
"General Partner of the Issuer" → ``general_partner_of`` the issuer; "Managing Member of the
General Partner" → ``managing_member_of`` the related entity that is the general partner (when
exactly one is); "Investment Manager" → ``investment_manager_of`` the issuer; officer titles go
on the ``officer_of`` claim.

Entity names: filers often type an entity into the person name fields, e.g. firstName "Ltd."
lastName "Acme Fund Group", or firstName "N/A" lastName "Acme Fund II GP, LLC". The name
is reassembled (last name, then the legal-form word typed as first name; "N/A" dropped) and the
raw fields are kept as a :class:`~graphkit.models.Reading`.

Examples
--------
>>> from graphkit.source import SourceText
>>> xml = '''<?xml version="1.0"?><edgarSubmission><submissionType>D</submissionType>
... <primaryIssuer><cik>0000000001</cik><entityName>Acme Fund, LP</entityName></primaryIssuer>
... <relatedPersonsList><relatedPersonInfo><relatedPersonName><firstName>N/A</firstName>
... <lastName>Acme GP, LLC</lastName></relatedPersonName><relatedPersonRelationshipList>
... <relationship>Promoter</relationship></relatedPersonRelationshipList>
... <relationshipClarification>General Partner</relationshipClarification>
... </relatedPersonInfo></relatedPersonsList></edgarSubmission>'''
>>> rec = parse_formd_xml(SourceText(path="primary_doc.xml", text=xml))
>>> rec.issuer.name, rec.issuer.cik
('Acme Fund, LP', '0000000001')
>>> sorted(c.relation.value for c in rec.claims)
['general_partner_of', 'promoter_of']
"""

from __future__ import annotations

import re
from typing import Optional

from lxml import etree

from graphkit.dates import parse_date
from graphkit.errors import ParseError
from graphkit.models import (Evidence, FilingRecord, FormFamily, Identifier, IdentifierScheme,
                             Issuer, Offering, PartyKind, PartyRole, Reading, Signature,
                             SubmissionHeader)
from graphkit.names import clean_name, guess_kind, org_words
from graphkit.parsers.formd_roles import (BOX_RELATIONS, STAND_IN_BOXES, ClarificationKind,
                                          FormDBuilder, exemption_name, jurisdiction_name,
                                          read_clarification)
from graphkit.relations import Relation
from graphkit.source import SourceText

#: Values of a name field that mean "left empty": "N/A", "NA", "None", "-", "n/a".
EMPTY_FIELD = re.compile(r"""
    ^\s*(?:n\.?\s?/?\s?a\.?|none|not\s+applicable|-+|\.)?\s*$     # N/A
""", re.VERBOSE | re.IGNORECASE)

#: A legal-form word typed alone in a name field: "Ltd.", "LLC", "L.P.", "Inc.", "LP".
LEGAL_FORM_ONLY = re.compile(r"""
    ^\s*(?:ltd|l\.?l\.?c|l\.?p|inc|corp|co|l\.?l\.?p|plc|gmbh|s\.?a|n\.?v|b\.?v)\.?\s*$   # LLC
""", re.VERBOSE | re.IGNORECASE)

#: The XML declaration, blanked before parsing (lxml refuses a str with an encoding in it):
#: '<?xml version="1.0" encoding="UTF-8"?>'
XML_DECLARATION = re.compile(r"""
    ^\s*<\?xml[^>]*\?>     # <?xml version="1.0"?>
""", re.VERBOSE)


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


class _Doc:
    """The parsed tree with helpers to find elements by local name and cite them."""

    def __init__(self, src: SourceText) -> None:
        self.src = src
        text = src.text
        start = text.find("<")
        if start == -1:
            raise ParseError("no XML content", source=src.path)
        body = text[start:]
        m = XML_DECLARATION.match(body)
        if m:
            body = " " * m.end() + body[m.end():]
        self.base = start
        self.line_base = text.count("\n", 0, start)
        parser = etree.XMLParser(recover=True, huge_tree=True, remove_comments=True)
        self.root = etree.fromstring(body.encode("utf-8"), parser)
        self.errors = [e for e in parser.error_log if e.level >= 2]
        self._line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def find(self, el: Optional[etree._Element], *path: str) -> Optional[etree._Element]:
        """The first descendant chain matching ``path`` (local names), or None."""
        cur = el
        for name in path:
            if cur is None:
                return None
            cur = next((c for c in cur.iter() if c is not cur and _local(c) == name), None)
        return cur

    def findall(self, el: Optional[etree._Element], name: str) -> list[etree._Element]:
        if el is None:
            return []
        return [c for c in el.iter() if c is not el and _local(c) == name]

    def text(self, el: Optional[etree._Element], *path: str) -> Optional[str]:
        e = self.find(el, *path) if path else el
        if e is None or e.text is None:
            return None
        t = " ".join(e.text.split())
        return t or None

    def span(self, el: etree._Element) -> tuple[int, int]:
        """Character span of ``el`` in the source text (start tag to end tag)."""
        line = (el.sourceline or 1) - 1 + self.line_base
        line_start = self._line_starts[min(line, len(self._line_starts) - 1)]
        tag = _local(el)
        text = self.src.text
        s = text.find("<", line_start)
        found = re.compile(rf"<(?:\w+:)?{tag}\b").search(text, line_start)
        if found:
            s = found.start()
        close = re.compile(rf"</(?:\w+:)?{tag}\s*>").search(text, s)
        e = close.end() if close else text.find("\n", s)
        return s, (len(text) if e == -1 else e)

    def evidence(self, el: Optional[etree._Element], section: str) -> Optional[Evidence]:
        if el is None:
            return None
        s, e = self.span(el)
        return self.src.evidence(s, e, section=section)


def _address(doc: _Doc, el: Optional[etree._Element]) -> Optional[str]:
    if el is None:
        return None
    parts = [doc.text(el, k) for k in ("street1", "street2", "city")]
    state = doc.text(el, "stateOrCountry")
    zipc = doc.text(el, "zipCode")
    tail = " ".join(x for x in (state, zipc) if x)
    out = ", ".join(x for x in [*parts, tail] if x and not EMPTY_FIELD.match(x)
                    and x.upper() != "NONE")
    return out or None


def related_person_name(first: Optional[str], middle: Optional[str], last: Optional[str]
                        ) -> tuple[str, PartyKind, bool]:
    """Name, kind and whether it was reassembled, from the three name fields of a related
    person.

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


def parse_formd_xml(src: SourceText, header: SubmissionHeader | None = None) -> FilingRecord:
    """Read an EDGAR XML Form D (``<edgarSubmission>``) into a :class:`FilingRecord`.

    Parameters
    ----------
    src : SourceText
        The XML document (an XML declaration and leading text are allowed).
    header : SubmissionHeader, optional
        The EDGAR header of the submission, for accession number, filing date and CIKs.

    Raises
    ------
    ParseError
        If the document holds no readable ``primaryIssuer`` (e.g. truncated before it).

    Examples
    --------
    >>> from graphkit.source import SourceText
    >>> parse_formd_xml(SourceText(path="x.xml", text="<edgarSubmission><primaryIssuer>"))
    Traceback (most recent call last):
    ...
    graphkit.errors.ParseError: x.xml: no issuer name in the Form D XML (truncated or not a Form D)

    See also
    --------
    graphkit.parsers.formd_text.parse_formd_text
    """
    doc = _Doc(src)
    root = doc.root
    issuer_el = doc.find(root, "primaryIssuer") if root is not None else None
    issuer_name = doc.text(issuer_el, "entityName")
    if root is None or not issuer_name:
        raise ParseError("no issuer name in the Form D XML (truncated or not a Form D)",
                         source=src.path)
    b = FormDBuilder(src)
    b.warnings.extend(src.warnings)
    if doc.errors:
        e = doc.errors[0]
        b.warnings.append(src.warn("malformed-xml", f"XML read in recover mode: {e.message} "
                                   f"(line {e.line})", None))
        b.warnings[-1] = b.warnings[-1].model_copy(update={"line": e.line + doc.line_base})
    form = doc.text(root, "submissionType") or (header.form_type if header else None) or "D"
    offering = Offering()
    readings: list[Reading] = []

    # --- issuer(s) ---------------------------------------------------------------------------
    cik = doc.text(issuer_el, "cik")
    jur_raw = doc.text(issuer_el, "jurisdictionOfInc")
    jur = jurisdiction_name(jur_raw) if jur_raw else None
    if jur is not None:
        readings.append(jur.model_copy(update={"evidence": doc.evidence(
            doc.find(issuer_el, "jurisdictionOfInc"), "issuer")}))
    address = _address(doc, doc.find(issuer_el, "issuerAddress"))
    b.add_party(issuer_name, PartyKind.ORGANIZATION, [PartyRole.ISSUER],
                doc.evidence(doc.find(issuer_el, "entityName"), "issuer"), party_id="issuer",
                addresses=[address] if address else [],
                jurisdiction=str(jur.value) if jur else None)
    offering.jurisdiction = str(jur.value) if jur else None
    offering.phone = doc.text(issuer_el, "issuerPhoneNumber")
    offering.entity_type = doc.text(issuer_el, "entityType")
    other = doc.text(issuer_el, "entityTypeOtherDesc")
    if other:
        offering.entity_type = f"{offering.entity_type or 'Other'}: {other}"
    year_el = doc.find(issuer_el, "yearOfInc")
    year = doc.text(year_el, "value")
    if year and year.isdigit():
        offering.year_of_incorporation = int(year)
    elif year_el is not None:
        flag = next((_local(c) for c in year_el if doc.text(c) == "true"), None)
        if flag:
            readings.append(Reading(field="year_of_incorporation", raw=flag,
                                    note="no year given: " + flag,
                                    evidence=doc.evidence(year_el, "issuer")))
    for i, co in enumerate(doc.findall(doc.find(root, "issuerList"), "issuer"), 1):
        name = doc.text(co, "entityName")
        if not name:
            continue
        co_cik = doc.text(co, "cik")
        co_jur = jurisdiction_name(doc.text(co, "jurisdictionOfInc") or "")
        b.add_party(name, PartyKind.ORGANIZATION, [PartyRole.ISSUER],
                    doc.evidence(co, f"co-issuer {i}"),
                    addresses=[a for a in [_address(doc, doc.find(co, "issuerAddress"))] if a],
                    jurisdiction=str(co_jur.value) if co_jur else None,
                    identifiers=[Identifier(scheme=IdentifierScheme.CIK, value=co_cik.zfill(10))]
                    if co_cik else [])

    # --- related persons ---------------------------------------------------------------------
    persons = []
    for n, info in enumerate(doc.findall(doc.find(root, "relatedPersonsList"),
                                         "relatedPersonInfo"), 1):
        section = f"related person {n}"
        nm = doc.find(info, "relatedPersonName")
        fields = {k: doc.text(nm, k) for k in ("firstName", "middleName", "lastName")}
        if not any(v and not EMPTY_FIELD.match(v) for v in fields.values()):
            b.warn("empty-related-person", f"{section}: no name", doc.span(info)[0])
            continue
        name, kind, rebuilt = related_person_name(fields["firstName"], fields["middleName"],
                                                  fields["lastName"])
        ev = doc.evidence(info, section)
        prs = [Reading(field="name", raw="; ".join(f"{k}={v!r}" for k, v in fields.items()
                                                  if v is not None),
                       value=name, repaired=True, method="entity-name-fields",
                       note="entity name typed across the person name fields; reassembled",
                       evidence=doc.evidence(nm, section))] if rebuilt else []
        pid = b.add_party(name, kind, [PartyRole.RELATED_PERSON], ev,
                          addresses=[a for a in [_address(doc, doc.find(
                              info, "relatedPersonAddress"))] if a], readings=prs)
        boxes = [doc.text(r) for r in doc.findall(info, "relationship")]
        clar_el = doc.find(info, "relationshipClarification")
        persons.append((pid, [x for x in boxes if x], read_clarification(doc.text(clar_el)),
                        ev, doc.evidence(clar_el, section) if doc.text(clar_el) else None))
    _relate(b, persons)

    # --- offering ----------------------------------------------------------------------------
    od = doc.find(root, "offeringData")
    _read_offering(doc, b, od, offering, readings)

    # --- signatures and sales compensation ---------------------------------------------------
    signatures: list[Signature] = []
    for sig in doc.findall(doc.find(od, "signatureBlock"), "signature"):
        signer = doc.text(sig, "nameOfSigner") or doc.text(sig, "signatureName")
        if not signer:
            continue
        signer = clean_name(signer.replace("/s/", ""))
        on_behalf = doc.text(sig, "issuerName")
        signatures.append(Signature(signer=signer, title=doc.text(sig, "signatureTitle"),
                                    date=parse_date(doc.text(sig, "signatureDate")),
                                    on_behalf_of=[on_behalf] if on_behalf else [],
                                    evidence=doc.evidence(sig, "signature")))
    b.attach_signatures(signatures)
    _read_recipients(doc, b, od)
    issuer_cik = b.apply_header(header, issuer_cik=cik)
    offering.readings = readings
    issuer = b.party("issuer")
    is_amend = offering.is_amendment if offering.is_amendment is not None else form.endswith("/A")
    return FilingRecord(
        source=src.path, form=form, family=FormFamily.FORM_D,
        accession_number=header.accession_number if header else None,
        filed_date=header.filed_date if header else None,
        issuer=Issuer(party_id="issuer", name=issuer.name, cik=issuer_cik, address=address),
        signature_date=next((s.date for s in signatures if s.date), None),
        parties=b.parties, claims=b.claims, signatures=signatures,
        offering=offering.model_copy(update={"is_amendment": is_amend}), warnings=b.warnings)


def _relate(b: FormDBuilder, persons: list) -> None:
    """Claims from the relationship boxes, refined by each clarification."""
    gps = [pid for pid, _, c, _, _ in persons
           if c is not None and c.kind == ClarificationKind.ROLE_AT_ISSUER
           and c.relation == Relation.GENERAL_PARTNER_OF
           and b.party(pid).kind == PartyKind.ORGANIZATION]
    for pid, boxes, clar, ev, clar_ev in persons:
        p = b.party(pid)
        evs = [e for e in (ev, clar_ev) if e is not None]
        replaced = False
        if clar is not None and clar.kind == ClarificationKind.ROLE_AT_ISSUER:
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
                       "be it; kept as a note", (clar_ev or ev).start if (clar_ev or ev)
                       else None)
        elif clar is not None and clar.kind == ClarificationKind.OFFICER_OF_ADVISER:
            adviser = clean_name(clar.adviser or "")
            aid = next((q.id for q in b.parties if q.name == adviser), None) or b.add_party(
                adviser, PartyKind.ORGANIZATION, [PartyRole.NAMED], clar_ev)
            b.add_claim(Relation.INVESTMENT_MANAGER_OF, aid, "issuer", clar_ev,
                        note=f"clarification: {clar.text}")
            rel = Relation.OFFICER_OF if p.kind == PartyKind.PERSON else Relation.DIRECTOR_OF
            b.add_claim(rel, pid, aid, clar_ev, title=clar.title)
        for box in boxes:
            rel = BOX_RELATIONS.get(box)
            if rel is None:
                b.warn("unknown-relationship", f"{p.name}: relationship {box!r} not known",
                       ev.start if ev else None)
                continue
            if replaced and box in STAND_IN_BOXES:
                continue
            if rel == Relation.OFFICER_OF and p.kind == PartyKind.ORGANIZATION:
                b.warn("role-kind-mismatch", f"{p.name}: an organization marked Executive "
                       "Officer with no clarification to explain it; no claim", ev.start
                       if ev else None)
                continue
            title = clar.title if (clar and clar.kind == ClarificationKind.TITLE
                                   and rel == Relation.OFFICER_OF) else None
            note = f"Form D box: {box}" + (f"; clarification: {clar.text}"
                                            if clar and not title and clar.kind in (
                                                ClarificationKind.NOTE,
                                                ClarificationKind.TITLE,
                                                ClarificationKind.ROLE_AT_GENERAL_PARTNER)
                                            else "")
            c = b.add_claim(rel, pid, "issuer", ev, title=title, note=note)
            for e in evs[1:]:
                if e not in c.evidence:
                    c.evidence.append(e)


def _money(raw: Optional[str]) -> Optional[float]:
    if raw is None:
        return None
    try:
        return float(raw.replace(",", "").replace("$", ""))
    except ValueError:
        return None


def _read_offering(doc: _Doc, b: FormDBuilder, od, offering: Offering,
                   readings: list[Reading]) -> None:
    """Industry, exemptions, type of filing, amounts and investors, with remaining = offered −
    sold checked."""
    if od is None:
        b.warn("no-offering-data", "no offeringData element")
        return
    offering.industry = doc.text(od, "industryGroup", "industryGroupType")
    fund_type = doc.text(od, "industryGroup", "investmentFundType")
    if fund_type:
        readings.append(Reading(field="investment_fund_type", raw=fund_type, value=fund_type))
    offering.exemptions = [exemption_name(doc.text(i) or "") for i in
                           doc.findall(doc.find(od, "federalExemptionsExclusions"), "item")
                           if doc.text(i)]
    amend = doc.text(od, "typeOfFiling", "isAmendment")
    if amend is not None:
        offering.is_amendment = amend.lower() == "true"
    prev = doc.text(od, "typeOfFiling", "previousAccessionNumber")
    if prev:
        readings.append(Reading(field="previous_accession_number", raw=prev, value=prev))
    first_sale = doc.find(od, "dateOfFirstSale")
    if first_sale is not None:
        v = doc.text(first_sale, "value")
        raw = v or next((_local(c) for c in first_sale if doc.text(c) == "true"), "")
        readings.append(Reading(field="date_of_first_sale", raw=raw,
                                value=str(parse_date(v)) if v and parse_date(v) else None,
                                evidence=doc.evidence(first_sale, "offering")))
    offering.minimum_investment = _money(doc.text(od, "minimumInvestmentAccepted"))
    amounts = doc.find(od, "offeringSalesAmounts")
    got = {}
    for key, field in (("totalOfferingAmount", "total_offering_amount"),
                       ("totalAmountSold", "total_amount_sold"),
                       ("totalRemaining", "total_remaining")):
        raw = doc.text(amounts, key)
        if raw is None:
            continue
        got[field] = _money(raw)
        readings.append(Reading(field=field, raw=raw, value=got[field],
                                note=None if got[field] is not None else "not a number",
                                evidence=doc.evidence(doc.find(amounts, key), "offering")))
    offering.total_offering_amount = got.get("total_offering_amount")
    offering.total_amount_sold = got.get("total_amount_sold")
    if None not in (got.get("total_offering_amount"), got.get("total_amount_sold"),
                    got.get("total_remaining")) and len(got) == 3:
        if abs(got["total_offering_amount"] - got["total_amount_sold"]
               - got["total_remaining"]) > 0.5:
            b.warn("sum-mismatch", f"offered {got['total_offering_amount']:,.0f} less sold "
                   f"{got['total_amount_sold']:,.0f} is not the remaining "
                   f"{got['total_remaining']:,.0f}", doc.span(amounts)[0])
    inv = doc.find(od, "investors")
    total = doc.text(inv, "totalNumberAlreadyInvested")
    has_non = (doc.text(inv, "hasNonAccreditedInvestors") or "").lower()
    non = doc.text(inv, "numberNonAccreditedInvestors")
    if total and total.isdigit():
        non_n = int(non) if non and non.isdigit() else (0 if has_non == "false" else None)
        offering.non_accredited_investors = non_n
        offering.accredited_investors = int(total) - non_n if non_n is not None else None
        readings.append(Reading(field="total_investors", raw=total, value=int(total),
                                note="accredited = total already invested less non-accredited",
                                evidence=doc.evidence(inv, "offering")))


def _read_recipients(doc: _Doc, b: FormDBuilder, od) -> None:
    """Sales compensation recipients and their broker-dealers, as named parties (no claim)."""
    for n, rec in enumerate(doc.findall(doc.find(od, "salesCompensationList"), "recipient"), 1):
        section = f"sales compensation recipient {n}"
        ev = doc.evidence(rec, section)
        crd = doc.text(rec, "recipientCRDNumber")
        bd = doc.text(rec, "associatedBDName")
        for name, what in ((doc.text(rec, "recipientName"), "sales compensation recipient"),
                           (bd, "broker-dealer associated with a sales compensation "
                                "recipient")):
            if not name or EMPTY_FIELD.match(name):
                continue
            if any(p.name == name for p in b.parties):
                continue
            note = what + (f"; CRD {crd}" if crd and what.startswith("sales") and
                           not EMPTY_FIELD.match(crd) else "")
            if what.startswith("sales") and bd and not EMPTY_FIELD.match(bd):
                note += f"; associated broker-dealer {bd}"
            b.add_party(name, guess_kind(name), [PartyRole.NAMED], ev,
                        addresses=[a for a in [_address(doc, doc.find(rec, "recipientAddress"))]
                                   if a] if what.startswith("sales") else [],
                        readings=[Reading(field="role", raw=name, value=what, note=note,
                                          evidence=ev)])
