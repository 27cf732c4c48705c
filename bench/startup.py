"""How long importing the parsers takes with no regex cache file, and with one (run by hand).

    python bench/startup.py [--passes 3] [--tree .]

Each pass imports the parsers in a fresh Python process, twice: first with an empty cache
directory (cold: every pattern compiled by Python's regex compiler, then the cache file written
at exit, timed apart) and then with the file that run wrote (warm). Prints the CPU
time of the import in each case (best of the passes), the time the cold run took to write the
file, and the file's size. See :mod:`graphkit.regex_cache`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Run in the child: import what ``graphkit build`` needs and report CPU seconds, then write
#: the cache file (what the exit handler would do; nothing when there were no misses), timed apart
CHILD = r"""
import json, time
t0 = time.process_time()
import graphkit.parse, graphkit.pipeline
import graphkit.parsers.schedule13_text, graphkit.parsers.schedule13_xml, graphkit.parsers.formd_xml
import graphkit.parsers.ownership_xml, graphkit.parsers.ownership_text, graphkit.parsers.formd_text
t1 = time.process_time()
try:
    from graphkit import regex_cache
except ImportError:  # a tree without the cache
    regex_cache = None
if regex_cache is not None and regex_cache._default is not None:
    regex_cache._default.save()
print(json.dumps({"import": t1 - t0, "exit": time.process_time() - t1}))
"""


def run(tree: Path, cache_dir: Path) -> dict:
    """CPU seconds of one import of ``tree`` in a fresh process, ``cache_dir`` holding the cache."""
    env = dict(os.environ, GRAPHKIT_REGEX_CACHE=str(cache_dir), PYTHONPATH=str(tree))
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, cwd=tree, capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--tree", type=Path, default=ROOT, help="the graphkit checkout to time")
    args = parser.parse_args()
    cold, warm, write = [], [], []
    size = 0
    for _ in range(args.passes):
        with tempfile.TemporaryDirectory() as tmp:
            first = run(args.tree, Path(tmp))
            cold.append(first["import"])
            write.append(first["exit"])
            warm.append(run(args.tree, Path(tmp))["import"])
            size = sum(f.stat().st_size for f in Path(tmp).iterdir())
    print(f"import of the parsers, best of {args.passes} (CPU s): cold {min(cold):.2f}, "
          f"warm {min(warm):.2f}; cache file written in {min(write):.2f} s, "
          f"{size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
