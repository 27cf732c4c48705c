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
close to the character (each line's text is found again in its source line).

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

import bisect
import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lhtml

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

#: Text made only of :data:`SPACES` and line breaks, e.g. the "\n    " between two tags: outside
#: ``<pre>`` it reads as one space and marks nothing
BLANK_TEXT = re.compile(r"""[\n \t\r\f\v\u00a0\u2000-\u200b\u3000]+""", re.VERBOSE)

#: The start of a text run that is found again in its source line: characters that HTML writes
#: as themselves (no entities), e.g. "Issuer" of "Issuer&nbsp;Name", "5." of "5. Sole"
PROBE = re.compile(r"""[^\s&<>"'\u0080-\uffff]{1,16}""", re.VERBOSE)

#: A character HTML may write otherwise (an entity, a character reference), so the words after
#: it are found again one by one, e.g. the "“" of "&#8220;Acme&#8221;"
NOT_VERBATIM = re.compile(r"""[^\x20-\x7e]|[&<>"']""", re.VERBOSE)

#: A word of converted text, e.g. "(“Acme”)," (found again in the HTML by its :data:`PROBE`)
WORD = re.compile(r"""\S+""", re.VERBOSE)

#: The letters or digits of a word, found again in the HTML, e.g. "Acme" of "(&#8220;Acme&#8221;)"
WORD_PROBE = re.compile(r"""[A-Za-z0-9]{1,16}""", re.VERBOSE)

#: Three or more line breaks (with only spaces between), squeezed to one blank line
BLANK_LINES = re.compile(r"""\n(?:[ \t]*\n){2,}""", re.VERBOSE)


@dataclass(frozen=True)
class MappedText:
    """Converted text and the map from its positions to the HTML it came from."""

    text: str
    origin: TextOrigin


@dataclass(slots=True)
class _Mark:
    """A text run of the raw stream: where it starts there and where it was read in the HTML."""

    raw: int  # position in the raw stream
    line: int  # 1-based line of the HTML
    probe: str  # the run's first characters, to find its column in that line
    offset: int = -1  # character offset in the HTML, once found


#: Lower-cased local names of the tags seen so far ("TD" -> "td"), so each is computed once
_TAG_NAMES: dict[str, str] = {}
#: Most distinct tags :data:`_TAG_NAMES` remembers (a page of made-up tags cannot grow it further)
_TAG_NAMES_MAX = 4096


def _tag(el: etree._Element) -> str:
    t = el.tag
    if not isinstance(t, str):
        return ""
    name = _TAG_NAMES.get(t)
    if name is None:
        name = t.lower().split("}")[-1]
        if len(_TAG_NAMES) < _TAG_NAMES_MAX:
            _TAG_NAMES[t] = name
    return name


def _newlines_inside(el: etree._Element) -> int:
    """Line breaks in the content of ``el`` (texts, comments and tails of its descendants)."""
    n = (el.text or "").count("\n")
    for d in el.iterdescendants():
        n += (d.text or "").count("\n") + (d.tail or "").count("\n")
    return n


def _walk(root: etree._Element) -> tuple[str, list[_Mark]]:
    """The raw stream (cells and soft breaks marked) and where each of its text runs was read.

    The HTML line of a text is tracked with a cursor: an element's ``sourceline`` (the line of
    its start tag's end, where its text begins) moves it forward, and every line break inside a
    text moves it one line on.
    """
    out: list[str] = []
    marks: list[_Mark] = []
    size = 0
    cursor = 1  # current line of the HTML
    pre = 0
    cells = 0  # depth of open table cells

    def put(s: str) -> None:
        nonlocal size
        if s:
            out.append(s)
            size += len(s)

    def mark(piece: str, line: int, at_line_start: bool, verbatim: bool) -> None:
        """Mark the piece's first word, or each word when the HTML may spell it otherwise."""
        rest = piece.lstrip()
        lead = len(piece) - len(rest)
        if at_line_start and lead:
            marks.append(_Mark(raw=size, line=line, probe=""))
        if not rest:
            return
        if verbatim and not NOT_VERBATIM.search(piece):
            m = PROBE.match(piece, lead)
            marks.append(_Mark(raw=size + lead, line=line, probe=m.group(0) if m else ""))
            return
        for w in WORD.finditer(piece, lead):
            m = WORD_PROBE.search(w.group(0)) or PROBE.match(w.group(0))
            at = w.start() + (m.start() if m else 0)
            marks.append(_Mark(raw=size + at, line=line, probe=m.group(0) if m else ""))

    def brk() -> None:
        put(_SOFT if cells and not pre else "\n")

    def add(text: str | None) -> None:
        nonlocal cursor, size
        if not text:
            return
        line = cursor
        breaks = text.count("\n")
        cursor += breaks
        if pre:
            for k, seg in enumerate(text.split("\n")):
                if k:
                    put("\n")
                clean = seg.replace("\r", "").replace("\u00a0", " ")
                mark(clean, line + k, k > 0, clean == seg)
                put(clean)
            return
        if BLANK_TEXT.fullmatch(text):  # the most common text: layout between tags
            out.append(" ")
            size += 1
            return
        if not breaks:  # with put() inlined
            piece = SPACES.sub(" ", text)
            mark(piece, line, False, piece == text)
            if piece:
                out.append(piece)
                size += len(piece)
            return
        # as SPACES.sub(" ", text.replace("\n", " ")), one source line at a time
        ends_space = False
        for k, seg in enumerate(text.split("\n")):
            piece = spaced = SPACES.sub(" ", seg)
            if k:
                piece = " " + piece.lstrip(" ")
                if ends_space:
                    piece = piece[1:]
            mark(piece, line + k, False, spaced == seg)
            put(piece)
            if piece:
                ends_space = piece.endswith(" ")
            elif k == 0:
                ends_space = False

    skipped = None  # the element last skipped: its tail is read at its start
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        if event in ("comment", "pi"):  # not content; the text after it is
            # libxml2 gives a comment the line where it ends
            cursor = max(cursor + (el.text or "").count("\n"), el.sourceline or 0)
            add(el.tail)
            continue
        tag = _tag(el)
        if not tag:
            continue
        if event == "start":
            cursor = max(cursor, el.sourceline or 0)  # sourceline stops at 65535 in libxml2
            if tag in DROP_TAGS:
                walker.skip_subtree()
                cursor += _newlines_inside(el)
                add(el.tail)  # some lxml versions send no "end" event for a skipped element
                skipped = el
                continue
            if tag == "pre":
                pre += 1
            if tag in ("td", "th"):
                put(_CELL)
                cells += 1
            elif tag in BLOCK_TAGS or tag in ("tr", "br"):
                brk()
            add(el.text)
        elif el is skipped:
            skipped = None
        else:
            if tag == "pre":
                pre -= 1
            if tag in ("td", "th"):
                put(_CELL)
                cells -= 1
            elif tag in BLOCK_TAGS or tag == "tr":
                brk()
            add(el.tail)
    return "".join(out), marks


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _starts_text(html: str, j: int, probe: str, hi: int) -> bool:
    """Whether ``probe`` found at ``j`` (before ``hi``, its line's end) is text, not markup.

    It is not when it continues a word ("Fund" in "Refund") or sits inside a tag (the next
    ``>`` comes before the next ``<``, as in ``style="font: Acme">``).

    >>> h = '<p style="Acme">Refund Acme</p>'
    >>> [j for j in range(len(h)) if h.startswith("Acme", j) and _starts_text(h, j, "Acme", len(h))]
    [23]
    """
    if j > 0 and probe[:1].isalnum() and html[j - 1].isalnum():
        return False
    gt = html.find(">", j, hi)
    return gt == -1 or -1 < html.find("<", j, gt) < gt


def _place_marks(html: str, marks: list[_Mark]) -> list[int]:
    """Find each mark's character offset in ``html``: its probe in its line, else an estimate.

    Returns the line starts of ``html``.
    """
    starts = _line_starts(html)
    last = 0
    for mk in marks:
        i = min(max(mk.line - 1, 0), len(starts) - 1)
        lo, hi = starts[i], starts[i + 1] - 1 if i + 1 < len(starts) else len(html)
        found = -1
        if mk.probe:
            j = html.find(mk.probe, max(lo, last), hi)
            while j != -1 and not _starts_text(html, j, mk.probe, hi):
                j = html.find(mk.probe, j + 1, hi)
            found = j
        if found == -1:
            mk.offset = min(max(lo, last), hi) if mk.probe else lo
        else:
            mk.offset = found
            last = found + len(mk.probe)
    return starts


def _finish(raw: str) -> tuple[str, list[tuple[int, int, int]]]:
    """The final text, and runs (text position, raw position, length) copied from ``raw``."""
    lines: list[tuple[str, list[tuple[int, int, int]]]] = []
    pos = 0
    for row in raw.split("\n"):
        row_start = pos
        pos += len(row) + 1
        if _SOFT in row:
            row = row.replace(_SOFT, "\n" if len(row) > MAX_ROW_CHARS else " ")
        at = row_start
        for line in row.split("\n"):
            lines.append(_line(line, at))
            at += len(line) + 1
    kept: list[tuple[str, list[tuple[int, int, int]]]] = []
    for ln in lines:  # runs of blank lines become one; leading and trailing ones go
        if ln[0] or (kept and kept[-1][0]):
            kept.append(ln)
    while kept and not kept[-1][0]:
        kept.pop()
    runs: list[tuple[int, int, int]] = []
    at = 0
    for text, line_runs in kept:
        runs.extend((at + col, r, n) for col, r, n in line_runs)
        at += len(text) + 1
    return "\n".join(t for t, _ in kept), runs


#: Non-space runs of a table cell, as :data:`SPACES` leaves them
_WORD = re.compile(r"""[^ \t\r\f\v\u00a0\u2000-\u200b\u3000]+""", re.VERBOSE)


def _line(line: str, at: int) -> tuple[str, list[tuple[int, int, int]]]:
    """One line of output, and its runs (column, raw position, length); ``at`` is its raw start."""
    if _CELL not in line:
        text = line.rstrip()
        return text, [(0, at, len(text))] if text else []
    parts: list[str] = []
    runs: list[tuple[int, int, int]] = []
    col = 0
    cell_at = at
    for c in line.split(_CELL):
        clean = SPACES.sub(" ", c).strip()
        if clean:
            if parts:
                col += 3  # " | "
            words = [(m.start(), m.group(0)) for m in _WORD.finditer(c)]
            if " ".join(w for _, w in words) == clean:
                wcol = col
                for start, w in words:
                    runs.append((wcol, cell_at + start, len(w)))
                    wcol += len(w) + 1
            else:
                runs.append((col, cell_at + len(c) - len(c.lstrip()), len(clean)))
            parts.append(clean)
            col += len(clean)
        cell_at += len(c) + 1
    return " | ".join(parts), runs


def _origin(runs: list[tuple[int, int, int]], marks: list[_Mark],
            line_starts: list[int]) -> TextOrigin:
    """Compose text runs (text → raw) with marks (raw → HTML) into a :class:`TextOrigin`."""
    starts: list[int] = []
    offsets: list[int] = []
    lines: list[int] = []

    def anchor(pos: int, off: int, line: int) -> None:
        if starts and lines[-1] == line and off - offsets[-1] == pos - starts[-1]:
            return  # continues the previous anchor one for one
        end = line_starts[line] - 1 if line < len(line_starts) else off
        starts.append(pos)
        offsets.append(min(off, max(end, line_starts[line - 1])))
        lines.append(line)

    if not marks:
        return TextOrigin(starts=[0], offsets=[0], lines=[1])
    raws = [mk.raw for mk in marks]
    for pos, r, n in runs:
        j = max(bisect.bisect_right(raws, r) - 1, 0)
        mk = marks[j]
        anchor(pos, mk.offset + max(r - mk.raw, 0), mk.line)
        k = j + 1
        while k < len(marks) and marks[k].raw < r + n:
            if marks[k].raw > r:
                anchor(pos + marks[k].raw - r, marks[k].offset, marks[k].line)
            k += 1
    if not starts:
        return TextOrigin(starts=[0], offsets=[marks[0].offset], lines=[marks[0].line])
    return TextOrigin(starts=starts, offsets=offsets, lines=lines)


def _blank_declaration(html: str) -> str:
    """``html`` without a leading XML declaration, its line breaks kept so lines still match."""
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
    if not body.strip():
        return MappedText(text="", origin=TextOrigin(starts=[0], offsets=[0], lines=[1]))
    try:
        root = lhtml.document_fromstring(body)
    except (etree.ParserError, ValueError):
        text = body.strip()
        lead = len(body) - len(body.lstrip())
        return MappedText(text=text, origin=TextOrigin(
            starts=[0], offsets=[lead], lines=[body.count("\n", 0, lead) + 1]))
    raw, marks = _walk(root)
    starts = _place_marks(html, marks)
    text, runs = _finish(raw)
    return MappedText(text=text, origin=_origin(runs, marks, starts))


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
