"""The named patterns of the Schedule 13D/13G text modules, each on real lines of corpus filings.

One test per pattern (STYLE.md): the line it was written for matches, and a near miss does not.
Patterns of :mod:`graphkit.parsers.signatures` are tested in ``test_signatures.py``, those of
:mod:`graphkit.parsers.partybook` in ``test_partybook.py``.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.parsers import schedule13_claims as claims
from graphkit.parsers import schedule13_citizenship as citizenship
from graphkit.parsers import schedule13_cover as cover
from graphkit.parsers import schedule13_cover_names as cover_names
from graphkit.parsers import schedule13_cover_patterns as patterns
from graphkit.parsers import schedule13_items as items
from graphkit.parsers import schedule13_reporting as reporting13
from tests.conftest import SEED_13G


# --- schedule13_cover ------------------------------------------------------------------------

def test_line_row_number():
    # capitalgroup_warnerlambert_1994: the row number on a line of its own, under its label
    m = cover.LINE_ROW_NUMBER.search("                              5\n         NUMBER OF")
    assert m and m["num"] == "5"
    m = cover.LINE_ROW_NUMBER.search("       BENEFICIALLY           6\n")
    assert m and m["num"] == "6" and m["pre"].strip() == "BENEFICIALLY"
    # a value is not a row number: "800" stands in the same column
    assert cover.LINE_ROW_NUMBER.search("         NUMBER OF                 800") is None


def test_row_citizenship_wrapped():
    # keycolony_intlaircraft_2000: the label wraps in a narrow column
    t = "6.   Citizenship or Place\n     of Organization                            Delaware"
    m = cover.ROW_CITIZENSHIP.search(t)
    assert m and t[m.end():].strip() == "Delaware"


def test_row_dispositive_disposition():
    # oneliberty_brt_1996: "DISPOSITION" for "DISPOSITIVE"
    assert cover.ROW_SOLE_DISPOSITIVE.search("9.   SOLE DISPOSITION POWER - 30,048")
    assert cover.ROW_SHARED_DISPOSITIVE.search("10.  SHARED DISPOSITION POWER -")
    assert cover.ROW_SOLE_DISPOSITIVE.search("SOLE VOTING POWER") is None


def test_first_item():
    # wesmar_s2golf_2000: an amendment restating Items 3, 5, 6, 7 has no Item 1
    assert cover.FIRST_ITEM.search("Item 3.  Source and Amount of Funds and Other Consideration.")
    assert cover.FIRST_ITEM.search(" ITEM 1(a)       NAME OF ISSUER:")
    # a cover row citing an item is not a heading
    assert cover.FIRST_ITEM.search("         Required Pursuant To Items 2(d) or 2(e)") is None


def test_first_item_with_a_dash():
    # 1994_SC_13D_49588 typed "ITEM 1 -   Security and Issuer:" (pt44 item_dash), and an HTML
    # filing's "Item 1 –" alone on its line over the bold caption (2016_SC_13D_1669540)
    assert cover.FIRST_ITEM.search("ITEM 1 -   Security and Issuer:")
    assert cover.FIRST_ITEM.search("Item 1 –\nSecurity and Issuer")
    assert cover.FIRST_ITEM.search("Item 3 — Source and Amount of Funds")
    # a dash joining numbers is no heading
    assert cover.FIRST_ITEM.search("Item 1-3 of the cover") is None


def test_none_word():
    # capitalgroup_warnerlambert_1994: power cells in capitals
    assert cover.NONE_WORD.sub("None", "       6\n                                   NONE\n") \
        == "       6\n                                   None\n"
    assert cover.NONE_WORD.search("NONEXISTENT") is None


def test_leading_dot_percent():
    # keycolony_intlaircraft_2000: ".7%" is 0.7 percent
    line = "     amount in Row (11)                         .7%"
    fixed = cover.LEADING_DOT_PERCENT.sub(r"0\g<p>", line)
    assert fixed.endswith("0.7%") and len(fixed) == len(line)
    assert cover.LEADING_DOT_PERCENT.search("   10.7%") is None
    # the same row typed with a tab (rb43/keycolony_tab_percent.txt): a tab is a column break
    line = "\tamount in Row (11)\t.7%"
    fixed = cover.LEADING_DOT_PERCENT.sub(r"0\g<p>", line)
    assert fixed == "\tamount in Row (11)0.7%"
    assert cover.LEADING_DOT_PERCENT.search("Row (11) .7%") is None  # one space: a word break
    assert cover.LEADING_DOT_PERCENT.search("\t10.7%") is None
    # a label's colon, a cell's mark: one space is no word break there (hx46: a typed cover
    # run together as paragraphs, 1997_SC_13DA_1026797 "... IN ROW (11): .75%"; an HTML cell)
    for line in ("IN ROW (11): .75%", "Row (11) | .75%"):
        assert cover.LEADING_DOT_PERCENT.sub(r"0\g<p>", line) == line[:-5] + "0.75%"


def test_less_than():
    # oneliberty_brt_1996: no number to read
    assert cover.LESS_THAN.search("\nLess than 1%\n")
    assert cover.LESS_THAN.search("\n17.23\n") is None


def test_bare_percent():
    # oneliberty_brt_1996: the percent row printed without "%"
    region = " REPRESENTED BY AMOUNT IN   \n24.05\n______________14.  TYPE OF\n"
    [(s, e, r)] = cover._bare_percent(region)
    assert r.value == 24.05 and region[s:e] == "24.05"
    assert cover.BARE_PERCENT.search("PERSON - 2,110,933") is None


def test_number_token():
    # a row number glued to a rule line is no number
    assert cover.NUMBER_TOKEN.findall("\n24.05\n____________14.  TYPE") == ["24.05"]


def test_dotted_place():
    # carlmarks_piperjaffray_1996: citizenship "U.S.A."
    assert cover.DOTTED_PLACE.match("U.S.A.")
    assert cover.DOTTED_PLACE.match("Delaware") is None


def test_name_id_suffix():
    # oneliberty_brt_1996: masked SSN and printed EIN after the name
    assert cover.NAME_ID_SUFFIX.sub("", "Fredric H. Gould - ###-##-####") == "Fredric H. Gould"
    assert cover.NAME_ID_SUFFIX.sub("", "Gould Investors L.P. - 11-276-3164") == \
        "Gould Investors L.P."
    assert cover.NAME_ID_SUFFIX.search("Accipiter Life Sciences Fund II (QP), LP") is None


# --- schedule13_items ------------------------------------------------------------------------

def test_holder_heading():
    # carlmarks_piperjaffray_1996: Item 4 answered per holder under a name heading
    assert items.HOLDER_HEADING.match("                 CMMC")["who"] == "CMMC"
    assert items.HOLDER_HEADING.match("                 RUOCCO")["who"] == "RUOCCO"
    assert items.HOLDER_HEADING.match(" ITEM 4          OWNERSHIP:") is None
    assert items.HOLDER_HEADING.match("                 (a)  Amount Beneficially Owned:") is None


def test_amendment_line_above_issuer():
    # oneliberty_brt_1996: "(Amendment No. 3   )*" is not part of the issuer's name
    from graphkit.source import SourceText
    src = SourceText(path="x", text="SCHEDULE 13D\n   (Amendment No. 3   )*\nBRT Realty Trust\n"
                                    "________\n   (Name of Issuer)\n")
    assert items.read_front_page(src).issuer_name == "BRT Realty Trust"


# --- schedule13_text and schedule13_claims ---------------------------------------------------

def test_cover_note():
    # farallon_spiritfinance_2006: a note after the name of the reporting person
    assert reporting13.COVER_NOTE.sub("", "Jason E. Moment [See Preliminary Note]") == "Jason E. Moment"
    assert reporting13.COVER_NOTE.search("Farallon Capital Partners, L.P.") is None


def test_aggregate_of():
    # the record holders' stated total
    m = claims.AGGREGATE_OF.search("for an aggregate of 6,288,626 shares of Common Stock")
    assert m and m["num"] == "6,288,626"


def test_citizenship_rows_match_a_full_scan():
    # the windowed search finds exactly what scanning every position finds
    texts = ["4. Citizenship or Place of Organization   Delaware\n5. Sole Voting Power",
             "4.\tCitizens\thip\tor Place of Organization",
             "CITIZENSHIP OR PLACE\n   OF ORGANIZATION\n\nUnited States\nState of Organization x",
             "Place\nof\nOrganization", "of Organization", "a b of Organisation c of Organization"]
    for t in texts:
        for start in (0, 3):
            want = [m.span() for m in cover.ROW_CITIZENSHIP.finditer(t, start, len(t))]
            got = [m.span() for m in cover._citizenship_rows(t, start, len(t))]
            assert got == want, t
    assert cover.ORGANIZATION_END.search("Place of\tOrganisation")


# --- the cover reader's fast searches find exactly what a plain search finds ------------------
#
# The cover reader tries most patterns only where a literal cue says they can start
# (schedule13_cover._finditer_at), and some patterns were rewritten to open with a literal or a
# class (so that the regex engine skips ahead fast). Each is checked here against the plain
# search it replaces: the patterns as first written, tried at every position.

#: The rewritten patterns as they were first written (the reference for their matches).
FIRST_FOOTNOTE_MARK = re.compile(r"""(?<=\d)(?:\(\d{1,2}\)|\[\d{1,2}\])""", re.VERBOSE)
FIRST_ROW_CELL_NUMBER = re.compile(r"""
    ^[ \t]*\d{1,2}(?=[ \t]*\||[ \t]+(?:check|sec[ \t]|source|citizen|sole|shared|aggregate
                                      |percent\s+of\s+(?:c\s+)?class|type|names?\b
                                      |i\.?r\.?s\.?\b))
""", re.VERBOSE | re.IGNORECASE | re.MULTILINE)
FIRST_LINE_ROW_NUMBER = re.compile(r"""
    ^(?P<pre>[ \t|]*(?:(?:number|of|shares|beneficially|owned|by|each|reporting|person|with)
      [ \t|]+)*)
    (?P<num>\d{1,2})
    (?=[ \t|]*(?:(?:number|of|shares|beneficially|owned|by|each|reporting|person|with)[ \t|]*)*$)
""", re.VERBOSE | re.IGNORECASE | re.MULTILINE)
FIRST_NONE_WORD = re.compile(r"""(?<![\w])NONE(?![\w])""", re.VERBOSE)
FIRST_LEADING_DOT_PERCENT = re.compile(r"""(?:(?<=[ \t:|])[ ]|\t)(?P<p>\.\d{1,3}[ ]?%)""",
                                       re.VERBOSE)
FIRST_IRS_NUMBER = re.compile(r"""(?<!\d)(?P<ein>\d{2}-\d{7})(?!\d)""", re.VERBOSE)


def _spans(matches, group=0):
    return [m.span(group) for m in matches]


def _blank_all(text, pattern):
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _plain_clean(text):
    for pat in (cover.CUSIP_REF, cover.PAGE_REF, cover.ROW_REF, cover.ROW_NUMBER,
                FIRST_FOOTNOTE_MARK, FIRST_ROW_CELL_NUMBER):
        text = _blank_all(text, pat)
    return text


def _plain_labels(clean, start, end):
    found = []
    for fld, pat in cover.ROW_LABELS:
        for m in pat.finditer(clean, start, end):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            found.append((m.start(), m.end(), fld))
    return sorted(found)


def _plain_blank_row_numbers(region, field):
    rows = cover.FIELD_ROWS.get(field)
    if rows is None:
        return region
    near = {n + d for n in rows for d in (-1, 0, 1)}
    return FIRST_LINE_ROW_NUMBER.sub(
        lambda m: m.group(0) if int(m["num"]) not in near else m["pre"] + " " * len(m["num"]),
        region)


def _assert_cover_searches_agree(text):
    """Every fast search of the cover reader against its plain twin, on ``text``."""
    assert cover.clean_cover_text(text) == _plain_clean(text)
    clean = _plain_clean(text)
    for start in (0, min(7, len(text))):
        finder = cover._LabelFinder(clean, start, len(clean))
        for fld, pat in cover.ROW_LABELS:
            want = _spans(pat.finditer(clean, start, len(clean)))
            assert _spans(finder.finditer(fld, start, len(clean))) == want, fld
            first = pat.search(clean, start, len(clean))
            got = finder.search(fld, start, len(clean))
            assert (got and got.span()) == (first and first.span()), fld
    names = [m.start() for m in cover.ROW_NAME.finditer(clean)]
    if names:
        pages = list(zip(names, names[1:] + [len(clean)]))
        got = cover._labels(cover._LabelFinder(clean, names[0], len(clean)), pages)
        assert got == [_plain_labels(clean, s, e) for s, e in pages]
    for fld in list(cover.FIELD_ROWS) + ["name"]:
        assert cover.blank_row_numbers(text, fld) == _plain_blank_row_numbers(text, fld)
    assert cover._blank_trailing_row_number(text) == _blank_all(text, cover.TRAILING_ROW_NUMBER)
    for pat, first in ((cover.FOOTNOTE_MARK, FIRST_FOOTNOTE_MARK),
                       (cover.ROW_CELL_NUMBER, FIRST_ROW_CELL_NUMBER),
                       (cover.LINE_ROW_NUMBER, FIRST_LINE_ROW_NUMBER),
                       (cover.NONE_WORD, FIRST_NONE_WORD),
                       (cover.LEADING_DOT_PERCENT, FIRST_LEADING_DOT_PERCENT),
                       (cover.IRS_NUMBER, FIRST_IRS_NUMBER)):
        assert _spans(pat.finditer(text)) == _spans(first.finditer(text)), pat.pattern
    assert _spans(cover.ORGANIZATION_END.finditer(text)) == _spans(
        cover._organization_ends(text, cover.fold_case(text), 0, len(text)))


#: Pieces of cover pages as filings print them (labels in their OCR damage, values, debris),
#: and characters that a case-insensitive search matches to an ASCII letter.
COVER_PIECES = [
    "1. Names of Reporting Persons.", "(1) NAME OF REPORTING PERSON", "NAMES", "name",
    "S.S. OR I.R.S. IDENTIFICATION NO. OF ABOVE PERSON", "I.R.S. Identification Nos.",
    "S. S. or I. R. S.  Identification", "(entities only)", "( ENTITIES ONLY )",
    "2.\t\t\tAppropriate Box if a Member of a Group (See Instructions)", "Appropriate Box",
    "3.\tSEC Us\te OĪ\tnly", "SEC Use Only", "Securities", "SOURCE OF FUNDS **",
    "DISCLOSURE OF LEGAL PROCEEDINGS IS REQUIRED PURSUANT TO ITEMS 2(d) or 2(e)",
    "Citizenship or Place of Organization", "4.\tCitizens\thip\tor Place of Organization",
    "Citizenship or Place\n     of Organization", "State of Organisation", "of\tOrganization",
    "Color", "for", "\tSole Voting\t\t", "SOLE VOTING POWER", "Shared voling Fower",
    "SOLE DISPOSITION POWER", "Shared Dispositive Fower",
    "Aggregate Amount Beneficially Owned by Each Reporting Person", "Aggregate\n  Amount",
    "miount Beneficiary Owned", "xAmount Beneficially Owned", "account", "mmount",
    "EXCLUDES CERTAIN SHARES **", "Percent\tof C\tClass Represented by Amount in Row (9)",
    "Type of Reporting Person (see Instructions)", "TYPE", "CUSIP No. 74758T 303",
    "Page 2 of 13", "(Page 2 of 9 Pages)", "pa 3", "Row (9)", "Rows 5 and 7", "Items 2(d)",
    "Item 4", "5.", "5 .", "11.", "(7)", "[6]", "12 |", " 7 | ", "81,061,550(1)", "5,000[2]",
    "5,639,301", "5.639,301", "-0-", "NONE", "None", "nil", "17.42%", " .7%", "0.109/",
    "20 percent", "20 per cent", "PERCENT OF CLASS",
    "Page", "Page ", "CUSIP No. 74758T303", " 12 34 ", "5 of 13",
    "PN", "IN, HC", "13-3470777", "113-3470777", "Delaware", "U.S.A.", "Fund, L.P.",
    "NUMBER OF", "BENEFICIALLY", "      5", "6", "25", "|", ".", ",", "(", ")", "$",
    " ", "  ", "\t", "\n", "\n\n", "\n   ", "ſ", "İ", "ı", "\u212a", "é",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(COVER_PIECES), max_size=40).map("".join))
def test_cover_searches_agree_on_any_text(text):
    _assert_cover_searches_agree(text)


@pytest.mark.parametrize("text", [
    "x\n4. Citizenship or Place\n  of Organization  Delaware",
    "Citizenship of Organization of Organization",   # one match over both "of Organization"
    "Color Place of Organization",                    # a match opening at the "or" of "Color"
    "\n\nof Organization\nPlace of Organization",
    "Aggregate   Amount Beneficially Owned\nxxAmount Beneficially Owned",
    # the second label opens inside a word, where the first one ended
    "Amount Beneficially Owned by Each Reporting PersonAmount Beneficially Owned",
    "S.S. or I.R.S. Identification No.\nI.R.S.  Identification Nos. (entities only)",
    "4 S. S. or I. R. S.  Identification No.\n5 I. R. S. Identification\n"
    "6 SS or IRS Identification",
    "ſole Voting Power İtem 4 ROW (9) pa 2",
    "3.\tSEC\tUse Only\n3. SEC\n  Use",
    "SOLE VOTING POWER\n |    5   |\n  NUMBER OF | -0-\n| 6\nBENEFICIALLY | 7 | OWNED BY",
    # a "Page" joined to its numbers only once the CUSIP reference between them is blanked
    "Page CUSIP No. 74758T303 12 34 5 of 13\n",
])
def test_cover_searches_agree_on_examples(text):
    _assert_cover_searches_agree(text)


def test_cover_searches_agree_on_seed_filing():
    _assert_cover_searches_agree(SEED_13G.read_text(encoding="utf-8", errors="replace"))


def test_fold_case_keeps_offsets_and_folds_what_ignorecase_matches():
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    folded = cover.fold_case(every)
    assert len(folded) == len(every)
    for m in re.finditer(r"[a-z]", every, re.IGNORECASE):  # every character like an ASCII letter
        letter = folded[m.start()]
        assert re.fullmatch(letter, m.group(0), re.IGNORECASE) and letter.isascii(), m.group(0)


def test_broken_line_patterns_find_what_their_line_start_twins_find():
    text = "12 | CHECK BOX\n 7 | SOLE VOTING\n      5\n  NUMBER OF   -0-\nBENEFICIALLY   6\n"
    for twin, broken in ((cover.ROW_CELL_NUMBER, cover.BROKEN_ROW_CELL_NUMBER),
                         (cover.LINE_ROW_NUMBER, cover.BROKEN_LINE_ROW_NUMBER)):
        want = _spans(twin.finditer(text))
        assert want and [(s, e - 1) for s, e in _spans(broken.finditer("\n" + text))] == want


def test_row_number_ends():
    # each form of row number ends at one of the cues, a set number of characters after its start
    for number in ("5.", "11.", "5 .", "11 .", "(7)", "(12)", "[6]", "[10]"):
        text = f"x {number} SOLE"
        m = cover.ROW_NUMBER.search(text)
        assert m and m.group(0) == number
        ends = [(c.search(text), back) for c, back in cover.ROW_NUMBER_ENDS]
        assert any(e and e.end() == m.end() and m.start() == e.start() - b
                   for e, backs in ends for b in backs), number
    assert all(c.search("x 5,000.00 y") is None for c, _ in cover.ROW_NUMBER_ENDS)


def test_non_space_run():
    assert cover.NON_SPACE_RUN.findall("  Place\tof\nOrganization") == \
        ["Place", "of", "Organization"]


def test_rewritten_patterns_on_their_lines():
    assert cover.FOOTNOTE_MARK.search("81,061,550(1)").group(0) == "(1)"
    assert cover.FOOTNOTE_MARK.search("Row (1)") is None
    assert cover.NONE_WORD.search("   NONE\n") and cover.NONE_WORD.search("NONEXISTENT") is None
    assert cover.IRS_NUMBER.search("Fund, L.P.   13-3470777")["ein"] == "13-3470777"
    assert cover.IRS_NUMBER.search("113-3470777") is None
    assert cover.LEADING_DOT_PERCENT.search("  .7%")["p"] == ".7%"
    assert cover.ROW_CELL_NUMBER.search("12 | CHECK BOX").group(0) == "12"


def test_instruction_words_are_no_name_in_any_case():
    # the rest of row 2's label and the "(See Instructions)" notes are never a name
    for cell in ("See Instructions", "MEMBER OF A GROUP", "Check the Appropriate Box",
                 "SEE İNSTRUCTİONS", "(Entities Only)", "ChecK"):
        assert not cover_names.looks_like_name_cell(cell), cell
    # "check" in the name
    assert cover_names.looks_like_name_cell("Checkpoint Partners, L.P.") is False
    assert cover_names.looks_like_name_cell("Acme Capital Fund-V, L.P.")


def test_page_ref_cue():
    # capitalgroup_warnerlambert_1994: "Page 4 of 13"; every PAGE_REF opens where its cue does
    assert patterns.PAGE_REF_CUE.match("page 4 of 13") and patterns.PAGE_REF_CUE.match("pa 3")
    assert patterns.PAGE_REF_CUE.match("pages") is None


def test_footnote_cues():
    # "81,061,550(1)", "5,000[2]": a bracket between digits; "(see Row (9))" has none
    paren, bracket = patterns.FOOTNOTE_CUES
    assert paren.search("81,061,550(1)").start() == 10
    assert bracket.search("5,000[2]").start() == 5
    assert paren.search("(see Row (9))") is None


@given(st.text(alphabet="aZ1. ,(\tİ\u00e9-", max_size=12))
@settings(max_examples=400, deadline=None)
def test_three_letters_is_three_ascii_letters(cell):
    # a name cell has three letters or more: "1. A" has not, "Acme" has
    letters = len(re.sub(r"[^A-Za-z]", "", cell))
    assert bool(cover_names.THREE_LETTERS.search(cell)) == (letters >= 3)


@given(st.lists(st.sampled_from(["12-3456789", "1", "12", "5 ", "-", "\n", " ", "|", "\t", "9.",
                                 "NUMBER OF", "Acme Fund, L.P.", "112-3456789", "13-34707770"]),
                max_size=10))
@settings(max_examples=400, deadline=None)
def test_irs_number_is_read_alike_before_row_numbers_are_blanked(pieces):
    # find_cover_pages looks for the I.R.S. number of a name row without blanking row numbers
    region = "".join(pieces)
    blanked = cover.blank_row_numbers(cover._blank_trailing_row_number(region), "name")
    want = cover.IRS_NUMBER.search(blanked)
    got = cover.IRS_NUMBER.search(region) if "-" in region else None
    assert (got and got.span()) == (want and want.span())


def test_letter_run():
    # a citizenship cell naming a place has three letters in a row; "(1)" and "5." have none
    assert citizenship.LETTER_RUN.search("Delaware") and not citizenship.LETTER_RUN.search("(1) 5.")
