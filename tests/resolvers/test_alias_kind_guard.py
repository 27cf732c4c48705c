"""A term a filing binds to a person and also to a company (a misread antecedent, harvest s27:
'Peter S. Park, as the sole member and manager of PWAM ("Mr. Park")') never makes the person
and the company one party (resolvers.resolve same_name_links)."""

from __future__ import annotations

from graphkit.models import PartyKind
from resolvers.models import Mention
from resolvers.resolve import resolve


def test_person_and_company_sharing_a_term_stay_apart():
    person = Mention(id="f1#p1", name="Jane Q. Roe", kind=PartyKind.PERSON, filing="f1",
                     terms=("Ms. Roe",))
    company = Mention(id="f1#p2", name="Roe Capital Management LLC",
                      kind=PartyKind.ORGANIZATION, filing="f1", terms=("Ms. Roe",))
    result = resolve([person, company])
    assert result.entity_of["f1#p1"] != result.entity_of["f1#p2"]


def test_same_kind_sharing_a_term_still_join():
    a = Mention(id="f1#p1", name="Roe Capital Management LLC", kind=PartyKind.ORGANIZATION,
                filing="f1", aliases=("RCM",))
    b = Mention(id="f2#p1", name="ROE CAPITAL MGMT LLC", kind=PartyKind.ORGANIZATION,
                filing="f2", aliases=("Roe Capital Management LLC",))
    result = resolve([a, b])
    assert result.entity_of["f1#p1"] == result.entity_of["f2#p1"]
