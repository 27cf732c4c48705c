"""The reporting persons of a Schedule 13D/13G text filing, each with its cover pages.

They are read from the cover pages (:func:`reporting_from_covers`: one cover a person, one
cover naming two persons "Jane Q. Roe and John A. Doe", a trust with its trustee, or one
combined cover listing a group), else from the per-person blocks of Item 4
(:func:`reporting_from_item4`), else from the EDGAR header
(:func:`reporting_from_header_fallback`). :func:`graphkit.parsers.schedule13_text.parse_schedule13_text`
then reads each one's holding from its pages.

>>> two_persons("Jane Q. Roe and John A. Doe")
('Jane Q. Roe', 'John A. Doe')
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from graphkit.models import (AliasKind, Evidence, FilingWarning, Party, PartyKind, PartyRole,
                             SubmissionHeader)
from graphkit.names import guess_kind, org_words, split_trustee
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.schedule13_cover import CoverPage, apply_cover_facts, cover_kind
from graphkit.parsers.schedule13_header import (JOINT_HEADER_NAME, header_reporting_names,
                                                reporting_from_header)
from graphkit.parsers.schedule13_items import TableValue
from graphkit.parsers.schedule13_person_tables import CombinedCover, add_listed_persons
from graphkit.parsers.xmldoc import name_key
from graphkit.source import SourceText

#: The reporting persons of a filing, in order, each with its cover pages (none when read
#: from Item 4, the header, or a combined cover)
Reporting = list[tuple[Party, list[CoverPage]]]
#: A trustee named on a cover with the trust it acts for: (trustee id, trust id, evidence)
Trusteeship = tuple[str, str, Optional[Evidence]]

#: A cover name that joins two names with "and": "Jane Q. Roe and John A. Doe" (whether
#: both are persons' names is :func:`two_persons`'s to tell)
TWO_PERSON_NAMES = re.compile(r"""
    ^(?P<a>[^,&;()]+?)\s+and\s+(?P<b>[^,&;()]+)$
""", re.VERBOSE | re.IGNORECASE)

#: How two persons hold together, after their names on one cover: "Jane Roe and John Roe
#: JTWROS", "..., JT TEN", "..., Trustees", "... TTEES", "... TIC", "..., as joint tenants"
OWNERSHIP_MARK = re.compile(r"""
    ,?\s+(?:JTWROS|JT[ ]?TEN|JT[ ]?WROS|TIC|TEN[ ]?COM|TTEES?|Trustees|Co-?Trustees
    |as\s+(?:joint\s+tenants|tenants\s+in\s+common|co-?trustees|trustees)
     (?:\s+with\s+(?:full\s+)?rights?\s+of\s+survivorship)?)\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A cover name joining a company and a person, or two companies, with "and": "Acme
#: Investments, Ltd. and Jane Q. Roe", "Acme Fund, L.P. and Acme GP, LLC" (each side is told
#: by :func:`joint_parties`; one "and" is tried after another: "Roe and Doe Holdings, Inc. and
#: Jane Q. Roe" splits at the second)
JOINED_AT = re.compile(r"""\s+and\s+""", re.VERBOSE)

#: The legal form that ends a company's name: ", Ltd.", " Inc.", ", L.P.", " LLC", " Corp."
LEGAL_FORM_END = re.compile(r"""
    [,\s](?:Inc|Ltd|Limited|L\.?\s?L\.?\s?C|L\.?\s?P|L\.?\s?L\.?\s?P|Corp|Corporation|Co|Company
    |plc|N\.\s?V|S\.\s?A|B\.\s?V|GmbH|AG)\.?$
""", re.VERBOSE | re.IGNORECASE)

#: Words that name no firm on their own, before a legal form: the "Co., LLC" of "J.Q. Roe and
#: Co., LLC", "Associates, Inc.", "Sons Co.", "Subsidiaries, Inc." (a firm's name holding
#: "and", not a second party)
GENERIC_FIRM_WORD = re.compile(r"""
    ^(?:&|and|the|co|company|companies|associates|sons|brothers|partners|affiliates
    |subsidiaries|subsidiary|group|holdings)$
""", re.VERBOSE | re.IGNORECASE)

#: A person's name with an initial, as one side of a joined cover name: "Jane Q. Roe",
#: "John Q.R. Doe", "J. Gary Roe, Jr." (a name without one, "Acme Research", may be a firm's)
PERSON_WITH_INITIAL = re.compile(r"""
    ^(?=.*\b[A-Z]\.)
    (?:(?:[A-Z]\.)+|[A-Z][a-z'\-]+)(?:\s+(?:(?:[A-Z]\.)+|[A-Z][a-z'\-]+)){1,4}
    (?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?$
""", re.VERBOSE)

#: A person's name in EDGAR's inverted order, a bare initial last: "Marxe Austin W",
#: "Roe Jane Q" (the natural order writes "Jane Q. Roe")
INVERTED_PERSON = re.compile(r"""
    ^(?P<last>[A-Z][A-Za-z'\-]+)\s+(?P<given>[A-Z][A-Za-z'\-]+)\s+(?P<initial>[A-Z])$
""", re.VERBOSE)

#: A term defined after a cover-page name, at its end: 'Acme Fund, L.P. (the "Fund")'
COVER_NAME_TERM = re.compile(r"""
    \s*\((?:the\s+)?["“](?P<t>[^"”]+)["”]\)\s*$
""", re.VERBOSE)

#: A note printed after a cover-page name: "Jane Q. Doe [See Preliminary Note]"
COVER_NOTE = re.compile(r"""\s*\[\s*See\b[^\]]*\]\s*$""", re.VERBOSE | re.IGNORECASE)

#: A cover name that reports in a trustee's capacity: "Acme Bank, N.A., as Trustee for the
#: Acme Employees Ownership Trust", "Jane Q. Roe, as trustee of the Roe Family Trust" (the
#: trust may be cut off where the name wraps: "..., as Trustee for the M.")
AS_TRUSTEE_FOR = re.compile(r"""
    ^(?P<holder>.+?),?\s+as\s+(?:co-)?trustee\s+(?:for|of|under)\s+(?:the\s+)?(?P<trust>.*)$
""", re.VERBOSE | re.IGNORECASE)

#: The name of a trust, its last word "Trust" (as far as a wrapped cover name reads it)
TRUST_NAME = re.compile(r"""\bTrust\s*$""", re.VERBOSE | re.IGNORECASE)


def reporting_from_item4(table: list[TableValue], book: PartyBook) -> Reporting:
    """The reporting persons of a statement without cover pages: the parties that head
    per-person blocks of Item 4 ("CMMC / (a) Amount Beneficially Owned: 902,600 shares"),
    each with no cover page, in order. Headings that name no known party are left out.

    >>> from graphkit.models import Reading
    >>> book = PartyBook(); _ = book.bind_term("AF", "Acme Fund, L.P.")
    >>> tv = TableValue(who="AF", field="aggregate", reading=Reading(field="aggregate",
    ...                 raw="5 shares", value=5))
    >>> [(p.name, [r.value for r in p.roles]) for p, _ in reporting_from_item4([tv], book)]
    [('Acme Fund, L.P.', ['reporting_person'])]
    """
    out: Reporting = []
    for tv in table:
        if not tv.who:
            continue
        party = book.lookup(tv.who, fuzzy=False)  # as the holdings are matched to it
        if party is None or PartyRole.ISSUER in party.roles or any(p is party for p, _ in out):
            continue
        book.add_role(party, PartyRole.REPORTING_PERSON)
        out.append((party, []))
    return out


def _add_reporting(reporting: Reporting, party: Party,
                   pages: list[CoverPage]) -> None:
    """Add ``party`` with its cover ``pages`` to ``reporting``, or the pages to its entry."""
    for i, (p, lst) in enumerate(reporting):
        if p.id == party.id:
            reporting[i] = (p, lst + pages)
            return
    reporting.append((party, pages))


def two_persons(name: str) -> Optional[tuple[str, str]]:
    """The two persons of a cover name that joins two persons' names with "and" ("Jane Q. Roe
    and John Doe"), or None: each side must read as a person's name of two to five words, with
    no word of an organization's. How they hold together ("JTWROS", "as joint tenants",
    "Trustees") is no part of the names, and a name in inverted order ("Roe Jane Q") is read
    in natural order.

    >>> two_persons("Jane Q. Roe and John A. Doe")
    ('Jane Q. Roe', 'John A. Doe')
    >>> two_persons("Jane Roe and John Roe JTWROS"), two_persons("Roe Jane Q and Doe John A")
    (('Jane Roe', 'John Roe'), ('Jane Q. Roe', 'John A. Doe'))
    >>> two_persons("Roe and Doe Holding Corp") is None, two_persons("Roe and Doe") is None
    (True, True)
    """
    name = name.strip()
    while True:
        bare = OWNERSHIP_MARK.sub("", name)
        if bare == name:
            break
        name = bare
    m = TWO_PERSON_NAMES.match(name)
    if m is None:
        return None
    a, b = m["a"].strip(), m["b"].strip()
    for side in (a, b):
        if not 2 <= len(side.split()) <= 5 or org_words(side) or \
                guess_kind(side) is not PartyKind.PERSON:
            return None
    return _natural_order(a), _natural_order(b)


def joint_parties(name: str) -> Optional[tuple[str, str]]:
    """The two parties of a cover name that joins a company and a person, or two companies,
    with "and" ("Acme Investments, Ltd. and Jane Q. Roe"), or None. A company's side must end
    in its legal form (:data:`LEGAL_FORM_END`), so a firm's name holding "and" is one name
    ("Roe and Company", "Acme Research and Management Inc."); a person's side reads as a
    person's name with an initial (:data:`PERSON_WITH_INITIAL`). Two persons are
    :func:`two_persons`'s.

    >>> joint_parties("Acme Investments, Ltd. and Jane Q. Roe")
    ('Acme Investments, Ltd.', 'Jane Q. Roe')
    >>> joint_parties("Acme Fund, L.P. and Acme GP, LLC")
    ('Acme Fund, L.P.', 'Acme GP, LLC')
    >>> joint_parties("Roe and Company"), joint_parties("Acme Research and Management Inc.")
    (None, None)
    >>> joint_parties("Jane Q. Roe and John A. Doe") is None
    True
    >>> joint_parties("J.Q. Roe and Co., LLC"), joint_parties("Jane Q. Roe and Associates, Inc.")
    (None, None)
    """
    name = name.strip(" .,;") if not LEGAL_FORM_END.search(name.strip()) else name.strip()
    for m in JOINED_AT.finditer(name):
        a, b = name[:m.start()].strip(" ,"), name[m.end():].strip()
        kinds = [joint_side_kind(a), joint_side_kind(b)]
        if None not in kinds and PartyKind.ORGANIZATION in kinds:
            return a, b
    return None


def joint_side_kind(side: str) -> Optional[PartyKind]:
    """The kind of one side of a joined cover name: a company's name ending in its legal form,
    a person's name with an initial, or None (no party's name on its own).

    >>> joint_side_kind("Acme Investments, Ltd").value, joint_side_kind("John Q.R. Doe").value
    ('organization', 'person')
    >>> joint_side_kind("Acme Research"), joint_side_kind("Inc.")
    (None, None)
    >>> joint_side_kind("Co., LLC"), joint_side_kind("Associates, Inc."), joint_side_kind("Sons Co.")
    (None, None, None)
    >>> joint_side_kind("its subsidiary Acme Co.") is None
    True
    """
    if not side[:1].isupper() and not side[:1].isdigit():
        return None  # "its wholly-owned subsidiary Acme Co.": no name of its own
    form = LEGAL_FORM_END.search(side)
    if form is not None and len(side.split()) >= 2:
        words = [w.strip(".,") for w in side[:form.start()].split()]
        if all(GENERIC_FIRM_WORD.match(w) for w in words if w):
            return None  # "Co., LLC" of "J.Q. Roe and Co., LLC": one firm's name
        return PartyKind.ORGANIZATION
    if PERSON_WITH_INITIAL.match(side) and not org_words(side):
        return PartyKind.PERSON
    return None


def _natural_order(name: str) -> str:
    """A person's name in natural order: "Roe Jane Q" -> "Jane Q. Roe"; others as written."""
    m = INVERTED_PERSON.match(name)
    return f"{m['given']} {m['initial']}. {m['last']}" if m else name


def as_trustee(name: str) -> tuple[str, Optional[str]]:
    """The holder and the trust of a cover name in a trustee's capacity (the trust None when
    it is not named whole), or ``(name, None)`` for any other name.

    >>> as_trustee("Acme Bank, N.A., as Trustee for the Acme Employees Ownership Trust")
    ('Acme Bank, N.A.', 'Acme Employees Ownership Trust')
    >>> as_trustee("Acme Bank, N.A., as Trustee for the M.")
    ('Acme Bank, N.A.', None)
    >>> as_trustee("Acme Trust, National Association, as Trustee")
    ('Acme Trust, National Association, as Trustee', None)
    """
    m = AS_TRUSTEE_FOR.match(name.strip())
    if m is None or len(m["holder"].split()) < 2:
        return name, None
    trust = m["trust"].strip(" .,")
    return m["holder"].strip(" ,"), trust if TRUST_NAME.search(trust) else None


def reporting_firms(reporting: Reporting) -> Callable[[str], bool]:
    """Whether a name is that of one of the ``reporting`` persons that is an organization
    (case and punctuation aside): the test a signature section asks of a firm's name typed
    under a "Signature" caption.

    >>> acme = Party(id="p1", name="Acme Sachs", kind=PartyKind.ORGANIZATION)
    >>> is_firm = reporting_firms([(acme, [])])
    >>> is_firm("ACME SACHS"), is_firm("Jane Roe")
    (True, False)
    """
    firms = {name_key(p.name) for p, _ in reporting if p.kind is PartyKind.ORGANIZATION}
    return lambda name: name_key(name) in firms


def reporting_from_covers(book: PartyBook, pages: list[list[CoverPage]],
                          combined: Optional[CombinedCover]) -> tuple[Reporting, list[Trusteeship]]:
    """The reporting persons the cover ``pages`` (grouped by :func:`merge_fragments`) name,
    each added to ``book`` with its cover facts, and the trustees named with a trust ("X
    TRUST, JANE ROE, TRUSTEE"). A ``combined`` cover lists its persons first; its table
    headings are no cover pages.
    """
    reporting: Reporting = [
        (p, []) for p in (add_listed_persons(book, combined) if combined is not None else [])]
    trustees: list[Trusteeship] = []  # named with the trust they act for
    if combined is not None:  # its table headings ("Name of Reporting Person") read as covers
        pages = [cp_list for cp_list in pages if cp_list[0].start >= combined.end]
    # the holders that file a cover of their own: a cover of one "as Trustee for" a trust
    # is then the trust's, or two holdings would merge into one party
    own = {name_key(n) for n in map(_cover_name, pages) if as_trustee(n)[0] == n}
    for cp_list in pages:
        name_r = cp_list[0].names[0]
        name, trustee = split_trustee(_cover_name(cp_list))  # "X TRUST, JANE ROE, TRUSTEE"
        pair = two_persons(name)
        joint = joint_parties(name) if pair is None else None
        if pair is not None or joint is not None:  # one cover for two: each reports its numbers
            for person_name in pair or joint or ():
                kind = PartyKind.PERSON if pair else joint_side_kind(person_name)
                person = book.add(person_name, role=PartyRole.REPORTING_PERSON,
                                  evidence=name_r.evidence, kind=kind)
                if person is not None:
                    apply_cover_facts(person, cp_list)
                    _add_reporting(reporting, person, cp_list)
            continue
        holder, trust = as_trustee(name)  # "Acme Bank, as Trustee for the Acme Trust"
        capacity = None  # a trustee whose own cover is another: this cover is the trust's
        if holder != name and name_key(holder) in own:
            capacity, name, trust = holder, trust or name, None
        else:
            name = holder
        party = book.add(name, role=PartyRole.REPORTING_PERSON, evidence=name_r.evidence,
                         how=AliasKind.SPELLING, stated_kind=cover_kind(cp_list))
        if party is None:
            continue
        acting = book.add(capacity, evidence=name_r.evidence) if capacity else None
        if acting is not None and acting.id != party.id:
            trustees.append((acting.id, party.id, name_r.evidence))
        held = book.add(trust, evidence=name_r.evidence, kind=PartyKind.ORGANIZATION) \
            if trust else None
        if held is not None and held.id != party.id:
            trustees.append((party.id, held.id, name_r.evidence))
        if trustee is not None:
            person = book.add(trustee, evidence=name_r.evidence, kind=PartyKind.PERSON)
            if person is not None:
                trustees.append((person.id, party.id, name_r.evidence))
        term = COVER_NAME_TERM.search(str(name_r.value))
        if term:
            book.bind_term(term["t"], name, evidence=name_r.evidence)
        for other in cp_list[0].names[1:]:
            book.add(str(other.value), how=AliasKind.SPELLING, evidence=other.evidence)
        apply_cover_facts(party, cp_list)
        _add_reporting(reporting, party, cp_list)
    return reporting, trustees


def _cover_name(cp_list: list[CoverPage]) -> str:
    """The name of a cover page's reporting person, without its defined term and notes."""
    return COVER_NOTE.sub("", COVER_NAME_TERM.sub("", str(cp_list[0].names[0].value)))


def reporting_from_header_fallback(src: SourceText, header: SubmissionHeader, book: PartyBook,
                                   unnamed: list[CoverPage], at: int
                                   ) -> tuple[Reporting, list[CoverPage], list[FilingWarning]]:
    """The reporting persons of a statement that names none readably: the header's
    (:func:`~graphkit.parsers.schedule13_header.reporting_from_header`), with a warning. A
    lone header filer takes the cover pages whose name was lost (``unnamed``); returns the
    reporting persons, the pages still unnamed and the warnings.
    """
    from_header = reporting_from_header(header, book)
    if not from_header:
        return [], unnamed, []
    # one filer and pages whose name was lost: the pages are the filer's; one joint filer
    # ("ACME LTD & ROE JANE Q", read as its two parties) and one such page: theirs
    names = header_reporting_names(header)
    joint = (len(names) == 1 and len(unnamed) == 1 and len(from_header) == 2
             and JOINT_HEADER_NAME.match(names[0].conformed.strip()) is not None)
    lone = unnamed if len(from_header) == 1 or joint else []
    reporting = [(p, list(lone)) for p in from_header]
    unnamed = [cp for cp in unnamed if cp not in lone]
    return reporting, unnamed, [src.warn(
        "reporting-person-from-header", "no cover page names a reporting person readably "
        f"(a name in the items is not taken for one); the SGML header's filers are taken: "
        f"{', '.join(p.name for p in from_header)}", at)]
