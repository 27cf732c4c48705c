"""graphkit: SEC ownership filings in, a resolved and cited entity-relationship graph out.

The public API, importable from the top-level package:

- :func:`build`, :func:`samples` — parse filings and build the resolved graph;
- :func:`read_graph`, :func:`write_graph` — the ``graph.json`` contract;
- :func:`find_controllers`, :func:`find_holdings`, :func:`effective_ownership`, ... — queries;
- :func:`write_html`, :func:`export_graph` — views and exports;
- :func:`explain_names` — why two names are, or are not, one node.

Examples
--------
>>> import graphkit
>>> G = graphkit.build(graphkit.samples()).graph
>>> G.number_of_edges() >= 27
True
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

#: public name -> module that defines it (imported on first use, so `import graphkit` is cheap)
_PUBLIC = {
    "build": "graphkit.pipeline",
    "samples": "graphkit.pipeline",
    "BuildResult": "graphkit.pipeline",
    "build_graph": "graphkit.graph",
    "read_graph": "graphkit.graph",
    "write_graph": "graphkit.graph",
    "find_node": "graphkit.graph",
    "parse_path": "graphkit.parse",
    "parse_many": "graphkit.batch",
    "explain_names": "graphkit.explain",
    "find_controllers": "graphkit.control",
    "find_holdings": "graphkit.control",
    "shortest_path": "graphkit.connections",
    "all_paths": "graphkit.connections",
    "common_controllers": "graphkit.connections",
    "ego_network": "graphkit.connections",
    "graph_as_of": "graphkit.asof",
    "stake_history": "graphkit.asof",
    "effective_ownership": "graphkit.ownership",
    "find_data_quality_issues": "graphkit.findings",
    "write_html": "graphkit.html_view",
    "export_graph": "graphkit.exports",
}

__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        value = getattr(importlib.import_module(_PUBLIC[name]), name)
        # cache, so later look-ups skip __getattr__
        globals()[name] = value
        return value
    raise AttributeError(f"module 'graphkit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
