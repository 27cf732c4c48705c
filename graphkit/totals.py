"""An issuer's total held by all its holders, each holding counted once: the joint-filer rule.

Domain caveat: *joint filers report overlapping ownership: aggregate with max, never sum.* A
fund, its general partner and the general partner's members often file together, and each
reports *the same shares*. The total therefore starts from the issuer's holding atoms
(:func:`graphkit.ownership.holding_atoms`: each holder's stated holding less the holdings of the
holders it controls) and adds them by these rules:

* **Linked holders add.** Holders linked by control (one controls the other, or some party
  controls both: :func:`graphkit.controllers.controllers_of`) form a *family*; their atoms are
  separate slices of one holding, so they add up. The printed aggregate of a holder controlling
  all the others caps the family's sum (sibling funds reporting the same shares):
  :func:`capped_sum`.
* **Co-owners' shared reports overlap.** Two holders linked only by a party they both control
  (neither controls the other, no party controls both: spouses who own a company together)
  often report beyond it shares they hold together: of such co-owners in one filing the sole
  parts add and only the largest shared part counts
  (:func:`~graphkit.co_owners.co_owner_overlaps`), and ``overlaps`` says so.
* **One block printed alike is flagged.** Joint filers of one filing printing the very same
  row (shares, percent and powers), which no printed aggregate covers, may be one block
  reported from two places or equal holdings: both are counted, with a warning note
  (:func:`~graphkit.repeated_reports.identical_reports`).
* **A covering aggregate gives the percent.** When a holding states no percent (a fund's,
  read from prose) and the holder controlling the family prints an aggregate that is exactly
  the family's shares, the family's percent is that printed one (``percent_complete``).
* **Unlinked joint filers of one filing count once, by the largest report.** Families with no
  control link that report in the same filing (the filing usually states the link, but the graph
  lacks it) overlap: only the largest family's holding is counted, never the sum, and the answer
  says so in ``overlaps`` and ``notes``.
* **A Form 4's lines add.** A Form 3/4/5 owner's holding is the sum of its Table I lines
  (directly, "By Spouse", "By Acme Family Trust"), and the party a line names holds a part of
  it (``part_of``), counted in the owner's holding only (:mod:`graphkit.table_lines`).
* **Different filings by unrelated holders add.** Families that share no filing are separate
  holdings.
* **Classes never add.** When a filing reports a holder's Class A and Class B holdings apart
  (:func:`classes_reported_apart`), a percent is of its own class: the total is given per
  class in ``notes``, and no single figure adds the classes together.
* **Over 100% is flagged.** A total above :data:`WHOLE_CLASS` percent of the class is impossible:
  it gets a warning note (and a ``total-over-100`` finding), never a plain figure.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for u, pct, filing in [("f1", 6.0, "a.txt"), ("f2", 4.0, "a.txt"), ("x", 9.0, "a.txt"),
...                        ("y", 3.0, "b.txt")]:
...     _ = G.add_edge(u, "i", relation="beneficial_owner_of", filing=filing, form="SC 13G",
...                    percent=pct)
>>> _ = G.add_edge("gp", "f1", relation="general_partner_of")
>>> _ = G.add_edge("gp", "f2", relation="general_partner_of")
>>> t = total_held(G, "i")
>>> t.percent, [(o.counted[0].id, [p.id for p in o.not_added]) for o in t.overlaps]
(13.0, [('f1', ['x'])])
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import PurePath
from typing import Optional

import networkx as nx

from graphkit.answers import HoldingAtom, OverlappingReports, PartyRef, TotalHeld
from graphkit.co_owners import co_owner_overlaps
from graphkit.controllers import controlled_by, controllers_of
from graphkit.group_holdings import counted_group
from graphkit.holder_claims import left_out, newer_other_securities, stated_holdings
from graphkit.relations import HOLDING_RELATIONS
from graphkit.repeated_reports import identical_reports
from graphkit.sole_holders import sole_holders
from graphkit.table_lines import (CLASS_LETTER, TABLE_I, class_key,  # noqa: F401
                                  line_nature, lines_of_their_own, other_security)

#: Above this a total is impossible (more than the whole class): warn, never print it plainly.
WHOLE_CLASS = 100.0

_HOLDING = {r.value for r in HOLDING_RELATIONS}


def classes_reported_apart(G: nx.MultiDiGraph, issuer: str) -> list[str]:
    """The security classes of ``issuer`` that some holder reports side by side in one filing
    (a Class A and a Class B holding), each by the first title seen for it, in class order;
    empty when each filing reports one class.

    Each such class is a class of its own: its shares and percent never add to another's.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> for cls, pct in [("Class A Common", 2.4), ("Class B Common", 9.6)]:
    ...     _ = G.add_edge("h", "i", relation="beneficial_owner_of", filing="x.txt",
    ...                    security_class=cls, percent=pct)
    >>> classes_reported_apart(G, "i")
    ['Class A Common', 'Class B Common']
    """
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    title: dict[str, str] = {}
    for u, _, d in G.in_edges(issuer, data=True):
        key = class_key(d.get("security_class")) if d.get("relation") in _HOLDING else None
        if key is not None:
            seen[(u, d.get("filing", ""))].add(key)
            title.setdefault(key, d["security_class"])
    return [title[k] for k in sorted({k for ks in seen.values() if len(ks) > 1 for k in ks})]


def total_held(G: nx.MultiDiGraph, issuer: str, atoms: list[HoldingAtom] | None = None,
               security_class: Optional[str] = None) -> TotalHeld:
    """The issuer's total held by all its holders, each holding counted once.

    Holders linked by control (one controls the other, or some party controls both:
    :func:`~graphkit.controllers.controllers_of`) form a family whose atoms are separate slices:
    they add up. Joint filers report overlapping ownership: aggregate with max, never sum. So
    families with no control link that report in the same filing (the filing usually states the
    link, but the graph lacks it) count once, by the largest family's holding, and the answer
    says so in ``overlaps`` and ``notes``; so do co-owners linked only by a party they both
    control (:func:`~graphkit.co_owners.co_owner_overlaps`). Within a family, the printed aggregate of a holder
    controlling all the others caps the sum (siblings reporting the same shares). Holdings of
    different filings by unrelated holders add up. A total over 100% of the class gets a warning
    note. ``atoms`` (default: :func:`~graphkit.ownership.holding_atoms`) and ``security_class``
    (the class counted where holdings are reported per class) are for callers that total one
    class at a time.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> for u, pct, filing in [("a", 54.0, "x.txt"), ("b", 54.0, "x.txt"), ("c", 5.0, "y.txt")]:
    ...     _ = G.add_edge(u, "i", relation="beneficial_owner_of", filing=filing,
    ...                    form="SC 13D", percent=pct)
    >>> t = total_held(G, "i")
    >>> t.percent, [(o.counted[0].id, [p.id for p in o.not_added]) for o in t.overlaps]
    (59.0, [('a', ['b'])])

    Notes
    -----
    A ``issuer`` not in ``G`` gives an empty result, never an error: the public queries
    check names first (:func:`graphkit.graph.find_node`).

    See also
    --------
    graphkit.ownership.holding_atoms, graphkit.controllers.controllers_of
    """
    # graphkit.ownership builds on this module (its answers carry the total), so the holding
    # atoms it defines are imported at call time, not at import time.
    from graphkit.ownership import holding_atoms

    # classes reported apart are totalled one by one (``atoms`` then re-read per class)
    classes = classes_reported_apart(G, issuer) if security_class is None else []
    if len(classes) > 1:
        return _total_per_class(G, issuer, classes)
    atoms = holding_atoms(G, issuer, security_class) if atoms is None else atoms
    # holdings of another security (preferred stock, warrants) beside common stock's: not added
    other_sec = other_securities(atoms) if security_class is None else []
    atoms = [a for a in atoms if a not in other_sec]
    # every holder whose claim prints a number, a nil residual included (its filing still joins),
    # but a Form 4 line's record holder: its owner's holding counts it
    reported = [a for a in atoms if a.claim is not None and not a.part_of and (
        a.claim.shares is not None or a.claim.percent is not None)]
    link = nx.Graph()
    for a in reported:
        link.add_node(a.holder.id)
        link.add_edges_from((a.holder.id, c) for c in controllers_of(G, a.holder.id, issuer))
    family_of: dict[str, int] = {}
    for i, comp in enumerate(nx.connected_components(link)):
        family_of.update(dict.fromkeys(comp, i))
    families: dict[int, list[HoldingAtom]] = defaultdict(list)
    filed = nx.Graph()
    for a in reported:
        fam = family_of[a.holder.id]
        families[fam].append(a)
        filed.add_edge(("family", fam), ("filing", a.claim.filing if a.claim else ""))
    overlaps: list[OverlappingReports] = []
    repeats: dict[int, list[OverlappingReports]] = {}  # per family's atoms (by identity)
    for fam, members in families.items():  # co-owners' own reports overlap: the largest counts
        families[fam], found = co_owner_overlaps(G, members, issuer)
        overlaps += found
        repeats[id(families[fam])] = identical_reports(members)  # one block printed twice?
    # a family joins the filings of all its holders' reports, also those whose holding is no
    # atom of its own (holders controlling each other count once, by the largest report)
    for h, (_, d) in stated_holdings(G, issuer, security_class).items():
        if h in family_of and (d.get("shares") is not None or d.get("percent") is not None):
            filed.add_edge(("family", family_of[h]), ("filing", d.get("filing", "")))
    shares: list[int] = []
    pcts: list[float] = []
    notes: list[str] = []
    # every counted holding states its percent, or an aggregate covers it (a holding stating
    # no number at all is counted in no family: the total is then a lower bound too)
    complete = len(reported) == len(atoms) or all(a.empty or a.part_of for a in atoms
                                                   if a not in reported)
    flagged: list[OverlappingReports] = []  # identical reports counted each (a warning note)
    for comp in sorted(nx.connected_components(filed), key=lambda c: sorted(map(str, c))):
        values = [(pct, sh, f, note) for f in (families[x] for kind, x in comp
                                               if kind == "family")
                  for sh, pct, note in [capped_sum(G, f)]]
        values.sort(key=lambda v: (-(v[0] if v[0] is not None else -1.0),
                                   -(v[1] if v[1] is not None else -1), _names(v[2])))
        pct, sh, counted, note = values[0]
        # Form 4 joint filers: the lines one of the others holds alone are no overlap
        own = ([lines_of_their_own(G, issuer, f) for _, _, f, _ in values[1:]]
               if len(values) > 1 and pct is None and sh is not None else [])
        alone = sum(own) if own and None not in own and lines_of_their_own(
            G, issuer, counted) is not None else None
        counted_sh, sh = sh, sh + alone if alone else sh
        # a person of a 13D/13G group holding every share alone: no other report holds them
        sole_apart = [a for a in sole_holders([f for _, _, f, _ in values[1:]],
                                         [f for _, _, f, _ in values])
                 if a.claim and (pct is None or a.claim.percent is not None)] if not own else []
        if pct is not None and pct + sum(a.claim.percent or 0.0 for a in sole_apart
                                         if a.claim) > WHOLE_CLASS:
            sole_apart = []  # the numbers disagree (percents of other bases): add none
        if sole_apart:
            alone = sum(a.claim.shares or 0 for a in sole_apart if a.claim)
            sh = sh + alone if sh is not None else None
            pct = round(pct + sum(a.claim.percent or 0.0 for a in sole_apart if a.claim), 4) \
                if pct is not None else None
        # what the filing says they hold together, when its reports add up to it
        sh, pct, said, grouped = counted_group(G, issuer, comp, [a for _, _, f, _ in values for a in f],
                                      sh, pct)
        notes += [said] if said else []
        complete = complete and percent_complete(G, counted)
        if note is None:  # a capped family counts its aggregate: no block twice
            flagged += repeats.get(id(counted), [])
        shares += [sh] if sh is not None else []
        pcts += [pct] if pct is not None else []
        notes += [note] if note else []
        if len(values) > 1:
            overlaps.append(OverlappingReports(
                filings=sorted({f for kind, f in comp if kind == "filing"}),
                counted=_parties(counted), not_added=_parties(
                    [a for _, _, f, _ in values[1:] for a in f]), shares=counted_sh,
                percent=values[0][0], sole_counted=alone,
                sole_holders=[a.holder for a in sole_apart], group=grouped))
    total_pct = round(sum(pcts), 4) if pcts else None
    notes += [_overlap_note(o) for o in overlaps + flagged]
    # and a holder's newer report of another security only, its common stock counted
    other_sec += newer_other_securities(G, issuer) if security_class is None else []
    notes += [_other_security_note(other_sec)] if other_sec else []
    notes += [_left_out_note(G, h, lines)
              for h, lines in sorted(left_out(G, issuer, security_class).items())]
    if total_pct is not None and total_pct > WHOLE_CLASS + 1e-9:
        notes.append(f"warning: the total, {total_pct:g}% of the class, is over 100%: some "
                     "holding is counted twice (holders' newest reports of different dates, or "
                     "a control link the filings state but the graph lacks); do not cite it "
                     "as is (see the total-over-100 finding)")
    return TotalHeld(shares=sum(shares) if shares else None, percent=total_pct,
                     overlaps=overlaps, notes=notes, percent_complete=complete)


def _total_per_class(G: nx.MultiDiGraph, issuer: str, classes: list[str]) -> TotalHeld:
    """The totals of an issuer whose holdings are reported per class, each class on its own:
    in ``notes``, never added together (``shares`` and ``percent`` stay None)."""
    from graphkit.ownership import holding_atoms  # see total_held

    overlaps: list[OverlappingReports] = []
    notes = [f"holdings are reported per class ({', '.join(classes)}): a percent is of its "
             "own class, so the total is given per class and never adds classes together"]
    for cls in classes:
        t = total_held(G, issuer, holding_atoms(G, issuer, security_class=cls), cls)
        size = "; ".join(x for x in (f"{t.shares:,} shares" if t.shares is not None else "",
                                     f"{t.percent:g}% of the class" if t.percent is not None
                                     else "") if x) or "no number stated"
        notes.append(f"{cls}: {size}")
        notes += [f"{cls}: {n}" for n in t.notes]
        overlaps += t.overlaps
    return TotalHeld(overlaps=overlaps, notes=notes)


def capped_sum(G: nx.MultiDiGraph, atoms: list[HoldingAtom]
               ) -> tuple[Optional[int], Optional[float], Optional[str]]:
    """``(shares, percent, note)`` of atoms linked by control: their sum, capped by the largest
    printed report when one holder controls all the others (its aggregate covers them, so parts
    adding to more overlap: sibling funds reporting the same shares), unless that holder's
    report is a Form 4's indirect line (one part of its holding, no aggregate); a note says
    when it is capped.

    >>> import networkx as nx
    >>> from graphkit.answers import ClaimRef
    >>> G = nx.MultiDiGraph([("gp", "a", {"relation": "general_partner_of"}),
    ...                      ("gp", "b", {"relation": "general_partner_of"})])
    >>> def atom(h, pct, printed=None):
    ...     ref = ClaimRef(claim=h, filing="x", form="SC 13G", percent=printed or pct)
    ...     return HoldingAtom(holder=PartyRef(id=h, name=h), percent=pct, claim=ref)
    >>> capped_sum(G, [atom("a", 7.4), atom("b", 7.4), atom("gp", 0.0, printed=7.4)])[:2]
    (None, 7.4)

    Raises
    ------
    Nothing.

    See also
    --------
    total_held, graphkit.ownership.control_attribution
    """

    sh = [a.shares for a in atoms if a.shares is not None]
    pct = [a.percent for a in atoms if a.percent is not None]
    shares = sum(sh) if sh else None
    percent = round(sum(pct), 10) if pct else None
    tops = _tops(G, atoms)
    cover = _covering(atoms, tops, shares)
    if cover is not None and cover.claim is not None:  # some part states no percent
        return shares, cover.claim.percent, (
            f"{cover.holder.name}'s printed aggregate, {shares:,} shares "
            f"({cover.claim.percent:g}%), is the sum of the holdings of the holders it "
            "controls, some of which state no percent: their family counts its percent")
    # a top whose report is a Form 4's indirect line ("By Acme Fund I") reports one part of
    # its holding, no aggregate over the family: it caps nothing; nor does one line it holds
    # directly of fewer shares than another holder's report and of an amount no other prints
    # (its own shares: a general partner's 20,000 beside its fund's 1,000,000; a line as large,
    # or of a fund's very amount, may be that fund's shares marked "D")
    printed = [a.claim.shares for a in atoms if a.claim and a.claim.shares is not None]
    tops = [a for a in tops if a.claim is not None and a.claim.direct is not False
            and not (_own_direct_line(a) and a.claim.shares is not None and printed
                     and a.claim.shares < max(printed) and printed.count(a.claim.shares) == 1)]
    if tops:
        printed_sh = [a.claim.shares for a in atoms if a.claim and a.claim.shares is not None]
        printed_pct = [a.claim.percent for a in atoms
                       if a.claim and a.claim.percent is not None]
        raw = (shares, percent)
        if shares is not None and printed_sh:
            shares = min(shares, max(printed_sh))
        if percent is not None and printed_pct:
            percent = min(percent, max(printed_pct))
        if (shares, percent) != raw:
            said = f"{raw[1]:g}%" if raw[1] != percent else f"{raw[0]:,} shares"
            note = (f"{tops[0].holder.name} reports an aggregate that covers the holders it "
                    f"controls, whose reports add to more ({said}): they overlap, so their "
                    "family counts the aggregate (joint filers: aggregate with max, never sum)")
            return shares, percent, note
    return shares, percent, None


def _own_direct_line(atom: HoldingAtom) -> bool:
    """True when ``atom``'s report is one Table I line its holder holds directly: shares of
    its own, never an aggregate over the holders it controls (a sum of lines cites each).

    >>> from graphkit.answers import ClaimRef
    >>> from graphkit.models import Evidence
    >>> ev = Evidence(source="f4.xml", section="Table I", text="20000")
    >>> line = ClaimRef(claim="c2", filing="f4.xml", form="4", shares=20000, direct=True,
    ...                 evidence=[ev])
    >>> _own_direct_line(HoldingAtom(holder=PartyRef(id="gp", name="GP"), claim=line))
    True
    >>> cover = ClaimRef(claim="c1", filing="g.txt", form="SC 13G", shares=20000)
    >>> _own_direct_line(HoldingAtom(holder=PartyRef(id="gp", name="GP"), claim=cover))
    False
    """
    c = atom.claim
    return c is not None and c.direct is True and len(c.evidence) == 1 \
        and c.evidence[0].section == TABLE_I


def _tops(G: nx.MultiDiGraph, atoms: list[HoldingAtom]) -> list[HoldingAtom]:
    """The atoms of ``atoms`` (a family) whose holder controls every other holder of it."""
    ids = {a.holder.id for a in atoms}
    return [a for a in atoms if len(atoms) > 1 and a.claim is not None
            and ids - {a.holder.id} <= controlled_by(G, a.holder.id)]


def _covering(atoms: list[HoldingAtom], tops: list[HoldingAtom], shares: Optional[int]
              ) -> Optional[HoldingAtom]:
    """The top of a family (``tops``: :func:`_tops`) whose printed aggregate is exactly the
    family's ``shares`` and states a percent, when some atom of the family states none (a
    fund's holding read from prose: "Acme Fund II holds 112,466 shares"); else None. Its
    printed percent is then the family's, not the lower bound the stated parts add to."""
    if shares is None or not any(a.percent is None and not a.empty for a in atoms):
        return None
    return next((a for a in tops if a.claim is not None and a.claim.shares == shares
                 and a.claim.percent is not None and a.claim.direct is not False), None)


def percent_complete(G: nx.MultiDiGraph, atoms: list[HoldingAtom]) -> bool:
    """True when the percent of the family ``atoms`` is known in full: every holding states
    one (or is an empty residual), or the aggregate of the holder controlling all the others
    covers them (:func:`capped_sum` then counts its printed percent).

    >>> from graphkit.answers import ClaimRef
    >>> G = nx.MultiDiGraph([("im", "f2", {"relation": "investment_manager_of"})])
    >>> a = HoldingAtom(holder=PartyRef(id="f2", name="F2"), shares=112_466,
    ...                 claim=ClaimRef(claim="c", filing="x", form="SC 13G", shares=112_466))
    >>> percent_complete(G, [a])
    False
    """
    if all(a.percent is not None or a.empty for a in atoms):
        return True
    shares = [a.shares for a in atoms]
    total = None if None in shares else sum(s for s in shares if s is not None)
    return _covering(atoms, _tops(G, atoms), total) is not None


def _names(atoms: list[HoldingAtom]) -> list[str]:
    return sorted(a.holder.name for a in atoms)


def _parties(atoms: list[HoldingAtom]) -> list[PartyRef]:
    """The holders of ``atoms``, largest report first."""
    ranked = sorted(atoms, key=lambda a: (-(a.claim.percent if a.claim and a.claim.percent
                                            is not None else -1), a.holder.name, a.holder.id))
    return [a.holder for a in ranked]


def other_securities(atoms: list[HoldingAtom]) -> list[HoldingAtom]:
    """The ``atoms`` whose holding is of another security than common stock (preferred stock,
    warrants, units: :func:`~graphkit.table_lines.security_key`) when others are of common
    stock: they are no part of the common stock's total. Empty when no atom or every atom is
    of another security (an issuer of units only).

    >>> from graphkit.answers import ClaimRef
    >>> def atom(name, cls):
    ...     return HoldingAtom(holder=PartyRef(id=name, name=name, kind="organization"),
    ...                        shares=1, claim=ClaimRef(claim="c", filing="f", form="4",
    ...                                                 security_class=cls))
    >>> [a.holder.name for a in other_securities([atom("Fund I", "Common Stock"),
    ...                                           atom("Fund II", "Series A Preferred Stock")])]
    ['Fund II']
    >>> other_securities([atom("Fund II", "Series A Preferred Stock")])
    []
    """
    other = [a for a in atoms if a.claim is not None and other_security(a.claim.security_class)]
    return other if len(other) < sum(1 for a in atoms if a.claim is not None) else []


def _other_security_note(apart: list[HoldingAtom]) -> str:
    """The note on holdings of another security than the common stock totalled."""
    said = "; ".join(f"{a.holder.name}: {a.claim.security_class}"
                     f"{f' {a.shares:,} shares' if a.shares is not None else ''}"
                     f"{f' {a.percent:g}%' if a.percent is not None else ''}"
                     for a in apart if a.claim is not None)
    return (f"holdings of another security than the common stock are not added to its "
            f"total: {said}")


def _left_out_note(G: nx.MultiDiGraph, holder: str, lines: list[tuple[str, dict]]) -> str:
    """The note on a holder's older Form 4 lines its newest form leaves out (not counted)."""
    said = "; ".join(f"{line_nature(d) or 'direct'} {d.get('shares') or 0:,} shares "
                     f"({PurePath(d.get('filing') or '').name}, {d.get('as_of')})"
                     for _, d in lines)
    return (f"{G.nodes[holder].get('name', holder)}'s newest Form 4 leaves out lines of older "
            f"forms that no later report ends, not counted: {said}; they may be unchanged "
            "(a Form 4 need not reprint them), or moved or ended without a report, so the "
            "total may be a lower bound")


def _overlap_note(o: OverlappingReports) -> str:
    filings = ", ".join(PurePath(f).name for f in o.filings)
    if o.group:
        return (f"joint filers of {filings} with no control link between them are counted "
                "together, as the filing states their holding together (see the note above)")
    n = len(o.not_added)
    size = (f"{o.percent:g}%" if o.percent is not None else f"{o.shares:,} shares"
            if o.shares is not None else "no number stated")
    if o.identical:
        names = " and ".join(p.name for p in o.counted)
        return (f"warning: {names} print the very same holding ({size}, with the same powers) "
                f"in {filings}, and no aggregate of theirs covers them: it may be one block "
                "reported by each (a parent and a subsidiary whose link the graph lacks), or "
                "equal holdings; the total counts each, so it may count one block twice")
    if o.co_owned:
        owned = ", ".join(p.name for p in o.co_owned)
        others = ", ".join(p.name for p in o.not_added)
        sole = (f"{o.sole_counted:,} shares" if o.sole_counted else "nothing"
                if o.sole_counted is not None else "their powers are not stated: nothing")
        return (f"joint filers of {filings} are linked only by controlling {owned} together, "
                "neither controlling the other: what they report beyond it with shared power "
                f"may be the same shares, so the total counts {o.counted[0].name}'s report "
                f"({size}) in full and of {others} only what they hold with sole power "
                f"({sole}) (joint filers: aggregate with max, never sum)")
    alone = (f", but for the {o.sole_counted:,} shares on Table I lines one of them alone "
             "holds directly" if o.sole_counted else "")
    if o.sole_holders:
        alone = (f", but for the {o.sole_counted:,} shares of "
                 f"{' and '.join(p.name for p in o.sole_holders)}, every one held with sole "
                 "voting and dispositive power and no shared power, which no other report "
                 "can hold")
    return (f"joint filers of {filings} report overlapping holdings and no control link "
            f"between them is known: the total counts the largest, {o.counted[0].name} "
            f"({size}{' with the holders it is linked to' if len(o.counted) > 1 else ''}), "
            f"and does not add {n} other report{'s' if n != 1 else ''}{alone} (joint "
            "filers: aggregate with max, never sum)")
