"""Signature blocks typed with tabs instead of runs of spaces read as their spaced originals do
(session 45, tb45: each fixture is a real filing with only its signature lines' spaces turned
into tabs)."""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path

FILINGS = Path(__file__).parent.parent / "fixtures" / "filings"
TB45 = FILINGS / "tb45"


def _signed(path: Path) -> list[tuple[str, str, list[str]]]:
    rec = parse_path(str(path)).records[0]
    return [(s.signer, s.title, list(s.on_behalf_of)) for s in rec.signatures]


def _officers(path: Path) -> list[tuple[str, str]]:
    rec = parse_path(str(path)).records[0]
    names = {p.id: p.name for p in rec.parties}
    return [(names[c.source], names[c.target]) for c in rec.claims
            if c.relation.value == "officer_of"]


def test_party_tabbed_under_name_title_value_two_signers():
    # "Name/Title:<TAB>Philip de Toledo, ..." / "<TAB>The Capital Group, Inc.": the party under
    # the value at column 8 (16 in the original), not glued to the next signer
    tabbed = TB45 / "1994_SC_13G_732812_tab_signature.txt"
    assert _signed(tabbed) == [
        ("Philip de Toledo", "Vice President and Treasurer", ["The Capital Group, Inc."]),
        ("Paul G. Haaga, Jr.", "Senior Vice President",
         ["Capital Research and Management Company"]),
    ]
    assert _officers(tabbed) == [
        ("Philip de Toledo", "The Capital Group, Inc."),
        ("Paul G. Haaga, Jr.", "Capital Research and Management Company"),
    ]
    assert _signed(tabbed) == _signed(FILINGS / "1994_SC_13G_732812.txt")


def test_party_tabbed_under_indented_label_not_the_attorneys():
    # "<TAB>Name/Title:<TAB>David I. Fisher, Chairman" / "<TAB>Capital Group International,
    # Inc.": his party, not the attorney-in-fact's signing under "*By" below
    tabbed = TB45 / "2000_SC_13G_949308_tab_signature.txt"
    assert _signed(tabbed)[:2] == [
        ("David I. Fisher", "Chairman", ["Capital Group International, Inc."]),
        ("Michael J. Downer", "Attorney-in-fact", []),
    ]
    assert _officers(tabbed) == [("David I. Fisher", "Capital Group International, Inc.")]
    assert _signed(tabbed) == _signed(FILINGS / "2000_SC_13G_949308.txt")
