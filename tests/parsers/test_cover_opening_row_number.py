"""A cover's own row number printed after its label, before the value: never the value.

A typed cover run together into paragraphs (HTML that keeps one ``<p>`` per paragraph of the
text) reads "SOLE VOTING POWER 5 NUMBER OF 800": the row number 5 came first after the label,
and was read as 5 shares (hx46 sweep, the 'para' variants).
"""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_cover_patterns import OPENING_ROW_NUMBER
from graphkit.parsers.schedule13_cover_search import blank_opening_row_number

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"
#: 13g/capitalgroup_warnerlambert_1994_sc13g.txt, each paragraph of its <TEXT> one <p>
CAPITAL_PARA = FILINGS / "hx46" / "capitalgroup_warnerlambert_1994_sc13g_para.txt"


def test_opening_row_number_pattern():
    assert OPENING_ROW_NUMBER.match(" 5 NUMBER OF 800")["num"] == "5"
    assert OPENING_ROW_NUMBER.match(" BENEFICIALLY 6 NONE OWNED BY")["num"] == "6"
    assert OPENING_ROW_NUMBER.match(" WITH 8 -0-")["num"] == "8"
    assert OPENING_ROW_NUMBER.match(" WITH 8 ---- - -----")["num"] == "8"
    assert OPENING_ROW_NUMBER.match(" 8 ----\nAGGREGATE")["num"] == "8"
    assert OPENING_ROW_NUMBER.match(" 8 -Acme") is None
    assert OPENING_ROW_NUMBER.match(" 9 6,941,000 Beneficial ownership")["num"] == "9"
    assert OPENING_ROW_NUMBER.match(" 5 (see Item 4)") is None  # no value follows
    assert OPENING_ROW_NUMBER.match(" 800\n 6") is None  # the value itself
    assert OPENING_ROW_NUMBER.match(" 5\n800") is None  # on another line: not this reading


def test_only_the_fields_own_row_is_blanked():
    assert blank_opening_row_number(" 7 REPORTING 6,941,000", (7, 9)).split() == [
        "REPORTING", "6,941,000"]
    assert blank_opening_row_number(" 7 REPORTING 6,941,000", (5, 7)) == \
        "   REPORTING 6,941,000"
    assert blank_opening_row_number(" 12 1,000", (5, 7)) == " 12 1,000"


def test_capital_group_paragraphs_read_the_values_not_row_numbers():
    rec = parse_path(CAPITAL_PARA).records[0]
    name = {p.id: p.name for p in rec.parties}
    held = {name[c.source]: (c.shares, c.percent, c.sole_voting, c.shared_voting,
                             c.sole_dispositive, c.shared_dispositive)
            for c in rec.claims if c.relation.value == "beneficial_owner_of"}
    # as the typed filing: not (9, 5.16, 5, 0, 7, 0), the rows 9, 5 and 7
    assert held == {"The Capital Group, Inc.": (6941000, 5.16, 800, 0, 6941000, 0),
                    "Capital Research and Management Company": (6940200, 5.16, 0, 0,
                                                                6940200, 0)}


#: 1997_SC_13DA_1026797.txt, each paragraph of its <TEXT> one <p>: "... IN ROW (11): .75%"
KECSEG_PARA = FILINGS / "hx46" / "1997_SC_13DA_1026797_para.txt"


def test_leading_dot_percent_after_a_colon_is_below_one_percent():
    rec = parse_path(KECSEG_PARA).records[0]
    name = {p.id: p.name for p in rec.parties}
    held = {name[c.source]: (c.shares, c.percent, c.sole_voting, c.shared_voting)
            for c in rec.claims if c.relation.value == "beneficial_owner_of"}
    assert held["Robert J. Kecseg"] == (39300, 0.75, 37300, 2000)  # not 75.0
