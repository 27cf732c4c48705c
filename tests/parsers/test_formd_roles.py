"""Form D vocabulary (graphkit.parsers.formd_roles): clarifications, codes, patterns."""

from __future__ import annotations

import pytest

from graphkit.parsers import formd_roles as fr


@pytest.mark.parametrize("text,kind,relation,title", [
    ("General Partner", "role_at_issuer", "general_partner_of", None),
    ("General partner of the Issuer", "role_at_issuer", "general_partner_of", None),
    ('General Partner of Issuer ("General Partner")', "role_at_issuer", "general_partner_of",
     None),
    ("Investment Manager", "role_at_issuer", "investment_manager_of", None),
    ("investment adviser to the Fund", "role_at_issuer", "investment_manager_of", None),
    ("Fund Manager", "role_at_issuer", "investment_manager_of", None),
    ("Managing Member of the General Partner", "role_at_general_partner",
     "managing_member_of", None),
    ("Manager of the general partner of the Issuer", "role_at_general_partner",
     "managing_member_of", None),
    ("Director of general partner", "role_at_general_partner", "director_of", None),
    ("Chief Financial Officer", "title", None, "Chief Financial Officer"),
    ("President and CEO", "title", None, "President and CEO"),
    ("Member of the Board of Managers", "note", None, None),
    ("Jane Roe is an executive officer of Acme Securities Inc., the Investment Advisor to the "
     "Issuer.", "officer_of_adviser", "officer_of", "executive officer"),
])
def test_read_clarification(text, kind, relation, title):
    c = fr.read_clarification(text)
    assert c.kind.value == kind
    assert (c.relation.value if c.relation else None) == relation
    assert c.title == title


def test_adviser_named():
    c = fr.read_clarification("Jane Roe is an executive officer of Acme Securities Inc., the "
                              "Investment Advisor to the Issuer.")
    assert c.adviser == "Acme Securities Inc."


def test_empty_clarification():
    assert fr.read_clarification("") is None and fr.read_clarification(None) is None


def test_patterns_directly():
    assert fr.ROLE_AT_GP.match("Managing Member of GP")["role"] == "Managing Member"
    assert not fr.GENERAL_PARTNER.match("General Partner of the General Partner's parent")
    assert fr.ADVISER.match("Investment Advisor of the Issuer")
    assert fr.OFFICER_TITLE.match("Chief Executive Officer and Member")["title"] == \
        "Chief Executive Officer"
    assert fr.STATE_CODE.match("D E")["b"] == "E"


@pytest.mark.parametrize("raw,value,repaired", [
    ("DE", "Delaware", False), ("D E", "Delaware", True), ("DELAWARE", "Delaware", False),
    ("D0", "Bermuda", False), ("E9", "Cayman Islands", False), ("Delawa re", "Delaware", True)])
def test_jurisdiction_name(raw, value, repaired):
    r = fr.jurisdiction_name(raw)
    assert (r.value, r.repaired) == (value, repaired)


def test_exemption_codes():
    assert [fr.exemption_name(c) for c in ("06", "06b", "06c", "3C", "3C.7")] == [
        "Rule 506", "Rule 506(b)", "Rule 506(c)", "Investment Company Act Section 3(c)",
        "Section 3(c)(7)"]
