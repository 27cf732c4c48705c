"""A group term is any kind of party in the plural, and a kind of party is never one party
(review rv40).

* H1: 'Roe I, L.P. and Roe II, L.P. (together, the "Partnerships")' defined no group, so "the
  general partner of each of the Partnerships" made a party "Partnerships" and linked no fund;
  the same with "Companies", "Trusts", "Vehicles", "Accounts", "LLCs" (only "Funds",
  "Entities", "Persons" ... were groups). Things in the plural ("Shares", "Securities",
  "Notes") and names that end in "s" stay no group.
* M2: "held directly by the reporting person in GRATs, for which the reporting person is a
  trustee" (the real Tesla Form 4 of 2026 in ``fixtures/filings/rv40``) made a party "GRATs":
  a plural acronym names a kind of party, never one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path, parse_source
from graphkit.parsers.prose_term_patterns import COLLECTIVE_TAIL, GROUP_TERM_TAIL
from graphkit.parsers.prose_terms import find_collective_terms, is_collective_name
from graphkit.source import SourceText
from tests.short_13d import claims, parties, short_13d

RV40 = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "rv40"

FUNDS = ("Roe Capital Partners, L.P.", "Roe Institutional Partners, L.P.")


def _groups(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(g.term, g.members) for g in find_collective_terms(SourceText(path="x", text=text))]


@pytest.mark.parametrize("definition", [
    '(together, the "Partnerships")', '(collectively, the "Partnerships")',
    '(each a "Partnership" and together the "Partnerships")', '(the "Partnerships")'])
def test_partnerships_after_a_list_is_the_lists(definition):
    text = f'The shares are held by {FUNDS[0]} and {FUNDS[1]} {definition}.'
    assert _groups(text) == [("Partnerships", FUNDS)]


@pytest.mark.parametrize("term", ["Companies", "Trusts", "Vehicles", "Accounts", "LLCs",
                                  "Limited Partnerships", "Feeder Funds", "Investing Vehicles",
                                  "Trustees", "Stockholders", "Co-Investors"])
def test_any_kind_of_party_in_the_plural_is_a_group(term):
    text = f'Acme Fund I, LLC and Acme Fund II, LLC (together, the "{term}") hold shares.'
    assert _groups(text) == [(term, ("Acme Fund I, LLC", "Acme Fund II, LLC"))]


def test_referred_to_as_partnerships():
    text = f'{FUNDS[0]} and {FUNDS[1]} are referred to herein as the "Partnerships."'
    assert _groups(text) == [("Partnerships", FUNDS)]


@pytest.mark.parametrize("text", [
    # things, not parties
    'Acme purchased 1,000 shares of Common Stock and 500 Warrants (collectively, the '
    '"Securities").',
    'Acme purchased Series A Notes and Series B Notes (collectively, the "Notes").',
    'Acme holds Class A Common Shares and Class B Common Shares (together, the "Common Shares").',
    # a name that ends in "s" is one party's term, and a term of the last name's words too
    'Jane Roe and Acme Holdings, Inc. (the "Holdings") own shares.',
    'Jane Roe and Doe Partners, L.P. (the "Doe Partners") own shares.',
    'Nick G. Roe and Kathryn Roe (the "Roes") own shares.'])
def test_no_group_of_things_or_of_one_name(text):
    assert _groups(text) == []


def test_the_partnerships_as_holder_and_as_held_stand_for_each_fund():
    rec = short_13d(item2=(
        f'Beacon Media Inc. is owned by {FUNDS[0]} and {FUNDS[1]} (together, the '
        '"Partnerships"). The Partnerships are managed by Roe Management LLC. Roe GP, LLC is '
        'the general partner of each of the Partnerships.'))
    found = claims(rec)
    for fund in FUNDS:
        assert ("general_partner_of", "Roe GP, LLC", fund, None) in found
        assert ("investment_manager_of", "Roe Management LLC", fund, None) in found
    assert not any("Partnerships" in c[1] or "Partnerships" in c[2] for c in found)
    assert "Partnerships" not in parties(rec)


FORM4_FOOTNOTE = f"""<?xml version="1.0"?>
<ownershipDocument>
<schemaVersion>X0508</schemaVersion><documentType>4</documentType>
<periodOfReport>2026-05-20</periodOfReport>
<issuer><issuerCik>0009000001</issuerCik><issuerName>Widget Holding Corp.</issuerName>
<issuerTradingSymbol>WDGT</issuerTradingSymbol></issuer>
<reportingOwner><reportingOwnerId><rptOwnerCik>0009000002</rptOwnerCik>
<rptOwnerName>Roe Partners, L.L.C.</rptOwnerName></reportingOwnerId>
<reportingOwnerRelationship><isTenPercentOwner>1</isTenPercentOwner>
</reportingOwnerRelationship></reportingOwner>
<nonDerivativeTable><nonDerivativeHolding>
<securityTitle><value>Common Stock</value></securityTitle>
<postTransactionAmounts><sharesOwnedFollowingTransaction><value>5000000</value>
</sharesOwnedFollowingTransaction></postTransactionAmounts>
<ownershipNature><directOrIndirectOwnership><value>I</value></directOrIndirectOwnership>
<natureOfOwnership><value>See footnote</value><footnoteId id="F1"/></natureOfOwnership>
</ownershipNature></nonDerivativeHolding></nonDerivativeTable>
<footnotes><footnote id="F1">The shares are held by {FUNDS[0]} and {FUNDS[1]} (together,
the &quot;Partnerships&quot;). Roe Partners, L.L.C. is the general partner of each of the
Partnerships. Jane Roe is the managing member of Roe Partners, L.L.C.</footnote></footnotes>
<ownerSignature><signatureName>/s/ Jane Roe</signatureName>
<signatureDate>2026-05-22</signatureDate></ownerSignature>
</ownershipDocument>
"""


def test_form4_footnote_partnerships_give_a_gp_link_to_each_fund():
    rec = parse_source(SourceText(path="f4.xml", text=FORM4_FOOTNOTE))[0]
    names = {p.id: p.name for p in rec.parties}
    links = {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims
             if c.relation.value != "beneficial_owner_of"}
    assert links == {("general_partner_of", "Roe Partners, L.L.C.", FUNDS[0]),
                     ("general_partner_of", "Roe Partners, L.L.C.", FUNDS[1]),
                     ("managing_member_of", "Jane Roe", "Roe Partners, L.L.C.")}
    assert "Partnerships" not in names.values()


def test_grats_of_the_real_tesla_form4_make_no_party():
    # F3: "55,500 shares are held directly by the reporting person in GRATs, for which the
    # reporting person is a trustee, and 55,500 shares are held directly by the spouse ..."
    rec = parse_path(RV40 / "taneja_tesla_2026_form4.xml").records[0]
    names = {p.id: p.name for p in rec.parties}
    assert sorted(names.values()) == ["Taneja Vaibhav", "Tesla, Inc."]
    assert sorted((c.relation.value, names[c.source], c.shares) for c in rec.claims) == [
        ("beneficial_owner_of", "Taneja Vaibhav", 18_107),  # 18,106.5 rounded, with a warning
        ("beneficial_owner_of", "Taneja Vaibhav", 111_000),  # the GRATs' 2 x 55,500 stay his
        ("officer_of", "Taneja Vaibhav", None)]
    # the trust relation to "GRATs" (none listed) is not read, and said so (session 44)
    assert [w.code for w in rec.warnings] == ["fractional-shares", "prose-held-unbound"]


def test_a_defined_group_of_grats_stands_for_each_trust():
    assert _groups('Roe 2020 GRAT and Roe 2021 GRAT (together, the "GRATs") hold shares.') == [
        ("GRATs", ("Roe 2020 GRAT", "Roe 2021 GRAT"))]


@pytest.mark.parametrize("pattern, matched, unmatched", [
    (COLLECTIVE_TAIL, ("GRATs", "the Roe GRATs", "IRAs", "LLCs", "the Partnerships",
                       "Limited Partnerships", "Trusts"),
     ("ACME", "Acme LLC", "GRAT", "grats", "Acme Trusts", "Acme Systems", "Roe Companies")),
    (GROUP_TERM_TAIL, ("Partnerships", "Companies", "Vehicles", "Accounts", "LLCs",
                       "Limited Partnerships", "Trustees"),
     ("Shares", "Securities", "Notes", "Warrants", "Common Shares", "Acme Systems",
      "Acme Investors Fund"))])
def test_patterns(pattern, matched, unmatched):
    assert [n for n in matched if not pattern.search(n)] == []
    assert [n for n in unmatched if pattern.search(n)] == []


def test_a_plural_acronym_is_a_group_name():
    assert is_collective_name("GRATs") and not is_collective_name("Roe 2020 GRAT")
