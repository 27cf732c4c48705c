"""A joint Form 4's direct line footnoted "held directly by" one of its owners
(graphkit.parsers.ownership_joint.direct_holder), and the totals and attribution it gives.

Made joint Forms 4 (tests/fixtures/filings/own15, SOURCES.tsv) from the session 29 re-review
(N5): each co-filer used to claim every direct line as the joint total, so Acme Fund I and II
were attributed 0 and two spouses 6,000 each.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.graph import find_node
from graphkit.ownership import control_attribution
from graphkit.parse import parse_path
from graphkit.parsers.ownership_joint import HELD_DIRECTLY_BY, LIST_GOES_ON, direct_holder
from graphkit.parsers.partybook import PartyBook
from graphkit.pipeline import build
from graphkit.totals import total_held

OWN15 = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "own15"


@pytest.mark.parametrize("text, name", [
    ("F1: Held directly by Jane Roe.", "Jane Roe"),
    ("F2: Owned of record by Acme Fund I, L.P. Acme GP LLC is its general partner.",
     "Acme Fund I, L.P"),
    ("Shares held directly by the Roe Family Trust, of which she is trustee.", "Roe Family Trust"),
    ("F3: Held by the Roe Family Trust.", None),  # not "directly" nor "of record"
    ("F4: The reporting person previously held directly by ...", None),
])
def test_held_directly_by(text, name):
    m = HELD_DIRECTLY_BY.search(text)
    assert (m["name"] if m else None) == name


@pytest.mark.parametrize("after, more", [
    (" and Acme Fund II, L.P.", True), (", Acme GP LLC", True), (", and Jane Roe", True),
    (". Acme GP LLC is its general partner.", False), ("", False), (" for the benefit", False),
])
def test_list_goes_on(after, more):
    assert (LIST_GOES_ON.match(after) is not None) is more


@pytest.mark.parametrize("text, holder", [
    ("F1: 2,000 of these shares are held directly by John Roe; the remaining ...", None),
    ("F1: Includes 2,000 shares held directly by John Roe. Shares owned of record by Jane Roe: "
     "3,000.", None),
    ("F1: The shares are held directly by Jane Roe, jointly with her spouse John Roe.", None),
    ("F1: The shares are owned of record by Jane Roe as joint tenants with right of "
     "survivorship with John Roe.", None),
    ("F1: Held directly by Jane Roe (jointly with John Roe).", None),
    ("F1: The shares are held directly by Jane Roe together with John Roe.", None),
    # of the whole line: its own amount, or words of other footnotes and other sentences
    ("F1: 5,000 shares are held directly by Jane Roe.", "Roe Jane"),
    ("F1: The shares are held directly by Jane Roe. John Roe, together with his children, "
     "holds none.", "Roe Jane"),
    ("F1: This Form 4 is filed jointly by the reporting persons. The shares are held directly "
     "by Jane Roe.", "Roe Jane"),
])
def test_a_holder_of_part_of_the_line_or_with_another_is_none(text, holder):
    book = PartyBook()
    owners = [book.add("Roe Jane"), book.add("Roe John")]
    book.bind_term("Jane Roe", "Roe Jane")
    book.bind_term("John Roe", "Roe John")
    found = direct_holder([text], book, owners, 5_000)
    assert (found.name if found else None) == holder


def _answer(name: str):
    G = build([OWN15 / name]).graph
    node = find_node(G, "Widget Therapeutics, Inc.")
    att = {G.nodes[p]["name"]: a.shares for p, a in control_attribution(G, node).items()}
    return total_held(G, node), att


@pytest.mark.parametrize("name, total, attribution", [
    ("r29_x11_joint_D_lines.xml", 1_410_000, {  # the funds' lines are theirs (were 0 each)
        "Acme Fund I, L.P.": 1_000_000, "Acme Fund II, L.P.": 400_000,
        "Acme GP LLC": 1_400_000, "Jane Roe": 1_410_000}),
    ("r29_x10_joint_2funds.xml", 1_410_000, {
        "Acme Fund I, L.P.": 1_000_000, "Acme Fund II, L.P.": 400_000,
        "Acme GP LLC": 1_400_000, "Jane Roe": 1_410_000}),
    # spouses, co-trustees of the trust: her 1,000 and his 2,000 are no shared holding
    ("r29_z1_joint_spouses_named.xml", 6_000, {
        "Roe Family Trust": 3_000, "Jane Roe": 4_000, "John Roe": 5_000}),  # were 6,000 each
    # F3 "Held by the Roe Family Trust, of which Jane Roe and John Roe are co-trustees": the
    # trust holds its line (read since review s34 rvB M1), as where it is named in the nature
    ("r29_z2_joint_spouses_unnamed.xml", 6_000, {
        "Roe Family Trust": 3_000, "Jane Roe": 4_000, "John Roe": 5_000}),
    # the fund's link to its general partner not read: the GP and Jane keep the joint total,
    # counted once (review s30: 2,000,000)
    # Jane controls the GP, which reports the fund's line too: her atom leaves it out (was
    # 2,000,000: line_atom left out only lines a controlled holder holds of record)
    ("r30_v12f_Iline_member_only.xml", 1_000_000, {
        "Acme Fund I, L.P.": 1_000_000, "Acme GP LLC": 1_000_000, "Jane Roe": 1_000_000}),
    # "a fund of which Acme GP LLC is the general partner" (the link is not read): the fund
    # holds the line directly, so the GP holds it indirectly (review s34 rvB H2: the GP and Jane
    # were given the joint total as direct holders, the GP's left out of its attribution)
    ("r30_v03_fund_of_which.xml", 1_000_000, {
        "Acme Fund I, L.P.": 1_000_000, "Acme GP LLC": 1_000_000, "Jane Roe": 1_000_000}),
    # the D line the fund holds and the GP's I line "By Acme Fund I" are the same shares
    # (review s30 M1: 2,000,000 each)
    ("r31_v01_D_fund_I_gp_same.xml", 1_000_000, {
        "Acme Fund I, L.P.": 1_000_000, "Acme GP LLC": 1_000_000, "Jane Roe": 1_000_000}),
])
def test_held_directly_by_one_owner(name, total, attribution):
    t, att = _answer(name)
    assert (t.shares, att) == (total, attribution)


def test_the_lines_one_joint_filer_holds_alone_are_counted_and_said(tmp_path):
    # without the trust's footnote, the co-trustees' trust line is theirs only: the line Jane
    # holds alone is counted beside John's, and said
    xml = (OWN15 / "r29_z2_joint_spouses_unnamed.xml").read_text()
    path = tmp_path / "z2_no_trust_footnote.xml"
    path.write_text(xml.replace("Held by the Roe Family Trust, of which Jane Roe and John Roe "
                                "are co-trustees.", "Jane Roe and John Roe are co-trustees."))
    G = build([path]).graph
    t = total_held(G, find_node(G, "Widget Therapeutics, Inc."))
    [o] = t.overlaps
    assert (o.counted[0].name, o.shares, o.sole_counted) == ("John Roe", 5_000, 1_000)
    assert "but for the 1,000 shares on Table I lines one of them alone holds" in t.notes[0]


@pytest.mark.parametrize("names, total, attribution", [
    # a fund under the GP gets none of the GP's own shares (review s30: 50,000); the GP's own
    # direct line is its own shares beside the fund's, no aggregate capping them (review s30
    # L3: the GP was attributed 1,000,000)
    (("r30_v24_gp_direct.xml", "r30_v24b_jun20_gp_line_only.xml"), 1_025_000, {
        "Acme Fund I, L.P.": 1_000_000, "Acme GP LLC": 1_025_000, "Jane Roe": 1_025_000}),
    # a footnote on another matter ("Includes 2,000 restricted stock units", "Includes 5,000
    # shares received by Acme Fund I as a dividend", the line's own amount first) keeps the
    # holders (review s31 H1: Fund I 0, each owner the joint total)
    (("r31_j1h_director_rsu_includes.xml",), 1_012_000, {
        "Acme Fund I, L.P.": 1_000_000, "Acme GP LLC": 1_000_000, "Jane Roe": 1_012_000}),
    (("r31_j1g_reinvest_fund.xml",), 1_020_000, {
        "Acme Fund I, L.P.": 1_000_000, "Acme GP LLC": 1_020_000, "Jane Roe": 1_020_000}),
    (("r31_j1d_number_first.xml",), 1_020_000, {
        "Acme Fund I, L.P.": 1_000_000, "Acme GP LLC": 1_020_000, "Jane Roe": 1_020_000}),
    (("r30_v24_gp_direct.xml",), 1_020_000, {
        "Acme Fund I, L.P.": 1_000_000, "Acme GP LLC": 1_020_000, "Jane Roe": 1_020_000}),
    # Jane's later Form 4 of her own 12,000 shares: no aggregate over the funds (was 1,400,000,
    # "Roe Jane reports an aggregate that covers the holders it controls")
    (("r30_v26a_jun03_all.xml", "r31_v26d_jun20_jane_alone.xml"), 1_412_000, {
        "Acme Fund I, L.P.": 1_000_000, "Acme Fund II, L.P.": 400_000,
        "Acme GP LLC": 1_400_000, "Jane Roe": 1_412_000}),
    # a sibling fund gets none of Fund I's shares (was 2,210,000); Jane's own 10,000 of June 3
    # is left out by the June 20 form: a lower bound, said in a note
    (("r30_v26a_jun03_all.xml", "r30_v26b_jun20_fund1_only.xml"), 1_500_000, {
        "Acme Fund I, L.P.": 1_100_000, "Acme Fund II, L.P.": 400_000,
        "Acme GP LLC": 1_500_000, "Jane Roe": 1_500_000}),
])
def test_held_by_an_organization_is_no_sibling_nor_subsidiary_of_its(names, total, attribution):
    G = build([OWN15 / n for n in names]).graph
    node = find_node(G, "Widget Therapeutics, Inc.")
    att = {G.nodes[p]["name"]: a.shares for p, a in control_attribution(G, node).items()}
    assert (total_held(G, node).shares, att) == (total, attribution)


@pytest.mark.parametrize("name", [
    "r31_v08_partial.xml", "r31_v08b_partial_includes.xml", "r31_v21_jointly_with.xml",
    "r31_v21b_jtwros.xml", "r31_v21c_jointly.xml"])
def test_a_footnote_on_part_of_the_line_or_joint_tenancy_keeps_it_joint(name):
    # review s30 M2: "2,000 of these shares are held directly by John Roe; the remaining shares
    # are held jointly ..." gave John all 5,000 and Jane nothing, without a warning; the line
    # stays the spouses' joint total, counted once and warned about
    [rec] = parse_path(OWN15 / name).records
    assert {(rec.party(c.source).name, c.shares, "joint: the 5000 shares" in c.note)
            for c in rec.claims if c.direct} == {
        ("Roe Jane", 5_000, True), ("Roe John", 5_000, True)}
    [w] = [w for w in rec.warnings if w.code == "joint-holding"]
    assert w.message.startswith(f"{OWN15 / name}:")
    t, _ = _answer(name)
    assert t.shares == 5_000
