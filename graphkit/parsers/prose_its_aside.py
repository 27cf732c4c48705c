"""A role "its" gives in an aside after the party a role phrase names: "Voting and investment
power over the shares held by Acme Fund LP is exercised by Jane Roe and John Doe, the managing
members of Acme GP LLC, its general partner". The managing members are Acme GP LLC's
(:mod:`graphkit.parsers.prose_roles` reads them); "its general partner" makes Acme GP LLC the
general partner of the one other entity the sentence names.

:func:`aside_its_roles` reads such an aside (:data:`ROLE_OF_HOLDER_ITS_ROLE`) only where "its"
cannot stand for anyone else: the sentence names, before the aside, one entity (a name with an
organization word: :func:`~graphkit.parsers.prose_lists.entity_kind`) besides the party of the
aside, and names no other anywhere ("... held by Acme Fund LP and Beta Fund LP ..." gives
nothing), and that entity is of the kind the role is of
(:data:`~graphkit.parsers.prose_its.ROLE_HELD_KINDS`: a general partner's, a partnership; a
role of no known kind, "its investment manager", is not read). The sentence before is never
looked at. :func:`emit_its_roles` emits these and the roles of :func:`~graphkit.parsers.
prose_its.its_roles`.

Examples
--------
>>> s = ("Voting and investment power over the shares held by Acme Fund LP is exercised by "
...      "Jane Roe and John Doe, the managing members of Acme GP LLC, its general partner.")
>>> [(r.holder, r.role, r.held) for r in aside_its_roles(s)]
[('Acme GP LLC', 'general partner', 'Acme Fund LP')]
"""

from __future__ import annotations

import re
from typing import Callable

from graphkit import regex_cache
from graphkit.parsers.prose_antecedent import previous_sentence
from graphkit.parsers.prose_its import (ROLE_HELD_KINDS, ItsRole, its_roles, named_entities,
                                        states_its_role)
from graphkit.parsers.prose_lists import entity_kind, trim_name
from graphkit.parsers.prose_patterns import _LIST_END, _NAME, ROLE, ROLES
from graphkit.parsers.prose_roles import role_relations
from graphkit.parsers.prose_sentences import flat_sentence

_F = re.VERBOSE

#: "the managing members of Acme GP LLC, its general partner", "the sole member of Acme GP, LLC,
#: its General Partner": a party after the "of" of a role phrase, then one role "its" gives it
#: (not "its general partners": one holder of two would be read)
ROLE_OF_HOLDER_ITS_ROLE = regex_cache.compile(rf"""
    {ROLES}\s+of\s+(?:the\s+)?(?P<holder>{_NAME})
    \s*,\s*(?P<role>its\s+(?:sole\s+)?{ROLE})(?<![sS]){_LIST_END}
""", _F)


def aside_its_roles(sentence: str) -> list[ItsRole]:
    """The roles ``sentence`` gives with "its" in an aside after a role phrase's party
    (:data:`ROLE_OF_HOLDER_ITS_ROLE`), each of the one other entity it names (see the module
    docstring); none where two may be meant.

    >>> s = ("Jane Roe, the managing member of Acme GP LLC, its general partner, controls Acme "
    ...      "Fund LP and Beta Fund LP.")
    >>> aside_its_roles(s)
    []
    >>> s = ("Acme Capital LLC, the managing member of Acme Fund LP, its general partner, votes.")
    >>> aside_its_roles(s)   # an LLC has no general partner
    []
    """
    out: list[ItsRole] = []
    if "its " not in sentence:
        return out
    for m in ROLE_OF_HOLDER_ITS_ROLE.finditer(sentence):
        holder, role = trim_name(m["holder"]), " ".join(m["role"].split()[1:])
        role = role[5:] if role.startswith("sole ") else role
        if not holder or entity_kind(holder) is None:
            continue  # "its" of a person's role: not read
        kinds = next((k for p, k in ROLE_HELD_KINDS if p.search(role.lower())), None)
        if kinds is None:
            continue  # "its investment manager": which kind of entity has one is not known
        found = named_entities(sentence, (holder,))  # one other, of the role's kind
        if len(found) == 1 and entity_kind(held := next(iter(found))) in kinds \
                and held in sentence[:m.start()]:
            out.append(ItsRole(holder=holder, role=role, held=held))
    return out


def emit_its_roles(text: str, span: tuple[int, int], flat: str, emit: Callable[..., None]) -> None:
    """Emit the roles the sentence ``flat`` at ``span`` of ``text`` states with "its"
    (:func:`~graphkit.parsers.prose_its.its_roles`, :func:`aside_its_roles`), the sentence
    before in the evidence when "its" stands for a party it names."""
    if not states_its_role(flat):
        return  # no "its" before a role: the sentence before is not looked for
    before: tuple[int, int] | None = None

    def before_flat() -> str:  # looked for only for a clause that may point to it
        nonlocal before
        before = previous_sentence(text, span[0])
        return flat_sentence(text, *before) if before else ""

    for r in its_roles(flat, before_flat) + aside_its_roles(flat):
        at = (before[0], span[1]) if before and r.from_before else span
        for rel, title in role_relations(r.role):
            emit(rel, r.holder, r.held, at, "its_role", title=title, role=r.role)
