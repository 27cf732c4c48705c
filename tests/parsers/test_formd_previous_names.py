"""Form D former names listed by EDGAR as ``edgarPreviousNameList/previousName`` (review s35
rvB L2): read as the ``value`` form already was, and kept as the issuer's ``former_name``
aliases only as the header's former names are (not the same words as its name, not another
legal form: EDGAR's list sometimes holds another party's name)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.formd_xml import parse_formd_xml
from graphkit.source import SourceText
from tests.conftest import corpus_file

RV36 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv36"


def _aliases(path: Path) -> list[str]:
    rec = parse_path(path).records[0]
    return [a.name for a in rec.party(rec.issuer.party_id).aliases]


def test_real_form_d_case_only_former_name_is_no_other_name():
    # line 24: <previousName>DataBricks, Inc.</previousName> for "Databricks, Inc."
    assert _aliases(RV36 / "databricks_2026_d1.xml") == []


def test_real_form_d_former_name_of_another_legal_form_is_left_out():
    # line 75: EDGAR lists "Hashnote Management LLC" for "Hashnote Stablecoin Fund LP": its
    # manager's name left on the fund's CIK, never the fund's own
    assert _aliases(corpus_file("formd_xml/hashnote_stablecoin_2023_d.txt")) == []


@pytest.mark.parametrize("inner, names", [
    ("<edgarPreviousNameList><previousName>None</previousName>"
     "<previousName>Acme Labs, Inc.</previousName><previousName>Beacon Tech Inc."
     "</previousName></edgarPreviousNameList>", ["Beacon Tech Inc."]),
    ("<edgarPreviousNameList><previousName>Beacon Labs LLC</previousName>"
     "</edgarPreviousNameList>", []),   # EDGAR's: another legal form
    ("<issuerPreviousNameList><previousName>Beacon Labs LLC</previousName>"
     "</issuerPreviousNameList>", ["Beacon Labs LLC"]),   # the issuer's own: a conversion
    ("<issuerPreviousNameList><previousName>ACME LABS INC</previousName>"
     "</issuerPreviousNameList>", []),   # the same words
])
def test_edgar_previous_names(inner, names):
    xml = (f"<edgarSubmission><primaryIssuer><entityName>Acme Labs, Inc.</entityName>{inner}"
           "</primaryIssuer></edgarSubmission>")
    rec = parse_formd_xml(SourceText(path="d.xml", text=xml))
    assert [a.name for a in rec.party("issuer").aliases] == names
