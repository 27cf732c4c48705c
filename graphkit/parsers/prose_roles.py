"""Roles stated in filing prose: the relations a role phrase names, and who holds which.

"the sole general partner", "sole shareholder and president", "an officer and director",
"Executive Vice President, Chief Operating Officer and Secretary": :func:`role_relations` reads
the relations (and officer titles) a role phrase states; :func:`held_relation` corrects one by
the party it is held of (the bare manager of a limited liability company runs it); and
:func:`role_pairs` says which holder holds which role of which held party in a statement
("..., respectively"). The sentence patterns that find the role phrases live in
:mod:`graphkit.parsers.prose_patterns`; :mod:`graphkit.parsers.prose` applies them.

Examples
--------
>>> [(r.value, t) for r, t in role_relations("sole member and President")]
[('member_of', None), ('officer_of', 'President')]
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from graphkit import regex_cache
from graphkit.parsers.prose_lists import split_listed
from graphkit.parsers.prose_patterns import ROLE_OF_NAME
from graphkit.parsers.prose_role_patterns import OFFICER_ABBREVIATIONS
from graphkit.relations import Relation, spec


_ROLE_RELATION: tuple[tuple[str, Relation], ...] = (
    ("control person", Relation.CONTROL_PERSON_OF),  # "the control person"
    ("controlling person", Relation.CONTROL_PERSON_OF),  # (not "controlling owner")
    ("general partner", Relation.GENERAL_PARTNER_OF),
    ("managing partner", Relation.GENERAL_PARTNER_OF),
    ("managing limited partner", Relation.GENERAL_PARTNER_OF),  # of a KG: it runs the firm
    ("sole limited partner", Relation.SHAREHOLDER_OF),  # it owns the partnership's interests
    ("committee member", Relation.DIRECTOR_OF),  # "investment committee members of Acme GP"
    # an employee's title, not a seat on the board: "a Senior Managing Director of Acme LLC"
    ("managing director", Relation.OFFICER_OF),
    ("managing member", Relation.MANAGING_MEMBER_OF),
    ("parent", Relation.PARENT_OF),  # "the ultimate parent company of Acme Advisors LLC"
    ("non-member manager", Relation.MANAGING_MEMBER_OF),  # the manager of a manager-run LLC
    ("owner", Relation.SHAREHOLDER_OF),  # "sole owner"
    ("member", Relation.MEMBER_OF),
    ("trustee", Relation.TRUSTEE_OF),
    ("shareholder", Relation.SHAREHOLDER_OF),
    ("stockholder", Relation.SHAREHOLDER_OF),
    ("president", Relation.OFFICER_OF),  # also "Executive Vice President"
    ("chair", Relation.OFFICER_OF),
    ("officer", Relation.OFFICER_OF),
    ("secretar", Relation.OFFICER_OF),
    ("treasurer", Relation.OFFICER_OF),
    ("director", Relation.DIRECTOR_OF),
    ("manag", Relation.INVESTMENT_MANAGER_OF),
    ("advis", Relation.INVESTMENT_MANAGER_OF),
)


def role_relations(role: str, held: str = "") -> list[tuple[Relation, Optional[str]]]:
    """The relations a role phrase states, each with a title for officer roles; ``held``, the
    party the role is of, when known (see :func:`held_relation`).

    >>> role_relations("the sole investment general partner")
    [(<Relation.GENERAL_PARTNER_OF: 'general_partner_of'>, None)]
    >>> [(r.value, t) for r, t in role_relations("sole shareholder and president")]
    [('shareholder_of', None), ('officer_of', 'President')]
    >>> [(r.value, t) for r, t in role_relations("Chairman and Management Committee Director")]
    [('officer_of', 'Chairman'), ('director_of', None)]
    >>> [r.value for r, _ in role_relations("investment committee members")]
    ['director_of']
    >>> [r.value for r, _ in role_relations("G.P.")], role_relations("GPs")
    (['general_partner_of'], [])

    The titles of one officer are read as one: "Executive Vice President, Chief Operating
    Officer and Secretary" is one officer of the party, with all three titles.

    >>> [(r.value, t) for r, t in role_relations("an officer, director and one-third owner")]
    [('officer_of', 'Officer'), ('director_of', None), ('shareholder_of', None)]
    >>> role_relations("Executive Vice President, Chief Operating Officer and Secretary")
    ... # doctest: +NORMALIZE_WHITESPACE
    [(<Relation.OFFICER_OF: 'officer_of'>,
      'Executive Vice President, Chief Operating Officer, Secretary')]
    """
    out = list(_role_relations(role.lower()))
    if held:
        out = [held_relation(rel, title, role, held) for rel, title in out]
    return out


#: A bare manager role, not an investment one: "the manager", "its sole Manager", "managers"
#: (not "investment manager", "portfolio manager", "asset manager", "fund manager")
BARE_MANAGER = regex_cache.compile(r"""
    ^(?:(?:the|a|an|its|their|sole|only|co-|non-member|both|each|all)\s+)*managers?$
""", re.VERBOSE | re.IGNORECASE)
#: The final legal form of a limited liability company's name: "Acme Holdings, LLC", "Acme
#: Partners, L.L.C.", "Acme Capital L L C.", "Acme Capital Limited Liability Company" (not the
#: "LLC" inside "Acme LLC Fund, L.P.": the name's own form is the last)
LLC_NAME = regex_cache.compile(r"""
    (?<![A-Za-z])(?:L\.?\s?L\.?\s?C\.?|limited\s+liability\s+company)   # "L.L.C.", "L L C."
    \s*$
""", re.VERBOSE | re.IGNORECASE)


def held_relation(rel: Relation, title: Optional[str], role: str, held: str
                  ) -> tuple[Relation, Optional[str]]:
    """``(rel, title)`` as read for the party ``held``: the bare manager of a limited
    liability company is the one who runs it, its managing member (title "Manager"), not an
    investment manager; every other role is read as :func:`role_relations` reads it. Prose
    names the held party as written, often by a defined term ("the managers of AC"): the
    callers that bind it read the finding's role again for the party's own name (a finding
    keeps its ``role``), so the kind of the party decides, not the term's letters.

    >>> held_relation(Relation.INVESTMENT_MANAGER_OF, None, "its sole Manager", "Acme Fund, LLC")
    (<Relation.MANAGING_MEMBER_OF: 'managing_member_of'>, 'Manager')
    >>> held_relation(Relation.INVESTMENT_MANAGER_OF, None, "the investment manager",
    ...               "Acme Fund, LLC")[0].value
    'investment_manager_of'
    >>> held_relation(Relation.INVESTMENT_MANAGER_OF, None, "the manager", "Acme Fund, L.P.")[0].value
    'investment_manager_of'
    >>> held_relation(Relation.INVESTMENT_MANAGER_OF, None, "the managing member and manager",
    ...               "Acme Capital, LLC")
    (<Relation.MANAGING_MEMBER_OF: 'managing_member_of'>, None)

    A role that names the holder a member too ("the sole member and manager of PWAM") is of a
    limited liability company whatever its name shows (only such a company has members):

    >>> held_relation(Relation.INVESTMENT_MANAGER_OF, None, "the sole member and manager", "PWAM")
    (<Relation.MANAGING_MEMBER_OF: 'managing_member_of'>, 'Manager')
    """
    if rel is not Relation.INVESTMENT_MANAGER_OF:
        return rel, title
    if not LLC_NAME.search(held) and not any(  # "sole member and manager of PWAM": members
            r in _MEMBER_ROLES for r, _ in _role_relations(role.lower())):  # are an LLC's
        return rel, title
    parts = [p for p in _ROLE_SEPARATOR.split(role.strip())
             if _role_relations(p.lower()) == ((Relation.INVESTMENT_MANAGER_OF, None),)]
    if len(parts) == 1 and BARE_MANAGER.match(parts[0].strip()):
        if any(r is Relation.MANAGING_MEMBER_OF for r, _ in _role_relations(role.lower())):
            return Relation.MANAGING_MEMBER_OF, None  # "managing member and manager": one
        return Relation.MANAGING_MEMBER_OF, "Manager"
    return rel, title


#: The code of the warning for a relation not read because its held party is a person
#: (:func:`~graphkit.relations.held_kind_fits`)
HELD_PERSON = "held-person"


def held_person_message(relation: Relation, name: str) -> str:
    """The warning's text for ``relation`` stated of the person ``name``, which is not read: a
    person is no partnership nor limited liability company (the sentence was likely misread).

    >>> held_person_message(Relation.GENERAL_PARTNER_OF, "Jane Roe")[:60]
    "'Jane Roe' is a person, which has no general partner: the ge"
    """
    role = spec(relation).label.removesuffix(" of")
    return (f"{name!r} is a person, which has no {role}: the {relation.value} "
            f"relation stated about it is not read")


#: Roles only a limited liability company has: a member, a managing member
_MEMBER_ROLES = frozenset({Relation.MEMBER_OF, Relation.MANAGING_MEMBER_OF})

#: A general partner's role written as its initials, as a signature block prints it after the
#: entity: "G.P." of "By: Acme Management LP, G.P.", "its GP", "the sole G. P."; (compared in
#: lower case; not "GPs" nor the "gp" inside a word)
ABBREVIATED_GENERAL_PARTNER = regex_cache.compile(r"""
    ^(?:(?:its|the|their|sole)\s+)*g\.?\s?p\.?$
""", re.VERBOSE)

#: An officer's title abbreviated (:data:`~graphkit.parsers.prose_role_patterns.
#: OFFICER_ABBREVIATIONS`: "the CEO"), in a role phrase read in lower case
ABBREVIATED_OFFICER = regex_cache.compile(rf"""
    ^(?:(?:its|the|their|a|an)\s+)*(?P<title>{"|".join(OFFICER_ABBREVIATIONS)})$
""", re.VERBOSE)

#: Separators of the roles of a phrase: "sole shareholder and president", "Chairman, Director"
_ROLE_SEPARATOR = regex_cache.compile(r"""\s*(?:,|\band\b|&)\s*""", re.VERBOSE)
#: The title an officer role gives: "Chief Executive Officer", "Chief Operating Officer",
#: "Executive Vice President", "President", "Chairman", "Vice Chairman", "Chairman of the Board",
#: "Secretary", "Officer" (of "an officer"),
#: "Senior Managing Director", "Interim Chief Financial Officer", "Acting President" (a
#: holder for the time being is that officer: the qualifier stays in the title)
_OFFICER_TITLE = regex_cache.compile(r"""((?:(?:interim|acting)\s+)?
    (?:chief\s+(?:[a-z]+\s+){1,2}?officer|executive\s+officer
    |(?:(?:senior|executive|co-?)\s*){0,2}managing\s+director
    |(?:(?:senior|executive|first)\s+){0,2}vice\s+president|president|officer
    |(?:vice[\s-]+)?(?:chairman|chairperson)(?:\s+of\s+the\s+board)?|secretary|treasurer))""",
                                   re.VERBOSE)


def _titled(title: str) -> str:
    """An officer's title as a title is written: "Chairman of the Board" of "chairman of the
    board" ("of" and "the" in lower case after the first word).

    >>> _titled("vice  chairman of the board"), _titled("chief executive officer")
    ('Vice Chairman of the Board', 'Chief Executive Officer')
    """
    words = title.title().split()
    return " ".join(w.lower() if k and w in ("Of", "The") else w for k, w in enumerate(words))


@functools.lru_cache(maxsize=1024)
def _role_relations(role: str) -> tuple[tuple[Relation, Optional[str]], ...]:
    # cached: a few hundred role phrases ("general partner", "sole member") recur in filings
    out: list[tuple[Relation, Optional[str]]] = []
    for part in _ROLE_SEPARATOR.split(role):
        if "p" in part and ABBREVIATED_GENERAL_PARTNER.match(part):
            if (Relation.GENERAL_PARTNER_OF, None) not in out:  # "G.P.", "its GP"
                out.append((Relation.GENERAL_PARTNER_OF, None))
            continue
        abbreviated = ABBREVIATED_OFFICER.match(part) if "o" in part else None
        if abbreviated is not None:  # "the CEO": an officer titled so
            part = abbreviated["title"].upper()
        for key, rel in _ROLE_RELATION:
            if key in part or abbreviated is not None and rel is Relation.OFFICER_OF:
                title = None
                if rel is Relation.OFFICER_OF:
                    m = _OFFICER_TITLE.search(part)
                    title = part if abbreviated is not None else _titled(m.group(1)) if m \
                        else None
                    at = next((i for i, (r, _) in enumerate(out) if r is rel), None)
                    if at is not None:  # a second title of the same officer: one finding
                        first = out[at][1]
                        if title and first and title not in first.split(", "):
                            out[at] = (rel, f"{first}, {title}")
                        elif title and not first:
                            out[at] = (rel, title)
                        break
                if (rel, title) not in out:
                    out.append((rel, title))
                if key == "chair" and "board" in part \
                        and (Relation.DIRECTOR_OF, None) not in out:  # its chair: a seat on it
                    out.append((Relation.DIRECTOR_OF, None))
                break
    return tuple(out)


#: Words between a holder and its role that make it the last of several: "their" of "A and B,
#: in their capacities as", "which are" of "Acme Fund LP and Beta Fund LP, which are the members
#: of Gamma LLC", "who are" (each listed before holds the role too), ", each " of "Jane Roe and
#: John Doe, each a managing member of Acme GP LLC"
PLURAL_HOLDERS = ("their", "which are", "who are", ", each ")

#: "respectively" after a statement: its lists pair in order ("Roe and Doe are an officer and
#: director of the Issuer, respectively": Roe is the officer, Doe the director)
RESPECTIVELY = regex_cache.compile(r"""\s*+(?:,\s*+)?respectively\b""", re.VERBOSE)


def role_pairs(role: str, holders: list[str], held: str, respectively: bool = False
               ) -> list[tuple[str, list[tuple[str, str]]]]:
    """The (holder, held) pairs of a statement "HOLDERS ROLE of HELD", by role, in order.

    Every holder holds the role of every held name, but a later held name that opens with a
    role of its own holds that one ("Vice President and Treasurer of Acme Corp. and President of
    Beta Inc."), and a holder of a list that is a role of a party ("The Director of Acme Corp.
    and Jane Q. Roe are ...") is no name. With ``respectively`` the lists of two or more (holders, roles, held names) pair in
    order, and lists of different lengths give nothing.

    >>> role_pairs("Vice President and Treasurer", ["Jane Q. Roe"],
    ...            "Acme Corp. and President of Beta Inc.")
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Vice President and Treasurer', [('Jane Q. Roe', 'Acme Corp.')]),
     ('President', [('Jane Q. Roe', 'Beta Inc.')])]
    >>> role_pairs("an officer and director", ["Jane Q. Roe", "John A. Doe"], "the Issuer",
    ...            respectively=True)
    [('an officer', [('Jane Q. Roe', 'Issuer')]), ('director', [('John A. Doe', 'Issuer')])]
    """
    if len(holders) > 1:  # one holder "Trustee of the Roe Trust" is left to the caller
        holders = [h for h in holders if not ROLE_OF_NAME.match(h)]
    items: list[tuple[str, str]] = []
    for i, t in enumerate(split_listed(held)):
        other = ROLE_OF_NAME.match(t) if i else None
        items.append((other["role"], other["name"]) if other else (role, t))
    if respectively and len({r for r, _ in items}) == 1:
        roles = [r for r in _ROLE_SEPARATOR.split(role.strip()) if r]
        lists = [x for x in (holders, roles, items) if len(x) > 1]
        if lists:
            if len({len(x) for x in lists}) > 1:
                return []
            n = len(lists[0])
            pick = [x if len(x) > 1 else x * n for x in (holders, roles, items)]
            return [(r, [(h, t)]) for h, r, (_, t) in zip(*pick)]
    out: dict[str, list[tuple[str, str]]] = {}
    for h in holders:
        for r, t in items:
            out.setdefault(r, []).append((h, t))
    return list(out.items())


def pairs_two_lists(role: str, holders: list[str], held: str, opens_sentence: bool = True
                    ) -> bool:
    """Whether a statement "HOLDERS are ROLES, respectively, of HELD" pairs two lists of two
    or more (holders, roles or held names): "Roe and Doe are President and Chairman,
    respectively, of Acme Corp." does; where the reader kept one holder of a list ("Roe and
    Doe, both citizens of the United States, are ...") only the roles are a list, and which
    role is whose is not known. One holder pairs only when it ``opens_sentence`` (no list
    before it an aside could have cut).

    >>> pairs_two_lists("President and Chairman", ["Jane Roe", "John Doe"], "Acme Corp.")
    True
    >>> pairs_two_lists("President and Chairman", ["United States"], "Acme Corp.")
    False
    >>> pairs_two_lists("the general partners", ["Acme GP", "Beta GP"], "Acme LP and Beta LP")
    True
    >>> pairs_two_lists("President and Chairman", ["Bob Jones"], "Acme Corp. and Beta Inc.",
    ...                 opens_sentence=False)
    False
    >>> pairs_two_lists("President and Chairman", ["Jane", "John Roe"], "Acme Corp.")
    False
    >>> pairs_two_lists("Chairman and Vice Chairman", ["Roe", "Doe"], "ACME")  # defined terms
    True
    """
    if len(holders) > 1:  # "Jane Roe, the President of Acme Inc., and John Doe": two holders
        holders = [h for h in holders if not ROLE_OF_NAME.match(h)]
    roles = [r for r in _ROLE_SEPARATOR.split(role.strip()) if r]
    if len(holders) < 2 and not opens_sentence:
        return False  # one holder left of a list an aside cut: "A and B, both citizens of the
        # United States, are", "Mary Jones and her husband, Bob Jones, are"; or a plural
        # holder ("Roe & Doe are", "The Reporting Persons are": the caller says so)
    if len(holders) > 1 and any(len(h.split()) == 1 for h in holders) and \
            any(len(h.split()) > 1 for h in holders):
        return False  # one name split in two: "Jane and John Roe", "Smith, Jones & Co."
    return sum(len(x) > 1 for x in (holders, roles, split_listed(held))) >= 2


def clause_holders(clauses: list[tuple[str, str]], holders: list[str], respectively: bool
                   ) -> list[tuple[tuple[str, str], list[str], bool]]:
    """Each clause (its role and held groups) of a statement with the holders that hold it, and
    whether its own lists still pair "respectively". With "respectively" after as many
    clauses as holders, the k-th holder holds the k-th clause: "Roe and Doe are the general
    partner of Acme Fund and the managing member of Acme GP, respectively" (Roe the general
    partner, Doe the managing member); with another number of holders, none does (which holds
    which is not known); without it, every holder holds every clause.

    >>> clause_holders([("role", "held"), ("role3", "held3")], ["Roe", "Doe"], True)
    [(('role', 'held'), ['Roe'], False), (('role3', 'held3'), ['Doe'], False)]
    >>> clause_holders([("role", "held"), ("role3", "held3")], ["Roe", "Doe"], False)
    [(('role', 'held'), ['Roe', 'Doe'], False), (('role3', 'held3'), ['Roe', 'Doe'], False)]
    >>> clause_holders([("role", "held")], ["Roe", "Doe"], True)
    [(('role', 'held'), ['Roe', 'Doe'], True)]
    >>> clause_holders([("role", "held"), ("role3", "held3")], ["Roe", "Doe", "Poe"], True)
    []

    See also
    --------
    role_pairs : the pairs of one clause
    """
    if respectively and len(clauses) > 1 and len(holders) > 1:
        if len(holders) != len(clauses):
            return []
        return [(c, [h], False) for c, h in zip(clauses, holders)]
    return [(c, holders, respectively) for c in clauses]
