"""A capacity line under a signer printed party first ("Acme Management Ltd., Director"):
the signer holds the title in that party, as in "Director, Acme Management Ltd.". Made-up
lines and signature blocks."""

from __future__ import annotations

import pytest

from graphkit.parsers.signature_capacity import Capacity, read_capacity, split_party_title
from tests.short_13g import relations, short_13g


@pytest.mark.parametrize("line, title, party", [
    ("Acme Management Ltd., Director", "Director", "Acme Management Ltd."),
    ("Acme Holdings, Inc., President", "President", "Acme Holdings, Inc."),
    ("Acme Corp., Chief Financial Officer", "Chief Financial Officer", "Acme Corp."),
    ("Acme Partners, L.P., Vice President, Secretary and Treasurer",
     "Vice President, Secretary and Treasurer", "Acme Partners, L.P."),
    ("ACME ADVISERS LLC, VICE PRESIDENT", "VICE PRESIDENT", "ACME ADVISERS LLC"),
])
def test_party_then_title(line, title, party):
    assert split_party_title(line) == (title, party)
    assert read_capacity(line) == Capacity(title, party, False)


@pytest.mark.parametrize("line", [
    "Jane Roe, President",                  # the signer's name and title: no party
    "Acme Fund, L.P.",                      # a name alone
    "Acme GP, LLC, its General Partner",    # a chain, read apart
    "Acme GP, LLC, General Partner",        # a capacity an entity holds for the party above
    "Acme Capital LLC, Managing Member",
    "Acme Trust Company, Trustee",
    "Acme Advisors LLC, Investment Manager",
    "Acme Corp., Authorized Signatory",     # no office
    "Acme Holdings Inc., Attorney-in-Fact",
    "Secretary and Treasurer",
    "Acme Holdings, " * 20 + "Director",    # a run-on line, no capacity line
])
def test_no_party_then_title(line):
    assert split_party_title(line) is None


def test_title_then_party_unchanged():
    assert read_capacity("Director, Acme Management Ltd.") == \
        Capacity("Director", "Acme Management Ltd.", False)


BLOCK = ("ROE CAPITAL ADVISORS, INC.\n\nBy: /s/ Jane Q. Roe\n    -----------------\n"
         "    (Signature)\n\nJane Q. Roe\n{line}\n-----------------\n(Name/Title)")


@pytest.mark.parametrize("line", ["Acme Management Ltd., Director",
                                  "Director, Acme Management Ltd."])
def test_signer_holds_the_title_in_the_party_either_way(line):
    rec = short_13g(signature=BLOCK.format(line=line))
    assert [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures] == [
        ("Jane Q. Roe", "Director", ["ROE CAPITAL ADVISORS, INC.", "Acme Management Ltd."])]
    assert relations(rec) == {("director_of", "Jane Q. Roe", "Acme Management Ltd.", None)}


def test_entity_capacity_line_gives_no_office():
    rec = short_13g(signature=BLOCK.format(line="Acme GP, LLC, General Partner"))
    assert [(s.signer, s.title) for s in rec.signatures] == [("Jane Q. Roe", None)]
    assert relations(rec) == set()


# --- a party-first capacity line whose title wraps after a comma -----------------------------

@pytest.mark.parametrize("lines, title", [
    (["Roe Capital Advisors, Inc., Vice President,", "Secretary and Treasurer"],
     "Vice President, Secretary and Treasurer"),
    (["Roe Capital Advisors, Inc., Executive Vice President,", "Chief Financial Officer"],
     "Executive Vice President, Chief Financial Officer"),
    (["Roe Capital Advisors, Inc., Vice President"], "Vice President"),
])
def test_party_first_title_wrapped_is_one_signature(lines, title):
    rec = short_13g(signature=BLOCK.format(line="\n".join(lines)))
    assert [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures] == [
        ("Jane Q. Roe", title, ["ROE CAPITAL ADVISORS, INC."])]
    assert relations(rec) == {("officer_of", "Jane Q. Roe", "Roe Capital Advisors, Inc.", title)}


def test_party_first_title_wrapped_in_another_party():
    rec = short_13g(signature=BLOCK.format(line="Acme Management Ltd., Vice President,\n"
                                                "Director"))
    assert [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures] == [
        ("Jane Q. Roe", "Vice President, Director",
         ["ROE CAPITAL ADVISORS, INC.", "Acme Management Ltd."])]
    assert relations(rec) == {("director_of", "Jane Q. Roe", "Acme Management Ltd.", None),
                              ("officer_of", "Jane Q. Roe", "Acme Management Ltd.",
                               "Vice President")}


def test_party_first_title_then_capacity_is_not_joined():
    rec = short_13g(signature=BLOCK.format(line="Roe Capital Advisors, Inc., Vice President,\n"
                                                "General Partner"))
    assert [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures][0] == \
        ("Jane Q. Roe", "Vice President", ["ROE CAPITAL ADVISORS, INC."])
    assert relations(rec) == {("officer_of", "Jane Q. Roe", "Roe Capital Advisors, Inc.",
                               "Vice President")}


def test_capacity_ends_the_line_when_printed_party_first():
    line = "Acme Capital Corp., Vice President,"
    assert read_capacity(line) == Capacity("Vice President", "Acme Capital Corp.", False)
    assert read_capacity(line).ends(line)
    line = "Vice President, Acme Capital Corp."
    assert not read_capacity(line).ends(line)
    line = "Attorney in Fact for Jane Q. Roe"
    assert not read_capacity(line).ends(line)


@pytest.mark.parametrize("line", ["Formerly Acme Holdings, Inc., Director",
                                  "Retired, Acme Holdings, Inc., Director",
                                  "Former Acme Holdings, Inc., President",
                                  "Previously Acme Holdings, Inc., Director"])
def test_a_status_word_before_the_party_gives_none(line):
    assert split_party_title(line) is None
    rec = short_13g(signature=BLOCK.format(line=line))
    assert relations(rec) == set()
    assert not any(p.name.lower().startswith(("formerly", "retired", "former", "previously"))
                   for p in rec.parties)
