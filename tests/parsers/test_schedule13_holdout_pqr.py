"""Readings fixed after the holdout evaluations p, q and r (seventh session): real Schedule
13D/13G filings graphkit had never seen, in tests/fixtures/filings/holdout/.

Undashed I.R.S. numbers on cover pages; roles held "by virtue of his positions as (i) ... and
(ii) ..."; holders of record introduced with a descriptor and a defined term.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.models import FilingRecord
from graphkit.parse import parse_path
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_clause_patterns import SUBJECT_POSITION_AS_ROLE_OF
from graphkit.parsers.schedule13_cover_patterns import UNDASHED_IRS_NUMBER
from graphkit.source import SourceText

HOLDOUT = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "holdout"


def _record(name: str) -> FilingRecord:
    report = parse_path(HOLDOUT / name)
    assert len(report.records) == 1, report.reason
    return report.records[0]


def _names(rec: FilingRecord) -> dict[str, str]:
    return {p.id: p.name for p in rec.parties}


def _rels(rec: FilingRecord, relation: str) -> set[tuple[str, str]]:
    names = _names(rec)
    return {(names[c.source], names[c.target]) for c in rec.claims
            if c.relation.value == relation}


def _rels_of(text: str) -> list[tuple[str, str, str]]:
    return [(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="t.txt", text=text))]


# --- cover pages -----------------------------------------------------------------------------

def test_undashed_irs_number_of_an_organization():
    # line 139: "BARCLAYS GLOBAL INVESTORS, NA.,  943112180"
    rec = _record("2009_SC_13G_844161.txt")
    bgi = next(p for p in rec.parties if p.name.startswith("BARCLAYS GLOBAL INVESTORS, NA"))
    assert [i.value for i in bgi.identifiers if i.scheme.value == "irs_ein"] == ["94-3112180"]


@pytest.mark.parametrize("text, ein", [
    ("BARCLAYS GLOBAL INVESTORS, NA.,  943112180\n", "943112180"),
    ("Acme Fund  12-3456789", None),       # dashed: read by IRS_NUMBER
    ("Acme Fund 1234567890", None),        # ten digits
    ("Acme Fund 943,112,180", None),       # a count
    ("CUSIP 94311218X", None),
])
def test_undashed_irs_number_pattern(text, ein):
    m = UNDASHED_IRS_NUMBER.search(text)
    assert (m["ein"] if m else None) == ein


# --- prose -----------------------------------------------------------------------------------

def test_roles_by_virtue_of_his_positions_as_i_and_ii():
    # lines 159-163: "David A. Rocker possesses sole power ... by virtue of his positions as
    # (i) the sole managing partner of Rocker Partners and (ii) the president of Rocker
    # Offshore Management Company, Inc., the investment advisor to Compass Holdings."
    rec = _record("2005_SC_13G_1178056.txt")
    assert ("David A. Rocker", "Rocker Partners, L.P.") in _rels(rec, "general_partner_of")
    assert ("David A. Rocker", "Rocker Offshore Management Company, Inc.") in \
        _rels(rec, "officer_of")
    assert ("Rocker Offshore Management Company, Inc.", "Compass Holdings, Ltd.") in \
        _rels(rec, "investment_manager_of")


def test_record_holders_with_a_descriptor_and_a_defined_term():
    # lines 154-159: 'Rocker Partners, L.P., a New York limited partnership ("Rocker
    # Partners"), holds 541,710 shares ... and Compass Holdings, Ltd., a corporation organized
    # under the International Business Companies Ordinance of the British Virgin Islands
    # ("Compass Holdings"), holds 318,326 shares'; Mr. Rocker's 860,036 is their total
    rec = _record("2005_SC_13G_1178056.txt")
    names = _names(rec)
    held = {names[c.source]: c.shares for c in rec.claims
            if c.relation.value == "beneficial_owner_of"}
    assert held == {"David A. Rocker": 860036, "Rocker Partners, L.P.": 541710,
                    "Compass Holdings, Ltd.": 318326}


@pytest.mark.parametrize("text, found", [
    ("Acme GP LLC may be deemed to own the shares because of its position as general partner "
     "of Acme Fund, L.P.", [("general_partner_of", "Acme GP LLC", "Acme Fund, L.P.")]),
    ("Jane Q. Roe may be deemed to own the shares by virtue of her position as managing member "
     "of Acme Capital LLC.", [("managing_member_of", "Jane Q. Roe", "Acme Capital LLC")]),
    # the pronoun is not the subject's: Mr. Roe, not Acme Fund, is the managing member
    ("Acme Fund, L.P. holds 100 shares, and Mr. Roe may be deemed to own them by virtue of his "
     "position as managing member of Acme GP LLC.", []),
    ("Jane Q. Roe disclaims ownership, other than by virtue of her role as trustee of the Roe "
     "Family Trust.", [("trustee_of", "Jane Q. Roe", "Roe Family Trust")]),
])
def test_subject_position_as_role_of(text, found):
    assert [r for r in _rels_of(text) if r[0] != "beneficial_owner_of"] == found


def test_subject_position_pattern_reads_both_listed_roles():
    m = SUBJECT_POSITION_AS_ROLE_OF.search(
        "Jane Q. Roe votes the shares by virtue of her positions as (i) the sole managing "
        "partner of Acme Partners and (ii) the president of Acme Management, Inc.")
    assert (m["holder"], m["role"], m["held"], m["role2"], m["held2"]) == (
        "Jane Q. Roe", "the sole managing partner", "Acme Partners", "the president",
        "Acme Management, Inc.")
