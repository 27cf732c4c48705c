"""Forms 3/4/5 filed as ASCII text (before the 2003 XML mandate).

Old text Form 4s are typed replicas of the paper form: numbered boxes ("1. Name and Address of
Reporting Person", "2. Issuer Name and Ticker or Trading Symbol", "6. Relationship of Reporting
Person(s) to Issuer") followed by the transaction tables. The relationship is often *only*
reliable in the EDGAR SGML header (``<RELATIONSHIP>DIRECTOR``), so both are read: a box checked
in the text or a relationship named in the header gives ``director_of``, ``officer_of`` or
``beneficial_owner_of`` (noted "ten percent owner"); the words typed under "Officer (give title
below)" are the officer's title (not when "Other" is checked too: they may specify that). Names
come from the form text where printed
(the header's conformed name, "ROE JANE Q", is kept as a spelling), CIKs from the header.

Holdings come from Table I (non-derivative securities) when it is an EDGAR ``<TABLE>`` whose
``<S> <C> <C>...`` line marks where its ten columns start: for each security line (title,
direct/indirect, nature of indirect ownership) the amount "Beneficially Owned at End of Month"
on its last row becomes a ``beneficial_owner_of`` claim with ``shares`` and ``direct``, as the
XML parser does (:mod:`graphkit.parsers.ownership_holdings`: an entity the nature names holds
the shares of record; a fractional amount is rounded with a warning). A Table I without column
marks is free-hand ASCII and is not read (a ``holdings-not-read`` warning says so). Table II
(options, warrants) is left out, as in XML. A holding line's footnote marks ("By Acme
Partners, L.P.(1)") point to the numbered notes of the "Explanation of Responses"; a note that
disclaims the owner's beneficial ownership sets ``disclaims`` on the line's claim, and the
relationships the explanation states ("Acme Management, Inc. is the general partner of Acme
Partners, L.P., and the reporting person is its president") are read as an XML form's footnotes
are (:func:`~graphkit.parsers.xml_prose.add_prose_claims`). A signature
by an attorney-in-fact is split into signer, title and the owner signed for, as in XML.

Examples
--------
>>> text = ("FORM 4\\nSTATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\\n"
...         "1. Name and Address of Reporting Person\\n   Doe, Jane Q.\\n   1 Main St\\n"
...         "2. Issuer Name and Ticker or Trading Symbol\\n   Widget Corp.\\n   WDG\\n"
...         "6. Relationship of Reporting Person(s) to Issuer\\n"
...         "   (X) Director ( ) 10% Owner ( ) Officer (give title below) ( ) Other\\n")
>>> rec = parse_ownership_text(SourceText("f4.txt", text))
>>> [(rec.party(c.source).name, c.relation.value, rec.party(c.target).name) for c in rec.claims]
[('Doe, Jane Q.', 'director_of', 'Widget Corp.')]
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from graphkit import regex_cache
from graphkit.dates import parse_date
from graphkit.detect import form_family
from graphkit.errors import ParseError
from graphkit.models import Cessation, Claim, FilingRecord, FormFamily, Issuer, SubmissionHeader
from graphkit.relations import EXIT_NOTE, TEN_PERCENT_NOTE
from graphkit.parsers.ceased_claims import SECTION_16_BOX
from graphkit.parsers.ownership_joint import drop_sibling_claims
from graphkit.parsers.ownership_holdings import (HoldingLine, add_holding_claims,
                                                 fraction_warning, mark_disclaimers,
                                                 line_of, read_share_amount)
from graphkit.parsers.ownership_owners import owner_spellings
from graphkit.parsers.signature_field import read_signature_field
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.xmldoc import add_party, add_prose_claims, cik, link_alias, next_claim_id
from graphkit.source import SourceText

#: Box 1 and the first line under it, e.g. "1. Name and Address of Reporting Person\n  Roe, Jane Q."
REPORTING_PERSON_BOX = regex_cache.compile(r"""
    ^\s*1\.?\s+Name\s+and\s+Address\s+of\s+Reporting\s+Person[^\n]*\n
    (?:[ \t]*\n)*[ \t]*(?P<name>[^\n]+?)[ \t]*$
""", re.VERBOSE | re.MULTILINE | re.IGNORECASE)

#: Box 2 and the issuer name under it, e.g. "2. Issuer Name and Ticker or Trading Symbol\n  Acme Corp."
ISSUER_BOX = regex_cache.compile(r"""
    ^\s*2\.?\s+Issuer\s+Name[^\n]*\n(?:[ \t]*\n)*[ \t]*(?P<name>[^\n]+?)[ \t]*$
""", re.VERBOSE | re.MULTILINE | re.IGNORECASE)

#: A checked relationship box, e.g. "(X) Director", "[x] 10% Owner", "(X) Officer (give title",
#: "_X_ 10% Owner" (a box typed as a line)
CHECKED_RELATIONSHIP = regex_cache.compile(r"""
    (?:[(\[]\s*[Xx]\s*[)\]]|_+[Xx]_+)\s*(?P<box>Director|10\s*%\s*Owner|Officer|Other)
""", re.VERBOSE)

#: The form's checked box "no longer subject to Section 16": "(X) Check this box if no longer
#: subject to Section 16.", "[x] Check box if no longer subject to Section 16" (the relationship
#: boxes then name an office the insider has left)
CHECKED_EXIT = regex_cache.compile(r"""
    (?:[(\[]\s*[Xx]\s*[)\]]|_+[Xx]_+)\s*Check\s+(?:this\s+)?box\s+if\s+no\s+longer\s+subject
    \s+to\s+Section\s+16\b
""", re.VERBOSE | re.IGNORECASE)

#: Box 6 from its heading to box 7 (or a table), e.g. "6. Relationship of Reporting Person(s) to
#: Issuer (Check all applicable)\n (X) Director ... (X) Officer (give title below) ( ) Other\n
#: (specify below)\n Chief Financial Officer\n\n7. Individual ..." (group ``body``: what follows
#: the heading's line)
RELATIONSHIP_BOX = regex_cache.compile(r"""
    ^[ \t]*6\.?[ \t]+Relationship\s+of\s+Reporting\s+Person[^\n]*\n
    (?P<body>(?:(?![ \t]*(?:7\.|<TABLE>|Table\s+I\b))[^\n]*\n){1,8}?)
    (?=[ \t]*(?:7\.|<TABLE>|Table\s+I\b))
""", re.VERBOSE | re.MULTILINE | re.IGNORECASE)

#: What box 6 prints besides a title: its check boxes and their labels ("(X) Director", "( )
#: 10% Owner", "___ Other"), the form's own instructions, also wrapped or in two columns
#: ("(Check all applicable)", "(give title below)", "(specify" / "below)", "(give" / "title
#: below)", "title below) below)"), and a "Title:" label; never the "(see below)" of a title
BOX_SIX_PRINTED = regex_cache.compile(r"""
    (?:[(\[]\s*+(?:[Xx]\s*+)?[)\]]|_++\s*+(?:[Xx]\s*+)?_*+)\s*+(?:Director|10\s*%\s*Owner|Officer|Other)
  | \(\s*Check\s+all\s+applicable\s*\)
  | \(\s*give(?:\s+title)?(?:\s+below)?\s*\)?
  | \(\s*specify(?:\s+below)?\s*\)?
  | (?:^\s*|(?<=\s\s)|(?<=\)\s))(?:title\s+)?below\s*\)
  | ^\s*Title\s*:
""", re.VERBOSE | re.IGNORECASE)

#: The signature block, e.g. "SIGNATURE OF REPORTING PERSON\n  /s/  Jane Q. Roe\nDATE\nMarch 13, 2000"
SIGNATURE_BLOCK = regex_cache.compile(r"""
    SIGNATURE\s+OF\s+REPORTING\s+PERSON[^\n]*\n\s*(?:/s/)?\s*(?P<signer>[^\n]+?)\s*\n
    (?:\s*DATE\s*\n\s*(?P<date>[^\n]+))?
""", re.VERBOSE | re.IGNORECASE)

#: The heading of the form's footnotes: "Explanation of Responses:"
EXPLANATION = regex_cache.compile(r"""Explanation\s+of\s+Responses\s*:?""", re.VERBOSE | re.IGNORECASE)

#: A numbered note of the explanation, opening a line: "(1) The shares are held by ..."
NOTE_MARK = regex_cache.compile(r"""^[ \t]*\((?P<n>[0-9]{1,2})\)[ \t]*""", re.VERBOSE | re.MULTILINE)

#: A footnote mark in a cell of Table I: the "(1)" of "By Acme Partners, L.P.(1)"
CELL_MARK = regex_cache.compile(r"""\((?P<n>[0-9]{1,2})\)""", re.VERBOSE)

#: Longest explanation read (characters) when no signature ends it
MAX_EXPLANATION = 6000


def explanation_span(text: str) -> Optional[tuple[int, int]]:
    """Where the "Explanation of Responses" of ``text`` is: from the end of its heading to the
    signature block (at most :data:`MAX_EXPLANATION` characters when none follows); None when
    there is none.

    >>> t = "Explanation of Responses:\\n(1) Held.\\nSIGNATURE OF REPORTING PERSON\\n/s/ Jane Roe\\n"
    >>> t[slice(*explanation_span(t))]
    '\\n(1) Held.\\n'
    """
    head = EXPLANATION.search(text)
    if head is None:
        return None
    sig = SIGNATURE_BLOCK.search(text, head.end())
    return head.end(), sig.start() if sig else min(len(text), head.end() + MAX_EXPLANATION)


def explanation_blocks(src: SourceText) -> list[SourceText]:
    """The notes of the "Explanation of Responses" of ``src`` (up to the signature), each as its
    own text placed where it stands in the file, for its prose ("(3) Acme Management, Inc. is
    the general partner of Acme Partners, L.P."): a sentence never runs from one note into the
    next. None when there is no explanation, or when ``src`` was converted from HTML (its
    positions are no offsets of the file); the whole explanation when it numbers no notes.

    >>> src = SourceText("f4.txt", "Table I\\nExplanation of Responses:\\n(1) Held by Acme LP."
    ...                  "\\n(2) Acme GP LLC is its general partner.\\nSIGNATURE OF REPORTING "
    ...                  "PERSON\\n/s/ Jane Roe\\n")
    >>> [(b.text, b.line_of(0)) for b in explanation_blocks(src)]
    [('(1) Held by Acme LP.\\n', 3), ('(2) Acme GP LLC is its general partner.\\n', 4)]
    """
    text = src.text
    span = explanation_span(text)
    if span is None or src.origin is not None:
        return []
    head_end, end = span
    start = head_end
    while start < end and text[start].isspace():  # cited from its first line, not the
        start += 1  # heading's
    starts = [m.start() + len(m.group(0)) - len(m.group(0).lstrip())
              for m in NOTE_MARK.finditer(text, head_end, end)]
    if not starts or starts[0] > start:
        starts.insert(0, start)  # the whole, or a paragraph before the first numbered note
    return [SourceText(path=src.path, text=text[a:b], offset=src.offset + a,
                       line_offset=src.line_of(a) - 1)
            for a, b in zip(starts, starts[1:] + [end]) if text[a:b].strip()]


def explanation_notes(text: str) -> dict[str, str]:
    """The numbered notes of the "Explanation of Responses" (up to the signature), by number.

    >>> explanation_notes("Explanation of Responses:\\n(1) Held by Acme LP.\\n(2) By spouse."
    ...                   "\\nSIGNATURE OF REPORTING PERSON\\n/s/ Jane Roe\\n")
    {'1': 'Held by Acme LP.', '2': 'By spouse.'}
    """
    span = explanation_span(text)
    if span is None:
        return {}
    body = text[span[0]:span[1]]
    marks = list(NOTE_MARK.finditer(body))
    return {m["n"]: " ".join(body[m.end():nxt.start() if nxt else len(body)].split())
            for m, nxt in zip(marks, marks[1:] + [None])}


#: The heading of Table I, e.g. "Table I -- Non-Derivative Securities Acquired, Disposed of"
TABLE_I = regex_cache.compile(r"""Table\s+I\s*-+\s*Non-Derivative""", re.VERBOSE | re.IGNORECASE)

#: Where Table I ends: Table II's heading or the end of the <TABLE>, e.g. "Table II -- Derivative"
TABLE_I_END = regex_cache.compile(r"""Table\s+II\b|</TABLE>""", re.VERBOSE | re.IGNORECASE)

#: EDGAR's column-start line of a text table, e.g. "<S>     <C>    <C>  <C>" (a tag per column)
COLUMN_MARKS = regex_cache.compile(r"""^[ \t]*<S>(?:[ \t]*<C>)+[ \t]*$""",
                                   re.VERBOSE | re.MULTILINE | re.IGNORECASE)

#: A line of a text table holding no value: rules and blank cells, e.g. "- -----|    |  |"
RULE_LINE = regex_cache.compile(r"""^[\s_\-=|+]*$""", re.VERBOSE)

#: A number of shares as typed, e.g. "12,000", "1500", "2,170.3157" (a fraction is rounded)
SHARE_AMOUNT = regex_cache.compile(r"""^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$""", re.VERBOSE)
#: Where a column mark of :data:`COLUMN_MARKS` begins: "<" of "<S>", "<C>"
COLUMN_MARK = regex_cache.compile(r"""<""", re.VERBOSE)
#: Table I named anywhere, read or not: "Table I"
TABLE_I_TITLE = regex_cache.compile(r"""Table\s+I\b""", re.VERBOSE)

#: Table I's columns: title, date, code, V, amount, A/D, price, owned at end of month, D/I, nature
TABLE_I_COLUMNS = 10

_HEADER_RELATIONS = {"DIRECTOR": "director", "OFFICER": "officer", "10% OWNER": "ten",
                     "10 PERCENT OWNER": "ten", "TEN PERCENT OWNER": "ten", "OTHER": "other"}


def officer_title(text: str) -> Optional[tuple[str, int, int]]:
    """The title typed in box 6 under "Officer (give title below)", with its span in ``text``;
    None when box 6 holds nothing but its boxes and instructions. A line that is not all title
    (a label beside it) gives none.

    >>> t = ("6. Relationship of Reporting Person(s) to Issuer (Check all applicable)\\n"
    ...      "   ( ) Director ( ) 10% Owner (X) Officer (give title below) ( ) Other\\n"
    ...      "   (specify below)\\n   Chief Financial Officer\\n\\n7. Individual or Joint\\n")
    >>> officer_title(t)[0]
    'Chief Financial Officer'
    >>> officer_title(t.replace("   Chief Financial Officer\\n", "")) is None
    True
    """
    box = RELATIONSHIP_BOX.search(text)
    if box is None:
        return None
    found = []
    pos = box.start("body")
    for line in box["body"].split("\n"):
        rest = BOX_SIX_PRINTED.sub(" ", line).strip(" \t|_-")
        if rest:
            lead = len(line) - len(line.lstrip())
            found.append((" ".join(rest.split()), pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    if len(found) != 1 or len(found[0][0]) > 80:
        return None  # no title, or more than one line of words: not sure which is the title
    return found[0]


def _box_kind(box: str) -> str:
    b = box.lower()
    return "director" if b.startswith("director") else "officer" if b.startswith(
        "officer") else "other" if b.startswith("other") else "ten"


class TableRow(NamedTuple):
    """One security line of Table I: what is held, how, and the amount at the end of the month."""

    title: str
    direct: Optional[bool]
    nature: Optional[str]
    shares: int
    start: int  # span of the row in the text
    end: int
    raw: str = ""  # the amount as typed


def _cells(line: str, starts: list[int]) -> list[str]:
    bounds = starts[1:] + [max(len(line), starts[-1])]
    return [line[a:b].strip(" \t|") for a, b in zip(starts, bounds)]


def read_table_one(text: str) -> Optional[list[TableRow]]:
    """The holdings of Table I, one per security line (its last row), or None when unreadable.

    A row whose title cell or nature cell alone is filled continues the title or the nature of
    the row above ("By Acme Capital" / "Partners, L.P.").

    >>> t = ("Table I -- Non-Derivative Securities\\n<TABLE>\\n"
    ...      "<S>      <C>   <C> <C><C>   <C><C>  <C>     <C>  <C>\\n"
    ...      "Common   |2/1/0|P  | |100  |A |$1  |1,600  |D   |      |\\n"
    ...      "Common   |     |   | |     |  |    |250    |I   |By IRA|\\n</TABLE>")
    >>> [(r.title, r.direct, r.nature, r.shares) for r in read_table_one(t)]
    [('Common', True, None, 1600), ('Common', False, 'By IRA', 250)]
    >>> read_table_one("Table I -- Non-Derivative\\nCommon 100 D") is None
    True
    """
    head = TABLE_I.search(text)
    if head is None:
        return None
    stop = TABLE_I_END.search(text, head.end())
    end = stop.start() if stop else len(text)
    marks = COLUMN_MARKS.search(text, head.end(), end)
    if marks is None:
        return None
    starts = [m.start() for m in COLUMN_MARK.finditer(marks.group(0))]
    if len(starts) != TABLE_I_COLUMNS:
        return None
    rows: list[list] = []  # [cells, start, end]
    pos = marks.end() + 1
    for line in text[pos:end].split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        if RULE_LINE.match(line) or line.lstrip().startswith("<"):
            continue
        cells = _cells(line, starts)
        if rows and (cells[0] or cells[9]) and not any(cells[1:9]):
            prev = rows[-1][0]
            if cells[0]:
                full = len(line.split("|")[0]) >= starts[1]  # a word cut at the column's edge
                prev[0] = prev[0] + ("" if full else " ") + cells[0]
            if cells[9]:
                prev[9] = f"{prev[9]} {cells[9]}".strip()
            rows[-1][2] = line_start + len(line)
            continue
        rows.append([cells, line_start, line_start + len(line)])
    last: dict[tuple, TableRow] = {}
    for cells, a, b in rows:
        amount = cells[7].replace(" ", "")
        shares = read_share_amount(amount) if SHARE_AMOUNT.match(amount) else None
        if shares is None:
            continue
        di = cells[8].upper()[:1]
        row = TableRow(title=" ".join(cells[0].split()), nature=cells[9] or None,
                       direct=True if di == "D" else False if di == "I" else None,
                       shares=shares, start=a, end=b,
                       raw=amount)
        # "By Acme LP(1)" then "By Acme LP": one line; "By Trust(1)" and "By Trust(2)": two
        marks = tuple(CELL_MARK.findall(row.nature or ""))
        bare = line_of(row.title, row.direct, row.nature)
        marked = [k for k in last if k[:3] == bare]
        key = bare + (marks,) if marks or len(marked) != 1 else marked[0]
        before = last.pop(key, None)  # keep the order of the final rows
        if before is not None and not marks:
            row = row._replace(nature=before.nature)  # its footnote mark names the holder
        last[key] = row
    return list(last.values())


def parse_ownership_text(src: SourceText, header: Optional[SubmissionHeader] = None
                         ) -> FilingRecord:
    """Read a text Form 3/4/5 (with its SGML header when there is one) into a record.

    Raises
    ------
    ParseError
        If neither the text nor the header names the issuer and a reporting person.

    See also
    --------
    graphkit.parsers.ownership_xml.parse_ownership_xml
    """
    text = src.text
    companies = header.companies if header else []
    subject = next((c for c in companies if c.role in ("issuer", "subject_company")), None)
    owners_hdr = [c for c in companies if c.role == "reporting_owner"]
    m_iss = ISSUER_BOX.search(text)
    issuer_name = m_iss["name"] if m_iss else (subject.name if subject else None)
    m_rp = REPORTING_PERSON_BOX.search(text)
    if not issuer_name or not (m_rp or owners_hdr):
        raise ParseError("text ownership form without issuer or reporting person boxes",
                         source=src.path)
    book = PartyBook()
    ip = add_party(book, issuer_name, roles=["issuer"],
                   identifiers=cik(subject.cik if subject else None),
                  evidence=src.evidence(m_iss.start("name"), m_iss.end("name"), "box 2")
                  if m_iss else header.evidence)
    if subject is not None and subject.name != ip.name:
        link_alias(ip, subject.name, "spelling", header.evidence)
    owners = []
    if m_rp:
        owners.append(add_party(book, m_rp["name"], roles=["reporting_owner"],
                                evidence=src.evidence(m_rp.start("name"), m_rp.end("name"),
                                                      "box 1")))
    kinds: dict[str, set[str]] = {}
    for h in owners_hdr:
        p = add_party(book, h.name, roles=["reporting_owner"], identifiers=cik(h.cik),
                     addresses=[h.business_address] if h.business_address else [],
                     evidence=header.evidence if header else None)
        if p not in owners:
            owners.append(p)
        insider = bool({"DIRECTOR", "OFFICER"} & {r.strip() for r in (
            h.relationship or "").upper().split(",")})
        for spelling in owner_spellings(h.name, p.kind, insider=insider):  # "ROE JANE Q" ->
            link_alias(p, spelling, "spelling", header.evidence)          # "JANE Q. ROE"
        for rel in (h.relationship or "").upper().split(","):
            if rel.strip() in _HEADER_RELATIONS:
                kinds.setdefault(p.id, set()).add(_HEADER_RELATIONS[rel.strip()])
    boxes = [(_box_kind(m["box"]), m) for m in CHECKED_RELATIONSHIP.finditer(text)]
    if len(owners) == 1:
        for k, _ in boxes:
            kinds.setdefault(owners[0].id, set()).add(k)
    period = header.period if header and header.period else None
    checked = {k for k, _ in boxes}
    exit_box = CHECKED_EXIT.search(text)
    exit_note = EXIT_NOTE if exit_box else None  # the office has ended
    # the words under box 6 are the officer's title when "Officer" alone asks for words there
    title = officer_title(text) if "officer" in checked and "other" not in checked else None
    claims: list[Claim] = []
    for p in owners:
        for k in ("director", "officer", "ten"):
            if k not in kinds.get(p.id, ()):
                continue
            box = next((m for kk, m in boxes if kk == k), None)
            ev = [src.evidence(box.start(), box.end(), "box 6")] if box else (
                [header.evidence] if header and header.evidence else [])
            if k == "officer" and title is not None and len(owners) == 1:
                ev.append(src.evidence(title[1], title[2], "box 6"))
            claims.append(Claim(
                id=next_claim_id(claims), source=p.id, target=ip.id, as_of=period, evidence=ev,
                relation={"director": "director_of", "officer": "officer_of",
                          "ten": "beneficial_owner_of"}[k],
                title=title[0] if k == "officer" and title and len(owners) == 1 else None,
                note="; ".join(x for x in (TEN_PERCENT_NOTE if k == "ten" else None,
                                           exit_note) if x) or None,
                ended=True if exit_note else None))
    holdings = read_table_one(text)
    notes = explanation_notes(text)
    lines = [HoldingLine(title=row.title, direct=row.direct, nature=row.nature, note=row.nature,
                         shares=row.shares, evidence=src.evidence(row.start, row.end, "Table I"),
                         raw=row.raw, footnotes=tuple(
                             f"({n}): {notes[n]}" for n in CELL_MARK.findall(row.nature or "")
                             if n in notes)) for row in holdings or []]
    warnings = list(src.warnings)
    notes_read = explanation_blocks(src)
    if notes_read:  # "X is the general partner of Y", "the reporting person is the president
        warnings.extend(add_prose_claims(  # of X": as an XML form's footnotes are
            notes_read, book, claims, ip.id, as_of=period, filers=owners))
    made = []
    for line in lines:
        before = len(claims)
        add_holding_claims(book, claims, owners, ip.id, line, as_of=period)
        made.append((line, claims[before:]))
    warnings.extend(drop_sibling_claims(  # "held by Beta Partners": not a sibling fund's
        claims, made, owners, src.path))
    for line, line_claims in made:
        mark_disclaimers(line, line_claims, book, owners)
    sigs = []
    m_sig = SIGNATURE_BLOCK.search(text)
    if m_sig:
        sigs.append(read_signature_field(
            m_sig["signer"], [p.name for p in owners], date=parse_date(m_sig["date"]),
            evidence=src.evidence(m_sig.start(), m_sig.end(), "signature")))
    fraction = fraction_warning(src.path, lines)
    if fraction is not None:
        warnings.append(fraction)
    table = TABLE_I_TITLE.search(text)
    if table and holdings is None:
        warnings.append(src.warn("holdings-not-read", f"{src.path}: Table I has no EDGAR column "
                                 "marks (<S> <C>); its amounts are not read", table.start()))
    form = (header.form_type if header and header.form_type else None) or "4"
    return FilingRecord(
        source=src.path, form=form, family=form_family(form) or FormFamily.FORM_4,
        accession_number=header.accession_number if header else None,
        issuer=Issuer(party_id=ip.id, name=ip.name, cik=subject.cik if subject else None),
        event_date=period, signature_date=sigs[0].date if sigs else None,
        filed_date=header.filed_date if header else None, parties=book.parties, claims=claims,
        signatures=sigs, warnings=warnings, ceased=[Cessation(  # the owners' holdings end
            party_ids=[p.id for p in owners], method=SECTION_16_BOX, evidence=src.evidence(
                exit_box.start(), exit_box.end(), "Section 16 box"))] if exit_box else [])
