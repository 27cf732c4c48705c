"""Form D clarifications that state a role at another related person of the filing, named by
its name, or at a party only described.

A clarification may state a role at a party that is not the issuer of the filing:

* another related person of the filing, an organization named by its name: John Doe,
  "Managing Member of Acme Capital Management, LLC", where Acme Capital Management, LLC is
  itself a related person. The name is linked to that party only as
  :class:`~graphkit.parsers.partybook.PartyBook` links spellings without guessing
  ("ACME CAPITAL MANAGEMENT, L.L.C." is it; "Acme Capital Management II, LLC" or "Acme Capital
  Mgmt, LLC" is not), and only when the role fits what the party is (:data:`ROLE_FITS`: a
  managing member of a limited liability company, a general partner of a partnership). The
  claim is added beside the person's boxes. A name no related person bears is no party: the
  caller keeps it as a note and warns, as before;
* a party it describes without naming it: "General Partner of the Parallel Fund", "Investment
  Manager of the Feeder Funds" (:data:`DESCRIBED_PARTY`): which fund is not known, and the
  caller warns, unless an issuer's name holds the description's words (the issuer "Acme
  Growth Feeder Fund II, L.P." of "the Feeder Fund").

Only the roles of :data:`NAMED_ROLE_RELATIONS` are read (general partner, managing member,
manager, member, investment manager or adviser, trustee, director): an officer's title "of"
another company ("Chief Financial Officer of Acme Capital LLC") is a title, and an "Adviser
to" a company is no investment manager.

Examples
--------
>>> r = read_named_role("Investment Manager of Acme Offshore Fund II, Ltd.")
>>> [x.value for x in r.relations], r.name
(['investment_manager_of'], 'Acme Offshore Fund II, Ltd.')
>>> described_party("General Partner of the Parallel Fund")
'the Parallel Fund'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional, Sequence

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.models import Evidence, PartyKind, PartyRole
from graphkit.parsers.formd_clarify import (Clarification, ClarificationKind,  # noqa: F401
                                            read_clarification)
from graphkit.parsers.formd_issuers import DESCRIBED, issuer_of, named_issuer
from graphkit.parsers.formd_terms import term_key
from graphkit.parsers.partybook import PartyBook
from graphkit.relations import Relation

if TYPE_CHECKING:  # the builder calls into this module through formd_roles
    from graphkit.parsers.formd_builder import FormDBuilder

#: One role at a party named after it, as :data:`NAMED_ROLE` reads it: "General Partner",
#: "GP", "Managing Member", "Manager", "Member", "Sole Member", "Investment Manager",
#: "Investment Adviser", "Fund Manager", "Trustee", "Director" (a bare "Adviser" is none)
_ROLE = r"""(?:sole\s+|co-?)?(?:general\s+partner|GP|managing\s+member|manager|member
    |(?:investment|fund)\s+(?:manager|advis[oe]r)|trustee|director)"""

#: A role, or several joined by ",", "&" or "and", held at a party named after "of", "to" or
#: "for": "Managing Member of Acme Capital Management, LLC", "General Partner and Investment
#: Manager of Acme Offshore Fund II, L.P.", "Trustee of the Roe Family Trust" (groups
#: ``roles`` and ``name``; the name starts with a capital or a digit)
NAMED_ROLE = regex_cache.compile(rf"""
    ^\s*(?:the\s+|a\s+|an\s+)?
    (?P<roles>{_ROLE}(?:\s*(?:,|&|\band\b)\s*{_ROLE})*)
    \s+(?:of|to|for)\s+(?:the\s+)?
    (?P<name>(?-i:[A-Z0-9])[^;]*?)
    \s*$
""", re.VERBOSE | re.IGNORECASE)

#: A full stop that ends an abbreviation, kept with the name: "Ltd." of "Acme Fund II, Ltd.",
#: "Inc.", "L.P.", "N.A.", an initial ("Jane Q."); any other ends the sentence
ABBREVIATION_STOP = regex_cache.compile(r"""
    (?:\b(?:L\.?\s?L\.?\s?C|L\.?\s?P|Inc|Corp|Ltd|Co|N\.?A|S\.?A|[A-Z])\.)$
""", re.VERBOSE | re.IGNORECASE)

#: Where the roles of :data:`NAMED_ROLE` part: ",", "&", "and"
ROLE_SEPARATOR = regex_cache.compile(r"""\s*(?:,|&|\band\b)\s*""", re.VERBOSE | re.IGNORECASE)

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
    "fund advisor": Relation.INVESTMENT_MANAGER_OF,
    "trustee": Relation.TRUSTEE_OF, "director": Relation.DIRECTOR_OF,
}

#: The rank before a role of :data:`NAMED_ROLE`: "Sole " of "Sole Member", "Co-" of "Co-Trustee"
ROLE_RANK = regex_cache.compile(r"""^(?:sole\s+|co-?\s*)""", re.VERBOSE | re.IGNORECASE)

#: What may follow a party's name and is not part of it, at the end: a defined term or a
#: remark in brackets ('(the "Offshore Fund")'), a date (" since 2015", ", effective March 1"),
#: the party's role in apposition (", the General Partner", ", the Issuer's investment
#: manager": up to four words)
NAME_TAIL = regex_cache.compile(r"""
    \s*\([^()]*\)\s*$
  | (?:,\s*|\s+)(?:since|from|until|till|as\s+of|effective)\s+[^,]*$
  | ,\s*the\s+(?:[A-Za-z'’]+\s+){0,3}[A-Za-z'’]+\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A party's kind by the legal form its name ends with: ``llc`` "LLC", "L.L.C."; ``lp``
#: "L.P.", "LP", "Limited Partnership"; ``corp`` "Inc.", "Corp.", "Company", "Co.", "Ltd.",
#: "Limited", "plc", "S.A."; ``trust`` "Trust" ("Acme Offshore Fund II, Ltd." is corp)
TARGET_FORM = regex_cache.compile(r"""
    \b(?:(?P<llc>L\.?\s?L\.?\s?C|limited\s+liability\s+company)
      |(?P<lp>(?:L\.?\s?){1,2}L\.?\s?P|L\.?\s?P|limited\s+partnership)
      |(?P<corp>inc|incorporated|corp|corporation|co|company|ltd|limited|plc|S\.?A)
      |(?P<trust>trust))
    \.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: The kinds of party (:data:`TARGET_FORM`) each relation may be held at: a managing member or
#: member only of a limited liability company (a corporation's "Manager" is an employee), a
#: general partner only of a partnership, a director of a corporation or company, a trustee
#: of a trust; an investment manager of any organization
ROLE_FITS: dict[Relation, frozenset[str]] = {
    Relation.MANAGING_MEMBER_OF: frozenset({"llc"}), Relation.MEMBER_OF: frozenset({"llc"}),
    Relation.GENERAL_PARTNER_OF: frozenset({"lp"}), Relation.DIRECTOR_OF: frozenset({"corp"}),
    Relation.TRUSTEE_OF: frozenset({"trust"}),
    Relation.INVESTMENT_MANAGER_OF: frozenset({"llc", "lp", "corp", "trust", None}),
}

#: A role held at a party a clarification describes without naming it: "General Partner of the
#: Parallel Fund", "Investment Manager of the Feeder Funds", "Manager of the Cayman Fund"
#: (group ``what``: "the", one to three words, then a fund's noun, then the end, a stop, a
#: bracket or "and"; not "of the Fund" alone, the issuer, nor "of the Master Fund's general
#: partner", a party named through it, nor "of the Acme Parallel Fund II, L.P.", a name that
#: goes on)
DESCRIBED_PARTY = regex_cache.compile(rf"""
    \b{_ROLE}\s+(?:of|to|for)\s+
    (?P<what>the\s+(?:[A-Za-z0-9\-]+\s+){{1,3}}
      (?:funds?|partnerships?|vehicles?|entity|entities|feeders?|LPs?|LLCs?|compan(?:y|ies)
        |trusts?|accounts?|SPVs?|pools?))
    (?=\s*(?:$|[;.()]|,(?!\s*(?-i:[A-Z]))|(?:and|&)\s))
""", re.VERBOSE | re.IGNORECASE)

#: Words of a fund's description ("the Parallel Fund", "the Family Trust", "the Operating
#: Company"): a party a clarification describes with another word ("the Roe Family Trust",
#: "the Doe 2012 Irrevocable Trust") is named, not described
DESCRIPTION_WORDS = frozenset("""family parallel feeder master offshore onshore domestic
    international overseas cayman delaware operating holding holdings parent management fund
    funds trust trusts company companies partnership partnerships investment investments
    growth income opportunity opportunities coinvest co invest real estate venture equity
    private global select special credit general main underlying portfolio blocker aggregator
    vehicle vehicles entity entities feeders lp lps llc llcs account accounts spv spvs pool
    pools""".split())

#: A word of a name, for matching a description to an issuer's name: "feeder" of
#: "Acme Growth Feeder Fund II, L.P." (lower case)
NAME_WORD = regex_cache.compile(r"""[a-z0-9]+""", re.VERBOSE)


class NamedRole(BaseModel):
    """A clarification's roles at a party named after them: ``relations`` (one per role, in
    order), the party as ``written`` and its ``name`` without what follows a name and is not
    part of it (:data:`NAME_TAIL`, :data:`~graphkit.parsers.formd_issuers.DESCRIBED`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    relations: tuple[Relation, ...]
    written: str
    name: str


def read_named_role(text: Optional[str]) -> Optional[NamedRole]:
    """The roles of :data:`NAMED_ROLE` in ``text`` and the party they are held at, or None.

    >>> r = read_named_role("Managing Member of Acme Growth GP II, LLC, the General Partner")
    >>> [x.value for x in r.relations], r.name
    (['managing_member_of'], 'Acme Growth GP II, LLC')
    >>> read_named_role("Member of the Board") is None
    True
    >>> [read_named_role(t) is None for t in ("Chief Financial Officer of Acme Capital LLC",
    ...                                       "Advisor to Acme Capital Partners LLC")]
    [True, True]
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
    name = _strip_tail(written)
    if not name or name.split()[0].lower() in ("board", "committee"):
        return None  # "Member of the Board", "Member of the Board of Managers": a body
    return NamedRole(relations=tuple(dict.fromkeys(relations)), written=written, name=name)


def _strip_tail(name: str) -> str:
    """``name`` without its tail (:data:`NAME_TAIL`) and description (:data:`DESCRIBED`: ", a
    Delaware limited partnership")."""
    while True:
        cut = NAME_TAIL.sub("", DESCRIBED.sub("", name).strip(" ,")).strip(" ,")
        if cut == name or not cut:
            return name
        name = cut


def fits(relations: Sequence[Relation], name: str) -> bool:
    """Whether every relation of ``relations`` may be held at a party of that ``name``, by its
    legal form (:data:`ROLE_FITS`).

    >>> M, G = Relation.MANAGING_MEMBER_OF, Relation.GENERAL_PARTNER_OF
    >>> fits([M], "Acme GP, LLC"), fits([M], "Acme Services, Inc."), fits([M], "Acme Fund, L.P.")
    (True, False, False)
    >>> fits([G], "Acme Fund, L.P."), fits([G], "Acme GP, LLC"), fits([M], "Acme Holdings")
    (True, False, False)
    """
    m = TARGET_FORM.search(name)
    form = next(k for k, v in m.groupdict().items() if v) if m is not None else None
    return all(form in ROLE_FITS[r] for r in relations)


def described_party(text: Optional[str]) -> Optional[str]:
    """The party ``text`` states a role at by a description, not a name
    (:data:`DESCRIBED_PARTY`), as written, or None.

    >>> described_party("Investment Manager of the Feeder Funds")
    'the Feeder Funds'
    >>> described_party("General Partner of the Fund"), described_party("Member of the Board")
    (None, None)
    >>> described_party("Director of the Master Fund's general partner") is None
    True
    >>> described_party("Trustee of the Jane Roe Trust"), described_party("Trustee of the Trust")
    (None, None)
    >>> described_party("General Partner of the Parallel Fund, Acme Parallel Fund II, L.P.")
    """
    m = DESCRIBED_PARTY.search(" ".join((text or "").split()))
    if m is None or not set(NAME_WORD.findall(m["what"].lower()[4:])) <= DESCRIPTION_WORDS:
        return None  # "of the Jane Roe Trust": a name
    return m["what"]


class NamedTarget(BaseModel):
    """The related person (``target``, a party id) that another related person's clarification
    states its ``relations`` at, by its name as written (``name``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    relations: tuple[Relation, ...]
    target: str
    name: str


def resolve_named_roles(b: FormDBuilder, persons: Sequence[tuple[str, str, Optional[Evidence]]]
                        ) -> dict[str, NamedTarget]:
    """The related person each clarification states roles at by its name
    (:func:`read_named_role`), by the id of the person (``persons``: party id, clarification
    text, the clarification's evidence); persons whose text names none, and an issuer listed
    as a related person, are left out.

    A name that is an issuer's (:func:`~graphkit.parsers.formd_issuers.named_issuer`) is left
    to the roles at the issuer. Otherwise the name is looked up among the parties of ``b`` as
    :class:`~graphkit.parsers.partybook.PartyBook` links spellings, never by likeness: an
    organization other than the person and the issuers is the target, when the roles fit it
    (:func:`fits`); an issuer, a person, two parties of one spelling or no party are none.

    >>> from graphkit.parsers.formd_builder import FormDBuilder
    >>> from graphkit.source import SourceText
    >>> b = FormDBuilder(SourceText(path="d.xml", text="x"))
    >>> _ = b.add_party("Acme Fund, L.P.", "organization", ["issuer"], None, party_id="issuer")
    >>> im = b.add_party("Acme Capital Management, LLC", "organization", ["related_person"], None)
    >>> doe = b.add_party("John Doe", "person", ["related_person"], None)
    >>> got = resolve_named_roles(b, [
    ...     (doe, "Managing Member of ACME CAPITAL MANAGEMENT, L.L.C.", None),
    ...     (im, "Investment Manager of Acme Offshore Fund, Ltd.", None)])
    >>> [(b.party(k).name, [r.value for r in t.relations], b.party(t.target).name)
    ...  for k, t in got.items()]
    [('John Doe', ['managing_member_of'], 'Acme Capital Management, LLC')]
    """
    out: dict[str, NamedTarget] = {}
    reads = [(pid, read) for pid, text, _ in persons  # the issuer listed as a related person:
             if named_issuer(b, b.party(pid).name) is None  # left as it was
             and (read := read_named_role(text)) is not None and named_issuer(b, read.name) is None]
    if not reads:
        return out
    book, ids = _book_of(b)
    for pid, read in reads:
        hit = book.lookup(read.name, fuzzy=False, kind=PartyKind.ORGANIZATION)
        target = ids.get(hit.id) if hit is not None else None  # None: an issuer, a person,
        if target is None or target == pid:  # two parties, or none
            continue
        if fits(read.relations, b.party(target).name):
            out[pid] = NamedTarget(relations=read.relations, target=target, name=read.written)
    return out


def _book_of(b: FormDBuilder) -> tuple[PartyBook, dict[str, Optional[str]]]:
    """A party book of the parties of ``b`` and, by book id, the party id each names: None
    for an issuer, a person, a party that is no related person, or two parties of one spelling
    (neither is sure)."""
    book = PartyBook()
    ids: dict[str, Optional[str]] = {}
    for p in b.parties:
        got = book.add(p.name, fuzzy=False, kind=p.kind)
        if got is None:
            continue
        sure = (p.kind == PartyKind.ORGANIZATION and PartyRole.ISSUER not in p.roles
                and PartyRole.RELATED_PERSON in p.roles)
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


def describes_issuer(b: FormDBuilder, what: str) -> bool:
    """Whether the name of an issuer or co-issuer of ``b`` holds every word of the description
    ``what`` but its article ("the Feeder Fund" of "Acme Growth Feeder Fund II, L.P.").

    >>> from graphkit.parsers.formd_builder import FormDBuilder
    >>> from graphkit.source import SourceText
    >>> b = FormDBuilder(SourceText(path="d.xml", text="x"))
    >>> _ = b.add_party("Acme Feeder Fund, L.P.", "organization", ["issuer"], None)
    >>> describes_issuer(b, "the Feeder Fund"), describes_issuer(b, "the Master Fund")
    (True, False)
    """
    words = set(NAME_WORD.findall(what.lower())) - {"the"}
    return any(words <= set(NAME_WORD.findall(p.name.lower()))
               for p in b.parties if PartyRole.ISSUER in p.roles)


def warn_described(b: FormDBuilder, person: str, clarification: Optional[Clarification],
                   evidence: Optional[Evidence]) -> None:
    """Warn (``unresolved-clarification``, at ``evidence``) when a clarification read as a
    note states a role at a party it only describes (:func:`described_party`: "General
    Partner of the Parallel Fund"): which party is not known, and no claim is made. A
    description that an issuer's name holds (:func:`describes_issuer`: "of the Acme Fund")
    or a defined term of the clarifications is left alone.

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
    if what is None or describes_issuer(b, what) or term_key(what) in b.terms:
        return
    b.warn("unresolved-clarification", f"{person}: {clarification.text!r} states a role at "
           f"{what!r}, a party it describes but does not name; no claim", evidence=evidence)
