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
GROUP MEMBERS often leaves out the filer, so the reporting persons of a header are its group
members and its filer(s), each once. One FILED BY name may join two persons ("ROE JANE &
DOE JOHN"): each is a reporting person, and the one CIK of the line belongs to neither alone.

>>> from graphkit.models import HeaderCompany
>>> hdr = SubmissionHeader(companies=[
...     HeaderCompany(role="subject_company", name="ACME INC", cik="0000000001"),
...     HeaderCompany(role="filed_by", name="ROE JANE Q", cik="0000000002")])
>>> book = PartyBook()
>>> [(p.name, p.identifiers[0].value) for p in reporting_from_header(hdr, book)]
[('Jane Q. Roe', '0000000002')]
"""

from __future__ import annotations

import re
from typing import Optional

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.aliases import keep_alias
from graphkit.models import (Alias, AliasKind, HeaderCompany, Identifier, IdentifierScheme, Party,
                             PartyKind, PartyRole, SubmissionHeader)
from graphkit.names import guess_kind, org_words
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.partybook_names import generation_of
from graphkit.parsers.xmldoc import name_key, same_person_name
from resolvers.persons import HONORIFICS, PARTICLES

#: The marks EDGAR appends to a conformed name, at its end: a state or filer mark "/MD/",
#: "/FI", "/ADV", a group's "ET AL": "ACME CORP   /FI", "ROE JANE Q ET AL"
CONFORMED_SUFFIX = regex_cache.compile(r"""
    (?:\s*/[A-Z]{1,4}/?|\s+ET\s+AL\.?)+\s*$
""", re.VERBOSE)

#: One letter alone: an initial of an inverted person's name in a conformed name ("ROE J Q")
INITIAL_WORD = regex_cache.compile(r"""^[A-Z]\.?$""", re.VERBOSE)

#: The header roles that name the filer(s) of a statement
FILER_ROLES = ("filed_by", "filer")

#: A word of a conformed person's name: a capital, letters, "'" or "-" ("O'NEIL", "SMITH-JONES",
#: "Roe" as some filers type it), or an initial with or without its dot ("Q", "Q.")
CONFORMED_WORD = regex_cache.compile(r"""^[A-Z][A-Za-z'\-]*\.?$""", re.VERBOSE)

#: A generation after a person's name, its last word, with or without a comma before it:
#: "ROE JANE Q JR", "RUPERT H. ROE, JR."
NAME_SUFFIX = regex_cache.compile(r"""
    ,?\s+(?P<suffix>JR|SR|II|III|IV)\.?$
""", re.VERBOSE | re.IGNORECASE)

#: The joint of two persons' conformed names in one FILED BY name: "ROE JANE & DOE JOHN",
#: "ROE JANE Q AND DOE JOHN"
JOINED_NAMES = regex_cache.compile(r"""\s+(?:&|AND)\s+""", re.VERBOSE)


class HeaderName(BaseModel):
    """A reporting person the header names: its name in natural order where EDGAR inverted
    it (``name``), the conformed name as printed (``conformed``), and the CIK of its line
    (None when the line joins two persons: the CIK is theirs together)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    conformed: str
    cik: Optional[str] = None
    joint: bool = False


def _title_word(word: str, particle: bool) -> str:
    """A conformed word in a name's own case: "DON" -> "Don", "F" -> "F.", "O'NEIL" ->
    "O'Neil", a particle lower-cased ("VAN" -> "van")."""
    bare = word.rstrip(".")
    if len(bare) == 1:
        return f"{bare}."
    if particle:
        return bare.lower()
    if bare != bare.upper():  # typed in its own case: kept
        return bare
    return re.sub(r"[A-Za-z]+", lambda m: m[0].capitalize(), bare)


def conformed_person_name(name: str, inverted: bool = True) -> Optional[str]:
    """The natural-order name of a person's EDGAR conformed name ("ROSS DON F" -> "Don F.
    Ross"), or None for a name that is not a person's in that order.

    EDGAR inverts a filer's name (``inverted``: the name is known to be conformed); a group
    member's name is often typed in natural order, so there only a trailing initial ("ROE JANE
    Q") tells the inverted order. A leading honorific, a dotted initial before the last word
    ("JANE Q. ROE") or a comma tells the natural order.

    >>> conformed_person_name("ROSS DON F"), conformed_person_name("VAN DER BERG JAN")
    ('Don F. Ross', 'Jan van der Berg')
    >>> conformed_person_name("ROE JANE Q JR"), conformed_person_name("ROE JANE", inverted=False)
    ('Jane Q. Roe Jr.', None)
    >>> conformed_person_name("Roe Jane Q."), conformed_person_name("Jane Roe")
    ('Jane Q. Roe', None)
    >>> [conformed_person_name(n) for n in ("DR. JAMES Q. ROE", "JANE Q. ROE", "ACME FUND LP")]
    [None, None, None]
    """
    base = CONFORMED_SUFFIX.sub("", name).strip()
    if not base or "&" in base or org_words(base):
        return None
    if base != base.upper():  # typed by the filer ("Roe Jane Q."): only the initial tells
        inverted = False
    suffix = NAME_SUFFIX.search(base)
    if suffix is not None:
        if "," in base[:suffix.start()]:
            return None
        base = base[:suffix.start()]
    if "," in base:
        return None
    words = base.split()
    if not 2 <= len(words) <= 5 or not all(CONFORMED_WORD.match(w) for w in words):
        return None
    low = [w.rstrip(".").lower() for w in words]
    if low[0] in HONORIFICS or len(low[0]) == 1 or any(w.endswith(".") for w in words[:-1]):
        return None  # "DR. JANE ROE", "J. ROE", "JANE Q. ROE": natural order
    if not inverted and len(low[-1]) != 1:
        return None
    cut = 1
    while cut < len(words) - 1 and low[cut - 1] in PARTICLES:
        cut += 1
    given = [_title_word(w, False) for w in words[cut:]]
    surname = [_title_word(w, i < cut - 1) for i, w in enumerate(words[:cut])]
    out = " ".join(given + surname)
    if suffix is not None:
        s = suffix["suffix"].upper()
        out += f" {s.capitalize()}." if s in ("JR", "SR") else f" {s}"
    shape = " ".join(given + [_title_word(w, False) for w in words[:cut]])  # no lower particle
    return out if guess_kind(shape) is PartyKind.PERSON else None


def joined_persons(name: str) -> list[str]:
    """The persons' conformed names that one header name joins ("ROE JANE & DOE JOHN" ->
    both), or ``[name]`` when it names one party (a firm "ROE & DOE LLC" is one).

    >>> joined_persons("ROE JANE Q & DOE JOHN"), joined_persons("ROE & DOE LLC")
    (['ROE JANE Q', 'DOE JOHN'], ['ROE & DOE LLC'])
    """
    base = CONFORMED_SUFFIX.sub("", name).strip()
    parts = JOINED_NAMES.split(base)
    if len(parts) < 2 or org_words(base) or \
            not all(conformed_person_name(p) is not None for p in parts):
        return [name]
    return parts


def header_name_forms(name: str) -> list[str]:
    """The spellings the form itself may give an EDGAR conformed ``name``, most literal first:
    the name without its mark, then, for a person's name read in EDGAR's inverted order
    ("ROSS JANE Q"), the name in natural order (:func:`conformed_person_name`), or for a
    company whose name starts with an inverted person's name with an initial ("ROE J Q
    ASSOCIATES INC"), that name in natural order.

    >>> header_name_forms("ROE JANE Q ET AL")
    ['ROE JANE Q', 'Jane Q. Roe']
    >>> header_name_forms("DR. JAMES Q. ROE")
    ['DR. JAMES Q. ROE']
    >>> header_name_forms("ROE J Q ASSOCIATES INC /MD/")
    ['ROE J Q ASSOCIATES INC', 'J Q ROE ASSOCIATES INC']
    >>> header_name_forms("ACME GOLD CORP                    /FI")
    ['ACME GOLD CORP']
    """
    base = CONFORMED_SUFFIX.sub("", name).strip()
    forms = [base]
    words = base.split()
    lead = next((i for i, w in enumerate(words) if org_words(w) or w == "&"), len(words))
    natural = conformed_person_name(base) if lead == len(words) else None
    if natural is not None:
        forms.append(natural)
    elif 2 <= lead <= 4 and lead < len(words) and any(INITIAL_WORD.match(w) for w in words[1:lead]):
        forms.append(" ".join(words[1:lead] + words[:1] + words[lead:]))
    return forms


def find_header_party(book: PartyBook, name: str) -> Optional[Party]:
    """The party of ``book`` (not the issuer) a header ``name`` names, in any of its
    :func:`header_name_forms`, or None.

    >>> book = PartyBook(); _ = book.add("Jane Q. Ross")
    >>> find_header_party(book, "ROSS JANE Q").name
    'Jane Q. Ross'

    A person's name the filer typed in EDGAR's order, in its own case ("Roe Jane", which
    may also be a name in natural order), names the one person of the filing with those words:

    >>> _ = book.add("Jane Q. Roe")
    >>> find_header_party(book, "Roe Jane").name
    'Jane Q. Roe'
    """
    for form in header_name_forms(name):
        p = book.lookup(form)
        if p is not None and PartyRole.ISSUER not in p.roles and _same_generation(p, name):
            return p
    return _same_person_party(book, header_name_forms(name)[0])


def _same_generation(party: Party, name: str) -> bool:
    """False for a person whose generational suffix is not the one of the header ``name``:
    "ROE JOHN JR" never names "John Q. Roe" (within one filing, father and son).

    >>> book = PartyBook(); father = book.add("John Q. Roe")
    >>> _same_generation(father, "ROE JOHN JR"), _same_generation(father, "ROE JOHN Q")
    (False, True)
    """
    return party.kind is not PartyKind.PERSON or generation_of(party.name) == generation_of(name)


def _same_person_party(book: PartyBook, base: str) -> Optional[Party]:
    """The one person of ``book`` whose name has the words of the conformed person's name
    ``base`` in any order, up to middle initials ("Roe Jane" typed by the filer in EDGAR's
    order names "Jane Q. Roe"), or None (no such person, or more than one).

    >>> book = PartyBook(); _ = book.add("Jane Q. Roe"); _ = book.add("Acme Roe Jane LLC")
    >>> _same_person_party(book, "Roe Jane").name, _same_person_party(book, "Roe John")
    ('Jane Q. Roe', None)
    """
    if org_words(base) or not 2 <= len(base.split()) <= 4:
        return None
    found = [p for p in book.parties if p.kind is PartyKind.PERSON and
             PartyRole.ISSUER not in p.roles and same_person_name(p.name, base)
             and _same_generation(p, base)]
    return found[0] if len(found) == 1 else None


def _add_cik(party: Party, cik: Optional[str]) -> None:
    if cik:
        ident = Identifier(scheme=IdentifierScheme.CIK, value=cik)
        if ident not in party.identifiers:
            party.identifiers.append(ident)


def apply_header_identifiers(book: PartyBook, header: Optional[SubmissionHeader],
                             issuer: Optional[Party]) -> tuple[list[str], list[str]]:
    """Add the CIKs of an EDGAR header to the matching parties of ``book``.

    The subject company's CIK goes to the issuer; filed-by / filer / group-member CIKs go to
    the party of the same name (:func:`find_header_party`). A line that joins two persons
    ("ROE JANE & DOE JOHN") has one CIK for both: it goes to neither. Returns the names with
    a CIK that matched no party, and the joint lines whose CIK was left out (the caller
    warns: the CIK is lost).

    >>> book = PartyBook(); fund = book.add("Acme Fund, L.P.", role="reporting_person")
    >>> hdr = SubmissionHeader(companies=[HeaderCompany(role="filed_by", name="ACME FUND L P",
    ...                                                 cik="0000000042")])
    >>> apply_header_identifiers(book, hdr, None), fund.identifiers[0].value
    (([], []), '0000000042')
    >>> _ = book.add("Jane Roe"), book.add("John Doe")
    >>> apply_header_identifiers(book, SubmissionHeader(companies=[HeaderCompany(
    ...     role="filed_by", name="ROE JANE & DOE JOHN", cik="0000000043")]), None)
    ([], ['ROE JANE & DOE JOHN'])
    """
    unmatched: list[str] = []
    joint: list[str] = []
    if header is None:
        return unmatched, joint
    filer_ciks = {c.cik for c in header.companies
                  if c.cik and c.role not in ("subject_company", "issuer")}
    for co in header.companies:
        if co.role in ("subject_company", "issuer"):
            # a header that gives the filer's own CIK as the subject company's (an EDGAR
            # slip) names the filer there: its CIK is the issuer's only if the name is too
            if issuer is not None and (co.cik not in filer_ciks or
                                       find_header_party(book, co.name) is issuer):
                _add_cik(issuer, co.cik)
            continue
        parts = joined_persons(co.name)
        if len(parts) > 1 and all(find_header_party(book, p) is not None for p in parts):
            if co.cik and co.name not in joint:
                joint.append(co.name)
            continue
        target = find_header_party(book, co.name)
        if target is None:
            if co.cik and co.role in FILER_ROLES + ("group_member",) and \
                    co.name not in unmatched:
                unmatched.append(co.name)
            continue
        _add_cik(target, co.cik)
    return unmatched, joint


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


def _same_header_name(a: str, b: str) -> bool:
    """Whether two names of one header name the same party: the same words, or one person's
    name in two orders ("Jane Q. Roe", "JANE ROE")."""
    if name_key(a) == name_key(b):
        return True
    return guess_kind(a) is PartyKind.PERSON and guess_kind(b) is PartyKind.PERSON and \
        same_person_name(a, b)


def header_reporting_names(header: Optional[SubmissionHeader]) -> list[HeaderName]:
    """The reporting persons a header names: its GROUP MEMBERS and its FILED BY / FILER
    parties, each once (GROUP MEMBERS may or may not repeat the filer), a FILED BY name that
    joins two persons ("ROE JANE & DOE JOHN") split into both, without its CIK.

    >>> [(h.name, h.cik) for h in header_reporting_names(SubmissionHeader(companies=[
    ...     HeaderCompany(role="filed_by", name="ACME CAPITAL LP", cik="0000000007"),
    ...     HeaderCompany(role="group_member", name="JANE Q. ROE")]))]
    [('JANE Q. ROE', None), ('ACME CAPITAL LP', '0000000007')]
    >>> [(h.name, h.joint) for h in header_reporting_names(SubmissionHeader(companies=[
    ...     HeaderCompany(role="filed_by", name="ROE JANE & DOE JOHN", cik="0000000002"),
    ...     HeaderCompany(role="group_member", name="JANE ROE")]))]
    [('JANE ROE', False), ('John Doe', True)]
    """
    if header is None:
        return []
    out: list[HeaderName] = []
    members = [c for c in header.companies if c.role == "group_member"]
    filers = [c for c in header.companies if c.role in FILER_ROLES]
    for co in members + filers:
        parts = joined_persons(co.name)
        for part in parts:
            base = header_name_forms(part)[0]
            name = conformed_person_name(base, inverted=co.role in FILER_ROLES or
                                         len(parts) > 1) or base
            if any(_same_header_name(name, h.name) or _same_header_name(base, h.conformed)
                   for h in out):
                continue
            out.append(HeaderName(name=name, conformed=base, cik=co.cik if len(parts) == 1
                                  else None, joint=len(parts) > 1))
    return out


def header_party_kind(name: str) -> PartyKind:
    """The kind of a header name: a person's name with a generation after a comma is a
    person's ("RUPERT Q. ROE, JR."), which :func:`graphkit.names.guess_kind` misses.

    >>> header_party_kind("JANE Q. ROE, JR.").value, header_party_kind("ACME INC").value
    ('person', 'organization')
    """
    kind = guess_kind(name)
    if kind is PartyKind.ORGANIZATION and not org_words(name):
        bare = NAME_SUFFIX.sub("", name)
        if bare != name and guess_kind(bare) is PartyKind.PERSON:
            return PartyKind.PERSON
    return kind


#: A header filer name of two filers joined by "&" after a company's legal form: "ACME
#: INVESTMENTS LTD & ROE JANE Q" (EDGAR's account of a joint filing; "ROE & CO INC" is one name)
JOINT_HEADER_NAME = regex_cache.compile(r"""
    ^(?P<a>.+?[ ](?:LTD|INC|LLC|L[ ]?P|CORP|LIMITED|PLC|LLP|CO[ ]LTD)\.?)[ ]+&[ ]+(?P<b>\S.+)$
""", re.VERBOSE | re.IGNORECASE)


def joint_header_parties(book: PartyBook, name: str) -> list[Party]:
    """The two parties of ``book`` a header filer name of two filers joined by "&" names
    (:data:`JOINT_HEADER_NAME`), when both are found; else none.

    >>> book = PartyBook(); _ = book.add("Acme Investments, Ltd."); _ = book.add("Jane Q. Roe")
    >>> [p.name for p in joint_header_parties(book, "ACME INVESTMENTS LTD & ROE JANE Q")]
    ['Acme Investments, Ltd.', 'Jane Q. Roe']
    >>> joint_header_parties(book, "ACME INVESTMENTS LTD & DOE JOHN A")
    []
    """
    m = JOINT_HEADER_NAME.match(name.strip())
    if m is None:
        return []
    found = [find_header_party(book, m[side].strip()) for side in ("a", "b")]
    if None in found or found[0] is found[1]:
        return []
    return [p for p in found if p is not None]


def reporting_from_header(header: Optional[SubmissionHeader], book: PartyBook) -> list[Party]:
    """The reporting persons of a statement whose form names none readably, from its header
    (:func:`header_reporting_names`): each is the party of ``book`` of that name if there is
    one, else a new party under the header's name (in natural order, the conformed name kept
    as an alias). Each gets its line's CIK and the reporting-person role.
    """
    out: list[Party] = []
    for hn in header_reporting_names(header):
        party = find_header_party(book, hn.conformed)
        joint = joint_header_parties(book, hn.conformed) if party is None else []
        for p in joint:  # "ACME LTD & ROE JANE Q": the two filers, no party of both names
            book.add_role(p, PartyRole.REPORTING_PERSON)
            if all(o.id != p.id for o in out):
                out.append(p)  # the CIK is the joint filing's account: neither one's
        if joint:
            continue
        if party is None:
            inverted = hn.name != hn.conformed  # read in natural order: a person's name
            party = book.add(hn.name, role=PartyRole.REPORTING_PERSON,
                             evidence=header.evidence if header else None,
                             kind=PartyKind.PERSON if inverted else header_party_kind(hn.name))
            if party is not None:
                keep_alias(party, Alias(name=hn.conformed, how=AliasKind.SPELLING))
        else:
            book.add_role(party, PartyRole.REPORTING_PERSON)
        if party is not None and all(p.id != party.id for p in out):
            _add_cik(party, hn.cik)
            out.append(party)
    return out
