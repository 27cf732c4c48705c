"""Readings fixed from the leftovers of earlier evaluations (ninth session, prose9).

"each of A, B and Mr. Roe (by virtue of their relationships to D) may be deemed to indirectly
beneficially own the Shares which D owns" (each controls D: ``control_person_of``), with an
amendment's undefined short names of its reporting persons ("Acme" for "Acme Partners");
"X shares voting and investment powers ... with two co-trustees of Y" (X is a trustee of Y);
Instruction C rosters typed with one tab between columns, positions wrapped onto the next
lines, and abbreviated titles ("Sr. V.P.", "Mng. Director", "Gen'l Counsel").
"""

from __future__ import annotations

import pytest

from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_lists import trim_name
from graphkit.parsers.prose_clause_patterns import (
    RELATIONSHIP_DEEMED_OWNER, RELATIONSHIP_DEEMED_OWNER_CUE, SHARES_WITH_CO_TRUSTEES,
    SHARES_WITH_CO_TRUSTEES_CUE)
from graphkit.parsers.schedule13_roster_tabs import tab_cells, tab_table_labels
from graphkit.parsers.schedule13_roster_titles import OFFICER_TITLE, read_roles
from graphkit.parsers.xml_prose import filer_by_leading_words
from graphkit.parsers.xmldoc import add_party
from graphkit.source import SourceText
from tests.holdout import holdout_record, relation_pairs


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


def _holder_held(pattern, cue, text: str) -> tuple[str, str]:
    """(holder, held) of the first match of ``pattern`` in ``text``, whose ``cue`` it holds."""
    assert cue.search(text)
    m = pattern.search(text)
    return m["holder"], trim_name(m["held"])


# --- 1. "(by virtue of their relationships to D) may be deemed to ... own" -----------------

def test_icahn_am85_relationship_deemed_owners():
    # l.223: "each of High Coast, Little Meadow and Mr. Icahn (by virtue of their relationships
    # to CCI Onshore) may be deemed to indirectly beneficially own the Depositary Units which
    # CCI Onshore owns"; l.225-231 the same of Gascon, High Coast, Highcrest and Thornwood (the
    # short names are defined in no part of this amendment)
    rec = holdout_record("icahn_iep_2026_schedule13da_am85.xml")
    icahn = "Carl C. Icahn"
    assert relation_pairs(rec, "control_person_of") == {
        ("High Coast Limited Partnership", "CCI Onshore LLC"),
        ("Little Meadow Corp.", "CCI Onshore LLC"), (icahn, "CCI Onshore LLC"),
        ("Little Meadow Corp.", "Gascon Partners"), (icahn, "Gascon Partners"),
        ("Little Meadow Corp.", "High Coast Limited Partnership"),
        (icahn, "High Coast Limited Partnership"),
        ("Starfire Holding Corporation", "Highcrest Investors LLC"),
        (icahn, "Highcrest Investors LLC"),
        ("Barberry Corp.", "Thornwood Associates Limited Partnership"),
        (icahn, "Thornwood Associates Limited Partnership")}
    assert len(rec.parties) == 10  # no party for a short name ("Gascon")


_DEEMED = (RELATIONSHIP_DEEMED_OWNER, RELATIONSHIP_DEEMED_OWNER_CUE)
_CO_TRUSTEES = (SHARES_WITH_CO_TRUSTEES, SHARES_WITH_CO_TRUSTEES_CUE)


@pytest.mark.parametrize("pattern, text, holder, held", [
    (_DEEMED, "each of Acme GP, Acme Holdings and Mr. Roe (by virtue of their relationships to "
     "Acme Fund) may be deemed to indirectly beneficially own the Shares which Acme Fund owns",
     "each of Acme GP, Acme Holdings and Mr. Roe", "Acme Fund"),
    (_DEEMED, "Acme Offshore and Mr. Roe, by virtue of their relationships to Acme Master (as "
     "disclosed in Item 2), may be deemed to indirectly beneficially own the Shares",
     "Acme Offshore and Mr. Roe", "Acme Master"),
    (_DEEMED, "Jane Q. Roe, by reason of her relationship with Acme Corp., may be deemed to "
     "beneficially own the shares", "Jane Q. Roe", "Acme Corp."),
    (_CO_TRUSTEES, "Mr. Roe shares voting and investment powers as to 72,780 shares with two "
     "co-trustees of The Roe Family Foundation.", "Mr. Roe", "Roe Family Foundation"),
    (_CO_TRUSTEES, "Jane Q. Roe shares dispositive power with the other co-trustee of the Roe "
     "Trust.", "Jane Q. Roe", "Roe Trust"),
    (_CO_TRUSTEES, "As of the date hereof, Mr. Roe has shared voting power over 500 shares with "
     "his Co-Trustees of the Roe 1990 Trust.", "Mr. Roe", "Roe 1990 Trust"),
])
def test_prose9_pattern(pattern, text, holder, held):
    assert _holder_held(*pattern, text) == (holder, held)


@pytest.mark.parametrize("pattern, text", [
    # no deemed holding: a disclaimer, a relationship of no party, a contract
    (_DEEMED, "Mr. Roe (by virtue of his relationship to Acme Fund) disclaims beneficial "
     "ownership"),
    (_DEEMED, "Mr. Roe may be deemed to beneficially own the shares by virtue of his "
     "relationship to them"),
    (_DEEMED, "There are no contracts or relationships with any third parties regarding the "
     "Shares"),
    (_DEEMED, "Acme Fund, by virtue of its relationship to the Issuer, is an affiliate"),
    # the trustees alone hold the role; the holder is no subject; no sharing
    (_CO_TRUSTEES, "Mr. Roe shares voting power with the trustees of the Roe Trust."),
    (_CO_TRUSTEES, "The shares held by Mr. Roe are voted with the co-trustees of the Roe Trust."),
    (_CO_TRUSTEES, "Mr. Roe is a co-trustee of the Roe Trust."),
])
def test_prose9_pattern_negative(pattern, text):
    assert pattern[0].search(text) is None


def test_relationship_deemed_owner_reads_each_holder():
    found = _found("Pursuant to Rule 13d-3, each of Acme GP and Mr. Roe (by virtue of their "
                   "relationships to Acme Fund) may be deemed to indirectly beneficially own "
                   "the Shares which Acme Fund owns.")
    assert {x for x in found if x[0] == "control_person_of"} == {
        ("control_person_of", "Acme GP", "Acme Fund"),
        ("control_person_of", "Mr. Roe", "Acme Fund")}


def test_filer_by_leading_words():
    book = PartyBook()
    acme = add_party(book, "Acme Partners", roles=["reporting_person"])
    beta = add_party(book, "Beta Holding Corporation", roles=["reporting_person"])
    roe = add_party(book, "Jane Q. Roe", roles=["reporting_person"])
    filers = [acme, beta, roe]
    assert filer_by_leading_words("Acme", filers, book) is acme
    assert filer_by_leading_words("Beta Holding", filers, book) is beta
    assert filer_by_leading_words("Jane", filers, book) is None  # a person: no short name
    assert filer_by_leading_words("Acme Partners", filers, book) is None  # the whole name
    assert filer_by_leading_words("Acme LLC", filers, book) is None  # a legal form
    add_party(book, "Acme Partners II", roles=["named"])
    assert filer_by_leading_words("Acme", filers, book) is None  # two parties open so


# --- 2. "X shares ... powers ... with two co-trustees of Y" ----------------------------------

def test_neubauer_shares_with_co_trustees():
    # l.287-289: "Mr. Neubauer shares voting and investment powers  as to 72,780 shares / with
    # two co-trustees of The Neubauer Family Foundation."
    # (the co-trustees the next sentence names: test_leftovers10_prose)
    rec = holdout_record("1994_SC_13DA_757523.txt")
    assert ("Joseph Neubauer", "Neubauer Family Foundation") in relation_pairs(rec, "trustee_of")


# --- 3. tab-separated Instruction C rosters --------------------------------------------------

def test_fmr_tab_roster():
    # l.290-317: "POSITION WITH" / "<tabs>PRINCIPAL" / "NAME\tFMR CORP.\tOCCUPATION" /
    # "J. Gary Burkhead\tDirector\tPresident-Fidelity" / "Caleb Loring, Jr.\tDirector,\tDirector,
    # FMR" / "\tMng. Director" / "James C. Curvey\tDirector, \tSr. V.P., FMR" / "\tSr. V.P." /
    # "Robert C. Pozen\tSr. V.P. & Gen'l\tSr. V.P. & Gen'l" / "\tCounsel\tCounsel, FMR" /
    # "Denis McCarthy\tSr. Vice Pres. - \tVice Pres., Chief" / "Chief Financial\tFinancial
    # Officer," / "Officer\tFMR"
    rec = holdout_record("1994_SC_13DA_830134.txt")
    fmr = "FMR Corp."
    assert relation_pairs(rec, "director_of") == {
        (n, fmr) for n in ("Edward C. Johnson 3d", "J. Gary Burkhead", "Caleb Loring, Jr.",
                           "James C. Curvey")}
    names = {p.id: p.name for p in rec.parties}
    titles = {names[c.source]: c.title for c in rec.claims if c.relation.value == "officer_of"}
    assert titles == {"Edward C. Johnson 3d": "Chairman",  # the prose's, read first
                      "Caleb Loring, Jr.": "Mng. Director", "James C. Curvey": "Sr. V.P.",
                      "William L. Byrnes": "Vice Chairman, Mng. Director",
                      "Robert C. Pozen": "Sr. V.P., Gen'l Counsel", "Mark Peterson": "Exec. V.P.",
                      "Denis McCarthy": "Sr. Vice Pres.",
                      # l.263-269, the signature: "FMR Corp." / "By: /s/Arthur Loring" /
                      # "Arthur Loring" / "Vice President-Legal" (leftovers 11)
                      "Arthur Loring": "Vice President-Legal"}
    assert "Chief Financial" not in names.values()  # a wrapped position starts no row


@pytest.mark.parametrize("line, above, labels", [
    ("NAME\tACME CORP.\tOCCUPATION", ["POSITION WITH", "PRINCIPAL"],
     ["NAME", "POSITION WITH ACME CORP.", "OCCUPATION"]),
    ("Name\tTitle\tPrincipal Occupation", ["SCHEDULE A"],
     ["Name", "Title", "Principal Occupation"]),
    ("Name and Address\tPosition", [], ["Name and Address", "Position"]),
])
def test_tab_table_labels(line, above, labels):
    assert tab_table_labels(line, above) == labels


@pytest.mark.parametrize("line", [
    "Jane Q. Roe\tDirector\tPresident",   # a row, not a header
    "NAME  POSITION  OCCUPATION",           # no tab: a fixed-column header
    "Name\t",                               # one cell
    "The names of the directors\tare set forth below\tin Schedule A",
])
def test_tab_table_labels_negative(line):
    assert tab_table_labels(line, ["POSITION WITH"]) is None


def test_tab_cells():
    assert tab_cells("Caleb Roe, Jr.\tDirector,\tDirector, Acme") == (
        "Caleb Roe, Jr.", ["Director,", "Director, Acme"])
    assert tab_cells("\tMng. Director") == ("", ["Mng. Director"])
    assert tab_cells("Chief Financial\tFinancial Officer,") == (
        "Chief Financial", ["Financial Officer,"])


@pytest.mark.parametrize("text, title", [
    ("Sr. V.P. & Gen'l Counsel", "Sr. V.P."), ("Exec. V.P.-Management Resources", "Exec. V.P."),
    ("Sr. Vice Pres. - Chief Financial Officer", "Sr. Vice Pres."),
    ("Mng. Director", "Mng. Director"), ("Gen'l Counsel", "Gen'l Counsel"),
])
def test_officer_title_abbreviations(text, title):
    assert OFFICER_TITLE.match(text).group() == title


@pytest.mark.parametrize("text", ["V.Pres. Sales", "Mng Partner",
                                  "Generally Counsel"])
def test_officer_title_abbreviations_negative(text):
    m = OFFICER_TITLE.match(text)
    assert m is None


def test_read_roles_abbreviated():
    assert read_roles("Director, Mng. Director") == (True, ["Mng. Director"])
