"""Signatures, review 14: a "By" line naming the capacity before the entity ("By its general
partner, Acme GP, L.P.", S6).
"""

from __future__ import annotations

import pytest

from graphkit.parsers.signature_role_first import ROLE_FIRST, ROLE_FIRST_OPEN, role_first_line
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText


def _read(text: str):
    sec = read_signatures(SourceText(path="x.txt", text="SIGNATURE\n\n" + text))
    return ([(f.relation.value, f.holder, f.held, f.title) for f in sec.findings],
            [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures])


SIGNER = "By: /s/ John Doe\nName: John Doe\nTitle: Managing Member\n"


# --- S6: the capacity printed before the entity's name ----------------------------------------

@pytest.mark.parametrize("line, gp", [
    ("By its general partner, Acme GP, L.P.", "Acme GP, L.P."),
    ("By: its general partner, Acme GP, L.P.", "Acme GP, L.P."),
    ("By: Acme GP, L.P., its general partner", "Acme GP, L.P."),  # the usual order, as before
    ("BY ITS GENERAL PARTNER, ACME GP, L.P.", "ACME GP, L.P."),
    ("By its sole general partner Acme GP, L.P.", "Acme GP, L.P."),
    ("By: | its general partner, | Acme GP, L.P.", "Acme GP, L.P."),  # an HTML row's cells
    ("By its general partner,\nAcme GP, L.P.", "Acme GP, L.P."),  # the entity on the next line
    ("By: Its General Partner\n    Acme GP, L.P.", "Acme GP, L.P."),
])
def test_role_before_entity(line, gp):
    found, sigs = _read("ACME FUND, L.P.\n" + line + "\n" + SIGNER)
    assert found == [("general_partner_of", gp, "ACME FUND, L.P.", None),
                     ("managing_member_of", "John Doe", gp, None)]
    assert sigs == [("John Doe", "Managing Member", ["ACME FUND, L.P."])]


@pytest.mark.parametrize("line", ["By its Manager, Acme Management LLC",
                                  "By: its Manager, Acme Management LLC",
                                  "By: Acme Management LLC, its Manager"])
def test_manager_before_entity(line):
    found, _ = _read("ACME FUND, L.P.\n" + line + "\n" + SIGNER)
    assert found == [("investment_manager_of", "Acme Management LLC", "ACME FUND, L.P.", None),
                     ("managing_member_of", "John Doe", "Acme Management LLC", None)]


@pytest.mark.parametrize("lines", [
    "By its general partner, Acme GP, L.P.\nBy its general partner, Acme GP Holdings LLC\n",
    "By: Acme GP, L.P., its general partner\nBy: its general partner, Acme GP Holdings LLC\n",
    "By its general partner, Acme GP, L.P.\nBy: Acme GP Holdings LLC, its general partner\n",
])
def test_role_before_entity_two_levels(lines):
    found, _ = _read("ACME FUND, L.P.\n" + lines + SIGNER)
    assert found == [("general_partner_of", "Acme GP, L.P.", "ACME FUND, L.P.", None),
                     ("general_partner_of", "Acme GP Holdings LLC", "Acme GP, L.P.", None),
                     ("managing_member_of", "John Doe", "Acme GP Holdings LLC", None)]


@pytest.mark.parametrize("line", [
    "By its President, Jane Roe",  # an officer's title: no link of the chain
    "By its general partner",  # no entity named
    "By: its general partner,\nJohn Doe",  # a person's name alone under it: no entity
])
def test_role_before_entity_negative(line):
    found, sigs = _read("ACME FUND, L.P.\n" + line + "\n" + SIGNER)
    assert found == []
    assert sigs == [("John Doe", "Managing Member", ["ACME FUND, L.P."])]


@pytest.mark.parametrize("line, role, name", [
    ("By its general partner, Acme GP, L.P.", "general partner", "Acme GP, L.P."),
    ("By: its Manager, Acme Management LLC", "Manager", "Acme Management LLC"),
    ("BY: ITS GENERAL PARTNER | ACME GP, L.P.", "GENERAL PARTNER", "ACME GP, L.P."),
    ("By its investment adviser Acme Advisors, Inc.", "investment adviser", "Acme Advisors, Inc."),
    ("By: its managing member, Acme Holdings LLC,", "managing member", "Acme Holdings LLC"),
    ("By its trustee, Acme Trust Company", "trustee", "Acme Trust Company"),
])
def test_role_first_pattern(line, role, name):
    m = ROLE_FIRST.match(line)
    assert (m["role"], m["name"]) == (role, name)


@pytest.mark.parametrize("line", ["By: Acme GP, L.P., its general partner",
                                  "By its President, Jane Roe", "By: /s/ Jane Roe",
                                  "By its general partner,", "Its general partner, Acme GP"])
def test_role_first_pattern_negative(line):
    assert ROLE_FIRST.match(line) is None


@pytest.mark.parametrize("line, matches", [
    ("By its general partner,", True), ("By: Its General Partner", True),
    ("By: | its sole managing member:", True), ("By its general partner, Acme GP", False),
    ("By: its President", False)])
def test_role_first_open_pattern(line, matches):
    assert bool(ROLE_FIRST_OPEN.match(line)) is matches


@pytest.mark.parametrize("line, nxt, out", [
    ("By its general partner,", "Acme GP, L.P.", ("By: Acme GP, L.P., its general partner", True)),
    ("By its general partner,", "By: /s/ Jane Roe", None),
    ("By its general partner,", "Jane Roe", None),  # the signer's printed name
    ("By its general partner,", "Managing Member", None),
    ("By: Acme GP, L.P.,", "its general partner", None),
])
def test_role_first_line(line, nxt, out):
    assert role_first_line(line, nxt) == out
