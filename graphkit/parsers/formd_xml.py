"""EDGAR XML Form D (``primary_doc.xml``, ``<edgarSubmission>``), every schema version.

The electronic Form D (mandatory since March 2009; schema versions X0301 through X0708 and
later, same element names) is read with lxml by local element names, so a namespace or a
version change does not matter. A truncated or malformed document is read in lxml's recover
mode; what was read is kept and a ``malformed-xml`` warning says so.

Related persons: each ``relatedPersonInfo`` becomes a party; its ``relationship`` boxes become
claims to the issuer (:data:`~graphkit.parsers.formd_roles.BOX_RELATIONS`), refined by the free-
text ``relationshipClarification`` (:func:`~graphkit.parsers.formd_roles.relate_persons`):
"General Partner of the Issuer" → ``general_partner_of`` the issuer; "Managing Member of the
General Partner" → ``managing_member_of`` the related entity that is the general partner (when
exactly one is); "Investment Manager" → ``investment_manager_of`` the issuer; officer titles go
on the ``officer_of`` claim. Co-issuers (``issuerList``) are parties with the issuer role, each
with its CIK, place and entity type; the roles the clarifications state of every issuer, and
the one general partner of partnership co-issuers, are claimed of them too.

Entity names: filers often type an entity into the person name fields, e.g. firstName "Ltd."
lastName "Acme Fund Group", or firstName "N/A" lastName "Acme Fund II GP, LLC". The name
is reassembled (last name, then the legal-form word typed as first name; "N/A" dropped) and the
raw fields are kept as a :class:`~graphkit.models.Reading`
(:func:`~graphkit.parsers.formd_roles.related_person_name`).

Amounts (items 11, 13 and 14) are read and checked by
:func:`~graphkit.parsers.formd_amounts.read_electronic_amounts`, as in the HTML view.

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

from graphkit import regex_cache
from graphkit.dates import parse_date
from graphkit.errors import ParseError
from graphkit.aliases import keep_alias
from graphkit.models import (Alias, AliasKind, Evidence, FilingRecord, Identifier, IdentifierScheme, Offering,
                             PartyKind, PartyRole, Reading, Signature, SubmissionHeader)
from graphkit.names import clean_name
from graphkit.parsers.formd_amounts import read_dollars, read_electronic_amounts
from graphkit.parsers.formd_builder import FormDBuilder
from graphkit.parsers.header_former import keeps_former_name
# EMPTY_FIELD and LEGAL_FORM_ONLY are also read here by callers that knew them in this module
from graphkit.parsers.formd_roles import (EMPTY_FIELD, LEGAL_FORM_ONLY,  # noqa: F401
                                          RelatedPerson, exemption_name, jurisdiction_name,
                                          read_clarification, relate_persons)
from graphkit.parsers.signature_field import conformed_name, field_title
from graphkit.parsers.xmldoc import xml_flag
from graphkit.source import SourceText

#: The XML declaration, blanked before parsing (lxml refuses a str with an encoding in it):
#: '<?xml version="1.0" encoding="UTF-8"?>'
XML_DECLARATION = regex_cache.compile(r"""
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

    def line_start(self, xml_line: int | None) -> int:
        """Character offset in the source text of the start of line ``xml_line`` of the XML
        (as lxml numbers it: from 1, at the first tag)."""
        line = (xml_line or 1) - 1 + self.line_base
        return self._line_starts[min(max(line, 0), len(self._line_starts) - 1)]

    def span(self, el: etree._Element) -> tuple[int, int]:
        """Character span of ``el`` in the source text (start tag to end tag)."""
        line_start = self.line_start(el.sourceline)
        tag = _local(el)
        text = self.src.text
        s = text.find("<", line_start)
        opening, closing = _tag_patterns(tag)
        found = opening.search(text, line_start)
        if found:
            s = found.start()
        close = closing.search(text, s)
        e = close.end() if close else text.find("\n", s)
        return s, (len(text) if e == -1 else e)

    def evidence(self, el: Optional[etree._Element], section: str) -> Optional[Evidence]:
        if el is None:
            return None
        s, e = self.span(el)
        return self.src.evidence(s, e, section=section)


#: The start- and end-tag patterns of each element name met so far. Element names come from
#: the form's schema, a few dozen, so these are compiled once per process, not once per
#: filing; a document of unknown tags may add at most :data:`_TAGS_KEPT` of them.
_TAG_PATTERNS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}
_TAGS_KEPT = 1024


def _tag_patterns(tag: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a start tag and an end tag named ``tag``, with any namespace prefix.

    >>> opening, closing = _tag_patterns("issuerName")
    >>> opening.search("<ns1:issuerName>Acme</ns1:issuerName>").span(), closing.search(
    ...     "<issuerName>Acme</issuerName >").span()
    ((0, 15), (16, 30))
    """
    pats = _TAG_PATTERNS.get(tag)
    if pats is None:
        name = re.escape(tag)
        pats = (re.compile(rf"<(?:\w+:)?{name}\b"), re.compile(rf"</(?:\w+:)?{name}\s*>"))
        if len(_TAG_PATTERNS) < _TAGS_KEPT:
            _TAG_PATTERNS[tag] = pats
    return pats


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
        b.warn("malformed-xml", f"XML read in recover mode: {e.message} (line {e.line})",
               doc.line_start(e.line))
    stated = doc.text(root, "submissionType") or (header.form_type if header else None)
    form = stated or "D"
    offering = Offering()
    readings: list[Reading] = []

    # --- issuer(s) ---------------------------------------------------------------------------
    cik = doc.text(issuer_el, "cik")
    jur_raw = doc.text(issuer_el, "jurisdictionOfInc")
    jur = jurisdiction_name(jur_raw, edgar=True) if jur_raw else None
    if jur is not None:
        readings.append(jur.model_copy(update={"evidence": doc.evidence(
            doc.find(issuer_el, "jurisdictionOfInc"), "issuer")}))
    address = _address(doc, doc.find(issuer_el, "issuerAddress"))
    b.add_party(issuer_name, PartyKind.ORGANIZATION, [PartyRole.ISSUER],
                doc.evidence(doc.find(issuer_el, "entityName"), "issuer"), party_id="issuer",
                addresses=[address] if address else [],
                jurisdiction=str(jur.value) if jur else None)
    offering.jurisdiction = str(jur.value) if jur else None
    _read_previous_names(doc, b, issuer_el)
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
        flag = next((_local(c) for c in year_el if xml_flag(doc.text(c))), None)
        if flag:
            readings.append(Reading(field="year_of_incorporation", raw=flag,
                                    note="no year given: " + flag,
                                    evidence=doc.evidence(year_el, "issuer")))
    entity_types = {"issuer": offering.entity_type}
    for i, co in enumerate(doc.findall(doc.find(root, "issuerList"), "issuer"), 1):
        name = doc.text(co, "entityName")
        if not name:
            continue
        co_cik = doc.text(co, "cik")
        co_jur = jurisdiction_name(doc.text(co, "jurisdictionOfInc") or "", edgar=True)
        co_id = b.add_party(name, PartyKind.ORGANIZATION, [PartyRole.ISSUER],
                            doc.evidence(co, f"co-issuer {i}"),
                            addresses=[a for a in [_address(doc, doc.find(co, "issuerAddress"))]
                                       if a],
                            jurisdiction=str(co_jur.value) if co_jur else None,
                            identifiers=[Identifier(scheme=IdentifierScheme.CIK,
                                                    value=co_cik.zfill(10))] if co_cik else [])
        entity_types[co_id] = doc.text(co, "entityType")

    # --- related persons ---------------------------------------------------------------------
    relate_persons(b, _read_related_persons(doc, b, root), entity_types)

    # --- offering ----------------------------------------------------------------------------
    od = doc.find(root, "offeringData")
    _read_offering(doc, b, od, offering, readings)

    # --- signatures and sales compensation ---------------------------------------------------
    signatures: list[Signature] = []
    for sig in doc.findall(doc.find(od, "signatureBlock"), "signature"):
        signer = doc.text(sig, "nameOfSigner") or doc.text(sig, "signatureName")
        if not signer:
            continue
        signer = clean_name(conformed_name(signer))  # "/s/ Jane Roe", "/a/ Jane Roe", "Roe*"
        on_behalf = doc.text(sig, "issuerName")
        signatures.append(Signature(signer=signer,
                                    title=field_title(doc.text(sig, "signatureTitle"), signer),
                                    date=parse_date(doc.text(sig, "signatureDate")),
                                    on_behalf_of=[on_behalf] if on_behalf else [],
                                    evidence=doc.evidence(sig, "signature")))
    b.attach_signatures(signatures)
    for n, rec in enumerate(doc.findall(doc.find(od, "salesCompensationList"), "recipient"), 1):
        b.add_recipient(doc.text(rec, "recipientName"), doc.text(rec, "associatedBDName"),
                        doc.text(rec, "recipientCRDNumber"),
                        doc.evidence(rec, f"sales compensation recipient {n}"),
                        _address(doc, doc.find(rec, "recipientAddress")))
    issuer_cik = b.apply_header(header, issuer_cik=cik)
    offering.readings = readings
    if stated is None and offering.is_amendment:  # no <submissionType>: "isAmendment" tells
        form = "D/A"
    if offering.is_amendment is None:
        offering.is_amendment = form.endswith("/A")
    return b.build_record(form=form, header=header, issuer_cik=issuer_cik, address=address,
                          offering=offering, signatures=signatures)


#: Where an issuer's former names sit, by local name: the filer's list
#: (``issuerPreviousNameList/previousName``, or a bare ``previousName`` of older schemas) and
#: EDGAR's (``edgarPreviousNameList/value``, "None" when there is none, or
#: ``edgarPreviousNameList/previousName``)
PREVIOUS_NAME_PATHS = (("issuerPreviousNameList", "previousName"), ("previousName",),
                       ("edgarPreviousNameList", "value"),
                       ("edgarPreviousNameList", "previousName"))


#: A former-name field that says there is none: "No previous names", "No prior name",
#: "Same", "Not applicable." (besides the blanks of :data:`EMPTY_FIELD`)
NO_FORMER_NAME = regex_cache.compile(r"""
    ^\s*(?:no\s+(?:previous|prior|former|other)\s+names?|same(?:\s+as\s+above)?|nothing)\.?\s*$
""", re.VERBOSE | re.IGNORECASE)


def _read_previous_names(doc: _Doc, b: FormDBuilder, issuer_el: etree._Element) -> None:
    """Keep the issuer's former names (:data:`PREVIOUS_NAME_PATHS`) as its ``former_name``
    aliases; "None", "N/A" and blanks name nothing, and a name is kept only as
    :func:`~graphkit.parsers.header_former.keeps_former_name` tells: in EDGAR's list, not
    another legal form than the issuer's ("Acme Management LLC" listed by EDGAR for "Acme
    Stable Fund LP" is its manager's); in the issuer's own, a conversion it states.

    >>> from graphkit.source import SourceText
    >>> xml = ('<edgarSubmission><primaryIssuer><entityName>Acme Labs, Inc.</entityName>'
    ...        '<issuerPreviousNameList><previousName>Beacon Tech Inc.</previousName>'
    ...        '</issuerPreviousNameList><edgarPreviousNameList><value>None</value>'
    ...        '</edgarPreviousNameList></primaryIssuer></edgarSubmission>')
    >>> rec = parse_formd_xml(SourceText(path="d.xml", text=xml))
    >>> [(a.name, a.how.value) for a in rec.party("issuer").aliases]
    [('Beacon Tech Inc.', 'former_name')]
    """
    issuer = b.party("issuer")
    for path in PREVIOUS_NAME_PATHS:
        lists = doc.findall(issuer_el, path[0]) if len(path) > 1 else [issuer_el]
        for holder in lists:
            for el in doc.findall(holder, path[-1]):
                name = clean_name(doc.text(el) or "")
                if (not name or EMPTY_FIELD.match(name) or NO_FORMER_NAME.match(name)
                        or not keeps_former_name(issuer, name, b.parties,
                                                 own_list=path[0] != "edgarPreviousNameList")
                        or (len(path) == 1 and _local(el.getparent()) != "primaryIssuer")):
                    continue
                keep_alias(issuer, Alias(name=name, how=AliasKind.FORMER_NAME,
                                         evidence=doc.evidence(el, "issuer")))


def _read_related_persons(doc: _Doc, b: FormDBuilder, root: etree._Element
                          ) -> list[RelatedPerson]:
    """Each ``relatedPersonInfo`` as a party, with its boxes and clarification."""
    persons = []
    for n, info in enumerate(doc.findall(doc.find(root, "relatedPersonsList"),
                                         "relatedPersonInfo"), 1):
        section = f"related person {n}"
        nm = doc.find(info, "relatedPersonName")
        ev = doc.evidence(info, section)
        pid = b.add_related_person(
            {k: doc.text(nm, k) for k in ("firstName", "middleName", "lastName")}, section, ev,
            name_evidence=doc.evidence(nm, section),
            address=_address(doc, doc.find(info, "relatedPersonAddress")))
        if pid is None:
            continue
        clar_el = doc.find(info, "relationshipClarification")
        clar = doc.text(clar_el)
        if not clar and pid in b.capacities:  # "Roe, Jane (Managing Member of the GP)"
            clar, clar_el = b.capacities[pid], nm
        persons.append(RelatedPerson(
            party_id=pid, boxes=tuple(x for x in (doc.text(r) for r in
                                                  doc.findall(info, "relationship")) if x),
            clarification=read_clarification(clar), evidence=ev,
            clarification_evidence=doc.evidence(clar_el, section) if clar else None))
    return persons


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
        offering.is_amendment = xml_flag(amend)  # "Y", "N/A": None, the form then tells
    prev = doc.text(od, "typeOfFiling", "previousAccessionNumber")
    if prev:
        readings.append(Reading(field="previous_accession_number", raw=prev, value=prev))
    first_sale = doc.find(od, "dateOfFirstSale")
    if first_sale is not None:
        v = doc.text(first_sale, "value")
        raw = v or next((_local(c) for c in first_sale if xml_flag(doc.text(c))), "")
        readings.append(Reading(field="date_of_first_sale", raw=raw,
                                value=str(parse_date(v)) if v and parse_date(v) else None,
                                evidence=doc.evidence(first_sale, "offering")))
    _read_amounts(doc, b, od, offering, readings)


def _read_amounts(doc: _Doc, b: FormDBuilder, od: etree._Element, offering: Offering,
                  readings: list[Reading]) -> None:
    """Minimum investment, amounts and investors, read and checked (offered − sold =
    remaining) by :func:`~graphkit.parsers.formd_amounts.read_electronic_amounts`."""
    sums = doc.find(od, "offeringSalesAmounts")

    def reading(key: str, field: str) -> Optional[Reading]:
        return read_dollars(doc.text(sums, key), field,
                            doc.evidence(doc.find(sums, key), "offering"))

    inv = doc.find(od, "investors")
    has_non = xml_flag(doc.text(inv, "hasNonAccreditedInvestors"))
    non = doc.text(inv, "numberNonAccreditedInvestors") or ""
    amounts = read_electronic_amounts(
        doc.src, offered=reading("totalOfferingAmount", "total_offering_amount"),
        sold=reading("totalAmountSold", "total_amount_sold"),
        remaining=reading("totalRemaining", "total_remaining"),
        total_investors=read_dollars(doc.text(inv, "totalNumberAlreadyInvested"),
                                     "total_investors", doc.evidence(inv, "offering")),
        non_accredited=int(non) if non.isdigit() else None,
        has_non_accredited=has_non,
        minimum=read_dollars(doc.text(od, "minimumInvestmentAccepted"), "minimum_investment"),
        pos=doc.span(sums)[0] if sums is not None else None)
    amounts.apply_to(offering)
    readings += amounts.readings
    b.warnings += amounts.warnings