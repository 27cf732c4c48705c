"""Parsing thousands of files: folders walked, workers in parallel, one report line per file.

:func:`parse_many` yields one :class:`~graphkit.models.ParseReport` per file, in input order:
parsed, parsed with warnings, or failed with the reason. A failed file never stops the batch and
never loses what other files gave. With ``workers > 1`` files are parsed in a
:class:`~concurrent.futures.ProcessPoolExecutor` in chunks, by workers that start with the
parsers already imported where the platform forks them (:func:`_warm_workers`);
if a worker process dies on a file (a crash, not an exception), the chunk it was on is retried
one file per process, so only the guilty file is reported failed, and the batch goes on in a
new pool. A file still parsing after the time limit for one file (:mod:`graphkit.time_limit`)
is stopped and reported failed, or parsed with warnings when its submission's documents read
before gave records: a pathological input does not hold the batch. :func:`write_report` writes
the reports as TSV.

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
import importlib
import logging
import multiprocessing
import os
import sys
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from graphkit.errors import TimeLimitExceeded
from graphkit.models import ParseReport, ParseStatus
from graphkit.parse import PARSERS, parse_path
from graphkit.time_limit import TIME_LIMIT, time_limit as limited_to

log = logging.getLogger(__name__)

#: Files sent to a worker at once (amortizes process overhead without starving the pool).
CHUNK_SIZE = 16
#: Chunks a worker submitted ahead of the next one to report (keeps the workers busy while
#: the reports waiting to be read stay few)
CHUNKS_IN_FLIGHT = 4
#: The modules a worker imports before its first file: the parsers of every input kind
PRELOAD = ("graphkit.parse", *sorted({module for module, _ in PARSERS.values()}))

#: What parses one file into its report (a module-level function, so that a worker process
#: can import it by name)
Parse = Callable[[str], ParseReport]

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


def _preload() -> None:
    """Import the parsers (:data:`PRELOAD`) if this process has not: a second or more of
    CPU that must not count against the first file's time limit."""
    for module in PRELOAD:
        if module not in sys.modules:
            importlib.import_module(module)


def _parse_limited(path: str, parse: Parse, seconds: Optional[float]) -> ParseReport:
    """``parse(path)``, stopped after ``seconds`` (:func:`~graphkit.time_limit.time_limit`): a
    file stopped before its parser could report is reported failed, with the reason."""
    if seconds:
        _preload()
    t0 = time.perf_counter()
    try:
        with limited_to(seconds, path):
            return parse(path)
    except TimeLimitExceeded as exc:
        return ParseReport(source=path, status=ParseStatus.FAILED, reason=str(exc),
                           seconds=time.perf_counter() - t0)


def _parse_chunk(paths: list[str], parse: Parse, seconds: Optional[float]
                 ) -> list[ParseReport]:
    return [_parse_limited(p, parse, seconds) for p in paths]


def _crashed(path: str, exc: BaseException) -> ParseReport:
    return ParseReport(source=path, status=ParseStatus.FAILED,
                       reason=f"{path}: worker process crashed while parsing ({exc!r})")


def _warm_workers() -> None:
    """Have every worker start with the parsers imported (:data:`PRELOAD`).

    Importing them compiles their patterns, several seconds of CPU. Where workers are forked
    from this process (the default on Linux up to Python 3.13), this process imports them once
    and each worker, and each fresh process that :func:`_isolate` starts after a crash, is born
    with them; where they are forked from a server process (the default from 3.14), that
    server imports them once. Where they are spawned (macOS, Windows), each imports them itself.
    """
    method = multiprocessing.get_start_method()
    if method == "fork":
        for module in PRELOAD:
            importlib.import_module(module)
    elif method == "forkserver":
        multiprocessing.set_forkserver_preload(list(PRELOAD))


def _parallel(files: list[str], workers: int, parse: Parse, seconds: Optional[float]
              ) -> Iterator[ParseReport]:
    """Reports of ``files`` parsed by ``workers`` processes, in order.

    At most :data:`CHUNKS_IN_FLIGHT` chunks a worker are submitted ahead of the one reported
    next, so that the records of a long batch are not all held at once. When a worker dies,
    the pool is gone: the first chunk not yet reported is parsed one file per process
    (:func:`_isolate`: a file that crashes is reported failed), and the rest go on in a new pool.
    """
    chunks = deque(files[i:i + CHUNK_SIZE] for i in range(0, len(files), CHUNK_SIZE))
    _warm_workers()
    while chunks:
        pool = ProcessPoolExecutor(max_workers=workers)
        try:
            pending: deque[Future[list[ParseReport]]] = deque()
            submitted = 0  # chunks of ``chunks`` submitted (in order, from its head)
            broken = False
            while chunks and not broken:
                try:  # a pool broken meanwhile refuses new chunks too
                    while submitted < len(chunks) and len(pending) < workers * CHUNKS_IN_FLIGHT:
                        pending.append(pool.submit(_parse_chunk, chunks[submitted], parse,
                                                 seconds))
                        submitted += 1
                    reports = pending.popleft().result()
                except BrokenProcessPool:
                    broken = True
                    break
                chunks.popleft()
                submitted -= 1
                yield from reports
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        if broken:
            yield from _isolate(chunks.popleft(), parse, seconds)


def _isolate(chunk: list[str], parse: Parse, seconds: Optional[float]
             ) -> Iterator[ParseReport]:
    """Parse each file of ``chunk`` in its own process, so a crash blames only its file."""
    for path in chunk:
        with ProcessPoolExecutor(max_workers=1) as pool:
            try:
                yield pool.submit(_parse_limited, path, parse, seconds).result()
            except BrokenProcessPool as exc:
                yield _crashed(path, exc)


def parse_many(paths: Iterable[str | Path], workers: int = 1, progress: bool = False,
               parse: Parse = parse_path, time_limit: Optional[float] = TIME_LIMIT
               ) -> Iterator[ParseReport]:
    """Parse every file under ``paths``; yield one report per file, in order.

    Parameters
    ----------
    paths : iterable of str or Path
        Files and folders (walked recursively).
    workers : int
        Processes to use; 1 parses in this process.
    progress : bool
        Show a rich progress bar on stderr.
    parse : callable, optional
        What parses one file into its report (default :func:`~graphkit.parse.parse_path`); with
        workers, a module-level function that they import by name.
    time_limit : float or None
        Seconds of wall time one file may take (default
        :data:`~graphkit.time_limit.TIME_LIMIT`); a file stopped is reported failed, naming the
        limit and where it stopped, unless its submission's documents read before the stop
        gave records: these are kept, reported parsed with warnings, the first warning saying
        which documents were not read. None or 0: no limit. Enforced on POSIX systems from the
        main thread (see :mod:`graphkit.time_limit`; elsewhere a message says it is not).

    See also
    --------
    graphkit.parse.parse_path, write_report
    """
    files = [str(f) for f in iter_files(paths)]
    reports = ((_parse_limited(f, parse, time_limit) for f in files) if workers <= 1
               else _parallel(files, workers, parse, time_limit))
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
