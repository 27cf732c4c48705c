"""Scale benchmark for :func:`resolvers.resolve` on generated, realistic party names.

Run by hand: ``python bench/resolve_scale.py --sizes 10000,100000,300000``.

Generates fund families (a manager "X Capital Management, LLC", a GP "X Management V, L.L.C.",
numbered funds "X Fund V, L.P.", their Affiliates / (Q) / Parallel C.V. / Principals siblings,
older and newer vintages), their principals, and unrelated companies and people; then writes
them into "filings" the way parsers read them: Item 2 names with defined-term aliases, cover
names with OCR damage (confusable glyphs, split words, a period for a comma), signature-block
capitals, EDGAR conformed names, persons as "First M. Last", "Last, First M." and "LAST FIRST M".
Each size runs in a fresh subprocess; it prints wall seconds, peak resident memory (from
``resource.getrusage``), and the number of entities against the number of generated parties.

Last run on the 2-core build machine, shared with other jobs (wall time varied 2x between runs):
    mentions   seconds   peak MB   entities / true parties   impure entities
       10000      1.6–5.4      99        1917 / 1932              20
      100000     33–65        616       18496 / 19525            865
      300000     116          1779      51841 / 58610           4434
"impure" entities hold mentions of two generated parties: the generator's random brands are
often one letter apart ("Anka" / "Anpa"), closer than real fund families are.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SYLLABLES = ("ka ri to an el mor vel sta qui ber lin dor fa zen tri co mar sol ven ax or "
             "ly ne pa ro su ta ve wi xo yu ga he ji lu mo nu pe ri sa tu").split()
FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Susan "
         "Richard Jessica Joseph Sarah Thomas Karen Charles Nancy Daniel Lisa Matthew Betty "
         "Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna "
         "Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy").split()
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
CONFUSE = {"o": "0", "l": "1", "i": "l", "m": "rn", "d": "cl", "s": "5", "e": "o"}


def word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()


def ocr_damage(rng: random.Random, name: str) -> str:
    """One or two OCR-like faults: a confusable glyph, a split word, a period for a comma."""
    chars = list(name)
    for _ in range(rng.randint(1, 2)):
        fault = rng.random()
        i = rng.randrange(1, max(2, len(chars) - 8))
        if fault < 0.5 and chars[i].lower() in CONFUSE:
            chars[i] = CONFUSE[chars[i].lower()]
        elif fault < 0.8 and chars[i].isalpha() and chars[i - 1].isalpha():
            chars.insert(i, " ")
        else:
            s = "".join(chars).replace(", L.P.", ". L.P.")
            chars = list(s)
    return "".join(chars)


def make_family(rng: random.Random, fid: int):
    brand = f"{word(rng, 3)} {rng.choice(['Capital', 'Ventures', 'Partners', 'Equity', 'Growth'])}"
    v = rng.randrange(1, len(ROMAN))
    num = ROMAN[v]
    parties = [
        ("org", f"{brand} Management {num}, L.L.C.", "manager"),
        ("org", f"{brand} Fund {num}, L.P.", "fund"),
        ("org", f"{brand} Fund {num} Affiliates Fund, L.P.", "fund"),
        ("org", f"{brand} Fund {num} Affiliates Fund (Q), L.P.", "fund"),
        ("org", f"{brand} Parallel Fund {num}, C.V.", "fund"),
        ("org", f"{brand} Fund {num} Principals Fund, L.P.", "fund"),
        ("org", f"{brand} Fund {ROMAN[v - 1]}, L.P.", "fund"),
        ("org", f"{brand} Advisors, LLC", "manager"),
    ]
    people = []
    for _ in range(rng.randint(2, 4)):
        first, middle, last = rng.choice(FIRST), rng.choice("ABCDEFGHJKLMNPRSTW"), word(rng, 3)
        people.append(("person", (first, middle, last), "member"))
    addr = f"{rng.randint(1, 9999)} {word(rng, 2)} Avenue, Suite {rng.randint(100, 999)}, Palo Alto, CA 9{rng.randint(1000, 9999)}"
    return brand, parties, people, addr


def person_spelling(rng: random.Random, first: str, middle: str, last: str) -> str:
    return rng.choice([f"{first} {middle}. {last}", f"{last}, {first} {middle}.",
                       f"{last.upper()} {first.upper()} {middle}", f"{first} {last}",
                       f"{first.upper()} {middle}. {last.upper()}"])


def org_spelling(rng: random.Random, name: str) -> str:
    r = rng.random()
    if r < 0.45:
        return name
    if r < 0.65:
        return name.upper().replace("L.L.C.", "L.L.C")
    if r < 0.80:
        return ocr_damage(rng, name)
    if r < 0.9:
        return name.replace(", L.P.", " LP").replace(", L.L.C.", " LLC")
    return name.upper().replace(".", "").replace(",", "")


def generate(n: int, seed: int = 7):
    """About ``n`` mentions and the true party of each (for counting entities)."""
    from resolvers import Mention

    rng = random.Random(seed)
    families, brands = [], set()
    while len(families) < max(1, n // 70):
        fam = make_family(rng, len(families))
        if fam[0].split()[0] not in brands:
            brands.add(fam[0].split()[0])
            families.append(fam)
    mentions, truth = [], {}
    filing = 0
    while len(mentions) < n:
        fid = rng.randrange(len(families))
        brand, parties, people, addr = families[fid]
        filing += 1
        fname = f"f{filing}"
        chosen = rng.sample(parties, rng.randint(3, len(parties))) + rng.sample(people, rng.randint(1, len(people)))
        for j, (kind, what, role) in enumerate(chosen):
            mid = f"{fname}#{j}"
            if kind == "person":
                name = person_spelling(rng, *what)
                truth[mid] = ("p", fid, what)
            else:
                name = org_spelling(rng, what)
                truth[mid] = ("o", fid, what)
            aliases = ()
            if kind == "org" and rng.random() < 0.3:
                aliases = (what,) if name != what else ()
            mentions.append(Mention(id=mid, name=name, kind="person" if kind == "person" else "organization",
                                    filing=fname, aliases=aliases,
                                    addresses=(addr,) if role == "manager" else (),
                                    controls=5 if role == "manager" and "Management" in what else 0))
        # an unrelated company or person in some filings
        if rng.random() < 0.3:
            mid = f"{fname}#x"
            other = f"{word(rng, 3)} {word(rng, 2)} {rng.choice(['Holdings', 'Industries', 'Bancorp', 'Therapeutics'])}, Inc."
            mentions.append(Mention(id=mid, name=other, kind="organization", filing=fname))
            truth[mid] = ("x", other)
    return mentions[:n], truth


def run_one(n: int) -> dict:
    from resolvers import resolve

    mentions, truth = generate(n)
    t0, c0 = time.perf_counter(), time.process_time()
    res = resolve(mentions)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    parties = len({truth[m.id] for m in mentions})
    # pair-level purity: mentions of different true parties sharing an entity
    by_entity: dict[str, set] = {}
    for m in mentions:
        by_entity.setdefault(res.entity_of[m.id], set()).add(truth[m.id])
    impure = sum(1 for s in by_entity.values() if len(s) > 1)
    return {"n": n, "seconds": round(dt, 2), "cpu": round(cpu, 2), "peak_mb": round(peak_mb), "entities": len(res.entities),
            "parties": parties, "impure_entities": impure}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="resolve() wall time and memory at several sizes")
    ap.add_argument("--sizes", default="10000,100000,300000")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one)))
        return 0
    print(f"{'mentions':>9} {'seconds':>8} {'cpu s':>7} {'peak MB':>8} {'entities':>9} {'true parties':>13} {'impure':>7}")
    for n in [int(x) for x in args.sizes.split(",")]:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True)
        if out.returncode:
            print(out.stderr, file=sys.stderr)
            return out.returncode
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['n']:9d} {r['seconds']:8.2f} {r['cpu']:7.2f} {r['peak_mb']:8d} {r['entities']:9d} "
              f"{r['parties']:13d} {r['impure_entities']:7d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
