"""Signatures, review 13 (review B of the signature readers): a "By:" line always starts a new
name of the chain, so two "By:" lines in a row are two entities (D6); an organization is never
officer_of, even when an attorney-in-fact's principal is a firm printed without a legal form
(D3); the principal printed first ("Jane Roe, by John Doe, as attorney-in-fact") or in brackets
holds the title (D4); the attorney's name is cut at the agency phrase, and keeps the spelling of
its "/s/" line (D7); a courtesy title before the principal (D9); the agency of the "/s/" line
itself (D10). Review S of those changes: the principal keeps the title when words follow her
name ("... for Jane Roe pursuant to a Power of Attorney", S1); two principals parted by a
comma make no party (S2); the "/s/" line's agency yields to the person a "Name:" line prints
(S3); a name wrapped before a line opening with the word "By" is still joined (S4).
"""

from __future__ import annotations

import pytest

from graphkit.models import Evidence, PartyKind
from graphkit.parse import parse_path
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose import ProseFinding
from graphkit.parsers.schedule13_claims import officer_by_organization
from graphkit.parsers.signature_capacity import (NAME_SUFFIX_PART, PRINCIPAL_AUTHORITY,
                                                 SURNAME_FIRST, one_principal,
                                                 read_agency_name)
from graphkit.parsers.signature_roles import (AGENT_FOR, NAME_CAPACITY_NEXT, Agency,
                                              principal_person)
from graphkit.parsers.signatures import read_signatures
from graphkit.relations import Relation
from graphkit.source import SourceText
from tests.conftest import corpus_file
from tests.holdout import relation_pairs


def _read(text: str):
    sec = read_signatures(SourceText(path="x.txt", text="SIGNATURE\n\n" + text))
    return ([(f.relation.value, f.holder, f.held, f.title) for f in sec.findings],
            [(s.signer, s.title) for s in sec.signatures])


def _block(name: str, title: str = "Vice President", party: str = "ACME HOLDINGS, INC.",
           by: str = "By: /s/ John Doe") -> str:
    return f"{party}\n\n{by}\n    Name: {name}\n    Title: {title}\n"


# --- D6: two "By:" lines in a row are two entities -------------------------------------------

def test_real_two_by_rows_each_an_entity():
    # 13g/harraden_jvspac_2024_sc13ga.txt (table rows "By: | HARRADEN CIRCLE INVESTORS GP, LP,
    # its general partner" / "By: | HARRADEN CIRCLE INVESTORS GP, LLC, its general partner" /
    # "By: | /s/ Frederick V. Fortmiller, Jr." / "Title: | Managing Member")
    rec = parse_path(corpus_file("13g/harraden_jvspac_2024_sc13ga.txt")).records[0]
    gp = relation_pairs(rec, "general_partner_of")
    assert ("Harraden Circle Investors GP, LP", "Harraden Circle Investors, LP") in gp
    assert ("Harraden Circle Investors GP, LLC", "Harraden Circle Investors GP, LP") in gp
    assert ("Frederick V. Fortmiller, Jr.", "Harraden Circle Investors GP, LLC") in \
        relation_pairs(rec, "managing_member_of")


def test_real_by_entity_then_by_signer():
    # 13g/amhequity_cvd_2020_sc13ga.txt: "Leviticus Partners, L.P." / "By: AMH Equity, LLC, its
    # general partner" / "By: /s/ Adam Hutt" / "Name: Adam Hutt" / "Title: Managing Member"
    rec = parse_path(corpus_file("13g/amhequity_cvd_2020_sc13ga.txt")).records[0]
    assert ("AMH Equity, LLC", "Leviticus Partners, L.P.") in relation_pairs(rec, "general_partner_of")
    assert ("Adam Hutt", "AMH Equity, LLC") in relation_pairs(rec, "managing_member_of")


SIGNER = "By: /s/ John Doe\nName: John Doe\nTitle: Managing Member\n"


@pytest.mark.parametrize("lines", [
    "By: Acme GP, L.P., its general partner\nBy: Acme GP Holdings LLC, its general partner\n",
    "By: Acme GP, L.P., as general partner\nBy: Acme GP Holdings LLC, as general partner\n",
    "By Acme GP, L.P., its general partner\nBy Acme GP Holdings LLC, its general partner\n",
    "By: Acme GP, L.P.\n    General Partner\nBy: Acme GP Holdings LLC\n    General Partner\n",
    "By: Acme GP, L.P.,\n    its general partner\nBy: Acme GP Holdings LLC,\n"
    "    its general partner\n",
    "By: Acme GP, L.P., its\n    general partner\nBy: Acme GP Holdings LLC, its\n"
    "    general partner\n",
])
def test_two_by_lines_two_entities(lines):
    found, _ = _read("ACME FUND, L.P.\n\n" + lines + SIGNER)
    assert found == [
        ("general_partner_of", "Acme GP, L.P.", "ACME FUND, L.P.", None),
        ("general_partner_of", "Acme GP Holdings LLC", "Acme GP, L.P.", None),
        ("managing_member_of", "John Doe", "Acme GP Holdings LLC", None)]


def test_three_and_four_levels():
    found, _ = _read("ACME FUND, L.P.\n\nBy: Acme GP, L.P., its general partner\n"
                     "By: Acme GP Holdings, L.P., its general partner\n"
                     "By: Acme Ultimate GP LLC, its general partner\n"
                     "By: /s/ John Doe\nName: John Doe\nTitle: Vice President\n")
    assert found[1:] == [
        ("general_partner_of", "Acme GP Holdings, L.P.", "Acme GP, L.P.", None),
        ("general_partner_of", "Acme Ultimate GP LLC", "Acme GP Holdings, L.P.", None),
        ("officer_of", "John Doe", "Acme Ultimate GP LLC", "Vice President")]
    found, _ = _read("ACME FUND, L.P.\n\nBy: Acme GP, L.P., its general partner\n"
                     "By: Acme GP Holdings, L.P., its general partner\n"
                     "By: Acme Ultimate GP, L.P., its general partner\n"
                     "By: Acme Top LLC, its managing member\n" + SIGNER)
    assert found[2:] == [
        ("general_partner_of", "Acme Ultimate GP, L.P.", "Acme GP Holdings, L.P.", None),
        ("managing_member_of", "Acme Top LLC", "Acme Ultimate GP, L.P.", None),
        ("managing_member_of", "John Doe", "Acme Top LLC", None)]


def test_officer_of_the_general_partner_is_the_last_by_entity():
    found, _ = _read("ACME FUND LP\n\nBy: Acme GP LP, its general partner\n"
                     "By: Acme GP Holdings LLC, its general partner\n\nBy: /s/ John Doe\n"
                     "    Name: John Doe\n    Title: Vice President of the General Partner\n")
    assert found[-1] == ("officer_of", "John Doe", "Acme GP Holdings LLC", "Vice President")


def test_name_wrapped_after_comma_still_joined():
    found, _ = _read("ACME FUND, L.P.\n\nBy: Acme GP, L.P., its general partner\n"
                     "By: Byron Capital Management,\n    LLC, its General Partner\n" + SIGNER)
    assert found[1] == ("general_partner_of", "Byron Capital Management, LLC", "Acme GP, L.P.",
                        None)


@pytest.mark.parametrize("line", ["     LLC, its General Partner", "L.P., as general partner",
                                  "Byron Holdings LLC, its manager",
                                  # review S, S4: the line above decides for the word "By"
                                  # (test_wrapped_name_second_line_by_word)
                                  "By Capital LLC, its general partner",
                                  "By Acme GP Holdings LLC, its managing member",
                                  "By-Pass Holdings, its general partner"])
def test_name_capacity_next_positive(line):
    assert NAME_CAPACITY_NEXT.match(line)


@pytest.mark.parametrize("line", ["By: Acme GP Holdings LLC, its general partner",
                                  "BY : Acme GP LLC, its general partner",
                                  "By | Acme GP LLC, its general partner",
                                  "  by: Acme Management Inc., its manager",
                                  "By: /s/ Jane Roe, its President"])
def test_name_capacity_next_negative(line):
    assert NAME_CAPACITY_NEXT.match(line) is None


# --- D3: an organization is never officer_of -------------------------------------------------

def _officer(holder: str) -> ProseFinding:
    return ProseFinding(relation=Relation.OFFICER_OF, holder=holder, held="Acme Sachs Group, Inc.",
                        evidence=Evidence(source="x"), title="Managing Director",
                        pattern="signature_officer")


@pytest.mark.parametrize("holder, dropped", [
    ("Acme Sachs", True), ("Acme Sachs & Co. LLC", True), ("Jane Roe", False),
    ("Richard Poe", False)])
def test_officer_by_organization(holder, dropped):
    book = PartyBook()
    book.add("Acme Sachs & Co. LLC", kind=PartyKind.ORGANIZATION)
    book.add("Acme Sachs Group, Inc.", kind=PartyKind.ORGANIZATION)
    book.add("Jane Roe", kind=PartyKind.PERSON)
    assert officer_by_organization(_officer(holder), book) is dropped
    other = _officer(holder).model_copy(update={"relation": Relation.GENERAL_PARTNER_OF})
    assert officer_by_organization(other, book) is False  # a firm may be a general partner


def test_firm_principal_without_legal_form_is_read_as_named():
    # the name alone cannot tell "Acme Sachs" from a person: the filing's parties do
    found, _ = _read(_block("John Doe, as attorney-in-fact for Acme Sachs", "Managing Director",
                            "ACME SACHS GROUP, INC."))
    assert found == [("officer_of", "Acme Sachs", "ACME SACHS GROUP, INC.", "Managing Director")]
    found, _ = _read(_block("John Doe, as attorney-in-fact for Acme Capital LLC"))
    assert found == []  # a firm by its legal form: no one's title


# --- D4, D7, D9, D10: the principal of an attorney-in-fact -----------------------------------

@pytest.mark.parametrize("name, expected", [
    ("Jane Roe, by John Doe, as attorney-in-fact", ("John Doe", "Jane Roe")),
    ("Jane Roe, by John Doe, her Attorney-in-Fact", ("John Doe", "Jane Roe")),
    ("Jane Roe by John Doe, Attorney-in-Fact", ("John Doe", "Jane Roe")),
    ("John Doe (as attorney-in-fact for Jane Roe)", ("John Doe", "Jane Roe")),
    ("John Doe, as attorney-in-fact for Jane Roe", ("John Doe", "Jane Roe")),
    ("JOHN DOE, AS ATTORNEY-IN-FACT FOR JANE ROE", ("JOHN DOE", "JANE ROE")),
    ("Doe, John, as attorney-in-fact for Jane Roe", ("Doe, John", "Jane Roe")),
    ("John Doe, as attorney-in-fact for Dr. Jane Roe", ("John Doe", "Jane Roe")),
    ("John Doe, as Attorney-in-Fact", ("John Doe", None)),
    ("Acme Capital LLC, by John Doe, as attorney-in-fact", ("John Doe", None)),
    ("John Doe, as attorney-in-fact for Jane Roe and Richard Poe", ("John Doe", None)),
])
def test_read_agency_name(name, expected):
    signer, agency = read_agency_name(name)
    assert (signer, agency.principal) == expected


@pytest.mark.parametrize("name", ["John Doe", "Jane Roe, by John Doe", "John Doe, Jr.",
                                  "John Doe, Administrative Agent"])
def test_read_agency_name_negative(name):
    assert read_agency_name(name) is None


@pytest.mark.parametrize("name", [
    "Jane Roe, by John Doe, as attorney-in-fact",
    "John Doe (as attorney-in-fact for Jane Roe)",
    "John Doe, as attorney-in-fact for Mrs. Jane Roe",
    # review S, S1: words after the principal's name
    "John Doe, as attorney-in-fact for Jane Roe pursuant to a Power of Attorney",
    "John Doe, as attorney-in-fact for Jane Roe pursuant to a power of attorney dated May 1, 2019",
    "John Doe, as attorney-in-fact for Jane Roe under a power of attorney",
    "John Doe, as attorney-in-fact for Jane Roe, pursuant to a power of attorney",
    "John Doe, as attorney-in-fact for Jane Roe (pursuant to a power of attorney)",
    "John Doe, as attorney-in-fact for Jane Roe, individually",
    "John Doe, as attorney-in-fact for Jane Roe, Ph.D.",
    "John Doe, as attorney-in-fact for Jane Roe, a Reporting Person",
    "Jane Roe, individually, by John Doe, as attorney-in-fact",
])
def test_principal_holds_the_title(name):
    found, sigs = _read(_block(name))
    assert found == [("officer_of", "Jane Roe", "ACME HOLDINGS, INC.", "Vice President")]
    assert sigs == [("John Doe", "Vice President")]  # the attorney signs


def test_signed_line_names_the_principal():
    found, _ = _read("ACME HOLDINGS, INC.\n\nBy: /s/ John Doe, as attorney-in-fact for Jane Roe\n"
                     "    Title: Vice President\n")
    assert found == [("officer_of", "Jane Roe", "ACME HOLDINGS, INC.", "Vice President")]
    found, _ = _read("ACME HOLDINGS, INC.\n\nBy: /s/ John Doe, as attorney-in-fact for Acme "
                     "Capital LLC\n    Title: Vice President\n")
    assert found == [("officer_of", "John Doe", "ACME HOLDINGS, INC.", "Vice President")]


def test_capitals_printed_name_keeps_signed_spelling():
    _, sigs = _read(_block("JOHN DOE, AS ATTORNEY-IN-FACT FOR JANE ROE", "VICE PRESIDENT"))
    assert sigs == [("John Doe", "VICE PRESIDENT")]


@pytest.mark.parametrize("text, principal", [
    ("as attorney-in-fact for Jane Roe)", "Jane Roe"), ("Attorney-in-Fact for J. Roe, VP", "J. Roe"),
    ("as agent for Jane Q. Roe pursuant to a power", "Jane Q. Roe")])
def test_agent_for_principal(text, principal):
    assert AGENT_FOR.search(text)["principal"] == principal


@pytest.mark.parametrize("name, person", [
    ("Dr. Jane Roe", "Jane Roe"), ("Mr. Richard Poe", "Richard Poe"), ("Jane Roe)", "Jane Roe"),
    ("Acme Capital LLC", None), ("The Roe Trust", None), ("the Reporting Persons", None),
    ("Acme Associates", None)])
def test_principal_person(name, person):
    assert principal_person(name) == person


def test_agency_is_a_named_tuple():
    assert Agency("Jane Roe").principal == "Jane Roe"


# --- review S, S1: words after the principal's name ------------------------------------------

def _edited_corpus(tmp_path, rel: str, edits: list[tuple[int, str, str]]):
    """The record of corpus filing ``rel`` with each (line number, old, new) of ``edits``: the
    text ``old`` of that line (counted from 1) replaced by ``new``."""
    lines = corpus_file(rel).read_bytes().decode("utf-8", "replace").split("\n")
    for n, old, new in edits:
        assert old in lines[n - 1], (n, lines[n - 1])
        lines[n - 1] = lines[n - 1].replace(old, new)
    path = tmp_path / rel.split("/")[-1]
    path.write_bytes("\n".join(lines).encode("utf-8"))
    return parse_path(path).records[0]


@pytest.mark.parametrize("tail", ["", " pursuant to a Power of Attorney"])
def test_real_edited_attorney_name_line_gives_principal_the_office(tmp_path, tail):
    # 13d/centerbridge_civitas_2018_sc13d.txt, its Celtic Intermediate block edited to
    # "Name: Jeremy Gelber, as attorney-in-fact for Mark T. Gallogly pursuant to a Power of
    # Attorney" / "Title: Managing Director" (printed "Name: Jeremy Gelber" / "Title: Authorized
    # Signatory"; review S's real_ed/cb_aif_pursuant.txt and, without the tail, cb_aif_plain.txt)
    rec = _edited_corpus(tmp_path, "13d/centerbridge_civitas_2018_sc13d.txt", [
        (1459, "Name: Jeremy Gelber<", f"Name: Jeremy Gelber, as attorney-in-fact for Mark T. "
                                       f"Gallogly{tail}<"),
        (1463, "Title: Authorized Signatory", "Title: Managing Director")])
    assert ("Mark T. Gallogly", "Celtic Intermediate Corp.") in relation_pairs(rec, "officer_of")



def test_signed_line_principal_with_authority_holds_the_title():
    found, _ = _read("ACME HOLDINGS, INC.\n\nBy: /s/ John Doe, as attorney-in-fact for Jane Roe "
                     "pursuant to a power of attorney\n    Title: Vice President\n")
    assert found == [("officer_of", "Jane Roe", "ACME HOLDINGS, INC.", "Vice President")]


@pytest.mark.parametrize("text, principal", [
    ("Jane Roe pursuant to a Power of Attorney", "Jane Roe"),
    ("Jane Roe, under a power of attorney dated May 1, 2019", "Jane Roe"),
    ("Jane Roe (pursuant to a power of attorney)", "Jane Roe"),
    ("Jane Roe dated May 1, 2019", "Jane Roe"), ("Jane Roe; see Exhibit 24", "Jane Roe"),
    ("Jane Roe, individually", "Jane Roe"), ("Jane Roe, Ph.D.", "Jane Roe"),
    ("Jane Roe, a Reporting Person", "Jane Roe"), ("Jane Roe, Jr.", "Jane Roe, Jr."),
    # (review 14: a name printed surname first is put in natural order, one spelling of her)
    ("Jane Roe, Jr., individually", "Jane Roe, Jr."), ("Roe, Jane", "Jane Roe"),
    ("Roe, Jane Q.", "Jane Q. Roe"), ("Dr. Jane Roe, pursuant to a power", "Jane Roe"),
    # negative: two persons, a firm, no one
    ("Jane Roe, Richard Poe", None), ("Jane Roe, Richard Poe and Mary Major", None),
    ("Acme Sachs, Inc.", None), ("Acme Fund, L.P.", None), ("Acme Capital LLC pursuant to", None),
    ("the Reporting Persons, pursuant to a power", None), ("", None),
])
def test_one_principal(text, principal):
    assert one_principal(text) == principal


@pytest.mark.parametrize("text, cut", [
    ("Jane Roe pursuant to a Power", "Jane Roe"), ("Jane Roe, under a power", "Jane Roe"),
    ("Jane Roe (pursuant to a power)", "Jane Roe"), ("Jane Roe dated May 1", "Jane Roe"),
    ("Jane Roe; see Exhibit 24", "Jane Roe"),
    # negative: nothing cut
    ("Jane Roe", "Jane Roe"), ("Jane Underwood", "Jane Underwood"),
    ("Jane Roe, Jr.", "Jane Roe, Jr."), ("Dated Roe", "Dated Roe"),
])
def test_principal_authority(text, cut):
    assert PRINCIPAL_AUTHORITY.sub("", text) == cut


@pytest.mark.parametrize("part, suffix", [
    (" Jr.", True), (" Sr", True), (" III", True), (" 3d", True),
    (" Ph.D.", False), (" individually", False), (" Richard Poe", False), (" Inc.", False)])
def test_name_suffix_part(part, suffix):
    assert bool(NAME_SUFFIX_PART.match(part)) is suffix


@pytest.mark.parametrize("name, surname_first", [
    ("Roe, Jane", True), ("ROE, JANE Q.", True), ("O'Roe, Jane", True), ("Roe, J.", True),
    ("Jane Roe, Richard Poe", False), ("Roe, Jane, Richard Poe", False),
    ("Jane Roe, individually", False), ("Acme Fund, L.P.", False)])
def test_surname_first(name, surname_first):
    assert bool(SURNAME_FIRST.match(name)) is surname_first


# --- review S, S2: two principals parted by a comma -------------------------------------------

@pytest.mark.parametrize("name", [
    "John Doe, as attorney-in-fact for Jane Roe, Richard Poe",
    "John Doe, as attorney-in-fact for Jane Roe, Richard Poe and Mary Major",
    "John Doe, as attorney-in-fact for Jane Roe and Richard Poe",
])
def test_two_principals_no_relation_no_party(name):
    found, sigs = _read(_block(name))
    assert found == []  # whose title? not a person "Jane Roe, Richard Poe"
    assert sigs == [("John Doe", "Vice President")]


@pytest.mark.parametrize("name, principal", [
    ("John Doe, as attorney-in-fact for Roe, Jane", "Jane Roe"),  # review 14: natural order
    ("John Doe, as attorney-in-fact for Jane Roe, Jr.", "Jane Roe, Jr."),
])
def test_one_principal_with_comma_holds_the_title(name, principal):
    found, _ = _read(_block(name))
    assert found == [("officer_of", principal, "ACME HOLDINGS, INC.", "Vice President")]


# --- review S, S3: the "Name:" line under an agency "/s/" line --------------------------------

@pytest.mark.parametrize("name, holder", [
    ("John Doe", "John Doe"),  # the attorney's own office
    ("Richard Poe", "Richard Poe"),
    ("Jane Roe", "Jane Roe"),  # the Name line prints the principal
    (None, "Jane Roe"),  # no Name line: the principal's
])
def test_name_line_under_signed_agency(name, holder):
    printed = f"    Name: {name}\n" if name else ""
    found, _ = _read("ACME HOLDINGS, INC.\n\nBy: /s/ John Doe, as attorney-in-fact for Jane Roe\n"
                     f"{printed}    Title: General Counsel\n")
    assert found == [("officer_of", holder, "ACME HOLDINGS, INC.", "General Counsel")]


# --- review S, S4: a wrapped name whose second line opens with the word "By" ------------------

@pytest.mark.parametrize("lines, gp", [
    ("By: Stand\n    By Capital LLC, its general partner\n", "Stand By Capital LLC"),
    ("By: Acme GP,\n    By-Pass Holdings, its general partner\n", "Acme GP, By-Pass Holdings"),
    ("By: Acme Capital Management,\n    LLC, its general partner\n",
     "Acme Capital Management, LLC"),
])
def test_wrapped_name_second_line_by_word(lines, gp):
    found, _ = _read("ACME FUND, L.P.\n\n" + lines + SIGNER)
    assert found == [("general_partner_of", gp, "ACME FUND, L.P.", None),
                     ("managing_member_of", "John Doe", gp, None)]


def test_by_line_after_complete_by_line_is_next_entity():
    # negative of the above: "By" (no colon) after a line naming its capacity starts a new name
    found, _ = _read("ACME FUND, L.P.\n\nBy: Acme GP, L.P., its general partner\n"
                     "By Acme GP Holdings LLC, its general partner\n" + SIGNER)
    assert ("general_partner_of", "Acme GP Holdings LLC", "Acme GP, L.P.", None) in found

