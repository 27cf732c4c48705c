"""The map of an HTML conversion: its text runs composed with the marks placed in the HTML.

:func:`~graphkit.parsers.html_text.html_to_text_mapped` copies runs of a raw stream into its
text (text position, raw position, length), and :class:`~graphkit.parsers.html_marks.Marks`
places that stream's text in the HTML (raw position → HTML offset and line).
:func:`compose_origin` composes the two into the :class:`~graphkit.source.TextOrigin` that
cites the converted text by the HTML's own lines.

Examples
--------
>>> from graphkit.parsers.html_marks import Marks
>>> html = "<p>Name of Issuer</p>\\n<p>(&#8220;Acme&#8221;) Co.</p>"
>>> marks = Marks(html)
>>> marks.mark("Name of Issuer", 0, 1, at_line_start=False, verbatim=True)
>>> marks.mark("(\u201cAcme\u201d) Co.", 15, 2, at_line_start=False, verbatim=False)
>>> o = compose_origin([(0, 0, 14), (15, 15, 12)], marks)
>>> o.starts, o.offsets, o.lines
([0, 17, 24], [3, 33, 46], [1, 2, 2])
"""

from __future__ import annotations

from sys import maxsize
from typing import TYPE_CHECKING

from graphkit.source import TextOrigin

if TYPE_CHECKING:
    from graphkit.parsers.html_marks import Marks


def compose_origin(runs: list[tuple[int, int, int]], marks: Marks) -> TextOrigin:
    """Compose text runs (text position, raw position, length) with the placed marks.

    A run is read from the last mark at or before its start, then from each mark inside it;
    an anchor that continues the previous one character for character is left out, and an
    offset past the end of its line is kept at that end. ``runs`` are in raw order.

    >>> from graphkit.parsers.html_marks import Marks
    >>> m = Marks("<p>ab</p>\\n<p>c</p>")
    >>> m.add(0, "ab", 1), m.add(4, "c", 2)
    (3, 13)
    >>> compose_origin([(0, 0, 6)], m)
    TextOrigin(starts=[0, 4], offsets=[3, 13], lines=[1, 2])
    """
    raws, lines, offsets, line_starts = marks.raws, marks.lines, marks.offsets, marks.line_starts
    if not raws:
        return TextOrigin(starts=[0], offsets=[0], lines=[1])
    nlines = len(line_starts)
    ahead = raws[1:]  # the raw position of the mark after each (none after the last)
    ahead.append(maxsize)
    starts: list[int] = []
    offs: list[int] = []
    lns: list[int] = []
    p0 = o0 = l0 = -1  # the last anchor kept
    j = 0  # the last mark at or before the run (or the first mark)
    # A run that reads from mark j alone (none inside it) and continues the last anchor one for
    # one adds no anchor; it does so when its raw position less its text position is `same`
    until_r, same = ahead[0], None  # (the raw position of the mark after j)
    for pos, r, n in runs:
        if r + n <= until_r and r - pos == same:  # the most common run: nothing to add
            continue
        while ahead[j] <= r:
            j += 1
        k, p, line = j, pos, lines[j]
        if line > nlines:  # past the last line: character references that decode to "\n"
            line = nlines
        off = offsets[j] + (r - raws[j] if r > raws[j] else 0)
        end_r = r + n
        while True:
            if line != l0 or off - o0 != p - p0:  # not one for one with the anchor before
                end = line_starts[line] - 1 if line < nlines else off
                lo = line_starts[line - 1]
                if end < lo:
                    end = lo
                o0 = off if off < end else end
                p0, l0 = p, line
                starts.append(p)
                offs.append(o0)
                lns.append(line)
            if ahead[k] >= end_r:
                break
            k += 1
            p, off, line = pos + raws[k] - r, offsets[k], lines[k]
            if line > nlines:
                line = nlines
        # The next run reads from mark k on (all marks before it are before this run's end):
        # at raw r', text pos', mark k gives the offset offsets[k] + r' - raws[k], one for one
        # with the anchor when that less o0 is pos' - p0 (and never so before the first mark)
        j, until_r = k, ahead[k]
        same = raws[k] - offsets[k] + o0 - p0 if line == l0 and raws[k] < end_r else None
    if not starts:
        return TextOrigin(starts=[0], offsets=[offsets[0]], lines=[lines[0]])
    return TextOrigin(starts=starts, offsets=offs, lines=lns)
