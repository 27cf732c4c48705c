"""A role stated of a group term ("the general partner of each of the Funds") is each member's,
also of a member named only in the group's definition; "co-managing members" is a role.

Session 39 review rv39 H3 and M3 (repros r8, r9: invented names). Before: "of each of the
Funds" gave no general_partner_of at all, "of the Funds" gave it for the member that was
already a party (the reporting person) only, and `controllers` put Acme Fund I, L.P. at the top
instead of Jane Roe; "Jane Roe and John Doe are the co-managing members of Acme GP, LLC." gave
nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.control import find_controllers
from graphkit.graph import find_node
from graphkit.parse import parse_path
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose import find_collective_terms, find_relationships
from graphkit.parsers.prose_lists import LIST_OPENING, split_listed, split_names
from graphkit.parsers.schedule13_groups import expand_collective
from graphkit.pipeline import build
from graphkit.source import SourceText

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv39"

#: The funds' definition and the roles, as in the repros' footnote and Item 2
DEFINED = ('The Shares are held by Acme Fund I, L.P. and Acme Fund II, L.P. (collectively, '
           'the "Funds"). ')


def _found(text: str) -> list[tuple[str, str, str]]:
    src = SourceText(path="x.txt", text=text)
    return [(f.relation.value, f.holder, f.held) for f in find_relationships(src)]


@pytest.mark.parametrize("sentence, pattern", [
    ("Acme GP, LLC is the general partner of each of the Funds.", "holder_is_role_of"),
    ("Acme GP, LLC serves as general partner of each of the Funds.", "holder_is_role_of"),
    ("Acme GP, LLC, the general partner of each of the Funds, may be deemed to own the Shares.",
     "holder_the_role_of"),
    ("Acme GP, LLC, as the general partner of each of the Funds, may be deemed to own them.",
     "holder_as_role_of"),
])
def test_each_of_the_group_term_is_read_as_the_term(sentence, pattern):
    src = SourceText(path="x.txt", text=sentence)
    assert [(f.relation.value, f.holder, f.held, f.pattern) for f in find_relationships(src)] \
        == [("general_partner_of", "Acme GP, LLC", "Funds", pattern)]


def test_each_of_a_named_list_is_unchanged():
    assert _found("Acme GP, LLC is the general partner of each of the Acme Fund and the Beta "
                  "Fund.") == [("general_partner_of", "Acme GP, LLC", "Acme Fund"),
                               ("general_partner_of", "Acme GP, LLC", "Beta Fund")]


@pytest.mark.parametrize("text, names", [
    ("each of the Funds", ["Funds"]),
    ("both the Acme Fund and Beta Fund", ["Acme Fund", "Beta Fund"]),
    ("each of Acme Fund, L.P. and Acme Partners, LLC", ["Acme Fund, L.P.", "Acme Partners, LLC"]),
    ("each of the funds", []),  # "the" before no name stays: nothing named
])
def test_list_opening_takes_the_article_of_a_name(text, names):
    assert split_names(text) == names


def test_list_opening_example():
    assert LIST_OPENING.sub("", "each of the Funds") == "Funds"
    assert LIST_OPENING.sub("", "each of the other") == "the other"
    assert split_listed("each of the Acme Fund and the Beta Fund") == ["Acme Fund", "Beta Fund"]


def test_a_member_named_only_in_the_definition_is_resolved_when_asked():
    src = SourceText(path="x.txt", text=DEFINED)
    groups = find_collective_terms(src)
    assert [(g.term, g.members) for g in groups] == [
        ("Funds", ("Acme Fund I, L.P.", "Acme Fund II, L.P."))]
    book = PartyBook()
    book.add("Acme Fund I, L.P.")
    assert [p.name for p in expand_collective("each of the Funds", groups, book)] == [
        "Acme Fund I, L.P."]  # without a resolver: the known parties only (disclaimers)
    assert [p.name for p in expand_collective("each of the Funds", groups, book, book.add)] == [
        "Acme Fund I, L.P.", "Acme Fund II, L.P."]


def _links(path: Path) -> set[tuple[str, str, str]]:
    (rec,) = parse_path(path).records
    names = {p.id: p.name for p in rec.parties}
    return {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims
            if c.relation.value != "beneficial_owner_of"}


GP_LINKS = {("Acme GP, LLC", "general_partner_of", "Acme Fund I, L.P."),
            ("Acme GP, LLC", "general_partner_of", "Acme Fund II, L.P."),
            ("Jane Roe", "managing_member_of", "Acme GP, LLC")}


@pytest.mark.parametrize("name", [
    "h3_form4_gp_of_each_of_the_funds.xml", "h3_form4_gp_of_the_funds.xml",
    "h3_13d_gp_of_each_of_the_funds.txt", "h3_13d_gp_of_the_funds.txt"])
def test_the_gp_of_the_funds_is_each_funds_gp(name):
    assert _links(FIXTURES / name) == GP_LINKS


@pytest.mark.parametrize("name, shares, percent", [
    ("h3_form4_gp_of_each_of_the_funds.xml", 5_000_000, None),
    ("h3_13d_gp_of_each_of_the_funds.txt", 800_000, 11.9)])
def test_the_managing_member_of_the_gp_controls_the_issuer(name, shares, percent):
    G = build([FIXTURES / name]).graph
    answer = find_controllers(G, find_node(G, "Widget Holding Corp."))
    assert [(u.party.name, u.shares) for u in answer.ultimate] == [("Jane Roe", shares)]
    assert answer.total_percent == percent


def test_co_managing_members_is_a_managing_member_role():
    assert _found("Jane Roe and John Doe are the co-managing members of Acme GP, LLC.") == [
        ("managing_member_of", "Jane Roe", "Acme GP, LLC"),
        ("managing_member_of", "John Doe", "Acme GP, LLC")]
    assert _found("Acme GP, LLC and Beta GP, LLC are the co-general partners of Acme Fund, "
                  "L.P.") == [("general_partner_of", "Acme GP, LLC", "Acme Fund, L.P."),
                              ("general_partner_of", "Beta GP, LLC", "Acme Fund, L.P.")]


def test_co_managing_members_of_a_form4_footnote_both_control():
    path = FIXTURES / "m3_form4_co_managing_members.xml"
    assert _links(path) == {("Acme GP, LLC", "general_partner_of", "Acme Fund I, L.P."),
                            ("Jane Roe", "managing_member_of", "Acme GP, LLC"),
                            ("John Doe", "managing_member_of", "Acme GP, LLC")}
    G = build([path]).graph
    answer = find_controllers(G, find_node(G, "Widget Holding Corp."))
    assert sorted((u.party.name, u.shares) for u in answer.ultimate) == [
        ("Jane Roe", 5_000_000), ("John Doe", 5_000_000)]


@pytest.mark.parametrize("text, members", [
    ('The shares are held by the Acme Fund I, L.P. and the Acme Fund II, L.P. (together, the '
     '"Funds").', ("Acme Fund I, L.P.", "Acme Fund II, L.P.")),
    ('The shares are held by the Jane Roe 2012 Trust, the John Roe 2014 Trust and the Mary Roe '
     'Trust (collectively, the "Trusts").',
     ("Jane Roe 2012 Trust", "John Roe 2014 Trust", "Mary Roe Trust")),
    ('The shares are held by Acme Fund I, L.P. and the Acme Fund II, L.P. (together, the '
     '"Funds").', ("Acme Fund I, L.P.", "Acme Fund II, L.P.")),
])
def test_an_article_before_each_listed_member_keeps_the_group(text, members):
    """Before: the article before a later name ended the list, and "Funds" was no group."""
    src = SourceText(path="x.txt", text=text)
    assert [(g.term, g.members) for g in find_collective_terms(src)] == [
        (text.rsplit('"', 2)[1], members)]


def test_the_gp_of_funds_listed_each_with_its_article():
    assert _found('The Shares are held by the Acme Fund I, L.P. and the Acme Fund II, L.P. '
                  '(collectively, the "Funds"). Acme GP, LLC is the general partner of each of '
                  'the Funds.') == [("general_partner_of", "Acme GP, LLC", "Funds")]
    # the group read as each fund, as for a list without articles (test above, repro h3)
    book = PartyBook()
    groups = find_collective_terms(SourceText(path="x.txt", text='Held by the Acme Fund I, '
                                              'L.P. and the Acme Fund II, L.P. (together, the '
                                              '"Funds").'))
    assert [p.name for p in expand_collective("each of the Funds", groups, book, book.add)] == [
        "Acme Fund I, L.P.", "Acme Fund II, L.P."]


@pytest.mark.parametrize("text, listed", [
    ("Acme Fund LP and the Beta Fund LP", True),
    ("Acme Trust, the Beta Trust and the Gamma Trust", True),
    ("Acme Fund LP and the", False),  # an article before no name ends no list
    ("Acme Fund LP and the fund", False),
])
def test_listed_takes_an_article_before_a_later_name(text, listed):
    import re
    from graphkit.parsers.prose_name_patterns import LISTED
    assert (re.fullmatch(LISTED, text, re.VERBOSE) is not None) is listed
