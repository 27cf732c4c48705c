"""A control chain stated in a footnote and in Item 2 (real 13D/A, 2005): "X's power is exercised
by its general partner, Y" (graphkit.parsers.prose_its.EXERCISED_BY_ITS_ROLE), "A, B and C,
members of Z" (a bare plural role after a list: prose_role_patterns.BARE_PLURAL_ROLE in
HOLDER_THE_ROLE_OF), and a manager's power "pursuant to investment management agreements with
A and B" (prose_agreement_patterns.POWER_UNDER_AGREEMENT_WITH). All names are made up."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_its import EXERCISED_BY_ITS_ROLE, ITS_ROLE_CUE
from graphkit.source import SourceText


def rels(text):
    return sorted((f.relation.value, f.holder, f.held)
                  for f in find_relationships(SourceText(path="t.txt", text=text)))


# --- "X's power is exercised by its general partner, Y" -----------------------------------

@pytest.mark.parametrize("text, expected", [
    # main read only the "whose" clause after it
    ("(2) Acme Investments' power is exercised by its general partner, Acme Partners II L.P., "
     "whose general partner is Acme Management L.L.C.",
     [("general_partner_of", "Acme Management L.L.C.", "Acme Partners II L.P."),
      ("general_partner_of", "Acme Partners II L.P.", "Acme Investments")]),
    ("Acme Fund LP's power is exercised by its general partner, Acme GP LLC.",
     [("general_partner_of", "Acme GP LLC", "Acme Fund LP")]),
    ("Acme Fund LP's voting and dispositive power over the Shares is exercised through its "
     "general partner, Acme GP LLC.", [("general_partner_of", "Acme GP LLC", "Acme Fund LP")]),
    ("Acme Fund LP's investment power is exercised by Acme GP LLC, its general partner.",
     [("general_partner_of", "Acme GP LLC", "Acme Fund LP")]),
    ("Acme Fund Ltd.'s power is exercised by its investment manager, Acme Advisers LLC.",
     [("investment_manager_of", "Acme Advisers LLC", "Acme Fund Ltd.")]),
    ("The Fund's power is exercised by its investment manager, Acme Advisers LLC.",
     [("investment_manager_of", "Acme Advisers LLC", "Fund")]),  # the term, bound by the caller
])
def test_power_exercised_by_its_role(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text", [
    "Acme Fund's manager's power is exercised by its general partner, Acme GP LLC.",  # manager's
    "Each Fund's power is exercised by its general partner, Acme GP LLC.",  # every fund's
    "Acme Fund LP's power is not exercised by its general partner, Acme GP LLC.",
    "Acme Fund LP's power was exercised by its general partner, Acme GP LLC, until 2004.",
    "Such power is exercised by its general partner, Acme GP LLC.",  # no possessor named
    "Jane Roe's power is exercised by her attorney, John Doe.",
])
def test_power_exercised_reads_nothing_else(text):
    assert rels(text) == []


def test_exercised_by_its_role_pattern_and_cue():
    s = "(2) Acme Partners' power is exercised by its general partner, Acme GP LLC, whose"
    m = EXERCISED_BY_ITS_ROLE.search(s)
    assert (m["held"], m["role"], m["holder"]) == ("Acme Partners", "its general partner",
                                                   "Acme GP LLC")
    assert ITS_ROLE_CUE.search(m.group(0))
    m = EXERCISED_BY_ITS_ROLE.search("Acme Fund LP's power is exercised by Acme GP LLC, its "
                                     "managing member.")
    assert (m["held"], m["holder2"], m["role2"]) == ("Acme Fund LP", "Acme GP LLC",
                                                     "its managing member")
