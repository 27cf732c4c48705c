"""Control stated with "its" in a relative clause after the holder: "held by Acme Fund I, L.P.,
which is controlled by its general partner, Acme GP, LLC" (session 34 review rvB M3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_its import WHICH_IS_CONTROLLED_BY_ITS_ROLE
from graphkit.source import SourceText

RV35 = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "rv35"


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


def test_pattern_groups():
    m = WHICH_IS_CONTROLLED_BY_ITS_ROLE.search(
        "The shares are held by Acme Fund I, L.P., which is controlled by its general partner, "
        "Acme GP, LLC.")
    assert (m["held"], m["role2"], m["holder2"]) == (  # the name's dot: trim_name drops it
        "Acme Fund I, L.P.", "its general partner", "Acme GP, LLC.")


@pytest.mark.parametrize("text, expected", [
    ("The shares are held by Acme Fund I, L.P., which is controlled by its general partner, "
     "Acme GP, LLC.", {("general_partner_of", "Acme GP, LLC", "Acme Fund I, L.P.")}),
    ("Shares held by Acme Fund I, L.P., which is controlled by Jane Roe, its managing member.",
     {("managing_member_of", "Jane Roe", "Acme Fund I, L.P.")}),
    # "which" of a person is no entity's: nothing is read
    ("The shares are held by Jane Roe, which is controlled by its general partner, Acme GP, LLC.",
     set()),
])
def test_relative_clause(text, expected):
    assert _found(text) == expected


def test_form4_footnote_gives_the_gp_edge():
    rec = parse_path(RV35 / "w_w7.xml").records[0]
    names = {p.id: p.name for p in rec.parties}
    assert ("general_partner_of", "Acme GP, LLC", "Acme Fund I, L.P.") in {
        (c.relation.value, names[c.source], names[c.target]) for c in rec.claims}


@pytest.mark.parametrize("text, expected", [
    ('Acme Fund II, L.P. and Acme Fund III, L.P. (together, the "Funds") are controlled by '
     "their general partner, Acme GP, LLC.",
     {("general_partner_of", "Acme GP, LLC", "Acme Fund II, L.P."),
      ("general_partner_of", "Acme GP, LLC", "Acme Fund III, L.P.")}),
    ("Acme Fund II, L.P. and Acme Fund III, L.P. are controlled by their sole general partner, "
     "Acme GP, LLC.",
     {("general_partner_of", "Acme GP, LLC", "Acme Fund II, L.P."),
      ("general_partner_of", "Acme GP, LLC", "Acme Fund III, L.P.")}),
    # persons have no general partner: nothing is read
    ("Jane Roe and John Doe are controlled by their general partner, Acme GP, LLC.", set()),
    # review rvC H4: one general partner each, "respectively": not one holder of both
    ("Acme Fund II, L.P. and Acme Fund III, L.P. are controlled by their general partners, Acme "
     "GP II, LLC and Acme GP III, LLC, respectively.", set()),
    ("Acme Fund II, L.P. and Acme Fund III, L.P. are controlled by their general partner, Acme "
     "GP II, LLC and Acme GP III, LLC, respectively.", set()),
    # review rvC H5: "which" is the fund's, named after "for"
    ("The shares are held in accounts managed by Acme Advisors, LLC for Acme Fund I, L.P., which "
     "is controlled by its general partner, Acme GP, LLC.",
     {("general_partner_of", "Acme GP, LLC", "Acme Fund I, L.P.")}),
])
def test_their_role(text, expected):
    assert _found(text) == expected


# review rvC M4 (session 35): a chain of "which is controlled by its ..." clauses gave only
# its first link; the kind of entity before ", which" hid the clause
@pytest.mark.parametrize("text, expected", [
    ("The shares are held by Acme Fund I, L.P., which is controlled by its general partner, "
     "Acme GP, LLC, which is controlled by its managing member, Jane Roe.",
     {("general_partner_of", "Acme GP, LLC", "Acme Fund I, L.P."),
      ("managing_member_of", "Jane Roe", "Acme GP, LLC")}),
    ("The shares are held by Acme Fund I, L.P., a Delaware limited partnership, which is "
     "controlled by its general partner, Acme GP, LLC.",
     {("general_partner_of", "Acme GP, LLC", "Acme Fund I, L.P.")}),
])
def test_chained_and_described(text, expected):
    assert _found(text) == expected


def test_an_aside_naming_a_party_is_not_skipped():
    # review rv37 H2: the relative clause after "a subsidiary of Beta Holdings LLC" is Beta's
    assert _found("The shares are held by Acme Fund LP, a wholly owned subsidiary of Beta "
                  "Holdings LLC, which is controlled by its managing member, Jane Roe.") == {
        ("managing_member_of", "Jane Roe", "Beta Holdings LLC"),
        ("parent_of", "Beta Holdings LLC", "Acme Fund LP")}
