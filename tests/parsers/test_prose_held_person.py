"""A person is never the held party of a partnership's or a company's member relation
(general_partner_of, managing_member_of, member_of): such a link stated in prose is not read,
with a warning naming the file and line (session 39 review rv39 H2).

"Acme Management V, LLC is the general partner of Acme Fund V, L.P. and Jane Roe and John Doe
are its managing members." read the list "Acme Fund V, L.P. and Jane Roe" as the held parties
of "general partner" (made fixtures, invented names, in tests/fixtures/filings/rv39/: a Form 4
footnote and a 13D's Item 2 with the same sentence). Since session 41 the list stops before the
"its" clause's subject, which is read (both managing members); a list that still names a
person ("... general partner of Acme Fund V, L.P. and Jane Roe.") keeps the guard busy.
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose_roles import HELD_PERSON
from graphkit.relations import HELD_NEVER_PERSON, RELATIONS, Relation, held_kind_fits
from tests.conftest import ROOT

RV39 = ROOT / "tests" / "fixtures" / "filings" / "rv39"


@pytest.mark.parametrize("relation, kind, fits", [
    (Relation.GENERAL_PARTNER_OF, "person", False),
    (Relation.MANAGING_MEMBER_OF, "person", False),
    (Relation.MEMBER_OF, "person", False),
    (Relation.GENERAL_PARTNER_OF, "organization", True),
    (Relation.TRUSTEE_OF, "person", True),    # a trust reported as an individual ("IN")
    (Relation.DIRECTOR_OF, "person", True),   # a company named like a person: not checked
])
def test_held_kind_fits(relation, kind, fits):
    assert held_kind_fits(relation, kind) is fits


def test_relations_never_of_a_person_target_organizations():
    assert all(RELATIONS[r].target_kinds == ("organization",) for r in HELD_NEVER_PERSON)


def _read(path):
    [rec] = parse_path(path).records
    names = {p.id: p.name for p in rec.parties}
    claims = {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims
              if c.relation.value != "beneficial_owner_of"}
    return claims, [w for w in rec.warnings if w.code == HELD_PERSON]


MEMBERS = {("Acme Management V, LLC", "general_partner_of", "Acme Fund V, L.P."),
           ("Jane Roe", "managing_member_of", "Acme Management V, LLC"),
           ("John Doe", "managing_member_of", "Acme Management V, LLC")}
ITS_CLAUSE = "and Jane Roe and John Doe are its managing members."


@pytest.mark.parametrize("name", ["h2_gp_of_person_form4.xml", "h2_13d_item2_sentence_end_lp.txt"])
def test_the_its_clause_after_the_held_list_is_read_and_no_person_held(name):
    claims, warnings = _read(RV39 / name)
    assert claims >= MEMBERS and warnings == []
    assert ("Acme Management V, LLC", "general_partner_of", "Jane Roe") not in claims


def _variant(tmp_path, name: str) -> "Path":
    """The fixture ``name`` with its "its" clause cut to a list naming a person."""
    text = (RV39 / name).read_text()
    flat = text.replace("John\nDoe are its", "John Doe are its")  # the 13D's line break
    assert ITS_CLAUSE in flat
    path = tmp_path / name
    path.write_text(flat.replace(ITS_CLAUSE, "and Jane Roe."))
    return path


def test_form4_general_partner_of_a_person_not_read(tmp_path):
    path = _variant(tmp_path, "h2_gp_of_person_form4.xml")
    claims, [warning] = _read(path)
    assert claims == {("Acme Management V, LLC", "general_partner_of", "Acme Fund V, L.P.")}
    assert (warning.source, warning.line) == (str(path), 34)
    assert "'Jane Roe' is a person, which has no general partner" in warning.message


def test_13d_general_partner_of_a_person_not_read(tmp_path):
    claims, [warning] = _read(_variant(tmp_path, "h2_13d_item2_sentence_end_lp.txt"))
    assert ("Acme Management V, LLC", "general_partner_of", "Jane Roe") not in claims
    assert ("Acme Management V, LLC", "general_partner_of", "Acme Fund V, L.P.") in claims
    assert warning.line == 220 and "'Jane Roe' is a person" in warning.message
