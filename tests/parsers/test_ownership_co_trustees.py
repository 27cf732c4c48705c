"""Forms 3/4/5: a co-trustee named with the reporting owner in a nature of ownership ("By Roe
Family Trust, Jane Ann Roe and John Doe, Trustees") is a controller of the trust that holds the
line's shares: a party of its own, ``trustee_of`` the trust, its evidence the nature as printed
(session 41; was named only in the note of the owner's claim).

The real filing is the 2026 Alphabet Form 4 of John Kent Walker
(tests/fixtures/filings/rv40b/walker_alphabet_2026_form4.xml, see its SOURCES.tsv); the
synthetic forms use made-up names (Widget Inc., Jane Roe).
"""

from __future__ import annotations

import sys
from pathlib import Path

from graphkit.parse import parse_path
from graphkit.parsers.ownership_trustees import FORM_ONLY, maybe_owner, read_trustees
from tests.conftest import ROOT

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_ownership_review import _form, _owner, _row  # noqa: E402

WALKER = ROOT / "tests" / "fixtures" / "filings" / "rv40b" / "walker_alphabet_2026_form4.xml"


def _trustees(rec):
    n = {p.id: p for p in rec.parties}
    return [(n[c.source].name, n[c.source].kind.value, n[c.target].name)
            for c in rec.claims if c.relation.value == "trustee_of"]


def test_real_walker_co_trustee_is_trustee_of_the_trust():
    # Table I: 84,288 Class C Capital Stock, indirect, "By Arete Trust, John Kent Walker and
    # Diana Ruth Walsh, Trustees"
    [rec] = parse_path(WALKER).records
    assert _trustees(rec) == [("WALKER JOHN KENT", "person", "Arete Trust"),
                              ("Diana Ruth Walsh", "person", "Arete Trust")]
    walsh = [c for c in rec.claims if c.relation.value == "trustee_of"][1]
    assert walsh.note == "co-trustee named in the nature of ownership"
    assert [(e.text, e.line) for e in walsh.evidence] == [
        ("By Arete Trust, John Kent Walker and Diana Ruth Walsh, Trustees", 164)]
    # the owner's claim keeps its note naming her
    assert [c.note for c in rec.claims if c.relation.value == "trustee_of"][0] == (
        "named trustee in the nature of ownership; co-trustee named: Diana Ruth Walsh")
    # she holds no shares of her own: the trust holds the line
    names = {p.id: p.name for p in rec.parties}
    assert [(names[c.source], c.shares) for c in rec.claims
            if c.relation.value == "beneficial_owner_of" and names[c.source] != "WALKER JOHN KENT"
            ] == [("Arete Trust", 84288)]


def test_person_co_trustee_of_the_owner():
    rec = _form([_owner("ROE JANE ANN")], [_row(di="I", nature=(
        "By Roe Family Trust, Jane Ann Roe and John Doe, Trustees"))])
    assert _trustees(rec) == [("ROE JANE ANN", "person", "Roe Family Trust"),
                              ("John Doe", "person", "Roe Family Trust")]


def test_company_co_trustee_is_an_organization():
    rec = _form([_owner("Roe Jane")], [_row(di="I", nature=(
        "By Roe Family Trust, Jane Roe and Acme Trust Company, N.A., Trustees"))])
    assert _trustees(rec) == [("Roe Jane", "person", "Roe Family Trust"),
                              ("Acme Trust Company, N.A.", "organization", "Roe Family Trust")]


def test_no_co_trustee_party_where_it_is_not_clear():
    cases = {
        # the owner in another spelling: maybe she, not a co-trustee
        "Roe Family Trust, Jane Roe and J. Roe, Trustees": ["Roe Jane"],
        # five words: more likely a phrase than a name
        "Roe Family Trust, Jane Roe and Mary Ann Lee Major Smith, Trustees": ["Roe Jane"],
        # no owner among the trustees: nobody's co-trustee, no party
        "Roe Family Trust, John Doe and Mary Major, Trustees": [],
        "Roe Family Trust, Acme Bank, N.A., Trustee": [],
    }
    for nature, expected in cases.items():
        rec = _form([_owner("Roe Jane")], [_row(di="I", nature=nature)])
        assert [t[0] for t in _trustees(rec)] == expected, nature
        assert {p.name for p in rec.parties} == {"Roe Jane", "Widget Inc.", "Roe Family Trust"}


def test_no_co_trustee_of_joint_owners():
    # two owners: no trustee claim at all (review s25-trust-2), and no co-trustee party
    rec = _form([_owner("Roe Jane"), _owner("Roe John", cik="0000000008")], [_row(
        di="I", nature="Roe Family Trust, Jane Roe, John Roe and John Doe, Trustees")])
    assert _trustees(rec) == []
    assert "John Doe" not in {p.name for p in rec.parties}


def test_the_trustee_words_name_nobody():
    assert read_trustees("Jane Roe and the Trustee") is None
    assert read_trustees("John Doe, Trustee, and Jane Roe") is None
    assert read_trustees("Jane Roe, Inc.") is None  # a legal form alone is no trustee


def test_form_only_pattern():
    assert all(FORM_ONLY.match(w) for w in ("N.A.", "NA", "Inc.", "L.L.C.", "LLC", "L.P.",
                                            "National Association", "Ltd"))
    assert not any(FORM_ONLY.match(w) for w in ("Jane Roe", "Acme Bank", "Trustee", "Nat"))


def test_maybe_owner():
    assert maybe_owner("Jane A. Roe", "ROE JANE ANN") and maybe_owner("Jim Roe", "Roe James")
    assert not maybe_owner("Ana Eschenbach", "Eschenbach Carl M.")
    assert not maybe_owner("John Roe", "Roe Jane Q") and not maybe_owner("Roe", "Roe Jane")
