"""Plain-text summaries of a build for the command line and notebooks."""

from __future__ import annotations

from collections import Counter

from graphkit.pipeline import BuildResult
from graphkit.models import ParseStatus

#: How many warnings per file the summary shows before "... and N more".
MAX_WARNINGS_SHOWN = 5


def format_build_summary(result: BuildResult, *, verbose: bool = False) -> str:
    """A few lines: files by outcome, each failure with its reason, graph size, warnings.

    >>> from graphkit.pipeline import build, samples
    >>> print(format_build_summary(build(samples())))  # doctest: +ELLIPSIS
    2 files: ... 0 failed
    ...
    graph: ... nodes, ... edges
    """
    counts = Counter(r.status for r in result.reports)
    lines = [f"{len(result.reports)} files: {counts[ParseStatus.PARSED]} parsed, "
             f"{counts[ParseStatus.WARNINGS]} parsed with warnings, "
             f"{counts[ParseStatus.FAILED]} failed"]
    for r in result.reports:
        if r.status == ParseStatus.FAILED:
            lines.append(f"  failed: {r.reason}")
        elif r.warnings:
            shown = r.warnings if verbose else r.warnings[:MAX_WARNINGS_SHOWN]
            lines.append(f"  {r.source}: {len(r.warnings)} warning(s)")
            lines += [f"    {w.code}: {w.message}" + (f" (line {w.line})" if w.line else "")
                      for w in shown]
            if len(shown) < len(r.warnings):
                lines.append(f"    ... and {len(r.warnings) - len(shown)} more")
    G = result.graph
    lines.append(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    stale = G.graph.get("stale_judgements") or []
    if stale:
        lines.append(f"  {len(stale)} judgement(s) match no name any more:")
        lines += [f"    {j['a']!r} / {j['b']!r} ({j['verdict']})" for j in stale]
    return "\n".join(lines)
