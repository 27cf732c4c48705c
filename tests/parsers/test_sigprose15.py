"""Signature blocks and relationship prose, review 15 (made-up inputs of reviews S14 D8 and P14
B/C, in the shapes of Schedule 13D/13G signature blocks and Item 2 text).

Signatures:

A1. A name printed surname first with a given name the table of given names does not know:
    "/s/ Roe, Kay, Trustee" is Kay Roe, Trustee (a title after a second comma says "Kay" is a
    given name); "/s/ Roe, Kay" is Kay Roe when the filing names her "Kay Roe".
A2. "By: Its General Partner" (the capacity alone, its entity not named under it) is no
    signer "Its General" with the title "Partner".
A3. A chain on one line ("By its investment advisor, Acme Advisors, Inc., by its general
    partner, Acme GP LLC") is read link by link, and two capacities before the entity ("By its
    general partner and investment manager, Acme Capital LLC") are both the entity's.
A4. "By its Trustee, /s/ John Smith" (the capacity, then the signature on the same line): the
    signer does not hold the capacity (he signs for the unnamed entity that holds it).
A5. "/s/ Jane Roe, by John Doe, as Attorney-in-Fact for Jane Roe pursuant to a power of
    attorney": John Doe signs, for Jane Roe (the authority after her name is no part of it).
A6. Already right on main: "Jane Roe and Richard Poe, as co-trustees of the Roe Family Trust"
    makes both trustees (test below).

Prose:

B1. A denied statement gives nothing: a subject listed after "Neither", "None of", "Neither of",
    "Not all of", "No", "It is not the case that" ("Neither Acme Inc. nor Beta LLC is wholly
    owned by Jane Roe"; "None of Acme Fund LP and Beta Fund LP is managed by ..."; "Neither A
    nor B is a subsidiary of C"; "None of the members of Acme GP LLC is Jane Roe"), and an
    owner's verb denied right before it ("a Delaware corporation not wholly owned by").
B2. The subject list of "X is/are the ROLE of Y" does not start with the object of the word
    before it: "The Shares are held by Acme Fund LP, which is managed by Acme Capital LLC, and
    Acme GP LLC is the general partner of Acme Fund LP" gives only Acme GP LLC as general
    partner (also "Acme Fund LP is owned by Jane Roe, and ...", "Jane Roe controls Acme
    Holdings LLC, and ...", "As described in Item 4, A, B, and C are ..."), nor with an opening
    phrase's name ("Under the Agreement, A and B are ...").
B3. "whose" after a description naming another party is about the name before it, as on main
    (review sigprose15 H2/M1 withdrew the rule that moved it to "the Issuer", "Common Stock",
    "the Group", or to the party of an appositive description).
B4. "Acme Fund LP was a Delaware limited partnership whose general partner was Acme GP LLC": a
    party described in the past tense states no current general partner (the model has no past
    relation), so nothing.
B5. "Acme GP LLC is the general partner of Acme Fund LP, and Jane Roe, as trustee of the Trusts,
    may ...": Jane Roe opens the next clause, she is no fund held (no GP Acme GP LLC -> Jane Roe).
B6. Trust names (review P14 C): a dated trust after "and the" ("the Roe Family Trust and the Doe
    Family Trust dated June 1, 2001", "... UAD 1-1-2000 and the Mary Doe Trust UAD 2-2-2002"),
    "U/D/T dated", "dated as of", a trust named for a year ("the 2012 Roe Family Trust"), and
    "Jane Roe, trustee of the Doe Family Trust, may" (a trustee's title in lower case).
"""

from __future__ import annotations

import pytest

from graphkit.parsers.signature_surname_first import (
    GIVEN_SHAPE, NATURAL_ORDER, first_name_first)
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.numbered_names import YEAR_TRUST_LEAD
from graphkit.parsers.prose_aside_patterns import TRUST_DATE
from graphkit.parsers.prose_clause_patterns import HOLDER_TITLE_OF
from graphkit.parsers.prose_lists import split_listed
from graphkit.parsers.prose_capacity import (
    ASIDE_AFTER_LIST, LAST_AND, held_before_next_subject)
from graphkit.parsers.prose_held_first import PAST_DESCRIPTION
from graphkit.parsers.prose_openings import (
    LEGAL_STOP_BEFORE_NAME, OBJECT_BEFORE, clause_subjects)
from graphkit.parsers.prose_guards import (
    CLAUSE_VERB, DENIED_LIST_END, DENIED_OPENING, PREDICATE_NEGATION, subject_denied, verb_denied)
from graphkit.parsers.signature_capacity import (
    PRINCIPAL_AGAIN, SIGNED_FOR_AUTHORITY, SignedName, read_signed_name)
from graphkit.parsers.signature_role_first import ROLE_FIRST, role_first_line
from graphkit.parsers.signatures import BY_CHAIN_LINK, _split_lines, read_signatures
from graphkit.source import SourceText
from tests.holdout import relation_pairs
from tests.parsers.test_review11_prose import _with_item2
from tests.parsers.test_review14_sigs import _filing, _parties


def _read(text: str):
    sec = read_signatures(SourceText(path="x.txt", text="SIGNATURE\n\n" + text))
    return ([(f.relation.value, f.holder, f.held, f.title) for f in sec.findings],
            [(s.signer, s.title, s.on_behalf_of) for s in sec.signatures])


# --- A1: surname first, a given name the table does not know -----------------------------------

@pytest.mark.parametrize("line, signer, title", [
    ("/s/ Roe, Jane, Trustee", "Jane Roe", "Trustee"),  # already right on main
    ("/s/ Roe, Jane Q., Trustee", "Jane Q. Roe", "Trustee"),  # already right on main
    ("/s/ Roe, Kay, Trustee", "Kay Roe", "Trustee"),
    ("/s/ ROE, KAY, TRUSTEE", "KAY ROE", "TRUSTEE"),
    ("/s/ Roe, Kay, Managing Member", "Kay Roe", "Managing Member"),
    ("/s/ Roe, Priya Q.", "Priya Q. Roe", None),  # a middle initial, as before
    # not a given name: as before
    ("/s/ Roe, VP, Trustee", "Roe", "VP, Trustee"),
    ("/s/ Roe, Founder", "Roe", "Founder"),
    ("/s/ Roe, Personally", "Roe", "Personally"),
    ("/s/ Roe, Kay", "Roe", "Kay"),  # nothing says "Kay" is a given name
    ("/s/ Roe, Kay\nKay Roe", "Kay Roe", None),  # the printed name says so
])
def test_surname_first_unknown_given_name(line, signer, title):
    _, sigs = _read(line + "\n")
    assert sigs == [(signer, title, [])]


@pytest.mark.parametrize("name, text, natural", [
    ("Roe, Kay, Trustee", "", "Kay Roe, Trustee"),
    ("Roe, Kay, Co-Trustee", "", "Kay Roe, Co-Trustee"),
    ("Roe, Kay", "", "Roe, Kay"),
    ("Roe, Kay", "1. Names of Reporting Persons.  Kay Roe\n", "Kay Roe"),
    ("Roe, Kay", "KAY Q. ROE", "Kay Roe"),
    ("Roe, Kay", "Kay Roebuck", "Roe, Kay"),
    ("Goldman, Sachs", "Goldman Sachs Group", "Goldman, Sachs"),
    ("Roe, VP", "VP Roe", "Roe, VP"),
    ("Roe, CPA, Trustee", "", "Roe, CPA, Trustee"),
    ("Roe, Founder, Trustee", "", "Roe, Founder, Trustee"),
    ("Roe, Ph.D., Trustee", "", "Roe, Ph.D., Trustee"),
    ("Roe, Jr., Trustee", "", "Roe, Jr., Trustee"),
    ("ROE, VP", "VP ROE", "ROE, VP"),  # an abbreviation in capitals: no given name
    ("Acme, Inc.", "Inc. Acme", "Acme, Inc."),
])
def test_first_name_first_unknown_given_name(name, text, natural):
    assert first_name_first(name, text) == natural


@pytest.mark.parametrize("word, ok", [("Kay", True), ("Anne-Marie", True), ("D'Arcy", True),
                                      ("KAY", True), ("Ph.D.", False), ("K", False),
                                      ("kay", False), ("D'ARCY", True), ("Roe.", False)])
def test_given_shape(word, ok):
    assert bool(GIVEN_SHAPE.match(word)) is ok


def test_natural_order_template():
    import re
    pat = NATURAL_ORDER.format(given="Kay", last="Roe")
    assert re.search(pat, "Kay Roe", re.I) and re.search(pat, "KAY Q. ROE", re.I)
    assert not re.search(pat, "Kay Roebuck", re.I) and not re.search(pat, "McKay Roe", re.I)


def test_surname_first_unknown_given_name_whole_filing(tmp_path):
    rec = _filing(tmp_path, [("Kay Roe", "IN")], "/s/ Roe, Kay\n")
    assert [(s.signer, s.title) for s in rec.signatures] == [("Kay Roe", None)]
    assert _parties(rec) == {"Acme, Inc.": "organization", "Kay Roe": "person"}
    rec = _filing(tmp_path, [("Kay Roe", "IN")], "/s/ Roe, Kay, Trustee\n")
    assert [(s.signer, s.title) for s in rec.signatures] == [("Kay Roe", "Trustee")]


# --- A2: the capacity alone on a "By" line, no entity under it -------------------------------

@pytest.mark.parametrize("under, title", [
    ("John Doe, Managing Member\n/s/ John Doe\n", None),  # the title above "/s/": not read
    ("------------------------\nBy: /s/ John Doe\nName: John Doe\nTitle: Managing Member\n",
     "Managing Member"),
    ("John Doe\nBy: /s/ John Doe\nName: John Doe\nTitle: Managing Member\n", "Managing Member"),
    ("/s/ John Doe\nJohn Doe, Managing Member\n", "Managing Member"),
    ("\nBy: /s/ John Doe\nName: John Doe\nTitle: Managing Member\n", "Managing Member"),
])
def test_capacity_alone_is_no_signer(under, title):
    found, sigs = _read("ACME FUND, L.P.\nBy: Its General Partner\n" + under)
    assert found == []
    assert sigs == [("John Doe", title, ["ACME FUND, L.P."])]


def test_capacity_alone_entity_under_it_as_before():
    found, sigs = _read("ACME FUND, L.P.\n\nBy: Its General Partner,\n    ACME GP, LLC\n\n"
                        "    By: /s/ John Doe\n        Name: John Doe\n"
                        "        Title: Managing Member\n")
    assert found == [("general_partner_of", "ACME GP, LLC", "ACME FUND, L.P.", None),
                     ("managing_member_of", "John Doe", "ACME GP, LLC", None)]
    assert sigs == [("John Doe", "Managing Member", ["ACME FUND, L.P."])]


@pytest.mark.parametrize("line, signer, title", [
    ("By: Jane Roe, Vice President", "Jane Roe", "Vice President"),  # a typed signer, as before
    ("By: John Doe", "John Doe", None),
])
def test_typed_by_signer_as_before(line, signer, title):
    _, sigs = _read("ACME FUND, L.P.\n" + line + "\n")
    assert sigs == [(signer, title, ["ACME FUND, L.P."])]


def test_capacity_alone_whole_filing(tmp_path):
    rec = _filing(tmp_path, [("Acme Fund, L.P.", "PN")],
                  "ACME FUND, L.P.\nBy: Its General Partner\nJohn Doe, Managing Member\n"
                  "/s/ John Doe\n")
    assert "Its General" not in _parties(rec)
    assert [(s.signer, s.on_behalf_of) for s in rec.signatures] == [
        ("John Doe", ["ACME FUND, L.P."])]


# --- A3: a chain on one line; two capacities before the entity --------------------------------

SIGNER = "By: /s/ John Doe\nName: John Doe\nTitle: Managing Member\n"


def test_chain_on_one_line():
    found, sigs = _read("ACME FUND, LTD.\nBy its investment advisor, Acme Advisors, Inc., by its "
                        "general partner, Acme GP LLC\n" + SIGNER)
    assert found == [("investment_manager_of", "Acme Advisors, Inc.", "ACME FUND, LTD.", None),
                     ("general_partner_of", "Acme GP LLC", "Acme Advisors, Inc.", None),
                     ("managing_member_of", "John Doe", "Acme GP LLC", None)]
    assert sigs == [("John Doe", "Managing Member", ["ACME FUND, LTD."])]


@pytest.mark.parametrize("line", [
    "By their general partner, Acme GP, L.P., by its managing member, Acme Holdings LLC",
    "By: Acme GP, L.P., their general partner, by its managing member, Acme Holdings LLC",
])
def test_chain_on_one_line_two_funds(line):
    found, sigs = _read("ACME FUND I, L.P.\nACME FUND II, L.P.\n" + line + "\n" + SIGNER)
    assert found == [("general_partner_of", "Acme GP, L.P.", "ACME FUND I, L.P.", None),
                     ("general_partner_of", "Acme GP, L.P.", "ACME FUND II, L.P.", None),
                     ("managing_member_of", "Acme Holdings LLC", "Acme GP, L.P.", None),
                     ("managing_member_of", "John Doe", "Acme Holdings LLC", None)]
    assert sigs == [("John Doe", "Managing Member", ["ACME FUND I, L.P.", "ACME FUND II, L.P."])]


@pytest.mark.parametrize("line", [
    "By its general partner, Acme GP, L.P., by /s/ John Doe, Managing Member",
    "By: Acme GP, L.P., its general partner, by /s/ John Doe, Managing Member",
])
def test_chain_and_signature_on_one_line(line):
    found, sigs = _read("ACME FUND, L.P.\n" + line + "\n")
    assert found == [("general_partner_of", "Acme GP, L.P.", "ACME FUND, L.P.", None),
                     ("managing_member_of", "John Doe", "Acme GP, L.P.", None)]
    assert sigs == [("John Doe", "Managing Member", ["ACME FUND, L.P."])]


@pytest.mark.parametrize("lines", [
    "By its general partner and investment manager, Acme Capital LLC",
    "By its General Partner and Investment Manager, Acme Capital LLC",
    "By its general partner and investment manager\nAcme Capital LLC",
    "By: Acme Capital LLC, its general partner and investment manager",  # the usual order
])
def test_two_capacities_before_the_entity(lines):
    found, sigs = _read("ACME FUND, L.P.\n" + lines + "\n" + SIGNER)
    assert found == [("general_partner_of", "Acme Capital LLC", "ACME FUND, L.P.", None),
                     ("investment_manager_of", "Acme Capital LLC", "ACME FUND, L.P.", None),
                     ("managing_member_of", "John Doe", "Acme Capital LLC", None)]
    assert sigs == [("John Doe", "Managing Member", ["ACME FUND, L.P."])]


@pytest.mark.parametrize("line", [
    "By its general partner, managing member and investment manager",  # no entity named
    "By its General Partner and Managing Member",
    "By its general partner and John Doe, Acme GP LLC",
    "By signing below, I certify that, by its terms, the agreement binds the fund.",
])
def test_no_chain_link(line):
    found, _ = _read("ACME FUND, L.P.\n" + line + "\n" + SIGNER)
    assert found == []


@pytest.mark.parametrize("line, role, name", [
    ("By its general partner and investment manager, Acme Capital LLC",
     "general partner and investment manager", "Acme Capital LLC"),
    ("By its sole general partner and the investment adviser, Acme LLC",
     "sole general partner and the investment adviser", "Acme LLC"),
])
def test_role_first_two_roles(line, role, name):
    m = ROLE_FIRST.match(line)
    assert (m["role"], m["name"]) == (role, name)
    assert role_first_line(line) == (f"By: {name}, its {role}", False)


@pytest.mark.parametrize("line, parts", [
    ("By its adviser, Acme LLC, by its manager, Acme GP LLC",
     ["By its adviser, Acme LLC", "by its manager, Acme GP LLC"]),
    ("By their GP, Acme GP, L.P., By: their manager, Beta LLC",
     ["By their GP, Acme GP, L.P.", "By: their manager, Beta LLC"]),
    ("By its general partner, Acme GP, L.P., by /s/ John Doe",
     ["By its general partner, Acme GP, L.P.", "by /s/ John Doe"]),
    ("By: Acme GP, L.P., by Jane Roe", ["By: Acme GP, L.P., by Jane Roe"]),  # no capacity: whole
    ("ACME FUND, L.P., by its general partner", ["ACME FUND, L.P., by its general partner"]),
])
def test_split_chain_links(line, parts):
    assert [t for _, _, t in _split_lines(line)] == parts


def test_chain_link_pattern():
    text = "By its adviser, Acme LLC, by its manager, Acme GP LLC"
    assert [m.group() for m in BY_CHAIN_LINK.finditer(text)] == [", "]
    assert BY_CHAIN_LINK.search("Acme LLC, by its terms") is not None  # only on "By" lines
    assert BY_CHAIN_LINK.search("Acme LLC, by Jane Roe") is None


# --- A4: the capacity, then the signature on the same line: no capacity of the signer's -----------
# (review sigprose15 H1: the rule that made the signer the holder was withdrawn; the usual reading
# is that he signs for the unnamed entity that holds the capacity)

@pytest.mark.parametrize("block, sig", [
    ("ACME FUND, L.P.\nBy its general partner, /s/ John Doe\n\nName: John Doe\n"
     "Title: Managing Member\n", ("John Doe", "Managing Member", ["ACME FUND, L.P."])),
    ("ACME FUND, L.P.\nBy its general partner, /s/ John Doe\nJohn Doe, President of Acme GP, Inc.\n",
     None),
    ("ACME FUND, L.P.\nBy its general partner, /s/ John Doe\nJohn Doe\n"
     "Managing Member of the General Partner\n", None),
    ("ACME FUND LLC\nBy its Manager, /s/ John Doe\n"
     "John Doe, Chief Executive Officer of Acme Management LLC\n", None),
    ("ROE FAMILY TRUST\nBy its Trustee, /s/ Jane Roe\nJane Roe, Vice President, Acme Trust Company\n",
     None),
    ("ROE FAMILY TRUST\nBy its Trustee, /s/ Jane Roe\nJane Roe\n"
     "Vice President, Acme Trust Company, N.A.\n", None),
    ("ACME FUND, L.P.\n| By its general partner, | /s/ John Doe |\n"
     "| | John Doe, Managing Member of Acme GP LLC |\n", None),
    ("JOHN SMITH REVOCABLE TRUST\nBy its Trustee, /s/ John Smith\n", None),
    ("ACME FUND, LLC\nBy: its Manager, /s/ John Doe\n", None),
])
def test_signer_on_the_capacity_line_holds_no_capacity(block, sig):
    found, sigs = _read(block)
    # the signer is no general partner, trustee or manager of the entity he signs for
    assert [f for f in found if f[1] in ("John Doe", "Jane Roe", "John Smith")
            and f[0] in ("general_partner_of", "trustee_of", "managing_member_of")] == []
    if sig:
        assert sigs == [sig]


def test_signer_on_the_capacity_line_whole_filing(tmp_path):
    rec = _filing(tmp_path, [("Acme Fund, L.P.", "PN"), ("John Doe", "IN")],
                  "ACME FUND, L.P.\nBy its general partner, /s/ John Doe\n\nName: John Doe\n"
                  "Title: Managing Member\n\n/s/ John Doe\n")
    assert relation_pairs(rec, "general_partner_of") == set()


# --- A5: the authority after the principal named again ----------------------------------------

@pytest.mark.parametrize("tail", [
    "as Attorney-in-Fact for Jane Roe pursuant to a power of attorney",
    "as Attorney-in-Fact for Jane Roe",  # already right on main
    "attorney-in-fact for Jane Roe (pursuant to a power of attorney)",
    "attorney-in-fact for Jane Roe; see Exhibit 24",
    "attorney-in-fact for Jane Roe, under a power of attorney dated May 1, 2019",
    "attorney-in-fact for Roe, Jane pursuant to a power of attorney",
])
def test_attorney_signs_for_principal_named_again(tail):
    found, sigs = _read("ACME HOLDINGS, INC.\n\nBy: /s/ Jane Roe, by John Doe, " + tail +
                        "\nTitle: Vice President\n")
    assert sigs == [("John Doe", "Vice President", ["Jane Roe", "ACME HOLDINGS, INC."])]
    assert found == [("officer_of", "Jane Roe", "ACME HOLDINGS, INC.", "Vice President")]


@pytest.mark.parametrize("text, signed", [
    ("John Doe, as attorney-in-fact for Jane Roe pursuant to a power of attorney",
     SignedName("John Doe", "Attorney-in-Fact", ["Jane Roe"])),
    ("John Doe, as attorney-in-fact for Acme Fund (QP), L.P.",  # a bracket of the name kept
     SignedName("John Doe", "Attorney-in-Fact", ["Acme Fund (QP), L.P."])),
])
def test_signed_for_without_authority(text, signed):
    assert read_signed_name(text) == signed


def test_another_principal_named_again_is_no_agency():
    text = "Jane Roe, by John Doe, attorney-in-fact for Richard Poe pursuant to a power"
    assert read_signed_name(text).principals == []  # whose signature? as before


@pytest.mark.parametrize("text, again, authority", [
    (", by John Doe, attorney-in-fact for Jane Roe pursuant to a power of attorney", "Jane Roe",
     " pursuant to a power of attorney"),
    (", by John Doe, attorney-in-fact for Roe, Jane", "Roe, Jane", None),
    (", by John Doe, attorney-in-fact for Jane Roe (pursuant to a power)", "Jane Roe",
     " (pursuant to a power)"),
])
def test_principal_again_authority(text, again, authority):
    m = PRINCIPAL_AGAIN.search(text)
    assert (m["again"], m["authority"]) == (again, authority)


@pytest.mark.parametrize("name, cut", [("Jane Roe pursuant to a power", "Jane Roe"),
                                       ("Jane Roe (pursuant to a power)", "Jane Roe"),
                                       ("Jane Roe; see Exhibit 24", "Jane Roe"),
                                       ("Acme Fund (QP), L.P.", "Acme Fund (QP), L.P."),
                                       ("Understone Capital LLC", "Understone Capital LLC")])
def test_signed_for_authority(name, cut):
    assert SIGNED_FOR_AUTHORITY.sub("", name) == cut


# --- A5b: "under"/"dated" inside a principal's name is no authority (review sigprose15 M3) -------

@pytest.mark.parametrize("line, principal", [
    ("/s/ John Doe, as attorney-in-fact for Trust Under Will of Richard Roe",
     "Trust Under Will of Richard Roe"),
    ("/s/ John Doe, as attorney-in-fact for the Jane Roe Trust under the Will of Richard Roe",
     "the Jane Roe Trust under the Will of Richard Roe"),
    ("/s/ John Doe, as attorney-in-fact for Acme Funds Under Management Trust",
     "Acme Funds Under Management Trust"),
    ("/s/ John Doe, as attorney-in-fact for Jane Roe, under a power of attorney dated May 1, 2019",
     "Jane Roe"),
])
def test_under_inside_a_principals_name(line, principal):
    assert _read(line + "\n")[1] == [("John Doe", "Attorney-in-Fact", [principal])]


# --- A6: co-trustees (already right on main) ----------------------------------------------------

def test_co_trustees_both_trustees_whole_filing(tmp_path):
    rec = _filing(tmp_path, [("Jane Roe", "IN"), ("Richard Poe", "IN")],
                  "/s/ Jane Roe\nJane Roe, Co-Trustee\n\n/s/ Richard Poe\n"
                  "Richard Poe, Co-Trustee\n",
                  'Jane Roe and Richard Poe, as co-trustees of the Roe Family Trust (the "Trust").',
                  "(a) The Trust owns 700,000 shares. Jane Roe, Co-Trustee, and Richard Poe, "
                  "Co-Trustee, share\nvoting and dispositive power over such shares.")
    assert relation_pairs(rec, "trustee_of") == {("Jane Roe", "Roe Family Trust"),
                                                 ("Richard Poe", "Roe Family Trust")}


# === Prose ======================================================================================

def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


# --- B1: a denied statement gives nothing -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Neither Acme Inc. nor Beta LLC is wholly owned by Jane Roe.",
    "Neither Acme Inc. nor Beta LLC are wholly owned by Jane Roe.",
    "Neither Acme Inc., nor Beta LLC, is wholly owned by Jane Roe.",
    "Neither Acme Inc. nor Beta LLC nor Gamma LLC is wholly owned by Jane Roe.",
    "Neither of Acme Inc. and Beta LLC is wholly owned by Jane Roe.",
    "None of Acme Inc. and Beta LLC is wholly owned by Jane Roe.",
    "None of the Reporting Persons is wholly owned by Jane Roe.",
    "Not all of Acme Inc. and Beta LLC are wholly owned by Jane Roe.",
    "It is not the case that Acme Inc. is wholly owned by Jane Roe.",
    "NEITHER ACME INC. NOR BETA LLC IS WHOLLY OWNED BY JANE ROE.",
    "Acme Inc., a Delaware corporation not wholly owned by Jane Roe, holds Shares.",
    "Acme Inc., a Delaware corporation no longer wholly owned by Jane Roe, holds Shares.",
    "None of Acme Fund LP and Beta Fund LP is managed by Acme Capital LLC.",
    "None of Acme Fund LP, Beta Fund LP, and Gamma Fund LP is advised by Acme Capital LLC.",
    "NONE OF ACME FUND LP AND BETA FUND LP IS MANAGED BY ACME CAPITAL LLC.",
    "Neither Acme Sub LLC nor Beta Sub LLC is a subsidiary of Acme Corp.",
    "None of Acme Sub LLC and Beta Sub LLC is a subsidiary of Acme Corp.",
    "None of the members of Acme GP LLC is Jane Roe.",
    # already nothing on main
    "Neither Acme Fund LP nor Beta Fund LP is managed by Acme Capital LLC.",
    "Neither Acme GP LLC nor Beta GP LLC is the general partner of Acme Fund LP.",
    "Acme GP LLC is not the general partner of Acme Fund LP.",
    "Acme GP LLC is no longer the general partner of Acme Fund LP.",
    "Acme Fund LP is no longer managed by Acme Capital LLC.",
    "Jane Roe is not a managing member of Acme GP LLC.",
    "None of the Reporting Persons is the general partner of Acme Fund LP.",
    "Acme Inc. is not wholly owned by Jane Roe.",
    "Acme Sub LLC is no longer a wholly owned subsidiary of Acme Corp.",
    "Jane Roe does not own 60% of the outstanding stock of Acme Corp.",
    "Neither Acme Fund LP nor Beta Fund LP is the record holder of 32,770 shares of Common Stock.",
    "The general partner of Acme Fund LP is not Acme GP LLC.",
    "Acme Fund LP, of which Acme GP LLC is no longer the general partner, owns Shares.",
    "Acme GP LLC is the general partner of neither Acme Fund LP nor Beta Fund LP.",
])
def test_denied_statement_gives_nothing(text):
    assert _found(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Acme Inc. and Beta LLC are wholly owned by Jane Roe.",
     {("shareholder_of", "Jane Roe", "Acme Inc."), ("shareholder_of", "Jane Roe", "Beta LLC")}),
    ("Each of Acme Inc. and Beta LLC is wholly owned by Jane Roe.",
     {("shareholder_of", "Jane Roe", "Acme Inc."), ("shareholder_of", "Jane Roe", "Beta LLC")}),
    ("No later than May 1, 2020, Acme Inc. was wholly owned by Jane Roe.",
     {("shareholder_of", "Jane Roe", "Acme Inc.")}),
    ("Acme Inc. is wholly owned by Jane Roe, and neither Beta LLC nor Gamma LLC is wholly owned "
     "by John Doe.", {("shareholder_of", "Jane Roe", "Acme Inc.")}),
    ("Neither Jane Roe nor John Doe owns Shares; Acme Inc. is wholly owned by Mary Major.",
     {("shareholder_of", "Mary Major", "Acme Inc.")}),
    ("Acme Inc., which is not wholly owned by Jane Roe, is the general partner of Acme Fund LP.",
     {("general_partner_of", "Acme Inc.", "Acme Fund LP")}),
    ("Acme Fund LP, a fund not registered under the Act, is managed by Acme Capital LLC.",
     {("investment_manager_of", "Acme Capital LLC", "Acme Fund LP")}),
    ("None of the Shares are held by Acme GP LLC, which is the general partner of Acme Fund LP.",
     {("general_partner_of", "Acme GP LLC", "Acme Fund LP")}),
    ("Acme GP LLC is the general partner of Acme Fund LP, but not the general partner of Beta "
     "Fund LP.", {("general_partner_of", "Acme GP LLC", "Acme Fund LP")}),
    ("Acme Sub LLC is a subsidiary of Acme Corp.", {("parent_of", "Acme Corp.", "Acme Sub LLC")}),
])
def test_asserted_statement_still_read(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, denied", [
    ("Neither ", True), ("None of the ", True), ("Neither of ", True), ("Not all of ", True),
    ("No ", True), ("nor ", True), ("It is not the case that ", True), ("NONE OF ", True),
    ("No later than ", False), ("Not only ", False), ("Notwithstanding ", False),
    ("Norwest ", False), ("No. ", False),
])
def test_denied_opening(text, denied):
    assert (DENIED_OPENING.match(text) is not None) is denied


def test_clause_verb_and_predicate_negation():
    assert CLAUSE_VERB.search("Neither Jane Roe nor John Doe owns") is not None
    assert CLAUSE_VERB.search("Neither Acme Holdings Inc. nor Beta Is Co. ") is None
    assert PREDICATE_NEGATION.search("a corporation not ") is not None
    assert PREDICATE_NEGATION.search("a corporation no longer directly ") is not None
    assert PREDICATE_NEGATION.search("a notable corporation ") is None


def test_subject_denied_and_verb_denied():
    flat = "Jane Roe controls Acme GP LLC, and Acme Fund LP is managed by Beta LLC"
    assert not subject_denied(flat, flat.index("Acme Fund"))
    flat = "Jane Roe controls Acme GP LLC; none of Acme Fund LP and Beta Fund LP is managed by X"
    assert subject_denied(flat, flat.index("Beta"))
    flat = "Acme Inc., never wholly owned by Jane Roe"
    assert verb_denied(flat, flat.index("wholly"))


@pytest.mark.parametrize("body, relation, pairs", [
    ("Neither Acme Inc. nor Beta LLC is wholly owned by Jane Roe.", "shareholder_of", set()),
    ("None of Acme Fund LP and Beta Fund LP is managed by Acme Capital LLC.",
     "investment_manager_of", set()),
    ("Acme Inc. and Beta LLC are wholly owned by Jane Roe.", "shareholder_of",
     {("Jane Roe", "Acme Inc."), ("Jane Roe", "Beta LLC")}),
])
def test_denied_statement_whole_filing(body, relation, pairs):
    rec = _with_item2(body)
    assert {p for p in relation_pairs(rec, relation) if "FMR" not in p[0] + p[1]} == pairs


# --- B1b: a relation in an aside of a denied sentence, or of a name excepted, is read ------------
# (review sigprose15 M2)

@pytest.mark.parametrize("text, expected", [
    ("None of the Shares held by Acme Fund LP, a fund managed by Acme Capital LLC, are subject to "
     "any lien.", {("investment_manager_of", "Acme Capital LLC", "Acme Fund LP")}),
    ("None of the Reporting Persons other than Acme Fund LP, which is wholly owned by Acme "
     "Holdings LLC, holds Shares.", {("shareholder_of", "Acme Holdings LLC", "Acme Fund LP")}),
    ("No Reporting Person, other than Acme Sub LLC, a wholly owned subsidiary of Acme Holdings "
     "Inc., holds Shares.", {("parent_of", "Acme Holdings Inc.", "Acme Sub LLC")}),
    # still denied: an aside closed before the denied name
    ("Neither Acme Inc., a Delaware corporation, nor Beta LLC is wholly owned by Jane Roe.", set()),
])
def test_relation_in_a_denied_sentences_aside(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, found", [
    (", which is wholly owned by", ", which "), (", a fund managed by", ", a "),
    ("Reporting Persons other than Acme", "other than"), ("the Shares held by Acme", "held by"),
    ("Acme Inc. nor Beta LLC", None), ("Acme Inc., Beta LLC", None),
])
def test_denied_list_end(text, found):
    m = DENIED_LIST_END.search(text)
    assert (m.group() if m else None) == found


# --- B2: a subject list does not start with the object before it --------------------------------

def _gp(holder: str, *held: str) -> set[tuple[str, str, str]]:
    return {("general_partner_of", holder, h) for h in held}


@pytest.mark.parametrize("text, expected", [
    # (session 41: ", which is managed by" reads the manager of the name before it too)
    ("The Shares are held by Acme Fund LP, which is managed by Acme Capital LLC, and Acme GP LLC "
     "is the general partner of Acme Fund LP.", _gp("Acme GP LLC", "Acme Fund LP")
     | {("investment_manager_of", "Acme Capital LLC", "Acme Fund LP")}),
    ("The Shares are held by Acme Fund LP, which is managed by Acme Capital LLC, and Acme GP LLC "
     "and Beta GP LLC are the general partners of Acme Fund LP.",
     _gp("Acme GP LLC", "Acme Fund LP") | _gp("Beta GP LLC", "Acme Fund LP")
     | {("investment_manager_of", "Acme Capital LLC", "Acme Fund LP")}),
    ("Acme Fund LP is managed by Acme Capital LLC, and Acme GP LLC is the general partner of "
     "Acme Fund LP.", _gp("Acme GP LLC", "Acme Fund LP")
     | {("investment_manager_of", "Acme Capital LLC", "Acme Fund LP")}),
    # (session 23: "is owned by" reads the owner too, and the list ends before the next clause)
    ("Acme Fund LP is owned by Jane Roe, and Acme GP LLC is the general partner of Acme Fund LP.",
     _gp("Acme GP LLC", "Acme Fund LP") | {("shareholder_of", "Jane Roe", "Acme Fund LP")}),
    ("Jane Roe controls Acme Holdings LLC, and Acme GP LLC is the general partner of Acme Fund LP.",
     _gp("Acme GP LLC", "Acme Fund LP")  # control read since session 27
     | {("control_person_of", "Jane Roe", "Acme Holdings LLC")}),
    ("As described in Item 4, Jane Roe, John Doe, and Mary Major are the members of Acme GP LLC.",
     {("member_of", h, "Acme GP LLC") for h in ("Jane Roe", "John Doe", "Mary Major")}),
    ("Under the Agreement, Jane Roe, John Doe, and Mary Major are the members of Acme GP LLC.",
     {("member_of", h, "Acme GP LLC") for h in ("Jane Roe", "John Doe", "Mary Major")}),
    ("By virtue of the Agreement, Jane Roe and John Doe are the managing members of Acme GP LLC.",
     {("managing_member_of", h, "Acme GP LLC") for h in ("Jane Roe", "John Doe")}),
    ("This statement is filed by Acme GP, LLC and Acme Fund, L.P. Acme GP, LLC is the general "
     "partner of Acme Fund, L.P.", _gp("Acme GP, LLC", "Acme Fund, L.P.")),
    # as before
    ("Jane Roe, John Doe, and Mary Major are the members of Acme GP LLC.",
     {("member_of", h, "Acme GP LLC") for h in ("Jane Roe", "John Doe", "Mary Major")}),
    ("In his capacity as trustee, Jane Roe, John Doe, and Mary Major are the members of Acme GP "
     "LLC.", {("member_of", h, "Acme GP LLC") for h in ("Jane Roe", "John Doe", "Mary Major")}),
    ("The Shares are held by Acme Fund LP and Acme GP LLC is the general partner of Acme Fund LP.",
     _gp("Acme GP LLC", "Acme Fund LP")),
    ("Acme Holdings LLC is the sole member of Acme GP LLC, and Acme GP LLC is the general partner "
     "of Acme Fund LP.", _gp("Acme GP LLC", "Acme Fund LP")
     | {("member_of", "Acme Holdings LLC", "Acme GP LLC")}),
])
def test_subject_list_not_the_object_before(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("before, found", [("held by ", True), ("managed by the ", True),
                                           ("Jane Roe controls ", True), ("described in ", True),
                                           ("is ", True), ("Finally, ", False), ("and ", False),
                                           ("that ", False), ("", False)])
def test_object_before(before, found):
    assert (OBJECT_BEFORE.search(before) is not None) is found


@pytest.mark.parametrize("text, found", [("Acme Fund, L.P. Acme GP", True),
                                         ("ACME FUND, L.P. ACME GP", True),
                                         ("Acme Inc. and Beta", False), ("Acme Co.", False),
                                         ("Goldman Sachs & Co. LLC", False),
                                         ("Jane Q. Roe", False)])
def test_legal_stop_before_name(text, found):
    assert (LEGAL_STOP_BEFORE_NAME.search(text) is not None) is found


def test_clause_subjects_object_list():
    flat = "Jane Roe controls A Corp. and B Corp, and Acme GP LLC is the general partner"
    assert clause_subjects(flat, flat.index("A Corp"), flat.index(" is the")) == ["Acme GP LLC"]


def test_subject_list_not_the_object_before_whole_filing():
    rec = _with_item2("The Shares are held by Acme Fund LP, which is managed by Acme Capital LLC, "
                      "and Acme GP LLC is the general partner of Acme Fund LP.")
    assert relation_pairs(rec, "general_partner_of") == {("Acme GP LLC", "Acme Fund LP")}


# --- B3: "whose" after a description naming another party: about the name, as on main ----------

@pytest.mark.parametrize("text, expected", [
    ("Acme Fund LP is an investor in the Issuer, whose general partner is Acme GP LLC.",
     {("Acme GP LLC", "Acme Fund LP")}),
    ("Acme Fund LP is a holder of Common Stock, whose general partner is Acme GP LLC.",
     {("Acme GP LLC", "Acme Fund LP")}),
    ("Acme Fund LP, a member of the Group, whose general partner is Acme GP LLC, holds 100 Shares.",
     {("Acme GP LLC", "Acme Fund LP")}),
    ("Acme Fund LP, an affiliate of Acme Capital LLC, whose general partner is Acme GP LLC, holds "
     "100 Shares.", {("Acme GP LLC", "Acme Fund LP")}),
    ("Acme Fund LP, a limited partner of Beta Partners LP, whose general partner is Acme GP LLC, "
     "holds 100 Shares.", {("Acme GP LLC", "Acme Fund LP")}),
    ("Acme Fund LP is a Delaware limited partnership whose general partner is Acme GP LLC.",
     {("Acme GP LLC", "Acme Fund LP")}),
])
def test_whose_after_a_described_party(text, expected):
    assert {(f[1], f[2]) for f in _found(text) if f[0] == "general_partner_of"} == expected


def test_whose_after_a_described_party_whole_filing():
    rec = _with_item2("Acme Fund LP is an investor in the Issuer, whose general partner is "
                      "Acme GP LLC.")
    assert relation_pairs(rec, "general_partner_of") == {("Acme GP LLC", "Acme Fund LP")}


# --- B4: a party described in the past tense --------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Acme Fund LP was a Delaware limited partnership whose general partner was Acme GP LLC.",
     set()),
    ("Acme Fund LP and Beta Fund LP were Delaware limited partnerships whose general partner was "
     "Acme GP LLC.", set()),
    ("Each of Acme Fund LP and Beta Fund LP was a Delaware limited partnership whose general "
     "partner was Acme GP LLC.", set()),
    ("Acme Fund LP was a Delaware limited partnership whose general partner is Acme GP LLC.",
     set()),
    # as before
    ("Acme Fund LP is a Delaware limited partnership whose general partner is Acme GP LLC.",
     _gp("Acme GP LLC", "Acme Fund LP")),
    ("Acme Fund LP and Beta Fund LP are Delaware limited partnerships whose general partner is "
     "Acme GP LLC.", _gp("Acme GP LLC", "Acme Fund LP", "Beta Fund LP")),
    ("Acme Fund LP, whose general partner was Acme GP LLC, sold its Shares on May 1, 2020.",
     _gp("Acme GP LLC", "Acme Fund LP")),  # a plain past tense of the role, as the guards read it
    ("Acme Fund LP was formerly a Delaware limited partnership whose general partner was Acme GP "
     "LLC.", set()),
])
def test_past_description_before_whose(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, past", [(" was a", True), (", was a", True), (" were ", True),
                                        (" is a", False), (", whose", False), (" wasabi", False)])
def test_past_description(text, past):
    assert (PAST_DESCRIPTION.match(text) is not None) is past


def test_past_description_whole_filing():
    rec = _with_item2("Acme Fund LP was a Delaware limited partnership whose general partner was "
                      "Acme GP LLC.")
    assert relation_pairs(rec, "general_partner_of") == set()


# --- B5: a person after ", and" with her own capacity phrase is no name held -------------------

_MAY = ", may be deemed to beneficially own the Shares."


@pytest.mark.parametrize("text, expected", [
    ("Acme GP LLC is the general partner of Acme Fund LP, and Jane Roe, as trustee of the Trusts"
     + _MAY, _gp("Acme GP LLC", "Acme Fund LP") | {("trustee_of", "Jane Roe", "Trusts")}),
    ("Acme GP LLC is the general partner of Acme Fund LP and Beta Fund LP, and Jane Roe, in her "
     "capacity as trustee of the Trusts" + _MAY,
     _gp("Acme GP LLC", "Acme Fund LP", "Beta Fund LP") | {("trustee_of", "Jane Roe", "Trusts")}),
    ("Acme Capital LLC is the investment manager of Acme Fund LP, and John Doe, as managing member "
     "of the Managers" + _MAY, {("investment_manager_of", "Acme Capital LLC", "Acme Fund LP"),
                                ("managing_member_of", "John Doe", "Managers")}),
    # as before: the last name of the list is one of the funds
    ("Acme GP LLC is the general partner of Acme Fund LP, Beta Fund LP, and Gamma Fund LP, as "
     "general partner of the Funds" + _MAY, _gp("Acme GP LLC", "Acme Fund LP", "Beta Fund LP",
                                                "Gamma Fund LP")),
    ("Acme Advisors LLC is the investment adviser to Acme Fund LP, Beta Fund LP, and Acme Offshore "
     "Fund, Ltd., as investment adviser to which it has voting power.",
     {("investment_manager_of", "Acme Advisors LLC", f)
      for f in ("Acme Fund LP", "Beta Fund LP", "Acme Offshore Fund, Ltd.")}),
])
def test_next_subject_is_no_name_held(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("held, after, out", [
    ("Acme Fund LP, and Jane Roe", ", as trustee", "Acme Fund LP"),
    ("Acme Fund LP, and Jane Roe", " may", "Acme Fund LP, and Jane Roe"),  # no aside of hers
    ("Acme Fund LP, and Beta LLC", ", as manager", "Acme Fund LP, and Beta LLC"),
    ("John Doe, and Jane Roe", ", as trustee", "John Doe, and Jane Roe"),  # persons held: as is
    ("Acme Fund LP and Jane Roe", ", as trustee of the Trusts, may", "Acme Fund LP"),  # no comma
    ("Acme Fund LP and Jane Roe", ", as custodian for her children.", "Acme Fund LP and Jane Roe"),
    ("Acme Fund LP and Beta LLC", ", as manager", "Acme Fund LP and Beta LLC"),  # an entity: held
    ("Acme Fund LP, and Jane Roe", " and John Doe are its members", "Acme Fund LP"),  # a plural
    ("Acme Fund LP, and Beta Fund LP", " are Cayman companies", "Acme Fund LP"),  # verb's subject
    ("Acme Fund LP and Beta Fund LP", " are Cayman companies", "Acme Fund LP and Beta Fund LP"),
])
def test_held_before_next_subject(held, after, out):
    flat = held + after
    assert held_before_next_subject(flat, 0, len(held)) == out


def test_aside_after_list_and_last_and():
    assert ASIDE_AFTER_LIST.match(", in her capacity as trustee") is not None
    assert ASIDE_AFTER_LIST.match(", each of which") is None
    assert LAST_AND.search("A, and B, and C").start() == 8  # the last one


def test_next_subject_is_no_name_held_whole_filing():
    rec = _with_item2('The Roe 2001 Trust and the Roe 2005 Trust (together, the "Trusts") hold '
                      "Shares directly. Acme GP LLC is the general partner of Acme Fund LP, and "
                      "Jane Roe, as trustee of the Trusts, may be deemed to beneficially own the "
                      "Shares.")
    assert relation_pairs(rec, "general_partner_of") == {("Acme GP LLC", "Acme Fund LP")}


# --- B6: trust names --------------------------------------------------------------------------

def _trustee(holder: str, *trusts: str) -> set[tuple[str, str, str]]:
    return {("trustee_of", holder, t) for t in trusts}


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe is the trustee of the Roe Family Trust dated January 1, 2000 and the Doe Family "
     "Trust dated June 1, 2001.", _trustee("Jane Roe", "Roe Family Trust", "Doe Family Trust")),
    ("Jane Roe is the trustee of the Roe Family Trust and the Doe Family Trust dated June 1, 2001.",
     _trustee("Jane Roe", "Roe Family Trust", "Doe Family Trust")),
    ("Jane Roe is the trustee of the Roe Family Trust and the Doe Family Trust u/a/d 6/1/2001.",
     _trustee("Jane Roe", "Roe Family Trust", "Doe Family Trust")),
    ("Jane Roe is the trustee of the John Doe Trust UAD 1-1-2000 and the Mary Doe Trust UAD "
     "2-2-2002.", _trustee("Jane Roe", "John Doe Trust", "Mary Doe Trust")),
    ("JANE ROE IS THE TRUSTEE OF THE ROE FAMILY TRUST DATED JANUARY 1, 2000 AND THE DOE FAMILY "
     "TRUST DATED JUNE 1, 2001.", _trustee("JANE ROE", "ROE FAMILY TRUST", "DOE FAMILY TRUST")),
    ("Jane Roe is the trustee of the Roe Trust U/D/T dated 5/5/2005.",
     _trustee("Jane Roe", "Roe Trust")),
    ("Jane Roe is the trustee of the Roe Trust dated as of January 1, 2000.",
     _trustee("Jane Roe", "Roe Trust")),
    ("Jane Roe is the trustee of the 2012 Roe Family Trust.",
     _trustee("Jane Roe", "2012 Roe Family Trust")),
    ("Jane Roe is the trustee of the 2012 Roe Family Trust dated December 31, 2012.",
     _trustee("Jane Roe", "2012 Roe Family Trust")),
    ("Jane Roe and John Doe are the co-trustees of the 2012 Roe Family Trust and the 2015 Doe "
     "Trust.", _trustee("Jane Roe", "2012 Roe Family Trust", "2015 Doe Trust")
     | _trustee("John Doe", "2012 Roe Family Trust", "2015 Doe Trust")),
    ("Jane Roe, trustee of the Doe Family Trust, may be deemed to beneficially own the Shares.",
     _trustee("Jane Roe", "Doe Family Trust")),
    ("Jane Roe, trustee of the Doe Family Trust u/a/d 6/1/2005, may be deemed to beneficially own "
     "the Shares.", _trustee("Jane Roe", "Doe Family Trust")),
    ("Jane Roe, co-trustee of the Doe Family Trust, may be deemed to own the Shares.",
     _trustee("Jane Roe", "Doe Family Trust")),
    # as before
    ("Jane Roe is the trustee of the John Doe Trust u/a/d 1/1/2000, which owns 100 shares.",
     _trustee("Jane Roe", "John Doe Trust")),
    ("Jane Roe is the trustee of the Roe Family Trust and the Doe Family Trust.",
     _trustee("Jane Roe", "Roe Family Trust", "Doe Family Trust")),
    ("In 2012 Acme Trust Company became the trustee of the Roe Trust.", set()),
    ("In 1999 Acme Corp. became the general partner of Acme Fund LP.", set()),
    # a corporate trustee, set off after its name (session 37: an entity's role)
    ("Acme Bank, trustee of the Doe Family Trust, may be deemed to own the Shares.",
     _trustee("Acme Bank", "Doe Family Trust")),
])
def test_trust_names(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, date", [
    (" U/D/T dated 5/5/2005", True), (" dated as of January 1, 2000", True),
    (" u/a/d 1/1/2000", True), (", dated January 1, 2000", True), (" UAD 1-1-2000", True),
    (" dated 2000", False), (" as of January 1, 2000", False),
])
def test_trust_date(text, date):
    assert (TRUST_DATE.match(text) is not None) is date


def test_split_listed_takes_trust_dates_out():
    assert split_listed("Roe Trust dated as of January 1, 2000 and the 2015 Doe Trust "
                        "U/D/T dated 5/5/2015") == ["Roe Trust", "2015 Doe Trust"]


@pytest.mark.parametrize("text, named", [
    ("the 2012 Roe Family Trust", True), ("The 2012 ROE FAMILY TRUST", True),
    ("2012 Roe Family Trust", True),  # a name read from a list
    ("In 2012 Acme Trust", False), ("the 2012 annual report", False),
    ("the 2012 Roe Family Partners", False), ("bathe 2012 Roe Trust", False),
])
def test_year_trust_lead(text, named):
    import re
    assert (re.search(YEAR_TRUST_LEAD, text, re.VERBOSE) is not None) is named


def test_holder_title_of_trustee_in_lower_case():
    m = HOLDER_TITLE_OF.search("Jane Roe, trustee of the Doe Family Trust u/a/d 6/1/2005, may")
    assert (m["holder"], m["role"], m["held"]) == ("Jane Roe", "trustee", "Doe Family Trust")
    assert HOLDER_TITLE_OF.search("Jane Roe, director of Acme Corp., may") is None


def test_trust_names_whole_filing():
    rec = _with_item2("Jane Roe is the trustee of the Roe Family Trust dated January 1, 2000 and "
                      "the Doe Family Trust dated June 1, 2001. Jane Roe, trustee of the 2012 Roe "
                      "Family Trust, may be deemed to beneficially own the Shares.")
    assert relation_pairs(rec, "trustee_of") == {
        ("Jane Roe", "Roe Family Trust"), ("Jane Roe", "Doe Family Trust"),
        ("Jane Roe", "2012 Roe Family Trust")}
