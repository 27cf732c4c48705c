"""A defined term after a descriptor that follows a legal form's stop with no comma: 'Aegis
Lifestyle, Inc. a Delaware corporation ("Aegis")' (a filing's missing comma) binds "Aegis" to
the name, so that "wholly owned subsidiary of Aegis" gives the parent. Real filing:
fixtures/filings/2014_SC_13DA_886475.txt, Item 4 (the merger agreement's parties)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose_term_patterns import DEFINED_TERM, RELATED_NAME_TAIL
from graphkit.parsers.prose_term_owner import VERB_BY_BEFORE_NAME, owner_of_term
from graphkit.parsers.prose_terms import find_defined_terms
from graphkit.source import SourceText

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


@pytest.mark.parametrize("text, name, term", [
    ('among Acme Lifestyle, Inc. a Delaware corporation ("Acme") and', "Acme Lifestyle, Inc.",
     "Acme"),
    ('Acme Lifestyle, Inc., a Delaware corporation ("Acme")', "Acme Lifestyle, Inc.", "Acme"),
    ('Acme Holdings Ltd. a Cayman Islands company ("Holdings")', "Acme Holdings Ltd.",
     "Holdings"),
    # the name in capitals: the stop of "INC." ends it as the stop of "Inc." does
    ('among ACME LIFESTYLE, INC. a Delaware corporation ("Acme") and', "ACME LIFESTYLE, INC.",
     "Acme"),
    ('ACME HOLDINGS CORP. a Nevada corporation ("Holdings")', "ACME HOLDINGS CORP.", "Holdings"),
    ('ACME HOLDINGS LTD. a Cayman Islands company ("Holdings")', "ACME HOLDINGS LTD.",
     "Holdings"),
])
def test_term_bound(text, name, term):
    m = DEFINED_TERM.search(text)
    assert (m["name"], m["term"]) == (name, term)


@pytest.mark.parametrize("text", [
    'Acme Lifestyle a Delaware corporation ("Acme")',   # no legal form's stop
    'ACME LIFESTYLE a Delaware corporation ("Acme")',
    'ACME LIFESTYLE INC a Delaware corporation ("Acme")',  # no stop after the form
])
def test_no_stop_no_descriptor(text):
    m = DEFINED_TERM.search(text)
    assert m is None or m["descriptor"] is None


def test_real_merger_sub_parent():
    rec = parse_path(FILINGS / "2014_SC_13DA_886475.txt").records[0]
    names = {p.id: p.name for p in rec.parties}
    got = {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}
    assert ("parent_of", "Aegis Lifestyle, Inc.", "Morgan Acquisition, Inc.") in got
    aegis = next(p for p in rec.parties if p.name == "Aegis Lifestyle, Inc.")
    assert "Aegis" in {a.name for a in aegis.aliases}


def test_real_merger_sub_parent_in_capitals():
    """The same filing with the two merger parties' names in capitals (tests/fixtures/filings/
    id47/2014_SC_13DA_886475_caps.txt, lines 389-390 and 513 only): the parent link stays."""
    rec = parse_path(FILINGS / "id47" / "2014_SC_13DA_886475_caps.txt").records[0]
    names = {p.id: p.name for p in rec.parties}
    got = {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}
    assert ("parent_of", "AEGIS LIFESTYLE, INC.", "MORGAN ACQUISITION, INC.") in got
    aegis = next(p for p in rec.parties if p.name == "AEGIS LIFESTYLE, INC.")
    assert "Aegis" in {a.name for a in aegis.aliases}
    assert "prose-holder-unbound" not in {w.code for w in rec.warnings}


@pytest.mark.parametrize("text, term, name", [
    # review fx47: a descriptor opened without a comma ran over another company's name and
    # pinned its term on the first
    ('filed by ROE FUND LTD. a Cayman fund advised by DOE CAPITAL MANAGEMENT LLC (the '
     '"Adviser")', "Adviser", "DOE CAPITAL MANAGEMENT LLC"),
    ('held by ROE CAPITAL LTD. a Cayman company managed by DOE ADVISORS LLC ("Doe")', "Doe",
     "DOE ADVISORS LLC"),
    ('Beta Corp. a block of shares of Acme Inc. ("Acme")', "Acme", "Acme Inc."),
    ('Roe Fund Ltd. a Cayman fund advised by Doe Advisors (the "Adviser")', "Adviser",
     "Doe Advisors"),
    # with a comma, a term that abbreviates only the name the descriptor relates is that name's
    ('held by ROE CAPITAL LTD., a Cayman company managed by DOE ADVISORS LLC ("Doe")', "Doe",
     "DOE ADVISORS LLC"),
    # a term that abbreviates only the first name stays the first's
    ('Acme Tier II Corp. a wholly-owned subsidiary of Acme Parent Inc. ("Acme Tier II")',
     "Acme Tier II", "Acme Tier II Corp."),
    # a descriptor naming no other entity keeps the term on the name
    ('Acme Inc. a corporation organized under the laws of the State of Delaware ("Acme")',
     "Acme", "Acme Inc."),
    ('ACME HOLDINGS LTD. a Cayman Islands exempted company ("Holdings")', "Holdings",
     "ACME HOLDINGS LTD."),
    ('Acme Inc. a Delaware LLC ("Company")', "Company", "Acme Inc."),
    # review rv47e: a general term that abbreviates neither name, nor is the role of the
    # descriptor's verb, stays the first name's
    ('Acme Fund L.P. a Delaware limited partnership managed by Roe LLC (the "Partnership")',
     "Partnership", "Acme Fund L.P."),
    ('Acme Corp. a wholly-owned subsidiary of Beta Holdings Inc. (the "Purchaser")',
     "Purchaser", "Acme Corp."),
    ('Acme Corp. a wholly-owned subsidiary of Beta Corp. (the "Company")', "Company",
     "Acme Corp."),
    ('Acme Partners L.P. an investment partnership affiliated with Roe Management LLC '
     '(together, the "Reporting Persons")', "Reporting Persons", "Acme Partners L.P."),
    # the role the verb names is the other's
    ('Roe Fund Ltd. a Cayman fund managed by Doe Advisors LLC (the "Investment Manager")',
     "Investment Manager", "Doe Advisors LLC"),
    ('Roe Fund Ltd. a Cayman fund sponsored by Doe Advisors LLC (the "Sponsor")', "Sponsor",
     "Doe Advisors LLC"),
])
def test_no_comma_descriptor_over_another_name(text, term, name):
    got = [(t.term, t.name) for t in find_defined_terms(SourceText(path="x.txt", text=text))]
    assert got == [(term, name)]


@pytest.mark.parametrize("descriptor, name", [
    (" a Cayman fund advised by Doe Capital LLC ", "Doe Capital LLC"),
    (" a Cayman company managed by DOE ADVISORS LLC ", "DOE ADVISORS LLC"),
    (" a block of shares of Acme Inc. ", "Acme Inc."),
    (" a Delaware corporation ", None),
])
def test_related_name_tail(descriptor, name):
    m = RELATED_NAME_TAIL.search(descriptor)
    assert (m["name"].strip() if m else None) == name


@pytest.mark.parametrize("head, stem", [
    ("a Cayman fund advised by ", "advis"),
    ("a fund managed by the ", "manag"),
    ("a fund sponsored by ", "sponsor"),
    ("a wholly-owned subsidiary of ", None),
    ("an affiliate by ", None),
])
def test_verb_by_before_name(head, stem):
    m = VERB_BY_BEFORE_NAME.search(head)
    assert (m["stem"] if m else None) == stem


@pytest.mark.parametrize("term, name, descriptor, owner", [
    # review rv47g: a role term not built from the verb is the related name's
    ("General Partner", "Acme Fund L.P.", " a Delaware limited partnership managed by Roe LLC ",
     "Roe LLC"),
    ("Parent", "Acme Fund Ltd.", " a Cayman company controlled by Doe Capital LLC ",
     "Doe Capital LLC"),
    ("Adviser", "Acme Fund L.P.", " a Delaware fund managed by Roe LLC ", "Roe LLC"),
    ("Manager", "Acme Fund L.P.", " a Delaware fund advised by Roe LLC ", "Roe LLC"),
    ("GP", "Acme Fund L.P.", " a fund managed by Roe LLC ", "Roe LLC"),
    ("Trustee", "Acme Trust", " a trust established by Roe Corp. ", "Roe Corp."),
    # a role the descriptor states of the first name stays the first's
    ("Manager", "Roe LLC", " a Delaware LLC and the manager of Acme Fund L.P. ", "Roe LLC"),
    ("General Partner", "Roe LLC", " the general partner of Acme Fund L.P. ", "Roe LLC"),
    # general terms stay the first name's
    ("Partnership", "Acme Fund L.P.", " a limited partnership managed by Roe LLC ",
     "Acme Fund L.P."),
    ("Purchaser", "Acme Corp.", " a wholly-owned subsidiary of Beta Holdings Inc. ",
     "Acme Corp."),
    ("Company", "Acme Corp.", " a wholly-owned subsidiary of Beta Corp. ", "Acme Corp."),
    ("Reporting Persons", "Acme Partners L.P.", " an investment partnership managed by Roe LLC ",
     "Acme Partners L.P."),
    ("Fund", "Acme Trust", " a trust funded by Roe Corp. ", "Acme Trust"),  # no role: an entity
    ("Sponsor", "Acme Fund L.P.", " a fund sponsored by Roe LLC ", "Roe LLC"),
])
def test_role_term_is_related_names(term, name, descriptor, owner):
    assert owner_of_term(term, name, descriptor) == owner
