"""A degree after a person's name ("Jane Q. Roe, Ph.D.", "John Doe, M.D.", "Jane Roe, Esq.")
is no part of the name: the cover's "Jane Q. Roe, Ph.D.", the signature's "/s/ Jane Q. Roe"
and the header's "ROE JANE Q" are one party named "Jane Q. Roe"; the degree is no signer's
title and no given name of a "Last, First" inversion. A generation stays ("John Roe, Jr., M.D."
is "John Roe, Jr.", never "John Roe, Sr."), and organizations, initials and professional
associations keep their words. "Drs." lists are not read ("Drs. John and Jane Roe" would
give a "Dr. John"). (From a real 2006 13D harvested in session 25.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.name_degrees import (LEADING_DEGREE, TRAILING_DEGREE, has_degree,
                                   strip_degrees, strip_leading_degree)
from graphkit.names import PartyKind, guess_kind
from graphkit.parse import parse_path
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.partybook_names import _person_key
from graphkit.parsers.prose_lists import split_names
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText
from resolvers.entities import natural_order
from resolvers.persons import parse_person

HEADER = """<SEC-DOCUMENT>0000000000-20-000001.txt : 20200501
<SEC-HEADER>
ACCESSION NUMBER:\t\t0000000000-20-000001
CONFORMED SUBMISSION TYPE:\tSC 13D
PUBLIC DOCUMENT COUNT:\t\t1
FILED AS OF DATE:\t\t20200501

SUBJECT COMPANY:\t

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tACME WIDGETS INC
\t\tCENTRAL INDEX KEY:\t\t\t0000900001

FILED BY:\t\t

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\t{HDR}
\t\tCENTRAL INDEX KEY:\t\t\t0000900002
</SEC-HEADER>
<DOCUMENT>
<TYPE>SC 13D
<TEXT>
                                  SCHEDULE 13D
                    Under the Securities Exchange Act of 1934

                                 ACME WIDGETS, INC.
                                (Name of Issuer)

                         COMMON STOCK, PAR VALUE $.01 PER SHARE
                                (Title of Class of Securities)

                                    000360206
                                 (CUSIP Number)
"""
COVER = """
1   NAME OF REPORTING PERSON
        {NAME}
2   CHECK THE APPROPRIATE BOX IF A MEMBER OF A GROUP   (a) [X]  (b) [ ]
6   CITIZENSHIP OR PLACE OF ORGANIZATION
        United States
7   SOLE VOTING POWER
        0
8   SHARED VOTING POWER
        {SH}
9   SOLE DISPOSITIVE POWER
        0
10  SHARED DISPOSITIVE POWER
        {SH}
11  AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON
        {SH}
13  PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (11)
        {PCT}
14  TYPE OF REPORTING PERSON
        {CODE}
"""


def _cover(name: str | tuple[str, str, str, str]) -> str:
    """A cover page of ``name``, or of (name, shares, percent, type code)."""
    name, sh, pct, code = (name, "1,000,000", "10.0%", "IN") if isinstance(name, str) else name
    return COVER.replace("{NAME}", name).replace("{SH}", sh).replace("{PCT}", pct).replace(
        "{CODE}", code)


def _filing(tmp_path, names: list, header: str, item2: str, signatures: str):
    """Parse a made-up 13D of the cover ``names`` (:func:`_cover`), filed by ``header``
    (EDGAR's spelling)."""
    text = HEADER.replace("{HDR}", header) + "".join(map(_cover, names))
    text += ('\nITEM 1.  SECURITY AND ISSUER\n\n     This statement relates to the common stock'
             ' of Acme Widgets, Inc. (the "Issuer").\n\nITEM 2.  IDENTITY AND BACKGROUND\n\n     '
             + item2 + "\n\nITEM 5.  INTEREST IN SECURITIES OF THE ISSUER\n\n     See the cover"
             " pages.\n\nSIGNATURE\n\n     After reasonable inquiry and to the best of my"
             " knowledge and belief, I certify that the information set forth in this statement"
             " is true, complete and correct.\n\nDate: May 1, 2020\n\n" + signatures
             + "\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    path = tmp_path / "x.txt"
    path.write_text(text)
    return parse_path(path).records[0]


def _persons(rec) -> dict[str, tuple]:
    """Each person's name -> (CIKs, roles, aliases)."""
    return {p.name: (sorted(i.value for i in p.identifiers if i.scheme.value == "cik"),
                     sorted(r.value for r in p.roles), sorted({a.name for a in p.aliases}))
            for p in rec.parties if p.kind is PartyKind.PERSON}


def _claims(rec, relation: str) -> set[tuple[str, str]]:
    name = {p.id: p.name for p in rec.parties}
    return {(name[c.source], name[c.target]) for c in rec.claims if c.relation.value == relation}


def _signatures(text: str) -> list[tuple[str, object]]:
    sec = read_signatures(SourceText(path="x.txt", text="SIGNATURE\n\n" + text))
    return [(s.signer, s.title) for s in sec.signatures]


# --- the patterns ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, plain", [
    ("Jane Q. Roe, Ph.D.", "Jane Q. Roe"), ("Jane Q. Roe, Ph. D.", "Jane Q. Roe"),
    ("Jane Q. Roe, PhD", "Jane Q. Roe"), ("JANE Q. ROE, PH.D.", "JANE Q. ROE"),
    ("Jane Q. Roe Ph.D.", "Jane Q. Roe"),
    ("John Doe, M.D.", "John Doe"), ("Jane Roe, Esq.", "Jane Roe"), ("Jane Roe Esq.", "Jane Roe"),
    ("Jane Roe, J.D.", "Jane Roe"), ("Jane Roe, CPA", "Jane Roe"), ("Jane Roe, C.P.A.", "Jane Roe"),
    ("Jane Roe, CFA", "Jane Roe"), ("Jane Roe, D.D.S.", "Jane Roe"),
    ("Jane Roe, M.D., Ph.D.", "Jane Roe"), ("John Roe, Jr., M.D.", "John Roe, Jr."),
])
def test_trailing_degree_dropped(name, plain):
    assert strip_degrees(name) == plain and has_degree(name)


@pytest.mark.parametrize("name", [
    "Acme MD, Inc.", "Roe CPA Group LLC", "M.D. Roe", "Roe, M.D.", "John Roe, M.D., P.A.",
    "John Roe Jr.", "John Roe, III", "Jane Roe", "ROE JANE MD", "Acme Baltimore, MD",
    "Acme Partners, M.D.", "Jane Roe, Esq., as trustee", "Roe, Jane M.D.",
    # review s25-phd M5: a firm keeps its last word (no comma: no degree, but "Ph.D."/"Esq.")
    "Roe Kaplan CPA", "Roe Wealth CPA", "Jane Roe CPA", "Jane Roe CFA", "Jane Roe PhD",
    "Jane Roe Esq", "Roe Family Office, CFA", "Roe Wealth, CPA", "Roe Tax Advisory, CPA",
])
def test_names_kept(name):
    assert strip_degrees(name) == name and not has_degree(name)


def test_patterns_match_their_examples():
    assert TRAILING_DEGREE.search("Jane Roe, Ph.D.").group().strip(" ,") == "Ph.D."
    assert TRAILING_DEGREE.search("Baltimore, MD") is None
    assert LEADING_DEGREE.match("Esq. Attorney-in-Fact").group() == "Esq. "
    assert LEADING_DEGREE.match("Ph.D., President").group() == "Ph.D., "
    assert LEADING_DEGREE.match("President") is None


@pytest.mark.parametrize("title, kept", [
    ("Esq. Attorney-in-Fact", "Attorney-in-Fact"), ("Ph.D., President", "President"),
    ("Esq., as trustee", "as trustee"), ("M.D., P.A.", "M.D., P.A."), ("CFO", "CFO"),
    ("M.D., Ph.D., President", "President"),     # review s25-phd L7: every degree
    ("Ph.D., M.D., P.A.", "Ph.D., M.D., P.A."),
])
def test_leading_degree_of_a_title(title, kept):
    assert strip_leading_degree(title) == kept


def test_person_key_and_resolver_ignore_the_degree():
    assert _person_key("Jane Q. Roe, Ph.D.") == _person_key("ROE, JANE Q.") == ("jane", "q", "roe")
    assert parse_person("Jane Q. Roe, Ph.D.").readings[0].given == ("jane", "q")
    assert natural_order("Jane Q. Roe, Ph.D.") == "Jane Q. Roe"   # not "Ph. D. Jane Q. Roe"
    assert natural_order("Roe, Jane, M.D.") == "Jane Roe"
    assert natural_order("Roe, M.D.") == "M. D. Roe"                # initials, as before
    assert parse_person("John Roe, Jr., M.D.").suffix == "jr"
    assert guess_kind("Jane Roe, Ph.D.") is PartyKind.PERSON
    assert guess_kind("Acme MD, Inc.") is PartyKind.ORGANIZATION


# --- the party book -----------------------------------------------------------------------------

def test_party_book_one_person_either_order():
    book = PartyBook()
    p = book.add("Jane Q. Roe, Ph.D.", role="reporting_person")
    assert p.name == "Jane Q. Roe" and [a.name for a in p.aliases] == ["Jane Q. Roe, Ph.D."]
    assert book.add("Jane Q. Roe", how="signature").id == p.id
    book = PartyBook()
    q = book.add("Jane Q. Roe")
    assert book.add("Jane Q. Roe, Ph.D.").id == q.id and q.name == "Jane Q. Roe"


def test_party_book_keeps_generations_and_organizations_apart():
    book = PartyBook()
    jr = book.add("John Roe, Jr., M.D.")
    sr = book.add("John Roe, Sr.")
    assert jr.name == "John Roe, Jr." and sr.id != jr.id
    acme = book.add("Acme MD, Inc.")
    assert acme.name == "Acme MD, Inc." and acme.kind is PartyKind.ORGANIZATION


# --- whole filings ------------------------------------------------------------------------------

def test_cover_signature_and_header_one_person(tmp_path):
    rec = _filing(tmp_path, ["Jane Q. Roe, Ph.D.", "John Doe, M.D."], "ROE JANE Q",
                  "Jane Q. Roe, Ph.D., is a citizen of the United States.",
                  "/s/ Jane Q. Roe\nJane Q. Roe, Ph.D.\n\n/s/ John Doe\nJohn Doe, M.D.\n")
    assert _persons(rec) == {
        "Jane Q. Roe": (["0000900002"], ["reporting_person", "signer"], ["Jane Q. Roe, Ph.D."]),
        "John Doe": ([], ["reporting_person", "signer"], ["John Doe, M.D."]),
    }
    assert [(s.signer, s.title) for s in rec.signatures] == [("Jane Q. Roe", None),
                                                             ("John Doe", None)]
    assert _claims(rec, "beneficial_owner_of") == {("Jane Q. Roe", "ACME WIDGETS, INC."),
                                                   ("John Doe", "ACME WIDGETS, INC.")}


def test_generation_with_degree_stays_apart(tmp_path):
    rec = _filing(tmp_path, ["John Roe, Jr., M.D.", "John Roe, Sr."], "ROE JOHN JR",
                  "John Roe, Jr., M.D. and John Roe, Sr. are citizens of the United States.",
                  "/s/ John Roe, Jr.\nJohn Roe, Jr., M.D.\n\n/s/ John Roe, Sr.\nJohn Roe, Sr.\n")
    assert _persons(rec) == {
        "John Roe, Jr.": (["0000900002"], ["reporting_person", "signer"],
                          ["John Roe, Jr., M.D."]),
        "John Roe, Sr.": ([], ["reporting_person", "signer"], []),
    }


def test_esq_trustee_role_still_read(tmp_path):
    rec = _filing(tmp_path, ["Roe Family Trust", "Jane Roe, Esq."], "ROE FAMILY TRUST",
                  "Jane Roe, Esq., as trustee of the Roe Family Trust, has voting power over the"
                  " shares held by the Roe Family Trust.",
                  "ROE FAMILY TRUST\n\nBy: /s/ Jane Roe\nName: Jane Roe, Esq.\nTitle: Trustee\n\n"
                  "/s/ Jane Roe, Esq.\nJane Roe, Esq.\n")
    assert _persons(rec)["Jane Roe"][1] == ["reporting_person", "signer"]
    assert _claims(rec, "trustee_of") == {("Jane Roe", "Roe Family Trust")}


def test_professional_association_and_initials_kept(tmp_path):
    rec = _filing(tmp_path, ["M.D. Roe", "Roe CPA Group LLC"], "ROE M D",
                  "M.D. Roe is the managing member of Roe CPA Group LLC.",
                  "/s/ M.D. Roe\nM.D. Roe\n\nROE CPA GROUP LLC\n\nBy: /s/ M.D. Roe\n"
                  "Name: M.D. Roe\nTitle: Managing Member\n")
    assert "M.D. Roe" in _persons(rec)
    assert _claims(rec, "managing_member_of") == {("M.D. Roe", "Roe CPA Group LLC")}
    book = PartyBook()
    assert book.add("John Roe, M.D., P.A.").name == "John Roe, M.D., P.A."


# --- the filing says which names keep their degree (review s25-phd H2, M4, M5) -----------------

def _holdings(rec) -> dict[str, tuple]:
    """Each party's name -> (kind, its beneficial_owner_of shares)."""
    name = {p.id: p for p in rec.parties}
    return {name[c.source].name: (name[c.source].kind.value, c.shares)
            for c in rec.claims if c.relation.value == "beneficial_owner_of"}


_FIRM_SIGNATURE = ("JOHN ROE, M.D.\n\nBy: /s/ John Roe\nName: John Roe\nTitle: President\n\n"
                   "/s/ John Roe\nJohn Roe\n")


@pytest.mark.parametrize("firm_shares", ["1,000,000", "250,000"])
def test_organization_of_code_co_named_after_a_doctor(tmp_path, firm_shares):
    """b16/c04: "John Roe, M.D." filing as CO is a professional corporation, not John Roe."""
    pct = "10.0%" if firm_shares == "1,000,000" else "2.5%"
    rec = _filing(tmp_path, [("John Roe, M.D.", firm_shares, pct, "CO"), "John Roe"], "JOHN ROE",
                  "John Roe is the sole shareholder and President of John Roe, M.D., a"
                  " professional corporation.", _FIRM_SIGNATURE)
    assert _holdings(rec) == {"John Roe, M.D.": ("organization", int(firm_shares.replace(",", ""))),
                              "John Roe": ("person", 1000000)}
    assert ("John Roe", "John Roe, M.D.") in _claims(rec, "officer_of")
    assert not [w for w in rec.warnings if w.code in ("value-conflict", "ocr-repair")]


def test_header_company_of_the_degree_name_is_an_organization(tmp_path):
    """No type code read, but the header files "JOHN ROE MD" (a person's would be "ROE JOHN")."""
    rec = _filing(tmp_path, [("John Roe, M.D.", "250,000", "2.5%", ""), "John Roe"],
                  "JOHN ROE MD", "John Roe is the sole shareholder of John Roe, M.D.",
                  _FIRM_SIGNATURE)
    assert _holdings(rec) == {"John Roe, M.D.": ("organization", 250000),
                              "John Roe": ("person", 1000000)}


@pytest.mark.parametrize("header", ["ROE JOHN", "JOHN ROE MD"])
def test_degree_name_of_code_in_still_one_person(tmp_path, header):
    """Code IN says a person, whatever the header's order."""
    rec = _filing(tmp_path, [("John Roe, M.D.", "250,000", "2.5%", "IN")], header,
                  "John Roe, M.D. is a physician.", "/s/ John Roe\nJohn Roe\n")
    assert _holdings(rec) == {"John Roe": ("person", 250000)}


def test_two_covers_apart_by_a_degree_are_two_persons(tmp_path):
    """d06: mother "Jane Roe" and daughter "Jane Roe, M.D.", each with her own numbers."""
    rec = _filing(tmp_path, ["Jane Roe", ("Jane Roe, M.D.", "250,000", "2.5%", "IN")],
                  "ROE JANE", "Jane Roe is the mother of Jane Roe, M.D.",
                  "/s/ Jane Roe\nJane Roe\n\n/s/ Jane Roe, M.D.\nJane Roe, M.D.\n")
    assert _holdings(rec) == {"Jane Roe": ("person", 1000000),
                              "Jane Roe, M.D.": ("person", 250000)}
    assert not [w for w in rec.warnings if w.code in ("value-conflict", "ocr-repair")]


@pytest.mark.parametrize("firm, code", [("Roe Kaplan CPA", "PN"), ("Roe Wealth CPA", "IA"),
                                        ("Roe Family Office, CFA", "OO")])
def test_firm_keeps_its_last_word(tmp_path, firm, code):
    """b01/c05: "Roe Kaplan CPA" of code PN is no "Roe Kaplan"."""
    rec = _filing(tmp_path, [(firm, "1,000,000", "10.0%", code)], firm.upper(),
                  f"{firm} is a firm.", f"{firm.upper()}\n\nBy: /s/ Jane Roe\nName: Jane Roe\n"
                  "Title: Partner\n")
    assert firm in {p.name for p in rec.parties}


# --- signatures ---------------------------------------------------------------------------------

@pytest.mark.parametrize("block, expected", [
    ("/s/ Jane Q. Roe\nJane Q. Roe, Ph.D.\n", [("Jane Q. Roe", None)]),
    ("/s/ Jane Q. Roe, Ph.D.\n", [("Jane Q. Roe", None)]),
    ("/s/ Jane Q. Roe, M.D.\nJane Q. Roe, M.D.\n", [("Jane Q. Roe", None)]),
    ("By: /s/ Jane Roe, Esq. Attorney-in-Fact\n", [("Jane Roe", "Attorney-in-Fact")]),
    ("By: /s/ Jane Roe, Esq.\nAttorney-in-Fact\n", [("Jane Roe", "Attorney-in-Fact")]),
    ("/s/ Jane Roe\nJane Roe, Ph.D., President\n", [("Jane Roe", "President")]),
    ("/s/ Jane Roe\nJane Roe, M.D., Ph.D., President\n", [("Jane Roe", "President")]),
    ("/s/ John Roe, Jr.\nJohn Roe, Jr.\n", [("John Roe, Jr.", None)]),
    ("/s/ Jane Roe\nJane Roe, President\n", [("Jane Roe", "President")]),
    ("/s/ Jane Roe\nJane Roe, Esq., as trustee of the Roe Family Trust\n",
     [("Jane Roe", "trustee of the Roe Family Trust")]),
])
def test_degree_is_no_signer_title(block, expected):
    assert _signatures("Date: May 1, 2020\n\n" + block) == expected


def test_name_line_with_degree():
    sec = read_signatures(SourceText(path="x.txt", text=(
        "SIGNATURE\n\nACME HOLDINGS, INC.\n\nBy: /s/ Jane Roe\n    Name: Jane Roe, Ph.D.\n"
        "    Title: President\n")))
    assert [(f.relation.value, f.holder, f.held, f.title) for f in sec.findings] == [
        ("officer_of", "Jane Roe", "ACME HOLDINGS, INC.", "President")]


# --- "Drs." lists: read only as surnames, each different ("Drs. Roe and Doe") -----------------------

def test_split_names_plural_titles():
    assert split_names("Messrs. Roe and Doe") == ["Mr. Roe", "Mr. Doe"]


def test_wholly_owned_by_messrs(tmp_path):
    rec = _filing(tmp_path, ["Jane Q. Roe, Ph.D.", "John Doe"], "ROE JANE Q",
                  'Beta Holdings, Inc. ("Beta") is wholly owned by Messrs. Roe and Doe.',
                  "/s/ Jane Q. Roe\nJane Q. Roe\n\n/s/ John Doe\nJohn Doe\n")
    assert _claims(rec, "shareholder_of") == {("Jane Q. Roe", "Beta Holdings, Inc."),
                                              ("John Doe", "Beta Holdings, Inc.")}


@pytest.mark.parametrize("sentence", [
    "Beta Holdings, Inc. is wholly owned by Drs. John and Jane Roe, husband and wife.",
    "Beta Holdings, Inc. is wholly owned by Drs. Jane and John Roe.",
    "Beta Holdings, Inc. is wholly owned by Drs. Roe and Roe.",
])
def test_drs_list_gives_no_false_doctor(tmp_path, sentence):
    """Review s25-phd H3: "Drs. John and Jane Roe" gave a party "Dr. John" and no claim for
    the first spouse. "Drs." lists are not read at all (two persons who co-own a joint filer
    also made the controllers' total add their overlapping reports: H1)."""
    rec = _filing(tmp_path, ["John Roe", "Jane Roe"], "ROE JOHN", sentence,
                  "/s/ John Roe\nJohn Roe\n\n/s/ Jane Roe\nJane Roe\n")
    assert sorted(_persons(rec)) == ["Jane Roe", "John Roe"]
    assert _claims(rec, "shareholder_of") == set()


# --- review s25-phd-2: the XML Schedule 13D/G keeps the same names apart as the text -----------

_DEGREES = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "degrees"


def _holders(path: Path) -> set[tuple[str, str, int]]:
    rec = parse_path(path).records[0]
    by_id = {p.id: p for p in rec.parties}
    return {(by_id[c.source].name, by_id[c.source].kind.value, c.shares) for c in rec.claims
            if c.relation.value == "beneficial_owner_of" and c.percent is not None}


def test_xml_firm_of_code_co_named_after_a_doctor_is_not_the_doctor():
    assert _holders(_DEGREES / "x2_co_md_and_person_nocik.xml") == {
        ("John Q Roe, M.D.", "organization", 2100000), ("John Q Roe", "person", 2435000)}


def test_xml_two_reporting_persons_differing_by_a_degree_stay_two():
    assert _holders(_DEGREES / "x4_two_in_degree_nocik.xml") == {
        ("John Q Roe, M.D.", "person", 2100000), ("John Q Roe", "person", 2435000)}


@pytest.mark.parametrize("codes, whole", [
    (["CO"], True), (["PN"], True), (["HC"], False), (["IA"], False), (["OO"], False),
    (["IN"], False), (["CO", "IN"], False), ([], False)])
def test_only_an_entity_code_keeps_the_degree(codes, whole):
    from graphkit.parsers.partybook_degrees import keep_degrees
    book = PartyBook()
    keep_degrees(book, [("Jane Q. Roe, Ph.D.", codes)], set())
    assert book.keeps_degree("Jane Q. Roe, Ph.D.") is whole
    assert book.add("Jane Q. Roe, Ph.D.").name == ("Jane Q. Roe, Ph.D." if whole else "Jane Q. Roe")


def test_header_firm_decides_when_the_code_states_no_kind():
    from graphkit.parsers.partybook_degrees import keep_degrees
    for codes in ([], ["OO"], ["IA"], ["HC"]):  # review s25-phd-3: a firm "JOHN ROE MD"
        book = PartyBook()
        keep_degrees(book, [("John Roe, M.D.", codes)], {"johnroemd"})
        assert book.keeps_degree("John Roe, M.D."), codes
    book = PartyBook()
    keep_degrees(book, [("John Roe, M.D.", ["IN"])], {"johnroemd"})
    assert not book.keeps_degree("John Roe, M.D.")


def test_one_person_listed_with_two_degree_lists_is_one_person():
    from graphkit.parsers.partybook_degrees import keep_degrees
    book = PartyBook()
    keep_degrees(book, [("Jane Roe, Ph.D.", ["IN"]), ("Jane Roe, M.D., Ph.D.", ["IN"])], set())
    assert not book.keeps_degree("Jane Roe, Ph.D.")
    assert book.add("Jane Roe, Ph.D.") is book.add("Jane Roe, M.D., Ph.D.")


def test_wholly_owned_by_drs_surnames(tmp_path):
    # review s33 rvA M1: "ITG is wholly owned by Drs. Chang and Skeen" gave no edge
    rec = _filing(tmp_path, ["Jane Q. Roe, Ph.D.", "John Doe"], "ROE JANE Q",
                  'Beta Holdings, Inc. ("Beta") is wholly owned by Drs. Roe and Doe.',
                  "/s/ Jane Q. Roe\nJane Q. Roe\n\n/s/ John Doe\nJohn Doe\n")
    assert _claims(rec, "shareholder_of") == {("Jane Q. Roe", "Beta Holdings, Inc."),
                                              ("John Doe", "Beta Holdings, Inc.")}


def test_split_names_drs():
    assert split_names("Drs. Roe and Doe") == ["Dr. Roe", "Dr. Doe"]
    assert split_names("Drs. John and Jane Roe") == ["Drs. John and Jane Roe"]  # left whole
    assert split_names("Acme LLC and Drs. Roe and Doe") == ["Acme LLC", "Dr. Roe", "Dr. Doe"]
    # whole names beyond doubt (a middle initial before each surname but the last's): each
    # read without the title (review rv5 M2); given names before a shared surname stay whole
    assert split_names("Drs. Jane Q. Roe and John Doe") == ["Jane Q. Roe", "John Doe"]
    assert split_names("Drs. Jane Q. Roe, John R. Doe and Mary Major") == [
        "Jane Q. Roe", "John R. Doe", "Mary Major"]
    for whole in ("Drs. John A. and Jane B. Roe", "Drs. Mary Ann and John Roe",
                  "Drs. Robert J. and Mary K. Smith", "Drs. Jane Roe and John Doe"):
        assert split_names(whole) == [whole]


def test_wholly_owned_by_drs_whole_names(tmp_path):
    rec = _filing(tmp_path, ["Jane Q. Roe, Ph.D.", "John Doe"], "ROE JANE Q",
                  'Beta Holdings, Inc. ("Beta") is wholly owned by Drs. Jane Q. Roe and John Doe.',
                  "/s/ Jane Q. Roe\nJane Q. Roe\n\n/s/ John Doe\nJohn Doe\n")
    assert _claims(rec, "shareholder_of") == {("Jane Q. Roe", "Beta Holdings, Inc."),
                                              ("John Doe", "Beta Holdings, Inc.")}


def test_vitria_itg_wholly_owned_by_drs():
    # 2006 SC 13D, Item 2: "ITG is wholly owned by Drs. Chang and Skeen."
    rec = parse_path(Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv34"
                     / "chang_skeen_vitria_2006_sc13d_cut.txt").records[0]
    name = {p.id: p.name for p in rec.parties}
    assert {(name[c.source], name[c.target]) for c in rec.claims
            if c.relation.value == "shareholder_of"} == {
        ("JoMei Chang", "Innovation Technology Group, Inc."),
        ("M. Dale Skeen", "Innovation Technology Group, Inc.")}
