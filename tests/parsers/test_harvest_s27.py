"""Real 13D/As harvested in session 27 (public EDGAR filings, Orgron/cik-cusip-mapping
form_examples), checked against the filing text: a hedge fund's two layers of general partners
under five members (HBK 2005), and an individual whose exhibit denies a role (Bedford 1994)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "harvest27"


def _read(name):
    rep = parse_path(HERE / name)
    (rec,) = rep.records
    names = {p.id: p.name for p in rec.parties}
    edges = {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}
    holdings = {names[c.source]: (c.shares, c.percent, c.sole_voting, c.shared_voting,
                                  c.sole_dispositive, c.shared_dispositive)
                for c in rec.claims if c.relation.value == "beneficial_owner_of"}
    return rep, rec, edges, holdings


def test_hbk_chain_of_general_partners_and_members():
    rep, rec, edges, holdings = _read("01_hbk_asa_2005_sc13da.txt")
    assert rec.amendment_number == 3
    # "Acting through its general partner, Management, ..." (line 326): "Acting" was read as a
    # holder's name and warned unbound (session 43); a participle is no name: no finding now
    assert [(w.code, w.line) for w in rec.warnings] == []
    assert str(rec.event_date) == "2005-07-13"
    # cover: 544,609 shares, sole voting and dispositive, 5.7%
    assert holdings == {"HBK Investments L.P.": (544609, 5.7, 544609, 0, 544609, 0)}
    # note 1: investment manager of two funds; note 2 / Item 5: two layers of general partners
    assert {("investment_manager_of", "HBK Investments L.P.", "HBK Fund L.P."),
            ("investment_manager_of", "HBK Investments L.P.", "HBK Offshore Fund Ltd."),
            ("general_partner_of", "HBK Partners II L.P.", "HBK Investments L.P."),
            ("general_partner_of", "HBK Management L.L.C.", "HBK Partners II L.P.")} <= edges
    members = {h for r, h, t in edges if r == "member_of" and t == "HBK Management L.L.C."}
    assert members == {"Kenneth M. Hirsh", "Laurence H. Lebowitz", "William E. Rose",
                       "David C. Haley", "Jamiel A. Akhtar"}
    # the signer ("Authorized Signatory") holds no role
    assert not any("Mosle" in h for _, h, _ in edges)


def test_bedford_denied_role_stays_out():
    rep, rec, edges, holdings = _read("03_bedford_amrep_1994_sc13da.txt")
    assert rec.amendment_number == 7 and str(rec.event_date) == "1994-01-21"
    assert holdings == {"Peter B. Bedford": (1196320, 18.1, 1196320, 0, 1196320, 0)}
    # "Bedford is not a director or officer of AMREP": no role; "Karabots is a director and
    # shareholder of AMREP": both
    assert not any(h == "Peter B. Bedford" and r != "beneficial_owner_of" for r, h, _ in edges)
    assert {("director_of", "Nick G. Karabots", "AMREP CORPORATION"),
            ("shareholder_of", "Nick G. Karabots", "AMREP CORPORATION")} <= edges
    # the header's filer is Bedford's company, not the person: said, not merged
    assert [w.code for w in rec.warnings] == ["header-name-unmatched"]


@pytest.mark.parametrize("name", ["01_hbk_asa_2005_sc13da.txt", "03_bedford_amrep_1994_sc13da.txt"])
def test_no_junk_parties(name):
    _, rec, _, _ = _read(name)
    assert not [p.name for p in rec.parties if len(p.name) < 4 or p.name.lower().startswith(
        ("the ", "subsidiaries of", "affiliates of"))]


def test_park_west_person_keeps_his_term():
    """2014 HTML 13G/A: 'Peter S. Park, as the sole member and manager of PWAM ("Mr. Park")':
    the term is the person's, never the management company's (it merged them in the graph)."""
    rep = parse_path(HERE / "04_parkwest_globalbrass_2014_sc13ga.htm")
    (rec,) = rep.records
    by_name = {p.name: p for p in rec.parties}
    park = by_name["Peter S. Park"]
    pwam = by_name["Park West Asset Management LLC"]
    assert park.kind.value == "person" and "Mr. Park" in [a.name for a in park.aliases]
    assert "Mr. Park" not in [a.name for a in pwam.aliases]
    names = {p.id: p.name for p in rec.parties}
    holdings = {names[c.source]: (c.shares, c.percent) for c in rec.claims
                if c.relation.value == "beneficial_owner_of"}
    # PWPI's holding is stated in prose only: "PWIMF holds 527,194 Common Shares and PWPI
    # holds 112,466 Common Shares" (no percent)
    assert holdings == {"Park West Asset Management LLC": (639660, 3.0),
                        "Peter S. Park": (639660, 3.0),
                        "Park West Investors Master Fund, Limited": (527194, 2.5),
                        "Park West Partners International, Limited": (112466, None)}
    edges = {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}
    assert ("member_of", "Peter S. Park", "Park West Asset Management LLC") in edges
    # "sole member and manager of PWAM": an LLC's manager runs it (was investment_manager_of)
    assert ("managing_member_of", "Peter S. Park", "Park West Asset Management LLC") in edges
    assert ("investment_manager_of", "Peter S. Park", "Park West Asset Management LLC") \
        not in edges
    assert ("investment_manager_of", "Park West Asset Management LLC",
            "Park West Partners International, Limited") in edges


def test_park_west_total_counts_the_aggregate_percent():
    """The two funds' 527,194 + 112,466 shares are exactly the 639,660 (3.0%) that PWAM and Mr.
    Park print: the total is 3.0% in full, no lower bound, though PWPI states no percent."""
    from graphkit.control import find_controllers
    from graphkit.pipeline import build
    ans = find_controllers(build([HERE / "04_parkwest_globalbrass_2014_sc13ga.htm"]).graph,
                           "GLOBAL BRASS AND COPPER HOLDINGS, INC.")
    assert (ans.total_shares, ans.total_percent) == (639660, 3.0)
    assert [(u.party.name, u.shares, u.percent) for u in ans.ultimate] == [
        ("Peter S. Park", 639660, 3.0)]
    assert not any("lower bound" in n for n in ans.notes)
    assert ans.ultimate[0].signed_only is False  # "sole member and manager" is in the text
    assert any("Peter S. Park's printed aggregate, 639,660 shares (3%), is the sum" in n
               for n in ans.notes)
