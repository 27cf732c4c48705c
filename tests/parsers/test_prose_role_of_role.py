"""A role held in the holder of another role (graphkit.parsers.prose_role_of_role), and its
binding to the one party the filing's claims give that role (ProseClaims).

Real filing: the 2011 13D/A of Sprott on Sprott Physical Gold Trust
(``fixtures/filings/filing/2011_SC_13DA_1491714.txt``), Item 2(c): "... Chief Executive Officer
of Sprott Asset Management GP Inc., ..., the general partner of the manager of the Trust" (its
values are asserted in tests/parsers/test_schedule13_item2.py); the 1996 13D/A of One
Liberty Properties on BRT Realty Trust (corpus ``13d/oneliberty_brt_1996_sc13d.txt``): "Gould
is the sole shareholder of the corporate managing general partner of GLP", whose general
partners are "Gould, Rose and Georgetown Partners, Inc." (one of them a corporation); the link
was read before from another sentence, and now cites this one too.
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.models import Evidence, PartyKind, PartyRole
from graphkit.parsers import prose_role_of_role as rr
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose import ProseFinding
from graphkit.parsers.schedule13_claims import add_claim
from graphkit.parsers.schedule13_prose_claims import ProseClaims
from graphkit.relations import Relation
from graphkit.source import SourceText
from tests.conftest import corpus_file, record_links


@pytest.mark.parametrize("text, found", [
    ("Roe GP Inc. is the general partner of the manager of the Trust.",
     [("general_partner_of", "Roe GP Inc.", "the manager of the Trust")]),
    ("Jane Roe, the managing member of the general partner of Acme Fund LP, may be deemed to "
     "own the Shares.",
     [("managing_member_of", "Jane Roe", "the general partner of Acme Fund LP")]),
    ("Jane Roe is Chief Executive Officer of Roe GP Inc., the general partner of the manager of "
     "the Trust.", [("general_partner_of", "Roe GP Inc.", "the manager of the Trust")]),
    # a defined term in capitals is read where terms are, not as a role
    ("Jane Roe is the managing member of the General Partner of Acme Fund LP.", []),
    ("Jane Roe is the manager of the Trust.", []),  # one role: the usual patterns read it
])
def test_find_role_of_roles(text, found):
    got = rr.find_role_of_roles(SourceText(path="x.txt", text=text))
    assert [(f.relation.value, f.holder, f.held) for f in got] == found
    assert all(f.pattern == rr.ROLE_OF_ROLE for f in got)


def test_role_of_role_cue_and_reference_patterns():
    # " of the manager of " of "the general partner of the manager of the Trust"
    assert rr.ROLE_OF_ROLE_CUE.search("Roe GP, the general partner of the manager of the Trust")
    assert not rr.ROLE_OF_ROLE_CUE.search("Roe GP, the general partner of the Trust")
    assert rr.ROLE_REFERENCE.match("the investment manager of Acme Fund, L.P.")
    assert rr.role_reference("the manager of the Trust") == rr.RoleReference(
        role="manager", name="Trust")
    assert rr.role_reference("the Manager") is None


def _binding(claims_first: list[tuple[str, Relation, str]]):
    book = PartyBook()
    ids = {n: book.add(n, role=PartyRole.NAMED).id for n in (
        "Roe Management LP", "Doe Management LP", "Roe GP Inc.", "Acme Trust")}
    claims: list = []
    ev = Evidence(source="x.txt")
    for h, rel, t in claims_first:
        add_claim(claims, rel, ids[h], ids[t], ev)
    src = SourceText(path="x.txt", text="Roe GP Inc., the general partner of the manager of "
                     "the Acme Trust.")
    prose = ProseClaims(src, book, claims, [], [])
    f = ProseFinding(relation=Relation.GENERAL_PARTNER_OF, holder="Roe GP Inc.",
                     held="the manager of the Acme Trust", evidence=ev, pattern=rr.ROLE_OF_ROLE)
    warnings = prose.add([f])
    names = {p.id: p.name for p in book.parties}
    return {(names[c.source], c.relation.value, names[c.target]) for c in claims}, warnings


def test_a_role_of_a_role_binds_to_the_one_holder_of_that_role():
    got, warnings = _binding([("Roe Management LP", Relation.INVESTMENT_MANAGER_OF, "Acme Trust")])
    assert ("Roe GP Inc.", "general_partner_of", "Roe Management LP") in got
    assert warnings == []


@pytest.mark.parametrize("claims_first", [
    [],  # no claim says who the manager is
    [("Roe Management LP", Relation.INVESTMENT_MANAGER_OF, "Acme Trust"),
     ("Doe Management LP", Relation.INVESTMENT_MANAGER_OF, "Acme Trust")],  # two managers
])
def test_a_role_of_a_role_with_no_one_holder_is_not_read_and_warned(claims_first):
    got, warnings = _binding(claims_first)
    assert not any(r == "general_partner_of" for _, r, _ in got)
    assert [w.code for w in warnings] == ["prose-held-unbound"]
    assert "no relation read gives that role to one party" in warnings[0].message


def test_the_corporate_general_partner_is_the_one_organization_general_partner():
    (rec,) = parse_path(corpus_file("13d/oneliberty_brt_1996_sc13d.txt")).records
    links = record_links(rec)
    gps = {h for h, r, t in links if r == "general_partner_of" and t == "Gould Investors L.P."}
    assert gps == {"Fredric H. Gould", "Marshall Rose", "Georgetown Partners, Inc."}
    # "the corporate managing general partner of GLP" is Georgetown, the one corporation of
    # the three: the claim (stated also as "Gould is the sole shareholder of Georgetown
    # Partners, Inc.") now cites that sentence too; read without "corporate", three general
    # partners fit and the relation would be warned of, not read
    [claim] = [c for c in rec.claims if c.relation.value == "shareholder_of" and
               {p.id: p.name for p in rec.parties}[c.target] == "Georgetown Partners, Inc."]
    assert any("corporate managing general partner of GLP" in (e.text or "")
               for e in claim.evidence)
    assert not any(w.code == "prose-held-unbound" and "general partner of GLP" in w.message
                   for w in rec.warnings)
    assert rr.holder_kind("individual general partner") is PartyKind.PERSON
