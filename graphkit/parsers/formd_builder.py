"""Building one Form D record: the parties, claims and warnings every Form D parser collects.

The paper (:mod:`~graphkit.parsers.formd_text`), XML (:mod:`~graphkit.parsers.formd_xml`) and
HTML (:mod:`~graphkit.parsers.formd_html`) parsers locate the facts of a Form D; a
:class:`FormDBuilder` turns them into :class:`~graphkit.models.Party` and
:class:`~graphkit.models.Claim` objects the same way for all three: related persons from their
name fields (:meth:`FormDBuilder.add_related_person`), sales compensation recipients
(:meth:`FormDBuilder.add_recipient`), signers tied to related persons, CIKs from the EDGAR
header, and the finished :class:`~graphkit.models.FilingRecord`. What a box or a clarification
means is declared in :mod:`~graphkit.parsers.formd_roles`.

Examples
--------
>>> from graphkit.source import SourceText
>>> b = FormDBuilder(SourceText(path="d.xml", text="<relatedPersonInfo/>"))
>>> b.add_party("Acme Fund, LP", "organization", ["issuer"], None, party_id="issuer")
'issuer'
>>> b.add_related_person({"firstName": "N/A", "lastName": "Acme GP, LLC"}, "related person 1",
...                      b.src.evidence(0, 20))
'p1'
>>> b.add_recipient("Jane Roe", "Acme Securities", "12345", None)
>>> [(p.name, [r.value for r in p.roles]) for p in b.parties][1:]
[('Acme GP, LLC', ['related_person']), ('Jane Roe', ['named']), ('Acme Securities', ['named'])]
>>> b.party("p2").readings[0].note
'sales compensation recipient; CRD 12345; associated broker-dealer Acme Securities'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rapidfuzz import fuzz

from graphkit import regex_cache
from graphkit.aliases import keep_alias
from graphkit.models import (Alias, AliasKind, Claim, Evidence, FilingRecord, FilingWarning,
                             FormFamily, Identifier, IdentifierScheme, Issuer, Offering, Party,
                             PartyKind, PartyRole, Reading, Signature, SubmissionHeader)
from graphkit.names import guess_kind
from graphkit.parsers.formd_roles import (EMPTY_FIELD, NameCapacity, issuer_officer_title,
                                          named_issuer, names_issuer,
                                          related_person_name, split_name_capacity)
from graphkit.parsers.formd_clarify import HELD_AT, ClarificationKind, read_clarification
from graphkit.parsers.formd_names import role_in_first_name
from graphkit.parsers.formd_terms import title_at_term
from graphkit.relations import Relation
from graphkit.source import SourceText

#: Words split off a person's name before comparing a signer with a related person.
_NAME_TOKEN = regex_cache.compile(r"""
    [A-Za-z][A-Za-z'\-]+     # "Roe", "O'Hara"; single initials are left out
""", re.VERBOSE)
#: What a name's key drops once lower-cased: all but letters and digits, e.g. ", " of "Acme, Inc."
NOT_KEY_CHAR = regex_cache.compile(r"""[^a-z0-9]""", re.VERBOSE)


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
        self.terms: dict[str, str | None] = {}  # clarification terms -> party id (None: not one)
        self.capacities: dict[str, str] = {}  # party id -> a role typed after its name

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

    def warn(self, code: str, message: str, pos: int | None = None, *,
             evidence: Evidence | None = None) -> None:
        """Record a warning located at character ``pos`` of ``src.text``, or else at the first
        line of ``evidence``.

        ``pos`` counts from the start of ``src.text``, not of the file it may have been cut from;
        an :class:`~graphkit.models.Evidence` ``start`` counts from the start of the file, so
        pass the evidence itself to warn where a fact was read.

        >>> from graphkit.source import SourceText
        >>> src = SourceText(path="s.txt", text="a\\nb", offset=100, line_offset=10)
        >>> b = FormDBuilder(src)
        >>> b.warn("x", "at b", 2); b.warn("y", "at b", evidence=src.evidence(2, 3))
        >>> [(w.code, w.line) for w in b.warnings]
        [('x', 12), ('y', 12)]
        """
        w = self.src.warn(code, message, pos)
        if pos is None and evidence is not None:
            w = w.model_copy(update={"line": evidence.line})
        self.warnings.append(w)

    def add_related_person(self, names: Mapping[str, str | None], section: str,
                           evidence: Evidence | None, *, name_evidence: Evidence | None = None,
                           address: str | None = None) -> str | None:
        """Add a related person from its name fields and return its party id.

        ``names`` maps ``firstName``, ``middleName`` and ``lastName`` to what they hold (None
        when absent). An entity typed across them is reassembled by
        :func:`~graphkit.parsers.formd_roles.related_person_name` and the raw fields kept as a
        reading (cited by ``name_evidence``). A capacity typed after the last name ("Roe,
        Trustee of the Roe Family Trust") is parted off (:meth:`add_capacity`). When every
        field is empty ("N/A"), nobody is added: an ``empty-related-person`` warning at
        ``evidence``, and None.

        >>> from graphkit.source import SourceText
        >>> b = FormDBuilder(SourceText(path="d.xml", text="x"))
        >>> b.add_related_person({"firstName": "Ltd.", "lastName": "Acme Group"}, "p 1", None)
        'p1'
        >>> b.party("p1").name, b.party("p1").readings[0].raw
        ('Acme Group Ltd.', "firstName='Ltd.'; lastName='Acme Group'")
        >>> b.add_related_person({"firstName": "N/A", "lastName": None}, "p 2", None)
        >>> b.warnings[0].message
        'p 2: no name'
        """
        if not any(v and not EMPTY_FIELD.match(v) for v in names.values()):
            self.warn("empty-related-person", f"{section}: no name", evidence=evidence)
            return None
        # "General Partner" / "Acme GP II, LLC": the entity's capacity typed as its first name
        first_role = role_in_first_name(names.get("firstName"), names.get("lastName"))
        if first_role is not None:
            names = {**names, "firstName": None}
        last = split_name_capacity(names.get("lastName") or "")
        name, kind, rebuilt = related_person_name(names.get("firstName"),
                                                  names.get("middleName"),
                                                  last.name if last.capacity else
                                                  names.get("lastName"))
        readings = [Reading(field="name", raw="; ".join(f"{k}={v!r}" for k, v in names.items()
                                                       if v is not None),
                            value=name, repaired=True, method="entity-name-fields",
                            note="entity name typed across the person name fields; reassembled",
                            evidence=name_evidence)] if rebuilt else []
        pid = self.add_party(name, kind, [PartyRole.RELATED_PERSON], evidence,
                             addresses=[address] if address else [], readings=readings)
        self.add_capacity(pid, last, name_evidence or evidence)
        if first_role is not None:
            self.add_capacity(pid, first_role, name_evidence or evidence)
        return pid

    def add_capacity(self, pid: str, said: NameCapacity, evidence: Evidence | None) -> None:
        """Keep the capacity typed after the name of party ``pid``: a ``name`` reading of what
        was parted off; the trust it is trustee of as a party with a ``trustee_of`` claim; a
        role in :attr:`capacities`, for the reader to use when no clarification says it.

        >>> from graphkit.parsers.formd_roles import split_name_capacity
        >>> from graphkit.source import SourceText
        >>> b = FormDBuilder(SourceText(path="d.xml", text="x"))
        >>> b.add_related_person({"firstName": "Jane", "lastName": "Roe, Trustee of the Roe "
        ...                       "Family Trust"}, "p 1", None)
        'p1'
        >>> [(p.name, p.kind.value) for p in b.parties]
        [('Jane Roe', 'person'), ('Roe Family Trust', 'organization')]
        >>> [(c.relation.value, c.source, c.target) for c in b.claims]
        [('trustee_of', 'p1', 'p2')]
        """
        if said.capacity is None:
            return
        party = self.party(pid)
        party.readings.append(Reading(
            field="name", raw=said.typed,
            value=party.name, method="capacity-in-name-field",
            note=f"capacity typed after the name, parted off: {said.capacity}",
            evidence=evidence))
        if said.role:
            self.capacities[pid] = said.role
        if said.trust:
            tid = next((p.id for p in self.parties if p.name == said.trust), None) or \
                self.add_party(said.trust, PartyKind.ORGANIZATION, [PartyRole.NAMED], evidence)
            self.add_claim(Relation.TRUSTEE_OF, pid, tid, evidence,
                           note=f"name field: {said.capacity}")

    def add_recipient(self, recipient: str | None, broker_dealer: str | None,
                      crd: str | None, evidence: Evidence | None,
                      address: str | None = None) -> None:
        """Add a sales compensation recipient (Form D item 12) and its associated
        broker-dealer as named parties, each with a ``role`` reading saying what it is.

        No claim: being paid for selling the securities says nothing of control. The
        recipient's note carries its CRD number and broker-dealer, and ``address`` is the
        recipient's. Empty fields ("N/A", "None") and names already among the parties are
        skipped.

        >>> from graphkit.source import SourceText
        >>> b = FormDBuilder(SourceText(path="d.xml", text="x"))
        >>> b.add_recipient("Jane Roe", "N/A", "None", None, "1 Main St")
        >>> p = b.parties[0]
        >>> p.name, p.addresses, p.readings[0].value, p.readings[0].note
        ('Jane Roe', ['1 Main St'], 'sales compensation recipient', 'sales compensation recipient')
        """
        has_bd = bool(broker_dealer) and not EMPTY_FIELD.match(broker_dealer)
        for name, what, sales in (
                (recipient, "sales compensation recipient", True),
                (broker_dealer, "broker-dealer associated with a sales compensation recipient",
                 False)):
            if not name or EMPTY_FIELD.match(name) or any(p.name == name for p in self.parties):
                continue
            note = what
            if sales and crd and not EMPTY_FIELD.match(crd):
                note += f"; CRD {crd}"
            if sales and has_bd:
                note += f"; associated broker-dealer {broker_dealer}"
            self.add_party(name, guess_kind(name), [PartyRole.NAMED], evidence,
                           addresses=[address] if sales and address else [],
                           readings=[Reading(field="role", raw=name, value=what, note=note,
                                             evidence=evidence)])

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
        signer's title on that person's officer claim when it is an officer's title at the
        issuer ("Chief Financial Officer", not "Managing Member of GP of Issuer" nor "CEO of
        the General Partner": :func:`~graphkit.parsers.formd_clarify.issuer_officer_title`),
        make a title "of" a defined term of the clarifications ("CCO of Holdings Manager") an
        officer claim to that term's party (:func:`~graphkit.parsers.formd_terms.
        title_at_term`), and date every claim with the first signature date."""
        for sig in signatures:
            pid = self.find_person(sig.signer)
            if pid is None:
                pid = self.add_party(sig.signer, PartyKind.PERSON, [PartyRole.SIGNER],
                                     sig.evidence)
                self._title_role(pid, sig, issuer_id)  # "Director of the issuer's GP"
                continue
            p = self.party(pid)
            if PartyRole.SIGNER not in p.roles:
                p.roles.append(PartyRole.SIGNER)
            keep_alias(p, Alias(name=sig.signer, how=AliasKind.SIGNATURE, evidence=sig.evidence))
            at_term = title_at_term(sig.title, self.terms)
            if at_term is not None and at_term[2] != pid:  # "CCO of Holdings Manager"
                self.add_claim(at_term[0], pid, at_term[2], sig.evidence, title=at_term[1],
                               note=f"signature title: {sig.title}")
            for c in self.claims:
                if (c.source == pid and c.target == issuer_id and c.relation ==
                        Relation.OFFICER_OF and not c.title and sig.title
                        and issuer_officer_title(sig.title,
                                                 lambda n: names_issuer(self, n, short=True))):
                    c.title = sig.title
                    if sig.evidence is not None:
                        c.evidence.append(sig.evidence)
        dated = [s.date for s in signatures if s.date]
        if dated:
            for c in self.claims:
                if c.as_of is None:
                    c.as_of = dated[0]

    def _title_role(self, pid: str, sig: Signature, issuer_id: str) -> None:
        """A signature title stating a role at the entity holding a role at the issuer
        ("Director of the issuer's GP", "CFO of the Manager"): a claim to the one related
        organization stated to hold that role (none when it is not one). Only for a signer
        who is no related person: a related person's clarification says it more exactly
        ("Managing Member of the general partner of the General Partner", signed "Managing
        Member of the General Partner")."""
        read = read_clarification(sig.title) if sig.title else None
        # a co-issuer's signer: a role at its own general partner
        issuer_id = next((i for n in sig.on_behalf_of if (i := named_issuer(self, n))),
                         issuer_id)
        for r in read.roles() if read is not None else ():
            held = ((Relation.MANAGING_MEMBER_OF, Relation.INVESTMENT_MANAGER_OF)
                    if r.kind == ClarificationKind.ROLE_AT_MANAGER else
                    (HELD_AT[r.kind],) if r.kind in HELD_AT else ())
            holders = {c.source for c in self.claims if c.relation in held and c.target ==
                       issuer_id and c.source != pid
                       and self.party(c.source).kind == PartyKind.ORGANIZATION}
            if r.relation is not None and len(holders) == 1:
                self.add_claim(r.relation, pid, holders.pop(), sig.evidence, title=r.title,
                               note=f"signature title: {sig.title}")

    def apply_header(self, header: SubmissionHeader | None, issuer_id: str = "issuer",
                     issuer_cik: str | None = None) -> str | None:
        """Put CIKs on the issuer (``issuer_cik`` or the header's only/same-named company)
        and on parties named like a header company; return the issuer CIK."""
        def norm(s: str) -> str:
            return NOT_KEY_CHAR.sub("", s.lower())

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

    def build_record(self, *, form: str, header: SubmissionHeader | None,
                     issuer_cik: str | None, address: str | None, offering: Offering,
                     signatures: list[Signature]) -> FilingRecord:
        """The finished record: the parties, claims and warnings collected, the issuer (party
        ``issuer``), and the accession number and filing date of ``header``.

        >>> from graphkit.source import SourceText
        >>> b = FormDBuilder(SourceText(path="d.txt", text="Acme"))
        >>> _ = b.add_party("Acme", "organization", ["issuer"], None, party_id="issuer")
        >>> rec = b.build_record(form="D", header=None, issuer_cik=None, address=None,
        ...                      offering=Offering(), signatures=[])
        >>> rec.issuer.name, rec.family.value
        ('Acme', 'form_d')
        """
        issuer = self.party("issuer")
        return FilingRecord(
            source=self.src.path, form=form, family=FormFamily.FORM_D,
            accession_number=header.accession_number if header else None,
            filed_date=header.filed_date if header else None,
            issuer=Issuer(party_id="issuer", name=issuer.name, cik=issuer_cik, address=address),
            signature_date=next((s.date for s in signatures if s.date), None),
            parties=self.parties, claims=self.claims, signatures=signatures, offering=offering,
            warnings=self.warnings)
