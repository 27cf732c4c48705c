"""What the lines around a line of a signature block say of it: whether a "By:" line, a
signature or the "Name/Title" caption of a printed name comes next, and whether a line under a
captioned signer is the party signed for. :func:`graphkit.parsers.signatures.read_signatures`
asks these as it walks the block; ``lines`` are its (start, end, line) rows.

Examples
--------
>>> rows = [(0, 11, "ACME FUND L.P."), (12, 12, ""), (13, 34, "By: /s/ Jane Roe")]
>>> signature_next(rows, 1), by_follows(rows, 1), name_title_caption_next(rows, 1)
(True, True, False)
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.parsers.prose import role_relations
from graphkit.parsers.signature_captions import is_name_title_caption
from graphkit.parsers.signature_lines import SIGNATURE_NAME
from graphkit.parsers.signature_roles import BY_CAPACITY, ENTITY_ROLE
from graphkit.parsers.signature_section import SLASH_S

#: The rest of a capacity cut at the end of a "By:" line, alone on the next line: "partner"
#: after "By: Acme GP, LLC, its general", "Member" after "..., its managing" (one or two words)
ROLE_REST = regex_cache.compile(r"""
    ^[ \t|]*(?P<rest>[A-Za-z][A-Za-z\-]*(?:[ \t]+[A-Za-z][A-Za-z\-]*)?)[ \t.]*$
""", re.VERBOSE)


def by_follows(lines: list[tuple[int, int, str]], i: int) -> bool:
    """True when the first line from ``lines[i]`` on that is not blank is a "By:" line.

    >>> by_follows([(0, 0, ""), (1, 9, " By: /s/ Jane Roe")], 0)
    True
    """
    for _, _, nxt in lines[i:i + 3]:
        if nxt.strip():
            head = nxt.lstrip(" \t|")[:3].lower()
            return head[:2] == "by" and head[2:] in (":", " ", "\t", "|")
    return False


def slashed_next(lines: list[tuple[int, int, str]], i: int) -> Optional[str]:
    """The name signed on the first line from ``lines[i]`` on that is not blank, when that
    line is a "/s/" signature ("By: | /s/ Jane Roe"); else None.

    >>> slashed_next([(0, 0, ""), (1, 17, "By: | /s/ Jane Roe")], 0)
    'Jane Roe'
    >>> slashed_next([(0, 16, "By: Acme GP, LLC")], 0) is None
    True
    """
    for _, _, nxt in lines[i:i + 3]:
        if nxt.strip():
            sm = SLASH_S.match(nxt) if "/s/" in nxt.lower() else None
            return sm["name"].strip() or None if sm else None
    return None


def name_title_caption_next(lines: list[tuple[int, int, str]], i: int) -> bool:
    """True when the first line from ``lines[i]`` on that is neither blank nor a rule is the
    caption of a printed name ("Name/Title").

    >>> name_title_caption_next([(0, 5, "-----"), (6, 18, "(Name/Title)")], 0)
    True
    """
    for _, _, nxt in lines[i:i + 3]:
        if nxt.strip(" \t-_|"):
            return is_name_title_caption(nxt)
    return False


def signature_next(lines: list[tuple[int, int, str]], i: int) -> bool:
    """True when the first line from ``lines[i]`` on that is not blank is a signature: "/s/
    Jane Roe", "By: ..." or "Signature: Jane Roe". A captioned line over it heads that
    signature's block ("JANE Q. ROE" / "/s/ Jane Q. Roe"): a party, not a typed signer.

    >>> signature_next([(0, 0, ""), (1, 16, "/s/ Jane Q. Roe")], 0)
    True
    >>> signature_next([(0, 10, "Name/Title")], 0)
    False
    """
    for _, _, nxt in lines[i:i + 3]:
        if nxt.strip():
            low = nxt.lower()
            return "/s/" in low or by_follows(lines, i) or (
                "signature:" in low and SIGNATURE_NAME.match(nxt) is not None)
    return False


def captioned_party(lines: list[tuple[int, int, str]], i: int, party_line) -> bool:
    """True when ``lines[i]``, right under a captioned signer's name and title, is the party
    signed for, the last line of the form's blank: a party's name (``party_line``) with the end
    of the section, a blank line, a rule or the "Name/Title" caption under it.

    >>> rows = [(0, 9, "Acme Corp"), (10, 15, "-----"), (16, 26, "Name/Title")]
    >>> captioned_party(rows, 0, lambda t: t == "Acme Corp")
    True
    >>> captioned_party(rows[:1] + [(10, 25, "/s/ John A. Doe")], 0, lambda t: t == "Acme Corp")
    False
    """
    if i >= len(lines) or not lines[i][2].strip() or not party_line(lines[i][2]):
        return False
    if i + 1 == len(lines):
        return True
    nxt = lines[i + 1][2]
    return not nxt.strip(" \t-_=|") or is_name_title_caption(nxt)


def role_goes_on(line: str, nxt: str) -> Optional[str]:
    """The "By:" ``line`` with the rest of its capacity joined from the line under it
    (:data:`ROLE_REST`) when the capacity was cut at the line's end, else None: "By: Acme GP,
    LLC, its general" / "partner" is one link of the chain, Acme GP, LLC the general partner.
    The capacity cut must state no relation, or another than the whole ("its managing" /
    "member" is no manager): an entity's capacity (:data:`~graphkit.parsers.signature_roles.
    ENTITY_ROLE`) or one that states a relation.

    >>> role_goes_on("By: Acme GP, LLC, its general", "    partner")
    'By: Acme GP, LLC, its general partner'
    >>> role_goes_on("By: Acme GP, LLC, its managing", "Member")
    'By: Acme GP, LLC, its managing Member'
    >>> role_goes_on("By: Acme GP, LLC, its general partner", "ACME FUND II") is None
    True
    >>> role_goes_on("By: Acme GP, LLC, its manager", "Jane Roe") is None
    True
    """
    bm = BY_CAPACITY.match(line)
    rm = ROLE_REST.match(nxt) if bm is not None else None
    if rm is None or ENTITY_ROLE.match(bm["role"]):
        return None
    whole = f"{bm['role']} {rm['rest']}"
    if ENTITY_ROLE.match(whole) or (not role_relations(bm["role"]) and role_relations(whole)):
        return f"{line.rstrip()} {rm['rest']}"
    return None
