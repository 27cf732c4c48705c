"""Readings fixed after the holdout evaluation v (ninth session): a real Schedule 13D graphkit
had never seen, in tests/fixtures/filings/holdout/, and a corpus 13G.

A roster of two tables under one-post headings ("DIRECTORS OF ACME" over one table, "EXECUTIVE
OFFICERS OF ACME" over the next: every row holds that post); header underlines of an old
EDGAR submission escaped "- ----"; a "Name and Business Address" cell whose lines under the
name are the address (never part of the name); a header note giving the one address of all
rows ("(all business addresses are: ...)"); the surname particle "St."; a term defined in the
paragraph after a cover page whose row 14 is blank; the class caption "(Title of Class and
Securities)"; the count outstanding as the divisor of a percent ("determined by dividing X by
Y, the number of shares ... outstanding").
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.schedule13_cover import ROW_14_CHARS, cover_rows_end
from graphkit.parsers.schedule13_cover_page import CoverPage, Reading
from graphkit.parsers.schedule13_front import CLASS_CAPTION
from graphkit.parsers.schedule13_outstanding import read_outstanding
from graphkit.parsers.schedule13_roster import ROLE_HEADING, _role_heading, add_roster_claims
from graphkit.parsers.schedule13_roster_rows import DASHES_LINE, _is_person
from graphkit.source import SourceText
from tests.conftest import corpus_file
from tests.holdout import holdout_record as _record, relation_pairs as _rels

MOTIENT = "2001_SC_13D_913665.txt"


# --- the real filing -----------------------------------------------------------------------

def test_one_post_headings_give_every_row_its_post():
    # lines 583-620: "DIRECTORS OF MOTIENT" / "Name and Business Address   Occupation or
    # Employment" / "- -----   -----" / "Billy J. Parrott   President and Chief Executive
    # Officer," / "Antifire, Inc.   Antifire, Inc." ... "Jonelle St. John   Director"
    rec = _record(MOTIENT)
    motient = "Motient Corporation"
    assert _rels(rec, "director_of") == {(n, motient) for n in (
        "Billy J. Parrott", "Gary M. Parsons", "Walter V. Purnell, Jr.", "Andrew A. Quartner",
        "Jack A. Shaw", "Jonelle St. John")}
    # lines 625-646: "EXECUTIVE OFFICERS OF MOTIENT" / "(all business addresses are:   (all
    # with Motient Corporation)" / "David H. Engvall   Vice President and General Counsel" ...
    names = {p.id: p.name for p in rec.parties}
    officers = {(names[c.source], c.title) for c in rec.claims
                if c.relation.value == "officer_of" and names[c.target] == motient}
    assert officers == {
        ("David H. Engvall", "Vice President, General Counsel"),
        ("Dennis W. Matheson", "Senior Vice President, Chief Technical Officer"),
        ("Gary M. Parsons", "Executive Officer"),  # "Chairman of the Board" under the heading
        ("Walter V. Purnell, Jr.", "President, Chief Executive Officer"),
        ("W. Bartlett Snell", "Senior Vice President, Chief Financial Officer")}
    # the business address's first line ("Motient Corporation") is no part of a name
    assert not [p.name for p in rec.parties if p.name.endswith("Motient Corporation")
                and p.name != motient]
    # "Antifire, Inc." (Parrott's employer, no party) gets nothing, and Parrott no office
    assert not [c for c in rec.claims if c.relation.value == "officer_of"
                and names[c.source] in ("Billy J. Parrott", "Jack A. Shaw", "Andrew A. Quartner")]


def test_term_after_a_cover_with_blank_row_14():
    # line 226: 'by Motient Corporation, a Delaware corporation ("Motient"),  with respect' in
    # the paragraph after the cover, whose row 14 "TYPE OF REPORTING PERSON" is blank
    rec = _record(MOTIENT)
    motient = next(p for p in rec.parties if p.name == "Motient Corporation")
    assert "Motient" in [a.name for a in motient.aliases]
    # line 234: "Motient hereby disclaims beneficial ownership of any shares"
    [own] = [c for c in rec.claims if c.relation.value == "beneficial_owner_of"]
    assert own.disclaims is True


def test_class_and_securities_caption():
    # lines 119-121: "Common Stock," / "Par Value $.01 Per Share" / "(Title of Class and
    # Securities)"
    assert _record(MOTIENT).security_class == "Common Stock, Par Value $.01 Per Share"


def test_outstanding_as_the_divisor_of_the_percent():
    # corpus 13g/prescott_frozenfood_2013_sc13g.txt, Item 4(b): "This percentage is determined
    # by dividing 1,337,185 by 17,990,904, the number of shares of Common Stock issued and
    # outstanding as of November 7, 2012"
    [rec] = parse_path(corpus_file("13g/prescott_frozenfood_2013_sc13g.txt")).records
    assert rec.outstanding_shares.value == 17990904


# --- the patterns ----------------------------------------------------------------------------

@pytest.mark.parametrize("line,post", [
    ("DIRECTORS OF ACME WIDGET CORPORATION", "director"),
    ("EXECUTIVE OFFICERS OF ACME", "officer"),
    ("   Executive Officers of Acme Widget Corp.:", "officer"),
    ('Board of Directors of Acme Widget Corp. ("Acme")', "director"),
    ("Officers of Acme Holdings LLC", "officer"),
    ("the directors of the Company shall consist of the directors of", None),
    ("Directors of Acme Corp. are listed on Schedule I", None),
    ("Executive Officers of Acme Corp. and their business addresses", None),
    ("DIRECTORS AND EXECUTIVE OFFICERS OF ACME", None),  # the two-post lead reads it
    ("Director of Acme Widget Corp.", None),              # one person's post
    ("EXECUTIVE OFFICERS", None),                          # a section line, no organization
])
def test_role_heading(line, post):
    m = ROLE_HEADING.fullmatch(line)
    assert (None if m is None else "director" if m["director"] else "officer") == post


@pytest.mark.parametrize("line,org", [
    ("DIRECTORS OF ACME", "ACME"),
    ("  Board of Directors of Acme Corp.", "Acme Corp."),
    # a sentence's wrapped line opens in lower case: "The names of the directors and ... of the
    # / executive officers of Acme Corp. and Acme Bank, N.A. are set forth below"
    ("     executive officers of Acme Corp. and Acme Bank, N.A.", None),
    ("directors of Acme Corp.", None),
])
def test_role_heading_opens_with_a_capital(line, org):
    text = "Schedule I\n" + line + "\n"
    at = text.lower().find("director" if "director" in line.lower() else "officer")
    m = _role_heading(text, at, len(text))
    assert (m["org"] if m is not None else None) == org


@pytest.mark.parametrize("line,hit", [
    ("- -------------------------                 ------------------------", True),
    ("-------------   --------", True),
    ("   ----", True),
    ("- Acme Corp.", False),
    ("- -", False),
    ("-- --", False),
])
def test_dashes_line(line, hit):
    assert (DASHES_LINE.fullmatch(line) is not None) is hit


@pytest.mark.parametrize("cell,person", [
    ("Jane St. Roe", True),
    ("Jane Q. Roe", True),
    ("St. Louis", False),
    ("Jane Roe St.", False),
])
def test_st_particle(cell, person):
    assert _is_person(cell) is person


@pytest.mark.parametrize("caption,hit", [
    ("(Title of Class and Securities)", True),
    ("(Title of Class of Securities)", True),
    ("(Title and Class of Securities)", True),
    ("(Name of Issuer)", False),
    ("(Title of Class)", False),
])
def test_class_caption(caption, hit):
    assert (CLASS_CAPTION.search(caption) is not None) is hit


@pytest.mark.parametrize("text,count", [
    ("determined by dividing 1,337,185 by 17,990,904, the number of shares of Common Stock "
     "issued and outstanding as of May 1, 2012", 17990904),
    ("calculated by dividing 500,000 shares by 10,000,000 shares of Common Stock outstanding "
     "as of March 1", 10000000),
    ("by dividing 1,000 by 20,000, the number of shares held by the Reporting Person and "
     "other outstanding holders", None),
    ("dividing 1,000 shares owned by the 20,000 shares held of record by outstanding holders",
     None),
])
def test_dividing_by_the_count_outstanding(text, count):
    r = read_outstanding(SourceText(path="x.txt", text=text))
    assert (r.value if r is not None else None) == count


_ROSTER = """\
DIRECTORS OF ACME WIDGET CORPORATION

Name and Business Address          Present Principal Occupation
- -------------------------        ----------------------------
Jane Q. Roe                        President and Chief Executive Officer,
Acme Widget Corporation            Acme Widget Corporation
1 Main Street

John A. Doe                        Partner,
Roe Doe Partners LLP               Roe Doe Partners LLP

EXECUTIVE OFFICERS OF ACME WIDGET CORPORATION

Name and Business Address          Present Principal Occupation or Employment
(all business addresses are:       (all with Acme Widget Corporation)
- -------------------------        ----------------------------
Acme Widget Corporation
1 Main Street
Springfield, Illinois 62701)

Jane Q. Roe                        President and Chief Executive Officer
Mary St. Major                     Vice President and
                                   Chief Financial Officer
"""


def test_one_post_roster_tables():
    book = PartyBook()
    acme = book.add("Acme Widget Corporation")
    claims: list = []
    assert add_roster_claims(SourceText("x.txt", _ROSTER), book, claims, 0, len(_ROSTER),
                             [acme]) == []
    got = {(book.get(c.source).name, c.relation.value, c.title) for c in claims}
    assert got == {("Jane Q. Roe", "director_of", None),
                   ("Jane Q. Roe", "officer_of", "President, Chief Executive Officer"),
                   ("John A. Doe", "director_of", None),
                   ("Mary St. Major", "officer_of", "Vice President, Chief Financial Officer")}


def test_name_column_without_address_still_wraps_a_name():
    # "Name" alone heads the column: a wrapped line that is no organization or address goes
    # on with the name ("Maria Fernanda" / "Garcia Lopez"); "Acme Widget Corporation" does not
    text = ("DIRECTORS OF ACME WIDGET CORPORATION\n\n"
            "Name                     Principal Occupation\n"
            "----                     --------------------\n"
            "Maria Fernanda           President and\n"
            "Garcia Lopez             Chief Executive Officer\n\n"
            "Jane Q. Roe              Chairman of the Board,\n"
            "Acme Widget Corporation  Acme Widget Corporation\n")
    book = PartyBook()
    acme = book.add("Acme Widget Corporation")
    claims: list = []
    add_roster_claims(SourceText("x.txt", text), book, claims, 0, len(text), [acme])
    assert {book.get(c.source).name for c in claims} == {"Maria Fernanda Garcia Lopez",
                                                         "Jane Q. Roe"}


def test_cover_rows_end_after_row_14_below_the_percent():
    text = "x" * 2000
    src = SourceText("x.txt", text)
    pct = Reading(field="percent", raw="5.0%", value=5.0, evidence=src.evidence(500, 504))
    cp = CoverPage(index=1, start=0, end=1800, values={"percent": [pct]})
    assert cover_rows_end(cp, src) == 500 + ROW_14_CHARS
    assert cover_rows_end(CoverPage(index=1, start=0, end=1800), src) == 1800
