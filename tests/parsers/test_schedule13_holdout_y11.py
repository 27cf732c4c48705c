"""Readings fixed after the holdout evaluation y (eleventh session): a real 2020 Schedule 13D
in HTML (Southwestern Energy Company on Montage Resources Corporation), in
tests/fixtures/filings/holdout/swn_montage_2020_sc13d.html.

Before, the signature section ran on into "SCHEDULE A", so the 14 directors and officers of its
roster became signers, and the roster itself was not read: its header "Name | Present Principal
Occupation Including Name and Address of Employer" was not taken for a header, and three names
("Denis J. Walsh III, CFA", "Sylvester “Chip” Johnson", "Bill Way") not for persons.
"""

from __future__ import annotations

import pytest

from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose import find_collective_terms, find_relationships
from graphkit.parsers.schedule13_claims import disclaiming_parties
from graphkit.parsers.schedule13_items import find_disclaimers
from graphkit.parsers.schedule13_roster_names import (CREDENTIAL, PERSON_NAME, is_person_cell,
                                                      split_name_cell)
from graphkit.parsers.schedule13_roster_rows import HEADER_CELL
from graphkit.parsers.signature_section import SECTION_END
from graphkit.source import SourceText
from tests.holdout import holdout_record, relation_pairs

SWN = "swn_montage_2020_sc13d.html"
COMPANY = "Southwestern Energy Company"


def test_one_signature_and_no_roster_signer():
    # line 418: /s/ Chris Lacy, then "Title: Vice President, General Counsel & Secretary";
    # line 436: <B><U>SCHEDULE A </U></B>, then the roster "Catherine A. Kehr | Director" ...
    rec = holdout_record(SWN)
    assert [(s.signer, s.title) for s in rec.signatures] == \
        [("Chris Lacy", "Vice President, General Counsel & Secretary")]
    assert [p.name for p in rec.parties if "signer" in [r.value for r in p.roles]] == \
        ["Chris Lacy"]


def test_the_whole_roster_is_read():
    # lines 453-530: "Name | Present Principal Occupation Including Name and Address of
    # Employer", "Directors": nine rows; then "Executive Officers (Who Are Not Directors)": five
    rec = holdout_record(SWN)
    directors = {s for s, t in relation_pairs(rec, "director_of") if t == COMPANY}
    assert directors == {"Catherine A. Kehr", "John D. Gass", "Greg D. Kerley",
                         "Jon A. Marshall", "Patrick M. Prevost", "Anne Taylor",
                         "Denis J. Walsh III", "Sylvester Johnson", "Bill Way"}
    names = {p.id: p.name for p in rec.parties}
    officers = {names[c.source]: c.title for c in rec.claims
                if c.relation.value == "officer_of" and names[c.target] == COMPANY}
    assert officers == {
        "Bill Way": "President, Chief Executive Officer",
        "Julian Bott": "Executive Vice President, Chief Financial Officer",
        "Clay Carrell": "Executive Vice President, Chief Operating Officer",
        "Jenny McCauley": "Senior Vice President",
        "Chris Lacy": "Vice President, General Counsel, Corporate Secretary",
        "Jason Kurtz": "Vice President"}


@pytest.mark.parametrize("line, ends", [
    ("SCHEDULE A", True), ("SCHEDULE II", True), ("SCHEDULE 1:", True),
    ("Schedule I.", False),  # the wrapped end of a footnote (review 11 A, D3)
    ("SCHEDULE 13D", False),  # a page header between two signature blocks
    ("Schedule A to the Agreement of Limited Partnership", False),
    ("ANNEX B", True), ("EXHIBIT 99.1", True),
])
def test_a_schedule_heading_ends_the_signature_section(line, ends):
    assert (SECTION_END.fullmatch(line) is not None or SECTION_END.match(line) is not None) \
        is ends


@pytest.mark.parametrize("cell, header", [
    ("Present Principal Occupation Including Name and Address of Employer", True),
    ("Name", True), ("Principal Occupation or Employment", True),
    ("Catherine A. Kehr", False), ("President & Chief Executive Officer, Director", False),
])
def test_header_cells(cell, header):
    assert (HEADER_CELL.fullmatch(cell) is not None) is header


@pytest.mark.parametrize("cell, expected", [
    ("Denis J. Walsh III, CFA", ("Denis J. Walsh III", "")),
    ("Sylvester “Chip” Johnson", ("Sylvester Johnson", "")),  # as he signs elsewhere
    ('Christopher "Chris" Lacy, Director', ("Christopher Lacy", "Director")),
    ("Jane Q. Roe, Ph.D.", ("Jane Q. Roe", "")),
    ("Jane Roe, CPA, Director", ("Jane Roe", "Director")),
    ("John Roe, Jr., President", ("John Roe, Jr.", "President")),
    ("Acme Capital, LLC", ("Acme Capital, LLC", "")),
])
def test_split_name_cell_drops_credentials(cell, expected):
    assert split_name_cell(cell) == expected


@pytest.mark.parametrize("text, found", [
    (", CFA", True), (", Ph.D.", True), (", M.D.", True), (", Esq.", True),
    (", CFAB Holdings", False), (", MBA Partners LP", False), (", Inc.", False),
])
def test_credential_pattern(text, found):
    assert (CREDENTIAL.search(text) is not None) is found


@pytest.mark.parametrize("cell, titled, person", [
    ("Sylvester “Chip” Johnson", False, True),
    ('Robert "Bob" Roe', False, True),
    ("Bill Way", True, True),            # a surname that is a place word, in a titled row
    ("Park Avenue", True, False),        # a place word that is no surname (review 11 A, D2)
    ("Main Street", True, False),
    ("Park Avenue Plaza", True, False),
    ("Bill Way", False, False),          # the same cell could be an address line
    ("Soldiers Field", False, False),
    ("Vice President", True, False),     # a title word never passes
    ("Acme Capital LP", True, False),
])
def test_person_cells(cell, titled, person):
    assert is_person_cell(cell, titled=titled) is person
    if person:
        assert PERSON_NAME.fullmatch(cell)


def test_a_chain_of_relative_clauses_is_read_to_its_end():
    # lines 642-644: 'EnCap Partners GP, LLC ("EnCap Partners GP") is the sole general partner
    # of EnCap Partners, LP ("EnCap Partners"), which is the managing member of EnCap
    # Investments Holdings, LLC ("EnCap Holdings"), which is the sole member of EnCap
    # Investments Holdings Blocker, LLC ("EnCap Holdings Blocker").'
    rec = holdout_record(SWN)
    assert ("EnCap Partners GP, LLC", "EnCap Partners, LP") in \
        relation_pairs(rec, "general_partner_of")
    assert ("EnCap Partners, LP", "EnCap Investments Holdings, LLC") in \
        relation_pairs(rec, "managing_member_of")
    assert ("EnCap Investments Holdings, LLC", "EnCap Investments Holdings Blocker, LLC") in \
        relation_pairs(rec, "member_of")


def test_member_managed_by():
    # line 651: 'TPR Residual Assets, LLC ("TPR Residual") is member-managed by EnCap Fund IX.'
    # ("EnCap Fund IX": EnCap Energy Capital Fund IX, L.P., defined at line 640)
    rec = holdout_record(SWN)
    assert ("EnCap Energy Capital Fund IX, L.P.", "TPR Residual Assets, LLC") in \
        relation_pairs(rec, "managing_member_of")


@pytest.mark.parametrize("text, expected", [
    ("Acme GP, LLC is the general partner of Acme Partners, LP, which is the managing member of "
     "Acme Holdings, LLC, which is the sole member of Acme Blocker, LLC.",
     {("general_partner_of", "Acme GP, LLC", "Acme Partners, LP"),
      ("managing_member_of", "Acme Partners, LP", "Acme Holdings, LLC"),
      ("member_of", "Acme Holdings, LLC", "Acme Blocker, LLC")}),
    ("Acme Assets, LLC is member-managed by Acme Fund IX, L.P.",
     {("managing_member_of", "Acme Fund IX, L.P.", "Acme Assets, LLC")}),
    ("Acme Fund is managed by Acme Capital LLC.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Fund")}),
    ("Acme Assets, LLC is a member-managed limited liability company.", set()),
])
def test_relative_clause_chains_and_member_managed(text, expected):
    got = {(f.relation.value, f.holder, f.held)
           for f in find_relationships(SourceText(path="x.txt", text=text))}
    assert got == expected


def test_the_sole_filer_disclaims_all_such_beneficial_ownership():
    # Item 5: "Pursuant to Rule 13d-4, the Reporting Person disclaims all such beneficial
    # ownership." (one reporting person: Southwestern Energy Company)
    rec = holdout_record(SWN)
    held = [c for c in rec.claims if c.relation.value == "beneficial_owner_of"]
    assert [(c.shares, c.disclaims) for c in held] == [(14051904, True)]


@pytest.mark.parametrize("text, reporting, disclaimed", [
    ("Pursuant to Rule 13d-4, the Reporting Person disclaims all such beneficial ownership.",
     ["Acme Corp."], {"Acme Corp."}),
    ("The Reporting Person hereby disclaims beneficial ownership of the shares.",
     ["Acme Corp."], {"Acme Corp."}),
    # several filers: the singular names none of them
    ("The Reporting Person disclaims beneficial ownership of the shares.",
     ["Acme Corp.", "Jane Q. Roe"], set()),
    # an object, not the subject
    ("Acme Corp. disclaims beneficial ownership of the shares held by the Reporting Person.",
     ["Acme Corp.", "Jane Q. Roe"], {"Acme Corp."}),
    # the subject is others, "of the Reporting Person" (review 11 A, D1)
    ("Each of the directors and executive officers of the Reporting Person disclaims beneficial "
     "ownership of the shares.", ["Acme Corp."], set()),
])
def test_sole_filer_disclaimers(text, reporting, disclaimed):
    book = PartyBook()
    ids = {book.add(n).id: n for n in reporting}
    got = disclaiming_parties(find_disclaimers(SourceText(path="x.txt", text=text)), book,
                              find_collective_terms(SourceText(path="x.txt", text=text)),
                              set(ids))
    assert {ids[i] for i in got} == disclaimed
