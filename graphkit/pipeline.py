"""The main pipeline: filing files in, a resolved graph and a per-file report out.

Examples
--------
>>> result = build(samples())
>>> result.graph.number_of_nodes() > 0
True
>>> len(result.reports), len(result.failed)
(2, 0)
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Iterable, Optional, Sequence

import networkx as nx
from pydantic import BaseModel, ConfigDict, Field

from graphkit.batch import parse_many
from graphkit.graph import build_graph
from graphkit.models import FilingRecord, ParseReport, ParseStatus
from graphkit.time_limit import TIME_LIMIT
from resolvers import load_judgements
from resolvers.models import Judgement


def samples() -> list[Path]:
    """Paths of the two sample filings bundled with graphkit (a 2013 Schedule 13G and a 2003
    paper Form D, both OCR text of scanned pages).

    >>> [p.name for p in samples()]
    ['000_ef32b5b89d46cac3.txt', '002_28a909641369b00a.txt']
    """
    folder = resources.files("graphkit") / "samples"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


class BuildResult(BaseModel):
    """What :func:`build` made: the graph, one report per file, and the records."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    graph: nx.MultiDiGraph
    reports: list[ParseReport] = Field(default_factory=list)

    @property
    def records(self) -> list[FilingRecord]:
        """Every record read, in file order."""
        return [rec for r in self.reports for rec in r.records]

    @property
    def failed(self) -> list[ParseReport]:
        """Reports of the files that gave nothing."""
        return [r for r in self.reports if r.status == ParseStatus.FAILED]


def build(paths: Iterable[str | Path], judgements: Optional[str | Path | Sequence[Judgement]]
          = None, *, workers: int = 1, progress: bool = False,
          time_limit: Optional[float] = TIME_LIMIT) -> BuildResult:
    """Parse every filing under ``paths`` (files or folders), resolve, and build the graph.

    Parameters
    ----------
    paths : iterable of str or Path
        Filing files or folders (searched recursively).
    judgements : path or sequence of Judgement, optional
        A judgements file (CSV: ``a,b,verdict,note``) or judgements; "not_same" always wins.
    workers : int
        Parallel parser processes.
    progress : bool
        Show a progress bar on stderr.
    time_limit : float or None
        Seconds one file may take before it is stopped and reported failed (None: no limit;
        see :func:`graphkit.batch.parse_many`).

    Raises
    ------
    graphkit.errors.JudgementError
        If the judgements file cannot be read.

    See also
    --------
    graphkit.graph.build_graph, graphkit.batch.parse_many
    """
    if isinstance(judgements, (str, Path)):
        judgements = load_judgements(judgements)
    reports = list(parse_many(list(paths), workers=workers, progress=progress,
                              time_limit=time_limit))
    records = [rec for r in reports for rec in r.records]
    G = build_graph(records, judgements or ())
    return BuildResult(graph=G, reports=reports)
