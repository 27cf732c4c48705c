"""The links of a "By:" chain (graphkit.parsers.signature_by_links), read the same from a text
block's "By:" lines and from a Schedule 13D/G XML title typed whole: "By: MCH PWCM Holdings
Inc., General Partner, By: Matthew Halbower, Chief Executive Officer" (corpus
13g/pentwater_avis_schedule13ga.xml; the parse is asserted in test_schedule13_xml_signatures).
"""

from __future__ import annotations

import pytest

from graphkit.parsers import signature_by_links as sb


def test_next_by_link_splits_before_each_by_colon_only():
    assert sb.NEXT_BY_LINK.split("By: Acme GP LLC, General Partner, By: Jane Roe, CEO") == [
        "By: Acme GP LLC, General Partner", "By: Jane Roe, CEO"]
    assert sb.NEXT_BY_LINK.split("By: Acme GP LLC, owned by Jane Roe") == [
        "By: Acme GP LLC, owned by Jane Roe"]


@pytest.mark.parametrize("line, link", [
    ("By: Acme GP, LLC, its general partner", ("Acme GP, LLC", "general partner")),
    ("By: Acme Holdings Inc., General Partner", ("Acme Holdings Inc.", "General Partner")),
    ("By: MCH PWCM Holdings Inc., General Partner", ("MCH PWCM Holdings Inc.", "General Partner")),
    ("By: Jane Q. Roe, Vice President", None),  # a person's title
    ("By: Its General Partner", None),  # the capacity first: no entity named
])
def test_by_entity(line, link):
    assert sb.by_entity(line) == link


@pytest.mark.parametrize("title, signer, chain", [
    ("By: MCH PWCM Holdings Inc., General Partner, By: Matthew Halbower, Chief Executive "
     "Officer", "Matthew Halbower",
     sb.ByChain(links=[("MCH PWCM Holdings Inc.", "General Partner")],
                title="Chief Executive Officer")),
    ("By: Acme Fund GP LLC, its general partner, By: Acme Holdings LLC, its managing member, "
     "By: Jane Roe, Managing Member", "Jane Roe",
     sb.ByChain(links=[("Acme Fund GP LLC", "general partner"),
                       ("Acme Holdings LLC", "managing member")], title="Managing Member")),
    ("Chief Executive Officer", "Jane Roe", None),  # no chain
    ("By: Acme GP LLC, General Partner, By: John Doe, CEO", "Jane Roe", None),  # another hand
    ("By: Jane Roe, Managing Member", "Jane Roe", None),  # no entity
])
def test_read_by_chain(title, signer, chain):
    assert sb.read_by_chain(title, signer) == chain
