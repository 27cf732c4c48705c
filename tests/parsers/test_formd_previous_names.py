"""Form D former names listed by EDGAR as ``edgarPreviousNameList/previousName`` (review s35
rvB L2): kept as the issuer's ``former_name`` aliases, as the ``value`` form already was."""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path
from graphkit.parsers.formd_xml import parse_formd_xml
from graphkit.source import SourceText

RV36 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv36"


def test_real_form_d_keeps_edgar_previous_name():
    rec = parse_path(RV36 / "databricks_2026_d1.xml").records[0]
    issuer = rec.party("issuer")
    assert issuer.name == "Databricks, Inc."
    assert [(a.name, a.how.value, a.evidence.line) for a in issuer.aliases] == [
        ("DataBricks, Inc.", "former_name", 24)]


def test_edgar_previous_name_none_and_repeats_name_nothing():
    xml = ("<edgarSubmission><primaryIssuer><entityName>Acme Labs, Inc.</entityName>"
           "<edgarPreviousNameList><previousName>None</previousName>"
           "<previousName>Acme Labs, Inc.</previousName><previousName>Beacon Tech Inc."
           "</previousName></edgarPreviousNameList></primaryIssuer></edgarSubmission>")
    rec = parse_formd_xml(SourceText(path="d.xml", text=xml))
    assert [a.name for a in rec.party("issuer").aliases] == ["Beacon Tech Inc."]
