"""The main job: the two bundled sample filings to a cited answer, ``graph.json`` and
``graph.html``.

:func:`run_demo` builds the graph of the bundled samples, writes both files, and asks who
controls each issuer the filings are about, as of each filing's date (the newest first).
:func:`format_demo` turns that into the text ``graphkit demo`` prints.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from graphkit.answers import Controllers
from graphkit.pipeline import BuildResult, build, samples
from graphkit.control import find_controllers
from graphkit.graph import write_graph
from graphkit.html_view import write_html

#: Console width for the printed tables.
DEMO_WIDTH = 120


class DemoResult(BaseModel):
    """What the demo built, wrote and found."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    result: BuildResult
    graph_path: Path
    html_path: Path
    answers: list[Controllers]


def issuers_of(result: BuildResult) -> list[tuple[str, list[dt.date]]]:
    """Each issuer node of the build with the dates its filings speak for, newest first."""
    return [(node, [dt.date.fromisoformat(d) for d in days])
            for node, days in result.graph.graph.get("issuers", {}).items()]


def run_demo(out_dir: Path = Path(".")) -> DemoResult:
    """Build the samples' graph, write ``graph.json`` and ``graph.html`` in ``out_dir``, and
    find the controllers of each issuer as of each of its filings' dates.

    >>> import tempfile
    >>> demo = run_demo(Path(tempfile.mkdtemp()))
    >>> [a.as_of.isoformat() for a in demo.answers]
    ['2013-12-31', '2003-11-28']
    >>> len(demo.answers[0].ultimate), demo.answers[0].total_percent
    (4, 19.42)

    See also
    --------
    graphkit.pipeline.build, graphkit.control.find_controllers
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    result = build(samples())
    graph_path = write_graph(result.graph, out_dir / "graph.json")
    issuers = issuers_of(result)
    html_path = write_html(result.graph, out_dir / "graph.html",
                           title="graphkit demo: the bundled sample filings",
                           highlight_issuer=issuers[0][0] if issuers else None)
    answers = [find_controllers(result.graph, node, as_of=day)
               for node, days in issuers for day in days]
    return DemoResult(result=result, graph_path=graph_path, html_path=html_path,
                      answers=answers)


def format_demo(demo: DemoResult) -> str:
    """The demo's printed report: build summary, then each answer as tables."""
    from rich.console import Console

    from graphkit.render import render
    from graphkit.summary import format_build_summary

    buf = io.StringIO()
    console = Console(file=buf, width=DEMO_WIDTH, no_color=True, highlight=False,
                      emoji=False)
    console.print(format_build_summary(demo.result), markup=False)
    for ans in demo.answers:
        console.rule()
        console.print(_headline(ans), markup=False)
        console.print(render(ans))
    console.rule()
    console.print(f"wrote {demo.graph_path} and {demo.html_path} "
                  f"(open the HTML in a browser; it works offline)", markup=False)
    return buf.getvalue()


def _headline(ans: Controllers) -> str:
    """One sentence answering 'who controls X, through what, how much'."""
    when = f" as of {ans.as_of}" if ans.as_of else ""
    if not ans.ultimate:
        return f"Who controls {ans.issuer.name}{when}: no control chain found."
    people = "; ".join(u.party.name for u in ans.ultimate)
    via: list[str] = []
    for p in ans.paths:
        for s in p.steps[:-1]:
            if s.target.name not in via and s.target.id != ans.issuer.id:
                via.append(s.target.name)
    through = f", through {'; '.join(via)}" if via else ""
    total = (f"; {ans.total_percent:g}% of the class in all, counted once"
             if ans.total_percent else "")
    return f"Who controls {ans.issuer.name}{when}: {people} (top of the chains){through}{total}."
