"""A role a party "has appointed" another as: "The Board of Directors of the Issuer has
appointed Jane Q. Roe as a director of the Issuer" (HAS_APPOINTED_AS_ROLE): the party appointed
holds the role; never a condition ("shall have appointed") or a negation."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_appointed import HAS_APPOINTED_AS_ROLE, find_appointments
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
