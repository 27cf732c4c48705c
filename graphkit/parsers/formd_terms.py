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
from typing import Mapping, Optional, Sequence

from graphkit.relations import Relation

#: The term a clarification defines for its related person, at its end: '... of the Issuer
#: (the "GP")', '... of Holdings ("Upper Holdings")', "... (“Manager”)."
CLARIFICATION_TERM = re.compile(r"""
    \(\s*(?:the\s+)?["“'](?P<term>[^"“”'()]{1,60}?)["”']\s*\)\s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A role held at the party a reference names: "The general partner of Holdings", "general
#: partner of the GP of the GP", "Managing Member of Upper Holdings", "Sole member of Manager"
ROLE_OF_REFERENCE = re.compile(r"""
    ^\s*(?:the\s+|a\s+|sole\s+)*
    (?P<role>general\s+partner|GP|managing\s+member|manager|member|director)
    \s+(?:of|to)\s+(?P<ref>.+?)\s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)

#: A general partner named by the party it is general partner of: "the GP of the GP", "the
#: general partner of Holdings"
GP_OF = re.compile(r"""
    ^(?:the\s+)?(?:general\s+partner|GP)\s+of\s+(?P<inner>.+)$
""", re.VERBOSE | re.IGNORECASE)

#: What a clarification calls the issuer: "the Issuer", "the Fund", "the Partnership"
ISSUER_REFERENCE = re.compile(r"""
    ^(?:the\s+)?(?:issuer|fund|partnership|company)$
""", re.VERBOSE | re.IGNORECASE)

#: The relation each role of :data:`ROLE_OF_REFERENCE` states
ROLE_RELATIONS: dict[str, Relation] = {
    "general partner": Relation.GENERAL_PARTNER_OF, "gp": Relation.GENERAL_PARTNER_OF,
    "managing member": Relation.MANAGING_MEMBER_OF, "manager": Relation.MANAGING_MEMBER_OF,
    "member": Relation.MEMBER_OF, "director": Relation.DIRECTOR_OF,
}

#: A title held at the party a term names, at the end of a signer's title: "SR Managing
#: Director, GC and CCO of Holdings Manager" (the title, then the term)
TITLE_OF_TERM = re.compile(r"""
    ^(?P<title>.+?)\s+of\s+(?:the\s+)?(?P<ref>[^,]+?)\s*\.?\s*$
""", re.VERBOSE | re.IGNORECASE)


def term_key(text: str) -> str:
    """A term or reference compared without case, spacing or a leading "the"."""
    return " ".join(re.sub(r"^\s*the\s+", "", text, flags=re.IGNORECASE).lower().split())


def clarification_terms(clarifications: Mapping[str, str]) -> dict[str, str]:
    """The defined term of each clarification (by party id) as {term key: party id}; a term
    two clarifications define names neither.

    >>> clarification_terms({"p1": 'General partner of the Issuer (the "GP")',
    ...                      "p2": 'The general partner of the GP ("GP of the GP")'})
    {'gp': 'p1', 'gp of the gp': 'p2'}
    """
    terms: dict[str, str] = {}
    twice: set[str] = set()
    for pid, text in clarifications.items():
        m = CLARIFICATION_TERM.search(text)
        if m is None:
            continue
        key = term_key(m["term"])
        if key in terms and terms[key] != pid:
            twice.add(key)
        terms[key] = pid
    return {k: v for k, v in terms.items() if k not in twice}


def _strip_term(text: str) -> str:
    m = CLARIFICATION_TERM.search(text)
    return text[:m.start()].rstrip() if m else text


def resolve_role_targets(clarifications: Mapping[str, str], gp_of_issuer: Sequence[str]
                         ) -> dict[str, tuple[Relation, str]]:
    """The (relation, target party id) each clarification states at another related person
    named by a reference (see the module docstring); the issuer is "issuer".

    ``gp_of_issuer`` are the related entities stated to be the issuer's general partner ("the
    GP" without a term of its own names the one of them). A reference that names nobody, or
    only the clarification's own person, gives nothing.

    >>> clar = {"p1": 'The general partner of the Issuer (the "GP")',
    ...         "p2": 'The general partner of the GP ("GP of the GP")',
    ...         "p3": 'The general partner of the GP of the GP ("Holdings")',
    ...         "p4": 'Managing member of Holdings'}
    >>> {k: (r.value, t) for k, (r, t) in resolve_role_targets(clar, ["p1"]).items()}
    ... # doctest: +NORMALIZE_WHITESPACE
    {'p1': ('general_partner_of', 'issuer'), 'p2': ('general_partner_of', 'p1'),
     'p3': ('general_partner_of', 'p2'), 'p4': ('managing_member_of', 'p3')}
    """
    terms = clarification_terms(clarifications)
    roles: dict[str, tuple[Relation, str]] = {}  # what each clarification states so far
    pending = {pid: ROLE_OF_REFERENCE.match(_strip_term(text))
               for pid, text in clarifications.items()}
    pending = {pid: m for pid, m in pending.items() if m is not None}
    for _ in range(len(pending) + 1):  # each round settles at least one link of a chain
        settled = False
        for pid, m in list(pending.items()):
            target = _resolve(m["ref"], terms, roles, gp_of_issuer, pid)
            if target is not None and target != pid:
                roles[pid] = (ROLE_RELATIONS[" ".join(m["role"].lower().split())], target)
                del pending[pid]
                settled = True
        if not settled:
            break
    return roles


def _resolve(ref: str, terms: Mapping[str, str], roles: Mapping[str, tuple[Relation, str]],
             gp_of_issuer: Sequence[str], own: str) -> Optional[str]:
    """The party id ``ref`` names, or None (not known yet, or nobody)."""
    key = term_key(ref)
    if key in terms:
        return terms[key]
    if ISSUER_REFERENCE.match(key):
        return "issuer"
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


def title_at_term(title: Optional[str], terms: Mapping[str, str]
                  ) -> Optional[tuple[Relation, Optional[str], str]]:
    """(relation, title, party id) when a signer's ``title`` ends "of <term>" for a defined term
    of ``terms`` (:func:`clarification_terms`), else None. A role of :data:`ROLE_RELATIONS`
    ("Managing Member of GP") is that relation, without a title; any other title is an
    officer's.

    >>> title_at_term("Managing Director and CCO of Holdings Manager", {"holdings manager": "p5"})
    (<Relation.OFFICER_OF: 'officer_of'>, 'Managing Director and CCO', 'p5')
    >>> title_at_term("Managing Member of the GP", {"gp": "p1"})
    (<Relation.MANAGING_MEMBER_OF: 'managing_member_of'>, None, 'p1')
    >>> title_at_term("President of the Issuer", {"holdings manager": "p5"}) is None
    True
    """
    m = TITLE_OF_TERM.match(title or "")
    if m is None or term_key(m["ref"]) not in terms:
        return None
    said = m["title"].strip(" ,")
    role = ROLE_RELATIONS.get(" ".join(re.sub(r"^(?:the|sole)\s+", "", said.lower()).split()))
    if role is not None:
        return role, None, terms[term_key(m["ref"])]
    return Relation.OFFICER_OF, said, terms[term_key(m["ref"])]
