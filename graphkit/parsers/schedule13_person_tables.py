"""Combined cover pages: one cover for a group of reporting persons, read per person.

A group of individuals (a family, say) may file a Schedule 13D with *one* cover page for all:
row 1 lists the reporting persons on enumerated lines ("(i) Jane Q. Roe", "(ii) John Roe"),
the citizenship and type rows answer per person on lines of the same kind
("(i) Jane Q. Roe    U.S.A."), and each power, aggregate and percent row is a *table* of one
line per person, with one column per class of the issuer's stock::

    7.   Sole Voting Power:
                                  Class A   Class B
                                  Common    Common
    Name of Reporting Person      Shares    Shares
    Jane Q. Roe(1)  . . . . . . .  7,950     110,872
    John Roe  . . . . . . . . . .  None      None

:func:`read_combined_cover` reads such a cover into a :class:`CombinedCover`: the persons of
row 1 (with the citizenship and type codes given per person) and each table line's value per
column, the column's class heading ("Class A Common") becoming the value's security class.
"None" reads as 0; a footnote mark after a name ("(1)") and dot leaders are layout. A table
line counts only when its name is one of the persons of row 1, and a row is read as a table
only when at least two of its lines do, so an ordinary cover (one reporting person per cover,
nearly every filing) gives None and is left to :mod:`.schedule13_cover` alone.
:func:`add_listed_persons` makes the persons reporting persons of the filing and
:func:`add_class_holdings` gives each one beneficial-ownership claim per class.

Domain caveat: the persons of such a group usually report *separate* holdings (each their own
and their trusts' shares), but the columns are different classes: a Class A number and a
Class B number never add up, and a percent is a percent of its own class.

Examples
--------
>>> from graphkit.source import SourceText
>>> text = ("1. Names of Reporting Persons:\\n  (i)  Jane Q. Roe\\n  (ii) John Roe\\n\\n"
...         "6. Citizenship or Place of Organization:\\n"
...         "  (i)  Jane Q. Roe     U.S.A.\\n  (ii) John Roe        Canada\\n"
...         "7. Sole Voting Power:\\n"
...         "                           Class A   Class B\\n"
...         "                           Common    Common\\n"
...         "Jane Q. Roe(1) . . . . . .  1,000     2,000\\n"
...         "John Roe . . . . . . . . .   None       500\\n")
>>> cover = read_combined_cover(SourceText(path="x.txt", text=text), 0, len(text))
>>> [(p.name, p.jurisdiction.value) for p in cover.persons]
[('Jane Q. Roe', 'U.S.A.'), ('John Roe', 'Canada')]
>>> [(v.person, v.security_class, v.reading.value) for v in cover.values]
... # doctest: +NORMALIZE_WHITESPACE
[('Jane Q. Roe', 'Class A Common', 1000), ('Jane Q. Roe', 'Class B Common', 2000),
 ('John Roe', 'Class A Common', 0), ('John Roe', 'Class B Common', 500)]
"""

from __future__ import annotations

import re
from datetime import date
from typing import Mapping, Optional

from pydantic import BaseModel, ConfigDict, Field

from graphkit import regex_cache
from graphkit.models import (AliasKind, Claim, Evidence, FilingWarning, Party, PartyRole,
                             Reading)
from graphkit.ocr import read_type_codes
from graphkit.parsers.partybook import PartyBook, squeeze
from resolvers import compare
from graphkit.parsers.schedule13_claims import add_claim
from graphkit.parsers.schedule13_cover import (ROW_AGGREGATE, ROW_EXCLUDES, ROW_NAME,
                                               ROW_PERCENT, ROW_SHARED_DISPOSITIVE,
                                               ROW_SHARED_VOTING, ROW_SOLE_DISPOSITIVE,
                                               ROW_SOLE_VOTING, ROW_TYPE)
from graphkit.parsers.cue_search import fold_text
from graphkit.parsers.schedule13_cover_search import _LabelFinder
from graphkit.parsers.schedule13_table_lines import (  # noqa: F401  (re-exported)
    CLASS_HEADING, CLASS_WORD, DOT_LEADER, NAME_NOTE, VALUE_CELL, VALUE_CELLS, ZERO_CELL,
    _may_end_in_cell, column_classes, read_cell, table_name)
from graphkit.parsers.schedule13_reconcile import (Candidate, Holding, ROWS_13D, ROWS_13G,
                                                   choose_holding)
from graphkit.relations import Relation
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

#: One enumerated line of a per-person row, the person's answer after two spaces or more:
#: "     (ii)      Marjorie Q. Roe        U.S.A.", "(1) Acme Fund, L.P.", "(II) MARJORIE Q. ROE"
ENUMERATED_LINE = regex_cache.compile(r"""
    ^[ \t]*\((?P<mark>[ivx]{1,5}|[IVX]{1,5}|\d{1,2}|[a-zA-Z])\)[ \t]+
    (?P<name>[A-Za-z][^\s]*(?:[ \t][^\s]+)*?)                  # words one space apart
    (?:[ \t]{2,}(?P<answer>\S[^\n]*?))?[ \t]*$
""", re.VERBOSE | re.MULTILINE)

#: The citizenship row's label (row 6 of the 13D, row 4 of the 13G):
#: "6.   Citizenship or Place of Organization:"
CITIZENSHIP_LABEL = regex_cache.compile(r"""Citizenship\s+or\s+Place\s+of\s+Organi[sz]ation:?""", _F)

#: Least number of table lines naming persons of row 1 for a row to be read as a table.
MIN_TABLE_LINES = 2

#: The rows holding per-person tables, with the field each fills.
TABLE_ROWS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("sole_voting", ROW_SOLE_VOTING), ("shared_voting", ROW_SHARED_VOTING),
    ("sole_dispositive", ROW_SOLE_DISPOSITIVE), ("shared_dispositive", ROW_SHARED_DISPOSITIVE),
    ("aggregate", ROW_AGGREGATE), ("percent", ROW_PERCENT),
)
#: Labels that only end a table row's region.
_BOUNDARIES = (("excludes", ROW_EXCLUDES), ("type", ROW_TYPE))


class ListedPerson(BaseModel):
    """One reporting person listed in row 1 of a combined cover, with its per-person answers."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    evidence: Evidence
    jurisdiction: Optional[Reading] = None
    type_codes: Optional[Reading] = None


class PersonValue(BaseModel):
    """One cell of a per-person table: a person's value of one field for one class."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: str  # as listed in row 1
    field: str  # "sole_voting" ... "aggregate", "percent"
    security_class: Optional[str] = None  # the column's class heading, "Class A Common"
    reading: Reading
    line: Evidence  # the whole table line: name, leader and every column


class CombinedCover(BaseModel):
    """What a combined cover page states, per person and per class."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int
    end: int  # where its last row read ends
    persons: list[ListedPerson] = Field(default_factory=list)
    values: list[PersonValue] = Field(default_factory=list)

    def classes(self) -> list[Optional[str]]:
        """The security classes of the table columns, in order of first use."""
        return list(dict.fromkeys(v.security_class for v in self.values))


def enumerated_lines(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The enumerated lines right after ``start`` (a row label), up to the first other line.

    Blank lines are skipped; a mark printed again ("(i)" of the next row) ends the list, and
    so does a mark of another kind (:func:`_mark_kind`): the "(2)" numbering the next row
    after "(i)" ... "(x)" ("(2)  Check the Appropriate Box if a Member of a Group").

    >>> t = "Names:\\n (i) Jane Q. Roe\\n\\n (ii) John Roe   IN\\n2. Check\\n (i) Jane Q. Roe"
    >>> [(m["name"], m["answer"]) for m in enumerated_lines(t, 6, len(t))]
    [('Jane Q. Roe', None), ('John Roe', 'IN')]
    >>> t = "Names:\\n (i) Jane Q. Roe\\n (ii) John Roe\\n(2)  Check the Appropriate Box"
    >>> [m["name"] for m in enumerated_lines(t, 6, len(t))]
    ['Jane Q. Roe', 'John Roe']
    """
    out: list[re.Match[str]] = []
    pos = text.find("\n", start, end)
    while 0 <= pos < end:
        nxt = text.find("\n", pos + 1, end)
        line_end = nxt if nxt >= 0 else end
        if text[pos + 1:line_end].strip():
            m = ENUMERATED_LINE.match(text, pos + 1, line_end)
            if m is None or any(o["mark"] == m["mark"] for o in out) or \
                    (out and _mark_kind(m["mark"]) != _mark_kind(out[0]["mark"])):
                break
            out.append(m)
        pos = nxt
    return out


def _mark_kind(mark: str) -> str:
    """The kind of an enumeration mark: "digit" ("2"), "lower" ("ii", "b") or "upper"."""
    return "digit" if mark.isdigit() else "lower" if mark.islower() else "upper"


def listed_person(name: str, persons: Mapping[str, str]) -> Optional[str]:
    """The person of row 1 that a table line's ``name`` is: the one spelled alike, else the
    one person the resolver takes it for ("Jane Roe" for "Jane Q. Roe"); None when none or
    several ("John Roe" beside "John Roe" and "John Roe, Jr.").

    >>> listed = {squeeze(n): n for n in ("Jane Q. Roe", "John Roe", "John Roe, Jr.")}
    >>> listed_person("JANE Q. ROE", listed), listed_person("Jane Roe", listed)
    ('Jane Q. Roe', 'Jane Q. Roe')
    >>> listed_person("J. Roe", listed) is None, listed_person("Acme Fund", listed) is None
    (True, True)
    """
    exact = persons.get(squeeze(name))
    if exact is not None or not name.strip():
        return exact
    alike = [p for p in persons.values() if compare(name, p, kind="person").same]
    return alike[0] if len(alike) == 1 else None


def _table(src: SourceText, field: str, start: int, end: int,
           persons: Mapping[str, str], seen: dict[str, Optional[str]] | None = None
           ) -> list[PersonValue]:
    """The values of one row's table in ``src.text[start:end]`` (empty if it is no table).

    ``seen`` keeps :func:`listed_person`'s answer per line name across the rows of one cover:
    each row's table repeats the same lines, and a name that is no listed person ("by Group")
    is compared with every person by the resolver each time otherwise.
    """
    text = src.text
    seen = {} if seen is None else seen
    found: list[tuple[str, int, int, re.Match[str]]] = []  # person, line start, line end, cells
    pos = start
    while pos < end:
        nxt = text.find("\n", pos, end)
        line_end = nxt if nxt >= 0 else end
        m = VALUE_CELLS.search(text, pos, line_end) if _may_end_in_cell(text, pos, line_end) \
            else None
        if m is not None and m.start() > pos:
            name = table_name(text[pos:m.start()])
            if name not in seen:
                seen[name] = listed_person(name, persons)
            person = seen[name]
            if person is not None:
                found.append((person, pos, line_end, m))
        pos = line_end + 1
    if len({p for p, *_ in found}) < MIN_TABLE_LINES:
        return []
    heads = column_classes(text, start, found[0][1])
    out: list[PersonValue] = []
    for person, ls, le, m in found:
        cells = list(VALUE_CELL.finditer(text, m.start(), m.end()))
        classes: list[Optional[str]] = list(heads) if heads else [None]
        if len(cells) != len(classes):
            continue  # a line that does not fill every column is not guessed at
        line = src.evidence(ls, le, section="cover page")
        for cls, c in zip(classes, cells):
            value = read_cell(c["cell"], field)
            if value is None:
                continue
            out.append(PersonValue(person=person, field=field, security_class=cls, line=line,
                                   reading=Reading(field=field, raw=c["cell"], value=value,
                                                   evidence=src.evidence(c.start(), c.end(),
                                                                         section="cover page"))))
    return out


def same_class_names(values: list[PersonValue]) -> list[PersonValue]:
    """Name each class by its fullest heading: a table headed "Class A" over a column that
    another table heads "Class A Common" is of that class.

    >>> from graphkit.models import Evidence
    >>> ev = Evidence(source="x", text="Jane Q. Roe . . 5")
    >>> vs = [PersonValue(person="Jane Q. Roe", field="aggregate", security_class=c, line=ev,
    ...                   reading=Reading(field="aggregate", raw="5", value=5))
    ...       for c in ("Class A Common", "Class A", None)]
    >>> [v.security_class for v in same_class_names(vs)]
    ['Class A Common', 'Class A Common', None]
    """
    names = {v.security_class for v in values if v.security_class}
    full: dict[str, str] = {}
    for n in names:
        longer = [m for m in names if m.startswith(n + " ")]
        if len(longer) == 1:
            full[n] = longer[0]
    return [v.model_copy(update={"security_class": full[v.security_class]})
            if v.security_class in full else v for v in values]


def _answers(src: SourceText, label: re.Pattern[str], start: int, end: int,
             persons: Mapping[str, str]) -> tuple[dict[str, tuple[str, Evidence]], int]:
    """Per person, the answer of the enumerated lines after ``label``; and where they end."""
    m = label.search(src.text, start, end)
    if m is None:
        return {}, start
    out: dict[str, tuple[str, Evidence]] = {}
    last = m.end()
    for line in enumerated_lines(src.text, m.end(), end):
        person = listed_person(line["name"], persons)
        if person is not None and line["answer"]:
            out[person] = (line["answer"], src.evidence(line.start("answer"), line.end("answer"),
                                                        section="cover page"))
        last = line.end()
    return out, last


def read_combined_cover(src: SourceText, start: int, end: int) -> Optional[CombinedCover]:
    """The combined cover page in ``src.text[start:end]`` (the cover pages' span), or None.

    A combined cover lists two or more reporting persons in row 1 and answers at least one
    power, aggregate or percent row with a table of their lines (:data:`MIN_TABLE_LINES`).

    See also
    --------
    graphkit.parsers.schedule13_cover.find_cover_pages, person_holdings
    """
    text = src.text
    label = ROW_NAME.search(text, start, end)
    if label is None:
        return None
    listed = enumerated_lines(text, label.end(), end)
    if len(listed) < 2:
        return None
    by_key = {squeeze(m["name"]): m["name"] for m in listed}
    if len(by_key) < len(listed):
        return None  # two persons of one name: their lines could not be told apart
    labels: list[tuple[int, int, str]] = []
    # the labels' matches as ``pat.finditer`` gives them, each tried only at its literal cues
    finder = _LabelFinder(text, label.end(), end, fold_text(text))
    for fld, pat in (*TABLE_ROWS, *_BOUNDARIES):
        for m in finder.finditer(fld, label.end(), end):
            if not any(s < m.end() and m.start() < e for s, e, _ in labels):
                labels.append((m.start(), m.end(), fld))
    labels.sort()
    values: list[PersonValue] = []
    last = label.end()
    seen: dict[str, Optional[str]] = {}  # table line name -> listed person, for every row
    for k, (_, le, fld) in enumerate(labels):
        if fld in dict(_BOUNDARIES):
            continue
        re_ = labels[k + 1][0] if k + 1 < len(labels) else end
        row = _table(src, fld, le, re_, by_key, seen)
        if row:
            values += row
            last = max(last, max(src.text_pos(v.line.end) for v in row if v.line.end is not None))
    if not values:
        return None
    values = same_class_names(values)
    places, _ = _answers(src, CITIZENSHIP_LABEL, label.end(), end, by_key)
    codes, type_end = _answers(src, ROW_TYPE, last, end, by_key)
    persons = []
    for m in listed:
        name = m["name"]
        place = places.get(name)
        code = codes.get(name)
        persons.append(ListedPerson(
            name=name, evidence=src.evidence(m.start("name"), m.end("name"), section="cover page"),
            jurisdiction=Reading(field="jurisdiction", raw=place[0], value=place[0],
                                 evidence=place[1]) if place else None,
            type_codes=read_type_codes(code[0], evidence=code[1]) if code else None))
    return CombinedCover(start=label.start(), end=max(last, type_end), persons=persons,
                         values=values)


def person_holdings(cover: CombinedCover, person: str, rows: Mapping[str, str] = ROWS_13D
                    ) -> list[tuple[Optional[str], Holding]]:
    """One holding of ``person`` per security class of the tables, in column order.

    Each class's numbers are checked on their own (sole + shared power against the aggregate);
    a class is a class: its percent is of that class, never added to another's. No shares
    outstanding are given to the check, as a filing's one stated total is of one class only.

    >>> from graphkit.models import Evidence
    >>> ev = Evidence(source="x", text="Jane Q. Roe . . 5 7")
    >>> def v(fld, cls, n):
    ...     return PersonValue(person="Jane Q. Roe", field=fld, security_class=cls, line=ev,
    ...                        reading=Reading(field=fld, raw=str(n), value=n))
    >>> cover = CombinedCover(start=0, end=1, persons=[], values=[
    ...     v("aggregate", "Class A", 5), v("aggregate", "Class B", 7), v("percent", "Class A", 0.4)])
    >>> [(c, h.values["aggregate"], h.values["percent"]) for c, h in
    ...  person_holdings(cover, "Jane Q. Roe")]
    [('Class A', 5, 0.4), ('Class B', 7, None)]
    """
    out: list[tuple[Optional[str], Holding]] = []
    for cls in cover.classes():
        cands = [Candidate(field=v.field, weight=1.0, reading=v.reading, primary=True)
                 for v in cover.values if v.person == person and v.security_class == cls]
        if cands:
            out.append((cls, choose_holding(cands, None, rows=rows)))
    return out


def add_listed_persons(book: PartyBook, cover: CombinedCover) -> list[Party]:
    """Add the persons of a combined cover's row 1 to ``book`` as reporting persons, with the
    citizenship and type codes the cover gives each; return them in order.

    >>> from graphkit.parsers.partybook import PartyBook
    >>> cover = CombinedCover(start=0, end=1, persons=[ListedPerson(
    ...     name="Jane Q. Roe", evidence=Evidence(source="x", text="Jane Q. Roe"),
    ...     jurisdiction=Reading(field="jurisdiction", raw="U.S.A.", value="U.S.A."))])
    >>> [(p.name, p.jurisdiction) for p in add_listed_persons(PartyBook(), cover)]
    [('Jane Q. Roe', 'U.S.A.')]
    """
    out: list[Party] = []
    for person in cover.persons:
        party = book.add(person.name, role=PartyRole.REPORTING_PERSON, evidence=person.evidence,
                         how=AliasKind.SPELLING)
        if party is None or any(p is party for p in out):
            continue
        if person.jurisdiction is not None and party.jurisdiction is None:
            party.jurisdiction = str(person.jurisdiction.value)
        if person.type_codes is not None:
            party.type_codes += [c for c in str(person.type_codes.value).split()
                                 if c not in party.type_codes]
        out.append(party)
    return out


def add_class_holdings(claims: list[Claim], src: SourceText, cover: CombinedCover,
                       book: PartyBook, party: Party, issuer: Optional[Party], form: str,
                       as_of: Optional[date], disclaims: Optional[bool]) -> list[FilingWarning]:
    """Add one beneficial-ownership claim of ``party`` per class of a combined cover's tables
    (the person's row 1 line and table lines are the evidence); return the warnings of its
    numbers (each class is checked on its own: :func:`person_holdings`).

    >>> text = ("1. Names of Reporting Persons:\\n (i) Jane Q. Roe\\n (ii) John Roe\\n"
    ...         "11. Aggregate Amount Beneficially Owned by Each Reporting Person:\\n"
    ...         "                  Class A   Class B\\n"
    ...         "Jane Q. Roe . . .   1,000     None\\nJohn Roe  . . . .    None      500\\n")
    >>> src = SourceText(path="x.txt", text=text)
    >>> cover = read_combined_cover(src, 0, len(text))
    >>> book = PartyBook(); [jane, _] = add_listed_persons(book, cover)
    >>> claims = []
    >>> [w.code for w in add_class_holdings(claims, src, cover, book, jane, Party(
    ...     id="p9", name="Acme, Inc.", kind="organization"), "SC 13D", None, None)]
    ['missing-value', 'missing-value']
    >>> [(c.security_class, c.shares) for c in claims]
    [('Class A', 1000), ('Class B', 0)]

    See also
    --------
    graphkit.parsers.schedule13_claims.add_claim
    """
    person = next((p for p in cover.persons if book.lookup(p.name, fuzzy=False) is party), None)
    if person is None:
        return []
    where = src.text_pos(person.evidence.start) if person.evidence.start is not None else None
    out: list[FilingWarning] = []
    rows = ROWS_13D if "13D" in form.upper() else ROWS_13G
    holdings = person_holdings(cover, person.name, rows)
    if not holdings:
        out.append(src.warn("missing-value", f"{party.name}: listed in row 1 of the combined "
                            "cover, but no line of its tables names this person: no holding "
                            "read", where))
    for cls, h in holdings:
        out += [src.warn(code, f"{party.name} ({cls}): {msg}", where) for code, msg in h.problems]
        if issuer is None:
            continue
        lines = [v.line for v in cover.values if v.person == person.name
                 and v.security_class == cls]
        add_claim(claims, Relation.BENEFICIAL_OWNER_OF, party.id, issuer.id, person.evidence,
                  extra_evidence=list(dict.fromkeys(lines)), shares=h.values.get("aggregate"),
                  percent=h.values.get("percent"), sole_voting=h.values.get("sole_voting"),
                  shared_voting=h.values.get("shared_voting"),
                  sole_dispositive=h.values.get("sole_dispositive"),
                  shared_dispositive=h.values.get("shared_dispositive"), as_of=as_of,
                  security_class=cls, disclaims=disclaims, readings=h.readings)
    return out
