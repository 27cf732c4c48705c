"""An "its" role in a clause joined by "and" alone: "Acme GP LLC is the general partner of Acme
Fund LP and Jane Roe is its managing member".

Session 41: the clause was read after ", and" or ";" only, so the managing member was lost
(rv39 repro h2, tests/fixtures/filings/rv39/h2_gp_of_person_form4.xml, lost both managing
members). "its" is bound as before (:func:`graphkit.parsers.prose_its.its_party`): of two
entities, the one the role belongs to (a managing member is a limited liability company's).
"""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_its import IS_ITS_ROLE
from graphkit.source import SourceText


def _found(text: str) -> list[tuple[str, str, str]]:
    src = SourceText(path="x.txt", text=text)
    return sorted((f.relation.value, f.holder, f.held) for f in find_relationships(src))


@pytest.mark.parametrize("text, found", [
    ("Acme GP LLC is the general partner of Acme Fund LP and Jane Roe is its managing member.",
     [("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
      ("managing_member_of", "Jane Roe", "Acme GP LLC")]),
    ("Acme Advisors LLC is the investment adviser of Acme Fund LP and Jane Roe and John Doe are "
     "its managing members.",
     [("investment_manager_of", "Acme Advisors LLC", "Acme Fund LP"),
      ("managing_member_of", "Jane Roe", "Acme Advisors LLC"),
      ("managing_member_of", "John Doe", "Acme Advisors LLC")]),
    ("The shares are held by Acme Fund LP and Acme GP LLC is its general partner.",
     [("general_partner_of", "Acme GP LLC", "Acme Fund LP")]),
    # a list's "and" is no clause's: the list is read whole, from the sentence's start
    ("The shares are held by Acme Fund LP. Acme GP LLC and Beta GP LLC are its general "
     "partners.", [("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
                   ("general_partner_of", "Beta GP LLC", "Acme Fund LP")]),
    # two entities of one kind before "its": which is meant cannot be told
    ("Acme GP LLC is the managing member of Beta GP LLC and Jane Roe is its managing member.",
     [("managing_member_of", "Acme GP LLC", "Beta GP LLC")]),
])
def test_its_role_after_and(text, found):
    assert _found(text) == found


def test_the_clause_opens_after_and_only_after_a_word():
    m = IS_ITS_ROLE.search("Acme GP LLC is the general partner of Acme Fund LP and Jane Roe is "
                           "its managing member.")
    assert (m["holder"], m["role"]) == ("Jane Roe", "its managing member")
    assert IS_ITS_ROLE.search("the fund, and and Jane Roe is its managing member") is not None
    assert IS_ITS_ROLE.search("and Jane Roe is its managing member") is None  # no clause before
