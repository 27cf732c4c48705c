"""Layout and wording variants of real filings (session 46 sweep, sw46): the original's facts.

Each fixture under tests/fixtures/filings/sw46/ is a real filing with one edit that the
session 46 re-run of the layout and wording sweeps found misread; its SOURCES.tsv line names
the original and the edit. The parse must give the original's numbers, parties and relations.
"""

from __future__ import annotations

import re

from graphkit.parse import parse_path
from graphkit.parsers.partybook_acronyms import acronym_cost
from graphkit.parsers.partybook_names import discriminators
from graphkit.parsers.prose_owned_patterns import OWNS_PERCENT_OF
from graphkit.parsers.prose_role_patterns import ROLE
from graphkit.parsers.prose_stock_patterns import PERCENT_OF_STOCK
from graphkit.parsers.schedule13_cover_search import clean_cover_text
from graphkit.parsers.schedule13_table_lines import VALUE_CELL, VALUE_CELLS
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


def _links(path) -> tuple[set[tuple], dict[str, list[str]]]:
    """The claims (source, relation, target, shares, percent) and each party's identifiers."""
    rec = parse_path(path).records[0]
    names = {p.id: p.name for p in rec.parties}
    claims = {(names[c.source], c.relation.value, names[c.target], c.shares, c.percent)
              for c in rec.claims}
    return claims, {p.name: sorted(i.value for i in p.identifiers) for p in rec.parties}


def test_a_limited_partnership_spelled_out_is_an_lp():
    # filing/1996_SC_13GA_933203 with each "L.P." spelled "Limited Partnership": "D.E. Shaw &
    # Co., Limited Partnership, the general partner of D.E. Shaw" was read as a "Ltd" (its word
    # "limited"), so not the partnership the cover's "L.P." names: D.E. Shaw & Co., Inc. was
    # made the general partner of D.E. Shaw Investments (the filing never says so), and the
    # EDGAR header's CIK of D.E. Shaw Investments was lost
    claims, ids = _links(SW46 / "1996_SC_13GA_933203_limited_partnership.txt")
    lp, fund = "D.E. Shaw & Co., Limited Partnership", "D.E. Shaw Investments, Limited Partnership"
    assert claims == {
        ("D.E. Shaw & Co., Inc.", "general_partner_of", lp, None, None),
        (lp, "general_partner_of", fund, None, None),
        ("David E. Shaw", "officer_of", "D.E. Shaw & Co., Inc.", None, None),
        ("David E. Shaw", "shareholder_of", "D.E. Shaw & Co., Inc.", None, None),
        (fund, "beneficial_owner_of", "First USA, Inc.", 698700, 12.2),
        ("David E. Shaw", "beneficial_owner_of", "First USA, Inc.", 698700, 12.2)}
    assert ids[fund] == ["0000933203", "13-3470777"]


def test_spelled_legal_forms_read_as_their_codes():
    assert discriminators("Roe Capital Co., Limited Partnership") == discriminators(
        "Roe Capital Co., L.P.")
    assert discriminators("Roe Capital, Limited Liability Company")["legal"] == {"llc"}
    assert acronym_cost("RCM", "Roe Capital Management, Limited Partnership") == 0
    assert acronym_cost("RCM", "RCM GP, LLC") == 1  # the partnership's term, not its GP's


def test_a_class_caption_run_into_the_class_keeps_the_lines_above():
    # harvest27/03_bedford_amrep_1994_sc13da with "Common Stock" over "par value $.10 per share
    # (Title of" over "Class of Securities)": only the caption's own line was read as the class
    harvest = ROOT / "tests" / "fixtures" / "filings" / "harvest27"
    for path in (harvest / "03_bedford_amrep_1994_sc13da.txt",
                 SW46 / "03_bedford_amrep_1994_sc13da_caption_wrapped.txt"):
        assert parse_path(path).records[0].security_class == "Common Stock par value $.10 per share"


def test_a_caption_whole_on_its_values_line_takes_no_line_above(tmp_path):
    # review of session 46: 2003_SC_13G_874691 with its issuer printed on the caption's line
    # ("OUTBACK STEAKHOUSE, INC. (Name of Issuer)") right under the form's heading: the issuer
    # was read with the heading's last lines ("TO RULES 13d-l(b), ... 13d-2 OUTBACK ...")
    lines = (ROOT / "tests" / "fixtures" / "filings" / "2003_SC_13G_874691.txt").read_text(
        encoding="latin-1").split("\n")
    at = next(k for k, t in enumerate(lines) if "(AMENDMENT NO. ___)" in t)
    assert lines[at + 3].strip() == "(Name of Issuer)"
    lines[at:at + 4] = ["                  OUTBACK STEAKHOUSE, INC. (Name of Issuer)"]
    path = tmp_path / "issuer_on_the_captions_line.txt"
    path.write_text("\n".join(lines), encoding="latin-1")
    issuer = next(p for p in parse_path(path).records[0].parties if "issuer" in
                  [r.value for r in p.roles])
    assert issuer.name == "OUTBACK STEAKHOUSE, INC."  # as the unedited filing gives it


def _claims(path) -> set[tuple]:
    return _links(path)[0]


def test_a_percent_cell_with_a_space_before_its_sign():
    # filing/1994_SC_13D_356981 (the Fitzgerald family on Suburban Bancorp, one cover for all)
    # with Gerald F. Fitzgerald's table lines typed ".4   8.8 %": the line was no table line
    # and his percents of Class A and Class B were lost
    for path in (ROOT / "tests" / "fixtures" / "filings" / "filing" / "1994_SC_13D_356981.txt",
                 SW46 / "1994_SC_13D_356981_percent_space.txt"):
        mine = {c for c in _claims(path) if c[0] == "Gerald F. Fitzgerald"
                and c[1] == "beneficial_owner_of"}
        assert mine == {("Gerald F. Fitzgerald", "beneficial_owner_of", "SUBURBAN BANCORP, INC.",
                         7950, 0.4),
                        ("Gerald F. Fitzgerald", "beneficial_owner_of", "SUBURBAN BANCORP, INC.",
                         110872, 8.8)}


def test_a_stated_percent_role_with_a_space_before_its_sign():
    # corpus 13d/celtics_gaston_1998_sc13da with "Celtics Limited Partnership, a partnership of
    # which Boston Celtics Corporation is the 1 % general partner": the role was lost
    gp = ("Boston Celtics Corporation", "general_partner_of", "Celtics Limited Partnership",
          None, None)
    assert gp in _claims(SW46 / "celtics_gaston_1998_sc13da_percent_space.txt")


def test_role_pattern_reads_a_stake_with_or_without_a_space_before_its_sign():
    role = re.compile(ROLE, re.VERBOSE)
    for text in ("the 1% general partner", "the 1 % general partner",
                 "the 1 percent general partner", "the 0.5% general partner"):
        assert role.fullmatch(text), text
    assert not role.fullmatch("the 1 %general partner")


def test_value_cells_take_a_percent_sign_after_a_space():
    m = VALUE_CELLS.search("Jane Q. Roe  . . .        .4            8.8 %")
    assert [c["cell"] for c in VALUE_CELL.finditer(m.group())] == [".4", "8.8 %"]
    assert VALUE_CELLS.search("Jane Q. Roe  . . .   8.8  %") is None  # two spaces: no sign


def test_a_stake_with_a_footnote_mark_after_its_percent():
    # holdout/1994_SC_13DA_830134 (FMR Corp. on Brookstone) with "Edward C. Johnson 3d owns
    # 24.9%* of the outstanding voting common stock of FMR": his stake in FMR Corp. was lost
    stake = ("Edward C. Johnson 3d", "shareholder_of", "FMR Corp.", None, 24.9)
    assert stake in _claims(HOLDOUT / "1994_SC_13DA_830134.txt")
    assert stake in _claims(SW46 / "1994_SC_13DA_830134_percent_star.txt")


def test_stake_patterns_take_a_footnote_mark_after_the_sign():
    for text in ("Jane Roe owns 60%* of Acme Corp.", "Jane Roe owns 60% (1) of Acme Corp.",
                 "Jane Roe owns 60% of Acme Corp."):
        assert OWNS_PERCENT_OF.search(text)["pct"] == "60", text
    text = ("Jane Roe and John Roe each own in excess of 10%** of the outstanding Common Stock"
            " of Acme")
    assert PERCENT_OF_STOCK.search(text)["pct"] == "10"
    assert OWNS_PERCENT_OF.search("Jane Roe owns 60%(12a) of Acme Corp.") is None


def test_a_numbered_row_label_after_the_enumerated_persons_is_no_person():
    # filing/1994_SC_13D_356981 with its cover rows numbered "(1)" ... "(14)": after the persons
    # "(i)" ... "(x)" of row 1, "(2)  Check the Appropriate Row if a Member of a Group:" was
    # read as an eleventh enumerated person, a reporting person the filing never names
    def reporting(path):
        rec = parse_path(path).records[0]
        return sorted(p.name for p in rec.parties if "reporting_person" in
                      [r.value for r in p.roles])
    want = ["C. Nina Fitzgerald", "Denise M. Fitzgerald", "Gerald F. Fitzgerald",
            "Gerald F. Fitzgerald, Jr.", "James G. Fitzgerald", "Jane M. Fitzgerald",
            "Julie F. Schauer", "Marjorie G. Fitzgerald", "Peter G. Fitzgerald",
            "Thomas G. Fitzgerald"]
    original = ROOT / "tests" / "fixtures" / "filings" / "filing" / "1994_SC_13D_356981.txt"
    assert reporting(original) == want
    assert reporting(SW46 / "1994_SC_13D_356981_row_paren.txt") == want
