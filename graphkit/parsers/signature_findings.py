"""What a signature section yields, and the relations one signature block states.

:func:`~graphkit.parsers.signatures.read_signatures` walks a signature section and fills a
:class:`SignatureSection`: one :class:`~graphkit.models.Signature` per signature, and the
relations of each block as :class:`~graphkit.parsers.prose.ProseFinding` items. This module
adds what a block says once its signature is read (:func:`add_block_findings`): the capacity of
a party printed over "as the General Partner of" for the parties listed under it, each "By:"
entity's capacity for the party above it, and a signer's controlling title for the entity
signed through; and it gives a signature the parties it signs for when they are printed above
its block with their own "By:" chains (:func:`sign_for_earlier`) or under it
(:func:`add_printed_block`).

Examples
--------
>>> from graphkit.source import SourceText
>>> src = SourceText(path="x.txt", text="ACME FUND, L.P.\\nBy: Acme GP, LLC, its general partner")
>>> sec = SignatureSection(start=0, end=len(src.text))
>>> add_block_findings(src, sec, "Jane Roe", "Managing Member", ["ACME FUND, L.P."], [],
...                    [("Acme GP, LLC", "general partner")], False, 0, len(src.text))
>>> [(f.relation.value, f.holder, f.held) for f in sec.findings]
... # doctest: +NORMALIZE_WHITESPACE
[('general_partner_of', 'Acme GP, LLC', 'ACME FUND, L.P.'),
 ('managing_member_of', 'Jane Roe', 'Acme GP, LLC')]
"""

from __future__ import annotations

from typing import Callable, Optional

from pydantic import BaseModel, ConfigDict, Field

from graphkit.models import Evidence, Party, Signature
from graphkit.names import PartyKind, clean_name
from graphkit.parsers.prose import ProseFinding
from graphkit.parsers.signature_capacity import Capacity, TitleChain
from graphkit.parsers.signature_lines import CAPACITY_LIST
from graphkit.parsers.signature_names import LEGAL_END, join_wrapped_names
from graphkit.parsers.signature_roles import (PARTNERSHIP_NAME, Acting, capacity_findings,
                                              entity_by_role, has_officers, is_control_title,
                                              is_officer_title, read_agency, title_relations,
                                              trim_title)
from graphkit.relations import Relation
from graphkit.source import SourceText


class SignatureSection(BaseModel):
    """Everything read from a signature section."""

    model_config = ConfigDict(extra="forbid")

    start: int
    end: int
    date: Optional[object] = None
    signatures: list[Signature] = Field(default_factory=list)
    findings: list[ProseFinding] = Field(default_factory=list)
    #: parties printed under a signature that no signature signs for: "/s/ Jane Roe" /
    #: "President" / "Acme Subsidiary LLC" (the signer's company, not signed for by name)
    unsigned: list[str] = Field(default_factory=list)
    #: signers whose signature bears a note mark ("By /s/ Jane Roe*"), with the number of its
    #: marks ("**" is 2): an attorney-in-fact signs for them in the note of the same mark
    #: ("*By: /s/ John Doe")
    marked: list[tuple[str, int]] = Field(default_factory=list)


def sign_for_earlier(sec: SignatureSection, earlier: list[str]) -> None:
    """Put ``earlier`` (parties listed above the block of the last signature of ``sec``, each
    with its own "By:" chain) before the parties that signature signs for."""
    if earlier:
        last = sec.signatures[-1]
        sec.signatures[-1] = last.model_copy(update={
            "on_behalf_of": earlier + [n for n in last.on_behalf_of if n not in earlier]})


def add_printed_block(src: SourceText, sec: SignatureSection, title: Optional[str],
                      pending: list[str], acts: list[Acting], chain: list[tuple[str, str]],
                      unknown_by: bool, start: int, end: int) -> None:
    """Give the last signature of ``sec`` the parties and title printed under it ("/s/ Jane
    Roe" / "ACME GP, LLC, as the General Partner of ACME FUND, L.P." / "By Jane Roe, Managing
    Member"), and add the relations of that block."""
    last = sec.signatures[-1]
    title = last.title or (title and clean_name(title)) or None
    if title and CAPACITY_LIST.match(title):
        title = None
    cut = False  # "Managing Member of": no control of the party signed for
    if title:
        title, cut = trim_title(title)
    sec.signatures[-1] = last.model_copy(update={"title": title, "on_behalf_of": list(pending)})
    add_block_findings(src, sec, last.signer, None if cut else title, pending, acts, chain,
                       unknown_by, start, end)


def add_block_findings(src: SourceText, sec: SignatureSection, signer: str,
                       title: Optional[str], pending: list[str], acts: list[Acting],
                       chain: list[tuple[str, str]], unknown_by: bool, start: int,
                       end: int) -> None:
    """The relations a signature block states (:func:`block_findings`), added to ``sec``."""
    # a relation read from the block cites all of it: names, "By:" lines, capacities
    sec.findings += block_findings(src.evidence(start, end, section="signature"), signer, title,
                                   pending, acts, chain, unknown_by)


def block_findings(block: Evidence, signer: str, title: Optional[str], pending: list[str],
                   acts: list[Acting], chain: list[tuple[str, str]], unknown_by: bool
                   ) -> list[ProseFinding]:
    """The relations a signature block states, citing ``block``: the capacity of a party
    printed over "as the General Partner of" for the parties listed under that line
    (``acts``), each "By:" entity's capacity for the party above it (``chain``: entity and
    capacity, the first for the parties signed for, ``pending``), and a signer's controlling
    title for the entity signed through; no title's when a "By:" line was not read
    (``unknown_by``).

    >>> ev = Evidence(source="x.xml")
    >>> [(f.relation.value, f.holder, f.held) for f in block_findings(
    ...     ev, "Jane Roe", "Managing Member", ["Acme Fund LP"], [],
    ...     [("Acme GP LLC", "General Partner")], False)]  # doctest: +NORMALIZE_WHITESPACE
    [('general_partner_of', 'Acme GP LLC', 'Acme Fund LP'),
     ('managing_member_of', 'Jane Roe', 'Acme GP LLC')]
    """
    findings: list[ProseFinding] = []
    for act, nxt in zip(acts, acts[1:] + [None]):
        findings += capacity_findings(act.holder, act.role,
                                      pending[act.first:nxt.first if nxt else None], block)
    # the first "By:" entity acts for every party named above it (two funds, one GP), or for
    # the party printed over "as the General Partner of"
    first = [acts[0].holder] if acts else pending
    for (holder, role), helds in zip(chain, [first] + [[c[0]] for c in chain]):
        findings += capacity_findings(holder, role, helds, block)
    top = chain[-1][0] if chain else (first[-1] if first else "")
    if unknown_by:
        top = ""  # a "By:" line we could not read: the signer's entity is unknown
    elif top and title and not chain and len(first) > 1 and not is_control_title(title) and \
            is_officer_title(title):
        # one officer signing for a list ("ACME FUND LP" / "ACME CORP." / "By: /s/ Jane Roe,
        # Vice President"): an officer of its one company named whole (a legal form ends
        # it: not the lines of a name wrapped), or of no party read
        firms = [p for p in first if has_officers(p) and LEGAL_END.search(p)]
        top = firms[0] if len(firms) == 1 else ""
    if title and (by_role := entity_by_role(title, chain)) is not None:
        # "By: Acme GP LLC, its general partner" / "Title: Vice President of the General
        # Partner": the officer of that entity; of none when the block names no such entity
        top, title = by_role[1], by_role[0]
    if top and title:
        findings += title_findings(signer, title, top, block)
    return findings


def title_chain_findings(signer: str, chain: TitleChain, signed_for: list[str],
                         block: Evidence) -> list[ProseFinding]:
    """The relations a signer's title chain states (:func:`~graphkit.parsers.
    signature_capacity.read_title_chain`): the entity's capacity for the party the chain names,
    or else for the parties ``signed_for``, and the signer's title in the entity.

    >>> chain = TitleChain("Managing Member", "Roe GP LLC", "general partner", "Acme Fund LP")
    >>> [(f.relation.value, f.holder, f.held) for f in title_chain_findings(
    ...     "Jane Roe", chain, ["Beta LLC"], Evidence(source="x.txt"))]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('general_partner_of', 'Roe GP LLC', 'Acme Fund LP'),
     ('managing_member_of', 'Jane Roe', 'Roe GP LLC')]
    """
    helds = [chain.party] if chain.party else signed_for
    return capacity_findings(chain.entity, chain.role, helds, block) + \
        title_findings(signer, chain.title, chain.entity, block)


def title_findings(signer: str, title: str, held: str, block: Evidence) -> list[ProseFinding]:
    """The relations of ``signer``'s ``title`` with ``held`` (:func:`title_relations`); none
    when the signer signs for himself. An officer's title that states no control is
    "signature_officer" (its party must be one the filing reads elsewhere), any other
    "signature_title". A title that names the signer an attorney-in-fact or agent
    (:func:`~graphkit.parsers.signature_roles.read_agency`) is the principal's: "Attorney-in-Fact
    for Jane Roe, Vice President" makes Jane Roe the officer, and a title with no person named
    ("Vice President, as Attorney-in-Fact") states no relation.

    >>> ev = Evidence(source="x.txt")
    >>> [(f.holder, f.title) for f in title_findings(
    ...     "John Doe", "Attorney-in-Fact for Jane Roe, Vice President", "Acme Inc.", ev)]
    [('Jane Roe', 'Vice President')]
    >>> title_findings("John Doe", "Vice President, as Attorney-in-Fact", "Acme Inc.", ev)
    []
    """
    if (agency := read_agency(title, opening=True)) is not None:
        if agency.principal is None:
            return []
        signer = agency.principal
    if clean_name(signer).lower() == clean_name(held).lower():
        return []
    control = is_control_title(title)
    return [ProseFinding(relation=rel, holder=signer, held=held, title=t, evidence=block,
                         pattern="signature_officer" if rel is Relation.OFFICER_OF and not control
                         else "signature_title") for rel, t in title_relations(title, held)]


def join_wrapped_blocks(sec: SignatureSection, known: Callable[[str], bool]) -> None:
    """Join the names wrapped over two or three lines in the parties each signature of ``sec``
    signs for (:func:`~graphkit.parsers.signature_names.join_wrapped_names`), and in the
    relations of its block: "ACME INVESTMENT" / "MANAGEMENT, INC." / "By: /s/ Jane Roe" /
    "Title: Vice President" is the officer of one party, ACME INVESTMENT MANAGEMENT, INC.

    >>> from graphkit.models import Signature
    >>> sig = Signature(signer="Jane Roe", on_behalf_of=["ACME INVESTMENT", "MANAGEMENT, INC."])
    >>> f = ProseFinding(relation=Relation.OFFICER_OF, holder="Jane Roe", held="MANAGEMENT, INC.",
    ...                  evidence=Evidence(source="x.txt"), title="Vice President")
    >>> sec = SignatureSection(start=0, end=1, signatures=[sig], findings=[f])
    >>> join_wrapped_blocks(sec, {"ACME INVESTMENT MANAGEMENT, INC."}.__contains__)
    >>> sec.signatures[0].on_behalf_of, sec.findings[0].held
    (['ACME INVESTMENT MANAGEMENT, INC.'], 'ACME INVESTMENT MANAGEMENT, INC.')
    """
    for k, sig in enumerate(sec.signatures):
        joined = join_wrapped_names(sig.on_behalf_of, known)
        if joined == sig.on_behalf_of:
            continue
        sec.signatures[k] = sig.model_copy(update={"on_behalf_of": joined})
        whole = {part: name for part in sig.on_behalf_of if part not in joined
                 for name in joined if part in name}
        sec.findings = [f.model_copy(update={"holder": whole.get(f.holder, f.holder),
                                             "held": whole.get(f.held, f.held)})
                        if f.holder in whole or f.held in whole else f for f in sec.findings]


def sign_for_sole_filer(sec: SignatureSection, filer: Party, is_filer: Callable[[str], bool]
                        ) -> None:
    """Give each signature of ``sec`` that names no party it signs for, and whose signer is not
    the filing's only reporting person ``filer`` (``is_filer`` tells a name of it) but signs
    in a capacity, that person: "/s/ Thomas Roe" / "Attorney-in-Fact" or "/s/ Jane Roe" /
    "Vice President" under a statement one company files signs for the company (the statement
    is the filer's, as a Form 4's signature is its only owner's). A person's is signed for only
    by an attorney-in-fact: a name signed with no title is its own signer's (a member of a
    group whose cover was not read). Not when a company printed under a signature is another
    party (:func:`sole_filer_findings` reads the same).

    >>> acme = Party(id="p1", name="Acme Inc.", kind=PartyKind.ORGANIZATION)
    >>> sec = SignatureSection(start=0, end=1, signatures=[
    ...     Signature(signer="John Doe", title="Attorney-in-Fact"), Signature(signer="Acme Inc."),
    ...     Signature(signer="Jane Roe")])
    >>> sign_for_sole_filer(sec, acme, {"Acme Inc.", "ACME INC"}.__contains__)
    >>> [(s.signer, s.on_behalf_of) for s in sec.signatures]
    [('John Doe', ['Acme Inc.']), ('Acme Inc.', []), ('Jane Roe', [])]
    """
    if any(not is_filer(n) for n in sec.unsigned):
        return  # "/s/ Jane Roe" / "President" / "Acme Subsidiary LLC": another company's
    person = filer.kind is PartyKind.PERSON
    for k, sig in enumerate(sec.signatures):
        if not sig.on_behalf_of and sig.title and not is_filer(sig.signer) and \
                (not person or "attorney" in sig.title.lower()):
            sec.signatures[k] = sig.model_copy(update={"on_behalf_of": [filer.name]})


def signed_capacities(title: Optional[str], named: list[str], caps: list[Capacity],
                      principals: list[str]) -> list[tuple[Optional[str], list[str]]]:
    """The (title, parties signed for) of each signature of one signer's block: ``named``
    (the parties printed above or under it) in ``title``; an attorney-in-fact's
    ``principals`` first; and each capacity line under the name ("Senior Vice President,
    Acme Inc." / "Attorney in Fact for Jane Roe") a signature of its own, for its party. A
    single capacity line under a signer with no other title is that signature's title.

    >>> from graphkit.parsers.signature_capacity import read_capacity
    >>> caps = [read_capacity("Vice President, Acme Inc."), read_capacity(
    ...     "Attorney in Fact for Jane Roe")]
    >>> signed_capacities(None, ["Acme Inc.", "Beta LLC"], caps, [])
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Vice President', ['Acme Inc.']), ('Attorney-in-Fact', ['Jane Roe']),
     (None, ['Beta LLC'])]
    >>> signed_capacities(None, ["ACME INC."], caps[:1], [])
    [('Vice President', ['ACME INC.'])]
    """
    if principals:  # "Acme Fund, L.P." by power of attorney, under "ACME FUND, L.P."
        signed = {p.lower() for p in principals}
        named = principals + [n for n in named if n.lower() not in signed]
    if not caps:
        return [(title, named)]
    low = {n.lower(): n for n in named}
    if title is None and len(caps) == 1:
        party = low.get(caps[0].party.lower(), caps[0].party)
        return [(caps[0].title, named + ([] if party in named else [party]))]
    out = [(c.title, [low.get(c.party.lower(), c.party)]) for c in caps]
    rest = [n for n in named if n.lower() not in {c.party.lower() for c in caps}]
    return out + ([(title, rest)] if rest or title else [])


def sole_filer_findings(sec: SignatureSection, filers: list[Party],
                        lookup: Callable[[str], Optional[Party]] = lambda name: None
                        ) -> list[ProseFinding]:
    """The relations the signers' titles state with the one reporting person of a filing, an
    organization, when no signature names a party ("By /s/ Jane Roe" / "President and Chief
    Executive Officer" with no company line above): each signs for it.

    A signer's own name signed for by an attorney-in-fact ("/s/ Jane Roe*" / "*By: /s/ John
    Doe, pursuant to a Power of Attorney") names no party. A company line printed under a
    signature that no signature signs for (``sec.unsigned``: "/s/ Jane Roe" / "President" /
    "Acme Subsidiary LLC") is the signer's company: unless ``lookup`` (the filing's parties by
    name) finds the reporting person by it, the title is not held in the reporting person.

    >>> from graphkit.models import Signature
    >>> acme = Party(id="p1", name="Acme Holdings Inc.", kind=PartyKind.ORGANIZATION)
    >>> sig = Signature(signer="Jane Roe", title="President", evidence=Evidence(source="x.txt"))
    >>> sec = SignatureSection(start=0, end=1, signatures=[sig])
    >>> [(f.relation.value, f.held) for f in sole_filer_findings(sec, [acme])]
    [('officer_of', 'Acme Holdings Inc.')]
    >>> sec.unsigned = ["Acme Subsidiary LLC"]
    >>> sole_filer_findings(sec, [acme])
    []
    """
    if len(filers) != 1 or filers[0].kind is not PartyKind.ORGANIZATION:
        return []
    signers = {sig.signer.lower() for sig in sec.signatures}
    if any(n.lower() not in signers for sig in sec.signatures for n in sig.on_behalf_of):
        return []
    if "PN" in filers[0].type_codes or PARTNERSHIP_NAME.search(filers[0].name):
        return []  # a partnership's signer signs as an officer of its general partner
    held = filers[0].name
    if any(n.lower() != held.lower() and lookup(n) is not filers[0] for n in sec.unsigned):
        return []  # "/s/ Jane Roe" / "President" / "Acme Subsidiary LLC": another company's
    return [f for sig in sec.signatures if sig.title and sig.evidence and not sig.on_behalf_of
            and sig.signer.lower() != held.lower()
            for f in title_findings(sig.signer, sig.title, held, sig.evidence)]
