"""Relationship sentences a review of unseen real filings found unread (review rv41).

* HIGH-1: "X is the managing member of Y and the general partner of each of A and B" read only
  the first role: a second role with "the" took one held name, never "each of"/"both" and a
  list. Real wording: the beneficial-ownership footnote (4) of a 20-F of 2026 (Paysafe; index
  file 61190038268): "Blackstone Management Associates (Cayman) VII L.P. is the managing member
  of BCP VII Holdings Manager (Cayman) L.L.C. and the general partner of each of Blackstone Pi
  Co-Invest (Cayman) L.P. and BCP VII Co-Invest-Star (Cayman) L.P."
* HIGH-2: "A, B and C are all shareholders, officers and directors of W" gave nothing ("are
  both"/"are each" were read, "are all" was not). Real filing: the Snyder Associated Companies
  13D of 2005 (``fixtures/filings/2005_SC_13D_1333324.txt``), cover footnote (1).
* MEDIUM-4: "the sole Class A shareholder of X" (a share class before the role word) was no
  role. Real wording, the same 20-F footnote: "Blackstone Holdings III L.P. is the sole member
  of BCP VII GP L.L.C. and the sole Class A shareholder of Blackstone LR Associates
  (Cayman)VII Ltd." (its held name, with no space after "(Cayman)", is still not read whole).
* MEDIUM-3: ", or ABBR" defined no term: "...discretionary clients of Artisan Partners Limited
  Partnership, or APLP. Artisan Partners Holdings LP is the sole limited partner of APLP ...;
  Artisan Investments GP LLC is the general partner of APLP" (a proxy statement's footnote
  quoting a 13G of 2026; index file 60928191784): the relations to "APLP" were lost. The
  capitals are a term only when they are the name's initials and end the clause.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose import find_defined_terms, find_relationships
from graphkit.parsers.prose_patterns import HOLDER_IS_ROLE_OF, HOLDER_IS_ROLE_OF_CUE, ROLE
from graphkit.parsers.prose_term_patterns import OR_SHORT_FORM_CUE, OR_SHORT_FORM_NAME
from graphkit.source import SourceText
from tests.short_13d import claims, parties, short_13d

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


# --- HIGH-1: a second role "and the ROLE of each of A and B" ----------------------------------

BLACKSTONE_FOOTNOTE = (
    "Blackstone Management Associates (Cayman) VII L.P. is the managing member of BCP VII "
    "Holdings Manager (Cayman) L.L.C. and the general partner of each of Blackstone Pi Co-Invest "
    "(Cayman) L.P. and BCP VII Co-Invest-Star (Cayman) L.P.")


@pytest.mark.parametrize("text, held3", [
    ("Acme Capital LLC is the managing member of Acme GP LLC and the general partner of each of "
     "Roe Fund LP and Roe Fund II LP.", "each of Roe Fund LP and Roe Fund II LP."),
    ("Acme Capital LLC is the managing member of Acme GP LLC and the general partner of both "
     "Roe Fund LP and Roe Fund II LP.", "both Roe Fund LP and Roe Fund II LP."),
    ("Acme Capital LLC is the managing member of Acme GP LLC and the president of Acme, Inc.",
     "Acme, Inc."),  # one name, as before
])
def test_pattern_second_role_of_a_list(text, held3):  # (a stop after a legal form is the name's)
    assert HOLDER_IS_ROLE_OF_CUE.search(text) is not None
    assert HOLDER_IS_ROLE_OF.search(text)["held3"] == held3


def test_real_footnote_reads_both_roles():
    # the holder's "(Cayman) VII L.P.": a fund's number between the place and the form (it was
    # read as a party "VII L.P."; see tests/parsers/test_prose_places16.py)
    holder = "Blackstone Management Associates (Cayman) VII L.P."
    assert _found(BLACKSTONE_FOOTNOTE) == {
        ("managing_member_of", holder, "BCP VII Holdings Manager (Cayman) L.L.C."),
        ("general_partner_of", holder, "Blackstone Pi Co-Invest (Cayman) L.P."),
        ("general_partner_of", holder, "BCP VII Co-Invest-Star (Cayman) L.P.")}


def _acme(*edges: tuple[str, str]) -> set[tuple[str, str, str]]:
    return {(rel, "Acme Capital LLC", held) for rel, held in edges}


@pytest.mark.parametrize("text, expected", [
    ("Acme Capital LLC is the managing member of Acme GP LLC and the general partner of each of "
     "Roe Fund LP and Roe Fund II LP.",
     _acme(("managing_member_of", "Acme GP LLC"), ("general_partner_of", "Roe Fund LP"),
           ("general_partner_of", "Roe Fund II LP"))),
    ("Acme Capital LLC is the managing member of Acme GP LLC and the investment manager of each "
     "of Roe Fund LP, Roe Fund II LP and Doe Fund LP.",
     _acme(("managing_member_of", "Acme GP LLC"), ("investment_manager_of", "Roe Fund LP"),
           ("investment_manager_of", "Roe Fund II LP"), ("investment_manager_of", "Doe Fund LP"))),
    ("Acme Capital LLC is the managing member of Acme GP LLC and the general partner of both Roe "
     "Fund LP and Roe Fund II LP.",
     _acme(("managing_member_of", "Acme GP LLC"), ("general_partner_of", "Roe Fund LP"),
           ("general_partner_of", "Roe Fund II LP"))),
    # near miss: the list is the subject of a clause of its own, not held by Acme Capital LLC
    ("Acme Capital LLC is the managing member of Acme GP LLC and the general partner of each of "
     "Roe Fund LP and Roe Fund II LP is Jane Roe.",
     _acme(("managing_member_of", "Acme GP LLC"))),
])
def test_second_role_of_each_of_a_list(text, expected):
    assert _found(text) == expected


# --- HIGH-2: "are all ROLES of" -----------------------------------------------------------------

def _claims(name: str) -> set[tuple[str, str, str]]:
    rec = parse_path(FILINGS / name).records[0]
    names = {p.id: p.name for p in rec.parties}
    return {(c.relation.value, names[c.source], names[c.target]) for c in rec.claims}


SNYDERS = ("C.H. Snyder, Jr.", "Dennis C. Snyder", "Richard G. Snyder", "Mark A. Snyder",
           "David E. Snyder", "Thomas C. Snyder")


def test_snyder_footnote_six_shareholders_officers_directors():
    """Footnote (1): "Mr. C.H. Snyder, Jr., Mr. Dennis C. Snyder, Mr. Richard G. Snyder, Mr.
    Mark A. Snyder, Mr. David E. Snyder and Mr. Thomas C. Snyder are all shareholders, officers
    and directors of Snyder Associated Companies, Inc." Before, only David E. and Mark A. Snyder
    were shareholders (from Item 3), and "Mr. C.H. Snyder, Jr." was not the table's "C. H.
    Snyder Jr."."""
    got = _claims("2005_SC_13D_1333324.txt")
    for person in SNYDERS:
        for rel in ("shareholder_of", "officer_of", "director_of"):
            assert (rel, person, "Snyder Associated Companies, Inc.") in got
    rec = parse_path(FILINGS / "2005_SC_13D_1333324.txt").records[0]
    assert not [p.name for p in rec.parties if "C. H." in p.name or p.name.startswith("Mr.")]


def _each(rels: tuple[str, ...], held: str, *holders: str) -> set[tuple[str, str, str]]:
    return {(r, h, held) for r in rels for h in holders}


@pytest.mark.parametrize("word", ["all", "both", "each", ""])
def test_are_all_both_each_directors(word):
    text = f"Jane Roe and John Doe are {word} directors of Acme Holdings, Inc.".replace("  ", " ")
    assert _found(text) == _each(("director_of",), "Acme Holdings, Inc.", "Jane Roe", "John Doe")


@pytest.mark.parametrize("word", ["all", "both", "each", ""])
def test_are_all_managers_of_an_llc(word):  # "both managers" read as investment managers before
    text = f"Jane Roe and John Doe are {word} managers of Acme LLC.".replace("  ", " ")
    assert _found(text) == _each(("managing_member_of",), "Acme LLC", "Jane Roe", "John Doe")


def test_are_all_shareholders_officers_and_directors():
    text = ("Mr. John Roe, Jr., Mr. Richard Roe, Mr. Mark Doe and Mr. Thomas Doe are all "
            "shareholders, officers and directors of Acme Holdings, Inc. and may be deemed to have "
            "voting and dispositive power over the shares indirectly owned by Acme Holdings, Inc.")
    assert _found(text) == _each(("shareholder_of", "officer_of", "director_of"),
                                 "Acme Holdings, Inc.", "Mr. John Roe, Jr.", "Mr. Richard Roe",
                                 "Mr. Mark Doe", "Mr. Thomas Doe")


@pytest.mark.parametrize("text", [
    "Jane Roe and John Doe are all citizens of the United States.",   # no role
    "Jane Roe and John Doe are all of the age of majority.",
    "The shares are held by all directors of Acme Holdings, Inc. as a group.",  # no holder
])
def test_are_all_near_misses(text):
    assert _found(text) == set()


# --- MEDIUM-4: a share class before the role word --------------------------------------------

@pytest.mark.parametrize("role", ["the sole Class A shareholder", "a Series B shareholder",
                                  "the Class B member", "Class A stockholders",
                                  "a Class B-1 member"])
def test_role_with_a_share_class(role):
    assert re.fullmatch(ROLE, role, re.VERBOSE)


@pytest.mark.parametrize("role", ["a class of shareholders", "the Class of shareholder",
                                  "Class ABC shareholder"])
def test_role_with_no_share_class(role):
    assert not re.fullmatch(ROLE, role, re.VERBOSE)


def test_real_class_a_shareholder_role_is_read():
    text = ("Blackstone Holdings III L.P. is the sole member of BCP VII GP L.L.C. and the sole "
            "Class A shareholder of Blackstone LR Associates (Cayman)VII Ltd.")
    m = re.search(rf"\sand\s+(?P<role>the\s+{ROLE})\s+of\s", text, re.VERBOSE)
    assert m is not None and m["role"] == "the sole Class A shareholder"


@pytest.mark.parametrize("text, expected", [
    ("Roe Holdings LP is the sole member of Acme GP LLC and the sole Class A shareholder of Acme "
     "Associates Ltd.", {("member_of", "Roe Holdings LP", "Acme GP LLC"),
                         ("shareholder_of", "Roe Holdings LP", "Acme Associates Ltd.")}),
    ("Roe Holdings LP is the sole Class A shareholder of Acme Associates Ltd.",
     {("shareholder_of", "Roe Holdings LP", "Acme Associates Ltd.")}),
    ("Jane Roe is a Series B shareholder of Acme Corp.",
     {("shareholder_of", "Jane Roe", "Acme Corp.")}),
    ("Jane Roe is the Class B member of Acme LLC.", {("member_of", "Jane Roe", "Acme LLC")}),
    # near misses: no role, or no holder
    ("Jane Roe is a class of shareholders of Acme Corp.", set()),
    ("The Class B shareholders of Acme Associates Ltd. hold the voting power.", set()),
])
def test_share_class_roles(text, expected):
    assert _found(text) == expected


# --- MEDIUM-3: ", or ABBR" ------------------------------------------------------------------------

ARTISAN = (
    "The shares reported for this shareholder have been acquired on behalf of discretionary "
    "clients of Artisan Partners Limited Partnership, or APLP. Artisan Partners Holdings LP is "
    "the sole limited partner of APLP and the sole member of Artisan Investments GP LLC; Artisan "
    "Investments GP LLC is the general partner of APLP; Artisan Partners Asset Management Inc. "
    "is the general partner of Artisan Partners Holdings LP.")


@pytest.mark.parametrize("text, name, abbr", [
    ("clients of Artisan Partners Limited Partnership, or APLP. Artisan",
     "Artisan Partners Limited Partnership", "APLP"),
    ("held by Acme Capital Management, L.L.C., or ACM, the adviser",
     "Acme Capital Management, L.L.C.", "ACM"),
])
def test_or_short_form_pattern(text, name, abbr):
    m = OR_SHORT_FORM_NAME.search(text)
    assert (m["name"], m["abbr"]) == (name, abbr)
    assert OR_SHORT_FORM_CUE.search(text) is not None


@pytest.mark.parametrize("text", ["held by Jane Roe, or ABC Corp., as nominee",
                                  "shares of Acme Lending Corp, or LLC.",
                                  "held by Acme Fund LP, or AF affiliates."])
def test_or_short_form_pattern_not(text):
    assert OR_SHORT_FORM_NAME.search(text) is None


def _terms(text: str) -> list[tuple[str, str]]:
    return [(t.term, t.name) for t in find_defined_terms(SourceText(path="x.txt", text=text))]


def test_real_or_abbreviation_is_a_term():
    assert _terms(ARTISAN) == [("APLP", "Artisan Partners Limited Partnership")]


def test_real_or_abbreviation_links_the_control_chain():
    rec = short_13d(item2=ARTISAN)  # the real footnote as the Item 2 prose of a made-up 13D
    found = claims(rec)
    aplp = "Artisan Partners Limited Partnership"
    assert ("general_partner_of", "Artisan Investments GP LLC", aplp, None) in found
    assert ("shareholder_of", "Artisan Partners Holdings LP", aplp, None) in found  # sole LP
    assert parties(rec)[aplp] == ["APLP"]


@pytest.mark.parametrize("text, expected", [
    ("The shares are held for clients of Roe Partners Limited Partnership, or RPLP. Acme GP LLC "
     "is the general partner of RPLP.", [("RPLP", "Roe Partners Limited Partnership")]),
    ("Shares are held by Acme Capital Management, L.L.C., or ACM, the investment adviser.",
     [("ACM", "Acme Capital Management, L.L.C.")]),
    ("Shares of Roe Partners Limited Partnership, or RPLP, are held.",   # the name's own words
     [("RPLP", "Roe Partners Limited Partnership")]),
    # near misses
    ("The shares are held by Jane Roe, or ABC Corp., as nominee.", []),  # a name, no short form
    ("Jane Roe owns shares of Acme Lending Corp, or LLC.", []),          # a legal form
    ("The shares are held by Acme Fund LP, or XYZ.", []),                # not its initials
    ("The shares are held by Acme Fund LP, or AF affiliates.", []),      # does not end a clause
    ("The shares are held by Acme Fund LP, or Af.", []),                 # not all capitals
])
def test_or_abbreviation(text, expected):
    assert _terms(text) == expected
