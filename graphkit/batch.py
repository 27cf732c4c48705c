"""Parsing thousands of files: folders walked, workers in parallel, one report line per file.

:func:`parse_many` yields one :class:`~graphkit.models.ParseReport` per file, in input order:
parsed, parsed with warnings, or failed with the reason. A failed file never stops the batch and
never loses what other files gave. With ``workers > 1`` files are parsed in a
:class:`~concurrent.futures.ProcessPoolExecutor` in chunks; if a worker process dies on a file
(a crash, not an exception), that chunk is retried one file at a time so only the guilty file
is reported failed. :func:`write_report` writes the reports as TSV.

Examples
--------
>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "empty.txt").write_text("")
>>> [(pathlib.Path(r.source).name, r.status.value) for r in parse_many([d])]
[('empty.txt', 'failed')]
"""

from __future__ import annotations

import csv
import logging
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Iterable, Iterator

from graphkit.models import ParseReport, ParseStatus
from graphkit.parse import parse_path

log = logging.getLogger(__name__)

#: Files sent to a worker at once (amortizes process overhead without starving the pool).
CHUNK_SIZE = 16

#: Names skipped when walking folders: hidden files and editor/OS debris, never filings.
SKIP_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every file under ``paths`` (folders walked recursively, in sorted order).

    A path that does not exist is yielded as is, so its report says "file not found".
    """
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f not in SKIP_NAMES and not f.startswith("."):
                        yield Path(root) / f
        else:
            yield p


def _parse_chunk(paths: list[str]) -> list[ParseReport]:
    return [parse_path(p) for p in paths]


def _crashed(path: str, exc: BaseException) -> ParseReport:
    return ParseReport(source=path, status=ParseStatus.FAILED,
                       reason=f"{path}: worker process crashed while parsing ({exc!r})")


def _parallel(files: list[str], workers: int) -> Iterator[ParseReport]:
    chunks = [files[i:i + CHUNK_SIZE] for i in range(0, len(files), CHUNK_SIZE)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_parse_chunk, c) for c in chunks]
        for chunk, fut in zip(chunks, futures):
            try:
                yield from fut.result()
            except BrokenProcessPool:
                yield from _isolate(chunk)
                # the pool is unusable now; finish the rest one file per fresh process
                rest = chunks[chunks.index(chunk) + 1:]
                for c in rest:
                    yield from _isolate(c)
                return


def _isolate(chunk: list[str]) -> Iterator[ParseReport]:
    """Parse each file of ``chunk`` in its own process, so a crash blames only its file."""
    for path in chunk:
        with ProcessPoolExecutor(max_workers=1) as pool:
            try:
                yield pool.submit(parse_path, path).result()
            except BrokenProcessPool as exc:
                yield _crashed(path, exc)


def parse_many(paths: Iterable[str | Path], workers: int = 1,
               progress: bool = False) -> Iterator[ParseReport]:
    """Parse every file under ``paths``; yield one report per file, in order.

    Parameters
    ----------
    paths : iterable of str or Path
        Files and folders (walked recursively).
    workers : int
        Processes to use; 1 parses in this process.
    progress : bool
        Show a rich progress bar on stderr.

    See also
    --------
    graphkit.parse.parse_path, write_report
    """
    files = [str(f) for f in iter_files(paths)]
    reports = (_parse_chunk([f])[0] for f in files) if workers <= 1 else _parallel(files, workers)
    if not progress:
        yield from reports
        return
    from rich.console import Console  # display code only when asked for
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task("parsing filings", total=len(files))
        for rep in reports:
            bar.advance(task)
            yield rep


#: Columns of the TSV batch report.
REPORT_COLUMNS = ("source", "status", "form", "records", "claims", "warnings", "seconds",
                  "reason")


def write_report(reports: Iterable[ParseReport], path: str | Path) -> int:
    """Write ``reports`` as a TSV file (one line per file); return the number of lines.

    >>> import tempfile, os
    >>> out = os.path.join(tempfile.mkdtemp(), "report.tsv")
    >>> write_report([ParseReport(source="a.txt", status="failed", reason="a.txt: empty")], out)
    1
    >>> open(out).read().splitlines()[1]
    'a.txt\\tfailed\\t\\t0\\t0\\t0\\t\\ta.txt: empty'
    """
    n = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(REPORT_COLUMNS)
        for r in reports:
            w.writerow([r.source, r.status.value, r.form or "", len(r.records),
                        sum(len(x.claims) for x in r.records), len(r.warnings),
                        f"{r.seconds:.4f}" if r.seconds is not None else "",
                        " ".join((r.reason or "").split())])
            n += 1
    return n
