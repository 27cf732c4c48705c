"""A managing director is an officer, not a board member (:mod:`graphkit.parsers.prose_roles`).

In US filings "Managing Director" is an employee's title (private equity, banks, advisers), as
the signature and roster readers already treated it; the prose reader gave ``director_of``, a
board seat. A real 2006 Schedule 13D said "Mr. Arfman is the Issuer's Managing Director" and
graphkit made him a director of the issuer. Now it is ``officer_of`` titled "Managing Director";
a plain "Director" stays a board seat.
"""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_roles import role_relations
from graphkit.source import SourceText


def _found(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(f.relation.value, f.holder, f.held, f.title)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


@pytest.mark.parametrize("role, expected", [
    ("Managing Director", [("officer_of", "Managing Director")]),
    ("a Senior Managing Director", [("officer_of", "Senior Managing Director")]),
    ("Executive Managing Director", [("officer_of", "Executive Managing Director")]),
    ("President and Managing Director", [("officer_of", "President, Managing Director")]),
    ("Managing Director and a director", [("officer_of", "Managing Director"),
                                          ("director_of", None)]),
    ("Director", [("director_of", None)]),
    ("Independent Director", [("director_of", None)]),
    ("Managing Member", [("managing_member_of", None)]),
])
def test_role_relations(role, expected):
    assert [(r.value, t) for r, t in role_relations(role)] == expected


@pytest.mark.parametrize("text, expected", [
    ("John Q. Roe is a Managing Director of Acme Capital Management LLC, the general partner of "
     "Acme Capital Partners, L.P.",
     {("officer_of", "John Q. Roe", "Acme Capital Management LLC", "Managing Director"),
      ("general_partner_of", "Acme Capital Management LLC", "Acme Capital Partners, L.P.", None)}),
    ("Jane Doe is the Issuer's Managing Director.",
     {("officer_of", "Jane Doe", "Issuer", "Managing Director")}),
    ("Richard Poe is a Senior Managing Director of Beta Advisors LLC.",
     {("officer_of", "Richard Poe", "Beta Advisors LLC", "Senior Managing Director")}),
    ("Tom Tee is President and Managing Director of Delta Bank plc.",
     {("officer_of", "Tom Tee", "Delta Bank plc", "President, Managing Director")}),
    # a board seat stays one
    ("Mary Major is a Director of Gamma Holdings Inc.",
     {("director_of", "Mary Major", "Gamma Holdings Inc.", None)}),
])
def test_prose_managing_director_is_an_officer(text, expected):
    assert _found(text) == expected
