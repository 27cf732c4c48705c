"""The capacity a signer signs in, as the signature and the lines under it print it: a name
typed between slashes, a signature by an attorney-in-fact for the party named first, a
printed name run together with its title, and capacity lines naming the party ("Senior Vice
President, Acme Holdings, Inc.", "Attorney in Fact for Jane Q. Roe pursuant to Power of
Attorney").

:mod:`graphkit.parsers.signatures` walks a signature block; this module reads what one
signature line or capacity line says. A signature by power of attorney is recorded as the Forms
3/4/5 reader records it (:mod:`graphkit.parsers.ownership_owners`): the attorney as the signer,
the title "Attorney-in-Fact", and the party signed for.

Examples
--------
>>> slashed_signer("By:  --//Jane Q. Roe//--")
'Jane Q. Roe'
>>> read_signed_name("/Jane Q. Roe, by John Doe, Attorney-in-Fact")
SignedName(signer='John Doe', title='Attorney-in-Fact', principals=['Jane Q. Roe'])
>>> read_signed_name("Jane Q. Roe Chief Executive Officer")
SignedName(signer='Jane Q. Roe', title='Chief Executive Officer', principals=[])
>>> read_capacity("Senior Vice President, Acme Holdings, Inc.")
Capacity(title='Senior Vice President', party='Acme Holdings, Inc.', open_end=False)
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from graphkit import regex_cache
from graphkit.names import clean_name, org_words
from graphkit.parsers.prose import role_relations
from graphkit.parsers.ownership_owners import (ATTORNEY_SIGNATURE, PERSONS_JOINED, PRINCIPAL_FIRST,
                                              signed_for)
from graphkit.parsers.xmldoc import ABBREVIATION_END
from graphkit.parsers.signature_lines import TITLE_WORD, is_title_line, looks_like_person_name
from graphkit.parsers.signature_names import LEGAL_END, names_entity
from graphkit.parsers.signature_section import PROSE_LINE
from graphkit.parsers.signature_surname_first import (  # noqa: F401  (re-exported)
    SURNAME_FIRST, first_name_first)
from graphkit.parsers.signature_roles import (AGENT_FOR, ENTITY_ROLE, Agency, is_person_title,
                                              principal_person, read_agency, split_printed_run)
from resolvers.persons import SUFFIXES, match_persons, parse_person

#: An e-signature typed between slashes instead of after "/s/", on a line of its own or after
#: "By:": "By:  --//Jane Q. Roe//--", "/Jane Q. Roe/", "By: //Jane Roe//" (the name must read as
#: a person's: not "/X /" of a check box)
SLASHED_SIGNATURE = regex_cache.compile(r"""
    ^[ \t|]*(?:By:?[ \t|]*)?-{0,2}/{1,2}[ \t]*             # "By:  --//"
    (?P<name>[A-Za-z][^/\n]*?)[ \t]*/{1,2}-{0,2}[ \t]*\*?[ \t]*$  # "Jane Q. Roe//--"
""", re.I | re.VERBOSE)
#: The slash marks left around a name after "/s/": "/s/ /Jane Q. Roe/" reads "Jane Q. Roe"
NAME_SLASHES = regex_cache.compile(r"""^[ \t]*/+[ \t]*|[ \t]*/+[ \t]*$""", re.VERBOSE)
#: A signature line cut after "by", the attorney-in-fact signing on the next line: "/s/ Jane
#: Q. Roe, by" / "John Doe, Attorney-in-Fact"
OPEN_BY = regex_cache.compile(r"""[ \t,]by:?$""", re.I | re.VERBOSE)
#: A capacity line by power of attorney naming the party signed for, its authority after it
#: (group ``rest``, which may wrap onto the next line): "Attorney in Fact for Jane Q. Roe
#: pursuant to Power of", "as Attorney-in-Fact for Acme Fund, L.P.", "Attorney-in-fact on
#: behalf of Jane Roe"
ATTORNEY_FOR = regex_cache.compile(r"""
    ^[ \t]*(?:as[ \t]+)?(?:an?[ \t]+)?Attorney[ \t-]+in[ \t-]+Fact[ \t]+
    (?:for|on[ \t]+behalf[ \t]+of)[ \t]+
    (?P<party>[A-Z][^\n]*?)[ \t]*(?P<rest>(?:\bpursuant\b|\bunder\b|\(|\bdated\b)[^\n]*)?[ \t,;]*$
""", re.I | re.VERBOSE)
#: An officer's title and the party it is held in, on one line under the signer: "Senior Vice
#: President, Acme Holdings, Inc.", "Vice President of Acme Advisers, LLC" (the party must read
#: as an organization's name, with no word of prose: not "Chairman of the Board")
TITLE_OF_PARTY = regex_cache.compile(r"""
    ^[ \t]*(?P<title>[A-Z][A-Za-z&\- ]*?)          # "Senior Vice President"
    (?:[ \t]*,[ \t]*|[ \t]+of[ \t]+)(?P<party>[A-Z][^\n]*?)[ \t]*$  # ", Acme Holdings, Inc."
""", re.VERBOSE)
#: Where a capacity line may part into its title and its party: a comma or "of" ("Vice
#: President, Secretary and Treasurer, Acme Co." parts at either comma, "Vice President of Acme
#: Advisers, LLC" at "of"); :func:`split_title_party` tries each in turn
TITLE_PARTY_GAP = regex_cache.compile(r"""[ \t]*,[ \t]*|[ \t]+of[ \t]+""", re.VERBOSE)
#: The authority printed after the one party an attorney-in-fact signs for, no part of its
#: name: "Jane Roe pursuant to a Power of Attorney", "Jane Roe, under a power of attorney
#: dated May 1, 2019", "Jane Roe (pursuant to a power of attorney)", "Jane Roe; see Exhibit 24"
#: ("under" only before a power of attorney, so "Trust Under Will of Richard Roe" stays whole;
#: "dated" only before a date: "Jane Roe dated May 1, 2019", "dated as of 5/1/2019")
_AUTHORITY_WORD = r"""(?:pursuant\b
    |under[ \t]++(?:(?:a|an|the|that|such|his|her|its|their|[A-Za-z\-]+)[ \t]++){1,3}?power\b
    |dated[ \t]++(?:as[ \t]++of[ \t]++)?(?:[A-Za-z]{3,9}\.?[ \t]++\d|\d))"""
_AUTHORITY = rf"""(?:[ \t]*+(?:[;(]|,[ \t]++{_AUTHORITY_WORD})|[ \t]++{_AUTHORITY_WORD}).*"""
PRINCIPAL_AUTHORITY = regex_cache.compile(rf"""{_AUTHORITY}$""", re.I | re.VERBOSE)
#: :data:`PRINCIPAL_AUTHORITY` after a party signed for that may be a firm's, whose name may
#: hold a bracket ("Acme Fund (QP), L.P."): a bracket only before a word of authority ("Jane Roe
#: (pursuant to a power of attorney)")
SIGNED_FOR_AUTHORITY = regex_cache.compile(rf"""
    (?:[ \t]*+(?:;|\([ \t]*+(?={_AUTHORITY_WORD})|,[ \t]++(?={_AUTHORITY_WORD}))
      |[ \t]++(?={_AUTHORITY_WORD})).*$
""", re.I | re.VERBOSE)
#: The principal named again after the attorney's capacity, ending a signature that names
#: her first, with the authority after it (:data:`PRINCIPAL_AUTHORITY`, group ``authority``):
#: " for Roe, Jane" of "Jane Roe, by John Doe, attorney-in-fact for Roe, Jane", " for Jane Roe
#: pursuant to a power of attorney"
PRINCIPAL_AGAIN = regex_cache.compile(rf"""
    [ \t]+(?:for|on[ \t]+behalf[ \t]+of)[ \t]+(?P<again>[A-Za-z][^/()\n;]*?)
    (?P<authority>{_AUTHORITY})?[ \t.]*$
""", re.I | re.VERBOSE)
#: A part of a person's name after a comma: a generational suffix of the resolver's table
#: (:data:`resolvers.persons.SUFFIXES`), "Jr." of "Jane Roe, Jr.", "III", "3d" (not "Ph.D.",
#: "individually", "a Reporting Person": words about her)
NAME_SUFFIX_PART = regex_cache.compile(r"^[ \t]*(?:%s)\.?[ \t]*$" % "|".join(
    sorted((w for w, generation in SUFFIXES.items() if generation), key=len, reverse=True)),
    re.I)


def slashed_signer(line: str) -> Optional[str]:
    """The signer of an e-signature typed between slashes (:data:`SLASHED_SIGNATURE`), or None.

    >>> slashed_signer("/Jane Q. Roe/"), slashed_signer("  /X /  Rule 13d-1(c)")
    ('Jane Q. Roe', None)
    """
    m = SLASHED_SIGNATURE.match(line)
    if m is None or not looks_like_person_name(m["name"]):
        return None
    return clean_name(m["name"])


def same_person(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` name one person, in either order (:func:`~resolvers.persons.
    match_persons`: the same surname and given name, nothing in conflict).

    >>> same_person("Jane Roe", "Roe, Jane"), same_person("Jane Roe", "Richard Poe")
    (True, False)
    """
    m = match_persons(parse_person(a), parse_person(b))
    return not m.conflict and m.surname == 1.0 and m.first == 1.0


class SignedName(NamedTuple):
    """What the signature line says of its signer: the name, a title, and the parties an
    attorney-in-fact signs for (``principals``)."""

    signer: str
    title: Optional[str]
    principals: list[str]


def read_signed_name(text: str) -> SignedName:
    """The signer, title and principals of the name after "/s/" (slash marks around it
    dropped): "Jane Roe, by John Doe, Attorney-in-Fact" and "John Doe, as Attorney-in-Fact
    for Jane Roe" are signed by John Doe for Jane Roe; "Jane Roe Vice President" (the printed
    name and title of one table cell, no comma) is Jane Roe's, with that title. Any other
    text is the signer as written.

    >>> read_signed_name("John Doe, as attorney-in-fact for Acme Fund, L.P.")
    SignedName(signer='John Doe', title='Attorney-in-Fact', principals=['Acme Fund, L.P.'])
    >>> read_signed_name("Jane Roe, Vice President").signer  # the comma is read elsewhere
    'Jane Roe, Vice President'
    >>> read_signed_name("Jane Roe, by John Doe, attorney-in-fact for Roe, Jane").principals
    ['Jane Roe']
    >>> read_signed_name("Jane Roe, by John Doe, as Attorney-in-Fact for Jane Roe pursuant to "
    ...                  "a power of attorney")
    SignedName(signer='John Doe', title='Attorney-in-Fact', principals=['Jane Roe'])
    >>> read_signed_name("John Doe, attorney-in-fact for Jane Roe (pursuant to a power)").principals
    ['Jane Roe']
    """
    name = NAME_SLASHES.sub("", text)
    m = PRINCIPAL_FIRST.match(name)
    if m is None and " by " in name.lower() and (again := PRINCIPAL_AGAIN.search(name)):
        # "Jane Roe, by John Doe, attorney-in-fact for Roe, Jane": the one person, twice
        m = PRINCIPAL_FIRST.match(name[:again.start()])
        if m is not None and not same_person(m["principal"], again["again"]):
            m = None  # "Jane Roe, by John Doe, attorney-in-fact for Richard Poe": whose?
    signer = m and (m["after"] or m["before"])
    principal = m and m["principal"]
    if m is None:
        m = ATTORNEY_SIGNATURE.match(name)
        signer, principal = (m["signer"], m["principal"]) if m else (None, None)
    if signer and principal and looks_like_person_name(signer):
        principal = SIGNED_FOR_AUTHORITY.sub("", principal)  # "Jane Roe pursuant to a power"
        return SignedName(clean_name(signer), "Attorney-in-Fact",
                          [first_name_first(p) for p in signed_for(principal, [])])
    if "," not in name and (run := split_printed_run(name)) is not None and not run.party:
        return SignedName(run.name, run.title, [])
    return SignedName(name, None, [])


def read_agency_name(value: str) -> Optional[tuple[str, Agency]]:
    """The attorney's own name and the agency (:func:`~graphkit.parsers.signature_roles.
    read_agency`) of a printed name that says its signer signs as an attorney-in-fact or agent,
    or None when it does not. The principal may be printed first ("Jane Roe, by John Doe, as
    attorney-in-fact"), last ("John Doe, as attorney-in-fact for Jane Roe"), in brackets ("John
    Doe (as attorney-in-fact for Jane Roe)") or not at all ("John Doe, as Attorney-in-Fact"); it
    is read only when it is one person's name, the holder of the title printed with it.

    >>> read_agency_name("Jane Roe, by John Doe, as attorney-in-fact")
    ('John Doe', Agency(principal='Jane Roe'))
    >>> read_agency_name("John Doe (as attorney-in-fact for Jane Roe)")
    ('John Doe', Agency(principal='Jane Roe'))
    >>> read_agency_name("Doe, John, as attorney-in-fact for Jane Roe")
    ('Doe, John', Agency(principal='Jane Roe'))
    >>> read_agency_name("Acme Capital LLC, by John Doe, as attorney-in-fact")
    ('John Doe', Agency(principal=None))
    >>> read_agency_name("John Doe") is None, read_agency_name("Jane Roe, by John Doe") is None
    (True, True)
    """
    low = value.lower()
    if "fact" not in low and "agent" not in low:
        return None  # the literals of the agency patterns
    signed = read_signed_name(value)
    if signed.principals and signed.title:  # "Jane Roe, by John Doe, her attorney-in-fact"
        one = signed.principals[0] if len(signed.principals) == 1 else ""
        return signed.signer, Agency(one_principal(one))  # of two persons: whose title?
    agency = read_agency(value)
    if agency is None:
        return None
    m = AGENT_FOR.search(value)
    return clean_name(value[:m.start()].rstrip(" \t,(")) if m else value, agency


def one_principal(text: str) -> Optional[str]:
    """The person an attorney-in-fact signs for, as the text after "for" names her
    (:func:`~graphkit.parsers.signature_roles.principal_person`), without the authority after
    the name (:data:`PRINCIPAL_AUTHORITY`) or the words after a comma about her ("Jane Roe,
    individually", "Jane Roe, Ph.D."); a suffix ("Jane Roe, Jr.", :data:`NAME_SUFFIX_PART`) is
    kept, a name printed surname first ("Roe, Jane", :data:`SURNAME_FIRST`) put in natural
    order. None for a
    firm ("Acme Sachs, Inc.") and for two persons ("Jane Roe, Richard Poe"): whose title?

    >>> one_principal("Jane Roe pursuant to a Power of Attorney"), one_principal("Roe, Jane")
    ('Jane Roe', 'Jane Roe')
    >>> one_principal("Jane Roe, Jr., individually"), one_principal("Jane Roe, a Reporting Person")
    ('Jane Roe, Jr.', 'Jane Roe')
    >>> one_principal("Jane Roe, Richard Poe"), one_principal("Acme Sachs, Inc.")
    (None, None)
    """
    name = PRINCIPAL_AUTHORITY.sub("", text)
    if "," in name and not SURNAME_FIRST.match(name):
        head, *parts = name.split(",")
        for part in parts:
            if not NAME_SUFFIX_PART.match(part):
                if looks_like_person_name(PERSONS_JOINED.split(part)[0]) or \
                        names_entity(part):  # "Jane Roe, Richard Poe (and Mary Major)",
                    return None  # "Acme Sachs, Inc.", "Acme, L.P."
                break  # "Jane Roe, individually": the words after the comma are about her
            head = f"{head},{part}"  # "Jane Roe, Jr."
        name = head
    return principal_person(name)


class Capacity(NamedTuple):
    """A capacity line under a signer: the title and the party it is held in; ``open_end``
    when the line's authority ("pursuant to Power of") goes on on the next line."""

    title: str
    party: str
    open_end: bool

    def ends(self, line: str) -> bool:
        """Whether the title ends ``line``, printed after the party ("Acme Capital Corp., Vice
        President,"): it may wrap onto the next line ("Secretary and Treasurer").

        >>> read_capacity("Acme Capital Corp., Vice President,").ends(
        ...     "Acme Capital Corp., Vice President,")
        True
        >>> read_capacity("Vice President, Acme Capital Corp.").ends(
        ...     "Vice President, Acme Capital Corp.")
        False
        """
        return clean_name(line).lower().endswith(self.title.lower())


def read_capacity(line: str) -> Optional[Capacity]:
    """The capacity a line under a signer's name states, with the party it names, or None.

    >>> read_capacity("Attorney in Fact for Jane Q. Roe pursuant to Power of")
    Capacity(title='Attorney-in-Fact', party='Jane Q. Roe', open_end=True)
    >>> read_capacity("Vice President of Acme Advisers, LLC").party
    'Acme Advisers, LLC'
    >>> read_capacity("Attorney-in-Fact for Acme Fund, Inc.").party
    'Acme Fund, Inc.'
    >>> read_capacity("Chairman of the Board") is None, read_capacity("Vice President") is None
    (True, True)
    >>> read_capacity("Senior Vice President, Secretary and General Counsel") is None
    True
    >>> read_capacity("Acme Capital Corp., Vice President,")
    Capacity(title='Vice President', party='Acme Capital Corp.', open_end=False)
    """
    am = ATTORNEY_FOR.match(line) if "ttorney" in line or "TTORNEY" in line else None
    if am is not None:
        party = clean_name(am["party"])
        party = party if ABBREVIATION_END.search(party) else party.rstrip(".")  # "Jane Roe."
        if org_words(party) or looks_like_person_name(party):
            rest = am["rest"] or ""
            return Capacity("Attorney-in-Fact", party, bool(rest) and not
                            rest.rstrip().endswith((".", ")")))
        return None
    parts = split_title_party(line) if TITLE_OF_PARTY.match(line) else None
    parts = parts or split_party_title(line)  # "Acme Management Ltd., Director"
    return Capacity(*parts, False) if parts else None


#: The longest title read after a party's name (:func:`split_party_title`), as
#: :func:`~graphkit.parsers.signature_lines.is_title_line` reads one
_TITLE_MOST = 80
#: A word opening a capacity line that says when or whether the title was held, never the
#: first word of the party's name: "Formerly Acme Holdings, Inc., Director", "Retired, Acme
#: Holdings, Inc., Director", "Ex-Director" (:func:`split_party_title` reads none of them)
STATUS_LEAD = regex_cache.compile(r"""
    ^(?:formerly|former|retired|previously|past|late|until|then|now|currently|ex)\b
""", re.IGNORECASE | re.VERBOSE)


def split_party_title(line: str) -> Optional[tuple[str, str]]:
    """The title and the party of a capacity line printed party first: an organization's
    name, a comma and a title (every word after that comma), or None. It parts at the first
    comma with an organization's name before it and nothing but a title after it, so that a
    name holding a comma ("Acme Partners, L.P.") and a list of titles stay whole. The title
    must be a person's (:func:`~graphkit.parsers.signature_roles.is_person_title`): "Acme GP,
    LLC, General Partner" names the capacity Acme GP holds for the party signed for, no
    office of the signer's.

    >>> split_party_title("Acme Management Ltd., Director")
    ('Director', 'Acme Management Ltd.')
    >>> split_party_title("Acme Partners, L.P., Vice President, Secretary and Treasurer")
    ('Vice President, Secretary and Treasurer', 'Acme Partners, L.P.')
    >>> split_party_title("Jane Roe, President"), split_party_title("Acme Fund, L.P.")
    (None, None)
    >>> split_party_title("Acme GP, LLC, its General Partner") is None
    True
    >>> split_party_title("Acme GP, LLC, General Partner") is None
    True
    >>> split_party_title("Formerly Acme Holdings, Inc., Director") is None
    True
    """
    if len(line) > 2 * _TITLE_MOST:
        return None  # a sentence, no capacity line
    if STATUS_LEAD.match(line.lstrip()):
        return None  # "Formerly Acme Holdings, Inc., Director": no office held now
    at = line.find(",", max(0, len(line) - _TITLE_MOST - 2))  # a title is short
    while at != -1:
        party, title = clean_name(line[:at]), clean_name(line[at + 1:])
        if party[:1].isupper() and names_entity(party) and \
                not is_title_line(party) and not PROSE_LINE.search(party) and \
                is_title_line(title) and is_person_title(title) and \
                split_title_party(title) is None:
            return title, party
        at = line.find(",", at + 1)
    return None


def split_title_party(line: str) -> Optional[tuple[str, str]]:
    """The title and the party of a capacity line (:data:`TITLE_OF_PARTY`), or None: it parts
    at the first :data:`TITLE_PARTY_GAP` with a title before it and an organization's name
    after it that does not itself open with a title, so that a list of titles stays whole.

    >>> split_title_party("Vice President, Secretary and Treasurer, Acme Co.")
    ('Vice President, Secretary and Treasurer', 'Acme Co.')
    >>> split_title_party("Senior Vice President, Acme Holdings, Inc.")
    ('Senior Vice President', 'Acme Holdings, Inc.')
    >>> split_title_party("Chairman of the Board, Acme Inc.")
    ('Chairman of the Board', 'Acme Inc.')
    >>> split_title_party("Member of Acme GP, LLC, its General Partner") is None
    True
    """
    for m in TITLE_PARTY_GAP.finditer(line):
        title, party = clean_name(line[:m.start()]), clean_name(line[m.end():])
        if not (title[:1].isupper() and party[:1].isupper()) or not is_title_line(title):
            continue
        if not names_entity(party) or is_title_line(party) or \
                PROSE_LINE.search(party):
            continue  # not "Member of Acme GP, LLC, its General Partner": a chain, read apart
        if split_title_party(party) is None:  # not "Secretary and Treasurer, Acme Co."
            return title, party
    return None


#: The capacity closing a title chain, after the entity and a comma: "its general partner"
#: (group ``role``), or the capacity with the party it is held for named (groups ``named`` and
#: ``party``): "the general partner of Acme Fund, L.P.", "General Partner of Acme Fund LP"
_CHAIN_CAPACITY = r"""[ \t]*,[ \t]*
    (?:(?:its|their)[ \t]+(?P<role>[A-Za-z][A-Za-z \-]*?)[ \t.]*          # "its general partner"
      |(?:the[ \t]+)?(?P<named>[A-Za-z][A-Za-z \-]*?)[ \t]+of[ \t]+    # "General Partner of"
       (?:the[ \t]+)?(?P<party>[A-Z][^\n]*?)[ \t]*)$                  # "Acme Fund, L.P."
"""

#: A signer's title held in an entity named with its capacity for the party signed for, on
#: one line: "Managing Member of Acme GP, LLC, its general partner" (groups ``title``,
#: ``entity``, ``role``); the same as the stacked block "By: Acme GP, LLC, its general partner"
#: / "By: /s/ Jane Roe" / "Title: Managing Member" (:func:`read_title_chain`); or naming the
#: party it acts for (groups ``named``, ``party``): "Managing Member of Acme GP, LLC, the
#: general partner of Acme Fund, L.P."
TITLE_OF_CHAIN = regex_cache.compile(rf"""
    ^[ \t]*(?P<title>[A-Z][A-Za-z&\- ]*?)[ \t]+of[ \t]+(?:the[ \t]+)?   # "Managing Member of"
    (?P<entity>[A-Z][^\n]*?){_CHAIN_CAPACITY}                          # "Acme GP, LLC, its ..."
""", re.VERBOSE)


#: The same chain with the title and the entity parted by a comma, not "of": "Authorized
#: Signatory, Acme GP, LLC, its general partner" (group ``head``, the title and the entity,
#: parted by :func:`split_title_party`, so that "Acme GP, LLC" and a list of titles stay whole;
#: group ``role``, or ``named`` and ``party``: "Managing Member, Acme GP, LLC, General Partner of
#: Acme Fund, L.P.")
TITLE_COMMA_CHAIN = regex_cache.compile(rf"""
    ^[ \t]*(?P<head>[A-Z][^\n]*?){_CHAIN_CAPACITY}  # "Authorized Signatory, Acme GP, LLC, its ..."
""", re.VERBOSE)


class TitleChain(NamedTuple):
    """A title held in an entity of the chain (:data:`TITLE_OF_CHAIN`): the title, and the
    entity with its capacity, a link of the block's "By:" chain; ``party``, the party the
    entity acts for when the title names it ("..., general partner of Acme Fund, L.P."), else
    None: the party signed for."""

    title: str
    entity: str
    role: str
    party: Optional[str] = None


def read_title_chain(title: str) -> Optional[TitleChain]:
    """The title, entity and capacity of a signer's title that names the entity acting for the
    party signed for (:data:`TITLE_OF_CHAIN`, or :data:`TITLE_COMMA_CHAIN` with a comma for
    "of"), or None. The capacity must be one that states a relation ("general partner",
    "managing member", ...), the entity an organization's name, and the title a title, or hold
    a word of one (:data:`~graphkit.parsers.signature_lines.TITLE_WORD`: "Chairman and
    Management Committee Director"). Which title makes the signer a controller of the entity
    is decided where the chain is read, as for the stacked block: an "Authorized Signatory" of
    Acme GP controls nothing. A capacity that names the party it is held for must be an
    entity's capacity (:data:`~graphkit.parsers.signature_roles.ENTITY_ROLE`: "general
    partner", "managing member", "investment manager", ...) and the party an organization's
    name ending in its legal form (:data:`~graphkit.parsers.signature_names.LEGAL_END`).

    >>> read_title_chain("Managing Member of Acme GP, LLC, its general partner")[:3]
    ('Managing Member', 'Acme GP, LLC', 'general partner')
    >>> read_title_chain("Authorized Signatory, Acme GP, LLC, its general partner")[:3]
    ('Authorized Signatory', 'Acme GP, LLC', 'general partner')
    >>> read_title_chain("Vice President, Secretary and Treasurer, Acme Co., its manager")[:3]
    ('Vice President, Secretary and Treasurer', 'Acme Co.', 'manager')
    >>> read_title_chain("Managing Member, Acme GP LLC, General Partner of Acme Fund, L.P.")
    ... # doctest: +NORMALIZE_WHITESPACE
    TitleChain(title='Managing Member', entity='Acme GP LLC', role='General Partner',
               party='Acme Fund, L.P.')
    >>> read_title_chain("Managing Member of Acme GP LLC, the general partner of Acme Fund LP")
    ... # doctest: +NORMALIZE_WHITESPACE
    TitleChain(title='Managing Member', entity='Acme GP LLC', role='general partner',
               party='Acme Fund LP')
    >>> read_title_chain("Director of Acme Inc., President of Acme Holdings Inc.") is None
    True
    >>> read_title_chain("Managing Member of Acme GP LLC, the general partner of the Fund")
    >>> read_title_chain("Managing Member of Acme GP, LLC") is None
    True
    >>> read_title_chain("Managing Director, Acme Capital, LLC") is None
    True
    >>> read_title_chain("Managing Member, Jane Roe, its general partner") is None
    True
    >>> read_title_chain("Trustee of the Roe Trust, its sole beneficiary") is None
    True
    """
    low = title.lower()
    if "its" not in low and "their" not in low and " of " not in low:
        return None  # the literals of both patterns' capacity
    m = TITLE_OF_CHAIN.match(title) if " of " in title else None
    if m is not None and (is_title_line(m["title"]) or TITLE_WORD.search(m["title"])):
        # "Chairman and Management Committee Director"
        held, entity = clean_name(m["title"]), clean_name(m["entity"])
    elif (m := TITLE_COMMA_CHAIN.match(title) if "," in title else None) is not None and \
            (parts := split_title_party(m["head"])) is not None:
        held, entity = parts  # "Authorized Signatory" / "Acme GP, LLC"
    else:
        return None
    if m["named"] is not None:  # "General Partner of Acme Fund, L.P.": an entity's capacity
        if not ENTITY_ROLE.match(m["named"]) or not LEGAL_END.search(m["party"]) or \
                not names_entity(entity):
            return None  # not "President of Acme Holdings Inc." nor "... of the Fund"
        party = clean_name(m["party"])  # "Acme Fund LP." ending a sentence: no abbreviation
        party = party if ABBREVIATION_END.search(party) else party.rstrip(".")
        return TitleChain(held, entity, clean_name(m["named"]), party)
    if not role_relations(m["role"]) or not names_entity(entity):
        return None
    return TitleChain(held, entity, clean_name(m["role"]))
