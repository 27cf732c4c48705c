"""Item readers of Schedule 13D/13G text: shares outstanding and disclaimers, on corpus filings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.parsers import schedule13_citizenship as citizenship
from graphkit.parsers import schedule13_items as items
from graphkit.parsers import schedule13_outstanding as outstanding
from graphkit.parse import parse_path
from graphkit.relations import Relation
from graphkit.reading import read_source
from graphkit.source import SourceText
from tests.conftest import corpus_file, text_13_filings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings"

#: Corpus filings, the shares outstanding their percentages are based on (None: not stated in
#: a sentence the pattern reads) and the line of the raw file it is read from.
OUTSTANDING_CASES = [
    ("13d/centerbridge_civitas_2018_sc13d.txt", 36280500, 275),  # HTML inside SGML
    ("13d/tontine_homestead_2004_sc13da.txt", 706183, 378),
    ("13g/accipiter_bthcvi_2007_sc13g.txt", 18927990, 729),
    ("13g/asen_culp_2006_sc13g.txt", 11686959, 259),
    ("13g/capitalgroup_warnerlambert_1994_sc13g.txt", None, None),
    ("13d/icahn_bausch_2021_sc13d.txt", 355151002, 1105),  # "based on the 355,151,002 Shares"
]


def test_outstanding_stated_per_class_gives_the_count_of_the_class_reported():
    # "there were 2,113,514 shares of Class A Common Stock and / 1,256,486 shares of Class B
    # Common Stock issued and / outstanding" (lines 547-549); the statement reports both classes
    src = read_source(corpus_file("13d/fitzgerald_suburban_1994_sc13d.txt"))
    r = items.read_outstanding(src)
    assert (r.value, r.evidence.line) == (None, 547)
    assert r.note.startswith(outstanding.PER_CLASS)
    assert items.read_outstanding(src, security_class="Class A Common Stock").value == 2113514
    assert items.read_outstanding(src, security_class="Class B Common Stock, $1.00 par "
                                  "value per share").value == 1256486


@pytest.mark.parametrize("name,value,line", OUTSTANDING_CASES)
def test_outstanding_read_from_corpus_filings(name, value, line):
    src = read_source(corpus_file(name))
    r = items.read_outstanding(src)
    assert (r and (r.value, r.evidence.line)) == (value and (value, line))
    # the windowed search finds what a search of the whole text finds
    whole = items.OUTSTANDING.search(src.text)
    windowed = outstanding._search_outstanding(src.text, 0, len(src.text))
    assert (whole and whole.span()) == (windowed and windowed.span())


def test_outstanding_window_search_keeps_the_first_match_and_its_bounds():
    t = "x " * 900 + "based on 1,000 shares outstanding; based on 2,000 shares outstanding"
    assert outstanding._search_outstanding(t, 0, len(t))["num"] == "1,000"
    start = t.index("; based") + 1
    assert outstanding._search_outstanding(t, start, len(t))["num"] == "2,000"
    assert outstanding._search_outstanding(t, 0, start - 12) is None  # cut before "outstanding"
    assert outstanding._search_outstanding("no such sentence", 0, 16) is None


def test_disclaimers_found_only_in_sentences_that_disclaim():
    t = ("Acme GP, LLC is the general partner of Acme Fund. Acme GP, LLC disclaims\n"
         "beneficial   ownership of the shares except to the extent of its pecuniary interest.")
    [d] = items.find_disclaimers(SourceText(path="x.txt", text=t))
    assert d.names == ["Acme GP, LLC"]
    assert d.evidence.line == 1 and d.evidence.end_line == 2


@pytest.mark.parametrize("text,hit", [
    ("6,941,000  Beneficial ownership disclaimed pursuant to Rule 13d-4", True),
    ("2,239,800          Beneficial ownership disclaimed pursuant to Rule\n     13d-4", True),
    ("Beneficial ownership is hereby disclaimed", True),
    ("The Reporting Person disclaims beneficial ownership", True),
    ("Mr. Roe and Mr. Doe disclaim beneficial ownership", False),  # named: maybe not the cover's
    ("The Fund disclaims beneficial ownership", False),
    ("Acme Fund was not disclaimed", False),
    ("CHECK BOX IF THE AGGREGATE AMOUNT IN ROW (9) EXCLUDES CERTAIN SHARES", False),
])
def test_cover_disclaimed_pattern(text, hit):
    assert bool(items.COVER_DISCLAIMED.search(text)) is hit


#: Cover pages whose row 9 disclaims the holding ("Beneficial ownership disclaimed pursuant to
#: Rule 13d-4"), with the holder and aggregate of each disclaimed claim
COVER_DISCLAIMER_CASES = [
    ("corpus", "13g/capitalgroup_warnerlambert_1994_sc13g.txt",
     {("The Capital Group, Inc.", 6941000), ("Capital Research and Management Company", 6940200)}),
    ("fixture", "2005_SC_13G_50957.txt", {("Capital Group International, Inc.", 4087320)}),
]


@pytest.mark.parametrize("where,name,disclaimed", COVER_DISCLAIMER_CASES)
def test_cover_row_disclaimer_marks_that_holding(where, name, disclaimed):
    path = corpus_file(name) if where == "corpus" else FIXTURES / name
    [rec] = parse_path(path).records
    names = {p.id: p.name for p in rec.parties}
    owned = {(names[c.source], c.shares): c.disclaims for c in rec.claims
             if c.relation is Relation.BENEFICIAL_OWNER_OF}
    assert {k for k, v in owned.items() if v} == disclaimed


def test_cover_footnote_disclaimers_of_others_or_of_excluded_shares_mark_nothing():
    # Venkataraman's cover: "Mr. Graham and Mr. Manning disclaim beneficial ownership of any
    # shares held by Mayura Trust A" and "Excludes 784,512 ordinary shares held by the ...
    # Trust, of which Mr. Venkataraman is a trustee and disclaims beneficial ownership"
    rec = parse_path(FIXTURES / "2014_SC_13D_1492426.txt").records[0]
    assert not any(c.disclaims for c in rec.claims)


def test_cover_disclaims_only_inside_the_cover_page():
    src = read_source(corpus_file("13g/capitalgroup_warnerlambert_1994_sc13g.txt"))
    at = src.text.index("Beneficial ownership disclaimed")
    assert items.cover_disclaims(src, at - 200, at + 60)
    assert not items.cover_disclaims(src, at - 200, at)


#: ITEM4_PART as first written (each branch opening with its own "(")
FIRST_ITEM4_PART = re.compile(r"""
    (?P<aggregate>\(a\)\s*Amount\s+beneficially\s+owned)
  | (?P<percent>\(b\)\s*Percent\s+of\s+class)
  | (?P<sole_voting>\(i\)\s*Sole\s+power\s+to\s+vote)
  | (?P<shared_voting>\(ii\)\s*Shared\s+power\s+to\s+vote)
  | (?P<sole_dispositive>\(iii\)\s*Sole\s+power\s+to\s+dispose)
  | (?P<shared_dispositive>\(iv\)\s*Shared\s+power\s+to\s+dispose)
""", re.VERBOSE | re.IGNORECASE)


def test_item4_part():
    # accipiter_bthcvi_2007: "(a) Amount beneficially owned:", "(iii) Sole power to dispose"
    m = items.ITEM4_PART.search("Item 4.  Ownership\n  (a)  Amount beneficially owned:  1,000")
    assert m and m.lastgroup == "aggregate" and m.group(0).startswith("(a)")
    assert items.ITEM4_PART.search("(iii) Sole power to dispose or to direct").lastgroup \
        == "sole_dispositive"
    assert items.ITEM4_PART.search("(a) Amount owned") is None


def test_item4_part_matches_as_first_written_on_corpus():
    for p in text_13_filings():
        text = p.read_text(errors="replace")
        assert [(m.span(), m.lastgroup) for m in items.ITEM4_PART.finditer(text)] == \
            [(m.span(), m.lastgroup) for m in FIRST_ITEM4_PART.finditer(text)], p.name


def _first_value_as_first_written(text, fld):
    """``_first_value`` as first written: every date pattern, every quantity read."""
    from graphkit.dates import ISO_DATE, MONTH_NAME_DATE, NUMERIC_US_DATE
    from graphkit.ocr import find_percents, find_quantities
    for pat in (MONTH_NAME_DATE, NUMERIC_US_DATE, ISO_DATE):
        text = pat.sub(lambda m: " " * len(m.group(0)), text)
    if fld == "percent":
        ps = find_percents(text)
        return ps[0][2] if ps else None
    qs = [q for q in find_quantities(text) if not (q[2].value == 0 and q[2].raw.isdigit() is False
                                                   and q[2].raw.lower() not in {"nil", "-0-", "none"})]
    return qs[0][2].model_copy(update={"field": fld}) if qs else None


@given(st.lists(st.sampled_from(["As of December 31, 2013:", "12/31/2013", "2013-12-31", "20",
                                 "19", "1,000", "0", "nil", "None", "-0-", "O", "5.0%", " ",
                                 "\n", ":", "shares", "l,027,300", "Jan. 5 1999", "-", "/"]),
                max_size=10), st.sampled_from(["aggregate", "sole_voting", "percent"]))
@settings(max_examples=400, deadline=None)
def test_first_value_reads_as_first_written(pieces, fld):
    text = " ".join(pieces)
    assert items._first_value(text, fld) == _first_value_as_first_written(text, fld)


@given(st.lists(st.sampled_from(["based on", "BASED UPON", "calculated using", "of the", "Total of",
                                 "an aggregate of", "1,000", "22,281,000", "l,O00", "12", " ",
                                 "\n", "shares", "units", "of Common Stock", "outstanding",
                                 "issued and", ";", "OF", "ſhares", "İ"]), max_size=14))
@settings(max_examples=400, deadline=None)
def test_outstanding_window_search_finds_what_a_search_finds(pieces):
    from graphkit.parsers.cue_search import fold_case
    t = " ".join(pieces)
    for lo in sorted({0, len(t) // 2}):
        want = items.OUTSTANDING.search(t, lo, len(t))
        got = outstanding._search_window(t, fold_case(t), lo, len(t))
        assert (got and got.span()) == (want and want.span())


@given(st.lists(st.sampled_from(["See Item 5", "see", "SEEN", "Seen", "cover  page", "COVER\nPAGE",
                                 "Row 9", "ROWS", "item", "İtem", "ſee", "1,000", "(b)", "(iii)",
                                 " Percent", "\n", "\n\n", " ", "\t", "x", "(12) A"]), max_size=12))
@settings(max_examples=400, deadline=None)
def test_item4_answer_searches_find_what_a_search_finds(pieces):
    head = "".join(pieces)
    cut = re.search(r"\n\s*\n\s*\n|\(\w{1,3}\)\s+[A-Z]", head)
    assert items._value_end(head) == (cut.start() if cut else None)
    assert items._refers_elsewhere(head) == bool(
        re.search(r"\bsee\b|cover\s+page|row|item", head, re.I))


def test_small_item_patterns():
    # the front page, Item 1(b), Item 2(c) and Item 4 sub-item captions of corpus filings
    assert items.LETTER_OR_DIGIT.search(items.MARKDOWN_MARK.sub("", "** Acme, Inc. "))
    assert not items.LETTER_OR_DIGIT.search(items.MARKDOWN_MARK.sub("", " ** # > "))
    assert items.CLOSING_PAREN.search("(Name of Issuer)") and items.CAPTION_OPEN.search("(Name")
    assert items.ISSUER_ADDRESS_END.search("1 Main St.\n  ITEM 2(a)").start() == 10
    assert citizenship.CITIZENSHIP_ITEM.search("(c)  CITIZENSHIP:")
    assert citizenship.ITEM_D.search("x\n (d)") and citizenship.ITEM_D.search("x\nITEM 2(D).")
    assert items.TWO_LETTERS.search("ACVA") and not items.TWO_LETTERS.search("(a)")
    assert items.SUB_ITEM_CAPTION.sub("", " Sole power to VOTE: 5,000", count=1) == " 5,000"


def test_issuer_address_drops_rules():
    # corpus farallon_spiritfinance_2006_sc13ga.txt l.1401-1404: a rule under the caption
    assert items.RULE.sub("", "1-800-555-1212 Suite 2-B") == "1-800-555-1212 Suite 2-B"
    rec = parse_path(corpus_file("13g/farallon_spiritfinance_2006_sc13ga.txt")).records[0]
    assert rec.issuer.address == "14631 N. Scottsdale Road, Suite 200, Scottsdale, Arizona 85254"


def test_issuer_carries_the_header_cik():
    # corpus farallon_spiritfinance_2006_sc13ga.txt: SUBJECT COMPANY CENTRAL INDEX KEY
    rec = parse_path(corpus_file("13g/farallon_spiritfinance_2006_sc13ga.txt")).records[0]
    assert rec.issuer.cik == "0001277406" == rec.party(rec.issuer.party_id).cik()


def test_disclaimer_subject_patterns():
    from graphkit.parsers import schedule13_items as it
    assert it.DISCLAIMER_CLAUSE_BREAK.search("held by the Acme Funds, but Acme GP").group(0) == \
        ", but "
    assert it.DISCLAIMER_LEAD.fullmatch(" and the ")
    assert it.DISCLAIMER_LEAD.fullmatch(" the Shares held by the ") is None
    assert it.DISCLAIMER_TAIL.fullmatch(" each expressly ")
    assert it.DISCLAIMER_TAIL.fullmatch(", ") is None  # "Roe, as manager of the Funds, disclaims"


@pytest.mark.parametrize("count, value", [
    ("22,203,256", 22_203_256), ("22.203,256", 22_203_256), ("22 203,256", 22_203_256),
    ("22, 203,256", 22_203_256),
])
def test_outstanding_count_as_a_scan_prints_it(count, value):
    # the 2007 Enable/EnerJex 13G (corpus line 279), with the count damaged (session 33, M1)
    t = ("the number of shares of its common stock, $0.001 par value, outstanding as of\n"
         f"June 21, 2007 was {count} shares.")
    m = items.OUTSTANDING.search(t)
    assert m is not None and m["num4"] == count
    assert outstanding.read_quantity(m["num4"]).value == value


def test_outstanding_in_millions_is_no_dotted_count():
    # review of session 33 (rv5 M1): "was 12.500 million" is no count of 12,500 shares
    t = "shares of its common stock outstanding as of March 31, 2004 was 12.500 million shares."
    m = items.OUTSTANDING.search(t)
    assert m is None or m["num4"] != "12.500"
