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


# review fx47: a later cover's row 1 typed with the form's label, "ITEM 1 -\tNAME OF REPORTING
# PERSON: Acme GP LLC", was taken for the statement's "ITEM 1 -": every page from there on was
# dropped without a warning

_PAGE = ("ITEM 1 -\tReporting Person - Acme Holdings LLC\nITEM 4 -\tDelaware\nITEM 5 -\t2,000\n"
         "ITEM 9 -\t2,000\nITEM 11 -\t5.1%\nITEM 12 -\tHC\n\n")


def test_a_row_1_with_the_form_s_label_is_read():
    from graphkit.parsers.schedule13_cover_compact import find_compact_cover_pages
    from graphkit.source import SourceText
    text = (_PAGE + _PAGE.replace("Reporting Person - Acme Holdings LLC",
                                  "NAME OF REPORTING PERSON: Acme GP LLC")
            + _PAGE.replace("Acme Holdings LLC", "Jane Roe") + "ITEM 1 -\tSecurity and Issuer.\n"
            + "ITEM 4 -\tPurpose of Transaction\n")
    pages = find_compact_cover_pages(SourceText(path="x.txt", text=text))
    assert [(cp.names[0].value, cp.first("aggregate")) for cp in pages] == [
        ("Acme Holdings LLC", 2000), ("Acme GP LLC", 2000), ("Jane Roe", 2000)]
    assert not any(cp.warnings for cp in pages)


def test_a_row_1_naming_no_one_is_skipped_with_a_warning():
    from graphkit.parsers.schedule13_cover_compact import find_compact_cover_pages
    from graphkit.source import SourceText
    text = _PAGE + _PAGE.replace("Reporting Person - Acme Holdings LLC", "FILER: Acme GP LLC") \
        + _PAGE.replace("Acme Holdings LLC", "Jane Roe")
    pages = find_compact_cover_pages(SourceText(path="x.txt", text=text))
    assert [cp.names[0].value for cp in pages] == ["Acme Holdings LLC", "Jane Roe"]
    [w] = pages[0].warnings
    assert (w.code, w.line) == ("compact-cover-unread", 8)



def test_the_last_cover_s_row_1_in_an_unknown_label_warns():
    # review rv47g item 6: the last cover's row 1 "ITEM 1 -\tName: Jane Roe" was dropped with
    # no warning, taken for the statement's Item 1
    from graphkit.parsers.schedule13_cover_compact import find_compact_cover_pages
    from graphkit.source import SourceText
    text = _PAGE + _PAGE.replace("Reporting Person - Acme Holdings LLC", "Name: Jane Roe")
    pages = find_compact_cover_pages(SourceText(path="x.txt", text=text))
    assert [cp.names[0].value for cp in pages] == ["Acme Holdings LLC"]
    [w] = pages[0].warnings
    assert (w.code, w.line) == ("compact-cover-unread", 8)
    assert "Name: Jane Roe" in w.message


@pytest.mark.parametrize("item1", [
    # review rv47e 6: the statement's Item 1 after the covers, titled "Name and Address of
    # Issuer" or in a wording the reader does not know, ends the covers without a warning
    "Item 1.\tName and Address of Issuer: Roe Corp.\n",
    "Item 1:\tThe Issuer is Roe Corp.\n",
])
def test_the_statement_s_item_1_after_the_covers_warns_nothing(item1):
    from graphkit.parsers.schedule13_cover_compact import find_compact_cover_pages
    from graphkit.source import SourceText
    text = _PAGE + _PAGE.replace("Acme Holdings LLC", "Jane Roe") + item1 + \
        "Item 2:\tRoe Corp., 1 Main Street\n"
    pages = find_compact_cover_pages(SourceText(path="x.txt", text=text))
    assert [(cp.names[0].value, cp.first("aggregate")) for cp in pages] == [
        ("Acme Holdings LLC", 2000), ("Jane Roe", 2000)]
    assert not any(cp.warnings for cp in pages)


@pytest.mark.parametrize("value, title", [
    ("Security and Issuer.", True), ("SECURITY AND ISSUER", True), ("Name of Issuer:", True),
    ("(a) Name of Issuer", True), ("Issuer: Roe Corp.", True),
    ("Name and Address of Issuer: Roe Corp.", True), ("NAME AND ADDRESS OF ISSUER", True),
    ("NAME OF REPORTING PERSON: Acme GP LLC", False), ("Reporting Person - Acme LLC", False),
    ("Issuers of the notes", False),
])
def test_issuer_item_title(value, title):
    from graphkit.parsers.schedule13_cover_compact import ISSUER_ITEM_TITLE
    assert (ISSUER_ITEM_TITLE.match(value) is not None) == title


@pytest.mark.parametrize("value, name", [
    ("Reporting Person - FMR LLC", "FMR LLC"),
    ("NAME OF REPORTING PERSON: Acme GP LLC", "Acme GP LLC"),
    ("Names of Reporting Persons - Jane Roe", "Jane Roe"),
    ("Security and Issuer.", None),
])
def test_compact_name(value, name):
    from graphkit.parsers.schedule13_cover_compact import COMPACT_NAME
    m = COMPACT_NAME.match(value)
    assert (m and m["name"]) == name


def test_real_cover_with_the_form_s_row_1_label():
    # 2017_SC_13G_1273801 (FMR LLC on NorthStar Realty Finance) with its compact rows typed
    # "ITEM N -" and the second cover's row 1 "ITEM 1 - ... NAME OF REPORTING PERSON: Abigail P.
    # Johnson" (fixtures/filings/fx47): before, the label made the text read as covers in the
    # form's layout and Abigail P. Johnson's page was lost, with FMR LLC's 15,008,699 shares
    # (8.302%) and the issuer's name; now all as in the original
    got = _links(FIXTURES / "fx47" / "2017_SC_13G_1273801_row1_label.txt")
    issuer = "NORTHSTAR RLTY FIN CORP"
    assert ("FMR LLC", "beneficial_owner_of", issuer, 15008699, 8.302, 2261276, 15008699) in got
    assert ("Abigail P. Johnson", "beneficial_owner_of", issuer, 15008699, 8.302, 0,
            15008699) in got
    assert got == _links(FIXTURES / "2017_SC_13G_1273801.txt")
