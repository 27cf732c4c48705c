"""A party's voting or investment power over the securities another holds gives
``control_person_of`` (graphkit.parsers.prose_power_patterns), unless its role there already
says so (graphkit.parsers.power_claims). Pattern cases use made-up names; the filings are real
corpus filings."""

from __future__ import annotations

import pytest

from graphkit.models import Claim
from graphkit.parse import parse_path
from graphkit.parsers.power_claims import implied_power
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_power_patterns import (
    POWER_BY_HOLDER_ITS_ROLE, POWER_BY_ITS_ROLE, POWER_EXERCISED_BY, POWER_NOTE, POWER_OVER_HELD,
    POWER_OVER_HELD_CUE)
from graphkit.relations import Relation
from graphkit.source import SourceText
from tests.conftest import corpus_file

CP = "control_person_of"


def rels(text):
    return sorted((f.relation.value, f.holder, f.held)
                  for f in find_relationships(SourceText(path="t.txt", text=text)))


@pytest.mark.parametrize("text, expected", [
    ("Jane Q. Roe has sole voting and dispositive power over the shares held by Acme Fund LP.",
     [(CP, "Jane Q. Roe", "Acme Fund LP")]),
    ("Acme GP may be deemed to have voting and dispositive power over the shares held by "
     "Acme Fund LP.", [(CP, "Acme GP", "Acme Fund LP")]),
    ("John Smith exercises voting and investment power with respect to the securities directly "
     "held by Acme Holdings LLC.", [(CP, "John Smith", "Acme Holdings LLC")]),
    ("Acme GP and Beta GP share voting and investment power with respect to Acme Holdings LLC.",
     [(CP, "Acme GP", "Acme Holdings LLC"), (CP, "Beta GP", "Acme Holdings LLC")]),
    ("Mr. Roe has the power to vote and dispose of the shares held by the Roe Family Trust.",
     [(CP, "Mr. Roe", "Roe Family Trust")]),
    ("Jane Roe has shared voting power with respect to Common Stock held by Acme LLC.",
     [(CP, "Jane Roe", "Acme LLC")]),
    ("John Smith has voting and dispositive power over the shares of Common Stock beneficially "
     "owned by Acme Communications Inc.", [(CP, "John Smith", "Acme Communications Inc.")]),
    ("John Smith is the natural person with voting and dispositive power over the shares held "
     "by Acme Fund LP.", [(CP, "John Smith", "Acme Fund LP")]),
    ("Jane Roe and John Doe are the natural persons who have shared voting and investment power "
     "over the securities held by Acme Master Fund Ltd.",
     [(CP, "Jane Roe", "Acme Master Fund Ltd."), (CP, "John Doe", "Acme Master Fund Ltd.")]),
])
def test_power_over_held(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text", [
    "John Smith has no voting power over the shares held by Acme Fund LP.",  # denied
    "John Smith does not have voting power over the shares held by Acme Fund LP.",
    "Jane Roe has sole voting and dispositive power over 1,000 shares of Common Stock.",
    "Jane Roe has sole voting power with respect to Common Stock.",  # a class, no party
    "Jane Roe and John Doe have sole voting and dispositive power over the shares "
    "beneficially owned by them.",  # a pronoun
    "Each of the Reporting Persons may be deemed to share voting power over the shares held "
    "by Acme Fund.",  # a group
    "The Reporting Persons have shared voting power over the shares held by Acme Fund LP.",
    "Acme Capital LP has shared voting power over the shares held by the Reporting Persons.",
    "Jane Roe is a person with no voting power over the shares held by Acme Fund LP.",
])
def test_no_power_read(text):
    assert [r for r in rels(text) if r[0] == CP] == []


R = "Jane Q. Roe has voting power over the shares held by Acme Fund LP"


@pytest.mark.parametrize("text, expected", [
    # review s27-power H1: the held list ends before the next clause's subject
    (R + ", and John Doe has no voting power over the shares held by Beta Fund LP.",
     [(CP, "Jane Q. Roe", "Acme Fund LP")]),
    ("Acme GP LLC has voting power over the shares held by Acme Fund LP, and Jane Q. Roe has "
     "voting power over the shares held by Acme GP LLC.",
     [(CP, "Acme GP LLC", "Acme Fund LP"), (CP, "Jane Q. Roe", "Acme GP LLC")]),
    (R + ", Mr. Doe has sole voting power over the shares held by Beta Fund LP.",
     [(CP, "Jane Q. Roe", "Acme Fund LP")]),
    (R + " and Mr. Doe, her spouse, has none.", [(CP, "Jane Q. Roe", "Acme Fund LP")]),
    (R + " and Acme GP LLC may be deemed to share such power.",
     [(CP, "Jane Q. Roe", "Acme Fund LP")]),
    (R + ", and Acme GP LLC, as its general partner, may be deemed to beneficially own them.",
     [(CP, "Jane Q. Roe", "Acme Fund LP")]),
    # H4: an opening phrase is no holder
    ("Through Acme GP LLC, " + R + ".", [(CP, "Jane Q. Roe", "Acme Fund LP")]),
    ("Finally, " + R + ".", [(CP, "Jane Q. Roe", "Acme Fund LP")]),
    # M2: "respectively" pairs in order
    ("Jane Q. Roe and John Doe have voting power over the shares held by Acme Fund LP and Beta "
     "Fund LP, respectively.", [(CP, "Jane Q. Roe", "Acme Fund LP"),
                                (CP, "John Doe", "Beta Fund LP")]),
])
def test_power_lists_end_where_the_clause_does(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text", [
    # H2: power an agreement, a proxy, a pledge or a custody gives
    "Parent may be deemed to have shared voting power over the shares held by Acme Fund LP and "
    "Beta Fund LP by virtue of the Voting Agreement.",
    "Pledgee Bank N.A. has voting power over the shares held by Acme Fund LP upon an event of "
    "default under the Pledge Agreement.",
    "Jane Q. Roe has voting power over the shares held by Acme Fund LP as proxy holder.",
    "Jane Q. Roe has voting power over the shares held by John Roe as custodian for Mary Roe.",
    # M1: under management agreements, every fund listed: management, never control
    "Acme Advisors LLC has voting power over the shares held by Acme Fund LP and Beta Fund LP "
    "pursuant to investment management agreements.",
    # H3: a company's stock, a security, an account
    "Fredric H. Gould has sole voting and dispositive power over Apple Inc. shares.",
    "Jane Q. Roe has sole voting power with respect to the Common Stock.",
    "Jane Q. Roe has sole voting power over the Shares.",
    "Acme Advisors LLC has investment discretion with respect to Separately Managed Accounts.",
    # M5: a person's shares (a spouse's, a child's)
    "Jane Q. Roe has voting power over the shares held by John Roe.",
])
def test_power_that_is_no_control(text):
    assert [r for r in rels(text) if r[0] == CP] == []


def test_power_under_management_agreement_is_management():
    text = ("Acme Advisers LP has sole voting power over the Shares held by Acme Fund LP pursuant "
            "to an investment management agreement with Acme Fund LP.")
    assert rels(text) == [("investment_manager_of", "Acme Advisers LP", "Acme Fund LP")]


def test_cue_holds_every_match():
    text = "Acme GP has voting power over the shares held by Acme Fund LP."
    m = POWER_OVER_HELD.search(text)
    assert m is not None and POWER_OVER_HELD_CUE.search(m.group(0)) is not None


def _claim(i, rel, source, note=None):
    return Claim(id=i, relation=rel, source=source, target="fund", note=note)


def test_implied_power_only_under_a_role_with_the_power():
    claims = [_claim("c1", Relation.GENERAL_PARTNER_OF, "gp"),
              _claim("c2", Relation.CONTROL_PERSON_OF, "gp", POWER_NOTE),
              _claim("c3", Relation.DIRECTOR_OF, "roe"),  # a director: the power says more
              _claim("c4", Relation.CONTROL_PERSON_OF, "roe", POWER_NOTE),
              _claim("c5", Relation.CONTROL_PERSON_OF, "doe")]  # read otherwise: kept
    assert [c.id for c in implied_power(claims)] == ["c2"]


def _edges(path):
    out = set()
    for rec in parse_path(path).records:
        names = {p.id: p.name for p in rec.parties}
        out |= {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}
    return out


def test_cover_rows_name_who_controls_each_holder():
    """A 13D whose Item 5 says who holds the power over each corporate holder's shares."""
    edges = _edges(corpus_file("13d/mmcap_cybergy_sc13d.html"))
    assert (CP, "J. Barry Thompson", "SNDT Communications Inc.") in edges
    assert (CP, "Robert Montgomery", "Access Alternative Group S.A.") in edges
    # "Sam Talari has ... power over the securities beneficially owned by Talari Industries
    # Inc.": he is also its managing member, and the power adds nothing to that
    assert ("managing_member_of", "Sam Talari", "Talari Industries Inc.") in edges
    assert (CP, "Sam Talari", "Talari Industries Inc.") not in edges


def test_xml_item2_power_over_a_filer():
    """2025 XML 13D: "Affinity GP and Co-Invest GP share voting and investment power with respect
    to Affinity QXO" (the defined terms resolve to the filers); the "???" EDGAR put for a
    character it could not keep is read as a space."""
    edges = _edges(corpus_file("13d/affinity_qxo_2025_schedule13d.xml"))
    assert (CP, "Affinity Partners GP LP", "Affinity QXO 1 LLC") in edges
    assert (CP, "Affinity Partners Fund I Co-Invest GP LP", "Affinity QXO 1 LLC") in edges
    assert ("general_partner_of", "Affinity Partners GP LP", "Affinity Partners Fund I LP") in edges


def test_power_over_the_issuer_is_dropped():
    """Review s27-power H3: "Jane Roe has sole voting power with respect to <the issuer>" is
    power over the issuer's stock, no control of the issuer."""
    from graphkit.models import FilingRecord, Issuer
    from graphkit.parsers.power_claims import drop_implied_power
    rec = FilingRecord(source="a.txt", form="SC 13D", family="schedule_13d",
                       issuer=Issuer(party_id="p2", name="Widget, Inc."), claims=[
                           _claim("c1", Relation.CONTROL_PERSON_OF, "roe", POWER_NOTE),
                           Claim(id="c2", relation=Relation.CONTROL_PERSON_OF, source="roe",
                                 target="p2", note=POWER_NOTE)])
    drop_implied_power(rec)
    assert [c.id for c in rec.claims] == ["c1"]


@pytest.mark.parametrize("text, expected", [
    ("Voting and dispositive power over the shares held by Acme Fund LP is exercised by "
     "John Q. Smith.", [(CP, "John Q. Smith", "Acme Fund LP")]),
    ("Investment and voting power over the securities held by Acme Fund LP is held by Jane Roe.",
     [(CP, "Jane Roe", "Acme Fund LP")]),
    ("Voting and investment power over the shares held by Acme Fund LP and Beta Fund LP is "
     "shared by Jane Roe and John Doe.",
     [(CP, "Jane Roe", "Acme Fund LP"), (CP, "Jane Roe", "Beta Fund LP"),
      (CP, "John Doe", "Acme Fund LP"), (CP, "John Doe", "Beta Fund LP")]),
    ("Investment power with respect to the securities owned by Acme Fund LP rests with Acme "
     "Capital LLC.", [(CP, "Acme Capital LLC", "Acme Fund LP")]),
    ("Sole voting and dispositive power over the shares of Common Stock held by Acme Holdings, "
     "LLC may be deemed to be exercised by John Smith.", [(CP, "John Smith",
                                                          "Acme Holdings, LLC")]),
    # ", each of whom ..." speaks of the whole list: both are read
    ("Voting and investment power over the shares held by Acme Fund LP may be deemed to be "
     "shared by Jane Roe and John Doe, each of whom disclaims beneficial ownership.",
     [(CP, "Jane Roe", "Acme Fund LP"), (CP, "John Doe", "Acme Fund LP")]),
])
def test_power_exercised_by(text, expected):
    """The passive form (both s27 reviewers: common in 13G and Form 4 footnotes)."""
    assert [r for r in rels(text) if r[0] == CP] == expected


@pytest.mark.parametrize("text", [
    "Voting power over the shares held by Acme Fund LP is not exercised by Acme GP LLC.",
    "Voting power over the shares held by Acme Fund LP is exercised by its board of directors.",
    "Voting power over the shares held by Acme Fund LP is exercised by the investment "
    "committee of Acme Capital LLC.",
    "Voting and dispositive power over the shares held by Jane Roe is exercised by John Roe.",
    "Voting power over the shares held by Acme Fund LP is exercised by Jane Roe pursuant to a "
    "proxy.",
    "Voting power over the shares held by the Reporting Persons is exercised by John Smith.",
    "Voting power of Acme Fund LP is exercised by John Smith.",  # "held by" is needed
    "Voting power over the shares held by Acme Fund LP is exercised by Jane Roe; she "
    "disclaims any control of Acme Fund LP.",
])
def test_power_exercised_by_not_read(text):
    """Denied, a body or a pronoun, a person's own shares, a proxy, a group, no holder of the
    securities named, a disclaimer of control."""
    assert [r for r in rels(text) if r[0] == CP] == []


def test_power_exercised_by_under_a_role_is_the_role():
    """A general partner's power over its fund's shares adds nothing to its role: the record
    keeps only general_partner_of (power_claims.drop_implied_power)."""
    from graphkit.parsers.power_claims import drop_implied_power
    from graphkit.models import FilingRecord, Issuer
    text = ("Acme GP LLC is the general partner of Acme Fund LP. Voting power over the shares "
            "held by Acme Fund LP is exercised by Acme GP LLC.")
    found = find_relationships(SourceText(path="t.txt", text=text))
    assert sorted((f.relation.value, f.pattern) for f in found) == [
        (CP, "power_exercised_by"), ("general_partner_of", "holder_is_role_of")]
    rec = FilingRecord(source="a.txt", form="SC 13G", family="schedule_13g",
                       issuer=Issuer(party_id="p9", name="Widget, Inc."), claims=[
                           Claim(id="c1", relation=Relation.GENERAL_PARTNER_OF, source="gp",
                                 target="fund"),
                           Claim(id="c2", relation=Relation.CONTROL_PERSON_OF, source="gp",
                                 target="fund", note=POWER_NOTE)])
    drop_implied_power(rec)
    assert [c.id for c in rec.claims] == ["c1"]


def test_power_exercised_by_cue_holds_every_match():
    text = "Voting power over the shares held by Acme Fund LP is exercised by Jane Roe."
    m = POWER_EXERCISED_BY.search(text)
    assert m is not None and POWER_OVER_HELD_CUE.search(m.group(0)) is not None


@pytest.mark.parametrize("text, expected", [
    # review s28 M7: the rule of three, none of them controls alone
    ("Voting and dispositive power over the shares held by Acme Fund LP is exercised by John "
     "Roe, Mary Roe and Bob Smith, none of whom has sole power.", []),
    # review s28 M8: ", and B and C, each of which ..., have" opens a new clause
    ("Voting and dispositive power over the shares held by Acme Fund LP is exercised by Acme GP "
     "LLC, and Beta LLC and Gamma LLC, each of which is a member of Acme GP LLC, have no such "
     "power.", [(CP, "Acme GP LLC", "Acme Fund LP")]),
    ("Acme GP LLC controls Acme Fund LP, and Beta Fund LP and Gamma Fund LP, each of which is "
     "managed by Delta Advisors LLC, hold the remaining shares.",
     [(CP, "Acme GP LLC", "Acme Fund LP")]),
    # a serial list with its comma before "and" is one list
    ("Jane Roe has voting power over the shares held by Acme Fund LP, Beta Fund LP, and Gamma "
     "Fund LP, each of which is a Delaware limited partnership.",
     [(CP, "Jane Roe", "Acme Fund LP"), (CP, "Jane Roe", "Beta Fund LP"),
      (CP, "Jane Roe", "Gamma Fund LP")]),
])
def test_review_s28_lists(text, expected):
    assert [r for r in rels(text) if r[0] == CP] == expected


@pytest.mark.parametrize("text, expected", [
    # re-review s28 N3: "none of which" on another clause cancels nothing
    ("Voting power over the shares held by Beta Fund LP is exercised by Jane Roe, and Acme "
     "Holdings LLC controls Acme Fund LP, none of which is a bank.",
     [(CP, "Acme Holdings LLC", "Acme Fund LP"), (CP, "Jane Roe", "Beta Fund LP")]),
    # re-review s28 N7: "A, and B, each of which" is one list
    ("Acme GP LLC controls Acme LP, and Beta LP, each of which is a Delaware limited "
     "partnership.", [(CP, "Acme GP LLC", "Acme LP"), (CP, "Acme GP LLC", "Beta LP")]),
])
def test_rereview_s28_lists(text, expected):
    assert sorted(r for r in rels(text) if r[0] == CP) == expected


# -- the passive naming the holder by its role there (session 29) ----------------------------

GP, IM, MM = "general_partner_of", "investment_manager_of", "managing_member_of"


@pytest.mark.parametrize("text, expected", [
    ("Voting and investment power over the shares held by Acme Fund, L.P. is exercised by its "
     "general partner, Acme GP, LLC.", [(GP, "Acme GP, LLC", "Acme Fund, L.P.")]),
    ("Investment power over the shares held by Acme Fund, L.P. is exercised by its investment "
     "manager, Acme Advisors LLC, pursuant to an investment management agreement.",
     [(IM, "Acme Advisors LLC", "Acme Fund, L.P.")]),
    ("Voting and dispositive power over the shares held by Acme Holdings LLC is exercised by its "
     "managing members, Jane Roe and John Doe, none of whom has sole power.",
     [(MM, "Jane Roe", "Acme Holdings LLC"), (MM, "John Doe", "Acme Holdings LLC")]),
    # the role after the holder: the role and the passive's control (dropped from the record
    # by implied_power, as for any role with the power)
    ("Voting and dispositive power over the shares held by Acme Fund, L.P. is exercised by Acme "
     "GP, LLC, its general partner.",
     [(CP, "Acme GP, LLC", "Acme Fund, L.P."), (GP, "Acme GP, LLC", "Acme Fund, L.P.")]),
    # a role of another party: no role read
    ("Voting and dispositive power over the shares held by Acme Fund, L.P. is exercised by Acme "
     "GP, LLC, its general partner's manager.", [(CP, "Acme GP, LLC", "Acme Fund, L.P.")]),
    ("Voting and dispositive power over the shares held by Acme Fund, L.P. is exercised by Acme "
     "GP, LLC, its general partner of record.", [(CP, "Acme GP, LLC", "Acme Fund, L.P.")]),
])
def test_power_exercised_by_its_role(text, expected):
    assert rels(text) == sorted(expected)


@pytest.mark.parametrize("pattern, text", [
    (POWER_BY_ITS_ROLE, "Voting power over the shares held by Acme Fund LP is exercised by its "
                        "general partner, Acme GP LLC."),
    (POWER_BY_HOLDER_ITS_ROLE, "Voting power over the shares held by Acme Fund LP is held by "
                               "Acme GP LLC, its general partner."),
])
def test_power_by_role_patterns(pattern, text):
    m = pattern.search(text)
    assert (m["holder"].rstrip("."), m["held"], m["role"]) == (
        "Acme GP LLC", "Acme Fund LP", "general partner")
    assert POWER_OVER_HELD_CUE.search(text)


def test_power_by_its_role_in_a_record_keeps_the_role_only():
    from tests.short_13d import claims, short_13d
    rec = claims(short_13d(item3=
        "Voting and dispositive power over the shares held by Acme Fund, L.P. is exercised by "
        "Acme GP, LLC, its general partner. Acme Fund, L.P. owns 70,000 shares of Common Stock."))
    assert ("general_partner_of", "Acme GP, LLC", "Acme Fund, L.P.", None) in rec
    assert not any(c[0] == CP and c[2] == "Acme Fund, L.P." for c in rec)
