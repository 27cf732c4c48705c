"""The ``graphkit`` command line: a thin layer over the library.

Each command parses its arguments, calls one library function, and prints. Library errors
(:class:`graphkit.errors.GraphkitError`) become a one-line message on stderr and exit code 2;
anything unexpected becomes exit code 1 with the message, never a traceback wall.

Commands are registered by small modules (``cli_*.py``), each with a ``register(subparsers)``
function, so every command lives next to its own help text and examples.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Callable, Sequence

from graphkit.errors import GraphkitError

#: Exit codes
EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE_OR_INPUT = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


def add_command(subparsers, name: str, help: str, example: str, handler: Handler
                ) -> argparse.ArgumentParser:
    """Add a sub-command whose help ends with a worked example."""
    p = subparsers.add_parser(name, help=help, description=help,
                              epilog=f"example:\n  {example}",
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.set_defaults(handler=handler)
    return p


def make_parser() -> argparse.ArgumentParser:
    """The full argument parser with every registered command."""
    parser = argparse.ArgumentParser(
        prog="graphkit",
        description="Turn SEC ownership filings into a resolved, cited entity graph.",
        epilog="example:\n  graphkit demo\n  graphkit build filings/ -o graph.json --html graph.html",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from graphkit import cli_build
    cli_build.register(sub)
    for mod_name in ("graphkit.cli_queries", "graphkit.cli_views"):
        try:
            mod = __import__(mod_name, fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name != mod_name:
                raise
            continue
        mod.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = make_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE_OR_INPUT
    try:
        return args.handler(args)
    except GraphkitError as exc:
        print(f"graphkit: error: {exc}", file=sys.stderr)
        return EXIT_USAGE_OR_INPUT
    except KeyboardInterrupt:
        print("graphkit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the one top-level catch-all: no traceback walls for users
        print(f"graphkit: unexpected error: {type(exc).__name__}: {exc}\n"
              "Please report this with the command you ran.", file=sys.stderr)
        if getattr(args, "verbose", False):
            raise
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
