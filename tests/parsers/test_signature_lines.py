"""The named patterns and line readers of :mod:`graphkit.parsers.signature_lines`, each on
real lines of unseen filings (tests/fixtures/filings/) and on made-up lines."""

from __future__ import annotations

import pytest

from graphkit.parsers import signature_lines as sl
from graphkit.parsers.person_name_parts import NAME_PART
from graphkit.parsers import signatures as sig
from graphkit.source import SourceText


@pytest.mark.parametrize("line", [
    "Senior Vice President, Secretary and General Counsel",  # 2003_SC_13G_874691
    "Vice President/Chief Compliance Officer",               # 2016_SC_13G_1469372
    "Attorney-in-Fact", "VICE PRESIDENT", "Assistant Secretary", "Managing Member",
])
def test_title_lines(line):
    assert sl.TITLE_WORD.search(line) and sl.is_title_line(line)


@pytest.mark.parametrize("line", [
    "Duly authorized under Power of Attorney",  # 2005_SC_13GA_873044
    "(Name/Title)", "Name/Title", "Signature", "Jane Q. Roe, President", "Acme Partners, L.P.",
    "Signed pursuant to a Power of Attorney dated January 29,",
])
def test_not_title_lines(line):
    assert not sl.is_title_line(line)


def test_not_title_word():
    assert sl.NOT_TITLE_WORD.search("Duly authorized under Power of Attorney")
    assert sl.NOT_TITLE_WORD.search("Vice President") is None


def test_name_slash_title():
    # 2020_SC_13D_1299393, 1997_SC_13GA_900640
    m = sl.NAME_SLASH_TITLE.match("\t                   MAURY FERTIG/MANAGING MEMBER")
    assert (m["name"], m["title"]) == ("MAURY FERTIG", "MANAGING MEMBER")
    assert sl.slash_title("Herb D. Vest/Chairman & CEO", "Herb D. Vest") == "Chairman & CEO"
    assert sl.slash_title("Jane Roe/President", "John Doe") is None


def test_name_title_line():
    # 1994_SC_13G_732812, 2011_SC_13GA_1364742, 2008_SC_13G_1422848
    assert sl.NAME_TITLE_LINE.match(
        "Name/Title:      Philip de Toledo, Vice President and Treasurer")["v"] == \
        "Philip de Toledo, Vice President and Treasurer"
    assert sl.NAME_TITLE_LINE.match("Name/Title  Attorney-In-Fact")["v"] == "Attorney-In-Fact"
    assert sl.NAME_TITLE_LINE.match("                                    NAME/TITLE") is None
    assert sl.NAME_TITLE_LINE.match("Name & Title: David Oestreicher, Executive Vice "
                                    "President")["v"].endswith("Executive Vice President")
    assert sl.NAME_TITLE_LINE.match("NAME AND TITLE: JANE ROE, PRESIDENT")["v"] == \
        "JANE ROE, PRESIDENT"


def test_name_and_title_field_gives_the_title_alone():
    # 2022_SC_13G_1127703 (tests/fixtures/filings/totals31), lines 215-218:
    # "T. ROWE PRICE ASSOCIATES, INC." / "Date: February 14, 2022" / "Signature: /s/ David
    # Oestreicher" / "Name & Title: David Oestreicher, Executive Vice President"
    from pathlib import Path
    from graphkit.parse import parse_path
    path = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "totals31" / \
        "2022_SC_13G_1127703.txt"
    [rec] = parse_path(path).records
    [s] = rec.signatures
    assert (s.signer, s.title, s.on_behalf_of, str(s.date)) == (
        "David Oestreicher", "Executive Vice President", ["T. ROWE PRICE ASSOCIATES, INC."],
        "2022-02-14")
    assert sl.split_name_title("Timothy D. Armour - Senior Vice President",
                               "Timothy D. Armour") == "Senior Vice President"


def test_signature_name():
    # 2011_SC_13GA_1364742, 2000_SC_13G_949308, 2008_SC_13G_1422848
    for line, name in (("Signature:  Matthew J. Fitzgerald", "Matthew J. Fitzgerald"),
                       ("             Signature:     *David I. Fisher", "David I. Fisher"),
                       ("        Signature:     Timothy D. Armour^", "Timothy D. Armour")):
        assert sl.SIGNATURE_NAME.match(line)["name"] == name
    assert sl.SIGNATURE_NAME.match("Signature:       /s/ Philip de Toledo") is None


@pytest.mark.parametrize("line, name, role", [
    ("By: W. Whitney George, Vice President", "W. Whitney George", "Vice President"),
    ("By: Dimensional Holdings Inc., General Partner", "Dimensional Holdings Inc.",
     "General Partner"),
    ("By: Acme Capital, LLC", "Acme Capital, LLC", None),
    ("By: Jane Q. Roe, Jr., President", "Jane Q. Roe, Jr.", "President"),
])
def test_by_name_role(line, name, role):
    m = sl.BY_NAME_ROLE.match(line)
    assert (m["name"], m["role"]) == (name, role)


def test_honorific():
    # 2008_SC_13D_1336738: "Mr. James Durward, President & Director"
    assert sl.HONORIFIC.sub("", "Mr. James Durward, President & Director") == \
        "James Durward, President & Director"


def test_sgml_tag():
    # 1994_SC_13DA_24058 line 325
    assert sl.SGML_TAG.search("<S>                                                            <C>")
    assert not sig._is_party_line("<S> <C>")
    assert sl.SGML_TAG.search("ACME & CO., INC.") is None


@pytest.mark.parametrize("line, date", [
    ("March 16, 1994                          BANKAMERICA CORPORATION", "March 16, 1994"),
    ("July 11, 2005", "July 11, 2005"), ("March 24, 2009 (Date)", "March 24, 2009"),
    ("                                             1/22/97", "1/22/97"),
    ("Dated:  February 4, 2013", "February 4, 2013"),
])
def test_date_only_line(line, date):
    assert sl.DATE_ONLY_LINE.match(line)["v"] == date


def test_date_only_line_not_in_a_sentence():
    # 2005_SC_13GA_873044: the as-of date of the certification
    assert sl.DATE_ONLY_LINE.search("the Common Stock of RadiSys Corporation at June 30, 2005 is") \
        is None


def test_name_part_and_person_names():
    assert NAME_PART.match("Q.") and NAME_PART.match("O'Neil") and NAME_PART.match("3d")
    assert sl.looks_like_person_name("KATHLEEN H. TRIPP")
    assert sl.looks_like_person_name("Michael T. Kanarellis")
    for line in ("APPENDIX A", "GENERAL OPERATING AND BORROWING RESOLUTION", "VICE PRESIDENT",
                 "BlackRock, Inc.", "GROUP 1"):
        assert not sl.looks_like_person_name(line), line


def test_split_repeated_name():
    # 2003_SC_13D_1224014 ("<HR>" in the cell), 2009_SC_13GA_908177
    assert sl.split_repeated_name("J. Ellwood Towle J. Ellwood Towle") == ("J. Ellwood Towle", "")
    assert sl.split_repeated_name("Dawn Moss Dawn Moss Vice President - Administration") == \
        ("Dawn Moss", "Vice President - Administration")


def test_column_segments_side_by_side():
    # 2004_SC_13GA_80255: two blocks in two columns
    text = ("Dated: February 13, 2004           Dated: February 13, 2004\n\n"
            "ACME SMALL-CAP                     ACME ASSOCIATES, INC.\n"
            "   VALUE FUND, INC.\n\n"
            "By: /s/ Jane Q. Roe                By: /s/ John Doe\n"
            "    Jane Q. Roe,                       John Doe,\n"
            "    Treasurer                          Vice President\n"
            "Note:    This Schedule 13G, including all exhibits, must be filed\n")
    cells = [text[a:b].strip() for a, b in sl.column_segments(text) if text[a:b].strip()]
    assert cells == ["Dated: February 13, 2004", "ACME SMALL-CAP", "VALUE FUND, INC.",
                     "By: /s/ Jane Q. Roe", "Jane Q. Roe,", "Treasurer",
                     "Dated: February 13, 2004", "ACME ASSOCIATES, INC.", "By: /s/ John Doe",
                     "John Doe,", "Vice President",
                     "Note:    This Schedule 13G, including all exhibits, must be filed"]
    sec = sig.read_signatures(__import__("graphkit.source", fromlist=["SourceText"]).SourceText(
        path="x.txt", text="SIGNATURE\n\n" + text))
    assert [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures] == [
        ("Jane Q. Roe", "Treasurer", ["ACME SMALL-CAP VALUE FUND, INC."]),
        ("John Doe", "Vice President", ["ACME ASSOCIATES, INC."])]


def test_second_cell_and_column_gap():
    assert sl.SECOND_CELL.search("/s/ Jane Roe          By: /s/ John Doe", 3)
    assert sl.SECOND_CELL.search("/s/ Jane Roe", 3) is None
    assert sl.COLUMN_GAP.search("Roe   Doe") and sl.COLUMN_GAP.search("Roe Doe") is None


def test_title_join():
    # 1994_SC_13D_49588 ("Associate Counsel and" / "Assistant Secretary"), 1994_SC_13DA_24058
    assert sl.TITLE_JOIN.search("Associate Counsel and") and sl.TITLE_JOIN.search("and Secretary")
    assert sl.TITLE_JOIN.search("Vice President") is None
    lines = [(0, 5, "Associate Counsel and"), (6, 25, "Assistant Secretary")]
    assert sl.join_title(lines, 1, 0, "Associate Counsel and", 5) == \
        ("Associate Counsel and Assistant Secretary", 2, 25)


def test_capacity_list():
    # 2004_SC_13DA_948904: "Jeffrey L. Gendell, individually, and as" / "managing member of"
    assert sl.CAPACITY_LIST.match("individually, and as")
    assert sl.CAPACITY_LIST.match("Individual") is None


def test_typed_signer():
    lines = [(0, 0, "Jane Q. Roe"), (0, 0, "-----------"), (0, 0, "Jane Q. Roe"), (0, 0, "")]
    assert sl.typed_signer("Jane Q. Roe", lines, 1)
    lines = [(0, 0, "JANE Q. ROE"), (0, 0, ""), (0, 0, "/s/ Jane Q. Roe")]
    assert not sl.typed_signer("JANE Q. ROE", lines, 1)


def test_appendix_ends_the_section():
    # 2007_SC_13G_102909: the block is repeated after "APPENDIX A"
    assert sig.SECTION_END.search("\nAPPENDIX A\n") and sig.SECTION_END.search("\nAppendix A\n")
    assert sig.SECTION_END.search("\nAppendix A lists the funds\n") is None


def test_date_cell_without_label():
    line = "March 16, 1994                          BANKAMERICA CORPORATION"
    assert sig.DATE_CELL.sub("", line).strip() == "BANKAMERICA CORPORATION"


def test_slash_s_after_a_date_label():
    # 1997_SC_13D_1019830
    line = "Date:  February 14, 1997                     /s/ Yvan Dupuy"
    assert sig.SLASH_S.match(line)["name"] == "Yvan Dupuy"


def test_inner_cell_before_slash_s():
    # 2009_SC_13GA_908177: the party's cell and the signature's run together
    assert [t for _, _, t in sig._split_lines("Acme Gold Corporation /s/ Jane Roe")] == [
        "Acme Gold Corporation", "/s/ Jane Roe"]
    for line in ("By: /s/ Jane Roe", "By /s/ Jane Roe", "Signature: /s/ Jane Roe",
                 "April 7, 2000   /s/ Jane Roe"):
        assert len(sig._split_lines(line)) == 1, line


def test_certification_opens_a_section_without_heading():
    from graphkit.source import SourceText
    text = ("ITEM 10 CERTIFICATION:\n\n  AFTER REASONABLE INQUIRY AND TO THE BEST OF MY "
            "KNOWLEDGE, I CERTIFY THAT THE\nINFORMATION IS TRUE.\n\n\n"
            "                  JANE Q. ROE\n                  VICE PRESIDENT\n")
    sec = sig.read_signatures(SourceText(path="x.txt", text=text))
    assert [(s.signer, s.title) for s in sec.signatures] == [("JANE Q. ROE", "VICE PRESIDENT")]
    assert sig.CERTIFICATION_CUE == "reasonable inquiry"


# --- review fixes: columns of typed signers, three columns, party lines, entities ----------

def test_institution_word_is_no_title():
    # the party of 1999_SC_13G_858461 ("PRESIDENT AND FELLOWS OF ... COLLEGE") holds a title word
    assert sl.INSTITUTION_WORD.search("PRESIDENT AND FELLOWS OF ACME COLLEGE")
    assert sl.INSTITUTION_WORD.search("Vice President") is None
    assert not sl.is_title_line("PRESIDENT AND FELLOWS OF ACME COLLEGE")
    assert not sl.is_title_line("Regents of Acme University")
    assert sl.is_title_line("PRESIDENT")


@pytest.mark.parametrize("name", ["Acme Worldwide", "Acme Square", "ACME COLLEGE",
                                  "Acme Research", "Acme Realty"])
def test_business_nouns_are_no_person(name):
    assert not sl.looks_like_person_name(name)


def test_person_names_still_pass():
    # 1997_SC_13D_1019830, 1995_SC_13GA_866817
    for name in ("Yvan Dupuy", "KATHLEEN H. TRIPP", "Jane Q. Roe", "JOHN DOE"):
        assert sl.looks_like_person_name(name), name


def test_second_cell_after_a_bare_slash_s():
    assert sl.SECOND_CELL.search("/s/ Jane Roe          /s/ John Doe", 3).end() == 22
    assert sl._slash_s_columns("By: /s/ Jane Roe     By: /s/ John Doe     By: /s/ Jim Poe") == \
        [21, 42]
    assert sl._slash_s_columns("/s/ Jane Roe, for John Doe and /s/ Jim Poe") == []


def test_cut_keeps_a_left_cell_running_into_the_right_column():
    line = "EXECUTIVE VICE PRESIDENT AND CFO   SECRETARY"
    assert line[sl._cut(line, 22):] == "SECRETARY"
    assert sl._cut("Title: Managing Member of the General Partner of Acme", 35) is None
    assert sl._cuts("BETA LP      GAMMA LP     DELTA LP", [13, 26]) == [13, 26]


def _cells(text):
    return [text[a:b].strip() for a, b in sl.column_segments(text) if text[a:b].strip()]


def test_typed_signers_in_two_columns():
    assert _cells("JOHN DOE              JANE ROE\nPRESIDENT             SECRETARY\n") == \
        ["JOHN DOE", "PRESIDENT", "JANE ROE", "SECRETARY"]
    # the left title runs into the right column: it stays whole in the left one
    assert _cells("JOHN DOE              JANE ROE\nEXECUTIVE VICE PRESIDENT AND CFO   SECRETARY") \
        == ["JOHN DOE", "EXECUTIVE VICE PRESIDENT AND CFO", "JANE ROE", "SECRETARY"]
    # names alone, or a name and its title on one line, are no columns of signers
    assert _cells("JOHN DOE              JANE ROE\n\nThe undersigned agree.") == \
        ["JOHN DOE              JANE ROE", "The undersigned agree."]
    assert _cells("Jane Roe              President\n") == ["Jane Roe              President"]


def test_three_columns():
    text = ("BETA LP           GAMMA LP          DELTA LP\n"
            "By: /s/ Jane Roe  By: /s/ John Doe  By: /s/ Jim Poe\n")
    assert _cells(text) == ["BETA LP", "By: /s/ Jane Roe", "GAMMA LP", "By: /s/ John Doe",
                            "DELTA LP", "By: /s/ Jim Poe"]


def test_a_left_title_field_under_two_columns_stays_left():
    text = ("ACME FUND, L.P.                    BETA FUND, L.P.\n"
            "By: /s/ Jane Roe                   By: /s/ John Doe\n"
            "Title: Managing Member of the General Partner of Acme\n\n"
            "Note: a line of its own after a blank line\n")
    assert _cells(text) == ["ACME FUND, L.P.", "By: /s/ Jane Roe",
                            "Title: Managing Member of the General Partner of Acme",
                            "BETA FUND, L.P.", "By: /s/ John Doe",
                            "Note: a line of its own after a blank line"]


# --- a title wrapped after a comma ("Title: Vice President," / "Secretary and Treasurer") ----

def _lines(*texts: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for t in texts:
        out.append((pos, pos + len(t), t))
        pos += len(t) + 1
    return out


@pytest.mark.parametrize("first, title, rest, joined", [
    ("Title: Vice President,", "Vice President", "Secretary and Treasurer",
     "Vice President, Secretary and Treasurer"),
    ("Jane Roe, Senior Vice President,", "Senior Vice President", "Chief Financial Officer",
     "Senior Vice President, Chief Financial Officer"),
    ("Name/Title: Jane Roe, Treasurer,", "Treasurer", "Assistant Secretary",
     "Treasurer, Assistant Secretary"),
])
def test_title_wrapped_after_comma(first, title, rest, joined):
    lines = _lines(first, rest)
    assert sl.join_title(lines, 1, 0, title, lines[0][1]) == (joined, 2, lines[1][1])


@pytest.mark.parametrize("rest", [
    "ACME FUND II, L.P.",      # the next block's party
    "/s/ John Doe",            # the next signature
    "Date: May 1, 2000",       # a field
    "",                        # a blank line ends the block
])
def test_comma_joins_no_other_line(rest):
    lines = _lines("Title: Vice President,", rest)
    assert sl.join_title(lines, 1, 0, "Vice President", lines[0][1])[0] == "Vice President"


@pytest.mark.parametrize("rest, title", [
    ("Secretary and Treasurer", "Vice President, Secretary and Treasurer"),
    ("Individually", "Vice President"),  # a capacity: no more of the title
])
def test_wrapped_title_of_a_filing(rest, title):
    text = ("SIGNATURE\n\nDated: May 1, 2000\n\n                    ACME HOLDINGS CORPORATION\n\n"
            "                    By: /s/ Jane Q. Roe\n                        ____________\n"
            "                        Name:  Jane Q. Roe\n"
            "                        Title: Vice President,\n"
            f"                        {rest}\n")
    sec = sig.read_signatures(SourceText(path="x.txt", text=text))
    assert [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures][0] == \
        ("Jane Q. Roe", title, ["ACME HOLDINGS CORPORATION"])


@pytest.mark.parametrize("rest", ["General Partner", "its General Partner", "Managing Member",
                                  "Manager", "Trustee", "as Trustee", "Investment Adviser",
                                  "Individually", "Attorney-in-Fact"])
def test_comma_joins_no_capacity(rest):
    """A capacity after "Title: Vice President," is no more of the officer's title."""
    assert sl.ENTITY_CAPACITY_LINE.match(rest)
    lines = _lines("Title: Vice President,", rest)
    assert sl.join_title(lines, 1, 0, "Vice President", lines[0][1]) == \
        ("Vice President", 1, lines[0][1])


@pytest.mark.parametrize("rest", ["Secretary and Treasurer", "Managing Director", "Director",
                                  "General Counsel", "Chief Financial Officer"])
def test_entity_capacity_line_is_no_officer_title(rest):
    assert sl.ENTITY_CAPACITY_LINE.match(rest) is None


def test_join_word_still_joins_a_capacity_word():
    # "Vice President and" / "General Partner": the "and" joins, as before
    lines = _lines("Title: Vice President and", "General Partner")
    assert sl.join_title(lines, 1, 0, "Vice President and", lines[0][1])[0] == \
        "Vice President and General Partner"


@pytest.mark.parametrize("rest, joined", [
    ("Investment Counsel", True), ("Portfolio Manager", True), ("Investment Officer", True),
    ("Acme Capital Corp.", False), ("Investment Counsel LLC", False), ("Jane Roe", False),
])
def test_title_after_and(rest, joined):
    # the 1994 MetLife 13D/A signature (rv33): "Vice President and" / "Investment Counsel"
    lines = _lines("Vice President and", rest)
    title = sl.join_title(lines, 1, 0, "Vice President and", lines[0][1])[0]
    assert title == (f"Vice President and {rest}" if joined else "Vice President and")
