"""Form 3/4/5 lines an owner's newest Form 4 leaves out, and which still stand.

A Form 4 reports the lines of Table I a transaction changed; many filers leave the others out
(a director who sells directly held shares does not reprint the 3,000 shares "By Roe Family
Trust"). Section 16 makes every change reportable, so a line a later form leaves out is
unchanged, not gone: :func:`carried_lines` gives, for an owner's newest filing, the lines of its
older filings whose nature of ownership that filing (and each newer one) does not report, to be
added to its sum (:func:`graphkit.table_lines.combined`). A 4/A that restates one line keeps
the original's other lines the same way.

A line is carried only while no statement ends it:

* a later line of the same security and nature (a line reporting 0 shares ends the nature);
* a later line that may be the same holding under another name: an indirect line of the same
  shares, or whose nature shares a word with it ("By Trust" and "By Roe Family Trust"), so one
  holding is never counted twice (the total is then a lower bound, as the newest form states);
* a holding stated as a whole: a Schedule 13D/13G claim of the owner, or a Form 3 (every line
  before them);
* a line another holder claims too (a fund or trust the line names, a co-filer): that holder's
  own claim counts it; and a joint line's total (only the owner's own lines are carried:
  direct lines without a nature, and its indirect lines).

Examples
--------
>>> def line(key, filing, day, shares, direct, nature=None):
...     ev = {"source": filing, "start": shares, "end": shares + 4, "section": "Table I"}
...     return key, {"filing": filing, "form": "4", "as_of": day, "shares": shares,
...                  "direct": direct, "note": nature, "security_class": "Common Stock",
...                  "evidence": [ev]}
>>> old = [line("a#c1", "a", "2024-06-03", 10000, True),
...        line("a#c2", "a", "2024-06-03", 2000, False, "By Spouse"),
...        line("a#c3", "a", "2024-06-03", 3000, False, "By Roe Family Trust")]
>>> new = line("b#c1", "b", "2024-06-20", 9000, True)
>>> [k for k, _ in carried_lines(old + [new], new)]
['a#c2', 'a#c3']
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Collection, Sequence

from graphkit import regex_cache
from graphkit.parsers.ownership_holdings import line_of
from graphkit.table_lines import (JOINT_TOTAL, LineKey, combined, line_key, line_nature,
                                  per_filing, title_key)

#: The words of a nature of ownership that tell no holding apart ("By the", "held through")
_PLAIN = frozenset("by the of held through for and a an in as his her its their my".split())

#: A word of a nature of ownership: letters or digits
_NATURE_WORD = regex_cache.compile(r"[a-z0-9]+")


def _day(d: dict) -> str:
    """The ISO date of a claim (its own date, else its filing's), "" for none: ISO dates
    compare as strings (graphkit.asof reads them; it imports this module)."""
    when = d.get("as_of") or d.get("filed")
    return when.isoformat() if isinstance(when, dt.date) else str(when or "")


def _words(nature: str) -> set[str]:
    return set(_NATURE_WORD.findall(nature)) - _PLAIN


def _own(d: dict) -> bool:
    """True for a line the holder reports as its own: indirect, or direct with no nature (a
    record holder's claim to another owner's "By X" line carries that nature)."""
    if JOINT_TOTAL in (d.get("note") or ""):
        return False
    return d.get("direct") is False or (d.get("direct") is True and not line_nature(d))


def _ends_all(d: dict) -> bool:
    """True for a claim stating the whole holding at its date: not a Table I line (a
    Schedule 13D/13G cover), or a line of a Form 3 (the initial statement of every line)."""
    return line_key(d) is None or (d.get("form") or "").partition("/")[0].strip() == "3"


def carried_lines(items: Sequence[tuple[str, dict]], chosen: tuple[str, dict],
                  shared: Collection[LineKey] = ()) -> list[tuple[str, dict]]:
    """The older Table I lines of the holder whose claims are ``items`` that still stand at
    its newest claim ``chosen`` (module notes): none when ``chosen`` is no Table I line.
    Lines in ``shared`` (claimed by another holder too: a fund or trust the line names, a
    co-filer) are not carried: the other holder's own claim counts them."""
    if line_key(chosen[1]) is None or not _own(chosen[1]):
        return []  # (a record holder's claim to another owner's line is no filing of its own)
    newest = chosen[1].get("filing")
    floor = max((_day(d) for _, d in items if _ends_all(d)
                 and (d.get("shares") is not None or d.get("percent") is not None)
                 and d.get("filing") != newest), default="")
    filings: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for k, d in items:
        if line_key(d) is not None and d.get("shares") is not None:
            filings[d.get("filing") or ""].append((k, d))
    day = {f: max(_day(d) for _, d in lines) for f, lines in filings.items()}
    later = list(filings.get(newest, []))  # every line newer than the filing looked at
    out: list[tuple[str, dict]] = []
    for f in sorted(filings, key=lambda f: (day[f], f), reverse=True):
        if f == newest or day[f] > day.get(newest, "9999") or day[f] < floor:
            continue
        taken = {_key(d) for _, d in later}
        for k, d in filings[f]:
            if (_own(d) and line_key(d) not in shared and _key(d) not in taken
                    and not _renamed(d, later)):
                out.append((k, d))
        later += filings[f]
    return out


def _key(d: dict) -> tuple:
    return line_of(d.get("security_class"), d.get("direct"), line_nature(d))


def _renamed(d: dict, later: Sequence[tuple[str, dict]]) -> bool:
    """True when one of the ``later`` lines may be the indirect line ``d`` under another name:
    the same security, indirect, and the same shares or a word of its nature in common."""
    if d.get("direct") is not False:
        return False
    title, words = _key(d)[0], _words(_key(d)[2])
    return any(d2.get("direct") is not True and _key(d2)[0] == title
               and (d2.get("shares") == d.get("shares") or words & _words(_key(d2)[2]))
               for _, d2 in later)


def standing_statements(items: Sequence[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """One statement of the holding per filing, as a stake's history lists them
    (:func:`graphkit.table_lines.per_filing`), each Form 3/4/5 sum with the older lines still
    standing at that filing (:func:`carried_lines`): the holding the owner reported then, not
    only the lines its form reprinted.

    >>> def line(key, filing, day, shares, direct, nature=None):
    ...     ev = {"source": filing, "start": shares, "end": shares + 4, "section": "Table I"}
    ...     return key, {"filing": filing, "form": "4", "as_of": day, "shares": shares,
    ...                  "direct": direct, "note": nature, "security_class": "Common Stock",
    ...                  "evidence": [ev]}
    >>> items = [line("a#c1", "a", "2024-06-03", 10000, True),
    ...          line("a#c2", "a", "2024-06-03", 2000, False, "By Spouse"),
    ...          line("b#c1", "b", "2024-06-20", 9000, True)]
    >>> [(k, d["shares"]) for k, d in standing_statements(items)]
    [('a#c2+c1', 12000), ('a#c2 + b#c1', 11000)]
    """
    out = []
    for k, d in per_filing(items):
        if line_key(d) is None or d.get("shares") is None:
            out.append((k, d))
            continue
        title = title_key(d.get("security_class"))
        upto = [kd for kd in items if _day(kd[1]) <= _day(d)]
        mine = [kd for kd in upto if kd[1].get("filing") == d.get("filing")
                and title_key(kd[1].get("security_class")) == title]
        older = [kd for kd in carried_lines(upto, mine[-1] if mine else (k, d))
                 if title_key(kd[1].get("security_class")) == title]
        out.append(combined(mine, mine[-1], older) if mine and older else (k, d))
    return out
