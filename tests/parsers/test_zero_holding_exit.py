"""An amendment whose reporting persons all hold 0 shares and 0%, with no Item 5 answer, is an
exit (graphkit.parsers.ceased_claims.add_zero_holding_exit), in XML and text filings alike.

Real filings: tests/fixtures/filings/rv38/ (Vanguard's 13G/As on Intel and SLM, trimmed by
their source; session 37 review rvE, LOW-1), rv37/ (HNA's 13D/A No. 4 on Park Hotels), rv33/
(GAMCO's trimmed 13D/A No. 32 on Tredegar); SOURCES.tsv in each says where they came from.
"""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path, parse_source
from graphkit.source import SourceText

FILINGS = Path(__file__).resolve().parent.parent / "fixtures" / "filings"
INTEL = FILINGS / "rv38" / "vanguard_intel_2026_schedule13ga_exit.xml"


def _record(path):
    [rec] = parse_path(path).records
    return rec


def _held(rec):
    return [(rec.party(c.source).name, c.shares, c.percent, c.ceased_five_percent)
            for c in rec.claims if c.relation.value == "beneficial_owner_of"]


def test_xml_13ga_to_zero_without_item5_is_an_exit():
    # <submissionType>SCHEDULE 13G/A</submissionType>, no amendmentNo, no Item 5; the cover
    # page: ...AggregateNumberOfShares>0<... <classPercent>0</classPercent>
    rec = _record(INTEL)
    assert _held(rec) == [("The Vanguard Group", 0, 0.0, True)]
    [exit_] = rec.ceased
    assert (exit_.method, exit_.party_ids, exit_.date) == ("zero holding", [], None)
    assert exit_.evidence.section == "reporting person 1"


def test_text_13da_to_zero_is_an_exit_for_every_filer():
    # HNA's 13D/A No. 4: six covers of 0 and 0.0%; its Item 5(e) "the Reporting Persons ceased
    # to the beneficial owners of more than five percent" (sic) is no statement read
    rec = _record(FILINGS / "rv37" / "hna_parkhotels_2018_sc13da.txt")
    held = _held(rec)
    assert len(held) == 6 and {h[1:] for h in held} == {(0, 0.0, True)}
    assert [c.method for c in rec.ceased] == ["zero holding"]


def test_an_item5_answer_is_kept_as_the_report():
    # SLM: Item 5 "Y"; the 0 and 0 of Item 4 add no second report
    rec = _record(FILINGS / "rv38" / "vanguard_slm_2024_schedule13ga_exit.xml")
    assert _held(rec) == [("The Vanguard Group", 0, 0.0, True)]
    assert [c.method for c in rec.ceased] == ["xml"]


def test_one_joint_filer_at_zero_is_no_exit():
    # GAMCO's 13D/A No. 32: GAMCO Investors, Inc. at 0 and 0.0, Gabelli Funds LLC at 3.3%
    rec = _record(FILINGS / "rv33" / "gamco_tredegar_2025_schedule13da_trimmed.xml")
    assert _held(rec) == [("GAMCO INVESTORS, INC.", 0, 0.0, None),
                          ("GABELLI FUNDS LLC", 1151108, 3.3, None)]
    assert rec.ceased == []


def test_an_original_statement_at_zero_is_no_exit():
    # the Intel file as an original 13G: nothing was reported before, nothing ended
    text = INTEL.read_text().replace("SCHEDULE 13G/A", "SCHEDULE 13G")
    [rec] = parse_source(SourceText("intel_original.xml", text))
    assert _held(rec) == [("The Vanguard Group", 0, 0.0, None)] and rec.ceased == []
