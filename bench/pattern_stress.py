"""Worst search time of every module-level pattern on long runs of one thing (run by hand).

    python bench/pattern_stress.py [--top 40] [--only NAME] [--table out.tsv]

A garbled page or a huge file must never hang a batch. Every module of ``graphkit`` and
``resolvers`` is imported and each compiled pattern it holds at module level (alone, or inside a
module-level tuple, list or dict) is searched (``finditer`` to the end) on adversarial probes:
runs of blanks, dashes, rules, digits, dots, brackets, commas, newlines, stars, capitalised
words, a repeated name with its legal form or a company's "and", a repeated amendment number, and lines of the OCR'd
sample 13G, each at 500 and 2,000 characters (after doubling from 62: a probe that already
takes over :data:`GIVE_UP` seconds is not made longer). Prints, per pattern, the worst time over
the probes at 2,000 characters, the probe and the growth (time at 2,000 over time at 500; about
4 for a linear search). A pattern is flagged ``!`` when it takes over :data:`SLOW` seconds or
grows faster than :data:`STEEP`.
``--table`` writes every (pattern, probe) time as tab-separated values.
"""

from __future__ import annotations

import argparse
import importlib
import math
import pkgutil
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
#: The probe lengths in characters: the growth is measured between the last two
LENGTHS = (62, 125, 250, 500, 1000, 2000)
#: A probe taking longer than this (seconds) is not made longer
GIVE_UP = 0.25
#: Flag a pattern taking longer than this (seconds) on a 2,000-character probe
SLOW = 0.05
#: Flag a pattern whose time grows more than this from 500 to 2,000 characters
STEEP = 8.0
#: Growth is not judged below this time (seconds) at 2,000 characters: it is noise there
NOISE = 2e-4
#: The repeated units of the probes, by name
UNITS = {
    "space": " ", "tab": "\t", "newline": "\n", "blank-lines": " \n", "crlf": "\r\n",
    "dash": "-", "eq": "=", "under": "_", "dots": ". ", "dot-run": ".", "digits": "1",
    "number": "1,234 ", "pipes": "| ", "parens": "(", "parens-sp": "( ", "commas": ", ",
    "caps": "ACME ", "lower": "abc ", "letters": "a", "words": "Acme Fund ", "initials": "A. ",
    "name-lp": "Acme Fund, L.P., ", "and": "and ", "by": "By: ", "slash": "/s/ ",
    "quotes": '"', "amp": "& ", "hyphen-word": "Acme-", "colon": ": ", "tab-word": "Acme\t",
    "stars": "*", "amendment": "Amendment No. 1 ", "and-co": "Roe and Co., ", "co-and": "Acme and Co. and ",
}
#: The OCR'd sample 13G: its lines garbled by the scanner make the last probes
OCR_SAMPLE = ROOT / "graphkit" / "samples" / "000_ef32b5b89d46cac3.txt"


def probes() -> dict[str, str]:
    """Each probe's repeated text, by name (cut to length by :func:`probe`)."""
    out = {name: unit * 4000 for name, unit in UNITS.items()}
    text = OCR_SAMPLE.read_text(encoding="utf-8", errors="replace")
    start = text.find("Check is\tf the")   # the garbled cover page
    page = text[start:start + 6000] if start >= 0 else text
    out["ocr-page"] = page * 2
    out["ocr-flat"] = " ".join(page.split()) * 2
    return out


def module_patterns() -> list[tuple[str, str, re.Pattern]]:
    """(module, name, pattern) of every module-level pattern, each pattern once, under the
    module that assigns it."""
    mods = []
    for pkg in ("graphkit", "resolvers"):
        top = importlib.import_module(pkg)
        mods.append(top)
        mods += [importlib.import_module(m.name)
                 for m in pkgutil.walk_packages(top.__path__, pkg + ".")
                 if not m.name.endswith("__main__")]
    seen: dict[int, tuple[str, str, bool, re.Pattern]] = {}
    for mod in mods:
        source = Path(mod.__file__).read_text(encoding="utf-8") if mod.__file__ else ""
        for name, obj in vars(mod).items():
            if isinstance(obj, re.Pattern):
                found = [(name, obj)]
            elif isinstance(obj, (tuple, list)):
                found = [(f"{name}[{i}]", o) for i, o in enumerate(obj) if isinstance(o, re.Pattern)]
            elif isinstance(obj, dict):
                found = [(f"{name}[{k!r}]", o) for k, o in obj.items() if isinstance(o, re.Pattern)]
            else:
                continue
            assigned = re.search(rf"^{re.escape(name)}\s*(?::[^=\n]*)?=", source, re.M) is not None
            for label, pat in found:
                if id(pat) not in seen or (assigned and not seen[id(pat)][2]):
                    seen[id(pat)] = (mod.__name__.split(".")[-1], label, assigned, pat)
    return sorted((m, n, p) for m, n, _, p in seen.values())


def scan_time(pattern: re.Pattern, text: str, precise: bool) -> float:
    """Seconds to run ``pattern.finditer`` over ``text`` to the end (best of three batches when
    ``precise``)."""
    t0 = time.process_time()
    for _ in pattern.finditer(text):
        pass
    once = time.process_time() - t0
    if not precise or once > 0.02:
        return once
    number = max(1, min(200, int(2e-3 / max(once, 1e-6))))
    best = once
    for _ in range(3):
        t0 = time.process_time()
        for _ in range(number):
            for _ in pattern.finditer(text):
                pass
        best = min(best, (time.process_time() - t0) / number)
    return best


def stress(pattern: re.Pattern, text: str) -> tuple[float, float, int]:
    """(time at the longest length reached, growth per fourfold length over the last two
    lengths timed, that length)."""
    times: dict[int, float] = {}
    for n in LENGTHS:
        times[n] = scan_time(pattern, text[:n], precise=n in (500, 2000))
        if times[n] > GIVE_UP:
            break
    top, *rest = sorted(times, reverse=True)
    if not rest:
        return times[top], 0.0, top
    low = top // 4 if top // 4 in times else rest[0]
    ratio = times[top] / max(times[low], 1e-7)
    return times[top], ratio ** (math.log(4) / math.log(top / low)), top


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=40, help="print this many patterns (0: all)")
    ap.add_argument("--only", default="", help="only the patterns whose name contains this")
    ap.add_argument("--table", help="write every (pattern, probe) time here (TSV)")
    args = ap.parse_args()
    texts = probes()
    rows = []
    table = [("module", "pattern", "probe", "chars", "seconds", "growth")]
    for module, name, pattern in module_patterns():
        if args.only not in name:
            continue
        worst = (False, 0.0, "", 0)    # (gave up, seconds, probe, length reached)
        steepest = 0.0
        for probe, text in texts.items():
            seconds, growth, chars = stress(pattern, text)
            table.append((module, name, probe, str(chars), f"{seconds:.6f}", f"{growth:.1f}"))
            worst = max(worst, (chars < LENGTHS[-1], seconds, probe, chars))
            if seconds > NOISE:
                steepest = max(steepest, growth)
        rows.append((worst, steepest, module, name))
    rows.sort(reverse=True)
    print(f"{len(rows)} patterns, {len(texts)} probes of {LENGTHS[-1]:,} characters "
          f"(! over {SLOW * 1e3:.0f} ms, or growing over {STEEP:g}x from 500 to 2,000)")
    print(f"{'worst ms':>14} {'probe':<12} {'growth':>7}  pattern")
    for (gave_up, seconds, probe, chars), steepest, module, name in rows[:args.top or None]:
        flag = "!" if gave_up or seconds > SLOW or steepest > STEEP else " "
        when = f">{GIVE_UP * 1e3:g} at {chars}" if gave_up else f"{seconds * 1e3:.2f}"
        print(f"{when:>14} {probe:<12} {steepest:7.1f}{flag} {module}.{name}")
    if args.table:
        Path(args.table).write_text("".join("\t".join(r) + "\n" for r in table), encoding="utf-8")


if __name__ == "__main__":
    main()
