"""Review W fixes of the Schedule 13D/13G cover pages and front pages, on made-up filings.

The reviewer's one-change probes are rebuilt here from one small 13G template
(:func:`_filing`, a 2000s SGML-wrapped text 13G with one reporting person and its cover cells as
arguments); the hand-written whole filings are in ``tests/fixtures/filings/covers14/``. Every
value asserted is the one the made-up filing prints.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit import ocr
from graphkit.parse import parse_path, parse_source
from graphkit.parsers.numbered_names import NUMBERED_NAME
from graphkit.parsers.schedule13_amendment import AMENDMENT, THIS_AMENDMENT, amendment_number
from graphkit.parsers.schedule13_cover import _dash_cell
from graphkit.parsers.schedule13_cover_compact import find_compact_cover_pages
from graphkit.parsers.schedule13_cover_patterns import (DASH_CELL, PERCENT_SIGN_CELL, ROW_REF,
                                                        SEE_REFERENCE)
from graphkit.parsers.schedule13_citizenship import read_citizenships
from graphkit.source import SourceText

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "covers14"

_TEMPLATE = """<DOCUMENT>
<TYPE>SC 13G
<SEQUENCE>1
<TEXT>
                                 SCHEDULE 13G
                   Under the Securities Exchange Act of 1934
                             {amend}

                            Granite Harbor Bancorp
                               (Name of Issuer)

                         Common Stock, $1.00 par value
                        (Title of Class of Securities)

                                  387541105
                                (CUSIP Number)

                                  December 31, 2006
            (Date of Event Which Requires Filing of this Statement)

CUSIP No. 387541105                     13G                      Page 2 of 5
--------------------------------------------------------------------------------
1.   NAMES OF REPORTING PERSONS
     I.R.S. IDENTIFICATION NOS. OF ABOVE PERSONS (ENTITIES ONLY)

     {name}
--------------------------------------------------------------------------------
2.   CHECK THE APPROPRIATE BOX IF A MEMBER OF A GROUP          (a) [ ]
                                                               (b) [ ]
--------------------------------------------------------------------------------
3.   SEC USE ONLY
--------------------------------------------------------------------------------
4.   CITIZENSHIP OR PLACE OF ORGANIZATION

     {place}
--------------------------------------------------------------------------------
               5.   SOLE VOTING POWER
                    {sv}
NUMBER OF      -----------------------------------------------------------------
SHARES         6.   SHARED VOTING POWER
BENEFICIALLY        {shv}
OWNED BY       -----------------------------------------------------------------
EACH           7.   SOLE DISPOSITIVE POWER
REPORTING           {sd}
PERSON WITH    -----------------------------------------------------------------
               8.   SHARED DISPOSITIVE POWER
                    {shd}
--------------------------------------------------------------------------------
9.   AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON

     {agg}
--------------------------------------------------------------------------------
10.  CHECK BOX IF THE AGGREGATE AMOUNT IN ROW (9) EXCLUDES CERTAIN SHARES  [ ]
--------------------------------------------------------------------------------
11.  PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (9)

     {pct}
--------------------------------------------------------------------------------
12.  TYPE OF REPORTING PERSON

     {type}
--------------------------------------------------------------------------------

Item 1(a).   Name of Issuer:  Granite Harbor Bancorp

Item 2(a).   Name of Person Filing:  {name}

Item 2(c).   Citizenship:  {place}

Item 4.      Ownership.

             {item4}

Item 5.      Ownership of Five Percent or Less of a Class.  Not applicable.

{body}
                                  SIGNATURE

Date: February 14, 2007

By: /s/ Paul D. Ashby
    Paul D. Ashby
</TEXT>
</DOCUMENT>
"""

_CELLS = dict(amend="(Amendment No.  )*", name="Wexford Lane Capital LLC", place="Delaware",
              sv="800,000", shv="0", sd="800,000", shd="0", agg="800,000", pct="6.2%",
              type="OO", item4="(a) Amount beneficially owned: See Row 9 of the cover page.",
              body="")

#: the facts of a claim this file compares
_FACTS = ("shares", "percent", "sole_voting", "shared_voting", "sole_dispositive",
          "shared_dispositive")


def _filing(**cells: str):
    """The record of the template 13G with ``cells`` put in its cover (and items)."""
    text = _TEMPLATE.format(**{**_CELLS, **cells})
    [rec] = parse_source(SourceText(path="probe.txt", text=text))
    return rec


def _fixture(name: str):
    report = parse_path(FIXTURES / name)
    [rec] = report.records
    return rec


def _holdings(rec) -> dict[str, tuple]:
    """Each holder's name and its facts (:data:`_FACTS`), in the record's order."""
    names = {p.id: p.name for p in rec.parties}
    return {names[c.source]: tuple(getattr(c, f) for f in _FACTS) for c in rec.claims
            if c.relation.value == "beneficial_owner_of"}


def _reporting(rec) -> list[str]:
    return [p.name for p in rec.parties if "reporting_person" in {r.value for r in p.roles}]


def _codes(rec) -> set[str]:
    return {w.code for w in rec.warnings}


#: the template's holding: 800,000 shares, sole, 6.2%
_SOLE = (800000, 6.2, 800000, 0, 800000, 0)


# --- H1. a reporting person whose name opens with digits ----------------------------------------

@pytest.mark.parametrize("name", [
    "683 Capital Management, LLC", "1838 Partners II, L.P.", "3G Capital Partners Ltd",
    "22NW Fund, LP", "5AM Ventures II, L.P.", "180 Degree Capital Corp.",
])
def test_numbered_reporting_person_holds_the_cover(name):
    rec = _filing(name=name)
    assert _reporting(rec) == [name]
    assert _holdings(rec) == {name: _SOLE}
    assert not _codes(rec) & {"unnamed-cover", "no-reporting-person"}


def test_numbered_name_on_the_label_line():
    # "1.   NAMES OF REPORTING PERSONS:  1838 Partners II, L.P." (n36)
    text = _TEMPLATE.format(**_CELLS).replace(
        "1.   NAMES OF REPORTING PERSONS\n     I.R.S. IDENTIFICATION NOS. OF ABOVE PERSONS "
        "(ENTITIES ONLY)\n\n     Wexford Lane Capital LLC",
        "1.   NAMES OF REPORTING PERSONS:  1838 Partners II, L.P.")
    [rec] = parse_source(SourceText(path="probe.txt", text=text))
    assert _holdings(rec)["1838 Partners II, L.P."] == _SOLE


@pytest.mark.parametrize("text, found", [
    ("683 Capital Management, LLC", True),
    ("1838 Partners II, L.P.", True),
    ("3G Capital Partners Ltd", True),
    ("22NW Fund, LP", True),
    ("5AM Ventures II, L.P.", True),
    # a comma after a word only before the company word that ends the name
    ("100 Shares, Acme Fund", False),
    ("1867 Western Avenue, Merced", False),
    ("1867 Western Avenue, Acme Corp. Plaza", False),
    # a form's number glued to its letter is no name's number
    ("13G Acme Partners", False),
    ("13D Acme Holdings LLC", False),
    ("5AMXY Ventures LP", False),          # more than three glued capitals
    ("12 TYPE OF REPORTING PERSON PN", False),
    ("9 AGGREGATE, Inc.", False),
])
def test_number_lead_glued_and_comma(text, found):
    assert bool(NUMBERED_NAME.match(text)) is found


@pytest.mark.parametrize("cell", ["1867 Western Avenue, Merced", "1,250,000 Shares",
                                  "2 of 5 Pages"])
def test_a_number_cell_in_the_name_row_is_no_person(cell):
    rec = _filing(name=cell)
    assert _reporting(rec) == []
    assert "unnamed-cover" in _codes(rec)


# --- H2. "Row 9 - 6.2%": the dash is the row's, the number its value ----------------------------

_F26 = (FIXTURES / "f26_inline_dash_rows.txt").read_text()
_F26_ROW = "11. Percent of Class Represented by Amount in Row 9 - 6.2%"


@pytest.mark.parametrize("row, percent", [
    (_F26_ROW, 6.2),
    ("11. Percent of Class Represented by Amount in Row 9 - 16.2%", 16.2),
    ("11. Percent of Class Represented by Amount in Row 9 - 5%", 5.0),
    ("11. Percent of Class Represented by Amount in Row 11 - 6.2%", 6.2),
    # read before, still read
    ("11. Percent of Class Represented by Amount in Row (9) - 6.2%", 6.2),
    ("11. Percent of Class Represented by Amount in Row 9: 6.2%", 6.2),
    ("11. Percent of Class Represented by Amount in Row 9 -- 6.2%", 6.2),
    ("11. Percent of Class Represented by Amount in Row 9 \u2013 6.2%", 6.2),
])
def test_inline_percent_after_a_row_reference_and_dash(row, percent):
    assert _F26_ROW in _F26
    [rec] = parse_source(SourceText(path="f26.txt", text=_F26.replace(_F26_ROW, row)))
    [(holder, facts)] = _holdings(rec).items()
    assert (holder, facts) == ("Wexford Lane Capital LLC",
                               (800000, percent, 800000, 0, 800000, 0))
    assert "missing-value" not in _codes(rec)


@pytest.mark.parametrize("text, ref", [
    ("Amount in Row 9 - 6.2%", "Row 9"),
    ("Amount in Row 9 - 16.2%", "Row 9"),
    ("Amount in Row 9 - 5 %", "Row 9"),
    ("Amount in Row 9 - 1,250,000", "Row 9"),
    # ranges and lists of rows are still one reference
    ("See Rows 5 - 8", "Rows 5 - 8"),
    ("See Rows 7 and 9", "Rows 7 and 9"),
    ("See Rows 5, 6 and 8", "Rows 5, 6 and 8"),
    ("See Rows 5-8 above", "Rows 5-8"),
])
def test_row_ref_stops_before_a_value(text, ref):
    assert ROW_REF.search(text).group(0) == ref


# --- H3. apostrophes grouping thousands ----------------------------------------------------------

@pytest.mark.parametrize("cell", ["1'250'000", "1\u2019250\u2019000"])
def test_apostrophe_thousands_on_the_cover(cell):
    rec = _filing(sv=cell, sd=cell, agg=cell, pct="9.7%")
    assert _holdings(rec) == {"Wexford Lane Capital LLC": (1250000, 9.7, 1250000, 0, 1250000, 0)}
    assert not _codes(rec) & {"unread-cover-number", "missing-value"}


@pytest.mark.parametrize("cell", ["1'25'000", "1'250'00", "12'34"])
def test_apostrophes_not_in_threes_warn_and_give_no_number(cell):
    rec = _filing(sv=cell, sd=cell, agg=cell, pct="9.7%")
    assert _holdings(rec) == {"Wexford Lane Capital LLC": (None, 9.7, None, 0, None, 0)}
    assert "unread-cover-number" in _codes(rec)


@pytest.mark.parametrize("raw, value, method", [
    ("1'250'000", 1250000, "apostrophe-as-comma"),
    ("12\u2019500", 12500, "apostrophe-as-comma"),
    ("1,250,000", 1250000, None),
    ("1 250 000", 1250000, "space-in-number"),
    ("1'25'000", None, None),
    ("1'250'00", None, None),
])
def test_read_quantity_apostrophes(raw, value, method):
    r = ocr.read_quantity(raw)
    assert (r and r.value, r and r.method) == (value, method)


def test_quantity_tokens_with_apostrophes():
    assert ocr.quantity_tokens("1'250'000 and 1'25'000 and the Fund's 9") == [
        (0, 9, "1'250'000"), (38, 39, "9")]


# --- H5. two names one under the other in the name row -------------------------------------------

_WHITFIELD = (1315700, 5.6, 0, 1315700, 0, 1315700)


@pytest.mark.parametrize("name", ["f23_stacked_names.txt", "f23b_stacked_sub_labels.txt"])
def test_two_stacked_names_both_report_the_cover(name):
    # "Daniel R. Whitfield" / "Carol S. Whitfield" (f23b: "(a) ..." / "(b) ...")
    rec = _fixture(name)
    assert _reporting(rec) == ["Daniel R. Whitfield", "Carol S. Whitfield"]
    assert _holdings(rec) == {"Daniel R. Whitfield": _WHITFIELD,
                              "Carol S. Whitfield": _WHITFIELD}
    assert not _codes(rec) & {"unnamed-cover", "no-reporting-person"}


@pytest.mark.parametrize("lines, holders", [
    (["Jane Q. Roe", "John A. Roe"], ["Jane Q. Roe", "John A. Roe"]),  # a couple
    (["(a) Jane Q. Roe", "(b) John A. Doe"], ["Jane Q. Roe", "John A. Doe"]),
    (["(a) Acme Fund, L.P.", "(b) Acme GP, LLC"], ["Acme Fund, L.P.", "Acme GP, LLC"]),
    # review C14: without sub-labels, the line under a name is often no party's name
    (["Jane Q. Roe", "John A. Doe"], ["Jane Q. Roe"]),
    (["Jane Q. Roe", "John A. Doe, JTWROS"], ["Jane Q. Roe"]),
    (["Acme Fund, L.P.", "Acme GP, LLC"], ["Acme Fund, L.P."]),
    (["John A. Doe", "Not Applicable"], ["John A. Doe"]),
    (["John A. Doe", "Managing Member"], ["John A. Doe"]),
    (["John A. Doe", "Private Investor"], ["John A. Doe"]),
    (["Jane Q. Roe", "Roe Investments, L.P."], ["Jane Q. Roe"]),
    # one firm's name on two lines is one name, as before
    (["Acme Research", "Management Inc."], ["Acme Research"]),
    # three names are no pair: the first, as before
    (["Jane Q. Roe", "John A. Doe", "Mary B. Poe"], ["Jane Q. Roe"]),
    # not in the same column
    (["Jane Q. Roe", "       John A. Doe"], ["Jane Q. Roe"]),
    # more on the second line than a name
    (["Jane Q. Roe", "John A. Doe     13-3470777"], ["Jane Q. Roe"]),
    # sub-labels that name no pair: no name of the page, as before
    (["(a) Acme Research", "(b) Management Inc."], []),
])
def test_stacked_names_in_the_template(lines, holders):
    rec = _filing(name="\n     ".join(lines))
    assert list(_holdings(rec)) == holders
    assert all(h == _SOLE for h in _holdings(rec).values())


def test_two_names_on_one_line_still_two_persons():
    rec = _filing(name="Jane Q. Roe and John A. Doe, as joint tenants")
    assert _holdings(rec) == {"Jane Q. Roe": _SOLE, "John A. Doe": _SOLE}


# --- M6. amendment headings ----------------------------------------------------------------------

@pytest.mark.parametrize("heading, body, form, number", [
    ("Amendment No. 3 to Schedule 13G", "", "SC 13G/A", 3),
    ("(Amendment No. 6 - Final Amendment)*", "", "SC 13G/A", 6),
    ("(Amendment No. 6 \u2014 Final Amendment)*", "", "SC 13G/A", 6),
    ("(Amendment #2)*", "", "SC 13G/A", 2),
    ("(Amendment No. Two)*", "", "SC 13G/A", 2),
    ("(Amendment No.  )*", "This Amendment No. 4 to Schedule 13G amends the Schedule 13G.",
     "SC 13G/A", 4),
    # read before, still read
    ("(Amendment No. 03)*", "", "SC 13G/A", 3),
    ("(Amendment No.: 9)", "", "SC 13G/A", 9),
    ("(Amendment No. 12)*", "", "SC 13G/A", 12),
    # no number: an initial statement
    ("(Amendment No.  )*", "", "SC 13G", None),
    ("(Amendment No. *)", "", "SC 13G", None),
    # an earlier amendment named in the text is not this one's number
    ("(Amendment No.  )*", "The Schedule 13G, as amended by Amendment No. 2 to Schedule 13G "
     "filed on February 14, 2005, is amended.", "SC 13G", None),
    # the heading's number wins over the text's
    ("(Amendment No. 5)*", "This Amendment No. 4 to Schedule 13G amends it.", "SC 13G/A", 5),
])
def test_amendment_headings(heading, body, form, number):
    rec = _filing(amend=heading, body=body)
    assert (rec.form, rec.amendment_number) == (form, number)


@pytest.mark.parametrize("text, number", [
    ("  Amendment No. 3 to Schedule 13G\n", 3),
    ("  AMENDMENT NO. 3 TO SCHEDULE 13D/A\n", 3),
    ("(Amendment No. 3 to Schedule 13D)", 3),
    ("(Amendment Number 7)", 7),
    ("(Amendment No. Twelve)", 12),
    ("(Amendment No. 6 - Final Amendment)", 6),
    ("(Amendment No. 6, Exit Filing)", 6),
    ("(Amendment No. )*", None),
    # in a sentence: an earlier amendment, no heading
    ("as amended by Amendment No. 3 to Schedule 13G filed on", "no match"),
    ("(Amendment No. 6 of the Trust Agreement)", "no match"),
])
def test_amendment_pattern(text, number):
    m = AMENDMENT.search(text)
    if number == "no match":
        assert m is None
    else:
        assert m is not None and amendment_number(m["num"]) == number


@pytest.mark.parametrize("text, number", [
    ("This Amendment No. 4 to Schedule 13G amends", 4),
    ("This Amendment No. 3 to the Schedule 13D as follows", 3),
    ("This Amendment No. 2 to the statement on Schedule 13D", 2),
    # review C14: another document's amendment, in an exhibit or Item 4, is not this one's
    ("this Amendment No. 2 (this \"Amendment\") is filed", None),
    ("This Amendment No. 2 to the Credit Agreement", None),
    ("This Amendment No. 1 to the Rights Agreement", None),
    ("as amended by Amendment No. 2, is amended", None),
])
def test_this_amendment_pattern(text, number):
    m = THIS_AMENDMENT.search(text)
    assert (m and amendment_number(m["num"])) == number


def test_this_amendment_in_a_corpus_13da():
    # "is hereby amended and restated by this Amendment No. 3 to the Schedule 13D as follows."
    # under a "SCHEDULE 13D/A*" heading that prints no number
    [rec] = parse_path(Path(__file__).resolve().parent.parent / "fixtures" / "filings" /
                       "2004_SC_13DA_948904.txt").records
    assert (rec.form, rec.amendment_number) == ("SC 13D/A", 3)


# --- M7. zero as a lone dash, an em dash or "Zero" -----------------------------------------------

@pytest.mark.parametrize("shv, shd", [
    ("-", "-"),                      # the voting dash on the margin word's line
    ("\u2014", "\u2014"),
    ("Zero", "zero"),
    ("ZERO", "Zero"),
    # read before, still read
    ("None", "-0-"), ("0 shares", "0 shares"), ("Nil", "nil"),
])
def test_zero_written_as_a_dash_or_a_word(shv, shd):
    assert _holdings(_filing(shv=shv, shd=shd)) == {"Wexford Lane Capital LLC": _SOLE}


def test_a_dash_the_page_does_not_agree_with_stays_unread():
    # sole voting 800,000 + a "-" shared voting cannot stay within an aggregate of 700,000
    rec = _filing(sv="800,000", shv="-", sd="700,000", shd="-", agg="700,000")
    assert _holdings(rec) == {"Wexford Lane Capital LLC": (700000, 6.2, 800000, None, 700000, 0)}


def test_a_dash_before_a_number_is_no_zero():
    # "BENEFICIALLY        -   400,000": the dash is a filler, the number the cell
    rec = _filing(sv="400,000", shv="-   400,000", sd="400,000", shd="400,000")
    assert _holdings(rec) == {
        "Wexford Lane Capital LLC": (800000, 6.2, 400000, 400000, 400000, 400000)}


def test_em_dash_cells_flattened_from_html():
    # "SOLE VOTING POWER<br/><br/>&#8212;" becomes "SOLE VOTING POWER —"
    rec = _fixture("f04_em_dash_cells.htm")
    assert _holdings(rec) == {
        "Alder Peak Biotech Opportunities Fund, L.P.": (1904117, 6.1, 0, 1904117, 0, 1904117),
        "Alder Peak Capital GP, LLC": (2155617, 6.9, 0, 2155617, 0, 2155617)}


@pytest.mark.parametrize("line, found", [
    ("BENEFICIALLY        -", True),
    ("OWNED BY | \u2014", True),
    ("REPORTING PERSON WITH    \u2013", True),
    ("BENEFICIALLY - see Item 4", False),
    ("BENEFICIALLY -", False),             # one space: the margin word's punctuation
    ("SHARED VOTING POWER    -", False),   # a label's words, not the margin's
    ("OWNED BY       ------------", False),
])
def test_dash_cell_after_margin_words(line, found):
    assert bool(DASH_CELL.search(line)) is found


@pytest.mark.parametrize("region, at", [
    (" \u2014\n\n", 1),                   # an em dash after the label: the cell
    (" | -\n", 3),                        # after a table cell's "|"
    (" -          \n", None),             # a hyphen after the label: its punctuation
    (" \u2014 800,000\n", None),
    (" \u2014\n   800,000\n", None),        # a number in the row: the dash is no cell
    ("\nBENEFICIALLY        -\n  1,000\n", None),
])
def test_dash_cell_of_a_row(region, at):
    assert _dash_cell(region) == at


@pytest.mark.parametrize("text, tokens", [
    ("Zero", ["Zero"]), ("zero", ["zero"]), ("ZERO", ["ZERO"]),
    ("Zeros", []), ("Zerox 5", ["5"]), ("hazero", []),
])
def test_zero_word_tokens(text, tokens):
    assert [t for _, _, t in ocr.quantity_tokens(text)] == tokens
    for t in tokens[:1]:
        assert ocr.read_quantity(t).value == (0 if t.lower() == "zero" else int(t))


# --- M8. "%" in its own HTML cell; M11. "per cent" ----------------------------------------------

def test_percent_sign_in_a_cell_of_its_own():
    # "<td><b>9.1</b></td><td>%</td>" becomes "... ROW (9) | 9.1 | %"
    rec = _fixture("f21_percent_sign_cell.htm")
    assert {n: (h[0], h[1]) for n, h in _holdings(rec).items()} == {
        "Copperline Partners Fund I, L.P.": (4210339, 9.1),
        "Copperline Partners Fund I-A, L.P.": (388020, 0.8),
        "Copperline Partners GP I, L.L.C.": (4598359, 9.9),
        "Yusuf K. Demir": (4610859, 9.9)}
    assert "missing-value" not in _codes(rec)


@pytest.mark.parametrize("region, blanked", [
    (" | 9.1 | %\n", " | 9.1   %\n"),
    (" | 9.1|%\n", " | 9.1 %\n"),
    (" | 9.1 | %s\n", " | 9.1 | %s\n"),      # no lone sign
    (" | Less than | %\n", " | Less than | %\n"),
])
def test_percent_sign_cell_pattern(region, blanked):
    assert PERCENT_SIGN_CELL.sub(lambda m: " " * len(m[0]), region) == blanked


@pytest.mark.parametrize("pct, percent", [
    ("6.2 per cent", 6.2), ("6.2 Per Cent", 6.2), ("6.2percent", 6.2), ("6.20 percent", 6.2),
    ("6.2 %", 6.2),
])
def test_percent_written_in_words(pct, percent):
    assert _holdings(_filing(pct=pct))["Wexford Lane Capital LLC"][1] == percent


@pytest.mark.parametrize("raw, value", [
    ("6.2 per cent", 6.2), ("12 per cent.", 12.0), ("6.2 per centum", 6.2), ("6.2 per", None),
])
def test_read_percent_per_cent(raw, value):
    r = ocr.read_percent(raw)
    assert (r and r.value) == value
    assert r is None or not r.repaired


# --- M4. "See Item 2(c)" in the citizenship row --------------------------------------------------

def _with_citizenship(cover: str, item2c: str):
    text = _TEMPLATE.format(**_CELLS)
    text = text.replace("     Delaware\n", f"     {cover}\n", 1)
    text = text.replace("Citizenship:  Delaware", f"Citizenship:  {item2c}")
    [rec] = parse_source(SourceText(path="probe.txt", text=text))
    [p] = [p for p in rec.parties if p.name == "Wexford Lane Capital LLC"]
    return p


@pytest.mark.parametrize("cover, item2c, place", [
    ("See Item 2(c)", "Delaware", "Delaware"),
    ("(See Item 2(c))", "Cayman Islands", "Cayman Islands"),
    ("SEE ITEM 2", "New York", "New York"),
    ("Refer to Item 2(c)", "Delaware", "Delaware"),
    # a reference and an Item 2(c) that states no known place: no place at all
    ("See Item 2(c)", "Not applicable", None),
    # the cover's own place, as before
    ("Delaware", "Delaware", "Delaware"),
    ("Seychelles", "Delaware", "Seychelles"),
])
def test_citizenship_referred_to_item_2c(cover, item2c, place):
    assert _with_citizenship(cover, item2c).jurisdiction == place


def test_the_item_2c_place_is_read_with_its_evidence():
    p = _with_citizenship("See Item 2(c)", "Delaware")
    [r] = [r for r in p.readings if r.field == "jurisdiction"]
    assert (r.value, r.evidence.section, r.evidence.text) == ("Delaware", "Item 2(c)", "Delaware")


def test_see_item_2c_on_three_covers():
    # every cover "See Item 2(c)"; Item 2(c): "The Master Fund - Cayman Islands" / "GCP II -
    # Delaware" / "The Investment Manager - Cayman Islands"
    rec = _fixture("f16_see_item_2c.txt")
    places = {p.name: p.jurisdiction for p in rec.parties if "reporting_person" in
              {r.value for r in p.roles}}
    assert "See" not in places.values()
    assert places["Greenbrier Capital Partners 2015-II, L.P."] == "Delaware"


@pytest.mark.parametrize("text, found", [
    ("See Item 2(c)", True), ("(see Item 4)", True), ("As set forth in Item 2(c)", True),
    ("Reference is made to Item 2", True), ("Seychelles", False), ("Delaware", False),
])
def test_see_reference_pattern(text, found):
    assert bool(SEE_REFERENCE.match(text)) is found


@pytest.mark.parametrize("text, pairs", [
    ("Item 2(c).   Citizenship:\n\n    Massachusetts\n\nItem 2(d).   Title", [("", "Massachusetts")]),
    ("ITEM 2  (c)  CITIZENSHIP UNITED STATES\n\nITEM 2  (d)  TITLE", [("", "United States")]),
    ("(c) Citizenship: Not applicable\n(d) Title", []),
    ("(c) Citizenship:\n  Acme Fund - Delaware\n  Jane Roe - United States\n(d) Title",
     [("Acme Fund", "Delaware"), ("Jane Roe", "United States")]),
])
def test_item_2c_places(text, pairs):
    got = read_citizenships(SourceText(path="x.txt", text=text), 0, len(text))
    assert [(w, p) for w, p, _ in got] == pairs


@pytest.mark.parametrize("place, read", [("See Item 2(c)", []), ("Delaware", ["Delaware"])])
def test_see_item_2c_on_a_compact_cover(place, read):
    # "Item 4: <tab><tab>See Item 2(c)" was the place "See Item 2(c)"
    text = (f"Item 1: \t\tReporting Person - Acme Holdings LLC\nItem 4: \t\t{place}\n"
            "Item 5: \t\t2,000\nItem 6: \t\t0\nItem 9: \t\t2,000\nItem 11: \t\t5.1%\n")
    [cp] = find_compact_cover_pages(SourceText(path="x.txt", text=text))
    assert [r.value for r in cp.jurisdiction] == read
