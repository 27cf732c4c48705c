"""Robustness: corpus files cut, holed, overwritten or repeated at random points (run by hand).

    python bench/damaged_inputs.py [--per-file 6] [--seed 0] [--corpus ../shared/corpus]

Every damaged copy is parsed with :func:`graphkit.parse.parse_path`. A clear outcome (parsed,
parsed with warnings, or failed with a reason) is fine; a "parser error" (an exception the
parsers did not expect, caught at the top) is a bug: the script prints each kind with the
damaged file kept for a look. Prints the count of cases per outcome.
"""

from __future__ import annotations

import argparse
import collections
import logging
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.damage import DAMAGE_KINDS, damage  # noqa: E402
from graphkit.parse import parse_path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--per-file", type=int, default=6)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    logging.disable(logging.CRITICAL)  # parser errors are counted here, not logged
    files = sorted(p for p in Path(args.corpus).rglob("*") if p.is_file()
                   and p.name != "MANIFEST.tsv")
    keep = Path(tempfile.mkdtemp(prefix="graphkit-damaged-"))
    outcomes: collections.Counter[str] = collections.Counter()
    bugs: dict[str, list[Path]] = collections.defaultdict(list)
    for i, p in enumerate(files):
        data = p.read_bytes()
        for k in range(args.per_file):
            kind = DAMAGE_KINDS[(i + k) % len(DAMAGE_KINDS)]
            f = keep / f"{p.stem}.{kind}{k}{p.suffix}"
            f.write_bytes(damage(data, kind, seed=args.seed * 100003 + i * 101 + k))
            r = parse_path(f)
            if r.reason and "parser error" in r.reason:
                outcomes["parser error (bug)"] += 1
                bugs[r.reason.split("parser error", 1)[1][:100]].append(f)
            else:
                outcomes[r.status.value] += 1
                f.unlink()
    print(f"{sum(outcomes.values())} damaged copies of {len(files)} files: {dict(outcomes)}")
    for reason, paths in bugs.items():
        print(f"  {len(paths)} x {reason.strip()}  e.g. {paths[0]}")
    if not bugs:
        keep.rmdir()


if __name__ == "__main__":
    main()
