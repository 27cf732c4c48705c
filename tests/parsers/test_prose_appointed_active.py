"""A role a party "has appointed" another as: "The Board of Directors of the Issuer has
appointed Jane Q. Roe as a director of the Issuer" (HAS_APPOINTED_AS_ROLE): the party appointed
holds the role; never a condition ("shall have appointed") or a negation."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_appointed import (APPOINTMENT_UNSTATED, HAS_APPOINTED_AS_ROLE,
                                             find_appointments, left_office)
from graphkit.source import SourceText


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))]


@pytest.mark.parametrize("text, expected", [
    ("The board of directors of the Issuer has appointed Jane Q. Roe as a director of the "
     "Issuer as the initial designee of Acme Fund.", ("Jane Q. Roe", "director", None, "Issuer")),
    ("Acme Fund has appointed Acme Advisers LLC as investment manager of the Fund.",
     ("Acme Advisers LLC", "investment manager", None, "Fund.")),
    ("The Issuer has elected Jane Q. Roe and John A. Doe to the Board of Directors of Acme Corp.",
     ("Jane Q. Roe and John A. Doe", None, "Board of Directors", "Acme Corp.")),
    ("The Board has also appointed Jane Roe as President of the Issuer, effective May 1.",
     ("Jane Roe", "President", None, "Issuer")),
])
def test_pattern(text, expected):
    m = HAS_APPOINTED_AS_ROLE.search(text)
    assert (m["holder"], m["role"], m["board"], m["held"]) == expected


@pytest.mark.parametrize("text", [
    "The Issuer shall have appointed Jane Roe as a director of the Issuer.",  # a condition
    "Pursuant to the Agreement, the Issuer will have appointed Jane Roe as a director of the Issuer.",
    "The Issuer is required to have appointed Jane Roe as a director of the Issuer.",
    "The Issuer has not appointed Jane Roe as a director of the Issuer.",
    "The Issuer has appointed Jane Roe.",  # no role
    "The Issuer may appoint Jane Roe as a director of the Issuer.",
])
def test_pattern_reads_no_appointment(text):
    assert HAS_APPOINTED_AS_ROLE.search(text) is None
    assert list(find_appointments(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("The board of directors of the Issuer has appointed Jane Q. Roe as a director of the "
     "Issuer as the initial designee of Acme Fund and Beta Fund.",
     [("director_of", "Jane Q. Roe", "Issuer")]),
    ("The Board has appointed Jane Roe and John Doe as directors of the Issuer.",
     [("director_of", "Jane Roe", "Issuer"), ("director_of", "John Doe", "Issuer")]),
    ("The Issuer has elected Jane Q. Roe and John A. Doe to the Board of Directors of Acme Corp.",
     [("director_of", "Jane Q. Roe", "Acme Corp."), ("director_of", "John A. Doe", "Acme Corp.")]),
    ("The Issuer has elected Jane Roe as President of the Company.",
     [("officer_of", "Jane Roe", "Company")]),
    # the passive reading is unchanged
    ("Acme Advisers Limited, which has been appointed as manager of Acme Fund LP, holds shares.",
     [("investment_manager_of", "Acme Advisers Limited", "Acme Fund LP")]),
])
def test_relationships(text, expected):
    assert _read(text) == expected


def test_find_appointments_gives_director_for_the_board():
    text = "The holders have elected Jane Roe to the Board of Directors of Acme Corp."
    assert [tuple(a) for a in find_appointments(text)] == [
        ("Jane Roe", "director", "Acme Corp.", "has_appointed_as_role")]


# review s23-enron 2: an appointment in a condition, a time clause or a quotation is no fact,
# nor one the appointee has left since

@pytest.mark.parametrize("text", [
    "If the Issuer has appointed Jane Roe as a director of the Issuer, Acme Fund will vote for her.",
    "Acme Fund has not determined whether the Issuer has appointed Jane Roe as a director of the "
    "Issuer.",
    "Acme Fund may not transfer the Shares until the board of directors of the Issuer has "
    "appointed Jane Roe as a director of the Issuer.",
    "Within ten days after the Issuer has appointed Jane Roe as a director of the Issuer, Acme "
    "Fund shall deliver the Shares.",
    "Acme Fund may terminate the Agreement unless the Issuer has appointed Jane Roe as a director "
    "of the Issuer by July 1, 1998.",
    "Once the Issuer has appointed Jane Roe as a director of the Issuer, the standstill ends.",
    "To the extent the Issuer has elected Jane Roe to the Board of Directors of the Issuer, Acme "
    "Fund shall vote for her.",
    "When the Issuer has appointed Jane Roe as a director of the Issuer, Acme Fund may sell.",
    "Upon the date on which the Issuer has appointed Jane Roe as a director of the Issuer, the "
    "warrants vest.",
    "Acme Fund will vote, provided that the Issuer has appointed Jane Roe as a director of the "
    "Issuer.",
    'Item 5, which states that "the Issuer has appointed Jane Roe as a director of the Issuer," '
    "is hereby deleted.",
])
def test_unstated_appointment_gives_nothing(text):
    assert list(find_appointments(text)) == []
    assert _read(text) == []


@pytest.mark.parametrize("text", [
    "The board of directors of the Issuer has appointed Jane Roe as a director of the Issuer. On "
    "June 10, 1998 Jane Roe resigned as a director of the Issuer.",
    "As previously reported, the board of directors of the Issuer has appointed Jane Roe as a "
    "director of the Issuer, and on June 10, 1998 she resigned from the board.",
    "The Issuer has appointed Jane Roe as President of the Issuer. She has since stepped down.",
])
def test_appointee_who_left_holds_nothing(text):
    assert _read(text) == []


def test_someone_else_resigned_keeps_the_appointment():
    assert _read("The board of directors of the Issuer has appointed Jane Roe as a director of "
                 "the Issuer to replace John Doe, who resigned as a director of the Issuer.") == [
        ("director_of", "Jane Roe", "Issuer")]
    # a resignation in the next paragraph is none of this appointment's
    assert _read("The Board has appointed Jane Roe as a director of the Issuer.\n\n"
                 "Item 5. Jane Roe resigned from Acme Fund in 1990.") == [
        ("director_of", "Jane Roe", "Issuer")]


@pytest.mark.parametrize("text, expected", [
    ("If the Issuer has appointed Jane", True), ("whether", True), ("To the extent", True),
    ("in the event", True), ("'\u201cthe Issuer", True), ("The Board of the Issuer", False),
    ("Effective May 1, the Board", False)])
def test_appointment_unstated_pattern(text, expected):
    assert (APPOINTMENT_UNSTATED.search(text) is not None) is expected


@pytest.mark.parametrize("holders, text, expected", [
    ("Jane Roe", " On June 10, Jane Roe resigned.", True),
    ("Jane Roe and John Doe", " Mr. Doe has since resigned.", True),
    ("Jane Roe", ", and she subsequently resigned.", True),
    ("Jane Roe", " to replace John Doe, who resigned.", False),
    ("Jane Roe", ".\n  \nJane Roe resigned.", False),
])
def test_left_office(holders, text, expected):
    assert left_office(holders, text) is expected
