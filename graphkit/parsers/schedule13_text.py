"""Schedule 13D/13G filings as text (OCR'd paper, EDGAR ASCII, HTML converted to text).

:func:`parse_schedule13_text` reads the front page (:mod:`.schedule13_items`), the cover pages
(:mod:`.schedule13_cover`), Items 2 and 4, the prose (:mod:`.prose`) and the signatures
(:mod:`.signatures`), links every spelling of a party within the filing
(:mod:`.partybook`), and chooses each holder's numbers by the filing's own arithmetic
(:mod:`.schedule13_reconcile`). The reporting persons are gathered by
:mod:`.schedule13_reporting`; the rosters of a corporate filer's directors and executive
officers (Instruction C) by :mod:`.schedule13_roster`.

Domain caveats: joint filers report overlapping ownership (a general partner reports the
shares of its funds again): never add the aggregates of one filing. "May be deemed to
beneficially own" sentences about persons who are not reporting persons are not holdings; the
control chain (general partner, members) already implies them.

Examples
--------
>>> from graphkit.source import SourceText
>>> rec = parse_schedule13_text(SourceText(path="x.txt", text=(
...     "SCHEDULE 13G\\nAcme, Inc.\\n(Name of Issuer)\\n"
...     "1. Names of Reporting Persons.  Acme Fund, L.P.\\n"
...     "4. Citizenship or Place of Organization  Delaware\\n"
...     "5. Sole Voting Power 1,000 6. Shared Voting Power 0\\n"
...     "9. Aggregate Amount Beneficially Owned by Each Reporting Person 1,000\\n"
...     "11. Percent of Class Represented by Amount in Row (9) 5.0%\\n")))
>>> rec.form, rec.issuer.name, [(p.name, p.jurisdiction) for p in rec.parties][1:]
('SC 13G', 'Acme, Inc.', [('Acme Fund, L.P.', 'Delaware')])
>>> c = rec.claims[0]
>>> c.relation.value, rec.party(c.source).name, c.shares, c.percent, c.sole_voting
('beneficial_owner_of', 'Acme Fund, L.P.', 1000, 5.0, 1000)
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.dates import DAY_FIRST, numeric_order
from graphkit.errors import ParseError
from graphkit.models import (AliasKind, Claim, FilingRecord, FilingWarning, FormFamily,
                             Identifier, IdentifierScheme, Issuer, Party, PartyKind, PartyRole,
                             Reading, SubmissionHeader)
from graphkit.names import org_words
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.schedule13_abbreviations import (  # noqa: F401  (re-exported)
    ABBREVIATION, FORM_WORDS, bind_undefined_abbreviations)
from graphkit.parsers.schedule13_cusip import disagreeing_cusip, heading_cusips
from graphkit.parsers.xml_prose import filer_by_leading_words
from graphkit.parsers.business_address import read_business_addresses
from graphkit.parsers.prose import find_collective_terms, find_relationships
from graphkit.parsers.prose_spouse_holdings import add_spouse_holdings
from graphkit.parsers.schedule13_cover import find_cover_pages, merge_fragments, unnamed_pages
from graphkit.parsers.schedule13_front import read_item2_class
from graphkit.parsers.stated_places import read_stated_places
from graphkit.parsers.schedule13_citizenship import (citizenship_span, give_stated_places,
                                                     read_citizenships)
from graphkit.parsers.schedule13_items import (FORM_TITLE, cover_disclaims, find_disclaimers,
                                               find_items, read_front_page, read_issuer_address,
                                               read_item4_values, read_outstanding)
from graphkit.parsers.schedule13_claims import (add_claim, add_signer_officers,
                                                officer_by_organization, add_subsidiary_claims,
                                                check_record_total,
                                                holder_candidates, mentioned_parties,
                                                missing_holdings)
from graphkit.parsers.schedule13_disclaiming import (
    cover_disclaims_in_part, disclaiming_parties, disclaims_in_part, mark_disclaimed_in_part)
from graphkit.parsers.schedule13_claims import plausible_new_party as _plausible_new_party
from graphkit.parsers.prose_role_of_role import find_role_of_roles
from graphkit.parsers.schedule13_prose_claims import ProseClaims
from graphkit.parsers.schedule13_period import settle_event_date
from graphkit.parsers.schedule13_person_tables import add_class_holdings, read_combined_cover
from graphkit.parsers.schedule13_outstanding import PER_CLASS, PLUS_UNREAD
from graphkit.parsers.issuer_class_tag import without_class_tag
from graphkit.parsers.schedule13_header import apply_header_identifiers, header_issuer_name
from graphkit.parsers.schedule13_roster import add_roster_claims
from graphkit.parsers.partybook_predecessor import drop_former_statements
from graphkit.parsers.schedule13_terms import (  # noqa: F401  (re-exported)
    DOCUMENT_TERM, bind_item_terms, definition_pos)
from graphkit.parsers.schedule13_class_holdings import (
    add_cover_class_holdings, holding_title, mixed_classes_warning, names_each, reads_per_class,
    unread_class_warnings)
from graphkit.parsers.schedule13_reporting import (
    fiduciary_capacity, keep_cover_degrees, reporting_firms, reporting_from_covers,
    reporting_from_header_fallback, reporting_from_item4)
from graphkit.parsers.schedule13_subsidiaries import item7_subsidiaries, parent_holding_company
from graphkit.parsers.schedule13_reconcile import ROWS_13D, ROWS_13G, choose_holding
from graphkit.parsers.schedule13_acquirable import AcquirableCounts
from graphkit.parsers.schedule13_ceased import SoleFiler, read_cessations
from graphkit.parsers.schedule13_item2 import (known_or_employer, read_item2_occupations,
                                               sole_filer_occupations)
from graphkit.parsers.schedule13_item6 import read_item6_clients
from graphkit.parsers.schedule13_item5 import check_item5_percent, check_item5_total
from graphkit.parsers.schedule13_group_holding import (filer_groups, item4_group_holding,
                                                       read_group_holdings)
from graphkit.parsers.signature_findings import (join_wrapped_blocks, sign_for_sole_filer,
                                                 sole_filer_findings)
from graphkit.parsers.signatures import read_signatures
from graphkit.relations import Relation
from graphkit.source import SourceText

#: Any text at all to read: three letters in a row
THREE_LETTERS = regex_cache.compile(r"""[A-Za-z]{3}""", re.VERBOSE)

#: The issuer's name on the line after Item 1(a)'s caption: "Name of Issuer:\n  Acme, Inc."
NAME_OF_ISSUER = regex_cache.compile(r"""
    Name\s+of\s+Issuer\s*:?\s*\n?\s*(?P<n>[^\n]+)
""", re.VERBOSE | re.IGNORECASE)

def _family(form: str) -> FormFamily:
    return FormFamily.SCHEDULE_13D if "13D" in form.upper() else FormFamily.SCHEDULE_13G


def _body_start(text: str) -> int:
    """Where the statement begins: the first "SCHEDULE 13D/13G" title after any SGML header."""
    hdr = text.find("</SEC-HEADER>")
    m = FORM_TITLE.search(text, hdr + 1 if hdr >= 0 else 0)
    if not m:
        return max(hdr, 0)
    line = text.rfind("\n", 0, m.start())
    return max(line, 0)


#: How much of a filing after its body opens is read for the order of its numeric dates: its
#: front page and first cover pages
FRONT_PAGE_SPAN = 6000


def parse_schedule13_text(src: SourceText, header: SubmissionHeader | None = None
                          ) -> FilingRecord:
    """Read a Schedule 13D/13G text filing into a :class:`~graphkit.models.FilingRecord`.

    Parameters
    ----------
    src : SourceText
        The text of the filing (OCR text, EDGAR ASCII, or HTML converted to text).
    header : SubmissionHeader, optional
        The EDGAR SGML header of the submission: its form type is used when given, and its
        CIKs are added to the issuer and the reporting persons.

    Raises
    ------
    ParseError
        If the text holds nothing at all to read (no cover page, no issuer, no items).

    See also
    --------
    graphkit.parsers.schedule13_cover.find_cover_pages, graphkit.parsers.prose.find_relationships
    """
    text = src.text
    if not THREE_LETTERS.search(text):
        raise ParseError("no text to read", source=src.path)
    warnings: list[FilingWarning] = list(src.warnings)
    body = _body_start(text)
    # "31/12/2008" on the front page: its "11/02/2009" is in February; "12/31/2008": its
    # "2.11.2009" is too (the front page and the cover pages only: an exhibit's power of
    # attorney may be from another hand); None: not settled
    day_first = DAY_FIRST.get(numeric_order(text[body:body + FRONT_PAGE_SPAN]) or "")
    front = read_front_page(src, body, day_first=day_first)
    warnings.extend(front.warnings)
    covers = find_cover_pages(src, body, security_class=front.security_class)
    warnings.extend(w for cp in covers for w in cp.warnings)
    items = find_items(src, covers[-1].end if covers else body)
    if front.security_class is None and 2 in items:  # a front page with no class caption
        front.security_class = read_item2_class(src, *items[2], issuer=front.issuer_name)
    if not covers and not items and front.issuer_name is None:
        raise ParseError("no cover page, issuer or items found", source=src.path)
    if not covers:
        warnings.append(src.warn("no-cover-page", "no cover page rows found", body))

    form = (header.form_type if header and header.form_type and "13" in header.form_type
            else None) or front.form or "SC 13G"
    form = form.replace("SCHEDULE", "SC").strip()
    book = PartyBook()
    book.note_honorifics(text)
    pages = merge_fragments(covers)
    keep_cover_degrees(book, pages, header)  # "John Roe, M.D." of code CO: no person's name

    # -- issuer ---------------------------------------------------------------------------
    issuer_party: Optional[Party] = None
    issuer_name = front.issuer_name
    if 1 in items and not issuer_name:
        m = NAME_OF_ISSUER.search(text, items[1][0], items[1][1])
        issuer_name = m["n"].strip() if m else None
    if issuer_name:
        issuer_name = without_class_tag(issuer_name)  # "ACME HOLDINGS LTD. CL": a class tag off
        issuer_party = book.add(issuer_name, role=PartyRole.ISSUER, evidence=front.issuer_evidence,
                                kind=PartyKind.ORGANIZATION)
    if issuer_party is None and header_issuer_name(header):
        issuer_party = book.add(header_issuer_name(header) or "", role=PartyRole.ISSUER,
                                evidence=header.evidence if header else None,
                                kind=PartyKind.ORGANIZATION)
        warnings.append(src.warn("issuer-from-header", "no issuer name read in the form; the "
                                 "issuer is the SGML header's subject company", body))
    address = read_issuer_address(src, *items[1]) if 1 in items else None
    if issuer_party is not None:
        if address:
            issuer_party.addresses.append(address)
        if front.cusip:
            issuer_party.identifiers.append(Identifier(scheme=IdentifierScheme.CUSIP,
                                                       value=front.cusip))
    if front.cusip and (other := disagreeing_cusip(
            front.cusip, heading_cusips(text, body, len(text)), text, body)) is not None:
        warnings.append(src.warn("cusip-disagrees", f"{src.path}: a cover page heading prints "
                                 f"CUSIP {other[0]}, the front page {front.cusip} (kept); one "
                                 "of them is another security's", other[1]))

    # -- names: Item 2 defined terms, then cover pages, then signatures -------------------
    items_start = min((s for s, _ in items.values()), default=covers[-1].end if covers else body)
    later_terms = bind_item_terms(src, book, body, covers)  # "Plan": its plan read in prose

    unnamed = unnamed_pages(covers)
    # one cover for a group: row 1 lists the persons, the rows are tables of their lines
    combined = read_combined_cover(src, covers[0].start, covers[-1].end) if covers else None
    reporting, trustees, unread = reporting_from_covers(book, pages, combined)
    for name, cps in unread:  # "Jane Q. Roe, Executor": an estate's, its name not printed
        capacity, held = fiduciary_capacity(name)
        warnings.append(src.warn(f"{held}-not-named", f"{src.path}: cover page "
                                 f"{cps[0].index} names {name!r}: a cover in the capacity of "
                                 f"{capacity} (its holder files one of its own) whose {held} "
                                 "is not named whole; its aggregate "
                                 f"({cps[0].first('aggregate') or 0:,}) is given to no one",
                                 cps[0].start))

    sigs = read_signatures(src, items_start, reporting_firms(reporting), day_first)
    # the title's "(12/31/97)" unless after the signing; else "(For the period ended ...)"
    warnings += settle_event_date(src, front, sigs, header.filed_date if header else None)
    rp_known = bool(reporting)
    def known(name: str) -> bool:
        return book.lookup(name, fuzzy=False) is not None

    join_wrapped_blocks(sigs, known)  # "ACME INVESTMENT" / "MANAGEMENT, INC."
    for sig in sigs.signatures:
        for name in sig.on_behalf_of:
            p = book.add(name, how=AliasKind.SIGNATURE, evidence=sig.evidence,
                         create=not rp_known and _plausible_new_party(name))
            if p is None:
                warnings.append(src.warn("unmatched-signature-name",
                                         f"signature block names {name!r}, no reporting person "
                                         f"of that name", src.text_pos(sig.evidence.start)
                                         if sig.evidence and sig.evidence.start is not None
                                         else None))
        # a hand signature is a natural person's, whatever the name looks like ("Jan de Wit"),
        # never the firm named after her ("Jane Roe" signing for "Jane Roe, Inc.")
        signer_kind = PartyKind.ORGANIZATION if org_words(sig.signer) else PartyKind.PERSON
        book.add(sig.signer, role=PartyRole.SIGNER, evidence=sig.evidence,
                 how=AliasKind.SIGNATURE, kind=signer_kind,
                 stated_kind=signer_kind if signer_kind is PartyKind.PERSON else None)

    # -- abbreviations used but never defined ------------------------------------------
    bind_undefined_abbreviations(src, book, items_start, sigs.end or len(text))

    # -- Item 2(c) citizenship ------------------------------------------------------------
    stated = [sp for cp in covers for sp in cp.stated_places]  # "X is a Maltese corporation
    if 2 in items and (c_span := citizenship_span(src, *items[2])) is not None:  # and Y ..."
        stated += read_stated_places(src, *c_span, "Item 2(c)")
    give_stated_places(book, [p for p, _ in reporting], stated)
    if 2 in items:
        for who, place, ev in read_citizenships(src, *items[2]):
            # a place stated alone ("Citizenship: Delaware") is the one reporting person's
            p = book.lookup(who) if who else reporting[0][0] if len(reporting) == 1 else None
            if p is not None and PartyRole.ISSUER not in p.roles:
                if p.jurisdiction is None:
                    p.jurisdiction = place
                p.readings.append(Reading(field="jurisdiction", raw=ev.text, value=place,
                                          evidence=ev))

    # -- Item 2(b) business addresses (context for the resolver) -----------------------------
    if 2 in items:
        for office in read_business_addresses(src, *items[2]):
            holders = [book.lookup(n) for n in office.names] if office.names else []
            if not any(holders):  # no name read, or none known ("each of the Funds"): every one
                left_out = {p.id for p in map(book.lookup, office.excepted) if p is not None}
                # but those it is not ("other than Mr. Smith"), none if they are not known; none
                # for the issuer's office ("... office of the Issuer is")
                holders = [p for p, _ in reporting if p.id not in left_out] \
                    if (left_out or not office.excepted) and not office.of_issuer() else []
            for p in holders:
                if p is not None and PartyRole.ISSUER not in p.roles \
                        and office.address not in p.addresses:
                    p.addresses.append(office.address)

    # -- no cover page: the reporting persons of Item 4's per-person blocks ---------------
    table = read_item4_values(src, *items[4], security_class=front.security_class) \
        if 4 in items else []
    if not covers:
        reporting = reporting_from_item4(table, book)
        if reporting:
            warnings = [w for w in warnings if w.code != "no-cover-page"]
            warnings.append(src.warn(
                "no-cover-page", "no cover page rows found; holdings of "
                f"{', '.join(p.name for p, _ in reporting)} read from Item 4", items[4][0]))

    # -- no reporting person read in the form: the header's filers -------------------------
    if not reporting and header is not None:
        reporting, unnamed, header_warnings = reporting_from_header_fallback(
            src, header, book, unnamed, body)
        warnings += header_warnings
    for cp in unnamed:
        warnings.append(src.warn("unnamed-cover", f"{src.path}: cover page {cp.index} names no "
                                 f"reporting person that can be read; its aggregate "
                                 f"({cp.first('aggregate'):,}) is given to no one", cp.start))

    # -- prose relationships --------------------------------------------------------------
    signed = sigs.findings + sole_filer_findings(  # "/s/ Jane Roe" / "President"
        sigs, [p for p, _ in reporting], lambda name: book.lookup(name, fuzzy=False))
    if len(reporting) == 1:  # "/s/ Jane Roe" / "Attorney-in-Fact": for the only filer
        sign_for_sole_filer(sigs, reporting[0][0], lambda n: book.lookup(n) is reporting[0][0])
    findings = find_relationships(src, body, len(text)) + \
        [f for f in signed if not officer_by_organization(f, book)]  # "for Acme Sachs"
    if 2 in items:  # "(a) Name: X ... (c) <occupation>": X's roles at parties read or employers
        findings += known_or_employer(read_item2_occupations(src, *items[2]),
                                      lambda name: book.lookup(name) is not None)
        if len(reporting) == 1 and reporting[0][0].kind is PartyKind.PERSON:  # "His principal
            findings += sole_filer_occupations(src, *items[2], reporting[0][0].name)  # occupation
    if 6 in items:  # "X holds ... on behalf of each of the following client(s):" / the list
        findings += read_item6_clients(src, *items[6])
    findings += find_role_of_roles(src, body, len(text))  # "X, the GP of the manager of Y": last
    claims: list[Claim] = []
    for person_id, trust_id, ev in trustees:
        add_claim(claims, Relation.TRUSTEE_OF, person_id, trust_id, ev)
    groups = find_collective_terms(src, body, len(text))
    prose = ProseClaims(src, book, claims, [p for p, _ in reporting], groups, later_terms)
    officers = [f for f in findings if f.pattern == "signature_officer"]  # after the rosters
    warnings += add_spouse_holdings(prose, body, front.security_class, findings)  # first
    warnings += prose.add([f for f in findings if f.pattern != "signature_officer"],
                          roster_pending=True)  # "Mr. Roe": the roster's person?

    # -- Instruction C rosters: the directors and executive officers of a corporate filer ---
    warnings += add_roster_claims(src, book, claims, body, len(text), [p for p, _ in reporting])
    warnings += prose.add(prose.later)
    add_signer_officers(officers, book, claims)
    record = prose.record

    # -- Item 7: the subsidiaries of the one parent holding company ------------------------
    parent = parent_holding_company([p for p, _ in reporting])
    if 7 in items and parent is not None:
        add_subsidiary_claims(claims, book, parent, item7_subsidiaries(src, *items[7]))

    # -- holdings -------------------------------------------------------------------------
    outstanding = read_outstanding(src, items_start, security_class=front.security_class) or \
        read_outstanding(src, body, security_class=front.security_class)
    out_n = int(outstanding.value) if outstanding is not None and outstanding.value else None
    if outstanding is not None and outstanding.value is None:  # stated per class, not this one
        warnings.append(src.warn("outstanding-per-class", outstanding.note or PER_CLASS,
                                 src.text_pos(outstanding.evidence.start) if outstanding.evidence
                                 and outstanding.evidence.start is not None else None))
    if outstanding is not None and outstanding.note == PLUS_UNREAD:
        warnings.append(src.warn("outstanding-partial", f"shares outstanding: {PLUS_UNREAD}",
                                 src.text_pos(outstanding.evidence.start) if outstanding.evidence
                                 and outstanding.evidence.start is not None else None))
    disclaimers = find_disclaimers(src, items_start, sigs.start or len(text))
    rp_ids = {p.id for p, _ in reporting}
    acquirable = AcquirableCounts(text)  # read only if a percent does not fit
    disclaimed = disclaiming_parties(disclaimers, book, groups, rp_ids)
    for party, cps in reporting:
        if combined is not None and not cps:
            disclaims = party.id in disclaimed or None
            warnings += add_class_holdings(claims, src, combined, book, party, issuer_party,
                                           form, front.event_date, disclaims)
            continue
        warnings += unread_class_warnings(src, party, cps)
        # "Class A: 1,000" / "Class B: 2,000": one holding per class; one class labelled
        # ("Class A Common Stock: 1,000,000") is the holding read as any other
        labels = list(dict.fromkeys(c for cp in cps for c in cp.class_values))
        mixed = len(labels) > 1 and not reads_per_class(cps, front.security_class)
        if mixed:  # unsure: one holding, which may mix the classes (review covers17 M1)
            warnings.append(mixed_classes_warning(src, party, cps, labels))
            cps = [cp.model_copy(update={"class_values": {}}) for cp in cps]
        if len({c for cp in cps for c in cp.class_values}) > 1 and issuer_party is not None:
            warnings += add_cover_class_holdings(
                claims, src, party, cps, issuer_party, ROWS_13D if "13D" in form.upper()
                else ROWS_13G, front.event_date, front.security_class, party.id in disclaimed
                or any(cover_disclaims(src, cp.start, cp.end) for cp in cps) or None)
            continue
        cands = holder_candidates(party, cps, table, record.get(party.id, []), book,
                                  alone=len(reporting) == 1)
        h = choose_holding(cands, out_n, rows=ROWS_13D if "13D" in form.upper() else ROWS_13G,
                           larger_base=acquirable.base, acquirable=acquirable.explains,
                           percent_bound=next((cp.percent_bound for cp in cps
                                               if cp.percent_bound is not None), None))
        read_any = bool(cps) or any(v is not None for v in h.values.values())
        if not read_any:
            continue  # nothing read of its holding (a header's filer): no claim of nothing
        where = cps[0].start if cps else items[4][0] if 4 in items else None
        for code, msg in h.problems:
            warnings.append(src.warn(code, f"{party.name}: {msg}", where))
        if issuer_party is None:
            continue
        disclaims = party.id in disclaimed or \
            any(cover_disclaims(src, cp.start, cp.end) for cp in cps) or None
        ev = [cp.evidence for cp in cps if cp.evidence] + \
             [f.evidence for f in record.get(party.id, [])]
        if not cps:  # read from Item 4: its lines are the evidence
            ev += [tv.reading.evidence for tv in table if tv.reading.evidence is not None
                   and tv.who and book.lookup(tv.who, fuzzy=False) is party]
        add_claim(claims, Relation.BENEFICIAL_OWNER_OF, party.id, issuer_party.id, None,
                   extra_evidence=ev, shares=h.values.get("aggregate"),
                   percent=h.values.get("percent"), sole_voting=h.values.get("sole_voting"),
                   shared_voting=h.values.get("shared_voting"),
                   sole_dispositive=h.values.get("sole_dispositive"),
                   shared_dispositive=h.values.get("shared_dispositive"),
                   as_of=front.event_date,
                   security_class=None if mixed and names_each(front.security_class, labels)
                   else holding_title(front.security_class, cps),
                   disclaims=disclaims, readings=h.readings)
    # "except to the extent of its pecuniary interest", "the shares issued to Acme Trading":
    # each disclaimer of a party of part of its holding (none on its cover page)
    mark_disclaimed_in_part(claims, disclaimed - disclaiming_parties(
        [d for d in disclaimers if not disclaims_in_part(d, book, groups, rp_ids)], book,
        groups, rp_ids) - {p.id for p, cps in reporting
                           if any(cover_disclaims(src, c.start, c.end) for c in cps)})
    # "2,050,000 shares (with disclaimer of beneficial ownership as to 1,100,000 shares)"
    mark_disclaimed_in_part(claims, {p.id for p, cps in reporting if cover_disclaims_in_part(
        src, [(c.start, c.end) for c in cps], next((c.shares for c in claims if c.source == p.id
                                                    and c.disclaims), None))})
    # record holders that are not reporting persons still hold their shares of record, and a
    # holding the text states of a party with no cover page is kept
    if issuer_party is not None:
        for pid, fs in record.items():
            if pid in rp_ids or pid == issuer_party.id:
                continue
            f = fs[0]
            add_claim(claims, Relation.BENEFICIAL_OWNER_OF, pid, issuer_party.id, f.evidence,
                       shares=f.shares, percent=f.percent, as_of=front.event_date,
                       note="; ".join(filter(None, [
                           "record holder" if f.pattern == "record_holder" else
                           "stated in the text, not on a cover page", f.note])),
                       security_class=front.security_class)
    warnings += drop_former_statements(claims, book)  # "Old Acme owned 1,000 shares": history
    warnings.extend(check_record_total(src, {p: fs for p, fs in record.items()
                                             if p not in book.former_ids}, claims, items_start))
    if 5 in items and "13D" in form.upper():  # a stale Item 5(a) against the cover pages
        held = [c for c in claims if c.relation is Relation.BENEFICIAL_OWNER_OF and
                c.source in rp_ids and c.shares]
        warnings += check_item5_total(src, *items[5], [c.shares or 0 for c in held],
                                      [c.percent for c in held if c.percent is not None],
                                      front.security_class or "")
        warnings += check_item5_percent(src, *items[5], [(c.shares or 0, c.percent) for c in held
                                                         if c.percent is not None],
                                        front.security_class or "")

    unmatched, joint = apply_header_identifiers(book, header, issuer_party)
    for name in unmatched:
        warnings.append(src.warn("header-name-unmatched", f"the SGML header names {name!r}, "
                                 "no party of the filing; its CIK is not attached", body))
    for name in joint:
        warnings.append(src.warn("header-cik-joint", f"the SGML header's filer {name!r} joins "
                                 "two persons under one CIK; the CIK is attached to neither",
                                 body))
    warnings.extend(missing_holdings(src, book, claims, body))
    ceased = read_cessations(src, items.get(5), body, sigs.start or len(text),
                             lambda name: getattr(book.lookup(name) or filer_by_leading_words(
                                 name, [p for p, _ in reporting], book), "id", None),
                             SoleFiler(reporting[0][0], book.stated_sex(reporting[0][0]))
                             if len(reporting) == 1 else None)  # "it ceased"
    return FilingRecord(
        source=src.path, form=form, family=_family(form),
        amendment_number=front.amendment_number,
        accession_number=header.accession_number if header else None,
        issuer=Issuer(party_id=issuer_party.id, name=issuer_party.name, cusip=front.cusip,
                      cik=issuer_party.cik(), address=address) if issuer_party else None,
        event_date=front.event_date, signature_date=sigs.date,
        filed_date=header.filed_date if header else None,
        security_class=front.security_class, outstanding_shares=outstanding,
        parties=mentioned_parties(book.parties, claims), claims=claims, signatures=sigs.signatures,
        ceased=ceased, warnings=warnings, group_holdings=read_group_holdings(
            src, items_start, sigs.start if sigs.start > items_start else len(text),
            terms=filer_groups(groups, book, [p for p, _ in reporting])) + [
                g for g in [item4_group_holding(table, [cp.first("aggregate") for cp in covers])]
                if g is not None])
