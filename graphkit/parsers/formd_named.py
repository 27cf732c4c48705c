"""Form D clarifications that state a role at a party other than the issuer, named by its name
or only described.

A clarification may state a role at a party that is not the issuer of the filing:

* another related person of the filing, named by its name: John Doe, "Managing Member of Acme
  Capital Management, LLC", where Acme Capital Management, LLC is itself a related person. The
  name is linked to that party the way :class:`~graphkit.parsers.partybook.PartyBook` links
  spellings ("ACME CAPITAL MANAGEMENT, L.L.C." is it; "Acme Capital Management II, LLC" is
  not);
* an organization the filing does not list, by a name that reads as one on its own (ending with
  its legal form, or followed by what it is: "Acme Offshore Fund II, Ltd.", "Acme Growth Fund
  II, a Cayman Islands exempted company"): a new party of role ``named``;
* a party it describes without naming it: "General Partner of the Parallel Fund", "Investment
  Manager of the Feeder Funds" (:data:`DESCRIBED_PARTY`): which fund is not known, and the
  caller warns.

Only the roles of :data:`NAMED_ROLE_RELATIONS` are read (general partner, managing member,
manager, member, investment manager or adviser, trustee, director): an officer's title "of"
another company ("Chief Financial Officer of Acme Capital LLC") is a title, not a role here.

Examples
--------
>>> r = read_named_role("Investment Manager of Acme Offshore Fund II, Ltd.")
>>> [x.value for x in r.relations], r.name, r.clean
(['investment_manager_of'], 'Acme Offshore Fund II, Ltd.', True)
>>> described_party("General Partner of the Parallel Fund")
'the Parallel Fund'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional, Sequence

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz

from graphkit.models import Evidence, PartyKind, PartyRole
from graphkit.names import clean_name
from graphkit.parsers.formd_clarify import (Clarification, ClarificationKind,  # noqa: F401
                                            read_clarification)
from graphkit.parsers.formd_issuers import (DESCRIBED, LEGAL_FORM_END, issuer_form, issuer_of,
                                            named_issuer)
from graphkit.parsers.formd_terms import term_key
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.partybook_names import _bare_key, near_twins
from graphkit.relations import Relation

if TYPE_CHECKING:  # the builder calls into this module through formd_roles
    from graphkit.parsers.formd_builder import FormDBuilder

#: One role at a party named after it, as :data:`NAMED_ROLE` reads it: "General Partner",
#: "GP", "Managing Member", "Manager", "Member", "Sole Member", "Investment Manager",
#: "Investment Adviser", "Fund Manager", "Adviser", "Trustee", "Director"
_ROLE = r"""(?:sole\s+|co-?)?(?:general\s+partner|GP|managing\s+member|manager|member
    |(?:investment|fund)\s+(?:manager|advis[oe]r)|advis[oe]r|trustee|director)"""

#: A role, or several joined by ",", "&" or "and", held at a party named after "of", "to" or
#: "for": "Managing Member of Acme Capital Management, LLC", "General Partner and Investment
#: Manager of Acme Offshore Fund II, Ltd.", "Trustee of the Roe Family Trust" (groups
#: ``roles`` and ``name``; the name starts with a capital or a digit)
NAMED_ROLE = re.compile(rf"""
    ^\s*(?:the\s+|a\s+|an\s+)?
    (?P<roles>{_ROLE}(?:\s*(?:,|&|\band\b)\s*{_ROLE})*)
    \s+(?:of|to|for)\s+(?:the\s+)?
    (?P<name>(?-i:[A-Z0-9])[^;]*?)
    \s*$
""", re.VERBOSE | re.IGNORECASE)

#: A full stop that ends an abbreviation, kept with the name: "Ltd." of "Acme Fund II, Ltd.",
#: "Inc.", "L.P.", "N.A.", an initial ("Jane Q."); any other ends the sentence
ABBREVIATION_STOP = re.compile(r"""
    (?:\b(?:L\.?\s?L\.?\s?C|L\.?\s?P|Inc|Corp|Ltd|Co|N\.?A|S\.?A|[A-Z])\.)$
""", re.VERBOSE | re.IGNORECASE)

#: Where the roles of :data:`NAMED_ROLE` part: ",", "&", "and"
ROLE_SEPARATOR = re.compile(r"""\s*(?:,|&|\band\b)\s*""", re.VERBOSE | re.IGNORECASE)

#: The relation each role of :data:`NAMED_ROLE` states, by its words in lower case without a
#: rank ("Sole Member" is a member; "Manager" a managing member, as at the issuer)
NAMED_ROLE_RELATIONS: dict[str, Relation] = {
    "general partner": Relation.GENERAL_PARTNER_OF, "gp": Relation.GENERAL_PARTNER_OF,
    "managing member": Relation.MANAGING_MEMBER_OF, "manager": Relation.MANAGING_MEMBER_OF,
    "member": Relation.MEMBER_OF,
    "investment manager": Relation.INVESTMENT_MANAGER_OF,
    "investment adviser": Relation.INVESTMENT_MANAGER_OF,
    "investment advisor": Relation.INVESTMENT_MANAGER_OF,
    "fund manager": Relation.INVESTMENT_MANAGER_OF, "fund adviser": Relation.INVESTMENT_MANAGER_OF,
    "fund advisor": Relation.INVESTMENT_MANAGER_OF, "adviser": Relation.INVESTMENT_MANAGER_OF,
    "advisor": Relation.INVESTMENT_MANAGER_OF,
    "trustee": Relation.TRUSTEE_OF, "director": Relation.DIRECTOR_OF,
}

#: The rank before a role of :data:`NAMED_ROLE`: "Sole " of "Sole Member", "Co-" of "Co-Trustee"
ROLE_RANK = re.compile(r"""^(?:sole\s+|co-?\s*)""", re.VERBOSE | re.IGNORECASE)

#: What may follow a party's name and is not part of it, at the end: a defined term or a
#: remark in brackets ('(the "Offshore Fund")'), a date (" since 2015", ", effective March 1"),
#: the party's role in apposition (", the General Partner", ", the Issuer's investment
#: manager": up to four words)
NAME_TAIL = re.compile(r"""
    \s*\([^()]*\)\s*$
  | (?:,\s*|\s+)(?:since|from|until|till|as\s+of|effective)\s+[^,]*$
  | ,\s*the\s+(?:[A-Za-z'’]+\s+){0,3}[A-Za-z'’]+\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A list of names, not one: a legal form followed by "and" or "&" ("Acme Growth Fund II LP and
#: Acme Parallel Fund II LP")
NAME_LIST = re.compile(r"""
    \b(?:L\.?\s?L\.?\s?C|L\.?\s?P|Inc|Corp|Ltd|Limited|Co)\.?,?\s+(?:and|&)\s
""", re.VERBOSE | re.IGNORECASE)

#: Words that name a role or the issuer, never in a party's own name as a clarification
#: writes it ("Fund and General Partner of Acme Feeder Fund, L.P." is two roles, not a name)
ROLE_IN_NAME = re.compile(r"""
    \b(?:general\s+partner|managing\s+member|investment\s+(?:manager|advis[oe]r)|issuer
       |registrant)\b
""", re.VERBOSE | re.IGNORECASE)

#: Words that open a description, not a name: "Fund II", "Partnership", "Company"
GENERIC_FIRST = frozenset("""fund funds partnership partnerships company companies issuer
    issuers registrant entity entities vehicle vehicles gp lp llc general investment manager
    managing""".split())

#: Words of a fund's description, which alone name no party: "the Family Trust", "the
#: Parallel Fund, L.P.", "the Operating Company", "Growth Equity Fund II" (a name holds another
#: word: "Acme", "Roe"); legal forms, numerals and single letters count with them
DESCRIPTION_WORDS = frozenset("""family parallel feeder master offshore onshore domestic
    international overseas cayman delaware operating holding holdings parent management fund
    funds trust company companies partnership partners capital investment investments
    investors growth income opportunity opportunities coinvest co invest real estate venture
    ventures equity private global select special situations strategic credit gp lp llc inc
    corp corporation incorporated ltd limited plc lllp general associates affiliates
    principals qp institutional annex series class new the of and for""".split())
#: A word of a name, for :data:`DESCRIPTION_WORDS`: "Acme" of "Acme-Beta Fund II, L.P."
NAME_WORD = re.compile(r"""[A-Za-z]+""", re.VERBOSE)
#: A Roman numeral: "ii", "iv", "xii" (lower case)
ROMAN_NUMERAL = re.compile(r"""^(?:x{0,3})(?:ix|iv|v?i{0,3})$""", re.VERBOSE)

#: Lower-case words a name may hold: "Bank of the West", "Smith and Sons"
LINK_WORDS = frozenset({"of", "the", "and", "de", "du", "van", "von", "der", "la", "le", "y",
                        "&", "for"})

#: A role held at a party a clarification describes without naming it: "General Partner of the
#: Parallel Fund", "Investment Manager of the Feeder Funds", "Manager of the Cayman Fund"
#: (group ``what``: "the", one to three words, then a fund's noun, then the end, a stop, a
#: bracket or "and"; not "of the Fund" alone, the issuer, nor "of the Master Fund's general
#: partner", a party named through it, nor "of the Acme Parallel Fund II, L.P.", a name that
#: goes on)
DESCRIBED_PARTY = re.compile(rf"""
    \b{_ROLE}\s+(?:of|to|for)\s+
    (?P<what>the\s+(?:[A-Za-z0-9\-]+\s+){{1,3}}
      (?:funds?|partnerships?|vehicles?|entity|entities|feeders?|LPs?|LLCs?|compan(?:y|ies)
        |trusts?|accounts?|SPVs?|pools?))
    (?=\s*(?:$|[,;.()]|(?:and|&)\s))
""", re.VERBOSE | re.IGNORECASE)


class NamedRole(BaseModel):
    """A clarification's roles at a party named after them: ``relations`` (one per role, in
    order), the party as ``written`` and its ``name`` without what follows a name and is not
    part of it (:data:`NAME_TAIL`, :data:`~graphkit.parsers.formd_issuers.DESCRIBED`), and
    whether that name reads as an organization's own (``clean``: :func:`clean_org_name`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    relations: tuple[Relation, ...]
    written: str
    name: str
    clean: bool


def read_named_role(text: Optional[str]) -> Optional[NamedRole]:
    """The roles of :data:`NAMED_ROLE` in ``text`` and the party they are held at, or None.

    >>> r = read_named_role("Managing Member of Acme Growth GP II, LLC, the General Partner")
    >>> [x.value for x in r.relations], r.name, r.clean
    (['managing_member_of'], 'Acme Growth GP II, LLC', True)
    >>> r = read_named_role("Investment Manager of Acme Growth Fund II, a Cayman Islands "
    ...                     "exempted company")
    >>> r.name, r.clean
    ('Acme Growth Fund II', True)
    >>> read_named_role("Director of Research").clean, read_named_role("Member of the Board")
    (False, None)
    >>> read_named_role("Chief Financial Officer of Acme Capital LLC") is None
    True
    """
    m = NAMED_ROLE.match(" ".join((text or "").split()))
    if m is None:
        return None
    relations = []
    for part in ROLE_SEPARATOR.split(m["roles"]):
        key = " ".join(ROLE_RANK.sub("", part.strip()).lower().split())
        if key not in NAMED_ROLE_RELATIONS:
            return None
        relations.append(NAMED_ROLE_RELATIONS[key])
    written = m["name"].strip(" ,")
    if written.endswith(".") and not ABBREVIATION_STOP.search(written):
        written = written[:-1].rstrip(" ,")  # "... of Acme Holdings." ends the sentence
    name, described = _strip_tail(written)
    if not name or name.split()[0].lower() in ("board", "committee"):
        return None  # "Member of the Board", "Member of the Board of Managers": a body
    return NamedRole(relations=tuple(dict.fromkeys(relations)), written=written, name=name,
                     clean=clean_org_name(name, described))


def _strip_tail(name: str) -> tuple[str, bool]:
    """``name`` without its tail (:data:`NAME_TAIL`) and description (:data:`DESCRIBED`), and
    whether a description followed it (", a Delaware limited partnership")."""
    described = False
    while True:
        cut = DESCRIBED.sub("", name).strip(" ,")
        if cut != name:
            name, described = cut, True
            continue
        cut = NAME_TAIL.sub("", name).strip(" ,")
        if cut == name or not cut:
            return name, described
        name = cut


def looks_named(name: str) -> bool:
    """Whether ``name`` reads as one party's name, with or without its legal form: no list of
    two (:data:`NAME_LIST`), no role or issuer words (:data:`ROLE_IN_NAME`), not opened by a
    word of a description (:data:`GENERIC_FIRST`: "Fund II"), each word capitalised or a
    linking word, and one word at least that no description uses (:data:`DESCRIPTION_WORDS`:
    "Family Trust" is one).

    >>> looks_named("Acme Capital Management"), looks_named("Fund II, L.P.")
    (True, False)
    >>> looks_named("Acme Fund II LP and Acme Fund III LP"), looks_named("Acme Fund which")
    (False, False)
    >>> looks_named("Family Trust"), looks_named("Parallel Fund II, L.P."), looks_named("Roe Trust")
    (False, False, True)
    """
    words = name.split()
    if not words or NAME_LIST.search(name) or ROLE_IN_NAME.search(name):
        return False
    if words[0].lower().strip(",.") in GENERIC_FIRST:
        return False
    if not any(len(w) > 1 and w.lower() not in DESCRIPTION_WORDS and not ROMAN_NUMERAL.match(
            w.lower()) for w in NAME_WORD.findall(name)):
        return False  # "Family Trust", "Parallel Fund II, L.P.": a description
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in LINK_WORDS for w in words)


def clean_org_name(name: str, described: bool = False) -> bool:
    """Whether ``name`` reads as an organization's name on its own: it looks like one
    (:func:`looks_named`) and ends with its legal form (:data:`~graphkit.parsers.formd_issuers.
    LEGAL_FORM_END`) or, when a description of what it is followed it (``described``), has at
    least two words.

    >>> clean_org_name("Acme Offshore Fund II, Ltd."), clean_org_name("Acme Growth Fund II")
    (True, False)
    >>> clean_org_name("Acme Growth Fund II", described=True)
    True
    >>> clean_org_name("Fund II, L.P."), clean_org_name("Acme Fund II LP and Acme Fund III LP")
    (False, False)
    >>> clean_org_name("Acme Fund, L.P. which is managed by Acme LLC")
    False
    """
    if not looks_named(name):
        return False
    if LEGAL_FORM_END.search(name):
        return True
    return described and len(name.split()) >= 2


def described_party(text: Optional[str]) -> Optional[str]:
    """The party ``text`` states a role at by a description, not a name
    (:data:`DESCRIBED_PARTY`), as written, or None.

    >>> described_party("Investment Manager of the Feeder Funds")
    'the Feeder Funds'
    >>> described_party("General Partner of the Fund"), described_party("Member of the Board")
    (None, None)
    >>> described_party("Director of the Master Fund's general partner") is None
    True
    """
    m = DESCRIBED_PARTY.search(" ".join((text or "").split()))
    return m["what"] if m else None


#: Least likeness (rapidfuzz ratio of the names without article and legal form) of a name to an
#: issuer's for the name to be taken as the issuer's mistyped ("Acme Fnud II, L.P." of "Acme
#: Fund II, L.P." scores 90): a party is not added under it. Names that differ in a number or a
#: vehicle word ("Acme Fund III", "Acme Offshore Fund II") are other funds, however alike.
ISSUER_TYPO_MIN = 88

#: Relations that a partnership has no holder of: a partnership's "Managing Member" or
#: "Member" is its general partner's (as at the issuer), so such a role at a party named as a
#: partnership is not claimed
NOT_OF_A_PARTNERSHIP = frozenset({Relation.MANAGING_MEMBER_OF, Relation.MEMBER_OF})


class NamedTarget(BaseModel):
    """The party (``target``, a party id) that a related person's clarification states its
    ``relations`` at, by its name as written (``name``), and whether it was added as a new
    party (``new``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    relations: tuple[Relation, ...]
    target: str
    name: str
    new: bool = False


def resolve_named_roles(b: FormDBuilder, persons: Sequence[tuple[str, str, Optional[Evidence]]]
                        ) -> dict[str, NamedTarget]:
    """The party each clarification states roles at by its name (:func:`read_named_role`),
    by the id of the person (``persons``: party id, clarification text, the clarification's
    evidence); persons whose text names none are left out.

    A name that is an issuer's (:func:`~graphkit.parsers.formd_issuers.named_issuer`) is left
    to the roles at the issuer, and one that is an issuer's mistyped (:func:`mistyped_issuer`)
    to its warning. Otherwise the name is looked up among the parties of ``b`` as
    :class:`~graphkit.parsers.partybook.PartyBook` links spellings: an organization other than
    the person and the issuers is the target; an issuer, a person or two parties of one
    spelling are none. A name no party bears that reads as an organization's own
    (:attr:`NamedRole.clean`) is added as a new organization, role ``named``, at the
    clarification's evidence (and is the party a later clarification naming it finds). A
    managing member or member of a party named as a partnership is not claimed
    (:data:`NOT_OF_A_PARTNERSHIP`).

    >>> from graphkit.parsers.formd_builder import FormDBuilder
    >>> from graphkit.source import SourceText
    >>> b = FormDBuilder(SourceText(path="d.xml", text="x"))
    >>> _ = b.add_party("Acme Fund, L.P.", "organization", ["issuer"], None, party_id="issuer")
    >>> im = b.add_party("Acme Capital Management, LLC", "organization", ["related_person"], None)
    >>> doe = b.add_party("John Doe", "person", ["related_person"], None)
    >>> got = resolve_named_roles(b, [
    ...     (doe, "Managing Member of ACME CAPITAL MANAGEMENT, L.L.C.", None),
    ...     (im, "Investment Manager of Acme Offshore Fund, Ltd.", None)])
    >>> [(b.party(k).name, [r.value for r in t.relations], b.party(t.target).name, t.new)
    ...  for k, t in got.items()]  # doctest: +NORMALIZE_WHITESPACE
    [('John Doe', ['managing_member_of'], 'Acme Capital Management, LLC', False),
     ('Acme Capital Management, LLC', ['investment_manager_of'], 'Acme Offshore Fund, Ltd.', True)]
    """
    out: dict[str, NamedTarget] = {}
    reads = [(pid, read, evidence) for pid, text, evidence in persons
             if (read := read_named_role(text)) is not None and looks_named(read.name)
             and named_issuer(b, read.name) is None and not mistyped_issuer(b, read.name)]
    if not reads:
        return out
    book, ids = _book_of(b)
    for pid, read, evidence in reads:
        hit = book.lookup(read.name, kind=PartyKind.ORGANIZATION)
        target = ids.get(hit.id) if hit is not None else None  # None: an issuer, a person,
        if hit is not None and (target is None or target == pid):  # or two parties
            continue
        if hit is None and not read.clean:
            continue
        form = issuer_form(b.party(target).name if target is not None else read.name)
        if form == "lp" and NOT_OF_A_PARTNERSHIP.intersection(read.relations):
            continue  # "Managing Member of Acme Fund, L.P.": its general partner's
        if target is None:
            target = b.add_party(clean_name(read.name), PartyKind.ORGANIZATION,
                                 [PartyRole.NAMED], evidence)
            added = book.add(b.party(target).name, fuzzy=False, kind=PartyKind.ORGANIZATION)
            if added is not None:
                ids[added.id] = target
        out[pid] = NamedTarget(relations=read.relations, target=target, name=read.written,
                               new=hit is None)
    return out


def mistyped_issuer(b: FormDBuilder, name: str) -> bool:
    """Whether ``name`` is an issuer's name mistyped (:data:`ISSUER_TYPO_MIN`): alike but for
    a letter or two, with the same numbers, series and vehicle words
    (:func:`~graphkit.parsers.partybook_names.near_twins`).

    >>> from graphkit.parsers.formd_builder import FormDBuilder
    >>> from graphkit.source import SourceText
    >>> b = FormDBuilder(SourceText(path="d.xml", text="x"))
    >>> _ = b.add_party("Acme Fund II, L.P.", "organization", ["issuer"], None, party_id="issuer")
    >>> [mistyped_issuer(b, n) for n in ("Acme Fnud II, L.P.", "Acme Fund III, L.P.",
    ...                                  "Beta Fund II, L.P.")]
    [True, False, False]
    """
    key = _bare_key(name)
    return any(fuzz.ratio(key, _bare_key(p.name)) >= ISSUER_TYPO_MIN
               and not near_twins(name, p.name) for p in b.parties if PartyRole.ISSUER in p.roles)


def _book_of(b: FormDBuilder) -> tuple[PartyBook, dict[str, Optional[str]]]:
    """A party book of the parties of ``b`` and, by book id, the party id each names: None
    for an issuer, a person, or two parties of one spelling (neither is sure)."""
    book = PartyBook()
    ids: dict[str, Optional[str]] = {}
    for p in b.parties:
        got = book.add(p.name, fuzzy=False, kind=p.kind)
        if got is None:
            continue
        sure = p.kind == PartyKind.ORGANIZATION and PartyRole.ISSUER not in p.roles
        ids[got.id] = p.id if sure and got.id not in ids else None
    return book, ids


def names_other_party(b: FormDBuilder, clarification: Clarification) -> bool:
    """Whether a reading may state a role at a party by its name that is not an issuer: a
    note, or a role at the issuer or a box's role "of" a name that no issuer bears
    (:func:`~graphkit.parsers.formd_issuers.issuer_of`), for :func:`resolve_named_roles`.

    >>> from graphkit.parsers.formd_builder import FormDBuilder
    >>> from graphkit.source import SourceText
    >>> b = FormDBuilder(SourceText(path="d.xml", text="x"))
    >>> _ = b.add_party("Acme Fund, L.P.", "organization", ["issuer"], None, party_id="issuer")
    >>> [names_other_party(b, read_clarification(t)) for t in (
    ...     "Director of Acme Corp.", "Director of Acme Fund", "Managing Member of the GP")]
    [True, False, False]
    """
    c = clarification
    return c.kind == ClarificationKind.NOTE or (
        c.named is not None and c.kind in (ClarificationKind.ROLE_AT_ISSUER,
                                           ClarificationKind.BOX) and issuer_of(b, c) is None)


def warn_described(b: FormDBuilder, person: str, clarification: Optional[Clarification],
                   evidence: Optional[Evidence]) -> None:
    """Warn (``unresolved-clarification``, at ``evidence``) when a clarification read as a
    note states a role at a party it only describes (:func:`described_party`: "General
    Partner of the Parallel Fund"): which party is not known, and no claim is made. A
    description that is an issuer's name ("of the Acme Fund") or a defined term of the
    clarifications is left alone.

    >>> from graphkit.parsers.formd_builder import FormDBuilder
    >>> from graphkit.source import SourceText
    >>> b = FormDBuilder(SourceText(path="d.xml", text="x"))
    >>> _ = b.add_party("Acme Fund, L.P.", "organization", ["issuer"], None, party_id="issuer")
    >>> for t in ("General Partner of the Parallel Fund", "General Partner of the Acme Fund"):
    ...     warn_described(b, "Acme GP, LLC", read_clarification(t), None)
    >>> [w.message for w in b.warnings]  # doctest: +NORMALIZE_WHITESPACE
    ["Acme GP, LLC: 'General Partner of the Parallel Fund' states a role at 'the Parallel
      Fund', a party it describes but does not name; no claim"]
    """
    if clarification is None or clarification.kind != ClarificationKind.NOTE:
        return
    what = described_party(clarification.text)
    if what is None or named_issuer(b, what) is not None or term_key(what) in b.terms:
        return
    b.warn("unresolved-clarification", f"{person}: {clarification.text!r} states a role at "
           f"{what!r}, a party it describes but does not name; no claim", evidence=evidence)
