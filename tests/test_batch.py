"""Batch parsing: folders, workers, reports; failures never stop the batch."""

from __future__ import annotations

import shutil

from graphkit.batch import iter_files, parse_many, write_report
from graphkit.models import ParseStatus
from tests.conftest import corpus_file


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
