"""Rosters typed with one tab per run of spaces (session 46, tb46): rows opening with a space
under a header at the margin, a header and rows indented by the same tab under a stacked label,
a headerless table, a page footer and a page's address between rows. Each fixture is a real
filing with only its roster's lines retyped (tests/fixtures/filings/tb46/SOURCES.tsv); the
rows read as the untabbed original's."""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_roster_headerless import first_row
from graphkit.parsers.schedule13_roster_tabs import (OPEN_TITLE, TITLE_HEAD, tab_cells,
                                                     tab_margin, tab_note, title_goes_on)

FILINGS = Path(__file__).parent.parent / "fixtures" / "filings"


def _roles(path: Path, org: str) -> set[tuple[str, str, str]]:
    rec = parse_path(str(path)).records[0]
    names = {p.id: p.name for p in rec.parties}
    return {(names[c.source], c.relation.value, c.title or "") for c in rec.claims
            if c.relation.value in ("director_of", "officer_of") and names[c.target] == org}


def _pair(original: str, org: str) -> tuple[set, set]:
    """The seats at ``org`` of the filing ``original`` and of its tabbed copy in tb46/."""
    path = FILINGS / original
    return _roles(path, org), _roles(FILINGS / "tb46" / f"{path.stem}_tab_roster.txt", org)


def test_tab_cells_first_cell_by_the_first_tab_stop_and_the_margin():
    assert tab_cells(" Robert A. Roe\tU.S.A.\tDirector") == ("Robert A. Roe",
                                                            ["U.S.A.", "Director"])
    assert tab_cells("        Officer") == ("", ["Officer"])
    assert tab_cells("\tJane Roe\tPresident", margin=1) == ("Jane Roe", ["President"])
    assert tab_cells("\tOfficer of Finance", margin=1) == ("Officer of Finance", [])
    assert tab_cells("\t\tSr. V.P.", margin=1) == ("", ["Sr. V.P."])
    assert (tab_margin("\tName\t(Principal Occupation)"), tab_margin("Name\tTitle")) == (1, 0)


def test_a_lone_wrapped_cell_ends_a_title_left_open():
    assert [bool(OPEN_TITLE.search(p)) for p in ("Chairman, Chief Executive", "and Chief",
                                                 "Senior Vice", "Chairman of the Board",
                                                 "Principal", "Vice President")] == [
        True, True, True, False, False, False]
    assert [bool(TITLE_HEAD.match(c)) for c in ("Officer and", "Financial Officer",
                                                "President", "Acme Corp.", "Officers' Fund")] \
        == [True, True, True, False, False]
    assert title_goes_on("and Chief", "Financial Officer")
    assert not title_goes_on("Chief Executive", "Time Warner*")


def test_tab_note_every_cell_in_parentheses():
    assert tab_note("(all business addresses are:\t(all with Motient Corporation)")
    assert tab_note("\t(all with Acme Corp.)")
    assert not tab_note("Jane Q. Roe\t(1)") and not tab_note("")


def test_first_row_of_a_headerless_roster():
    assert first_row("Walter Q. Roe", "Chief Executive Officer/")
    assert not first_row("Walter Q. Roe", "8200 E. Main Drive")
    assert not first_row("Walter Q. Roe, President", "Director")


def test_rows_opening_with_a_space_a_footer_and_an_address_between_pages():
    # 1998 SC 13D, Schedule I, "ENRON CORP." table (lines 793-927 retyped): " Robert A.
    # Belfer<TAB>U.S.A.<TAB>Director; ...", "<TAB>I - 2" (a footer), "1400 Smith Street" (the
    # address above the next page's rows), "<TAB>Officer and ..." (the position goes on)
    org = "Enron Corp."
    original, tabbed = _pair("rv35/enron_costilla_1998_sc13d_doc1.txt", org)
    for row in [("Jeffrey K. Skilling", "director_of", ""), ("Kenneth L. Lay", "director_of", ""),
                ("Robert A. Belfer", "director_of", ""), ("John Wakeham", "director_of", ""),
                ("J. Clifford Baxter", "officer_of", "Senior Vice President"),
                ("Thomas E. White", "officer_of", "Executive Officer")]:
        assert row in original and row in tabbed
    # " Hang Lung Development<TAB>Development Group" under " Ronnie C. Chan<TAB>U.S.A.<TAB>
    # Director; Chairman of Hang Lung" is the employer heading Chan's address, no row: no
    # officer_of claim for Chan; "Chairman<TAB>and<TAB>Chief Executive Officer," (a cell typed
    # with two spaces inside) is one position cell: Horton is an Executive Officer, no Chairman
    assert ("Stanley C. Horton", "officer_of", "Executive Officer") in tabbed
    assert not {r for r in tabbed if r[0] == "Ronnie C. Chan" and r[1] == "officer_of"}
    assert tabbed == original and len(original) == 29


def test_header_and_rows_indented_by_one_tab_under_a_stacked_label():
    # 1994 SC 13D/A, Appendix C (lines 1016-1134 retyped): "<TAB>Position with Tonami" /
    # "<TAB>Name<TAB>(Principal Occupation)" / "<TAB>Yoshihiro Minami<TAB>President and ..." /
    # "<TAB>Officer of Finance and Administration Division" (the position goes on)
    org = "Tonami Transportation Co., Ltd."
    original, tabbed = _pair("1994_SC_13DA_3000.txt", org)
    assert ("Akira Fune", "director_of", "") in tabbed
    assert ("Gensho Shimada", "officer_of", "Operating Officer") in original
    assert tabbed == original and len(tabbed) == 32


def test_a_name_alone_above_its_title_in_a_tabbed_name_and_title_column():
    # 1994 SC 13D/A, Appendix B (lines 976-1000 retyped): "<TAB>Name and Title<TAB>Principal
    # Occupation" / " Seiichi Takada<TAB>Vice President and ..." / " President and Director<TAB>
    # U.S.A.)" / " Masaaki Iida" (no tab) / " Vice President and Secretary": the title line is
    # the name column's, and the name alone starts a row (the rows after it are read)
    org = "Intermodal Terminal Inc."
    original, tabbed = _pair("1994_SC_13DA_3000.txt", org)
    assert ("Masaaki Iida", "officer_of", "Vice President, Secretary") in tabbed
    assert ("Seiichi Takada", "officer_of", "President") in tabbed
    assert ("Yooichi Yoshi", "director_of", "") in tabbed
    assert tabbed == original and len(tabbed) == 6


def test_headerless_roster_typed_with_tabs():
    # 1995 SC 13D, "DIRECTORS AND EXECUTIVE OFFICERS OF THORN" (lines 637-754 retyped):
    # "Walter E. Gates<TAB>Chief Executive Officer/" / "THORN Americas, Inc.<TAB>President/
    # Director" / "Citizenship:<TAB>United States", no header above
    org = "THORN Americas, Inc."
    original, tabbed = _pair("rv32/1995_SC_13D_718451_cut.txt", org)
    first = {r for r in original if r[0] in ("Walter E. Gates", "John H. Slaymaker",
                                             "Philip David Egan", "Alan St. Clair")}
    assert ("Philip David Egan", "director_of", "") in first and len(first) == 8
    # "Joe<TAB>Rotunda<TAB>Vice President" (two spaces inside the name, more cells than the
    # columns): one name, and the rows after it are read
    assert ("Joe Rotunda", "officer_of", "Vice President") in tabbed
    assert ("Vincent Watkins", "officer_of", "Vice President") in tabbed
    assert first <= tabbed and tabbed == original and len(tabbed) == 23


def test_name_wrapped_onto_the_next_line_in_a_tabbed_roster():
    # 1994 SC 13D/A, Annex A (lines 663-793 retyped): "Lawrence B.<TAB>Director<TAB>Partner," /
    # "Buttenwieser<TAB>Rosenman & Colin": the surname below is the row's, and the rows after
    # it are read
    org = "Time Warner Inc."
    original, tabbed = _pair("rv34/timewarner_atari_1994_sc13da_cut.txt", org)
    rows = {("Lawrence B. Buttenwieser", "director_of", ""),
            ("Hugh F. Culverhouse", "director_of", ""),
            ("Edward S. Finkelstein", "director_of", ""), ("Gerald M. Levin", "director_of", "")}
    assert rows <= original and rows <= tabbed
    # a lone wrapped cell ends the title left open above ("<TAB>Chief Executive<TAB>Time
    # Warner*" / "<TAB>Officer and"; "<TAB>and Chief" / "<TAB>Financial Officer"), the name's
    # last word is no position ("Beverly Sills<TAB>Director<TAB>Chairman-Elect, Lincoln" /
    # "Greenough<TAB>Center for the Performing Arts"), and a lower-case cell goes on with the
    # column the lone cell above went to ("<TAB>(international trade" / "<TAB>consultants)")
    assert ("Gerald M. Levin", "officer_of", "Chairman, Chief Executive Officer, President") \
        in tabbed
    assert ("Bert W. Wasserman", "officer_of",
            "Executive Vice President, Chief Financial Officer") in tabbed
    assert {("Beverly Sills", "director_of", ""), ("Carla A. Hills", "director_of", "")} <= tabbed
    assert tabbed == original and len(tabbed) == 23


def test_header_note_going_on_past_the_underline_of_a_tabbed_header():
    # 2001 SC 13D of Motient Corporation, "EXECUTIVE OFFICERS OF MOTIENT" (lines 626-650
    # retyped): "Name and Business Address<TAB>Present Principal Occupation or Employment" /
    # "(all business addresses are:<TAB>(all with Motient Corporation)" / the dashes /
    # "Motient Corporation" / "10802 Parkridge Boulevard" / "Reston, VA<TAB>20191)": the note's
    # address is no organization's name line heading a new table, so the rows stay under the
    # officers' heading
    org = "Motient Corporation"
    original, tabbed = _pair("holdout/2001_SC_13D_913665.txt", org)
    assert ("Gary M. Parsons", "officer_of", "Executive Officer") in tabbed
    assert ("W. Bartlett Snell", "officer_of", "Senior Vice President, Chief Financial Officer") \
        in tabbed
    assert tabbed == original and len(tabbed) == 11


def test_prose_with_a_date_after_a_tabbed_address_table_ends_it(tmp_path):
    # review of session 46: in a "Name and Business Address" table (the Enron fixture) a line
    # with three digits is a page's address ("1400 Smith Street") only when short and no
    # sentence: a paragraph naming a date ends the roster, and the tabbed purchases table under
    # it gives no seats (it gave "John A. Doe" director_of and officer_of Enron Corp.)
    lines = (FILINGS / "tb46" / "enron_costilla_1998_sc13d_doc1_tab_roster.txt").read_text(
        encoding="latin-1").split("\n")
    at = next(k for k, t in enumerate(lines) if t.startswith("\tPresident, Enron Ventures"))
    lines[at + 1:at + 1] = [
        "", " Purchases of the shares were made by the officers named below on June 3, 1998:",
        "", "Jane Q. Roe\t06/03/98\tPurchased 1,000 shares", "John A. Doe\t06/04/98\tChairman"]
    path = tmp_path / "enron_tab_roster_then_prose.txt"
    path.write_text("\n".join(lines), encoding="latin-1")
    seats = _roles(path, "Enron Corp.")
    assert not {s for s in seats if s[0] in ("John A. Doe", "Jane Q. Roe")}
    assert seats == _roles(FILINGS / "tb46" / "enron_costilla_1998_sc13d_doc1_tab_roster.txt",
                           "Enron Corp.")
