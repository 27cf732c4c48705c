"""Offices stated with a possessive after "is", and seats on a board
(:mod:`graphkit.parsers.prose_possessive_offices`): "Mr. Roe is the Issuer's Treasurer and
Secretary and is a member of its Board of Directors" gives officer_of the issuer (titled
"Treasurer, Secretary") and director_of the issuer. A real 2006 Schedule 13D said so of its
filer, and graphkit gave neither.
"""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_possessive_offices import (HOLDER_IS_POSSESSIVE_ROLE, MEMBER_OF_BOARD,
                                                       possessive_offices)
from graphkit.source import SourceText
from tests.parsers.test_review11_prose import _with_item2


def _found(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(f.relation.value, f.holder, f.held, f.title)
            for f in find_relationships(SourceText(path="x.txt", text=text))
            if f.pattern == "possessive_office"}


@pytest.mark.parametrize("text, expected", [
    ("Mr. Roe is the Issuer's Treasurer and Secretary and is a member of its Board of Directors.",
     {("officer_of", "Mr. Roe", "Issuer", "Treasurer, Secretary"),
      ("director_of", "Mr. Roe", "Issuer", None)}),
    ("Jane Roe is the Issuer’s Chief Executive Officer.",
     {("officer_of", "Jane Roe", "Issuer", "Chief Executive Officer")}),
    ("Jane Roe is also Acme Corp.'s President, and a member of its Board.",
     {("officer_of", "Jane Roe", "Acme Corp.", "President"),
      ("director_of", "Jane Roe", "Acme Corp.", None)}),
    ("Acme GP LLC is the Partnership's general partner.",
     {("general_partner_of", "Acme GP LLC", "Partnership", None)}),
    ("Jane Roe is the Issuer's sole shareholder.",
     {("shareholder_of", "Jane Roe", "Issuer", None)}),
    ("Jane Roe is the Issuer's President and Chief Executive Officer, and John Doe is its "
     "Secretary.", {("officer_of", "Jane Roe", "Issuer", "President, Chief Executive Officer")}),
    ("Mr. Roe is a member of the Issuer's Board of Directors.",
     {("director_of", "Mr. Roe", "Issuer", None)}),
    ("Mr. Roe is a member of the Board of Directors of the Issuer.",
     {("director_of", "Mr. Roe", "Issuer", None)}),
    ("Jane Roe is a member of the board of directors of Acme Bancorp, whose chief executive "
     "officer is John Doe.", {("director_of", "Jane Roe", "Acme Bancorp", None)}),
])
def test_possessive_offices_read(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe is the Issuer's former President.",
    "Jane Roe is the Issuer's largest shareholder.",
    "Jane Roe is the Issuer's President's wife.",
    "The husband of Jane Roe is the Issuer's President.",
    "John Doe is Jane Roe's trustee.",
    "John Doe is Mr. Roe's investment adviser.",
    "Jane Roe is not the Issuer's President.",
    "Jane Roe was the Issuer's President until 2019.",
    "No Reporting Person is the Issuer's President.",
    "Neither Jane Roe nor John Doe is a member of the Issuer's Board of Directors.",
    "Jane Roe is a member of the Issuer's Audit Committee.",
    "Jane Roe is a member of the Board of Directors of Acme Corp. and Beta Corp.",
    "Jane Roe is a member of its Board of Directors.",  # whose board: not read alone
])
def test_possessive_offices_not_read(text):
    assert _found(text) == set()


def test_the_filer_of_an_edited_filing_gets_both_offices():
    rec = _with_item2("This statement is filed by Jane Q. Roe.  Ms. Roe is the Issuer's "
                      "Treasurer and \nSecretary and is a member of its Board of Directors.")
    names = {p.id: p.name for p in rec.parties}
    issuer = rec.issuer.party_id
    got = {(names[c.source], c.relation.value, c.title) for c in rec.claims
           if c.target == issuer and c.relation.value in ("officer_of", "director_of")}
    assert {(h, r, t) for h, r, t in got if "Roe" in h} == {
        ("Ms. Roe", "officer_of", "Treasurer, Secretary"), ("Ms. Roe", "director_of", None)}


def test_the_patterns():
    m = HOLDER_IS_POSSESSIVE_ROLE.search("Mr. Roe is the Issuer's Treasurer and Secretary and is "
                                         "a member of its Board of Directors.")
    assert (m["holder"], m["held"], m["role"]) == ("Mr. Roe", "Issuer", "Treasurer and Secretary")
    assert m["board"]
    assert HOLDER_IS_POSSESSIVE_ROLE.search("Jane Roe is the Issuer's former President") is None
    m = MEMBER_OF_BOARD.search("Jane Roe is a member of the Board of Directors of Acme Corp.")
    assert m["held2"] == "Acme Corp."
    m = MEMBER_OF_BOARD.search("Jane Roe is also a member of the Issuer's board of directors.")
    assert m["held"] == "Issuer"
    assert MEMBER_OF_BOARD.search("Jane Roe is a member of the Issuer's Audit Committee.") is None
    assert list(possessive_offices("Jane Roe is the President of the Issuer.")) == []


# --- session 23 review ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # M2: the board of a possessor's parent is not the possessor's
    "Mr. Doe is a member of the Board of Directors of Acme Corp.'s parent.",
    "Mr. Doe is a member of the Board of Directors of Acme Corp.’s subsidiary.",
    # a pronoun names no party here; a supposition states nothing
    "He is the Issuer's President.",
    "She is also the Issuer's Chairman and Chief Executive Officer.",
    "It is the Fund's investment manager.",
    "There is the Issuer's President.",
    "It is expected that Jane Roe is the Issuer's President.",
    "If Jane Roe is the Issuer's President, she may be deemed to control it.",
    # H2: a person's possessive with a curly or a left quote
    "John Doe is Jane Roe‘s trustee.",
    "John Doe is Jane Roe’s trustee.",
])
def test_review_s23_possessive_offices_read_nothing(text):
    assert _found(text) == set()


def test_review_s23_left_quote_possessive_is_read():
    assert _found("Mr. Roe is the Issuer‘s Treasurer.") == {
        ("officer_of", "Mr. Roe", "Issuer", "Treasurer")}
    assert _found("Mr. Doe is a member of the Board of Directors of Acme Holdings, Inc., the "
                  "parent of the Issuer.") == {("director_of", "Mr. Doe", "Acme Holdings, Inc.", None)}


# --- second review (session 23): openers, suppositions and other boards ------------------------

@pytest.mark.parametrize("text, expected", [
    ("Because Mr. Roe is the Issuer's Treasurer, he may be deemed to control the Issuer.",
     {("officer_of", "Mr. Roe", "Issuer", "Treasurer")}),
    ("Since Jane Roe is the Issuer's President, she may be deemed to control the Issuer.",
     {("officer_of", "Jane Roe", "Issuer", "President")}),
    ("Because Mr. Roe is a member of the Board of Directors of Acme Corp., he may be deemed to "
     "control it.", {("director_of", "Mr. Roe", "Acme Corp.", None)}),
    ("Jane Roe believes that Mr. Roe is the Issuer's President.",
     {("officer_of", "Mr. Roe", "Issuer", "President")}),
    ("When Mr. Doe is the Issuer's President, he will vote the Shares.", set()),
    ("So long as Jane Roe is the Issuer's President, she will vote the Shares.", set()),
    ("For so long as Jane Roe is the Issuer's President, she will vote the Shares.", set()),
    ("As long as Jane Roe is the Issuer's President, she will vote the Shares.", set()),
    ("If Mr. Roe is a member of the Board of Directors of Acme Corp., he may be deemed.", set()),
    # H2: only a board of directors is a directorship
    ("Mr. Roe is a member of the Board of Managers of Acme Capital LLC.", set()),
    ("Mr. Roe is a member of the Board of Trustees of Acme Fund Trust.", set()),
    ("Mr. Roe is a member of the board of advisors of Acme Corp.", set()),
    ("Mr. Roe is a member of the Board of Overseers of Acme College.", set()),
    ("Mr. Roe is a member of the Board of Directors of Acme Corp.",
     {("director_of", "Mr. Roe", "Acme Corp.", None)}),
])
def test_review2_s23_openers_and_boards(text, expected):
    assert {(r.relation.value, r.holder, r.held, r.title) for r in possessive_offices(text)} == \
        expected


# --- session 40: the office stated from the possessor ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Acme Fund, L.P.'s general partner is Acme GP, LLC.",
     {("general_partner_of", "Acme GP, LLC", "Acme Fund, L.P.", None)}),
    ("The Fund's general partner is Acme GP, LLC.",
     {("general_partner_of", "Acme GP, LLC", "Fund", None)}),
    ("Acme Fund LP's sole general partner is Acme GP, LLC, whose managing member is Jane Roe.",
     {("general_partner_of", "Acme GP, LLC", "Acme Fund LP", None)}),
    ('The Partnership\'s investment manager is Acme Capital Management, L.P. (the "Investment '
     'Manager").', {("investment_manager_of", "Acme Capital Management, L.P.", "Partnership",
                     None)}),
    # what the party is, not who: no name after "is"
    ("The Fund's general partner is a Delaware limited liability company.", set()),
    ("The Fund's general partner is responsible for its investments.", set()),
    # a person's possessive names no office; a supposition states none
    ("Jane Roe's trustee is Acme Bank.", set()),
    ("If the Fund's general partner is Acme GP, LLC, it may vote the shares.", set()),
])
def test_office_stated_from_the_possessor(text, expected):
    assert _found(text) == expected


def test_legal_form_after_a_comma_is_no_possessor():
    """2016_SC_13G_1469372.txt (Ariel Investments on a 2016 issuer): "Ariel Investments, LLC's
    adviser clients have the right to receive ..." was read as an adviser relation of a party
    "LLC" (and then dropped with a legal-form-name warning); it states no relation."""
    text = ("Ariel Investments, LLC's adviser clients have the right to receive dividends.")
    assert [f for f in find_relationships(SourceText(path="x.txt", text=text))
            if f.held == "LLC" or f.holder == "LLC"] == []
    assert _found("Acme GP, LLC, Acme Fund, L.P.'s general partner, may be deemed.") == set()
