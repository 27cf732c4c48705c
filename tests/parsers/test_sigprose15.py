"""Signature blocks and relationship prose, review 15 (made-up inputs of reviews S14 D8 and P14
B/C, in the shapes of Schedule 13D/13G signature blocks and Item 2 text).

Signatures:

A1. A name printed surname first with a given name the table of given names does not know:
    "/s/ Roe, Kay, Trustee" is Kay Roe, Trustee (a title after a second comma says "Kay" is a
    given name); "/s/ Roe, Kay" is Kay Roe when the filing names her "Kay Roe".
A2. "By: Its General Partner" (the capacity alone, its entity not named under it) is no
    signer "Its General" with the title "Partner".
"""

from __future__ import annotations

import pytest

from graphkit.parsers.signature_surname_first import (
    GIVEN_SHAPE, NATURAL_ORDER, first_name_first)
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText
from tests.parsers.test_review14_sigs import _filing, _parties


def _read(text: str):
    sec = read_signatures(SourceText(path="x.txt", text="SIGNATURE\n\n" + text))
    return ([(f.relation.value, f.holder, f.held, f.title) for f in sec.findings],
            [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures])


# --- A1: surname first, a given name the table does not know -----------------------------------

@pytest.mark.parametrize("line, signer, title", [
    ("/s/ Roe, Jane, Trustee", "Jane Roe", "Trustee"),  # already right on main
    ("/s/ Roe, Jane Q., Trustee", "Jane Q. Roe", "Trustee"),  # already right on main
    ("/s/ Roe, Kay, Trustee", "Kay Roe", "Trustee"),
    ("/s/ ROE, KAY, TRUSTEE", "KAY ROE", "TRUSTEE"),
    ("/s/ Roe, Kay, Managing Member", "Kay Roe", "Managing Member"),
    ("/s/ Roe, Priya Q.", "Priya Q. Roe", None),  # a middle initial, as before
    # not a given name: as before
    ("/s/ Roe, VP, Trustee", "Roe", "VP, Trustee"),
    ("/s/ Roe, Founder", "Roe", "Founder"),
    ("/s/ Roe, Personally", "Roe", "Personally"),
    ("/s/ Roe, Kay", "Roe", "Kay"),  # nothing says "Kay" is a given name
    ("/s/ Roe, Kay\nKay Roe", "Kay Roe", None),  # the printed name says so
])
def test_surname_first_unknown_given_name(line, signer, title):
    _, sigs = _read(line + "\n")
    assert sigs == [(signer, title, [])]


@pytest.mark.parametrize("name, text, natural", [
    ("Roe, Kay, Trustee", "", "Kay Roe, Trustee"),
    ("Roe, Kay, Co-Trustee", "", "Kay Roe, Co-Trustee"),
    ("Roe, Kay", "", "Roe, Kay"),
    ("Roe, Kay", "1. Names of Reporting Persons.  Kay Roe\n", "Kay Roe"),
    ("Roe, Kay", "KAY Q. ROE", "Kay Roe"),
    ("Roe, Kay", "Kay Roebuck", "Roe, Kay"),
    ("Goldman, Sachs", "Goldman Sachs Group", "Goldman, Sachs"),
    ("Roe, VP", "VP Roe", "Roe, VP"),
    ("Roe, CPA, Trustee", "", "Roe, CPA, Trustee"),
    ("Roe, Founder, Trustee", "", "Roe, Founder, Trustee"),
    ("Roe, Ph.D., Trustee", "", "Roe, Ph.D., Trustee"),
    ("Roe, Jr., Trustee", "", "Roe, Jr., Trustee"),
    ("ROE, VP", "VP ROE", "ROE, VP"),  # an abbreviation in capitals: no given name
    ("Acme, Inc.", "Inc. Acme", "Acme, Inc."),
])
def test_first_name_first_unknown_given_name(name, text, natural):
    assert first_name_first(name, text) == natural


@pytest.mark.parametrize("word, ok", [("Kay", True), ("Anne-Marie", True), ("D'Arcy", True),
                                      ("KAY", True), ("Ph.D.", False), ("K", False),
                                      ("kay", False), ("D'ARCY", True), ("Roe.", False)])
def test_given_shape(word, ok):
    assert bool(GIVEN_SHAPE.match(word)) is ok


def test_natural_order_template():
    import re
    pat = NATURAL_ORDER.format(given="Kay", last="Roe")
    assert re.search(pat, "Kay Roe", re.I) and re.search(pat, "KAY Q. ROE", re.I)
    assert not re.search(pat, "Kay Roebuck", re.I) and not re.search(pat, "McKay Roe", re.I)


def test_surname_first_unknown_given_name_whole_filing(tmp_path):
    rec = _filing(tmp_path, [("Kay Roe", "IN")], "/s/ Roe, Kay\n")
    assert [(s.signer, s.title) for s in rec.signatures] == [("Kay Roe", None)]
    assert _parties(rec) == {"Acme, Inc.": "organization", "Kay Roe": "person"}
    rec = _filing(tmp_path, [("Kay Roe", "IN")], "/s/ Roe, Kay, Trustee\n")
    assert [(s.signer, s.title) for s in rec.signatures] == [("Kay Roe", "Trustee")]


# --- A2: the capacity alone on a "By" line, no entity under it -------------------------------

@pytest.mark.parametrize("under, title", [
    ("John Doe, Managing Member\n/s/ John Doe\n", None),  # the title above "/s/": not read
    ("------------------------\nBy: /s/ John Doe\nName: John Doe\nTitle: Managing Member\n",
     "Managing Member"),
    ("John Doe\nBy: /s/ John Doe\nName: John Doe\nTitle: Managing Member\n", "Managing Member"),
    ("/s/ John Doe\nJohn Doe, Managing Member\n", "Managing Member"),
    ("\nBy: /s/ John Doe\nName: John Doe\nTitle: Managing Member\n", "Managing Member"),
])
def test_capacity_alone_is_no_signer(under, title):
    found, sigs = _read("ACME FUND, L.P.\nBy: Its General Partner\n" + under)
    assert found == []
    assert sigs == [("John Doe", title, ["ACME FUND, L.P."])]


def test_capacity_alone_entity_under_it_as_before():
    found, sigs = _read("ACME FUND, L.P.\n\nBy: Its General Partner,\n    ACME GP, LLC\n\n"
                        "    By: /s/ John Doe\n        Name: John Doe\n"
                        "        Title: Managing Member\n")
    assert found == [("general_partner_of", "ACME GP, LLC", "ACME FUND, L.P.", None),
                     ("managing_member_of", "John Doe", "ACME GP, LLC", None)]
    assert sigs == [("John Doe", "Managing Member", ["ACME FUND, L.P."])]


@pytest.mark.parametrize("line, signer, title", [
    ("By: Jane Roe, Vice President", "Jane Roe", "Vice President"),  # a typed signer, as before
    ("By: John Doe", "John Doe", None),
])
def test_typed_by_signer_as_before(line, signer, title):
    _, sigs = _read("ACME FUND, L.P.\n" + line + "\n")
    assert sigs == [(signer, title, ["ACME FUND, L.P."])]


def test_capacity_alone_whole_filing(tmp_path):
    rec = _filing(tmp_path, [("Acme Fund, L.P.", "PN")],
                  "ACME FUND, L.P.\nBy: Its General Partner\nJohn Doe, Managing Member\n"
                  "/s/ John Doe\n")
    assert "Its General" not in _parties(rec)
    assert [(s.signer, s.on_behalf_of) for s in rec.signatures] == [
        ("John Doe", ["ACME FUND, L.P."])]
