"""OCR damage in real filings' cover pages and Item 4 tables (session 32 OCR review): a
number is read right, or left out with a warning naming the place; never silently wrong.
Each fixture is a corpus filing's text with one or two edits (tests/fixtures/filings/ocr32)."""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path
from tests.conftest import held_claims

OCR32 = Path(__file__).resolve().parent / "fixtures" / "filings" / "ocr32"


def _held(name: str) -> tuple[dict, list]:
    return held_claims(OCR32 / name)


def test_a_letter_in_a_later_digit_group_is_read_as_its_digit():
    # "1,399,O96" was read as 1,399 (H1)
    held, _ = _held("wesmar_s2golf_2000__H1_inner_group_letter.txt")
    ross = held["Robert L. Ross"]
    assert (ross.shared_voting, ross.shares) == (1_399_096, 1_473_596)
    # "197,I87 shares" was read as 197
    held, _ = _held("accipiter_bthcvi_2007__H1b_inner_group_letter.txt")
    assert held["Accipiter Life Sciences Fund II (QP), LP"].sole_dispositive == 197_187


def test_an_unreadable_aggregate_is_left_empty_with_a_warning_not_the_next_row_number():
    # "2,914,2#0": the "0" after "#" is a fragment and the "10" of the next row's label is no
    # cell (H2: the aggregate was 10)
    held, warnings = _held("farallon_spiritfinance_2006__H2x_hash.txt")
    fcp = held["Farallon Capital Partners, L.P."]
    assert (fcp.shares, fcp.shared_voting, fcp.percent) == (None, 2_914_200, 4.3)
    assert {(w.code, w.line) for w in warnings} == {("unread-cover-number", 115),
                                                    ("missing-value", 75)}


def test_ocr_forms_of_zero():
    # a cover cell "-O-" (H3)
    held, _ = _held("enable_enerjex_2007__H3a_dash_O_dash_zero.txt")
    assert held["Enable Capital Management, LLC"].shared_voting == 0
    # Item 4 table cells "iil" and "None" (H3): sole voting and dispositive power 0
    held, _ = _held("franklin_humana_1998__H3b_item4_table_zero_word.txt")
    frk = held["Franklin Resources, Inc."]
    assert (frk.sole_voting, frk.sole_dispositive) == (0, 0)


def test_a_percent_sign_read_as_9_slash_0_is_settled_by_the_shares_outstanding():
    # "9.09/0" is 9.09% or 9.0% (the % sign read as "9/0"); 2,000,000 of 22,203,256 is 9.01%
    held, warnings = _held("enable_enerjex_2007__H4_percent_9slash0.txt")
    assert held["Enable Capital Management, LLC"].percent == 9.0  # was 9.09
    [w] = [w for w in warnings if w.code == "percent-sign"]
    assert w.line == 53 and "'9.09/0' reads 9.0% or 9.09%" in w.message and \
        "2,000,000 of 22,203,256 outstanding is 9.01%" in w.message


def test_a_digit_the_cover_sums_show_is_warned_and_kept():
    # H7: row 11 "2,000,090" beside powers of 2,000,000 and 0 (both pairs)
    held, warnings = _held("enable_enerjex_2007__H7_digit_vs_power_sums.txt")
    assert held["Enable Capital Management, LLC"].shares == 2_000_090  # as printed
    assert [(w.code, w.line) for w in warnings] == [("digit-slip", 53)]
    assert "the aggregate, 2,000,090, is one digit off the 2,000,000" in warnings[0].message
    # shared voting "32,500" where the aggregate and shared dispositive power are 32,600
    held, warnings = _held("tontine_homestead_2004__H7b_digit_in_shared_voting.txt")
    [w] = [w for w in warnings if w.code == "digit-slip"]
    assert "voting power: 0 sole + 32,500 shared = 32,500, but the aggregate is 32,600" in \
        w.message


def test_a_term_after_a_name_cut_by_ocr_binds_no_other_party():
    # H6: '... of 8oston Celtics Limited Partnership ("BCLP")' bound "BCLP" to the issuer's
    # subsidiary Celtics Limited Partnership and merged it with the issuer (7 nodes, not 8)
    from graphkit.pipeline import build
    G = build([OCR32 / "celtics_gaston_1998__H6_wrong_merge_8oston.txt"]).graph
    names = sorted(d["name"] for _, d in G.nodes(data=True))
    assert "Celtics Limited Partnership" in names and \
        "Boston Celtics Limited Partnership" in names and len(names) == 9
    # "Brookwood Investments Inc., a corporation of which Don F. Gaston is the sole
    # stockholder" and "Brookwood Investments Ltd., a limited partnership": two bodies
    assert {"Brookwood Investments Inc.", "Brookwood Investments Ltd."} <= set(names)
    [(gp, fund)] = [(G.nodes[u]["name"], G.nodes[v]["name"]) for u, v, d in G.edges(data=True)
                    if d["relation"] == "general_partner_of" and "Celtics" in G.nodes[v]["name"]]
    assert (gp, fund) == ("Boston Celtics Corporation", "Celtics Limited Partnership")


def test_a_mark_before_a_cover_number_still_reads():
    # rv5 M3: "*2,000,000" was left empty when marks before a digit ended tokens; only "#"
    # does ("2,914,2#0")
    held, _ = _held("enable_enerjex_2007__r5_star_aggregate.txt")
    assert held["Enable Capital Management, LLC"].shares == 2_000_000


def test_a_whole_percent_with_a_9_slash_0_sign():
    # rv5 M5: "19/0" is 19% or 1%; 222,000 of 22,203,256 is 1.0%
    held, warnings = _held("enable_enerjex_2007__r5_19slash0.txt")
    assert held["Enable Capital Management, LLC"].percent == 1.0
    assert any(w.code == "percent-sign" and "'19/0' reads 1.0% or 19.0%" in w.message
               for w in warnings)


def test_a_cover_name_hyphenated_over_two_lines_is_one_name():
    # session 33: "ACCIPITER LIFE SCI-" / "ENCES FUND, LP" gave a reporting person "ACCIPITER
    # LIFE SCI" apart from the fund Candens manages (H5)
    path = OCR32.parent / "ocr33" / "accipiter_bthcvi_2007__H5d_hyphen_cover_name.txt"
    rec = parse_path(path).records[0]
    names = {p.id: p.name for p in rec.parties}
    held = {names[c.source]: c.shares for c in rec.claims
            if c.relation.value == "beneficial_owner_of"}
    assert held["Accipiter Life Sciences Fund, LP"] == 398_125
    assert not any("SCI" in n and "SCIENCES" not in n.upper() for n in names.values())


def test_a_prose_holding_with_a_space_for_a_comma_is_read():
    # session 33 (M1): Item 5 "Walcott beneficially owns 1,570 000 Units, representing
    # approximately 28.1%" lost Walcott's holding, and the issuer total fell to 723,900
    rec = parse_path(OCR32.parent / "ocr33" / "celtics_gaston_1998__M1a_prose_holding_space.txt"
                     ).records[0]
    names = {p.id: p.name for p in rec.parties}
    held = {names[c.source]: (c.shares, c.percent) for c in rec.claims
            if c.relation.value == "beneficial_owner_of"}
    assert held["Walcott Partners, L.P."] == (1_570_000, 28.1)


def test_shares_outstanding_with_a_dot_for_a_comma_is_read():
    # session 33 (M1): "outstanding as of June 21, 2007 was 22.203,256 shares" gave none
    rec = parse_path(OCR32.parent / "ocr33" / "enable_enerjex_2007__M1b_outstanding_dot.txt"
                     ).records[0]
    assert rec.outstanding_shares.value == 22_203_256
