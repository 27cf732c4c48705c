"""Signature blocks typed with tabs instead of runs of spaces read as their spaced originals do
(session 45, tb45: each fixture is a real filing with only its signature lines' spaces turned
into tabs)."""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path
from graphkit.parsers.signatures import DATE_CELL

FILINGS = Path(__file__).parent.parent / "fixtures" / "filings"
TB45 = FILINGS / "tb45"


#: The two signatures of the SC 13G of The Capital Group, Inc. on Warner-Lambert (1994) and
#: the officers they make: each signer's party printed under his "Name/Title:" value
TWO_SIGNERS = [
    ("Philip de Toledo", "Vice President and Treasurer", ["The Capital Group, Inc."]),
    ("Paul G. Haaga, Jr.", "Senior Vice President", ["Capital Research and Management Company"]),
]
TWO_LINKS = [
    ("Philip de Toledo", "The Capital Group, Inc."),
    ("Paul G. Haaga, Jr.", "Capital Research and Management Company"),
]


def _signed(path: Path) -> list[tuple[str, str, list[str]]]:
    rec = parse_path(str(path)).records[0]
    return [(s.signer, s.title, list(s.on_behalf_of)) for s in rec.signatures]


def _links(path: Path, relation: str = "officer_of") -> list[tuple[str, str]]:
    rec = parse_path(str(path)).records[0]
    names = {p.id: p.name for p in rec.parties}
    return [(names[c.source], names[c.target]) for c in rec.claims
            if c.relation.value == relation]


def _parties(path: Path) -> list[str]:
    return sorted(p.name for p in parse_path(str(path)).records[0].parties)


def test_party_tabbed_under_name_title_value_two_signers():
    # "Name/Title:<TAB>Philip de Toledo, ..." / "<TAB>The Capital Group, Inc.": the party under
    # the value at column 8 (16 in the original), not glued to the next signer
    tabbed = TB45 / "1994_SC_13G_732812_tab_signature.txt"
    assert _signed(tabbed) == TWO_SIGNERS
    assert _links(tabbed) == TWO_LINKS
    assert _signed(tabbed) == _signed(FILINGS / "1994_SC_13G_732812.txt")


def test_party_tabbed_under_indented_label_not_the_attorneys():
    # "<TAB>Name/Title:<TAB>David I. Fisher, Chairman" / "<TAB>Capital Group International,
    # Inc.": his party, not the attorney-in-fact's signing under "*By" below
    tabbed = TB45 / "2000_SC_13G_949308_tab_signature.txt"
    assert _signed(tabbed)[:2] == [
        ("David I. Fisher", "Chairman", ["Capital Group International, Inc."]),
        ("Michael J. Downer", "Attorney-in-fact", []),
    ]
    assert _links(tabbed) == [("David I. Fisher", "Capital Group International, Inc.")]
    assert _signed(tabbed) == _signed(FILINGS / "2000_SC_13G_949308.txt")


def test_date_cell_parted_by_one_tab():
    assert DATE_CELL.sub("", "Dated: July 2, 2007\tACME, LLC") == "\tACME, LLC"
    assert DATE_CELL.sub("", "May 1, 2010\tACME CORPORATION") == "\tACME CORPORATION"
    assert DATE_CELL.match("Dated: July 2, 2007\t") is None  # no cell after the tab
    assert DATE_CELL.match("Dated: July 2, 2007 ACME, LLC") is None  # one space parts nothing


def test_party_after_dated_and_a_tab_is_signed_for():
    # line 601: "Dated: February 18, 2000<TAB>KEY COLONY FUND, L.P." heads the first block
    tabbed = TB45 / "2000_SC_13D_1029688_tab_dated.txt"
    assert _signed(tabbed)[0] == ("Alex R. Lieblong", "General Partner", ["KEY COLONY FUND, L.P."])
    assert ("Alex R. Lieblong", "Key Colony Fund, L.P.") in _links(tabbed, "general_partner_of")
    assert _signed(tabbed) == _signed(FILINGS / "roster" / "2000_SC_13D_1029688.txt")


def test_party_after_a_date_and_a_tab_is_no_dated_name():
    # line 292: "March 16, 1994<TAB>BANKAMERICA CORPORATION": no party "March 16, 1994 BANK..."
    tabbed = TB45 / "1994_SC_13DA_24058_tab_dated.txt"
    assert _signed(tabbed)[0] == ("Cheryl Sorokin", "Executive Vice President and Secretary",
                                  ["BANKAMERICA CORPORATION"])
    assert _parties(tabbed) == ["BankAmerica Corporation", "Cheryl Sorokin",
                                "Continental Bank Corporation"]
    assert _parties(tabbed) == _parties(FILINGS / "1994_SC_13DA_24058.txt")


def test_party_between_label_and_value_once_tabs_are_expanded():
    # session 46, tx46: the tb45 fixture with its tabs expanded to 8 columns: "Name/Title:
    # Philip de Toledo, ..." (value at column 16) / "        The Capital Group, Inc." (column 8,
    # right of the label): his party, not the head of Paul G. Haaga, Jr.'s block
    expanded = FILINGS / "tx46" / "1994_SC_13G_732812_tab_signature_tabx.txt"
    assert _signed(expanded) == TWO_SIGNERS
    assert _links(expanded) == TWO_LINKS
