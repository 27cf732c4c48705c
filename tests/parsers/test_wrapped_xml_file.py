"""A standalone XML filing saved with EDGAR's ``<XML>`` wrapper still on (as it stands inside a
submission's ``<TEXT>``) is read as the bare XML is: the real harvested Advantagene Form D of
2015 failed with "no supported form found". Here real corpus filings are wrapped the same way.
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.sgml import WRAPPED_XML_FILE, unwrap_file
from graphkit.source import SourceText
from tests.conftest import corpus_file

REAL = ["formd_xml/apfund_iv_belltower_2023_d.xml", "form4/tang_tcr2_2023_form4.xml"]


def _claims(report) -> list[tuple]:
    return [(c.relation.value, c.source, c.target, c.shares, c.title, c.note)
            for rec in report.records for c in rec.claims]


@pytest.mark.parametrize("name", REAL)
@pytest.mark.parametrize("closing", ["</XML>\n", ""])  # a wrapper cut short: to the end
def test_wrapped_filing_reads_as_the_bare_one(tmp_path, name, closing):
    bare = corpus_file(name)
    text = bare.read_text(encoding="utf-8")
    wrapped = tmp_path / bare.name
    wrapped.write_text("<XML>\n" + text + ("\n" if not text.endswith("\n") else "") + closing,
                       encoding="utf-8")
    got, want = parse_path(wrapped), parse_path(bare)
    assert got.status == want.status and got.form == want.form
    assert _claims(got) == _claims(want) and _claims(got)
    # evidence cites the wrapped file's own lines: one more than the bare file's
    lines = [e.line for rec in got.records for c in rec.claims for e in c.evidence]
    assert lines == [e.line + 1 for rec in want.records for c in rec.claims for e in c.evidence]


def test_pattern_needs_xml_right_after_the_wrapper():
    assert WRAPPED_XML_FILE.match("\ufeff<XML>\n<?xml version='1.0'?><ownershipDocument/>")
    assert WRAPPED_XML_FILE.match("<XML>\n<edgarSubmission>")
    assert not WRAPPED_XML_FILE.match("<XML>\nSCHEDULE 13G")       # no XML form inside
    assert not WRAPPED_XML_FILE.match("<SEC-DOCUMENT>\n<XML>\n<?xml")  # a submission
    assert unwrap_file(SourceText(path="x.txt", text="SCHEDULE 13G")) is None
