"""Defects a review of the prose readers found with made-up Schedule 13D/13G sentences, now fixed:
"owned jointly by" read over securities ("All of the Shares are owned jointly by Mr. Roe and his
wife"); a held list that ran on into the next clause's subject (", and Jane Roe, as managing
member of ..."); a second role in a control aside taken for a held party ("and Chairman of Beta
Corp."); an outline letter before "AND" in capitals that dropped the next name; a regulator read
as a client ("a registered investment adviser of the Securities and Exchange Commission");
couples titled "Dr. and Mrs. Roe", "Mr. and Mrs. John Roe", "Mr. and Mrs. Roe Jr."; "A, as well
as B, is ..."; "which, in turn, is".

The whole-filing case edits Item 2 of the real holdout 1994_SC_13DA_830134.txt (FMR Corp.).
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose import find_defined_terms, find_relationships
from graphkit.parsers.prose_caps import OUTLINE_AFTER_LEGAL_FORM
from graphkit.parsers.prose_lists import listed_parties, split_couples
from graphkit.parsers.prose_owned_patterns import OWNED_BY
from graphkit.parsers.prose_patterns import HOLDER_IS_ROLE_OF
from graphkit.parsers.prose_sentences import flat_sentence
from graphkit.source import SourceText
from tests.conftest import CORPUS
from tests.holdout import holdout_record, relation_pairs
from tests.parsers.test_review11_prose import _with_item2


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


# --- D6: "owned jointly/equally by" over a security -----------------------------------------

@pytest.mark.parametrize("text, held", [
    ("Acme GP LLC is owned jointly by Jane Roe and John Doe.", "Acme GP LLC"),
    ("Acme GP LLC is owned equally by Jane Roe and John Doe.", "Acme GP LLC"),
    ("Acme Securities is wholly owned by Acme Holdings Inc.", "Acme Securities"),  # a broker
    ("Acme Bank is jointly owned by Acme Holdings Inc. and Beta Corp.", "Acme Bank"),
    ("All of the Shares are owned jointly by Mr. Roe and his wife, Jane Roe.", None),
    ("Such Shares are owned jointly by Jane Roe and John Doe.", None),
    ("The Common Stock is jointly owned by Acme Fund LP and Beta Fund LP.", None),
    ("The Issuer's Series A Preferred Stock is owned equally by Acme Fund LP and Beta Fund LP.",
     None),
    ("The Warrants are owned equally by Acme Fund LP and Beta Fund LP.", None),
    ("The Partnership Interests are owned equally by Jane Roe and John Doe.", None),
    ("Acme Fund II LP, whose Shares are owned jointly by Jane Roe and John Doe, is a Delaware "
     "partnership.", None),
])
def test_owned_by_reads_a_party_not_a_security(text, held):
    m = OWNED_BY.search(text)
    assert (m["held"] if m else None) == held
    assert {h for _, _, h in _found(text)} == ({held} if held else set())


def test_owned_jointly_of_the_loeb_holdout():
    # 2011_SC_13D_741556.txt: "LMH is owned jointly by Loeb Holding Corporation and LB Partners,
    # L.P." (an entity owned by two: still read)
    rec = holdout_record("2011_SC_13D_741556.txt")
    assert {("Loeb Holding Corporation", "Loeb Management Holding LLC"),
            ("LB Partners, L.P.", "Loeb Management Holding LLC")} <= \
        relation_pairs(rec, "shareholder_of")


def test_owners_of_shares_are_not_made_parties():
    # the held name binds to no party: its holders are not made claimless parties either
    rec = _with_item2(
        '\tThis statement is being filed by FMR Corp., a Massachusetts Corporation \n("FMR").  '
        "Of the Shares reported herein, 5,000 Shares are owned jointly by \nJane Roe and John "
        "Doe.  The Warrants are owned equally by Acme Fund LP and \nBeta Fund LP.  Such Shares "
        "are owned jointly by Edward C. Johnson 3d and \nhis wife.")
    names = {p.name for p in rec.parties}
    assert not names & {"Jane Roe", "John Doe", "Acme Fund LP", "Beta Fund LP"}
    assert "Edward C. Johnson 3d" not in {s for s, _ in relation_pairs(rec, "shareholder_of")}


# --- D7: a held list runs on into the next clause's subject -------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Acme GP LLC is the general partner of Acme Fund LP, and Jane Roe, as managing member of "
     "Acme GP LLC, may be deemed to share such power.",
     {("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
      ("managing_member_of", "Jane Roe", "Acme GP LLC")}),
    ("Pursuant to an investment management agreement, Acme Management LP maintains investment "
     "and voting power with respect to securities held by Acme Fund LP, and Jane Roe, as "
     "managing member of Acme Management LP, may be deemed to share such power.",
     {("investment_manager_of", "Acme Management LP", "Acme Fund LP"),
      ("managing_member_of", "Jane Roe", "Acme Management LP")}),
    ("Acme GP LLC is the general partner of Acme Fund LP and Jane Roe, in her capacity as "
     "managing member of Acme GP LLC, may be deemed to share such power.",
     {("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
      ("managing_member_of", "Jane Roe", "Acme GP LLC")}),
    # lists of three, and a list before ", as applicable" (no role), still read whole
    ("Acme GP LLC is the general partner of Acme Fund LP, Beta Fund LP, and Gamma Fund LP.",
     {("general_partner_of", "Acme GP LLC", f) for f in
      ("Acme Fund LP", "Beta Fund LP", "Gamma Fund LP")}),
    ("Acme GP LLC is the general partner of Acme Fund LP, Beta Fund LP and Gamma Fund LP, as "
     "applicable.", {("general_partner_of", "Acme GP LLC", f) for f in
                     ("Acme Fund LP", "Beta Fund LP", "Gamma Fund LP")}),
])
def test_a_held_list_stops_before_the_next_subject(text, expected):
    assert _found(text) == expected


def test_held_names_pattern_keeps_a_list_of_three():
    m = HOLDER_IS_ROLE_OF.search("Acme GP LLC is the general partner of Acme Fund LP, Beta Fund "
                                 "LP, and Gamma Fund LP.")
    assert m["held"] == "Acme Fund LP, Beta Fund LP, and Gamma Fund LP."


# --- D8: a second role in a control aside --------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Acme Corp. and Chairman of Beta Corp.", ["Acme Corp."]),
    ("Acme Corp. and President of Beta Inc.", ["Acme Corp."]),
    ("Acme Corp. and Beta Corp.", ["Acme Corp.", "Beta Corp."]),
    ("Acme Fund LP, Beta Fund LP and Gamma Fund LP", ["Acme Fund LP", "Beta Fund LP",
                                                      "Gamma Fund LP"]),
])
def test_listed_parties_drop_a_later_role(text, expected):
    assert listed_parties(text) == expected


def test_control_aside_holds_no_title():
    found = _found("Jane Roe, as the controlling shareholder of Acme Corp. and Chairman of Beta "
                   "Corp., may be deemed to own the shares.")
    assert ("control_person_of", "Jane Roe", "Acme Corp.") in found
    assert not {h for _, _, h in found if h.startswith("Chairman")}


# --- D10: an outline letter before "AND" in capitals ---------------------------------------

@pytest.mark.parametrize("text, outline", [
    ("ACME PARTNERS, L.P. (C) JOHN ROE IS ITS PRESIDENT", True),
    ("ACME HOLDINGS, INC. (B) THE GP", True),
    ("ACME FUND, L.P. (B) AND ACME FUND II, L.P.", False),
    ("ACME FUND, L.P. (B) OR ACME FUND II, L.P.", False),
])
def test_outline_after_legal_form_not_before_and(text, outline):
    assert (OUTLINE_AFTER_LEGAL_FORM.search(text) is not None) == outline


def test_a_class_mark_before_and_keeps_the_next_fund():
    found = _found("ACME GP, LLC IS THE GENERAL PARTNER OF ACME FUND, L.P. (B) AND ACME FUND II, "
                   "L.P.")
    assert ("general_partner_of", "ACME GP, LLC", "ACME FUND II, L.P.") in found
    found = _found("ACME GP, LLC IS THE GENERAL PARTNER OF ACME PARTNERS, L.P. (C) THE SOLE "
                   "MEMBER OF ACME GP, LLC IS JOHN ROE.")
    assert ("member_of", "JOHN ROE", "ACME GP, LLC") in found


# --- D9: a regulator is no client ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Acme Management LP, a registered investment adviser of the Securities and Exchange "
     "Commission, manages Acme Fund.", set()),
    ("Acme Management LP is a registered investment adviser of the SEC.", set()),
    ("Acme Management LP, a registered investment adviser with the Commission, may be deemed "
     "to own the shares.", set()),
    ("Acme Management LP, the registered investment adviser to Acme Fund and Beta Fund, may be "
     "deemed to own the shares.",
     {("investment_manager_of", "Acme Management LP", "Acme Fund"),
      ("investment_manager_of", "Acme Management LP", "Beta Fund")}),
    ("Acme Management LP, a registered investment adviser of Commission Partners LP, may be "
     "deemed to own the shares.",
     {("investment_manager_of", "Acme Management LP", "Commission Partners LP")}),
])
def test_a_regulator_is_no_held_party(text, expected):
    assert _found(text) == expected


def test_registered_adviser_of_the_loeb_holdout():
    # 2011_SC_13D_741556.txt: 'Loeb Offshore Management LP, ("LOM"), a Delaware limited
    # partnership, is the registered investment adviser to LAOP.'
    rec = holdout_record("2011_SC_13D_741556.txt")
    assert ("Loeb Offshore Management LP", "Loeb Arbitrage Offshore Partners, Ltd.") in \
        relation_pairs(rec, "investment_manager_of")


# --- couples, "as well as" set off by commas, "which, in turn," -----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Mr. and Mrs. Roe are", "Mr. Roe and Mrs. Roe are"),
    ("Dr. and Mrs. Roe are", "Dr. Roe and Mrs. Roe are"),
    ("Mr. and Mrs. Roe Jr. are", "Mr. Roe Jr. and Mrs. Roe Jr. are"),
    ("Mr. and Mrs. John Roe", "Mr. John Roe and Mrs. John Roe"),
    ("Dr. and Mrs. John A. Roe, Jr. are", "Dr. John A. Roe, Jr. and Mrs. John A. Roe, Jr. are"),
    ("Mr. and Mrs. Roe's son", "Mr. and Mrs. Roe's son"),  # a possessive: no couple here
    ("Acme Fund and Mrs. Roe", "Acme Fund and Mrs. Roe"),
])
def test_split_couples(text, expected):
    assert split_couples(text) == expected


@pytest.mark.parametrize("text", [
    "The trustees of the Roe Trust are Mr. and Mrs. John Roe.",
    "Dr. and Mrs. Roe are the general partners of Roe Family Partners, L.P.",
    "Mr. and Mrs. Roe Jr. are the general partners of Roe Partners.",
])
def test_a_couple_gives_no_bare_title(text):
    holders = {h for _, h, _ in _found(text)}
    assert holders and not holders & {"Mr", "Dr", "Mrs"}


def test_couple_of_the_gaston_corpus_filing():
    # 13d/celtics_gaston_1998_sc13da.txt: "Mr. and Mrs. Gaston are the sole co-owners of
    # Brookwood Investments Ltd." (no party "Mr" nor "Mrs")
    report = parse_path(CORPUS / "13d" / "celtics_gaston_1998_sc13da.txt")
    names = {p.name for r in report.records for p in r.parties}
    assert not names & {"Mr", "Mrs", "Mr.", "Mrs."}


@pytest.mark.parametrize("text, expected", [
    ("Acme GP LLC, as well as Jane Roe, is the general partner of Acme Fund LP.",
     "Acme GP LLC and Jane Roe, is the general partner of Acme Fund LP."),
    ("Jane Roe, as well as John Doe, Jr., is a member of Acme GP LLC.",
     "Jane Roe and John Doe, Jr., is a member of Acme GP LLC."),
    # not a title, nor a name with no verb after it
    ("Acme GP LLC, as well as General Counsel of Acme Corp., is",
     "Acme GP LLC, as well as General Counsel of Acme Corp., is"),
    ("Jane Roe is a director of Acme Corp., as well as Beta Corp., and John Doe is",
     "Jane Roe is a director of Acme Corp., as well as Beta Corp., and John Doe is"),
])
def test_as_well_as_set_off_by_commas(text, expected):
    assert flat_sentence(text, 0, len(text)) == expected


def test_as_well_as_aside_keeps_the_first_holder():
    assert _found("Acme GP LLC, as well as Jane Roe, is the general partner of Acme Fund LP.") \
        == {("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
            ("general_partner_of", "Jane Roe", "Acme Fund LP")}


@pytest.mark.parametrize("text, expected", [
    ("Acme GP LLC is the general partner of Acme Fund LP, which, in turn, is the managing "
     "member of Acme Sub LLC.", ("managing_member_of", "Acme Fund LP", "Acme Sub LLC")),
    ("Acme Holdings LLC is the sole member of Acme GP LLC, which in turn is the general partner "
     "of Acme Fund LP.", ("general_partner_of", "Acme GP LLC", "Acme Fund LP")),
    ("Acme Holdings LLC is the sole member of Acme GP LLC, which also is the general partner of "
     "Acme Fund LP.", ("general_partner_of", "Acme GP LLC", "Acme Fund LP")),
])
def test_which_in_turn_chains(text, expected):
    assert expected in _found(text)


def test_which_in_turn_negative():
    # "in turn" of a past role gives nothing
    assert not {r for r in _found("Acme Holdings LLC is the sole member of Acme GP LLC, which, "
                                  "in turn, was formerly the general partner of Acme Fund LP.")
                if r[2] == "Acme Fund LP"}


# --- D11: "member-managed by A and B", and after a descriptor --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Acme Sub LLC is member-managed by Acme Holdings LLC and Beta Holdings LLC.",
     {("managing_member_of", h, "Acme Sub LLC") for h in
      ("Acme Holdings LLC", "Beta Holdings LLC")}),
    ("Acme Sub LLC is member managed by Jane Roe, John Doe and Richard Poe.",
     {("managing_member_of", h, "Acme Sub LLC") for h in ("Jane Roe", "John Doe", "Richard Poe")}),
    ("Acme Sub LLC, a Delaware limited liability company, is member-managed by Acme Holdings "
     "LLC.", {("managing_member_of", "Acme Holdings LLC", "Acme Sub LLC")}),
    # an adviser's name with "and" in it stays one name; negation gives nothing
    ("Acme Income Fund, Inc., an investment company, which is advised by Acme Research and "
     "Management Company, owns 5 shares.",
     {("investment_manager_of", "Acme Research and Management Company", "Acme Income Fund, Inc.")}),
    ("Acme Fund is advised by Acme Advisers and Beta Corp. holds the shares.",
     {("investment_manager_of", "Acme Advisers", "Acme Fund")}),
    ("Acme Sub LLC is not member-managed by Acme Holdings LLC and Beta Holdings LLC.", set()),
])
def test_member_managed_by_a_list(text, expected):
    assert {r for r in _found(text) if r[0] != "beneficial_owner_of"} == expected


# --- D11: plural "which are"/"who are" after a list; a word defined as itself ----------------

@pytest.mark.parametrize("text, expected, absent", [
    ("Jane Roe is the managing member of Acme GP LLC, which is the general partner of Acme Fund "
     "LP and Beta Fund LP, which are the members of Gamma LLC.",
     {("member_of", "Acme Fund LP", "Gamma LLC"), ("member_of", "Beta Fund LP", "Gamma LLC")},
     set()),
    ("The members of Acme GP LLC are Jane Roe and John Doe, who are the managing members of Beta "
     "LLC.", {("managing_member_of", "Jane Roe", "Beta LLC"),
              ("managing_member_of", "John Doe", "Beta LLC")}, set()),
    # singular "which is" binds the last name only
    ("Acme GP LLC is the general partner of Acme Fund LP and Beta Fund LP, which is the sole "
     "member of Gamma LLC.", {("member_of", "Beta Fund LP", "Gamma LLC")},
     {("member_of", "Acme Fund LP", "Gamma LLC")}),
])
def test_plural_which_are_binds_the_whole_list(text, expected, absent):
    found = _found(text)
    assert expected <= found and not absent & found


@pytest.mark.parametrize("text, expected", [
    ('John Doe, Trustee, ("Trustee") holds 100 shares.', []),
    ('John Doe, Trustee ("Trustee") holds 100 shares.', []),
    ('Acme Management LP, ("AM"), a Delaware limited partnership', [("AM", "Acme Management LP")]),
])
def test_a_word_defined_as_itself_is_no_term(text, expected):
    src = SourceText(path="x.txt", text=text)
    assert [(t.term, t.name) for t in find_defined_terms(src)] == expected


def test_who_are_of_the_brt_corpus_filing():
    # 13d/oneliberty_brt_1996_sc13d.txt line 391: "Matthew Gould, Israel Rosenzweig, Nathan
    # Kupin, David W. Kalish, Jeffrey A. Gould and Simeon Brinberg, who are executive officers of
    # Georgetown Partners, Inc." (each listed, not only the last)
    report = parse_path(CORPUS / "13d" / "oneliberty_brt_1996_sc13d.txt")
    rec = report.records[0]
    holders = {s for s, t in relation_pairs(rec, "officer_of") if t == "Georgetown Partners, Inc."}
    assert {"Matthew Gould", "Israel Rosenzweig", "Nathan Kupin", "David W. Kalish",
            "Jeffrey A. Gould", "Simeon Brinberg"} <= holders
