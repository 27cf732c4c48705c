"""The map of an HTML conversion: runs composed with marks, as the plain composition says."""

from __future__ import annotations

from sys import maxsize
from types import SimpleNamespace

from hypothesis import example, given, settings
from hypothesis import strategies as st

from graphkit.parsers.html_marks import line_starts
from graphkit.parsers.html_origin import compose_origin


def plain_compose(runs, marks):
    """compose_origin without its shortcut for runs that add no anchor."""
    raws, lines, offsets, starts_of = marks.raws, marks.lines, marks.offsets, marks.line_starts
    nlines = len(starts_of)
    ahead = raws[1:] + [maxsize]
    starts, offs, lns = [], [], []
    p0 = o0 = l0 = -1
    j = 0
    for pos, r, n in runs:
        while ahead[j] <= r:
            j += 1
        k, p, line = j, pos, min(lines[j], nlines)
        off = offsets[j] + max(r - raws[j], 0)
        while True:
            if line != l0 or off - o0 != p - p0:
                end = max(starts_of[line] - 1 if line < nlines else off, starts_of[line - 1])
                o0, p0, l0 = min(off, end), p, line
                starts.append(p), offs.append(o0), lns.append(line)
            if ahead[k] >= r + n:
                break
            k += 1
            p, off, line = pos + raws[k] - r, offsets[k], min(lines[k], nlines)
    return starts, offs, lns


@st.composite
def runs_and_marks(draw):
    html = "\n".join(draw(st.lists(st.text("ab<>", max_size=12), min_size=1, max_size=6)))
    starts = line_starts(html)
    raws, lines, offsets = [], [], []
    raw = line = 0
    for _ in range(draw(st.integers(1, 12))):
        raw += draw(st.integers(0 if not raws else 1, 4))
        line = min(line + draw(st.integers(0, 1)), len(starts) + 1) or 1
        raws.append(raw), lines.append(line), offsets.append(draw(st.integers(0, len(html) + 3)))
    runs = []
    pos = raw = 0
    for _ in range(draw(st.integers(1, 15))):
        raw += draw(st.integers(0, 3))
        pos += draw(st.integers(0, 3))
        n = draw(st.integers(1, 4))
        runs.append((pos, raw, n))
        raw += n
        pos += n
    return runs, SimpleNamespace(raws=raws, lines=lines, offsets=offsets, line_starts=starts,
                                 html=html)


@settings(max_examples=500)
@given(runs_and_marks())
@example(([(0, 0, 1), (1, 2, 1)],  # runs before the first mark, the anchor kept at its line's end
          SimpleNamespace(raws=[3], lines=[1], offsets=[4], line_starts=[0, 3], html="<<\n")))
def test_compose_as_plain_composition(case):
    runs, marks = case
    o = compose_origin(runs, marks)
    starts, offs, lns = plain_compose(runs, marks)
    if not starts:
        starts, offs, lns = [0], [marks.offsets[0]], [marks.lines[0]]
    assert (o.starts, o.offsets, o.lines) == (starts, offs, lns)
