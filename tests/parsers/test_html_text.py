"""HTML to text: rows on one line, blocks as lines, scripts dropped."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.parsers.html_marks import (DOUBLE_SPACES, LINE_BREAK, NOT_VERBATIM, PROBE,
                                         SQUEEZED, SURE_WORDS, UNSURE_WORDS, WORD_AND_PROBE,
                                         Marks, line_starts)
from graphkit.parsers.html_origin import compose_origin
from graphkit.parsers.html_rows import SPACES, squeeze_spaces
from graphkit.parsers.html_text import (BLANK_CHARS, BLANK_LINES, XML_DECLARATION, _parse,
                                        html_to_text, html_to_text_mapped)
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
    assert NOT_VERBATIM.search("(\u201cAcme") and not NOT_VERBATIM.search("Acme (the Fund)")
    assert [w[w.lastindex] for w in WORD_AND_PROBE.finditer(" (\u201cAcme\u201d), -- \u201c ")] \
        == ["Acme", "--", ""]
    assert XML_DECLARATION.match('<?xml version="1.0"?>')
    assert SPACES.sub(" ", "a \u00a0\t b") == "a b"
    assert BLANK_LINES.sub("\n\n", "a\n\n\n\nb") == "a\n\nb"
    assert not "\n  \u00a0\u200b".strip(BLANK_CHARS) and "\n x".strip(BLANK_CHARS) == "x"
    assert DOUBLE_SPACES.sub(" ", "Inc.  The") == "Inc. The"
    assert [m.end() for m in LINE_BREAK.finditer("ab\nc\r\n")] == [3, 6]
    assert [m[0] for m in SQUEEZED.finditer("a \u00a0b\tc  d")] == [" \u00a0", "  "]
    assert SURE_WORDS.fullmatch("(the Issuer shares),") and not SURE_WORDS.fullmatch("1,000")
    assert UNSURE_WORDS.search("AcmeCo-Acme Acme") and UNSURE_WORDS.search("a \u201c b")
    assert UNSURE_WORDS.search("\u00e9Acme") and not UNSURE_WORDS.search("U.S. Steel 1,000 shares")


# Edge cases of the map, from real filings' habits: entities, squeezed and indented lines, a
# probe inside the word before ("AcmeCo-Acme Acme"), a letter before a probe ("éAcme"), a word
# found first inside another ("Refund Fund"), a table row, a comment, a <pre>
GOLDEN = ("<html><body>\n<p>Acme Holdings, Inc. (the &#8220;Issuer&#8221;) and AcmeCo-Acme Acme\n"
          "    agreed on March 17, 2025.  The Issuer&#8217;s shares\n"
          "    (1,000 000) are held by \u00e9Acme Fund&nbsp;I LP.</p>\n"
          "<table><tr><td>5.</td><td>Sole  Voting\n  Power</td><td>&nbsp;</td><td>1,000</td>"
          "</tr></table>\n<!-- a comment\nspanning lines --><pre>  CUSIP No. 123\n"
          "  Item 1.  Name of Issuer</pre>\n<p>Refund <b>Fund</b>   Fund\tFund</p></body></html>")


def test_golden_map():
    m = html_to_text_mapped(GOLDEN)
    assert m.text == ("Acme Holdings, Inc. (the \u201cIssuer\u201d) and AcmeCo-Acme Acme agreed on "
                      "March 17, 2025. The Issuer\u2019s shares (1,000 000) are held by \u00e9Acme Fund "
                      "I LP.\n\n5. | Sole Voting Power | 1,000\n\n  CUSIP No. 123\n"
                      "  Item 1.  Name of Issuer\n\nRefund Fund Fund Fund")
    assert m.origin.starts == [0, 26, 35, 51, 56, 82, 95, 103, 109, 114, 127, 132, 137, 144, 149,
                               154, 161, 169, 176, 178, 192, 219, 226, 231]
    assert m.origin.offsets == [16, 48, 63, 74, 88, 115, 134, 146, 148, 157, 168, 175, 185, 210,
                                221, 227, 236, 265, 275, 329, 343, 378, 388, 399]
    assert m.origin.lines == [2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 6, 6, 6, 8, 9, 10,
                              10, 10]


TEXT_CHARS = st.sampled_from(list("aZ09 .,-(\"'&<>_\t\r\n") + ["\u00a0", "\u200b", "\u201c",
                                                                  "\u00e9", "\x1c"])


@given(st.text(TEXT_CHARS, max_size=60))
def test_word_and_probe_reads_each_word_and_its_probe(text):
    def probe(word):
        m = re.search(r"[A-Za-z0-9]{1,16}", word) or PROBE.match(word)
        return (m.start(), m.group(0)) if m else (0, "")

    got = [(w.start(), w.start(w.lastindex) - w.start(), w[w.lastindex])
           for w in WORD_AND_PROBE.finditer(text)]
    assert got == [(w.start(), *probe(w.group(0))) for w in re.finditer(r"\S+", text)]


def as_shown(run: re.Match[str]) -> str:
    """A run of spaces as squeezing makes it: one space, or as wide as a browser shows it when
    it holds two no-break spaces or more (typed layout)."""
    spaces = run.group(0)
    if spaces.count("\u00a0") < 2:
        return " "
    return " " * len(re.sub(r"[ \t\r\f\v\u2000-\u200b\u3000]+", " ", spaces))


@given(st.text(TEXT_CHARS, max_size=60))
def test_fast_forms_agree_with_plain_ones(text):
    assert bool(NOT_VERBATIM.search(text)) == bool(re.search(r"[^\x20-\x7e]|[&<>\"']", text))
    assert squeeze_spaces(text) == SPACES.sub(as_shown, text)
    verbatim = text.isascii() and text.isprintable() and not any(c in text for c in "&<>\"'")
    assert verbatim == (NOT_VERBATIM.search(text) is None)  # as html_text._add_text tests it
    if verbatim and text.strip() and "  " not in text:  # and finds the probe
        lead = 1 if text[0] == " " else 0
        assert text[lead:lead + 16].split(" ")[0] == PROBE.match(text, lead)[0]
    assert bool(text and not text.strip(BLANK_CHARS)) == bool(
        re.fullmatch(r"[\n \t\r\f\v\u00a0\u2000-\u200b\u3000]+", text))
    assert line_starts(text) == [0] + [m.end() for m in re.finditer("\n", text)]


WORDS = st.sampled_from(["Acme", "AcmeCo-Acme", "Fund", "Refund", "1,000", "000", "U.S.", "--",
                         "(the", "Issuer's", "\u201cIssuer\u201d", "\u00e9Acme", "x", "Inc.", "\u201c",
                         "Telecommunications", "a-b", "b"])
GAPS = st.sampled_from([" ", " ", " ", "  ", "   ", "\t", "\u00a0", " \u00a0 "])


@settings(max_examples=300)
@given(st.lists(st.tuples(WORDS, GAPS), min_size=1, max_size=8), st.sampled_from(
    ["<p>", "<p>Acme Fund ", "<p style='Acme'>Refund ", "<td>1,000 </td><td>"]))
def test_words_placed_at_once_as_one_by_one(words, before):
    """The shortcuts of Marks (blocks, lines as written) give the map one-by-one finding gives."""
    source = "".join(w + gap for w, gap in words).rstrip()
    html = f"{before}{source}</p>\n  {source}\n</p>"
    piece = SPACES.sub(" ", source)
    origins = []
    for shortcut in (True, False):
        m = Marks(html)
        m.add(0, "", 1), m.add(1, "", 1)  # (the second mark is kept as it is)
        m.mark(piece, 10, 1, False, piece == source, source if shortcut else None)
        later = [(" " + piece, 11 + len(piece), "  " + source, False)]
        if shortcut:
            m.mark_lines(source + "\n  " + source, later, 2)
        else:
            m.mark(*later[0][:2], 2, False, False)
        runs = [(0, 0, 10 + 2 * len(piece) + 2)]
        origins.append((compose_origin(runs, m), m._last))
    assert origins[0] == origins[1]


@settings(max_examples=200)
@given(st.lists(st.tuples(st.sampled_from(["p", "td", "tr", "b", "pre", "br", "div"]), WORDS,
                          st.sampled_from(["", "\n", "\n  ", " ", "&amp; ", "&#8220;"])),
                min_size=1, max_size=12))
def test_map_points_into_its_line(parts):
    html = "<html><body>" + "".join(f"<{t}>{w}{sep}" for t, w, sep in parts) + "</body></html>"
    m = html_to_text_mapped(html)
    starts = line_starts(html)
    assert m.origin.starts[0] == 0 and m.origin.starts == sorted(set(m.origin.starts))
    for offset, line in zip(m.origin.offsets, m.origin.lines):
        end = starts[line] - 1 if line < len(starts) else len(html)
        assert starts[line - 1] <= offset <= end


def test_character_references_of_line_breaks_neither_fail_nor_shift_later_lines():
    # "&#10;" decodes to a line break the HTML does not have: it once failed the conversion
    # (IndexError) and pushed every later text onto lines below its own
    h = "<p>a&#10;&#10;&#10;b</p>\n<p>c</p>\n<p>d &#10; e</p>\n<p>f</p>"
    m = html_to_text_mapped(h)
    assert m.text == "a b\n\nc\n\nd e\n\nf"
    lines = {w: m.origin.locate(m.text.index(w))[1] for w in "acdf"}
    assert lines == {"a": 1, "c": 2, "d": 3, "f": 4}
    assert m.origin.locate(m.text.index("f"))[0] == h.index("f</p>")
    assert all(1 <= ln <= h.count("\n") + 1 for ln in m.origin.lines)


@pytest.mark.parametrize("html,offset", [("<title>T</title>\nab", 17),
                                         ("<script>1</script>\nab", 19),
                                         ("<style>p</style>\n| x", 17)])
def test_text_after_a_dropped_head_is_placed_on_its_own_line(html, offset):
    # review: the body the parser implies gets line 1; the text is on line 2
    m = html_to_text_mapped(html)
    assert m.origin.locate(0) == (offset, 2)


@pytest.mark.parametrize("html", [
    '<html><head><meta charset="windows-1252"></head><body><p>\u201cAcme\u201d \u00e9</p>',
    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n<p>\u2610 x\n'
    '<td>caf\u00e9</td></p>',
    "<p>a\x00b\x01c\x0c</p>\n\n<p>\U0001f600 d</p>",
])
def test_parsed_as_bytes_as_from_a_str(html):
    """The UTF-8 parse reads each document as lxml reads the str: same tree, same lines."""
    def shape(root):
        return [(el.tag, el.sourceline, el.text, el.tail) for el in root.iter()]
    assert shape(_parse(html)) == shape(etree.fromstring(html, etree.HTMLParser()))


# Comments, processing instructions, dropped elements with comments inside, <pre>, a document
# with comments around its root: the map as the event walk of lxml's iterwalk gave it
@pytest.mark.parametrize("html, text, starts, offsets, lines", [
    ("<div>a<noscript><p>x<!-- c\n -->y</p>\n<b>z</b></noscript>tail\n<!--a\nb-->b<br>c<?pi x?>"
     "\nd</div>e", 'atail b\nc d\ne', [0, 1, 6, 8, 10, 12], [5, 56, 71, 76, 86, 93],
     [1, 3, 5, 5, 6, 6]),
    ("<table><tr><td>1<td><p>Sole\n Power</p><script>\nx\n</script></tr></table>\n<pre>a\n  b"
     "</pre>after", '1 | Sole Power\n\na\n  b\nafter', [0, 4, 9, 16, 18, 22],
     [15, 23, 29, 77, 79, 88], [1, 1, 2, 5, 6, 6]),
    ("<!-- top -->\n<html><body><p>one</p><p>two<span>three</span></p></body></html>\n"
     "<!-- end -->\n", 'one\n\ntwothree', [0, 5, 8], [28, 38, 47], [2, 2, 2]),
])
def test_walk_in_document_order(html, text, starts, offsets, lines):
    m = html_to_text_mapped(html)
    assert (m.text, m.origin.starts, m.origin.offsets, m.origin.lines) == (
        text, starts, offsets, lines)
