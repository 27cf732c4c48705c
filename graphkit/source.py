"""The text of one input file, with line numbers, for evidence.

:class:`SourceText` keeps the decoded text of a file and turns character offsets into
:class:`~graphkit.models.Evidence` with 1-based line numbers. Every parser cites through it, so
evidence is located the same way everywhere.

A text that was *converted* from the file (an HTML document turned into plain text by
:func:`~graphkit.parsers.html_text.html_to_text_mapped`) carries a :class:`TextOrigin`: a map
from positions in the converted text back to positions in the original document. Evidence and
warnings then cite the original file's lines and character offsets, not those of the converted
text, so a citation can be opened in the filing as published. Parsers keep working on positions
in ``text``; :meth:`SourceText.text_pos` turns an evidence offset back into one.

Examples
--------
>>> src = SourceText(path="f.txt", text="one\\ntwo three\\n")
>>> src.line_of(4)
2
>>> ev = src.evidence(4, 7, section="Item 1")
>>> (ev.line, ev.text, ev.section)
(2, 'two', 'Item 1')

A converted text: "Acme" came from line 3 (offset 20) of the original, "Fund" from line 5.

>>> origin = TextOrigin(starts=[0, 5], offsets=[20, 41], lines=[3, 5])
>>> conv = SourceText(path="f.html", text="Acme Fund", origin=origin)
>>> ev = conv.evidence(5, 9)
>>> (ev.text, ev.line, ev.start, ev.end)
('Fund', 5, 41, 45)
>>> conv.warn("odd", "look here", pos=0).line
3
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Optional

from graphkit.models import Evidence, FilingWarning, unchecked

#: Longest evidence text kept (characters); longer spans are cut with an ellipsis.
MAX_EVIDENCE_CHARS = 400


@dataclass(frozen=True)
class TextOrigin:
    """Where the parts of a converted text came from in the original document.

    Anchor ``i`` says: the converted text from position ``starts[i]`` (up to ``starts[i + 1]``)
    was read at character ``offsets[i]`` of the original document, on its 1-based line
    ``lines[i]``. Between anchors, positions advance one for one (clamped to the next anchor),
    so an offset inside a run is close but not exact where entities or spaces were squeezed;
    the line is exact, as a run never crosses a line break of the original. ``starts`` is
    sorted; offsets and lines are those of the document alone (the :class:`SourceText` adds its
    ``offset`` and ``line_offset``).

    >>> o = TextOrigin(starts=[0, 4], offsets=[10, 30], lines=[2, 4])
    >>> o.locate(0), o.locate(6), o.locate(99)
    ((10, 2), (32, 4), (125, 4))
    """

    starts: list[int]
    offsets: list[int]
    lines: list[int]

    def locate(self, pos: int) -> tuple[int, int]:
        """(offset, 1-based line) in the original document of converted position ``pos``.

        An empty map places everything at (0, 1).
        """
        starts = self.starts
        if not starts:
            return 0, 1
        # written out with comparisons rather than max()/min() calls: evidence asks this for
        # both ends of every fact it cites
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            i = 0
        at, offsets = starts[i], self.offsets
        off = offsets[i] + (pos - at if pos > at else 0)
        if i + 1 < len(starts):
            cap = offsets[i + 1] - 1  # clamped to the next anchor (but never before this one)
            if cap < offsets[i]:
                cap = offsets[i]
            if off > cap:
                off = cap
        return off, self.lines[i]

    def text_pos(self, offset: int) -> int:
        """The converted position whose original offset is the last at or before ``offset``.

        >>> TextOrigin(starts=[0, 4], offsets=[10, 30], lines=[2, 4]).text_pos(31)
        5
        """
        if not self.starts:
            return 0
        i = max(bisect.bisect_right(self.offsets, offset) - 1, 0)
        nxt = self.starts[i + 1] if i + 1 < len(self.starts) else None
        pos = self.starts[i] + max(offset - self.offsets[i], 0)
        return pos if nxt is None else min(pos, max(nxt - 1, self.starts[i]))


@dataclass
class SourceText:
    """Decoded text of one file (or one document inside a submission).

    ``offset`` and ``line_offset`` place a document that was cut out of a larger file, so the
    evidence still points into the original file. ``origin``, when set, maps positions in
    ``text`` (a converted text, such as HTML made into plain text) to positions in the document
    it was converted from; evidence and warnings then cite the document's own lines and
    offsets. ``warnings`` collects decoding notes.
    """

    path: str
    text: str
    offset: int = 0
    line_offset: int = 0
    warnings: list[FilingWarning] = field(default_factory=list)
    origin: Optional[TextOrigin] = None
    _starts: Optional[list[int]] = field(default=None, init=False, repr=False, compare=False)
    #: Characters scanned so far by line look-ups that counted line breaks (see :meth:`line_of`)
    _counted: int = field(default=0, init=False, repr=False, compare=False)

    def _line_starts(self) -> list[int]:
        """Where each line of ``text`` starts, computed on first use (most converted and
        cut-out texts never ask for it) and then kept."""
        if self._starts is None:
            # line lengths plus their newline, summed: all in C, no Python loop over lines
            starts = list(accumulate(map((1).__add__, map(len, self.text.split("\n"))),
                                     initial=0))
            starts.pop()  # the sum past the last line
            self._starts = starts
        return self._starts

    def line_of(self, pos: int) -> int:
        """1-based line number (in the original file) of character ``pos`` of this text."""
        if self.origin is not None:
            return self.origin.locate(max(pos, 0))[1] + self.line_offset
        pos = max(pos, 0)
        if self._starts is None and self._counted < len(self.text):
            # Counting the line breaks before ``pos`` (one C scan) gives the same number as the
            # table of line starts and costs far less than building it: a submission's text is
            # asked for a line a few times only (its header, where each document starts).
            # Once as many characters were counted as the text holds, the table is built.
            self._counted += pos
            return self.text.count("\n", 0, pos) + 1 + self.line_offset
        return bisect.bisect_right(self._line_starts(), pos) + self.line_offset

    def file_offset(self, pos: int) -> int:
        """Character offset (in the original file) of character ``pos`` of this text.

        >>> SourceText(path="x", text="abc", offset=100).file_offset(2)
        102
        """
        if self.origin is not None:
            return self.origin.locate(max(pos, 0))[0] + self.offset
        return pos + self.offset

    def text_pos(self, file_offset: int) -> int:
        """Position in this text of an offset in the original file (an ``Evidence.start``).

        The inverse of :meth:`file_offset`, for parsers that find a fact again by its evidence.

        >>> src = SourceText(path="x", text="abc", offset=100)
        >>> src.text_pos(src.evidence(1, 2).start)
        1
        """
        if self.origin is not None:
            return self.origin.text_pos(file_offset - self.offset)
        return file_offset - self.offset

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` of this text, without newline.

        Lines are numbered as in the original file when this text is a cut-out of it (no
        ``origin``); a converted text numbers its own lines from ``line_offset + 1``.
        """
        i = line - 1 - self.line_offset
        starts = self._line_starts()
        if i < 0 or i >= len(starts):
            return ""
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(self.text)
        return self.text[starts[i]:end]

    def evidence(self, start: int, end: int, section: str | None = None,
                 text: str | None = None) -> Evidence:
        """Evidence for ``text[start:end]``, trimmed and cut to :data:`MAX_EVIDENCE_CHARS`.

        Lines and offsets are those of the original file (see :class:`TextOrigin`).
        """
        raw = self.text[start:end] if text is None else text
        snippet = " ".join(raw.split())
        if len(snippet) > MAX_EVIDENCE_CHARS:
            snippet = snippet[: MAX_EVIDENCE_CHARS - 1] + "…"
        last = end - 1 if end - 1 > start else start  # max(start, end - 1)
        origin = self.origin
        if origin is not None:  # one look-up per end gives both its offset and its line
            off_s, line_s = origin.locate(start if start > 0 else 0)
            off_l, line_l = origin.locate(last if last > 0 else 0)
            f_start, f_last = off_s + self.offset, off_l + self.offset
            line_s += self.line_offset
            line_l += self.line_offset
        else:
            f_start, f_last = start + self.offset, last + self.offset
            line_s = self.line_of(start)
            line_l = line_s if last == start else self.line_of(last)
        f_end = f_last + 1 if end > start else f_last
        if f_end < f_start:
            f_end = f_start
        fields = {"source": self.path, "line": line_s, "end_line": line_l, "start": f_start,
                  "end": f_end, "text": snippet, "section": section}
        if type(self.path) is str and (section is None or type(section) is str):
            return unchecked(Evidence, fields)  # all fields, in order, of their exact types
        return Evidence(**fields)  # a str subclass (an XPath result) is made a str

    def warn(self, code: str, message: str, pos: int | None = None) -> FilingWarning:
        """Build a warning located at character ``pos`` (or at the file if ``pos`` is None)."""
        return FilingWarning(code=code, message=message, source=self.path,
                             line=None if pos is None else self.line_of(pos))
