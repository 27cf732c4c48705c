"""Text 13D/13G typed with tabs read as they do once their tabs are expanded to 8-column stops
(as an editor or a browser's <pre> shows them): a tab's run of spaces that tears a word, parts
a trust from its date or meets an I.R.S. number is no new party (session 46, tx46; each
fixture is a real tab-typed filing with only its tabs expanded)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_cover_compact import COMPACT_ROW, COMPACT_ROW_SPACED
from graphkit.parsers.schedule13_cover_names import split_cells
from graphkit.parsers.schedule13_cover_patterns import NAME_NINE_DIGIT_ID

TX46 = Path(__file__).parent.parent / "fixtures" / "filings" / "tx46"


def _record(name: str):
    return parse_path(str(TX46 / name)).records[0]


@pytest.mark.parametrize("text, cells", [
    # a run ending at a tab stop (column 24, 16) between lower-case letters: one torn word
    ("        Wronfield Can   oital Fund-V, L.P.", ["Wronfield Can   oital Fund-V, L.P."]),
    ("        Delawa  re", ["Delawa  re"]),  # one cell (its spaces joined by the readers)
    ("Acme Fund, L.P.   Delaware", ["Acme Fund, L.P.", "Delaware"]),  # a capital: a new cell
    ("Acme Fund LP    123456789", ["Acme Fund LP", "123456789"]),
    ("(a)   sole", ["(a)", "sole"]),  # no letter before the gap
    # review of session 46: a note beside a name is its own cell (no tab stop; a capital)
    ("Jane Roe    see Item 2", ["Jane Roe", "see Item 2"]),
    ("ACME FUND LP    c/o Roe Capital", ["ACME FUND LP", "c/o Roe Capital"]),
    ("        Wronfield Can     oital Fund-V", ["Wronfield Can", "oital Fund-V"]),  # column 26
])
def test_split_cells_expanded_tab_inside_a_word(text, cells):
    assert [c for _, _, c in split_cells(text, 0)] == cells


def test_torn_name_after_expanded_tabs_is_the_existing_party():
    # "        Tridont Can     oital Fund-V Affiliates Fund (Q), L.P." (OCR tore the name;
    # the tabs expanded) read as the tab-typed original: no party "Tridont Can"
    rec = _record("seed_000_ef32b5b8_2013_SC_13G_tabx.txt")
    parties = {p.name: p for p in rec.parties}
    assert not any(n.startswith("Tridont") for n in parties)
    fund = parties["Trident Capital Fund-V Affiliates Fund (Q), L.P."]
    assert ([r.value for r in fund.roles], fund.jurisdiction) == (["reporting_person"],
                                                                 "Delaware")
    # "        Netherla        ands": one word torn, as in the original
    assert parties["Trident Capital Parallel Fund-V, C.V."].jurisdiction == "Netherlands"
    claim = next(c for c in rec.claims if c.source == fund.id
                 and c.relation.value == "beneficial_owner_of")
    assert (claim.shares, claim.percent, claim.sole_voting, claim.sole_dispositive,
            claim.disclaims) == (31269, 0.1, 31269, 31269, True)


def test_trust_date_in_a_column_of_its_own():
    # "        Ashby Family Trust dated        06-01-1995": the date is the trust's
    rec = _record("f28c_dated_trust_tab_date_tabx.txt")
    assert sorted(p.name for p in rec.parties) == \
        ["Ashby Family Trust", "Granite Harbor Bancorp", "Paul D. Ashby"]
    trust = next(p for p in rec.parties if p.name == "Ashby Family Trust")
    assert trust.jurisdiction == "Delaware"
    claim = next(c for c in rec.claims if c.source == trust.id)
    assert (claim.shares, claim.percent, claim.sole_voting) == (700000, 5.4, 700000)


@pytest.mark.parametrize("name, cut", [
    ("Acme Bank, NA., 123456789", "Acme Bank, NA."),
    ("Acme Bank, NA.,123456789 ", "Acme Bank, NA."),
    ("Acme Fund 1999", "Acme Fund 1999"),           # a name's own number, no comma
    ("Acme CLO 2006-1, Ltd.", "Acme CLO 2006-1, Ltd."),
    ("Acme Fund, 12345678", "Acme Fund, 12345678"),  # eight digits: no I.R.S. number
])
def test_name_nine_digit_id(name, cut):
    assert NAME_NINE_DIGIT_ID.sub("", name) == cut


def test_tax_number_one_space_after_the_name():
    # "        BARCLAYS GLOBAL INVESTORS, NA., 943112180" (the tab stop one space away)
    rec = _record("barclays_unionbancal_2008_tab_taxid_tabx.txt")
    names = {p.id: p for p in rec.parties}
    claim = next(c for c in rec.claims if c.relation.value == "beneficial_owner_of")
    person = names[claim.source]
    assert person.name == "BARCLAYS GLOBAL INVESTORS, NA"
    assert sorted(i.value for i in person.identifiers) == ["0000913414", "94-3112180"]
    assert (names[claim.target].name, claim.shares, claim.percent, claim.sole_voting) == \
        ("UNION BANCAL CORP", 8017641, 5.79, 6687104)


@pytest.mark.parametrize("pattern, text, groups", [
    (COMPACT_ROW_SPACED, "Item 1: Reporting Person - Acme LLC\n",
     ("1", None, None, "Reporting Person - Acme LLC")),
    (COMPACT_ROW_SPACED, "Item 11:        8.302%\n", ("11", None, None, "8.302%")),
    (COMPACT_ROW, "Item    1:      REPORTING PERSONS\n        Acme Fund LP\n",
     ("1", "REPORTING PERSONS", "Acme Fund LP", None)),
])
def test_compact_row_tabs_expanded(pattern, text, groups):
    m = pattern.search(text)
    assert (m["num"], m["label"], m["below"], m["value"]) == groups


def test_compact_row_keeps_its_tab_the_spaced_row_its_stop():
    assert COMPACT_ROW.search("Item 1: Reporting Person - Acme LLC") is None
    # the spaced pattern finds it; find_compact_cover_pages keeps only a value at a tab stop
    assert COMPACT_ROW_SPACED.search("Item 4:  Ownership").start("value") == 9


def _holders(name: str) -> dict[str, tuple]:
    rec = _record(name)
    names = {p.id: p for p in rec.parties}
    return {names[c.source].name: (names[c.target].name, c.shares, c.percent, c.sole_voting,
                                   c.sole_dispositive, names[c.source].jurisdiction)
            for c in rec.claims if c.relation.value == "beneficial_owner_of"}


def test_compact_cover_one_space_after_the_colon():
    # "Item 1: Reporting Person - FMR Corp." / "Item 4: Delaware" (the tab's stop one space on)
    assert _holders("2005_SC_13GA_873044_tabx.txt") == {
        "FMR Corp.": ("RadiSys Corporation", 0, 0.0, 0, 0, "Delaware"),
        "Edward C. Johnson 3d": ("RadiSys Corporation", 0, 0.0, 0, 0,
                                 "United States of America"),
        "Abigail P. Johnson": ("RadiSys Corporation", 0, 0.0, 0, 0, "United States of America"),
    }


def test_compact_cover_wide_gap_after_the_colon():
    # "Item 1:                 Reporting Person - FMR LLC" ("Item 1: \t   \t" expanded)
    assert _holders("2017_SC_13G_1273801_tabx.txt") == {
        "FMR LLC": ("NORTHSTAR RLTY FIN CORP", 15008699, 8.302, 2261276, 15008699, "Delaware"),
        "Abigail P. Johnson": ("NORTHSTAR RLTY FIN CORP", 15008699, 8.302, 0, 15008699,
                               "United States of America"),
    }


def test_compact_cover_item_and_number_apart():
    # "Item    1:      REPORTING PERSONS" ("Item\t1:\t" expanded)
    assert _holders("2001_SC_13G_880804_tab_compact_tabx.txt") == {
        "Dimensional Fund Advisors Inc.": ("PTEK HLDGS INC", 2542287, 5.3, 2542287, 2542287,
                                           "Delaware"),
    }
