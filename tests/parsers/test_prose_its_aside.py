"""A role "its" gives in an aside after a role phrase's party (session 40, prose gaps 3):
"Voting and investment power over the shares held by Acme Fund LP is exercised by Jane Roe and
John Doe, the managing members of Acme GP LLC, its general partner" makes Acme GP LLC the
general partner of Acme Fund LP, where "its" cannot be anyone else's. No prose of the corpus or
the fixtures says it so (only signature blocks: "Jane Roe, Managing Member of Acme GP, LLC, its
general partner", whose general partner edge the signature reader already gives), hence
invented names."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_its_aside import ROLE_OF_HOLDER_ITS_ROLE, aside_its_roles
from graphkit.source import SourceText

_SENTENCE = ("Voting and investment power over the shares held by Acme Fund LP is exercised by "
             "Jane Roe and John Doe, the managing members of Acme GP LLC, its general partner.")


@pytest.mark.parametrize("text, holder, role", [
    ("the managing members of Acme GP LLC, its general partner.", "Acme GP LLC",
     "its general partner"),
    ("the sole member of Acme GP, LLC, its General Partner, votes", "Acme GP, LLC",
     "its General Partner"),
    ("Director of the Roe GP LLC, its sole general partner;", "Roe GP LLC",
     "its sole general partner"),
])
def test_pattern(text, holder, role):
    m = ROLE_OF_HOLDER_ITS_ROLE.search(text)
    assert (m["holder"], m["role"]) == (holder, role)


@pytest.mark.parametrize("text", [
    "the managing members of Acme GP LLC, its general partners.",   # two of them
    "Acme GP LLC, its general partner, votes.",                      # no role phrase before
    "the managing member of its general partner, Acme GP LLC.",
])
def test_pattern_not(text):
    assert ROLE_OF_HOLDER_ITS_ROLE.search(text) is None


def test_edges():
    found = {(f.relation.value, f.holder, f.held)
             for f in find_relationships(SourceText(path="x.txt", text=_SENTENCE))}
    assert found == {("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
                     ("managing_member_of", "Jane Roe", "Acme GP LLC"),
                     ("managing_member_of", "John Doe", "Acme GP LLC"),
                     ("control_person_of", "Jane Roe", "Acme Fund LP"),
                     ("control_person_of", "John Doe", "Acme Fund LP")}


@pytest.mark.parametrize("text", [
    # two funds: whose general partner is not told
    _SENTENCE.replace("Acme Fund LP", "Acme Fund LP and Beta Fund LP"),
    # another entity anywhere in the sentence: "its" may be its
    _SENTENCE.replace("the shares held", "the shares of Beta Corp. held"),
    _SENTENCE[:-1] + ", and by Beta Capital LLC.",
    # the one other entity has no general partner
    _SENTENCE.replace("Acme Fund LP", "Acme Capital LLC"),
    # the party named only after the aside
    "Jane Roe, the managing member of Acme GP LLC, its general partner, votes for Acme Fund LP.",
    # "its" of the sentence before: not looked at
    "Jane Roe is the managing member of Acme GP LLC, its general partner.",
    # a role of no known kind of entity
    "The shares held by Acme Fund LP are voted by Jane Roe, the managing member of Acme "
    "Capital LLC, its investment manager.",
    # a person's role after "its"
    "The shares held by Acme Fund LP are voted by Jane Roe, the sister of John Doe, its "
    "general partner.",
])
def test_ambiguous_not_read(text):
    assert aside_its_roles(text) == []
