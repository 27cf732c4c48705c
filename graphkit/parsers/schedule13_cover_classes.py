"""Cover cells that state one value per class: "Class A: 1,000,000" / "Class B: 2,500,000".

A filer holding two classes of an issuer's stock may print one cover page whose cells each
give a value per class, the class's name before it::

    9.   AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON
         Class A: 1,000,000
         Class B: 2,500,000

Each class is a holding of its own: its numbers are checked on their own and its percent is of
that class, never added to the other's (as the per-person tables of a combined cover are read,
:mod:`graphkit.parsers.schedule13_person_tables`). :func:`class_cells` finds a row's cell per
class; :func:`class_pages` makes one cover page per class out of a holder's pages, so that its
holding is chosen as any other (:func:`~graphkit.parsers.schedule13_reconcile.choose_holding`);
:func:`class_title` names the class as the front page does. A row that names two classes but
not one value after each is not guessed at: :func:`unread_classes` says so, for a warning.

Examples
--------
>>> region = "\\n     Class A: 1,000,000\\nNUMBER OF     Class B: 2,500,000\\n"
>>> [(label, region[s:e].strip()) for label, s, e in class_cells(region)]
[('Class A', '1,000,000\\nNUMBER OF'), ('Class B', '2,500,000')]
>>> class_title("Class B", "Class A Common Stock, $0.01 par value Class B Common Stock")
'Class B Common Stock'
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from graphkit.models import Reading
from graphkit.parsers.schedule13_cover_page import CoverPage
from graphkit.source import SourceText

#: The name of a class opening a value in a cover cell, up to the value (group ``label``,
#: "Class A"): "Class A: " of "Class A: 1,000,000", "Class B Common Stock: " of "Class B
#: Common Stock: 62.5%", "CLASS B - " of "CLASS B - -0-", "Class A Units: "; never "Class A
#: Common Stock" in "1,000,000 shares of Class A Common Stock" (no value after it), nor the
#: "Class" of "Class Action: 5" (no class's letter)
CLASS_LABEL = re.compile(r"""
    (?<![A-Za-z])(?P<label>(?:Class|CLASS)[ \t]+[A-Z0-9]{1,2})(?![A-Za-z0-9])
    (?:[ \t]+(?:Common|COMMON|Ordinary|ORDINARY|Stock|STOCK|Shares|SHARES|Units|UNITS))*
    [ \t]*(?::|[-–—](?=[ \t]))[ \t]*
    (?=[(]?[0-9]|\.[0-9]|-0-|[Nn]one|NONE|[Nn]il|NIL)
""", re.VERBOSE)

#: A class's name anywhere ("Class A", "CLASS B"): a row naming two or more, not each before a
#: value (:data:`CLASS_LABEL`), states its values per class in a way not read
CLASS_NAME = re.compile(r"""
    (?<![A-Za-z])(?:Class|CLASS)[ \t]+(?P<letter>[A-Z0-9]{1,2})(?![A-Za-z0-9])
""", re.VERBOSE)


def _label(text: str) -> str:
    """A class's name as :data:`CLASS_LABEL` reads it, in one spelling: "CLASS  b" -> "Class B"."""
    return "Class " + text.split()[-1].upper()


def class_cells(region: str) -> list[tuple[str, int, int]]:
    """The cells of a cover row's ``region`` that each give the value of one class, as
    ``(label, start, end)`` (the value's span, up to the next class's name); none when a class
    is named twice, or when a number stands before the first class's name (the class is then
    a note on that number's, not a cell's label).

    >>> class_cells("  Class A: 4.3%   Class B: 62.5%")
    [('Class A', 11, 18), ('Class B', 27, 32)]
    >>> class_cells("  Class B: 62.5%")
    [('Class B', 11, 16)]
    >>> class_cells("  Class A: 1   Class A: 2"), class_cells("  5,000 (1)  Class A: 1")
    ([], [])
    """
    found = list(CLASS_LABEL.finditer(region))
    labels = [_label(m["label"]) for m in found]
    if not found or len(set(labels)) < len(labels) or \
            any(ch.isdigit() for ch in region[:found[0].start()]):
        return []
    ends = [m.start() for m in found[1:]] + [len(region)]
    return [(label, m.end(), e) for label, m, e in zip(labels, found, ends)]


def unread_classes(region: str) -> list[str]:
    """The classes a cover row's ``region`` names when it names two or more but not each
    before a value (:func:`class_cells` reads none): its values may be either class's.

    >>> unread_classes("1,000,000 Class A shares and 2,500,000 Class B shares")
    ['Class A', 'Class B']
    >>> unread_classes("1,000,000 shares of Class A Common Stock")
    []
    >>> unread_classes("Class A: 1  Class B: 2")
    []
    """
    if "lass" not in region and "LASS" not in region:
        return []
    names = list(dict.fromkeys(_label(m[0]) for m in CLASS_NAME.finditer(region)))
    return names if len(names) > 1 and not class_cells(region) else []


def class_pages(cps: list[CoverPage]) -> list[tuple[str, list[CoverPage]]]:
    """One holder's cover ``cps`` split per class: for each class their cells name (in order),
    the pages with that class's values. A row stated once (no class named) is every class's
    when the pages name one class only, or when it is zero ("-0-" under "Class A: 1,000,000"
    / "Class B: 2,500,000"); any other value stated once is no class's
    (:func:`unassigned_rows`). Empty when no page gives values per class.

    >>> def r(fld, v):
    ...     return Reading(field=fld, raw=str(v), value=v)
    >>> cp = CoverPage(index=1, start=0, end=1, values={"shared_voting": [r("shared_voting", 0)]},
    ...                class_values={"Class A": {"aggregate": [r("aggregate", 5)]},
    ...                              "Class B": {"aggregate": [r("aggregate", 7)]}})
    >>> [(c, {f: [x.value for x in v] for f, v in ps[0].values.items()})
    ...  for c, ps in class_pages([cp])]  # doctest: +NORMALIZE_WHITESPACE
    [('Class A', {'shared_voting': [0], 'aggregate': [5]}),
     ('Class B', {'shared_voting': [0], 'aggregate': [7]})]
    """
    labels = list(dict.fromkeys(c for cp in cps for c in cp.class_values))
    out: list[tuple[str, list[CoverPage]]] = []
    for label in labels:
        pages = []
        for cp in cps:
            dropped = unassigned_rows(cp) if len(labels) > 1 else set()
            shared = {f: rs for f, rs in cp.values.items() if f not in dropped
                      and not any(f in per for per in cp.class_values.values())}
            values = {**shared, **cp.class_values.get(label, {})}
            pages.append(cp.model_copy(update={"values": values, "class_values": {}}))
        out.append((label, pages))
    return out


def unassigned_rows(cp: CoverPage) -> set[str]:
    """The rows of a cover page that gives values per class (:attr:`CoverPage.class_values`)
    that state one value, not zero, with no class named: it is no class's (a total of the
    classes, perhaps, which never add up).

    >>> r = Reading(field="sole_voting", raw="3,500,000", value=3500000)
    >>> a = Reading(field="aggregate", raw="1", value=1)
    >>> unassigned_rows(CoverPage(index=1, start=0, end=1, values={"sole_voting": [r]},
    ...                           class_values={"Class A": {"aggregate": [a]}}))
    {'sole_voting'}
    """
    if not cp.class_values:
        return set()
    split = {f for per in cp.class_values.values() for f in per}
    return {f for f, rs in cp.values.items()
            if f not in split and rs and any(x.value != 0 for x in rs)}


def class_title(label: str, title: Optional[str]) -> str:
    """The front page's title of the class ``label`` names ("Class B" of "Class A Common Stock,
    $0.01 par value Class B Common Stock, $0.01 par value"), or the label when the front page
    names no such class.

    >>> class_title("Class A", "Class A Common Stock, $0.01 par value Class B Common Stock")
    'Class A Common Stock, $0.01 par value'
    >>> class_title("Class C", "Class A Common Stock"), class_title("Class A", None)
    ('Class C', 'Class A')
    """
    if not title:
        return label
    found = list(CLASS_NAME.finditer(title))
    for m, e in zip(found, [n.start() for n in found[1:]] + [len(title)]):
        if "Class " + m["letter"] == label:
            return title[m.start():e].strip(" ;,")
    return label


def class_readings(readings: list[Reading], start: int, end: int,
                   text_pos: Callable[[int], int]) -> list[Reading]:
    """The ``readings`` of a row read from ``start`` .. ``end`` of the text (one class's cell),
    in order; ``text_pos`` turns an evidence's offset into a position of the text
    (:meth:`~graphkit.source.SourceText.text_pos`).

    >>> from graphkit.models import Evidence
    >>> rs = [Reading(field="aggregate", raw=str(v), value=v,
    ...               evidence=Evidence(source="x", start=at, text=str(v)))
    ...       for v, at in ((5, 3), (7, 20))]
    >>> [r.value for r in class_readings(rs, 10, 30, lambda at: at)]
    [7]
    """
    return [r for r in readings if r.evidence is not None and r.evidence.start is not None
            and start <= text_pos(r.evidence.start) < end]


def read_class_cells(src: SourceText, cp: CoverPage, fld: str, region: str, rs: int) -> None:
    """Give ``cp`` the values per class of its row ``fld`` (its ``region``, at ``rs`` of the
    text, already read into ``cp.values``): each class's cell's readings
    (:func:`class_cells`). A row naming two classes but not one value after each is noted in
    ``cp.unread_classes`` (its values may be either class's), for the holding read from the
    page to be warned of (a combined cover's table heads its columns "Class A  Class B": its
    rows are read per class elsewhere, and the page is no one's).
    """
    cells = class_cells(region)
    for label, s, e in cells:
        got = class_readings(cp.values.get(fld, []), rs + s, rs + e, src.text_pos)
        if got:
            cp.class_values.setdefault(label, {})[fld] = got
    names = [] if cells else unread_classes(region)
    if names:
        cp.unread_classes[fld] = names
