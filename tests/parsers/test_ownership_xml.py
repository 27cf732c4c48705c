"""Forms 3/4/5: XML ownership documents and the old text Form 4."""

from __future__ import annotations

from graphkit.parse import parse_path
from graphkit.parsers.ownership_text import (CHECKED_RELATIONSHIP, COLUMN_MARKS, ISSUER_BOX,
                                             REPORTING_PERSON_BOX, RULE_LINE, SHARE_AMOUNT,
                                             SIGNATURE_BLOCK, TABLE_I, TABLE_I_END,
                                             parse_ownership_text)
from graphkit.source import SourceText
from graphkit.parsers.ownership_xml import TICKER, parse_ownership_xml, ticker_identifier
from graphkit.reading import read_source
from tests.conftest import corpus_file


def _rel(rec):
    return [(rec.party(c.source).name, c.relation.value, c.title, c.shares, c.direct)
            for c in rec.claims]


def test_form3_ten_percent_owners_and_footnote_chain():
    rec = parse_ownership_xml(read_source(corpus_file("form4/berkshire_snowflake_2020_form3.xml")))
    assert rec.form == "3" and rec.issuer.cik == "0001640147"
    issuer = rec.party(rec.issuer.party_id)
    assert issuer.readings[0].value == "SNOW"
    assert [(i.scheme.value, i.value) for i in issuer.identifiers] == [
        ("cik", "0001640147"), ("ticker", "SNOW")]
    assert _rel(rec)[:4] == [
        ("BERKSHIRE HATHAWAY INC", "beneficial_owner_of", None, None, None),
        ("BUFFETT WARREN E", "beneficial_owner_of", None, None, None),
        ("BERKSHIRE HATHAWAY INC", "beneficial_owner_of", None, 6125376, False),
        ("BUFFETT WARREN E", "beneficial_owner_of", None, 6125376, False)]
    assert rec.claims[0].note == "ten percent owner"


def test_officer_title_and_each_trust_line():
    rec = parse_ownership_xml(read_source(corpus_file("form4/scarpelli_snowflake_2022_form4.xml")))
    assert _rel(rec)[0] == ("Scarpelli Michael", "officer_of", "Chief Financial Officer", None,
                            None)
    # footnote "held by the Scarpelli Family Trust for which the Reporting Person is a trustee"
    # (prose names the filer by the term; resolving it to the owner is the form's part)
    assert [rec.party(c.target).name for c in rec.claims
            if c.relation.value == "trustee_of"] == ["Scarpelli Family Trust"]
    holdings = [(c.shares, c.direct) for c in rec.claims[1:]
                if c.relation.value == "beneficial_owner_of"]
    # the trust line's record holder, named by its footnote, holds its shares directly
    assert holdings[:5] == [(101097, True), (577218, False), (178947, False), (178947, True),
                            (9686, False)]
    assert len(holdings) == 10
    assert "F8:" in rec.claims[2].note


def test_director_form3():
    rec = parse_ownership_xml(read_source(corpus_file("form4/garrett_snowflake_2020_form3.xml")))
    assert [r for r in _rel(rec) if r[1] == "director_of"] == [
        ("GARRETT MARK", "director_of", None, None, None)]
    # "held by the Garrett Family Investment Partnership, L.P. for which the Reporting Person is
    # the general partner" (the term's party is the form's to resolve)
    assert [rec.party(c.target).name for c in rec.claims
            if c.relation.value == "general_partner_of"] == [
        "Garrett Family Investment Partnership, L.P."]


def test_sgml_wrapped_form4_footnote_chain():
    rec = parse_path(corpus_file("form4/pleasantlake_1800flowers_2025_form4.txt")).records[0]
    assert rec.accession_number == "0000921895-25-001190"
    mm = [(rec.party(c.source).name, rec.party(c.target).name) for c in rec.claims
          if c.relation.value == "managing_member_of"]
    assert ("Fund 1 Investments, LLC", "Pleasant Lake Partners LLC") in mm


def test_old_text_form4_relationship_from_header():
    r = parse_path(corpus_file("form4/foster_productivity_2000_form4.txt"))
    rec = r.records[0]
    assert [(rec.party(c.source).name, c.relation.value) for c in rec.claims] == [
        ("Foster, Alan H.", "director_of")]
    owner = rec.party(rec.claims[0].source)
    assert owner.identifiers[0].value == "0001050609"
    assert rec.signatures[0].signer == "Alan H. Foster"
    assert r.warnings == []  # Table I is read (it has no rows); Table II options are left out


FOSTER_ROWS = (
    "Common Stock               |2/7/00|P   | |1,000             |A  |$1.375     |26,000             |D"
    "     |                           |\n"
    "Common Stock               |      |    | |                  |   |           |5,000              |I"
    "     |By Spouse                  |\n")


def test_old_text_form4_table_one_rows():
    """The filing with two rows typed into its (empty) Table I, as other filers fill it."""
    raw = corpus_file("form4/foster_productivity_2000_form4.txt").read_text()
    marks = raw.index("<S>                        <C>")
    at = raw.index("\n", marks) + 1
    text = raw[raw.index("UNITED STATES"):at] + FOSTER_ROWS + raw[at:raw.index("</TEXT>")]
    rec = parse_ownership_text(SourceText("f4.txt", text))
    assert [(c.shares, c.direct, c.note, c.security_class) for c in rec.claims[1:]] == [
        (26000, True, None, "Common Stock"), (5000, False, "By Spouse", "Common Stock")]
    assert rec.claims[2].evidence[0].text.startswith("Common Stock | | | |")
    assert rec.warnings == []


def test_text_table_without_column_marks_warns():
    text = ("FORM 4\n1. Name and Address of Reporting Person\n   Roe, Jane\n"
            "2. Issuer Name and Ticker or Trading Symbol\n   Widget Corp.\n"
            "Table I -- Non-Derivative Securities\nCommon Stock  1,000  D\n")
    rec = parse_ownership_text(SourceText("f4.txt", text))
    assert [(w.code, w.line) for w in rec.warnings] == [("holdings-not-read", 6)]


def test_text_patterns():
    assert TABLE_I.search(" Table I -- Non-Derivative Securities Acquired")
    assert TABLE_I_END.search("x Table II -- Derivative") and TABLE_I_END.search("</TABLE>")
    assert COLUMN_MARKS.search("x\n<S>    <C>  <C><C>\ny") and not COLUMN_MARKS.search("<S> x <C>")
    assert RULE_LINE.match("- -------|    |  |") and not RULE_LINE.match("Common |")
    assert SHARE_AMOUNT.match("12,000") and SHARE_AMOUNT.match("1500")
    assert not SHARE_AMOUNT.match("1,00") and not SHARE_AMOUNT.match("-")
    assert REPORTING_PERSON_BOX.search(
        "1. Name and Address of Reporting Person\n  Foster, Alan H.\n")["name"] == "Foster, Alan H."
    assert ISSUER_BOX.search("2. Issuer Name and Ticker or Trading Symbol\n  Acme Corp.\n")[
        "name"] == "Acme Corp."
    assert [m["box"] for m in CHECKED_RELATIONSHIP.finditer(
        "(X) Director ( ) 10% Owner [x] Officer (give title below)")] == ["Director", "Officer"]
    m = SIGNATURE_BLOCK.search("SIGNATURE OF REPORTING PERSON\n  /s/  Jane Doe\nDATE\nMay 1, 2000")
    assert (m["signer"], m["date"]) == ("Jane Doe", "May 1, 2000")


def test_ticker_pattern():
    assert TICKER.match("BRK.B") and TICKER.match("BF-A") and TICKER.match("WDGT")
    assert not TICKER.match("NO PUBLIC MARKET") and not TICKER.match("ABCDEFGH")
    assert ticker_identifier("n/a") is None and ticker_identifier("snow").value == "SNOW"


def test_an_issuer_is_found_without_edgars_successor_mark():
    # tests/fixtures/filings/own15/ptix_armen_2026_form4.xml (real): line 25,
    # "<issuerName>Protagenic Therapeutics, Inc.\new</issuerName>"
    from pathlib import Path
    from graphkit.graph import find_node
    from graphkit.pipeline import build
    path = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "own15" / \
        "ptix_armen_2026_form4.xml"
    [rec] = parse_path(path).records
    assert (rec.issuer.name, rec.issuer.cik) == ("Protagenic Therapeutics, Inc.\\new",
                                                 "0001022899")
    [held] = [c for c in rec.claims if c.shares is not None]
    assert (rec.party(held.source).name, held.shares, held.direct) == ("ARMEN GARO H", 31294, True)
    # the name as EDGAR prints it (its mark tells a successor from a company of the same
    # name), found without the mark
    G = build([path]).graph
    assert G.nodes[find_node(G, "Protagenic Therapeutics, Inc.")]["name"] == \
        "Protagenic Therapeutics, Inc.\\new"
