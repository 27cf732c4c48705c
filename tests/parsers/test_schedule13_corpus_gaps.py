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
    # Matthew Gould and Jeffrey A. Gould are named too: only the defined "Gould" binds (they are
    # parties of their own, read from line 391: "Matthew Gould, ..., Jeffrey A. Gould and Simeon
    # Brinberg, who are executive officers of Georgetown Partners, Inc.")
    rec = read(BRT)
    assert not {"Gould", "Mr. Gould"} & party_names(rec)
    officers = {(rec.party(c.source).name, rec.party(c.target).name) for c in rec.claims
                if c.relation.value == "officer_of" and c.evidence[0].section != "signature"}
    assert {("Matthew Gould", "Georgetown Partners, Inc."),
            ("Jeffrey A. Gould", "Georgetown Partners, Inc.")} <= officers
    assert not {(n, t) for n, t in officers if n in ("Matthew Gould", "Jeffrey A. Gould")
                and t in ("One Liberty Properties, Inc.", "Gould Investors L.P.")}
    # the signature block (line 621: "ONE LIBERTY PROPERTIES, INC." / "By s/" / "Matthew
    # Gould, President") names him its President: that officer_of is his own, not the surname's
    signed = {(rec.party(c.source).name, rec.party(c.target).name, c.title) for c in rec.claims
              if c.relation.value == "officer_of" and c.evidence[0].section == "signature"}
    assert signed == {("Matthew Gould", "One Liberty Properties, Inc.", "President")}
    assert "'Mr. Gould'" in " ".join(w.message for w in rec.warnings
                                     if w.code == "ambiguous-name")


def test_shared_plural_head_is_one_trust():
    # line 534: "(6) Gould is a trustee of the REIT Management Corp. Pension and Profit
    # Sharing Trusts."; "(7) Gould is one of the trustees of the BRT Realty Trust Pension Trust"
    rec = read(BRT)
    assert rels(rec, "trustee_of") == {
        ("trustee_of", "Fredric H. Gould",
         "REIT Management Corp. Pension and Profit Sharing Trusts"),
        ("trustee_of", "Fredric H. Gould", "BRT Realty Trust Pension Trust"),
        # "(11) Rose is a trustee of the Georgetown Group Profit Sharing Plan" (a plan that
        # holds shares is a party since session 41)
        ("trustee_of", "Marshall Rose", "Georgetown Group Profit Sharing Plan")}
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
    # (named as line 315 types them, in capitals and small letters, the capitals kept as aliases)
    rec = read("13g/idanta_hifn_2000_sc13ga.txt")
    assert rels(rec) - rels(rec, "beneficial_owner_of") == {
        ("trustee_of", "David J. Dunn", "The Dunn Family Trust"),
        ("general_partner_of", "The Dunn Family Trust", "Idanta Partners Ltd."),
        ("general_partner_of", "Jonathan Huberman", "Idanta Partners Ltd.")}
    assert {p.name for p in rec.parties if "reporting_person" in {r.value for r in p.roles}} \
        == {"Idanta Partners Ltd.", "The Dunn Family Trust", "Jonathan Huberman"}
    assert "THE DUNN FAMILY TRUST" in {a.name for p in rec.parties for a in p.aliases}
    assert not [w for w in rec.warnings if "DUNN" in w.message.upper()]


def test_joint_filing_agreement_is_no_signature_block_idanta():
    # line 435: 'EXHIBIT "A"' ends the signature section; line 438 ("the Securities and
    # Exchange Commission under the Securities Exchange Act of") is a sentence, no party
    rec = read("13g/idanta_hifn_2000_sc13ga.txt")
    assert [(s.signer, s.title, s.on_behalf_of, s.date.isoformat()) for s in rec.signatures] == [
        ("Jonathan Huberman", "General Partner", ["IDANTA PARTNERS LTD."], "2000-02-08"),
        ("David J. Dunn", "Trustee", ["THE DUNN FAMILY TRUST"], "2000-02-08"),
        ("Jonathan Huberman", None, ["JONATHAN HUBERMAN"], "2000-02-08")]
    assert not [w for w in rec.warnings if w.code == "unmatched-signature-name"]


def test_event_date_is_the_front_page_s_idanta():
    # lines 115-117: "September 1, 1999 / (Date of Event Which Requires Filing of this
    # Statement)" (Item 5's "as of December 31, 1999" is the date ownership fell to 5% or less,
    # not the front page's event date)
    rec = read("13g/idanta_hifn_2000_sc13ga.txt")
    assert (rec.event_date.isoformat(), rec.filed_date.isoformat()) == ("1999-09-01", "2000-02-08")


def test_aggregate_row_cut_short_to_one_word():
    # cover page 3 (lines 228-258): "(8) Shared Dispositive Power / -" then "(9) Aggregate /
    # 831,185": the total is row 9's, and row 8 (a dash: 831,185 + 0 make the aggregate) none
    rec = read("13g/barclays_unionbancal_2008_sc13g.txt")
    held = {rec.party(c.source).name: (c.shares, c.percent, c.sole_voting, c.shared_voting,
                                       c.sole_dispositive, c.shared_dispositive)
            for c in rec.claims if c.relation.value == "beneficial_owner_of"}
    assert held["BARCLAYS GLOBAL INVESTORS, LTD"] == (831185, 0.6, 665673, 0, 831185, 0)
    assert held["BARCLAYS GLOBAL INVESTORS JAPAN LIMITED"] == (323074, 0.23, 323074, 0, 323074, 0)
    assert held["BARCLAYS GLOBAL INVESTORS CANADA LIMITED"] == (69557, 0.05, 69557, 0, 69557, 0)


def test_dash_cells_read_as_none_where_the_page_agrees_barclays():
    # cover pages 4, 7 and 8 (lines 283-303, 422-442, 468-488): "(5) Sole Voting Power" blank,
    # rows 6-8 and "(9) Aggregate" a lone "-", "(11) Percent ... 0.00%": they hold nothing (the
    # blank row stays unread); the other pages' dashes sit beside numbers that agree (sole
    # dispositive = aggregate); the covers sum to Item 4's 10,597,451 and sole voting 9,101,402
    rec = read("13g/barclays_unionbancal_2008_sc13g.txt")
    held = {rec.party(c.source).name: (c.shares, c.percent, c.sole_voting, c.shared_voting,
                                       c.sole_dispositive, c.shared_dispositive)
            for c in rec.claims if c.relation.value == "beneficial_owner_of"}
    assert held == {
        # the cell's stop of "NA.,  943112180" is no part of the name
        "BARCLAYS GLOBAL INVESTORS, NA": (8017641, 5.79, 6687104, 0, 8017641, 0),
        "BARCLAYS GLOBAL FUND ADVISORS": (1355994, 0.98, 1355994, 0, 1355994, 0),
        "BARCLAYS GLOBAL INVESTORS, LTD": (831185, 0.6, 665673, 0, 831185, 0),
        "BARCLAYS GLOBAL INVESTORS JAPAN TRUST AND BANKING COMPANY LIMITED":
            (0, 0.0, None, 0, 0, 0),
        "BARCLAYS GLOBAL INVESTORS JAPAN LIMITED": (323074, 0.23, 323074, 0, 323074, 0),
        "BARCLAYS GLOBAL INVESTORS CANADA LIMITED": (69557, 0.05, 69557, 0, 69557, 0),
        "BARCLAYS GLOBAL INVESTORS AUSTRALIA LIMITED": (0, 0.0, None, 0, 0, 0),
        "Barclays Global Investors (Deutschland) AG": (0, 0.0, None, 0, 0, 0)}
    assert sum(v[0] for v in held.values()) == 10597451
    assert sum(v[2] or 0 for v in held.values()) == 9101402
    assert not [w for w in rec.warnings if w.code == "missing-value"]
    [agg] = [r for c in rec.claims if c.relation.value == "beneficial_owner_of"
             and rec.party(c.source).name == "BARCLAYS GLOBAL INVESTORS AUSTRALIA LIMITED"
             for r in c.readings if r.field == "aggregate"]
    assert (agg.raw, agg.value, agg.evidence.line) == ("-", 0, 436)


def test_dash_after_the_label_is_punctuation_oneliberty():
    # 13d/oneliberty_brt_1996_sc13d.txt lines 331-335: "7. SOLE VOTING POWER - 30,048" and
    # "8. SHARED VOTING POWER -          ": the dash separates label and cell, and the cell is
    # blank: left unread
    rec = read("13d/oneliberty_brt_1996_sc13d.txt")
    [c] = [c for c in rec.claims if c.relation.value == "beneficial_owner_of"
           and rec.party(c.source).name == "One Liberty Properties, Inc."]
    assert (c.shares, c.sole_voting, c.shared_voting, c.sole_dispositive,
            c.shared_dispositive) == (30048, 30048, None, 30048, None)


FITZ = "13d/fitzgerald_suburban_1994_sc13d.txt"
FAMILY = ["Gerald F. Fitzgerald", "Marjorie G. Fitzgerald", "Gerald F. Fitzgerald, Jr.",
          "Denise M. Fitzgerald", "James G. Fitzgerald", "Jane M. Fitzgerald",
          "Peter G. Fitzgerald", "C. Nina Fitzgerald", "Thomas G. Fitzgerald", "Julie F. Schauer"]


def _holdings(rec):
    names = {p.id: p.name for p in rec.parties}
    return {(names[c.source], c.security_class): c for c in rec.claims
            if c.relation.value == "beneficial_owner_of"}


def test_combined_cover_lists_every_reporting_person():
    # lines 134-143: row 1 "(i) Gerald F. Fitzgerald ... (x) Julie F. Schauer"; lines 213-222:
    # row 6 "U.S.A." for each; lines 520-529: row 14 "IN" for each
    rec = read(FITZ)
    rps = [p for p in rec.parties if p.roles and "reporting_person" in [r.value for r in p.roles]]
    assert [p.name for p in rps] == FAMILY
    assert {(p.jurisdiction, tuple(p.type_codes)) for p in rps} == {("U.S.A.", ("IN",))}
    # the father and the son "Jr." are two persons; the son signs "Gerald F. Fitzgerald,Jr."
    son = next(p for p in rps if p.name == "Gerald F. Fitzgerald, Jr.")
    assert [a.name for a in son.aliases] == ["Gerald F. Fitzgerald,Jr."]


def test_combined_cover_tables_give_one_holding_per_class():
    rec = read(FITZ)
    h = _holdings(rec)
    assert len(h) == 20 and {c for _, c in h} == {"Class A Common", "Class B Common"}
    a, b = h["Marjorie G. Fitzgerald", "Class A Common"], h["Marjorie G. Fitzgerald",
                                                              "Class B Common"]
    # row 7 "None None"; row 8 line 266 "51,062 120,204"; row 9 the same; row 10 "None None";
    # row 11 line 420; row 13 line 489 "2.4  9.6"
    assert (a.sole_voting, a.shared_voting, a.sole_dispositive, a.shared_dispositive,
            a.shares, a.percent) == (0, 51062, 51062, 0, 51062, 2.4)
    assert (b.sole_voting, b.shared_voting, b.sole_dispositive, b.shared_dispositive,
            b.shares, b.percent) == (0, 120204, 120204, 0, 120204, 9.6)
    # line 268 "Denise M. Fitzgerald . . . . 0  20,521"; line 491 "0  1.6"
    d = h["Denise M. Fitzgerald", "Class A Common"]
    assert (d.shared_voting, d.shares, d.percent) == (0, 0, 0.0)
    assert h["Denise M. Fitzgerald", "Class B Common"].shares == 20521
    # footnote marks: line 428 "Julie F. Schauer(5) . . . 42,306 182,851"; percent ".4" (l. 488)
    assert h["Julie F. Schauer", "Class B Common"].shares == 182851
    assert h["Gerald F. Fitzgerald, Jr.", "Class A Common"].shares == 46063
    assert h["Gerald F. Fitzgerald", "Class A Common"].percent == 0.4
    assert h["Gerald F. Fitzgerald", "Class B Common"].percent == 8.8
    # the persons' aggregates add up to the group's total lines (lines 430-431)
    assert sum(c.shares for (_, cls), c in h.items() if cls == "Class A Common") == 277565
    assert sum(c.shares for (_, cls), c in h.items() if cls == "Class B Common") == 1140359
    # ... and the percents to the group's 90.8% of Class B (line 500), up to the filer's rounding
    assert abs(sum(c.percent for (_, cls), c in h.items() if cls == "Class B Common")
               - 90.8) < 0.2
    assert not [w for w in rec.warnings if w.code == "missing-value"]


def test_combined_cover_claims_cite_the_table_lines():
    rec = read(FITZ)
    c = _holdings(rec)["Thomas G. Fitzgerald", "Class B Common"]
    texts = [e.text for e in c.evidence]
    assert texts[0] == "Thomas G. Fitzgerald"
    assert "Thomas G. Fitzgerald(4) . . . . 43,994 184,240" in texts
    assert [r.raw for r in c.readings if r.field == "percent"] == ["14.7"]


def test_combined_cover_footnote_trustees_kept():
    # lines 283-286: "(1) ... owned by ... the Marguerite G. Schauer Trust, of which Gerald F.
    # Fitzgerald, Jr. is trustee": the son's, not the father's
    rec = read(FITZ)
    assert ("trustee_of", "Gerald F. Fitzgerald, Jr.", "Marguerite G. Schauer Trust") \
        in rels(rec, "trustee_of")
    # footnotes (1)-(5): the clause after a list of trusts names the trustee of each, also of
    # the trusts of an earlier parallel phrase ("1,010 ... shares owned by the Jake Buchanan
    # Fitzgerald Trust, ..., and 1,356 ... shares owned by ..., of which Peter G. Fitzgerald is
    # trustee")
    assert rels(rec, "trustee_of") == {
        ("trustee_of", "Gerald F. Fitzgerald, Jr.", "Celine McMahon Fitzgerald Trust"),
        ("trustee_of", "Gerald F. Fitzgerald, Jr.", "Marguerite G. Schauer Trust"),
        ("trustee_of", "Peter G. Fitzgerald", "Jake Buchanan Fitzgerald Trust"),
        ("trustee_of", "Peter G. Fitzgerald", "Fitzgerald Descendants Trust"),
        ("trustee_of", "Peter G. Fitzgerald", "Fitzgerald Children Trust"),
        ("trustee_of", "James G. Fitzgerald", "Andrew J. Fitzgerald Trust"),
        ("trustee_of", "James G. Fitzgerald", "Timothy E. Fitzgerald Trust"),
        ("trustee_of", "Peter G. Fitzgerald", "Shannon McMahon Fitzgerald Exclusion Trust"),
        ("trustee_of", "Peter G. Fitzgerald", "Shannon McMahon Fitzgerald Primary Trust"),
        ("trustee_of", "Peter G. Fitzgerald", "Elyse Ives Schauer Trust"),
        ("trustee_of", "Thomas G. Fitzgerald", "Lauren Webb Fitzgerald Trust"),
        ("trustee_of", "Thomas G. Fitzgerald", "Thomas G. Fitzgerald, Jr. Trust"),
        ("trustee_of", "Julie F. Schauer", "Elyse Ives Schauer Trust")}


def test_a_savings_and_loan_association_is_an_organization_oneliberty():
    # 13d/oneliberty_brt_1996_sc13d.txt lines 398-400: "Since November 1994 Mr. Rosenzweig has
    # been Executive Vice President of Bankers Federal Savings & Loan Association FSB."
    rec = read(BRT)
    bank = "Bankers Federal Savings & Loan Association FSB"
    assert ("officer_of", "Israel Rosenzweig", bank) in rels(rec)
    assert next(p for p in rec.parties if p.name == bank).kind.value == "organization"
    assert not [w for w in rec.warnings if bank in w.message]
