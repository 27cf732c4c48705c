"""Exit reports: Schedule 13D/13G filings whose holders ceased to own more than five percent
(graphkit.parsers.schedule13_ceased), read from five real corpus filings, and the corpus
filings that report no exit left unmarked."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from graphkit.graph import build_graph, edge_data
from graphkit.parse import parse_path, parse_source
from graphkit.parsers import schedule13_ceased as sc
from graphkit.parsers import schedule13_item5_box as box
from graphkit.source import SourceText
from tests.conftest import corpus_file


def _record(name: str):
    report = parse_path(corpus_file(name))
    assert report.status.value in ("parsed", "parsed_with_warnings"), report.error
    return report.records[0]


def _ceased(rec) -> list[tuple]:
    names = {p.id: p.name for p in rec.parties}
    return [(c.method, c.subject, [names[i] for i in c.party_ids], c.date,
             c.evidence.line if c.evidence else None) for c in rec.ceased]


def _marked(rec) -> dict[str, tuple]:
    names = {p.id: p.name for p in rec.parties}
    return {names[c.source]: (c.shares, c.percent) for c in rec.claims if c.ceased_five_percent}


# --- real filings that report an exit ------------------------------------------------------

def test_checked_box_and_explanatory_note():
    rec = _record("13g/harraden_jvspac_2024_sc13ga.txt")
    # line 1084: "Explanatory Note: This Amendment is being filed to report that the Reporting
    # Persons have ceased to be the beneficial owner of more than five percent ..."
    # line 1213-1214: "... check the following &#9746;."
    assert _ceased(rec) == [("item 5 box", None, [], None, 1214),
                            ("statement", None, [], None, 1084)]
    assert _marked(rec) == {
        "Harraden Circle Investments, LLC": (0, 0.0),
        "Harraden Circle Investors GP, LP": (0, 0.0),
        "Harraden Circle Investors GP, LLC": (0, 0.0),
        "Harraden Circle Investors, LP": (0, 0.0),
        "Harraden Circle Special Opportunities, LP": (0, 0.0),
        "Frederick V. Fortmiller, Jr.": (0, 0.0)}


def test_box_on_the_caption_line_and_dated_statement():
    rec = _record("13g/idanta_hifn_2000_sc13ga.txt")
    # line 377: "ITEM 5   OWNERSHIP OF FIVE PERCENT OR LESS OF A CLASS.     [X]"
    # lines 380-382: "Item 5 is being amended to report the fact that as of December 31,
    # 1999, the Reporting Persons have ceased to be the beneficial owner of more than five
    # percent of the securities."
    # (the statement inside Item 5, beside its box, is not read: the box speaks for Item 5)
    assert _ceased(rec) == [("item 5 box", None, [], None, 377)]
    # (named as Item 2's line 315 types them: "Idanta Partners Ltd. ... are referred to as")
    assert set(_marked(rec)) == {"Idanta Partners Ltd.", "The Dunn Family Trust",
                                 "Jonathan Huberman"}


def test_wingdings_checked_box_and_undated_statement():
    rec = _record("13g/millennium_livent_2024_sc13g.html")
    # line 1598: "check the following <FONT face=wingdings size=2>&thorn;</FONT>"
    # line 1531: "After acquiring beneficial ownership of more than 5% of the outstanding
    # Common Stock on December 29, 2023, the reporting persons ceased to be beneficial owners
    # of more than 5% ... by the date of this filing." (December 29 is the acquisition's date)
    assert _ceased(rec) == [("item 5 box", None, [], None, 1598),
                            ("statement", None, [], None, 1531)]
    assert set(_marked(rec)) == {"ICS Opportunities, Ltd.", "Millennium Management LLC",
                                 "Millennium Group Management LLC", "Israel A. Englander"}


def test_item_5e_per_reporting_person_with_defined_terms():
    rec = _record("13d/tontine_homestead_2004_sc13da.txt")
    # line 393: "(e) TFP ceased to be the beneficial owner of more than five percent of the
    # Common Stock of the Company on October 20, 2004." (likewise TM at 409, "Mr. Gendell" at 432)
    day = dt.date(2004, 10, 20)
    assert _ceased(rec) == [
        ("statement", "TFP", ["Tontine Financial Partners, L.P."], day, 393),
        ("statement", "TM", ["Tontine Management, L.L.C."], day, 409),
        ("statement", "Mr. Gendell", ["Jeffrey L. Gendell"], day, 432)]
    assert _marked(rec) == {"Tontine Financial Partners, L.P.": (32600, 4.6),
                            "Tontine Management, L.L.C.": (32600, 4.6),
                            "Jeffrey L. Gendell": (32600, 4.6)}


def test_item_5e_for_every_reporting_person_dated_before_an_aside():
    rec = _record("13d/longitude_venus_2023_sc13da.txt")
    # line 773-774: "(e) On December 23, 2022, upon the sale of the Common Stock described in
    # Item 5(c) of this Amendment, each of the Reporting Persons ceased to be the beneficial
    # owner of more than five percent of the outstanding shares of Common Stock."
    assert _ceased(rec) == [("statement", None, [], dt.date(2022, 12, 23), 773)]
    assert _marked(rec) == {"Longitude Capital Partners II, LLC": (3466118, 5.0),
                            "Longitude Venture Partners II, L.P.": (3466118, 5.0),
                            "Patrick G. Enright": (3466118, 5.0),
                            "Juliet Tammenoms Bakker": (3466118, 5.0)}


def test_exit_reaches_the_graph_edges():
    rec = _record("13d/longitude_venus_2023_sc13da.txt")
    G = build_graph([rec])
    held = [edge_data(d) for _, _, d in G.edges(data=True)
            if d["relation"] == "beneficial_owner_of"]
    assert len(held) == 4 and all(e.ceased_five_percent for e in held)
    assert all(any(ev.line == 773 for ev in e.evidence) for e in held)


# --- real filings that report none ---------------------------------------------------------

@pytest.mark.parametrize("name", [
    "13g/accipiter_bthcvi_2007_sc13g.txt",        # "check the following []."
    "13g/amhequity_cvd_2020_sc13ga.txt",          # "OF A CLASS: / /"
    "13g/barclays_unionbancal_2008_sc13g.txt",    # "check the following. //"
    "13g/blackrock_trinity_2024_sc13ga.html",     # "check the following [  ]."
    "13g/dgcapital_salem_2013_sc13ga.txt",        # "[&#160;&#160;]"
    "13g/franklin_humana_1998_sc13g.txt",         # "[  ]." then "Not Applicable"
    "13g/selectequity_entegris_2022_sc13g.txt",   # "a reporting person has ceased ... [ ]"
    "13g/enable_enerjex_2007_sc13g.txt",          # "Not applicable."
    "13g/marex_jushi_2025_schedule13g.xml",       # <classOwnership5PercentOrLess>N
    "13d/bml_aadi_2025_schedule13d.xml",          # <date5PercentOwnership>n/a
    "13d/arch_venture_schedule13d.xml",           # <date5PercentOwnership>Not applicable.
    "13d/icahn_bausch_2021_sc13d.txt",
])
def test_no_exit_reported(name):
    rec = _record(name)
    assert rec.ceased == [] and _marked(rec) == {}


# --- XML forms (real filings with the answer changed) --------------------------------------

def _xml_with(name: str, *changes: tuple[str, str]):
    path = corpus_file(name)
    text = path.read_text()
    for old, new in changes:
        assert old in text
        text = text.replace(old, new)
    return parse_source(SourceText(str(path), text))[0]


FLAG_YES = ("<classOwnership5PercentOrLess>N", "<classOwnership5PercentOrLess>Y")


def test_xml_13g_item5_flag_yes():
    rec = _xml_with("13g/marex_jushi_2025_schedule13g.xml", FLAG_YES,
                    ("<classPercent>5.1<", "<classPercent>4.1<"))
    assert _ceased(rec) == [("xml", None, [], None, 104)]  # the file opens with a blank line
    assert _marked(rec) == {"Marex Securities Products Inc.": (10000000, 4.1),
                            "Marex Group plc": (10000000, 4.1)}


def test_xml_exit_contradicted_by_the_cover():
    # the real holdings are 5.1% of the class: an exit report contradicts them
    rec = _xml_with("13g/marex_jushi_2025_schedule13g.xml", FLAG_YES)
    assert _marked(rec) == {}
    assert [w.code for w in rec.warnings].count("exit-contradicted") == 2


def test_xml_13d_item5e_statement_names_one_holder():
    rec = _xml_with("13d/bml_aadi_2025_schedule13d.xml",
                    ("<date5PercentOwnership>n/a", "<date5PercentOwnership>On March 3, 2025, "
                     "Braden M. Leonard ceased to be the beneficial owner of more than 5% of the "
                     "Common Stock."), ("<percentOfClass>9.9<", "<percentOfClass>4.9<"))
    assert [(c.subject, c.date) for c in rec.ceased] == [("Braden M. Leonard",
                                                           dt.date(2025, 3, 3))]
    assert list(_marked(rec)) == ["Leonard Braden Michael"]  # not BML Investment Partners


@pytest.mark.parametrize("answer, dated", [
    ("03/03/2025", dt.date(2025, 3, 3)),
    ("Not applicable; the Reporting Persons own 9.9% as of May 2, 2025.", None),
    ("The Reporting Persons have not ceased to be the beneficial owners of more than 5%.", None),
])
def test_xml_13d_item5e_answers(answer, dated):
    rec = _xml_with("13d/bml_aadi_2025_schedule13d.xml",
                    ("<date5PercentOwnership>n/a", f"<date5PercentOwnership>{answer}"))
    assert [c.date for c in rec.ceased] == ([dated] if dated else [])


# --- the named patterns ----------------------------------------------------------------------

@pytest.mark.parametrize("text, checked", [
    ("check the following [X].", True),
    ("check the following [ x ]", True),
    ("check the following: ☒", True),
    ("check the following þ .", True),
    ("check the following /X/", True),
    ("OWNERSHIP OF FIVE PERCENT OR LESS OF A CLASS.     [X]", True),
    ("check the following X", True),
    ("Ownership of Five Percent or Less of a Class | ☒", True),  # the box in its own cell
    ("check the following | [ ]", False),
    ("check the following [ ].", False),
    ("check the following [].", False),
    ("check the following. //", False),
    ("OF A CLASS: / /", False),
    ("check the following ☐", False),
    ("check the following ¨", False),
    ("of a Class.\n\n  X    Not Applicable.", None),
])
def test_item5_box(text, checked):
    m = box.ITEM5_BOX.search(text)
    if checked is None:  # no box of the caption's
        assert m is None
    else:
        assert m is not None and box._checked(m) is checked


@pytest.mark.parametrize("text", [
    "ceased to be the beneficial owner of more than five percent",
    "ceased to be beneficial owners of more than 5%",
    "ceased to beneficially own more than 5% of the Shares",
    "ceased to own more than five (5%) percent",
    "is no longer the beneficial owner of more than 5 percent",
    "no longer beneficially owns more than five percent",
])
def test_ceased_pattern(text):
    assert sc.CEASED.search(text)


@pytest.mark.parametrize("text", [
    "ceased to be a director of the Issuer",
    "ceased to be the beneficial owner of the Shares sold",
    "no longer holds any position with the Issuer",
])
def test_ceased_pattern_negative(text):
    assert sc.CEASED.search(text) is None


def _statements(text: str) -> list[tuple]:
    src = SourceText("x.txt", text)
    return [(c.subject, c.date) for c in sc.read_statements(src, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    # the form's instructions and negations are no report
    ("(e) State the date on which the reporting person ceased to be the beneficial owner of "
     "more than five percent of the class of securities: Not applicable.", []),
    ("If this statement is being filed to report the fact that as of the date hereof the "
     "reporting person has ceased to be the beneficial owner of more than five percent", []),
    ("None of the Reporting Persons has ceased to be the beneficial owner of more than 5%.", []),
    ("Acme Fund, L.P. has not ceased to be the beneficial owner of more than 5%.", []),
    # a holder named with its legal form, initials and an abbreviation before it
    ("Item 4. The Fund sold shares to Acme Inc. On May 1, 2024, Jane Q. Roe ceased to be the "
     "beneficial owner of more than 5% of the Shares.", [("Jane Q. Roe", dt.date(2024, 5, 1))]),
    ("(e) Acme Fund, L.P. ceased to be the beneficial owner of more than five percent of the "
     "Common Stock on June 30, 2021.", [("Acme Fund, L.P.", dt.date(2021, 6, 30))]),
    ("As a result, the Reporting Persons no longer beneficially own more than 5% of the "
     "Shares.", [(None, None)]),
])
def test_read_statements(text, expected):
    assert _statements(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Acme Holdings, Inc. ceased to own more than 5% of the Shares on May 1, 2024.",
     [("Acme Holdings, Inc.", dt.date(2024, 5, 1))]),
    ("The sale closed. Mr. Roe ceased to be the beneficial owner of more than 5% of the Shares.",
     [("Mr. Roe", None)]),
])
def test_read_statements_sentence_ends(text, expected):
    assert _statements(text) == expected


def test_box_before_the_forms_sentence_unchecked():
    # the layout of a real 2004 13G/A (/tmp/unseen/b): an "X" checks "Not Applicable"
    src_path = "x.txt"
    text = ("Item 5 Ownership of Five Percent or Less of a Class.\n\n  X    Not Applicable.\n\n"
            "_____  This statement is being filed to report the fact that, as\n       of the "
            "date of this report, the reporting person(s) has\n       (have) ceased to be the "
            "beneficial owner of more than five\n       percent of the class of securities.\n")
    src = SourceText(src_path, text)
    assert box.read_item5_box(src, 0, len(text)) == []
    assert sc.read_statements(src, 0, len(text)) == []
    checked = SourceText(src_path, text.replace("  X    Not", "       Not").replace(
        "_____  This", "__X__  This"))
    assert [c.method for c in box.read_item5_box(checked, 0, len(text))] == ["item 5 box"]
    # read alone, the checked form's sentence is a report of every reporting person
    assert [(c.subject, c.date) for c in sc.read_statements(checked, 0, len(text))] == [
        (None, None)]


def test_stake_history_shows_the_exit():
    from rich.console import Console

    from graphkit.asof import stake_history
    from graphkit.render import render

    rec = _record("13d/tontine_homestead_2004_sc13da.txt")
    hist = stake_history(build_graph([rec]), "Jeffrey L. Gendell", "Homestead Bancorp, Inc.")
    assert [(e.claim.shares, e.claim.ceased_five_percent) for e in hist.entries] == [
        (32600, True)]
    console = Console(width=200, record=True)
    console.print(render(hist))
    assert "exit (5% or less)" in console.export_text()


def test_read_statements_in_capitals():
    # older filings are typed in capitals throughout
    assert _statements("(E) ON MAY 1, 1996, THE REPORTING PERSONS CEASED TO BE THE BENEFICIAL "
                       "OWNERS OF MORE THAN FIVE PERCENT OF THE COMMON STOCK.") == [
        (None, dt.date(1996, 5, 1))]


# --- the form's sentences written as reports, asides and answers (review A, session 12) -----

@pytest.mark.parametrize("text, expected", [
    # the form's sentence as a filer writes its report: no "If", no box, no answer
    ("This Statement is being filed to report the fact that, as of October 20, 2004, the "
     "Reporting Persons have ceased to be the beneficial owners of more than five percent of "
     "the Common Stock.\n\nItem 3.", [(None, dt.date(2004, 10, 20))]),
    ("This statement is being filed to report the fact that as of December 31, 1997\n the "
     "reporting persons have ceased to be the beneficial owners of more than five\n percent of "
     "the class of securities.\n", [(None, dt.date(1997, 12, 31))]),
    ("X  This statement is being filed to report the fact that as of the date hereof the "
     "reporting person has ceased to be the beneficial owner of more than five percent of the "
     "class of securities.", [(None, None)]),
    ("This statement is being filed to report the fact that as of the date hereof the "
     "reporting person has ceased to be the beneficial owner of more than five percent of the "
     "class of securities [X]", [(None, None)]),
    # ... and as the form's question, answered or boxed
    ("This statement is being filed to report the fact that as of the date hereof the "
     "reporting person has ceased to be the beneficial owner of more than five percent of the "
     "class of securities: Not applicable.", []),
    ("This statement is being filed to report the fact that as of the date hereof the "
     "reporting person has ceased to be the beneficial owner of more than five percent of the "
     "class of securities [ ]", []),
    ("This statement is being filed to report the fact that as of the date hereof the "
     "reporting person has ceased to be the beneficial owner of more than five percent of the "
     "class of securities. N/A", []),
    # "The date on which ... was DATE" answers the form's question; unanswered it is none
    ("(e) The date on which the Reporting Persons ceased to be the beneficial owners of more "
     "than five percent of the Common Stock was October 20, 2004.",
     [(None, dt.date(2004, 10, 20))]),
    ("(e) Date on which the reporting person ceased to be the beneficial owner of more than "
     "five percent of the class: June 30, 2021", [(None, dt.date(2021, 6, 30))]),
    ("(e) The date on which the reporting person ceased to be the beneficial owner of more "
     "than five percent of the class of securities: Not applicable.", []),
    # a relative clause set off by commas says nothing of the holder
    ("(e) As a result of the sales described in Item 5(c), which were not made pursuant to any "
     "plan, the Reporting Persons ceased to be the beneficial owners of more than five percent "
     "of the Common Stock on October 20, 2004.", [(None, dt.date(2004, 10, 20))]),
    ("(e) On October 20, 2004, Acme Fund, which did not participate in the sale, ceased to be "
     "the beneficial owner of more than five percent of the Common Stock.",
     [("Acme Fund", dt.date(2004, 10, 20))]),
    ("(e) Acme Fund, which sold no shares, has not ceased to be the beneficial owner of more "
     "than five percent of the Common Stock.", []),
    # an answer on its own line before the report
    ("Item 5. Ownership of Five Percent or Less of a Class\n   Not applicable\n   The reporting "
     "persons ceased to be the beneficial owners of more than 5% of the class.\n",
     [(None, None)]),
    # a dated lead-in followed by a second one keeps the first date
    ("(e) On October 20, 2004, following the sale of shares on October 18, 2004, Acme Fund "
     "ceased to be the beneficial owner of more than five percent of the Common Stock.",
     [("Acme Fund", dt.date(2004, 10, 20))]),
])
def test_read_statements_form_sentences_and_asides(text, expected):
    assert _statements(text) == expected


@pytest.mark.parametrize("text, date", [
    (" of the Common Stock was October 20, 2004.", "October 20, 2004"),
    (" of the class: June 30, 2021", "June 30, 2021"),
    (" of the Shares occurred on 5/1/2020.", "5/1/2020"),
])
def test_date_answer(text, date):
    assert sc.DATE_ANSWER.search(text)["date"] == date


@pytest.mark.parametrize("text", [
    " of the class of securities: Not applicable.", " was not applicable", " is none",
])
def test_date_answer_negative(text):
    assert sc.DATE_ANSWER.search(text) is None


@pytest.mark.parametrize("text, plain", [
    ("As a result of the sales, which were not made pursuant to any plan, the Reporting Persons",
     "As a result of the sales the Reporting Persons"),
    ("Acme Fund, which did not participate in the sale, ", "Acme Fund "),
    ("Jane Roe, who is not a director, ", "Jane Roe "),
    ("Acme Holdings, Inc., the Reporting Person, ", "Acme Holdings, Inc., the Reporting Person, "),
    ("None of the Reporting Persons", "None of the Reporting Persons"),
])
def test_relative_aside(text, plain):
    assert sc.RELATIVE_ASIDE.sub("", text) == plain


_SF = ("This statement is being filed to report the fact that as of the date hereof the "
       "reporting person has ceased to be the beneficial owner of more than five percent of the "
       "class of securities")


@pytest.mark.parametrize("text, expected", [
    # review X (made-up inputs, /tmp/s13/review_x.md): no false exits ...
    ("Except as set forth in this Item 5, none\nof the Reporting Persons has ceased to be the "
     "beneficial owner of more than five percent of the Common Stock.", []),
    ("(e) The date on which the reporting person ceased to be the beneficial owner of more than "
     "five percent of the class: Not applicable; the last sale was October 20, 2004.", []),
    ("(e) The date on which the reporting person ceased to be the beneficial owner of more than "
     "five percent of the class of securities (the Outside Date, which is December 31, 2006).",
     []),
    (_SF + ".\n    [_]", []), (_SF + ": No", []), (_SF + ". None", []), (_SF + ".\n\nItem 6.", []),
    ("☐ " + _SF + ".", []), ("( ) " + _SF + ".", []), ("o  " + _SF + ".", []),
    (_SF + ". Yes [ ] No [X]", []), (_SF + ". No [X] Yes [ ]", []),
    ("We do not believe that the reporting persons have ceased to be the beneficial owners of "
     "more than five percent of the Common Stock.", []),
    # the form's words cut by a page: the report has no subject
    ("If this statement is being filed to report the fact that as\n of the date hereof the "
     "reporting person has\n\n<PAGE>\n\n   Page 9 of 12\n\n  ceased to be the beneficial owner "
     "of more than five percent of the class\n of securities.\n", []),
    # ... and the reports they resemble
    ("[X] " + _SF + ".", [(None, None)]), ("X  " + _SF + ".", [(None, None)]),
    ("This statement is being filed to report the fact that as of December 31, 1997 the\n "
     "reporting person(s) has (have) ceased to be the beneficial owner(s) of more than\n five "
     "percent of the class of securities.", [(None, dt.date(1997, 12, 31))]),
    ("(e) The date on which Acme Fund ceased to be the beneficial owner of more than five "
     "percent of the Common Stock was October 20, 2004.", [("Acme Fund", dt.date(2004, 10, 20))]),
    # a clause-opening date without its comma belongs to the report only when the holder alone
    # follows it
    ("(e) As of October 20, 2004 Acme Fund ceased to be the beneficial owner of more than five "
     "percent of the Common Stock.", [("Acme Fund", dt.date(2004, 10, 20))]),
    ("(e) On October 18, 2004 Acme Fund sold 10,000 shares of Common Stock and on October 20, "
     "2004\nthe Reporting Persons ceased to be the beneficial owners of more than five percent "
     "of the Common Stock.", [(None, dt.date(2004, 10, 20))]),
    ("(e) Since March 5, 2004 the Issuer has issued additional shares and the Reporting "
     "Persons\nceased to be the beneficial owners of more than five percent of the Common "
     "Stock on\nOctober 20, 2004.", [(None, dt.date(2004, 10, 20))]),
    ("(e) On October 20, 2004, Acme Fund, which sold 10,000 shares on October 18, 2004, ceased "
     "to be the beneficial owner of more than five percent of the Common Stock.",
     [("Acme Fund", dt.date(2004, 10, 20))]),
])
def test_read_statements_review_x(text, expected):
    assert _statements(text) == expected


@pytest.mark.parametrize("text, match", [
    ("Acme Fund, L.P.", True), ("TFP and TM", True), ("Mr. Roe", True), ("each of TFP and TM", True),
    ("TFP sold 10,000 shares", False), ("the Issuer has issued shares", False), ("", False),
])
def test_holder_name(text, match):
    assert bool(sc.HOLDER_NAME.match(text)) is match


@pytest.mark.parametrize("text, match", [
    ("Acme Fund sold shares and ", True), ("After the sale, ", True), ("the sales; ", True),
    ("of the outstanding Common Stock ", False), ("", False),
])
def test_clause_joint(text, match):
    assert bool(sc.CLAUSE_JOINT.search(text)) is match


@pytest.mark.parametrize("text, match", [
    ("   Not applicable\n", True), ("N/A\n", True), ("  None.\n", True),
    ("in this Item 5, none\n", False), ("Not applicable to the Fund\n", False),
])
def test_answer_line(text, match):
    assert bool(re.search(sc.ANSWER_LINE, text, re.VERBOSE | re.MULTILINE)) is match


def test_xml_13d_exit_of_a_filer_named_by_its_leading_words():
    # a filer's short name without its legal form ("BML Investment" for "BML Investment
    # Partners, L.P.", as amendments call their filers) names the one filer it opens
    rec = _xml_with("13d/bml_aadi_2025_schedule13d.xml",
                    ("<date5PercentOwnership>n/a", "<date5PercentOwnership>On March 3, 2025, "
                     "BML Investment ceased to be the beneficial owner of more than 5% of the "
                     "Common Stock."), ("<percentOfClass>8.5<", "<percentOfClass>4.5<"))
    assert [(c.subject, c.date) for c in rec.ceased] == [("BML Investment",
                                                           dt.date(2025, 3, 3))]
    assert list(_marked(rec)) == ["BML Investment Partners, L.P."]
