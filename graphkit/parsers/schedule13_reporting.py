"""The reporting persons of a Schedule 13D/13G text filing, each with its cover pages.

They are read from the cover pages (:func:`reporting_from_covers`: one cover a person, one
cover naming two persons "Jane Q. Roe and John A. Doe", a trust with its trustee, or one
combined cover listing a group), else from the per-person blocks of Item 4
(:func:`reporting_from_item4`), else from the EDGAR header
(:func:`reporting_from_header_fallback`). :func:`graphkit.parsers.schedule13_text.parse_schedule13_text`
then reads each one's holding from its pages.

Two parties named on one cover are read by :mod:`graphkit.parsers.schedule13_joint_names`.

>>> as_trustee("Jane Q. Roe, as trustee of the Roe Family Trust")
('Jane Q. Roe', 'Roe Family Trust')
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple, Optional

from graphkit import regex_cache
from graphkit.aliases import keep_alias
from graphkit.models import (Alias, AliasKind, Evidence, FilingWarning, Party, PartyKind, PartyRole,
                             SubmissionHeader)
from graphkit.names import split_trustee
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.partybook_degrees import keep_degrees
from graphkit.parsers.partybook_names import CAPACITY_ENDINGS, TRAILING_CAPACITY, squeeze
from graphkit.parsers.prose_aside_patterns import TRUST_DATE_ASIDE
from graphkit.parsers.schedule13_cover import CoverPage, apply_cover_facts, cover_kind
from graphkit.parsers.schedule13_header import (FILER_ROLES, JOINT_HEADER_NAME,
                                                header_reporting_names,
                                                reporting_from_header)
from graphkit.parsers.schedule13_items import TableValue
from graphkit.parsers.schedule13_joint_names import joint_parties, joint_side_kind, two_persons
from graphkit.parsers.schedule13_person_tables import CombinedCover, add_listed_persons
from graphkit.parsers.xmldoc import name_key
from graphkit.source import SourceText

#: The reporting persons of a filing, in order, each with its cover pages (none when read
#: from Item 4, the header, or a combined cover)
Reporting = list[tuple[Party, list[CoverPage]]]
#: A trustee named on a cover with the trust it acts for: (trustee id, trust id, evidence)
Trusteeship = tuple[str, str, Optional[Evidence]]


class CoverReporting(NamedTuple):
    """What the cover pages say of who reports (:func:`reporting_from_covers`)."""

    #: The reporting persons, in order, each with its cover pages
    reporting: Reporting
    #: The trustees named on a cover with the trust they act for
    trustees: list[Trusteeship]
    #: Cover pages of a trust whose name is not read whole, named by its trustee's capacity
    #: ("Jane Q. Roe, as Trustee of the Roe"), when the trustee files a cover of its own: the
    #: name as printed and the pages, whose holding is no one's (the caller warns)
    unread: list[tuple[str, list[CoverPage]]]

#: A term defined after a cover-page name, at its end: 'Acme Fund, L.P. (the "Fund")'
COVER_NAME_TERM = regex_cache.compile(r"""
    \s*\((?:the\s+)?["“](?P<t>[^"”]+)["”]\)\s*$
""", re.VERBOSE)

#: A note printed after a cover-page name: "Jane Q. Doe [See Preliminary Note]"
COVER_NOTE = regex_cache.compile(r"""\s*\[\s*See\b[^\]]*\]\s*$""", re.VERBOSE | re.IGNORECASE)

#: A cover name that reports in a trustee's capacity: "Acme Bank, N.A., as Trustee for the
#: Acme Employees Ownership Trust", "Jane Q. Roe, as trustee of the Roe Family Trust", "Jane
#: Q. Roe and John A. Roe, Trustees of the Roe Trust" (without "as", after a comma: never the
#: "Board of Trustees of" of a name); the trust may be cut off where the name wraps:
#: "..., as Trustee for the M."
AS_TRUSTEE_FOR = regex_cache.compile(r"""
    ^(?P<holder>.+?)(?:,\s*(?:as\s+)?|\s+as\s+)(?:co-)?trustees?\s+(?:for|of|under)\s+(?:the\s+)?
    (?P<trust>.*)$
""", re.VERBOSE | re.IGNORECASE)

#: The name of a trust, its last word "Trust" (as far as a wrapped cover name reads it), the
#: date of its agreement after it cut off (group ``date``): "Roe Family Trust", "Roe Family
#: Trust dated June 1, 1995", "Roe Trust u/a/d 1/1/2000"
TRUST_NAME = regex_cache.compile(rf"""\bTrust(?P<date>{TRUST_DATE_ASIDE})?\s*$""", re.VERBOSE | re.IGNORECASE)
#: Two capitalised words or more: "John A. Roe"
_CAPITALISED = r"""[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*)+"""
#: What else a trustee acts for, named whole: a plan ("Acme Corp. Retirement Plan", "Acme
#: Corp. 401(k) Savings Plan"), a foundation or an endowment ("Roe Family Foundation"), an
#: estate ("Estate of John A. Roe"), and a trust, plan or foundation with a number, a letter
#: or a date after it ("Roe Family Trust II", "Roe Trust No. 2", "Trust A", "Roe Trust
#: 12-31-1999"), then ", Inc.", "f/b/o John A. Roe" or "under the Will of John A. Roe"
#: ("Roe Family Foundation, Inc.", "Trust A under the Will of John A. Roe"), an estate with
#: "Jr." after it ("Estate of John A. Roe, Jr."); never a name cut off where it wraps ("Acme
#: Corp. Retirement", "Roe Trust f/b/o") nor a will ("the Will of John A. Roe": no party of
#: its own)
TRUSTEED_NAME = regex_cache.compile(rf"""
    (?:\b(?:Trust|Plan|Foundation|Endowment)
        (?:\s+(?:[IVX]{{1,4}}|[A-Z]|No\.\s*[0-9]{{1,4}}|[0-9]{{1,2}}-[0-9]{{1,2}}-[0-9]{{2,4}}))?
        (?:,?\s+(?:Inc\.?|(?:f/b/o|FBO|for\s+the\s+benefit\s+of)\s+{_CAPITALISED}
                 |under\s+(?:the\s+)?(?:Last\s+)?Will\s+of\s+{_CAPITALISED}))?\s*$
      |^(?:the\s+)?Estate\s+of\s+{_CAPITALISED}(?:,?\s+(?:Jr|Sr)\.?|\s+I{{2,3}})?\s*$)
""", re.VERBOSE)
#: Two trusts, plans or foundations in one cover name, joined by "and" or "&": "Roe Family
#: Trust II and the Roe Family Trust III", "Trust A and Trust B", "Roe Trust u/a/d 1/1/2000 and
#: the Roe Trust II" (review covers17 H3): no one trust's name, so its cover is left unread as a
#: name cut off is. The first ends with its trust word (a number, a letter or a date may
#: follow), the second has words of its own or a number or letter: never "Acme Employee Stock
#: Ownership Plan and Trust", "Acme Bank and Trust Company Profit Sharing and Savings Plan",
#: "Acme Real Estate and Mortgage Trust" (review s17a M1)
TWO_TRUSTS = regex_cache.compile(r"""
    \b(?:Trust|Plan|Foundation|Endowment)
    (?:\s+(?:[IVX]{1,4}|[A-Z]|[0-9]{1,3}|No\.\s*[0-9]+))?
    (?:\s+(?:u/a/d|dated|dtd|UAD)\b.{0,40}?)?
    \s*,?\s+(?:and|&)\s+(?:the\s+)?
    (?:(?:[A-Z0-9][\w.'()/\-]*\s+)+(?:Trust|Plan|Foundation|Endowment)\b
      |(?:Trust|Plan)\s+(?:[IVX]{1,4}|[A-Z]|[0-9]{1,3}|No\.)(?![\w]))
""", re.VERBOSE)
#: :data:`TRUSTEED_NAME` and :data:`TWO_TRUSTS` for a trust's name typed in capitals: "ROE
#: FAMILY FOUNDATION, INC.", "ROE TRUST II AND ROE TRUST III" (read as in mixed case)
TRUSTEED_NAME_CAPS = regex_cache.compile(TRUSTEED_NAME.pattern, re.VERBOSE | re.IGNORECASE)
TWO_TRUSTS_CAPS = regex_cache.compile(TWO_TRUSTS.pattern, re.VERBOSE | re.IGNORECASE)
#: A name's last word whose period is its own: "Inc." of "Roe Family Foundation, Inc.",
#: "Jr." of "Estate of John A. Roe, Jr."
ABBREVIATION_END = regex_cache.compile(r"""\b(?:Inc|Jr|Sr|Ltd|Co|Corp|INC|JR|SR|LTD|CO|CORP)\.$""",
                                      re.VERBOSE)
#: What a fiduciary acts for, by its capacity's word (as :data:`TRAILING_CAPACITY` ends a
#: cover name): "Jane Q. Roe, Executor" acts for an estate, "..., Custodian" for an account
FIDUCIARY_HOLDS = {"trustee": "trust", "executor": "estate", "executrix": "estate",
                   "administrator": "estate", "custodian": "account", "guardian": "ward",
                   "conservator": "ward"}


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


def as_trustee(name: str) -> tuple[str, Optional[str]]:
    """The holder and the trust of a cover name in a trustee's capacity (the trust None when
    it is not named whole), or ``(name, None)`` for any other name.

    >>> as_trustee("Acme Bank, N.A., as Trustee for the Acme Employees Ownership Trust")
    ('Acme Bank, N.A.', 'Acme Employees Ownership Trust')
    >>> as_trustee("Acme Bank, N.A., as Trustee for the M.")
    ('Acme Bank, N.A.', None)
    >>> as_trustee("Acme Trust, National Association, as Trustee")
    ('Acme Trust, National Association, as Trustee', None)
    >>> as_trustee("Jane Q. Roe, as Trustee of the Roe Family Trust dated June 1, 1995")
    ('Jane Q. Roe', 'Roe Family Trust')
    """
    holder, trust = dated_trust(name)
    return holder, undated_trust(trust) if trust is not None else None


#: A trust a cover names by its instrument, not its name: "under the Will of John A. Roe",
#: "under Trust Agreement dated June 1, 1995" (matched at the trust's words)
BY_INSTRUMENT = regex_cache.compile(r"""
    (?:the\s+)?(?:last\s+)?(?:will\b|(?:trust\s+)?agreement\b|declaration\b|indenture\b)
""", re.VERBOSE | re.IGNORECASE)


def _trust_cut_off(name: str) -> bool:
    """Whether the cover ``name`` names a trust of its holder but its name is cut off ("Jane Q.
    Roe, Trustee of the Roe"): not a bare capacity ("Jane Q. Roe, Trustee") nor a trust named
    by its instrument ("..., Trustee under the Will of John A. Roe"; review s17a M2).

    >>> _trust_cut_off("Jane Q. Roe, Trustee of the Roe"), _trust_cut_off("Jane Q. Roe, Trustee")
    (True, False)
    >>> _trust_cut_off("Jane Q. Roe, Trustee under the Will of John A. Roe")
    False
    """
    m = AS_TRUSTEE_FOR.match(name.strip())
    return m is not None and BY_INSTRUMENT.match(m["trust"]) is None


def dated_trust(name: str) -> tuple[str, Optional[str]]:
    """As :func:`as_trustee`, the trust's name as printed, with the date of its agreement.

    >>> dated_trust("Jane Q. Roe, as Trustee of the Roe Trust dated May 5, 2001")
    ('Jane Q. Roe', 'Roe Trust dated May 5, 2001')

    A plan, a foundation or an estate is named whole as a trust is (:data:`TRUSTEED_NAME`):

    >>> dated_trust("Acme Bank, N.A., Trustee of the Acme Corp. Retirement Plan")
    ('Acme Bank, N.A.', 'Acme Corp. Retirement Plan')
    >>> dated_trust("Jane Q. Roe, Trustee of the Estate of John A. Roe")
    ('Jane Q. Roe', 'Estate of John A. Roe')
    >>> dated_trust("Jane Q. Roe, Trustee under the Will of John A. Roe")
    ('Jane Q. Roe', None)
    >>> dated_trust("JANE Q. ROE, TRUSTEE OF THE ROE FAMILY FOUNDATION, INC.")
    ('JANE Q. ROE', 'ROE FAMILY FOUNDATION, INC.')
    >>> dated_trust("JANE Q. ROE, TRUSTEE OF THE ROE TRUST II AND THE ROE TRUST III")
    ('JANE Q. ROE', None)
    """
    m = AS_TRUSTEE_FOR.match(name.strip())
    if m is None or len(m["holder"].split()) < 2:
        return name, None
    trust = m["trust"].strip(" ,")
    trust = trust if ABBREVIATION_END.search(trust) else trust.rstrip(" .,")
    caps = trust.isupper()  # "ROE FAMILY FOUNDATION, INC.": its words read in any case
    named = (TRUST_NAME.search(trust) or (TRUSTEED_NAME_CAPS if caps else TRUSTEED_NAME)
             .search(trust)) and not (TWO_TRUSTS_CAPS if caps else TWO_TRUSTS).search(trust)
    return m["holder"].strip(" ,"), trust if named else None


def undated_trust(name: str) -> str:
    """The name of a trust without the date of its agreement after it (as prose names the
    trust, and other filings: see
    :data:`~graphkit.parsers.prose_aside_patterns.TRUST_DATE_ASIDE`); any other name as it is.

    >>> undated_trust("Roe Family Trust u/a/d 1/1/2000"), undated_trust("Roe Trust dated 1990")
    ('Roe Family Trust', 'Roe Trust dated 1990')
    """
    t = TRUST_NAME.search(name)
    return name[:t.start("date")].rstrip(" ,") if t is not None and t["date"] else name


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
                          combined: Optional[CombinedCover]) -> CoverReporting:
    """The reporting persons the cover ``pages`` (grouped by :func:`merge_fragments`) name,
    each added to ``book`` with its cover facts, and the trustees named with a trust ("X
    TRUST, JANE ROE, TRUSTEE"). A ``combined`` cover lists its persons first; its table
    headings are no cover pages.

    A cover naming a holder in a fiduciary capacity ("Jane Q. Roe, as Trustee of the Roe
    Family Trust") is the trust's when the holder files a cover of its own: the trust reports,
    with the holder its trustee. Its holding is never given to a party named after the holder
    (nor merged into the holder's own): when the trust's name is not read whole ("..., as
    Trustee of the Roe", "Jane Q. Roe, Trustee"), the pages are returned ``unread``.
    """
    reporting: Reporting = [
        (p, []) for p in (add_listed_persons(book, combined) if combined is not None else [])]
    trustees: list[Trusteeship] = []  # named with the trust they act for
    unread: list[tuple[str, list[CoverPage]]] = []
    if combined is not None:  # its table headings ("Name of Reporting Person") read as covers
        pages = [cp_list for cp_list in pages if cp_list[0].start >= combined.end]
    # the holders that file a cover of their own: a cover of one "as Trustee for" a trust
    # is then the trust's, or two holdings would merge into one party
    names = list(map(_cover_name, pages))
    own_cover = {name_key(n) for n in names if capacity_holder(n) is None}
    own = own_cover | _many_capacities(names)
    dates: dict[str, set[str]] = {}  # a trust's name -> its dated names on the covers
    for n in names:
        t = dated_trust(n)[1] or n  # "Jane Q. Roe, as Trustee of the Roe Trust dated ..."
        dates.setdefault(undated_trust(t), set()).add(t)
    for cp_list in pages:
        name_r = cp_list[0].names[0]
        name, trustee = split_trustee(_cover_name(cp_list))  # "X TRUST, JANE ROE, TRUSTEE"
        holder = capacity_holder(name) if trustee is None else None  # "X, as Trustee of Y"
        trust = dated_trust(name)[1] if holder is not None else None
        # a trustee reports as itself; a custodian's name is kept whole ("Acme LLC Custodian":
        # the account's owner holds the shares, never the firm alone)
        who = holder if holder is not None and is_trustee_name(name) else name
        pair = two_persons(who)
        joint = joint_parties(who) if pair is None else None
        holders = list(pair or joint or ()) or [who]
        capacity: list[str] = []  # trustees whose own cover is another: this is the trust's
        acts = holder is not None and any(name_key(h) in own for h in _persons_of(holder))
        if acts and trust is None and not _trust_cut_off(name) and \
                not any(name_key(h) in own_cover for h in _persons_of(holder)):
            # "Jane Q. Roe, Trustee" beside "Jane Q. Roe, Trustee of the Roe Family Trust",
            # no cover of her own: this unnamed one is hers, as fiduciary (as on main); not
            # "Jane Q. Roe, Trustee of the Roe" (its trust cut off: review covers17 M5)
            acts = False
        if acts:
            if trust is None:  # the trust unnamed: no party of it, never the trustee's
                unread.append((name, cp_list))
                continue
            capacity, name, trust = _persons_of(holder), trust, None
        elif pair is not None or joint is not None:  # one cover for two: each reports its numbers
            held = book.add(undated_trust(trust), evidence=name_r.evidence,
                            kind=PartyKind.ORGANIZATION) if trust else None
            for person_name in holders:
                kind = PartyKind.PERSON if pair else joint_side_kind(person_name)
                person = book.add(person_name, role=PartyRole.REPORTING_PERSON,
                                  evidence=name_r.evidence, kind=kind)
                if person is not None:
                    apply_cover_facts(person, cp_list)
                    _add_reporting(reporting, person, cp_list)
                    if held is not None:  # "Jane Roe and John Roe, Trustees of the Roe Trust"
                        trustees.append((person.id, held.id, name_r.evidence))
            continue
        else:
            name = who
        written, name = name, undated_trust(name)  # "Roe Trust u/a/d 1/1/2000": "Roe Trust"
        if len(dates.get(name, ())) > 1:
            name = written  # two trusts of one name, told apart by their dates
        party = book.add(name, role=PartyRole.REPORTING_PERSON, evidence=name_r.evidence,
                         how=AliasKind.SPELLING, stated_kind=cover_kind(cp_list))
        if party is None:
            continue
        book.prefer_cased(party, name)  # the cover's "Acme, Inc.", not an exhibit's "ACME, INC."
        if written != name:
            keep_alias(party, Alias(name=written, how=AliasKind.SPELLING,
                                    evidence=name_r.evidence))
        for acting in filter(None, (book.add(c, evidence=name_r.evidence) for c in capacity)):
            if acting.id != party.id:
                trustees.append((acting.id, party.id, name_r.evidence))
        held = book.add(undated_trust(trust), evidence=name_r.evidence,
                        kind=PartyKind.ORGANIZATION) if trust else None
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
    return CoverReporting(reporting, trustees, unread)


def _many_capacities(names: list[str]) -> set[str]:
    """The keys of the holders that two or more of the cover ``names`` name in a fiduciary
    capacity ("Jane Q. Roe, Trustee of the Roe Family Trust" and "Jane Q. Roe, Trustee of the
    Roe Children's Trust"): each cover is then its trust's, as when the holder files a cover of
    its own, or two holdings would merge into one party.

    >>> sorted(_many_capacities(["Jane Q. Roe, Trustee of the Roe Family Trust",
    ...                          "Jane Q. Roe, Trustee of the Roe Children's Trust"]))
    ['janeqroe']
    >>> _many_capacities(["Jane Q. Roe, Trustee of the Roe Family Trust", "Jane Q. Roe"])
    set()
    """
    seen: dict[str, set[str]] = {}
    for n in names:
        holder = capacity_holder(n)
        for h in _persons_of(holder) if holder is not None else ():
            seen.setdefault(name_key(h), set()).add(n)
    return {key for key, covers in seen.items() if len(covers) > 1}


def _persons_of(name: str) -> list[str]:
    """The two parties a cover name joins with "and", or the name alone."""
    return list(two_persons(name) or joint_parties(name) or ()) or [name]


def is_trustee_name(name: str) -> bool:
    """Whether a cover name names its holder in a trustee's capacity (:func:`as_trustee`, or
    "..., Trustee" at its end), not another fiduciary's.

    >>> is_trustee_name("Jane Q. Roe, Co-Trustee"), is_trustee_name("Acme LLC Custodian")
    (True, False)
    """
    return as_trustee(name)[0] != name or name.rstrip(" .").lower().endswith(("trustee",
                                                                              "trustees"))


def capacity_holder(name: str) -> Optional[str]:
    """The holder of a cover name in a fiduciary capacity ("Jane Q. Roe, as Trustee of the Roe
    Trust", :func:`as_trustee`; "Jane Q. Roe, Trustee", "Acme Bank, N.A., as Custodian"), or
    None for any other name.

    >>> capacity_holder("Jane Q. Roe, as Trustee of the Roe"), capacity_holder("Jane Q. Roe, Trustee")
    ('Jane Q. Roe', 'Jane Q. Roe')
    >>> capacity_holder("Roe Family Trust") is None, capacity_holder("Trustee") is None
    (True, True)
    """
    holder = as_trustee(name)[0]
    if holder == name and name.rstrip(" .").lower().endswith(CAPACITY_ENDINGS):
        holder = TRAILING_CAPACITY.sub("", name).strip(" ,")
    return holder if holder != name and holder else None


def fiduciary_capacity(name: str) -> tuple[str, str]:
    """The capacity a cover name states its holder in and what the holder acts for in it
    (:data:`FIDUCIARY_HOLDS`), to say what is not named of a cover read ``unread``
    (:func:`reporting_from_covers`).

    >>> fiduciary_capacity("Jane Q. Roe, as Trustee of the Roe"), fiduciary_capacity("Jane Q. Roe, Executor")
    (('trustee', 'trust'), ('executor', 'estate'))
    >>> fiduciary_capacity("Jane Q. Roe, Co-Custodians")
    ('custodian', 'account')
    """
    if as_trustee(name)[0] != name:
        return "trustee", "trust"
    word = name.rstrip(" .").split()[-1].lower().removeprefix("co-").removeprefix("co")
    word = word[:-1] if word.endswith("s") else word
    return word, FIDUCIARY_HOLDS.get(word, "trust")


def _cover_name(cp_list: list[CoverPage]) -> str:
    """The name of a cover page's reporting person, without its defined term and notes."""
    return COVER_NOTE.sub("", COVER_NAME_TERM.sub("", str(cp_list[0].names[0].value)))


def keep_cover_degrees(book: PartyBook, pages: list[list[CoverPage]],
                       header: Optional[SubmissionHeader]) -> None:
    """Tell ``book`` which cover names keep the degree at their end, before any name is added
    (:func:`~graphkit.parsers.partybook_degrees.keep_degrees`: "John Roe, M.D." of code CO, two
    covers "Jane Roe" and "Jane Roe, M.D.").

    >>> from graphkit.models import Reading
    >>> cp = lambda i, n, codes: CoverPage(index=i, start=0, end=0, names=[Reading(
    ...     field="name", raw=n, value=n)], type_codes=Reading(field="type_codes", raw=codes,
    ...     value=codes))
    >>> book = PartyBook()
    >>> keep_cover_degrees(book, [[cp(1, "John Roe, M.D.", "CO")], [cp(2, "John Roe", "IN")],
    ...                           [cp(3, "Jane Doe, Ph.D.", "IN")]], None)
    >>> [book.add(n).name for n in ("John Roe, M.D.", "John Roe", "Jane Doe, Ph.D.")]
    ['John Roe, M.D.', 'John Roe', 'Jane Doe']
    """
    firms = {squeeze(c.name) for c in (header.companies if header else [])
             if c.role in FILER_ROLES}
    keep_degrees(book, [(_cover_name(cp_list), [
        c for cp in cp_list if cp.type_codes is not None
        for c in str(cp.type_codes.value).upper().replace(",", " ").split()])
        for cp_list in pages if cp_list[0].names], firms)


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
