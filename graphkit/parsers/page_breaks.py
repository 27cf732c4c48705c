"""Page furniture that a typed filing's page break put inside a paragraph, taken out.

A typed Schedule 13D/13G is paginated: where a page ends inside a paragraph, the page's footer
or the next page's header ("Page 7 of 12", "CUSIP No. 123456789   13D   Page 3", "<PAGE>")
sits between two lines of one sentence. Read as part of the sentence it joins a name ("Page 7
of 12" / "Roe Investors L.P." read "12 Investors L.P.") or cuts a list of officers short. Such
a line, between two lines of text of which one is prose (no blank line on either side), or
right after a line of prose where a paragraph ends ("owned by Roe Fund L.P." / "Page 7 of 12" /
blank: read with it, "Roe Fund L.P. Page 7 of 12"), is dropped before the text is read; a
header after a blank line, or between a cover page's rules and cells, is left as it is. The
shortened text carries a :class:`~graphkit.source.TextOrigin`, so evidence cites the file's own
lines and offsets.
An HTML filing printed for paper does the same with a line of its own ("officer<br>Page 3 of 5
Pages<br>and a director"): its converted text loses that line too, and its map is composed
with the conversion's, so evidence still cites the HTML's lines.

Examples
--------
>>> text = ("the general partners of\\nPage 7 of 12\\nRoe Investors L.P. are Jane Roe and\\n"
...         "John Doe.\\n")
>>> out = drop_page_furniture(SourceText("a.txt", text))
>>> out.text
'the general partners of\\nRoe Investors L.P. are Jane Roe and\\nJohn Doe.\\n'
>>> out.line_of(out.text.index("Roe Investors"))
3
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.source import SourceText, TextOrigin

__all__ = ["drop_page_furniture", "in_paragraph", "PAGE_LINE", "PROSE_LINE_WORDS", "TABLE_GAP"]

#: A line of page furniture, its pieces in any order, with a page number or "<PAGE>": "Page 7 of
#: 12", "<PAGE>", "CUSIP No. 123456789   13D   Page 3", "Schedule 13D   Page 3 of 12 Pages";
#: never "SCHEDULE 13D" alone (the form's title on its front page) nor "-0-" (a zero)
PAGE_LINE = regex_cache.compile(r"""
    ^(?=.*(?:<PAGE>|Page[ \t]+\d))
    [ \t]*(?:(?:<PAGE>|(?:(?:SCHEDULE|SC)[ \t]+)?13[ \t]?[DG](?:/A)?
        |CUSIP[ \t]*(?:No\.?|Number|\#)?[ \t]*:?[ \t]*[0-9A-Z]{6}[ \t-]?[0-9A-Z]{2}[ \t-]?[0-9A-Z]
        |Page[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?(?:[ \t]+Pages)?
        )[ \t]*)+$
""", re.VERBOSE | re.IGNORECASE)
#: Words of a line of prose: two lower-case words ("and was joined in by")
PROSE_LINE_WORDS = regex_cache.compile(r"""\b[a-z]{2,}\b.*\b[a-z]{2,}\b""", re.VERBOSE)
#: A gap between two cells of a table row, never in prose: "Jane Roe     1,000" (three blanks)
TABLE_GAP = regex_cache.compile(r"""\S[ \t]{3,}\S""", re.VERBOSE)


def _prose(line: str) -> bool:
    return PROSE_LINE_WORDS.search(line) is not None and TABLE_GAP.search(line) is None


def _inside_paragraph(lines: list[str], i: int) -> bool:
    """Whether furniture line ``i`` stands inside a paragraph or ends one (see
    :func:`in_paragraph`)."""
    return 0 < i and in_paragraph(lines[i - 1], lines[i + 1] if i + 1 < len(lines) else "")


def in_paragraph(before: str, after: str) -> bool:
    """Whether a line of page furniture between the lines ``before`` and ``after`` stands
    inside a paragraph or ends one: right after a line of prose, with a line of text or a blank
    after it (read as part of the paragraph, it would end its last sentence: "owned by Roe
    Fund L.P. Page 7 of 12"); or between two lines of text, no blank, prose on one side at least.
    A cover page's header stands between rules, row labels and cells, or after a blank line.

    >>> in_paragraph("the general partners of", "Roe Investors L.P. are")
    True
    >>> in_paragraph("the shares owned by Roe Fund L.P.", "")
    True
    >>> in_paragraph("14. TYPE OF REPORTING PERSON     PN", "-----"), in_paragraph("", "Item 4")
    (False, False)
    """
    if not before.strip() or PAGE_LINE.match(before) or TABLE_GAP.search(before):
        return False
    if not after.strip():
        return _prose(before)
    if PAGE_LINE.match(after) or TABLE_GAP.search(after):
        return False
    return _prose(before) or _prose(after)


def drop_page_furniture(src: SourceText) -> SourceText:
    """``src`` without the page furniture lines that stand inside a paragraph (``src`` itself
    when there is none).

    A converted text (an HTML filing's, with an ``origin`` of its own) keeps citing the HTML:
    the map of the lines kept is the one they had.

    >>> plain = SourceText("a.txt", "Item 4.\\n\\nPage 3 of 9\\n\\nThe shares were bought")
    >>> drop_page_furniture(plain) is plain  # between blank lines: a page break, kept
    True
    >>> html = SourceText("a.html", "bought by\\nPage 3 of 9\\nRoe Fund", origin=TextOrigin(
    ...     starts=[0, 10, 22], offsets=[3, 20, 40], lines=[1, 2, 3]))
    >>> out = drop_page_furniture(html)
    >>> out.text, out.line_of(out.text.index("Roe")), out.file_offset(out.text.index("Roe"))
    ('bought by\\nRoe Fund', 3, 40)

    See also
    --------
    graphkit.parse.parse_source : drops them from every Schedule 13D/13G text it reads, typed
    or converted from HTML.
    """
    text = src.text
    lines = text.split("\n")
    drop = [PAGE_LINE.match(line) is not None and _inside_paragraph(lines, i)
            for i, line in enumerate(lines)]
    if not any(drop):
        return src
    origin = _kept_origin(lines, drop) if src.origin is None else \
        _kept_converted(lines, drop, src.origin)
    return SourceText(path=src.path, text="\n".join(l for l, d in zip(lines, drop) if not d),
                      offset=src.offset, line_offset=src.line_offset,
                      warnings=list(src.warnings), origin=origin)


def _kept_origin(lines: list[str], drop: list[bool]) -> TextOrigin:
    """The map of a typed text's kept lines: each from its own line and offset of the file."""
    starts: list[int] = []
    offsets: list[int] = []
    numbers: list[int] = []
    pos = off = 0
    for number, (line, dropped) in enumerate(zip(lines, drop), start=1):
        if not dropped:
            starts.append(pos)
            offsets.append(off)
            numbers.append(number)
            pos += len(line) + 1
        off += len(line) + 1
    return TextOrigin(starts=starts, offsets=offsets, lines=numbers)


def _kept_converted(lines: list[str], drop: list[bool], old: TextOrigin) -> TextOrigin:
    """The map of a converted text's kept lines, composed with the map ``old`` it had: an
    anchor where each kept line starts, and the anchors ``old`` has inside it, moved along."""
    starts: list[int] = []
    offsets: list[int] = []
    numbers: list[int] = []
    pos = at = 0  # where the line starts in the new text, and in the old one
    k = 0  # the first anchor of ``old`` past the start of the line
    n_old = len(old.starts)
    for line, dropped in zip(lines, drop):
        end = at + len(line)
        while k < n_old and old.starts[k] <= at:
            k += 1
        if not dropped:
            off, number = old.locate(at)
            starts.append(pos)
            offsets.append(off)
            numbers.append(number)
            while k < n_old and old.starts[k] <= end:
                starts.append(old.starts[k] - at + pos)
                offsets.append(old.offsets[k])
                numbers.append(old.lines[k])
                k += 1
            pos += len(line) + 1
        at = end + 1
    return TextOrigin(starts=starts, offsets=offsets, lines=numbers)
