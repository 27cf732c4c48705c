"""Compact cover rows typed "Item N." instead of "Item N:" (session 46, cp46).

Real filing: the 2017 SC 13G of FMR LLC on NorthStar Realty Finance
(``fixtures/filings/2017_SC_13G_1273801.txt``), its compact cover rows "Item 1: \\tReporting
Person - FMR LLC" typed "Item 1. \\t..."
(``fixtures/filings/cp46/2017_SC_13G_1273801_item_dot.txt``): the rows went unread, the issuer
took the EDGAR header's name and both holdings were lost.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_cover_compact import COMPACT_ROW

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


@pytest.mark.parametrize("line, num, value", [
    ("Item 9: \t   \t15,008,699", "9", "15,008,699"),
    ("Item 9. \t   \t15,008,699", "9", "15,008,699"),
    ("Item 1. \t   \tReporting Person - Acme Holdings LLC", "1",
     "Reporting Person - Acme Holdings LLC"),
    ("Item 1(a). \t    \tName of Issuer:", None, None),
    ("Item 4. Ownership", None, None),   # no tab after the stop: a heading of the statement
])
def test_compact_row_reads_a_colon_or_a_full_stop(line, num, value):
    m = COMPACT_ROW.search(line)
    assert (m and m["num"], m and m["value"]) == (num, value)


def _links(path: Path) -> set[tuple]:
    """Every claim of ``path``'s one record by its parties' names, with its numbers."""
    [rec] = parse_path(path).records
    names = {p.id: p.name for p in rec.parties}
    roles = {(p.name, r.value) for p in rec.parties for r in p.roles}
    return roles | {(names[c.source], c.relation.value, names[c.target], c.shares, c.percent,
                     c.sole_voting, c.sole_dispositive) for c in rec.claims}


def test_compact_cover_rows_typed_with_a_full_stop():
    got = _links(FIXTURES / "cp46" / "2017_SC_13G_1273801_item_dot.txt")
    issuer = "NORTHSTAR RLTY FIN CORP"  # before: the header's "NORTHSTAR REALTY FINANCE CORP."
    assert (issuer, "issuer") in got and ("Abigail P. Johnson", "reporting_person") in got
    assert {c for c in got if c[1] == "beneficial_owner_of"} == {
        ("FMR LLC", "beneficial_owner_of", issuer, 15008699, 8.302, 2261276, 15008699),
        ("Abigail P. Johnson", "beneficial_owner_of", issuer, 15008699, 8.302, 0, 15008699)}
    assert got == _links(FIXTURES / "2017_SC_13G_1273801.txt")  # all as in the original


def test_an_item_1_dot_before_the_covers_ends_nothing():
    # review of session 46: a statement's "Item 1." printed before the compact covers (an
    # index, a heading) ended the reading before any cover: every cover number was lost
    from graphkit.parsers.schedule13_cover_compact import find_compact_cover_pages
    from graphkit.source import SourceText
    text = ("Item 1.\tIssuer: Roe Corp.\n\n"
            "Item 1:\tReporting Person - Acme Capital LLC\n"
            "Item 9:\t1,200,000\n")
    pages = find_compact_cover_pages(SourceText(path="x.txt", text=text))
    assert [cp.names[0].value for cp in pages] == ["Acme Capital LLC"]
