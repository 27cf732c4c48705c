"""Scale benchmark for :func:`resolvers.resolve` on generated, realistic party names.

Run by hand: ``python bench/resolve_scale.py --sizes 10000,100000,300000``.

Generates fund families named the way real ones are ("<Surname> <Word> Capital", "<Word> <Word>
Partners", "<Surname> Ventures", from lists of real surnames and words that include real
near-collisions such as Hansen / Jansen, Larson / Larsen), each with a manager, a GP, numbered
funds and their Affiliates / (Q) / Parallel C.V. / Principals siblings and older vintages, their
principals (full names unique), and unrelated companies; then writes them into "filings" the way
parsers read them: defined-term aliases, cover names with OCR damage (confusable glyphs, split
words, a period for a comma), signature capitals, EDGAR conformed names, persons as "First M.
Last", "Last, First M." and "LAST FIRST M". Each size runs in a fresh subprocess and prints wall
seconds, CPU seconds, peak resident memory (``resource.getrusage``), and accuracy against the
generator's truth: *impure* entities (holding two true parties: false merges), *split* parties
(spread over two entities), and pair precision / recall over mention pairs. ``--examples N``
prints N of each.

Last run on the 2-core build machine, shared with other jobs (wall time varies up to 2x; CPU
seconds are steadier). After the name-pair recall rules (legal forms, number words, person OCR
digits) and person display names, accuracy is unchanged: 10000: 1.8 s, 0 impure, 3 split;
100000: 32.1-32.7 s wall, 32.0-32.4 s CPU, 862 MB, 118 impure (0.61%), 64 split (0.33%),
pair P 0.9877 R 0.9986.
Figures of the scale work (and, under "before", of the resolver before it) on this generator:
    mentions  seconds  cpu s  peak MB  impure (false-merge rate)  split (rate)   pair P  pair R
       10000     2.4     1.7      96      0 (0.00%)                3 (0.16%)    1.0000  0.9994
      100000    44.4    32.4     862    118 (0.61%)               64 (0.33%)    0.9877  0.9986
      300000   113.6   100.4    2188    677 (1.19%)              269 (0.47%)    0.9779  0.9978
    before:
       10000     3.0     1.5      94      5 (0.26%)               12 (0.62%)    0.9896  0.9975
      100000    60.1    27.7     852    356 (1.87%)              167 (0.87%)    0.9596  0.9965
      300000   115.3    94.0    2166   2038 (3.68%)              563 (0.98%)    0.9027  0.9956
Remaining false merges are mostly persons whose surnames are one or two letters apart with the
same first name and initial ("Anna A. Pearson" / "Anna A. Peterson"), and real surnames that are
also OCR-shaped variants of each other ("Larson" / "Larsen"); splits are names broken into single
letters ("Atlas F o x").
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

# Real-looking surnames and place/nature words, combined as fund families name themselves
# ("<Surname> <Word> Capital", "<Word> <Word> Partners", "<Surname> Ventures"). The lists hold
# real near-collisions on purpose (Hansen / Jansen, Larson / Larsen, Meyer / Meier, Pine / Pike):
# two clean names one letter apart are two parties, and the resolver must keep them apart.
SURNAMES = """
Abbott Acosta Adler Ainsley Albright Aldridge Alston Ames Anders Andersen Anderson Archer
Ashby Ashford Atwood Avery Bailey Baird Baker Baldwin Ballard Banks Barlow Barnes Barrett
Barton Bates Baxter Beck Becker Bell Bennett Benson Berger Bishop Black Blair Blake Bond
Booth Bowen Boyd Bradford Bradley Brady Brandt Brennan Brewer Briggs Brooks Burke Burns
Burton Bush Butler Byrne Cain Caldwell Calloway Cameron Campbell Carlson Carlsen Carr
Carroll Carter Carver Chandler Chase Clark Clarke Clayton Cobb Cole Coleman Collins Conley
Connor Conrad Conway Cooper Crane Crawford Cross Curtis Dalton Daly Davies Dawson Dean
Decker Delaney Dempsey Dixon Doyle Drake Dudley Duncan Dunn Durand Eaton Ellis Emerson
Ennis Evans Everett Farley Farrell Fenton Ferris Finch Fischer Fisher Fleming Fletcher
Flynn Forbes Ford Foster Fowler Franklin Frost Fuller Gable Gallagher Garrison Gibbs
Gilbert Gordon Graham Grant Graves Griffin Hale Hall Halsey Hamilton Hansen Jansen Harding
Harper Harris Hartley Hastings Hayes Hendricks Henley Hoffman Holden Holland Hollis Holt
Howard Hughes Hunt Hunter Ingram Irving Jacobs Jarvis Jennings Keane Keller Kelley Kemp
Kendall Kerr Kimball Kingsley Kirby Knight Koch Kramer Lambert Lane Larson Larsen Lawson
Leland Lennox Lewis Lindqvist Lockhart Logan Lowell Lyons Mack Maddox Malone Manning
Marlowe Marsh Mason Maxwell Mayer Meyer Meier Mercer Merritt Miles Monroe Moore Morgan
Morrow Morse Mueller Muller Murray Nash Neville Newman Nichols Noble Nolan Norris Norton
Oakley Oliver Osborne Owens Palmer Parker Parrish Payne Pearson Pender Perry Peterson
Petersen Pierce Porter Potter Pratt Preston Quinn Ramsey Randall Reed Reid Reyes Rhodes
Riley Ritter Roberts Rollins Ross Rowe Russell Sawyer Schmidt Schmitt Schneider Shaw
Shelton Sherman Sinclair Sloane Spencer Stafford Stanton Steele Sterling Stokes Stone
Strauss Sullivan Sutton Talbot Tanner Taylor Thayer Thornton Tucker Turner Vance Vaughn
Wade Walker Wallace Walsh Walton Ward Warner Watts Weber Webster Wells Wheeler Whitaker
Whitfield Whitman Wilder Willis Winslow Winter Wolfe Wood Wright Yates York Young
""".split()
WORDS = """
Anchor Apex Arbor Aspen Atlas Auburn Bay Beacon Bear Birch Blue Bluff Boulder Bridge Brook
Canyon Cardinal Cascade Cedar Channel Cliff Coast Compass Copper Coral Cove Crest Crown
Cypress Delta Eagle East Elm Ember Falcon Fern Field Flint Forest Fox Gate Glacier Glen
Golden Granite Grove Harbor Hawk Haven Heron Highland Hill Horizon Iron Island Ivy Juniper
Keystone Lake Lantern Laurel Ledge Lighthouse Linden Lion Maple Meadow Meridian Mesa Mill
North Oak Ocean Orchard Osprey Peak Pike Pine Pinnacle Point Prairie Quarry Raven Redwood
Ridge River Rock Sage Sequoia Shore Silver Sky Slate Spring Spruce Stag Star Steel Summit
Sun Tide Timber Tower Trail Valley Vista West Willow Wolf
""".split()
SUFFIX_WORDS = ["Capital", "Ventures", "Partners", "Equity", "Growth", "Investments"]
FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Susan "
         "Richard Jessica Joseph Sarah Thomas Karen Charles Nancy Daniel Lisa Matthew Betty "
         "Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna "
         "Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy "
         "Ronald Stephanie Edward Rebecca Jason Laura Jeffrey Sharon Ryan Cynthia Jacob Kathleen "
         "Gary Amy Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela Justin "
         "Emma Scott Nicole Brandon Helen Benjamin Samantha Samuel Katherine Gregory Christine "
         "Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet Jack Catherine Dennis Maria").split()
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
CONFUSE = {"o": "0", "l": "1", "i": "l", "m": "rn", "d": "cl", "s": "5", "e": "o"}


def brand_name(rng: random.Random) -> tuple[str, str]:
    """A fund family's distinctive words and its full brand ("Whitfield Harbor", "... Capital")."""
    r = rng.random()
    if r < 0.45:
        core = f"{rng.choice(SURNAMES)} {rng.choice(WORDS)}"
    elif r < 0.75:
        core = " ".join(rng.sample(WORDS, 2))
    else:
        core = rng.choice(SURNAMES)
    return core, f"{core} {rng.choice(SUFFIX_WORDS)}"


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


def make_family(rng: random.Random, brand: str, people_seen: set):
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
    while len(people) < rng.randint(2, 4):
        first, middle, last = rng.choice(FIRST), rng.choice("ABCDEFGHJKLMNPRSTW"), rng.choice(SURNAMES)
        if (first, last) in people_seen:
            continue  # "John Smith" of two families is ambiguous for anyone: keep names unique
        people_seen.add((first, last))
        people.append(("person", (first, middle, last), "member"))
    addr = (f"{rng.randint(1, 9999)} {rng.choice(WORDS)} {rng.choice(['Avenue', 'Street', 'Road'])}, "
            f"Suite {rng.randint(100, 999)}, Palo Alto, CA 9{rng.randint(1000, 9999)}")
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
    families, cores, people_seen = [], set(), set()
    while len(families) < max(1, n // 70):
        core, brand = brand_name(rng)
        if core in cores:
            continue
        cores.add(core)
        families.append(make_family(rng, brand, people_seen))
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
                truth[mid] = ("p", what)
            else:
                name = org_spelling(rng, what)
                truth[mid] = ("o", what)
            aliases = ()
            if kind == "org" and rng.random() < 0.3:
                aliases = (what,) if name != what else ()
            mentions.append(Mention(id=mid, name=name, kind="person" if kind == "person" else "organization",
                                    filing=fname, aliases=aliases,
                                    addresses=(addr,) if role == "manager" else (),
                                    controls=5 if role == "manager" and "Management" in what else 0))
        # an unrelated company in some filings
        if rng.random() < 0.3:
            mid = f"{fname}#x"
            other = (f"{rng.choice(SURNAMES)} {rng.choice(WORDS)} "
                     f"{rng.choice(['Holdings', 'Industries', 'Bancorp', 'Therapeutics'])}, Inc.")
            mentions.append(Mention(id=mid, name=org_spelling(rng, other), kind="organization",
                                    filing=fname))
            truth[mid] = ("x", other)
    return mentions[:n], truth


def _pairs(k: int) -> int:
    return k * (k - 1) // 2


def quality(mentions, truth, entity_of) -> dict:
    """False merges and splits against the generator's truth.

    An entity is *impure* when it holds mentions of two true parties (a false merge); a party is
    *split* when its mentions land in two entities. Pair precision / recall count pairs of
    mentions: in one entity and of one party / in one entity / of one party.
    """
    from collections import Counter, defaultdict

    cell: Counter = Counter()
    ent_parties: dict[str, set] = defaultdict(set)
    party_ents: dict[tuple, set] = defaultdict(set)
    for m in mentions:
        e, p = entity_of[m.id], truth[m.id]
        cell[(e, p)] += 1
        ent_parties[e].add(p)
        party_ents[p].add(e)
    ent_size, party_size = Counter(), Counter()
    for (e, p), k in cell.items():
        ent_size[e] += k
        party_size[p] += k
    both = sum(_pairs(k) for k in cell.values())
    in_entity = sum(_pairs(k) for k in ent_size.values())
    of_party = sum(_pairs(k) for k in party_size.values())
    impure = [e for e, ps in ent_parties.items() if len(ps) > 1]
    split = [p for p, es in party_ents.items() if len(es) > 1]
    return {"entities": len(ent_parties), "parties": len(party_ents), "impure_entities": len(impure),
            "split_parties": len(split),
            "false_merge_rate": round(len(impure) / len(ent_parties), 4),
            "split_rate": round(len(split) / len(party_ents), 4),
            "pair_precision": round(both / in_entity, 4) if in_entity else 1.0,
            "pair_recall": round(both / of_party, 4) if of_party else 1.0,
            "_impure": impure, "_split": split, "_ent_parties": ent_parties, "_party_ents": party_ents}


def run_one(n: int, examples: int = 0) -> dict:
    from resolvers import resolve

    mentions, truth = generate(n)
    t0, c0 = time.perf_counter(), time.process_time()
    res = resolve(mentions)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    q = quality(mentions, truth, res.entity_of)
    out = {"n": n, "seconds": round(dt, 2), "cpu": round(cpu, 2), "peak_mb": round(peak_mb)}
    out |= {k: v for k, v in q.items() if not k.startswith("_")}
    if examples:
        names: dict[tuple, set] = {}
        for m in mentions:
            names.setdefault((res.entity_of[m.id], truth[m.id]), set()).add(m.name)
        out["false_merges"] = [[sorted(names[(e, p)])[:3] for p in sorted(q["_ent_parties"][e])]
                               for e in q["_impure"][:examples]]
        out["splits"] = [[sorted(names[(e, p)])[:3] for e in sorted(q["_party_ents"][p])]
                         for p in q["_split"][:examples]]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="resolve() wall time, memory and accuracy at several sizes")
    ap.add_argument("--sizes", default="10000,100000,300000")
    ap.add_argument("--examples", type=int, default=0, help="print this many false merges and splits")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.examples)))
        return 0
    print(f"{'mentions':>9} {'seconds':>8} {'cpu s':>7} {'peak MB':>8} {'entities':>9} {'parties':>8} "
          f"{'impure':>7} {'false-merge':>11} {'split':>6} {'split rate':>10} {'pair P':>7} {'pair R':>7}")
    for n in [int(x) for x in args.sizes.split(",")]:
        cmd = [sys.executable, __file__, "--one", str(n), "--examples", str(args.examples)]
        out = subprocess.run(cmd, capture_output=True, text=True)
        if out.returncode:
            print(out.stderr, file=sys.stderr)
            return out.returncode
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['n']:9d} {r['seconds']:8.2f} {r['cpu']:7.2f} {r['peak_mb']:8d} {r['entities']:9d} "
              f"{r['parties']:8d} {r['impure_entities']:7d} {r['false_merge_rate']:11.2%} "
              f"{r['split_parties']:6d} {r['split_rate']:10.2%} {r['pair_precision']:7.4f} {r['pair_recall']:7.4f}")
        for kind in ("false_merges", "splits"):
            for ex in r.get(kind, []):
                print(f"  {kind[:-1]}: " + "  |  ".join(" ; ".join(x) for x in ex))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
