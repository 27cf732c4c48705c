"""A place in parentheses inside an organization's name (review x15 H1), and the regressions
review own15 (R1, R2) found in a first attempt, which must keep main's answers.

1. "SVF II Aggregator (Jersey) L.P.", "Acme Fund (Cayman) L.P.", "Acme Partners (Offshore)
   Ltd.", "Acme Master Fund (Cayman), Ltd." are read whole
   (:data:`~graphkit.parsers.prose_name_patterns.PLACE_MARK`): the place is part of the name
   only right after a word of the name that is no legal form, with an organization's legal form
   right after it on the same line.
2. A "(Delaware)" after a complete name or a person's ends the name: an Item 2 list of names
   each with its place on its own line is never glued into one name (R1).
3. A name that is only a legal form ("L.P.", "Ltd.") is no party unless the filing defines it
   as a term ('Acme GP, LLC ("GP")', R2): the relation is left unread, with a warning.

Real filing: tests/fixtures/filings/own15/softbank_betr_2025_form4.txt (footnote F3). Made
ones: tests/fixtures/filings/own15/ (review x15) and tests/fixtures/filings/places16/ (review
own15's t_c.txt and f5.xml, and the same 13G with the fund named "(Cayman) L.P."); see their
SOURCES.tsv.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose_list_lines import list_line_breaks
from graphkit.parsers.prose_name_patterns import NAME, PLACE_MARK, legal_form_only
from graphkit.parsers.prose_sentence_subjects import ORG_SUBJECT
from graphkit.parsers.schedule13_claims import plausible_new_party
from graphkit.parsers.xml_prose import add_prose_claims
from graphkit.source import SourceText

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"
OWN15, PLACES16 = FILINGS / "own15", FILINGS / "places16"
NAME_RE = re.compile(NAME, re.VERBOSE)
PLACE_MARK_RE = re.compile(PLACE_MARK, re.VERBOSE)


def _prose(text: str) -> tuple[set[tuple[str, str, str]], list[str]]:
    """The claims (relation, holder, held) the prose of an XML form gives, and its warnings."""
    book, claims = PartyBook(), []
    warnings = add_prose_claims([SourceText("f.xml", text)], book, claims, issuer_id=None)
    return ({(c.relation.value, book.get(c.source).name, book.get(c.target).name)
             for c in claims}, [w.code for w in warnings])


def _claims(path: Path) -> set[tuple[str, str, str]]:
    rec = parse_path(path).records[0]
    name = {p.id: p.name for p in rec.parties}
    return {(c.relation.value, name[c.source], name[c.target]) for c in rec.claims
            if c.relation.value != "beneficial_owner_of"}


def _party_names(path: Path) -> set[str]:
    return {p.name for p in parse_path(path).records[0].parties}


# -- the pattern ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("SVF II Aggregator (Jersey) L.P., which is", "SVF II Aggregator (Jersey) L.P."),
    ("Acme Fund (Cayman) L.P. is the general partner", "Acme Fund (Cayman) L.P."),
    ("Acme GP (Cayman) Ltd. is", "Acme GP (Cayman) Ltd."),
    ("Acme Master Fund (Cayman), Ltd. is", "Acme Master Fund (Cayman), Ltd."),
    ("Acme Fund (Cayman Islands) LP is", "Acme Fund (Cayman Islands) LP"),
    ("Acme Fund (U.S.) L.P. is", "Acme Fund (U.S.) L.P."),
    ("Acme Fund IV (Cayman), L.P. is", "Acme Fund IV (Cayman), L.P."),
    ("Acme Co-Invest (Parallel) L.P. is", "Acme Co-Invest (Parallel) L.P."),
    ("Acme (Bermuda) Limited is", "Acme (Bermuda) Limited"),
    ("ACME FUND (CAYMAN ISLANDS) L.P. is", "ACME FUND (CAYMAN ISLANDS) L.P."),
    ("Acme Partners (OFFSHORE) LTD. is", "Acme Partners (OFFSHORE) LTD."),
    # the place ends the name: after a complete name, a person's, or before no legal form
    ("Acme Fund, L.P. (Delaware) is", "Acme Fund, L.P."),
    ("Acme Capital LLC (Delaware) Ltd. is", "Acme Capital LLC"),
    ("Acme Capital LLC (Cayman Islands) Jane Roe is", "Acme Capital LLC"),
    ("Jane Roe (United States) Acme Capital LLC", "Jane Roe"),
    ("Acme Fund (Offshore) is managed", "Acme Fund"),
    ("Acme Fund\n(Cayman) L.P. is", "Acme Fund"),          # not across a line break
    ("Acme Fund (Cayman)\nL.P. is", "Acme Fund"),
    ("Acme Fund  (Cayman) L.P. is", "Acme Fund"),          # one space, as one line prints it
    ("Acme Partners (Cayman) LP Holdings LLC", "Acme Partners"),  # "LP" opens the next name
    ("Jane Roe (United States) Limited Partner", "Jane Roe"),
    ("Acme Fund (the Fund) L.P. is", "Acme Fund"),
    ('Acme Fund ("Cayman") L.P. is', 'Acme Fund ("Cayman")'),  # a defined term, as on main
    ("Acme Fund (Cayman) GP Ltd. is", "Acme Fund"),         # "GP" is no legal form that ends it
])
def test_name_with_a_place_in_parentheses(text, name):
    assert NAME_RE.match(text).group() == name


@pytest.mark.parametrize("text, at, hit", [
    ("Acme Fund (Jersey) L.P.", 10, True),
    ("Acme Fund (Jersey), L.P.", 10, True),
    ("Acme Fund (jersey) L.P.", 10, False),       # a capitalised word
    ("ACME FUND (JERSEY) L.P.", 10, True),
    ("ACME LLC (JERSEY) L.P.", 9, False),
    ("Acme LP (Jersey) L.P.", 8, False),           # after a legal form
    ("Jane Roe Jr (Jersey) L.P.", 12, False),      # after a person's suffix
    ("Acme Fund (Jersey) Acme", 10, False),        # no legal form after it
    ("Acme Fund (British Virgin Islands) L.P.", 10, True),   # up to three words
    ("Acme Fund (Jersey Channel Islands Bailiwick) L.P.", 10, False),   # not four
    ("Acme Fund (Series A) L.P.", 10, False),
    ("Acme Fund (Cayman) VII L.P.", 10, True),     # a fund's number before the form (rv41)
    ("Acme Fund (Cayman) VIII L.P.", 10, True),
    ("Acme Fund (Cayman) XVIII L.P.", 10, False),  # five letters: no number
    ("Acme Fund (Cayman) Vista L.P.", 10, False),  # nor a word
])
def test_place_mark(text, at, hit):
    assert (PLACE_MARK_RE.match(text, at) is not None) is hit


@pytest.mark.parametrize("name, only", [
    ("L.P.", True), ("LP", True), ("Ltd.", True), ("LTD", True), ("L.L.C.", True),
    ("Limited", True), ("Inc., Ltd.", True), ("S.A.", True), ("II, L.P.", True),
    ("Limited Partnership", True), ("LIMITED LIABILITY COMPANY", True),
    ("Limited Partners", False), ("Acme Limited Partnership", False),
    ("Acme L.P.", False), ("Limited Brands, Inc.", False), ("GP Holdings LLC", False), ("", False),
])
def test_legal_form_only(name, only):
    assert legal_form_only(name) is only


def test_a_legal_form_alone_is_no_new_party_of_13d_prose():
    assert not plausible_new_party("Limited") and not plausible_new_party("L.L.C.")
    assert plausible_new_party("Acme Holdings Limited")


# -- prose (review x15 H1 and review own15 R1, R2) -----------------------------------------

@pytest.mark.parametrize("text, claims", [
    ("SoftBank Vision Fund II-2 L.P. is the sole limited partner of SVF II Aggregator (Jersey) "
     "L.P., which is the sole member of SVF II Holdings (DE) LLC, which is the sole member of "
     "SVF II Beaver (DE) LLC.",
     {("shareholder_of", "SoftBank Vision Fund II-2 L.P.", "SVF II Aggregator (Jersey) L.P."),
      ("member_of", "SVF II Aggregator (Jersey) L.P.", "SVF II Holdings (DE) LLC"),
      ("member_of", "SVF II Holdings (DE) LLC", "SVF II Beaver (DE) LLC")}),
    ("Acme Fund (Cayman) L.P. is the general partner of Beta Fund, L.P.",
     {("general_partner_of", "Acme Fund (Cayman) L.P.", "Beta Fund, L.P.")}),
    ("Acme GP (Cayman) Ltd. is the general partner of Acme Fund (Cayman) L.P.",
     {("general_partner_of", "Acme GP (Cayman) Ltd.", "Acme Fund (Cayman) L.P.")}),
    ("Acme Partners (Offshore) Ltd. is managed by Acme Capital LLC.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Partners (Offshore) Ltd.")}),
    ("Acme GP (Cayman) Ltd. is the general partner of Acme Fund (Bermuda) L.P.",
     {("general_partner_of", "Acme GP (Cayman) Ltd.", "Acme Fund (Bermuda) L.P.")}),
    ("Acme Capital LLC is the investment manager of Acme Fund (Parallel) L.P.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Fund (Parallel) L.P.")}),
    ("Acme Capital LLC is the investment manager of Acme Master\nFund (Cayman) L.P. and "
     "Acme Fund\n(Cayman) L.P.",     # wrapped lines of one sentence: each name read whole
     {("investment_manager_of", "Acme Capital LLC", "Acme Master Fund (Cayman) L.P."),
      ("investment_manager_of", "Acme Capital LLC", "Acme Fund (Cayman) L.P.")}),
    ("ACME FUND (CAYMAN) L.P. IS THE GENERAL PARTNER OF BETA FUND, L.P.",
     {("general_partner_of", "ACME FUND (CAYMAN) L.P.", "BETA FUND, L.P.")}),
    ("Acme Master Fund (Cayman), Ltd. is managed by Acme Capital LLC.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Master Fund (Cayman), Ltd.")}),
    ('Acme Fund (Cayman) L.P. ("Acme Cayman") is managed by Acme Capital LLC. Acme GP LLC is '
     'the general partner of Acme Cayman.',
     {("investment_manager_of", "Acme Capital LLC", "Acme Fund (Cayman) L.P."),
      ("general_partner_of", "Acme GP LLC", "Acme Fund (Cayman) L.P.")}),
    ('Acme Fund (Cayman) Ltd and Acme Fund (Delaware) LP (together, the "Funds") are managed '
     'by Acme Capital LLC.',
     {("investment_manager_of", "Acme Capital LLC", "Acme Fund (Cayman) Ltd"),
      ("investment_manager_of", "Acme Capital LLC", "Acme Fund (Delaware) LP")}),
    ("Jane Roe is the managing member of Acme GP (Cayman) LLC, the general partner of Acme "
     "Fund (Cayman) L.P.",
     {("managing_member_of", "Jane Roe", "Acme GP (Cayman) LLC"),
      ("general_partner_of", "Acme GP (Cayman) LLC", "Acme Fund (Cayman) L.P.")}),
    ("BML Investment Partners (Cayman), L.P. is a Cayman Islands exempted limited partnership "
     "whose sole general partner is BML Capital Management (Cayman) Ltd. Braden M. Leonard is "
     "the sole director of BML Capital Management (Cayman) Ltd. As a result, Braden M. Leonard "
     "is deemed to be the indirect owner.",
     {("general_partner_of", "BML Capital Management (Cayman) Ltd.",
       "BML Investment Partners (Cayman), L.P."),
      ("director_of", "Braden M. Leonard", "BML Capital Management (Cayman) Ltd.")}),
    # a fund's number between the place and the form (review rv41: "Blackstone Management
    # Associates (Cayman) VII L.P." was read as "VII L.P."); before, a legal-form-name warning
    ("Acme Fund (Parallel) II, L.P. is managed by Acme Capital LLC.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Fund (Parallel) II, L.P.")}),
    ("Acme Associates (Cayman) VII L.P. is the general partner of Acme Fund LP.",
     {("general_partner_of", "Acme Associates (Cayman) VII L.P.", "Acme Fund LP")}),
])
def test_place_names_read_whole(text, claims):
    assert _prose(text) == (claims, [])


@pytest.mark.parametrize("text, claims", [
    # R1: a name and its place, then the next name (main's answers)
    ("Acme Capital LLC (Cayman Islands) Jane Roe is the managing member of Acme Capital LLC.",
     {("managing_member_of", "Jane Roe", "Acme Capital LLC")}),
    ("Acme Fund LP (Delaware) Acme GP LLC is the general partner of Acme Fund LP.",
     {("general_partner_of", "Acme GP LLC", "Acme Fund LP")}),
    ("Jane Roe (U.S.) Ms. Roe is the managing member of Acme Capital LLC.",
     {("managing_member_of", "Ms. Roe", "Acme Capital LLC")}),
    ("Enable Growth Partners, L.P. (Delaware)\nEnable Capital Management, LLC (Delaware)\n"
     "Mitchell S. Levine (United States)\nEnable Capital Management, LLC is the general partner "
     "and investment\nmanager of Enable Growth Partners, L.P.",
     {("general_partner_of", "Enable Capital Management, LLC", "Enable Growth Partners, L.P."),
      ("investment_manager_of", "Enable Capital Management, LLC",
       "Enable Growth Partners, L.P.")}),
    ("Reporting Persons: Acme Master Fund Ltd. (Cayman Islands) Acme Capital LLC (Delaware) "
     "Jane Roe (United States) Acme Capital LLC is the investment manager of Acme Master Fund "
     "Ltd.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Master Fund Ltd.")}),
    ("Acme Master Fund Ltd. (Cayman Islands)\nAcme Capital LLC (Delaware)\nJane Roe (United "
     "States)\nAcme Capital LLC is the investment manager of Acme Master Fund Ltd.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Master Fund Ltd.")}),
    ("Place of Organization: Acme Master Fund Ltd. (Cayman Islands) The principal business of "
     "Acme Capital LLC is serving as investment manager of Acme Master Fund Ltd.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Master Fund Ltd.")}),
    ("Jane Roe (United States) is the managing member of Acme GP LLC.", set()),  # as main
    # R2: a legal form the filing defines as a term stays that term's party
    ('Acme GP, LLC ("GP") is a Delaware limited liability company. GP is the general partner '
     'of Acme Fund LP.', {("general_partner_of", "Acme GP, LLC", "Acme Fund LP")}),
    ('Acme Holdings Limited ("Limited") is a company. Limited is the sole member of Acme GP '
     'LLC.', {("member_of", "Acme Holdings Limited", "Acme GP LLC")}),
    ('Acme Partners, L.P. ("LP") is managed by Acme Capital LLC. Acme GP LLC is the general '
     'partner of LP.', {("investment_manager_of", "Acme Capital LLC", "Acme Partners, L.P."),
                        ("general_partner_of", "Acme GP LLC", "Acme Partners, L.P.")}),
    ("AG Capital LLC is the general partner of Acme Fund LP.",
     {("general_partner_of", "AG Capital LLC", "Acme Fund LP")}),
    ("Acme Capital Fund (Q) L.P. is managed by Acme Capital LLC.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Capital Fund (Q) L.P.")}),
])
def test_regressions_keep_mains_answer(text, claims):
    assert _prose(text) == (claims, [])


@pytest.mark.parametrize("text", [
    "Acme Partners (offshore) Ltd. is managed by Acme Capital LLC.",     # not capitalised
    "Acme Fund (St. Kitts) Ltd. is managed by Acme Capital LLC.",  # a stop in the place
    "Limited Partnership is the sole member of Acme GP LLC.",
    "Acme Capital LLC (Delaware) Ltd. is the general partner of Acme Fund LP.",
])
def test_a_name_read_as_its_legal_form_alone_is_left_with_a_warning(text):
    assert _prose(text) == (set(), ["legal-form-name"])


def test_a_defined_term_bound_to_a_legal_form_alone_is_left_with_a_warning():
    # the term's name cut to "LP" (a place not read): neither "LP" nor "Master" a party
    text = ('Acme Fund (St. Kitts) LP ("Master") holds the shares. Acme Capital LLC '
            'is the investment manager of Master.')
    assert _prose(text) == (set(), ["legal-form-name"])


# -- filings -------------------------------------------------------------------------------

def test_real_softbank_form4_footnote_chain():
    # F3: "SoftBank Vision Fund II-2 L.P. is the sole limited partner of SVF II Aggregator
    # (Jersey) L.P., which is the sole member of SVF II Holdings (DE) LLC, which is the sole
    # member of SVF II Beaver (DE) LLC."
    path = OWN15 / "softbank_betr_2025_form4.txt"
    assert _claims(path) == {
        ("investment_manager_of", "SB Global Advisers Ltd", "SOFTBANK VISION FUND II-2 L.P."),
        ("shareholder_of", "SOFTBANK GROUP CORP.", "SB Global Advisers Ltd"),
        ("shareholder_of", "SOFTBANK VISION FUND II-2 L.P.", "SVF II Aggregator (Jersey) L.P."),
        ("member_of", "SVF II Aggregator (Jersey) L.P.", "SVF II Holdings (DE) LLC"),
        ("member_of", "SVF II Holdings (DE) LLC", "SVF II Beaver (DE) LLC")}
    assert "L.P." not in _party_names(path)


def test_13g_xml_master_fund_term():
    # 'Commodore Capital Master (Cayman) LP ("Commodore Master")', "The Firm is the investment
    # manager to Commodore Master"
    path = OWN15 / "s01_cayman_name.xml"
    assert ("investment_manager_of", "Commodore Capital LP",
            "Commodore Capital Master (Cayman) LP") in _claims(path)
    assert "LP" not in _party_names(path)


def test_13g_xml_item4_chain():
    path = OWN15 / "s05_item4_chain.xml"
    assert _claims(path) == {
        ("general_partner_of", "Commodore GP (Cayman) Ltd.", "Commodore Capital Master (Cayman) LP"),
        ("investment_manager_of", "Commodore Capital LP", "Commodore Capital Master (Cayman) LP"),
        ("director_of", "Michael Kramarz", "Commodore GP (Cayman) Ltd."),
        ("general_partner_of", "Michael Kramarz", "Commodore Capital LP"),
        ("general_partner_of", "Robert Egen Atkinson", "Commodore Capital LP"),
        # "... is the sole director of Commodore GP (Cayman) Ltd. and Robert Egen Atkinson is
        # its managing member" (read since session 41: a clause after "and" alone)
        ("managing_member_of", "Robert Egen Atkinson", "Commodore GP (Cayman) Ltd.")}
    assert not {"LP", "Ltd."} & _party_names(path)


def test_form3_footnote_between_two_owners():
    assert _claims(OWN15 / "f07_form3_cayman.xml") == {
        ("general_partner_of", "Acme GP (Cayman) Ltd.", "Acme Fund (Cayman) L.P.")}


def test_13d_xml_comment_chain():
    assert _claims(OWN15 / "x02_cayman_comment.xml") == {
        ("general_partner_of", "BML Capital Management (Cayman) Ltd.",
         "BML Investment Partners (Cayman), L.P."),
        ("director_of", "Leonard Braden Michael", "BML Capital Management (Cayman) Ltd."),
        ("general_partner_of", "BML Capital Management, LLC", "BML Investment Partners, L.P.")}


ENABLE_CLAIMS = {
    ("general_partner_of", "Enable Capital Management, LLC", "Enable Growth Partners, L.P."),
    ("investment_manager_of", "Enable Capital Management, LLC", "Enable Growth Partners, L.P."),
    ("managing_member_of", "Mitchell S. Levine", "Enable Capital Management, LLC"),
    ("shareholder_of", "Mitchell S. Levine", "Enable Capital Management, LLC")}


def test_item2_list_with_places_on_their_own_lines():
    # R1: "Enable Growth Partners, L.P. (Delaware) / Enable Capital Management, LLC (Delaware) /
    # Mitchell S. Levine (United States) / Enable Capital Management, LLC is the general partner
    # and investment manager of Enable Growth Partners, L.P." (main's answer)
    path = PLACES16 / "enable_item2_places_sc13g.txt"
    assert _claims(path) == ENABLE_CLAIMS
    assert _party_names(path) == {"ENERJEX RESOURCES, INC.", "Enable Capital Management, LLC",
                                  "Enable Growth Partners, L.P.", "Mitchell S. Levine"}


def test_cover_and_item2_keep_a_cayman_name_whole():
    path = PLACES16 / "enable_cayman_name_sc13g.txt"
    fund = "Enable Growth Partners (Cayman) L.P."
    assert _claims(path) == {(r, h, fund if t == "Enable Growth Partners, L.P." else t)
                             for r, h, t in ENABLE_CLAIMS}
    assert _party_names(path) == {"ENERJEX RESOURCES, INC.", "Enable Capital Management, LLC",
                                  fund, "Mitchell S. Levine"}


def test_form4_gp_defined_term_is_the_reporting_owner():
    # R2: 'Acme GP, LLC ("GP") is a Delaware limited liability company. GP is the general
    # partner of the Fund' (main's answer; never a party "P")
    path = PLACES16 / "f5_gp_term_form4.xml"
    assert _claims(path) == {("general_partner_of", "Acme GP, LLC", "Acme Fund, L.P."),
                             ("trustee_of", "Ms. Roe", "Roe Family Trust")}
    assert not {"P", "GP"} & _party_names(path)


# -- review places16 H1: a sentence after a dotted legal form opens with a place-name -------

@pytest.mark.parametrize("text, hit", [
    ("Acme GP (Cayman) Ltd. is the general partner", True),
    ("Acme Capital (Delaware) LLC is the investment manager", True),
    ("SVF II Aggregator (Jersey) L.P. is the sole member", True),
    ("Acme Management (Cayman), Inc. is the general partner", True),
    ("SVF II Holdings (DE) LLC is", True),
    ("Acme Fund (Q), L.P. is", True),
    ("ACME GP (CAYMAN) LTD. IS THE GENERAL PARTNER", True),
    ("ACME GP LTD. IS THE GENERAL PARTNER", True),
    ("Acme GP Ltd. is the general partner", True),
    ("Fund (Cayman) Ltd. is", False),                # a word that goes on with a name
    ("II (Cayman) Ltd. is", False),
    ("Acme GP (Cayman) Ltd. Class A is", False),     # no legal form before the verb
    ("Acme GP (see Item 4) Ltd. is", False),
])
def test_org_subject_takes_a_place(text, hit):
    assert (re.match(ORG_SUBJECT, text, re.VERBOSE) is not None) is hit


@pytest.mark.parametrize("text, claims", [
    # review places16 p3.txt and the footnotes of f4g.xml / f4j.xml
    ("The shares are held directly by Acme Fund, L.P. Acme GP (Cayman) Ltd. is the general "
     "partner of Acme Fund, L.P.",
     {("general_partner_of", "Acme GP (Cayman) Ltd.", "Acme Fund, L.P.")}),
    ("The shares are held directly by Acme Fund, L.P. Acme GP Ltd. is the general partner of "
     "Acme Fund, L.P.", {("general_partner_of", "Acme GP Ltd.", "Acme Fund, L.P.")}),
    ("The shares are held directly by Acme Fund L.P. Acme GP (Cayman) Ltd. is the general "
     "partner of Acme Fund L.P.",
     {("general_partner_of", "Acme GP (Cayman) Ltd.", "Acme Fund L.P.")}),
    ("The shares are held by Acme Fund, Ltd. Acme GP (Cayman) L.P. is the general partner of "
     "Acme Fund, Ltd.", {("general_partner_of", "Acme GP (Cayman) L.P.", "Acme Fund, Ltd.")}),
    ("The shares are held directly by Acme Fund, L.P. Acme Capital (Delaware) LLC is the "
     "investment manager of Acme Fund, L.P.",
     {("investment_manager_of", "Acme Capital (Delaware) LLC", "Acme Fund, L.P.")}),
    ("The shares are held directly by Acme Fund, L.P. SVF II Aggregator (Jersey) L.P. is the "
     "sole member of SVF II Holdings (DE) LLC.",
     {("member_of", "SVF II Aggregator (Jersey) L.P.", "SVF II Holdings (DE) LLC")}),
    ("The shares are held directly by Acme Fund, Inc. Acme Capital (Delaware) LLC is the "
     "investment manager of Acme Fund, Inc.",
     {("investment_manager_of", "Acme Capital (Delaware) LLC", "Acme Fund, Inc.")}),
    ("THE SHARES ARE HELD DIRECTLY BY ACME FUND (CAYMAN) L.P. ACME GP (CAYMAN) LTD. IS THE "
     "GENERAL PARTNER OF ACME FUND (CAYMAN) L.P.",
     {("general_partner_of", "ACME GP (CAYMAN) LTD.", "ACME FUND (CAYMAN) L.P.")}),
    # "LTD." keeps its dot as "Ltd." does (session 46 cp46)
    ("THE SHARES ARE HELD DIRECTLY BY ACME FUND L.P. ACME GP LTD. IS THE GENERAL PARTNER OF "
     "ACME FUND L.P.", {("general_partner_of", "ACME GP LTD.", "ACME FUND L.P.")}),
    ("Acme Fund (Cayman) L.P. Acme GP (Cayman) Ltd. is the general partner of Acme Fund "
     "(Cayman) L.P.",
     {("general_partner_of", "Acme GP (Cayman) Ltd.", "Acme Fund (Cayman) L.P.")}),
    ("Jane Roe is a director of Acme Inc. Acme Capital (Delaware) LLC is the investment "
     "manager of Acme Fund LP.",
     {("director_of", "Jane Roe", "Acme Inc."),
      ("investment_manager_of", "Acme Capital (Delaware) LLC", "Acme Fund LP")}),
    ("Held by Acme Partners, L.P. Acme Management (Cayman), Inc. is the general partner of "
     "Acme Partners, L.P.",
     {("general_partner_of", "Acme Management (Cayman), Inc.", "Acme Partners, L.P.")}),
    # one name goes on after its legal form: no sentence ends there
    ("Acme Holdings, L.P. Fund (Cayman) Ltd. is managed by Acme Capital LLC.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Holdings, L.P. Fund (Cayman) Ltd.")}),
])
def test_a_place_name_opens_the_next_sentence(text, claims):
    assert _prose(text) == (claims, [])


def test_13g_text_gp_sentence_after_the_held_fund():
    # review places16 t11: "The shares are held by Enable Growth Partners (Cayman) L.P. Enable
    # GP (Cayman) Ltd. is the general partner of Enable Growth Partners (Cayman) L.P."
    path = PLACES16 / "enable_gp_sentence_sc13g.txt"
    fund = "Enable Growth Partners (Cayman) L.P."
    assert ("general_partner_of", "Enable GP (Cayman) Ltd.", fund) in _claims(path)
    assert not any("L.P. Enable" in n for n in _party_names(path))


@pytest.mark.parametrize("name, claim", [
    ("f4g_gp_after_held_form4.xml",
     ("general_partner_of", "Acme GP (Cayman) Ltd.", "Acme Fund, L.P.")),
    ("f4j_gp_after_held_caps_form4.xml",
     ("general_partner_of", "ACME GP (CAYMAN) LTD.", "ACME FUND (CAYMAN) L.P.")),
])
def test_form4_footnote_gp_after_the_held_fund(name, claim):
    assert _claims(PLACES16 / name) == {claim, ("trustee_of", "Ms. Roe", "Roe Family Trust")}


# -- review places16 H2: an Item 2(a) list, one name a line, then a sentence ----------------

@pytest.mark.parametrize("text, lines", [
    ("Acme Fund (Cayman) L.P.\nAcme GP (Cayman) Ltd.\nJane Q. Roe\nAcme GP (Cayman) Ltd. is "
     "the general partner of Acme Fund (Cayman) L.P.",
     ["Acme Fund (Cayman) L.P.", "Acme GP (Cayman) Ltd.", "Jane Q. Roe"]),
    ("    Acme Fund\n    (Cayman) L.P.\n    Acme GP, LLC\n    Jane Q. Roe\n    Acme GP, LLC is",
     ["    (Cayman) L.P.", "    Acme GP, LLC", "    Jane Q. Roe"]),
    ("ACME FUND (CAYMAN) L.P.\nACME GP, LLC\nJANE Q. ROE\nAcme GP, LLC is the general partner",
     ["ACME FUND (CAYMAN) L.P.", "ACME GP, LLC", "JANE Q. ROE"]),
    ("The shares are held by\nAcme Fund, L.P.\nAcme GP LLC is its general partner.",
     ["Acme Fund, L.P."]),
    # wrapped sentences go on
    ("Acme GP LLC is the general partner of Acme\nFund, L.P. and Beta Fund, L.P.", []),
    ("The shares are held by\nAcme Holdings, L.P.\nFund II, L.P. is", []),     # "Fund II"
    ("The shares are held by\nAcme Holdings, L.P.\nII, L.P. is", []),          # "II"
    ("ACME FUND, L.P.\nBy: Acme GP, LLC, its general partner", []),           # a signature
    ("FARALLON PARTNERS, L.L.C.,\nON ITS OWN BEHALF AND", []),                # a comma after it
    ("(VI) ACME PARTNERS, L.L.C., A DELAWARE LIMITED\nLIABILITY COMPANY", []),
    ("THE SHARES ARE HELD BY ACME FUND, L.P.\nACME GP LLC IS ITS GENERAL PARTNER", []),
    ("ACME FUND, L.P.\nACME GP LLC IS ITS GENERAL PARTNER", []),  # capitals: only in a list
    ("Jane Q. Roe\nAcme GP LLC is the general partner of Acme Fund LP.", []),  # one person
    ("The managing member of Acme GP LLC is\nJane Q. Roe\nwho", []),
    ("Jane Q. Roe\nCapital Management is", []),               # an organization's words
])
def test_list_line_breaks(text, lines):
    got = [text[text.rfind("\n", 0, s) + 1:s] for s, _ in list_line_breaks(text, 0, len(text))]
    assert got == lines


@pytest.mark.parametrize("text, claims", [
    ("Acme Fund (Cayman) L.P.\nAcme GP (Cayman) Ltd.\nJane Q. Roe\nAcme GP (Cayman) Ltd. is the "
     "general partner of Acme Fund (Cayman) L.P.",
     {("general_partner_of", "Acme GP (Cayman) Ltd.", "Acme Fund (Cayman) L.P.")}),
    ("Acme Fund L.P.\nAcme GP Ltd.\nJane Q. Roe\nAcme GP Ltd. is the general partner of Acme "
     "Fund L.P.", {("general_partner_of", "Acme GP Ltd.", "Acme Fund L.P.")}),
    ("The shares are held by\nAcme Fund, L.P.\nAcme GP LLC is the general partner of Acme "
     "Fund, L.P.", {("general_partner_of", "Acme GP LLC", "Acme Fund, L.P.")}),
    # an ordinary wrapped sentence still reads
    ("Acme GP LLC is the general partner of Acme\nFund, L.P.",
     {("general_partner_of", "Acme GP LLC", "Acme Fund, L.P.")}),
    ("Acme GP LLC is the general partner\nof Acme Fund (Cayman) L.P.\nand Beta Fund, L.P.",
     {("general_partner_of", "Acme GP LLC", "Acme Fund (Cayman) L.P."),
      ("general_partner_of", "Acme GP LLC", "Beta Fund, L.P.")}),
    ("Jane Roe is the managing member of\nAcme Capital Management, LLC\nand the sole director "
     "of Acme GP Ltd.", {("managing_member_of", "Jane Roe", "Acme Capital Management, LLC"),
                         ("director_of", "Jane Roe", "Acme GP Ltd.")}),
])
def test_a_list_line_is_no_part_of_the_next_sentence(text, claims):
    assert _prose(text) == (claims, [])


@pytest.mark.parametrize("name, fund, gp", [
    # review places16 t1, t6, t7 and t1c (t1 without "(Cayman)", which main glued too)
    ("enable_item2_list_sc13g.txt", "Enable Growth Partners (Cayman) L.P.",
     "Enable Capital (Cayman) Ltd."),
    ("enable_item2_list_noplace_sc13g.txt", "Enable Growth Partners L.P.", "Enable Capital Ltd."),
])
def test_13g_item2_list_then_the_gp_sentence(name, fund, gp):
    path = PLACES16 / name
    ecm = "Enable Capital Management, LLC"   # Item 4's general partner
    assert _claims(path) == {
        ("general_partner_of", gp, fund), ("investment_manager_of", gp, fund),
        ("managing_member_of", "Mitchell S. Levine", gp),
        ("general_partner_of", ecm, fund), ("investment_manager_of", ecm, fund),
        ("managing_member_of", "Mitchell S. Levine", ecm),
        ("shareholder_of", "Mitchell S. Levine", ecm)}
    assert _party_names(path) == {"ENERJEX RESOURCES, INC.", fund, gp, ecm, "Mitchell S. Levine"}


@pytest.mark.parametrize("name", ["enable_item2_list_wrapped_sc13g.txt",
                                  "enable_item2_list_caps_sc13g.txt"])
def test_13g_item2_list_wrapped_or_in_capitals(name):
    # review places16 t6 ("Enable Growth Partners" / "(Cayman) L.P.") and t7 (capitals)
    path = PLACES16 / name
    fund = "Enable Growth Partners (Cayman) L.P."
    assert _claims(path) == {(r, h, fund if t == "Enable Growth Partners, L.P." else t)
                             for r, h, t in ENABLE_CLAIMS}
    assert _party_names(path) == {"ENERJEX RESOURCES, INC.", "Enable Capital Management, LLC",
                                  fund, "Mitchell S. Levine"}


# -- review places16 M1, M2: long legal forms, three-word places, the 13G text warning -------

@pytest.mark.parametrize("text, claims", [
    ("Acme Holdings (Cayman) Limited Partnership is the sole member of Acme GP LLC.",
     {("member_of", "Acme Holdings (Cayman) Limited Partnership", "Acme GP LLC")}),
    ("Acme Fund (British Virgin Islands) Ltd. is managed by Acme Capital LLC.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Fund (British Virgin Islands) Ltd.")}),
    ("Acme GP LLC is the general partner of Acme (Cayman) Limited Partnership Interests Fund LP.",
     set()),        # "Limited Partnership" before a capitalised word ends no name: as before
])
def test_long_forms_and_three_word_places(text, claims):
    assert _prose(text)[0] == claims


def test_13g_text_three_word_place():
    # review places16 t11: "Enable Offshore (British Virgin Islands) Ltd. is managed by Enable
    # Capital Management, LLC." (the relation was dropped silently)
    path = PLACES16 / "enable_gp_sentence_sc13g.txt"
    assert ("investment_manager_of", "Enable Capital Management, LLC",
            "Enable Offshore (British Virgin Islands) Ltd.") in _claims(path)
    assert not parse_path(path).warnings


def test_13g_text_warns_of_a_name_read_as_its_legal_form_alone():
    # the same with "(St. Kitts)", a place not read: the relation of "Ltd." is left, with a warning
    path = PLACES16 / "enable_stkitts_sc13g.txt"
    result = parse_path(path)
    assert [w.code for w in result.warnings] == ["legal-form-name"]
    assert "'Ltd.' was read as a legal form alone" in result.warnings[0].message
    assert not any(t.startswith("Enable Offshore") or t == "Ltd."
                   for _, _, t in _claims(path))
    assert "Ltd." not in _party_names(path)


@pytest.mark.parametrize("text, expected", [
    # review places16b H1: a plan's name on the line after its company's was cut off
    ("Jane Roe is the trustee of the\nAcme Corp.\nRetirement Savings Plan.", []),
    ("Shares are held by the\nAcme Holdings, Inc.\nEmployee Stock Ownership Plan, of which Jane "
     "Roe is the trustee.",
     [("trustee_of", "Jane Roe", "Acme Holdings, Inc. Employee Stock Ownership Plan")]),
])
def test_a_plan_name_goes_on_onto_the_next_line(text, expected):
    from graphkit.parsers.prose import find_relationships
    from graphkit.source import SourceText
    got = [(f.relation.value, f.holder, f.held)
           for f in find_relationships(SourceText(path="t.txt", text=text))]
    assert got == expected


@pytest.mark.parametrize("text, claims", [
    # review places16 H3: words of the organization's kind between the place and the form
    ("Acme (Shanghai) Investment Management Co., Ltd. is the general partner of Acme Fund LP.",
     {("general_partner_of", "Acme (Shanghai) Investment Management Co., Ltd.", "Acme Fund LP")}),
    ("Acme Partners (Offshore) Master Fund, Ltd. is managed by Acme Capital LLC.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Partners (Offshore) Master Fund, Ltd.")}),
    ("Acme GP LLC is the general partner of Acme Partners (Offshore) Master Fund, Ltd.",
     {("general_partner_of", "Acme GP LLC", "Acme Partners (Offshore) Master Fund, Ltd.")}),
    ("Beta Capital LLC is the investment adviser to Gamma (Asia) Opportunities Master Fund Ltd. "
     "and Delta Fund LP.",
     {("investment_manager_of", "Beta Capital LLC", "Gamma (Asia) Opportunities Master Fund Ltd."),
      ("investment_manager_of", "Beta Capital LLC", "Delta Fund LP")}),
    ("The shares are held by Acme Fund, L.P. Acme (Shanghai) Investment Co., Ltd. is the general "
     "partner of Acme Fund, L.P.",
     {("general_partner_of", "Acme (Shanghai) Investment Co., Ltd.", "Acme Fund, L.P.")}),
    # review places16 M1: legal forms after the place that were cut to a bare form
    ("Acme (Hong Kong) Co., Limited is the sole shareholder of Beta Holdings Ltd.",
     {("shareholder_of", "Acme (Hong Kong) Co., Limited", "Beta Holdings Ltd.")}),
    ("Acme Holdings (Delaware) Corp. is the general partner of Acme Fund LP.",
     {("general_partner_of", "Acme Holdings (Delaware) Corp.", "Acme Fund LP")}),
    ("Acme Fund (Europe) S.A. is managed by Acme Capital LLC.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Fund (Europe) S.A.")}),
    # a person's place before a company's name: still two parties, as before
    ("Jane Roe (United States) Acme Capital LLC is the investment manager of Acme Fund LP.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Fund LP")}),
])
def test_kind_words_and_more_forms_after_a_place(text, claims):
    assert _prose(text) == (claims, [])
