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

Line numbers of converted text are those of the converted text, not of the HTML source.

Examples
--------
>>> html_to_text("<p>Name of Issuer</p><table><tr><td>5.</td><td>Sole Voting Power</td>"
...              "<td>&nbsp;</td><td>1,000</td></tr></table><script>x=1</script>")
'Name of Issuer\\n\\n5. | Sole Voting Power | 1,000'
>>> html_to_text("<pre>  CUSIP No.  123\\n  Item 1</pre>")
'  CUSIP No.  123\\n  Item 1'
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lhtml

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

#: Three or more line breaks (with only spaces between), squeezed to one blank line
BLANK_LINES = re.compile(r"""\n(?:[ \t]*\n){2,}""", re.VERBOSE)


def _tag(el: etree._Element) -> str:
    t = el.tag
    return t.lower().split("}")[-1] if isinstance(t, str) else ""


def _walk(root: etree._Element) -> list[str]:
    out: list[str] = []
    pre = 0
    cells = 0  # depth of open table cells

    def brk() -> None:
        out.append(_SOFT if cells and not pre else "\n")

    def add(text: str | None) -> None:
        if not text:
            return
        if pre:
            out.append(text.replace("\r", "").replace("\u00a0", " "))
        else:
            out.append(SPACES.sub(" ", text.replace("\n", " ")))

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = _tag(el)
        if not tag:  # comment or processing instruction: keep only the text after it
            if event == "end":
                add(el.tail)
            continue
        if event == "start":
            if tag in DROP_TAGS:
                walker.skip_subtree()
                add(el.tail)  # no "end" event comes for a skipped element
                continue
            if tag == "pre":
                pre += 1
            if tag in ("td", "th"):
                out.append(_CELL)
                cells += 1
            elif tag in BLOCK_TAGS or tag in ("tr", "br"):
                brk()
            add(el.text)
        else:
            if tag == "pre":
                pre -= 1
            if tag in ("td", "th"):
                out.append(_CELL)
                cells -= 1
            elif tag in BLOCK_TAGS or tag == "tr":
                brk()
            add(el.tail)
    return out


def _finish(raw: str) -> str:
    lines = []
    for row in raw.split("\n"):
        if _SOFT in row:
            row = row.replace(_SOFT, "\n" if len(row) > MAX_ROW_CHARS else " ")
        for line in row.split("\n"):
            lines.append(_line(line))
    text = "\n".join(lines)
    text = BLANK_LINES.sub("\n\n", text)
    return text.strip("\n")


def _line(line: str) -> str:
    if _CELL in line:
        parts = [SPACES.sub(" ", c).strip() for c in line.split(_CELL)]
        return " | ".join(c for c in parts if c)
    return line.rstrip()


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
    graphkit.parse.parse_source : converts HTML documents before the text parsers read them.
    """
    body = XML_DECLARATION.sub("", html)
    if not body.strip():
        return ""
    try:
        root = lhtml.document_fromstring(body)
    except (etree.ParserError, ValueError):
        return body.strip()
    return _finish("".join(_walk(root)))
