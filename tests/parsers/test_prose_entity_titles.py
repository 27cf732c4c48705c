"""Officer titles abbreviated ("the CEO of"), and an entity's role set off after its name with
no article ("Acme Capital Management, L.P., Manager of the Issuer").

rvB M2 (session 35): a real Form 4's remarks "Brian Douglas resigned as Chief Executive Officer
of Graham Capital Management, L.P., Manager of the Issuer." lost the fund's manager; and "the
CEO of" stated no office anywhere, as "CEO" was no role.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_roles import role_relations
from graphkit.source import SourceText
from tests.conftest import corpus_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings"
GRAHAM_FORM4 = FIXTURES / "rv36" / "graham_gaif1_2026_form4_excerpt.xml"


def _found(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(f.relation.value, f.holder, f.held, f.title)
            for f in find_relationships(SourceText("s.txt", text))]


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe is the CEO of Acme Corp.", [("officer_of", "Jane Roe", "Acme Corp.", "CEO")]),
    ("Jane Roe, CFO of Acme Corp., is a citizen of the United States.",
     [("officer_of", "Jane Roe", "Acme Corp.", "CFO")]),
    ("Jane Roe serves as President and CEO of Acme Corp.",
     [("officer_of", "Jane Roe", "Acme Corp.", "President, CEO")]),
    ("Mr. Roe is CIO of Acme Capital LLC, the investment manager of the Fund.",
     [("officer_of", "Mr. Roe", "Acme Capital LLC", "CIO"),
      ("investment_manager_of", "Acme Capital LLC", "Fund", None)]),
    # an entity's role with no article, ending the sentence: the entity's, not the officer's
    ("Jane Roe resigned as Chief Executive Officer of Acme Capital Management, L.P., Manager "
     "of the Issuer.", [("investment_manager_of", "Acme Capital Management, L.P.", "Issuer",
                         None)]),
    ("Jane Roe is the COO of Acme Capital Management, L.P., Manager of the Issuer.",
     [("officer_of", "Jane Roe", "Acme Capital Management, L.P.", "COO"),
      ("investment_manager_of", "Acme Capital Management, L.P.", "Issuer", None)]),
    ("Acme Bank, N.A., Trustee of the Roe Family Trust, holds the shares.",
     [("trustee_of", "Acme Bank, N.A.", "Roe Family Trust", None)]),
    # a credential or a given name before the title is no organization (review rv37 H1)
    ("Jane Roe, CPA, Trustee of the Roe Trust.", []),
    ("John Doe, Esq., General Partner of Acme Fund LP, holds 100 shares.", []),
    ("Roe, Jane, Trustee of the Roe Trust.", []),
    # a bare "Director of" stays a job title, for a company as for a person
    ("Acme Holdings, Inc., Director of Acme Corp.", []),
    ("Jane Roe, Director of Research of Acme Capital, is a citizen of the United States.", []),
    # an abbreviation inside a word is no title
    ("Acme Cooperative is a member of Acme Group LLC.",
     [("member_of", "Acme Cooperative", "Acme Group LLC", None)]),
])
def test_titles(text, expected):
    assert _found(text) == expected


def test_role_relations_of_abbreviated_titles():
    assert [(r.value, t) for r, t in role_relations("the CEO")] == [("officer_of", "CEO")]
    assert [(r.value, t) for r, t in role_relations("Chairman and CFO")] == [
        ("officer_of", "Chairman, CFO")]
    assert role_relations("cooperative") == []


def test_real_form4_remarks_name_the_funds_manager():
    rec = parse_path(GRAHAM_FORM4).records[0]
    names = {p.id: p.name for p in rec.parties}
    # "Manager of the Issuer": the issuer bound is an LLC, whose manager runs it (session 38:
    # the role is read for the party "the Issuer" binds to, as for its name written in full)
    assert [(c.relation.value, names[c.source], names[c.target], c.title, c.ended)
            for c in rec.claims] == [
        ("officer_of", "Douglas Brian", "GRAHAM ALTERNATIVE INVESTMENT FUND I LLC",
         "CEO of Manager", True),
        ("managing_member_of", "Graham Capital Management, L.P.",
         "GRAHAM ALTERNATIVE INVESTMENT FUND I LLC", "Manager", None)]


def test_real_13d_schedule_names_ceos():
    rec = parse_path(corpus_file("13d/mmcap_cybergy_sc13d.html")).records[0]
    names = {p.id: p.name for p in rec.parties}
    ceos = {(names[c.source], names[c.target]) for c in rec.claims if c.title == "CEO"}
    assert ceos == {("Vikram P. Grover", "Good Gaming Inc."),
                    ("Sam Talari", "Infrax Systems, Inc.")}
