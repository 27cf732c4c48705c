"""Defined terms written without quotes ("Acme Fund, L.P. (the Fund)") read as the quoted form,
and a generic word that no term binds ("the Fund") never made a party (session 39 review rv39,
MEDIUM: a Form 4 footnote "... Acme Fund, L.P. (the Fund). Acme GP, LLC is the general partner
of the Fund." gave a GP link to a new party "Fund").

No filing of the corpus defines a generic term without quotes; the one unquoted "(the ...)"
after a name there, "the Government of the Emirate of Abu Dhabi (the Government)" (ADIA's SC
13D/A on Overland, 2025), is no generic term and stays an aside. The made fixtures (invented
names) are in tests/fixtures/filings/rv39/m2_*.
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_bare_terms import BARE_TERM, BARE_TERM_CUE, quote_bare_terms
from graphkit.parsers.prose_terms import find_collective_terms, find_defined_terms
from graphkit.source import SourceText
from tests.conftest import ROOT, corpus_file

RV39 = ROOT / "tests" / "fixtures" / "filings" / "rv39"
FILINGS = ROOT / "tests" / "fixtures" / "filings"


@pytest.mark.parametrize("text, term", [
    ("(the Fund)", "Fund"),
    ("(the General Partner)", "General Partner"),
    ("(collectively, the Funds)", "Funds"),
    ("(together the Partnerships)", "Partnerships"),
    ("(the\nCompany)", "Company"),
])
def test_bare_term_matches(text, term):
    assert BARE_TERM.search(text)["term"] == term
    assert BARE_TERM_CUE.search(text) is not None


@pytest.mark.parametrize("text", [
    "(see Item 5)", "(as defined below)", "(the fund)", "(the Fund's general partner)",
    '(the "Fund")', "(the Acme Capital Growth Fund)",
])
def test_bare_term_does_not_match(text):
    assert BARE_TERM.search(text) is None


def _terms(text):
    return [(t.term, t.name) for t in find_defined_terms(SourceText(path="x.txt", text=text))]


@pytest.mark.parametrize("term", ["Fund", "Partnership", "Company", "General Partner"])
def test_unquoted_generic_term_defined_as_quoted(term):
    unquoted = _terms(f"The shares are held by Acme Fund, L.P. (the {term}).")
    assert unquoted == _terms(f'The shares are held by Acme Fund, L.P. (the "{term}").')
    assert unquoted == [(term, "Acme Fund, L.P.")]


def test_unquoted_issuer_term_as_quoted():
    # quoted, "Issuer" is bound to the name before it; unquoted the same
    text = "The Common Stock of Widget Holding Corp. (the Issuer) is held by Acme Fund, L.P."
    assert _terms(text) == _terms(text.replace("the Issuer", 'the "Issuer"'))
    assert ("Issuer", "Common Stock of Widget Holding Corp.") in _terms(text)


def test_unquoted_group_term_lists_both_funds():
    src = SourceText(path="x.txt", text="The Shares are held by Acme Fund I, L.P. and Acme Fund "
                                        "II, L.P. (collectively, the Funds).")
    [group] = find_collective_terms(src)
    assert (group.term, group.members) == ("Funds", ("Acme Fund I, L.P.", "Acme Fund II, L.P."))


@pytest.mark.parametrize("text", [
    "under the Securities Exchange Act of 1934 (the Act), as amended",
    "Acme Capital, Inc. (see Item 5) and Acme Holdings, LLC (as defined below) hold it.",
    "Jane Roe (the General Partner) manages it.",  # no entity's name before it
    "the Shares of the Issuer (the Company) are held by Acme Fund, L.P.",
])
def test_ordinary_parentheticals_define_nothing(text):
    assert _terms(text) == []


def test_relationship_read_past_an_unquoted_term():
    src = SourceText(path="x.txt", text="Acme GP, LLC (the General Partner) is the general "
                                        "partner of Acme Fund, L.P. (the Partnership).")
    assert [(f.relation.value, f.holder, f.held) for f in find_relationships(src)] == [
        ("general_partner_of", "Acme GP, LLC", "Acme Fund, L.P.")]


def test_quote_bare_terms_keeps_other_text():
    flat, opened = quote_bare_terms("Acme Fund, L.P. (the Fund) and Beta LP (the Partnership)")
    assert flat == 'Acme Fund, L.P. (the "Fund") and Beta LP (the "Partnership")'
    assert {flat[k + 1:flat.index('"', k + 1)] for k in opened} == {"Fund", "Partnership"}


def test_real_filing_government_stays_an_aside():
    text = corpus_file("13d/adia_overland_2025_schedule13da.xml").read_text()
    at = text.index("(the Government)")
    terms = _terms(text[at - 140:at + 80])
    assert terms == [("ADIA", "Abu Dhabi Investment Authority")]


def _links(path):
    [rec] = parse_path(path).records
    names = {p.id: p.name for p in rec.parties}
    links = {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims
             if c.relation.value != "beneficial_owner_of"}
    return rec, links


def test_form4_unquoted_term_gives_the_fund_its_general_partner():
    rec, links = _links(RV39 / "m2_form4_unquoted_term.xml")
    assert links == {("Acme GP, LLC", "general_partner_of", "ACME FUND, L.P."),
                     ("Jane Roe", "managing_member_of", "Acme GP, LLC")}
    assert "Fund" not in {p.name for p in rec.parties}


def test_13d_unquoted_group_term_gives_both_funds_their_general_partner():
    _, links = _links(RV39 / "m2_13d_unquoted_group_term.txt")
    assert {("Acme GP, LLC", "general_partner_of", "Acme Fund I, L.P."),
            ("Acme GP, LLC", "general_partner_of", "Acme Fund II, L.P.")} <= links


def test_form4_undefined_generic_word_warned_not_a_party():
    path = RV39 / "m2_form4_generic_undefined.xml"
    rec, links = _links(path)
    assert links == {("Jane Roe", "managing_member_of", "Acme GP, LLC")}
    assert "Fund" not in {p.name for p in rec.parties}
    [w] = [w for w in rec.warnings if w.code == "generic-name"]
    assert (w.source, w.line) == (str(path), 34) and "'Fund' is a generic word" in w.message


@pytest.mark.parametrize("path, line, name", [
    # "(9) Rose is a trustee of the Foundation.": a note on the table row "Marshall & Jill
    # Rose Foundation, Inc.", no term
    (("corpus", "13d/oneliberty_brt_1996_sc13d.txt"), 543, "Foundation"),
    # (the 2011 Sprott 13D/A's "Trust", warned here before, is now read: test_prose_term_place)
])
def test_real_13d_generic_word_warned(path, line, name):
    where, rel = path
    p = corpus_file(rel) if where == "corpus" else FILINGS / rel
    [rec] = parse_path(p).records
    warned = [(w.line, w.message) for w in rec.warnings if w.code == "generic-name"]
    assert [ln for ln, _ in warned] == [line] and f"{name!r} is a generic word" in warned[0][1]
    assert name not in {p.name for p in rec.parties}
