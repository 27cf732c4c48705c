"""The relationships stated in the prose of XML forms (remarks, footnotes, items) as claims.

:func:`add_prose_claims` reads the prose blocks of one filing with
:mod:`graphkit.parsers.prose` and resolves each name found to a party of the filing's
:class:`~graphkit.parsers.partybook.PartyBook`: through a term the filing defines ("the
Fund"), a group it lists ("the Funds"), "the Reporting Person(s)" of the form, or as a new
``named`` party. A term that stands for a whole list of names ('A LLC and B LLC (the "Acme
Trusts")') resolves to none of them alone.

Examples
--------
>>> from graphkit.parsers.xmldoc import add_party
>>> book, claims = PartyBook(), []
>>> fund = add_party(book, "Acme Fund, L.P.", roles=["reporting_person"])
>>> blk = SourceText("f.xml", "Acme GP, LLC is the general partner of Acme Fund, L.P.")
>>> add_prose_claims([blk], book, claims, issuer_id=None)
[]
>>> [(c.relation.value, book.get(c.source).name, book.get(c.target).name) for c in claims]
[('general_partner_of', 'Acme GP, LLC', 'Acme Fund, L.P.')]
>>> names_a_list("Acme Trusts", "Beta Trust Holder, LLC", "Acme Trust Holder, LLC and ")
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional, Sequence

from graphkit import regex_cache
from graphkit.models import Claim, Evidence, FilingWarning, Party, PartyKind
from graphkit.parsers.filer_terms import EACH_FILER, FILER_TERM, filer_parties
from graphkit.parsers.generic_terms import generic_name
from graphkit.parsers.ownership_holdings import GENERIC_HOLDER_WORDS
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.partybook_predecessor import drop_former_statements, predecessor_terms
from graphkit.parsers.prose_caps import ROLE_ONLY_WORDS
from graphkit.parsers.prose_name_patterns import legal_form_only
from graphkit.parsers.prose_percent_owned import SHORT_FORM, held_company
from graphkit.parsers.prose_roles import HELD_PERSON, held_person_message, held_relation
from graphkit.parsers.prose_unbound import UNBOUND_HELD, UNBOUND_HOLDER, unbound_message
from graphkit.parsers.xmldoc import NAME_WORD, add_party, find_party, name_key, next_claim_id
from graphkit.relations import Relation, held_kind_fits
from graphkit.source import SourceText

if TYPE_CHECKING:  # the prose module is imported on first use (see add_prose_claims)
    from graphkit.parsers.prose import ProseFinding

#: A trailing legal form, dropped when a prose name ("AVF XII LP") extends a defined term
#: ("AVF XII"), e.g. " LP", ", L.P.", " LLC", ", Inc."
TRAILING_LEGAL_FORM = regex_cache.compile(r"""
    ,?\s+(?:L\.?\s?L\.?\s?C\.?|L\.?\s?P\.?|L\.?\s?L\.?\s?P\.?|Inc\.?|Ltd\.?|Corp\.?)$
""", re.VERBOSE | re.IGNORECASE)

#: The end of a list of names just before a defined term's name: "Acme LLC and ", "Acme LLC, "
LIST_BEFORE = regex_cache.compile(r"""(?:,|\b(?:and|&))\s*$""", re.VERBOSE | re.IGNORECASE)

#: A plural last word of a term, a group's: "Trusts" of "DM Trusts", "Funds" (not "Class")
PLURAL_TERM = regex_cache.compile(r"""[a-z](?<![su])s$""", re.VERBOSE)


def names_a_list(term: str, name: str, before: str) -> bool:
    """Whether a defined term stands for a whole list of names rather than its last name: a
    plural term, not a word of that name, after a list ('Acme LLC and Beta LLC (the "Acme
    Trusts")').

    >>> names_a_list("Acme Trusts", "Beta Trust Holder, LLC", "Acme Trust Holder, LLC and ")
    True
    >>> names_a_list("Acme Trusts", "Beta Trust Holder, LLC", "The shares of ")
    False
    >>> names_a_list("Acme Partners", "Acme Partners, L.P.", "Jane Roe and ")
    False
    """
    words = term.split()
    if not words or not PLURAL_TERM.search(words[-1]):
        return False
    if words[-1].lower() in NAME_WORD.findall(name.lower()):
        return False
    return LIST_BEFORE.search(before[-200:]) is not None


#: A leading article before a term used in prose: "the " of "the Acme Trusts"
LEADING_THE = regex_cache.compile(r"""^\s*the\s+""", re.VERBOSE | re.IGNORECASE)


def _term_of_list(blk: SourceText, term) -> bool:
    """Whether a defined term of ``blk`` (read in a sentence: its evidence) follows a list of
    names and stands for all of them (:func:`names_a_list`)."""
    if term.evidence.start is None or term.evidence.end is None:
        return False
    a, b = blk.text_pos(term.evidence.start), blk.text_pos(term.evidence.end)
    sentence = " ".join(blk.text[max(a, 0):max(b, 0)].split())
    at = sentence.find(term.name)
    return at > 0 and names_a_list(term.term, term.name, sentence[:at])


#: The most words of a reporting person's short name in an amendment: "Acme", "Acme Coast"
MAX_SHORT_WORDS = 3

#: First words that make no short name of one filer: a kind of party or a role ("the Fund",
#: "the Trust", "Capital", "the Partnership", "the Bank" are any fund, trust, ... of the
#: filing), an article, a legal form
GENERIC_SHORT_WORDS = frozenset("""
    the a an fund funds trust trusts partnership partnerships partners partner company companies
    capital group holdings holding bank banks foundation investors investor investments
    investment management manager managers advisors advisers adviser advisor associates
    corporation corp master offshore onshore feeder account accounts entity entities estate
    family vehicle portfolio series llc lp inc ltd limited general reporting person persons
    issuer registrant filer filers shares stock units securities
""".split()) | ROLE_ONLY_WORDS | GENERIC_HOLDER_WORDS


def filer_by_leading_words(name: str, filers: Sequence[Party], book: PartyBook,
                           sentence: str = "") -> Optional[Party]:
    """The one organization among ``filers`` whose name opens with the words of ``name`` (a
    short name with no legal form), if no other party of ``book`` opens so: amendments call
    their reporting persons by the short names the original statement defined ("Acme" for
    "Acme Partners", "Beta" for "Beta Holding Corporation") without defining them again. Not
    where ``sentence``, which says ``name``, names that organization by more of its words too:
    "the general partner of Acme Partners and Acme" names two parties.

    >>> from graphkit.parsers.xmldoc import add_party
    >>> book = PartyBook()
    >>> acme = add_party(book, "Acme Partners", roles=["reporting_person"])
    >>> beta = add_party(book, "Beta Holding Corporation", roles=["reporting_person"])
    >>> filer_by_leading_words("Acme", [acme, beta], book).name
    'Acme Partners'
    >>> beta2 = add_party(book, "Beta Investors LLC", roles=["named"])
    >>> filer_by_leading_words("Beta", [acme, beta], book) is None   # two parties open so
    True
    >>> filer_by_leading_words("Partners", [acme, beta], book) is None
    True
    >>> filer_by_leading_words("Acme", [acme], book, "the partner of Acme Partners and Acme")
    """
    words = name.split()
    if not 0 < len(words) <= MAX_SHORT_WORDS or TRAILING_LEGAL_FORM.search(name) or \
            not name[:1].isupper() or words[0].lower().strip(".,") in GENERIC_SHORT_WORDS:
        return None
    key = [w.lower() for w in words]

    def opens(p: Party) -> bool:
        other = [w.lower() for w in p.name.split()]
        return len(other) > len(key) and other[:len(key)] == key

    found = [p for p in filers if p.kind is PartyKind.ORGANIZATION and opens(p)]
    if len(found) != 1 or sum(1 for p in book.parties if opens(p)) != 1:
        return None
    longer = " ".join(w.strip(",.") for w in found[0].name.lower().split()[:len(key) + 1])
    return None if longer in " ".join(sentence.lower().split()) else found[0]  # "Acme Partners"


def _resolve(name: str, book: PartyBook, terms: dict[str, str],
             evidence: Evidence, filers: Sequence[Party] = ()) -> Optional[Party]:
    party = find_party(book, name)
    if party is not None:
        return party
    if book.is_ambiguous(name):
        return None  # "Mr. Doe" of two persons named Doe: not guessed
    short = TRAILING_LEGAL_FORM.sub("", name)
    full = terms.get(name_key(name)) or terms.get(name_key(short))
    if full is None and short != name and find_party(book, short) is not None:
        return find_party(book, short)
    if full is not None:
        if find_party(book, full) is None and legal_form_only(full):
            return None  # 'Acme Fund (Cayman Islands) L.P. ("Fund")' read as "L.P.": no party
        party = find_party(book, full) or add_party(book, full, roles=["named"],
                                                    evidence=evidence)
        book.bind_term(name, party.name, evidence=evidence)
        return party
    if not name[:1].isupper() and not name[:1].isdigit() or legal_form_only(name):
        return None  # "L.P." alone: the words of its name were not read
    if generic_name(name):
        return None  # "the Fund" of a filing that defines no such term: which fund is unknown
    party = filer_by_leading_words(name, filers, book, evidence.text)  # after the own terms
    if party is not None:
        return party
    return add_party(book, name, roles=["named"], evidence=evidence)


def _unbound(f: ProseFinding, name: str, place: Optional[str]) -> FilingWarning:
    """The warning that ``name``, of ``f`` read in a block at ``place`` ("footnote F3"), binds
    to no party: the relation is not read."""
    ev, holder = f.evidence, name == f.holder
    at = f"{ev.source}:{ev.line}" + (f" ({place})" if place else "")
    said = unbound_message(name, f.relation.value, holder)
    return FilingWarning(code=UNBOUND_HOLDER if holder else UNBOUND_HELD, source=ev.source,
                         line=ev.line, message=f"{at}: {said} ({ev.text[:80]!r})")


def add_prose_claims(blocks: list[SourceText], book: PartyBook, claims: list[Claim],
                     issuer_id: Optional[str], as_of=None, filers: Sequence[Party] = (),
                     places: Sequence[str] = ()) -> list[FilingWarning]:
    """Add the relationships stated in prose ``blocks`` (comments, footnotes, items) as claims.

    Defined terms from every block are read first, so a term defined in Item 2 resolves in a
    footnote. Names not yet in ``book`` become ``named`` parties. Record-holder findings (empty
    ``held``) point at the issuer. A claim already present (same relation, source, target) is
    not repeated.

    ``filers`` are the parties the form calls "the Reporting Person(s)" (:func:`filer_parties`),
    unless the filing binds that term to a party itself. Returns a warning for a relationship
    of "the Reporting Person" left out because several persons report, and one for each name
    left unread because it may name several parties (:meth:`PartyBook.is_ambiguous`: "Mr.
    Doe" of two persons, "Acme Fund IV, L.P." of two CIKs), and one for each name read as a
    legal form alone ("L.P.": :func:`~graphkit.parsers.prose_name_patterns.legal_form_only`),
    which is no party, one for each generic word that no term of the filing binds ("the
    Fund": :func:`~graphkit.parsers.generic_terms.generic_name`), which is no party either,
    and one for each relation of a partnership stated of a person ("general
    partner of Jane Roe": :func:`~graphkit.relations.held_kind_fits`), which is not read. A
    name that binds to no party and is not made one (a group the filing never lists: "the
    reporting person is a trustee of GRATs") gets the text filings' warning
    (:func:`~graphkit.parsers.prose_unbound.unbound_message`), naming the block by its place
    in ``places`` ("footnote F3", one for each block) when given.
    """
    from graphkit.parsers import prose  # lazy: a broken prose module fails only prose claims
    from graphkit.parsers.schedule13_claims import expand_collective

    terms: dict[str, str] = {}
    list_terms: set[str] = set()
    for blk in blocks:
        book.note_honorifics(blk.text)
    defined = [(blk, t) for blk in blocks for t in prose.find_defined_terms(blk)
               if not t.collective]
    clauses = {id(t): blk.text[blk.text_pos(t.evidence.start):blk.text_pos(t.evidence.end)]
               if t.evidence.start is not None and t.evidence.end is not None
               else t.evidence.text for blk, t in defined}
    # "Old Acme" of a filer "Acme Corp."
    former = predecessor_terms([t for _, t in defined], lambda t: clauses[id(t)])
    for blk, t in defined:
        if _term_of_list(blk, t):  # 'A LLC and B LLC (the "Acme Trusts")': both, never
            list_terms.add(name_key(t.term))  # B alone; not read as one party either
            continue
        terms.setdefault(name_key(t.term), t.name)
        party = find_party(book, t.name)
        if t in former and party is not None and book.lookup(t.term, fuzzy=False) is None:
            book.bind_former(t.term, t.name, evidence=t.evidence)  # (no party so named: none)
            continue
        if party is not None and book.lookup(t.term, fuzzy=False) is None:
            book.bind_term(t.term, party.name, evidence=t.evidence)
    groups = [g for blk in blocks for g in prose.find_collective_terms(blk)]

    def resolve_all(name: str, evidence: Evidence) -> list[Party]:
        """The party a name means, or each member of a group name ("the Funds"); a group
        the filing does not define expands to nothing, so no claim ends at a group."""
        by_role = filer_parties(name, filers)
        if by_role is not None:
            full = terms.get(name_key(FILER_TERM.match(name.strip())["term"]))
            bound = book.lookup(name, fuzzy=False) or (full and _resolve(full, book, terms,
                                                                         evidence))
            if bound:  # the filing's own term: 'Jane Roe (the "Reporting Person")'
                return [bound]
            members = expand_collective(name, groups, book) or []  # a group the filing lists
            if not by_role and EACH_FILER.search(evidence.text):
                by_role = list(filers)  # "Each Reporting Person is ...": every filer
            if not members and not by_role and len(filers) > 1:
                unread.append(evidence)
            return members or by_role
        members = expand_collective(name, groups, book,  # each fund of "the Funds", named or not
                                    lambda member: _resolve(member, book, terms, evidence, filers))
        if members == []:
            silent.add(name)  # "GRATs" of a filing that lists none: no party, a warning
        if members is not None:
            return members
        if name_key(LEADING_THE.sub("", name)) in list_terms:
            return []
        party = _resolve(name, book, terms, evidence, filers)
        if party is None and name not in unbound and book.is_ambiguous(name):
            unbound[name] = evidence  # "Acme Fund IV, L.P." of two CIKs: neither
        form = terms.get(name_key(name), name)
        if party is None and name not in cut and legal_form_only(form):
            cut[name] = (form, evidence)  # "L.P." of a name not read whole: no party, a warning
        if party is None and form == name and generic_name(name):
            generic.setdefault(name, evidence)  # "the Fund", no term "Fund": no party, a warning
        elif party is None and name not in unbound and name not in cut:
            silent.add(name)  # "acme fund" in lower case: no name read
        return [party] if party is not None else []

    unread: list[Evidence] = []
    unbound: dict[str, Evidence] = {}  # names of several parties, left unread
    cut: dict[str, tuple[str, Evidence]] = {}  # names read as a legal form alone, left unread
    generic: dict[str, Evidence] = {}  # generic words no term binds ("the Fund"): unread
    misfits: dict[tuple[Relation, str], Evidence] = {}  # a person read as a partnership
    silent: set[str] = set()  # names bound to no party, no warning of their own yet
    dropped: dict[str, FilingWarning] = {}  # the warnings of those names, one a name
    seen = {(c.relation, c.source, c.target) for c in claims}
    for k, blk in enumerate(blocks):
        for f in prose.find_relationships(blk):
            if f.held and filer_parties(f.held, filers) is not None:
                # the filer side first: of an ambiguous "Reporting Person", the other side of
                # the dropped relationship is not made a party
                helds = resolve_all(f.held, f.evidence)
                holders = resolve_all(f.holder, f.evidence) if helds else []
            else:
                holders = resolve_all(f.holder, f.evidence)
                helds = ([book.get(issuer_id)] if not f.held and issuer_id else
                         resolve_all(f.held, f.evidence) if f.held and holders else [])
                if f.pattern == SHORT_FORM and not all(held_company(p.name) for p in helds):
                    helds = []  # "owns 60% of Beta": Beta Master Fund Ltd. is no company owned
            for name, parties in ((f.holder, holders), (f.held, helds)):
                if name in silent and not parties and name not in dropped:
                    dropped[name] = _unbound(f, name, places[k] if k < len(places) else None)
            for holder in holders:
                for held in helds:  # the role read for the party bound, not for its term
                    rel, title = held_relation(f.relation, f.title, f.role, held.name)
                    key = (rel, holder.id, held.id)
                    if holder.id == held.id or key in seen:
                        continue
                    if not held_kind_fits(rel, held.kind):  # "general partner of Jane Roe"
                        misfits.setdefault((rel, held.name), f.evidence)
                        continue
                    seen.add(key)
                    claims.append(Claim(id=next_claim_id(claims), relation=rel,
                                        source=holder.id, target=held.id, shares=f.shares,
                                        percent=f.percent, title=title, note=f.note,
                                        as_of=as_of,
                                        evidence=[f.evidence]))
    warnings = drop_former_statements(claims, book)  # a former company's: history only
    warnings += list(dropped.values())
    warnings += [FilingWarning(
        code="ambiguous-name", source=ev.source, line=ev.line,
        message=f"{ev.source}:{ev.line}: {name!r} may name more than one party of the filing; "
                f"the relation stated about it is not read") for name, ev in unbound.items()]
    warnings += [FilingWarning(
        code="legal-form-name", source=ev.source, line=ev.line,
        message=f"{ev.source}:{ev.line}: {name!r} was read as a legal form alone ({form!r}), the "
                f"words of its name not read; the relation stated about it is not read")
        for name, (form, ev) in cut.items()]
    warnings += [FilingWarning(
        code="generic-name", source=ev.source, line=ev.line,
        message=f"{ev.source}:{ev.line}: {name!r} is a generic word, no term of the filing read "
                f"binds it to a party; the relation stated about it is not read ({ev.text[:80]!r})")
        for name, ev in generic.items()]
    warnings += [FilingWarning(
        code=HELD_PERSON, source=ev.source, line=ev.line,
        message=f"{ev.source}:{ev.line}: {held_person_message(rel, name)} ({ev.text[:80]!r})")
        for (rel, name), ev in misfits.items()]
    if not unread:
        return warnings
    ev = unread[0]
    return warnings + [FilingWarning(
        code="reporting-person-ambiguous", source=ev.source, line=ev.line,
        message=f"{ev.source}:{ev.line}: {len(unread)} relationship(s) of \"the Reporting "
                f"Person\" not read: {len(filers)} persons report, so which one is meant is "
                f"not known ({ev.text[:80]!r})")]
