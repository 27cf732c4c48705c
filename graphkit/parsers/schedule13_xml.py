"""Schedule 13D and 13G as EDGAR XML (``primary_doc.xml``, mandatory since December 2024).

Both schemas are read: ``http://www.sec.gov/edgar/schedule13D`` (``reportingPersons/
reportingPersonInfo``, ``dateOfEvent``, ``signatureInfo``) and ``.../schedule13g``
(``coverPageHeaderReportingPersonDetails``, ``eventDateRequiresFilingThisStatement``,
``signatureInformation``), with the CUSIP either flat (``issuerCusip``/``issuerCUSIP``) or nested
(``issuerCusips/issuerCusipNumber``).

Each reporting person gives a party (name, CIK where printed, place of organization, *all* type
codes) and a ``beneficial_owner_of`` claim to the issuer with the cover-page numbers: aggregate
amount, percent of class, sole/shared voting and dispositive power, the event date, and the
person's comments as the claim note, and ``disclaims`` where a comment disclaims the person's
beneficial ownership (:mod:`graphkit.parsers.xml_disclaimers`; a group status disclaimed is no
such disclaimer). Control chains stated in words (per-person comments,
``commentContent``, Items 2-6 text) become claims through :mod:`graphkit.parsers.prose`.

A 13G/A may leave a cover page without numbers and state them in Item 4 alone: they are then
the holding of the filing's one reporting person, each reading noted "taken from Item 4"
(:mod:`graphkit.parsers.schedule13_xml_item4`); with several reporting persons Item 4 does not
say whose they are, and the rows missing are warned of with what Item 4 states.

Domain caveat: joint filers report overlapping ownership (a fund, its general partner and the
partner's managers all report the same shares): aggregate with max, never sum.

Examples
--------
>>> src = SourceText("t.xml", _EXAMPLE)
>>> rec = parse_schedule13_xml(src)
>>> rec.form, rec.issuer.name, rec.issuer.cusip, str(rec.event_date)
('SCHEDULE 13G', 'Widget, Inc.', '123456789', '2025-03-31')
>>> c = rec.claims[0]
>>> (rec.party(c.source).name, c.shares, c.percent, c.shared_voting)
('Acme Capital LP', 7824100, 22.2, 7824100)
"""

from __future__ import annotations

import logging
import re
from typing import Optional

from lxml import etree

from graphkit import regex_cache
from graphkit.dates import parse_date
from graphkit.detect import detect, form_family
from graphkit.errors import ParseError, UnsupportedFormError
from graphkit.models import (Claim, Evidence, FilingRecord, FormFamily, Identifier, Issuer,
                             Party, PartyKind, Reading, Signature, SubmissionHeader)
from graphkit.parsers.ownership_owners import link_owner_spellings
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.partybook_degrees import keep_degrees
from graphkit.parsers.partybook_kinds import legal_stem
from graphkit.parsers.schedule13_xml_signatures import add_title_chains
from graphkit.parsers.signature_field import conformed_name, field_title
from graphkit.parsers.schedule13_cusip import cusip_check_digit, cusip_checks
from graphkit.parsers.schedule13_reconcile import ROWS_13D, ROWS_13G
from graphkit.parsers.schedule13_xml_base import check_percents, xml_outstanding
from graphkit.parsers.schedule13_xml_item4 import Item4Answer, read_item4_answer, xml_reading
from graphkit.parsers.type_codes import kind_from_type_codes
from graphkit.parsers.schedule13_ceased_xml import xml_cessations
from graphkit.parsers.schedule13_disclaiming import mark_disclaimed_in_part
from graphkit.parsers.xml_disclaimers import disclaiming_ids
from graphkit.parsers.xml_prose import filer_by_leading_words
from graphkit.parsers.xmldoc import (XmlDoc, add_party, add_prose_claims, cik, find_party,
                                     name_key, next_claim_id, place)
from graphkit.source import SourceText

log = logging.getLogger(__name__)

_EXAMPLE = """<?xml version="1.0"?>
<edgarSubmission xmlns="http://www.sec.gov/edgar/schedule13g">
<headerData><submissionType>SCHEDULE 13G</submissionType></headerData>
<formData><coverPageHeader>
<eventDateRequiresFilingThisStatement>03/31/2025</eventDateRequiresFilingThisStatement>
<issuerInfo><issuerCik>0000000001</issuerCik><issuerName>Widget, Inc.</issuerName>
<issuerCusips><issuerCusipNumber>123456789</issuerCusipNumber></issuerCusips></issuerInfo>
</coverPageHeader>
<coverPageHeaderReportingPersonDetails><reportingPersonName>Acme Capital LP</reportingPersonName>
<reportingPersonBeneficiallyOwnedNumberOfShares><soleVotingPower>0</soleVotingPower>
<sharedVotingPower>7824100.00</sharedVotingPower></reportingPersonBeneficiallyOwnedNumberOfShares>
<reportingPersonBeneficiallyOwnedAggregateNumberOfShares>7824100.00
</reportingPersonBeneficiallyOwnedAggregateNumberOfShares><classPercent>22.2</classPercent>
<typeOfReportingPerson>IA</typeOfReportingPerson><typeOfReportingPerson>PN</typeOfReportingPerson>
</coverPageHeaderReportingPersonDetails></formData></edgarSubmission>"""

#: Where each value sits in either schema (13D path first, then 13G)
PERSON_PATHS = ".//reportingPersonInfo", ".//coverPageHeaderReportingPersonDetails"
SHARES = ("aggregateAmountOwned", "reportingPersonBeneficiallyOwnedAggregateNumberOfShares")
PERCENT = ("percentOfClass", "classPercent")
POWERS = {f: (f, f".//{f}") for f in ("soleVotingPower", "sharedVotingPower",
                                      "soleDispositivePower", "sharedDispositivePower")}
#: The claim's field of each power
_FIELDS = {"soleVotingPower": "sole_voting", "sharedVotingPower": "shared_voting",
           "soleDispositivePower": "sole_dispositive",
           "sharedDispositivePower": "shared_dispositive"}
COMMENTS = ("commentContent", "comments")
#: Item text searched for control chains in prose (Items 2-6 of both schemas, the 13G's Item 7
#: subsidiaries, "Acme Ltd., an Israeli company wholly-owned by Jane Roe", and comments)
PROSE_ITEMS = (".//item2", ".//item3", ".//item4", ".//item5", ".//item6", ".//item7")
#: The boxes of "member of a group" (13G): (a) a member of a group, (b) not one
GROUP_BOX = {"a": "member of a group (box a)", "b": "not a member of a group (box b)"}



#: EDGAR's mark of a group filing typed after the filer's name: "ACME INVESTORS, INC. ET AL"
GROUP_MARK = regex_cache.compile(r"""[\s,]+ET\s+AL\.?\s*$""", re.IGNORECASE | re.VERBOSE)


def _without_group_mark(name: Optional[str]) -> Optional[str]:
    """``name`` without :data:`GROUP_MARK` (the name as it is when it holds none).

    >>> _without_group_mark("ACME INVESTORS, INC. ET AL"), _without_group_mark("Acme Capital LP")
    ('ACME INVESTORS, INC.', 'Acme Capital LP')
    """
    return GROUP_MARK.sub("", name) or name if name else name

def _issuer(doc: XmlDoc, book: PartyBook, header: Optional[SubmissionHeader]) -> Issuer:
    info = doc.first(".//coverPageHeader/issuerInfo", ".//issuerInfo")
    name = doc.text("issuerName", at=info) if info is not None else None
    name = name or doc.text(".//item1/issuerName")
    if name is None and header is not None:
        name = next((c.name for c in header.companies if c.role == "subject_company"), None)
    if name is None:
        raise ParseError("Schedule 13D/G XML without an issuer name", source=doc.src.path)
    cusips = []
    if info is not None:
        cusips = doc.texts("issuerCusip", at=info) + doc.texts("issuerCUSIP", at=info) + \
            doc.texts(".//issuerCusipNumber", at=info)
        cusips = [c for c in cusips if c.strip("0")]  # "000000000" means none was assigned
        for c in cusips:
            problem = cusip_problem(c)
            if problem:
                at = doc.first("issuerCusip", "issuerCUSIP", ".//issuerCusipNumber", at=info)
                doc.warnings.append(doc.src.warn(
                    "cusip-check-digit", f"{doc.src.path}: issuer CUSIP {c!r} {problem} "
                    f"(kept as given)", doc.span(info if at is None else at)[0]))
    issuer_cik = doc.text("issuerCik", "issuerCIK", at=info) if info is not None else None
    addr_el = doc.first("issuerPrincipalExecutiveOfficeAddress", "address", at=info) \
        if info is not None else None
    address = ", ".join(t.strip() for t in addr_el.itertext() if t.strip()) \
        if addr_el is not None else None
    idents = cik(issuer_cik) + [Identifier(scheme="cusip", value=c) for c in cusips]
    party = add_party(book, name, roles=["issuer"], evidence=doc.evidence(
        doc.first("issuerName", at=info) if info is not None else None, section="issuer"),
        identifiers=idents,
        addresses=[address] if address else [])
    return Issuer(party_id=party.id, name=party.name, cusip=cusips[0] if cusips else None,
                  cik=cik(issuer_cik)[0].value if cik(issuer_cik) else None, address=address)


def cusip_problem(cusip: str) -> Optional[str]:
    """What is wrong with a CUSIP as an XML form gives it, or None: nine letters and digits
    whose last is the check digit of the first eight.

    >>> cusip_problem("037833100"), cusip_problem("1850532047"), cusip_problem("037833101")
    (None, 'has 10 characters, not 9', 'fails its check digit (1, not 0)')
    """
    c = cusip.strip().upper()
    if len(c) != 9 or not c.isalnum():
        return f"has {len(c)} characters, not 9" if c.isalnum() else "is not letters and digits"
    if not cusip_checks(c):
        return f"fails its check digit ({c[8]}, not {cusip_check_digit(c[:8])})"
    return None


def _header_ciks(doc: XmlDoc, header: Optional[SubmissionHeader]) -> dict[str, str]:
    """CIKs known for names: from the SGML header and the filer's pseudo-tag comment."""
    known: dict[str, str] = {}
    if header is not None:
        for c in header.companies:
            if c.cik and c.role != "subject_company":
                known[name_key(c.name)] = c.cik
    creds = doc.first(".//filerCredentials")
    if creds is not None:
        filer_cik = doc.text("cik", at=creds)
        for node in creds.iter(etree.Comment):
            text = node.text or ""
            if "Data:" in text and filer_cik:
                known.setdefault(name_key(text.split("Data:", 1)[1]), filer_cik)
    return known


def _holding(doc: XmlDoc, el: etree._Element, name: str, section: str,
             answer: Optional[Item4Answer], persons: int
             ) -> tuple[dict[str, Optional[int | float]], list[Reading], list[Evidence]]:
    """One reporting person's numbers (the claim's fields), readings and evidence: its cover
    page's, else, when the cover states no number, Item 4's ``answer`` if the filing has one
    reporting person (of ``persons``). A row 9 or 11 left without a value is warned of, with
    what Item 4 states when it is not said to be this person's."""
    shares_el = doc.first(*SHARES, at=el)
    pct_el = doc.first(*PERCENT, at=el)
    values = {"shares": doc.int(*SHARES, at=el), "percent": doc.float(*PERCENT, at=el)} | {
        _FIELDS[f]: doc.int(*paths, at=el) for f, paths in POWERS.items()}
    readings = [r for r in (
        xml_reading("shares", doc.text(*SHARES, at=el), values["shares"],
                    doc.evidence(shares_el, section)),
        xml_reading("percent", doc.text(*PERCENT, at=el), values["percent"],
                    doc.evidence(pct_el, section)),
    ) if r is not None]
    bare = all(v is None for v in values.values())  # a cover page without numbers
    evidence = [doc.evidence(el, section=section, text=f"{name}: no number on the cover page"
                             if bare else f"{name}: {doc.text(*SHARES, at=el)} shares, "
                             f"{doc.text(*PERCENT, at=el)}%")]
    unsaid = ""  # Item 4's numbers, when the cover states none and they are not this person's
    if answer is not None and bare:
        if persons == 1:  # the filing's one reporting person: Item 4 is its holding
            values.update(answer.values)
            readings += answer.readings
            evidence.append(answer.evidence)
        else:
            unsaid = (f"; Item 4 states {answer.stated()} for the filing as a whole, not which "
                      f"of its {persons} reporting persons holds them: given to none")
    rows = ROWS_13D if el.tag == "reportingPersonInfo" else ROWS_13G
    for fld, value, val_el in (("aggregate", values["shares"], shares_el),
                               ("percent", values["percent"], pct_el)):
        if value is None:  # never a silent None: name the person and the row
            doc.warnings.append(doc.src.warn(
                "missing-value", f"{name}: no value read for {rows[fld]}{unsaid}",
                doc.span(val_el if val_el is not None else el)[0]))
    return values, readings, evidence


def _persons(doc: XmlDoc, book: PartyBook, rec_claims: list[Claim], issuer: Issuer,
             event_date, security_class: Optional[str], known_ciks: dict[str, str]
             ) -> tuple[list[SourceText], list[tuple[Party, SourceText]]]:
    """Each reporting person's party and cover claim; returns the comments, as prose blocks and
    with the person whose comment each is."""
    blocks: list[SourceText] = []
    comments: list[tuple[Party, SourceText]] = []
    els = doc.root.findall(PERSON_PATHS[0]) or doc.root.findall(PERSON_PATHS[1])
    # a 13G's Item 4 (a 13D's is the purpose), for a person whose cover states no number
    answer: Optional[Item4Answer] = read_item4_answer(doc) \
        if els and els[0].tag != "reportingPersonInfo" else None
    names = {name_key(n) for n in (_without_group_mark(doc.text("reportingPersonName", at=el))
                                   for el in els) if n}
    # where names are printed first name first: the filing persons of Item 2, the signatures
    printed = "\n".join(doc.texts(".//filingPersonName") + doc.texts(".//signature"))
    keep_degrees(book, [(doc.text("reportingPersonName", at=el) or "",  # "John Roe, M.D." of
                         doc.texts("typeOfReportingPerson", at=el)) for el in els], set())  # CO
    for i, el in enumerate(els, 1):
        section = f"reporting person {i}"
        name_el = doc.first("reportingPersonName", at=el)
        name = _without_group_mark(doc.text("reportingPersonName", at=el))
        if not name:
            doc.warnings.append(doc.src.warn("no-name", f"{doc.src.path}: reporting person {i} "
                                             "has no name; skipped"))
            continue
        person_cik = doc.text("reportingPersonCIK", at=el) or known_ciks.get(name_key(name))
        place_raw = doc.text("citizenshipOrOrganization", at=el)
        party = add_party(book, name, roles=["reporting_person"],
                         evidence=doc.evidence(name_el, section=section),
                         identifiers=cik(person_cik), jurisdiction=place(place_raw))
        for code in doc.texts("typeOfReportingPerson", at=el):
            if code not in party.type_codes:
                party.type_codes.append(code)
        person = party.kind is PartyKind.PERSON or kind_from_type_codes(
            party.type_codes) is PartyKind.PERSON and legal_stem(name) is None  # "IN" of an LP
        link_owner_spellings(party, name, person, False, printed)  # Items, signatures
        if place_raw and place(place_raw) != place_raw:
            party.readings.append(Reading(field="jurisdiction", raw=place_raw,
                                          value=place(place_raw), method="edgar-code"))
        comment_el = doc.first(*COMMENTS, at=el)
        comment = doc.text(*COMMENTS, at=el)
        if comment_el is not None and comment:
            blocks.append(doc.block(comment_el))
            comments.append((party, blocks[-1]))
        values, readings, evidence = _holding(doc, el, name, section, answer, len(names))
        group = doc.text("memberGroup", "memberOfGroup", at=el)
        group_note = GROUP_BOX.get(group.strip().lower(), f"member of group: ({group})") \
            if group else None
        note = "; ".join(x for x in (comment, group_note) if x) or None
        rec_claims.append(Claim(
            id=next_claim_id(rec_claims), relation="beneficial_owner_of", source=party.id,
            target=issuer.party_id, **values, as_of=event_date, security_class=security_class,
            note=note, readings=readings, evidence=evidence))
    if not els:
        doc.warnings.append(doc.src.warn("no-reporting-person",
                                         f"{doc.src.path}: no reporting person found"))
    return blocks, comments


def _disclaimers(claims: list[Claim], comments: list[tuple[Party, SourceText]],
                 book: PartyBook) -> None:
    """Set ``disclaims`` on the cover claims of the persons whose beneficial ownership a
    comment disclaims (:func:`~graphkit.parsers.xml_disclaimers.disclaiming_ids`: the person
    whose comment it is, or the persons it names; never a group status disclaimed), and
    ``disclaims_in_part`` where each disclaimer covers part of their holding only."""
    filers = book.with_role("reporting_person")
    disclaimed, fully = ({pid for party, block in comments
                          for pid in disclaiming_ids([block], book, filers, party, in_part)}
                         for in_part in (None, False))
    for claim in claims:
        if claim.source in disclaimed:
            claim.disclaims = True
    mark_disclaimed_in_part(claims, disclaimed - fully)


def _signatures(doc: XmlDoc) -> list[Signature]:
    out: list[Signature] = []
    for sp in doc.root.findall(".//signaturePerson") + doc.root.findall(
            ".//signatureInformation"):
        on_behalf = _without_group_mark(
            doc.text("signatureReportingPerson", "reportingPersonName", at=sp))
        for det in sp.findall("signatureDetails"):
            signer = doc.text("signature", at=det)
            if not signer:
                continue
            signer = conformed_name(signer)  # "/s/ Jane Roe", "/a/ Jane Roe", "/s/ Jane Roe*"
            out.append(Signature(signer=signer,
                                 title=field_title(doc.text("title", at=det), signer),
                                 date=parse_date(doc.text("date", at=det)),
                                 on_behalf_of=[on_behalf] if on_behalf else [],
                                 evidence=doc.evidence(det, section="signature")))
    return out


def _stated_elsewhere(src: SourceText) -> Optional[str]:
    """The form of a Schedule 13D/G XML without ``submissionType``, told by its namespace or
    content (:func:`graphkit.detect.detect`), or None.

    >>> _stated_elsewhere(SourceText("a.xml", '<edgarSubmission xmlns="http://www.sec.gov/'
    ...                              'edgar/schedule13g"><amendmentNo>2</amendmentNo>'))
    'SCHEDULE 13G/A'
    """
    try:
        return detect(src).form
    except UnsupportedFormError:
        return None


def parse_schedule13_xml(src: SourceText, header: Optional[SubmissionHeader] = None
                         ) -> FilingRecord:
    """Read a Schedule 13D/13G XML primary document into a :class:`FilingRecord`.

    Parameters
    ----------
    src : SourceText
        The XML text (a whole file, or a document cut out of a full submission).
    header : SubmissionHeader, optional
        The SGML header of the submission, for the accession number, filed date and CIKs.

    Raises
    ------
    ParseError
        If the XML is unreadable or names no issuer. Damaged but readable XML gives a record with
        an ``xml-damaged`` warning naming the file and place.

    See also
    --------
    graphkit.parse.parse_source, graphkit.parsers.prose.find_relationships
    """
    doc = XmlDoc(src)
    form = doc.text(".//headerData/submissionType", ".//submissionType") or (
        header.form_type if header and header.form_type else None) or (
        _stated_elsewhere(src) or "SCHEDULE 13D")
    family = form_family(form) or FormFamily.SCHEDULE_13D
    book = PartyBook()
    issuer = _issuer(doc, book, header)
    event_date = parse_date(doc.text(".//dateOfEvent", ".//eventDateRequiresFilingThisStatement"))
    security_class = doc.text(".//securitiesClassTitle", ".//item1/securityTitle")
    claims: list[Claim] = []
    blocks, comments = _persons(doc, book, claims, issuer, event_date, security_class,
                                _header_ciks(doc, header))
    covered = len(claims)  # the reporting persons' own claims, from their cover pages
    # the ownership item: Item 4 of a 13G, Item 5 of a 13D (its Item 4 is the purpose)
    owned_in = ".//item5" if family is FormFamily.SCHEDULE_13D else ".//item4"
    ownership: list[SourceText] = []
    for path in PROSE_ITEMS:
        item = doc.root.find(path)
        if item is not None:
            found = [doc.block(e) for e in item if isinstance(e.tag, str)
                     and len("".join(e.itertext())) > 40]
            blocks.extend(found)
            ownership += found if path == owned_in else []
    doc.warnings.extend(add_prose_claims(blocks, book, claims, issuer.party_id, as_of=event_date,
                                         filers=book.with_role("reporting_person")))
    _disclaimers(claims[:covered], comments, book)  # after the prose: its defined terms
    box = doc.first(".//item5/classOwnership5PercentOrLess")
    when = doc.first(".//item5/date5PercentOwnership")
    ceased = xml_cessations(
        box.text if box is not None else None,
        doc.evidence(box, section="Item 5") if box is not None else None,
        doc.block(when) if when is not None else None,
        lambda name: getattr(find_party(book, name) or filer_by_leading_words(
            name, book.with_role("reporting_person"), book), "id", None))  # "Acme" for Acme LLC
    outstanding = xml_outstanding(ownership + blocks, security_class)  # that item's, else any
    if outstanding is not None:
        doc.warnings.extend(check_percents(
            claims[:covered], int(outstanding.value), "\n".join(b.text for b in blocks),
            {p.id: p.name for p in book.parties}, src))
    signatures = add_title_chains(_signatures(doc), book, claims, event_date)  # "Jane Roe, Managing
    # Member of Acme GP LLC, its general partner": read as the text reader reads it
    sig_dates = [s.date for s in signatures if s.date]
    amendment = doc.int(".//amendmentNo")
    return FilingRecord(
        source=src.path, form=form, family=family, amendment_number=amendment,
        accession_number=header.accession_number if header else None, issuer=issuer,
        event_date=event_date, signature_date=max(sig_dates) if sig_dates else None,
        filed_date=header.filed_date if header else None, security_class=security_class,
        parties=book.parties, claims=claims, signatures=signatures, ceased=ceased,
        outstanding_shares=outstanding,
        warnings=list(src.warnings) + doc.warnings)
