"""Readings fixed after the holdout evaluation w (tenth session), second part: a real 2002
Schedule 13D in HTML (Baran Group Ltd. on o2wireless Solutions, Inc.) and the 2022 Donnelley
13D of the first part, both in tests/fixtures/filings/holdout/.

A roster table with an Age column ("Name | Age | Principal Position", or the age after the
position, in HTML and in fixed-column text); "Co-Managing Director" as an officer title; the
subsidiary named after ", through its wholly-owned subsidiary"; a defined term after "X, then a
Wyoming corporation and wholly owned subsidiary of Y" given to X, not to Y; a document's name
("the Irrevocable Proxy") or the object of a verb before "owned N shares" never a holder; "Mrs.
Holding ... expressly disclaims such beneficial ownership" carried to Carol Orme Holding.
"""

from __future__ import annotations

import pytest

from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose import find_defined_terms, find_relationships
from graphkit.parsers.prose_clause_patterns import THROUGH_SUBSIDIARY
from graphkit.parsers.prose_holding_patterns import (DOCUMENT_NAME, HOLDER_AS_OBJECT,
                                                     RECORD_HOLDER)
from graphkit.parsers.prose_holdings import read_holdings
from graphkit.parsers.prose_patterns import AND_SUBSIDIARY_OF, SUBSIDIARY_OF
from graphkit.parsers.schedule13_claims import titled_reporting_person
from graphkit.parsers.schedule13_items import DISCLAIMS
from graphkit.parsers.schedule13_roster import read_rosters
from graphkit.parsers.schedule13_roster_rows import HEADER_CELL, _header_line
from graphkit.parsers.schedule13_roster_titles import OFFICER_TITLE, read_roles
from graphkit.source import SourceText
from tests.holdout import holdout_record, relation_pairs

BARAN = "2002_SC_13D_1177328.txt"
HOLLY = "2022_SC_13D_1283140.txt"
BARAN_CO = "Baran Group Ltd."


# --- 1. a roster with an Age column ---------------------------------------------------------

def test_annex_roster_with_an_age_column_is_read():
    # l.1156 "DIRECTORS AND EXECUTIVE OFFICERS OF BARAN"; l.1184 header "Name | Age | Principal
    # Position"; l.1202 "Yom Tov Samia | 48 | Co-Managing Director and Director"; ... l.1347
    # "Sasson Shilo | 47 | Vice President, Chief Financial Officer and Secretary"
    rec = holdout_record(BARAN)
    directors = {h for h, t in relation_pairs(rec, "director_of") if t == BARAN_CO}
    assert directors == {
        "Meir Dor", "Yom Tov Samia", "Menachem Gal", "Aviel Raviv", "Israel Gotman",
        "Jonathan Inbar", "Isaac Friedman", "Israel Scop", "Shuki Shor", "Shlomo Sharf",
        "Liora Ofer", "Arieh Shaked", "Tami Gotlieb"}
    names = {p.id: p.name for p in rec.parties}
    officers = {(names[c.source], c.title) for c in rec.claims
                if c.relation.value == "officer_of" and names[c.target] == BARAN_CO}
    assert officers == {
        ("Yom Tov Samia", "Co-Managing Director"), ("Menachem Gal", "Co-Managing Director"),
        ("Aviel Raviv", "Co-Managing Director"), ("Isaac Friedman", "Vice President"),
        ("Sasson Shilo", "Vice President, Chief Financial Officer, Secretary")}


def _rows(text: str) -> list[tuple[str, str]]:
    return [(w.name, w.roles) for r in read_rosters(SourceText("x", text), 0, len(text))
            for w in r.rows]


ROWS = [("Jane Q. Roe", "Co-Managing Director and Director"),
        ("John A. Doe", "Chief Financial Officer")]


@pytest.mark.parametrize("table", [
    # HTML converted to text, the age between the name and the position, or after it
    "Name | Age | Principal Position\n\nJane Q. Roe | 48 | Co-Managing Director and Director\n\n"
    "John A. Doe | 55 | Chief Financial Officer\n",
    "Name | Position | Age\nJane Q. Roe | Co-Managing Director and Director | 48\n"
    "John A. Doe | Chief Financial Officer | 55\n",
    # fixed-column text, with an underline and a wrapped position, or without one
    "Name                    Age    Principal Position\n"
    "----                    ---    ------------------\n"
    "Jane Q. Roe             48     Co-Managing Director and\n"
    "                               Director\n"
    "John A. Doe             55     Chief Financial Officer\n",
    "Name                    Principal Position                  Age\n"
    "Jane Q. Roe             Co-Managing Director and            48\n"
    "                        Director\n"
    "John A. Doe             Chief Financial Officer             55\n",
])
def test_an_age_column_is_no_obstacle(table):
    text = "DIRECTORS AND EXECUTIVE OFFICERS OF ACME WIDGET LTD.\n\n" + table
    assert _rows(text) == ROWS


@pytest.mark.parametrize("cell, header", [
    ("Age", True), ("Ages", True), ("Age:", True), ("Name", True), ("Principal Position", True),
    ("48", False), ("Agency", False), ("Jane Q. Roe", False),
])
def test_header_cell_reads_an_age_label(cell, header):
    assert (HEADER_CELL.fullmatch(cell) is not None) is header


@pytest.mark.parametrize("line, header", [
    ("Name | Age | Principal Position", True),
    ("Name          Age     Position", True),
    ("Age | 48", False),  # no name, title or position label
    ("Jane Q. Roe | 48 | Director", False),
])
def test_header_line_with_an_age_column(line, header):
    assert _header_line(line) is header


@pytest.mark.parametrize("text, title", [
    ("Co-Managing Director", "Co-Managing Director"),
    ("Co-Managing Director, Head of Business Development", "Co-Managing Director"),
    ("Senior Managing Director", "Senior Managing Director"),
    ("Managing Director", "Managing Director"),
    ("Director", None),
    ("Company Director", None),
    ("Co-Founder", None),
])
def test_officer_title_reads_co_managing_director(text, title):
    m = OFFICER_TITLE.match(text)
    assert (m.group() if m else None) == title


def test_co_managing_director_and_director_is_both():
    assert read_roles("Co-Managing Director and Director") == (True, ["Co-Managing Director"])


# --- 2. subsidiaries: "through its wholly-owned subsidiary", "then a ... subsidiary of" --------

def test_subsidiary_named_after_through_its():
    # l.653-654: Baran Group Ltd. ("Baran"), through its / wholly-owned subsidiary Baran
    # Acquisition Sub, Inc. ("Baran Acquisition"), will have sole voting power
    rec = holdout_record(BARAN)
    assert relation_pairs(rec, "parent_of") == {(BARAN_CO, "Baran Acquisition Sub, Inc.")}
    sub = next(p for p in rec.parties if p.name == "Baran Acquisition Sub, Inc.")
    assert [a.name for a in sub.aliases] == ["Baran Acquisition"]


def test_term_after_then_a_subsidiary_of_is_the_subsidiarys():
    # l.496: the Issuer, Sinclair, and Sinclair Transportation Company, then a Wyoming
    # corporation and wholly owned subsidiary of Sinclair ("STC"), entered into ...
    rec = holdout_record(HOLLY)
    parties = {p.name: p for p in rec.parties}
    assert [a.name for a in parties["Sinclair Transportation Company"].aliases] == ["STC"]
    parent = parties["The Sinclair Companies"]
    assert "STC" not in [a.name for a in parent.aliases]
    assert [a.name for a in parent.aliases].count("Sinclair") == 1
    assert ("The Sinclair Companies", "Sinclair Transportation Company") in \
        relation_pairs(rec, "parent_of")


@pytest.mark.parametrize("text, pair", [
    ('Acme Corp. ("Acme"), through its wholly-owned subsidiary Acme Sub, Inc. ("Acme Sub"), '
     "will have sole voting power", ("Acme Corp.", "Acme Sub, Inc.")),
    ("Acme, through its wholly-owned subsidiary, Acme Sub, has the right",
     ("Acme", "Acme Sub")),
    ("Acme Holdings LLC, acting through its indirect subsidiary Beta Fund LP, holds",
     ("Acme Holdings LLC", "Beta Fund LP")),
    ("Acme Corp., through its subsidiaries, holds the shares", None),
    ("Acme Corp., through a subsidiary of Beta Corp., holds the shares", None),
    ("Acme Corp. holds its shares through Beta LLC", None),
])
def test_through_subsidiary_pattern(text, pair):
    m = THROUGH_SUBSIDIARY.search(text)
    got = (m["holder"], m["held"]) if m else None
    if got is not None:
        got = (got[0].split(" (")[0], got[1].split(" (")[0])
    assert got == pair


@pytest.mark.parametrize("pattern, text, held", [
    (AND_SUBSIDIARY_OF, "Acme Sub Company, then a Delaware corporation and wholly owned "
     "subsidiary of Acme Corp.", "Acme Sub Company"),
    (SUBSIDIARY_OF, "Acme Sub Company, then a wholly owned subsidiary of Acme Corp.",
     "Acme Sub Company"),
    (SUBSIDIARY_OF, "Acme Sub Company, then the manager of Acme Corp.", None),
])
def test_then_a_subsidiary_of(pattern, text, held):
    m = pattern.search(text)
    assert (m["held"] if m else None) == held


@pytest.mark.parametrize("text, term, name", [
    ('Acme Sub Company, then a Delaware corporation and wholly owned subsidiary of Acme ("ASC")',
     "ASC", "Acme Sub Company"),
    ('Acme Bank, then a subsidiary of Acme Holdings Inc. ("Holdings")', "Holdings",
     "Acme Holdings Inc."),
    ('Acme Bank, a subsidiary of Acme Holdings Inc. ("Holdings")', "Holdings",
     "Acme Holdings Inc."),
])
def test_term_after_a_subsidiary_descriptor(text, term, name):
    found = {t.term: t.name for t in find_defined_terms(SourceText("x", text + " entered."))}
    assert found[term] == name


def test_then_a_subsidiary_gives_parent_of():
    text = ('On May 1, 2021, Acme Sub Company, then a Delaware corporation and wholly owned '
            'subsidiary of Acme Corp. ("ASC"), entered into an agreement.')
    found = find_relationships(SourceText("x", text))
    assert [(f.relation.value, f.holder, f.held) for f in found] == \
        [("parent_of", "Acme Corp.", "Acme Sub Company")]


# --- 3. a document or an object before "owned N shares" is no holder ------------------------

def test_irrevocable_proxy_is_no_holder():
    # l.896-897: the shareholders and/or option holders of o2wireless that have entered into
    # the / Irrevocable Proxy owned 13,348,353 shares of o2wireless Common Stock
    rec = holdout_record(BARAN)
    assert "Irrevocable Proxy" not in {p.name for p in rec.parties}
    assert {c.shares for c in rec.claims if c.relation.value == "beneficial_owner_of"} == \
        {19717461}


def _holders(text: str) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    read_holdings(text, RECORD_HOLDER.finditer(text),
                  lambda rel, holder, held, **k: found.append((holder, k["shares"])))
    return found


@pytest.mark.parametrize("text, holders", [
    ("The holders that have entered into the Irrevocable Proxy owned 13,348,353 shares.", []),
    ("The general partner of Acme Fund holds 1,000 shares of Common Stock.", []),
    ("The persons party to the Voting Agreement hold 2,000 shares.", []),
    ("As of May 1, 2002, Acme Fund owned 1,000 shares of Common Stock.", [("Acme Fund", 1000)]),
    ("On May 1, 1992, Acme Fund, L.P. held 500 shares.", [("Acme Fund, L.P.", 500)]),
    ("Jane Q. Roe owns 300 shares of Common Stock.", [("Jane Q. Roe", 300)]),
    ("Acme Savings Plan holds 700 shares.", [("Acme Savings Plan", 700)]),
])
def test_record_holder_is_no_object_or_document(text, holders):
    assert _holders(text) == holders


@pytest.mark.parametrize("before, is_object", [
    ("that have entered into the ", True), ("the general partner of ", True),
    ("shares held by ", True), ("parties to the ", True), ("signed by its ", True),
    ("On May 1, 1992, ", False), ("In addition, ", False), ("", False),
    ("Of ", False),  # a sentence's capitalised opening word: not read
])
def test_holder_as_object_pattern(before, is_object):
    assert (HOLDER_AS_OBJECT.search(before) is not None) is is_object


@pytest.mark.parametrize("name, document", [
    ("Irrevocable Proxy", True), ("Voting Agreement", True), ("Warrant", True),
    ("Convertible Notes", True), ("Acme Fund", False), ("Acme 401(k) Plan", False),
    ("Acme Trust", False), ("Jane Q. Roe", False),
])
def test_document_name_pattern(name, document):
    assert (DOCUMENT_NAME.search(name) is not None) is document


# --- 4. "Mrs. Holding ... disclaims such beneficial ownership" -------------------------------

def test_titled_surname_disclaimer_reaches_the_reporting_person():
    # l.424 (cover footnote) and l.593 (Item 5): "Mrs. Holding, however, does not intend ever
    # to own such units ... and expressly disclaims such beneficial ownership"
    rec = holdout_record(HOLLY)
    names = {p.id: p.name for p in rec.parties}
    disclaims = {names[c.source]: c.disclaims for c in rec.claims
                 if c.relation.value == "beneficial_owner_of"}
    assert disclaims == {"The Sinclair Companies": None, "Carol Orme Holding": True}


@pytest.mark.parametrize("text, found", [
    ("expressly disclaims such beneficial ownership", True),
    ("disclaims beneficial ownership", True), ("disclaims any beneficial ownership", True),
    ("disclaimed all beneficial ownership", True),
    ("disclaims ownership", False), ("disclaims such shares", False),
])
def test_disclaims_pattern(text, found):
    assert (DISCLAIMS.search(text) is not None) is found


def test_titled_reporting_person_needs_one_individual():
    book = PartyBook()
    jane = book.add("Jane Orme Holding")
    jane.type_codes.append("IN")
    corp = book.add("Acme Holding")
    corp.type_codes.append("CO")
    assert titled_reporting_person("Mrs. Holding", book, {jane.id, corp.id}) is jane
    assert titled_reporting_person("Mrs. Holding", book, {corp.id}) is None
    assert titled_reporting_person("Holding", book, {jane.id}) is None  # no title
    john = book.add("John Holding")
    john.type_codes.append("IN")
    assert titled_reporting_person("Mr. Holding", book, {jane.id, john.id}) is None  # two


def test_titled_surname_of_a_spouse_is_not_the_reporting_persons():
    # "Mr. Roe disclaims beneficial ownership of the shares held by his wife": Jane Roe files,
    # and the Mr. Roe of the sentence is another person the filing names
    book = PartyBook()
    jane = book.add("Jane Orme Roe")
    jane.type_codes.append("IN")
    book.add("John Roe")
    assert titled_reporting_person("Mr. Roe", book, {jane.id}) is None
