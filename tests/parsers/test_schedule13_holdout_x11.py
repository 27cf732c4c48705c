"""Readings fixed after the holdout evaluation x (eleventh session): a real 2011 Schedule 13D
in EDGARizer HTML, in tests/fixtures/filings/holdout/, filed by three related investment
entities (a manager, a fund and an offshore fund) whose control chain is told in Item 2(c),
Item 5 and nested "By: ENTITY, G.P." signature lines.
"""

from __future__ import annotations

import re

import pytest

from graphkit.models import Evidence, Reading
from graphkit.parsers.prose import find_relationships, split_names, trim_name
from graphkit.parsers.prose_agreement_patterns import (
    MANAGED_UNDER_AGREEMENT, MANAGED_UNDER_AGREEMENT_CUE, MANAGED_UNDER_AGREEMENT_LITERALS)
from graphkit.parsers.prose_roles import role_relations
from graphkit.parsers.prose_sentence_subjects import (
    NEW_SENTENCE_AFTER_LEGAL, PERSON_SUBJECT, SPACED_AFTER_LEGAL)
from graphkit.parsers.prose_sentences import flat_sentence, sentence_spans
from graphkit.parsers.prose_term_patterns import DEFINED_TERM
from graphkit.parsers.schedule13_cover_patterns import ROW_AGGREGATE
from graphkit.parsers.schedule13_reconcile import ROWS_13D, Candidate, choose_holding
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText
from tests.holdout import holdout_record, relation_pairs

LOEB = "2011_SC_13D_741556.txt"


def _parties(rec):
    return {p.name: p for p in rec.parties}


# --- 1. a sentence ends after a legal form's stop before a person's name ----------------------

def test_the_sentence_after_the_partnership_s_stop_is_its_own():
    # line 912: "LMH is owned jointly by Loeb Holding Corporation and LB Partners,
    # L.P.&#160;&#160;Gideon J. King is the President and Chief Executive Officer of Loeb
    # Management Holding LLC as well as LAM and LOM."
    rec = holdout_record(LOEB)
    parties = _parties(rec)
    assert "LB Partners, L.P. Gideon J. King" not in parties
    assert parties["Gideon J. King"].kind.value == "person"
    officers = relation_pairs(rec, "officer_of")
    assert ("Gideon J. King", "Loeb Management Holding LLC") in officers
    assert not [s for s, _ in officers if s == "Loeb Holding Corporation"]


@pytest.mark.parametrize("text,first", [
    # a person's name before its verb, after one space or a line break
    ("Acme is owned by Beta Partners, L.P. Jane Q. Roe is its President.",
     "Acme is owned by Beta Partners, L.P."),
    ("Acme is held by Beta Holdings, Inc. John Roe serves as its director.",
     "Acme is held by Beta Holdings, Inc."),
    ("Acme is held by Beta Holdings, Ltd.\nJ. Gary Roe has sole power.",
     "Acme is held by Beta Holdings, Ltd."),
    ("Acme is held by Beta Holdings, Inc. Jane McRoe may be deemed a holder.",
     "Acme is held by Beta Holdings, Inc."),
    # two spaces alone end nothing (review 11 D1: justified text pads spaces anywhere, as in
    # "Acme Holdings, Inc.  Employees' Savings Plan")
    ("Acme is held by Beta Capital, L.P.  Beta Capital is a fund.", None),
    ("Acme is held by Beta Capital, L.P.\u00a0\u00a0Acme Roe Associates is its manager.", None),
    # the name goes on: no sentence ends
    ("Acme is held by Beta Partners, L.P. Fund II is its feeder.", None),
    ("Acme is held by Beta, L.P. Liquidating Trust is the holder.", None),
    ("Acme is held by Beta Inc. Retirement Plan has the shares.", None),
    ("Acme is held by Beta Partners, L.P.  Fund II, its feeder.", None),
    ("Acme is held by Beta Partners, L.P.  II, its feeder.", None),
    ('Acme is held by Beta Partners, L.P.  ("Beta"), its feeder.', None),
    # a name before its apposition opens a sentence too (review rv39 H2: "... held by Acme
    # Fund, L.P. Acme GP, LLC, the general partner of ..." gave one party of both names)
    ("Acme is held by Beta Partners, L.P. Jane Roe, its member.",
     "Acme is held by Beta Partners, L.P."),
    ("Acme is held by Beta Partners, L.P. Acme Capital Group is a fund.", None),
])
def test_a_sentence_ends_after_a_legal_form_only_before_a_new_subject(text, first):
    spans = sentence_spans(text)
    if first is None:
        assert len(spans) == 1, [text[s:e] for s, e in spans]
    else:
        assert text[spans[0][0]:spans[0][1]] == first


@pytest.mark.parametrize("pattern,text,hit", [
    (PERSON_SUBJECT, "Jane Q. Roe is the President", True),
    (PERSON_SUBJECT, "J. Gary Roe has", True),
    (PERSON_SUBJECT, "Jane O'Roe serves", True),
    (PERSON_SUBJECT, "Liquidating Trust is", False),
    (PERSON_SUBJECT, "Retirement Plan has", False),
    (PERSON_SUBJECT, "Acme Capital Group is", False),
    (PERSON_SUBJECT, "Jane Roe, its member", False),
    (SPACED_AFTER_LEGAL, "  Jane Roe", True),
    (SPACED_AFTER_LEGAL, "\u00a0\u00a0The Fund", True),
    (SPACED_AFTER_LEGAL, " Jane Roe", False),
    (SPACED_AFTER_LEGAL, "  Fund II", False),
    (SPACED_AFTER_LEGAL, "  LLC", False),
    (SPACED_AFTER_LEGAL, "  IV", False),
    (SPACED_AFTER_LEGAL, '  ("Beta")', False),
    (SPACED_AFTER_LEGAL, "\n\nJane Roe", False),
    (NEW_SENTENCE_AFTER_LEGAL, "\nJane Q. Roe is", True),
    (NEW_SENTENCE_AFTER_LEGAL, "\n\nJane Q. Roe is", False),  # the blank line's own branch
])
def test_new_sentence_after_legal_patterns(pattern, text, hit):
    assert bool(re.match(pattern, text, re.VERBOSE)) is hit


# --- 2. a defined term after a comma -----------------------------------------------------------

def test_a_term_defined_after_a_comma_is_bound_and_its_roles_read():
    # line 904: "Loeb Offshore Management LP, (&#8220;LOM&#8221;), a Delaware limited
    # partnership, is the registered investment adviser to LAOP."
    # line 912: "Loeb Management Holding LLC (&#8220;LMH&#8221;), ... is the General Partner of
    # LAM and LOM."
    rec = holdout_record(LOEB)
    lom = _parties(rec)["Loeb Offshore Management LP"]
    assert [a.name for a in lom.aliases] == ["LOM"]
    assert ("Loeb Offshore Management LP", "Loeb Arbitrage Offshore Partners, Ltd.") in \
        relation_pairs(rec, "investment_manager_of")
    assert {("Loeb Management Holding LLC", "Loeb Arbitrage Management LP"),
            ("Loeb Management Holding LLC", "Loeb Offshore Management LP")} <= \
        relation_pairs(rec, "general_partner_of")


@pytest.mark.parametrize("text,term,name", [
    ('Acme Management LP, ("AM"), a Delaware limited partnership, is the adviser to BF.',
     "AM", "Acme Management LP"),
    ('Acme Management LP, (the "Manager") is the adviser to BF.', "Manager",
     "Acme Management LP"),
    ('Acme Management LP ("AM"), a Delaware limited partnership, is the adviser to BF.',
     "AM", "Acme Management LP"),
    ('Acme Management LP, a Delaware limited partnership ("AM"), is the adviser to BF.',
     "AM", "Acme Management LP"),
])
def test_defined_term_with_a_comma_before_its_parenthesis(text, term, name):
    m = DEFINED_TERM.search(text)
    assert m is not None and m["term"] == term and m["name"].rstrip(" ,") == name


@pytest.mark.parametrize("text,expected", [
    ('Acme Offshore LP, ("AO"), a Delaware limited partnership, is the registered investment '
     'adviser to Beta Fund.', [("investment_manager_of", "Acme Offshore LP", "Beta Fund")]),
    ('Acme Offshore LP, ("AO"), is the investment adviser to Beta Fund, ("BF").',
     [("investment_manager_of", "Acme Offshore LP", "Beta Fund")]),
    ("Acme Holding LLC is the General Partner of AM and AO.",
     [("general_partner_of", "Acme Holding LLC", "AM"),
      ("general_partner_of", "Acme Holding LLC", "AO")]),
    ("Acme Offshore LP, a registered investment adviser, owns 5 shares.", []),
])
def test_roles_of_a_name_defined_after_a_comma(text, expected):
    found = [(f.relation.value, f.holder, f.held)
             for f in find_relationships(SourceText(path="x.txt", text=text))
             if f.relation.value != "beneficial_owner_of"]
    assert found == expected


# --- 3. nested "By: ENTITY, G.P." signature lines ----------------------------------------------

def test_nested_gp_signature_lines_give_general_partners():
    # lines 1843-1855: "LOEB ARBITRAGE FUND" / "By: LOEB ARBITRAGE MANAGEMENT LP, G.P." /
    # "By: LOEB MANAGEMENT HOLDING LLC, G.P." / "By:_ /s/ Alexander H. McMillan"
    rec = holdout_record(LOEB)
    gps = relation_pairs(rec, "general_partner_of")
    assert ("Loeb Arbitrage Management LP", "Loeb Arbitrage Fund") in gps
    assert ("Loeb Management Holding LLC", "Loeb Arbitrage Management LP") in gps


@pytest.mark.parametrize("role,relations", [
    ("G.P.", ["general_partner_of"]),
    ("GP", ["general_partner_of"]),
    ("its G.P.", ["general_partner_of"]),
    ("the sole G. P.", ["general_partner_of"]),
    ("GPs", []),
    ("G.P.A.", []),
    ("general partner", ["general_partner_of"]),
])
def test_abbreviated_general_partner_role(role, relations):
    assert [r.value for r, _ in role_relations(role)] == relations


def test_a_made_up_nested_gp_block():
    text = ("SIGNATURE\n\nAfter reasonable inquiry, I certify that the information set forth "
            "in this statement is true.\n\nACME FUND\n\nBy: ACME MANAGEMENT LP, G.P.\n\n"
            "By: ACME HOLDING LLC, GP\n\nBy: /s/ Jane Q. Roe\nName: Jane Q. Roe\n"
            "Title: Vice President\n")
    sec = read_signatures(SourceText(path="x.txt", text=text))
    pairs = {(f.holder, f.relation.value, f.held) for f in sec.findings}
    assert ("ACME MANAGEMENT LP", "general_partner_of", "ACME FUND") in pairs
    assert ("ACME HOLDING LLC", "general_partner_of", "ACME MANAGEMENT LP") in pairs


# --- 4. cover row 11 with a stray word; a value filled from elsewhere is warned of -------------

def test_row_11_with_a_stray_of_is_read():
    # lines 400, 597, 791: "11. Aggregate Amount of Beneficially Owned by Each Reporting Person"
    # with 35,368 / 279,060 / 123,796 in the next cell
    rec = holdout_record(LOEB)
    names = {p.id: p.name for p in rec.parties}
    held = {names[c.source]: (c.shares, c.percent) for c in rec.claims
            if c.relation.value == "beneficial_owner_of"}
    assert held == {"Loeb Arbitrage Management LP": (35368, 0.53),
                    "Loeb Arbitrage Fund": (279060, 4.2),
                    "Loeb Arbitrage Offshore Partners, Ltd.": (123796, 1.86)}
    assert not [w for w in rec.warnings if w.code == "missing-value"]


@pytest.mark.parametrize("label,hit", [
    ("11. Aggregate Amount Beneficially Owned by Each Reporting Person", True),
    ("11. Aggregate Amount of Beneficially Owned by Each Reporting Person", True),
    ("9. AGGREGATE AMOUNT OF BENEFICIALLY OWNED BY EACH REPORTING PERSON", True),
    ("9) Aggregate Amount is Beneficially Owned", True),
    ("Aggregate Amount Beneficiary Owned", True),
    ("Aggregate Amount of Shares Beneficially Owned", False),  # a long word: not a stray one
    ("Aggregate Amount of the Beneficially Owned", False),
])
def test_row_aggregate_label(label, hit):
    assert bool(ROW_AGGREGATE.search(label)) is hit


def test_a_value_from_elsewhere_for_an_unread_row_is_warned_of():
    # LAF's 279,060 came from Item 5 (line 1021: "Loeb Arbitrage Fund owns 279,060 shares")
    # while row 11 was unread, with no warning: made-up candidates of the same shape

    def cand(field, value, primary, weight=1.0, note=None, section=None):
        ev = Evidence(source="x", text=str(value), section=section) if section else None
        return Candidate(field=field, weight=weight, primary=primary, reading=Reading(
            field=field, raw=str(value), value=value, note=note, evidence=ev))

    cover = [cand("percent", 4.2, True), cand("shared_voting", 1000, True)]
    h = choose_holding(cover + [cand("aggregate", 1000, False, 0.5, "record holder")],
                       rows=ROWS_13D)
    assert h.values["aggregate"] == 1000
    assert h.problems == [("missing-value", "no value read for row 11 (aggregate amount "
                           "beneficially owned); 1000 taken from a record holder sentence")]
    h = choose_holding(cover + [cand("aggregate", 1000, False, section="Item 4 (a) A")],
                       rows=ROWS_13D)
    assert h.problems[0][1].endswith("1000 taken from Item 4")
    # read on the cover, or on a later cover page of the holder: no problem; no cover page read
    # at all (Item 4 alone): none either
    assert choose_holding(cover + [cand("aggregate", 1000, True)], rows=ROWS_13D).problems == []
    assert choose_holding(cover + [cand("aggregate", 1000, False, section="cover page 3")],
                          rows=ROWS_13D).problems == []
    assert choose_holding([cand("aggregate", 1000, False, section="Item 4 (a) A"),
                           cand("percent", 4.2, False, section="Item 4 (b) P")],
                          rows=ROWS_13D).problems == []


# --- 5. management under an investment management agreement ----------------------------------

def test_management_under_an_agreement_is_read():
    # line 1021: "Pursuant to an investment management agreement, LAM maintains investment and
    # voting power with respect to securities held by Loeb Arbitrage Fund as well as for the
    # accounts of customers ..."; line 1025: "... Loeb Offshore Management LP maintains ...
    # held by LAOP and may be deemed ..."
    rec = holdout_record(LOEB)
    managed = relation_pairs(rec, "investment_manager_of")
    assert ("Loeb Arbitrage Management LP", "Loeb Arbitrage Fund") in managed
    assert ("Loeb Offshore Management LP", "Loeb Arbitrage Offshore Partners, Ltd.") in managed


@pytest.mark.parametrize("text,pairs", [
    ("Pursuant to an investment management agreement, Acme Management LP maintains investment "
     "and voting power with respect to securities held by Acme Fund as well as for others.",
     [("Acme Management LP", "Acme Fund")]),
    ("Under advisory agreements with the funds, Acme Advisers LLC has sole investment discretion "
     "over the shares held by Acme Fund I and Acme Fund II.",
     [("Acme Advisers LLC", "Acme Fund I"), ("Acme Advisers LLC", "Acme Fund II")]),
    ("Pursuant to a management agreement, AM holds voting and dispositive power over the "
     "Common Stock owned by BF; AM disclaims it.", [("AM", "BF")]),
    # power alone, with no agreement: no management
    ("Acme GP has voting power over the securities held by Acme Fund.", []),
    ("Acme GP maintains investment and voting power with respect to securities held by Acme "
     "Fund.", []),
    # an agreement that is not a management one
    ("Pursuant to a voting agreement, Acme GP has voting power over the shares held by Jane Roe.",
     []),
])
def test_managed_under_agreement_pattern(text, pairs):
    found = [(m["holder"], trim_name(h)) for m in MANAGED_UNDER_AGREEMENT.finditer(text)
             for h in split_names(m["held"])]
    assert found == pairs
    if pairs:
        cue = MANAGED_UNDER_AGREEMENT_CUE.search(text)
        assert cue and any(w in cue.group() for w in MANAGED_UNDER_AGREEMENT_LITERALS)
    read = [(f.holder, f.held) for f in find_relationships(SourceText(path="x.txt", text=text))
            if f.pattern == "managed_under_agreement"]
    assert read == pairs


# --- 6. "as well as" joining held names --------------------------------------------------------

def test_officer_of_each_party_joined_by_as_well_as():
    # line 912: "Gideon J. King is the President and Chief Executive Officer of Loeb Management
    # Holding LLC as well as LAM and LOM."
    rec = holdout_record(LOEB)
    officers = relation_pairs(rec, "officer_of")
    # and the signer's title (signatures: "By: LOEB MANAGEMENT HOLDING LLC, G.P." / "By: /s/
    # Alexander H. McMillan" / "Vice President"; "LOEB ARBITRAGE OFFSHORE PARTNERS, LTD." /
    # "By: /s/ Alexander H. McMillan" / "Vice President")
    assert {("Gideon J. King", "Loeb Management Holding LLC"),
            ("Gideon J. King", "Loeb Arbitrage Management LP"),
            ("Gideon J. King", "Loeb Offshore Management LP"),
            ("Alexander H. McMillan", "Loeb Management Holding LLC"),
            ("Alexander H. McMillan", "Loeb Arbitrage Offshore Partners, Ltd.")} == officers


@pytest.mark.parametrize("text,flat", [
    ("Roe is President of Acme Inc. as well as AM and AO", "Roe is President of Acme Inc. and AM and AO"),
    ('Acme Fund ("AF") as well as Beta Fund', 'Acme Fund ("AF") and Beta Fund'),
    ("held by Acme Fund as well as for the accounts of customers",
     "held by Acme Fund as well as for the accounts of customers"),
    ("Acme GP as well as its manager", "Acme GP as well as its manager"),
])
def test_as_well_as_between_names(text, flat):
    assert flat_sentence(text, 0, len(text)) == flat


# --- 7. "X is owned jointly by A and B" --------------------------------------------------------

def test_owned_jointly_by_gives_each_owner():
    # line 912: "LMH is owned jointly by Loeb Holding Corporation and LB Partners, L.P."
    rec = holdout_record(LOEB)
    assert relation_pairs(rec, "shareholder_of") == {
        ("Loeb Holding Corporation", "Loeb Management Holding LLC"),
        ("LB Partners, L.P.", "Loeb Management Holding LLC")}


@pytest.mark.parametrize("text,pairs", [
    ("Acme GP is owned jointly by Beta Corp. and Gamma Partners, L.P.",
     [("Beta Corp.", "Acme GP"), ("Gamma Partners, L.P.", "Acme GP")]),
    ("Acme GP is owned equally by Jane Q. Roe and John A. Doe.",
     [("Jane Q. Roe", "Acme GP"), ("John A. Doe", "Acme GP")]),
    ("Acme GP is jointly owned by Beta Corp. and Gamma LLC.",
     [("Beta Corp.", "Acme GP"), ("Gamma LLC", "Acme GP")]),
    ("The shares are owned jointly by Jane Roe and her spouse.", []),
    # no adverb: a company owned all the same (session 23: "THORN is owned by TENAH"); shares
    # "are owned by" stay a holding, read elsewhere
    ("Acme GP is owned by Beta Corp.", [("Beta Corp.", "Acme GP")]),
    ("The Shares are owned by Beta Corp.", []),
])
def test_owned_jointly_by_pattern(text, pairs):
    found = [(f.holder, f.held) for f in find_relationships(SourceText(path="x.txt", text=text))
             if f.pattern == "owned_by"]
    assert found == pairs
