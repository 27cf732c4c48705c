"""Layout and wording variants of real filings (session 46 sweep, sw46): the original's facts.

Each fixture under tests/fixtures/filings/sw46/ is a real filing with one edit that the
session 46 re-run of the layout and wording sweeps found misread; its SOURCES.tsv line names
the original and the edit. The parse must give the original's numbers, parties and relations.
"""

from __future__ import annotations

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_cover_search import clean_cover_text
from tests.conftest import ROOT

SW46 = ROOT / "tests" / "fixtures" / "filings" / "sw46"
HOLDOUT = ROOT / "tests" / "fixtures" / "filings" / "holdout"


def _holdings(path) -> list[tuple]:
    """(holder, shares, percent, sole/shared voting, sole/shared dispositive) of each holding."""
    rec = parse_path(path).records[0]
    names = {p.id: p.name for p in rec.parties}
    return sorted((names[c.source], c.shares, c.percent, c.sole_voting, c.shared_voting,
                   c.sole_dispositive, c.shared_dispositive)
                  for c in rec.claims if c.relation.value == "beneficial_owner_of")


def test_row_numbers_with_a_dot_glued_to_their_labels():
    # 2005_SC_13G_1094831 with "<P>6.<B>SHARED VOTING POWER: </B><U>-</P>" over
    # "<P>7.<B>SOLE DISPOSITIVE POWER: ...": the "7." of the next row was read as the shared
    # voting power (and "8.", "9." as the rows after): 7, 8 and 9 shares the filing never gives
    want = [("Lazard Asset Management LLC", 2163915, 6.7, 1909915, 0, 2163915, 0)]
    assert _holdings(HOLDOUT / "2005_SC_13G_1094831.txt") == want
    assert _holdings(SW46 / "2005_SC_13G_1094831_row_dot.txt") == want


def test_a_glued_row_number_is_blanked_but_no_decimal_nor_a_dotted_word():
    assert clean_cover_text("POWER: -\n\n7.SOLE DISPOSITIVE").split() == [
        "POWER:", "-", "SOLE", "DISPOSITIVE"]
    assert clean_cover_text("POWER: 7.5%  Fund 2.A").split() == ["POWER:", "7.5%", "Fund", "2.A"]
