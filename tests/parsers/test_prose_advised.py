"""A fund managed by its general partner or managing member, named before it (session 40,
prose gaps 2): "Acme Partners LP is managed by its general partner, Acme GP LLC" is a general
partnership, as "is controlled by its general partner, Acme GP LLC" was, not an investment
management. No filing of the corpus or the fixtures words it so (checked: none there says
"managed by its ..."), hence invented names."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_advised import advised_role
from graphkit.parsers.prose_clause_patterns import ADVISED_BY, ITS_ADVISER_ROLE
from graphkit.source import SourceText


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


@pytest.mark.parametrize("text, its", [
    ("its general partner", "general partner"), ("its sole general partner", "general partner"),
    ("its managing member", "managing member"), ("its investment adviser", None),
    ("its manager", None),
])
def test_its_adviser_role(text, its):
    m = ITS_ADVISER_ROLE.fullmatch(text)
    assert m is not None and m["its"] == its


@pytest.mark.parametrize("text", ["its general partners", "its limited partner", "the manager"])
def test_its_adviser_role_not(text):
    assert ITS_ADVISER_ROLE.fullmatch(text) is None


@pytest.mark.parametrize("text, role", [
    ("Acme Partners LP is managed by its general partner, Acme GP LLC.", "general partner"),
    ("Acme Partners LP is managed by its sole general partner, Acme GP LLC.", "general partner"),
    ("Acme Sub LLC is managed by its managing member, Acme Holdings LLC.", "managing member"),
    ("Acme Fund LP is managed by its investment manager, Acme Capital LLC.", "manager"),
    ("Acme Fund LP is advised by its investment adviser, Acme Capital LLC.", "investment adviser"),
])
def test_advised_role(text, role):
    assert advised_role(ADVISED_BY.search(text)) == role


@pytest.mark.parametrize("text, expected", [
    ("Acme Partners LP is managed by its general partner, Acme GP LLC.",
     {("general_partner_of", "Acme GP LLC", "Acme Partners LP")}),
    ("Acme Sub LLC is managed by its managing member, Acme Holdings LLC.",
     {("managing_member_of", "Acme Holdings LLC", "Acme Sub LLC")}),
    # the others, read before, unchanged
    ("Acme Partners LP is controlled by its general partner, Acme GP LLC.",
     {("general_partner_of", "Acme GP LLC", "Acme Partners LP")}),
    ("Acme Fund LP is advised by its investment adviser, Acme Capital LLC.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Fund LP")}),
    ("Acme Fund LP is managed by Acme Capital LLC, its investment manager.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Fund LP")}),
    # not its role: the fund's subject is denied
    ("Neither Acme Partners LP nor Beta Partners LP is managed by its general partner, Acme GP "
     "LLC.", set()),
])
def test_edges(text, expected):
    assert _found(text) == expected
