"""Review covers15 leftovers (M2, M4, c09, w08) of the Schedule 13D/13G cover pages.

The made-up filings are review covers15's (``tests/fixtures/filings/covers15/rv16_*``, parties
invented); every value asserted is the one the made-up filing prints.
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
