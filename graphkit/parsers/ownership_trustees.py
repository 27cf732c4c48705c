"""A trust named in a nature of ownership the way its account is titled: with the date of its
agreement and its trustees after the name (Forms 3, 4 and 5).

"Roe Family Trust dtd 4/15/2014, Jane Roe and John Roe TTEE" names the Roe Family Trust as the
holder of a line's shares; the date is no part of the trust's name (it is left out wherever the
trust is named again) and each trustee named is ``trustee_of`` the trust, as prose naming a
trust with its trustees ("the Roe Family Trust, Jane Roe and John Doe, Co-Trustees") gives.
:func:`split_trust_nature` reads the nature; :func:`add_trustee_claims` adds the claims. A
co-trustee of the reporting owner's is a controller of the trust that holds the shares too: a
party of its own, ``trustee_of`` the trust.

Only a tail that reads as trustees is split off: persons' names, companies' names ("Acme Trust
Company, N.A."), "the Reporting Person" or a relative ("Spouse"), joined by commas and "and",
before "Trustee(s)", "Co-Trustees" or the abbreviation "TTEE(S)". A bank as trustee with no
trust before it ("Acme Trust Company, N.A., Trustee") names no trust of its own and is left to
the holder rules (no holder).

Examples
--------
>>> split_trust_nature("Roe Family Trust dtd 4/15/2014, Jane Roe and John Roe TTEE")
NatureTrust(trust='Roe Family Trust', trustees=('Jane Roe', 'John Roe'))
>>> split_trust_nature("Roe Family Trust") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.models import Claim, Evidence, Party, PartyKind, PartyRole
from graphkit.names import guess_kind, org_words
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose_aside_patterns import TRUST_DATE
from graphkit.parsers.xmldoc import NAME_WORD, add_party, find_party, next_claim_id
from resolvers.given_names import same_given_name

#: The trustee word that ends a trust's title, with the blank or comma before it: ", Trustees",
#: " TTEE", " TTEES", ", as Co-Trustees", " Successor Trustee" (the names before it are the
#: trustees: "Roe Family Trust, Jane Roe TTEE")
TRUSTEE_TAIL = regex_cache.compile(r"""
    (?:\s*+,\s*+|\s++)(?:as\s++)?(?:co-?|successor\s++)?(?:trustees?|ttees?)\.?$
""", re.VERBOSE | re.IGNORECASE)

#: What may follow the date of a trust's agreement in its title: the end, or a comma before the
#: trustees (", Jane Roe TTEE" of "Roe Trust dtd 1/1/2000, Jane Roe TTEE")
DATE_END = regex_cache.compile(r"""\s*+(?:,|$)""", re.VERBOSE)

#: A word that makes a name a trust's (or a foundation's, which has trustees too): "Roe Family
#: Trust", "Roe Charitable Unitrust", "Roe Foundation"
TRUST_NAME_WORD = regex_cache.compile(r"""\b(?:trust|unitrust|foundation)\b""",
                                      re.VERBOSE | re.IGNORECASE)

#: A trust's name that ends on its trust word: "Roe Family Trust", "Roe Foundation" (not "Acme
#: Trust Company", not "Roe Trust II", which are read only with a trustee named)
TRUST_END = regex_cache.compile(r"""\b(?:trust|unitrust|foundation)$""", re.VERBOSE | re.IGNORECASE)

#: The organization words of a trust's name (:func:`~graphkit.names.org_words`); any other
#: ("company", "bank") makes it a company's
TRUST_ORG_WORDS = frozenset({"trust", "unitrust", "foundation"})

#: What joins the trustees of a title: "Jane Roe and John Roe", "Jane Roe, John Roe & Mary Major",
#: "Jane Roe, John Roe, and Mary Major"
TRUSTEE_JOIN = regex_cache.compile(r"""\s*+,\s*+(?:(?:and|&)\s++)?|\s++(?:and|&)\s++""",
                                   re.VERBOSE | re.IGNORECASE)

#: A trustee's name: two to five capitalized words, initials and suffixes ("Jane Q. Roe Jr",
#: "JOHN O'NEIL", "Mary Roe-Major"); no digits
PERSON_TRUSTEE = regex_cache.compile(r"""
    ^[A-Z][A-Za-z.'’\-]*+(?:\s[A-Z][A-Za-z.'’\-]*+){1,4}$
""", re.VERBOSE)

#: A legal form printed alone after the comma of a company's name, no trustee of its own: "N.A."
#: of "Acme Trust Company, N.A.", "Inc.", "L.L.C.", "National Association"
FORM_ONLY = regex_cache.compile(r"""
    ^(?:N\.?[ ]?A|National\s++Association|Inc|Incorporated|L\.?[ ]?L\.?[ ]?C|L\.?[ ]?P|Ltd
       |Limited|Co|Corp|Corporation|F\.?S\.?B)\.?$
""", re.VERBOSE | re.IGNORECASE)

#: How many words a co-trustee's name may have to be read as a person's, a party of its own
#: (:func:`add_co_trustees`): "Jane Roe" to "Jane Q. Roe Jr"; five is more likely a phrase
CO_TRUSTEE_WORDS = (2, 4)

#: A first name alone, sharing the surname of the trustee after it: "Jane" of "Jane and John Roe"
#: (not a trustee's word: "Trustee" of "John Doe, Trustee, and Jane Roe")
FIRST_NAME_ONLY = regex_cache.compile(r"""
    ^(?!(?:Trustees?|Ttees?|Successor|Co)$)[A-Z][a-z]++$
""", re.VERBOSE)

#: The reporting person named as a trustee by the form's own term: "Reporting Person", "the
#: Reporting Person", "Self"
REPORTING_TRUSTEE = regex_cache.compile(r"""^(?:(?:the\s+)?reporting\s+person|self)$""",
                                        re.VERBOSE | re.IGNORECASE)

#: The reporting persons named as trustees, which of a form's owners not said: "Reporting
#: Persons", "the Reporting Persons"
REPORTING_TRUSTEES = regex_cache.compile(r"""^(?:the\s+)?reporting\s+persons$""",
                                         re.VERBOSE | re.IGNORECASE)

#: A relative named as a trustee, who is no party of the form: "Spouse", "his wife"
RELATIVE_TRUSTEE = regex_cache.compile(r"""
    ^(?:(?:his|her|their|rp's|rp’s)\s+)?(?:spouse|wife|husband)$
""", re.VERBOSE | re.IGNORECASE)

#: A generational suffix of a person's name: "Jr" of "Roe John A Jr", "III", "Sr."
GENERATION = regex_cache.compile(r"""\b(jr|sr|ii|iii|iv)\b""", re.VERBOSE | re.IGNORECASE)

#: The generational suffixes :data:`GENERATION` finds, lower-cased: no given name nor surname
GENERATION_WORDS = frozenset({"jr", "sr", "ii", "iii", "iv"})

#: How :attr:`NatureTrust.trustees` names the reporting person ("Roe Trust, Reporting Person and
#: Spouse, TTEES"): the form's owner when it has only one
REPORTING_PERSON = "Reporting Person"


class NatureTrust(BaseModel):
    """A trust named in a nature of ownership and the trustees named with it."""

    model_config = ConfigDict(frozen=True)

    trust: str  # the trust's name without its date: "Roe Family Trust"
    #: the trustees as printed, persons only ("Jane Roe"), or :data:`REPORTING_PERSON`
    trustees: tuple[str, ...] = ()


def split_trust_nature(name: str) -> Optional[NatureTrust]:
    """The trust a nature of ownership (its lead and footnote marks already off) names with
    its date or trustees, or None when it names neither (or not in a way read here).

    The date of the trust's agreement (:data:`~graphkit.parsers.prose_aside_patterns.
    TRUST_DATE`) is left out; a trustee tail (:data:`TRUSTEE_TAIL`) is split off at the first
    comma after a trust's word where the rest reads as trustees (:func:`read_trustees`). The
    trust returned is still to be checked as a holder's name.

    >>> split_trust_nature("Roe Trust u/a/d 1/1/2000")
    NatureTrust(trust='Roe Trust', trustees=())
    >>> split_trust_nature("Roe Trust, Reporting Person and Spouse, TTEES").trustees
    ('Reporting Person',)
    >>> split_trust_nature("Acme Trust Company, N.A., Trustee") is None
    True
    >>> split_trust_nature("Jane Roe, Trustee") is None, split_trust_nature("Roe 2012 Trust")
    (True, None)
    """
    bare = strip_trust_date(name)
    if bare is None:
        return None  # "Roe Trust dtd 1/1/2000 FBO Jane Roe": not a title read here
    tail = TRUSTEE_TAIL.search(bare)
    if tail is None:
        return NatureTrust(trust=bare) if bare != name.strip() and bare else None
    before = bare[:tail.start()].strip()
    word = TRUST_NAME_WORD.search(before)
    comma = before.find(",", word.end()) if word else -1
    trust = before[:comma].strip() if comma >= 0 else before
    if word is None or "," in trust or not is_trust_name(trust):
        return None  # "Acme Trust Company, N.A., Trustee": a bank, no trust of its own
    if comma < 0:  # "Roe Family Trust TTEE": the trust, its trustee unnamed
        return NatureTrust(trust=trust) if TRUST_END.search(trust) else None
    trustees = read_trustees(before[comma + 1:])
    return NatureTrust(trust=trust, trustees=trustees) if trustees is not None else None


@lru_cache(maxsize=1024)  # read twice per nature: by nature_holder, then split_trust_nature
def strip_trust_date(name: str) -> Optional[str]:
    """``name`` without the date of a trust's agreement that ends it or comes before a comma
    (:data:`~graphkit.parsers.prose_aside_patterns.TRUST_DATE`), ``name`` itself when it has
    none, None when a date is elsewhere or printed twice.

    >>> strip_trust_date("Jane Roe, Trustee of the Roe Trust dtd 4/15/2014")
    'Jane Roe, Trustee of the Roe Trust'
    >>> strip_trust_date("Roe Trust"), strip_trust_date("Roe Trust dtd 1/1/2000 FBO Jane Roe")
    ('Roe Trust', None)
    """
    dates = list(TRUST_DATE.finditer(name))
    if len(dates) > 1 or dates and not DATE_END.match(name, dates[0].end()):
        return None
    return (name[:dates[0].start()] + name[dates[0].end():] if dates else name).strip()


def is_trust_name(name: str) -> bool:
    """Whether ``name`` is a trust's (or foundation's): a trust word and no other organization
    word ("Roe Trust Company" is a company).

    >>> is_trust_name("Roe Family Trust"), is_trust_name("Roe Trust II")
    (True, True)
    >>> is_trust_name("Roe Trust Company"), is_trust_name("Jane Roe")
    (False, False)
    """
    words = org_words(name)
    return bool(TRUST_NAME_WORD.search(name)) and words <= TRUST_ORG_WORDS


def read_trustees(text: str) -> Optional[tuple[str, ...]]:
    """The persons and companies a trustee tail names, or None when a part of it is none of
    them nor the reporting person nor a relative (a description, a trust). A first name alone
    takes the surname of the two-word name after it ("Jane and John Roe"); a relative names
    nobody; a legal form after a comma is part of the company's name before it
    (:data:`FORM_ONLY`).

    >>> read_trustees(" Jane Roe, John Q. Roe & Mary Major")
    ('Jane Roe', 'John Q. Roe', 'Mary Major')
    >>> read_trustees("Jane and John Roe"), read_trustees("the Reporting Person and his spouse")
    (('Jane Roe', 'John Roe'), ('Reporting Person',))
    >>> read_trustees(" Jane Roe and Acme Trust Company, N.A.")
    ('Jane Roe', 'Acme Trust Company, N.A.')
    >>> read_trustees("Jane"), read_trustees(""), read_trustees("Jane Roe and the Roe Trust")
    (None, None, None)
    >>> read_trustees("John Roe Trustee, Jane Roe"), read_trustees("Reporting Persons")
    (('John Roe', 'Jane Roe'), ())
    """
    parts: list[str] = []
    for p in TRUSTEE_JOIN.split(text.strip()):
        p = TRUSTEE_TAIL.sub("", p.strip())
        if parts and FORM_ONLY.match(p) and _is_company(parts[-1]):
            parts[-1] = f"{parts[-1]}, {p}"  # "Acme Trust Company" / "N.A."
        else:
            parts.append(p)
    if not parts or not all(parts):  # "John Roe Trustee, Jane Roe": each part a trustee
        return None
    last = parts[-1].split()
    names: list[str] = []
    for k, part in enumerate(parts):
        if REPORTING_TRUSTEE.match(part):
            names.append(REPORTING_PERSON)
        elif RELATIVE_TRUSTEE.match(part) or REPORTING_TRUSTEES.match(part):
            continue  # a relative, or the reporting persons (which of them is not said)
        elif FIRST_NAME_ONLY.match(part) and len(last) == 2 and k < len(parts) - 1 and \
                _is_person(f"{part} {last[1]}"):
            names.append(f"{part} {last[1]}")  # "Jane" of "Jane and John Roe"
        elif _is_person(part) or _is_company(part):
            names.append(part)
        else:
            return None
    return tuple(dict.fromkeys(names))


def _is_company(name: str) -> bool:
    """Whether a trustee's name reads as a company's: capitalized, with an organization word
    other than a trust's ("Acme Trust Company", "Acme Bank, N.A."); a trust is no trustee here.

    >>> _is_company("Acme Trust Company, N.A."), _is_company("Acme Bank")
    (True, True)
    >>> _is_company("Roe Family Trust"), _is_company("Jane Roe"), _is_company("Trustee")
    (False, False, False)
    >>> _is_company("Inc.")  # a legal form alone ("Jane Roe, Inc."): whose?
    False
    """
    return name[:1].isupper() and bool(org_words(name) - TRUST_ORG_WORDS - {"trustee"}) and \
        not FORM_ONLY.match(name)


def _is_person(name: str) -> bool:
    """Whether a trustee's name reads as a person's (:data:`PERSON_TRUSTEE`, no organization
    word).

    >>> _is_person("Jane Q. Roe"), _is_person("Acme Bank"), _is_person("Trustee Roe")
    (True, False, False)
    """
    return bool(PERSON_TRUSTEE.match(name)) and not org_words(name) and \
        not TRUSTEE_TAIL.search(" " + name.split()[0]) and guess_kind(name) is PartyKind.PERSON


def add_trustee_claims(book: PartyBook, claims: list[Claim], owners: Sequence[Party],
                       trust: Party, trustees: Sequence[str], evidence: Evidence,
                       nature: Optional[Evidence] = None) -> None:
    """Add a ``trustee_of`` claim to ``trust`` from the reporting owner of a form with one, when
    named among its trustees (:func:`trustee_owner`; "Reporting Person" is that owner), and
    from each co-trustee named with that owner (:func:`add_co_trustees`). A form of two owners
    or more gives none: joint filers who are co-trustees of one trust would be joined into one
    family whose reports ``graphkit controllers`` adds up. The owner's claim has a note naming
    the co-trustees ("co-trustee named: John Roe"). Two names read as one owner ("John Roe Jr
    and John Roe III" for "Roe John") give none; a claim already made is not made again.
    ``nature``: the evidence of the nature of ownership, the co-trustees' (``evidence`` when
    None).

    >>> from graphkit.source import SourceText
    >>> book = PartyBook(); jane = book.add("Roe Jane Q"); trust = book.add("Roe Family Trust")
    >>> ev = SourceText("f4.xml", "x").evidence(0, 1)
    >>> claims = []
    >>> add_trustee_claims(book, claims, [jane], trust, ["Jane Roe", "John Doe"], ev)
    >>> [(book.get(c.source).name, c.relation.value, book.get(c.target).name, c.note)
    ...  for c in claims]  # doctest: +NORMALIZE_WHITESPACE
    [('Roe Jane Q', 'trustee_of', 'Roe Family Trust',
      'named trustee in the nature of ownership; co-trustee named: John Doe'),
     ('John Doe', 'trustee_of', 'Roe Family Trust', 'co-trustee named in the nature of
      ownership')]
    """
    if len(owners) != 1:  # joint filers both trustees of one trust: a trust they share would
        return            # join their reports into one family's sum (review s25-trust-2)
    found = [(name, owners[0] if len(owners) == 1 else None) if name == REPORTING_PERSON
             else (name, trustee_owner(book, owners, name)) for name in trustees]
    named = False  # the owner is one of the trustees
    for name, person in found:
        if person is not None and sum(1 for _, p in found if p is person) > 1:
            continue  # "John Roe Jr and John Roe III" for the owner "Roe John": which is he?
        if person is None or person.kind is not PartyKind.PERSON or \
                PartyRole.ISSUER in person.roles:
            continue
        named = True
        if _has_trustee_claim(claims, person, trust):
            continue
        others = [t for t in trustees if t != name and t != REPORTING_PERSON]
        note = "named trustee in the nature of ownership" + (
            f"; co-trustee named: {', '.join(others)}" if others else "")
        claims.append(Claim(id=next_claim_id(claims), relation="trustee_of", source=person.id,
                            target=trust.id, note=note, evidence=[evidence]))
    if named:
        add_co_trustees(book, claims, owners[0], trust,
                        [name for name, person in found if person is None], nature or evidence)


def add_co_trustees(book: PartyBook, claims: list[Claim], owner: Party, trust: Party,
                    names: Sequence[str], evidence: Evidence) -> None:
    """Add each co-trustee the reporting ``owner`` is named with as a party ``trustee_of``
    ``trust``: a controller of the trust that holds the shares. Only a name that is clearly a
    person's (:data:`CO_TRUSTEE_WORDS`, read by :func:`read_trustees`) and not the owner's in
    another spelling (:func:`maybe_owner`), or a company's ("Acme Trust Company, N.A.", an
    organization party).

    >>> from graphkit.source import SourceText
    >>> book = PartyBook(); jane = book.add("Roe Jane Ann"); trust = book.add("Roe Trust")
    >>> ev = SourceText("f4.xml", "x").evidence(0, 1)
    >>> claims = []
    >>> add_co_trustees(book, claims, jane, trust, ["J. A. Roe", "John Doe",
    ...                 "Acme Trust Company, N.A."], ev)
    >>> [(book.get(c.source).name, book.get(c.source).kind.value) for c in claims]
    [('John Doe', 'person'), ('Acme Trust Company, N.A.', 'organization')]
    """
    low, high = CO_TRUSTEE_WORDS
    for name in names:
        if name == REPORTING_PERSON:
            continue
        if not _is_company(name) and (not low <= len(name.split()) <= high or
                                      maybe_owner(name, owner.name)):
            continue  # "J. A. Roe" of the owner "Roe Jane Ann": maybe she, spelled anew
        known = find_party(book, name)
        if known is not None and (known is owner or known is trust or
                                  PartyRole.ISSUER in known.roles):
            continue
        party = add_party(book, name, roles=["named"], evidence=evidence)
        if not _has_trustee_claim(claims, party, trust):
            claims.append(Claim(id=next_claim_id(claims), relation="trustee_of",
                                source=party.id, target=trust.id,
                                note="co-trustee named in the nature of ownership",
                                evidence=[evidence]))


def maybe_owner(name: str, owner: str) -> bool:
    """Whether a trustee's ``name`` that is not the ``owner``'s as printed may still be hers:
    it ends with a word of the owner's name (her surname, in either order) and opens with
    another, or its initial, or a nickname of it ("Jim Roe" for "Roe James").

    >>> maybe_owner("J. A. Roe", "Roe Jane Ann"), maybe_owner("Jim Roe", "ROE JAMES")
    (True, True)
    >>> maybe_owner("John Roe", "Roe Jane"), maybe_owner("Diana Walsh", "WALKER JOHN KENT")
    (False, False)
    """
    mine = [w for w in NAME_WORD.findall(owner.lower()) if w not in GENERATION_WORDS]
    theirs = [w for w in NAME_WORD.findall(name.lower()) if w not in GENERATION_WORDS]
    if len(theirs) < 2 or theirs[-1] not in mine:
        return False
    first = theirs[0]
    return any(same_given_name(first, w) or (len(first) == 1 or len(w) == 1) and
               first[0] == w[0] for w in mine if w != theirs[-1])


def _has_trustee_claim(claims: Sequence[Claim], party: Party, trust: Party) -> bool:
    return any(c.relation.value == "trustee_of" and c.source == party.id
               and c.target == trust.id for c in claims)


def trustee_owner(book: PartyBook, owners: Sequence[Party], name: str) -> Optional[Party]:
    """The reporting owner a trustee's name is (:func:`~graphkit.parsers.xmldoc.find_party`),
    None when it is no owner's or its generational suffix is not the owner's ("John Roe Sr"
    is not the owner "Roe John A Jr"; "John Roe Jr" may be the owner "Roe John A").

    >>> book = PartyBook(); john = book.add("Roe John A Jr")
    >>> [trustee_owner(book, [john], n).name for n in ("John Roe Jr", "John Roe")]
    ['Roe John A Jr', 'Roe John A Jr']
    >>> trustee_owner(book, [john], "John Roe Sr") is None
    True
    """
    person = find_party(book, name)
    if person is None or not any(person.id == owner.id for owner in owners):
        return None
    mine = {m.lower() for m in GENERATION.findall(person.name)}
    theirs = {m.lower() for m in GENERATION.findall(name)}
    return None if mine and theirs and mine != theirs else person
