"""Review x15 fixes on XML forms and prose (made-up inputs of the review, and real filings).

1. H1: a word in parentheses inside an entity's name ("SVF II Aggregator (Jersey) L.P.", "Acme
   Fund (Cayman) L.P.", "Acme Partners (Offshore) Ltd.") is part of the name; a name is never a
   legal form alone ("L.P." was a party and a top controller of the real SoftBank Form 4).
2. H2: a Form 4 holding (the amount owned after the line's last transaction) is dated by that
   transaction, not by the period of report (the earliest transaction).
3. H3: a 13D/13G XML comment sets ``disclaims`` only when it disclaims beneficial ownership, for
   the person it says disclaims; a group status disclaimed ("the reporting persons disclaim that
   they constitute a statutory group") is no such disclaimer.
4. M7: a role stated with "its" for a party named before, in the sentence or the one before
   ("The shares are held by Acme Fund LP. Acme GP LLC is its general partner"), after
   "controlled by" ("..., is controlled by Jane Roe, its managing member"), and a role a party
   "has been appointed as" in a relative clause (real SoftBank Form 4: "SB Global Advisers
   Limited, which has been appointed as manager and is responsible for ... SoftBank Vision Fund
   II-2 L.P.'s investments").
5. M8: Forms 3/4/5 read disclaimers: a footnote of a holding line (or the remarks; in a text
   form, the numbered note of the Explanation of Responses its nature points to) that disclaims
   beneficial ownership sets ``disclaims`` on the claims of the parties it names.
6. M10: a Form 4 owner that no box nor holding line relates to the issuer (only "Other" checked,
   derivative securities only) gets a ``beneficial_owner_of`` claim without shares, noted; an
   owner with nothing at all, a warning.
7. M11: a name that ends in a legal form stays an organization whatever its type code ("IN").

Real filings: tests/fixtures/filings/own15/ (SOURCES.tsv says where each came from); the made-up
ones are the review's edits of corpus filings.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from graphkit.asof import graph_as_of
from graphkit.graph import build_graph
from graphkit.parse import parse_path, parse_source
from graphkit.parsers.prose import find_relationships
from graphkit.parsers.ownership_text import CELL_MARK, EXPLANATION, NOTE_MARK, explanation_notes
from graphkit.parsers.ownership_xml import parse_ownership_xml
from graphkit.models import Party, PartyKind
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.partybook_kinds import settle_kinds
from graphkit.parsers.prose_appointed import APPOINTED_AS_ROLE, appointed_held
from graphkit.parsers.prose_its import (CONTROLLED_BY_ITS_ROLE, IS_ITS_ROLE, ITS_ROLE_IS,
                                        its_party)
from graphkit.parsers.prose_sentence_subjects import ORG_SUBJECT
from graphkit.parsers.prose_sentences import sentence_spans
from graphkit.parsers.prose_name_patterns import NAME
from graphkit.parsers.schedule13_items import ALL_FILERS
from graphkit.parsers.xml_disclaimers import NEGATED, PRONOUN_SUBJECT, disclaiming_ids
from graphkit.source import SourceText
from tests.conftest import corpus_file

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"
OWN15 = FILINGS / "own15"


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


def _claims(path: Path) -> set[tuple[str, str, str]]:
    rec = parse_path(path).records[0]
    name = {p.id: p.name for p in rec.parties}
    return {(c.relation.value, name[c.source], name[c.target]) for c in rec.claims}


def _party_names(path: Path) -> set[str]:
    return {p.name for p in parse_path(path).records[0].parties}


def _holdings(path: Path) -> list[tuple[str, int, bool, dt.date]]:
    rec = parse_path(path).records[0]
    name = {p.id: p.name for p in rec.parties}
    return [(name[c.source], c.shares, c.direct, c.as_of) for c in rec.claims
            if c.relation.value == "beneficial_owner_of" and c.shares is not None]


def test_draftkings_form4_holding_dated_by_the_last_sale():
    # sales on 2025-03-14 (710,145 then 706,620 owned after) and on 2025-03-17 (653,843)
    path = OWN15 / "dodge_draftkings_2025_form4.txt"
    rec = parse_path(path).records[0]
    assert rec.event_date == dt.date(2025, 3, 14)  # the period of report stays the event date
    assert _holdings(path) == [("Dodge R Stanton", 653843, True, dt.date(2025, 3, 17))]
    G = build_graph([rec])
    held = lambda day: [d.get("shares") for _, _, d in graph_as_of(G, day).edges(data=True)  # noqa
                        if d.get("shares")]
    assert held("2025-03-15") == []  # 653,843 were not yet the holding
    assert held("2025-03-17") == [653843]


def test_made_form4_bought_then_sold():
    assert _holdings(OWN15 / "f10_tx_order.xml") == [("Roe Jane", 500, True, dt.date(2024, 6, 20))]


def test_real_form4_two_days_of_purchases():
    # corpus tang_tcr2: purchases on 2023-05-11 and 2023-05-12 (4,344,800 owned after)
    path = corpus_file("form4/tang_tcr2_2023_form4.xml")
    assert {(s, d) for _, s, _, d in _holdings(path)} == {(4344800, dt.date(2023, 5, 12))}


def test_holding_rows_and_form5_speak_at_the_period():
    # Form 5: the amount is the one at the end of the fiscal year (the period), not at the
    # transaction of 2021-12-23; holding rows of a Form 4 have no transaction date
    form5 = _holdings(FILINGS / "mcmahon_snowflake_2022_form5.xml")
    assert {d for *_, d in form5} == {dt.date(2022, 1, 31)}
    telos = _holdings(FILINGS / "schaufeld_telos_2023_form4.xml")
    assert {d for *_, d in telos} == {dt.date(2023, 5, 12)}


# --- H3: 13D/13G XML, only a disclaimer of beneficial ownership -----------------------------

_GROUP = ("Despite such shared beneficial ownership, the reporting persons disclaim that they "
          "constitute a statutory group")


def _disclaims(rec) -> dict[str, bool | None]:
    name = {p.id: p.name for p in rec.parties}
    return {name[c.source]: c.disclaims for c in rec.claims
            if c.relation.value == "beneficial_owner_of"}


def _bml_with(comment_end: str):
    path = corpus_file("13d/bml_aadi_2025_schedule13d.xml")
    text = path.read_text()
    assert _GROUP in text
    return parse_source(SourceText(str(path), text.replace(_GROUP, comment_end)))[0]


def test_group_status_disclaimed_is_no_disclaimer_of_ownership():
    for path in (corpus_file("13d/bml_aadi_2025_schedule13d.xml"),
                 OWN15 / "x01_group_disclaimer.xml"):
        assert _disclaims(parse_path(path).records[0]) == {
            "BML Investment Partners, L.P.": None, "Leonard Braden Michael": None}


@pytest.mark.parametrize("sentence, expected", [
    ("Mr. Leonard disclaims beneficial ownership of the shares except to the extent of his "
     "pecuniary interest therein", {"Leonard Braden Michael": True}),
    ("The Reporting Person disclaims beneficial ownership of the shares held by BML Investment "
     "Partners, L.P.", {"Leonard Braden Michael": True}),
    ("Braden M. Leonard does not disclaim beneficial ownership of the shares", {}),
    ("Each of the Reporting Persons disclaims beneficial ownership except to the extent of its "
     "or his pecuniary interest", {"Leonard Braden Michael": True,
                                   "BML Investment Partners, L.P.": True}),
    ("The reporting persons disclaim beneficial ownership except to the extent of their "
     "pecuniary interest", {"Leonard Braden Michael": True,
                            "BML Investment Partners, L.P.": True}),
])
def test_comment_disclaimer_of_ownership_by_whom(sentence, expected):
    want = {"BML Investment Partners, L.P.": None, "Leonard Braden Michael": None} | expected
    assert _disclaims(_bml_with(sentence)) == want


def test_disclaimer_of_the_manager_is_not_the_funds():
    # corpus fjcapital 13G/A: "held by Financial Opportunity Fund LLC which FJ Capital Management
    # LLC is the managing member; as such, the Reporting Person ... disclaims"; "Mr. Friedman
    # disclaims"; the fund's own comment disclaims nothing
    rec = parse_path(corpus_file("13g/fjcapital_southernfirst_2024_schedule13ga.txt")).records[0]
    assert _disclaims(rec) == {"FJ Capital Management LLC": True,
                               "Financial Opportunity Fund LLC": None, "Martin Friedman": True}


@pytest.mark.parametrize("before, hit", [
    ("The Reporting Person does not ", True), ("Acme shall not be deemed to ", True),
    ("Jane Roe has never ", True), ("Jane Roe ", False), ("Nothing herein shall ", False)])
def test_negated(before, hit):
    assert bool(NEGATED.search(before)) is hit


@pytest.mark.parametrize("before, pronoun", [
    ("Jane Roe may be deemed to own them, but she ", "she"),
    ("Includes shares held by the Trust, as to which he ", "he"),
    ("It ", "It"), ("Acme GP LLC ", None), ("the shares of which he is the owner ", None)])
def test_pronoun_subject(before, pronoun):
    m = PRONOUN_SUBJECT.search(before)
    assert (m["pronoun"] if m else None) == pronoun


@pytest.mark.parametrize("before, hit", [
    ("The Reporting Persons ", True), ("the reporting persons each expressly ", True),
    ("The Reporting Person ", False),
    ("the shares held by the Reporting Persons. Jane Roe ", False),
    # review main16 H1: not the whole subject
    ("None of the Reporting Persons ", False), ("Certain of the Reporting Persons ", False),
    ("Both of the Reporting Persons ", False), ("Subject to the foregoing, the Reporting Persons ", True)])
def test_all_filers(before, hit):
    assert bool(ALL_FILERS.search(before)) is hit


def test_pronoun_is_the_sentence_subject_before_the_comment_owner():
    book = PartyBook()
    fund, gp = book.add("Acme Fund LP"), book.add("Acme GP LLC")
    text = ("Acme GP LLC may be deemed to own the shares held by Acme Fund LP, but it disclaims "
            "beneficial ownership.")
    assert disclaiming_ids([SourceText("x", text)], book, [fund, gp], own=fund) == {gp.id}
    text = "Disclaims beneficial ownership except to the extent of its pecuniary interest."
    assert disclaiming_ids([SourceText("x", text)], book, [fund, gp], own=fund) == {fund.id}
    assert disclaiming_ids([SourceText("x", text)], book, [fund, gp]) == set()


# --- M7: "its" across sentences, relative clauses -------------------------------------------

def _mm(holder: str, held: str) -> set[tuple[str, str, str]]:
    return {("managing_member_of", holder, held)}


_GP_FUND = {("general_partner_of", "Acme GP LLC", "Acme Fund LP")}


@pytest.mark.parametrize("text, expected", [
    ("The shares are held by Acme Fund LP. Acme GP LLC is its general partner, and Jane Roe is "
     "the managing member of Acme GP LLC.", _GP_FUND | _mm("Jane Roe", "Acme GP LLC")),
    ("The shares are held by Acme Fund LP. Its general partner is Acme GP LLC.", _GP_FUND),
    ("The shares are held by Acme Fund LP. Acme GP LLC serves as its general partner.", _GP_FUND),
    ("The shares are held by Acme Fund LP. Acme GP LLC is its general partner. Jane Roe is its "
     "managing member.", _GP_FUND | _mm("Jane Roe", "Acme GP LLC")),
    ("Acme GP LLC, the general partner of Acme Fund LP, is controlled by Jane Roe, its managing "
     "member.", _GP_FUND | _mm("Jane Roe", "Acme GP LLC")),
    ("Acme Fund LP holds the shares, and Acme GP LLC is its general partner.", _GP_FUND),
    ("The shares are held by Acme Fund LP. Acme GP LLC, which is its general partner, may be "
     "deemed to own them.", _GP_FUND),
    ("Acme Fund LP is a Delaware limited partnership. Its general partner is Acme GP LLC, whose "
     "managing member is Jane Roe.", _GP_FUND | _mm("Jane Roe", "Acme GP LLC")),
    ("The shares are held by Acme Fund, L.P. Acme GP LLC is its general partner.",
     {("general_partner_of", "Acme GP LLC", "Acme Fund, L.P.")}),
    ("The shares are held by the Roe Family Trust. Jane Roe is its trustee.",
     {("trustee_of", "Jane Roe", "Roe Family Trust")}),
    # of two entities before, the one the role belongs to (a managing member: the LLC's)
    ("Acme GP LLC is the general partner of Acme Fund LP. Jane Roe is its managing member.",
     _GP_FUND | _mm("Jane Roe", "Acme GP LLC")),
    ("Acme Corp. is a Delaware corporation. Its directors are Jane Roe and John Doe.",
     {("director_of", "Jane Roe", "Acme Corp."), ("director_of", "John Doe", "Acme Corp.")}),
    # a title after a name is no holder
    ("Acme Corp. is a Delaware corporation. Its presidents are Jane Roe, President, and John "
     "Doe, Vice President.", {("officer_of", "Jane Roe", "Acme Corp."),
                            ("officer_of", "John Doe", "Acme Corp.")}),
    # ambiguous or not current: nothing
    ("Acme Corp. acquired the shares from Beta LLC. Jane Roe is its president.", set()),
    ("The shares are held by Acme Fund LP. Acme GP LLC was its general partner until 2020.",
     set()),
    ("Acme GP LLC is no longer its general partner.", set()),
    ("The shares are held by Acme Fund LP. Jane Roe is its general partner's managing member.",
     set()),
    ("Acme Fund LP sold shares to Beta Fund LP. Acme GP LLC is its general partner.", set()),
])
def test_its_role_for_a_party_named_before(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, sentences", [
    ("The shares are held by Acme Fund, L.P. Acme GP LLC is its general partner.",
     ["The shares are held by Acme Fund, L.P.", "Acme GP LLC is its general partner."]),
    ("Held by Acme Holdings, Inc. Acme GP, L.L.C. serves as its manager.",
     ["Held by Acme Holdings, Inc.", "Acme GP, L.L.C. serves as its manager."]),
    # words that go on with a name: one sentence
    ("Held by Acme Inc. Employee Stock Ownership Plan Trust is the holder.", None),
    ("Held by Acme, L.P. Series B LLC is a holder.", None),
    ("Acme Partners, L.P. Fund II, LLC is the general partner of Beta Fund LP.", None),
    ("Held by Acme Corp. II Holdings LLC is x.", None),
])
def test_an_entity_subject_after_a_legal_form_opens_a_sentence(text, sentences):
    got = [text[s:e].strip() for s, e in sentence_spans(text)]
    assert got == (sentences or [text])


@pytest.mark.parametrize("text, hit", [
    ("Acme GP LLC is", True), ("Acme GP, L.L.C. serves", True), ("Beta Holdings Ltd. has", True),
    ("Fund II, LLC is", False), ("Employee Stock Ownership Plan Trust is", False),
    ("Acme GP LLC, the general partner", False)])
def test_org_subject(text, hit):
    assert bool(re.match(ORG_SUBJECT, text, re.VERBOSE)) is hit


def test_a_sentence_after_a_dotted_legal_form_names_its_own_holder():
    # main read the holder "Acme Fund, L.P. Acme GP LLC"
    assert _found("The shares are held by Acme Fund, L.P. Acme GP LLC is the general partner "
                  "of Acme Fund, L.P.") == {("general_partner_of", "Acme GP LLC",
                                             "Acme Fund, L.P.")}


def test_its_role_evidence_holds_the_sentence_before():
    text = "The shares are held by Acme Fund LP. Acme GP LLC is its general partner."
    [f] = find_relationships(SourceText(path="x.txt", text=text))
    assert f.evidence.text == text


@pytest.mark.parametrize("pat, text, groups", [
    (IS_ITS_ROLE, "Acme GP LLC is its general partner.", ("Acme GP LLC", "its general partner")),
    (IS_ITS_ROLE, "(1) Acme GP LLC and Beta GP LLC are its general partners.",
     ("Acme GP LLC and Beta GP LLC", "its general partners")),
    (ITS_ROLE_IS, "Its sole general partner is Acme GP LLC.",
     ("Acme GP LLC", "Its sole general partner")),
])
def test_its_role_patterns(pat, text, groups):
    m = pat.search(text)
    assert (m["holder"].rstrip("."), m["role"]) == groups


def test_controlled_by_its_role_pattern():
    m = CONTROLLED_BY_ITS_ROLE.search("Acme GP LLC, the general partner of Acme Fund LP, is "
                                      "controlled by Jane Roe, its managing member.")
    assert (m["held"], m["holder"], m["role"]) == ("Acme GP LLC", "Jane Roe", "its managing member")


def test_its_party_by_kind_of_role():
    before = "Acme GP LLC is the general partner of Acme Fund LP."
    assert its_party("", before, ("Jane Roe",), "managing member") == ("Acme GP LLC", True)
    assert its_party("", before, ("Beta GP LLC",), "general partner") == ("Acme Fund LP", True)
    assert its_party("", before, ("Jane Roe",), "president") == (None, True)


@pytest.mark.parametrize("text, expected", [
    ("SB Global Advisers Limited, which has been appointed as manager and is responsible for "
     "making final decisions related to the acquisition, structuring, financing and disposal of "
     "SoftBank Vision Fund II-2 L.P.'s investments, including as held by SVF II Beaver (DE) LLC.",
     ("SB Global Advisers Limited", "manager", "SoftBank Vision Fund II-2 L.P.")),
    ("Acme Advisers Ltd, which has been appointed as manager of Acme Fund LP, holds.",
     ("Acme Advisers Ltd", "manager", "Acme Fund LP")),
    ("Acme Advisers Ltd was appointed as investment manager and is responsible for the "
     "investment decisions of Acme Fund LP, which", ("Acme Advisers Ltd", "investment manager",
                                                   "Acme Fund LP")),
])
def test_appointed_as_role(text, expected):
    m = APPOINTED_AS_ROLE.search(text)
    assert (m["holder"], m["role"], appointed_held(m)) == expected


@pytest.mark.parametrize("text", [
    # responsible for something else than a party's investments
    "Acme Advisers Ltd has been appointed as manager and is responsible for the operations of "
    "Acme Corp.",
    "Jane Roe has been appointed to the board of Acme Corp.",
])
def test_appointed_as_role_needs_a_held_party(text):
    assert APPOINTED_AS_ROLE.search(text) is None


def test_softbank_form4_manager_of_the_vision_fund():
    claims = _claims(OWN15 / "softbank_betr_2025_form4.txt")
    assert ("investment_manager_of", "SB Global Advisers Ltd",
            "SOFTBANK VISION FUND II-2 L.P.") in claims
    assert ("shareholder_of", "SOFTBANK GROUP CORP.", "SB Global Advisers Ltd") in claims


def test_form4_footnote_chain_with_its():
    claims = _claims(OWN15 / "f01_footnote_chain.xml")
    assert {c for c in claims if c[0] != "beneficial_owner_of"} == {
        ("director_of", "Roe Jane", "374Water Inc."),
        ("general_partner_of", "Acme GP LLC", "Acme Fund LP"),
        ("managing_member_of", "Roe Jane", "Acme GP LLC")}


# --- M8: disclaimers of Forms 3/4/5 ---------------------------------------------------------

def _holding_disclaims(rec) -> set[tuple[str, int, bool | None, bool | None]]:
    name = {p.id: p.name for p in rec.parties}
    return {(name[c.source], c.shares, c.direct, c.disclaims) for c in rec.claims
            if c.relation.value == "beneficial_owner_of" and c.shares is not None}


@pytest.mark.parametrize("name, expected", [
    # "Each of Acme GP LLC and Jane Roe disclaims beneficial ownership of the shares ..."
    ("f01_footnote_chain.xml", {("Acme Fund LP", 5000000, True, None),
                                ("Acme GP LLC", 5000000, False, True),
                                ("Roe Jane", 5000000, False, True)}),
    # text Form 4: "By Acme Partners, L.P.(1)" and its note "(1) ... The reporting person
    # disclaims beneficial ownership of these shares ..."; the direct line disclaims nothing
    ("t01_text_form4_roles.txt", {("Foster, Alan H.", 250000, False, True),
                                  ("Acme Partners, L.P.", 250000, True, None),
                                  ("Foster, Alan H.", 40000, True, None)}),
])
def test_made_forms_disclaimers_of_their_lines(name, expected):
    assert _holding_disclaims(parse_path(OWN15 / name).records[0]) == expected


def test_real_form3_mr_buffett_disclaims_not_berkshire():
    rec = parse_path(corpus_file("form4/berkshire_snowflake_2020_form3.xml")).records[0]
    # F1 "The reported securities are owned directly by Columbia Insurance Company, a
    # subsidiary of ...": the record holder, which disclaims nothing
    assert _holding_disclaims(rec) == {("BERKSHIRE HATHAWAY INC", 6125376, False, None),
                                       ("BUFFETT WARREN E", 6125376, False, True),
                                       ("Columbia Insurance Company", 6125376, True, None)}


def test_real_form4_each_of_the_reporting_persons_disclaims():
    rec = parse_path(corpus_file("form4/pleasantlake_1800flowers_2025_form4.txt")).records[0]
    assert {(n, d) for n, _, _, d in _holding_disclaims(rec)} == {
        ("Fund 1 Investments, LLC", True), ("PLP Funds Master Fund LP", True),
        ("Pleasant Lake Partners LLC", True)}


def test_real_form4_the_reporting_person_disclaims_record_holders_do_not():
    rec = parse_path(FILINGS / "boersma_dutchbros_2025_form4.xml").records[0]
    assert {(n, d) for n, _, _, d in _holding_disclaims(rec)} == {
        ("Boersma Travis", True), ("DM Trust Aggregator, LLC", None),
        ("DM Individual Aggregator, LLC", None)}


def _form4(rows: str, footnotes: str, owners: int = 1) -> str:
    owner = ("<reportingOwner><reportingOwnerId><rptOwnerCik>000000000{k}</rptOwnerCik>"
             "<rptOwnerName>{name}</rptOwnerName></reportingOwnerId><reportingOwnerRelationship>"
             "<isDirector>1</isDirector></reportingOwnerRelationship></reportingOwner>")
    names = ["Roe Jane", "Doe John"][:owners]
    return ("<ownershipDocument><documentType>4</documentType><periodOfReport>2024-06-03"
            "</periodOfReport><issuer><issuerCik>0000000002</issuerCik><issuerName>Widget Inc."
            "</issuerName></issuer>" + "".join(owner.format(k=k + 3, name=n)
                                               for k, n in enumerate(names))
            + f"<nonDerivativeTable>{rows}</nonDerivativeTable><footnotes>{footnotes}"
            "</footnotes></ownershipDocument>")


def _holding_row(shares: int, di: str, nature: str = "", fn: str = "") -> str:
    nat = f"<natureOfOwnership><value>{nature}</value>{fn}</natureOfOwnership>" if nature else ""
    return ("<nonDerivativeHolding><securityTitle><value>Common Stock</value></securityTitle>"
            f"<postTransactionAmounts><sharesOwnedFollowingTransaction><value>{shares}</value>"
            "</sharesOwnedFollowingTransaction></postTransactionAmounts><ownershipNature>"
            f"<directOrIndirectOwnership><value>{di}</value></directOrIndirectOwnership>{nat}"
            "</ownershipNature></nonDerivativeHolding>")


_F1 = '<footnoteId id="F1"/>'


@pytest.mark.parametrize("note, owners, expected", [
    # the disclaimer is the indirect line's, not the direct line's
    ("The Reporting Person disclaims beneficial ownership of the shares held by the trust except "
     "to the extent of her pecuniary interest therein.", 1, {1000: None, 500: True}),
    ("Ms. Roe disclaims beneficial ownership of these shares.", 1, {1000: None, 500: True}),
    # no disclaimer of ownership: an admission clause, a negation, a group
    ("This report shall not be deemed an admission that the reporting person is the beneficial "
     "owner of the shares.", 1, {1000: None, 500: None}),
    ("The Reporting Person does not disclaim beneficial ownership of these shares.", 1,
     {1000: None, 500: None}),
    # of two owners, "the Reporting Person" is neither; "Each Reporting Person" is both
    ("The Reporting Person disclaims beneficial ownership of these shares.", 2,
     {1000: None, 500: None}),
    ("Each Reporting Person disclaims beneficial ownership of these shares.", 2,
     {1000: None, 500: True}),
])
def test_form4_disclaimer_of_a_line(note, owners, expected):
    xml = _form4(_holding_row(1000, "D") + _holding_row(500, "I", "By Roe Family Trust", _F1),
                 f'<footnote id="F1">{note}</footnote>', owners)
    rec = parse_ownership_xml(SourceText("f4.xml", xml))
    name = {p.id: p.name for p in rec.parties}
    got = {(c.shares, name[c.source]): c.disclaims for c in rec.claims if c.shares}
    for (shares, holder), flag in got.items():
        if holder == "Roe Family Trust":
            assert flag is None  # the record holder disclaims nothing
        else:
            assert flag is expected[shares], (shares, holder)


def test_explanation_patterns():
    assert EXPLANATION.search("Explanation of Responses:") is not None
    assert [m["n"] for m in NOTE_MARK.finditer("(1) Held by A.\n  (2) By spouse.")] == ["1", "2"]
    assert CELL_MARK.findall("By Acme Partners, L.P.(1)(3)") == ["1", "3"]
    assert explanation_notes("no explanation here") == {}


# --- M10: an owner with only "Other" and derivative securities ------------------------------

def test_other_only_derivative_only_owner_gets_a_claim():
    rec = parse_path(OWN15 / "f11_other_only_deriv.xml").records[0]
    [c] = rec.claims
    assert (rec.party(c.source).name, c.relation.value, rec.party(c.target).name, c.shares) == (
        "Acme Sponsor LLC", "beneficial_owner_of", "374Water Inc.", None)
    assert c.note == ("Former 10% owner; member of a Section 13(d) group; derivative securities "
                      "only (Warrants), not counted as shares")
    assert [e.section for e in c.evidence] == ["reporting owner 1", "Table II"]


def test_derivative_only_director_keeps_its_one_claim():
    rec = parse_path(OWN15 / "sachs_vertex_2020_form4.xml").records[0]
    assert [(rec.party(c.source).name, c.relation.value) for c in rec.claims] == [
        ("SACHS BRUCE I", "director_of")]


def test_owner_with_nothing_is_warned_about():
    text = (OWN15 / "f11_other_only_deriv.xml").read_text()
    start, end = text.index("<derivativeTable>"), text.index("</derivativeTable>")
    rec = parse_ownership_xml(SourceText("f4.xml", text[:start] + text[end + 18:]))
    assert rec.claims == []
    [w] = [w for w in rec.warnings if w.code == "owner-without-relation"]
    assert "Acme Sponsor LLC" in w.message and "Former 10% owner" in w.message


# --- M11: a legal form in the name outweighs the type code "IN" ------------------------------

def test_13g_xml_lp_typed_in_stays_an_organization():
    rec = parse_path(OWN15 / "s04_type_code_mismatch.xml").records[0]
    kinds = {p.name: (p.kind, p.type_codes) for p in rec.parties}
    assert kinds["Commodore Capital LP"] == (PartyKind.ORGANIZATION, ["IN"])
    assert kinds["Michael Kramarz"] == (PartyKind.PERSON, ["CO"])  # he signs: a person
    lp = next(p for p in rec.parties if p.name == "Commodore Capital LP")
    assert [(r.raw, r.value, r.method) for r in lp.readings if r.field == "kind"] == [
        ("IN", "organization", "legal-form")]
    assert [a.name for a in lp.aliases] == ["Firm"]  # no person's spellings of the name


@pytest.mark.parametrize("name, codes, kind", [
    ("Acme Capital LP", ["IN"], PartyKind.ORGANIZATION),
    ("Acme Capital, L.L.C.", ["HC", "IN"], PartyKind.ORGANIZATION),
    ("Jane Roe & Co.", ["IN"], PartyKind.ORGANIZATION),
    ("Jane Roe Trust", ["IN"], PartyKind.ORGANIZATION),  # no legal form, but no person either
    ("Lucio L. Co", ["IN"], PartyKind.PERSON),  # a surname, not a legal form
    ("Acme Beta", ["IN"], PartyKind.PERSON),
])
def test_settle_kinds_legal_form_wins_over_in(name, codes, kind):
    p = Party(id="p1", name=name, kind="organization", type_codes=codes)
    settle_kinds([p])
    assert p.kind is kind
