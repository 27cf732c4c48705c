"""The rows of an Instruction C roster: its tables, columns and persons.

A roster (found by :mod:`graphkit.parsers.schedule13_roster`) prints its directors and executive
officers in a fixed-column text table (columns found from the header's underlines or labels,
positions wrapping onto the following lines) or in an HTML table converted to text (cells
joined by " | "), with organization name lines heading each table and DIRECTORS / EXECUTIVE
OFFICERS sections. :func:`read_rows` reads them from a lead to a stop.

Domain caveats: a row is a person only when its first cell is a person's name
(:data:`PERSON_NAME`, no address or title word, no organization word); rows that name an
organization (a general partner in a partnership's table) are left to the prose, and rows under
a section of other persons ("CONTROL PERSON", "General Partner") are marked ``"skip"``.

Examples
--------
>>> _split_name("Jane Q. Roe, President")
('Jane Q. Roe', 'President')
>>> org_name_line("ACME CAPITAL LP"), _is_person("Jane Q. Roe"), _is_person("Park Avenue")
('ACME CAPITAL LP', True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field as dc_field
from typing import Callable, Optional

from pydantic import BaseModel, ConfigDict, Field

from graphkit import regex_cache
from graphkit.models import Evidence
from graphkit.names import org_words
from graphkit.parsers.schedule13_roster_columns import (  # noqa: F401 (read by the tests)
    CELL_GAP, DASH_RUN, DASHES_LINE, HEADER_CELL, HEADER_KEY, MAX_NOTE_LINES, OCCUPATION_COLUMN,
    ROLE_COLUMN, Table as _Table, header_line as _header_line, header_note as _header_note,
    text_cells as _cells, text_table as _text_table)
from graphkit.parsers.schedule13_roster_headerless import (HEADERLESS_LABELS, first_row,
                                                        headerless_bound)
from graphkit.parsers.schedule13_roster_names import (  # noqa: F401 (read by the tests)
    ADDRESS_WORD, NAME_AND_TITLE, PERSON_NAME, TITLE_AFTER_NAME, is_person_cell as _is_person,
    is_named_person, is_title_cell, split_name_cell as _split_name)
from graphkit.parsers.schedule13_roster_tabs import (
    NAME_MARK, TITLE_WORD, tab_cells, tab_margin, tab_note, tab_table_labels, tab_width,
    title_goes_on)
from graphkit.parsers.schedule13_roster_titles import OFFICER_TITLE, opens_with_office
from graphkit.parsers.schedule13_roster_wraps import (SCREEN_TABS, employer_goes_on, next_lines,
                                                  rows_apart_below, wrapped_surname)
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

#: A line of a roster that stops it: the next schedule, exhibit, annex or item, an "EXHIBIT
#: INDEX", or the end of the document ("</TEXT>", "<DOCUMENT>")
STOP_HEADING = regex_cache.compile(r"""
    [ \t]*(?:schedule|scheudle|exhibit|annex|appendix)\s+(?:[A-Z]|[IVX]+|\d+|index)\b[^\n]{0,20}$
    |[ \t]*item\s+\d+\b
    |[ \t]*</?(?:text|document|type)>
""", _F | re.MULTILINE)

#: Layout lines of a text table, skipped: "<TABLE>", "<CAPTION>", "<S>    <C>", "<PAGE>  14",
#: "</TABLE>", a page number "3" or "- 3 -", and underscores of a footnote rule
MARKUP_LINE = regex_cache.compile(r"""
    [ \t]*+(?:</?(?:TABLE|CAPTION|S|C|PAGE|FN)>[^\n]*+|-?[ \t]*+\d{1,3}[ \t]*+-?|_{3,}|\|)[ \t]*$
""", re.VERBOSE)

#: A sub-heading of a roster: "a. DIRECTORS", "EXECUTIVE OFFICERS", "Directors:", officers
#: who sit on no board ("EXECUTIVE OFFICERS (NON-DIRECTORS)", "Executive Officers (who are not
#: Directors):", "Non-Director Executive Officers", "EXECUTIVE OFFICERS WHO ARE NOT
#: DIRECTORS"), or one that lists other persons, whose rows are not read: "CONTROL PERSON",
#: "General Partner"; in an HTML table the heading may stand in a row of empty cells
SECTION_LINE = regex_cache.compile(r"""
    [ \t]*(?:[a-z0-9]{1,3}[.)][ \t]*\|?[ \t]*)?
    (?:(?P<director>(?:board\s+of\s+)?directors?)
    |(?P<officer>(?:non-?[ \t]?directors?[ \t]+)?(?:executive[ \t]+)?officers?
       (?:[ \t]*\(?[ \t]*(?:non-?[ \t]?directors?|who[ \t]+are[ \t]+not[ \t]+(?:also[ \t]+)?
          (?:a[ \t]+)?directors?)[ \t]*\)?)?)
    |control(?:ling)?\s+persons?|general\s+partners?|managing\s+members?|members|managers
    |trustees|partners)[ \t]*:?[ \t]*(?:\|[ \t]*)*$
""", _F)

#: The number or letter before a name line: "1. | ACME CORP.", "2. ", "(a) "
ENUMERATOR = regex_cache.compile(r"""[ \t]*(?:\(?[a-z0-9]{1,3}[.)][ \t]*\|?[ \t]*)""", _F)

#: Words of a sentence, never of a name line: "does not have any officers", "is set forth"
PROSE_WORD = regex_cache.compile(r"""\b(?:is|are|was|were|has|have|does|do|the\s+following|set\s+forth
    |each|which|whose)\b""", re.VERBOSE)

#: A street number or postal code: a line holding one is an address, not a name ("10 Main
#: Street", "New York, New York 10017")
ADDRESS_DIGITS = regex_cache.compile(r"""\d{3}""", re.VERBOSE)
#: Most words of an address line between a tabbed table's pages ("1400 Smith Street", "Houston,
#: Texas 77002"): a longer line with three digits is prose ("... named below on June 3, 1998:")
MAX_ADDRESS_WORDS = 7


class RosterRow(BaseModel):
    """One person of a roster: the name, the role text of the position column (wrapped lines
    joined), the title printed with the name ("Jane Q. Roe, President"), and the section the
    row stands in ("director", "officer", or None)."""
    model_config = ConfigDict(frozen=True)
    name: str
    roles: str = ""
    name_title: str = ""
    section: Optional[str] = None
    occupation_only: bool = False  # the column read is a principal occupation, not a position
    evidence: Evidence


class Roster(BaseModel):
    """One roster: its organization as written (several when stacked name lines head one
    table; none when the lead names none), the term the lead defines for it, its rows."""
    model_config = ConfigDict(frozen=True)
    orgs: list[str] = Field(default_factory=list)
    term: Optional[str] = None
    rows: list[RosterRow] = Field(default_factory=list)
    from_heading: bool = False  # under an appendix heading (its org only from a pointing sentence)
    evidence: Evidence


@dataclass
class _Row:
    """A row being read (its position may wrap onto the lines below)."""
    name: str
    title: list[str]
    section: Optional[str]
    occupation_only: bool
    start: int
    end: int
    roles: list[str] = dc_field(default_factory=list)
    wrapped_last: bool = False  # a tab-separated line's lone cells went past the position


@dataclass
class _Group:
    """The organizations and rows of one table of a roster (or of the lead's)."""
    orgs: list[str]
    evidence: Evidence
    from_lead: bool  # the organization is the lead's (a name line below replaces it)
    rows: list[RosterRow] = dc_field(default_factory=list)
    table_read: bool = False  # a row of its table was read (a name line after starts anew)


def org_name_line(line: str) -> Optional[str]:
    """The organization a standalone line names ("ACME CAPITAL LP", "1. | ACME CORP."), or
    None for any other line."""
    s = ENUMERATOR.sub("", line, count=1) if ENUMERATOR.match(line) else line
    s = s.strip()
    if not s or "|" in s or len(s) > 90 or len(s.split()) > 10 or ADDRESS_DIGITS.search(s):
        return None
    if not org_words(s) or s[0].islower() or PROSE_WORD.search(s) or opens_with_office(s):
        return None
    if CELL_GAP.search(s):  # two cells: a row of a table, not a name line
        return None
    return s


#: The end of a position that goes on onto the next line: "President and", "Director /",
#: "Vice President,", "Sr. Vice Pres. -"
OPEN_END = regex_cache.compile(r"""(?:\band|&|/|,|\s-)[ \t]*$""", re.IGNORECASE)

def _continues(roles: list[str], cell: str) -> bool:
    """True when ``cell`` (the position column of a line of a text table) goes on with the
    position above it: it starts in lower case, or the position above ends open ("and", "/",
    ","), so the line's first column wraps the row's name and starts no person."""
    if not cell:
        return False
    return cell[0].islower() or (bool(roles) and OPEN_END.search(roles[-1]) is not None)


def _starts_row(line: str, table: _Table) -> bool:
    """True when a line of a text table is a person's name with a position: a row's first."""
    cols: dict[int, list[str]] = {}
    for at, c in _cells(line):
        cols.setdefault(table.column(at), []).append(c)
    name = _split_name(" ".join(cols.get(0, [])))[0]
    return bool(name) and bool(cols.get(table.role or -1)) and _is_person(name)


def _fills_row(cur: Optional[_Row], filled: int, ncols: int, name: str) -> bool:
    """True when a line of ``filled`` cells in a table of ``ncols`` (3 or more) columns whose
    first cell is ``name`` starts a row even though the position above ends with a comma:
    "John A. Doe  President," / "Mary Major  Treasurer  Treasurer, Acme" (a name or title that
    wraps fills fewer columns: "Garcia Lopez  Chief Executive Officer" under "President and")."""
    return cur is not None and bool(cur.roles) and cur.roles[-1].rstrip().endswith(",") \
        and ncols >= 3 and filled >= ncols and not TITLE_WORD.search(name)


def _name_goes_on(cell: str, table: _Table) -> bool:
    """True when ``cell`` (the first column of a line that wraps a row) goes on with the row's
    name ("Maria Fernanda" / "Garcia Lopez"): never in a "Name and Business Address" column, an
    organization ("Acme Corp.", the employer heading the address) or an address line."""
    return not table.name_has_address and not org_words(cell) \
        and ADDRESS_WORD.search(cell) is None and not any(ch.isdigit() for ch in cell)


#: The most words of a page's footer indented in a tab-separated roster ("<TAB>I - 2",
#: "<TAB>Page 3"): a line that goes on with no row and does not end the roster
MAX_FOOTER_WORDS = 3


def _name_wraps(first: str, rest: list[str], cur: _Row, table: _Table) -> bool:
    """True when ``first``, the first cell of a line under a tab-separated row with fewer
    cells than the columns, is the name's last word wrapped ("Smithson" under "Jane
    Roe<TAB>Director"), not the position going on ("Director, CEO", "and Treasurer")."""
    return bool(rest) and len(rest) + 1 < table.ncols and len(first.split()) <= 2 \
        and first[:1].isupper() and _name_goes_on(first, table) and not is_title_cell(first) \
        and TITLE_WORD.search(first) is None and not _continues(cur.roles, first)


def _position_goes_on(cur: _Row, cell: str) -> bool:
    """True when a lone ``cell`` wrapped under a tab-separated row goes on with its position:
    the position is left open ("Director," / "Chief Executive" / "Officer"), or the cell
    starts in lower case ("and Controller") under a line that filled the position."""
    above = cur.roles[-1] if cur.roles else ""
    return OPEN_END.search(above) is not None or title_goes_on(above, cell) \
        or (cell[:1].islower() and not cur.wrapped_last)


def _tab_starts_row(line: str, table: _Table) -> bool:
    """True when a line of a tab-separated roster is a person's name with more cells: a row's
    first."""
    first, rest = tab_cells(line, table.tabs, table.margin)
    return bool(first) and bool(rest) and _is_person(_split_name(NAME_MARK.sub("", first))[0])


def _tab_row(line: str, table: _Table, cur: Optional[_Row], section: Optional[str],
             start: int, end: int, flush, alone: bool,
             apart: Callable[[], bool]) -> Optional[_Row]:
    """Read one line of a tab-separated roster (:mod:`graphkit.parsers.schedule13_roster_tabs`)
    into the row ``cur`` or a new row (``flush`` ends ``cur`` first); returns the row read.
    ``alone``: the line is a name alone that starts a row (its title below it); ``apart``:
    whether a blank line ends the row before the next row starts (:func:`rows_apart_below`)."""
    first, rest = tab_cells(line, table.tabs, table.margin)
    if len(rest) >= table.ncols and " " not in first and not _is_person(first) \
            and _is_person(f"{first} {rest[0]}"):  # "Jane<TAB>Roe<TAB>Director": one name
        first, rest = f"{first} {rest[0]}", rest[1:]
    at = (table.role or 0) - 1  # the position's index among the cells after the name
    name, title = _split_name(NAME_MARK.sub("", first))
    full = _fills_row(cur, len(rest) + 1, table.ncols, name) and all(rest)
    # the employer above goes on ("Chairman of Zeta Lung" / "Zeta Lung Development<TAB>
    # Development Group"): the name cell is the employer heading the address, no person
    employer = cur is not None and bool(rest) and bool(rest[-1]) and not full \
        and employer_goes_on(cur.roles, rest[-1], table.name_has_address) \
        and not is_named_person(name) and apart()
    # a name alone is no row, unless its title is below it (``alone``)
    if first and (rest or alone) and _is_person(name) and not employer and not (
            cur is not None and _continues(cur.roles, first) and not full):
        flush()
        cur, cols = _Row(name, [title], section, table.occupation_only, start, end), rest
    elif cur is None:
        return None
    else:  # the row's position goes on: its cells from the column after the name
        # the name cell goes on: an address, a field ("Citizenship:<TAB>United States") or the
        # name's last word ("Jane Roe<TAB>Director<TAB>Chairman, Acme" / "Smithson<TAB>...")
        address = bool(first) and (table.name_has_address or first.endswith(":")
                                   or table.name_has_title or _name_wraps(first, rest, cur, table))
        if first.endswith(":"):
            rest = []
        elif first and table.name_has_title:  # "Jane Q. Roe<TAB>Acme" / "President<TAB>Acme"
            cur.title.append(first)
        cols = ([first] if first and not address else []) + rest
        wrapped = (address or not first) and all(rest) and len(rest) < table.ncols - 1
        if wrapped:
            # fewer cells than the columns after an address or one tab: the last columns wrap,
            # or the position when left open ("Director," / "<TAB>Sr. V.P.")
            pad = table.ncols - 1 - len(rest)
            cols = [""] * (pad if address or not _position_goes_on(cur, rest[0])
                           else min(max(at, 0), pad)) + rest
        cur.wrapped_last = wrapped and not (0 <= at < len(cols) and cols[at])
    if len(cols) > table.ncols - 1 >= 2:  # a cell typed with tabs inside: "Chairman<TAB>and"
        cols = cols[:table.ncols - 2] + [" ".join(cols[table.ncols - 2:])]  # the last column's
    if 0 <= at < len(cols) and cols[at]:
        cur.roles.append(cols[at])
    cur.end = end
    return cur


def read_rows(src: SourceText, lead: tuple[int, int], org: Optional[str], term: Optional[str],
              stop: int, section: Optional[str] = None) -> list[Roster]:
    """The rosters whose rows follow the lead at ``lead`` (start, end) up to ``stop``: one per
    table organization (``org``, the lead's, until a name line below names another), each
    with its rows; ``term`` is the term the lead defines for ``org``; ``section`` the rows'
    section until a section line ("director" under a lead "DIRECTORS OF ACME CORP.")."""
    text = src.text
    lead_ev = src.evidence(lead[0], lead[1], section="roster")
    groups = [_Group([org] if org else [], lead_ev, True)]
    table: Optional[_Table] = None
    header: list[str] = []
    cur: Optional[_Row] = None
    above: list[str] = []  # the short lines since the last blank one, before any table
    note_open, note_lines = 0, 0  # a header note's "(" not yet closed, and its lines read
    lead_paragraph = True  # the rest of the lead's paragraph (prose, not yet a table)
    gap = False  # a blank line since the last row of a tab-separated table
    row_gap = False  # a blank line since the last row of a text table
    role_above = False  # the line above added to the row's position
    prose_lead = False  # the lead's paragraph went on with prose (the table ends at a gap)
    taken = False  # the row above took this line's name cell as its surname
    screen = SCREEN_TABS.search(text, lead[1], stop) is not None  # tabs to screen columns

    def flush() -> None:
        nonlocal cur
        if cur is not None:
            groups[-1].rows.append(RosterRow(
                name=cur.name, roles=" ".join(cur.roles).strip(),
                name_title=" ".join(t for t in cur.title if t).strip(), section=cur.section,
                occupation_only=cur.occupation_only,
                evidence=src.evidence(cur.start, cur.end, section="roster")))
        cur = None

    pos = text.find("\n", lead[1])
    pos = stop if pos == -1 else pos + 1
    while pos < stop:
        nl = text.find("\n", pos, stop)
        line_end = stop if nl == -1 else nl
        typed, line_start = text[pos:line_end], pos  # a tab-separated roster's cells: its tabs
        line = typed.expandtabs() if screen else typed  # a text table's: its screen columns
        pos = line_end + 1
        s = line.strip()
        if not s or MARKUP_LINE.fullmatch(line):
            if not s or s.upper() == "</TABLE>":
                row_gap, role_above = row_gap or (cur is not None and not s), False
                flush()  # a blank line ends a row of a text table
                above, lead_paragraph, note_open = [], False, 0
                gap = True  # a tab-separated roster goes on only with a row
            continue
        if STOP_HEADING.match(line):
            break
        if DASHES_LINE.fullmatch(line):
            if table is not None and table.tabs:
                continue  # the underline of a tab-separated header
            table = _text_table(header, line) or table
            header = []
            continue
        if note_open > 0 and note_lines < MAX_NOTE_LINES:  # the address a header note gives
            note_open += line.count("(") - line.count(")")
            note_lines += 1
            continue
        sec = SECTION_LINE.fullmatch(line)
        if sec is not None and cur is None and (table is None or table.bounds is None or
                                table.column(len(line) - len(line.lstrip())) == 0):
            flush()
            section = "director" if sec["director"] else "officer" if sec["officer"] else "skip"
            continue
        # tab cells: a header text tables do not read ("NAME<TAB>ACME CORP."), or one at the margin
        labels = tab_table_labels(typed, above + header) if "\t" in typed and cur is None \
            and (not screen or not _header_line(line)) else None
        if labels is not None:
            table, header = _Table(labels), []
            table.tabs, table.margin, gap = tab_width(typed), tab_margin(typed), False
            continue
        if table is not None and table.tabs and cur is None and not groups[-1].table_read \
                and tab_note(typed):  # "(all business addresses are:<TAB>(all with Acme)"
            note_open, note_lines = typed.count("(") - typed.count(")"), 0
            continue
        if _header_line(line):
            flush()
            if " | " in line:
                table, header = _Table([c.strip() for c in line.split(" | ")]), []
            else:
                header.append(line)
            continue
        if header and cur is None and " | " not in line and _header_note(line):
            header.append(line)
            note_open, note_lines = line.count("(") - line.count(")"), 0
            continue
        org_line = org_name_line(line) if cur is None else None
        if org_line is not None and not _is_person(s):
            g = groups[-1]
            if g.rows or g.table_read:  # the next table's organization
                groups.append(_Group([org_line], src.evidence(line_start, line_end,
                                                              section="roster"), False))
            elif g.from_lead:  # a name line under the lead names the table's organization
                groups[-1] = _Group([org_line], src.evidence(line_start, line_end,
                                                             section="roster"), False)
            else:  # stacked name lines ("ACME I LP" / "ACME II LP") share the next table
                g.orgs.append(org_line)
            table, section = None, None
            continue
        if header:  # header lines without an underline: columns from the labels
            table = _text_table(header, None) or table
            header = []
        bound = headerless_bound(_cells(line)) if table is None and not header else None
        if bound is not None:  # "Jane Q. Roe      President/Director" with no header above
            table = _Table(list(HEADERLESS_LABELS), [bound])
        elif table is None and not header and not screen and "\t" in typed:
            first, rest = tab_cells(typed)
            if first and len(rest) == 1 and first_row(first, rest[0]):
                table = _Table(list(HEADERLESS_LABELS))  # "Jane Q. Roe<TAB>President/Director"
                table.tabs = 1
        if table is None:
            if len(s.split()) >= 8:
                if not lead_paragraph:
                    break  # prose before any table: no roster here
                prose_lead = True
            above.append(s)
            continue
        if table.tabs:
            # the address printed above a page's rows of a "Name and Business Address" table
            address = table.name_has_address and ADDRESS_DIGITS.search(s) is not None \
                and len(s.split()) <= MAX_ADDRESS_WORDS and PROSE_WORD.search(s) is None
            # a name alone above its title in a "Name and Title" column ("Jane Q. Roe" /
            # "Vice President and Secretary"), its other cells left empty
            alone = gap and table.name_has_title and "\t" not in typed \
                and _is_person(_split_name(s)[0]) \
                and is_title_cell("".join(next_lines(text, pos, stop, 1)).strip())
            if "\t" not in typed and (gap or len(s.split()) >= 8) and not address and not alone:
                break  # prose, a signature block or a heading after the roster
            if taken:  # the row above took this line's name cell as its surname
                after = tab_cells(typed, table.tabs, table.margin)[1]
                typed = "\t" * (table.margin + table.tabs) + ("\t" * table.tabs).join(after)
            name_cell = tab_cells(typed, table.tabs, table.margin)[0]
            below = next_lines(text, pos, stop, 1) if name_cell.endswith(".") else []
            sur = tab_cells(below[0], table.tabs, table.margin)[0] if below else ""
            taken = wrapped_surname(name_cell, sur)  # "Lawrence Q." / "Roeberger<TAB>Acme"
            if taken:
                typed = typed.replace(name_cell, f"{name_cell} {sur}", 1)
            row = _tab_row(typed, table, cur, section, line_start, line_end, flush, alone,
                           lambda: rows_apart_below(next_lines(text, pos, stop),
                                                    lambda x: _tab_starts_row(x, table)))
            if row is None and gap and not address and not (
                    len(s.split()) <= MAX_FOOTER_WORDS and not tab_cells(typed, table.tabs,
                                                                         table.margin)[0]):
                break  # after a blank line, a line that is no row (nor a page's footer "I - 2")
            cur, gap = row, False
            groups[-1].table_read = groups[-1].table_read or row is not None
            continue
        if table.bounds is None:  # an HTML table: one row a line
            if " | " not in line:
                if len(s.split()) >= 6:
                    break  # a paragraph after the table
                continue
            groups[-1].table_read = True
            cells = [c.strip() for c in line.split(" | ")]
            name, title = _split_name(cells[0])
            role = cells[table.role] if table.role is not None and table.role < len(cells) \
                else ""
            if not _is_person(name, titled=is_title_cell(role)):
                continue
            cur = _Row(name, [title], section, table.occupation_only, line_start, line_end,
                       [role])
            flush()
            continue
        groups[-1].table_read = True
        cells = _cells(line)
        if len(cells) == 1 and len(s) > 60 and table.column(cells[0][0]) == 0:
            break  # a paragraph across the columns: the roster has ended
        cols: dict[int, list[str]] = {}
        for at, c in cells:
            cols.setdefault(table.column(at), []).append(c)
        if taken:  # the surname the row above took
            cols.pop(0, None)
        first = " ".join(cols.get(0, []))
        below = next_lines(text, pos, stop, 1, screen) if not taken and first.endswith(".") else []
        sur = " ".join(c for at, c in _cells(below[0]) if table.column(at) == 0) if below else ""
        taken = wrapped_surname(first, sur)  # "Jane Q." / "Roeberger": one name
        first = f"{first} {sur}" if taken else first
        name, title = _split_name(first)
        role = " ".join(cols.get(table.role, [])) if table.role is not None else ""
        if gap and prose_lead and not (first and _is_person(name)):
            break  # after a blank line, a line that is no row ends the roster
        gap = False
        full = _fills_row(cur, len(cols), len(table.bounds) + 1, name)
        person = bool(first) and _is_person(name)
        wraps = cur is not None and not table.name_has_title and not full \
            and (_continues(cur.roles, role) or (
                role_above and employer_goes_on(cur.roles, role, table.name_has_address)
                and (not person or not is_named_person(name) and (  # no row starts here
                    table.spaced or rows_apart_below(
                        next_lines(text, pos, stop, screen=screen),
                        lambda x: _starts_row(x, table))))))
        role_above = bool(role)
        if person and not wraps:
            flush()
            cur = _Row(name, [title], section, table.occupation_only, line_start, line_end)
            table.spaced = table.spaced or (row_gap and table.rows_read > 0)
            table.rows_read, row_gap = table.rows_read + 1, False
        elif cur is None:
            continue
        elif first and table.name_has_title:
            cur.title.append(first)
        elif first and wraps and not title and _name_goes_on(first, table):
            # "Maria Fernanda" / "Garcia Lopez": one name
            cur.name = f"{cur.name} {first}"
        if table.role is not None and cols.get(table.role):
            cur.roles.append(" ".join(cols[table.role]))
        cur.end = line_end
    flush()
    return [Roster(orgs=g.orgs, term=term if g.from_lead else None, rows=g.rows,
                   evidence=g.evidence) for g in groups if g.rows]
