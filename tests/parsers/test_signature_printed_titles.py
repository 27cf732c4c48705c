"""Signer titles printed under the "/s/" line without a "Title:" label, beside a caption or
with a note mark (session 41 review rv41b, LOW-2: both were dropped, ``title`` None).

- 1999_SC_13D_1014343.txt: "By: /s/ Paul Eagland" over "(Date)   Paul Eagland, President":
  the "(Date)" caption of the left column opens the line of the printed name and title.
- harvest27/01_hbk_asa_2005_sc13da.txt: "Jon L. Mosle" / "Authorized Signatory (1)", the
  note "(1)" telling that an Authorization Certificate was filed before (no power of attorney:
  he signs as the party's own signatory, nothing more to read from it).
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.signature_printed import DATE_CAPTION, TITLE_NOTE_MARK
from tests.conftest import ROOT

FILINGS = ROOT / "tests" / "fixtures" / "filings"


def _signatures(path):
    [rec] = parse_path(path).records
    return [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures]


def test_title_beside_a_date_caption():
    assert _signatures(FILINGS / "1999_SC_13D_1014343.txt") == [
        ("Paul Eagland", "President", ["WESTLAKE ACQUISITION CORPORATION"])]


def test_title_with_a_note_mark():
    assert _signatures(FILINGS / "harvest27" / "01_hbk_asa_2005_sc13da.txt") == [
        ("Jon L. Mosle", "Authorized Signatory", ["HBK INVESTMENTS L.P."])]


@pytest.mark.parametrize("line, out", [
    ("(Date)                           Jane Roe, President", "Date                           "
     "Jane Roe, President"),
    ("  (date) Jane Roe, President", "Date Jane Roe, President"),
    ("(Date)", "(Date)"),  # the caption alone: no name follows
    ("Jane Roe (Date)", "Jane Roe (Date)"),
])
def test_date_caption_pattern(line, out):
    assert DATE_CAPTION.sub("Date", line) == out


@pytest.mark.parametrize("line, out", [
    ("Authorized Signatory (1)", "Authorized Signatory"),
    ("Managing Member*", "Managing Member"),
    ("Managing Member **  ", "Managing Member"),
    ("Managing Member (Class A)", "Managing Member (Class A)"),
    ("Trustee (123)", "Trustee (123)"),
])
def test_title_note_mark_pattern(line, out):
    assert TITLE_NOTE_MARK.sub("", line) == out
