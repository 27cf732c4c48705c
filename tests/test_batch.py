"""Batch parsing: folders, workers, reports; failures never stop the batch."""

from __future__ import annotations

import os
import re
import shutil
import sys
import time
from pathlib import Path

import pytest

from graphkit.batch import CHUNK_SIZE, PRELOAD, iter_files, parse_many, write_report
from graphkit.models import ParseReport, ParseStatus
from graphkit.parse import parse_path
from tests.conftest import corpus_file

#: What a made-up file holds to make :func:`crash_on_marker` kill its worker process
CRASH_MARK = "KILL THIS WORKER"


def crash_on_marker(path: str) -> ParseReport:
    """:func:`parse_path`, except that the process dies on a file holding :data:`CRASH_MARK`, as
    a worker killed by the system would (no exception, no report)."""
    if CRASH_MARK in Path(path).read_text(errors="replace"):
        os._exit(3)
    return parse_path(path)


def crash_or_pid(path: str) -> ParseReport:
    """:func:`crash_on_marker`, but the report's reason is the id of the process that read
    ``path`` (no parsing)."""
    if CRASH_MARK in Path(path).read_text(errors="replace"):
        os._exit(3)
    return ParseReport(source=path, status=ParseStatus.PARSED, reason=str(os.getpid()))


def parsers_already_loaded(path: str) -> ParseReport:
    """A report whose reason says which parser modules the process had imported before it
    was given ``path``."""
    loaded = sorted(m for m in PRELOAD if m in sys.modules)
    return ParseReport(source=path, status=ParseStatus.PARSED, reason=" ".join(loaded))


def _folder(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    shutil.copy(corpus_file("13g/pentwater_avis_schedule13ga.xml"), d / "a.xml")
    shutil.copy(corpus_file("form4/tang_tcr2_2023_form4.xml"), d / "sub" / "b.xml")
    (d / "empty.txt").write_text("")
    (d / "10k.txt").write_text("ANNUAL REPORT\nFORM 10-K\n")
    (d / ".hidden").write_text("x")
    return d


def test_iter_files_walks_folders(tmp_path):
    d = _folder(tmp_path)
    assert [p.name for p in iter_files([d])] == ["10k.txt", "a.xml", "empty.txt", "b.xml"]


def test_parse_many_serial_and_parallel_agree(tmp_path):
    d = _folder(tmp_path)
    one = list(parse_many([d]))
    two = list(parse_many([d], workers=2, progress=True))
    assert [(r.source, r.status) for r in one] == [(r.source, r.status) for r in two]
    status = {r.source.rsplit("/", 1)[-1]: r.status for r in one}
    assert status == {"10k.txt": ParseStatus.FAILED, "a.xml": ParseStatus.PARSED,
                      "empty.txt": ParseStatus.FAILED, "b.xml": ParseStatus.PARSED}
    assert sum(len(r.records) for r in two) == 2


def test_write_report(tmp_path):
    d = _folder(tmp_path)
    out = tmp_path / "report.tsv"
    assert write_report(parse_many([d, tmp_path / "missing.txt"]), out) == 5
    lines = out.read_text().splitlines()
    assert lines[0].split("\t")[:3] == ["source", "status", "form"]
    assert any("file not found" in line for line in lines)


def test_a_worker_crash_fails_its_file_only_and_the_batch_goes_on(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    real = ["13g/pentwater_avis_schedule13ga.xml", "form4/tang_tcr2_2023_form4.xml"]
    for i in range(3 * CHUNK_SIZE):  # three chunks; the crash is in the second
        name = f"f{i:03d}.xml"
        if i == CHUNK_SIZE + 5:
            (d / name).write_text(CRASH_MARK)
        else:
            shutil.copy(corpus_file(real[i % 2]), d / name)
    serial = [r for r in parse_many([d]) if r.source.endswith(".xml")]
    reports = list(parse_many([d], workers=2, parse=crash_on_marker))
    assert [Path(r.source).name for r in reports] == [f"f{i:03d}.xml" for i in range(48)]
    crashed = reports[CHUNK_SIZE + 5]
    assert crashed.status is ParseStatus.FAILED
    assert crashed.reason.startswith(f"{d / 'f021.xml'}: worker process crashed")
    others = [(r.source, r.status, r.form, len(r.records)) for r in reports if r is not crashed]
    expect = [(r.source, r.status, r.form, len(r.records)) for r in serial
              if not r.source.endswith("f021.xml")]
    assert others == expect
    assert {r.status for r in reports if r is not crashed} == {ParseStatus.PARSED}


def test_after_a_crash_only_its_chunk_goes_one_file_per_process(tmp_path):
    for i in range(4 * CHUNK_SIZE):
        (tmp_path / f"f{i:03d}.txt").write_text(CRASH_MARK if i == CHUNK_SIZE + 5 else "x")
    reports = list(parse_many([tmp_path], workers=2, parse=crash_or_pid))
    assert len(reports) == 4 * CHUNK_SIZE
    second = reports[CHUNK_SIZE:2 * CHUNK_SIZE]
    pids = [r.reason for i, r in enumerate(second) if i != 5]
    assert len(set(pids)) == CHUNK_SIZE - 1  # the crash's chunk: a process for each file
    assert second[5].status is ParseStatus.FAILED
    later = {r.reason for r in reports[2 * CHUNK_SIZE:]}
    assert len(later) <= 2  # the rest: the two workers of a new pool
    assert not later & set(pids)


def test_workers_start_with_the_parsers_imported(tmp_path):
    # a worker (and a fresh process after a crash) would otherwise compile every parser's
    # patterns again before its first file: seconds of CPU each time
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text("x")
    reports = list(parse_many([tmp_path], workers=2, parse=parsers_already_loaded))
    assert "graphkit.parsers.schedule13_text" in PRELOAD
    assert all(r.reason == " ".join(sorted(PRELOAD)) for r in reports)


#: What a made-up file holds to make :func:`stuck_on_marker` spin as a stuck pattern would
STUCK_MARK = "THIS FILE NEVER ENDS"


def stuck_on_marker(path: str) -> ParseReport:
    """:func:`parse_path`, except that a file holding :data:`STUCK_MARK` never finishes: a
    pattern backtracks on it for years, inside the regex engine, as a pathological input does."""
    if STUCK_MARK in Path(path).read_text(errors="replace"):
        re.match(r"(a+)+b", "a" * 60)
    return parse_path(path)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_file_past_the_time_limit_fails_alone_and_the_batch_goes_on(tmp_path, workers):
    d = _folder(tmp_path)
    (d / "sub" / "stuck.txt").write_text(STUCK_MARK)
    t0 = time.monotonic()
    reports = list(parse_many([d], workers=workers, parse=stuck_on_marker, time_limit=1.0))
    assert time.monotonic() - t0 < 60
    by_name = {Path(r.source).name: r for r in reports}
    stuck = by_name.pop("stuck.txt")
    assert stuck.status is ParseStatus.FAILED
    assert stuck.reason.startswith(f"{d / 'sub' / 'stuck.txt'}: stopped after 1 s, the time "
                                   "limit for one file (in graphkit.batch._parse_limited)")
    assert {n: (r.status, len(r.records)) for n, r in by_name.items()} == {
        "10k.txt": (ParseStatus.FAILED, 0), "a.xml": (ParseStatus.PARSED, 1),
        "empty.txt": (ParseStatus.FAILED, 0), "b.xml": (ParseStatus.PARSED, 1)}


def _three_document_submission(tmp_path) -> Path:
    """A submission of three copies of a real Schedule 13G/A document (sequences 1-3)."""
    text = corpus_file("13g/fjcapital_southernfirst_2024_schedule13ga.txt").read_text()
    start, end = text.index("<DOCUMENT>"), text.index("</DOCUMENT>") + len("</DOCUMENT>")
    copies = [text[start:end].replace("<SEQUENCE>1", f"<SEQUENCE>{n}", 1) for n in (2, 3)]
    f = tmp_path / "three.txt"
    f.write_text(text[:end] + "\n" + "\n".join(copies) + text[end:])
    return f


def test_a_submission_stopped_in_its_second_document_keeps_the_first(tmp_path, monkeypatch):
    import graphkit.parse as parse_module

    f = _three_document_submission(tmp_path)
    whole = parse_path(f)
    assert len(whole.records) == 3
    calls = []
    real = parse_module._parse_one

    def second_document_sticks(src, det, header):
        calls.append(src)
        if len(calls) == 2:
            re.match(r"(a+)+b", "a" * 60)
        return real(src, det, header)

    monkeypatch.setattr(parse_module, "_parse_one", second_document_sticks)
    report = parse_many([f], parse=parse_path, time_limit=0.5).__next__()
    assert report.status is ParseStatus.WARNINGS
    assert len(report.records) == 1 and len(calls) == 2
    assert report.records[0].model_dump() == {
        **whole.records[0].model_dump(), "warnings": report.records[0].model_dump()["warnings"]}
    stopped = [w for w in report.warnings if w.code == "time-limit"]
    assert len(stopped) == 1
    assert stopped[0].message.startswith(
        f"{f}: document 2 (SCHEDULE 13G/A) could not be read: stopped after 0.5 s, the time limit for "
        "one file (in graphkit.parse._read_document); ")
    assert stopped[0].message.endswith("; not read: document 3 (SCHEDULE 13G/A)")


def test_a_stop_after_a_document_is_parsed_still_keeps_the_ones_before(tmp_path, monkeypatch):
    import graphkit.parse as parse_module

    f = _three_document_submission(tmp_path)
    real = parse_module._parse_one
    calls = []

    def stuck_after_parsing_the_second(src, det, header):
        rec = real(src, det, header)
        calls.append(src)
        if len(calls) == 2:  # in the document's wrap-up (exhibits, cut-short check...)
            re.match(r"(a+)+b", "a" * 60)
        return rec

    monkeypatch.setattr(parse_module, "_parse_one", stuck_after_parsing_the_second)
    report = next(parse_many([f], time_limit=0.5))
    assert report.status is ParseStatus.WARNINGS and len(report.records) == 1
    assert report.warnings[0].code == "time-limit"
    assert report.warnings[0].message.endswith("; not read: document 3 (SCHEDULE 13G/A)")
    assert "document 2 (SCHEDULE 13G/A) could not be read: stopped after 0.5 s" in (
        report.warnings[0].message)


def test_a_stop_is_the_reason_when_no_document_was_read(tmp_path, monkeypatch):
    import graphkit.parse as parse_module

    f = _three_document_submission(tmp_path)
    calls = []

    def first_fails_second_sticks(src, det, header):
        calls.append(src)
        if len(calls) == 1:
            raise ValueError("made-up damage")
        re.match(r"(a+)+b", "a" * 60)

    monkeypatch.setattr(parse_module, "_parse_one", first_fails_second_sticks)
    report = next(parse_many([f], time_limit=0.5))
    assert report.status is ParseStatus.FAILED and len(calls) == 2
    assert report.reason.startswith(f"{f}: stopped after 0.5 s, the time limit for one file")
