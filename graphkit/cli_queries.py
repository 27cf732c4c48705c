"""Query commands: controllers, holdings, paths, common, ownership, history, findings.

Each command reads ``--graph`` (from ``graphkit build``), calls one library function, and prints
its answer as rich tables, or as JSON with ``--json`` (the answer model's ``model_dump_json``).
Library errors (an unknown name, a bad date) reach :func:`graphkit.cli.main`, which prints them
and exits 2.
"""

from __future__ import annotations

import argparse
import sys

from pydantic import BaseModel
from rich.console import Console

from graphkit.answers import FindingsReport, OwnershipMethod
from graphkit.asof import stake_history
from graphkit.cli import EXIT_OK, add_command
from graphkit.connections import all_paths, common_controllers, shortest_path
from graphkit.control import find_controllers, find_holdings
from graphkit.findings import find_data_quality_issues
from graphkit.graph import read_graph
from graphkit.ownership import effective_ownership
from graphkit.render import render


def _common(p: argparse.ArgumentParser, as_of: bool = True) -> None:
    p.add_argument("--graph", default="graph.json", help="graph file from 'graphkit build'")
    if as_of:
        p.add_argument("--as-of", dest="as_of", metavar="DATE",
                       help="only claims valid on this date (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")


def _show(answer: BaseModel, args: argparse.Namespace) -> int:
    if args.json:
        sys.stdout.write(answer.model_dump_json(indent=1) + "\n")
    else:
        Console(width=max(Console().width, 120) if not sys.stdout.isatty() else None
                ).print(render(answer))
    return EXIT_OK


def _controllers(args) -> int:
    G = read_graph(args.graph)
    return _show(find_controllers(G, args.name, as_of=args.as_of, max_depth=args.max_depth),
                 args)


def _holdings(args) -> int:
    G = read_graph(args.graph)
    return _show(find_holdings(G, args.name, as_of=args.as_of, max_depth=args.max_depth), args)


def _paths(args) -> int:
    G = read_graph(args.graph)
    if args.shortest:
        return _show(shortest_path(G, args.source, args.target, undirected=args.undirected),
                     args)
    return _show(all_paths(G, args.source, args.target, cutoff=args.cutoff,
                           undirected=args.undirected), args)


def _common_cmd(args) -> int:
    G = read_graph(args.graph)
    return _show(common_controllers(G, args.issuer_a, args.issuer_b, as_of=args.as_of), args)


def _ownership(args) -> int:
    G = read_graph(args.graph)
    return _show(effective_ownership(G, args.name, method=args.method,
                                     threshold=args.threshold, as_of=args.as_of), args)


def _history(args) -> int:
    G = read_graph(args.graph)
    return _show(stake_history(G, args.holder, args.issuer), args)


def _findings(args) -> int:
    G = read_graph(args.graph)
    found = find_data_quality_issues(G)
    if args.code:
        found = [f for f in found if f.code in args.code]
    return _show(FindingsReport(findings=found), args)


def register(sub) -> None:
    """Add the query commands to the ``graphkit`` sub-parsers."""
    p = add_command(sub, "controllers",
                    "Every chain of control above an issuer, with evidence, and who is at the top "
                    "(a holder whose latest report is an exit is listed apart).",
                    'graphkit controllers "Widget, Inc." --graph graph.json --as-of 2013-12-31',
                    _controllers)
    p.add_argument("name", help="issuer name or node id")
    p.add_argument("--max-depth", type=int, default=None, help="stop chains after N steps")
    _common(p)

    p = add_command(sub, "holdings",
                    "Everything a party controls or holds, directly or through others "
                    "(what its latest report exits is listed apart).",
                    'graphkit holdings "Acme Capital Management, L.L.C." --graph graph.json',
                    _holdings)
    p.add_argument("name", help="party name or node id")
    p.add_argument("--max-depth", type=int, default=None, help="stop chains after N steps")
    _common(p)

    p = add_command(sub, "paths", "Paths between two parties, with the evidence for each hop.",
                    'graphkit paths "Jane Doe" "Widget, Inc." --undirected --cutoff 3',
                    _paths)
    p.add_argument("source", help="party name or node id")
    p.add_argument("target", help="party name or node id")
    p.add_argument("--undirected", action="store_true",
                   help="also walk edges backwards (shared general partner, co-directors)")
    p.add_argument("--cutoff", type=int, default=4, help="longest path in hops (default 4)")
    p.add_argument("--shortest", action="store_true", help="only one shortest path")
    _common(p, as_of=False)

    p = add_command(sub, "common", "Parties that control both of two issuers.",
                    'graphkit common "Widget, Inc." "Gadget Corp." --graph graph.json',
                    _common_cmd)
    p.add_argument("issuer_a", help="first issuer name or node id")
    p.add_argument("issuer_b", help="second issuer name or node id")
    _common(p)

    p = add_command(sub, "ownership",
                    "Effective ownership of an issuer by a named method "
                    "(multiplicative: EU AML; control: SEC beneficial ownership).",
                    'graphkit ownership "Widget, Inc." --method multiplicative --threshold 25',
                    _ownership)
    p.add_argument("name", help="issuer name or node id")
    p.add_argument("--method", choices=[m.value for m in OwnershipMethod],
                   default=OwnershipMethod.MULTIPLICATIVE.value, help="how to compute")
    p.add_argument("--threshold", type=float, default=None,
                   help="list only parties at or above this percent (e.g. 25 or 10)")
    _common(p)

    p = add_command(sub, "history", "A holder's stake in an issuer over time, filing by filing.",
                    'graphkit history "Acme Fund, L.P." "Widget, Inc." --graph graph.json',
                    _history)
    p.add_argument("holder", help="holder name or node id")
    p.add_argument("issuer", help="issuer name or node id")
    _common(p, as_of=False)

    p = add_command(sub, "findings",
                    "Data-quality findings: numbers that do not add up, disagreeing filings, "
                    "parties without identifiers, weak merges.",
                    "graphkit findings --graph graph.json --code weak-merge", _findings)
    p.add_argument("--code", action="append", help="only findings with this code (repeatable)")
    _common(p, as_of=False)
