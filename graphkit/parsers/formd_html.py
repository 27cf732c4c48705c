"""Form D as the SEC renders it in HTML (the XSL view of an electronic ``primary_doc.xml``).

The page ("Notice of Exempt Offering of Securities", sections "1. Issuer's Identity" to "16.
Use of Proceeds" and "Signature and Submission") carries the facts of the XML, and is read into
the same :class:`~graphkit.models.FilingRecord` as :func:`~graphkit.parsers.formd_xml.
parse_formd_xml` through the same Form D logic: names and claims (:mod:`formd_xml`,
:mod:`formd_roles`), check boxes (:mod:`checkboxes`), amounts (:mod:`formd_amounts`).

Each section is flattened into *cells* in reading order: a label (class ``FormText``), a value
(``FormData``) or a box (``<td class="CheckBox">``, checked when it holds an ``X``) written
``☒``/``☐`` before its label, so the paper form's check-box reader reads it unchanged. Tables
with a row of labels over a row of values are paired column by column. Evidence cites HTML lines
and quotes the visible text.

Caveats: the page prints a state's name ("FLORIDA") where the XML has its code ("FL"); the code
is put back in addresses so both views give the same address. Relationship boxes and
exemptions come in the page's fixed order, which may differ from the order the XML lists them.

Examples
--------
>>> from graphkit.source import SourceText
>>> html = '''<html><head><title>SEC FORM D</title></head><body>
... <p class="SectionTitle">1. Issuer's Identity</p>
... <table><tr><th class="FormText">Name of Issuer</th></tr>
... <tr><td class="FormData">Acme Fund, LP</td></tr></table>
... <p class="SectionTitle">3. Related Persons</p>
... <table summary="Related Persons"><tr><th class="FormText">Last Name</th>
... <th class="FormText">First Name</th></tr>
... <tr><td class="FormData">Roe</td><td class="FormData">Jane</td></tr></table>
... <table summary="Relationship of Person"><tr><th class="FormText">Relationship:</th>
... <td class="CheckBox"><span class="FormData">X</span></td>
... <td class="FormText">Executive Officer</td></tr></table>
... </body></html>'''
>>> rec = parse_formd_html(SourceText(path="d.html", text=html))
>>> [(c.relation.value, rec.party(c.source).name, c.evidence[0].line) for c in rec.claims]
[('officer_of', 'Jane Roe', 6)]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple, Optional

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from graphkit.dates import parse_date
from graphkit.errors import ParseError
from graphkit.models import (Evidence, FilingRecord, FormFamily, Issuer, Offering, PartyKind,
                             PartyRole, Reading, Signature, SubmissionHeader)
from graphkit.names import clean_name, guess_kind
from graphkit.parsers.checkboxes import Checkbox, find_checkboxes, match_option, read_options
from graphkit.parsers.formd_amounts import read_dollars, read_electronic_amounts
from graphkit.parsers.formd_roles import (BOX_RELATIONS, EXEMPTIONS, STATE_CODES, FormDBuilder,
                                          jurisdiction_name, read_clarification)
# _relate turns boxes and clarifications into claims; shared with the XML parser
from graphkit.parsers.formd_xml import EMPTY_FIELD, _relate, related_person_name
from graphkit.source import SourceText

#: The page's title line: "Notice of Exempt Offering of Securities".
FORMD_HTML_TITLE = re.compile(r"""
    Notice\s+of\s+Exempt\s+Offering\s+of\s+Securities     # the electronic Form D's title
""", re.VERBOSE | re.IGNORECASE)

#: The rendering's check-box cell: '<td class="CheckBox">'.
CHECKBOX_CELL = re.compile(r"""
    <td\b[^>]*\bclass\s*=\s*["']?CheckBox\b     # <td class="CheckBox">
""", re.VERBOSE | re.IGNORECASE)

#: HTML markup at the start of a page: "<!DOCTYPE html", "<html>".
HTML_START = re.compile(r"""
    ^\s*(?:<!DOCTYPE\s+html|<html\b)     # <!DOCTYPE html PUBLIC ...
""", re.VERBOSE | re.IGNORECASE)

#: A section heading: "3. Related Persons", "Signature and Submission".
SECTION_TITLE = re.compile(r"""
    ^\s*(?:(?P<number>\d{1,2})\.\s+)?(?P<title>\S.*?)\s*$     # 13. Offering and Sales Amounts
""", re.VERBOSE)

#: Class of a printed label: "FormText", "FormTextR", "SmallFormText", "MedSmallFormText".
LABEL_CLASS = re.compile(r"""
    ^(?:Small|MedSmall)?FormText[RC]?$     # FormTextC
""", re.VERBOSE)

#: Class of a filled-in value: "FormData", "FormDataR", "SmallFormData".
DATA_CLASS = re.compile(r"""
    ^(?:Small)?FormData[RC]?$     # FormData
""", re.VERBOSE)

#: Exemption boxes whose printed label differs from the name of their XML code.
PRINTED_EXEMPTIONS = {"Rule 504(b)(1) (not (i), (ii) or (iii))": "Rule 504"}

#: The item 14 row of the non-accredited box: "Select if securities in the offering have been
#: or may be sold to persons who do not qualify as accredited investors, and enter ...".
NON_ACCREDITED_ROW = re.compile(r"""
    ^\s*Select\s+if\s+securities     # Select if securities in the offering ...
""", re.VERBOSE | re.IGNORECASE)

#: The item 14 row of the total: "... enter the total number of investors who already have
#: invested in the offering:".
TOTAL_INVESTORS_ROW = re.compile(r"""
    total\s+number\s+of\s+investors     # enter the total number of investors
""", re.VERBOSE | re.IGNORECASE)

#: Options of the "Entity Type" boxes, as printed.
ENTITY_TYPES = ("Corporation", "Limited Partnership", "Limited Liability Company",
                "General Partnership", "Business Trust", "Other (Specify)")

#: Options of the "Year of Incorporation/Organization" boxes, as printed.
YEAR_OPTIONS = ("Over Five Years Ago", "Within Last Five Years (Specify Year)",
                "Yet to Be Formed")

#: Boxes of item 4 that are not an industry group: the fund types and the 1940 Act question.
NOT_INDUSTRY = ("Hedge Fund", "Private Equity Fund", "Venture Capital Fund",
                "Other Investment Fund", "Yes", "No")

#: State or country name (as the page prints it) -> EDGAR code (as the XML has it).
_STATE_BY_NAME: dict[str, str] = {}
for _code, _name in STATE_CODES.items():
    _STATE_BY_NAME.setdefault(_name.upper(), _code)


def looks_like_formd_html(text: str) -> bool:
    """Whether ``text`` is the SEC's HTML rendering of an electronic Form D (by content).

    >>> looks_like_formd_html('<html><title>SEC FORM D</title>Notice of Exempt Offering of '
    ...                       'Securities<td class="CheckBox">')
    True
    >>> looks_like_formd_html("FORM D\\nNotice of Exempt Offering of Securities")
    False
    """
    head = text[:20000]
    return bool(HTML_START.search(head) and FORMD_HTML_TITLE.search(head)
                and CHECKBOX_CELL.search(text))


class _Cell(NamedTuple):
    """One visible piece of the page: a label, a value, or a check box."""

    kind: str  # "label", "data" or "box"
    text: str  # visible text; a box is "☒" or "☐"
    el: HtmlElement
    start: int  # offset in the flattened text


class _Flat:
    """Elements flattened into cells and into one text line that the check-box reader reads."""

    def __init__(self, elements: Iterable[HtmlElement]) -> None:
        self.cells: list[_Cell] = []
        parts: list[str] = []
        pos = 0
        for el in elements:
            for kind, node in _visible(el):
                text = " ".join(node.text_content().split())
                if kind == "box":
                    text = "☒" if text else "☐"
                sep = "" if not parts else (" " if self.cells[-1].kind == "box" else "\t")
                pos += len(sep)
                self.cells.append(_Cell(kind, text, node, pos))
                parts.append(sep + text)
                pos += len(text)
        self.text = "".join(parts)
        self._starts = [c.start for c in self.cells]

    def cell_at(self, pos: int) -> _Cell:
        return self.cells[bisect.bisect_right(self._starts, pos) - 1]

    def boxes(self, options: Sequence[str]) -> dict[str, Checkbox]:
        """The boxes whose labels match ``options`` (OCR-tolerant matching, as on paper)."""
        return read_options(self.text, options)

    def checked(self) -> list[Checkbox]:
        return [b for b in find_checkboxes(self.text) if b.checked]

    def after(self, label: str, start: int = 0) -> Optional[_Cell]:
        """The first value cell after the first label cell (from ``start``) reading ``label``."""
        low = label.lower()
        for i, c in enumerate(self.cells):
            if c.start >= start and c.kind == "label" and c.text.lower().startswith(low):
                return next((d for d in self.cells[i + 1:] if d.kind == "data"), None)
        return None


def _visible(el: HtmlElement) -> Iterable[tuple[str, HtmlElement]]:
    """The cells under ``el`` in reading order."""
    if not isinstance(el.tag, str):
        return
    cls = el.get("class") or ""
    if el.tag == "td" and cls == "CheckBox":
        yield "box", el
    elif DATA_CLASS.match(cls) or el.tag == "a":
        yield "data", el
    elif LABEL_CLASS.match(cls):
        yield "label", el
    else:
        for child in el:
            yield from _visible(child)


class _Field(NamedTuple):
    """A value printed under a label in a table ("Last Name" over "Roe")."""

    label: str
    text: str
    el: HtmlElement


def _fields(table: HtmlElement) -> list[_Field]:
    """Values of a table whose label rows sit over value rows, paired column by column."""
    out: list[_Field] = []
    labels: list[str] = []
    for row in table.xpath("./tr|./thead/tr|./tbody/tr"):
        cells = [c for c in row if c.tag in ("td", "th")]
        flats = [_Flat([c]) for c in cells]
        if any(k.kind == "data" for f in flats for k in f.cells):
            for label, cell in zip(labels, cells):
                out.append(_Field(label, " ".join(cell.text_content().split()), cell))
        else:
            labels = [next((k.text for k in f.cells if k.kind == "label"), "") for f in flats]
    return out


class _Page:
    """The parsed page: its sections in order, and evidence by HTML line."""

    def __init__(self, src: SourceText) -> None:
        self.src = src
        try:
            root = lxml.html.document_fromstring(src.text)
        except (etree.ParserError, ValueError) as e:  # an empty or non-HTML document
            raise ParseError(f"not readable as HTML: {e}", source=src.path) from e
        body = root.find("body")
        self.sections: list[tuple[str, list[HtmlElement]]] = [("", [])]
        for el in (body if body is not None else root):
            if not isinstance(el.tag, str):
                continue
            if el.tag == "p" and el.get("class") == "SectionTitle":
                m = SECTION_TITLE.match(" ".join(el.text_content().split()))
                self.sections.append((m["number"] or m["title"] if m else "", [el]))
            else:
                self.sections[-1][1].append(el)
        text = src.text
        self._line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def section(self, key: str, n: int = 0) -> list[HtmlElement]:
        """The elements of the ``n``-th section numbered (or titled) ``key``."""
        found = [els for k, els in self.sections if k == key]
        return found[n] if n < len(found) else []

    def pos(self, el: HtmlElement) -> int:
        """Character offset of the start of ``el``'s line (for warnings)."""
        return self._line_starts[min(el.sourceline or 1, len(self._line_starts)) - 1]

    def tables(self, els: Sequence[HtmlElement], summary: str) -> list[HtmlElement]:
        return [t for el in els for t in el.iter("table") if t.get("summary") == summary]

    def evidence(self, els: Sequence[HtmlElement], section: str, text: str | None = None
                 ) -> Optional[Evidence]:
        """Evidence spanning the lines of ``els``; ``text`` (default their visible text)."""
        lines = [n.sourceline for el in els for n in el.iter() if n.sourceline]
        if not lines:
            return None
        first, last = min(lines), max(lines)
        starts = self._line_starts
        start = starts[min(first, len(starts)) - 1]
        end = starts[last] - 1 if last < len(starts) else len(self.src.text)
        if text is None:
            text = _Flat(els).text
        return self.src.evidence(start, end, section=section, text=text)


def _address(fields: dict[str, str]) -> Optional[str]:
    """An address as the XML parser writes it ("street, city, FL 33139")."""
    state = fields.get("State/Province/Country", "")
    state = _STATE_BY_NAME.get(state.upper(), state)
    zipc = fields.get("ZIP/PostalCode") or fields.get("ZIP/Postal Code") or ""
    tail = " ".join(x for x in (state, zipc) if x)
    parts = [fields.get("Street Address 1"), fields.get("Street Address 2"), fields.get("City"),
             tail]
    out = ", ".join(x for x in parts if x and not EMPTY_FIELD.match(x) and x.upper() != "NONE")
    return out or None


def _exemption(label: str) -> str:
    """The exemption name a printed box label stands for (as the XML parser names it).

    >>> _exemption("Rule 504 (b)(1)(i)"), _exemption("Rule 504(b)(1) (not (i), (ii) or (iii))")
    ('Rule 504(b)(1)(i)', 'Rule 504')
    """
    def key(s: str) -> str:
        return "".join(s.split()).lower()

    names = {key(k): v for k, v in PRINTED_EXEMPTIONS.items()}
    names.update({key(v): v for v in EXEMPTIONS.values()})
    return names.get(key(label), " ".join(label.split()))


def parse_formd_html(src: SourceText, header: SubmissionHeader | None = None) -> FilingRecord:
    """Read the SEC's HTML rendering of an electronic Form D into a :class:`FilingRecord`.

    The record matches the one :func:`~graphkit.parsers.formd_xml.parse_formd_xml` reads from
    the XML of the same filing (issuer, related persons, claims, amounts, signatures); its
    evidence cites lines of the HTML.

    Parameters
    ----------
    src : SourceText
        The HTML page.
    header : SubmissionHeader, optional
        The EDGAR header of the submission, for accession number, filing date and CIKs.

    Raises
    ------
    ParseError
        If the page holds no issuer name (truncated, or not a Form D page).

    Examples
    --------
    >>> from graphkit.source import SourceText
    >>> parse_formd_html(SourceText(path="d.html", text="<html><body><p>hi</p></body></html>"))
    Traceback (most recent call last):
    ...
    graphkit.errors.ParseError: d.html: no issuer name in the Form D HTML (truncated or not a Form D)

    See also
    --------
    graphkit.parsers.formd_xml.parse_formd_xml, looks_like_formd_html
    """
    page = _Page(src)
    ident = page.section("1")
    fields = {f.label: f for t in ident for f in _fields(t) if t.tag == "table"}
    name_f = fields.get("Name of Issuer")
    if name_f is None or not name_f.text:
        raise ParseError("no issuer name in the Form D HTML (truncated or not a Form D)",
                         source=src.path)
    b = FormDBuilder(src)
    b.warnings.extend(src.warnings)
    offering = Offering()
    readings: list[Reading] = []

    # --- items 1 and 2: issuer ---------------------------------------------------------------
    cik_f = fields.get("CIK (Filer ID Number)")
    cik = cik_f.text if cik_f is not None and cik_f.text.isdigit() else None
    jur_f = fields.get("Jurisdiction of Incorporation/Organization")
    jur = jurisdiction_name(jur_f.text) if jur_f is not None else None
    if jur is not None:
        readings.append(jur.model_copy(update={"evidence": page.evidence([jur_f.el], "issuer")}))
    _read_identity(page, _Flat(ident), offering, readings)
    place = {f.label: f.text for t in page.section("2") if t.tag == "table" for f in _fields(t)}
    address = _address(place)
    offering.phone = place.get("Phone Number of Issuer") or None
    b.add_party(name_f.text, PartyKind.ORGANIZATION, [PartyRole.ISSUER],
                page.evidence([name_f.el], "issuer", name_f.text), party_id="issuer",
                addresses=[address] if address else [],
                jurisdiction=str(jur.value) if jur else None)
    offering.jurisdiction = str(jur.value) if jur else None
    others = {f.text for n in range(1, len(page.sections)) for t in page.section("1", n)
              for f in _fields(t) if f.label == "Name of Issuer" and f.text} - {name_f.text}
    if others:
        b.warn("co-issuers-unread", f"{len(others)} more issuers listed; only the first is "
               "read from the HTML view (the XML lists them all)")

    # --- item 3: related persons -------------------------------------------------------------
    _relate(b, _read_related_persons(page, b))

    # --- items 4 to 16: offering -------------------------------------------------------------
    _read_offering(page, b, offering, readings)

    # --- signatures and sales compensation ---------------------------------------------------
    signatures = _read_signatures(page)
    b.attach_signatures(signatures)
    _read_recipients(page, b)
    issuer_cik = b.apply_header(header, issuer_cik=cik)
    offering.readings = readings
    form = (header.form_type if header is not None and header.form_type else
            "D/A" if offering.is_amendment else "D")
    if offering.is_amendment is None:
        offering.is_amendment = form.endswith("/A")
    return FilingRecord(
        source=src.path, form=form, family=FormFamily.FORM_D,
        accession_number=header.accession_number if header else None,
        filed_date=header.filed_date if header else None,
        issuer=Issuer(party_id="issuer", name=name_f.text, cik=issuer_cik, address=address),
        signature_date=next((s.date for s in signatures if s.date), None),
        parties=b.parties, claims=b.claims, signatures=signatures, offering=offering,
        warnings=b.warnings)


def _read_identity(page: _Page, flat: _Flat, offering: Offering,
                   readings: list[Reading]) -> None:
    """Entity type and year of incorporation (item 1 boxes)."""
    kinds = [(o, c) for o, c in flat.boxes(ENTITY_TYPES).items() if c.checked]
    if kinds:
        option, box = kinds[0]
        offering.entity_type = option
        if option.startswith("Other"):
            other = flat.after(box.label, box.start)
            offering.entity_type = f"Other: {other.text}" if other and other.text else "Other"
    years = {o: c for o, c in flat.boxes(YEAR_OPTIONS).items() if c.checked}
    box = years.get(YEAR_OPTIONS[1])
    if box is not None:
        year = flat.after(box.label, box.start)
        if year is not None and year.text.isdigit():
            offering.year_of_incorporation = int(year.text)
    elif years:
        option, box = next(iter(years.items()))
        readings.append(Reading(field="year_of_incorporation", raw=option,
                                note="no year given: " + option,
                                evidence=page.evidence([flat.cell_at(box.start).el], "issuer",
                                                       f"☒ {option}")))


def _read_related_persons(page: _Page, b: FormDBuilder) -> list:
    """Each related person as a party, with its boxes and clarification (for ``_relate``)."""
    blocks: list[list[HtmlElement]] = []
    for el in page.section("3")[1:]:
        if el.tag == "table" and el.get("summary") == "Related Persons":
            blocks.append([])
        if blocks:
            blocks[-1].append(el)
    persons = []
    for n, block in enumerate(blocks, 1):
        section = f"related person {n}"
        got = {f.label: f for f in _fields(block[0])}
        names = {k: (got[lab].text or None) if lab in got else None for k, lab in (
            ("firstName", "First Name"), ("middleName", "Middle Name"),
            ("lastName", "Last Name"))}
        shown = [el for el in block if el.tag == "table"]
        ev = page.evidence(shown, section)
        if not any(v and not EMPTY_FIELD.match(v) for v in names.values()):
            b.warn("empty-related-person", f"{section}: no name",
                   ev.start - page.src.offset if ev and ev.start is not None else None)
            continue
        name, kind, rebuilt = related_person_name(names["firstName"], names["middleName"],
                                                  names["lastName"])
        name_els = [got[lab].el for lab in ("Last Name", "First Name", "Middle Name")
                    if lab in got]
        prs = [Reading(field="name", raw="; ".join(f"{k}={v!r}" for k, v in names.items()
                                                  if v is not None),
                       value=name, repaired=True, method="entity-name-fields",
                       note="entity name typed across the person name fields; reassembled",
                       evidence=page.evidence(name_els, section))] if rebuilt else []
        address = _address({f.label: f.text for f in got.values()})
        pid = b.add_party(name, kind, [PartyRole.RELATED_PERSON], ev,
                          addresses=[address] if address else [], readings=prs)
        flat = _Flat(block)
        boxes = [o for o, c in flat.boxes(list(BOX_RELATIONS)).items() if c.checked]
        clar = flat.after("Clarification of Response")
        clar_text = clar.text if clar is not None and clar.text else None
        persons.append((pid, boxes, read_clarification(clar_text), ev,
                        page.evidence([clar.el], section) if clar_text else None))
    return persons


def _amount_rows(page: _Page, els: Sequence[HtmlElement], summary: str) -> list[_Flat]:
    return [_Flat([row]) for t in page.tables(els, summary)
            for row in t.xpath("./tr|./tbody/tr")]


def _row_reading(page: _Page, row: _Flat, field: str, section: str) -> Optional[Reading]:
    """The amount of one row (its value, or the label of its checked box: "Indefinite");
    a checked "Estimate" box is noted."""
    value = next((c for c in row.cells if c.kind == "data"), None)
    checked = [bx.label for bx in row.checked()]
    raw = value.text if value is not None and value.text else next(
        (lab for lab in checked if lab != "Estimate"), None)
    ev = page.evidence([c.el for c in row.cells], section)
    return read_dollars(raw, field, ev, note="estimate" if "Estimate" in checked else None)


def _read_offering(page: _Page, b: FormDBuilder, offering: Offering,
                   readings: list[Reading]) -> None:
    """Industry, exemptions, type of filing, and the amounts (items 4-16)."""
    industry = _Flat(page.section("4")).checked()
    offering.industry = next((x.label for x in industry
                              if not match_option(x.label, NOT_INDUSTRY, 95)), None)
    fund = next((x.label for x in industry
                 if match_option(x.label, NOT_INDUSTRY[:4], 95)), None)
    if fund:
        readings.append(Reading(field="investment_fund_type", raw=fund, value=fund))
    offering.exemptions = [_exemption(x.label) for x in _Flat(page.section("6")).checked()]
    filing = _Flat(page.section("7"))
    kind = {o: c for o, c in filing.boxes(("New Notice", "Amendment")).items() if c.checked}
    if len(kind) == 1:
        offering.is_amendment = "Amendment" in kind
    elif page.section("7"):
        b.warn("unreadable-box", f"type of filing: {len(kind)} boxes checked")
    first = filing.after("Date of First Sale")
    yet = filing.boxes(("First Sale Yet to Occur",)).get("First Sale Yet to Occur")
    if (first is not None and first.text) or (yet is not None and yet.checked):
        raw = first.text if first is not None and first.text else "First Sale Yet to Occur"
        when = parse_date(raw) if first is not None and first.text else None
        readings.append(Reading(field="date_of_first_sale", raw=raw,
                                value=str(when) if when else None,
                                evidence=page.evidence([c.el for c in filing.cells],
                                                       "offering")))
    _read_amounts(page, b, offering, readings)


def _data(row: Optional[_Flat]) -> Optional[str]:
    """The first value printed in a row, if any."""
    return next((c.text for c in row.cells if c.kind == "data" and c.text), None) \
        if row is not None else None


def _find_row(rows: Sequence[_Flat], label: str | re.Pattern) -> Optional[_Flat]:
    """The first row with a label cell starting with ``label`` (or matching the pattern)."""
    def hit(text: str) -> bool:
        return bool(label.search(text)) if isinstance(label, re.Pattern) else \
            text.lower().startswith(label.lower())
    return next((r for r in rows if any(c.kind == "label" and hit(c.text)
                                        for c in r.cells)), None)


def _read_amounts(page: _Page, b: FormDBuilder, offering: Offering,
                  readings: list[Reading]) -> None:
    """Items 11 and 13-16, read and checked by :mod:`~graphkit.parsers.formd_amounts`."""
    def reading(row: Optional[_Flat], field: str) -> Optional[Reading]:
        return _row_reading(page, row, field, "offering") if row is not None else None

    sums = _amount_rows(page, page.section("13"), "Offering and Sales Amounts")
    investors = _amount_rows(page, page.section("14"), "Investors")
    fees = _amount_rows(page, page.section("15"), "Sales Commissions & Finder's Fees Expenses")
    non_row = _find_row(investors, NON_ACCREDITED_ROW)
    total_row = _find_row(investors, TOTAL_INVESTORS_ROW)
    non = _data(non_row) or ""
    minimum = _Flat(page.section("11")).after("Minimum investment")
    extra = [reading(_find_row(fees, "Sales Commissions"), "sales_commissions"),
             reading(_find_row(fees, "Finders"), "finders_fees"),
             *(reading(r, "gross_proceeds_used") for r in _amount_rows(
                 page, page.section("16"), "Use of Proceeds"))]
    where = page.section("13")
    amounts = read_electronic_amounts(
        page.src, offered=reading(_find_row(sums, "Total Offering Amount"),
                                  "total_offering_amount"),
        sold=reading(_find_row(sums, "Total Amount Sold"), "total_amount_sold"),
        remaining=reading(_find_row(sums, "Total Remaining"), "total_remaining"),
        total_investors=read_dollars(_data(total_row), "total_investors", page.evidence(
            [c.el for c in total_row.cells], "offering") if total_row else None),
        non_accredited=int(non) if non.isdigit() else None,
        has_non_accredited=any(c.kind == "box" and c.text == "☒" for c in non_row.cells)
        if non_row else None,
        minimum=read_dollars(minimum.text, "minimum_investment") if minimum else None,
        extra=[r for r in extra if r is not None], pos=page.pos(where[0]) if where else None)
    amounts.apply_to(offering)
    readings += amounts.readings
    b.warnings += amounts.warnings


def _read_signatures(page: _Page) -> list[Signature]:
    """The signature block: one signature per row (issuer, signer, title, date)."""
    out: list[Signature] = []
    for table in page.tables(page.section("Signature and Submission"), "Signature Block"):
        rows: list[dict[str, _Field]] = []
        for f in _fields(table):
            if f.label == "Issuer" or not rows:
                rows.append({})
            rows[-1][f.label] = f
        for got in rows:
            text = {k: f.text for k, f in got.items()}
            signer = text.get("Name of Signer") or text.get("Signature")
            if not signer:
                continue
            issuer = text.get("Issuer")
            out.append(Signature(signer=clean_name(signer.replace("/s/", "")),
                                 title=text.get("Title") or None,
                                 date=parse_date(text.get("Date") or ""),
                                 on_behalf_of=[issuer] if issuer else [],
                                 evidence=page.evidence([f.el for f in got.values()],
                                                        "signature")))
    return out


def _read_recipients(page: _Page, b: FormDBuilder) -> None:
    """Sales compensation recipients and their broker-dealers, as named parties (no claim),
    noted as the XML parser notes them."""
    recipients: list[dict[str, _Field]] = []
    for table in page.tables(page.section("12"), "Sales Compensation"):
        for f in _fields(table):
            if f.label == "Recipient" or not recipients:
                recipients.append({})
            recipients[-1][f.label] = f
    for n, got in enumerate(recipients, 1):
        text = {k: f.text for k, f in got.items()}
        ev = page.evidence([f.el for f in got.values()], f"sales compensation recipient {n}")
        crd = text.get("Recipient CRD Number")
        bd = text.get("(Associated) Broker or Dealer")
        for name, what in ((text.get("Recipient"), "sales compensation recipient"),
                           (bd, "broker-dealer associated with a sales compensation "
                                "recipient")):
            if not name or EMPTY_FIELD.match(name) or any(p.name == name for p in b.parties):
                continue
            sales = what.startswith("sales")
            note = what + (f"; CRD {crd}" if crd and sales and not EMPTY_FIELD.match(crd)
                           else "")
            if sales and bd and not EMPTY_FIELD.match(bd):
                note += f"; associated broker-dealer {bd}"
            address = _address(text) if sales else None
            b.add_party(name, guess_kind(name), [PartyRole.NAMED], ev,
                        addresses=[address] if address else [],
                        readings=[Reading(field="role", raw=name, value=what, note=note,
                                          evidence=ev)])
