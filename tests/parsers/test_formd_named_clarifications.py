"""Form D clarifications that state a role at a party other than the issuer (fix-formd-named):
another related person named by its name ("Managing Member of Acme Capital Management, LLC"),
an organization the filing does not list ("Investment Manager of Acme Offshore Fund II,
Ltd."), and a party only described ("General Partner of the Parallel Fund": a warning, no
claim). Officers' titles "of" a company stay titles.

The made-up filings in ``tests/fixtures/filings/formd_named/`` are edits of the Form D
template ``formd15/d04_llc_issuer.xml`` (parties invented; see the folder's README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.formd_named import (DESCRIBED_PARTY, NAME_LIST, NAME_TAIL, NAMED_ROLE,
                                          ROLE_IN_NAME, clean_org_name, described_party,
                                          looks_named, read_named_role)
from tests.parsers.test_formd15 import builder

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "formd_named"
FUND = "Acme Growth Fund II, L.P."
IM = "Acme Capital Management, LLC"
OFFSHORE = "Acme Offshore Fund II, Ltd."


def read(name: str):
    """The record of a fixture, its (relation, source, target, title) claims and its
    warnings' (code, message)."""
    (rec,) = parse_path(FIXTURES / name).records
    names = {p.id: p.name for p in rec.parties}
    claims = {(c.relation.value, names[c.source], names[c.target], c.title) for c in rec.claims}
    return rec, claims, [(w.code, w.message) for w in rec.warnings]


def of(claims, source: str) -> set[tuple[str, str, str | None]]:
    return {(r, t, ti) for r, s, t, ti in claims if s == source}


# --- the three cases in a filing ----------------------------------------------------------------


def test_named_related_person_new_party_and_described_party():
    rec, claims, warned = read("n01_named_parties.xml")
    # 1. a related person named by its name, however spelled: that party, the boxes replaced
    assert of(claims, "John Doe") == {("managing_member_of", IM, None)}
    assert of(claims, "Jane Roe") == {("managing_member_of", IM, None)}
    # a numbered twin is another party, added
    assert of(claims, "Sam Poe") == {("managing_member_of", "Acme Capital Management II, LLC",
                                      None)}
    # 2. an organization not in the filing, by a clean name: one new party for both persons
    assert of(claims, IM) == {("investment_manager_of", OFFSHORE, None),
                              ("promoter_of", FUND, None)}
    assert of(claims, "Ann Lee") == {("director_of", OFFSHORE, None)}
    added = [p for p in rec.parties if p.name == OFFSHORE]
    assert len(added) == 1 and [r.value for r in added[0].roles] == ["named"]
    assert added[0].kind.value == "organization"
    text = (FIXTURES / "n01_named_parties.xml").read_text()
    clar_line = text[:text.index("Investment Manager of Acme Offshore")].count("\n") + 1
    assert [e.line for e in added[0].evidence] == [clar_line]
    im_claim = next(c for c in rec.claims if c.relation.value == "investment_manager_of")
    assert [e.line for e in im_claim.evidence] == [clar_line]
    assert im_claim.note == "clarification: Investment Manager of Acme Offshore Fund II, Ltd."
    # officers' titles "of" a company stay titles: no claim to that company, no party
    assert of(claims, "Bo Wu") == {("officer_of", FUND, None)}
    assert of(claims, "Di Oh") == {("officer_of", FUND, "Vice President")}
    assert not any(p.name.startswith(("Acme Capital LLC", "Clinical")) for p in rec.parties)
    # 3. a party described, not named: no claim, a warning naming the person and the text
    assert of(claims, "Acme Offshore GP, Ltd.") == {("promoter_of", FUND, None)}
    assert of(claims, "Ed Yu") == {("officer_of", FUND, None)}
    assert warned == [
        ("unresolved-clarification", "Acme Offshore GP, Ltd.: 'General Partner of the Parallel "
         "Fund' states a role at 'the Parallel Fund', a party it describes but does not name; "
         "no claim"),
        ("unresolved-clarification", "Ed Yu: 'Investment Manager of the Feeder Funds' states a "
         "role at 'the Feeder Funds', a party it describes but does not name; no claim")]


def test_a_corporations_director_box_stays_beside_a_directorship_elsewhere():
    rec, claims, warned = read("n02_corp_director.xml")
    issuer = "Acme Biotech, Inc."
    assert of(claims, "Jane Roe") == {("director_of", "Acme Parent Corp.", None),
                                      ("director_of", issuer, None)}
    assert of(claims, "John Doe") == {("officer_of", issuer, "Vice President")}
    assert of(claims, "Sam Poe") == {("officer_of", issuer, None), ("director_of", issuer, None)}
    assert {p.name for p in rec.parties if "named" in [r.value for r in p.roles]} == {
        "Acme Parent Corp.", "Acalyx Advisors, Inc.", "MVision Private Equity Advisers USA LLC"}
    assert warned == []


def test_names_that_do_not_read_cleanly_keep_the_warning():
    rec, claims, warned = read("n03_not_clean.xml")
    # a name after its description ("a Cayman Islands exempted company") reads cleanly
    assert of(claims, IM) == {("investment_manager_of", "Acme Growth Fund III", None),
                              ("promoter_of", FUND, None)}
    # named by its name, with its role in apposition: the related person
    assert of(claims, "John Doe") == {("managing_member_of", "Acme Holdings, LLC", None)}
    # a name without a legal form, a list of two, a managing member of a partnership: no claim
    assert of(claims, "Acme Growth GP II, LLC") == {("promoter_of", FUND, None)}
    assert of(claims, "Acme Holdings, LLC") == {("promoter_of", FUND, None)}
    assert of(claims, "Jane Roe") == {("officer_of", FUND, None)}
    assert [m.split(":")[0] for _, m in warned] == ["Acme Growth GP II, LLC",
                                                    "Acme Holdings, LLC", "Jane Roe"]
    assert all(c == "unresolved-clarification" and "no issuer of this filing" in m
               for c, m in warned)
    assert {p.name for p in rec.parties if "named" in [r.value for r in p.roles]} == {
        "Acme Growth Fund III", "Acalyx Advisors, Inc.",
        "MVision Private Equity Advisers USA LLC"}


# --- the same by the builder ------------------------------------------------------------------

GP_ENTITY = ("Acme GP, LLC", "organization", "General Partner", ())
EX = ("Executive Officer",)


@pytest.mark.parametrize("spelled", [
    "Managing Member of Acme Capital Management LLC",
    "Managing Member of ACME CAPITAL MANAGEMENT, L.L.C.",
    "Managing Member of Acme Capital Management",  # without its legal form
    "Managing Member of the Acme Capital Management, LLC.",
    "Manager of Acme Capital Management, LLC since 2015",
    'Managing Member of Acme Capital Management, LLC (the "Adviser")',
])
def test_a_related_person_named_in_any_spelling(spelled):
    got, warned = builder(GP_ENTITY, (IM, "organization", "Investment Manager", ()),
                          ("John Doe", "person", spelled, EX))
    assert ("managing_member_of", "John Doe", IM, None) in got
    assert not any(s == "John Doe" and t == "Acme Fund II, L.P." for _, s, t, _ in got)
    assert warned == []


@pytest.mark.parametrize("text, relations", [
    ("General Partner of Acme Holdings, L.P.", ["general_partner_of"]),
    ("Investment Adviser to Acme Offshore Fund, Ltd.", ["investment_manager_of"]),
    ("Trustee of the Roe Family Trust", ["trustee_of"]),
    ("Sole Member of Acme Holdings, LLC", ["member_of"]),
    ("Director of Acme Corp.", ["director_of"]),
    ("Director and Managing Member of Acme Holdings, LLC", ["director_of",
                                                            "managing_member_of"]),
])
def test_a_role_at_an_organization_not_in_the_filing(text, relations):
    got, warned = builder(GP_ENTITY, ("Jane Roe", "person", text, EX))
    name = read_named_role(text).name
    assert [(r, t) for r, s, t, _ in got if s == "Jane Roe"] == [(r, name) for r in relations]
    assert warned == []


@pytest.mark.parametrize("text", [
    "Managing Member of Acme Holdings, LLC",  # itself
    "General Partner of Jane Roe",  # a person
    "General Partner of Acme Fnud II, L.P.",  # the issuer, mistyped
    "Managing Member of Acme Partners, L.P.",  # a partnership has no managing member
    "General Partner of Acme Fund III LP and Acme Fund IV LP",  # two names
    "General Partner of Fund II, L.P.",  # a description with a legal form
])
def test_no_role_at_another_party(text):
    got, warned = builder(GP_ENTITY, ("Jane Roe", "person", "Promoter", ("Promoter",)),
                          ("Acme Holdings, LLC", "organization", text, ("Promoter",)))
    assert [(r, t) for r, s, t, _ in got if s == "Acme Holdings, LLC"] == [
        ("promoter_of", "Acme Fund II, L.P.")]
    assert warned == ["unresolved-clarification"]  # "... no issuer of this filing ..."


def test_the_issuer_respelled_is_the_issuers_role():
    got, warned = builder(("Acme GP, LLC", "organization", "General Partner of Acme Fund II, LP",
                           ()))
    assert got == [("general_partner_of", "Acme GP, LLC", "Acme Fund II, L.P.", None)]
    assert warned == []


@pytest.mark.parametrize("text", [
    "Member of the Board of Managers", "Director of Research", "General Partner of the LP",
    "Vice President of Clinical Operations", "Chief Financial Officer of Acme Capital LLC",
    "President of Acme Holdings, Inc.", "Managing Member of the Manager",
])
def test_no_party_and_no_warning(text):
    got, warned = builder(GP_ENTITY, ("Jane Roe", "person", text, EX))
    assert [t for _, s, t, _ in got if s == "Jane Roe"] == ["Acme Fund II, L.P."]
    assert warned == []


@pytest.mark.parametrize("text, what", [
    ("General Partner of the Parallel Fund", "the Parallel Fund"),
    ("Investment Manager of the Feeder Funds", "the Feeder Funds"),
    ("General Partner of the Master Fund.", "the Master Fund"),
    ('Investment manager of the master fund (the "Master")', "the master fund"),
    ("Managing Member of the General Partner and Investment Manager of the Offshore Fund",
     "the Offshore Fund"),
    # description words with a legal form are no name either
    ("Trustee of the Family Trust", "the Family Trust"),
    ("General Partner of the Parallel Fund, L.P.", "the Parallel Fund"),
    ("Manager of the Operating Company", "the Operating Company"),
])
def test_a_described_party_is_warned(text, what):
    got, warned = builder(GP_ENTITY, ("Jane Roe", "person", text, EX))
    assert [t for _, s, t, _ in got if s == "Jane Roe"] == ["Acme Fund II, L.P."]
    assert warned == ["unresolved-clarification"]
    assert described_party(text) == what


def test_a_described_party_that_is_the_issuer_is_not_warned():
    got, warned = builder(GP_ENTITY, ("Jane Roe", "person", "Manager of the Acme Fund II", EX),
                          issuer="Acme Fund II, LLC")
    assert warned == []


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
                                  "Member of the board of Acme Corp."])
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


def test_name_patterns():
    assert NAME_LIST.search("Acme Fund II LP and Acme Fund III LP")
    assert NAME_LIST.search("Acme Fund II, L.P. & Acme Fund III, L.P.")
    assert not NAME_LIST.search("Acme Research and Development, LLC")
    assert ROLE_IN_NAME.search("General Partner of Acme Fund, L.P.")
    assert not ROLE_IN_NAME.search("Acme Growth GP II, LLC")
    cayman = DESCRIBED_PARTY.search("General Partner of the Cayman Fund")
    assert cayman["what"] == "the Cayman Fund"
    assert DESCRIBED_PARTY.search("General Partner of the Fund") is None
    assert DESCRIBED_PARTY.search("General Partner of the Acme Parallel Fund II, L.P.") is None
    assert DESCRIBED_PARTY.search("Director of the Master Fund's general partner") is None


@pytest.mark.parametrize("name, described, clean", [
    ("Acme Offshore Fund II, Ltd.", False, True),
    ("Acme Research and Development, LLC", False, True),
    ("Bank of the West Holdings Inc.", False, True),
    ("Acme Growth Fund II", False, False),
    ("Acme Growth Fund II", True, True),
    ("Growth", True, False),
    ("Fund II, L.P.", False, False),
    ("Acme Fund, L.P. which is managed by Acme LLC", False, False),
])
def test_clean_org_name(name, described, clean):
    assert clean_org_name(name, described) is clean


def test_looks_named():
    assert looks_named("Acme Capital Management") and not looks_named("Fund II")
    assert not looks_named("Investment Manager of Acme Fund, L.P.")
    assert not looks_named("Acme Fund, L.P. which is managed by Acme LLC")
