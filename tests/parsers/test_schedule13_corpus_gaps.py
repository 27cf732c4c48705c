"""Corpus filings that once read incompletely: each test asserts the values the filing states.

Defined terms after a full name in the prose right after the last cover page, holdings stated
per person in Item 5, parent holding companies and their advisers, trusts and trustees.
"""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS
from tests.parsers.test_schedule13_corpus_cases import party_names, read, rels

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not available")

BRT = "13d/oneliberty_brt_1996_sc13d.txt"


def test_defined_surname_binds_after_the_last_cover_page():
    # line 359: 'One Liberty Properties, Inc. ("OLP"), Fredric H. Gould ("Gould") and Marshall
    # Rose ("Rose")' in the paragraph right after cover page 4; line 388: "The general partners
    # of GLP are Gould, Rose and Georgetown Partners, Inc."
    rec = read(BRT)
    terms = {a.name: p.name for p in rec.parties for a in p.aliases
             if a.how.value == "defined_term"}
    assert terms == {"BRT": "BRT Realty Trust", "OLP": "One Liberty Properties, Inc.",
                     "Gould": "Fredric H. Gould", "Rose": "Marshall Rose",
                     "GLP": "Gould Investors L.P."}
    assert {("general_partner_of", n, "Gould Investors L.P.")
            for n in ("Fredric H. Gould", "Marshall Rose", "Georgetown Partners, Inc.")
            } <= rels(rec)
    # line 517: "(1) Gould is Chairman of the Board of OLP"; line 521: "Gould is the sole
    # shareholder of Georgetown Partners, Inc."
    assert ("shareholder_of", "Fredric H. Gould", "Georgetown Partners, Inc.") in rels(rec)
    officer = {(rec.party(c.source).name, rec.party(c.target).name, c.title)
               for c in rec.claims if c.relation.value == "officer_of"}
    assert ("Fredric H. Gould", "One Liberty Properties, Inc.", "Chairman") in officer


def test_defined_surname_leaves_other_persons_of_the_surname_alone():
    # Matthew Gould and Jeffrey A. Gould are named too: only the defined "Gould" binds
    rec = read(BRT)
    assert not {"Gould", "Mr. Gould", "Matthew Gould", "Jeffrey A. Gould"} & party_names(rec)
    assert "'Mr. Gould'" in " ".join(w.message for w in rec.warnings
                                     if w.code == "ambiguous-name")


def test_shared_plural_head_is_one_trust():
    # line 534: "(6) Gould is a trustee of the REIT Management Corp. Pension and Profit
    # Sharing Trusts."
    rec = read(BRT)
    assert rels(rec, "trustee_of") == {
        ("trustee_of", "Fredric H. Gould",
         "REIT Management Corp. Pension and Profit Sharing Trusts")}
    assert "Profit Sharing Trusts" not in party_names(rec)


def test_disclaimer_of_shares_left_out_of_the_total_disclaims_nothing_reported():
    # line 473: "The above does not include 25,565 Beneficial Shares owned by Gould's wife, as
    # to which shares Gould disclaims beneficial ownership"
    rec = read(BRT)
    held = [c for c in rec.claims if c.relation.value == "beneficial_owner_of"
            and rec.party(c.source).name == "Fredric H. Gould"]
    assert [(c.shares, c.percent, c.sole_voting, c.shared_voting, c.disclaims) for c in held] \
        == [(2110933, 24.05, 189185, 1921748, None)]


def test_item7_subsidiaries_of_the_parent_holding_company():
    # Item 3: "(i) Franklin Resources, Inc. (g) Parent Holding Company"; Item 7 (lines
    # 478-480) lists the subsidiaries "Templeton Global Advisors Limited 3(e)", ...
    rec = read("13g/franklin_humana_1998_sc13g.txt")
    assert rels(rec, "parent_of") == {
        ("parent_of", "Franklin Resources, Inc.", n) for n in (
            "Templeton Global Advisors Limited", "Templeton Management Limited",
            "Templeton Investment Management Limited")}
    # the principal shareholders are classified HC too, but are persons: no parent_of
    assert {("shareholder_of", n, "Franklin Resources, Inc.")
            for n in ("Charles B. Johnson", "Rupert H. Johnson, Jr.")} <= rels(rec)


def test_trust_named_with_its_trustee_is_the_trust_with_a_trustee():
    # cover page 2 (line 200): "THE DUNN FAMILY TRUST, DAVID J. DUNN, TRUSTEE"; footnote (line
    # 243): "Solely in his capacity as Trustee of The Dunn Family Trust, a general partner of
    # Idanta Partners Ltd."; signatures: "Jonathan Huberman, General Partner", "David J. Dunn,
    # Trustee"
    rec = read("13g/idanta_hifn_2000_sc13ga.txt")
    assert rels(rec) - rels(rec, "beneficial_owner_of") == {
        ("trustee_of", "DAVID J. DUNN", "THE DUNN FAMILY TRUST"),
        ("general_partner_of", "THE DUNN FAMILY TRUST", "IDANTA PARTNERS LTD."),
        ("general_partner_of", "JONATHAN HUBERMAN", "IDANTA PARTNERS LTD.")}
    assert {p.name for p in rec.parties if "reporting_person" in {r.value for r in p.roles}} \
        == {"IDANTA PARTNERS LTD.", "THE DUNN FAMILY TRUST", "JONATHAN HUBERMAN"}
    assert not [w for w in rec.warnings if "DUNN" in w.message.upper()]


def test_aggregate_row_cut_short_to_one_word():
    # cover page 3 (lines 228-258): "(8) Shared Dispositive Power / -" then "(9) Aggregate /
    # 831,185": the total is row 9's, and row 8 (a dash) holds nothing
    rec = read("13g/barclays_unionbancal_2008_sc13g.txt")
    held = {rec.party(c.source).name: (c.shares, c.percent, c.sole_voting, c.shared_voting,
                                       c.sole_dispositive, c.shared_dispositive)
            for c in rec.claims if c.relation.value == "beneficial_owner_of"}
    assert held["BARCLAYS GLOBAL INVESTORS, LTD"] == (831185, 0.6, 665673, None, 831185, None)
    assert held["BARCLAYS GLOBAL INVESTORS JAPAN LIMITED"] == (
        323074, 0.23, 323074, None, 323074, None)
    assert held["BARCLAYS GLOBAL INVESTORS CANADA LIMITED"] == (
        69557, 0.05, 69557, None, 69557, None)
