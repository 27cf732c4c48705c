"""Parse speed per input kind, in one process and with workers=2 (run by hand).

    python bench/parse_speed.py [--copies N] [--corpus ../shared/corpus]

The corpus is linked into a temporary folder as many times as needed to reach at least 2,000
files; each file is parsed with :func:`graphkit.batch.parse_many` and timed. Prints filings per
second per input kind (as detected), overall, and the wall time with 2 workers.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import sys

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graphkit.batch import parse_many  # noqa: E402
from graphkit.detect import detect  # noqa: E402
from graphkit.errors import GraphkitError  # noqa: E402
from graphkit.reading import read_source  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _kind(path: Path) -> str:
    try:
        d = detect(read_source(path))
    except GraphkitError:
        return "unsupported"
    if d.kind.value == "sgml_submission":
        return f"sgml/{d.family.value if d.family else '?'}"
    if d.kind.value == "html":
        return f"html/{d.family.value if d.family else '?'}"
    return d.kind.value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--target", type=int, default=2000)
    args = ap.parse_args()
    files = sorted(p for p in Path(args.corpus).rglob("*") if p.is_file()
                   and p.name != "MANIFEST.tsv")
    kinds = {p.name: _kind(p) for p in files}
    copies = -(-args.target // len(files))
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(copies):
            d = Path(tmp) / f"copy{i:03d}"
            d.mkdir()
            for p in files:
                os.symlink(p, d / p.name)
        total = copies * len(files)
        per_kind: dict[str, list[float]] = defaultdict(list)
        t0 = time.perf_counter()
        status: dict[str, int] = defaultdict(int)
        for r in parse_many([tmp]):
            per_kind[kinds[Path(r.source).name]].append(r.seconds or 0.0)
            status[r.status.value] += 1
        one = time.perf_counter() - t0
        t0 = time.perf_counter()
        n2 = sum(1 for _ in parse_many([tmp], workers=2))
        two = time.perf_counter() - t0
    print(f"{total} files ({len(files)} corpus files x {copies}); outcomes: {dict(status)}")
    print(f"{'input kind':28} {'files':>6} {'files/s (1 core)':>18}")
    for k in sorted(per_kind):
        secs = per_kind[k]
        print(f"{k:28} {len(secs):6d} {len(secs) / max(sum(secs), 1e-9):18.1f}")
    print(f"one process : {total / one:8.1f} files/s ({one:.1f} s wall)")
    print(f"workers=2   : {n2 / two:8.1f} files/s ({two:.1f} s wall)")


if __name__ == "__main__":
    main()
