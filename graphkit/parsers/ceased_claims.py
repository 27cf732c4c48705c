"""The claims an exit report ends: a holding marked ``ceased_five_percent``.

A Schedule 13D/13G that reports its holders ceased to own more than five percent of the class
(:mod:`graphkit.parsers.schedule13_ceased`, :mod:`graphkit.parsers.schedule13_ceased_xml`)
ends the holdings it names: :func:`resolve_holders` finds the parties a report names ("Acme
Fund and Acme GP", "Messrs. Roe and Doe"), and :func:`mark_ceased_claims` marks their
beneficial-owner claims, with the report added to their evidence, so the graph's edges, the
exports and the stake history say "since when, and until when". An amendment with no such
report whose reporting persons all hold 0 shares and 0% is an exit too
(:func:`add_zero_holding_exit`), as is a 13G/A whose reporting persons hold less than five
percent in all (:func:`add_below_five_percent_exit`). A Form 4/5 ends a holding the same way
when its owner left Section 16 (the box the parsers read) or holds 0 on every line
(:func:`add_insider_exits`).

Examples
--------
>>> from graphkit.models import Cessation, Claim, FilingRecord, FormFamily, Party, PartyKind
>>> rec = FilingRecord(source="x.txt", form="SC 13G/A", family=FormFamily.SCHEDULE_13G,
...     parties=[Party(id="p1", name="Acme Fund", kind=PartyKind.ORGANIZATION,
...                    roles=[PartyRole.REPORTING_PERSON])],
...     claims=[Claim(id="c1", source="p1", target="p2", relation=Relation.BENEFICIAL_OWNER_OF,
...                   percent=4.2)],
...     ceased=[Cessation(method="item 5 box")])
>>> mark_ceased_claims(rec), rec.claims[0].ceased_five_percent
(1, True)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Optional

from graphkit import regex_cache
from graphkit.models import Claim, Cessation, FilingRecord, FilingWarning, FormFamily, PartyRole
from graphkit.relations import Relation
from graphkit.table_lines import TABLE_I

#: A Form 4/5's :class:`Cessation` method: the box "no longer subject to Section 16" checked
SECTION_16_BOX = "section 16 box"
#: A Form 4/5's :class:`Cessation` method: the holder holds 0 on every line of Table I
NO_SHARES_LEFT = "no shares left"

_F = re.VERBOSE | re.IGNORECASE

#: Between two holders named together: "Acme Fund and Acme GP", "A, B and C" (not the comma
#: of "Rupert H. Roe, Jr." or "Acme Holdings, Inc.")
HOLDER_LIST_BREAK = regex_cache.compile(r"""
    \s* (?: , (?! \s* (?: jr | sr | inc | corp | co | ltd | llc | l\.?l\.?c | l\.?p | n\.?a
                      | ii | iii | iv | esq ) \b ) \s* (?: and \s+ )? | \band\s+ ) \s*
""", _F)

#: What opens a list of holders: "Each of TFP and TM", "Both A and B", two or more persons
#: named by their surnames under one title: "Messrs. Roe and Doe"
PLURAL_TITLE = regex_cache.compile(r"""
    ^ (?: (?: each \s+ of | both | all \s+ of | either \s+ of ) \s+ )?
      (?: (?: Messrs | Mmes | Mesdames | Drs ) \.? \s+ )?
""", _F)


def resolve_holders(cessations: Iterable[Cessation],
                    lookup: Callable[[str], Optional[str]]) -> list[Cessation]:
    """The ``cessations`` with each named holder resolved to party ids by ``lookup`` (a name
    or defined term to a party id, or None); "A and B" names two holders, "Each of A and B" too;
    a name that does not resolve is left out (``subject`` keeps them all as written), and a
    report none of whose holders resolves is dropped: it would mark nothing, and its words may
    be no holder at all ("In 2019 the Fund").

    >>> c = Cessation(subject="Acme Fund and Acme GP", method="statement")
    >>> resolve_holders([c], {"Acme Fund": "p1", "Acme GP": "p2"}.get)[0].party_ids
    ['p1', 'p2']
    >>> c = Cessation(subject="Messrs. Roe and Doe", method="statement")
    >>> resolve_holders([c], {"Roe": "p1", "Doe": "p2"}.get)[0].party_ids
    ['p1', 'p2']
    """
    out = []
    for c in cessations:
        if c.subject:
            ids = [lookup(n) for n in HOLDER_LIST_BREAK.split(PLURAL_TITLE.sub("", c.subject))
                   if n]
            found = [i for i in ids if i]
            if not found:
                continue
            c = c.model_copy(update={"party_ids": list(dict.fromkeys(found))})
        out.append(c)
    return out


def add_zero_holding_exit(rec: FilingRecord) -> Optional[Cessation]:
    """Add to ``rec.ceased`` the exit an amendment states by its numbers alone, and return it:
    a Schedule 13D/A or 13G/A with no exit report (no Item 5 box, no statement) whose every
    reporting person's holding of the issuer is 0 shares and 0% of the class. Such a holder
    owns nothing, and the amendment of an earlier report of more than five percent is its
    exit (method "zero holding", for every reporting person). None, and nothing added, for an
    original statement (nothing was reported before), a filing with a holder of more than 0
    shares or 0% (one of several joint filers may hold nothing of its own while the others
    hold the shares), or a holder whose numbers were not read.

    >>> from graphkit.models import Claim, FormFamily, Party, PartyKind
    >>> rec = FilingRecord(source="x.xml", form="SCHEDULE 13G/A", family=FormFamily.SCHEDULE_13G,
    ...     parties=[Party(id="p1", name="Acme Capital LLC", kind=PartyKind.ORGANIZATION,
    ...                    roles=[PartyRole.REPORTING_PERSON])],
    ...     claims=[Claim(id="c1", source="p1", target="p2", shares=0, percent=0.0,
    ...                   relation=Relation.BENEFICIAL_OWNER_OF)])
    >>> add_zero_holding_exit(rec).method, mark_ceased_claims(rec)
    ('zero holding', 1)
    """
    mine = _amended_holdings(rec)
    if not mine or not all(c.shares == 0 and c.percent == 0 for claims in mine for c in claims):
        return None
    return _exit_by_numbers(rec, mine, "zero holding")


def add_below_five_percent_exit(rec: FilingRecord) -> Optional[Cessation]:
    """Add to ``rec.ceased`` the exit a Schedule 13G amendment states by its percents alone, and
    return it: a 13G/A with no exit report whose reporting persons' percents of the class add
    up to less than :data:`EXIT_PERCENT` (each read). The holders no longer own more than five
    percent, which only an exit amendment reports (a 13G/A of 3.90% whose Item 5 says "NOT
    APPLICABLE"; a box checked as "?"). Method "below five percent". None, and nothing added,
    for an original statement, a percent not read, joint filers whose percents add up to five
    or more (one of a group may hold little of its own while the group holds more), or a
    13D/A: it states its exit in Item 5(e), which is read, and the sentence it puts there may
    be another party's exit.

    >>> from graphkit.models import Claim, FormFamily, Party, PartyKind
    >>> rec = FilingRecord(source="x.txt", form="SC 13G/A", family=FormFamily.SCHEDULE_13G,
    ...     parties=[Party(id="p1", name="Acme Capital LLC", kind=PartyKind.ORGANIZATION,
    ...                    roles=[PartyRole.REPORTING_PERSON])],
    ...     claims=[Claim(id="c1", source="p1", target="p2", shares=1078180, percent=3.9,
    ...                   relation=Relation.BENEFICIAL_OWNER_OF)])
    >>> add_below_five_percent_exit(rec).method, mark_ceased_claims(rec)
    ('below five percent', 1)
    """
    mine = _amended_holdings(rec) if rec.family is FormFamily.SCHEDULE_13G else None
    if not mine or any(c.percent is None for claims in mine for c in claims) or \
            sum(max(c.percent or 0.0 for c in claims) for claims in mine) >= EXIT_PERCENT:
        return None
    return _exit_by_numbers(rec, mine, "below five percent")


def add_insider_exits(rec: FilingRecord) -> list[Cessation]:
    """Add to ``rec.ceased`` the ends of holdings a Form 4/5 states, and return those added:

    * the box "no longer subject to Section 16" (a :data:`SECTION_16_BOX` report the parsers
      add for the reporting owners) ends their holdings and the lines' record holders' ("By
      Acme Trust": the owner reports them): the record holders are added to its holders;
    * a holder whose every holding line of Table I (non-derivative, direct and indirect) is at
      0 after the reported transactions holds none (:data:`NO_SHARES_LEFT`, one report per
      holder, citing its line). A holder with one line at 0 and another above 0, or a line
      whose amount was not read, keeps its holding; so does an owner with no line at all
      (derivative securities only: Table II is no holding of the class).

    Lines of older forms that this one leaves out are not seen here: like the holding's sum,
    the exit is this filing's word (:mod:`graphkit.carried_lines` says what it leaves out).

    >>> from graphkit.models import Evidence, Party, PartyKind
    >>> line = lambda i, src, n, start: Claim(id=i, source=src, target="w", shares=n,
    ...     relation=Relation.BENEFICIAL_OWNER_OF, evidence=[Evidence(
    ...         source="f4.xml", start=start, end=start + 1, section="Table I")])
    >>> rec = FilingRecord(source="f4.xml", form="4", family=FormFamily.FORM_4,
    ...     claims=[line("c1", "roe", 0, 10), line("c2", "roe", 3000, 20), line("c3", "t", 0, 30)])
    >>> [(c.method, c.party_ids) for c in add_insider_exits(rec)]   # Jane Roe keeps 3,000
    [('no shares left', ['t'])]
    """
    if rec.family not in (FormFamily.FORM_4, FormFamily.FORM_5):
        return []
    lines: dict[str, list[Claim]] = {}
    for c in rec.claims:
        if c.relation is Relation.BENEFICIAL_OWNER_OF and c.evidence \
                and c.evidence[0].section == TABLE_I \
                and (rec.issuer is None or c.target == rec.issuer.party_id):
            lines.setdefault(c.source, []).append(c)
    for i, c in enumerate(rec.ceased):
        if c.method == SECTION_16_BOX:
            rec.ceased[i] = c.model_copy(update={"party_ids": list(dict.fromkeys(
                c.party_ids + list(lines)))})
    added = [Cessation(party_ids=[holder], method=NO_SHARES_LEFT, evidence=mine[0].evidence[0])
             for holder, mine in lines.items() if all(c.shares == 0 for c in mine)]
    rec.ceased.extend(added)
    return added


#: Percent of the class a holder must own more of to report (Rule 13d-1): "5.0%" as printed
#: may be 5.04%, so only less than it is below
EXIT_PERCENT = 5.0


def _amended_holdings(rec: FilingRecord) -> Optional[list[list[Claim]]]:
    """Each reporting person's holding claims of the issuer in ``rec``, when it is a Schedule
    13D/A or 13G/A with no exit report and every reporting person has one; else None."""
    amendment = rec.amendment_number or rec.form.strip().upper().endswith("/A")
    if rec.ceased or not amendment or rec.family not in (FormFamily.SCHEDULE_13D,
                                                        FormFamily.SCHEDULE_13G):
        return None
    held = [c for c in rec.claims if c.relation is Relation.BENEFICIAL_OWNER_OF
            and (rec.issuer is None or c.target == rec.issuer.party_id)]
    reporting = [p.id for p in rec.parties if PartyRole.REPORTING_PERSON in p.roles]
    mine = [[c for c in held if c.source == pid] for pid in reporting]
    return mine if reporting and all(mine) else None


def _exit_by_numbers(rec: FilingRecord, mine: list[list[Claim]], method: str) -> Cessation:
    """The exit of every reporting person, stated by the numbers of ``mine``, added."""
    first = mine[0][0]
    exit_ = Cessation(method=method, evidence=first.evidence[0] if first.evidence else None)
    rec.ceased.append(exit_)
    return exit_


def mark_ceased_claims(rec: FilingRecord) -> int:
    """Mark the beneficial-owner claims of the holders ``rec.ceased`` names (every reporting
    person for a report without a holder) with ``ceased_five_percent``, the report added to
    their evidence. Returns how many claims were marked. A report naming a holder that matched
    no party marks nothing, and a claim whose percent of class is above five is not marked: the
    record is warned instead (the report and the holding contradict each other).
    """
    if not rec.ceased:
        return 0
    reporting = {p.id for p in rec.parties if PartyRole.REPORTING_PERSON in p.roles}
    marked = 0
    for claim in rec.claims:
        if claim.relation is not Relation.BENEFICIAL_OWNER_OF:
            continue
        reports = [c for c in rec.ceased if claim.source in c.party_ids
                   or not c.party_ids and c.subject is None and claim.source in reporting]
        if not reports:
            continue
        if claim.percent is not None and claim.percent > 5.0:
            rec.warnings.append(FilingWarning(
                code="exit-contradicted", source=rec.source,
                line=reports[0].evidence.line if reports[0].evidence else None,
                message=f"an exit report ({reports[0].method}) covers a holder whose holding "
                        f"is {claim.percent:g}% of the class; its claim is not marked"))
            continue
        claim.ceased_five_percent = True
        claim.evidence.extend(c.evidence for c in reports
                              if c.evidence is not None and c.evidence not in claim.evidence)
        marked += 1
    return marked


def check_exit_dates(rec: FilingRecord) -> int:
    """Warn ("exit-after-filing") of each exit report of ``rec`` dated after the filing itself
    (after its filed date, else its signature date: a holder cannot have ceased to own more
    than five percent after the filing that says so; "as of December 31, 2031" in a 2021 filing
    is a typing error), naming both dates. The date stays as printed, for a reader to judge
    against the warning (the filing's other dates may be the mistyped ones). Returns how many
    reports were warned of.

    >>> import datetime as dt
    >>> from graphkit.models import FormFamily
    >>> rec = FilingRecord(source="x.txt", form="SC 13D/A", family=FormFamily.SCHEDULE_13D,
    ...     signature_date=dt.date(2021, 5, 5),
    ...     ceased=[Cessation(method="statement", date=dt.date(2031, 12, 31))])
    >>> check_exit_dates(rec), rec.warnings[0].message
    (1, 'an exit report (statement) is dated 2031-12-31, after the filing (signed 2021-05-05)')
    """
    filed = max((d for d in (rec.filed_date, rec.signature_date) if d is not None), default=None)
    if filed is None:
        return 0
    late = [c for c in rec.ceased if c.date is not None and c.date > filed]
    which = "filed" if filed == rec.filed_date else "signed"
    for c in late:
        rec.warnings.append(FilingWarning(
            code="exit-after-filing", source=rec.source,
            line=c.evidence.line if c.evidence else None,
            message=f"an exit report ({c.method}) is dated {c.date.isoformat()}, after the "
                    f"filing ({which} {filed.isoformat()})"))
    return len(late)
