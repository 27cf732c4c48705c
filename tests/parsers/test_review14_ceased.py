"""Exit reports, review 14: the Item 5 box in a table cell of its own before the form's
question ("[X] | If this statement is being filed ..."); a written "Yes" answering "check the
following"; "it has ceased ..." of a sole filer; an exit dated after the filing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.models import Party
from graphkit.parse import parse_path, parse_source
from graphkit.parsers.ceased_claims import check_exit_dates
from graphkit.parsers.html_text import html_to_text
from graphkit.parsers.ceased_pronoun import MENTION, SoleFiler, _mentions
from graphkit.parsers.schedule13_ceased import PRONOUN, pronoun_holder, read_cessations
from graphkit.parsers.schedule13_item5_box import BOX_BEFORE_STATEMENT, ITEM5_BOX, read_item5_box
from graphkit.source import SourceText
from tests.parsers.test_schedule13_ceased import _xml_with

QUESTION = ("If this statement is being filed to report the fact that as of the date hereof the "
            "reporting person has ceased to be the beneficial owner of more than 5 percent of "
            "the class of securities, check the following")
ITEM5 = "Item 5. Ownership of Five Percent or Less of a Class"
ITEM6 = "Item 6. Ownership of More than Five Percent on Behalf of Another Person"


def _item5_reports(text: str) -> list[tuple[str, str]]:
    """(method, evidence text) of the exit reports of a text holding Item 5 then Item 6."""
    src = SourceText("x.txt", text)
    i6 = text.index("Item 6")
    return [(c.method, c.evidence.text) for c in read_cessations(src, (0, i6), 0, len(text),
                                                                 lambda n: None)]


# --- 4. the box in its own HTML table cell, before the form's question ------------------------

def _html_item5(cell: str) -> str:
    return html_to_text(f"<html><body><p>{ITEM5}</p><table><tr><td>{cell}</td><td>{QUESTION}"
                        f"</td></tr></table><p>{ITEM6}</p></body></html>")


@pytest.mark.parametrize("cell, evidence", [
    ("[X]", "[X] | If this statement is being filed to report"),
    ("[x]", "[x] | If this statement is being filed to report"),
    ("&#9746;", "☒ | If this statement is being filed to report"),
    ("X", "X | If this statement is being filed to report"),
])
def test_html_box_cell_before_question_checked(cell, evidence):
    text = _html_item5(cell)
    assert f"{cell if cell != '&#9746;' else '☒'} | If this statement" in text  # one line
    assert _item5_reports(text) == [("item 5 box", evidence)]


@pytest.mark.parametrize("cell", ["[ ]", "[]", "&#9744;", "( )", "_____"])
def test_html_box_cell_before_question_empty(cell):
    assert _item5_reports(_html_item5(cell)) == []


def test_html_box_cell_after_question_still_read():
    text = html_to_text(f"<html><body><p>{ITEM5}</p><table><tr><td>{QUESTION}</td><td>[X]</td>"
                        f"</tr></table><p>{ITEM6}</p></body></html>")
    assert [m for m, _ in _item5_reports(text)] == ["item 5 box"]


def _html_filing(cell: str) -> str:
    """A made-up HTML Schedule 13G/A of one reporting person, its Item 5 a table row: the box
    ``cell``, then the form's question."""
    rows = [("1.", "Names of Reporting Persons.", "Acme Fund, L.P."),
            ("4.", "Citizenship or Place of Organization", "Delaware"),
            ("5.", "Sole Voting Power", "0"), ("6.", "Shared Voting Power", "0"),
            ("9.", "Aggregate Amount Beneficially Owned by Each Reporting Person", "0"),
            ("11.", "Percent of Class Represented by Amount in Row (9)", "0.0%"),
            ("12.", "Type of Reporting Person", "PN")]
    cover = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>\n" for a, b, c in rows)
    return ("<html><head><title>SC 13G/A</title></head><body>\n"
            "<p>SECURITIES AND EXCHANGE COMMISSION</p><p>SCHEDULE 13G</p><p>(Amendment No. 2)"
            "</p>\n<p>Acme, Inc.</p><p>(Name of Issuer)</p><p>Common Stock</p><p>(Title of "
            "Class of Securities)</p>\n<p>000000000</p><p>(CUSIP Number)</p><p>December 31, "
            "2020</p><p>(Date of Event Which Requires Filing of this Statement)</p>\n"
            f"<table>\n{cover}</table>\n<p>Item 1(a). Name of Issuer: Acme, Inc.</p>\n"
            f"<p>Item 4. Ownership. See the cover page.</p>\n<p>{ITEM5}</p>\n"
            f"<table><tr><td>{cell}</td><td>{QUESTION}</td></tr></table>\n"
            f"<p>{ITEM6}</p><p>Not applicable.</p>\n<p>SIGNATURE</p><p>Date: February 10, "
            "2021</p><p>ACME FUND, L.P.</p><p>By: /s/ Jane Roe</p><p>Name: Jane Roe</p>"
            "<p>Title: Managing Member</p>\n</body></html>\n")


@pytest.mark.parametrize("cell, exits", [("[X]", True), ("&#9746;", True), ("[ ]", False),
                                         ("&#9744;", False)])
def test_html_filing_box_cell_before_question(tmp_path, cell, exits):
    path = tmp_path / "made_up_sc13ga.htm"
    path.write_text(_html_filing(cell))
    rec = parse_path(path).records[0]
    # an empty box reports no exit; the amendment's 0 shares and 0.0% on its one cover page
    # do (ceased_claims.add_zero_holding_exit, session 38)
    assert [(c.method, c.evidence.line) for c in rec.ceased] == \
        ([("item 5 box", 17)] if exits else [("zero holding", 6)])
    marked = {c.ceased_five_percent for c in rec.claims
              if c.relation.value == "beneficial_owner_of"}
    assert marked == {True}


@pytest.mark.parametrize("text, checked", [
    ("[X] | If this statement is being filed to report the fact", True),
    ("[X] If this statement is being filed to report the fact", True),
    ("☐ | If this statement is being filed to report the fact", False),
    ("[X] This statement is being filed to report the fact", True),  # as before
])
def test_box_before_statement_pattern(text, checked):
    m = BOX_BEFORE_STATEMENT.search(text)
    assert m is not None and bool(m["mark2"] or m["sign"] == "☒") is checked


@pytest.mark.parametrize("text", [
    "[X] | If you wish to report the fact",  # not the form's question
    "[X] | Item 6. This statement",
    "Acme[X] | If this statement is being filed to report",  # a box opens no word
])
def test_box_before_statement_pattern_negative(text):
    assert BOX_BEFORE_STATEMENT.search(text) is None


# --- 5. a written answer under "check the following" ------------------------------------------

@pytest.mark.parametrize("answer", ["\nYes", "\nYes.", "\n  YES", " Yes", ": Yes", "\nYes [X] No [ ]",
                                    " | Yes"])
def test_yes_answer_is_a_checked_box(answer):
    reports = _item5_reports(f"{ITEM5}\n{QUESTION}{answer}\n\n{ITEM6}\nNot applicable.\n")
    assert [m for m, _ in reports] == ["item 5 box"]
    assert reports[0][1].startswith("check the following")


@pytest.mark.parametrize("answer", ["\nNo", "\nNo.", "\nN/A", "\nNot applicable",
                                    "\nNot Applicable.", "\nNone", "\nYes [ ] No [X]",
                                    "\nYesterday", "\nYes, as described in Item 4", "\n"])
def test_no_answer_reports_nothing(answer):
    assert _item5_reports(f"{ITEM5}\n{QUESTION}{answer}\n\n{ITEM6}\nNot applicable.\n") == []


@pytest.mark.parametrize("text, group", [
    ("check the following:\nYes", "yes"), ("check here YES.", "yes"),
    ("check the following Yes [X] No [ ]", "pair"), ("check this box: yes", "yes")])
def test_item5_box_answer_pattern(text, group):
    assert ITEM5_BOX.search(text)[group]


@pytest.mark.parametrize("text", [
    "OWNERSHIP OF FIVE PERCENT OR LESS OF A CLASS\nYes",  # an answer to "check ..." only
    "check the following:\nYesterday", "check the following: Yes, see Item 4"])
def test_item5_box_answer_pattern_negative(text):
    assert ITEM5_BOX.search(text) is None


def test_item5_box_reader_yes():
    src = SourceText("x.txt", f"{ITEM5}\n{QUESTION}:\nYes\n")
    assert [c.method for c in read_item5_box(src, 0, len(src.text))] == ["item 5 box"]


# --- 6. a sole filer's pronoun: "it has ceased ..." ---------------------------------------------

def _cover(name: str, code: str, pct: str = "4.0%") -> str:
    return (f"1. Names of Reporting Persons.  {name}\n"
            "4. Citizenship or Place of Organization  Delaware\n"
            "5. Sole Voting Power 0 6. Shared Voting Power 1,000\n"
            "9. Aggregate Amount Beneficially Owned by Each Reporting Person 1,000\n"
            f"11. Percent of Class Represented by Amount in Row (9) {pct}\n"
            f"12. Type of Reporting Person {code}\n")


def _made_up(covers: list[tuple[str, str]], item5: str, signed: str = "May 5, 2021",
             event: str = "May 1, 2021") -> str:
    """A made-up Schedule 13D/A with a cover page for each (name, type code) of ``covers``,
    Item 5 ``item5`` and a signature dated ``signed``."""
    return ("SCHEDULE 13D\n(Amendment No. 3)\nAcme, Inc.\n(Name of Issuer)\nCommon Stock\n"
            "(Title of Class of Securities)\n000000000\n(CUSIP Number)\n"
            f"{event}\n(Date of Event Which Requires Filing of this Statement)\n" +
            "".join(_cover(n, c) for n, c in covers) +
            "Item 1. Security and Issuer. Common Stock of Acme, Inc.\n"
            f"Item 5. Interest in Securities of the Issuer\n{item5}\n\n"
            f"SIGNATURE\n\nDate: {signed}\n\n" +
            "".join(f"/s/ {n}\n{n}\n\n" for n, _ in covers))


def _exits(text: str, path: str = "x.txt"):
    rec = parse_source(SourceText(path=path, text=text))[0]
    names = {p.id: p.name for p in rec.parties}
    return ([(c.subject, [names[i] for i in c.party_ids], c.date) for c in rec.ceased],
            {names[c.source] for c in rec.claims if c.ceased_five_percent}, rec)


SOLD = "(e) On April 30, 2021, the Reporting Person sold 500 Shares. "  # the antecedent


@pytest.mark.parametrize("sentence, subject, date", [
    (SOLD + "On May 1, 2021, it ceased to be the beneficial owner of more than five percent of "
     "the Shares.", "it", dt.date(2021, 5, 1)),
    (SOLD + "It has ceased to be the beneficial owner of more than five percent of the Shares.",
     "It", None),
    (SOLD + "As a result of the sales, it ceased to be the beneficial owner of more than five "
     "percent of the Shares on May 1, 2021.", "it", dt.date(2021, 5, 1)),
    (SOLD + "On May 1, 2021 it ceased to be the beneficial owner of more than 5% of the Shares.",
     "it", dt.date(2021, 5, 1)),
    # the filer by name, or by its defined term, in the report's own sentence
    ("(e) Acme Fund, L.P. sold its last 500 Shares on April 30, 2021. On May 1, 2021, it ceased "
     "to be the beneficial owner of more than five percent of the Shares.", "it",
     dt.date(2021, 5, 1)),
])
def test_sole_organization_it(sentence, subject, date):
    ceased, marked, _ = _exits(_made_up([("Acme Fund, L.P.", "PN")], sentence))
    assert ceased == [(subject, ["Acme Fund, L.P."], date)]
    assert marked == {"Acme Fund, L.P."}


@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_sole_person_he_she(pronoun):
    ceased, marked, _ = _exits(_made_up(
        [("Jane Roe", "IN")], f"(e) Jane Roe sold 500 Shares on April 30, 2021. On May 1, 2021, "
                              f"{pronoun} ceased to be the beneficial owner of more than five "
                              "percent of the Shares."))
    assert ceased == [(pronoun, ["Jane Roe"], dt.date(2021, 5, 1))]
    assert marked == {"Jane Roe"}


def test_sole_filer_the_reporting_person():
    # already read before this review: every reporting person, here the one
    ceased, marked, _ = _exits(_made_up(
        [("Acme Fund, L.P.", "PN")], "(e) The Reporting Person has ceased to be the beneficial "
                                     "owner of more than five percent of the Shares."))
    assert ceased == [(None, [], None)] and marked == {"Acme Fund, L.P."}


@pytest.mark.parametrize("covers, pronoun", [
    ([("Acme Fund, L.P.", "PN"), ("Acme GP, LLC", "OO")], "it"),  # whose exit? neither
    ([("Acme Fund, L.P.", "PN"), ("Jane Roe", "IN")], "it"),
    ([("Jane Roe", "IN"), ("Richard Poe", "IN")], "she"),
    ([("Jane Roe", "IN")], "it"),  # "it" is no person
    ([("Acme Fund, L.P.", "PN")], "she"),  # nor "she" a fund
])
def test_pronoun_not_resolved(covers, pronoun):
    ceased, marked, _ = _exits(_made_up(
        covers, f"(e) The Reporting Persons sold 500 Shares. On May 1, 2021, {pronoun} ceased to "
                "be the beneficial owner of more than five percent of the Shares."))
    assert ceased == [] and marked == set()


@pytest.mark.parametrize("word, match", [("it", True), ("It", True), ("he", True), ("SHE", True),
                                         ("its", False), ("they", False), ("the Fund", False)])
def test_pronoun_pattern(word, match):
    assert bool(PRONOUN.match(word)) is match


def test_pronoun_holder():
    person = SoleFiler(Party(id="p3", name="Jane Roe", kind="person", type_codes=["IN"]))
    coded = SoleFiler(Party(id="p4", name="Acme Beta", kind="person", type_codes=["CO"]))
    names = {"Jane Roe": "p3", "Acme Beta": "p4"}.get
    assert pronoun_holder("she", person, "Jane Roe sold. So she", names) == "p3"
    assert pronoun_holder("it", person, "Jane Roe sold. So it", names) is None
    assert pronoun_holder("it", coded, "Acme Beta sold. So it", names) == "p4"  # a firm by code
    assert pronoun_holder("he", coded, "Acme Beta sold. So he", names) is None
    assert pronoun_holder("the Fund", coded, "Acme Beta sold. So the Fund", names) is None
    assert pronoun_holder("it", None, "Acme Beta sold. So it", names) is None


# --- 7. an exit dated after the filing -----------------------------------------------------------

def _dated_exit(date: str) -> str:
    return (f"(e) As of {date}, the Reporting Persons ceased to be the beneficial owner of more "
            "than five percent of the Shares.")


def _late(rec) -> list[str]:
    return [w.message for w in rec.warnings if w.code == "exit-after-filing"]


@pytest.mark.parametrize("date, printed, late", [
    ("December 31, 2031", dt.date(2031, 12, 31), True),  # a typo year in a 2021 filing
    ("February 11, 2021", dt.date(2021, 2, 11), True),  # the day after the signature
    # negative neighbours: on or before the signature
    ("February 10, 2021", dt.date(2021, 2, 10), False),
    ("December 31, 2020", dt.date(2020, 12, 31), False),
])
def test_exit_after_signature_is_warned(date, printed, late):
    ceased, marked, rec = _exits(_made_up([("Acme Fund, L.P.", "PN")], _dated_exit(date),
                                          signed="February 10, 2021", event="December 31, 2020"))
    assert ceased == [(None, [], printed)]  # the date as printed, with the warning beside it
    assert marked == {"Acme Fund, L.P."}
    assert _late(rec) == ([f"an exit report (statement) is dated {printed.isoformat()}, after "
                           "the filing (signed 2021-02-10)"] if late else [])
    if late:
        assert [w.line for w in rec.warnings if w.code == "exit-after-filing"] == [19]


def _submission(item5: str, filed: str) -> str:
    """The made-up filing of :func:`_made_up` in an SGML submission filed on ``filed``
    (YYYYMMDD), signed February 10, 2021."""
    body = _made_up([("Acme Fund, L.P.", "PN")], item5, signed="February 10, 2021",
                    event="December 31, 2020")
    return ("<SEC-DOCUMENT>0000000000-21-000001.txt : 20210215\n<SEC-HEADER>0000000000-21-000001"
            ".hdr.sgml : 20210215\nACCESSION NUMBER:\t\t0000000000-21-000001\nCONFORMED "
            f"SUBMISSION TYPE:\tSC 13D/A\nPUBLIC DOCUMENT COUNT:\t\t1\nFILED AS OF DATE:\t\t{filed}"
            "\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>SC 13D/A\n<SEQUENCE>1\n<TEXT>\n" + body +
            "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")


@pytest.mark.parametrize("date, late", [
    ("February 12, 2021", False),  # after the signature, before the filing: the filed date counts
    ("February 16, 2021", True), ("December 31, 2031", True)])
def test_exit_after_filed_date_is_warned(date, late):
    _, _, rec = _exits(_submission(_dated_exit(date), "20210215"), path="x.txt")
    assert rec.filed_date == dt.date(2021, 2, 15)
    assert len(_late(rec)) == int(late)
    if late:
        assert _late(rec)[0].endswith("after the filing (filed 2021-02-15)")


def test_undated_exit_and_undated_filing_not_warned():
    _, _, rec = _exits(_made_up([("Acme Fund, L.P.", "PN")], "(e) The Reporting Persons ceased "
                                "to be the beneficial owner of more than five percent of the "
                                "Shares."))
    assert _late(rec) == []
    rec.signature_date = None
    rec.ceased[0] = rec.ceased[0].model_copy(update={"date": dt.date(2031, 1, 1)})
    assert check_exit_dates(rec) == 0  # no date of the filing to judge by


def test_real_xml_exit_after_signature_is_warned():
    # 13d/bml_aadi_2025_schedule13d.xml (signed 12/31/2024), its Item 5(e) edited to
    # "03/03/2025" as in test_schedule13_ceased: the date stays, and is warned of
    rec = _xml_with("13d/bml_aadi_2025_schedule13d.xml",
                    ("<date5PercentOwnership>n/a", "<date5PercentOwnership>03/03/2025"))
    assert [c.date for c in rec.ceased] == [dt.date(2025, 3, 3)]
    assert _late(rec) == ["an exit report (xml) is dated 2025-03-03, after the filing (signed "
                          "2024-12-31)"]
    rec = _xml_with("13d/bml_aadi_2025_schedule13d.xml",
                    ("<date5PercentOwnership>n/a", "<date5PercentOwnership>12/03/2024"))
    assert [c.date for c in rec.ceased] == [dt.date(2024, 12, 3)] and _late(rec) == []



# === review S14 ===================================================================================
# --- 4. a pronoun names the sole filer only when the words before name it as its antecedent ----

EXIT = "ceased to be the beneficial owner of more than five percent of the Shares."


@pytest.mark.parametrize("covers, item5", [
    # another organization named just before "it" (reviewer e1, e5): its exit, not the filer's
    ([("Acme Holdings, Inc.", "CO")],
     "(e) On May 1, 2020, Acme Sub LLC, a former subsidiary of the Reporting Person,\nsold all "
     f"of its shares. As a result, it {EXIT}"),
    ([("Acme Holdings, Inc.", "CO")],
     "(e) Acme Fund II, L.P., a fund advised by the Reporting Person, distributed its shares\nto "
     f"its limited partners on May 1, 2020; it has {EXIT}"),
    ([("Acme Holdings, Inc.", "CO")],
     f"(e) Acme distributed 500 Shares to Beta Capital LLC on May 1, 2021. As a result, it {EXIT}"),
    # another person named just before "he" (reviewer e3)
    ([("Jane Roe", "IN")],
     "(e) Mr. John Roe, the Reporting Person's husband, transferred his shares on May 1, 2020. "
     f"He has {EXIT}"),
    # no antecedent in reach: whose exit?
    ([("Acme Holdings, Inc.", "CO")], f"(e) On May 1, 2021, it {EXIT}"),
    ([("Jane Roe", "IN")], f"(a) See Item 9 of the cover page.\n(e) On May 1, 2021, she {EXIT}"),
    # "he" of a woman: by a title beside her name, before or in the report's sentences
    ([("Jane Roe", "IN")], f"(e) Ms. Jane Roe sold 500 Shares on April 30, 2021. As a result, he {EXIT}"),
    ([("Jane Roe", "IN")], "(d) Ms. Jane Roe alone votes the Shares.\n(e) The Reporting Person "
                           f"sold 500 Shares on April 30, 2021. As a result, he {EXIT}"),
])
def test_pronoun_of_another_party_is_no_exit(covers, item5):
    ceased, marked, _ = _exits(_made_up(covers, item5))
    assert ceased == [] and marked == set()


@pytest.mark.parametrize("covers, item5, subject", [
    ([("Acme Holdings, Inc.", "CO")], "(e) On May 1, 2021, the Reporting Person sold 500 Shares of "
                                      f"the Issuer's Common Stock. As a result, it {EXIT}", "it"),
    ([("Acme Holdings, Inc.", "CO")], f"(e) Acme Holdings sold 500 Shares. As a result, it {EXIT}",
     "it"),
    ([("Jane Roe", "IN")], f"(e) On May 1, 2021, Ms. Roe sold 500 Shares. As a result, she {EXIT}",
     "she"),
    # a trust (an organization) named before "she" is not her antecedent
    ([("Jane Roe", "IN")], "(e) On May 1, 2021, Jane Roe gave 500 Shares to the Roe Family Trust. "
                           f"As a result, she {EXIT}", "she"),
    ([("John Doe", "IN")], "(d) Mr. John Doe alone votes the Shares.\n(e) The Reporting Person "
                           f"sold 500 Shares. As a result, he {EXIT}", "he"),
])
def test_pronoun_of_the_named_filer_is_its_exit(covers, item5, subject):
    ceased, marked, _ = _exits(_made_up(covers, item5))
    assert ceased == [(subject, [covers[0][0]], None)]
    assert marked == {covers[0][0]}


@pytest.mark.parametrize("context, mentions", [
    ("On May 1, 2020, Acme Sub LLC, a former subsidiary of the Reporting Person, sold all of its "
     "shares. As a result, it", [(False, "O"), (False, "O"), (True, "")]),
    ("Mr. John Roe, the Reporting Person's husband, transferred his shares. He",
     [(False, "P"), (True, ""), (False, "P")]),
    ("The Fund sold 500 Shares of the Issuer's Common Stock. As a result, it", [(True, "")]),
    ("Acme Fund II, L.P., a fund advised by the Reporting Person",
     [(False, "O"), (False, "O"), (True, "")]),
    ("Jane Roe and her affiliate", [(False, "P"), (False, "OP")]),
    ("On May 1, 2021, it", []),
])
def test_mentions(context, mentions):
    got = [(m.filer, "".join(sorted(k.value[0].upper() for k in m.kinds)))
           for m in _mentions(context, "p1", {"Fund": "p1"}.get)]
    assert got == mentions


@pytest.mark.parametrize("text, group", [
    ("the Reporting Person", "filer"), ("the reporting persons", "filer"),
    ("the undersigned", "filer"), ("a former subsidiary", "org"), ("its wholly-owned subsidiary",
                                                                    "org"),
    ("a fund", "org"), ("'s husband", "person"), ("his wife", "person"),
    ("its general partner", "either"), ("Mr. John Roe", "name"), ("Acme Fund II, L.P.", "name")])
def test_mention_pattern(text, group):
    m = MENTION.match(text)
    assert m is not None and m[0] == text and m[group]


@pytest.mark.parametrize("text", ["its shares", "the sales", "it", "he has"])
def test_mention_pattern_negative(text):
    assert MENTION.match(text) is None


# --- 7. a bare mark before the question and a box at its end ------------------------------------

@pytest.mark.parametrize("text, exits", [
    # reviewer f11: the empty box at the question's end outweighs the bare X opening the line
    (f"X  {QUESTION} [ ].", False),
    (f"X  {QUESTION} [X].", True),
    (f"o  {QUESTION} [X].", True),  # Wingdings' empty box before, the end box checked
    # two boxes that disagree: whose answer? none
    (f"[X] | {QUESTION} [ ]", False),
    (f"[ ] | {QUESTION} [X]", False),
    # one mark alone, as before
    (f"X  {QUESTION}.", True), (f"[X] | {QUESTION}", True), (f"{QUESTION} [X]", True),
    (f"[ ] | {QUESTION}", False),
])
def test_box_before_and_after_question(text, exits):
    src = SourceText("x.txt", f"{ITEM5}\n\n     {text}\n\n{ITEM6}\n")
    assert [c.method for c in read_item5_box(src, 0, len(src.text))] == \
        (["item 5 box"] if exits else [])


@pytest.mark.parametrize("text, bare", [("X  This statement is being filed to report", "X"),
                                        ("o If this statement is being filed to report", "o"),
                                        ("[X] This statement is being filed to report", None)])
def test_box_before_statement_bare_group(text, bare):
    assert BOX_BEFORE_STATEMENT.search(text)["bare"] == bare
