"""A company "owned by" another, without "wholly" (:mod:`graphkit.parsers.prose_owned_patterns`):
"Acme Sub Inc. is owned by Acme Holdings Inc. and Acme Holdings Inc. is owned indirectly by Acme
Group plc" gives each owner as the shareholder of the company it owns (the relation "is wholly
owned by" already gives), two clauses joined by "and" each read. Not read: a share of a company
("is 60% owned by", "95% of Acme Fund LP is owned by"), the past ("was owned by"), shares ("are
owned by"), a hedge ("directly or indirectly"), a list announced ("by the following persons"),
an owner named by a possessive ("Jane Roe's family trust").

A real 1995 Schedule 13D stated its parent chain so, with defined terms ("THORN is owned by
TENAH and TENAH is owned indirectly by ... plc"); graphkit made neither parent a party.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose import INDIRECT_NOTE, find_relationships
from graphkit.parsers.prose_owned_patterns import (_ASSET_END, _LIST_JOIN, _OPENER, _OR_AFTER,
                                                   _OR_NAME_AFTER, _OWN_CLAUSE, _PART_IN_NAME,
                                                   _POSSESSIVE_AT, _ROLE_TERM, _TITLE_ITEM,
                                                   OF_BEFORE_OWNED, OWNED_BY, OWNED_BY_CUE,
                                                   owned_by_matches, owned_party, owner_names)
from graphkit.source import SourceText
from tests.parsers.test_review11_prose import _with_item2


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


# --- the plain verb --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Acme Sub Inc. is owned by Acme Holdings Inc.",
     {("shareholder_of", "Acme Holdings Inc.", "Acme Sub Inc.")}),
    ("Acme Sub Inc. is owned directly by Acme Holdings Inc.",
     {("shareholder_of", "Acme Holdings Inc.", "Acme Sub Inc.")}),
    ("Acme Sub Inc. is owned indirectly by Acme Group plc.",
     {("shareholder_of", "Acme Group plc", "Acme Sub Inc.")}),
    ("Acme Sub Inc. is indirectly owned by Acme Group plc.",
     {("shareholder_of", "Acme Group plc", "Acme Sub Inc.")}),
    ("Acme GP LLC is owned by Jane Roe and John Doe.",
     {("shareholder_of", "Jane Roe", "Acme GP LLC"), ("shareholder_of", "John Doe", "Acme GP LLC")}),
    ("Acme GP LLC is owned by Jane Roe, John Doe and Richard Miles.",
     {("shareholder_of", "Jane Roe", "Acme GP LLC"), ("shareholder_of", "John Doe", "Acme GP LLC"),
      ("shareholder_of", "Richard Miles", "Acme GP LLC")}),
    ("Acme Sub Inc., a Delaware corporation, is owned by Acme Holdings Inc.",
     {("shareholder_of", "Acme Holdings Inc.", "Acme Sub Inc.")}),
    ("The capital stock of Acme Sub Inc. is owned by Acme Holdings Inc.",  # all of it
     {("shareholder_of", "Acme Holdings Inc.", "Acme Sub Inc.")}),
    ("Each of Acme Inc. and Beta LLC is owned by Jane Roe.",
     {("shareholder_of", "Jane Roe", "Acme Inc."), ("shareholder_of", "Jane Roe", "Beta LLC")}),
])
def test_owned_by_reads_the_owner(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Acme Sub Inc. is 60% owned by Acme Holdings Inc.",
    "Acme Sub Inc. is 60 percent owned by Acme Holdings Inc.",
    "No less than 95% of Acme Fund LP is owned by Acme Holdings LLC.",
    "Not less than a majority of Acme Inc. is owned by Jane Roe.",
    "Not less than 50% of the interests in Acme Fund LP are owned by Acme Holdings LLC.",
    "Acme Inc. is directly or indirectly owned by Jane Roe.",
    "Acme Inc. is not owned by Jane Roe.",
    "Acme Inc. is no longer owned by Jane Roe.",
    "Acme Inc. was owned by Jane Roe until 2019.",
    "Neither Acme Inc. nor Beta LLC is owned by Jane Roe.",
    "Acme GP LLC is owned by the following persons: Jane Roe, John Doe.",
    "Acme Inc. is owned by its employees.",
    "Acme Inc. is owned by Jane Roe's family trust.",
    "The Common Stock is owned by Acme Fund LP.",
    "The Shares are owned by Acme Fund LP.",
    "Acme Fund LP and Beta Fund LP are owned by Jane Roe.",
    "The 1,000 Shares owned by Acme Fund LP are held in a margin account.",
    "The Shares held by Acme Fund LP are owned by Jane Roe.",
    "The general partner of Acme Fund LP is owned by Jane Roe.",
    "A 10% interest in Acme Fund LP is owned by Jane Roe.",
    "Acme Inc. is beneficially owned by Jane Roe.",
])
def test_owned_by_reads_no_owner(text):
    assert not {f for f in _found(text) if f[0] == "shareholder_of"}


def test_wholly_owned_keeps_its_reading_and_loses_its_wrong_ones():
    assert _found("Acme Sub Inc. is wholly owned by Acme Holdings Inc.") == {
        ("shareholder_of", "Acme Holdings Inc.", "Acme Sub Inc.")}
    # a name after "of", or an owner named by its possessive: read wrong before
    assert _found("The general partner of Acme Fund LP is wholly owned by Jane Roe.") == set()
    assert _found("Acme Inc. is wholly owned by Jane Roe's family trust.") == set()


# --- two clauses joined by "and" ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Acme Sub Inc. is owned by Acme Holdings Inc. and Acme Holdings Inc. is owned indirectly by "
     "Acme Group plc.",
     {("shareholder_of", "Acme Holdings Inc.", "Acme Sub Inc."),
      ("shareholder_of", "Acme Group plc", "Acme Holdings Inc.")}),
    ("Acme Sub Inc. is wholly owned by Acme Holdings Inc. and Acme Holdings Inc. is wholly owned "
     "by Acme Group plc.",
     {("shareholder_of", "Acme Holdings Inc.", "Acme Sub Inc."),
      ("shareholder_of", "Acme Group plc", "Acme Holdings Inc.")}),
    ('Acme Sub Inc. ("Sub") is owned by Acme Holdings Inc. ("Holdings"), and Holdings is owned '
     "by Acme Group plc.",
     {("shareholder_of", "Acme Holdings Inc.", "Acme Sub Inc."),
      ("shareholder_of", "Acme Group plc", "Holdings")}),
    # the name after "and" is the subject of another verb: no owner
    ("Acme Fund LP is owned by Jane Roe, and Acme GP LLC is the general partner of Acme Fund LP.",
     {("shareholder_of", "Jane Roe", "Acme Fund LP"),
      ("general_partner_of", "Acme GP LLC", "Acme Fund LP")}),
    ("Acme Fund LP is wholly owned by Jane Roe and John Doe, and Acme GP LLC is the general "
     "partner of Acme Fund LP.",
     {("shareholder_of", "Jane Roe", "Acme Fund LP"), ("shareholder_of", "John Doe", "Acme Fund LP"),
      ("general_partner_of", "Acme GP LLC", "Acme Fund LP")}),
    ("Acme Inc. is owned by Jane Roe and John Doe is the President of Acme Inc.",
     {("shareholder_of", "Jane Roe", "Acme Inc."), ("officer_of", "John Doe", "Acme Inc.")}),
    # a relative clause's list, its verb after a comma: the subject's before the clause
    ("Acme GP LLC, which is owned by John Doe and Jane Roe, is the general partner of Acme Fund "
     "LP.", {("general_partner_of", "Acme GP LLC", "Acme Fund LP")}),
    # a list owned after a role "of": the list, not the name after "of"
    ("Jane Roe is the managing member of Acme GP LLC, and Beta LLC and Gamma LLC are wholly owned "
     "by Delta Corp.", {("managing_member_of", "Jane Roe", "Acme GP LLC"),
                        ("shareholder_of", "Delta Corp.", "Beta LLC"),
                        ("shareholder_of", "Delta Corp.", "Gamma LLC")}),
    # a company's own "and" is no join
    ("Acme GP LLC is wholly owned by Roe and Co.",
     {("shareholder_of", "Roe and Co.", "Acme GP LLC")}),
])
def test_each_clause_joined_by_and_is_read(text, expected):
    assert _found(text) == expected


def test_the_parent_chain_of_a_filing_with_defined_terms():
    rec = _with_item2(
        'This statement is filed by Acme Rentals, Inc., a Delaware corporation ("ACME"). Acme '
        'North America Holdings Inc., a Delaware corporation ("ANAH"), is a holding company. '
        'ACME is owned by ANAH and ANAH is owned indirectly by Acme Group plc, a company '
        'existing under the laws of England ("PLC").')
    names = {p.id: p.name for p in rec.parties}
    owned = {(names[c.source], names[c.target]) for c in rec.claims
             if c.relation.value == "shareholder_of"}
    assert owned == {("Acme North America Holdings Inc.", "Acme Rentals, Inc."),
                     ("Acme Group plc", "Acme North America Holdings Inc.")}


# --- the patterns -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, held, holder", [
    ("Acme Sub Inc. is owned by Acme Holdings Inc.", "Acme Sub Inc.", "Acme Holdings Inc."),
    ("Acme Sub Inc. is owned indirectly by Acme Group plc", "Acme Sub Inc.", "Acme Group plc"),
    ("Acme Sub Inc. is directly owned by Jane Roe", "Acme Sub Inc.", "Jane Roe"),
    ("Acme Sub Inc. is 60% owned by Jane Roe", None, None),
    ("Acme Sub Inc. was owned by Jane Roe", None, None),
    ("Acme Sub Inc. is a company owned by Jane Roe", None, None),
])
def test_owned_by_pattern(text, held, holder):
    m = OWNED_BY.search(text)
    assert ((m["held"], m["holder"]) if m else (None, None)) == (held, holder)


@pytest.mark.parametrize("text, found", [
    ("Acme Sub Inc. is owned by Acme", True), ("is owned indirectly by ", True),
    ("is indirectly owned by ", True), ("is beneficially owned by ", False),
    ("are owned by ", False), ("was owned by ", False), ("is wholly owned by ", True),
])
def test_owned_by_cue(text, found):
    assert (OWNED_BY_CUE.search(text) is not None) is found


def test_the_helper_patterns():
    for before in ("95% of ", "a majority of ", "a 10% interest in the ", "The general partner of ",
                   "Each managing member of ", "The President of "):
        assert OF_BEFORE_OWNED.search(before), before
    for before in ("All of the membership interests of ", "The capital stock of ", "Bond ",
                   "Each of ", "interests in "):
        assert not OF_BEFORE_OWNED.search(before), before
    assert _POSSESSIVE_AT.match("’s spouse") and _POSSESSIVE_AT.match("'s family trust")
    assert not _POSSESSIVE_AT.match(" and John Doe") and not _POSSESSIVE_AT.match("’ssx")
    assert [m.group() for m in _LIST_JOIN.finditer("A Inc. and B Inc., and C Inc. and d")] == [
        " and ", ", and "]
    assert _OWN_CLAUSE.match("Acme Holdings Inc. is owned by")
    assert _OWN_CLAUSE.match("Acme GP LLC, a Delaware limited liability company, serves as")
    assert not _OWN_CLAUSE.match("John Doe, who is")
    assert not _OWN_CLAUSE.match("John Doe as tenants in common")


def test_owned_by_matches_splits_and_guards():
    flat = ("Acme Sub Inc. is owned by Acme Holdings Inc. and Acme Holdings Inc. is owned "
            "indirectly by Acme Group plc.")
    assert [(m["held"], m["holder"]) for m in owned_by_matches(flat)] == [
        ("Acme Sub Inc.", "Acme Holdings Inc."), ("Acme Holdings Inc.", "Acme Group plc")]
    assert list(owned_by_matches("95% of Acme Fund LP is owned by Jane Roe.")) == []


# --- session 23 review: each finding, made-up inputs ----------------------------------------
# Definitions as a filing gives them, so that the defined terms are parties (M1)
_DEFS = ('Acme Sub Inc. ("ASI"), Acme Holdings Inc. ("AHI"), Acme Group plc ("AGP") and '
         'Beta Corp. ("Beta") are Delaware corporations. ')


@pytest.mark.parametrize("text, expected", [
    # R1: a plain owner followed by its own wholly-owned parent: both links, as main read the top
    ("Acme Sub Inc. is owned by Acme Holdings Inc., which is wholly owned by Acme Group plc.",
     {("shareholder_of", "Acme Holdings Inc.", "Acme Sub Inc."),
      ("shareholder_of", "Acme Group plc", "Acme Holdings Inc.")}),
    ("Acme GP LLC is owned by Beta Holdings LLC, which is wholly-owned by John Doe.",
     {("shareholder_of", "Beta Holdings LLC", "Acme GP LLC"),
      ("shareholder_of", "John Doe", "Beta Holdings LLC")}),
    ("Acme Sub Inc. is owned by Beta Corp., a Delaware corporation wholly owned by John Doe.",
     {("shareholder_of", "Beta Corp.", "Acme Sub Inc."),
      ("shareholder_of", "John Doe", "Beta Corp.")}),
    ("Acme GP LLC is indirectly owned by Beta Holdings LLC, which is majority owned by Gamma Inc.",
     {("shareholder_of", "Beta Holdings LLC", "Acme GP LLC"),
      ("shareholder_of", "Gamma Inc.", "Beta Holdings LLC")}),
    ("Acme Sub Inc. is wholly owned by Acme Holdings Inc., which is wholly owned by Acme Group plc.",
     {("shareholder_of", "Acme Holdings Inc.", "Acme Sub Inc."),
      ("shareholder_of", "Acme Group plc", "Acme Holdings Inc.")}),
    # H1: an opener is no part of the name; a supposition states nothing
    ("Because Acme GP LLC is owned by Jane Roe, she may be deemed to own the Shares.",
     {("shareholder_of", "Jane Roe", "Acme GP LLC")}),
    ("Since Acme GP LLC is owned by Jane Roe, she may be deemed to own the Shares.",
     {("shareholder_of", "Jane Roe", "Acme GP LLC")}),
    # H3: a name after "and" that opens its own clause is no owner
    ("Acme GP LLC is owned by Jane Roe and John Doe disclaims beneficial ownership of the Shares.",
     {("shareholder_of", "Jane Roe", "Acme GP LLC")}),
    ("Acme GP LLC is owned by Jane Roe and John Doe beneficially owns 100 Shares.",
     {("shareholder_of", "Jane Roe", "Acme GP LLC")}),
    ("Acme GP LLC is owned by Jane Roe and John Doe could be deemed to control it.",
     {("shareholder_of", "Jane Roe", "Acme GP LLC")}),
    ("Acme GP LLC is owned by Jane Roe and John Doe, its President, is the sole manager.",
     {("shareholder_of", "Jane Roe", "Acme GP LLC")}),
    ("Acme GP LLC is wholly owned by Jane Roe and John Doe shares voting power.",
     {("shareholder_of", "Jane Roe", "Acme GP LLC")}),
    # ... but a list that ends its clause keeps every owner
    ("Acme GP LLC is owned by Jane Roe and John Doe, each of whom is a director of the Issuer.",
     {("shareholder_of", "Jane Roe", "Acme GP LLC"), ("shareholder_of", "John Doe", "Acme GP LLC")}),
    ("Acme GP LLC is owned by Jane Roe and John Doe, its sole members.",
     {("shareholder_of", "Jane Roe", "Acme GP LLC"), ("shareholder_of", "John Doe", "Acme GP LLC")}),
    ("Acme GP LLC is owned by Jane Roe and John Doe as joint tenants.",
     {("shareholder_of", "Jane Roe", "Acme GP LLC"), ("shareholder_of", "John Doe", "Acme GP LLC")}),
    ("Acme Sub Inc. is jointly owned by Acme Holdings Inc. and Beta Corp. and is the general "
     "partner of Acme Fund LP.", {("shareholder_of", "Acme Holdings Inc.", "Acme Sub Inc."),
                                  ("shareholder_of", "Beta Corp.", "Acme Sub Inc.")}),
    # H5: a comma splice is two clauses
    ("Acme GP LLC is owned by Jane Roe, Acme Fund LP is owned by John Doe.",
     {("shareholder_of", "Jane Roe", "Acme GP LLC"), ("shareholder_of", "John Doe", "Acme Fund LP")}),
    ("Acme GP is wholly owned by Jane Roe, Acme LP is wholly owned by John Doe.",
     {("shareholder_of", "Jane Roe", "Acme GP"), ("shareholder_of", "John Doe", "Acme LP")}),
    # a title or degree after an owner is no owner
    ("Acme GP LLC is owned by Jane Roe, Trustee.", {("shareholder_of", "Jane Roe", "Acme GP LLC")}),
    ("Acme GP LLC is owned by Jane Roe, M.D.", {("shareholder_of", "Jane Roe", "Acme GP LLC")}),
    # M1: a role defined by the filing is a party
    ('Acme Capital LLC (the "Adviser") manages the Fund. The Adviser is owned by Jane Roe.',
     {("shareholder_of", "Jane Roe", "Adviser")}),
])
def test_review_s23_owned_by_reads(text, expected):
    assert {f for f in _found(text) if f[0] == "shareholder_of"} == expected


@pytest.mark.parametrize("text", [
    # H1: a supposition
    "If Acme GP LLC is owned by Jane Roe, she may be deemed to own the Shares.",
    "If Acme GP LLC is wholly owned by Jane Roe, she may be deemed to own the Shares.",
    "Whether Acme GP LLC is owned by Jane Roe is uncertain.",
    "Assuming Acme GP LLC is owned by Jane Roe, she may be deemed a beneficial owner.",
    "To the extent Acme GP LLC is owned by Jane Roe, she may be deemed a beneficial owner.",
    "Unless Acme GP LLC is owned by Jane Roe, she has no interest.",
    # H2: an owner named by a possessive, curly or straight
    "Acme GP LLC is owned by Jane Roe’s spouse.",
    "Acme GP LLC is owned by Jane Roe‘s family trust.",
    "Acme GP LLC is wholly owned by Jane Roe’s family trust.",
    "Acme GP LLC is owned by Jane Roe's spouse.",
    # H4: the held name is the object of a relational noun
    "A subsidiary of Acme Holdings Inc. is owned by Jane Roe.",
    "The parent of Acme GP LLC is owned by Jane Roe.",
    "An affiliate of Acme Holdings Inc. is owned by Jane Roe.",
    "The successor to Acme Holdings Inc. is owned by Jane Roe.",
    "A division of Acme Holdings Inc. is owned by Jane Roe.",
    "Control of Acme GP LLC is owned by Jane Roe.",
    "One-half of Acme GP LLC is owned by Jane Roe.",
    "A wholly owned subsidiary of Acme Holdings Inc. is wholly owned by Jane Roe.",
    # M1: an undefined role, a security or an asset is no party owned
    "The General Partner is owned by Jane Roe.",
    "The Adviser is owned by Jane Roe and John Doe.",
    'The "Warrant" is described below. The Warrant is owned by Jane Roe.',
    "The Note is owned by Acme Fund LP.",
    "The Convertible Note is owned by Acme Fund LP.",
    'The shares (the "Subject Shares") are listed. The Subject Shares is owned by Acme Fund LP.',
    "The Security is owned by Jane Roe.",
    "The Property is owned by Acme Realty LLC.",
    "The Account is owned by Jane Roe.",
    # an owner of a choice
    "Acme GP LLC is owned by Jane Roe or John Doe.",
    "Acme GP LLC is owned by Jane Roe and/or John Doe.",
    "Acme GP LLC is owned by Jane Roe or her affiliates.",
])
def test_review_s23_owned_by_reads_nothing(text):
    assert {f for f in _found(text) if f[0] == "shareholder_of"} == set()


def test_review_s23_defined_terms_chain_in_one_filing():
    text = _DEFS + ("ASI is owned by AHI, AGP is owned by John Doe. Because AHI is owned by "
                    "Beta, Beta may be deemed to own the Shares.")
    assert {f for f in _found(text) if f[0] == "shareholder_of"} == {
        ("shareholder_of", "AHI", "ASI"), ("shareholder_of", "John Doe", "AGP"),
        ("shareholder_of", "Beta", "AHI")}


def test_review_s23_helper_patterns():
    assert _OPENER.match("Because Acme")["cond"] is None and _OPENER.match("If Acme")["cond"]
    assert not _OPENER.match("Acme GP LLC") and not _OPENER.match("Ifco Inc.")
    assert _PART_IN_NAME.match("Control of Acme") and _PART_IN_NAME.match("One-half of Acme")
    assert not _PART_IN_NAME.match("Acme Control Corp.")
    for before in ("A subsidiary of ", "The parent of ", "The successor to ", "An affiliate of "):
        assert OF_BEFORE_OWNED.search(before), before
    assert _OWN_CLAUSE.match("John Doe disclaims beneficial ownership")
    assert _OWN_CLAUSE.match("John Doe, its President, is the sole manager")
    assert _OWN_CLAUSE.match("John Doe directly owns 100") and _OWN_CLAUSE.match("John Doe could be")
    assert not _OWN_CLAUSE.match("John Doe as tenants by the entirety")
    assert not _OWN_CLAUSE.match("Beta Corp., each of which is a Delaware corporation")
    assert _ASSET_END.search("Convertible Note") and not _ASSET_END.search("Acme Notes LLC")
    assert _ROLE_TERM.fullmatch("General Partner") and not _ROLE_TERM.fullmatch("Acme GP LLC")
    assert _OR_AFTER.match(" or John Doe") and _OR_AFTER.match(" and/or John Doe")
    assert not _OR_AFTER.match(" and John Doe")
    assert _OR_NAME_AFTER.match(" or John Doe") and not _OR_NAME_AFTER.match(" or her affiliates")
    assert not _OR_NAME_AFTER.match(" and/or John Doe")
    assert not _OR_AFTER.match(" and John Doe")
    assert _TITLE_ITEM.fullmatch("Co-Trustee") and _TITLE_ITEM.fullmatch("M.D")
    assert not _TITLE_ITEM.fullmatch("Trustee Holdings")
    assert owner_names("Jane Roe, Esq. and John Doe") == ["Jane Roe", "John Doe"]
    assert owned_party("Acme GP LLC", "") and owned_party("THORN", 'a corporation ("THORN")')
    assert not owned_party("Acme Note", 'the "Acme Note"')


# --- second review (session 23): a list ends only before a verb; hedges as main ---------------

_TWO = {("shareholder_of", "Jane Roe", "Acme GP LLC"), ("shareholder_of", "John Doe", "Acme GP LLC")}
_CORP = {("shareholder_of", "Acme Holdings Inc.", "Acme GP LLC"),
         ("shareholder_of", "Beta Corp.", "Acme GP LLC")}


@pytest.mark.parametrize("text, expected", [
    ("Acme GP LLC is wholly owned by Jane Roe and John Doe in their capacity as trustees of the "
     "Roe Trust.", _TWO),
    ("Acme GP LLC is jointly owned by Jane Roe and John Doe as tenants by the entirety.", _TWO),
    ("Acme GP LLC is wholly owned by Jane Roe and John Doe pursuant to an operating agreement.",
     _TWO),
    ("Acme GP LLC is wholly owned by Jane Roe and John Doe since 2005.", _TWO),
    ("Acme GP LLC is owned by Jane Roe and John Doe as general partners.", _TWO),
    ("Acme GP LLC is wholly owned by Acme Holdings Inc. and Beta Corp. in equal parts.", _CORP),
    ("Acme GP LLC is wholly owned by Acme Holdings Inc. and Beta Corp., each of which is a "
     "Delaware corporation.", _CORP),
    ("Acme GP LLC is wholly owned by Jane Roe, John Doe and Richard Miles who are the sole "
     "members.", _TWO | {("shareholder_of", "Richard Miles", "Acme GP LLC")}),
    # a verb after the last name: it opens a clause of its own
    ("Acme GP LLC is owned by Jane Roe and John Doe disclaims beneficial ownership.",
     {("shareholder_of", "Jane Roe", "Acme GP LLC")}),
    ("Acme GP LLC is wholly owned by Jane Roe and John Doe directly owns 100 shares.",
     {("shareholder_of", "Jane Roe", "Acme GP LLC")}),
    ("Acme GP LLC is owned by Jane Roe and John Doe could be deemed to own it.",
     {("shareholder_of", "Jane Roe", "Acme GP LLC")}),
    # RG2: what the filer believes or understands is stated; "or her affiliates", "and/or"
    ("The Reporting Persons believe that Acme Sub Inc. is wholly owned by Acme Holdings Inc.",
     {("shareholder_of", "Acme Holdings Inc.", "Acme Sub Inc.")}),
    ("Acme Holdings Inc. understands that Acme Sub Inc. is wholly owned by Beta Corp.",
     {("shareholder_of", "Beta Corp.", "Acme Sub Inc.")}),
    ("Acme Sub Inc. is wholly owned by Jane Roe or her affiliates.",
     {("shareholder_of", "Jane Roe", "Acme Sub Inc.")}),
    ("Acme Sub Inc. is wholly owned by Jane Roe and/or John Doe.",
     {("shareholder_of", "Jane Roe", "Acme Sub Inc.")}),
    ("Acme Sub Inc. is owned by Jane Roe or John Doe.", set()),
])
def test_review2_s23_owner_lists_and_hedges(text, expected):
    assert {f for f in _found(text) if f[0] == "shareholder_of"} == expected


# --- owned indirectly: the edge says so (session 33: review s32 rv1 M1) -----------------------

@pytest.mark.parametrize("text, indirect", [
    ("Acme Sub Inc. is owned indirectly by Acme Group plc.", True),
    ("Acme Sub Inc. is indirectly owned by Acme Group plc.", True),
    ("Acme Sub Inc. is wholly-owned indirectly by Acme Group plc.", True),
    ("Acme Sub Inc. is owned by Acme Group plc.", False),
    ("Acme Sub Inc. is owned directly by Acme Group plc.", False),
])
def test_indirect_owner_has_a_note(text, indirect):
    notes = [f.note for f in find_relationships(SourceText(path="x.txt", text=text))
             if f.relation.value == "shareholder_of"]
    assert notes == [INDIRECT_NOTE if indirect else None]


def test_thorn_emi_owned_indirectly():
    # the 1995 THORN Americas 13D, Item 2 (line 209): "THORN is owned by TENAH and TENAH is
    # owned indirectly by THORN EMI plc": only the second edge is indirect
    path = Path(__file__).resolve().parents[1] / "fixtures/filings/rv32/1995_SC_13D_718451_cut.txt"
    rec = parse_path(path).records[0]
    names = {p.id: p.name for p in rec.parties}
    got = {(names[c.source], names[c.target], c.note) for c in rec.claims
           if c.relation.value == "shareholder_of"}
    assert ("THORN EMI plc", "THORN EMI North America Holdings Inc.", INDIRECT_NOTE) in got
    assert ("THORN EMI North America Holdings Inc.", "THORN Americas, Inc.", None) in got
