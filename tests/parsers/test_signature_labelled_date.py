"""The date of a signature section where no signature is read (the typed name under a blank
rule of a paper filing): a date under its label, "Dated:" or "Date:", near the section's start
(:func:`graphkit.parsers.signature_section.labelled_date`). Made-up names."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.parsers.signature_section import LABELLED_DATE, labelled_date
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText
from tests.short_13g import short_13g

UNSIGNED = """\
Item 7.  Material to be Filed as Exhibits.

         Share Purchase Agreement, dated December 30, 1993.

SIGNATURE:  After reasonable inquiry and to the best of my
knowledge and belief, I certify that the information set forth in
this statement is true, complete and correct.

{date_line}



                              ___________________________________
                              JANE Q. ROE
<PAGE>
                               EXHIBIT INDEX

Share Purchase Agreement, dated                             5
January 21, 1994, between John Doe and Jane Q. Roe
"""


@pytest.mark.parametrize("date_line, date", [
    ("Dated:  January 21, 1994.", dt.date(1994, 1, 21)),
    ("Date: January 21, 1994", dt.date(1994, 1, 21)),
    ("DATED: JANUARY 21, 1994", dt.date(1994, 1, 21)),
    ("Dated :  1/21/1994", dt.date(1994, 1, 21)),
])
def test_unsigned_section_takes_its_labelled_date(date_line, date):
    sec = read_signatures(SourceText(path="x.txt", text=UNSIGNED.format(date_line=date_line)))
    assert sec.signatures == []
    assert sec.date == date


@pytest.mark.parametrize("date_line", ["", "Dated this day of January, 1994",
                                       "Date: ________________"])
def test_unsigned_section_without_a_labelled_date_has_none(date_line):
    # not the date of the agreement in the exhibit index, nor of Item 7 above the section
    sec = read_signatures(SourceText(path="x.txt", text=UNSIGNED.format(date_line=date_line)))
    assert sec.date is None


def test_labelled_date_far_below_the_section_start_is_not_its_date():
    text = "SIGNATURE\n\nI certify that ... is true.\n\n" + "x\n" * 900 + "Date: May 1, 2000\n"
    assert labelled_date(text, 0, len(text)) is None


def test_labelled_date_pattern():
    for line, v in (("Dated:  January 21, 1994.", "January 21, 1994."),
                    ("  DATE: May 1, 2000", "May 1, 2000"), ("*Date :2/1/2000", "2/1/2000")):
        assert LABELLED_DATE.match(line)["v"] == v
    for line in ("Date of Event Which Requires Filing: May 1, 2000", "Dated May 1, 2000",
                 "Updated: May 1, 2000"):
        assert LABELLED_DATE.match(line) is None, line


def test_record_signature_date_of_an_unsigned_filing():
    # the one filer's typed name under a blank rule: no signature, the "Dated:" line is the date
    rec = short_13g(filer="Jane Q. Roe", codes="IN", place="United States",
                    signature="                ______________________\n                JANE Q. ROE\n")
    assert rec.signatures == []
    assert rec.signature_date == dt.date(2005, 2, 10)


def test_record_signature_date_of_a_signed_filing_is_unchanged():
    rec = short_13g()
    assert [(s.signer, s.title) for s in rec.signatures] == [("Jane Q. Roe", "President")]
    assert rec.signature_date == dt.date(2005, 2, 10)
