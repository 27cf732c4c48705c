"""CUSIPs of cover page headings checked against the front page's
(graphkit.parsers.schedule13_cusip.heading_cusips, disagreeing_cusip), on real filings."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_cusip import (CUSIP_HEADING, OCR_DIGITS, disagreeing_cusip,
                                             heading_cusips, repair_cusip)
from tests.conftest import corpus_file
from tests.holdout import holdout_record


def test_cover_headings_of_another_security_are_warned():
    # swn_montage_2020_sc13d.html (Southwestern Energy on Montage Resources): line 19 prints
    # the front page's "27890G 100 (CUSIP Number)", line 52 and every cover page after it
    # "CUSIP No. 969490101" (another issuer's, kept from the filing it was copied from)
    rec = holdout_record("swn_montage_2020_sc13d.html")
    assert rec.issuer.cusip == "27890G100"
    [w] = [w for w in rec.warnings if w.code == "cusip-disagrees"]
    assert "969490101" in w.message and "27890G100" in w.message and w.line == 52


def test_front_page_listing_several_series_is_no_disagreement():
    # 2012_SC_13GA_844150.txt: the front page lists the CUSIPs of seven series ("Series M:
    # 780097796" ... "Series T: 780097713"); its cover headings print "CUSIP NO. 780097796,
    # et al." (Series M)
    rec = holdout_record("2012_SC_13GA_844150.txt")
    assert not [w for w in rec.warnings if w.code == "cusip-disagrees"]


@pytest.mark.parametrize("name", [
    "13d/icahn_bausch_2021_sc13d.txt", "13g/franklin_humana_1998_sc13g.txt",
    "13d/sofinnova_ocera_2013_sc13d.txt", "13g/prescott_frozenfood_2013_sc13g.txt",
])
def test_corpus_headings_agree(name):
    report = parse_path(corpus_file(name))
    assert not [w for w in report.warnings if w.code == "cusip-disagrees"]


@pytest.mark.parametrize("text, value", [
    ("CUSIP No. 969490101   13D   Page 2 of 9", "969490101"),
    ("CUSIP NO.: 74758T 303", "74758T303"),
    ("CUSIP Number 037833100", "037833100"),
    ("CUSIP #037833100", "037833100"),
    ("cusip no. 91382810", "91382810"),
])
def test_cusip_heading(text, value):
    assert heading_cusips(text, 0, len(text)) == [(value, CUSIP_HEADING.search(text).end())]


@pytest.mark.parametrize("text", [
    "(CUSIP Number)", "CUSIP Number:\n", "the CUSIP of the Shares", "CUSIP No. N/A",
])
def test_cusip_heading_reads_no_value(text):
    assert heading_cusips(text, 0, len(text)) == []


def test_disagreeing_cusip_needs_every_heading_to_differ():
    text = "27890G 100\n(CUSIP Number)\n"
    assert disagreeing_cusip("27890G100", [("969490101", 30)], text, 0) == ("969490101", 30)
    assert disagreeing_cusip("27890G100", [("969490101", 30), ("27890G100", 90)], text, 0) \
        is None


@pytest.mark.parametrize("text, n", [
    ("Cusip No. 037833100 and cusip number 037833100", 2), ("the CUSIPs 037833100 and 037833100", 0),
    ("XCUSIP No. 037833100", 0),
])
def test_heading_words_in_any_case(text, n):
    assert len(heading_cusips(text, 0, len(text))) == n


# --- review W, M12: an OCR-damaged CUSIP whose letters read as digits pass the check digit ---

@pytest.mark.parametrize("printed, repaired", [
    ("387541LO5", "387541105"),   # l for 1, O for 0 (a scanned front page)
    ("69360J1O7", "69360J107"),   # the issuer's J is a letter of the CUSIP, kept
    ("0378331OO", "037833100"),
])
def test_repair_cusip(printed, repaired):
    assert repair_cusip(printed) == repaired


@pytest.mark.parametrize("printed", [
    "037833101",      # no letter to read otherwise: a wrong digit stays wrong
    "G4617B104",      # no reading of B passes
    "O37833100",      # the issuer's six are never changed
    "L8681T104",      # (a typo there would name another issuer)
    "G4617B102",
])
def test_repair_cusip_none(printed):
    assert repair_cusip(printed) is None


def test_ocr_digits_are_look_alikes():
    assert OCR_DIGITS == {"O": "0", "I": "1", "L": "1", "S": "5", "B": "8", "Z": "2"}


def test_real_front_page_cusip_repaired(tmp_path):
    # the real holdout 2004_SC_13G_866368 prints "69360J107"; scanned as "69360J1O7"
    src = Path(__file__).resolve().parents[1] / "fixtures/filings/holdout/2004_SC_13G_866368.txt"
    text = src.read_text(encoding="latin-1")
    assert text.count("69360J107") >= 1
    path = tmp_path / src.name
    path.write_text(text.replace("69360J107", "69360J1O7", 1), encoding="latin-1")
    (rec,) = parse_path(path).records
    assert rec.issuer.cusip == "69360J107"
    (w,) = [w for w in rec.warnings if w.code == "cusip-repaired"]
    assert "'69360J1O7'" in w.message and "read as 69360J107" in w.message
