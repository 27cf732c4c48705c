"""Form D related persons as real filers type them (session 33 review of unseen Form D):

* a capacity typed as an entity's first name (firstName "General Partner", lastName "DCVC GP II,
  LLC") is its role, read as a clarification reads it, the entity keeping its own name
  (graphkit.parsers.formd_names.role_in_first_name; MEDIUM 1: the party was "General Partner
  DCVC GP II, LLC" with no general-partner edge, and the managing member's "of the General
  Partner" found no entity);
* a list of officer titles in a clarification is kept whole ("President, CEO, and Director":
  the title "President, CEO"; LOW 2: "President" alone);
* a bare trustee's capacity after a name ("Jane Roe, Trustee") is parted off (LOW 3: the
  person was an organization named "Jane Roe, Trustee").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.formd_names import role_in_first_name

FORMD33 = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "formd33"


def test_dcvc_general_partner_typed_as_first_name():
    rec = parse_path(FORMD33 / "dcvc_energy_climate_ii_2026_gp_first_name.xml").records[0]
    names = {p.id: p.name for p in rec.parties}
    assert "DCVC GP II, LLC" in names.values()
    assert not any(n.startswith("General Partner") for n in names.values())
    claims = {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}
    assert ("general_partner_of", "DCVC GP II, LLC", "DCVC Energy & Climate II, L.P.") in claims
    assert ("managing_member_of", "Zachary Bogue", "DCVC GP II, LLC") in claims
    assert not [w for w in rec.warnings if "related entities" in w.message]


@pytest.mark.parametrize("first, last, role", [
    ("General Partner", "Acme GP II, LLC", "General Partner"),
    ("GP", "Acme GP LLC", "GP"),
    ("Managing Member", "Acme Manager LLC", "Managing Member"),
    ("Investment Manager", "Acme Advisers LP", "Investment Manager"),
    ("Jane", "Roe", None),
    ("N/A", "Acme GP LLC", None),
    ("General Partner", "N/A", None),
])
def test_role_in_first_name(first, last, role):
    got = role_in_first_name(first, last)
    assert (got and got.role) == role
    if got:
        assert got.name == last


def test_coverbase_list_of_officer_titles():
    # the 2026 Coverbase Form D: "President, CEO, and Director" was read as the title
    # "President" alone (the director's seat is the form's box; session 33, LOW 2)
    rec = parse_path(FORMD33 / "coverbase_2026_d.xml").records[0]
    names = {p.id: p.name for p in rec.parties}
    titles = {(names[c.source], c.title) for c in rec.claims if c.relation.value == "officer_of"}
    assert titles == {("Clarence Chio", "President, CEO"), ("Zi Chong Kao", "Secretary")}


@pytest.mark.parametrize("typed, name, capacity", [
    ("Jane Roe, Trustee", "Jane Roe", "Trustee"),
    ("Roe, Jane, Co-Trustee", "Roe, Jane", "Co-Trustee"),
    ("Jane Roe (Trustee)", "Jane Roe", "Trustee"),
    ("Acme Bank, N.A., TTEE", "Acme Bank, N.A.", "TTEE"),
    ("Jane Roe, Trustee of the Roe Family Trust", "Jane Roe", "Trustee of the Roe Family Trust"),
])
def test_bare_trustee_capacity_after_a_name(typed, name, capacity):
    # review s33 rvB LOW 3: lastName "Roe, Trustee" made "Jane Roe, Trustee" an organization
    from graphkit.parsers.formd_names import split_name_capacity
    got = split_name_capacity(typed)
    assert (got.name, got.capacity) == (name, capacity)


def test_coverbase_director_typed_as_trustee(tmp_path):
    # the real Coverbase D with one related person's lastName typed "Roe, Trustee" (made up)
    xml = (FORMD33 / "coverbase_2026_d.xml").read_text()
    first = xml.index("<relatedPersonInfo>")
    person = ("<relatedPersonInfo><relatedPersonName><firstName>Jane</firstName><lastName>Roe, "
              "Trustee</lastName></relatedPersonName><relatedPersonAddress><street1>1 Main St"
              "</street1><city>Austin</city><stateOrCountry>TX</stateOrCountry><zipCode>78701"
              "</zipCode></relatedPersonAddress><relatedPersonRelationshipList><relationship>"
              "Director</relationship></relatedPersonRelationshipList>"
              "<relationshipClarification></relationshipClarification></relatedPersonInfo>")
    path = tmp_path / "coverbase_trustee.xml"
    path.write_text(xml[:first] + person + xml[first:])
    rec = parse_path(path).records[0]
    [roe] = [p for p in rec.parties if "Roe" in p.name]
    assert (roe.name, roe.kind.value) == ("Jane Roe", "person")
