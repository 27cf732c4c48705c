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

from graphkit import regex_cache
from graphkit.models import Reading
from graphkit.parsers.schedule13_cover_page import CoverPage
from graphkit.source import SourceText

#: The name of a class opening a value in a cover cell, up to the value (group ``label``,
#: "Class A"): "Class A: " of "Class A: 1,000,000", "Class B Common Stock: " of "Class B
#: Common Stock: 62.5%", "CLASS B - " of "CLASS B - -0-", "Class A Units: ", "Series A: " of
#: "Series A: 1,000,000"; never "Class A Common Stock" in "1,000,000 shares of Class A Common
#: Stock" (no value after it: see :data:`VALUE_OF_CLASS`), nor the "Class" of "Class Action:
#: 5" (no class's letter)
CLASS_LABEL = regex_cache.compile(r"""
    (?<![A-Za-z])(?P<label>(?:Class|CLASS|Series|SERIES)[ \t]+[A-Z0-9]{1,2})(?![A-Za-z0-9])
    (?:[ \t]+(?:Common|COMMON|Ordinary|ORDINARY|Preferred|PREFERRED|Stock|STOCK|Shares|SHARES
      |Units|UNITS))*
    [ \t]*(?::|[-–—](?=[ \t]))[ \t]*
    (?=[(]?[0-9]|\.[0-9]|-0-|[Nn]one|NONE|[Nn]il|NIL)
""", re.VERBOSE)

#: A class's name anywhere ("Class A", "CLASS B", "Series A"): a row naming two or more, not
#: each before a value (:data:`CLASS_LABEL`) nor after one (:data:`VALUE_OF_CLASS`), states
#: its values per class in a way not read
CLASS_NAME = regex_cache.compile(r"""
    (?<![A-Za-z])(?P<word>Class|CLASS|Series|SERIES)[ \t]+(?P<letter>[A-Z0-9]{1,2})(?![A-Za-z0-9])
""", re.VERBOSE)

#: A value followed by the name of its class (group ``value``, the number; group ``label``,
#: the class): "1,000,000 shares of Class A Common Stock", "2,500,000 Class B shares", "4.3%
#: of Class A", "62.5% of the Class B"; the words between may wrap ("2,500,000\n shares of
#: Class B Common Stock"). A footnote's star after the value or the class is the match's, in
#: neither group: "4.3%* of Class A", "4.3% of Class A*" (a star is never a class's letter)
VALUE_OF_CLASS = regex_cache.compile(r"""
    (?<![0-9.,])(?P<value>[0-9][0-9,]*(?:\.[0-9]+)?(?:[ \t]*%)?|-0-)
    (?:[ \t]*\*{1,3})?                                     # "*" of "4.3%* of Class A"
    \s+(?:(?:shares|SHARES)\s+)?(?:(?:of|OF)\s+)?(?:(?:the|THE)\s+)?
    (?P<label>(?:Class|CLASS|Series|SERIES)[ \t]+[A-Z0-9]{1,2})(?![A-Za-z0-9])
    (?:[ \t]+(?:Common|COMMON|Ordinary|ORDINARY|Preferred|PREFERRED|Stock|STOCK|Shares|SHARES
      |shares|Units|UNITS|units))*
    (?:\*{1,3})?                                            # "*" of "4.3% of Class A*"
""", re.VERBOSE)

#: Another security than shares right after a value's class (:data:`VALUE_OF_CLASS`): "500,000
#: Class B Warrants", "2,500,000 Class B Units (exchangeable ...)" under a title of Common
#: Stock: the value is no count of the class's shares (matched at the class's end)
OTHER_SECURITY_AFTER = regex_cache.compile(r"""
    [ \t]*(?i:warrants?|rights?|options?|notes?|debentures?|ADSs?|ADRs?|depositary|depository)\b
""", re.VERBOSE)
#: The words of a class's unit that tell one security from another, in a row or a title:
#: "Common", "Ordinary", "Preferred", "Units" of "Class B Common Stock"
UNIT_WORD = regex_cache.compile(r"""(?i:\b(?:common|ordinary|preferred|units?)\b)""", re.VERBOSE)

#: What may stand between the values of a cell each followed by its class
#: (:data:`VALUE_OF_CLASS`), and nothing else: the joining words and marks ("and", ";", ","),
#: the side labels of the power rows ("NUMBER OF", "SHARES", "BENEFICIALLY", ...) and a rule;
#: never other words ("100,000 shares of Class A Common Stock issuable upon conversion of
#: 100,000 shares of Class B": a note, not the cell's values)
VALUES_OF_CLASSES_REST = regex_cache.compile(r"""
    ^(?:[\s,;.|\-–—_]|and|AND|plus|\&
      |NUMBER|OF|SHARES|BENEFICIALLY|OWNED|BY|EACH|REPORTING|PERSON|WITH)*$
""", re.VERBOSE)


def may_name_class(region: str) -> bool:
    """A cheap test before :data:`CLASS_NAME` and the like: whether ``region`` holds a word
    that may be "Class" or "Series" (most cover rows do not).

    >>> may_name_class("Series A: 1,000,000"), may_name_class("1,000,000")
    (True, False)
    """
    return "lass" in region or "LASS" in region or "eries" in region or "ERIES" in region


def _label(text: str) -> str:
    """A class's name as :data:`CLASS_LABEL` reads it, in one spelling: "CLASS  b" -> "Class B",
    "SERIES A" -> "Series A"."""
    word, letter = text.split()[0], text.split()[-1]
    return f"{word.capitalize()} {letter.upper()}"


def class_cells(region: str, title: Optional[str] = None) -> list[tuple[str, int, int]]:
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

    Two classes or more, each after its value, are read as well (:func:`values_of_classes`):

    >>> class_cells("4.3% of Class A; 62.5% of Class B")
    [('Class A', 0, 4), ('Class B', 17, 22)]
    """
    found = list(CLASS_LABEL.finditer(region))
    if not found:
        return values_of_classes(region, title)
    labels = [_label(m["label"]) for m in found]
    if len({lb.split()[-1] for lb in labels}) < len(labels) or \
            any(ch.isdigit() for ch in region[:found[0].start()]):
        return []
    ends = [m.start() for m in found[1:]] + [len(region)]
    return [(label, m.end(), e) for label, m, e in zip(labels, found, ends)]


def values_of_classes(region: str, title: Optional[str] = None) -> list[tuple[str, int, int]]:
    """The values of a cover row's ``region`` that each stand before the name of its class
    (:data:`VALUE_OF_CLASS`), as ``(label, start, end)`` (the value's span): only when two
    classes or more are named so, each once, with nothing else but joining words and the
    rows' side labels between them (:data:`VALUES_OF_CLASSES_REST`); else none. (A value of
    the row outside them makes them a note's: :func:`read_class_cells` reads none then.)
    None either when a class is followed by another security (:data:`OTHER_SECURITY_AFTER`,
    "500,000 Class B Warrants") or, given the front page's ``title``, names a unit the
    title's class does not (:func:`same_unit`: "Class B Units" under "Class B Common Stock").

    >>> values_of_classes("1,000,000 shares of Class A Common Stock and 2,500,000\\n"
    ...                   "     shares of Class B Common Stock")
    [('Class A', 0, 9), ('Class B', 45, 54)]
    >>> values_of_classes("1,000,000 shares of Class A Common Stock")
    []
    >>> values_of_classes("Includes 100,000 shares of Class A issuable upon conversion of "
    ...                   "100,000 shares of Class B")
    []
    """
    found = list(VALUE_OF_CLASS.finditer(region))
    letters = [m["label"].split()[-1] for m in found]
    if len(found) < 2 or len(set(letters)) < len(letters):
        return []
    if not all(VALUES_OF_CLASSES_REST.match(region[a.end():b.start()])
               for a, b in zip(found, found[1:])):
        return []
    if any(OTHER_SECURITY_AFTER.match(region, m.end()) for m in found) or \
            (title and not all(same_unit(m[0], title) for m in found)):
        return []
    return [(_label(m["label"]), m.start("value"), m.end("value")) for m in found]


def same_unit(written: str, title: str) -> bool:
    """Whether the unit words a row names a class with (:data:`UNIT_WORD`) are all of the
    front page ``title``'s class of that name (:func:`class_title`), and the title names it.

    >>> t = "Class A Common Stock, $0.01 par value Class B Common Stock, $0.01 par value"
    >>> same_unit("2,500,000 shares of Class B Common Stock", t), same_unit("5 Class B", t)
    (True, True)
    >>> same_unit("2,500,000 Class B Units", t), same_unit("5 Class C", t)
    (False, False)
    """
    m = CLASS_NAME.search(written)
    if m is None:
        return False
    label = _label(m[0])
    named = class_title(label, title)
    if named == label:
        return False  # the title names no such class
    own = {w.lower().rstrip("s") for w in UNIT_WORD.findall(named)}
    return all(w.lower().rstrip("s") in own for w in UNIT_WORD.findall(written[m.end():]))


def unread_classes(region: str, title: Optional[str] = None) -> list[str]:
    """The classes a cover row's ``region`` names when it names two or more but not each
    before a value (:func:`class_cells` reads none): its values may be either class's.

    >>> unread_classes("3,500,000 (Class A and Class B together)")
    ['Class A', 'Class B']
    >>> unread_classes("1,000,000 shares of Class A Common Stock")
    []
    >>> unread_classes("Class A: 1  Class B: 2")
    []
    """
    if not may_name_class(region):
        return []
    names = list(dict.fromkeys(_label(m[0]) for m in CLASS_NAME.finditer(region)))
    return names if len(names) > 1 and not class_cells(region, title) else []


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
    >>> class_title("Class B", "Series A Common Stock Series B Common Stock")
    'Series B Common Stock'
    """
    if not title:
        return label
    found = list(CLASS_NAME.finditer(title))
    spans = list(zip(found, [n.start() for n in found[1:]] + [len(title)]))
    same = [(m, e) for m, e in spans if _label(m[0]) == label]
    # "Class A: 1,000,000" under "Series A Common Stock / Series B Common Stock": the one
    # class of that letter the title names
    letter = [(m, e) for m, e in spans if m["letter"] == label.split()[-1]]
    for m, e in same or (letter if len(letter) == 1 else []):
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


def read_class_cells(src: SourceText, cp: CoverPage, fld: str, region: str, rs: int,
                     title: Optional[str] = None) -> None:
    """Give ``cp`` the values per class of its row ``fld`` (its ``region``, at ``rs`` of the
    text, already read into ``cp.values``): each class's cell's readings
    (:func:`class_cells`). A row naming two classes but not one value after each is noted in
    ``cp.unread_classes`` (its values may be either class's), for the holding read from the
    page to be warned of (a combined cover's table heads its columns "Class A  Class B": its
    rows are read per class elsewhere, and the page is no one's).
    """
    cells = class_cells(region, title)
    spans = [(rs + s, rs + e) for _, s, e in cells]
    if any(not any(class_readings([r], a, b, src.text_pos) for a, b in spans)
           for r in class_readings(cp.values.get(fld, []), rs, rs + len(region), src.text_pos)):
        cells = []  # "1,000,000 (1)" over a note naming each class's shares: no class's cells
    for label, s, e in cells:
        got = class_readings(cp.values.get(fld, []), rs + s, rs + e, src.text_pos)
        # one class, whatever word a row names it by ("Class A: 1,000,000" in the powers,
        # "Series A: 1,000,000" in the aggregate): the label of its letter read first
        label = next((c for c in cp.class_values if c.split()[-1] == label.split()[-1]), label)
        if got:
            cp.class_values.setdefault(label, {})[fld] = got
    names = [] if cells else unread_classes(region, title)
    if names:
        cp.unread_classes[fld] = names
