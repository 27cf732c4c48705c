"""A relative clause after one name of a list of holders ("each of A, B ("B"), which owns
approximately 99% of A and whose sole member is C, and C (by virtue of their relationships to
D) may be deemed ..."): the whole list holds, and the clause's own relations are read; and "X
owns N% of Y" (a majority: shareholder_of with the percent).

Shape of a real filing (Icahn Enterprises 13D/A No. 86, 2026), tested with made-up names; the
real filing is read at the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cpu_time import cpu_seconds
from graphkit.control import find_controllers
from graphkit.parse import parse_path
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_clause_patterns import held_party_owns
from graphkit.parsers.prose_list_asides import (LIST_RELATIVE_ASIDE, blanked, denied_before,
                                                list_asides, through_asides)
from graphkit.parsers.prose_lists import split_names
from graphkit.parsers.prose_owned_patterns import (OPENING_BEFORE_OWNER, OWNS_PERCENT_OF,
                                                 SECURITY_NAME)
from graphkit.parsers.prose_percent_owned import PercentOwned, percent_owned
from graphkit.pipeline import build
from graphkit.source import SourceText
from tests.parsers.test_prose_unseen import claims

FILINGS = Path(__file__).resolve().parent.parent / "fixtures" / "filings"

DEEMED = ("(by virtue of their relationships to {held}) may be deemed to indirectly "
          "beneficially own the Shares which {held} owns.")


def rels(text):
    return sorted((f.relation.value, f.holder, f.held, f.percent)
                  for f in find_relationships(SourceText(path="t.txt", text=text)))


def control(holders, held):
    return sorted(("control_person_of", h, held, None) for h in holders)


# --- the list read through the clause ------------------------------------------------------

#: (sentence, holders of the list, the held party, the relations its clause states)
LIST_CASES = [
    pytest.param(
        'Pursuant to Rule 13d-3(a), each of Beta Holding Corp. ("Beta"), Acme LLC ("Acme"), which '
        'owns approximately 99.6% of Beta and whose sole member is Jane Q. Roe, and Ms. Roe ',
        ["Beta Holding Corp.", "Acme LLC", "Ms. Roe"], "Gamma Investors LLC",
        [("member_of", "Jane Q. Roe", "Acme LLC", None),
         ("shareholder_of", "Acme LLC", "Beta", 99.6)], id="which-and-whose"),
    pytest.param(  # "whose sole member is Jane Roe, and John Doe (by ...": John Doe is no member
        "Each of Beta Corp., Acme LLC, which owns 99% of Beta Corp. and whose sole member is "
        "Jane Roe, and John Doe ", ["Beta Corp.", "Acme LLC", "John Doe"], "Gamma LLC",
        [("member_of", "Jane Roe", "Acme LLC", None),
         ("shareholder_of", "Acme LLC", "Beta Corp.", 99.0)], id="whose-holder-stops"),
    pytest.param(
        "Each of Acme Fund LP, Acme GP LLC, which is the general partner of Acme Fund LP, and "
        "Jane Roe ", ["Acme Fund LP", "Acme GP LLC", "Jane Roe"], "Acme Master Fund LP",
        [("general_partner_of", "Acme GP LLC", "Acme Fund LP", None)], id="general-partner"),
    pytest.param(
        "Jane Roe, who is the managing member of Acme GP LLC, and John Doe ",
        ["Jane Roe", "John Doe"], "Acme Fund LP",
        [("managing_member_of", "Jane Roe", "Acme GP LLC", None)], id="who"),
    pytest.param(
        "Each of Acme Holdings Inc., Acme GP LLC, of which Jane Roe is the sole member, and "
        "Jane Roe ", ["Acme Holdings Inc.", "Acme GP LLC", "Jane Roe"], "Acme Fund LP",
        [("member_of", "Jane Roe", "Acme GP LLC", None)], id="of-which"),
    pytest.param(  # main read "L.P., and Jane Roe" after the clause: a party "L.P."
        "Each of Acme Corp., Beta LLC, which is the general partner of Acme Fund, L.P., and "
        "Jane Roe ", ["Acme Corp.", "Beta LLC", "Jane Roe"], "Gamma Holdings LLC",
        [("general_partner_of", "Beta LLC", "Acme Fund, L.P.", None)], id="legal-comma"),
    pytest.param(  # the holder's "LLC" is no surname shared with the held "Acme Fund LLC"
        "Each of Acme Holdings LLC, Acme GP LLC and Jane Roe ",
        ["Acme Holdings LLC", "Acme GP LLC", "Jane Roe"], "Acme Fund LLC", [], id="llc-to-llc"),
]


@pytest.mark.parametrize("opening, holders, held, stated", LIST_CASES)
def test_list_with_a_relative_clause(opening, holders, held, stated):
    assert rels(opening + DEEMED.format(held=held)) == sorted(control(holders, held) + stated)


def test_control_aside_list_with_a_clause():
    text = ("Acme GP LLC, which is owned by Jane Roe, and John Doe (by virtue of their control of "
            "Acme Fund LP) may be deemed to beneficially own the Shares held by Acme Fund LP.")
    assert rels(text) == control(["Acme GP LLC", "John Doe"], "Acme Fund LP")


def test_denied_list_with_a_clause_gives_nothing():
    # main read "John Doe" after the clause, out of the denying "None of"
    text = ("None of Acme Corp., Beta LLC, which is owned by Jane Roe, and John Doe "
            + DEEMED.format(held="Acme Fund LP"))
    assert rels(text) == []


def test_clause_on_shares_adds_no_holder():
    text = ("Acme Fund LP holds 500 Shares, which it acquired in 2020, and Jane Roe (by virtue of "
            "her relationship to Acme Fund LP) may be deemed to beneficially own the Shares which "
            "Acme Fund LP owns.")
    # "holds 500 Shares" is the fund's own holding (the defined term "Shares" is a holding's
    # noun); the clause on the shares adds no holder to Jane Roe's sentence
    assert rels(text) == [("beneficial_owner_of", "Acme Fund LP", "", None)] + control(
        ["Jane Roe"], "Acme Fund LP")


def test_clause_with_the_object_of_a_verb_adds_no_holder():
    text = ("Acme Fund LP may vote the Shares, which Beta LLC owns, and Jane Roe (by virtue of her "
            "relationship to Beta LLC) may be deemed to beneficially own the Shares held by Beta "
            "LLC.")
    assert rels(text) == control(["Jane Roe"], "Beta LLC")


def test_clause_running_into_a_list_is_not_skipped():
    # "managed by Gamma LLC, Delta LLC and Jane Roe": which names are holders cannot be told,
    # so Acme Corp. and Beta LLC stay unread (what main read is kept)
    text = ("Each of Acme Corp., Beta LLC, which is managed by Gamma LLC, Delta LLC and Jane Roe "
            + DEEMED.format(held="Acme Fund LP"))
    holders = {h for rel, h, _, _ in rels(text) if rel == "control_person_of"}
    assert "Acme Corp." not in holders and "Beta LLC" not in holders


def test_held_party_owns_for_an_organization_with_the_same_legal_form():
    assert held_party_owns(" the Shares held by Acme Fund LLC.", "Acme Fund LLC", "Beta GP LLC")
    assert not held_party_owns(" the Shares held by John Roe.", "John Roe", "Mary Roe")


# --- the pattern of the clause -------------------------------------------------------------

@pytest.mark.parametrize("flat, aside", [
    ('Beta, Acme LLC ("Acme"), which owns 99.6% of Beta and whose sole member is Jane Roe, and '
     'Jane Roe own', ", which owns 99.6% of Beta and whose sole member is Jane Roe"),
    ("Acme Corp., Beta LLC, who is X, and Jane Roe own", ", who is X"),
    ("Acme Corp., Beta LLC, of which Jane Roe is the sole member, and Jane Roe own",
     ", of which Jane Roe is the sole member"),
    ("Acme Corp., Beta LLC, which manages Acme Fund, L.P., and Jane Roe own",
     ", which manages Acme Fund, L.P."),
])
def test_list_relative_aside_matches(flat, aside):
    assert [flat[s:e] for s, e in list_asides(flat)] == [aside]
    assert LIST_RELATIVE_ASIDE.search(flat).group(0) == aside


@pytest.mark.parametrize("flat", [
    "Acme Corp., which is managed by Beta LLC, Gamma LLC and Jane Roe own",   # no ", and"
    "Acme Corp., which is managed by Beta LLC, Gamma LLC, and Jane Roe own",  # a comma inside
    "Acme Corp., which is managed by Beta LLC, and the Shares are",           # lower case after
    'Acme Corp., which is "Acme", and Jane Roe own',                          # a quote inside
    "Acme Corp., which (with Beta) is X, and Jane Roe own",                   # a bracket inside
    "Acme Corp. and Beta LLC own 5 Shares.",
])
def test_list_relative_aside_does_not_match(flat):
    assert list_asides(flat) == []


def test_blanked_keeps_every_other_character_in_place():
    flat = "Acme Corp., Beta LLC, who is X, and Jane Roe own"
    out = blanked(flat, list_asides(flat))
    assert len(out) == len(flat)
    assert out == "Acme Corp., Beta LLC" + " " * 10 + ", and Jane Roe own"


def test_through_asides_replaces_the_tail_reading():
    from graphkit.parsers.prose_clause_patterns import RELATIONSHIP_DEEMED_OWNER as pat
    flat = ("Each of Acme Corp., Beta LLC, who is X, and Jane Roe (by virtue of their "
            "relationships to Acme LP) may be deemed to own")
    got = list(through_asides(pat, flat, list_asides(flat), pat.finditer(flat),
                              lambda text, m: True))
    assert [" ".join(m["holder"].split()) for m in got] == [
        "Each of Acme Corp., Beta LLC , and Jane Roe"]


def test_list_relative_aside_is_fast_on_long_input():
    for flat in (", which " + "a" * 5000, ", which is X" * 500, ", which " + "Acme, L.P." * 500,
                 ", which " + " " * 5000 + ", and Jane"):
        with cpu_seconds() as spent:
            list_asides(flat)
        assert spent() < 0.5


# --- "X owns N% of Y" ----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Acme Holdings LLC owns approximately 80% of Beta Corp.",
     [("shareholder_of", "Acme Holdings LLC", "Beta Corp.", 80.0)]),
    ("Mr. Roe indirectly owns 100% of Beta Management Ltd.",
     [("shareholder_of", "Mr. Roe", "Beta Management Ltd.", 100.0)]),
    ("Acme LLC holds more than 50% of Beta Corp.",
     [("shareholder_of", "Acme LLC", "Beta Corp.", None)]),
    ("Jane Roe, the manager of Acme LLC, which owns 75% of Beta Inc., is a director.",
     [("managing_member_of", "Jane Roe", "Acme LLC", None)]),  # which owns? not read
    ("Acme Holdings LLC owns approximately 80% of Beta Corp. and 20% of Gamma Inc.",
     [("shareholder_of", "Acme Holdings LLC", "Beta Corp.", 80.0)]),
])
def test_owns_percent_of_a_company(text, expected):
    assert rels(text) == sorted(expected)


@pytest.mark.parametrize("text", [
    "Acme LLC owns 30% of Beta Corp.",                      # no majority
    "Acme LLC owns 50% of Beta Corp.",                      # half: no majority
    "Acme LLC owns over 40% of Beta Corp.",
    "Acme LLC owns 9.9% of the Common Stock.",              # a class
    "Acme LLC owns 60% of Class B Units.",
    "Acme LLC owns 60% of the Issuer.",                     # the filing's issuer: cover rows
    "Acme LLC owns 99% of Beta Fund LP.",                   # a partnership: its GP controls
    "Acme LLC owns 99% of Beta Master Fund.",               # a fund: its manager does
    "Acme LLC owns 80% of Beta Corp.'s outstanding shares.",  # "Beta Corp.'s": not the object
    "Acme LLC owns 80% of Beta Corp. and Gamma Inc.",       # of both, or of each?
    "Acme LLC beneficially owns 80% of Beta Corp.",         # a holding of a class
    "The manager of Acme LLC owns 60% of Beta Inc.",        # Acme LLC is no subject
    "No Reporting Person owns 60% of Beta Inc.",
    "Acme LLC owned 60% of Beta Inc. until 2019.",          # past
    "Acme LLC owns 160% of Beta Inc.",
])
def test_owns_percent_of_gives_no_shareholder(text):
    assert [r for r in rels(text) if r[0] == "shareholder_of"] == []


def test_owns_percent_of_pattern_groups():
    m = OWNS_PERCENT_OF.search('Acme LLC ("Acme"), which owns approximately 99.6% of Beta and '
                               'whose sole member is Jane Roe')
    assert (m["holder"], m["holder2"], m["pct"], m["held"]) == (
        None, 'Acme LLC ("Acme")', "99.6", "Beta")
    m = OWNS_PERCENT_OF.search("Acme LLC owns in excess of 50 percent of Beta Inc.")
    assert (m["holder"], m["over"], m["pct"], m["held"]) == (
        "Acme LLC", "in excess of", "50", "Beta Inc.")
    assert OWNS_PERCENT_OF.search("Acme LLC owns 60% of the outstanding Shares of Beta") is None


def test_percent_owned():
    flat = "Acme LLC owns 60% of Beta Inc."
    assert percent_owned(flat, OWNS_PERCENT_OF.search(flat)) == PercentOwned(
        holder="Acme LLC", held="Beta Inc.", percent=60.0)


@pytest.mark.parametrize("name, security", [
    ("Class A Shares", True), ("Common Stock", True), ("Series B Preferred", True),
    ("Units", True), ("Voting Securities", True), ("Comstock Holdings LLC", False),
    ("Beta Corp.", False), ("Acme Interests", True),
])
def test_security_name(name, security):
    assert (SECURITY_NAME.search(name) is not None) is security


def test_owns_percent_of_is_fast_on_long_input():
    flat = "Acme Beta Gamma " * 100 + ", which holds"
    with cpu_seconds() as spent:
        list(OWNS_PERCENT_OF.finditer(flat))
    assert spent() < 2


# --- the real filing -----------------------------------------------------------------------

def test_icahn_13da_86_reads_starfire_and_modal():
    # "each of Starfire, Modal LLC ("Modal"), which owns approximately 99.6% of Starfire and
    # whose sole member is Mr. Icahn, and Mr. Icahn (by virtue of their relationships to
    # Highcrest) may be deemed to indirectly beneficially own the Depositary Units which
    # Highcrest owns."
    got = claims("icahn_iep_2026_schedule13da_am86.xml")  # (relation, holder, held, title)
    for claim in [("control_person_of", "Starfire Holding Corporation", "Highcrest Investors LLC",
                   None),
                  ("control_person_of", "MODAL LLC", "Highcrest Investors LLC", None),
                  ("control_person_of", "Carl C. Icahn", "Highcrest Investors LLC", None),
                  ("member_of", "Carl C. Icahn", "MODAL LLC", None),
                  ("shareholder_of", "MODAL LLC", "Starfire Holding Corporation", None)]:
        assert claim in got
    rec = parse_path(FILINGS / "icahn_iep_2026_schedule13da_am86.xml").records[0]
    assert [c.percent for c in rec.claims if c.relation.value == "shareholder_of"] == [99.6]


def test_icahn_13da_86_total_counts_highcrest_once():
    G = build([FILINGS / "icahn_iep_2026_schedule13da_am86.xml"]).graph
    ans = find_controllers(G, "Icahn Enterprises L.P.", as_of="2026-09-30")
    assert ans.total_shares == 658924537  # the filing's aggregate; main: 731,709,583
    assert [u.party.name for u in ans.ultimate if u.party.name.startswith("Starfire")] == []


# -- review s23-modal: titles shared by a list, openers, denials, what "owns N% of" reads ------

LIST_CLAUSE = "Each of Acme Fund LP, Acme GP LLC, which is the general partner of Acme Fund LP, and "


@pytest.mark.parametrize("tail, persons", [
    ("Messrs. Roe and Doe", ["Mr. Roe", "Mr. Doe"]),
    ("Mses. Roe and Doe", ["Ms. Roe", "Ms. Doe"]),
])
def test_plural_title_after_a_clause_is_carried_to_each_name(tail, persons):
    got = rels(LIST_CLAUSE + tail + " " + DEEMED.format(held="Acme Master Fund LP"))
    held = "Acme Master Fund LP"
    for p in ["Acme Fund LP", "Acme GP LLC"] + persons:
        assert ("control_person_of", p, held, None) in got
    assert not [r for r in got if r[1] in ("Roe", "Doe") or r[2] in ("Roe", "Doe")]


def test_plural_title_inside_a_plain_list():
    got = rels("Each of Acme Fund LP, Acme GP LLC and Messrs. Roe and Doe "
               + DEEMED.format(held="Acme Master Fund LP"))
    assert got == control(["Acme Fund LP", "Acme GP LLC", "Mr. Roe", "Mr. Doe"],
                          "Acme Master Fund LP")


@pytest.mark.parametrize("text, holders", [
    ("Except for Acme Fund LP, Acme GP LLC and Jane Roe ", ["Acme GP LLC", "Jane Roe"]),
    ("Only Acme Fund LP and Acme GP LLC ", ["Acme GP LLC"]),
    ("Other than Acme Fund LP, Acme GP LLC, which is the general partner of Acme Fund LP, and "
     "Jane Roe ", ["Acme GP LLC", "Jane Roe"]),
])
def test_opener_is_never_part_of_a_holder(text, holders):
    got = rels(text + DEEMED.format(held="Acme Master Fund LP"))
    assert [r for r in got if r[0] == "control_person_of"] == \
        control(holders, "Acme Master Fund LP")


@pytest.mark.parametrize("opening", ["Pursuant to Rule 13d-3(a), none of",
                                     "Pursuant to Rule 13d-3(a), None of",
                                     "As a result, neither of"])
def test_list_with_a_clause_denied_after_an_opening_phrase(opening):
    got = rels(f"{opening} Acme Corp., Beta LLC, which is owned by John Doe, and Jane Roe "
               + DEEMED.format(held="Gamma LP"))
    assert [r for r in got if r[0] == "control_person_of"] == []


@pytest.mark.parametrize("text", [
    "Beta Offshore Fund, Ltd. owns approximately 70% of Beta Master Fund, Ltd.",
    "Beta Offshore Fund Ltd., which owns approximately 70% of Beta Master Fund Ltd., invests "
    "in it.",
    "Acme Holdings LLC owns 60% of Beta SICAV.",
    "Acme Holdings LLC owns 60% of Beta Investment Trust.",
    "Acme Holdings LLC owns 60% of the Roe Family Trust.",
    "Acme Holdings LLC owns 60% of Beta Opportunity Fund LLC.",
    "Acme Holdings LLC owns 60% of Beta Equity Fund, Inc.",
    "Acme Holdings LLC owns 60% of Beta Capital Partners, LLC.",
    "Acme Holdings LLC owns 60% of Beta Feeder Ltd.",
    "Acme Holdings LLC owns 60% of Jane Roe.",
    "Mr. Roe owns 60% of Mr. Doe.",
    "Jane Roe owns 60% of John Doe, her husband.",
    "Acme LLC owns 60% of Delaware.",
    "Acme LLC owns 60% of New York.",
    "Acme LLC owns 60% of Schedule A.",
    "Acme LLC owns 60% of Item 5.",
    "Acme LLC owns 60% of December 2020.",
    "Acme LLC owns 60% of Gamma Corp. Series A.",
    "Acme Holdings LLC owns approximately 60% of Gamma Corp. Class B.",
    "Acme LLC owns 60% of Beta Term Loan.",
    "Through Acme Holdings LLC Jane Roe indirectly owns 100% of Beta Corp.",
    "Each Reporting Person other than Acme Holdings LLC owns 60% of Beta Corp.",
    "No person other than Acme Holdings LLC owns 60% of Beta Corp.",
    "Each of Acme LLC and Beta LLC owns 60% of Gamma Corp.",
    "The Reporting Person owns 60% of Beta Corp.",
    "The Fund owns 60% of Beta Corp.",
])
def test_owns_percent_of_only_an_operating_company_by_its_plain_owner(text):
    assert [r for r in rels(text) if r[0] == "shareholder_of"] == []


@pytest.mark.parametrize("text, expected", [
    ("To the knowledge of the Reporting Persons, Acme Holdings LLC owns 60% of Beta Corp.",
     ("Acme Holdings LLC", "Beta Corp.", 60.0)),
    ("To the best of its knowledge, Acme Holdings LLC owns 60% of BETA CORPORATION.",
     ("Acme Holdings LLC", "BETA CORPORATION", 60.0)),
    ("Acme Holdings LLC owns 60% of Beta Capital Management, LLC.",
     ("Acme Holdings LLC", "Beta Capital Management, LLC", 60.0)),
    # a short form the text prints in full: the full name is a company's
    ("Beta Holding Corporation is the parent. Acme LLC owns approximately 99.6% of Beta.",
     ("Acme LLC", "Beta", 99.6)),
])
def test_owns_percent_of_still_read(text, expected):
    assert [r[1:] for r in rels(text) if r[0] == "shareholder_of"] == [expected]


def test_owns_percent_of_a_short_form_of_a_fund_is_not_read():
    text = "Beta Master Fund Ltd. is the fund. Acme LLC owns approximately 70% of Beta."
    assert [r for r in rels(text) if r[0] == "shareholder_of"] == []


def test_owns_percent_of_a_short_form_never_printed_in_full_is_left_to_the_party():
    found = find_relationships(SourceText(path="t.txt", text="Acme LLC owns 70% of Beta."))
    assert [(f.holder, f.held, f.pattern) for f in found] == \
        [("Acme LLC", "Beta", "owns_percent_of_short_form")]


@pytest.mark.parametrize("pattern, how, text, hit", [
    ("COMPANY_FORM_END", "search", "Beta Holdings, LLC", True),
    ("COMPANY_FORM_END", "search", "BETA CORP.", True),
    ("COMPANY_FORM_END", "search", "Beta Corp. Class B", False),
    ("COMPANY_FORM_END", "search", "Jane Roe", False),
    ("NOT_AN_OPERATING_COMPANY", "search", "Beta Offshore Fund, Ltd.", True),
    ("NOT_AN_OPERATING_COMPANY", "search", "Beta Ventures II, L.P.", True),
    ("NOT_AN_OPERATING_COMPANY", "search", "Beta Corp.", False),
    ("NOT_AN_OPERATING_COMPANY", "search", "Masterworks Inc.", False),
    ("NOT_AN_OWNER", "search", "Through Acme Holdings LLC Jane Roe", True),
    ("NOT_AN_OWNER", "search", "Reporting Person", True),
    ("NOT_AN_OWNER", "search", "Acme Holdings LLC", False),
    ("NOT_AN_OWNER", "search", "Nobel Holdings LLC", False),
    ("OPENING_BEFORE_OWNER", "fullmatch", "To the knowledge of the Reporting Persons, ", True),
    ("OPENING_BEFORE_OWNER", "fullmatch", "As of June 1, 2020, ", False),
    ("OPENING_BEFORE_OWNER", "fullmatch", "Each of Acme LLC, ", False),
    ("OPENING_BEFORE_OWNER", "fullmatch", "Acme LLC owns 60% of Beta Corp., and ", False),
    ("SHORT_COMPANY_NAME", "fullmatch", "Beta Holdings", True),
    ("SHORT_COMPANY_NAME", "fullmatch", "ABC", True),
    ("SHORT_COMPANY_NAME", "fullmatch", "A.", False),
    ("SHORT_COMPANY_NAME", "fullmatch", "Beta and Gamma", False),
])
def test_owns_percent_of_name_patterns(pattern, how, text, hit):
    from graphkit.parsers import prose_owned_patterns as P
    assert (getattr(getattr(P, pattern), how)(text) is not None) is hit


def test_company_name_rest_and_preposition_right_before():
    from graphkit.parsers.prose_owned_patterns import (COMPANY_NAME_REST,
                                                       PREPOSITION_RIGHT_BEFORE)
    text = "Beta Holding Corporation, Beta and its affiliates"
    assert COMPANY_NAME_REST.match(text, 4).group(0) == " Holding Corporation"
    assert COMPANY_NAME_REST.match(text, text.index(" and")) is None
    assert PREPOSITION_RIGHT_BEFORE.search("the manager of ") is not None
    assert PREPOSITION_RIGHT_BEFORE.search("Each of ") is None
    assert PREPOSITION_RIGHT_BEFORE.search("each of Starfire, ") is None


@pytest.mark.parametrize("text, hit", [
    ("Pursuant to Rule 13d-3, none of ", True), ("NONE OF ", True), ("Neither ", True),
    ("Each of ", False), ("Nonetheless, each of ", False),
])
def test_list_denial(text, hit):
    from graphkit.parsers.prose_list_asides import LIST_DENIAL
    assert (LIST_DENIAL.search(text) is not None) is hit


# --- second review of the branch: a title's group, a denial's place, a hypothetical opener ---

@pytest.mark.parametrize("names, holders", [
    ("Acme GP LLC, Messrs. Roe and Doe, and Starfire", ["Mr. Roe", "Mr. Doe", "Starfire"]),
    ("Acme GP LLC, Messrs. Roe and Doe and Starfire", ["Mr. Roe", "Mr. Doe", "Starfire"]),
    ("Acme GP LLC, Messrs. Roe and Doe, Starfire and Modal",
     ["Mr. Roe", "Mr. Doe", "Starfire", "Modal"]),
    ("Acme GP LLC, Messrs. Roe, Doe and Smith", ["Mr. Roe", "Mr. Doe", "Mr. Smith"]),
])
def test_plural_title_stays_in_its_own_group(names, holders):
    got = rels(f"Each of {names} " + DEEMED.format(held="Acme Fund LP"))
    assert got == control(["Acme GP LLC"] + holders, "Acme Fund LP")


def test_plural_title_after_a_clause_stays_in_its_own_group():
    got = rels("Each of Acme GP LLC, which is the general partner of Acme Fund LP, and Messrs. "
               "Roe and Doe, and Modal " + DEEMED.format(held="Acme Fund LP"))
    assert [r for r in got if r[0] == "control_person_of"] == \
        control(["Acme GP LLC", "Mr. Roe", "Mr. Doe", "Modal"], "Acme Fund LP")


def test_split_names_ends_a_title_at_its_and():
    assert split_names("Jane Roe, Messrs. Doe and Smith, and Acme") == \
        ["Jane Roe", "Mr. Doe", "Mr. Smith", "Acme"]


@pytest.mark.parametrize("opening", [
    "Although neither Acme Corp. nor Beta LLC holds any Shares directly, each of",
    "While none of the Shares are held by Acme GP LLC directly, each of",
])
def test_denial_earlier_in_the_clause_keeps_the_list(opening):
    got = rels(f"{opening} Acme Fund LP, Acme GP LLC, which is the general partner of Acme Fund "
               "LP, and Jane Roe " + DEEMED.format(held="Acme Master Fund LP"))
    assert [r for r in got if r[0] == "control_person_of"] == \
        control(["Acme Fund LP", "Acme GP LLC", "Jane Roe"], "Acme Master Fund LP")


@pytest.mark.parametrize("flat, denied", [
    ("Pursuant to Rule 13d-3, none of Acme Corp., Beta LLC", True),
    ("Pursuant to Rule 13d-3, none of each of Acme Corp., Beta LLC", True),
    ('None of Banco de Acme S.A., Acme ("Acme"), Beta LLC', True),
    ("Although neither Acme Corp. nor Gamma LP owns Shares, each of Acme Corp., Beta LLC", False),
    ("While none of the Shares are held by Gamma LP, each of Acme Corp., Beta LLC", False),
])
def test_denied_before_only_right_before_the_list(flat, denied):
    assert denied_before(flat, flat.index("Beta LLC")) is denied


@pytest.mark.parametrize("opening", [
    "If the Offer is completed, ", "Assuming the conversion of all Notes, ",
    "On a pro forma basis, ", "After giving effect to the Transaction, ",
    "As a result of the Merger, ", "Upon exercise of the Warrants, ",
    "Following the Closing, ", "When the Notes convert, ", "Once the Offer closes, ",
    "Subject to regulatory approval, ", "As of the Closing Date, ",
])
def test_hypothetical_opener_gives_no_shareholder(opening):
    assert [r for r in rels(opening + "Acme Holdings LLC owns 60% of Beta Inc.")
            if r[0] == "shareholder_of"] == []


@pytest.mark.parametrize("opening, matched", [
    ("To the knowledge of the Reporting Persons, ", True),
    ("To the best of the Reporting Persons' knowledge, ", True),
    ("To the best of its knowledge, ", True),
    ("Assuming the conversion of all Notes, ", False),
    ("To the extent the Offer is completed, ", False),
])
def test_opening_before_owner_is_a_source_of_knowledge(opening, matched):
    assert (OPENING_BEFORE_OWNER.fullmatch(opening) is not None) is matched
