"""A sentence that ends in a dotted legal form ("L.P.", "Inc.", "Ltd.", "L.L.C.") ends before
a name that opens the next one with its own predicate, and a name never runs on across "L.P. "
into the next sentence's subject (session 39 review rv39 H2).

Made fixtures (invented names) in tests/fixtures/filings/rv39/: the review's repros r3 ("held
by Acme Fund, L.P. Acme GP, LLC, the general partner of ...") and r7 (a venture fund's
footnote: "... general partner of Acme Fund V, L.P. Jane Roe, John Doe and Mary Major are the
managing members of ..."), and the same wording in a 13D's Item 2. The words that go on with a
name after its form are taken from real filings (the corpus and the fixtures): "Benjamin Moore
& Co. Employees' Stock Ownership Plan", "ARA Services, Inc. Retirement", "Mitsui & Co. Europe
Ltd.", "one share of Alphabet Inc. Class C capital stock".
"""

from __future__ import annotations

import re

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_name_patterns import NAME, _NAME
from graphkit.parsers.prose_sentence_patterns import SENTENCE_END
from graphkit.parsers.prose_sentence_subjects import APPOSED_SUBJECT, LIST_SUBJECT
from graphkit.source import SourceText
from tests.conftest import ROOT

RV39 = ROOT / "tests" / "fixtures" / "filings" / "rv39"


def _ends(text: str) -> list[str]:
    """The last word of each sentence but the last."""
    return [text[:m.start() + 1].split()[-1] for m in SENTENCE_END.finditer(text)]


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


# --- the patterns -------------------------------------------------------------------------

@pytest.mark.parametrize("text, ends", [
    # the next sentence's subject: a list before its verb, a name before its apposition
    ("general partner of Acme Fund V, L.P. Jane Roe, John Doe and Mary Major are the",
     ["L.P."]),
    ("held by Acme Fund, L.P. Acme GP, LLC, the general partner of Acme Fund, L.P., may",
     ["L.P."]),
    ("of Acme Fund V, Inc. Jane Roe and John Doe are", ["Inc."]),
    ("of Acme Fund V, Ltd. Jane Roe, John Doe, Mary Major, each a managing member", ["Ltd."]),
    ("of Acme Fund V, L.L.C. Acme GP, LLC (\"Acme GP\"), the managing member", ["L.L.C."]),
    ("held by Acme Fund, L.P. Acme GP, LLC and Jane Roe may be deemed", ["L.P."]),
    ("held by Acme Fund, L.P. Jane Roe and John Doe, in their capacities as", ["L.P."]),
    ("held by Acme Fund, L.P. Acme GP, LLC may be deemed", ["L.P."]),
    ("held by Acme Co. Jane Roe, the president of", ["Co."]),
    # one sentence: a list of names, a defined term, words that go on with the name
    ("held by Acme Fund, L.P. and Acme Fund II, L.P. are", []),
    ('held by Acme Fund, L.P. (the "Fund"), a Delaware', []),
    ("100 L.P. Class A units, the units", []),
    ("Acme Inc. and Beta Inc. are the general partners", []),
    ("Acme, L.P. Series A and Series B are", []),
    ("Acme, L.P. Fund II, LLC, the fund", []),
    ("Acme Holdings, Inc. Savings Plan, the plan", []),
    ("Acme Corp. Profit Sharing Plan, a plan", []),
    ("Acme Corp. Employee Trust, the trust", []),
    # real: the 1997 SC 13D (Benjamin Moore) and the Mitsui 1994 13D/A
    ("Benjamin Moore & Co. Employees' Stock Ownership Plan, the", []),
    ("Mitsui & Co. Europe Ltd., a company", []),
    ("Roe & Co. Jane Roe, John Doe and Mary Major, the partners", []),  # "& Co.": a name's
])
def test_sentence_ends_after_a_legal_form_only_before_a_new_subject(text, ends):
    assert _ends(text) == ends


@pytest.mark.parametrize("pattern, text, hit", [
    (LIST_SUBJECT, "Jane Roe, John Doe and Mary Major are the managing members", True),
    (LIST_SUBJECT, "Acme GP, LLC and Jane Roe may be deemed", True),
    (LIST_SUBJECT, 'Acme GP, LLC ("GP") and Jane Q. Roe have', True),
    (LIST_SUBJECT, "Class A and Class B are", False),       # words of a name, no subject
    (LIST_SUBJECT, "Jane Roe and John Doe, the", False),    # no verb: an apposition
    (LIST_SUBJECT, "Retirement Plan and Jane Roe are", False),
    (APPOSED_SUBJECT, "Acme GP, LLC, the general partner of", True),
    (APPOSED_SUBJECT, "Jane Roe, John Doe, Mary Major, each a managing member", True),
    (APPOSED_SUBJECT, "Jane Roe, as the managing member", True),
    (APPOSED_SUBJECT, "Acme Holdings Savings Plan, the plan", False),
    (APPOSED_SUBJECT, "Savings Plan, the plan", False),
    (APPOSED_SUBJECT, "Fund II, LLC, the fund", False),
])
def test_subject_patterns(pattern, text, hit):
    assert (re.match(pattern, text, re.VERBOSE) is not None) is hit


@pytest.mark.parametrize("text, name", [
    ("Acme Fund, L.P. Acme GP, LLC, the general partner", "Acme Fund, L.P."),
    ("ACME FUND, INC. ACME GP, INC. IS", "ACME FUND, INC."),
    ("Acme Fund, Ltd. Acme Capital Management, LP is", "Acme Fund, Ltd."),
    # words that go on with the name: kept
    ("Acme, L.P. Fund II, LLC is", "Acme, L.P. Fund II, LLC"),
    ("Mitsui & Co. Europe Ltd., a company", "Mitsui & Co. Europe Ltd."),
    ("ARA Services, Inc. Retirement Plan", "ARA Services, Inc. Retirement Plan"),
    ("Alphabet Inc. Class C capital stock", "Alphabet Inc. Class C"),
    ("Acme Fund, L.P. and Beta Fund, L.P.", "Acme Fund, L.P."),
])
def test_a_name_never_runs_on_into_a_second_name(text, name):
    assert re.match(_NAME, text, re.VERBOSE).group() == name
    assert re.match(NAME, text, re.VERBOSE).group() == name


# --- the prose and the filings ------------------------------------------------------------

def test_list_of_managing_members_after_the_fund():
    assert _found("Acme Management V, LLC is the general partner of Acme Fund V, L.P. Jane "
                  "Roe, John Doe and Mary Major are the managing members of Acme Management V, "
                  "LLC.") == {
        ("general_partner_of", "Acme Management V, LLC", "Acme Fund V, L.P."),
        ("managing_member_of", "Jane Roe", "Acme Management V, LLC"),
        ("managing_member_of", "John Doe", "Acme Management V, LLC"),
        ("managing_member_of", "Mary Major", "Acme Management V, LLC")}


def _claims(path) -> set[tuple[str, str, str]]:
    [rec] = parse_path(path).records
    names = {p.id: p.name for p in rec.parties}
    return {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims
            if c.relation.value != "beneficial_owner_of"}


def test_form4_gp_named_after_the_fund_sentence():
    """r3: was GP "Acme Fund, L.P. Acme GP, LLC" of ACME FUND, L.P., a party of its own."""
    assert _claims(RV39 / "h2_r3_sentence_end_lp.xml") == {
        ("Acme GP, LLC", "general_partner_of", "ACME FUND, L.P."),
        ("Jane Roe", "managing_member_of", "Acme GP, LLC")}


def test_form4_venture_footnote_managing_members():
    """r7: was GP of "Acme Fund V, L.P. Jane Roe" and of the person John Doe."""
    assert _claims(RV39 / "h2_r7_vc_footnote.xml") == {
        ("Acme Management V, LLC", "general_partner_of", "Acme Fund V, L.P."),
        ("Jane Roe", "managing_member_of", "Acme Management V, LLC"),
        ("John Doe", "managing_member_of", "Acme Management V, LLC"),
        ("Mary Major", "managing_member_of", "Acme Management V, LLC")}


def test_13d_item2_same_wording():
    claims = _claims(RV39 / "h2_13d_item2_sentence_end_lp.txt")
    assert {c for c in claims if c[1] != "officer_of"} == {
        ("Acme Management V, LLC", "general_partner_of", "Acme Fund V, L.P."),
        ("Jane Roe", "managing_member_of", "Acme Management V, LLC"),
        ("John Doe", "managing_member_of", "Acme Management V, LLC"),
        ("Mary Major", "managing_member_of", "Acme Management V, LLC")}


# --- review rv47b 1-3: a plan's words and a place are no person's name ---------------------

@pytest.mark.parametrize("text, expected", [
    # a plan's name in capitals or mixed case goes on after the company's legal form
    ("Jane Roe is the trustee of the ACME INC. PENSION SCHEME, whose assets include 5% of the "
     "shares.", {("trustee_of", "Jane Roe", "ACME INC. PENSION SCHEME")}),
    ("The shares are owned by ACME INC. DEFERRED COMPENSATION, the trustee of which is Jane "
     "Roe.", set()),
    ("Jane Roe is the trustee of the Acme Inc. Pension Scheme, whose assets include 5% of the "
     "shares.", {("trustee_of", "Jane Roe", "Acme Inc. Pension Scheme")}),
    ("Jane Roe is the trustee of the Acme Inc. Pension Scheme, which owns 5% of the shares.",
     {("trustee_of", "Jane Roe", "Acme Inc. Pension Scheme")}),
    # a place of two words after the legal form is no person opening a sentence
    ("Jane Roe is a director of ACME ASIA LTD. HONG KONG, a company which owns 5% of the "
     "shares.", {("director_of", "Jane Roe", "ACME ASIA LTD. HONG KONG")}),
    ("Jane Roe is a director of Acme Asia Ltd. Hong Kong, a company which owns 5% of the "
     "shares.", {("director_of", "Jane Roe", "Acme Asia Ltd. Hong Kong")}),
])
def test_plan_words_and_places_open_no_subject(text, expected):
    assert _found(text) == expected


def test_place_in_capitals_is_no_adviser():
    """Was: "NEW YORK" the investment manager of Beta Fund LP."""
    found = _found("Jane Roe is the president of ACME SECURITIES CO. LTD. NEW YORK, the adviser "
                   "of Beta Fund LP, which owns 5% of the shares.")
    assert not any("NEW YORK" == holder for _, holder, _ in found)
    assert ("officer_of", "Jane Roe", "ACME SECURITIES CO. LTD. NEW YORK") in found


@pytest.mark.parametrize("text, ends", [
    ("held by Acme Fund, L.P. JANE ROE, the general partner of", ["L.P."]),  # still a person
    ("held by Acme Fund, L.P. GEORGIA ROE, the general partner of", ["L.P."]),  # one-word place
    ("director of ACME ASIA LTD. HONG KONG, a company", []),
    ("president of ACME CO. LTD. NEW YORK, the adviser", []),
    ("trustee of the ACME INC. PENSION SCHEME, whose assets", []),
    ("trustee of the Acme Inc. Retirement Savings, whose assets", []),
])
def test_sentence_ends_not_before_a_place_or_plan_words(text, ends):
    assert _ends(text) == ends
