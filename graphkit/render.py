"""Terminal views of query answers: rich tables, one function per answer type.

Display only: these functions build ``rich`` renderables from the models in
:mod:`graphkit.answers` and never print; the CLI prints them. Numbers are shown as filed
(``6,288,626``, ``19.42%``); a figure no filing prints (a residual, a product along a chain)
is marked ``≈``; a total over 100% of the class is flagged on its own line. Every chain step
cites its filing and line.

Examples
--------
>>> from rich.console import Console
>>> from graphkit.answers import FindingsReport, Finding
>>> console = Console(width=100, record=True, file=open("/dev/null", "w"))
>>> console.print(render(FindingsReport(findings=[Finding(code="no-identifier",
...     severity="info", message="X has no identifier", filings=["a.txt"])])))
>>> "X has no identifier" in console.export_text()
True
"""

from __future__ import annotations

from functools import singledispatch
from typing import Optional

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from graphkit.answers import (
    ClaimRef, CommonControllers, Connections, Controllers, EffectiveOwnership,
    FindingsReport, Holding, Holdings, OwnershipMethod, StakeHistory, Step, UltimateController,
)
from graphkit.table_lines import title_key

#: Title of the parties (or holdings) listed apart because their newest report is an exit
EXITED_TITLE = ("Latest report an exit (5% or less, none held, or no longer subject to Section 16):"
                " not ranked above")


def num(value: Optional[int]) -> str:
    """Shares with thousands separators, or an en dash when not stated.

    >>> num(6288626), num(None)
    ('6,288,626', '–')
    """
    return "–" if value is None else f"{value:,}"


def pct(value: Optional[float], lower_bound: bool = False, derived: bool = False) -> str:
    """A percent of class as printed (``19.42%``), or an en dash when not stated.

    A ``derived`` figure (computed, not printed) is marked ``≈``.

    >>> pct(19.42), pct(None), pct(5.0, lower_bound=True), pct(0.99, derived=True)
    ('19.42%', '–', '≥ 5%', '≈ 0.99%')
    """
    if value is None:
        return "–"
    mark = "≥ " if lower_bound else ("≈ " if derived else "")
    return mark + f"{round(value, 4):g}%"


def held_in_all(shares: Optional[int], percent: Optional[float], lower_bound: bool = False
                ) -> Text:
    """The "Held in all" line; a total over 100% of the class is flagged in red.

    >>> held_in_all(6288626, 19.42).plain.split(" (")[0]
    'Held in all: 6,288,626 shares, 19.42%'
    >>> held_in_all(100, 378.0).plain.split(" — ")[1]
    'over 100% of the class: see the warning below'
    """
    line = Text(f"Held in all: {num(shares)} shares, {pct(percent, lower_bound=lower_bound)} "
                "(joint filers' reports of the same shares counted once)")
    if percent is not None and percent > 100.0:
        line.append(" — over 100% of the class: see the warning below", style="bold red")
    return line


def _cites(step: Step) -> str:
    """Where each claim of ``step`` is printed, the lines of the holding it shows
    (:attr:`Step.held`) first; a claim of another security than that holding's names it
    ("Class C Stock Units"), as a line never counted in the step's shares."""
    held = step.held
    lines = {e.cite() for e in held.evidence} if held is not None else set()
    claims = sorted(step.claims, key=lambda c: c.cite() not in lines)  # (stable: newest first)
    return "; ".join(f"{c.cite()} ({c.form}{', ' + str(c.date) if c.date else ''}"
                     f"{_security_apart(c.security_class, held)})" for c in claims)


def _security_apart(title: Optional[str], held: Optional[ClaimRef]) -> str:
    """", <title>" when a claim of the security ``title`` is of another security than the
    holding ``held``, else "".

    >>> held = ClaimRef(claim="c1", filing="f.xml", form="4", security_class="Common Stock")
    >>> _security_apart("Class C Stock Units", held), _security_apart("COMMON STOCK (1)", held)
    (', Class C Stock Units', '')
    """
    if held is None or not title or title_key(title) == title_key(held.security_class):
        return ""
    return f", {title}"


def _add(table: Table, *cells) -> None:
    """Add a row of plain text (names and chains may contain brackets, never markup)."""
    table.add_row(*(c if isinstance(c, Text) else Text(str(c)) for c in cells))


@singledispatch
def render(answer) -> RenderableType:
    """The terminal view of ``answer`` (any model of :mod:`graphkit.answers`).

    Raises
    ------
    TypeError
        If ``answer`` is not a known answer type.

    See also
    --------
    graphkit.cli_queries
    """
    raise TypeError(f"no terminal view for {type(answer).__name__}")


@render.register
def _(ans: Controllers) -> RenderableType:
    head = Text(f"Controllers of {ans.issuer.name}"
                + (f" as of {ans.as_of}" if ans.as_of else " (all dates)"), style="bold")
    parts: list[RenderableType] = [head, _tops(
        "At the top of the chains (control-based attribution, each holding once)", ans.ultimate)
        if ans.ultimate or not ans.exited else Text("At the top of the chains: no one current")]
    if ans.exited:
        parts.append(_tops(EXITED_TITLE, ans.exited))
    parts.append(held_in_all(ans.total_shares, ans.total_percent))
    chains = Table(title=f"Chains of control ({len(ans.paths)})", show_lines=False)
    chains.add_column("#", justify="right")
    chains.add_column("chain, top first")
    evidence: dict[tuple, Step] = {}
    for i, p in enumerate(ans.paths, 1):
        flags = " (cut at max depth)" if p.truncated else (" (cross-holding)" if p.cycle else "")
        _add(chains, str(i), p.describe() + flags)
        for s in p.steps:
            evidence.setdefault((s.source.id, s.target.id, s.relation), s)
    ev = Table(title="Evidence for each step")
    for col in ("step", "shares", "percent", "cited from"):
        ev.add_column(col, justify="right" if col in ("shares", "percent") else "left")
    for s in evidence.values():
        _add(ev, f"{s.source.name} → {s.label} → {s.target.name}"
             + "".join(f" [{m}]" for m in s.marks), num(s.shares), pct(s.percent), _cites(s))
    parts += [chains, ev]
    if ans.related:
        rel = Table(title="Directors, officers and promoters")
        for col in ("party", "relation", "title", "evidence"):
            rel.add_column(col)
        for s in ans.related:
            titles = ", ".join(sorted({c.title for c in s.claims if c.title}))
            label = s.label
            if s.claims and s.claims[0].ended:  # the insider's newest report: it had ended
                label += f" (ended by {s.claims[0].date})" if s.claims[0].date else " (ended)"
            _add(rel, s.source.name, label, titles, _cites(s))
        parts.append(rel)
    parts += [Text(n, style="yellow") for n in ans.notes]
    return Group(*parts)


def _note(*marks: Optional[str]) -> str:
    """The marks of a row (:mod:`graphkit.claim_marks`), for its "note" column.

    >>> _note("exit (5% or less)", None), _note(None, None)
    ('exit (5% or less)', '')
    """
    return "; ".join(m for m in marks if m)


def _tops(title: str, rows: list[UltimateController]) -> Table:
    """The table of parties at the top of the chains (or of those listed apart as exited)."""
    notes = [_note(u.exit, u.disclaimer) for u in rows]
    top = Table(title=title)
    for col in ("party", "kind", "chains", "shares", "percent") + (("note",) if any(notes)
                                                                   else ()):
        top.add_column(col, justify="right" if col in ("chains", "shares", "percent") else "left")
    for u, note in zip(rows, notes):
        _add(top, u.party.name, u.party.kind, str(u.paths), num(u.shares),
             pct(u.percent, derived=u.derived), *((note,) if any(notes) else ()))
    return top


@render.register
def _(ans: Holdings) -> RenderableType:
    title = f"Holdings of {ans.party.name}" + (f" as of {ans.as_of}" if ans.as_of else "")
    if not ans.exited:
        return _holdings(title, ans.holdings)
    return Group(_holdings(title, ans.holdings) if ans.holdings else Text(f"{title}: none current"),
                 _holdings(EXITED_TITLE, ans.exited))


def _holdings(title: str, rows: list[Holding]) -> Table:
    """The table of a party's holdings (or of those listed apart as exited)."""
    notes = [_note(h.exit, h.disclaimer) for h in rows]
    t = Table(title=escape(title))
    for col in ("holds or controls", "direct", "shares", "percent", "through") + (
            ("note",) if any(notes) else ()):
        t.add_column(col)
    for h, note in zip(rows, notes):
        through = "\n".join(" → ".join(p.name for p in path.parties[1:-1]) or "(direct)"
                            for path in h.paths)
        _add(t, h.target.name, "yes" if h.direct else "no", num(h.shares), pct(h.percent),
             through, *((note,) if any(notes) else ()))
    return t


@render.register
def _(ans: Connections) -> RenderableType:
    title = f"Paths from {ans.source.name} to {ans.target.name}" + (
        " (either direction)" if ans.undirected else "")
    if not ans.paths:
        return Text(f"{title}: no path", style="bold")
    parts: list[RenderableType] = [Text(title, style="bold")]
    for i, p in enumerate(ans.paths, 1):
        t = Table(title=Text(f"{i}. {p.describe()}"), show_header=True)
        for col in ("from", "relation", "to", "numbers", "evidence"):
            t.add_column(col)
        for h in p.hops:
            for s in h.steps:
                _add(t, s.source.name, s.label, s.target.name,
                          " ".join(x for x in (num(s.shares) if s.shares else "",
                                               pct(s.percent) if s.percent else "") if x),
                          _cites(s))
        parts.append(t)
    return Group(*parts)


@render.register
def _(ans: CommonControllers) -> RenderableType:
    t = Table(title=f"Controllers of both {ans.issuer_a.name} and {ans.issuer_b.name}")
    for col in ("party", "kind", f"chain to {ans.issuer_a.name}", f"chain to {ans.issuer_b.name}"):
        t.add_column(col)
    for c in ans.common:
        _add(t, c.party.name, c.party.kind, "\n".join(p.describe() for p in c.paths_a),
                  "\n".join(p.describe() for p in c.paths_b))
    return t if ans.common else Text(f"{t.title}: none", style="bold")


@render.register
def _(ans: EffectiveOwnership) -> RenderableType:
    t = Table(title=f"Effective ownership of {ans.issuer.name} — method: {ans.method.value}"
              + (f", threshold {ans.threshold:g}%" if ans.threshold is not None else "")
              + (f", as of {ans.as_of}" if ans.as_of else ""))
    multiplicative = ans.method is OwnershipMethod.MULTIPLICATIVE
    cols = ["party", "percent", "shares", "basis"] + (["chains", "controls"] if multiplicative
                                                      else [])
    for col in cols:
        t.add_column(col, justify="left" if col in ("party", "basis") else "right")
    for o in ans.owners:
        row = [o.party.name, pct(o.percent, derived=o.derived), num(o.shares), o.basis]
        if multiplicative:
            row += [str(o.paths + o.control_paths),
                    pct(o.controlled_percent, derived=o.controlled_derived)]
        _add(t, *row)
    total = held_in_all(ans.total_shares, ans.total_percent, lower_bound=not ans.complete)
    return Group(t, total, Text(f"Rule: {ans.rule}", style="dim"),
                 *(Text(n, style="yellow") for n in ans.notes))


@render.register
def _(ans: StakeHistory) -> RenderableType:
    t = Table(title=f"Stake of {ans.holder.name} in {ans.issuer.name}")
    labelled = any(e.security for e in ans.entries)  # several securities, or no common stock
    for col in ("as of", "form", *(("security", "shares or units") if labelled else
                                   ("shares",)), "percent", "change", "filing", "superseded by"):
        t.add_column(col)
    for e in ans.entries:
        c = e.claim
        change = " ".join(x for x in (
            f"{e.change_shares:+,}" if e.change_shares is not None else "",
            f"{e.change_percent:+g} pts" if e.change_percent is not None else "",
            c.exit or "") if x)
        _add(t, str(c.date or "–"), c.form, *((e.security or "–",) if labelled else ()),
             num(c.shares), pct(c.percent), change, c.cite(), e.superseded_by or "")
    return t


@render.register
def _(ans: FindingsReport) -> RenderableType:
    t = Table(title=f"Data-quality findings ({len(ans.findings)})")
    for col in ("severity", "code", "finding", "filings"):
        t.add_column(col)
    for f in ans.findings:
        _add(t, f.severity.value, f.code, f.message, ", ".join(f.filings))
    return t
