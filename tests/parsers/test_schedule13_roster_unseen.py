"""Instruction C rosters read from real filings: the directors and officers they print.

The filings are public SEC submissions, read where they already are: tests/fixtures/filings/
(an SGML text table with positions wrapping onto a second line, 1994_SC_13DA_3000; an HTML table
converted to text, 2005_SC_13D_1333324), the corpus (13d/centerbridge_civitas_2018_sc13d with
DIRECTORS and EXECUTIVE OFFICERS sections and the principal occupation at another firm;
13d/icahn_bausch_2021_sc13d with an organization name line over each table), and copied
unchanged into tests/fixtures/filings/roster/: a heading under the organization's name in an
exhibit (2000_SC_13D_1029688), a roster of two organizations that is not read
(1994_SC_13DA_3499), HTML tables whose occupation cell prints title, employer and address
(2010_SC_13D_1406666), and a SCHEDULE A whose rows name their party (2017_SC_13DA_1561566).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from graphkit.parse import parse_path
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.schedule13_roster import add_roster_claims, read_rosters
from graphkit.parsers.sgml import split_submission
from graphkit.reading import read_source
from tests.conftest import corpus_file

FILINGS = Path(__file__).resolve().parent.parent / "fixtures" / "filings"


def _path(name: str) -> Path:
    """A corpus filing ("13d/..."), else a filing under tests/fixtures/filings/."""
    return corpus_file(name) if name.startswith(("13d/", "13g/")) else FILINGS / name


@lru_cache(maxsize=None)
def _read(name: str) -> tuple[tuple[str, str, str, str | None], ...]:
    """(person, relation, organization, title) of every director_of/officer_of claim."""
    out = []
    for rec in parse_path(_path(name)).records:
        names = {p.id: p.name for p in rec.parties}
        out += [(names[c.source], c.relation.value, names[c.target], c.title) for c in rec.claims
                if c.relation.value in ("director_of", "officer_of")]
    return tuple(out)


def _roles(name: str, person: str) -> set[tuple[str, str, str | None]]:
    return {(rel, org, title) for who, rel, org, title in _read(name) if who == person}


# -- SGML text table: "Executive Officers and Directors of Mitsui & Co., Ltd." ---------------

def test_sgml_table_directors_and_titles():
    name = "1994_SC_13DA_3000.txt"
    assert _roles(name, "Koichiro Ejiri") == {("director_of", "Mitsui & Co., Ltd.", None)}
    assert _roles(name, "Naohiko Kumagai") == {("officer_of", "Mitsui & Co., Ltd.", "President"),
                                               ("director_of", "Mitsui & Co., Ltd.", None)}
    # "Senior Executive Managing Director and Representative Director" wraps onto a 2nd line
    assert _roles(name, "Junichi Amano") == {
        ("officer_of", "Mitsui & Co., Ltd.", "Senior Executive Managing Director"),
        ("director_of", "Mitsui & Co., Ltd.", None)}
    # the 52 persons of the five tables (pages 14-19) all sit on the board
    mitsui = {who for who, rel, org, _ in _read(name)
              if rel == "director_of" and org == "Mitsui & Co., Ltd."}
    assert len(mitsui) == 52 and "Shinjiro Shimizu" in mitsui


def test_sgml_table_role_at_another_company_is_not_the_rosters():
    # "..., President & Chief Executive Officer of Mitsui & Co. (U.S.A.), Inc.": no party
    assert _roles("1994_SC_13DA_3000.txt", "Goro Watanabe") == {
        ("officer_of", "Mitsui & Co., Ltd.", "Executive Managing Director"),
        ("director_of", "Mitsui & Co., Ltd.", None)}


def test_sgml_table_department_titles_and_second_roster():
    name = "1994_SC_13DA_3000.txt"
    # Tonami's roster: "Senior Managing Director, Chief Operating Officer of Finance and
    # Administration Division" (a department: the title stays Tonami's, without it)
    assert _roles(name, "Takeshi Yamagishi") == {
        ("officer_of", "Tonami Transportation Co., Ltd.",
         "Senior Managing Director, Chief Operating Officer")}
    # "Director and Chief Secretary of President's Office": a board seat, no officer title
    assert _roles(name, "Michiaki Adachi") == {
        ("director_of", "Tonami Transportation Co., Ltd.", None)}
    # Intermodal's "Name and Title" column: the titles under the names, not the occupation
    assert _roles(name, "Masaaki Iida") == {
        ("officer_of", "Intermodal Terminal Inc.", "Vice President, Secretary")}
    assert ("director_of", "Intermodal Terminal Inc.", None) in _roles(name, "Seiichi Takada")


# -- HTML table: "Board of Directors and Executive Officers of Snyder Associated Companies" ---

def test_html_table_positions():
    name = "2005_SC_13D_1333324.txt"
    org = "Snyder Associated Companies, Inc."
    assert _roles(name, "E.A. Snyder") == {("officer_of", org, "President"),
                                           ("director_of", org, None)}
    assert _roles(name, "Mark A. Karenchak") == {
        ("officer_of", org, "Vice President, Chief Financial Officer")}
    assert _roles(name, "Ronald D. Piechowicz") == {("officer_of", org, "Vice President")}
    # the prose said "executive officers"; the roster gives the titles
    assert _roles(name, "David E. Snyder") >= {("officer_of", org, "Vice President, Treasurer"),
                                               ("director_of", org, None)}
    assert not any(who in ("Name", "Business Address", "Position") for who, *_ in _read(name))


# -- HTML, sections and another employer: Schedule I of a 2018 Schedule 13D -----------------

def test_html_sections_and_occupation_elsewhere():
    name = "13d/centerbridge_civitas_2018_sc13d.txt"
    assert _roles(name, "Jeremy Gelber") == {
        ("director_of", "Celtic Intermediate Corp.", None),
        ("officer_of", "Celtic Intermediate Corp.", "President"),
        ("director_of", "Celtic Tier II Corp.", None),
        ("officer_of", "Celtic Tier II Corp.", "President")}
    assert ("officer_of", "Celtic Tier II Corp.", "Vice President, Secretary, Treasurer") in \
        _roles(name, "Miriam Tawil")
    # "Managing Director, Centerbridge Partners, L.P." is a role at another firm, no party
    assert not any(t == "Managing Director" or "Senior" in (t or "") for *_, t in _read(name))


# -- HTML, an organization name line over each table: Schedule A of a 2021 Schedule 13D ------

def test_html_organization_lines_head_the_tables():
    name = "13d/icahn_bausch_2021_sc13d.txt"
    assert _roles(name, "Alvin B. Krongard") == {("director_of", "Icahn Enterprises G.P. Inc.",
                                                  None)}
    assert {("director_of", "Beckton Corp.", None), ("officer_of", "Beckton Corp.", "President"),
            ("officer_of", "Icahn Enterprises G.P. Inc.", "Chairman")} <= \
        _roles(name, "Carl C. Icahn")
    # two name lines over one table: both organizations
    cozza = _roles(name, "Keith Cozza")
    assert {("officer_of", "Icahn Onshore LP", "Chief Operating Officer"),
            ("officer_of", "Icahn Offshore LP", "Chief Operating Officer"),
            ("officer_of", "Beckton Corp.", "Secretary, Treasurer")} <= cozza
    assert ("officer_of", "Icahn Partners Master Fund LP",
            "Executive Vice President, Chief Compliance Officer, Chief Financial Officer") in \
        _roles(name, "Irene March")
    # "Director SEC Reporting" is a department head's title, not a board seat
    assert _roles(name, "Kevin McGinness") == set()
    # the table of Icahn Enterprises Holdings L.P. lists only its general partner
    assert not any(org == "Icahn Enterprises Holdings L.P." for _, _, org, _ in _read(name))


# -- a heading under the organization's name, in the exhibit of a 2000 Schedule 13D ----------

def test_heading_under_organization_name():
    sub = split_submission(read_source(FILINGS / "roster" / "2000_SC_13D_1029688.txt"))
    src = next(d.source for d in sub.documents if d.type == "EX-99.A")
    rosters = read_rosters(src, 0, len(src.text))
    assert [(r.orgs, [(w.name, w.roles, w.section) for w in r.rows]) for r in rosters] == [
        (["LIEBLONG TRANSPORT, INC."], [("Alex R. Lieblong", "President", None)]),
        # the CONTROL PERSON table lists controlling persons, whose rows give no role
        (["LIEBLONG TRANSPORT, INC."], [("Alex R. Lieblong", "President", "skip")])]
    book = PartyBook()
    lti = book.add("Lieblong Transport, Inc.")
    claims: list = []
    add_roster_claims(src, book, claims, 0, len(src.text), [lti])
    assert [(book.get(c.source).name, c.relation.value, c.title) for c in claims] == [
        ("Alex R. Lieblong", "officer_of", "President")]


# -- never invented: a roster of two organizations is not read ------------------------------

def test_roster_of_two_organizations_is_not_read():
    # "The names of the directors and the names and titles of the executive officers of
    # Citicorp and Citibank, N.A." with "*  Citicorp Director only." footnotes
    assert not any(who == "D. Wayne Calloway" for who, *_ in
                   _read("roster/1994_SC_13DA_3499.txt"))


# -- HTML, DIRECTORS and EXECUTIVE OFFICERS tables whose occupation cell prints the title, the
# -- employer and its address: Schedule A of a 2010 Schedule 13D ----------------------------

def test_html_occupation_cell_title_employer_address():
    name = "roster/2010_SC_13D_1406666.txt"
    calix = "Calix, Inc."
    directors = {who for who, rel, org, _ in _read(name) if rel == "director_of" and org == calix}
    assert directors == {"Carl Russo", "Michael Ashby", "Michael Everett", "Robert Finzi",
                         "Michael Flynn", "Adam Grosser", "Don Listwin", "Michael Marks"}
    officers = {who: title for who, rel, org, title in _read(name)
                if rel == "officer_of" and org == calix}
    assert officers == {
        "Carl Russo": "President, Chief Executive Officer",
        "Tony Banta": "Senior Vice President",  # "... of Manufacturing Operations"
        "Kelyn Brannon": "Executive Vice President, Chief Financial Officer",
        "John Colvin": "Vice President",  # "... of North American Field Operations"
        "Kevin Pope": "Senior Vice President",
        "Roger Weingarth": "Executive Vice President, Chief Financial Officer"}
    # "Chairman / Canary Foundation": a title at an employer that is no party of the filing
    assert _roles(name, "Don Listwin") == {("director_of", calix, None)}
    # "Retired Chief Financial Officer / Calix, Inc.": a former title gives no claim
    assert _roles(name, "Michael Ashby") == {("director_of", calix, None)}


# -- a SCHEDULE A heading over "Name: | Title/Principal Occupation or Employment | Citizenship"
# -- rows naming their party: Schedule A of a 2017 Schedule 13D/A -------------------------

def test_schedule_heading_rows_that_name_their_party():
    name = "roster/2017_SC_13DA_1561566.txt"
    bank = "Public Joint-Stock Company «Bank Otkritie Financial Corporation»"
    board = {who for who, rel, org, _ in _read(name) if rel == "director_of" and org == bank}
    # six "Member of the Board of Directors of ..." and the "Chairperson of the Board of
    # Directors of ..."
    assert board == {"Mikhail Mishailovich Zadornov", "Andrey Fedorovich Golikov",
                     "Alexey Vladimirovich Moiseev", "Denis Stanislavovich Morozov",
                     "Alexey Yurievich Simanovskiy", "Elena Borisovna Titova",
                     "Ksenia Valentinovna Yudaeva"}
    # "Member of the Management board of ..., Acting Chairman of the Management board": a
    # management board is no board of directors, and the acting title is not read
    assert _roles(name, "Aleksandr Konstantinovich Sokolov") == set()
    # the row of a person other than an individual names no person
    assert not any("Central bank" in who for who, *_ in _read(name))
