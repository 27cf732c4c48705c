"""A Form 3/4/5 holder's Table I lines of one filing: parts of one holding, added up.

Table I of Forms 3, 4 and 5 prints one line per nature of ownership: the shares a reporting
owner holds directly ("D"), and each block held indirectly ("I": "By Spouse", "By 401(k)",
"By Acme Family Trust"). The owner's holding is the *sum* of its lines, not the largest one
(unlike the joint filers of a Schedule 13D, whose rows are one holding seen from several
levels). So:

* :func:`combined` reads a holder's holding as the sum of its lines of the filing its newest
  line is in, of the security of the largest sum, common stock first (a Common Stock line and
  a Preferred Stock line never add). The sum is a claim of its own: its ``claim`` names the
  lines' claims joined by "+", its evidence cites each line, and ``direct`` is True only when
  every line is direct (a sum with lines held through others never caps a family as an
  aggregate).
* A party a line names ("By Acme Family Trust") holds that line of record: the parser gives it a
  *direct* claim to the line, beside the owner's *indirect* one (:func:`record_holders`). When
  no holder controls it and its holding is that line, it is a part of the owner's
  (:func:`parts`), counted inside the owner's sum, never added again, even though no filing
  says who controls it (a settlor's irrevocable trust). Otherwise its own report counts the
  line and the owner's atom leaves it out (:func:`line_atom`).
* A fund a co-filer's line names ("By Acme Fund I") sums, in that filing, only the lines it
  holds itself (:func:`vehicle_lines`).

The lines of the holder's newest filing count (a 4/A's with the lines of its original it does
not restate); older lines it leaves out are said, not counted (:mod:`graphkit.carried_lines`).

A line is known by its place in the filing (:func:`line_key`): the evidence of a Table I claim,
whose ``section`` is :data:`TABLE_I`.

Examples
--------
>>> def line(key, shares, direct, start, title="Common Stock"):
...     ev = {"source": "f4.xml", "start": start, "end": start + 4, "section": TABLE_I}
...     return key, {"relation": "beneficial_owner_of", "filing": "f4.xml", "form": "4",
...                  "as_of": "2024-06-20", "shares": shares, "direct": direct,
...                  "security_class": title, "evidence": [ev]}
>>> mine = [line("c1", 1000, True, 10), line("c2", 500, False, 90),
...         line("c3", 40, True, 200, "Series A Preferred Stock")]
>>> key, d = combined(mine, mine[0])
>>> key, d["shares"], d["direct"], len(d["evidence"])
('c1 + c2', 1500, False, 2)
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import PurePath
from typing import Mapping, Optional, Sequence

import networkx as nx

from graphkit import regex_cache
from graphkit.answers import ClaimRef, HoldingAtom, PartyRef

#: The ``section`` of a Table I line's evidence (the ownership parsers write it)
TABLE_I = "Table I"

#: What a security title says beyond its name: footnote marks "(1)", "[2]", "*", a par value
#: (", par value $0.01 per share"), and punctuation and spacing, for :func:`title_key`
TITLE_NOISE = regex_cache.compile(r"""
    \s*(?:\(\d{1,2}\)|\[\d{1,2}\]|\*)                    # footnote marks
  | ,?\s*\(?\s*(?:\$\s*[\d.]+\s+|no\s+)?par\s+value.*$  # the par value to the end:
                                                       # "par value $.01", "($0.01 par value)"
  | [^a-z0-9]+                                            # punctuation and spacing
""", re.VERBOSE)

#: The words of a claim's note that make it a joint line's total, not the owner's own part
#: (:mod:`graphkit.parsers.ownership_joint`): never added to the owner's other lines
JOINT_TOTAL = "reported once; this owner's own part is not stated"

#: A Table I claim's note (:mod:`graphkit.parsers.ownership_xml`): the nature of ownership as
#: printed ("By Spouse"), then " - " and the line's footnotes ("F1: The shares are held ...") or
#: a joint line's words ("joint: ...", "own part of ..."); a note of footnotes only has no nature
LINE_NOTE = regex_cache.compile(r"""
    ^(?!F\d+:)(?P<nature>.+?)(?=\s-\s(?:F\d+:|joint:|own\s+part\b)|$)
""", re.VERBOSE | re.DOTALL)


def line_nature(d: Mapping) -> str:
    """The nature of ownership of the Table I line ``d`` (edge attributes), "" for none.

    >>> line_nature({"note": "By Spouse - F1: Held by the reporting person's wife."})
    'By Spouse'
    >>> line_nature({"note": "F2: Includes 500 restricted shares."}), line_nature({})
    ('', '')
    """
    m = LINE_NOTE.match(d.get("note") or "")
    return m["nature"].strip() if m else ""


#: ``(source, start, end)`` of a Table I line: where its amount is printed
LineKey = tuple[str, Optional[int], Optional[int]]


def line_key(d: Mapping) -> Optional[LineKey]:
    """Where the Table I line of the claim ``d`` (edge attributes) is printed, or None when
    ``d`` is no Table I line (a cover page row, a footnote's prose).

    >>> line_key({"evidence": [{"source": "f4.xml", "start": 5, "end": 9, "section": TABLE_I}]})
    ('f4.xml', 5, 9)
    >>> line_key({"evidence": [{"source": "a.txt", "start": 5, "end": 9, "section": "Item 5"}]})
    """
    ev = d.get("evidence") or []
    return _evidence_line(ev[0]) if ev else None


def _evidence_line(e: object) -> Optional[LineKey]:
    """The Table I line an evidence entry (a dict) cites, or None."""
    if not isinstance(e, Mapping) or e.get("section") != TABLE_I:
        return None
    return (e.get("source") or "", e.get("start"), e.get("end"))


def title_key(title: Optional[str]) -> str:
    """The security a title names, for telling lines of one security from another's.

    >>> title_key("Common Stock, par value $0.01 per share (1)"), title_key("COMMON STOCK")
    ('common stock', 'common stock')
    >>> title_key("Series A Preferred Stock")
    'series a preferred stock'
    """
    return " ".join(TITLE_NOISE.sub(" ", (title or "").lower()).split())


#: A security title naming what is no common stock (in :func:`title_key`'s spelling): its
#: lines are a holding only when the holder reports no common lines in the filing
OTHER_SECURITY = regex_cache.compile(r"""
    \b(?:preferred|preference|warrants?|options?|units?|notes?|debentures?|rights?|bonds?)\b
""", re.VERBOSE)


#: The class named in a security's title: the "A" of "Class A Common Stock, par value $0.01",
#: "Series B Preferred", "Class C Capital Stock" (what tells two classes of an issuer apart)
CLASS_LETTER = regex_cache.compile(r"""\b(?:class|series)\s+(?P<letter>[A-Z0-9]{1,3})\b""", re.IGNORECASE)


def class_key(security_class: Optional[str]) -> Optional[str]:
    """The key that tells a class of ``security_class`` apart ("class a"), or None when its
    title names no class letter (as "Common Stock": the class is not stated apart).

    >>> class_key("Class A Common Stock, par value $0.01"), class_key("CLASS A COMMON")
    ('class a', 'class a')
    >>> class_key("Common Stock") is None, class_key(None) is None
    (True, True)
    """
    m = CLASS_LETTER.search(security_class or "")
    return f"class {m['letter'].lower()}" if m else None


def security_key(title: Optional[str]) -> tuple[Optional[str], bool]:
    """Which security a title names, for comparing holdings over time: its class letter
    (:func:`class_key`'s "class a") and whether it is no common stock
    (:data:`OTHER_SECURITY`); a title naming neither is common stock, as an untitled claim is.

    >>> security_key("Class B Common Stock"), security_key("Common Stock, $0.01 par value")
    (('class b', False), (None, False))
    >>> security_key("Series A Convertible Preferred Stock"), security_key(None)
    (('class a', True), (None, False))
    """
    return class_key(title), OTHER_SECURITY.search(title_key(title)) is not None


#: A word naming common stock in a security's title: "Common Stock", "Ordinary Shares"
COMMON_WORD = regex_cache.compile(r"""\b(?:common|ordinary)\b""", re.VERBOSE | re.IGNORECASE)


def other_security(title: Optional[str]) -> bool:
    """True for a title naming another security than common stock and no common stock:
    "Series A Preferred Stock", "Warrants"; not "Common Stock (including shares issuable upon
    exercise of warrants)", "Common Units". (:func:`graphkit.totals.other_securities` sets
    such holdings apart; :func:`graphkit.holder_claims.read_holdings` takes a holder's common
    stock before them.)

    >>> [other_security(t) for t in ("Series A Preferred Stock", "Common Stock (incl. "
    ...                              "warrants)", "Ordinary Shares", None)]
    [True, False, False, False]
    """
    return security_key(title)[1] and COMMON_WORD.search(title or "") is None


def combined(items: Sequence[tuple[str, dict]], chosen: tuple[str, dict],
             older: Sequence[tuple[str, dict]] = ()) -> tuple[str, dict]:
    """The holding of a holder whose claims are ``items`` (``(edge key, edge attributes)``),
    given the claim ``chosen`` as its newest: when ``chosen`` is a Table I line, the sum of the
    holder's lines of that filing and the ``older`` lines carried (a 4/A's original's:
    :func:`graphkit.carried_lines.carried_lines`), of the security whose lines add to most,
    common stock before any other (:data:`OTHER_SECURITY`); else ``chosen``.

    See the module notes for the claim made of the sum.
    """
    if line_key(chosen[1]) is None:
        return chosen
    filing = chosen[1].get("filing")
    by_title: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    newest = [kd for kd in items if kd[1].get("filing") == filing]
    titles = {title_key(d.get("security_class")) for _, d in newest}  # never an old title alone
    for k, d in _each_line(newest + [kd for kd in older
                                     if title_key(kd[1].get("security_class")) in titles]):
        by_title[title_key(d.get("security_class"))].append((k, d))
    group = max(by_title.values(), key=lambda g: (
        OTHER_SECURITY.search(title_key(g[0][1].get("security_class"))) is None,
        sum(d["shares"] for _, d in g), len(g)), default=[])
    return _sum(group) if len(group) > 1 else group[0] if group else chosen


def per_filing(items: Sequence[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """``items`` (one holder's claims) with each filing's Table I lines of one security
    replaced by their sum (:func:`combined`'s claim): one statement of the holding per filing,
    as a stake's history lists them.

    >>> mine = [("c1", {"filing": "a", "shares": 5}),
    ...         *[(k, {"filing": "f4.xml", "shares": n, "security_class": "Common Stock",
    ...                "evidence": [{"source": "f4.xml", "start": n, "section": TABLE_I}]})
    ...           for k, n in [("c2", 10), ("c3", 20)]]]
    >>> [(k, d["shares"]) for k, d in per_filing(mine)]
    [('c1', 5), ('c2 + c3', 30)]
    """
    out: list[tuple[str, dict]] = []
    groups: dict[tuple, list[tuple[str, dict]]] = defaultdict(list)
    for k, d in items:
        if line_key(d) is None or d.get("shares") is None:
            out.append((k, d))
        else:
            groups[(d.get("filing"), title_key(d.get("security_class")))].append((k, d))
    for group in groups.values():
        lines = _each_line(group)
        out.append(_sum(lines) if len(lines) > 1 else lines[0])
    return out


def _each_line(items: Sequence[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """The Table I lines stating shares among ``items``, each once, in the filing's order."""
    lines: dict[LineKey, tuple[str, dict]] = {}
    for k, d in items:
        key = line_key(d)
        if key is not None and d.get("shares") is not None:
            lines.setdefault(key, (k, d))  # a line claimed twice counts once
    return [lines[key] for key in sorted(lines, key=lambda x: (x[0], x[1] or 0, x[2] or 0))]


def record_holders(claims: Mapping[str, Sequence[tuple[str, dict]]]
                   ) -> dict[LineKey, dict[str, Optional[bool]]]:
    """``line -> {holder: direct}``: who claims each Table I line among ``claims`` (each
    holder's claims), and whether directly.

    >>> ev = [{"source": "f", "start": 1, "end": 2, "section": TABLE_I}]
    >>> record_holders({"jane": [("c1", {"evidence": ev, "direct": False})],
    ...                 "trust": [("c2", {"evidence": ev, "direct": True})]})
    {('f', 1, 2): {'jane': False, 'trust': True}}
    """
    out: dict[LineKey, dict[str, Optional[bool]]] = defaultdict(dict)
    for h, items in claims.items():
        for _, d in items:
            key = line_key(d)
            if key is not None:
                out[key].setdefault(h, d.get("direct"))
    return dict(out)


def vehicle_lines(items: Sequence[tuple[str, dict]],
                  record: Mapping[LineKey, Mapping[str, Optional[bool]]], holder: str
                  ) -> list[tuple[str, dict]]:
    """``items`` (the claims of ``holder``) without the lines it does not hold itself in the
    filings where it is a vehicle a line names ("By Acme Fund I", reported indirectly by
    another owner): a fund filing jointly with its general partner and its manager claims
    every line of the form, but holds only those it holds directly (its own filings keep
    their lines).

    >>> ev = lambda n: [{"source": "f", "start": n, "end": n + 1, "section": TABLE_I}]
    >>> mine = [("c1", {"evidence": ev(1), "direct": True}),
    ...         ("c2", {"evidence": ev(5), "direct": False})]
    >>> record = {("f", 1, 2): {"fund": True, "gp": False}, ("f", 5, 6): {"fund": False}}
    >>> [k for k, _ in vehicle_lines(mine, record, "fund")]
    ['c1']
    """
    named = {key[0] for key, holders in record.items()  # the filings naming it
             if holders.get(holder) is True
             and any(v is False for o, v in holders.items() if o != holder)}
    return [(k, d) for k, d in items if (key := line_key(d)) is None or key[0] not in named
            or (d.get("direct") is True and JOINT_TOTAL not in (d.get("note") or ""))]


def _sum(group: list[tuple[str, dict]]) -> tuple[str, dict]:
    """One claim for the lines ``group``: their shares added, citing each (module notes)."""
    base = max(group, key=lambda kd: (str(kd[1].get("as_of") or ""), kd[1]["shares"]))[1]
    # direct only when every line is: a sum with lines held through others is no aggregate
    # covering a family (graphkit.totals.capped_sum)
    d = dict(base, shares=sum(d["shares"] for _, d in group),
             direct=all(d.get("direct") is True for _, d in group),
             evidence=[e for _, d in group for e in (d.get("evidence") or [])[:1]],
             note=f"the sum of {len(group)} lines of Table I (each nature of ownership)"
             + _carried_note(group, base))
    return _joined([k for k, _ in group]), d


def _carried_note(group: list[tuple[str, dict]], newest: dict) -> str:
    """What the sum's note says of the lines of ``group`` from filings older than ``newest``'s."""
    older = sorted({PurePath(d.get("filing") or "").name for _, d in group
                    if d.get("filing") != newest.get("filing")})
    n = sum(1 for _, d in group if d.get("filing") != newest.get("filing"))
    return (f"; {n} of them from older filings ({', '.join(older)}), natures the newest "
            f"leaves out unchanged" if n else "")


def _joined(keys: list[str]) -> str:
    """Claim keys joined by "+", their common filing named once.

    >>> _joined(["f4.xml#c2", "f4.xml#c4"]), _joined(["a#c1", "b#c2"])
    ('f4.xml#c2+c4', 'a#c1 + b#c2')
    """
    heads = {k.rpartition("#")[0] for k in keys}
    if len(heads) == 1 and "#" in keys[0]:
        return keys[0] + "".join("+" + k.rpartition("#")[2] for k in keys[1:])
    return " + ".join(keys)


def held_lines(items: Sequence[tuple[str, dict]], holding: dict
               ) -> dict[LineKey, Optional[bool]]:
    """The Table I lines ``holding`` (a claim made by :func:`combined`) is made of, each with
    whether the holder holds it directly, as its claims in ``items`` say."""
    keys = {_evidence_line(e) for e in holding.get("evidence") or []} - {None}
    return {key: d.get("direct") for _, d in items if (key := line_key(d)) in keys}


def parts(lines: Mapping[str, Mapping[LineKey, Optional[bool]]]) -> dict[str, list[str]]:
    """``holder -> owners`` whose holding contains it: the holders each of whose lines (per
    holder, from :func:`held_lines`) it holds directly, of record, while the owner reports the
    same line as held indirectly ("By Acme Family Trust").

    >>> parts({"owner": {("f", 1, 2): True, ("f", 3, 4): False},
    ...        "trust": {("f", 3, 4): True}, "fund": {("f", 1, 2): True}})
    {'trust': ['owner']}
    """
    out: dict[str, list[str]] = {}
    for h, mine in lines.items():
        if not mine or not all(v is True for v in mine.values()):
            continue
        owners = [o for o, theirs in lines.items()
                  if o != h and all(theirs.get(k, True) is False for k in mine)]
        if owners:
            out[h] = sorted(owners)
    return out


def line_atom(G: nx.MultiDiGraph, H: nx.DiGraph, h: str, key: str, d: dict,
              items: Sequence[tuple[str, dict]], lines: Mapping[str, Mapping], record: Mapping,
              part_of: Mapping[str, list[str]], below: Sequence[HoldingAtom]) -> HoldingAtom:
    """The holding atom of ``h`` (:func:`graphkit.ownership.holding_atoms`) when its holding
    ``(key, d)`` is made of Table I lines (``lines[h]``, from :func:`held_lines`; ``items``
    its claims; ``record`` from :func:`record_holders`; ``H`` control among the holders).

    It is the lines less:

    * those another holder holds of record and counts itself: one ``h`` controls, or one whose
      own newer report is not that line (a record holder ``part_of`` ``h`` stays in; one
      controlled by another holder overlaps ``h``'s report: the joint-filer rule);
    * a joint line's total (several owners claiming it directly), unless no claimant of it
      controls ``h``;
    * up to the lines held through no named holder ("By LLC"), what the holders ``h``
      controls report elsewhere (``below``).
    """
    ref = ClaimRef.of(key, d)
    mine = lines[h]
    amount = {line_key(d2): d2.get("shares") or 0 for _, d2 in items if line_key(d2) in mine}
    taken = unnamed = 0
    for line, direct in mine.items():
        held = {o for o, v in record.get(line, {}).items() if o != h and v is True}
        if direct is not False:  # a joint line's total: the claimant controlling h counts it
            taken += amount.get(line, 0) if any(H.has_edge(o, h) for o in held) else 0
        elif any(H.has_edge(h, o) or line not in lines[o] for o in held
                 if h not in part_of.get(o, ())) or any(
                H.has_edge(h, o) and lines[o].get(line) is False for o in lines if o != h):
            # a holder h controls, or one reporting it elsewhere; or a holder h controls
            # reporting the line indirectly too (its atom counts it)
            taken += amount.get(line, 0)
        elif not held:
            unnamed += amount.get(line, 0)  # (else a record holder's report overlaps h's)
    elsewhere = [a.shares or 0 for a in below
                 if not any(record.get(line, {}).get(a.holder.id) for line in mine)]
    sub = taken + min(unnamed, sum(elsewhere))
    if not sub or ref.shares is None:
        return HoldingAtom(holder=PartyRef.of(G, h), shares=ref.shares, percent=ref.percent,
                           claim=ref)
    shares = max(ref.shares - sub, 0)
    pct = None if ref.percent is None or not ref.shares else round(
        ref.percent * shares / ref.shares, 2)  # a cover page's decimals
    return HoldingAtom(holder=PartyRef.of(G, h), shares=shares, percent=pct, residual=True,
                       derived=pct is not None, claim=ref)


def atom_lines(atom: HoldingAtom) -> set[LineKey]:
    """The Table I lines the claim of ``atom`` cites (its holding's lines; empty for a
    holding that is no sum of lines)."""
    return {(e.source, e.start, e.end) for e in (atom.claim.evidence if atom.claim else [])
            if e.section == TABLE_I}


def _claimants(G: nx.MultiDiGraph, issuer: str
               ) -> tuple[dict[LineKey, set[str]], dict[LineKey, set[str]], dict[LineKey, int]]:
    """``(claimants, direct, shares)`` of each Table I line of ``issuer``: who claims it, who
    claims it directly ("" among them for a joint line's total), and its shares."""
    anyone: dict[LineKey, set[str]] = defaultdict(set)
    direct: dict[LineKey, set[str]] = defaultdict(set)
    shares: dict[LineKey, int] = {}
    for u, _, d in G.in_edges(issuer, data=True):
        key = line_key(d)
        if key is None:
            continue
        anyone[key].add(u)
        shares.setdefault(key, d.get("shares") or 0)
        if d.get("direct") is True:
            direct[key].add(u)
            if JOINT_TOTAL in (d.get("note") or ""):
                direct[key].add("")  # (a joint total: held by all, never apart)
    return anyone, direct, shares


def lines_apart(G: nx.MultiDiGraph, issuer: str, a: HoldingAtom, b: HoldingAtom,
                below: Mapping[str, set[str]]) -> bool:
    """Whether two Form 4 owners' holdings of ``issuer``, beyond the lines held of record by
    holders they control (``below``), are different lines of Table I, none a joint line's
    total: then they are different shares, never overlapping reports.

    False when either holding is no sum of lines (a Schedule 13D cover's figure may include
    what the other reports).
    """
    mine, theirs = atom_lines(a), atom_lines(b)
    if not mine or not theirs:
        return False
    _, direct, _ = _claimants(G, issuer)
    own_a = {k for k in mine if not direct[k] & below[a.holder.id]}
    own_b = {k for k in theirs if not direct[k] & below[b.holder.id]}
    # apart only when each line is held directly by its owner alone (two unnamed "By LLC"
    # lines may be one LLC's shares)
    return (all(direct[k] == {a.holder.id} for k in own_a)
            and all(direct[k] == {b.holder.id} for k in own_b))


def lines_of_their_own(G: nx.MultiDiGraph, issuer: str, atoms: Sequence[HoldingAtom]
                       ) -> Optional[int]:
    """The shares of the Table I lines of ``atoms`` that one holder alone claims, and
    directly ("The shares are held directly by Jane Roe"; no joint line's total): shares no
    other report counts, though joint filers' reports overlap otherwise. None when some atom
    is no sum of lines.
    """
    keys = [atom_lines(a) for a in atoms]
    if not all(keys):
        return None
    anyone, direct, shares = _claimants(G, issuer)
    return sum(shares[k] for a, mine in zip(atoms, keys) for k in mine
               if anyone[k] == {a.holder.id} and direct[k] == {a.holder.id})
