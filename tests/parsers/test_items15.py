"""Review W and review D14 fixes of Item 4, the dates and the Item 2(b) addresses, on made-up
filings.

The whole made-up filings are in ``tests/fixtures/filings/items15/`` (review W's, their parties
invented); the one-change probes are rebuilt here from the corpus filing
``13g/asen_culp_2006_sc13g.txt`` (one reporting person, R. Scott Asen: 657,000 shares, 5.6%,
sole 600,000, shared 57,000) with its Item 4 or cover rows replaced (:func:`_asen`). Every
value asserted is the one the made-up filing prints.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graphkit.dates import (ADDRESS_AFTER, DATE_LABEL_BEFORE, MONTH_NAME_DATE, NUMBERED_LEAD,
                            find_dates, numeric_order, parse_date)
from graphkit.ocr import LEADING_FRACTION, read_quantity
from graphkit.parse import parse_path, parse_source
from graphkit.parsers.business_address import ADDRESS_OF_EACH, OTHER_THAN, THE_ISSUER
from graphkit.parsers.schedule13_item4 import (CAPTION_REST, FOOTNOTE_MARK, TABLE_LINE,
                                               _is_caption, read_item4_values, states_alone)
from graphkit.parsers.schedule13_reconcile import DECIMALS, percents_agree
from graphkit.source import SourceText
from tests.conftest import corpus_file
from tests.holdout import holdout_record

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "items15"
D = dt.date


def _asen(item4: str | None = None, blank: tuple[str, ...] = (), no_cover: bool = False,
          replace: tuple[tuple[str, str], ...] = ()):
    """The Asen 13G with its Item 4 replaced by ``item4``, the cover cells in ``blank`` (a
    cell's text: "657,000 shares", "5.6%") emptied, its cover page cut out (``no_cover``) and
    each (old, new) of ``replace`` made; its one record."""
    text = corpus_file("13g/asen_culp_2006_sc13g.txt").read_text()
    if item4 is not None:
        a, b = text.index("ITEM 4. OWNERSHIP"), text.index("ITEM 5. OWNERSHIP")
        text = text[:a] + "ITEM 4. OWNERSHIP\n\n" + item4 + "\n\n" + text[b:]
    for cell in blank:
        assert f"     {cell}\n- ---" in text, cell
        text = text.replace(f"     {cell}\n- ---", "\n- ---", 1)
    if no_cover:
        a = text.index("<PAGE>", text.index("(Date of Event"))
        text = text[:a] + "<PAGE>\n\n" + text[text.index("ITEM 1(A)."):]
    for old, new in replace:
        assert old in text, old
        text = text.replace(old, new)
    [rec] = parse_source(SourceText(path="probe.txt", text=text))
    return rec


def _item4(a_answer: str, b_answer: str = "5.6%") -> str:
    """An Item 4 whose (a) and (b) answers stand on lines of their own under their captions."""
    return f"""     (a) Amount beneficially owned:

          {a_answer}

     (b) Percent of class:

          {b_answer}

     (c) Number of shares as to which such person has:

          (i) Sole power to vote or to direct the vote: 600,000

          (ii) Shared power to vote or to direct the vote: 57,000

          (iii) Sole power to dispose or to direct the disposition of: 600,000

          (iv) Shared power to dispose or to direct the disposition of: 57,000
"""


def _holding(rec):
    """The numbers of the one reporting person's holding (a record holder's are left out)."""
    [rp] = [p.id for p in rec.parties if "reporting_person" in [r.value for r in p.roles]]
    [c] = [c for c in rec.claims if c.relation.value == "beneficial_owner_of" and c.source == rp]
    return (c.shares, c.percent, c.sole_voting, c.shared_voting, c.sole_dispositive,
            c.shared_dispositive)


def _codes(rec) -> list[str]:
    return [w.code for w in rec.warnings]


# --- 1. Item 4 per-person lines followed by "shares" or a mark (review W M2, D14 M2) -------

@pytest.mark.parametrize("line, who, val", [
    ("Fund I: 4,210,339 shares", "Fund I", "4,210,339"),
    ("     Acme Capital Management, LLC: 1,500,000 shares", "Acme Capital Management, LLC",
     "1,500,000"),
    ("Mr. Smith: 1,600,000 shares of Common Stock", "Mr. Smith", "1,600,000"),
    ("Acme: 1,500,000(1)", "Acme", "1,500,000"),
    ("Acme Fund, L.P.    9.9%*", "Acme Fund, L.P.", "9.9%"),
    ("ACMV\t19.42%", "ACMV", "19.42%"),
    ("Total: 657,000 shares", "Total", "657,000"),
    ("Acme Fund, L.P." + " " * 60 + "1,234,567", "Acme Fund, L.P.", "1,234,567"),
    ("Acme Fund \t 1,234,567", None, None),  # a space after the tab: no gap of a table
    ("Acme Fund  \t1,234,567", "Acme Fund", "1,234,567"),
])
def test_table_line(line, who, val):
    m = TABLE_LINE.search(line)
    assert (m and (m["who"], m["val"])) == (who and (who, val))


@pytest.mark.parametrize("line", [
    "Mr. Smith: 1,600,000 shares (of which 100,000 are held directly)",
    "CUSIP  360921100                                                Page 3 of 5",
    "CUSIP No.  833964109                13G                    Page  5 of  6 Pages",
    "Acme: 1,500,000 shares held directly",
    "     657,000 shares",
    # asen_culp_2006_sc13g.txt, Item 3: a long run of spaces before "[ ]"
    "     Not applicable" + " " * 58 + "[ ]",
    "     Not Applicable" + " " * 54 + "(b) [ ]",
])
def test_table_line_negative(line):
    assert TABLE_LINE.search(line) is None


@pytest.mark.parametrize("who", [
    "As of December 31, 2006", "Total", "Common Stock", "Class A Common Stock",
    "Shares beneficially owned", "Aggregate Amount Beneficially Owned", "The Reporting Person",
    "Percent of Class", "Reporting Persons as a group", "December 31, 2006",
    "Mr. Roe may be deemed to beneficially own",
])
def test_caption_who(who):
    assert _is_caption(who)


@pytest.mark.parametrize("who", ["Fund I", "Acme Capital Management, LLC", "Mr. Smith", "TCMV",
                                 "Acme Fund of the Americas", "Commonwealth Partners"])
def test_caption_who_negative(who):
    assert not _is_caption(who)


def _values(text: str) -> list[tuple]:
    src = SourceText(path="x.txt", text=text)
    return [(v.who, v.field, v.reading.value) for v in read_item4_values(src, 0, len(text))]


def test_item4_lines_with_shares():
    text = ("Item 4. Ownership.\n(a) Amount beneficially owned:\nFund I: 4,210,339 shares\n"
            "Fund I-A: 388,020 shares\nReporting Persons as a group: 4,598,359 shares\n"
            "(b) Percent of class:\nFund I: 9.1%\nFund I-A: 0.8%\n")
    assert _values(text) == [("Fund I", "aggregate", 4210339), ("Fund I-A", "aggregate", 388020),
                             ("Fund I", "percent", 9.1), ("Fund I-A", "percent", 0.8)]


@pytest.mark.parametrize("answer", ["As of December 31, 2006: 657,000 shares",
                                    "As of December 31, 2006: 657,000", "Total: 657,000 shares",
                                    "Common Stock:  657,000 shares", "Total:  657,000 shares(1)",
                                    "The Reporting Person: 657,000 shares",
                                    "Shares beneficially owned: 657,000 shares"])
def test_item4_caption_line_is_the_answer(answer):
    text = f"Item 4. Ownership\n(a) Amount beneficially owned:\n\n     {answer}\n"
    assert _values(text) == [(None, "aggregate", 657000)]


def test_item4_class_count_is_no_answer():
    """A line of the class's count after an empty last sub-item is no holder's answer."""
    text = ("Item 4. Ownership\n(iv) Shared power to dispose or to direct the disposition of:\n\n"
            "     Shares outstanding:  11,686,959\n")
    assert [v for v in _values(text) if v[0] is None] == []


@pytest.mark.parametrize("answer", ["Common Stock: 600,000 shares\n     Total: 657,000 shares",
                                    "Common Stock: 600,000 shares\n     Warrants: 57,000 shares",
                                    "Directly: 600,000 shares\n     Indirectly: 57,000 shares"])
def test_item4_parts_are_no_answer(answer):
    """Parts and a total under captions: which is the holding is not said; no answer of the
    lone filer is read (the first, 600,000, was read before; "Warrants" names no party)."""
    text = f"Item 4. Ownership\n(a) Amount beneficially owned:\n\n     {answer}\n"
    assert [v for v in _values(text) if v[0] is None] == []


def test_f14_item4_lines_with_shares_whole_filing():
    """Review W f14: every cover says "See Item 4"; Item 4 lists "Fund I: 4,210,339 shares"."""
    [rec] = parse_path(FIXTURES / "f14_item4_lines_shares.htm").records
    names = {p.id: p.name for p in rec.parties}
    got = {names[c.source]: (c.shares, c.percent, c.sole_voting, c.shared_voting)
           for c in rec.claims if c.relation.value == "beneficial_owner_of"}
    assert got == {
        "Copperline Partners Fund I, L.P.": (4210339, 9.1, 0, 4210339),
        "Copperline Partners Fund I-A, L.P.": (388020, 0.8, 0, 388020),
        "Copperline Partners GP I, L.L.C.": (4598359, 9.9, 0, 4598359),
        "Yusuf K. Demir": (4610859, 9.9, 12500, 4598359)}
    assert "missing-value" not in _codes(rec)


@pytest.mark.parametrize("answer", ["As of December 31, 2006: 657,000 shares",
                                    "As of December 31, 2006: 657,000", "Total: 657,000 shares",
                                    "Common Stock:  657,000 shares", "R. Scott Asen: 657,000 shares",
                                    "Mr. Asen: 657,000 shares",
                                    "Mr. Asen may be deemed to beneficially own: 657,000 shares"])
@pytest.mark.parametrize("cover", ["blank", "none"])
def test_asen_item4_caption_answer_fills_the_holding(answer, cover):
    """Review D14 M2: the lone filer's answer under a caption fills a blank or missing cover."""
    rec = _asen(_item4(answer), blank=("657,000 shares",) if cover == "blank" else (),
                no_cover=cover == "none")
    assert _holding(rec) == (657000, 5.6, 600000, 57000, 600000, 57000)


def test_asen_item4_parts_leave_the_aggregate_missing():
    """Parts under captions: the aggregate is warned missing, not taken as the first part."""
    rec = _asen(_item4("Common Stock: 600,000 shares\n          Warrants: 57,000 shares"),
                blank=("657,000 shares",))
    assert _holding(rec)[0] is None
    assert "missing-value" in _codes(rec)


def test_asen_item4_percent_under_a_date():
    rec = _asen(_item4("657,000 shares", "As of December 31, 2006:  5.6%"), blank=("5.6%",))
    assert _holding(rec)[:2] == (657000, 5.6)


# --- 2. the cover page and Item 4 disagree (review W M1, review D14 H1) ------------------

def _conflicts(rec) -> list[str]:
    return [w.message for w in rec.warnings if w.code == "value-conflict"]


def test_f06_cover_and_item4_disagree():
    """Review W f06: cover 1,450,000 / 5.3% / sole 1,400,000; Item 4 (a) 2,316,455, (b) 8.45%,
    (i) 1,988,200: the cover is kept and each disagreement is warned."""
    [rec] = parse_path(FIXTURES / "f06_cover_item4_disagree.txt").records
    assert _holding(rec) == (1450000, 5.3, 1400000, 0, 1450000, 0)
    who = "Pinecrest Asset Management, L.P."
    assert _conflicts(rec) == [
        f"{who}: aggregate: Item 4 states '2,316,455' (2316455), the cover page '1,450,000' "
        "(1450000), which is kept",
        f"{who}: percent: Item 4 states '8.45%' (8.45), the cover page '5.3%' (5.3), which is kept",
        f"{who}: sole_voting: Item 4 states '1,988,200' (1988200), the cover page '1,400,000' "
        "(1400000), which is kept",
        f"{who}: sole_dispositive: Item 4 states '2,316,455' (2316455), the cover page "
        "'1,450,000' (1450000), which is kept"]


def test_real_cover_and_item4_disagree():
    """Holdout 1995_SC_13G_3499: row (7) "Sole Dispositive Power 265,010", Item 4 (iii)
    "disposition of  265,000" (its caption wrapped, no ":"): the text disagrees."""
    rec = holdout_record("1995_SC_13G_3499.txt")
    assert _conflicts(rec) == [
        "First Union Corporation: sole_dispositive: Item 4 states '265,000' (265000), the cover "
        "page '265,010' (265010), which is kept"]


@pytest.mark.parametrize("text, rest", [
    (" or to direct the\n      disposition of      265,000", "      265,000"),
    (" or direct the vote   600,000", "   600,000"),
    ("   Beneficially Owned    657,000", "    657,000"),
])
def test_caption_rest(text, rest):
    assert CAPTION_REST.sub("", text, count=1) == rest


def test_caption_rest_stops_at_a_figure():
    assert CAPTION_REST.match(" 600,000 shares of which he has sole power to vote") is None


@pytest.mark.parametrize("text, found", [("600,000(1)", True), ("600,000*", True),
                                          ("[2]", True), ("600,000 shares", False),
                                          ("(a) Amount", False)])
def test_footnote_mark(text, found):
    assert (FOOTNOTE_MARK.search(text) is not None) is found


@pytest.mark.parametrize("raw, places", [("5.62%", 2), ("6%", None), ("9,7%", 1), (".4%", 1)])
def test_decimals(raw, places):
    m = DECIMALS.search(raw)
    assert (len(m["dec"]) if m else None) == places


@pytest.mark.parametrize("a, b, agree", [
    (("12.83%", 12.83), ("12.8%", 12.8), True), (("13.69%", 13.69), ("13.7%", 13.7), True),
    (("5.6%", 5.6), ("5.62%", 5.62), True), (("6%", 6.0), ("5.6%", 5.6), True),
    (("8.45%", 8.45), ("5.3%", 5.3), False), (("5.8%", 5.8), ("5.6%", 5.6), False),
    (("5.62%", 5.62), ("5.60%", 5.60), False)])
def test_percents_agree(a, b, agree):
    assert percents_agree(*a, *b) is agree


@pytest.mark.parametrize("answer, alone", [
    (":   2,316,455", True), (": 2,316,455 shares of Class A Common Stock", True),
    (": Approximately 8.45% of the outstanding Common Stock", True),
    (": 2,316,455\n\n   The percentage above is based on 27,413,000 shares", True),
    (": 600,000 shares held directly", False), (": Less than 1%", False),
    (": 600,000 (1)", False), (": 8.45% (based on 27,413,000 shares)", False),
    (": 28,500 shares of Series B Convertible Preferred Stock", False),
])
def test_states_alone(answer, alone):
    value = next(t for t in answer.split() if t[0].isdigit())
    at = answer.index(value.rstrip("%"))
    assert states_alone(answer, at, at + len(value.rstrip("%"))) is alone


def _item4_answers(a: str, b: str = "5.6%", c1: str = "600,000", c2: str = "57,000",
                   post: str = "") -> str:
    """An Item 4 answering each sub-item on its caption's line."""
    return f"""     (a) Amount beneficially owned: {a}

     (b) Percent of class: {b}

     (c) Number of shares as to which such person has:

          (i) Sole power to vote or to direct the vote: {c1}

          (ii) Shared power to vote or to direct the vote: {c2}

          (iii) Sole power to dispose or to direct the disposition of: 600,000

          (iv) Shared power to dispose or to direct the disposition of: 57,000
{post}"""


@pytest.mark.parametrize("kwargs, message", [
    (dict(a="700,000"), "aggregate: Item 4 states '700,000' (700000), the cover page "
     "'657,000' (657000), which is kept"),
    (dict(a="657,000", b="5.8%"), "percent: Item 4 states '5.8%' (5.8), the cover page '5.6%' "
     "(5.6), which is kept"),
    (dict(a="657,000", c1="650,000"), "sole_voting: Item 4 states '650,000' (650000), the "
     "cover page '600,000' (600000), which is kept"),
])
def test_asen_item4_disagrees(kwargs, message):
    rec = _asen(_item4_answers(**kwargs))
    assert _holding(rec) == (657000, 5.6, 600000, 57000, 600000, 57000)
    assert _conflicts(rec) == [f"R. Scott Asen: {message}"]


@pytest.mark.parametrize("kwargs", [
    dict(a="657,000", b="5.62%"),                      # rounded (657,000 / 11,686,959 = 5.62%)
    dict(a="657,000", b="6%"),
    dict(a="657,000", b="5.7%"),                       # cut or rounded: one unit of the last digit
    dict(a="657,000", b="Less than 10%"),
    dict(a="657,000 shares of Common Stock", b="Approximately 5.6% of the outstanding Common Stock"),
    dict(a="600,000 shares held directly and 57,000 shares held by the Managed Accounts"),
    dict(a="28,500 shares of Series B Convertible Preferred Stock, convertible into 657,000 "
           "shares of Common Stock"),
    dict(a="Warrants to purchase 57,000 shares and 600,000 shares of Common Stock, for a total "
           "of 657,000 shares"),
    dict(a="657,000", b="5.3% of the outstanding Common Stock; 5.6% assuming the exercise of "
                        "the warrants"),
    dict(a="600,000 (1)", b="5.1%", post="\n     (1) Excludes 57,000 shares held by the Managed "
                                         "Accounts.\n"),
    dict(a="600,000*", b="5.1%"),
    dict(a="600,000 shares", b="5.1%", post="\n     The Reporting Person also holds warrants to "
                                            "purchase 57,000 shares of Common Stock.\n"),
])
def test_asen_item4_agrees_or_states_a_part(kwargs):
    """Review D14 H1: rounding, a bound, a part of the holding or another class: no warning."""
    rec = _asen(_item4_answers(**kwargs))
    assert _holding(rec) == (657000, 5.6, 600000, 57000, 600000, 57000)
    assert _conflicts(rec) == []


def test_asen_cover_more_precise_than_item4():
    rec = _asen(_item4_answers("657,000", "5.6%"), replace=(("     5.6%\n- ---", "     5.62%\n- ---"),))
    assert _holding(rec)[1] == 5.62
    assert _conflicts(rec) == []


def test_asen_cover_fraction_item4_whole_part():
    rec = _asen(_item4_answers("657,000"),
                replace=(("     657,000 shares\n- ---", "     657,000.50 shares\n- ---"),))
    assert _holding(rec)[0] == 657001
    assert _conflicts(rec) == []


def test_asen_item4_as_the_only_source_is_no_conflict():
    """A value the cover page does not give is taken from Item 4: nothing to disagree with."""
    rec = _asen(_item4_answers("657,000"), blank=("657,000 shares",))
    assert _conflicts(rec) == []


@pytest.mark.parametrize("name", ["13g/asen_culp_2006_sc13g.txt",
                                  "13g/franklin_humana_1998_sc13g.txt"])
def test_real_item4_answers_agree(name):
    """Asen's Item 4 states the 600,000 held directly in a sentence; Franklin's per-person
    lines repeat the covers."""
    [rec] = parse_path(corpus_file(name)).records
    assert _conflicts(rec) == []


# --- 3. dates (review D14 M5, L2, pre-existing) and fractions (review D14 L1) --------------

@pytest.mark.parametrize("text", ["4 Mayfair 2007", "1 Marathon 2008", "the 3rd Marketing 2008",
                                  "214 May 2007", "Remarch 5, 2007", "Marcus 5, 2007"])
def test_month_name_is_a_whole_word(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Sept. 30, 2006", D(2006, 9, 30)), ("SEPTEMBER 30, 2006", D(2006, 9, 30)),
    ("30 Sept 2006", D(2006, 9, 30)), ("4 May 2007", D(2007, 5, 4)), ("1-Mar-2008", D(2008, 3, 1)),
    ("June 1, 2020", D(2020, 6, 1)), ("DEC. 31, 2013", D(2013, 12, 31)),
    ("Decernber 31, 2006", D(2006, 12, 31)), ("Septernber 30, 2006", D(2006, 9, 30)),  # OCR
])
def test_month_name_dates(text, expected):
    assert MONTH_NAME_DATE.search(text)
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, day_first, expected", [
    ("2.11.2009", None, D(2009, 11, 2)),     # not known: day first, as dots are written
    ("2.11.2009", True, D(2009, 11, 2)),
    ("2.11.2009", False, D(2009, 2, 11)),    # the filing writes "12/31/2008": month first
    ("2.15.2020", None, D(2020, 2, 15)),     # not day first: month first, as main read it
    ("2.15.2020", False, D(2020, 2, 15)),
    ("31.12.2008", False, D(2008, 12, 31)),
])
def test_dotted_date_follows_the_filing(text, day_first, expected):
    assert parse_date(text, day_first) == expected


@pytest.mark.parametrize("text", ["Section 2.1.2008", "Version 1.2.2008", "$1.10.2005",
                                  "5.25% Notes due 2.15.2020", "Exhibit 10.1.2008"])
def test_dotted_non_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, order", [
    ("Event: 31.12.2008 ... Date: 11/02/2009", "dmy"), ("Event: 12.31.2008", "mdy"),
    ("Section 31.12.2008 and 12/31/2008", "mdy"), ("Date: 2.11.2009", None),
])
def test_numeric_order_counts_dotted_dates(text, order):
    assert numeric_order(text) == order


@pytest.mark.parametrize("text", ["Akasaka Intercity, 1-11-44 Akasaka, Minato-ku",
                                  "3-7-12 Nishi-Shinjuku, Tokyo", "1-12-32 Akasaka\nMinato-ku"])
def test_japanese_street_number_is_no_date(text):
    assert find_dates(text) == []
    assert ADDRESS_AFTER.search(text)


@pytest.mark.parametrize("text, expected", [
    ("Dated: 2-14-07 Boston, Massachusetts", D(2007, 2, 14)),
    ("12-31-06   Purchase   1,000", D(2006, 12, 31)),
    ("on 1-12-06 Acme bought 1,000 shares", D(2006, 1, 12)),
    ("12/31/06 Boston, Massachusetts", D(2006, 12, 31)),
])
def test_dash_dates_before_words(text, expected):
    assert find_dates(text) == [expected]


@pytest.mark.parametrize("text", ["Section", "SECTION ", "Version", "§ ", "Exhibit", "No. "])
def test_numbered_lead(text):
    assert NUMBERED_LEAD.search(text)


@pytest.mark.parametrize("text", ["Dated: ", "as of ", "DATE:", "on "])
def test_date_label_before(text):
    assert DATE_LABEL_BEFORE.search(text)


@pytest.mark.parametrize("event, signed, expected", [
    ("12/31/2008", "Dated: 2.11.2009", D(2009, 2, 11)),    # review D14 dotted_us
    ("31.12.2008", "Dated: 11/02/2009", D(2009, 2, 11)),   # review D14 dotted_eu
    ("31.12.2008", "Dated: 11.02.2009", D(2009, 2, 11)),
])
def test_asen_signature_date_in_the_filing_order(event, signed, expected):
    rec = _asen(replace=(("                                December 7, 2006\n",
                          f"                                {event}\n"),
                         ("Dated: December 18, 2006", signed)))
    assert rec.signature_date == expected


@pytest.mark.parametrize("raw, value", [
    ("19,240,406.894", 19240407), ("19,240,406.894 shares", 19240407),
    ("19,240,406.894*", 19240407), ("19,240,406.894 (1)", 19240407),
    ("1,234,567.890(1)", 1234568), ("31,797.3 units", 31797),
    ("5,639.301 shares", 5639301),   # one comma group: a dot grouping thousands
])
def test_fraction_before_a_unit_or_mark(raw, value):
    assert read_quantity(raw).value == value


@pytest.mark.parametrize("raw", ["19,240,406.894", "19,240,406.894 shares", "31,797.3 units"])
def test_leading_fraction(raw):
    assert LEADING_FRACTION.match(raw)


# --- 4. Item 2(b) addresses (review D14, pre-existing) --------------------------------------

_PARK = "500 Park Avenue, New York, New York 10022."
_ELM = "12 Elm Street, Greenwich, Connecticut 06830."


def _joint_item2b(item2b: str, *edits: tuple[str, str]):
    """Review D14's joint 13G (Acme Capital Management, LLC, the "Investment Manager", and
    John Q. Smith, "Mr. Smith") with its Item 2(b) answer replaced and each (old, new) of
    ``edits`` made; the addresses by reporting person."""
    text = (FIXTURES / "joint_acme_smith.txt").read_text()
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    a = text.index("ITEM 2(B).")
    a = text.index("\n\n", a) + 2
    b = text.index("ITEM 2(C).")
    [rec] = parse_source(SourceText(path="probe.txt", text=text[:a] + item2b + "\n\n" + text[b:]))
    return {p.name: p.addresses for p in rec.parties
            if "reporting_person" in [r.value for r in p.roles]}


@pytest.mark.parametrize("item2b, expected", [
    # "the Issuer is": the "Is" of "Issuer" was read as "is", every filer given "suer is 1823 ..."
    ("     The address of the principal business office of the Investment Manager is 500 Park "
     "Avenue, New York, New York 10022.\n     The address of the principal business office of "
     "the Issuer is 1823 Eastchester Drive, High Point, NC 27265.",
     {"Acme Capital Management, LLC": [_PARK], "John Q. Smith": []}),
    # the names wrapped onto the next line: nothing was read
    ("     The address of the principal business office of each of the Investment Manager and\n"
     "     Mr. Smith is 500 Park Avenue, New York, New York 10022.",
     {"Acme Capital Management, LLC": [_PARK], "John Q. Smith": [_PARK]}),
    # every filer but one (Smith was given both addresses when the names were read whole)
    ("     The address of the principal business office of each of the Reporting Persons other\n"
     "     than Mr. Smith is 500 Park Avenue, New York, New York 10022. The address of the "
     "principal\n     business office of Mr. Smith is 12 Elm Street, Greenwich, Connecticut 06830.",
     {"Acme Capital Management, LLC": [_PARK], "John Q. Smith": [_ELM]}),
    # as before
    ("     The address of the principal business office of each of the Reporting Persons is\n"
     "     500 Park Avenue, New York, New York 10022.",
     {"Acme Capital Management, LLC": [_PARK], "John Q. Smith": [_PARK]}),
    ("     The address of the principal business office of the Investment Manager is 500 Park\n"
     "     Avenue, New York, New York 10022. The address of the principal business office of\n"
     "     Mr. Smith is 12 Elm Street, Greenwich, Connecticut 06830.",
     {"Acme Capital Management, LLC": [_PARK], "John Q. Smith": [_ELM]}),
    ("     The address of the principal business office of the Reporting Persons is c/o the\n"
     "     Issuer, 1823 Eastchester Drive, High Point, NC 27265.",
     {"Acme Capital Management, LLC": ["c/o the Issuer, 1823 Eastchester Drive, High Point, NC "
                                       "27265."],
      "John Q. Smith": ["c/o the Issuer, 1823 Eastchester Drive, High Point, NC 27265."]}),
    # an unknown filer left out: the address is given to no one rather than to him too
    ("     The address of the principal business office of each of the Reporting Persons other\n"
     "     than Mr. Doe is 500 Park Avenue, New York, New York 10022.",
     {"Acme Capital Management, LLC": [], "John Q. Smith": []}),
])
def test_joint_item2b_addresses(item2b, expected):
    assert _joint_item2b(item2b) == expected


def test_a_reporting_person_called_the_company_gets_its_address():
    """The issuer's words name a reporting person's office when it is so called."""
    got = _joint_item2b(
        "     The address of the principal business office of the Company is 500 Park Avenue, "
        "New York, New York 10022.", ('(the "Investment\n     Manager")', '(the "Company")'))
    assert got == {"Acme Capital Management, LLC": [_PARK], "John Q. Smith": []}


@pytest.mark.parametrize("sentence, names", [
    ("The address of the principal business office of the Issuer is 1823 Eastchester Drive",
     "the Issuer"),
    ("The address of the principal business office of Mr. Isaacs is 12 Elm Street", "Mr. Isaacs"),
    ("The address of the principal office of H.E. Abdul Aziz\n   Al-Sulaiman is:\n\n  c/o P.O. "
     "Box 222", "H.E. Abdul Aziz\n   Al-Sulaiman"),
    ("The address of the principal business office of each of the Investment Manager and\n"
     "     Mr. Smith is 500 Park Avenue", "the Investment Manager and\n     Mr. Smith"),
])
def test_address_of_each(sentence, names):
    assert ADDRESS_OF_EACH.search(sentence)["names"] == names


def test_address_of_each_wraps_once_without_figures():
    """The names do not run on over an address that has no "is" before it."""
    text = ("The address of the principal business office of the Reporting Persons\n"
            "  500 Park Avenue\n  New York, New York 10022 is listed below")
    assert ADDRESS_OF_EACH.search(text) is None


@pytest.mark.parametrize("names", ["the Issuer", "The Company", "Issuer"])
def test_the_issuer(names):
    assert THE_ISSUER.fullmatch(names)


@pytest.mark.parametrize("names, rest", [
    ("the Reporting Persons other than Mr. Smith", "Mr. Smith"),
    ("each Reporting Person except for Acme and Mr. Smith", "Acme and Mr. Smith"),
])
def test_other_than(names, rest):
    assert OTHER_THAN.search(names)["names"] == rest


def test_real_wrapped_name_gets_its_address():
    """Holdout 2003_SC_13G_1045280: "The address of the principal office of H.E. Abdul Aziz /
    Al-Sulaiman is:" (wrapped) gave him nothing and ran Abanat's address on into it."""
    rec = holdout_record("2003_SC_13G_1045280.txt")
    got = {p.name: p.addresses for p in rec.parties}
    assert got["Abanat Limited"] == ["c/o P.O. Box 222 Jeddah, Saudi Arabia 21411"]
    assert got["H.E. Abdul Aziz Al-Sulaiman"] == ["c/o P.O. Box 222 Jeddah, Saudi Arabia 21411"]


def test_item4_value_of_another_cover_page_is_no_conflict():
    """A holder's second cover page (another class) states what Item 4 does: no conflict."""
    from graphkit.models import Evidence, Reading
    from graphkit.parsers.schedule13_reconcile import Candidate, answer_conflicts

    def cand(raw, value, section, **kw):
        return Candidate(field="aggregate", weight=1.0, reading=Reading(
            field="aggregate", raw=raw, value=value,
            evidence=Evidence(source="x", text=raw, section=section)), **kw)
    by = {"aggregate": [cand("1,000,000", 1000000, "cover page 1", primary=True),
                        cand("2,500,000", 2500000, "cover page 2"),
                        cand("2,500,000 shares of Class B Common Stock", 2500000, "Item 4 (a) ",
                             answer="alone")]}
    assert answer_conflicts(by, {"aggregate": 1000000}) == []
    by["aggregate"].pop(1)
    assert [code for code, _ in answer_conflicts(by, {"aggregate": 1000000})] == ["value-conflict"]
