"""A "whose" clause set off between a holder and its role: "Acme GP LLC, whose sole member is
Jane Roe, is the general partner of Acme Fund LP" (the LLC is the general partner, not Jane
Roe, who is its member)."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_guards import WHOSE_ROLE_BEFORE, agent_of_a_clause
from graphkit.source import SourceText


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


@pytest.mark.parametrize("before, found", [
    ("Acme GP LLC, whose sole member is ", True),
    ("Acme GP LLC, whose managing members are ", True),
    ("Acme GP LLC, of which the sole member is ", False),
    ("Acme GP LLC is ", False),
])
def test_whose_role_before(before, found):
    assert (WHOSE_ROLE_BEFORE.search(before) is not None) is found


def test_agent_of_a_whose_clause():
    flat = "Acme GP LLC, whose sole member is Jane Roe, is the general partner of Acme Fund LP"
    assert agent_of_a_clause(flat, flat.index("Jane"), flat.index(", is"))
    flat = "Acme GP LLC, whose sole member is Jane Roe and Jane Roe is the general partner"
    assert not agent_of_a_clause(flat, flat.index("Jane"), flat.index(" and"))


@pytest.mark.parametrize("text, expected", [
    ("Acme GP LLC, whose sole member is Jane Roe, is the general partner of Acme Fund LP.",
     {("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
      ("member_of", "Jane Roe", "Acme GP LLC")}),
    ("Acme GP LLC, whose managing members are Jane Roe and John Doe, is the general partner of "
     "Acme Fund LP.",
     {("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
      ("managing_member_of", "Jane Roe", "Acme GP LLC"),
      ("managing_member_of", "John Doe", "Acme GP LLC")}),
    # review rvC M3 (session 35): ", the sole member of which is Jane Roe," made Jane Roe the
    # general partner
    ("Acme GP LLC, the sole member of which is Jane Roe, is the general partner of Acme Fund LP.",
     {("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
      ("member_of", "Jane Roe", "Acme GP LLC")}),
    ("Acme GP LLC, the managing members of which are Jane Roe and John Doe, is the general "
     "partner of Acme Fund LP.",
     {("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
      ("managing_member_of", "Jane Roe", "Acme GP LLC"),
      ("managing_member_of", "John Doe", "Acme GP LLC")}),
    # review rv37 M3 (session 37): four words before "of which" made Jane Roe the partner
    ("Acme GP LLC, the sole member and manager of which is Jane Roe, is the general partner "
     "of Acme Fund LP.",
     {("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
      ("member_of", "Jane Roe", "Acme GP LLC"),
      ("managing_member_of", "Jane Roe", "Acme GP LLC")}),
])
def test_whose_aside_keeps_the_subject(text, expected):
    assert _found(text) == expected


def test_of_which_role_before():
    assert WHOSE_ROLE_BEFORE.search("Acme GP LLC, the sole member of which is ") is not None
    assert WHOSE_ROLE_BEFORE.search("Acme GP LLC, the sole member and manager of which is ")
    assert WHOSE_ROLE_BEFORE.search("Acme GP LLC, the sole member of Beta LLC is ") is None
