"""An appendix roster gets the organization the sentence pointing to it names
(:mod:`graphkit.parsers.schedule13_roster_refs`).

A real 1996 Schedule 13D of a corporate filer said in Item 2 "Information regarding the
identity and background of the Reporting Person's directors and executive officers is set forth
in Appendix A attached to this Statement", and printed under a bare "Appendix A" heading a
table "Name / Title / No. of Shares Beneficially Owned" of 14 officers and directors. graphkit
read none of them: the heading names no organization, and the share column kept the header
from being read as one.
"""

from __future__ import annotations

import pytest

from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.schedule13_roster import ROSTER_LEAD, add_roster_claims
from graphkit.parsers.schedule13_roster_refs import (APPENDIX_POINTER, POSSESSIVE_OWNER,
                                                     note_reference, referenced_org)
from graphkit.parsers.schedule13_roster_rows import HEADER_CELL
from graphkit.source import SourceText

TABLE = """
                                   Appendix A
                                   ----------

                                                      No. of Shares
Name                     Title                     Beneficially Owned
- ----                     -----                     ------------------

Jane Q. Roe              Chairman of the Board and
                          Chief Executive Officer             107,415*

John A. Doe              Senior Vice President and
                          General Counsel                        - 0 -

Mary Major               Director                                2,000
"""


def _claims(lead: str, filer: str = "Acme Storage, Inc.", others: tuple[str, ...] = ()):
    text = "Item 2. Identity and Background.\n\n" + lead + "\n\nItem 3. Funds.\n\nNone.\n" + TABLE
    book = PartyBook()
    acme = book.add(filer)
    for o in others:
        book.add(o)
    claims: list = []
    warnings = add_roster_claims(SourceText("x.txt", text), book, claims, 0, len(text), [acme])
    return [(book.get(c.source).name, c.relation.value, book.get(c.target).name, c.title)
            for c in claims], warnings


EXPECTED = [("Jane Q. Roe", "officer_of", "Acme Storage, Inc.", "Chief Executive Officer"),
            ("Jane Q. Roe", "director_of", "Acme Storage, Inc.", None),
            ("John A. Doe", "officer_of", "Acme Storage, Inc.",
             "Senior Vice President, General Counsel"),
            ("Mary Major", "director_of", "Acme Storage, Inc.", None)]


@pytest.mark.parametrize("lead", [
    "Information regarding the identity and background of the Reporting\nPerson's directors "
    "and executive officers is set forth in Appendix A attached to\nthis Statement.",
    "The name and principal occupation of each director and executive officer of the "
    "Reporting Person are listed in Appendix A hereto.",
    "The directors and executive officers of Acme Storage, Inc. are set forth on the attached "
    "APPENDIX A.",
    "Acme Storage, Inc.'s executive officers and directors are set forth in Appendix A.",
    # review s24-round3 M3: a negation in another clause
    "Although the Reporting Person is not required to do so, the Reporting Person's directors "
    "and executive officers are set forth in Appendix A.",
])
def test_pointed_appendix_gives_its_rows_to_the_organization(lead):
    claims, warnings = _claims(lead)
    assert claims == EXPECTED and warnings == []


@pytest.mark.parametrize("lead", [
    # no pointer: the bare appendix is read as before (roles at parties the rows name)
    "The Reporting Person's directors and executive officers are citizens of the United States.",
    # another appendix
    "The Reporting Person's directors and executive officers are set forth in Appendix B.",
    # two organizations for one label: neither
    "The directors and executive officers of Acme Storage, Inc. are set forth in Appendix A. "
    "The directors and executive officers of Beta Holdings, Inc. are set forth in Appendix A.",
    # an organization that is no party: as before, and no warning
    "The directors and executive officers of Gamma Partners Corp. are set forth in Appendix A.",
    # review s24-mine H3: the pointer is not the roles' own verb
    "None of the Reporting Person's directors and executive officers, other than the persons "
    "whose names are set forth in Appendix A, owns any Shares.",
    # review s24-mine H2: the lead's organization cut at a line's end ("and of Beta ...")
    "Each director and executive officer of the Reporting Person\nand of Beta Holdings, Inc. "
    "are set forth in Appendix A.",
    # review s24-appendix round 2: a negation, two owners
    "None of the Reporting Person's directors and executive officers is listed in Appendix A.",
    "Each of the Reporting Person's and Beta Holdings, Inc.'s directors and executive officers is "
    "listed in Appendix A.",
])
def test_no_single_pointer_reads_as_before(lead):
    claims, warnings = _claims(lead, others=("Beta Holdings, Inc.",))
    assert claims == [] and warnings == []


def test_note_reference_and_lookup():
    text = ("Information regarding the Reporting Person's directors and executive officers "
            "is set forth in Appendix A.")
    refs: dict = {}
    note_reference(text, ROSTER_LEAD.search(text), refs)
    assert refs == {"appendix a": "Reporting Person"}
    assert referenced_org("APPENDIX   A", refs) == "Reporting Person"
    # the sentence ends before the pointer: none
    text = "The Reporting Person's directors and officers are named below. See Appendix A."
    refs = {}
    note_reference(text, ROSTER_LEAD.search(text), refs)
    assert refs == {}


def test_patterns():
    assert APPENDIX_POINTER.search("is set forth in Appendix A attached")["label"] == "Appendix A"
    assert APPENDIX_POINTER.search("are listed on Schedule I hereto")["label"] == "Schedule I"
    assert APPENDIX_POINTER.search("is contained in Annex 1.")["label"] == "Annex 1"
    assert APPENDIX_POINTER.search("is set forth in Item 2") is None
    text = "background of the Reporting Person's "
    assert POSSESSIVE_OWNER.search(text)["owner"] == "Reporting Person"
    assert POSSESSIVE_OWNER.search("of Acme Storage, Inc.'s executive ")["owner"] == \
        "Acme Storage, Inc."
    assert POSSESSIVE_OWNER.search("of its ") is None
    # a blank line or a sentence's end is no part of the owner
    text = "Background.\n\nAcme Corp.'s "
    assert POSSESSIVE_OWNER.search(text)["owner"] == "Acme Corp."
    text = "Identity and Background. Acme Corp.'s directors and officers are set forth in Annex 1."
    refs: dict = {}
    note_reference(text, ROSTER_LEAD.search(text), refs)
    assert refs == {"annex 1": "Acme Corp."}
    for cell in ("No. of Shares Beneficially Owned", "Number of Shares", "Percent of Class",
                 "Beneficially Owned"):
        assert HEADER_CELL.fullmatch(cell), cell



def test_name_lines_inside_the_appendix_keep_their_tables():
    # review s24-mine H1: an appendix whose tables are headed by company name lines is not
    # given to the pointer's company (read as before: roles at parties the rows name)
    lead = ("The Reporting Person's directors and executive officers are set forth in "
            "Appendix A.")
    table = TABLE.replace("\n                                                      No. of",
                          "\nBeta Holdings, Inc.\n\n                                                      No. of")
    text = "Item 2. Identity and Background.\n\n" + lead + "\n\nItem 3. Funds.\n\nNone.\n" + table
    book = PartyBook()
    acme = book.add("Acme Storage, Inc.")
    book.add("Beta Holdings, Inc.")
    claims: list = []
    add_roster_claims(SourceText("x.txt", text), book, claims, 0, len(text), [acme])
    assert [book.get(c.target).name for c in claims
            if book.get(c.target).name == "Acme Storage, Inc."] == []


def test_an_appendix_of_posts_with_another_company_is_no_roster_of_the_pointer():
    # review s24-appendix round 2 HIGH A: "Name / Position with the Issuer"
    lead = "The Reporting Person's directors and executive officers are listed in Appendix A."
    table = TABLE.replace("Title                     Beneficially Owned",
                          "Position with the Issuer  Beneficially Owned")
    text = "Item 2. Identity and Background.\n\n" + lead + "\n\nItem 3. Funds.\n\nNone.\n" + table
    book = PartyBook()
    acme = book.add("Acme Storage, Inc.")
    claims: list = []
    add_roster_claims(SourceText("x.txt", text), book, claims, 0, len(text), [acme])
    assert claims == []
