"""Form D vocabulary (graphkit.parsers.formd_roles): clarifications, codes, patterns."""

from __future__ import annotations

import pytest

from graphkit.models import PartyKind, PartyRole
from graphkit.parsers import formd_roles as fr
from graphkit.parsers.formd_builder import FormDBuilder
from graphkit.source import SourceText


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
    assert fr.ROLE_AT_ENTITY.match("Managing Member of GP")["role"] == "Managing Member"
    assert not fr.ISSUER_ROLES.match("General Partner of the General Partner's parent")
    assert fr.ISSUER_ROLES.match("Investment Advisor of the Issuer")["roles"] == \
        "Investment Advisor"
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


# --- related persons: claims from boxes and clarifications -----------------------------------

def builder_with(*people: tuple[str, str]):
    """A builder over a 20-line document cut from line 31 of a file, with an issuer and
    ``people`` (name, kind) as related persons p1, p2..."""
    src = SourceText(path="sub.txt", text="\n".join(f"line {n}" for n in range(31, 51)),
                     offset=5000, line_offset=30)
    b = FormDBuilder(src)
    b.add_party("Fund, LP", PartyKind.ORGANIZATION, [PartyRole.ISSUER], None, party_id="issuer")
    for name, kind in people:
        b.add_party(name, kind, [PartyRole.RELATED_PERSON], None)
    return b


def test_relate_persons_warns_on_the_line_read_from_the_file():
    b = builder_with(("Acme GP, LLC", "organization"), ("Jane Roe", "person"))
    def at(text: str):
        start = b.src.text.index(text)
        return b.src.evidence(start, start + len(text))

    at_line_35, at_line_40 = at("line 35"), at("line 40")
    assert (at_line_35.line, at_line_35.text, at_line_40.line) == (35, "line 35", 40)
    fr.relate_persons(b, [
        fr.RelatedPerson(party_id="p1", boxes=("Executive Officer", "Trustee"),
                         evidence=at_line_35),
        fr.RelatedPerson(party_id="p2", boxes=("Director",), evidence=at_line_35,
                         clarification=fr.read_clarification("Director of general partner"),
                         clarification_evidence=at_line_40)])
    assert [(w.code, w.line) for w in b.warnings] == [
        ("role-kind-mismatch", 35), ("unknown-relationship", 35),
        ("unresolved-clarification", 40)]
    (claim,) = b.claims
    assert (claim.relation.value, claim.source, claim.note) == (
        "director_of", "p2", "Form D box: Director; clarification: Director of general partner")
    assert [e.line for e in claim.evidence] == [35, 40]


def test_relate_persons_officer_of_adviser():
    b = builder_with(("Jane Roe", "person"))
    fr.relate_persons(b, [fr.RelatedPerson(
        party_id="p1", boxes=("Executive Officer",),
        clarification=fr.read_clarification("Jane Roe is an executive officer of Acme "
                                            "Securities Inc., the Investment Advisor to the "
                                            "Issuer."))])
    assert [(c.relation.value, b.party(c.source).name, b.party(c.target).name, c.title)
            for c in b.claims] == [
        ("investment_manager_of", "Acme Securities Inc.", "Fund, LP", None),
        ("officer_of", "Jane Roe", "Acme Securities Inc.", "executive officer"),
        ("officer_of", "Jane Roe", "Fund, LP", None)]
