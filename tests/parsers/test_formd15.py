"""Form D related persons (review x15, H4, H5, M1 to M6): a role or title "of the General
Partner" or "of the Investment Manager" is held at that entity, a role at the general partner's
own general partner is no role at the general partner, roles with a rank ("Senior Managing
Member"), two roles in one clarification, an LLC issuer's managing member, co-issuers, and a
person's capacity typed into the name fields.

The made-up filings in ``tests/fixtures/filings/formd15/`` are a reviewer's edits of the real
``aip_capital_fund_vi_2015_d.xml`` (same folder; its source is in the folder's README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers import formd_clarify as fc

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "formd15"
FUND = "American Industrial Partners Capital Fund VI, L.P."


def claims(name: str) -> list[tuple[str, str, str, str | None]]:
    """(relation, source name, target name, title) of each claim of a fixture."""
    (rec,) = parse_path(FIXTURES / name).records
    names = {p.id: p.name for p in rec.parties}
    return [(c.relation.value, names[c.source], names[c.target], c.title) for c in rec.claims]


def warnings(name: str) -> list[tuple[str, str]]:
    (rec,) = parse_path(FIXTURES / name).records
    return [(w.code, w.message) for w in rec.warnings]


# --- H4: a title "of the General Partner" is the general partner's -----------------------------

@pytest.mark.parametrize("text,relation,title", [
    ("CEO of the General Partner", "officer_of", "CEO"),
    ("Managing Director of the General Partner", "officer_of", "Managing Director"),
    ("Chief Executive Officer of General Partner", "officer_of", "Chief Executive Officer"),
    ("President and CEO of the General Partner", "officer_of", "President and CEO"),
    ("MD of the GP", "officer_of", "MD"),
    ("CFO of the Issuer's General Partner", "officer_of", "CFO"),
    ("Managing Partner of the General Partner", "officer_of", "Managing Partner"),
    ("Vice President of Finance of the General Partner", "officer_of",
     "Vice President of Finance"),
    ("Managing Member of the General Partner", "managing_member_of", None),
])
def test_title_at_the_general_partner(text, relation, title):
    c = fc.read_clarification(text)
    assert (c.kind.value, c.relation.value, c.title) == ("role_at_general_partner", relation,
                                                         title)


@pytest.mark.parametrize("text,title", [
    # an officer's title of the issuer: kept
    ("CEO", "CEO"), ("Chief Financial Officer", "Chief Financial Officer"),
    ("CEO of the Issuer", "CEO"), ("Vice President of Finance", "Vice President"),
    ("President and CEO", "President and CEO"),
    ("Chief Executive Officer and Member of the Board of Managers", "Chief Executive Officer"),
    # a title held at another party: no title of the issuer
    ("CEO of Acme Capital LLC", None), ("CEO, General Partner", None),
    ("CEO of the Investment Manager", None), ("President of the Manager", None),
    ("Limited Partner of the General Partner", None), ("CEO of the Company's subsidiary", None),
])
def test_title_of_the_issuer_only(text, title):
    c = fc.read_clarification(text)
    assert (c.title if c.kind.value == "title" and c.named is None else None) == title
    assert fc.issuer_officer_title(text) == title


def test_title_held_elsewhere_pattern():
    """review formd15 M2: a title "of" a party is another party's only when that party is a
    related entity by its role (TITLE_AT_ENTITY) or a name that is not the issuer's."""
    assert fc.TITLE_AT_ENTITY.search(" of the General Partner")
    assert not fc.TITLE_AT_ENTITY.search(" at Acme Capital LLC")
    assert fc.officer_title_at("CFO at Acme Capital LLC") == ("CFO", "Acme Capital LLC")
    assert not fc.TITLE_AT_ENTITY.search(" of the Issuer")
    assert not fc.TITLE_AT_ENTITY.search(" and Member of the Board of Managers")
    assert fc.ENTITY_TITLE.match("President and CEO")
    assert fc.ENTITY_TITLE.match("Managing Director")
    assert not fc.ENTITY_TITLE.match("Limited Partner")
    assert not fc.ENTITY_TITLE.match("Authorized Signatory")


def test_d01_ceo_and_managing_director_of_the_general_partner():
    got = claims("d01_clarifications.xml")
    assert ("officer_of", "Dino Cusumano", "AIPCF VI, LLC", "CEO") in got
    assert ("officer_of", "Paul Roe", "AIPCF VI, LLC", "Managing Director") in got
    # no officer claim of theirs on the fund
    assert not [c for c in got if c[1] in ("Dino Cusumano", "Paul Roe") and c[2] == FUND]


def test_signer_title_of_the_general_partner_is_not_put_on_the_issuer_claim():
    from graphkit.models import PartyKind, PartyRole, Signature
    from graphkit.parsers.formd_builder import FormDBuilder
    from graphkit.relations import Relation
    from graphkit.source import SourceText
    b = FormDBuilder(SourceText(path="d.xml", text="x"))
    b.add_party("Fund, LP", PartyKind.ORGANIZATION, [PartyRole.ISSUER], None, party_id="issuer")
    pid = b.add_party("Jane Roe", PartyKind.PERSON, [PartyRole.RELATED_PERSON], None)
    b.add_claim(Relation.OFFICER_OF, pid, "issuer", None)
    b.attach_signatures([Signature(signer="Jane Roe", title="CEO of the General Partner")])
    assert b.claims[0].title is None
    b.attach_signatures([Signature(signer="Jane Roe", title="Chief Financial Officer")])
    assert b.claims[0].title == "Chief Financial Officer"


# --- H5: a role at the general partner's own general partner ----------------------------------

@pytest.mark.parametrize("text,through", [
    ("Director of the General Partner of the General Partner", "General Partner"),
    ("CEO of the General Partner of the General Partner", "General Partner"),
    ("Director of the GP's GP", "'s GP"),
    ("Managing Member of the General Partner of Acme Fund II", "Acme Fund II"),
])
def test_role_through_the_general_partner(text, through):
    c = fc.read_clarification(text)
    assert (c.kind.value, c.through) == ("role_elsewhere", through)


@pytest.mark.parametrize("text", [
    "Managing Member of the General Partner of the Issuer.",
    'Managing Member of the General Partner (the "Manager")',
    "Manager of the general partner of the Issuer",
])
def test_role_at_the_issuers_general_partner(text):
    assert fc.read_clarification(text).kind.value == "role_at_general_partner"
    assert fc.ROLE_END.match(fc.ROLE_AT_ENTITY.match(text)["rest"])


def test_d01_director_of_the_gp_of_the_gp_is_no_director_of_the_gp():
    got = claims("d01_clarifications.xml")
    assert [c for c in got if c[1] == "Anne Doe"] == [
        ("director_of", "Anne Doe", FUND, None)]  # the box, with the text as a note
    assert ("unresolved-clarification", "Anne Doe: 'Director of the General Partner of the "
            "General Partner' names a party through the general partner that is not a related "
            "person; kept as a note") in warnings("d01_clarifications.xml")


def test_d10_gp_of_the_gp_a_related_person_still_chains():
    got = claims("d10_gp_of_gp.xml")
    assert ("general_partner_of", "AIPCF VI GP, LLC", "AIPCF VI, L.P.", None) in got
    assert ("managing_member_of", "Kim Marvin", "AIPCF VI GP, LLC", None) in got
    assert not warnings("d10_gp_of_gp.xml")


def builder(*people: tuple[str, str, str, tuple[str, ...]], issuer: str = "Acme Fund II, L.P.",
            co: tuple[tuple[str, str | None], ...] = ()):
    """A builder with an issuer, its co-issuers ``co`` (name, entity type) and related persons
    (name, kind, clarification, boxes), related by relate_persons; returns (relation, source,
    target, title) of each claim and the warning codes."""
    from graphkit.models import PartyRole
    from graphkit.parsers.formd_builder import FormDBuilder
    from graphkit.parsers.formd_roles import RelatedPerson, read_clarification, relate_persons
    from graphkit.source import SourceText
    b = FormDBuilder(SourceText(path="d.xml", text="x"))
    b.add_party(issuer, "organization", [PartyRole.ISSUER], None, party_id="issuer")
    types = {b.add_party(name, "organization", [PartyRole.ISSUER], None): kind
             for name, kind in co}
    persons = [RelatedPerson(party_id=b.add_party(name, kind, [PartyRole.RELATED_PERSON], None),
                             boxes=boxes, clarification=read_clarification(clar))
               for name, kind, clar, boxes in people]
    relate_persons(b, persons, types)
    names = {p.id: p.name for p in b.parties}
    return ([(c.relation.value, names[c.source], names[c.target], c.title) for c in b.claims],
            [w.code for w in b.warnings])


def test_general_partner_of_the_issuer_named_by_its_name():
    got, warned = builder(("Acme GP, LLC", "organization", "General Partner", ()),
                          ("Jane Roe", "person", "Managing Member of the General Partner of "
                           "Acme Fund II", ("Executive Officer",)))
    assert got == [("general_partner_of", "Acme GP, LLC", "Acme Fund II, L.P.", None),
                   ("managing_member_of", "Jane Roe", "Acme GP, LLC", None)]
    assert warned == []
    got, warned = builder(("Acme GP, LLC", "organization", "General Partner", ()),
                          ("Jane Roe", "person", "Managing Member of the General Partner of "
                           "Acme Fund III", ("Executive Officer",)))
    assert got[1] == ("officer_of", "Jane Roe", "Acme Fund II, L.P.", None)
    assert warned == ["unresolved-clarification"]


# --- M1: a managing member with a rank ----------------------------------------------------------

@pytest.mark.parametrize("text,relation", [
    ("Senior Managing Member of the General Partner.", "managing_member_of"),
    ("Co-Managing Member of the General Partner", "managing_member_of"),
    ("Founding Managing Member of the GP", "managing_member_of"),
    ("Principal General Partner of the General Partner", "general_partner_of"),
    ("Co-Manager of the General Partner", "managing_member_of"),
    ("Sole Member of the General Partner", "member_of"),
])
def test_ranked_role_at_the_general_partner(text, relation):
    c = fc.read_clarification(text)
    assert (c.kind.value, c.relation.value, c.title) == ("role_at_general_partner", relation,
                                                         None)


@pytest.mark.parametrize("text", ["Senior Manager of the General Partner",
                                  "Senior Director of the General Partner"])
def test_an_employees_rank_is_no_role_at_the_general_partner(text):
    assert fc.read_clarification(text).kind.value == "note"
    assert not fc.RANKED_ROLE.match(text.rsplit(" of ", 1)[0].lower())


def test_real_aip_fund_vi_senior_managing_members():
    """The real Form D: three "Senior Managing Member of the General Partner." of AIPCF VI, LLC,
    "The General Partner of the Issuer."."""
    assert claims("aip_capital_fund_vi_2015_d.xml") == [
        ("general_partner_of", "AIPCF VI, LLC", FUND, None),
        ("promoter_of", "AIPCF VI, LLC", FUND, None),
        ("managing_member_of", "Kim Marvin", "AIPCF VI, LLC", None),
        ("managing_member_of", "John Becker", "AIPCF VI, LLC", None),
        ("managing_member_of", "Dino Cusumano", "AIPCF VI, LLC", None)]
    assert warnings("aip_capital_fund_vi_2015_d.xml") == []


def test_d01_senior_and_co_managing_members():
    got = claims("d01_clarifications.xml")
    assert ("managing_member_of", "Kim Marvin", "AIPCF VI, LLC", None) in got
    assert ("managing_member_of", "John Becker", "AIPCF VI, LLC", None) in got
    assert not [c for c in got if c[1] in ("Kim Marvin", "John Becker") and c[2] == FUND]


def test_rendered_html_senior_managing_member():
    """The same clarification in the HTML view of a Form D (an edit of the corpus Hashnote
    rendering: its Leo Mizuhara is "Director of general partner")."""
    got = claims("h01_rendered_formd_entities.html")
    assert ("managing_member_of", "Jane Roe", "Hashnote GP, LLC", None) in got
    assert ("director_of", "Leo Mizuhara", "Hashnote GP, LLC", None) in got


# --- M2 to M4: roles at the adviser and the managing member, two roles, "Issuers", LLCs -------

@pytest.mark.parametrize("text,roles", [
    ("Managing Member of the Investment Manager", [("role_at_adviser", "managing_member_of")]),
    ("Director of the Investment Adviser", [("role_at_adviser", "director_of")]),
    ("CEO of the Investment Manager", [("role_at_adviser", "officer_of")]),
    ("Manager of the Managing Member", [("role_at_managing_member", "managing_member_of")]),
    ("Managing Member of the General Partner and of the Investment Manager",
     [("role_at_general_partner", "managing_member_of"),
      ("role_at_adviser", "managing_member_of")]),
    ("Director and CEO of the General Partner",
     [("role_at_general_partner", "director_of"), ("role_at_general_partner", "officer_of")]),
    ("General Partner and Investment Manager",
     [("role_at_issuer", "general_partner_of"), ("role_at_issuer", "investment_manager_of")]),
    ("General Partner of the Issuers", [("role_at_issuer", "general_partner_of")]),
    ("Managing Member", [("role_at_issuer", "managing_member_of")]),
    ("Managing Member of the Issuer", [("role_at_issuer", "managing_member_of")]),
    ("Sole Member", [("role_at_issuer", "member_of")]),
    ("Director and Executive Officer", [("box", "director_of"), ("box", "officer_of")]),
    # not read: a role that is no role at the entity, a party by its name
    ("Limited Partner of the Investment Manager", [("note", None)]),
    ("Director and Limited Partner of the General Partner", [("note", None)]),
])
def test_roles_read(text, roles):
    c = fc.read_clarification(text)
    assert [(r.kind.value, r.relation.value if r.relation else None) for r in c.roles()] == roles


def test_issuers_plural_and_llc_flags():
    assert fc.read_clarification("General Partner of the Issuers").all_issuers
    assert fc.read_clarification("General Partner of each of the Funds").all_issuers
    assert not fc.read_clarification("General Partner of the Issuer").all_issuers
    assert fc.read_clarification("Managing Member").if_llc
    # review formd15 H3: "of the Issuer" does not make a managing member of a partnership
    assert fc.read_clarification("Managing Member of the Issuer").if_llc
    # a party by its name: the caller checks that it is an issuer (formd_roles.issuer_of)
    c = fc.read_clarification("Managing Member of Acme Holdings LLC")
    assert (c.kind.value, c.relation.value, c.named) == ("role_at_issuer", "managing_member_of",
                                                         "Acme Holdings LLC")
    assert fc.ISSUER_ROLE.match("Investment Adviser")["adviser"]
    assert fc.ENTITY_KIND.match("the Issuer's general partner")["gp"]
    assert fc.LIST_SEPARATOR.split("the General Partner and of the Investment Manager") == [
        "the General Partner", "the Investment Manager"]


def test_d02_roles_at_the_investment_manager():
    got = claims("d02_adviser.xml")
    adviser = "American Industrial Partners, L.P."
    assert [c for c in got if c[1] in ("Kim Marvin", "John Becker", "Dino Cusumano")] == [
        ("managing_member_of", "Kim Marvin", "AIPCF VI, LLC", None),
        ("managing_member_of", "Kim Marvin", adviser, None),
        ("director_of", "John Becker", adviser, None),
        ("managing_member_of", "Dino Cusumano", adviser, None)]
    assert ("investment_manager_of", adviser, FUND, None) in got
    assert warnings("d02_adviser.xml") == []


def test_d03_two_roles_at_the_issuer():
    assert claims("d03_two_roles.xml") == [
        ("general_partner_of", "AIPCF VI, LLC", FUND, None),
        ("investment_manager_of", "AIPCF VI, LLC", FUND, None),
        ("promoter_of", "AIPCF VI, LLC", FUND, None),
        ("managing_member_of", "Kim Marvin", "AIPCF VI, LLC", None)]
    assert warnings("d03_two_roles.xml") == []


def test_d04_llc_issuer_managing_member():
    llc = "Acme Real Estate Fund I, LLC"
    assert claims("d04_llc_issuer.xml") == [
        ("managing_member_of", "Acme Manager, LLC", llc, None),
        ("managing_member_of", "Jane Roe", "Acme Manager, LLC", None),
        ("managing_member_of", "John Doe", llc, None)]
    assert warnings("d04_llc_issuer.xml") == []


def test_bare_managing_member_of_a_partnership_issuer_is_a_note():
    """A partnership has no managing member: a bare "Managing Member" is kept as a note (it
    most likely means the general partner's), and an entity so marked gets the warning that
    says its clarification was not read."""
    got, warned = builder(("Acme Manager, LLC", "organization", "Managing Member",
                           ("Executive Officer",)),
                          ("Jane Roe", "person", "Managing Member", ("Executive Officer",)))
    assert got == [("officer_of", "Jane Roe", "Acme Fund II, L.P.", None)]
    assert warned == ["role-kind-mismatch"]
    got, _ = builder(("Acme Manager, LLC", "organization", "Managing Member",
                      ("Executive Officer",)), issuer="Acme Fund II, LLC")
    assert got == [("managing_member_of", "Acme Manager, LLC", "Acme Fund II, LLC", None)]


def test_role_kind_mismatch_names_the_clarification():
    _, warned = builder(("Acme Manager, LLC", "organization", "Sponsor", ("Executive Officer",)))
    (rec_warning,) = warned
    assert rec_warning == "role-kind-mismatch"
    from graphkit.models import PartyRole
    from graphkit.parsers.formd_builder import FormDBuilder
    from graphkit.parsers.formd_roles import RelatedPerson, read_clarification, relate_persons
    from graphkit.source import SourceText
    b = FormDBuilder(SourceText(path="d.xml", text="x"))
    b.add_party("Acme Fund, L.P.", "organization", [PartyRole.ISSUER], None, party_id="issuer")
    pid = b.add_party("Acme Manager, LLC", "organization", [PartyRole.RELATED_PERSON], None)
    relate_persons(b, [RelatedPerson(party_id=pid, boxes=("Executive Officer",),
                                     clarification=read_clarification("Sponsor"))])
    assert b.warnings[0].message == ("Acme Manager, LLC: an organization marked Executive "
                                     "Officer whose clarification 'Sponsor' states no role read "
                                     "here; no claim")


def test_a_box_role_in_the_clarification_keeps_its_box():
    """"Director and Executive Officer" restates the boxes: their claims, with the text as a
    note; a role the boxes do not name is not claimed from the clarification alone (review
    formd15 M3: only a checked box claims)."""
    got, warned = builder(("Jane Roe", "person", "Director and Executive Officer",
                           ("Executive Officer",)))
    assert sorted(got) == [("officer_of", "Jane Roe", "Acme Fund II, L.P.", None)]
    assert warned == []


def test_issuer_form():
    from graphkit.parsers.formd_roles import LEGAL_FORM_END, issuer_form
    assert issuer_form("Acme Real Estate Fund I, LLC", "Limited Partnership") == "llc"
    assert issuer_form("Acme Fund, L.P.", "Limited Liability Company") == "lp"
    assert issuer_form("Acme Fund", "Limited Liability Company") == "llc"
    assert issuer_form("Acme Fund") is None
    assert LEGAL_FORM_END.search("Acme L.L.L.P.")["lp"]
    assert not LEGAL_FORM_END.search("Acme Help")


# --- M5: co-issuers ----------------------------------------------------------------------------

FUND_A = "American Industrial Partners Capital Fund VI-A, L.P."


def test_d11_the_one_general_partner_of_partnership_co_issuers():
    got = claims("d11_coissuers_gp.xml")
    assert [c for c in got if c[0] == "general_partner_of"] == [
        ("general_partner_of", "AIPCF VI, LLC", FUND, None),
        ("general_partner_of", "AIPCF VI, LLC", FUND_A, None)]
    assert ("managing_member_of", "Kim Marvin", "AIPCF VI, LLC", None) in got
    # a box does not say which issuer it is checked for
    assert ("promoter_of", "AIPCF VI, LLC", FUND_A, None) not in got


def test_d06_general_partner_of_the_issuers():
    got = claims("d06_coissuers.xml")
    assert [c for c in got if c[0] == "general_partner_of"] == [
        ("general_partner_of", "AIPCF VI, LLC", FUND, None),
        ("general_partner_of", "AIPCF VI, LLC", FUND_A, None)]
    assert ("managing_member_of", "Kim Marvin", "AIPCF VI, LLC", None) in got
    assert warnings("d06_coissuers.xml") == []


def co_issued(*people: tuple[str, str], co: tuple[tuple[str, str | None], ...]):
    """Claims but promoter_of, and warnings, of related entities (name, clarification; the
    Promoter box) of "Acme Fund, L.P." and its co-issuers ``co`` (name, entity type)."""
    got, warned = builder(*((name, "organization", clar, ("Promoter",)) for name, clar in people),
                          issuer="Acme Fund, L.P.", co=co)
    return [c[:3] for c in got if c[0] != "promoter_of"], warned


def test_co_issuers_that_are_not_partnerships_get_no_general_partner():
    got, warned = co_issued(("Acme GP, LLC", "General Partner"),
                            co=(("Acme Blocker, Inc.", "Corporation"),
                                ("Acme Fund (Parallel), L.P.", None),
                                ("Acme Feeder", "Limited Partnership")))
    assert got == [("general_partner_of", "Acme GP, LLC", "Acme Fund, L.P."),
                   ("general_partner_of", "Acme GP, LLC", "Acme Fund (Parallel), L.P."),
                   ("general_partner_of", "Acme GP, LLC", "Acme Feeder")]
    assert warned == []


def test_two_general_partners_with_co_issuers_are_not_paired():
    got, warned = co_issued(("Acme GP, LLC", "General Partner"),
                            ("Acme Parallel GP, LLC", "General Partner"),
                            co=(("Acme Parallel Fund, L.P.", "Limited Partnership"),))
    assert got == [("general_partner_of", "Acme GP, LLC", "Acme Fund, L.P."),
                   ("general_partner_of", "Acme Parallel GP, LLC", "Acme Fund, L.P.")]
    assert warned == ["co-issuers-unpaired"]


def test_investment_manager_of_the_funds_is_every_issuers():
    got, _ = co_issued(("Acme Advisers, LLC", "Investment Manager of the Funds"),
                       co=(("Acme Blocker, Inc.", "Corporation"),))
    assert got == [("investment_manager_of", "Acme Advisers, LLC", "Acme Fund, L.P."),
                   ("investment_manager_of", "Acme Advisers, LLC", "Acme Blocker, Inc.")]
    got, _ = co_issued(("Acme Advisers, LLC", "Investment Manager"),
                       co=(("Acme Parallel Fund, L.P.", "Limited Partnership"),))
    assert got == [("investment_manager_of", "Acme Advisers, LLC", "Acme Fund, L.P.")]


def test_real_corpus_series_co_issuer_gets_the_general_partner():
    """shared/corpus/formd_xml/apfund_iv_belltower_2023_d.xml: two series of one Delaware
    limited partnership, one "General partner of the Issuer" (Fund GP, LLC)."""
    from tests.conftest import corpus_file
    (rec,) = parse_path(corpus_file("formd_xml/apfund_iv_belltower_2023_d.xml")).records
    names = {p.id: p.name for p in rec.parties}
    assert sorted(names[c.target] for c in rec.claims
                  if c.relation.value == "general_partner_of") == [
        "AP Fund IV AL Vehicle, a series of Inference Technology Partners, LP",
        "AP Fund IV, a series of Inference Technology Partners, LP"]


# --- M6: a capacity typed into the name fields -------------------------------------------------

@pytest.mark.parametrize("typed,name,trust,role", [
    ("Roe, Trustee of the Roe Family Trust", "Roe", "Roe Family Trust", None),
    ("Dixon, Donald R., Trustee of the Dixon Family Trust", "Dixon, Donald R.",
     "Dixon Family Trust", None),
    ("Roe, Jane, as Co-Trustee of the Roe 2010 Trust", "Roe, Jane", "Roe 2010 Trust", None),
    ("Acme Bank, N.A., Trustee of the Roe Trust", "Acme Bank, N.A.", "Roe Trust", None),
    ("Roe, Jane (Managing Member of the General Partner)", "Roe, Jane", None,
     "Managing Member of the General Partner"),
    ("Jane Roe (CEO)", "Jane Roe", None, "CEO"),
    ("Acme GP, LLC, General Partner", "Acme GP, LLC", None, "General Partner"),
    # kept whole: no capacity, or none that reads
    ("Acme Trustee Services, LLC", "Acme Trustee Services, LLC", None, None),
    ("Smith, John (Jack)", "Smith, John (Jack)", None, None),
    ("Acme Fund (Cayman)", "Acme Fund (Cayman)", None, None),
    ("Fund GP, LLC", "Fund GP, LLC", None, None),
    ("Roe, Jane, Jr.", "Roe, Jane, Jr.", None, None),
    ("Jane Roe, trustee of various trusts", "Jane Roe, trustee of various trusts", None, None),
    ("The Roe Family Trust, Jane Roe, Trustee", "The Roe Family Trust, Jane Roe, Trustee",
     None, None),
])
def test_split_name_capacity(typed, name, trust, role):
    from graphkit.parsers.formd_names import split_name_capacity
    got = split_name_capacity(typed)
    assert (got.name, got.trust, got.role) == (name, trust, role)


def test_name_capacity_patterns():
    from graphkit.parsers import formd_names as fn
    assert fn.TRUSTEE_OF.search("Jane Roe, Trustee of the Roe Trust")["trust"] == "Roe Trust"
    assert not fn.TRUSTEE_OF.search("Acme Trustee Services, LLC")
    assert fn.ROLE_IN_BRACKETS.search("Roe, Jane (CEO)")["role"] == "CEO"
    assert fn.ROLE_AFTER_COMMA.search("Acme GP, LLC, General Partner")["role"] == \
        "General Partner"


def test_d05_trustee_typed_in_the_last_name_field():
    (rec,) = parse_path(FIXTURES / "d05_name_fields.xml").records
    parties = {p.name: p for p in rec.parties}
    assert "Jane Roe, Trustee of the Roe Family Trust" not in parties
    assert parties["Jane Roe"].kind.value == "person"
    assert parties["Roe Family Trust"].kind.value == "organization"
    assert parties["Jane Roe"].readings[-1].raw == "Roe, Trustee of the Roe Family Trust"
    got = claims("d05_name_fields.xml")
    assert ("trustee_of", "Jane Roe", "Roe Family Trust", None) in got
    assert ("managing_member_of", "Jane Roe", "AIPCF VI, LLC", None) in got
    assert ("managing_member_of", "Kim Marvin", "AIPCF VI, LLC", None) in got


def test_p01_paper_capacity_after_the_name():
    """An edit of the bundled paper sample: a GP box entity, "Roe, Jane (Managing Member of the
    General Partner)" and "Dixon, Donald R., Trustee of the Dixon Family Trust"."""
    fund, gp = "Acme Venture Fund II, L.P.", "Acme Venture Partners II, L.L.C."
    (rec,) = parse_path(FIXTURES / "p01_paper_formd_partnership.txt").records
    kinds = {p.name: p.kind.value for p in rec.parties}
    assert (kinds["Roe, Jane"], kinds["Dixon, Donald R."], kinds["Dixon Family Trust"]) == (
        "person", "person", "organization")
    got = claims("p01_paper_formd_partnership.txt")
    assert [c for c in got if c[1] in ("Roe, Jane", "Dixon, Donald R.", gp)] == [
        ("trustee_of", "Dixon, Donald R.", "Dixon Family Trust", None),
        ("general_partner_of", gp, fund, None),
        ("managing_member_of", "Roe, Jane", gp, None),
        ("beneficial_owner_of", "Dixon, Donald R.", fund, None),
        ("director_of", "Dixon, Donald R.", fund, None)]
    assert [w for w in warnings("p01_paper_formd_partnership.txt")
            if w[0] != "sum-mismatch"] == []


def test_paper_entity_marked_executive_officer_gets_no_claim():
    """The paper reader now relates persons as the XML one does: an entity with only the
    Executive Officer box gets the warning and no claim (it said "kept as a note" and made
    the claim)."""
    from graphkit.parsers.formd_text import parse_formd_text
    from graphkit.source import SourceText
    text = ("FORM D\nName of Issuer (☐ check if this is an amendment)**Acme, Inc.**\n"
            "Check Box(es) that Apply: ☐ Promoter ☐ Beneficial Owner ☒ Executive Officer "
            "☐ Director ☐ General and/or Managing Partner\n"
            "Full Name (Last name first, if individual)\n\nAcme Holdings, LLC\n")
    rec = parse_formd_text(SourceText(path="d.txt", text=text))
    assert rec.claims == []
    assert [w.code for w in rec.warnings if w.code == "role-kind-mismatch"] == [
        "role-kind-mismatch"]


def test_rendered_html_role_typed_after_the_last_name():
    """The HTML view: a role typed in the Last Name cell, no clarification: the name alone, the
    role read as the clarification."""
    from graphkit.parsers.formd_html import parse_formd_html
    from graphkit.source import SourceText
    html = (FIXTURES / "h01_rendered_formd_entities.html").read_text()
    html = html.replace('<td class="FormData">Roe</td>',
                        '<td class="FormData">Roe (Managing Member of the General Partner)</td>')
    html = html.replace('<span class="FormData">Senior Managing Member of the General Partner'
                        '</span>', '')
    rec = parse_formd_html(SourceText(path="h.html", text=html))
    names = {p.id: p.name for p in rec.parties}
    assert "Jane Roe" in names.values()
    assert ("managing_member_of", "Jane Roe", "Hashnote GP, LLC") in [
        (c.relation.value, names[c.source], names[c.target]) for c in rec.claims]
