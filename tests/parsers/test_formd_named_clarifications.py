"""Form D clarifications that state a role at a party other than the issuer (fix-formd-named):
another related person of the filing named by its name ("Managing Member of Acme Capital
Management, LLC"), linked only by an exact spelling and only when the role fits what it is,
beside the person's boxes; a party only described ("General Partner of the Parallel Fund": a
warning, no claim, unless an issuer's name holds the description). Any other name stays a
note with its warning, as before (no party is added), and officers' titles stay titles.

The made-up filings in ``tests/fixtures/filings/formd_named/`` are edits of the Form D
template ``formd15/d04_llc_issuer.xml`` (parties invented; see the folder's README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.formd_named import (DESCRIBED_PARTY, NAME_TAIL, NAMED_ROLE, TARGET_FORM,
                                          described_party, fits, read_named_role)
from graphkit.relations import Relation
from tests.parsers.test_formd15 import builder

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "formd_named"
FUND = "Acme Growth Fund II, L.P."
ISSUER = "Acme Fund II, L.P."  # the builder's
IM = "Acme Capital Management, LLC"
NO_ISSUER = "no issuer of this filing by that name"


def read(name: str):
    """The record of a fixture, its (relation, source, target, title) claims and its
    warnings' (code, message)."""
    (rec,) = parse_path(FIXTURES / name).records
    names = {p.id: p.name for p in rec.parties}
    claims = {(c.relation.value, names[c.source], names[c.target], c.title) for c in rec.claims}
    return rec, claims, [(w.code, w.message) for w in rec.warnings]


def of(claims, source: str) -> set[tuple[str, str, str | None]]:
    return {(r, t, ti) for r, s, t, ti in claims if s == source}


def added(rec) -> set[str]:
    """The parties of role ``named`` but the template's sales compensation recipients."""
    return {p.name for p in rec.parties if "named" in [r.value for r in p.roles]} - {
        "Acalyx Advisors, Inc.", "MVision Private Equity Advisers USA LLC"}


# --- in a filing ----------------------------------------------------------------------------


def test_a_related_person_named_is_linked_beside_the_box():
    rec, claims, warned = read("n01_named_parties.xml")
    # a related person named by its name, however spelled: that party, and the box stays
    assert of(claims, "John Doe") == {("managing_member_of", IM, None), ("officer_of", FUND, None)}
    assert of(claims, "Jane Roe") == {("managing_member_of", IM, None), ("officer_of", FUND, None)}
    # a numbered twin and an organization the filing does not list: no party, a note
    assert of(claims, "Sam Poe") == {("officer_of", FUND, None)}
    assert of(claims, IM) == {("promoter_of", FUND, None)}
    assert of(claims, "Ann Lee") == {("director_of", FUND, None)}
    assert added(rec) == set()
    # officers' titles "of" a company stay titles
    assert of(claims, "Bo Wu") == {("officer_of", FUND, None)}
    assert of(claims, "Di Oh") == {("officer_of", FUND, "Vice President")}
    # a party described, not named: no claim, a warning naming the person and the text
    assert of(claims, "Acme Offshore GP, Ltd.") == {("promoter_of", FUND, None)}
    assert of(claims, "Ed Yu") == {("officer_of", FUND, None)}
    assert [m.split(":")[0] for _, m in warned] == [IM, "Sam Poe", "Acme Offshore GP, Ltd.",
                                                    "Ed Yu"]
    assert all(NO_ISSUER in m for _, m in warned[:2])
    assert warned[2:] == [
        ("unresolved-clarification", "Acme Offshore GP, Ltd.: 'General Partner of the Parallel "
         "Fund' states a role at 'the Parallel Fund', a party it describes but does not name; "
         "no claim"),
        ("unresolved-clarification", "Ed Yu: 'Investment Manager of the Feeder Funds' states a "
         "role at 'the Feeder Funds', a party it describes but does not name; no claim")]
    link = next(c for c in rec.claims if c.relation.value == "managing_member_of")
    assert link.note == f"clarification: Managing Member of {IM}"


def test_a_directorship_elsewhere_adds_no_party():
    rec, claims, warned = read("n02_corp_director.xml")
    issuer = "Acme Biotech, Inc."
    assert of(claims, "Jane Roe") == {("director_of", issuer, None)}
    assert of(claims, "John Doe") == {("officer_of", issuer, "Vice President")}
    assert of(claims, "Sam Poe") == {("officer_of", issuer, None), ("director_of", issuer, None)}
    assert added(rec) == set() and warned == []


def test_names_of_no_related_person_keep_the_warning():
    rec, claims, warned = read("n03_not_clean.xml")
    # named by its name, with its role in apposition: the related person, beside the box
    assert of(claims, "John Doe") == {("managing_member_of", "Acme Holdings, LLC", None),
                                      ("officer_of", FUND, None)}
    for person in (IM, "Acme Growth GP II, LLC", "Acme Holdings, LLC"):
        assert of(claims, person) == {("promoter_of", FUND, None)}
    assert of(claims, "Jane Roe") == {("officer_of", FUND, None)}
    assert [m.split(":")[0] for _, m in warned] == [
        "Acme Growth GP II, LLC", IM, "Acme Holdings, LLC", "Jane Roe"]
    assert all(c == "unresolved-clarification" and NO_ISSUER in m for c, m in warned)
    assert added(rec) == set()


# --- by the builder ---------------------------------------------------------------------------

GP_ENTITY = ("Acme GP, LLC", "organization", "General Partner", ())
EX = ("Executive Officer",)


def related(name: str, text: str, boxes=EX):
    """Jane Roe's claims and the warning codes, with ``name`` a related organization."""
    got, warned = builder(GP_ENTITY, (name, "organization", "Promoter", ("Promoter",)),
                          ("Jane Roe", "person", text, boxes))
    return {(r, t) for r, s, t, _ in got if s == "Jane Roe"}, warned


@pytest.mark.parametrize("spelled", [
    "Managing Member of Acme Capital Management LLC",
    "Managing Member of ACME CAPITAL MANAGEMENT, L.L.C.",
    "Managing Member of the Acme Capital Management, LLC.",
    "Manager of Acme Capital Management, LLC since 2015",
    'Managing Member of Acme Capital Management, LLC (the "Adviser")',
    "Sole Member and Manager of Acme Capital Management, LLC",
])
def test_a_related_person_named_in_any_spelling(spelled):
    got, warned = related(IM, spelled)
    assert ("officer_of", ISSUER) in got  # the box stays
    assert {t for _, t in got} == {ISSUER, IM} and len(got) in (2, 3)
    assert warned == []


@pytest.mark.parametrize("name, text, relation", [
    ("Acme Holdings, L.P.", "General Partner of Acme Holdings, L.P.", "general_partner_of"),
    ("Acme Offshore Fund II, Ltd.", "Director of Acme Offshore Fund II, Ltd.", "director_of"),
    ("Acme Parent Corp.", "Director of Acme Parent Corp.", "director_of"),
    ("Roe Family Trust", "Trustee of the Roe Family Trust", "trustee_of"),
    ("Acme Offshore Fund II, Ltd.", "Investment Adviser to Acme Offshore Fund II, Ltd.",
     "investment_manager_of"),
    ("Acme Holdings, LLC", "Sole Member of Acme Holdings, LLC", "member_of"),
])
def test_a_role_that_fits_the_related_person(name, text, relation):
    got, warned = related(name, text)
    assert got == {("officer_of", ISSUER), (relation, name)}
    assert warned == []


@pytest.mark.parametrize("name, text, warns", [
    ("Acme Services, Inc.", "Manager of Acme Services, Inc.", 1),  # a corporation's employee
    ("Acme Corp.", "Member of Acme Corp.", 0),
    ("Acme Partners, L.P.", "Managing Member of Acme Partners, L.P.", 1),  # its GP's
    ("Acme Holdings, LLC", "General Partner of Acme Holdings, LLC", 1),
    ("Acme Holdings, LLC", "Director of Acme Holdings, LLC", 0),  # a staff rank, maybe
    ("Acme Holdings, LLC", "Trustee of Acme Holdings, LLC", 0),
    ("Acme Holdings, LLC", "Director and Managing Member of Acme Holdings, LLC", 1),
    ("Acme Holdings, LLC", "Managing Member of Acme Holdings II, LLC", 1),  # another, maybe
    (IM, "Managing Member of Acme Capital Mgmt, LLC", 1),  # never by likeness
    (IM, "Managing Member of Acme Capital Management", 1),  # nor without its legal form
])
def test_a_role_that_does_not_fit_is_main_s_answer(name, text, warns):
    got, warned = related(name, text)
    assert got == {("officer_of", ISSUER)}
    assert warned == ["unresolved-clarification"] * warns  # "... no issuer of this filing ..."


@pytest.mark.parametrize("text", [
    "Advisor to Acme Capital Partners LLC",  # no investment manager
    "Member of the Executive Committee of Acme Capital Partners LLC",  # a committee
    "Director of Operations of Acme Capital Partners LLC",  # a department
])
def test_no_link_from_an_adviser_or_a_body(text):
    got, _ = related("Acme Capital Partners LLC", text)
    assert got == {("officer_of", ISSUER)}


@pytest.mark.parametrize("text, warns", [
    ("Investment Manager of Acme Offshore Fund II, Ltd.", 1),
    ("Director of Operations of Acme Capital LLC", 0),
    ("Managing Member of Acme GP, LLC, Acme GP II, LLC", 1),
    ("General Partner of Acme Fund I, II and III, L.P.", 1),
    ("Director of Acme Fund 2, L.P.", 0),  # the issuer, another spelling
])
def test_no_party_is_added_for_a_name_no_related_person_bears(text, warns):
    got, warned = builder(GP_ENTITY, ("Jane Roe", "person", text, EX))
    assert [(r, t) for r, s, t, _ in got if s == "Jane Roe"] == [("officer_of", ISSUER)]
    assert warned == ["unresolved-clarification"] * warns


def test_the_issuer_or_its_general_partner_is_no_target():
    got, warned = builder(GP_ENTITY, ("Jane Roe", "person", f"Director of {ISSUER}", EX))
    assert ("director_of", "Jane Roe", ISSUER, None) not in got and warned == []
    got, _ = builder(GP_ENTITY, ("Acme Parallel Fund II, L.P.", "organization",
                                 "Managing Member of Acme Fund II, L.P.", ("Promoter",)))
    assert not any(r == "managing_member_of" for r, *_ in got)


@pytest.mark.parametrize("text, what", [
    ("General Partner of the Parallel Fund", "the Parallel Fund"),
    ("Investment Manager of the Feeder Funds", "the Feeder Funds"),
    ("General Partner of the Master Fund.", "the Master Fund"),
    ('Investment manager of the master fund (the "Master")', "the master fund"),
    ("Managing Member of the General Partner and Investment Manager of the Offshore Fund",
     "the Offshore Fund"),
    ("Trustee of the Family Trust", "the Family Trust"),
    ("Manager of the Operating Company", "the Operating Company"),
])
def test_a_described_party_is_warned(text, what):
    got, warned = builder(GP_ENTITY, ("Jane Roe", "person", text, EX))
    assert [t for _, s, t, _ in got if s == "Jane Roe"] == [ISSUER]
    assert warned == ["unresolved-clarification"]
    assert described_party(text) == what


@pytest.mark.parametrize("text, issuer, co", [
    ("General Partner of the Feeder Fund", "Acme Growth Feeder Fund II, L.P.", ()),
    ("General Partner of the Parallel Fund", ISSUER, (("Acme Parallel Fund II, L.P.", None),)),
    ("Director of the Cayman Fund", ISSUER, (("Acme Fund II (Cayman), L.P.", None),)),
    ("Manager of the Acme Fund II", "Acme Fund II, LLC", ()),
])
def test_a_description_an_issuers_name_holds_is_not_warned(text, issuer, co):
    _, warned = builder(GP_ENTITY, ("Jane Roe", "person", text, EX), issuer=issuer, co=co)
    assert warned == []


@pytest.mark.parametrize("text", [
    "Trustee of the Jane Roe Trust", "Trustee of the Doe 2012 Irrevocable Trust",
    "General Partner of the Parallel Fund, Acme Parallel Fund II, L.P.",
])
def test_a_name_after_the_is_no_description(text):
    assert described_party(text) is None


# --- the patterns ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, roles, name", [
    ("Managing Member of Acme Capital Management, LLC", "Managing Member",
     "Acme Capital Management, LLC"),
    ("General Partner and Investment Manager of Acme Offshore Fund II, Ltd.",
     "General Partner and Investment Manager", "Acme Offshore Fund II, Ltd."),
    ("Trustee of the Roe Family Trust", "Trustee", "Roe Family Trust"),
    ("Co-Trustee for Acme Trust", "Co-Trustee", "Acme Trust"),
])
def test_named_role_pattern(text, roles, name):
    m = NAMED_ROLE.match(text)
    assert (m["roles"], m["name"]) == (roles, name)


@pytest.mark.parametrize("text", ["Chief Financial Officer of Acme Capital LLC",
                                  "Executive Officer of Acme Corp.", "Partner of Acme LLC",
                                  "Member of the board of Acme Corp.", "Adviser to Acme Corp."])
def test_named_role_pattern_reads_no_title(text):
    assert NAMED_ROLE.match(text) is None


@pytest.mark.parametrize("name, cut", [
    ('Acme Fund, Ltd. (the "Fund")', "Acme Fund, Ltd."),
    ("Acme Corp. since 2015", "Acme Corp."),
    ("Acme GP, LLC, the General Partner", "Acme GP, LLC"),
    ("Acme GP, LLC, the Issuer's general partner", "Acme GP, LLC"),
])
def test_name_tail(name, cut):
    assert NAME_TAIL.sub("", name).strip(" ,") == cut
    assert read_named_role(f"Director of {name}").name == cut


@pytest.mark.parametrize("name, form", [
    ("Acme GP, L.L.C.", "llc"), ("Acme Fund, L.P.", "lp"), ("Acme Fund LLLP", "lp"),
    ("Acme Holdings, Inc.", "corp"), ("Acme Offshore Fund, Ltd.", "corp"),
    ("Acme Realty Co.", "corp"), ("Roe Family Trust", "trust"), ("Acme Holdings", None),
])
def test_target_form(name, form):
    m = TARGET_FORM.search(name)
    assert (next(k for k, v in m.groupdict().items() if v) if m else None) == form


def test_fits_needs_every_role_to_fit():
    both = [Relation.GENERAL_PARTNER_OF, Relation.INVESTMENT_MANAGER_OF]
    assert fits(both, "Acme Fund, L.P.") and not fits(both, "Acme Fund, Ltd.")


def test_described_party_pattern():
    assert DESCRIBED_PARTY.search("General Partner of the Cayman Fund")["what"] == (
        "the Cayman Fund")
    assert DESCRIBED_PARTY.search("General Partner of the Fund") is None
    assert DESCRIBED_PARTY.search("General Partner of the Acme Parallel Fund II, L.P.") is None
    assert DESCRIBED_PARTY.search("Director of the Master Fund's general partner") is None
    assert DESCRIBED_PARTY.search("General Partner of the Parallel Fund, Acme Fund, L.P.") is None
