"""HTML filings to plain text that the text parsers can read.

EDGAR HTML comes in many hands: typeset cover pages built from tables, ASCII text wrapped in
``<pre>``, SEC-rendered XML views, and pages saved from a browser with the site's scripts still in
them. :func:`html_to_text` turns all of them into text where

* each table row is one line, its non-empty cells joined by ``" | "`` (so "Sole Voting Power |
  1,000" stays together, as on the printed page);
* block elements (p, div, headings, list items, br, hr) start new lines;
* entities are decoded, no-break spaces become spaces, runs of blank lines are squeezed;
* ``<script>``, ``<style>``, ``<head>``, comments and other non-content are dropped;
* ``<pre>`` keeps its own line breaks and spacing;
* a footnote mark typeset as a superscript is written in brackets, "1,000(1)", never glued on
  as "1,0001" (:mod:`graphkit.parsers.html_superscripts`).

The converted text has its own lines; :func:`html_to_text_mapped` also returns a
:class:`~graphkit.source.TextOrigin` mapping every part of it back to the line and character
offset of the HTML it came from, so evidence cites the filing as published. The map is exact to
the line (lxml's ``sourceline`` of each element, plus the line breaks inside each text) and
close to the character (each line's text is found again in its source line, by
:mod:`graphkit.parsers.html_marks`).

Examples
--------
>>> html_to_text("<p>Name of Issuer</p><table><tr><td>5.</td><td>Sole Voting Power</td>"
...              "<td>&nbsp;</td><td>1,000</td></tr></table><script>x=1</script>")
'Name of Issuer\\n\\n5. | Sole Voting Power | 1,000'
>>> html_to_text("<p>Item 1<!-- page 2 --> Security<script>x()</script> Title</p>")
'Item 1 Security Title'
>>> html_to_text("<pre>  CUSIP No.  123\\n  Item 1</pre>")
'  CUSIP No.  123\\n  Item 1'
>>> m = html_to_text_mapped("<html><body>\\n<p>Name of\\nIssuer</p>\\n<p>Acme &amp; Co.</p>")
>>> m.text
'Name of Issuer\\n\\nAcme & Co.'
>>> [m.origin.locate(m.text.index(w)) for w in ("Name", "Issuer", "Acme")]
[(16, 2), (24, 3), (38, 4)]
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from typing import Any

from lxml import etree

from graphkit import regex_cache
from graphkit.parsers.html_marks import Marks
from graphkit.parsers.html_origin import compose_origin
from graphkit.parsers.html_superscripts import MARK_DIGITS, footnote_mark
from graphkit.parsers.html_rows import (CELL_MARK, COLLAPSING, SOFT_BREAK, join_rows,
                                        squeeze_spaces)
from graphkit.source import TextOrigin

#: Elements that break lines before and after.
BLOCK_TAGS = frozenset("""
    p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tbody thead tfoot caption blockquote center
    pre hr address section article header footer form fieldset page document text type sequence
    filename description title body html
""".split())

#: Elements whose content is never filing text.
DROP_TAGS = frozenset("script style head noscript iframe object embed svg template button "
                      "select option nav".split())

#: A leading XML declaration, which lxml refuses in a str, e.g. '<?xml version="1.0"?>'
XML_DECLARATION = regex_cache.compile(r"""\A\s*<\?xml[^>]*\?>""", re.VERBOSE)

#: The characters of a text made only of :data:`SPACES` and line breaks, e.g. the "\n    "
#: between two tags: outside ``<pre>`` it reads as one space and marks nothing
BLANK_CHARS = "\n \t\r\f\v\u00a0" + "".join(map(chr, range(0x2000, 0x200c))) + "\u3000"

#: The no-break space: two or more in a text of spaces are typed layout, kept as wide as shown
NBSP = "\u00a0"

#: Three or more line breaks (with only spaces between), squeezed to one blank line
BLANK_LINES = regex_cache.compile(r"""\n(?:[ \t]*\n){2,}""", re.VERBOSE)


@dataclass(frozen=True)
class MappedText:
    """Converted text and the map from its positions to the HTML it came from."""

    text: str
    origin: TextOrigin


# What an element does to the raw stream (see _walk)
_OTHER, _DROP, _CELL_TAG, _PRE, _BLOCK, _BR = range(6)

#: What each tag seen so far does ("TD" -> _CELL_TAG), so each is worked out once
_TAG_KINDS: dict[object, int] = {}
#: Most distinct tags :data:`_TAG_KINDS` remembers (a page of made-up tags cannot grow it further)
_TAG_KINDS_MAX = 4096

#: Each thread's HTML parsers: one for a str, and one for the document as UTF-8 bytes, which
#: libxml2 reads faster (it ignores a ``<meta charset>`` alike, as the encoding is given; no
#: table of ``id`` attributes). libxml2 parser state is never shared between threads: a parser
#: shared by threads parsing at once (a notebook, a server, the threaded test) can abort.
_THREAD = threading.local()


def _parsers() -> tuple[etree.HTMLParser, etree.HTMLParser]:
    """This thread's ``(str parser, UTF-8 parser)``, made on first use."""
    made = getattr(_THREAD, "parsers", None)
    if made is None:
        made = _THREAD.parsers = (etree.HTMLParser(),
                                  etree.HTMLParser(encoding="utf-8", collect_ids=False))
    return made


def _parse(body: str) -> etree._Element | None:
    """The document ``body`` parsed (None when lxml finds none), read as UTF-8 bytes if it can be.

    >>> _parse("<p>Acme</p>")[0][0].text, _parse("<p>" + chr(0xD800) + "</p>").tag
    ('Acme', 'html')
    """
    try:
        data = body.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: the str parser reads it as it always did
        return etree.fromstring(body, _parsers()[0])
    return etree.fromstring(data, _parsers()[1])


#: The line breaks in each blank text (only :data:`BLANK_CHARS`) seen so far, e.g. 1 for the
#: "\n    " between two tags: the same few indentations come between the tags of every filing,
#: and a look-up costs less than counting and stripping each again
_BLANK_BREAKS: dict[str, int] = {}
#: Most distinct blank texts :data:`_BLANK_BREAKS` remembers
_BLANK_BREAKS_MAX = 4096


def _blank_breaks(text: str) -> int:
    """The line breaks in the blank ``text``, remembered in :data:`_BLANK_BREAKS` if short.

    >>> _blank_breaks("\\n  \\n    "), _BLANK_BREAKS["\\n  \\n    "]
    (2, 2)
    """
    breaks = text.count("\n")
    if len(text) <= 80 and len(_BLANK_BREAKS) < _BLANK_BREAKS_MAX:
        _BLANK_BREAKS[text] = breaks
    return breaks


def _tag_kind(tag: object) -> int | None:
    """What an element with ``tag`` does to the raw stream; None for comments and the like.

    >>> [_tag_kind(t) for t in ("TD", "p", "br", "span", "{urn:x}SCRIPT")]
    [2, 4, 5, 0, 1]
    """
    kind = _TAG_KINDS.get(tag)
    if kind is not None or not isinstance(tag, str):
        return kind
    name = tag.lower().split("}")[-1]
    kind = (_DROP if name in DROP_TAGS else _CELL_TAG if name in ("td", "th") else
            _PRE if name == "pre" else _BLOCK if name in BLOCK_TAGS or name == "tr" else
            _BR if name == "br" else _OTHER)
    if len(_TAG_KINDS) < _TAG_KINDS_MAX:
        _TAG_KINDS[tag] = kind
    return kind


def _skip_inside(el: etree._Element, nodes: Iterator[object]) -> int:
    """Take the descendants of ``el`` from ``nodes`` (which comes to them next); returns the
    line breaks in its content (texts, comments and tails of its descendants)."""
    n = (el.text or "").count("\n")
    for d, _ in zip(el.iterdescendants(), nodes):  # the same nodes, in the same order
        n += (d.text or "").count("\n") + (d.tail or "").count("\n")
    return n


class _DocumentEnd:
    """Follows the last node of a document in :func:`_walk`: it has no parent, so every element
    still open ends before it."""

    tag = None

    @staticmethod
    def getparent() -> None:
        """None: no element holds it."""
        return None


_DOCUMENT_END = _DocumentEnd()


#: The largest line number libxml2 gives an element (``sourceline``); lines past it read as it
SOURCELINE_MAX = 65535


def _written_on(marks: Marks, line: int, tag: object) -> bool:
    """Whether the HTML's ``line`` holds a start tag ``tag``: the element was written there,
    not implied by the parser (an implied ``<body>`` gets a line before its text).

    >>> _written_on(Marks("<p>a\\n<P class=x>b"), 2, "p"), _written_on(Marks("a\\nb"), 1, "body")
    (True, False)
    """
    if not isinstance(tag, str):
        return False
    starts = marks.line_starts
    lo = starts[line - 1] if line - 1 < len(starts) else len(marks.html)
    hi = starts[line] if line < len(starts) else len(marks.html)
    return f"<{tag}" in marks.html[lo:hi].lower()


def _walk(root: etree._Element, marks: Marks) -> str:
    """The raw stream (cells and soft breaks marked); ``marks`` gets where its text runs were read.

    The nodes come in document order from lxml's ``iter()`` (one step per node, in C, rather
    than a start and an end event each); an element ends where a node comes that it does not
    hold, found by the node's parent. Each step writes out the text before it (the text of the
    node before, or the tail of an element that ended) and the elements that ended, then starts
    its node.

    The HTML line of a text is tracked with a cursor: an element's ``sourceline`` (the line of
    its start tag's end, where its text begins) moves it forward, and every line break inside a
    text moves it one line on. Outside ``<pre>``, a text made only of spaces is one space (the
    common case, done here); any other text goes through :func:`_add_text`.
    """
    out: list[str] = []
    put = out.append
    kinds = _TAG_KINDS
    blank_breaks = _BLANK_BREAKS
    opened: list[tuple[Any, int | None]] = []  # the open elements around ``top``, with kinds
    top: Any = None  # the innermost open element (or comment), None before the root
    top_kind: int | None = None  # what it does at its end
    text: str | None = None  # the text to write out next
    size = 0  # length of the raw stream so far
    cursor = 1  # current line of the HTML
    pre = 0  # depth of open <pre>
    cells = 0  # depth of open table cells
    nodes = chain(root.iter(), (_DOCUMENT_END,))
    for el in nodes:
        parent = el.getparent()
        while True:  # the text before el, then the end and tail of each element el is not in
            if text:
                breaks = blank_breaks.get(text)  # a blank text seen before: its line breaks
                if pre or breaks is None and (text.strip(BLANK_CHARS) or text.count(NBSP) > 1):
                    size = _add_text(text, cursor, size, pre, out, marks)
                    cursor += text.count("\n")
                else:  # the most common text: layout between tags, one space
                    put(" ")
                    size += 1
                    cursor += _blank_breaks(text) if breaks is None else breaks
            if top is parent:
                break
            if top_kind == _CELL_TAG:
                put(CELL_MARK)
                size += 1
                cells -= 1
            elif top_kind == _BLOCK or top_kind == _PRE:
                if top_kind == _PRE:
                    pre -= 1
                put(SOFT_BREAK if cells and not pre else "\n")
                size += 1
            text = top.tail
            top, top_kind = opened.pop()
        tag = el.tag
        kind = kinds.get(tag)
        if kind is None:
            kind = _tag_kind(tag)
            if kind is None:  # a comment, processing instruction or entity: no content
                text = None
                if tag is etree.Comment or tag is etree.PI:  # the text after it is (not so
                    # after an entity); libxml2 gives a comment the line where it ends
                    cursor = max(cursor + (el.text or "").count("\n"), el.sourceline or 0)
                    opened.append((top, top_kind))
                    top, top_kind = el, None
                elif el is _DOCUMENT_END:
                    break
                continue
        line = el.sourceline  # stops at 65535 in libxml2
        if line and line != cursor and (line > cursor or line < SOURCELINE_MAX
                                        and _written_on(marks, line, tag)):
            cursor = line  # also back: "&#10;" in a text is no line break of the HTML
        opened.append((top, top_kind))
        if kind == _DROP:
            cursor += _skip_inside(el, nodes)
            top, top_kind, text = el, None, None
            continue
        if kind == _CELL_TAG:
            put(CELL_MARK)
            size += 1
            cells += 1
        elif kind:
            if kind == _PRE:
                pre += 1
            put(SOFT_BREAK if cells and not pre else "\n")
            size += 1
        text = el.text
        if not kind and text and len(text) <= MARK_DIGITS and not pre:  # an inline element
            mark = footnote_mark(el)
            if mark is not None:  # a raised footnote mark: "1,000(1)", never "1,0001"
                put("(")  # the brackets are added: they map to the tags around the digits
                size = _add_text(mark, cursor, size + 1, 0, out, marks)
                put(")")
                size += 1
                text = None
        top, top_kind = el, kind
    return "".join(out)


def _add_text(text: str, line: int, size: int, pre: int, out: list[str], marks: Marks) -> int:
    """Add a text read on HTML ``line`` (inside ``<pre>`` when ``pre``, else not only spaces);
    returns the new raw size.

    A one-line text the HTML writes as it reads is copied with one mark (the common case, done
    here); any other text goes through :func:`_add_lines` or :func:`_add_pre`, or is squeezed.
    """
    if pre:
        return _add_pre(text, line, size, out, marks)
    if "\n" in text:
        return _add_lines(text, line, size, out, marks)
    if text.isascii() and text.isprintable() and "  " not in text and not (
            "&" in text or "<" in text or ">" in text or '"' in text or "'" in text):
        # as the HTML writes it (no NOT_VERBATIM character: these tests are faster): its
        # PROBE is its first word, up to 16 characters (no other space, no character PROBE
        # leaves out)
        lead = 1 if text[0] == " " else 0
        probe = text[lead:lead + 16]
        space = probe.find(" ")
        marks.add(size + lead, probe if space == -1 else probe[:space], line)
        out.append(text)
        return size + len(text)
    piece = squeeze_spaces(text)
    marks.mark(piece, size, line, False, piece == text, text)
    if piece:
        out.append(piece)
        size += len(piece)
    return size


def _add_lines(text: str, line: int, size: int, out: list[str], marks: Marks) -> int:
    """Add a text that spans lines (outside ``<pre>``); returns the new raw size.

    As ``SPACES.sub(" ", text.replace("\\n", " "))``, one source line at a time, each marked
    with its own line.
    """
    segs = text.split("\n")
    later: list[tuple[str, int, str, bool]] = []  # the lines after the first, to mark
    ends_space = False
    for k, seg in enumerate(segs):
        piece = spaced = squeeze_spaces(seg)
        if k:  # the line break and the spaces after it are one space, laid out ones kept
            piece = " " + (squeeze_spaces(seg.lstrip(COLLAPSING)) if piece.startswith("  ")
                           else piece.lstrip(" "))
            if ends_space:
                piece = piece[1:]
            later.append((piece, size, seg, spaced == seg))
        else:
            marks.mark(piece, size, line, False, spaced == seg, seg)
        if piece:
            out.append(piece)
            size += len(piece)
            ends_space = piece.endswith(" ")
        elif k == 0:
            ends_space = False
    marks.mark_lines(text, later, line + 1)
    return size


def _add_pre(text: str, line: int, size: int, out: list[str], marks: Marks) -> int:
    """Add a text inside ``<pre>``, its line breaks and spacing kept; returns the new raw size."""
    for k, seg in enumerate(text.split("\n")):
        if k:
            out.append("\n")
            size += 1
        clean = seg.replace("\r", "").replace("\u00a0", " ")
        marks.mark(clean, size, line + k, k > 0, clean == seg)
        if clean:
            out.append(clean)
            size += len(clean)
    return size


def _blank_declaration(html: str) -> str:
    """``html`` without a leading XML declaration, its line breaks kept so lines still match."""
    if XML_DECLARATION.match(html) is None:  # the usual case: no need to scan for it
        return html
    return XML_DECLARATION.sub(lambda m: "\n" * m.group(0).count("\n"), html, count=1)


def html_to_text_mapped(html: str) -> MappedText:
    """Convert an HTML document to text, with the map back to the HTML's lines and offsets.

    Parameters
    ----------
    html : str
        The HTML source; may hold EDGAR SGML tags, a ``<pre>`` text body, or browser debris.

    Returns
    -------
    MappedText
        ``text`` as :func:`html_to_text` gives it, and ``origin``, a
        :class:`~graphkit.source.TextOrigin` whose lines and offsets count from the start of
        ``html`` (line 1, offset 0).

    See also
    --------
    html_to_text, graphkit.source.SourceText : cites through the map.
    """
    body = _blank_declaration(html)
    if not body or body.isspace():  # as "not body.strip()", without copying the body
        return MappedText(text="", origin=TextOrigin(starts=[0], offsets=[0], lines=[1]))
    try:
        root = _parse(body)
    except (etree.ParserError, ValueError):
        root = None
    if root is None:  # nothing lxml can read as a document
        text = body.strip()
        lead = len(body) - len(body.lstrip())
        return MappedText(text=text, origin=TextOrigin(
            starts=[0], offsets=[lead], lines=[body.count("\n", 0, lead) + 1]))
    marks = Marks(html)
    text, runs = join_rows(_walk(root, marks))
    return MappedText(text=text, origin=compose_origin(runs, marks))


def html_to_text(html: str) -> str:
    """Convert an HTML document (or fragment) to readable text, one table row per line.

    Parameters
    ----------
    html : str
        The HTML source; may hold EDGAR SGML tags, a ``<pre>`` text body, or browser debris.

    Returns
    -------
    str
        The text, without leading or trailing blank lines ("" for an empty document).

    See also
    --------
    html_to_text_mapped : the same text with the map back to the HTML.
    graphkit.parse.parse_source : converts HTML documents before the text parsers read them.
    """
    return html_to_text_mapped(html).text
