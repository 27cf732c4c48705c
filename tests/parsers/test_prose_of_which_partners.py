"""Relative clauses "..., of which A and her spouse, B, are general partners": every person
named is a partner, never the kinship phrase; a name glued by a slash to the held
organization's name ("Roe/Doe Investments, L.P.") is the organization's."""

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_possessives import kin_named
from graphkit.parsers.prose_slashed_names import SLASHED_LEAD, with_slashed_lead
from graphkit.source import SourceText


def _rels(text: str) -> set[tuple[str, str, str]]:
    return {(f.holder, f.relation.value, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))
            if f.relation.value != "beneficial_owner_of"}


LP = "Roe Investments, L.P."


@pytest.mark.parametrize("text, expected", [
    (f"Includes 416,669 shares held by {LP}, of which Jane Roe and her spouse, John Doe, are "
     "general partners.",
     {("Jane Roe", "general_partner_of", LP), ("John Doe", "general_partner_of", LP)}),
    (f"Includes shares held by {LP}, of which John Doe and his wife, Mary Doe, are the general "
     "partners.",
     {("John Doe", "general_partner_of", LP), ("Mary Doe", "general_partner_of", LP)}),
    (f"Includes shares held by {LP}, of which his wife, Mary Doe, is the general partner.",
     {("Mary Doe", "general_partner_of", LP)}),
    (f"Includes shares held by {LP}, of which Jane Roe and her spouse John Doe are general "
     "partners.",
     {("Jane Roe", "general_partner_of", LP), ("John Doe", "general_partner_of", LP)}),
    (f"Includes shares held by {LP}, of which Jane Roe, her spouse, John Doe, and Mary Major are "
     "general partners.",
     {("Jane Roe", "general_partner_of", LP), ("John Doe", "general_partner_of", LP),
      ("Mary Major", "general_partner_of", LP)}),
    (f"Includes shares held by {LP}, of which Jane Roe and Mr. Roe's son, John Roe, are general "
     "partners.",
     {("Jane Roe", "general_partner_of", LP), ("John Roe", "general_partner_of", LP)}),
    ("Includes shares held by Roe LLC, of which Jane Roe and her spouse, John Doe, are managing "
     "members.",
     {("Jane Roe", "managing_member_of", "Roe LLC"), ("John Doe", "managing_member_of", "Roe LLC")}),
    ("Includes shares held by Roe LLC, of which Jane Roe and her husband, John Doe, are the "
     "members.",
     {("Jane Roe", "member_of", "Roe LLC"), ("John Doe", "member_of", "Roe LLC")}),
    ("Includes shares held by the Roe Trust, of which Jane Roe and her spouse, John Doe, are "
     "trustees.",
     {("Jane Roe", "trustee_of", "Roe Trust"), ("John Doe", "trustee_of", "Roe Trust")}),
    # already read before, still read
    (f"Includes shares held by {LP}, of which Jane Roe, Mary Major and John Doe are general "
     "partners.",
     {("Jane Roe", "general_partner_of", LP), ("Mary Major", "general_partner_of", LP),
      ("John Doe", "general_partner_of", LP)}),
    ("Boston Fund Corporation, a corporation of which both Mr. Roe and Ms. Doe are directors.",
     {("Mr. Roe", "director_of", "Boston Fund Corporation"),
      ("Ms. Doe", "director_of", "Boston Fund Corporation")}),
])
def test_of_which_partners_with_kinship(text, expected):
    assert _rels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the spouse is not named: no "her spouse" party (and no guess at Jane Roe alone)
    (f"Includes shares held by {LP}, of which Jane Roe and her spouse are general partners.", set()),
    # limited partners control nothing
    (f"Includes shares held by {LP}, of which Jane Roe and her spouse, John Doe, are limited "
     "partners.", set()),
    (f"Includes shares held by {LP}, of which Jane Roe is the general partner and her spouse, "
     "John Doe, is a limited partner.", {("Jane Roe", "general_partner_of", LP)}),
    (f"Includes shares held by {LP}, of which none of Jane Roe and her spouse, John Doe, is a "
     "general partner.", set()),
    (f"Includes shares held by {LP}, of which Jane Roe and her spouse, John Doe, were general "
     "partners until 2004.", set()),
])
def test_of_which_kinship_kept_out(text, expected):
    assert _rels(text) == expected


def test_slashed_organization_name_is_whole():
    text = ("Includes shares held by Roe/Doe Investments, L.P., of which John Doe is the general "
            "partner.")
    assert _rels(text) == {("John Doe", "general_partner_of", "Roe/Doe Investments, L.P.")}
    text = "Roe/Doe Investments, L.P. is a Delaware limited partnership whose general partner is John Doe."
    assert _rels(text) == {("John Doe", "general_partner_of", "Roe/Doe Investments, L.P.")}


def test_slashed_person_is_not_joined():
    flat = "Jane Roe/John Doe are the general partners"
    assert with_slashed_lead(flat, flat.index("John"), "John Doe") == "John Doe"
    assert _rels("Jane Roe/John Doe are the general partners of Acme Fund LP.") <= {
        ("John Doe", "general_partner_of", "Acme Fund LP")}


def test_slashed_lead_pattern():
    assert SLASHED_LEAD.search("held by Roe/").group() == "Roe/"
    assert SLASHED_LEAD.search("held by Roe/Doe/").group() == "Roe/Doe/"
    assert SLASHED_LEAD.search("held by and/") is None  # a lower-case word: no name's
    assert SLASHED_LEAD.search("held by Roe") is None


def test_kin_named():
    assert kin_named("Jane Roe and her spouse, John Doe") == ["Jane Roe", "John Doe"]
    assert kin_named("Jane Roe and John Doe") == ["Jane Roe", "John Doe"]
