"""HTML filings to plain text that the text parsers can read.

EDGAR HTML comes in many hands: typeset cover pages built from tables, ASCII text wrapped in
``<pre>``, SEC-rendered XML views, and pages saved from a browser with the site's scripts still in
them. :func:`html_to_text` turns all of them into text where

* each table row is one line, its non-empty cells joined by ``" | "`` (so "Sole Voting Power |
  1,000" stays together, as on the printed page);
* block elements (p, div, headings, list items, br, hr) start new lines;
* entities are decoded, no-break spaces become spaces, runs of blank lines are squeezed;
* ``<script>``, ``<style>``, ``<head>``, comments and other non-content are dropped;
* ``<pre>`` keeps its own line breaks and spacing.

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
from dataclasses import dataclass
from itertools import accumulate

from lxml import etree

from graphkit.parsers.html_marks import DOUBLE_SPACES, NOT_VERBATIM, PROBE, Marks
from graphkit.parsers.html_origin import compose_origin
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

_CELL = "\x1f"  # marks a table-cell boundary until rows are joined
_SOFT = "\x1e"  # a line break inside a table cell: a space unless the row is a layout block

#: A table row longer than this (characters) is a layout block, not a form row: its inner line
#: breaks are kept instead of being joined into one line.
MAX_ROW_CHARS = 1200

#: A leading XML declaration, which lxml refuses in a str, e.g. '<?xml version="1.0"?>'
XML_DECLARATION = re.compile(r"""\A\s*<\?xml[^>]*\?>""", re.VERBOSE)

#: Horizontal whitespace runs (outside <pre>), including no-break and zero-width spaces
SPACES = re.compile(r"""[ \t\r\f\v\u00a0\u2000-\u200b\u3000]+""", re.VERBOSE)

#: The characters of a text made only of :data:`SPACES` and line breaks, e.g. the "\n    "
#: between two tags: outside ``<pre>`` it reads as one space and marks nothing
BLANK_CHARS = "\n \t\r\f\v\u00a0" + "".join(map(chr, range(0x2000, 0x200c))) + "\u3000"

#: Three or more line breaks (with only spaces between), squeezed to one blank line
BLANK_LINES = re.compile(r"""\n(?:[ \t]*\n){2,}""", re.VERBOSE)


#: A :data:`SPACES` character other than " " and the no-break space, e.g. the tab of "a\tb"
OTHER_SPACE = re.compile(r"""[\t\r\f\v\u2000-\u200b\u3000]""", re.VERBOSE)


def _squeeze(text: str) -> str:
    """``SPACES.sub(" ", text)``, faster for printable ASCII (the most common text) and text
    whose only other spaces are no-break spaces.

    >>> _squeeze("Item 4.  Purpose"), _squeeze("a\\u00a0\\tb")
    ('Item 4. Purpose', 'a b')
    >>> _squeeze("\\u00a0\\u201cA\\u201d\\u00a0 b")
    ' \u201cA\u201d b'
    """
    if not text.isascii():  # a no-break space is the most common other space: as " "
        text = text.replace("\u00a0", " ")
        if OTHER_SPACE.search(text) is None:
            return DOUBLE_SPACES.sub(" ", text) if "  " in text else text
    elif text.isprintable():  # no space in it but " "
        return DOUBLE_SPACES.sub(" ", text) if "  " in text else text
    return SPACES.sub(" ", text)


#: Non-space runs of a table cell, as :data:`SPACES` leaves them, e.g. "1,000" of " 1,000 "
_WORD = re.compile(r"""[^ \t\r\f\v\u00a0\u2000-\u200b\u3000]+""", re.VERBOSE)


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

#: A plain lxml parser: lxml.html's element classes are not needed here, only cost time
_PARSER = etree.HTMLParser()
#: The same parser for the document as UTF-8 bytes, which libxml2 reads faster than a str (it
#: ignores a ``<meta charset>`` alike, as the encoding is given); no table of ``id`` attributes
_UTF8_PARSER = etree.HTMLParser(encoding="utf-8", collect_ids=False)


def _parse(body: str) -> etree._Element | None:
    """The document ``body`` parsed (None when lxml finds none), read as UTF-8 bytes if it can be.

    >>> _parse("<p>Acme</p>")[0][0].text, _parse("<p>" + chr(0xD800) + "</p>").tag
    ('Acme', 'html')
    """
    try:
        data = body.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: the str parser reads it as it always did
        return etree.fromstring(body, _PARSER)
    return etree.fromstring(data, _UTF8_PARSER)


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


def _newlines_inside(el: etree._Element) -> int:
    """Line breaks in the content of ``el`` (texts, comments and tails of its descendants)."""
    n = (el.text or "").count("\n")
    for d in el.iterdescendants():
        n += (d.text or "").count("\n") + (d.tail or "").count("\n")
    return n


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

    The HTML line of a text is tracked with a cursor: an element's ``sourceline`` (the line of
    its start tag's end, where its text begins) moves it forward, and every line break inside a
    text moves it one line on. Outside ``<pre>``, a text made only of spaces is one space; a
    one-line text the HTML writes as it reads is copied with one mark (the common case, done
    here); any other text goes through :func:`_add_lines` or :func:`_add_pre`.
    """
    out: list[str] = []
    put = out.append
    add_mark = marks.add
    not_verbatim, probe_at = NOT_VERBATIM.search, PROBE.match
    kinds = _TAG_KINDS
    open_kinds: list[int | None] = []  # what each open element does, so "end" needs no tag
    size = 0  # length of the raw stream so far
    cursor = 1  # current line of the HTML
    pre = 0  # depth of open <pre>
    cells = 0  # depth of open table cells
    skipped = None  # the element last skipped: its tail is read at its start
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        if event == "start":
            kind = kinds.get(el.tag)
            if kind is None:
                kind = _tag_kind(el.tag)
                if kind is None:  # not an element (an entity): nor is its end
                    open_kinds.append(None)
                    continue
            line = el.sourceline  # stops at 65535 in libxml2
            if line and line != cursor and (line > cursor or line < SOURCELINE_MAX
                                            and _written_on(marks, line, el.tag)):
                cursor = line  # also back: "&#10;" in a text is no line break of the HTML
            if kind == _DROP:
                walker.skip_subtree()
                cursor += _newlines_inside(el)
                skipped = el  # some lxml versions send no "end" event for a skipped element
                text = el.tail
            else:
                open_kinds.append(kind)
                if kind == _CELL_TAG:
                    put(_CELL)
                    size += 1
                    cells += 1
                elif kind:
                    if kind == _PRE:
                        pre += 1
                    put(_SOFT if cells and not pre else "\n")
                    size += 1
                text = el.text
        elif event == "end":
            if el is skipped:
                skipped = None
                continue
            kind = open_kinds.pop()
            if kind == _CELL_TAG:
                put(_CELL)
                size += 1
                cells -= 1
            elif kind == _BLOCK or kind == _PRE:
                if kind == _PRE:
                    pre -= 1
                put(_SOFT if cells and not pre else "\n")
                size += 1
            elif kind is None:
                continue
            text = el.tail
        else:  # a comment or processing instruction: not content, the text after it is
            # libxml2 gives a comment the line where it ends
            cursor = max(cursor + (el.text or "").count("\n"), el.sourceline or 0)
            text = el.tail
        if not text:
            continue
        line = cursor
        breaks = text.count("\n")
        cursor += breaks
        if pre:
            size = _add_pre(text, line, size, out, marks)
        elif not text.strip(BLANK_CHARS):  # the most common text: layout between tags
            put(" ")
            size += 1
        elif breaks:
            size = _add_lines(text, line, size, out, marks)
        elif not_verbatim(text) is None and "  " not in text:  # as the HTML writes it
            lead = 1 if text[0] == " " else 0
            add_mark(size + lead, probe_at(text, lead).group(0), line)  # type: ignore[union-attr]
            put(text)
            size += len(text)
        else:
            piece = _squeeze(text)
            marks.mark(piece, size, line, False, piece == text, text)
            if piece:
                put(piece)
                size += len(piece)
    return "".join(out)


def _add_lines(text: str, line: int, size: int, out: list[str], marks: Marks) -> int:
    """Add a text that spans lines (outside ``<pre>``); returns the new raw size.

    As ``SPACES.sub(" ", text.replace("\\n", " "))``, one source line at a time, each marked
    with its own line.
    """
    segs = text.split("\n")
    later: list[tuple[str, int, str, bool]] = []  # the lines after the first, to mark
    ends_space = False
    for k, seg in enumerate(segs):
        piece = spaced = _squeeze(seg)
        if k:
            piece = " " + piece.lstrip(" ")
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


def _finish(raw: str) -> tuple[str, list[tuple[int, int, int]]]:
    """The final text, and runs (text position, raw position, length) copied from ``raw``.

    Rows become lines (a long row's soft breaks become line breaks), runs of blank lines
    become one, and leading and trailing ones go.
    """
    texts: list[str] = []
    runs: list[tuple[int, int, int]] = []
    at = 0  # where the next kept line starts in the text
    keep_blank = False  # the last line kept is not blank
    row_start = 0
    for row in raw.split("\n"):
        start = row_start
        row_start += len(row) + 1
        if not row or row.isspace():  # no text (the marks _CELL, _SOFT are spaces too): at
            if keep_blank:  # most one blank line, as the general case below gives
                texts.append("")
                at += 1
                keep_blank = False
            continue
        if _SOFT in row:
            row_lines = row.replace(_SOFT, "\n" if len(row) > MAX_ROW_CHARS else " ").split("\n")
        else:
            row_lines = [row]
        for line in row_lines:
            if _CELL in line:
                text = _cells(line, start, at, runs)
            else:
                text = line.rstrip()
                if text:
                    runs.append((at, start, len(text)))
            if text:
                texts.append(text)
                at += len(text) + 1
                keep_blank = True
            elif keep_blank:
                texts.append("")
                at += 1
                keep_blank = False
            start += len(line) + 1
    if texts and not texts[-1]:
        texts.pop()
    return "\n".join(texts), runs


_PLUS_ONE = (1).__add__  # a word's length and the space after it


def _cells(line: str, start: int, at: int, runs: list[tuple[int, int, int]]) -> str:
    """A table row's line: its non-empty cells joined by " | ", adding their runs to ``runs``.

    ``start`` is the line's raw position, ``at`` its position in the text.

    >>> runs = []
    >>> _cells("\\x1f 5.\\x1f\\x1f Sole  Power\\x1f", 10, 100, runs), runs
    ('5. | Sole Power', [(100, 12, 2), (105, 17, 4), (110, 23, 5)])
    """
    parts: list[str] = []
    col = at
    cell_at = start
    for c in line.split(_CELL):
        if c and not c.isspace():  # else it is blank, as SPACES.sub(" ", c).strip() says
            if c.isascii() and c.isprintable():  # no space in it but " ": words split on " "
                clean = c.strip()
                first = cell_at + len(c) - len(c.lstrip())
                if parts:
                    col += 3  # " | "
                if " " not in clean:  # one word
                    runs.append((col, first, len(clean)))
                elif "  " not in clean:  # its words one space apart
                    lens = list(map(len, clean.split(" ")))
                    starts = list(accumulate(map(_PLUS_ONE, lens), initial=0))  # in the cell
                    runs += zip(map(col.__add__, starts), map(first.__add__, starts), lens)
                else:  # the words as _WORD finds them: the pieces between spaces, not empty
                    pieces = clean.split(" ")
                    lens = list(map(len, pieces))
                    wcol = col
                    for wat, n in zip(accumulate(map(_PLUS_ONE, lens), initial=first), lens):
                        if n:
                            runs.append((wcol, wat, n))
                            wcol += n + 1
                    clean = " ".join(filter(None, pieces))  # as DOUBLE_SPACES.sub(" ", clean)
                parts.append(clean)
                col += len(clean)
                cell_at += len(c) + 1
                continue
            clean = _squeeze(c).strip()
            if clean:
                if parts:
                    col += 3  # " | "
                words = list(_WORD.finditer(c))
                if " ".join([w.group(0) for w in words]) == clean:
                    wcol = col
                    for w in words:
                        s, e = w.span()
                        runs.append((wcol, cell_at + s, e - s))
                        wcol += e - s + 1
                else:
                    runs.append((col, cell_at + len(c) - len(c.lstrip()), len(clean)))
                parts.append(clean)
                col += len(clean)
        cell_at += len(c) + 1
    return " | ".join(parts)


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
    text, runs = _finish(_walk(root, marks))
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
