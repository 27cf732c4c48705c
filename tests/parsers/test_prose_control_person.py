"""Control persons ("X is the control person of Y") and a person's honorific term defined after
a company's name ('Richard Roe, President of Roe Corp. ("Mr. Roe")'), on two holdout filings
and on made-up sentences."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_term_patterns import HONORIFIC_TERM
from graphkit.parsers.prose_terms import find_defined_terms, person_with_surname
from graphkit.relations import CONTROL_RELATIONS, Relation
from graphkit.source import SourceText
from tests.holdout import holdout_record, party_names, relation_pairs


def _found(text: str) -> list[tuple[str, str, str]]:
    src = SourceText(path="x.txt", text=text)
    return [(f.holder, f.relation.value, f.held) for f in find_relationships(src)]


def test_control_person_is_a_control_relation() -> None:
    assert Relation.CONTROL_PERSON_OF in CONTROL_RELATIONS


@pytest.mark.parametrize("text, expected", [
    ("Aaron H. Roe is the control person of Willow Acme Capital Management.",
     [("Aaron H. Roe", "control_person_of", "Willow Acme Capital Management")]),
    ("Mr. Roe is a control person of Roe Corp.", [("Mr. Roe", "control_person_of", "Roe Corp.")]),
    ("Jane Q. Roe and John A. Doe are the controlling persons of Acme Capital, LLC.",
     [("Jane Q. Roe", "control_person_of", "Acme Capital, LLC"),
      ("John A. Doe", "control_person_of", "Acme Capital, LLC")]),
    # a controlling owner is a shareholder, as before
    ("Jane Q. Roe is the controlling owner of Acme Capital, LLC.",
     [("Jane Q. Roe", "shareholder_of", "Acme Capital, LLC")]),
    ("Jane Q. Roe, in her capacities as the President and sole stockholder of Acme Corp., "
     "may be deemed to own the Shares.",
     [("Jane Q. Roe", "officer_of", "Acme Corp."), ("Jane Q. Roe", "shareholder_of", "Acme Corp.")]),
    # "their capacities": every holder listed before the last holds the role
    ("John A. Doe and Jane Q. Roe, in their capacities as the managing members of Acme "
     "Capital, LLC, may be deemed to own the Shares.",
     [("John A. Doe", "managing_member_of", "Acme Capital, LLC"),
      ("Jane Q. Roe", "managing_member_of", "Acme Capital, LLC")]),
    # "as" alone: only the last holder (the others are listed for something else)
    ("Acme Fund, L.P. and Jane Q. Roe, as trustee of the Roe Trust, may be deemed to own them.",
     [("Jane Q. Roe", "trustee_of", "Roe Trust")]),
    # no party named: a pointer to a schedule
    ("Information about the controlling persons of the Reporting Persons is set forth in "
     "Schedule A.", []),
    ("The Reporting Persons may be deemed to control the voting of the Shares.", []),
])
def test_control_person_sentences(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("term, surname", [
    ("Mr. Roe", "Roe"), ("Ms. Doe-Smith", "Doe-Smith"), ("Dr. Roe", "Roe"), ("Mrs Roe", "Roe"),
    ("Roe", None), ("Mr. Roe and Mrs. Roe", None), ("Messrs. Roe", None), ("the Manager", None),
])
def test_honorific_term_pattern(term: str, surname: str | None) -> None:
    m = HONORIFIC_TERM.match(term)
    assert (m["surname"] if m else None) == surname


@pytest.mark.parametrize("text, expected", [
    ('Richard C. Roe, in his capacities as the President and sole stockholder of Roe Corp. '
     '("Mr. Roe").', [("Mr. Roe", "Richard C. Roe")]),
    ('Jane Q. Roe ("Ms. Roe") is the President.', [("Ms. Roe", "Jane Q. Roe")]),
    ('Frederick V. Roe, Jr. ("Mr. Roe") is a manager.', [("Mr. Roe", "Frederick V. Roe, Jr.")]),
    # a person's own term is kept, whatever the surname (a spouse's married name)
    ('John A. Roe ("Mr. Roe") and his spouse, Mary Smith ("Mrs. Roe"), hold shares.',
     [("Mr. Roe", "John A. Roe"), ("Mrs. Roe", "Mary Smith")]),
    # two persons of the surname before a company: whose term it is is unsure, none is taken
    ('Mary Roe, the spouse of John Roe, President of Roe Corp. ("Ms. Roe").', []),
    # a trust named after a person is no person
    ('The Jane Roe Family Trust, of which Acme Corp. ("Mr. Roe") is trustee.', []),
    # a person's term never goes to a company; with no such person before it, it is dropped
    ('The President of Roe Corp. ("Mr. Roe") signed.', []),
    ('Roe Capital Corp. ("Mr. Roe") signed.', []),
])
def test_honorific_term_owner(text: str, expected: list[tuple[str, str]]) -> None:
    src = SourceText(path="x.txt", text=text)
    assert [(t.term, t.name) for t in find_defined_terms(src)] == expected


def test_person_with_surname_skips_a_company_of_that_name() -> None:
    assert person_with_surname("John Roe and Jane Roe Holdings Inc. ", "Roe") == "John Roe"
    assert person_with_surname("Jane Roe Holdings Inc. ", "Roe") == ""


def test_control_person_of_a_management_company() -> None:
    # 2002_SC_13GA_887733.txt (HTML), Item 4 footnote: "Aaron H. Braun is the control person
    # of Willow Creek Capital Management."
    rec = holdout_record("2002_SC_13GA_887733.txt")
    assert relation_pairs(rec, "control_person_of") == {
        ("Aaron Braun", "Willow Creek Capital Management")}


def test_mr_term_after_a_company_is_the_persons() -> None:
    # 2012_SC_13GA_844150.txt, l.915: 'Richard C. Perry, in his capacities as the President and
    # sole stockholder of Perry Corp. ("Mr. Perry")'; l.1117: "(g) Mr. Perry is a control
    # person of Perry Corp."
    rec = holdout_record("2012_SC_13GA_844150.txt")
    by_name = {p.name: p for p in rec.parties}
    assert "Mr. Perry" in [a.name for a in by_name["Richard C. Perry"].aliases]
    assert "Mr. Perry" not in [a.name for a in by_name["Perry Corp."].aliases]
    assert relation_pairs(rec, "control_person_of") == {("Richard C. Perry", "Perry Corp.")}
    # "in his capacities as the President and sole stockholder of" (plural capacities)
    assert relation_pairs(rec, "officer_of") == {("Richard C. Perry", "Perry Corp.")}
    assert relation_pairs(rec, "shareholder_of") == {("Richard C. Perry", "Perry Corp.")}
    assert sorted(party_names(rec).values()) == sorted(by_name)
