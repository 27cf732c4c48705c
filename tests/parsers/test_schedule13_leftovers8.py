"""Readings fixed from the leftovers of earlier evaluations (eighth session, misc8).

The date of event taken from "(For the period ended <date>)" next to the signature date when
the cover states none; company names that open with a number ("1867 Acme Financial
Corporation") on cover pages and in prose, and ", CONSOLIDATED" after a cover name; "X and Y
are the ROLE of A and the ROLE of B, respectively" paired in order; a percent of the voting
power kept out of the percent of class; shares held by two persons together (joint tenants)
a holding of each, with a note.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.numbered_names import NUMBERED_NAME
from graphkit.parsers.prose import find_defined_terms, find_relationships
from graphkit.parsers.prose_lists import split_names
from graphkit.parsers.prose_holding_patterns import HOLDING_PERCENT, RECORD_HOLDER
from graphkit.parsers.prose_holdings import JOINT_HOLDING
from graphkit.parsers.prose_roles import clause_holders
from graphkit.parsers.schedule13_items import read_item4_values
from graphkit.parsers.voting_power import VOTING_POWER_AFTER, find_class_percents
from graphkit.parsers.prose_sentence_patterns import SENTENCE_END
from graphkit.parsers.schedule13_cover_names import looks_like_name_cell
from graphkit.parsers.schedule13_cover_patterns import CONSOLIDATED_SUFFIX
from graphkit.parsers.schedule13_period import PERIOD_ENDED, read_period_ended
from graphkit.source import SourceText
from tests.holdout import holdout_record as _record

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


def _made_up_13g(name: str = "Acme Fund, L.P.", pct: str = "5.0%", sole: str = "1,000",
                 shared: str = "0", total: str = "1,000", event: str = "", rest: str = ""
                 ) -> str:
    """A made-up Schedule 13G of one reporting person, its items and signature ``rest``."""
    return ("SCHEDULE 13G\nAcme, Inc.\n(Name of Issuer)\nCommon Stock\n(Title of Class of "
            f"Securities)\n000000000\n(CUSIP Number)\n{event}\n(Date of Event Which "
            "Requires Filing of this Statement)\n"
            f"1. Names of Reporting Persons.  {name}\n"
            "4. Citizenship or Place of Organization  Delaware\n"
            f"5. Sole Voting Power {sole} 6. Shared Voting Power {shared}\n"
            f"9. Aggregate Amount Beneficially Owned by Each Reporting Person {total}\n"
            f"11. Percent of Class Represented by Amount in Row (9) {pct}\n"
            "Item 1(a). Name of Issuer: Acme, Inc.\n" + rest)


def _parse(text: str):
    from graphkit.parsers.schedule13_text import parse_schedule13_text
    return parse_schedule13_text(SourceText(path="x.txt", text=text))


# --- 1. the period ended, next to the signature date ------------------------------------------

@pytest.mark.parametrize("name, event, signed", [
    # l.305-306: "Date:          April 8, 1999 (For the period ended March" / "31, 1999)"
    ("1999_SC_13G_912752.txt", dt.date(1999, 3, 31), dt.date(1999, 4, 8)),
    # l.316-317: "Date:          July 9, 1998 (For the period ended" / "December 31, 1997)"
    ("1998_SC_13G_732812.txt", dt.date(1997, 12, 31), dt.date(1998, 7, 9)),
])
def test_period_ended_is_the_event_date(name, event, signed):
    rec = _record(name)
    assert (rec.event_date, rec.signature_date) == (event, signed)
    assert "no-event-date" not in {w.code for w in rec.warnings}
    assert {c.as_of for c in rec.claims if c.relation.value == "beneficial_owner_of"} == {event}


def test_period_ended_wrapped_in_a_corpus_filing():
    # l.330-331: "Date:          February 10, 2000 (For the period ended" / "December 31, 1999)"
    rec = parse_path(FIXTURES / "2000_SC_13G_949308.txt").records[0]
    assert (rec.event_date, rec.signature_date) == (dt.date(1999, 12, 31), dt.date(2000, 2, 10))


@pytest.mark.parametrize("text, value", [
    ("(For the period ended March\n    31, 1999)", "March\n    31, 1999"),
    ("(for the period ending December 31, 1997)", "December 31, 1997"),
    ("(For the year ended December 31, 2001)", "December 31, 2001"),
    ("(FOR THE CALENDAR YEAR ENDED 12/31/2003)", "12/31/2003"),
    ("( for period ended June 30, 2004 )", "June 30, 2004"),
    ("(for the period of her service)", None),
    ("(ended December 31, 2001)", None),
    ("for the period ended December 31, 2001", None),    # no parentheses: a sentence
    ("(for the period ended (see Item 4))", None),
])
def test_period_ended_pattern(text, value):
    m = PERIOD_ENDED.search(text)
    assert (m["v"] if m else None) == value


def test_period_ended_never_overrides_the_cover_date():
    sig = ("\nSIGNATURE\n\nDate:  June 1, 2001 (For the period ended\n   April 30, 2001)\n\n"
           "ACME FUND, L.P.\nBy: /s/ Jane Q. Roe\nName: Jane Q. Roe\n")
    assert _parse(_made_up_13g(event="May 3, 2001", rest=sig)).event_date == dt.date(2001, 5, 3)
    assert _parse(_made_up_13g(rest=sig)).event_date == dt.date(2001, 4, 30)


def test_period_ended_read_only_in_the_range():
    t = "Item 4. (for the period ended May 1, 1999)\nSIGNATURE\nDate: June 1, 1999\n"
    src = SourceText(path="x.txt", text=t)
    assert read_period_ended(src, t.index("SIGNATURE"), len(t)) is None
    assert read_period_ended(src, 0, len(t))[0] == dt.date(1999, 5, 1)


# --- 2. company names that open with a number -------------------------------------------------

def _rels_of(text: str) -> list[tuple[str, str, str]]:
    return [(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="t.txt", text=text))]


def test_numbered_name_on_the_cover_page():
    # l.159-161: " 1   NAME OF REPORTING PERSON; S.S. OR I.R.S. IDENTIFICATION NO. OF ABOVE
    # PERSON" / "1867 WESTERN FINANCIAL CORPORATION, CONSOLIDATED"; l.209: "14  TYPE OF
    # REPORTING PERSON*   HC"; l.221: "filed on behalf of 1867 Western Financial Corporation"
    rec = _record("1997_SC_13D_1004740.txt")
    rp = [p for p in rec.parties if "reporting_person" in {r.value for r in p.roles}]
    assert [(p.name, p.type_codes, [i.value for i in p.identifiers]) for p in rp] == [
        ("1867 Western Financial Corporation", ["HC"], ["0000840663"])]
    assert "1867 WESTERN FINANCIAL CORPORATION" in [a.name for a in rp[0].aliases]
    assert "reporting-person-from-header" not in {w.code for w in rec.warnings}
    held = [c for c in rec.claims if c.relation.value == "beneficial_owner_of"]
    assert [(c.source, c.shares, c.percent) for c in held] == [(rp[0].id, 436763, 10.03)]


@pytest.mark.parametrize("text, found", [
    ("1867 Western Financial Corporation, a California corporation", True),
    ("1867 WESTERN FINANCIAL CORPORATION, CONSOLIDATED", True),
    ("21st Century Holding Company", True),
    ("3 Acme Partners, L.P., a Delaware limited partnership", True),
    ("1 Acme Corp", True),
    ("21st Century Holding Company Inc. owns", True),
    ("1,000 Shares", False),                              # a count
    ("100 shares of Acme Corp", False),
    ("500 Acme Inc. Class A Units", False),
    ("1 NAME OF REPORTING PERSON ACME CORP", False),       # a cover row's number and label
    ("14 TYPE OF REPORTING PERSON CO", False),
    # a year where the text opens, before a company's name, opens it; after "In" it is a date
    # (tests/parsers/test_year_names.py)
    ("1999 Acme Corp. became the general partner", True),
    ("1867 Western Avenue, Merced", False),               # addresses
    ("1 Acme Corp. Plaza", False),
    ("2 of 5 Pages", False),                              # a page number
    ("1867 Western", False),
])
def test_numbered_name_pattern(text, found):
    assert bool(NUMBERED_NAME.match(text)) is found


@pytest.mark.parametrize("cell, ok", [
    ("1867 ACME FINANCIAL CORPORATION", True),
    ("1867 ACME AVENUE", False),
    ("1,000", False),
    ("11 AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON", False),
])
def test_numbered_name_cell(cell, ok):
    assert looks_like_name_cell(cell) is ok


@pytest.mark.parametrize("name, cut", [
    ("1867 WESTERN FINANCIAL CORPORATION, CONSOLIDATED", "1867 WESTERN FINANCIAL CORPORATION"),
    ("Acme Bancorp , Consolidated ", "Acme Bancorp"),
    ("Acme Consolidated Industries, Inc.", "Acme Consolidated Industries, Inc."),
    ("Consolidated Acme, Inc.", "Consolidated Acme, Inc."),
])
def test_consolidated_suffix(name, cut):
    assert CONSOLIDATED_SUFFIX.sub("", name) == cut


@pytest.mark.parametrize("text, found", [
    ("1867 Acme Financial Corporation is the general partner of Acme Fund, L.P.",
     [("general_partner_of", "1867 Acme Financial Corporation", "Acme Fund, L.P.")]),
    ("Acme Fund, L.P. is a wholly owned subsidiary of 1867 Acme Financial Corporation, a "
     "California corporation.",
     [("parent_of", "1867 Acme Financial Corporation", "Acme Fund, L.P.")]),
    ("Jane Q. Roe is the President of 21st Century Holding Company.",
     [("officer_of", "Jane Q. Roe", "21st Century Holding Company")]),
    ("Acme Corp. is the general partner of 3 Acme Partners, L.P. and 1867 Acme Fund.",
     [("general_partner_of", "Acme Corp.", "3 Acme Partners, L.P."),
      ("general_partner_of", "Acme Corp.", "1867 Acme Fund")]),
    # the sentence before ends at its stop: the next opens with the numbered name
    ("It files for Acme Holdings. 1867 Acme Financial Corporation is the sole member of Acme "
     "Bank Holdings, LLC.",
     [("member_of", "1867 Acme Financial Corporation", "Acme Bank Holdings, LLC")]),
    # never a count
    ("Acme Corp. holds 1,000 shares of Acme Fund, L.P.",
     [("beneficial_owner_of", "Acme Corp.", "")]),
    ("Acme Corp. holds 5 Acme Fund LLC Units.", []),
])
def test_numbered_names_in_prose(text, found):
    assert _rels_of(text) == found


def test_numbered_name_defined_term_and_list():
    t = ('This statement is filed on behalf of 1867 Acme Financial Corporation, a California '
         'corporation (the "Reporting Person") relating to the stock.')
    terms = find_defined_terms(SourceText(path="t.txt", text=t), 0, len(t))
    assert [(d.term, d.name) for d in terms] == [("Reporting Person",
                                                 "1867 Acme Financial Corporation")]
    assert split_names("1867 Acme Financial Corporation and 3 Acme Partners, L.P.") == [
        "1867 Acme Financial Corporation", "3 Acme Partners, L.P."]
    assert split_names("Acme Corp. and 1,000 Shares") == ["Acme Corp."]


@pytest.mark.parametrize("text, ends", [
    ("It files for Acme Holdings. 1867 Acme Financial Corporation is a bank.", True),
    ("It holds 1,000 shares. 1999 was a good year.", False),
    ("See Item 4. 2 of 5 Pages", False),
])
def test_sentence_ends_before_a_numbered_name(text, ends):
    assert bool(SENTENCE_END.search(text)) is ends


# --- 5. "respectively" after two role clauses -------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Jane Q. Roe and John R. Doe are the general partner of Acme Fund, L.P. and the managing "
     "member of Acme GP, LLC, respectively.",
     [("general_partner_of", "Jane Q. Roe", "Acme Fund, L.P."),
      ("managing_member_of", "John R. Doe", "Acme GP, LLC")]),
    ("Acme GP, LLC and Acme Advisors, LLC serve as the general partner of Acme Fund, L.P. and as "
     "the investment adviser of Acme Offshore, Ltd., respectively.",
     [("general_partner_of", "Acme GP, LLC", "Acme Fund, L.P."),
      ("investment_manager_of", "Acme Advisors, LLC", "Acme Offshore, Ltd.")]),
    # one clause: its lists pair as before
    ("Acme GP, LLC and Acme Advisors, LLC are the general partners of Acme Fund, L.P. and Acme "
     "Offshore, Ltd., respectively.",
     [("general_partner_of", "Acme GP, LLC", "Acme Fund, L.P."),
      ("general_partner_of", "Acme Advisors, LLC", "Acme Offshore, Ltd.")]),
    # one holder: both clauses are hers
    ("Jane Q. Roe is the managing partner of Acme Partners and the president of Acme, Inc.",
     [("general_partner_of", "Jane Q. Roe", "Acme Partners"),
      ("officer_of", "Jane Q. Roe", "Acme, Inc.")]),
    # three holders for two clauses: which holds which is not known
    ("Jane Q. Roe, John R. Doe and Mary T. Major are the general partner of Acme Fund, L.P. and "
     "the managing member of Acme GP, LLC, respectively.", []),
])
def test_respectively_pairs_role_clauses(text, found):
    assert _rels_of(text) == found


@pytest.mark.parametrize("n_holders, respectively, expected", [
    (2, True, [["h0"], ["h1"]]),
    (2, False, [["h0", "h1"], ["h0", "h1"]]),
    (1, True, [["h0"], ["h0"]]),
    (3, True, []),
])
def test_clause_holders(n_holders, respectively, expected):
    holders = [f"h{i}" for i in range(n_holders)]
    got = clause_holders([("role", "held"), ("role3", "held3")], holders, respectively)
    assert [hs for _, hs, _ in got] == expected


# --- 3. a percent of the voting power is no percent of the class ------------------------------
# (no filing read so far prints one with a holding; the FMR filings' "representing 49% of the
# voting power of FMR LLC" names no shares held)

@pytest.mark.parametrize("text, found", [
    (" of the combined voting power of the Issuer", True),
    (") of the total voting power", True),
    (" (of the total voting power)", True),
    (" of the voting power of all classes", True),
    (" of the aggregate votes", True),
    (" of the votes entitled to be cast", True),
    (" of combined voting power", True),
    (" of the Class B Common Stock", False),
    (" of the outstanding voting securities", False),
    (" of the Common Stock, which has ten votes per share", False),
    (" (see Item 5)", False),
])
def test_voting_power_after_pattern(text, found):
    assert bool(VOTING_POWER_AFTER.match(text)) is found


@pytest.mark.parametrize("text, pct", [
    (" or 9.789% of the Common Stock", "9.789"),
    (" (5.2%) of the Common Stock", "5.2"),
    (" of Class B Common Stock, or 62.5% of the combined voting power", None),
    (", representing approximately 62.5% of the total voting power of the Company", None),
    (" (62.5% of the voting power of all classes of stock)", None),
    (" (62.5%) of the voting power", None),
])
def test_holding_percent_never_of_the_voting_power(text, pct):
    m = HOLDING_PERCENT.match(text)
    assert (m["pct"] if m else None) == pct


@pytest.mark.parametrize("text, percent", [
    ("Acme Holdings LLC owns 1,000,000 shares of Class B Common Stock, or 62.5% of the combined "
     "voting power of the Issuer.", None),
    ("Acme Holdings LLC holds 1,000,000 shares (62.5% of the voting power of all classes).", None),
    ("Acme Holdings LLC owns 1,000,000 shares of Common Stock, or 6.5% of the Common Stock.", 6.5),
])
def test_prose_holding_keeps_only_the_percent_of_class(text, percent):
    f, = find_relationships(SourceText(path="t.txt", text=text))
    assert (f.holder, f.shares, f.percent) == ("Acme Holdings LLC", 1000000, percent)
    assert "voting power" in f.evidence.text or percent is not None


@pytest.mark.parametrize("pct, percent, warned", [
    ("5.0%", 5.0, False),
    ("9.8% of Class B; 62.5% of the combined voting power", 9.8, True),
    ("62.5% of combined voting power (see Item 5)", None, True),
    ("62.5% (of the total voting power)", None, True),
])
def test_cover_percent_row_never_of_the_voting_power(pct, percent, warned):
    rec = _parse(_made_up_13g(pct=pct))
    claim, = [c for c in rec.claims if c.relation.value == "beneficial_owner_of"]
    assert (claim.shares, claim.percent) == (1000, percent)
    assert ("percent-of-voting-power" in {w.code for w in rec.warnings}) is warned


@pytest.mark.parametrize("cell, percent", [
    ("9.8%", 9.8),
    ("62.5% of the combined voting power", None),
    ("62.5% of the combined voting power; 9.8% of the Class A Common Stock", 9.8),
])
def test_item4_percent_never_of_the_voting_power(cell, percent):
    t = (f"Item 4. Ownership.\n(a) Amount beneficially owned: 1,000\n(b) Percent of class: {cell}\n"
         "(c) Number of shares as to which such person has:\n"
         "(i) sole power to vote or to direct the vote: 1,000\n")
    values = {v.reading.field: v.reading.value
              for v in read_item4_values(SourceText(path="x.txt", text=t), 0, len(t))}
    assert values.get("percent") == percent
    assert [r.value for _, _, r in find_class_percents(cell)] == ([percent] if percent else [])


# --- 4. shares held by two persons together -------------------------------------------------
# (no filing read so far states one: made-up sentences)

_JOINTLY = "held jointly with {} (the same shares: not to be added)"
_TOGETHER = "held together with {} (the same shares: not to be added)"


@pytest.mark.parametrize("text, found", [
    ("Includes 1,000 shares held jointly by John Q. Doe and Mary R. Doe.",
     [("John Q. Doe", 1000, _JOINTLY.format("Mary R. Doe")),
      ("Mary R. Doe", 1000, _JOINTLY.format("John Q. Doe"))]),
    ("Includes 1,000 shares held by John Q. Doe and Mary R. Doe, as joint tenants.",
     [("John Q. Doe", 1000, _JOINTLY.format("Mary R. Doe")),
      ("Mary R. Doe", 1000, _JOINTLY.format("John Q. Doe"))]),
    ("1,000 shares are owned by John Q. Doe and Mary R. Doe as joint tenants with right of "
     "survivorship.",
     [("John Q. Doe", 1000, _JOINTLY.format("Mary R. Doe")),
      ("Mary R. Doe", 1000, _JOINTLY.format("John Q. Doe"))]),
    ("Includes 1,000 shares held by John Q. Doe and Mary R. Doe.",
     [("John Q. Doe", 1000, _TOGETHER.format("Mary R. Doe")),
      ("Mary R. Doe", 1000, _TOGETHER.format("John Q. Doe"))]),
    ("Includes 1,000 shares held by Acme Fund, LLC and Beta Fund, LLC as tenants in common.",
     [("Acme Fund, LLC", 1000, _JOINTLY.format("Beta Fund, LLC")),
      ("Beta Fund, LLC", 1000, _JOINTLY.format("Acme Fund, LLC"))]),
    # two holdings, each its own
    ("Includes 1,000 shares held by John Q. Doe and 500 shares held by Mary R. Doe.",
     [("John Q. Doe", 1000, None), ("Mary R. Doe", 500, None)]),
    # two organizations with no joint word: how they split the shares is not stated
    ("Includes 1,000 shares held by Acme Fund, LLC and Beta Fund, LLC.",
     [("Acme Fund, LLC", 1000, None)]),
    # a dealing states no holding
    ("Mr. Roe purchased 1,000 shares held by John Q. Doe and Mary R. Doe.", []),
])
def test_joint_holders_each_hold_the_shares(text, found):
    got = [(f.holder, f.shares, f.note) for f in find_relationships(SourceText(path="t.txt",
                                                                                 text=text))]
    assert got == found


@pytest.mark.parametrize("text, holders", [
    ("1,000 shares held jointly by John Q. Doe and Mary R. Doe", ("John Q. Doe", "Mary R. Doe")),
    ("1,000 shares owned by John Q. Doe and by Mary R. Doe as joint tenants",
     ("John Q. Doe", "Mary R. Doe")),
    ("1,000 shares held by John Q. Doe and 500 shares held by Mary R. Doe", ("John Q. Doe", None)),
    ("1,000 shares held by John Q. Doe and the Reporting Person.", ("John Q. Doe", None)),
])
def test_joint_holder_pattern(text, holders):
    m = RECORD_HOLDER.search(text)
    assert (m["holder6"], m["joint6"]) == holders


@pytest.mark.parametrize("text, joint", [
    ("as joint tenants", True), ("held jointly by", True), ("as tenants in common", True),
    ("as tenants by the entirety", True), ("JTWROS", True), ("in a joint account", True),
    ("a joint filing agreement", False), ("the tenants of the building", False),
    ("Joint Venture", False),
])
def test_joint_holding_words(text, joint):
    assert bool(JOINT_HOLDING.search(text)) is joint


def test_joint_holder_without_a_cover_page_gets_a_claim_with_a_note():
    rec = _parse(_made_up_13g(name="John Q. Doe", sole="1,500", shared="1,000", total="2,500",
                              rest="Item 4. Ownership. Includes 1,000 shares held by John Q. Doe "
                                   "and Mary R. Doe as joint tenants.\n"))
    names = {p.id: p.name for p in rec.parties}
    got = {names[c.source]: (c.shares, c.note) for c in rec.claims
           if c.relation.value == "beneficial_owner_of"}
    assert got == {"John Q. Doe": (2500, None),
                   "Mary R. Doe": (1000, "stated in the text, not on a cover page; "
                                         + _JOINTLY.format("John Q. Doe"))}
