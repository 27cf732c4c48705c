"""Item 4 against the cover page (review W, M1): when the filer's Item 4 states another number
than its cover page, the cover's is kept and the disagreement is a ``value-conflict`` warning
naming both (before, Item 4 was overruled in silence). A page header between a sub-item's
caption and its answer ("CUSIP NO. 230215 10 5   PAGE 5 OF 7 PAGES") is no answer
(:data:`PAGE_FURNITURE`): the Asen 13G's Item 4(a) was read as the CUSIP's "230215".
"""

from __future__ import annotations

import pytest

from graphkit.models import Evidence, Reading
from graphkit.parse import parse_path
from graphkit.parsers.schedule13_items import (HOLDER_HEADING, PAGE_FURNITURE, TABLE_LINE,
                                              read_item4_values)
from graphkit.parsers.schedule13_reconcile import Candidate, choose_holding
from graphkit.source import SourceText
from tests.conftest import corpus_file
from tests.holdout import HOLDOUT


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


def _cand(field, raw, value, section, primary):
    return Candidate(field=field, weight=1.0 if primary else 0.5, primary=primary,
                     reading=Reading(field=field, raw=raw, value=value, evidence=Evidence(
                         source="x.txt", text=raw, section=section)))


def test_item4_disagreeing_is_warned():
    h = choose_holding([_cand("aggregate", "1,450,000", 1450000, "cover page 1", True),
                        _cand("aggregate", "2,316,455", 2316455, "Item 4 (a) ", False),
                        _cand("percent", "5.3%", 5.3, "cover page 1", True),
                        _cand("percent", "5.3%", 5.3, "Item 4 (b) ", False)])
    assert h.values["aggregate"] == 1450000
    assert h.problems == [("value-conflict", "aggregate: Item 4 states '2,316,455' (2316455), "
                                             "the cover page 1450000; the cover's is kept")]


def test_item4_agreeing_or_elsewhere_is_not_warned():
    h = choose_holding([_cand("aggregate", "1,450,000", 1450000, "cover page 1", True),
                        _cand("aggregate", "1,450,000", 1450000, "Item 4 (a) ", False),
                        _cand("aggregate", "owns 900 shares", 900, "prose", False),
                        _cand("percent", "5.3%", 5.3, "cover page 1", True)])
    assert h.problems == []


def test_real_item4_disagrees_with_cover():
    # First Union 1995: cover row 7 "265,010", Item 4 "sole power to direct the disposition
    # of ... 265,000"
    report = parse_path(HOLDOUT / "1995_SC_13G_3499.txt")
    (rec,) = report.records
    msgs = [w.message for w in rec.warnings if w.code == "value-conflict"]
    assert msgs == ["First Union Corporation: sole_dispositive: Item 4 states '265,000' "
                    "(265000), the cover page 265010; the cover's is kept"]
    (claim,) = [c for c in rec.claims if c.shares is not None]
    assert claim.sole_dispositive == 265010


def test_real_page_header_is_no_item4_answer():
    (rec,) = parse_path(corpus_file("13g/asen_culp_2006_sc13g.txt")).records
    assert not [w for w in rec.warnings if w.code == "value-conflict"]
    # the cover's 657,000 (5.6%); the 57,000 of the managed accounts stated in Item 4
    assert sorted((c.shares, c.percent) for c in rec.claims if c.shares is not None) == \
        [(57000, 0.5), (657000, 5.6)]


# --- review W, M2 and M3: Item 4 lines with a unit after the value; per-holder headings -----

@pytest.mark.parametrize("line, who, val", [
    ("Fund I: 4,210,339 shares", "Fund I", "4,210,339"),
    ("Fund I: 4,210,339", "Fund I", "4,210,339"),
    ("Fund I:  4,210,339(1)", "Fund I", "4,210,339"),
    ("ACM Partners      1,000 shares of Common Stock", "ACM Partners", "1,000"),
    ("ACMV    19.42%", "ACMV", "19.42%"),
])
def test_table_line(line, who, val):
    m = TABLE_LINE.match(line)
    assert (m["who"].strip(" :"), m["val"]) == (who, val)


@pytest.mark.parametrize("line", [
    "Fund I: 4,210,339 shares held for the account of its clients",
    "The Reporting Person owns 4,210,339 shares",
])
def test_table_line_negative(line):
    assert TABLE_LINE.match(line) is None


@pytest.mark.parametrize("line, who", [
    ("   ACM", "ACM"),
    ("             Greenbrier Special Situations Master Fund (Offshore), Ltd.",
     "Greenbrier Special Situations Master Fund (Offshore), Ltd."),
    ("A.  Acme Master Fund (Offshore), Ltd.", "Acme Master Fund (Offshore), Ltd."),
    ("2.  Acme Partners 2015-II, L.P.", "Acme Partners 2015-II, L.P."),
])
def test_holder_heading(line, who):
    assert HOLDER_HEADING.match(line)["who"].strip() == who


@pytest.mark.parametrize("line", ["Item 4. Ownership", "(a) Amount beneficially owned: 5"])
def test_holder_heading_negative(line):
    assert HOLDER_HEADING.match(line) is None


_BLOCKS = """Item 4.      Ownership.

             A.  Acme Special Situations Master Fund (Offshore), Ltd.

                 (a) Amount beneficially owned: 1,600,000
                 (b) Percent of class: 6.4%

             B.  Acme Capital Partners 2015-II, L.P.

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
        ("Acme Capital Partners 2015-II, L.P.", "aggregate", 250000),
        ("Acme Capital Partners 2015-II, L.P.", "percent", 1.0)]


@pytest.mark.parametrize("text", [
    "Item 4. Ownership\n  As of December 31, 2023:\n  (a) Amount beneficially owned: 5\n",
    "Item 4. Ownership\n  The Reporting Persons own 5,000 shares of the Issuer.\n  (a) Amount "
    "beneficially owned: 5\n",
    "Item 4. Ownership\n  Page 5 of 7\n  (a) Amount beneficially owned: 5\n",
])
def test_no_holder_heading_above(text):
    src = SourceText(path="x.txt", text=text)
    assert [(v.who, v.reading.value) for v in read_item4_values(src, 0, len(text))] == [(None, 5)]
