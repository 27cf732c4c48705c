"""What a Schedule 13D/13G says its reporting persons hold together: the group's holding.

Joint filers with no control link between them (a "group" of holders acting together) each
print their own holding on their cover page, and the totals cannot tell whether those reports
overlap (:mod:`graphkit.totals` then counts the largest). Many such filings say it in their
items: "The Holders, at the present time, collectively own 239,700 shares of the Issuer's Common
Stock (constituting approximately 5.6 % of all of the outstanding shares)", "The Reporting Group,
which collectively holds 74.69% of the Company's outstanding Shares". :func:`read_group_holdings`
reads such statements into :class:`~graphkit.models.GroupHolding` records, which
:mod:`graphkit.group_holdings` checks against the cover pages before a total uses one.

A statement is read only when all of these hold, so that a holding of one holder, a purchase or
another class is never taken for the group's:

* its subject is a group: "the Reporting Persons", "the Filing Persons", "the Reporting Group",
  "the Group", or a capitalised plural term ("the Holders", "the Purchasers"), never "each of";
* a word says *together*: "collectively", "together", "jointly", "in the aggregate", "an
  aggregate of", "as a group", "combined";
* its verb says they *hold* now: "own", "hold", "beneficially own", "may be deemed to own"
  (not "purchased", "acquired", "owned", "sold");
* the number follows in the same clause: a count of shares (not of preferred stock), or a
  percent of the class, or both.

Examples
--------
>>> from graphkit.source import SourceText
>>> src = SourceText(path="x.txt", text="(c) The Holders, at the present time, collectively own "
...     "239,700 shares of the Issuer's Common Stock (constituting approximately 5.6 % of all "
...     "of the outstanding shares of Common Stock).")
>>> [(g.shares, g.percent) for g in read_group_holdings(src)]
[(239700, 5.6)]
>>> src = SourceText(path="x.txt", text="The Reporting Group, which collectively holds 74.69% "
...     "of the Company's outstanding Shares, will receive cash.")
>>> [(g.shares, g.percent) for g in read_group_holdings(src)]
[(None, 74.69)]
>>> src = SourceText(path="x.txt", text="The Reporting Persons purchased an aggregate of "
...     "22,774,263 Shares. Each of the Reporting Persons collectively owns 1,000 Shares.")
>>> read_group_holdings(src)
[]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Collection, Iterator, Optional, Sequence

from graphkit import regex_cache
from graphkit.models import GroupHolding
from graphkit.parsers.cue_search import find_all, finditer_at, fold_text
from graphkit.parsers.schedule13_item4 import TableValue
from graphkit.parsers.schedule13_item5 import OF_PREFERRED
from graphkit.source import SourceText

if TYPE_CHECKING:
    from graphkit.models import Party
    from graphkit.parsers.partybook import PartyBook
    from graphkit.parsers.prose_terms import DefinedTerm

_F = re.VERBOSE | re.IGNORECASE

#: A group as the subject of a sentence: "The Reporting Persons", "the Filing Persons", "The
#: Reporting Group", "the Group", "The Holders" (a capitalised plural term; the first letter's
#: case is checked in code, as the pattern ignores case), not "each of the Reporting Persons"
GROUP_SUBJECT = regex_cache.compile(r"""
    (?<![\w-])(?<!each\ of\ )(?<!each\ of\ \ )(?<!any\ of\ )(?<!none\ of\ )(?<!one\ of\ )
    the \s+ (?P<group>
        (?:reporting|filing) \s+ (?:persons|group|parties|entities)
      | group
      | [A-Z][a-z]+(?:[ -][A-Z][a-z]+)?s )                 # "Holders", "Acme Funds"
    (?![\w'’-])
""", _F)

#: What may come between the subject and the verb: an aside between commas (", at the present
#: time,", ", which", "may be deemed to"), never a sentence end or a second verb's clause
BETWEEN = regex_cache.compile(r"""
    (?: \s* , (?:(?!\b(?:with|and|including|other\s+than)\b)[^.;:()]){0,60}? ,  # an aside
      | \s* , \s* which )? \s*
    (?P<before>(?:collectively|together|jointly|in\s+the\s+aggregate|as\s+a\s+group|combined)
               \s*,?\s*)?
    (?:may\s+be\s+deemed\s+to\s+|are\s+deemed\s+to\s+)?
    (?:(?:collectively|together|jointly)\s+)?
    (?:beneficially\s+)?
    (?P<verb>own|owns|hold|holds|are\s+the\s+(?:beneficial\s+)?owners?\s+of
      |have\s+beneficial\s+ownership\s+of|beneficially\s+own)
    \b \s* ,?\s*
    (?P<after>(?:collectively|together|jointly|in\s+the\s+aggregate|as\s+a\s+group)\s*,?\s*)?
    (?P<aggregate>(?:an?\s+)?(?:aggregate|total|combined\s+total)\s+of\s+)?
    (?:approximately\s+|about\s+)?
""", _F)

#: The group's number right after the verb: a count of shares ("239,700 shares", "1,000,000
#: Shares of Common Stock"), or a percent ("74.69% of the Company's outstanding Shares")
GROUP_NUMBER = regex_cache.compile(r"""
    (?P<num>\d{1,3}(?:,\d{3})+|\d{4,}) \s+ (?:shares|units|ordinary\s+shares)\b
  | (?P<pct>\d{1,3}(?:\.\d+)?) \s* (?:%|percent\b)
""", _F)

#: The percent of a count stated right after it: "(constituting approximately 5.6 % of",
#: "representing 8.1% of", ", or 8.1% of", "(8.1%)" (after the count's class, up to
#: :data:`PERCENT_REACH` characters, no verb between: not "of which Acme Fund owns 4.6%")
LATER_PERCENT = regex_cache.compile(r"""
    (?:[^.;%]*?(?:\(|,\s*or\s+|\brepresent\w*\s+|\bconstitut\w*\s+|\bequal\s+to\s+|\bbeing\s+))
    (?:approximately\s+|about\s+)?(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)
""", _F)
#: What a count of the group may not be of: another class or a converted figure ("239,700
#: shares of Class B Common Stock", "on an as-converted basis", "Series A Preferred")
OTHER_CLASS = regex_cache.compile(r"""
    \bclass\s+[B-Z]\b|\bseries\b|\bpreferred\b|convert|\bwarrants?\b|\boptions?\b
""", _F)
#: A verb of another holder between the count and a percent: "of which Acme Fund owns 4.6%"
OTHER_VERB = regex_cache.compile(r"""\b(?:owns?|holds?|which|whom|each)\b""", _F)

#: A sentence end (or a clause of its own) after which a percent is no longer the count's
SENTENCE_END = regex_cache.compile(r"""[.;](?:\s|$)(?<!\d\.\s)|\n\s*\n""", re.VERBOSE)

#: The group's holding stated as a noun phrase, the number after "is": "The aggregate number of
#: shares beneficially owned by all Reporting Persons named in this Schedule, including shares
#: subject to options exercisable within 60 days, is 11,792,695 or 32.4% of the class"; "the
#: aggregate amount of Common Stock owned by the Reporting Persons is 1,150,000 shares
#: (11.4%)". The subject is the group (:data:`GROUP_SUBJECT`'s reporting or filing persons);
#: ``cls``, what the number counts (checked against :data:`OTHER_CLASS`); ``aside``, what
#: comes before the verb, within the sentence
AGGREGATE_OWNED = regex_cache.compile(r"""
    (?<![\w-])(?<=the\s)aggregate\s+(?:number|amount)\s+of\s+(?P<cls>[^.;]{0,60}?)\s*
    (?:beneficially\s+)?(?:owned|held)\s+by\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?
    (?:reporting|filing)\s+(?:persons|group|parties|entities)\b
    (?P<aside>[^.;]{0,160}?)\s*,?\s+(?:is|equals|totals)\s+(?:approximately\s+|about\s+)?
    (?P<num>\d{1,3}(?:,\d{3})+|\d{4,})(?![\d,.]\d)
    (?:\s+shares\b)?
    (?:\s*,?\s*(?:or|representing|constituting)\s+(?:approximately\s+|about\s+)?|\s*\()
    ?(?P<pct>(?<=[\s(])\d{1,3}(?:\.\d+)?(?=\s*(?:%|percent\b)))?
""", _F)

#: The word every :data:`AGGREGATE_OWNED` match opens with (looked for in the text lower-cased)
AGGREGATE_CUE = "aggregate"

#: What makes an :data:`AGGREGATE_OWNED` statement another count than the reporting persons'
#: holding of the class: others counted in or left out ("other than Acme Fund", "and the Other
#: Stockholders", "Reporting Persons' affiliates"), another class ("of Class B Common Stock")
#: (a past figure is left out by its verb: "as of March 1, 2019 was" is not read)
OTHER_AGGREGATE = regex_cache.compile(r"""
    \bother\s+than\b|\bexcept\b|\bexcluding\b|^\s*(?:and|or|together\s+with)\b|^['’]
    |\baffiliates\b|\bclass\s+[B-Z]\b|\bseries\b|\bpreferred\b
""", _F)

#: A word saying *together*, searched for first: only the text around one is read ("jointly",
#: "as a group"). The lookahead names the first letters of the words: a search skips to them
#: instead of trying every word of the filing (a pattern ignoring case gets no literal scan)
COLLECTIVE_CUE = regex_cache.compile(r"""
    (?=[ctja])\b(?:collectively|together|jointly|aggregate|as\s+a\s+group|combined)\b
""", _F)

#: How far before a :data:`COLLECTIVE_CUE` its subject may start, and after it (characters)
SUBJECT_BEFORE, SUBJECT_AFTER = 160, 60
#: How far after the count its percent may be stated (characters)
PERCENT_REACH = 200
#: At most this many statements are kept (the totals check each against the cover pages)
MAX_STATEMENTS = 4


def read_group_holdings(src: SourceText, start: int = 0, end: int | None = None,
                        section: str = "items", terms: Optional[Collection[str]] = None
                        ) -> list[GroupHolding]:
    """Each statement of ``src.text[start:end]`` of the reporting persons' holding together
    (module notes), in order, at most :data:`MAX_STATEMENTS`.

    Parameters
    ----------
    src : SourceText
        The filing's text.
    start, end : int
        Where to read: the items (after the cover pages, before the signatures).
    section : str
        The evidence's section.
    terms : collection of str, optional
        The filing's terms for groups of its reporting persons ("Holders"): a capitalised
        plural subject must be one of them when given ("the Supporting Stockholders" is not).

    >>> from graphkit.source import SourceText
    >>> src = SourceText(path="x.txt", text="In the aggregate, the Reporting Persons "
    ...     "beneficially own 1,250,000 Shares, representing approximately 8.1% of the "
    ...     "outstanding Shares.")
    >>> [(g.shares, g.percent, g.evidence.line) for g in read_group_holdings(src)]
    [(1250000, 8.1, 1)]
    >>> src = SourceText(path="x.txt", text="The aggregate number of shares beneficially owned "
    ...     "by all Reporting Persons named in this Schedule, including shares subject to "
    ...     "options, is 1,150,000 or 11.4% of the class.")
    >>> [(g.shares, g.percent) for g in read_group_holdings(src)]
    [(1150000, 11.4)]
    """
    text = src.text
    end = len(text) if end is None else end
    out: list[GroupHolding] = []
    seen: set[int] = set()
    known = None if terms is None else {t.lower() for t in terms}
    for m in (s for c in COLLECTIVE_CUE.finditer(text, start, end) for s in GROUP_SUBJECT.finditer(
            text, max(start, c.start() - SUBJECT_BEFORE), min(end, c.end() + SUBJECT_AFTER))):
        if m.start() in seen:
            continue
        seen.add(m.start())
        m = GROUP_SUBJECT.match(text, m.start(), end) or m  # not cut at the window's end
        group = m["group"]
        if group[0].islower() and " " not in group and group.lower() != "group":
            continue  # "the shares": no term
        plain = " ".join(group.split()).lower()
        if known is not None and not plain.startswith(("reporting ", "filing ")) and \
                plain != "group" and plain not in known:
            continue  # a term for others ("the Supporting Stockholders")
        b = BETWEEN.match(text, m.end(), end)
        if b is None:
            continue
        opening = text[max(start, m.start() - 40):m.start()].lower()
        collective = b["before"] or b["after"] or b["aggregate"] or "in the aggregate" in \
            opening or "collectively" in opening
        n = GROUP_NUMBER.match(text, b.end(), end)
        if not collective or n is None or OF_PREFERRED.match(text, n.end("num" if n["num"]
                                                                       else "pct")):
            continue
        shares = int(n["num"].replace(",", "")) if n["num"] else None
        pct = float(n["pct"]) if n["pct"] else None
        stop = n.end()
        if shares is not None:  # its percent, right after it in the sentence
            close = SENTENCE_END.search(text, n.end(), min(end, n.end() + PERCENT_REACH))
            limit = close.start() if close else min(end, n.end() + PERCENT_REACH)
            if OTHER_CLASS.search(text, n.end(), min(limit, n.end() + 60)):
                continue  # "239,700 shares of Class B Common Stock": another class's count
            p = LATER_PERCENT.match(text, n.end(), limit)
            if p is not None and not OF_PREFERRED.match(text, p.end("pct")) and \
                    not OTHER_VERB.search(text, n.end(), p.start("pct")):
                pct, stop = float(p["pct"]), p.end()
        if pct is not None and pct > 100:
            continue
        out.append(GroupHolding(shares=shares, percent=pct,
                                evidence=src.evidence(m.start(), stop, section=section)))
        if len(out) >= MAX_STATEMENTS:
            break
    for a in _aggregate_owned(text, start, end):
        if len(out) >= MAX_STATEMENTS:
            break
        if OTHER_CLASS.search(a["cls"]) or OTHER_AGGREGATE.search(a["aside"]):
            continue  # "the aggregate number of shares of Series A Preferred": another class's
        pct = float(a["pct"]) if a["pct"] else None
        if pct is None or pct <= 100:
            out.append(GroupHolding(shares=int(a["num"].replace(",", "")), percent=pct,
                                    evidence=src.evidence(a.start() - 4, a.end(),
                                                          section=section)))
    return out


def _aggregate_owned(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``AGGREGATE_OWNED.finditer(text, start, end)``, tried only where "aggregate" stands (any
    case): the pattern ignores case, so a search gets no literal scan and would try every
    position of the items, and every match opens with that word (:data:`AGGREGATE_CUE`).

    >>> t = "the aggregate number of Shares owned by the Reporting Persons is 1,150,000"
    >>> [m["num"] for m in _aggregate_owned(t, 0, len(t))]
    ['1,150,000']
    """
    return finditer_at(AGGREGATE_OWNED, text, find_all(fold_text(text), AGGREGATE_CUE, start, end),
                       start, end)


def filer_groups(groups: Sequence[DefinedTerm], book: PartyBook, reporting: Sequence[Party]
                 ) -> set[str]:
    """The collective terms of ``groups`` that name reporting persons: two of their members
    at least (all, of a term of one) are among ``reporting`` ("the Holders", defined as "VCL,
    PS, ARL, LTI and KCF", four of them filers), as :func:`read_group_holdings` takes."""
    ids = {p.id for p in reporting}
    out = set()
    for g in groups:
        filers = [m for m in g.members if (p := book.lookup(m)) is not None and p.id in ids]
        if len(filers) >= min(2, len(g.members)) and g.members:
            out.add(g.term)
    return out


def item4_group_holding(table: Sequence[TableValue], aggregates: Sequence[int | float | None]
                        ) -> Optional[GroupHolding]:
    """The one answer of Item 4 of a filing whose cover pages state ``aggregates``, two or
    more: "(a) Amount Beneficially Owned: 412,996" / "(b) Percent of Class: 6.06%" once for all
    the joint filers, who each print their own holding on a cover page. An answer above every
    cover page's is a statement of the filers together, as "collectively own" is
    (:mod:`graphkit.group_holdings` counts it only when some of the cover pages add up to it).
    None with one cover page, with an answer that names its holder, with two answers for the
    amount, or with one no greater than a cover page's (the largest report's, most often).

    >>> from graphkit.models import Reading
    >>> tv = [TableValue(field="aggregate", reading=Reading(field="aggregate", raw="412996",
    ...                                                     value=412996), alone=True),
    ...       TableValue(field="percent", reading=Reading(field="percent", raw="6.06%",
    ...                                                   value=6.06), alone=True)]
    >>> g = item4_group_holding(tv, [230691, 182305, 0]); (g.shares, g.percent)
    (412996, 6.06)
    >>> item4_group_holding(tv, [412996, 182305]), item4_group_holding(tv, [230691])
    (None, None)
    """
    if len(aggregates) < 2:
        return None
    found: dict[str, list[TableValue]] = {}
    for tv in table:
        if tv.field in ("aggregate", "percent") and tv.who is None and tv.alone \
                and not tv.fallback:
            found.setdefault(tv.field, []).append(tv)
    amounts = found.get("aggregate", [])
    if len(amounts) != 1 or not isinstance(amounts[0].reading.value, int) or \
            amounts[0].reading.value <= max((a or 0 for a in aggregates), default=0):
        return None  # no one amount, or one that says no more than a cover page
    percents = found.get("percent", [])
    percent = percents[0].reading.value if len(percents) == 1 else None
    return GroupHolding(shares=amounts[0].reading.value,
                        percent=percent if isinstance(percent, (int, float)) else None,
                        evidence=amounts[0].reading.evidence)
