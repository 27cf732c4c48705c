"""The text of one input file, with line numbers, for evidence.

:class:`SourceText` keeps the decoded text of a file and turns character offsets into
:class:`~graphkit.models.Evidence` with 1-based line numbers. Every parser cites through it, so
evidence is located the same way everywhere.

Examples
--------
>>> src = SourceText(path="f.txt", text="one\\ntwo three\\n")
>>> src.line_of(4)
2
>>> ev = src.evidence(4, 7, section="Item 1")
>>> (ev.line, ev.text, ev.section)
(2, 'two', 'Item 1')
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from graphkit.models import Evidence, FilingWarning

#: Longest evidence text kept (characters); longer spans are cut with an ellipsis.
MAX_EVIDENCE_CHARS = 400


@dataclass
class SourceText:
    """Decoded text of one file (or one document inside a submission).

    ``offset`` and ``line_offset`` place a document that was cut out of a larger file, so the
    evidence still points into the original file. ``warnings`` collects decoding notes.
    """

    path: str
    text: str
    offset: int = 0
    line_offset: int = 0
    warnings: list[FilingWarning] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        starts = [0]
        find = self.text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts

    def line_of(self, pos: int) -> int:
        """1-based line number (in the original file) of character ``pos`` of this text."""
        return bisect.bisect_right(self._starts, max(pos, 0)) + self.line_offset

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` (numbered as in the original file), without newline."""
        i = line - 1 - self.line_offset
        if i < 0 or i >= len(self._starts):
            return ""
        end = self._starts[i + 1] - 1 if i + 1 < len(self._starts) else len(self.text)
        return self.text[self._starts[i]:end]

    def evidence(self, start: int, end: int, section: str | None = None,
                 text: str | None = None) -> Evidence:
        """Evidence for ``text[start:end]``, trimmed and cut to :data:`MAX_EVIDENCE_CHARS`."""
        raw = self.text[start:end] if text is None else text
        snippet = " ".join(raw.split())
        if len(snippet) > MAX_EVIDENCE_CHARS:
            snippet = snippet[: MAX_EVIDENCE_CHARS - 1] + "…"
        return Evidence(source=self.path, line=self.line_of(start),
                        end_line=self.line_of(max(start, end - 1)),
                        start=start + self.offset, end=end + self.offset, text=snippet,
                        section=section)

    def warn(self, code: str, message: str, pos: int | None = None) -> FilingWarning:
        """Build a warning located at character ``pos`` (or at the file if ``pos`` is None)."""
        return FilingWarning(code=code, message=message, source=self.path,
                             line=None if pos is None else self.line_of(pos))
