"""A Schedule 13D/13G's statement of what its reporting persons hold together
(graphkit.parsers.schedule13_group_holding)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_group_holding import (AGGREGATE_OWNED, BETWEEN, COLLECTIVE_CUE,
                                                        GROUP_NUMBER, GROUP_SUBJECT,
                                                        _aggregate_owned, read_group_holdings)
from graphkit.source import SourceText
from tests.conftest import check_text_13_filings, corpus_file

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


def _read(text: str) -> list[tuple]:
    return [(g.shares, g.percent) for g in read_group_holdings(SourceText(path="x.txt",
                                                                          text=text))]


def test_key_colony_item_5c():
    # 2000 SC 13D, Item 5(c), lines 476-478
    [g] = parse_path(FILINGS / "roster" / "2000_SC_13D_1029688.txt").records[0].group_holdings
    assert (g.shares, g.percent, g.evidence.line) == (239_700, 5.6, 476)
    assert g.evidence.text.startswith("The Holders, at the present time, collectively own")


def test_happy_kids_item_3_percent_only():
    # 1999 SC 13D/A, Item 3, line 433: "The Reporting Group , which collectively holds 74.69%"
    rec = parse_path(FILINGS / "totals31" / "1999_SC_13DA_1052262_primary.txt").records[0]
    assert [(g.shares, g.percent, g.evidence.line) for g in rec.group_holdings] == \
        [(None, 74.69, 433)]


def test_icahn_in_the_aggregate():
    # 2021 SC 13D on Bausch Health, Item 5(a)
    rec = parse_path(corpus_file("13d/icahn_bausch_2021_sc13d.txt")).records[0]
    assert [(g.shares, g.percent) for g in rec.group_holdings] == [(27_807_410, 7.83)]


def test_a_filing_stating_no_group_holding_has_none():
    rec = parse_path(corpus_file("13g/deshaw_firstusa_1996_sc13ga.txt")).records[0]
    assert rec.group_holdings == []


@pytest.mark.parametrize("text, expected", [
    ("In the aggregate, the Reporting Persons beneficially own 1,250,000 Shares, representing "
     "approximately 8.1% of the outstanding Shares.", [(1_250_000, 8.1)]),
    ("The Reporting Persons may be deemed to beneficially own, in the aggregate, 27,807,410 "
     "Shares (including Shares underlying forward contracts), representing approximately "
     "7.83% of the outstanding Shares.", [(27_807_410, 7.83)]),
    ("The Filing Persons collectively hold 500,000 shares of Common Stock.", [(500_000, None)]),
    ("As a group, the Reporting Persons own an aggregate of 900,000 Shares, or 9.0% of the "
     "class.", [(900_000, 9.0)]),
    ("The Trusts, which own an aggregate of 1,907,000 shares of Common Stock; the rest",
     [(1_907_000, None)]),
])
def test_group_statements_are_read(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    # a purchase, not a holding
    "The Reporting Persons purchased an aggregate of 22,774,263 Shares for $387.2 million.",
    # each holder's, not the group's
    "Each of the Reporting Persons collectively owns 1,000 Shares.",
    # no word saying together
    "The Reporting Persons own 1,000,000 Shares.",
    # a holding of preferred stock beside a common stock cover
    "The Reporting Persons collectively own 10,000 shares of Series A Preferred Stock.",
    # a past holding
    "Before the sale, the Reporting Persons collectively owned 2,000,000 Shares.",
    # not a group's term ("the shares")
    "Together the shares own 1,000 shares.",
])
def test_other_statements_are_not_read(text):
    assert _read(text) == []


@pytest.mark.parametrize("text, expected", [
    # review s32 H2: a percent of something else in the sentence is not the count's
    ("The Holders collectively own 239,700 shares, of which Acme Fund owns approximately 4.6 %"
     " of the class.", [(239_700, None)]),
    ("The Holders collectively own 239,700 shares of Common Stock, and Jane Roe owns "
     "approximately 12.0 % of the Class B.", [(239_700, None)]),
    # another class's count is no holding of the cover's class
    ("The Holders collectively own 239,700 shares of Class B Common Stock, representing 100% "
     "of the outstanding Class B.", []),
    ("The Holders collectively own 223,700 shares on an as-converted basis.", []),
    # M1: an aside adding others to the subject
    ("The Reporting Persons, together with Jane Roe and Acme Fund, collectively own 223,700 "
     "shares.", []),
])
def test_review_s32_statements(text, expected):
    assert _read(text) == expected


def test_a_term_for_other_holders_is_no_subject():
    # M1: "the Supporting Stockholders" are not the filing's reporting persons
    src = SourceText(path="x.txt", text="The Supporting Stockholders, which collectively hold "
                     "223,700 shares, signed the agreement. The Holders collectively own "
                     "239,700 shares.")
    assert [g.shares for g in read_group_holdings(src, terms={"Holders"})] == [239_700]
    assert [g.shares for g in read_group_holdings(src)] == [223_700, 239_700]


def test_the_percent_is_read_in_the_same_sentence_only():
    assert _read("The Holders collectively own 239,700 shares. Acme Fund holds 4.6% of the "
                 "class.") == [(239_700, None)]


def test_patterns_alone():
    m = GROUP_SUBJECT.search("that The Reporting  Group , which")
    assert m is not None and m["group"] == "Reporting  Group"
    b = BETWEEN.match(", at the present time, collectively own 239,700 shares")
    assert b is not None and b["before"].strip() == "collectively" and b["verb"] == "own"
    n = GROUP_NUMBER.match("74.69% of the Company's outstanding Shares")
    assert n is not None and n["pct"] == "74.69"


#: COLLECTIVE_CUE without its lookahead of first letters: what it must find, no more, no less
PLAIN_CUE = re.compile(r"""
    \b(?:collectively|together|jointly|aggregate|as\s+a\s+group|combined)\b
""", re.VERBOSE | re.IGNORECASE)


def _assert_cues_agree(text: str) -> None:
    assert [m.span() for m in COLLECTIVE_CUE.finditer(text)] == \
        [m.span() for m in PLAIN_CUE.finditer(text)]


def test_collective_cue_finds_what_the_plain_pattern_finds():
    # the lookahead only skips ahead: the same words, in every text filing of the corpus
    _assert_cues_agree("Together, the Reporting Persons, AS  A\nGROUP, own; JOINTLY; "
                       "Aggregate; combined; altogether; jointlyheld; as a groupie; "
                       "in the AGGREGATE; Collectively")
    assert [m[0] for m in COLLECTIVE_CUE.finditer("Together, as a Group and altogether")] == \
        ["Together", "as a Group"]
    check_text_13_filings(_assert_cues_agree)


def _assert_aggregates_agree(text: str) -> None:
    for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
        assert [m.span() for m in _aggregate_owned(text, start, end)] == \
            [m.span() for m in AGGREGATE_OWNED.finditer(text, start, end)]


def test_aggregate_statements_are_found_as_the_plain_search_finds_them():
    # tried only at "aggregate" (any case): the same matches as the search, on every corpus
    # text filing, in a part of one too (a match may not start before it, nor end after it)
    _assert_aggregates_agree("The AGGREGATE number of shares owned by the Reporting Persons "
                             "is 1,150,000 shares (11.4%); the Aggregate amount of Common Stock "
                             "held by all of the Filing Persons is 20,000. The aggregate")
    check_text_13_filings(_assert_aggregates_agree)


def test_vitria_aggregate_number_owned_by_all_reporting_persons():
    # 2006 SC 13D (HTML), Item 5: "The aggregate number of shares beneficially owned by all
    # Reporting Persons named in this Schedule, including shares subject to options exercisable
    # within 60 days of September 20, 2006, is 11,792,695 or 32.4% of the class" (review s33
    # rvA M5: not read, the total's note did not mention it)
    rec = parse_path(FILINGS / "rv34" / "chang_skeen_vitria_2006_sc13d_cut.txt").records[0]
    [g] = rec.group_holdings
    assert (g.shares, g.percent) == (11_792_695, 32.4)
    assert g.evidence.text.startswith("The aggregate number of shares beneficially owned by all")


@pytest.mark.parametrize("text, expected", [
    ("The aggregate amount of Common Stock owned by the Reporting Persons is 1,150,000 shares "
     "(11.4%).", [(1_150_000, 11.4)]),
    ("The aggregate number of Shares held by the Reporting Persons is 2,000,000.",
     [(2_000_000, None)]),
    # another class; each person's own; a percent of another holder's is no part of it
    ("The aggregate number of shares of Series A Preferred Stock owned by the Reporting "
     "Persons is 1,150,000.", []),
    ("The aggregate number of shares beneficially owned by each Reporting Person is 1,000.", []),
    ("The aggregate number of shares owned by the Reporting Persons is 1,150,000, of which "
     "Acme Fund owns 5.2%.", [(1_150_000, None)]),
])
def test_aggregate_number_statements(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [  # review s34 rv5 M4, L1
    ("The aggregate number of shares owned by the Reporting Persons other than Acme Fund is "
     "500,000.", []),
    ("The aggregate number of shares owned by the Reporting Persons and the Other Stockholders "
     "is 9,000,000.", []),
    ("The aggregate number of shares owned by the Reporting Persons' affiliates is 9,000,000.",
     []),
    ("The aggregate number of shares owned by the Reporting Persons as of March 1, 2019 was "
     "9,000,000.", []),
    ("The aggregate number of shares owned by the Reporting Persons of Class B Common Stock is "
     "9,000,000.", []),
    ("The aggregate number of shares of Class B Common Stock owned by the Reporting Persons is "
     "1,000. The aggregate number of shares owned by the Reporting Persons is 2,000,000.",
     [(2_000_000, None)]),
])
def test_aggregate_number_statements_of_others(text, expected):
    assert _read(text) == expected
