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
>>> split_printed_run("Jane Quinn Roe Head of Sales ACME S.P.A.", "Jane Roe")
('Jane Quinn Roe', 'Head of Sales', 'ACME S.P.A.')
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit.models import Relation
from graphkit.names import org_words
from graphkit.parsers.prose import role_relations
from graphkit.parsers.signature_lines import (LEGAL_END, is_title_line,
                                              looks_like_person_name)

#: "By:  Acme & Co., Incorporated, its" (the capacity wraps to the next line)
BY_CAPACITY_OPEN = re.compile(r"""^[ \t|]*By:?[ \t|]+[^/\n]+?,\s*(?:its|their|as)[ \t]*$""",
                              re.M | re.I | re.VERBOSE)
#: "By: Acme Capital, LLC" (a party signing through another), "By: | Acme Capital, LLC"
BY_LINE = re.compile(r"""^[ \t|]*By:?[ \t|]+[A-Za-z][^/\n]*$""", re.I | re.VERBOSE)
#: The capacity of a "By:" line, printed on the line after it: "   its general partner"
#: or as a cell of its own: "Its: | General Partner"
CAPACITY_NEXT = re.compile(r"""^[ \t]*(?P<w>its|their|as):?[ \t|]+(?P<role>[A-Za-z][A-Za-z \-]*)$""",
                           re.I | re.VERBOSE)
#: The capacity of a "By:" entity printed alone on the line under it, with no "its" (read by
#: :func:`entity_role_next`): "By: Acme Capital, Inc." / "   General Partner", "Investment
#: Adviser", "Manager"
ROLE_NEXT = re.compile(r"""^[ \t|]*(?P<role>(?:[A-Z][A-Za-z\-]*[ \t]+){0,3}[A-Z][A-Za-z\-]*)[ \t]*$""",
                       re.VERBOSE)
#: The party named by a "By:" line, up to a comma that ends the line: "By:  Acme Capital,"
BY_PARTY = re.compile(r"""^[ \t|]*By:?[ \t|]+(?P<name>[A-Za-z][^/\n]*?)[ \t,]*$""", re.I | re.VERBOSE)
#: The rest of a name broken after a comma, with the capacity: "     LLC, its General Partner"
#: (after "By:  Acme Capital Management,")
NAME_CAPACITY_NEXT = re.compile(r"""
    ^[ \t]*[A-Za-z][^/\n,]{0,40},\s*(?:its|their|as)[ \t]+[A-Za-z \-]+$
""", re.I | re.VERBOSE)
#: The capacity in which the party named above signs for the parties named under it:
#: "as the General Partner of", "On its own behalf and as the General Partner of"
AS_ROLE_OF = re.compile(r"""
    ^[ \t]*(?:on[ \t]+its[ \t]+own[ \t]+behalf[ \t]+)?(?:and[ \t]+)?as[ \t]+(?:the[ \t]+)?
    (?P<role>(?:[A-Za-z\-]+[ \t]+){0,3}?[A-Za-z\-]+)[ \t]+(?:of|for):?[ \t]*$
""", re.I | re.VERBOSE)
#: The last party of a list in a signature block: "and ACME FUND III, L.P." (read without "and")
LIST_AND = re.compile(r"""^[ \t]*(?:and|&)[ \t]+(?=[A-Z])""", re.VERBOSE)
#: A signer's title that states control of the party signed for: "President", "Managing Member",
#: "Director", "Trustee" (of the trust signed for)
CONTROL_TITLE = re.compile(r"""
    ^(?:the\s+)?(?:sole\s+)?(?:President|Chief\s+Executive\s+Officer|Managing\s+Member
    |Managing\s+General\s+Partner|General\s+Partner|Director|(?:Co-?)?Trustee
    |Chairman(?:\s+of\s+the\s+Board(?:\s+of\s+Directors)?)?)$
""", re.I | re.VERBOSE)
#: Where a list of titles held together parts: "President and Chief Executive Officer",
#: "Chairman, President & CEO", "Director/President"
TITLE_SEPARATOR = re.compile(r"""\s*(?:,\s*(?:and\s+)?|\s&\s|\s+and\s+|/)\s*""", re.I | re.VERBOSE)
#: "By: MR & Associates, its general partner", "By: | Acme GP, LLC, its general partner"
BY_CAPACITY = re.compile(r"""
    ^[ \t|]*By:?[ \t|]+(?P<name>[^/\n]+?),\s*(?:its|their|as)\s+(?P<role>[A-Za-z \-]+?)\s*$
""", re.M | re.I | re.VERBOSE)


def is_control_title(title: str) -> bool:
    """True when a signer's title states control of the party signed for: one of
    :data:`CONTROL_TITLE`, alone or in a list of officer titles held together.

    >>> is_control_title("President and Chief Executive Officer"), is_control_title("Director")
    (True, True)
    >>> is_control_title("Vice President and Treasurer"), is_control_title("Attorney-in-Fact")
    (False, False)
    """
    if CONTROL_TITLE.match(title):
        return True
    parts = TITLE_SEPARATOR.split(title)
    return len(parts) > 1 and any(CONTROL_TITLE.match(p) for p in parts) and \
        all(CONTROL_TITLE.match(p) or is_title_line(p) for p in parts)


def entity_role_next(line: str, nxt: str) -> Optional[str]:
    """The capacity printed alone under a "By:" line that names an entity, with no "its"
    ("By: Acme Capital, Inc." / "General Partner"), or None: the same claim as "By: Acme
    Capital, Inc., its General Partner". A person's name over a title ("By: Jane Roe" /
    "President") and an officer's title under an entity are no capacity of the entity.

    >>> entity_role_next("By:  Acme Capital, Inc.", "   Investment Adviser")
    'Investment Adviser'
    >>> entity_role_next("By: Jane Q. Roe", "General Partner") is None
    True
    >>> entity_role_next("By: Acme Capital, Inc.", "President") is None
    True
    """
    rm = ROLE_NEXT.match(nxt)
    bm = BY_PARTY.match(line) if rm else None
    if bm is None or not (org_words(bm["name"]) or "&" in bm["name"]):
        return None
    rels = role_relations(rm["role"])
    if not rels or any(r is Relation.OFFICER_OF for r, _ in rels):
        return None
    return rm["role"]


#: A short capitalised title with no digit or mark of a field or sentence, printed between a
#: signer's name and a party in capitals (:func:`split_printed_run`): "Head of Corporate
#: Affairs", "Chairman of the Board of Directors"
RUN_TITLE = re.compile(r"""^[A-Z][A-Za-z\-]*(?:[ ][A-Za-z&][A-Za-z\-]*){0,7}$""", re.VERBOSE)


#: The first word of a title after a person's name with no comma between ("Jane Roe Vice
#: President"): a word of :data:`TITLE_WORD` or one that opens a title ("Vice", "Senior", ...)
TITLE_OPENER = re.compile(r"""
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


def split_printed_run(text: str, signer: str = "") -> Optional[tuple[str, str, str]]:
    """The printed name, title and party of a signature run together on one line (the lines of
    one HTML table cell, joined): ("Jane Quinn Roe", "Head of Sales", "ACME S.P.A.") for
    "Jane Quinn Roe Head of Sales ACME S.P.A.". The name is ``signer``'s (a middle name may be
    added), or with no ``signer`` a person's name over a title ("Jane Roe President"). The
    party is the run of words in capitals at the end, with a word of a business name; without
    one the rest must be a title alone. None when the line is no such run.

    >>> split_printed_run("Jane Quinn Roe Head of Sales ACME S.P.A.", "Jane Roe")
    ('Jane Quinn Roe', 'Head of Sales', 'ACME S.P.A.')
    >>> split_printed_run("Jane Q. Roe Vice President")
    ('Jane Q. Roe', 'Vice President', '')
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
    if e == 0 or not (org_words(party) or LEGAL_END.search(party)):
        e, party = len(rest), ""
    title = " ".join(rest[:e])
    if not RUN_TITLE.match(title) or (not party and not is_title_line(title)):
        return None
    return " ".join(words[:k]), title, party
