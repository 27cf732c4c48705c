"""The links of a signature's "By:" chain: the entity acting for the party signed for, with its
capacity ("By: Acme GP, LLC, its general partner", "By: Acme Holdings Inc., General Partner"),
read the same from a text block's "By:" lines (:mod:`graphkit.parsers.signatures`) and from a
chain typed whole in one title field of a Schedule 13D/G XML ("By: Acme GP LLC, General
Partner, By: Jane Roe, Managing Member": :func:`read_by_chain`).

Examples
--------
>>> by_entity("By: Acme GP, LLC, its general partner")
('Acme GP, LLC', 'general partner')
>>> read_by_chain("By: Acme GP LLC, General Partner, By: Jane Roe, Managing Member", "Jane Roe")
ByChain(links=[('Acme GP LLC', 'General Partner')], title='Managing Member')
"""

from __future__ import annotations

import re
from typing import Optional

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.names import clean_name, org_words
from graphkit.parsers.prose import role_relations
from graphkit.parsers.signature_capacity import same_person
from graphkit.parsers.signature_lines import BY_NAME_ROLE
from graphkit.parsers.signature_role_first import ROLE_FIRST_OPEN
from graphkit.parsers.signature_roles import BY_CAPACITY, BY_LINE

#: Where a title field typed whole goes on to the next "By:" link: the ", " before "By:" in
#: "By: Acme GP LLC, General Partner, By: Jane Roe, Managing Member" (a capital "By" and its
#: colon: not the "by" of "owned by")
NEXT_BY_LINK = regex_cache.compile(r"""[ \t]*,?[ \t]+(?=By:[ \t])""", re.VERBOSE)

#: A legal form ending an entity's name whose full stop the "By:" line's comma pattern leaves
#: out: the "Inc" of "By: Acme Holdings, Inc., its general partner"
_DOTTED_END = ("L.L.C", "L.P", "Inc", "Co")


def by_name_role(line: str) -> Optional[re.Match[str]]:
    """The name and the title or capacity after it of a "By:" line
    (:data:`~graphkit.parsers.signature_lines.BY_NAME_ROLE`), not of one whose capacity comes
    first ("By: its General Partner": :data:`~graphkit.parsers.signature_role_first.
    ROLE_FIRST_OPEN`); None for any other line.

    >>> by_name_role("By: Jane Q. Roe, Vice President").group("name", "role")
    ('Jane Q. Roe', 'Vice President')
    >>> by_name_role("By: Its General Partner") is None
    True
    """
    if not BY_LINE.match(line) or ROLE_FIRST_OPEN.match(line):
        return None
    return BY_NAME_ROLE.match(line)


def by_entity(line: str, named: Optional[re.Match[str]] = None) -> Optional[tuple[str, str]]:
    """The entity and capacity a "By:" line states: with "its" (:data:`~graphkit.parsers.
    signature_roles.BY_CAPACITY`: "By: Acme GP, LLC, its general partner"), or after a comma
    when the name is an organization's and the capacity one that states a relation ("By: Acme
    Holdings Inc., General Partner"); None for a person's name and title ("By: Jane Roe,
    President"). ``named``: the line's :func:`by_name_role`, when read already.

    >>> by_entity("By: Acme Holdings Inc., General Partner")
    ('Acme Holdings Inc.', 'General Partner')
    >>> by_entity("By: Acme Holdings, Inc., its general partner")
    ('Acme Holdings, Inc.', 'general partner')
    >>> by_entity("By: Jane Q. Roe, Vice President") is None
    True
    """
    m = BY_CAPACITY.match(line)
    if m is None:
        bn = named or by_name_role(line)
        if bn is None or not bn["role"] or not org_words(clean_name(bn["name"])) or \
                not role_relations(bn["role"]):
            return None
        m = bn
    name = clean_name(m["name"])
    return name + ("." if m["name"].rstrip().endswith(_DOTTED_END) else ""), clean_name(m["role"])


class ByChain(BaseModel):
    """A "By:" chain typed in one title field: its entities with their capacities, in order
    (each acting for the one before it, the first for the party signed for), and the
    signer's own title (None when the field prints none)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    links: list[tuple[str, str]]
    title: Optional[str] = None


def read_by_chain(title: str, signer: str) -> Optional[ByChain]:
    """The "By:" chain of a title field that opens with "By:": each link an entity with its
    capacity (:func:`by_entity`), the last one the signer's name with the title
    (:func:`~graphkit.parsers.signature_capacity.same_person`) or an entity too; None when a
    link is neither, or no entity is named.

    >>> read_by_chain("By: Acme GP LLC, its general partner", "Jane Roe")
    ByChain(links=[('Acme GP LLC', 'general partner')], title=None)
    >>> read_by_chain("By: Jane Roe, Managing Member", "Jane Roe") is None
    True
    >>> read_by_chain("By: Acme GP LLC, General Partner, By: John Doe, CEO", "Jane Roe") is None
    True
    """
    if not title.startswith("By"):
        return None
    parts = NEXT_BY_LINK.split(title)
    links, own = [], None
    for k, part in enumerate(parts):
        bn = by_name_role(part)
        link = by_entity(part, bn)
        if link is not None:
            links.append(link)
        elif k == len(parts) - 1 and bn is not None and bn["role"] and \
                same_person(clean_name(bn["name"]), signer):
            own = clean_name(bn["role"])  # "By: Jane Roe, Managing Member": her title
        else:
            return None
    return ByChain(links=links, title=own) if links else None
