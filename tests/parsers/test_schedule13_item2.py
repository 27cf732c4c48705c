"""Item 2(c) occupations (graphkit.parsers.schedule13_item2): an employer named with its address
and an aside on the party it manages, employers that are organizations but no party yet, and an
office followed by a standing ("Managing Director, Retired") that names no employer.

Real filing: the 2011 13D/A of Sprott on Sprott Physical Gold Trust (HTML;
``fixtures/filings/filing/2011_SC_13DA_1491714.txt``), whose Item 2(c) reads "Chief Executive
Officer of Sprott Asset Management LP, Suite 2700, South Tower, Royal Bank Plaza, 200 Bay Street,
Toronto, Ontario, Canada M5J 2J1, which serves as manager of the Trust, and Chief Executive
Officer of Sprott Asset Management GP Inc., Suite 2700, ..., the general partner of the manager
of the Trust"; it gave no relation before (its answers start with the table's "|", and neither
employer was a party of the filing).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers import schedule13_item2 as i2
from graphkit.source import SourceText

FILING = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "filing"


def _claims(rec) -> set[tuple]:
    names = {p.id: p.name for p in rec.parties}
    return {(names[c.source], c.relation.value, names[c.target], c.title) for c in rec.claims}


def test_sprott_ceo_of_the_manager_and_its_general_partner():
    rec = parse_path(FILING / "2011_SC_13DA_1491714.txt").records[0]
    got = _claims(rec)
    assert ("Eric S. Sprott", "officer_of", "Sprott Asset Management LP",
            "Chief Executive Officer") in got
    assert ("Sprott Asset Management LP", "investment_manager_of", "Sprott Physical Gold Trust",
            None) in got  # "which serves as manager of the Trust": the LP's role, not Sprott's
    assert ("Eric S. Sprott", "officer_of", "Sprott Asset Management GP Inc.",
            "Chief Executive Officer") in got
    assert ("Eric S. Sprott", "investment_manager_of", "Sprott Physical Gold Trust",
            None) not in got
    # "Sprott Asset Management GP Inc., ..., the general partner of the manager of the Trust":
    # the manager is the LP the first answer names (a role of a role: none before)
    assert ("Sprott Asset Management GP Inc.", "general_partner_of", "Sprott Asset Management LP",
            None) in got
    assert ("Sprott Asset Management GP Inc.", "general_partner_of",
            "Sprott Physical Gold Trust", None) not in got
    kinds = {p.name: p.kind.value for p in rec.parties}
    assert kinds["Sprott Asset Management LP"] == kinds["Sprott Asset Management GP Inc."] \
        == "organization"
    assert not any(n.startswith(("Suite", "South Tower", "Canada")) for n in kinds)  # address


@pytest.mark.parametrize("text, offices, employer", [
    ("President, Director, Acme Paints Co.", "President, Director", "Acme Paints Co."),
    ("Chairman, Bank of Roe & Co.", "Chairman", "Bank of Roe & Co."),
    ("President, Roe Capital, L.P.", "President", "Roe Capital, L.P."),
    ("President, Acme Paints Co., a Delaware corporation", "President", "Acme Paints Co."),
    ("Managing Director, Retired", None, None),     # review MEDIUM-5: no "of Retired"
    ("Managing Director, Retired.", None, None),
    ("Director, Emeritus", None, None),
    ("Partner, Self-employed", None, None),
    ("Director, None", None, None),
    ("Director, N/A", None, None),
    ("General Partner, Not Applicable", None, None),
    ("President, Chief Executive Officer", None, None),  # offices alone
    ("President, retired since 2001", None, None),        # not a name
])
def test_offices_then_employer_refuses_a_standing(text, offices, employer):
    m = i2.OFFICES_THEN_EMPLOYER.match(text)
    assert (m and (m["offices"], m["employer"])) == (offices and (offices, employer))


def test_office_and_retired_gives_no_party_even_if_one_is_named_retired():
    src = SourceText(path="x.txt", text="(a) Name: Jane Q. Roe\n(c) Occupation: Managing "
                     "Director, Retired\n(d) None.\n")
    assert i2.read_item2_occupations(src) == []


@pytest.mark.parametrize("name, is_organization", [
    ("Roe Asset Management LP", True), ("Acme Paints Co.", True),
    ("Acme Holdings, L.L.C.", True), ("Roe Capital Management, Inc.", True),
    ("Roe Family Trust", True), ("Acme Corporation", True),
    ("Retired", False), ("Trust", False), ("Jane Q. Roe", False), ("Jane Roe, Jr.", False),
    ("Acme", False), ("the Trust", False),
    ("Acme Partners LLP", True), ("Roe Beteiligungen GmbH", True), ("Acme Holding N.V.", True),
    ("Acme Holding plc", True), ("Roe Fund Limited Partnership", True),
    ("Acme Co., a Delaware corporation", False),
])
def test_organization_name(name, is_organization):
    assert i2.organization_name(name) is is_organization


def test_employer_address_is_left_out_up_to_the_aside():
    t = ("Chief Executive Officer of Roe Asset Management LP, Suite 2700, South Tower, 200 Bay "
         "Street, Toronto, Ontario, Canada M5J 2J1, which serves as manager of the Trust")
    assert i2.EMPLOYER_ADDRESS.sub("", t) == \
        "Chief Executive Officer of Roe Asset Management LP, which serves as manager of the Trust"
    assert i2.EMPLOYER_ADDRESS.sub("", "President of Acme Corp., 1 Main Street, Springfield") \
        == "President of Acme Corp."
    for t in ("President of Acme Corp., a maker of paints", "President of 3M Co.",
              "President of Acme Corp., Acme Paints Co."):
        assert i2.EMPLOYER_ADDRESS.sub("", t) == t


def test_aside_then_answer():
    t = ("Chief Executive Officer of Roe LP, which serves as manager of the Trust, and Chief "
         "Executive Officer of Roe GP Inc.")
    assert i2._answers(t) == [
        "Chief Executive Officer of Roe LP, which serves as manager of the Trust",
        "Chief Executive Officer of Roe GP Inc."]
    assert i2.ASIDE_THEN_ANSWER.search("President, Chief Executive Officer, and Director of "
                                       "Acme Corp.") is None  # no aside: one answer


@pytest.mark.parametrize("occupation, kept", [
    ("President of Roe Capital, which serves as manager of the Fund", []),  # no legal form
    ("Director of Beta LLC, which serves as manager of the Trust",  # "Trust": no party
     [("director_of", "Jane Q. Roe", "Beta LLC")]),
    ("Director of Beta LLC, which serves as manager of the Fund",
     [("director_of", "Jane Q. Roe", "Beta LLC"), ("investment_manager_of", "Beta LLC", "Fund")]),
    ("Managing Director of Retired", []),  # a bare word is never made a party
])
def test_known_or_employer_makes_no_party_of_a_bare_word_or_an_unknown_held(occupation, kept):
    src = SourceText(path="x.txt", text=f"(a) Name: Jane Q. Roe\n(c) Occupation: {occupation}"
                     "\n(d) None.\n")
    found = i2.known_or_employer(i2.read_item2_occupations(src),
                                 lambda n: n in ("Jane Q. Roe", "Fund"))
    assert [(f.relation.value, f.holder, f.held) for f in found] == kept


def test_known_or_employer_keeps_a_role_in_the_holder_of_a_role_of_a_known_party():
    src = SourceText(path="x.txt", text="(a) Name: Jane Q. Roe\n(c) Occupation: Director of Beta "
                     "LLC, which serves as manager of the Fund, and Director of Beta GP Inc., the "
                     "general partner of the manager of the Fund\n(d) None.\n")
    found = i2.known_or_employer(i2.read_item2_occupations(src),
                                 lambda n: n in ("Jane Q. Roe", "Fund"))
    assert ("general_partner_of", "Beta GP Inc.", "the manager of the Fund") in \
        [(f.relation.value, f.holder, f.held) for f in found]


def test_sprott_manager_spelled_limited_partnership():
    # the same filing with "Sprott Asset Management LP" spelled "Sprott Asset Management
    # Limited Partnership" (fixtures/filings/id47): the answer grew past the longest occupation
    # read (over 400 characters with its two street addresses, 221 without), and every claim of
    # it was lost; the addresses are left out before the length is measured
    path = FILING.parent / "id47" / "2011_SC_13DA_1491714_limited_partnership.txt"
    got = _claims(parse_path(path).records[0])
    lp = "Sprott Asset Management Limited Partnership"
    assert {("Eric S. Sprott", "officer_of", lp, "Chief Executive Officer"),
            (lp, "investment_manager_of", "Sprott Physical Gold Trust", None),
            ("Eric S. Sprott", "officer_of", "Sprott Asset Management GP Inc.",
             "Chief Executive Officer"),
            ("Sprott Asset Management GP Inc.", "general_partner_of", lp, None)} <= got
    assert not any(c[2] == "South Tower" or c[0] == "South Tower" for c in got)
