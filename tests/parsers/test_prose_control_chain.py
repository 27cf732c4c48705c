"""A control chain stated in a footnote and in Item 2 (real 13D/A, 2005): "X's power is exercised
by its general partner, Y" (graphkit.parsers.prose_its.EXERCISED_BY_ITS_ROLE), "A, B and C,
members of Z" (a bare plural role after a list: prose_role_patterns.BARE_PLURAL_ROLE in
HOLDER_THE_ROLE_OF), and a manager's power "pursuant to investment management agreements with
A and B" (prose_agreement_patterns.POWER_UNDER_AGREEMENT_WITH). All names are made up."""

from __future__ import annotations

import re

import pytest

from graphkit.parsers.prose import RELATION_KEYWORD, find_relationships
from graphkit.parsers.prose_agreement_patterns import (
    POWER_UNDER_AGREEMENT_WITH, POWER_UNDER_AGREEMENT_WITH_CUE, POWER_UNDER_AGREEMENT_WITH_LITERALS)
from graphkit.parsers.prose_its import EXERCISED_BY_ITS_ROLE, ITS_ROLE_CUE
from graphkit.parsers.prose_patterns import HOLDER_THE_ROLE_OF, HOLDER_THE_ROLE_OF_CUE
from graphkit.parsers.prose_role_patterns import BARE_PLURAL_ROLE
from graphkit.source import SourceText


def rels(text):
    return sorted((f.relation.value, f.holder, f.held)
                  for f in find_relationships(SourceText(path="t.txt", text=text)))


# --- "X's power is exercised by its general partner, Y" -----------------------------------

@pytest.mark.parametrize("text, expected", [
    # main read only the "whose" clause after it
    ("(2) Acme Investments' power is exercised by its general partner, Acme Partners II L.P., "
     "whose general partner is Acme Management L.L.C.",
     [("general_partner_of", "Acme Management L.L.C.", "Acme Partners II L.P."),
      ("general_partner_of", "Acme Partners II L.P.", "Acme Investments")]),
    ("Acme Fund LP's power is exercised by its general partner, Acme GP LLC.",
     [("general_partner_of", "Acme GP LLC", "Acme Fund LP")]),
    ("Acme Fund LP's voting and dispositive power over the Shares is exercised through its "
     "general partner, Acme GP LLC.", [("general_partner_of", "Acme GP LLC", "Acme Fund LP")]),
    ("Acme Fund LP's investment power is exercised by Acme GP LLC, its general partner.",
     [("general_partner_of", "Acme GP LLC", "Acme Fund LP")]),
    ("Acme Fund Ltd.'s power is exercised by its investment manager, Acme Advisers LLC.",
     [("investment_manager_of", "Acme Advisers LLC", "Acme Fund Ltd.")]),
    ("The Fund's power is exercised by its investment manager, Acme Advisers LLC.",
     [("investment_manager_of", "Acme Advisers LLC", "Fund")]),  # the term, bound by the caller
])
def test_power_exercised_by_its_role(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text", [
    "Acme Fund's manager's power is exercised by its general partner, Acme GP LLC.",  # manager's
    "Each Fund's power is exercised by its general partner, Acme GP LLC.",  # every fund's
    "Acme Fund LP's power is not exercised by its general partner, Acme GP LLC.",
    "Acme Fund LP's power was exercised by its general partner, Acme GP LLC, until 2004.",
    "Such power is exercised by its general partner, Acme GP LLC.",  # no possessor named
    "Jane Roe's power is exercised by her attorney, John Doe.",
])
def test_power_exercised_reads_nothing_else(text):
    assert rels(text) == []


def test_exercised_by_its_role_pattern_and_cue():
    s = "(2) Acme Partners' power is exercised by its general partner, Acme GP LLC, whose"
    m = EXERCISED_BY_ITS_ROLE.search(s)
    assert (m["held"], m["role"], m["holder"]) == ("Acme Partners", "its general partner",
                                                   "Acme GP LLC")
    assert ITS_ROLE_CUE.search(m.group(0))
    m = EXERCISED_BY_ITS_ROLE.search("Acme Fund LP's power is exercised by Acme GP LLC, its "
                                     "managing member.")
    assert (m["held"], m["holder2"], m["role2"]) == ("Acme Fund LP", "Acme GP LLC",
                                                     "its managing member")


# --- "A, B and C, members of Z" -------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # main read no member (a plural role with no article)
    ('Information is also included with respect to Acme Management L.L.C. ("Management"); and '
     'Jane Q. Roe, John R. Doe, Mary S. Major and Richard T. Miles, members of Management, who '
     'may control Management ("Managers").',
     [("member_of", "Jane Q. Roe", "Management"), ("member_of", "John R. Doe", "Management"),
      ("member_of", "Mary S. Major", "Management"),
      ("member_of", "Richard T. Miles", "Management")]),
    ("Jane Roe and John Doe, members of Acme GP LLC, may be deemed to control it.",
     [("member_of", "Jane Roe", "Acme GP LLC"), ("member_of", "John Doe", "Acme GP LLC")]),
    ("Jane Roe, a citizen of Canada, and John Doe, managing members of Acme GP LLC, may vote.",
     [("managing_member_of", "Jane Roe", "Acme GP LLC"),
      ("managing_member_of", "John Doe", "Acme GP LLC")]),
    ("John Doe, Jane Roe and Richard Miles, co-trustees of the Roe Family Trust, share voting "
     "power.", [("trustee_of", "Jane Roe", "Roe Family Trust"),
                ("trustee_of", "John Doe", "Roe Family Trust"),
                ("trustee_of", "Richard Miles", "Roe Family Trust")]),
])
def test_bare_plural_role_after_a_list(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text", [
    "The Shares are held by Jane Roe, members of Acme GP LLC.",  # one name: no list
    "At the Closing, members of Acme GP LLC will vote.",
    "The sisters of John Doe and Jane Roe, members of Acme GP LLC, may vote.",  # no holder list
    "Jane Roe and John Doe, members of the Board of Directors of Acme Corp., may vote.",
    "John Doe and Jane Roe, members of the Roe family, hold the Shares.",
    "John Doe and Jane Roe, Managing Directors of Acme Capital LLC, hold the Shares.",  # a job
    "John Doe and Jane Roe, managers of Acme Capital LLC, hold the Shares.",  # not a bare role
    # a cover's name row: "Roe Trust" alone may be either of two dated trusts
    "Jane Q. Roe and John A. Roe, Trustees of the Roe Trust dated June 1, 1995",
    # entities as holders: only a list of persons holds a bare role (tests/parsers/
    # test_prose_bare_roles.py)
    "The Shares are held by Acme Fund LP and Beta Fund LP, general partners of Gamma Partners LP.",
])
def test_bare_plural_role_reads_nothing_else(text):
    assert rels(text) == []


@pytest.mark.parametrize("text, role", [
    ("members", "members"), ("Managing Members", "Managing Members"),
    ("general partners", "general partners"), ("Co-Trustees", "Co-Trustees"),
    ("sole members", "sole members"),
])
def test_bare_plural_role_pattern(text, role):
    assert re.fullmatch(BARE_PLURAL_ROLE, text).group(0) == role


@pytest.mark.parametrize("text", ["member", "managers", "directors", "Managing Directors",
                                  "partners"])
def test_bare_plural_role_pattern_refuses(text):
    assert re.fullmatch(BARE_PLURAL_ROLE, text) is None


def test_holder_the_role_of_bare_match_and_cue():
    s = "Jane Roe and John Doe, members of Acme GP LLC, may"
    m = HOLDER_THE_ROLE_OF.search(s)
    assert (m["holder"], m["bare"], m["held"]) == ("John Doe", "members", "Acme GP LLC")
    assert HOLDER_THE_ROLE_OF_CUE.search(s)


# --- "X has power ... pursuant to investment management agreements with A and B" -----------

@pytest.mark.parametrize("text, expected", [
    # main read no fund: the sentence holds no relation word but "agreement"
    ('(1) Acme Investments L.P. ("Investments") has sole voting and dispositive power over the '
     'securities identified above (the "Securities") pursuant to Investment Management '
     'Agreements with Acme Fund L.P. and Acme Offshore Fund Ltd. (the "Funds").',
     [("investment_manager_of", "Acme Investments L.P.", "Acme Fund L.P."),
      ("investment_manager_of", "Acme Investments L.P.", "Acme Offshore Fund Ltd.")]),
    ("Acme Advisers LLC has sole investment discretion over the Shares under an advisory "
     "agreement with Acme Fund LP.", [("investment_manager_of", "Acme Advisers LLC",
                                       "Acme Fund LP")]),
    ("The Shares are held by the Funds; Acme Advisers LP has shared voting power over the Shares "
     "pursuant to advisory agreements with each of Acme Fund LP, Beta Fund LP and Gamma Fund "
     "Ltd.", [("investment_manager_of", "Acme Advisers LP", "Acme Fund LP"),
              ("investment_manager_of", "Acme Advisers LP", "Beta Fund LP"),
              ("investment_manager_of", "Acme Advisers LP", "Gamma Fund Ltd.")]),
    ("Acme Advisers LLC has voting power over the Shares pursuant to investment management "
     "agreements with Acme Fund LP and certain other clients.",
     [("investment_manager_of", "Acme Advisers LLC", "Acme Fund LP")]),
])
def test_power_under_agreement_with_funds(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text", [
    # which of two managers manages which fund is not said
    "Each of Acme Advisers LP and Beta Advisers LP has voting power over the Shares pursuant to "
    "management agreements with Acme Fund LP and Beta Fund LP.",
    "Acme Advisers LLC has voting power over the Shares pursuant to a management agreement with "
    "the Company.",  # a contract with the issuer: no fund managed
    "Acme GP LLC has voting power over the Shares pursuant to a voting agreement with Jane Roe.",
    "Acme Advisers LLC does not have voting power pursuant to a management agreement with Acme "
    "Fund LP.",
    "The Shares are held by Gamma Fund LP and Acme Advisers LP has sole voting power over the "
    "Shares pursuant to advisory agreements with Acme Fund LP.",  # a list's last: not read
])
def test_power_under_agreement_with_reads_nothing_else(text):
    assert rels(text) == []


def test_power_under_agreement_with_pattern_and_cue():
    s = ("Acme Advisers LP has sole voting power over the Shares pursuant to Investment "
         "Management Agreements with Acme Fund LP and Beta Fund Ltd.")
    m = POWER_UNDER_AGREEMENT_WITH.search(s)
    assert (m["holder"], m["held"]) == ("Acme Advisers LP", "Acme Fund LP and Beta Fund Ltd.")
    cue = POWER_UNDER_AGREEMENT_WITH_CUE.search(s)
    assert cue and any(w in cue.group() for w in POWER_UNDER_AGREEMENT_WITH_LITERALS)
    assert RELATION_KEYWORD.search(s)
