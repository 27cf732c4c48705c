"""What a signature block says of roles: the capacity of each "By:" entity for the party
above it ("By: Acme GP, LLC, its general partner", or the capacity alone on the line under the
entity), the titles by which a signer controls the party signed for, and a signer's printed
name, title and party run together on one line.

:mod:`graphkit.parsers.signatures` walks the block and turns these into findings.

Examples
--------
>>> entity_role_next("By:  Acme Capital, Inc.", "   General Partner")
'General Partner'
>>> is_control_title("President and Chief Executive Officer")
True
>>> split_printed_run("Jane Quinn Roe Head of Sales ACME S.P.A.", "Jane Roe").title
'Head of Sales'
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from graphkit import regex_cache
from graphkit.models import Evidence
from graphkit.names import PartyKind, guess_kind, org_words
from graphkit.parsers.officer_titles import WHOLE_OFFICER_TITLE
from graphkit.parsers.prose import ProseFinding, held_relation, role_relations
from graphkit.parsers.signature_lines import (HONORIFIC, TITLE_AFTER_AND, is_title_line,
                                              looks_like_person_name)
from graphkit.parsers.signature_names import names_entity
from graphkit.parsers.signature_surname_first import first_name_first
from graphkit.relations import Relation

#: "By:  Acme & Co., Incorporated, its" (the capacity wraps to the next line)
BY_CAPACITY_OPEN = regex_cache.compile(r"""^[ \t|]*By:?[ \t|]+[^/\n]+?,\s*(?:its|their|as)[ \t]*$""",
                                       re.M | re.I | re.VERBOSE)
#: "By: Acme Capital, LLC" (a party signing through another), "By: | Acme Capital, LLC"
BY_LINE = regex_cache.compile(r"""^[ \t|]*By:?[ \t|]+[A-Za-z][^/\n]*$""", re.I | re.VERBOSE)
#: The capacity of a "By:" line, printed on the line after it: "   its general partner"
#: or as a cell of its own: "Its: | General Partner"
CAPACITY_NEXT = regex_cache.compile(r"""^[ \t]*(?P<w>its|their|as):?[ \t|]+(?P<role>[A-Za-z][A-Za-z \-]*)$""",
                                    re.I | re.VERBOSE)
#: The capacity of a "By:" entity printed alone on the line under it, with no "its" (read by
#: :func:`entity_role_next`): "By: Acme Capital, Inc." / "   General Partner", "Investment
#: Adviser", "Manager", or in brackets: "(General Partner)"
ROLE_NEXT = regex_cache.compile(r"""
    ^[ \t|]*(?P<open>\()?(?P<role>(?:[A-Z][A-Za-z\-]*[ \t]+){0,3}[A-Z][A-Za-z\-]*)(?(open)\))[ \t]*$
""", re.VERBOSE)
#: The capacities an entity holds for the party above it, printed alone under its "By:" line
#: (:func:`entity_role_next`): "General Partner", "Sole General Partner", "Investment
#: Adviser", "Investment Manager", "Managing Member", "Manager" (group "manager": of an LLC)
ENTITY_ROLE = regex_cache.compile(r"""
    ^(?:the[ \t]+)?(?:sole[ \t]+)?
    (?:(?:managing[ \t]+)?general[ \t]+partner|investment[ \t]+(?:adviser|advisor|manager)
    |managing[ \t]+member|(?P<manager>manager))$
""", re.I | re.VERBOSE)
#: The legal form of a limited liability company ending a name: "Acme GP, LLC", "Acme, L.L.C."
LLC_NAME = regex_cache.compile(r"""\bL\.?L\.?C\.?$""", re.I | re.VERBOSE)
#: The party named by a "By:" line, up to a comma that ends the line: "By:  Acme Capital,"
BY_PARTY = regex_cache.compile(r"""^[ \t|]*By:?[ \t|]+(?P<name>[A-Za-z][^/\n]*?)[ \t,]*$""", re.I | re.VERBOSE)
#: The rest of a name broken after a comma, with the capacity: "     LLC, its General Partner"
#: (after "By:  Acme Capital Management,"), "By Capital LLC, its general partner" (after "By:
#: Stand"); never a "By:" line, which names the next entity of the chain ("By: Acme GP, L.P.,
#: its general partner" / "By: Acme GP Holdings LLC, its general partner" are two entities)
NAME_CAPACITY_NEXT = regex_cache.compile(r"""
    ^[ \t]*(?!by[ \t]*[:|])[A-Za-z][^/\n,]{0,40},\s*(?:its|their|as)[ \t]+[A-Za-z \-]+$
""", re.I | re.VERBOSE)
#: The capacity in which the party named above signs for the parties named under it:
#: "as the General Partner of", "On its own behalf and as the General Partner of"; "And as
#: the Sole Member of" (group "also") names a second capacity of the same party
AS_ROLE_OF = regex_cache.compile(r"""
    ^[ \t]*(?:on[ \t]+its[ \t]+own[ \t]+behalf[ \t]+(?:and[ \t]+)?|(?P<also>and[ \t]+))?
    as[ \t]+(?:the[ \t]+)?
    (?P<role>(?:[A-Za-z\-]+[ \t]+){0,3}?[A-Za-z\-]+)[ \t]+(?:of|for):?[ \t]*$
""", re.I | re.VERBOSE)
#: The last party of a list in a signature block: "and ACME FUND III, L.P." (read without "and")
LIST_AND = regex_cache.compile(r"""^[ \t]*(?:and|&)[ \t]+(?:on[ \t]+behalf[ \t]+of[ \t]+)?(?=[A-Z])""", re.VERBOSE)
#: A signer's title that states control of the party signed for: "President", "Managing Member",
#: "Director", "Trustee" (of the trust signed for)
CONTROL_TITLE = regex_cache.compile(r"""
    ^(?:the\s+)?(?:sole\s+)?(?:President|Chief\s+Executive\s+Officer|Managing\s+Member
    |Managing\s+General\s+Partner|General\s+Partner|Director|(?:Co-?)?Trustee
    |Chairman(?:\s+of\s+the\s+Board(?:\s+of\s+Directors)?)?)$
""", re.I | re.VERBOSE)
#: Where a list of titles held together parts: "President and Chief Executive Officer",
#: "Chairman, President & CEO", "Director/President"
TITLE_SEPARATOR = regex_cache.compile(r"""(?:\s*+(?:,\s*+(?:and\s+)?|/)|\s++(?:&\s|and\s+))\s*+""",
                                      re.I | re.VERBOSE)
#: "By: MR & Associates, its general partner", "By: | Acme GP, LLC, its general partner"
BY_CAPACITY = regex_cache.compile(r"""
    ^[ \t|]*By:?[ \t|]+(?P<name>[^/\n]+?),\s*(?:its|their|as)\s+(?P<role>[A-Za-z \-]+?)\s*$
""", re.M | re.I | re.VERBOSE)


#: A "Title" label typed into the value of a title: "Title President"
TITLE_LABEL = regex_cache.compile(r"""^Title:?[ \t]+(?=[A-Z])""", re.VERBOSE)
#: The joining words ending a title cut short: "Managing Member of", "Trustee of the", "Vice
#: President and"
TITLE_TAIL = regex_cache.compile(r"""(?:[ \t,]+(?:of|for|the|and|&)(?![A-Za-z]))+[ \t,]*$""", re.I | re.VERBOSE)


def trim_title(title: str) -> tuple[str, bool]:
    """``title`` without a :data:`TITLE_LABEL` and a :data:`TITLE_TAIL`, and True when it was
    cut before "of" or "for": the entity it names is lost, so the title states control of no
    party read.

    >>> trim_title("Title President"), trim_title("Trustee of the")
    (('President', False), ('Trustee', True))
    >>> trim_title("Vice President and")
    ('Vice President', False)
    """
    t = TITLE_LABEL.sub("", title)
    m = TITLE_TAIL.search(t)
    if m is None or m.start() == 0:
        return t, False
    return t[:m.start()], any(w in ("of", "for") for w in m[0].lower().replace(",", " ").split())


class Acting(NamedTuple):
    """A party printed over "as the General Partner of" and the parties listed under that
    line, which it holds in that capacity: ``pending[first:]`` up to the next such line."""

    holder: str
    role: str
    first: int  # the index in the block's parties of the first party held


def capacity_findings(holder: str, role: str, helds: list[str],
                      block: Evidence) -> list[ProseFinding]:
    """The claims of ``holder`` acting as ``role`` ("its general partner") for each of
    ``helds`` (not for itself, nor for "", an entity of the chain not read), citing the
    signature ``block``."""
    out: list[ProseFinding] = []
    for rel, t in role_relations(role):
        for held in helds:
            if held == holder or not held:
                continue  # "ACME GP, on its own behalf and as the General Partner of"
            r, tt = held_relation(rel, t, role, held)  # "its sole Manager" of an LLC
            out.append(ProseFinding(relation=r, holder=holder, held=held, title=tt,
                                    evidence=block, pattern="signature_by_its", role=role))
    return out


def is_control_title(title: str) -> bool:
    """True when a signer's title states control of the party signed for: one of
    :data:`CONTROL_TITLE`, alone or in a list of officer titles held together.

    >>> is_control_title("President and Chief Executive Officer"), is_control_title("Director")
    (True, True)
    >>> is_control_title("Vice President and Treasurer"), is_control_title("Attorney-in-Fact")
    (False, False)
    """
    return _titles_match(CONTROL_TITLE, title)


def _titles_match(pattern: re.Pattern[str], title: str) -> bool:
    """True when ``title`` matches ``pattern`` whole, or is a list of titles held together
    (:data:`TITLE_SEPARATOR`) of which one matches and the others are titles too."""
    if pattern.match(title):
        return True
    parts = TITLE_SEPARATOR.split(title)
    return len(parts) > 1 and any(pattern.match(p) for p in parts) and \
        all(pattern.match(p) or is_title_line(p) or TITLE_AFTER_AND.match(p) for p in parts)


#: An officer's title held of the company signed for, that states no control of it (read by
#: :func:`is_officer_title`): the whole title is an office and its department
#: (:data:`~graphkit.parsers.officer_titles.WHOLE_OFFICER_TITLE`, the offices a roster reads
#: too): "Vice President", "Assistant Secretary", "Chief Operating Officer", "Vice President -
#: Administration"; not a signing authority ("Authorized Signatory", "Attorney-in-Fact")
OFFICER_TITLE = WHOLE_OFFICER_TITLE
#: A capacity an entity may hold of another party, in a title: "Trustee", "Co-Trustee",
#: "General Partner", "Managing Member" (not "Managing Director")
ENTITY_TITLE = regex_cache.compile(r"""\b(?:Trustee|Partner|Member|Manager)\b""", re.I | re.VERBOSE)
#: A partnership's name: "Acme Fund, L.P.", "Acme Partners LP", "Acme Limited Partnership"
#: (its officers are its general partner's)
PARTNERSHIP_NAME = regex_cache.compile(r"""(?:,?\s+L\.?\s?P\.?|\bLimited\s+Partnership)\s*$""",
                                       re.VERBOSE | re.IGNORECASE)
#: A trust's name, with no corporate form after "Trust": "Roe Family Trust", "Acme Trust
#: u/a/d 1/1/2000" (a trust has trustees, not officers; not "Acme Trust Company", "Acme Trust
#: Investments, Inc.")
TRUST_NAME = regex_cache.compile(r"""
    \bTrust\b(?!.*\b(?:Inc|Corp|Corporation|Company|Co|LLC|L\.L\.C|Ltd|Limited|N\.A|Bank|plc)\b)
""", re.I | re.VERBOSE)


def is_officer_title(title: str) -> bool:
    """True when a signer's ``title`` is an officer's title (:data:`OFFICER_TITLE`), alone or
    in a list of titles held together ("Vice President and Treasurer", "Assistant Vice
    President & Compliance Officer"), that states no control (:func:`is_control_title`).

    >>> is_officer_title("Chief Operating Officer"), is_officer_title("Vice President/Secretary")
    (True, True)
    >>> is_officer_title("Authorized Signatory"), is_officer_title("Compliance Officer")
    (False, False)
    >>> is_officer_title("Vice President of the General Partner")
    False
    """
    return _titles_match(OFFICER_TITLE, title)


def is_person_title(title: str) -> bool:
    """True when ``title`` is held only by a person, a director or officer of a company: a
    controlling or officer's title (:func:`is_control_title`, :func:`is_officer_title`) and
    no capacity an entity holds (:data:`ENTITY_ROLE`, "Trustee", "General Partner").

    >>> is_person_title("Director"), is_person_title("Vice President")
    (True, True)
    >>> is_person_title("General Partner"), is_person_title("Trustee"), is_person_title("Manager")
    (False, False, False)
    """
    if ENTITY_ROLE.match(title) or ENTITY_TITLE.search(title):
        return False
    return is_control_title(title) or is_officer_title(title)


def has_officers(held: str) -> bool:
    """True when ``held`` is a party whose signer may be its officer: a company, not a
    person's name, a partnership (:data:`PARTNERSHIP_NAME`) or a trust (:data:`TRUST_NAME`).

    >>> has_officers("Acme Holdings, Inc."), has_officers("Acme Trust Company")
    (True, True)
    >>> has_officers("Acme Fund, L.P."), has_officers("Roe Family Trust"), has_officers("Jane Roe")
    (False, False, False)
    """
    return guess_kind(held) is PartyKind.ORGANIZATION and not PARTNERSHIP_NAME.search(held) \
        and not TRUST_NAME.search(held)


#: A signing authority among a signer's titles, which is no office of the company: "Authorized
#: Signatory", "Authorized Signer", "Authorized Person", "Attorney-in-Fact (for Jane Roe)",
#: "Agent" (read by
#: :func:`office_title`; "Associate Counsel", "Compliance Officer" are jobs, and stay)
SIGNING_AUTHORITY = regex_cache.compile(r"""
    ^[ \t]*(?:(?:duly[ \t]+)?authori[sz]ed[ \t]+(?:signatory|signer|person|representative|agent)
    |(?:as[ \t]+)?(?:attorney[ \t-]+in[ \t-]+fact|agent)
     (?:[ \t]+(?:for|on[ \t]+behalf[ \t]+of)[ \t]+\S.*)?)[ \t]*$
""", re.I | re.VERBOSE)


def office_title(title: str) -> str:
    """A signer's ``title``, a list of titles held together (:data:`TITLE_SEPARATOR`), without
    the signing authorities among them (:data:`SIGNING_AUTHORITY`): "Vice President" of
    "Authorized Signatory and Vice President" and of "Managing Director and Attorney-in-Fact";
    the jobs printed with an office stay ("Associate Counsel and Assistant Secretary");
    ``title`` itself when nothing or everything is a signing authority.

    >>> office_title("Chief Compliance Officer / Attorney-in-Fact")
    'Chief Compliance Officer'
    >>> office_title("Vice President and Treasurer"), office_title("Authorized Signatory")
    ('Vice President and Treasurer', 'Authorized Signatory')
    >>> office_title("Associate Counsel and Assistant Secretary")
    'Associate Counsel and Assistant Secretary'
    """
    cuts = [0] + [k for m in TITLE_SEPARATOR.finditer(title) for k in m.span()] + [len(title)]
    parts = [(a, b) for a, b in zip(cuts[::2], cuts[1::2])]
    keep = [(a, b) for a, b in parts if not SIGNING_AUTHORITY.match(title[a:b])]
    if not keep or len(keep) == len(parts):
        return title
    first, last = parts.index(keep[0]), parts.index(keep[-1])
    if last - first + 1 == len(keep):  # next to each other: as printed between them
        return title[keep[0][0]:keep[-1][1]]
    return " and ".join(title[a:b] for a, b in keep)


#: An attorney-in-fact or agent signing for a principal, in a printed name or a title: "as"
#: before it (group ``as``) or the principal named after "for" (group ``principal``, up to a
#: comma): "John Doe, as attorney-in-fact for Jane Roe", "Attorney-in-Fact for Jane Roe, Vice
#: President", "as agent for Jane Roe", "Vice President, as Attorney-in-Fact" (read by
#: :func:`read_agency`; "Managing Director and Attorney-in-Fact" is a list of the signer's
#: own titles; "Administrative Agent" a lender's office under a credit agreement)
AGENT_FOR = regex_cache.compile(r"""
    (?P<as>\bas[ \t]+(?:an?[ \t]+)?)?\b(?:attorney[ \t-]+in[ \t-]+fact|agent)\b
    (?:[ \t]+(?:for|on[ \t]+behalf[ \t]+of)[ \t]+(?P<principal>[A-Za-z][^,;()\n]*?)
       [ \t]*(?=$|[,;()]|\b(?:pursuant|under|dated)\b))?
""", re.I | re.VERBOSE)


class Agency(NamedTuple):
    """A signer who signs as the attorney-in-fact or agent of ``principal`` (None: of no
    person named), read by :func:`read_agency`."""

    principal: Optional[str]


def read_agency(text: str, opening: bool = False) -> Optional[Agency]:
    """Whether a signer's printed name or title says the signer signs as an attorney-in-fact
    or agent (:data:`AGENT_FOR`), and for which person; None when it does not. The title
    printed with it is the principal's, not the attorney's: "Name: John Doe, as
    attorney-in-fact for Jane Roe" / "Title: Vice President" names Jane Roe's office.

    >>> read_agency("Attorney-in-Fact for Jane Q. Roe, Vice President")
    Agency(principal='Jane Q. Roe')
    >>> read_agency("Vice President, as Attorney-in-Fact"), read_agency("as agent for Acme LLC")
    (Agency(principal=None), Agency(principal=None))
    >>> read_agency("Managing Director and Attorney-in-Fact") is None
    True
    >>> read_agency("Vice President") is None, read_agency("Administrative Agent") is None
    (True, True)

    ``opening`` (a Title field): the phrase must open the title or say "as": "Managing
    Director and Attorney-in-Fact for Jane Roe" lists the signer's own titles first.

    >>> read_agency("Managing Director and Attorney-in-Fact for Jane Roe", opening=True) is None
    True
    >>> read_agency("as attorney-in-fact for Acme Capital LLC")  # a firm, not a person
    Agency(principal=None)
    """
    low = text.lower()
    if "fact" not in low and "agent" not in low:
        return None
    m = AGENT_FOR.search(text)
    if m is None or not (m["as"] or m["principal"]):
        return None
    if opening and m.start() > 0 and not m["as"]:  # "Managing Director and Attorney-in-Fact
        return None                                  # for Jane Roe": his own titles first
    return Agency(principal_person(m["principal"] or ""))


def principal_person(name: str) -> Optional[str]:
    """``name``, the principal of an attorney-in-fact, when it is a person's (without a
    courtesy title, a closing bracket of the phrase; in natural order: "Roe, Jane" is "Jane
    Roe"); None for a firm's, a trust's or anything else.

    >>> principal_person("Dr. Jane Roe"), principal_person("Jane Roe)")
    ('Jane Roe', 'Jane Roe')
    >>> principal_person("Acme Capital LLC"), principal_person("the Reporting Persons")
    (None, None)
    """
    p = HONORIFIC.sub("", name).strip()
    if p.endswith(")") and "(" not in p:
        p = p[:-1].rstrip()  # "John Doe (as attorney-in-fact for Jane Roe)"
    ok = p and looks_like_person_name(p) and guess_kind(p) is PartyKind.PERSON
    return first_name_first(p) if ok else None  # "Roe, Jane" is "Jane Roe"


#: A signer's title held in the entity that acts for the party signed for, named by its
#: capacity (group ``title``, the title held; ``role``, the capacity): "Vice President of the
#: General Partner", "Managing Member of its General Partner", "Director of General Partner",
#: "Chief Financial Officer of the Investment Manager"
TITLE_OF_ROLE = regex_cache.compile(r"""
    ^(?P<title>[A-Za-z].*?)[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+)?(?:sole[ \t]+)?
    (?P<role>(?:managing[ \t]+)?general[ \t]+partner|managing[ \t]+member|manager
    |investment[ \t]+(?:manager|adviser|advisor))$
""", re.I | re.VERBOSE)
#: The words of a capacity that do not tell one capacity from another: "its", "the", "sole"
ROLE_FILLER = regex_cache.compile(r"""\b(?:its|the|sole)\b""", re.I | re.VERBOSE)


def entity_by_role(title: str, chain: list[tuple[str, str]]) -> Optional[tuple[str, str]]:
    """(the title held, the entity) of a title held in an entity named by its capacity
    (:data:`TITLE_OF_ROLE`), the entity found in ``chain``, the block's "By:" entities with
    their capacities ("By: Acme GP LLC, its general partner"); None when ``title`` names no
    capacity, ("", "") when no entity of the chain holds it.

    >>> entity_by_role("Vice President of the General Partner",
    ...                [("Acme GP LLC", "general partner")])
    ('Vice President', 'Acme GP LLC')
    >>> entity_by_role("Vice President of the General Partner", [])
    ('', '')
    >>> entity_by_role("Vice President", []) is None
    True
    """
    m = TITLE_OF_ROLE.match(title) if " of " in title.lower() else None
    if m is None:
        return None
    want = " ".join(ROLE_FILLER.sub(" ", m["role"]).lower().split())
    for holder, role in reversed(chain):
        if " ".join(ROLE_FILLER.sub(" ", role).lower().split()) == want:
            return m["title"], holder
    return "", ""


def title_relations(title: str, held: str) -> list[tuple[Relation, Optional[str]]]:
    """The relations a signer's ``title`` states with ``held``, the party signed for: those
    of a controlling title (:func:`is_control_title`), or of "Manager" when ``held`` is a
    limited liability company (its manager runs it: managing_member_of, title "Manager", as
    prose reads it); officer_of, the title kept, for an officer's title
    (:func:`is_officer_title`) held of a company (:func:`has_officers`), the title kept its
    offices (:func:`office_title`); none for any other title ("Attorney-in-Fact", "Authorized
    Signatory").

    >>> [(r.value, t) for r, t in title_relations("Manager", "Acme Capital, LLC")]
    [('managing_member_of', 'Manager')]
    >>> [(r.value, t) for r, t in title_relations("Vice President", "Acme Inc.")]
    [('officer_of', 'Vice President')]
    >>> title_relations("Manager", "Acme Fund, L.P."), title_relations("Vice President", "Jane Roe")
    ([], [])
    """
    rels = role_relations(title, held)
    if is_control_title(title) or rels == [(Relation.MANAGING_MEMBER_OF, "Manager")]:
        return rels
    if is_officer_title(title) and has_officers(held):
        return [(Relation.OFFICER_OF, office_title(title))]
    return []


def entity_role_next(line: str, nxt: str, held: str = "") -> Optional[str]:
    """The capacity printed alone under a "By:" line that names an entity, with no "its"
    ("By: Acme Capital, Inc." / "General Partner"), or None: the same claim as "By: Acme
    Capital, Inc., its General Partner". Only the capacities of :data:`ENTITY_ROLE` count;
    "Manager" alone only for ``held``, the party above, when it is an LLC (its manager). A
    person's name over a title ("By: Jane Roe" / "President") and an officer's or director's
    title under an entity ("Managing Director", "Member") are no capacity of the entity.

    >>> entity_role_next("By:  Acme Capital, Inc.", "   Investment Adviser")
    'Investment Adviser'
    >>> entity_role_next("By: ACME-GP, INC.", "    (General Partner)")
    'General Partner'
    >>> entity_role_next("By: Jane Q. Roe", "General Partner") is None
    True
    >>> entity_role_next("By: Acme Capital, Inc.", "Managing Director") is None
    True
    >>> entity_role_next("By: Acme Capital, Inc.", "Manager", "Acme Fund, L.P.") is None
    True
    """
    rm = ROLE_NEXT.match(nxt)
    em = ENTITY_ROLE.match(rm["role"]) if rm else None
    bm = BY_PARTY.match(line) if em else None
    if bm is None or not (org_words(bm["name"]) or "&" in bm["name"]):
        return None
    if em["manager"] and not LLC_NAME.search(held):
        return None  # "Manager" of a fund or a company: an officer's title as often
    return rm["role"]


#: A short capitalised title with no digit or mark of a field or sentence, printed between a
#: signer's name and a party in capitals (:func:`split_printed_run`): "Head of Corporate
#: Affairs", "Chairman of the Board of Directors"
RUN_TITLE = regex_cache.compile(r"""^[A-Z][A-Za-z\-]*(?:[ ][A-Za-z&][A-Za-z\-]*){0,7}$""", re.VERBOSE)


#: The first word of a title after a person's name with no comma between ("Jane Roe Vice
#: President"): a word of :data:`TITLE_WORD` or one that opens a title ("Vice", "Senior", ...)
TITLE_OPENER = regex_cache.compile(r"""
    (?:Vice|Senior|Executive|Chief|Managing|General|Assistant|Sole|Authorized|Deputy|Associate
    |President|Secretary|Treasurer|Director|Chairman|Member|Partner|Manager|Trustee|Co-Trustee
    |Attorney-in-Fact|Principal|Controller)$
""", re.I | re.VERBOSE)


def _printed_name_words(words: list[str], signer: str) -> int:
    """How many of ``words`` are the signer's printed name: the signer's words, or with a
    middle name more ("Jane Quinn Roe" for "/s/ Jane Roe"); 0 when they are not."""
    sw = signer.replace(",", " ").split()
    if len(sw) < 2 or not words or words[0].lower() != sw[0].lower():
        return 0
    for k in (len(sw), len(sw) + 1):
        if k <= len(words) and words[k - 1].lower() == sw[-1].lower():
            return k
    return 0


class PrintedRun(NamedTuple):
    """A signer's printed name, title and party run together on one line
    (:func:`split_printed_run`); ``party`` is "" when the line names none."""

    name: str
    title: str
    party: str


def split_printed_run(text: str, signer: str = "") -> Optional[PrintedRun]:
    """The printed name, title and party of a signature run together on one line (the lines of
    one HTML table cell, joined): ("Jane Quinn Roe", "Head of Sales", "ACME S.P.A.") for
    "Jane Quinn Roe Head of Sales ACME S.P.A.". The name is ``signer``'s (a middle name may be
    added), or with no ``signer`` a person's name over a title ("Jane Roe President"). The
    party is the run of words in capitals at the end, with a word of a business name; without
    one the rest must be a title alone. None when the line is no such run.

    >>> split_printed_run("Jane Quinn Roe Head of Sales ACME S.P.A.", "Jane Roe")
    PrintedRun(name='Jane Quinn Roe', title='Head of Sales', party='ACME S.P.A.')
    >>> split_printed_run("Jane Q. Roe Vice President").title
    'Vice President'
    >>> split_printed_run("Jane Roe Acme Fund, L.P.", "Jane Roe") is None
    True
    """
    words = text.split()
    if signer:
        k = _printed_name_words(words, signer)
    else:
        k = next((k for k in (2, 3, 4) if k < len(words) and TITLE_OPENER.match(words[k])
                  and looks_like_person_name(" ".join(words[:k]))), 0)
    if not k or k == len(words):
        return None
    rest = words[k:]
    e = len(rest)
    while e > 0 and rest[e - 1].upper() == rest[e - 1] and any(c.isalpha() for c in rest[e - 1]):
        e -= 1
    party = " ".join(rest[e:])
    if e == 0 or not names_entity(party):
        e, party = len(rest), ""
    title = " ".join(rest[:e])
    if not RUN_TITLE.match(title) or (not party and not is_title_line(title)):
        return None
    return PrintedRun(" ".join(words[:k]), title, party)
