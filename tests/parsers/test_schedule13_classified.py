"""Item 7 told as a sentence per subsidiary (graphkit.parsers.schedule13_classified), and the
Item 7 exhibit of a text 13G submission (schedule13_xml_exhibits.add_text_exhibit_subsidiaries),
on two real filings: Capital Group International's 2005 13G (Item 7 in the filing) and the
1995 Goldman Sachs 13G on Novell (Item 7 "See Exhibit(2)", answered in EX-99.2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_classified import (
    CLASSIFIED_AS, EXHIBIT_END, INFORMATION_HEADING, classified_names, information_exhibit,
)
from graphkit.parsers.schedule13_xml_exhibits import item7_document
from graphkit.parsers.sgml import SubmissionDocument
from graphkit.source import SourceText

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings"


@pytest.mark.parametrize("text, name, kind", [
    ("Goldman, Sachs & Co. is a broker or dealer registered under Section 15",
     "Goldman, Sachs & Co.", "broker or dealer"),
    ("       1. Capital Guardian Trust Company is a bank as defined in",
     "Capital Guardian Trust Company", "bank"),
    ("Item 7. Acme Advisers LLC is an investment adviser registered under Section 203",
     "Acme Advisers LLC", "investment adviser"),
    ("Acme Life Co. is an insurance company as defined in Section 3(a)(19)",
     "Acme Life Co.", "insurance company"),
    ("See above. Acme Securities Inc. is a registered broker-dealer.",
     "Acme Securities Inc.", "broker-dealer"),
])
def test_classified_as_reads_the_name_and_kind(text, name, kind):
    [(s, e, got)] = classified_names(text, 0, len(text))
    assert (text[s:e], got) == (name, kind)


def test_kind_words_in_any_case():
    """Review s28 L10: the capitalised 1994 Capital Group wording."""
    text = "Capital Research and Management Company is an Investment Adviser registered under"
    assert [k for _, _, k in classified_names(text, 0, len(text))] == ["Investment Adviser"]


@pytest.mark.parametrize("text", [
    # review s28 M3: a list opening the sentence makes no party of the whole phrase (a list
    # saying each is of the kind is split: test_listed_names_each_classified)
    "Item 7. Neither Acme Bank nor Acme Corp. is a bank.",
    # review s28 M4: a holding company is no bank
    "Item 7. Acme Financial Corp. is a bank holding company and the parent of Acme Bank, N.A.",
    "Acme Holdings Inc. is an insurance company holding company.",
    # review s28 M5: a denied link
    "Item 7. Acme Securities LLC is a broker-dealer affiliated with, but not a subsidiary of, "
    "the Reporting Person.",
    "Item 7. Acme Advisors LLC is an investment adviser and is not a subsidiary of Parent Corp.",
    "Item 7. Acme Advisors LLC is an investment adviser unaffiliated with Parent Corp.",
])
def test_classified_sentences_that_name_no_subsidiary(text):
    assert classified_names(text, 0, len(text)) == []


def test_item7_not_applicable_reads_no_sentence():
    from graphkit.parsers.schedule13_subsidiaries import item7_subsidiaries
    text = "Item 7. Not applicable. Acme Advisers LLC is an investment adviser.\nItem 8. None"
    assert item7_subsidiaries(SourceText(path="x.txt", text=text), 0,
                              text.index("Item 8")) == []


@pytest.mark.parametrize("text", [
    "Acme Holdings, Inc. is a parent holding company in accordance with Rule 13d-1",
    "The reporting person is not a bank.",
    "Acme Holdings is the parent of a bank",
    "CIL does not fall within any of the categories described in Rule 13d-1(b)(ii)(A-F)",
])
def test_classified_as_leaves_other_sentences(text):
    got = [text[s:e] for s, e, _ in classified_names(text, 0, len(text))]
    assert got in ([], ["The reporting person"])  # no organization's name: the caller drops it


def test_classified_as_matches_at_a_sentence_start_only():
    assert CLASSIFIED_AS.match("  1. Acme Bank, N.A. is a bank")["name"] == "Acme Bank, N.A."
    assert CLASSIFIED_AS.match("Acme Trust is not a bank") is None


def test_information_heading_and_exhibit_end():
    assert INFORMATION_HEADING.search("                              ITEM 7 INFORMATION\n")
    assert INFORMATION_HEADING.search("Item 7 Information:")
    assert not INFORMATION_HEADING.search("Item 7. Identification and Classification")
    assert EXHIBIT_END.search("</DOCUMENT>") and EXHIBIT_END.search("EXHIBIT 99.3\n")
    assert not EXHIBIT_END.search("Exhibit 99.3 is incorporated by reference")


def test_a_wrapped_name_is_not_read():
    """Capital Group 2005 item 3: "Capital International Research and Management, Inc. dba\\n
    Capital International, Inc. is an investment adviser": the name wraps (with a dba), so it
    is left to the prose reader, which reads "Capital International, Inc." from its subsidiary
    clause; the second line is no sentence's start."""
    text = ("3. Capital International Research and Management, Inc. dba\n"
            "   Capital International, Inc. is an investment adviser registered under")
    assert classified_names(text, 0, len(text)) == []


def test_information_exhibit_is_bounded():
    text = "ITEM 7 INFORMATION\n\nAcme & Co. is a bank.\n" + "x " * 5000
    s, e = information_exhibit(text, 0)
    assert (s, e - s) == (0, len("ITEM 7 INFORMATION") + 4000)
    assert information_exhibit("Item 7. None", 0) is None


def test_item7_document_needs_exactly_one():
    def doc(typ, desc, text="x"):
        return SubmissionDocument(type=typ, description=desc, source=SourceText(path="x",
                                                                                text=text))
    ex1 = doc("EX-99.1", "JOINT FILING AGREEMENT")
    ex2 = doc("EX-99.2", "ITEM 7 INFORMATION")
    ex3 = doc("EX-99.3", "", "\n   ITEM 7 INFORMATION\n\nAcme Bank, N.A. is a bank.")
    assert item7_document([ex1, ex2]) is ex2
    assert item7_document([ex1, ex3]) is ex3
    assert item7_document([ex1]) is None and item7_document([ex2, ex3]) is None


def _links(path):
    (rec,) = parse_path(path).records
    names = {p.id: p.name for p in rec.parties}
    return {(names[c.source], names[c.target]): c for c in rec.claims
            if c.relation.value == "parent_of"}


def test_capital_group_2005_bank_subsidiary_from_its_classifying_sentence():
    """Item 7, line 307: "1. Capital Guardian Trust Company is a bank as defined in Section
    3(a)(6) of the Act ..."; the three other subsidiaries were already read from prose."""
    links = _links(FIXTURES / "2005_SC_13G_50957.txt")
    parent = "Capital Group International, Inc."
    assert set(links) == {(parent, "Capital Guardian Trust Company"),
                          (parent, "Capital International Limited"),
                          (parent, "Capital International, Inc."),
                          (parent, "Capital International S.A.")}
    assert links[(parent, "Capital Guardian Trust Company")].evidence[0].line == 307


def test_goldman_1995_subsidiary_from_the_item7_exhibit():
    links = _links(FIXTURES / "harvest28" / "goldman_novell_1995_sc13g.txt")
    claim = links[("The Goldman Sachs Group, L.P.", "Goldman, Sachs & Co.")]
    assert len(links) == 1 and claim.evidence[0].line == 512
    assert claim.note == "Item 7 (exhibit): subsidiary of the parent holding company"


@pytest.mark.parametrize("text, name", [
    ("ACME TRUST COMPANY IS A BANK as defined in Section 3(a)(6).", "ACME TRUST COMPANY"),
    ("All Seasons Capital LLC is an investment adviser registered under Section 203.",
     "All Seasons Capital LLC"),
    ("Acme Advisers LLC is an investment adviser holding shares for clients.",
     "Acme Advisers LLC"),
    # the denial is about the parent ("which ..."), not the bank
    ("Item 7. Acme Bank, N.A. is a bank and a wholly-owned subsidiary of Acme Corp., which is "
     "not a subsidiary of any other entity.", "Acme Bank, N.A."),
])
def test_rereview_s28_classified(text, name):
    """Re-review s28 N4-N6: capitals, firm names opening with "All", "holding shares", a
    denial about another party."""
    assert [text[s:e] for s, e, _ in classified_names(text, 0, len(text))] == [name]


@pytest.mark.parametrize("text, expected", [
    ("Item 7. Each of Acme Advisers LLC and Beta Advisers LLC is an investment adviser.",
     [("Acme Advisers LLC", "investment adviser"), ("Beta Advisers LLC", "investment adviser")]),
    ("Acme Bank, N.A. and Beta Trust Company are banks as defined in Section 3(a)(6) of the Act.",
     [("Acme Bank, N.A.", "bank"), ("Beta Trust Company", "bank")]),
    ("Both Acme Securities LLC and Beta & Co. are registered broker-dealers.",
     [("Acme Securities LLC", "broker-dealer"), ("Beta & Co.", "broker-dealer")]),
    ("Acme Insurance Company, Beta Life Insurance Company and Gamma Assurance Co. are each an "
     "insurance company as defined in Section 3(a)(19) of the Act.",
     [("Acme Insurance Company", "insurance company"),
      ("Beta Life Insurance Company", "insurance company"),
      ("Gamma Assurance Co.", "insurance company")]),
    ("Acme Savings Bank and Beta Savings Bank are savings associations as defined in Section "
     "3(b) of the Federal Deposit Insurance Act.",
     [("Acme Savings Bank", "savings association"), ("Beta Savings Bank", "savings association")]),
    # one name with "and" in it, or a plural with one name: nothing
    ("State Street Bank and Trust Company are banks as defined in Section 3(a)(6).", []),
    ("Acme Bank are a bank.", []),
    ("Messrs. Roe and Doe are investment advisers.", []),  # rewritten by the split
    ("The Reporting Persons are banks as defined in Section 3(a)(6).", []),
])
def test_listed_names_each_classified(text, expected):
    assert [(text[s:e], k) for s, e, k in classified_names(text, 0, len(text))] == expected
