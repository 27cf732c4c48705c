"""A "By" line of a signature block that names the capacity before the entity holding it.

Most blocks print the entity, then its capacity: "By: Acme GP, L.P., its general partner".
Some print them the other way round: "By its general partner, Acme GP, L.P.", "By: its
Manager, Acme Management LLC", or the capacity alone on the "By" line and the entity under it
("By: Its General Partner" / "Acme GP, L.P."). :func:`role_first_line` rewrites such a line in
the usual order, which :mod:`graphkit.parsers.signatures` reads as one link of the chain of
general partners.

Examples
--------
>>> role_first_line("By its general partner, Acme GP, L.P.")
('By: Acme GP, L.P., its general partner', False)
>>> role_first_line("By: Its General Partner", "    Acme GP, L.P.")
('By: Acme GP, L.P., its General Partner', True)
>>> role_first_line("By: Acme GP, L.P., its general partner") is None
True
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.parsers.partybook_names import looks_like_name
from graphkit.parsers.signature_lines import is_title_line
from graphkit.parsers.signature_names import names_entity

#: A capacity an entity holds for the party signed for, as printed before its name (a closed
#: list: "By its President, Jane Roe" names an officer, no link of the chain)
_ONE_ROLE = r"""
    (?:the[ \t]+)?(?:sole[ \t]+)?
    (?:(?:managing[ \t]+)?general[ \t]+partner|investment[ \t]+(?:adviser|advisor|manager)
    |managing[ \t]+member|sole[ \t]+member|manager|(?:co-?)?trustee)
"""
#: One capacity of :data:`_ONE_ROLE`, or two joined by "and": "general partner and investment
#: manager" (of "By its general partner and investment manager, Acme Capital LLC")
_ROLE = rf"""{_ONE_ROLE}(?:[ \t]+and[ \t]+{_ONE_ROLE})?"""
#: A "By" line naming the capacity, then the entity that holds it (group ``role``, ``name``),
#: parted by a comma, a colon, a table cell's bar or spaces: "By its general partner, Acme
#: GP, L.P.", "By: its Manager, Acme Management LLC", "BY: ITS GENERAL PARTNER | ACME GP, L.P."
ROLE_FIRST = regex_cache.compile(rf"""
    ^[ \t|]*By:?[ \t|]+(?:its|their)[ \t]+(?P<role>{_ROLE})
    (?:[ \t]*[,:|][ \t|]*|[ \t]+)(?P<name>[A-Za-z0-9][^/\n]*?)[ \t,]*$
""", re.I | re.VERBOSE)
#: A "By" line naming the capacity alone, the entity printed under it: "By its general
#: partner," / "Acme GP, L.P.", "By: Its General Partner" / "Acme GP, L.P."
ROLE_FIRST_OPEN = regex_cache.compile(rf"""
    ^[ \t|]*By:?[ \t|]+(?:its|their)[ \t]+(?P<role>{_ROLE})[ \t]*[,:]?[ \t|]*$
""", re.I | re.VERBOSE)

#: A label before the entity's name ("Name: Acme GP, L.P."), dropped
NAME_LABEL = regex_cache.compile(r"""^[ \t|]*(?:name|entity|name[ \t]+of[ \t]+entity)[ \t]*:[ \t]*""",
                                 re.I | re.VERBOSE)
#: A parenthetical after the entity's name, dropped: its defined term or a note, as in
#: 'Acme GP, L.P. ("Acme GP")', "ACME MANAGEMENT LLC (see Note 1)"
TRAILING_NOTE = regex_cache.compile(r"""[ \t]*\([^()\n]*\)[ \t,]*$""", re.VERBOSE)


def _clean_name(name: str) -> str:
    """``name`` without a label before it and the parentheticals after it.

    >>> _clean_name("Name: Acme GP, L.P."), _clean_name('Acme GP, L.P. ("Acme GP")')
    ('Acme GP, L.P.', 'Acme GP, L.P.')
    """
    name = NAME_LABEL.sub("", name)
    while (bare := TRAILING_NOTE.sub("", name)) != name:
        name = bare
    return name.strip(" \t|").rstrip(",")


def _entity_name(name: str, alone: bool) -> bool:
    """True when ``name`` reads as the name of the party holding the capacity: a name, no
    title ("Managing Member"), no signature and no other label's value ("Dated: ..."); printed
    ``alone`` on the next line, it must be an organization's (a person's name there is the
    signer's)."""
    if not name or "/" in name or ":" in name or name.lower().startswith("by") or \
            is_title_line(name):  # "Dated: May 1, 2021" is no name
        return False
    if not looks_like_name(name):
        return False
    return not alone or names_entity(name)


def role_first_line(line: str, nxt: str = "") -> Optional[tuple[str, bool]]:
    """``line``, a "By" line that names the capacity before the entity (:data:`ROLE_FIRST`),
    or the capacity alone with the entity on ``nxt``, the next line (:data:`ROLE_FIRST_OPEN`),
    rewritten in the usual order ("By: Acme GP, L.P., its general partner"), and True when
    ``nxt`` was taken; None for any other line.

    >>> role_first_line("By: its Manager, Acme Management LLC")
    ('By: Acme Management LLC, its Manager', False)
    >>> role_first_line("By its general partner,", "Acme GP, L.P.")
    ('By: Acme GP, L.P., its general partner', True)
    >>> role_first_line("By its President, Jane Roe") is None  # an officer: no capacity
    True
    >>> role_first_line("By its general partner,", "By: /s/ Jane Roe") is None
    True
    >>> role_first_line("By its general partner", "Name: Acme GP, L.P.")  # the label dropped
    ('By: Acme GP, L.P., its general partner', True)
    >>> role_first_line('By its general partner, Acme GP, L.P. ("Acme GP")')[0]
    'By: Acme GP, L.P., its general partner'
    """
    m = ROLE_FIRST.match(line)
    if m is not None and _entity_name(name := _clean_name(m["name"]), False):
        return f"By: {name}, its {' '.join(m['role'].split())}", False
    m = ROLE_FIRST_OPEN.match(line)
    name = _clean_name(nxt)
    if m is not None and _entity_name(name, True):
        return f"By: {name}, its {' '.join(m['role'].split())}", True
    return None
