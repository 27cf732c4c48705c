"""Relation sentences read on real filings graphkit had not seen (fixtures in
tests/fixtures/filings/prose/): lists of persons each with an appositive, persons elected to a
board, a chain of appositives ending in the clause's subject, "and, as the general partner of",
a bank's ", N.A." before ", as trustee of", a second role without "as", subsidiaries of "the
Reporting Person", plural roles after a preposition, and parallel holdings of trusts."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers import prose
from graphkit.parsers.prose_appositives import (NEXT_APPOSITIVE, PLURAL_NAME, PLURAL_ROLE,
                                                SUBJECT_VERB_AFTER)
from graphkit.parsers.prose_clause_patterns import (
    CLAUSE_CUE_LITERALS, ELECTED_TO_ROLE, ELECTED_TO_ROLE_CUE, ROLE_APPOSITIVE,
    SUBJECT_AND_AS_ROLE_OF, SUBJECT_AND_AS_ROLE_OF_CUE)
from graphkit.parsers.prose_parallel import EARLIER_HOLDING
from tests.parsers.test_prose_unseen import claims as _claims, rels

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings"
#: Where each unseen filing of these tests is kept (one copy each; other areas' tests use the
#: same filings)
HOME = {"1994_SC_13DA_757011.txt": "sigs", "2002_SC_13GA_887733.txt": "sigs",
        "2010_SC_13D_1406666.txt": "roster", "1994_SC_13DA_3499.txt": "roster",
        "2017_SC_13DA_1561566.txt": "roster", "1996_SC_13GA_933203.txt": "filing",
        "1994_SC_13DA_45370.txt": "filing"}


def fixture(name):
    """The path of one unseen filing of these tests."""
    return FIXTURES / HOME.get(name, "prose") / name


def claims(name):
    """(relation, holder, held, title) of every claim but holdings of one fixture."""
    return _claims(str(fixture(name).relative_to(FIXTURES)))


# --- real filings ----------------------------------------------------------------------------

def test_vice_presidents_elected_directors_citibank():
    # 1994 SC 13D/A (Alexander's Inc.), Item 4: "Peter T. Baumann, a Vice President of
    # Citibank, Wendy Silverstein, a Vice President of Citibank, and Patricia Goldstein, a Vice
    # President of Citibank, were elected as directors of the Issuer."
    got = claims("1994_SC_13DA_3499.txt")
    people = ("Peter T. Baumann", "Wendy A. Silverstein", "Patricia Goldstein")
    for person in people:
        assert ("officer_of", person, "Citibank, N.A.", "Vice President") in got
        assert ("director_of", person, "Alexander's, Inc.", None) in got
    assert not [c for c in got if c[1] in people and c[2] in people]  # no person of a person
    assert ("parent_of", "Citicorp", "Citibank, N.A.", None) in got


def test_and_as_the_general_partner_of_water_street():
    # 1994 SC 13D/A (USG Corp), Item 5: "As of the date hereof, Goldman Sachs beneficially owns
    # 96,539 shares of Common Stock and, as the general partner of Water Street, may be deemed"
    res = parse_path(fixture("1994_SC_13DA_757011.txt"))
    rec = res.records[0]
    names = {p.id: p for p in rec.parties}
    gp = [(names[c.source], names[c.target].name) for c in rec.claims
          if c.relation.value == "general_partner_of"
          and names[c.target].name == "Water Street Corporate Recovery Fund I, L.P."]
    assert len(gp) == 1
    # the party of "Goldman, Sachs & Co." (its name as read is another helper's concern)
    assert "Goldman, Sachs & Co." in [gp[0][0].name] + [a.name for a in gp[0][0].aliases]


def test_national_bank_as_trustee_wachovia():
    # 1994 SC 13D/A (M.A. Hanna Co.), Item 2: "Wachovia Bank of North Carolina, N.A., as
    # trustee of the Trust (the "Trustee")"; the ", N.A." is the bank's name, not a name of its own
    got = claims("1994_SC_13DA_45370.txt")
    assert ("trustee_of", "Wachovia Bank of North Carolina, N.A.",
            "M.A. Hanna Company Associates Ownership Trust", None) in got
    assert not [c for c in got if c[1] == "N.A."]


def test_chain_of_appositives_ends_in_the_subject_deshaw():
    # 1996 SC 13G/A (First USA): "David Shaw's positions as President and sole shareholder of
    # D.E. Shaw & Co., Inc., the general partner of D.E. Shaw & Co., L.P., the general partner of
    # D.E. Shaw, David Shaw may be deemed": David Shaw is the subject, no one's partnership
    got = claims("1996_SC_13GA_933203.txt")
    assert ("general_partner_of", "D.E. Shaw & Co., Inc.", "D.E. Shaw & Co., L.P.", None) in got
    assert ("general_partner_of", "D.E. Shaw & Co., L.P.", "D.E. Shaw Investments, L.P.",
            None) in got
    assert ("officer_of", "David E. Shaw", "D.E. Shaw & Co., Inc.", "President") in got
    assert not [c for c in got if c[2] == "David E. Shaw"]


def test_member_and_controlling_owner_willow_creek():
    # 2002 SC 13G/A (Central Garden & Pet): "Mr. Braun is the sole shareholder of Willow Creek
    # Capital Management, and a member and the controlling owner of WC Capital Management, LLC."
    got = [(r, h, t) for r, h, t, _ in claims("2002_SC_13GA_887733.txt")]
    assert ("shareholder_of", "Aaron Braun", "Willow Creek Capital Management") in got
    assert ("member_of", "Aaron Braun", "WC Capital Management, LLC") in got
    assert ("shareholder_of", "Aaron Braun", "WC Capital Management, LLC") in got


def test_subsidiaries_of_the_reporting_person_and_no_effective_time_calix():
    # 2010 SC 13D (Occam Networks), Item 4: "Ocean Sub I, Inc., a Delaware corporation and a
    # wholly owned subsidiary of the Reporting Person"; "at the Effective Time, the officers of
    # the Issuer immediately prior to the Effective Time will continue to be the officers"
    res = parse_path(fixture("2010_SC_13D_1406666.txt"))
    got = claims("2010_SC_13D_1406666.txt")
    assert ("parent_of", "Calix, Inc.", "Ocean Sub I, Inc.", None) in got
    assert ("parent_of", "Calix, Inc.", "Ocean Sub II, LLC", None) in got
    names = {p.name for rec in res.records for p in rec.parties}
    assert not {"Effective Time", "Second Merger"} & names
    # the only officers and directors are Calix's own, from its Schedule A roster
    assert {c[2] for c in got if c[0] in ("officer_of", "director_of")} == {"Calix, Inc."}
    assert not [c for c in got if c[1] == "Effective Time"]


def test_wholly_owned_after_a_term_and_a_descriptor_borneo():
    # 2017 SC 13D (Verde Resources), Item 2: "Borneo Oil & Gas Corporation Sdn Bhd ("BOG"), a
    # corporation incorporated under the laws of Malaysia, is wholly owned by Borneo Oil Berhad"
    got = claims("2017_SC_13D_1700599.txt")
    assert ("shareholder_of", "Borneo Oil Berhad", "Borneo Oil & Gas Corporation Sdn Bhd",
            None) in got


def test_possessive_after_a_role_is_no_holder_otkritie():
    # 2017 SC 13D/A, Item 2: "a provisional administration composed of the Bank of Russia's
    # officers, Banking Sector Consolidation Fund Management Company's and the State Corporation
    # Deposit Insurance Agency's employees": a list of employers, no officer of the Bank
    got = claims("2017_SC_13DA_1561566.txt")
    assert not [c for c in got if c[0] == "officer_of" and c[2] == "Bank of Russia"]


# --- sentences -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # an appositive list of persons: each holds only its own appositive's role
    ("Jane Q. Roe, a Vice President of Acme Bank, and John A. Doe, a Vice President of Acme "
     "Bank, were elected as directors of Acme Corp.",
     [("officer_of", "Jane Q. Roe", "Acme Bank", "Vice President"),
      ("officer_of", "John A. Doe", "Acme Bank", "Vice President"),
      ("director_of", "Jane Q. Roe", "Acme Corp.", None),
      ("director_of", "John A. Doe", "Acme Corp.", None)]),
    ("Jane Q. Roe has been elected to the Board of Directors of Acme Corp.",
     [("director_of", "Jane Q. Roe", "Acme Corp.", None)]),
    ("Jane Q. Roe was appointed Chief Financial Officer of Acme Corp.",
     [("officer_of", "Jane Q. Roe", "Acme Corp.", "Chief Financial Officer")]),
    # the object of a preposition is not the one elected
    ("An officer of Acme Corp. has been elected to the board of directors of Beta Inc. as of "
     "the closing.", []),
    # nominated, or to be elected: no role yet
    ("Jane Q. Roe may be elected as a director of Acme Corp.", []),
    ("No Reporting Person was elected a director of Acme Corp.", []),
    # the subject of the clause after a chain of appositives is held by no one
    ("Acme Inc., the general partner of Acme Fund, L.P., the general partner of Acme "
     "Investments, Jane Q. Roe may be deemed to own the shares.",
     [("general_partner_of", "Acme Inc.", "Acme Fund, L.P.", None),
      ("general_partner_of", "Acme Fund, L.P.", "Acme Investments", None)]),
    # a list ending with the appositive's comma still holds every name
    ("Acme GP, the general partner of Acme Fund I, Acme Fund II and Acme Fund III, may be "
     "deemed to own the shares.",
     [("general_partner_of", "Acme GP", "Acme Fund I", None),
      ("general_partner_of", "Acme GP", "Acme Fund II", None),
      ("general_partner_of", "Acme GP", "Acme Fund III", None)]),
    # "and, as ROLE of Y," after the subject's first predicate
    ("As of the date hereof, Acme Bank beneficially owns 1,000 shares of Common Stock and, as the general "
     "partner of Acme Fund, L.P., may be deemed to own 5,000 shares.",
     [("general_partner_of", "Acme Bank", "Acme Fund, L.P.", None),
      ("beneficial_owner_of", "Acme Bank", "", None)]),  # its own 1,000 shares
    # a second role without "as"
    ("Mr. Roe is the sole shareholder of Acme Advisers, and a member of Acme Capital, LLC.",
     [("shareholder_of", "Mr. Roe", "Acme Advisers", None),
      ("member_of", "Mr. Roe", "Acme Capital, LLC", None)]),
    # ... but "and the members of Y are" is a clause of its own
    ("Mr. Roe is the sole shareholder of Acme Advisers and the members of Acme Capital are "
     "Jane Q. Roe and John A. Doe.",
     [("shareholder_of", "Mr. Roe", "Acme Advisers", None),
      ("member_of", "Jane Q. Roe", "Acme Capital", None),
      ("member_of", "John A. Doe", "Acme Capital", None)]),
    # a national bank's ", N.A."
    ("Acme Bank of Ohio, N.A., as trustee of the Roe Trust, may be deemed to own the shares.",
     [("trustee_of", "Acme Bank of Ohio, N.A.", "Roe Trust", None)]),
    # a subsidiary of "the Issuer"
    ("Acme Sub Inc., a Delaware corporation and wholly-owned subsidiary of the Issuer, merged.",
     [("parent_of", "Issuer", "Acme Sub Inc.", None)]),
    # a possessive after "X's officers," is another employer, not an officer
    ("a board composed of Acme Bank's officers, Beta Fund Management Company's and Gamma "
     "Agency's employees", []),
    ("Acme Fund's investment manager, Acme Advisers LLC, may be deemed",
     [("investment_manager_of", "Acme Advisers LLC", "Acme Fund", None)]),
    # a term and a descriptor between a company and "is wholly owned by"
    ('Acme Sdn Bhd ("AS"), a corporation incorporated under the laws of Malaysia, is wholly '
     "owned by Acme Holdings Berhad.",
     [("shareholder_of", "Acme Holdings Berhad", "Acme Sdn Bhd", None)]),
    # a plural role after a singular name that is no holder
    ("At the Closing, the directors of Acme Sub shall be the directors of Acme Corp.", []),
])
def test_sentences(text, expected):
    assert rels(text) == expected


# --- named patterns --------------------------------------------------------------------------

def test_elected_to_role_pattern():
    m = ELECTED_TO_ROLE.search("Jane Q. Roe, a Vice President of Acme Bank, and John A. Doe were "
                               "elected as directors of the Issuer.")
    assert m["role"] == "directors" and m["held"] == "Issuer."
    assert ROLE_APPOSITIVE.sub("", m["holder"]) == "Jane Q. Roe, and John A. Doe"
    assert ELECTED_TO_ROLE.search("Jane Q. Roe was elected to the Board of Directors of Acme "
                                  "Corp.")["board"] == "Board of Directors"


def test_subject_and_as_role_of_pattern():
    m = SUBJECT_AND_AS_ROLE_OF.search("(a) Acme Bank owns 1,000 shares and, as the general "
                                      "partner of Acme Fund, may be deemed")
    assert (m["holder"], m["role"], m["held"]) == ("Acme Bank", "the general partner",
                                                   "Acme Fund")
    # the role is the subject's only in its own clause: not after a ";" or a name's comma
    assert SUBJECT_AND_AS_ROLE_OF.search("Acme Bank owns 10 shares; Beta Bank owns 5 shares "
                                         "and, as the general partner of Acme Fund, may") is None
    assert SUBJECT_AND_AS_ROLE_OF.search("Acme Bank owns shares of Beta, Inc. and, as the "
                                         "general partner of Acme Fund, may") is None


@pytest.mark.parametrize("pattern,cue,text", [
    (ELECTED_TO_ROLE, ELECTED_TO_ROLE_CUE, "Jane Q. Roe was elected a director of Acme Corp."),
    (SUBJECT_AND_AS_ROLE_OF, SUBJECT_AND_AS_ROLE_OF_CUE,
     "Acme Bank owns 10 shares and, as the general partner of Acme Fund, may be deemed"),
])
def test_clause_pattern_examples_carry_their_cue_and_literal(pattern, cue, text):
    m = pattern.search(text)
    assert m and cue.search(m.group(0))
    assert any(w in m.group(0) for w in CLAUSE_CUE_LITERALS[cue])
    assert prose.RELATION_KEYWORD.search(m.group(0))


def test_appositive_patterns():
    assert NEXT_APPOSITIVE.match(", a Vice President of Acme Bank")
    assert NEXT_APPOSITIVE.match(", the general partner of Acme Fund")
    assert not NEXT_APPOSITIVE.match(", a Delaware corporation")
    assert SUBJECT_VERB_AFTER.match(" may be deemed")
    assert not SUBJECT_VERB_AFTER.match(", may be deemed")
    assert PLURAL_ROLE.search("the officers") and PLURAL_ROLE.search("the chairmen")
    assert not PLURAL_ROLE.search("a Vice President")
    assert PLURAL_NAME.search("Small Cap Funds") and not PLURAL_NAME.search("Effective Time")


def test_earlier_holding_pattern():
    text = ("the Roe Trust and the Doe Trust, and 1,356 Class A shares and 14,730 Class B "
            "shares owned by the ")
    m = EARLIER_HOLDING.search(text)
    assert m["held"] == "Roe Trust and the Doe Trust"
    assert EARLIER_HOLDING.search("the Roe Trust owns 10 shares held by ") is None
