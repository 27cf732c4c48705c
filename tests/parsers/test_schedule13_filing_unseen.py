"""Filing-level readings of real Schedule 13D/13G submissions first seen in an evaluation on
unseen filings: the SGML header as a fallback for the reporting persons and the issuer, header
CIKs of inverted names, outstanding-share sentences, Item 7 subsidiary lists in an exhibit,
indented SGML end tags, and "the Reporting Person" of a one-person statement.

The filings are public SEC submissions, in tests/fixtures/filings/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.models import PartyRole
from graphkit.parse import parse_path, parse_source
from graphkit.parsers import schedule13_header as hdr
from graphkit.parsers import schedule13_outstanding as outstanding
from graphkit.parsers import schedule13_subsidiaries as subs
from graphkit.parsers import schedule13_joint_names as joint13
from graphkit.parsers import schedule13_reporting as reporting13
from graphkit.parsers import schedule13_text as text13
from graphkit.parsers.filer_terms import FILER_TERM
from graphkit.parsers.sgml import GROUP_MEMBER, split_submission
from graphkit.reading import read_source
from graphkit.relations import Relation
from graphkit.source import SourceText

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings"


def _record(name: str):
    report = parse_path(FIXTURES / name)
    assert report.records, report.reason
    return report, report.records[0]


def _party(rec, name):
    return next(p for p in rec.parties if p.name == name)


def _holding(rec, party):
    return next(c for c in rec.claims if c.relation is Relation.BENEFICIAL_OWNER_OF
                and c.source == party.id)


def _codes(rec):
    return [w.code for w in rec.warnings]


# --- 1. no readable cover page: the header's filers -------------------------------------

def test_amendment_without_cover_takes_the_header_filer():
    # FILED BY: BANKAMERICA CORP (CIK 0000009672); the text defines "BankAmerica"
    _, rec = _record("1994_SC_13DA_24058.txt")
    rp = [p for p in rec.parties if PartyRole.REPORTING_PERSON in p.roles]
    assert [(p.name, [i.value for i in p.identifiers]) for p in rp] == [
        ("BankAmerica Corporation", ["0000009672"])]
    assert "reporting-person-from-header" in _codes(rec)
    # Item 5 states no number ("no change"): no holding claim of nothing, and a warning
    assert "no-holding" in _codes(rec)


def test_cover_values_above_labels_go_to_the_one_header_filer():
    # the name "EquiTrust Investment Management Services, Inc." is printed above its label;
    # Item 4 gives 565,750 shares, 5.87%, sole voting and dispositive 565,750
    _, rec = _record("1998_SC_13GA_728974.txt")
    (rp,) = [p for p in rec.parties if PartyRole.REPORTING_PERSON in p.roles]
    assert rp.identifiers[0].value == "0000728974"
    c = _holding(rec, rp)
    assert (c.shares, c.percent, c.sole_voting, c.sole_dispositive) == (565750, 5.87, 565750,
                                                                         565750)


def test_exit_filing_cover_table_gives_the_filer_with_its_header_cik():
    # a three-column cover table ("Names of Reporting Persons/...:" | "Puroil Technology Inc.");
    # the header's FILED BY gives its CIK; the exit filing holds "Nil" shares, 0%
    report, rec = _record("2008_SC_13D_1336738.txt")
    rp = [p for p in rec.parties if PartyRole.REPORTING_PERSON in p.roles]
    assert [(p.name, p.identifiers[0].value) for p in rp] == [
        ("Puroil Technology Inc.", "0001336738")]
    c = _holding(rec, rp[0])
    assert (c.shares, c.percent) == (0, 0.0)


def test_inline_issuer_and_the_unmatched_header_filer():
    # "NAME OF ISSUER:   Universal Seismic Associates, Inc." (inline) is read, so Kecseg's cover
    # (39,300 shares, .75%) is claimed against it
    _, rec = _record("1997_SC_13DA_1026797.txt")
    assert rec.issuer.name == "Universal Seismic Associates, Inc."
    assert "issuer-from-header" not in _codes(rec)
    c = _holding(rec, _party(rec, "Robert J. Kecseg"))
    assert (c.shares, c.percent, c.sole_voting, c.shared_voting) == (39300, 0.75, 37300, 2000)
    # the other group member (the filer, "KANARELLIS MICHAEL T" in the header) signs: the
    # signature's party gets the header's CIK
    assert _party(rec, "Michael T. Kanarellis").identifiers[0].value == "0001026797"
    assert "header-name-unmatched" not in _codes(rec)


def test_missing_issuer_is_the_header_subject_company():
    # the same amendment with its two "NAME OF ISSUER:" lines blanked: Item 1 says only "No
    # change", so the issuer is the header's SUBJECT COMPANY, with a warning saying so
    text = read_source(FIXTURES / "1997_SC_13DA_1026797.txt").text.replace(
        "NAME OF ISSUER:   Universal Seismic Associates, Inc.", " " * 52)
    (rec,) = parse_source(SourceText(path="blanked.txt", text=text))
    assert rec.issuer.name == "UNIVERSAL SEISMIC ASSOCIATES INC"
    assert "issuer-from-header" in _codes(rec)
    c = _holding(rec, _party(rec, "Robert J. Kecseg"))
    assert (c.shares, c.percent) == (39300, 0.75)


# --- 2. "the Reporting Person" and document terms ------------------------------------------

def test_the_reporting_person_of_a_one_person_statement_is_that_person():
    # "The principal occupation of the Reporting Person is managing member of Altiva Capital"
    _, rec = _record("2014_SC_13D_1492426.txt")
    assert not [p for p in rec.parties if p.name == "Reporting Person"]
    me = _party(rec, "Balaji Venkataraman")
    altiva = _party(rec, "Altiva Capital, LLC")
    assert any(c.relation is Relation.MANAGING_MEMBER_OF and c.source == me.id
               and c.target == altiva.id for c in rec.claims)


def test_filer_term_pattern():
    # one definition (graphkit.parsers.filer_terms); the plural is its own group
    assert FILER_TERM.match("the Reporting Person")["plural"] is None
    assert FILER_TERM.match("the reporting person")
    assert FILER_TERM.match("the Reporting Persons")["plural"] == "s"


def test_document_term_is_no_issuer_alias():
    # 'a follow up letter to the Issuer (the "Confirmation of Interest Letter")'
    _, rec = _record("2007_SC_13DA_1303225.txt")
    names = {a.name for p in rec.parties for a in p.aliases}
    assert "Confirmation of Interest Letter" not in names
    assert text13.DOCUMENT_TERM.search("Confirmation of Interest Letter")
    assert not text13.DOCUMENT_TERM.search("Letter Capital Partners")


# --- 3. outstanding shares ----------------------------------------------------------------

@pytest.mark.parametrize("name,value", [
    ("2014_SC_13D_1492426.txt", 106130396),  # "an aggregate total of 106,130,396 issued and
    ("2007_SC_13DA_1303225.txt", 34723185),  # "* Based upon 34,723,185 issued and outstanding
    ("2003_SC_13D_1224014.txt", 8460187),  # "9.66% at 5/19/03 based on 8,460,187 common shares"
    # "85,237,621 outstanding ... plus 4,400,000 common shares in aggregate underlying warrants
    # which are beneficially owned by the reporting person": the holder's Rule 13d-3 base
    ("2009_SC_13GA_908177.txt", 85237621),
])
def test_outstanding_sentences(name, value):
    _, rec = _record(name)
    assert rec.outstanding_shares.value == value


def test_a_holders_plus_figure_is_noted_not_added():
    _, rec = _record("2009_SC_13GA_908177.txt")
    assert rec.outstanding_shares.note == ("plus 4,400,000 of a holder's own Rule 13d-3 base, "
                                           "not shares outstanding: 89,637,621 in all")


def test_a_holding_is_never_the_outstanding_count():
    # "deemed to beneficially own a total of 2,398,434 shares ... or 27.8% of the outstanding"
    _, rec = _record("2006_SC_13DA_1078037.txt")
    assert rec.outstanding_shares is None
    assert "percent-mismatch" not in _codes(rec)


@pytest.mark.parametrize("text,value", [
    ("calculated based on an aggregate total of 106,130,396 issued and outstanding", 106130396),
    ("* Based upon 34,723,185 issued and outstanding shares of Common Stock", 34723185),
    ("based on a total of 36,282,883 shares of Common Stock issued and outstanding", 36282883),
    ("a total of 2,398,434 shares of Common Stock or 27.8% of the outstanding shares", None),
    ("holders of the 5,935,000 issued and outstanding limited partnership units", None),
])
def test_outstanding_pattern(text, value):
    m = outstanding.OUTSTANDING.search(text)
    got = next((m[g] for g in ("num", "num2", "num3") if m and m[g]), None)
    assert (got and int(got.replace(",", ""))) == value


def test_percent_base_and_plus_patterns():
    assert outstanding.PERCENT_BASE.match("based on 8,460,187 common shares")["num"] == "8,460,187"
    assert outstanding.PERCENT_BASE.match("based on 8,460,187 shares held by the Fund") is None
    m = outstanding.PLUS_FIGURE.match(" as of December 31, 2008, plus 4,400,000 common shares")
    assert m["num"] == "4,400,000"
    r = outstanding.read_outstanding(SourceText(path="x", text=(
        "based on 1,000 shares outstanding, plus shares issued in the offering")))
    assert (r.value, r.note) == (1000, outstanding.PLUS_UNREAD)
    r = outstanding.read_outstanding(SourceText(path="x", text=(
        "based on 1,000 shares outstanding, plus shares issuable on conversion")))
    assert (r.value, r.note) == (1000, None)  # a holder's own base: no count, nothing unread


# --- 4. Item 7 subsidiaries in an exhibit, or with the class spelled out ---------------------

def test_item7_see_exhibit_a():
    _, rec = _record("2011_SC_13GA_1364742.txt")
    parent = _party(rec, "BlackRock, Inc.")
    kids = [rec.party(c.target).name for c in rec.claims
            if c.relation is Relation.PARENT_OF and c.source == parent.id]
    assert kids == ["BlackRock Institutional Trust Company, N.A.", "BlackRock Fund Advisors",
                    "BlackRock Advisors, LLC", "BlackRock Investment Management, LLC"]


def test_item7_line_with_class_spelled_out():
    _, rec = _record("1995_SC_13GA_866817.txt")
    parent = _party(rec, "J. P. MORGAN & CO., INCORPORATED")
    kids = [rec.party(c.target).name for c in rec.claims
            if c.relation is Relation.PARENT_OF and c.source == parent.id]
    assert kids == ["MORGAN GUARANTY TRUST COMPANY OF NEW YORK",
                    "J.P. MORGAN INVESTMENT MANAGEMENT INC.",
                    "MORGAN TRUST COMPANY OF FLORIDA N.A."]


def test_subsidiary_patterns():
    m = subs.SUBSIDIARY_LINE.match("          ACME TRUST COMPANY OF NEW YORK - 3(b) BANK")
    assert (m["name"], m["class"]) == ("ACME TRUST COMPANY OF NEW YORK", "3(b) BANK")
    assert subs.SEE_EXHIBIT.search("See Exhibit A")["id"] == "A"
    assert subs.EXHIBIT_HEADING.match("Exhibit A")["id"] == "A"
    assert subs.LIST_HEADING.match("Subsidiary") and not subs.LIST_HEADING.match("Acme LLC")


# --- 5. SGML: indented end tags, group members ------------------------------------------------

def test_indented_document_end_is_no_truncation():
    report, rec = _record("2000_SC_13G_949308.txt")
    assert "truncated" not in _codes(rec)
    sub = split_submission(read_source(FIXTURES / "2000_SC_13G_949308.txt"))
    assert [d.closed for d in sub.documents] == [True]


def test_group_members_read_with_their_cik():
    sub = split_submission(read_source(FIXTURES / "2004_SC_13GA_80255.txt"))
    assert [(c.role, c.name, c.cik) for c in sub.header.companies][1:] == [
        ("filed_by", "PRICE T ROWE ASSOCIATES INC /MD/", "0000080255"),
        ("group_member", "T. ROWE PRICE SMALL-CAP VALUE FUND", "0000834798")]
    m = GROUP_MEMBER.match("ACME FUND CIK: 0000000042")
    assert (m["name"], m["cik"]) == ("ACME FUND", "0000000042")


# --- 6. header CIKs of inverted and marked names ---------------------------------------------

@pytest.mark.parametrize("name,party,cik", [
    ("2012_SC_13D_1519900.txt", "Scott Feldhacker", "0001519900"),  # FELDHACKER SCOTT
    ("2010_SC_13DA_914189.txt", "Minor M. Shaw", "0000914189"),  # SHAW MINOR M
    ("2009_SC_13GA_908177.txt", "Eldorado Gold Corporation", "0000918608"),  # ... CORP  /FI
    ("2004_SC_13GA_80255.txt", "T. Rowe Price Associates, Inc.", "0000080255"),
    ("2004_SC_13GA_80255.txt", "T. Rowe Price Small-Cap Value Fund, Inc.", "0000834798"),
])
def test_header_cik_reaches_the_reporting_person(name, party, cik):
    _, rec = _record(name)
    assert cik in [i.value for i in _party(rec, party).identifiers]


def test_header_name_forms_and_suffix():
    assert hdr.header_name_forms("ROE JANE Q ET AL") == ["ROE JANE Q", "Jane Q. Roe"]
    assert hdr.header_name_forms("ROE J Q ASSOCIATES INC /MD/")[1] == "J Q ROE ASSOCIATES INC"
    assert hdr.CONFORMED_SUFFIX.search("ACME GOLD CORP           /FI")
    assert hdr.INITIAL_WORD.match("Q") and not hdr.INITIAL_WORD.match("QR")


# --- 7. one cover naming two persons ----------------------------------------------------------

def test_cover_naming_two_persons_gives_two_reporting_persons():
    _, rec = _record("2006_SC_13DA_1078037.txt")
    for name in ("Austin W. Marxe", "David M. Greenhouse"):
        p = _party(rec, name)
        assert p.kind.value == "person" and PartyRole.REPORTING_PERSON in p.roles
        c = _holding(rec, p)
        assert (c.shares, c.percent, c.shared_voting) == (4065101, 27.8, 4065101)
    assert not [p for p in rec.parties if " and " in p.name]


def test_two_persons_pattern():
    assert joint13.TWO_PERSON_NAMES.match("Jane Q. Roe and John Doe")
    assert reporting13.two_persons("Smith and Wesson Holding Corp") is None
