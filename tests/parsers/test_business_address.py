"""Item 2(b) business addresses (graphkit.parsers.business_address): an address stops where
the next "The address of ..." opens, and an address given for defined terms ("the Master Fund",
"each of the Investment Manager and Mr. Aalto") goes to those parties only, never to every
reporting person (review W, M5); "each of the Reporting Persons" still means every one.
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.business_address import (EVERY_FILER, TERM_LIST_SEPARATOR, _names,
                                               read_business_addresses)
from graphkit.source import SourceText
from tests.conftest import corpus_file

_TWO = """     (b) The address of the principal business office of the Master Fund is
c/o Maples Corporate Services Limited, PO Box 309, Ugland House, Grand Cayman,
KY1-1104, Cayman Islands. The address of the principal business office of each
of the Investment Manager and Mr. Aalto is 12 East 49th Street, 11th Floor, New
York, New York 10017.

     (c) The principal business of the Master Fund is investing in securities.
"""


def test_two_addresses_each_for_its_own():
    got = [(a.names, a.address) for a in read_business_addresses(SourceText(path="x", text=_TWO))]
    assert got == [
        (["Master Fund"], "c/o Maples Corporate Services Limited, PO Box 309, Ugland House, "
                          "Grand Cayman, KY1-1104, Cayman Islands."),
        (["Mr. Aalto", "Investment Manager"], "12 East 49th Street, 11th Floor, New York, "
                                              "New York 10017.")]


@pytest.mark.parametrize("raw, names", [
    ("AB and CD", ["AB", "CD"]),
    ("the Master Fund", ["Master Fund"]),
    ("the Reporting Persons", []),
    ("each of the Filers", []),
])
def test_names(raw, names):
    assert _names(raw) == names


def test_patterns():
    assert TERM_LIST_SEPARATOR.split("the Fund, the Adviser and Mr. Roe") == \
        ["the Fund", "the Adviser", "Mr. Roe"]
    assert EVERY_FILER.fullmatch("Reporting Person") and EVERY_FILER.fullmatch("Filing Persons")
    assert EVERY_FILER.fullmatch("Reporting Fund") is None


def test_real_each_of_the_reporting_persons():
    # Farallon 13G/A: "The address of the principal business office of each of the Reporting
    # Persons is c/o Farallon Capital Management, L.L.C., One Maritime Plaza, ..."
    (rec,) = parse_path(corpus_file("13g/farallon_spiritfinance_2006_sc13ga.txt")).records
    reporting = [p for p in rec.parties if "reporting_person" in [r.value for r in p.roles]]
    assert len(reporting) > 10
    assert all(p.addresses == ["c/o Farallon Capital Management, L.L.C., One Maritime Plaza, "
                               "Suite 1325, San Francisco, California 94111."] for p in reporting)


@pytest.mark.parametrize("text", [
    # review items15 M3: the "is" of "who is its managing member" ended the names, and both
    # filers got "its managing member, is 500 Park Avenue ..." as their address
    "(b) The address of the principal business office of the Investment Manager and Mr. Smith, "
    "who is its managing member, is 500 Park Avenue, New York, New York 10022.\n\n(c) Citizenship",
    "(b) The address of the principal business office of the Investment Manager\n and Mr. Smith, "
    "who is its managing member, is 500 Park Avenue, New York, New York 10022.\n\n(c) Citizenship",
    "(b) The address of the principal business office of Mr. Smith and the Investment Manager, "
    "which is controlled by him, is 500 Park Avenue, New York, New York 10022.\n\n(c) Citizenship",
])
def test_a_relative_clause_among_the_names_is_skipped(text):
    (got,) = read_business_addresses(SourceText(path="x", text=text))
    assert got.address == "500 Park Avenue, New York, New York 10022."
    assert sorted(got.names) == ["Investment Manager", "Mr. Smith"]


def test_relative_aside_pattern():
    from graphkit.parsers.business_address import RELATIVE_ASIDE
    assert RELATIVE_ASIDE.sub("", "the Fund and Mr. Smith, who is its managing member,") == \
        "the Fund and Mr. Smith"
    assert RELATIVE_ASIDE.sub("", "Acme Fund, L.P. and Acme GP, LLC") == \
        "Acme Fund, L.P. and Acme GP, LLC"


def test_which_is_the_address_and_restrictive_clauses():
    # review main16 M1: "which is" opening the address itself (42bdb59 lost it)
    t = ("(b) The address of the principal business office of the Fund, which is 500 Park Avenue, "
         "New York, New York 10022.\n\n(c) Citizenship")
    assert [(a.names, a.address) for a in read_business_addresses(SourceText(path="x", text=t))] \
        == [(["Fund"], "500 Park Avenue, New York, New York 10022.")]
    # review main16 M2: some of the filers, which ones unsaid: no address for anyone
    for who in ("the Reporting Persons who are individuals", "each Reporting Person that is an "
                "entity"):
        t = (f"(b) The address of the principal business office of {who} is 1 Main Street, "
             "Springfield.\n\n(c) Citizenship")
        assert read_business_addresses(SourceText(path="x", text=t)) == []


@pytest.mark.parametrize("text, bare", [
    ("the Reporting Person", "Reporting Person"), ("The Plan", "Plan"),
    ("theater Corp.", "theater Corp."),            # a word that opens with "the"
    ("Acme, the Plan", "Acme, the Plan"),          # only at the start
])
def test_leading_the_pattern(text, bare):
    # shared by schedule13_roster_refs and schedule13_terms (review rv46b LOW 7)
    from graphkit.parsers.business_address import LEADING_THE
    assert LEADING_THE.sub("", text) == bare
