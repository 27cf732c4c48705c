"""Data-quality findings an investigator should see before citing the graph.

:func:`find_data_quality_issues` gathers, each finding citing its filings:

* ``sum-mismatch`` / ``percent-mismatch`` and other build warnings (``G.graph["warnings"]``),
  as the parsers reported them, and a party whose filings state places apart
  (``places-disagree``: two parties merged into one, or a place misread);
* numbers recomputed here: a percent of class that does not match shares ÷ the outstanding
  shares the same filing implies (``percent-recomputed``); an aggregate holder reporting fewer
  shares than the holders it controls in the same filing (``aggregate-below-parts``); voting or
  dispositive powers larger than the aggregate (``powers-exceed-aggregate``);
* two filings stating different numbers for the same holder, issuer and date
  (``conflicting-filings``);
* an issuer whose holders, each holding counted once (:func:`graphkit.totals.total_held`),
  hold more than 100% of the class (``total-over-100``): some holding is counted twice;
* parties with no identifier (``no-identifier``);
* merges decided on weak evidence (``weak-merge``): a score below :data:`WEAK_MERGE_SCORE`
  (warning), or a rule other than an identifier, a defined term, an exact name or a human
  judgement (info: weaker than those, however high its score).

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("f", name="Acme Fund", kind="organization", identifiers=[],
...            filings=["a.txt"], merges=["a.txt#p1 = b.txt#p2 [score, 0.82]: similar names"])
>>> [f.code for f in find_data_quality_issues(G)]
['weak-merge', 'no-identifier']
"""

from __future__ import annotations

import logging
import re
import statistics
from collections import defaultdict

import networkx as nx

from graphkit import regex_cache
from graphkit.answers import ClaimRef, Finding, Severity
from graphkit.asof import claim_date
from graphkit.models import Evidence
from graphkit.controllers import controlled_by
from graphkit.ownership import holding_atoms
from graphkit.totals import WHOLE_CLASS, total_held
from graphkit.relations import HOLDING_RELATIONS
from graphkit.table_lines import security_key

log = logging.getLogger(__name__)

#: Merges scored below this are weak whatever the rule (the resolver's bar is lower).
WEAK_MERGE_SCORE = 0.9
#: Merge rules that rest on strong evidence; anything else (score, brand-at-address...) is weaker.
STRONG_MERGE_RULES = ("identifier", "defined-term", "defined_term", "exact", "judgement")
#: Printed percentages carry at most two decimals; allow the rounding of one.
PERCENT_TOLERANCE = 0.06
#: Warning codes about numbers that do not add up (shown as warnings, the rest as info).
NUMBER_CODES = ("sum-mismatch", "percent-mismatch", "ocr-repair", "number")

#: "a.txt#p1 = b.txt#p3 [score, 0.82]: similar names; same address"
MERGE_LINE = regex_cache.compile(r"""
    ^\s*(?P<a>\S+)\s*=\s*(?P<b>\S+)\s*     # the two mention ids
    \[(?P<rule>[^,\]]+),\s*(?P<score>[0-9.]+)\]   # [rule, score]
    (?::\s*(?P<reasons>.*))?$              # optional reasons
""", re.VERBOSE)

_HOLDING = {r.value for r in HOLDING_RELATIONS}


def _filing_of(mention: str) -> str:
    return mention.split("#", 1)[0].split("/", 1)[0]


def find_data_quality_issues(G: nx.MultiDiGraph) -> list[Finding]:
    """Every data-quality finding of ``G``, most severe first (see the module notes).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.graph["warnings"] = [{"code": "sum-mismatch", "source": "a.txt", "line": 9,
    ...                         "message": "rows add to 90, total says 100"}]
    >>> [(f.code, f.severity.value, f.filings) for f in find_data_quality_issues(G)]
    [('sum-mismatch', 'warning', ['a.txt'])]

    Raises
    ------
    Nothing: oddities become findings.

    See also
    --------
    graphkit.graph.build_graph
    """
    out = [*_warnings(G), *_recomputed(G), *_conflicts(G), *_totals(G), *_identifiers(G),
           *_merges(G)]
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    out.sort(key=lambda f: (order[f.severity], f.code, f.filings, f.message))
    log.info("%d data-quality findings", len(out))
    return out


def _warnings(G: nx.MultiDiGraph) -> list[Finding]:
    out = []
    for w in G.graph.get("warnings", []):
        code = str(w.get("code", "warning"))
        numeric = any(code.startswith(c) for c in NUMBER_CODES) or "mismatch" in code
        ev = [Evidence(source=w["source"], line=w.get("line"))] if w.get("source") else []
        out.append(Finding(code=code, severity=Severity.WARNING if numeric else Severity.INFO,
                           message=str(w.get("message", "")),
                           filings=[w["source"]] if w.get("source") else [], evidence=ev))
    return out


def _holding_claims(G: nx.MultiDiGraph):
    """``(filing, target, security) → [(holder, ClaimRef)]`` for every holding claim, the
    security by :func:`~graphkit.table_lines.security_key`: a Form 4's preferred stock lines
    are checked apart from its common stock lines, a Class A holding apart from a Class B one.

    >>> G = nx.MultiDiGraph()
    >>> for cls in ("Common Stock", "Series A Preferred Stock"):
    ...     _ = G.add_edge("h", "i", relation="beneficial_owner_of", filing="f4.xml", form="4",
    ...                    security_class=cls, shares=1)
    >>> [key[2] for key in _holding_claims(G)]
    [(None, False), ('class a', True)]
    """
    by: dict[tuple, list[tuple[str, ClaimRef]]] = defaultdict(list)
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("relation") in _HOLDING:
            key = (d.get("filing", ""), v, security_key(d.get("security_class")))
            by[key].append((u, ClaimRef.of(k, d)))
    return by


def _name(G: nx.MultiDiGraph, n: str) -> str:
    return str(G.nodes[n].get("name") or n)


def _tolerance(percent: float) -> float:
    """How far a stated percent may be from the ``percent`` recomputed (or stated) before it is
    doubted: the rounding of two decimals, or 1% of it."""
    return max(PERCENT_TOLERANCE, 0.01 * percent)


def _class_size(stated: list[ClaimRef]) -> float:
    """The size of the class the ``stated`` claims (shares and percent) imply: their median.

    The median of two is their mean, which neither states: two claims that disagree ("5.50%"
    of 906,214 shares on a cover page, ".12%" of 20,937 shares of a subsidiary in the text)
    give the size of the more precise percent (:func:`_rounding`), the cover's, which the
    other is then checked against (review s34 rvA L2).

    >>> claim = lambda shares, pct: ClaimRef(claim="k", filing="f", form="SC 13G", shares=shares,
    ...                                      percent=pct)
    >>> round(_class_size([claim(906_214, 5.5), claim(20_937, 0.12)]))
    16476618
    >>> round(_class_size([claim(100, 10.0), claim(200, 20.0), claim(90, 50.0)]))
    1000
    """
    implied = [c.shares * 100 / c.percent for c in stated]
    if len(stated) == 2 and abs(stated[0].shares * 100 / implied[1] - stated[0].percent) > \
            _tolerance(stated[0].percent):
        return min(zip(implied, stated), key=lambda xc: _rounding(xc[1].percent))[0]
    return statistics.median(implied)


def _rounding(percent: float) -> float:
    """Half a unit of the last decimal ``percent`` is printed with, relative to it: how far the
    printed figure may be off from the true one, as a share of it.

    >>> round(_rounding(5.5), 4), round(_rounding(0.12), 4), _rounding(10.0)
    (0.0091, 0.0417, 0.05)
    """
    digits = f"{percent:.6f}".rstrip("0").partition(".")[2]
    return 0.5 * 10 ** -len(digits) / percent


def _outermost(G: nx.MultiDiGraph, nodes: list[str]) -> list[str]:
    """Of ``nodes``, those none of the others controls: the parts of a holding that no other
    part already holds ("ECT" of ECT and JEDI II, whose shares ECT's count holds).

    >>> G = nx.MultiDiGraph([("sub", "fund", {"relation": "general_partner_of"})])
    >>> _outermost(G, ["sub", "fund"]), _outermost(G, ["fund", "other"])
    (['sub'], ['fund', 'other'])
    """
    below = {x: controlled_by(G, x) for x in nodes}
    return [x for x in nodes
            if not any(x in below[y] and y not in below[x] for y in nodes if y != x)]


def _parts_total(G: nx.MultiDiGraph, parts: list[str], holders: dict[str, ClaimRef]) -> int:
    """The shares the holders ``parts`` report together, each holding once: parts that control
    a holder in common (a fund's general partner and its investment manager) report the same
    shares, and so do joint filers reporting the very same number (the general partners of a
    fund and of its adviser, the link between the two not stated): each such group counts its
    largest report; the groups add up.

    >>> G = nx.MultiDiGraph([("gp", "fund", {"relation": "general_partner_of"}),
    ...                      ("adviser", "fund", {"relation": "investment_manager_of"})])
    >>> ref = lambda n: ClaimRef(claim="k", filing="f", form="SC 13D", shares=n)
    >>> holders = {"gp": ref(400), "adviser": ref(400), "fund": ref(400), "other": ref(50)}
    >>> _parts_total(G, ["gp", "adviser", "other"], holders)
    450
    >>> _parts_total(G, ["gp", "other"], holders | {"other": ref(400)})
    400
    """
    below = {x: ({x} | controlled_by(G, x)) & set(holders) for x in parts}
    link = nx.Graph()
    link.add_nodes_from(parts)
    link.add_edges_from((x, y) for i, x in enumerate(parts) for y in parts[i + 1:]
                        if below[x] & below[y] or holders[x].shares == holders[y].shares)
    return sum(max(holders[x].shares or 0 for x in group)
               for group in nx.connected_components(link))


def _recomputed(G: nx.MultiDiGraph) -> list[Finding]:
    out = []
    for (filing, target, _), claims in _holding_claims(G).items():
        stated = [c for _, c in claims if c.shares and c.percent]
        if len(stated) >= 2:
            outstanding = _class_size(stated)
            for h, c in claims:
                if c.shares is None or c.percent is None:
                    continue
                expect = c.shares * 100 / outstanding
                if abs(expect - c.percent) > _tolerance(expect):
                    out.append(Finding(
                        code="percent-recomputed", severity=Severity.WARNING,
                        message=f"{_name(G, h)} on {_name(G, target)}: {c.percent:g}% stated, "
                                f"{c.shares:,} shares of about {outstanding:,.0f} outstanding "
                                f"is {expect:.2f}%", filings=[filing], nodes=[h, target],
                        evidence=c.evidence))
        holders = {h: c for h, c in claims}
        for h, c in claims:
            tops = _outermost(G, [x for x in controlled_by(G, h) if x in holders])
            parts = [holders[x] for x in tops]
            if c.shares is not None and parts and all(p.shares is not None for p in parts):
                total = _parts_total(G, tops, holders)
                if c.shares < total:
                    out.append(Finding(
                        code="aggregate-below-parts", severity=Severity.WARNING,
                        message=f"{_name(G, h)} reports {c.shares:,} shares of "
                                f"{_name(G, target)} but the holders it controls report "
                                f"{total:,}", filings=[filing], nodes=[h, target],
                        evidence=c.evidence))
            for label, a, b in (("voting", c.sole_voting, c.shared_voting),
                                ("dispositive", c.sole_dispositive, c.shared_dispositive)):
                if c.shares is not None and (a or 0) + (b or 0) > c.shares:
                    out.append(Finding(
                        code="powers-exceed-aggregate", severity=Severity.WARNING,
                        message=f"{_name(G, h)}: sole + shared {label} power "
                                f"{(a or 0) + (b or 0):,} exceeds the aggregate {c.shares:,}",
                        filings=[filing], nodes=[h, target], evidence=c.evidence))
    return out


def _conflicts(G: nx.MultiDiGraph) -> list[Finding]:
    by: dict[tuple, list[ClaimRef]] = defaultdict(list)
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("relation") in _HOLDING and claim_date(d) is not None:
            by[(u, v, claim_date(d), d.get("security_class"))].append(ClaimRef.of(k, d))
    out = []
    for (u, v, day, _), claims in by.items():
        filings = sorted({c.filing for c in claims})
        fields = [f for f in ("shares", "percent") if len(
            {getattr(c, f) for c in claims if getattr(c, f) is not None}) > 1]
        if len(filings) < 2 or not fields:
            continue
        said = "; ".join(f"{c.filing}: " + ", ".join(
            f"{f} {getattr(c, f)}" for f in fields if getattr(c, f) is not None) for c in claims)
        out.append(Finding(
            code="conflicting-filings", severity=Severity.WARNING,
            message=f"filings disagree on the {' and '.join(fields)} {_name(G, u)} held in "
                    f"{_name(G, v)} on {day}: {said}", filings=filings, nodes=[u, v],
            evidence=[e for c in claims for e in c.evidence[:1]]))
    return out


def _totals(G: nx.MultiDiGraph) -> list[Finding]:
    """Issuers whose total held (each holding once) is more than the whole class."""
    out = []
    for v in sorted(G, key=str):
        if not any(d.get("relation") in _HOLDING for _, _, d in G.in_edges(v, data=True)):
            continue
        atoms = holding_atoms(G, v)
        total = total_held(G, v, atoms)
        if not total.over_100:
            continue
        left_out = {p.id for o in total.overlaps for p in o.not_added}
        counted = [(a, a.claim) for a in atoms if a.claim is not None and a.percent
                   and a.holder.id not in left_out]
        counted.sort(key=lambda ac: -(ac[0].percent or 0))
        parts = ", ".join(f"{a.holder.name} {a.percent:g}% ({c.date or 'undated'})"
                          for a, c in counted[:5]) + (", ..." if len(counted) > 5 else "")
        out.append(Finding(
            code="total-over-100", severity=Severity.WARNING,
            message=f"{_name(G, v)}: holdings add to {total.percent:g}% of the class, over "
                    f"{WHOLE_CLASS:g}%: some holding is counted twice (holders' newest reports "
                    f"of different dates, or a control link the filings state but the graph "
                    f"lacks): {parts}",
            filings=sorted({c.filing for _, c in counted}),
            nodes=[v, *(a.holder.id for a, _ in counted)],
            evidence=[e for _, c in counted for e in c.evidence[:1]]))
    return out


def _identifiers(G: nx.MultiDiGraph) -> list[Finding]:
    return [Finding(code="no-identifier", severity=Severity.INFO,
                    message=f"{d.get('name', n)} ({d.get('kind', '?')}) has no identifier "
                            "(CIK, CUSIP...): its merges rest on names only",
                    filings=list(d.get("filings", [])), nodes=[n])
            for n, d in G.nodes(data=True) if not d.get("identifiers")]


def _merges(G: nx.MultiDiGraph) -> list[Finding]:
    out = []
    for n, d in G.nodes(data=True):
        for line in d.get("merges", []):
            m = MERGE_LINE.match(line)
            if not m:
                out.append(Finding(code="weak-merge", severity=Severity.WARNING,
                                   message=f"{d.get('name', n)}: unreadable merge record "
                                           f"{line!r}", nodes=[n]))
                continue
            rule, score = m.group("rule").strip(), float(m.group("score"))
            strong = any(rule.startswith(r) for r in STRONG_MERGE_RULES)
            if strong and score >= WEAK_MERGE_SCORE:
                continue
            why = "low score" if strong else f"rule {rule!r} is not an identifier or defined term"
            out.append(Finding(
                code="weak-merge",
                severity=Severity.WARNING if score < WEAK_MERGE_SCORE else Severity.INFO,
                message=f"{d.get('name', n)}: {m.group('a')} merged with {m.group('b')} on weak "
                        f"evidence ({why}; score {score:.2f})"
                        + (f": {m.group('reasons')}" if m.group("reasons") else ""),
                filings=sorted({_filing_of(m.group("a")), _filing_of(m.group("b"))}),
                nodes=[n]))
    return out
