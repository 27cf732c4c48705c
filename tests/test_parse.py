"""End-to-end: parse_path on real filings, compared with reviewed golden files.

Each ``tests/golden/*.json`` was generated from the filing named in it and checked by hand
against the filing text (issuer, CIK, CUSIP, dates, each reporting person's numbers and type
codes, relationships). Claims read from structured fields must match exactly; claims read from
prose (``"prose": true``) are listed as *must be found*, so better prose reading may add more.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphkit.models import FilingRecord, ParseStatus
from graphkit.parse import parse_path, parse_source, primary_documents
from graphkit.parsers.sgml import split_submission
from graphkit.reading import read_source
from tests.conftest import corpus_file

GOLDEN = Path(__file__).parent / "golden"


def summarize(rec: FilingRecord) -> dict:
    """The reviewed facts of a record, in a stable JSON-friendly shape."""
    cik = lambda p: next((i.value for i in p.identifiers if i.scheme.value == "cik"), None)  # noqa
    name = lambda pid: rec.party(pid).name  # noqa: E731
    claims = []
    for c in rec.claims:
        prose = bool(c.evidence) and c.evidence[0].section == "prose"
        claims.append({k: v for k, v in {
            "relation": c.relation.value, "source": name(c.source), "target": name(c.target),
            "shares": c.shares, "percent": c.percent, "sole_voting": c.sole_voting,
            "shared_voting": c.shared_voting, "sole_dispositive": c.sole_dispositive,
            "shared_dispositive": c.shared_dispositive, "title": c.title,
            "direct": c.direct, "note": c.note if not prose else None,
            "prose": prose or None}.items() if v is not None})
    return {
        "form": rec.form, "family": rec.family.value, "document": rec.document,
        "accession_number": rec.accession_number,
        "issuer": {"name": rec.issuer.name, "cik": rec.issuer.cik, "cusip": rec.issuer.cusip}
        if rec.issuer else None,
        "event_date": str(rec.event_date) if rec.event_date else None,
        "filed_date": str(rec.filed_date) if rec.filed_date else None,
        "parties": [{"name": p.name, "kind": p.kind.value, "cik": cik(p),
                     "roles": [r.value for r in p.roles], "type_codes": p.type_codes}
                    for p in rec.parties if "named" not in [r.value for r in p.roles]],
        "claims": claims,
    }


GOLDEN_FILES = sorted(p.name for pat in ("xml13_*.json", "form4_*.json") for p in GOLDEN.glob(pat))


@pytest.mark.parametrize("golden", GOLDEN_FILES)
def test_golden(golden: str) -> None:
    expected = json.loads((GOLDEN / golden).read_text())
    report = parse_path(corpus_file(expected["file"]))
    assert report.status is not ParseStatus.FAILED, report.reason
    assert len(report.records) == 1
    got = summarize(report.records[0])
    want = expected["record"]
    structured = [c for c in got["claims"] if not c.get("prose")]
    assert structured == [c for c in want["claims"] if not c.get("prose")]
    assert {k: v for k, v in got.items() if k != "claims"} == \
        {k: v for k, v in want.items() if k != "claims"}
    missing = [c for c in want["claims"] if c.get("prose") and c not in got["claims"]]
    if missing:  # prose reading lives in graphkit.parsers.prose; report, do not hide
        pytest.xfail(f"reviewed prose claim(s) not found by prose.py: {missing}")


def test_golden_count() -> None:
    assert len(GOLDEN_FILES) >= 8


def test_xml_primary_with_rendered_copies_gives_one_record() -> None:
    """A submission carrying the form as XML and as an HTML copy yields the XML record once."""
    src = read_source(corpus_file("13g/fjcapital_southernfirst_2024_schedule13ga.txt"))
    start = src.text.index("<DOCUMENT>")
    end = src.text.index("</DOCUMENT>") + len("</DOCUMENT>")
    copy = ("\n<DOCUMENT>\n<TYPE>SCHEDULE 13G/A\n<SEQUENCE>2\n<FILENAME>xslSCHEDULE_13G_X01/"
            "primary_doc.html\n<TEXT>\n<html><body><p>SCHEDULE 13G</p><p>(Amendment No. 2)</p>"
            "</body></html>\n</TEXT>\n</DOCUMENT>\n")
    doubled = src.text[:end] + copy + src.text[end:]
    from graphkit.source import SourceText
    both = SourceText(path=src.path, text=doubled)
    chosen = primary_documents(split_submission(both))
    assert [d.filename for d, _ in chosen] == ["primary_doc.xml"]
    assert len(parse_source(both)) == 1
    assert start < end


def test_exhibits_and_pdfs_are_not_parsed() -> None:
    sub = split_submission(read_source(corpus_file("13g/askeladden_fitlife_2025_schedule13g.txt")))
    assert [d.binary for d in sub.documents] == [False, True, False]
    assert [d.filename for d, _ in primary_documents(sub)] == ["primary_doc.xml"]


def test_sgml_record_evidence_points_into_the_submission() -> None:
    path = corpus_file("13g/fjcapital_southernfirst_2024_schedule13ga.txt")
    rec = parse_path(path).records[0]
    lines = path.read_text().splitlines()
    ev = rec.parties[1].evidence[0]
    assert "<reportingPersonName>FJ Capital Management LLC<" in lines[ev.line - 1]
    assert "coverPageHeaderReportingPersonDetails" in lines[rec.claims[0].evidence[0].line - 1]


def test_thirteen_g_without_event_date_warns_and_says_what_dates_it():
    """1996 cover pages print no date of event: claims fall back to the signature date, and
    both the parse report and the graph say so."""
    from graphkit.pipeline import build

    path = corpus_file("13g/carlmarks_piperjaffray_1996_sc13g.txt")
    report = parse_path(path)
    (w,) = [w for w in report.warnings if w.code == "no-event-date"]
    assert "signature date" in w.message and w.source == str(path)
    G = build([path]).graph
    bases = {d["as_of_basis"] for *_, d in G.edges(data=True) if d["relation"]
             == "beneficial_owner_of"}
    assert bases == {"signature"}


def test_a_document_that_trips_its_parser_keeps_the_other_documents(monkeypatch):
    """A parser bug on one document of a submission loses only that document."""
    import graphkit.parse as parse_mod

    path = corpus_file("13g/askeladden_fitlife_2025_schedule13g.txt")
    calls = []
    real = parse_mod._parse_one

    def flaky(src, det, header):
        calls.append(det.kind)
        if len(calls) == 1:
            raise KeyError("boom")
        return real(src, det, header)

    monkeypatch.setattr(parse_mod, "_parse_one", flaky)
    # the XML primary document twice: the first reading trips, the second must survive
    monkeypatch.setattr(parse_mod, "primary_documents", lambda sub: primary_documents(sub) * 2)
    report = parse_path(path)
    assert report.status.value == "parsed_with_warnings"
    assert len(report.records) == 1
    (w,) = [w for w in report.warnings if w.code == "document-failed"]
    assert "KeyError" in w.message and "boom" in w.message



def test_parsing_in_threads_gives_what_parsing_in_turn_gives() -> None:
    # the parse keeps per-text caches at module level (sentences, case folds): library callers
    # parsing from threads (a notebook, a server) must get the same records, and no failure
    from concurrent.futures import ThreadPoolExecutor

    from tests.conftest import CORPUS
    if not CORPUS.exists():
        pytest.skip("../shared/corpus not present")
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file()) * 3

    def dump(p: Path) -> str:
        return parse_path(p).model_dump_json(exclude={"seconds"})

    in_turn = [dump(p) for p in files]
    with ThreadPoolExecutor(8) as pool:
        threaded = list(pool.map(dump, files))
    assert [f.name for f, a, b in zip(files, in_turn, threaded) if a != b] == []


#: harvest28/goldman_novell_1995_sc13g.txt, the SC 13G's <TEXT> wrapped in <html><pre>, its
#: Item 7 exhibit (EX-99.2) left as typed text
GOLDMAN_PRE = Path(__file__).parent / "fixtures" / "filings" / "hx46" / \
    "goldman_novell_1995_sc13g_pre.txt"


def test_html_13g_reads_its_item7_exhibit():
    """An HTML 13G's Item 7 exhibit names the subsidiary, as for a text 13G (it was read only
    for a typed primary document)."""
    rec = parse_path(GOLDMAN_PRE).records[0]
    name = {p.id: p.name for p in rec.parties}
    links = {(name[c.source], c.relation.value, name[c.target]) for c in rec.claims}
    assert ("The Goldman Sachs Group, L.P.", "parent_of", "Goldman, Sachs & Co.") in links
    assert {(n, c.shares, c.percent) for n, c in ((name[c.source], c) for c in rec.claims)
            if c.relation.value == "beneficial_owner_of"} == {
        ("The Goldman Sachs Group, L.P.", 19851448, 5.5), ("Goldman, Sachs & Co.", 19851448, 5.5)}
