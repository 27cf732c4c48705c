"""What a Schedule 13D/13G takes from its EDGAR SGML header: CIKs, and the parties the form
itself does not name readably.

The header is EDGAR's index data: the SUBJECT COMPANY is the issuer, FILED BY the filer and
GROUP MEMBERS the members of a filing group (the reporting persons). Its conformed names are
upper-cased, abbreviated, inverted for persons ("ROE JANE Q", also inside company names:
"ROE J Q ASSOCIATES INC") and may carry a mark ("/MD/", "/FI", "ET AL"); :func:`header_name_forms`
gives the spellings the form itself may use, so the CIKs reach the parties the form names.

Domain caveat: the header is a fallback for the names only. A statement whose cover page is
unreadable (or that has none, as some amendments) still names its reporting persons in the
header; they are taken from it then, with a warning, never in addition to the cover's persons.

>>> from graphkit.models import HeaderCompany
>>> hdr = SubmissionHeader(companies=[
...     HeaderCompany(role="subject_company", name="ACME INC", cik="0000000001"),
...     HeaderCompany(role="filed_by", name="ROE JANE Q", cik="0000000002")])
>>> book = PartyBook()
>>> [(p.name, p.identifiers[0].value) for p in reporting_from_header(hdr, book)]
[('ROE JANE Q', '0000000002')]
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit.models import (HeaderCompany, Identifier, IdentifierScheme, Party, PartyKind,
                             PartyRole, SubmissionHeader)
from graphkit.names import guess_kind, org_words
from graphkit.parsers.partybook import PartyBook

#: The marks EDGAR appends to a conformed name, at its end: a state or filer mark "/MD/",
#: "/FI", "/ADV", a group's "ET AL": "ACME CORP   /FI", "ROE JANE Q ET AL"
CONFORMED_SUFFIX = re.compile(r"""
    (?:\s*/[A-Z]{1,4}/?|\s+ET\s+AL\.?)+\s*$
""", re.VERBOSE)

#: One letter alone: an initial of an inverted person's name in a conformed name ("ROE J Q")
INITIAL_WORD = re.compile(r"""^[A-Z]\.?$""", re.VERBOSE)

#: The header roles that name the filer(s) of a statement
FILER_ROLES = ("filed_by", "filer")


def header_name_forms(name: str) -> list[str]:
    """The spellings the form itself may give an EDGAR conformed ``name``, most literal first:
    the name without its mark, then, for a person's name ("SHAW JANE Q"), the name as "last,
    first" (which the party book matches to "Jane Q. Shaw"), or for a company whose name
    starts with an inverted person's name with an initial ("ROE J Q ASSOCIATES INC"), that
    name in natural order.

    >>> header_name_forms("ROE JANE Q ET AL")
    ['ROE JANE Q', 'ROE, JANE Q']
    >>> header_name_forms("ROE J Q ASSOCIATES INC /MD/")
    ['ROE J Q ASSOCIATES INC', 'J Q ROE ASSOCIATES INC']
    >>> header_name_forms("ACME GOLD CORP                    /FI")
    ['ACME GOLD CORP']
    """
    base = CONFORMED_SUFFIX.sub("", name).strip()
    forms = [base]
    words = base.split()
    lead = next((i for i, w in enumerate(words) if org_words(w) or w == "&"), len(words))
    if lead == len(words) and 2 <= lead <= 4 and guess_kind(base) is PartyKind.PERSON:
        forms.append(f"{words[0]}, {' '.join(words[1:])}")
    elif 2 <= lead <= 4 and lead < len(words) and any(INITIAL_WORD.match(w) for w in words[1:lead]):
        forms.append(" ".join(words[1:lead] + words[:1] + words[lead:]))
    return forms


def find_header_party(book: PartyBook, name: str) -> Optional[Party]:
    """The party of ``book`` (not the issuer) a header ``name`` names, in any of its
    :func:`header_name_forms`, or None.

    >>> book = PartyBook(); _ = book.add("Jane Q. Shaw")
    >>> find_header_party(book, "SHAW JANE Q").name
    'Jane Q. Shaw'
    """
    for form in header_name_forms(name):
        p = book.lookup(form)
        if p is not None and PartyRole.ISSUER not in p.roles:
            return p
    return None


def _add_cik(party: Party, cik: Optional[str]) -> None:
    if cik:
        ident = Identifier(scheme=IdentifierScheme.CIK, value=cik)
        if ident not in party.identifiers:
            party.identifiers.append(ident)


def apply_header_identifiers(book: PartyBook, header: Optional[SubmissionHeader],
                             issuer: Optional[Party]) -> list[str]:
    """Add the CIKs of an EDGAR header to the matching parties of ``book``.

    The subject company's CIK goes to the issuer; filed-by / filer / group-member CIKs go to
    the party of the same name (:func:`find_header_party`). Returns the names of the filers
    and group members with a CIK that matched no party (the caller warns: the CIK is lost).

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
        if co.role in ("subject_company", "issuer"):
            if issuer is not None:
                _add_cik(issuer, co.cik)
            continue
        target = find_header_party(book, co.name)
        if target is None:
            if co.cik and co.role in FILER_ROLES + ("group_member",) and \
                    co.name not in unmatched:
                unmatched.append(co.name)
            continue
        _add_cik(target, co.cik)
    return unmatched


def header_issuer_name(header: Optional[SubmissionHeader]) -> Optional[str]:
    """The subject company of ``header`` (its conformed name without a mark), or None.

    >>> header_issuer_name(SubmissionHeader(companies=[HeaderCompany(
    ...     role="subject_company", name="ACME INC /DE/")]))
    'ACME INC'
    """
    if header is None:
        return None
    co = next((c for c in header.companies if c.role in ("subject_company", "issuer")), None)
    return header_name_forms(co.name)[0] if co is not None else None


def header_filers(header: Optional[SubmissionHeader]) -> list[HeaderCompany]:
    """The reporting persons a header names: its GROUP MEMBERS when it lists any (the filer
    is one of them, or an agent, or both persons in one name: "ROE JANE & DOE JOHN"), else
    its FILED BY / FILER companies.

    >>> header_filers(SubmissionHeader(companies=[
    ...     HeaderCompany(role="filed_by", name="ROE JANE & DOE JOHN"),
    ...     HeaderCompany(role="group_member", name="JANE ROE"),
    ...     HeaderCompany(role="group_member", name="JOHN DOE")]))[1].name
    'JOHN DOE'
    """
    if header is None:
        return []
    members = [c for c in header.companies if c.role == "group_member"]
    return members or [c for c in header.companies if c.role in FILER_ROLES]


def reporting_from_header(header: Optional[SubmissionHeader], book: PartyBook) -> list[Party]:
    """The reporting persons of a statement whose form names none readably, from its header
    (:func:`header_filers`): each is the party of ``book`` of that name if there is one, else
    a new party under the header's name. Each gets its CIK and the reporting-person role.
    """
    out: list[Party] = []
    for co in header_filers(header):
        party = find_header_party(book, co.name)
        if party is None:
            name = header_name_forms(co.name)[0]
            party = book.add(name, role=PartyRole.REPORTING_PERSON,
                             evidence=header.evidence if header else None)
        else:
            book.add_role(party, PartyRole.REPORTING_PERSON)
        if party is not None and all(p.id != party.id for p in out):
            _add_cik(party, co.cik)
            out.append(party)
    return out
