"""A benefit plan that holds shares (an employee stock ownership plan, a profit sharing plan) is
a party its trustees act for, though its name has "Stock" and "Plan" in it (session 41, review
rv41b MEDIUM-1). Before, the trustee link the prose reader found was dropped with no warning:
the name was taken for a thing's ("Common Stock", "Stock Option Plan").
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_claims import BENEFIT_PLAN, plausible_new_party
from tests.conftest import ROOT, corpus_file, record_links


def _links(path) -> set[tuple[str, str, str]]:
    [rec] = parse_path(path).records
    return record_links(rec)


def test_the_trustee_of_an_esop():
    # 1997 13D, Item 3: "Reporting person is one of three trustees of the Benjamin Moore & Co.
    # Employees' Stock Ownership Plan."
    path = ROOT / "tests" / "fixtures" / "filings" / "1997_SC_13D_1019830.txt"
    # Item 2 "(c) President, Director, Benjamin Moore & Co.": his offices at the sponsor
    assert _links(path) == {
        ("Yvan Dupuy", "trustee_of", "Benjamin Moore & Co. Employees' Stock Ownership Plan"),
        ("Yvan Dupuy", "officer_of", "Benjamin Moore & Co."),
        ("Yvan Dupuy", "director_of", "Benjamin Moore & Co.")}


def test_the_trustee_of_a_profit_sharing_plan():
    # corpus One Liberty 1996 13D, note (11): "Rose is a trustee of the Georgetown Group Profit
    # Sharing Plan" (76,983 shares, shared)
    links = _links(corpus_file("13d/oneliberty_brt_1996_sc13d.txt"))
    assert ("Marshall Rose", "trustee_of", "Georgetown Group Profit Sharing Plan") in links


@pytest.mark.parametrize("name, plausible", [
    ("Acme Corp. Employees' Stock Ownership Plan", True),
    ("Acme Retirement Savings Plan", True),
    ("Roe Profit-Sharing Trust", True),
    ("Acme Corp. 2010 Stock Incentive Plan", False),
    ("Acme Stock Option Plan", False),
    ("Common Stock", False),
])
def test_plausible_plan_party(name, plausible):
    assert plausible_new_party(name) is plausible
    assert (BENEFIT_PLAN.search(name) is not None) is plausible or name == "Common Stock"


def test_a_plan_term_bound_to_the_plan_the_prose_names():
    # 1997 13D, Item 5: 'the Employees' Stock Ownership Plan ("Plan")' ... "Yvan Dupuy, has been
    # a trustee of the Plan": the term is bound when the prose has made the plan's party (Item
    # 3 names it whole: "the Benjamin Moore & Co. Employees' Stock Ownership Plan"); before,
    # "Plan" bound to nothing and was warned prose-held-unbound
    path = ROOT / "tests" / "fixtures" / "filings" / "1997_SC_13D_1019830.txt"
    [rec] = parse_path(path).records
    plan = next(p for p in rec.parties if p.name.endswith("Stock Ownership Plan"))
    assert plan.name == "Benjamin Moore & Co. Employees' Stock Ownership Plan"
    assert [a.name for a in plan.aliases] == ["Plan"]
    assert [w.code for w in rec.warnings] == []
    assert len([p for p in rec.parties if "Plan" in p.name]) == 1  # no sponsor-less plan


def test_a_plan_term_of_two_sponsors_plans_binds_neither():
    from graphkit.models import Evidence
    from graphkit.parsers.partybook import PartyBook
    from graphkit.parsers.prose import DefinedTerm
    from graphkit.parsers.schedule13_terms import bind_later_term
    book = PartyBook()
    book.add("Acme Corp.")
    book.add("Roe Inc.")
    book.add("Acme Corp. Employees' Stock Ownership Plan")
    book.add("Roe Inc. Employees' Stock Ownership Plan")
    later = [DefinedTerm(term="Plan", name="Employees' Stock Ownership Plan",
                         evidence=Evidence(source="x", text=""))]
    assert bind_later_term(book, later, "the Plan") is None
    assert book.lookup("Plan") is None and len(later) == 1


def test_a_later_term_of_a_name_the_prose_never_makes_stays_unbound():
    from graphkit.models import Evidence
    from graphkit.parsers.partybook import PartyBook
    from graphkit.parsers.prose import DefinedTerm
    from graphkit.parsers.schedule13_terms import bind_later_term
    book = PartyBook()
    book.add("Acme Corp.")
    later = [DefinedTerm(term="Plan", name="Employees' Stock Ownership Plan",
                         evidence=Evidence(source="x", text=""))]
    assert bind_later_term(book, later, "Plan") is None
    assert bind_later_term(book, later, "Acme") is None


@pytest.mark.parametrize("plan, sponsor, name, bound", [
    ("Acme Corp. Employees' Stock Ownership Plan", "Acme Corp.",
     "Employees' Stock Ownership Plan", True),
    # not the plan's whole words (review rv46b: the squeezed name ended in them)
    ("Acme Corp. Non-Employee Stock Ownership Plan", "Acme Corp.",
     "Employee Stock Ownership Plan", False),
    ("Roe Corp. Employees' Savings Plan", "Roe Corp.", "Savings Plan", False),
    # the words before are no party's name: no sponsor the book knows
    ("Acme Corp. Employee Stock Ownership Plan", None, "Employee Stock Ownership Plan", False),
    # review rv46c: a curly apostrophe in the plan's name, a straight one in the term's
    ("Acme Corp. Employees\u2019 Stock Ownership Plan", "Acme Corp.",
     "Employees' Stock Ownership Plan", True),
    # the sponsor spelled otherwise than the book's: its near spelling binds
    ("Acme Manufacturing Corporation Employees' Savings Plan", "ACME MANUFACTURING CORP",
     "Employees' Savings Plan", True),
    ("Acme Manufacturing Corporation Employees' Savings Plan", None,
     "Employees' Savings Plan", False),
])
def test_a_plan_term_binds_only_a_sponsors_plan_of_its_whole_words(plan, sponsor, name, bound):
    from graphkit.models import Evidence
    from graphkit.parsers.partybook import PartyBook
    from graphkit.parsers.prose import DefinedTerm
    from graphkit.parsers.schedule13_terms import bind_later_term
    book = PartyBook()
    if sponsor:
        book.add(sponsor)
    party = book.add(plan)
    later = [DefinedTerm(term="Plan", name=name, evidence=Evidence(source="x", text=""))]
    assert (bind_later_term(book, later, "the Plan") is party) is bound
    assert (book.lookup("Plan") is party) is bound


@pytest.mark.parametrize("name, words", [
    ("Employees' Stock Ownership Plan", ["Employees'", "Stock", "Ownership", "Plan"]),
    ("Acme Non-Employee Plan", ["Acme", "Non", "Employee", "Plan"]),
    ("Roe's 401(k) Plan", ["Roe's", "401", "k", "Plan"]),
])
def test_word_of_a_plan_name(name, words):
    from graphkit.parsers.schedule13_terms import WORD
    assert WORD.findall(name) == words
