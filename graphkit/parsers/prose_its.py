"""A role stated with "its" for a party named before: "The shares are held by Acme Fund LP. Acme
GP LLC is its general partner", "Its general partner is Acme GP LLC", "Jane Roe is its
managing member", and a role "its" gives in an aside after "controlled by": "Acme GP LLC is
controlled by Jane Roe, its managing member".

Footnotes of Forms 3/4/5 and Item 2 texts write control chains one link a sentence, each link
naming the new party and pointing back with "its". :func:`its_roles` reads such a clause
(:data:`IS_ITS_ROLE`, :data:`ITS_ROLE_IS`) where it opens a sentence or a clause after ", and"
or ";", and binds "its" to the one entity (a name with an organization word:
:func:`~graphkit.parsers.prose_lists.entity_kind`) named before it in the sentence, else in the
sentence before. Two entities named there make "its" ambiguous: nothing is read rather than a
guess. :data:`CONTROLLED_BY_ITS_ROLE` binds "its" to the subject of its sentence (or to the name
before ", which is controlled by its ...": :data:`WHICH_IS_CONTROLLED_BY_ITS_ROLE`; "their": to
each entity of the subject, :data:`THEIR_CONTROLLED_BY_ROLE`), and
:data:`EXERCISED_BY_ITS_ROLE` to the possessor of the power ("Acme Fund LP's power is exercised
by its general partner, Acme GP LLC").

Examples
--------
>>> before = "The shares are held by Acme Fund LP."
>>> [(r.holder, r.role, r.held) for r in its_roles("Acme GP LLC is its general partner.", before)]
[('Acme GP LLC', 'general partner', 'Acme Fund LP')]
>>> its_roles("Acme GP LLC is its general partner.", "Acme Fund LP sold to Beta Fund LP.")
[]
"""

from __future__ import annotations

import re
from itertools import chain
from typing import Callable, Optional

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.parsers.prose_bare_roles import is_person_name
from graphkit.parsers.prose_lists import entity_kind, split_names, trim_name
from graphkit.parsers.prose_matches import chain_matches
from graphkit.parsers.prose_possessive_offices import possessor_before
from graphkit.parsers.prose_patterns import (_KIND_DESCRIPTOR, _LIST_END, _NAME, NAME, NAMES, ROLE,
                                             ROLES)
from graphkit.parsers.prose_roles import role_relations

_F = re.VERBOSE

#: Where a clause of an "its" role may open: the sentence's start (after a footnote mark "(1)"),
#: after ", and" or "; ", after "and" alone with no comma before the role ("Acme GP LLC is the
#: general partner of Acme Fund LP and Jane Roe is its managing member"; not the "and" of
#: "President and Director of Acme LLC, and John Doe is its member"; a list's "and": "Acme GP
#: LLC and Jane Roe are its members" is read from its start), and after a legal form's dot,
#: where the sentence reader goes on ("... held by Acme Fund, L.P. Acme GP LLC is its general
#: partner")
_CLAUSE_OPENS = r"""(?:^(?:\(\w{1,3}\)\s*)?|;\s*(?:and\s+)?|,\s*and\s+
    |(?<=[A-Za-z.)])\s+and\s+(?=[A-Z][^,;]{0,80}?\s(?:is|are)\s+(?:also\s+)?(?:its|their)\s)
    |(?:(?<=L\.P\.)|(?<=L\.L\.C\.)|(?<=Inc\.)|(?<=Ltd\.)|(?<=Corp\.)|(?<=Co\.)|(?<=N\.V\.)
       |(?<=S\.A\.))\s+(?=[A-Z]))"""

#: "Acme GP LLC is its general partner", "Acme GP LLC and Beta GP LLC are its general partners",
#: "Acme GP LLC serves as its sole general partner", "Jane Roe is also its managing member",
#: "Acme GP LLC, which is its general partner, may be deemed"
IS_ITS_ROLE = regex_cache.compile(rf"""
    {_CLAUSE_OPENS}(?P<holder>{NAMES})(?:\s*,\s*(?:which|who))?
    \s*,?\s+(?:is|are|serves\s+as|serve\s+as|acts\s+as|act\s+as)
    \s+(?:also\s+)?(?P<role>its\s+{ROLES}){_LIST_END}
""", _F)

#: "Its general partner is Acme GP LLC", "its managing members are Jane Roe and John Doe"
ITS_ROLE_IS = regex_cache.compile(rf"""
    {_CLAUSE_OPENS}(?P<role>[Ii]ts\s+{ROLES})\s+(?:is|are)\s+(?P<holder>{NAMES}){_LIST_END}
""", _F)

#: "controlled by Jane Roe, its managing member" and "controlled by its general partner, Acme GP
#: LLC", after the name of the party controlled (group ``role2``/``holder2``: the role first)
_CONTROLLED_BY_ITS = rf"""(?:(?:ultimately|also|jointly)\s+)?controlled\s+by\s+
    (?:(?P<holder>{_NAME})\s*,\s*(?P<role>its\s+{ROLES})
      |(?P<role2>its\s+(?:sole\s+)?{ROLES})\s*,\s*(?P<holder2>{_NAME})){_LIST_END}"""

#: "Acme GP LLC is controlled by Jane Roe, its managing member", "Acme GP LLC, the general
#: partner of Acme Fund LP, is controlled by Jane Roe, its managing member", "Acme Capital LP is
#: controlled by its general partner, Acme GP LLC" (group ``role2``/``holder2``: the role
#: first): "its" is the subject's
CONTROLLED_BY_ITS_ROLE = regex_cache.compile(rf"""
    {_CLAUSE_OPENS}(?P<held>{_NAME})(?:\s*,\s*(?:the|a|an|its)\s+[^,;()]{{1,120}}?,)?
    \s+(?:is|are)\s+{_CONTROLLED_BY_ITS}
""", _F)

#: :data:`CONTROLLED_BY_ITS_ROLE` of several parties: "Acme Fund II, L.P. and Acme Fund III, L.P.
#: (together, the "Funds") are controlled by their general partner, Acme GP, LLC" (one role, one
#: holder: each party listed has it)
THEIR_CONTROLLED_BY_ROLE = regex_cache.compile(rf"""
    {_CLAUSE_OPENS}(?P<held>{NAMES})(?:\s*\((?:each|together|collectively)[^()]{{0,60}}\))?
    \s+are\s+(?:(?:ultimately|also|jointly|each)\s+)?controlled\s+by\s+
    (?P<role>their\s+(?:sole\s+|common\s+)?{ROLE})(?<![sS])\s*,\s*(?P<holder>{_NAME}){_LIST_END}
    (?!\s*,?\s*(?:and\s+)?[A-Z]|[^.;]{{0,80}}\brespectively\b)   # one holder: not "A and B,
""", _F)                                                      # respectively"

#: :data:`CONTROLLED_BY_ITS_ROLE` in a relative clause after the name, anywhere in a sentence:
#: "The shares are held by Acme Fund LP, which is controlled by its general partner, Acme GP
#: LLC" ("which" and "its" are the name's just before), also after the kind of entity it is
#: ("Acme Fund LP, a Delaware limited partnership, which is"; not an aside naming a party: "a
#: subsidiary of Beta LLC, which is controlled by its managing member" is Beta's); chained, the
#: controller of one is the party controlled of the next (read with
#: :func:`~graphkit.parsers.prose_matches.chain_matches`)
WHICH_IS_CONTROLLED_BY_ITS_ROLE = regex_cache.compile(rf"""
    (?P<held>{_NAME})(?:{_KIND_DESCRIPTOR})?\s*,\s*which\s+is\s+{_CONTROLLED_BY_ITS}
""", _F)

#: "Acme Fund LP's power is exercised by its general partner, Acme GP LLC"; "Acme Partners'
#: voting and dispositive power over the Shares is exercised through its general partner, Acme
#: GP LLC"; "... is exercised by Acme GP LLC, its general partner": "its" is the possessor's
#: (``held``), whose role the party named beside it holds. Group ``role2``/``holder2``: the
#: name first. Not "Acme Fund's manager's power" (the power is the manager's), nor "Each
#: Fund's power" (every fund's, not the one a term "Fund" may stand for); :func:`its_roles`
#: reads no plural role ("its general partners, A and B": one holder of two would be read)
#: nor a person's power ("Mr. Roe's power ... by its general partner": "its" is no person's).
EXERCISED_BY_ITS_ROLE = regex_cache.compile(rf"""
    {_CLAUSE_OPENS}(?:[Tt]he\s+)?(?!(?:Each|Every|Any|Such|No|Neither)\s)(?P<held>{_NAME})(?:['’]s|(?<=s)['’])\s+(?:[a-z]+,?\s+){{0,6}}?
    powers?(?:\s+(?:over|with\s+respect\s+to|of)\s+[^,;()]{{1,80}}?)?
    \s+(?:is|are)\s+(?:solely\s+)?exercised\s+(?:solely\s+)?(?:by|through)\s+
    (?:(?P<role>its\s+{ROLES})\s*,\s*(?P<holder>{_NAME})
      |(?P<holder2>{_NAME})\s*,\s*(?P<role2>its\s+{ROLES})){_LIST_END}
""", _F)

#: What every match of :data:`IS_ITS_ROLE`, :data:`ITS_ROLE_IS`, :data:`CONTROLLED_BY_ITS_ROLE`,
#: :data:`THEIR_CONTROLLED_BY_ROLE` and :data:`EXERCISED_BY_ITS_ROLE` holds: "its" (or "Its", or
#: "their") before a role, the first of their ``{ROLES}``. A sentence without it is
#: not searched, and the sentence before it is not looked for.
ITS_ROLE_CUE = regex_cache.compile(rf"""(?:[Ii]ts|their)\s+{ROLE}""", _F)

#: A title alone, listed after a person's name: the "President" of "Jane Roe, President, and
#: John Doe, Director" is no holder
_TITLE_ALONE = regex_cache.compile(ROLES, _F)

#: Any name, to find the entities a sentence names
_ANY_NAME = regex_cache.compile(NAME, _F)


class ItsRole(BaseModel):
    """A role read from an "its" clause: ``holder`` holds ``role`` of ``held``."""

    model_config = ConfigDict(frozen=True)

    holder: str
    role: str  # without "its": "general partner"
    held: str
    from_before: bool = False  # "its" stands for a party the sentence before names


def named_entities(text: str, but: tuple[str, ...] = ()) -> set[str]:
    """The entities ``text`` names (names with an organization word), but ``but``.

    >>> named_entities('The shares of the Issuer are held by Acme Fund LP (the "Fund").')
    {'Acme Fund LP'}
    >>> sorted(named_entities("Acme GP LLC is the general partner of Acme Fund LP."))
    ['Acme Fund LP', 'Acme GP LLC']
    """
    found = {trim_name(m.group()) for m in _ANY_NAME.finditer(text)}
    return {n for n in found if n and n not in but and entity_kind(n) is not None}


#: The kinds of entity (:func:`~graphkit.parsers.prose_lists.entity_kind`) that have a role: a
#: managing member is a limited liability company's, a general partner a partnership's
ROLE_HELD_KINDS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (regex_cache.compile(r"""\b(?:managing\s+)?members?$""", _F), frozenset({"llc"})),
    (regex_cache.compile(r"""\bgeneral\s+partners?$""", _F), frozenset({"lp", "llp", "lllp",
                                                               "partnership", "partners"})),
    (regex_cache.compile(r"""\btrustees?$""", _F), frozenset({"trust"})),
)


#: A fund's office, which no party up its chain of control holds of the fund's general partner or
#: manager: "investment manager", "investment adviser" (what "its" of such a role stands for
#: after "Acme Fund LP's general partner is Acme GP LLC, and" is the fund: :func:`its_party`)
FUND_OFFICE = regex_cache.compile(r"""\binvestment\s+(?:manager|adviser|advisor)$""",
                                  _F | re.IGNORECASE)


def its_party(stretch: str, before: str, holders: tuple[str, ...], role: str = ""
              ) -> tuple[Optional[str], bool]:
    """The party "its" stands for in a clause of ``role`` after ``stretch`` (the sentence so
    far), the sentence ``before`` it, and whether that sentence names it: the one entity named
    in the stretch, else, where the stretch names none, in the sentence before. Of two, the one
    kind of entity the role belongs to (:data:`ROLE_HELD_KINDS`: "Acme GP LLC is the general
    partner of Acme Fund LP. Jane Roe is its managing member" is the LLC's); else None.
    After a clause stating an office from its company ("Acme Fund LP's general partner is Acme
    GP LLC, and its investment manager is ..."), "its" goes on about that company
    (:func:`~graphkit.parsers.prose_possessive_offices.possessor_before`) for a fund's office
    (:data:`FUND_OFFICE`); any other role is read as above, since the clause may go up the chain:
    "..., and its managing member is Jane Roe" is the LLC's (a partnership has none), "Acme Fund
    LLC's manager is Acme Capital LLC, and its manager is" no one's.

    >>> its_party("", "The shares are held by Acme Fund LP.", ("Acme GP LLC",))
    ('Acme Fund LP', True)
    >>> its_party("Acme Fund LP holds the shares, and ", "Beta Corp. is here.", ("Acme GP LLC",))
    ('Acme Fund LP', False)
    >>> its_party("", "Acme GP LLC is the general partner of Acme Fund LP.", ("Jane Roe",))
    (None, True)
    >>> its_party("", "Acme GP LLC is the general partner of Acme Fund LP.", ("Jane Roe",),
    ...           "managing member")
    ('Acme GP LLC', True)
    >>> its_party("Acme Fund LP's general partner is Acme GP LLC", "", ("Acme Capital LP",),
    ...           "investment manager")
    ('Acme Fund LP', False)
    """
    kinds = next((k for pat, k in ROLE_HELD_KINDS if pat.search(role.lower())), frozenset())
    possessor = possessor_before(stretch) if FUND_OFFICE.search(role) else None
    if possessor:  # "Acme Fund LP's GP is X, and its investment manager is Y": the fund's
        return possessor, False
    here = named_entities(stretch, holders)
    found = here or named_entities(before, holders)
    if len(found) > 1:
        found = {n for n in found if entity_kind(n) in kinds}
    return (next(iter(found)) if len(found) == 1 else None), not here


#: Words that join two entities' names, never inside one: "Acme Advisors, LLC for Acme Fund I,
#: L.P.", "... on behalf of ..."
_BETWEEN_ENTITIES = regex_cache.compile(r"""\s+(?:for|on\s+behalf\s+of)\s+""", _F)


def _last_entity(name: str) -> str:
    """The last of two entities a name runs over ("accounts managed by Acme Advisors, LLC for
    Acme Fund I, L.P., which ...": the fund), else the name as it is.

    >>> _last_entity("Acme Advisors, LLC for Acme Fund I, L.P."), _last_entity("Acme Fund for Kids")
    ('Acme Fund I, L.P.', 'Acme Fund for Kids')
    """
    parts = _BETWEEN_ENTITIES.split(name)
    if len(parts) > 1 and entity_kind(parts[-1]) is not None and \
            entity_kind(" ".join(parts[:-1])) is not None:
        return parts[-1]
    return name


def _bare_role(role: str) -> str:
    """A role read after "its" or "their", without "sole" or "common".

    >>> _bare_role(" sole general partner"), _bare_role("common manager")
    ('general partner', 'manager')
    """
    role = role.strip()
    for word in ("sole ", "common "):
        role = role[len(word):] if role.startswith(word) else role
    return role


def states_its_role(sentence: str) -> bool:
    """Whether ``sentence`` may state a role with "its" (:data:`ITS_ROLE_CUE`): where it does not,
    :func:`its_roles` finds none.

    >>> states_its_role("Acme GP LLC is its general partner."), states_its_role("It is its own.")
    (True, False)
    """
    low = sentence.lower()
    return ("its " in low or "their " in low) and ITS_ROLE_CUE.search(sentence) is not None


def its_roles(sentence: str, before: str | Callable[[], str] = "") -> list[ItsRole]:
    """The roles ``sentence`` states with "its" (see the module docstring); ``before`` is the
    sentence before it, where "its" may point to, or a function giving it (called only for a
    clause that may point there).

    >>> s = "Jane Roe is its managing member."
    >>> [(r.holder, r.held) for r in its_roles(s, "Acme GP LLC is its general partner.")]
    [('Jane Roe', 'Acme GP LLC')]
    >>> s = ("Acme GP LLC, the general partner of Acme Fund LP, is controlled by Jane Roe, its "
    ...      "managing member.")
    >>> [(r.holder, r.role, r.held) for r in its_roles(s)]
    [('Jane Roe', 'managing member', 'Acme GP LLC')]
    """
    out: list[ItsRole] = []
    if not states_its_role(sentence):
        return out
    for pat in (IS_ITS_ROLE, ITS_ROLE_IS):
        for m in pat.finditer(sentence):
            if not isinstance(before, str):
                before = before()
            holders = tuple(h for h in (trim_name(n) for n in split_names(m["holder"]))
                            if h and not _TITLE_ALONE.fullmatch(h))  # "Jane Roe, President"
            role = m["role"][4:].strip()
            held, from_before = its_party(sentence[:m.start()], before, holders, role)
            if held:
                out += [ItsRole(holder=h, role=role, held=held, from_before=from_before)
                        for h in holders]
    for m in chain(CONTROLLED_BY_ITS_ROLE.finditer(sentence),  # a chain of "which" clauses:
                   chain_matches(WHICH_IS_CONTROLLED_BY_ITS_ROLE, sentence, "holder2", "holder")):
        held, holder = _last_entity(trim_name(m["held"])), trim_name(m["holder"] or m["holder2"])
        role = _bare_role((m["role"] or m["role2"])[4:])
        if entity_kind(held) is not None and holder and holder != held:
            out.append(ItsRole(holder=holder, role=role, held=held))
    for m in THEIR_CONTROLLED_BY_ROLE.finditer(sentence) if "their" in sentence else ():
        holder, role = trim_name(m["holder"]), _bare_role(m["role"][6:])
        for held in (trim_name(n) for n in split_names(m["held"])):
            if held and entity_kind(held) is not None and holder and holder != held:
                out.append(ItsRole(holder=holder, role=role, held=held))
    for m in EXERCISED_BY_ITS_ROLE.finditer(sentence) if "exercised" in sentence else ():
        held, holder = trim_name(m["held"]), trim_name(m["holder"] or m["holder2"])
        role = (m["role"] or m["role2"])[4:].strip()
        if holder and held and holder != held and not role.endswith("s") \
                and not is_person_name(held):  # held: a name or the filing's defined term;
            out.append(ItsRole(holder=holder, role=role, held=held))  # not "its general
            # partners, A and B" (one read of two), "Mr. Roe's power ... by its" (no entity)
    return out
