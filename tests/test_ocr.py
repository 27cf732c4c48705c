"""OCR repairs, each on a cell or line from the seed 13G (graphkit/samples/000_...txt)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.ocr import (DOT_AS_COMMA, LETTER_DIGIT, NOT_A_LETTER, PERCENT, PLAIN_QUANTITY,
                          QUANTITY, QUANTITY_TOKEN, SPACE_IN_NUMBER, TWO_LETTERS, TYPE_CODE,
                          ZERO_WORD, find_percents, find_quantities,
                          may_hold_percent, quantity_candidates, quantity_tokens, read_percent,
                          read_quantity, read_type_codes, repair_place)


@pytest.mark.parametrize("raw,value,method", [
    ("5.639,301", 5639301, "dot-as-comma"),
    ("428 430", 428430, "space-in-number"),
    ("5 639 301", 5639301, "space-in-number"),
    ("l,027,300", 1027300, "letter-as-digit"),
    ("iil", 0, "zero-word"),
    ("6,288,626", 6288626, None),
    ("-0-", 0, None),
    ("1,S00,000", 1500000, "letter-as-digit"),   # "S" for 5 and "B" for 8 in a digit group
    ("4,B62,532", 4862532, "letter-as-digit"),
    ("62S,000", 625000, "letter-as-digit"),
    ("N0ne", 0, "zero-word"), ("N0NE", 0, "zero-word"), ("O", 0, "zero-word"),
])
def test_read_quantity(raw, value, method):
    r = read_quantity(raw)
    assert (r.value, r.method, r.raw) == (value, method, raw)
    assert r.repaired is (method is not None)


def test_nil_is_clean_zero():
    r = read_quantity("nil")
    assert r.value == 0 and not r.repaired


@pytest.mark.parametrize("raw", ["1.02/0", "0.109/", "19.42%"])
def test_percent_text_is_not_a_share_count(raw):
    assert read_quantity(raw) is None


def test_quantity_candidates_offer_split_reading():
    assert quantity_candidates("420, 420") == [420420, 420]


@pytest.mark.parametrize("raw,value,repaired", [
    ("0.109/", 0.1, True), ("1.02/0", 1.02, True), ("19.42%", 19.42, False), ("4.6%", 4.6, False),
])
def test_read_percent(raw, value, repaired):
    r = read_percent(raw)
    assert (r.value, r.repaired) == (value, repaired)


@pytest.mark.parametrize("raw", ["Delawai\tre", "Delawa re", "Delawa\t·e", "Delawai\te"])
def test_repair_place_delaware(raw):
    r = repair_place(raw)
    assert r.value == "Delaware" and r.repaired and r.raw == raw


def test_repair_place_netherlands():
    assert repair_place("Netherla\tands").value == "Netherlands"


def test_zero_words_in_capitals():
    # a cover page printed in capitals: "NIL" and "NONE" are zero as "nil" and "None" are
    line = "SHARED VOTING POWER NIL 8. SHARED DISPOSITIVE POWER NONE 9. NILS"
    assert [(r.raw, r.value) for _, _, r in find_quantities(line)] == [
        ("NIL", 0), ("8", 8), ("NONE", 0), ("9", 9)]


def test_find_quantities_in_torn_row():
    line = "Sole Voting Power  5.639,301 6. Shared Voting Power  iil"
    assert [r.value for _, _, r in find_quantities(line)] == [5639301, 6, 0]
    assert [r.value for _, _, r in find_quantities("\t1.32%\t\n1\t1.02/0")] == [1]


def test_find_percents_both_readings():
    assert [r.value for _, _, r in find_percents("\t1.32%\t\t\n1\t1.02/0\t")] == [1.32, 1.02]


def test_type_codes():
    r = read_type_codes("00")
    assert (r.value, r.repaired) == ("OO", True)
    assert read_type_codes("                                                 PN").value == "PN"


@pytest.mark.parametrize("pattern,text", [
    (ZERO_WORD, "iil"), (QUANTITY, "5.639,301"), (PERCENT, "0.109/"),
    (QUANTITY_TOKEN, "Beneficially Owned by\t\t\tnil"), (TYPE_CODE, "00"),
])
def test_named_patterns(pattern, text):
    assert pattern.search(text)


# --- rewritten patterns find exactly what they found as first written ------------------------
#
# QUANTITY_TOKEN, TYPE_CODE and PERCENT were rewritten to open with one class (so that a search
# skips ahead fast to where they can start); these are the patterns as first written, tried at
# every position, and the reference for their matches.

FIRST_QUANTITY_TOKEN = re.compile(r"""
    (?<![\w.,$/#-])
    (?P<tok>
        (?:[niIl1|][iIl1|][lIi1|]|NIL|[Nn][o0]n[ec]|N[O0]NE|-+\s*[0oO]\s*-+)(?![\w])  # nil, -O-
      | -[0-9]{1,3}(?:,[0-9]{3})+-(?![\w])                           # -3,416,000-
      | [0-9]{1,3}(?:,[0-9]{3})+[0-9](?![\w%]|[.,]\d)                 # 1,353,4681
      | (?:[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]{1,2}|[0-9]{4,}\.(?:[0-9]{4}|[0-9]{1,2}))(?![\w%/]|[.,]\d)
      | [0-9lIoO][0-9lIoOSB]{0,2}(?:(?:,\s?|\.)[0-9lIoOSB]{3}|\s(?=[lIoO]{0,2}[0-9])[0-9lIoO]{3})+
        (?![\w%]|[.,][0-9lIoOSB])                # 5,639,301 / 428 430 / 1,399,O96 / 1,S00,000
      | [0-9][0-9]*(?![\w%]|[.,]\d|,[A-Za-z])                # 32770, 0; not the 1 of 1,A00
      | [oO](?![\w%.'’]|,\S)                                   # O (a lone zero)
    )
""", re.VERBOSE)
FIRST_TYPE_CODE = re.compile(r"""
    (?<![A-Za-z0-9])
    (?P<code>IN|PN|OO|00|O0|0O|CO|IA|HC|BD|BK|IC|IV|EP|SA|CP|FI|OO\(?LLC\)?)
    (?![A-Za-z0-9])
""", re.VERBOSE)
FIRST_PERCENT = re.compile(r"""
    (?P<num>\d{1,3}(?:[.,]\d{1,4})?)\s*
    (?P<sign>%|percent|9/0|9/o|°/o|o/o|/0|9/|0/0|\s?pct)
""", re.VERBOSE | re.IGNORECASE)

#: Pieces of cover cells and their OCR damage, to build texts from.
CELL_PIECES = ["0", "1", "5", "9", "12", "639", "301", "5,639,301", "428 430", "l,027,300",
               "31,797.3", "19,310.65", "15711.8844", "1,353.4681", "7", "42",
               "O", "o", "l", "I", "i", "|", "n", "N", "one", "None", "nil", "iil", "-0-", "-",
               "-O-", "Nonc", "#", "*", "1,399,O96", "O96", "l00", "1,S00,000", "S", "B",
               "4,B62", "A00", "Class S 500", "N0ne", "N0NE", "Jane O. Roe", "O,", "0",
               "NIL", "NONE", "IL", "ONE", "L",
               "—", "0.109/", "1.02/0", "19.42%", "%", "/", "9/o", "°/o", " pct", "percent",
               "PN", "IN", "HC", "OO", "00", "O0", "OO(LLC)", "OOLLC", "CO", "FI", "EP", "x",
               "Sole Voting Power", "$", ".", ",", " ", "  ", "\t", "\n", "(", ")", "_"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(CELL_PIECES), max_size=30).map("".join))
def test_rewritten_patterns_match_as_first_written(text):
    def spans(pattern, group):
        return [m.span(group) for m in pattern.finditer(text)]
    assert spans(QUANTITY_TOKEN, "tok") == spans(FIRST_QUANTITY_TOKEN, "tok")
    assert spans(TYPE_CODE, "code") == spans(FIRST_TYPE_CODE, "code")
    assert spans(PERCENT, 0) == spans(FIRST_PERCENT, 0)
    assert [m.groupdict() for m in PERCENT.finditer(text)] == \
        [m.groupdict() for m in FIRST_PERCENT.finditer(text)]
    if PERCENT.search(text):
        assert may_hold_percent(text)  # the quick test never skips a percent


@pytest.mark.parametrize("text,codes", [
    ("PN", "PN"), ("IN, HC", "IN HC"), ("OO(LLC)", "OO"), ("OOLLC", "OOLLC"), ("00", "OO"),
    ("PNX", None), ("XPN", None), ("1PN", None),
])
def test_type_code_on_cells(text, codes):
    r = read_type_codes(text)
    assert (r.value if r else None) == codes


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["0", "1", "7", "000", "123", ",", ".", " ", "l", "O"]),
                min_size=1, max_size=8).map("".join))
def test_plain_quantity_reads_as_the_repairs_would(text):
    # a cleanly printed number skips the repair steps: they would have found nothing to repair
    r = read_quantity(text)
    if PLAIN_QUANTITY.fullmatch(text) and not ZERO_WORD.match(text):
        assert not PERCENT.search(text)
        m = QUANTITY.search(text)
        assert m and m["num"] == text
        assert not (LETTER_DIGIT.search(text) or DOT_AS_COMMA.search(text)
                    or SPACE_IN_NUMBER.search(text))
        assert (r.value, r.repaired, r.method) == (int(text.replace(",", "")), False, None)


def test_plain_quantity():
    assert PLAIN_QUANTITY.fullmatch("5,639,301") and PLAIN_QUANTITY.fullmatch("32770")
    assert PLAIN_QUANTITY.fullmatch("5.639,301") is None
    assert read_quantity("111").method == "zero-word"  # "111" is "nil" misread, as before
    assert (read_quantity("0").value, read_quantity("0").repaired) == (0, False)


def test_quantity_tokens_are_what_find_quantities_reads():
    line = "Sole Voting Power  5.639,301 6. Shared Voting Power  iil 1.32%"
    assert [(s, e, r.raw) for s, e, r in find_quantities(line)] == \
        [(s, e, raw) for s, e, raw in quantity_tokens(line)]


def test_place_name_patterns():
    assert TWO_LETTERS.search("NY") and TWO_LETTERS.search("N.Y.") is None
    assert NOT_A_LETTER.sub("", "Delawa\t·e") == "Delawae"


def test_bare_dash_is_no_share_count():
    # a dash in prose or after a label is punctuation: "SHARED VOTING POWER -", "1998 - 1999";
    # a cover cell printed as a lone dash is read by graphkit.parsers.schedule13_dashes, which
    # asks the page's other numbers first
    assert find_quantities("-") == []
    assert [r.value for _, _, r in find_quantities("Shared Voting Power - 1,000 - none")] == \
        [1000, 0]
    assert [r.raw for _, _, r in find_quantities("the shares - all of them - were sold")] == []
    assert [r.value for _, _, r in find_quantities("-0-")] == [0]


@pytest.mark.parametrize("raw, clean", [
    ("5,639,301", True), (" 32770 ", True), ("0", False), ("-0-", False), ("iil", False),
    ("None", False), ("5.639,301", False), ("l,027,300", False), ("428 430", False)])
def test_read_quantity_is_the_validated_reading(raw, clean):
    # readings built without validation are those the validating constructor gives, with the
    # same fields set: a clean number sets no repair fields
    from graphkit.models import Evidence, Reading
    ev = Evidence(source="a.txt", line=2, text=raw)
    for r in (read_quantity(raw, "aggregate", ev), read_quantity(raw)):
        slow = Reading(**{k: getattr(r, k) for k in r.model_fields_set})
        assert r == slow and r.model_dump() == slow.model_dump() and hash(r) == hash(slow)
        assert list(r.model_dump()) == list(slow.model_dump())
        given = {"field", "raw", "value", "evidence"}
        assert r.model_fields_set == (given if clean else given | {"repaired", "method"})


@pytest.mark.parametrize("read, raw, extra", [
    (read_percent, "19.42%", {"repaired", "method"}), (repair_place, "Delaware", set()),
    (repair_place, "Delawa re", {"repaired", "method", "note"}), (repair_place, "Narnia", set()),
    (read_type_codes, "00", {"repaired", "method"})])
def test_readings_are_the_validated_ones(read, raw, extra):
    # cached reads give readings equal to validated ones, with the fields set as before
    from graphkit.models import Evidence, Reading
    for ev in (None, Evidence(source="a.txt", line=1, text=raw)):
        r = read(raw, evidence=ev)
        slow = Reading(**{k: getattr(r, k) for k in r.model_fields_set})
        assert r == slow and list(r.model_dump()) == list(slow.model_dump())
        assert r.model_fields_set == {"field", "raw", "value", "evidence"} | extra


def test_type_codes_printed_with_dots():
    # 1997 SC 13G (five INVESCO holding companies): row 12 reads "H.C." on every cover page
    from pathlib import Path
    from graphkit.ocr import DOTTED_CODE
    from graphkit.parse import parse_path
    assert read_type_codes("H.C.").value == "HC"
    assert read_type_codes("I. A., C.O.").value == "IA CO"
    assert read_type_codes("U.S.A.") is None and read_type_codes("Jr.") is None
    assert DOTTED_CODE.sub(r"\1\2", "P.N. (see Item 2)") == "PN (see Item 2)"
    rec = parse_path(Path(__file__).resolve().parent / "fixtures" / "filings"
                     / "1997_SC_13G_864047.txt").records[0]
    reporting = [p for p in rec.parties if "reporting_person" in [r.value for r in p.roles]]
    assert len(reporting) == 5 and all(p.type_codes == ["HC"] for p in reporting)


@pytest.mark.parametrize("text,tokens", [
    ("1,S00,000", ["1,S00,000"]), ("3,114,S70", ["3,114,S70"]),
    ("1,A00,000", []),            # another letter: never the "1" before it
    ("Class S 500", ["500"]),     # "S" before a space is no digit
    ("5.Sole Voting Power", ["5"]),
])
def test_letters_for_digits_inside_a_grouped_number(text, tokens):
    assert [tok for _, _, tok in quantity_tokens(text)] == tokens
    assert read_quantity("1,A00,000") is None
