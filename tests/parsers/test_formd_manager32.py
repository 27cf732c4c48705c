"""Form D: a fund's "Manager", roles at it, entities named with their role, and signers'
titles (review s32: graphkit.parsers.formd_clarify, formd_clarify_entity, formd_roles,
formd_builder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.formd_clarify import read_clarification
from graphkit.parsers.formd_clarify_entity import ROLE_AT_NAMED_ENTITY

FORMD32 = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "formd32"


def _claims(name: str) -> set[tuple]:
    rec = parse_path(FORMD32 / name).records[0]
    names = {p.id: p.name for p in rec.parties}
    return {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}


def test_investcorp_officer_of_the_manager_and_director_of_the_gp():
    # real D/A 0002048118-26-000003: Nicholas McGrane, "Executive Officer of the Manager of
    # the Issuer"; Investcorp Investment Advisers LLC, "Manager of the Issuer" (box Promoter);
    # signer Emily Tibbetts, "Director of the issuer's GP", no related person
    got = _claims("investcorp_napef2_2026_da_transcribed.xml")
    fund = "Investcorp North American Private Equity Fund II, L.P."
    adviser = "Investcorp Investment Advisers LLC"
    assert ("officer_of", "Nicholas McGrane", adviser) in got
    assert ("officer_of", "Nicholas McGrane", fund) not in got  # was: the fund's officer
    assert ("investment_manager_of", adviser, fund) in got  # was: promoter only
    assert ("director_of", "Emily Tibbetts",
            "Investcorp North American Private Equity Fund II GP, L.P.") in got


def test_js_venture_managing_member_of_the_named_manager():
    # real D/A of JS VENTURE FUND LLC SERIES A36: DAMIAN MAGGIO, "Managing Member, Global
    # Venture Management LLC, its Manager." (Global Venture Management LLC is no related person)
    got = _claims("jsventure_a36_2026_da_transcribed.xml")
    assert got == {
        ("managing_member_of", "Global Venture Management LLC", "JS VENTURE FUND LLC SERIES A36"),
        ("managing_member_of", "DAMIAN MAGGIO", "Global Venture Management LLC")}


def test_made_variants():
    got = _claims("r32_exec_officer_of_manager_lp.xml")
    assert {c for c in got if c[0] != "promoter_of"} == {
        ("officer_of", "Jane Roe", "Acme Advisers LLC"),
        ("investment_manager_of", "Acme Advisers LLC", "Acme Fund I, L.P."),
        ("general_partner_of", "Acme Fund I GP, L.P.", "Acme Fund I, L.P."),
        ("director_of", "John Doe", "Acme Fund I GP, L.P.")}
    assert _claims("r32_mm_of_named_manager_llc.xml") == {
        ("managing_member_of", "Acme Venture Management LLC", "Acme Venture Fund LLC Series A1"),
        ("managing_member_of", "Jane Roe", "Acme Venture Management LLC")}


@pytest.mark.parametrize("text, form, expected", [
    # a "Manager" of an LLC is its managing member, of a partnership its investment manager
    ("Manager of the Issuer", "llc", ("role_at_issuer", "managing_member_of")),
    ("Manager of the Issuer", "lp", ("role_at_issuer", "investment_manager_of")),
    ("Manager", "lp", ("role_at_issuer", "investment_manager_of")),
    # a role at the manager: at the one holding the issuer's managing member or adviser role
    ("Executive Officer of the Manager of the Issuer", "lp", ("role_at_adviser", "officer_of")),
    ("Managing Member of the Manager", "llc", ("role_at_managing_member", "managing_member_of")),
    ("Manager of the Managing Member", "llc", ("role_at_managing_member", "managing_member_of")),
    # named with its role at the issuer
    ("Director of Acme Capital GP, LLC, the General Partner of the Issuer", "lp",
     ("role_at_named_entity", "director_of")),
])
def test_manager_readings(text, form, expected):
    c = read_clarification(text).for_issuer(form)
    assert (c.kind.value, c.relation.value) == expected


@pytest.mark.parametrize("text", [
    "Director, Manager",  # of which party, unsaid: the boxes stay
    "Member of the Board of Managers",
    "Chief Financial Officer of Acme Capital LLC",  # a title at another company, no role given
])
def test_no_manager_role_read(text):
    c = read_clarification(text)
    assert c.kind.value in ("note", "title", "box")


def test_named_entity_pattern():
    m = ROLE_AT_NAMED_ENTITY.match("Manager of Acme GP, L.P., the Issuer's general partner")
    assert m is not None and (m["role"], m["name"], m["entity"]) == (
        "Manager", "Acme GP, L.P.", "general partner")
    assert ROLE_AT_NAMED_ENTITY.match("Managing Member of Acme Capital LLC") is None


def test_a_co_issuers_signer_is_director_of_its_own_general_partner():
    # review s32 rv5 H3: Mary Major signs for the Parallel Fund as "Director of the issuer's
    # GP": the parallel fund's listed GP, not the primary fund's
    got = _claims("r32_coissuer_signer_gp.xml")
    assert ("director_of", "Mary Major", "Acme Parallel GP, LLC") in got
    assert not any(c[0] == "director_of" and c[1] == "Mary Major" and "Fund II GP" in c[2]
                   for c in got)


def test_a_trusts_manager_is_its_investment_manager():
    # rv5 M4: "Manager of the Issuer" of a business trust (was dropped, an LLC's role)
    got = _claims("r32_trust_manager.xml")
    assert ("investment_manager_of", "Acme Advisers LLC", "Acme Real Estate Trust") in got
    assert ("officer_of", "Jane Roe", "Acme Advisers LLC") in got
