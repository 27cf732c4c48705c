"""A bare plural role after a list ("Jane Roe and John Doe, members of Acme GP LLC") is held
only by the persons ending the list, of the entities of the held list
(graphkit.parsers.prose_bare_roles; review s23-hbk H1, H2, M3, L2, L4). All names are made up."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_bare_roles import (
    ENDED_AFTER, GROUP_HELD, HONORIFIC_NAME, MIDDLE_INITIAL_NAME, NEXT_ROLE_AFTER,
    RESPECTIVELY_LATER, bare_role_held, bare_role_holders, is_person_name)
from graphkit.source import SourceText


def rels(text):
    return sorted((f.relation.value, f.holder, f.held)
                  for f in find_relationships(SourceText(path="t.txt", text=text)))


MEMBERS = [("member_of", "Jane Roe", "Acme GP LLC"), ("member_of", "John Doe", "Acme GP LLC")]


@pytest.mark.parametrize("text, expected", [
    # H1: the filing's entities open the comma list; the branch made them members too
    ("This statement is filed by Acme Fund LP, Acme GP LLC, Jane Roe and John Doe, members of "
     "Acme GP LLC.", MEMBERS),
    ('This statement is filed by Acme Fund LP ("Fund"), Acme GP LLC ("GP"), Jane Roe and John '
     'Doe, members of GP.', [("member_of", "Jane Roe", "GP"), ("member_of", "John Doe", "GP")]),
    ("This statement is filed by Acme Fund LP, Acme GP LLC and Jane Roe and John Doe, members of "
     "Acme GP LLC.", MEMBERS),
    ("Sales were made by Jane Roe and John Doe, members of Acme GP LLC, on March 1, 2005.",
     MEMBERS),
    ("Jane Roe and John Doe, members of Acme GP LLC, the general partner, share voting power.",
     MEMBERS),
    ("Mr. Roe and Mr. Doe, members of Acme GP LLC, share voting power.",
     [("member_of", "Mr. Doe", "Acme GP LLC"), ("member_of", "Mr. Roe", "Acme GP LLC")]),
    ("Jamiel Q. Roe and Kenji A. Doe, members of Acme GP LLC, share voting power.",
     [("member_of", "Jamiel Q. Roe", "Acme GP LLC"), ("member_of", "Kenji A. Doe", "Acme GP LLC")]),
    # H2: the held list ends before the holder of the next appositive
    ("Jane Roe, John Doe and Mary Major, Trustees of the Roe Family Trust, and Richard Miles, "
     "Trustee of the Miles Trust, filed this statement.",
     [("trustee_of", "Jane Roe", "Roe Family Trust"), ("trustee_of", "John Doe", "Roe Family Trust"),
      ("trustee_of", "Mary Major", "Roe Family Trust"),
      ("trustee_of", "Richard Miles", "Miles Trust")]),
])
def test_bare_role_read_of_persons(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text", [
    "Messrs. Roe and Doe, members of Acme GP LLC, share voting power.",  # "Doe": no whole name
    "Each of Messrs. Roe, Doe and Miles, members of Acme GP LLC, disclaims beneficial ownership.",
    "Jane Roe, Acme GP LLC and John Doe, members of Beta GP LLC, may vote.",  # one person ends it
    "Acme Fund LP and Beta Fund LP, general partners of Gamma Partners LP, may vote.",
    "Jane Roe and John Doe, members of Acme GP LLC until March 2004, may vote.",  # M3: ended
    "Jane Roe and John Doe, members of the Issuer, may vote.",  # L4: shareholders abroad
    "Jane Roe and John Doe, members of Richard Miles, may vote.",  # a person is no company
])
def test_bare_role_reads_nothing_else(text):
    assert rels(text) == []


def test_bare_role_holders():
    assert bare_role_holders(["Acme Fund LP", "Partners II", "Jane Roe", "John Doe"]) == \
        ["Jane Roe", "John Doe"]
    assert bare_role_holders(["Acme Fund LP", "Jane Roe"]) == []
    assert bare_role_holders(["Messrs. Roe", "Doe"]) == []


def test_bare_role_held():
    flat = "Jane Roe and John Doe, general partners of Acme LP and Beta LP, may vote"
    assert bare_role_held(flat, "Acme LP and Beta LP", flat.index(", may")) == ["Acme LP", "Beta LP"]
    flat = "Jane Roe and John Doe, trustees of Roe Trust and Ann Lee, Trustee of Lee Trust"
    assert bare_role_held(flat, "Roe Trust and Ann Lee", flat.index(", Trustee")) == ["Roe Trust"]
    flat = "Jane Roe and John Doe, members of the Board of Acme LLC"
    assert bare_role_held(flat, "Board of Acme LLC", len(flat)) == []


@pytest.mark.parametrize("name, expected", [
    ("Jane Roe", True), ("JANE ROE", True), ("Mr. Roe", True), ("Dr. Doe", True),
    ("Jamiel A. Akhtar", True), ("Doe", False), ("Partners II", False), ("Management", False),
    ("Acme GP LLC", False), ("Roe Family Trust", False), ("Reporting Person", False),
])
def test_is_person_name(name, expected):
    assert is_person_name(name) is expected


def test_patterns():
    assert HONORIFIC_NAME.fullmatch("Mrs. Roe") and not HONORIFIC_NAME.fullmatch("Roe")
    assert MIDDLE_INITIAL_NAME.fullmatch("Jane Q. Roe, Jr.")
    assert not MIDDLE_INITIAL_NAME.fullmatch("Acme Partners II")
    assert NEXT_ROLE_AFTER.match(", Trustee of the Miles Trust")
    assert NEXT_ROLE_AFTER.match(", the managing member of Acme")
    assert not NEXT_ROLE_AFTER.match(", who may control Acme")
    assert ENDED_AFTER.match(" until March 2004") and ENDED_AFTER.match(", prior to 2004")
    assert not ENDED_AFTER.match(", who may control Acme")


@pytest.mark.parametrize("text", [
    # review s23-hbk2 H3: "respectively" after a held list read short ("... and the Doe Trust")
    "Jane Roe and John Doe, trustees of the Roe Trust and the Doe Trust, respectively, may be "
    "deemed to share voting power.",
    "Jane Roe and John Doe, general partners of Acme Partners and the Beta Partnership, "
    "respectively, share voting power.",
    "Jane Roe and John Doe, general partners of Acme Partners and the Beta Partners, L.P., "
    "respectively, share voting power.",
    # H4: a family, board or committee is no party
    "Jane Roe and John Doe, members of the Roe Family, share voting power.",
    "Jane Roe and John Doe, members of the Board, share voting power.",
    "Jane Roe and John Doe, members of the Investment Committee, share voting power.",
])
def test_bare_role_respectively_later_or_group_reads_nothing(text):
    assert rels(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe and John Doe, managing members of Acme GP LLC and Beta GP LLC, respectively, share "
     "voting power.", [("managing_member_of", "Jane Roe", "Acme GP LLC"),
                       ("managing_member_of", "John Doe", "Beta GP LLC")]),
    ("Jane Roe and John Doe, trustees of the Roe Trust and Doe Trust, respectively, may be deemed "
     "to share voting power.", [("trustee_of", "Jane Roe", "Roe Trust"),
                                ("trustee_of", "John Doe", "Doe Trust")]),
    ("Jane Roe and John Doe, members of the Roe Family Office LLC, share voting power.",
     [("member_of", "Jane Roe", "Roe Family Office LLC"),
      ("member_of", "John Doe", "Roe Family Office LLC")]),
    ("Jane Roe and John Doe, trustees of the Roe Family Trust, share voting power.",
     [("trustee_of", "Jane Roe", "Roe Family Trust"), ("trustee_of", "John Doe", "Roe Family Trust")]),
])
def test_bare_role_respectively_right_after_and_family_entities_still_read(text, expected):
    assert rels(text) == expected


def test_group_and_respectively_patterns():
    assert GROUP_HELD.search("Roe Family") and GROUP_HELD.search("the Board")
    assert not GROUP_HELD.search("Roe Family Office LLC") and not GROUP_HELD.search("Roe Family Trust")
    assert RESPECTIVELY_LATER.match(" and the Doe Trust, respectively, may")
    assert not RESPECTIVELY_LATER.match(", respectively, may")
    assert not RESPECTIVELY_LATER.match(", share voting power; Roe and Doe own 5% and 6%, respectively")
