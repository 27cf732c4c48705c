"""Parse speed per input kind, in one process and with workers=2 (run by hand).

    python bench/parse_speed.py [--target N] [--corpus ../shared/corpus]
    python bench/parse_speed.py --profile sgml/schedule_13   # where the time goes, per stage

The corpus is linked into a temporary folder as many times as needed to reach at least 2,000
files; each file is parsed with :func:`graphkit.batch.parse_many` and timed. Prints filings per
second per input kind (as detected), for all text Schedule 13D/13G kinds together (against the
target of :data:`TEXT_13_TARGET` per core), overall, and the wall time with 2 workers.

A repeated corpus flatters the caches (a name, a share count or a per-term pattern seen in the
copy before is remembered), so each kind is also timed *as if new*: every file parsed again
with every cache cleared first (:func:`_clear_caches`). That column is the figure for a batch
of different filings.

``--profile KIND`` instead parses the corpus files whose input kind contains ``KIND`` (all
files for ``--profile ""``) under cProfile, after one warm-up pass, and prints the time per
stage (the graphkit module doing the work, counting the library and built-in calls it makes:
regular expressions, pydantic, lxml) and the costliest functions.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import os
import pstats
import re
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import sys

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graphkit.batch import parse_many  # noqa: E402
from graphkit.parse import parse_path  # noqa: E402
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


#: The issue's target: text Schedule 13D/13G filings per second per core.
TEXT_13_TARGET = 200


def _text_13(kind: str) -> bool:
    """True for the input kinds that are text Schedule 13D/13G filings: SGML submissions and
    standalone HTML or plain-text documents (not the 2024+ XML form)."""
    return kind.startswith(("sgml/schedule_13", "html/schedule_13", "schedule13_text"))


def _clear_caches() -> None:
    """Forget everything graphkit and its resolvers remember between filings: their functools
    caches (names, share counts...) and the compiled patterns in the ``re`` module's cache, so
    a repeated corpus file is parsed as a new filing would be (a lower bound: the caches of
    fixed inputs, which stay warm over a real batch, are cleared too)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith(("graphkit", "resolvers")):
            continue
        for value in list(vars(module).values()):
            members = vars(value).values() if isinstance(value, type) else [value]
            for f in members:
                f = getattr(f, "__func__", f)
                if isinstance(f, functools._lru_cache_wrapper):
                    f.cache_clear()
    re.purge()


def _cold_seconds(folder: str, kinds: dict[str, str]) -> dict[str, list[float]]:
    """Per input kind, the seconds of parsing each file under ``folder`` as a new filing
    (:func:`_clear_caches` before each; timed like :func:`graphkit.batch.parse_many` times)."""
    out: dict[str, list[float]] = defaultdict(list)
    for p in sorted(Path(folder).rglob("*")):
        if p.is_symlink() or p.is_file():
            _clear_caches()
            t0 = time.perf_counter()
            parse_path(p)
            out[kinds[p.name]].append(time.perf_counter() - t0)
    return out


def _stage(filename: str) -> str:
    """The stage a profiled function belongs to: its graphkit module, or "other"."""
    path = Path(filename)
    if "graphkit" not in path.parts:
        return "other"
    parts = path.with_suffix("").parts
    return ".".join(parts[parts.index("graphkit"):])


def profile_stages(files: list[Path], top: int = 15) -> None:
    """Print seconds per stage and the costliest functions for parsing ``files`` once."""
    for p in files:  # warm-up: imports, compiled patterns, caches
        parse_path(p)
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    for p in files:
        parse_path(p)
    prof.disable()
    wall = time.perf_counter() - t0
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    per_stage: dict[str, float] = defaultdict(float)

    def charge(func: tuple, secs: float, depth: int = 0) -> None:
        # graphkit code keeps its time; library and built-in calls (re, pydantic, lxml) are
        # charged to the graphkit code that made them, in proportion to each caller's share
        stage = _stage(func[0])
        callers = stats[func][4] if func in stats else {}
        if stage != "other" or not callers or depth > 20:
            per_stage[stage] += secs
            return
        weight = sum(edge[3] for edge in callers.values()) or 1e-12
        for caller, edge in callers.items():
            charge(caller, secs * edge[3] / weight, depth + 1)

    for func, (_cc, _nc, tt, _ct, _callers) in stats.items():
        charge(func, tt)
    total = sum(per_stage.values()) or 1e-9
    print(f"{len(files)} files in {wall:.2f} s under the profiler "
          f"({len(files) / wall:.1f} files/s; unprofiled runs are faster)")
    print(f"{'stage':44} {'seconds':>8} {'share':>6}")
    for stage, secs in sorted(per_stage.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{stage:44} {secs:8.3f} {secs / total:6.1%}")
    print()
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--target", type=int, default=2000)
    ap.add_argument("--profile", metavar="KIND", default=None,
                    help="profile the files whose input kind contains KIND, per stage")
    args = ap.parse_args()
    files = sorted(p for p in Path(args.corpus).rglob("*") if p.is_file()
                   and p.name != "MANIFEST.tsv")
    kinds = {p.name: _kind(p) for p in files}
    if args.profile is not None:
        profile_stages([p for p in files if args.profile in kinds[p.name]])
        return
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
        cold = _cold_seconds(tmp, kinds)
    print(f"{total} files ({len(files)} corpus files x {copies}); outcomes: {dict(status)}")
    print(f"{'input kind':28} {'files':>6} {'files/s (1 core)':>18} {'as if new (1 core)':>19}")
    for k in sorted(per_kind):
        secs, new = per_kind[k], cold[k]
        print(f"{k:28} {len(secs):6d} {len(secs) / max(sum(secs), 1e-9):18.1f} "
              f"{len(new) / max(sum(new), 1e-9):19.1f}")
    text13 = [t for k, secs in per_kind.items() if _text_13(k) for t in secs]
    text13_new = [t for k, secs in cold.items() if _text_13(k) for t in secs]
    print(f"{'text 13D/13G, all of them':28} {len(text13):6d} "
          f"{len(text13) / max(sum(text13), 1e-9):18.1f} "
          f"{len(text13_new) / max(sum(text13_new), 1e-9):19.1f}   (target {TEXT_13_TARGET})")
    print(f"one process : {total / one:8.1f} files/s ({one:.1f} s wall)")
    print(f"workers=2   : {n2 / two:8.1f} files/s ({two:.1f} s wall)")


if __name__ == "__main__":
    main()
