"""Cover pages typed with tabs instead of runs of spaces read as their spaced originals do
(session 44, tb44: each fixture is a real filing with only its spaces turned into tabs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_cover_compact import COMPACT_ROW
from graphkit.parsers.schedule13_cover_names import split_cells
from graphkit.parsers.schedule13_cover_patterns import LABEL_ROW_NUMBER

TB44 = Path(__file__).parent.parent / "fixtures" / "filings" / "tb44"


def _holding(path: Path):
    rec = parse_path(str(path)).records[0]
    names = {p.id: p for p in rec.parties}
    claim = next(c for c in rec.claims if c.relation.value == "beneficial_owner_of")
    return names[claim.source], names[claim.target], claim


@pytest.mark.parametrize("text, cells", [
    ("Acme Bank, NA.,\t943112180", ["Acme Bank, NA.,", "943112180"]),
    ("Acme Bank\t12-3456789", ["Acme Bank", "12-3456789"]),
    ("Acme\tCapital Fund-V", ["Acme Capital Fund-V"]),   # a torn name stays one cell
    ("Acme Fund\t2", ["Acme Fund 2"]),
    ("Acme CLO\t2006-1, Ltd.", ["Acme CLO 2006-1, Ltd."]),  # review rv44: a number in the name
    ("Acme LP\t94-3112180\tDelaware", ["Acme LP", "94-3112180 Delaware"]),
    ("Roe Trust dated\t01-01-2001", ["Roe Trust dated 01-01-2001"]),  # a date, no tax ID
    ("Roe Trust dated\t1-1-01", ["Roe Trust dated 1-1-01"]),
])
def test_split_cells_tab_before_tax_id(text, cells):
    assert [c for _, _, c in split_cells(text, 0)] == cells


def test_name_then_tab_then_tax_id():
    # line 135: "\tBARCLAYS GLOBAL INVESTORS, NA.,\t943112180" (two spaces in the original)
    person, issuer, claim = _holding(TB44 / "barclays_unionbancal_2008_tab_taxid.txt")
    assert person.name == "BARCLAYS GLOBAL INVESTORS, NA"
    assert sorted(i.value for i in person.identifiers) == ["0000913414", "94-3112180"]
    assert (issuer.name, claim.shares, claim.percent) == ("UNION BANCAL CORP", 8017641, 5.79)


@pytest.mark.parametrize("text, groups", [
    ("Item\t1:\tREPORTING PERSONS\n\tAcme Fund LP\n",
     ("1", "REPORTING PERSONS", "Acme Fund LP", None)),
    ("Item  9:    AGGREGATE AMOUNT --\n            2,542,287\n",
     ("9", "AGGREGATE AMOUNT", "2,542,287", None)),
    ("Item 9: \t   \t15,008,699\n", ("9", None, None, "15,008,699")),
])
def test_compact_row(text, groups):
    m = COMPACT_ROW.search(text)
    assert (m["num"], m["label"], m["below"], m["value"]) == groups


def test_compact_cover_typed_with_tabs():
    # "Item\t1:\tREPORTING PERSONS\n\tDimensional Fund Advisors Inc. (Tax ID: 22-2370029)"
    person, issuer, claim = _holding(TB44 / "2001_SC_13G_880804_tab_compact.txt")
    assert (person.name, issuer.name) == ("Dimensional Fund Advisors Inc.", "PTEK HLDGS INC")
    assert (claim.shares, claim.percent, claim.sole_voting, claim.shared_voting,
            claim.sole_dispositive, claim.shared_dispositive) == (2542287, 5.3, 2542287, 0,
                                                                  2542287, 0)


@pytest.mark.parametrize("line, num", [
    ("\t10\tCERTAIN SHARES (See Instructions)", "10"), ("    10      CERTAIN SHARES", "10"),
    ("  10\tShares", None), ("  10 CERTAIN", None),
])
def test_label_row_number(line, num):
    m = LABEL_ROW_NUMBER.search(line)
    assert (m["num"] if m else None) == num


def test_row_number_after_a_tab_is_not_a_count():
    # row 9 reads "2,914,2#0" (unreadable), row 10 "\t10\tCERTAIN SHARES": no count of 10
    person, _, claim = _holding(TB44 / "farallon_spiritfinance_2006_tab_row_number.txt")
    assert person.name == "Farallon Capital Partners, L.P."
    assert (claim.shares, claim.percent, claim.shared_voting) == (None, 4.3, 2914200)


@pytest.mark.parametrize("text, groups", [
    # an indented compact cover with a value in capitals: the next row is no value below it
    ("    Item 4:\tDELAWARE\n    Item 5:\t2,079\n", ("4", None, None, "DELAWARE")),
    ("  Item 12:\tIN\n  Item 1:\tReporting Person - Jane Roe\n", ("12", None, None, "IN")),
])
def test_compact_row_value_in_capitals_keeps_the_next_row(text, groups):
    m = COMPACT_ROW.search(text)
    assert (m["num"], m["label"], m["below"], m["value"]) == groups


def test_indented_compact_cover_reads_each_row():
    # holdout 2008 SC 13G 712034 (FMR LLC, ACCO Brands) with its "Item N:\t" rows indented
    # and "Delaware" typed "DELAWARE": row 4 no longer swallows row 5 (sole voting 2,079)
    from graphkit.parsers.schedule13_cover_compact import find_compact_cover_pages
    from graphkit.source import SourceText
    path = TB44.parent / "holdout" / "2008_SC_13G_712034.txt"
    text = path.read_text().replace("Item 4:\tDelaware", "Item 4:\tDELAWARE")
    text = text.replace("\nItem ", "\n    Item ")
    page = find_compact_cover_pages(SourceText(path=str(path), text=text))[0]
    assert page.names[0].value == "FMR LLC"
    assert ([r.value for r in page.jurisdiction], page.first("sole_voting")) == (["Delaware"],
                                                                               2079)


def test_trust_dated_after_a_tab_is_one_name():
    # line 79: "<TAB>Ashby Family Trust dated<TAB>06-01-1995": the date is no I.R.S. number
    # parting the cell ("Ashby Family Trust dated" before); the name reads as the original's
    tabbed = parse_path(str(Path(__file__).parent.parent / "fixtures" / "filings" / "tb45" /
                            "f28c_dated_trust_tab_date.txt")).records[0]
    original = parse_path(str(TB44.parent / "covers15" / "f28c_dated_trust.txt")).records[0]
    assert sorted(p.name for p in tabbed.parties) == \
        ["Ashby Family Trust", "Granite Harbor Bancorp", "Paul D. Ashby"]
    assert sorted(p.name for p in tabbed.parties) == sorted(p.name for p in original.parties)
