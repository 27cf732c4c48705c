"""A manager's agreement "with A and B" is read only for funds, plainly listed
(graphkit.parsers.prose_agreement_funds; review s23-hbk H3, H4, M1, M3), and "X's power is
exercised by its ROLE, Y" only for one holder and an entity (M2, L1). All names are made up."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_agreement_funds import (
    AFTER_LIST, ASIDE_AFTER, ENDED, FUND_HOLDER_WORD, FUND_NAME, FUND_WORD, ISSUER_WORD,
    NOT_FUND_WORD, SUBJECT_VERB)
from graphkit.source import SourceText


def rels(text):
    return sorted((f.relation.value, f.holder, f.held)
                  for f in find_relationships(SourceText(path="t.txt", text=text)))


HEAD = "Acme Advisers LP has sole voting power pursuant to "


@pytest.mark.parametrize("text, expected", [
    (HEAD + "Management Agreements with Acme Fund LP, Beta Fund LP and Gamma Fund Ltd. (the "
     '"Funds").', [("investment_manager_of", "Acme Advisers LP", "Acme Fund LP"),
                   ("investment_manager_of", "Acme Advisers LP", "Beta Fund LP"),
                   ("investment_manager_of", "Acme Advisers LP", "Gamma Fund Ltd.")]),
    (HEAD + "an investment management agreement with Acme Fund LP, which owns 100,000 Shares.",
     [("investment_manager_of", "Acme Advisers LP", "Acme Fund LP")]),
    (HEAD + "investment management agreements with the Funds.",
     [("investment_manager_of", "Acme Advisers LP", "Funds")]),  # the term, bound by the caller
    (HEAD + "an advisory agreement with Acme Partners II, L.P.",
     [("investment_manager_of", "Acme Advisers LP", "Acme Partners II, L.P.")]),
    # H3: the list ends before the next clause's subject
    (HEAD + "an investment management agreement with Acme Fund LP, and Beta Partners LP has sole "
     "dispositive power pursuant to an investment management agreement with Beta Fund Ltd.",
     [("investment_manager_of", "Acme Advisers LP", "Acme Fund LP")]),
])
def test_agreement_with_funds(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text", [
    # H4: a party with an appositive, a sub-adviser's agreement, a party to a three-party IMA
    HEAD + "a sub-advisory agreement with Beta Advisers LLC, the investment manager of Acme Fund LP.",
    HEAD + "a sub-advisory agreement with Acme Fund LP.",
    HEAD + "a sub-investment management agreement with Beta Fund LP.",
    HEAD + "an Investment Management Agreement with Acme Fund LP and Acme Fund GP LLC, its "
    "general partner.",
    HEAD + "an investment management agreement with Acme Fund LP and its general partner, Acme GP "
    "LLC.",
    HEAD + "an Investment Management Agreement with Beta Fund LP and Celtic Holdings Corp., its "
    "wholly-owned subsidiary.",
    HEAD + "an investment management agreement with Beta Fund LP, pursuant to which Gamma "
    "Advisers LP acts as sub-adviser.",
    HEAD + "a management agreement with Acme Bank, N.A., as trustee of the Roe Trust.",
    # M1: the issuer, by its defined word or by a name that is no fund's
    HEAD + 'a management agreement with Acme Income Fund LP (the "Issuer").',
    HEAD + "a Management Agreement with Acme Corp.",
    HEAD + "a Management Agreement with Acme (Bermuda) Limited.",
    # not a fund
    HEAD + "a management agreement with Jane Roe.",
    HEAD + "a management agreement with Beta Advisers LLC.",
    # M3: an agreement that ended
    HEAD + 'Investment Management Agreements with Acme Fund LP and Beta Fund Ltd. (the "Funds"), '
    "which were terminated on June 1, 2005.",
    HEAD + "an investment management agreement with Acme Fund LP that expired in 2004.",
])
def test_agreement_reads_nothing_else(text):  # other patterns may read the asides
    assert [r for r in rels(text) if r[1] == "Acme Advisers LP"] == []


@pytest.mark.parametrize("text, expected", [
    # M2: a plural role is read for both holders or neither
    ("Acme Fund LP's power is exercised by its general partners, Acme GP LLC and Beta GP LLC.", []),
    ("The Roe Trust's power is exercised by its trustees, Jane Roe and John Doe.", []),
    # L1: "its" of a person
    ("Mr. Roe's power is exercised by its general partner, Acme GP LLC.", []),
    ("Jane Roe's power is exercised by its general partner, Acme GP LLC.", []),
    ("The Roe Trust's power is exercised by its trustee, Jane Roe.",
     [("trustee_of", "Jane Roe", "Roe Trust")]),
])
def test_power_exercised_one_holder_of_an_entity(text, expected):
    assert rels(text) == expected


def test_patterns():
    assert FUND_NAME.search("Acme Offshore Fund Ltd.") and FUND_NAME.search("Acme Partners, L.P.")
    assert not FUND_NAME.search("Acme (Bermuda) Limited") and not FUND_NAME.search("Acme Corp.")
    assert NOT_FUND_WORD.search("Acme Fund GP LLC") and NOT_FUND_WORD.search("Acme Advisers LP")
    assert not NOT_FUND_WORD.search("Acme Offshore Fund Ltd.")
    assert SUBJECT_VERB.match(" has sole dispositive power") and not SUBJECT_VERB.match(" (the")
    assert ASIDE_AFTER.match(", its general partner") and ASIDE_AFTER.match(" and its manager")
    assert not ASIDE_AFTER.match(", which owns 100,000 Shares")
    assert ENDED.search("which were terminated on June 1") and not ENDED.search("which owns")
    assert ISSUER_WORD.search('(the "Issuer")') and not ISSUER_WORD.search('(the "Funds")')


@pytest.mark.parametrize("text", [
    # review s23-hbk2 H1: the holder is itself a fund (by its name or the filing's term for it)
    "Acme Offshore Fund Ltd. shares voting power pursuant to an investment management agreement "
    "with Acme Capital LP.",
    "The Fund has sole voting power pursuant to an investment management agreement with Acme "
    "Capital LP.",
    "Acme Master Fund LP has voting power pursuant to an investment management agreement with "
    "Acme Capital Partners LP.",
    'Acme Opportunity Fund LP ("AOF") is a Delaware limited partnership. AOF has shared voting '
    "power pursuant to an investment management agreement with Acme Investments LP.",
    # H2: two or more names each with "Fund", and nothing after the list but a stop or a clause
    "Acme Capital LP has voting power pursuant to a management agreement with Acme Fund LP and "
    "Beta Partners LP.",
    "Acme Capital LP has voting power pursuant to a management agreement with Acme Fund LP and "
    "Acme Fund II LP and Beta Capital LP.",
    "Acme Capital LP has voting power pursuant to a management agreement with Acme Fund LP and "
    "Beta Fund LP as sub-adviser.",
    "Acme Capital LP has voting power pursuant to a management agreement with Acme Fund LP and "
    "Beta Fund LP, dated March 1, 2005.",
    "Acme Capital LP has voting power pursuant to a management agreement with Acme Fund LP and "
    "Acme International LP.",
])
def test_agreement_no_fund_holder_nor_unplain_list(text):
    assert [r for r in rels(text) if r[0] == "investment_manager_of"] == []


IM = "investment_manager_of"


@pytest.mark.parametrize("text, expected", [
    ("Acme Capital LP has voting power pursuant to a management agreement with Acme Fund LP and "
     "Acme Fund II LP, and Beta Capital LP has voting power pursuant to a management agreement "
     "with Beta Fund LP.", [(IM, "Acme Capital LP", "Acme Fund II LP"),
                            (IM, "Acme Capital LP", "Acme Fund LP")]),
    ("Acme Capital LP has sole voting power pursuant to investment management agreements with "
     "Acme Fund L.P. and Beta Offshore Fund, Ltd. and therefore may be deemed the beneficial "
     "owner.", [(IM, "Acme Capital LP", "Acme Fund L.P."),
                (IM, "Acme Capital LP", "Beta Offshore Fund, Ltd.")]),
    ("Acme Capital LP has sole voting power pursuant to investment management agreements with "
     "Acme Fund L.P. and Beta Offshore Fund, Ltd. and Jane Roe is its managing member.",
     [(IM, "Acme Capital LP", "Acme Fund L.P."), (IM, "Acme Capital LP", "Beta Offshore Fund, Ltd.")]),
    ("Acme Capital LP has voting power pursuant to a management agreement with Acme Fund LP and "
     "Beta Fund LP; Acme GP LLC is the general partner of Acme Capital LP.",
     [("general_partner_of", "Acme GP LLC", "Acme Capital LP"),
      (IM, "Acme Capital LP", "Acme Fund LP"), (IM, "Acme Capital LP", "Beta Fund LP")]),
    ("Acme Capital LP has voting power pursuant to an investment management agreement with Acme "
     "Investments LP.", [(IM, "Acme Capital LP", "Acme Investments LP")]),  # one name: as before
])
def test_agreement_plain_fund_lists_still_read(text, expected):
    assert rels(text) == expected


def test_holder_and_list_patterns():
    assert FUND_HOLDER_WORD.search("Acme Feeder LP") and FUND_HOLDER_WORD.search("The Fund")
    assert not FUND_HOLDER_WORD.search("Acme Capital Partners LP")
    assert FUND_WORD.search("Beta Offshore Fund, Ltd.") and not FUND_WORD.search("Acme Fundamental LP")
    assert AFTER_LIST.match(".") and AFTER_LIST.match("; Acme") and AFTER_LIST.match("")
    assert AFTER_LIST.match(" and, as a result, may") and AFTER_LIST.match(" and Jane Roe is its")
    assert not AFTER_LIST.match(" as sub-adviser.") and not AFTER_LIST.match(", dated March 1")
