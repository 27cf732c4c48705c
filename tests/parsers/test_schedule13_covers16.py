"""Review covers15 leftovers (M2, M4, c09, w08) and review covers16 (H1, M1-M4) of the
Schedule 13D/13G cover pages.

The made-up filings are review covers15's (``tests/fixtures/filings/covers15/rv16_*``) and
review covers16's (``rv17_*``), parties invented; every value asserted is the one the made-up
filing prints, or, where a new reading is unsure, the one main reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose_lists import BANK_AND_TRUST, split_names
from graphkit.parsers.schedule13_cover_classes import (VALUE_OF_CLASS, VALUES_OF_CLASSES_REST,
                                                       class_cells, class_title, values_of_classes)
from graphkit.parsers.schedule13_cover_patterns import NAME_ID_NOT_GIVEN
from graphkit.parsers.schedule13_reporting import (TRUSTEED_NAME, as_trustee,
                                                   fiduciary_capacity)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "covers15"

_COMMON = "Common Stock, $1.00 par value"
_CLASS_A = "Class A Common Stock, $0.01 par value"
_CLASS_B = "Class B Common Stock, $0.01 par value"
#: the facts of a claim compared
_FACTS = ("shares", "percent", "sole_voting", "shared_voting", "sole_dispositive",
          "shared_dispositive")


def _rec(name: str):
    [rec] = parse_path(FIXTURES / name).records
    return rec


def _holdings(rec) -> list[tuple]:
    """Each beneficial-ownership claim: holder, class and facts, in order."""
    names = {p.id: p.name for p in rec.parties}
    return [(names[c.source], c.security_class, *(getattr(c, f) for f in _FACTS))
            for c in rec.claims if c.relation.value == "beneficial_owner_of"]


def _trustees(rec) -> list[tuple[str, str]]:
    names = {p.id: p.name for p in rec.parties}
    return [(names[c.source], names[c.target]) for c in rec.claims
            if c.relation.value == "trustee_of"]


def _codes(rec) -> list[str]:
    return [w.code for w in rec.warnings
            if w.code not in ("cusip-check-digit", "header-name-unmatched")]


# --- M2. a trustee's plan beside the trustee's own cover ---------------------------------------

@pytest.mark.parametrize("name, trustee, plan", [
    ("rv16_m08_bank_plus_trustee.txt", "Acme Bank, N.A.", "Acme Corp. Retirement Plan"),
    ("rv16_m11_person_plus_trustees_plan.txt", "John A. Doe", "Doe Corp. Profit Sharing Plan"),
])
def test_a_plan_named_whole_reports_with_its_trustee(name, trustee, plan):
    # covers "<trustee>" (100,000) and "<trustee>, Trustee of the <plan>" (700,000)
    rec = _rec(name)
    assert _holdings(rec) == [(trustee, _COMMON, 100000, 6.2, 0, 100000, 0, 100000),
                              (plan, _COMMON, 700000, 6.2, 0, 700000, 0, 700000)]
    assert _trustees(rec) == [(trustee, plan)]
    assert _codes(rec) == []


def test_a_lone_bank_trustee_of_a_plan_reports_and_is_its_trustee():
    # "State Street Bank and Trust Company, Trustee of the Acme Corp. 401(k) Savings Plan"
    rec = _rec("rv16_t02_bank_trustee_plan.txt")
    assert _holdings(rec) == [("State Street Bank and Trust Company", _COMMON, 800000, 6.2, 0,
                               800000, 0, 800000)]
    assert _trustees(rec) == [("State Street Bank and Trust Company",
                               "Acme Corp. 401(k) Savings Plan")]


def test_bank_and_trust_company_is_one_name_in_prose():
    # Item 2(a) "State Street Bank and Trust Company, as Trustee of the Acme Corp. Savings Plan"
    # made a party "Trust Company" (main), trustee of the plan once the plan is a party
    rec = _rec("rv16_t04_bank_as_trustee_plan.txt")
    assert "Trust Company" not in [p.name for p in rec.parties]
    assert _trustees(rec) == [("State Street Bank and Trust Company", "Acme Corp. Savings Plan")]
    assert split_names("State Street Bank and Trust Company") == [
        "State Street Bank and Trust Company"]
    assert split_names("Boston Safe Deposit and Trust Company and Acme Trust") == [
        "Boston Safe Deposit and Trust Company", "Acme Trust"]
    assert split_names("Acme Bank and Beta Trust Company") == ["Acme Bank",
                                                               "Beta Trust Company"]


@pytest.mark.parametrize("name, code, held", [
    ("rv16_m07_person_plus_executor.txt", "estate-not-named", "executor"),
    ("rv16_m02_person_plus_custodian.txt", "account-not-named", "custodian"),
])
def test_an_executor_or_custodian_cover_warns_without_calling_it_a_trust(name, code, held):
    # "Jane Q. Roe" (100,000) and "Jane Q. Roe, Executor" / ", Custodian" (700,000): the
    # estate or account is not named; its holding is no one's, and the warning says which
    rec = _rec(name)
    assert _holdings(rec) == [("Jane Q. Roe", _COMMON, 100000, 6.2, 0, 100000, 0, 100000)]
    assert _codes(rec) == [code]
    [w] = [w for w in rec.warnings if w.code == code]
    assert f"in the capacity of {held}" in w.message and "trust" not in w.message
    assert "(700,000) is given to no one" in w.message


@pytest.mark.parametrize("text, matches", [
    ("Acme Corp. Retirement Plan", True), ("Acme Corp. 401(k) Savings Plan", True),
    ("Roe Family Foundation", True), ("Estate of John A. Roe", True),
    ("Acme Corp. Retirement", False), ("Will of John A. Roe", False),
    ("Estate of", False), ("Planning Associates", False),
    # review covers16 M3: a number, a letter, a date, a beneficiary, ", Inc." or "Jr." after
    ("Roe Family Trust II", True), ("Roe Trust No. 2", True), ("Roe Trust 12-31-1999", True),
    ("Roe Trust f/b/o John A. Roe", True), ("Roe Family Foundation, Inc.", True),
    ("Estate of John A. Roe, Jr.", True), ("Trust A under the Will of John A. Roe", True),
    ("Roe Trust f/b/o", False),              # cut off where the name wraps
    ("Roe Trust under the Will of", False), ("Estate of John", False),
])
def test_trusteed_name(text, matches):
    assert (TRUSTEED_NAME.search(text) is not None) is matches


def test_as_trustee_of_a_plan_or_estate():
    assert as_trustee("Acme Bank, N.A., Trustee of the Acme Corp. Retirement Plan") == (
        "Acme Bank, N.A.", "Acme Corp. Retirement Plan")
    assert as_trustee("Jane Q. Roe, as Trustee of the Estate of John A. Roe") == (
        "Jane Q. Roe", "Estate of John A. Roe")
    assert as_trustee("Jane Q. Roe, Trustee under the Will of John A. Roe") == (
        "Jane Q. Roe", None)
    assert fiduciary_capacity("Jane Q. Roe, Administrator") == ("administrator", "estate")
    assert fiduciary_capacity("Jane Q. Roe, Trustee") == ("trustee", "trust")


def test_bank_and_trust_pattern():
    assert BANK_AND_TRUST.search("Boston Safe Deposit and Trust Company")
    assert BANK_AND_TRUST.search("Acme Savings and Trust Co.")
    assert BANK_AND_TRUST.search("Acme Bank and Beta Trust Company") is None


# --- M4 and c09. two classes in one cell, each after its value; Series labels -----------------

def test_values_each_followed_by_their_class_are_read_per_class():
    # aggregate "1,000,000 shares of Class A Common Stock and 2,500,000 / shares of Class B
    # Common Stock", percent "4.3% of Class A; 62.5% of Class B", powers "Class A: n / Class B: n"
    rec = _rec("rv16_c13_shares_of_class.txt")
    assert _holdings(rec) == [
        ("Sierra Crest Holdings, Inc.", _CLASS_A, 1000000, 4.3, 1000000, 0, 1000000, 0),
        ("Sierra Crest Holdings, Inc.", _CLASS_B, 2500000, 62.5, 2500000, 0, 2500000, 0)]
    assert _codes(rec) == []


def test_every_row_written_value_then_class():
    # "1,000,000 Class A and / NUMBER OF  2,500,000 Class B" in the power rows too (c14)
    rec = _rec("rv16_c14_all_prose.txt")
    assert _holdings(rec) == [
        ("Sierra Crest Holdings, Inc.", _CLASS_A, 1000000, 4.3, 1000000, 0, 1000000, 0),
        ("Sierra Crest Holdings, Inc.", _CLASS_B, 2500000, 62.5, 2500000, 0, 2500000, 0)]
    assert _codes(rec) == []


def test_a_note_naming_each_class_is_not_read_as_its_values():
    # "1,000,000 (1)" with "(1) Includes 100,000 shares of Class A Common Stock issuable upon
    # conversion of 100,000 shares of Class B Common Stock.": one holding, as before, warned
    rec = _rec("rv16_c16_two_title_footnote.txt")
    assert _holdings(rec) == [("Sierra Crest Holdings, Inc.", None, 1000000, 4.3, 1000000, 0,
                               1000000, 0)]
    assert _codes(rec) == ["classes-in-one-cell"]


def test_series_labels_keep_their_numbers():
    # title "Series A Common Stock / Series B Common Stock"; aggregate "Series A: 1,000,000 /
    # Series B: 2,500,000"; powers and percent labelled "Class A:" / "Class B:"
    rec = _rec("rv16_c09_series.txt")
    assert _holdings(rec) == [
        ("Sierra Crest Holdings, Inc.", "Series A Common Stock", 1000000, 4.3, 1000000, 0,
         1000000, 0),
        ("Sierra Crest Holdings, Inc.", "Series B Common Stock", 2500000, 62.5, 2500000, 0,
         2500000, 0)]
    assert _codes(rec) == []


@pytest.mark.parametrize("cell, cells", [
    ("4.3% of Class A; 62.5% of Class B", [("Class A", "4.3%"), ("Class B", "62.5%")]),
    ("1,000,000 Class A shares and 2,500,000 Class B shares",
     [("Class A", "1,000,000"), ("Class B", "2,500,000")]),
    ("1,000,000 shares of Class A Common Stock and 2,500,000\n     shares of Class B Common Stock",
     [("Class A", "1,000,000"), ("Class B", "2,500,000")]),
    ("Series A: 1,000,000\n Series B: 2,500,000", [("Series A", "1,000,000"),
                                                  ("Series B", "2,500,000")]),
    ("1,000,000 shares of Class A Common Stock", []),                 # one class: no cells
    ("1,000,000 of Class A and 2,000 of Class A", []),                # a class twice
    ("Class A: 1  Series A: 2", []),                                  # one letter twice
    ("Includes 100,000 shares of Class A issuable upon conversion of 100,000 shares of Class B",
     []),
    ("1,000,000 (Class A) and 2,500,000 (Class B)", []),
    ("62.5% of the combined voting power of Class A and Class B", []),
])
def test_class_cells_value_first(cell, cells):
    assert [(label, cell[s:e].strip()) for label, s, e in class_cells(cell)] == cells


def test_value_of_class_pattern():
    m = VALUE_OF_CLASS.search("1,000,000 shares of Class A Common Stock")
    assert (m["value"], m["label"]) == ("1,000,000", "Class A")
    m = VALUE_OF_CLASS.search("62.5% of the Class B")
    assert (m["value"], m["label"]) == ("62.5%", "Class B")
    assert VALUE_OF_CLASS.search("(1) Class A") is None
    assert VALUES_OF_CLASSES_REST.match(" and\nNUMBER OF           ")
    assert VALUES_OF_CLASSES_REST.match("; ")
    assert VALUES_OF_CLASSES_REST.match(" issuable upon conversion of ") is None
    assert values_of_classes("1,000,000 Class A") == []


def test_class_title_by_letter():
    assert class_title("Class A", "Series A Common Stock Series B Common Stock") == \
        "Series A Common Stock"
    assert class_title("Series B", "Series A Common Stock Series B Common Stock") == \
        "Series B Common Stock"
    # a letter the title names twice (Class A and Series A): the label's own word only
    assert class_title("Class A", "Series A Preferred Stock Class A Common Stock") == \
        "Class A Common Stock"
    assert class_title("Class C", "Series A Common Stock") == "Class C"


# --- w08. a taxpayer number after a trust's name in prose -------------------------------------

@pytest.mark.parametrize("name", ["rv16_w08_trustee_short_then_trust_irs.txt",
                                  "rv16_w09_trustee_then_ssn.txt"])
def test_a_taxpayer_number_after_a_trust_name_is_no_part_of_it(name):
    # cover "Jane Q. Roe, as trustee of the / Roe Family Trust / 13-1234567" (w09: "S.S. No.
    # Not Applicable"), Item 2(a) the same on one line: one trust, no number in its name
    rec = _rec(name)
    assert [p.name for p in rec.parties if "Roe Family" in p.name] == ["Roe Family Trust"]
    assert _trustees(rec) == [("Jane Q. Roe", "Roe Family Trust")]
    assert _holdings(rec) == [("Jane Q. Roe", _COMMON, 800000, 6.2, 0, 800000, 0, 800000)]


def test_name_id_not_given():
    assert NAME_ID_NOT_GIVEN.sub("", "Roe Family Trust S.S. No. Not Applicable") == \
        "Roe Family Trust"
    assert NAME_ID_NOT_GIVEN.sub("", "Acme Fund, L.P., I.R.S. No.: N/A") == "Acme Fund, L.P."
    assert NAME_ID_NOT_GIVEN.sub("", "Not Applicable Holdings LLC") == \
        "Not Applicable Holdings LLC"


# === review covers16 (the rv17_* inputs): where a new reading is unsure, main's values =======

_ORDS = "Ordinary Shares, par value $0.01 per share"
_SIERRA = "Sierra Crest Holdings, Inc."
#: the front page's two titles run together, as main keeps them
_A_AND_B = f"{_CLASS_A} {_CLASS_B}"


# --- H1. a ratio after the second count of a depositary cell ----------------------------------

@pytest.mark.parametrize("name", [
    "rv17_a01_each_1000.txt",              # "625,000 ADSs, representing 1,000 Ordinary Shares each"
    "rv17_a09_ratio_1000each_nocomma.txt",  # "625,000 ADSs representing 1000 Ordinary Shares each"
    "rv17_a11_year.txt",                   # "625,000 ADSs representing 2,019 Ordinary Shares"
])
def test_a_ratio_or_fewer_shares_than_ads_keeps_the_cells_count(name):
    rec = _rec(name)
    assert _holdings(rec) == [("Wexford Lane Capital LLC", _ORDS, 625000, 9.7, 625000, 0,
                               625000, 0)]


@pytest.mark.parametrize("cell, pair", [
    ("625,000 ADSs, representing 1,000 Ordinary Shares each", None),
    ("625,000 ADSs representing 1,000 Ordinary Shares per ADS", None),
    ("625,000 ADSs representing 1,000 Ordinary Shares for every ADS", None),
    ("625,000 ADSs representing 1,000 shares of Common Stock each", None),
    ("625,000 ADSs representing 2,019 Ordinary Shares", None),      # fewer shares than ADSs
    ("1,000 Ordinary Shares (represented by 625,000 ADSs)", None),
    # the "each" of a clause of its own is no ratio of the count before it
    ("625,000 ADSs representing 1,250,000 Ordinary Shares, each ADS representing two",
     ("1,250,000", "625,000", True)),
    ("625,000 ADSs representing 1,250,000 Ordinary Shares", ("1,250,000", "625,000", True)),
])
def test_depositary_count_refuses_ratios(cell, pair):
    from graphkit.parsers.schedule13_depositary import depositary_count
    assert depositary_count(cell, _ORDS) == pair


# --- M1. a second class the title does not name, or another security -------------------------

@pytest.mark.parametrize("name", [
    "rv17_c27_upc_one_title.txt",        # "... and 2,500,000 shares of Class B Common Stock"
    "rv17_c26_classB_units_conv.txt",    # "... and 2,500,000 Class B Units (exchangeable ...)"
    "rv17_c10_warrants_B.txt",           # "... and 500,000 Class B Warrants"
    "rv17_c14_A_and_seriesB_pref.txt",   # "... and 200,000 shares of Series B Preferred Stock"
])
def test_a_second_class_the_title_does_not_name_is_no_holding(name):
    # the title names Class A Common Stock only: one holding, the titled class's, as on main
    rec = _rec(name)
    assert _holdings(rec) == [(_SIERRA, _CLASS_A, 1000000, 4.3, 1000000, 0, 1000000, 0)]
    assert "class-value-unassigned" not in _codes(rec) and "missing-value" not in _codes(rec)


def test_two_series_under_a_common_title_are_read_as_main():
    # "1,000,000 shares of Series A Preferred Stock and 500,000 shares of Series B Preferred
    # Stock" under "Common Stock", powers 3,000,000: main's reading (no Series holdings)
    rec = _rec("rv17_c11_pref_series.txt")
    assert _holdings(rec) == [(_SIERRA, "Common Stock, $0.01 par value", 1000000, 9.9, 3000000,
                               0, 3000000, 0)]


@pytest.mark.parametrize("title, sure", [
    (f"{_CLASS_A} {_CLASS_B}", True),
    ("Class A Units Class B Units", True),
    (_CLASS_A, False),                             # Class B not named
    ("Class A Common Stock Class B Units", False),  # two securities
    (None, False),
])
def test_reads_per_class(title, sure):
    from graphkit.models import Reading
    from graphkit.parsers.schedule13_class_holdings import reads_per_class
    from graphkit.parsers.schedule13_cover_page import CoverPage

    def cell(v):
        return {"aggregate": [Reading(field="aggregate", raw=str(v), value=v)]}
    cp = CoverPage(index=1, start=0, end=1, class_values={"Class A": cell(1), "Class B": cell(2)})
    assert reads_per_class([cp], title) is sure


@pytest.mark.parametrize("region, title, found", [
    ("1,000,000 shares of Class A Common Stock and 500,000 Class B Warrants", None, []),
    ("1,000,000 shares of Class A Common Stock and 2,500,000 Class B Units", _A_AND_B, []),
    ("1,000,000 shares of Class A Common Stock and 2,500,000 Class B Units", None,
     [("Class A", 0, 9), ("Class B", 45, 54)]),
    ("1,000,000 shares of Class A Common Stock and 2,500,000 shares of Class B Common Stock",
     _A_AND_B, [("Class A", 0, 9), ("Class B", 45, 54)]),
])
def test_values_of_classes_refuse_another_security(region, title, found):
    assert values_of_classes(region, title) == found


def test_other_security_after_and_same_unit():
    from graphkit.parsers.schedule13_cover_classes import OTHER_SECURITY_AFTER, same_unit
    assert OTHER_SECURITY_AFTER.match(" Warrants (exercisable)")
    assert OTHER_SECURITY_AFTER.match(" Common Stock") is None
    assert same_unit("2,500,000 Class B shares", _A_AND_B)
    assert not same_unit("200,000 shares of Series B Preferred Stock", _A_AND_B)
    assert not same_unit("2,500,000 shares of Class B Common Stock", _CLASS_A)


# --- M2. a row the per-class reading cannot read: main's values, never None -------------------

@pytest.mark.parametrize("name, title", [
    ("rv17_c29_pct_based_on.txt", None),      # "4.3% of Class A; 62.5% of Class B (1)" + note
    ("rv17_c18_pct_shares_wrap.txt", None),   # "4.3% of the outstanding Class A Common Stock"
    ("rv17_c20_numbered_rows.txt", None),     # "Class A 4.3%; Class B 62.5%"
    ("rv17_c21_A_pct_only_one.txt", None),    # "4.3% of Class A (1)" + a note on Class B
    ("rv17_c06_footmark_after.txt", None),  # "... Class B Common Stock(1)"
    ("rv17_c08_date_in_row.txt", None    ),   # "As of December 31, 2012: 1,000,000 shares ..."
    ("rv17_c07_cusip_in_row.txt", None),      # "(CUSIP 46145K104)" after each class
    ("rv17_c03_B_conv_into_count.txt", None),  # "... convertible into 2,500,000 shares of Class A"
    ("rv17_c15_A_named_twice.txt", None),     # "... issuable on conversion of Class B"
    ("rv17_c19_ads_row.txt", None),           # "(represented by 500,000 ADSs)"
    ("rv17_c04_total.txt", None    ),         # "... or 3,500,000 shares in total"
])
def test_a_row_not_read_per_class_gives_mains_values(name, title):
    # one holding with main's numbers; the title is dropped (None) where a row names both
    # classes without a value read after each and the front page runs two titles together,
    # and where the pages give values of both classes the title names (review covers17 M1)
    rec = _rec(name)
    assert _holdings(rec) == [(_SIERRA, title, 1000000, 4.3, 1000000, 0, 1000000, 0)]
    assert "class-value-unassigned" not in _codes(rec) and "missing-value" not in _codes(rec)


# --- M3. trust names with a number, a letter, a date, a beneficiary, ", Inc." or "Jr." --------

@pytest.mark.parametrize("name, trust", [
    ("rv17_m06_own_trust_II.txt", "Roe Family Trust II"),
    ("rv17_m07_own_trust_no.txt", "Roe Trust No. 2"),
    ("rv17_m08_own_trust_dashdate.txt", "Roe Trust 12-31-1999"),
    ("rv17_m09_own_trust_fbo.txt", "Roe Trust f/b/o John A. Roe"),
    ("rv17_m02_own_foundation_inc.txt", "Roe Family Foundation, Inc."),
    ("rv17_m03_own_estate_jr.txt", "Estate of John A. Roe, Jr."),
    ("rv17_m21_own_plus_trust_Trust_A.txt", "Trust A under the Will of John A. Roe"),
])
def test_a_trust_named_with_a_tail_reports_beside_its_trustees_own_cover(name, trust):
    # "Jane Q. Roe" (100,000) and "Jane Q. Roe, Trustee of <trust>" (700,000)
    rec = _rec(name)
    assert _holdings(rec) == [("Jane Q. Roe", _COMMON, 100000, 6.2, 0, 100000, 0, 100000),
                              (trust, _COMMON, 700000, 6.2, 0, 700000, 0, 700000)]
    assert _trustees(rec) == [("Jane Q. Roe", trust)]
    assert not any(c.endswith("-not-named") for c in _codes(rec))


def test_the_period_of_inc_or_jr_stays_on_the_trusts_name():
    from graphkit.parsers.schedule13_reporting import ABBREVIATION_END, dated_trust
    assert dated_trust("Jane Q. Roe, Trustee of the Roe Family Foundation, Inc.") == (
        "Jane Q. Roe", "Roe Family Foundation, Inc.")
    assert dated_trust("Jane Q. Roe, Trustee of the Roe Family Trust.") == (
        "Jane Q. Roe", "Roe Family Trust")
    assert ABBREVIATION_END.search("Estate of John A. Roe, Jr.")
    assert ABBREVIATION_END.search("Roe Family Trust.") is None


# --- M4. several capacity covers and no own cover: the unnamed ones stay the holder's ---------

def test_a_bare_trustee_cover_beside_a_named_one_is_the_trustees():
    # "Jane Q. Roe, Trustee" (100,000) and "Jane Q. Roe, Trustee of the Roe Family Trust"
    # (700,000), no cover of her own
    rec = _rec("rv17_m11_bare_plus_named_noown.txt")
    assert _holdings(rec) == [("Jane Q. Roe", _COMMON, 100000, 6.2, 0, 100000, 0, 100000),
                              ("Roe Family Trust", _COMMON, 700000, 6.2, 0, 700000, 0, 700000)]
    assert _trustees(rec) == [("Jane Q. Roe", "Roe Family Trust")]
    assert "trust-not-named" not in _codes(rec)


def test_a_custodian_cover_beside_a_trustee_cover_keeps_its_holding():
    rec = _rec("rv17_m12_custodian_plus_trustee_noown.txt")
    assert _holdings(rec) == [
        ("Jane Q. Roe, Custodian", _COMMON, 100000, 6.2, 0, 100000, 0, 100000),
        ("Roe Family Trust", _COMMON, 700000, 6.2, 0, 700000, 0, 700000)]
    assert "account-not-named" not in _codes(rec)


def test_an_executor_and_a_trustee_cover_keep_both_holdings():
    # "Jane Q. Roe, Executor" (100,000) and "Jane Q. Roe, Trustee" (700,000): no estate or
    # trust named, no cover of her own: both holdings kept, as on main
    rec = _rec("rv17_m22_two_exec_noown.txt")
    assert _holdings(rec) == [
        ("Jane Q. Roe, Executor", _COMMON, 100000, 6.2, 0, 100000, 0, 100000),
        ("Jane Q. Roe", _COMMON, 700000, 6.2, 0, 700000, 0, 700000)]
    assert not {"estate-not-named", "trust-not-named", "no-holding"} & set(_codes(rec))
