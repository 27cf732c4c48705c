""""its" after a clause stating an office from its company (session 41, prose gaps): "Roe Fund
LP's general partner is Acme GP LLC, and its investment manager is Acme Advisors LP" gave only
the general partner; a fund's office after it ("its investment manager", "its investment
adviser") is the possessor's. Other roles stay read as before ("its" of "..., and its managing
member is Jane Roe" is the LLC's: a partnership has no managing member). No filing of the
corpus or the fixtures words it so (checked: none has "X's ROLE is Y, and its ..."), hence
invented names."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_its import FUND_OFFICE, its_party
from graphkit.parsers.prose_possessive_offices import possessor_before
from graphkit.source import SourceText


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


@pytest.mark.parametrize("role, found", [
    ("investment manager", True), ("investment adviser", True), ("Investment Advisor", True),
    ("manager", False), ("managing member", False), ("general partner", False),
])
def test_fund_office(role, found):
    assert (FUND_OFFICE.search(role) is not None) is found


@pytest.mark.parametrize("stretch, possessor", [
    ("Roe Fund LP's general partner is Acme GP LLC", "Roe Fund LP"),
    ("The Fund’s sole general partner is Acme GP LLC, ", "Fund"),
    ("Roe Fund LP's general partner is Acme GP LLC, which holds the Shares", None),
    ("Jane Roe's trustee is Acme Trust Company", None),          # a person's possessive
    ("Acme GP LLC is the general partner of Roe Fund LP", None),
])
def test_possessor_before(stretch, possessor):
    assert possessor_before(stretch) == possessor


def test_its_party_fund_office():
    assert its_party("Roe Fund LP's general partner is Acme GP LLC", "", ("Acme Advisors LP",),
                     "investment manager") == ("Roe Fund LP", False)


_GP = ("general_partner_of", "Acme GP LLC", "Roe Fund LP")


@pytest.mark.parametrize("text, expected", [
    ("Roe Fund LP's general partner is Acme GP LLC, and its investment manager is Acme Advisors "
     "LP.", {_GP, ("investment_manager_of", "Acme Advisors LP", "Roe Fund LP")}),
    ("Roe Fund LP's general partner is Acme GP LLC; its investment adviser is Acme Advisors LP.",
     {_GP, ("investment_manager_of", "Acme Advisors LP", "Roe Fund LP")}),
    ("Roe Fund LP's general partner is Acme GP LLC, and Acme Advisors LP is its investment "
     "manager.", {_GP, ("investment_manager_of", "Acme Advisors LP", "Roe Fund LP")}),
    ("The Fund's general partner is Acme GP LLC, and its investment manager is Acme Advisors LP.",
     {("general_partner_of", "Acme GP LLC", "Fund"),
      ("investment_manager_of", "Acme Advisors LP", "Fund")}),
    # as before: a role up the chain is the general partner's, or no one's where it may be either
    ("Roe Fund LP's general partner is Acme GP LLC, and its managing member is Jane Roe.",
     {_GP, ("managing_member_of", "Jane Roe", "Acme GP LLC")}),
    ("Roe Fund LP's general partner is Acme GP LLC, and its manager is Jane Roe.", {_GP}),
    # near misses: "its" after a clause that is no possessive office, or after another clause
    ("Acme GP LLC is the general partner of Roe Fund LP, and its investment manager is Acme "
     "Advisors LP.", {("general_partner_of", "Acme GP LLC", "Roe Fund LP")}),
    ("Roe Fund LP's general partner is Acme GP LLC, which holds the shares, and its investment "
     "manager is Acme Advisors LP.", {_GP}),
])
def test_edges(text, expected):
    assert _found(text) == expected
