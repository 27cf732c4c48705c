"""Control stated with the verb "control" gives ``control_person_of``
(graphkit.parsers.prose_control_patterns); a role stated with it is read as the role. All names
are made up."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_control_patterns import (
    CONTROLLED_BY, CONTROLLED_BY_CUE, CONTROLS, CONTROLS_CUE, ENTITY_CONTROLLED_BY)
from graphkit.source import SourceText

CP = "control_person_of"


def rels(text):
    return sorted((f.relation.value, f.holder, f.held)
                  for f in find_relationships(SourceText(path="t.txt", text=text)))


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe controls Acme GP LLC.", [(CP, "Jane Roe", "Acme GP LLC")]),
    ("Jane Roe may be deemed to control Acme GP LLC.", [(CP, "Jane Roe", "Acme GP LLC")]),
    ("Mr. Roe may be deemed to control the Issuer.", [(CP, "Mr. Roe", "Issuer")]),
    ("Acme GP LLC is controlled by Jane Roe.", [(CP, "Jane Roe", "Acme GP LLC")]),
    ("Acme GP LLC, the general partner of Acme Fund LP, is controlled by Jane Roe.",
     [(CP, "Jane Roe", "Acme GP LLC"), ("general_partner_of", "Acme GP LLC", "Acme Fund LP")]),
    ("The shares are held by Acme Partners LLC, an entity controlled by Mr. Roe.",
     [(CP, "Mr. Roe", "Acme Partners LLC")]),
    ("The shares are held by Acme Trust, a trust controlled by Jane Roe and John Doe.",
     [(CP, "Jane Roe", "Acme Trust"), (CP, "John Doe", "Acme Trust")]),
    ("Acme Fund LP, which is controlled by Acme Capital LLC, holds 1,000 shares.",
     [(CP, "Acme Capital LLC", "Acme Fund LP")]),
    ("Acme Holdings LLC is jointly controlled by Jane Roe and John Doe; Acme Fund LP is "
     "controlled by Acme Holdings LLC.",
     [(CP, "Acme Holdings LLC", "Acme Fund LP"), (CP, "Jane Roe", "Acme Holdings LLC"),
      (CP, "John Doe", "Acme Holdings LLC")]),
    ("Beta Holdings, Inc., a California corporation owned and controlled by Jane Roe, holds "
     "1,000 shares.", [("beneficial_owner_of", "Beta Holdings, Inc.", ""),
                       (CP, "Jane Roe", "Beta Holdings, Inc.")]),
    ("Beta Holdings, Inc. is owned and controlled by Jane Roe and John Roe.",
     [(CP, "Jane Roe", "Beta Holdings, Inc."), (CP, "John Roe", "Beta Holdings, Inc.")]),
    # a role stated with it is the role's
    ("Acme GP LLC is controlled by Jane Roe, its managing member.",
     [("managing_member_of", "Jane Roe", "Acme GP LLC")]),
    ("Acme Capital LP is controlled by its general partner, Acme GP LLC.",
     [("general_partner_of", "Acme GP LLC", "Acme Capital LP")]),
    ("Acme Capital LP is controlled by its sole general partner, Acme GP LLC, which is "
     "controlled by Jane Roe.", [(CP, "Jane Roe", "Acme GP LLC"),
                                 ("general_partner_of", "Acme GP LLC", "Acme Capital LP")]),
])
def test_control_read(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text", [
    "Acme GP LLC is not controlled by Jane Roe.",
    "Jane Roe does not control Acme GP LLC.",
    "Neither Jane Roe nor John Doe controls Acme GP LLC.",
    "Jane Roe controls 60% of the voting power of Acme GP LLC.",  # a stake, not the party
    "The Reporting Persons may be deemed to control the Issuer.",  # a group
    "Jane Roe controlled Acme GP LLC until 2005.",  # the past
    "Jane Roe, who controls Acme GP LLC, may be deemed to beneficially own the shares.",
    "Acme Fund LP is controlled by the Reporting Persons.",
])
def test_control_not_read(text):
    assert [r for r in rels(text) if r[0] == CP] == []


@pytest.mark.parametrize("pattern, cue, text", [
    (CONTROLS, CONTROLS_CUE, "Jane Roe controls Acme GP LLC."),
    (CONTROLS, CONTROLS_CUE, "Jane Roe may be deemed to control Acme GP LLC."),
    (CONTROLLED_BY, CONTROLLED_BY_CUE, "Acme GP LLC is controlled by Jane Roe."),
    (ENTITY_CONTROLLED_BY, CONTROLLED_BY_CUE, "Acme LLC, an entity controlled by Jane Roe."),
])
def test_cue_holds_every_match(pattern, cue, text):
    m = pattern.search(text)
    assert m is not None and cue.search(m.group(0)) is not None


@pytest.mark.parametrize("text", [
    "Subsidiaries of Gamma Inc. are the general partners of Acme Entertainment Company, L.P.",
    "Certain affiliates of Gamma Inc. are the general partners of Acme Fund LP.",
])
def test_unnamed_group_is_no_party(text):
    """A real 1994 13D/A: "Subsidiaries of <parent> are the general partners of <partnership>"
    (names made up here): the subsidiaries are not named, and no party "Subsidiaries of ..." is
    made."""
    assert rels(text) == []
