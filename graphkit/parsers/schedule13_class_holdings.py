"""One holding per class of a cover page whose cells give a value per class.

:mod:`graphkit.parsers.schedule13_cover_classes` reads cells such as "Class A: 1,000,000" /
"Class B: 2,500,000"; :func:`add_cover_class_holdings` gives the holder one beneficial-ownership
claim per class, each chosen by the filing's arithmetic on its own numbers and titled as the
front page titles the class.

Domain caveat: two classes never add up (a Class B share may carry ten votes, or convert into
one Class A share), and each percent is of its own class: 62.5% of Class B may be control of
that class while 4.3% of Class A is not, so neither holding may be lost in the other.
"""

from __future__ import annotations

from datetime import date
from typing import Mapping, Optional

from graphkit.models import Claim, FilingWarning, Party
from graphkit.parsers.schedule13_claims import add_claim, cover_candidates
from graphkit.parsers.schedule13_cover_classes import (CLASS_NAME, UNIT_WORD, class_pages,
                                                       class_title, unassigned_rows)
from graphkit.parsers.schedule13_cover_page import CoverPage
from graphkit.parsers.schedule13_reconcile import choose_holding
from graphkit.relations import Relation
from graphkit.source import SourceText


def add_cover_class_holdings(claims: list[Claim], src: SourceText, party: Party,
                             cps: list[CoverPage], issuer: Party,
                             rows: Mapping[str, str], as_of: Optional[date],
                             title: Optional[str], disclaims: Optional[bool]
                             ) -> list[FilingWarning]:
    """Add one beneficial-ownership claim of ``party`` per class its cover pages ``cps`` give
    values of (split by :func:`~graphkit.parsers.schedule13_cover_classes.class_pages`),
    each class titled from the front page's ``title``; return the warnings of their numbers,
    and of rows that state one value for the classes together (given to neither). No shares
    outstanding are given to the check: a filing's one stated total is of one class only.

    >>> from graphkit.models import Reading
    >>> from graphkit.parsers.schedule13_reconcile import ROWS_13G
    >>> def cell(agg, pct):
    ...     return {"aggregate": [Reading(field="aggregate", raw=str(agg), value=agg)],
    ...             "percent": [Reading(field="percent", raw=f"{pct}%", value=pct)]}
    >>> cp = CoverPage(index=1, start=0, end=1, class_values={"Class A": cell(5, 1.0),
    ...                                                       "Class B": cell(7, 70.0)})
    >>> claims = []
    >>> jane = Party(id="p2", name="Jane Q. Roe", kind="person")
    >>> acme = Party(id="p1", name="Acme, Inc.", kind="organization")
    >>> _ = add_cover_class_holdings(claims, SourceText(path="x", text=""), jane,
    ...     [cp], acme, ROWS_13G, None,
    ...     "Class A Common Stock Class B Common Stock", None)
    >>> [(c.security_class, c.shares, c.percent) for c in claims]
    [('Class A Common Stock', 5, 1.0), ('Class B Common Stock', 7, 70.0)]
    """
    out: list[FilingWarning] = []
    per_class = class_pages(cps)
    if len(per_class) > 1:  # a value stated once, for no class
        out += [src.warn("class-value-unassigned", f"{src.path}: {party.name}: cover page "
                         f"{cp.index}: the {fld.replace('_', ' ')} row states one value for "
                         f"{' and '.join(c for c, _ in per_class)} together; given to neither",
                         cp.start) for cp in cps for fld in sorted(unassigned_rows(cp))
                if fld not in cp.unread_classes]  # those are warned of as such
    for label, pages in per_class:
        h = choose_holding(cover_candidates(pages), None, rows=rows)
        where = pages[0].start if pages else None
        out += [src.warn(code, f"{party.name} ({label}): {msg}", where)
                for code, msg in h.problems]
        add_claim(claims, Relation.BENEFICIAL_OWNER_OF, party.id, issuer.id, None,
                  extra_evidence=[cp.evidence for cp in pages if cp.evidence],
                  shares=h.values.get("aggregate"), percent=h.values.get("percent"),
                  sole_voting=h.values.get("sole_voting"),
                  shared_voting=h.values.get("shared_voting"),
                  sole_dispositive=h.values.get("sole_dispositive"),
                  shared_dispositive=h.values.get("shared_dispositive"), as_of=as_of,
                  security_class=class_title(label, title), disclaims=disclaims,
                  readings=h.readings)
    return out


#: Rows a class may leave without a value while the others state theirs: a non-voting class
#: has no voting power ("Class A: 1,000,000 / Class B: N/A"; review covers17 M1)
VOTING_ROWS = frozenset({"sole_voting", "shared_voting"})


def reads_per_class(cps: list[CoverPage], title: Optional[str]) -> bool:
    """Whether a holder's cover ``cps`` give its holding per class surely enough for one
    holding per class (:func:`add_cover_class_holdings`): the front page's ``title`` names each
    class as a class of one security ("Class A Common Stock ... Class B Common Stock"; never
    "Class A Common Stock" alone, where "and 2,500,000 shares of Class B Common Stock" is a
    side security's, nor a class of units beside one of stock), and every row that states a
    value, not zero, states it for each class (none unread, none stated once for all; a voting
    row may leave a non-voting class out: :data:`VOTING_ROWS`). Else
    the pages are read as one holding, as a cover naming no class is.

    >>> from graphkit.models import Reading
    >>> def cell(agg):
    ...     return {"aggregate": [Reading(field="aggregate", raw=str(agg), value=agg)]}
    >>> cp = CoverPage(index=1, start=0, end=1, class_values={"Class A": cell(5),
    ...                                                       "Class B": cell(7)})
    >>> reads_per_class([cp], "Class A Common Stock Class B Common Stock")
    True
    >>> reads_per_class([cp], "Class A Common Stock"), reads_per_class([cp], None)
    (False, False)
    >>> reads_per_class([cp], "Class A Common Stock Class B Units")
    False
    >>> half = CoverPage(index=1, start=0, end=1, class_values={"Class A": cell(5),
    ...                                                         "Class B": {}})
    >>> reads_per_class([half], "Class A Common Stock Class B Common Stock")
    False
    """
    labels = list(dict.fromkeys(c for cp in cps for c in cp.class_values))
    titles = [class_title(label, title) for label in labels]
    if not title or any(t == label for t, label in zip(titles, labels)):
        return False  # a class the title does not name
    units = {frozenset(w.lower().rstrip("s") for w in UNIT_WORD.findall(t)) for t in titles}
    if len(units) > 1:
        return False  # "Class A Common Stock" and "Class B Units": two securities
    for cp in cps:
        split = {f for per in cp.class_values.values() for f in per}
        if cp.unread_classes or unassigned_rows(cp) or any(
                f not in cp.class_values.get(label, {}) for f in split - VOTING_ROWS
                for label in labels):
            return False
    return True


def unread_class_warnings(src: SourceText, party: Party, cps: list[CoverPage]
                          ) -> list[FilingWarning]:
    """A warning ("classes-in-one-cell") for each row of ``party``'s cover pages that names two
    classes but not a value after each (:attr:`CoverPage.unread_classes`): the holding read
    from it may mix the classes.

    >>> cp = CoverPage(index=1, start=0, end=1,
    ...                unread_classes={"aggregate": ["Class A", "Class B"]})
    >>> acme = Party(id="p2", name="Acme LP", kind="organization")
    >>> [w.message[:60] for w in unread_class_warnings(SourceText(path="x", text=""), acme, [cp])]
    ['x: Acme LP: cover page 1: the aggregate row names Class A an']
    """
    return [src.warn("classes-in-one-cell", f"{src.path}: {party.name}: cover page {cp.index}: "
                     f"the {fld.replace('_', ' ')} row names {' and '.join(names)} but not a "
                     "value after each; its value may be of either class", cp.start)
            for cp in cps for fld, names in cp.unread_classes.items()]


def holding_title(title: Optional[str], cps: list[CoverPage]) -> Optional[str]:
    """The class title of a holding read from ``cps`` as one (not per class): the front page's
    ``title``, or None when a row of the pages names two classes without a value after each
    and the title names two classes too ("Class A Common Stock ... Class B Common Stock", run
    together): the holding may be either's, and the two titles are no class of it.

    >>> cp = CoverPage(index=1, start=0, end=1,
    ...                unread_classes={"aggregate": ["Class A", "Class B"]})
    >>> holding_title("Class A Common Stock Class B Common Stock", [cp]) is None
    True
    >>> holding_title("Class A Common Stock", [cp]), holding_title("Common Stock", [])
    ('Class A Common Stock', 'Common Stock')

    A page whose cells label one class ("Class B: 2,500,000") holds that class: the title of
    it (:func:`~graphkit.parsers.schedule13_cover_classes.class_title`).

    >>> cp = CoverPage(index=1, start=0, end=1, class_values={"Class B": {}})
    >>> holding_title("Class A Common Stock Class B Common Stock", [cp])
    'Class B Common Stock'
    """
    labels = {c for cp in cps for c in cp.class_values}
    if len(labels) == 1 and title and CLASS_NAME.search(title):
        return class_title(next(iter(labels)), title)
    if title and any(cp.unread_classes for cp in cps) and \
            len({m["letter"] for m in CLASS_NAME.finditer(title)}) > 1:
        return None
    return title


def mixed_classes_warning(src: SourceText, party: Party, cps: list[CoverPage],
                          labels: list[str]) -> FilingWarning:
    """The warning ("classes-in-one-cell") for ``party``'s cover pages ``cps`` that give values
    of two classes (``labels``) but not surely per class (:func:`reads_per_class` refused): they
    are read as one holding, which may mix the classes (review covers17 M1).

    >>> acme = Party(id="p2", name="Acme LP", kind="organization")
    >>> cp = CoverPage(index=1, start=0, end=1)
    >>> w = mixed_classes_warning(SourceText(path="x", text=""), acme, [cp], ["Class A", "Class B"])
    >>> w.code, w.message[:62]
    ('classes-in-one-cell', 'x: Acme LP: the cover pages give values of Class A and Class B')
    """
    return src.warn("classes-in-one-cell", f"{src.path}: {party.name}: the cover pages give "
                    f"values of {' and '.join(labels)}, but not every row for each class; read "
                    "as one holding, which may mix the classes", cps[0].start if cps else None)


def names_each(title: Optional[str], labels: list[str]) -> bool:
    """Whether the class ``title`` names each class of ``labels`` (:func:`~graphkit.parsers.
    schedule13_cover_classes.class_title` finds a title of each, as :func:`reads_per_class`
    asks): then a holding that may mix them has no one class of the title (its class is left
    None).

    >>> names_each("Class A Common Stock / Class B Non-Voting Common Stock", ["Class A", "Class B"])
    True
    >>> names_each("Class A Common Stock", ["Class A", "Class B"]), names_each(None, ["Class A"])
    (False, False)
    """
    return bool(title) and all(class_title(label, title) != label for label in labels)
