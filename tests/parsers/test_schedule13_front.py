"""The front page of a Schedule 13D/13G read from text: the CUSIP and the "Label: value" fields.

Made-up front pages, each showing one way a CUSIP or a label is printed; the CUSIPs are real
ones whose check digits agree (037833100, G4617B105), so that only the printing is tested.
"""

from __future__ import annotations

import pytest

from graphkit.parsers import schedule13_front as front
from graphkit.source import SourceText
from tests.cpu_time import cpu_seconds

CAPTIONS = ("SCHEDULE 13D\nAcme, Inc.\n(Name of Issuer)\nCommon Stock\n"
            "(Title of Class of Securities)\n{cusip}\n(CUSIP Number)\nMarch 1, 2000\n"
            "(Date of Event which Requires Filing of this Statement)\n{rest}")


def _front(text: str) -> front.FrontPage:
    return front.read_front_page(SourceText(path="x.txt", text=text))


def _codes(fp: front.FrontPage) -> list[str]:
    return [w.code for w in fp.warnings]


# --- a CUSIP followed by punctuation --------------------------------------------------------

@pytest.mark.parametrize("printed", ["037833100.", "(037833100)", "037833 10 0,",
                                     "037833100;", "037833-10-0.", "037833100 (Common Stock)"])
def test_cusip_before_punctuation(printed):
    fp = _front(CAPTIONS.format(cusip=printed, rest=""))
    assert (fp.cusip, _codes(fp)) == ("037833100", [])


def test_cusip_label_before_punctuation():
    fp = _front("SCHEDULE 13G\nAcme, Inc.\n(Name of Issuer)\n\n(CUSIP Number)\n\n"
                "CUSIP No. 037833100;                 Page 2 of 9\n")
    assert (fp.cusip, _codes(fp)) == ("037833100", [])


# --- "N/A" ends the search; the label search stays on the front and cover pages -------------

ITEM_4 = ("\nItem 4. Purpose of Transaction\nThe Reporting Person also holds 5.25% Senior Notes "
          "due 2030 of the Issuer's parent,\nCUSIP No. 00206R AB8, and phone (212) 555-1234.\n")


@pytest.mark.parametrize("printed", ["N/A", "None", "Not applicable"])
def test_no_cusip_stated_stops_the_search(printed):
    fp = _front(CAPTIONS.format(cusip=printed, rest="CUSIP No. 00206R AB8\n" + ITEM_4))
    assert (fp.cusip, _codes(fp)) == (None, [])


def test_label_search_ends_at_the_first_item():
    fp = _front(CAPTIONS.format(cusip="", rest=ITEM_4))
    assert (fp.cusip, _codes(fp)) == (None, [])
    # a cover page's "CUSIP No." before the items is still read
    fp = _front(CAPTIONS.format(cusip="", rest="CUSIP No. 037833100   13D   Page 2\n" + ITEM_4))
    assert fp.cusip == "037833100"


def test_cusip_label_stating_none():
    fp = _front("SCHEDULE 13G\nNAME OF ISSUER: Acme Fund\nCUSIP NO.: N/A\n\n"
                "CUSIP No. 037833100\n")
    assert (fp.cusip, _codes(fp)) == (None, [])


# --- what is a CUSIP: nine characters, or eight printed so (completed), never other numbers -------------

@pytest.mark.parametrize("printed, cusip, code", [
    ("037833100", "037833100", None),
    ("037833 10 0", "037833100", None),
    ("G4617B 105", "G4617B105", None),
    ("724-081-104", "724081104", None),
    ("g4617b105", "G4617B105", None),                      # lower case
    ("US0378331005", "037833100", None),                   # an ISIN: characters 3-11
    ("037833 10 1", "037833101", "cusip-check-digit"),     # kept as printed, warned
    ("03783310", "037833100", None),      # eight, an older filing's way: its check digit added
    ("037833 10", "037833100", None),
    ("037833", None, "cusip-unreadable"),                  # the issuer's six alone
    ("005-12345", None, "cusip-unreadable"),               # a file number
    ("(212) 555-1234", None, "cusip-unreadable"),          # telephone numbers
    ("212-555-1234", None, "cusip-unreadable"),
    ("037833 13D Page 2", None, "cusip-unreadable"),       # the page heading glued on
    ("SEC 1745 (3-98)", None, "cusip-unreadable"),         # the form's number
])
def test_what_is_a_cusip(printed, cusip, code):
    fp = _front(CAPTIONS.format(cusip=printed, rest=""))
    assert fp.cusip == cusip
    assert _codes(fp) == ([code] if code else [])
    if code == "cusip-unreadable":
        assert repr(printed) in fp.warnings[0].message   # the warning names the text


def test_unreadable_cusip_label_is_warned():
    fp = _front("SCHEDULE 13G\nName of Issuer: Acme\n\nCUSIP NO. 037833 13D Page 2 of 6\n")
    assert fp.cusip is None and _codes(fp) == ["cusip-unreadable"]
    assert "037833 13D Page 2 of 6" in fp.warnings[0].message
    assert fp.warnings[0].line == 4


def test_cusip_patterns():
    assert front.read_cusip("SEC 1745 (3-98)") is None
    assert front.read_cusip("12345610 13G PAGE 2") == "12345610"
    assert front.find_cusip("(212) 555-1234") is None
    assert front.THREE_DIGITS.search("G4617B1") and front.THREE_DIGITS.search("Page 2") is None
    assert front.ISIN.fullmatch("CA0378331005")["cusip"] == "037833100"
    assert front.ISIN.fullmatch("GB0378331005") is None
    assert (6, 2, 1) in front.CUSIP_SPLITS and (3, 5) not in front.CUSIP_SPLITS
    assert "13D" in front.HEADING_PIECES
    assert front.PAGE_HEADING.match("Schedule 13D") and front.PAGE_HEADING.match("13G  Page 2")
    assert front.PAGE_HEADING.match("037833100") is None
    found = front.scan_cusip("Class A: 03783310 and more")
    assert found == front.CusipReading("03783310", "has no check digit", 9)


# --- "Label: value" fields ------------------------------------------------------------------

def test_label_at_line_end_never_takes_the_next_label():
    fp = _front("SCHEDULE 13D\nNAME OF ISSUER:\nTITLE OF CLASS OF SECURITIES: Common Stock\n"
                "CUSIP NO: 037833100\n")
    assert (fp.issuer_name, fp.security_class, fp.cusip) == (None, "Common Stock", "037833100")


def test_label_at_line_end_takes_the_next_line():
    fp = _front("SCHEDULE 13D\nNAME OF ISSUER:\n\nAcme Corp.\nCUSIP NO:\n\n037833100\n")
    assert (fp.issuer_name, fp.cusip) == ("Acme Corp.", "037833100")


def test_label_pointing_elsewhere_reads_nothing():
    fp = _front("SCHEDULE 13D\nNAME OF ISSUER: (see Item 1)\nCUSIP NO: 037833100\n")
    assert (fp.issuer_name, fp.cusip) == (None, "037833100")


def test_two_labels_on_one_line():
    fp = _front("SCHEDULE 13D\nNAME OF ISSUER: Acme Corp.        CUSIP NO: 037833100\n"
                "TITLE OF CLASS OF SECURITIES: Common Stock DATE OF EVENT WHICH REQUIRES "
                "FILING: March 3, 2001\n")
    assert (fp.issuer_name, fp.cusip, fp.security_class) == ("Acme Corp.", "037833100",
                                                             "Common Stock")


def test_label_patterns():
    assert front.INLINE_LABEL.search("Acme Corp. CUSIP NO: 1").start() == 11
    assert front.INLINE_LABEL.search("Common Stock Date of Event which").start() == 13
    assert front.INLINE_LABEL.search("Acme Date Palm Growers, Inc.") is None
    assert front.LABEL_LINE.match("TITLE OF CLASS OF SECURITIES: Common Stock")
    assert front.LABEL_LINE.match("  CUSIP #12345")
    assert front.LABEL_LINE.match("Acme Holdings, Inc.") is None
    assert front.LABEL_LINE.match("December 31, 2014") is None
    assert front.SEE_ELSEWHERE.match("(see Item 1)") and front.SEE_ELSEWHERE.match("See Item 2")
    assert front.SEE_ELSEWHERE.match("Seeker Corp.") is None


# --- one pass over a long line ----------------------------------------------------------------

def test_long_lines_are_read_in_one_pass():
    caps = " ".join(["ACME"] * 40000)   # 200 KB on one line
    with cpu_seconds() as spent:
        assert front.find_cusip(caps) is None
        fp = _front("SCHEDULE 13G " + caps + " (CUSIP Number) N/A")
        assert fp.cusip is None
        fp = _front("SCHEDULE 13G " + "CUSIP " * 40000)
        assert fp.cusip is None
    assert spent() < 15
