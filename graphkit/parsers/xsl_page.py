"""Reading a form page rendered by the SEC's XSL stylesheets (the HTML view of an XML filing).

EDGAR shows an electronic filing (the Form D ``primary_doc.xml``, for one) as an HTML page made
by an XSL stylesheet: numbered section titles (``<p class="SectionTitle">3. Related
Persons</p>``), printed labels (class ``FormText``), filled-in values (``FormData``) and check
boxes (``<td class="CheckBox">``, checked when it holds an ``X``). This module turns such a page
into what a form parser reads; it knows the rendering, not any form:

- :class:`XslPage`: the page cut into its sections, and evidence citing its HTML lines;
- :class:`FlatText`: elements flattened into :class:`Cell` s (label, value or box) in reading
  order, and into one line of text where each box is written ``☒``/``☐`` before its label, so
  that :mod:`~graphkit.parsers.checkboxes` reads it as it reads a paper form;
- :func:`read_fields`: the values of a table whose row of labels sits over a row of values,
  paired column by column; :func:`group_fields` cuts them into repeated blocks;
- :func:`find_row`: the row of a table that a label starts.

Caveat: a box is written before the label that follows it on the page, so a box printed *after*
its label (none in the Form D rendering) would be read with the next label.

Examples
--------
>>> from graphkit.source import SourceText
>>> html = '''<html><body>
... <p class="SectionTitle">1. Issuer's Identity</p>
... <table><tr><th class="FormText">Name of Issuer</th></tr>
... <tr><td class="FormData">Acme Fund, LP</td></tr></table>
... <table><tr><td class="CheckBox"><span class="FormData">X</span></td>
... <td class="FormText">Limited Partnership</td>
... <td class="CheckBox"> </td><td class="FormText">Corporation</td></tr></table>
... </body></html>'''
>>> page = XslPage(SourceText(path="d.html", text=html))
>>> [(f.label, f.text) for f in read_fields(page.section("1")[1])]
[('Name of Issuer', 'Acme Fund, LP')]
>>> flat = FlatText(page.section("1"))
>>> flat.text  # the section title is no cell
'Name of Issuer\\tAcme Fund, LP\\t☒ Limited Partnership\\t☐ Corporation'
>>> [b.label for b in flat.checked()]
['Limited Partnership']
>>> ev = page.evidence(page.section("1")[1:2], "issuer")
>>> (ev.line, ev.end_line, ev.text)
(3, 4, 'Name of Issuer Acme Fund, LP')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import NamedTuple, Optional

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from graphkit import regex_cache
from graphkit.errors import ParseError
from graphkit.models import Evidence
from graphkit.parsers.checkboxes import Checkbox, find_checkboxes, read_options
from graphkit.source import SourceText

#: A section heading: "3. Related Persons", "Signature and Submission".
SECTION_TITLE = regex_cache.compile(r"""
    ^\s*(?:(?P<number>\d{1,2})\.\s+)?(?P<title>\S.*?)\s*$     # 13. Offering and Sales Amounts
""", re.VERBOSE)

#: Class of a printed label: "FormText", "FormTextR", "SmallFormText", "MedSmallFormText".
LABEL_CLASS = regex_cache.compile(r"""
    ^(?:Small|MedSmall)?FormText[RC]?$     # FormTextC
""", re.VERBOSE)

#: Class of a filled-in value: "FormData", "FormDataR", "SmallFormData".
DATA_CLASS = regex_cache.compile(r"""
    ^(?:Small)?FormData[RC]?$     # FormData
""", re.VERBOSE)

#: Glyphs a box is written with in :attr:`FlatText.text`.
CHECKED, UNCHECKED = "☒", "☐"


class CellKind(str, Enum):
    """What a visible piece of the page is."""

    LABEL = "label"  # printed by the form: class FormText
    DATA = "data"  # filled in by the filer: class FormData, or a link
    BOX = "box"  # a check box: <td class="CheckBox">

    def __str__(self) -> str:
        return self.value


class Cell(NamedTuple):
    """One visible piece of the page: a label, a value, or a check box.

    ``text`` is the visible text with its white space collapsed (a box is ``☒`` or ``☐``);
    ``start`` its offset in the :attr:`FlatText.text` it belongs to.
    """

    kind: CellKind
    text: str
    el: HtmlElement
    start: int


def _visible(el: HtmlElement) -> Iterable[tuple[CellKind, HtmlElement]]:
    """The cells under ``el`` in reading order (a cell's own children are not cells)."""
    if not isinstance(el.tag, str):  # a comment or processing instruction
        return
    cls = el.get("class") or ""
    if el.tag == "td" and cls == "CheckBox":
        yield CellKind.BOX, el
    elif DATA_CLASS.match(cls) or el.tag == "a":
        yield CellKind.DATA, el
    elif LABEL_CLASS.match(cls):
        yield CellKind.LABEL, el
    else:
        for child in el:
            yield from _visible(child)


class FlatText:
    """Elements flattened into cells and into one line of text that the check-box reader reads.

    Cells are joined by a tab, except that a box and the label after it are joined by a space
    (``"☒ Director"``), as a paper form prints them.

    >>> els = lxml.html.fragments_fromstring('<td class="FormText">Relationship:</td>'
    ...     '<td class="CheckBox">X</td><td class="FormText">Director</td>'
    ...     '<td class="FormText">Clarification of Response</td>'
    ...     '<td class="FormData">Director of general partner</td>')
    >>> flat = FlatText(els)
    >>> flat.text
    'Relationship:\\t☒ Director\\tClarification of Response\\tDirector of general partner'
    >>> flat.after("Clarification").text, flat.cell_at(15).kind.value
    ('Director of general partner', 'box')
    >>> flat.boxes(["Promoter", "Director"])["Director"].checked
    True
    """

    def __init__(self, elements: Iterable[HtmlElement]) -> None:
        self.cells: list[Cell] = []
        parts: list[str] = []
        pos = 0
        for el in elements:
            for kind, node in _visible(el):
                text = " ".join(node.text_content().split())
                if kind == CellKind.BOX:
                    text = CHECKED if text else UNCHECKED
                sep = "" if not parts else (" " if self.cells[-1].kind == CellKind.BOX
                                            else "\t")
                pos += len(sep)
                self.cells.append(Cell(kind, text, node, pos))
                parts.append(sep + text)
                pos += len(text)
        #: The cells' text on one line.
        self.text = "".join(parts)
        self._starts = [c.start for c in self.cells]

    def cell_at(self, pos: int) -> Cell:
        """The cell at character ``pos`` of :attr:`text` (e.g. a :class:`Checkbox`'s start).

        Raises
        ------
        IndexError
            If there are no cells.
        """
        if not self.cells:
            raise IndexError(f"no cell at {pos}: nothing visible")
        return self.cells[max(bisect.bisect_right(self._starts, pos) - 1, 0)]

    def boxes(self, options: Sequence[str]) -> dict[str, Checkbox]:
        """The boxes whose labels match ``options`` (OCR-tolerant matching, as on paper).

        See also
        --------
        graphkit.parsers.checkboxes.read_options
        """
        return read_options(self.text, options)

    def checked(self) -> list[Checkbox]:
        """Every checked box, in reading order."""
        return [b for b in find_checkboxes(self.text) if b.checked]

    def after(self, label: str, start: int = 0) -> Optional[Cell]:
        """The first value cell after the first label cell (from ``start``) that starts with
        ``label`` (case-insensitive); None if there is none."""
        low = label.lower()
        for i, c in enumerate(self.cells):
            if c.start >= start and c.kind == CellKind.LABEL and c.text.lower().startswith(low):
                return next((d for d in self.cells[i + 1:] if d.kind == CellKind.DATA), None)
        return None

    def first_value(self) -> Optional[str]:
        """The text of the first non-empty value cell, if any."""
        return next((c.text for c in self.cells if c.kind == CellKind.DATA and c.text), None)

    def has_label(self, label: str | re.Pattern[str]) -> bool:
        """Whether a label cell starts with ``label`` (case-insensitive) or, for a pattern,
        contains a match of it."""
        def hit(text: str) -> bool:
            if isinstance(label, re.Pattern):
                return bool(label.search(text))
            return text.lower().startswith(label.lower())
        return any(c.kind == CellKind.LABEL and hit(c.text) for c in self.cells)


def find_row(rows: Sequence[FlatText], label: str | re.Pattern[str]) -> Optional[FlatText]:
    """The first of ``rows`` with a label cell starting with ``label`` (or matching the
    pattern); None if none has.

    >>> rows = [FlatText(lxml.html.fragments_fromstring(f'<td class="FormText">{t}</td>'
    ...                                                 f'<td class="FormData">{v}</td>'))
    ...         for t, v in (("Total Offering Amount", "300"), ("Total Amount Sold", "100"))]
    >>> find_row(rows, "total amount sold").first_value()
    '100'
    >>> find_row(rows, re.compile("Remaining")) is None
    True
    """
    return next((r for r in rows if r.has_label(label)), None)


class Field(NamedTuple):
    """A value printed under a label in a table ("Last Name" over "Roe")."""

    label: str
    text: str
    el: HtmlElement


def read_fields(table: HtmlElement) -> list[Field]:
    """The values of a table whose label rows sit over value rows, paired column by column.

    A row with any value cell is a value row; any other row is a new row of labels. A value
    cell with no label above it is left out.

    >>> table = lxml.html.fragment_fromstring('<table>'
    ...     '<tr><th class="FormText">Last Name</th><th class="FormText">First Name</th></tr>'
    ...     '<tr><td class="FormData">Roe</td><td class="FormData">Jane</td></tr></table>')
    >>> [(f.label, f.text) for f in read_fields(table)]
    [('Last Name', 'Roe'), ('First Name', 'Jane')]
    """
    out: list[Field] = []
    labels: list[str] = []
    for row in table.xpath("./tr|./thead/tr|./tbody/tr"):
        cells = [c for c in row if c.tag in ("td", "th")]
        flats = [FlatText([c]) for c in cells]
        if any(k.kind == CellKind.DATA for f in flats for k in f.cells):
            for label, cell in zip(labels, cells):
                out.append(Field(label, " ".join(cell.text_content().split()), cell))
        else:
            labels = [next((k.text for k in f.cells if k.kind == CellKind.LABEL), "")
                      for f in flats]
    return out


def group_fields(fields: Iterable[Field], first_label: str) -> list[dict[str, Field]]:
    """Fields cut into blocks, a new block at each ``first_label`` (a table listing several
    signatures or recipients one after another); each block maps a label to its field.

    >>> fs = [Field(lab, txt, None) for lab, txt in (("Issuer", "A"), ("Title", "CEO"),
    ...                                               ("Issuer", "B"))]
    >>> [{k: f.text for k, f in block.items()} for block in group_fields(fs, "Issuer")]
    [{'Issuer': 'A', 'Title': 'CEO'}, {'Issuer': 'B'}]
    """
    blocks: list[dict[str, Field]] = []
    for f in fields:
        if f.label == first_label or not blocks:
            blocks.append({})
        blocks[-1][f.label] = f
    return blocks


class XslPage:
    """A rendered page: its sections in order, and evidence by HTML line.

    A section runs from one ``<p class="SectionTitle">`` (included) to the next, keyed by its
    number ("3") or, when it has none, its title ("Signature and Submission"); what comes before
    the first title is the section "". A key may come back: a page with several issuers repeats
    section "1".

    Raises
    ------
    ParseError
        If the text cannot be read as HTML (empty, for one).

    >>> page = XslPage(SourceText(path="d.html", text='<html><body><p>intro</p>'
    ...     '<p class="SectionTitle">1. Issuer</p><p>a</p>'
    ...     '<p class="SectionTitle">1. Issuer</p></body></html>'))
    >>> [key for key, _ in page.sections], len(page.sections_named("1"))
    (['', '1', '1'], 2)
    >>> XslPage(SourceText(path="e.html", text=""))
    Traceback (most recent call last):
    ...
    graphkit.errors.ParseError: e.html: not readable as HTML: Document is empty
    """

    def __init__(self, src: SourceText) -> None:
        self.src = src
        try:
            root = lxml.html.document_fromstring(src.text)
        except (etree.ParserError, ValueError) as e:  # an empty or non-HTML document
            raise ParseError(f"not readable as HTML: {e}", source=src.path) from e
        body = root.find("body")
        #: (key, elements) of each section, in page order.
        self.sections: list[tuple[str, list[HtmlElement]]] = [("", [])]
        for el in (body if body is not None else root):
            if not isinstance(el.tag, str):
                continue
            if el.tag == "p" and el.get("class") == "SectionTitle":
                m = SECTION_TITLE.match(" ".join(el.text_content().split()))
                self.sections.append((m["number"] or m["title"] if m else "", [el]))
            else:
                self.sections[-1][1].append(el)
        self._line_starts = [0] + [i + 1 for i, c in enumerate(src.text) if c == "\n"]

    def sections_named(self, key: str) -> list[list[HtmlElement]]:
        """The elements of every section numbered (or titled) ``key``, in page order."""
        return [els for k, els in self.sections if k == key]

    def section(self, key: str, n: int = 0) -> list[HtmlElement]:
        """The elements of the ``n``-th section numbered (or titled) ``key``; [] if none."""
        found = self.sections_named(key)
        return found[n] if n < len(found) else []

    def pos(self, el: HtmlElement) -> int:
        """Character offset in ``src.text`` of the start of ``el``'s line (for warnings)."""
        return self._line_starts[min(el.sourceline or 1, len(self._line_starts)) - 1]

    def tables(self, els: Sequence[HtmlElement], summary: str) -> list[HtmlElement]:
        """The tables under ``els`` whose ``summary`` attribute is ``summary``."""
        return [t for el in els for t in el.iter("table") if t.get("summary") == summary]

    def rows(self, els: Sequence[HtmlElement], summary: str) -> list[FlatText]:
        """Each row of the tables under ``els`` with that ``summary``, flattened."""
        return [FlatText([row]) for t in self.tables(els, summary)
                for row in t.xpath("./tr|./tbody/tr")]

    def evidence(self, els: Sequence[HtmlElement], section: str, text: str | None = None
                 ) -> Optional[Evidence]:
        """Evidence spanning the whole lines of ``els``, quoting ``text`` (by default their
        flattened visible text); None when no element has a line number."""
        lines = [n.sourceline for el in els for n in el.iter() if n.sourceline]
        if not lines:
            return None
        first, last = min(lines), max(lines)
        starts = self._line_starts
        start = starts[min(first, len(starts)) - 1]
        end = starts[last] - 1 if last < len(starts) else len(self.src.text)
        if text is None:
            text = FlatText(els).text
        return self.src.evidence(start, end, section=section, text=text)
