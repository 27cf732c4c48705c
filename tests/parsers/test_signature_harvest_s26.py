"""Signature blocks of the s26 harvest (Schedule 13D filings in HTML), with made-up names.

1. "Name: | /s/ Jane Roe" (the caption in the cell left of the signature) is a signature, and a
   section that prints each party under its signer's name and title ("/s/ Jane Roe" / "Jane
   Roe, Chief Executive Officer" / "Acme Energy, LLC", block after block) gives each party to
   the signature over it (graphkit.parsers.signature_below).
2. "By: Jane Roe, Director" typed over her own "By: /s/ Jane Roe" is her title, not a "By:"
   entity of a chain left unread.
3. An interim or acting officer keeps the qualifier in the title of the relation.
"""

from __future__ import annotations

from graphkit.parsers.html_text import html_to_text_mapped
from graphkit.parsers.prose_roles import role_relations
from graphkit.parsers.signature_section import SLASH_S
from graphkit.parsers.signatures import read_signatures
from graphkit.relations import Relation
from graphkit.source import SourceText


def _read(block: str, html: bool = False):
    if html:
        block = html_to_text_mapped(block).text
    text = ("SIGNATURE\n\nAfter reasonable inquiry and to the best of my knowledge and belief, I "
            "certify that the information set forth in this statement is true, complete and "
            "correct.\n\nDated: May 1, 2010\n\n" + block)
    sec = read_signatures(SourceText(path="x.txt", text=text))
    return ([(s.signer, s.title, s.on_behalf_of) for s in sec.signatures],
            sorted((f.relation.value, f.holder, f.held, f.title) for f in sec.findings),
            sec.unsigned)


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


# -- 3. interim and acting officers -----------------------------------------------------------

def test_interim_and_acting_officer_titles():
    assert role_relations("Chief Executive Officer, Interim Chief Financial Officer",
                          "Acme LLC") == [(Relation.OFFICER_OF, "Chief Executive Officer, "
                                           "Interim Chief Financial Officer")]
    assert role_relations("acting president and secretary") == \
        [(Relation.OFFICER_OF, "Acting President, Secretary")]
    assert role_relations("Senior Vice President") == [(Relation.OFFICER_OF, "Senior Vice President")]
    assert role_relations("interim director") == [(Relation.DIRECTOR_OF, None)]
