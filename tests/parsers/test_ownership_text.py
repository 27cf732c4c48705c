"""Named patterns of :mod:`graphkit.parsers.ownership_text`, and holding lines and signatures
read as in XML (an entity named as the nature of ownership, fractional amounts,
attorneys-in-fact)."""

from __future__ import annotations

import pytest

from graphkit.parsers.ownership_text import (COLUMN_MARK, COLUMN_MARKS, TABLE_I_TITLE,
                                             parse_ownership_text)
from graphkit.source import SourceText


def test_column_mark_and_table_i_title():
    marks = COLUMN_MARKS.search("<S>  <C>   <C>\n")
    assert [m.start() for m in COLUMN_MARK.finditer(marks.group(0))] == [0, 5, 11]
    assert TABLE_I_TITLE.search("Table I - Non-Derivative Securities")
    assert not TABLE_I_TITLE.search("Table II - Derivative Securities")


_FORM = ("FORM 4\nSTATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n"
         "1. Name and Address of Reporting Person\n   Doe, Jane Q.\n   1 Main St\n"
         "2. Issuer Name and Ticker or Trading Symbol\n   Widget Corp.\n   WDG\n"
         "6. Relationship of Reporting Person(s) to Issuer\n"
         "   (X) Director ( ) 10% Owner ( ) Officer (give title below) ( ) Other\n"
         "Table I -- Non-Derivative Securities Acquired, Disposed of\n<TABLE>\n"
         "<S>      <C>   <C> <C><C>   <C><C>  <C>         <C>  <C>\n"
         "Common   |2/1/0|P  | |100  |A |$1  |1,600.25    |D   |                 |\n"
         "Common   |     |   | |     |  |    |250         |I   |By Acme Trust    |\n"
         "Common   |     |   | |     |  |    |75          |I   |By spouse        |\n"
         "</TABLE>\n"
         "SIGNATURE OF REPORTING PERSON\n/s/ John Roe, Attorney-in-Fact\nDATE\nMarch 13, 2000\n")


def test_text_form_holdings_and_signature():
    rec = parse_ownership_text(SourceText("f4.txt", _FORM))
    assert [(rec.party(c.source).name, c.shares, c.direct) for c in rec.claims
            if c.shares is not None] == [("Doe, Jane Q.", 1600, True),
                                         ("Doe, Jane Q.", 250, False), ("Acme Trust", 250, True),
                                         ("Doe, Jane Q.", 75, False)]
    assert [w.code for w in rec.warnings] == ["fractional-shares"]
    assert "1,600.25" in rec.warnings[0].message and rec.warnings[0].line == 14
    sig = rec.signatures[0]
    assert (sig.signer, sig.title, sig.on_behalf_of, str(sig.date)) == (
        "John Roe", "Attorney-in-Fact", ["Doe, Jane Q."], "2000-03-13")


def _named(rec):
    n = {p.id: p.name for p in rec.parties}
    return [(c.relation.value, n[c.source], n[c.target], c.title) for c in rec.claims
            if c.shares is None and c.relation.value != "beneficial_owner_of"]


def test_officer_title_and_explanation_prose_t01():
    # review x15 M9: the corpus Foster 2000 text Form 4, edited (fixture own15/t01): box 6 has
    # "(X) Officer (give title below)" and "Chief Financial Officer" under it; note (1) of the
    # Explanation of Responses states a chain. Neither was read.
    from pathlib import Path
    from graphkit.parse import parse_path
    own15 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "own15"
    (rec,) = parse_path(own15 / "t01_text_form4_roles.txt").records
    got = _named(rec)
    assert ("officer_of", "Foster, Alan H.", "Productivity Technologies Corp.",
            "Chief Financial Officer") in got
    assert ("general_partner_of", "Acme Management, Inc.", "Acme Partners, L.P.", None) in got
    assert ("officer_of", "Foster, Alan H.", "Acme Management, Inc.", "President") in got
    (prose,) = [c for c in rec.claims if c.relation.value == "general_partner_of"]
    assert prose.evidence[0].line == 151  # the note's line in the file


def test_no_title_when_box_six_has_none_or_other_is_checked():
    rec = parse_ownership_text(SourceText("f4.txt", _FORM.replace(
        "( ) Officer", "(X) Officer").replace(
        "Table I", "7. Individual or Joint/Group Filing\nTable I")))
    assert ("officer_of", "Doe, Jane Q.", "Widget Corp.", None) in _named(rec)
    other = _FORM.replace("( ) Officer", "(X) Officer").replace("( ) Other", "(X) Other").replace(
        "Table I", "   Trustee of a family trust\n7. Individual\nTable I")
    assert ("officer_of", "Doe, Jane Q.", "Widget Corp.", None) in _named(
        parse_ownership_text(SourceText("f4.txt", other)))


def test_real_foster_director_only():
    # the real Foster Form 4: Director alone, no words under box 6, no explanation
    from graphkit.parse import parse_path
    from tests.conftest import corpus_file
    (rec,) = parse_path(corpus_file("form4/foster_productivity_2000_form4.txt")).records
    assert _named(rec) == [("director_of", "Foster, Alan H.", "Productivity Technologies Corp.",
                            None)]


def test_box_six_patterns():
    from graphkit.parsers.ownership_text import BOX_SIX_PRINTED, RELATIONSHIP_BOX
    line = "   (X) Director ( ) 10% Owner [x] Officer (give title below) ( ) Other"
    assert BOX_SIX_PRINTED.sub("", line).strip() == ""
    assert BOX_SIX_PRINTED.sub("", "(specify below) Chief Executive").strip() == "Chief Executive"
    box = RELATIONSHIP_BOX.search("6. Relationship of Reporting Person(s) to Issuer\n"
                                  "  (X) Officer\n  President\n\n7. Individual\n")
    assert box["body"] == "  (X) Officer\n  President\n\n"
    assert RELATIONSHIP_BOX.search("6. Relationship of Reporting Person\n(X) Officer\n") is None


_BOX6 = ("FORM 4\n1. Name and Address of Reporting Person\n   Doe, Jane Q.\n"
         "2. Issuer Name and Ticker or Trading Symbol\n   Widget Corp.\n   WDG\n"
         "6. Relationship of Reporting Person(s) to Issuer\n{box}\n"
         "7. Individual or Joint/Group Filing\n")


@pytest.mark.parametrize("box, title", [
    # review main16 H3: the wrapped heading's "(Check all applicable)" was taken for the title
    ("   (Check all applicable)\n   ( ) Director (X) Officer (give title below) ( ) Other\n"
     "   (specify below)\n", None),
    ("   (Check all applicable)\n   ( ) Director (X) Officer (give title below) ( ) Other\n"
     "   (specify below)\n   Chief Financial Officer\n", "Chief Financial Officer"),
    # review main16 M5 and LOW: wrapped instructions, two columns, underscores, a label
    ("   ( ) Director (X) Officer (give title below) ( ) Other (specify\n   below)\n"
     "   Chief Financial Officer\n", "Chief Financial Officer"),
    ("   ( ) Director          ( ) 10% Owner\n   (X) Officer (give     ( ) Other (specify\n"
     "        title below)          below)\n   Chief Financial Officer\n",
     "Chief Financial Officer"),
    ("   ___ Director   _X_ Officer (give title below)   ___ Other (specify below)\n"
     "   Chief Financial Officer\n", "Chief Financial Officer"),
    ("   (X) Officer (give title below) ( ) Other (specify below)\n"
     "   Title: Chief Financial Officer\n", "Chief Financial Officer"),
])
def test_officer_title_layouts(box, title):
    rec = parse_ownership_text(SourceText("f4.txt", _BOX6.format(box=box)))
    assert [(c.relation.value, c.title) for c in rec.claims] == [("officer_of", title)]


def test_each_note_is_read_on_its_own_line():
    # review main16 LOW: a note's sentence was cited from the line before (the heading, or the
    # note before when its sentence ran on)
    text = _BOX6.format(box="   (X) Director\n") + (
        "Explanation of Responses:\n(1) Purchase price reflects the weighted average.\n"
        "(2) The shares are held by Acme Partners, L.P.\n"
        "(3) Acme Management, Inc. is the general partner of Acme Partners, L.P.\n"
        "SIGNATURE OF REPORTING PERSON\n/s/ Jane Q. Doe\nDATE\nMarch 13, 2000\n")
    rec = parse_ownership_text(SourceText("f4.txt", text))
    (gp,) = [c for c in rec.claims if c.relation.value == "general_partner_of"]
    assert text.splitlines()[gp.evidence[0].line - 1].startswith("(3) Acme Management")
