"""Signature blocks, leftovers 8: a capacity line that lists several titles before its
company, a company line under a signature that names no reporting person (no title is then held
in the one reporting organization), and "By:" typed before a person's name with the title under
it."""

from __future__ import annotations

import pytest

from graphkit.models import Party
from graphkit.names import PartyKind
from graphkit.parsers.signature_capacity import (TITLE_PARTY_GAP, read_capacity,
                                                 split_title_party)
from graphkit.parsers.signature_findings import sole_filer_findings
from graphkit.parsers.signature_lines import BY_NAME_ROLE, looks_like_person_name
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText
from tests.holdout import fixture_record


def _sigs(rec):
    return [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures]


def _read(text: str):
    return read_signatures(SourceText(path="x.txt", text=text))


# --- 3. a capacity line with several titles before its company -----------------------------------

def test_made_up_capacity_line_with_a_list_of_titles():
    sec = _read("SIGNATURE\n\nDated: May 1, 2010\n\n/s/ Jane Roe\nJane Roe\n"
                "Vice President, Secretary and Treasurer, Acme Co.\n")
    assert [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures] == [
        ("Jane Roe", "Vice President, Secretary and Treasurer", ["Acme Co."])]


@pytest.mark.parametrize("line, parts", [
    ("Vice President, Secretary and Treasurer, Acme Co.",
     ("Vice President, Secretary and Treasurer", "Acme Co.")),
    ("President, Chief Executive Officer, Acme Holdings, Inc.",
     ("President, Chief Executive Officer", "Acme Holdings, Inc.")),
    ("Senior Vice President, Acme Holdings, Inc.", ("Senior Vice President", "Acme Holdings, Inc.")),
    ("Vice President, Acme, Inc.", ("Vice President", "Acme, Inc.")),
    ("Vice President of Acme Advisers, LLC", ("Vice President", "Acme Advisers, LLC")),
    ("Chairman of the Board, Acme Inc.", ("Chairman of the Board", "Acme Inc.")),
    ("Senior Vice President, Secretary and General Counsel", None),  # no company
    ("Member of Acme GP, LLC, its General Partner", None),  # a chain, read apart
    ("Chairman of the Board", None),
])
def test_split_title_party(line, parts):
    assert split_title_party(line) == parts
    cap = read_capacity(line)
    assert ((cap.title, cap.party) if cap else None) == parts


@pytest.mark.parametrize("line, gaps", [
    ("Vice President, Secretary, Acme Co.", [", ", ", "]),
    ("Vice President of Acme LLC", [" of "]),
    ("Officer", []),
    ("Chief Officer Acme", []),  # "of" only as a word
])
def test_title_party_gap_pattern(line, gaps):
    assert [m[0] for m in TITLE_PARTY_GAP.finditer(line)] == gaps


# --- 4. a company line under a signature that names no reporting person -------------------------

_ACME = Party(id="p1", name="Acme Holdings Inc.", kind=PartyKind.ORGANIZATION)


def _sole(text: str, lookup=lambda name: None):
    return [(f.relation.value, f.holder, f.held)
            for f in sole_filer_findings(_read(text), [_ACME], lookup)]


def test_company_line_of_another_company_stops_the_sole_filer_rule():
    # "By: /s/ Jane Roe" / "President" / "Acme Subsidiary LLC": Jane Roe is President of the
    # subsidiary, not of the one reporting person
    text = "SIGNATURE\n\nDated: May 1, 2010\n\nBy: /s/ Jane Roe\nPresident\nAcme Subsidiary LLC\n"
    assert _read(text).unsigned == ["Acme Subsidiary LLC"]
    assert _sole(text) == []


def test_company_line_naming_the_reporting_person_keeps_the_sole_filer_rule():
    text = "SIGNATURE\n\nDated: May 1, 2010\n\nBy: /s/ Jane Roe\nPresident\nACME HOLDINGS INC.\n"
    assert _sole(text) == [("officer_of", "Jane Roe", "Acme Holdings Inc.")]
    text = "SIGNATURE\n\nDated: May 1, 2010\n\nBy: /s/ Jane Roe\nPresident\nAcme Holdings\n"
    assert _sole(text, lambda name: _ACME if name == "Acme Holdings" else None) == [
        ("officer_of", "Jane Roe", "Acme Holdings Inc.")]


def test_no_company_line_keeps_the_sole_filer_rule():
    text = "SIGNATURE\n\nDated: May 1, 2010\n\nBy: /s/ Jane Roe\nPresident\n"
    assert _read(text).unsigned == []
    assert _sole(text) == [("officer_of", "Jane Roe", "Acme Holdings Inc.")]


def test_stacked_blocks_leave_no_unsigned_company():
    sec = _read("SIGNATURE\n\nDated: May 1, 2010\n\nACME FUND I, L.P.\nBy: /s/ Jane Roe\n"
                "Title: President\nACME FUND II, L.P.\nBy: /s/ Jane Roe\nTitle: President\n")
    assert sec.unsigned == []
    assert [s.on_behalf_of for s in sec.signatures] == [["ACME FUND I, L.P."],
                                                          ["ACME FUND II, L.P."]]


# --- 5. "By:" typed before a person's name, the title under it ----------------------------------

def test_by_and_a_typed_name_in_an_html_table_is_a_signature():
    # 2002_SC_13GA_887733.txt l.642-643: "<P>By:&#9;Aaron H. Braun</P>" / "<P>&#9;President</TD>"
    rec = fixture_record("sigs/2002_SC_13GA_887733.txt")
    assert _sigs(rec) == [
        ("Aaron H. Braun", "President", ["Willow Creek Capital Management"]),
        ("Aaron H. Braun", "President", ["WC Capital Management, LLC"])]


@pytest.mark.parametrize("text, sig", [
    ("ACME CAPITAL MANAGEMENT\n\nBy:\tJane Q. Roe\n\tPresident\n",
     ("Jane Q. Roe", "President", ["ACME CAPITAL MANAGEMENT"])),
    ("Acme Capital, Inc.\n\nBy:     Jane Q. Roe\n        Chief Executive Officer\n",
     ("Jane Q. Roe", "Chief Executive Officer", ["Acme Capital, Inc."])),
])
def test_made_up_by_and_a_typed_name(text, sig):
    sec = _read("SIGNATURE\n\nAfter reasonable inquiry ..., I certify that the information set "
                "forth in this statement is true.\n\nDated: May 1, 2010\n\n" + text)
    assert [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures] == [sig]


@pytest.mark.parametrize("text", [
    "ACME CAPITAL\n\nBy: ____________________\nPresident\n",  # a line to sign on
    "ACME CAPITAL\n\nBy:\n\nPresident\n",
    "ACME CAPITAL\n\nBy: Acme\nPresident\n",  # one word: no person's name
])
def test_made_up_by_without_a_name_is_no_signature(text):
    assert _read("SIGNATURE\n\nDated: May 1, 2010\n\n" + text).signatures == []


@pytest.mark.parametrize("line, name", [
    ("By:\tJane Q. Roe", "Jane Q. Roe"),
    ("By: Jane Q. Roe, Vice President", "Jane Q. Roe"),
    ("By: ________", None),
    ("By:", None),
])
def test_by_name_role_pattern_reads_a_person(line, name):
    m = BY_NAME_ROLE.match(line)
    got = m["name"] if m and looks_like_person_name(m["name"]) else None
    assert got == name
