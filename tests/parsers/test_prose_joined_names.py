"""A name with "and" or "&" in it, read from prose, stays one party
(:mod:`graphkit.parsers.prose_joined_names`).

The fixture ``tests/fixtures/filings/nm47/2002_SC_13GA_887733_and_name.txt`` is the Central
Garden & Pet 13G/A of ``holdout/2002_SC_13GA_887733.txt`` with its adviser's name "Willow Creek
Capital Management" written "Willow and Creek Capital Management" (name-substitution sweep,
nm47). The original gives Aaron Braun as control person and sole shareholder of the adviser,
which reports 1,680,300 shares (10.02%); the edited filing must give the same of the edited
name, and no party "Creek Capital Management".

``nm47/2005_SC_13D_1333324_and_name.txt`` is the Superior Well Services 13D of
``2005_SC_13D_1333324.txt`` with its filer "Snyder Associated Companies, Inc." written "Snyder
and Associated Companies, Inc." (also in capitals and across line breaks). Its Item 2 defines
'Snyder and Associated Companies, Inc. (the "Filing Party")', which was read as a party
"Associated Companies, Inc." holding the filer's 2,094,365 shares a second time; the original
gives one holder of 2,094,365 shares (11.0%), the parent of three subsidiaries, with the six
Snyders its shareholders, officers and directors.

``nm47/2012_SC_13GA_844150_place_name.txt`` is the Royal Bank of Scotland 13G/A of
``holdout/2012_SC_13GA_844150.txt`` with its adviser "Perry Corp." written "Perry Offshore Fund
(Cayman)" (a place in parentheses and no legal form after it). "Richard C. Perry, in his
capacities as the President and sole stockholder of Perry Offshore Fund (Cayman)" was read of a
party "Perry Offshore Fund"; the original gives Richard C. Perry as President (officer) and
shareholder of the adviser.
"""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path
from graphkit.parsers.prose_joined_names import (JOINER, whole_joined_name, whole_name_around,
                                                  whole_name_before)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "nm47"
ADVISER = "Willow and Creek Capital Management"
FILER = "Snyder and Associated Companies, Inc."


def test_joiner_matches_and_ampersand_not_inner_words() -> None:
    assert [m.group().strip() for m in JOINER.finditer("Baker and Lowe & Sons AND Co")] == [
        "and", "&", "AND"]
    assert JOINER.search("Sandland Brandt Holdings") is None  # "and" inside a word


def test_whole_name_of_either_side() -> None:
    known = ["Baker and Lowe Associates", "Jane Roe"]
    said = "Jane Roe is the control person of Baker and Lowe Associates."
    assert whole_joined_name("Lowe Associates", said, known) == "Baker and Lowe Associates"
    assert whole_joined_name("Baker", said, known) == "Baker and Lowe Associates"
    assert whole_joined_name("Jane Roe", said, known) is None  # no joined name holds it


def test_part_that_is_a_party_of_its_own_is_kept() -> None:
    known = ["Jane Roe & Co.", "Jane Roe"]  # the signer and the firm named after her
    said = "Jane Roe is the President of Jane Roe & Co."
    assert whole_joined_name("Jane Roe", said, known) is None
    # both sides parties: two parties listed, not the one named after both
    assert whole_name_before("Co.", "Jane Roe & ", ["Jane Roe & Co.", "Co.", "Jane Roe"]) is None


def test_part_kept_when_sentence_lists_two_names() -> None:
    known = ["Baker and Lowe Associates"]
    said = "Jane Roe controls Acme Fund LP and Lowe Associates."
    assert whole_joined_name("Lowe Associates", said, known) is None


def test_two_different_whole_names_are_not_guessed() -> None:
    known = ["Baker and Lowe Associates", "Smith & Lowe Associates"]
    said = "Jane Roe controls Baker and Lowe Associates and Smith & Lowe Associates."
    assert whole_joined_name("Lowe Associates", said, known) is None


def test_spellings_of_one_whole_name_agree() -> None:
    known = ["BAKER AND LOWE ASSOCIATES", "Baker and Lowe Associates"]
    said = "Jane Roe controls Baker and Lowe Associates."
    assert whole_joined_name("Lowe Associates", said, known) in known


def test_edited_filing_keeps_the_adviser_whole() -> None:
    rep = parse_path(FIXTURES / "2002_SC_13GA_887733_and_name.txt")
    (rec,) = rep.records
    names = {p.id: p.name for p in rec.parties}
    assert sorted(names.values()) == ["Aaron Braun", "Central Garden & Pet Company",
                                      "WC Capital Management, LLC", ADVISER]
    links = {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims}
    assert ("Aaron Braun", "control_person_of", ADVISER) in links
    assert ("Aaron Braun", "shareholder_of", ADVISER) in links
    held = [c for c in rec.claims if names[c.source] == ADVISER
            and c.relation.value == "beneficial_owner_of"]
    assert [(c.shares, c.percent) for c in held] == [(1680300, 10.02)]


def test_whole_name_before_a_definition() -> None:
    known = ["Snyder and Associated Companies, Inc."]
    assert whole_name_before("Associated Companies, Inc.", "This 13D is filed by Snyder and\n",
                             known) == FILER
    assert whole_name_before("Associated Companies, Inc.", "filed by Jane Roe and ",
                             known) is None  # another name before the "and"
    assert whole_name_before("Snyder", "filed by ", known) is None  # the name's first side


def test_edited_filing_defines_the_filer_whole() -> None:
    rep = parse_path(FIXTURES / "2005_SC_13D_1333324_and_name.txt")
    (rec,) = rep.records
    names = {p.id: p.name for p in rec.parties}
    assert not [n for n in names.values() if n.startswith("Associated")]
    filer = next(p for p in rec.parties if p.name == FILER)
    assert [a.name for a in filer.aliases] == ["Filing Party"]
    links = {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims}
    assert {held for src, rel, held in links if src == FILER and rel == "parent_of"} == {
        "Allegheny Mineral Corp.", "Armstrong Cement & Supply Corp.", "Glacial Sand & Gravel Co."}
    for snyder in ("C.H. Snyder, Jr.", "Dennis C. Snyder", "Richard G. Snyder",
                   "Mark A. Snyder", "David E. Snyder", "Thomas C. Snyder"):
        assert {(snyder, rel, FILER) for rel in ("shareholder_of", "officer_of",
                                                  "director_of")} <= links
    held = [(names[c.source], c.shares, c.percent) for c in rec.claims
            if c.relation.value == "beneficial_owner_of"]
    assert held == [(FILER, 2094365, 11.0), ("Allegheny Mineral Corp.", 846208, None),
                    ("Armstrong Cement & Supply Corp.", 719277, None),
                    ("Glacial Sand & Gravel Co.", 528880, None)]


def test_whole_name_around_a_part() -> None:
    known = ["Acme Offshore Fund (Cayman)", "Jane Roe"]
    said = "Jane Roe is the sole stockholder of Acme Offshore Fund (Cayman)."
    assert whole_name_around("Acme Offshore Fund", said, known) == known[0]
    assert whole_name_around("Jane Roe", said, known) is None  # a party of its own
    # the part written once alone as well: a name of its own
    said2 = "Acme Offshore Fund and Acme Offshore Fund (Cayman) are funds."
    assert whole_name_around("Acme Offshore Fund", said2, known) is None
    # two different wholes around it: not guessed
    two = ["Acme Fund (Cayman)", "Acme Fund (Jersey)"]
    said3 = "Jane Roe manages Acme Fund (Cayman) and Acme Fund (Jersey)."
    assert whole_name_around("Acme Fund", said3, two) is None


def test_edited_filing_keeps_the_adviser_with_its_place() -> None:
    (rec,) = parse_path(FIXTURES / "2012_SC_13GA_844150_place_name.txt").records
    names = {p.id: p.name for p in rec.parties}
    assert "Perry Offshore Fund" not in names.values()
    adviser = "PERRY OFFSHORE FUND (CAYMAN)"
    links = {(names[c.source], c.relation.value, names[c.target], c.title) for c in rec.claims}
    assert ("RICHARD C. PERRY", "officer_of", adviser, "President") in links
    assert ("RICHARD C. PERRY", "shareholder_of", adviser, None) in links


def test_part_no_party_would_be_made_of_stays_unread() -> None:
    from graphkit.models import Evidence
    from graphkit.parsers.prose import ProseFinding
    from graphkit.parsers.prose_joined_names import with_whole_names
    from graphkit.relations import Relation
    said = "Acme Group Mr. Roe is Chairman of A.J. Roe"
    f = ProseFinding(relation=Relation.OFFICER_OF, holder="Acme Group Mr. Roe", held="A.J",
                     evidence=Evidence(source="x", text=said))
    assert with_whole_names(f, ["A.J. Roe"], lambda name: False).held == "A.J"
    assert with_whole_names(f, ["A.J. Roe"]).held == "A.J. Roe"
