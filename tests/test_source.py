"""SourceText: line numbers, evidence, and citing an HTML filing through its conversion map."""

from __future__ import annotations

import pytest

from graphkit.parse import _as_text, parse_path
from graphkit.parsers.sgml import split_submission
from graphkit.reading import read_source
from graphkit.source import SourceText, TextOrigin
from tests.conftest import corpus_file


def test_plain_text_evidence():
    src = SourceText(path="f.txt", text="a\nbc\nd", offset=100, line_offset=10)
    ev = src.evidence(2, 6)
    assert (ev.line, ev.end_line, ev.start, ev.end, ev.text) == (12, 13, 102, 106, "bc d")
    assert src.warn("x", "m", 5).line == 13 and src.warn("x", "m").line is None
    assert src.text_pos(ev.start) == 2


def test_counted_lines_agree_with_the_table():
    # the first look-ups count line breaks; later ones use the table of line starts
    text = "a\n\nbc\nd\n"
    counted = SourceText(path="f", text=text, line_offset=3)
    first = [counted.line_of(p) for p in range(-2, len(text) + 3)]
    assert counted._starts is not None  # counted past the text's length: the table is built
    table = SourceText(path="f", text=text, line_offset=3)
    table._line_starts()
    assert first == [table.line_of(p) for p in range(-2, len(text) + 3)]
    assert first[:5] == [4, 4, 4, 4, 5] and first[-1] == 8


def test_origin_locate_and_inverse():
    o = TextOrigin(starts=[0, 10, 20], offsets=[100, 300, 500], lines=[5, 9, 12])
    assert [o.locate(p) for p in (0, 9, 10, 25)] == [(100, 5), (109, 5), (300, 9), (505, 12)]
    assert o.locate(15)[0] == 305 and o.text_pos(305) == 15
    assert TextOrigin(starts=[], offsets=[], lines=[]).locate(3) == (0, 1)


def test_evidence_through_origin_adds_the_document_place():
    o = TextOrigin(starts=[0, 5], offsets=[7, 40], lines=[2, 4])
    src = SourceText(path="s.txt", text="Acme Fund LP", offset=1000, line_offset=50, origin=o)
    ev = src.evidence(5, 12)
    assert (ev.line, ev.end_line, ev.start, ev.end) == (54, 54, 1040, 1047)
    assert src.warn("odd", "m", 0).line == 52
    assert src.text_pos(ev.start) == 5


def test_synthetic_html_cites_html_lines():
    html = ("<html><body>\n<p>Widget Corp. is the issuer.</p>\n<table>\n<tr><td>Acme Fund LP</td>"
            "\n<td>owns</td>\n<td>1,500 shares</td></tr></table>\n<p>Signed\nby Jane Roe</p>")
    doc = SourceText(path="w.txt", text=html, offset=300, line_offset=20)
    text = _as_text(doc)
    for needle in ("Widget", "Acme Fund", "1,500", "by Jane"):
        i = text.text.index(needle)
        ev = text.evidence(i, i + len(needle))
        assert ev.line == 20 + html[:html.index(needle)].count("\n") + 1, needle
        assert html[ev.start - 300:].startswith(needle)


ICAHN = "13d/icahn_bausch_2021_sc13d.txt"
#: Sentences of the filing and the text search that finds their first words in the raw file
SENTENCES = [
    "The persons filing this statement are",
    "The principal business address of each of",
    "NAME OF REPORTING PERSON",
    "Icahn Partners Master Fund LP",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_html_filing_evidence_is_the_raw_file_line(sentence):
    path = corpus_file(ICAHN)
    raw = path.read_text(encoding="utf-8", errors="replace")
    src = read_source(path)
    doc = split_submission(src).documents[0]
    text = _as_text(doc.source)
    i = text.text.index(sentence)
    ev = text.evidence(i, i + len(sentence))
    assert ev.line == raw[:raw.index(sentence)].count("\n") + 1
    assert src.text[ev.start:ev.start + len(sentence)] == sentence


def test_parsed_html_filing_cites_raw_lines():
    path = corpus_file(ICAHN)
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    rec = parse_path(path).records[0]
    cover = [c for c in rec.claims if c.evidence and c.evidence[0].section == "cover page 1"]
    assert cover and "NAME OF REPORTING PERSON" in lines[cover[0].evidence[0].line - 1]
    party = next(p for p in rec.parties if p.name == "Icahn Partners Master Fund LP")
    assert all(p_ev.text.split()[0] in lines[p_ev.line - 1] for p_ev in party.evidence
               if p_ev.section == "cover page")
    signer = next(s for s in rec.signatures if s.signer == "Carl C. Icahn")
    assert "Icahn" in lines[signer.evidence.line - 1]
