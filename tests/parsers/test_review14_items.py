"""Item 4 (review W): a page header between a sub-item's caption and its answer ("CUSIP NO.
230215 10 5   PAGE 5 OF 7 PAGES") is no answer (:data:`PAGE_FURNITURE`): the Asen 13G's Item
4(a) was read as the CUSIP's "230215"; per-holder headings with parentheses or an outline mark.
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_items import (HOLDER_HEADING, PAGE_FURNITURE,
                                              read_item4_values)
from graphkit.source import SourceText
from tests.conftest import corpus_file


@pytest.mark.parametrize("line", [
    "<PAGE>",
    "                                  SCHEDULE 13G",
    "SC 13D/A",
    "CUSIP NO. 230215 10 5                                          PAGE 5 OF 7 PAGES",
    "CUSIP No. 387541105",
    "Page 5 of 7",
    "   Page 5 of 7 Pages",
])
def test_page_furniture(line):
    assert PAGE_FURNITURE.search(line)


@pytest.mark.parametrize("line", [
    "     657,000 shares",
    "Page 5 of 7: 657,000 shares",
    "CUSIP No. 387541105 owns 1,000 shares",
    "Schedule 13G filed by the Reporting Persons on February 14, 2006",
])
def test_page_furniture_negative(line):
    assert PAGE_FURNITURE.search(line) is None


def test_real_page_header_is_no_item4_answer():
    (rec,) = parse_path(corpus_file("13g/asen_culp_2006_sc13g.txt")).records
    assert not [w for w in rec.warnings if w.code == "value-conflict"]
    # the cover's 657,000 (5.6%); the 57,000 of the managed accounts stated in Item 4
    assert sorted((c.shares, c.percent) for c in rec.claims if c.shares is not None) == \
        [(57000, 0.5), (657000, 5.6)]


# --- review W, M3: per-holder headings ----------------------------------------------------

@pytest.mark.parametrize("line, who", [
    ("   ACM", "ACM"),
    ("             Greenbrier Special Situations Master Fund (Offshore), Ltd.",
     "Greenbrier Special Situations Master Fund (Offshore), Ltd."),
    ("A.  Acme Master Fund (Offshore), Ltd.", "Acme Master Fund (Offshore), Ltd."),
    ("2.  Acme Partners II, L.P.", "Acme Partners II, L.P."),
])
def test_holder_heading(line, who):
    assert HOLDER_HEADING.match(line)["who"].strip() == who


@pytest.mark.parametrize("line", ["Item 4. Ownership", "(a) Amount beneficially owned: 5",
                                  "Page 5", "Items 4(a) - (c):", "Common Stock (1)",
                                  "Schedule 13G - Page 5 of 7",
                                  "CUSIP 230215105                     Page 5 of 7"])
def test_holder_heading_negative(line):
    assert HOLDER_HEADING.match(line) is None


_BLOCKS = """Item 4.      Ownership.

             A.  Acme Special Situations Master Fund (Offshore), Ltd.

                 (a) Amount beneficially owned: 1,600,000
                 (b) Percent of class: 6.4%

             B.  Acme Capital Partners II, L.P.

                 (a) Amount beneficially owned: 250,000
                 (b) Percent of class: 1.0%

CUSIP No. 40052B108                     13G                     Page 5 of 7

                 (c) Number of shares as to which such person has:
"""


def test_item4_blocks_by_holder():
    src = SourceText(path="x.txt", text=_BLOCKS)
    got = [(v.who, v.field, v.reading.value) for v in read_item4_values(src, 0, len(_BLOCKS))]
    assert got == [
        ("Acme Special Situations Master Fund (Offshore), Ltd.", "aggregate", 1600000),
        ("Acme Special Situations Master Fund (Offshore), Ltd.", "percent", 6.4),
        ("Acme Capital Partners II, L.P.", "aggregate", 250000),
        ("Acme Capital Partners II, L.P.", "percent", 1.0)]


@pytest.mark.parametrize("text", [
    "Item 4. Ownership\n  As of December 31, 2023:\n  (a) Amount beneficially owned: 5\n",
    "Item 4. Ownership\n  The Reporting Persons own 5,000 shares of the Issuer.\n  (a) Amount "
    "beneficially owned: 5\n",
    "Item 4. Ownership\n  Page 5 of 7\n  (a) Amount beneficially owned: 5\n",
])
def test_no_holder_heading_above(text):
    src = SourceText(path="x.txt", text=text)
    assert [(v.who, v.reading.value) for v in read_item4_values(src, 0, len(text))] == [(None, 5)]
