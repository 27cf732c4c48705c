"""A name of a prose finding that binds to no party of the filing and is not made one (a lone
word no defined term binds: "Roe" where the filing names no person Roe) is warned about, the
relation not read and no party guessed (session 43, review rv41b). A surname alone binds to
the one person of the filing with that surname (PartyBook.lookup), never to one of two.

Real filing: the 2000 SC 13D/A of Wesmar Partners Limited Partnership on S2 Golf Inc. (corpus
13d/wesmar_s2golf_2000_sc13da.txt, and the fixture made from it, ocr32/...H1...), line 401:
"Landmark Equity Partners III, L.P., a Delaware limited partnership and the sole limited
partner of Wesmar, ..." -- "Wesmar" is never defined as a term for Wesmar Partners Limited
Partnership; the limited-partner link was dropped without a word before. Since session 44 the
short name of an amendment binds to the one filer whose name opens with it (the rule an XML
form's prose follows), unless the same sentence names that filer by more of its words.
"""

from __future__ import annotations

import pytest

from graphkit.models import Evidence
from graphkit.parse import parse_path
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose import ProseFinding
from graphkit.parsers.schedule13_prose_claims import UNBOUND_HELD, UNBOUND_HOLDER, ProseClaims
from graphkit.relations import Relation
from graphkit.source import SourceText
from tests.conftest import ROOT, corpus_file

TEXT = "Roe is the managing member of Acme Capital LLC."


def _add(persons: list[str], holder: str = "Roe", held: str = "Acme Capital LLC"):
    """The claims and warnings of one finding "<holder> is the managing member of <held>"."""
    book = PartyBook()
    for name in persons:
        book.add(name)
    book.add("Acme Capital LLC")
    f = ProseFinding(relation=Relation.MANAGING_MEMBER_OF, holder=holder, held=held,
                     evidence=Evidence(source="x.txt", text=TEXT, start=0),
                     pattern="holder_is_role_of")
    claims = []
    warnings = ProseClaims(SourceText("x.txt", TEXT), book, claims, [], []).add([f])
    links = {(book.get(c.source).name, c.relation.value, book.get(c.target).name)
             for c in claims}
    return links, [(w.code, w.line) for w in warnings], book


@pytest.mark.parametrize("persons, links, codes", [
    # no person Roe: the relation is not read, and said so; no party "Roe"
    ([], set(), [(UNBOUND_HOLDER, 1)]),
    (["John Doe"], set(), [(UNBOUND_HOLDER, 1)]),
    # the one person of that surname: bound to her
    (["Jane Q. Roe"], {("Jane Q. Roe", "managing_member_of", "Acme Capital LLC")}, []),
    (["Jane Q. Roe", "John Doe"],
     {("Jane Q. Roe", "managing_member_of", "Acme Capital LLC")}, []),
    # two persons Roe: neither guessed (the warning that was there before)
    (["Jane Q. Roe", "John R. Roe"], set(), [("ambiguous-name", 1)]),
])
def test_lone_surname(persons, links, codes):
    got, warned, book = _add(persons)
    assert (got, warned) == (links, codes)
    assert "Roe" not in {p.name for p in book.parties}


def test_no_party_guessed_for_the_lone_word():
    _, _, book = _add([])
    assert [p.name for p in book.parties] == ["Acme Capital LLC"]


def test_unbound_held_party_warned_once():
    book = PartyBook(); book.add("Jane Q. Roe")
    ev = Evidence(source="x.txt", text=TEXT, start=0)
    fs = [ProseFinding(relation=Relation.MANAGING_MEMBER_OF, holder="Jane Q. Roe", held="Zeta",
                       evidence=ev, pattern="holder_is_role_of")] * 2
    claims = []
    warnings = ProseClaims(SourceText("x.txt", TEXT), book, claims, [], []).add(fs)
    assert claims == [] and [w.code for w in warnings] == [UNBOUND_HELD]
    assert "'Zeta', the held party of the relation managing_member_of" in warnings[0].message


@pytest.mark.parametrize("path", [
    ("corpus", "13d/wesmar_s2golf_2000_sc13da.txt"),
    ("fixture", "ocr32/wesmar_s2golf_2000__H1_inner_group_letter.txt"),
])
def test_real_13d_short_name_binds_to_its_one_filer(path):
    # session 44: "Wesmar" of an amendment is the one filer whose name opens with it (as an
    # XML form's prose reads it: filer_by_leading_words); it was warned unbound before
    where, rel = path
    p = corpus_file(rel) if where == "corpus" else ROOT / "tests" / "fixtures" / "filings" / rel
    [rec] = parse_path(p).records
    assert [w for w in rec.warnings if w.code in (UNBOUND_HELD, UNBOUND_HOLDER)] == []
    names = {p.id: p.name for p in rec.parties}
    assert "Wesmar" not in names.values()
    assert sorted((names[c.source], c.relation.value) for c in rec.claims
                  if names[c.target] == "Wesmar Partners Limited Partnership") == [
        ("Landmark Equity Partners III, L.P.", "shareholder_of"),  # "the sole limited partner"
        ("MR & Associates", "general_partner_of")]


def test_real_13d_short_name_beside_the_longer_one_stays_unbound():
    # 2002 SC 13D/A on Consolidated Capital Growth Fund, line 486: "the sole general partner
    # of AIMCO Properties and AIMCO" -- "AIMCO" (Apartment Investment and Management Company,
    # never defined) is not the filer AIMCO Properties, L.P. the same sentence names
    p = ROOT / "tests" / "fixtures" / "filings" / "holdout" / "2002_SC_13DA_201529.txt"
    [rec] = parse_path(p).records
    [w] = [w for w in rec.warnings if w.code in (UNBOUND_HELD, UNBOUND_HOLDER)]
    assert (w.code, w.line) == (UNBOUND_HELD, 484)
    assert w.message.startswith("'AIMCO', the held party of the relation general_partner_of")
