"""Places stated of named parties in sentences (:mod:`graphkit.parsers.stated_places`), and
their use on a Schedule 13G's cover row and Item 2(c)
(:func:`graphkit.parsers.schedule13_citizenship.give_stated_places`)."""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.stated_places import (PLACE_PREDICATE, PREDICATE_VERB, SENTENCE_END,
                                            SUBJECT_LEAD, _predicates, read_stated_places)
from graphkit.pipeline import build
from graphkit.source import SourceText
from tests.conftest import ROOT, corpus_file

FILINGS = ROOT / "tests" / "fixtures" / "filings"
#: A 1999 SC 13G on SoftNet Systems: one cover page for two reporting persons, whose row 4
#: reads "Eurocredit Investments, Ltd. is a Maltese corporation and / Mr. Mauran is a
#: Canadian citizen." (Item 2(c) says it again)
EUROCREDIT = FILINGS / "holdout" / "1999_SC_13G_97196.txt"


def _stated(text: str) -> list[tuple[str, str]]:
    src = SourceText(path="x.txt", text=text)
    return [(p.who, p.place.name) for p in read_stated_places(src, 0, len(text), "Item 2(c)")]


@pytest.mark.parametrize("pattern, line", [
    (PLACE_PREDICATE, " is a Maltese corporation"),
    (PLACE_PREDICATE, " is a citizen of the United States of America."),
    (PLACE_PREDICATE, " are organized under the laws of the State of Delaware."),
    (PLACE_PREDICATE, " is a limited partnership organized under\n the laws of the State of"
                      " Delaware."),
    (PLACE_PREDICATE, " is a Cayman Islands exempted company"),
    (SENTENCE_END, "a Canadian citizen. Mr. Mauran"),
    (SUBJECT_LEAD, " and\nMr. Mauran"),
])
def test_named_pattern_matches_real_line(pattern, line):
    assert pattern.search(line), (pattern.pattern[:60], line)


def test_sentence_end_not_after_an_abbreviation():
    assert not SENTENCE_END.search("Mr. Mauran") and not SENTENCE_END.search("Ltd. Acme")
    assert not SENTENCE_END.search("Acme Corp. Beta")


@pytest.mark.parametrize("text, stated", [
    # row 4 of the Eurocredit cover page, as printed
    ("Eurocredit Investments, Ltd. is a Maltese corporation and \nMr. Mauran is a Canadian "
     "citizen.", [("Eurocredit Investments, Ltd.", "Malta"), ("Mr. Mauran", "Canada")]),
    # accipiter_bthcvi_2007_sc13g.txt, Item 2(c): lists of defined terms
    (": ALSF, ALSF II, QP II, Candens and Management are organized under the laws of the State "
     "of Delaware. Offshore and Offshore II are organized under the laws of the Cayman Islands. "
     "Gabe Hoffman is a citizen of the United States of America.",
     [("ALSF, ALSF II, QP II, Candens and Management", "Delaware"),
      ("Offshore and Offshore II", "Cayman Islands"), ("Gabe Hoffman", "United States")]),
    # covers15/f10: a group of persons, a term, and a name after "and"
    ("Mr. and Mrs. McAllister are citizens of the United States. The Partnership is a Georgia "
     "limited partnership and MFP Management Corp. is a Georgia corporation.",
     [("Mr. and Mrs. McAllister", "United States"), ("The Partnership", "Georgia"),
      ("MFP Management Corp.", "Georgia")]),
    ("EUROCREDIT INVESTMENTS, LTD. IS A MALTESE CORPORATION AND MR. MAURAN IS A CANADIAN "
     "CITIZEN.", [("EUROCREDIT INVESTMENTS, LTD.", "Malta"), ("MR. MAURAN", "Canada")]),
    ("Jane Roe is a U.S.A. citizen.", [("Jane Roe", "United States")]),
    ("The Funds are each Cayman Islands exempted companies.", [("The Funds", "Cayman Islands")]),
    # no known place: nothing, never a guess
    ("Acme Fund is a Georgian company.", []),
    ("Jane Roe is a citizen of Atlantis.", []),
    ("Delaware", []),
])
def test_read_stated_places(text, stated):
    assert _stated(text) == stated


def test_one_cover_two_places_each_to_its_person():
    [rec] = parse_path(EUROCREDIT).records
    places = {p.name: p.jurisdiction for p in rec.parties if p.jurisdiction}
    assert places == {"Eurocredit Investments, Ltd.": "Malta", "Richard C.W. Mauran": "Canada"}
    mauran = next(p for p in rec.parties if p.name == "Richard C.W. Mauran")
    read = [(r.evidence.section, r.raw) for r in mauran.readings if r.field == "jurisdiction"]
    assert read == [("cover page 1", "Mr. Mauran is a Canadian citizen"),
                    ("Item 2(c)", "Mr. Mauran is a Canadian citizen")]
    G = build([EUROCREDIT]).graph
    codes = {d["name"]: d.get("jurisdiction_code") for _, d in G.nodes(data=True)}
    assert codes["Eurocredit Investments, Ltd."] == "MT"
    assert codes["Richard C.W. Mauran"] == "CA"


def test_item_2c_in_capitals_read():
    """deshaw_firstusa_1996_sc13ga.txt: "ITEM 2(c).  CITIZENSHIP:" then "D.E. Shaw is a limited
    partnership organized under the laws of the State of Delaware. David E. Shaw is a citizen
    of the United States." ("D.E. Shaw" is the term of D.E. Shaw Investments, L.P.)"""
    [rec] = parse_path(corpus_file("13g/deshaw_firstusa_1996_sc13ga.txt")).records
    read = {p.name: [r.value for r in p.readings if r.field == "jurisdiction"]
            for p in rec.parties}
    assert read["D.E. Shaw Investments, L.P."] == ["Delaware"]
    assert read["David E. Shaw"] == ["United States"]


def test_the_reporting_person_is_the_one_there_is():
    """asen_culp_2006_sc13g.txt: "ITEM 2(C). CITIZENSHIP: The Reporting Person is a citizen of
    the United States of America." (R. Scott Asen files alone)"""
    [rec] = parse_path(corpus_file("13g/asen_culp_2006_sc13g.txt")).records
    asen = next(p for p in rec.parties if p.name == "R. Scott Asen")
    assert [r.value for r in asen.readings if r.field == "jurisdiction"] == ["United States"]


@pytest.mark.parametrize("text, verbs", [
    ("Acme Ltd. is a Maltese corporation", ["is"]),
    ("A and B ARE organized under\nthe laws of Delaware; C Were", ["ARE"]),
    ("Roe was\ta citizen", ["was"]),
    # not inside a word, nor glued to a stop or a comma
    ("This island, Paris and Wares; is, are.", []),
])
def test_predicate_verb_finds_the_verbs_as_words(text, verbs):
    assert [m.group() for m in PREDICATE_VERB.finditer(text)] == verbs


@pytest.mark.parametrize("name", ["13g/farallon_spiritfinance_2006_sc13ga.txt",
                                  "13d/fitzgerald_suburban_1994_sc13d.txt",
                                  "13d/icahn_bausch_2021_sc13d.txt"])
def test_predicates_are_the_finditer_matches_on_a_real_filing(name):
    """Tried at the verbs only, the predicate matches where a scan of every place matches: the
    whole filing, and a span starting inside a run of spaces of the cover pages."""
    text = corpus_file(name).read_text(errors="replace")
    for start, end in ((0, len(text)), (text.index("   ") + 1, len(text) // 2)):
        assert [m.span() for m in _predicates(text, start, end)] == \
            [m.span() for m in PLACE_PREDICATE.finditer(text, start, end)]
    if "farallon" in name:  # Item 2(c): "... Reporting Persons is\n a citizen of the United States"
        assert len(list(_predicates(text, 0, len(text)))) == 1
