"""Claims of one Schedule 13D/13G text filing: building, de-duplicating and checking them.

:func:`add_claim` adds a claim or merges its evidence into the same claim already read
(who disclaims is :mod:`graphkit.parsers.schedule13_disclaiming`'s, what a group name such as
"the Acme Funds" stands for :mod:`graphkit.parsers.schedule13_groups`'s, both re-exported
here); :func:`cover_candidates` offers every cover
reading to :func:`~graphkit.parsers.schedule13_reconcile.choose_holding`; and
:func:`check_record_total` compares the record holders with the stated aggregate.

Domain caveat: joint filers report overlapping ownership (a general partner reports the shares
of its funds again), so record holders are added up only against a stated total, never the
reporting persons' aggregates.

Examples
--------
>>> from graphkit.relations import Relation
>>> claims = []
>>> c = add_claim(claims, Relation.GENERAL_PARTNER_OF, "p2", "p3", None)
>>> add_claim(claims, Relation.GENERAL_PARTNER_OF, "p2", "p3", None) is c, c.id
(True, 'c1')
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.models import (Claim, Evidence, FilingWarning, IdentifierScheme, Party, PartyKind,
                             PartyRole, Reading, unchecked)
from graphkit.names import guess_kind, org_words
from graphkit.parsers.filer_terms import names_a_filer_role
from graphkit.parsers.partybook import PartyBook, looks_like_name
from graphkit.parsers.prose_name_patterns import legal_form_only
from graphkit.parsers.prose import ProseFinding
from graphkit.parsers.schedule13_cover import CoverPage, QUANTITY_FIELDS
from graphkit.parsers.schedule13_disclaiming import (  # noqa: F401  (re-exported)
    disclaiming_parties, titled_reporting_person)
from graphkit.parsers.schedule13_groups import (  # noqa: F401  (re-exported)
    EACH_OF_THE, expand_collective)
from graphkit.parsers.schedule13_items import TableValue
from graphkit.parsers.schedule13_reconcile import Candidate
from graphkit.parsers.schedule13_subsidiaries import Subsidiary
from graphkit.relations import Relation
from graphkit.source import SourceText

#: Phrases that name things, never parties, in defined terms: '("Act")', '("Common Stock")'.
NOT_A_PARTY = regex_cache.compile(r"""
    \b(?:stock|shares?|act|rule|schedule|statement|agreement|commission|notes?|warrants?|units
    |securities|options?|exchange|plan|merger|offering|transaction|date|period|section|item)\b
""", re.VERBOSE | re.IGNORECASE)

#: A plan that holds shares for its members, a party of its own whose trustees act for it, though
#: its name has words of :data:`NOT_A_PARTY`: "the Acme Corp. Employees' Stock Ownership Plan",
#: "Acme 401(k) Savings Plan", "Roe Profit Sharing Trust"; not a plan that grants shares ("2010
#: Stock Incentive Plan", "Stock Option Plan")
BENEFIT_PLAN = regex_cache.compile(r"""
    \b(?:stock\s+ownership|savings|retirement|pension|profit[\s-]+sharing|thrift|401\s*\(k\))
    \s+(?:plan|trust)\b
""", re.VERBOSE | re.IGNORECASE)

#: Weight of a cover row's own cell, of later readings in the same region (torn layout debris),
#: of an Item 4 table line, and of a record-holder sentence (a holder's own shares, which its
#: aggregate usually but not always equals).
W_COVER, W_COVER_DEBRIS, W_TABLE, W_RECORD = 1.0, 0.3, 1.0, 0.5

#: "for an aggregate of 6,288,626 shares" (the total the record holders should add up to)
AGGREGATE_OF = regex_cache.compile(r"""aggregate\s+of\s+(?P<num>[0-9][0-9,.]{2,14}[0-9])\s+shares""",
                                   re.VERBOSE | re.IGNORECASE)

#: Officer titles that say less than any other: a specific title read later replaces them.
GENERIC_TITLES = frozenset({None, "Officer", "Executive Officer"})

#: Type codes of a partnership: it has partners, not officers ("PN" on the cover page).
PARTNERSHIP_CODES = frozenset({"PN"})


def plausible_new_party(name: str) -> bool:
    """True when ``name``, read in prose and bound to no party, may be made a party: a
    company's or a person's name, not a thing's (:data:`NOT_A_PARTY`), an undefined
    abbreviation, a filer's role ("the Reporting Person") or a legal form alone ("Limited").

    >>> plausible_new_party("Acme Holdings, Inc."), plausible_new_party("Jane Q. Roe")
    (True, True)
    >>> plausible_new_party("Common Stock"), plausible_new_party("ACVA")
    (False, False)
    >>> plausible_new_party("Limited"), plausible_new_party("L.L.C.")   # a legal form alone
    (False, False)
    >>> plausible_new_party("Acme Corp. Employees' Stock Ownership Plan")   # a holder
    True
    >>> plausible_new_party("Acme Corp. 2010 Stock Incentive Plan")
    False
    """
    if NOT_A_PARTY.search(name) and not BENEFIT_PLAN.search(name) or len(name) < 4 or \
            not looks_like_name(name) or \
            names_a_filer_role(name) or legal_form_only(name):
        return False
    if name.isupper() and " " not in name:  # an abbreviation nobody defined
        return False
    return bool(org_words(name)) or guess_kind(name) is PartyKind.PERSON


def officer_of_partnership(f: ProseFinding, held: Party) -> bool:
    """True for a signer's officer title read over a partnership, which has no officers.

    A block "ACME PARTNERS / By: Acme Associates, its General Partner / By: /s/ Jane Doe,
    President" leaves out the corporate general partner whose president Jane Doe is; the
    title belongs to that corporation, not to the partnership the block names last.

    >>> from graphkit.models import Evidence
    >>> f = ProseFinding(relation=Relation.OFFICER_OF, holder="Jane Doe", held="Acme Associates",
    ...                  evidence=Evidence(source="x", text="/s/ Jane Doe"),
    ...                  pattern="signature_title")
    >>> officer_of_partnership(f, Party(id="p2", name="Acme Associates", type_codes=["PN"],
    ...                                 kind=PartyKind.ORGANIZATION))
    True
    """
    return (f.relation is Relation.OFFICER_OF
            and f.pattern in ("signature_title", "signature_officer")
            and held.kind is PartyKind.ORGANIZATION
            and bool(PARTNERSHIP_CODES & set(held.type_codes)))


def officer_by_organization(f: ProseFinding, book: PartyBook) -> bool:
    """True for an officer_of finding whose holder the filing knows as an organization: an
    organization holds no office. The name of a principal gives no kind ("Name: John Doe, as
    attorney-in-fact for Acme Sachs" under "ACME SACHS GROUP, INC.": "Acme Sachs" is shaped
    like a person's name), but the party it resolves to does ("Acme Sachs & Co. LLC").

    >>> from graphkit.models import Evidence
    >>> book = PartyBook(); _ = book.add("Acme Sachs & Co. LLC", kind=PartyKind.ORGANIZATION)
    >>> f = ProseFinding(relation=Relation.OFFICER_OF, holder="Acme Sachs", held="Acme Corp.",
    ...                  evidence=Evidence(source="x"), pattern="signature_officer")
    >>> officer_by_organization(f, book)
    True
    >>> officer_by_organization(f.model_copy(update={"holder": "Jane Roe"}), book)
    False
    """
    if f.relation is not Relation.OFFICER_OF:
        return False
    holder = book.lookup(f.holder)
    return holder is not None and holder.kind is PartyKind.ORGANIZATION


def add_signer_officers(findings: list[ProseFinding], book: PartyBook,
                        claims: list[Claim]) -> None:
    """Add the officer_of claims of signers' officer titles that state no control
    ("signature_officer": "By: /s/ Jane Roe" / "Title: Vice President" under "ACME CORP."),
    after the rosters and prose: the title a company's own roster gives its officer is kept
    (a signer signs for a group of companies in one title). The party signed for must be one
    the filing reads elsewhere (not a line of a name wrapped), and no partnership.

    >>> book = PartyBook()
    >>> acme = book.add("Acme Corp.", kind=PartyKind.ORGANIZATION)
    >>> f = ProseFinding(relation=Relation.OFFICER_OF, holder="Jane Roe", held="Acme Corp.",
    ...                  evidence=Evidence(source="x"), title="Treasurer",
    ...                  pattern="signature_officer")
    >>> claims = []
    >>> add_signer_officers([f, f.model_copy(update={"held": "Beta Corp."})], book, claims)
    >>> [(c.relation.value, c.target, c.title) for c in claims]
    [('officer_of', 'p1', 'Treasurer')]
    """
    for f in findings:
        held = book.lookup(f.held)
        if held is None or officer_of_partnership(f, held):
            continue  # "LASALLE INVESTMENT" of a name wrapped over lines: read nowhere else
        holder = book.lookup(f.holder) or book.add(f.holder, kind=PartyKind.PERSON)
        if holder is None or holder.id == held.id:
            continue
        if PartyRole.REPORTING_PERSON not in holder.roles:
            book.add_role(holder, PartyRole.NAMED)
        if PartyRole.REPORTING_PERSON not in held.roles and PartyRole.ISSUER not in held.roles:
            book.add_role(held, PartyRole.NAMED)
        add_claim(claims, f.relation, holder.id, held.id, f.evidence, title=f.title)


def holder_candidates(party: Party, cps: list[CoverPage], table: list[TableValue],
                      records: list[ProseFinding], book: PartyBook, alone: bool) -> list[Candidate]:
    """Every reading of one reporting person's holding: cover rows, Item 4, record holdings.

    Item 4 table lines count when they name ``party``, or, unnamed, when the party is the
    filing's only reporting person (``alone``), each an answer to check the cover page
    against when it states its value alone (``TableValue.alone``); a sub-item's own answer
    beside its lines (``TableValue.fallback``) only when none of them names a reporting
    person ("Wexford Lane Fund I:  500,000 shares" under "800,000 shares, held as follows:",
    or the lone filer's "Managing Member:  800,000 shares"); a record-holder sentence
    offers the shares it states as a weaker aggregate.
    """
    cands = cover_candidates(cps)
    named = {tv.sub_item for tv in table if not tv.fallback and _names_filer(tv.who, book)}
    for tv in table:
        if tv.fallback and tv.sub_item in named:
            continue  # the sub-item's lines give each reporting person's own
        who = book.lookup(tv.who, fuzzy=False) if tv.who else None
        if (who is not None and who.id == party.id) or (tv.who is None and alone):
            cands.append(Candidate(field=tv.field, weight=W_TABLE, reading=tv.reading,
                                   answer="alone" if tv.alone else "qualified"))
    for f in records:
        if f.shares is not None:
            cands.append(Candidate(field="aggregate", weight=W_RECORD, reading=Reading(
                field="aggregate", raw=f.evidence.text[:120], value=f.shares,
                evidence=f.evidence, note="record holder")))
    return cands


def _names_filer(who: str | None, book: PartyBook) -> bool:
    """Whether an Item 4 line's "who" names a reporting person of the filing."""
    party = book.lookup(who, fuzzy=False) if who else None
    return party is not None and PartyRole.REPORTING_PERSON in party.roles


def mentioned_parties(parties: list[Party], claims: list[Claim]) -> list[Party]:
    """Parties with a role in the filing or an end of a claim (a term defined for a name the
    filing then never relates to anything is dropped).

    >>> mentioned_parties([Party(id="p1", name="Acme Fund, L.P.", kind="organization")], [])
    []
    """
    ends = {c.source for c in claims} | {c.target for c in claims}
    return [p for p in parties if p.roles or p.id in ends]


def cover_candidates(cps: list[CoverPage]) -> list[Candidate]:
    """Every quantity and percent read on the cover pages of one holder, weighted.

    The first reading of a row on the first page is primary, and so on any later page that
    names the holder again (a second cover page of one holder: where its rows disagree, the one
    overruled is a conflict to warn of); later readings are layout debris of lower weight, and
    OCR alternatives of a first reading lower still.

    >>> from graphkit.models import Reading
    >>> cp = CoverPage(index=1, start=0, end=10, values={"aggregate": [
    ...     Reading(field="aggregate", raw="1,000", value=1000)]})
    >>> [(c.field, c.reading.value, c.weight, c.primary) for c in cover_candidates([cp])]
    [('aggregate', 1000, 1.0, True)]
    """
    from graphkit.ocr import CELL_PARTS, quantity_candidates

    out: list[Candidate] = []
    for n, cp in enumerate(cps):
        for fld in (*QUANTITY_FIELDS, "percent"):
            for i, r in enumerate(cp.values.get(fld, [])):
                first = i == 0
                # a str, a float constant, a Reading and a bool: nothing to validate, and a
                # filing's covers offer hundreds (see unchecked())
                out.append(unchecked(Candidate, {
                    "field": fld, "weight": W_COVER if first else W_COVER_DEBRIS, "reading": r,
                    "primary": first and (n == 0 or bool(cp.names)), "answer": None}))
                # a cell without a space is one number: no alternatives (quantity_candidates
                # splits at CELL_PARTS only), and reading it again costs a Reading per part
                if first and fld != "percent" and CELL_PARTS.search(r.raw):
                    for alt in quantity_candidates(r.raw)[1:]:
                        out.append(Candidate(field=fld, weight=W_COVER_DEBRIS / 2,
                                             reading=r.model_copy(update={"value": alt})))
    return out


def add_claim(claims: list[Claim], relation: Relation, source: str, target: str,
              evidence: Optional[Evidence], extra_evidence: list[Evidence] | None = None,
              **attrs: object) -> Claim:
    """Add a claim to ``claims``, or add ``evidence`` to the same claim already there.

    The same claim is one of the same relation and ends, unless both state a security class
    and the classes differ: a holding of Class A and one of Class B are two claims. Attributes
    given as None are left unset. A title more specific than the one already read
    (:data:`GENERIC_TITLES`) replaces it. Returns the claim.

    >>> claims = []
    >>> _ = add_claim(claims, Relation.OFFICER_OF, "p2", "p3", None, title="Executive Officer")
    >>> add_claim(claims, Relation.OFFICER_OF, "p2", "p3", None, title="President").title
    'President'
    >>> a = add_claim(claims, Relation.BENEFICIAL_OWNER_OF, "p2", "p1", None,
    ...               security_class="Class A Common", shares=5)
    >>> b = add_claim(claims, Relation.BENEFICIAL_OWNER_OF, "p2", "p1", None,
    ...               security_class="Class B Common", shares=7)
    >>> (a is b, [c.shares for c in claims if c.relation is Relation.BENEFICIAL_OWNER_OF])
    (False, [5, 7])
    """
    cls = attrs.get("security_class")
    for c in claims:
        if c.relation is relation and c.source == source and c.target == target and (
                cls is None or c.security_class is None or c.security_class == cls):
            if evidence is not None and evidence not in c.evidence:
                c.evidence.append(evidence)
            title = attrs.get("title")
            if isinstance(title, str) and c.title in GENERIC_TITLES and title not in GENERIC_TITLES:
                c.title = title  # "executive officer" in prose, "President" in the signature
            return c
    ev = ([evidence] if evidence is not None else []) + list(extra_evidence or [])
    clean = {k: v for k, v in attrs.items() if v is not None}
    claim = Claim(id=f"c{len(claims) + 1}", relation=relation, source=source, target=target,
                  evidence=ev, **clean)  # type: ignore[arg-type]
    claims.append(claim)
    return claim


def check_record_total(src: SourceText, record: dict[str, list[ProseFinding]],
                       claims: list[Claim], start: int) -> list[FilingWarning]:
    """Record holders should add up to the stated aggregate (and to a holder's aggregate).

    A beneficial-ownership claim equal to the record holders' total gets a note saying so;
    a mismatch becomes a ``sum-mismatch`` warning.
    """
    from graphkit.ocr import read_quantity

    shares = [f.shares for fs in record.values() for f in fs[:1]
              if f.shares is not None and f.pattern == "record_holder"]
    if len(shares) < 2:
        return []
    total = sum(shares)
    m = AGGREGATE_OF.search(src.text, start)
    out: list[FilingWarning] = []
    if m:
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


def missing_holdings(src: SourceText, book: PartyBook, claims: list[Claim], at: int
                      ) -> list[FilingWarning]:
    """Warnings for a statement that ends with no reporting person, or with no holding
    claim: a reader must tell "nothing owned" from "nothing read".

    >>> [w.code for w in missing_holdings(SourceText(path="x", text="x"), PartyBook(), [], 0)]
    ['no-reporting-person']
    """
    if not book.with_role(PartyRole.REPORTING_PERSON):
        return [src.warn("no-reporting-person", f"{src.path}: no reporting person read", at)]
    if not any(c.relation is Relation.BENEFICIAL_OWNER_OF and
               PartyRole.REPORTING_PERSON in book.get(c.source).roles for c in claims):
        return [src.warn("no-holding", f"{src.path}: no holding of a reporting person read", at)]
    return []


def add_subsidiary_claims(claims: list[Claim], book: PartyBook, parent: Party,
                          subsidiaries: list[Subsidiary]) -> None:
    """``parent`` ``parent_of`` each of the Item 7 ``subsidiaries``, each a party of ``book``
    (found or added) with the I.R.S. number printed beside it ("Acme Group (IA)  13-2682544").

    >>> book = PartyBook()
    >>> hc = book.add("Acme Holdings, Inc.", role=PartyRole.REPORTING_PERSON,
    ...               kind=PartyKind.ORGANIZATION)
    >>> claims = []
    >>> from graphkit.models import Evidence
    >>> sub = Subsidiary(name="Acme Advisers LLC", classification="IA", ein="13-2682544",
    ...                  evidence=Evidence(source="x.txt"))
    >>> add_subsidiary_claims(claims, book, hc, [sub])
    >>> adviser = book.lookup("Acme Advisers LLC")
    >>> [(c.relation.value, c.target == adviser.id) for c in claims], adviser.identifiers[0].value
    ([('parent_of', True)], '13-2682544')
    """
    for sub in subsidiaries:
        child = book.lookup(sub.name) or book.add(sub.name, role=PartyRole.NAMED,
                                                  kind=PartyKind.ORGANIZATION)
        if child is None or child.id == parent.id:
            continue
        if not any(i.scheme == IdentifierScheme.IRS_EIN for i in child.identifiers):
            child.identifiers += sub.identifiers()
        add_claim(claims, Relation.PARENT_OF, parent.id, child.id, sub.evidence,
                  note="Item 7: subsidiary of the parent holding company")
