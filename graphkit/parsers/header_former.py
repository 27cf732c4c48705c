"""Former names from an EDGAR header, kept as aliases of the party they belonged to.

EDGAR lists under each company of a submission header the names its CIK was filed under
before ("FORMER COMPANY: FORMER CONFORMED NAME: ACME LABS INC / DATE OF NAME CHANGE:
19990114"). A filing from before the change names the party by the old name; keeping the old
name as a ``former_name`` alias lets the resolver join the two eras. The link goes through the
CIK: a former name is given to the one party of the record that carries its company's CIK
(the parsers put header CIKs on the parties they name), never by name alone.

Examples
--------
>>> import datetime as dt
>>> from graphkit.models import FilingRecord, FormerName, HeaderCompany, Party, SubmissionHeader
>>> rec = FilingRecord(form="SC 13G", family="schedule_13g", source="f.txt", parties=[Party(
...     id="p1", name="Acme Capital, LLC", kind="organization",
...     identifiers=[{"scheme": "cik", "value": "0000000042"}])])
>>> hdr = SubmissionHeader(companies=[HeaderCompany(role="filed_by", name="ACME CAPITAL, LLC",
...     cik="0000000042", former_names=[FormerName(name="ACME VENTURES LLC /DE/",
...                                                changed=dt.date(1999, 1, 14))])])
>>> link_former_names(rec, hdr)
1
>>> [(a.name, a.how.value) for a in rec.parties[0].aliases]
[('ACME VENTURES LLC', 'former_name')]
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from graphkit import regex_cache
from graphkit.models import (AliasKind, FilingRecord, FormerName, IdentifierScheme, Party,
                             PartyKind, SubmissionHeader)
from graphkit.parsers.formd_names import EMPTY_FIELD
from graphkit.parsers.schedule13_header import conformed_person_name, header_name_forms
from graphkit.parsers.xmldoc import link_alias, name_key
from resolvers.legal_forms import forms_conflict
from resolvers.names import analyze


#: A word some filers type before the former name itself: "FORMERLY FIRST ACME BANKS INC"
FORMERLY = regex_cache.compile(r"""
    ^\s*(?:formerly(?:\s+known\s+as)?|f/k/a|fka)(?:[\s:]+|$)   # "FORMERLY", "F/K/A"
""", re.VERBOSE | re.IGNORECASE)


#: Words that make no name on their own: a former-name field holding only "THE"
_NO_NAME_WORDS = frozenset({"THE", "A", "AN", "OF", "AND", "&"})


def former_alias(name: FormerName, party: Party) -> Optional[str]:
    """The spelling of a former conformed name to keep for ``party``: without EDGAR's state
    mark, and a person's name in natural order (EDGAR keeps a person's names last name
    first, in any case); None for a person's "former name" that is no person's name.

    >>> p = Party(id="p", name="Jane Q. Roe", kind="person")
    >>> former_alias(FormerName(name="SMITH JANE Q"), p), former_alias(FormerName(
    ...     name="Smith Jane Quincy"), p)
    ('Jane Q. Smith', 'Jane Quincy Smith')
    >>> former_alias(FormerName(name="ROE JANE Q/123 MAIN STREET CORP"), p) is None
    True
    >>> [former_alias(FormerName(name=n), Party(id="o", name="Acme Inc.", kind="organization"))
    ...  for n in ("NONE", "N/A", "-", "THE", "FORMERLY", "IBM")]
    [None, None, None, None, None, 'IBM']
    >>> former_alias(FormerName(name="FORMERLY ACME LABS INC /DE/"),
    ...              Party(id="o", name="Acme Inc.", kind="organization"))
    'ACME LABS INC'
    """
    raw = FORMERLY.sub("", name.name)
    base = header_name_forms(raw)[0]
    if EMPTY_FIELD.match(raw) or EMPTY_FIELD.match(base) or all(w.upper() in _NO_NAME_WORDS for w in base.split()):
        return None  # "NONE", "N/A", "-", "THE": no name
    if party.kind is PartyKind.PERSON:
        return conformed_person_name(base.upper())
    return base or None


def keeps_former_name(party: Party, alias: str, parties: Sequence[Party], *,
                      own_list: bool = False) -> bool:
    """Whether ``alias``, a former name listed for ``party``, is kept as its alias: not in the
    same words as one of its names (EDGAR only dropped or changed a state mark), not a name of
    another of ``parties`` and, in EDGAR's lists, stating no legal form the party's name
    contradicts. EDGAR's former names are sometimes another party's (a fund's name left on its
    general partner's CIK), and a wrong alias would merge two parties; a conversion ("ACME
    PARTNERS L P" for "Acme Equity, LLC") is joined through the CIK instead. A name the party
    lists itself (``own_list``: a Form D issuer's previous names) states its conversion.

    >>> fund = Party(id="f", name="Acme Stable Fund LP", kind="organization")
    >>> [keeps_former_name(fund, n, [fund]) for n in (
    ...     "ACME STABLE FUND, L.P.", "Acme Management LLC", "Acme Yield Fund LP")]
    [False, False, True]
    >>> keeps_former_name(fund, "Acme Stable Fund LLC", [fund], own_list=True)
    True
    """
    own = {name_key(n) for n in party.all_names()}
    others = {name_key(n) for p in parties if p is not party for n in p.all_names()}
    key = name_key(alias)
    return key not in own and key not in others and (own_list or not forms_conflict(
        analyze(alias).forms, analyze(party.name).forms))


def _cik_key(value: Optional[str]) -> str:
    return (value or "").strip().lstrip("0")


def link_former_names(record: FilingRecord, header: Optional[SubmissionHeader]) -> int:
    """Give each header company's former names to the one party of ``record`` holding its
    CIK, as ``former_name`` aliases cited to the header line; return how many were added.

    A CIK held by no party or by two parties links nothing (which of them it was is not
    known); a former name is kept only as :func:`keeps_former_name` tells.
    """
    if header is None:
        return 0
    added = 0
    for company in header.companies:
        key = _cik_key(company.cik)
        if not key or not company.former_names:
            continue
        holders = [p for p in record.parties
                   if any(i.scheme is IdentifierScheme.CIK and _cik_key(i.value) == key
                          for i in p.identifiers)]
        if len(holders) != 1:
            continue
        party = holders[0]
        kept = [(former, alias) for former in company.former_names  # each against the names
                if (alias := former_alias(former, party)) is not None  # the filing gives
                and keeps_former_name(party, alias, record.parties)]
        for former, alias in kept:
            link_alias(party, alias, AliasKind.FORMER_NAME, former.evidence, former.changed)
            added += 1
    return added
