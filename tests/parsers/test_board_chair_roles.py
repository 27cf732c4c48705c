"""The chair of a company's board, named in prose: an officer with the title "Chairman of the
Board", and a director of the company (review s33 rvA M3).

"Jack Tramiel, Chairman of the Board and Chief Executive Officer of Atari" (a 1994 13D/A)
gave no party at all; "Richard Roe is Chairman of the Board and Chief Executive Officer of
Widget" gave an officer titled only "Chief Executive Officer" and no seat on the board.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_roles import role_relations
from graphkit.source import SourceText

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv34"


def rels(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(f.relation.value, f.holder, f.held, f.title)
            for f in find_relationships(SourceText(path="t.txt", text=text))]


def test_atari_chairman_in_an_appositive_of_a_list():
    # Item 6: "Atari (then known as Tramel Technology, Ltd.), Atari, Inc. (then a subsidiary of
    # WCI) and Jack Tramiel, Chairman of the Board and Chief Executive Officer of Atari, entered
    # into an Agreement dated July 1, 1984"
    rec = parse_path(FIXTURES / "timewarner_atari_1994_sc13da_cut.txt").records[0]
    name = {p.id: p.name for p in rec.parties}
    claims = {(c.relation.value, name[c.source], name[c.target], c.title) for c in rec.claims}
    assert ("officer_of", "Jack Tramiel", "ATARI CORPORATION",
            "Chairman of the Board, Chief Executive Officer") in claims
    assert ("director_of", "Jack Tramiel", "ATARI CORPORATION", None) in claims


@pytest.mark.parametrize("text,expected", [
    ("Richard Roe is Chairman of the Board and Chief Executive Officer of Widget Corporation.",
     [("officer_of", "Richard Roe", "Widget Corporation",
       "Chairman of the Board, Chief Executive Officer"),
      ("director_of", "Richard Roe", "Widget Corporation", None)]),
    ("Richard Roe is Chairman of the Board of Directors of Widget Corporation.",
     [("officer_of", "Richard Roe", "Widget Corporation", "Chairman of the Board"),
      ("director_of", "Richard Roe", "Widget Corporation", None)]),
    ("Richard Roe, Chairman of the Board and Chief Executive Officer of Widget Corporation, "
     "signed the agreement.",
     [("officer_of", "Richard Roe", "Widget Corporation",
       "Chairman of the Board, Chief Executive Officer"),
      ("director_of", "Richard Roe", "Widget Corporation", None)]),
    ("Richard Roe is Chairman of the Board, President and Chief Executive Officer of Widget "
     "Corporation.",
     [("officer_of", "Richard Roe", "Widget Corporation",
       "Chairman of the Board, President, Chief Executive Officer"),
      ("director_of", "Richard Roe", "Widget Corporation", None)]),
    # a chairman without "of the Board" is read as before: an officer (a committee's or a
    # bank's chairman may hold no seat)
    ("Richard Roe is Chairman and Chief Executive Officer of Widget Corporation.",
     [("officer_of", "Richard Roe", "Widget Corporation", "Chairman, Chief Executive Officer")]),
    ("Richard Roe is Vice Chairman of Widget Corporation.",
     [("officer_of", "Richard Roe", "Widget Corporation", "Vice Chairman")]),
])

def test_chair_of_the_board_in_prose(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("board", ["Advisors", "Trustees", "Managers", "Governors"])
def test_the_chair_of_another_board_holds_no_seat_on_the_companys(board):
    # review s34 rv5 M1: "Chairman of the Board of Advisors of X" gave director_of a party
    # "Advisors of X"
    found = rels(f"Richard Roe is Chairman of the Board of {board} of Widget Corporation.")
    assert not [f for f in found if f[0] == "director_of"]


def test_role_relations_of_the_chair_of_the_board():
    # "CEO" is an officer's title too (session 37)
    assert [(r.value, t) for r, t in role_relations("Chairman of the Board and CEO")] == [
        ("officer_of", "Chairman of the Board, CEO"), ("director_of", None)]
