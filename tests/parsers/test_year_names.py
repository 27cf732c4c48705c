"""Names that open with a year: "2020 Partners LP", "2012 Ventures GP, LLC".

A year opens a name only where a date cannot stand (numbered_names.YEAR_LEAD): where the text
or a sentence opens, after "of", "by", "is", "the", "and" or a comma, before capitalised words
that end in a company word. Never after "In", "On", "Since", "During", "As of", "the end of",
"March 3, " and the like: there the year is a date and the name follows it ("In 2020 Acme
Partners LP became ..."), and a date that opens a sentence is cut off the name read
(prose_lists.OPENING_DATE).
"""

from __future__ import annotations

import re

import pytest

from graphkit.parsers.numbered_names import NUMBERED_NAME, YEAR_LEAD
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose import find_defined_terms, find_relationships
from graphkit.parsers.prose_lists import OPENING_DATE, split_names, trim_name
from graphkit.parsers.prose_sentence_patterns import SENTENCE_END
from graphkit.parsers.schedule13_cover_names import looks_like_name_cell
from graphkit.parsers.schedule13_text import parse_schedule13_text
from graphkit.source import SourceText

_YEAR_LEAD = re.compile(YEAR_LEAD, re.VERBOSE)


def _rels_of(text: str) -> list[tuple[str, str, str]]:
    return [(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="t.txt", text=text))]


# --- the pattern ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, at", [
    ("2020 Partners LP is the general partner", 0),                 # where the text opens
    ("2012 Ventures GP, LLC is the general partner", 0),
    ("the managing member of 2020 Ventures GP, LLC.", 23),          # after "of"
    ("managed by 2020 Advisors LLC", 11),                           # "by"
    ("the sole member of 2020 Ventures LLC", 19), ("a subsidiary of 2020 Holdings LLC", 16),
    ("the General Partner of 2020 Partners LP", 23), ("trustees of 2020 Acme Trust", 12),
    ("Acme Corp. and 2021 Partners LP are", 15),                    # "and"
    ("Jane Roe, 2021 Partners LP and Acme Corp.", 10),              # a comma
    ("the 2020 Partners LP", 4), ("THE 2020 PARTNERS LP", 4),       # "the"
    ("Acme GP, LLC. 2020 Partners LP is the", 14),                  # a stop
    ("filed by (i) 2020 Partners LP and", 13), ("(a) 2020 Partners LP is", 4),  # item marks
    ("(12) 2020 Partners LP is", 5), ("(iii) 2020 Partners LP is", 6),
    ('2020 Partners LP ("Fund")', 0), ('2020 Partners LP (the "Fund")', 0),  # a definition
    ("2020 Partners LP (Class A) Units", None),
    ("2020 Roe Family Trust", 0), ("2020 Acme Trust Company", 0),
    # dates: never
    ("In 2020 Acme Partners LP became", None), ("in 2020 Acme Partners LP", None),
    ("Since 2019 Acme Partners LP has been", None), ("During 2020 Acme Partners LP", None),
    ("On March 3, 2021 Acme Fund LP became", None),
    ("On March 3rd, 2021 Acme Fund LP became", None),
    ("In June, 2021 Acme Fund LP became", None),
    ("As of 2020 Acme Partners LP is", None), ("as of 2020 Acme Partners LP is", None),
    ("At the end of 2020 Acme Partners LP was", None),
    ("In June of 2020 Acme Partners LP became", None),
    # "of" after no role word, and "is": a date's year (review s20-years R1-R3)
    ("During the first six months of 2020 Acme Holdings LLC was", None),
    ("For the remainder of 2020 Acme Holdings LLC was", None),
    ("For the rest of 2020 Acme Holdings LLC", None), ("the balance of 2020 Acme Holdings LLC", None),
    ("During the first two quarters of 2020 Acme Holdings LLC", None),
    ("In the weeks of 2020 Acme Holdings LLC", None), ("In each of 2020 Acme Holdings LLC", None),
    ("on December 31 of 2020 Acme Holdings LLC was", None),
    ("which is 2021 Acme Holdings LLC is the sole member", None),
    ("The general partner is 2020 Partners LP.", None),
    ("Since Sept. 2019 Acme Partners LP has been", None),
    ("In Dec. 2019 Acme Partners LP became", None),
    ("Between 2019 and 2020 Acme Partners LP was", None),
    ("Effective 2021 Acme Partners LP is", None), ("In fiscal 2020 Acme Fund LP", None),
    ("03/01/2021 Acme Fund LP purchased", None),
    # no company's name after the year
    ("2021 Jane Roe is the managing member", None), ("2020 Annual Report", None),
    ("2020 Acme Fund LP Annual Report", None), ("of 2020 Trust", None),
    ("the 2021 Annual Meeting of Acme Fund LP", None),
    ("2020 Acme Avenue, Suite 5", None),
])
def test_year_lead(text, at):
    m = _YEAR_LEAD.search(text)
    assert (m.start() if m else None) == at


@pytest.mark.parametrize("cell, ok", [
    ("2020 Partners LP", True), ("2020 PARTNERS LP", True), ("2012 Ventures GP, LLC", True),
    ("1999 Roe Family Trust", True),
    ("2020", False), ("2021 Jane Roe", False), ("2020 Annual Report", False),
])
def test_year_name_cell(cell, ok):
    assert looks_like_name_cell(cell) is ok
    assert bool(NUMBERED_NAME.match(cell)) is ok


@pytest.mark.parametrize("text, ends", [
    ("Jane Roe is the managing member of Acme GP, LLC. 2020 Partners LP is", True),
    ("Acme Fund LP sold it in Sept. 2019 Acme Partners LP is", False),
    ("It holds 1,000 shares. 1999 was a good year.", False),
])
def test_sentence_ends_before_a_year_name(text, ends):
    assert [m.start() for m in SENTENCE_END.finditer(text)] == ([text.index(". 2")] if ends
                                                              else [])


@pytest.mark.parametrize("name, trimmed", [
    ("In 2020 Acme Partners LP", "Acme Partners LP"),
    ("Since 2019 Acme Partners LP", "Acme Partners LP"),
    ("During 2020 Acme Partners LP", "Acme Partners LP"),
    ("Since Sept. 2019 Acme Partners LP", "Acme Partners LP"),
    ("Effective January 1, 2021 Acme Partners LP", "Acme Partners LP"),
    ("As of 2020 Acme Partners LP", "Acme Partners LP"),
    ("2020 Partners LP", "2020 Partners LP"),          # the name's own year stays
    ("The 2020 Partners LP", "2020 Partners LP"),
    ("Through 2020 Partners LP", "Through 2020 Partners LP"),  # no date: kept as read
    ("In Acme Fund LP", "Acme Fund LP"),
])
def test_opening_date_cut_off_the_name(name, trimmed):
    assert trim_name(name) == trimmed


def test_opening_date_pattern():
    assert re.match(OPENING_DATE, "On March 3, 2021 Acme", re.VERBOSE)[0] == "On March 3, 2021 "
    assert re.match(OPENING_DATE, "In Acme 2020 Fund", re.VERBOSE) is None
    assert re.match(OPENING_DATE, "In 20201 Acme", re.VERBOSE) is None


# --- prose ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    # was 'Partners LP': a silently wrong party
    ("2020 Partners LP is the general partner of Acme Fund, L.P.",
     [("general_partner_of", "2020 Partners LP", "Acme Fund, L.P.")]),
    ("2012 Ventures GP, LLC is the general partner of Acme Fund, L.P.",
     [("general_partner_of", "2012 Ventures GP, LLC", "Acme Fund, L.P.")]),
    ("2020 PARTNERS LP IS THE GENERAL PARTNER OF ACME FUND, L.P.",
     [("general_partner_of", "2020 PARTNERS LP", "ACME FUND, L.P.")]),
    ("THE 2020 PARTNERS LP IS THE GENERAL PARTNER OF ACME FUND, L.P.",
     [("general_partner_of", "2020 PARTNERS LP", "ACME FUND, L.P.")]),
    # was nothing
    ("Jane Roe is the managing member of 2020 Ventures GP, LLC.",
     [("managing_member_of", "Jane Roe", "2020 Ventures GP, LLC")]),
    ("Jane Roe is the managing member of the 2020 Ventures GP, LLC.",
     [("managing_member_of", "Jane Roe", "2020 Ventures GP, LLC")]),
    ("Acme Fund, L.P. is managed by 2020 Advisors LLC.",
     [("investment_manager_of", "2020 Advisors LLC", "Acme Fund, L.P.")]),
    # "is" opens no year's name (a run-on date: "which is 2021 Acme Holdings LLC is ..."):
    # nothing rather than a wrong party
    ("The general partner of Acme Fund, L.P. is 2020 Partners LP.", []),
    ("Acme Corp. is the general partner of 2020 Partners LP and 2021 Partners LP.",
     [("general_partner_of", "Acme Corp.", "2020 Partners LP"),
      ("general_partner_of", "Acme Corp.", "2021 Partners LP")]),
    ("2020 Partners LP and 2021 Partners LP are the general partners of Acme Fund, L.P. and "
     "Beta Fund, L.P., respectively.",
     [("general_partner_of", "2020 Partners LP", "Acme Fund, L.P."),
      ("general_partner_of", "2021 Partners LP", "Beta Fund, L.P.")]),
    ("Jane Roe, John Doe and 2020 Partners LP are the members of Acme GP, LLC.",
     [("member_of", "Jane Roe", "Acme GP, LLC"), ("member_of", "John Doe", "Acme GP, LLC"),
      ("member_of", "2020 Partners LP", "Acme GP, LLC")]),
    ("Jane Roe is the managing member of Acme GP, LLC. 2020 Partners LP is the sole member of "
     "Acme GP, LLC.",
     [("managing_member_of", "Jane Roe", "Acme GP, LLC"),
      ("member_of", "2020 Partners LP", "Acme GP, LLC")]),
    ("Jane Roe is the trustee of 2012 Roe Family Trust.",
     [("trustee_of", "Jane Roe", "2012 Roe Family Trust")]),
    # a number below 1900 read as before
    ("1789 Capital Fund I, L.P. is a wholly owned subsidiary of Acme Corp.",
     [("parent_of", "Acme Corp.", "1789 Capital Fund I, L.P.")]),
    # dates: the name follows the year (were "2020 Acme Partners LP", "Since 2019 Acme
    # Partners LP", "During 2020 Acme Partners LP", "Effective 2021 Acme Partners LP")
    ("In 2020 Acme Partners LP is the general partner of Acme Fund, L.P.",
     [("general_partner_of", "Acme Partners LP", "Acme Fund, L.P.")]),
    ("Since 2019 Acme Partners LP has been the general partner of Acme Fund, L.P.",
     [("general_partner_of", "Acme Partners LP", "Acme Fund, L.P.")]),
    ("During 2020 Acme Partners LP was the general partner of Acme Fund, L.P.",
     [("general_partner_of", "Acme Partners LP", "Acme Fund, L.P.")]),
    ("Since Sept. 2019 Acme Partners LP has been the general partner of Acme Fund, L.P.",
     [("general_partner_of", "Acme Partners LP", "Acme Fund, L.P.")]),
    ("Effective 2021 Acme Partners LP is the general partner of Acme Fund, L.P.",
     [("general_partner_of", "Acme Partners LP", "Acme Fund, L.P.")]),
    ("IN 2020 ACME PARTNERS LP WAS THE GENERAL PARTNER OF ACME FUND, L.P.",
     [("general_partner_of", "ACME PARTNERS LP", "ACME FUND, L.P.")]),
    ("On March 3, 2021 Acme Partners LP is the general partner of Acme Fund, L.P.",
     [("general_partner_of", "Acme Partners LP", "Acme Fund, L.P.")]),
    ("As of December 31, 2020 Acme Partners LP is the general partner of Acme Fund, L.P.",
     [("general_partner_of", "Acme Partners LP", "Acme Fund, L.P.")]),
    ("As of 2020 Acme Partners LP is the general partner of Acme Fund, L.P.",
     [("general_partner_of", "Acme Partners LP", "Acme Fund, L.P.")]),
    ("At the end of 2020 Acme Partners LP was the general partner of Acme Fund, L.P.",
     [("general_partner_of", "Acme Partners LP", "Acme Fund, L.P.")]),
    ("In fiscal 2020 Acme Partners LP was the general partner of Acme Fund, L.P.",
     [("general_partner_of", "Acme Partners LP", "Acme Fund, L.P.")]),
    ("Acme Corp. acquired Beta Fund LP in 2020 Acme Partners LP is the general partner of "
     "Acme Fund LP.",
     [("general_partner_of", "Acme Partners LP", "Acme Fund LP")]),
    ("Jane Roe is the managing member of Acme GP, LLC since 2020 Acme Holdings LLC is the sole "
     "member of Acme Fund LP.",
     [("managing_member_of", "Jane Roe", "Acme GP, LLC"),
      ("member_of", "Acme Holdings LLC", "Acme Fund LP")]),
    ("In 2020 Acme Partners LP became the general partner of Acme Fund, L.P.", []),
    ("Between 2019 and 2020 Acme Partners LP was the general partner of Acme Fund, L.P.", []),
    ("2021 Jane Roe is the managing member of Acme GP, LLC.",
     [("managing_member_of", "Jane Roe", "Acme GP, LLC")]),
    ("Acme Fund LP was formed in 2012. 2015 Jane Roe is a director of Acme Corp.",
     [("director_of", "Jane Roe", "Acme Corp.")]),
    ("Jane Roe is a director of the 2020 Acme Fund LP annual meeting committee.", []),
    # a date's year after "of" and "is" stays out of the name (review s20-years R1-R3)
    ("During the first six months of 2020 Acme Holdings LLC was the sole member of Acme GP, LLC.",
     [("member_of", "Acme Holdings LLC", "Acme GP, LLC")]),
    ("For the remainder of 2020 Acme Holdings LLC was the sole member of Acme GP, LLC.",
     [("member_of", "Acme Holdings LLC", "Acme GP, LLC")]),
    ("In each of 2020 Acme Holdings LLC was the sole member of Acme GP, LLC.",
     [("member_of", "Acme Holdings LLC", "Acme GP, LLC")]),
    ("As of the close of business on December 31 of 2020 Acme Holdings LLC was the sole member "
     "of Acme GP, LLC.",
     [("member_of", "Acme Holdings LLC", "Acme GP, LLC")]),
    ("As of the date of this filing, which is 2021 Acme Holdings LLC is the sole member of Acme "
     "GP, LLC.",
     [("member_of", "Acme Holdings LLC", "Acme GP, LLC")]),
    # a role word's "of" still opens one
    ("Acme Fund, L.P. is a wholly owned subsidiary of 2020 Holdings LLC.",
     [("parent_of", "2020 Holdings LLC", "Acme Fund, L.P.")]),
    ("Jane Roe is the sole member of 2020 Ventures LLC.",
     [("member_of", "Jane Roe", "2020 Ventures LLC")]),
])
def test_year_names_in_prose(text, found):
    assert _rels_of(text) == found


@pytest.mark.parametrize("text, terms", [
    # were 'Partners LP' (an item mark before the year; "(" after the legal form)
    ('This statement is filed by (i) 2020 Partners LP ("2020 Partners"), (ii) Acme GP, LLC '
     '("Acme GP") and (iii) Jane Roe.',
     [("2020 Partners", "2020 Partners LP"), ("Acme GP", "Acme GP, LLC")]),
    ('This statement is filed by 2020 Partners LP, a Delaware limited partnership (the "Fund"), '
     'and Jane Roe.', [("Fund", "2020 Partners LP")]),
    # a number's name before its definition (was "Acme Corp.")
    ('This statement is filed by 1867 Acme Corp. ("Acme") and Jane Roe.',
     [("Acme", "1867 Acme Corp.")]),
])
def test_year_names_defined(text, terms):
    found = find_defined_terms(SourceText(path="t.txt", text=text), 0, len(text))
    assert [(d.term, d.name) for d in found] == terms


def test_year_name_after_an_item_mark():
    assert _rels_of("(a) 2020 Partners LP is the general partner of Acme Fund LP.") == [
        ("general_partner_of", "2020 Partners LP", "Acme Fund LP")]


def test_year_names_listed():
    assert split_names("2020 Partners LP and 2021 Partners LP") == [
        "2020 Partners LP", "2021 Partners LP"]
    assert split_names("Acme Corp., 2020 Partners LP and Jane Roe") == [
        "Acme Corp.", "2020 Partners LP", "Jane Roe"]


# --- the party book ---------------------------------------------------------------------------

def test_year_names_are_never_one_party():
    book = PartyBook()
    first = book.add("2020 Partners LP")
    assert book.lookup("2021 Partners LP") is None
    assert book.lookup("Partners LP") is None
    assert book.lookup("2020 PARTNERS LP") is first
    assert book.lookup("2020 Partners, L.P.") is first
    second = book.add("2021 Partners LP")
    assert second is not first
    assert [p.name for p in book.parties] == ["2020 Partners LP", "2021 Partners LP"]


# --- a whole filing ---------------------------------------------------------------------------

def _made_up_13g(names: list[str]) -> str:
    """A made-up Schedule 13G with a cover page for each of ``names``, Items 2 and 4 and a
    signature block of the first."""
    covers = "".join(
        f"1. Names of Reporting Persons.  {n}\n"
        "4. Citizenship or Place of Organization  Delaware\n"
        f"5. Sole Voting Power {k}00,000 6. Shared Voting Power 0\n"
        f"9. Aggregate Amount Beneficially Owned by Each Reporting Person {k}00,000\n"
        f"11. Percent of Class Represented by Amount in Row (9) {k}.0%\n"
        for k, n in enumerate(names, 1))
    first = names[0]
    return ("SCHEDULE 13G\nAcme, Inc.\n(Name of Issuer)\nCommon Stock\n(Title of Class of "
            "Securities)\n000000000\n(CUSIP Number)\n\n(Date of Event Which "
            "Requires Filing of this Statement)\n" + covers +
            "Item 1(a). Name of Issuer: Acme, Inc.\n"
            f"Item 2(a). Name of Person Filing:\n{first}\n"
            "Item 2(b). Address of Principal Business Office:\n1 Main Street, Acme, NY\n"
            "Item 4. Ownership.\n\n"
            f"{first} is the general partner of Acme Fund, L.P.\n\n"
            "SIGNATURE\nAfter reasonable inquiry ...\nDate: March 3, 2021\n\n"
            f"{first}\nBy: /s/ Jane Roe\nName: Jane Roe\nTitle: Managing Member\n")


def _read(text: str):
    rec = parse_schedule13_text(SourceText(path="x.txt", text=text))
    names = {p.id: p.name for p in rec.parties}
    parties = [(p.name, sorted(r.value for r in p.roles)) for p in rec.parties]
    claims = [(c.relation.value, names[c.source], names[c.target], c.shares, c.percent)
              for c in rec.claims]
    return parties, claims, sorted({w.code for w in rec.warnings})


@pytest.mark.parametrize("name", ["2020 Partners LP", "2020 PARTNERS LP",
                                  "2012 Ventures GP, LLC"])
def test_year_name_on_the_cover_item4_and_signature(name):
    # was: the cover unnamed (no-reporting-person, unnamed-cover), the general partner read as
    # the name without its year
    parties, claims, warnings = _read(_made_up_13g([name]))
    assert parties == [("Acme, Inc.", ["issuer"]), (name, ["reporting_person"]),
                       ("Jane Roe", ["named", "signer"]), ("Acme Fund, L.P.", ["named"])]
    assert claims == [("general_partner_of", name, "Acme Fund, L.P.", None, None),
                      ("managing_member_of", "Jane Roe", name, None, None),
                      ("beneficial_owner_of", name, "Acme, Inc.", 100000, 1.0)]
    assert warnings == []


def test_two_year_names_stay_two_reporting_persons():
    parties, claims, _ = _read(_made_up_13g(["2020 Partners LP", "2021 Partners LP"]))
    assert [n for n, roles in parties if "reporting_person" in roles] == [
        "2020 Partners LP", "2021 Partners LP"]
    assert [c for c in claims if c[0] == "beneficial_owner_of"] == [
        ("beneficial_owner_of", "2020 Partners LP", "Acme, Inc.", 100000, 1.0),
        ("beneficial_owner_of", "2021 Partners LP", "Acme, Inc.", 200000, 2.0)]


# --- a digit glued to a small letter: no year -------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("2b Holdings LLC is", True), ("the sole member of 2b Holdings LLC", True),
    ("4d Acme Fund LP", True),
    ("Item 2b Acme Holdings LLC", False), ("Row 1a Acme Fund LP", False),  # a part's number
    ("under clause 2b Acme Holdings LLC", False), ("Article 2b Acme Holdings LLC", False),
    ("Footnote 2b Acme Holdings LLC", False), ("See Appendix 1a Acme Fund LP", False),
    ("paragraph 3c Acme Fund LP", False), ("SECTION 4c Acme Fund LP", False),
    ("Exhibit 1a Acme Fund LP", False), ("Schedule 1a Acme Fund LP", False),
    ("Annex 2b Acme Fund LP", False), ("part 2b Acme Fund LP", False), ("note 2b Acme Fund LP", False),
    ("x2b Holdings LLC", False), ("2bb Holdings LLC", False), ("2b Acme Street", False),
])
def test_lettered_digit(text, found):
    assert bool(NUMBERED_NAME.search(text)) is found


@pytest.mark.parametrize("text, found", [
    # was 'Holdings LLC': a silently wrong party
    ("2b Holdings LLC is the general partner of Acme Fund, L.P.",
     [("general_partner_of", "2b Holdings LLC", "Acme Fund, L.P.")]),
    # was nothing
    ("Jane Roe is the managing member of 2b Holdings LLC.",
     [("managing_member_of", "Jane Roe", "2b Holdings LLC")]),
    # a part's number opens no name, in any case (review s20-years R4)
    ("Under clause 2b Acme Holdings LLC is the general partner of Acme Fund LP.",
     [("general_partner_of", "Acme Holdings LLC", "Acme Fund LP")]),
])
def test_lettered_digit_names_in_prose(text, found):
    assert _rels_of(text) == found
