"""Form D as the SEC renders it in HTML (the XSL view of an electronic ``primary_doc.xml``).

The page ("Notice of Exempt Offering of Securities", sections "1. Issuer's Identity" to "16.
Use of Proceeds" and "Signature and Submission") carries the facts of the XML, and is read into
the same :class:`~graphkit.models.FilingRecord` as :func:`~graphkit.parsers.formd_xml.
parse_formd_xml` through the same Form D logic: names and claims (:mod:`formd_roles`,
:mod:`formd_builder`), check boxes (:mod:`checkboxes`), amounts (:mod:`formd_amounts`).

The page itself is read by :mod:`~graphkit.parsers.xsl_page`: each section flattened into
label, value and box cells (a box written ``☒``/``☐`` before its label, so the paper form's
check-box reader reads it unchanged), tables of labels over values paired column by column.
This module knows where Form D puts each fact on that page. Evidence cites HTML lines and
quotes the visible text.

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

import re
from typing import Optional

from lxml.html import HtmlElement

from graphkit import regex_cache
from graphkit.dates import parse_date
from graphkit.errors import ParseError
from graphkit.models import (FilingRecord, Offering, PartyKind, PartyRole, Reading, Signature,
                             SubmissionHeader)
from graphkit.names import clean_name
from graphkit.parsers.checkboxes import match_option
from graphkit.parsers.formd_amounts import read_dollars, read_electronic_amounts
from graphkit.parsers.formd_builder import FormDBuilder
from graphkit.parsers.formd_roles import (BOX_RELATIONS, EMPTY_FIELD, EXEMPTIONS, STATE_CODES,
                                          RelatedPerson, jurisdiction_name, read_clarification,
                                          relate_persons)
# SECTION_TITLE, LABEL_CLASS and DATA_CLASS are also read here by callers that knew them here
from graphkit.parsers.xsl_page import (CHECKED, DATA_CLASS, LABEL_CLASS,  # noqa: F401
                                       SECTION_TITLE, CellKind, Field, FlatText, XslPage,
                                       find_row, group_fields, read_fields)
from graphkit.source import SourceText

#: The page's title line: "Notice of Exempt Offering of Securities".
FORMD_HTML_TITLE = regex_cache.compile(r"""
    Notice\s+of\s+Exempt\s+Offering\s+of\s+Securities     # the electronic Form D's title
""", re.VERBOSE | re.IGNORECASE)

#: The rendering's check-box cell: '<td class="CheckBox">'.
CHECKBOX_CELL = regex_cache.compile(r"""
    <td\b[^>]*\bclass\s*=\s*["']?CheckBox\b     # <td class="CheckBox">
""", re.VERBOSE | re.IGNORECASE)

#: HTML markup at the start of a page: "<!DOCTYPE html", "<html>".
HTML_START = regex_cache.compile(r"""
    ^\s*(?:<!DOCTYPE\s+html|<html\b)     # <!DOCTYPE html PUBLIC ...
""", re.VERBOSE | re.IGNORECASE)

#: Exemption boxes whose printed label differs from the name of their XML code.
PRINTED_EXEMPTIONS = {"Rule 504(b)(1) (not (i), (ii) or (iii))": "Rule 504"}

#: The item 14 row of the non-accredited box: "Select if securities in the offering have been
#: or may be sold to persons who do not qualify as accredited investors, and enter ...".
NON_ACCREDITED_ROW = regex_cache.compile(r"""
    ^\s*Select\s+if\s+securities     # Select if securities in the offering ...
""", re.VERBOSE | re.IGNORECASE)

#: The item 14 row of the total: "... enter the total number of investors who already have
#: invested in the offering:".
TOTAL_INVESTORS_ROW = regex_cache.compile(r"""
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
    page = XslPage(src)
    ident = page.section("1")
    fields = {f.label: f for t in ident if t.tag == "table" for f in read_fields(t)}
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
    jur = jurisdiction_name(jur_f.text, edgar=True) if jur_f is not None else None
    if jur is not None:
        readings.append(jur.model_copy(update={"evidence": page.evidence([jur_f.el], "issuer")}))
    _read_identity(page, FlatText(ident), offering, readings)
    place = {f.label: f.text for t in page.section("2") if t.tag == "table"
             for f in read_fields(t)}
    address = _address(place)
    offering.phone = place.get("Phone Number of Issuer") or None
    b.add_party(name_f.text, PartyKind.ORGANIZATION, [PartyRole.ISSUER],
                page.evidence([name_f.el], "issuer", name_f.text), party_id="issuer",
                addresses=[address] if address else [],
                jurisdiction=str(jur.value) if jur else None)
    offering.jurisdiction = str(jur.value) if jur else None
    others = {f.text for els in page.sections_named("1")[1:] for t in els
              for f in read_fields(t) if f.label == "Name of Issuer" and f.text} - {name_f.text}
    if others:
        b.warn("co-issuers-unread", f"{len(others)} more issuers listed; only the first is "
               "read from the HTML view (the XML lists them all)")

    # --- item 3: related persons -------------------------------------------------------------
    relate_persons(b, _read_related_persons(page, b), {"issuer": offering.entity_type})

    # --- items 4 to 16: offering -------------------------------------------------------------
    _read_offering(page, b, offering, readings)

    # --- signatures and sales compensation ---------------------------------------------------
    signatures = _read_signatures(page)
    b.attach_signatures(signatures)
    for n, got in enumerate(_blocks(page, "12", "Sales Compensation", "Recipient"), 1):
        text = {k: f.text for k, f in got.items()}
        b.add_recipient(text.get("Recipient"), text.get("(Associated) Broker or Dealer"),
                        text.get("Recipient CRD Number"),
                        page.evidence([f.el for f in got.values()],
                                      f"sales compensation recipient {n}"), _address(text))
    issuer_cik = b.apply_header(header, issuer_cik=cik)
    offering.readings = readings
    form = (header.form_type if header is not None and header.form_type else
            "D/A" if offering.is_amendment else "D")
    if offering.is_amendment is None:
        offering.is_amendment = form.endswith("/A")
    return b.build_record(form=form, header=header, issuer_cik=issuer_cik, address=address,
                          offering=offering, signatures=signatures)


def _read_identity(page: XslPage, flat: FlatText, offering: Offering,
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


def _read_related_persons(page: XslPage, b: FormDBuilder) -> list[RelatedPerson]:
    """Each related person as a party, with its boxes and clarification."""
    blocks: list[list[HtmlElement]] = []
    for el in page.section("3")[1:]:
        if el.tag == "table" and el.get("summary") == "Related Persons":
            blocks.append([])
        if blocks:
            blocks[-1].append(el)
    persons = []
    for n, block in enumerate(blocks, 1):
        section = f"related person {n}"
        got = {f.label: f for f in read_fields(block[0])}
        ev = page.evidence([el for el in block if el.tag == "table"], section)
        pid = b.add_related_person(
            {k: (got[lab].text or None) if lab in got else None for k, lab in (
                ("firstName", "First Name"), ("middleName", "Middle Name"),
                ("lastName", "Last Name"))}, section, ev,
            name_evidence=page.evidence([got[lab].el for lab in (
                "Last Name", "First Name", "Middle Name") if lab in got], section),
            address=_address({f.label: f.text for f in got.values()}))
        if pid is None:
            continue
        flat = FlatText(block)
        clar = flat.after("Clarification of Response")
        clar_text = clar.text if clar is not None and clar.text else None
        clar_ev = page.evidence([clar.el], section) if clar is not None and clar_text else None
        if clar_text is None and pid in b.capacities:  # a role typed after the name
            clar_text, clar_ev = b.capacities[pid], b.party(pid).readings[-1].evidence
        persons.append(RelatedPerson(
            party_id=pid, boxes=tuple(o for o, c in flat.boxes(list(BOX_RELATIONS)).items()
                                      if c.checked),
            clarification=read_clarification(clar_text), evidence=ev,
            clarification_evidence=clar_ev))
    return persons


def _row_reading(page: XslPage, row: FlatText, field: str, section: str) -> Optional[Reading]:
    """The amount of one row (its value, or the label of its checked box: "Indefinite");
    a checked "Estimate" box is noted."""
    value = next((c for c in row.cells if c.kind == CellKind.DATA), None)
    checked = [bx.label for bx in row.checked()]
    raw = value.text if value is not None and value.text else next(
        (lab for lab in checked if lab != "Estimate"), None)
    ev = page.evidence([c.el for c in row.cells], section)
    return read_dollars(raw, field, ev, note="estimate" if "Estimate" in checked else None)


def _read_offering(page: XslPage, b: FormDBuilder, offering: Offering,
                   readings: list[Reading]) -> None:
    """Industry, exemptions, type of filing, and the amounts (items 4-16)."""
    industry = FlatText(page.section("4")).checked()
    offering.industry = next((x.label for x in industry
                              if not match_option(x.label, NOT_INDUSTRY, 95)), None)
    fund = next((x.label for x in industry
                 if match_option(x.label, NOT_INDUSTRY[:4], 95)), None)
    if fund:
        readings.append(Reading(field="investment_fund_type", raw=fund, value=fund))
    offering.exemptions = [_exemption(x.label) for x in FlatText(page.section("6")).checked()]
    filing = FlatText(page.section("7"))
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


def _read_amounts(page: XslPage, b: FormDBuilder, offering: Offering,
                  readings: list[Reading]) -> None:
    """Items 11 and 13-16, read and checked by :mod:`~graphkit.parsers.formd_amounts`."""
    def reading(row: Optional[FlatText], field: str) -> Optional[Reading]:
        return _row_reading(page, row, field, "offering") if row is not None else None

    sums = page.rows(page.section("13"), "Offering and Sales Amounts")
    investors = page.rows(page.section("14"), "Investors")
    fees = page.rows(page.section("15"), "Sales Commissions & Finder's Fees Expenses")
    non_row = find_row(investors, NON_ACCREDITED_ROW)
    total_row = find_row(investors, TOTAL_INVESTORS_ROW)
    non = (non_row.first_value() if non_row else None) or ""
    minimum = FlatText(page.section("11")).after("Minimum investment")
    extra = [reading(find_row(fees, "Sales Commissions"), "sales_commissions"),
             reading(find_row(fees, "Finders"), "finders_fees"),
             *(reading(r, "gross_proceeds_used") for r in page.rows(
                 page.section("16"), "Use of Proceeds"))]
    where = page.section("13")
    amounts = read_electronic_amounts(
        page.src, offered=reading(find_row(sums, "Total Offering Amount"),
                                  "total_offering_amount"),
        sold=reading(find_row(sums, "Total Amount Sold"), "total_amount_sold"),
        remaining=reading(find_row(sums, "Total Remaining"), "total_remaining"),
        total_investors=read_dollars(total_row.first_value() if total_row else None,
                                     "total_investors", page.evidence(
            [c.el for c in total_row.cells], "offering") if total_row else None),
        non_accredited=int(non) if non.isdigit() else None,
        has_non_accredited=any(c.kind == CellKind.BOX and c.text == CHECKED for c in non_row.cells)
        if non_row else None,
        minimum=read_dollars(minimum.text, "minimum_investment") if minimum else None,
        extra=[r for r in extra if r is not None], pos=page.pos(where[0]) if where else None)
    amounts.apply_to(offering)
    readings += amounts.readings
    b.warnings += amounts.warnings


def _blocks(page: XslPage, section: str, summary: str, first_label: str
            ) -> list[dict[str, Field]]:
    """The repeated blocks of fields (one signature, one recipient) of a section's tables."""
    return group_fields((f for t in page.tables(page.section(section), summary)
                         for f in read_fields(t)), first_label)


def _read_signatures(page: XslPage) -> list[Signature]:
    """The signature block: one signature per row (issuer, signer, title, date)."""
    out: list[Signature] = []
    for got in _blocks(page, "Signature and Submission", "Signature Block", "Issuer"):
        text = {k: f.text for k, f in got.items()}
        signer = text.get("Name of Signer") or text.get("Signature")
        if not signer:
            continue
        issuer = text.get("Issuer")
        out.append(Signature(signer=clean_name(signer.replace("/s/", "")),
                             title=text.get("Title") or None,
                             date=parse_date(text.get("Date") or ""),
                             on_behalf_of=[issuer] if issuer else [],
                             evidence=page.evidence([f.el for f in got.values()], "signature")))
    return out
