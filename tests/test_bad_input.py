"""Bad input: every case gives a clear outcome that names the file."""

from __future__ import annotations

import csv
import shutil

import pytest

from graphkit.models import ParseStatus
from graphkit.parse import parse_path
from tests.conftest import SHARED, corpus_file
from tests.cpu_time import cpu_seconds


def _failed(report, path, words):
    assert words, "name the expected reason ('' is in every reason)"
    assert report.status is ParseStatus.FAILED
    assert str(path) in report.reason and words in report.reason, report.reason
    assert report.records == []


def test_truncated_xml_recovers_and_warns():
    path = corpus_file("13d/strome_zivo_2024_schedule13da_truncated.xml")
    r = parse_path(path)
    assert r.status is ParseStatus.WARNINGS
    w = next(w for w in r.warnings if w.code == "xml-damaged")
    assert w.line == 155 and str(path) in w.message and "column 7" in w.message
    rec = r.records[0]
    assert len([c for c in rec.claims if c.relation.value == "beneficial_owner_of"]) == 5
    assert len(rec.signatures) > 0  # text after the damage is still read


def test_xml_cut_short_mid_document(tmp_path):
    text = corpus_file("13g/pentwater_avis_schedule13ga.xml").read_text()
    f = tmp_path / "cut.xml"
    f.write_text(text[: text.index("<items>")])
    r = parse_path(f)
    assert r.status is ParseStatus.WARNINGS and r.records[0].claims
    assert any(str(f) in w.message for w in r.warnings if w.code == "xml-damaged")


def test_xml_with_a_damaged_namespace_keeps_the_rest(tmp_path):
    # random bytes over a namespace uri ("...}..." in it) once made a tag name lxml refuses
    path = corpus_file("13d/arch_venture_schedule13d.xml")
    text = path.read_text()
    f = tmp_path / "damaged.xml"
    f.write_text(text.replace('xmlns="http://www.sec.gov/edgar/common">101',
                              'xmlns="http://www.sec.gNN6?v#*.(#%}"O@04~7b', 1))
    r, clean = parse_path(f), parse_path(path)
    assert r.status is ParseStatus.WARNINGS, r.reason
    assert any(w.code == "xml-damaged" and str(f) in w.message for w in r.warnings)
    rec, ref = r.records[0], clean.records[0]
    assert rec.issuer.name == ref.issuer.name and rec.issuer.cusip == ref.issuer.cusip
    assert [c.shares for c in rec.claims] == [c.shares for c in ref.claims]


def test_submission_cut_short_warns_and_keeps_what_was_read(tmp_path):
    # a download cut short inside the form: the cover pages before the cut are kept, and the
    # record says the rest is missing (before, it parsed "clean" with facts silently lost)
    path = corpus_file("13d/keycolony_intlaircraft_2000_sc13d.txt")
    text = path.read_text()
    f = tmp_path / "cut.txt"
    f.write_text(text[: text.index("ITEM 1. SECURITY AND ISSUER.")])
    r = parse_path(f)
    assert r.status is ParseStatus.WARNINGS
    [w] = [w for w in r.warnings if w.code == "truncated"]
    assert str(f) in w.message and "document 1 (SC 13D)" in w.message
    assert w.line == f.read_text().count("\n") + 1
    shares = sorted(c.shares for c in r.records[0].claims if c.relation.value == "beneficial_owner_of")
    assert shares == [1000, 15000, 29200, 194500]
    assert parse_path(path).status is ParseStatus.PARSED  # the whole file has no such warning


def test_html_page_cut_short_warns(tmp_path):
    # a saved page cut short parsed "clean" with the facts after the cut silently lost
    path = corpus_file("13d/mmcap_cybergy_sc13d.html")
    text = path.read_text()
    f = tmp_path / "cut.html"
    f.write_text(text[: len(text) // 2])
    r = parse_path(f)
    [w] = [w for w in r.warnings if w.code == "truncated"]
    assert str(f) in w.message and "</html>" in w.message
    assert w.line == f.read_text().count("\n") + 1
    assert not any(w.code == "truncated" for w in parse_path(path).warnings)


def test_holder_named_on_two_cover_pages_that_disagree_warns(tmp_path):
    # a block written twice put a second cover page of one holder with other numbers: the
    # numbers not chosen must be warned of (before, the second page's were dropped silently)
    path = corpus_file("13d/keycolony_intlaircraft_2000_sc13d.txt")
    lines = path.read_text().split("\n")
    page = lines[119:178]  # the first cover page (Key Colony Fund, L.P.), lines 120-178
    assert "Key Colony Fund" in "\n".join(page) and "194,500" in "\n".join(page)
    again = [ln.replace("194,500", "94,500").replace("4.6%", "2.2%") for ln in page]
    f = tmp_path / "twice.txt"
    f.write_text("\n".join(lines[:178] + again + lines[178:]))
    r = parse_path(f)
    conflicts = [w.message for w in r.warnings if w.code == "value-conflict"]
    assert any("Key Colony Fund" in m and "overruled" in m for m in conflicts), r.warnings


def test_cover_page_whose_name_is_lost_warns_and_gives_its_values_to_no_one(tmp_path):
    # the name cell of the second cover page blanked (a torn page): its values must not go to
    # the page before, nor to row 2's "if a Member of a Group" read as a name
    path = corpus_file("13d/keycolony_intlaircraft_2000_sc13d.txt")
    text = path.read_text()
    label = "Name of Reporting Person                   Lieblong Transport, Inc."
    line = text[:text.index(label)].count("\n") + 1  # 183: the page's row 1
    f = tmp_path / "torn.txt"
    f.write_text(text.replace(label, "Name of Reporting Person", 1))
    r = parse_path(f)
    [w] = [w for w in r.warnings if w.code == "unnamed-cover"]
    assert str(f) in w.message and "(29,200)" in w.message and w.line == line == 183
    rec = r.records[0]
    names = {p.id: p.name for p in rec.parties}
    held = {names[c.source]: c.shares for c in rec.claims if c.relation.value == "beneficial_owner_of"}
    assert held == {"Key Colony Fund, L.P.": 194500, "Paul Spann": 1000, "Alex R. Lieblong": 15000}
    assert not any("Member of a Group" in n for n in names.values())


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("")
    _failed(parse_path(f), f, "empty file")


def test_binary_file(tmp_path):
    f = tmp_path / "scan.pdf.txt"
    f.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00")
    _failed(parse_path(f), f, "binary file")


def test_cp1252_and_mojibake_filing(tmp_path):
    text = corpus_file("form4/tang_tcr2_2023_form4.xml").read_text()
    f = tmp_path / "cp.xml"
    f.write_bytes(text.replace("TANG KEVIN C", "TANG K\u00c9VIN C").encode("cp1252"))
    r = parse_path(f)
    assert r.status is ParseStatus.WARNINGS and "encoding" in r.reason
    g = tmp_path / "moji.xml"
    g.write_text(text.replace("TANG KEVIN C", "TANG K\u00c3\u0089VIN C"), encoding="utf-8")
    r2 = parse_path(g)
    assert r2.status is ParseStatus.WARNINGS and "mojibake" in r2.reason
    assert "TANG KÉVIN C" in [p.name for p in r.records[0].parties]
    assert "TANG KÉVIN C" in [p.name for p in r2.records[0].parties]


def test_fifty_megabyte_submission(tmp_path):
    """A 50 MB submission: the form (first) is read, the huge exhibit is cut, memory bounded."""
    head = corpus_file("13g/fjcapital_southernfirst_2024_schedule13ga.txt").read_text()
    end = head.index("</SEC-DOCUMENT>")
    f = tmp_path / "big.txt"
    with f.open("w") as fh:
        fh.write(head[:end])
        fh.write("<DOCUMENT>\n<TYPE>EX-99\n<SEQUENCE>2\n<TEXT>\n")
        line = "M" + "x" * 60 + "\n"
        fh.write(line * (50 * 1024 * 1024 // len(line)))
        fh.write("</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    assert f.stat().st_size > 50 * 1024 * 1024
    with cpu_seconds() as spent:
        r = parse_path(f)
    assert spent() < 20
    assert r.status is ParseStatus.WARNINGS and len(r.records) == 1
    w = next(w for w in r.warnings if w.code == "large-file")
    assert str(f) in w.message


def test_no_cover_page(tmp_path):
    f = tmp_path / "nocover.xml"
    f.write_text('<edgarSubmission xmlns="http://www.sec.gov/edgar/schedule13g"><headerData>'
                 "<submissionType>SCHEDULE 13G</submissionType></headerData><formData/>"
                 "</edgarSubmission>")
    _failed(parse_path(f), f, "without an issuer")


def test_sgml_without_primary_document(tmp_path):
    text = corpus_file("13g/blackrock_montrosa_2025_schedule13g.txt").read_text()
    a, b = text.index("<DOCUMENT>"), text.index("</DOCUMENT>") + len("</DOCUMENT>")
    f = tmp_path / "exhibits_only.txt"
    f.write_text(text[:a] + text[b:])
    _failed(parse_path(f), f, "no primary document")


def test_unsupported_form(tmp_path):
    f = tmp_path / "annual.txt"
    f.write_text("UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nFORM 10-K\n"
                 "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)\n")
    _failed(parse_path(f), f, "no supported form")
    g = tmp_path / "10k.txt"
    g.write_text("<SEC-DOCUMENT>x\n<SEC-HEADER>x\nCONFORMED SUBMISSION TYPE:\t10-K\n"
                 "</SEC-HEADER>\n<DOCUMENT>\n<TYPE>10-K\n<TEXT>\nAnnual report\n</TEXT>\n"
                 "</DOCUMENT>\n")
    _failed(parse_path(g), g, "'10-K' is not a supported form")


#: Corpus files expected to fail, with words of the expected reason (none: every filing gives
#: records; a parser that is missing or fails to import fails this test).
EXPECTED_FAILURES: dict[str, str] = {}


def test_every_corpus_file_gives_a_report():
    manifest = SHARED / "corpus" / "MANIFEST.tsv"
    if not manifest.exists():
        pytest.skip("../shared/corpus absent")
    rows = list(csv.DictReader(manifest.open(), delimiter="\t"))
    assert len(rows) == 64
    for row in rows:  # a missing parser fails the filings it reads: it is not skipped
        path = SHARED / "corpus" / row["file"]
        r = parse_path(path)  # never raises
        assert r.source == str(path)
        if r.status is ParseStatus.FAILED:
            assert str(path) in r.reason
            assert row["file"] in EXPECTED_FAILURES, (row["file"], r.reason)
            assert EXPECTED_FAILURES[row["file"]] in r.reason, r.reason
        else:
            assert r.records and all(rec.issuer for rec in r.records)


def test_manifest_itself_is_reported_not_raised(tmp_path):
    f = tmp_path / "MANIFEST.tsv"
    shutil.copy(corpus_file("MANIFEST.tsv"), f)
    # detected by its "SCHEDULE 13G" notes, then the text parser finds no cover page
    _failed(parse_path(f), f, "no cover page, issuer or items found")
