"""Paper Form D (the pre-2009 "Notice of Sale of Securities"), as text from OCR or conversion.

The paper form is read by its printed labels, found OCR-tolerantly (a label whose words are
damaged still matches by fuzzy similarity), and its check boxes (:mod:`checkboxes`):

- section A.1, the issuer: name, address, telephone, business, type of organization, date and
  jurisdiction of incorporation, offering name, Rule 504/505/506 / 4(6) / ULOE, new or amended;
- section A.2, every related-person block with its checked boxes (Promoter, Beneficial Owner,
  Executive Officer, Director, General and/or Managing Partner), each a claim from the person to
  the issuer (:data:`~graphkit.parsers.formd_roles.BOX_RELATIONS`), and a capacity typed after
  the name read as the XML form's clarification is (:func:`~graphkit.parsers.formd_roles.
  relate_persons`);
- sections B and C, minimum investment, offering price, amount sold, investors, expenses and
  use of proceeds, with the form's own arithmetic checked (a mismatch becomes a
  ``sum-mismatch`` warning): read by :func:`~graphkit.parsers.formd_amounts.read_paper_amounts`;
- section D, the signature (signer, title, date), tied to the related person of the same name.

Form D caveat: the "Full Name (Last name first, if individual)" field writes individuals as
"Last, First", so a comma there marks a person unless the name carries an organization word;
a name without a comma is an organization unless it reads "First M. Last".

Date of incorporation: the form prints two month boxes and two year boxes ("Month 1 **2** Year
9 **9**", the second digit of each bold in the conversion); the digits are joined (month 12,
year 99) and a two-digit year is read in the century that does not put it after the filing.

Examples
--------
>>> from graphkit.source import SourceText
>>> text = ("FORM D\\nName of Issuer (☐ check if this is an amendment)**Acme, Inc.**\\n"
...         "Check Box(es) that Apply: ☐ Promoter ☐ Beneficial Owner ☒ Executive Officer "
...         "☒ Director ☐ General and/or Managing Partner\\n"
...         "Full Name (Last name first, if individual)\\n\\nRoe, Jane\\n")
>>> rec = parse_formd_text(SourceText(path="d.txt", text=text))
>>> rec.issuer.name, [p.name for p in rec.parties]
('Acme, Inc.', ['Acme, Inc.', 'Roe, Jane'])
>>> [(c.relation.value, rec.party(c.source).name) for c in rec.claims]
[('officer_of', 'Roe, Jane'), ('director_of', 'Roe, Jane')]
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rapidfuzz import fuzz

from graphkit import regex_cache
from graphkit.dates import parse_date
from graphkit.errors import ParseError
from graphkit.models import (FilingRecord, Offering, PartyKind, PartyRole, Reading, Signature,
                             SubmissionHeader)
from graphkit.names import LAST_FIRST, clean_name, guess_kind, org_words
from graphkit.parsers.checkboxes import Checkbox, checked_options, find_checkboxes, read_options
# MONEY, INVESTOR_ROW and read_money are re-exported: section C lives in formd_amounts now
from graphkit.parsers.formd_amounts import (INVESTOR_ROW, MONEY, read_money,  # noqa: F401
                                            read_paper_amounts)
from graphkit.parsers.formd_builder import FormDBuilder
from graphkit.parsers.formd_roles import (BOX_RELATIONS, RelatedPerson, jurisdiction_name,
                                          read_clarification, relate_persons,
                                          split_name_capacity)
from graphkit.source import SourceText

#: Least similarity (0-100) for a damaged printed label to count as that label.
LABEL_MIN_SCORE = 85

#: Printed labels of the form that are never values (a line matching one is skipped).
LABELS = (
    "Name of Issuer", "Name of Offering", "Address of Executive Offices",
    "Telephone Number (Including Area Code)", "Address of Principal Business Operations",
    "Brief Description of Business", "Type of Business Organization",
    "Actual or Estimated Date of Incorporation", "Jurisdiction of Incorporation",
    "Check Box(es) that Apply", "Full Name (Last name first, if individual)",
    "Business or Residence Address", "Name of Associated Broker or Dealer",
    "States in Which Person Listed", "(Use blank sheet, or copy and use additional copies",
    "B. INFORMATION ABOUT OFFERING", "C. OFFERING PRICE", "A. BASIC IDENTIFICATION DATA",
)

#: Type of business organization boxes.
ENTITY_TYPES = ("corporation", "limited partnership, already formed", "business trust",
                "limited partnership, to be formed", "other (please specify):")

#: Exemption boxes ("Filing Under").
FILING_UNDER = ("Rule 504", "Rule 505", "Rule 506", "Section 4(6)", "ULOE")

#: A section heading: "B. INFORMATION ABOUT OFFERING", "**A. BASIC IDENTIFICATION DATA**",
#: "D. FEDERAL SIGNATURE".
SECTION_HEADING = regex_cache.compile(r"""
    (?:^|\*\*)\s*(?P<letter>[A-E])\s?\.\s+
    (?P<title>BASIC\s+IDENTIFICATION|INFORMATION\s+ABOUT\s+OFFERING|OFFERING\s+PRICE
             |FEDERAL\s+SIGNATURE|STATE\s+SIGNATURE)
""", re.VERBOSE | re.MULTILINE)

#: An inline label with its parenthetical, value after: "Name of Issuer (☐ check if this is an
#: amendment and name has changed, and indicate change.)**Acme, Inc.**"
NAME_OF = regex_cache.compile(r"""
    Name\s+of\s+(?P<what>Issuer|Offering)\s*(?:\([^)\n]*\)+\.?\)?)?
""", re.VERBOSE | re.IGNORECASE)

#: Month and year of incorporation in digit boxes: "Month\n1 **2**Year\n9 **9**"
INCORPORATION_DATE = regex_cache.compile(r"""
    Month\s*(?P<month>[0-9lIoO][\s*]*[0-9lIoO]?)[\s*]*
    Year\s*(?P<year>(?:[0-9lIoO][\s*]*){2,4})
""", re.VERBOSE)

#: The jurisdiction code after the form's instruction: "...FN for other foreign jurisdiction)
#: \n\nD E**GENERAL INSTRUCTIONS**"
JURISDICTION_CODE = regex_cache.compile(r"""
    foreign\s+jurisdiction\s*\)\s*(?P<code>[A-Z]\s?[A-Z0-9])(?![A-Za-z])
""", re.VERBOSE | re.IGNORECASE)

#: Signature lines: "Issuer (Print or Type) Acme, Inc.\tSignature \tDate November 28, 2003"
SIGNATURE_ISSUER = regex_cache.compile(r"""
    Issuer\s*\(Print\s+or\s+Type\)\s*(?P<issuer>[^\t\n]*?)\s*(?:\t|Signature|$)
    [^\n]*?Date\s*(?P<date>[^\t\n]*)
""", re.VERBOSE | re.IGNORECASE)

#: "Name of Signer (Print or Type) Jane Roe\tTitle of Signer (Print or Type) Chief ..."
SIGNER = regex_cache.compile(r"""
    Name\s+of\s+Signer\s*\(Print\s+or\s+Type\)\s*(?P<name>[^\t\n]*?)\s*(?:\t|(?=Title)|$)
    (?:[^\n]*?Title\s+of\s+Signer\s*\(Print\s+or\s+Type\)\s*(?P<title>[^\t\n]*))?
""", re.VERBOSE | re.IGNORECASE)

#: Names that mean "nobody": "N/A", "None", "-".
NOBODY = regex_cache.compile(r"""
    ^\s*(?:n\.?/?a\.?|none|-+|—)\s*$     # N/A
""", re.VERBOSE | re.IGNORECASE)

#: A middle initial in a name in natural order: "John Q. Public"
MIDDLE_INITIAL = regex_cache.compile(r"""\b[A-Z]\.\s""", re.VERBOSE)

#: The caption of the exemptions claimed, which ends a name printed before it: "Filing Under"
FILING_UNDER_CAPTION = regex_cache.compile(r"""Filing\s+Under""", re.VERBOSE)

#: The caption of the new-filing / amendment boxes: "Type of Filing:"
TYPE_OF_FILING = regex_cache.compile(r"""Type\s+of\s+Filing\s*:?""", re.VERBOSE)

#: A line that holds a telephone number: "(212) 555-0100"
PHONE_DIGITS = regex_cache.compile(r"""\d{3}.*\d{4}""", re.VERBOSE)

#: The instruction after the "Other" box of the business organization: "(please specify):"
PLEASE_SPECIFY = regex_cache.compile(r"""\s*\(please\ specify\):?""", re.VERBOSE)

#: Anything but a digit, dropped from a month or year: "1 9 9 8" -> "1998"
NOT_DIGIT = regex_cache.compile(r"""\D""", re.VERBOSE)


class _Line(NamedTuple):
    start: int
    end: int
    text: str


def _lines(text: str, start: int = 0, end: int | None = None) -> list[_Line]:
    end = len(text) if end is None else end
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        out.append(_Line(pos, stop, text[pos:stop]))
        pos = stop + 1
    return out


def label_end(line: str, label: str, min_score: int = LABEL_MIN_SCORE) -> int | None:
    """Where ``label`` ends in ``line`` if the line starts with it (OCR-tolerant), else None.

    >>> label_end("Full Narne (Last name first, if individual)", "Full Name (Last name first")
    26
    >>> label_end("Roe, Jane", "Full Name") is None
    True
    """
    head = line.lstrip(" *-\t")
    lead = len(line) - len(head)
    if not head:
        return None
    window = head[: len(label) + 4].lower()
    al = fuzz.partial_ratio_alignment(label.lower(), window)
    if al is None or al.score < min_score or al.dest_start > 3:
        return None
    return lead + al.dest_end


def _starts_with_row_label(line: str, label: str) -> bool:
    """Whether ``line`` starts with the row label ``label`` of an amounts table (a stricter
    score than other labels: short row labels such as "Debt" and "Other" are easily confused).

    >>> _starts_with_row_label("Total .......\t$ 5.00", "Total")
    True
    >>> _starts_with_row_label("Tota1 .......\t$ 5.00", "Total")  # 85 would let this pass
    False
    """
    return label_end(line, label, min_score=90) is not None


def _is_label(line: str) -> bool:
    return any(label_end(line, lab) is not None for lab in LABELS)


def _value_after(text: str, lines: list[_Line], idx: int, limit: int = 3) -> _Line | None:
    """The first non-blank line after ``lines[idx]`` that is not a label (None if a label or
    nothing comes first)."""
    for ln in lines[idx + 1: idx + 1 + limit]:
        if not ln.text.strip():
            continue
        return None if _is_label(ln.text) else ln
    return None


def _find_line(lines: list[_Line], label: str, start: int = 0, end: int | None = None) -> int:
    for i in range(start, len(lines) if end is None else end):
        if label_end(lines[i].text, label) is not None:
            return i
    return -1


def _sections(text: str) -> dict[str, int]:
    """Start offset of the first heading of each section letter (the form repeats some)."""
    found: dict[str, int] = {}
    for m in SECTION_HEADING.finditer(text):
        found.setdefault(m["letter"], m.start())
    return found


def person_or_organization(name: str) -> PartyKind:
    """Kind of a name written in Form D's "Last name first, if individual" field.

    >>> person_or_organization("Roe, Jane").value
    'person'
    >>> person_or_organization("Acme Capital").value, person_or_organization("Acme").value
    ('organization', 'organization')
    >>> person_or_organization("Smith Partners, L.P.").value
    'organization'
    """
    if org_words(name) or "&" in name:
        return PartyKind.ORGANIZATION
    if "," in name:
        return PartyKind.PERSON if LAST_FIRST.match(name) or len(name.split()) <= 4 \
            else PartyKind.ORGANIZATION
    if MIDDLE_INITIAL.search(name):  # "John Q. Public": natural order with an initial
        return guess_kind(name)
    return PartyKind.ORGANIZATION


def parse_formd_text(src: SourceText, header: SubmissionHeader | None = None) -> FilingRecord:
    """Read a paper Form D (text from OCR or conversion) into a :class:`FilingRecord`.

    Parameters
    ----------
    src : SourceText
        The text of the form.
    header : SubmissionHeader, optional
        The EDGAR header, for CIKs of the issuer and of parties named there.

    Raises
    ------
    ParseError
        If neither an issuer name nor any related person can be read.

    Examples
    --------
    >>> from graphkit.source import SourceText
    >>> rec = parse_formd_text(SourceText(path="d.txt", text="FORM D\\nName of Issuer\\nAcme LLC"))
    >>> rec.form, rec.issuer.name, rec.claims
    ('D', 'Acme LLC', [])

    See also
    --------
    graphkit.parsers.formd_xml.parse_formd_xml
    """
    text = src.text
    b = FormDBuilder(src)
    b.warnings.extend(src.warnings)
    lines = _lines(text)
    sections = _sections(text)
    offering = Offering()
    readings: list[Reading] = []

    # --- section A.1: issuer and offering ----------------------------------------------------
    issuer_name, issuer_ev = None, None
    for m in NAME_OF.finditer(text):
        rest_end = text.find("\n", m.end())
        rest_end = len(text) if rest_end == -1 else rest_end
        seg = next((s for s in text[m.end():rest_end].split("**") if s.strip()), "")
        pos = text.find(seg, m.end()) if seg else -1
        if not seg.strip():  # value on the next line
            ln = next((x for x in lines if x.start > m.end() and x.text.strip()), None)
            if ln is None or _is_label(ln.text):
                continue
            seg, pos = ln.text, ln.start
        value = clean_name(FILING_UNDER_CAPTION.split(seg)[0])
        if not value:
            continue
        ev = src.evidence(pos, pos + len(seg), section="A.1")
        if m["what"].lower() == "issuer" and issuer_name is None:
            issuer_name, issuer_ev = value, ev
        elif m["what"].lower() == "offering" and offering.offering_name is None:
            offering.offering_name = value
    m = FILING_UNDER_CAPTION.search(text)
    if m:
        stop = text.find("Type of Filing", m.end())
        stop = stop if stop != -1 else text.find("\n", m.end())
        offering.exemptions = checked_options(text, FILING_UNDER, m.end(), stop)
    m = TYPE_OF_FILING.search(text)
    if m:
        stop = text.find("\n", m.end())
        chosen = checked_options(text, ("New Filing", "Amendment"), m.end(),
                                 stop if stop != -1 else None)
        if len(chosen) == 1:
            offering.is_amendment = chosen == ["Amendment"]
        else:
            b.warn("unreadable-box", f"type of filing: {len(chosen)} boxes checked", m.start())

    address = phone = None
    i = _find_line(lines, "Address of Executive Offices")
    if i >= 0:
        ln = _value_after(text, lines, i)
        address = ln.text.strip() if ln else None
        j = _find_line(lines, "Telephone Number (Including Area Code)", i)
        ln = _value_after(text, lines, j) if j >= 0 else None
        if ln and PHONE_DIGITS.search(ln.text):
            phone = ln.text.strip()
    offering.phone = phone
    i = _find_line(lines, "Brief Description of Business")
    ln = _value_after(text, lines, i) if i >= 0 else None
    offering.business = ln.text.strip() if ln else None
    i = _find_line(lines, "Type of Business Organization")
    if i >= 0:
        ln = _value_after(text, lines, i, limit=4)
        boxes = [x for x in find_checkboxes(text, ln.start, ln.end)] if ln else []
        chosen = [x for x in boxes if x.checked]
        if len(chosen) == 1:
            offering.entity_type = PLEASE_SPECIFY.sub("", chosen[0].label)
        elif boxes:
            b.warn("unreadable-box", f"type of business organization: {len(chosen)} boxes "
                   "checked", ln.start)

    m = INCORPORATION_DATE.search(text)
    if m:
        fix = str.maketrans("lIoO", "1100")
        month = NOT_DIGIT.sub("", m["month"].translate(fix))
        year = NOT_DIGIT.sub("", m["year"].translate(fix))
        filed = parse_date(text[sections.get("D", 0):]) if "D" in sections else None
        if len(year) == 2:
            cut = (filed.year % 100) if filed else 30
            year = ("20" if int(year) <= cut else "19") + year
        ev = src.evidence(m.start(), m.end(), section="A.1")
        if month.isdigit() and 1 <= int(month) <= 12:
            offering.month_of_incorporation = int(month)
        if year.isdigit():
            offering.year_of_incorporation = int(year)
        actual = checked_options(text, ("Actual", "Estimated"), m.end(),
                                 min(len(text), m.end() + 40))
        readings.append(Reading(
            field="date_of_incorporation", raw=m.group(), value=f"{year}-{month.zfill(2)}",
            repaired=True, method="digit-boxes", evidence=ev,
            note="month and year digit boxes joined; a two-digit year is read in the century "
                 "that does not put it after the signature" + (
                     f"; {actual[0].lower()}" if actual else "")))
    jurisdiction = None
    m = JURISDICTION_CODE.search(text)
    if m:
        r = jurisdiction_name(m["code"])
        if r is not None:
            r = r.model_copy(update={"evidence": src.evidence(m.start("code"), m.end("code"),
                                                              section="A.1")})
            readings.append(r)
            jurisdiction = str(r.value)
    offering.jurisdiction = jurisdiction

    if issuer_name is None:
        b.warn("no-issuer", "no issuer name found")
    b.add_party(issuer_name or "(issuer name not found)", PartyKind.ORGANIZATION,
                [PartyRole.ISSUER], issuer_ev, party_id="issuer",
                addresses=[address] if address else [], jurisdiction=jurisdiction)

    # --- section A.2: related persons --------------------------------------------------------
    b_start = sections.get("B", len(text))
    a2_start = sections.get("A", 0)
    _read_related_persons(src, b, lines, a2_start, b_start)
    if issuer_name is None and len(b.parties) == 1:
        raise ParseError("no issuer name and no related person found: not a readable Form D",
                         source=src.path)

    # --- sections B and C: amounts -----------------------------------------------------------
    amounts = read_paper_amounts(src, lines, sections, _starts_with_row_label)
    amounts.apply_to(offering)
    readings += amounts.readings
    b.warnings += amounts.warnings

    # --- section D: signature ----------------------------------------------------------------
    signatures = _read_signatures(src, sections)
    b.attach_signatures(signatures)
    offering.readings = readings
    issuer_cik = b.apply_header(header) if header is not None else None
    return b.build_record(form="D/A" if offering.is_amendment else "D", header=header,
                          issuer_cik=issuer_cik, address=address, offering=offering,
                          signatures=signatures)


def _read_related_persons(src: SourceText, b: FormDBuilder, lines: list[_Line], start: int,
                          end: int) -> None:
    """Every related-person block of section A.2, as parties and their claims
    (:func:`~graphkit.parsers.formd_roles.relate_persons`): a capacity typed after the name
    ("Roe, Jane (Managing Member of the General Partner)", "Doe, John R., Trustee of the
    Doe Family Trust") is parted off (:func:`~graphkit.parsers.formd_roles.
    split_name_capacity`) and read as the person's clarification, the paper form having no
    field of its own for it."""
    text = src.text
    region = [ln for ln in lines if ln.start >= start and ln.end <= end]
    role_rows = [k for k, ln in enumerate(region)
                 if len(_role_boxes(text, ln)) >= 2]
    if not role_rows:
        if any(label_end(ln.text, "Full Name (Last name first") is not None for ln in region):
            b.warn("no-role-boxes", "related-person names found but no role boxes", start)
        return
    persons: list[RelatedPerson] = []
    for n, k in enumerate(role_rows):
        stop = role_rows[n + 1] if n + 1 < len(role_rows) else len(region)
        block = region[k:stop]
        boxes = _role_boxes(text, region[k])
        roles = [r for r in BOX_RELATIONS if r in boxes and boxes[r].checked]
        name_ln = addr_ln = None
        for j, ln in enumerate(block[1:], 1):
            if name_ln is None and label_end(ln.text, "Full Name (Last name first") is not None:
                name_ln = _value_after(text, block, j)
            elif addr_ln is None and label_end(ln.text, "Business or Residence Address") \
                    is not None:
                addr_ln = _value_after(text, block, j)
        if name_ln is None:  # label lost: the first free line of the block
            name_ln = next((ln for ln in block[1:] if ln.text.strip()
                            and not _is_label(ln.text)), None)
            if name_ln is not None and addr_ln is not None and name_ln.start == addr_ln.start:
                name_ln = None
        if name_ln is None:
            if roles:
                b.warn("empty-related-person", f"related person {n + 1}: boxes {roles} "
                       "checked but no name", region[k].start)
            continue
        said = split_name_capacity(clean_name(name_ln.text))
        if NOBODY.match(said.name):
            continue
        section = f"related person {n + 1}"
        ev = src.evidence(region[k].start, (addr_ln or name_ln).end, section=section)
        name_ev = src.evidence(name_ln.start, name_ln.end, section=section)
        pid = b.add_party(said.name, person_or_organization(said.name),
                          [PartyRole.RELATED_PERSON], name_ev,
                          addresses=[addr_ln.text.strip()] if addr_ln else [])
        b.add_capacity(pid, said, name_ev)
        if not roles:
            b.warn("no-role", f"{section} ({said.name}): no box checked", region[k].start)
        persons.append(RelatedPerson(
            party_id=pid, boxes=tuple(roles), evidence=ev,
            clarification=read_clarification(said.role),
            clarification_evidence=name_ev if said.role else None))
    relate_persons(b, persons)


def _role_boxes(text: str, ln: _Line) -> dict[str, Checkbox]:
    return read_options(text, list(BOX_RELATIONS), ln.start, ln.end)


def _read_signatures(src: SourceText, sections: dict[str, int]) -> list[Signature]:
    """Signature blocks (federal, section D, and state, section E), without repeats."""
    text = src.text
    out: list[Signature] = []
    seen: set[tuple] = set()
    start = sections.get("D", 0)
    for m in SIGNER.finditer(text, start):
        name = clean_name(m["name"] or "")
        if not name:
            continue
        title = clean_name(m["title"] or "") or None
        iss = None
        for s in SIGNATURE_ISSUER.finditer(text, max(0, m.start() - 600), m.start()):
            iss = s
        date = parse_date(iss["date"]) if iss else None
        key = (name, title, date)
        if key in seen:
            continue
        seen.add(key)
        lo = iss.start() if iss else m.start()
        out.append(Signature(signer=name, title=title, date=date,
                             on_behalf_of=[clean_name(iss["issuer"])] if iss and
                             iss["issuer"].strip() else [],
                             evidence=src.evidence(lo, m.end(), section="signature")))
    return out
