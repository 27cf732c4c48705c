"""CLI commands that show or export a built graph: ``view`` and ``export``."""

from __future__ import annotations

import argparse

from graphkit.cli import EXIT_OK, add_command


def register(sub) -> None:
    """Add ``view`` and ``export`` to the sub-command parser ``sub``."""
    from graphkit.exports import FORMATS

    p = add_command(sub, "view", "Write an offline, interactive HTML view of a graph.",
                    'graphkit view --graph graph.json -o graph.html --controllers "Widget, Inc."',
                    _view)
    p.add_argument("--graph", default="graph.json", help="graph file from 'graphkit build'")
    p.add_argument("-o", "--output", default="graph.html", help="HTML file to write")
    p.add_argument("--title", help="page title")
    focus = p.add_mutually_exclusive_group()
    focus.add_argument("--controllers", metavar="NAME",
                       help="show only NAME and the parties that control it")
    focus.add_argument("--ego", metavar="NAME",
                       help="show only the parties within --depth links of NAME")
    p.add_argument("--depth", type=int, default=1, help="links from --ego NAME (default 1)")
    p.add_argument("--highlight", metavar="NAME",
                   help="highlight the control path of NAME when the page opens")

    lines = "\n".join(f"  {k:9} {v[1]}" for k, v in FORMATS.items())
    p = add_command(sub, "export", "Export a graph to a standard format.",
                    "graphkit export graphml --graph graph.json -o graph.graphml", _export)
    p.epilog += f"\n\nformats:\n{lines}"
    p.add_argument("format", choices=sorted(FORMATS), metavar="FORMAT",
                   help="one of: " + ", ".join(FORMATS))
    p.add_argument("--graph", default="graph.json", help="graph file from 'graphkit build'")
    p.add_argument("-o", "--output", required=True,
                   help="file to write (a folder for neo4j)")


def _view(args: argparse.Namespace) -> int:
    from graphkit.graph import find_node, read_graph
    from graphkit.html_view import controllers_subgraph, ego_subgraph, write_html

    G = read_graph(args.graph)
    title = args.title
    highlight = find_node(G, args.highlight) if args.highlight else None
    if args.controllers:
        node = find_node(G, args.controllers)
        G = controllers_subgraph(G, node)
        title = title or f"Controllers of {G.nodes[node]['name']}"
        highlight = highlight or node
    elif args.ego:
        node = find_node(G, args.ego)
        G = ego_subgraph(G, node, args.depth)
        title = title or f"Within {args.depth} of {G.nodes[node]['name']}"
    out = write_html(G, args.output, title=title, highlight_issuer=highlight)
    print(f"wrote {out} ({G.number_of_nodes()} parties, {G.number_of_edges()} claims)")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from graphkit.exports import export_graph
    from graphkit.graph import read_graph

    G = read_graph(args.graph)
    out = export_graph(G, args.format, args.output)
    print(f"wrote {out} ({args.format}: {G.number_of_nodes()} parties, "
          f"{G.number_of_edges()} claims)")
    return EXIT_OK
