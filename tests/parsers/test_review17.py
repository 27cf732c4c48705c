"""Reviews covers17, own17 and formd17 (session 17) of the last fix rounds on main.

The made-up filings are the reviewers' (``tests/fixtures/filings/rev17/``), parties invented;
each value asserted is the one the filing prints, or, where the reading is unsure, the one main
read before the reviewed change (a warning or a note instead of a guess).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.formd_titles import officer_title_at
from graphkit.parsers.ownership_text import officer_title
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose import find_collective_terms
from graphkit.parsers.schedule13_claims import disclaiming_parties
from graphkit.parsers.schedule13_items import find_disclaimers
from graphkit.parsers.schedule13_reporting import dated_trust
from graphkit.source import SourceText

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rev17"


def _rec(name: str):
    [rec] = parse_path(FIXTURES / name).records
    return rec


def _claims(rec, relation: str) -> set[tuple]:
    names = {p.id: p.name for p in rec.parties}
    return {(names[c.source], names[c.target], c.title) for c in rec.claims
            if c.relation.value == relation}


def _holdings(rec) -> list[tuple]:
    names = {p.id: p.name for p in rec.parties}
    return [(names[c.source], c.security_class, c.shares, c.percent, c.sole_voting)
            for c in rec.claims if c.relation.value == "beneficial_owner_of" and c.shares]


def _disclaiming(rec) -> set[str]:
    names = {p.id: p.name for p in rec.parties}
    return {names[c.source] for c in rec.claims
            if c.relation.value == "beneficial_owner_of" and c.disclaims}


# --- covers17 H1, H2: depositary cells -------------------------------------------------------

_ORD = "Ordinary Shares, par value $0.01 per share"


@pytest.mark.parametrize("name, shares", [
    # H1: ten ADSs a share, the class's count second ("8,000,000 ADSs representing 800,000
    # Class A Ordinary Shares") is the class's count
    ("d01_frac_ord_title.txt", 800000),
    # H2: a clause after a real pair is no ratio: ", each Ordinary Share carrying one vote",
    # ", per the deposit agreement", "for each Reporting Person"
    ("d19_pair_each_Ordinary.txt", 1250000),
    ("d05_pair_per_deposit.txt", 1250000),
    ("d08_pair_for_each_rp.txt", 1250000),
    # a true ratio ("1,000 Ordinary Shares per ADS") is still no count
    ("d12_ratio_per_ADS.txt", 625000),
])
def test_depositary_cells(name, shares):
    [(holder, _cls, got, pct, _sv)] = _holdings(_rec(name))
    assert (holder, got, pct) == ("Wexford Lane Capital LLC", shares, 9.7)


# --- covers17 H3, M5: trust names ------------------------------------------------------------

@pytest.mark.parametrize("name", ["t10_II_and_III.txt", "t14_trustee_A_and_B.txt",
                                  "t35_noown_bare_plus_unread_trust.txt"])
def test_two_trusts_or_a_cut_trust_are_no_party(name):
    # "Trustee of the Roe Family Trust II and the Roe Family Trust III", "... of Trust A and
    # Trust B", "... of the Roe" (cut off): the cover is left with a warning, never one party
    # named after both trusts nor merged into the trustee's own 100,000
    rec = _rec(name)
    assert _holdings(rec) == [("Jane Q. Roe", "Common Stock, $1.00 par value", 100000, 6.2, 0)]
    assert "trust-not-named" in [w.code for w in rec.warnings]
    assert not _claims(rec, "trustee_of")


def test_dated_trust_refuses_two_trusts():
    assert dated_trust("Jane Q. Roe, Trustee of Trust A and Trust B") == ("Jane Q. Roe", None)
    assert dated_trust("Acme Bank, Trustee of the Acme Savings and Investment Plan") == (
        "Acme Bank", "Acme Savings and Investment Plan")


# --- covers17 M1: a class with no voting value; a class title that is two ---------------------

def test_a_non_voting_class_keeps_its_holding():
    # "Class A: 1,000,000 / Class B: N/A" in the voting rows: Class B has no voting power
    assert _holdings(_rec("k22_B_nonvoting_na.txt")) == [
        ("Sierra Crest Holdings, Inc.", "Class A Common Stock, $0.01 par value", 1000000, 4.3,
         1000000),
        ("Sierra Crest Holdings, Inc.", "Class B Non-Voting Common Stock, $0.01 par value",
         2500000, 62.5, None)]


def test_classes_not_read_per_class_are_warned_and_get_no_class():
    # stock and units under one title: read as one holding (main's numbers), with a warning,
    # and neither class of the title is the holding's
    rec = _rec("k16_title_A_stock_B_units.txt")
    assert _holdings(rec) == [("Sierra Crest Holdings, Inc.", None, 1000000, 4.3, 1000000)]
    assert "classes-in-one-cell" in [w.code for w in rec.warnings]


# --- own17 H1, H2, M1: disclaimers by all the reporting persons -------------------------------

_FUNDS = {"Copperline Partners Fund I, L.P.", "Copperline Partners Fund I-A, L.P."}
_OTHERS = {"Copperline Partners GP I, L.L.C.", "Yusuf K. Demir"}


@pytest.mark.parametrize("name, disclaiming", [
    # H1: "the shares held by Fund I and Fund I-A": neither fund disclaims its own shares
    ("own17_e1.htm", _OTHERS),
    # M1: "Except for its pecuniary interest therein, each of the Reporting Persons disclaims"
    ("own17_e3.htm", _FUNDS | _OTHERS),
    # H2: "Other than Fund I, the Reporting Persons disclaim"
    ("own17_e6.htm", _OTHERS | {"Copperline Partners Fund I-A, L.P."}),
])
def test_text_disclaimers(name, disclaiming):
    assert _disclaiming(_rec(name)) == disclaiming


@pytest.mark.parametrize("name, disclaiming", [
    ("own17_x2.xml", {"Acme Fund LP", "Acme GP LLC", "Roe Jane"}),  # "Except for their ..."
    ("own17_x3.xml", {"Roe Jane"}),  # "Other than Acme Fund LP and Acme GP LLC, ..."
    ("own17_x4.xml", {"Roe Jane"}),  # "... held by Acme Fund LP and Acme GP LLC"
])
def test_form4_footnote_disclaimers(name, disclaiming):
    assert _disclaiming(_rec(name)) == disclaiming


@pytest.mark.parametrize("sentence, left", [
    ("The Reporting Persons disclaim beneficial ownership of the Shares held by the Master Fund "
     "and the Offshore Fund.", {"MF", "OFF"}),
    ("The Reporting Persons disclaim beneficial ownership of the Shares held by each of the "
     "Master Fund and the Offshore Fund.", {"MF", "OFF"}),
    ("The Reporting Persons disclaim beneficial ownership of the Shares held by Ms. Roe.",
     {"Roe"}),
    ("The Reporting Persons disclaim beneficial ownership of the Shares held by the Funds.",
     {"MF", "OFF"}),
    ("The Reporting Persons disclaim beneficial ownership of the Shares held by the Adviser's "
     "clients.", set()),
    ("Other than Jane Roe and John Doe, the Reporting Persons disclaim beneficial ownership.",
     {"Roe", "Doe"}),
    ("The Master Fund holds all of the Shares other than those held by Jane Roe, and each of "
     "the Reporting Persons disclaims beneficial ownership of the Shares.", set()),
])
def test_who_a_disclaimer_by_all_leaves_out(sentence, left):
    book = PartyBook()
    names = {"MF": "Acme Master Fund, L.P.", "ADV": "Acme Capital Management, LLC",
             "Roe": "Jane Roe", "Doe": "John Doe", "OFF": "Acme Offshore Fund, Ltd."}
    ids = {short: book.add(name).id for short, name in names.items()}
    book.bind_term("Master Fund", names["MF"])
    book.bind_term("Offshore Fund", names["OFF"])
    book.bind_term("Adviser", names["ADV"])
    text = ('Acme Master Fund, L.P. and Acme Offshore Fund, Ltd. (together, the "Funds"). '
            + sentence)
    src = SourceText(path="x", text=text)
    got = disclaiming_parties(find_disclaimers(src), book, find_collective_terms(src),
                              set(ids.values()))
    assert {s for s, i in ids.items() if i not in got} == left


# --- own17 M2: whose after a predicate, a company that has no general partner ------------------

def test_a_company_with_no_partners_takes_no_general_partner():
    # "Acme Fund LP is a feeder fund of Acme Master Fund AG, whose general partner is Acme GP
    # LLC": the feeder's general partner (an AG has none)
    assert _claims(_rec("own17_x6.xml"), "general_partner_of") == {
        ("Acme GP LLC", "Acme Fund LP", None)}


# --- own17 M4: box 6 instructions wrapped with one space ---------------------------------------

@pytest.mark.parametrize("box", [
    "   (X) Officer (give   ( ) Other (specify\n    title below) below)\n   President\n",
    "   (X) Officer (give title ( ) Other (specify\n below)\n   President\n",
])
def test_box_six_title_after_wrapped_instructions(box):
    text = ("6. Relationship of Reporting Person(s) to Issuer (Check all applicable)\n"
            "   ( ) Director ( ) 10% Owner\n" + box + "\n7. Individual or Joint\n")
    assert officer_title(text)[0] == "President"


# --- formd17 -------------------------------------------------------------------------------------

def test_formd_role_at_the_general_partner_and_investment_manager_of_a_co_issuer():
    # H1: "Managing Member of the General Partner and Investment Manager of Acme Parallel Fund
    # II, L.P.": never the primary issuer's general partner; a note, as before the change
    rec = _rec("h2_gp_and_im_of_coissuer.xml")
    assert _claims(rec, "managing_member_of") == {("Jane Roe", "Acme Parallel GP, LLC", None)}
    assert ("John Doe", "Acme Growth Fund II, L.P.", None) in _claims(rec, "officer_of")


def test_formd_titles_at_another_named_company_or_a_department():
    # H2: "Managing Director of Acme Capital, LLC" (the sponsor) is no title at "Acme Capital
    # Fund I, L.P."; M1: "Vice President of Clinical Operations" is the issuer's title, "Chief
    # Executive Officer of IBM" not (Ann Lee's title is then her signature's)
    assert {t for _, _, t in _claims(_rec("a3_fund_sponsor_title.xml"), "officer_of")} == {None}
    assert _claims(_rec("a2_title_dept.xml"), "officer_of") == {
        ("John Doe", "Acme Biotech, Inc.", "Vice President"),
        ("Jane Roe", "Acme Biotech, Inc.", "Senior Vice President"),
        ("Sam Poe", "Acme Biotech, Inc.", "Managing Director"),
        ("Ann Lee", "Acme Biotech, Inc.", "Vice President of Engineering")}  # her signature's
    assert officer_title_at("President of Acme Holdings") == ("President", "Acme Holdings")


def test_formd_general_partner_of_the_issuers_is_the_co_issuers_too():
    # M2: the GP "of the Issuers" is the co-issuer's general partner, so "Managing Member of the
    # General Partner of Acme Parallel Fund II, L.P." is a role at it, not an unresolved note
    rec = _rec("c5_gp_of_issuers.xml")
    assert _claims(rec, "managing_member_of") == {("Jane Roe", "Acme Growth GP II, LLC", None)}
    assert not [w for w in rec.warnings if w.code == "unresolved-clarification"]


def test_formd_role_through_a_party_is_no_direct_role():
    # M3: "Managing Member of the General Partner through Acme Holdings LLC": a note with a
    # warning; "& Managing Member of the Manager" keeps the general partner's role, and is a
    # role at the partnership's manager, its investment manager (review s32 H1)
    rec = _rec("b1_not_through.xml")
    assert _claims(rec, "managing_member_of") == {("Bo Kim", "Acme Growth GP II, LLC", None),
                                                  ("Bo Kim", "Acme Capital Management, LLC",
                                                   None)}
    assert ("Jane Roe", "Acme Growth Fund II, L.P.", None) in _claims(rec, "officer_of")
    # and John Doe's "... Investment Manager of the Master Fund" names no fund (no issuer's
    # name holds "Master"): said (fix-formd-named)
    assert [w.message.split(":")[0] for w in rec.warnings] == ["John Doe", "Jane Roe"]


def test_formd_role_of_a_name_that_is_no_issuer_is_warned():
    # review formd16 M3: "General Partner of Fund II" (no issuer by that name) was dropped
    # silently; "Investment Manager of Acme Growth Fund II, a Delaware limited partnership" is
    # the issuer's
    rec = _rec("z05_gp_of_other.xml")
    assert _claims(rec, "investment_manager_of") == {
        ("Acme Capital Management, LLC", "Acme Growth Fund II, L.P.", None)}
    unresolved = [w.message for w in rec.warnings if w.code == "unresolved-clarification"]
    assert any("'General Partner of Fund II' states a role of 'Fund II'" in m for m in unresolved)


def test_formd_registrant_is_the_issuer():
    # review formd16 M3/M4: "General Partner of Registrant"
    rec = _rec("z06_gp_of_registrant.xml")
    assert _claims(rec, "general_partner_of") == {
        ("Acme Growth GP II, LLC", "Acme Growth Fund II, L.P.", None)}
    assert _claims(rec, "managing_member_of") == {("Jane Roe", "Acme Growth GP II, LLC", None)}


# --- review s17a / s17b: the fixes above, reviewed again -----------------------------------------

def test_an_exception_list_with_a_serial_comma():
    # "Except for Copperline Partners Fund I, L.P., and Copperline Partners Fund I-A, L.P., each
    # of the Reporting Persons disclaims": the ", and" of the list opens no clause
    assert _disclaiming(_rec("s17a_r3_serial_comma.htm")) == _OTHERS


@pytest.mark.parametrize("sentence, disclaiming", [
    # each filer's own holding excepted: who holds directly is unsaid, so no one is marked
    ("Except for shares held by it directly, each Reporting Person disclaims beneficial "
     "ownership of the Shares.", set()),
    ("Other than with respect to the Shares it holds of record, each Reporting Person "
     "disclaims beneficial ownership of the Shares.", set()),
    # an exception set off by commas after "The Reporting Persons": everyone else disclaims
    # (session 18; before, no one was marked), never an excepted name
    ("The Reporting Persons, other than Acme Master Fund, L.P., and Jane Roe, disclaim "
     "beneficial ownership of the Shares.", {"John Doe"}),
    ("The Reporting Persons, other than Jane Roe, each disclaim beneficial ownership of the "
     "Shares except to the extent of their pecuniary interest therein.",
     {"Acme Master Fund, L.P.", "John Doe"}),
    # an exception that names no one is no exception of a party
    ("The Reporting Persons, other than to the extent of their pecuniary interest, disclaim "
     "beneficial ownership of the Shares.", {"Acme Master Fund, L.P.", "Jane Roe", "John Doe"}),
    # ... unless it leaves out some of them, unnamed, or each one's own holding
    ("The Reporting Persons, except for certain of them, disclaim beneficial ownership.", set()),
    ("The Reporting Persons, other than with respect to shares held by them directly, disclaim "
     "beneficial ownership of the Shares.", set()),
    # not the reporting persons as a whole
    ("None of the Reporting Persons, other than Jane Roe, disclaims beneficial ownership.",
     set()),
])
def test_exceptions_of_own_holdings(sentence, disclaiming):
    book = PartyBook()
    ids = {book.add(n).id: n for n in ("Acme Master Fund, L.P.", "Jane Roe", "John Doe")}
    src = SourceText(path="x", text=sentence)
    got = disclaiming_parties(find_disclaimers(src), book, [], set(ids))
    assert {ids[i] for i in got} == disclaiming


@pytest.mark.parametrize("name, trust", [
    ("Acme Bank, N.A., Trustee of the Acme Corp. Employee Stock Ownership Plan and Trust",
     "Acme Corp. Employee Stock Ownership Plan and Trust"),
    ("Acme Bank, N.A., Trustee of the Farmers Bank and Trust Company Profit Sharing and Savings "
     "Plan", "Farmers Bank and Trust Company Profit Sharing and Savings Plan"),
    ("Acme Bank, N.A., as Trustee of the Acme Real Estate and Mortgage Trust",
     "Acme Real Estate and Mortgage Trust"),
    ("Jane Q. Roe, Trustee of the Roe Trust u/a/d 1/1/2000 and the Roe Trust II", None),
])
def test_one_plan_and_trust_is_one_name(name, trust):
    assert dated_trust(name)[1] == trust


def test_a_trust_named_by_its_will_stays_the_trustees():
    # "Jane Q. Roe, Trustee under the Will of John A. Roe" beside her named trust's cover: her
    # 700,000 as fiduciary are kept (review s17a M2)
    holdings = _holdings(_rec("g01_named_plus_will.txt"))
    assert [(h, s) for h, _c, s, _p, _v in holdings] == [("Roe Family Trust", 100000),
                                                         ("Jane Q. Roe", 700000)]


def test_formd_a_co_issuers_own_gp_before_the_gp_of_the_issuers():
    # "General Partner of the Issuers" and "General Partner of Acme Parallel Fund II, L.P.":
    # the managing member of the co-issuer's general partner is at its own (review s17b M4)
    assert _claims(_rec("r4_two_gps_issuers.xml"), "managing_member_of") == {
        ("Jane Roe", "Acme Parallel GP, LLC", None)}
    # roles at the general partner and the adviser "of the Issuers" reach a co-issuer's
    assert _claims(_rec("r3_issuers.xml"), "managing_member_of") == {
        ("Jane Roe", "Acme Growth GP II, LLC", None), ("Sam Poe", "Acme Growth GP II, LLC", None),
        ("John Doe", "Acme Capital Management, LLC", None)}


@pytest.mark.parametrize("after", [" through Q3 2022", " through year-end 2022",
                                   " through mid-2022", " thru the end of 2021"])
def test_formd_through_a_date(after):
    from graphkit.parsers.formd_clarify import ROLE_MORE
    assert ROLE_MORE.match(after) is not None


# --- review s17c ---------------------------------------------------------------------------------

def test_an_exception_held_directly_by_a_named_filer_is_no_own_holding():
    # "Except for the shares held directly by Copperline Partners Fund I, L.P., each of the
    # Reporting Persons disclaims": never Fund I alone. An exception of shares, not a list of
    # names, leaves out someone unsaid (Fund I's own holding is not disclaimed), so no one is
    # marked (session 19, review s18 M1; before, everyone, Fund I too)
    assert _disclaiming(_rec("s17c_hd1_held_directly_by.htm")) == set()


def test_the_disclaiming_clause_keeps_its_own_exception():
    # "..., and each of the Reporting Persons, other than Fund I, disclaims": the ", and" opens
    # the disclaimer's clause (no name of a list follows it)
    assert _disclaiming(_rec("s17c_hd2_each_other_than.htm")) == _OTHERS | {
        "Copperline Partners Fund I-A, L.P."}


@pytest.mark.parametrize("name", [
    "Jane Q. Roe, Trustee of the Roe 2012 Irrevocable Trust and the Roe 2015 Irrevocable Trust",
    "Jane Q. Roe, Trustee of the Roe Family Trust dated June 1, 1995 and the Doe Family Trust",
    "Jane Q. Roe, Trustee of Trust 2 and Trust 3",
])
def test_more_shapes_of_two_trusts(name):
    assert dated_trust(name) == ("Jane Q. Roe", None)


def test_a_legal_form_name_opens_the_issuers_by_whole_words():
    from graphkit.parsers.formd_builder import FormDBuilder
    from graphkit.parsers.formd_issuers import named_issuer
    b = FormDBuilder(SourceText(path="d.xml", text="x"))
    b.add_party("Acme Income Fund I, LLC", "organization", ["issuer"], None, party_id="issuer")
    assert named_issuer(b, "Acme, Inc.", short=True) is None
    assert named_issuer(b, "Acme Income Fund I LLC", short=True) == "issuer"
