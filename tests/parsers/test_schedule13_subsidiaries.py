"""Item 7 of Schedule 13G: the subsidiaries a parent holding company lists."""

from __future__ import annotations

import pytest

from graphkit.parsers import schedule13_subsidiaries as item7
from graphkit.source import SourceText


@pytest.mark.parametrize("pattern,line", [
    # 13g/franklin_humana_1998_sc13g.txt, lines 474-476
    (item7.ITEM7_CAPTION, "Item 7.  Identification and Classification of the Subsidiary Which\n"
                          "       Acquired the Security Being Reported on By the Parent\n"
                          "       Holding Company"),
    (item7.SUBSIDIARY_LINE, "         Templeton Management Limited             3(e)"),
    (item7.SUBSIDIARY_LINE, "(1) Acme Advisers, LLC - Item 3(e)"),
])
def test_named_pattern_matches_real_line(pattern, line):
    assert pattern.search(line)


@pytest.mark.parametrize("body", [
    "Not applicable\n",
    "See Exhibit A\n",
    # 13g/capitalgroup_warnerlambert_1994_sc13g.txt: sentences are left to the prose reader
    "(1) Acme Research and Management Company is an Investment Adviser\n"
    "    registered under Section 203 of the Investment Advisers Act of\n",
])
def test_no_subsidiary_without_a_listed_name(body):
    text = ("Item 7   Identification and Classification of the Subsidiary Which Acquired the\n"
            "         Security Being Reported on By the Parent Holding Company\n\n" + body)
    assert item7.read_item7_subsidiaries(SourceText(path="x", text=text), 0, len(text)) == []


@pytest.mark.parametrize("line,expected", [
    ("    Acme Global Advisors Limited        3(e)", ("Acme Global Advisors Limited", "3(e)")),
    ("Acme Bank, N.A. | BK", ("Acme Bank, N.A.", "BK")),  # an HTML table row
    ("(1) Acme Advisers, LLC  - Item 3(e)", ("Acme Advisers, LLC", "Item 3(e)")),
    # a middle column is no part of the name: the line is not read (review finding)
    ("   Acme Bank, N.A.        United States     BK", None),
    ("Acme Advisors LLC   IA      Acme Trust Company   BK", None),
])
def test_subsidiary_line_is_one_name_cell_and_a_class(line, expected):
    m = item7.SUBSIDIARY_LINE.search(line)
    assert (m and (m["name"], m["class"])) == expected
