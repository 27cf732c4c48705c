"""Defined terms in Form D relationship clarifications, and the chains of roles they name.

A fund's related persons are often a chain of general partners, each clarification defining
a term for its person and naming the one before by its term:

* Acme Associates LP: 'The general partner of the Issuer (the "GP")'
* Acme GP Investors LP: 'The general partner of the GP ("GP of the GP")'
* Acme Holdings LP: 'The general partner of the GP of the GP ("Holdings")'
* Acme Holdings Manager LLC: 'The general partner of Holdings ("Holdings Manager")'

:func:`clarification_terms` reads the term each clarification defines
(:data:`CLARIFICATION_TERM`); :func:`resolve_role_targets` reads "<role> of <reference>"
(:data:`ROLE_OF_REFERENCE`) and finds the related person the reference names: a defined term
("Holdings"), or a chain of general partners spelled out ("the general partner of the GP", with
or without a term for it). A signer's title "Managing Director of Holdings Manager" names its
party the same way (:func:`title_at_term`).

Examples
--------
>>> CLARIFICATION_TERM.search('The general partner of the GP ("GP of the GP")')["term"]
'GP of the GP'
>>> ROLE_OF_REFERENCE.match("The general partner of Holdings")["ref"]
'Holdings'
"""

from __future__ import annotations

import re
from typing import Collection, Mapping, Optional, Sequence

from graphkit import regex_cache
from graphkit.parsers.schedule13_roster_titles import BOARD_SEAT
from graphkit.relations import Relation

#: The term a clarification defines for its related person, at its end: '... of the Issuer
#: (the "GP")', '... of Holdings ("Upper Holdings")', "... (“Manager”)."
CLARIFICATION_TERM = regex_cache.compile(r"""
    \(\s*(?:the\s+)?["“'](?P<term>[^"“”'()]{1,60}?)["”']\s*\)\s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A role held at the party a reference names: "The general partner of Holdings", "general
#: partner of the GP of the GP", "Managing Member of Upper Holdings", "Sole member of Manager"
ROLE_OF_REFERENCE = regex_cache.compile(r"""
    ^\s*(?:the\s+|a\s+|sole\s+)*
    (?P<role>general\s+partner|GP|managing\s+member|manager|member|director)
    \s+(?:of|to)\s+(?P<ref>.+?)\s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A general partner named by the party it is general partner of: "the GP of the GP", "the
#: general partner of Holdings"
GP_OF = regex_cache.compile(r"""
    ^(?:the\s+)?(?:general\s+partner|GP)\s+of\s+(?P<inner>.+)$
""", re.VERBOSE | re.IGNORECASE)

#: What a clarification calls the issuer: "the Issuer", "the Fund", "the Partnership"
ISSUER_REFERENCE = regex_cache.compile(r"""
    ^(?:the\s+)?(?:issuer|fund|partnership|company)$
""", re.VERBOSE | re.IGNORECASE)

#: A clarification split at its first "of": the holder's role, then what it is held at:
#: "Director of the general partner of the Issuer" -> ("Director", "the general partner of
#: the Issuer"); "Investment manager of the master fund". The role is one character or ends on
#: a non-blank, and the blanks before "of" are taken whole: the shortest role before " of" is
#: one of those (a role ending inside a run of blanks, or the blanks after it split, only tried
#: the rest of the run again: cubic on a long run).
ROLE_AT = regex_cache.compile(r"""
    ^\s*(?P<role>.(?:[^\S\n]*+\S)*?)\s++of\s+(?P<ref>.+?)\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A term that is only a role word, never a person's own name: "Managing Member",
#: "General Partner", "the GP", "Director"
ROLE_TERM = regex_cache.compile(r"""
    ^(?:the\s+)?(?:general\s+partner|gp|managing\s+member|manager|member|director|officer
       |trustee|sponsor|investment\s+(?:manager|adviser|advisor)|adviser|advisor)$
""", re.VERBOSE | re.IGNORECASE)

#: The relation each role of :data:`ROLE_OF_REFERENCE` states
ROLE_RELATIONS: dict[str, Relation] = {
    "general partner": Relation.GENERAL_PARTNER_OF, "gp": Relation.GENERAL_PARTNER_OF,
    "managing member": Relation.MANAGING_MEMBER_OF, "manager": Relation.MANAGING_MEMBER_OF,
    "member": Relation.MEMBER_OF, "director": Relation.DIRECTOR_OF,
}

#: A title held at the party a term names, at the end of a signer's title: "SR Managing
#: Director, GC and CCO of Holdings Manager" (the title, then the term)
TITLE_OF_TERM = regex_cache.compile(r"""
    ^(?P<title>.+?)\s+of\s+(?:the\s+)?(?P<ref>[^,]+?)\s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)


#: A signer's title that holds no office at the party it names: a past role ("Former
#: Director", "Formerly President", "Retired Managing Director", "Ex-Chairman") or an authority to
#: sign ("Authorized Signatory", "Attorney-in-Fact", "Authorized Person", "Authorized Agent");
#: searched in each part of a title (:data:`TITLE_PARTS`), so "Vice President and Authorized
#: Signatory" keeps its office; "Ex-officio Director" is a director
NO_OFFICE_TITLE = regex_cache.compile(r"""
    ^(?:the\s+)?(?:(?:former(?:ly)?|past|retired|previous|prior)\b|ex-(?!officio)|ex\s)
  | \b(?:signatory|attorney|authori[sz]ed\s+(?:person|representative|agent|signer)|agent)\b
""", re.VERBOSE | re.IGNORECASE)
#: Where a signer's title parts into offices: "Vice President and Authorized Signatory",
#: "General Counsel, Authorized Signatory", "CFO & Attorney-in-Fact"
TITLE_PARTS = regex_cache.compile(r"""\s*(?:,|&|\band\b)\s*""", re.VERBOSE | re.IGNORECASE)


def term_key(text: str) -> str:
    """A term or reference compared without case, spacing or a leading "the"."""
    return " ".join(re.sub(r"^\s*the\s+", "", text, flags=re.IGNORECASE).lower().split())


def clarification_terms(clarifications: Mapping[str, str], gp_of_issuer: Sequence[str] = (),
                        persons: Collection[str] = ()) -> dict[str, Optional[str]]:
    """The defined term of each clarification (by party id) as {term key: party id}; a term
    two clarifications define names neither.

    A term is its related person's only when it follows the person's own description
    (:func:`names_the_object`). A term that follows the party the role is held at
    ('Director of the general partner of the Issuer (the "General Partner")', 'of the
    Issuer, Acme GP Ltd. (the "GP")') names that party: the issuer's general partner when
    ``gp_of_issuer`` holds exactly one other party, else a party that is not a related person
    (the key maps to None: references to it name nobody known). An issuer word ("the Fund",
    :data:`ISSUER_REFERENCE`) is never a related person's term: after "of the Issuer" it
    names the issuer (left to :func:`_resolve`), after anything else another party (None).
    A role word (:data:`ROLE_TERM`) is not a term of a person (ids in ``persons``).

    >>> clarification_terms({"p1": 'General partner of the Issuer (the "GP")',
    ...                      "p2": 'The general partner of the GP ("GP of the GP")'})
    {'gp': 'p1', 'gp of the gp': 'p2'}
    >>> clarification_terms({"p6": 'Director of the general partner of the Issuer, Acme GP'
    ...                            ' Ltd. (the "General Partner")',
    ...                      "p3": 'Investment manager of the master fund (the "Fund")'})
    {'general partner': None, 'fund': None}
    >>> clarification_terms({"p1": 'The general partner of the Issuer (the "Partnership")'})
    {}
    """
    terms: dict[str, Optional[str]] = {}
    twice: set[str] = set()
    for pid, text in clarifications.items():
        m = CLARIFICATION_TERM.search(text)
        if m is None:
            continue
        key = term_key(m["term"])
        owner: Optional[str] = pid
        of = ROLE_AT.match(text[:m.start()].rstrip(" ,"))
        if ISSUER_REFERENCE.match(key):
            if of is not None and ISSUER_REFERENCE.match(term_key(of["ref"])):
                continue  # 'The general partner of the Issuer (the "Partnership")'
            owner = None
        elif of is not None and names_the_object(of["ref"], key):
            gps = [g for g in gp_of_issuer if g != pid]
            gp_of = GP_OF.match(term_key(of["ref"])) if "," not in of["ref"] else None
            issuer_gp = gp_of is not None and ISSUER_REFERENCE.match(gp_of["inner"])
            owner = gps[0] if issuer_gp and len(gps) == 1 else None
        elif pid in persons and ROLE_TERM.match(key):
            continue  # 'Managing Member of Holdings (the "Managing Member")' of a person
        if key in terms and terms[key] != owner:
            twice.add(key)
        terms[key] = owner
    return {k: v for k, v in terms.items() if k not in twice}


def names_the_object(ref: str, key: str) -> bool:
    """Whether a term (its :func:`term_key` ``key``) defined after "<role> of ``ref``" names
    the party the role is held at, not the holder: another name set off by a comma ("of the
    Issuer, Acme GP Ltd."), or the term is that party's description or its initials ("the
    general partner of the Issuer" -> "General Partner" / "GP"; "the master fund" -> "Fund").

    >>> names_the_object("the general partner of the Issuer", "gp")
    True
    >>> names_the_object("the Issuer, Acme GP Ltd.", "acme")
    True
    >>> names_the_object("Holdings", "upper holdings"), names_the_object("the GP", "gp of the gp")
    (False, False)
    """
    if "," in ref:
        return True
    head = term_key(re.split(r"\s+of\s+", ref, flags=re.IGNORECASE)[0])
    initials = "".join(w[0] for w in head.split())
    return head == key or head.endswith(" " + key) or (len(initials) > 1 and key == initials)


def names_unknown_party(text: str, terms: Mapping[str, Optional[str]]) -> bool:
    """Whether a clarification's role is held at a term that names a party other than the
    issuer and its related persons (see :func:`clarification_terms`).

    >>> names_unknown_party("The general partner of the Fund", {"fund": None})
    True
    >>> names_unknown_party("The general partner of the Fund", {})
    False
    """
    m = ROLE_OF_REFERENCE.match(_strip_term(text))
    key = term_key(m["ref"]) if m is not None else ""
    return key in terms and terms[key] is None


def _strip_term(text: str) -> str:
    m = CLARIFICATION_TERM.search(text)
    return text[:m.start()].rstrip() if m else text


def resolve_role_targets(clarifications: Mapping[str, str], gp_of_issuer: Sequence[str],
                         persons: Collection[str] = ()) -> dict[str, tuple[Relation, str]]:
    """The (relation, target party id) each clarification states at another related person
    named by a reference (see the module docstring); the issuer is "issuer".

    ``gp_of_issuer`` are the related entities stated to be the issuer's general partner ("the
    GP" without a term of its own names the one of them). A reference that names nobody, or
    only the clarification's own person, or a person (ids in ``persons``: a role is held at
    an entity), gives nothing.

    >>> clar = {"p1": 'The general partner of the Issuer (the "GP")',
    ...         "p2": 'The general partner of the GP ("GP of the GP")',
    ...         "p3": 'The general partner of the GP of the GP ("Holdings")',
    ...         "p4": 'Managing member of Holdings'}
    >>> {k: (r.value, t) for k, (r, t) in resolve_role_targets(clar, ["p1"]).items()}
    ... # doctest: +NORMALIZE_WHITESPACE
    {'p1': ('general_partner_of', 'issuer'), 'p2': ('general_partner_of', 'p1'),
     'p3': ('general_partner_of', 'p2'), 'p4': ('managing_member_of', 'p3')}
    """
    terms = clarification_terms(clarifications, gp_of_issuer, persons)
    roles: dict[str, tuple[Relation, str]] = {}  # what each clarification states so far
    pending = {pid: ROLE_OF_REFERENCE.match(_strip_term(text))
               for pid, text in clarifications.items()}
    pending = {pid: m for pid, m in pending.items() if m is not None}
    for _ in range(len(pending) + 1):  # each round settles at least one link of a chain
        settled = False
        for pid, m in list(pending.items()):
            target = _resolve(m["ref"], terms, roles, gp_of_issuer, pid)
            if target is not None and target != pid and target not in persons:
                roles[pid] = (ROLE_RELATIONS[" ".join(m["role"].lower().split())], target)
                del pending[pid]
                settled = True
        if not settled:
            break
    return roles


def _resolve(ref: str, terms: Mapping[str, Optional[str]], roles: Mapping[str, tuple[Relation, str]],
             gp_of_issuer: Sequence[str], own: str) -> Optional[str]:
    """The party id ``ref`` names, or None (not known yet, or nobody)."""
    key = term_key(ref)
    if key in terms and terms[key] is None:
        return None  # a term for a party that is not a related person
    if ISSUER_REFERENCE.match(key):
        return "issuer"
    if key in terms:
        return terms[key]
    if key in ("gp", "general partner"):
        others = [g for g in gp_of_issuer if g != own]
        return others[0] if len(others) == 1 else None
    m = GP_OF.match(key)
    if m is None:
        return None
    inner = _resolve(m["inner"], terms, roles, gp_of_issuer, own)
    if inner is None:
        return None
    gps = [pid for pid, (rel, target) in roles.items()
           if rel is Relation.GENERAL_PARTNER_OF and target == inner and pid != own]
    return gps[0] if len(gps) == 1 else None


def title_at_term(title: Optional[str], terms: Mapping[str, Optional[str]]
                  ) -> Optional[tuple[Relation, Optional[str], str]]:
    """(relation, title, party id) when a signer's ``title`` ends "of <term>" for a defined term
    of ``terms`` (:func:`clarification_terms`), else None. A role of :data:`ROLE_RELATIONS`
    ("Managing Member of GP") is that relation, without a title, and a board seat
    ("Independent Director of GP") a director's; a past role or an authority to sign
    (:data:`NO_OFFICE_TITLE`: "Former Director", "Authorized Signatory") states none; any
    other title is an officer's.

    >>> title_at_term("Managing Director and CCO of Holdings Manager", {"holdings manager": "p5"})
    (<Relation.OFFICER_OF: 'officer_of'>, 'Managing Director and CCO', 'p5')
    >>> title_at_term("Managing Member of the GP", {"gp": "p1"})
    (<Relation.MANAGING_MEMBER_OF: 'managing_member_of'>, None, 'p1')
    >>> title_at_term("President of the Issuer", {"holdings manager": "p5"}) is None
    True
    >>> title_at_term("Authorized Signatory of GP", {"gp": "p1"}) is None
    True
    >>> title_at_term("Vice President and Authorized Signatory of GP", {"gp": "p1"})[:2]
    (<Relation.OFFICER_OF: 'officer_of'>, 'Vice President and Authorized Signatory')
    """
    m = TITLE_OF_TERM.match(title or "")
    if m is None or terms.get(term_key(m["ref"])) is None:
        return None
    said = m["title"].strip(" ,")
    parts = [t for t in TITLE_PARTS.split(said) if t]
    if NO_OFFICE_TITLE.match(said) or all(NO_OFFICE_TITLE.search(t) for t in parts):
        return None  # "Former Director of Holdings", "Authorized Signatory of Holdings Manager"
    role = ROLE_RELATIONS.get(" ".join(re.sub(r"^(?:the|sole)\s+", "", said.lower()).split()))
    if role is None and BOARD_SEAT.fullmatch(said):
        role = Relation.DIRECTOR_OF  # "Independent Director of Holdings"
    if role is not None:
        return role, None, terms[term_key(m["ref"])]
    return Relation.OFFICER_OF, said, terms[term_key(m["ref"])]
