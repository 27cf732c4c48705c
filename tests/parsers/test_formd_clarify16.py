"""Form D related persons (review formd15, H1 to H3, M1 to M3): "<title>, General Partner" is a
title at the general partner, a co-issuer's own general partner is read and the lone-GP
inference stays off when another GP is stated, a partnership has no managing member, text
after "of the General Partner" keeps the role, the issuer's officer titles stay, and a box's
role in a clarification claims no box that is not checked.

The made-up filings in ``tests/fixtures/filings/formd16/`` are the reviewer's probes (edits of
a Form D template, parties invented; see the folder's README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers import formd_clarify as fc
from graphkit.parsers import formd_titles as ft
from graphkit.source import SourceText
from tests.parsers.test_formd15 import builder

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "formd16"
FUND = "Acme Growth Fund II, L.P."
GP = "Acme Growth GP II, LLC"
IM = "Acme Capital Management, LLC"


def read(name: str) -> tuple[set[tuple[str, str, str, str | None]], list[str]]:
    """The (relation, source, target, title) claims of a fixture and its warnings' texts."""
    (rec,) = parse_path(FIXTURES / name).records
    names = {p.id: p.name for p in rec.parties}
    return ({(c.relation.value, names[c.source], names[c.target], c.title) for c in rec.claims},
            [w.message for w in rec.warnings])


def of_person(claims, person: str) -> set[tuple[str, str, str | None]]:
    """The claims of one person, without the source."""
    return {(r, t, ti) for r, s, t, ti in claims if s == person}


# H1 -------------------------------------------------------------------------------------


def test_title_comma_general_partner_is_a_title_at_the_general_partner():
    got, warned = read("y08_gp_comma_person.xml")
    assert of_person(got, "Jane Roe") == {("director_of", GP, None)}
    assert of_person(got, "John Doe") == {("officer_of", GP, "Officer")}
    assert of_person(got, "Sam Poe") == {("managing_member_of", GP, None)}
    assert of_person(got, "Bo Wu") == {("managing_member_of", GP, None)}
    # "Managing Member, Investment Manager": no investment manager is listed
    assert of_person(got, "Ann Lee") == {("officer_of", FUND, None)}
    assert warned == ["Ann Lee: 'Managing Member, Investment Manager' names the investment "
                      "manager, but 0 related entities are stated to be it; kept as a note"]
    assert not any(r == "general_partner_of" and s != GP for r, s, _, _ in got)


def test_x01_comma_titles_and_two_entities():
    got, warned = read("x01_lp_ordinary.xml")
    assert of_person(got, "Sam Poe") == {("managing_member_of", GP, None)}
    assert of_person(got, "Ann Lee") == {("officer_of", GP, "Executive Officer")}
    assert of_person(got, "John Doe") == {("director_of", GP, None), ("director_of", IM, None)}
    assert of_person(got, "Jane Roe") == {("managing_member_of", GP, None)}
    assert of_person(got, "Bo Wu") == {("managing_member_of", GP, None)}
    assert warned == []


def test_comma_readings():
    def kinds(text):
        return [(r.kind.value, r.relation.value if r.relation else None, r.title)
                for r in fc.read_clarification(text).roles()]
    assert kinds("Managing Member, General Partner") == [
        ("role_at_general_partner", "managing_member_of", None)]
    assert kinds("Executive Officer, General Partner") == [
        ("role_at_general_partner", "officer_of", "Executive Officer")]
    assert kinds("Managing Member, Investment Manager") == [
        ("role_at_adviser", "managing_member_of", None)]
    assert kinds("Director, Executive Officer") == [("box", "director_of", None),
                                                    ("box", "officer_of", None)]
    assert kinds("General Partner and Investment Manager") == [
        ("role_at_issuer", "general_partner_of", None),
        ("role_at_issuer", "investment_manager_of", None)]
    # two entity roles, or a role with a word for no entity: not read
    for text in ("General Partner, Investment Manager", "Director, Manager",
                 "Promoter, General Partner"):
        assert kinds(text) == [("note", None, None)], text


def test_person_is_not_the_gp_when_a_related_entity_is():
    got, warned = builder(("Acme GP, LLC", "organization", "General Partner", ("Promoter",)),
                          ("Jane Roe", "person", "General Partner and Director",
                           ("Executive Officer",)))
    assert got == [("general_partner_of", "Acme GP, LLC", "Acme Fund II, L.P.", None),
                   ("promoter_of", "Acme GP, LLC", "Acme Fund II, L.P.", None),
                   ("officer_of", "Jane Roe", "Acme Fund II, L.P.", None)]
    assert warned == ["unresolved-clarification"]
    # with no GP entity listed, a person can be the general partner
    got, _ = builder(("Jane Roe", "person", "General Partner", ("Promoter",)))
    assert ("general_partner_of", "Jane Roe", "Acme Fund II, L.P.", None) in got


def test_director_comma_manager_is_no_managing_member():
    got, warned = read("y07_llc_mixed.xml")
    assert of_person(got, "Ann Lee") == {("officer_of", "Acme Opportunity Fund, LLC", None),
                                         ("director_of", "Acme Opportunity Fund, LLC", None)}
    assert of_person(got, "John Doe") == {("managing_member_of", "Acme Fund Manager, LLC", None)}


# H2 -------------------------------------------------------------------------------------


def test_general_partner_of_a_co_issuer_by_its_name():
    got, _ = read("x07_coissuer_mixed.xml")
    assert {c for c in got if c[0] == "general_partner_of"} == {
        ("general_partner_of", GP, FUND, None),
        ("general_partner_of", "Acme Offshore GP, Ltd.", "Acme Offshore Fund II, L.P.", None)}
    got, _ = read("y02_coiss_person_gp.xml")
    assert {c for c in got if c[0] == "general_partner_of"} == {
        ("general_partner_of", GP, FUND, None),
        ("general_partner_of", "John Doe", "Acme Parallel Fund II, L.P.", None)}


def test_no_lone_gp_inference_when_another_gp_is_stated():
    got, _ = read("y04_coiss_gp_offshore.xml")
    assert {c for c in got if c[0] == "general_partner_of"} == {
        ("general_partner_of", GP, FUND, None)}
    # the inference still holds when the GP is the only one stated
    got, _ = builder(("Acme GP, LLC", "organization", "General Partner", ()),
                     ("Jane Roe", "person", "Member of the Investment Committee of the General "
                      "Partner", ("Executive Officer",)),
                     co=(("Acme Fund II-A, L.P.", None),))
    assert ("general_partner_of", "Acme GP, LLC", "Acme Fund II-A, L.P.", None) in got


def test_a_role_of_a_party_named_that_is_no_issuer_is_a_note():
    got, warned = builder(("Acme GP, LLC", "organization", "General Partner of Acme Holdings, "
                           "LLC", ("Promoter",)))
    assert got == [("promoter_of", "Acme GP, LLC", "Acme Fund II, L.P.", None)]


# H3 -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Manager of the Fund", "Manager of the Issuer",
                                  "Managing Member of the Issuer", "Sole Member"])
def test_a_partnership_has_no_managing_member(text):
    got, _ = builder(("Acme Capital Management, LLC", "organization", text, ("Promoter",)))
    # a partnership's "Manager" is its investment manager (review s32 M1: the real Investcorp
    # North American Private Equity Fund II, L.P. D/A of 2026, "Manager of the Issuer")
    managed = [("investment_manager_of", "Acme Capital Management, LLC", "Acme Fund II, L.P.",
                None)] if text.startswith("Manager ") else []
    assert got == managed + [("promoter_of", "Acme Capital Management, LLC",
                              "Acme Fund II, L.P.", None)]
    got, _ = builder(("Acme Capital Management, LLC", "organization", text, ("Promoter",)),
                     issuer="Acme Fund II, LLC")
    assert got[0][0] in ("managing_member_of", "member_of")


def test_y05_manager_of_an_lp():
    got, _ = read("y05_lp_manager.xml")
    assert not any(r in ("managing_member_of", "member_of") for r, *_ in got)
    assert {(r, s) for r, s, *_ in got if r == "investment_manager_of"} == {
        ("investment_manager_of", "Acme Capital Management, LLC"),
        ("investment_manager_of", "Acme Advisors, LLC")}


# M1 -------------------------------------------------------------------------------------


def test_text_after_of_the_general_partner_keeps_the_role():
    got, warned = read("y06_mm_of_gp_name.xml")
    for person in ("Jane Roe", "John Doe", "Sam Poe", "Ann Lee", "Bo Wu", "Di Oh", "Ed Yu"):
        assert of_person(got, person) == {("managing_member_of", GP, None)}, person
    assert of_person(got, "Cy Ng") == {("director_of", GP, None), ("director_of", FUND, None)}
    assert warned == ["Bo Wu: 'Managing Member of the General Partner, the Investment Manager' "
                      "names the investment manager, but 0 related entities are stated to be it; "
                      "kept as a note"]


def test_apposition_must_name_the_general_partner():
    got, warned = builder(("Acme GP, LLC", "organization", "General Partner", ()),
                          ("Jane Roe", "person", "Managing Member of the General Partner, Beta "
                           "Holdings, LLC", ("Executive Officer",)))
    assert got == [("general_partner_of", "Acme GP, LLC", "Acme Fund II, L.P.", None),
                   ("officer_of", "Jane Roe", "Acme Fund II, L.P.", None)]
    assert warned == ["unresolved-clarification"]


@pytest.mark.parametrize("text, kinds", [
    ("Managing Member of the General Partner, Acme GP II, LLC", ["role_at_general_partner"]),
    ("Managing Member of the General Partner since 2015", ["role_at_general_partner"]),
    ("Manager of the General Partner and Portfolio Manager", ["role_at_general_partner"]),
    ("Director of the General Partner; Director of the Issuer", ["role_at_general_partner",
                                                                 "box"]),
    ("Director of the General Partner and Director of the Investment Manager",
     ["role_at_general_partner", "role_at_adviser"]),
    # a party named through the general partner, or a name that goes on: not at the GP
    ("Director of the General Partner of the General Partner", ["role_elsewhere"]),
    ("CFO of the General Partner's parent", ["role_elsewhere"]),
    ("Managing Member of GP Holdings LLC", ["role_elsewhere"]),
])
def test_what_follows_the_entity(text, kinds):
    assert [r.kind.value for r in fc.read_clarification(text).roles()] == kinds


def test_rest_patterns():
    assert fc.ROLE_THROUGH.match(" of the General Partner")["of"]
    assert fc.ROLE_THROUGH.match("'s parent")
    assert not fc.ROLE_THROUGH.match(", since 2015")
    assert fc.ROLE_MORE.match(" since 2015")["more"] == "since 2015"
    assert fc.ROLE_MORE.match("; Director of the Issuer")["more"] == "Director of the Issuer"
    assert not fc.ROLE_MORE.match(" Holdings LLC")
    assert fc.APPOSITION_NAME.match(", Acme Growth GP II, LLC")["name"] == "Acme Growth GP II, LLC"
    assert not fc.APPOSITION_NAME.match(", the Investment Manager")
    assert fc.ISSUER_ROLES.match("General Partner of Acme Fund II-A, L.P.")["name"] == \
        "Acme Fund II-A, L.P."
    assert fc.ISSUER_ROLES.match("Officer of General Partner")["name"] is None


# M2 -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, title", [
    ("Chief Executive Officer of the Corporation", "Chief Executive Officer"),
    ("CEO of the LLC", "CEO"), ("President of the Trust", "President"),
    ("President of the REIT", "President"), ("President of the Registrant", "President"),
    ("CEO of the Bank and the Company", "CEO"),
    ("Vice President for Business Development", "Vice President"),
    ("President for the Northeast Region", "President"),
    ("Managing Director and Head of Research", "Managing Director"),
    ("Chief Executive Officer of Issuer and its Manager", "Chief Executive Officer"),
    # another party: by its role, or by a name that is not the issuer's
    ("CEO of the General Partner", None), ("President of the Manager", None),
    ("Vice President, Investment Manager", None), ("CEO of the Company's subsidiary", None),
    ("CEO of Acme Capital LLC", None), ("CFO and Secretary of Acme Capital LLC", None),
])
def test_issuer_titles(text, title):
    assert ft.issuer_officer_title(text, lambda n: n.startswith("Acme Biotech")) == title


def test_title_of_the_issuer_by_its_name():
    got, _ = read("x03_corp_titles.xml")
    assert ("officer_of", "Jane Roe", "Acme Biotech, Inc.", "CEO") in got
    assert ("officer_of", "John Doe", "Acme Biotech, Inc.", "Chief Executive Officer") in got
    assert ("officer_of", "Sam Poe", "Acme Biotech, Inc.", "Vice President") in got
    assert ("officer_of", "Ann Lee", "Acme Biotech, Inc.", "Managing Director") in got
    got, _ = builder(("Jane Roe", "person", "CEO of Acme Capital LLC", ("Executive Officer",)))
    assert got == [("officer_of", "Jane Roe", "Acme Fund II, L.P.", None)]


def test_title_patterns():
    assert ft.TITLE_AT_ENTITY.search(" of the Company's subsidiary")
    assert ft.TITLE_AT_ENTITY.search(", General Partner")
    assert not ft.TITLE_AT_ENTITY.search(" of the Registrant")
    assert not ft.TITLE_AT_ENTITY.search(" and its Manager")
    # a name with its legal form is NAMED_ENTITY_AFTER's (review formd16 H1: TITLE_OF_NAME is
    # matched at the title's end, and stops at a comma)
    assert ft.officer_title_at("CEO of Acme Biotech, Inc. and Director") == \
        ("CEO", "Acme Biotech, Inc.")
    assert ft.TITLE_OF_NAME.match("CEO of Acme Biotech since 2015", 3)["name"] == "Acme Biotech"
    assert not ft.TITLE_OF_NAME.match(" of Issuer")
    assert ft.NAMED_ENTITY_AFTER.search(" and Secretary of Acme Capital LLC")["name"] == \
        "Acme Capital LLC"


# M3 -------------------------------------------------------------------------------------


def test_a_box_role_claims_no_box_that_is_not_checked():
    got, _ = read("x03_corp_titles.xml")
    assert of_person(got, "Ed Yu") == {("officer_of", "Acme Biotech, Inc.", None)}
    assert of_person(got, "Di Oh") == {("promoter_of", "Acme Biotech, Inc.", None)}
    got, _ = builder(("Acme Holdings Inc.", "organization", "Director", ("Promoter",)))
    assert got == [("promoter_of", "Acme Holdings Inc.", "Acme Fund II, L.P.", None)]


def test_the_issuer_listed_again_is_no_co_issuer():
    got, _ = builder(("Acme GP, LLC", "organization", "General Partner", ()),
                     co=(("ACME FUND II LP", None),))
    assert got == [("general_partner_of", "Acme GP, LLC", "Acme Fund II, L.P.", None)]


def test_two_persons_of_one_name_and_two_investment_managers():
    """x05: two Jane Roes stay two parties, each with its claims; two related entities stated
    to be the investment manager: a warning, no guess."""
    (rec,) = parse_path(FIXTURES / "x05_same_name.xml").records
    assert len([p for p in rec.parties if p.name == "Jane Roe"]) == 2
    got, warned = read("x05_same_name.xml")
    assert of_person(got, "Jane Roe") == {("managing_member_of", GP, None),
                                          ("director_of", FUND, None)}
    assert warned == ["Jane Roe: 'Director of the Investment Manager' names the investment "
                      "manager, but 2 related entities are stated to be it; kept as a note"]


# review formd16 M1: in "<role> of the GP and Managing Member of the IM", "Managing Member"
# is a role, not a second entity: each "<role> of the <entity>" is read


GP_MM, IM_MM = ("role_at_general_partner", "managing_member_of"), ("role_at_adviser",
                                                                   "managing_member_of")
GP_DIR = ("role_at_general_partner", "director_of")


@pytest.mark.parametrize("text, roles", [
    ("Managing Member of the General Partner and Managing Member of the Investment Manager",
     [GP_MM, IM_MM]),
    ("Managing Member of the General Partner and Managing Member of the Investment Adviser",
     [GP_MM, IM_MM]),
    ("Director of the General Partner and Managing Member of the Investment Manager",
     [GP_DIR, IM_MM]),
    ("Manager of the General Partner and Managing Member of the Investment Adviser",
     [GP_MM, IM_MM]),
    ("Managing Member of the GP, Managing Member of the Investment Manager", [GP_MM, IM_MM]),
    ("Director of the General Partner, Managing Member of the Investment Manager",
     [GP_DIR, IM_MM]),
    ("Managing Member of the Investment Manager and Managing Member of the General Partner",
     [IM_MM, GP_MM]),
    # "the Manager": the issuer's manager (an LLC's managing member, an LP's adviser: review
    # s32 H1); "Acme Holdings, LLC": no entity read; the GP's role stays, as on main
    ("Managing Member of the General Partner & Managing Member of the Manager",
     [GP_MM, ("role_at_manager", "managing_member_of")]),
    ("Member of the General Partner and Managing Member of the Manager",
     [("role_at_general_partner", "member_of"), ("role_at_manager", "managing_member_of")]),
    ("Managing Member of the General Partner and Managing Member of Acme Holdings, LLC", [GP_MM]),
    # a list of entities still reads, also before "of the Fund" (the issuer)
    ("Managing Member of the General Partner and the Investment Manager", [GP_MM, IM_MM]),
    ("Managing Member of the General Partner and the Investment Manager of the Fund",
     [GP_MM, IM_MM]),
    ("Director of the General Partner of the General Partner", [("role_elsewhere", "director_of")]),
    # L1: after the role, "until", "through": the role is still read at the GP, as on main
    ("Managing Member of the General Partner until 2023", [GP_MM]),
    ("Managing Member of the General Partner through March 2021", [GP_MM]),
    # "through" a party: the role is held through it, elsewhere (review formd17 M3)
    ("Managing Member of the General Partner through Acme Holdings LLC",
     [("role_elsewhere", "managing_member_of")]),
    # "... and Investment Manager of <a fund>": the fund is the list's (review formd17 H1)
    ("Managing Member of the General Partner and Investment Manager of Acme Parallel Fund II, "
     "L.P.", [("note", None)]),
])
def test_each_role_of_the_entity_is_read(text, roles):
    assert [(c.kind.value, c.relation and c.relation.value)
            for c in fc.read_clarification(text).roles()] == roles


def test_list_entity_a_party_is_named_through_is_no_entity():
    m = fc.ROLE_AT_ENTITY.match("Director of the General Partner and Managing Member of the "
                                "Investment Manager")
    assert (m["at"], m["rest"]) == ("the General Partner",
                                    " and Managing Member of the Investment Manager")
    m = fc.ROLE_AT_ENTITY.match("Director of the General Partner and the Investment Manager of "
                                "the Fund")
    assert (m["at"], m["rest"]) == ("the General Partner and the Investment Manager",
                                    " of the Fund")
    assert fc.ROLE_MORE.match(" until 2023")["more"] == "until 2023"
    assert fc.ROLE_MORE.match(" through March 2021")["more"] == "through March 2021"
    assert fc.ROLE_MORE.match(" through Acme Holdings LLC") is None  # review formd17 M3
    assert not fc.ROLE_MORE.match(" Holdings LLC")


def test_m1_lp_titles_keep_the_role_at_the_general_partner():
    got, warned = read("t02_lp_titles.xml")
    assert of_person(got, "Ha Ko") == {("managing_member_of", GP, None),
                                       ("managing_member_of", IM, None)}
    assert of_person(got, "Gu Xi") == {("managing_member_of", GP, None),
                                       ("managing_member_of", IM, None)}
    assert of_person(got, "Ol Ha") == {("managing_member_of", GP, None)}
    assert of_person(got, "Ka Su") == {("managing_member_of", GP, None)}  # "until 2023" (L1)
    assert of_person(got, "Fa Li") == {("officer_of", FUND, None)}  # "CEO of Acme Capital" (H1)
    assert of_person(got, "Ed Yu") == {("officer_of", FUND, "CEO")}  # "CEO of Acme Growth Fund II"
    assert [w.split(":")[0] for w in warned] == ["La Ti", "Ma Vo"]  # 's sole member; other name


def test_m1_gp_by_name_fields_and_no_investment_manager():
    got, warned = read("n02_gp_person_name_lp.xml")
    gp = "GP II, L.P. Acme Growth"  # the name fields as filed (review L4, not this fix)
    assert of_person(got, "John Doe") == {("managing_member_of", gp, None),
                                          ("promoter_of", FUND, None)}
    assert of_person(got, "Jane Roe") == {("managing_member_of", gp, None)}
    assert warned == ["John Doe: 'Managing Member of the General Partner and Managing Member of "
                      "the Investment Manager' names the investment manager, but 0 related "
                      "entities are stated to be it; kept as a note"]


# H1: an officer's title "of <a name>" that is not the issuer's is not the issuer's title


@pytest.mark.parametrize("text, read_as", [
    ("President of Acme Holdings", ("President", "Acme Holdings")),
    ("Vice President of Acme Bank", ("Vice President", "Acme Bank")),
    ("CEO at Acme Capital Partners", ("CEO", "Acme Capital Partners")),
    ("CEO of Acme Biotech", ("CEO", "Acme Biotech")),
    ("CEO of Acme Biotech since 2015", ("CEO", "Acme Biotech")),
    # only a department's words: the issuer's title (review formd17 M1); else a company's
    ("Vice President of Clinical Operations", ("Vice President", None)),
    ("Managing Director of Private Equity", ("Managing Director", None)),
    ("President of Acme Capital", ("President", "Acme Capital")),
    ("Managing Director of Blackstone", ("Managing Director", "Blackstone")),
    ("President of Beta Asset Management", ("President", "Beta Asset Management")),
    ("President of Acme Holdings and Director", ("President", "Acme Holdings")),
    ("CEO of Acme Biotech, Inc., the Issuer", ("CEO", "Acme Biotech, Inc.")),
    # not a party: a region, a department, a word for the issuer
    ("President of North America", ("President", None)),
    ("Vice President of Research and Development", ("Vice President", None)),
    ("CEO of Registrant", ("CEO", None)),
])
def test_officer_title_at_reads_the_name_after_the_title(text, read_as):
    assert ft.officer_title_at(text) == read_as


@pytest.mark.parametrize("text, title", [
    ("President of Acme Holdings", None), ("Vice President of Acme Bank", None),
    ("CEO at Acme Capital Partners", None),
    ("CEO of Acme Biotech", "CEO"), ("CEO of ACME BIOTECH, INC.", "CEO"),
    ("CEO of Acme Biotech since 2015", "CEO"), ("President of North America", "President"),
])
def test_issuer_officer_title_by_the_real_function(text, title):
    assert ft.issuer_officer_title(text, lambda n: n.lower().startswith("acme biotech")) == title


def test_h1_corporation_titles():
    got, warned = read("t01_corp_titles.xml")
    issuer = "Acme Biotech, Inc."
    assert of_person(got, "Sam Poe") == {("officer_of", issuer, None)}  # of Acme Holdings
    assert of_person(got, "Ha Ko") == {("officer_of", issuer, None)}  # of Acme Bank
    assert of_person(got, "Ann Lee") == {("officer_of", issuer, None)}  # of Acme Holdings, Inc.
    # the issuer's name, a shortened one, with a date or an apposition: its title, as on main
    assert of_person(got, "Jane Roe") == {("officer_of", issuer, "CEO"),
                                          ("director_of", issuer, None)}
    assert of_person(got, "Ed Yu") == {("officer_of", issuer, "CEO")}
    assert of_person(got, "Fa Li") == {("officer_of", issuer, "CEO")}  # "CEO of Acme"
    assert of_person(got, "Ka Su") == {("officer_of", issuer, "Secretary")}  # "of AcmeBio"
    assert of_person(got, "La Ti") == {("officer_of", issuer, "CEO")}  # "... since 2015"
    assert of_person(got, "Pa Ze") == {("officer_of", issuer, "President")}  # "at Acme Biotech"
    # given names "Na" and "Sa" are no "N/A" nor "S.A." (review L4): persons, with their titles
    assert of_person(got, "Na Xu") == {("officer_of", issuer, "CEO")}  # "CEO of Registrant"
    assert of_person(got, "Sa Fe") == {("officer_of", issuer, "Chief Financial Officer")}
    # "CEO of the Registrant's General Partner": no title at the issuer since review formd16 M4
    # (no GP listed here)
    assert [w.split(":")[0] for w in warned] == ["Ol Ha"]


def test_h1_at_a_name_by_the_builder():
    got, _ = builder(("Jane Roe", "person", "CEO at Acme Capital Partners", ("Executive Officer",)),
                     ("John Doe", "person", "CEO of Acme Fund II", ("Executive Officer",)))
    assert got == [("officer_of", "Jane Roe", "Acme Fund II, L.P.", None),
                   ("officer_of", "John Doe", "Acme Fund II, L.P.", "CEO")]


def test_named_issuer():
    from graphkit.parsers.formd_builder import FormDBuilder
    from graphkit.parsers.formd_issuers import named_issuer
    b = FormDBuilder(SourceText(path="d.xml", text="x"))
    b.add_party("Acme Biotech, Inc.", "organization", ["issuer"], None, party_id="issuer")
    assert named_issuer(b, "The Acme Biotech") == "issuer" and named_issuer(b, "Acme") is None
    assert named_issuer(b, "Acme", short=True) == "issuer"
    assert named_issuer(b, "Acm", short=True) is None  # too short to tell
    assert named_issuer(b, "Acme Holdings", short=True) is None


# H2: a role "of the General Partner of <co-issuer>" is held at that co-issuer's GP


def test_h2_role_at_the_co_issuers_own_general_partner():
    got, warned = read("g10_cogp_chain.xml")
    parallel_gp = "Acme Parallel GP, LLC"
    assert ("general_partner_of", parallel_gp, "Acme Parallel Fund II, L.P.", None) in got
    assert of_person(got, "John Doe") == {("managing_member_of", parallel_gp, None)}
    assert of_person(got, "Ann Lee") == {("officer_of", parallel_gp, "CEO")}
    assert of_person(got, "Jane Roe") == {("managing_member_of", GP, None)}  # of the primary
    assert of_person(got, "Sam Poe") == {("managing_member_of", GP, None)}
    assert warned == []


def test_h2_co_issuer_with_no_general_partner_read_is_a_note():
    got, warned = read("g07_named_gp_person.xml")
    assert of_person(got, "John Doe") == {("officer_of", FUND, None)}
    assert warned[-1:] == ["John Doe: 'Managing Member of the General Partner of Acme Parallel "
                           "Fund II, L.P.' names the general partner of Acme Parallel Fund II, "
                           "L.P., but 0 related entities are stated to be it; kept as a note"]
    # the GP named by its name ("of Acme Growth GP II, LLC, the General Partner"): a related
    # person of the filing, claimed beside the Executive Officer box (fix-formd-named)
    assert of_person(got, "Jane Roe") == {("managing_member_of", GP, None),
                                          ("officer_of", FUND, None)}
    assert len(warned) == 1


def test_h2_by_the_builder():
    ex = ("Executive Officer",)
    co = (("Acme Parallel Fund II, L.P.", "Limited Partnership"),)
    got, warned = builder(
        ("Acme GP, LLC", "organization", "General Partner", ()),
        ("Acme Adviser, LLC", "organization", "Investment Manager of Acme Parallel Fund II, L.P.",
         ()),
        ("Jane Roe", "person", "CEO of the Investment Manager of Acme Parallel Fund II", ex),
        co=co)
    assert ("officer_of", "Jane Roe", "Acme Adviser, LLC", "CEO") in got and warned == []
    got, warned = builder(
        ("Acme GP, LLC", "organization", "General Partner", ()),
        ("Acme GP2, LLC", "organization", "General Partner", ()),
        ("Jane Roe", "person", "CEO of the General Partner of Acme Parallel Fund II", ex), co=co)
    assert ("officer_of", "Jane Roe", "Acme Fund II, L.P.", None) in got
    assert warned == ["co-issuers-unpaired", "unresolved-clarification"]


# M2: a person stated to be "General Partner" or "Investment Manager" beside an entity: main's


@pytest.mark.parametrize("name", ["g02_entity_and_person_gp.xml",
                                  "g03_person_and_entity_gp_noco.xml"])
def test_m2_person_general_partner_beside_an_entity(name):
    got, warned = read(name)
    assert ("general_partner_of", "John Doe", FUND, None) in got
    assert ("general_partner_of", GP, FUND, None) in got
    assert warned == []


def test_m2_person_general_partner_and_investment_manager():
    got, warned = read("g08_person_gp_im.xml")
    assert of_person(got, "John Doe") == {("general_partner_of", FUND, None)}
    assert of_person(got, "Ann Lee") == {("investment_manager_of", FUND, None)}
    assert of_person(got, "Bo Wu") == {("managing_member_of", GP, None)}
    assert warned == []


@pytest.mark.parametrize("text", ["Managing Member, General Partner", "Partner, General Partner",
                                  "Director, General Partner", "Member, GP"])
def test_m2_comma_shape_is_never_the_person_as_general_partner(text):
    got, _ = builder(("Acme GP, LLC", "organization", "General Partner", ()),
                     ("Jane Roe", "person", text, ("Executive Officer",)))
    assert not any(r == "general_partner_of" and s == "Jane Roe" for r, s, _, _ in got)
    assert [t for r, s, t, _ in got if s == "Jane Roe"] == ["Acme GP, LLC"]
