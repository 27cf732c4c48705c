"""Schedule 13D/13G cover pages read from text: one :class:`CoverPage` per reporting person.

A cover page is a table of numbered rows (13G: 1-12, 13D: 1-14): name of reporting person,
citizenship or place of organization, sole/shared voting and dispositive power, aggregate
amount, percent of class, type of reporting person. In text renderings the rows come in every
layout: one row per line, value on the next line, tab-split cells, left-margin words
("Number of Shares Beneficially Owned by Each Reporting Person With") interleaved, and in OCR'd
paper two cover pages run together with repeated fragments. This module therefore reads by
*labels*, not by line: each row label opens a region that runs to the next label, and every
value found in a region is kept as a candidate :class:`~graphkit.models.Reading`. Choosing among
candidates (by the filing's own arithmetic) is done by
:mod:`graphkit.parsers.schedule13_reconcile`; the name row's cell is read by
:mod:`graphkit.parsers.schedule13_cover_names`.

Examples
--------
>>> from graphkit.source import SourceText
>>> text = ("1. Names of Reporting Persons.  Acme Fund, L.P.\\n"
...         "4. Citizenship or Place of Organization   Delawa re\\n"
...         "5. Sole Voting Power  5.639,301 6. Shared Voting Power  iil\\n"
...         "9. Aggregate Amount Beneficially Owned by Each Reporting Person 5,639,301\\n"
...         "11. Percent of Class Represented by Amount in Row (9)  17.42%\\n"
...         "12. Type of Reporting Person (See Instructions)  PN\\n")
>>> [cp] = find_cover_pages(SourceText(path="x.txt", text=text))
>>> cp.names[0].value, cp.jurisdiction[0].value, cp.first("sole_voting"), cp.first("aggregate")
('Acme Fund, L.P.', 'Delaware', 5639301, 5639301)
>>> cp.first("shared_voting"), cp.first("percent"), cp.type_codes.value
(0, 17.42, 'PN')
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from graphkit import regex_cache
from graphkit.models import Identifier, IdentifierScheme, Party, PartyKind, Reading
from graphkit.ocr import find_percents, quantity_tokens, read_quantity, read_type_codes
from graphkit.parsers.cue_search import finditer_lines, fold_text
from graphkit.parsers.schedule13_cover_classes import may_name_class, read_class_cells
from graphkit.parsers.schedule13_cover_compact import find_compact_cover_pages, in_compact_row_one
from graphkit.parsers.schedule13_depositary import read_depositary_cell
from graphkit.parsers.schedule13_cover_names import (is_party_name, read_name_above,
                                                      read_name_cell, split_cells, without_lead)
from graphkit.parsers.schedule13_citizenship import read_citizenship_cell, stated_reading
from graphkit.parsers.stated_places import read_stated_places
from graphkit.parsers.schedule13_cover_page import CoverPage
from graphkit.parsers.schedule13_cover_warnings import (
    warn_damaged_number, warn_damaged_percent, warn_percent_cell, warn_unread_number)
from graphkit.parsers.schedule13_percent_bound import percent_bound, states_bound
from graphkit.parsers.schedule13_cover_patterns import (  # noqa: F401  (re-exported)
    BARE_PERCENT, BROKEN_LINE_ROW_NUMBER, BROKEN_ROW_CELL_NUMBER, COLON_DASH_CELL, CUSIP_REF,
    DASH_CELL, DASH_LINE_END, DASHED_ZERO_PERCENT, DOTTED_PLACE, DOUBLE_SPACED_REST, FIRST_ITEM,
    FOOTNOTE_MARK, IRS_NUMBER, UNDASHED_IRS_NUMBER,
    LEADING_DOT_PERCENT, LESS_THAN, LINE_ROW_NUMBER, MARGIN_WORDS, NAME_CELL_LEAD, OPEN_CAPACITY,
    NAME_ID_SUFFIX, NINE_DIGITS, NIL_WORD, NONE_WORD, NON_SPACE_RUN, NUMBER_LIKE, NUMBER_TOKEN,
    ORGANIZATION_END, PERCENT_SIGN_CELL, PLACE_AFTER_REFERENCE, REFERENCE_AFTER_PLACE,
    SEE_REFERENCE,
    PAGE_REF, QUANTITY_FIELDS, ROW_AGGREGATE, ROW_CELL_NUMBER, ROW_CITIZENSHIP, ROW_EXCLUDES,
    ROW_GROUP, ROW_IRS, ROW_LABELS, ROW_LEGAL, ROW_NAME, ROW_NUMBER, ROW_NUMBER_ENDS,
    ROW_PERCENT, ROW_REF, ROW_SEC_USE, ROW_SHARED_DISPOSITIVE, ROW_SHARED_VOTING,
    ROW_SOLE_DISPOSITIVE, ROW_SOLE_VOTING, ROW_SOURCE, ROW_TYPE, TRAILING_ROW_NUMBER,
    TYPE_CODE_LINE, WRAPPED_LINE_MIN, ZERO_DASH_PERCENT)
from graphkit.parsers.schedule13_cover_search import (  # noqa: F401  (re-exported)
    blank_label_row_numbers, blank_opening_row_number, clean_cover_text, fold_case, _LabelFinder,
    _READ_FIELDS, _blank_trailing_row_number, _citizenship_rows, _finditer_at, _labels,
    _organization_ends)
from graphkit.parsers.schedule13_dashes import dash_reading, dash_zeros
from graphkit.parsers.type_codes import kind_from_type_codes
from graphkit.parsers.voting_power import of_voting_power
from graphkit.source import SourceText


#: The row numbers of each field on the 13G and the 13D cover (13G 5 = 13D 7, ...).
FIELD_ROWS: dict[str, tuple[int, int]] = {
    "citizenship": (4, 6), "sole_voting": (5, 7), "shared_voting": (6, 8),
    "sole_dispositive": (7, 9), "shared_dispositive": (8, 10), "aggregate": (9, 11),
    "excludes": (10, 12), "percent": (11, 13), "type": (12, 14),
}

#: Labels that only a real cover page has (a "Name of Reporting Person" column heading of a
#: transactions table has none of them after it); the citizenship row is looked for with
#: :func:`_citizenship_rows`.
_COVER_BODY = ("sole_voting", "aggregate", "percent", "type")


#: The row numbers of each field's row and its neighbours, on either form.
_NEAR_ROWS = {fld: frozenset(n + d for n in rows for d in (-1, 0, 1))
              for fld, rows in FIELD_ROWS.items()}


def blank_row_numbers(region: str, field: str) -> str:
    """Blank bare row numbers of ``field`` or its neighbours standing alone on a line.

    >>> blank_row_numbers("\\n      5\\n  NUMBER OF   -0-", "sole_voting").split()
    ['NUMBER', 'OF', '-0-']
    >>> blank_row_numbers("\\n  BENEFICIALLY   6\\n  NONE", "shared_voting").split()
    ['BENEFICIALLY', 'NONE']
    >>> blank_row_numbers("\\n  25\\n", "sole_voting").split()
    ['25']
    """
    near = _NEAR_ROWS.get(field)
    if near is None:
        return region
    parts: list[str] = []
    last = 0
    for m in BROKEN_LINE_ROW_NUMBER.finditer("\n" + region):  # as LINE_ROW_NUMBER.sub would
        if int(m["num"]) in near:
            parts += [region[last:m.start()], m["pre"], " " * len(m["num"])]
            last = m.end() - 1
    if not parts:
        return region
    parts.append(region[last:])
    return "".join(parts)


def find_cover_pages(src: SourceText, start: int = 0, end: int | None = None,
                     security_class: Optional[str] = None) -> list[CoverPage]:
    """Every cover page in ``src.text[start:end]``, in order, with all candidate readings.
    ``security_class``, the title of class the front page names, tells a cell's count of
    the class from that of depositary shares or the shares they stand for
    (:mod:`graphkit.parsers.schedule13_depositary`).

    A cover page starts at each "Name of Reporting Person" row label; a fragment whose name
    row is empty (a torn repeat) is still returned, with no names, for the caller to merge.
    A text without those labels may print its covers as compact "Item N:" rows
    (:mod:`graphkit.parsers.schedule13_cover_compact`).

    See also
    --------
    graphkit.parsers.schedule13_reconcile.choose_values
    """
    end = len(src.text) if end is None else end
    text = src.text
    in_text = _LabelFinder(text, start, end, fold_text(text))
    found = [m.start() for m in in_text.finditer("name", start, end)]
    starts: list[int] = []
    for i, s in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else min(end, s + 6000)
        if not starts or any(in_text.search(fld, s, nxt) is not None
                             for fld in _COVER_BODY + ("citizenship",)):
            starts.append(s)
    if not starts or all(in_compact_row_one(text, s) for s in starts):
        # no row labels: perhaps the compact layout of "Item N:" rows, whose row 1 may hold
        # the label ("ITEM 1 -\tNAME OF REPORTING PERSON: Acme GP LLC")
        compact = find_compact_cover_pages(src, start, end)
        if compact or not starts:
            return compact
    # FIRST_ITEM opens with a "^[\s#*>]*" lead and then "Item": tried at each "item" only
    m1 = next(finditer_lines(FIRST_ITEM, text, in_text.fold, "item", starts[-1], end), None)
    area_end = m1.start() if m1 else end
    clean = clean_cover_text(text[:area_end], in_text.fold)  # its fold: a prefix of this one
    bounds = list(zip(starts, starts[1:] + [area_end]))
    page_labels = _labels(_LabelFinder(clean, starts[0], area_end), bounds)
    pages: list[CoverPage] = []
    for (s, e), labels in zip(bounds, page_labels):
        cp = CoverPage(index=len(pages) + 1, start=s, end=e,
                       evidence=src.evidence(s, min(e, s + 300),
                                             section=f"cover page {len(pages) + 1}"))
        section = f"cover page {cp.index}"
        name_regions: list[tuple[int, int]] = []
        dashes: dict[str, Reading] = {}  # rows printed as a lone "-" (zero if the page agrees)
        percent_dash = False
        for k, (ls, le, fld) in enumerate(labels):
            rs, re_ = le, labels[k + 1][0] if k + 1 < len(labels) else e
            if fld == "group" and not cp.names and name_regions:
                name_regions.append((rs, re_))
            if fld not in _READ_FIELDS:
                continue  # a row whose cell is never read
            if fld in ("name", "irs"):
                name_regions.append((rs, re_))
                # row numbers are not blanked first: a row number is a number of its own, never
                # a digit of an I.R.S. number nor one beside it ("12-3456789" has no digit to
                # either side), so blanking them changes no IRS_NUMBER match
                region = clean[rs:re_]
                m = IRS_NUMBER.search(region) if "-" in region else None  # "12-3456789"
                if m and not cp.irs_number:
                    cp.irs_number = m["ein"]
                elif not m and not cp.irs_number:
                    bare = UNDASHED_IRS_NUMBER.search(region) if NINE_DIGITS.search(region) \
                        else None  # "943112180"
                    if bare:
                        cp.irs_number = f"{bare['ein'][:2]}-{bare['ein'][2:]}"
                        cp.irs_undashed = True
                continue
            region = blank_label_row_numbers(blank_row_numbers(_blank_trailing_row_number(
                clean[rs:re_]), fld), _NEAR_ROWS.get(fld))
            if fld in FIELD_ROWS:  # "SOLE VOTING POWER 5 NUMBER OF 800": the row's own number
                region = blank_opening_row_number(region, FIELD_ROWS[fld])
            if fld == "citizenship":
                stated = read_stated_places(src, rs, re_, section, clean)  # "X is a Maltese
                if len({sp.place.code for sp in stated}) > 1:  # corporation and Y is a ..."
                    cp.stated_places += stated
                    continue
                place = stated_reading(stated[0]) if stated else \
                    read_citizenship_cell(src, region, rs, section)
                if place is not None:
                    cp.jurisdiction.append(place)
            elif fld in QUANTITY_FIELDS:
                if "NONE" in region:
                    region = NONE_WORD.sub("None", region)  # same length: offsets kept
                if "Nil" in region or "NIL" in region:
                    region = NIL_WORD.sub("nil", region)
                read_spans = []
                for qs, qe, tok in quantity_tokens(region):
                    r = read_quantity(tok, fld, src.evidence(rs + qs, rs + qe, section))
                    if r is not None:
                        cp.values.setdefault(fld, []).append(r)
                        read_spans.append((qs, qe))
                if warn_damaged_number(src, cp, fld, region, rs, read_spans):
                    cp.values.pop(fld, None)  # never another number of the cell
                    continue
                read_depositary_cell(src, cp, fld, region, rs, security_class)  # "625,000 ADSs"
                if fld not in cp.values and "%" in region:
                    warn_percent_cell(src, cp, fld, region, rs)
                dash = _dash_cell(region)
                if dash is not None and fld not in cp.values:
                    dashes[fld] = dash_reading(fld, src.evidence(rs + dash, rs + dash + 1,
                                                                 section))
                elif fld not in cp.values and "%" not in region:
                    warn_unread_number(src, cp, fld, region, rs)
            elif fld == "percent":
                last = 0
                if " ." in region or "\t." in region:  # each LEADING_DOT_PERCENT opens so
                    region = LEADING_DOT_PERCENT.sub(r"0\g<p>", region)  # same length
                if "|" in region:  # "9.1 | %": the sign in a cell of its own, same length
                    region = PERCENT_SIGN_CELL.sub(lambda m: " " * len(m[0]), region)
                if ZERO_DASH_PERCENT.search(region):  # "-0-%": as "0%", of the same length
                    region = DASHED_ZERO_PERCENT.sub(lambda m: "0".rjust(len(m[0])), region)
                if states_bound(region):  # "Less than 1%": no percent (1.0 would be wrong)
                    cp.percent_bound = percent_bound(src, region, rs, section)
                    continue
                found_pct = find_percents(region)
                if not found_pct:
                    found_pct = _bare_percent(region)
                found_pct = _of_class(src, cp, region, rs, found_pct)
                cell = text[rs:re_]  # as printed: a "7." of "4.3 7." is no row number
                if ("x" in cell or "X" in cell or " 7." in cell) and \
                        warn_damaged_percent(src, cp, cell, rs, found_pct):
                    continue
                percent_dash = percent_dash or (not found_pct and _dash_cell(region) is not None)
                for ps, pe, r in found_pct:
                    ev = src.evidence(rs + ps, rs + pe, section)
                    cp.values.setdefault("percent", []).append(
                        r.model_copy(update={"evidence": ev}))
                    last = pe
                if cp.type_codes is None and last:
                    tc = read_type_codes(type_cell(region[last:]))
                    if tc is not None:
                        cp.type_codes = tc.model_copy(update={
                            "evidence": src.evidence(rs + last, re_, section)})
            elif fld == "type":
                # the row nearly always holds a code: its evidence is made with the reading,
                # not copied in after (a reading is frozen)
                tc = read_type_codes(type_cell(region), evidence=src.evidence(rs, re_, section))
                if tc is not None:
                    cp.type_codes = tc
            if (fld in QUANTITY_FIELDS or fld == "percent") and may_name_class(region):
                read_class_cells(src, cp, fld, region, rs, security_class)  # "Class A: 1,000,000" / "Class B: ..."
        for fld, r in dash_zeros(cp.values, dashes, percent_dash).items():
            cp.values[fld] = [r]
        for rs, re_ in name_regions:
            r = read_name_cell(src, clean, rs, re_)
            if r is not None:
                cp.names.append(r)
                break
        if not cp.names and labels and labels[0][2] == "name":  # "Acme Ltd." above the caption
            r = read_name_above(src, clean, s, pages[-1].start if pages else start)
            if r is not None:
                cp.names.append(r)
        pages.append(cp)
    return pages


def type_cell(region: str) -> str:
    r"""The type-of-reporting-person cell of a row region: up to its first line holding a code,
    and the lines of codes only (:data:`TYPE_CODE_LINE`) after it; not the text below the
    cover that the region runs into (a footnote naming "Acme S.A." holds no code "SA").

    >>> type_cell(" HC, CO\n\n(1) Acme S.A. holds the shares\n")
    ' HC, CO'
    >>> type_cell("\n   CO\n   HC\n- ----\nCUSIP")
    '\n   CO\n   HC'
    """
    end = None
    pos = 0
    for line in region.split("\n"):
        line_end = pos + len(line)
        if end is None:
            if read_type_codes(line) is not None:
                end = line_end
        elif TYPE_CODE_LINE.match(line):
            end = line_end
        elif line.strip():
            break
        pos = line_end + 1
    return region if end is None else region[:end]


def _of_class(src: SourceText, cp: CoverPage, region: str, rs: int,
              found: list[tuple[int, int, Reading]]) -> list[tuple[int, int, Reading]]:
    """The percents of a percent row's ``region`` (at ``rs``) that are of the class: a percent
    of the votes ("62.5% of the combined voting power", :func:`of_voting_power`) is left out,
    with a warning (another measure, never the percent of class)."""
    kept = [f for f in found if not of_voting_power(region, f[1])]
    for ps, _, r in (f for f in found if f not in kept):
        cp.warnings.append(src.warn(
            "percent-of-voting-power", f"{src.path}: cover page {cp.index}: the percent row "
            f"states {r.raw} of the voting power, not of the class; left out", rs + ps))
    return kept


def _dash_cell(region: str) -> Optional[int]:
    r"""Where a row region's only cell is a lone dash (:data:`DASH_CELL`) on a line of its own;
    None otherwise.

    >>> _dash_cell("\n\t\t-\n\t------------\n"), _dash_cell("\n- ---\n")
    (3, None)
    >>> _dash_cell("\n  -\n  1,000\n")   # a number beside it: the dash is no cell
    >>> _dash_cell(" -          \n")   # after the label: punctuation
    >>> _dash_cell(": -\n\n")   # after the label's colon: the cell
    2
    """
    if "-" not in region and "–" not in region and "—" not in region:
        return None  # no dash at all (most rows): DASH_CELL, tried at every line, finds none
    # on a line of its own: after the label on the label's line ("SHARED VOTING POWER -  "),
    # a dash is the label's punctuation, unless a colon is ("SHARED VOTING POWER: -")
    cells = []
    first_break = region.find("\n")
    if first_break != -1:
        # a DASH_CELL match is one whole line, ending where DASH_LINE_END does: only such
        # lines after the label's are tried, each from its start
        for end in DASH_LINE_END.finditer(region, first_break + 1):
            m = DASH_CELL.match(region, region.rfind("\n", 0, end.start()) + 1)
            if m is not None:
                cells.append(m)
    colon = COLON_DASH_CELL.match(region)
    if colon is not None:
        cells.append(colon)
    if len(cells) != 1 or NUMBER_TOKEN.search(region):
        return None
    return cells[0].start("dash")


def _bare_percent(region: str) -> list[tuple[int, int, Reading]]:
    """A percent row's value printed without "%" ("24.05"), when it is the row's only cell.

    >>> [(r.value, r.note) for _, _, r in _bare_percent("\\n24.05\\n")]
    [(24.05, 'printed without %')]
    """
    cells = [m for m in BARE_PERCENT.finditer(region)]
    numbers = NUMBER_TOKEN.findall(region)
    if len(cells) != 1 or len(numbers) != 1:
        return []
    m = cells[0]
    return [(m.start("num"), m.end("num"), Reading(field="percent", raw=m["num"],
                                                 value=float(m["num"]), note="printed without %"))]


#: How far a cover page's rows run past its percent cell when no type-of-reporting-person cell
#: was read (row 14 left blank): row 14's label and an empty cell (characters)
ROW_14_CHARS = 400


def cover_rows_end(cp: CoverPage, src: SourceText) -> int:
    """Where the rows of a cover page end: after its type-of-reporting-person cell if read,
    else after row 14 below its percent cell (row 14 left blank: the paragraph after the cover
    that opens the statement, '... by Acme Corp. ("Acme")', is no cover row)."""
    ev = cp.type_codes.evidence if cp.type_codes is not None else None
    if ev is not None and ev.start is not None:
        return min(cp.end, src.text_pos(ev.start) + 200)
    percent = [r.evidence.start for r in cp.values.get("percent", [])[:1]
               if r.evidence is not None and r.evidence.start is not None]
    if percent:
        return min(cp.end, src.text_pos(percent[0]) + ROW_14_CHARS)
    return cp.end


def merge_fragments(covers: list[CoverPage]) -> list[list[CoverPage]]:
    """Group cover fragments: a fragment without a usable name continues the page before it.

    >>> a = CoverPage(index=1, start=0, end=5, names=[Reading(field="name", raw="Acme Fund, L.P.",
    ...                                                        value="Acme Fund, L.P.")])
    >>> b = CoverPage(index=2, start=5, end=9)
    >>> [[cp.index for cp in g] for g in merge_fragments([a, b])]
    [[1, 2]]
    """
    groups: list[list[CoverPage]] = []
    for cp in covers:
        named = [n for n in cp.names if is_party_name(str(n.value))]
        cp = cp.model_copy(update={"names": named})
        if named or not groups:
            if named:
                groups.append([cp])
        else:
            groups[-1].append(cp)
    return groups


def unnamed_pages(covers: list[CoverPage]) -> list[CoverPage]:
    """Cover pages without a usable name whose own aggregate is none of the numbers of the
    named page before: not a torn repeat of it (which restates its values, in any row) but a
    page whose name was lost, so its values belong to nobody the filing names. The caller
    warns; values are never given to the page before.

    >>> def page(i, name, agg):
    ...     names = [Reading(field="name", raw=name, value=name)] if name else []
    ...     return CoverPage(index=i, start=i, end=i + 1, names=names, values={"aggregate": [
    ...         Reading(field="aggregate", raw=str(agg), value=agg)]})
    >>> [cp.index for cp in unnamed_pages([page(1, "Acme Fund, L.P.", 100), page(2, "", 100),
    ...                                    page(3, "", 30)])]
    [3]
    """
    out: list[CoverPage] = []
    named_values: set = set()
    for cp in covers:
        agg = cp.first("aggregate")
        if any(is_party_name(str(n.value)) for n in cp.names):
            named_values = {r.value for f in QUANTITY_FIELDS for r in cp.values.get(f, [])}
        elif agg is not None and agg not in named_values:
            out.append(cp)
    return out


def cover_kind(cps: list[CoverPage]) -> Optional[PartyKind]:
    """The kind of reporting person the type codes of ``cps`` (one person's cover pages)
    state (:func:`~graphkit.parsers.type_codes.kind_from_type_codes`), or None.

    >>> cp = CoverPage(index=1, start=0, end=0)
    >>> cp.type_codes = Reading(field="type_codes", raw="IN", value="IN")
    >>> cover_kind([cp]).value, cover_kind([CoverPage(index=2, start=0, end=0)])
    ('person', None)
    """
    codes = [c for cp in cps if cp.type_codes is not None for c in str(cp.type_codes.value).split()]
    return kind_from_type_codes(codes) if codes else None


def apply_cover_facts(party: Party, cps: list[CoverPage]) -> None:
    """Give ``party`` what its cover pages state: jurisdiction, type codes, I.R.S. number.

    The jurisdiction is the one most pages agree on; repaired readings are kept on the party.
    """
    places = [r for cp in cps for r in cp.jurisdiction if r.value]
    if places and party.jurisdiction is None:
        party.jurisdiction = str(Counter(str(r.value) for r in places).most_common(1)[0][0])
    for r in places:
        if r.repaired and r not in party.readings:
            party.readings.append(r)
    for cp in cps:
        if cp.type_codes is not None:
            for code in str(cp.type_codes.value).split():
                if code not in party.type_codes:
                    party.type_codes.append(code)
            if cp.type_codes.repaired:
                party.readings.append(cp.type_codes)
        if cp.irs_number and not (cp.irs_undashed and party.kind == PartyKind.PERSON):
            ident = Identifier(scheme=IdentifierScheme.IRS_EIN, value=cp.irs_number)
            if ident not in party.identifiers:
                party.identifiers.append(ident)
