"""A cover page's name cell (graphkit.parsers.schedule13_cover_names): a name hyphenated over
two lines is one name (session 33; session 32 OCR review H5)."""

from __future__ import annotations

import pytest

from graphkit.parsers.schedule13_cover_names import HYPHENATED_END, read_name_cell
from graphkit.source import SourceText


@pytest.mark.parametrize("line, broken", [
    ("ACCIPITER LIFE SCI-", True), ("Acme Capital Manage-  ", True),
    ("ACME FUND -", False), ("ACME FUND, L.P.", False), ("ACME 2007-", False),
])
def test_hyphenated_end(line, broken):
    assert bool(HYPHENATED_END.search(line)) is broken


def test_name_hyphenated_over_two_lines():
    # the layout of the 2007 Accipiter 13G's cover 1 (corpus line 74), the name broken in two
    text = ("(ENTITIES ONLY)\n\n                    ACCIPITER LIFE SCI-\n"
            "                    ENCES FUND, LP\n- ------\n")
    cell = read_name_cell(SourceText(path="x.txt", text=text), text, 15, len(text))
    assert cell.value == "ACCIPITER LIFE SCIENCES FUND, LP"
