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
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from graphkit.models import Claim, Signature
from graphkit.parsers.schedule13_claims import add_claim
from graphkit.parsers.signature_capacity import read_title_chain
from graphkit.parsers.signature_findings import title_findings
from graphkit.parsers.signature_roles import capacity_findings
from graphkit.parsers.partybook import PartyBook


def add_title_chains(signatures: list[Signature], book: PartyBook, claims: list[Claim],
                     as_of: Optional[date]) -> list[Signature]:
    """``signatures`` with the title of each title chain cut to the signer's own (see the
    module), adding to ``claims`` the entity's capacity for each party signed for and the
    relations of the signer's title with the entity, when the filing names both parties
    (a name it does not read elsewhere is no party)."""
    out: list[Signature] = []
    for sig in signatures:
        chain = read_title_chain(sig.title) if sig.title else None
        if chain is None or sig.evidence is None:
            out.append(sig)
            continue
        out.append(sig.model_copy(update={"title": chain.title}))
        ev = sig.evidence
        findings = capacity_findings(chain.entity, chain.role, sig.on_behalf_of, ev) + \
            title_findings(sig.signer, chain.title, chain.entity, ev)
        for f in findings:
            holder, held = book.lookup(f.holder, fuzzy=False), book.lookup(f.held, fuzzy=False)
            if holder is not None and held is not None and holder.id != held.id:
                add_claim(claims, f.relation, holder.id, held.id, f.evidence, title=f.title,
                          as_of=as_of)
    return out
