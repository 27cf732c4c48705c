"""Signature blocks printed side by side with one tab between their cells
(:mod:`graphkit.parsers.signature_tab_columns`, session 46, tb46b): each column is one block,
read as the filing printed with spaces is."""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path
from graphkit.parsers.signature_tab_columns import TAB_CELL, tab_column_segments

FILINGS = Path(__file__).parent.parent / "fixtures" / "filings"


def _signatures(path: Path) -> list[tuple[str, str, list[str]]]:
    rec = parse_path(str(path)).records[0]
    return [(s.signer, s.title or "", list(s.on_behalf_of)) for s in rec.signatures]


def _officers(path: Path) -> set[tuple[str, str, str]]:
    rec = parse_path(str(path)).records[0]
    names = {p.id: p.name for p in rec.parties}
    return {(names[c.source], c.title or "", names[c.target]) for c in rec.claims
            if c.relation.value == "officer_of"}


def test_tab_cell_pattern():
    line = "By: /s/ Jane Roe\tBy: /s/ John Doe"
    assert [m.group() for m in TAB_CELL.finditer(line)] == ["By: /s/ Jane Roe",
                                                           "By: /s/ John Doe"]
    assert [m.group() for m in TAB_CELL.finditer("\tTreasurer\t\tPresident")] == [
        "Treasurer", "President"]


def test_a_block_is_read_column_after_column_up_to_a_blank_line():
    text = ("I certify that the information set forth in this statement is true.\n\n"
            "ACME FUND, INC.\tACME ADVISERS, INC.\n\nBy: /s/ Jane Roe\tBy: /s/ John Doe\n"
            "\tJane Roe,\tJohn Doe,\n\tTreasurer\tVice President\n\nNote:\tThis statement")
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    got = [text[a:b] for a, b in tab_column_segments(text, spans) if text[a:b].strip()]
    assert got == ["I certify that the information set forth in this statement is true.",
                   "ACME FUND, INC.", "By: /s/ Jane Roe", "Jane Roe,", "Treasurer",
                   "ACME ADVISERS, INC.", "By: /s/ John Doe", "John Doe,", "Vice President",
                   "Note:\tThis statement"]


def test_two_signers_side_by_side_typed_with_tabs():
    # 2004 SC 13G/A, signatures (lines 378-388 and 428-438 retyped): "T. ROWE PRICE
    # SMALL-CAP<TAB>T. ROWE PRICE ASSOCIATES, INC." / "   VALUE FUND, INC." / "By: /s/ Joseph
    # A. Carrier<TAB>By: /s/ Henry H. Hopkins" / "<TAB>Joseph A. Carrier,<TAB>Henry H.
    # Hopkins," / "<TAB>Treasurer<TAB>Vice President": before, Carrier signed for both parties
    # and Hopkins for none, titled "Treasurer Vice President"
    original = FILINGS / "2004_SC_13GA_80255.txt"
    tabbed = FILINGS / "tb46" / "2004_SC_13GA_80255_tab_sigs.txt"
    sigs = _signatures(tabbed)
    assert ("Joseph A. Carrier", "Treasurer", ["T. ROWE PRICE SMALL-CAP VALUE FUND, INC."]) \
        in sigs
    assert ("Henry H. Hopkins", "Vice President", ["T. ROWE PRICE ASSOCIATES, INC."]) in sigs
    assert sigs == _signatures(original)
    assert ("Henry H. Hopkins", "Vice President", "T. Rowe Price Associates, Inc.") \
        in _officers(tabbed)
    assert _officers(tabbed) == _officers(original)
