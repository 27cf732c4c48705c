"""A relative clause "whose ROLE is X" after a predicate that ends in an entity ("A is a limited
partner of B, whose general partner is X") is about that entity, not the sentence's subject
(graphkit.parsers.prose_held_first.whose_held, PREDICATE_OBJECT)."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_held_first import PREDICATE_OBJECT
from graphkit.parsers.prose_offices import OFFICES_OF as OFFICE_OF
from graphkit.source import SourceText


def rels(text):
    return sorted((f.relation.value, f.holder, f.held)
                  for f in find_relationships(SourceText(path="t.txt", text=text)))


@pytest.mark.parametrize("text, expected", [
    # main gave Acme GP LLC as the general partner of Acme Fund LP (a limited partner of Beta)
    ("Acme Fund LP is a limited partner of Beta Partners LP, whose general partner is Acme GP "
     "LLC.", [("general_partner_of", "Acme GP LLC", "Beta Partners LP")]),
    ("Acme Fund LP is a limited partner in Beta Fund LP, whose general partner is Beta GP LLC.",
     [("general_partner_of", "Beta GP LLC", "Beta Fund LP")]),
    ("Acme Fund LP is an affiliate of Acme Capital LLC, whose sole member is Jane Roe.",
     [("member_of", "Jane Roe", "Acme Capital LLC")]),
    ("Acme Fund LP is a fund managed by Acme Advisers LLC, whose managing member is Jane Roe.",
     [("managing_member_of", "Jane Roe", "Acme Advisers LLC")]),
    ("Acme Fund LP is a wholly owned subsidiary of Acme Holdings LP, whose general partner is "
     "Acme GP LLC.", [("general_partner_of", "Acme GP LLC", "Acme Holdings LP"),
                      ("parent_of", "Acme Holdings LP", "Acme Fund LP")]),
    # main made John Doe the investment manager of Jane Roe
    ("Jane Roe is a member of Acme GP LLC, whose sole manager is John Doe.",
     [("managing_member_of", "John Doe", "Acme GP LLC"), ("member_of", "Jane Roe", "Acme GP LLC")]),
])
def test_whose_after_a_predicate_is_about_its_entity(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a predicate without an entity at its end: the clause is about the subject, as before
    ("Acme Partners, L.P. is a Delaware limited partnership whose sole general partner is Acme "
     "Capital Management, LLC.",
     [("general_partner_of", "Acme Capital Management, LLC", "Acme Partners, L.P.")]),
    ("Acme Offshore Fund is an exempted company organized in the Cayman Islands, whose "
     "investment manager is Acme Advisers LLC.",
     [("investment_manager_of", "Acme Advisers LLC", "Acme Offshore Fund")]),
    ("Acme Fund LP is a limited partnership organized under the laws of the State of Delaware, "
     "whose general partner is Acme GP LLC.", [("general_partner_of", "Acme GP LLC", "Acme Fund LP")]),
    # an appositive, not a predicate: unchanged (the subject's, as main reads it)
    ("Acme Fund LP, whose general partner is Acme GP LLC, holds 100 Shares.",
     [("general_partner_of", "Acme GP LLC", "Acme Fund LP")]),
])
def test_whose_after_a_predicate_without_an_entity_is_the_subjects(text, expected):
    assert rels(text) == expected


def test_predicate_object_pattern():
    m = PREDICATE_OBJECT.search(" is a limited partner of Beta Partners LP,")
    assert m is not None and m["inner"] == "Beta Partners LP"
    assert PREDICATE_OBJECT.search(" is a Delaware limited partnership") is None
    m = PREDICATE_OBJECT.search(" is organized under the laws of the State of Delaware,")
    assert m is not None and m["inner"] == "State of Delaware"  # no entity: whose_held skips it


@pytest.mark.parametrize("text, expected", [
    # review sigprose15 M4: the next clause's subject was read as a fund held
    ("Acme GP LLC is the general partner of Acme Fund LP and Jane Roe, as trustee of the Trusts, "
     "may be deemed to share voting power.", [("general_partner_of", "Acme GP LLC", "Acme Fund LP")]),
    ("Sofinnova Management VII, L.L.C. is the general partner of Sofinnova Venture Partners VII, "
     "L.P., and Dr. Michael Powell, Dr. James Healy and Alain Azan are the managing members of "
     "Sofinnova Management VII, L.L.C.",
     [("general_partner_of", "Sofinnova Management VII, L.L.C.",
       "Sofinnova Venture Partners VII, L.P."),
      # (Powell and Healy are missed: a missing claim, where main gave two wrong ones)
      ("managing_member_of", "Alain Azan", "Sofinnova Management VII, L.L.C.")]),
    # lists held, unchanged
    ("Acme GP LLC is the general partner of Acme Fund LP and Beta Fund LP.",
     [("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
      ("general_partner_of", "Acme GP LLC", "Beta Fund LP")]),
    ("Acme GP LLC is the general partner of Acme Fund LP and Beta Fund LP, and Jane Roe is the "
     "managing member of Acme GP LLC.",
     [("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
      ("general_partner_of", "Acme GP LLC", "Beta Fund LP"),
      ("managing_member_of", "Jane Roe", "Acme GP LLC")]),
])
def test_next_clause_subject_is_not_held(text, expected):
    assert rels(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # review main16 H2: the predicate's object took "whose" whatever the role
    ("Acme GP LLC is a Delaware limited liability company that is the general partner of Acme "
     "Fund LP, whose managing member is John Doe.",
     [("managing_member_of", "John Doe", "Acme GP LLC")]),  # an LP has no managing member
    ("Acme Advisors LLC is a registered investment adviser to Acme Fund LP, whose managing member "
     "is John Doe.", [("managing_member_of", "John Doe", "Acme Advisors LLC"),
                      ("investment_manager_of", "Acme Advisors LLC", "Acme Fund LP")]),
    ("Acme Securities LLC is a broker-dealer regulated by the Financial Industry Regulatory "
     "Authority, whose managing member is John Doe.",
     [("managing_member_of", "John Doe", "Acme Securities LLC")]),
    ("Acme Fund LP is a party to the Limited Partnership Agreement, whose general partner is Acme "
     "GP LLC.", [("general_partner_of", "Acme GP LLC", "Acme Fund LP")]),
    ("Acme Fund LP is a shareholder of the Company, whose general partner is Acme GP LLC.",
     [("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
      ("shareholder_of", "Acme Fund LP", "Company")]),
    ("Acme Fund LP is a fund advised by Acme Advisors LLC, whose general partner is Acme GP LLC.",
     [("general_partner_of", "Acme GP LLC", "Acme Fund LP")]),
    # (both could have a trustee: the nearer name, as "whose" reads)
    ("Acme Trust is a trust established for the benefit of the Roe Family Foundation, whose "
     "trustee is John Doe.", [("trustee_of", "John Doe", "Roe Family Foundation")]),
    # review main16b H2: a fund without "LP" can have a general partner
    ("Acme Feeder Fund LP is a limited partner of Acme Master Fund, whose general partner is "
     "Acme Master GP LLC.", [("general_partner_of", "Acme Master GP LLC", "Acme Master Fund")]),
    # review main16b M3: "& Co.", "Partners" and "Ltd." names keep what the text says
    ("Acme Roe & Co., whose general partner is Acme Group, L.P., holds the Shares.",
     [("general_partner_of", "Acme Group, L.P.", "Acme Roe & Co.")]),
    ("Acme Capital Partners, whose managing member is Jane Roe, is a Delaware limited liability "
     "company.", [("managing_member_of", "Jane Roe", "Acme Capital Partners")]),
    # the role fits the object: as intended
    ("Acme Fund LP is a Cayman Islands exempted company managed by Acme Advisors LP, whose "
     "general partner is Acme GP LLC.", [("general_partner_of", "Acme GP LLC", "Acme Advisors LP")]),
    ("John Doe is a United States citizen employed by Acme Capital LLC, whose managing member is "
     "Jane Roe.", [("managing_member_of", "Jane Roe", "Acme Capital LLC")]),
    # no partnership has a corporation's general partner: nothing rather than a wrong party
    ("Acme Fund LP is a significant stockholder of Acme Corp., whose general partner is Acme GP "
     "LLC.", []),
    # a link of control before it: a role the held party cannot have is the subject's, when it
    # surely is its kind's (review main16b: "... of Acme Fund LP, whose managing member is")
    ("Acme GP LLC is the general partner of Acme Fund LP, whose managing member is John Doe.",
     [("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
      ("managing_member_of", "John Doe", "Acme GP LLC")]),
    ("Acme GP LLC, the general partner of Acme Fund LP, whose managing member is John Doe, may "
     "be deemed to own the shares.",
     [("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
      ("managing_member_of", "John Doe", "Acme GP LLC")]),
    ("Acme Holdings LP is the sole member of Acme GP LLC, whose general partner is Acme Holdings "
     "GP LLC.", [("member_of", "Acme Holdings LP", "Acme GP LLC"),
                 ("general_partner_of", "Acme Holdings GP LLC", "Acme Holdings LP")]),
    # a person has no managing member: nothing, never the limited partner's
    ("Jane Roe is a limited partner of Acme Fund LP, whose managing member is John Doe.", []),
])
def test_whose_goes_where_the_role_fits(text, expected):
    assert rels(text) == sorted(expected)


def test_role_fit():
    from graphkit.parsers.prose_role_fit import held_fit, no_party
    assert held_fit("general_partner_of", "Beta Partners LP") == 2
    assert held_fit("general_partner_of", "Acme Corp.") == 0
    assert held_fit("managing_member_of", "Acme Fund LP") == 0
    assert held_fit("trustee_of", "Roe Family Trust") == 2
    assert held_fit("trustee_of", "Roe Family Foundation") == 1
    assert held_fit("director_of", "Jane Roe") == 1
    assert no_party("Delaware Revised Uniform Limited Partnership Act")
    assert no_party("Securities and Exchange Commission") and no_party("Issuer")
    assert not no_party("Acme Corp. Retirement Plan") and not no_party("Acme Exchange Fund LP")


def test_held_list_cut_keeps_entities_and_a_client_person():
    # review main16 M3: the entity before the next clause's persons is still held
    got = rels("Acme Capital LLC is the investment manager of Acme Fund LP, Beta Fund LP, and "
               "Gamma Fund LP and Jane Roe and John Doe are its managing members.")
    assert {("investment_manager_of", "Acme Capital LLC", f)
            for f in ("Acme Fund LP", "Beta Fund LP", "Gamma Fund LP")} <= set(got)
    assert ("investment_manager_of", "Acme Capital LLC", "Jane Roe") not in got
    # review main16 M4: no predicate after her aside: Jane Roe is a client held
    assert rels("Acme Advisors LLC is the investment adviser to Acme Fund LP and Jane Roe, as "
                "custodian for her minor children.") == [
        ("investment_manager_of", "Acme Advisors LLC", "Acme Fund LP"),
        ("investment_manager_of", "Acme Advisors LLC", "Jane Roe")]


@pytest.mark.parametrize("text, expected", [
    # review s17c: the name pattern read "President of Acme Ventures" whole, and made it a party
    ("John Doe is the President of Acme Ventures, whose general partner is Acme GP LLC.",
     [("general_partner_of", "Acme GP LLC", "Acme Ventures"),
      ("officer_of", "John Doe", "Acme Ventures")]),
    ("Jane Roe is a Director of Bank of America Corp., whose chairman is John Doe.",
     [("director_of", "Jane Roe", "Bank of America Corp."),
      ("officer_of", "John Doe", "Bank of America Corp.")]),
    # a role the company cannot hold is no one's
    ("Jane Roe is the President of Acme Corp., whose general partner is Acme GP LLC.",
     [("officer_of", "Jane Roe", "Acme Corp.")]),
])
def test_whose_after_an_office_is_the_companys(text, expected):
    assert rels(text) == expected


def test_office_of_pattern():
    assert OFFICE_OF.match("Chief Executive Officer of the Acme Fund").group() == \
        "Chief Executive Officer of the "
    assert OFFICE_OF.match("Director of Acme Corp.") is not None
    assert OFFICE_OF.match("Bank of America") is None
    assert OFFICE_OF.match("President of the fund") is None  # no name after it
