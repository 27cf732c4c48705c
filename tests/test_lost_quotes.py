"""Defined terms whose quotation marks were lost as "?", and apostrophes lost the same way
(graphkit.lost_quotes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.lost_quotes import (LOST_APOSTROPHE, LOST_QUOTE_TERM, restore_lost_apostrophes,
                                  restore_lost_quotes)
from graphkit.parse import parse_path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "filings"


@pytest.mark.parametrize("text, term", [
    ("Austin W. Marxe (?Marxe?) and", "Marxe"),
    ("Exchange Act of 1934 (?Act?) or", "Act"),
    ("to as, the ?Funds?).", "Funds"),
    ("L.P. (?SSPE?).", "SSPE"),
    ("(collectively, the ?Reporting Persons?)", "Reporting Persons"),
    ("Is Acme? Yes", None), ("(?)", None), ("owns? Acme? no", None), ("Item 5?)", None),
    ("a ?lower? word", None),
    # a check box and a section sign lost as "?" around a 13G Item 3 line: no term
    ("(e) ?An investment adviser in accordance with ? 240.13d-1(b)(1)(ii)(E);", None),
    ("(j) ?Group, in accordance with ? 240.13d-1(b)(1)(ii)(J).", None),
])
def test_lost_quote_term(text, term):
    m = LOST_QUOTE_TERM.search(text)
    assert (m["term"] if m else None) == term


def test_mending_keeps_length_and_counts():
    text = "Acme Fund, L.P. (?Acme?) and Roe GP LLC (the ?General Partner?)."
    mended, count = restore_lost_quotes(text)
    assert (mended, count) == ('Acme Fund, L.P. ("Acme") and Roe GP LLC (the "General Partner").',
                               2)
    assert len(mended) == len(text)


def test_a_filing_whose_quotes_were_lost_reads_its_terms():
    # 2006 SC 13D/A (accession ...1078037) lines 207-216: "Austin W. Marxe (?Marxe?) and David
    # M. Greenhouse (?Greenhouse?), who are the controlling principals of AWM Investment
    # Company, Inc. (?AWM?), the general partner of MGP Advisers Limited Partnership (?MGP?),
    # ... MG Advisers L.L.C. (?MG?), the general partner of and investment adviser to Special
    # Situations Private Equity Fund, L.P. (?SSPE?)"; line 249: "SSPE owns 1,666,667 shares"
    [rec] = parse_path(FIXTURES / "2006_SC_13DA_1078037.txt").records
    names = {p.id: p.name for p in rec.parties}
    rels = {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}
    mg, sspe = "MG Advisers L.L.C.", "Special Situations Private Equity Fund, L.P."
    assert {("general_partner_of", "AWM Investment Company, Inc.",
             "MGP Advisers Limited Partnership"),
            ("general_partner_of", "MGP Advisers Limited Partnership",
             "Special Situations Fund III QP, L.P."),
            ("general_partner_of", mg, sspe), ("investment_manager_of", mg, sspe),
            ("member_of", "Austin W. Marxe", mg), ("member_of", "David M. Greenhouse", mg),
            } <= rels
    held = {names[c.source]: c.shares for c in rec.claims
            if c.relation.value == "beneficial_owner_of"}
    assert held[sspe] == 1666667
    aliases = {p.name: {a.name for a in p.aliases} for p in rec.parties}
    assert aliases["AWM Investment Company, Inc."] == {"AWM"}
    assert [w.message.split(": ", 1)[1][:38] for w in rec.warnings if w.code == "lost-quotes"] \
        == ["12 defined term(s) quoted with '?' for"]


@pytest.mark.parametrize("text, mended", [
    # 2006 SC 13D/A on Remedent (accession ...1078037), line 203: "The Issuer?s principal"
    ("Remedent, Inc. (the ?Issuer?). The Issuer?s principal executive officers",
     "Remedent, Inc. (the ?Issuer?). The Issuer's principal executive officers"),
    ("Mr. Marxe?s son", "Mr. Marxe's son"),
    ("AWM?s President, Jane Roe?s.", "AWM's President, Jane Roe's."),
    # no apostrophe: a question, a web address's query, a digit, a "?" after a space
    ("Is it Acme? so it is", None), ("see index.htm?s=1", None), ("Item 5?s", None),
    ("(?Acme?) ?s", None), ("Acme?sh", None), ("Acme?s/", None),
])
def test_lost_apostrophe(text, mended):
    assert bool(LOST_APOSTROPHE.search(text)) is (mended is not None)
    got, count = restore_lost_apostrophes(text)
    assert got == (mended or text) and len(got) == len(text)
    assert count == (0 if mended is None else mended.count("'") - text.count("'"))


def test_a_lost_apostrophe_is_read_as_a_possessive():
    # the 2006 SC 13D/A of Marxe and Greenhouse (curly quotes saved as "?"), with "AWM?s
    # President is Mr. Marxe." put on line 224: before, "AWM?s President" read nothing; now
    # the possessive office binds (AWM is the filing's term for AWM Investment Company, Inc.)
    [rec] = parse_path(FIXTURES / "cv45" / "2006_SC_13DA_1078037_lost_apostrophe.txt").records
    names = {p.id: p.name for p in rec.parties}
    rels = {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}
    assert ("officer_of", "Austin W. Marxe", "AWM Investment Company, Inc.") in rels
    assert not any("?" in n for n in names.values())
    assert [w.message.split(": ", 1)[1] for w in rec.warnings if w.code == "lost-apostrophes"] \
        == ["2 apostrophe(s) typed as '?' (a conversion lost them), e.g. Acme?s; read as Acme's"]


def test_the_real_filing_warns_of_its_one_lost_apostrophe():
    [rec] = parse_path(FIXTURES / "2006_SC_13DA_1078037.txt").records
    assert [w.code for w in rec.warnings].count("lost-apostrophes") == 1
    assert "1 apostrophe(s)" in next(w.message for w in rec.warnings
                                     if w.code == "lost-apostrophes")


@pytest.mark.parametrize("text, quotes, apostrophes", [
    ("the Reporting Persons (the Funds) own 5.1%", 0, 0),  # no "?": nothing to mend
    ("(the ?Funds?) own it; is it Acme? The Issuer?s officers", 1, 1),
    ("the ?Funds? and (?Acme?)", 2, 0),
])
def test_only_a_text_holding_a_question_mark_is_mended(text, quotes, apostrophes):
    mended, n = restore_lost_quotes(text)
    assert n == quotes and len(mended) == len(text)
    assert restore_lost_apostrophes(text)[1] == apostrophes
    if "?" not in text:
        assert mended is text and restore_lost_apostrophes(text)[0] is text
