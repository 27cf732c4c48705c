"""Signatures, leftovers 11: a signer's officer title that states no control ("Vice
President", "Chief Operating Officer", "Assistant Secretary") gives officer_of the company
signed for (not of a partnership, a trust or a person; not "Authorized Signatory"); a
signature field's capacities parted at a comma before a second person's title ("Director of
Acme Inc, Director of Beta Inc"), a title gaining a department that holds a business word
("Member of the Board of Managers of ...", "Vice President of Investments, ..."), one title
held twice named once; a reporting firm's name typed under a "Signature" caption is no signer.
"""

from __future__ import annotations

import pytest

from graphkit.models import Party, PartyKind
from graphkit.parsers import signature_field as sf
from graphkit.parsers import signature_roles as roles
from graphkit.parsers.schedule13_reporting import reporting_firms
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText
from tests.holdout import holdout_record


def _officers(rec) -> dict[tuple[str, str], object]:
    names = {p.id: p.name for p in rec.parties}
    return {(names[c.source], names[c.target]): c.title for c in rec.claims
            if c.relation.value == "officer_of"}


def _sigs(sigs):
    return [(s.signer, s.title, s.on_behalf_of) for s in sigs]


# --- 1. an officer's title gives officer_of the company signed for -------------------------

def test_chief_operating_officer_signing_for_the_company():
    rec = holdout_record("2022_SC_13D_1283140.txt")
    # lines 710-724: "THE SINCLAIR COMPANIES" / "By: /s/ Ross B. Matthews" / "Name:" "Ross B.
    # Matthews" / "Title:" "Chief Operating Officer"
    assert _sigs(rec.signatures)[0] == ("Ross B. Matthews", "Chief Operating Officer",
                                        ["THE SINCLAIR COMPANIES"])
    assert _officers(rec)[("Ross B. Matthews", "The Sinclair Companies")] == \
        "Chief Operating Officer"
    # no control relation from the title: the control analysis is unchanged
    names = {p.id: p.name for p in rec.parties}
    assert not [c for c in rec.claims if names[c.source] == "Ross B. Matthews"
                and c.relation.value != "officer_of"]


def test_co_managing_director_signing_for_the_company():
    rec = holdout_record("2002_SC_13D_1177328.txt")
    # lines 1128-1140: "By: /s/ Aviel Raviv" / "Name: Aviel Raviv" / "Title: Co-Managing
    # Director" under "BARAN GROUP LTD."; prose (line 1409) says "co-managing director" too
    assert _officers(rec)[("Aviel Raviv", "Baran Group Ltd.")] == "Co-Managing Director"


def test_assistant_vice_president_signing_for_the_bank():
    rec = holdout_record("1995_SC_13G_3499.txt")
    # line 283: "Dorothy F. Crowe Assistant Vice President & Compliance Officer" under
    # "FIRST UNION CORPORATION": an assistant vice president is an officer of the corporation
    assert _officers(rec) == {("Dorothy F. Crowe", "First Union Corporation"):
                              "Assistant Vice President & Compliance Officer"}


@pytest.mark.parametrize("title, found", [
    ("Vice President", True), ("Executive Vice President", True), ("Senior V.P.", True),
    ("Assistant Secretary", True), ("Treasurer", True), ("General Counsel", True),
    ("Chief Operating Officer", True), ("Chief Financial Officer", True), ("CFO", True),
    ("Chief Compliance Officer", True), ("Senior Managing Director", True),
    ("Co-Managing Director", True), ("Vice President - Administration", True),
    ("Vice President-Legal", True), ("Vice President of Investments", True),
    ("VICE PRESIDENT", True),
    ("Authorized Signatory", False), ("Attorney-in-Fact", False), ("Authorized Person", False),
    ("Agent", False), ("Compliance Officer", False), ("Authorized Officer", False),
    ("Signing Officer", False), ("Principal", False), ("Vice President of the General Partner", False),
    ("Vice President of Acme Capital", False), ("Vice President - Acme Capital", False),
    ("Partner", False), ("Head of Compliance", False),
])
def test_officer_title_pattern(title, found):
    assert (roles.OFFICER_TITLE.match(title) is not None) is found


@pytest.mark.parametrize("title, found", [
    ("Vice President and Treasurer", True), ("Vice President/Chief Compliance Officer", True),
    ("Associate Counsel and Assistant Secretary", True), ("Senior V.P. and General Counsel", True),
    ("Assistant Vice President & Compliance Officer", True),
    ("Authorized Signatory", False), ("Attorney-in-Fact and Agent", False),
    ("Compliance Officer", False), ("Member", False),
])
def test_is_officer_title(title, found):
    assert roles.is_officer_title(title) is found


@pytest.mark.parametrize("held, found", [
    ("Acme Holdings, Inc.", True), ("ACME CAPITAL, LLC", True), ("Acme Trust Company", True),
    ("The Acme Companies", True),
    ("Acme Fund, L.P.", False), ("Acme Partners LP", False), ("Acme Limited Partnership", False),
    ("Roe Family Trust", False), ("Jane Q. Roe", False),
])
def test_has_officers(held, found):
    assert roles.has_officers(held) is found


@pytest.mark.parametrize("name, found", [
    ("Roe Family Trust", True), ("The Roe 2010 Irrevocable Trust", True),
    ("Acme Trust Company", False), ("Acme Trust Investments, Inc.", False), ("Acme Bank", False),
])
def test_trust_name_pattern(name, found):
    assert (roles.TRUST_NAME.search(name) is not None) is found


@pytest.mark.parametrize("title, held, want", [
    ("Vice President", "Acme Holdings, Inc.", [("officer_of", "Vice President")]),
    ("Chief Operating Officer", "ACME CAPITAL, LLC", [("officer_of", "Chief Operating Officer")]),
    ("Vice President", "Acme Fund, L.P.", []),  # its general partner's officer
    ("Vice President", "Roe Family Trust", []),
    ("Authorized Signatory", "Acme Holdings, Inc.", []),
    ("Attorney-in-Fact", "Acme Holdings, Inc.", []),
    # unchanged: controlling titles
    ("President", "Acme Holdings, Inc.", [("officer_of", "President")]),
    ("Managing Member", "Acme Capital, LLC", [("managing_member_of", None)]),
])
def test_title_relations(title, held, want):
    assert [(r.value, t) for r, t in roles.title_relations(title, held)] == want


def _findings(text):
    sec = read_signatures(SourceText(path="x.txt", text=text))
    return [(f.relation.value, f.holder, f.held, f.title) for f in sec.findings]


@pytest.mark.parametrize("text, want", [
    ("SIGNATURE\n\nACME HOLDINGS, INC.\n\nBy: /s/ Jane Q. Roe\nName: Jane Q. Roe\n"
     "Title: Executive Vice President\n",
     [("officer_of", "Jane Q. Roe", "ACME HOLDINGS, INC.", "Executive Vice President")]),
    # the officer of the general partner named in the chain
    ("SIGNATURE\n\nACME FUND, L.P.\nBy: Acme GP, Inc., its General Partner\n\n"
     "By: /s/ Jane Q. Roe\nName: Jane Q. Roe\nTitle: Treasurer\n",
     [("general_partner_of", "Acme GP, Inc.", "ACME FUND, L.P.", None),
      ("officer_of", "Jane Q. Roe", "Acme GP, Inc.", "Treasurer")]),
    # signing for the partnership itself: no officer of it
    ("SIGNATURE\n\nACME FUND, L.P.\n\nBy: /s/ Jane Q. Roe\nName: Jane Q. Roe\n"
     "Title: Vice President\n", []),
    ("SIGNATURE\n\nACME HOLDINGS, INC.\n\nBy: /s/ Jane Q. Roe\nName: Jane Q. Roe\n"
     "Title: Authorized Signatory\n", []),
    ("SIGNATURE\n\nACME HOLDINGS, INC.\n\nBy: /s/ Jane Q. Roe\nName: Jane Q. Roe\n"
     "Title: Vice President of the General Partner\n", []),
])
def test_signature_block_officer(text, want):
    assert _findings(text) == want


# --- 2. a signature field's capacities (review D7) -----------------------------------------

@pytest.mark.parametrize("capacity, want", [
    ("Director of Acme Inc, Director of Beta Inc", ("Director", ["Acme Inc", "Beta Inc"])),
    ("Director of Acme Inc, Vice President of Beta LLC",
     ("Director and Vice President", ["Acme Inc", "Beta LLC"])),
    ("Member of the Board of Managers of Acme Holdings LLC",
     ("Member of the Board of Managers", ["Acme Holdings LLC"])),
    ("Trustee of the Roe Family Trust and Trustee of the Roe Charitable Trust",
     ("Trustee", ["Roe Family Trust", "Roe Charitable Trust"])),
    ("Vice President of Investments, Acme Trust Company",
     ("Vice President of Investments", ["Acme Trust Company"])),
    ("Vice President of Acme Bank, N.A., Trustee of the Roe Trust",
     ("Vice President", ["Acme Bank, N.A."])),
    # unchanged: an entity's own capacity after its name stays the entity's
    ("Manager of Acme Capital, LLC, General Partner of Acme Fund LP", ("Manager", ["Acme Capital, LLC"])),
    ("President of Acme GP, LLC, the general partner of Acme Fund LP", ("President", ["Acme GP, LLC"])),
    ("Director of Research, Acme Inc", ("Director of Research", ["Acme Inc"])),
    ("Trustee of the Roe Trust and Manager of Roe LLC", ("Trustee and Manager", ["Roe Trust", "Roe LLC"])),
])
def test_split_capacity(capacity, want):
    assert sf.split_capacity(capacity) == want


@pytest.mark.parametrize("text, title", [
    ("Director of Acme Inc, Director of Beta Inc", "Director"),
    ("Director of Acme Inc, Vice President of Beta LLC", "Vice President"),
    ("Manager of Acme Capital, LLC, General Partner of Acme Fund LP", "General Partner"),
    ("Director of Research, Acme Inc", None),
    ("President of Acme GP, LLC, the general partner of Acme Fund LP", None),
])
def test_capacity_comma_pattern(text, title):
    m = sf.CAPACITY_COMMA.search(text)
    assert (m["title"] if m else None) == title


@pytest.mark.parametrize("title, found", [
    ("Director", True), ("Vice President", True), ("President", True),
    ("General Partner", False), ("Trustee", False), ("Manager", False), ("Managing Member", False),
    ("Investment Adviser", False),
])
def test_is_person_title(title, found):
    assert roles.is_person_title(title) is found


# --- 3. a reporting firm's name under a "Signature" caption (review D8) ---------------------

FIRM = "SIGNATURE\n\nDate: February 14, 1997\n\nSignature\n\n{}\n"


@pytest.mark.parametrize("typed, want", [
    ("Acme Sachs", []),
    ("Acme Sachs Director", []),
    # a person typed under the caption stays the signer
    ("Jane Q. Roe", [("Jane Q. Roe", None, [])]),
    ("Jane Q. Roe, Vice President", [("Jane Q. Roe", "Vice President", [])]),
])
def test_firm_under_signature_caption(typed, want):
    firm = Party(id="p1", name="ACME SACHS", kind=PartyKind.ORGANIZATION)
    person = Party(id="p2", name="Jane Q. Roe", kind=PartyKind.PERSON)
    sec = read_signatures(SourceText(path="x.txt", text=FIRM.format(typed)), 0,
                          reporting_firms([(firm, []), (person, [])]))
    assert _sigs(sec.signatures) == want


def test_firm_under_signature_caption_unknown():
    # with no reporting person of that name the line is read as before: a typed signer
    sec = read_signatures(SourceText(path="x.txt", text=FIRM.format("Acme Sachs")))
    assert _sigs(sec.signatures) == [("Acme Sachs", None, [])]


# --- 1b. one officer signing for a list; names wrapped over lines; the roster's title -------

@pytest.mark.parametrize("text, want", [
    # the one company of the list, named whole
    ("SIGNATURE\n\nACME FUND LP\nACME PARTNERS LP\nACME CORP.\n\nBy: /s/ Jane Q. Roe\n"
     "Name: Jane Q. Roe\nTitle: Chief Compliance Officer\n",
     [("officer_of", "Jane Q. Roe", "ACME CORP.", "Chief Compliance Officer")]),
    # two companies: whose officer is not said
    ("SIGNATURE\n\nACME HOLDINGS INC.\nBETA CORP.\n\nBy: /s/ Jane Q. Roe\nName: Jane Q. Roe\n"
     "Title: Vice President\n", []),
])
def test_officer_signing_for_a_list(text, want):
    assert _findings(text) == want


def test_signer_title_and_roster_title():
    from tests.conftest import CORPUS
    from graphkit.parse import parse_path
    rec = parse_path(CORPUS / "13d" / "icahn_bausch_2021_sc13d.txt").records[0]
    # the signature (l.2299-2304): "BECKTON CORP." / "By: /s/ Irene March" / "Title: Chief
    # Compliance Officer" under four partnerships; Beckton's roster (l.2944-2947) "Irene March"
    # / "Vice President": the company's own roster names her title
    assert _officers(rec)[("Irene March", "Beckton Corp.")] == "Vice President"
    # the partnerships signed for get no officer of the signature's title (their officers are
    # their general partners'; the rosters of l.2458-2754 name those)
    assert "Chief Compliance Officer" not in _officers(rec).values()
