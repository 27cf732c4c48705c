"""Signature blocks printed in HTML tables (graphkit.parsers.signature_table): rows of cells
joined by " | ", read column by column when blocks stand side by side."""

from __future__ import annotations

from graphkit.parsers import signature_table as st
from graphkit.parsers import signatures as sig
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText


def _read(block: str):
    sec = read_signatures(SourceText(path="x.txt", text="SIGNATURE\n\nDate: May 1, 2010\n\n" + block))
    return ([(s.signer, s.title, s.on_behalf_of) for s in sec.signatures],
            {(f.relation.value, f.holder, f.held) for f in sec.findings})


def _parts(text: str) -> list[str]:
    return [t for _, _, t in sig._split_lines(text)]


def test_two_blocks_side_by_side_read_by_column():
    block = ("ACME FUND I, L.P. | ACME FUND II, L.P.\n\n"
             "By: Acme GP I, LLC, its General Partner | By: Acme GP II, LLC, its General Partner\n\n"
             "By: /s/ Jane Roe | By: /s/ John Doe\n\nName: Jane Roe | Name: John Doe\n\n"
             "Title: Managing Member | Title: Managing Member\n")
    sigs, found = _read(block)
    assert sigs == [("Jane Roe", "Managing Member", ["ACME FUND I, L.P."]),
                    ("John Doe", "Managing Member", ["ACME FUND II, L.P."])]
    assert found == {("general_partner_of", "Acme GP I, LLC", "ACME FUND I, L.P."),
                     ("general_partner_of", "Acme GP II, LLC", "ACME FUND II, L.P."),
                     ("managing_member_of", "Jane Roe", "Acme GP I, LLC"),
                     ("managing_member_of", "John Doe", "Acme GP II, LLC")}


def test_side_by_side_with_an_empty_last_cell():
    sigs, found = _read("ACME FUND, L.P. | ACME GP, LLC\n"
                        "By: Acme GP, LLC, its General Partner | By: /s/ John Doe\n"
                        "By: /s/ Jane Roe | Name: John Doe\nName: Jane Roe | Title: President\n"
                        "Title: Managing Member |\n")
    assert ("general_partner_of", "Acme GP, LLC", "ACME GP, LLC") not in found
    assert ("general_partner_of", "Acme GP, LLC", "ACME FUND, L.P.") in found
    assert ("John Doe", "President", ["ACME GP, LLC"]) in sigs


def test_whole_blocks_in_the_cells_of_one_row():
    assert _parts("Acme Capital By: Jane Roe President | Acme Fund, LLC By: Acme Capital, Manager") \
        == ["Acme Capital", "By: Jane Roe President", "Acme Fund, LLC", "By: Acme Capital, Manager"]


def test_fields_of_one_block_in_a_row():
    assert _parts("Jane Roe | President | Chief Executive Officer") == \
        ["Jane Roe", "President", "Chief Executive Officer"]
    sigs, _ = _read("ACME CORP.\n\n/s/ Jane Roe\n\nJane Roe | Director\n")
    assert sigs == [("Jane Roe", "Director", ["ACME CORP."])]


def test_rows_that_are_no_block_stay_whole():
    assert _parts("(a) | Not Applicable.") == ["(a) | Not Applicable."]
    assert _parts("By: | /s/ Jane Roe") == ["By: | /s/ Jane Roe"]  # a label keeps its value


def test_pipe_cell_and_field_cell_patterns():
    t = "ACME FUND I, L.P. | ACME FUND II, L.P."
    assert [t[a:b] for a, b in st._cells(t, 0, len(t))] == ["ACME FUND I, L.P.", "ACME FUND II, L.P."]
    t = "Title: Managing Member |"
    assert [t[a:b] for a, b in st._cells(t, 0, len(t))] == ["Title: Managing Member", ""]
    assert st.PIPE_CELL.search("Its: | General Partner") is None
    assert st.FIELD_CELL.match("By: /s/ Jane Roe") and st.FIELD_CELL.match("Title: President")
    assert st.FIELD_CELL.match("ACME FUND, L.P.") is None
    assert st.BLOCK_CELL.search("Acme Capital By: Jane Roe President")
    assert st.BLOCK_CELL.search("By: Jane Roe") is None
