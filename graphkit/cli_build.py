"""CLI commands that build graphs: ``build``, ``demo`` and ``explain``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graphkit.cli import EXIT_OK, EXIT_USAGE_OR_INPUT, add_command
from graphkit.time_limit import TIME_LIMIT


def register(sub) -> None:
    """Add ``build``, ``demo`` and ``explain`` to the sub-command parser ``sub``."""
    p = add_command(sub, "build", "Parse filings (files or folders) into a resolved graph.",
                    "graphkit build filings/ -o graph.json --html graph.html", _build)
    p.add_argument("paths", nargs="+", metavar="PATH", help="filing files or folders")
    p.add_argument("-o", "--output", default="graph.json", help="graph file (node-link JSON)")
    p.add_argument("--html", metavar="FILE", help="also write an offline HTML view")
    p.add_argument("--judgements", metavar="FILE", help="same/not-same judgements (CSV)")
    p.add_argument("--workers", type=int, default=1, help="parallel parser processes")
    p.add_argument("--report", metavar="FILE", help="write the per-file report as TSV")
    p.add_argument("--progress", action="store_true", help="show a progress bar")
    p.add_argument("--time-limit", type=_seconds, default=TIME_LIMIT, metavar="SECONDS",
                   help="stop a file still parsing after SECONDS and report it (failed, or "
                        "with the documents of its submission read before the stop); default "
                        f"{TIME_LIMIT:g}, 0 for no limit")

    p = add_command(sub, "demo", "Run the main job on the two bundled sample filings.",
                    "graphkit demo", _demo)
    p.add_argument("--out-dir", default=".", help="where to write graph.json and graph.html")

    p = add_command(sub, "explain", "Explain why two names are (or are not) one node.",
                    'graphkit explain "Acme Fund, L.P." "ACME FUND LP" --graph graph.json',
                    _explain)
    p.add_argument("name_a", metavar="NAME_A")
    p.add_argument("name_b", metavar="NAME_B")
    p.add_argument("--graph", default="graph.json", help="graph file from 'graphkit build'")


def _seconds(text: str) -> float:
    """A ``--time-limit`` value: seconds, 0 or more."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0:  # also refuses "nan"; "inf" is no limit
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds (0 or more)")
    return value


def _unwritable(path: Path) -> str | None:
    """Why an output ``path`` cannot be written (None: it can), its missing folders made first:
    ``-o results/graph.json`` makes ``results/``; a folder given as the file, or a file in the
    way of a folder, is refused before any filing is parsed.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _unwritable(d / "new" / "graph.json"), (d / "new").is_dir(), _unwritable(d)
    (None, True, 'it is a folder')
    """
    if path.is_dir():
        return "it is a folder"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        return f"its folder {path.parent} cannot be made ({e.strerror or e})"
    return None


def _build(args: argparse.Namespace) -> int:
    from graphkit.pipeline import build
    from graphkit.graph import write_graph
    from graphkit.summary import format_build_summary

    for out in (args.output, args.html, args.report):  # before the batch, not after it
        if out and (problem := _unwritable(Path(out))):
            print(f"graphkit: error: cannot write {out}: {problem}", file=sys.stderr)
            return EXIT_USAGE_OR_INPUT
    result = build(args.paths, args.judgements, workers=args.workers, progress=args.progress,
                   time_limit=args.time_limit or None)
    print(format_build_summary(result))
    if args.report:
        from graphkit.batch import write_report
        write_report(result.reports, args.report)
    if not result.records:
        print("graphkit: error: no filing could be read; nothing written", file=sys.stderr)
        return EXIT_USAGE_OR_INPUT
    write_graph(result.graph, args.output)
    print(f"wrote {args.output}")
    if args.html:
        from graphkit.html_view import write_html
        write_html(result.graph, args.html)
        print(f"wrote {args.html}")
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from graphkit.demo import format_demo, run_demo

    print(format_demo(run_demo(Path(args.out_dir))))
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from graphkit.explain import explain_names
    from graphkit.graph import read_graph

    print(explain_names(read_graph(args.graph), args.name_a, args.name_b))
    return EXIT_OK
