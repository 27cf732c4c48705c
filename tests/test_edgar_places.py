"""EDGAR's codes of places outside the United States (graphkit.edgar_places), read in the XML
forms and in Form D (review s33 rvB LOW5: "D5" stayed "D5", the table held nine codes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.edgar_places import EDGAR_PLACE_NAMES, edgar_place
from graphkit.parse import parse_path
from graphkit.parsers.formd_codes import jurisdiction_name
from graphkit.parsers.xmldoc import place

RV34 = Path(__file__).resolve().parent / "fixtures" / "filings" / "rv34"


def test_the_table_is_the_secs():
    # 254 codes: the SEC's table without the U.S. states' postal codes
    assert len(EDGAR_PLACE_NAMES) == 254
    assert all(len(code) == 2 and not code.isalpha() for code in EDGAR_PLACE_NAMES)
    assert not {"DE", "NY", "GA", "CA"} & EDGAR_PLACE_NAMES.keys()


@pytest.mark.parametrize("code, name", [
    ("D5", "Brazil"), ("F4", "China"), ("L2", "Ireland"), ("2M", "Germany"), ("U0", "Singapore"),
    ("K3", "Hong Kong"), ("D0", "Bermuda"), ("Y8", "Isle of Man"), ("A0", "Alberta, Canada"),
    ("M5", "South Korea"), ("D8", "British Virgin Islands"), ("X1", "United States"),
    ("Z4", "Canada"), ("2Q", "Georgia (country)"), (" d5 ", "Brazil"),
])
def test_codes(code, name):
    assert edgar_place(code) == name
    assert place(code) == name


def test_a_state_code_is_kept():
    assert edgar_place("GA") is None and place("GA") == "GA"


def test_form_d_reads_every_code():
    assert jurisdiction_name("D5", edgar=True).value == "Brazil"
    assert jurisdiction_name("2M", edgar=True).value == "Germany"  # a digit first
    # an OCR'd paper form: "CO" misread "C0" is no United Arab Emirates (review s34 rv5 M3)
    assert jurisdiction_name("C0").value == "C0" and jurisdiction_name("M0").value == "M0"
    assert jurisdiction_name("C 0", edgar=True).value == "C0"  # a torn code: never EDGAR's
    assert jurisdiction_name("A6").value == "Ontario"  # as Form D read it before
    assert jurisdiction_name("D E").value == "Delaware"


def test_schedule13g_xml_citizenship_d5():
    # <citizenshipOrOrganization>D5</citizenshipOrOrganization>
    rec = parse_path(RV34 / "debrito_aura_2025_schedule13g_trimmed.xml").records[0]
    [person] = [p for p in rec.parties if p.name == "De Brito Paulo Carlos"]
    assert person.jurisdiction == "Brazil"
