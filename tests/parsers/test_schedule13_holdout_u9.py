"""Readings fixed after the holdout evaluation u (ninth session): real Schedule 13D/13G filings
graphkit had never seen, in tests/fixtures/filings/holdout/.

An appositive "X, as the general partner of Y, and A and B (by virtue of ...), have" whose
names after ", and" are further subjects, not held; counted roles in a list of roles ("sole
shareholder, 1 of 2 directors and the President of"); a second complement of one "is" ("is a
Canadian citizen and the sole shareholder of"); a joint filers' cover name printed above
row 1's caption ("Acme Investments, Ltd. and Jane Q. Roe") read as its two parties, and a
header filer name "ACME LTD & ROE JANE Q" as the two parties found in the text; Item 7
subsidiaries marked "(IA)" inline with an I.R.S. number, or in a sentence "The relevant
subsidiaries are X (IA) and Y (IA)"; a "plus" figure after a long "as reported in ..." clause.
"""

from __future__ import annotations

import re

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.schedule13_cover_names import read_name_above
from graphkit.parsers.schedule13_cover_patterns import NAME_LINE_ABOVE
from graphkit.parsers.schedule13_header import JOINT_HEADER_NAME, joint_header_parties
from graphkit.parsers.schedule13_outstanding import read_outstanding
from graphkit.parsers.schedule13_joint_names import PERSON_WITH_INITIAL, joint_parties
from graphkit.parsers.schedule13_subsidiaries import (SUBSIDIARIES_ARE, SUBSIDIARY_LINE,
                                                      read_subsidiaries_sentence)
from graphkit.parse import parse_path
from graphkit.parsers.prose_appositives import SUBJECTS_AFTER, as_role_held
from graphkit.parsers.prose_clause_patterns import SUBJECT_IS_A_AND_ROLE_OF
from graphkit.parsers.prose_patterns import HOLDER_IS_ROLE_OF
from graphkit.source import SourceText
from tests.holdout import holdout_record as _record, relation_pairs as _rels


def _rels_of(text: str) -> list[tuple[str, str, str]]:
    return [(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="t.txt", text=text))]


# --- "X, as the general partner of Y, and A and B (...), have" -------------------------------

_INC, _LTD = "Coconut Palm Capital Investors II, Inc.", "Coconut Palm Capital Investors II, Ltd."


def test_appositive_then_further_subjects():
    rec = _record("2004_SC_13D_95366.txt")
    # lines 1767-1770: "Coconut Palm Inc., as the sole general partner of Coconut Palm, and
    # Richard C. Rochon and Mario B. Ferrari (by virtue of their control of Coconut Palm Inc.),
    # have the shared power to vote"
    assert _rels(rec, "general_partner_of") == {(_INC, _LTD)}


@pytest.mark.parametrize("text,expected", [
    ("Acme GP, as the general partner of Acme Fund, and Jane Q. Roe and John A. Doe (by virtue "
     "of their control of Acme GP), have the shared power to vote.",
     [("general_partner_of", "Acme GP", "Acme Fund"),   # and the aside (test_leftovers10_prose)
      ("control_person_of", "Jane Q. Roe", "Acme GP"),
      ("control_person_of", "John A. Doe", "Acme GP")]),
    ("Acme GP, as general partner of Acme Fund, and Jane Q. Roe may be deemed to own them.",
     [("general_partner_of", "Acme GP", "Acme Fund")]),
    ("Acme GP, as general partner of Acme Fund, and Jane Q. Roe, as trustee of the Roe Trust, "
     "may be deemed to own them.",
     [("general_partner_of", "Acme GP", "Acme Fund"), ("trustee_of", "Jane Q. Roe", "Roe Trust")]),
    # a list with its last comma: every name is held
    ("Acme GP, as general partner of Acme Fund, L.P., and Beta Fund, L.P., may be deemed to own.",
     [("general_partner_of", "Acme GP", "Acme Fund, L.P."),
      ("general_partner_of", "Acme GP", "Beta Fund, L.P.")]),
    ("Acme GP, as general partner of Acme Fund, Beta Fund, and Gamma Fund, has the power.",
     [("general_partner_of", "Acme GP", "Acme Fund"), ("general_partner_of", "Acme GP", "Beta Fund"),
      ("general_partner_of", "Acme GP", "Gamma Fund")]),
])
def test_as_role_of_then_subjects(text, expected):
    assert _rels_of(text) == expected


@pytest.mark.parametrize("after,found", [
    (" (by virtue of their control of Acme GP), have", True),
    (" (in their capacity as managers), may", True),
    (", as trustee of the Roe Trust, may", True),
    (" have the shared power", True),
    (" may be deemed", True),
    (", may be deemed", False),            # the appositive closed after the whole list
    (' (collectively, the "Funds"), may', False),
    (", has the power", False),
    (".", False),
])
def test_subjects_after_pattern(after, found):
    assert (SUBJECTS_AFTER.match(after) is not None) is found


def test_as_role_held_keeps_a_plain_list():
    flat = "Acme GP, as general partner of Acme Fund, and Beta Fund (the Funds), may"
    m = re.search(r"(?P<held>Acme Fund, and Beta Fund)", flat)
    assert as_role_held(flat, m, "held") == "Acme Fund, and Beta Fund"


# --- counted roles in a list; a second complement of "is" ------------------------------------

def test_counted_director_and_officer_roles():
    rec = _record("2004_SC_13D_95366.txt")
    # lines 1618-1619: "Mr. Rochon is the sole shareholder, 1 of 2 directors and the President
    # of Coconut Palm Inc."; lines 1643-1644: "Mr. Ferrari is 1 of 2 directors and the Vice
    # President of Coconut Palm Inc."
    assert _rels(rec, "shareholder_of") == {("RICHARD C. ROCHON", _INC)}
    assert _rels(rec, "director_of") == {("RICHARD C. ROCHON", _INC), ("MARIO B. FERRARI", _INC)}
    titles = {(c.source, c.facts().get("title")) for c in rec.claims
              if c.relation.value == "officer_of"}
    names = {p.id: p.name for p in rec.parties}
    assert {(names[s], t) for s, t in titles} == {("RICHARD C. ROCHON", "President"),
                                                  ("MARIO B. FERRARI", "Vice President")}


@pytest.mark.parametrize("text,expected", [
    ("Mr. Roe is sole shareholder, 1 of 2 directors and the President of Acme Inc.",
     [("shareholder_of", "Mr. Roe", "Acme Inc."), ("director_of", "Mr. Roe", "Acme Inc."),
      ("officer_of", "Mr. Roe", "Acme Inc.")]),
    ("Mr. Roe is 1 of 2 directors and the Vice President of Acme Inc.",
     [("director_of", "Mr. Roe", "Acme Inc."), ("officer_of", "Mr. Roe", "Acme Inc.")]),
    ("Mr. Roe is the President and one of three directors of Acme Inc.",
     [("officer_of", "Mr. Roe", "Acme Inc."), ("director_of", "Mr. Roe", "Acme Inc.")]),
    ("Mr. Roe is one of the directors of Acme Inc.", [("director_of", "Mr. Roe", "Acme Inc.")]),
    ("Mr. Roe owns 1 of 2 shares of Acme Inc.", []),
])
def test_counted_roles(text, expected):
    assert _rels_of(text) == expected
    assert (HOLDER_IS_ROLE_OF.search(text) is not None) is bool(expected)


def test_sole_shareholder_after_citizenship():
    rec = _record("1999_SC_13G_97196.txt")
    # lines 258-259: "Mr. Mauran is a Canadian citizen and the sole shareholder of Eurocredit
    # Investments, Ltd."
    assert _rels(rec, "shareholder_of") == {("Richard C.W. Mauran", "Eurocredit Investments, Ltd.")}


@pytest.mark.parametrize("text,held", [
    ("Jane Q. Roe is a Canadian citizen and the sole shareholder of Acme Ltd.", "Acme Ltd."),
    ("Acme Ventures is a corporation engaged in investing and is the general partner of Acme LP.",
     "Acme LP."),
    ("Acme Fund is a Delaware limited partnership and the general partner of Acme Fund is Acme "
     "GP.", None),
    ("Jane Q. Roe is a citizen of Canada, and the sole shareholder of Acme Ltd. is John Doe.",
     None),
])
def test_subject_is_a_and_the_role_pattern(text, held):
    m = SUBJECT_IS_A_AND_ROLE_OF.search(text)
    assert (m["held"] if m else None) == held


# --- joint filers named above row 1's caption ------------------------------------------------

_EURO, _MAURAN = "Eurocredit Investments, Ltd.", "Richard C.W. Mauran"


def _holdings(rec) -> dict[str, int]:
    names = {p.id: p.name for p in rec.parties}
    return {names[c.source]: c.facts()["shares"] for c in rec.claims
            if c.relation.value == "beneficial_owner_of"}


def test_joint_filers_above_the_caption():
    rec = _record("1999_SC_13G_97196.txt")
    # lines 166-169: "Eurocredit Investments, Ltd. and Richard C.W. Mauran" / "00-000000" /
    # "____" / "1.   NAME OF REPORTING PERSONS"; line 193: "709,128 total shares ..."
    assert _holdings(rec) == {_EURO: 709128, _MAURAN: 709128}
    kinds = {p.name: p.kind.value for p in rec.parties if "reporting_person" in
             [r.value for r in p.roles]}
    assert kinds == {_EURO: "organization", _MAURAN: "person"}
    assert not any(w.code == "reporting-person-from-header" for w in rec.warnings)


def test_joint_header_name_is_its_two_parties(tmp_path):
    # the same filing with the cover's name line gone: the header's "EUROCREDIT INVESTMENTS LTD
    # & MAURAN RICHARD C W" names the two parties of Item 2, never a merged third party
    from tests.holdout import HOLDOUT
    text = (HOLDOUT / "1999_SC_13G_97196.txt").read_text()
    path = tmp_path / "1999_SC_13G_97196.txt"
    path.write_text(text.replace("Eurocredit Investments, Ltd. and Richard C.W. Mauran\n", "\n", 1))
    [rec] = parse_path(path).records
    assert _holdings(rec) == {_EURO: 709128, _MAURAN: 709128}
    assert not any("&" in p.name for p in rec.parties)


@pytest.mark.parametrize("text,name", [
    ("CUSIP No. 123456789    13G\n\nAcme Investments, Ltd. and Jane Q. Roe\n00-000000\n____\n"
     "1.   NAME OF REPORTING PERSONS\n", "Acme Investments, Ltd. and Jane Q. Roe"),
    ("\nJane Q. Roe\n\n1. NAME OF REPORTING PERSON\n", None),           # no I.R.S. number
    ("\nJane Q. Roe\n12-3456789\n\n1. NAME OF REPORTING PERSON\n", "Jane Q. Roe"),
    ("\n     Beta Systems, Inc.\n____\n1. NAME OF REPORTING PERSON\n", None),  # the issuer
    ("\nCommon Stock\n____\n1. NAME OF REPORTING PERSON\n", None),     # a page heading
    ("\nSCHEDULE 13G\n\n1. NAME OF REPORTING PERSON\n", None),          # a heading
    ("the shares are held by\nAcme Investments, Ltd.\n1. NAME OF REPORTING PERSON\n", None),
    ("\nNotes\n\n1. NAME OF REPORTING PERSON\n", None),                   # no party's name
    ("\nAcme Investments, Ltd.\n\nSee Item 2  1. NAME OF REPORTING PERSON\n", None),
])
def test_read_name_above(text, name):
    r = read_name_above(SourceText(path="x.txt", text=text), text, text.index("NAME OF"))
    assert (r.value if r else None) == name


@pytest.mark.parametrize("line,found", [
    ("Acme Investments, Ltd. and Jane Q. Roe", True), ("  Acme & Co., Inc.", True),
    ("Acme Investments  Ltd.", False), ("the shares of Acme", False),
])
def test_name_line_above_pattern(line, found):
    assert (NAME_LINE_ABOVE.match(line) is not None) is found


@pytest.mark.parametrize("name,expected", [
    ("Acme Investments, Ltd. and Jane Q. Roe", ("Acme Investments, Ltd.", "Jane Q. Roe")),
    ("Jane Q. Roe and Acme Holdings, Inc.", ("Jane Q. Roe", "Acme Holdings, Inc.")),
    ("Acme Fund, L.P. and Acme GP, LLC", ("Acme Fund, L.P.", "Acme GP, LLC")),
    ("Roe and Company", None), ("Acme Research and Management Inc.", None),
    ("Acme Research and Development Holdings, Inc.", None),
    ("Jane Q. Roe and John A. Doe", None),   # two persons: two_persons()
])
def test_joint_parties(name, expected):
    assert joint_parties(name) == expected


@pytest.mark.parametrize("name,found", [
    ("Jane Q. Roe", True), ("Richard Q.R. Doe", True), ("J. Gary Roe, Jr.", True),
    ("Acme Research", False), ("Jane Roe", False),
])
def test_person_with_initial_pattern(name, found):
    assert (PERSON_WITH_INITIAL.match(name) is not None) is found


@pytest.mark.parametrize("name,found", [
    ("ACME INVESTMENTS LTD & ROE JANE Q", True), ("ACME HOLDINGS INC & ROE JANE", True),
    ("ROE & CO INC", False), ("ACME & BETA PARTNERS", False),
])
def test_joint_header_name_pattern(name, found):
    assert (JOINT_HEADER_NAME.match(name) is not None) is found


def test_joint_header_parties_need_both_found():
    book = PartyBook()
    book.add("Acme Investments, Ltd.")
    assert joint_header_parties(book, "ACME INVESTMENTS LTD & ROE JANE Q") == []


# --- Item 7 subsidiaries given inline ---------------------------------------------------------

def test_item7_subsidiaries_inline():
    rec = _record("1995_SC_13G_3499.txt")
    # lines 247-248: "Evergreen Asset Management Group (IA)           13-2682544" /
    # "Lieber and Company (IA)                         13-2639722"
    assert _rels(rec, "parent_of") == {
        ("First Union Corporation", "Evergreen Asset Management Group"),
        ("First Union Corporation", "Lieber and Company")}


@pytest.mark.parametrize("line,name,cls", [
    ("   Acme Asset Management Group (IA)           13-2682544", "Acme Asset Management Group",
     "IA"),
    ("   Roe and Company (BK)", "Roe and Company", "BK"),
    ("   Acme Management Limited             3(e)", "Acme Management Limited", "3(e)"),
    ("   Acme Holdings (UK)           13-2682544", None, None),   # no classification
    ("   Acme Holdings (IA) is a subsidiary", None, None),
])
def test_subsidiary_line_pattern(line, name, cls):
    m = SUBSIDIARY_LINE.match(line)
    assert ((m["name"], m["class"] or m["code"]) if m else (None, None)) == (name, cls)


@pytest.mark.parametrize("text,names", [
    ("The relevant subsidiaries are Acme Asset Management Group (IA) and Roe and Company (IA).",
     ["Acme Asset Management Group", "Roe and Company"]),
    ("The subsidiaries are Acme Bank (BK), Beta Advisers LLC (IA), and Gamma Trust (BK).",
     ["Acme Bank", "Beta Advisers LLC", "Gamma Trust"]),
    ("The subsidiaries are listed in Exhibit A.", []),
    ("The relevant subsidiary is Acme Holdings (UK).", []),
])
def test_subsidiaries_sentence(text, names):
    src = SourceText(path="x.txt", text=text)
    assert [s.name for s in read_subsidiaries_sentence(src, 0, len(text))] == names
    assert (SUBSIDIARIES_ARE.search(text) is not None) is bool(names)


# --- outstanding: "plus" after a long source clause -------------------------------------------

def test_outstanding_plus_after_long_clause():
    rec = _record("2023_SC_13DA_1409269.txt")
    # lines 278-280: "Based on 67,584,573 shares of Common Stock outstanding as of November 8,
    # 2022, as reported in the Issuer's Quarterly Report on Form 10-Q (the "Form 10-Q") for the
    # quarter ended September 30, 2022 filed with the Securities and Exchange Commission on
    # November 10, 2022, plus 1,750,000 additional shares of the Common Stock issued by the
    # Issuer on November 18, 2022"
    assert rec.outstanding_shares.value == 69334573


@pytest.mark.parametrize("text,value", [
    ("Based on 1,000,000 shares outstanding as of May 1, 2022, as reported in the Issuer's "
     "Quarterly Report on Form 10-Q for the quarter ended March 31, 2022 filed with the "
     "Securities and Exchange Commission on May 10, 2022, plus 50,000 additional shares of "
     "Common Stock issued by the Issuer", 1050000),
    ("Based on 1,000,000 shares outstanding as of May 1, 2022, as reported in the Issuer's "
     "Quarterly Report on Form 10-Q for the quarter ended March 31, 2022 filed with the "
     "Securities and Exchange Commission on May 10, 2022, plus 50,000 shares issuable upon "
     "exercise of warrants held by the Reporting Person", 1000000),
])
def test_outstanding_plus_reach(text, value):
    assert read_outstanding(SourceText(path="x.txt", text=text)).value == value


@pytest.mark.parametrize("name", [
    "J.H. Roe and Co., LLC", "John A. Doe and Associates, LLC", "W.P. Roe and Co., Ltd.",
    "Jane Q. Roe and Company, Inc.", "Jane Q. Roe and Partners, L.P.", "J. Roe and Sons, Inc.",
    "F. Kenneth Roe and Sons Co.", "T. Roe Price and Associates, Inc.",
    "Acme Holdings, Inc. and Subsidiaries, Inc.",
    "Acme Ltd. and its wholly-owned subsidiary Acme Co.",
])
def test_firm_names_holding_and_stay_one_party(name):
    # review: "J.H. Roe and Co., LLC" was split into a person 'J.H. Roe' and a party 'Co., LLC',
    # each given the whole cover's shares
    assert joint_parties(name) is None


@pytest.mark.parametrize("text, held", [
    # review: a further subject after a comma and "each"
    ("Acme GP, as the general partner of Acme Fund, and Acme Partners, L.P., each may be "
     "deemed to beneficially own the Shares.", ["Acme Fund"]),
    ("Acme GP, as general partner of Acme Fund, Beta Fund, and Gamma Fund, may vote the "
     "shares.", ["Acme Fund", "Beta Fund", "Gamma Fund"]),
])
def test_further_subject_after_comma_each(text, held):
    from graphkit.parsers.prose import find_relationships
    found = find_relationships(SourceText(path="t.txt", text=text))
    assert [f.held for f in found if f.relation.value == "general_partner_of"] == held


@pytest.mark.parametrize("line, names", [
    # review: a line naming the classification only is no subsidiary
    ("Investment Adviser (IA)\n", []),
    ("Parent Holding Company (HC)\n", []),
    ("Acme Asset Management Group (IA)           13-2682544\n", ["Acme Asset Management Group"]),
    ("Acme Bank, N.A. (BK)\n", ["Acme Bank, N.A."]),
])
def test_item7_classification_lines(line, names):
    from graphkit.parsers.schedule13_subsidiaries import read_item7_subsidiaries
    src = SourceText(path="x.txt", text="Item 7.\n\n" + line)
    assert [s.name for s in read_item7_subsidiaries(src, 0, len(src.text))] == names


@pytest.mark.parametrize("name, found", [
    ("Investment Adviser", True), ("an investment advisor", True), ("Bank", True),
    ("Broker-Dealer", True), ("Employee Benefit Plan", True),
    ("Acme Investment Adviser LLC", False), ("Acme Bank", False),
])
def test_classification_name_pattern(name, found):
    from graphkit.parsers.schedule13_subsidiaries import CLASSIFICATION_NAME
    assert (CLASSIFICATION_NAME.fullmatch(name) is not None) is found
