"""Typed records passed between graphkit's modules.

A parser turns one filing into one :class:`FilingRecord`: the issuer, every :class:`Party` as
written in that filing, every :class:`Claim` (a relationship with its attributes), the
:class:`Evidence` behind each, every repaired value as a :class:`Reading` (raw text kept beside
the value), and :class:`FilingWarning` for what did not add up. Identity *across* filings is the
resolver's business (``resolvers``); a record only links names *within* its own filing, as
:class:`Alias` entries on a party.

Party ids (``Party.id``) and claim ids are local to one record. Claim ``source`` / ``target``
name party ids of the same record; edges run from holder/controller to held/controlled.

Examples
--------
>>> ev = Evidence(source="a.txt", line=3, text="TCV was the record holder")
>>> p = Party(id="p1", name="Acme Fund, L.P.", kind=PartyKind.ORGANIZATION, evidence=[ev])
>>> i = Party(id="p2", name="Widget, Inc.", kind="organization")
>>> c = Claim(id="c1", relation="beneficial_owner_of", source="p1", target="p2", shares=10)
>>> rec = FilingRecord(source="a.txt", form="SC 13G", family="schedule_13g",
...                    issuer=Issuer(party_id="p2", name="Widget, Inc."), parties=[p, i],
...                    claims=[c])
>>> rec.party("p1").name
'Acme Fund, L.P.'
>>> rec.claims[0].relation.value
'beneficial_owner_of'
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Optional

from pydantic import ConfigDict, Field

from graphkit.model_base import StrictModel as _Model, unchecked  # noqa: F401 (re-exported)
from graphkit.relations import Relation


class PartyKind(str, Enum):
    """Whether a party is a natural person or an organization (any legal or informal body)."""

    PERSON = "person"
    ORGANIZATION = "organization"

    def __str__(self) -> str:
        return self.value


class FormFamily(str, Enum):
    """The form a record was read from, without amendment suffix."""

    SCHEDULE_13G = "schedule_13g"
    SCHEDULE_13D = "schedule_13d"
    FORM_D = "form_d"
    FORM_3 = "form_3"
    FORM_4 = "form_4"
    FORM_5 = "form_5"

    def __str__(self) -> str:
        return self.value


class Evidence(_Model):
    """Where a fact was read: the file, the place in it, and the text itself.

    ``line``/``end_line`` are 1-based line numbers; ``start``/``end`` are character offsets into
    the decoded text of ``source`` (``end`` exclusive). ``text`` is the source text (trimmed of
    surrounding whitespace, at most a few hundred characters).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str
    line: Optional[int] = None
    end_line: Optional[int] = None
    start: Optional[int] = None
    end: Optional[int] = None
    text: str = ""
    section: Optional[str] = None  # e.g. "cover page 3", "Item 4", "related person 2"

    def cite(self) -> str:
        """Short citation: the file's name and the line, such as ``a.txt:12``.

        >>> Evidence(source="filings/a.txt", line=12).cite()
        'a.txt:12'
        """
        name = self.source.replace("\\", "/").rsplit("/", 1)[-1]
        return f"{name}:{self.line}" if self.line else name


class Reading(_Model):
    """One value as read from the filing: the raw text next to the value it was taken to mean.

    ``repaired`` is true when the raw text was not a clean rendering of the value (an OCR repair
    such as ``5.639,301`` → 5639301); ``method`` names the repair and ``note`` says why this
    reading was chosen (e.g. "agrees with record-holder total").
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    field: str
    raw: str
    value: Optional[float | int | str] = None
    repaired: bool = False
    method: Optional[str] = None
    note: Optional[str] = None
    evidence: Optional[Evidence] = None


class FilingWarning(_Model):
    """A recoverable oddity in a filing: reported, never silently fixed or dropped."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str  # short machine word, e.g. "sum-mismatch", "ocr-repair", "no-cover-page"
    message: str
    source: str
    line: Optional[int] = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: [{self.code}] {self.message}"


class IdentifierScheme(str, Enum):
    """Identifier kinds read from filings."""

    CIK = "cik"
    CUSIP = "cusip"
    IRS_EIN = "irs_ein"
    LEI = "lei"
    SEC_FILE_NUMBER = "sec_file_number"
    #: An exchange trading symbol as the filing prints it (Forms 3/4/5 ``issuerTradingSymbol``).
    #: Not decisive for merging: symbols are reused after delisting and differ across exchanges.
    TICKER = "ticker"

    def __str__(self) -> str:
        return self.value


class Identifier(_Model):
    """An identifier of a party, e.g. ``Identifier(scheme="cik", value="0001107843")``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    scheme: IdentifierScheme
    value: str


class AliasKind(str, Enum):
    """How a filing ties another name to a party."""

    DEFINED_TERM = "defined_term"  # Full Name ("ABBR")
    SPELLING = "spelling"  # the same party written another way in the same filing
    ABBREVIATION = "abbreviation"  # an abbreviation used but never defined, matched by acronym
    SIGNATURE = "signature"  # the name as printed in a signature block
    NATURAL_ORDER = "natural_order"  # EDGAR's conformed "ROE JANE Q" turned: "Jane Q. Roe"
    FORMER_NAME = "former_name"

    def __str__(self) -> str:
        return self.value


class Alias(_Model):
    """Another name under which a party appears in the same filing, and why it is the same."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    how: AliasKind
    evidence: Optional[Evidence] = None
    until: Optional[dt.date] = None  # a former name: the day it stopped being the party's


class PartyRole(str, Enum):
    """The part a party plays in one filing."""

    ISSUER = "issuer"
    REPORTING_PERSON = "reporting_person"
    RELATED_PERSON = "related_person"  # Form D section A.2 / related persons
    REPORTING_OWNER = "reporting_owner"  # Forms 3/4/5
    SIGNER = "signer"
    NAMED = "named"  # named in prose only (members, managers, record holders)
    FILER = "filer"  # named in an EDGAR header

    def __str__(self) -> str:
        return self.value


class Party(_Model):
    """A party as found in one filing (not yet resolved across filings).

    ``name`` is the fullest spelling as written; ``aliases`` are other names the filing itself
    ties to the party, each with how and where. ``type_codes`` are SEC "type of reporting
    person" codes (IN, PN, OO, CO, IA, HC, ...).
    """

    id: str
    name: str
    kind: PartyKind
    aliases: list[Alias] = Field(default_factory=list)
    roles: list[PartyRole] = Field(default_factory=list)
    jurisdiction: Optional[str] = None
    addresses: list[str] = Field(default_factory=list)
    identifiers: list[Identifier] = Field(default_factory=list)
    type_codes: list[str] = Field(default_factory=list)
    readings: list[Reading] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)

    def all_names(self) -> list[str]:
        """The name and every alias, in order, without repeats.

        >>> Party(id="p", name="A B", kind="person",
        ...       aliases=[Alias(name="AB", how="defined_term")]).all_names()
        ['A B', 'AB']
        """
        out: list[str] = []
        for n in [self.name, *(a.name for a in self.aliases)]:
            if n not in out:
                out.append(n)
        return out

    def cik(self) -> Optional[str]:
        """The party's first SEC Central Index Key, if it has one.

        >>> Party(id="p", name="Acme Corp.", kind="organization", identifiers=[
        ...     Identifier(scheme="cik", value="0000123456")]).cik()
        '0000123456'
        >>> Party(id="p", name="Acme Corp.", kind="organization").cik() is None
        True
        """
        return next((i.value for i in self.identifiers if i.scheme is IdentifierScheme.CIK), None)


class StatedFacts(_Model):
    """What a filing states about one relationship besides its ends: the numbers it prints
    (percent of class as a number, e.g. 19.42), the class of securities, whether the holder
    disclaims beneficial ownership, an officer's title, direct or indirect ownership (Forms
    3/4/5), and whether it reports an exit or an ended office. Shared by :class:`Claim`, the
    graph's edges and the claims an answer cites (:class:`graphkit.answer_parts.ClaimRef`)."""

    shares: Optional[int] = None
    percent: Optional[float] = None
    sole_voting: Optional[int] = None
    shared_voting: Optional[int] = None
    sole_dispositive: Optional[int] = None
    shared_dispositive: Optional[int] = None
    security_class: Optional[str] = None
    disclaims: Optional[bool] = None
    # Schedule 13D/13G: each disclaimer of the holding covers part of it only: it keeps the
    # holder's pecuniary interest ("except to the extent of its pecuniary interest therein"),
    # or it is of another filer's or party's shares ("the shares issued to Acme Trading")
    disclaims_in_part: Optional[bool] = None
    title: Optional[str] = None
    direct: Optional[bool] = None  # Forms 3/4/5: direct (D) or indirect (I) ownership
    # Schedule 13D/13G: the holder ceased to own more than five percent of the class (an exit
    # filing; the record's ``ceased`` says where and when); Forms 4/5: the filing ends the holding
    ceased_five_percent: Optional[bool] = None
    # Forms 3/4/5: the insider is no longer subject to Section 16 (the form's box), so this
    # relationship to the issuer (director, officer, ten percent owner) ended by ``as_of``
    ended: Optional[bool] = None


class ClaimFacts(StatedFacts):
    """:class:`StatedFacts` and a note on how they were read. Shared by :class:`Claim` and the
    graph's edges."""

    note: Optional[str] = None

    def facts(self) -> dict:
        """The :class:`ClaimFacts` fields of this object, for building another model."""
        return {k: getattr(self, k) for k in ClaimFacts.model_fields}


class Claim(ClaimFacts):
    """A relationship stated by a filing, from ``source`` (holder/controller) to ``target``.

    ``readings`` keep the raw text of each number, repaired or not; ``as_of`` is a date the
    filing states for this claim itself (else the record's dates apply).
    """

    id: str
    relation: Relation
    source: str
    target: str
    as_of: Optional[dt.date] = None
    readings: list[Reading] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Issuer(_Model):
    """The subject company of a filing."""

    party_id: str
    name: str
    cusip: Optional[str] = None
    cik: Optional[str] = None
    address: Optional[str] = None


class Signature(_Model):
    """A signature block: who signed, in what capacity, for which parties, and when."""

    signer: str
    title: Optional[str] = None
    date: Optional[dt.date] = None
    on_behalf_of: list[str] = Field(default_factory=list)  # names as printed above the signature
    evidence: Optional[Evidence] = None


class Cessation(_Model):
    """A Schedule 13D/13G's report that holders ceased to own more than five percent of the
    class (the 13G Item 5 box, a statement "(e) Acme Fund ceased to be the beneficial owner of
    more than five percent ... on October 20, 2004", the XML form's fields), or a Form 4/5's
    end of an owner's holding. ``party_ids`` are the holders it names; empty when it speaks for
    every reporting person ("the Reporting Persons have ceased ...", a checked box). ``subject``
    is the holder as written when it names one (kept even when no party matches it); ``date``
    the date stated for the cessation, if any; ``method`` "item 5 box", "statement", "xml",
    "zero holding" (an amendment whose reporting persons all hold 0 shares and 0%, reporting no
    exit otherwise), "below five percent" (a 13G/A), and of a Form 4/5 "section 16 box" (no
    longer subject to Section 16) or "no shares left" (each line of Table I it holds at 0).
    """

    party_ids: list[str] = Field(default_factory=list)
    subject: Optional[str] = None
    date: Optional[dt.date] = None
    method: str
    evidence: Optional[Evidence] = None


class GroupHolding(_Model):
    """What a Schedule 13D/13G says its reporting persons hold *together*, in its items: "The
    Holders, at the present time, collectively own 239,700 shares ... (approximately 5.6 %)",
    "The Reporting Group, which collectively holds 74.69% of the Company's outstanding Shares".
    Either number may be missing; it is the filing's own statement, checked against the cover
    pages by :mod:`graphkit.group_holdings` before a total uses it.
    """

    shares: Optional[int] = None
    percent: Optional[float] = None
    evidence: Optional[Evidence] = None


class Offering(_Model):
    """Form D offering facts (section A issuer facts and section C amounts)."""

    offering_name: Optional[str] = None
    is_amendment: Optional[bool] = None
    exemptions: list[str] = Field(default_factory=list)
    entity_type: Optional[str] = None
    year_of_incorporation: Optional[int] = None
    month_of_incorporation: Optional[int] = None
    jurisdiction: Optional[str] = None
    phone: Optional[str] = None
    business: Optional[str] = None
    industry: Optional[str] = None
    total_offering_amount: Optional[float] = None
    total_amount_sold: Optional[float] = None
    accredited_investors: Optional[int] = None
    non_accredited_investors: Optional[int] = None
    minimum_investment: Optional[float] = None
    readings: list[Reading] = Field(default_factory=list)


class FilingRecord(_Model):
    """Everything graphkit read from one filing (one document of a submission)."""

    source: str
    document: Optional[str] = None  # which document of a multi-document submission
    form: str  # as the SEC writes it: "SC 13G", "SC 13G/A", "SC 13D", "D", "D/A", "4", ...
    family: FormFamily
    amendment_number: Optional[int] = None
    accession_number: Optional[str] = None
    issuer: Optional[Issuer] = None
    event_date: Optional[dt.date] = None
    signature_date: Optional[dt.date] = None
    filed_date: Optional[dt.date] = None
    security_class: Optional[str] = None
    outstanding_shares: Optional[Reading] = None
    parties: list[Party] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    signatures: list[Signature] = Field(default_factory=list)
    offering: Optional[Offering] = None
    ceased: list[Cessation] = Field(default_factory=list)  # 13D/13G exit reports
    #: 13D/13G: the reporting persons' holding together, as the items state it, if they do
    group_holdings: list[GroupHolding] = Field(default_factory=list)
    warnings: list[FilingWarning] = Field(default_factory=list)

    def party(self, party_id: str) -> Party:
        """Return the party with id ``party_id``.

        Raises
        ------
        KeyError
            If no party of this record has that id.
        """
        for p in self.parties:
            if p.id == party_id:
                return p
        raise KeyError(f"party {party_id!r} not in record of {self.source}")

    @property
    def as_of(self) -> Optional[dt.date]:
        """The date the record speaks for: event date, else signature date, else filed date."""
        return self.event_date or self.signature_date or self.filed_date


class FormerName(_Model):
    """A name EDGAR lists as one a header company used before (FORMER COMPANY block)."""

    name: str
    changed: Optional[dt.date] = None  # DATE OF NAME CHANGE: when the name stopped being used
    evidence: Optional[Evidence] = None


class HeaderCompany(_Model):
    """A company or person block of an EDGAR SGML header (SUBJECT COMPANY, FILED BY, ...)."""

    role: str  # "subject_company", "filed_by", "filer", "reporting_owner", "issuer"
    name: str
    cik: Optional[str] = None
    irs_number: Optional[str] = None
    state_of_incorporation: Optional[str] = None
    business_address: Optional[str] = None
    relationship: Optional[str] = None  # old Form 4 headers: DIRECTOR, OFFICER, 10% OWNER
    former_names: list[FormerName] = Field(default_factory=list)  # newest first, as EDGAR lists


class SubmissionHeader(_Model):
    """The SGML header of an EDGAR full submission (``.txt`` / ``.nc``)."""

    accession_number: Optional[str] = None
    form_type: Optional[str] = None
    filed_date: Optional[dt.date] = None
    period: Optional[dt.date] = None
    companies: list[HeaderCompany] = Field(default_factory=list)
    evidence: Optional[Evidence] = None


class ParseStatus(str, Enum):
    """Outcome of reading one file in a batch."""

    PARSED = "parsed"
    WARNINGS = "parsed_with_warnings"
    FAILED = "failed"

    def __str__(self) -> str:
        return self.value


class ParseReport(_Model):
    """One line of a batch report: a file, what came of it, and the records it gave."""

    source: str
    status: ParseStatus
    reason: Optional[str] = None
    form: Optional[str] = None
    records: list[FilingRecord] = Field(default_factory=list)
    warnings: list[FilingWarning] = Field(default_factory=list)
    seconds: Optional[float] = None
