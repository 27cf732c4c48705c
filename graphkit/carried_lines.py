"""Form 3/4/5 lines an owner's newest Form 4 leaves out: carried, or said.

A Form 4 reports the lines of Table I a transaction changed; many filers leave the others out
(a director who sells directly held shares does not reprint the 3,000 shares "By Roe Family
Trust"). A line left out is often unchanged; but shares also move between a direct line and a
trust, or leave a trust, without a report (a change in form of ownership is exempt from
Section 16), and the next form then shows the new layout only. The forms cannot tell the two
apart, so a left-out line is not added to the holding: :func:`left_out_lines` lists those no
later statement ends, and :func:`graphkit.totals.total_held` says so in a note (the total may
be a lower bound). Only a 4/A is read with its original: the lines of the Form 4 it amends
that it does not restate still stand (:func:`carried_lines`), added to its sum
(:func:`graphkit.table_lines.combined`), unless the 4/A says it takes lines out
(:data:`REMOVES_LINES`: "filed solely to remove the line ..., which was reported in error").

A line is left out, or carried, only while no statement ends it:

* a later line of the same security and nature (every direct line is one nature; a line
  reporting 0 shares ends the nature);
* a later line that may hold the same shares under another name or form: the same shares
  ("By Spouse" 2,000 then "By Wife" 2,000; direct 10,000 then "By Trust" 10,000), or, both
  indirect, a word of the nature in common ("By Trust" and "By Roe Family Trust"; the words
  for relatives are one: "By Son" and "By Children");
* a holding stated as a whole: a Schedule 13D/13G claim of the owner, or a Form 3 (every line
  before them);
* a line another holder claims too (a fund or trust the line names, a co-filer, a spouse
  filing later reports of its own: :func:`graphkit.spouse_lines.spouse_reported`): that
  holder's own claim counts it; and a joint line's total (only the owner's own lines are
  carried: direct lines, and its indirect lines).

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
>>> [k for k, _ in left_out_lines(old + [new], new)], carried_lines(old + [new], new)
(['a#c2', 'a#c3'], [])
>>> amended = ("a4#c1", dict(old[0][1], filing="a4", form="4/A", shares=10500))
>>> [k for k, _ in carried_lines(old + [amended], amended)]
['a#c2', 'a#c3']
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from typing import Collection, Sequence

from graphkit import regex_cache
from graphkit.parsers.ownership_holdings import line_of
from graphkit.table_lines import (JOINT_TOTAL, LineKey, combined, line_key, line_nature,
                                  per_filing, title_key)

#: A 4/A's footnote saying it takes out lines of the form it amends: "filed solely to remove
#: the line for 2,000 shares ..., which was reported in error", "erroneously included",
#: "to delete the indirect holdings" (the original's lines it names end: :func:`_removed`)
REMOVES_LINES = regex_cache.compile(r"""
    \b(?:remov|delet|eliminat)(?:e|es|ed|ing)\s+(?:\w+\s+){0,4}?(?:lines?|holdings?|entr(?:y|ies)
       |rows?|shares)\b                                      # "to remove the line for ..."
    |\b(?:lines?|holdings?|entr(?:y|ies)|rows?|shares)\b[^.;]{0,60}?\b(?:reported|included|listed
       |shown)\s+(?:in\s+error|erroneously|inadvertently|by\s+mistake)  # "... reported in error"
    |\b(?:lines?|holdings?|entr(?:y|ies)|rows?|shares)\b[^.;]{0,60}?\b(?:erroneously|inadvertently
       |mistakenly)\s+(?:reported|included|listed|shown)     # "... were erroneously included"
    |\b(?:erroneously|inadvertently|mistakenly)\s+(?:reported|included|listed|shown)\s+
       (?:\w+\s+){0,3}?(?:lines?|holdings?|entr(?:y|ies)|rows?|shares)\b  # "erroneously included
       # the shares"; never a price, a date or a board seat: "the price was inadvertently
       # reported", "removed from the board"
""", re.VERBOSE | re.IGNORECASE)

#: A number of shares in a footnote: "2,000", "12000" (not a part of "F12" nor of "1.5")
AMOUNT = regex_cache.compile(r"""(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\w.,])\d+(?![\w.,])""",
                             re.VERBOSE)

#: The words of a nature of ownership that tell no holding apart ("By the", "held through")
_PLAIN = frozenset("by the of held through for and a an in as his her its their my".split())

#: Words of a nature naming a relative of the owner, one holding as far as renaming goes ("By
#: Son", then "By Children"; "By Spouse", then "By Wife")
_FAMILY = frozenset("""
    spouse wife husband son sons daughter daughters child children minor minors household
    grandchildren grandchild
""".split())

#: What :func:`_words` reads a word of :data:`_FAMILY` as (no word of a nature: "Roe Family
#: Trust" is no relative's)
_RELATIVE = "(a relative)"

#: A word of a nature of ownership: letters or digits
_NATURE_WORD = regex_cache.compile(r"[a-z0-9]+")


def _day(d: dict) -> str:
    """The ISO date of a claim (its own date, else its filing's), "" for none: ISO dates
    compare as strings (graphkit.asof reads them; it imports this module)."""
    when = d.get("as_of") or d.get("filed")
    return when.isoformat() if isinstance(when, dt.date) else str(when or "")


def _when(d: dict) -> tuple[str, str, bool]:
    """How a claim's filing is ordered: its date, its filing date, an amendment after the
    original of the same dates (a 4/A restates its Form 4)."""
    filed = d.get("filed")
    return (_day(d), filed.isoformat() if isinstance(filed, dt.date) else str(filed or ""),
            (d.get("form") or "").upper().endswith("/A"))


def _words(nature: str) -> set[str]:
    """The words of a nature that tell holdings apart, each word for a relative read as one."""
    return {_RELATIVE if w in _FAMILY else w for w in _NATURE_WORD.findall(nature)} - _PLAIN


def own_line(d: dict) -> bool:
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
    """The lines of the original Form 4 that its 4/A ``chosen`` (the newest claim of the
    holder whose claims are ``items``) leaves out: they still stand and count (module notes).
    Lines in ``shared`` (claimed by another holder too: a fund or trust the line names, a
    co-filer) are never carried: the other holder's own claim counts them."""
    newest = _when(chosen[1])
    return [kd for kd in _standing(items, chosen, shared)
            if newest[2] and _when(kd[1])[0] == newest[0]]


def left_out_lines(items: Sequence[tuple[str, dict]], chosen: tuple[str, dict],
                   shared: Collection[LineKey] = ()) -> list[tuple[str, dict]]:
    """The lines of older filings that the holder's newest Form 4 ``chosen`` leaves out, which
    no later statement ends, and which are not carried (:func:`carried_lines`): unchanged,
    or moved or ended without a report; not counted, and said (module notes)."""
    carried = {k for k, _ in carried_lines(items, chosen, shared)}
    return [kd for kd in _standing(items, chosen, shared) if kd[0] not in carried]


def _standing(items: Sequence[tuple[str, dict]], chosen: tuple[str, dict],
              shared: Collection[LineKey]) -> list[tuple[str, dict]]:
    """The older lines of the holder (``items``) that no later statement ends at its newest
    claim ``chosen``: none when ``chosen`` is no Table I line."""
    if line_key(chosen[1]) is None or not own_line(chosen[1]):
        return []  # (a record holder's claim to another owner's line is no filing of its own)
    newest = chosen[1].get("filing")
    floor = max((_day(d) for _, d in items if _ends_all(d)
                 and (d.get("shares") is not None or d.get("percent") is not None)
                 and d.get("filing") != newest), default="")
    filings: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for k, d in items:
        if line_key(d) is not None and d.get("shares") is not None:
            filings[d.get("filing") or ""].append((k, d))
    day = {f: max(_when(d) for _, d in lines) for f, lines in filings.items()}
    later = list(filings.get(newest, []))  # every line newer than the filing looked at
    # a 4/A filed to take out a line reported in error: the original's lines it names end
    removal = [d.get("note") or "" for _, d in later
               if _when(chosen[1])[2] and REMOVES_LINES.search(d.get("note") or "")]
    out: list[tuple[str, dict]] = []
    for f in sorted(filings, key=lambda f: (day[f], f), reverse=True):
        if f == newest or day[f] > day.get(newest, ("9999",)) or day[f][0] < floor:
            continue
        taken = {_key(d) for _, d in later}
        for k, d in filings[f]:
            if (own_line(d) and line_key(d) not in shared and _key(d) not in taken
                    and not _renamed(d, later)
                    and not (removal and day[f][0] == _when(chosen[1])[0]
                             and _removed(d, removal))):
                out.append((k, d))
        later += filings[f]
    return out


def _removed(d: dict, removal: Sequence[str]) -> bool:
    """True when a 4/A's ``removal`` footnotes (:data:`REMOVES_LINES`) name the original's
    line ``d``: a word of its nature ("the line for 2,000 shares held by the reporting
    person's spouse": "By Spouse"), or its amount.

    >>> _removed({"note": "By Spouse", "shares": 2000, "direct": False},
    ...          ["F1: filed to remove the line for shares held by the spouse"])
    True
    >>> _removed({"note": "By 401(k) Plan", "shares": 3000, "direct": False},
    ...          ["F1: filed to remove the line for 2,000 shares held by the spouse"])
    False
    >>> _removed({"note": "By Trust", "shares": 2000, "direct": False},
    ...          ["F1: filed to remove the line for 12,000 shares"])
    False
    """
    nature = _words((line_nature(d) or ("direct" if d.get("direct") else "")).lower())
    return any(nature & _words(text.lower()) or d.get("shares") in
               {int(a.replace(",", "")) for a in AMOUNT.findall(text)} for text in removal)


def _key(d: dict) -> tuple:
    """The security and nature of a line: every direct line of a security is one ("Direct",
    "Jointly with spouse" and a plain D line all hold the owner's own shares)."""
    direct = d.get("direct") is True
    return line_of(d.get("security_class"), d.get("direct"), "" if direct else line_nature(d))


def _renamed(d: dict, later: Sequence[tuple[str, dict]]) -> bool:
    """True when one of the ``later`` lines may hold the shares of the line ``d`` under another
    name or form: the same security, and the same shares (shares moved between a direct line
    and a trust are often reported on the receiving line only), or, both indirect, a word of
    their natures in common (family words are one: "By Son" and "By Children")."""
    title, words = _key(d)[0], _words(_key(d)[2])
    return any(_key(d2)[0] == title and (
        d2.get("shares") == d.get("shares")
        or d.get("direct") is False and d2.get("direct") is False
        and words & _words(_key(d2)[2])) for _, d2 in later)


def standing_statements(items: Sequence[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """One statement of the holding per filing, as a stake's history lists them
    (:func:`graphkit.table_lines.per_filing`), a 4/A's sum with the lines of its original it
    leaves out (:func:`carried_lines`).

    >>> def line(key, filing, day, shares, direct, nature=None):
    ...     ev = {"source": filing, "start": shares, "end": shares + 4, "section": "Table I"}
    ...     return key, {"filing": filing, "form": "4", "as_of": day, "shares": shares,
    ...                  "direct": direct, "note": nature, "security_class": "Common Stock",
    ...                  "evidence": [ev]}
    >>> items = [line("a#c1", "a", "2024-06-03", 10000, True),
    ...          line("a#c2", "a", "2024-06-03", 2000, False, "By Spouse")]
    >>> items.append(("b#c1", dict(line("b#c1", "b", "2024-06-03", 9000, True)[1], form="4/A")))
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
