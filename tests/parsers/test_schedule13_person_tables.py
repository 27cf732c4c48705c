"""Combined cover pages read per person (:mod:`graphkit.parsers.schedule13_person_tables`).

The patterns are tested on lines of the 1994 family-group Schedule 13D of the corpus (persons'
names replaced by invented ones); the reader on an invented cover of the same layout, and on
ordinary covers, which it must leave alone.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.parsers import schedule13_person_tables as pt
from graphkit.source import SourceText
from tests.conftest import check_text_13_filings

# -- patterns -------------------------------------------------------------------------------


def test_enumerated_line():
    m = pt.ENUMERATED_LINE.match("     (iii)     John Q. Roe, Jr.     U.S.A.")
    assert m and (m["mark"], m["name"], m["answer"]) == ("iii", "John Q. Roe, Jr.", "U.S.A.")
    m = pt.ENUMERATED_LINE.match("     (x)       Julia F. Doe")
    assert m and (m["name"], m["answer"]) == ("Julia F. Doe", None)
    m = pt.ENUMERATED_LINE.match("     (i)       Jane Q. Roe          (a)  [ x ] ")
    assert m and m["answer"] == "(a)  [ x ]"
    # a checkbox line and a plain line are no enumerated person
    assert pt.ENUMERATED_LINE.match("                                   (b)  [  ]") is None
    assert pt.ENUMERATED_LINE.match("2.   Check the Appropriate Row") is None
    # the same table printed in capitals
    m = pt.ENUMERATED_LINE.match("     (III)     JOHN Q. ROE, JR.     U.S.A.")
    assert m and (m["mark"], m["name"], m["answer"]) == ("III", "JOHN Q. ROE, JR.", "U.S.A.")
    assert pt.ENUMERATED_LINE.match("                                   (B)  [  ]") is None


def test_citizenship_label():
    assert pt.CITIZENSHIP_LABEL.search("6.   Citizenship or Place of Organization:")
    assert pt.CITIZENSHIP_LABEL.search("Citizenship") is None


def test_value_cells():
    line = "Marjorie Q. Roe  . . . . . . . 51,062     120,204"
    m = pt.VALUE_CELLS.search(line)
    assert m and m.group(0).split() == ["51,062", "120,204"]
    m = pt.VALUE_CELLS.search("Jane Q. Roe  . . .        .4            8.8%")
    assert m and m.group(0).split() == [".4", "8.8%"]
    m = pt.VALUE_CELLS.search("John Q. Roe, Jr. . . None      None")
    assert m and m.group(0).split() == ["None", "None"]
    # leader dots are no value, and a line without cells has none
    assert pt.VALUE_CELLS.search("Jane Q. Roe  . . . .") is None
    assert pt.VALUE_CELLS.search("of which John Q. Roe, Jr. is trustee.") is None


def test_value_cell_and_zero_cell():
    assert [m["cell"] for m in pt.VALUE_CELL.finditer("  7,950   None  .4  8.8%")] == \
        ["7,950", "None", ".4", "8.8%"]
    assert pt.ZERO_CELL.match("None") and pt.ZERO_CELL.match("NONE") and pt.ZERO_CELL.match("-0-")
    assert pt.ZERO_CELL.match("0.0") is None


def test_dot_leader_and_name_note():
    assert pt.DOT_LEADER.sub("", "John Q. Roe, Jr. . . ") == "John Q. Roe, Jr."
    assert pt.DOT_LEADER.sub("", "Acme Fund.......") == "Acme Fund"
    assert pt.DOT_LEADER.sub("", "John Q. Roe, Jr.") == "John Q. Roe, Jr."  # its own dot stays
    assert pt.NAME_NOTE.sub("", "Julia F. Doe(5)") == "Julia F. Doe"
    assert pt.NAME_NOTE.sub("", "Julia F. Doe*") == "Julia F. Doe"
    assert pt.NAME_NOTE.sub("", "Acme Fund II") == "Acme Fund II"


def test_table_name():
    assert pt.table_name("John Q. Roe, Jr.(1)  . . . .") == "John Q. Roe, Jr."
    assert pt.table_name("John Q. Roe, Jr.(1)  .") == "John Q. Roe, Jr."
    assert pt.table_name("Total Shares Beneficially Owned") == "Total Shares Beneficially Owned"


def test_class_heading_and_word():
    line = "                              Class A   Class B"
    assert [m["cls"] for m in pt.CLASS_HEADING.finditer(line)] == ["A", "B"]
    assert pt.CLASS_HEADING.search("the Class of securities") is None
    assert pt.CLASS_HEADING.search("Classes") is None
    assert [m["cls"] for m in pt.CLASS_HEADING.finditer("CLASS A   CLASS B")] == ["A", "B"]
    assert [m["word"] for m in pt.CLASS_WORD.finditer("   Common    Common")] == ["Common"] * 2


def test_read_cell():
    assert pt.read_cell("None", "shared_dispositive") == 0
    assert pt.read_cell("None", "percent") == 0.0
    assert pt.read_cell("0", "percent") == 0.0
    assert pt.read_cell("184,240", "aggregate") == 184240
    assert pt.read_cell(".5", "percent") == 0.5
    assert pt.read_cell("90.8%", "aggregate") is None  # a percent is no share count


# -- the reader -----------------------------------------------------------------------------

COVER = """\
1.   Names of Reporting Persons:

     (i)       Jane Q. Roe
     (ii)      John Q. Roe, Jr.
     (iii)     Julia F. Doe

2.   Check the Appropriate Row if a Member of a Group:

     (i)       Jane Q. Roe                   (a)  [ x ]
                                             (b)  [  ]

6.   Citizenship or Place of Organization:

     (i)       Jane Q. Roe                   U.S.A.
     (ii)      John Q. Roe, Jr.              U.S.A.
     (iii)     Julia F. Doe                  Canada

     7.   Sole Voting Power:

<TABLE>
<CAPTION>
                              Class A   Class B
                              Common    Common
Name of Reporting Person      Shares    Shares
<S>                           <C>       <C>
Jane Q. Roe . . . . . . . . . None      None
John Q. Roe, Jr.  . . . . . . None      None
Julia F. Doe  . . . . . . . . None      None
</TABLE>

     8.   Shared Voting Power:

                                      Class A    Class B
                                      Common     Common
Name of Reporting Person              Shares     Shares
Jane Q. Roe . . . . . . . . . . . . .  7,950     110,872
John Q. Roe, Jr.(1) . . . . . . . . . 46,063     156,677
Julia F. Doe  . . . . . . . . . . . .      0      20,521

(1)  Includes 1,950 Class A shares owned by the Roe Trust, of which John Q. Roe, Jr. is
     trustee.

11.  Aggregate Amount Beneficially Owned by Each Reporting Person:

                                   Class A    Class B
Name of Reporting Person           Shares     Shares
Jane Q. Roe . . . . . . . . . .     7,950     110,872
John Q. Roe, Jr.(1) . . . . . .    46,063     156,677
Julia F. Doe  . . . . . . . . .         0      20,521

Total Shares Beneficially Owned
  by Group  . . . . . . . . . .    54,013     288,070

13.  Percent of Class Represented by Amount in Row (11):

                                  Class A       Class B
Name of Reporting Person          Shares        Shares
Jane Q. Roe . . . . . . .          .4            8.8%
John Q. Roe, Jr.  . . . .         2.2           12.5
Julia F. Doe  . . . . . .         0              1.6

14.  Type of Reporting Person:

     (i)       Jane Q. Roe                   IN
     (ii)      John Q. Roe, Jr.              IN
     (iii)     Julia F. Doe                  IN
"""


def _read(text: str = COVER):
    return pt.read_combined_cover(SourceText(path="x.txt", text=text), 0, len(text))


def _value(cover, person, field, cls):
    [v] = [v for v in cover.values
           if (v.person, v.field, v.security_class) == (person, field, cls)]
    return v.reading.value


def test_combined_cover_persons():
    cover = _read()
    assert [(p.name, p.jurisdiction.value, p.type_codes.value) for p in cover.persons] == [
        ("Jane Q. Roe", "U.S.A.", "IN"), ("John Q. Roe, Jr.", "U.S.A.", "IN"),
        ("Julia F. Doe", "Canada", "IN")]


def test_combined_cover_values_per_class():
    cover = _read()
    assert cover.classes() == ["Class A Common", "Class B Common"]
    assert _value(cover, "John Q. Roe, Jr.", "shared_voting", "Class A Common") == 46063
    assert _value(cover, "John Q. Roe, Jr.", "shared_voting", "Class B Common") == 156677
    assert _value(cover, "Jane Q. Roe", "sole_voting", "Class A Common") == 0
    assert _value(cover, "Julia F. Doe", "aggregate", "Class A Common") == 0
    # the aggregate and percent tables head their columns "Class A" alone: the same classes
    assert _value(cover, "Julia F. Doe", "aggregate", "Class B Common") == 20521
    assert _value(cover, "Jane Q. Roe", "percent", "Class A Common") == 0.4
    assert _value(cover, "Jane Q. Roe", "percent", "Class B Common") == 8.8
    # the group's total line names no person: not read
    assert not [v for v in cover.values if v.reading.value == 288070]


def test_combined_cover_evidence_is_the_table_line():
    cover = _read()
    v = next(v for v in cover.values if v.person == "Julia F. Doe" and v.field == "aggregate")
    assert v.line.text.startswith("Julia F. Doe") and v.reading.evidence.text == "0"


def test_person_holdings_one_per_class():
    cover = _read()
    got = {cls: h.values for cls, h in pt.person_holdings(cover, "John Q. Roe, Jr.")}
    assert got["Class A Common"]["shared_voting"] == 46063
    assert got["Class B Common"]["sole_voting"] == 0
    assert got["Class B Common"]["aggregate"] == 156677


def test_ordinary_cover_is_no_combined_cover():
    text = ("1. Names of Reporting Persons.  Acme Fund, L.P.\n"
            "4. Citizenship or Place of Organization  Delaware\n"
            "5. Sole Voting Power 1,000\n6. Shared Voting Power 0\n"
            "9. Aggregate Amount Beneficially Owned by Each Reporting Person 1,000\n"
            "11. Percent of Class Represented by Amount in Row (9) 5.0%\n")
    assert _read(text) is None


def test_listed_persons_without_tables_is_no_combined_cover():
    # row 1 lists persons, but the rows answer for the group with single numbers
    text = ("1. Names of Reporting Persons:\n  (i) Jane Q. Roe\n  (ii) Julia F. Doe\n"
            "7. Sole Voting Power:  1,000\n"
            "11. Aggregate Amount Beneficially Owned by Each Reporting Person: 1,000\n")
    assert _read(text) is None


def test_table_line_of_one_listed_person_is_no_table():
    text = ("1. Names of Reporting Persons:\n  (i) Jane Q. Roe\n  (ii) Julia F. Doe\n"
            "7. Sole Voting Power:\n"
            "Jane Q. Roe . . . . 1,000\nSomebody Else . . . 2,000\n")
    assert _read(text) is None


def test_line_missing_a_column_is_not_guessed():
    text = COVER.replace("Julia F. Doe  . . . . . . . . . . . .      0      20,521",
                         "Julia F. Doe  . . . . . . . . . . . .             20,521")
    cover = _read(text)
    assert not [v for v in cover.values
                if v.person == "Julia F. Doe" and v.field == "shared_voting"]
    assert _value(cover, "Julia F. Doe", "aggregate", "Class B Common") == 20521


def test_table_line_spelled_otherwise_is_still_its_person(tmp_path):
    # review: a table line "Julie Schauer" for row 1's "Julie F. Schauer" lost her holdings
    # silently; now the resolver's match finds her, and a person of no table line warns
    from graphkit.parse import parse_path
    from tests.conftest import corpus_file
    text = corpus_file("13d/fitzgerald_suburban_1994_sc13d.txt").read_text()
    f = tmp_path / "respelled.txt"
    f.write_text(text.replace("Julie F. Schauer(5) . . .", "Julie Schauer(5) . . . . ."))
    rec = parse_path(f).records[0]
    names = {p.id: p.name for p in rec.parties}
    julie = sorted((c.security_class, c.shares) for c in rec.claims
                   if names[c.source] == "Julie F. Schauer"
                   and c.relation.value == "beneficial_owner_of")
    assert julie == [("Class A Common", 42306), ("Class B Common", 182851)]
    gone = tmp_path / "gone.txt"
    gone.write_text("\n".join(ln for ln in text.splitlines() if not ln.startswith("Julie F.")))
    r = parse_path(gone)
    assert any(w.code == "missing-value" and "Julie F. Schauer" in w.message
               and "no line of its tables" in w.message for w in r.warnings)


def _assert_cell_ends_agree(text):
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if not pt._may_end_in_cell(text, pos, end):  # then no search is made: it finds nothing
            assert pt.VALUE_CELLS.search(text, pos, end) is None, line
        pos = end + 1


@given(st.lists(st.sampled_from(["Jane Roe", " ", "\t", ". .", "1,000", "None", "NIL", "-0-",
                                 ".4", "8.8%", "\u0663", "\r", "\n", "x", "e", "L", "%"]),
                max_size=12))
@settings(max_examples=400, deadline=None)
def test_lines_that_cannot_end_in_a_cell_hold_no_value_cells(pieces):
    _assert_cell_ends_agree("".join(pieces))


def test_lines_that_cannot_end_in_a_cell_hold_no_value_cells_on_corpus():
    check_text_13_filings(_assert_cell_ends_agree)
