"""Signatures, review 12: one pattern of officer titles for signers and rosters
(:mod:`graphkit.parsers.officer_titles`); an attorney-in-fact or agent signing for an officer
gives the officer's relation to the principal, never to the attorney (review A D4); the
officer_of title keeps only the offices (review A D5); "Vice President of the General
Partner" is an officer of the general partner the block names.
"""

from __future__ import annotations

import pytest

from graphkit.models import Evidence
from graphkit.parsers import signature_roles as roles
from graphkit.parsers.officer_titles import OFFICER_TITLE, WHOLE_OFFICER_TITLE
from graphkit.parsers.schedule13_roster_titles import OFFICER_TITLE as ROSTER_OFFICER_TITLE
from graphkit.parsers.schedule13_roster_titles import read_roles
from graphkit.parsers.signature_findings import title_findings
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText
from tests.holdout import fixture_record, holdout_record


def _findings(text):
    sec = read_signatures(SourceText(path="x.txt", text=text))
    return [(f.relation.value, f.holder, f.held, f.title) for f in sec.findings]


def _block(name: str, title: str, party: str = "ACME HOLDINGS, INC.") -> str:
    return f"SIGNATURE\n\n{party}\n\nBy: /s/ John Doe\n    Name: {name}\n    Title: {title}\n"


# --- 1. one pattern of officer titles -------------------------------------------------------

def test_roster_and_signer_read_one_pattern():
    assert ROSTER_OFFICER_TITLE is OFFICER_TITLE
    assert roles.OFFICER_TITLE is WHOLE_OFFICER_TITLE


@pytest.mark.parametrize("text, office", [
    ("Vice President", "Vice President"), ("Sr. V.P. & Gen'l Counsel", "Sr. V.P."),
    ("VP & CFO", "VP"), ("EVP and Director", "EVP"), ("Vice-President", "Vice-President"),
    ("Vice Chairman", "Vice Chairman"), ("Principal Accounting Officer", "Principal Accounting Officer"),
    ("Co-Chief Investment Officer", "Co-Chief Investment Officer"), ("CIO", "CIO"),
    ("Deputy General Counsel", "Deputy General Counsel"), ("Mng. Director", "Mng. Director"),
    ("Vice President of Sales", "Vice President"), ("First Vice President", "First Vice President"),
])
def test_officer_title_at_start(text, office):
    assert OFFICER_TITLE.match(text).group() == office


@pytest.mark.parametrize("text", ["Authorized Signatory", "Compliance Officer", "Portfolio Manager",
                                  "Principal", "Member", "VPN Holdings", "Chief Officer",
                                  "Attorney-in-Fact", "Generally Counsel"])
def test_officer_title_negative(text):
    assert OFFICER_TITLE.match(text) is None


@pytest.mark.parametrize("title, found", [
    ("Vice President - Administration", True), ("Vice President of Investments", True),
    ("Principal Financial Officer", True), ("Vice Chairman", True), ("Vice-President", True),
    ("Executive Officer", True),
    ("Vice President of the General Partner", False), ("Vice President, Acme Inc.", False),
    ("Chairman of the Board", False), ("Authorized Signatory", False),
])
def test_whole_officer_title(title, found):
    assert (WHOLE_OFFICER_TITLE.match(title) is not None) is found


def test_roster_reads_vp_rows():
    # the rows an unseen roster prints (/tmp/unseen/b REPORT): "VP & Director", "VP & CFO"
    assert read_roles("VP & Director") == (True, ["VP"])
    assert read_roles("VP & CFO") == (False, ["VP", "CFO"])


# --- 2. an attorney-in-fact or agent (review A D4) -----------------------------------------

@pytest.mark.parametrize("text, principal", [
    # arch_venture_schedule13d.xml, line 257: "<title>Mark McDonnell, as Attorney-in-Fact for
    # Keith Crandell, Managing Director</title>"
    ("Mark McDonnell, as Attorney-in-Fact for Keith Crandell, Managing Director",
     "Keith Crandell"),
    ("John Doe, as attorney-in-fact for Jane Roe", "Jane Roe"),
    ("Attorney-in-Fact for Jane Q. Roe, Vice President", "Jane Q. Roe"),
    ("John Doe, as agent for Jane Roe", "Jane Roe"),
    ("Attorney in Fact for Jane Roe pursuant to Power of Attorney", "Jane Roe"),
    ("Vice President, as Attorney-in-Fact", None),
    ("as attorney-in-fact for Acme Fund, L.P.", None),
])
def test_read_agency(text, principal):
    assert roles.read_agency(text) == roles.Agency(principal)


@pytest.mark.parametrize("text", ["Managing Director and Attorney-in-Fact", "Vice President",
                                  "Administrative Agent", "Agent", "Jane Roe, Attorney-in-Fact"])
def test_read_agency_negative(text):
    assert roles.read_agency(text) is None


@pytest.mark.parametrize("name, title, want", [
    # review A t22 / t23: the principal is the officer, never the attorney
    ("John Doe, as attorney-in-fact for Jane Roe", "Vice President",
     [("officer_of", "Jane Roe", "ACME HOLDINGS, INC.", "Vice President")]),
    ("John Doe", "Attorney-in-Fact for Jane Roe, Vice President",
     [("officer_of", "Jane Roe", "ACME HOLDINGS, INC.", "Vice President")]),
    ("John Doe, as agent for Jane Roe", "Vice President",
     [("officer_of", "Jane Roe", "ACME HOLDINGS, INC.", "Vice President")]),
    # the control titles too (review A t22p / t23p)
    ("John Doe, as attorney-in-fact for Jane Roe", "President",
     [("officer_of", "Jane Roe", "ACME HOLDINGS, INC.", "President")]),
    ("John Doe", "Attorney-in-Fact for Jane Roe, President",
     [("officer_of", "Jane Roe", "ACME HOLDINGS, INC.", "President")]),
    # no person named: no one's title
    ("John Doe", "Vice President, as Attorney-in-Fact", []),
    ("John Doe, as attorney-in-fact for Acme Partners LLC", "President", []),
    # the signer's own offices, a signing authority among them (review A D5)
    ("John Doe", "Managing Director and Attorney-in-Fact",
     [("officer_of", "John Doe", "ACME HOLDINGS, INC.", "Managing Director")]),
])
def test_attorney_in_fact_block(name, title, want):
    assert _findings(_block(name, title)) == want


def test_title_findings_agency():
    ev = Evidence(source="x.txt")
    f = title_findings("John Doe", "Attorney-in-Fact for Jane Roe, Treasurer", "Acme Inc.", ev)
    assert [(x.holder, x.title) for x in f] == [("Jane Roe", "Treasurer")]


# --- 3. the officer_of title keeps the offices (review A D5) --------------------------------

@pytest.mark.parametrize("title, office", [
    ("Authorized Signatory and Vice President", "Vice President"),
    ("Vice President and Authorized Signatory", "Vice President"),
    ("Managing Director and Attorney-in-Fact", "Managing Director"),
    ("Chief Compliance Officer / Attorney-in-Fact", "Chief Compliance Officer"),
    ("Assistant Vice President & Compliance Officer",
     "Assistant Vice President & Compliance Officer"),  # a job, not a signing authority
    ("COO & Senior Counsel", "COO & Senior Counsel"),
    ("President, Authorized Signatory, Treasurer", "President and Treasurer"),
    ("Vice President and Treasurer", "Vice President and Treasurer"),
    ("Vice President - Legal", "Vice President - Legal"),
    ("Authorized Signatory", "Authorized Signatory"),
])
def test_office_title(title, office):
    assert roles.office_title(title) == office


def test_office_title_on_a_real_filing():
    rec = holdout_record("1995_SC_13G_3499.txt")
    # line 283: "Dorothy F. Crowe Assistant Vice President & Compliance Officer" under
    # "FIRST UNION CORPORATION": her jobs as printed (no signing authority among them)
    names = {p.id: p.name for p in rec.parties}
    assert {(names[c.source], c.title) for c in rec.claims if c.relation.value == "officer_of"} \
        == {("Dorothy F. Crowe", "Assistant Vice President & Compliance Officer")}


def test_office_title_torchmark():
    rec = fixture_record("1994_SC_13D_49588.txt")
    # lines 444-450: "TORCHMARK CORPORATION" / "By:  /s/ Carol McCoy" / "Carol McCoy" /
    # "Associate Counsel and" / "Assistant Secretary": a lawyer of the company and its
    # Assistant Secretary, the title kept whole (two jobs, no signing authority)
    names = {p.id: p.name for p in rec.parties}
    assert {(names[c.source], names[c.target], c.title) for c in rec.claims
            if c.relation.value == "officer_of"} == \
        {("Carol McCoy", "Torchmark Corporation", "Associate Counsel and Assistant Secretary")}


# --- 4. "Vice President of the General Partner" --------------------------------------------

@pytest.mark.parametrize("title, chain, want", [
    ("Vice President of the General Partner", [("Acme GP LLC", "general partner")],
     ("Vice President", "Acme GP LLC")),
    ("Managing Member of its General Partner", [("Acme GP LLC", "sole general partner")],
     ("Managing Member", "Acme GP LLC")),
    ("Chief Financial Officer of the Investment Manager",
     [("Acme GP LLC", "general partner"), ("Acme Advisers, Inc.", "investment manager")],
     ("Chief Financial Officer", "Acme Advisers, Inc.")),
    ("Vice President of the General Partner", [("Acme Advisers, Inc.", "investment manager")],
     ("", "")),
    ("Vice President of the General Partner", [], ("", "")),
    ("Vice President", [("Acme GP LLC", "general partner")], None),
    ("Vice President of Investments", [("Acme GP LLC", "general partner")], None),
])
def test_entity_by_role(title, chain, want):
    assert roles.entity_by_role(title, chain) == want


@pytest.mark.parametrize("text, want", [
    ("SIGNATURE\n\nACME FUND, L.P.\nBy: Acme GP, Inc., its General Partner\n\n"
     "By: /s/ Jane Q. Roe\nName: Jane Q. Roe\nTitle: Vice President of the General Partner\n",
     [("general_partner_of", "Acme GP, Inc.", "ACME FUND, L.P.", None),
      ("officer_of", "Jane Q. Roe", "Acme GP, Inc.", "Vice President")]),
    # the block names no general partner: no one's officer
    ("SIGNATURE\n\nACME FUND, L.P.\n\nBy: /s/ Jane Q. Roe\nName: Jane Q. Roe\n"
     "Title: Vice President of the General Partner\n", []),
])
def test_officer_of_the_general_partner_block(text, want):
    assert _findings(text) == want


# --- review 12 B: regressions found with made-up inputs (/tmp/s12/review_b.md) ---------------

@pytest.mark.parametrize("title, holder, office", [
    ("Managing Director and Attorney-in-Fact for Jane Roe", "John Doe", "Managing Director"),
    ("Vice President, Attorney-in-Fact for Jane Roe", "John Doe", "Vice President"),
    ("Attorney-in-Fact for Jane Roe, Vice President", "Jane Roe", "Vice President"),
])
def test_own_titles_before_an_attorney_phrase(title, holder, office):
    ev = Evidence(source="x.txt")
    assert [(f.holder, f.title) for f in title_findings("John Doe", title, "Acme Inc.", ev)] \
        == [(holder, office)]


def test_a_firm_named_as_principal_is_no_officer():
    ev = Evidence(source="x.txt")
    assert title_findings("John Doe", "as attorney-in-fact for Acme Capital LLC, Vice President",
                          "Acme Inc.", ev) == []


@pytest.mark.parametrize("text, opens", [
    ("CTO REALTY GROWTH, INC.", False),
    ("CIO CAPITAL PARTNERS LLC", False),
    ("EVP and Director", True),
    ("Vice President of Sales", True),
    ("CFO, Treasurer", True),
    ("Chief Executive Officer", True),
])
def test_roster_office_against_a_company_name(text, opens):
    from graphkit.parsers.officer_titles import opens_with_office
    assert opens_with_office(text) is opens


def test_co_chairman_of_the_board_is_a_seat():
    from graphkit.parsers.officer_titles import OFFICER_TITLE
    assert OFFICER_TITLE.match("Co-Chairman of the Board") is None
    assert OFFICER_TITLE.match("Co-Chairman").group() == "Co-Chairman"
