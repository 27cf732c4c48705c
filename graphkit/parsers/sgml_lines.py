"""EDGAR submissions whose SGML tags run together on one line, set out one tag a line.

EDGAR writes each tag of a ``.nc`` submission on its own line (``<TYPE>4``, ``<CIK>0000000001``)
and :mod:`graphkit.parsers.sgml` reads them so. Copies that lost their line breaks (a tool that
dropped them, a code index) run them together::

    <SUBMISSION>
    <ACCESSION-NUMBER>0000000000-25-000001<TYPE>4<FILER>...<DOCUMENT><TYPE>4<SEQUENCE>1<TEXT><XML>...

:func:`one_line_layout` tells such a file from an ordinary one; :func:`break_tag_lines` gives
its text with a line break put before every tag of the header and of each document's metadata
(between ``<DOCUMENT>`` and ``<TEXT>``, and after ``</TEXT>``). A document's text (from
``<TEXT>`` to ``</TEXT>``) is never touched, so a text document's own ``<PAGE>`` or ``<S>``
marks stay as filed. The rebuilt text carries a :class:`~graphkit.source.TextOrigin`, so
evidence and warnings cite the file's own lines and character offsets: in a file whose tags all
sit on line 2, everything is cited on line 2.

Caveat: header lines in the ``KEY: value`` style (``ACCESSION NUMBER:``) have no tag to break
at; once their line breaks are gone they stay run together on the line of the tag before them
(``<ACCEPTANCE-DATETIME>20250101ACCESSION NUMBER:...``), whose value no key is read from, so they
are lost rather than misread. The form itself is still read.

Examples
--------
>>> text = ("<SUBMISSION>\\n<ACCESSION-NUMBER>0000000000-25-000001<TYPE>D<DOCUMENT>"
...         "<TYPE>D<SEQUENCE>1<TEXT><XML><a>x<b/></a></XML></TEXT></DOCUMENT></SUBMISSION>")
>>> one_line_layout(text)
True
>>> out = break_tag_lines(SourceText("a.nc", text))
>>> print(out.source.text)
<SUBMISSION>
<ACCESSION-NUMBER>0000000000-25-000001
<TYPE>D
<DOCUMENT>
<TYPE>D
<SEQUENCE>1
<TEXT><XML><a>x<b/></a></XML></TEXT>
</DOCUMENT>
</SUBMISSION>
>>> src = out.source
>>> i = src.text.index("<b/>")
>>> src.line_of(i), src.file_offset(i) == text.index("<b/>"), out.first_line
(2, True, 2)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphkit import regex_cache
from graphkit.source import SourceText, TextOrigin

#: An SGML tag of EDGAR's, opening or closing: "<ACCESSION-NUMBER>", "</FILER>", "<TYPE>"
SGML_TAG = regex_cache.compile(r"""</?[A-Z][A-Z0-9\-]{0,40}>""", re.VERBOSE)

#: A tag that follows another tag's value on the same line, the mark of a one-line layout:
#: "0000000000-25-000001<TYPE>", "</ISSUER><DOCUMENT>"
TAG_AFTER_VALUE = regex_cache.compile(r"""
    (?<=[^\s<])</?[A-Z][A-Z0-9\-]{0,40}>
""", re.VERBOSE)

#: Tags after a value, on one line, that make a header one-line (an ordinary header may hold
#: one, e.g. "<SEC-DOCUMENT>0000000000-95-000001.txt : 19950719<SEC-HEADER>")
MIN_RUN_TOGETHER = 3

#: Characters of a header looked at by :func:`one_line_layout`
HEADER_CHARS = 20000


@dataclass(frozen=True)
class RebuiltSubmission:
    """A one-line submission set out one tag a line: ``source`` (placed in the original file
    by its origin) and the first file line whose tags ran together."""

    source: SourceText
    first_line: int


def one_line_layout(text: str) -> bool:
    """True when the SGML tags of a submission run together on a line instead of each starting
    its own: its first ``<DOCUMENT>`` (or, with none, the head) follows a value or a tag on its
    line, or at least :data:`MIN_RUN_TOGETHER` header tags follow a value on their line.

    >>> one_line_layout("<SUBMISSION>\\n<TYPE>4\\n<DOCUMENT>\\n<TYPE>4\\n<TEXT>\\nx <A> y\\n")
    False
    >>> one_line_layout("<SUBMISSION>\\n<TYPE>4</SUBMISSION><DOCUMENT><TYPE>4<TEXT>x")
    True
    """
    first = text.find("<DOCUMENT>")
    header = text[:first if first != -1 else HEADER_CHARS]
    if first != -1:
        line_start = text.rfind("\n", 0, first) + 1
        after = text[first + len("<DOCUMENT>"):first + len("<DOCUMENT>") + 80]
        if text[line_start:first].strip() and SGML_TAG.search(text, line_start, first):
            return True  # "...</ISSUER><DOCUMENT>": the document opens after a tag
        if after.lstrip(" \t").startswith("<TYPE>"):
            return True  # "<DOCUMENT><TYPE>4": its metadata on the document's line
    count = 0
    for _ in TAG_AFTER_VALUE.finditer(header):
        count += 1
        if count >= MIN_RUN_TOGETHER:
            return True
    return False


def _tag_regions(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_header) of the parts of ``text`` that hold tags: the header, each
    document's metadata up to and with ``<TEXT>``, and what follows each ``</TEXT>``. The
    documents' texts lie between them."""
    regions: list[tuple[int, int, bool]] = []
    pos, header = 0, True
    while True:
        doc = text.find("<DOCUMENT>", pos)
        if doc == -1:
            regions.append((pos, len(text), header))
            return regions
        if header:
            regions.append((0, doc, True))
            pos, header = doc, False
        nxt = text.find("<DOCUMENT>", doc + len("<DOCUMENT>"))
        # searched up to the next document only: thousands of documents without text (junk)
        # must not make the search run to the end of the file for each
        body = text.find("<TEXT>", doc, nxt if nxt != -1 else len(text))
        if body == -1:  # a document without text
            end = nxt if nxt != -1 else len(text)
            regions.append((pos, end, False))
            if nxt == -1:
                return regions
            pos = nxt
            continue
        regions.append((pos, body + len("<TEXT>"), False))
        close = text.find("</TEXT>", body)
        if close == -1:  # the text runs to the end of the file
            return regions
        pos = close + len("</TEXT>")


def break_tag_lines(src: SourceText) -> RebuiltSubmission | None:
    """``src`` set out one tag a line when it is a one-line submission, else None.

    Evidence of the rebuilt text cites ``src``'s own lines and offsets (see the module
    docstring). See also :func:`graphkit.parsers.sgml.split_submission`, which calls it.
    """
    text = src.text
    if not one_line_layout(text):
        return None
    parts: list[str] = []
    starts: list[int] = []
    offsets: list[int] = []
    lines: list[int] = []
    size = 0  # characters of the rebuilt text so far
    line = 1  # line in src.text of ``done``
    done = 0  # characters of src.text copied so far
    first_line = 0

    def copy(end: int) -> None:
        """Copy ``text[done:end]``, anchoring each of its lines to the file."""
        nonlocal size, line, done
        while done < end:
            starts.append(size)
            offsets.append(done)
            lines.append(line)
            nl = text.find("\n", done, end)
            stop = end if nl == -1 else nl + 1
            parts.append(text[done:stop])
            size += stop - done
            if nl != -1:
                line += 1
            done = stop

    for r_start, r_end, is_header in _tag_regions(text):
        copy(r_start)  # a document's text, copied as filed
        for m in SGML_TAG.finditer(text, r_start, r_end):
            if m.start() == 0 or text[m.start() - 1] == "\n":
                continue
            copy(m.start())
            parts.append("\n")
            size += 1
            first_line = first_line or line
        copy(r_end)
    rebuilt = "".join(parts)
    origin = TextOrigin(starts=starts, offsets=offsets, lines=lines)
    out = SourceText(path=src.path, text=rebuilt, offset=src.offset,
                     line_offset=src.line_offset, warnings=list(src.warnings), origin=origin)
    return RebuiltSubmission(source=out, first_line=first_line + src.line_offset)
