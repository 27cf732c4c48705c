"""How much of the corpus is still read when its filings are printed in capitals (run by hand).

    python bench/capitals.py [--corpus ../shared/corpus] [--show NAME]

Many filings of the 1990s are printed all in capitals. Each text Schedule 13D/13G of the corpus
(and the sample 13G) is turned into capitals (SGML/HTML tags and character entities left
alone) and parsed; its claims (holder, relation, held, shares, percent; names compared in
capitals without punctuation) are compared with those of the filing as printed. Prints per
filing the claims found again and the extra ones, and the totals. ``--show NAME`` lists the
missing and extra claims of the filing whose name contains NAME.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graphkit.parse import parse_path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
#: Tags and character entities, kept as they are; everything else goes into capitals
MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)|([^<&]+|&)")


def in_capitals(text: str) -> str:
    """``text`` in capitals but for its markup."""
    return MARKUP.sub(lambda m: m.group(1) or m.group(2).upper(), text)


def claims(path: Path) -> set[tuple]:
    """The claims of a parse, with names in capitals without punctuation."""
    out = set()
    for rec in parse_path(path).records:
        names = {p.id: re.sub(r"[^A-Z0-9 ]", "", p.name.upper()) for p in rec.parties}
        out |= {(names.get(c.source, c.source), c.relation.value, names.get(c.target, c.target),
                 c.shares, c.percent) for c in rec.claims}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--show", default=None)
    args = ap.parse_args()
    files = sorted(p for p in Path(args.corpus).rglob("*")
                   if p.parent.name in ("13d", "13g") and p.suffix != ".xml")
    files.append(ROOT / "graphkit" / "samples" / "000_ef32b5b89d46cac3.txt")
    found = total = extra = 0
    with tempfile.TemporaryDirectory() as tmp:
        for p in files:
            caps = Path(tmp) / p.name
            raw = p.read_bytes().decode("utf-8", "surrogateescape")
            caps.write_bytes(in_capitals(raw).encode("utf-8", "surrogateescape"))
            want, got = claims(p), claims(caps)
            found += len(want & got)
            total += len(want)
            extra += len(got - want)
            if want != got:
                print(f"{p.name[:44]:44} found {len(want & got):3}/{len(want):3}"
                      f"  extra {len(got - want):2}")
            if args.show and args.show in p.name:
                for c in sorted(want - got, key=str):
                    print("   missing", c)
                for c in sorted(got - want, key=str):
                    print("   extra  ", c)
    print(f"{len(files)} filings in capitals: {found}/{total} claims found again "
          f"({found / max(total, 1):.0%}), {extra} extra")


if __name__ == "__main__":
    main()
