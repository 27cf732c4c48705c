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


def _segments(text: str) -> list[str]:
    from graphkit.parsers.signature_tab_columns import _lines
    return [text[a:b] for a, b in tab_column_segments(text, _lines(text)) if text[a:b].strip()]


def test_a_line_of_one_cell_goes_to_the_block_its_tabs_put_it_under():
    # review rv46b: a line of one cell went to the first block whatever its tabs: "\t\tand
    # Secretary" under John Doe's title made Jane Roe "Treasurer and Secretary"
    text = ("ACME FUND, INC.\tACME ADVISERS, INC.\nBy: /s/ Jane Roe\tBy: /s/ John Doe\n"
            "Jane Roe, Treasurer\tJohn Doe, Vice President\n\t\tand Secretary")
    assert _segments(text) == ["ACME FUND, INC.", "By: /s/ Jane Roe", "Jane Roe, Treasurer",
                               "ACME ADVISERS, INC.", "By: /s/ John Doe",
                               "John Doe, Vice President", "and Secretary"]
    # a party's name above the second "/s/" cell alone: John Doe signs for it, not Jane Roe
    text = "\tACME ADVISERS, INC.\n/s/ Jane Roe\tBy: /s/ John Doe\nJane Roe\tJohn Doe, President"
    assert _segments(text) == ["/s/ Jane Roe", "Jane Roe", "ACME ADVISERS, INC.",
                               "By: /s/ John Doe", "John Doe, President"]
    # every line typed after a tab: a one-cell line after one tab is the first block's
    text = "\tBy: /s/ Jane Roe\tBy: /s/ John Doe\n\tTreasurer"
    assert _segments(text) == ["By: /s/ Jane Roe", "Treasurer", "By: /s/ John Doe"]


def test_signers_titles_by_the_tabs_of_a_one_cell_line():
    text = ("SIGNATURE\n\nAfter reasonable inquiry, I certify that the information is true.\n\n"
            "Dated: May 1, 2004\n\nACME FUND, INC.\tACME ADVISERS, INC.\n"
            "By: /s/ Jane Roe\tBy: /s/ John Doe\nJane Roe, Treasurer\tJohn Doe, Vice President\n"
            "\t\tand Secretary\n")
    from graphkit.parsers.signatures import read_signatures
    from graphkit.source import SourceText
    out = read_signatures(SourceText(path="x.txt", text=text))
    sigs = (out[0] if isinstance(out, tuple) else out).signatures
    assert [(s.signer, s.title, s.on_behalf_of) for s in sigs] == [
        ("Jane Roe", "Treasurer", ["ACME FUND, INC."]),
        ("John Doe", "Vice President and Secretary", ["ACME ADVISERS, INC."])]
