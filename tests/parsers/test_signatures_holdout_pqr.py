"""Signature blocks of the holdout filings of evaluations p-r (tests/fixtures/filings/holdout/)
and of the corpus filing evaluated with them: e-signatures typed between slashes, a printed
name run together with its title, signatures by an attorney-in-fact for the party named first,
titles wrapped in a "Name/Title" field, capacity lines naming their party ("Senior Vice
President, Acme Inc.", "Attorney in Fact for Jane Roe"), the title of a signer for the one
reporting organization, and the "Manager" of a limited liability company."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graphkit.models import Evidence, Party, Signature
from graphkit.names import PartyKind
from graphkit.parse import parse_path
from graphkit.parsers.signature_capacity import (ATTORNEY_FOR, NAME_SLASHES, SLASHED_SIGNATURE,
                                                 TITLE_OF_PARTY, Capacity, read_capacity,
                                                 read_signed_name, slashed_signer)
from graphkit.parsers.signature_findings import (SignatureSection, signed_capacities,
                                                 sole_filer_findings)
from graphkit.parsers.signature_roles import title_relations
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText
from tests.conftest import corpus_file
from tests.holdout import HOLDOUT


def _record(path: Path):
    report = parse_path(path)
    assert report.records, report.reason
    return report.records[0]


def _sigs(rec):
    return [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures]


def _claims(rec, relation: str):
    names = {p.id: p for p in rec.parties}
    return [(names[c.source].name, names[c.target], c.title) for c in rec.claims
            if c.relation.value == relation]


# --- real filings --------------------------------------------------------------------------

def test_slashed_e_signature_and_its_date():
    # 2004_SC_13G_866368.txt l.364-368: "By:  --//Brian P. Hillery//--" / rule /
    # "Name:    Brian P. Hillery" / "Title:   Vice President" / "Date:    February 13, 2004"
    rec = _record(HOLDOUT / "2004_SC_13G_866368.txt")
    assert _sigs(rec) == [("Brian P. Hillery", "Vice President",
                           ["Wellington Management Company, LLP"])]  # the only filer
    assert rec.signature_date == dt.date(2004, 2, 13)


def test_title_under_a_slash_s_name_run_together_is_the_title():
    # 2002_SC_13G_925548.txt l.277-278: "/s/Dario Frigerio" / "Chief Executive Officer" (the
    # document is read as HTML, which joins the two lines into one)
    rec = _record(HOLDOUT / "2002_SC_13G_925548.txt")
    assert _sigs(rec) == [("Dario Frigerio", "Chief Executive Officer",
                           ["PIONEER GLOBAL ASSET MANAGEMENT SPA"])]  # the only filer
    assert "Dario Frigerio Chief Executive Officer" not in {p.name for p in rec.parties}
    # the one reporting person, an organization, is the party its CEO signs for
    [(holder, held, title)] = _claims(rec, "officer_of")
    assert (holder, title) == ("Dario Frigerio", "Chief Executive Officer")
    assert "reporting_person" in [r.value for r in held.roles]


def test_attorney_in_fact_signing_for_the_party_named_first():
    # 2008_SC_13D_892535.txt l.940-941: "/s/ /Richard E. Rainwater, by" /
    # "Melissa Parrish, Attorney-in-Fact", and l.957 the same printed under the rule
    rec = _record(HOLDOUT / "2008_SC_13D_892535.txt")
    assert _sigs(rec) == [("Melissa Parrish", "Attorney-in-Fact", ["Richard E. Rainwater"])]
    aliases = {a.name for p in rec.parties for a in p.aliases}
    assert "/Richard E. Rainwater" not in aliases
    assert "Melissa Parrish" in {p.name for p in rec.parties}


def test_name_title_field_wrapped_onto_the_next_line():
    # 1999_SC_13G_912752.txt l.311-312: "Name/Title:    Paul G. Haaga, Jr., Executive Vice" /
    # "                       President"
    rec = _record(HOLDOUT / "1999_SC_13G_912752.txt")
    assert _sigs(rec)[0] == ("Paul G. Haaga, Jr.", "Executive Vice President",
                             ["Capital Research and Management Company"])


def test_title_of_the_party_in_a_cell_under_the_printed_name():
    # 2008_SC_13G_921847.txt l.1192-1226: "By:  /s/BRADLEY TAKAHASHI" / "Bradley Takahashi" /
    # "Vice President of Franklin Mutual Advisers, LLC" (cells of an HTML table)
    rec = _record(HOLDOUT / "2008_SC_13G_921847.txt")
    assert _sigs(rec) == [("Bradley Takahashi", "Vice President",
                           ["Franklin Mutual Advisers, LLC"])]
    # a vice president of the company signed for: officer_of, no control (leftovers 11)
    assert [(h, t.name, title) for h, t, title in _claims(rec, "officer_of")] == [
        ("Bradley Takahashi", "Franklin Mutual Advisers, LLC", "Vice President")]


def test_capacity_lines_each_a_signature_for_its_party():
    # corpus 13g/franklin_humana_1998_sc13g.txt l.523-533: "By: Deborah R. Gatzek" /
    # "Senior Vice President, Franklin Resources, Inc." / "Attorney in Fact for Charles B.
    # Johnson pursuant to Power of" / "Attorney attached to this Schedule 13G" / (the same for
    # Rupert H. Johnson, Jr.) / "Vice President, Templeton Global Advisors Limited"
    rec = _record(corpus_file("13g/franklin_humana_1998_sc13g.txt"))
    assert _sigs(rec) == [
        ("Deborah R. Gatzek", "Senior Vice President", ["Franklin Resources, Inc."]),
        ("Deborah R. Gatzek", "Attorney-in-Fact", ["Charles B. Johnson"]),
        ("Deborah R. Gatzek", "Attorney-in-Fact", ["Rupert H. Johnson, Jr."]),
        ("Deborah R. Gatzek", "Vice President", ["Templeton Global Advisors Limited"])]
    assert not [w for w in rec.warnings if w.code == "unmatched-signature-name"]


def test_controlling_title_for_the_one_reporting_organization():
    # 2015_SC_13G_730263.txt l.613-622: "By /s/ F. William McNabb III*" / "F. William McNabb
    # III" / "President and Chief Executive Officer", no company line above the block
    rec = _record(HOLDOUT / "2015_SC_13G_730263.txt")
    assert _sigs(rec)[0] == ("F. William McNabb III", "President and Chief Executive Officer",
                             ["The Vanguard Group"])  # the only filer (session 41)
    assert [(h, t.name, title) for h, t, title in _claims(rec, "officer_of")] == [
        ("F. William McNabb III", "The Vanguard Group", "President, Chief Executive Officer")]


def test_manager_of_a_limited_liability_company():
    # 2022_SC_13G_85961.txt l.559-571: "HG VORA CAPITAL MANAGEMENT, LLC" / "By: | /s/ | Parag
    # Vora" / "Name: | Parag Vora" / "Title: | Manager"
    rec = _record(HOLDOUT / "2022_SC_13G_85961.txt")
    assert _sigs(rec) == [("Parag Vora", "Manager", ["HG VORA CAPITAL MANAGEMENT, LLC"])]
    assert [(h, t.name, title) for h, t, title in _claims(rec, "managing_member_of")] == [
        ("Parag Vora", "HG Vora Capital Management, LLC", "Manager")]


# --- patterns ------------------------------------------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("By:  --//Jane Q. Roe//--", "Jane Q. Roe"),
    ("/Jane Q. Roe/", "Jane Q. Roe"),
    ("   By: //John Doe//", "John Doe"),
    ("/s/ Jane Q. Roe", None),  # "/s/" is read by SLASH_S
    ("  /X /  Rule 13d-1(c)", None),  # a check box
    ("Name/Title", None),
    ("/ACME FUND, L.P./", None),  # not a person's name
])
def test_slashed_signature(line, name):
    assert slashed_signer(line) == name
    if name is None and line.startswith("/X"):
        assert SLASHED_SIGNATURE.match(line) is None


@pytest.mark.parametrize("text, bare", [
    ("/Jane Q. Roe, by", "Jane Q. Roe, by"),
    ("Jane Q. Roe/", "Jane Q. Roe"),
    ("Jane Q. Roe", "Jane Q. Roe"),
    ("Jane Roe/President", "Jane Roe/President"),  # a slash inside stays
])
def test_name_slashes(text, bare):
    assert NAME_SLASHES.sub("", text) == bare


@pytest.mark.parametrize("text, signed", [
    ("/Jane Q. Roe, by John Doe, Attorney-in-Fact", ("John Doe", "Attorney-in-Fact", ["Jane Q. Roe"])),
    ("Acme Fund, L.P., by John Doe, as attorney in fact",
     ("John Doe", "Attorney-in-Fact", ["Acme Fund, L.P."])),
    ("John Doe, as Attorney-in-Fact for Jane Roe", ("John Doe", "Attorney-in-Fact", ["Jane Roe"])),
    ("Jane Q. Roe Chief Executive Officer", ("Jane Q. Roe", "Chief Executive Officer", [])),
    ("Jane Roe Managing Member", ("Jane Roe", "Managing Member", [])),
    # kept as written: a title after a comma is read by the block, no principal is named
    ("Jane Q. Roe, President", ("Jane Q. Roe, President", None, [])),
    ("John Doe, attorney-in-fact", ("John Doe, attorney-in-fact", None, [])),
    ("Jane Q. Roe", ("Jane Q. Roe", None, [])),
    ("Acme Holdings Chief Officer", ("Acme Holdings Chief Officer", None, [])),
])
def test_read_signed_name(text, signed):
    assert tuple(read_signed_name(text)) == signed


@pytest.mark.parametrize("line, cap", [
    ("Attorney in Fact for Jane Q. Roe pursuant to Power of", ("Attorney-in-Fact", "Jane Q. Roe", True)),
    ("Attorney in Fact for John Doe, Jr. pursuant to Power of Attorney attached hereto.",
     ("Attorney-in-Fact", "John Doe, Jr.", False)),
    ("as Attorney-in-Fact for Acme Fund, L.P.", ("Attorney-in-Fact", "Acme Fund, L.P.", False)),
    ("Attorney-in-fact on behalf of Jane Roe", ("Attorney-in-Fact", "Jane Roe", False)),
    ("Senior Vice President, Acme Resources, Inc.",
     ("Senior Vice President", "Acme Resources, Inc.", False)),
    ("Vice President of Acme Mutual Advisers, LLC",
     ("Vice President", "Acme Mutual Advisers, LLC", False)),
    ("Managing Director, Acme Global Advisors Limited",
     ("Managing Director", "Acme Global Advisors Limited", False)),
    ("Chairman of the Board", None),
    ("Managing Member of Acme GP, LLC, its General Partner", None),
    ("Managing Member of the General Partner", None),
    ("Senior Vice President, Secretary and General Counsel", None),
    ("President, Chief Executive Officer", None),
    ("Vice President", None),
    ("Attorney-in-Fact", None),
    ("Attorney in Fact for the Reporting Persons", None),
    ("Jane Roe, Vice President", None),
])
def test_read_capacity(line, cap):
    assert (tuple(read_capacity(line)) if read_capacity(line) else None) == cap


@pytest.mark.parametrize("line, ok", [
    ("Attorney in Fact for Jane Roe pursuant to Power of", True),
    ("Attorney-in-Fact", False),
    ("Signed pursuant to a Power of Attorney", False),
])
def test_attorney_for_pattern(line, ok):
    assert (ATTORNEY_FOR.match(line) is not None) is ok


@pytest.mark.parametrize("line, parts", [
    ("Vice President of Acme Advisers, LLC", ("Vice President", "Acme Advisers, LLC")),
    ("Senior Vice President, Acme Inc.", ("Senior Vice President", "Acme Inc.")),
    ("vice president of acme", None),  # a party opens with a capital
])
def test_title_of_party_pattern(line, parts):
    m = TITLE_OF_PARTY.match(line)
    assert ((m["title"], m["party"]) if m else None) == parts


@pytest.mark.parametrize("title, held, relations", [
    ("Manager", "Acme Capital, LLC", [("managing_member_of", "Manager")]),
    ("Sole Manager", "Acme Capital, L.L.C.", [("managing_member_of", "Manager")]),
    ("Manager", "Acme Fund, L.P.", []),  # of a partnership: an officer's title as often
    ("Portfolio Manager", "Acme Capital, LLC", []),
    ("President", "Acme Inc.", [("officer_of", "President")]),
    ("Vice President", "Acme Inc.", [("officer_of", "Vice President")]),  # leftovers 11
    ("Attorney-in-Fact", "Jane Roe", []),
])
def test_title_relations(title, held, relations):
    assert [(r.value, t) for r, t in title_relations(title, held)] == relations


def test_signed_capacities():
    caps = [Capacity("President", "Acme Inc.", False), Capacity("Attorney-in-Fact", "Jane Roe", False)]
    assert signed_capacities(None, ["ACME INC.", "Beta LLC"], caps, []) == [
        ("President", ["ACME INC."]), ("Attorney-in-Fact", ["Jane Roe"]), (None, ["Beta LLC"])]
    assert signed_capacities("Trustee", [], [], ["Jane Roe"]) == [("Trustee", ["Jane Roe"])]
    assert signed_capacities(None, [], caps[:1], []) == [("President", ["Acme Inc."])]


def _section(*sigs: Signature) -> SignatureSection:
    return SignatureSection(start=0, end=1, signatures=list(sigs))


def test_sole_filer_findings():
    ev = Evidence(source="x.txt", start=0, end=1, text="/s/ Jane Roe")
    org = Party(id="p1", name="Acme Holdings, Inc.", kind=PartyKind.ORGANIZATION)
    person = Party(id="p2", name="John Doe", kind=PartyKind.PERSON)
    ceo = Signature(signer="Jane Roe", title="Chief Executive Officer", evidence=ev)
    found = sole_filer_findings(_section(ceo), [org])
    assert [(f.relation.value, f.holder, f.held, f.title) for f in found] == [
        ("officer_of", "Jane Roe", "Acme Holdings, Inc.", "Chief Executive Officer")]
    # a person filing, two filers, or a signature naming its party: no guess
    assert sole_filer_findings(_section(ceo), [person]) == []
    assert sole_filer_findings(_section(ceo), [org, person]) == []
    named = ceo.model_copy(update={"on_behalf_of": ["Beta LLC"]})
    assert sole_filer_findings(_section(named, ceo), [org]) == []
    # an officer's title that states no control: officer_of all the same (leftovers 11)
    vp = ceo.model_copy(update={"title": "Vice President"})
    assert [(f.relation.value, f.title) for f in sole_filer_findings(_section(vp), [org])] == [
        ("officer_of", "Vice President")]
    agent = ceo.model_copy(update={"title": "Authorized Signatory"})
    assert sole_filer_findings(_section(agent), [org]) == []


# --- made-up blocks ------------------------------------------------------------------------

def _read(text: str):
    return read_signatures(SourceText(path="x.txt", text=text))


def test_made_up_blocks():
    sec = _read("SIGNATURE\n\n    By:  --//Jane Q. Roe//--\n    Name: Jane Q. Roe\n"
                "    Title: President\n    Date: May 1, 2004\n")
    assert [(s.signer, s.title) for s in sec.signatures] == [("Jane Q. Roe", "President")]
    assert sec.date == dt.date(2004, 5, 1)
    sec = _read("SIGNATURE\n\nACME FUND, L.P.\n\nBy: /s/ Jane Roe\n\nJane Roe\n"
                "Managing Member of Acme GP, LLC\n")
    assert [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures] == [
        ("Jane Roe", "Managing Member", ["ACME FUND, L.P.", "Acme GP, LLC"])]
    assert [(f.relation.value, f.holder, f.held) for f in sec.findings] == [
        ("managing_member_of", "Jane Roe", "Acme GP, LLC")]
    sec = _read("SIGNATURE\n\nDate: May 1, 2004\n/s/ /Jane Roe, by\nJohn Doe, Attorney-in-Fact\n")
    assert [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures] == [
        ("John Doe", "Attorney-in-Fact", ["Jane Roe"])]
