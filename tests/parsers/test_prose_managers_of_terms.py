"""The managers of a limited liability company named by its defined term run it (review rvD
HIGH-2, session 38): a real 2021 13D/A says "Gray and Shackelton are the managers of CC and
CCM", CC and CCM the terms of two LLCs. The role was read for the terms as written, which show
no legal form, and gave investment_manager_of; it is now read for the party each term binds to
(managing_member_of, title "Manager", as for the names written in full). Names in the sentences
made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_roles import held_relation
from graphkit.relations import Relation
from graphkit.source import SourceText
from tests.conftest import corpus_file

COLISEUM = (Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv38d"
            / "coliseum_gms_2021_sc13da.txt")
#: The real Item 2(c) sentence
MANAGERS = "Gray and Shackelton are the managers of CC and CCM."


def _roles(path: Path) -> list[tuple[str, str, str, str | None]]:
    """The filing's relations other than holdings: (holder, relation, held, title)."""
    rec = parse_path(path).records[0]
    names = {p.id: p.name for p in rec.parties}
    return sorted((names[c.source], c.relation.value, names[c.target], c.title)
                  for c in rec.claims if c.relation is not Relation.BENEFICIAL_OWNER_OF)


def test_finding_keeps_its_role_phrase():
    found = find_relationships(SourceText("s.txt", "Doe and Roe are the managers of AC and ACM."))
    # the terms show no legal form: as read, an investment manager, with the role kept for
    # the caller to read again once the terms are bound
    assert [(f.relation.value, f.holder, f.held, f.role) for f in found] == [
        ("investment_manager_of", "Doe", "AC", "the managers"),
        ("investment_manager_of", "Doe", "ACM", "the managers"),
        ("investment_manager_of", "Roe", "AC", "the managers"),
        ("investment_manager_of", "Roe", "ACM", "the managers")]


@pytest.mark.parametrize("role, held, expected", [
    ("the managers", "Acme Capital, LLC", ("managing_member_of", "Manager")),
    ("the managers", "Acme Capital Management, L.L.C.", ("managing_member_of", "Manager")),
    ("the managers", "Acme Partners, L.P.", ("investment_manager_of", None)),  # a fund's manager
    ("the investment manager", "Acme Fund, LLC", ("investment_manager_of", None)),
    ("", "Acme Capital, LLC", ("investment_manager_of", None)),  # no role read: as found
])
def test_role_read_for_the_bound_name(role, held, expected):
    rel, title = held_relation(Relation.INVESTMENT_MANAGER_OF, None, role, held)
    assert (rel.value, title) == expected


def test_real_coliseum_managers_run_both_llcs():
    assert MANAGERS in COLISEUM.read_text(encoding="latin-1").replace("\n", " ")
    assert _roles(COLISEUM) == [
        ("Adam Gray", "managing_member_of", "Coliseum Capital Management, LLC", "Manager"),
        ("Adam Gray", "managing_member_of", "Coliseum Capital, LLC", "Manager"),
        ("Christopher Shackelton", "managing_member_of", "Coliseum Capital Management, LLC",
         "Manager"),
        ("Christopher Shackelton", "managing_member_of", "Coliseum Capital, LLC", "Manager"),
        ("Coliseum Capital Management, LLC", "investment_manager_of",
         "Coliseum Capital Co-Invest III, L.P.", None),
        ("Coliseum Capital Management, LLC", "investment_manager_of",
         "Coliseum Capital Partners, L.P.", None),
        ("Coliseum Capital, LLC", "general_partner_of", "Coliseum Capital Co-Invest III, L.P.",
         None),
        ("Coliseum Capital, LLC", "general_partner_of", "Coliseum Capital Partners, L.P.", None)]


def test_real_coliseum_manager_of_a_partnership_term_stays_an_investment_manager(tmp_path):
    # the same sentence with CCP, a limited partnership's term: no LLC, no managing member
    text = COLISEUM.read_text(encoding="latin-1")
    path = tmp_path / "coliseum.txt"
    path.write_text(text.replace("the managers of CC and CCM", "the managers of CCP"),
                    encoding="latin-1")
    managers = [r for r in _roles(path) if r[0] == "Adam Gray"]
    assert managers == [
        ("Adam Gray", "investment_manager_of", "Coliseum Capital Partners, L.P.", None)]


def test_real_xml_13d_manager_of_an_llc_term():
    # "Management Holdings is the manager of Capital Management GP" (an XML 13D's Item 2; the
    # terms of Apollo Management Holdings, L.P. and Apollo Capital Management GP, LLC)
    roles = _roles(corpus_file("13d/apollo_hgv_2025_schedule13d.txt"))
    assert ("Apollo Management Holdings, L.P.", "managing_member_of",
            "Apollo Capital Management GP, LLC", "Manager") in roles
    assert not [r for r in roles if r[0] == "Apollo Management Holdings, L.P."
                and r[1] == "investment_manager_of"]
