"""A group term defined after a list of names and an aside on them
(:data:`graphkit.parsers.prose_term_patterns.LIST_ASIDE_TERM`).

Real filing: the HBK 13D/A No. 3 of 2005 on ASA (Bermuda) (``fixtures/filings/harvest27/
01_hbk_asa_2005_sc13da.txt``), Item 2: "... and Kenneth M. Hirsh, Laurence H. Lebowitz, William
E. Rose, David C. Haley and Jamiel A. Akhtar, members of Management, who may control Management
("Managers"). ... The principal occupation of each Manager is serving as a Managing Director of
Investments." "Managers" was bound to HBK Management L.L.C. (the name right before the term),
so the five persons' offices were lost (review rv41b MEDIUM-2).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose_term_patterns import LIST_ASIDE_TERM
from graphkit.parsers.prose_terms import find_collective_terms
from graphkit.source import SourceText
from tests.conftest import record_links

HBK = (Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "harvest27"
       / "01_hbk_asa_2005_sc13da.txt")
MANAGERS = ("Kenneth M. Hirsh", "Laurence H. Lebowitz", "William E. Rose", "David C. Haley",
            "Jamiel A. Akhtar")


def test_each_manager_is_a_managing_director_of_investments():
    rec = parse_path(HBK).records[0]
    links = record_links(rec)
    for person in MANAGERS:
        assert (person, "officer_of", "HBK Investments L.P.") in links
        assert (person, "member_of", "HBK Management L.L.C.") in links
    titles = {c.title for c in rec.claims if c.relation.value == "officer_of"}
    assert titles == {"Managing Director"}


def test_the_term_names_the_list():
    src = SourceText(path="x.txt", text=(
        "and Kenneth M. Hirsh, Laurence H. Lebowitz, William E. Rose, David C. Haley and "
        'Jamiel A. Akhtar, members of Management, who may control Management ("Managers").'))
    assert [(t.term, t.members) for t in find_collective_terms(src)] == [("Managers", MANAGERS)]


@pytest.mark.parametrize("text, term", [
    (', members of Management, who may control Management ("Managers")', "Managers"),
    (', the managing members of Acme GP LLC (together, the "Principals")', "Principals"),
])
def test_list_aside_term(text, term):
    assert LIST_ASIDE_TERM.match(text)["term"] == term


@pytest.mark.parametrize("text", [
    ', Acme GP LLC ("Managers")',  # a name, not an aside
    '; and members of Management ("Managers")',
    ', and their respective affiliates (the "Affiliates")',  # more parties, not an aside
])
def test_no_aside(text):
    assert LIST_ASIDE_TERM.match(text) is None
