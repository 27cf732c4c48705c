"""The relations a Schedule 13D/G XML signature title states, as the text reader reads them
from the same title under a "/s/" line: "Managing Member of Acme GP LLC, general partner of
..." is a title chain (:func:`~graphkit.parsers.signature_capacity.read_title_chain`): the
signer's title ("Managing Member"), the entity acting for the party signed for ("Acme GP
LLC") and its capacity ("general partner").

>>> from graphkit.models import Evidence, Signature
>>> from graphkit.parsers.partybook import PartyBook
>>> book = PartyBook()
>>> fund, gp = book.add("Acme Fund LP"), book.add("Acme GP LLC")
>>> sig = Signature(signer="Jane Roe", on_behalf_of=["Acme Fund LP"],
...                 title="Authorized Signatory, Acme GP LLC, its general partner",
...                 evidence=Evidence(source="x.xml"))
>>> claims = []
>>> [s.title for s in add_title_chains([sig], book, claims, None)]
['Authorized Signatory']
>>> [(c.relation.value, c.source == gp.id, c.target == fund.id) for c in claims]
[('general_partner_of', True, True)]

The filer states the chain, so an entity of it that the filing names nowhere else is a party
when its name is an organization's, ending in its legal form ("Roe GP LLC"; not "the General
Partner"), as is the party a title names the entity's capacity for ("..., the general partner
of Acme Fund LP"):

>>> sig = Signature(signer="Jane Roe", on_behalf_of=["Acme Fund LP"],
...                 title="Managing Member of Roe GP LLC, the general partner of Acme Fund LP",
...                 evidence=Evidence(source="x.xml"))
>>> [s.title for s in add_title_chains([sig], book, claims, None)]
['Managing Member']
>>> [(book.get(c.source).name, c.relation.value, book.get(c.target).name) for c in claims[1:]]
[('Roe GP LLC', 'general_partner_of', 'Acme Fund LP')]
>>> [str(r) for r in book.lookup("Roe GP LLC").roles]
['named']

A "By:" chain typed whole in the title is read link by link, as the text reader reads its
"By:" lines (:func:`~graphkit.parsers.signature_by_links.read_by_chain`): the title left is the
signer's own:

>>> jane = book.add("Jane Roe")
>>> sig = Signature(signer="Jane Roe", on_behalf_of=["Acme Fund LP"],
...                 title="By: Doe GP Inc., General Partner, By: Jane Roe, President",
...                 evidence=Evidence(source="x.xml"))
>>> [s.title for s in add_title_chains([sig], book, claims, None)]
['President']
>>> [(book.get(c.source).name, c.relation.value, book.get(c.target).name, c.title)
...  for c in claims[2:]]  # doctest: +NORMALIZE_WHITESPACE
[('Doe GP Inc.', 'general_partner_of', 'Acme Fund LP', None),
 ('Jane Roe', 'officer_of', 'Doe GP Inc.', 'President')]
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from graphkit.models import Claim, Evidence, Party, PartyRole, Signature
from graphkit.parsers.schedule13_claims import add_claim
from graphkit.parsers.signature_capacity import read_title_chain
from graphkit.parsers.signature_by_links import read_by_chain
from graphkit.parsers.signature_findings import block_findings, title_chain_findings
from graphkit.parsers.signature_names import LEGAL_END
from graphkit.parsers.partybook import PartyBook


def add_title_chains(signatures: list[Signature], book: PartyBook, claims: list[Claim],
                     as_of: Optional[date]) -> list[Signature]:
    """``signatures`` with the title of each title chain cut to the signer's own (see the
    module), adding to ``claims`` the entity's capacity for each party signed for (or for the
    party the title names) and the relations of the signer's title with the entity, when the
    filing names both parties (:func:`chain_party`: an organization the chain names is one)."""
    out: list[Signature] = []
    for sig in signatures:
        by = read_by_chain(sig.title, sig.signer) if sig.title else None
        chain = read_title_chain(sig.title) if sig.title and by is None else None
        if (chain is None and by is None) or sig.evidence is None:
            out.append(sig)
            continue
        ev = sig.evidence
        if by is not None:  # "By: Acme GP LLC, General Partner, By: Jane Roe, Managing
            # Member": the links of a "By:" chain, read as the text reader reads its lines
            out.append(sig.model_copy(update={"title": by.title}))
            names = [entity for entity, _ in by.links]
            findings = block_findings(ev, sig.signer, by.title, sig.on_behalf_of, [], by.links,
                                      False)
        else:
            out.append(sig.model_copy(update={"title": chain.title}))
            names = [chain.entity, chain.party]
            findings = title_chain_findings(sig.signer, chain, sig.on_behalf_of, ev)
        for name in names:  # not the parties signed for: read already
            if name:
                chain_party(book, name, ev)
        for f in findings:
            holder, held = book.lookup(f.holder, fuzzy=False), book.lookup(f.held, fuzzy=False)
            if holder is not None and held is not None and holder.id != held.id:
                add_claim(claims, f.relation, holder.id, held.id, f.evidence, title=f.title,
                          as_of=as_of)
    return out


def chain_party(book: PartyBook, name: str, evidence: Evidence) -> Optional[Party]:
    """The party of ``book`` a signature title chain names, added as a named party when the
    filing names it nowhere else and ``name`` is an organization's ending in its legal form
    (:data:`~graphkit.parsers.signature_names.LEGAL_END`); else None.

    >>> book = PartyBook()
    >>> chain_party(book, "Roe GP, LLC", Evidence(source="x.xml")).name
    'Roe GP, LLC'
    >>> chain_party(book, "the General Partner", Evidence(source="x.xml")) is None
    True
    """
    party = book.lookup(name, fuzzy=False)
    if party is None and LEGAL_END.search(name):
        party = book.add(name, role=PartyRole.NAMED, evidence=evidence, fuzzy=False)
    return party
