"""Joint Forms 3/4: whose is a line another party holds directly (session 34 review of unseen
XML filings, rvB).

* H1: an indirect line "held directly by Beta Partners, L.P., a private fund managed by Acme
  Capital Management, LP" was credited to every reporting owner, the manager's other fund (a
  sibling of Beta Partners) too (graphkit.parsers.ownership_joint.drop_sibling_claims);
* H2: on a direct line one owner holds ("held directly by Acme Fund I, L.P."), an owner whose
  link to it is not read was a direct holder of the fund's shares: now an indirect one, with a
  ``joint-holding-link`` warning (L1: the old warning counted the owners wrong);
* M1: a footnote that opens "Held directly by ..." or "Represents shares held by ..." named no
  holder; M3: "..., the general partner of which is Acme GP, LLC" and M4: "wholly owned by the
  reporting person" gave no edge.
"""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path

RV34 = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "rv34"


def _holdings(name: str) -> tuple[set[tuple[str, int, bool | None]], list]:
    return _holdings_at(RV34 / name)


def _holdings_at(path: Path) -> tuple[set[tuple[str, int, bool | None]], list]:
    rec = parse_path(path).records[0]
    names = {p.id: p.name for p in rec.parties}
    return ({(names[c.source], c.shares, c.direct) for c in rec.claims
             if c.relation.value == "beneficial_owner_of" and c.shares},
            [w for w in rec.warnings if w.code.startswith("joint-holding")])


def test_a_sibling_fund_holds_nothing_of_the_other_funds_line():
    held, warnings = _holdings("j01_other_fund_line.xml")
    assert held == {
        # F2: Beta Partners' line, its manager's and the manager's principal's
        ("Beta Partners, L.P.", 150_000, True),
        ("Acme Capital Management, LP", 150_000, False),
        ("Doe John", 150_000, False),
        # F1: the Master Fund's own line; Doe's link to it (through an unnamed GP) not read
        ("Acme Master Fund, Ltd.", 2_500_000, True),
        ("Acme Capital Management, LP", 2_500_000, False),
        ("Doe John", 2_500_000, False)}
    link, sibling = sorted(warnings, key=lambda w: w.code)
    assert link.code == "joint-holding-link" and "no link to it is read for Doe John" in link.message
    assert sibling.code == "joint-holding-sibling"  # the claim removed is said (review s34 rv5 H1)
    assert "beside Acme Master Fund, Ltd.: not counted as theirs" in sibling.message


def test_a_feeder_fund_without_a_line_of_its_own_keeps_the_master_funds_line():
    # review s34 rv5 H1: the feeder, beside the master fund under one manager, holds through it
    held, _ = _holdings("j_master_feeder.xml")
    assert {h for h in held if h[1] == 150_000} == {
        ("Acme Master Fund, Ltd.", 150_000, True), ("Acme Feeder Fund, L.P.", 150_000, False),
        ("Acme Capital Management, LP", 150_000, False), ("Doe John", 150_000, False)}


def test_a_peer_fund_gets_nothing_of_the_other_funds_direct_line():
    # review s34 rv5 H2: funds I and II each hold a D line; neither holds the other's
    held, _ = _holdings("h2_sibling.xml")
    assert held == {("Acme Fund I, L.P.", 1_000_000, True), ("Acme GP, LLC", 1_000_000, False),
                    ("Acme Fund II, L.P.", 300_000, True), ("Acme GP, LLC", 300_000, False)}


def test_an_owner_whose_link_is_not_read_holds_indirectly():
    held, [w] = _holdings("j02_D_line_unnamed_gp.xml")
    assert held == {("Acme Fund I, L.P.", 1_000_000, True), ("Roe Jane", 1_000_000, False)}
    assert "held directly by Acme Fund I, L.P., per the footnotes" in w.message


def test_footnotes_that_open_with_held_by_name_the_holder():
    # M1: "Held directly by the Roe Family Trust." / "Represents shares held by ..." named no one
    for name in ("h01c_held_directly.xml", "h01d_represents.xml"):
        held, _ = _holdings(name)
        assert held == {("Roe Jane", 5_000, True), ("Roe Jane", 30_000, False),
                        ("Roe Family Trust", 30_000, True)}


def test_hedge_fund_form3_sibling_fund_line():
    # F2 "Held directly by Acme Capital Partners, L.P., a private fund managed by the
    # Investment Manager": the manager, its GP and Doe hold it; the master fund does not
    held, _ = _holdings("f04_form3.xml")
    assert {h for h in held if h[1] == 150_000} == {
        ("Acme Capital Partners, L.P.", 150_000, True),
        ("Acme Capital Management, LP", 150_000, False),
        ("Acme Capital Management GP, LLC", 150_000, False), ("Doe John", 150_000, False)}


def _links(name: str) -> set[tuple[str, str, str]]:
    rec = parse_path(RV34 / name).records[0]
    names = {p.id: p.name for p in rec.parties}
    return {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims
            if c.relation.value != "beneficial_owner_of"}


def test_wholly_owned_by_the_reporting_person():
    # M4: "Acme GP, LLC is wholly owned by the reporting person."
    assert ("Roe Jane", "shareholder_of", "Acme GP, LLC") in _links("w_w1.xml")


def test_the_general_partner_of_which_is():
    # M3: "... held by Acme Fund I, L.P., the general partner of which is Acme GP, LLC."
    assert ("Acme GP, LLC", "general_partner_of", "Acme Fund I, L.P.") in _links("w_w9.xml")


def test_a_footnote_naming_two_holders_names_no_one_holder():
    # review s34 rv5 H3: "Held by A and B" credited A with the whole line
    from graphkit.parsers.ownership_holdings import footnote_holder
    assert footnote_holder(["F1: Held by the Roe Family Trust and the Doe Family Trust."]) is None
    assert footnote_holder(["F1: Held by the Roe Family Trust (10,000 shares) and the Doe "
                            "Family Trust (20,000 shares)."]) is None
    assert footnote_holder(["F1: Represents shares held by the Roe Family Trust and Acme "
                            "Holdings LLC."]) is None
    assert footnote_holder(["F2: The shares are held directly by Beta Partners, L.P., a private "
                            "fund managed by Acme Capital Management, LP."]) == "Beta Partners, L.P."


def test_the_role_of_which_after_an_aside_is_the_asides_party():
    # review s34 rv5 H4: "Acme Sub LLC, a subsidiary of Acme Holdings LLC, the sole member of
    # which is Jane Roe" made Jane Roe a member of Acme Sub LLC
    from graphkit.parsers.prose import find_relationships
    from graphkit.source import SourceText
    text = ("Acme Sub LLC, a subsidiary of Acme Holdings LLC, the sole member of which is Jane "
            "Roe, holds the shares.")
    found = {(f.relation.value, f.holder, f.held)
             for f in find_relationships(SourceText(path="x.txt", text=text))}
    assert ("member_of", "Jane Roe", "Acme Sub LLC") not in found
