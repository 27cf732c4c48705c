"""Schedule 13D/13G filings as text (OCR'd paper, EDGAR ASCII, HTML converted to text).

:func:`parse_schedule13_text` reads the front page (:mod:`.schedule13_items`), the cover pages
(:mod:`.schedule13_cover`), Items 2 and 4, the prose (:mod:`.prose`) and the signatures
(:mod:`.signatures`), links every spelling of a party within the filing
(:mod:`.partybook`), and chooses each holder's numbers by the filing's own arithmetic
(:mod:`.schedule13_reconcile`).

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
from collections import Counter
from typing import Optional

from graphkit.errors import ParseError
from graphkit.models import (AliasKind, Claim, Evidence, FilingRecord, FilingWarning, FormFamily,
                             Identifier, IdentifierScheme, Issuer, Party, PartyKind, PartyRole,
                             Reading, SubmissionHeader)
from graphkit.names import guess_kind, org_words
from graphkit.parsers.partybook import PartyBook, squeeze
from graphkit.parsers.business_address import read_business_addresses
from graphkit.parsers.prose import (DefinedTerm, ProseFinding, find_collective_terms,
                                    find_defined_terms, find_relationships, is_collective_name)
from graphkit.parsers.schedule13_cover import CoverPage, QUANTITY_FIELDS, find_cover_pages, is_party_name
from graphkit.parsers.schedule13_items import (FORM_TITLE, find_disclaimers, find_items,
                                               read_citizenships, read_front_page,
                                               read_issuer_address, read_item4_values,
                                               read_outstanding)
from graphkit.parsers.schedule13_reconcile import Candidate, choose_holding
from graphkit.parsers.signatures import read_signatures
from graphkit.relations import Relation
from graphkit.source import SourceText

#: Weight of a cover row's own cell, of later readings in the same region (torn layout debris),
#: of an Item 4 table line, and of a record-holder sentence (a holder's own shares, which its
#: aggregate usually but not always equals).
W_COVER, W_COVER_DEBRIS, W_TABLE, W_RECORD = 1.0, 0.3, 1.0, 0.5

#: Phrases that name things, never parties, in defined terms: '("Act")', '("Common Stock")'.
NOT_A_PARTY = re.compile(r"""
    \b(?:stock|shares?|act|rule|schedule|statement|agreement|commission|notes?|warrants?|units
    |securities|options?|exchange|plan|merger|offering|transaction|date|period|section|item)\b
""", re.VERBOSE | re.IGNORECASE)

#: A note printed after a cover-page name: "Jane Q. Doe [See Preliminary Note]"
COVER_NOTE = re.compile(r"""\s*\[\s*See\b[^\]]*\]\s*$""", re.VERBOSE | re.IGNORECASE)

#: Capitalised words that look like abbreviations but are form words: never linked by acronym.
FORM_WORDS = frozenset("""
    CUSIP SEC IRS LLC INC LTD USA THE AND NOT FOR ITEM SCHEDULE NOTE NOTES EXHIBIT SIGNATURE
    SIGNATURES CERTIFICATION AMENDMENT RULE PAGE ACT COMMON STOCK JOINT FILING AGREEMENT PURSUANT
    SECURITIES EXCHANGE COMMISSION UNITED STATES NAME TITLE DATE SOLE SHARED VOTING POWER
    DISPOSITIVE REPORTING PERSON PERSONS AGGREGATE AMOUNT PERCENT CLASS TYPE CHECK SOURCE FUNDS
    ONLY USE NONE INDEX EDGAR GAAP LLP NYSE NASDAQ
""".split())

#: An undefined abbreviation used in the items: "TCVA", "SVP VI" is not one (two words).
ABBREVIATION = re.compile(r"""(?<![\w-])(?P<abbr>[A-Z][A-Z0-9]{2,7})(?![\w-])""", re.VERBOSE)
#: "for an aggregate of 6,288,626 shares" (the total the record holders should add up to)
AGGREGATE_OF = re.compile(r"""aggregate\s+of\s+(?P<num>[0-9][0-9,.]{2,14}[0-9])\s+shares""",
                          re.VERBOSE | re.IGNORECASE)


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


def _plausible_new_party(name: str) -> bool:
    if NOT_A_PARTY.search(name) or len(name) < 4:
        return False
    if name.isupper() and " " not in name:  # an abbreviation nobody defined
        return False
    return bool(org_words(name)) or guess_kind(name) is PartyKind.PERSON


def apply_header_identifiers(book: PartyBook, header: Optional[SubmissionHeader],
                             issuer: Optional[Party]) -> list[str]:
    """Add the CIKs of an EDGAR header to the matching parties of ``book``.

    The subject company's CIK goes to the issuer; filed-by / filer CIKs go to the reporting
    person of the same name (matched as spellings are within a filing). Returns the header
    names that matched no party.

    >>> from graphkit.models import HeaderCompany
    >>> book = PartyBook(); fund = book.add("Acme Fund, L.P.", role="reporting_person")
    >>> hdr = SubmissionHeader(companies=[HeaderCompany(role="filed_by", name="ACME FUND L P",
    ...                                                 cik="0000000042")])
    >>> apply_header_identifiers(book, hdr, None), fund.identifiers[0].value
    ([], '0000000042')
    """
    unmatched: list[str] = []
    if header is None:
        return unmatched
    for co in header.companies:
        if not co.cik:
            continue
        if co.role in ("subject_company", "issuer"):
            target = issuer
        else:
            target = book.lookup(co.name)
            if target is None or PartyRole.ISSUER in target.roles:
                target = None
        if target is None:
            unmatched.append(co.name)
            continue
        ident = Identifier(scheme=IdentifierScheme.CIK, value=co.cik)
        if ident not in target.identifiers:
            target.identifiers.append(ident)
    return unmatched


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
    if not re.search(r"[A-Za-z]{3}", text):
        raise ParseError("no text to read", source=src.path)
    warnings: list[FilingWarning] = list(src.warnings)
    body = _body_start(text)
    front = read_front_page(src, body)
    covers = find_cover_pages(src, body)
    items = find_items(src, covers[-1].end if covers else body)
    if not covers and not items and front.issuer_name is None:
        raise ParseError("no cover page, issuer or items found", source=src.path)
    if not covers:
        warnings.append(src.warn("no-cover-page", "no cover page rows found", body))

    form = (header.form_type if header and header.form_type and "13" in header.form_type
            else None) or front.form or "SC 13G"
    form = form.replace("SCHEDULE", "SC").strip()
    book = PartyBook()

    # -- issuer ---------------------------------------------------------------------------
    issuer_party: Optional[Party] = None
    issuer_name = front.issuer_name
    if 1 in items and not issuer_name:
        m = re.search(r"Name\s+of\s+Issuer\s*:?\s*\n?\s*(?P<n>[^\n]+)", text[items[1][0]:items[1][1]],
                      re.I)
        issuer_name = m["n"].strip() if m else None
    if issuer_name:
        issuer_party = book.add(issuer_name, role=PartyRole.ISSUER, evidence=front.issuer_evidence,
                                kind=PartyKind.ORGANIZATION)
    address = read_issuer_address(src, *items[1]) if 1 in items else None
    if issuer_party is not None:
        if address:
            issuer_party.addresses.append(address)
        if front.cusip:
            issuer_party.identifiers.append(Identifier(scheme=IdentifierScheme.CUSIP,
                                                       value=front.cusip))

    # -- names: Item 2 defined terms, then cover pages, then signatures -------------------
    items_start = min((s for s, _ in items.values()), default=covers[-1].end if covers else body)
    defined = [t for t in find_defined_terms(src, body, len(text))
               if not t.collective and not NOT_A_PARTY.search(t.term)]
    for t in defined:
        if t.evidence.start is not None and any(
                cp.start <= t.evidence.start - src.offset < _cover_rows_end(cp, src)
                for cp in covers):
            continue  # cover-page definitions are bound with the cover names below
        if is_collective_name(t.name):
            continue  # "the general partner of the Funds (the "GP")" names no party "Funds"
        existing = book.lookup(t.name)
        if existing is None and not _plausible_new_party(t.name):
            continue
        book.bind_term(t.term, t.name, evidence=t.evidence)

    pages = _merge_fragments(covers)
    reporting: list[tuple[Party, list[CoverPage]]] = []
    for cp_list in pages:
        name_r = cp_list[0].names[0]
        name = re.sub(r"""\s*\((?:the\s+)?["“][^"”]+["”]\)\s*$""", "", str(name_r.value))
        name = COVER_NOTE.sub("", name)
        party = book.add(name, role=PartyRole.REPORTING_PERSON, evidence=name_r.evidence,
                         how=AliasKind.SPELLING)
        if party is None:
            continue
        term = re.search(r"""\((?:the\s+)?["“](?P<t>[^"”]+)["”]\)\s*$""", str(name_r.value))
        if term:
            book.bind_term(term["t"], name, evidence=name_r.evidence)
        for other in cp_list[0].names[1:]:
            book.add(str(other.value), how=AliasKind.SPELLING, evidence=other.evidence)
        _apply_cover_facts(party, cp_list)
        for i, (p, lst) in enumerate(reporting):
            if p.id == party.id:
                reporting[i] = (p, lst + cp_list)
                break
        else:
            reporting.append((party, cp_list))

    sigs = read_signatures(src, items_start)
    rp_known = bool(reporting)
    for sig in sigs.signatures:
        for name in sig.on_behalf_of:
            p = book.add(name, how=AliasKind.SIGNATURE, evidence=sig.evidence,
                         create=not rp_known and _plausible_new_party(name))
            if p is None:
                warnings.append(src.warn("unmatched-signature-name",
                                         f"signature block names {name!r}, no reporting person "
                                         f"of that name", sig.evidence.start if sig.evidence and
                                         sig.evidence.start is not None else None))
        signer = book.add(sig.signer, role=PartyRole.SIGNER, evidence=sig.evidence,
                          how=AliasKind.SIGNATURE, kind=guess_kind(sig.signer))
        if signer is not None and PartyRole.REPORTING_PERSON not in signer.roles and \
                signer.kind is PartyKind.PERSON:
            pass

    # -- abbreviations used but never defined ------------------------------------------
    seen_abbr: set[str] = set()
    for m in ABBREVIATION.finditer(text, items_start, sigs.end or len(text)):
        a = m["abbr"]
        if a in seen_abbr or a in FORM_WORDS or book.lookup(a, fuzzy=False) is not None:
            continue
        seen_abbr.add(a)
        book.link_abbreviation(a, evidence=src.evidence(m.start(), m.end(), section="abbreviation"))

    # -- Item 2(c) citizenship ------------------------------------------------------------
    if 2 in items:
        for who, place, ev in read_citizenships(src, *items[2]):
            p = book.lookup(who)
            if p is not None and PartyRole.ISSUER not in p.roles:
                if p.jurisdiction is None:
                    p.jurisdiction = place
                p.readings.append(Reading(field="jurisdiction", raw=ev.text, value=place,
                                          evidence=ev))

    # -- Item 2(b) business addresses (context for the resolver) -----------------------------
    if 2 in items:
        for office in read_business_addresses(src, *items[2]):
            holders = [book.lookup(n) for n in office.names] if office.names else \
                [p for p, _ in reporting]
            for p in holders:
                if p is not None and PartyRole.ISSUER not in p.roles \
                        and office.address not in p.addresses:
                    p.addresses.append(office.address)

    # -- prose relationships --------------------------------------------------------------
    findings = find_relationships(src, body, len(text)) + sigs.findings
    claims: list[Claim] = []
    record: dict[str, list[ProseFinding]] = {}

    def resolve(name: str) -> Optional[Party]:
        p = book.lookup(name)
        if p is None and _plausible_new_party(name):
            p = book.add(name, role=PartyRole.NAMED)
        return p

    groups = find_collective_terms(src, body, len(text))

    def resolve_all(name: str) -> list[Party]:
        members = expand_collective(name, groups, book)
        if members is not None:
            return members
        p = resolve(name)
        return [p] if p is not None else []

    for f in findings:
        holders = resolve_all(f.holder)
        if f.relation is Relation.BENEFICIAL_OWNER_OF and not f.held:
            if len(holders) == 1:
                record.setdefault(holders[0].id, []).append(f)
            continue
        for holder in holders:
            for held in resolve_all(f.held):
                if held.id == holder.id:
                    continue
                if PartyRole.REPORTING_PERSON not in holder.roles:
                    book.add_role(holder, PartyRole.NAMED)
                if PartyRole.REPORTING_PERSON not in held.roles and \
                        PartyRole.ISSUER not in held.roles:
                    book.add_role(held, PartyRole.NAMED)
                _add_claim(claims, f.relation, holder.id, held.id, f.evidence, title=f.title)

    # -- holdings -------------------------------------------------------------------------
    outstanding = read_outstanding(src, items_start) or read_outstanding(src, body)
    out_n = int(outstanding.value) if outstanding is not None and outstanding.value else None
    table = read_item4_values(src, *items[4]) if 4 in items else []
    disclaimers = find_disclaimers(src, items_start, sigs.start or len(text))
    rp_ids = {p.id for p, _ in reporting}
    for party, cps in reporting:
        cands = _cover_candidates(cps)
        for tv in table:
            who = book.lookup(tv.who, fuzzy=False) if tv.who else None
            if (who is not None and who.id == party.id) or (tv.who is None and len(reporting) == 1):
                cands.append(Candidate(field=tv.field, weight=W_TABLE, reading=tv.reading))
        for f in record.get(party.id, []):
            if f.shares is not None:
                cands.append(Candidate(field="aggregate", weight=W_RECORD, reading=Reading(
                    field="aggregate", raw=f.evidence.text[:120], value=f.shares,
                    evidence=f.evidence, note="record holder")))
        h = choose_holding(cands, out_n)
        for code, msg in h.problems:
            warnings.append(src.warn(code, f"{party.name}: {msg}", cps[0].start))
        if issuer_party is None:
            continue
        disclaims = any(d.everyone or any(book.lookup(n, fuzzy=False) is party for n in d.names)
                        for d in disclaimers) or None
        ev = [cp.evidence for cp in cps if cp.evidence] + \
             [f.evidence for f in record.get(party.id, [])]
        _add_claim(claims, Relation.BENEFICIAL_OWNER_OF, party.id, issuer_party.id, None,
                   extra_evidence=ev, shares=h.values.get("aggregate"),
                   percent=h.values.get("percent"), sole_voting=h.values.get("sole_voting"),
                   shared_voting=h.values.get("shared_voting"),
                   sole_dispositive=h.values.get("sole_dispositive"),
                   shared_dispositive=h.values.get("shared_dispositive"),
                   as_of=front.event_date, security_class=front.security_class,
                   disclaims=disclaims, readings=h.readings)
    # record holders that are not reporting persons still hold their shares of record
    if issuer_party is not None:
        for pid, fs in record.items():
            if pid in rp_ids or pid == issuer_party.id:
                continue
            f = fs[0]
            _add_claim(claims, Relation.BENEFICIAL_OWNER_OF, pid, issuer_party.id, f.evidence,
                       shares=f.shares, as_of=front.event_date, note="record holder",
                       security_class=front.security_class)
    warnings.extend(_check_record_total(src, record, claims, items_start))

    apply_header_identifiers(book, header, issuer_party)
    return FilingRecord(
        source=src.path, form=form, family=_family(form),
        amendment_number=front.amendment_number,
        accession_number=header.accession_number if header else None,
        issuer=Issuer(party_id=issuer_party.id, name=issuer_party.name, cusip=front.cusip,
                      address=address) if issuer_party else None,
        event_date=front.event_date, signature_date=sigs.date if sigs.signatures else None,
        filed_date=header.filed_date if header else None,
        security_class=front.security_class, outstanding_shares=outstanding,
        parties=_mentioned(book.parties, claims), claims=claims, signatures=sigs.signatures, warnings=warnings)


def expand_collective(name: str, groups: list[DefinedTerm], book: PartyBook
                      ) -> Optional[list[Party]]:
    """The parties a group name stands for; None when ``name`` is not a group name.

    A group the filing defines ("the Acme Funds") expands to the members it lists (as far
    as they are known parties); an undefined group ("the Managing Members") expands to nothing,
    so no relationship ever ends at a group.

    >>> from graphkit.source import SourceText
    >>> book = PartyBook(); a = book.add("Acme I, L.P."); b = book.add("Acme II, L.P.")
    >>> groups = find_collective_terms(SourceText(path="x", text='Acme I, L.P. and Acme II, '
    ...     'L.P. are together referred to herein as the "Acme Funds."'))
    >>> [p.name for p in expand_collective("the Acme Funds", groups, book)]
    ['Acme I, L.P.', 'Acme II, L.P.']
    >>> expand_collective("the Managing Members", groups, book), expand_collective("Acme I", [], book)
    ([], None)
    """
    key = squeeze(re.sub(r"^(?:each\s+of\s+)?(?:the\s+)?", "", name.strip(), flags=re.I))
    if not key:
        return None
    match = [g for g in groups if squeeze(g.term) == key]
    if not match and len(key) >= 8:
        match = [g for g in groups if squeeze(g.term).endswith(key)]
    if len({g.term for g in match}) == 1:
        out: list[Party] = []
        for m in match[0].members:
            p = book.lookup(m)
            if p is not None and p not in out:
                out.append(p)
        return out
    if match or (is_collective_name(name) and book.lookup(name, fuzzy=False) is None):
        return []
    return None


def _mentioned(parties: list[Party], claims: list[Claim]) -> list[Party]:
    """Parties with a role in the filing or an end of a claim (a term defined for a name the
    filing then never relates to anything is dropped)."""
    ends = {c.source for c in claims} | {c.target for c in claims}
    return [p for p in parties if p.roles or p.id in ends]


def _cover_rows_end(cp: CoverPage, src: SourceText) -> int:
    """Where the rows of a cover page end: after its type-of-reporting-person cell if read."""
    ev = cp.type_codes.evidence if cp.type_codes is not None else None
    if ev is not None and ev.start is not None:
        return min(cp.end, ev.start - src.offset + 200)
    return cp.end


def _merge_fragments(covers: list[CoverPage]) -> list[list[CoverPage]]:
    """Group cover fragments: a fragment without a usable name continues the page before it."""
    groups: list[list[CoverPage]] = []
    for cp in covers:
        named = [n for n in cp.names if is_party_name(str(n.value))]
        cp = cp.model_copy(update={"names": named})
        if named or not groups:
            if named:
                groups.append([cp])
        else:
            groups[-1].append(cp)
    return groups


def _apply_cover_facts(party: Party, cps: list[CoverPage]) -> None:
    places = [r for cp in cps for r in cp.jurisdiction if r.value]
    if places and party.jurisdiction is None:
        party.jurisdiction = str(Counter(str(r.value) for r in places).most_common(1)[0][0])
    for r in places:
        if r.repaired and r not in party.readings:
            party.readings.append(r)
    for cp in cps:
        if cp.type_codes is not None:
            for code in str(cp.type_codes.value).split():
                if code not in party.type_codes:
                    party.type_codes.append(code)
            if cp.type_codes.repaired:
                party.readings.append(cp.type_codes)
        if cp.irs_number:
            ident = Identifier(scheme=IdentifierScheme.IRS_EIN, value=cp.irs_number)
            if ident not in party.identifiers:
                party.identifiers.append(ident)


def _cover_candidates(cps: list[CoverPage]) -> list[Candidate]:
    out: list[Candidate] = []
    for n, cp in enumerate(cps):
        for fld in (*QUANTITY_FIELDS, "percent"):
            for i, r in enumerate(cp.values.get(fld, [])):
                first = i == 0
                out.append(Candidate(field=fld, weight=W_COVER if first else W_COVER_DEBRIS,
                                     reading=r, primary=first and n == 0))
                if first and fld != "percent":
                    from graphkit.ocr import quantity_candidates
                    for alt in quantity_candidates(r.raw)[1:]:
                        out.append(Candidate(field=fld, weight=W_COVER_DEBRIS / 2,
                                             reading=r.model_copy(update={"value": alt})))
    return out


def _add_claim(claims: list[Claim], relation: Relation, source: str, target: str,
               evidence: Optional[Evidence], extra_evidence: list[Evidence] | None = None,
               **attrs: object) -> Claim:
    for c in claims:
        if c.relation is relation and c.source == source and c.target == target:
            if evidence is not None and evidence not in c.evidence:
                c.evidence.append(evidence)
            return c
    ev = ([evidence] if evidence is not None else []) + list(extra_evidence or [])
    clean = {k: v for k, v in attrs.items() if v is not None}
    claim = Claim(id=f"c{len(claims) + 1}", relation=relation, source=source, target=target,
                  evidence=ev, **clean)  # type: ignore[arg-type]
    claims.append(claim)
    return claim


def _check_record_total(src: SourceText, record: dict[str, list[ProseFinding]],
                        claims: list[Claim], start: int) -> list[FilingWarning]:
    """Record holders should add up to the stated aggregate (and to a holder's aggregate)."""
    shares = [f.shares for fs in record.values() for f in fs[:1] if f.shares is not None]
    if len(shares) < 2:
        return []
    total = sum(shares)
    m = AGGREGATE_OF.search(src.text, start)
    out: list[FilingWarning] = []
    if m:
        from graphkit.ocr import read_quantity
        r = read_quantity(m["num"])
        if r is not None and r.value != total:
            out.append(src.warn("sum-mismatch", f"record holders add up to {total:,}, the filing "
                                f"states an aggregate of {m['num']}", m.start()))
    bo = [c for c in claims if c.relation is Relation.BENEFICIAL_OWNER_OF and c.shares]
    for c in bo:
        if c.shares == total:
            c.note = ((c.note + "; ") if c.note else "") + \
                f"equals the record holders' total ({total:,})"
    if bo and not any(c.shares == total for c in bo) and not m:
        out.append(src.warn("sum-mismatch", f"record holders add up to {total:,}, no reporting "
                            f"person reports that aggregate", None))
    return out
