"""Compact cover pages: one "Item N:" row per cover row, its value after tabs or below it.

Some large filers print each cover page as a short list of numbered rows instead of the
form's table, the row numbers those of the 13G cover (1 name, 4 citizenship, 5-8 powers,
9 aggregate, 11 percent, 12 type) or of the 13D cover (6 citizenship, 7-10 powers, 11 aggregate,
13 percent, 14 type), each page opened by row 1 naming the reporting person. A page with a
row 13 or 14 is a 13D cover (a 13G cover has twelve rows); any other a 13G cover.
The value stands after tabs on the row's line:

    Item 1: <tab>Reporting Person - Acme Holdings LLC
    Item 4: <tab>Delaware
    Item 5: <tab>2,261,276
    ...
    Item 11: <tab>8.302%
    Item 12: <tab>HC

or on the line under the row's label, printed in capitals:

    Item  1:    REPORTING PERSONS
                Acme Advisors Inc. (Tax ID: 12-3456789)
    Item  9:    AGGREGATE AMOUNT BENEFICIALLY OWNED --
                2,542,287         ** see Note 1 **
    Item 11:    PERCENT OF CLASS REPRESENTED BY LINE 9 --
                 5.30

Each page is read into the same :class:`~graphkit.parsers.schedule13_cover_page.CoverPage` as a
cover in the form's layout. The tab after the colon, or the label in capitals, tells these
rows from the statement's own items ("Item 1(a). Name of Issuer:").

>>> from graphkit.source import SourceText
>>> t = ("Item 1: \\t\\tReporting Person - Acme Holdings LLC\\nItem 4: \\t\\tDelaware\\n"
...      "Item 5: \\t\\t2,000\\nItem 6: \\t\\t0\\nItem 9: \\t\\t2,000\\nItem 11: \\t\\t5.1%\\n"
...      "Item 12: \\t\\tHC\\n")
>>> [cp] = find_compact_cover_pages(SourceText(path="x.txt", text=t))
>>> cp.names[0].value, cp.jurisdiction[0].value, cp.first("sole_voting"), cp.first("percent")
('Acme Holdings LLC', 'Delaware', 2000, 5.1)
>>> cp.type_codes.value
'HC'

The same rows of a 13D cover, where row 7 is sole voting and row 13 the percent:

>>> t = ("Item 1: \\tReporting Person - Acme Holdings LLC\\nItem 6: \\tDelaware\\n"
...      "Item 7: \\t1,500\\nItem 9: \\t2,000\\nItem 11: \\t2,500\\nItem 13: \\t5.1%\\n"
...      "Item 14: \\tHC\\n")
>>> [cp] = find_compact_cover_pages(SourceText(path="x.txt", text=t))
>>> [cp.first(f) for f in ("sole_voting", "sole_dispositive", "aggregate", "percent")]
[1500, 2000, 2500, 5.1]
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.models import Reading
from graphkit.ocr import read_quantity, read_type_codes
from graphkit.parsers.place_of_organization import read_place
from graphkit.parsers.cue_search import finditer_lines, fold_text
from graphkit.parsers.schedule13_cover_page import CoverPage
from graphkit.parsers.schedule13_cover_patterns import NAME_ID_SUFFIX, SEE_REFERENCE
from graphkit.parsers.voting_power import find_class_percents
from graphkit.parsers.tab_stops import at_tab_stop
from graphkit.source import SourceText

#: A compact cover row: "Item 9: \t   \t15,008,699" (a tab after the colon; never "Item 1(a)."),
#: its colon also typed as a full stop, "Item 9. \t15,008,699" (the rows end at the statement's
#: own "Item 1." that names no reporting person: see :func:`find_compact_cover_pages`),
#: or its label in capitals and its value on the next line: "Item  9:    AGGREGATE AMOUNT
#: BENEFICIALLY OWNED --\n            2,542,287" (group ``below``; tried first, so that a label
#: typed after a tab, "Item 1:\tREPORTING PERSONS\n\tAcme Fund", is not read as the value;
#: a next row is no value below: "  Item 4:\tDELAWARE\n  Item 5:\t2,079" is row 4's value).
#: Up to eight blanks part "Item" from its number: "Item    1:      REPORTING PERSONS" is
#: "Item\t1:\tREPORTING PERSONS" with its tabs expanded to 8-column stops. "ITEM" may be in
#: capitals and the stop a dash after a blank: "ITEM 9 -    AGGREGATE AMOUNT ..." (read as a full
#: stop: the rows end at the statement's own "ITEM 1 -")
_COMPACT_ROW = r"""
    ^[\s#*>]*(?:Item|ITEM)[ \t]{{0,8}}(?P<num>\d{{1,2}})(?P<stop>[:.]|[ \t]+[-–](?=[ \t]))
    (?:[ \t]+(?P<label>[A-Z][A-Z0-9 ,()/]*[A-Z0-9)])(?:[ \t]*--?)?[ \t]*\n   # "AGGREGATE ... --"
       [ \t]+(?![\s#*>]*(?:Item|ITEM)[ \t]{{0,8}}\d{{1,2}}(?:[:.]|[ \t]+[-–][ \t]))
                                                                # not "Item 5:", "ITEM 5 -"
       (?P<below>\S[^\n]*?)[ \t]*$                                          # "  2,542,287"
      |{gap}(?P<value>[^\n]*?)[ \t]*$)                                      # "\t15,008,699"
"""
COMPACT_ROW = regex_cache.compile(_COMPACT_ROW.format(gap=r"[ ]*\t[ \t]*"), re.M | re.VERBOSE)
#: :data:`COMPACT_ROW` with its tabs expanded to 8-column stops, its value after blanks:
#: "Item 1: Reporting Person - Acme LLC" (the stop one space on), "Item 11:        8.302%";
#: read only where no tab-typed row opens a page, and only a value at a stop (see
#: :func:`find_compact_cover_pages`): "Item 4:  Ownership" is no row
COMPACT_ROW_SPACED = regex_cache.compile(_COMPACT_ROW.format(gap=r"[ ]+"), re.M | re.VERBOSE)
#: Row 1 of a compact cover: "Reporting Person - Acme Holdings LLC", its label also the
#: form's: "NAME OF REPORTING PERSON: Acme GP LLC"
COMPACT_NAME = regex_cache.compile(r"""
    ^(?:Names?\s+of\s+)?Reporting\s+Persons?\s*[-–:]\s*(?P<name>\S.*)$
""", re.VERBOSE | re.IGNORECASE)
#: The title of the statement's own Item 1, where the compact cover rows are over: "Security
#: and Issuer." (a 13D's), "Name of Issuer:", "Name and Address of Issuer: Roe Corp.", "(a)
#: Name of Issuer", "Issuer: Roe Corp." (a 13G's), in any case; never a row 1 the reader does
#: not know: "NAME OF REPORTING PERSON"
ISSUER_ITEM_TITLE = regex_cache.compile(r"""
    ^(?:\(a\)[ \t]*)?(?:Security[ \t]+and[ \t]+Issuer
      |Name[ \t]+(?:and[ \t]+Address[ \t]+)?of[ \t]+(?:the[ \t]+)?Issuer
      |Issuer)(?![A-Za-z])
""", re.VERBOSE | re.IGNORECASE)
#: A word of the statement's Item 1 title, after the last cover, in a wording the reader does
#: not know: "Issuer" of "Item 1:\tThe Issuer is Roe Corp.", "Security" (not "Name: Jane Roe",
#: an unread cover's row 1)
ISSUER_WORD = regex_cache.compile(r"""(?<![A-Za-z])(?:issuers?|security|securities)(?![A-Za-z])""",
                                  re.VERBOSE | re.IGNORECASE)
#: The label of row 1 when its value, the name, is on the next line: "REPORTING PERSONS"
COMPACT_NAME_LABEL = regex_cache.compile(r"""^(?:NAMES?\s+OF\s+)?REPORTING\s+PERSONS?$""", re.VERBOSE)
#: A percent row's bare number, without "%": " 5.30"
COMPACT_BARE_PERCENT = regex_cache.compile(r"""^(?P<num>\d{1,2}(?:\.\d{1,4})?|100(?:\.0+)?)(?:\s|$)""",
                                           re.VERBOSE)

#: The field of each compact row number (the 13G cover's rows)
COMPACT_FIELDS = {4: "citizenship", 5: "sole_voting", 6: "shared_voting", 7: "sole_dispositive",
                  8: "shared_dispositive", 9: "aggregate", 11: "percent", 12: "type"}
#: The field of each compact row number on a 13D cover (rows 13 and 14 tell one: a 13G cover
#: has twelve rows)
COMPACT_FIELDS_13D = {6: "citizenship", 7: "sole_voting", 8: "shared_voting",
                      9: "sole_dispositive", 10: "shared_dispositive", 11: "aggregate",
                      13: "percent", 14: "type"}
#: The first row number found only on a 13D cover
FIRST_13D_ROW = 13


def find_compact_cover_pages(src: SourceText, start: int = 0, end: int | None = None
                             ) -> list[CoverPage]:
    """Every compact cover page in ``src.text[start:end]``, in order (none when its text has
    no row 1 naming a reporting person).

    See also
    --------
    graphkit.parsers.schedule13_cover.find_cover_pages
    """
    end = len(src.text) if end is None else end
    pages = _pages(src, list(finditer_lines(COMPACT_ROW, src.text, fold_text(src.text), "item",
                                            start, end)))
    if pages or "\t" in src.text[start:end]:
        return pages
    return _pages(src, [m for m in finditer_lines(COMPACT_ROW_SPACED, src.text,
                                                  fold_text(src.text), "item", start, end)
                        if m["value"] is None or at_tab_stop(src.text, m.start("value"))])


def in_compact_row_one(text: str, at: int) -> bool:
    """Whether ``at`` (a "Name of Reporting Person" label) stands in a compact cover's row 1,
    typed with its tab: "ITEM 1 -\\tNAME OF REPORTING PERSON: Acme GP LLC" (the compact rows'
    page, not a cover in the form's layout).

    >>> in_compact_row_one("ITEM 1 -\\tNAME OF REPORTING PERSON: Acme GP LLC", 9)
    True
    >>> in_compact_row_one("1.  NAME OF REPORTING PERSON\\n    Acme GP LLC", 4)
    False
    """
    m = COMPACT_ROW.match(text, text.rfind("\n", 0, at) + 1)
    return m is not None and m["num"] == "1" and m.end() > at


def _pages(src: SourceText, rows: list[re.Match[str]]) -> list[CoverPage]:
    """The compact cover pages that ``rows`` (of :data:`COMPACT_ROW`) open and fill."""
    pages: list[CoverPage] = []
    page_rows: list[list[re.Match[str]]] = []
    for k, m in enumerate(rows):
        group = "value" if m["value"] is not None else "below"
        num, value = int(m["num"]), m[group]
        vs, ve = m.start(group), m.end(group)
        if num == 1:
            if group == "value" and (named := COMPACT_NAME.match(value)) is not None:
                raw, ns = named["name"], vs + named.start("name")
            elif group == "below" and COMPACT_NAME_LABEL.match(m["label"]):
                raw, ns = value, vs
            elif pages and ISSUER_ITEM_TITLE.match(m["label"] if group == "below" else value):
                break  # the statement's "Item 1. \tName of Issuer": the cover rows are over
            else:
                last = pages and not any(int(r["num"]) == 1 for r in rows[k + 1:])
                if last and ISSUER_WORD.search(m["label"] if group == "below" else value):
                    break  # no cover after it: the statement's Item 1 under another title
                if pages:  # the rows up to the next row 1 are no row of the page before
                    pages[-1].warnings.append(src.warn(
                        "compact-cover-unread", f"{src.path}: a compact cover's row 1 names no "
                        f"reporting person: {' '.join(value.split())[:60]!r}; its page is not "
                        "read", m.start("num")))
                if last:
                    break  # the last row 1, "ITEM 1 -\tName: Jane Roe": none follows to read
                continue
            name = NAME_ID_SUFFIX.sub("", " ".join(raw.split()))  # "(Tax ID: 12-3456789)"
            i = len(pages) + 1
            section = f"cover page {i}"
            cp = CoverPage(index=i, start=m.start(), end=m.end(),
                           evidence=src.evidence(m.start(), m.end(), section=section),
                           names=[Reading(field="name", raw=raw, value=name,
                                          evidence=src.evidence(ns, ve, section=section))])
            pages.append(cp)
            page_rows.append([])
        elif pages and (not page_rows[-1] or num > int(page_rows[-1][-1]["num"])):
            page_rows[-1].append(m)  # the rows ascend: "Item 4: Ownership" after "Item 12:" is
            # the statement's, no row of the cover
    for cp, found in zip(pages, page_rows):
        _read_rows(src, cp, found)
    return pages


def _read_rows(src: SourceText, cp: CoverPage, rows: list[re.Match[str]]) -> None:
    """Read the rows after row 1 into ``cp``, numbered as on a 13D cover when one of them is
    row 13 or 14, else as on a 13G cover."""
    is_13d = any(int(m["num"]) >= FIRST_13D_ROW for m in rows)
    fields = COMPACT_FIELDS_13D if is_13d else COMPACT_FIELDS
    for m in rows:
        group = "value" if m["value"] is not None else "below"
        num, value = int(m["num"]), m[group]
        vs, ve = m.start(group), m.end(group)
        cp.end = m.end()
        fld = fields.get(num)
        ev = src.evidence(vs, ve, section=f"cover page {cp.index}")
        if fld == "citizenship":
            # "See Item 2(c)": the place is stated there
            r = None if SEE_REFERENCE.match(value) else read_place(value, evidence=ev)
            if r is not None:
                cp.jurisdiction.append(r)
        elif fld == "percent":
            found = [r.model_copy(update={"evidence": ev})
                     for _, _, r in find_class_percents(value)[:1]]
            bare = COMPACT_BARE_PERCENT.match(value) if not found else None
            if bare is not None:  # " 5.30" under "PERCENT OF CLASS ..."
                found = [Reading(field=fld, raw=bare["num"], value=float(bare["num"]),
                                 evidence=ev)]
            cp.values.setdefault(fld, []).extend(found)
        elif fld == "type":
            cp.type_codes = read_type_codes(value, evidence=ev)
        elif fld is not None:
            q = read_quantity(value, fld, ev)
            if q is not None:
                cp.values.setdefault(fld, []).append(q)
