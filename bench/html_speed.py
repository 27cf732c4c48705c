"""HTML-to-text conversion speed over the corpus's HTML documents (run by hand).

    python bench/html_speed.py [--corpus ../shared/corpus] [--repeat 5]
    python bench/html_speed.py --profile        # where the time goes, per function

Collects every HTML document the parser converts in the corpus (standalone HTML files and the
HTML primary documents of SGML submissions, chosen as :func:`graphkit.parse.primary_documents`
chooses them) and times :func:`graphkit.parsers.html_text.html_to_text_mapped` over all of them,
in CPU time (``time.process_time``: the machine may be shared), several times, after one
warm-up pass. Prints documents per second and MB per second for the fastest pass and the
median, and the text 13D/13G share of them.

``--profile`` instead runs one pass under cProfile and prints the costliest functions.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graphkit.detect import InputKind, detect  # noqa: E402
from graphkit.errors import GraphkitError  # noqa: E402
from graphkit.parse import primary_documents  # noqa: E402
from graphkit.parsers.html_text import html_to_text_mapped  # noqa: E402
from graphkit.parsers.sgml import split_submission  # noqa: E402
from graphkit.reading import read_source  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def html_documents(corpus: Path) -> list[tuple[str, str]]:
    """(file name, HTML text) of every HTML document the parser converts in ``corpus``."""
    found = []
    for path in sorted(p for p in corpus.rglob("*") if p.is_file() and p.name != "MANIFEST.tsv"):
        try:
            src = read_source(path)
            kind = detect(src).kind
        except GraphkitError:
            continue
        if kind is InputKind.HTML:
            found.append((path.name, src.text))
        elif kind is InputKind.SGML_SUBMISSION:
            for doc, det in primary_documents(split_submission(src)):
                if det.kind is InputKind.HTML:
                    found.append((path.name, doc.source.text))
    return found


def time_passes(docs: list[str], repeat: int) -> list[float]:
    """CPU seconds of each of ``repeat`` passes converting all ``docs`` (after a warm-up)."""
    for html in docs:
        html_to_text_mapped(html)
    seconds = []
    for _ in range(repeat):
        start = time.process_time()
        for html in docs:
            html_to_text_mapped(html)
        seconds.append(time.process_time() - start)
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="one pass under cProfile")
    args = ap.parse_args()
    found = html_documents(Path(args.corpus))
    docs = [html for _, html in found]
    mb = sum(len(html.encode("utf-8", "surrogatepass")) for html in docs) / 1e6
    print(f"{len(docs)} HTML documents from {len({name for name, _ in found})} corpus files, "
          f"{mb:.2f} MB")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for html in docs:
            html_to_text_mapped(html)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(20)
        return
    seconds = time_passes(docs, args.repeat)
    for label, secs in (("fastest pass", min(seconds)), ("median pass", statistics.median(seconds))):
        print(f"{label:13}: {secs:6.3f} s CPU  {len(docs) / secs:7.1f} documents/s  "
              f"{mb / secs:6.2f} MB/s")


if __name__ == "__main__":
    main()
