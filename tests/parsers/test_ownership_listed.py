"""Footnotes listing a line's record holders with their amounts (graphkit.parsers.ownership_listed).

Review rvF MEDIUM-4 (session 37): Berkshire Hathaway's Form 4 on Occidental Petroleum (March
2022) says in footnotes F2/F3 that its 136,373,000 common shares are held "indirectly through
the following Berkshire subsidiaries: Berkshire Hathaway Life Insurance Company of Nebraska
(10,363,000), ...", and in F12 the same of its 100,000 preferred shares. None of the 18
subsidiaries (GEICO among them, 18.1 M shares of record) was read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.controllers import controlled_by
from graphkit.control import find_controllers
from graphkit.findings import find_data_quality_issues
from graphkit.graph import find_node
from graphkit.parse import parse_path
from graphkit.parsers.ownership_listed import (CONTINUED, LIST_LEAD, LISTED_HOLDER,
                                                read_listed_holders)
from graphkit.pipeline import build
from graphkit.source import SourceText

FILING = (Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv37"
          / "berkshire_oxy_2022_form4.xml")


@pytest.fixture(scope="module")
def record():
    (rec,) = parse_path(FILING).records
    return rec


def _held(record, title):
    names = {p.id: p.name for p in record.parties}
    return {names[c.source]: c.shares for c in record.claims
            if c.relation.value == "beneficial_owner_of" and c.direct is True
            and c.security_class == title}


def test_the_common_stock_subsidiaries_of_f2_and_f3_with_their_amounts(record):
    held = _held(record, "Common Stock")
    assert len(held) == 18
    assert sum(held.values()) == 136_373_000  # = the line's amount after the transactions
    assert held["Berkshire Hathaway Life Insurance Company of Nebraska"] == 10_363_000
    assert held["Government Employees Insurance Company"] == 18_102_616
    assert held["GEICO Secure Insurance Company"] == 2_000_000  # F2's last, before "(Continued"
    assert held["National Indemnity Company"] == 54_758_234  # F3's first
    assert held["National Fire & Marine Insurance Company"] == 6_441_650  # "&amp;" decoded
    assert held["U.S. Underwriters Insurance Company"] == 70_800  # after ", and"


def test_the_preferred_stock_subsidiaries_of_f12(record):
    held = _held(record, "Series A Preferred Stock")
    assert len(held) == 18 and sum(held.values()) == 100_000
    assert held["General Reinsurance Corporation"] == 4_119
    assert held["Berkshire Hathaway Assurance Corporation"] == 1_000


def test_berkshire_is_the_parent_of_each_subsidiary_once(record):
    names = {p.id: p.name for p in record.parties}
    parents = [(names[c.source], names[c.target]) for c in record.claims
               if c.relation.value == "parent_of"]
    assert len(parents) == len(set(parents)) == 30  # 18 + 18 listed, 6 of them in both
    assert {p for p, _ in parents} == {"BERKSHIRE HATHAWAY INC"}
    both = next(c for c in record.claims if c.relation.value == "parent_of"
                and names[c.target] == "Columbia Insurance Company")
    assert len(both.evidence) == 2  # cited from F2 and from F12
    assert not [w for w in record.warnings if w.code.startswith("listed-holders")]


def test_the_graph_counts_the_shares_once_and_mixes_no_class():
    G = build([FILING]).graph
    issuer = find_node(G, "OCCIDENTAL PETROLEUM CORP")
    answer = find_controllers(G, issuer)
    assert answer.total_shares == 136_373_000
    assert [(u.party.name, u.shares) for u in answer.ultimate] == [
        ("Warren E. Buffett", 136_373_000)]  # not 136,402,450: no preferred share added
    berkshire = find_node(G, "BERKSHIRE HATHAWAY INC")
    assert find_node(G, "Government Employees Insurance Company") in controlled_by(G, berkshire)
    # its 100,000 preferred shares are not below the 136,373,000 common held by subsidiaries
    assert not [f for f in find_data_quality_issues(G) if f.code == "aggregate-below-parts"]


@pytest.mark.parametrize("text, parent, kind", [
    ('are held by Acme Holdings Inc. ("Acme") indirectly through the following Acme '
     'subsidiaries: ', "Acme Holdings Inc.", "subsidiaries"),
    ("are held of record by the following entities: ", None, "entities"),
    ("held by Acme Capital LLC through the following funds:", "Acme Capital LLC", "funds"),
])
def test_list_lead(text, parent, kind):
    m = LIST_LEAD.search(text)
    assert m is not None and m["parent"] == parent and m["kind"] == kind


@pytest.mark.parametrize("text", [
    "The shares are held by Acme Fund, L.P.",
    "held by the following individuals and entities for his children: ",
])
def test_no_list_lead(text):
    assert LIST_LEAD.search(text) is None


@pytest.mark.parametrize("text, name, amount", [
    ("Acme Insurance Company (600)", "Acme Insurance Company", "600"),
    (", and Acme Casualty Company (1,400.5)", "Acme Casualty Company", "1,400.5"),
    ("; Acme (UK) Ltd (10,000 shares)", "Acme (UK) Ltd", "10,000"),
])
def test_listed_holder(text, name, amount):
    m = LISTED_HOLDER.match(text)
    assert m is not None and m["name"] == name and m["amount"] == amount


def test_continued():
    assert CONTINUED.match("(Continued from footnote 2) National")["number"] == "2"
    assert CONTINUED.match("Continued below.") is None


def test_a_list_with_a_full_stop_is_not_continued_by_a_later_footnote():
    f2 = SourceText("f4.xml", "Held by the following funds: Acme Fund LP (600).")
    f3 = SourceText("f4.xml", "(Continued from footnote 2) Beta Fund LP (400).")
    found = read_listed_holders([("F2", f2)], [("F3", f3)])
    assert [h.name for h in found.holders] == ["Acme Fund LP"] and found.footnotes == ("F2",)


def test_a_list_whose_amounts_miss_the_line_is_kept_with_a_warning(tmp_path):
    text = FILING.read_text(encoding="utf-8").replace("(10,363,000)", "(10,000,000)")
    path = tmp_path / "changed.xml"
    path.write_text(text, encoding="utf-8")
    (rec,) = parse_path(path).records
    (warning,) = [w for w in rec.warnings if w.code == "listed-holders-total"]
    assert "136,010,000 in all" in warning.message and "136,373,000" in warning.message
    assert "changed.xml" in warning.message
    assert _held(rec, "Common Stock")["Berkshire Hathaway Life Insurance Company of Nebraska"] \
        == 10_000_000


# -- review rv38 (session 38): made Forms 4 (tests/fixtures/filings/rv38, invented names) ------

RV38 = FILING.parent.parent / "rv38"


def _record_of(name):
    (rec,) = parse_path(RV38 / name).records
    names = {p.id: p.name for p in rec.parties}
    return rec, [(names[c.source], c.relation.value, names[c.target], c.shares)
                 for c in rec.claims if c.relation.value in ("parent_of", "beneficial_owner_of")]


def test_funds_holding_their_own_lines_are_not_claimed_again():
    # HIGH-1: "By Acme Fund LP" 600 and "By Beta Fund LP" 400, footnote F1 listing both: each
    # fund keeps its one line claim, and the graph's total stays 1,000 (it fell to 600)
    rec, claims = _record_of("l4_listed_by_fund_lines.xml")
    assert [c for c in claims if c[0] == "Acme Fund LP"] == [
        ("Acme Fund LP", "beneficial_owner_of", "Widget Corp", 600)]
    assert not [w for w in rec.warnings if w.code.startswith("listed-holders")]  # 600 + 400
    G = build([RV38 / "l4_listed_by_fund_lines.xml"]).graph
    assert find_controllers(G, "Widget Corp").total_shares == 1_000


def test_two_parties_joined_are_no_parent():
    # MEDIUM-2: "held by Acme Holdings Inc. and Jane Roe indirectly through the following
    # subsidiaries": the holders are read, no party "Acme Holdings Inc. and Jane Roe"
    rec, claims = _record_of("l2_listed_parent_joined.xml")
    assert ("Acme Insurance Company", "beneficial_owner_of", "Widget Corp", 600) in claims
    assert not [c for c in claims if c[1] == "parent_of"]
    assert all(" and " not in p.name for p in rec.parties)


def test_the_reporting_person_is_no_party_of_its_own():
    rec, claims = _record_of("l1_listed_by_reporting_person.xml")
    assert "Reporting Person" not in {p.name for p in rec.parties}
    assert ("Beta Fund LP", "beneficial_owner_of", "Widget Corp", 400) in claims


def test_a_reporting_owner_listed_again_keeps_its_own_claim():
    # LOW-5: Acme Fund LP reports 1,000 and is listed with 600 in its footnote
    _, claims = _record_of("l3_listed_owner_itself.xml")
    assert [c[3] for c in claims if c[0] == "Acme Fund LP" and c[3] is not None] == [1_000]


# -- review rv38 LOW-3 (session 39): wordings of a list (tests/fixtures/filings/rv39) --------

RV39 = FILING.parent.parent / "rv39"


def _holders_of(name):
    (rec,) = parse_path(RV39 / name).records
    names = {p.id: p.name for p in rec.parties}
    return rec, {names[c.source]: c.shares for c in rec.claims
                 if c.relation.value == "beneficial_owner_of" and c.direct is True
                 and names[c.source] not in {"Acme Capital LLC", "Acme Holdings Inc."}}


def _berkshire_with(tmp_path, old, new):
    text = FILING.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "changed.xml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    (rec,) = parse_path(path).records
    return rec


@pytest.mark.parametrize("name", ["l3a_listed_capital_shares.xml",  # "(600 Shares)"
                                  "l3b_listed_defined_term.xml"])  # 'funds ("Funds"):'
def test_shares_with_a_capital_and_a_defined_term_after_the_kind(name):
    rec, held = _holders_of(name)
    assert held == {"Acme Fund LP": 600, "Beta Fund LP": 400}
    assert not [w for w in rec.warnings if w.code.startswith("listed-holders")]


def test_shares_with_a_capital_on_the_berkshire_list(tmp_path):
    rec = _berkshire_with(tmp_path, "(10,363,000)", "(10,363,000 Shares)")
    held = _held(rec, "Common Stock")
    assert len(held) == 18 and sum(held.values()) == 136_373_000
    assert held["Berkshire Hathaway Life Insurance Company of Nebraska"] == 10_363_000


def test_held_indirectly_by_the_parent_through_the_following():
    rec, held = _holders_of("l3c_listed_held_indirectly_by.xml")
    assert held == {"Acme Insurance Company": 600, "Acme Casualty Company": 400}
    names = {p.id: p.name for p in rec.parties}
    assert sorted((names[c.source], names[c.target]) for c in rec.claims
                  if c.relation.value == "parent_of") == [
        ("Acme Holdings Inc.", "Acme Casualty Company"),
        ("Acme Holdings Inc.", "Acme Insurance Company")]


def test_held_indirectly_by_on_the_berkshire_list(tmp_path):
    rec = _berkshire_with(tmp_path, 'are held by Berkshire Hathaway Inc. (&quot;Berkshire&quot;) '
                          "indirectly through", "are held indirectly by Berkshire Hathaway Inc. "
                          "through")
    held = _held(rec, "Common Stock")
    assert len(held) == 18 and sum(held.values()) == 136_373_000


def test_numbered_trusts_without_amounts_give_no_holder():
    # "Roe Trust (1) and Roe Trust (2)": a trust's number is no amount (was: "Roe Trust" with 1)
    rec, held = _holders_of("l3d_listed_numbered_trusts.xml")
    assert held == {}
    assert "Roe Trust" not in {p.name for p in rec.parties}
    assert not [w for w in rec.warnings if w.code.startswith("listed-holders")]


def test_numbered_trusts_with_amounts_keep_their_numbers():
    rec, held = _holders_of("l3e_listed_trust_labels.xml")
    assert held == {"Roe Trust (1)": 600, "Roe Trust (2)": 400}
    assert not [w for w in rec.warnings if w.code.startswith("listed-holders")]


def test_a_fractional_amount_is_rounded_with_a_warning_naming_file_and_place():
    rec, held = _holders_of("l3f_listed_fraction.xml")
    assert held == {"Acme Insurance Company": 600, "Acme Casualty Company": 1_401}
    (warning,) = [w for w in rec.warnings if w.code == "listed-holders-fraction"]
    assert warning.message.endswith(
        "l3f_listed_fraction.xml:9: Acme Casualty Company holds 1,400.5 shares as listed in "
        "footnote F1, a fraction; its claim holds whole shares: 1,401 (rounded half up)")
    claim = next(c for c in rec.claims if c.shares == 1_401 and c.direct is True
                 and rec.party(c.source).name == "Acme Casualty Company")
    assert "1,400.5" in claim.note  # the amount as printed stays on the claim


def test_a_fractional_amount_on_the_berkshire_list(tmp_path):
    rec = _berkshire_with(tmp_path, "(70,800)", "(70,799.5)")
    held = _held(rec, "Common Stock")
    assert held["U.S. Underwriters Insurance Company"] == 70_800
    assert sum(held.values()) == 136_373_000
    (warning,) = [w for w in rec.warnings if w.code == "listed-holders-fraction"]
    assert "U.S. Underwriters Insurance Company holds 70,799.5 shares as listed in footnotes " \
        "F2, F3" in warning.message and warning.message.startswith(str(tmp_path))


def test_subsidiaries_of_the_parent_as_of_a_date_continued_after_a_colon():
    # the wording of Berkshire's Form 4 on Bank of America of August 2024 (F2, F3: "owned as of
    # August 27, 2024 by the following subsidiaries of Berkshire Hathaway Inc. ("Berkshire"):
    # ...", "Continued from footnote 2: ..."), with invented names
    rec, held = _holders_of("l3g_listed_of_parent_as_of.xml")
    assert held == {"Acme Insurance Company": 600, "Acme Casualty Company": 300,
                    "Acme Life Company": 100}
    parents = {rec.party(c.source).name for c in rec.claims if c.relation.value == "parent_of"}
    assert parents == {"Acme Holdings Inc."}


def test_continued_after_a_colon_on_the_berkshire_list(tmp_path):
    rec = _berkshire_with(tmp_path, "(Continued from footnote 2) National",
                          "Continued from footnote 2: National")
    held = _held(rec, "Common Stock")
    assert len(held) == 18 and sum(held.values()) == 136_373_000


@pytest.mark.parametrize("text, parent, owner, kind", [
    ("held indirectly by Acme Holdings Inc. through the following subsidiaries: ",
     "Acme Holdings Inc.", None, "subsidiaries"),
    ('held by Acme Capital LLC through the following funds ("Funds"): ', "Acme Capital LLC",
     None, "funds"),
    ('held of record by the following funds (collectively, the "Funds"): ', None, None, "funds"),
    ('owned as of August 1, 2024 by the following subsidiaries of Acme Holdings Inc. ("Acme"): ',
     None, "Acme Holdings Inc.", "subsidiaries"),
])
def test_list_lead_wordings(text, parent, owner, kind):
    m = LIST_LEAD.search(text)
    assert m is not None and (m["parent"], m["owner"], m["kind"]) == (parent, owner, kind)


def test_no_list_lead_for_a_kind_of_no_one():
    assert LIST_LEAD.search("held by the following funds of which Acme is the partner: ") is None


@pytest.mark.parametrize("text, name, amount", [
    ("Acme Fund LP (1,000 Shares)", "Acme Fund LP", "1,000"),
    ("Acme Fund LP (5 shares)", "Acme Fund LP", "5"),
    ("Acme Fund LP (1 Share)", "Acme Fund LP", "1"),
    ("Roe Trust (1) (600)", "Roe Trust (1)", "600"),
    ("Roe Family Trust (2012) (1,000)", "Roe Family Trust (2012)", "1,000"),
    ("Acme Fund LP (12.5)", "Acme Fund LP", "12.5"),
])
def test_listed_holder_amounts_and_labels(text, name, amount):
    m = LISTED_HOLDER.match(text)
    assert m is not None and (m["name"], m["amount"]) == (name, amount)


@pytest.mark.parametrize("text", [
    "Roe Trust (1) and Roe Trust (2).",  # a trust's number, or a footnote mark
    "Acme Fund LP (75), Beta Fund LP (400)",  # two digits: a label, the list ends there
])
def test_listed_holder_takes_no_label_for_an_amount(text):
    assert LISTED_HOLDER.match(text) is None


def test_continued_after_a_colon():
    m = CONTINUED.match("Continued from footnote 2: Acme Life Company (100).")
    assert m["number"] == "2" and m.string[m.end():].startswith("Acme Life")
