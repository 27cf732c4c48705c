"""Layout variants of real filings (session 43, rb43): the same facts whatever the typing.

Each fixture under tests/fixtures/filings/rb43/ is a real filing with one layout edit that real
EDGAR filings show (a tab for a run of spaces, ...); its SOURCES.tsv line names the original and
the edit. The parse must give the numbers, parties and relations of the original.
"""

from __future__ import annotations

from graphkit.parse import parse_path
from tests.conftest import ROOT

RB43 = ROOT / "tests" / "fixtures" / "filings" / "rb43"


def _percents(path) -> dict[str, tuple[int | None, float | None]]:
    rep = parse_path(path)
    out = {}
    for rec in rep.records:
        names = {p.id: p.name for p in rec.parties}
        for c in rec.claims:
            if c.relation.value == "beneficial_owner_of":
                out[names[c.source]] = (c.shares, c.percent)
    return out


def test_tab_before_leading_dot_percent_is_a_column_break():
    # keycolony_intlaircraft_2000 with row 13 typed "amount in Row (11)\t.7%": 0.7%, never 7%
    got = _percents(RB43 / "keycolony_tab_percent.txt")
    assert got["Lieblong Transport, Inc."] == (29200, 0.7)
    assert got["Paul Spann"] == (1000, 0.02)
    assert got["Key Colony Fund, L.P."] == (194500, 4.6)


def test_signature_block_aligned_with_tabs_keeps_its_entity():
    # 2005_SC_13G_50957 with its signature block typed with tabs: "\tName/Title:\tDavid I.
    # Fisher, Chairman" over "\t\t\tCapital Group International, Inc." (both at column 24)
    rep = parse_path(RB43 / "2005_SC_13G_50957_sig_tabs.txt")
    rec = rep.records[0]
    names = {p.id: p.name for p in rec.parties}
    sig = next(s for s in rec.signatures if s.signer == "David I. Fisher")
    assert (sig.title, sig.on_behalf_of) == ("Chairman", ["Capital Group International, Inc."])
    assert ("David I. Fisher", "officer_of", "Capital Group International, Inc.") in {
        (names[c.source], c.relation.value, names[c.target]) for c in rec.claims}


def test_page_header_inside_a_paragraph_is_no_part_of_a_name():
    # oneliberty_brt_1996 with "Schedule 13D   Page 3 of 12" between "...joined in by Gould"
    # and "Investors L.P. ("GLP")": was read "12 Investors L.P."
    rec = parse_path(RB43 / "oneliberty_page_header_mid_paragraph.txt").records[0]
    names = {p.id: p.name for p in rec.parties}
    gps = {(names[c.source], names[c.target]) for c in rec.claims
           if c.relation.value == "general_partner_of"}
    assert gps == {("Fredric H. Gould", "Gould Investors L.P."),
                   ("Marshall Rose", "Gould Investors L.P."),
                   ("Georgetown Partners, Inc.", "Gould Investors L.P.")}
    assert not any("12 Investors" in n for n in names.values())
