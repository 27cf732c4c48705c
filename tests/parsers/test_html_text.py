"""HTML to text: rows on one line, blocks as lines, scripts dropped."""

from __future__ import annotations

from graphkit.parsers.html_text import BLANK_LINES, SPACES, XML_DECLARATION, html_to_text
from graphkit.reading import read_source
from tests.conftest import corpus_file


def test_browser_saved_page():
    text = html_to_text(read_source(corpus_file("13d/mmcap_cybergy_sc13d.html")).text)
    assert "function(" not in text and "<script" not in text
    assert "13 | PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (11) 62.9%" in text
    assert "1 | NAME OF REPORTING PERSON MMCAP International Inc. SPC" in text


def test_cover_table_rows_stay_together():
    text = html_to_text(read_source(corpus_file("13g/millennium_livent_2024_sc13g.html")).text)
    assert "11 | PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (9) 0.0%" in text
    assert "LIVENT CORPORATION\n\n(Name of Issuer)" in text


def test_pre_and_entities():
    assert html_to_text("<html><body><pre>A  &amp; B\n  C</pre></body></html>") == "A  & B\n  C"
    assert html_to_text("<p>R&eacute;sum&eacute;&nbsp;x</p><p>y</p>") == "Résumé x\n\ny"


def test_layout_table_keeps_its_lines():
    body = "".join(f"<p>paragraph {i} " + "word " * 30 + "</p>" for i in range(10))
    text = html_to_text(f"<table><tr><td>{body}</td></tr></table>")
    assert text.count("\n") >= 9


def test_empty_and_declaration():
    assert html_to_text("") == ""
    assert html_to_text('<?xml version="1.0" encoding="utf-8"?><p>x</p>') == "x"


def test_patterns():
    assert XML_DECLARATION.match('<?xml version="1.0"?>')
    assert SPACES.sub(" ", "a \u00a0\t b") == "a b"
    assert BLANK_LINES.sub("\n\n", "a\n\n\n\nb") == "a\n\nb"
