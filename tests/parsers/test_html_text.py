"""HTML to text: rows on one line, blocks as lines, scripts dropped."""

from __future__ import annotations

import re

import pytest

from graphkit.parsers.html_text import (BLANK_LINES, NOT_VERBATIM, PROBE, SPACES, WORD,
                                        WORD_PROBE, XML_DECLARATION, html_to_text,
                                        html_to_text_mapped)
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


def test_text_after_comments_and_scripts_is_kept_once():
    html = "<p>Page<!-- field: page --> 2 of 9<script>x()</script> Pages</p>"
    assert html_to_text(html) == "Page 2 of 9 Pages"


SYNTHETIC = """<html>
<head><title>t</title>
<style>p { color: red }
</style></head>
<body>
<p class="x"
   style="y">Acme Widget Holdings, Inc. (the &#8220;Issuer&#8221;)
is a Delaware corporation.</p>
<table>
<tr><td>5.</td>
<td>Sole Voting Power</td><td>&nbsp;</td>
<td>1,000</td></tr>
</table>
<!-- a comment
spanning lines -->
<pre>  CUSIP No. 123
  Item 1.  Name of Issuer</pre>
</body></html>"""


def _raw_line(html: str, needle: str) -> int:
    return html[:html.index(needle)].count("\n") + 1


@pytest.mark.parametrize("needle", ["Acme", "Issuer", "is a Delaware", "5.", "Sole Voting",
                                    "1,000", "CUSIP", "Item 1."])
def test_map_gives_the_html_line_and_offset(needle):
    m = html_to_text_mapped(SYNTHETIC)
    offset, line = m.origin.locate(m.text.index(needle))
    assert line == _raw_line(SYNTHETIC, needle)
    assert SYNTHETIC.startswith(needle, offset)


def test_map_of_declaration_and_empty():
    html = '<?xml version="1.0"?>\n<html><body>\n<p>Acme</p></body></html>'
    m = html_to_text_mapped(html)
    assert (m.text, m.origin.locate(0)) == ("Acme", (html.index("Acme"), 3))
    assert html_to_text_mapped("").text == ""


def test_corpus_map_lines_are_exact():
    html = read_source(corpus_file("13g/millennium_livent_2024_sc13g.html")).text
    m = html_to_text_mapped(html)
    lines = html.split("\n")
    for w in re.finditer(r"[A-Z][a-z]{3,}", m.text):
        offset, line = m.origin.locate(w.start())
        assert w.group(0) in lines[line - 1]
        assert html.count("\n", 0, offset) + 1 == line


def test_patterns():
    assert PROBE.match("Issuer&nbsp;Name")[0] == "Issuer"
    assert WORD_PROBE.search("(\u201cAcme\u201d),")[0] == "Acme"
    assert NOT_VERBATIM.search("(\u201cAcme") and not NOT_VERBATIM.search("Acme (the Fund)")
    assert [w[0] for w in WORD.finditer(" a  b\tc ")] == ["a", "b", "c"]
    assert XML_DECLARATION.match('<?xml version="1.0"?>')
    assert SPACES.sub(" ", "a \u00a0\t b") == "a b"
    assert BLANK_LINES.sub("\n\n", "a\n\n\n\nb") == "a\n\nb"
